package no.eukg.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds where entities are mentioned in the sentences of a {@link SourceText}, by their surface forms.
 *
 * <p>The rule, deterministic for given input:
 * <ul>
 *   <li>a form is stripped of surrounding whitespace; a form shorter than 2 characters is ignored;
 *       whitespace inside a form matches any run of whitespace;</li>
 *   <li>a form matches case-insensitively (Unicode case folding), optionally followed by one of the
 *       suffixes {@code 's}, {@code ’s} (U+2019), {@code es} or {@code s}, which then belong to the
 *       mention; the match must start and end on a word boundary, i.e. not be preceded or followed by a
 *       letter, mark, digit or underscore (so "EU" matches in "EU’s", "EUs" and "EU-led", not in
 *       "EUR");</li>
 *   <li>only sentence text is searched, never boilerplate, and a match never crosses a sentence;</li>
 *   <li>if several entities match exactly the same span, the lexicographically smallest IRI is linked
 *       and the span is reported as an {@link Ambiguity};</li>
 *   <li>candidate spans are taken longest first, then by begin offset; a span overlapping one already
 *       taken is dropped, so the longest match wins and mentions never overlap;</li>
 *   <li>mentions in a sentence are numbered 1.. by begin offset.</li>
 * </ul>
 */
public final class MentionFinder {

    private static final String WORD_CHAR = "[\\p{L}\\p{M}\\p{N}_]";
    private static final String SUFFIX = "(?:'s|\u2019s|es|s)?";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final List<FormPattern> patterns;

    /**
     * Compiles the surface forms.
     *
     * @param surfaceForms for each entity IRI, its surface forms (labels, alternative and hidden labels)
     */
    public MentionFinder(Map<String, ? extends Collection<String>> surfaceForms) {
        Objects.requireNonNull(surfaceForms, "surfaceForms");
        List<FormPattern> compiled = new ArrayList<>();
        new TreeMap<>(surfaceForms).forEach((entity, forms) -> {
            Objects.requireNonNull(entity, "entity IRI");
            Objects.requireNonNull(forms, "forms of " + entity);
            forms.stream()
                    .map(form -> Objects.requireNonNull(form, "form of " + entity).strip())
                    .filter(form -> form.length() >= 2)
                    .collect(Collectors.toCollection(TreeSet::new))
                    .forEach(form -> compiled.add(new FormPattern(entity, compile(form))));
        });
        this.patterns = List.copyOf(compiled);
    }

    /**
     * Finds the mentions in every sentence of a text.
     *
     * @param text the segmented source
     * @return mentions and ambiguities, in document order
     */
    public MentionSet find(SourceText text) {
        Objects.requireNonNull(text, "text");
        List<Mention> mentions = new ArrayList<>();
        List<Ambiguity> ambiguities = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            findInSentence(sentence, mentions, ambiguities);
        }
        return new MentionSet(mentions, ambiguities);
    }

    private void findInSentence(Sentence sentence, List<Mention> mentions, List<Ambiguity> ambiguities) {
        String anchor = sentence.anchor();
        Map<Span, SortedSet<String>> candidates = new TreeMap<>(
                Comparator.comparingInt(Span::length).reversed().thenComparingInt(Span::begin));
        for (FormPattern form : patterns) {
            Matcher matcher = form.pattern().matcher(anchor);
            while (matcher.find()) {
                candidates.computeIfAbsent(new Span(matcher.start(), matcher.end()), span -> new TreeSet<>())
                        .add(form.entity());
            }
        }
        BitSet taken = new BitSet(anchor.length());
        List<Mention> accepted = new ArrayList<>();
        List<Ambiguity> ambiguous = new ArrayList<>();
        candidates.forEach((span, entities) -> {
            if (taken.get(span.begin(), span.end()).isEmpty()) {
                taken.set(span.begin(), span.end());
                int begin = sentence.begin() + span.begin();
                int end = sentence.begin() + span.end();
                String surface = anchor.substring(span.begin(), span.end());
                accepted.add(new Mention(sentence.number(), 0, begin, end, surface, entities.first()));
                if (entities.size() > 1) {
                    ambiguous.add(new Ambiguity(
                            sentence.number(), begin, end, surface, entities.first(), List.copyOf(entities)));
                }
            }
        });
        accepted.sort(Comparator.comparingInt(Mention::begin));
        for (int i = 0; i < accepted.size(); i++) {
            Mention m = accepted.get(i);
            mentions.add(new Mention(m.sentence(), i + 1, m.begin(), m.end(), m.anchor(), m.entity()));
        }
        ambiguous.sort(Comparator.comparingInt(Ambiguity::begin));
        ambiguities.addAll(ambiguous);
    }

    private static Pattern compile(String form) {
        String body = WHITESPACE.splitAsStream(form).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        return Pattern.compile("(?<!" + WORD_CHAR + ")" + body + SUFFIX + "(?!" + WORD_CHAR + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private record FormPattern(String entity, Pattern pattern) {
    }

    private record Span(int begin, int end) {
        int length() {
            return end - begin;
        }
    }
}
