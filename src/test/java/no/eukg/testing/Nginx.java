package no.eukg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Debian's nginx as a reverse proxy in front of a test server, started in a folder of its own
 * (configuration, logs, temporary files) on a port of its own, and stopped by its PID. It serves
 * the site under a sub-path ({@code /kg/} to the server's {@code /}), as a deployment beside
 * other sites does ({@link #start}); or, as a shared HTTP cache, several copies of the server
 * round robin ({@link #caching}).
 */
public final class Nginx implements AutoCloseable {
    private static final Path EXE = Path.of("/usr/sbin/nginx");
    private static final int ATTEMPTS = 3;
    /**
     * Of a {@link #caching} proxy: a request with this header (any value) is not answered from the
     * cache but by the next copy in turn, whose answer is then kept ({@code proxy_cache_bypass}):
     * how a test makes each copy answer the same URL through the cache.
     */
    public static final String BYPASS = "X-Cache-Bypass";
    /**
     * Of a {@link #caching} proxy: the sub-path whose entries go stale one second after they were
     * stored, whatever the server's {@code Cache-Control} says, so that a test sees revalidation
     * without waiting out the server's {@code max-age}. Under {@code /} the server's own
     * {@code Cache-Control} rules.
     */
    public static final String STALE_AFTER_1S = "/stale-after-1s/";
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

    /** The proxy's own address of {@code path}, e.g. {@code http://127.0.0.1:8123/page/norway}. */
    public String url(String path) {
        return url("/", path);
    }

    /**
     * A proxy serving {@code subPath} (e.g. {@code /kg/}) from the server {@code backend} builds
     * for the proxy's port (it needs the port for its public base, so the port is chosen first; if
     * another process takes it before nginx binds it, both are made again on another).
     *
     * @param backend the server for a proxy on this port; its local port is what nginx forwards to
     */
    public static <T extends AutoCloseable> Proxied<T> start(Path dir, String subPath, IntFunction<T> backend,
                                                              java.util.function.ToIntFunction<T> backendPort) {
        requireNginx();
        for (int attempt = 1; ; attempt++) {
            int port = JarProcess.unusedPort();
            T server = backend.apply(port);
            Path here = dir.resolve("nginx-" + attempt);
            Optional<Nginx> nginx = launch(here, port, config(here, port, subPath, backendPort.applyAsInt(server)), attempt == ATTEMPTS);
            if (nginx.isPresent())
                return new Proxied<>(nginx.get(), server);
            try {
                server.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A shared cache in front of copies of the server ({@code proxy_cache} in a folder of its own),
     * sending what it does not hold to the copies round robin. It revalidates a stale entry with
     * the copies ({@code proxy_cache_revalidate}: the entry's ETag and Last-Modified as
     * {@code If-None-Match} and {@code If-Modified-Since}) and keeps one entry per value of the
     * request headers the answer's {@code Vary} names (nginx 1.22, Debian 12's, reads only the
     * last {@code Vary} field line of an answer; 1.23.0 reads them all). Every answer says how it
     * was made: {@code X-Cache-Status} (HIT, MISS, REVALIDATED, EXPIRED, BYPASS: nginx's
     * {@code $upstream_cache_status}), {@code X-Upstream} (the copy that answered,
     * {@code 127.0.0.1:port}; empty on a hit) and {@code X-Upstream-Status} (that copy's status:
     * 304 on a revalidation that kept the entry). See {@link #BYPASS} and {@link #STALE_AFTER_1S}.
     * The copies are made for the cache's port, their public base, as {@link #start} makes its
     * server; if another process takes the port before nginx binds it, all are made again.
     *
     * @param copies   the copies for a cache on this port
     * @param copyPort the local port of a copy, where nginx sends requests
     */
    public static <T extends AutoCloseable> Cached<T> caching(Path dir, IntFunction<List<T>> copies,
                                                              java.util.function.ToIntFunction<T> copyPort) {
        requireNginx();
        for (int attempt = 1; ; attempt++) {
            int port = JarProcess.unusedPort();
            List<T> pool = List.copyOf(copies.apply(port));
            if (pool.isEmpty())
                throw new IllegalArgumentException("no copies to cache");
            Path here = dir.resolve("nginx-cache-" + attempt);
            Optional<Nginx> nginx = launch(here, port, cachingConfig(here, port, pool.stream().map(copyPort::applyAsInt).toList()),
                    attempt == ATTEMPTS);
            if (nginx.isPresent())
                return new Cached<>(nginx.get(), pool);
            closeAll(pool);
        }
    }

    /** The cache and the copies behind it, closed together. */
    public record Cached<T extends AutoCloseable>(Nginx nginx, List<T> copies) implements AutoCloseable {
        public Cached {
            copies = List.copyOf(copies);
        }

        @Override
        public void close() {
            try {
                nginx.close();
            } finally {
                closeAll(copies);
            }
        }
    }

    /** Closes every one, even when one fails; the first failure is thrown with the others suppressed. */
    private static void closeAll(List<? extends AutoCloseable> all) {
        RuntimeException failed = null;
        for (AutoCloseable c : all) {
            try {
                c.close();
            } catch (Exception e) {
                if (failed == null)
                    failed = new IllegalStateException("could not close " + c, e);
                else
                    failed.addSuppressed(e);
            }
        }
        if (failed != null)
            throw failed;
    }

    private static void requireNginx() {
        if (!Files.isExecutable(EXE))
            throw new IllegalStateException(EXE + " is missing (apt-get install nginx)");
    }

    /**
     * Starts nginx in {@code here} with {@code config}; empty when another process took the port
     * first and this was not the last attempt.
     */
    private static Optional<Nginx> launch(Path here, int port, String config, boolean last) {
        try {
            Files.createDirectories(here.resolve("logs"));
            Files.writeString(here.resolve("nginx.conf"), config);
            Process p = new ProcessBuilder(EXE.toString(), "-p", here.toString(), "-c", here.resolve("nginx.conf").toString())
                    .redirectErrorStream(true).redirectOutput(here.resolve("logs/out.log").toFile()).start();
            Nginx nginx = new Nginx(p, port);
            if (nginx.answers(Duration.ofSeconds(20)))
                return Optional.of(nginx);
            nginx.close();
            String log = Files.readString(here.resolve("logs/error.log"));
            if (last || !log.contains("Address already in use"))
                throw new AssertionError("nginx did not start on port " + port + ":\n" + log);
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        return String.join("\n",
                head(dir),
                "  access_log off;",
                "  server {",
                "    listen 127.0.0.1:" + port + ";",
                "    location " + subPath + " {",
                "      proxy_pass http://127.0.0.1:" + backend + "/;",
                "      proxy_set_header Host $host:$server_port;",
                "    }",
                "  }",
                "}", "");
    }

    private static String cachingConfig(Path dir, int port, List<Integer> copies) {
        return String.join("\n",
                head(dir),
                "  log_format cache '$request \"$http_accept\" $status $upstream_cache_status $upstream_addr $upstream_status';",
                "  access_log " + dir.resolve("logs/access.log") + " cache;",
                // No max_size: a cache manager process would be needed to enforce it, and a test's
                // entries are few.
                "  proxy_cache_path " + dir.resolve("cache") + " levels=1:2 keys_zone=copies:1m inactive=10m use_temp_path=off;",
                // Round robin, the default: consecutive requests that reach the copies alternate between them.
                "  upstream copies {",
                copies.stream().map(p -> "    server 127.0.0.1:" + p + ";").collect(Collectors.joining("\n")),
                "  }",
                "  server {",
                "    listen 127.0.0.1:" + port + ";",
                "    proxy_cache copies;",
                // The default key is the copies' URI, which would make /stale-after-1s/x and /x one
                // entry. No request header is in the key: the copies' Vary says which to keep apart.
                "    proxy_cache_key $scheme$host$server_port$request_uri;",
                "    proxy_cache_revalidate on;",
                "    proxy_cache_bypass $http_" + BYPASS.toLowerCase(java.util.Locale.ROOT).replace('-', '_') + ";",
                "    proxy_set_header Host $host:$server_port;",
                "    add_header X-Cache-Status $upstream_cache_status always;",
                "    add_header X-Upstream $upstream_addr always;",
                "    add_header X-Upstream-Status $upstream_status always;",
                "    location / {",
                "      proxy_pass http://copies;",
                "    }",
                // The server says max-age=300; ignoring that here (and Expires) makes entries stale
                // after one second, so revalidation is seen at once.
                "    location " + STALE_AFTER_1S + " {",
                "      proxy_pass http://copies/;",
                "      proxy_ignore_headers Cache-Control Expires;",
                "      proxy_cache_valid 200 1s;",
                "    }",
                "  }",
                "}", "");
    }

    /** What every configuration begins with, up to the inside of {@code http}. */
    private static String head(Path dir) {
        // One process in the foreground (no daemon, no workers), so that its PID is the test's to stop.
        return String.join("\n",
                "daemon off;",
                "master_process off;",
                "pid " + dir.resolve("nginx.pid") + ";",
                "error_log " + dir.resolve("logs/error.log") + " warn;",
                "events { worker_connections 64; }",
                "http {",
                "  client_body_temp_path " + dir.resolve("body") + ";",
                "  proxy_temp_path " + dir.resolve("proxy") + ";",
                "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";",
                "  uwsgi_temp_path " + dir.resolve("uwsgi") + ";",
                "  scgi_temp_path " + dir.resolve("scgi") + ";");
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
