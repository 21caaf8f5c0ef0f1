package dev.gradus.nn.data;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The decoded bytes of one data file, gunzipped when they start with gzip's magic bytes (the file
 * name is not trusted: {@code .gz} files get unpacked and renamed, raw files get compressed), with
 * every I/O failure turned into a {@link DataSetException} that names the file.
 *
 * <p>It also bounds how many bytes the file can possibly deliver: its size when raw, 1032 times
 * its size when gzipped (deflate's largest expansion: a 258-byte match costs at least two bits).
 * A reader checks a header's promised length against this bound before it allocates, so a
 * corrupt header that claims gigabytes costs a quick count of the bytes actually there, not an
 * {@link OutOfMemoryError}.
 */
final class DataStream implements AutoCloseable {
    static final int BUFFER_SIZE = 1 << 16;
    private static final long MAX_DEFLATE_EXPANSION = 1032;

    private final String name;
    private final InputStream in;
    private final long maxBytes;
    private long position;

    private DataStream(String name, InputStream in, long maxBytes) {
        this.name = name;
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Wraps {@code raw}, whose stored size is {@code size} bytes (-1 when unknown). */
    static DataStream of(String name, InputStream raw, long size) throws DataSetException {
        BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER_SIZE);
        try {
            buffered.mark(2);
            boolean gzip = buffered.read() == 0x1F && buffered.read() == 0x8B;
            buffered.reset();
            if (!gzip) {
                return new DataStream(name, buffered, size < 0 ? Long.MAX_VALUE : size);
            }
            long bound = size < 0 || size > Long.MAX_VALUE / MAX_DEFLATE_EXPANSION
                    ? Long.MAX_VALUE : size * MAX_DEFLATE_EXPANSION;
            return new DataStream(name, new GZIPInputStream(buffered, BUFFER_SIZE), bound);
        } catch (IOException e) {
            closeQuietly(buffered);
            throw failure(name, e);
        }
    }

    String name() {
        return name;
    }

    /** Decoded bytes delivered so far. */
    long position() {
        return position;
    }

    /** False when the file cannot hold {@code totalBytes} decoded bytes, whatever its header says. */
    boolean mayHold(long totalBytes) {
        return totalBytes <= maxBytes;
    }

    /** Reads up to {@code length} bytes; fewer only at the end of the data. */
    int read(byte[] buffer, int offset, int length) throws DataSetException {
        try {
            int n = in.readNBytes(buffer, offset, length);
            position += n;
            return n;
        } catch (IOException e) {
            throw failure(name, e);
        }
    }

    /** Reads and discards the rest of the data, and tells how many bytes it was. */
    long skipRest() throws DataSetException {
        try {
            long n = in.transferTo(OutputStream.nullOutputStream());
            position += n;
            return n;
        } catch (IOException e) {
            throw failure(name, e);
        }
    }

    /** The data as text; its I/O errors go through {@link #failure(String, IOException)}. */
    BufferedReader reader() {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER_SIZE);
    }

    /** A problem with this file's content. */
    DataSetException error(String problem) {
        return new DataSetException(name + ": " + problem);
    }

    /** A problem on one line of a text file, reported as {@code name:line: problem}. */
    DataSetException error(int line, String problem) {
        return new DataSetException(name + ":" + line + ": " + problem);
    }

    /** The one-line message for an I/O failure while reading {@code name}. */
    static DataSetException failure(String name, IOException e) {
        String problem;
        if (e instanceof ZipException) {
            problem = "corrupt gzip stream (" + e.getMessage() + ")";
        } else if (e instanceof EOFException) {
            // Only the gzip layer throws it: the raw reads here report the end by their count.
            problem = "truncated gzip stream";
        } else if (e instanceof NoSuchFileException) {
            problem = "no such file";
        } else if (e instanceof AccessDeniedException) {
            problem = "permission denied";
        } else {
            problem = "cannot read (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
        }
        return new DataSetException(name + ": " + problem, e);
    }

    /** Closing a stream that was only read cannot lose data, so a failure to close is ignored. */
    @Override
    public void close() {
        closeQuietly(in);
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // nothing was written, nothing can be lost
        }
    }
}
