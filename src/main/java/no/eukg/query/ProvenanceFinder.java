package no.eukg.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementExists;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementNotExists;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;
import org.apache.jena.sparql.expr.ExprTransformCopy;

import no.eukg.vocab.Nif;
import no.eukg.vocab.Prov;

/**
 * "Why this row": the source sentences behind each row of a SELECT result.
 *
 * <p>The rule. A row's <em>witnesses</em> are the solutions of the query's WHERE clause (with its
 * parameters bound) that agree with the row on every column that comes straight from the pattern
 * (columns computed by {@code AS} or by aggregates do not constrain; a group's row so gets all its
 * members). A fact is behind the row when, in some witness,
 * <ul>
 *   <li>a triple pattern of the WHERE clause matched a triple that is in the fact's named graph, or</li>
 *   <li>a variable is bound to the fact itself (the IRI of its named graph), as in a query that lists facts.</li>
 * </ul>
 * The row's sentences are those the facts behind it cite with {@code prov:wasDerivedFrom}, in text
 * order. Triple patterns under {@code MINUS}, {@code FILTER (NOT) EXISTS}, subqueries and property
 * paths other than a single IRI are not tracked: absence is no evidence, and a path's intermediate
 * triples are not visible to SPARQL.
 *
 * <p>It takes two queries per page, whatever the number of rows: the WHERE clause rewritten so
 * each triple pattern also looks for its triple in a named graph ({@code OPTIONAL { GRAPH ?g { s p o } }}),
 * joined with the page's rows as a {@code VALUES} block; then the sentences of the facts found.
 */
final class ProvenanceFinder {
    private static final String ROW = "eukgRow";
    private static final String WITNESS_GRAPH = "eukgGraph";
    private final Function<Query, List<Binding>> select;

    /** @param select runs a SELECT query against the store, with the time limit, and returns its rows */
    ProvenanceFinder(Function<Query, List<Binding>> select) {
        this.select = Objects.requireNonNull(select, "select");
    }

    /** The sentences behind each row; {@code bound} is the query with its parameters bound. */
    List<List<SourceSentence>> find(Query bound, List<Var> vars, List<Binding> rows) {
        List<List<SourceSentence>> out = new ArrayList<>();
        if (rows.isEmpty() || bound.getQueryPattern() == null)
            return out;
        Element pattern = bound.getQueryPattern();
        Set<Var> patternVars = new LinkedHashSet<>(PatternVars.vars(pattern));
        List<Var> joinVars = vars.stream()
                .filter(patternVars::contains)
                .filter(v -> !bound.getProject().hasExpr(v))
                .toList();

        WitnessTransform transform = new WitnessTransform();
        Element witnessed = ElementTransformer.transform(pattern, transform, new ExprTransformCopy(false));

        Var row = Var.alloc(ROW);
        ElementData data = new ElementData();
        data.add(row);
        joinVars.forEach(data::add);
        for (int i = 0; i < rows.size(); i++) {
            BindingBuilder b = BindingBuilder.create();
            b.add(row, NodeFactory.createLiteralDT(Integer.toString(i), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            for (Var v : joinVars) {
                Node n = rows.get(i).get(v);
                // A blank node in a result is a fresh label: it cannot be matched again.
                if (n != null && !n.isBlank())
                    b.add(v, n);
            }
            data.add(b.build());
        }
        ElementGroup body = new ElementGroup();
        body.addElement(witnessed);
        body.addElement(data);
        if (bound.hasValues())
            body.addElement(new ElementData(bound.getValuesVariables(), bound.getValuesData()));

        Query witnesses = new Query();
        witnesses.setQuerySelectType();
        witnesses.setDistinct(true);
        witnesses.setPrefixMapping(bound.getPrefixMapping());
        witnesses.setQueryPattern(body);
        witnesses.addResultVar(row);
        transform.graphVars.forEach(witnesses::addResultVar);
        patternVars.forEach(witnesses::addResultVar);

        Map<Integer, Set<Node>> candidates = new TreeMap<>();
        Set<Node> all = new LinkedHashSet<>();
        select.apply(witnesses).forEach(b -> {
            int i = Integer.parseInt(b.get(row).getLiteralLexicalForm());
            Set<Node> mine = candidates.computeIfAbsent(i, k -> new LinkedHashSet<>());
            b.vars().forEachRemaining(v -> {
                Node n = b.get(v);
                if (!v.equals(row) && n != null && n.isURI())
                    mine.add(n);
            });
            all.addAll(mine);
        });
        Map<Node, List<Sentence>> sentences = sentences(all);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Sentence> found = new HashMap<>();
            for (Node n : candidates.getOrDefault(i, Set.of()))
                for (Sentence s : sentences.getOrDefault(n, List.of()))
                    found.putIfAbsent(s.iri(), s);
            out.add(found.values().stream().sorted().map(Sentence::asSource).toList());
        }
        return out;
    }

    /** For each candidate that names a fact graph, the sentences it was derived from. */
    private Map<Node, List<Sentence>> sentences(Set<Node> candidates) {
        Map<Node, List<Sentence>> out = new LinkedHashMap<>();
        if (candidates.isEmpty())
            return out;
        Var g = Var.alloc("g");
        Var s = Var.alloc("s");
        Var text = Var.alloc("text");
        Var begin = Var.alloc("begin");
        Query q = SourceQueries.sentencesOfFacts(g, s, text, begin, candidates);
        select.apply(q).forEach(b -> {
            Node sentence = b.get(s);
            if (sentence == null || !sentence.isURI())
                return;
            Node t = b.get(text);
            Node at = b.get(begin);
            long offset = Long.MAX_VALUE;
            if (at != null && at.isLiteral())
                try {
                    offset = Long.parseLong(at.getLiteralLexicalForm());
                } catch (NumberFormatException e) {
                    // no usable offset: such sentences sort last
                }
            out.computeIfAbsent(b.get(g), k -> new ArrayList<>())
                    .add(new Sentence(sentence.getURI(), t == null ? "" : t.getLiteralLexicalForm(), offset));
        });
        return out;
    }

    private record Sentence(String iri, String text, long begin) implements Comparable<Sentence> {
        @Override
        public int compareTo(Sentence o) {
            return Comparator.comparingLong(Sentence::begin).thenComparing(Sentence::iri).compare(this, o);
        }

        SourceSentence asSource() { return new SourceSentence(iri, text); }
    }

    /**
     * After each block of triple patterns, an {@code OPTIONAL { GRAPH ?eukgGraphN { s p o } }} per
     * pattern: it binds the named graphs that hold the triple without changing the solutions.
     */
    private static final class WitnessTransform extends ElementTransformCopyBase {
        final List<Var> graphVars = new ArrayList<>();

        @Override
        public Element transform(ElementGroup el, List<Element> members) {
            ElementGroup group = new ElementGroup();
            for (Element m : members) {
                group.addElement(m);
                if (m instanceof ElementPathBlock block)
                    for (TriplePath tp : block.getPattern())
                        if (tp.isTriple())
                            witness(group, tp.asTriple());
                if (m instanceof ElementTriplesBlock block)
                    block.getPattern().forEach(t -> witness(group, t));
            }
            return group;
        }

        private void witness(ElementGroup group, Triple t) {
            Var g = Var.alloc(WITNESS_GRAPH + graphVars.size());
            graphVars.add(g);
            ElementPathBlock inner = new ElementPathBlock();
            inner.addTriple(t);
            ElementGroup innerGroup = new ElementGroup();
            innerGroup.addElement(inner);
            ElementGroup optional = new ElementGroup();
            optional.addElement(new ElementNamedGraph(g, innerGroup));
            group.addElement(new ElementOptional(optional));
        }

        // Negation, nested queries and remote services are left exactly as written.
        @Override public Element transform(ElementMinus el, Element sub) { return el; }
        @Override public Element transform(ElementFilter el, Expr expr) { return el; }
        @Override public Element transform(ElementExists el, Element sub) { return el; }
        @Override public Element transform(ElementNotExists el, Element sub) { return el; }
        @Override public Element transform(ElementSubQuery el, Query query) { return el; }
        @Override public Element transform(ElementService el, Node service, Element sub) { return el; }
    }

    /** The vocabulary this rule reads: kept next to it. */
    static final class SourceQueries {
        private SourceQueries() { }

        /**
         * {@code SELECT ?g ?s ?text ?begin { VALUES ?g {...} ?g prov:wasDerivedFrom ?s .
         * FILTER EXISTS { GRAPH ?g { ?a ?b ?c } } OPTIONAL { ?s nif:anchorOf ?text }
         * OPTIONAL { ?s nif:beginIndex ?begin } }}: only named graphs count as facts.
         */
        static Query sentencesOfFacts(Var g, Var s, Var text, Var begin, Set<Node> candidates) {
            String sparql = "SELECT ?g ?s ?text ?begin WHERE { ?g <" + Prov.NS + "wasDerivedFrom> ?s . "
                    + "FILTER EXISTS { GRAPH ?g { ?a ?b ?c } } "
                    + "OPTIONAL { ?s <" + Nif.ANCHOR_OF.getURI() + "> ?text } "
                    + "OPTIONAL { ?s <" + Nif.BEGIN_INDEX.getURI() + "> ?begin } }";
            Query q = org.apache.jena.query.QueryFactory.create(sparql);
            ElementData values = new ElementData();
            values.add(g);
            for (Node n : candidates)
                values.add(BindingBuilder.create().add(g, n).build());
            ElementGroup group = new ElementGroup();
            group.addElement(values);
            group.addElement(q.getQueryPattern());
            q.setQueryPattern(group);
            return q;
        }
    }
}
