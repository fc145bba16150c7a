package no.eukg.web.linked;

import java.util.Objects;

/**
 * A link to the same document in another format, for a page's list of formats and the layout's
 * {@code <link rel="alternate">}s.
 *
 * @param name the format's name, e.g. {@code Turtle}
 * @param type its media type
 */
record FormatLink(String name, String href, String type) {
    FormatLink {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(type, "type");
    }
}
