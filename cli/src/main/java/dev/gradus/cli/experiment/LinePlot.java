package dev.gradus.cli.experiment;

import java.nio.file.Path;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A line chart written as a PNG with XChart (headless): series of points, optionally a log y axis. */
final class LinePlot {
    private final XYChart chart;

    LinePlot(String title, String xLabel, String yLabel) {
        System.setProperty("java.awt.headless", "true");
        chart = new XYChartBuilder().width(800).height(500).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        chart.getStyler().setMarkerSize(4);
    }

    LinePlot logY() {
        chart.getStyler().setYAxisLogarithmic(true);
        return this;
    }

    LinePlot line(String name, double[] x, double[] y) {
        chart.addSeries(name, x, y).setMarker(SeriesMarkers.NONE);
        return this;
    }

    LinePlot points(String name, double[] x, double[] y) {
        chart.addSeries(name, x, y).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        return this;
    }

    Path save(Path file) {
        return ExperimentFiles.png(chart, file);
    }
}
