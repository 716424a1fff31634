package gradlab.lab;

import java.util.List;

/**
 * What views draw: an immutable copy of the trainer's state after a step. Weights are copies, so the
 * trainer may go on while a frame is drawn from this.
 */
public record TrainingSnapshot(Status status, String message, int epoch, long updates, int positionInEpoch,
                               double trainingLoss, double validationLoss, double trainingAccuracy,
                               double validationAccuracy, List<double[]> parameters, History.Entry[] history) {
    public enum Status { READY, DIVERGED, STOPPED_EARLY }

    public boolean diverged() { return status == Status.DIVERGED; }
}
