package no.eukg.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Fuseki's CORS filter with settings for a read-only publisher, so that browser SPARQL clients on
 * other origins (YASGUI, Comunica) can use everything the server says. Fuseki's builder takes CORS
 * settings from a properties file only ({@code enableCors(true, file)}); this passes them in code,
 * as the filter's init parameters. Against Fuseki's defaults:
 *
 * <ul>
 *   <li>exposed: also {@code Link}, {@code ETag}, {@code Content-Location}, {@code Retry-After},
 *       {@code Result-Limit} and {@code Result-Limit-Applied}, which scripts could not read before;</li>
 *   <li>allowed request headers: also {@code If-None-Match} and {@code If-Modified-Since}, for
 *       conditional requests;</li>
 *   <li>allowed methods: only reading ones; {@code /update} takes writes from its own pages only
 *       and takes the CORS headers back ({@code web/update}).</li>
 * </ul>
 */
final class CorsFilter implements Filter {
    private static final Map<String, String> SETTINGS = Map.of(
            CrossOriginFilter.ALLOWED_ORIGINS_PARAM, "*",
            CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,HEAD,POST,OPTIONS",
            CrossOriginFilter.ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin,Last-Modified,Authorization,"
                    + "If-None-Match,If-Modified-Since",
            CrossOriginFilter.EXPOSED_HEADERS_PARAM, "Cache-Control,Content-Language,Content-Length,Content-Type,Expires,Last-Modified,Pragma,"
                    + "Link,ETag,Content-Location,Retry-After,Result-Limit,Result-Limit-Applied",
            // Answer a preflight here, as Fuseki does, instead of passing OPTIONS down the chain.
            CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");

    private final CrossOriginFilter cors = new CrossOriginFilter();

    @Override
    public void init(FilterConfig config) throws ServletException {
        cors.init(new FilterConfig() {
            @Override public String getFilterName() { return config.getFilterName(); }
            @Override public ServletContext getServletContext() { return config.getServletContext(); }
            @Override public String getInitParameter(String name) { return SETTINGS.get(name); }
            @Override public Enumeration<String> getInitParameterNames() { return Collections.enumeration(SETTINGS.keySet()); }
        });
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        cors.doFilter(req, res, chain);
    }

    @Override
    public void destroy() {
        cors.destroy();
    }
}
