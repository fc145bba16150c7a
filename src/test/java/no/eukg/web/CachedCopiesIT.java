package no.eukg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.eukg.graph.ProjectFiles;
import no.eukg.graph.ProjectGraph;
import no.eukg.testing.BareFuseki;
import no.eukg.testing.Eventually;
import no.eukg.testing.Http;
import no.eukg.testing.JarProcess;
import no.eukg.testing.Nginx;
import no.eukg.testing.TestServer;

/**
 * Issue 14: two copies of the publisher over one remote store (an unmodified Fuseki), behind a
 * real shared HTTP cache (Debian's nginx with {@code proxy_cache}, round robin to the copies),
 * both started with the cache's address as their base, as a deployment's pool is. The copies
 * compute the same dataset version from the store, so they name each answer with the same ETag:
 * the cache may keep an answer of one, revalidate it with the other, and a client's
 * {@code If-None-Match} is current whichever copy answers; {@code Vary} keeps each negotiated
 * representation apart. The cache says how it answered ({@code X-Cache-Status}) and which copy
 * it asked ({@code X-Upstream}), see {@link Nginx#caching}.
 */
class CachedCopiesIT {
    /** A project with canned queries, in the tiny fixture's namespace that {@link TestServer#remoteStore} names. */
    private static final Path QUERIES = Path.of("src/test/resources/queries-api/project");
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    @TempDir
    static Path dir;
    private static BareFuseki fuseki;
    private static Nginx.Cached<TestServer> cached;

    /** A URL of a path family that renders from the graph, with what a client accepts of it. */
    record Resource(String path, String accept) {
        @Override
        public String toString() { return path + " as " + accept; }
    }

    static Stream<Resource> resources() {
        return Stream.of(new Resource("page/norway", "text/html"),
                new Resource("data/norway", "text/turtle"),
                new Resource("api/queries/countries", "text/csv"));
    }

    /**
     * The representations of one URL a client may ask for: each value of {@code header} selects
     * one, and the answer's {@code shows} header says which it got.
     */
    record Variants(String path, List<String> fixed, String header, List<String> values, String shows) {
        @Override
        public String toString() { return path + " by " + header; }
    }

    static Stream<Variants> variants() {
        return Stream.of(
                new Variants("data/norway", List.of(), "Accept", List.of("text/turtle", "application/ld+json", "application/n-triples"), "Content-Type"),
                new Variants("api/queries/countries", List.of(), "Accept", List.of("application/sparql-results+json", "text/csv", "text/html"), "Content-Type"),
                new Variants("page/norway", List.of("Accept", "text/html"), "Accept-Language", List.of("en", "nb"), "Content-Language"));
    }

    @BeforeAll
    static void start() {
        fuseki = JarProcess.bareFuseki(dir, ProjectGraph.load(new ProjectFiles(QUERIES)));
        cached = Nginx.caching(dir, CachedCopiesIT::twoCopies, TestServer::port);
    }

    private static List<TestServer> twoCopies(int cachePort) {
        String base = "http://127.0.0.1:" + cachePort + "/";
        TestServer first = TestServer.copy(TestServer.remoteStore(fuseki.endpoint()), QUERIES, base, TIMEOUT);
        try {
            return List.of(first, TestServer.copy(TestServer.remoteStore(fuseki.endpoint()), QUERIES, base, TIMEOUT));
        } catch (RuntimeException e) {
            first.close();
            throw e;
        }
    }

    @AfterAll
    static void stop() {
        try {
            if (cached != null)
                cached.close();
        } finally {
            if (fuseki != null)
                fuseki.close();
        }
    }

    @ParameterizedTest
    @MethodSource("resources")
    void both_copies_answer_through_the_cache_with_the_same_etag_and_the_same_bytes(Resource r) {
        Map<String, HttpResponse<String>> byCopy = answerOfEachCopy(r.path(), "Accept", r.accept());
        List<HttpResponse<String>> answers = List.copyOf(byCopy.values());
        for (HttpResponse<String> a : answers)
            assertEquals(200, a.statusCode(), r + " by " + upstream(a) + ": " + a.body());
        String etag = etag(answers.get(0));
        assertTrue(etag.matches("\"[^\"]+\""), r + ": a strong ETag: " + etag);
        assertFalse(etag.contains("unknown"), r + ": the copy knows the store's version: " + etag);
        assertEquals(etag, etag(answers.get(1)), r + ": the copies name the answer alike " + byCopy.keySet());
        assertEquals(answers.get(0).body(), answers.get(1).body(), r + ": one strong ETag, one sequence of bytes");
        HttpResponse<String> kept = get(r.path(), "Accept", r.accept());
        assertEquals("HIT", cacheStatus(kept), r.toString());
        assertEquals(etag, etag(kept), r + ": the cache serves what it kept under the copies' ETag");
    }

    @ParameterizedTest
    @MethodSource("resources")
    void if_none_match_with_the_etag_gets_304_through_the_cache_whichever_copy_answers(Resource r) {
        HttpResponse<String> first = get(r.path(), "Accept", r.accept());
        assertEquals(200, first.statusCode(), r + ": " + first.body());
        String etag = etag(first);
        HttpResponse<String> fromCache = get(r.path(), "Accept", r.accept(), "If-None-Match", etag);
        assertEquals("HIT", cacheStatus(fromCache), r.toString());
        assertEquals(304, fromCache.statusCode(), r + ": the cache's entry is the client's");
        assertEquals(etag, etag(fromCache), r + ": a 304 carries the ETag (RFC 9110, 15.4.5)");
        // nginx asks a copy without the client's condition (it wants a whole answer to keep) and
        // answers 304 itself when that copy's ETag is the client's: so each copy's ETag is checked.
        Map<String, HttpResponse<String>> byCopy = answerOfEachCopy(r.path(), "Accept", r.accept(), "If-None-Match", etag);
        byCopy.forEach((copy, a) -> {
            assertEquals(304, a.statusCode(), r + ": answered by " + copy + " with ETag " + etag(a) + ", the client's " + etag);
            assertEquals(etag, etag(a), r + " by " + copy);
            assertEquals("", a.body(), r + " by " + copy);
        });
    }

    @ParameterizedTest
    @MethodSource("resources")
    void a_stale_entry_is_revalidated_by_either_copy_with_a_304_and_kept(Resource r) {
        String path = Nginx.STALE_AFTER_1S + r.path();
        HttpResponse<String> stored = get(path, "Accept", r.accept());
        assertEquals(200, stored.statusCode(), r + ": " + stored.body());
        String etag = etag(stored);
        List<String> seen = new ArrayList<>(List.of(cacheStatus(stored) + " by " + upstream(stored)));
        Set<String> revalidatedBy = new TreeSet<>();
        // Round robin: the cache's successive revalidations go to the copies in turn, so two
        // rounds have each copy confirm an entry, one of them an entry the other stored.
        for (int round = 0; round < 6 && revalidatedBy.size() < 2; round++) {
            HttpResponse<String> next = Eventually.get(Duration.ofSeconds(10), () -> {
                HttpResponse<String> a = get(path, "Accept", r.accept());
                return "HIT".equals(cacheStatus(a)) ? Optional.empty() : Optional.of(a);
            }, () -> path + " to go stale");
            seen.add(cacheStatus(next) + " by " + upstream(next) + " (" + next.headers().firstValue("X-Upstream-Status").orElse("") + ")");
            // EXPIRED would mean the copy asked did not take the entry's ETag for its own and sent the whole answer again.
            assertEquals("REVALIDATED", cacheStatus(next), r + ": " + seen);
            assertEquals("304", next.headers().firstValue("X-Upstream-Status").orElse(""), r + ": " + seen);
            assertEquals(200, next.statusCode(), r.toString());
            assertEquals(etag, etag(next), r.toString());
            assertEquals(stored.body(), next.body(), r + ": the kept answer, confirmed");
            revalidatedBy.add(upstream(next));
        }
        assertEquals(copyAddresses(), revalidatedBy, r + ": each copy revalidated the entry: " + seen);
    }

    @ParameterizedTest
    @MethodSource("variants")
    void each_representation_is_kept_apart_and_served_only_to_those_who_ask_for_it(Variants v) {
        Map<String, HttpResponse<String>> first = new LinkedHashMap<>();
        for (String value : v.values()) {
            HttpResponse<String> a = get(v.path(), ask(v, value));
            assertEquals(200, a.statusCode(), v + " " + value + ": " + a.body());
            assertShows(v, value, a);
            assertTrue(varyNames(a).contains(v.header().toLowerCase(java.util.Locale.ROOT)),
                    v + ": the answer says it depends on " + v.header() + ", Vary: " + varyNames(a));
            first.put(value, a);
        }
        assertEquals(v.values().size(), first.values().stream().map(HttpResponse::body).distinct().count(), v + ": each representation its own body");
        assertEquals(v.values().size(), first.values().stream().map(CachedCopiesIT::etag).distinct().count(), v + ": each representation its own ETag");
        // Now that the cache holds every one, each must come back as asked, never another's.
        for (String value : v.values()) {
            HttpResponse<String> again = get(v.path(), ask(v, value));
            assertEquals("HIT", cacheStatus(again), v + " " + value);
            assertShows(v, value, again);
            assertEquals(first.get(value).body(), again.body(), v + " " + value);
            assertEquals(etag(first.get(value)), etag(again), v + " " + value);
        }
    }

    @ParameterizedTest
    @MethodSource("resources")
    void a_compressed_answer_is_never_served_to_a_client_that_did_not_ask_for_one(Resource r) {
        // An Accept no other test sends, so that the cache holds nothing for it yet.
        String accept = r.accept() + ", */*;q=0.1";
        HttpResponse<byte[]> gzip = Http.getBytes(cached.nginx().url(r.path()), "Accept", accept, "Accept-Encoding", "gzip");
        assertEquals(200, gzip.statusCode(), r.toString());
        assertEquals("MISS", cacheStatus(gzip), r.toString());
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""), r + ": the copy compresses for a client that asks");
        HttpResponse<byte[]> plain = Http.getBytes(cached.nginx().url(r.path()), "Accept", accept);
        assertEquals(200, plain.statusCode(), r.toString());
        assertEquals("", plain.headers().firstValue("Content-Encoding").orElse(""),
                r + ": the cache (" + cacheStatus(plain) + ") served a gzip body to a client without Accept-Encoding; the copy's Vary lines: "
                        + gzip.headers().allValues("Vary"));
    }

    @ParameterizedTest
    @MethodSource("resources")
    void an_answer_for_one_origin_is_never_served_to_another(Resource r) {
        String accept = r.accept() + ", */*;q=0.2";
        HttpResponse<String> a = get(r.path(), "Accept", accept, "Origin", "http://a.example");
        assertEquals(200, a.statusCode(), r.toString());
        assertEquals("MISS", cacheStatus(a), r.toString());
        assertEquals("http://a.example", a.headers().firstValue("Access-Control-Allow-Origin").orElse(""), r.toString());
        HttpResponse<String> b = get(r.path(), "Accept", accept, "Origin", "http://b.example");
        String allowed = b.headers().firstValue("Access-Control-Allow-Origin").orElse("");
        assertTrue(allowed.equals("http://b.example") || allowed.equals("*"),
                r + ": the cache (" + cacheStatus(b) + ") answered http://b.example with Access-Control-Allow-Origin: " + allowed
                        + "; the copy's Vary lines: " + a.headers().allValues("Vary"));
    }

    @ParameterizedTest
    @MethodSource("resources")
    void each_copy_s_own_304_carries_the_validators_and_metadata_its_200_has(Resource r) {
        for (TestServer from : cached.copies()) {
            HttpResponse<String> full = Http.get(from.local(r.path()), "Accept", r.accept());
            assertEquals(200, full.statusCode(), r.toString());
            for (TestServer to : cached.copies()) {
                String which = r + ", ETag of " + from.port() + " to " + to.port();
                HttpResponse<String> notModified = Http.get(to.local(r.path()), "Accept", r.accept(), "If-None-Match", etag(full));
                assertEquals(304, notModified.statusCode(), which);
                for (String name : List.of("ETag", "Vary", "Cache-Control", "Content-Location"))
                    assertEquals(full.headers().allValues(name), notModified.headers().allValues(name), which + ": " + name);
                Optional<String> length = notModified.headers().firstValue("Content-Length");
                if (length.isPresent())
                    assertEquals(full.headers().firstValue("Content-Length"), length, which + ": Content-Length");
            }
        }
    }

    /**
     * The same request through the cache until each copy has answered it ({@link Nginx#BYPASS}),
     * by copy address; the last answer is what the cache keeps.
     */
    private static Map<String, HttpResponse<String>> answerOfEachCopy(String path, String... headers) {
        Map<String, HttpResponse<String>> byCopy = new TreeMap<>();
        List<String> seen = new ArrayList<>();
        // Round robin: successive requests that reach the copies alternate, so two are enough.
        for (int i = 0; i < 6 && byCopy.size() < 2; i++) {
            HttpResponse<String> a = get(path, with(headers, Nginx.BYPASS, "1"));
            seen.add(cacheStatus(a) + " by " + upstream(a));
            assertEquals("BYPASS", cacheStatus(a), path);
            byCopy.putIfAbsent(upstream(a), a);
        }
        assertEquals(copyAddresses(), byCopy.keySet(), path + ": each copy answered: " + seen);
        return byCopy;
    }

    private static void assertShows(Variants v, String value, HttpResponse<String> a) {
        String shown = a.headers().firstValue(v.shows()).orElse("");
        assertTrue(shown.equals(value) || shown.startsWith(value + ";") || shown.startsWith(value + " "),
                v + ": asked for " + value + ", got " + v.shows() + ": " + shown + " (" + cacheStatus(a) + ")");
    }

    private static String[] ask(Variants v, String value) {
        return with(v.fixed().toArray(String[]::new), v.header(), value);
    }

    private static Set<String> varyNames(HttpResponse<?> a) {
        return a.headers().allValues("Vary").stream().flatMap(line -> Arrays.stream(line.split(",")))
                .map(name -> name.strip().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
    }

    private static Set<String> copyAddresses() {
        return cached.copies().stream().map(c -> "127.0.0.1:" + c.port()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static HttpResponse<String> get(String path, String... headers) {
        return Http.get(cached.nginx().url(path), headers);
    }

    private static String[] with(String[] headers, String... more) {
        String[] all = Arrays.copyOf(headers, headers.length + more.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }

    private static String etag(HttpResponse<?> a) {
        return a.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(a.uri() + ": no ETag in " + a.headers().map()));
    }

    private static String cacheStatus(HttpResponse<?> a) {
        return a.headers().firstValue("X-Cache-Status").orElse("");
    }

    private static String upstream(HttpResponse<?> a) {
        return a.headers().firstValue("X-Upstream").orElse("");
    }
}
