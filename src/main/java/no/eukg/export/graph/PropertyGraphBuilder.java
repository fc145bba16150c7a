package no.eukg.export.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DirectedPseudograph;

import no.eukg.export.Prefixes;
import no.eukg.vocab.Nif;

/**
 * Turns RDF into a {@link PropertyGraph}. The graph to draw ({@code data}) may be the store's
 * whole default graph or any CONSTRUCT result; labels, classes, the class hierarchy and the facts'
 * provenance are looked up in the data first and then in the store's {@link GraphSnapshot}, so a
 * CONSTRUCT that returns bare relations still gets labelled, classed nodes.
 */
final class PropertyGraphBuilder {
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            DCTerms.title.asNode(), NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"),
            NodeFactory.createURI("http://schema.org/name"));
    /** Shown as the node's label rather than as attributes. */
    private static final Set<Node> LABEL_ATTRIBUTES = Set.of(RDFS.label.asNode(), SKOS.prefLabel.asNode());
    /** Types that say nothing about what a resource is. */
    private static final Set<String> VACUOUS_TYPES = Set.of(OWL.NamedIndividual.getURI(), OWL.Thing.getURI(),
            RDFS.Resource.getURI());
    private static final Node TYPE = RDF.type.asNode();

    private final GraphSnapshot background;
    private final GraphTerms terms;
    private final LangPreference pref;
    private final String lang;
    private final Map<Node, Set<Node>> superClasses = new HashMap<>();
    private Graph info;

    /** @param lang the language labels are chosen in (a well-formed tag, e.g. {@code en}, {@code nb}) */
    PropertyGraphBuilder(GraphSnapshot background, String lang) {
        this.background = Objects.requireNonNull(background, "background");
        this.terms = background.terms();
        this.lang = Objects.requireNonNull(lang, "lang");
        this.pref = new LangPreference(lang);
    }

    /** The store's own graph, in a view. */
    PropertyGraph build(GraphView view, String title) {
        return build(background.graph(), view, title);
    }

    /** Any graph (a CONSTRUCT result), in a view; the background supplies labels and provenance. */
    PropertyGraph build(Graph data, GraphView view, String title) {
        info = data == background.graph() ? data : new Union(data, background.graph());
        Set<Node> nodes = nodes(data, view);
        List<Triple> relations = new ArrayList<>();
        data.find().forEachRemaining(t -> {
            if (!t.getObject().isLiteral() && nodes.contains(t.getSubject()) && nodes.contains(t.getObject())
                    && (view == GraphView.ALL || !t.getPredicate().equals(TYPE)))
                relations.add(t);
        });

        // Attributes: literals, and (in the facts view) IRIs that are not nodes.
        Map<Node, Map<Node, List<Node>>> values = new HashMap<>();
        Set<String> predicates = new TreeSet<>();
        for (Node n : nodes)
            data.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                Node p = t.getPredicate();
                Node o = t.getObject();
                if (p.equals(TYPE) || LABEL_ATTRIBUTES.contains(p) || !p.isURI())
                    return;
                if (o.isLiteral() || (o.isURI() && !nodes.contains(o))) {
                    values.computeIfAbsent(n, k -> new HashMap<>()).computeIfAbsent(p, k -> new ArrayList<>()).add(o);
                    predicates.add(p.getURI());
                }
            });
        AttributeNames names = new AttributeNames(predicates, new Prefixes(terms.namespace()));

        List<Draft> drafts = new ArrayList<>();
        for (Node n : nodes) {
            Map<String, List<String>> attrs = new TreeMap<>();
            values.getOrDefault(n, Map.of()).forEach((p, os) -> {
                List<String> shown = new ArrayList<>();
                List<Node> literals = os.stream().filter(Node::isLiteral).toList();
                pref.bestOnes(literals).forEach(l -> shown.add(clean(l.getLiteralLexicalForm())));
                os.stream().filter(Node::isURI).map(Node::getURI).forEach(shown::add);
                shown.sort(NaturalOrder.INSTANCE);
                attrs.put(names.name(p.getURI()), List.copyOf(new LinkedHashSet<>(shown)));
            });
            Node type = mostSpecificType(n);
            drafts.add(new Draft(id(n), label(n), type == null ? "" : type.getURI(),
                    type == null ? "(no class)" : classLabel(type), scheme(n), attrs));
        }
        drafts.sort(Comparator.comparing(Draft::id));

        List<GraphEdge> edges = new ArrayList<>();
        for (Triple t : relations)
            edges.add(edge(t));
        edges.sort(Comparator.comparing(GraphEdge::source).thenComparing(GraphEdge::predicate).thenComparing(GraphEdge::target));

        return measure(drafts, edges, view, title);
    }

    private Set<Node> nodes(Graph data, GraphView view) {
        Set<Node> nodes = new HashSet<>();
        data.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            Node o = t.getObject();
            if (o.isLiteral())
                return;
            if (view == GraphView.ALL) {
                nodes.add(s);
                nodes.add(o);
                return;
            }
            if (isEntity(s))
                nodes.add(s);
            if (!t.getPredicate().equals(TYPE) && isEntity(o))
                nodes.add(o);
        });
        if (view == GraphView.FACTS) {
            // Blank nodes hanging off an entity (an office, a time span) belong to it.
            Set<Node> blanks = new HashSet<>();
            data.find().forEachRemaining(t -> {
                if (t.getPredicate().equals(TYPE) || t.getObject().isLiteral())
                    return;
                if (t.getSubject().isBlank() && nodes.contains(t.getObject()))
                    blanks.add(t.getSubject());
                if (t.getObject().isBlank() && nodes.contains(t.getSubject()))
                    blanks.add(t.getObject());
            });
            nodes.addAll(blanks);
        }
        return nodes;
    }

    private boolean isEntity(Node n) {
        if (!n.isURI() || !terms.isEntityIri(n.getURI()))
            return false;
        // A fact description, part of the NIF text, or a concept scheme (a list, whose members carry
        // it as their scheme): not an entity, wherever it lives.
        return !info.find(n, TYPE, Node.ANY).filterKeep(t -> t.getObject().equals(terms.factClass())
                || t.getObject().equals(SKOS.ConceptScheme.asNode())
                || (t.getObject().isURI() && t.getObject().getURI().startsWith(Nif.NS))).hasNext();
    }

    private GraphEdge edge(Triple t) {
        Set<String> facts = new TreeSet<>(NaturalOrder.INSTANCE);
        Set<String> sentences = new TreeSet<>(NaturalOrder.INSTANCE);
        Set<String> modalityIris = new TreeSet<>(NaturalOrder.INSTANCE);
        Set<String> years = new TreeSet<>(NaturalOrder.INSTANCE);
        for (Fact f : background.facts(t)) {
            facts.add(f.iri());
            sentences.addAll(f.sentences());
            modalityIris.addAll(f.modalities());
            years.addAll(f.years());
        }
        List<String> modalities = modalityIris.stream().map(iri -> label(NodeFactory.createURI(iri))).toList();
        String s = id(t.getSubject());
        String p = t.getPredicate().getURI();
        String o = id(t.getObject());
        return new GraphEdge(edgeId(s, p, o), s, o, p, label(t.getPredicate()), modalities,
                List.copyOf(modalityIris), List.copyOf(years), List.copyOf(sentences), List.copyOf(facts),
                background.isAsserted(t) || facts.isEmpty());
    }

    private PropertyGraph measure(List<Draft> drafts, List<GraphEdge> edges, GraphView view, String title) {
        DirectedPseudograph<String, GraphEdge> g = new DirectedPseudograph<>(null, null, false);
        drafts.forEach(d -> g.addVertex(d.id()));
        edges.forEach(e -> g.addEdge(e.source(), e.target(), e));
        Map<String, Double> rank = new HashMap<>();
        if (!drafts.isEmpty()) {
            PageRank<String, GraphEdge> pr = new PageRank<>(g);
            drafts.forEach(d -> rank.put(d.id(), pr.getVertexScore(d.id())));
        }
        double min = rank.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = rank.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);

        // Classes in legend order: the most common first, then by IRI; no class last.
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> typeLabels = new HashMap<>();
        for (Draft d : drafts) {
            counts.merge(d.type(), 1, Integer::sum);
            typeLabels.put(d.type(), d.typeLabel());
        }
        List<String> types = new ArrayList<>(counts.keySet());
        types.sort(Comparator.<String, Boolean>comparing(String::isEmpty)
                .thenComparing(t -> -counts.get(t)).thenComparing(t -> t));
        Map<String, LegendEntry> styles = new HashMap<>();
        List<LegendEntry> legend = new ArrayList<>();
        int i = 0;
        for (String type : types) {
            LegendEntry e = type.isEmpty()
                    ? new LegendEntry("", typeLabels.get(type), Palette.NO_CLASS_COLOR, Palette.NO_CLASS_SHAPE, counts.get(type))
                    : new LegendEntry(type, typeLabels.get(type), Palette.color(i), Palette.shape(i++), counts.get(type));
            styles.put(type, e);
            legend.add(e);
        }

        List<GraphNode> nodes = new ArrayList<>();
        for (Draft d : drafts) {
            double r = rank.getOrDefault(d.id(), 0.0);
            double size = max > min ? 24 + 48 * Math.sqrt((r - min) / (max - min)) : 36;
            LegendEntry style = styles.get(d.type());
            nodes.add(new GraphNode(d.id(), d.label(), d.type(), d.typeLabel(), d.scheme(), d.attributes(),
                    g.degreeOf(d.id()), r, Math.round(size * 10) / 10.0, style.color(), style.shape()));
        }
        return new PropertyGraph(nodes, edges, legend, view, lang, title);
    }

    /** Among the node's classes, those no other of them is a subclass of; ontology terms first, then by IRI. */
    private Node mostSpecificType(Node n) {
        List<Node> types = new ArrayList<>();
        info.find(n, TYPE, Node.ANY).forEachRemaining(t -> {
            Node c = t.getObject();
            if (c.isURI() && !VACUOUS_TYPES.contains(c.getURI()) && !types.contains(c))
                types.add(c);
        });
        List<Node> specific = types.stream().filter(t -> types.stream().noneMatch(u -> !u.equals(t)
                && supers(u).contains(t) && !supers(t).contains(u))).toList();
        return specific.stream().min(Comparator.<Node, Boolean>comparing(c -> !c.getURI().startsWith(terms.ontologyNs()))
                .thenComparing(Node::getURI)).orElse(null);
    }

    private Set<Node> supers(Node c) {
        Set<Node> known = superClasses.get(c);
        if (known != null)
            return known;
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(c));
        while (!todo.isEmpty()) {
            Node x = todo.poll();
            info.find(x, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> {
                if (seen.add(t.getObject()))
                    todo.add(t.getObject());
            });
        }
        superClasses.put(c, seen);
        return seen;
    }

    private String label(Node n) {
        for (Node p : LABELS) {
            List<Node> found = info.find(n, p, Node.ANY).mapWith(Triple::getObject).toList();
            var best = pref.best(found);
            if (best.isPresent())
                return clean(best.get().getLiteralLexicalForm());
        }
        if (n.isBlank()) {
            Node type = mostSpecificType(n);
            return type == null ? "(blank node)" : "(" + label(type) + ")";
        }
        return localName(n.getURI());
    }

    /**
     * A class as a legend names it: its label, or else its local name in words as labels are
     * written ({@code FormalOrganization} as "formal organization"), so that a legend does not
     * mix this graph's labelled classes ("cooperation") with other vocabularies' bare names.
     */
    private String classLabel(Node type) {
        String label = label(type);
        if (!type.isURI() || LABELS.stream().anyMatch(p -> info.contains(type, p, Node.ANY)))
            return label;
        return label.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private String scheme(Node n) {
        return info.find(n, SKOS.inScheme.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(Node::isURI).toList().stream()
                .map(this::label).min(NaturalOrder.INSTANCE).orElse("");
    }

    static String id(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String local = cut < 0 ? iri : iri.substring(cut + 1);
        return local.isEmpty() ? iri : local;
    }

    private static String edgeId(String s, String p, String o) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((s + "\n" + p + "\n" + o).getBytes(StandardCharsets.UTF_8));
            return "e" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    /** Text safe in every format: no characters XML 1.0 forbids, no line breaks. */
    static String clean(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t')
                b.append(' ');
            else if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !(c >= 0xD800 && c <= 0xDFFF))
                b.appendCodePoint(c);
        });
        return b.toString();
    }

    private record Draft(String id, String label, String type, String typeLabel, String scheme,
                         Map<String, List<String>> attributes) { }
}
