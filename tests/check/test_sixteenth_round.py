"""Sixteenth round of the claim-support check (issue 10): faithful sentences that fresh parts reject, by class. The
articles are written for this file (not from the labelled set); each reading keeps a faithful rewrite, and an error
of the same shape is still rejected. The last tests read the labelled rows each change was made for, by id."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.check.helpers import article, verdict
from topline.check.subjects import short_name_there

ROOT = Path(__file__).resolve().parents[2]

FOUNDRY = article(
    url="https://www.metalweek.example/cawdor-foundry-order", source="Metal Week",
    title="Cawdor Castings wins rail wheel order",
    text="Rail operator Northline has ordered 6,000 wheels from Cawdor Castings, beating an offer from Pellow "
         "Forge, the two companies said on Tuesday. The wheels will be cast at Cawdor's plant in Rotherby. Pellow "
         "Forge had offered a lower price but a later delivery date. Pellow said it was disappointed and would ask "
         "Northline to explain its choice. Works manager Ruth Askew said the plant would hire 60 people. The order "
         "will keep the furnaces running until 2029, she said.")


def test_a_full_name_the_article_shortens_is_who_acts():
    # "Pellow said ..." after "Pellow Forge" was named in full: the claim may name the company in full
    v = verdict("Pellow Forge said it was disappointed and would ask Northline to explain its choice.", FOUNDRY)
    assert not [d for d in v.details if "is not who acts" in d]
    assert v.ok


def test_another_name_of_the_passage_is_still_not_who_acts():
    # Northline ordered; it did not say it was disappointed
    assert not verdict("Northline said it was disappointed and would ask Pellow Forge to explain its choice.",
                       FOUNDRY).ok


@pytest.mark.parametrize("name,scope,article_text,expected", [
    ("Pellow Forge", "Pellow said it was disappointed.", FOUNDRY.text, True),
    # only the first word stands for the name: "Forge" alone is any forge, "Bank" any bank
    ("Pellow Forge", "The Forge said it was disappointed.", FOUNDRY.text, False),
    ("Perrin Bank", "Dunlop Bank was fined.", "Perrin Bank and Dunlop Bank.", False),
    # an owner is not the actor ("Pellow's furnace was repaired" is no act of Pellow Forge)
    ("Pellow Forge", "Pellow's furnace was repaired.", FOUNDRY.text, False),
    # the article never gives the full name: the short form is someone else's
    ("Pellow Steel", "Pellow said it was disappointed.", FOUNDRY.text, False),
])
def test_short_name_there(name, scope, article_text, expected):
    assert short_name_there(name, scope, article_text) is expected


def test_a_tail_pronoun_speaker_is_the_person_the_sentence_before_names():
    v = verdict("Askew said the order would keep the furnaces running until 2029.", FOUNDRY)
    assert not [d for d in v.details if "is not who acts" in d]
    assert v.ok


def test_a_tail_pronoun_speaker_is_not_anyone_of_the_article():
    # she is the works manager of the sentence before; Northline's words are not hers, and the pronoun does not
    # lend its sentence to a name two sentences away
    assert not verdict("Pellow Forge said the order would keep the furnaces running until 2029.", FOUNDRY).ok


def _labelled():  # noqa: ANN202
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_support import load_articles, load_rows
    from topline.check import check_sentence
    from topline.records import Citation
    articles, rows = load_articles(), {}
    for r in load_rows():
        rows.setdefault(r["id"], r)

    def ok(i: str) -> bool:
        r = rows[i]
        return check_sentence(r["sentence"], tuple(Citation(u, articles[u].source) for u in r["cites"]),
                              articles).ok
    return ok, rows


@pytest.fixture(scope="module")
def labelled():  # noqa: ANN201
    return _labelled()


@pytest.mark.parametrize("row", [
    "x0025",   # eval4: "Brightline Capital, which manages ..." where the passage says "Brightline, which manages"
    "y0176",   # eval5: "Okafor said ..." where "'...,' he said." follows "Chief executive Sam Okafor said"
    "u0027",   # eval7: "..., its co-founder said." where "'...,' she said." follows the co-founder's sentence
    "d0117",   # eval13: "Roux said the dividend ..." where "..., she said." follows "Sabine Roux said"
    "x0184",   # eval4: "... said wild geese had probably brought the virus in" ("probably" read as the verb)
    "u0337",   # eval7: "... said sparks from farm machinery had probably started the fire"
    "e0228",   # eval12: "The reptile is thought to have hunted in deep or dark water."
    "d0339",   # eval13: "Dot probably survived ..." where "the tortoise ... had probably survived", "Dot, a ... tortoise"
    "d0212",   # eval13: "a profit of 90 million to 110 million euros" where "between 90 and 110 million euros"
    "d0215",   # eval13: "30 million to 50 million euros below the old one" (140 million less each bound)
    "d0301",   # eval13: "in service for 40 years" for "built in 1924 ..., was withdrawn in 1964"
    "z0348",   # eval6: "Sian Howells, Kessingham Water's operations director, said ..." ("operations" a verb)
    "u0291",   # eval7: "Per Sandvik, the museum's director, said the brooches were on loan ..."
    "u0204",   # eval7: "Li Wen Goh, ... said" for "..., said the chief financial officer, Li Wen Goh."
    "d0381",   # eval13: "Ellery fills each grid ..." where the lead names "Maureen Ellery" and "She said she ..."
    "z0088",   # eval6: "Hollis Energy's shares rose 11%." ("Hollis Energy" named in the lead)
    "u0098",   # eval7: "The low end of Calloway's forecast ..." ("forecast" after a possessor was read as a verb)
])
def test_faithful_rows_this_round_passes(labelled, row):
    ok, rows = labelled
    assert rows[row]["label"] == "supported"
    assert ok(row)


@pytest.mark.parametrize("row", [
    "k0093",   # cal2: "Perrow Bank was fined" where "Dunlin Bank was fined" (no short name: "Bank" is both's)
    "e0359",   # eval12: "Arbon Maps will be sold" where "Arbon's route planning would be sold" (an owner)
    "u0429",   # eval7: "Shares of Orrin Bank fell 11% on" (cut off; caught since this round)
    "o0414",   # eval9: "The regulator said in a ruling on Thursday." (nothing said; caught since this round)
    "d0391",   # eval13: "Ellery fills her grids on a computer." (the lead's name, two words of the pencil sentence)
])
def test_errors_of_the_same_shape_are_still_rejected(labelled, row):
    ok, rows = labelled
    assert rows[row]["label"] == "unsupported"
    assert not ok(row)


HEATH = article(
    url="https://www.moorlandpost.example/heath-fire", source="Moorland Post",
    title="Heath fire near Crayle is under control",
    text="A fire that burned about 300 hectares of heath near Crayle was brought under control on Sunday, the fire "
         "service said. Its chief, Marta Dunn, said the fire had probably been started by a disposable barbecue. "
         "The land belongs to Fellside Estates, which has closed two car parks. Fellside Estates said it had "
         "formally asked the council to ban barbecues on the heath.")

OWL = article(
    url="https://www.moorlandpost.example/owl-returned", source="Moorland Post",
    title="Barn owl returned to sanctuary after two weeks",
    text="Pip, a barn owl that escaped from the Crayle bird sanctuary this month, has been caught in a farmer's "
         "shed three miles away. The sanctuary's keeper, Joe Marr, said the owl was thin but had probably "
         "survived by hunting mice in the fields. Visitors will be able to see Pip again from Saturday.")


def test_an_adverb_in_ly_is_no_verb():
    from topline.check.roles import LY_VERBS, frames
    verbs = [f.verb for f in frames("Dunn said a disposable barbecue had probably started the fire.")]
    assert "probably" not in verbs and "started" in verbs
    # verbs that end in "-ly" stay verbs
    assert "supply" in LY_VERBS and "supply" in [f.verb for f in frames("Hollin will supply the engines.")]


def test_who_probably_did_it_is_read_past_the_adverb():
    v = verdict("Dunn said a disposable barbecue had probably started the fire.", HEATH)
    assert not [d for d in v.details if "'probably'" in d]
    assert v.ok


def test_an_actor_of_the_article_in_the_wrong_slot_is_still_rejected():
    # Fellside Estates asked the council, not the fire service; Marta Dunn said what probably started the fire
    assert not verdict("The fire service had formally asked the council to ban barbecues on the heath.", HEATH).ok
    assert not verdict("Fellside Estates said the fire had probably been started by a disposable barbecue.",
                       HEATH).ok


def test_a_name_the_article_gives_a_description_in_apposition_acts_where_the_description_does():
    v = verdict("Pip probably survived by hunting mice in the fields, according to the keeper.", OWL)
    assert not [d for d in v.details if "is not who acts" in d]
    assert v.ok


def test_a_generic_description_is_no_name():
    from topline.check.subjects import described_there
    sents = ["Pellow Forge, a company based in Rotherby, said on Monday it would hire.",
             "Its rival said the company had won."]
    assert not described_there("Cawdor Castings", sents[1], sents)
    assert described_there("Pip", OWL.text.split(". ")[1], OWL.text.split(". "))


KILN = article(
    url="https://www.tradeweekly.example/ashby-kilns-forecast", source="Trade Weekly",
    title="Ashby Kilns cuts its forecast",
    text="Ashby Kilns lowered its profit forecast for the year to between 40 and 45 million pounds, from 60 million "
         "pounds, after a gas price rise. The company makes between 2 and 3 tonnes of glaze a day at its Corran "
         "works. Its shares fell 6%.")


def test_a_range_states_its_unit_once():
    from topline.check.evidence import ranged
    from topline.enrich.figures import extract_figures
    sentence = "a forecast of between 40 and 45 million pounds"
    low = ranged(sentence, extract_figures(sentence))[0]
    assert (low.text, low.kind, low.value, low.unit) == ("40", "money", 40e6, "GBP")
    kept = ranged(sentence, extract_figures(sentence), keep=True)
    assert [(f.text, f.kind) for f in kept[:2]] == [("40", "number"), ("40", "money")]
    # not a range: a bare number before "and" and another figure that is not its bound
    other = "In 2024 and 2025 it made 5 million pounds"
    assert [f.kind for f in ranged(other, extract_figures(other))][:2] == ["date", "date"]


@pytest.mark.parametrize("sentence", [
    "Ashby Kilns now expects a profit of 40 million to 45 million pounds this year, down from a forecast of 60 million "
    "pounds.",
    "The new profit forecast is 15 million to 20 million pounds below the old one.",
])
def test_a_range_restated_with_its_unit_on_both_bounds_passes(sentence):
    assert verdict(sentence, KILN).ok


@pytest.mark.parametrize("sentence", [
    "Ashby Kilns now expects a profit of 35 million to 45 million pounds this year, down from 60 million pounds.",
    "Ashby Kilns now expects a profit of 40 million to 50 million pounds this year.",
])
def test_a_wrong_bound_is_still_rejected(sentence):
    assert not verdict(sentence, KILN).ok


ENGINE = article(
    url="https://www.railheritage.example/ferndale-engine", source="Rail Heritage",
    title="Steam engine Ferndale returns to the line",
    text="The steam engine Ferndale, built in 1931 at the Ashcombe works, was withdrawn in 1966 and sold for scrap. "
         "Volunteers bought it in 1990 and spent 30 years restoring it. It will run on the Corrie line every Sunday.")


def test_a_span_of_years_is_the_difference_of_two_stated_years():
    from topline.check.computed import year_span
    from topline.check.evidence import doc_for
    from topline.enrich.figures import extract_figures
    doc = doc_for(ENGINE)
    thirty_five = extract_figures("for 35 years")[0]
    assert year_span(thirty_five, [doc], lambda d, i: True)
    assert not year_span(extract_figures("for 36 years")[0], [doc], lambda d, i: True)
    assert verdict("The engine Ferndale was withdrawn 35 years after it was built at the Ashcombe works.", ENGINE).ok


def test_a_span_no_two_years_give_is_still_rejected():
    assert not verdict("The engine Ferndale was withdrawn 45 years after it was built at the Ashcombe works.",
                       ENGINE).ok


WATER = article(
    url="https://www.utilityweek.example/brennan-water-ban", source="Utility Week",
    title="Brennan Water bans hosepipes",
    text="Brennan Water will ban hosepipes from Monday after the driest summer since 1976, the company said. Its "
         "operations director, Ruth Kale, said the ban could last until the spring. The company will pay for new "
         "reservoirs with cash and about 200 million pounds of bonds, said the finance chief, Omar Pike. The "
         "museum's curator, Ada Lowe, said the old pumping station was built in 1890. Campaign group Clear Rivers "
         "said the company should fix its leaks first.")


@pytest.mark.parametrize("sentence,verb,speaker", [
    # a possessor's word is a noun: "operations" is no verb of "Brennan Water"
    ("Ruth Kale, Brennan Water's operations director, said the ban could last until the spring.", "said", "kale"),
    ("Piet Smit, the Norlandic fisheries minister, said the deal was fair.", "said", "smit"),
    # the speaker after the verb, in apposition
    ("The company will pay with bonds, said the finance chief, Omar Pike.", "said", "pike"),
    # a clause with its own verb after "said" is what was said, not who said it
    ("Ada Lowe, the museum's curator, said the pumping station was old.", "said", "lowe"),
])
def test_who_speaks_is_read_around_appositions(sentence, verb, speaker):
    from topline.check.roles import frames
    (f,) = [f for f in frames(sentence) if f.verb == verb]
    assert speaker in f.agent


@pytest.mark.parametrize("sentence", [
    "Ruth Kale, Brennan Water's operations director, said the ban could last until the spring.",
    "Omar Pike, Brennan Water's finance chief, said about 200 million pounds of bonds would help pay for new "
    "reservoirs.",
    "Ada Lowe, the museum's curator, said the old pumping station was built in 1890.",
])
def test_speakers_in_apposition_pass(sentence):
    assert verdict(sentence, WATER).ok


@pytest.mark.parametrize("sentence", [
    "Ada Lowe, the museum's curator, said the ban could last until the spring.",
    "Ruth Kale, Brennan Water's operations director, said the company should fix its leaks first.",
])
def test_a_speaker_in_apposition_who_said_something_else_is_still_rejected(sentence):
    assert not verdict(sentence, WATER).ok


@pytest.mark.parametrize("text", [
    "Shares of Ashby Kilns fell 6% on",          # cut off after a figure
    "Output rose 12 per cent in",
    "The regulator said in a ruling on Thursday.",   # a speaker with nothing said
])
def test_cut_off_and_bare_speech_state_nothing(text):
    from topline.check.content import content_free
    assert content_free(text).startswith("placeholder")


@pytest.mark.parametrize("text", [
    "Shares of Ashby Kilns fell 6% on Monday.",
    "Prices rose 4% in May",                      # a title may end without a stop
    "The club moved in",
    "The regulator said in a ruling that the fine stands.",
])
def test_complete_sentences_are_not_cut_off(text):
    from topline.check.content import content_free
    assert content_free(text) == ""


SETTER = article(
    url="https://www.dailysentinel.example/kestrel-5000th-crossword", source="Daily Sentinel",
    title="Crossword setter Kestrel publishes her 5,000th puzzle",
    text="Joan Farrow, who has set crosswords for the Daily Sentinel for 30 years, published her 5,000th puzzle on "
         "Monday. She started in 1996 while working as a librarian. She writes under the name Kestrel. She said she "
         "still writes each clue by hand with a fountain pen and takes about four hours over a puzzle. Puzzles "
         "editor Tom Reed said readers send in about 900 entries a week.")


def _lead_support(sentence: str) -> str:
    from topline.check.entities import name_support
    from topline.check.evidence import doc_for, stems_of
    return name_support("Farrow", [doc_for(SETTER)], set(stems_of(sentence)))


def test_the_leads_actor_is_what_a_later_passage_is_about():
    assert _lead_support("Farrow writes each clue by hand with a fountain pen and takes about four hours over a "
                         "puzzle.") == "anchored"
    v = verdict("Farrow writes each clue by hand with a fountain pen and takes about four hours over a puzzle.",
                SETTER)
    assert not [d for d in v.details if d.startswith("entity")]


def test_the_leads_actor_needs_more_than_two_words_of_a_passage():
    # two words of the pen sentence ("writes", "clue") and a laptop: not what the article says
    assert _lead_support("Farrow writes her clues on a laptop.") == "elsewhere"
    assert not verdict("Farrow writes her clues on a laptop.", SETTER).ok
