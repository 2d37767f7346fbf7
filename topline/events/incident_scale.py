"""An incident's fields once its organisation is known: the organisation, the kind its word names and its scale (the
people it harmed, else what it affected, else how long it lasted). Moved from ``extract._incident`` (events18) so an
incident whose organisation is named in another sentence (``operators``) is read the same way, and to keep
``extract`` under the size the developers' guide asks for."""

from __future__ import annotations

import re

from topline.events.casualties import affected, casualties
from topline.events.incidents import _kind, year_like
from topline.events.spans import Fig, _field

_DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})


def incident_fields(s: str, m: re.Match, figs: list[Fig], org: str, text: str | None = None) -> tuple:
    """An incident's organisation (``text`` its words in ``s``; None: named in another sentence), kind and scale."""
    fields = [
        _field("organisation", org, org if text is None else text),
        _field("kind", _kind(m.group("kind")), m.group("kind")),
    ]
    scale = next(
        (
            f
            for f in figs
            if f.figure.kind in ("quantity", "money", "number")
            and f.figure.unit not in _DURATION_UNITS
            and (f.figure.kind != "number" or f.figure.value >= 1000)
            and not year_like(f.figure)
            and not re.match(r"-?(?:year|month|week|day)", s[f.end : f.end + 6])
        ),
        None,
    )
    if scale is None:  # "knocked services offline for about nine hours": how long it lasted (fourteenth pass)
        scale = next(
            (
                f
                for f in figs
                if f.figure.kind == "quantity"
                and f.figure.unit in _LASTED_UNITS
                and "-" not in f.figure.text
                and _LASTED.search(s[: f.start])
            ),
            None,
        )
    harmed = casualties(s, figs) or affected(s, figs)  # the people it harmed (events17) or reached (events24),
    # before any other count
    if harmed:
        fields.append(_field("scale", harmed[0], harmed[1]))
    elif scale:
        fields.append(_field("scale", scale.figure.text, scale.figure.text))
    return tuple(fields)


# How long an incident lasted, when the sentence counts nothing it affected (fourteenth pass, read on eval-ai3, eval-fin,
# eval-tmt, eval-trade, eval-mob, whose gold gives an outage's or a closure's length as its scale): hours, minutes or
# seconds after "for", "about", "up to", "more than" (not "a 48-hour strike", an adjective, nor "within two hours").
_LASTED_UNITS = frozenset({"hour", "minute", "second"})
_LASTED = re.compile(r"\b(?:for|about|around|roughly|nearly|some|up to|more than|over|almost|as long as)\s+$")
