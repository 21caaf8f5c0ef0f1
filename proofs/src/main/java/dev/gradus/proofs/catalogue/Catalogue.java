package dev.gradus.proofs.catalogue;

import dev.gradus.proofs.ParseError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in catalogue: one file per homework document of the course, shipped as
 * resources under {@code /catalogue}. Each file says which document it checks.
 */
public final class Catalogue {
    /** The catalogue files, in the order they are run. */
    public static final List<String> FILES = List.of(
            "sheet-transfer-functions-solution.txt",
            "slides-activation-functions.txt",
            "sheet-derivatives-vanishing-gradients.txt",
            "sheet-network2-unstable-gradients-complex-backprop.txt",
            "lecture-backprop-learning-rules-init.txt");

    private Catalogue() {}

    /** Every claim of every shipped file. */
    public static List<CatalogueEntry> shipped() throws ParseError {
        List<CatalogueEntry> all = new ArrayList<>();
        for (String file : FILES) {
            all.addAll(CatalogueReader.read(lines(file)));
        }
        return all;
    }

    static List<String> lines(String file) {
        try (InputStream in = Catalogue.class.getResourceAsStream("/catalogue/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the catalogue file " + file + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
