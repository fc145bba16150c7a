package no.eukg.web.fragments;

import java.util.Objects;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

import no.eukg.web.Site;

/**
 * Triple and Quad Pattern Fragments at {@code /fragments}: the graph one pattern at a time, in
 * pages with Hydra controls, in every RDF syntax and as HTML ({@link FragmentsServlet}).
 */
public final class FragmentsModule implements FusekiModule {
    private final Site site;

    public FragmentsModule(Site site) {
        this.site = Objects.requireNonNull(site, "site");
    }

    @Override
    public String name() { return "fragments"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/" + FragmentLinks.PATH, new FragmentsServlet(site));
    }
}
