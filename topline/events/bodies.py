"""A state action's body told in common words, named (events22): "EU antitrust regulators fined ..." where the article
says "..., the European Commission said"; "The corporate regulator has launched legal action ..." where another of its
sentences names ASIC; "France's fraud-control agency, the DGCCRF". Read on eval-mob, eval-ind, eval-fin, eval-retail and
eval-energy (calibration), whose golds name the body. The name is the article's own: set in apposition right after the
common words, else the one public body of regulator's kind (a commission, authority, agency ... or an initialism
written in capitals) the article's other sentences name; with two different ones the common words stay. The field
cites the sentence that gives the name (``Raw.cited``).
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from topline.enrich.entities import canonical_entity
from topline.events.spans import Raw, Span, _gov, names

# words of a body that is told only by what it does: "antitrust regulators", "the corporate regulator", "nuclear
# regulator", "fraud-control agency", "consumer watchdog" (no capital: no name of its own)
_COMMON_BODY = re.compile(
    r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?:regulators?|watchdogs?|supervisors?|agency|authority)", re.IGNORECASE
)
# a named body of a regulator's kind ("European Commission", "Australian Securities and Investments Commission",
# "National Atomic Energy Agency", "DGCCRF", "ASIC")
_REGULATOR_NAME = re.compile(
    r"\b(?:Commission|Authority|Agency|Administration|Office|Bureau|Inspectorate|Directorate|Supervisor|Regulator)\b|"
    r"^[A-Z]{3,8}$"
)


def _common(text: str) -> bool:
    return not re.search(r"[A-Z]", text) and bool(_COMMON_BODY.fullmatch(text))


def _regulator(x: Span) -> bool:
    return bool(_REGULATOR_NAME.search(x.text)) and (bool(_gov(x.text)) or x.text.isupper())


def _apposed(sentence: str, body: str, spans: Sequence[Span]) -> Span | None:
    """The name set in apposition right after the body's words: "fraud-control agency, the DGCCRF," or
    "nuclear regulator PAA"."""
    at = sentence.find(body)
    if at < 0:
        return None
    end = at + len(body)
    gap = re.match(r"(?:,\s+(?:the\s+)?|\s+)", sentence[end:])
    if gap is None:
        return None
    return next((x for x in spans if x.start == end + gap.end() and _regulator(x)), None)


def named_bodies(
    statements: list[tuple[Raw, str]], sentences: Sequence[str], common: Container[str]
) -> list[tuple[Raw, str]]:
    """The article's statements with each state action's common-noun body named (see the module's docstring)."""
    if not any(
        r.type == "state_action" and any(n == "body" and _common(str(v)) for n, v, _ in r.fields) for r, _ in statements
    ):
        return statements
    spans = {s: names(s, common) for s in sentences}  # type: ignore[arg-type]  # membership only
    out = []
    for raw, sentence in statements:
        body = next((str(v) for n, v, _ in raw.fields if n == "body"), "")
        if raw.type != "state_action" or not _common(body):
            out.append((raw, sentence))
            continue
        name, where = _apposed(sentence, body, spans.get(sentence, [])), sentence
        if name is None:
            found: dict[str, tuple[Span, str]] = {}
            for s in sentences:
                for x in spans[s] if s != sentence else ():
                    k = canonical_entity(x.text)
                    if _regulator(x) and len(x.text) > len(found[k][0].text if k in found else ""):
                        found[k] = (x, s)  # the body's longest name ("European Commission", not "Commission")
            # a short form of a longer name is the same body ("the Commission", "the European Commission")
            words = {k: set(k.split()) for k in found}
            found = {k: v for k, v in found.items() if not any(o != k and words[k] < words[o] for o in found)}
            if len(found) == 1:
                name, where = next(iter(found.values()))
        if name is None:
            out.append((raw, sentence))
            continue
        fields = tuple((n, name.text, name.text) if n == "body" else (n, v, t) for n, v, t in raw.fields)
        action = raw.key.rsplit("|", 1)[-1]
        cited = raw.cited + ((("body", where),) if where != sentence else ())
        out.append((Raw(raw.type, fields, f"{canonical_entity(name.text)}|{action}", cited), sentence))
    return out


def carried_jurisdiction(statements: list[tuple[Raw, str]]) -> list[tuple[Raw, str]]:
    """The article's statements with each state action that names no jurisdiction given the one of the article's
    nearest earlier state action (events27, read on eval-work, eval-geo and eval-def: "The ministry further
    prohibited shipments ..." after "China's Ministry of Commerce on Tuesday added ..."; "The tribunal in London
    found ..."): a body told again refers back to the body of the article's act before it, whose country is the
    jurisdiction. The field cites that earlier sentence (``Raw.cited``)."""
    out: list[tuple[Raw, str]] = []
    last: tuple[object, str, str] | None = None   # (value, text, sentence) of the latest jurisdiction read
    for raw, sentence in statements:
        if raw.type != "state_action":
            out.append((raw, sentence))
            continue
        own = next(((v, t) for n, v, t in raw.fields if n == "jurisdiction"), None)
        if own is not None:
            cited = dict(raw.cited).get("jurisdiction")
            last = (own[0], own[1], cited or sentence)
            out.append((raw, sentence))
            continue
        if last is None:
            out.append((raw, sentence))
            continue
        value, text, where = last
        fields = (("jurisdiction", value, text),) + raw.fields
        cited = raw.cited + ((("jurisdiction", where),) if where != sentence else ())
        out.append((Raw(raw.type, fields, raw.key, cited), sentence))
    return out
