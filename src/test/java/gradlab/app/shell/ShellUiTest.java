package gradlab.app.shell;

import gradlab.lab.ImmediateExecutor;
import gradlab.lab.Settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.app.lab.network.NetworkView;
import gradlab.lesson.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window as a student meets it: the lesson list, a lesson done by typing weights, the surfaces. */
@ExtendWith(ApplicationExtension.class)
class ShellUiTest {
    Shell shell;
    Path home;
    private final ImmediateExecutor executor = new ImmediateExecutor();

    @BeforeEach
    void open() throws Exception {
        home = Files.createTempDirectory("gradlab-home");
        System.setProperty("gradlab.home", home.toString());   // progress goes to a scratch home, not the real one
        shell = PageStage.showShell(() -> new Shell(executor));
    }


    @AfterEach
    void close(FxRobot robot) {
        robot.interact(shell::close);
        System.clearProperty("gradlab.home");
    }

    Point2D edge(int layer, int unit, int from) {
        NetworkView view = shell.lab().networkView();
        double r = view.radius();
        Point2D a = view.position(layer, from).add(r, 0), b = view.position(layer + 1, unit).subtract(r, 0);
        return view.localToScreen(a.add(b.subtract(a).multiply(0.3)));
    }

    Point2D neuron(int layer, int unit) {
        NetworkView view = shell.lab().networkView();
        return view.localToScreen(view.position(layer + 1, unit));
    }

    void type(FxRobot robot, Point2D where, String value) {
        robot.clickOn(where);
        robot.write(value).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theAppOpensOnTheLessonList() {
        assertEquals(Shell.Page.START, shell.page());
        assertTrue(new FxRobot().lookup("#lesson-1").tryQuery().isPresent());
        assertTrue(new FxRobot().lookup("#free-play").tryQuery().isPresent());
    }

    @Test
    void theXorLessonByTypingWeights_theTaskCompletesLiveAndTheNextStepOpens(FxRobot robot) {
        robot.clickOn("#lesson-2");
        assertEquals(Shell.Page.LAB, shell.page());
        assertEquals("xor-blank", shell.lab().model().network().name());
        type(robot, edge(0, 0, 0), "1");
        type(robot, edge(0, 0, 1), "1");
        type(robot, neuron(0, 0), "-0.5");
        assertEquals(-0.5, shell.lab().model().network().get("layers.0.biases[0]"));
        WaitForAsyncUtils.waitForFxEvents();   // the live check's verdict reaches the label on the FX thread
        assertTrue(robot.lookup("#lesson-result").queryLabeled().getText().startsWith("✔ Done"),
                robot.lookup("#lesson-result").queryLabeled().getText());
        assertTrue(!shell.lab().training().playingProperty().get(), "no Enter started training");
        robot.clickOn("#lesson-next");
        assertEquals(1, shell.lessons().pictureProperty().get().index());
        assertEquals(-0.5, shell.lab().model().network().get("layers.0.biases[0]"), "step 2 starts with OR built, as its lab block says");
        Progress saved = Progress.load(home.resolve(".gradlab/progress.yaml"));
        Progress.Entry entry = saved.of(saved.keyOf(shell.lessons().lesson()));
        assertEquals(1, entry.step());
        assertTrue(entry.done().contains(0), "progress is on disk");
    }

    @Test
    void aLecturersFolderShowsItsLessonsAndEveryErrorAndTheCourseIsOneClickAway(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(home.resolve("shared"));
        Files.writeString(folder.resolve("one.md"), "---\ntitle: One\n---\n## Only step\nWords.\n");
        Files.writeString(folder.resolve("broken.md"), "---\ntitle: Broken\n---\n## S\n```lab\nlearnRate: 1\n```\n```task\ngoal: G\ncheck:\n  - loss-above: 1\n```\n");
        robot.interact(() -> shell.openFolder(folder));
        assertTrue(robot.lookup("#lesson-1").tryQuery().isPresent());
        assertTrue(robot.lookup("#lesson-2").tryQuery().isEmpty(), "one lesson loaded");
        List<String> problems = robot.lookup(".lesson-problem").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("broken.md:6:1: unknown key 'learnRate'") && problems.get(1).contains("broken.md:11:5: unknown check 'loss-above'"), problems.toString());
        robot.clickOn("#back-to-course");
        assertTrue(robot.lookup("#lesson-14").tryQuery().isPresent(), "the built-in course is back");
        assertTrue(robot.lookup(".lesson-problem").tryQuery().isEmpty());
    }

    @Test
    void aWrongAnswerShowsWhyAndAHint(FxRobot robot) {
        robot.clickOn("#lesson-5");   // the forward pass in numbers
        robot.clickOn("#lesson-answer").write("0.3").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#lesson-result").queryLabeled().getText().startsWith("Not yet"));
        assertTrue(robot.lookup(".lesson-hint").tryQuery().isPresent(), "a hint appears after a failed check");
        robot.doubleClickOn("#lesson-answer").eraseText(5).write("-0.25").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#lesson-result").queryLabeled().getText().startsWith("✔ Done"));
    }

    @Test
    void draggingTheStartPointRestartsEveryRacer(FxRobot robot) {
        robot.clickOn("#open-surfaces");
        assertEquals(Shell.Page.SURFACES, shell.page());
        var model = shell.surfaces().model();
        robot.interact(() -> model.showStep(10));
        double[] before = model.start();
        var map = robot.lookup(".surface-map").query();
        Point2D centre = map.localToScreen(map.getBoundsInLocal().getWidth() / 2, map.getBoundsInLocal().getHeight() / 2);
        robot.drag(centre.add(-60, -40)).dropTo(centre.add(40, 30));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before[0], model.start()[0]);
        var picture = model.picture();
        for (var path : picture.paths()) {
            assertEquals(model.start()[0], path.get(0).x(), 1e-12, "every racer starts at the new point");
            assertEquals(10, path.size() - 1, "and has walked as far as before");
        }
        robot.type(KeyCode.RIGHT);
        assertEquals(11, model.picture().step(), "→ steps the surface view");
    }

    @Test
    void presenterKeysMoveBetweenStepsBlankAndEnd(FxRobot robot) {
        robot.clickOn("#lesson-7");   // gradient descent on one weight: three steps
        robot.type(KeyCode.F5);
        assertTrue(shell.presenter().presenting());
        assertTrue(shell.lab().view().largeTypeProperty().get(), "presenting is large type");
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(1, shell.lessons().pictureProperty().get().index());
        robot.type(KeyCode.RIGHT);
        assertEquals(1, shell.lessons().pictureProperty().get().index(), "→ stays the view's stepping key: it does not turn the page");
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(2, shell.lessons().pictureProperty().get().index());
        robot.type(KeyCode.PAGE_UP);
        assertEquals(1, shell.lessons().pictureProperty().get().index());
        robot.type(KeyCode.B);
        assertTrue(shell.blank(), "B blanks the screen");
        robot.type(KeyCode.B);
        assertTrue(!shell.blank());
        robot.type(KeyCode.N);
        assertTrue(robot.lookup("#notes-strip").tryQuery().isPresent(), "on one screen N shows the notes in a strip");
        assertTrue(robot.lookup(".lesson-panel").tryQuery().isPresent(), "and the text stays on the slide");
        robot.type(KeyCode.N);
        assertTrue(robot.lookup("#notes-strip").tryQuery().isEmpty(), "N again hides the strip");
        robot.type(KeyCode.N);
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#notes-strip").tryQuery().isEmpty(), "presenting ends with the strip");
        assertTrue(!shell.presenter().presenting());
        assertTrue(!shell.lab().view().largeTypeProperty().get(), "large type as it was before");
        assertTrue(robot.lookup(".lesson-panel").tryQuery().isPresent(), "the text is back");
    }

    /** Issue 16: F5 left "Large type: the settings panel is hidden…" on the status line for the whole lecture. */
    @Test
    void presentingLeavesNoPassingMessageOnTheStatusLineButKeepsAnError(FxRobot robot) {
        robot.clickOn("#free-play");
        robot.interact(() -> shell.lab().model().status().say("A narrow window: the settings panel steps aside."));
        robot.type(KeyCode.F5);
        assertTrue(shell.presenter().presenting());
        assertEquals("", shell.lab().model().status().messageProperty().get(), "a passing message goes when presenting starts");
        assertTrue(!shell.root().lookup("#status").isVisible(), "and the empty line gives its height to the view");
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> shell.lab().model().status().fail("net.yaml:3:1: bad number"));
        robot.type(KeyCode.F5);
        assertEquals("net.yaml:3:1: bad number", shell.lab().model().status().messageProperty().get(), "an error stays until it is dealt with");
        assertTrue(shell.root().lookup("#status").isVisible(), "and is shown");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void anyViewExportsAsAPngAtTwiceItsSize(FxRobot robot) throws Exception {
        robot.clickOn("#open-surfaces");
        Path png = home.resolve("surface.png");
        boolean[] ok = new boolean[1];
        robot.interact(() -> ok[0] = shell.exportPng(png));
        assertTrue(ok[0]);
        var image = ImageIO.read(png.toFile());
        var view = shell.surfaces();
        assertEquals(2 * (int) Math.ceil(view.getWidth()), image.getWidth(), 2);
        assertEquals(2 * (int) Math.ceil(view.getHeight()), image.getHeight(), 2);
    }

    @Test
    void aSessionOpensAgainExactly(FxRobot robot) throws Exception {
        robot.clickOn("#free-play");
        var model = shell.lab().model();
        robot.interact(() -> model.set(Settings.LEARNING_RATE, 0.3));
        robot.interact(shell.lab().training()::stepEpoch);
        robot.interact(shell.lab().training()::onFrame);   // the epoch ran at once on the test's executor; a frame shows it
        assertEquals(1, shell.lab().training().snapshotProperty().get().epoch());
        Path file = home.resolve("s.gradlab.yaml");
        robot.interact(() -> model.saveSession(file, shell.lab().training().history()));
        double weight = model.network().get("layers.0.weights[0,0]");
        robot.interact(model::newXorByHand);
        robot.interact(() -> model.openSession(file));
        robot.interact(shell.lab().training()::onFrame);
        assertEquals(weight, model.network().get("layers.0.weights[0,0]"));
        assertEquals(0.3, model.state().learningRate());
        assertEquals(1, shell.lab().training().snapshotProperty().get().epoch(), "the history goes on from where it was saved");
    }

    /** Headless Monocle has no SCENE3D: the 3-D view falls back to the projected wireframe, which draws. */
    @Test
    void theThreeDFallbackRendersUnderMonocle(FxRobot robot) {
        robot.clickOn("#open-surfaces");
        robot.clickOn("#surface-3d");
        var view = shell.surfaces().view3d();
        assertTrue(!view.isHardware(), "headless: no 3-D, the wireframe is used");
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = view.snapshot(null, null));
        var reader = shot[0].getPixelReader();
        int coloured = 0;
        for (int y = 0; y < shot[0].getHeight(); y += 2) {
            for (int x = 0; x < shot[0].getWidth(); x += 2) {
                var c = reader.getColor(x, y);
                if (c.getRed() + c.getGreen() + c.getBlue() < 2.7) coloured++;
            }
        }
        assertTrue(coloured > 500, "the wireframe drew " + coloured + " coloured pixels");
    }

    /** Lesson 5 locks structure and weights: the controls are visibly disabled and say why; free play unlocks them. */
    @Test
    void aStepsLocksDisableTheControlsUntilFreePlay(FxRobot robot) {
        robot.clickOn("#lesson-5");
        assertTrue(robot.lookup("#add-layer").query().isDisabled(), "structure locked");
        robot.clickOn(edge(0, 0, 0));
        assertTrue(robot.lookup("#weight-value").query().isDisabled(), "weights locked");
        assertTrue(robot.lookup("#weight-value").queryAs(TextField.class).getTooltip().getText().contains("locked by the lesson"));
        robot.clickOn(".lesson-panel .button");   // ☰ Lessons
        robot.clickOn("#free-play");
        assertTrue(!robot.lookup("#add-layer").query().isDisabled(), "free play locks nothing");
    }

    @Test
    void anExportNamedWithoutPngGetsIt(FxRobot robot) throws Exception {
        robot.clickOn("#free-play");
        boolean[] ok = new boolean[1];
        robot.interact(() -> ok[0] = shell.exportPng(home.resolve("export-lab")));
        assertTrue(ok[0]);
        assertTrue(Files.exists(home.resolve("export-lab.png")), "saved as export-lab.png");
        assertTrue(!Files.exists(home.resolve("export-lab")));
    }

    @Test
    void theStatusLineAndItsMessagesStayOutOfTheExport(FxRobot robot) throws Exception {
        robot.clickOn("#free-play");
        Path first = home.resolve("first.png"), second = home.resolve("second.png");
        robot.interact(() -> {
            shell.say("a passing message", false);
            shell.exportPng(first);
            shell.say("cannot write: another message altogether, in red", true);
            shell.exportPng(second);
        });
        assertTrue(Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(second)), "the status line's words are not in the picture");
        assertTrue(robot.lookup("#status").query().isVisible(), "and the status line is back on screen");
    }

    @Test
    void theExportDialogFitsA720PixelScreenAndOffersAPngName(FxRobot robot) {
        double[] height = new double[1];
        String[] name = new String[1];
        robot.interact(() -> {
            var dialog = ExportDialog.dialog(shell.root().getScene().getWindow(), "export-lab.png");
            height[0] = dialog.getDialogPane().prefHeight(-1);
            name[0] = ((TextField) dialog.getDialogPane().lookup("#export-file")).getText();
        });
        assertTrue(height[0] < 300, "the dialog is " + height[0] + " px tall");
        assertTrue(name[0].endsWith("export-lab.png"), name[0]);
    }

    @Test
    void inTheLabWithALessonOpenTheArrowsStepTheSampleWhilePresenting(FxRobot robot) {
        robot.clickOn("#lesson-1");
        robot.type(KeyCode.F5);
        assertEquals(Shell.Page.LAB, shell.page());
        robot.type(KeyCode.RIGHT);
        assertTrue(shell.lab().stepper().activeProperty().get(), "→ starts stepping the sample");
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.LEFT);
        assertEquals(0, shell.lessons().pictureProperty().get().index(), "and never turns the lesson's page");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void ctrlDigitsSwitchPagesWhilePresenting(FxRobot robot) {
        robot.clickOn("#free-play");
        robot.type(KeyCode.F5);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        assertEquals(Shell.Page.SURFACES, shell.page());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        assertEquals(Shell.Page.COMPARE, shell.page());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertEquals(Shell.Page.LAB, shell.page());
        assertTrue(shell.presenter().presenting(), "still presenting");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void escapePutsTheLayoutBackExactlyAsItWasBeforeF5(FxRobot robot) {
        robot.clickOn("#free-play");
        robot.interact(() -> shell.stage().setWidth(1200));   // narrow: the settings panel has stepped aside
        WaitForAsyncUtils.waitForFxEvents();
        var labRoot = (BorderPane) shell.lab().root();
        assertEquals(null, labRoot.getLeft(), "a narrow window hides the settings");
        double networkWidth = shell.lab().networkView().getWidth();
        robot.type(KeyCode.F5);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, labRoot.getLeft(), "the settings panel stays hidden, as before F5");
        assertEquals(networkWidth, shell.lab().networkView().getWidth(), 1, "the network keeps its width");
    }

    @Test
    void theFocusKeyLetsOneViewFillTheScreen(FxRobot robot) {
        robot.clickOn("#lesson-1");
        robot.type(KeyCode.F5);
        assertTrue(robot.lookup(".lesson-panel").tryQuery().isPresent());
        robot.type(KeyCode.F);
        assertTrue(robot.lookup(".lesson-panel").tryQuery().isEmpty(), "the lab alone");
        assertTrue(shell.lab().networkView().getScene() != null);
        robot.type(KeyCode.F);
        assertTrue(robot.lookup(".lesson-panel").tryQuery().isPresent(), "the lesson's text alone");
        assertTrue(shell.lab().networkView().getScene() == null);
        robot.type(KeyCode.F);
        assertTrue(shell.lab().networkView().getScene() != null && robot.lookup(".lesson-panel").tryQuery().isPresent(), "all again");
        robot.type(KeyCode.F);
        robot.type(KeyCode.ESCAPE);
        assertTrue(shell.lab().networkView().getScene() != null && robot.lookup(".lesson-panel").tryQuery().isPresent(), "Esc shows all again");
    }

    @Test
    void helpListsEveryKeyAndLargeTypeShowsF11(FxRobot robot) {
        var bar = (MenuBar) robot.lookup(".menu-bar").query();
        String help = bar.getMenus().stream().filter(m -> m.getText().equals("Help")).findFirst().orElseThrow()
                .getItems().stream().map(MenuItem::getText).reduce("", (a, b) -> a + "\n" + b);
        for (String key : new String[] {"Space", "→", "R", "Ctrl+Z", "Ctrl+1", "Ctrl+E", "Ctrl+Q", "F5", "F11", "PageDown", "B ", "N", "F"}) {
            assertTrue(help.contains("\n" + key), key + " is missing from Help:" + help);
        }
        var large = bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> "large-type".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("F11", large.getAccelerator().getDisplayText());
        var quit = bar.getMenus().get(0).getItems().stream().filter(i -> "quit".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("Ctrl+Q", quit.getAccelerator().getDisplayText(), "File → Quit, with its key");
    }

    /** Issue 18: File → Export training as GIF… asks for size, frame rate and epochs; Cancel closes it. */
    @Test
    void exportTrainingAsGifOpensTheGifDialog(FxRobot robot) {
        var bar = (MenuBar) robot.lookup(".menu-bar").query();
        var file = bar.getMenus().stream().filter(m -> m.getText().equals("File")).findFirst().orElseThrow();
        var gif = file.getItems().stream().filter(i -> "export-gif".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("Export training as GIF…", gif.getText());
        robot.interact(gif::fire);
        assertTrue(robot.lookup("#gif-steps").tryQuery().isPresent(), "the dialog is open");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "Epochs (one frame each)".equals(l.getText())));
        robot.clickOn("#gif-cancel");
        assertTrue(robot.lookup("#gif-steps").tryQuery().isEmpty(), "Cancel closed it");
    }

    /** Whether any layer's controls (− + and the activation) lie over a top neuron of the diagram, in the view's coordinates. */
    String controlsOverNeurons(NetworkView view) {
        int columns = shell.lab().model().network().depth() + 1;
        StringBuilder over = new StringBuilder();
        double r = view.radius();
        for (Node layer : view.getChildrenUnmodifiable()) {
            if (layer instanceof Canvas || !(layer instanceof Parent group)) continue;
            for (Node box : group.getChildrenUnmodifiable()) {
                if (!box.isVisible()) continue;
                Bounds b = layer.localToParent(box.getBoundsInParent());
                for (int column = 0; column < columns; column++) {
                    Point2D c = view.position(column, 0);
                    double x = Math.max(b.getMinX(), Math.min(c.getX(), b.getMaxX())), y = Math.max(b.getMinY(), Math.min(c.getY(), b.getMaxY()));
                    if (Math.hypot(c.getX() - x, c.getY() - y) < r) over.append("column ").append(column).append(": ").append(b).append(' ');
                }
            }
        }
        return over.toString();
    }

    /** F5 twice on the start page, with a lesson's lab out of view, left the diagram's controls over its top neurons. */
    @Test
    void afterPresentingFromTheStartPageTheLayerControlsStayClearOfTheNeurons(FxRobot robot) {
        robot.interact(() -> {
            shell.stage().setWidth(1280);
            shell.stage().setHeight(720);
        });
        robot.clickOn("#lesson-6");
        assertEquals("Backpropagation by hand", shell.lessons().lesson().title());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", controlsOverNeurons(shell.lab().networkView()), "as the lesson first opens");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        robot.type(KeyCode.F5);
        robot.type(KeyCode.F5);
        robot.clickOn("#lesson-6");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", controlsOverNeurons(shell.lab().networkView()), "after presenting from the start page");
    }
}
