package no.eukg.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A token bucket per client address: {@code requestsPerMinute} tokens, refilled continuously.
 * An empty bucket answers 429 with {@code Retry-After} saying when the next token comes. Health
 * checks and static assets are not counted. Clients are keyed by the connection's address: behind
 * a proxy that is the proxy, which then shares one bucket (trusting X-Forwarded-For would let any
 * client pick a fresh address per request).
 */
final class RateLimitFilter implements Filter {
    private static final int MAX_CLIENTS = 10_000;
    private final double perNano;
    private final double capacity;
    private final Map<String, double[]> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    RateLimitFilter(int requestsPerMinute) {
        this.capacity = requestsPerMinute;
        this.perNano = requestsPerMinute / 60e9;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        String path = http.getRequestURI();
        if (path.startsWith("/$/ping") || path.startsWith("/static/") || path.startsWith("/webjars/")) {
            chain.doFilter(req, res);
            return;
        }
        double wait = take(http.getRemoteAddr(), System.nanoTime());
        if (wait > 0) {
            HttpServletResponse out = (HttpServletResponse) res;
            out.setStatus(429);
            out.setHeader("Retry-After", Long.toString((long) Math.ceil(wait)));
            out.setContentType("text/plain; charset=utf-8");
            out.getWriter().write("429 Too Many Requests: more than " + (long) capacity
                    + " requests a minute from " + http.getRemoteAddr() + "; retry in " + (long) Math.ceil(wait) + " s\n");
            return;
        }
        chain.doFilter(req, res);
    }

    /** Takes a token; returns 0, or the seconds until one is available. */
    private synchronized double take(String client, long now) {
        double[] bucket = buckets.computeIfAbsent(client, c -> new double[] {capacity, now});
        bucket[0] = Math.min(capacity, bucket[0] + (now - bucket[1]) * perNano);
        bucket[1] = now;
        if (bucket[0] >= 1) {
            bucket[0] -= 1;
            return 0;
        }
        return (1 - bucket[0]) / perNano / 1e9;
    }
}
