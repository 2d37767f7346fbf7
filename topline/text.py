"""Small text helpers shared by every stage: slugs, hashes, whitespace, sentence splitting."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_WS = re.compile(r"\s+")


def slugify(value: str) -> str:
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^a-zA-Z0-9]+", "-", value.lower()).strip("-")
    return value or "item"


def squash(value: str) -> str:
    """Collapse runs of whitespace to one space and strip."""
    return _WS.sub(" ", value or "").strip()


def content_hash(*parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update((p or "").encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:32]


# Abbreviations after which a full stop does not end a sentence (calibrated on the demo corpus and mmds2025-dev).
_ABBREV = {"mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "corp", "co", "ltd", "plc", "vs", "etc",
           "u.s", "u.k", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
           "nov", "dec", "no", "gov", "sen", "rep", "gen", "lt", "col", "capt", "mt", "ft", "approx", "dept",
           "est", "fig", "al"}
_SENT_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
# compiled once: split_sentences runs on every paragraph of every article (issue 14, scale34)
_PARAGRAPHS = re.compile(r"\n\s*\n|\r\n\s*\r\n|\n")
_ONE_LETTER = re.compile(r"[a-z]")
_DIGIT_DOT_END = re.compile(r"\d\.$")
_DIGIT = re.compile(r"\d")


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences. Paragraph breaks always end a sentence."""
    out: list[str] = []
    for para in _PARAGRAPHS.split(text or ""):
        para = squash(para)
        if not para:
            continue
        start = 0
        for m in _SENT_END.finditer(para):
            candidate = para[start:m.start()].rstrip()
            last = candidate.rsplit(" ", 1)[-1].rstrip(".").lower()
            if last in _ABBREV or _ONE_LETTER.fullmatch(last) or _DIGIT_DOT_END.search(candidate[-3:]) and \
                    _DIGIT.match(para[m.end():m.end() + 1] or ""):
                continue
            out.append(para[start:m.end()].strip())
            start = m.end()
        tail = para[start:].strip()
        if tail:
            out.append(tail)
    return [s for s in out if s]
