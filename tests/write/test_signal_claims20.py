"""signals20 (issue 12): one kind of event counted over the days of the week on a page (``claims_count``), and the
disagreements of outlets (``claims_divergence``). Sentences written for this test; the
offline writer's own parts and the real extractor."""

from __future__ import annotations

import datetime as dt

from tests.events import signal_helpers as h
from topline.eval.signal_kinds import classify
from topline.write.offline.claims import is_claim
from topline.write.offline.claims_count import count_signals
from topline.write.offline.compose import Composer

MON, TUE, WED = dt.date(2031, 3, 3), dt.date(2031, 3, 4), dt.date(2031, 3, 5)
SUN = dt.date(2031, 3, 2)

_BUILD = {
    "a": ("Wire", "Agrell to build plant", "Agrell Foods will invest $900 million in a new plant in Maranhão."),
    "b": ("Ledger", "Ambrey hub", "Ambrey Cocoa will invest $300 million in a processing hub in Ivory Coast."),
    "c": ("Daily", "Harlen crush plant", "Harlen Oilseed will spend $1.1 billion on a crush plant in Norfolk."),
    "d": ("Post", "Torvik mill", "Torvik Mills will invest $450 million in a flour mill in Gdansk."),
}


def _page(days: dict[str, dt.date], day: dt.date = WED):  # noqa: ANN202
    edition = [
        h.story(f"s{k}", "Deals", h.art(src, title, text, days[k]))
        for k, (src, title, text) in _BUILD.items()
        if k in days
    ]
    comp = Composer(h.articles_of(edition))
    led = h.ledger_of(edition, "Deals", day)
    return count_signals(edition, led.events, {}, comp, day), comp, led


def _facts(a):  # noqa: ANN001, ANN202
    from topline.eval.build import ArticleFacts

    return ArticleFacts(a.url, a.source, a.published.date().isoformat(), a.title, a.body)


def test_three_build_outs_over_the_week_are_counted() -> None:
    sigs, comp, led = _page({"a": MON, "b": TUE, "c": WED})
    assert len(sigs) == 1, [s.title for s in sigs]
    sig = sigs[0]
    assert sig.title.startswith("Three build-outs this week: "), sig.title
    for name in ("Agrell Foods", "Ambrey Cocoa", "Harlen Oilseed"):
        assert name in sig.title
    h.checked(sig, comp.articles)
    assert is_claim(sig.title, [f.text for e in led.events for f in e.fields if f.text])
    facts = {u: _facts(a) for u, a in comp.articles.items()}
    kind = classify(sig.title, sig.text, [c.url for c in sig.citations], sig.story_ids, led.events, facts)
    assert kind == "momentum", kind


def test_no_count_when_it_is_not_the_whole_count_or_not_over_days() -> None:
    # four stories of the kind: a title of three would not be all of them
    assert _page({"a": MON, "b": TUE, "c": WED, "d": WED})[0] == []
    # two stories: no count
    assert _page({"a": TUE, "c": WED})[0] == []
    # all of one day: the claims of a day say so ("on the same day"), not a count over the week
    assert _page({"a": WED, "b": WED, "c": WED})[0] == []
    # one of them news of the week before (Sunday): not "this week"; none of the day: no count either
    assert _page({"a": SUN, "b": TUE, "c": WED})[0] == []
    assert _page({"a": MON, "b": TUE, "c": TUE})[0] == []


def test_a_disagreement_of_the_day_cites_the_page_lines_above_and_not_an_earlier_days() -> None:
    from topline.write.offline.claims_divergence import divergence_signals

    def run(published: dt.date, above: bool):  # noqa: ANN202
        a1 = h.art(
            "Wire", "Cellmora raises", "Cellmora Bio raised $410 million in a Series C round led by Fenmoor.", published
        )
        a2 = h.art(
            "Ledger",
            "Cellmora funding",
            "Cellmora Bio raised $400 million in a Series C round led by Fenmoor.",
            published,
        )
        edition = [h.story("s1", "Deals", a1, a2)]
        comp = Composer(h.articles_of(edition))
        led = h.ledger_of(edition, "Deals", WED)
        if above:  # both statements printed in the page's Key Developments
            comp.here = comp.avoid = frozenset({a1.text, a2.text})
        return divergence_signals(edition, led.events, {}, comp, WED), comp

    sigs, comp = run(WED, above=True)
    assert [s.title for s in sigs] == ["Outlets disagree on Cellmora Bio's round: $410 million against $400 million"]
    assert sigs[0].text == "Evidence: one story from two outlets."  # the statements are cited, not printed again
    h.checked(sigs[0], comp.articles)
    # printed above, but of the day before: not retold from the page's lines
    assert run(TUE, above=True)[0] == []
    # not printed above: told beneath the title, as before
    assert len(run(TUE, above=False)[0]) == 1


def test_an_approximate_figure_or_one_with_parts_named_is_no_disagreement() -> None:
    from topline.write.offline.claims_divergence import divergence_signals

    def titles(first: str, second: str) -> list[str]:
        a1 = h.art("Wire", "Cellmora raises", first, WED)
        a2 = h.art("Ledger", "Cellmora funding", second, WED)
        edition = [h.story("s1", "Deals", a1, a2)]
        comp = Composer(h.articles_of(edition))
        led = h.ledger_of(edition, "Deals", WED)
        return [s.title for s in divergence_signals(edition, led.events, {}, comp, WED)]

    exact = "Cellmora Bio raised $410 million in a Series C round led by Fenmoor."
    assert titles(exact, "Cellmora Bio raised $400 million in a Series C round led by Fenmoor.")
    assert titles(exact, "Cellmora Bio raised about $400 million in a Series C round led by Fenmoor.") == []
    assert (
        titles(exact, "Cellmora Bio raised $420 million in a Series C round, including a $10 million extension.") == []
    )
