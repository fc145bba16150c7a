package no.eukg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A local port that refuses every connection, as a server that is down does, and that no other
 * server can take while it is held: a socket bound to it that never listens. Choosing a free
 * port and leaving it unbound would let any process start listening there mid-test.
 */
public final class RefusingPort implements AutoCloseable {
    private final Socket socket;

    private RefusingPort(Socket socket) {
        this.socket = socket;
    }

    /** A port of the system's choosing on the loopback interface. */
    public static RefusingPort bind() {
        Socket socket = new Socket();
        try {
            // Without SO_REUSEADDR no other socket can bind the port beside this one.
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return new RefusingPort(socket);
        } catch (IOException e) {
            try {
                socket.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new UncheckedIOException("cannot bind a port to refuse connections on", e);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Releases the port, e.g. the moment before a server that is to answer on it binds it. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
