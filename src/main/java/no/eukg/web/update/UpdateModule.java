package no.eukg.web.update;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;

import no.eukg.graph.LocalStore;
import no.eukg.web.ErrorWriter;
import no.eukg.web.HttpError;
import no.eukg.web.Site;
import no.eukg.web.UpdateAccess;

/**
 * {@code /update}: SPARQL Update for a deployment that turned it on, behind HTTP Basic
 * authentication (Jetty security, as Fuseki configures it) for one user. Each successful update
 * moves the site to a new dataset version, so no cached answer or ETag outlives it.
 */
public final class UpdateModule implements FusekiModule {
    public static final String PATH = "/update";
    private final Site site;
    private final LocalStore store;
    private final UpdateAccess access;

    public UpdateModule(Site site, LocalStore store, UpdateAccess access) {
        this.site = Objects.requireNonNull(site, "site");
        this.store = Objects.requireNonNull(store, "store");
        this.access = Objects.requireNonNull(access, "access");
    }

    @Override
    public String name() { return "update"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        DataService update = DataService.newBuilder(store.writable())
                .addEndpoint(Operation.Update, "", Auth.policyAllowSpecific(access.user()))
                .build();
        builder.add(PATH, update)
                .auth(AuthScheme.BASIC)
                .securityHandler(JettySecurityLib.makeSecurityHandler("norway-eu-kg",
                        JettySecurityLib.makeUserStore(access.user(), access.password()), AuthScheme.BASIC))
                .addFilter(PATH, new SameOriginWrites())
                .addFilter(PATH, new NewVersionAfterUpdate());
    }

    /**
     * Refuses a write that a browser sends on behalf of another site. Basic credentials are cached
     * by the browser and sent with any request to this origin, so without this a page elsewhere
     * could post {@code update=DROP ALL} as the editor (a cross-site request forgery). A browser
     * names the requesting page in {@code Origin} and says in {@code Sec-Fetch-Site} how it relates
     * to this server; programs (curl, rsparql, SPARQLWrapper) send neither and are let through.
     * CORS is not offered here either: the headers Fuseki's CORS filter has already added are taken
     * back, so no other origin may read the answer or send credentials from script.
     */
    private final class SameOriginWrites implements Filter {
        private final ErrorWriter errors = new ErrorWriter(site.templates());

        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
            HttpServletRequest request = (HttpServletRequest) req;
            HttpServletResponse response = (HttpServletResponse) res;
            for (String h : List.of("Access-Control-Allow-Origin", "Access-Control-Allow-Credentials",
                    "Access-Control-Allow-Methods", "Access-Control-Allow-Headers", "Access-Control-Expose-Headers", "Access-Control-Max-Age"))
                response.setHeader(h, null);
            String fetchSite = request.getHeader("Sec-Fetch-Site");
            String origin = request.getHeader("Origin");
            boolean crossSite = fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none");
            if (crossSite || (origin != null && !isOwn(origin, request))) {
                errors.write(request, response, new HttpError(HttpServletResponse.SC_FORBIDDEN, "cross-origin writes are refused:"
                        + " /update takes requests from this server's own pages and from programs that send no Origin"));
                return;
            }
            chain.doFilter(req, res);
        }

        /** The public base's origin, or the origin the request itself was sent to. */
        private boolean isOwn(String origin, HttpServletRequest request) {
            String self = request.getScheme() + "://" + request.getHeader("Host");
            return origin.equalsIgnoreCase(originOf(site.base())) || origin.equalsIgnoreCase(self);
        }

        private static String originOf(String base) {
            URI u = URI.create(base);
            return u.getScheme() + "://" + u.getRawAuthority();
        }
    }

    /** Moves to a new version once an update has succeeded. */
    private final class NewVersionAfterUpdate implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
            chain.doFilter(req, res);
            int status = ((HttpServletResponse) res).getStatus();
            if (status >= 200 && status < 300)
                site.versions().updateAndGet(v -> v.next());
        }
    }
}
