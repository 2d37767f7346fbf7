"""signals28 (issue 12): a state act told as a move whose object was cut gives no clause ("European Commission moves
to legislate", with no word of what on), and a workers' union that calls or holds a strike is not the one who "faces"
it (eval-trade's "FNV faces a strike", where FNV was the striking union). Sentences written for this test, on the
shapes of those corpora's statements."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from tests.events import signal_helpers as h
from topline.records import Category, Event, EventField, Taxonomy

MON = dt.date(2031, 3, 3)
CAT = "Ports"
TAX = Taxonomy(categories=(Category(CAT, "Ports, shipping lines, their strikes, fires and outages."),))


def _strike_page(teller: str):  # noqa: ANN202 - (CategoryPage, articles)
    # Monday's page: a dockers' strike told by the union ("the NVB said"; another outlet writes "the NVB union"), and a
    # fire on a ship (``signals_page`` step: two incidents of the day)
    edition = (
        h.story("s-strike", CAT,
                h.art("Wire", "Dockers strike in Haldermund", "A 48-hour strike by lashing workers halted container "
                      "loading at the Oostkade terminals on Monday, the NVB Havens union said.", MON),
                h.art("Nieuws", "Haldermund strike goes on", "The strike by lashers in the Port of Haldermund "
                      f"continues, and no new talks with employers have been scheduled, {teller} said on Monday "
                      "evening.", MON),
                h.art("Press", "Pickets at Haldermund", '"We are against twelve-hour night shifts," said Jan Visser '
                      "of the NVB union, standing at a picket line near the terminal gates.", MON), score=0.9),
        h.story("s-fire", CAT,
                h.art("Sea", "Fire on Cape Morrow", "A fire has broken out in a cargo hold of the containership Cape "
                      "Morrow off the coast of Oman, with two of its 22 crew reported missing on Monday.", MON),
                score=0.8),
    )
    p = h.write_page(edition, TAX, MON, h.ledger_of(edition, CAT, MON))
    return p, h.articles_of(edition)


def test_a_union_that_holds_a_strike_does_not_face_it() -> None:
    p, arts = _strike_page("the NVB")
    titles = [s.title for s in p.signals]
    assert not any("NVB faces" in t or "NVB Havens faces" in t for t in titles), titles
    # the union as the strike's actor, told under way by its statement ("continues")
    assert any("NVB holds a strike" in t for t in titles), (titles, p.signals_note)
    for sig in p.signals:
        h.checked(sig, arts, p)


def test_a_union_by_its_name_does_not_face_a_strike() -> None:
    from topline.write.offline.claim_guards import _union, union_strike
    comp = SimpleNamespace(articles={})
    for name in ("Unión de Tripulantes Independientes", "Haedong Shipbuilders' Union", "Ontario Secondary Educators' "
                 "Federation", "National Union of Rail, Maritime and Transport Workers", "Writers Guild"):
        assert _union(name, comp), name
    # a company whose name opens with the word, and one the edition never writes as a union
    for name in ("Union Pacific", "Oostkade Terminals"):
        assert not _union(name, comp), name
    comp = SimpleNamespace(articles={"u": SimpleNamespace(title="", body="Workers at Oostkade Terminals' yard "
                                                          "struck on Monday, their union said.")})
    assert not _union("Oostkade Terminals", comp)
    # a strike a union has called for later is no act of its day: no clause
    e = Event("s1", "incident", (EventField("organisation", "NVB", "NVB", "u", ""),), "u", "")
    called = "The NVB union called a strike for Friday at the Oostkade terminals."
    comp = SimpleNamespace(articles={"u": SimpleNamespace(title="", body=called)})
    assert union_strike("NVB faces a strike", e, called, comp) == ""
    assert union_strike("Oostkade Terminals faces a strike", e, called, comp) == "Oostkade Terminals faces a strike"


def test_a_move_to_legislate_without_its_object_gives_no_clause() -> None:
    # eval-health's "House Energy moves to legislate" (of "voted 38-12 to advance legislation that would bar ...") and
    # eval-clim's "European Commission moves to legislate": on what, the title did not say
    from topline.events import extract
    from topline.write.offline.clause import clause

    def clause_of(text: str) -> str:
        a = h.art("Wire", "t", text, MON)
        events = [e for e in extract(h.story("s1", CAT, a).bundle) if e.type == "state_action"]
        assert events, text
        return clause(events[0], text)

    got = clause_of("The Norland Assembly on Tuesday voted 88-40 to advance legislation that would bar ticket "
                    "resellers from charging more than the face value of a ticket.")
    assert "moves to legislate" not in got and (not got or "ticket" in got), got
    # the statement gives what the law is on: the move keeps it
    assert clause_of("The Norland Assembly is drafting legislation on short-term rentals, its speaker said on "
                     "Tuesday.") == "Norland Assembly moves to legislate on short-term rentals"
    # cal-ai's California Senate "on Tuesday gave final approval to a bill regulating AI companion chatbots"
    assert clause_of("The Norland Senate on Tuesday gave final approval to a bill regulating AI companion chatbots, "
                     "sending it to the governor's desk.") == "Norland Senate moves to regulate AI companion chatbots"
    # told done, the statement's own clause stands
    assert clause_of("The Norland Assembly approved a law on Tuesday to cap rents in the capital.") == \
        "Norland Assembly approves a law"
