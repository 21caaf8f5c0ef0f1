package dev.gradus.cli.experiment;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * A heat map written as a PNG with XChart (headless): one column per x category, one row per y
 * category, the colour of each cell its value, from white (0) to dark blue ({@code top} and above).
 */
final class HeatMapPlot {
    private final HeatMapChart chart;

    HeatMapPlot(String title, String xLabel, String yLabel) {
        System.setProperty("java.awt.headless", "true");
        chart = new HeatMapChartBuilder().width(800).height(500).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        chart.getStyler().setRangeColors(new Color[] {Color.WHITE, new Color(0x6baed6), new Color(0x08306b)});
        chart.getStyler().setShowValue(false);
        chart.getStyler().setLegendVisible(true);
    }

    /**
     * The cells: {@code values[x][y]} under the labels; the colour scale ends at {@code top}, so
     * that a few large cells do not wash out the rest (they take the darkest colour).
     */
    HeatMapPlot cells(String name, List<String> xLabels, List<String> yLabels, double[][] values, double top) {
        double scaleTop = roundUp(top);
        List<Number[]> cells = new ArrayList<>();
        for (int x = 0; x < values.length; x++) {
            for (int y = 0; y < values[x].length; y++) {
                cells.add(new Number[] {x, y, Math.min(values[x][y], scaleTop)});
            }
        }
        chart.getStyler().setMin(0).setMax(scaleTop);
        chart.addSeries(name, xLabels, yLabels, cells);
        return this;
    }

    /** Up to two significant digits, so that the colour legend reads 0.065 rather than 0.0640500000000786. */
    private static double roundUp(double v) {
        double unit = Math.pow(10, Math.floor(Math.log10(v)) - 1);
        return Math.ceil(v / unit) * unit;
    }

    Path save(Path file) {
        return ExperimentFiles.png(chart, file);
    }
}
