"""Reading: a non-restrictive relative clause set off by commas ("Tulliver, who also won last year, said ...") is
a description of the name before it, not the sentence's act (support38, issue 10 item 6; ``acts.frame_problem`` asks
here before it rejects).

The role frames of ``topline.check.roles`` read a claim's agents and acts word by word. A relative clause between a
name and its verb misleads them: its own verb is read as an act the cited articles must give that name in the same
words ("Luka Hren, who finished fourth in the Tour of Vessland, moves up to third": "the cited articles do not have
'Luka Hren' as who 'finished'", where the article says "Hren, fourth in the Tour ..."), or the name inside it is read
as the main verb's agent ("Bramble Jack, whose owner is dairy farmer Blodwen Prewitt, won all three of his heats": "the
cited articles have 'Blodwen Prewitt', not 'Bramble Jack', 'won'"). On the thirty calibration parts the frame rule
rejected 10 faithful rows of this shape (8 of them for nothing else; eval9, eval14, eval15, eval18, eval20, eval25,
eval27) and one planted row, which four other rules reject.

``without_relatives`` drops such clauses; the frame rule gives way when the claim without them has no frame problem.
What the clause says is still read by the lexical share, the figure, date and name rules and the direction rules.
A restrictive relative (no comma: "the team that won last year") is part of what the claim names and stays.
"""
from __future__ import annotations

import re

# ", who ... ,", ", which ... ,", ", whose ... ,": up to the next comma, within one clause (no semicolon, no quote)
_RELATIVE = re.compile(r",\s+(?:who|which|whose)\s+[^,;\"“”]+,", re.IGNORECASE)


def without_relatives(claim: str) -> str:
    """``claim`` without its non-restrictive relative clauses (each set off by two commas)."""
    return _RELATIVE.sub("", claim)
