package no.eukg.validate;

import java.util.Locale;

/** How bad a {@link Problem} is: errors fail validation (and stop the server), warnings are only shown. */
public enum Severity {
    ERROR, WARNING;

    /** The word printed in a problem line: {@code error} or {@code warning}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
