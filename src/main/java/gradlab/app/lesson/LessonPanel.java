package gradlab.app.lesson;

import gradlab.app.common.WholeRows;
import gradlab.app.common.Shown;
import gradlab.lesson.Check;
import gradlab.lesson.Lesson;
import gradlab.lesson.Words;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.Subscription;

/**
 * The lesson side panel: the step bar (done, current, ahead), the step's text with its formulas, the
 * goal, an answer field or options where the task asks for them, Check, the hints shown so far, and
 * Back / Reset step / Next.
 */
public final class LessonPanel extends VBox {
    private final LessonModel model;
    private final Label lessonTitle = new Label();
    private final FlowPane stepBar = new FlowPane(4, 4);   // "step 3 of 6" wraps below the boxes rather than "step 3 …"
    private final Label stepTitle = new Label();
    private final VBox body = new VBox(12);
    private final ScrollPane scroll = new ScrollPane();
    private final VBox taskBox = new VBox(8);
    private final Label result = new Label();
    private final TextField answer = new TextField();
    private final ToggleGroup options = new ToggleGroup();
    private final VBox optionBox = new VBox(4);
    private final VBox hints = new VBox(6);
    private final Button back = new Button("← Back");
    private final Button next = new Button("Next →");
    private final Button check = new Button("Check");
    private Subscription following;   // the model's pictures, while this view is shown
    private float texSize = 16;   // the text's size: .root's 16px, 24px in large type
    private String shownStep;
    private String readStep;   // the step whose text is on show, kept when a new type size rebuilds it

    public LessonPanel(LessonModel model, Runnable toLessonList) {
        this.model = model;
        // nodes
        getStyleClass().add("lesson-panel");
        lessonTitle.getStyleClass().add("lesson-title");
        lessonTitle.setWrapText(true);
        lessonTitle.setMinHeight(Region.USE_PREF_SIZE);   // a long title takes the lines it needs, never an ellipsis
        stepTitle.getStyleClass().add("step-title");
        stepTitle.setWrapText(true);
        result.setWrapText(true);
        result.setId("lesson-result");
        answer.setId("lesson-answer");
        answer.setPromptText("answer, then Enter");   // short: the field is at least as wide, and the column may be narrow
        answer.fontProperty().addListener(o -> fitPrompt());   // the placeholder shows whole, whatever the type size
        answer.insetsProperty().addListener(o -> fitPrompt());
        check.setId("lesson-check");
        check.getStyleClass().add("accent");
        next.setId("lesson-next");
        back.setId("lesson-back");
        Button reset = new Button("⟲ Reset step");
        reset.setTooltip(new Tooltip("Put the lab back as this step started it"));
        Button list = new Button("☰");
        list.setTooltip(new Tooltip("Back to the list of lessons (your progress is kept)"));
        body.getStyleClass().add("lesson-body");   // its right padding takes the spaces a wrapped line leaves hanging past its width
        scroll.setContent(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        WholeRows.install(scroll);   // the step's text ends at a whole line: a line the pane's lower edge would cut waits for a scroll

        // layout
        FlowPane nav = new FlowPane(8, 6, back, reset, next);   // wraps in large type, never "Ne…"
        nav.setAlignment(Pos.CENTER_LEFT);
        for (Button b : List.of(back, reset, next, list)) b.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(8, list, lessonTitle);
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, stepBar, scroll, nav);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setSpacing(10);
        setPadding(new Insets(12));
        setPrefWidth(WIDEST);
        setMinWidth(NARROWEST);
        setMaxWidth(520);
        // a third of the window at most: beside it the lab needs the network and a column at their least
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) prefWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> widthIn(scene.getWidth()), scene.widthProperty()));
            else prefWidthProperty().unbind();
        });

        // listeners
        list.setOnAction(e -> toLessonList.run());
        back.setOnAction(e -> model.back());
        next.setOnAction(e -> model.next());
        reset.setOnAction(e -> model.resetStep());
        check.setOnAction(e -> runCheck());
        answer.setOnAction(e -> runCheck());
        following = Shown.onChange(this, model.pictureProperty(), () -> show(model.pictureProperty().get()));
        if (model.pictureProperty().get() != null) show(model.pictureProperty().get());
    }

    static final double WIDEST = 400, NARROWEST = 280;

    /** The panel's width in a window {@code window} pixels wide: 28 % of it, from 280 to 400 pixels. */
    static double widthIn(double window) {
        return Math.max(NARROWEST, Math.min(WIDEST, Math.round(window * 0.28)));
    }

    /** The answer field at least as wide as its placeholder in the field's own font. */
    private void fitPrompt() {
        Text probe = new Text(answer.getPromptText());
        probe.setFont(answer.getFont());
        double width = Math.ceil(probe.getLayoutBounds().getWidth()) + answer.getInsets().getLeft() + answer.getInsets().getRight() + 2;
        answer.setMinWidth(width);
        answer.setPrefWidth(width);
    }

    /** Large type: formulas grow with the text. */
    public void setTexSize(float size) {
        texSize = size;
        shownStep = null;
        if (model.pictureProperty().get() != null) show(model.pictureProperty().get());
    }

    private void runCheck() {
        Double typed = null;
        if (!answer.getText().isBlank()) {
            OptionalDouble number = Words.typedNumber(answer.getText());
            if (number.isEmpty()) {
                result.setText("'" + answer.getText().trim() + "' is not a number: type one such as 0.25, −3 or 1/4.");
                result.getStyleClass().setAll("label", "result-fail");
                return;
            }
            typed = number.getAsDouble();
        }
        Integer chosen = options.getSelectedToggle() == null ? null : (Integer) options.getSelectedToggle().getUserData();
        model.check(typed, chosen);
        revealFeedback();
        var after = model.pictureProperty().get();
        if (after != null && after.passed() && answer.isFocused()) {
            requestFocus();   // done: the keys are the page's again (→ steps, F focuses, N notes), not more letters in the field
        }
    }

    /**
     * After Check, the feedback and the hints shown are scrolled into view (at 1280×720 a long step's text put them
     * below the pane's edge, and Check seemed to do nothing): as little as needed, the feedback's top first when
     * they do not fit together.
     */
    void revealFeedback() {
        if (result.getScene() == null) return;
        scroll.applyCss();
        scroll.layout();
        double view = scroll.getViewportBounds().getHeight(), content = body.getHeight();
        if (view <= 0 || content <= view) return;
        double top = scroll.getVvalue() * (content - view);
        double from = body.sceneToLocal(result.localToScene(result.getBoundsInLocal())).getMinY();
        double to = body.sceneToLocal(hints.localToScene(hints.getBoundsInLocal())).getMaxY();
        if (hints.getChildren().isEmpty()) to = body.sceneToLocal(result.localToScene(result.getBoundsInLocal())).getMaxY();
        double wanted = top;
        if (to + 12 > top + view) wanted = to + 12 - view;   // the bottom of the hints (a little margin) at the pane's edge
        if (from < wanted) wanted = from;                    // never past the feedback's first line
        if (from < top) wanted = from;
        scroll.setVvalue(Math.max(0, Math.min(1, wanted / (content - view))));
    }

    private void show(LessonModel.StepPicture p) {
        if (p == null) return;
        Lesson lesson = p.lesson();
        lessonTitle.setText(lesson.title());
        stepBar.getChildren().clear();
        for (int i = 0; i < lesson.steps().size(); i++) {
            Rectangle r = new Rectangle(26, 10);
            r.getStyleClass().add(i == p.index() ? "step-current" : p.doneSteps().contains(i) ? "step-done" : "step-ahead");
            int target = i;
            r.setOnMouseClicked(e -> model.goTo(target));
            Tooltip.install(r, new Tooltip((i + 1) + ". " + lesson.steps().get(i).title()));
            stepBar.getChildren().add(r);
        }
        Label where = new Label("  step " + (p.index() + 1) + " of " + lesson.steps().size());
        where.setMinWidth(Region.USE_PREF_SIZE);
        stepBar.getChildren().add(where);
        String stepKey = lesson.file() + "#" + p.index();
        boolean sameStep = stepKey.equals(readStep);
        String said = result.getText();
        if (!stepKey.equals(shownStep)) {   // rebuild the text only when the step changes
            boolean other = !stepKey.equals(readStep);   // not the same step again in another type size
            shownStep = stepKey;
            readStep = stepKey;
            rebuildBody(p);
            // another step is read from its start (its text, then the task below it), not where the last one was left
            if (other) scroll.setVvalue(0);
        }
        result.setText(p.result().isEmpty() && p.done() ? p.earlier() : p.result());
        result.getStyleClass().setAll("label", p.passed() || (p.result().isEmpty() && p.done()) ? "result-pass" : "result-fail");
        Lesson.Task task = p.step().task();
        hints.getChildren().clear();
        if (task != null) {
            for (int i = 0; i < Math.min(p.hintsShown(), task.hints().size()); i++) {
                Label hint = new Label("Hint " + (i + 1) + ": " + task.hints().get(i));
                hint.setWrapText(true);
                hint.getStyleClass().add("lesson-hint");
                hints.getChildren().add(hint);
            }
        }
        // a live check that completes the task as the student edits the lab says so where it can be read
        if (sameStep && !p.result().isEmpty() && !p.result().equals(said)) revealFeedback();
        back.setDisable(p.index() == 0);
        next.setDisable(p.index() + 1 >= lesson.steps().size());
        next.getStyleClass().remove("accent");
        if (p.passed() || p.done() || task == null) next.getStyleClass().add("accent");
    }

    private void rebuildBody(LessonModel.StepPicture p) {
        body.getChildren().clear();
        stepTitle.setText((p.index() + 1) + ". " + p.step().title());
        body.getChildren().add(stepTitle);
        if (p.index() == 0 && !p.lesson().intro().isEmpty()) body.getChildren().add(new MarkdownView(p.lesson().intro(), folder(p), texSize));
        body.getChildren().add(new MarkdownView(p.step().text(), folder(p), texSize));
        Lesson.Task task = p.step().task();
        taskBox.getChildren().clear();
        answer.clear();
        options.getToggles().clear();
        optionBox.getChildren().clear();
        if (task != null) {
            Label goal = new Label("Your task: " + task.goal());
            goal.setWrapText(true);
            goal.getStyleClass().add("lesson-goal");
            taskBox.getChildren().add(goal);
            List<Check> checks = task.checks();
            boolean asksNumber = checks.stream().anyMatch(c -> c instanceof Check.Answer);
            Check.Choice choice = (Check.Choice) checks.stream().filter(c -> c instanceof Check.Choice).findFirst().orElse(null);
            if (choice != null) {
                for (int i = 0; i < choice.options().size(); i++) {
                    RadioButton option = new RadioButton(choice.options().get(i));
                    option.setWrapText(true);
                    option.setUserData(i);
                    option.setToggleGroup(options);
                    option.setId("lesson-option-" + i);
                    option.setSelected(p.choice() != null && p.choice() == i);   // the option chosen last time, kept
                    optionBox.getChildren().add(option);
                }
                taskBox.getChildren().add(optionBox);
            }
            if (asksNumber && p.answer() != null) answer.setText(typedAgain(p.answer()));   // the number typed last time, kept
            FlowPane row = asksNumber ? new FlowPane(8, 6, answer, check) : new FlowPane(8, 6, check);
            row.setAlignment(Pos.CENTER_LEFT);   // Check wraps below the field rather than cutting its placeholder
            taskBox.getChildren().addAll(row, result, hints);
            taskBox.getStyleClass().setAll("lesson-task");
            body.getChildren().add(taskBox);
        }
    }

    /** A kept answer as the field shows it: every digit it has (a rounded one could check differently), no exponent. */
    static String typedAgain(double answer) {
        return answer == Math.rint(answer) && Math.abs(answer) < 1e15 ? Long.toString((long) answer)
                : BigDecimal.valueOf(answer).stripTrailingZeros().toPlainString();
    }

    private static Path folder(LessonModel.StepPicture p) {
        return p.lesson().file().toAbsolutePath().getParent();
    }

    /** Stops listening: a closed panel does nothing more. */
    public void close() {
        following.unsubscribe();
    }
}
