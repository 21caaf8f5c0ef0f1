package dev.gradus.autodiff.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build compiles {@code VectorKernels} with {@code -Xlint:none}, because javac 17 cannot
 * silence its "using incubating module(s)" warning any other way (autodiff/pom.xml). This compiles
 * it again with {@code -Xlint:all}, against the classes just built, and requires that warning to
 * be the only diagnostic: the lint that the build skips for this file happens here.
 */
class VectorKernelsLintTest {
    private static final Path SOURCE = Path.of("src/main/java/dev/gradus/autodiff/tensor/VectorKernels.java");

    @Test
    void compilesWithNoWarningButTheIncubatorOne(@TempDir Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "--add-modules", "jdk.incubator.vector", "-Xlint:all",
                    "-classpath", System.getProperty("java.class.path"), "-d", out.toString());
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(SOURCE)).call();
        }
        List<String> codes = diagnostics.getDiagnostics().stream().map(d -> d.getCode()).collect(Collectors.toList());
        assertEquals(List.of("compiler.warn.incubating.modules"), codes, () -> diagnostics.getDiagnostics().toString());
    }
}
