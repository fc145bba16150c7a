package no.eukg.web;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Every response names what chose it in one {@code Vary} line. Several hands add to it (Jetty's
 * gzip handler {@code Accept-Encoding}, the CORS filter {@code Origin}, each resource its
 * {@code Accept}), and two ways lose some: Fuseki's own {@code setHeader} replaced the others, and
 * nginx before 1.23 (Debian 12's) reads only the last of several {@code Vary} lines; a shared
 * cache then gave a gzip body to a client that asked for none, and one origin's CORS answer to
 * another. Here setting or adding {@code Vary} only ever adds names to the one line.
 */
final class VaryFilter implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(req, res instanceof HttpServletResponse http ? new OneVary(http) : res);
    }

    private static final class OneVary extends HttpServletResponseWrapper {
        OneVary(HttpServletResponse response) { super(response); }

        @Override public void setHeader(String name, String value) {
            if ("Vary".equalsIgnoreCase(name) && value != null)
                super.setHeader("Vary", merged(value));
            else
                super.setHeader(name, value);
        }

        @Override public void addHeader(String name, String value) {
            if ("Vary".equalsIgnoreCase(name) && value != null)
                super.setHeader("Vary", merged(value));
            else
                super.addHeader(name, value);
        }

        /** The names already varied on and those of {@code value}, each once, in the order first named. */
        private String merged(String value) {
            Set<String> seen = new LinkedHashSet<>();
            StringBuilder line = new StringBuilder();
            for (String existing : getHeaders("Vary"))
                append(existing, seen, line);
            append(value, seen, line);
            return line.toString();
        }

        private static void append(String names, Set<String> seen, StringBuilder line) {
            for (String name : names.split(",")) {
                String n = name.strip();
                if (!n.isEmpty() && seen.add(n.toLowerCase(Locale.ROOT)))
                    line.append(line.length() == 0 ? "" : ", ").append(n);
            }
        }
    }
}
