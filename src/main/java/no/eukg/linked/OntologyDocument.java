package no.eukg.linked;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import no.eukg.graph.Namespace;
import no.eukg.graph.SparqlResource;
import no.eukg.graph.Store;

/**
 * The ontology as one document: its RDF (the ontology header and every term in its hash
 * namespace) and its classes, properties and individuals. How often the data uses each term is
 * asked of the {@link DatasetStatistics} apart ({@link #uses}): a resource page reads the
 * ontology for its labels and must not wait on counts over the whole graph.
 */
public final class OntologyDocument {
    private static final Query QUERY = SparqlResource.load(OntologyDocument.class, "ontology.rq");
    private static final Set<Node> CLASS_TYPES = Set.of(OWL2.Class.asNode(), RDFS.Class.asNode());
    private static final Set<Node> PROPERTY_TYPES = Set.of(OWL2.ObjectProperty.asNode(), OWL2.DatatypeProperty.asNode(),
            OWL2.AnnotationProperty.asNode(), RDF.Property.asNode());

    /** One term of the ontology: its IRI and whether it is a class, a kind of property or an individual. */
    public record Term(Node iri, String kind) {
        /** The fragment, e.g. {@code Country} for {@code <namespace>ontology#Country}. */
        public String fragment() {
            String s = iri.getURI();
            return s.substring(s.indexOf('#') + 1);
        }
    }

    private final Node ontology;
    private final String namespace;
    private final Graph graph;
    private final List<Term> classes;
    private final List<Term> properties;
    private final List<Term> individuals;

    private OntologyDocument(Node ontology, String namespace, Graph graph, List<Term> classes, List<Term> properties,
                             List<Term> individuals) {
        this.ontology = ontology;
        this.namespace = namespace;
        this.graph = graph;
        this.classes = classes;
        this.properties = properties;
        this.individuals = individuals;
    }

    /** Reads the ontology {@code <namespace>ontology} from the store. */
    public static OntologyDocument read(Store store, Namespace namespace, Duration timeout) {
        Node ontology = NodeFactory.createURI(namespace.ontology());
        String ns = namespace.ontologyTerms();
        Graph g;
        try (QueryExec exec = store.query(QUERY).substitution("ontology", ontology)
                .substitution("ns", NodeFactory.createLiteralString(ns))
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            g = exec.construct();
        }
        List<Term> classes = new ArrayList<>();
        List<Term> properties = new ArrayList<>();
        List<Term> individuals = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject)
                .filterKeep(s -> s.isURI() && s.getURI().startsWith(ns)).toSet().forEach(term -> {
            Set<Node> types = g.find(term, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toSet();
            if (types.stream().anyMatch(CLASS_TYPES::contains))
                classes.add(new Term(term, "class"));
            else if (types.stream().anyMatch(PROPERTY_TYPES::contains))
                properties.add(new Term(term, kind(types)));
            else
                individuals.add(new Term(term, "individual"));
        });
        Comparator<Term> byName = Comparator.comparing(t -> t.iri().getURI());
        classes.sort(byName);
        properties.sort(byName);
        individuals.sort(byName);
        return new OntologyDocument(ontology, ns, g, List.copyOf(classes), List.copyOf(properties), List.copyOf(individuals));
    }

    /**
     * How often the data uses each term: a class by its instances, a property by its triples, an
     * individual as an object. These are counts over the whole graph ({@link DatasetStatistics}).
     */
    public Map<Node, Long> uses(DatasetStatistics statistics) {
        Map<Node, Long> uses = new HashMap<>();
        Map<Node, Long> classUse = statistics.classes();
        classes.forEach(t -> uses.put(t.iri(), classUse.getOrDefault(t.iri(), 0L)));
        Map<Node, Long> propertyUse = new HashMap<>();
        statistics.properties().forEach(p -> propertyUse.put(p.property(), p.triples()));
        properties.forEach(t -> uses.put(t.iri(), propertyUse.getOrDefault(t.iri(), 0L)));
        Map<Node, Long> objectUse = statistics.objectUses(namespace);
        individuals.forEach(t -> uses.put(t.iri(), objectUse.getOrDefault(t.iri(), 0L)));
        return Map.copyOf(uses);
    }

    private static String kind(Set<Node> types) {
        if (types.contains(OWL2.ObjectProperty.asNode()))
            return "object property";
        if (types.contains(OWL2.DatatypeProperty.asNode()))
            return "datatype property";
        if (types.contains(OWL2.AnnotationProperty.asNode()))
            return "annotation property";
        return "property";
    }

    public Node ontology() { return ontology; }
    public String namespace() { return namespace; }
    /** The ontology's RDF. */
    public Graph graph() { return graph; }
    public List<Term> classes() { return classes; }
    public List<Term> properties() { return properties; }
    public List<Term> individuals() { return individuals; }

    /** True when the graph has an ontology to document. */
    public boolean exists() { return !graph.isEmpty(); }
}
