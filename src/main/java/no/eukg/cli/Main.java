package no.eukg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code norway-eu-kg} command. Exit codes: 0 ok, 1 a problem was found (bad data, a store
 * that cannot be opened), 2 bad usage.
 */
@Command(name = "norway-eu-kg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Publishes the Norway-EU foreign and security policy knowledge graph as linked data.",
        subcommands = {ServeCommand.class, LoadCommand.class, ExportCommand.class, ValidateCommand.class, QueryCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static final int OK = 0;
    public static final int PROBLEM = 1;
    public static final int USAGE = 2;

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        // A server keeps running: its command returns only when it has stopped.
        System.exit(code);
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(new ProblemHandler());
    }
}
