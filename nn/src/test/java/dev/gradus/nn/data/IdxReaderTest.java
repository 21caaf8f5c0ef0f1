package dev.gradus.nn.data;

import static dev.gradus.nn.data.IdxBytes.COLS;
import static dev.gradus.nn.data.IdxBytes.COUNT;
import static dev.gradus.nn.data.IdxBytes.LABELS;
import static dev.gradus.nn.data.IdxBytes.ROWS;
import static dev.gradus.nn.data.IdxBytes.concat;
import static dev.gradus.nn.data.IdxBytes.gzip;
import static dev.gradus.nn.data.IdxBytes.header;
import static dev.gradus.nn.data.IdxBytes.images;
import static dev.gradus.nn.data.IdxBytes.labels;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    private static final String LAYOUT = "(a 16-byte header and 6 images of 3 x 5)";

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private String rejected(byte[] images, byte[] labels) throws IOException {
        Path x = file("images", images);
        Path y = file("labels", labels);
        return assertThrows(DataSetException.class, () -> IdxReader.read("broken", x, y)).getMessage();
    }

    private String imagesPath() {
        return dir.resolve("images").toString();
    }

    private String labelsPath() {
        return dir.resolve("labels").toString();
    }

    @Test
    void readsPixelsScaledByTheirByteOver255AndTheLabels() throws Exception {
        DataSet data = IdxReader.read("tiny", file("images", images()), file("labels", labels()));
        assertEquals("tiny", data.name());
        assertEquals(COUNT, data.size());
        assertEquals(ROWS, data.rows());
        assertEquals(COLS, data.cols());
        assertArrayEquals(LABELS, data.labels());
        for (int i = 0; i < COUNT; i++) {
            for (int k = 0; k < ROWS * COLS; k++) {
                assertEquals(((40 * i + 17 * k) & 0xFF) / 255.0, data.input(i, k));
            }
        }
    }

    @Test
    void gzipIsRecognisedByItsMagicBytesNotItsName() throws Exception {
        DataSet raw = IdxReader.read("raw", file("a.gz", images()), file("b.gz", labels()));
        DataSet gzipped = IdxReader.read("gzipped", file("c", gzip(images())), file("d", gzip(labels())));
        assertEquals(raw.inputs(), gzipped.inputs());
        assertArrayEquals(raw.labels(), gzipped.labels());
    }

    @Test
    void swappedImagesAndLabelsAreNamedAsSuch() throws Exception {
        Path x = file("images", images());
        Path y = file("labels", labels());
        String message = assertThrows(DataSetException.class, () -> IdxReader.read("swapped", y, x)).getMessage();
        assertEquals(x + ": magic number 0x00000803 (images), expected 0x00000801 (labels)", message);
    }

    @Test
    void anUnknownMagicNumberIsShownInHex() throws Exception {
        byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, new byte[20]);
        assertEquals(labelsPath() + ": magic number 0x89504E47, expected 0x00000801 (labels)", rejected(images(), png));
    }

    @Test
    void truncatedImageData() throws Exception {
        byte[] images = images();
        assertEquals(imagesPath() + ": truncated: expected 106 bytes " + LAYOUT + ", found 99",
                rejected(Arrays.copyOf(images, images.length - 7), labels()));
    }

    @Test
    void truncatedHeader() throws Exception {
        assertEquals(imagesPath() + ": truncated header: expected 16 bytes, found 10",
                rejected(Arrays.copyOf(images(), 10), labels()));
        assertEquals(labelsPath() + ": truncated header: expected 8 bytes, found 3",
                rejected(images(), Arrays.copyOf(labels(), 3)));
    }

    @Test
    void trailingBytes() throws Exception {
        assertEquals(imagesPath() + ": trailing bytes: expected 106 bytes " + LAYOUT + ", found 109",
                rejected(concat(images(), new byte[3]), labels()));
        assertEquals(labelsPath() + ": trailing bytes: expected 14 bytes (an 8-byte header and 6 labels), found 15",
                rejected(images(), concat(labels(), new byte[1])));
    }

    @Test
    void imageAndLabelCountsMustAgree() throws Exception {
        assertEquals(imagesPath() + ": 6 images but " + labelsPath() + " has 5 labels",
                rejected(images(), labels(3, 1, 4, 1, 5)));
    }

    @Test
    void labelsAreDigits() throws Exception {
        assertEquals(labelsPath() + ": label 11 at index 2, expected 0 to 9",
                rejected(images(), labels(3, 1, 11, 1, 5, 9)));
    }

    @Test
    void emptyFiles() throws Exception {
        assertEquals(imagesPath() + ": empty file", rejected(new byte[0], labels()));
        assertEquals(labelsPath() + ": empty file", rejected(images(), new byte[0]));
        assertEquals(labelsPath() + ": empty file", rejected(images(), gzip(new byte[0])));
    }

    @Test
    void corruptGzipStreams() throws Exception {
        byte[] broken = gzip(images());
        broken[10] = 0x07; // first deflate block: final, block type 3, which does not exist
        assertEquals(imagesPath() + ": corrupt gzip stream (invalid block type)", rejected(broken, labels()));

        byte[] badChecksum = gzip(images());
        badChecksum[badChecksum.length - 8] ^= 1; // the CRC-32 in the trailer
        assertEquals(imagesPath() + ": corrupt gzip stream (Corrupt GZIP trailer)", rejected(badChecksum, labels()));

        byte[] cut = gzip(images());
        assertEquals(imagesPath() + ": truncated gzip stream", rejected(Arrays.copyOf(cut, cut.length / 2), labels()));
    }

    @Test
    void implausibleDimensions() throws Exception {
        byte[] pixels = Arrays.copyOfRange(images(), 16, 106);
        assertEquals(imagesPath() + ": implausible header: 6 images of 5000 x 5, expected 1 to 10000000 images of at most 4096 x 4096",
                rejected(concat(header(IdxReader.IMAGES_MAGIC, 6, 5000, 5), pixels), labels()));
        assertEquals(imagesPath() + ": implausible header: 6 images of 3 x 0, expected 1 to 10000000 images of at most 4096 x 4096",
                rejected(concat(header(IdxReader.IMAGES_MAGIC, 6, 3, 0), pixels), labels()));
        assertEquals(labelsPath() + ": implausible header: 4294967295 labels, expected 1 to 10000000",
                rejected(images(), header(IdxReader.LABELS_MAGIC, -1)));
    }

    @Test
    void aHeaderPromisingMoreThanTheFileCanHoldFailsWithoutAllocating() throws Exception {
        assertEquals(labelsPath() + ": truncated: expected 10000008 bytes (an 8-byte header and 10000000 labels), found 14",
                rejected(images(), concat(header(IdxReader.LABELS_MAGIC, 10_000_000), new byte[6])));
        // 6 x 4096 x 4096 doubles would be 800 MB; a 70-byte gzip file cannot expand to 100 MB
        byte[] huge = gzip(concat(header(IdxReader.IMAGES_MAGIC, 6, 4096, 4096), new byte[90]));
        assertEquals(imagesPath() + ": truncated: expected 100663312 bytes (a 16-byte header and 6 images of 4096 x 4096), found 106",
                rejected(huge, labels()));
    }

    @Test
    void moreValuesThanOneArrayHolds() throws Exception {
        byte[] labels = labels(new int[200]);
        assertEquals(imagesPath() + ": 200 images of 4096 x 4096 are more values than one array holds (2147483639)",
                rejected(header(IdxReader.IMAGES_MAGIC, 200, 4096, 4096), labels));
    }

    @Test
    void moreValuesThanTheHeapHolds() throws Exception {
        long needed = 100L * 4096 * 4096 * Double.BYTES;
        assumeTrue(Runtime.getRuntime().maxMemory() < needed, "this JVM's heap could hold 100 images of 4096 x 4096");
        String message = rejected(header(IdxReader.IMAGES_MAGIC, 100, 4096, 4096), labels(new int[100]));
        String expected = imagesPath() + ": 100 images of 4096 x 4096 need 12800 MB as doubles, more than this JVM's maximum heap of "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB (raise -Xmx)";
        assertEquals(expected, message);
    }

    @Test
    void missingFile() {
        Path nowhere = dir.resolve("nowhere");
        String message = assertThrows(DataSetException.class, () -> IdxReader.read("x", nowhere, nowhere)).getMessage();
        assertEquals(nowhere + ": no such file", message);
    }
}
