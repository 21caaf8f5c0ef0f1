package dev.gradus.nn.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.DoubleBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DataSetTest {

    /** Ten inputs of 2 x 3 whose values name them: input i holds 10 i + j at j. */
    private static DataSet numbered() {
        double[] x = new double[10 * 6];
        Arrays.setAll(x, k -> 10 * (k / 6) + k % 6);
        int[] y = IntStream.range(0, 10).map(i -> (3 * i) % 10).toArray();
        return DataSet.of("numbered", x, y, 2, 3);
    }

    @Test
    void inputsAreRowsOfOneArray() {
        DataSet data = numbered();
        assertEquals(10, data.size());
        assertEquals(6, data.d());
        assertEquals(2, data.rows());
        assertEquals(3, data.cols());
        assertEquals(24, data.offset(4));
        assertEquals(45.0, data.input(4, 5));
        assertEquals(45.0, data.inputs().get(data.offset(4) + 5));
        assertArrayEquals(new double[] {70, 71, 72, 73, 74, 75}, data.input(7));
        double[] batch = new double[8];
        data.copyInput(2, batch, 1);
        assertArrayEquals(new double[] {0, 20, 21, 22, 23, 24, 25, 0}, batch);
        assertEquals(9, data.label(3));
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, data.classCounts());
        assertEquals("numbered: 10 inputs of 2 x 3", data.toString());
    }

    @Test
    void nothingHandedOutChangesTheData() {
        double[] x = new double[6];
        int[] y = {4};
        DataSet data = DataSet.of("one", x, y, 1, 6);
        x[0] = 9;
        y[0] = 5;
        data.labels()[0] = 6;
        data.input(0)[0] = 9;
        DoubleBuffer view = data.inputs();
        assertThrows(ReadOnlyBufferException.class, () -> view.put(0, 9));
        assertEquals(0.0, data.input(0, 0));
        assertEquals(4, data.label(0));
    }

    @Test
    void rejectsInconsistentArguments() {
        assertEquals("2 labels of inputs 1 x 3 need 6 values, got 5",
                assertThrows(IllegalArgumentException.class, () -> DataSet.of("x", new double[5], new int[2], 1, 3)).getMessage());
        assertEquals("label -1 at index 1, expected 0 to 65535",
                assertThrows(IllegalArgumentException.class, () -> DataSet.of("x", new double[2], new int[] {0, -1}, 1, 1)).getMessage());
        DataSet twelve = DataSet.of("twelve classes", new double[2], new int[] {0, 11}, 1, 1);
        assertEquals(12, twelve.classes());
        assertEquals(1, twelve.classCounts()[11]);
        assertEquals("an input is rows x cols with both positive, got 0 x 3",
                assertThrows(IllegalArgumentException.class, () -> DataSet.of("x", new double[0], new int[0], 0, 3)).getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> numbered().input(10));
        assertThrows(IndexOutOfBoundsException.class, () -> numbered().input(0, 6));
    }

    @Test
    void firstKeepsOrder() {
        DataSet first = numbered().first(3);
        assertEquals("numbered (first 3)", first.name());
        assertEquals(3, first.size());
        assertArrayEquals(new int[] {0, 3, 6}, first.labels());
        assertArrayEquals(new double[] {20, 21, 22, 23, 24, 25}, first.input(2));
        assertThrows(IndexOutOfBoundsException.class, () -> numbered().first(11));
    }

    @Test
    void splitIsADeterministicPartition() {
        DataSet data = numbered();
        Split split = data.split(4, 7);
        assertEquals("numbered/train", split.train().name());
        assertEquals("numbered/test", split.test().name());
        assertEquals(6, split.train().size());
        assertEquals(4, split.test().size());
        int[] seen = new int[10];
        for (DataSet part : new DataSet[] {split.train(), split.test()}) {
            for (int i = 0; i < part.size(); i++) {
                int original = (int) part.input(i, 0) / 10;
                seen[original]++;
                assertArrayEquals(data.input(original), part.input(i));
                assertEquals(data.label(original), part.label(i));
            }
        }
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, seen);

        Split again = data.split(4, 7);
        assertEquals(split.test().inputs(), again.test().inputs());
        assertEquals(split.train().inputs(), again.train().inputs());
        assertArrayEquals(split.test().labels(), again.test().labels());
    }
}
