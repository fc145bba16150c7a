package no.eukg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import no.eukg.web.Limits;

/** {@code serve}'s limits as a user writes them. */
class LimitOptionsTest {
    @Test
    void the_budgets_and_the_queue_are_read_from_the_command_line() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--query-time-per-minute", "500ms", "--failures-per-minute", "3", "--max-queued-queries", "0");
        Limits limits = serve.limitOptions.limits();
        assertEquals(Duration.ofMillis(500), limits.queryTimePerMinute());
        assertEquals(3, limits.failuresPerMinute());
        assertEquals(0, limits.maxQueuedQueries());
        assertEquals(Limits.defaults().maxConcurrentQueries(), limits.maxConcurrentQueries());
    }

    @Test
    void the_retired_rate_limit_says_what_replaced_it() {
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(err, true));
        assertEquals(2, cmd.execute("serve", "--rate-limit", "1200"));
        assertTrue(err.toString().contains("--rate-limit is gone: a client is limited by what its requests cost"), err.toString());
        assertTrue(err.toString().contains("--query-time-per-minute"), err.toString());
    }
}
