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
        else if (e instanceof StoreException s)
            message = s.getMessage();
        else
            throw new IllegalStateException("unexpected failure in " + cmd.getCommandName(), e);
        cmd.getErr().println("error: " + message);
        return Main.PROBLEM;
    }
}
