package no.eukg.web.linked;

import java.util.List;
import java.util.Objects;

import no.eukg.releases.FactChange;
import no.eukg.releases.Release;

/** The {@code /releases/} page: the releases, newest first, each with what it changed. */
record ReleasesView(List<Entry> releases, String rdf) {
    ReleasesView {
        releases = List.copyOf(releases);
        Objects.requireNonNull(rdf, "rdf");
    }

    /** One release and its changes against the one before it. */
    record Entry(String version, String issued, String description, boolean current, String download,
                 int added, int removed, int changed, List<Change> changes) {
        Entry {
            changes = List.copyOf(changes);
        }

        boolean hasChanges() { return !changes.isEmpty(); }
    }

    /**
     * One fact's change: its page (a removed fact has none now), the sentences it cites, and the
     * statements before and after.
     */
    record Change(String kind, String fact, String page, List<String> sentences, List<String> before, List<String> after) {
        boolean hasBefore() { return !before.isEmpty(); }
        boolean hasAfter() { return !after.isEmpty(); }
    }

    static Entry entry(Release r, String download, List<FactChange> changes, Links links) {
        int added = 0, removed = 0, changed = 0;
        List<Change> list = new java.util.ArrayList<>();
        for (FactChange c : changes) {
            switch (c.kind()) {
                case ADDED -> added++;
                case REMOVED -> removed++;
                case CHANGED -> changed++;
            }
            String iri = c.fact().getURI();
            String page = c.kind() == FactChange.Kind.REMOVED ? null : links.localId(c.fact()).map(links::page).orElse(null);
            list.add(new Change(ReleasesServlet.kind(c.kind()), iri, page, c.sentences(), c.before(), c.after()));
        }
        return new Entry(r.version(), r.issued(), r.description(), r.current(), download, added, removed, changed, list);
    }
}
