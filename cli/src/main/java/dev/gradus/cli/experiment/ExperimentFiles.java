package dev.gradus.cli.experiment;

import dev.gradus.cli.UserFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import picocli.CommandLine.Option;

/**
 * The folder an experiment writes into ({@code --out}, by default {@code experiments/NAME}), with
 * its CSV tables. Files are written to a temporary name and moved into place, so that an
 * interrupted run never leaves half a table where a complete one was.
 */
public final class ExperimentFiles {
    @Option(names = "--out", paramLabel = "DIR", description = "folder for the CSV data and PNG plots (default: experiments/NAME)")
    Path out;

    /** The folder, created if needed, for the experiment with this name. */
    Path folder(String experiment) {
        Path dir = out != null ? out : Path.of("experiments", experiment);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + dir + ": " + UserFiles.reason(e, dir), e);
        }
        return dir;
    }

    /** Writes a table: a header line, then one line per row; NaN is an empty cell. */
    static Path csv(Path dir, String name, List<String> header, List<double[]> rows) {
        StringBuilder text = new StringBuilder(String.join(",", header)).append('\n');
        for (double[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                text.append(i > 0 ? "," : "").append(Double.isNaN(row[i]) ? "" : format(row[i]));
            }
            text.append('\n');
        }
        return writeAtomically(dir.resolve(name), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a chart as a PNG of its own size (XChart, headless). */
    static Path png(Chart<?, ?> chart, Path file) {
        try {
            return writeAtomically(file, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw " + file + ": " + UserFiles.reason(e, file), e);
        }
    }

    static Path writeAtomically(Path file, byte[] content) {
        try {
            UserFiles.writeAtomically(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + UserFiles.reason(e, file), e);
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.6g", v);
    }
}
