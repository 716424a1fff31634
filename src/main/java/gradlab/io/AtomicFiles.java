package gradlab.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that a crash leaves either the old file or the new one, never half of one: the text
 * goes to a temporary file beside the target ({@code .NAME.tmp-PID}), is forced to disk, and is renamed
 * over the target. Only a regular file or a new name is written: a device or a pipe is left alone. An
 * overwritten file keeps its permissions. Temporary files left by a killed run
 * (their process is gone) are removed by the next save.
 */
public final class AtomicFiles {
    private static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.tmp-(\\d+)");

    private AtomicFiles() {}

    /**
     * Why {@code target} cannot be written, checked before any long work so that a bad path is said at
     * once; empty when it looks writable. Missing folders are a problem unless {@code makeFolders}.
     */
    public static Optional<String> problemWith(Path target, boolean makeFolders) {
        if (target.toString().isEmpty()) return Optional.of("no file name given");
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) return Optional.of("'" + target + "' is a folder; give a file name");
        if (!replaceable(absolute)) return Optional.of(notAFile(target));
        Path dir = absolute.getParent();
        if (dir == null) return Optional.of("'" + target + "' is not a file name");
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing != null && !Files.isDirectory(existing)) return Optional.of("'" + existing + "' is a file, not a folder");
        if (existing != dir && !makeFolders) return Optional.of("the folder '" + dir + "' does not exist");
        if (existing != null && !Files.isWritable(existing)) return Optional.of("cannot write in the folder '" + existing + "' (permission denied)");
        if (Files.exists(absolute) && !Files.isWritable(absolute)) return Optional.of("'" + target + "' is read-only");
        return Optional.empty();
    }

    /** Writes {@code text} as UTF-8 to {@code target}, whose folder must exist. */
    public static void writeString(Path target, String text) throws IOException {
        writeString(target, text, false);
    }

    public static void writeString(Path target, String text, boolean makeFolders) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        if (dir == null || absolute.getFileName() == null) throw new IOException("'" + target + "' is not a file name");
        if (!replaceable(absolute)) throw new IOException(notAFile(target));
        if (makeFolders) Files.createDirectories(dir);
        String name = absolute.getFileName().toString();
        removeStaleTemporaries(dir, name);
        Path temp = dir.resolve("." + name + ".tmp-" + ProcessHandle.current().pid());
        Set<PosixFilePermission> mode = permissionsOf(absolute);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) channel.write(bytes);
                channel.force(true);   // the data is on disk before the rename makes it the file
            }
            if (mode != null) Files.setPosixFilePermissions(temp, mode);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Whether a save may put a new file at {@code target}: nothing is there, or a regular file is. A
     * device or a pipe is never replaced (saving onto /dev/null must not put a file in its place).
     */
    static boolean replaceable(Path target) {
        return !Files.exists(target) || Files.isRegularFile(target);
    }

    private static String notAFile(Path target) {
        return "'" + target + "' is not a regular file (a device, a pipe or a socket); save to a file";
    }

    private static Set<PosixFilePermission> permissionsOf(Path file) {
        try {
            return Files.exists(file) ? Files.getPosixFilePermissions(file) : null;
        } catch (IOException | UnsupportedOperationException e) {
            return null;   // not a POSIX file system: the new file gets the default mode
        }
    }

    /** Deletes {@code .NAME.tmp-PID} files whose process no longer runs: left by a run that was killed. */
    static void removeStaleTemporaries(Path dir, String name) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "." + globEscape(name) + ".tmp-*")) {
            for (Path entry : entries) {
                Matcher m = TEMPORARY.matcher(entry.getFileName().toString());
                if (!m.matches() || !m.group(1).equals(name)) continue;
                long pid;
                try {
                    pid = Long.parseLong(m.group(2));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                Files.deleteIfExists(entry);
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is a courtesy; the save itself goes on
        }
    }

    private static String globEscape(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    private static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);   // the rename itself survives a power cut
        } catch (IOException | RuntimeException e) {
            // some file systems cannot open a folder; the file's own data is already forced
        }
    }
}
