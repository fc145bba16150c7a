package no.eukg.web.fragments;

import java.util.List;

import no.eukg.web.Templates;

/**
 * The HTML page of a fragment (template {@code fragments.mustache}): the pattern as a form, the
 * page's quads, the count and the links to the other pages and formats. Every href is relative to
 * the site's root: the template puts {@code {{root}}} before it.
 */
record FragmentView(String title, String pattern, Form form, List<Row> rows, long total, int page, long pages, int pageSize,
                    String first, String previous, String next, List<Format> formats, String template) implements Templates.Localized {
    FragmentView {
        rows = List.copyOf(rows);
        formats = List.copyOf(formats);
    }

    @Override
    public String lang() { return "en"; }

    /** True when the page shows no quads (the first page of an empty fragment). */
    public boolean empty() { return rows.isEmpty(); }

    /** The values of the form's fields, as the request gave them (the LDF request form of each term). */
    record Form(String subject, String predicate, String object, String graph) { }

    /** One quad; {@code graph} is null for the default graph. */
    record Row(Term subject, Term predicate, Term object, Term graph) { }

    /**
     * A term as shown: its label (prefixed where a known namespace holds it), the full form as a
     * tooltip, and a link (relative to the root) to the fragment it leads to; a literal has none.
     */
    record Term(String label, String full, String href) { }

    /** A link to this page in another format. */
    record Format(String name, String href, String type) { }
}
