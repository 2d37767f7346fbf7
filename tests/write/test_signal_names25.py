"""signals25 (issue 12): claim titles an analyst would sign: a theme named by a noun phrase (``theme_name``), a
capacity written as a modifier said with its noun or given way to the sum (``clause``), a state action's object not
cut at a participle (``claims_states``). Sentences written for this test."""

from __future__ import annotations

import datetime as dt

from tests.events import signal_helpers as h
from topline.write.offline.claims_states import state_clause
from topline.write.offline.theme_name import role_noun, theme_name

WED = dt.date(2031, 3, 5)


def test_a_role_noun_names_no_theme() -> None:
    texts = ["The attacker drained the bridge after an attack on its signer keys.",
             "Investigators traced the attacker to a mixer on Tuesday."]
    assert role_noun("attacker", " ".join(texts))
    assert theme_name("attacker", texts) == ""
    # an agent noun whose verb the text never writes is read as any other noun
    assert not role_noun("chipmaker", "A chipmaker opened a plant.")


def test_a_countable_noun_names_its_theme_in_the_plural_or_not_at_all() -> None:
    both = ["Pellworth listed a spot ether ETF on Tuesday, its third; ETFs drew $40 million.",
            "Rival ETFs cut fees as Quarrow filed for an ETF of its own."]
    assert theme_name("ETF", both) == "ETFs"
    # one story writes the noun only as the modifier of another: it is not "on" ETFs
    one = ["Pellworth listed a spot ether ETF on Tuesday; ETFs drew $40 million.",
           "Quarrow hired two ETF issuers as custody clients."]
    assert theme_name("ETF", one) == ""
    # counted, and no story writes the plural: no name the sentences carry
    assert theme_name("exploit", ["The bridge lost $9 million in an exploit on Tuesday.",
                                  "Trading paused after the exploit, the exchange said."]) == ""
    assert theme_name("tariff", ["A tariff of 12% took effect; tariffs on cars follow.",
                                 "Exporters said the tariffs would cost them."]) == "tariffs"


def test_a_mass_noun_a_name_or_a_modifier_names_the_theme_as_written() -> None:
    # written bare, or only as a modifier of another noun ("the steel price"): no count, the term stands
    assert theme_name("steel", ["The steel price rose 4% as steel output fell.", "Steel imports slowed."]) == "steel"
    assert theme_name("inflation", ["Inflation eased to 2.1%.", "The inflation data surprised traders."]) == \
        "inflation"
    assert theme_name("ETF", ["Crypto ETF assets grew.", "The ETF market widened."]) == "ETF"
    # a name the text writes capitalised more often than not keeps its capitals
    assert theme_name("payments authority", ["The Payments Authority fined Quarrow.",
                                             "Quarrow said the Payments Authority and the payments authority's staff "
                                             "met.", "The Payments Authority said so."]) == "Payments Authority"
    # names and plural phrases are left as they are
    assert theme_name("Norvel", ["Norvel rose.", "A Norvel plant opened."]) == "Norvel"
    assert theme_name("chip exports", ["Chip exports fell.", "Its chip exports rose."]) == "chip exports"
    # a phrase whose head is countable takes the head's plural
    assert theme_name("rate cut", ["A rate cut is due; two rate cuts are priced.", "More rate cuts loom."]) == \
        "rate cuts"


def test_a_capacity_written_as_a_modifier_gives_way_to_the_sum_or_makes_no_clause() -> None:
    from topline.events.status import status
    from topline.records import Event, EventField
    from topline.write.offline.clause import capex_field, capex_predicate

    def built(sentence: str) -> Event:
        st = status("capex", sentence)
        fields = (EventField(name="status", value=st[0], text=st[1], url="u", sentence=sentence),) if st else ()
        return Event(story_id="s", type="capex", url="u", sentence=sentence, fields=fields)

    spend = "Tarnby Compute will spend $120 million on a 200-megawatt campus near Lubbock."
    assert capex_field("200-megawatt", "$120 million") == "amount"
    assert capex_predicate("200-megawatt", "$120 million", spend, built(spend)) == "commits $120 million"
    # no sum: no predicate rather than a bare modifier (or a commitment the statement does not make)
    alone = "Tarnby Compute switched on a 200-megawatt data campus near Lubbock on Tuesday."
    assert capex_predicate("200-megawatt", "", alone, built(alone)) == ""
    # a quantity is said as it stands
    assert capex_field("200 megawatts", "$120 million") == "capacity"
    assert capex_predicate("200 megawatts", "", "Tarnby will build 200 megawatts.", built("x")) == "commits 200 megawatts"


def test_a_state_object_cut_at_a_participle_ends_before_the_participle_clause() -> None:
    text = ("Norland's Finance Ministry released draft rules requiring payment firms and lenders operating in "
            "the northern provinces to publish their fees on Wednesday.")
    led = h.ledger_of([h.story("s1", "Policy", h.art("Wire", "t", text, WED))], "Policy", WED)
    got = {c for e in led.events for f in e.fields for c in [state_clause(e, f.sentence)] if c}
    assert got == {"Norland's Finance Ministry releases draft rules"}, got


def test_a_move_to_regulate_without_its_object_is_the_statements_main_clause_when_it_tells_it_done() -> None:
    from topline.records import Event, EventField
    from topline.write.offline.clause import clause

    def rule(sentence: str) -> Event:
        return Event("s1", "state_action", (EventField("body", "Norland Payments Authority", "Norland Payments Authority",
                                                       "u", sentence),
                                            EventField("action", "rule", "rules", "u", sentence)), "u", sentence)

    done = "The Norland Payments Authority on Wednesday published rules capping card fees at 0.3% of each sale."
    assert clause(rule(done), done) == "Norland Payments Authority publishes rules capping card fees at 0.3% of each sale"
    # told as expected, not done: no main clause of a decision; the move with its object (signals26: it was
    # "moves to regulate" alone)
    told = "The Norland Payments Authority is expected to publish rules on card fees as soon as Thursday."
    assert clause(rule(told), told) == "Norland Payments Authority moves to regulate card fees"


def test_a_long_object_with_no_preposition_to_cut_at_ends_before_its_participle_clause() -> None:
    from topline.records import Event, EventField

    text = ("Norland's Finance Ministry on Wednesday published rules requiring card issuers and payment firms to "
            "disclose every fee before signing up customers.")
    e = Event("s1", "state_action", (EventField("body", "Finance Ministry", "Finance Ministry", "u", text),
                                     EventField("action", "rule", "rules", "u", text)), "u", text)
    assert state_clause(e, text) == "Norland's Finance Ministry publishes rules"
