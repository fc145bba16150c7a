package no.eukg.export.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * The SPARQL an export runs, from the {@code .rq} files beside this package's resources. They are
 * parsed once, when the class loads, so a broken file stops the server at start-up.
 */
final class GraphQueries {
    static final Query STATEMENTS = load("statements.rq");
    static final Query FACT_TRIPLES = load("fact-triples.rq");
    private static final Query FACT_DESCRIPTIONS = load("fact-descriptions.rq");

    private GraphQueries() { }

    /** The fact descriptions query with the ontology's modality and year properties bound. */
    static Query factDescriptions(Node modalityProperty, Node yearProperty) {
        return QueryTransformOps.transform(FACT_DESCRIPTIONS,
                Map.of(Var.alloc("modalityProperty"), modalityProperty, Var.alloc("yearProperty"), yearProperty));
    }

    private static Query load(String name) {
        String path = "export/graph/" + name;
        try (InputStream in = GraphQueries.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null)
                throw new IllegalStateException("missing query resource " + path);
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
