"""signals27 (issue 12): a claim title tells an act of an earlier day with its day, never as the page's news
(``told_days``): "on Tuesday" when a line of the claim writes the weekday, else "earlier this week" / "last week";
a plan told on an earlier day is not titled on a later page. Sentences written for this test."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from tests.events import signal_helpers as h
from topline.records import Category, Event, EventField, Taxonomy
from topline.write.offline.told_days import dated, naming_first, when_words

MON, TUE, WED = dt.date(2031, 3, 3), dt.date(2031, 3, 4), dt.date(2031, 3, 5)
CAT = "Airlines"
TAX = Taxonomy(categories=(Category(CAT, "Airlines, their fleets, outages and regulators."),))


def _f(name: str, value: object, text: str, a, sentence: str = "") -> EventField:  # noqa: ANN001 - Article
    return EventField(name, value, text, a.url, sentence or a.text)


def test_the_words_that_date_an_act_of_an_earlier_day() -> None:
    lines = ["The authority opened an inquiry on Tuesday into the outage, according to Wire."]
    assert when_words(WED, WED, lines) == ""
    assert when_words(TUE, WED, lines) == " on Tuesday"
    # the weekday no line writes: the checker lets a title name no day its lines lack, so the week tells it
    assert when_words(MON, WED, lines) == " earlier this week"
    assert when_words(MON - dt.timedelta(days=4), WED, lines) == " last week"     # Thursday of the week before
    assert when_words(MON - dt.timedelta(days=4), MON, ["It fell on Thursday."]) == " on Thursday"
    assert when_words(MON - dt.timedelta(days=14), WED, lines) is None


def test_an_act_of_an_earlier_day_is_told_with_its_day_and_a_plan_is_not_retitled() -> None:
    probe = h.art("Wire", "t", "Norland's aviation authority opened an inquiry on Tuesday into the outage at Pellor "
                               "Air, which stranded thousands of passengers.", TUE)
    plan = h.art("Wire", "t", "Belmoor Hotels plans to open 120 hotels in Asia by 2034, it said.", MON)
    fell = h.art("Markets", "t", "Kelmont Air's shares fell 9 per cent in Oslo.", WED)
    comp = SimpleNamespace(articles={a.url: a for a in (probe, plan, fell)})
    e_probe = Event("s1", "state_action", (_f("body", "aviation authority", "aviation authority", probe),
                                           _f("action", "probe", "inquiry", probe)), probe.url, probe.text)
    e_plan = Event("s2", "capex", (_f("company", "Belmoor Hotels", "Belmoor Hotels", plan),
                                   _f("amount", 120, "120 hotels", plan)), plan.url, plan.text)
    e_fell = Event("s3", "market_move", (_f("instrument", "Kelmont Air", "Kelmont Air", fell),
                                         _f("move", "-9%", "9 per cent", fell)), fell.url, fell.text)
    c = "Norland's aviation authority starts an investigation"
    assert dated(c, e_probe, comp, WED, (), [probe.text]) == c + " on Tuesday"
    assert dated(c, e_probe, comp, WED, (), []) == c + " earlier this week"
    assert dated(c, e_probe, comp, TUE, (), []) == c          # the page's own day: as it is
    assert dated("Belmoor Hotels plans to open 120 hotels", e_plan, comp, WED, (), [plan.text]) is None
    assert dated("Kelmont Air falls 9 per cent", e_fell, comp, WED, (), []) == "Kelmont Air falls 9 per cent"
    # the statements of an earlier act: those of the page's day first, each day's naming the weekday first
    retold = h.art("Daily", "t", "The inquiry opened by Norland's aviation authority will report in June.", WED)
    named = h.art("Daily", "t", "Norland's aviation authority, which opened an inquiry on Tuesday, has asked Pellor "
                                "Air for its logs.", WED)
    comp.articles.update({retold.url: retold, named.url: named})
    got = naming_first([(retold.url, retold.text), (probe.url, probe.text), (named.url, named.text)], e_probe,
                       comp, WED)
    assert got == [(named.url, named.text), (retold.url, retold.text), (probe.url, probe.text)]


def _page_of_two_moves(earlier: str):  # noqa: ANN202 - (CategoryPage, articles)
    # Wednesday's page: a share fall of the day, and another airline's rise told on Tuesday (a kind over days,
    # ``signals_page.fallback_signals`` step 1)
    edition = (
        h.story("s-kel", CAT,
                h.art("Markets", "Kelmont Air shares slide", "Shares of Kelmont Air fell 9 per cent in Oslo on "
                      "Wednesday after the airline cut its summer schedule.", WED), score=0.9),
        h.story("s-pel", CAT, h.art("Wire", "Pellor Air shares jump", earlier, TUE),
                h.art("Daily", "Pellor Air adds Riga", "Pellor Air will add three routes to Riga in May, its chief "
                      "executive told reporters on Wednesday.", WED), score=0.8),
    )
    p = h.write_page(edition, TAX, WED, h.ledger_of(edition, CAT, WED))
    return p, h.articles_of(edition)


def test_a_page_tells_an_earlier_days_act_with_its_day() -> None:
    for earlier, when in (
            ("Shares of Pellor Air rose 14 per cent in Stockholm on Tuesday after it won a state loan.", "on Tuesday"),
            ("Shares of Pellor Air rose 14 per cent in Stockholm after it won a state loan.", "earlier this week")):
        p, arts = _page_of_two_moves(earlier)
        titles = [s.title for s in p.signals]
        told = [t for t in titles if "Pellor Air" in t]
        assert told, (titles, p.signals_note)
        for t in told:
            assert "Pellor Air rises 14 per cent " + when in t and "on the same day" not in t, titles
        for sig in p.signals:
            h.checked(sig, arts, p)


def test_a_pages_day_claim_keeps_an_earlier_act_told_with_its_day() -> None:
    # Wednesday's page: a deal agreed on Tuesday and told again on Wednesday, and a share fall of Wednesday, two
    # kinds with no actor in common (``signals_page.fallback_signals`` step 2). The title had to say "on the same
    # day" and was refused whole (signals26: the deal is Tuesday's); the deal is now told with its day.
    edition = (
        h.story("s-deal", CAT,
                h.art("Wire", "Hallow Aero to buy Pyrel Avionics",
                      "Hallow Aero agreed on Tuesday to buy Pyrel Avionics for $400 million in cash.", TUE),
                h.art("Daily", "Pyrel staff back Hallow deal", "Hallow Aero has agreed to buy Pyrel Avionics for "
                      "$400 million in cash, and Pyrel staff said on Wednesday they backed the deal.", WED),
                score=0.9),
        h.story("s-fall", CAT,
                h.art("Markets", "Corran Air slips", "Shares of Corran Air fell 1.6 per cent in Dublin on Wednesday "
                      "after it cut its fuel guidance.", WED), score=0.8),
    )
    p = h.write_page(edition, TAX, WED, h.ledger_of(edition, CAT, WED))
    arts = h.articles_of(edition)
    titles = [s.title for s in p.signals]
    told = [t for t in titles if "Pyrel Avionics" in t]
    assert told, (titles, p.signals_note)
    for t in told:     # Wednesday's statement does not write the weekday: the week tells it
        assert "Pyrel Avionics earlier this week" in t and "on the same day" not in t, titles
    for sig in p.signals:
        h.checked(sig, arts, p)


def test_a_story_its_page_needs_is_lent_when_told_twice_and_that_page_keeps_its_claim() -> None:
    # Policy (written first) has its own fine of the day; Markets needs both its stories for its claim of the day.
    # Pellucid's round is told by two outlets in two sentences: Policy may print one for its day's claim, and Markets
    # still claims its day from the other (signals27: eval-work's Schools page of 12 January had lost its true claim
    # so). Told once, the story stays with its page (``test_signal_shared_order``).
    from tests.write import test_signal_shared_order as so

    def pages_of(twice: bool) -> dict:
        arts = [h.art("Post", "Pellucid AI raises $120 million", "Pellucid AI raised $120 million in a Series B round "
                      "led by Orwin Capital on Tuesday to build tools for insurers.", so.TUE)]
        if twice:
            arts.append(h.art("Ledger", "Insurtech Pellucid AI lands Series B", "Pellucid AI, a Leeds-based "
                              "startup that sells claims software to insurers, has raised $120 million in a Series B "
                              "financing led by Orwin Capital, at a valuation of $1.1 billion.", so.TUE))
        pell = so._shared(h.story("s-pell", "Markets", *arts, score=0.8), "Markets", "Policy")
        return so._pages([so._fine(), pell, so._moves(2)[1]])

    pages = pages_of(True)
    policy = [s.title for s in pages["Policy"].signals]
    markets = [s.title for s in pages["Markets"].signals]
    assert any("Brightmoor" in t and "Pellucid" in t for t in policy), (policy, pages["Policy"].signals_note)
    assert any("Pellucid" in t and "Norvik" in t for t in markets), markets
    pages = pages_of(False)
    assert not pages["Policy"].signals and pages["Markets"].signals


def test_a_subsidy_whose_target_is_a_sum_is_told_without_it() -> None:
    # "moves to subsidise DKK 3.1bn" (eval-clim, read by signals26): the sum is the act's amount, not its object
    from topline.write.offline.clause import clause
    s = "The Norland Energy Agency will subsidise NOK 2.4bn of new district heating pumps, it said on Wednesday."

    def subsidy(target: str) -> Event:
        a = SimpleNamespace(url="u", text=s)
        return Event("s1", "state_action", (_f("body", "Norland Energy Agency", "Norland Energy Agency", a),
                                            _f("action", "subsidy", "subsidise", a), _f("target", target, target, a)),
                     "u", s)
    assert clause(subsidy("NOK 2.4bn"), s) == "Norland Energy Agency plans to offer a subsidy"
    assert "NOK" not in clause(subsidy("$2.4 billion"), s)


def test_a_deal_named_by_its_noun_has_no_day_and_one_day_is_said_once() -> None:
    from topline.write.offline.told_days import said_once
    # "the planned acquisition of X by Y" on Monday and Y's "$4bn takeover of X" reviewed on Wednesday: the deal was
    # agreed long before (eval-chips), and "agrees to buy X earlier this week" would be false
    mon = h.art("Wire", "t", "The European Commission has opened an in-depth investigation into the planned "
                             "acquisition of Corvel Optics by Tarrant Micro.", MON)
    wed = h.art("Wire", "t", "The Competition Authority on Wednesday launched a review of Tarrant Micro's $4bn takeover "
                             "of Corvel Optics.", WED)
    comp = SimpleNamespace(articles={mon.url: mon, wed.url: wed})
    deal = Event("s1", "acquisition", (_f("acquirer", "Tarrant Micro", "Tarrant Micro", mon),
                                       _f("target", "Corvel Optics", "Corvel Optics", mon),
                                       _f("acquirer", "Tarrant Micro", "Tarrant Micro", wed)), mon.url, mon.text)
    assert dated("Tarrant Micro agrees to buy Corvel Optics", deal, comp, WED, (), []) is None
    told = h.art("Wire", "t", "Tarrant Micro agreed to buy Corvel Optics for $4bn, the companies said.", MON)
    comp.articles[told.url] = told
    deal = Event("s1", "acquisition", (_f("acquirer", "Tarrant Micro", "Tarrant Micro", told),
                                       _f("target", "Corvel Optics", "Corvel Optics", told)), told.url, told.text)
    assert dated("Tarrant Micro agrees to buy Corvel Optics", deal, comp, WED, (), []) == \
        "Tarrant Micro agrees to buy Corvel Optics earlier this week"
    # the same act told again by its noun ("The merger of ... creates"), its verb in the pool's first telling
    again = h.art("Daily", "t", "The merger of Tarrant Micro and Corvel Optics creates the largest optics group.", WED)
    comp.articles[again.url] = again
    retold = Event("s1", "acquisition", (_f("acquirer", "Tarrant Micro", "Tarrant Micro", again),
                                         _f("target", "Corvel Optics", "Corvel Optics", again)), again.url, again.text)
    assert dated("Tarrant Micro agrees to buy Corvel Optics", retold, comp, WED, (deal, retold), []) == \
        "Tarrant Micro agrees to buy Corvel Optics earlier this week"
    assert said_once(["A raises $9m earlier this week", "B buys C earlier this week"], ["A raises $9m", "B buys C"]) \
        == (["A raises $9m", "B buys C"], " earlier this week")
    assert said_once(["A raises $9m on Monday", "B buys C"], ["A raises $9m", "B buys C"]) == \
        (["A raises $9m on Monday", "B buys C"], "")
