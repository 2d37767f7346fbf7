"""The offline writer: deterministic, no network.

Spine version: each story's lead sentence, attributed to the outlet that wrote it. Replaced by the real
extractive writer.
"""
from __future__ import annotations

from typing import Sequence

from topline.records import Category, CategoryPage, Development, Paragraph, RankedStory, TopLineItem
from topline.text import split_sentences
from topline.write.base import EditionContext, WriteStats, cite


def _lead(article) -> str:  # noqa: ANN001
    sents = split_sentences(article.body)
    return sents[0] if sents else article.title


class OfflineWriter:
    name = "offline"

    def write_page(self, category: Category, stories: Sequence[RankedStory], ctx: EditionContext,
                   stats: WriteStats) -> CategoryPage:
        s = ctx.settings.edition if ctx.settings else None
        n_top, n_dev = (s.top_line, s.key_developments) if s else (5, 4)
        top = []
        for rs in stories[:n_top]:
            a = rs.bundle.articles[0]
            top.append(TopLineItem(text=_lead(a), story_id=rs.bundle.story.id, citations=(cite(a),)))
        devs = []
        for rs in stories[:n_dev]:
            paras = []
            seen = set()
            for a in rs.bundle.articles:
                if a.source in seen:
                    continue
                seen.add(a.source)
                paras.append(Paragraph(text=f"{a.source} reports: {_lead(a)}", citations=(cite(a),)))
                if len(paras) == 3:
                    break
            devs.append(Development(story_id=rs.bundle.story.id, headline=rs.bundle.story.title,
                                    paragraphs=tuple(paras)))
        stats.sentences_checked += len(top) + sum(len(d.paragraphs) for d in devs)
        return CategoryPage(name=category.name, slug=category.slug, top_line=tuple(top),
                            key_developments=tuple(devs), signals=(), description=category.description)
