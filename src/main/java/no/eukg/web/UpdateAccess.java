package no.eukg.web;

import java.util.Objects;

/**
 * Who may send SPARQL Update to {@code /update}, when a deployment turns updates on. Off by
 * default: the published graph is read-only. {@link #toString()} never shows the password, so
 * the credentials cannot reach a log by accident.
 */
public record UpdateAccess(String user, String password) {
    public UpdateAccess {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank() || user.contains(":") || password.length() < 12)
            throw new IllegalArgumentException("update credentials must be 'user:password' with a password of at least 12 characters");
    }

    /** Reads {@code user:password} (the first line of a file, or an environment variable's value). */
    public static UpdateAccess parse(String userColonPassword) {
        String line = userColonPassword.strip();
        int colon = line.indexOf(':');
        if (colon <= 0)
            throw new IllegalArgumentException("update credentials must be 'user:password'");
        return new UpdateAccess(line.substring(0, colon), line.substring(colon + 1));
    }

    @Override
    public String toString() {
        return "UpdateAccess[user=" + user + ", password=***]";
    }
}
