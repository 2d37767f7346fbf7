"""Openings of a company's sites as capital spending (events19): "Kaveri Bank will open 600 new branches over the next
two years", "German discounter Grunpreis will open 150 more stores in Britain", "The company will open 15 larger stores
in 2027". Read on eval-fin and eval-retail, whose golds make a programme of openings the build-out of the company that
pays for the sites (capacity the count, the amount where a sentence gives it). A sentence that names a sum is read by
the capital-spending rule; this one reads the count of sites to come, so the company's event gets its capacity. An
opening already done ("opened 61 stores in the nine months") is a result, not a build-out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from topline.enrich.entities import canonical_entity
from topline.events.clauses import Context, in_relative
from topline.events.spans import Raw, Span, _field, _places

_OPEN = re.compile(
    r"\b(?:open|opening)\s+"
    r"(?P<count>(?:(?:about|around|roughly|nearly|some|more than|up to|another|a further|over)\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|hundreds of))\s+"
    r"(?:(?:more|new|additional|larger|smaller|further)\s+){0,2}"
    r"(?:[A-Z][\w.]*\s+)?"
    r"(?P<noun>stores|shops|restaurants|outlets|branches|hotels|plants|factories|warehouses|cafes|clinics|pharmacies|"
    r"depots|showrooms|supermarkets|bakeries|cinemas|gyms|data cent(?:er|re)s)\b"
)
# the opening is to come: "will open", "plans to open", "is to open", "by opening", "is opening"
_TO_COME = re.compile(
    r"\b(?:will|would|shall|to|is|are|by|plans?|planning|aims?)\s+(?:(?:also|now|then|soon)\s+)?$", re.IGNORECASE
)
_NOT_ITS_ACT = re.compile(r"\b(?:no plans?|not|never|could|might|may)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def opening(s: str, spans: Sequence[Span], ctx: Context | None, subject: Callable[[int], Span | None]) -> Raw | None:
    """The build-out of a company opening a counted number of sites, or None. ``subject(at)`` is the name that acts
    at the verb's offset (the extractor's subject rule)."""
    m = _OPEN.search(s)
    if (
        m is None
        or not _TO_COME.search(s[: m.start()])
        or _NOT_ITS_ACT.search(s[: m.start()])
        or in_relative(s, m.start())
    ):
        return None
    who = subject(m.start())
    if who is None:
        return None
    text = s[m.start("count") : m.end()]
    value = f"{m.group('count')} {m.group('noun')}"
    fields = [_field("company", who.value, who.text), _field("capacity", value, text)]
    # where: a place after "in" past the sites' noun ("150 more stores in Britain")
    where = next(
        (
            p
            for p in _places(s)
            if p.start >= m.end()
            and p.text != who.text
            and re.fullmatch(r"\s+(?:[\w,-]+\s+){0,6}?in\s+(?:the\s+)?", s[m.end() : p.start])
        ),
        None,
    )
    if where is not None:
        fields.append(_field("place", where.text, where.text))
    return Raw("capex", tuple(fields), canonical_entity(who.value))
