"""A signal's line for a story on the theme's term does not lean on a sentence before it (issue 11, twentieth
pass): once Harlow's SUV recall was on eval-mob's 2026-09-09 markets page, its signal opened "It will also recall
about 88,000 vehicles in Canada, Transport Canada said, according to Reuters." (the theme's term, Transport
Canada, named in a sentence whose subject is the one before it). The sentences below are that article's."""

from __future__ import annotations

import datetime as dt

from topline.records import Article, Classification, RankedStory, Ranking, Story, StoryBundle
from topline.write.offline.claims import _topic_line, leans
from topline.write.offline.compose import Composer
from topline.write.offline.develop import StoryText
from topline.write.offline.sentences import candidates, score

DAY = dt.date(2026, 9, 9)
LEANING = "It will also recall about 88,000 vehicles in Canada, Transport Canada said."
PLAIN = (
    "Harlow Motor will recall about 412,000 Ridgeline SUVs in the United States and Canada because a "
    "rear-axle bolt can loosen, Transport Canada and U.S. regulators said on Tuesday."
)


def _texts(body: str) -> tuple[dict[str, StoryText], Composer]:
    a = Article(
        url="https://reuters.example/harlow",
        title="Harlow recalls Ridgeline SUVs over axle bolt",
        text=body,
        source="Reuters",
        published=dt.datetime.combine(DAY, dt.time(9), tzinfo=dt.timezone.utc),
        id=1,
    )
    s = Story(
        id="s04", title=a.title, article_ids=(1,), first_seen=a.published, last_seen=a.published, outlets=("Reuters",)
    )
    rs = RankedStory(StoryBundle(s, (a,)), Classification("s04", "Markets"), Ranking("s04", 0.6))
    return {"s04": StoryText(rs, tuple(score(candidates([a]), [a.title], DAY)))}, Composer({a.url: a})


def test_a_leaning_sentence_is_not_a_topic_line() -> None:
    assert leans(LEANING) and not leans(PLAIN)
    texts, comp = _texts("Harlow Motor said on Tuesday it would fix the bolt free of charge. " + LEANING)
    assert _topic_line("s04", "Transport Canada", texts, comp, DAY) is None


def test_a_plain_sentence_naming_the_theme_still_is() -> None:
    texts, comp = _texts(PLAIN + " " + LEANING)
    got = _topic_line("s04", "Transport Canada", texts, comp, DAY)
    assert got is not None and got.text.startswith("Harlow Motor will recall")
