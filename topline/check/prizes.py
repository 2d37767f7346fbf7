"""Reading: to take a title, a class or a prize is to win it (support38, issue 10 item 6; ``acts.frame_problem`` and
``support.assess``'s substitution check ask here before they reject).

Sport and contest reports say "X took the women's title", "took the senior show jumping class", "took the doubles
title" where the article says X "won" it. The role frames compare verbs by lemma, so "took" is not "won": "the
cited articles do not have 'Bryony Haskett' as who 'took'" (eval26's kc0305, kc0277, kc0417; eval27's kd0373; eval6's
z0321), and the substitution rule read "took" in the slot of "won" (eval20's q0435). No planted row of the thirty
calibration parts says "took the title" (a wrong winner is planted with "won" and stays a role problem).

``as_won`` rewrites "took" (take, takes, taking, taken) followed within ``PRIZE_REACH`` words by a prize noun as
"won" (win, wins, winning, won). The frame rules (``acts.frame_problem``: the role frames, the converse rule) read
the claim so rewritten, and as written too where a cited sentence itself "takes" a title ("Haskett and Quint take
national timber sports titles"); they reject only when every reading fails. A faithful "took the women's title" is
the cited "won the women's title", and a planted "Y took the women's title" where X won it, which passed the frames
before (no cited frame has "took"), is now rejected as "Y won" is. The substitution rule keeps its rejection only
when the claim fails both as written and so rewritten. "took the title of chief executive" (a job), "took part" and
"took place" are not rewritten.
"""
from __future__ import annotations

import re

PRIZE_REACH = 5   # words between "took" and the prize noun ("took the senior show jumping class"; set on kc0417)
_PRIZES = r"(?:title|titles|crown|prize|prizes|class|cup|trophy|championship|gold|medal|award|singles|doubles|pairs)"
_TOOK = re.compile(rf"\b(?P<verb>took|take|takes|taking|taken)\b(?!\s+(?:part|place)\b)"
                   rf"(?=(?:\s+[\w'’-]+){{0,{PRIZE_REACH}}}?\s+"
                   rf"{_PRIZES}\b(?!\s+of\b))", re.IGNORECASE)
_WON = {"took": "won", "take": "win", "takes": "wins", "taking": "winning", "taken": "won"}


def as_won(claim: str) -> str:
    """``claim`` with each "took ... title/class/prize" read as "won ... title/class/prize"."""
    def won(m: re.Match) -> str:
        w = _WON[m.group("verb").lower()]
        return w.capitalize() if m.group("verb")[0].isupper() else w
    return _TOOK.sub(won, claim)
