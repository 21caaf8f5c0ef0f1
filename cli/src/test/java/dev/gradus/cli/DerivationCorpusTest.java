package dev.gradus.cli;

import static dev.gradus.cli.CommandRun.gradus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Derivations as people write them (lecture notes, blog posts, Q&A answers, students' plain text;
 * {@code examples/derivations}), each beside its ground truth: every step the author wrote, its
 * line, and whether it is TRUE, FALSE, a definition (DEF), an approximation (APPROX) or a
 * condition the prose states (COND: "where $\sin x = 1$"). The checker is judged as a reader would
 * judge it: a TRUE step PROVED or PLAUSIBLE, a FALSE one REFUTED, a definition DEFINED (or PROVED, where
 * it restates a function of the table), an
 * approximation or a condition neither proved nor refuted. A true step REFUTED or a false one
 * proved is a wrong verdict, the worst outcome; anything else not right is a step not read
 * (ERROR, UNKNOWN, or no step where the author wrote one).
 */
class DerivationCorpusTest {
    private static final Path CORPUS = Path.of("../examples/derivations");

    /** One step of the ground truth: its line, its label, and the step as written. */
    private record Truth(int line, String label, String text) {}

    /** The counts of one document, or of all. */
    private record Score(int steps, int right, int wrong, int unread) {
        Score plus(Score o) {
            return new Score(steps + o.steps, right + o.right, wrong + o.wrong, unread + o.unread);
        }
    }

    @Test
    void everyStepIsJudgedAsItsMathematicsDeserves() throws Exception {
        Score total = new Score(0, 0, 0, 0);
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-28s %5s %5s %5s %6s%n", "document", "steps", "right", "wrong", "unread"));
        for (Path document : documents()) {
            Score score = score(document, wrong);
            table.append(String.format("%-28s %5d %5d %5d %6d%n", document.getFileName(), score.steps(), score.right(), score.wrong(),
                    score.unread()));
            total = total.plus(score);
        }
        table.append(String.format("%-28s %5d %5d %5d %6d   (%.0f %% right)%n", "all", total.steps(), total.right(), total.wrong(),
                total.unread(), 100.0 * total.right() / total.steps()));
        System.out.println(table);
        wrong.forEach(System.out::println);
        assertEquals(30, documents().size());
        // the figures of the last measurement (README): a change may improve them, never worsen them
        assertTrue(total.wrong() <= WRONG_AT_MOST, "wrong verdicts: " + wrong);
        assertTrue(total.right() >= RIGHT_AT_LEAST, "right: " + total.right() + "\n" + table);
    }

    static final int WRONG_AT_MOST = 1;
    static final int RIGHT_AT_LEAST = 430;

    private static List<Path> documents() throws Exception {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> !f.toString().endsWith(".truth") && !f.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
    }

    /** The document checked and compared with its truth: on each line, the steps in order. */
    private static Score score(Path document, List<String> wrong) throws Exception {
        CommandRun run = gradus("check", "--json", document.toString());
        Map<Integer, List<JsonNode>> stepsByLine = new HashMap<>();
        run.json().path("steps").forEach(step -> stepsByLine.computeIfAbsent(step.path("line").asInt(), l -> new ArrayList<>()).add(step));
        Map<Integer, Integer> taken = new HashMap<>();
        int steps = 0;
        int right = 0;
        int wrongs = 0;
        for (Truth truth : truths(document)) {
            int k = taken.merge(truth.line(), 1, Integer::sum) - 1;
            List<JsonNode> onLine = stepsByLine.getOrDefault(truth.line(), List.of());
            String verdict = k < onLine.size() ? onLine.get(k).path("verdict").asText() : "none";
            steps++;
            if (isRight(truth.label(), verdict)) {
                right++;
            } else if (isWrong(truth.label(), verdict)) {
                wrongs++;
                wrong.add(document.getFileName() + ":" + truth.line() + " " + truth.label() + " " + verdict + "  " + truth.text());
            }
        }
        return new Score(steps, right, wrongs, steps - right - wrongs);
    }

    private static boolean isRight(String label, String verdict) {
        return switch (label) {
            case "TRUE" -> verdict.equals("PROVED") || verdict.equals("PLAUSIBLE");
            case "FALSE" -> verdict.equals("REFUTED");
            // a definition of what the table already names (σ(z) = 1/(1+e^-z) in plain text) may be checked as an identity
            case "DEF" -> verdict.equals("DEFINED") || verdict.equals("PROVED");
            case "APPROX", "COND" -> verdict.equals("UNKNOWN") || verdict.equals("none");
            default -> throw new IllegalArgumentException("unknown label " + label);
        };
    }

    private static boolean isWrong(String label, String verdict) {
        return switch (label) {
            case "TRUE", "DEF", "COND" -> verdict.equals("REFUTED");
            case "FALSE" -> verdict.equals("PROVED") || verdict.equals("PLAUSIBLE");
            case "APPROX" -> verdict.equals("PROVED") || verdict.equals("DEFINED");
            default -> false;
        };
    }

    private static List<Truth> truths(Path document) throws Exception {
        List<Truth> truths = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(document + ".truth"))) {
            if (!line.isBlank()) {
                String[] fields = line.split("\t", 3);
                truths.add(new Truth(Integer.parseInt(fields[0]), fields[1], fields[2]));
            }
        }
        return truths;
    }
}
