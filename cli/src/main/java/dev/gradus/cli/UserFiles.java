package dev.gradus.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Files named on the command line. One that a command writes when its work is done is checked
 * before the work starts, so that a long training run does not end in "cannot write"; a failure
 * to read or write one is told in words, since an {@link IOException}'s own message is often just
 * a path.
 */
public final class UserFiles {
    private UserFiles() {}

    /** Why a file cannot be written at this path, if it can't: its folder is missing, or it is a folder. */
    public static Optional<String> whyNotWritable(Path file) {
        if (Files.isDirectory(file)) {
            return Optional.of(file + " is a folder");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.exists(folder)) {
            return Optional.of("the folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            return Optional.of(folder + " is a file, not a folder");
        }
        if (!Files.isWritable(folder)) {
            return Optional.of("the folder " + folder + " is not writable");
        }
        return Optional.empty();
    }

    /**
     * Writes the file whole or not at all: to a temporary file beside it, then moved into place, so
     * that a crash or Ctrl-C mid-write leaves the previous version, never half of a new one.
     */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".part");
        try {
            Files.write(temporary, content);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * What went wrong with {@code subject}, in words: the kind of file-system error, and the path
     * it names when that is another one (a folder on the way, a temporary file).
     */
    public static String reason(IOException e, Path subject) {
        String kind;
        if (e instanceof NoSuchFileException) {
            kind = "no such file or folder";
        } else if (e instanceof AccessDeniedException) {
            kind = "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            kind = "a file is in the way";
        } else if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            kind = f.getReason().toLowerCase(Locale.ROOT);
        } else {
            return e.getMessage();
        }
        String path = ((FileSystemException) e).getFile();
        return path == null || path.equals(subject.toString()) ? kind : kind + ": " + path;
    }
}
