package dev.gradus.proofs.symja;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Symja evaluations with a time limit to the millisecond. Symja's own TimeConstrained counts in
 * whole seconds (measured: a limit of 0.1 s or 1.9 s stops after 1.0 s, 2.5 s after 2.0 s), so a
 * verifier stage with 200 ms left would run for a second. Here each evaluation runs on an
 * evaluation thread (one, reused, so that Symja's per-thread state stays warm); at the limit the
 * engine is asked to stop, which Symja notices within milliseconds in almost every computation
 * (measured on Expand, FullSimplify, Simplify(Together(..)), Integrate and N). A computation that
 * does not notice within a quarter of a second (JAS's polynomial factoring does not look; a
 * built-in busy with a huge sum looks only when it is done) is a runaway: its thread is stopped by
 * force (see {@link #kill}), the caller must not use its engine again, since Symja engines are not
 * thread-safe, and later evaluations get a new thread.
 */
final class TimedEvaluation {
    /** What came of it: the value (null when stopped at the limit), and whether the computation is still running. */
    record Outcome(IExpr value, boolean runaway) {}

    /** How long a stopped computation may take to notice before it counts as a runaway. */
    private static final long STOP_WAIT_MILLIS = 250;

    /** How long a computation that is initialising classes may take to finish that and notice the stop. */
    private static final long CLASS_INITIALISATION_WAIT_MILLIS = 10_000;

    /** The thread evaluations run on, as the executor created it: a runaway on it is stopped by force. */
    private volatile Thread evaluating;
    private ExecutorService thread = newThread();

    Outcome run(EvalEngine engine, Supplier<IExpr> evaluation, long millis) {
        Future<IExpr> running = thread.submit(evaluation::get);
        try {
            return new Outcome(running.get(millis, TimeUnit.MILLISECONDS), false);
        } catch (TimeoutException e) {
            return stop(engine, running);
        } catch (ExecutionException e) {
            // what the evaluation threw, as the caller would have seen it had it evaluated on its own thread
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Outcome stopped = stop(engine, running);
            Thread.currentThread().interrupt();
            return stopped;
        }
    }

    private Outcome stop(EvalEngine engine, Future<IExpr> running) {
        engine.stopRequest();
        boolean ended = awaitEnd(running, STOP_WAIT_MILLIS);
        // A class being initialised (Symja's first integral loads thousands of rules in static
        // initialisers, 1-2 s) does not look at the request, and stopped by force it would leave
        // its class unusable: it is waited for, and the computation asked again once it is done.
        long initialising = System.nanoTime();
        while (!ended && initialisesAClass(evaluating)
                && System.nanoTime() - initialising < TimeUnit.MILLISECONDS.toNanos(CLASS_INITIALISATION_WAIT_MILLIS)) {
            ended = awaitEnd(running, STOP_WAIT_MILLIS);
        }
        if (!ended) {
            // The stop stays requested: a computation that was busy inside one built-in (a sum of a
            // million terms) stops when it next enters the evaluation loop; with the request cleared
            // it ran on for minutes, a core busy beside every later evaluation. Its engine is not used again.
            Thread runaway = evaluating;
            thread.shutdown(); // its thread ends when the runaway does
            thread = newThread();
            kill(runaway);
        } else {
            engine.setStopRequested(false);
        }
        return new Outcome(null, !ended);
    }

    /** Whether the computation ended (with whatever value or exception: it is not used) within {@code millis}. */
    private static boolean awaitEnd(Future<IExpr> running, long millis) {
        try {
            running.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return running.isDone();
        }
    }

    private static boolean initialisesAClass(Thread thread) {
        if (thread == null) {
            return false;
        }
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getMethodName().equals("<clinit>")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Ends a runaway that will not look at the stop request: exact arithmetic on a number of
     * millions of digits (3^(10^7) at a rational point) runs in BigInteger for minutes and
     * allocates gigabytes. Seventeen of them were measured running beside a test class, each on
     * a core, and every later evaluation slowed until the probe ran out of time. Its engine is
     * abandoned, so no one reads what it leaves half done. Java 20 and later refuse Thread.stop:
     * there it runs on, asked to stop, as before.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void kill(Thread runaway) {
        if (runaway == null) {
            return;
        }
        try {
            runaway.stop();
        } catch (UnsupportedOperationException | SecurityException refused) {
            // a newer JVM: the stop request is all there is
        }
    }

    /** A daemon thread with the JVM's default stack size (-Xss), as the caller's: Symja recurses deeply. */
    private ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(work -> {
            Thread t = new Thread(work, "gradus-symja-evaluation");
            t.setDaemon(true);
            evaluating = t;
            return t;
        });
    }
}
