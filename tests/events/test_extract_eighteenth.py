"""Incidents (issue 12, events18), each rule tested on sentences written for it (none taken from a corpus), with a
sentence that must not yield the field:

1. an incident whose sentence names no organisation takes the site's builder or operator named in another sentence
   of its article, cited from that sentence;
2. a name told as where an incident happened ("on the Iberian Peninsula", "nearby Boron", "the Valparaiso region") is
   no organisation of it."""

import re

from topline.events.extract import article_statements
from topline.events.operators import nearest_operator, site_operators

from tests.events.sentence_helpers import article, sentence_fields as _events


_article = article   # one wire article of DAY (sentence_helpers)


def _incidents(text: str) -> list[tuple[dict, dict]]:
    """Each incident statement of the article: ({field: value}, {field: the sentence it is cited from})."""
    common = frozenset(re.findall(r"(?<![\w'.-])[a-z][a-z-]+", text))
    said, _ = article_statements(_article(text), common)
    return [({n: v for n, v, _ in r.fields}, dict(r.cited)) for r, _ in said if r.type == "incident"]


def test_a_site_operator_named_later_is_the_incidents_organisation():
    got = _incidents(
        "Part of a warehouse under construction collapsed on Tuesday near Leeds, trapping four workers. "
        "Rescuers reached them after three hours. "
        "The warehouse was being built by Thornaby Civils, a regional contractor."
    )
    assert got[0][0]["organisation"] == "Thornaby Civils"
    assert got[0][0]["kind"] == "collapse"
    # cited from the sentence that names it, whose words it is (grounded)
    assert got[0][1]["organisation"].startswith("The warehouse was being built by Thornaby Civils")
    got = _incidents(
        "A fire broke out on Wednesday at a battery storage plant in Nevada, forcing 300 residents to leave. "
        "The contractor, Redfern Energy Services, declined to comment."
    )
    assert got[0][0]["organisation"] == "Redfern Energy Services"
    got = _incidents(
        "A fire broke out on Wednesday aboard a bulk carrier in the Red Sea. "
        "The ship, operated by Greek-Cypriot shipowner Kalliston Maritime, was sailing to Jeddah."
    )
    assert got[0][0]["organisation"] == "Kalliston Maritime"  # not the adjective before it


def test_no_operator_no_organisation_from_another_sentence():
    # an article that names nobody as a site's builder or operator gives the incident no organisation from elsewhere
    assert (
        _incidents(
            "A fire broke out on Wednesday at a battery storage plant in Nevada. "
            "Shares of Redfern Energy Services fell 3% on Thursday."
        )
        == []
    )
    # a firm named only as approving something is no operator
    assert site_operators(["The plan was approved by Swiss regulator Finma."], frozenset({"plan", "regulator"})) == ()


def test_the_nearest_operator_wins():
    ops = ((1, "Alder Works", "s1"), (6, "Brant Builders", "s6"))
    assert nearest_operator(ops, 2) == ("Alder Works", "s1")
    assert nearest_operator(ops, 5) == ("Brant Builders", "s6")
    assert nearest_operator((), 3) is None


def test_a_name_told_as_a_place_is_no_organisation():
    s = "The blackout on the Kelmar Peninsula left 2 million people without power."
    assert [e.get("organisation") for e in _events(s, "incident")] in ([], [None])
    s = "Residents of nearby Tolworth have raised concerns about fire risk at the plant."
    assert [e.get("organisation") for e in _events(s, "incident")] in ([], [None])
    # a firm after "at" is still the organisation
    s = "An outage at Harlan Cloud knocked services offline for about six hours."
    assert _events(s, "incident")[0]["organisation"] == ["Harlan Cloud"]
