package gradlab.app.lesson;

import gradlab.io.InputError;
import gradlab.lesson.Lesson;
import gradlab.lesson.LessonFile;
import gradlab.lesson.LessonFolder;
import gradlab.lesson.Lint;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds and loads lessons: the course in {@code lessons/} beside the program (or, run from anywhere,
 * the copy packed into the jar, unpacked once into the home folder), and any folder a lecturer opens.
 */
public final class LessonLibrary {
    /** Lessons that loaded, and one line for each file that did not. */
    public record Loaded(List<Lesson> lessons, List<String> problems) {}

    private LessonLibrary() {}

    /** The course folder: ./lessons when it is there, else the jar's copy unpacked into ~/.gradlab/lessons. */
    public static Path courseFolder() {
        Path local = Path.of("lessons");
        if (Files.isDirectory(local)) return local;
        Path unpacked = Path.of(System.getProperty("gradlab.home", System.getProperty("user.home")), ".gradlab", "lessons");
        try {
            var url = LessonLibrary.class.getResource("/gradlab/lessons");
            if (url == null) return local;
            unpack(url.toURI(), unpacked);
            return unpacked;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return local;
        }
    }

    /** The file beside an unpacked course that says which jar it came from. */
    static final String STAMP = ".unpacked-from";

    /**
     * Copies the course at {@code course} (a folder, or a folder inside a jar) into {@code to}. From a jar it notes the
     * jar beside the copy, so a later start of the same jar finds its course there and skips the copy (opening the jar
     * as a file system and copying every lesson took a tenth of the window's start-up); another jar (a new version)
     * copies again. Returns whether it copied.
     */
    static boolean unpack(URI course, Path to) throws IOException {
        if (!course.getScheme().equals("jar")) {
            copyTree(Path.of(course), to);
            return true;
        }
        String stamp = jarStamp(course);
        if (unpackedFrom(to).equals(stamp)) return false;
        try (FileSystem jar = FileSystems.newFileSystem(course, Map.of())) {
            String spec = course.getSchemeSpecificPart();
            copyTree(jar.getPath(spec.substring(spec.indexOf("!/") + 1)), to);
        }
        Files.writeString(to.resolve(STAMP), stamp);
        return true;
    }

    /** The stamp of the jar the course in {@code folder} was unpacked from; "" when there is none. */
    private static String unpackedFrom(Path folder) {
        try {
            return Files.readString(folder.resolve(STAMP));
        } catch (IOException e) {
            return "";
        }
    }

    /** The jar's path, size and time of change: another build of the program differs in one of them. */
    private static String jarStamp(URI uri) {
        String spec = uri.getSchemeSpecificPart();
        int bang = spec.indexOf("!/");
        try {
            Path jar = Path.of(URI.create(bang < 0 ? spec : spec.substring(0, bang)));
            return jar.toAbsolutePath() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException | RuntimeException e) {
            return "unknown " + System.nanoTime();   // never matches: the course is copied as before
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    try (InputStream in = Files.newInputStream(f)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    public static Loaded load(Path folder) {
        List<Lesson> lessons = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            for (Path file : Lint.lessonFiles(folder)) {
                try {
                    LessonFolder.resolve(folder, file.getFileName().toString());
                } catch (IllegalArgumentException outside) {   // a shared folder's link to a file elsewhere is not read
                    problems.add(file + ": " + outside.getMessage());
                    continue;
                }
                LessonFile.Read read = LessonFile.read(file);
                if (read.lesson() != null) lessons.add(read.lesson());
                for (InputError e : read.errors()) problems.add(e.getMessage());
            }
        } catch (IOException e) {
            problems.add(folder + ": cannot read the folder");
        }
        return new Loaded(LessonModel.sorted(lessons), problems);
    }
}
