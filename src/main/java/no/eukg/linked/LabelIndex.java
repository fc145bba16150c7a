package no.eukg.linked;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory Lucene index of the labels in a dataset's default graph, for {@code /search} and
 * SPARQL's {@code text:query}. It may be filled on a thread of its own while the server already
 * answers (filling it was an eighth of the start-up): every read of it waits until it is full, so
 * a search is never answered from part of the labels, only a little later at the very start.
 */
final class LabelIndex extends TextIndexLucene {
    private static final Logger LOG = LoggerFactory.getLogger(LabelIndex.class);
    private final EntityDefinition entity;
    private final List<Node> predicates;
    private final CompletableFuture<Void> filled = new CompletableFuture<>();

    private LabelIndex(EntityDefinition entity, List<Node> predicates, TextIndexConfig config) {
        super(new ByteBuffersDirectory(), config);
        this.entity = entity;
        this.predicates = List.copyOf(predicates);
    }

    /**
     * An empty index of the labels {@code entity} defines, folded to lower case without diacritics.
     *
     * @param predicates the label properties {@code entity} maps to its fields
     */
    static LabelIndex create(EntityDefinition entity, List<Node> predicates) {
        Objects.requireNonNull(entity, "entity");
        TextIndexConfig config = new TextIndexConfig(entity);
        config.setAnalyzer(new LuceneLabelSearch.FoldingAnalyzer());
        config.setQueryAnalyzer(new LuceneLabelSearch.FoldingAnalyzer());
        config.setValueStored(true);
        return new LabelIndex(entity, predicates, config);
    }

    /** Fills the index from the dataset's default graph, now. */
    void fill(DatasetGraph dsg) {
        try {
            Runnable fill = () -> {
                for (Node p : predicates)
                    dsg.getDefaultGraph().find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                        if (!t.getObject().isLiteral() || !t.getSubject().isURI())
                            return;
                        Entity e = TextQueryFuncs.entityFromQuad(entity, Quad.defaultGraphIRI, t.getSubject(), t.getPredicate(), t.getObject());
                        if (e != null)
                            addEntity(e);
                    });
            };
            if (dsg.supportsTransactions())
                Txn.executeRead(dsg, fill);
            else
                fill.run();
            commit();
            filled.complete(null);
        } catch (RuntimeException | Error e) {
            filled.completeExceptionally(e);
            throw e;
        }
    }

    /** Fills the index on a daemon thread of its own; reads wait for it. */
    void fillInBackground(DatasetGraph dsg) {
        Thread filler = new Thread(() -> {
            try {
                fill(dsg);
            } catch (RuntimeException | Error e) {
                // The waiting readers get the failure; the log says what it was.
                LOG.error("the label index could not be filled: {}", e.toString());
            }
        }, "label-index");
        filler.setDaemon(true);
        filler.start();
    }

    private void awaitFilled() {
        try {
            filled.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the label index could not be filled", e.getCause());
        }
    }

    // Every read of the index, as jena-text's property function and the search call them.

    @Override
    public Map<String, Node> get(String uri) {
        awaitFilled();
        return super.get(uri);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
        awaitFilled();
        return super.query(property, qs, graphURI, lang);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
        awaitFilled();
        return super.query(property, qs, graphURI, lang, limit);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        awaitFilled();
        return super.query(property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String uid, Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        awaitFilled();
        return super.query(uid, property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        awaitFilled();
        return super.query(props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(Node subject, List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        awaitFilled();
        return super.query(subject, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String uid, List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        awaitFilled();
        return super.query(uid, props, qs, graphURI, lang, limit, highlight);
    }
}
