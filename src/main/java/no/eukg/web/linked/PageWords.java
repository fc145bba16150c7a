package no.eukg.web.linked;

/**
 * The words of a resource page's own chrome (headings, counts, tags) in the page's language, so
 * that a Norwegian page is Norwegian throughout and not only in its labels. English for any
 * language but Bokmål, the two the graph is labelled in.
 */
record PageWords(String statements, String facts, String referredToBy, String of, String incomingLinks, String showAll,
                 String inTheText, String elsewhere, String neighbourhood, String and, String more, String queryThis,
                 String descriptionAs, String also, String readInSource, String fact, String notStated, String notStatedWhy,
                 String sourcesOfTheFirst, String factsLower) {

    private static final PageWords EN = new PageWords("Statements in this fact", "Facts", "Referred to by", "of",
            "incoming links", "show all", "In the source text", "Elsewhere", "Neighbourhood", "and", "more", "Query this",
            "This description as", "Also", "Read it in the source text", "fact", "not stated as the case",
            "Not in the truthy (default) graph: the text states this as its fact's modality says, not as the case.",
            "Sources given for the first", "facts");
    private static final PageWords NB = new PageWords("Utsagn i dette faktumet", "Fakta", "Henvist til av", "av",
            "innkommende lenker", "vis alle", "I kildeteksten", "Andre steder", "Nabolag", "og", "til", "Spør videre",
            "Denne beskrivelsen som", "Også", "Les det i kildeteksten", "faktum", "ikke oppgitt som faktisk",
            "Ikke i den sannferdige (standard) grafen: teksten sier dette slik faktumets modalitet sier, ikke som faktisk.",
            "Kilder oppgitt for de første", "fakta");

    /** The words for a page in {@code lang}. */
    static PageWords of(String lang) {
        return "nb".equals(lang) ? NB : EN;
    }
}
