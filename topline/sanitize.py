"""Cleaning text on its way to the model (articles are untrusted data), to the checker (evidence is what the
model saw: ``topline.check.evidence`` and enrichment figures read ``clean_article_text``) and on its way back
(generated text).

Inbound, an article loses what a reader would not see or what could pass for an instruction: hidden HTML
elements, tags, zero-width and bidirectional control characters, chat-template role markers ("<|im_start|>",
"### System:", "assistant:" lines), sentences addressed to an AI ("ignore previous instructions"), URLs, and any
copy of the delimiters that fence the data block. Outbound, generated text loses links (markdown links keep
their words, bare URLs go), markdown emphasis, role markers and control characters: the only links an edition
carries are the citation URLs mapped from article ids.
"""
from __future__ import annotations

import html
import re
import unicodedata

from topline.text import split_sentences, squash

# Zero-width, invisible and bidirectional-control characters (Unicode category Cf covers most of them).
_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f]")
_HIDDEN_ELEMENT = re.compile(
    r"<(?P<tag>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|"
    r"\bhidden\b|aria-hidden\s*=\s*[\"']?true)[^>]*>.*?</(?P=tag)\s*>", re.IGNORECASE | re.DOTALL)
_SCRIPTLIKE = re.compile(r"<(script|style|template|noscript)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TAG = re.compile(r"</?[a-zA-Z][^>]{0,500}>")
_ROLE_TOKEN = re.compile(r"<\|[^|>]{0,40}\|>(?:\s*(?:system|user|assistant|developer)\b)?|\[/?(?:INST|SYS)\]|"
                         r"<</?SYS>>|</?(?:system|assistant|user|s)>", re.IGNORECASE)
_ROLE_BLOCK = re.compile(r"<\|im_start\|>.*?(?:<\|im_end\|>|\n\s*\n|\Z)|\[INST\].*?(?:\[/INST\]|\n\s*\n|\Z)|"
                         r"<<SYS>>.*?(?:<</SYS>>|\n\s*\n|\Z)|<\|start_header_id\|>.*?(?:<\|eot_id\|>|\n\s*\n|\Z)",
                         re.IGNORECASE | re.DOTALL)
_ROLE_PREFIX = re.compile(r"^\W*(?:system|assistant|user|developer)\s*:\s*", re.IGNORECASE)
_ROLE_LINE = re.compile(r"^\s*(?:#{1,6}\s*)?(?:system|assistant|user|developer|human|ai|instruction[s]?)"
                        r"\s*(?:prompt|message)?\s*:.*$", re.IGNORECASE | re.MULTILINE)
_URL = re.compile(r"(?:\b(?:https?|ftp|file|javascript|data):(?://)?|\bwww\.)[^\s<>\"')\]]+", re.IGNORECASE)
_BARE_DOMAIN_PATH = re.compile(r"\b[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S*", re.IGNORECASE)
_MD_LINK = re.compile(r"!?\[([^\]]{0,300})\]\([^)]{0,2000}\)")
_MD_REF = re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__|`+)")
_CALL_TO_ACTION = re.compile(r"^\W*(?:read|see|visit|click|follow|learn|find out|go to|check out|more at|"
                             r"sign up|subscribe|download|details)\b", re.IGNORECASE)
_DANGLING = re.compile(r"[\s,]+(?:or|and|at|on|via|from|here|see|visit|:)\s*([.!?])$", re.IGNORECASE)
# Sentences addressed to a language model rather than to a reader (prompt injection). Matched per sentence.
_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\s+(?:(?:all|any|the|your|of|these)\s+)*"
    r"(?:(?:previous|prior|above|earlier|preceding|other|system|original)\s+)?(?:instructions?|prompts?|rules)\b|"
    r"\byou\s+are\s+now\b|\b(?:new|updated|real)\s+(?:system\s+)?instructions?\s*:|\bsystem\s+prompt\s*:|"
    r"\b(?:as|attention|note\s+to)\s+(?:an?\s+|the\s+)?(?:ai|llm|language\s+model|assistant|chatbot)\s*[,:]",
    re.IGNORECASE)


def strip_invisible(text: str) -> str:
    text = _INVISIBLE.sub("", text)
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Co", "Cs"))


def strip_markup(text: str) -> str:
    """Remove hidden elements, scripts, comments and tags; unescape entities."""
    if "<" in text:
        text = _COMMENT.sub(" ", text)
        text = _SCRIPTLIKE.sub(" ", text)
        for _ in range(3):   # nested hidden elements
            new = _HIDDEN_ELEMENT.sub(" ", text)
            if new == text:
                break
            text = new
        text = _TAG.sub(" ", text)
    return html.unescape(text)


def strip_links(text: str) -> str:
    """Markdown links keep their words; bare URLs and reference definitions go."""
    text = _MD_REF.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _URL.sub("", text)
    return _BARE_DOMAIN_PATH.sub("", text)


def strip_roles(text: str) -> str:
    """Fake chat turns go whole, stray role tokens and "system:"-style lines too."""
    text = _ROLE_BLOCK.sub(" ", text)
    text = _ROLE_TOKEN.sub(" ", text)
    return _ROLE_LINE.sub(" ", text)


def looks_like_injection(sentence: str) -> bool:
    return bool(_INJECTION.search(sentence))


def clean_article_text(text: str, delimiters: tuple[str, ...] = ()) -> str:
    """An article body made safe to show a model as data: paragraphs kept, injected instructions removed."""
    text = strip_invisible(strip_markup(unicodedata.normalize("NFKC", text or "")))
    text = strip_links(strip_roles(text))
    for d in delimiters:
        text = text.replace(d, " ")
    paras = []
    for para in re.split(r"\n\s*\n|\n", text):
        kept = []
        for s in split_sentences(para):
            if looks_like_injection(s):
                break          # an injected instruction and whatever follows it in the paragraph go
            kept.append(s)
        if kept:
            paras.append(" ".join(kept))
    return "\n".join(p for p in (squash(p) for p in paras) if p)


def clean_line(text: str, delimiters: tuple[str, ...] = ()) -> str:
    """A one-line field (title, outlet) made safe to show a model as data."""
    cleaned = clean_article_text(text, delimiters)
    return squash(cleaned)


def clean_output(text: str) -> str:
    """Generated text made safe to publish: no links, no markup, no role markers, one line. A sentence that only
    pointed at a link ("Read more at ...") is emptied."""
    if not isinstance(text, str):
        return ""
    text = strip_invisible(strip_markup(unicodedata.normalize("NFKC", text)))
    had_link = strip_links(text) != text
    text = strip_links(_ROLE_PREFIX.sub("", _ROLE_TOKEN.sub(" ", text)))
    if had_link and _CALL_TO_ACTION.match(text):
        return ""
    text = _MD_EMPHASIS.sub("", text)
    text = re.sub(r"^\s*(?:[-*+]\s+|#{1,6}\s+|\d+[.)]\s+)", "", text)   # list bullets, headings
    text = re.sub(r"\(\s*(?:see|via|source|at|from|here)?\s*:?\s*\)|\[\s*\]", "", text)   # left by a removed link
    # a space before punctuation goes, but not before a dot that starts a word: "evil .com/x" stays apart
    text = re.sub(r"\s+([,.;:!?])(?![\w/])", r"\1", squash(text))
    text = _DANGLING.sub(r"\1", text)           # "... at Nimbus Data or." once the link after "or" went
    return text.strip()
