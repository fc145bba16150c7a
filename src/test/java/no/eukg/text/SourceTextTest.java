package no.eukg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    private static List<String> expectedSentences() throws IOException {
        try (InputStream in = SourceTextTest.class.getResourceAsStream("/text/sentences.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static List<String> tsv(SourceText text) {
        return text.sentences().stream()
                .map(s -> "s" + s.number() + "\t" + s.begin() + "," + s.end() + "\t" + s.anchor())
                .toList();
    }

    @Test
    void shippedFileYieldsTheExpectedSentences() throws IOException {
        SourceText text = SourceFixtures.source();
        assertEquals(4414, text.text().length());
        assertEquals(expectedSentences(), tsv(text));
        assertEquals(38, text.sentences().size());
    }

    @Test
    void sentencesAreSubstringsOutsideBoilerplate() throws IOException {
        SourceText text = SourceFixtures.source();
        for (Sentence s : text.sentences()) {
            assertEquals(text.text().substring(s.begin(), s.end()), s.anchor());
            for (BoilerplateSpan b : text.boilerplate()) {
                assertTrue(s.end() <= b.begin() || b.end() <= s.begin(), s + " overlaps " + b);
            }
        }
    }

    @Test
    void boilerplateSpansAreReportedInOrder() throws IOException {
        List<BoilerplateSpan> spans = SourceFixtures.source().boilerplate();
        assertEquals(6, spans.size());
        assertEquals(new BoilerplateSpan(0, 9, "^A \\| A \\| A$"), spans.get(0));
        for (int i = 1; i < spans.size(); i++) {
            assertTrue(spans.get(i - 1).begin() <= spans.get(i).begin());
        }
    }

    @Test
    void stalePatternIsAnError() {
        Pattern stale = Pattern.compile("^Share this page$", Pattern.MULTILINE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceText.of("Norway is in Europe.", List.of(stale)));
        assertTrue(e.getMessage().contains("^Share this page$"), e.getMessage());
    }

    @Test
    void splitsOnTerminatorsBeforeCapitalsOnly() {
        SourceText text = SourceText.of("  One e.g. two. Three!  Four? five.  Ødegaard came.\nSix", List.of());
        assertEquals(List.of("One e.g. two.", "Three!", "Four? five.", "Ødegaard came.", "Six"),
                text.sentences().stream().map(Sentence::anchor).toList());
        Sentence first = text.sentences().get(0);
        assertEquals(new Sentence(1, 2, 15, "One e.g. two."), first);
        assertEquals(5, text.sentences().get(4).number());
    }

    @Test
    void boilerplateSplitsALineIntoFragments() {
        String raw = "Intro text BOILER and Outro\nNext line.";
        SourceText text = SourceText.of(raw, List.of(Pattern.compile("BOILER")));
        assertEquals(List.of("Intro text", "and Outro", "Next line."),
                text.sentences().stream().map(Sentence::anchor).toList());
        assertEquals(new Sentence(2, 18, 27, "and Outro"), text.sentences().get(1));
    }

    @Test
    void noSentenceSpansALineBreak() {
        SourceText text = SourceText.of("first part\nsecond part", List.of());
        assertEquals(List.of("first part", "second part"), text.sentences().stream().map(Sentence::anchor).toList());
    }
}
