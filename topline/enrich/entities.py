"""Named entities (organisations, people, places) with canonical forms, by rules: fast and dependency-free.

``extract_entities(text)`` finds capitalised phrases, classifies them (gazetteer, organisation suffixes,
personal titles and "X said" contexts), and gives each a canonical form through ``canonical_entity`` so that
"Alibaba", "Alibaba Group" and "Alibaba Group Holding" meet on "alibaba". Within one text, a later short mention
of a person ("Subran") or an acronym defined in parentheses ("Monetary Authority of Singapore (MAS)") maps to the
full form. Pure functions, no state. spaCy was measured as an alternative (see benchmarks/RESULTS.md).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from topline.enrich.gazetteer import ALIASES, CAPS_ONLY
from topline.records import Entity
from topline.speech import alternation, forms

# Corporate suffixes stripped from the end of a canonical form (repeatedly: "Group Holding Ltd").
_SUFFIXES = {"inc", "incorporated", "corp", "corporation", "co", "company", "group", "holding", "holdings", "ltd",
             "limited", "plc", "ag", "sa", "se", "nv", "bv", "llc", "lp", "llp", "gmbh", "pte", "pty", "spa", "ab",
             "asa", "as", "oyj", "kk", "bhd", "berhad", "tbk"}
# Last words that make a phrase an organisation.
_ORG_WORDS = {"inc", "corp", "corporation", "ltd", "limited", "plc", "group", "holdings", "holding", "bank", "ministry",
              "university", "agency", "council", "authority", "association", "party", "court", "committee",
              "commission", "police", "force", "fund", "institute", "foundation", "exchange", "airlines", "airways",
              "motors", "technologies", "technology", "systems", "capital", "partners", "ventures", "labs", "ai",
              "energy", "pharmaceuticals", "securities", "media", "news", "times", "post", "journal", "reserve",
              "board", "department", "office", "union", "organisation", "organization", "network", "studios",
              "games", "robotics", "semiconductor", "electronics", "telecom", "communications", "insurance",
              "investments", "management", "trust", "church", "school", "college", "hospital", "army", "navy",
              "parliament", "senate", "congress", "club", "fc", "co", "llc", "ag", "se", "sa", "company"}
_TITLES = {"mr", "mrs", "ms", "dr", "prof", "professor", "president", "minister", "senator", "sen", "rep",
           "governor", "gov", "judge", "justice", "chairman", "chairwoman", "chair", "ceo", "cfo", "cto", "founder",
           "chancellor", "king", "queen", "prince", "princess", "pope", "general", "gen", "secretary", "ambassador",
           "mayor", "economist", "analyst", "spokesman", "spokeswoman", "spokesperson", "director", "officer",
           "premier", "leader", "lawyer", "attorney", "sir", "dame", "lord", "lady", "deputy", "inspector",
           "sergeant", "colonel", "captain", "lieutenant", "executive", "head", "chief", "coach", "author", "prime",
           "vice", "economist", "strategist", "investor", "commissioner", "envoy", "spokesman", "representative",
           "congressman", "congresswoman", "councillor", "pastor", "rabbi", "imam", "bishop", "cardinal",
           "emperor", "sheikh", "crown", "defendant", "prosecutor", "victim", "partner", "manager", "professor"}
# what follows a person's name: an age or a title in apposition, or a verb of speech (say in the third person and the
# past; tell, add, write, explain, note and argue in the past)
_SPEECH = forms(("say",), ("third", "past")) + forms(("tell", "add", "write", "explain", "note", "argue"), ("past",))
_SAY = re.compile(r"^\s*(?:,\s*(?:who|aged|\d+)\b|,\s*(?:(?:a|an|the|its|\w+)\s){0,2}(?:%s)\b|\(\d+\)|%s)\b"
                  % ("|".join(sorted(_TITLES)), alternation(_SPEECH)))
# Capitalised words that do not start a name.
_STOP = {"the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
         "his", "her", "their", "our", "my", "in", "on", "at", "of", "for", "and", "or", "but", "if", "as", "by",
         "to", "from", "with", "after", "before", "when", "while", "since", "however", "also", "there", "here",
         "what", "who", "why", "how", "where", "which", "some", "many", "most", "all", "both", "each", "more",
         "one", "two", "three", "another", "other", "such", "no", "not", "yes", "so", "then", "than", "now",
         "last", "next", "first", "new", "under", "over", "about", "meanwhile", "despite", "although", "though",
         "according", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
         "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
         "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "read",
         "click", "photo", "image", "video", "watch", "subscribe", "advertisement", "update", "updated", "editor",
         "note", "share", "related", "breaking", "exclusive", "analysis", "opinion", "year", "week", "today",
         "yesterday", "tomorrow", "mr", "mrs", "ms", "dr", "during", "because", "until", "between", "among",
         "would", "could", "should", "will", "can", "may", "might", "must", "do", "does", "did", "is", "are",
         "was", "were", "be", "been", "has", "have", "had", "let", "just", "only", "even", "still", "yet",
         "instead", "thus", "therefore", "meanwhile", "earlier", "later", "once", "every", "any", "none",
         "neither", "either", "several", "few", "much", "very", "well", "like", "unlike", "per", "via", "amid"}
_CONNECT = {"of", "&", "for", "de", "du", "la", "le", "van", "von", "der", "al", "bin", "da", "di"}
# Capitalised abbreviations that are words, not names.
_NOT_NAMES = {"ai", "ceo", "ceos", "cfo", "cto", "coo", "gdp", "ipo", "ipos", "gpu", "gpus", "cpu", "ev", "evs", "it",
              "tv", "pm", "am", "covid", "covid-19", "ok", "vs", "etc", "q1", "q2", "q3", "q4", "h1", "h2", "esg",
              "api", "apis", "llm", "llms", "ar", "vr", "pc", "pcs", "faq", "ps", "eg", "ie", "i"}
_TOKEN = re.compile(r"[A-Za-z0-9](?:[\w&]|[.'’\-](?=[\w&])|\.(?<=\b[A-Z]\.))*\.?")
TITLE_CASE_SHARE = 0.7   # a line with more capitalised words than this is a headline (set on example-briefing.txt)
_CAP = re.compile(r"^(?:[A-Z][\w.'’\-&]*|[a-z]+[A-Z][\w]*|\d+[A-Z][\w]*)$")   # Alibaba, U.S., iPhone, xAI, 3M
_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
_BREAK = re.compile(r"[,;:!?()\"“”\n]|[.]\s")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")
MAX_TOKENS = 6   # a name longer than this is a headline fragment, not an entity


_POSSESSIVE = re.compile(r"['’]s\b")
_ABBREV_DOTS = re.compile(r"\b(?:[a-z]\.){2,}")
_SLASHED_SUFFIX = re.compile(r"\ba/s\b")
_PUNCT = re.compile(r"[^\w&+\-' .]")
_SPACES = re.compile(r"\s+")


# Latin letters that Unicode does not decompose into a base letter and a mark (NFKD leaves "Ø" whole, and the ASCII
# fold would drop it: "Ørsted" became "rsted").
_LATIN_FOLD = str.maketrans({"Ø": "O", "ø": "o", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "ß": "ss", "Ł": "L",
                             "ł": "l", "Đ": "D", "đ": "d", "Þ": "Th", "þ": "th", "ı": "i"})


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """Lowercase ASCII, possessives, dots in abbreviations and outer punctuation removed. A name with no Latin
    letter (Chinese, Cyrillic, Arabic ...) keeps its own letters, lowercased, rather than folding to nothing."""
    folded = unicodedata.normalize("NFKD", name.translate(_LATIN_FOLD)).encode("ascii", "ignore").decode("ascii")
    s = folded if any(c.isalnum() for c in folded) else unicodedata.normalize("NFKC", name)
    s = _POSSESSIVE.sub("", s.lower())
    s = _ABBREV_DOTS.sub(lambda m: m.group(0).replace(".", ""), s)     # u.s. -> us
    s = _SLASHED_SUFFIX.sub("as", s)                                    # a/s (Danish, Norwegian) -> as
    s = _PUNCT.sub(" ", s.replace("’", "'"))
    s = _SPACES.sub(" ", s).strip(" .-'")
    return s[4:] if s.startswith("the ") else s


@lru_cache(maxsize=65536)
def canonical_entity(name: str) -> str:
    """The form that lets variants of one name meet: "Alibaba Group Holding Ltd." -> "alibaba",
    "U.S." -> "united states", "The Federal Reserve" -> "federal reserve"."""
    s = normalise(name)
    if s in ALIASES:
        return ALIASES[s][0]
    words = s.replace(",", " ").split()
    while len(words) > 1 and words[-1].rstrip(".") in _SUFFIXES:
        words.pop()
        if " ".join(words) in ALIASES:
            return ALIASES[" ".join(words)][0]
    return " ".join(words)


def _candidates(text: str, skip: bool = True) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised tokens (with connectors inside): (start, end, tokens). ``skip``: lower-case tokens
    outside a run are passed over at once (the same runs; issue 14)."""
    out: list[tuple[int, int, list[str]]] = []
    run: list[tuple[int, int, str]] = []

    def flush() -> None:
        while run and run[-1][2].lower() in _CONNECT:
            run.pop()
        if run:
            out.append((run[0][0], run[-1][1], [t for _, _, t in run]))
        run.clear()

    prev_end = 0
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        if skip and not run and tok.islower():
            # issue 14: most tokens are lower-case words outside any run: every form of _CAP needs a capital A-Z,
            # so such a token starts nothing and the steps below would only move prev_end (the same runs)
            prev_end = m.end()
            continue
        start, end, stop_after = m.start(), m.end(), False
        if tok.endswith(("'s", "’s")):                       # possessive: "Kuaishou's Kling AI" is two names
            tok, end, stop_after = tok[:-2], end - 2, True
        if "-" in tok and not all(p[:1].isupper() or p[:1].isdigit() for p in tok.split("-")):
            tok = tok.split("-")[0]                           # "US-developed" -> "US"
            end, stop_after = start + len(tok), True
        gap = text[prev_end:start]
        if run and gap != " " and (gap.strip() or _BREAK.search(gap)):
            flush()
        if _CAP.match(tok) and tok.lower().rstrip(".") not in _NOT_NAMES and \
                not (not run and tok.lower().rstrip(".") in _STOP):
            if tok.endswith(".") and not _INITIALS.fullmatch(tok):
                tok, end, stop_after = tok.rstrip("."), end - 1, True
            run.append((start, end, tok))
        elif run and tok.lower() in _CONNECT and len(run) < MAX_TOKENS:
            run.append((start, end, tok))
        else:
            flush()
        prev_end = m.end()
        if stop_after or len(run) > MAX_TOKENS:
            flush()
    flush()
    return out


_OF_KEEPS = {"bank", "authority", "university", "ministry", "department", "office", "institute", "school", "college",
             "board", "council", "court", "house", "chamber", "church", "republic", "kingdom", "state", "states",
             "city", "province", "union", "association", "federation", "commission", "committee", "secretary",
             "minister", "bureau", "agency", "museum", "academy", "organization", "organisation", "people",
             "monetary", "gulf", "sea", "isle", "bay", "port", "cape", "league", "society", "centre", "center"}


def _split(start: int, end: int, toks: list[str]) -> list[tuple[int, int, list[str], str | None]]:
    """Split a run at personal titles ("Allianz Chief Economist Ludovic Subran" -> Allianz + PERSON Ludovic
    Subran) and at "of" between two names ("Richard Windsor of Radio Free Mobile")."""
    titles = [i for i, t in enumerate(toks) if t.lower().rstrip(".") in _TITLES]
    if titles and titles[-1] < len(toks) - 1:
        parts: list[tuple[int, int, list[str], str | None]] = []
        if titles[0] > 0:
            parts.append((start, start, toks[:titles[0]], None))
        parts.append((end, end, toks[titles[-1] + 1:], "PERSON"))
        return parts
    if "of" in toks:
        i = toks.index("of")
        if 0 < i < len(toks) - 1 and toks[i - 1].lower() not in _OF_KEEPS and \
                toks[i - 1].lower() not in _ORG_WORDS:
            return [(start, start, toks[:i], None), (end, end, toks[i + 1:], None)]
    return [(start, end, toks, None)]


_LINE = re.compile(r"[^\n]+")                 # compiled once: these run on every article and name (scale34)
_LINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_SENTENCE_END_BEFORE = re.compile(r"[.!?\"“\n]\s*$")
_LETTERS = re.compile(r"[A-Za-z]+")


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines written in title case (headlines, bylines): their capitals say nothing about names."""
    spans = []
    for m in _LINE.finditer(text):
        words = _LINE_WORD.findall(m.group(0))
        if len(words) >= 4 and sum(w[0].isupper() for w in words if w.lower() not in _CONNECT) / len(words) > \
                TITLE_CASE_SHARE:
            spans.append(m.span())
    return spans


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start]
    return start == 0 or bool(_SENTENCE_END_BEFORE.search(before)) or not before.strip()


def _kind(tokens: list[str], text: str, start: int, end: int) -> str:
    key = normalise(" ".join(tokens))
    if key in ALIASES:
        return ALIASES[key][1]
    canon = canonical_entity(" ".join(tokens))
    if canon in ALIASES:
        return ALIASES[canon][1]
    last = tokens[-1].lower().rstrip(".")
    if last in _ORG_WORDS or tokens[0].lower() in ("ministry", "bank", "university", "department", "office") or \
            (len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) >= 2):
        return "ORG"
    prev = _LETTERS.findall(text[max(0, start - 40):start])
    if prev and prev[-1].lower() in _TITLES and len(tokens) <= 4:
        return "PERSON"
    if 2 <= len(tokens) <= 3 and all(t[:1].isupper() and t[1:].islower() and t.isalpha() for t in tokens) and \
            _SAY.match(text[end:end + 20]):
        return "PERSON"
    return "OTHER"


def extract_entities(text: str) -> list[Entity]:
    """Named entities in ``text`` in order of first appearance, one per distinct (canonical, kind)."""
    text = text or ""
    raw: list[tuple[str, str, str]] = []     # (as written, canonical, kind)
    mid_sentence: set[str] = set()
    headlines = _title_case_lines(text)
    cands = [c for c in _candidates(text) if not any(s <= c[0] < e for s, e in headlines)]
    for start, end, toks in cands:
        if not _sentence_initial(text, start):
            mid_sentence.add(normalise(toks[0]))
    acronyms = {m.group(1): m.start() for m in _ACRONYM_DEF.finditer(text)}
    acronym_of: dict[str, str] = {}
    pieces = [p for c in cands for p in _split(*c)]
    for start, end, toks, forced in pieces:
        if len(toks) > MAX_TOKENS or not toks:
            continue
        name = " ".join(toks)
        key = normalise(name)
        if not key or (key in CAPS_ONLY and not name.isupper()):
            continue
        if len(toks) == 1 and _sentence_initial(text, start) and key not in ALIASES and key not in mid_sentence:
            continue   # "Another", "Analysts": a capital that only starts a sentence
        kind = forced or _kind(toks, text, start, end)
        canon = canonical_entity(name)
        after = text[end:end + 12]
        m = _ACRONYM_DEF.match(after.lstrip())
        if m and m.group(1) in acronyms and len(toks) > 1:
            acronym_of[normalise(m.group(1))] = canon
        raw.append((name, canon, kind))
    return _resolve(raw, acronym_of)


def _resolve(raw: list[tuple[str, str, str]], acronym_of: dict[str, str]) -> list[Entity]:
    """Map short mentions to the full forms of the same text, then keep one entity per (canonical, kind)."""
    people = {c.split()[-1]: c for _, c, k in raw if k == "PERSON" and " " in c}
    kinds: dict[str, str] = {}
    for _, c, k in raw:
        if k != "OTHER":
            kinds.setdefault(c, k)
    out: dict[tuple[str, str], Entity] = {}
    for name, canon, kind in raw:
        if canon in acronym_of:
            canon = acronym_of[canon]
            kind = kinds.get(canon, "ORG")
        elif " " not in canon and canon in people and kind in ("OTHER", "PERSON"):
            canon, kind = people[canon], "PERSON"
        elif kind == "OTHER" and canon in kinds:
            kind = kinds[canon]
        out.setdefault((canon, kind), Entity(text=name, canonical=canon, kind=kind))
    return list(out.values())
