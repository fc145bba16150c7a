package no.eukg.web;

/**
 * The words of the site's shared chrome (the header's name, navigation and search box) in a
 * page's language: a Norwegian page is Norwegian to its edges. English for any language but
 * Bokmål, the two the graph is labelled in.
 */
public record SiteWords(String brand, String sparql, String queries, String source, String explore, String dumps,
                        String ontology, String searchLabels) {
    private static final SiteWords EN = new SiteWords("Norway–EU knowledge graph", "SPARQL", "Queries", "Source",
            "Explore", "Dumps", "Ontology", "Search labels");
    private static final SiteWords NB = new SiteWords("Kunnskapsgraf Norge–EU", "SPARQL", "Spørringer", "Kilde",
            "Utforsk", "Nedlastinger", "Ontologi", "Søk i etiketter");

    /** The words for a page in {@code lang}. */
    public static SiteWords of(String lang) {
        return "nb".equals(lang) ? NB : EN;
    }
}
