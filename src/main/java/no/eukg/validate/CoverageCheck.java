package no.eukg.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

import no.eukg.graph.Namespace;
import no.eukg.text.Coverage;
import no.eukg.text.CoverageReport;
import no.eukg.vocab.Itsrdf;
import no.eukg.vocab.Nif;

/**
 * Checks that the facts and the source text account for each other: a sentence that no fact cites
 * and a fact that cites no sentence are errors (reported at the sentence in the text file and where
 * the fact is written); an entity mentioned in a sentence that no fact from it is about is a
 * warning, since the annotator finds mentions by name and a name in passing need not be a fact.
 */
final class CoverageCheck {
    private static final Comparator<Problem> IN_FILE_ORDER = Comparator.comparing(Problem::fileName)
            .thenComparingLong(Problem::line).thenComparingLong(Problem::column);

    private final Namespace namespace;
    private final Locator locator;

    CoverageCheck(Namespace namespace, Locator locator) {
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.locator = Objects.requireNonNull(locator, "locator");
    }

    List<Problem> check(DatasetGraph dsg) {
        CoverageReport report = Coverage.check(dsg, namespace.ontologyTerms());
        List<Problem> problems = new ArrayList<>();
        report.sentencesWithoutFact().forEach(s -> problems.add(locator.locate(iri(s.sentence())).error(s.message())));
        report.factsWithoutSentence().forEach(f -> problems.add(locator.locate(iri(f.fact())).error(f.message())));
        List<Problem> mentions = new ArrayList<>();
        report.mentionsWithoutFact().forEach(m -> mentions.add(mention(dsg, m).warning(m.message())));
        problems.sort(IN_FILE_ORDER);
        mentions.sort(IN_FILE_ORDER);
        problems.addAll(mentions);
        return problems;
    }

    /** The first mention of the entity in the sentence, or the sentence if the mention is not found. */
    private Location mention(DatasetGraph dsg, CoverageReport.MentionWithoutFact m) {
        Node sentence = iri(m.sentence());
        Node entity = iri(m.entity());
        long first = Long.MAX_VALUE;
        var mentions = dsg.getDefaultGraph().find(Node.ANY, Nif.SENTENCE_PROPERTY, sentence).toList();
        for (var t : mentions) {
            Node phrase = t.getSubject();
            if (!dsg.getDefaultGraph().contains(phrase, Itsrdf.TA_IDENT_REF, entity))
                continue;
            for (var b : dsg.getDefaultGraph().find(phrase, Nif.BEGIN_INDEX, Node.ANY).toList())
                if (b.getObject().isLiteral())
                    first = Math.min(first, Long.parseLong(b.getObject().getLiteralLexicalForm()));
        }
        if (first != Long.MAX_VALUE) {
            var at = locator.inText(first);
            if (at.isPresent())
                return at.get();
        }
        return locator.locate(sentence);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
