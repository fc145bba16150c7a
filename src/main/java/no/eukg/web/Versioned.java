package no.eukg.web;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import no.eukg.graph.DatasetVersion;

/**
 * What is computed from one version of the dataset and kept while that version is served: the
 * response caches, the graph snapshot of the exports, the linked-data services and their indexes.
 * This is the one place that follows the version: a read-only graph keeps one value for the
 * server's life; a deployment with updates turned on moves to a new version after each update,
 * and the next request gets a value built afresh, the old one retired (its dump files deleted,
 * say). Nothing kept from an old version is served after the move.
 *
 * @param <T> what is built from a version
 */
public final class Versioned<T> implements Supplier<T> {
    private record Held<T>(DatasetVersion version, T value) { }

    private final Supplier<DatasetVersion> versions;
    private final Function<DatasetVersion, T> build;
    private final Consumer<T> retire;
    private volatile Held<T> held;

    /**
     * Builds the value of the current version now, so that a problem shows at start-up.
     *
     * @param versions the version served now ({@link Site#version()})
     * @param build    what to keep for a version
     * @param retire   what to do with a value once its version is no longer served
     */
    public Versioned(Supplier<DatasetVersion> versions, Function<DatasetVersion, T> build, Consumer<T> retire) {
        this.versions = Objects.requireNonNull(versions, "versions");
        this.build = Objects.requireNonNull(build, "build");
        this.retire = Objects.requireNonNull(retire, "retire");
        DatasetVersion now = versions.get();
        this.held = new Held<>(now, Objects.requireNonNull(build.apply(now), "built"));
    }

    /** The value for the version served now, built on the first request after the version moved. */
    @Override
    public T get() {
        Held<T> h = held;
        if (h.version().equals(versions.get()))
            return h.value();
        synchronized (this) {
            // Read again under the lock: versions only move forward, and a thread that saw an
            // older one must not bring it back.
            DatasetVersion now = versions.get();
            Held<T> old = held;
            if (!old.version().equals(now)) {
                held = new Held<>(now, Objects.requireNonNull(build.apply(now), "built"));
                retire.accept(old.value());
            }
            return held.value();
        }
    }

    /** Retires the value kept now; for the server's stop. */
    public synchronized void close() {
        retire.accept(held.value());
    }
}
