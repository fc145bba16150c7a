package no.eukg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.util.Objects;

import org.eclipse.jetty.server.ServerConnector;

/**
 * The server's listening socket, bound before anything else of the server is built, then handed
 * to Jetty's connector as it is.
 *
 * <p>Why before: with port 0 the system chooses the port when the socket is bound, and the
 * default public base ({@code http://localhost:PORT/}), on which the feature modules build their
 * links, redirects and descriptions as they are constructed, must be known by then. Binding
 * first lets every module keep a plain, final base. Why this very socket: choosing a port by
 * opening and closing a socket, then giving the number to Jetty, leaves the port free in between
 * for any other process (or a parallel test) to take; this socket is never released until the
 * server stops. A client that connects while the server is still being built waits in the
 * socket's backlog and is answered once it starts, rather than being refused.
 */
public final class ListeningSocket implements AutoCloseable {
    private final ServerSocketChannel channel;
    private final int port;

    private ListeningSocket(ServerSocketChannel channel) throws IOException {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.port = ((InetSocketAddress) channel.getLocalAddress()).getPort();
    }

    /**
     * Binds {@code host:port} now; port 0 lets the system choose a free port.
     *
     * @throws UncheckedIOException when the address is taken or the host is not this machine's
     */
    public static ListeningSocket bind(String host, int port) {
        Objects.requireNonNull(host, "host");
        InetSocketAddress address = new InetSocketAddress(host, port);
        ServerSocketChannel channel = null;
        try {
            channel = ServerSocketChannel.open();
            // As Jetty's own connector does, so that a restart is not refused while the last
            // run's connections linger in TIME_WAIT.
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(address);
            return new ListeningSocket(channel);
        } catch (IOException e) {
            closeQuietly(channel, e);
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /** The port the socket is bound to: the one the system chose when it was asked for 0. */
    public int port() {
        return port;
    }

    /**
     * Gives the socket to the connector, which then accepts on it instead of binding its own and
     * closes it when the server stops.
     */
    void handTo(ServerConnector connector) {
        try {
            connector.open(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hand the socket on port " + port + " to the server", e);
        }
    }

    /** Releases the port; for a server that will not be started (its connector closes it otherwise). */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the socket on port " + port, e);
        }
    }

    private static void closeQuietly(ServerSocketChannel channel, IOException failure) {
        if (channel == null)
            return;
        try {
            channel.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
