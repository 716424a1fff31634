package gradlab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A lesson's files live in its own folder: lesson folders are shared between lecturers, so a network, a
 * data file or a picture a lesson names must be inside the folder of its .md file. An absolute path, a
 * {@code ..} that climbs out, or a symbolic link that leads out is refused before anything is read, and
 * the reason quotes only what the lesson wrote, never what the file holds (nor whether it exists).
 */
public final class LessonFolder {
    private LessonFolder() {}

    /**
     * The file {@code written} (as the lesson wrote it, relative to the .md file) names inside {@code folder};
     * IllegalArgumentException saying why when it would leave the folder.
     */
    public static Path resolve(Path folder, String written) {
        String name = written == null ? "" : written.trim();
        if (name.isEmpty()) throw new IllegalArgumentException("no file named");
        if (name.startsWith("/") || name.startsWith("\\") || name.startsWith("~") || name.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException("'" + name + "' is an absolute path; name a file in the lesson's own folder, relative to the lesson");
        }
        Path relative;
        try {
            relative = Path.of(name);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + name + "' is not a file name");
        }
        if (relative.isAbsolute()) {
            throw new IllegalArgumentException("'" + name + "' is an absolute path; name a file in the lesson's own folder, relative to the lesson");
        }
        Path dir = folder.toAbsolutePath().normalize();
        Path target = dir.resolve(relative).normalize();
        if (!target.startsWith(dir) || target.equals(dir)) {
            throw new IllegalArgumentException("'" + name + "' leads out of the lesson's folder; a lesson's files must be inside its own folder");
        }
        Path realDir = real(dir);
        Path step = dir;   // every link on the way is followed on paper first: nothing outside is touched
        for (Path part : dir.relativize(target)) {
            step = step.resolve(part);
            if (Files.isSymbolicLink(step)) {
                Path to;
                try {
                    to = step.getParent().resolve(Files.readSymbolicLink(step)).normalize();
                } catch (IOException | UnsupportedOperationException e) {
                    throw new IllegalArgumentException("'" + name + "' cannot be followed");
                }
                if (!to.startsWith(dir) && !to.startsWith(realDir)) throw leaves(name);
            }
        }
        if (Files.exists(target)) {
            Path real = real(target);
            boolean unresolved = real == target;   // toRealPath failed: judge it on paper, as above
            if (!real.startsWith(realDir) && !(unresolved && real.startsWith(dir))) throw leaves(name);
        }
        return target;
    }

    private static IllegalArgumentException leaves(String name) {
        return new IllegalArgumentException("'" + name + "' is a symbolic link that leaves the lesson's folder; a lesson's files must be inside its own folder");
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }
}
