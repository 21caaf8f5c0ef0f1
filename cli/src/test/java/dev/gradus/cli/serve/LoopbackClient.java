package dev.gradus.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A client of the test server from a chosen loopback address (127.0.0.2 is another client than
 * 127.0.0.1 to the server's limits per address), speaking plain HTTP/1.1 on one connection per request.
 */
final class LoopbackClient {
    /** A response's status and body. */
    record Reply(int status, String body) {}

    private final InetAddress from;
    private final int port;

    LoopbackClient(String from, int port) throws IOException {
        this.from = InetAddress.getByName(from);
        this.port = port;
    }

    /** POSTs {@code json} to {@code path} as the page does, and reads the whole answer. */
    Reply post(String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String answer = readAll(socket.getInputStream());
            int status = Integer.parseInt(answer.substring(answer.indexOf(' ') + 1, answer.indexOf(' ') + 4));
            int start = answer.indexOf("\r\n\r\n");
            return new Reply(status, start < 0 ? "" : answer.substring(start + 4));
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
