package dev.gradus.autodiff.tensor;

/**
 * Chooses the kernels for {@link MatrixKernels#best()} without ever loading {@code VectorKernels}
 * in a JVM that lacks the module {@value #VECTOR_MODULE}: that class refers to the Vector API, so
 * loading it there would fail. Nothing in the main code names it at compile time (it is compiled
 * on its own, see autodiff/pom.xml); it is loaded by name, in a holder class that the JVM
 * initialises on first use only.
 */
final class KernelSelection {
    /** The system property that forces a choice: {@code scalar} or {@code vector}. */
    static final String PROPERTY = "gradus.kernels";
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    /** The system property that limits the kernels to one thread: {@code 1}; or {@code 2}. */
    static final String THREADS_PROPERTY = "gradus.threads";

    private static final MatrixKernels SCALAR = new ScalarKernels();

    private KernelSelection() {}

    static MatrixKernels best() {
        MatrixKernels kernels = oneThread();
        return twoThreads() ? new TwoCoreKernels(kernels, HelperCore.SHARED) : kernels;
    }

    /** Two threads unless told otherwise, when there are two cores to run them. */
    private static boolean twoThreads() {
        String threads = System.getProperty(THREADS_PROPERTY, "");
        switch (threads) {
            case "":
                return Runtime.getRuntime().availableProcessors() >= 2;
            case "1":
                return false;
            case "2":
                return true;
            default:
                throw new IllegalArgumentException(THREADS_PROPERTY + " is 1 or 2, not '" + threads + "'");
        }
    }

    private static MatrixKernels oneThread() {
        String forced = System.getProperty(PROPERTY, "");
        switch (forced) {
            case "":
                return vectorModulePresent() ? vector() : scalar();
            case "scalar":
                return scalar();
            case "vector":
                return vector();
            default:
                throw new IllegalArgumentException(PROPERTY + " is scalar or vector, not '" + forced + "'");
        }
    }

    static MatrixKernels scalar() {
        return SCALAR;
    }

    /** @throws IllegalStateException when the JVM was started without the Vector API */
    static MatrixKernels vector() {
        if (!vectorModulePresent()) {
            throw new IllegalStateException("the vector kernels need the JVM option --add-modules " + VECTOR_MODULE);
        }
        return Vector.KERNELS;
    }

    static boolean vectorModulePresent() {
        return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
    }

    /** Initialised (and {@code VectorKernels} loaded) the first time the vector kernels are chosen. */
    private static final class Vector {
        static final MatrixKernels KERNELS = load();

        private static MatrixKernels load() {
            try {
                return Class.forName(KernelSelection.class.getPackageName() + ".VectorKernels")
                        .asSubclass(MatrixKernels.class)
                        .getDeclaredConstructor()
                        .newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the vector kernels could not be loaded", e);
            }
        }
    }
}
