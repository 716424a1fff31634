package gradlab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gradlab.io.InputError;
import gradlab.io.NumberList;
import gradlab.nn.NetworkFile;
import gradlab.surface.Surface;
import gradlab.surface.SurfaceRun;
import gradlab.surface.Surfaces;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "surface", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs an optimizer on a loss surface f(x, y) (a built-in or a formula) and prints its path.")
final class SurfaceCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--f", required = true, paramLabel = "NAME|FORMULA",
            description = "parabola | bowl | ravine | rosenbrock | himmelblau | saddle | double-well | plateau | beale, or a formula in x and y")
    String f;
    @Option(names = "--start", paramLabel = "x,y", description = "the start point (default: the built-in's own start; required for a formula)")
    String start;
    @Mixin OptimizerOptions optimizing;
    @Option(names = "--steps", defaultValue = "100", paramLabel = "N", description = "updates (default ${DEFAULT-VALUE})")
    int steps;
    @Option(names = "--json", description = "print one JSON object")
    boolean json;
    @Mixin GifOptions gif;

    @Override
    public Integer call() throws InputError {
        Surface surface = Surfaces.resolve("--f", f);
        double[] from = startPoint(surface);
        optimizing.check();
        if (steps < 0 || steps > SurfaceRun.MAX_STEPS) throw InputError.option("--steps", "must be between 0 and " + SurfaceRun.MAX_STEPS + ", got " + steps);
        gif.check(steps);

        SurfaceRun run = new SurfaceRun(surface, from, optimizing.optimizer, optimizing.learningRate, optimizing.settings());
        run.run(steps);
        gif.write(surface, from, optimizing, run, steps);
        print(surface, run);
        return 0;
    }

    private double[] startPoint(Surface surface) throws InputError {
        if (start == null) {
            if (surface.name() == null) throw InputError.option("--start", "a formula needs a start point (--start x,y)");
            return surface.start().clone();
        }
        double[] point = NumberList.parse("--start", start);
        if (point.length != surface.dimensions()) {
            throw InputError.option("--start", (surface.oneD() ? "a 1-D surface takes one value (x)" : "takes two values (x,y)")
                    + ", got " + point.length);
        }
        for (double v : point) {
            if (Math.abs(v) > SurfaceRun.LIMIT) throw InputError.option("--start", "values must be within ±1e6, got " + NetworkFile.number(v));
        }
        return point;
    }

    private void print(Surface surface, SurfaceRun run) {
        PrintWriter out = spec.commandLine().getOut();
        String status = run.status() == SurfaceRun.Status.DIVERGED ? "diverged" : "finished";
        if (json) {
            ObjectNode root = Json.object();
            root.put("f", surface.formula());
            if (surface.name() != null) root.put("name", surface.name());
            ArrayNode path = root.putArray("path");
            for (SurfaceRun.Point p : run.path()) {
                ArrayNode point = path.addArray();
                for (double v : p.position()) point.add(v);
                point.add(p.f());
            }
            root.put("status", status);
            root.put("steps", run.steps());
            if (run.status() == SurfaceRun.Status.DIVERGED) root.put("divergedAt", run.divergedAt());
            out.println(Json.write(root));
        } else {
            out.printf(Locale.ROOT, "f(%s) = %s, %s at α = %s%n", surface.oneD() ? "x" : "x, y", surface.formula(), optimizing.optimizer,
                    NetworkFile.number(optimizing.learningRate));
            out.printf(Locale.ROOT, "%6s %14s %14s %14s %12s%n", "step", "x", surface.oneD() ? "" : "y", "f", "|∇f|");
            int n = run.path().size();
            for (int k = 0; k < n; k++) {
                if (n > 24 && k >= 10 && k < n - 10) {
                    if (k == 10) out.printf("%6s%n", "…");
                    continue;
                }
                SurfaceRun.Point p = run.path().get(k);
                out.printf(Locale.ROOT, "%6d %14.6g %14s %14.6g %12.4g%n", p.step(), p.x(),
                        surface.oneD() ? "" : String.format(Locale.ROOT, "%.6g", p.position()[1]), p.f(), p.gradientNorm());
            }
            out.println(run.status() == SurfaceRun.Status.DIVERGED
                    ? "diverged at step " + run.divergedAt() + " (learning rate too large?)"
                    : "finished after " + run.steps() + " step(s)");
        }
        out.flush();
    }
}
