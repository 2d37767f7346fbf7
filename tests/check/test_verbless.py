"""Fifteenth round of the claim-support check (issue 10, item 1): a prose sentence with no finite verb says nothing
checkable and never passes, even when it names a name or a figure of its source. The fragments below are the shapes
of real SmolLM2 outputs of the LLM writer (tests/data/support, eval13 and the first set, and the raw answers of
eval6); the article is written for this file. Headlines, computed signal titles and computed facts about the
coverage may be verbless and are not touched."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check import check_analysis
from topline.check.verbless import VERBLESS_WHY, verbless

BONDS = article(
    url="https://www.marketwire.example/vantro-bonds", source="Market Wire",
    title="Vantro Industries sells 500 million euros of bonds",
    text="Vantro Industries sold 500 million euros of bonds on Tuesday, priced about 0.3 percentage points below "
         "the level it had first offered, chairman Lucia Benz said. Shares fell 3% in Frankfurt. Output rose in "
         "the third quarter, the company said. SoftBank, an investor in the warehouse startup Pickwell, bought "
         "some of the bonds.")


@pytest.mark.parametrize("fragment", [
    "Vantro's chairman Lucia Benz",                          # eval13, passed before this round
    "0.2 percentage points below level",                     # eval13, passed before this round
    "SoftBank, the warehouse automation startup.",           # first set, passed before this round
    "180 billion yen in the initial public offering.",       # eval6 raw answers
    "1.1 trillion yen.",
    "20,000 accelerators.",
    "The largest in Tokyo this year.",
    "Chairman Lucia Benz, a former central banker.",
])
def test_a_fragment_with_no_verb_is_verbless(fragment):
    assert verbless(fragment)


@pytest.mark.parametrize("sentence", [
    "Shares fell 3%.",
    "Output rose.",
    "Profits doubled.",
    "Vantro plans a new plant.",
    "Regulators reject Kestrel and Dunmore bank merger",       # base form after a plural subject
    "They beat 150 handlers over three days.",                 # any word after a subject pronoun
    "Each wears a GPS collar.",
    "Sona-3 transcribes 15 more languages than its predecessor.",
    "The new record beats the old one by 382 kites.",
    "A fire broke out at the plant late on Sunday.",
    "The two reports differ on the size of the round.",
    "Revenue up 12% to $3 billion.",                           # a figure's predicate ("up", "down") counts
    "Watch for Vantro's results on 12 May.",                   # a what-to-watch line
    "It's the third bond sale this year.",
    "Aldgate Re prices $450 million Florida hurricane cat bond",
])
def test_a_sentence_with_a_verb_is_not(sentence):
    assert not verbless(sentence)


@pytest.mark.parametrize("fragment", ["Vantro's chairman Lucia Benz", "0.3 percentage points below level",
                                      "SoftBank, the warehouse automation startup."])
def test_a_verbless_fragment_naming_its_source_never_passes(fragment):
    v = verdict(fragment, BONDS)
    assert not v.ok and VERBLESS_WHY in v.details


@pytest.mark.parametrize("sentence", ["Shares fell 3%.", "Output rose in the third quarter.",
                                      "Chairman Lucia Benz said Vantro sold 500 million euros of bonds."])
def test_short_faithful_sentences_with_a_verb_still_pass(sentence):
    assert verdict(sentence, BONDS).ok


def test_a_headline_may_be_verbless():
    v = verdict("Vantro's 500 million euro bond sale", BONDS, headline=True)
    assert VERBLESS_WHY not in v.details
    assert VERBLESS_WHY in verdict("Vantro's 500 million euro bond sale", BONDS).details


def test_a_computed_fact_about_the_coverage_may_be_verbless():
    # the offline writer's signal text ends on one; its counts and outlets are blanked before support is judged
    assert VERBLESS_WHY not in verdict("Evidence: one story from one outlet.", BONDS).details


def test_an_analysis_sentence_in_prose_needs_a_verb_and_a_computed_title_does_not():
    facts = ["Vantro Industries sold 500 million euros of bonds.", "Shares fell 3%."]
    fragment = "Vantro Industries' bond sale and the fall of its shares"
    assert VERBLESS_WHY in check_analysis(fragment, facts, prose=True)[1]
    assert VERBLESS_WHY not in check_analysis(fragment, facts)[1]
    assert VERBLESS_WHY not in check_analysis("Vantro Industries sold bonds as its shares fell.", facts,
                                              prose=True)[1]


def test_the_page_drops_a_verbless_bullet_and_keeps_a_verbless_headline():
    from topline.check import verify_page
    from topline.records import CategoryPage, Development, Paragraph, TopLineItem
    from tests.check.helpers import cite

    c = cite(BONDS)
    page = CategoryPage("Markets", "markets", (TopLineItem("Vantro's chairman Lucia Benz", "s1", c),
                                               TopLineItem("Shares fell 3% in Frankfurt.", "s1", c)),
                        (Development("s1", "Vantro Industries' 500 million euro bond sale",
                                     (Paragraph("0.3 percentage points below level. Output rose in the third quarter.",
                                                c),)),), ())
    out, report = verify_page(page, {BONDS.url: BONDS})
    assert [t.text for t in out.top_line] == ["Shares fell 3% in Frankfurt."]
    dev = out.key_developments[0]
    assert dev.headline == "Vantro Industries' 500 million euro bond sale" and report.replaced == 0
    assert dev.paragraphs[0].text == "Output rose in the third quarter."
    assert sorted(d.text for d in report.drops) == ["0.3 percentage points below level.", "Vantro's chairman Lucia Benz"]
