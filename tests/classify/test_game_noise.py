"""A game is noise however many of a page's words it uses (issue 11, sixteenth pass): a farming sim's release date and
preview (tests/data/eval-agri s42), a board game about central banking (eval-fin s42) and one about property
trading (eval-prop s53) name their taxonomy's keywords, so only the product they are tells them apart. Each is
classified with the window of stories it came in (grouped by the corpus's gold stories); every story the editor
put in that window's gold Top Line keeps its category, and no real story of these corpora reads as a game."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from topline.classify import offline
from topline.classify.offline import OfflineClassifier, game_story
from topline.taxonomy import load_taxonomy

from .noise_cases import assert_noise_case
from .test_eventless_noise import DATA, window_stories

# (corpus, edition day, the game, the gold day whose Top Line stories must keep a page, whether the game had a page
# without the rule: eval-prop's board game was already "none" by the thin-day gate)
CASES = [
    ("eval-agri", dt.date(2026, 6, 10), "s42", "2026-06-10", True),  # a farming sim's release date and preview
    ("eval-fin", dt.date(2026, 7, 16), "s42", "2026-07-16", True),  # a central-banking board game on Kickstarter
    ("eval-prop", dt.date(2026, 11, 17), "s53", "2026-11-18", False),  # a property-trading board game's new edition
]


@pytest.mark.parametrize("corpus, day, game, gold_day, paged", CASES)
def test_a_game_is_none_and_the_editor_s_stories_keep_a_page(corpus, day, game, gold_day, paged, monkeypatch):  # noqa: ANN001
    assert_noise_case(corpus, day, game, gold_day, paged, game_story,
                      lambda: monkeypatch.setattr(offline, "GAME_SHARE", 2.0))


def test_a_taxonomy_that_asks_for_games_keeps_them():
    """A category naming games (a media taxonomy with a gaming page) wants the farming sim: the rule yields."""
    bundles = window_stories("eval-agri", dt.date(2026, 6, 10))
    taxonomy = load_taxonomy(DATA / "eval-agri" / "taxonomy.toml")
    first = taxonomy.categories[0]
    games = dataclasses.replace(
        taxonomy,
        categories=(dataclasses.replace(first, keywords=(*first.keywords, "video games")), *taxonomy.categories[1:]),
    )
    ids = list(bundles)
    got = dict(zip(ids, OfflineClassifier().classify([bundles[s] for s in ids], games)))
    assert got["s42"].primary is not None
