package no.eukg.web.linked;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import no.eukg.web.HttpError;

/**
 * The language of a page: {@code ?lang=en|nb} when given, else the reader's
 * {@code Accept-Language} (Norwegian in any form, {@code no}, {@code nb} or {@code nn}, reads
 * Bokmål), else English.
 */
final class PageLanguage {
    static final List<String> SUPPORTED = List.of("en", "nb");

    private PageLanguage() { }

    static String of(HttpServletRequest req) {
        String given = Params.get(req, "lang");
        if (given != null) {
            String g = given.toLowerCase(Locale.ROOT);
            if (!SUPPORTED.contains(g))
                throw HttpError.badRequest("parameter lang: '" + given + "' is not one of " + String.join(", ", SUPPORTED));
            return g;
        }
        String header = req.getHeader("Accept-Language");
        if (header == null || header.isBlank())
            return "en";
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException unreadable) {
            return "en";
        }
        for (Locale.LanguageRange r : ranges) {
            if (r.getWeight() <= 0)
                continue;
            String tag = r.getRange().toLowerCase(Locale.ROOT);
            if (tag.equals("nb") || tag.startsWith("nb-") || tag.equals("no") || tag.startsWith("no-")
                    || tag.equals("nn") || tag.startsWith("nn-"))
                return "nb";
            if (tag.equals("en") || tag.startsWith("en-") || tag.equals("*"))
                return "en";
        }
        return "en";
    }

    static String other(String lang) { return "nb".equals(lang) ? "en" : "nb"; }

    static String name(String lang) { return "nb".equals(lang) ? "Norsk (bokmål)" : "English"; }
}
