package no.eukg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MentionFinderTest {

    private static final String NORWAY = "http://example.org/id/norway";
    private static final String EU = "http://example.org/id/eu";
    private static final String UNION = "http://example.org/id/union";

    private static List<Mention> find(String text, Map<String, ? extends Collection<String>> forms) {
        return new MentionFinder(forms).find(SourceText.of(text, List.of())).mentions();
    }

    private static List<String> anchors(List<Mention> mentions) {
        return mentions.stream().map(Mention::anchor).toList();
    }

    @Test
    void possessiveSuffixesBelongToTheMention() {
        String text = "Norway's position and the EU’s borders.";
        List<Mention> mentions = find(text, Map.of(NORWAY, List.of("Norway"), EU, List.of("EU")));
        assertEquals(List.of("Norway's", "EU’s"), anchors(mentions));
        assertEquals(List.of(NORWAY, EU), mentions.stream().map(Mention::entity).toList());
        assertEquals(new Mention(1, 2, 26, 30, "EU’s", EU), mentions.get(1));
    }

    @Test
    void pluralSuffixesAreAccepted() {
        String text = "Standby troops for EU battle groups and peace processes.";
        List<Mention> mentions = find(text, Map.of(
                "urn:x:bg", List.of("battle group"), "urn:x:pp", List.of("peace process")));
        assertEquals(List.of("battle groups", "peace processes"), anchors(mentions));
    }

    @Test
    void matchingIgnoresCase() {
        assertEquals(List.of("norway", "NORWAY"), anchors(find("norway and NORWAY.", Map.of(NORWAY, List.of("Norway")))));
    }

    @Test
    void matchesOnlyOnWordBoundaries() {
        String text = "The EUR is not the EU, but EU-led operations count; SEU does not.";
        List<Mention> mentions = find(text, Map.of(EU, List.of("EU")));
        assertEquals(List.of("EU", "EU"), anchors(mentions));
        assertEquals(List.of(19, 27), mentions.stream().map(Mention::begin).toList());
    }

    @Test
    void longestMatchWins() {
        String text = "Photo: European Union and the Union.";
        List<Mention> mentions = find(text, Map.of(EU, List.of("European Union"), UNION, List.of("Union")));
        assertEquals(List.of("European Union", "Union"), anchors(mentions));
        assertEquals(List.of(EU, UNION), mentions.stream().map(Mention::entity).toList());
    }

    @Test
    void overlappingMatchesOfEqualLengthGoToTheEarlierOne() {
        String text = "Trade with Middle East Asia grew.";
        List<Mention> mentions = find(text, Map.of("urn:x:me", List.of("Middle East"), "urn:x:ea", List.of("East Asia")));
        assertEquals(List.of(new Mention(1, 1, 11, 22, "Middle East", "urn:x:me")), mentions);
    }

    @Test
    void whitespaceInsideAFormMatchesAnyWhitespace() {
        assertEquals(List.of("European  Union"), anchors(find("The European  Union acts.", Map.of(EU, List.of("European Union")))));
    }

    @Test
    void formsShorterThanTwoCharactersAreIgnored() {
        assertEquals(List.of(), find("A plan for A.", Map.of("urn:x:a", List.of("A", " a "))));
    }

    @Test
    void sharedFormsAreLinkedToTheSmallestIriAndReported() {
        MentionSet found = new MentionFinder(Map.of("urn:x:b", List.of("EU"), "urn:x:a", List.of("eu", "EU")))
                .find(SourceText.of("Norway and the EU.", List.of()));
        assertEquals(List.of(new Mention(1, 1, 15, 17, "EU", "urn:x:a")), found.mentions());
        assertEquals(List.of(new Ambiguity(1, 15, 17, "EU", "urn:x:a", List.of("urn:x:a", "urn:x:b"))),
                found.ambiguities());
        assertTrue(found.ambiguities().get(0).message().contains("urn:x:b"));
    }

    @Test
    void boilerplateIsNeverSearched() {
        SourceText text = SourceText.of("Menu Norway\nNorway acts.", List.of(Pattern.compile("^Menu Norway$", Pattern.MULTILINE)));
        List<Mention> mentions = new MentionFinder(Map.of(NORWAY, List.of("Norway"))).find(text).mentions();
        assertEquals(List.of(new Mention(1, 1, 12, 18, "Norway", NORWAY)), mentions);
    }

    @Test
    void mentionsAreNumberedPerSentenceByOffset() {
        List<Mention> mentions = find("The EU and Norway. Norway and the EU.",
                Map.of(NORWAY, List.of("Norway"), EU, List.of("EU")));
        assertEquals(List.of("1/1", "1/2", "2/1", "2/2"),
                mentions.stream().map(m -> m.sentence() + "/" + m.index()).toList());
    }
}
