package no.eukg.graph;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The version of the served dataset, for strong ETags: the graph never changes while it is
 * served, so a response is identified by this version plus what was asked.
 *
 * @param tag      opaque and quote-free: a content hash of a local dataset, or for a remote
 *                 store the time this server started (it cannot see the remote's changes)
 * @param loadedAt when the data was loaded, for {@code Last-Modified}
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

    /** Computes the version of what a store serves. */
    public static DatasetVersion of(Store store) {
        Instant now = Instant.now();
        if (store.isRemote())
            return new DatasetVersion("r" + Long.toHexString(now.toEpochMilli()), now);
        DatasetGraph dsg = store.dataset();
        MessageDigest sha = sha256();
        // N-Quads of an in-memory dataset come out in a stable order for the same files; a digest
        // of them changes exactly when the content does.
        Txn.executeRead(dsg, () -> RDFDataMgr.write(new DigestOutputStream(OutputStream.nullOutputStream(), sha), dsg, RDFFormat.NQUADS));
        sha.update(store.describe().getBytes(StandardCharsets.UTF_8));
        return new DatasetVersion(HexFormat.of().formatHex(sha.digest(), 0, 12), now);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
