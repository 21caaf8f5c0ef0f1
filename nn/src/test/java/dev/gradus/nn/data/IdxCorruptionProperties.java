package dev.gradus.nn.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever happens to a file, the reader answers with a data set or a {@link DataSetException}
 * naming the file in one line: never another exception, an {@link OutOfMemoryError} or a hang.
 * Random truncations and random byte flips in the header of raw and gzipped images and labels,
 * and flips anywhere in the stored gzip bytes (which exercise the decompressor's own checks).
 */
class IdxCorruptionProperties {
    private static final List<String> PROBLEMS = List.of("empty file", "magic number", "truncated header",
            "truncated gzip stream", "truncated:", "trailing bytes", "implausible header", "images but",
            "label ", "corrupt gzip stream");

    enum Damage { TRUNCATE, FLIP_HEADER, FLIP_STORED }

    /** A flip: the byte at {@code position} modulo the length is xor-ed with {@code mask}, never 0. */
    record Flip(int position, int mask) {}

    private Path dir;

    @BeforeProperty
    void makeFolder() throws IOException {
        dir = Files.createTempDirectory("gradus-idx-");
    }

    @AfterProperty
    void removeFolder() throws IOException {
        for (String file : List.of("images", "labels")) {
            Files.deleteIfExists(dir.resolve(file));
        }
        Files.delete(dir);
    }

    @Property(tries = 500)
    void damageIsRejectedWithTheCheckedException(@ForAll boolean damageImages, @ForAll boolean gzipped,
            @ForAll Damage damage, @ForAll("flips") List<Flip> flips, @ForAll @IntRange(max = 100_000) int cut)
            throws IOException {
        byte[] content = damageImages ? IdxBytes.images() : IdxBytes.labels();
        if (damage == Damage.FLIP_HEADER) {
            content = flipped(content, flips, damageImages ? 16 : 8);
        }
        byte[] stored = gzipped ? IdxBytes.gzip(content) : content;
        if (damage == Damage.TRUNCATE) {
            stored = Arrays.copyOf(stored, cut % stored.length);
        } else if (damage == Damage.FLIP_STORED) {
            stored = flipped(stored, flips, stored.length);
        }
        Path images = Files.write(dir.resolve("images"), damageImages ? stored : IdxBytes.images());
        Path labels = Files.write(dir.resolve("labels"), damageImages ? IdxBytes.labels() : stored);
        String damaged = (damageImages ? images : labels) + ": ";

        String outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                DataSet data = IdxReader.read("damaged", images, labels);
                assertEquals(IdxBytes.COUNT * data.d(), data.inputs().remaining());
                return "read";
            } catch (DataSetException e) {
                String message = e.getMessage();
                assertTrue(message.startsWith(damaged), message);
                assertFalse(message.contains("\n"), message);
                return PROBLEMS.stream().filter(message::contains).findFirst().orElseThrow(() -> new AssertionError(message));
            }
        });
        if (damage == Damage.TRUNCATE || damage == Damage.FLIP_HEADER && !stillValid(content, damageImages)) {
            assertNotEquals("read", outcome, "a damaged file was read");
        }
        Statistics.label("damage").collect(damage, outcome);
    }

    /**
     * Whether a header with flipped bytes still describes the same data: unchanged, or (images)
     * six images of 15 pixels in another shape, such as 5 x 3.
     */
    private static boolean stillValid(byte[] content, boolean images) {
        ByteBuffer header = ByteBuffer.wrap(content);
        if (!images) {
            return Arrays.equals(content, IdxBytes.labels());
        }
        int magic = header.getInt();
        int count = header.getInt();
        int rows = header.getInt();
        int cols = header.getInt();
        return magic == IdxReader.IMAGES_MAGIC && count == IdxBytes.COUNT && rows > 0 && cols > 0
                && (long) rows * cols == IdxBytes.ROWS * IdxBytes.COLS;
    }

    @Provide
    Arbitrary<List<Flip>> flips() {
        return Combinators.combine(Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(1, 255))
                .as(Flip::new)
                .list().ofMinSize(1).ofMaxSize(3);
    }

    private static byte[] flipped(byte[] bytes, List<Flip> flips, int within) {
        byte[] copy = bytes.clone();
        for (Flip flip : flips) {
            copy[flip.position() % within] ^= (byte) flip.mask();
        }
        return copy;
    }
}
