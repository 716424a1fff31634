package gradlab.app.lab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.data.Dataset;
import gradlab.lab.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV file or a session is read and parsed by the worker the window hands over (its engine), and the lab
 * takes what was read on the screen's thread in one step, one undo step. The worker and the screen here are
 * queues the test runs by hand: nothing waits, nothing sleeps.
 */
class FileReadingTest {
    private final Deque<Runnable> worker = new ArrayDeque<>(), screen = new ArrayDeque<>();
    private final LabModel lab = new LabModel();

    {
        lab.readFilesOn(worker::add, screen::add);
    }

    private static void runAll(Deque<Runnable> queue) {
        while (!queue.isEmpty()) queue.poll().run();
    }

    private static Path csv(Path dir, String text) throws Exception {
        Path file = dir.resolve("points.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aCsvIsReadOnTheWorkerAndTakenOnTheScreenInOneStep(@TempDir Path dir) throws Exception {
        Path file = csv(dir, "x1,x2,label\n0,0,0\n1,1,1\n0,1,1\n1,0,0\n2,2,1\n");
        Dataset before = lab.dataset();
        long changes = lab.changeProperty().get().version();
        lab.loadCsv(file);
        assertEquals("Reading points.csv …", lab.status().messageProperty().get(), "the status line says it reads");
        assertSame(before, lab.dataset(), "nothing changes while the file is read");
        assertEquals(1, worker.size());
        runAll(worker);
        assertSame(before, lab.dataset(), "the worker only reads: the lab is the screen's");
        assertEquals(changes, lab.changeProperty().get().version());
        runAll(screen);
        assertEquals(5, lab.dataset().size());
        assertEquals(changes + 1, lab.changeProperty().get().version(), "one change for the followers");
        assertEquals(5, lab.split().training().size() + lab.split().validation().size());
        assertEquals("Loaded 5 samples from points.csv", lab.status().messageProperty().get());
        lab.undo();
        assertSame(before, lab.dataset(), "one undo step brings the old data back");
    }

    @Test
    void aBrokenFileChangesNothingAndSaysWhere(@TempDir Path dir) throws Exception {
        Path file = csv(dir, "x1,x2,label\n0,0,0\n1,oops,1\n");
        Dataset before = lab.dataset();
        boolean couldUndo = lab.canUndoProperty().get();
        lab.loadCsv(file);
        runAll(worker);
        runAll(screen);
        assertSame(before, lab.dataset());
        assertEquals(couldUndo, lab.canUndoProperty().get(), "no undo step for a file that was not taken");
        assertTrue(lab.status().errorProperty().get());
        assertEquals(file + ":3:3: 'oops' in column x2 is not a number", lab.status().messageProperty().get());
    }

    @Test
    void aSessionOpensOnTheWorkerAndThenTellsItsCaller(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.gradlab.yaml");
        lab.set(Settings.LEARNING_RATE, 0.3);
        List<String> told = new ArrayList<>();
        lab.saveSession(file, List.of(), ok -> told.add("saved " + ok));
        lab.set(Settings.LEARNING_RATE, 0.1);   // after the click: not in the file (the lab keeps it through XOR by hand)
        runAll(worker);
        assertEquals(List.of(), told, "written on the worker, told on the FX thread");
        runAll(screen);
        assertEquals(List.of("saved true"), told);
        told.clear();
        Dataset saved = lab.dataset();
        lab.newXorByHand();
        lab.openSession(file, () -> told.add("opened"));
        runAll(worker);
        assertEquals(List.of(), told, "not before the lab has it");
        assertEquals(4, lab.dataset().size(), "still the truth table");
        runAll(screen);
        assertEquals(List.of("opened"), told);
        assertEquals(0.3, lab.state().learningRate());
        assertEquals(saved.size(), lab.dataset().size());
        assertEquals(lab.dataset().size(), lab.split().training().size() + lab.split().validation().size());

        Files.writeString(file, Files.readString(file).replace("gradlab-session: 2", "gradlab-session: 2\nstray: 1"));
        lab.openSession(file, () -> told.add("opened a broken file"));
        runAll(worker);
        runAll(screen);
        assertEquals(List.of("opened"), told, "a broken file is not opened");
        assertTrue(lab.status().messageProperty().get().startsWith(file + ":2:"), lab.status().messageProperty().get());
    }

    /** The split made on the worker is the one the lab would make itself; a setting changed meanwhile is followed. */
    @Test
    void theSplitMadeOnTheWorkerIsTheLabsOwn(@TempDir Path dir) throws Exception {
        StringBuilder text = new StringBuilder("x1,label\n");
        for (int i = 0; i < 50; i++) text.append(i).append(',').append(i % 2).append('\n');
        Path file = csv(dir, text.toString());
        lab.set(Settings.VALIDATION, 0.2);
        lab.loadCsv(file);
        runAll(worker);
        runAll(screen);
        Dataset.Split expected = lab.dataset().split(0.2, lab.state().dataSeed());
        assertEquals(expected.heldOut(), lab.split().heldOut());

        lab.loadCsv(file);
        runAll(worker);
        lab.set(Settings.VALIDATION, 0.4);   // while the file was read
        runAll(screen);
        assertEquals(20, lab.split().validation().size(), "split as the settings say when the data is taken");
        assertFalse(lab.status().errorProperty().get());
    }
}
