package dev.gradus.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of the documentation (the READMEs and docs/) is code of a test that compiles
 * and runs: its lines appear, in order, in one test source of this repository (whitespace runs
 * aside), so that a snippet cannot drift from the API. A test may have assertions between them.
 */
class DocumentationSnippetsTest {
    /** The repository: the tests run in cli/. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    record Snippet(Path file, int line, List<String> lines) {}

    @Test
    void everyJavaSnippetIsATestsCode() throws IOException {
        Map<Path, List<String>> tests = sources();
        List<Snippet> snippets = snippets();
        assertTrue(snippets.size() >= 8, "the snippets were found: " + snippets.size());
        List<String> drifted = new ArrayList<>();
        for (Snippet s : snippets) {
            if (tests.values().stream().noneMatch(code -> containsInOrder(code, s.lines()))) {
                drifted.add(ROOT.relativize(s.file()) + ", the snippet at line " + s.line() + ": " + firstMissing(tests, s.lines()));
            }
        }
        assertTrue(drifted.isEmpty(), "snippets that are no test's code:\n" + String.join("\n", drifted));
    }

    /** The ```java blocks of every Markdown file of the repository (not of build output). */
    private static List<Snippet> snippets() throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        for (Path md : files(".md")) {
            List<String> lines = Files.readAllLines(md, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("```java")) {
                    int start = i + 1;
                    List<String> code = new ArrayList<>();
                    for (i = start; i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) {
                        code.add(lines.get(i));
                    }
                    snippets.add(new Snippet(md, start, normalized(code)));
                }
            }
        }
        return snippets;
    }

    /** Every test source (src/test/java of a module or of an example project), normalized. */
    private static Map<Path, List<String>> sources() throws IOException {
        return files(".java").stream().filter(p -> p.toString().contains("/src/test/java/"))
                .collect(Collectors.toMap(p -> p, p -> {
                    try {
                        return normalized(Files.readAllLines(p, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> p.toString().endsWith(suffix))
                    .filter(p -> ROOT.relativize(p).toString().split("/").length > 0)
                    .filter(p -> Stream.of(ROOT.relativize(p).toString().split("/"))
                            .noneMatch(part -> part.equals("target") || part.startsWith(".") || part.equals("node_modules")))
                    .toList();
        }
    }

    private static List<String> normalized(List<String> lines) {
        return lines.stream().map(l -> l.strip().replaceAll("\\s+", " ")).filter(l -> !l.isEmpty()).toList();
    }

    private static boolean containsInOrder(List<String> code, List<String> snippet) {
        int at = 0;
        for (String line : code) {
            if (at < snippet.size() && line.equals(snippet.get(at))) {
                at++;
            }
        }
        return at == snippet.size();
    }

    /** The first snippet line no test has, or the snippet's first line if each is somewhere but not together. */
    private static String firstMissing(Map<Path, List<String>> tests, List<String> snippet) {
        return snippet.stream().filter(l -> tests.values().stream().noneMatch(code -> code.contains(l))).findFirst()
                .map(l -> "no test has the line '" + l + "'").orElse("its lines are in tests, but not in one, in order");
    }
}
