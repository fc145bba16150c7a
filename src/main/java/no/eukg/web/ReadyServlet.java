package no.eukg.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * {@code /$/ready}: the readiness check a load balancer asks before it sends a copy traffic.
 * {@code /$/ping} says the process answers (liveness); this asks the store too, with a query
 * that costs nothing ({@code ASK {}}), so a copy whose remote store is down or frozen is taken
 * out of rotation: {@code 503} with why, {@code 200} "ready" otherwise. It takes no slot of the
 * query gate (a full gate is not a broken copy) and is never cached.
 */
public final class ReadyServlet extends ResourceServlet {
    private static final Query ASK = QueryFactory.create("ASK {}");
    /** Longer than a healthy store needs, short enough for a load balancer's probe. */
    private static final Duration MOST = Duration.ofSeconds(5);

    private final Failures failures;

    public ReadyServlet(Site site) {
        super(site);
        this.failures = new Failures(site.config().timeout(), site.store().isRemote());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Cache-Control", "no-store");
        Duration timeout = site.config().timeout().compareTo(MOST) < 0 ? site.config().timeout() : MOST;
        try (QueryExec exec = site.store().query(ASK).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            exec.ask();
        } catch (RuntimeException e) {
            // Why, in the failure table's words (never the store's address), logged there too.
            HttpError why = failures.answer(e, "GET /$/ready");
            throw new HttpError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "not ready: " + why.getMessage());
        }
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write("ready\n".getBytes(StandardCharsets.UTF_8));
    }
}
