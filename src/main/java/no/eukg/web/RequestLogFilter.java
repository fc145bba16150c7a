package no.eukg.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per request: method, path, status and milliseconds. Fuseki's own action log is off. */
final class RequestLogFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger("no.eukg.request");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(req, res);
        } finally {
            if (LOG.isInfoEnabled() && req instanceof HttpServletRequest http && res instanceof HttpServletResponse out)
                LOG.info("{} {} {} {}ms", http.getMethod(), http.getRequestURI(), out.getStatus(),
                        (System.nanoTime() - start) / 1_000_000);
        }
    }
}
