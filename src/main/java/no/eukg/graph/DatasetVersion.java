package no.eukg.graph;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * The version of the served dataset, for strong ETags: the graph never changes while it is
 * served, so a response is identified by this version plus what was asked.
 *
 * @param tag      opaque and quote-free: a content hash of a local dataset; for a remote store a
 *                 digest of what it answers to {@link #FINGERPRINT}, so every copy of the
 *                 publisher in front of the same data gives the same ETags
 * @param loadedAt when the data was loaded (for a remote store: first seen), for {@code Last-Modified}
 */
public record DatasetVersion(String tag, Instant loadedAt) {
    public DatasetVersion {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(loadedAt, "loadedAt");
    }

    /** The version after an update: a new tag, so every ETag and cached answer changes. */
    public DatasetVersion next() {
        Instant now = Instant.now();
        return new DatasetVersion(tag.replaceFirst("-u\\d+$", "") + "-u" + now.toEpochMilli(), now);
    }

    /**
     * What a remote store's version is read from: its size in statements, in fact statements, and
     * the release it says it holds (the ontology's {@code owl:versionInfo}). A remote store is
     * loaded by its own tools, so no hash of the publisher's can travel with its data; these
     * answer in milliseconds on a store of 10^7 statements, and change when the data is reloaded
     * with another content or release.
     */
    private static final String UNKNOWN = "unknown-";

    static final String FINGERPRINT = """
            SELECT ?triples ?quads ?release WHERE {
              { SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o } }
              { SELECT (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } } }
              { SELECT (MAX(STR(?v)) AS ?release) WHERE { ?x <http://www.w3.org/2002/07/owl#versionInfo> ?v } }
            }""";

    /**
     * Computes the version of what a store serves.
     *
     * @throws RuntimeException from the remote store when it cannot answer
     */
    public static DatasetVersion of(Store store) {
        Instant now = Instant.now();
        if (store.isRemote())
            return new DatasetVersion(fingerprint(store), now);
        DatasetGraph dsg = store.dataset();
        MessageDigest sha = sha256();
        // N-Quads of an in-memory dataset come out in a stable order for the same files; a digest
        // of them changes exactly when the content does.
        Txn.executeRead(dsg, () -> RDFDataMgr.write(new DigestOutputStream(OutputStream.nullOutputStream(), sha), dsg, RDFFormat.NQUADS));
        sha.update(store.describe().getBytes(StandardCharsets.UTF_8));
        return new DatasetVersion(HexFormat.of().formatHex(sha.digest(), 0, 12), now);
    }

    /**
     * The version of a remote store that has not answered yet: unique to this server, so nothing
     * is taken for the data's; the store's own replaces it once it answers.
     */
    public static DatasetVersion unknown() {
        Instant now = Instant.now();
        return new DatasetVersion(UNKNOWN + Long.toHexString(now.toEpochMilli()), now);
    }

    /** True for {@link #unknown()}. */
    public boolean isUnknown() { return tag.startsWith(UNKNOWN); }

    /**
     * The version of a remote store now, or {@code previous} if its data is the same: then the
     * time it was first seen stands.
     */
    public static DatasetVersion remoteSince(Store store, DatasetVersion previous) {
        String tag = fingerprint(store);
        return previous != null && previous.tag().equals(tag) ? previous : new DatasetVersion(tag, Instant.now());
    }

    private static String fingerprint(Store store) {
        MessageDigest sha = sha256();
        try (QueryExec exec = store.query(QueryFactory.create(FINGERPRINT)).timeout(30, TimeUnit.SECONDS).build()) {
            RowSet rows = exec.select();
            Binding row = rows.hasNext() ? rows.next() : BindingFactory.empty();
            for (String name : new String[] {"triples", "quads", "release"}) {
                Node value = row.get(name);
                sha.update((name + "=" + (value == null ? "" : value.getLiteralLexicalForm()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return "r" + HexFormat.of().formatHex(sha.digest(), 0, 12);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
