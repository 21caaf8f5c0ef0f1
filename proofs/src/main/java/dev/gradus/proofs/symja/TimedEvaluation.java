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
 * built-in busy with a huge sum looks only when it is done) is left to run on its thread with the
 * engine it holds, still asked to stop, and reported as a runaway: the caller must not use that engine again, since
 * Symja engines are not thread-safe; later evaluations get a new thread.
 */
final class TimedEvaluation {
    /** What came of it: the value (null when stopped at the limit), and whether the computation is still running. */
    record Outcome(IExpr value, boolean runaway) {}

    /** How long a stopped computation may take to notice before it counts as a runaway. */
    private static final long STOP_WAIT_MILLIS = 250;

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
        boolean ended = awaitEnd(running);
        if (!ended) {
            // The stop stays requested: a computation that was busy inside one built-in (a sum of a
            // million terms) stops when it next enters the evaluation loop; with the request cleared
            // it ran on for minutes, a core busy beside every later evaluation. Its engine is not used again.
            thread.shutdown(); // its thread ends when the runaway does
            thread = newThread();
        } else {
            engine.setStopRequested(false);
        }
        return new Outcome(null, !ended);
    }

    /** Whether the computation ended (with whatever value or exception: it is not used) soon after the stop. */
    private static boolean awaitEnd(Future<IExpr> running) {
        try {
            running.get(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
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

    /** A daemon thread with the JVM's default stack size (-Xss), as the caller's: Symja recurses deeply. */
    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(work -> {
            Thread t = new Thread(work, "gradus-symja-evaluation");
            t.setDaemon(true);
            return t;
        });
    }
}
