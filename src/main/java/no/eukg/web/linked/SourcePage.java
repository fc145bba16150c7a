package no.eukg.web.linked;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import no.eukg.linked.Labels;
import no.eukg.linked.SourceDocument.MentionSpan;
import no.eukg.linked.SourceDocument.SentenceSpan;
import no.eukg.linked.SourceDocument;
import no.eukg.web.linked.SourceView.Block;
import no.eukg.web.linked.SourceView.Part;
import no.eukg.web.linked.SourceView.SentenceText;

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

    SourceView model(SourceDocument doc, String lang) {
        String text = doc.text();
        List<Block> blocks = new ArrayList<>();
        int at = 0;
        int m = 0;
        List<MentionSpan> mentions = doc.mentions();
        for (SentenceSpan s : doc.sentences()) {
            if (s.begin() < at)
                continue;
            if (s.begin() > at)
                blocks.add(Block.ofOutside(text.substring(at, s.begin())));
            List<Part> parts = new ArrayList<>();
            int p = s.begin();
            while (m < mentions.size() && mentions.get(m).begin() < s.begin())
                m++;
            for (; m < mentions.size() && mentions.get(m).end() <= s.end(); m++) {
                MentionSpan mention = mentions.get(m);
                if (mention.begin() < p)
                    continue;
                if (mention.begin() > p)
                    parts.add(Part.plain(text.substring(p, mention.begin())));
                String label = "nb".equals(lang) && mention.labelNb() != null ? mention.labelNb()
                        : mention.labelEn() != null ? mention.labelEn() : Labels.localName(mention.entity().getURI());
                parts.add(Part.mention(text.substring(mention.begin(), mention.end()), links.href(mention.entity()), label));
                p = mention.end();
            }
            if (p < s.end())
                parts.add(Part.plain(text.substring(p, s.end())));
            Optional<String> factsLabel = s.facts() > 0 ? Optional.of(s.facts() == 1 ? "1 fact" : s.facts() + " facts")
                    : Optional.empty();
            blocks.add(Block.ofSentence(new SentenceText(Labels.localName(s.iri().getURI()), links.href(s.iri()), parts, factsLabel)));
            at = s.end();
        }
        if (at < text.length())
            blocks.add(Block.ofOutside(text.substring(at)));
        return new SourceView(doc.title().orElse("Source text"), lang, doc.page(), links.href(doc.context()),
                doc.sentences().size(), doc.mentions().size(), blocks);
    }
}
