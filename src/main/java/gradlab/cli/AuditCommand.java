package gradlab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradlab.io.InputError;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code audit} (SPEC §8): what a back row can read. The window is the app's, so the tour itself lives
 * above the command line (in the app); it is found as a {@link Tour} service, which keeps this layer
 * free of JavaFX.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Opens the window headless at a projector's size, visits every page and every lesson step, and reports text",
                "that is too small, truncated, clipped or overlapping: PLACE: KIND: 'TEXT' DETAIL. Exit 2 when there is any problem."})
public final class AuditCommand implements Callable<Integer> {
    /** One problem: {@code PLACE: KIND: 'TEXT' DETAIL}. */
    public record Problem(String place, String kind, String text, String detail) {
        public String line() { return place + ": " + kind + ": '" + text.replace('\n', ' ') + "' " + detail; }
    }

    /** What the tour saw: how many places it measured and the problems there. */
    public record Report(int places, List<Problem> problems) {}

    /** The tour of the window (the app provides it). */
    public interface Tour {
        /** Visits every page at {@code width} × {@code height}, then every step of {@code lessons} (empty: the built-in course). */
        Report run(int width, int height, boolean presenter, List<Path> lessons) throws InputError;
    }

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "LESSON.md|DIR", arity = "0..*", description = "lesson files or folders (default: the built-in course)")
    List<Path> lessons = List.of();
    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x720", description = "the window's size in pixels (default ${DEFAULT-VALUE})")
    String size;
    @Option(names = "--presenter", description = "in presenter mode (F5): every text at least 18 px")
    boolean presenter;
    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() throws InputError {
        int[] wh = parseSize(size);
        for (Path p : lessons) {
            if (p.toString().isEmpty()) throw InputError.option("LESSON.md|DIR", "an empty path");
            if (!Files.exists(p)) throw new InputError(p.toString(), 1, 1, "no such file or folder");
        }
        Tour tour = ServiceLoader.load(Tour.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("this build has no window to audit"));
        Report report = tour.run(wh[0], wh[1], presenter, lessons);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.object();
            root.put("size", wh[0] + "x" + wh[1]);
            root.put("presenter", presenter);
            root.put("places", report.places());
            ArrayNode problems = root.putArray("problems");
            for (Problem p : report.problems()) {
                ObjectNode node = problems.addObject();
                node.put("place", p.place());
                node.put("kind", p.kind());
                node.put("text", p.text());
                node.put("detail", p.detail());
            }
            out.println(Json.write(root));
        } else {
            report.problems().forEach(p -> out.println(p.line()));
            out.printf("%d place(s) at %dx%d%s, %d problem(s)%n", report.places(), wh[0], wh[1], presenter ? " presenting" : "",
                    report.problems().size());
        }
        out.flush();
        return report.problems().isEmpty() ? 0 : GradLabCommand.BAD_INPUT;
    }

    /** "1280x720" → {1280, 720}; a window from 320 × 240 up to 7680 × 4320. */
    static int[] parseSize(String text) throws InputError {
        var m = Pattern.compile("\\s*(\\d{1,5})\\s*[xX×]\\s*(\\d{1,5})\\s*").matcher(text);
        if (!m.matches()) throw InputError.option("--size", "'" + text + "' is not WIDTHxHEIGHT (e.g. 1280x720)");
        int w = Integer.parseInt(m.group(1)), h = Integer.parseInt(m.group(2));
        if (w < 320 || h < 240 || w > 7680 || h > 4320) throw InputError.option("--size", "'" + text + "' is outside 320x240 … 7680x4320");
        return new int[] {w, h};
    }
}
