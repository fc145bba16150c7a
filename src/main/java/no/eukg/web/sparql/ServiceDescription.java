package no.eukg.web.sparql;

import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import no.eukg.graph.Namespace;
import no.eukg.graph.Store;
import no.eukg.vocab.SD;
import org.apache.jena.vocabulary.VOID;
import no.eukg.web.ServerConfig;

/**
 * The SPARQL 1.1 Service Description of the endpoint: what it speaks, the result formats it
 * offers, and the size of its dataset. The graph is immutable, so the description is computed
 * once, on first use (for a remote store that is a query to the remote).
 */
final class ServiceDescription {
    private static final Query COUNTS = QueryFactory.create("""
            SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }
            """);
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final ServerConfig config;
    private final Namespace namespace;
    private final Store store;
    private Graph graph;

    ServiceDescription(ServerConfig config, Namespace namespace, Store store) {
        this.config = Objects.requireNonNull(config, "config");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.store = Objects.requireNonNull(store, "store");
    }

    synchronized Graph graph() {
        if (graph == null)
            graph = build();
        return graph;
    }

    private Graph build() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD.NS).setNsPrefix("void", VOID.NS).setNsPrefix("formats", FORMATS);
        Resource endpoint = m.createResource(config.sparqlEndpoint());
        Resource service = m.createResource(config.sparqlEndpoint() + "#service")
                .addProperty(RDF.type, SD.Service)
                .addProperty(SD.endpoint, endpoint)
                .addProperty(SD.supportedLanguage, SD.SPARQL11Query);
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"})
            service.addProperty(SD.resultFormat, m.createResource(FORMATS + f));

        Resource graphDescription = m.createResource().addProperty(RDF.type, SD.Graph);
        Resource dataset = m.createResource(namespace.iri() + "dataset")
                .addProperty(RDF.type, SD.Dataset)
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(SD.defaultGraph, graphDescription)
                .addProperty(VOID.sparqlEndpoint, endpoint)
                // The dataset's VoID and DCAT description, computed from the data (linked data module).
                .addProperty(RDFS.seeAlso, m.createResource(config.base() + ".well-known/void"));
        service.addProperty(SD.defaultDataset, dataset);
        try (QueryExec exec = store.query(COUNTS).build()) {
            RowSet rows = exec.select();
            if (rows.hasNext()) {
                var row = rows.next();
                graphDescription.addLiteral(VOID.triples, m.createTypedLiteral(new java.math.BigInteger(row.get("triples").getLiteralLexicalForm())));
            }
        }
        return m.getGraph();
    }
}
