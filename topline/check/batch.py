"""Parses made ready in one batch for sentences about to be checked (issue 14, speed34).

The support check parses each sentence it is given (the claim, ``parse.swap_problem``) and the cited sentences that
may assert one of its verbs, one ``nlp.pipe`` call each, as the writer tries its candidates one at a time: two
calls of one or two sentences per candidate, where one call of many sentences costs a fraction of as many calls
(citime24: 704 claims in one call 1.34 CPU s, one by one 3.52 s, the same parses). ``prefetch`` takes the
sentences a writer is about to check with their citations and parses, in one batch, the claim each will hand the
support check (``sentence.support_claim``), then, in a second batch, the cited sentences ``swap_problem`` will read
for them (``parse.swap_sentences``), into the parse's cache (``parse.PARSE_CACHE`` sentences, least recently used
dropped). The checks then find their parses there.

Nothing is decided here: a verdict is computed as before, by ``check_sentence``, from the same parses (a sentence's
parse does not depend on the batch it is parsed in: tests/check/test_batch.py), so a sentence prefetched and never
checked costs its parse and nothing else, and one checked without a prefetch is parsed as before. Without the
parse extra it does nothing.
"""
from __future__ import annotations

from typing import Iterable, Mapping, Sequence

from topline.check import parse
from topline.records import Article, Citation

BATCHES = [0, 0]   # (prefetch calls, sentences handed to them): what tests and benchmarks read


def prefetch(sentences: Iterable[tuple[str, Sequence[Citation]]], articles: Mapping[str, Article]) -> int:
    """Parse, in two batches, what checking each (text, citations) against ``articles`` will parse: its claim, and
    the cited sentences the claim's acting verbs may be asserted in. Returns the count of claims."""
    if not parse.available():
        return 0
    from topline.check.sentence import support_claim
    wanted = [got for text, cites in sentences if (got := support_claim(text, cites, articles)) is not None]
    if not wanted:
        return 0
    BATCHES[0] += 1
    BATCHES[1] += len(wanted)
    parse.warm(dict.fromkeys(claim for claim, _ in wanted))
    cited: dict[str, None] = {}
    for claim, docs in wanted:
        ms = parse.acting(claim)
        if ms:
            cited.update(dict.fromkeys(parse.swap_sentences(ms, [s for d in docs for s in d.sentences],
                                                            parse.verb_match)))
    parse.warm(cited)
    return len(wanted)
