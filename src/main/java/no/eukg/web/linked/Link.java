package no.eukg.web.linked;

import java.util.Objects;

/** A link by its label, to a page of this server or elsewhere. */
record Link(String label, String href) {
    Link {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(href, "href");
    }
}
