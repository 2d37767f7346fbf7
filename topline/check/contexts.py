"""A figure stated in the cited passage with other words around it (support26 of the claim-support check, issue 10).

The figure rule (``figures.check_figures``) finds a claim figure's VALUE in an anchored passage and then asks the
words around it on both sides to say the same quantity (the context words, the source figure's clause, what the
amount is "of", a part against a whole, another route). Where the value is there and those words disagree, the
figure is not "not stated": it is stated of something else, or its context was reworded. The reason says so and
quotes the clause that states the value, so that a reader (and the next round) can tell a wrong quantity from a
rewording.
"""
from __future__ import annotations

from typing import Sequence

from topline.check.clauses import clause_bounds
from topline.check.directions import roots
from topline.check.figured import find_figure, moved
from topline.check.evidence import Doc, content_stems, stem
from topline.records import Figure

QUOTE_CHARS = 90     # longest clause quoted in a reason (cut at a word, an ellipsis added)


def _source_span(sentence: str, g: Figure) -> tuple[int, int] | None:
    at = find_figure(sentence, g.text)
    return None if at < 0 else (at, at + len(g.text))


def stated_clause(d: Doc, j: int) -> str:
    """The clause of the cited sentence that states figure ``j`` of ``d`` (the whole sentence when the figure's text
    is not found as written), cut to ``QUOTE_CHARS``."""
    i, g = d.figures[j]
    sentence = d.sentences[i]
    span = _source_span(sentence, g)
    text = sentence if span is None else sentence[slice(*clause_bounds(sentence, *span))]
    text = text.strip(" ,;:.")
    if len(text) > QUOTE_CHARS:
        text = text[:QUOTE_CHARS - 1].rsplit(" ", 1)[0] + "\u2026"
    return text


def mismatch_detail(code: str, f: Figure, loose: Sequence[tuple[int, int]], docs: Sequence[Doc]) -> str:
    """The reason for a claim figure whose value an anchored cited passage states with other context words:
    "number: '13.99 dollars' is stated in the cited articles but in another context: 'taking it to ...'"."""
    k, j = loose[0]
    return (f"{code}: {f.text!r} is stated in the cited articles but in another context: "
            f"{stated_clause(docs[k], j)!r}")


# --- the same movement told with another verb (support26) ----------------------------------------------------------
# The figure rule asks ``figures.CONTEXT_SHARED`` words in common around a bare number, quantity or percentage. A
# rewrite that keeps the movement a figure is the size of and tells it with another verb ("gained 3%" / "rose 3%",
# "dropped 3.1%" / "fell 3.1%", "grew 1.2%" / "rose 1.2%") shares one word fewer: the verb right before the figure
# moves the quantity the same way on both sides, by the poles of ``directions`` (a movement root, "up"/"down"), so
# the two verbs count as one word in common when the claim names what the source says moved (``_subject_told``).
# The same verb on both sides is already a word in common and counts once. (Measured and not kept: the noun right
# after a bare count, "Fifty-two pairs" on both sides, and the preposition before a year, "since 2018": each cleared
# as many faithful rows as it released planted errors over the twenty-four parts.)
SUBJECT_WORDS = 2    # content words before a source's movement word that say what moved (at 1, "revenue" of
                     # "Subscription revenue grew 21%" passed a planted move of the figure to all revenue)


def _subject_told(sentence: str, at: int, claim_stems: frozenset[str]) -> bool:
    """Whether the words right before the source's movement word (up to ``SUBJECT_WORDS`` content words within its
    clause: what moved, "Subscription revenue grew", "The shares rose") are all words of the claim: the claim then
    leaves out nothing that says WHICH quantity moved ("Nethra's revenue rose 21%" is not "Subscription revenue grew
    21%", eval18's planted n0094)."""
    left, _ = clause_bounds(sentence, at, at)
    words = content_stems(sentence[left:at])[-SUBJECT_WORDS:]
    return all(w in claim_stems for w in words)


def same_movement(f: Figure, claim: str, span: tuple[int, int] | None, d: Doc, j: int) -> bool:
    """Whether the claim's figure at ``claim[span]`` and figure ``j`` of ``d`` are moved the same way by two
    different movement words (see above)."""
    i, g = d.figures[j]
    sentence = d.sentences[i]
    where = _source_span(sentence, g)
    if span is None or where is None or f.kind not in ("percent", "number", "quantity", "money"):
        return False
    word, mine, _ = moved(claim, *span, after=False)
    theirs_word, theirs, at = moved(sentence, *where, after=False)
    return bool(mine) and mine == theirs and stem(word) != stem(theirs_word) and \
        not roots(word) & roots(theirs_word) and \
        _subject_told(sentence, at, frozenset(content_stems(claim)))  # "rose"/"rise": one word in common, counted once
