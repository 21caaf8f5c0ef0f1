package dev.gradus.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradus.nn.EpochResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The per-epoch record of a training run, as CSV (one row per epoch) or JSON (an array of rows), written atomically. */
final class History {
    private History() {}

    static void write(Path file, List<EpochResult> results) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            ArrayNode rows = Json.MAPPER.createArrayNode();
            for (EpochResult r : results) {
                ObjectNode row = rows.addObject();
                row.put("epoch", r.epoch());
                Json.put(row, "trainingSeconds", r.trainingSeconds());
                Json.put(row, "trainingCost", r.trainingCost());
                Json.put(row, "trainingAccuracy", r.trainingAccuracy());
                Json.put(row, "evaluationCost", r.evaluationCost());
                Json.put(row, "evaluationAccuracy", r.evaluationAccuracy());
            }
            UserFiles.writeAtomically(file, (Json.text(rows) + "\n").getBytes(StandardCharsets.UTF_8));
        } else if (name.endsWith(".csv")) {
            StringBuilder csv = new StringBuilder("epoch,training_seconds,training_cost,training_accuracy,evaluation_cost,evaluation_accuracy\n");
            for (EpochResult r : results) {
                csv.append(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%s%n", r.epoch(), num(r.trainingSeconds()), num(r.trainingCost()),
                        num(r.trainingAccuracy()), num(r.evaluationCost()), num(r.evaluationAccuracy())));
            }
            UserFiles.writeAtomically(file, csv.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            throw new IllegalArgumentException("--history wants a .csv or .json file, not " + file);
        }
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.valueOf(v);
    }
}
