"""A craft lost as an incident (issue 12, events29): a rocket that failed, a satellite or lander lost, written off or
declared a total loss, a launch called off. The craft nouns are WordNet 3.0's (``topline/data/craft.tsv``, written once
by ``benchmarks/make_craft_nouns.py``: a lemma whose first common-noun sense lies under craft, rocket or artificial
satellite), not the corpora's words. The incident befalls the craft's owner, read from the clause:

- the craft is the subject of a verb of failure ("A Corvale Launch Auberlin-2 rocket failed to reach orbit", "A small
  rocket built by Polarith Space failed 74 seconds after lifting off", "An Earth observation satellite operated by
  Celandine began tumbling"): the owner is the agent after "built by", "operated by", "owned by", else the name that
  modifies the craft noun or owns it ("X's rocket");
- the owner is the subject and the craft its own object ("lost contact with its lander", "declared its satellite a
  total loss", "wrote off its satellite", "scrubbed the fourth flight of its rocket").
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources

from topline.enrich.entities import canonical_entity
from topline.events.clauses import Context, background
from topline.events.incident_scale import incident_fields
from topline.events.spans import Fig, Raw, Span, _gov, actors


@lru_cache(maxsize=1)
def craft_nouns() -> dict[str, str]:
    """Each craft noun (lower case) and its root ("craft", "rocket", "satellite"); "launch" (a motorboat in WordNet) is
    the event's own noun here, never the craft."""
    text = resources.files("topline.data").joinpath("craft.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {noun: root for noun, root in rows if noun != "launch"}


@lru_cache(maxsize=1)
def _craft_words() -> str:
    nouns = sorted(craft_nouns(), key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") + "(?:e?s)?" for n in nouns)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    craft = rf"(?P<craft>{_craft_words()})"
    # the craft as the subject of a verb of failure, past an agent phrase ("built by Norwegian start-up Polarith Space")
    failed = re.compile(
        rf"\b{craft}\s+(?:(?:built|operated|owned|made|run)\s+by\s+(?P<agent>(?:[\w'\u2019.&-]+\s+){{1,6}}?))?"
        r"(?:has\s+|had\s+|have\s+)?(?P<kind>failed|exploded|blew up|crashed|broke up|went silent|began tumbling|"
        r"started tumbling|was destroyed|were destroyed|was lost|were lost)\b")
    # the owner's act on its own craft ("lost contact with two of its 22 radar satellites")
    own = re.compile(
        r"\b(?P<kind>lost (?:contact|communication|communications|control) with|declared|wrote off|has written off|"
        r"scrubbed|called off|aborted)\s+(?P<object>(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|maiden|"
        r"debut|next|[\w-]+th)\s+)?(?:(?:launch|flight|liftoff|lift-off|mission)\s+of\s+)?"
        r"(?:(?:one|two|three|four|five|\d+)\s+of\s+)?(?:its|their)\s+(?:[\w'\u2019.,-]+\s+){0,4}?)"
        rf"{craft}\b(?P<after>\s+(?:a\s+)?(?:total\s+)?loss)?")
    return failed, own


_OWNER_BEFORE = re.compile(r"(?:^|\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+)(?:[a-z][\w-]*\s+){0,3}$")
_DESIGNATION = re.compile(r"\s+\S*\d\S*$")   # "Corvale Launch Auberlin-2": the craft's designation, not its owner
_NOT_DONE = re.compile(r"\b(?:could|would|might|may|if|whether|unless|risk of|not|never|no)\s+(?:[\w-]+\s+){0,3}$",
                       re.IGNORECASE)


def _kind(verb: str, craft: str, launched: bool, after: str) -> str | None:
    """What happened, in words: a launch vehicle failed (a launch failure), a craft lost, written off or declared a
    total loss, a flight called off (a launch scrub)."""
    v = verb.lower()
    noun = craft.lower()
    root = craft_nouns().get(noun) or craft_nouns().get(re.sub(r"e?s$", "", noun), "")
    if v == "failed":
        return "launch failure" if root == "rocket" and "missile" not in noun else "failure"
    if v in ("exploded", "blew up"):
        return "explosion"
    if v in ("crashed", "broke up"):
        return "crash"
    if "tumbling" in v:
        return "loss of control"
    if v.startswith("lost"):
        return "loss of contact"
    if v == "declared":
        return "total loss" if after else None
    if "off" in v and "wr" in v:
        return f"{re.sub(r'e?s$', '', noun)} written off"
    if v in ("scrubbed", "called off", "aborted"):
        return "launch scrub" if launched else None
    return "loss"


def _owner(s: str, m: re.Match[str], spans: Sequence[Span]) -> Span | None:
    """The craft's owner when the craft is the subject: the agent after "built by", else the name inside its noun
    phrase (its designation cut) or the name that owns it ("Selenic Lander Co.'s lunar lander")."""
    if m.group("agent"):
        at = m.start("agent")
        return next((x for x in spans if at <= x.start < m.end("agent")), None)
    inside = [x for x in spans if x.end <= m.start("craft") and _OWNER_BEFORE.search(s[:x.start])
              and re.fullmatch(r"(?:['\u2019]s)?\s+(?:[a-z][\w-]*\s+){0,3}", s[x.end:m.start("craft")])]
    if not inside:
        return None
    x = inside[-1]
    cut = _DESIGNATION.search(x.text)
    return Span(x.text[:cut.start()], x.start, x.start + cut.start()) if cut and " " in x.text else x


def craft_loss(s: str, spans: Sequence[Span], figs: list[Fig], ctx: Context | None,
               subject: Callable[[int], Span | None]) -> Raw | None:
    """The incident of a craft lost or failed in ``s``, or None. ``subject(at)`` is the name that acts at an offset."""
    failed, own = _patterns()
    lost = list(failed.finditer(s))
    if lost:   # (read only where a craft failed: the names cost more than the search, issue 14)
        spans = actors(spans, s)   # no place, nationality or titled person owns a craft ("built by ... start-up X")
    for m in lost:
        if _NOT_DONE.search(s[:m.start()]) or background(s, m, ctx):
            continue
        org = _owner(s, m, spans)
        kind = _kind(m.group("kind"), m.group("craft"), True, "")
        if org is not None and kind and not _gov(org.text):
            return _raw(s, m, figs, org, kind)
    for m in own.finditer(s):
        if _NOT_DONE.search(s[:m.start()]) or background(s, m, ctx):
            continue
        launched = bool(re.search(r"\b(?:launch|flight|liftoff|lift-off|mission)\s+of\b", m.group("object")))
        kind = _kind(m.group("kind"), m.group("craft"), launched, m.group("after") or "")
        org = subject(m.start())
        if org is not None and kind and not _gov(org.text):
            return _raw(s, m, figs, org, kind)
    return None


_COUNT = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of)"


@lru_cache(maxsize=1)
def _lost_count() -> re.Pattern[str]:
    """Craft counted as what the loss took ("destroying 22 broadband satellites", "destroying the two small satellites
    it carried"): the incident's scale, before any other figure of the sentence (a time, an amount)."""
    return re.compile(rf"\b(?:destroying|destroyed|with the loss of|losing)\s+(?:the\s+|all\s+)?(?P<scale>{_COUNT}\s+"
                      rf"(?:[\w-]+\s+){{0,2}}?(?:{_craft_words()}))\b")


def _raw(s: str, m: re.Match[str], figs: list[Fig], org: Span, kind: str) -> Raw:
    fields = incident_fields(s, m, figs, org.value, org.text)
    fields = tuple(("kind", kind, m.group("kind")) if f[0] == "kind" else f for f in fields)
    lost = _lost_count().search(s)
    if lost is not None:
        fields = tuple(f for f in fields if f[0] != "scale") + (("scale", lost.group("scale"), lost.group("scale")),)
    return Raw("incident", fields, canonical_entity(org.value))
