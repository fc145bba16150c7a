package no.eukg.graph;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs Jena's phased loader so that it cannot hang a load: on a daemon thread in a watched
 * thread group (see {@link #run}). Part of {@link Tdb2Stores}' loading.
 */
final class LoaderWatchdog {
    private LoaderWatchdog() { }

    /**
     * Runs the phased loader on a daemon thread and waits for it. The loader's worker threads
     * (node table, indexes) are started from that thread, so they are daemons too and belong to
     * its thread group. Jena's pipeline waits forever when one of its workers fails (a full disk
     * stops the node-table worker, which logs the error and ends, and the thread feeding it then
     * waits for room in its queue), so the group is watched: an uncaught failure, or every one of
     * its threads parked for two seconds (no thread left that could wake the others), abandons
     * the load. The parked daemons cannot keep the JVM alive.
     */
    static long run(Path dir, Callable<Long> work) {
        LoaderThreads threads = new LoaderThreads();
        CompletableFuture<Long> result = new CompletableFuture<>();
        Thread loader = new Thread(threads, () -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "tdb2-load");
        loader.setDaemon(true);
        loader.start();
        try {
            int parked = 0;
            while (true) {
                try {
                    return result.get(200, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillLoading) {
                    Throwable died = threads.failure;
                    if (died != null)
                        throw rethrown(died);
                    parked = threads.allParked() ? parked + 1 : 0;
                    if (parked >= 10)
                        throw new StoreException("loading into " + dir + " failed, the store is unchanged: "
                                + Tdb2Folders.writeFailure(dir, null) + "; the loader's threads all stopped (the first error is logged above)");
                }
            }
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while loading", e);
        }
    }

    static RuntimeException rethrown(Throwable e) {
        if (e instanceof RuntimeException r)
            return r;
        if (e instanceof Error err)
            throw err;
        return new IllegalStateException(e);
    }

    /** The loader's threads; remembers the first uncaught failure instead of printing it. */
    static final class LoaderThreads extends ThreadGroup {
        volatile Throwable failure;

        LoaderThreads() {
            super("tdb2-load");
        }

        @Override
        public void uncaughtException(Thread t, Throwable e) {
            if (failure == null)
                failure = e;
        }

        /** True when every live thread of the group waits for another: none can make progress. */
        boolean allParked() {
            Thread[] all = new Thread[activeCount() + 8];
            int n = enumerate(all, false);
            if (n == 0)
                return false;
            for (int i = 0; i < n; i++) {
                Thread.State state = all[i].getState();
                if (state != Thread.State.WAITING && state != Thread.State.BLOCKED)
                    return false;
            }
            return true;
        }
    }
}
