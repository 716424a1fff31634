package gradlab.app.twins;

import gradlab.app.common.CanvasPane;
import gradlab.app.common.Colors;
import gradlab.app.common.GifExportDialog;
import gradlab.app.common.Numbers;
import gradlab.app.common.Painter;
import gradlab.app.common.Palette;
import gradlab.explain.GradientNorms;
import gradlab.lab.TrainingAnimation;
import gradlab.lab.TrainingSnapshot;
import gradlab.lab.Twins;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Twins side by side: pick a comparison from the notes, press Play, and watch both losses on one chart,
 * both networks' per-layer ‖∂C/∂b‖ now, and the first-over-last ratio over the epochs with where it started,
 * so the point stays on screen however long they train. The twins train on a {@link Twins.Runner} off the
 * screen's thread; the view draws the pictures it publishes.
 */
public final class CompareView extends BorderPane {
    private static final long FRAME_BUDGET_NANOS = 12_000_000;
    private final Label explanation = new Label();
    private final Label status = new Label();
    private final Label ratios = new Label();
    private final Button play = new Button("▶ Play");
    private final LossLines losses = new LossLines();
    private final NormBars norms = new NormBars();
    private final RatioLines ratioLines = new RatioLines();
    private final Twins.Runner runner;
    private Twins.Picture picture;
    private boolean playing;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override public void handle(long now) {
            if (picture != null && !picture.canTrain()) {
                setPlaying(false);
                return;
            }
            runner.chunk(FRAME_BUDGET_NANOS, 20);   // one chunk a frame; none while the last is still training
        }
    };

    /**
     * With {@code labTwin}, a twin of the lab's own experiment that differs in a chosen setting can be made too.
     * {@code executor}: where the twins train, the window's {@link gradlab.lab.EngineRunner} (tests pass one that
     * runs each task at once).
     */
    public CompareView(Function<String, Twins.Setup> labTwin, Executor executor) {
        runner = new Twins.Runner(executor, this::published);
        ToggleGroup presets = new ToggleGroup();
        FlowPane presetBar = new FlowPane(8, 6);
        for (Twins.Preset p : Twins.Preset.values()) {
            ToggleButton b = new ToggleButton(p.title);
            b.setId("preset-" + p.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            b.setToggleGroup(presets);
            b.setOnAction(e -> load(p));
            b.setMinWidth(Region.USE_PREF_SIZE);
            presetBar.getChildren().add(b);
        }
        play.getStyleClass().add("play");
        play.setId("compare-play");
        play.setOnAction(e -> setPlaying(!playing));
        Button step = new Button("+10 epochs");
        step.setId("compare-ten");
        step.setOnAction(e -> runner.epochs(10));
        Button reset = new Button("⟲ Reset");
        reset.setId("compare-reset");
        reset.setOnAction(e -> load(null));
        Button gif = new Button("GIF…");
        gif.setId("compare-gif");
        gif.setTooltip(new Tooltip("Save the twins' training as an animated GIF for slides (trained again off screen at the size you choose)"));
        gif.setOnAction(e -> {
            Twins.Setup setup = currentSetup;   // its networks are never trained (each run trains copies)
            GifExportDialog.show(getScene().getWindow(), "twins.gif", 60, "Epochs (one frame each)",
                    (out, size, fps, epochs, progress) -> TrainingAnimation.ofTwins(setup, size[0], size[1]).writeGif(out, fps, epochs, progress));
        });
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setId("compare-status");
        ratios.setWrapText(true);
        ratios.setMinHeight(Region.USE_PREF_SIZE);
        ratios.setId("compare-ratios");
        ratios.getStyleClass().add("ratio");
        Label title = new Label("Twin runs: identical but for one setting");
        title.getStyleClass().add("surface-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane controls = new FlowPane(8, 6, play, step, reset, gif);
        if (labTwin != null) {
            ComboBox<String> setting = varied;
            setting.getItems().addAll(Twins.VARIABLE);
            setting.setId("twin-setting");
            setting.setPromptText("a setting…");   // nothing chosen while a preset runs: a preset is not a twin of the lab
            Button twin = new Button("Twin the lab's network");
            twin.setId("twin-lab");
            twin.disableProperty().bind(setting.valueProperty().isNull());
            twin.setOnAction(e -> {
                try {
                    presets.selectToggle(null);
                    current = null;
                    loadSetup(labTwin.apply(setting.getValue()));
                } catch (IllegalArgumentException problem) {
                    status.setText("Cannot twin the lab: " + problem.getMessage());
                }
            });
            Label or = new Label("or vary");
            HBox vary = new HBox(8, or, setting, twin);   // one phrase: kept on one line when the row wraps
            vary.setAlignment(Pos.CENTER_LEFT);
            for (Region r : List.<Region>of(or, setting, twin)) r.setMinWidth(Region.USE_PREF_SIZE);
            vary.setMinWidth(Region.USE_PREF_SIZE);
            vary.setPadding(new Insets(0, 0, 0, 16));
            controls.getChildren().add(vary);
        }
        for (Node n : controls.getChildren()) ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, title, presetBar, explanation, controls, ratios, status);
        top.setPadding(new Insets(10));
        HBox charts = new HBox(12, losses, ratioLines, norms);
        for (CanvasPane chart : List.of(losses, ratioLines, norms)) HBox.setHgrow(chart, Priority.ALWAYS);
        charts.setPadding(new Insets(10));
        setTop(top);
        setCenter(charts);
        // the charts' text follows the page's type size (large type sets 24 px on the window's root)
        status.fontProperty().addListener((o, a, font) -> setFontScale(font.getSize() / 16));
        presets.getToggles().get(0).setSelected(true);
        load(Twins.Preset.SIGMOID_VS_RELU);
    }

    private Twins.Preset current;
    /** The setting a twin of the lab's network varies (shown only when the view can twin the lab). */
    private final ComboBox<String> varied = new ComboBox<>();

    private Twins.Setup currentSetup;

    /** Starts the comparison {@code p} afresh (null: the current one again). */
    public void load(Twins.Preset p) {
        if (p != null) {
            current = p;
            varied.setValue(null);   // the lab's twin and its setting are over
        }
        loadSetup(current != null ? Twins.preset(current) : currentSetup);
    }

    /** Starts any pair of twins afresh. */
    public void loadSetup(Twins.Setup setup) {
        currentSetup = setup;
        setPlaying(false);
        picture = null;
        explanation.setText(setup.explanation());
        runner.load(setup);
    }

    /** The twins as last drawn (null until the first picture arrives). */
    public Twins.Picture picture() { return picture; }

    /** The runner's pictures reach the screen on its thread. */
    private void published(Twins.Picture next) {
        if (Platform.isFxApplicationThread()) show(next); else Platform.runLater(() -> show(next));
    }

    public void setPlaying(boolean on) {
        playing = on;
        play.setText(on ? "■ Pause" : "▶ Play");
        if (on) timer.start(); else timer.stop();
    }

    private void show(Twins.Picture next) {
        if (next.setup() != currentSetup) return;   // twins replaced meanwhile
        picture = next;
        List<String> labels = next.twins().stream().map(Twins.TwinPicture::label).toList();
        StringBuilder text = new StringBuilder("epoch " + next.epoch() + ":   ");
        StringBuilder story = new StringBuilder();
        for (int i = 0; i < next.twins().size(); i++) {
            Twins.TwinPicture t = next.twins().get(i);
            text.append(t.label()).append(Double.isFinite(t.loss()) ? ": loss " + Numbers.format(t.loss()) : ": not trained yet");
            if (t.status() == TrainingSnapshot.Status.DIVERGED) {
                text.append(" — ").append(t.message());
                if (t.ratio() > 10) text.append(": the gradients grow toward the input, exploding gradients");
            }
            text.append(i + 1 < next.twins().size() ? ".   " : ".");
            if (t.layered()) {
                int layers = t.norms().biases().length;
                story.append(story.length() == 0 ? "Layer 1's ‖∂C/∂b‖ against layer " + layers + "'s:   " : "   ")
                        .append(t.label()).append(": ").append(times(t.startRatio()))
                        .append(next.epoch() == 0 ? "." : " at the start, " + times(t.ratio()) + " now.");
            }
        }
        if (current == Twins.Preset.ZEROS_VS_GLOROT && next.firstSymmetric()) {
            text.append("\nThe zero-init twin's hidden units are still identical: the symmetry is never broken.");
        }
        status.setText(text.toString());
        ratios.setText(story.toString());
        ratios.setVisible(story.length() > 0);
        ratios.setManaged(story.length() > 0);
        losses.show(labels, next.twins().stream().map(Twins.TwinPicture::losses).toList(), next.epoch());
        norms.show(labels, next.twins().stream().map(Twins.TwinPicture::norms).toList(), next.epoch());
        ratioLines.show(labels, next.twins(), next.epoch());
        ratioLines.setVisible(next.twins().get(0).layered());
        ratioLines.setManaged(next.twins().get(0).layered());
    }

    /** A ratio as people say it: "2553× smaller", "1.093× larger". */
    static String times(double r) {
        if (!(r > 0) || !Double.isFinite(r)) return "–";
        return r < 1 ? Numbers.format(1 / r) + "× smaller" : Numbers.format(r) + "× larger";
    }

    /** Large type: the charts' text grows with the rest (done by itself when the page's font size changes). */
    public void setFontScale(double scale) {
        for (CanvasPane chart : List.of(losses, ratioLines, norms)) chart.fontScaleProperty().set(scale);
    }

    public void close() {
        setPlaying(false);
        runner.close();
    }

    /**
     * Draws the twins' names in their colours along the bottom, each after the last, on as many lines as they
     * need; returns the height they take.
     */
    static double legend(GraphicsContext g, List<String> labels, String mark, double left, double w, double h, double scale) {
        Font font = Font.font("System", FontWeight.BOLD, 13 * scale);
        double line = 18 * scale, x = left;
        int lines = 1;
        double[][] at = new double[labels.size()][];
        for (int i = 0; i < labels.size(); i++) {
            Text probe = new Text(mark + " " + labels.get(i));
            probe.setFont(font);
            double width = probe.getLayoutBounds().getWidth();
            if (x > left && x + width > w - 4) {
                x = left;
                lines++;
            }
            at[i] = new double[] {x, lines - 1};
            x += width + 16 * scale;
        }
        g.setFont(font);
        for (int i = 0; i < labels.size(); i++) {
            g.setFill(Colors.categorical(i));
            Painter.fillText(g, mark + " " + labels.get(i), at[i][0], h - 6 - (lines - 1 - at[i][1]) * line);
        }
        return lines * line + 4;
    }

    /** The frame the twin charts share: a title, the twins' names and one value per twin to draw. */
    abstract static class TwinChart<T> extends CanvasPane {
        private final String title;
        protected List<String> labels = List.of();
        protected List<T> data = List.of();
        /** The epochs the twins have trained, as the status line above says it: the x axis runs from 0 to it. */
        protected int epoch;

        TwinChart(String title) {
            this.title = title;
            setMinSize(160, 160);
            setPrefSize(420, 360);
        }

        void show(List<String> names, List<T> values, int epochs) {
            labels = names;
            data = values;
            epoch = epochs;
            redraw();
        }

        /** The x axis's end, in epochs: the picture's epoch count (at least 1, so that epoch 0 sits at the left). */
        protected double span() { return Math.max(1, epoch); }

        /** The x axis's label at its right end: the same epoch count as the status line's "epoch N:". */
        protected void epochLabel(GraphicsContext g, double left, double width, double y) {
            Painter.fillText(g, "epoch " + epoch, left + width - 90 * fontScale.get(), y);
        }

        /** Where the plot may begin below the title: lower when a narrow chart wrapped its title onto more lines. */
        protected double plotTop;

        /** A blank canvas with the chart's title drawn (wrapped at words where the chart is narrower), ready for the rest. */
        protected GraphicsContext titled() {
            GraphicsContext g = blank();
            g.setFill(Palette.INK);
            double scale = fontScale.get();
            g.setFont(Font.font("System", FontWeight.BOLD, 14 * scale));
            double last = wrapped(g, title, 8, 16 * scale, 18 * scale);
            plotTop = last + 14 * scale;   // the top decade's label clear of the title's last line
            return g;
        }

        /**
         * Draws {@code text} from (x, baseline y) in the context's font, breaking it at spaces so that no line runs past
         * the canvas's right edge; returns the last line's baseline.
         */
        protected double wrapped(GraphicsContext g, String text, double x, double y, double lineHeight) {
            double room = getWidth() - x - 4;
            String line = "";
            for (String word : text.split(" ")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && Painter.width(longer, g.getFont()) > room) {
                    Painter.fillText(g, line, x, y);
                    y += lineHeight;
                    line = word;
                } else {
                    line = longer;
                }
            }
            if (!line.isEmpty()) Painter.fillText(g, line, x, y);
            return y;
        }

        /** A log axis from 10^lo to 10^hi: a line and a label at every decade, thinned so that labels never touch. */
        protected void decades(GraphicsContext g, double lo, double hi, double left, double top, double width, double height) {
            double scale = fontScale.get();
            Font axis = Painter.readable(Font.font("System", 12 * scale));   // as drawn: large type raises it
            g.setFont(axis);
            int every = (int) Math.max(1, Math.ceil((hi - lo) * Math.max(16 * scale, axis.getSize() * 1.4) / Math.max(1, height)));
            for (double d = lo; d <= hi; d++) {
                double y = top + height - (d - lo) / (hi - lo) * height;
                g.setStroke(Palette.NEUTRAL);
                g.strokeLine(left, y, left + width, y);
                if (((int) (d - lo)) % every != 0) continue;
                g.setFill(Color.web("#374151"));
                Painter.fillText(g, Numbers.decade((int) d), 2, y + 4 * scale);
            }
        }
    }

    /** Every twin's training loss against epoch, log scale. */
    static final class LossLines extends TwinChart<List<double[]>> {
        LossLines() { super("Training loss (log scale)"); }

        @Override
        protected void draw() {
            GraphicsContext g = titled();
            double w = getWidth(), h = getHeight(), scale = fontScale.get();
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, last = span();
            for (List<double[]> c : data) for (double[] p : c) if (p[1] > 0 && Double.isFinite(p[1])) {
                lo = Math.min(lo, Math.log10(p[1]));
                hi = Math.max(hi, Math.log10(p[1]));
            }
            if (!(hi >= lo)) {   // nothing trained yet: say what fills this space
                g.setFont(Font.font("System", 14 * scale));
                g.setFill(Palette.MUTED);
                wrapped(g, "Press Play (or +10 epochs) to train both twins side by side.", 8, plotTop + 22 * scale, 20 * scale);
                return;
            }
            lo = Math.floor(lo);
            hi = Math.max(lo + 1, Math.ceil(hi));
            double bottom = legend(g, labels, "—", 60 * scale, w, h, scale);
            double left = 60 * scale, top = plotTop, width = w - left - 10, height = h - top - bottom - 20 * scale;
            decades(g, lo, hi, left, top, width, height);
            g.setFill(Palette.INK);
            epochLabel(g, left, width, top + height + 16 * scale);
            for (int i = 0; i < data.size(); i++) {
                g.setStroke(Colors.categorical(i));
                g.setLineWidth(2.5);
                g.beginPath();
                boolean first = true;
                for (double[] p : data.get(i)) {
                    if (!(p[1] > 0) || !Double.isFinite(p[1])) continue;
                    double x = left + p[0] / last * width, y = top + height - (Math.log10(p[1]) - lo) / (hi - lo) * height;
                    if (first) g.moveTo(x, y); else g.lineTo(x, y);
                    first = false;
                }
                g.stroke();
            }
        }
    }

    /**
     * Each twin's first-over-last ‖∂C/∂b‖ ratio against epoch, log scale, with a line at 1 (the layers learning
     * equally fast) and the ratio at the start marked: the story of vanishing or exploding gradients, kept.
     */
    static final class RatioLines extends TwinChart<Twins.TwinPicture> {
        RatioLines() { super("Layer 1 ÷ last layer, ‖∂C/∂b‖"); }

        @Override
        protected void draw() {
            GraphicsContext g = titled();
            double w = getWidth(), h = getHeight(), scale = fontScale.get();
            double lo = 0, hi = 0, last = span();   // the line at 1 always shows
            for (Twins.TwinPicture t : data) for (double[] p : t.ratios()) if (p[1] > 0 && Double.isFinite(p[1])) {
                lo = Math.min(lo, Math.log10(p[1]));
                hi = Math.max(hi, Math.log10(p[1]));
            }
            lo = Math.floor(lo);
            hi = Math.max(lo + 1, Math.ceil(hi));
            double bottom = legend(g, labels, "—", 60 * scale, w, h, scale);
            // the dashed line's key goes on a line of its own under the epoch label: beside it, a narrow chart overlapped the two
            double left = 60 * scale, top = plotTop, width = w - left - 10, height = h - top - bottom - 38 * scale;
            decades(g, lo, hi, left, top, width, height);
            double one = top + height - (0 - lo) / (hi - lo) * height;
            g.setStroke(Palette.INK);
            g.setLineWidth(1.5);
            g.setLineDashes(6, 4);
            g.strokeLine(left, one, left + width, one);
            g.setLineDashes();
            g.setFill(Palette.MUTED);
            g.setFont(Font.font("System", 12 * scale));
            Painter.fillText(g, "- - 1: equally fast", left, top + height + 34 * scale);
            epochLabel(g, left, width, top + height + 16 * scale);
            for (int i = 0; i < data.size(); i++) {
                g.setStroke(Colors.categorical(i));
                g.setFill(Colors.categorical(i));
                g.setLineWidth(2.5);
                g.beginPath();
                boolean first = true;
                for (double[] p : data.get(i).ratios()) {
                    if (!(p[1] > 0) || !Double.isFinite(p[1])) continue;
                    double x = left + p[0] / last * width, y = top + height - (Math.log10(p[1]) - lo) / (hi - lo) * height;
                    if (first) {
                        g.moveTo(x, y);
                        g.fillOval(x - 4, y - 4, 8, 8);   // where it started
                    } else {
                        g.lineTo(x, y);
                    }
                    first = false;
                }
                g.stroke();
            }
        }
    }

    /** Each twin's ‖∂C/∂b‖ per layer now, as grouped bars on a log scale. */
    static final class NormBars extends TwinChart<GradientNorms.Measurement> {
        NormBars() { super("‖∂C/∂b‖ per layer now (log scale)"); }

        @Override
        protected void draw() {
            GraphicsContext g = titled();
            double w = getWidth(), h = getHeight(), scale = fontScale.get();
            List<GradientNorms.Measurement> norms = data;
            if (norms.isEmpty()) return;
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (GradientNorms.Measurement m : norms) for (double v : m.biases()) if (v > 0 && Double.isFinite(v)) {
                lo = Math.min(lo, Math.log10(v));
                hi = Math.max(hi, Math.log10(v));
            }
            if (!(hi >= lo)) return;
            lo = Math.floor(lo);
            hi = Math.max(lo + 1, Math.ceil(hi));
            int layers = norms.get(0).biases().length, twins = norms.size();
            double bottom = legend(g, labels, "■", 60 * scale, w, h, scale);
            double left = 60 * scale, top = plotTop, width = w - left - 10, height = h - top - bottom - 20 * scale;
            double group = width / layers, bar = group * 0.8 / twins;
            decades(g, lo, hi, left, top, width, height);
            Font font = Font.font("System", 12 * scale);
            g.setFont(font);
            Text probe = new Text("layer " + layers);
            probe.setFont(font);
            boolean full = probe.getLayoutBounds().getWidth() < group - 4;   // "layer 6" where it fits, else "6"
            for (int l = 0; l < layers; l++) {
                for (int t = 0; t < twins; t++) {
                    double v = norms.get(t).biases()[l];
                    if (!(v > 0) || !Double.isFinite(v)) continue;
                    double y = top + height - (Math.log10(v) - lo) / (hi - lo) * height;
                    g.setFill(Colors.categorical(t));
                    g.fillRect(left + l * group + group * 0.1 + t * bar, y, bar - 2, top + height - y);
                }
                g.setFill(Palette.INK);
                Painter.fillText(g, (full ? "layer " : "") + (l + 1), left + l * group + group * 0.1, top + height + 16 * scale);
            }
        }
    }
}
