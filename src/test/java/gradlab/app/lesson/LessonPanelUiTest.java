package gradlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.shell.GradientLabApp;
import gradlab.lesson.LessonFile;
import gradlab.lesson.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The lesson panel as a student reads it: formulas in the line of text, the answer field, fractions typed. */
@ExtendWith(ApplicationExtension.class)
class LessonPanelUiTest {
    static final String LESSON = """
            ---
            title: Reading
            ---
            ## Sizes
            With $n$ points and $x_1$ as the first input, the step is small.

            ```task
            goal: What is one quarter?
            check:
              - answer: {expect: 0.25, tolerance: 0.001}
            solution:
              answer: 0.25
            ```
            """;

    Path dir;
    LessonPanel panel;
    StackPane root;

    @BeforeEach
    void open() throws Exception {
        dir = Files.createTempDirectory("gradlab-panel");
        Path file = dir.resolve("reading.md");
        Files.writeString(file, LESSON);
        LessonModel model = new LessonModel(new LessonModelTest.FakeWindow(), Progress.load(dir.resolve("progress.yaml")));
        model.open(LessonFile.load(file));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            panel = new LessonPanel(model, () -> { });
            root = new StackPane(panel);
            Scene scene = new Scene(root, 400, 700);
            GradientLabApp.style(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> panel.close());
    }

    void largeType(FxRobot robot) {
        robot.interact(() -> {
            root.setStyle("-fx-font-size: 24px;");
            panel.setTexSize(24);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static double xHeight(Font font) {
        Text x = new Text("x");
        x.setFont(font);
        x.setBoundsType(TextBoundsType.VISUAL);
        return x.getLayoutBounds().getHeight();
    }

    void formulasSitOnTheTextsBaselineAtItsSize(FxRobot robot) {
        robot.interact(() -> {
            TextFlow flow = (TextFlow) robot.lookup(".md-paragraph").query();
            Text text = (Text) flow.getChildren().get(0);
            List<Node> formulas = flow.getChildren().stream().filter(c -> c.getStyleClass().contains("tex")).toList();
            Node n = formulas.get(0), x1 = formulas.get(1);
            assertTrue(n.getStyleClass().contains("tex") && x1.getStyleClass().contains("tex"), flow.getChildren().toString());
            double textBaseline = text.localToScene(0, text.getBaselineOffset()).getY();
            assertEquals(textBaseline, n.localToScene(0, n.getBaselineOffset()).getY(), 1.0, "$n$ on the text's baseline");
            assertEquals(textBaseline, x1.localToScene(0, x1.getBaselineOffset()).getY(), 1.0, "$x_1$ on the text's baseline");
            double ex = xHeight(text.getFont());
            assertEquals(ex, n.getLayoutBounds().getHeight(), 1.5, "the n of $n$ is as tall as the text's x (" + ex + " px)");
            assertEquals(n.getLayoutBounds().getHeight(), n.getBaselineOffset(), 0.5, "an n has nothing below its baseline");
            assertTrue(x1.getBaselineOffset() < x1.getLayoutBounds().getHeight() - 1, "the subscript of x_1 hangs below the baseline");
        });
    }

    @Test
    void inlineTexSitsOnTheBaselineOfTheTextAtTheTextsSizeInBothTypeSizes(FxRobot robot) {
        formulasSitOnTheTextsBaselineAtItsSize(robot);
        largeType(robot);
        formulasSitOnTheTextsBaselineAtItsSize(robot);
    }

    void promptShowsWhole(FxRobot robot) {
        robot.interact(() -> {
            TextField field = robot.lookup("#lesson-answer").queryAs(TextField.class);
            Text prompt = field.lookupAll(".text").stream().filter(t -> t instanceof Text tt && field.getPromptText().equals(tt.getText()))
                    .map(Text.class::cast).findFirst().orElseThrow();
            double room = field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight();
            assertTrue(prompt.getLayoutBounds().getWidth() <= room, "the placeholder needs " + prompt.getLayoutBounds().getWidth() + " px, the field has " + room);
        });
    }

    @Test
    void theAnswerFieldsPlaceholderIsNeverCut(FxRobot robot) {
        promptShowsWhole(robot);
        largeType(robot);
        promptShowsWhole(robot);
    }

    @Test
    void aFractionIsAnAnswer(FxRobot robot) {
        robot.clickOn("#lesson-answer").write("1/4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String said = robot.lookup("#lesson-result").queryAs(Labeled.class).getText();
        assertTrue(said.startsWith("✔ Done"), said);
        assertFalse(robot.lookup("#lesson-answer").queryAs(TextField.class).isFocused(),
                "a right answer gives the keys back to the page (presenting, F typed 'fff' into the field)");
    }

    /** The panel of the same lesson opened again on the progress kept (as after Continue or a restart). */
    void reopen(FxRobot robot) throws Exception {
        LessonModel model = new LessonModel(new LessonModelTest.FakeWindow(), Progress.load(dir.resolve("progress.yaml")));
        model.open(LessonFile.load(dir.resolve("reading.md")));
        robot.interact(() -> {
            panel.close();
            panel = new LessonPanel(model, () -> { });
            root.getChildren().setAll(panel);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    String field(FxRobot robot) { return robot.lookup("#lesson-answer").queryAs(TextField.class).getText(); }
    String said(FxRobot robot) { return robot.lookup("#lesson-result").queryAs(Labeled.class).getText(); }

    /** A tester found the field empty after Continue though the step was marked done: it shows the answer kept, and its feedback. */
    @Test
    void aStepOpenedAgainShowsTheAnswerTypedAndWhatItsCheckSaid(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-answer").write("1/8").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Not yet: 0.125 is not it.", said(robot));
        reopen(robot);
        assertEquals("0.125", field(robot), "the number typed last, kept");
        assertEquals("Not yet: 0.125 is not it.", said(robot), "and what the check said of it");

        robot.interact(() -> robot.lookup("#lesson-answer").queryAs(TextField.class).clear());
        robot.clickOn("#lesson-answer").write("1/4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        reopen(robot);
        assertEquals("0.25", field(robot), "the right answer stays in its field");
        assertEquals("✔ Done earlier.", said(robot));
    }
}
