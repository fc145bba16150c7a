package no.eukg.web;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.eukg.testing.TestServer;

/**
 * Responses are written through buffers that Jetty's pool hands back for the next response.
 * Fuseki's own 5 MiB output buffer is larger than the pool keeps, so each answer allocated a new
 * one (a humongous object for G1) and under load the JVM ran full GCs many times a second.
 */
class ResponseBuffersIT {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.over(TestServer.shippedProject(), Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_output_buffer_is_one_the_pool_keeps() {
        // A larger one is allocated afresh for each response and dropped after it.
        ArrayByteBufferPool pool = assertInstanceOf(ArrayByteBufferPool.class, server.jetty().getByteBufferPool());
        for (var connector : server.jetty().getConnectors()) {
            var http = assertInstanceOf(ServerConnector.class, connector).getConnectionFactory(HttpConnectionFactory.class);
            int size = http.getHttpConfiguration().getOutputBufferSize();
            assertTrue(size <= pool.getMaxCapacity(), "output buffer " + size + " B, pool keeps up to " + pool.getMaxCapacity() + " B");
            assertTrue(!http.getHttpConfiguration().isUseOutputDirectByteBuffers(), "direct buffers count against the direct-memory limit");
        }
    }
}
