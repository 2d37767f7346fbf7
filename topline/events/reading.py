"""Which sentences of an article the event ledger may read: never untrusted text addressed to a model, never page
furniture (a "Read more:" list of other stories' headlines, an author note). Split from ``extract`` (issue 12,
fourth pass) to keep each module under the size the developers' guide asks for."""
from __future__ import annotations

import functools
import re
import unicodedata

from topline.text import split_sentences

# Article text is untrusted: a sentence with markup, a link, an invisible character, a chat-role marker or words
# addressed to a model is never a source of an event or a watch item (it is skipped, not cleaned: a field must
# stay a verbatim span of its article).
_UNSAFE = re.compile(
    r"<[a-zA-Z/!|]|\[/?(?:INST|SYS)\]|https?:|\bwww\.|\b[a-z0-9-]+\.(?:com|net|org|io|example)/|"
    r"\b(?:ignore|disregard|forget|override)\s+(?:(?:all|any|the|your|of|these)\s+)*"
    r"(?:(?:previous|prior|above|earlier|preceding|other|system|original)\s+)?(?:instructions?|prompts?|rules)\b|"
    r"\byou\s+are\s+now\b|\bsystem\s+prompt\b|^\W*(?:system|assistant|user|developer)\s*:|"
    r"\b(?:as|attention|note\s+to)\s+(?:an?\s+|the\s+)?(?:ai|llm|language\s+model|assistant|chatbot)\s*[,:]",
    re.IGNORECASE)


_INVISIBLE = ("Cc", "Cf", "Co", "Cs")    # control, format (zero-width, bidi), private-use and surrogate characters


def safe(sentence: str) -> bool:
    if _UNSAFE.search(sentence):
        return False
    # issue 14: ``str.isprintable`` is False for every character of the four categories (and for a few more: other
    # spaces, line separators, unassigned code points), so a printable sentence has none of them, and only the
    # others are read character by character (this loop was a fifth of reading an article's evidence)
    if sentence.isprintable():
        return True
    return not any(unicodedata.category(ch) in _INVISIBLE for ch in sentence)


_ADDRESSED = re.compile(r"\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:instructions?|prompts?|rules)\b|"
                        r"\byou\s+are\s+now\b|<\|", re.IGNORECASE)


# Page furniture: a paragraph opened by one of these labels lists other stories' headlines ("Read more: X; Y; Z"),
# asks for a sign-up, or notes the author or a correction. Its sentences are not the article's reporting: a headline
# of another story read as a sentence gives that story's event to this one (cal-ai2: 55 of 106 rows carry such
# a list; each headline is a complete "X raises $6.5 billion" sentence).
_FURNITURE = re.compile(r"^\W*(?:Read (?:more|next|also)|Also read|Related(?: coverage| stories| articles| reading| "
                        r"content)?|More from us|More (?:on|about) this(?: story| topic)?|More coverage|See also|"
                        r"Further reading|Recommended(?: reading| for you)?|Most (?:read|popular)|Top stories|"
                        r"(?:The )?must-reads|You (?:may|might) also like|Don't miss|Sign up|Subscribe|"
                        r"About the author|Correction|Clarification)\s*:", re.IGNORECASE)


def furniture(paragraph: str) -> bool:
    """True for a paragraph of page furniture (see ``_FURNITURE``)."""
    return bool(_FURNITURE.match(paragraph))


# How many texts ``safe_sentences`` keeps (issue 14, scale15): the event ledger reads a candidate story's articles
# for their events, then at once for their watch items (day 9 of the 100k run: 2,024 articles read for events, 1,564
# for watch items, story by story), so the last thousand texts hold a story's. A text past the bound is split again
# (the same sentences), never misread.
TEXTS_KEPT = 1024


def safe_sentences(text: str) -> list[str]:
    """The sentences of ``text`` that may be read as sources, in order: unsafe ones are skipped, a paragraph of
    page furniture (a "Read more:" list of headlines, an author note) is skipped whole, and a sentence addressed
    to a model takes the rest of its paragraph with it (as the LLM writer's sanitiser does). Each caller gets its
    own list; the last ``TEXTS_KEPT`` texts' sentences are kept."""
    return list(_safe_sentences(text or ""))


@functools.lru_cache(maxsize=TEXTS_KEPT)
def _safe_sentences(text: str) -> tuple[str, ...]:
    out = []
    for para in re.split(r"\n", text):
        if furniture(para):
            continue
        for sentence in split_sentences(para):
            if _ADDRESSED.search(sentence):
                break
            if safe(sentence):
                out.append(sentence)
    return tuple(out)
