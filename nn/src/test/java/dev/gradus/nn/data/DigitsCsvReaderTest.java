package dev.gradus.nn.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigitsCsvReaderTest {
    private static final String ROW = String.join(",", Collections.nCopies(64, "16")) + ",7";

    @TempDir
    Path dir;

    private Path csv(String text) throws Exception {
        return Files.writeString(dir.resolve("digits.csv"), text);
    }

    private String rejected(String text) throws Exception {
        Path file = csv(text);
        return assertThrows(DataSetException.class, () -> DigitsCsvReader.read("bad", file)).getMessage();
    }

    @Test
    void readsTheShippedFileAsIs() throws Exception {
        Path shipped = Path.of(resource("/data/optdigits/digits.csv.gz"));
        DataSet digits = DigitsCsvReader.read("optdigits", shipped);
        assertEquals(1797, digits.size());
        assertEquals(8, digits.rows());
        assertEquals(8, digits.cols());
        // the first line: 0,0,5,13,9,1,0,0,0,0,13,15,10,15,5,0,...,0 (a zero)
        double[] first = Arrays.copyOf(digits.input(0), 8);
        assertArrayEquals(new double[] {0, 0, 5 / 16.0, 13 / 16.0, 9 / 16.0, 1 / 16.0, 0, 0}, first);
        assertEquals(0, digits.label(0));
        assertEquals(8, digits.label(1796));
    }

    @Test
    void pixelsAreScaledBy16() throws Exception {
        String second = "0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15," + String.join(",", Collections.nCopies(48, "0")) + ",3";
        DataSet data = DigitsCsvReader.read("two", csv(ROW + "\r\n" + second + "\n"));
        assertEquals(2, data.size());
        assertArrayEquals(new int[] {7, 3}, data.labels());
        assertEquals(1.0, data.input(0, 63));
        for (int j = 0; j < 16; j++) {
            assertEquals(j / 16.0, data.input(1, j));
        }
    }

    @Test
    void aBadRowIsNamedByItsLine() throws Exception {
        String shortRow = ROW.substring(0, ROW.lastIndexOf(','));
        assertEquals(dir.resolve("digits.csv") + ":3: 64 columns, expected 65 (64 pixels, then the label)",
                rejected(ROW + "\n" + ROW + "\n" + shortRow + "\n" + ROW + "\n"));
    }

    @Test
    void valuesOutOfRangeOrNotIntegers() throws Exception {
        String file = dir.resolve("digits.csv").toString();
        assertEquals(file + ":2: column 1 is 17, expected a pixel 0 to 16", rejected(ROW + "\n17" + ROW.substring(2)));
        assertEquals(file + ":1: column 65 is 10, expected a label 0 to 9", rejected(ROW.substring(0, ROW.length() - 1) + "10"));
        assertEquals(file + ":1: column 2 is \"1.5\", expected an integer", rejected("0,1.5" + ROW.substring(5)));
        assertEquals(file + ":1: column 1 is \"xxxxxxxxxxxxxxxxxxxx...\", expected an integer",
                rejected("x".repeat(50) + ROW.substring(2)));
        assertEquals(file + ":2: empty line, expected 65 columns (64 pixels, then the label)", rejected(ROW + "\n\n" + ROW));
        assertEquals(file + ": empty file", rejected(""));
    }

    @Test
    void aGzippedFileWithABadRowIsNamedByItsLineToo() throws Exception {
        String text = ROW + "\n" + ROW.replace(",7", ",12") + "\n";
        Path file = Files.write(dir.resolve("digits.csv.gz"), IdxBytes.gzip(text.getBytes(StandardCharsets.US_ASCII)));
        DataSetException e = assertThrows(DataSetException.class, () -> DigitsCsvReader.read("bad", file));
        assertEquals(file + ":2: column 65 is 12, expected a label 0 to 9", e.getMessage());
    }

    @Test
    void aTruncatedGzipStream() throws Exception {
        byte[] gz = IdxBytes.gzip((ROW + "\n").repeat(20).getBytes(StandardCharsets.US_ASCII));
        Path file = Files.write(dir.resolve("digits.csv.gz"), Arrays.copyOf(gz, gz.length - 12));
        DataSetException e = assertThrows(DataSetException.class, () -> DigitsCsvReader.read("bad", file));
        assertEquals(file + ": truncated gzip stream", e.getMessage());
    }

    private static java.net.URI resource(String name) throws URISyntaxException {
        return DigitsCsvReaderTest.class.getResource(name).toURI();
    }
}
