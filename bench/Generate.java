import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A synthetic graph of the same shape as the shipped one, at any size, as N-Quads.
 *
 * <p>Shape, after the shipped graph's proportions: one ontology (classes, properties, the seven
 * modalities, four concept schemes), a pool of countries and regions, then source documents
 * until the size is reached. Each document is a {@code nif:Context} with its metadata, about 29
 * new entities (agreements, policy areas, aims, challenges, mechanisms, organisations, policies,
 * operations, cooperations, a person and a post, a position; labels in English and Norwegian
 * Bokmål, some external links), and 40 sentences as NIF with offsets, {@code anchorOf} and entity
 * mentions. Each sentence yields one to three facts: a named graph {@code <base>id/fact/...} of one
 * to four statements, described in the default graph ({@code a nkg:Fact}, {@code
 * prov:wasDerivedFrom} the sentence, {@code nkg:modality}, sometimes {@code nkg:year}), and, as the
 * publisher's loader does, every fact statement also in the default graph. Most facts are about
 * Norway, as on the page; objects come from the document's own entities or, one time in three,
 * from any earlier one, so the graph is connected.
 *
 * <p>The IRIs the canned queries name exist ({@code :norway}, {@code :eu}, {@code :photo},
 * {@code :source} with {@code src:s19}..., {@code :migration}, the schemes, the modalities, {@code
 * fact:aims-of-cooperation-with-countries-of-origin-and-transit}), so every query has work to do.
 *
 * <p>Deterministic: the same size, seed and base give the same bytes.
 *
 * <p>Usage: {@code java bench/Generate.java N [--seed S] [--base IRI] [--out FILE]} (default seed 1,
 * base {@code https://w3id.org/norway-eu-kg/}, the project's canonical namespace, so that the
 * publisher serves the generated graph's IRIs at their paths; output to stdout). Stops at the end
 * of the first document that brings the count to N or more; prints the exact count on stderr.
 */
public final class Generate {
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    private static final String OWL = "http://www.w3.org/2002/07/owl#";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String SCHEMA = "http://schema.org/";
    private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    private static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    private static final String WD = "http://www.wikidata.org/entity/";
    private static final String EV = "http://eurovoc.europa.eu/";

    private static final int SENTENCES_PER_DOCUMENT = 40;
    private static final int COUNTRIES = 50;
    private static final int REGIONS = 12;
    private static final String[] SYLLABLES = {"ka", "lo", "ven", "dra", "mi", "sto", "ra", "bel", "tu", "nor", "vik",
            "sa", "len", "gor", "fi", "ta", "mar", "kel", "do", "bru", "ste", "an", "ril", "vo", "sen", "ha", "gen", "to"};

    /** Kinds of entity, with the words that name them in each language and their types. */
    enum Kind {
        COUNTRY("%s", "%s", "ontology#Country"),
        REGION("the %s region", "%s-regionen", SKOS + "Concept"),
        AGREEMENT("the %s Agreement", "%s-avtalen", "ontology#Agreement"),
        POLICY_AREA("%s policy", "%spolitikk", SKOS + "Concept"),
        AIM("%s stability", "%s-stabilitet", SKOS + "Concept"),
        CHALLENGE("the %s threat", "%s-trusselen", SKOS + "Concept"),
        MECHANISM("the %s Dialogue", "%s-dialogen", "ontology#Dialogue"),
        ORGANISATION("the %s Council", "%s-rådet", ORG + "Organization"),
        POLICY("the %s Policy", "%s-politikken", "ontology#Policy"),
        OPERATION("Operation %s", "Operasjon %s", "ontology#Operation"),
        COOPERATION("the %s cooperation", "%s-samarbeidet", "ontology#Cooperation"),
        PERSON("%s", "%s", FOAF + "Person"),
        POST("the %s Minister", "%s-ministeren", ORG + "Post"),
        POSITION("the %s Declaration", "%s-erklæringen", "ontology#Statement");

        final String en;
        final String nb;
        final String type;

        Kind(String en, String nb, String type) {
            this.en = en;
            this.nb = nb;
            this.type = type;
        }
    }

    /** New entities in each document, by kind. */
    private static final Map<Kind, Integer> PER_DOCUMENT = new EnumMap<>(Map.ofEntries(
            Map.entry(Kind.AGREEMENT, 2), Map.entry(Kind.POLICY_AREA, 4), Map.entry(Kind.AIM, 3),
            Map.entry(Kind.CHALLENGE, 3), Map.entry(Kind.MECHANISM, 3), Map.entry(Kind.ORGANISATION, 3),
            Map.entry(Kind.POLICY, 2), Map.entry(Kind.OPERATION, 2), Map.entry(Kind.COOPERATION, 2),
            Map.entry(Kind.PERSON, 1), Map.entry(Kind.POST, 1), Map.entry(Kind.POSITION, 1)));

    /** A kind of fact: subject kind, property, object kind, with its weight among all facts. */
    record Template(Kind subject, String property, Kind object, int weight, String verb) { }

    private static final List<Template> TEMPLATES = List.of(
            new Template(Kind.MECHANISM, "ontology#participant", Kind.COUNTRY, 9, "brings together"),
            new Template(Kind.COOPERATION, "ontology#participant", Kind.ORGANISATION, 8, "involves"),
            new Template(Kind.COUNTRY, "ontology#cooperatesOn", Kind.POLICY_AREA, 12, "cooperates on"),
            new Template(Kind.COUNTRY, "ontology#addresses", Kind.CHALLENGE, 9, "addresses"),
            new Template(Kind.COUNTRY, "ontology#aimsAt", Kind.AIM, 9, "aims at"),
            new Template(Kind.COOPERATION, DCT + "subject", Kind.POLICY_AREA, 8, "concerns"),
            new Template(Kind.OPERATION, "ontology#inRegion", Kind.REGION, 4, "takes place in"),
            new Template(Kind.POLICY, "ontology#inRegion", Kind.REGION, 4, "applies to"),
            new Template(Kind.AGREEMENT, "ontology#party", Kind.COUNTRY, 6, "binds"),
            new Template(Kind.COOPERATION, "ontology#promotes", Kind.AIM, 5, "promotes"),
            new Template(Kind.PERSON, ORG + "holds", Kind.POST, 3, "is"),
            new Template(Kind.POST, ORG + "postIn", Kind.ORGANISATION, 2, "is a post in"),
            new Template(Kind.OPERATION, "ontology#ledBy", Kind.ORGANISATION, 3, "is led by"),
            new Template(Kind.POSITION, "ontology#adoptedBy", Kind.ORGANISATION, 3, "was adopted by"),
            new Template(Kind.COUNTRY, "ontology#cooperatesWithin", Kind.ORGANISATION, 3, "cooperates within"),
            new Template(Kind.COUNTRY, "ontology#strengthens", Kind.COOPERATION, 3, "strengthens"),
            new Template(Kind.COOPERATION, "ontology#benefits", Kind.COUNTRY, 3, "benefits"),
            new Template(Kind.COUNTRY, ORG + "memberOf", Kind.ORGANISATION, 3, "is a member of"),
            new Template(Kind.COUNTRY, "ontology#faces", Kind.CHALLENGE, 2, "faces"),
            new Template(Kind.ORGANISATION, "ontology#invites", Kind.COUNTRY, 2, "invites"),
            new Template(Kind.COUNTRY, "ontology#invitedTo", Kind.MECHANISM, 2, "is invited to"),
            new Template(Kind.COUNTRY, "ontology#consultsWith", Kind.ORGANISATION, 2, "consults with"),
            new Template(Kind.COUNTRY, "ontology#participatesIn", Kind.OPERATION, 2, "takes part in"),
            new Template(Kind.COUNTRY, "ontology#alignsWith", Kind.POSITION, 1, "aligns with"),
            new Template(Kind.COUNTRY, "ontology#invitedToAlignWith", Kind.POSITION, 1, "is invited to align with"),
            new Template(Kind.MECHANISM, "ontology#venue", Kind.ORGANISATION, 2, "meets at"),
            new Template(Kind.COUNTRY, "ontology#hasCommonConcern", Kind.POLICY_AREA, 2, "shares a concern for"),
            new Template(Kind.COUNTRY, "ontology#supports", Kind.POLICY, 1, "supports"),
            new Template(Kind.POLICY, "ontology#policyOf", Kind.COUNTRY, 1, "is a policy of"),
            new Template(Kind.OPERATION, "ontology#contributor", Kind.COUNTRY, 1, "has a contribution from"),
            new Template(Kind.OPERATION, "ontology#contributesTo", Kind.ORGANISATION, 1, "contributes to"),
            new Template(Kind.COOPERATION, "ontology#addresses", Kind.CHALLENGE, 2, "tackles"));

    /** Modalities with their share of facts in the shipped graph (per cent). */
    private static final Map<String, Integer> MODALITIES = new LinkedHashMap<>();
    static {
        MODALITIES.put("Ongoing", 67);
        MODALITIES.put("Habitual", 10);
        MODALITIES.put("Goal", 8);
        MODALITIES.put("Done", 5);
        MODALITIES.put("Assessment", 5);
        MODALITIES.put("Planned", 3);
        MODALITIES.put("Sought", 2);
    }
    private static final Map<String, String> MODALITY_NB = Map.of("Ongoing", "pågående", "Habitual", "vanlig",
            "Goal", "mål", "Done", "gjort", "Assessment", "vurdering", "Planned", "planlagt", "Sought", "ønsket");

    private final Writer out;
    private final SplittableRandom random;
    private final String base;
    private final String id;
    private final String nkg;
    private final Map<Kind, List<String[]>> entities = new EnumMap<>(Kind.class); // kind -> [iri, en label]
    private final int totalWeight = TEMPLATES.stream().mapToInt(Template::weight).sum();
    private long count;

    private Generate(Writer out, long seed, String base) {
        this.out = out;
        this.random = new SplittableRandom(seed);
        this.base = base;
        this.id = base + "id/";
        this.nkg = base + "ontology#";
        for (Kind k : Kind.values())
            entities.put(k, new ArrayList<>());
    }

    public static void main(String[] args) throws IOException {
        long size = -1;
        long seed = 1;
        String base = "https://w3id.org/norway-eu-kg/";
        Path outFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--base" -> base = args[++i];
                case "--out" -> outFile = Path.of(args[++i]);
                default -> size = parseSize(args[i]);
            }
        }
        if (size < 1) {
            System.err.println("usage: java bench/Generate.java N [--seed S] [--base IRI] [--out FILE]   (N: 100000, 1e6, 10^7)");
            System.exit(2);
        }
        long started = System.nanoTime();
        try (Writer w = outFile == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
            Generate g = new Generate(w, seed, base);
            long documents = g.generate(size);
            System.err.printf("%d quads, %d documents, seed %d, %.1f s%n", g.count, documents, seed, (System.nanoTime() - started) / 1e9);
        }
    }

    private static long parseSize(String s) {
        s = s.replace("_", "");
        if (s.startsWith("10^"))
            return (long) Math.pow(10, Integer.parseInt(s.substring(3)));
        return (long) Double.parseDouble(s);
    }

    private long generate(long size) throws IOException {
        ontology();
        anchors();
        long documents = 0;
        while (count < size)
            document(documents++);
        return documents;
    }

    // ---- the fixed part: ontology, modalities, schemes, countries, regions, anchors

    private void ontology() throws IOException {
        String onto = base + "ontology";
        iri(onto, RDF + "type", OWL + "Ontology");
        label(onto, "Norway–EU cooperation ontology (synthetic)", "Ontologi for samarbeidet mellom Norge og EU (syntetisk)");
        for (String c : List.of("Country", "Agreement", "Policy", "Operation", "Cooperation", "Consultation", "Dialogue",
                "Coordination", "Fact", "Modality", "Ministry", "Statement", "Frequency")) {
            iri(nkg + c, RDF + "type", OWL + "Class");
            label(nkg + c, c, c.toLowerCase(Locale.ROOT));
            iri(nkg + c, RDFS + "isDefinedBy", onto);
        }
        for (Template t : TEMPLATES) {
            if (!t.property().startsWith("ontology#"))
                continue;
            String p = base + t.property();
            iri(p, RDF + "type", OWL + "ObjectProperty");
            String name = t.property().substring("ontology#".length());
            label(p, name, name);
            iri(p, RDFS + "isDefinedBy", onto);
        }
        for (String p : List.of("modality", "year")) {
            iri(nkg + p, RDF + "type", OWL + "ObjectProperty");
            label(nkg + p, p, p);
        }
        for (String m : MODALITIES.keySet()) {
            iri(nkg + m, RDF + "type", nkg + "Modality");
            iri(nkg + m, RDF + "type", OWL + "NamedIndividual");
            label(nkg + m, m.toLowerCase(Locale.ROOT), MODALITY_NB.get(m));
            iri(nkg + m, RDFS + "isDefinedBy", onto);
        }
        for (String s : List.of("policy-areas", "regions", "aims", "challenges")) {
            iri(id + s, RDF + "type", SKOS + "ConceptScheme");
            label(id + s, "Scheme " + s, "Skjema " + s);
            lang(id + s, SKOS + "prefLabel", "Scheme " + s, "en");
        }
    }

    private void anchors() throws IOException {
        entity(Kind.COUNTRY, id + "norway", "Norway", "Norge");
        iri(id + "norway", OWL + "sameAs", WD + "Q20");
        lang(id + "norway", SKOS + "hiddenLabel", "we", "en");
        entity(Kind.ORGANISATION, id + "eu", "European Union", "Den europeiske union");
        iri(id + "eu", RDF + "type", ORG + "FormalOrganization");
        iri(id + "eu", OWL + "sameAs", WD + "Q458");
        lang(id + "eu", SKOS + "altLabel", "EU", "en");
        entity(Kind.POLICY_AREA, id + "migration", "migration", "migrasjon");
        entity(Kind.POLICY_AREA, id + "preparedness-and-response", "preparedness and response", "beredskap og respons");
        entity(Kind.COUNTRY, id + "countries-of-origin-and-transit", "countries of origin and transit", "opprinnelses- og transittland");
        entity(Kind.ORGANISATION, id + "mission-of-norway-to-the-eu", "Mission of Norway to the EU", "Norges delegasjon til EU");
        for (int i = 1; i < COUNTRIES; i++)
            entity(Kind.COUNTRY, id + "country-" + i, null, null);
        for (int i = 1; i <= REGIONS; i++)
            entity(Kind.REGION, id + "region-" + i, null, null);
    }

    // ---- one source document

    private void document(long d) throws IOException {
        String context = d == 0 ? id + "source" : id + "source-" + d;
        String suffix = d == 0 ? "" : "-" + d;
        Map<Kind, List<String[]>> local = new EnumMap<>(Kind.class);
        for (Map.Entry<Kind, Integer> e : PER_DOCUMENT.entrySet()) {
            List<String[]> minted = new ArrayList<>();
            for (int i = 0; i < e.getValue(); i++)
                minted.add(entity(e.getKey(), id + slug(e.getKey()) + "-" + d + "-" + i, null, null, i));
            local.put(e.getKey(), minted);
        }
        String photo = id + "photo" + suffix;
        iri(photo, RDF + "type", SCHEMA + "Photograph");
        iri(photo, RDF + "type", FOAF + "Image");
        label(photo, "Photo" + suffix, "Foto" + suffix);

        StringBuilder text = new StringBuilder();
        String previous = null;
        for (int n = 1; n <= SENTENCES_PER_DOCUMENT; n++) {
            String sentence = context + "/s" + n;
            int begin = text.length();
            List<String[]> mentions = new ArrayList<>(); // entity iri, label, begin
            StringBuilder s = new StringBuilder();
            List<Fact> facts = new ArrayList<>();
            int factCount = 1 + (random.nextInt(100) < 60 ? 0 : random.nextInt(100) < 75 ? 1 : 2);
            for (int f = 0; f < factCount; f++) {
                Fact fact = fact(d, n, f, local, sentence, previous);
                facts.add(fact);
                for (Statement st : fact.statements()) {
                    if (s.length() > 0)
                        s.append(' ');
                    mention(s, begin, st.s(), mentions);
                    s.append(' ').append(st.verb()).append(' ');
                    mention(s, begin, st.o(), mentions);
                    s.append(filler());
                }
            }
            if (d == 0 && n == 2) { // the photo and its credit, as on the page
                s.append(" Photo: European Union.");
            }
            text.append(s);
            int end = text.length();
            text.append(' ');
            iri(sentence, RDF + "type", NIF + "Sentence");
            iri(sentence, RDF + "type", NIF + "OffsetBasedString");
            offsets(sentence, begin, end);
            literal(sentence, NIF + "anchorOf", s.toString());
            iri(sentence, NIF + "referenceContext", context);
            if (previous != null) {
                iri(sentence, NIF + "previousSentence", previous);
                iri(previous, NIF + "nextSentence", sentence);
            }
            int m = 1;
            for (String[] mention : mentions) {
                String iri = sentence + "/m" + m++;
                int b = Integer.parseInt(mention[2]);
                iri(iri, RDF + "type", NIF + "Phrase");
                iri(iri, RDF + "type", NIF + "OffsetBasedString");
                offsets(iri, b, b + mention[1].length());
                literal(iri, NIF + "anchorOf", mention[1]);
                iri(iri, NIF + "sentence", sentence);
                iri(iri, NIF + "referenceContext", context);
                iri(iri, ITSRDF + "taIdentRef", mention[0]);
            }
            for (Fact fact : facts)
                write(fact);
            if (n == 1)
                photoFacts(d, photo, sentence, local);
            previous = sentence;
        }
        iri(context, RDF + "type", NIF + "Context");
        iri(context, RDF + "type", NIF + "OffsetBasedString");
        iri(context, RDF + "type", FOAF + "Document");
        iri(context, RDF + "type", SCHEMA + "WebPage");
        label(context, "Source page" + suffix, "Kildeside" + suffix);
        lang(context, DCT + "title", "Foreign and security policy" + suffix, "en");
        iri(context, DCT + "source", "http://www.eu-norway.org/Policyareas/Foreignsecurity/" + suffix);
        iri(context, DCT + "isReplacedBy", "https://www.norway.no/en/missions/eu/areas-of-cooperation/foreign-policy/" + suffix);
        iri(context, DCT + "publisher", id + "mission-of-norway-to-the-eu");
        typed(context, DCT + "modified", String.format("20%02d-%02d-%02d", 5 + (int) (d % 12), 1 + (int) (d % 12), 1 + (int) (d % 28)), XSD + "date");
        lang(context, DCT + "rights", "Synthetic text for benchmarks.", "en");
        iri(context, SCHEMA + "image", photo);
        iri(context, RDFS + "seeAlso", local.get(Kind.ORGANISATION).get(0)[0]); // the document's ministry
        String strategy = id + "strategy" + suffix;
        iri(strategy, RDF + "type", FOAF + "Document");
        label(strategy, "Strategy" + suffix, "Strategi" + suffix);
        lang(strategy, DCT + "title", "Strategy for cooperation" + suffix, "en");
        iri(strategy, DCT + "creator", local.get(Kind.ORGANISATION).get(0)[0]);
        iri(strategy, DCT + "subject", local.get(Kind.POLICY_AREA).get(0)[0]);
        typed(strategy, nkg + "startYear", Integer.toString(2000 + (int) (d % 15)), XSD + "gYear");
        typed(strategy, nkg + "endYear", Integer.toString(2003 + (int) (d % 15)), XSD + "gYear");
        iri(context, RDFS + "seeAlso", strategy);
        offsets(context, 0, Math.max(0, text.length() - 1));
        literal(context, NIF + "isString", text.toString().stripTrailing());
    }

    private record Statement(String s, String p, String o, String verb) { }

    private record Fact(String iri, List<Statement> statements, String modality, List<String> sentences, int year) { }

    private Fact fact(long d, int n, int f, Map<Kind, List<String[]>> local, String sentence, String previous) {
        String iri = d == 0 && n == 21 && f == 0
                ? id + "fact/aims-of-cooperation-with-countries-of-origin-and-transit"
                : id + "fact/d" + d + "-s" + n + "-f" + f;
        Template t = template();
        String[] subject = pick(t.subject(), local, true);
        List<Statement> statements = new ArrayList<>();
        int size = sizeOfFact();
        for (int i = 0; i < size; i++) {
            Template ti = i == 0 ? t : sameSubject(t);
            String[] object = pick(ti.object(), local, false);
            String property = ti.property().startsWith("ontology#") ? base + ti.property() : ti.property();
            statements.add(new Statement(subject[0], property, object[0], ti.verb()));
        }
        List<String> sentences = new ArrayList<>(List.of(sentence));
        if (previous != null && random.nextInt(100) < 10)
            sentences.add(previous);
        int year = random.nextInt(100) < 12 ? 2000 + random.nextInt(18) : 0;
        return new Fact(iri, statements, modality(), sentences, year);
    }

    private void photoFacts(long d, String photo, String sentence, Map<Kind, List<String[]>> local) throws IOException {
        String person = local.get(Kind.PERSON).get(0)[0];
        String depicts = id + "fact/d" + d + "-photo-depicts";
        describeFact(depicts, List.of(sentence), "Ongoing", 0);
        both(photo, FOAF + "depicts", person, depicts);
        String credit = id + "fact/d" + d + "-photo-credit";
        describeFact(credit, List.of(sentence), "Ongoing", 0);
        both(photo, DCT + "creator", id + "eu", credit);
        quad(iri(photo) + " " + iri(SCHEMA + "creditText") + " " + lit("European Union"), credit);
        quad(iri(photo) + " " + iri(SCHEMA + "creditText") + " " + lit("European Union"), null);
    }

    private void write(Fact fact) throws IOException {
        describeFact(fact.iri(), fact.sentences(), fact.modality(), fact.year());
        for (Statement st : fact.statements())
            both(st.s(), st.p(), st.o(), fact.iri());
    }

    private void describeFact(String fact, List<String> sentences, String modality, int year) throws IOException {
        iri(fact, RDF + "type", nkg + "Fact");
        for (String s : sentences)
            iri(fact, PROV + "wasDerivedFrom", s);
        iri(fact, nkg + "modality", nkg + modality);
        if (year > 0)
            typed(fact, nkg + "year", Integer.toString(year), XSD + "gYear");
    }

    /** A fact statement, in its named graph and (as the loader copies it) in the default graph. */
    private void both(String s, String p, String o, String graph) throws IOException {
        String triple = iri(s) + " " + iri(p) + " " + iri(o);
        quad(triple, graph);
        quad(triple, null);
    }

    private Template template() {
        int r = random.nextInt(totalWeight);
        for (Template t : TEMPLATES) {
            r -= t.weight();
            if (r < 0)
                return t;
        }
        throw new IllegalStateException();
    }

    /** A further statement of a multi-statement fact: same subject kind, maybe another property. */
    private Template sameSubject(Template first) {
        for (int tries = 0; tries < 8; tries++) {
            Template t = template();
            if (t.subject() == first.subject())
                return t;
        }
        return first;
    }

    private int sizeOfFact() {
        int r = random.nextInt(100);
        return r < 52 ? 1 : r < 80 ? 2 : r < 91 ? 3 : 4;
    }

    private String modality() {
        int r = random.nextInt(100);
        for (Map.Entry<String, Integer> e : MODALITIES.entrySet()) {
            r -= e.getValue();
            if (r < 0)
                return e.getKey();
        }
        return "Ongoing";
    }

    /**
     * An entity of a kind: as a subject, a country is Norway six times in ten (the page is
     * Norway's); otherwise the document's own entities, or one time in three any earlier one.
     */
    private String[] pick(Kind kind, Map<Kind, List<String[]>> local, boolean subject) {
        List<String[]> all = entities.get(kind);
        if (kind == Kind.COUNTRY) {
            int r = random.nextInt(100);
            if (subject ? r < 60 : r < 20)
                return all.get(0);
            return all.get(random.nextInt(all.size()));
        }
        List<String[]> own = local.get(kind);
        if (own == null || own.isEmpty() || random.nextInt(3) == 0)
            return all.get(random.nextInt(all.size()));
        return own.get(random.nextInt(own.size()));
    }

    private void mention(StringBuilder s, int sentenceBegin, String entityIri, List<String[]> mentions) {
        String label = labelOf(entityIri);
        int at = sentenceBegin + s.length();
        s.append(label);
        for (String[] m : mentions)
            if (m[0].equals(entityIri))
                return; // one mention per entity and sentence
        mentions.add(new String[] {entityIri, label, Integer.toString(at)});
    }

    private final Map<String, String> labels = new java.util.HashMap<>();

    private String labelOf(String iri) {
        return labels.get(iri);
    }

    private String filler() {
        return switch (random.nextInt(5)) {
            case 0 -> ", as agreed.";
            case 1 -> " in the coming years.";
            case 2 -> ", which both sides welcome.";
            case 3 -> " through regular meetings.";
            default -> ".";
        };
    }

    /** Mints and describes an entity; returns {iri, English label}. */
    private String[] entity(Kind kind, String iri, String en, String nb) throws IOException {
        return entity(kind, iri, en, nb, 0);
    }

    /** As above; {@code variant} picks the subtype of mechanisms and organisations. */
    private String[] entity(Kind kind, String iri, String en, String nb, int variant) throws IOException {
        String type = kind.type.startsWith("ontology#") ? base + kind.type : kind.type;
        String enPattern = kind.en;
        String nbPattern = kind.nb;
        if (kind == Kind.MECHANISM) {
            String[][] v = {{"Dialogue", "the %s Dialogue", "%s-dialogen"}, {"Consultation", "the %s Consultations", "%s-konsultasjonene"},
                    {"Coordination", "the %s Coordination", "%s-koordineringen"}};
            String[] pick = v[variant % v.length];
            type = nkg + pick[0];
            enPattern = pick[1];
            nbPattern = pick[2];
        } else if (kind == Kind.ORGANISATION) {
            String[][] v = {{nkg + "Ministry", "the Ministry of %s", "%s-departementet"}, {ORG + "FormalOrganization", "the %s Union", "%s-unionen"},
                    {ORG + "Organization", "the %s Council", "%s-rådet"}};
            String[] pick = v[variant % v.length];
            type = pick[0];
            enPattern = pick[1];
            nbPattern = pick[2];
        }
        if (en == null) {
            String word = word();
            en = String.format(enPattern, word);
            nb = String.format(nbPattern, word);
            if (kind == Kind.PERSON) {
                en = word + " " + word();
                nb = en;
            }
        }
        iri(iri, RDF + "type", type);
        label(iri, en, nb);
        lang(iri, RDFS + "comment", "A synthetic " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + en + ".", "en");
        switch (kind) {
            case REGION, POLICY_AREA, AIM, CHALLENGE -> {
                String scheme = switch (kind) {
                    case REGION -> "regions";
                    case POLICY_AREA -> "policy-areas";
                    case AIM -> "aims";
                    default -> "challenges";
                };
                iri(iri, SKOS + "inScheme", id + scheme);
                lang(iri, SKOS + "prefLabel", en, "en");
                lang(iri, SKOS + "prefLabel", nb, "nb");
                List<String[]> same = entities.get(kind);
                if (!same.isEmpty() && random.nextInt(100) < 30)
                    iri(iri, SKOS + "broader", same.get(random.nextInt(same.size()))[0]);
            }
            case PERSON -> {
                iri(iri, RDF + "type", SCHEMA + "Person");
                literal(iri, FOAF + "name", en);
            }
            default -> { }
        }
        if (random.nextInt(100) < 25)
            iri(iri, random.nextBoolean() ? OWL + "sameAs" : SKOS + "closeMatch",
                    random.nextBoolean() ? WD + "Q" + (1000 + random.nextInt(9_000_000)) : EV + (100 + random.nextInt(9000)));
        if (random.nextInt(100) < 20)
            lang(iri, SKOS + "altLabel", en.replaceAll("[^A-Z]", "") + word().toUpperCase(Locale.ROOT), "en");
        String[] e = {iri, en};
        entities.get(kind).add(e);
        labels.put(iri, en);
        return e;
    }

    private String word() {
        int n = 2 + random.nextInt(2);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < n; i++)
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        w.setCharAt(0, Character.toUpperCase(w.charAt(0)));
        return w.toString();
    }

    private static String slug(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // ---- N-Quads output

    private void label(String s, String en, String nb) throws IOException {
        lang(s, RDFS + "label", en, "en");
        lang(s, RDFS + "label", nb, "nb");
    }

    private void offsets(String s, int begin, int end) throws IOException {
        typed(s, NIF + "beginIndex", Integer.toString(begin), XSD + "nonNegativeInteger");
        typed(s, NIF + "endIndex", Integer.toString(end), XSD + "nonNegativeInteger");
    }

    private void iri(String s, String p, String o) throws IOException {
        quad(iri(s) + " " + iri(p) + " " + iri(o), null);
    }

    private void literal(String s, String p, String value) throws IOException {
        quad(iri(s) + " " + iri(p) + " " + lit(value), null);
    }

    private void lang(String s, String p, String value, String lang) throws IOException {
        quad(iri(s) + " " + iri(p) + " " + lit(value) + "@" + lang, null);
    }

    private void typed(String s, String p, String value, String datatype) throws IOException {
        quad(iri(s) + " " + iri(p) + " " + lit(value) + "^^" + iri(datatype), null);
    }

    private void quad(String triple, String graph) throws IOException {
        out.write(triple);
        if (graph != null) {
            out.write(" <");
            out.write(graph);
            out.write('>');
        }
        out.write(" .\n");
        count++;
    }

    private static String iri(String iri) {
        return "<" + iri + ">";
    }

    private static String lit(String value) {
        StringBuilder b = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
