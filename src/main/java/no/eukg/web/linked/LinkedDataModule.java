package no.eukg.web.linked;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

import no.eukg.export.Prefixes;
import no.eukg.export.RdfOutput;
import no.eukg.export.RdfSyntax;
import no.eukg.linked.LabelSearch;
import no.eukg.releases.Release;
import no.eukg.web.QueryLink;
import no.eukg.web.Site;
import no.eukg.web.Versioned;

/**
 * Linked data: dereferenceable IRIs ({@code /id/} 303 to {@code /page/} or {@code /data/}), the
 * ontology's documentation, the source text, the home page, the dataset's VoID description,
 * dumps, label search and the JSON-LD context. Everything it shows is read through the site's
 * store, so it works the same over a remote SPARQL store (the label index excepted, see
 * {@link LabelSearch}).
 */
public final class LinkedDataModule implements FusekiModule {
    private final LinkedData ld;

    /**
     * Builds the services (the label index among them) at once, so a problem shows at start-up.
     *
     * @param queries  the canned queries the home page lists and resource pages link to
     * @param releases the releases the project declares, oldest first ({@code /releases/})
     */
    public LinkedDataModule(Site site, List<QueryLink> queries, List<Release> releases) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(queries, "queries");
        Duration timeout = site.config().timeout();
        Prefixes prefixes = new Prefixes(site.namespace());
        RdfOutput output = new RdfOutput(prefixes);
        // After an update the old version's dump files are deleted with its services, and its counting stops.
        Versioned<GraphServices> services = new Versioned<>(site::version,
                version -> GraphServices.of(site.store(), site.namespace(), site.base(), timeout, output, prefixes, releases),
                old -> {
                    old.dumps().close();
                    old.statistics().close();
                });
        this.ld = new LinkedData(site, new Links(site.namespace(), site.base()), prefixes,
                new RdfResponses(output), services, queries);
    }

    @Override
    public String name() { return "linked-data"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("", new HomeServlet(ld));
        builder.addServlet("/id/*", new IdServlet(ld));
        builder.addServlet("/page/*", new PageServlet(ld));
        builder.addServlet("/data/*", new DataServlet(ld));
        HttpServlet ontology = new OntologyServlet(ld);
        builder.addServlet("/ontology", ontology);
        builder.addServlet("/ontology/*", ontology);
        builder.addServlet("/ontology.html", ontology);
        HttpServlet voidServlet = new VoidServlet(ld);
        builder.addServlet("/.well-known/void", voidServlet);
        builder.addServlet("/dataset", voidServlet);
        builder.addServlet("/.well-known/void.html", voidServlet);
        builder.addServlet("/dataset.html", voidServlet);
        for (RdfSyntax s : RdfSyntax.values()) {
            builder.addServlet("/ontology." + s.extension(), ontology);
            builder.addServlet("/.well-known/void." + s.extension(), voidServlet);
            builder.addServlet("/dataset." + s.extension(), voidServlet);
        }
        builder.addServlet("/source", new SourceServlet(ld));
        builder.addServlet("/dumps/*", new DumpsServlet(ld));
        HttpServlet releases = new ReleasesServlet(ld);
        builder.addServlet("/releases", releases);
        builder.addServlet("/releases/*", releases);
        HttpServlet search = new SearchServlet(ld);
        builder.addServlet("/search", search);
        builder.addServlet("/search.json", search);
        builder.addServlet("/search.html", search);
        builder.addServlet("/context.jsonld", new ContextServlet(ld));
    }

    @Override
    public void serverStopped(FusekiServer server) {
        ld.services().close();
    }
}
