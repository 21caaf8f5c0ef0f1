package dev.gradus.nn.data;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads MNIST-format (IDX) image and label files, raw or gzipped, into a {@link DataSet}:
 * MNIST, Fashion-MNIST, KMNIST and the rest of the family.
 *
 * <p>The format: a big-endian header, then unsigned bytes. Images: magic number 0x00000803
 * (unsigned bytes, three dimensions), the count, rows, columns, then count x rows x columns pixels
 * row by row. Labels: magic number 0x00000801 (unsigned bytes, one dimension), the count, then one
 * byte per label.
 *
 * <p>Everything is checked: the magic numbers (swapped files are recognised), plausible dimensions
 * (1 to 10,000,000 items of at most 4096 x 4096 pixels), a label in 0..9 for every image, and an
 * exact length: a truncated file and one with bytes after the data are both rejected, with the
 * expected and the found lengths. The labels are read first, so that a count mismatch is found
 * before the images are.
 *
 * <p>Pixels go from a 64 KiB buffer straight into the data set's one {@code double[]}, scaled to
 * [0, 1] by a table of k/255: no second copy of the images exists at any time, and 60,000
 * Fashion-MNIST images take well under a second, mostly gunzipping.
 */
public final class IdxReader {
    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;
    static final int MAX_ITEMS = 10_000_000;
    static final int MAX_SIDE = 4096;
    /** The largest array most JVMs allocate. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private static final int IMAGES_HEADER = 16;
    private static final int LABELS_HEADER = 8;
    private static final double[] PIXEL = new double[256];

    static {
        for (int k = 0; k < PIXEL.length; k++) {
            PIXEL[k] = k / 255.0;
        }
    }

    private IdxReader() {}

    /**
     * Reads paired image and label files (each raw or gzipped, told apart by content) as a data
     * set called {@code name}.
     *
     * @throws DataSetException when a file is missing, unreadable or not exactly in the format, or
     *     when the two counts differ
     */
    public static DataSet read(String name, Path images, Path labels) throws DataSetException {
        return read(name, Source.file(images), Source.file(labels));
    }

    static DataSet read(String name, Source images, Source labels) throws DataSetException {
        int[] y = readLabels(labels);
        try (DataStream in = images.open()) {
            int[] header = header(in, IMAGES_MAGIC, IMAGES_HEADER);
            long count = Integer.toUnsignedLong(header[1]);
            long rows = Integer.toUnsignedLong(header[2]);
            long cols = Integer.toUnsignedLong(header[3]);
            if (count < 1 || count > MAX_ITEMS || rows < 1 || rows > MAX_SIDE || cols < 1 || cols > MAX_SIDE) {
                throw in.error(String.format(Locale.ROOT,
                        "implausible header: %d images of %d x %d, expected 1 to %d images of at most %d x %d",
                        count, rows, cols, MAX_ITEMS, MAX_SIDE, MAX_SIDE));
            }
            if (count != y.length) {
                throw in.error(count + " images but " + labels.name() + " has " + y.length + " labels");
            }
            String content = count + " images of " + rows + " x " + cols;
            long values = count * rows * cols;
            if (values > MAX_ARRAY) {
                throw in.error(content + " are more values than one array holds (" + MAX_ARRAY + ")");
            }
            long heap = Runtime.getRuntime().maxMemory();
            if (values * Double.BYTES > heap) {
                throw in.error(String.format(Locale.ROOT,
                        "%s need %d MB as doubles, more than this JVM's maximum heap of %d MB (raise -Xmx)",
                        content, (values * Double.BYTES) >> 20, heap >> 20));
            }
            double[] x = readPixels(in, (int) values, "a 16-byte header and " + content);
            return new DataSet(name, x, y, (int) rows, (int) cols);
        }
    }

    private static int[] readLabels(Source source) throws DataSetException {
        try (DataStream in = source.open()) {
            long count = Integer.toUnsignedLong(header(in, LABELS_MAGIC, LABELS_HEADER)[1]);
            if (count < 1 || count > MAX_ITEMS) {
                throw in.error("implausible header: " + count + " labels, expected 1 to " + MAX_ITEMS);
            }
            String layout = "an 8-byte header and " + count + " labels";
            long expected = LABELS_HEADER + count;
            requirePossible(in, expected, layout);
            int[] labels = new int[(int) count];
            byte[] chunk = new byte[DataStream.BUFFER_SIZE];
            for (int filled = 0; filled < labels.length; ) {
                int wanted = Math.min(chunk.length, labels.length - filled);
                int got = in.read(chunk, 0, wanted);
                for (int k = 0; k < got; k++, filled++) {
                    int label = chunk[k] & 0xFF;
                    if (label >= DataSet.MNIST_CLASSES) {
                        throw in.error("label " + label + " at index " + filled + ", expected 0 to " + (DataSet.MNIST_CLASSES - 1));
                    }
                    labels[filled] = label;
                }
                if (got < wanted) {
                    throw truncated(in, expected, in.position(), layout);
                }
            }
            requireEnd(in, expected, layout);
            return labels;
        }
    }

    private static double[] readPixels(DataStream in, int values, String layout) throws DataSetException {
        long expected = IMAGES_HEADER + (long) values;
        requirePossible(in, expected, layout);
        double[] x = new double[values];
        byte[] chunk = new byte[DataStream.BUFFER_SIZE];
        for (int filled = 0; filled < values; ) {
            int wanted = Math.min(chunk.length, values - filled);
            int got = in.read(chunk, 0, wanted);
            for (int k = 0; k < got; k++) {
                x[filled + k] = PIXEL[chunk[k] & 0xFF];
            }
            filled += got;
            if (got < wanted) {
                throw truncated(in, expected, in.position(), layout);
            }
        }
        requireEnd(in, expected, layout);
        return x;
    }

    /**
     * The header's big-endian ints, the magic number first, after checking that the file is not
     * empty, that the magic number is the expected one and that the header is complete (in that
     * order, so that a swapped but short file is still named as swapped).
     */
    private static int[] header(DataStream in, int magic, int length) throws DataSetException {
        byte[] bytes = new byte[length];
        int found = in.read(bytes, 0, length);
        if (found == 0) {
            throw in.error("empty file");
        }
        int[] ints = new int[length / 4];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = (bytes[4 * i] & 0xFF) << 24 | (bytes[4 * i + 1] & 0xFF) << 16
                    | (bytes[4 * i + 2] & 0xFF) << 8 | bytes[4 * i + 3] & 0xFF;
        }
        if (found >= 4 && ints[0] != magic) {
            throw in.error("magic number " + describe(ints[0]) + ", expected " + describe(magic));
        }
        if (found < length) {
            throw in.error("truncated header: expected " + length + " bytes, found " + found);
        }
        return ints;
    }

    /** A magic number in hex, with what it announces when it is one of the two this reader knows. */
    private static String describe(int magic) {
        String hex = String.format(Locale.ROOT, "0x%08X", magic);
        return switch (magic) {
            case IMAGES_MAGIC -> hex + " (images)";
            case LABELS_MAGIC -> hex + " (labels)";
            default -> hex;
        };
    }

    /** Fails before allocating when the file is too short to hold what its header promises. */
    private static void requirePossible(DataStream in, long expected, String layout) throws DataSetException {
        if (!in.mayHold(expected)) {
            long found = in.position() + in.skipRest();
            throw truncated(in, expected, found, layout);
        }
    }

    private static void requireEnd(DataStream in, long expected, String layout) throws DataSetException {
        long rest = in.skipRest();
        if (rest > 0) {
            throw in.error("trailing bytes: expected " + expected + " bytes (" + layout + "), found " + (expected + rest));
        }
    }

    private static DataSetException truncated(DataStream in, long expected, long found, String layout) {
        return in.error("truncated: expected " + expected + " bytes (" + layout + "), found " + found);
    }
}
