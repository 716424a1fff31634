package gradlab.lesson;

import gradlab.data.Dataset;
import gradlab.lab.LabState;
import gradlab.nn.Network;
import gradlab.surface.Surface;

/**
 * What a check looks at: the lab as the student left it. The window implements it over its models;
 * {@link HeadlessLab} implements it for {@code lint} and the tests.
 */
public interface LabContext {
    Network network();

    /** The training data (the part not held out for validation). */
    Dataset trainingData();

    LabState state();

    /** Epochs of the current run (0 before training). */
    int epochsTrained();

    /** Whether the last run diverged. */
    boolean diverged();

    /** The number the student typed for this step, or null. */
    Double answer();

    /** The option the student chose (from 0), or null. */
    Integer choice();

    /** The step's surface, or null when it shows none. */
    Surface surface();

    /** Where runs on the surface start. */
    double[] surfaceStart();
}
