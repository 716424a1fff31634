package gradlab.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course packed in the jar is unpacked into the home folder once per jar, not at every start. */
class LessonLibraryTest {
    private static Path jar(Path dir, String lesson) throws IOException {
        Path jar = dir.resolve("gradlab.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("gradlab/lessons/01-neuron.md"));
            out.write(lesson.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private static URI course(Path jar) {
        return URI.create("jar:" + jar.toUri() + "!/gradlab/lessons");
    }

    @Test
    void theSameJarIsUnpackedOnceAndANewOneAgain(@TempDir Path dir) throws IOException {
        Path jar = jar(dir, "# The neuron\n"), home = dir.resolve("home");
        Path lesson = home.resolve("01-neuron.md");

        assertTrue(LessonLibrary.unpack(course(jar), home), "the first start copies the course");
        assertEquals("# The neuron\n", Files.readString(lesson));

        Files.writeString(lesson, "# A lecturer's edit\n");
        assertFalse(LessonLibrary.unpack(course(jar), home), "the same jar again: nothing to copy");
        assertEquals("# A lecturer's edit\n", Files.readString(lesson));

        jar(dir, "# The neuron, second edition\n");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        assertTrue(LessonLibrary.unpack(course(jar), home), "a new build of the program brings its course");
        assertEquals("# The neuron, second edition\n", Files.readString(lesson));
    }

    @Test
    void aCourseInAFolderIsCopiedAsItIs(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("lessons"));
        Files.writeString(folder.resolve("01-neuron.md"), "# The neuron\n");
        assertTrue(LessonLibrary.unpack(folder.toUri(), dir.resolve("home")));
        assertEquals("# The neuron\n", Files.readString(dir.resolve("home").resolve("01-neuron.md")));
    }
}
