package no.eukg.web.linked;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Splits a text into segments for a template, some marked: the template wraps the marked ones in
 * {@code <mark>}, escaping every segment, so no markup is built from the text.
 */
final class Segments {
    /** A run of the text, marked or not. */
    record Segment(String text, boolean mark) {
        Segment {
            Objects.requireNonNull(text, "text");
        }
    }

    private Segments() { }

    /**
     * @param spans [begin, end) offsets into {@code text}; overlapping or out-of-range spans are trimmed
     * @return segments covering the whole text in order
     */
    static List<Segment> split(String text, List<long[]> spans) {
        List<long[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingLong((long[] s) -> s[0]).thenComparingLong(s -> s[1]));
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (long[] span : sorted) {
            int b = (int) Math.max(at, Math.min(span[0], text.length()));
            int e = (int) Math.min(span[1], text.length());
            if (e <= b)
                continue;
            if (b > at)
                out.add(new Segment(text.substring(at, b), false));
            out.add(new Segment(text.substring(b, e), true));
            at = e;
        }
        if (at < text.length())
            out.add(new Segment(text.substring(at), false));
        return out;
    }

    /** The text cut to {@code max} characters, an ellipsis marking the cut, for a label that must fit. */
    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
