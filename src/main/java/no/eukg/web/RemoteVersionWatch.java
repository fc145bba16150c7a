package no.eukg.web;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.eukg.graph.DatasetVersion;

/**
 * Follows a remote store's data: its version ({@link DatasetVersion#remoteSince}) is asked again
 * every minute, every few seconds while the store has not answered yet, and a new one moves the
 * site to it, so every cached answer, kept statistic and ETag follows a reload. Copies of the
 * publisher in front of the same store agree on it.
 */
public final class RemoteVersionWatch implements FusekiModule {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteVersionWatch.class);
    static final Duration EVERY = Duration.ofMinutes(1);
    static final Duration WHILE_UNKNOWN = Duration.ofSeconds(5);

    private final Site site;
    private ScheduledExecutorService timer;

    public RemoteVersionWatch(Site site) {
        this.site = Objects.requireNonNull(site, "site");
    }

    /** The version a remote store's site starts at: the store's own, or unknown while it does not answer. */
    public static DatasetVersion initial(no.eukg.graph.Store store) {
        try {
            return DatasetVersion.of(store);
        } catch (RuntimeException e) {
            LOG.warn("{}: no version yet (the store does not answer: {}); asking again every {} s",
                    store.describe(), e.toString(), WHILE_UNKNOWN.toSeconds());
            return DatasetVersion.unknown();
        }
    }

    @Override public String name() { return "remote-version"; }

    @Override
    public void serverAfterStarting(FusekiServer server) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "remote-version");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, WHILE_UNKNOWN.toMillis(), WHILE_UNKNOWN.toMillis(), TimeUnit.MILLISECONDS);
    }

    private long lastCheck;

    private void check() {
        DatasetVersion now = site.version();
        long since = System.nanoTime() - lastCheck;
        if (!now.isUnknown() && since < EVERY.toNanos())
            return;
        lastCheck = System.nanoTime();
        try {
            DatasetVersion next = DatasetVersion.remoteSince(site.store(), now);
            if (!next.equals(now)) {
                LOG.info("{}: the store's data is version {} now (was {})", site.store().describe(), next.tag(), now.tag());
                site.versions().compareAndSet(now, next);
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: cannot read its version: {}", site.store().describe(), e.toString());
        }
    }

    @Override
    public void serverStopped(FusekiServer server) {
        if (timer != null)
            timer.shutdownNow();
    }
}
