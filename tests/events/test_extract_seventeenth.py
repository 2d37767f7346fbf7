"""Fields by grammar (issue 12, events17), each rule tested on sentences written for it (none taken from a corpus),
with a sentence that must not yield the field:

1. a market move told before its cause ("X fell 8% after the regulator ...") is kept beside the decision or deal;
2. the people an incident harmed are its scale, in its own sentence and in a later sentence of the article;
3. a company named with "Inc." or a word of state moved; "Shares" and "The carrier's shares" stand for the article's
   main actor."""

import datetime as dt

from topline.events.clauses import Context
from topline.events.extract import article_statements, sentence_events

from tests.events.sentence_helpers import article, DAY, one_event as _one, sentence_fields as _events


def test_a_move_told_before_its_cause_is_kept_beside_the_decision():
    s = "Shares of Drummond Tools closed down 8% on Tuesday after the Commerce Department tightened export rules."
    assert _one(s, "market_move")["move"] == ["-8%"]
    assert _one(s, "state_action")["body"] == ["Commerce Department"]
    s = "Kelbrook Foods shares fell 5.2% on Wednesday after the group agreed to buy Lindmark Dairy for $900 million."
    assert _one(s, "market_move")["move"] == ["-5.2%"]
    assert _one(s, "acquisition")["target"] == ["Lindmark Dairy"]
    # a figure of the deal itself, with no cause word between, is no move
    s = "Kelbrook Foods agreed to buy Lindmark Dairy for $900 million, a 30% premium to its closing price."
    assert _events(s, "market_move") == []


def test_the_people_an_incident_harmed_are_its_scale():
    e = _one(
        "Three construction workers were killed and nine others injured when a crane operated by Delmore "
        "Lifting collapsed in Leeds.",
        "incident",
    )
    assert e["organisation"] == ["Delmore Lifting"] and e["scale"] == ["3 killed, 9 injured"]
    e = _one(
        "A fire broke out aboard the Aldmoor Lines container ship Cape Ortolan, with three of its 22 crew "
        "reported missing.",
        "incident",
    )
    assert e["scale"] == ["3 missing"]  # not the crew's 22, not the ship's size
    e = _one(
        "An explosion at a refinery run by Halvek Energy injured 14 people and forced about 300 residents to "
        "leave their homes.",
        "incident",
    )
    assert e["scale"] == ["14 injured, about 300 evacuated"]
    # people counted who were not harmed are no casualties (the count stays as written, no harm added)
    e = _one(
        "A fire at a warehouse run by Brenmar Logistics destroyed stock; its 40 workers were sent home.", "incident"
    )
    assert e["scale"] == ["40 workers"]


_article = article   # one wire article of DAY (sentence_helpers)


def test_a_later_sentence_counts_the_people_harmed():
    said, _ = article_statements(
        _article(
            "A fire broke out on Tuesday at a chemical plant run by Ostrava Resins in northern Moravia. "
            "Eleven workers were taken to hospital, two of them with burns."
        ),
        frozenset(),
    )
    assert [(r.type, [f[:2] for f in r.fields if f[0] == "scale"]) for r, _ in said if r.type == "incident"] == [
        ("incident", []),
        ("incident", [("scale", "11 hospitalised")]),
    ]
    # a later sentence that recalls an earlier year's toll is no scale of today's incident
    said, _ = article_statements(
        _article(
            "A fire broke out on Tuesday at a chemical plant run by Ostrava Resins in northern Moravia. "
            "A blast at the same site in 2019 killed four workers."
        ),
        frozenset(),
    )
    assert [r for r, _ in said if r.type == "incident" and any(f[0] == "scale" for f in r.fields)] == []


def test_inc_names_and_state_words_in_company_names_move():
    assert _one("Tessary Systems Inc. fell 9.2% on Tuesday.", "market_move")["instrument"] == ["Tessary Systems Inc"]
    assert _one("Harbor State Bancorp fell as much as 7.4% in New York.", "market_move")["instrument"] == [
        "Harbor State Bancorp"
    ]
    # a public body's words are still no instrument
    assert _events("The State Department said exports rose 3% in May.", "market_move") == []


def test_shares_and_a_possessors_shares_stand_for_the_articles_actor():
    def moves(s: str) -> list:
        ctx = Context(day=dt.date.fromisoformat(DAY), company="Pellow Telecom")
        ctx.sentence = 2
        return [
            dict((n, v) for n, v, _ in r.fields) for r in sentence_events(s, DAY, ctx=ctx) if r.type == "market_move"
        ]

    assert [m["instrument"] for m in moves("Shares rose 2.1% in premarket trading.")] == ["Pellow Telecom"]
    assert [m["instrument"] for m in moves("The carrier's shares slipped 1.8%.")] == ["Pellow Telecom"]
    assert [m["instrument"] for m in moves("The firm's share price rose 3 per cent on the TSX.")] == ["Pellow Telecom"]
    # shares of a place are not the article's actor
    assert moves("Shares in Asia fell 2% on Tuesday.") == []


def _acts(text: str) -> list[dict]:
    said, _ = article_statements(_article(text), frozenset())
    return [{n: v for n, v, _ in r.fields} for r, _ in said if r.type == "state_action"]


def test_a_later_act_on_the_company_or_a_subsidy_to_nobody_named_targets_the_articles_actor():
    lead = "Ostrava Resins will build a $300 million resin plant in Ohio, the company said on Tuesday. "
    assert (
        _acts(lead + "The Ohio Department of Development said the state would provide a grant of $12 million.")[0][
            "target"
        ]
        == "Ostrava Resins"
    )
    lead = "Pellow Telecom said on Tuesday that hackers had breached its network and stolen customer records. "
    assert (
        _acts(
            lead + "The Federal Communications Commission has opened an inquiry into whether the carrier "
            "protected customer data."
        )[0]["target"]
        == "Pellow Telecom"
    )
    # a first name that did nothing in the article is no target ("Kingman" opens the article, no event has it)
    assert (
        "target"
        not in _acts(
            "Kingman is a small town in Arizona. The Arizona Commerce Authority said the state "
            "would provide $18 million in job-training grants."
        )[0]
    )


def test_the_articles_main_actor_is_not_a_country_or_an_adjective_before_a_descriptor():
    def moves(text: str) -> list:
        said, _ = article_statements(_article(text), frozenset())
        return [dict((n, v) for n, v, _ in r.fields)["instrument"] for r, _ in said if r.type == "market_move"]

    assert moves(
        "OSLO, Aug 5 (Reuters) - Nordic telecom group Fjellnett Telekom said on Wednesday it would cut 900 "
        "jobs. Its shares rose 2.2%."
    ) == ["Fjellnett Telekom"]
    assert moves(
        "The U.S. Federal Trade Commission on Thursday cleared Crestline Media's purchase of Sable Radio. "
        "Its shares rose 4.4% in afternoon trading."
    ) == ["Crestline Media"]
    # a name followed by a verb and a day is the actor itself
    assert moves("Halvard Foods said on Monday it would close two plants. Its shares fell 3%.") == ["Halvard Foods"]
