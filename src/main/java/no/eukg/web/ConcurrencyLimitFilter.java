package no.eukg.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * At most {@code max} query evaluations at once. Beyond that a request is not queued (queues
 * hide overload and let a burst of runaways starve everyone): it gets 503 with
 * {@code Retry-After}, while cheap pages keep answering on the threads left free.
 */
final class ConcurrencyLimitFilter implements Filter {
    private final Semaphore permits;
    private final int max;

    ConcurrencyLimitFilter(int max) {
        this.max = max;
        this.permits = new Semaphore(max);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!permits.tryAcquire()) {
            HttpServletResponse out = (HttpServletResponse) res;
            out.setStatus(503);
            out.setHeader("Retry-After", "1");
            out.setContentType("text/plain; charset=utf-8");
            out.getWriter().write("503 Service Unavailable: " + max + " queries are already running; retry in a second\n");
            return;
        }
        try {
            chain.doFilter(req, res);
        } finally {
            permits.release();
        }
    }
}
