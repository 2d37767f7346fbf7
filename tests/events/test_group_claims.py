"""A theme's title as a claim computed from the ledger (issue 12, third pass): when two of a theme's stories have
an event of the day with its roles named, the title says what their actors do and each clause's statement is
printed beneath it; a theme with no such events says less (one term, never a list of three). Hand-built edition,
not the demo corpus; every line passes the citation checker."""
import datetime as dt
import re
from dataclasses import replace

from topline.records import Category, Event, EventField, Taxonomy
from topline.write.offline.claims import clause, is_claim
from tests.events import signal_helpers as h

DAY = dt.date(2026, 3, 12)
CAT = "Storage"
TAX = Taxonomy(categories=(Category(CAT, "Grid batteries and energy storage."),))


def art(source: str, title: str, text: str, day: dt.date = DAY):  # noqa: ANN201
    return h.art(source, title, text, day)


def story(sid: str, *arts, score: float = 0.5):  # noqa: ANN001, ANN201
    return h.story(sid, CAT, *arts, score=score)


def _edition(second_text: str) -> tuple:
    return (
        story("s-helio",
              art("Wire", "Helio Storage raises $340 million for sodium grid batteries",
                  "Helio Storage raised $340 million in a Series C round to expand sodium grid battery output. "
                  "Sodium grid batteries are cheaper than lithium packs for long storage, analysts say. "
                  "Grid battery demand from utilities doubled last year."),
              art("Daily", "Sodium grid battery maker Helio Storage lands funding",
                  "Helio Storage raised $340 million, the sodium grid battery maker said. Utilities want cheaper "
                  "grid batteries for long storage."), score=0.9),
        story("s-kestrel",
              art("Post", "Kestrel Power to build sodium grid battery plant",
                  second_text + " Sodium grid batteries are cheaper than lithium packs for long storage. "
                  "Utilities want grid battery capacity."),
              art("Times", "Kestrel Power bets on sodium grid batteries",
                  second_text + " Grid battery demand from utilities keeps rising."), score=0.7),
    )


def _page(edition):  # noqa: ANN001, ANN202
    return h.write_page(edition, TAX, DAY, h.ledger_of(edition, CAT, DAY)), h.articles_of(edition)


def _checked(sig, articles, page=None) -> None:  # noqa: ANN001
    h.checked(sig, articles, page)


def test_a_theme_of_two_events_is_titled_by_what_its_actors_do():
    edition = _edition("Kestrel Power will build a 1.4 GW sodium grid battery plant in Scotland.")
    p, articles = _page(edition)
    titles = [s.title for s in p.signals]
    sig = next((s for s in p.signals if set(s.story_ids) == {"s-helio", "s-kestrel"}), None)
    assert sig is not None, titles
    assert sig.title == ("Helio Storage raises $340 million and Kestrel Power commits 1.4 GW in Scotland on the "
                         "same day"), titles
    assert "recur" not in sig.title and is_claim(sig.title, ["Helio Storage", "Kestrel Power"])
    # each clause's statement is printed beneath the title, or printed above on the page (Key Developments) and
    # cited, never printed twice (signals15)
    above = " ".join(x.text for d in p.key_developments for x in d.paragraphs) + " ".join(t.text for t in p.top_line)
    for figure in ("$340 million", "1.4 GW"):
        assert (figure in sig.text) != (figure in above), (figure, sig.text)
    h.checked(sig, articles, p)


def test_a_theme_with_one_event_sets_it_in_the_theme_and_one_without_events_says_less():
    # one story's event of the day, the other story on the same subject with none (fourth pass): the title is
    # that event's clause set in the theme, named by a term every story of the theme writes
    edition = _edition("Kestrel Power engineers said sodium grid batteries suit long storage for utilities.")
    p, articles = _page(edition)
    titles = [s.title for s in p.signals]
    assert any(is_claim(t, ["Helio Storage", "Kestrel Power"]) for t in titles), titles
    for sig in p.signals:
        assert "recur" not in sig.title, sig.title
        if is_claim(sig.title, ["Helio Storage", "Kestrel Power"]):
            assert re.fullmatch(r"Helio Storage raises \$340 million, one of two stories on [\w -]+ today",
                                sig.title), sig.title
        else:
            assert ", " not in sig.title.split(" in ")[0], sig.title
        _checked(sig, articles, p)
    # no event of the day in any story: no claim can title the theme, so the page (which has a ledger) does not
    # publish it (sixth pass; before, it said less: one term, never a list of three)
    edition = _edition("Kestrel Power engineers said sodium grid batteries suit long storage for utilities.")
    quiet = (edition[0].__class__(edition[0].bundle.__class__(edition[0].bundle.story, tuple(
        replace(a, text="Sodium grid batteries are cheaper than lithium packs for long storage, analysts say. "
                        "Utilities want cheaper grid batteries for long storage.")
        for a in edition[0].bundle.articles)), edition[0].classification, edition[0].ranking), edition[1])
    p, articles = _page(quiet)
    assert p.signals == (), [s.title for s in p.signals]


def test_clause_needs_named_roles_and_is_claim_rejects_term_lists():
    f = lambda n, v, t: EventField(name=n, value=v, text=t, url="u", sentence="s", source="W")  # noqa: E731
    e = Event("s", "market_move", (f("instrument", "Nvidia", "Its shares"), f("move", "-3%", "3%")), "u", "s")
    assert clause(e) == ""      # "Its shares" names nothing a title can carry
    e2 = replace(e, fields=(f("instrument", "Nvidia", "Nvidia"), f("move", "-3%", "3%")))
    assert clause(e2) == "Nvidia falls 3%"
    assert not is_claim("Index, stocks and investors recur in two stories from three outlets today", ["Nvidia"])
    assert not is_claim("Layoffs in two stories from five outlets today", ["Nvidia"])
    assert is_claim("Nvidia falls 3% and Kestrel Power commits 1.4 GW on the same day", ["Nvidia"])
    assert is_claim("Funding rounds arrive on this page: four developments this week, none the week before")
    assert is_claim("Two launches: Veyra launches Orca 2 and Nvidia launches Rubin", ["Veyra", "Nvidia"])
    assert not is_claim("Acme falls 3% on the same day", ["Nvidia"])   # a subject the ledger does not name


def test_a_clause_needs_a_whole_name_and_an_amount_that_is_a_raise():
    f = lambda n, v, t: EventField(name=n, value=v, text=t, url="u", sentence="s", source="W")  # noqa: E731
    e = Event("s", "funding", (f("company", "AI", "AI"), f("amount", 6.2e9, "$6.2 billion")), "u", "s")
    assert clause(e) == ""      # "AI" is the end of a company's name, which names no one alone
    for cut in ("Labs", "Systems", "Cloud"):
        assert clause(replace(e, fields=(f("company", cut, cut), f("amount", 6.2e9, "$6.2 billion")))) == ""
    whole = replace(e, fields=(f("company", "Corvid AI", "Corvid AI"), f("amount", 6.2e9, "$6.2 billion")))
    assert clause(whole) == "Corvid AI raises $6.2 billion"
    price = replace(e, fields=(f("company", "Kelpie Systems", "Kelpie Systems"), f("amount", 28.0, "$28")))
    assert clause(price) == ""  # "$28" is a share's price, no offering raises it
