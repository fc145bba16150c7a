package no.eukg.validate;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Runs independent checks side by side, so that validation adds little to start-up time. */
final class Concurrently {
    private Concurrently() { }

    static <T> CompletableFuture<T> start(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work);
    }

    /** The result, or the work's own exception (not wrapped) if it failed. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r)
                throw r;
            if (e.getCause() instanceof Error err)
                throw err;
            throw e;
        }
    }
}
