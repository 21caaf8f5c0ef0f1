package dev.gradus.cli.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * How long a client may take to send a request, whatever its rate: Jetty's idle timeout only
 * closes connections that send nothing, so a client that sends a byte of its headers or body now
 * and then would hold its connection for ever. Here every connection has a deadline: its headers
 * are due within the header timeout from its opening (or from the previous answer, for the next
 * request on it), its body within the body timeout from its headers. A connection past its
 * deadline is closed. No thread waits for a request's bytes (Jetty parses headers as they come,
 * and endpoints read bodies the same way), so bytes that never come cost a socket until then.
 */
final class Deadlines extends Handler.Wrapper {
    private final long headerMillis;
    private final long bodyMillis;
    /** The closing planned for each open connection that owes the server a request or its body. */
    private final Map<Connection, Scheduler.Task> pending = new ConcurrentHashMap<>();

    Deadlines(long headerMillis, long bodyMillis, Handler handler) {
        super(handler);
        this.headerMillis = headerMillis;
        this.bodyMillis = bodyMillis;
    }

    /** To be added to the connector: every new connection owes its first request's headers. */
    Connection.Listener connections() {
        return new Connection.Listener() {
            @Override
            public void onOpened(Connection connection) {
                closeAfter(connection, headerMillis);
            }

            @Override
            public void onClosed(Connection connection) {
                cancel(connection);
            }
        };
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Connection connection = request.getConnectionMetaData().getConnection();
        if (request.getLength() == 0) {
            cancel(connection);
        } else {
            closeAfter(connection, bodyMillis);
        }
        // While the server computes an answer nothing moves on the connection, and that is no fault of the client's: the
        // step's time limit bounds it. Jetty would count the idle timeout as the request's failure; reads and writes that
        // wait on the client still end with it.
        request.addIdleTimeoutListener(timeout -> false);
        Request timed = new Request.Wrapper(request) {
            @Override
            public Content.Chunk read() {
                Content.Chunk chunk = super.read();
                if (chunk != null && chunk.isLast()) {
                    cancel(connection);
                }
                return chunk;
            }
        };
        return super.handle(timed, response, new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                // before the connection reads the next request, whose headers are then due
                closeAfter(connection, headerMillis);
                super.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                closeAfter(connection, headerMillis);
                super.failed(failure);
            }
        });
    }

    private void closeAfter(Connection connection, long millis) {
        Scheduler.Task closing = getServer().getScheduler().schedule(() -> {
            pending.remove(connection);
            connection.close();
        }, millis, TimeUnit.MILLISECONDS);
        Scheduler.Task previous = pending.put(connection, closing);
        if (previous != null) {
            previous.cancel();
        }
    }

    private void cancel(Connection connection) {
        Scheduler.Task previous = pending.remove(connection);
        if (previous != null) {
            previous.cancel();
        }
    }
}
