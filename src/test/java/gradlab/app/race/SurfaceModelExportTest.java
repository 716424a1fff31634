package gradlab.app.race;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gradlab.surface.RaceAnimation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The race page's GIF: the race as set now, run afresh for the steps asked, the race on screen left alone. */
class SurfaceModelExportTest {
    @Test
    void theExportedRaceIsTheDefaultRavineRaceWithThePanelsLabels() {
        SurfaceModel model = new SurfaceModel(Runnable::run, Runnable::run);
        model.showStep(3);
        List<RaceAnimation.Racer> racers = model.raceForExport(40);
        assertEquals("ravine", model.raceSurface().name());
        assertEquals(List.of("SGD η 0.0909", "Momentum η 0.1 λ 0.3"), racers.stream().map(RaceAnimation.Racer::label).toList(),
                "η as the racer panel and the course name the learning rate, never α");
        assertEquals(40, racers.get(0).run().steps());
        assertEquals(3, model.stepProperty().get(), "the race on screen stays at its step");
        assertEquals(41, new RaceAnimation(model.raceSurface(), racers, 64, 40).frames());
    }
}
