package no.eukg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.IntFunction;

/**
 * Debian's nginx as a reverse proxy in front of a test server, started in a folder of its own
 * (configuration, logs, temporary files) on a port of its own, and stopped by its PID. It serves
 * the site under a sub-path ({@code /kg/} to the server's {@code /}), as a deployment beside
 * other sites does.
 */
public final class Nginx implements AutoCloseable {
    private static final Path EXE = Path.of("/usr/sbin/nginx");
    private static final int ATTEMPTS = 3;
    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The proxy's own address of {@code path} under the sub-path, e.g. {@code http://127.0.0.1:8123/kg/page/norway}. */
    public String url(String subPath, String path) {
        return "http://127.0.0.1:" + port + subPath + (path.startsWith("/") ? path.substring(1) : path);
    }

    public int port() { return port; }

    /**
     * A proxy serving {@code subPath} (e.g. {@code /kg/}) from the server {@code backend} builds
     * for the proxy's port (it needs the port for its public base, so the port is chosen first; if
     * another process takes it before nginx binds it, both are made again on another).
     *
     * @param backend the server for a proxy on this port; its local port is what nginx forwards to
     */
    public static <T extends AutoCloseable> Proxied<T> start(Path dir, String subPath, IntFunction<T> backend,
                                                              java.util.function.ToIntFunction<T> backendPort) {
        if (!Files.isExecutable(EXE))
            throw new IllegalStateException(EXE + " is missing (apt-get install nginx)");
        for (int attempt = 1; ; attempt++) {
            int port = JarProcess.unusedPort();
            T server = backend.apply(port);
            Path here = dir.resolve("nginx-" + attempt);
            try {
                Files.createDirectories(here.resolve("logs"));
                Files.writeString(here.resolve("nginx.conf"), config(here, port, subPath, backendPort.applyAsInt(server)));
                Process p = new ProcessBuilder(EXE.toString(), "-p", here.toString(), "-c", here.resolve("nginx.conf").toString())
                        .redirectErrorStream(true).redirectOutput(here.resolve("logs/out.log").toFile()).start();
                Nginx nginx = new Nginx(p, port);
                if (nginx.answers(Duration.ofSeconds(20)))
                    return new Proxied<>(nginx, server);
                nginx.close();
                String log = Files.readString(here.resolve("logs/error.log"));
                if (attempt == ATTEMPTS || !log.contains("Address already in use"))
                    throw new AssertionError("nginx did not start on port " + port + ":\n" + log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                server.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The proxy and the server behind it, closed together. */
    public record Proxied<T extends AutoCloseable>(Nginx nginx, T server) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            nginx.close();
            server.close();
        }
    }

    private static String config(Path dir, int port, String subPath, int backend) {
        // One process in the foreground (no daemon, no workers), so that its PID is the test's to stop.
        return String.join("\n",
                "daemon off;",
                "master_process off;",
                "pid " + dir.resolve("nginx.pid") + ";",
                "error_log " + dir.resolve("logs/error.log") + " warn;",
                "events { worker_connections 64; }",
                "http {",
                "  access_log off;",
                "  client_body_temp_path " + dir.resolve("body") + ";",
                "  proxy_temp_path " + dir.resolve("proxy") + ";",
                "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";",
                "  uwsgi_temp_path " + dir.resolve("uwsgi") + ";",
                "  scgi_temp_path " + dir.resolve("scgi") + ";",
                "  server {",
                "    listen 127.0.0.1:" + port + ";",
                "    location " + subPath + " {",
                "      proxy_pass http://127.0.0.1:" + backend + "/;",
                "      proxy_set_header Host $host:$server_port;",
                "    }",
                "  }",
                "}", "");
    }

    private boolean answers(Duration max) {
        try {
            Eventually.until(max, () -> {
                if (!process.isAlive())
                    throw new AssertionError("nginx exited");
                try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
                    return true;
                } catch (IOException notYet) {
                    return false;
                }
            }, "nginx to listen on port " + port);
            return true;
        } catch (AssertionError exitedOrSlow) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS))
                process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
