package no.eukg.web.sparql;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.ServletBase;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;

/**
 * Answers a GET or HEAD on the endpoint that carries no query and names no graph (a Graph Store
 * read, {@code ?default} or {@code ?graph=}) with the SPARQL 1.1 Service Description, as the
 * protocol recommends; every other request goes on to Fuseki.
 */
final class ServiceDescriptionFilter implements Filter {
    private final ServiceDescription description;

    ServiceDescriptionFilter(ServiceDescription description) {
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        String method = http.getMethod();
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (!read || http.getParameter("query") != null || ProtocolFilter.isGraphStore(http)) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse out = (HttpServletResponse) res;
        MediaType type = ConNeg.chooseContentType(http, DEF.rdfOfferDefault(), DEF.acceptTurtleDefault());
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        if (lang == null)
            lang = Lang.TURTLE;
        out.setContentType(lang.getHeaderString() + "; charset=utf-8");
        // Fuseki's list: Accept, and Origin among the rest, which the CORS headers depend on.
        ServletBase.setVaryHeader(out);
        if (method.equals("HEAD"))
            return;
        RDFDataMgr.write(out.getOutputStream(), description.graph(), lang);
    }
}
