package no.eukg.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source document split into numbered sentences, with boilerplate left out.
 *
 * <p>Segmentation is fixed, because the sentence numbers it produces are what the data cites:
 * <ol>
 *   <li>every character inside a match of any boilerplate pattern (matched against the whole text)
 *       is marked;</li>
 *   <li>the text is split into lines on {@code '\n'}; within a line each maximal run of unmarked
 *       characters is a fragment;</li>
 *   <li>each fragment is split with {@code (?<=[.!?])\s+(?=\p{Lu})}; each part is trimmed (as by
 *       {@link String#trim()}) and empty parts are dropped; the rest are sentences, with offsets of
 *       the trimmed text in the whole text;</li>
 *   <li>sentences are numbered 1..N in document order.</li>
 * </ol>
 */
public final class SourceText {

    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

    private final String text;
    private final List<BoilerplateSpan> boilerplate;
    private final List<Sentence> sentences;

    private SourceText(String text, List<BoilerplateSpan> boilerplate, List<Sentence> sentences) {
        this.text = text;
        this.boilerplate = List.copyOf(boilerplate);
        this.sentences = List.copyOf(sentences);
    }

    /**
     * Reads a UTF-8 file and segments it.
     *
     * @param file the source document
     * @param boilerplate patterns (usually compiled with {@link Pattern#MULTILINE}) whose matches are
     *     left out
     * @return the segmented text
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if a pattern matches nothing
     */
    public static SourceText read(Path file, List<Pattern> boilerplate) throws IOException {
        Objects.requireNonNull(file, "file");
        return of(Files.readString(file, StandardCharsets.UTF_8), boilerplate);
    }

    /**
     * Segments a text.
     *
     * @param text the whole document
     * @param boilerplate patterns (usually compiled with {@link Pattern#MULTILINE}) whose matches are
     *     left out
     * @return the segmented text
     * @throws IllegalArgumentException if a pattern matches nothing
     */
    public static SourceText of(String text, List<Pattern> boilerplate) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(boilerplate, "boilerplate");
        List<BoilerplateSpan> spans = findBoilerplate(text, boilerplate);
        BitSet marked = new BitSet(text.length());
        spans.forEach(span -> marked.set(span.begin(), span.end()));
        return new SourceText(text, spans, segment(text, marked));
    }

    /** @return the whole document */
    public String text() {
        return text;
    }

    /** @return the sentences, numbered 1..N in document order */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** @return every boilerplate match, ordered by begin offset then end offset */
    public List<BoilerplateSpan> boilerplate() {
        return boilerplate;
    }

    private static List<BoilerplateSpan> findBoilerplate(String text, List<Pattern> patterns) {
        List<BoilerplateSpan> spans = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Objects.requireNonNull(pattern, "boilerplate pattern");
            Matcher matcher = pattern.matcher(text);
            boolean matched = false;
            while (matcher.find()) {
                if (matcher.end() > matcher.start()) {
                    spans.add(new BoilerplateSpan(matcher.start(), matcher.end(), pattern.pattern()));
                    matched = true;
                }
            }
            if (!matched) {
                // A pattern that no longer matches means the source changed under the data.
                throw new IllegalArgumentException(
                        "boilerplate pattern matches nothing in the source text: " + pattern.pattern());
            }
        }
        spans.sort(Comparator.comparingInt(BoilerplateSpan::begin).thenComparingInt(BoilerplateSpan::end));
        return spans;
    }

    private static List<Sentence> segment(String text, BitSet marked) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            int i = lineStart;
            while (i < lineEnd) {
                if (marked.get(i)) {
                    i++;
                    continue;
                }
                int nextMarked = marked.nextSetBit(i);
                int fragmentEnd = nextMarked < 0 ? lineEnd : Math.min(lineEnd, nextMarked);
                splitFragment(text, i, fragmentEnd, sentences);
                i = fragmentEnd;
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return sentences;
    }

    private static void splitFragment(String text, int begin, int end, List<Sentence> out) {
        Matcher breaks = SENTENCE_BREAK.matcher(text).region(begin, end);
        int partStart = begin;
        while (breaks.find()) {
            addTrimmed(text, partStart, breaks.start(), out);
            partStart = breaks.end();
        }
        addTrimmed(text, partStart, end, out);
    }

    private static void addTrimmed(String text, int begin, int end, List<Sentence> out) {
        int b = begin;
        int e = end;
        while (b < e && text.charAt(b) <= ' ') {
            b++;
        }
        while (e > b && text.charAt(e - 1) <= ' ') {
            e--;
        }
        if (b < e) {
            out.add(new Sentence(out.size() + 1, b, e, text.substring(b, e)));
        }
    }
}
