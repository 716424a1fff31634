package gradlab.app.dynamics;

import gradlab.app.common.Painter;
import gradlab.app.common.CanvasPane;
import gradlab.app.common.Colors;
import gradlab.app.common.Numbers;
import gradlab.app.common.Palette;
import gradlab.lab.GradientNorms;
import gradlab.lab.Trainer;
import gradlab.lab.Twins;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Twins side by side: pick a comparison from the notes, press Play, and watch both losses on one chart
 * and both networks' per-layer ‖∂C/∂b‖ with the first-over-last ratio as a number. Training runs in lock
 * step on the FX thread within a few milliseconds a frame, so the view never stalls.
 */
public final class CompareView extends BorderPane {
    private static final long FRAME_BUDGET_NANOS = 6_000_000;
    private final Label explanation = new Label();
    private final Label status = new Label();
    private final Button play = new Button("▶ Play");
    private final LossLines losses = new LossLines();
    private final NormBars norms = new NormBars();
    private Twins.Run run;
    private final List<List<double[]>> curves = new ArrayList<>();
    private int measuredEpoch = -1;
    private boolean playing;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override public void handle(long now) {
            long start = System.nanoTime();
            int stepped = 0;
            while (stepped < 20 && System.nanoTime() - start < FRAME_BUDGET_NANOS && anyCanTrain()) {
                epoch();
                stepped++;
            }
            if (!anyCanTrain()) setPlaying(false);
            refresh(false);
        }
    };

    public CompareView() {
        this(null);
    }

    /** With {@code labTwin}, a twin of the lab's own experiment that differs in a chosen setting can be made too. */
    public CompareView(java.util.function.Function<String, Twins.Setup> labTwin) {
        ToggleGroup presets = new ToggleGroup();
        FlowPane presetBar = new FlowPane(8, 6);
        for (Twins.Preset p : Twins.Preset.values()) {
            ToggleButton b = new ToggleButton(p.title);
            b.setId("preset-" + p.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            b.setToggleGroup(presets);
            b.setOnAction(e -> load(p));
            presetBar.getChildren().add(b);
        }
        play.getStyleClass().add("play");
        play.setId("compare-play");
        play.setOnAction(e -> setPlaying(!playing));
        Button step = new Button("+10 epochs");
        step.setOnAction(e -> {
            for (int i = 0; i < 10 && anyCanTrain(); i++) epoch();
            refresh(true);
        });
        Button reset = new Button("⟲ Reset");
        reset.setOnAction(e -> load(null));
        explanation.setWrapText(true);
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setWrapText(true);
        status.setId("compare-status");
        status.getStyleClass().add("ratio");
        Label title = new Label("Twin runs: identical but for one setting");
        title.getStyleClass().add("surface-title");
        HBox controls = new HBox(8, play, step, reset);
        if (labTwin != null) {
            javafx.scene.control.ComboBox<String> setting = new javafx.scene.control.ComboBox<>();
            setting.getItems().addAll(Twins.VARIABLE);
            setting.setValue(Twins.VARIABLE.get(0));
            Button twin = new Button("Twin the lab's network");
            twin.setId("twin-lab");
            twin.setOnAction(e -> {
                try {
                    presets.selectToggle(null);
                    current = null;
                    loadSetup(labTwin.apply(setting.getValue()));
                } catch (IllegalArgumentException problem) {
                    status.setText("Cannot twin the lab: " + problem.getMessage());
                }
            });
            controls.getChildren().addAll(new Label("   or vary"), setting, twin);
        }
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, title, presetBar, explanation, controls, status);
        top.setPadding(new Insets(10));
        HBox charts = new HBox(12, losses, norms);
        HBox.setHgrow(losses, Priority.ALWAYS);
        HBox.setHgrow(norms, Priority.ALWAYS);
        charts.setPadding(new Insets(10));
        setTop(top);
        setCenter(charts);
        presets.getToggles().get(0).setSelected(true);
        load(Twins.Preset.SIGMOID_VS_RELU);
    }

    private Twins.Preset current;

    private Twins.Setup currentSetup;

    /** Starts the comparison {@code p} afresh (null: the current one again). */
    public void load(Twins.Preset p) {
        if (p != null) current = p;
        loadSetup(current != null ? Twins.preset(current) : currentSetup);
    }

    /** Starts any pair of twins afresh. */
    public void loadSetup(Twins.Setup setup) {
        currentSetup = setup;
        setPlaying(false);
        run = new Twins.Run(setup);
        curves.clear();
        for (int i = 0; i < run.trainers().size(); i++) curves.add(new ArrayList<>());
        measuredEpoch = -1;
        explanation.setText(run.setup().explanation());
        refresh(true);
    }

    public Twins.Run run() { return run; }

    private boolean anyCanTrain() {
        for (Trainer t : run.trainers()) if (t.canTrain()) return true;
        return false;
    }

    private void epoch() {
        run.epoch();
        for (int i = 0; i < run.trainers().size(); i++) {
            Trainer t = run.trainers().get(i);
            List<double[]> curve = curves.get(i);
            if (curve.isEmpty() || curve.get(curve.size() - 1)[0] < t.epoch()) curve.add(new double[] {t.epoch(), t.trainingLoss()});
        }
    }

    public void setPlaying(boolean on) {
        playing = on;
        play.setText(on ? "■ Pause" : "▶ Play");
        if (on) timer.start(); else timer.stop();
    }

    private void refresh(boolean force) {
        int epoch = run.trainers().get(0).epoch();
        if (force || epoch - measuredEpoch >= 5) {
            measuredEpoch = epoch;
            List<GradientNorms.Measurement> m = run.norms();
            norms.show(labels(), m);
            StringBuilder text = new StringBuilder("epoch " + epoch + ":   ");
            for (int i = 0; i < m.size(); i++) {
                double[] b = m.get(i).biases();
                double r = b[0] / b[b.length - 1];
                Trainer t = run.trainers().get(i);
                text.append(labels().get(i)).append(": loss ").append(Numbers.format(t.trainingLoss()))
                        .append(", layer 1's ‖∂C/∂b‖ is ").append(r < 1 ? Numbers.format(1 / r) + "× smaller" : Numbers.format(r) + "× larger")
                        .append(" than layer ").append(b.length).append("'s");
                if (t.status() == gradlab.lab.TrainingSnapshot.Status.DIVERGED) {
                    text.append(" — ").append(t.message());
                    if (r > 10) text.append(": the gradients grow toward the input, exploding gradients");
                }
                text.append(i + 1 < m.size() ? ".   " : ".");
            }
            if (current == Twins.Preset.ZEROS_VS_GLOROT && Twins.unitsIdentical(run.trainers().get(0).network(), 0)) {
                text.append("\nThe zero-init twin's hidden units are still identical: the symmetry is never broken.");
            }
            status.setText(text.toString());
        }
        losses.show(labels(), curves);
    }

    private List<String> labels() {
        return run.setup().twins().stream().map(Twins.Twin::label).toList();
    }

    public void close() { setPlaying(false); }

    /** The frame both twin charts share: a title, the twins' names and one value per twin to draw. */
    abstract static class TwinChart<T> extends CanvasPane {
        private final String title;
        protected List<String> labels = List.of();
        protected List<T> data = List.of();

        TwinChart(String title) {
            this.title = title;
            setMinSize(200, 200);
            setPrefSize(520, 360);
        }

        void show(List<String> names, List<T> values) {
            labels = names;
            data = values;
            redraw();
        }

        /** A blank canvas with the chart's title drawn, ready for the rest. */
        protected GraphicsContext titled() {
            GraphicsContext g = blank();
            g.setFill(Palette.INK);
            g.setFont(Font.font("System", FontWeight.BOLD, 14));
            Painter.fillText(g, title, 8, 16);
            return g;
        }
    }

    /** Every twin's training loss against epoch, log scale. */
    static final class LossLines extends TwinChart<List<double[]>> {
        LossLines() { super("Training loss (log scale)"); }

        @Override
        protected void draw() {
            GraphicsContext g = titled();
            double w = getWidth(), h = getHeight();
            List<List<double[]>> curves = data;
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, last = 1;
            for (List<double[]> c : curves) for (double[] p : c) if (p[1] > 0 && Double.isFinite(p[1])) {
                lo = Math.min(lo, Math.log10(p[1]));
                hi = Math.max(hi, Math.log10(p[1]));
                last = Math.max(last, p[0]);
            }
            if (!(hi >= lo)) {   // nothing trained yet: say what fills this space
                g.setFont(Font.font("System", 14));
                g.setFill(Palette.MUTED);
                Painter.fillText(g, "Press Play (or +10 epochs) to train both twins side by side.", 8, 48);
                return;
            }
            if (hi - lo < 0.5) hi = lo + 0.5;
            double left = 60, top = 26, width = w - left - 10, height = h - top - 40;
            g.setFont(Font.font("System", 12));
            Painter.fillText(g, Numbers.format(Math.pow(10, hi)), 2, top + 8);
            Painter.fillText(g, Numbers.format(Math.pow(10, lo)), 2, top + height);
            Painter.fillText(g, "epoch " + (int) last, left + width - 70, top + height + 16);
            for (int i = 0; i < curves.size(); i++) {
                g.setStroke(Colors.categorical(i));
                g.setLineWidth(2.5);
                g.beginPath();
                boolean first = true;
                for (double[] p : curves.get(i)) {
                    if (!(p[1] > 0)) continue;
                    double x = left + p[0] / last * width, y = top + height - (Math.log10(p[1]) - lo) / (hi - lo) * height;
                    if (first) g.moveTo(x, y); else g.lineTo(x, y);
                    first = false;
                }
                g.stroke();
                g.setFill(Colors.categorical(i));
                g.setFont(Font.font("System", FontWeight.BOLD, 13));
                Painter.fillText(g, "— " + labels.get(i), left + 10 + 160 * i, h - 6);
            }
        }
    }

    /** Each twin's ‖∂C/∂b‖ per layer now, as grouped bars on a log scale. */
    static final class NormBars extends TwinChart<GradientNorms.Measurement> {
        NormBars() { super("‖∂C/∂b‖ per layer now (log scale)"); }

        @Override
        protected void draw() {
            GraphicsContext g = titled();
            double w = getWidth(), h = getHeight();
            List<GradientNorms.Measurement> norms = data;
            if (norms.isEmpty()) return;
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (GradientNorms.Measurement m : norms) for (double v : m.biases()) if (v > 0) {
                lo = Math.min(lo, Math.log10(v));
                hi = Math.max(hi, Math.log10(v));
            }
            if (!(hi >= lo)) return;
            lo = Math.floor(lo);
            hi = Math.max(lo + 1, Math.ceil(hi));
            int layers = norms.get(0).biases().length, twins = norms.size();
            double left = 60, top = 26, width = w - left - 10, height = h - top - 40;
            double group = width / layers, bar = group * 0.8 / twins;
            g.setFont(Font.font("System", 12));
            for (double d = lo; d <= hi; d++) {
                double y = top + height - (d - lo) / (hi - lo) * height;
                g.setStroke(Palette.NEUTRAL);
                g.strokeLine(left, y, left + width, y);
                g.setFill(Color.web("#374151"));
                Painter.fillText(g, Numbers.decade((int) d), 2, y + 4);
            }
            for (int l = 0; l < layers; l++) {
                for (int t = 0; t < twins; t++) {
                    double v = norms.get(t).biases()[l];
                    if (!(v > 0)) continue;
                    double y = top + height - (Math.log10(v) - lo) / (hi - lo) * height;
                    g.setFill(Colors.categorical(t));
                    g.fillRect(left + l * group + group * 0.1 + t * bar, y, bar - 2, top + height - y);
                }
                g.setFill(Palette.INK);
                Painter.fillText(g, "layer " + (l + 1), left + l * group + group * 0.2, top + height + 16);
            }
            for (int t = 0; t < twins; t++) {
                g.setFill(Colors.categorical(t));
                g.setFont(Font.font("System", FontWeight.BOLD, 13));
                Painter.fillText(g, "■ " + labels.get(t), left + 10 + 160 * t, h - 6);
            }
        }
    }
}
