"""signals16 (issue 12): a figure revised is not one disputed (claim_guards.revision), and clauses a statement does
not make, found by reading the titles of the fallback claims (a page no claim reached) against their sources: a
probe told only by an arrest, a build-out scrapped, an office as the actor, an earlier year's incident. Sentences
written for this test, each rule with one that must keep its claim."""

from __future__ import annotations

import datetime as dt

from topline.records import Article, Event, EventField
from topline.write.offline.claim_guards import not_a_claim, revision
from topline.write.offline.compose import Composer

WED = dt.date(2026, 9, 16)


def _composer(*bodies: tuple[str, str, dt.date]):  # noqa: ANN202 - (Composer, articles)
    arts = [
        Article(
            url=f"https://{src.lower().replace(' ', '')}.example/{k}",
            title=f"Story {k}",
            text=body,
            source=src,
            published=dt.datetime.combine(day, dt.time(9), tzinfo=dt.timezone.utc),
        )
        for k, (src, body, day) in enumerate(bodies)
    ]
    return Composer({a.url: a for a in arts}), arts


def _field(art: Article, text: str, value: float, sentence: str) -> EventField:
    return EventField(name="amount", value=value, text=text, url=art.url, sentence=sentence, source=art.source)


def test_a_figure_revised_is_not_a_disagreement():
    first = "Kelvara Cloud will build a $7 billion data center campus near Columbus, the company said on Wednesday."
    again = (
        "The company put the total cost at $7.5 billion including land and grid work, higher than the $7 billion "
        "it cited earlier in the week."
    )
    comp, arts = _composer(("AP", first, WED), ("Data Center Weekly", again, WED))
    a, b = _field(arts[0], "$7 billion", 7e9, first), _field(arts[1], "$7.5 billion", 7.5e9, again)
    assert revision(a, b, comp)  # the second statement gives both figures
    told = "The company has revised its estimate of the campus's cost to $7.5 billion."
    comp, arts = _composer(("AP", first, WED), ("Data Center Weekly", told, WED))
    assert revision(_field(arts[0], "$7 billion", 7e9, first), _field(arts[1], "$7.5 billion", 7.5e9, told), comp)
    later = "Kelvara Cloud will spend $7.5 billion on its campus near Columbus, it said."
    comp, arts = _composer(("AP", first, dt.date(2026, 9, 15)), ("Data Center Weekly", later, WED))
    assert revision(_field(arts[0], "$7 billion", 7e9, first), _field(arts[1], "$7.5 billion", 7.5e9, later), comp)
    # two outlets, one day, each its own figure: a disagreement
    comp, arts = _composer(("AP", first, WED), ("Data Center Weekly", later, WED))
    assert not revision(_field(arts[0], "$7 billion", 7e9, first), _field(arts[1], "$7.5 billion", 7.5e9, later), comp)
    # "$7 billion" is not stated inside "$17 billion"
    other = "Kelvara Cloud, valued at $17 billion, will spend $7.5 billion on its campus near Columbus, it said."
    comp, arts = _composer(("AP", first, WED), ("Data Center Weekly", other, WED))
    assert not revision(_field(arts[0], "$7 billion", 7e9, first), _field(arts[1], "$7.5 billion", 7.5e9, other), comp)


def _ev(kind: str, sentence: str = "", url: str = "u") -> Event:
    return Event(
        story_id="s",
        type=kind,
        url=url,
        sentence=sentence,
        fields=(EventField(name="organisation", value="x", text="x", url=url, sentence=sentence),),
    )


def test_clauses_the_fallback_titles_showed_false():
    comp, arts = _composer(("Reuters", "Police in Valencia arrested nine people on Tuesday.", WED))
    arrest = "Portugal's Judicial Police has arrested 14 people suspected of running a cloned-voice fraud ring."
    assert not_a_claim("Judicial Police starts an investigation", _ev("state_action"), arrest, comp)
    assert not not_a_claim(
        "European Commission investigates Kelvara Cloud",
        _ev("state_action"),
        "The European Commission opened a formal antitrust investigation into Kelvara Cloud on Wednesday.",
        comp,
    )
    assert not not_a_claim(
        "Valencia police start an investigation",
        _ev("state_action"),
        "Valencia police have opened an inquiry into the leak, the ministry said.",
        comp,
    )
    scrapped = "Norvik Hydrogen scraps its 1 GW electrolyser project in Rotterdam and takes a 400 million euro charge."
    assert not_a_claim("Norvik Hydrogen commits 1 gigawatt", _ev("capex"), scrapped, comp)
    assert not not_a_claim(
        "Halvard Cells commits 20 gigawatt-hours",
        _ev("capex"),
        "Halvard Cells will build a 20 gigawatt-hour battery plant in Ohio, it said.",
        comp,
    )
    office = "Governor Dana Ruiz's office confirmed that the state development fund has offered the company grants."
    assert not_a_claim("Governor offers a subsidy", _ev("state_action"), office, comp)
    assert not not_a_claim("JobsOhio offers a subsidy", _ev("state_action"), office, comp)
    old = "The April 2025 blackout on the Iberian Peninsula renewed calls for stronger links."
    comp, arts = _composer(("El País", old, WED))
    assert not_a_claim("Iberian Peninsula suffers a blackout", _ev("incident", old, arts[0].url), old, comp)
    new = (
        "A fire broke out at a battery plant run by Kestrel Power early on Wednesday, forcing 2026 residents to leave."
    )
    comp, arts = _composer(("AP", new, WED))
    assert not not_a_claim("Kestrel Power suffers a fire", _ev("incident", new, arts[0].url), new, comp)


def test_a_place_hit_and_a_stake_bought_make_no_clause():
    comp, _ = _composer(("Reuters", "Trucks queued near the port.", WED))
    hit = (
        "A cyber-attack on a company that runs booking systems for several ports has disrupted container traffic "
        "at Harwich and Tilbury."
    )
    assert not_a_claim("Harwich suffers a cyberattack", _ev("incident"), hit, comp)
    assert not not_a_claim(
        "Portlink Systems suffers a cyberattack",
        _ev("incident"),
        "Portlink Systems, which runs booking systems at Harwich and Tilbury, suffered a cyber-attack on Monday.",
        comp,
    )
    part = "Japan's Sakuma Corp said on Thursday it will acquire 30% of Brazilian grains trader Campos Grãos."
    assert not_a_claim("Sakuma Corp agrees to buy Campos Grãos", _ev("acquisition"), part, comp)
    assert not_a_claim(
        "Sakuma Corp agrees to buy Campos Grãos",
        _ev("acquisition"),
        "Sakuma Corp agreed to buy a minority stake in Campos Grãos.",
        comp,
    )
    whole = "Shares of Sakuma Corp rose 3.1% after it agreed to buy Campos Grãos for $620 million."
    assert not not_a_claim("Sakuma Corp agrees to buy Campos Grãos", _ev("acquisition"), whole, comp)
    assert not not_a_claim(
        "Sakuma Corp agrees to buy Campos Grãos",
        _ev("acquisition"),
        "Sakuma Corp agreed to acquire 100% of Campos Grãos.",
        comp,
    )


def test_a_round_being_raised_and_a_flaw_in_what_a_name_owns_make_no_clause():
    comp, _ = _composer(("Reuters", "Launch makers raised money.", WED))
    raising = (
        "Qilin Aerospace, a maker of reusable rockets, is raising about 2 billion yuan in what is expected to be "
        "its last round before a listing."
    )
    assert not_a_claim("Qilin Aerospace raises 2 billion yuan", _ev("funding"), raising, comp)
    assert not not_a_claim(
        "Qilin Aerospace raises 2 billion yuan",
        _ev("funding"),
        "Qilin Aerospace has raised 2 billion yuan in its last round before a listing.",
        comp,
    )
    owned = "A flaw in HireBot, the hiring platform used by Burgerland's restaurants, exposed applicants' records."
    assert not_a_claim("Burgerland has a vulnerability", _ev("incident"), owned, comp)
    assert not not_a_claim("HireBot has a vulnerability", _ev("incident"), owned, comp)


def test_an_attacks_own_name_suffers_nothing():
    comp, _ = _composer(("Reuters", "Hospitals were hit.", WED))
    named = "A new ransomware strain called NightMoth runs a small language model on infected machines."
    assert not_a_claim("NightMoth suffers a ransomware attack", _ev("incident"), named, comp)
    assert not not_a_claim(
        "Kordane Avionics suffers a ransomware attack",
        _ev("incident"),
        "Kordane Avionics said ransomware called NightMoth had shut two of its plants.",
        comp,
    )


def test_an_outage_at_an_organisations_own_site_is_its_own():
    comp, _ = _composer(("Reuters", "Banks were hit.", WED))
    own = "A nine-hour outage at Norvale Cloud's Frankfurt data centres disrupted chatbots at several German banks."
    assert not not_a_claim("Norvale Cloud suffers an outage", _ev("incident"), own, comp)


def test_an_organisation_the_edition_names_as_an_owner_is_no_place_and_an_outlet_with_the_is_no_actor():
    second = "The outage is the second at Telvane in three years."
    comp, _ = _composer(("Sydney Herald", "Telvane's mobile network was restored by mid-afternoon. " + second, WED))
    assert not not_a_claim("Telvane suffers an outage", _ev("incident"), second, comp)
    comp, _ = _composer(("Reuters", "Lorries queued near the port of Harwich on Tuesday.", WED))
    assert not_a_claim(
        "Harwich suffers a cyberattack",
        _ev("incident"),
        "A cyber-attack on a booking company has disrupted container traffic at Harwich.",
        comp,
    )
    comp, _ = _composer(("The Guardian", "Calls failed to connect during the outage, the Guardian has been told.", WED))
    assert not_a_claim(
        "Guardian suffers an outage",
        _ev("incident"),
        "Calls failed to connect during the outage, the Guardian has been told.",
        comp,
    )


def test_a_sentences_opening_word_is_no_organisation():
    lorries = "Lorries queued for miles near the port on Tuesday after a ransomware attack on the booking system."
    comp, _ = _composer(("The Guardian", lorries + " Hauliers at Telvane were hit too.", WED))
    assert not_a_claim("Lorries suffers a ransomware attack", _ev("incident"), lorries, comp)
    assert not not_a_claim(
        "Telvane suffers a ransomware attack", _ev("incident"), "Telvane suffered a ransomware attack on Tuesday.", comp
    )


def test_a_currency_opening_its_sentence_still_moves():
    sterling = "Sterling rose 0.5% against the dollar after the inflation figures."
    comp, _ = _composer(("Reuters", sterling, WED))
    from topline.records import Event

    move = Event(story_id="s", type="market_move", url="u", sentence=sterling, fields=())
    assert not not_a_claim("Sterling rises 0.5%", move, sterling, comp)
