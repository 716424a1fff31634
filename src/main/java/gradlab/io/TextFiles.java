package gradlab.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the program's input files (networks, data, lessons) as text, with every way that can fail said
 * in one located line. A file is never read whole before its size is known, so a huge file is refused
 * instead of filling the memory.
 */
public final class TextFiles {
    /** The largest input file read, in bytes: every network the program can save is smaller (see NetworkFile). */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private TextFiles() {}

    /**
     * The text of {@code file}, without a leading UTF-8 byte-order mark. A missing, unreadable, oversized
     * or non-UTF-8 file, a folder, a device or a pipe is an {@link InputError} at {@code FILE:1:1}.
     */
    public static String read(Path file) throws InputError {
        String name = file.toString();
        if (name.isEmpty()) throw new InputError("(empty file name)", 1, 1, "no file name given");
        try {
            Optional<String> notAFile = kindProblem(file);
            if (notAFile.isPresent()) throw new InputError(name, 1, 1, notAFile.get());
            long size = Files.size(file);
            if (size > MAX_BYTES) throw tooLarge(name, size);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);   // never more, even if the file grows while it is read
            }
            if (bytes.length > MAX_BYTES) throw tooLarge(name, bytes.length);
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new InputError(name, 1, 1, "no such file");
        } catch (AccessDeniedException e) {
            throw new InputError(name, 1, 1, "cannot read: permission denied");
        } catch (CharacterCodingException e) {
            throw new InputError(name, 1, 1, "not a UTF-8 text file");
        } catch (IOException e) {
            throw new InputError(name, 1, 1, "cannot read: " + reason(e));
        }
    }

    /**
     * {@code name} as a path, or an {@link InputError} from {@code source} (the option that gave it)
     * when this system cannot take it as a file name, e.g. because it holds a NUL character.
     */
    public static Path path(String source, String name) throws InputError {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw InputError.option(source, "'" + name + "' " + notAFileName(name, e));
        }
    }

    /** Why {@code name} is refused as a file name, e.g. "is not a file name: it holds a NUL character (character 2)". */
    public static String notAFileName(String name, InvalidPathException e) {
        String why = name.indexOf('\0') >= 0 ? "it holds a NUL character" : String.valueOf(e.getReason());
        return "is not a file name: " + why + (e.getIndex() >= 0 ? " (character " + (e.getIndex() + 1) + ")" : "");
    }

    /**
     * Why {@code file} cannot be read as a file: a folder, or not a regular file at all (a device such as
     * /dev/zero, a named pipe, a socket), which would be read until memory runs out or forever. Empty for
     * a regular file (a symbolic link counts as what it points to) and for a name that does not exist.
     * Every reader of the program's input files asks this before it opens one.
     */
    public static Optional<String> kindProblem(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (attributes.isDirectory()) return Optional.of("is a folder, not a file");
        if (!attributes.isRegularFile()) return Optional.of("is not a regular file (a device, a pipe or a socket); only files are read");
        return Optional.empty();
    }

    private static InputError tooLarge(String name, long size) {
        return new InputError(name, 1, 1, "the file is " + megabytes(size) + "; files above " + megabytes(MAX_BYTES) + " are not read");
    }

    /** What went wrong with a file operation, in words, never just a path. */
    public static String reason(IOException e) {
        String kind = switch (e.getClass().getSimpleName()) {
            case "NoSuchFileException" -> "no such file or folder";
            case "AccessDeniedException" -> "permission denied";
            case "FileSystemException" -> "file system error";
            case "NotDirectoryException" -> "not a folder";
            case "DirectoryNotEmptyException" -> "folder not empty";
            case "FileAlreadyExistsException" -> "already exists";
            default -> e.getClass().getSimpleName().replace("Exception", "").toLowerCase(Locale.ROOT);
        };
        String detail = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        return detail == null || detail.isBlank() ? kind : kind.equals("file system error") ? detail : kind + " (" + detail + ")";
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
