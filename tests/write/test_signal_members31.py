"""signals31 (issue 12): a signal takes as members only stories that could stand on the page on their own, and counts
only those in "one of N stories on X" (``members``: eval-ins' TV review of a documentary about Veltmoor was the second
"story on Veltmoor Insurance Group"); a fund's close is told as one ("closes a fund on €9.5bn", ``clause``:
eval-capital's Kestrow close had no clause once events34 made it a funding event). Sentences written for this test,
on the shapes of eval-ins' and eval-capital's articles."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tests.events import signal_helpers as h
from topline.events import extract
from topline.records import Category, Taxonomy
from topline.write.offline import claims, signals
from topline.write.offline.clause import clause
from topline.write.offline.develop import StoryText
from topline.write.offline.members import member, soft_story

MON, TUE = dt.date(2031, 3, 3), dt.date(2031, 3, 4)
CAT = "Property & Casualty"
TAX = Taxonomy(categories=(Category(CAT, "Property and casualty insurers, storms, claims and their shares."),))
FUNDS = "Private Markets"
FUNDS_TAX = Taxonomy(categories=(Category(FUNDS, "Private equity and private credit managers and their funds."),))

REVIEW = ("Who knew claims handlers could make such gripping television? This four-part documentary follows a team "
          "working for Harrowgate Insurance Group through flooded kitchens in Kent. There are tears, rows about "
          "skirting boards and one unforgettable scene with a floating piano. Four stars. The Handlers is on BBC "
          "Two on Mondays at 9pm.")


def _veltmoor_shape() -> tuple:
    fell = h.story("s-har", CAT,
                   h.art("Times", "Harrowgate shares sink after storm bill", "Shares in Harrowgate Insurance Group "
                         "fell 11 per cent to 214p yesterday after the insurer took a 310 million pound charge for "
                         "Storm Corran and cut its dividend.", TUE),
                   h.art("Wire", "Harrowgate takes storm hit", "Harrowgate Insurance Group said on Monday it would "
                         "take a 310 million pound charge for Storm Corran, pushing its combined ratio above 100%.",
                         MON), score=0.9)
    review = h.story("s-rev", CAT, h.art("Guardian", "The Handlers review - a soggy, gripping study of Storm Corran",
                                         REVIEW, TUE), score=0.4)
    return fell, review


def _others() -> tuple:
    """Two more reports of the page's day, of other names (an edition of two stories only is no page's shape)."""
    return (h.story("s-bro", CAT, h.art("Wire", "Brockley Mutual exits Alberta car cover", "Brockley Mutual said on "
                                        "Tuesday it would stop writing car insurance in Alberta from June.", TUE),
                    score=0.6),
            h.story("s-sab", CAT, h.art("Wire", "Sable Coast seeks storm cover", "Sable Coast Mutual is seeking $425 "
                                        "million of catastrophe bond cover for Florida hurricanes, brokers said on "
                                        "Tuesday.", TUE), score=0.5))


def test_a_story_of_reviews_or_features_only_is_no_member_and_a_report_is() -> None:
    fell, review = _veltmoor_shape()
    assert soft_story(review) and not member(review)
    assert member(fell) and not soft_story(fell)
    # a story with one report among its features stands on the page
    mixed = h.story("s-mix", CAT, *review.bundle.articles, *fell.bundle.articles[:1])
    assert member(mixed)
    edition = (fell, review)
    assert [r.bundle.story.id for r in signals.page_stories(CAT, edition)] == ["s-har"]
    assert [r.bundle.story.id for r in claims.candidates(CAT, edition)] == ["s-har"]



def test_each_edition_reads_its_own_texts_of_a_story_with_one_id_and_url() -> None:
    """mend32: a later edition's story with the same id and article url as an earlier one's, its text now a report
    (the outlet replaced a review at its address), is a member there; a verdict kept across editions by id and urls
    answered it from the review."""
    fell, review = _veltmoor_shape()
    was = review.bundle.articles[0]
    now = dataclasses.replace(was, title="Harrowgate to cut 400 claims jobs after Storm Corran losses",
                              text="Harrowgate Insurance Group said on Tuesday it would cut 400 claims jobs after "
                                   "Storm Corran losses pushed its combined ratio above 100%.")
    report = h.story("s-rev", CAT, now, score=0.4)
    assert report.bundle.story.id == review.bundle.story.id and now.url == was.url
    first, later = (fell, review), (fell, report)
    editions = ((first, ["s-har"]), (later, ["s-har", "s-rev"]), (first, ["s-har"]))
    for edition, ids in editions:
        assert [r.bundle.story.id for r in signals.page_stories(CAT, edition)] == ids
        assert [r.bundle.story.id for r in claims.candidates(CAT, edition)] == ids
    for edition, ids in editions:
        texts = {r.bundle.story.id: StoryText(r, ()) for r in edition}    # the writer's, made once per edition
        assert [r.bundle.story.id for r in claims.candidates(CAT, edition, texts=texts)] == ids
        assert [r.bundle.story.id for r in signals.page_stories(CAT, edition, texts)] == ids

def test_a_page_never_counts_a_review_among_its_stories_on_a_name() -> None:
    fell, review = _veltmoor_shape()
    edition = (fell, review, *_others())
    p = h.write_page(edition, TAX, TUE, h.ledger_of(edition, CAT, TUE))
    review_urls = {a.url for a in review.bundle.articles}
    for sig in p.signals:
        assert "s-rev" not in sig.story_ids, sig.title
        assert not review_urls & {c.url for c in sig.citations}, sig.title
        assert "one of two stories" not in sig.title, sig.title


def _funding(text: str, day: dt.date = TUE):  # noqa: ANN202 - (Event, sentence)
    rs = h.story("s-f", FUNDS, h.art("Wire", "t", text, day))
    got = [e for e in extract(rs.bundle) if e.type == "funding"]
    assert got, text
    return got[0], text


def test_a_funds_close_is_told_as_a_close_and_a_round_as_raised() -> None:
    e, s = _funding("Kestrel Hill Capital has closed its third European direct lending fund on €9.5bn, ahead of "
                    "its €8bn target, the firm said on Tuesday.")
    assert clause(e, s) == "Kestrel Hill Capital closes a fund on €9.5bn"
    e, s = _funding("London-based Ardmoor Equity has closed its fifth flagship buyout fund at its hard cap of "
                    "$4.2bn, the firm said on Tuesday.")
    assert clause(e, s) == "Ardmoor Equity closes a fund at $4.2bn"
    # a round closed is a round raised; a fund's target is no amount closed on
    e, s = _funding("Tollbrook, an insurtech that sells cover to small firms, has closed a $120 million Series C "
                    "funding round led by Saltvane Ventures.")
    assert clause(e, s) == "Tollbrook raises $120 million"
    e, s = _funding("Harcourt Vale Capital has closed its fifth flagship infrastructure fund on $11.2 billion, well "
                    "above its $9 billion target.")
    assert clause(e, s) == "Harcourt Vale Capital closes a fund on $11.2 billion"
    assert claims.roles("harcourt vale capital", e) == ["closes a fund on $11.2 billion"]


def test_a_page_titles_a_funds_close_with_another_act_of_the_day() -> None:
    # eval-capital 1 Mar: Kestrow's close was the page's only claim on main before events34 ("Kestrow Capital raises
    # EUR9.5bn ..." from another sentence); once the close was the event's statement, no clause could be made of it
    edition = (
        h.story("s-kes", FUNDS, h.art("Wire", "Kestrel Hill closes third lending fund", "Kestrel Hill Capital has "
                                      "closed its third European direct lending fund on €9.5bn, ahead of its €8bn "
                                      "target, the firm said on Tuesday.", TUE), score=0.9),
        h.story("s-oak", FUNDS, h.art("Markets", "Oakhurst Partners shares slide", "Shares of Oakhurst Partners fell "
                                      "6.2 per cent in London on Tuesday after the buyout firm marked down its "
                                      "largest holding.", TUE), score=0.8),
    )
    p = h.write_page(edition, FUNDS_TAX, TUE, h.ledger_of(edition, FUNDS, TUE))
    titles = [s.title for s in p.signals]
    assert any("Kestrel Hill Capital closes a fund on €9.5bn" in t for t in titles), (titles, p.signals_note)
    assert not any("funding rounds" in t or "raises €9.5bn" in t for t in titles), titles
    arts = h.articles_of(edition)
    for sig in p.signals:
        h.checked(sig, arts, p)
