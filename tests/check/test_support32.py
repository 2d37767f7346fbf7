"""support32 (issue 10): two context words of a figure count as one when WordNet puts them in one synset
(``topline.check.synonyms``, ``topline/data/synonyms.tsv`` written by ``benchmarks/make_synonyms.py``). The phrases
are written for this file (not from the labelled set); converses and antonyms stay apart."""
from __future__ import annotations

from topline.check.evidence import content_stems, stem
from topline.check.figures import _same_context
from topline.check.synonyms import same_sense


def _ctx(text: str) -> frozenset[str]:
    return frozenset(content_stems(text))


def test_words_of_one_synset_are_one_word():
    for a, b in (("began", "started"), ("shut", "closed"), ("let", "allowed"), ("hired", "employs"),
                 ("wage", "pay"), ("purchased", "bought")):
        assert same_sense(stem(a), stem(b)), (a, b)


def test_converses_antonyms_and_rare_senses_stay_apart():
    # the planted errors' pairs: converses, antonyms, two sides of one account
    for a, b in (("exports", "imports"), ("profit", "revenue"), ("bought", "sold"), ("rose", "fell"),
                 ("opened", "closed"), ("hired", "fired"), ("began", "ended"),
                 ("grew", "rose")):          # one synset only in their sixth sense ("originate"): not listed
        assert not same_sense(stem(a), stem(b)), (a, b)
    assert not same_sense(stem("harbour"), stem("harbour"))     # the same stem is the figure rule's own match


def test_a_figure_restated_with_a_synonym_keeps_its_context():
    source = _ctx("the Pellby factory will close, about 7% of")
    assert _same_context(_ctx("shut the Pellby works, 7%"), source)          # "Pellby" and "shut"/"close"
    # another act, a converse, or another place is still another context
    assert not _same_context(_ctx("open the Pellby works, 7%"), source)
    assert not _same_context(_ctx("sold the Pellby works, 7%"), _ctx("the Pellby factory was bought, about 7% of"))
    assert not _same_context(_ctx("shut the Ardley works, 7%"), source)
