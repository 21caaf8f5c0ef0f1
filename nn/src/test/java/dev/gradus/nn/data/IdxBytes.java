package dev.gradus.nn.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Builds small IDX files byte by byte, valid or broken, for the reader's tests. */
final class IdxBytes {
    static final int COUNT = 6;
    static final int ROWS = 3;
    static final int COLS = 5;
    static final int[] LABELS = {3, 1, 4, 1, 5, 9};

    private IdxBytes() {}

    /** Six 3 x 5 images whose pixel k of image i is (40 i + 17 k) mod 256: every byte value class occurs. */
    static byte[] images() {
        byte[] pixels = new byte[COUNT * ROWS * COLS];
        for (int i = 0; i < COUNT; i++) {
            for (int k = 0; k < ROWS * COLS; k++) {
                pixels[i * ROWS * COLS + k] = (byte) (40 * i + 17 * k);
            }
        }
        return concat(header(IdxReader.IMAGES_MAGIC, COUNT, ROWS, COLS), pixels);
    }

    static byte[] labels(int... labels) {
        byte[] bytes = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            bytes[i] = (byte) labels[i];
        }
        return concat(header(IdxReader.LABELS_MAGIC, labels.length), bytes);
    }

    static byte[] labels() {
        return labels(LABELS);
    }

    static byte[] header(int... ints) {
        ByteBuffer b = ByteBuffer.allocate(4 * ints.length);
        for (int i : ints) {
            b.putInt(i);
        }
        return b.array();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
