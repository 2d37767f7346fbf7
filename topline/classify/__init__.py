"""Classification: each story gets a primary category of the taxonomy, optional secondary ones, or none.

Spine version: keyword rules from the taxonomy file. Replaced by the taxonomy classifier.
"""
from __future__ import annotations

import re
from typing import Sequence

from topline.records import Classification, StoryBundle, Taxonomy

MIN_HITS = 2   # spine: a story needs this many keyword hits to belong to a category


def classify(bundles: Sequence[StoryBundle], taxonomy: Taxonomy, settings=None) -> list[Classification]:  # noqa: ANN001
    out = []
    for b in bundles:
        text = " ".join(f"{a.title} {a.body[:1500]}" for a in b.articles).lower()
        scores = []
        for c in taxonomy.categories:
            hits = sum(len(re.findall(r"\b" + re.escape(k.lower()) + r"\b", text)) for k in c.keywords)
            scores.append((c.name, float(hits)))
        scores.sort(key=lambda x: -x[1])
        primary = scores[0][0] if scores and scores[0][1] >= MIN_HITS else None
        out.append(Classification(story_id=b.story.id, primary=primary, scores=tuple(scores), method="keywords"))
    return out
