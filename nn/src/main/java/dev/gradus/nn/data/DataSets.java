package dev.gradus.nn.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Data sets by name: the two shipped inside gradus (no download, so an example or a test runs
 * anywhere), and any folder of MNIST-format files.
 *
 * <ul>
 *   <li>{@code mnist-10k}: 10,000 real MNIST digits, 28 x 28, split 8,000 / 2,000 as shipped.
 *   <li>{@code optdigits}: the 1,797 UCI 8 x 8 digits, split 1,397 / 400 by
 *       {@link DataSet#split(int, long)} with seed {@value #OPTDIGITS_SEED}.
 * </ul>
 *
 * <p>Sources and licences: {@code data/README.md} among the resources, and the module's README.
 */
public final class DataSets {
    public static final String MNIST_10K = "mnist-10k";
    public static final String OPTDIGITS = "optdigits";
    /** The size of optdigits' test set. */
    public static final int OPTDIGITS_TEST_SIZE = 400;
    /** The seed of optdigits' split: the year the UCI set was published. */
    public static final long OPTDIGITS_SEED = 1998;

    /** The four files of an MNIST-format folder, each raw or with {@code .gz} appended. */
    static final List<String> MNIST_FILES = List.of(
            "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");

    private interface Loader {
        Split load() throws DataSetException;
    }

    private static final Map<String, Loader> SHIPPED = new TreeMap<>(Map.of(
            MNIST_10K, DataSets::mnist10k,
            OPTDIGITS, DataSets::optdigits));

    private DataSets() {}

    /** The names {@link #named(String)} knows, in alphabetical order. */
    public static List<String> names() {
        return List.copyOf(SHIPPED.keySet());
    }

    /** A shipped data set, read and validated anew from the jar (a fraction of a second). */
    public static Split named(String name) throws DataSetException {
        Loader loader = SHIPPED.get(name);
        if (loader == null) {
            throw new DataSetException("unknown data set \"" + name + "\": the known ones are "
                    + String.join(", ", names()) + " (DataSets.directory reads a folder of MNIST-format files)");
        }
        return loader.load();
    }

    /**
     * What a user names on the command line: a folder of MNIST-format files when {@code nameOrFolder}
     * is one (a folder called like a shipped set included), else the shipped data set of that name.
     */
    public static Split open(String nameOrFolder) throws DataSetException {
        Path folder = Path.of(nameOrFolder);
        return Files.isDirectory(folder) ? directory(folder) : named(nameOrFolder);
    }

    /**
     * The MNIST-format files in {@code folder}: {@code train-images-idx3-ubyte},
     * {@code train-labels-idx1-ubyte}, {@code t10k-images-idx3-ubyte} and
     * {@code t10k-labels-idx1-ubyte}, each raw or gzipped with {@code .gz} appended (the raw one
     * when both are there). The sets are called {@code FOLDER/train} and {@code FOLDER/test}.
     */
    public static Split directory(Path folder) throws DataSetException {
        if (!Files.isDirectory(folder)) {
            throw new DataSetException(folder + ": no such folder");
        }
        List<Path> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String file : MNIST_FILES) {
            Path raw = folder.resolve(file);
            Path gzipped = folder.resolve(file + ".gz");
            if (Files.isRegularFile(raw)) {
                files.add(raw);
            } else if (Files.isRegularFile(gzipped)) {
                files.add(gzipped);
            } else {
                missing.add(file + "[.gz]");
            }
        }
        if (!missing.isEmpty()) {
            throw new DataSetException(folder + ": no " + String.join(", no ", missing)
                    + " (an MNIST-format folder holds " + String.join(", ", MNIST_FILES) + ", each raw or gzipped)");
        }
        Path name = folder.toAbsolutePath().normalize().getFileName();
        String base = name == null ? folder.toString() : name.toString();
        return new Split(IdxReader.read(base + "/train", files.get(0), files.get(1)),
                IdxReader.read(base + "/test", files.get(2), files.get(3)));
    }

    private static Split mnist10k() throws DataSetException {
        String folder = "/data/" + MNIST_10K + "/";
        return new Split(
                IdxReader.read(MNIST_10K + "/train", Source.resource(folder + MNIST_FILES.get(0) + ".gz"),
                        Source.resource(folder + MNIST_FILES.get(1) + ".gz")),
                IdxReader.read(MNIST_10K + "/test", Source.resource(folder + MNIST_FILES.get(2) + ".gz"),
                        Source.resource(folder + MNIST_FILES.get(3) + ".gz")));
    }

    private static Split optdigits() throws DataSetException {
        DataSet all = DigitsCsvReader.read(OPTDIGITS, Source.resource("/data/" + OPTDIGITS + "/digits.csv.gz"));
        return all.split(OPTDIGITS_TEST_SIZE, OPTDIGITS_SEED);
    }
}
