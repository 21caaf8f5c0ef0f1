package dev.gradus.cli;

import dev.gradus.nn.EpochResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** The accuracy per epoch on the training and the test data, as a PNG (XChart, headless). */
final class AccuracyPlot {
    private AccuracyPlot() {}

    static void write(Path file, List<EpochResult> results, String title) throws IOException {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw new IllegalArgumentException("--plot wants a .png file, not " + file);
        }
        if (results.isEmpty()) {
            throw new IllegalArgumentException("no epoch to plot");
        }
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(800).height(500).title(title)
                .xAxisTitle("epoch").yAxisTitle("accuracy (%)").build();
        double[] epochs = results.stream().mapToDouble(EpochResult::epoch).toArray();
        double[] test = results.stream().mapToDouble(r -> 100 * r.evaluationAccuracy()).toArray();
        double[] training = results.stream().mapToDouble(r -> 100 * r.trainingAccuracy()).toArray();
        if (!Double.isNaN(training[0])) {
            chart.addSeries("training", epochs, training);
        }
        if (!Double.isNaN(test[0])) {
            chart.addSeries("test", epochs, test);
        }
        UserFiles.writeAtomically(file, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
    }
}
