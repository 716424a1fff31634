package gradlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.cli.AuditCommand;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The suite's two audits (SPEC §8) over the built-in course: presenting at 1280×720, and at 1024×768. */
class AuditTourTest {
    static String lines(AuditCommand.Report report) {
        StringBuilder out = new StringBuilder();
        report.problems().forEach(p -> out.append(p.line()).append('\n'));
        return out.toString();
    }

    @Test
    void presentingAt1280x720EveryTextCanBeRead() throws Exception {
        long start = System.nanoTime();
        AuditCommand.Report report = new AuditTour().run(1280, 720, true, List.of());
        System.out.println("audit --presenter 1280x720: " + report.places() + " places, " + report.problems().size() + " problems, "
                + (System.nanoTime() - start) / 1_000_000 + " ms\n" + lines(report));
        assertTrue(report.places() > 50, "the tour visits every page and every lesson step");
        assertEquals("", lines(report));
    }

    @Test
    void at1024x768EveryTextCanBeRead() throws Exception {
        long start = System.nanoTime();
        AuditCommand.Report report = new AuditTour().run(1024, 768, false, List.of());
        System.out.println("audit 1024x768: " + report.places() + " places, " + report.problems().size() + " problems, "
                + (System.nanoTime() - start) / 1_000_000 + " ms\n" + lines(report));
        assertTrue(report.places() > 50, "the tour visits every page and every lesson step");
        assertEquals("", lines(report));
    }
}
