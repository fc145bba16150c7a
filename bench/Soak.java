import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An open-model load generator: sends requests at a fixed rate (not as fast as answers come), so
 * a server that slows down accumulates work as it would in production. Paths come from a file,
 * one per line, used round-robin. Prints counts per status and per error every interval.
 *
 * Usage: java bench/Soak.java BASE_URL PATHS_FILE RATE_PER_SECOND SECONDS
 */
public class Soak {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> paths = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        double rate = Double.parseDouble(args[2]);
        long seconds = Long.parseLong(args[3]);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        AtomicLong sent = new AtomicLong();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(2);
        long periodNanos = (long) (1e9 / rate);
        ticker.scheduleAtFixedRate(() -> {
            String path = paths.get((int) (sent.getAndIncrement() % paths.size()));
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", path.contains("/sparql") ? "application/sparql-results+json" : "*/*").GET().build();
            long start = System.nanoTime();
            client.sendAsync(req, HttpResponse.BodyHandlers.discarding()).whenComplete((res, err) -> {
                String key = err != null ? "error " + err.getClass().getSimpleName() : Integer.toString(res.statusCode());
                outcomes.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
                latencies.add((System.nanoTime() - start) / 1000);
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(30_000, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()) + 1));
            System.out.println("soak: sent " + sent.get() + " " + new TreeMap<>(outcomes));
        }
        ticker.shutdownNow();
        Thread.sleep(2000);
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(null);
        long p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        long p99 = sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.99));
        System.out.printf("soak: done, %d sent, outcomes %s, p50 %.1f ms, p99 %.1f ms%n", sent.get(), new TreeMap<>(outcomes), p50 / 1000.0, p99 / 1000.0);
    }
}
