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
    r"opacity\s*:\s*0(?:\.0*)?\s*[;\"']|(?<![-\w])color\s*:\s*(?:#fff(?:fff)?|white|transparent)\b|"
    r"(?:left|top|text-indent)\s*:\s*-\d{3,}|"
    r"\bhidden\b|aria-hidden\s*=\s*[\"']?true)[^>]*>.*?</(?P=tag)\s*>", re.IGNORECASE | re.DOTALL)
_SCRIPTLIKE = re.compile(r"<(script|style|template|noscript)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")   # compiled once: every article (scale34)
_ROLE_ELEMENT = re.compile(r"<(system|assistant|user|developer|instructions?|prompt)\b[^>]*>.*?</\1\s*>",
                           re.IGNORECASE | re.DOTALL)
# A JSON object written into an article ({"headline": ..., "top_line": ...}): a forged answer, never news.
_JSON_BLOB = re.compile(r"\{\s*\"[^\"]{1,40}\"\s*:.*?\}(?:\s*\})*", re.DOTALL)
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
# Sentences addressed to a language model rather than to a reader (prompt injection). Matched per sentence, on
# text folded by _fold (NFKC, Cyrillic and Greek look-alikes to Latin). Paraphrases and five other languages: the
# cue words are those of the injection corpus's families (tests/data/injection), written before the corpus was run.
_AGENT = r"(?:ai|a\.i\.|llm|language\s+model|model|assistant|chatbot|bot|summari[sz]er|summary\s+bot|automated\s+\w+)"
_INJECTION = re.compile(
    # "crawlers that ignore the rules" is news, "ignore the rules above" an instruction
    r"\b(?:ignore|disregard|forget|override|pay\s+no\s+attention\s+to)\s+"
    r"(?!the\s+(?:rules|guidance|directions)\b(?!\s+(?:above|below|given|you\b)))(?:(?:all|any|the|your|of|these|everything|"
    r"you\s+were\s+told)\s+)*(?:(?:previous|prior|above|earlier|preceding|other|system|original)\s+)?"
    r"(?:instructions?|prompts?|rules|guidance|directions|before)\b|"
    r"\bforget\s+everything\b|\bsystem\s+override\b|"
    r"\byou\s+are\s+now\b|\b(?:new|updated|real)\s+(?:system\s+)?instructions?\b|\bsystem\s+prompt\s*:|"
    r"\b(?:attention|note\s+to|note\s+for|reminder\s+to|reminder\s+for|instructions?\s+(?:to|for)|message\s+(?:to|for)|"
    r"dear|hey|if\s+you\s+are)\s+(?:an?\s+|the\s+|all\s+)?" + _AGENT + r"s?\b|"
    # "As an AI language model, you must ...": news says "as AI systems take over", "as models learn", "as the AI
    # boom continues", so "as" addresses a model only with an article and an order after the comma
    r"\bas\s+(?:an?|the)\s+" + _AGENT + r"(?:\s+\w+){0,2}\s*,\s*(?:you|please|ignore|disregard|include|say|write|"
    r"output|respond|reply|state|mention|add|insert|always|never|make\s+sure|remember|do\s+not|don't)\b|"
    r"\b" + _AGENT + r"s?\s+(?:reading|processing|summari[sz]ing|parsing|crawling)\s+this\b|"
    r"\b" + _AGENT + r"s?\s*,\s*(?:take\s+note|note|listen|remember|please)\b|"
    # "AI: say ..." opens a line, sentence or aside ("(AI summarisers: ..."); "five large language models: GPT-4o,
    # ..." is a list
    r"(?:^|[\n.!?(\[{;:\"\u201c\u2013\u2014]\s*)\W*(?:ai\s+)?" + _AGENT + r"s?\s*:|"
    r"\bwhat\s+the\s+" + _AGENT + r"\s+(?:should|must)\b|\binstruction\s+for\s+the\s+" + _AGENT + r"\b|"
    r"\bwhen\s+summari[sz]ing\s+this\b|\b(?:any|every|each|the|your)\s+summary\s+(?:must|should)\b|"
    r"\bsummaries\s+of\s+this\s+\w+\s+(?:must|should)\b|\bin\s+your\s+(?:summary|answer|output|response)\b|"
    r"\bwhoever\s+(?:writes|summari[sz]es)\b|"
    # French, German, Spanish, Italian, Portuguese, Russian, Chinese: "ignore the (previous) instructions"
    r"\bignore[zr]?\s+(?:toutes\s+)?les\s+(?:\w+\s+)?instructions\b|\bignorier\w*\s+(?:\w+\s+){0,3}anweisungen\b|"
    r"\bignor[ae]\s+(?:todas\s+)?(?:las|le|as|os)\s+(?:\w+\s+)?(?:instrucciones|istruzioni|instru\w+)\b|"
    r"\bпроигнорируй|\bигнорируй\w*|\bинструкци\w*\s+(?:для|к)\s+(?:ии|модели)|忽略.{0,12}(?:指令|指示|说明)|"
    r"(?:^|\s)(?:user|assistant|system|developer)\s*:",
    re.IGNORECASE)
# Look-alike letters folded before matching: Cyrillic and Greek letters that read as Latin.
_LOOKALIKES = str.maketrans("аеорсіхуԁјѕһАВЕКМНОРСТХІЈЅαοικνρτυΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
                            "aeopcixydjshABEKMHOPCTXIJSaoiknptuABEZHIKMNOPTYX")
# Addresses in any spelling: URLs, e-mail, mailto, bare and obfuscated domains (hxxp, [.], (.), " dot ",
# fullwidth and ideographic dots, punycode). Used inbound (removed from what the model sees) and outbound
# (a generated sentence carrying one is rejected unless it is a cited article's own host).
_TLD = (r"(?:com|net|org|io|ai|co|uk|us|eu|de|fr|es|it|ru|cn|jp|in|ca|au|nl|ch|se|pl|br|kr|tv|cc|ly|gg|me|to|"
        r"info|biz|xyz|app|dev|news|example|test|online|site|top|link|zip|mov|club|shop|tk|ml|ga|cf)")
_OBF_DOT = r"(?:\s*(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))\s*|\s+dot\s+|\s+\.(?=[a-z])|[.\u3002\uff0e\uff61])"
_ADDRESS = re.compile(                       # matched on lower-cased, folded text
    r"\bh[tx]{2}ps?(?::|\[:\])//?\S*|\bmailto\s*:\s*\S*|\bxn--[\w-]+(?:\.[\w-]+)*|"
    r"[\w.+-]+(?:@|\s*\[at\]\s*|\s*\(at\)\s*)[\w-]+(?:" + _OBF_DOT + r"[\w-]+)*|"
    r"[\w-]+(?:" + _OBF_DOT + r"[\w-]+)*" + _OBF_DOT + _TLD + r"\b(?:/\S*|\s+slash\s+\w+)?|"
    r"\b[\w-]+\.[a-z]{2,24}/\S*")


# A company whose legal name is written like a domain ("Amazon.com Inc.", "Booking.com's"): a name, not an address,
# kept so that the reporting about it reads (and is checked) whole. Only this exact shape: capitalised, ".com", no
# path, and followed by "Inc" or a possessive.
_COMPANY = re.compile(r"[A-Z][a-z]+\.com(?= Inc\b|['\u2019]s\b)")


def _is_company(text: str, start: int, end: int) -> bool:
    m = _COMPANY.match(text, start)
    return m is not None and m.end() == end


def _fold(text: str) -> str:
    """NFKC, look-alike letters as Latin, lower case; one character per character of NFKC text."""
    text = unicodedata.normalize("NFKC", text).translate(_LOOKALIKES)
    low = text.lower()
    # The whole string lowered is the per-character definition below when no character lowers to more than one
    # (lengths equal: each lowers to at least one) and no capital sigma is there (str.lower writes a final sigma).
    if len(low) == len(text) and "\u03a3" not in text:
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# What every match of _ADDRESS contains (a necessary condition, checked first because it is cheap: most texts have
# no address): a slash (URLs, hxxp://, paths), "mailto", "xn--", an "@" or its spellings, or one of _OBF_DOT's
# forms directly before a top-level domain.
_ADDRESS_CUE = re.compile(r"/|mailto|xn--|@|\[at\]|\(at\)|"
                          r"(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))\s*" + _TLD + r"\b|"
                          r"\sdot\s+" + _TLD + r"\b|[.\u3002\uff0e\uff61]" + _TLD + r"\b")


def _address_spans(folded: str) -> list[tuple[int, int]]:
    return [m.span() for m in _ADDRESS.finditer(folded)] if _ADDRESS_CUE.search(folded) else []


def addresses(text: str) -> list[str]:
    """Every URL, e-mail address or domain in ``text``, however it is spelt or obfuscated."""
    folded = _fold(strip_invisible(text or ""))
    return [folded[a:b].strip() for a, b in _address_spans(folded)]


def strip_addresses(text: str) -> str:
    """``text`` (NFKC) without its addresses in any spelling."""
    text = unicodedata.normalize("NFKC", text)
    spans = [sp for sp in _address_spans(_fold(text)) if not _is_company(text, *sp)]
    for start, end in reversed(spans):
        text = text[:start] + " " + text[end:]
    return text


_INVISIBLE_CATEGORIES = ("Cc", "Cf", "Co", "Cs")      # control, format, private use, surrogate
_ASCII_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")   # the ASCII characters of those categories but \t, \n


def strip_invisible(text: str) -> str:
    """Without zero-width, bidirectional, control (but tab and newline), format and private-use characters."""
    text = _INVISIBLE.sub("", text)
    if text.isascii():
        return _ASCII_CONTROL.sub("", text)
    drop = {ord(ch): None for ch in set(text) if ch not in "\n\t" and unicodedata.category(ch) in _INVISIBLE_CATEGORIES}
    return text.translate(drop) if drop else text


def strip_markup(text: str) -> str:
    """Remove hidden elements, scripts, comments and tags; unescape entities."""
    if "<" in text:
        text = _COMMENT.sub(" ", text)
        text = _SCRIPTLIKE.sub(" ", text)
        text = _ROLE_ELEMENT.sub(" ", text)
        for _ in range(3):   # nested hidden elements
            new = _HIDDEN_ELEMENT.sub(" ", text)
            if new == text:
                break
            text = new
        text = _TAG.sub(" ", text)
    return html.unescape(text)


# Each pattern below runs only where the punctuation every one of its matches contains is there (most text has none).
_URL_CUE = re.compile(r":|www\.", re.IGNORECASE)


def strip_links(text: str) -> str:
    """Markdown links keep their words; bare URLs and reference definitions go."""
    if "]:" in text:
        text = _MD_REF.sub("", text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    if _URL_CUE.search(text):
        text = _URL.sub("", text)
    return _BARE_DOMAIN_PATH.sub("", text) if "/" in text else text


def strip_roles(text: str) -> str:
    """Fake chat turns and forged JSON answers go whole, stray role tokens and "system:"-style lines too."""
    if "{" in text:
        text = _JSON_BLOB.sub(" ", text)
    if "<" in text or "[" in text:
        text = _ROLE_BLOCK.sub(" ", text)
        text = _ROLE_TOKEN.sub(" ", text)
    return _ROLE_LINE.sub(" ", text) if ":" in text else text


# What every match of _INJECTION contains (a necessary condition, checked first because it is cheap: most sentences
# carry none), matched the same way (ignoring case): a verb of its first alternatives, "you"/"your", "instruction",
# "prompt", a colon (role lines, "AI:"), "summar-", "whoever", one of _AGENT's words ("ai"/"ais" as a word) or a
# cue of the other languages.
_CUE_WORDS = ("ignor", "disregard", "forget", "override", "pay", "you", "instruction", "prompt", ":", "summar",
              "whoever", "model", "assistant", "bot", "llm", "automated", "a.i.")
_INJECTION_CUE = re.compile("|".join(re.escape(w) for w in _CUE_WORDS) + r"|\bais?\b|игнорируй|инструкци|忽略",
                            re.IGNORECASE)
_AI_WORD = re.compile(r"\bais?\b")


def _has_cue(text: str) -> bool:
    if text.isascii():   # plain substring tests on the lower case: what the pattern finds in ASCII, ignoring case
        low = text.lower()
        return any(w in low for w in _CUE_WORDS) or ("ai" in low and _AI_WORD.search(low) is not None)
    return _INJECTION_CUE.search(text) is not None


def _injected(text: str) -> bool:
    return _has_cue(text) and _INJECTION.search(text) is not None


def looks_like_injection(sentence: str) -> bool:
    plain = strip_invisible(unicodedata.normalize("NFKC", sentence))
    if _injected(plain):
        return True
    # ASCII text folds to its lower case, which a pattern that ignores case matches exactly where it matched
    return not plain.isascii() and _injected(_fold(plain))


def clean_article_text(text: str, delimiters: tuple[str, ...] = ()) -> str:
    """An article body made safe to show a model as data: paragraphs kept, injected instructions removed."""
    text = strip_invisible(strip_markup(unicodedata.normalize("NFKC", text or "")))
    text = strip_links(strip_roles(text))
    for d in delimiters:
        text = text.replace(d, " ")
    text = strip_addresses(text)
    for d in delimiters:
        text = text.replace(d, " ")
    paras = []
    for para in _PARAGRAPH_BREAK.split(text):
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
