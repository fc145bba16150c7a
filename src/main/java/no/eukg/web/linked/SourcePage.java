package no.eukg.web.linked;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import no.eukg.linked.Labels;
import no.eukg.linked.SourceDocument.MentionSpan;
import no.eukg.linked.SourceDocument.SentenceSpan;
import no.eukg.linked.SourceDocument;

/**
 * The view of the source text for {@code /source}: the whole text in order, text outside any
 * sentence (page chrome) muted, each sentence an anchor ({@code id="sN"}) linked to its resource
 * page, each entity mention a link to the entity.
 */
final class SourcePage {
    private final Links links;

    SourcePage(Links links) {
        this.links = Objects.requireNonNull(links, "links");
    }

    Map<String, Object> model(SourceDocument doc, String lang) {
        String text = doc.text();
        List<Map<String, Object>> blocks = new ArrayList<>();
        int at = 0;
        int m = 0;
        List<MentionSpan> mentions = doc.mentions();
        for (SentenceSpan s : doc.sentences()) {
            if (s.begin() < at)
                continue;
            if (s.begin() > at)
                blocks.add(Map.of("outside", Map.of("text", text.substring(at, s.begin()))));
            List<Map<String, Object>> parts = new ArrayList<>();
            int p = s.begin();
            while (m < mentions.size() && mentions.get(m).begin() < s.begin())
                m++;
            for (; m < mentions.size() && mentions.get(m).end() <= s.end(); m++) {
                MentionSpan mention = mentions.get(m);
                if (mention.begin() < p)
                    continue;
                if (mention.begin() > p)
                    parts.add(Map.of("text", text.substring(p, mention.begin())));
                String label = "nb".equals(lang) && mention.labelNb() != null ? mention.labelNb()
                        : mention.labelEn() != null ? mention.labelEn() : Labels.localName(mention.entity().getURI());
                parts.add(Map.of("text", text.substring(mention.begin(), mention.end()),
                        "entityHref", links.href(mention.entity()), "entityLabel", label));
                p = mention.end();
            }
            if (p < s.end())
                parts.add(Map.of("text", text.substring(p, s.end())));
            Map<String, Object> sentence = new LinkedHashMap<>();
            String id = Labels.localName(s.iri().getURI());
            sentence.put("id", id);
            sentence.put("page", links.href(s.iri()));
            sentence.put("parts", parts);
            if (s.facts() > 0)
                sentence.put("factsLabel", s.facts() == 1 ? "1 fact" : s.facts() + " facts");
            blocks.add(Map.of("sentence", sentence));
            at = s.end();
        }
        if (at < text.length())
            blocks.add(Map.of("outside", Map.of("text", text.substring(at))));
        Map<String, Object> model = new LinkedHashMap<>();
        String title = doc.title().orElse("Source text");
        model.put("title", title);
        model.put("lang", lang);
        model.put("heading", title);
        doc.page().ifPresent(page -> model.put("page", page));
        model.put("context", links.href(doc.context()));
        model.put("sentenceCount", doc.sentences().size());
        model.put("mentionCount", doc.mentions().size());
        model.put("blocks", blocks);
        return model;
    }
}
