package gradlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gradlab.io.InputError;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A lesson reads files from its own folder only, and an error about any other file quotes nothing of it. */
class LessonFolderTest {
    static final String NET = "inputs: 2\nlayers:\n  - {units: 1, activation: step, weights: [[0, 0]], biases: [0]}\n";
    @TempDir Path root;
    Path folder;

    @BeforeEach
    void shareAFolderBesideSecrets() throws Exception {
        folder = Files.createDirectories(root.resolve("shared/lessons"));
        Files.writeString(root.resolve("secret.yaml"), "inputs: hunter2-SECRET\nlayers: []\n");
        Files.writeString(root.resolve("secret.csv"), "x1,api_token\n1,s3cr3t-T0KEN-value\n");
        Files.writeString(folder.resolve("net.yaml"), NET);
        Files.createDirectories(folder.resolve("networks"));
        Files.writeString(folder.resolve("networks/inner.yaml"), NET);
    }

    Path lesson(String labLine) throws Exception {
        Path file = folder.resolve("lesson.md");
        Files.writeString(file, "---\ntitle: T\n---\n## Step\n```lab\n" + labLine + "\n```\n");
        return file;
    }

    InputError refused(String labLine) throws Exception {
        Path file = lesson(labLine);
        InputError e = assertThrows(InputError.class, () -> LessonFile.load(file));
        String said = e.getMessage();
        assertFalse(said.contains("hunter2") || said.contains("s3cr3t") || said.contains("api_token") || said.contains("root:"), said);
        assertTrue(said.startsWith(file + ":6:1: "), "located at the key in the .md: " + said);
        return e;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "climbing out         | 'network: ../../secret.yaml'       | leads out of the lesson's folder",
            "climbing out inside  | 'network: networks/../../../secret.yaml' | leads out of the lesson's folder",
            "csv climbing out     | 'data: ../../secret.csv'           | leads out of the lesson's folder",
            "/etc/passwd          | 'network: /etc/passwd'             | is an absolute path",
            "home folder          | 'network: ~/secret.yaml'           | is an absolute path",
    })
    void aPathOutOfTheFolderIsALocatedErrorThatQuotesNothingOfTheFile(String what, String line, String reason) throws Exception {
        assertTrue(refused(line).problem().contains(reason), what);
    }

    @Test
    void anAbsolutePathIsRefusedEvenWhenItPointsIntoTheFolder() throws Exception {
        assertTrue(refused("network: " + folder.resolve("net.yaml").toAbsolutePath()).problem().contains("is an absolute path"));
    }

    @Test
    void aSymbolicLinkThatLeavesTheFolderIsRefusedWhetherItIsAFileOrAFolder() throws Exception {
        Files.createSymbolicLink(folder.resolve("link.yaml"), root.resolve("secret.yaml"));
        assertTrue(refused("network: link.yaml").problem().contains("symbolic link that leaves the lesson's folder"));
        Files.createSymbolicLink(folder.resolve("data.csv"), root.resolve("secret.csv"));
        assertTrue(refused("data: data.csv").problem().contains("symbolic link that leaves"));
        Files.createSymbolicLink(folder.resolve("up"), root);
        assertTrue(refused("network: up/secret.yaml").problem().contains("symbolic link that leaves"));
        Files.createSymbolicLink(folder.resolve("gone.yaml"), root.resolve("no-such-file.yaml"));
        assertTrue(refused("network: gone.yaml").problem().contains("symbolic link that leaves"), "whether or not its target exists");
    }

    @Test
    void filesInsideTheFolderAndLinksThatStayInsideAreRead() throws Exception {
        Files.createSymbolicLink(folder.resolve("alias.yaml"), folder.resolve("networks/inner.yaml"));
        for (String line : new String[] {"network: net.yaml", "network: networks/inner.yaml", "network: networks/../net.yaml", "network: alias.yaml"}) {
            Lesson l = LessonFile.load(lesson(line));
            assertTrue(l.steps().get(0).lab().network().startsWith(folder.toAbsolutePath()), line);
        }
        assertEquals(folder.toAbsolutePath().resolve("net.yaml"), LessonFolder.resolve(folder, "./net.yaml"));
    }

    @Test
    void aFolderThatIsItselfALinkStillReadsItsOwnFiles() throws Exception {
        Path linked = Files.createSymbolicLink(root.resolve("linked-lessons"), folder);
        Files.writeString(folder.resolve("lesson.md"), "---\ntitle: T\n---\n## Step\n```lab\nnetwork: net.yaml\n```\n");
        assertTrue(LessonFile.load(linked.resolve("lesson.md")).steps().get(0).lab().network().endsWith("net.yaml"));
    }
}
