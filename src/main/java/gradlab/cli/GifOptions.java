package gradlab.cli;

import gradlab.io.AtomicFiles;
import gradlab.io.InputError;
import gradlab.io.NumberList;
import gradlab.io.TextFiles;
import gradlab.nn.NetworkFile;
import gradlab.optim.OptimizerKind;
import gradlab.optim.Optimizers;
import gradlab.surface.RaceAnimation;
import gradlab.surface.Surface;
import gradlab.surface.SurfaceRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code surface ... --gif OUT.gif}: the run as an animated GIF drawn off screen, one frame for the start and one
 * per update, with any {@code --versus} racers on the same surface from the same start.
 */
final class GifOptions {
    @Option(names = "--gif", paramLabel = "OUT.gif", description = "also write the race as an animated GIF (one frame per step)")
    Path gif;
    @Option(names = "--gif-size", defaultValue = "640x400", paramLabel = "WxH", description = "the GIF's size in pixels (default ${DEFAULT-VALUE})")
    String size;
    @Option(names = "--fps", defaultValue = "15", paramLabel = "N", description = "GIF frames a second (default ${DEFAULT-VALUE})")
    double fps;
    @Option(names = "--versus", paramLabel = "O:α[:λ|ρ]", description = "another racer in the GIF, e.g. momentum:0.02:0.7 (repeatable)")
    List<String> versus = new ArrayList<>();

    /** Frames a GIF may have: a minute at 15 fps is 900. */
    static final int MAX_FRAMES = 1_000;

    /** Checks the options before any work; each message names its option. */
    void check(int steps) throws InputError {
        if (gif == null) {
            if (!versus.isEmpty()) throw InputError.option("--versus", "races only in a GIF: add --gif OUT.gif");
            return;
        }
        if (!gif.toString().toLowerCase(Locale.ROOT).endsWith(".gif")) throw InputError.option("--gif", "the file name must end in .gif, got '" + gif + "'");
        var problem = AtomicFiles.problemWith(gif, false);
        if (problem.isPresent()) throw InputError.option("--gif", problem.get());
        dimensions();
        if (steps + 1 > MAX_FRAMES) throw InputError.option("--gif", "a GIF holds at most " + MAX_FRAMES + " frames (one per step): use --steps " + (MAX_FRAMES - 1) + " or fewer");
        if (!(fps > 0 && fps <= 50)) throw InputError.option("--fps", "must be above 0 and at most 50, got " + NetworkFile.number(fps));
        for (String racer : versus) racer(racer);
    }

    private int[] dimensions() throws InputError {
        String[] parts = size.toLowerCase(Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].trim()), h = Integer.parseInt(parts[1].trim());
                if (w >= 16 && h >= 16 && w <= 4096 && h <= 4096) return new int[] {w, h};
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw InputError.option("--gif-size", "expected WIDTHxHEIGHT between 16x16 and 4096x4096, got '" + size + "'");
    }

    /** One --versus racer: optimizer, learning rate and its λ or ρ if it has one. */
    private static Racer racer(String text) throws InputError {
        String[] parts = text.split(":");
        var kind = OptimizerKind.find(parts[0].trim());
        if (kind.isEmpty()) {
            throw InputError.option("--versus", "unknown optimizer '" + parts[0] + "' in '" + text + "' (expected " + String.join(" | ", Optimizers.NAMES) + ")");
        }
        if (parts.length < 2 || parts.length > 3) throw InputError.option("--versus", "expected OPTIMIZER:α or OPTIMIZER:α:λ, got '" + text + "'");
        double rate = NumberList.parse("--versus", parts[1])[0];
        if (!(rate > 0)) throw InputError.option("--versus", "the learning rate must be positive, got '" + parts[1] + "'");
        Optimizers.Settings settings = Optimizers.Settings.defaults();
        if (parts.length == 3) {
            double extra = NumberList.parse("--versus", parts[2])[0];
            if (!(extra >= 0 && extra < 1)) throw InputError.option("--versus", "λ or ρ must be in [0, 1), got '" + parts[2] + "'");
            if (kind.get().hasMomentum()) settings = settings.withMomentum(extra);
            else if (kind.get().hasRho()) settings = settings.withRho(extra);
            else throw InputError.option("--versus", kind.get().id() + " has no λ or ρ, got '" + text + "'");
        }
        return new Racer(kind.get().id(), rate, settings);
    }

    private record Racer(String optimizer, double rate, Optimizers.Settings settings) {
        String label() {
            String text = OptimizerKind.of(optimizer).label() + " α " + NetworkFile.number(rate);
            if (OptimizerKind.of(optimizer).hasMomentum()) text += " λ " + NetworkFile.number(settings.momentum());
            if (OptimizerKind.of(optimizer).hasRho()) text += " ρ " + NetworkFile.number(settings.rho());
            return text;
        }
    }

    /** Writes the GIF of {@code run} (already run) and the --versus racers from the same start for as many steps. */
    void write(Surface surface, double[] start, OptimizerOptions own, SurfaceRun run, int steps) throws InputError {
        if (gif == null) return;
        int[] wh = dimensions();
        List<RaceAnimation.Racer> racers = new ArrayList<>();
        racers.add(new RaceAnimation.Racer(new Racer(own.optimizer, own.learningRate, own.settings()).label(), run));
        for (String text : versus) {
            Racer r = racer(text);
            SurfaceRun other = new SurfaceRun(surface, start, r.optimizer(), r.rate(), r.settings());
            other.run(steps);
            racers.add(new RaceAnimation.Racer(r.label(), other));
        }
        try {
            new RaceAnimation(surface, racers, wh[0], wh[1]).writeGif(gif, fps, frames -> true);
        } catch (IOException e) {
            throw InputError.option("--gif", "could not write '" + gif + "': " + TextFiles.reason(e));
        }
    }
}
