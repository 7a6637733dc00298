package org.newsbrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that announce a body and then stall or trickle it must not hold the server's request
 * threads for long (a few hundred of them made the health check wait 30 s).
 */
class SlowClientIT {

    @TempDir
    static Path data;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(TestServer.config(data));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aStalledBodyIsDroppedAfterTheRequestIdleTimeout() throws IOException {
        try (Socket socket = open()) {
            sendHeadersAndStart(socket);
            // The connector's own idle timeout (30 s) would outlast this read; the request idle timeout (10 s) does not.
            socket.setSoTimeout(25_000);
            assertThat(readUntilClosed(socket.getInputStream())).as("server ended the stalled request").isTrue();
        }
    }

    @Test
    void aTricklingBodyIsRefusedBelowTheMinimumRate() throws IOException, InterruptedException {
        try (Socket socket = open()) {
            sendHeadersAndStart(socket);
            OutputStream out = socket.getOutputStream();
            boolean refused = false;
            // One byte every 200 ms never idles out but stays far below 1 KiB/s; give up after 20 s.
            for (int i = 0; i < 100 && !refused; i++) {
                Thread.sleep(200);
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException closed) {
                    refused = true;
                }
                refused |= socket.getInputStream().available() > 0;
            }
            assertThat(refused).as("server refused the trickling body").isTrue();
            socket.setSoTimeout(5_000);
            String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(answer).as("status line").isEqualTo("HTTP/1.1 408");
        }
    }

    private static Socket open() throws IOException {
        return new Socket("127.0.0.1", server.server.port());
    }

    private static void sendHeadersAndStart(Socket socket) throws IOException {
        String head = "POST /api/collections HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100000\r\n\r\n{\"name\": \"";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /** Reads what the server answers until it closes the connection; false if it stays open past the timeout. */
    private static boolean readUntilClosed(InputStream in) throws IOException {
        try {
            while (in.read() >= 0) {
                // drain the answer (a 408 or 500), if any
            }
            return true;
        } catch (SocketTimeoutException open) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }
}
