"""Ninth round of the claim-support check (issue 10): figures the writer restated or computed. A rounding marked by
a hedge ("nearly $3 billion"), what is left of a whole ("remain"), a sum ("between them"), a unit left unsaid in the
source ("against a budget of 315 million"), one figure in two units, plurals of short words in a figure's context,
two figures stated together. The articles are written for this file (not from the labelled set); each rule is shown
to keep a faithful rewrite and to reject a wrong figure of the same shape."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check.computed import marked_as_rest, marked_as_sum
from topline.check.rounding import hedge_before, rounded_to
from topline.records import Figure

ROUND = article(
    url="https://www.reuters.com/technology/marlin-ledger-round", source="Reuters",
    title="Marlin Ledger raises $180 million for tax software",
    text="Marlin Ledger, a Lisbon company that files sales tax for online shops, has raised $180 million in a round "
         "led by Ostrava Partners. The round values Marlin at $4.85 billion, up from $1.2 billion last year. "
         "Marlin will cut 120 jobs, about 8% of its staff, and close its office in Porto. "
         "The office employed 64 people.")

VOTE = article(
    url="https://www.localnews.example/harwick-ward-recount", source="Harwick Echo",
    title="Recount confirms Tamsin Reed as Harwick ward winner",
    text="A recount in the Harwick ward has confirmed Tamsin Reed as the winner, by 21 votes instead of the 35 "
         "announced on the night. Reed received 1,840 votes and her rival, Owen Pike, 1,819, the returning officer "
         "said. The clinic has given about 54,000 vaccine doses, 60% of the 90,000 it aimed to give. The new bridge "
         "cost 212 million euros, against a budget of 160 million. The storm flooded about 1,250 hectares of farmland "
         "near the river.")

SCHOOL = article(
    url="https://www.localnews.example/derrow-school-meals", source="Harwick Echo",
    title="Free school meals for every pupil in Derrow",
    text="All pupils in Derrow will get free meals from April, the council said. About 31,000 pupils will be "
         "eligible, up from 12,500 today, the council's education chief said at a briefing.")


def _ok(sentence: str, *arts) -> bool:  # noqa: ANN002
    """Whether the figure rule accepts every figure of ``sentence`` (the other rules are other tests' business)."""
    return not any(d.startswith(("number:", "date:")) for d in verdict(sentence, *(arts or (ROUND,))).details)


@pytest.mark.parametrize("sentence", [
    "Reuters reports that Marlin Ledger is now valued at nearly $5 billion.",          # 4.85, rounded up
    "The round values Marlin at about $4.9 billion.",                                  # 4.85 to one decimal
    "Marlin will cut 120 jobs, about 8% of its staff.",                               # stated
    "The cuts amount to about 8% of Marlin's staff.",                                  # "cuts" / "cut"
])
def test_a_rounded_figure_with_a_hedge_passes(sentence):
    assert _ok(sentence)


@pytest.mark.parametrize("sentence", [
    "The round values Marlin at $5 billion.",                   # rounded without saying so
    "The round values Marlin at more than $5 billion.",         # the hedge's side is wrong: 4.85 is below 5
    "The round values Marlin at about $4.5 billion.",           # not a rounding of 4.85
    "The round values Marlin at about $6 billion.",             # too far
])
def test_a_wrong_or_unmarked_rounding_fails(sentence):
    assert not _ok(sentence)


def test_a_rounded_sentence_passes_whole():
    assert verdict("Reuters reports that Marlin Ledger is now valued at nearly $5 billion.", ROUND).ok


def test_rounding_helpers():
    usd = lambda v: Figure(f"${v}", "money", v, "USD")  # noqa: E731
    assert rounded_to(usd(3e9), usd(2.9e9), "nearly")
    assert not rounded_to(usd(3e9), usd(2.9e9), None)
    assert not rounded_to(usd(3e9), usd(3.1e9), "nearly")
    assert rounded_to(usd(300.0), usd(310.0), "more than")
    assert not rounded_to(usd(300.0), usd(260.0), "about")
    s = "valued at nearly $3 billion"
    assert hedge_before(s, s.index("$")) == "nearly"
    s = "valued at $3 billion"
    assert hedge_before(s, s.index("$")) is None


@pytest.mark.parametrize("sentence", [
    "Reed and Pike received 3,659 votes between them.",                   # 1,840 + 1,819
    "About 36,000 vaccine doses remain to be given.",                      # 90,000 - 54,000
    "Reed's margin shrank by 14 votes in the recount.",                    # 35 - 21, "the 35" counts votes
    "The new bridge cost 52 million euros more than budgeted.",            # 212 - 160 million (euros unsaid)
    "The storm flooded about 1,250 hectares, or 12.5 square kilometres, of farmland near the river.",
])
def test_a_sum_a_rest_an_unsaid_unit_and_one_figure_in_two_units_pass(sentence):
    assert _ok(sentence, VOTE)


@pytest.mark.parametrize("sentence", [
    "Reed and Pike received 3,700 votes between them.",                    # not the sum
    "About 36,000 vaccine doses have been given.",                         # a rest stated as a level
    "Reed received 3,659 votes.",                                          # a sum given to one candidate
    "The new bridge cost 62 million euros more than budgeted.",            # not the difference
    "The storm flooded about 1,250 hectares, or 125 square kilometres, of farmland near the river.",
])
def test_a_wrong_sum_rest_or_conversion_fails(sentence):
    assert not _ok(sentence, VOTE)


def test_the_sum_and_rest_cues():
    s = "Reed and Pike received 3,659 votes between them."
    assert marked_as_sum(s, s.index("3,659"), s.index("3,659") + len("3,659 votes"))
    assert not marked_as_rest(s, s.index("3,659"), s.index("3,659") + len("3,659 votes"))
    s = "About 36,000 doses remain to be given."
    assert marked_as_rest(s, s.index("36,000"), s.index("36,000") + len("36,000"))


def test_two_figures_stated_together_vouch_for_each_other():
    # "qualify" for "eligible" leaves each figure one word of context short; together, in order, they hold
    assert verdict("About 31,000 Derrow pupils will qualify for free meals, up from 12,500 today.", SCHOOL).ok
    assert not _ok("About 12,500 Derrow pupils will qualify for free meals, up from 31,000 today.", SCHOOL)
    assert not _ok("About 31,000 Derrow teachers will qualify for free meals.", SCHOOL)


NETWORK = article(
    url="https://www.reuters.com/technology/harlow-optics-results", source="Reuters",
    title="Harlow Optics revenue rises 14% on data-centre lasers",
    text="Harlow Optics said on Tuesday that revenue for its second quarter rose 14% to $820 million. Sales of "
         "lasers to telecom carriers fell 6%. Shares of Harlow Optics fell 4% in early trading after the company "
         "cut its forecast for the year.")


def test_a_possessed_noun_in_es_is_part_of_the_subject():
    assert verdict("Harlow Optics' shares dropped 4% in early trading.", NETWORK).ok
    assert not verdict("Vantor Optics' shares dropped 4% in early trading.", NETWORK).ok     # another company


def test_a_noun_in_es_is_not_read_as_the_verb():
    from topline.check.subjects import subject_of as _subject
    assert _subject("Orrin Bank's shares dropped 11% on Thursday.") == "Orrin Bank's shares"
    assert _subject("Weekly new cases have fallen by 52.") == "Weekly new cases"
    assert _subject("Trellis called the claims baseless.") == "Trellis"
    assert _subject("The board approved amended rules.") == "The board"
    assert _subject("The exposed logs included names.") == "The"        # an adjective in -ed: read as before


CLOUD = article(
    url="https://www.reuters.com/technology/sarnia-cloud-spending", source="Reuters",
    title="Sarnia Cloud plans to spend $6 billion on data centres",
    text="Sarnia Cloud plans to spend about $6 billion on data centres next year, its chief executive, Lena Okoro, "
         "said on Monday. Okoro said demand for renting AI servers had outgrown the company's capacity. The company "
         "will pay for the plan with new bonds, said the chief financial officer, Tomas Reyes.")


def test_a_speaker_by_role_is_the_person_the_article_gives_that_role():
    assert verdict("Demand for renting AI servers has outgrown Sarnia Cloud's capacity, its chief executive said.",
                   CLOUD).ok
    assert not verdict("Demand for renting AI servers has outgrown Sarnia Cloud's capacity, its chief financial "
                       "officer said.", CLOUD).ok
