package no.eukg.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import no.eukg.graph.GraphSourceException;
import no.eukg.graph.StoreException;
import no.eukg.validate.InvalidProjectException;

/**
 * Turns the problems a user can fix (a broken file, a store that will not open) into one clear
 * line on stderr and exit code 1; anything else is a bug and keeps its stack trace.
 */
final class ProblemHandler implements IExecutionExceptionHandler {
    /** The innermost cause, when it says more than the message (e.g. "No space left on device"). */
    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root)
            root = root.getCause();
        String text = root.getMessage();
        if (root == e || text == null || e.getMessage().contains(text))
            return "";
        return " (" + root.getClass().getSimpleName() + ": " + text + ")";
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        String message;
        if (e instanceof InvalidProjectException invalid) {
            invalid.report().errors().forEach(p -> cmd.getErr().println(p.located()));
            cmd.getErr().println("error: the project does not validate: " + invalid.report().summary());
            return Main.PROBLEM;
        }
        if (e instanceof GraphSourceException g)
            message = g.located();
        else if (e instanceof no.eukg.export.InteropException interop)
            message = "the interop gate refused the export: " + interop.getMessage();
        else if (e instanceof java.io.IOException io)
            message = "cannot write: " + io.getMessage();
        else if (e instanceof StoreException s)
            message = s.getMessage() + rootCause(s);
        else
            throw new IllegalStateException("unexpected failure in " + cmd.getCommandName(), e);
        cmd.getErr().println();
        cmd.getErr().println("error: " + message);
        return Main.PROBLEM;
    }
}
