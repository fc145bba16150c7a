package no.eukg.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Polling until a condition holds, with a deadline: what a test does instead of sleeping for a
 * while and hoping the server got there. It is as quick as the server and fails only when the
 * deadline passes, saying what it waited for.
 */
public final class Eventually {
    /** Short enough to add little to a test, long enough not to flood a server that is starting. */
    private static final long POLL_MILLIS = 20;

    private Eventually() { }

    /** Polls {@code condition} until it holds; fails, naming {@code what} was awaited, once {@code max} has passed. */
    public static void until(Duration max, BooleanSupplier condition, String what) {
        get(max, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty(), () -> what);
    }

    /**
     * Polls {@code probe} until it finds something, and returns that; fails, naming {@code what}
     * was awaited (computed then, so it can show the latest state), once {@code max} has passed.
     * A probe that sees the wait is hopeless (the process it waits on exited) throws at once.
     */
    public static <T> T get(Duration max, Supplier<Optional<T>> probe, Supplier<String> what) {
        long deadline = System.nanoTime() + max.toNanos();
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent())
                return found.get();
            if (System.nanoTime() - deadline >= 0)
                throw new AssertionError("waited " + max.toMillis() + " ms in vain for " + what.get());
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what.get(), e);
            }
        }
    }
}
