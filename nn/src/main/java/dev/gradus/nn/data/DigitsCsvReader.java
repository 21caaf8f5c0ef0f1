package dev.gradus.nn.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the 8x8 optical digits as CSV (raw or gzipped, told apart by content): one digit a line,
 * 65 comma-separated integers, the 64 pixels of an 8 x 8 image row by row in 0..16, then the
 * label 0..9. That is the layout of the UCI "Optical Recognition of Handwritten Digits" files and
 * of the copy gradus ships ({@code optdigits}).
 *
 * <p>Every line is checked (column count, integers, ranges) and a problem is reported with its
 * line and column: {@code digits.csv:17: column 65 is 10, expected a label 0 to 9}. Pixels are
 * scaled to [0, 1] by /16. The file is small (a few thousand lines), so the arrays simply grow.
 */
public final class DigitsCsvReader {
    static final int SIDE = 8;
    static final int PIXELS = SIDE * SIDE;
    static final int MAX_PIXEL = 16;
    private static final int COLUMNS = PIXELS + 1;
    /** How much of a field that is not a number a message quotes (a binary file has long "fields"). */
    private static final int MAX_SHOWN = 20;

    private DigitsCsvReader() {}

    /** Reads {@code csv} as a data set called {@code name}. */
    public static DataSet read(String name, Path csv) throws DataSetException {
        return read(name, Source.file(csv));
    }

    static DataSet read(String name, Source source) throws DataSetException {
        try (DataStream in = source.open(); BufferedReader lines = in.reader()) {
            double[] x = new double[PIXELS * 1024];
            int[] y = new int[1024];
            int n = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine(), n++) {
                if (n == y.length) {
                    x = Arrays.copyOf(x, 2 * x.length);
                    y = Arrays.copyOf(y, 2 * y.length);
                }
                y[n] = parseLine(in, n + 1, line, x, n * PIXELS);
            }
            if (n == 0) {
                throw in.error("empty file");
            }
            return new DataSet(name, Arrays.copyOf(x, n * PIXELS), Arrays.copyOf(y, n), SIDE, SIDE);
        } catch (IOException e) {
            throw DataStream.failure(source.name(), e);
        }
    }

    /** Writes the line's pixels into {@code x} from {@code at} and returns its label. */
    private static int parseLine(DataStream in, int lineNumber, String line, double[] x, int at)
            throws DataSetException {
        String layout = " (" + PIXELS + " pixels, then the label)";
        if (line.isBlank()) {
            throw in.error(lineNumber, "empty line, expected " + COLUMNS + " columns" + layout);
        }
        String[] fields = line.split(",", -1);
        if (fields.length != COLUMNS) {
            throw in.error(lineNumber, fields.length + " columns, expected " + COLUMNS + layout);
        }
        for (int column = 1; column <= PIXELS; column++) {
            int pixel = integer(in, lineNumber, fields, column);
            if (pixel < 0 || pixel > MAX_PIXEL) {
                throw in.error(lineNumber, "column " + column + " is " + pixel + ", expected a pixel 0 to " + MAX_PIXEL);
            }
            x[at + column - 1] = pixel / (double) MAX_PIXEL;
        }
        int label = integer(in, lineNumber, fields, COLUMNS);
        if (label < 0 || label >= DataSet.MNIST_CLASSES) {
            throw in.error(lineNumber, "column " + COLUMNS + " is " + label + ", expected a label 0 to " + (DataSet.MNIST_CLASSES - 1));
        }
        return label;
    }

    private static int integer(DataStream in, int lineNumber, String[] fields, int column) throws DataSetException {
        String field = fields[column - 1].strip();
        try {
            return Integer.parseInt(field);
        } catch (NumberFormatException e) {
            String shown = field.length() <= MAX_SHOWN ? field : field.substring(0, MAX_SHOWN) + "...";
            throw in.error(lineNumber, "column " + column + " is \"" + shown + "\", expected an integer");
        }
    }
}
