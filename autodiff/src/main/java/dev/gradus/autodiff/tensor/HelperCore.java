package dev.gradus.autodiff.tensor;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A daemon thread that helps with one {@link SplitProduct} at a time, while the thread that
 * posted it works on the same product.
 *
 * <p>A product of a training step lasts tens to hundreds of microseconds, so the hand-over must
 * cost far less: the helper spins ({@link Thread#onSpinWait}) for {@value #SPIN_NANOS} ns after
 * each product before it parks, and the caller spins while it waits for the helper's last band.
 * A step's products come close together, so the helper is usually still spinning when the next
 * one arrives; between epochs and after training it parks and costs nothing. A parked helper
 * takes tens of microseconds to wake (more in a virtual machine), so a caller that has computed
 * every band before the helper started withdraws the product instead of waiting for it: the
 * helper starts a product only by moving it from posted to running, the caller withdraws it only
 * by moving it from posted to idle, and exactly one of the two moves succeeds.
 *
 * <p>One caller at a time: {@link #tryTake()} claims the helper, and a caller that does not get
 * it computes the whole product itself.
 */
final class HelperCore {
    private static final long SPIN_NANOS = 1_000_000;
    private static final int IDLE = 0;
    private static final int POSTED = 1;
    private static final int RUNNING = 2;
    private static final int DONE = 3;

    /** The one helper of this JVM, started on first use. */
    static final HelperCore SHARED = new HelperCore();

    private final AtomicBoolean taken = new AtomicBoolean();
    private final Thread thread;
    private final AtomicInteger state = new AtomicInteger(IDLE);
    private volatile boolean parked;
    private SplitProduct product;
    private RuntimeException failure;

    private HelperCore() {
        thread = new Thread(this::serve, "gradus-kernels-helper");
        thread.setDaemon(true);
        thread.start();
    }

    /** Claims the helper for one {@link #compute}; false when another caller has it. */
    boolean tryTake() {
        return taken.compareAndSet(false, true);
    }

    /**
     * Computes the product on this thread and the helper, then releases the helper. The product's
     * fields are published to the helper by the write of state, and its results to this thread
     * by the helper's.
     */
    void compute(SplitProduct product) {
        this.product = product;
        state.set(POSTED);
        if (parked) {
            LockSupport.unpark(thread);
        }
        RuntimeException thrown = null;
        try {
            product.computeBands();
        } catch (RuntimeException e) {
            thrown = e;
        }
        if (!state.compareAndSet(POSTED, IDLE)) {
            while (state.get() != DONE) {
                Thread.onSpinWait();
            }
        }
        if (thrown == null) {
            thrown = failure;
        }
        failure = null;
        this.product = null;
        product.clear();
        state.set(IDLE);
        taken.set(false);
        if (thrown != null) {
            throw thrown;
        }
    }

    private void serve() {
        while (true) {
            waitForPost();
            if (!state.compareAndSet(POSTED, RUNNING)) {
                continue; // withdrawn: the caller computed every band
            }
            try {
                product.computeBands();
            } catch (RuntimeException e) {
                failure = e;
            }
            state.set(DONE);
        }
    }

    /**
     * Spins, then parks. {@code parked} is written before state is read again, and the poster
     * writes state before it reads {@code parked} (all volatile): either the helper sees the post
     * or the poster sees it parked and unparks it, so no post is missed.
     */
    private void waitForPost() {
        long spinUntil = System.nanoTime() + SPIN_NANOS;
        while (state.get() != POSTED) {
            if (System.nanoTime() < spinUntil) {
                Thread.onSpinWait();
                continue;
            }
            parked = true;
            if (state.get() != POSTED) {
                LockSupport.park(this);
            }
            parked = false;
        }
    }
}
