package gradlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.cli.AuditCommand;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The suite's two audits (SPEC §8) over the built-in course, as issue 16 asks: presenting at 1280×720 and at
 * 1024×768, every page of the tour and every step of every lesson shows every text at a readable size, whole,
 * uncut and on its own. Any problem fails the suite with the audit's own line for it.
 */
class AuditTourTest {
    static String lines(List<AuditCommand.Problem> problems) {
        return problems.stream().map(AuditCommand.Problem::line).collect(Collectors.joining("\n"));
    }

    static AuditCommand.Report audit(int width, int height, boolean presenter) throws Exception {
        long start = System.nanoTime();
        AuditCommand.Report report = new AuditTour().run(width, height, presenter, List.of());
        System.out.println("audit " + (presenter ? "--presenter " : "") + width + "x" + height + ": " + report.places() + " places, "
                + report.problems().size() + " problems, " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return report;
    }

    /** The places of the tour over the built-in course: the start page, the lab (stepping with a weight picked and the notes strip too), the surfaces (as they open too), the twin presets, every lesson step. */
    static final int PLACES = 140;

    @Test
    void at1024x768EveryTextOnEveryPageAndLessonStepCanBeRead() throws Exception {
        AuditCommand.Report report = audit(1024, 768, false);
        assertTrue(report.places() >= PLACES, "the tour visits every page and every lesson step: " + report.places());
        assertEquals("", lines(report.problems()), "nothing below 11 px, truncated, clipped or overlapping");
    }

    @Test
    void presentingAt1280x720EveryTextOnEveryPageAndLessonStepCanBeReadFromTheBackRow() throws Exception {
        AuditCommand.Report report = audit(1280, 720, true);
        assertTrue(report.places() >= PLACES, "the tour visits every page and every lesson step: " + report.places());
        assertEquals("", lines(report.problems()), "nothing below 18 px, truncated, clipped or overlapping");
    }
}
