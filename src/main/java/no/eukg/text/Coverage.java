package no.eukg.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

import no.eukg.vocab.Itsrdf;
import no.eukg.vocab.Nif;
import no.eukg.vocab.Prov;

/**
 * Checks that facts and source sentences account for each other.
 *
 * <p>A fact is a named graph {@code g} typed {@code <ontologyNs>Fact} in the default graph, or any
 * named graph whose IRI contains {@code /id/fact/}. Its citations are the objects of
 * {@code g prov:wasDerivedFrom ?s} in the default graph. Sentences ({@code nif:Sentence}) and mentions
 * ({@code nif:sentence}, {@code itsrdf:taIdentRef}) are looked for in every graph, default or named,
 * since where the NIF graph is loaded is the loader's choice. What a fact is about is read from its own
 * named graph only, as the default graph may hold copies of (asserted) facts together.
 */
public final class Coverage {

    private static final Node TYPE = RDF.type.asNode();
    private static final String FACT_PATH = "/id/fact/";
    private static final Comparator<Node> NODE_ORDER = Comparator.comparing(Coverage::name);

    private final Node factClass;

    /**
     * @param ontologyNs the ontology namespace, e.g. {@code http://localhost:3030/ontology#}
     */
    public Coverage(String ontologyNs) {
        this.factClass = NodeFactory.createURI(Objects.requireNonNull(ontologyNs, "ontologyNs") + "Fact");
    }

    /**
     * Shorthand for {@code new Coverage(ontologyNs).check(ds)}.
     *
     * @param ds the dataset
     * @param ontologyNs the ontology namespace
     * @return the findings
     */
    public static CoverageReport check(DatasetGraph ds, String ontologyNs) {
        return new Coverage(ontologyNs).check(ds);
    }

    /**
     * Checks a dataset, inside a read transaction unless the caller already has one open.
     *
     * @param ds the dataset
     * @return sentences without fact, facts without sentence, and mentions without fact
     */
    public CoverageReport check(DatasetGraph ds) {
        Objects.requireNonNull(ds, "ds");
        if (ds.supportsTransactions() && !ds.isInTransaction()) {
            return Txn.calculateRead(ds, () -> compute(ds));
        }
        return compute(ds);
    }

    private CoverageReport compute(DatasetGraph ds) {
        Map<Node, SentenceInfo> sentences = sentences(ds);
        Map<Node, Set<Node>> citingFacts = new HashMap<>();
        List<CoverageReport.FactWithoutSentence> factsWithoutSentence = new ArrayList<>();
        Graph defaultGraph = ds.getDefaultGraph();
        for (Node fact : facts(ds)) {
            List<Node> cited = new ArrayList<>();
            defaultGraph.find(fact, Prov.WAS_DERIVED_FROM, Node.ANY).forEachRemaining(t -> cited.add(t.getObject()));
            List<String> bad = cited.stream().filter(s -> !sentences.containsKey(s)).map(Coverage::name)
                    .sorted().distinct().toList();
            if (cited.isEmpty() || !bad.isEmpty()) {
                factsWithoutSentence.add(new CoverageReport.FactWithoutSentence(name(fact), bad));
            }
            cited.stream().filter(sentences::containsKey)
                    .forEach(s -> citingFacts.computeIfAbsent(s, k -> new TreeSet<>(NODE_ORDER)).add(fact));
        }

        List<CoverageReport.SentenceWithoutFact> sentencesWithoutFact = sentences.values().stream()
                .filter(info -> !citingFacts.containsKey(info.node()))
                .map(info -> new CoverageReport.SentenceWithoutFact(name(info.node()), info.text()))
                .toList();

        List<CoverageReport.MentionWithoutFact> mentionsWithoutFact = new ArrayList<>();
        mentions(ds, sentences).forEach((pair, anchors) -> {
            Node entity = pair.entity();
            boolean covered = citingFacts.getOrDefault(pair.sentence().node(), Set.of()).stream()
                    .anyMatch(fact -> ds.contains(fact, entity, Node.ANY, Node.ANY)
                            || ds.contains(fact, Node.ANY, Node.ANY, entity));
            if (!covered) {
                mentionsWithoutFact.add(new CoverageReport.MentionWithoutFact(
                        name(pair.sentence().node()), name(entity), pair.sentence().text(), List.copyOf(anchors)));
            }
        });
        return new CoverageReport(sentencesWithoutFact, factsWithoutSentence, mentionsWithoutFact);
    }

    /** Sentences from every graph, in document order (by begin index, then IRI). */
    private static Map<Node, SentenceInfo> sentences(DatasetGraph ds) {
        Map<Node, SentenceInfo> byNode = new HashMap<>();
        ds.find(Node.ANY, Node.ANY, TYPE, Nif.SENTENCE).forEachRemaining(q -> byNode.computeIfAbsent(
                q.getSubject(), s -> new SentenceInfo(s, literal(ds, s, Nif.ANCHOR_OF), beginIndex(ds, s))));
        Map<Node, SentenceInfo> ordered = new LinkedHashMap<>();
        byNode.values().stream().sorted(SentenceInfo.ORDER).forEach(info -> ordered.put(info.node(), info));
        return ordered;
    }

    private SortedSet<Node> facts(DatasetGraph ds) {
        SortedSet<Node> facts = new TreeSet<>(NODE_ORDER);
        ds.getDefaultGraph().find(Node.ANY, TYPE, factClass).forEachRemaining(t -> facts.add(t.getSubject()));
        ds.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && g.getURI().contains(FACT_PATH)) {
                facts.add(g);
            }
        });
        return facts;
    }

    /** (sentence, entity) pairs with the anchors of their mentions, in document order then by entity. */
    private static Map<MentionKey, SortedSet<String>> mentions(DatasetGraph ds, Map<Node, SentenceInfo> sentences) {
        Map<MentionKey, SortedSet<String>> pairs = new TreeMap<>(MentionKey.ORDER);
        ds.find(Node.ANY, Node.ANY, Nif.SENTENCE_PROPERTY, Node.ANY).forEachRemaining(q -> {
            SentenceInfo sentence = sentences.get(q.getObject());
            if (sentence == null) {
                return;
            }
            Node mention = q.getSubject();
            String anchor = literal(ds, mention, Nif.ANCHOR_OF);
            ds.find(Node.ANY, mention, Itsrdf.TA_IDENT_REF, Node.ANY).forEachRemaining(ref -> {
                SortedSet<String> anchors = pairs.computeIfAbsent(
                        new MentionKey(sentence, ref.getObject()), k -> new TreeSet<>());
                if (!anchor.isEmpty()) {
                    anchors.add(anchor);
                }
            });
        });
        return pairs;
    }

    private static String literal(DatasetGraph ds, Node subject, Node property) {
        Iterator<Quad> it = ds.find(Node.ANY, subject, property, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) {
                return o.getLiteralLexicalForm();
            }
        }
        return "";
    }

    private static long beginIndex(DatasetGraph ds, Node subject) {
        try {
            return Long.parseLong(literal(ds, subject, Nif.BEGIN_INDEX));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String name(Node node) {
        return node.isURI() ? node.getURI() : node.toString();
    }

    private record SentenceInfo(Node node, String text, long begin) {
        static final Comparator<SentenceInfo> ORDER =
                Comparator.comparingLong(SentenceInfo::begin).thenComparing(SentenceInfo::node, NODE_ORDER);
    }

    private record MentionKey(SentenceInfo sentence, Node entity) {
        static final Comparator<MentionKey> ORDER = Comparator.comparing(MentionKey::sentence, SentenceInfo.ORDER)
                .thenComparing(MentionKey::entity, NODE_ORDER);
    }
}
