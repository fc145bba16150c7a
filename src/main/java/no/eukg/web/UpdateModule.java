package no.eukg.web;

import java.io.IOException;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
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

/**
 * {@code /update}: SPARQL Update for a deployment that turned it on, behind HTTP Basic
 * authentication (Jetty security, as Fuseki configures it) for one user. Each successful update
 * moves the site to a new dataset version, so no cached answer or ETag outlives it.
 */
final class UpdateModule implements FusekiModule {
    static final String PATH = "/update";
    private final Site site;
    private final LocalStore store;
    private final UpdateAccess access;

    UpdateModule(Site site, LocalStore store, UpdateAccess access) {
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
                .addFilter(PATH, new NewVersionAfterUpdate());
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
