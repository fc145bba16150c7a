package no.eukg.validate;

import java.util.Objects;

/** The project did not validate: thrown where a valid graph is required, such as at server start-up. */
public final class InvalidProjectException extends RuntimeException {
    private final transient ValidationReport report;

    public InvalidProjectException(ValidationReport report) {
        super(Objects.requireNonNull(report, "report").summary());
        this.report = report;
    }

    public ValidationReport report() { return report; }
}
