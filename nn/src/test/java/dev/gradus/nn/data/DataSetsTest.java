package dev.gradus.nn.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.DoubleBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetsTest {
    private static final Path FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist");

    @TempDir
    Path dir;

    @Test
    void knowsItsNames() {
        assertEquals(List.of("mnist-10k", "optdigits"), DataSets.names());
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        DataSetException e = assertThrows(DataSetException.class, () -> DataSets.named("mnist"));
        assertEquals("unknown data set \"mnist\": the known ones are mnist-10k, optdigits"
                + " (DataSets.directory reads a folder of MNIST-format files)", e.getMessage());
    }

    @Test
    void mnist10kIsSplit8000To2000WithTheDocumentedClasses() throws Exception {
        Split mnist = DataSets.named("mnist-10k");
        DataSet train = mnist.train();
        DataSet test = mnist.test();
        assertEquals("mnist-10k/train", train.name());
        assertEquals("mnist-10k/test", test.name());
        assertEquals(8000, train.size());
        assertEquals(2000, test.size());
        assertEquals(28, train.rows());
        assertEquals(28, train.cols());
        assertEquals(784, train.d());
        assertArrayEquals(new int[] {813, 913, 795, 806, 773, 682, 817, 861, 763, 777}, train.classCounts());
        assertArrayEquals(new int[] {188, 214, 196, 226, 207, 181, 197, 209, 181, 201}, test.classCounts());
        int[] all = new int[DataSet.MNIST_CLASSES];
        for (int c = 0; c < all.length; c++) {
            all[c] = train.classCounts()[c] + test.classCounts()[c];
        }
        assertArrayEquals(new int[] {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978}, all);
        assertArrayEquals(new int[] {2, 1, 1, 2, 7, 6, 2, 0, 9, 2}, Arrays.copyOf(train.labels(), 10));
        assertArrayEquals(new int[] {1, 9, 1, 1, 1, 7, 3, 3, 0, 7}, Arrays.copyOf(test.labels(), 10));
        assertEquals(26021, pixelSum(train, 0), 1e-9);
        assertEquals(7762, pixelSum(test, 0), 1e-9);
    }

    @Test
    void mnistPixelsAreBytesOver255CoveringZeroToOne() throws Exception {
        Split mnist = DataSets.named("mnist-10k");
        for (DataSet data : List.of(mnist.train(), mnist.test())) {
            assertPixels(data, 255);
        }
    }

    @Test
    void optdigitsIsSplit1397To400Deterministically() throws Exception {
        Split digits = DataSets.named("optdigits");
        DataSet train = digits.train();
        DataSet test = digits.test();
        assertEquals("optdigits/train", train.name());
        assertEquals(1397, train.size());
        assertEquals(400, test.size());
        assertEquals(8, train.rows());
        assertEquals(64, test.d());
        int[] all = new int[DataSet.MNIST_CLASSES];
        for (int c = 0; c < all.length; c++) {
            all[c] = train.classCounts()[c] + test.classCounts()[c];
        }
        assertArrayEquals(new int[] {178, 182, 177, 183, 181, 182, 181, 179, 174, 180}, all);
        // the split of seed 1998, computed independently from java.util.Random's specified sequence
        assertArrayEquals(new int[] {38, 33, 43, 44, 40, 37, 37, 45, 46, 37}, test.classCounts());
        assertArrayEquals(new int[] {3, 8, 9, 6, 2, 7, 8, 3, 9, 5}, Arrays.copyOf(test.labels(), 10));
        Split again = DataSets.named("optdigits");
        assertArrayEquals(test.labels(), again.test().labels());
        assertEquals(train.inputs(), again.train().inputs());
        assertPixels(train, 16);
        assertPixels(test, 16);
    }

    @Test
    void gzippedAndRawFilesGiveTheSameData() throws Exception {
        for (String file : DataSets.MNIST_FILES) {
            try (InputStream in = new GZIPInputStream(resource("/data/mnist-10k/" + file + ".gz"))) {
                Files.copy(in, dir.resolve(file));
            }
        }
        Split raw = DataSets.directory(dir);
        Split gzipped = DataSets.named("mnist-10k");
        assertEquals(dir.getFileName() + "/train", raw.train().name());
        assertEquals(gzipped.train().inputs(), raw.train().inputs());
        assertArrayEquals(gzipped.train().labels(), raw.train().labels());
        assertEquals(gzipped.test().inputs(), raw.test().inputs());
        assertArrayEquals(gzipped.test().labels(), raw.test().labels());
    }

    @Test
    void aFolderWithFilesMissingSaysWhich() throws Exception {
        Files.write(dir.resolve("train-images-idx3-ubyte.gz"), new byte[0]);
        Files.write(dir.resolve("t10k-labels-idx1-ubyte"), new byte[0]);
        DataSetException e = assertThrows(DataSetException.class, () -> DataSets.directory(dir));
        assertEquals(dir + ": no train-labels-idx1-ubyte[.gz], no t10k-images-idx3-ubyte[.gz] (an MNIST-format folder holds"
                + " train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte,"
                + " each raw or gzipped)", e.getMessage());
        Path nowhere = dir.resolve("nowhere");
        assertEquals(nowhere + ": no such folder",
                assertThrows(DataSetException.class, () -> DataSets.directory(nowhere)).getMessage());
    }

    @Test
    void readsFashionMnistWhenInstalled() throws Exception {
        assumeTrue(Files.isDirectory(FASHION_MNIST),
                "Fashion-MNIST is not installed here (apt-get install dataset-fashion-mnist puts it in " + FASHION_MNIST + ")");
        Split fashion = DataSets.directory(FASHION_MNIST);
        DataSet train = fashion.train();
        DataSet test = fashion.test();
        assertEquals("fashion-mnist/train", train.name());
        assertEquals(60_000, train.size());
        assertEquals(10_000, test.size());
        assertEquals(784, train.d());
        int[] sixThousandEach = new int[DataSet.MNIST_CLASSES];
        Arrays.fill(sixThousandEach, 6000);
        assertArrayEquals(sixThousandEach, train.classCounts());
        int[] thousandEach = new int[DataSet.MNIST_CLASSES];
        Arrays.fill(thousandEach, 1000);
        assertArrayEquals(thousandEach, test.classCounts());
        assertArrayEquals(new int[] {9, 0, 0, 3, 0, 2, 7, 2, 5, 5}, Arrays.copyOf(train.labels(), 10));
        assertArrayEquals(new int[] {9, 2, 1, 1, 6, 1, 4, 6, 5, 7}, Arrays.copyOf(test.labels(), 10));
        assertEquals(76247, pixelSum(train, 0), 1e-9);
        assertEquals(33456, pixelSum(test, 0), 1e-9);
    }

    static InputStream resource(String name) throws IOException {
        InputStream in = DataSetsTest.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("no resource " + name);
        }
        return in;
    }

    /** The sum of input i's bytes, recovered from its pixels scaled by 1/255. */
    private static double pixelSum(DataSet data, int i) {
        return Arrays.stream(data.input(i)).sum() * 255;
    }

    /** Every value is k / scale for an integer k in 0..scale, and both 0 and 1 occur. */
    private static void assertPixels(DataSet data, int scale) {
        DoubleBuffer x = data.inputs();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        while (x.hasRemaining()) {
            double v = x.get();
            double k = Math.rint(v * scale);
            assertTrue(k >= 0 && k <= scale && v == k / scale, "value " + v + " is not a multiple of 1/" + scale);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertEquals(0.0, min);
        assertEquals(1.0, max);
    }
}
