"""The offline writer's view of ``topline.events.compare`` (claims, conflicts, names, links, novelty moved to the
events stage, issue 12), with the outlet names the citation checker knows."""
from __future__ import annotations

from topline.events import compare as _compare
from topline.events.compare import (CENTRAL_SHARE, CONFLICT_KINDS, LINK_KINDS, LINK_MAX_SHARE, Claim,  # noqa: F401
                                    Conflict, Link, as_date, central, claims, conflicts, last_edition, links,
                                    new_articles, story_names)


def outlet_names(articles) -> frozenset[str]:  # noqa: ANN001 - Iterable[Article]
    """Canonical forms of every outlet name: the edition's sources and the outlets the checker knows."""
    from topline.check.evidence import outlet_spellings
    aliases: dict[str, tuple[str, ...]] = {}
    for spelling, canon in outlet_spellings().items():
        aliases[canon] = aliases.get(canon, ()) + (spelling,)
    return _compare.outlet_names(articles, aliases)
