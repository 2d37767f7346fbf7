"""Sentences for the page: attributed, cited and checked before they are used.

``Composer`` holds what every sentence needs (the edition's articles, the words the articles write in lower case)
and turns candidates into ``Line``s: text plus the citations that carry it. Every line is checked with the
citation checker as it is made; a line that fails is not used (the writer tries the next candidate), so the
final gate in ``write_pages`` has nothing to drop.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from topline.records import Article, Citation
from topline.text import split_sentences
from topline.write.base import cite
from topline.write.offline.sentences import Candidate
from topline.check.verdicts import Verdicts

_HEADLINE_TAIL = re.compile(r"\s*[|\u2013\u2014-]\s*(?:Reuters|Bloomberg|CNBC|AP News|Financial Times|FT|WSJ|"
                            r"The Wall Street Journal|TechCrunch|Nikkei Asia|SCMP|[A-Z][\w.]+\.com)\s*$")
STYLES = ("according", "reports", "per")
_DETERMINERS = frozenset("the a an its their his her this that these those some many most several all two three "
                         "four five in on at for after by as when while with under".split())   # attribution forms, used in turn


# Words that begin a sentence with a capital only because they begin it: "reports that A fraudster" must not be.
_OPENERS = frozenset("""a an the this that these those its it his her their our some many most several all any each
every no one two three four five in on at for after before by as when while with under over since during if but
and or so yet there here he she they we i what which who how why where another such both however meanwhile still
also last next more fewer""".split())
# "According to the FTC complaint, ..." opening the sentence counts too (case-blind): no "X reports that according to".
_ATTRIBUTES = re.compile(r"\b(?i:according to)\b|, per [A-Z]|\b(?:seen|reviewed|obtained|viewed) by\b|\breports? that\b|"
                         r"\bpeople (?:familiar|with knowledge|briefed)\b|\bsaid to be\b|\b(?:has|have) learned\b|\bsources said\b")


def carries_attribution(text: str) -> bool:
    """The sentence already says whose account it is ("..., according to a filing", "a document seen by ...")."""
    return bool(_ATTRIBUTES.search(text))


@dataclass(frozen=True)
class Line:
    text: str
    citations: tuple[Citation, ...]
    # printed above on the same page (its Top Line or Key Developments): a signal built on it cites it and does not
    # print it again (a sentence is printed once per edition; issue 12's claims, seventh round of signals)
    above: bool = False


def grouped(lines: Sequence[Line]) -> list[list[Line]]:
    """The lines in order, cut into groups whose joined text splits back into exactly those lines (a line ending
    in "Inc." would otherwise swallow the next one)."""
    groups: list[list[Line]] = []
    for line in lines:
        if groups and split_sentences(" ".join(l.text for l in groups[-1] + [line])) == \
                [l.text for l in groups[-1] + [line]]:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def citations_of(articles: Iterable[Article]) -> tuple[Citation, ...]:
    return tuple(dict.fromkeys(cite(a) for a in articles))


def month_day(d: dt.date) -> str:
    return f"{d.day} {d.strftime('%B')}"


# Wire labels that lead a headline but are not part of it ("Exclusive: ...", "EXCLUSIVE-...", "UPDATE 2-...").
_HEADLINE_LABEL = re.compile(r"^(?:exclusive|update(?: \d+)?|breaking|analysis|insight|factbox|explainer)\s*[-:–—]\s*",
                             re.IGNORECASE)


def headline(title: str) -> str:
    return _HEADLINE_LABEL.sub("", _HEADLINE_TAIL.sub("", title or "").strip()).strip()


class Composer:
    def __init__(self, articles: Mapping[str, Article]):
        self.articles = articles
        lower: set[str] = set()
        for a in articles.values():
            lower.update(re.findall(r"(?<![\w'])[a-z][a-z'-]+", a.title + " " + a.body))
        self.lower_words = frozenset(lower)
        # capitalised words the articles write mid-sentence (after a lower-case word or a comma): parts of names
        caps: set[str] = set()
        for a in articles.values():
            caps.update(re.findall(r"(?<=[a-z0-9,;] )[A-Z][\w'-]*", a.title + ". " + a.body))
        self.mid_caps = frozenset(caps)
        # source sentences already printed on the page being written (or on earlier pages' Key Developments and
        # Signals): sections that restate a story (claims) choose another statement of it
        self.avoid: frozenset[str] = frozenset()
        # those of them printed on this page (its Top Line and Key Developments): a claim may build on them
        self.here: frozenset[str] = frozenset()
        # the keys of the sentences a reader has read above or on an earlier page (the writer's ``_said``): a claim's
        # line printing one of them again would have the whole claim dropped (signals21)
        self.said: frozenset[str] = frozenset()
        # issue 14 (scale16, scale17): the checker's verdict on each (text, citations, headline) asked of this
        # composer: a statement is asked again by the claims of each page that holds its story and by the
        # look-ahead of pages still to write, and the page check (``verify_page``) asks again for the lines it
        # prints; kept under the sentence, its citations, the cited articles' evidence and the checker's version
        self.verdicts = Verdicts()

    # --- checking ---------------------------------------------------------------------------------------------

    def line(self, text: str, articles: Sequence[Article], *, headline_: bool = False) -> Line | None:
        """The text with its citations if the checker passes it, else None."""
        cites = citations_of(articles)
        if not text or not cites or (not headline_ and split_sentences(text) != [text]):
            return None   # a line must read back as exactly one sentence (the gate splits paragraphs)
        ok = self.verdicts.check(text, cites, self.articles, headline=headline_).ok
        return Line(text, cites) if ok else None

    def prefetch(self, lines: Iterable[tuple[str, Sequence[Article], bool]]) -> int:
        """Parse in one batch what checking each (text, articles, headline) as a ``line`` will parse (issue 14,
        speed34: ``topline.check.batch``), for the lines whose verdict is not kept yet. Decides nothing: ``line``
        checks as before, finding the parses ready. Returns the count of lines handed on."""
        from topline.check.batch import prefetch
        todo = []
        for text, articles, headline_ in lines:
            cites = citations_of(articles)
            if text and cites and (headline_ or split_sentences(text) == [text]) and \
                    not self.verdicts.known(text, cites, self.articles, headline_):
                todo.append((text, cites))
        return prefetch(dict.fromkeys(todo), self.articles)

    # --- attribution ------------------------------------------------------------------------------------------

    def lowered(self, text: str) -> str:
        """The sentence as a clause: its first word in lower case when that word is a common word."""
        first, _, rest = text.partition(" ")
        bare = re.sub(r"[^\w'-]", "", first)
        if rest[:1].isupper() and not first.endswith((",", ":", ";")) and bare.lower() not in _DETERMINERS:
            if bare[1:].islower() and bare.lower() in self.lower_words and bare not in self.mid_caps:
                # "Blocking Google's crawler removes ...": a word the articles write in lower case and never
                # capitalise mid-sentence is capitalised only as the opener, though a name follows it
                return first.lower() + text[len(first):]
            return text   # "Core Scientific has agreed": the first word belongs to a name
        if bare and bare[1:].islower() and bare.lower() in self.lower_words and bare.lower() != "i":
            return first.lower() + text[len(first):]
        return text

    def clause(self, text: str) -> str | None:
        """The sentence as the clause of "X reports that ...", or None when its first word would keep a capital it
        only has as a sentence opener ("reports that A fraudster")."""
        low = self.lowered(text)
        first = re.sub(r"[^\w'-]", "", low.split(" ", 1)[0])
        nxt = low.split(" ", 2)[1] if low.count(" ") else ""
        if first.lower() in _OPENERS and first[:1].isupper() and not nxt[:1].isupper():
            return None
        return low

    def attributed(self, c: Candidate, style: str) -> str:
        outlet = c.outlet
        body = c.text.rstrip()
        if not outlet or carries_attribution(body):
            return body   # "X reports that ..., according to Y" stacks two attributions: the citation names X
        stem = body.rstrip(".!")
        quoted_end = stem.endswith(("\"", "\u201d"))
        if style == "reports" or quoted_end:
            clause = self.clause(body)
            if clause is None:
                return body if quoted_end else f"{stem}, according to {outlet}."
            return f"{outlet} reports that {clause}"
        if style == "per":
            return f"{stem}, per {outlet}."
        return f"{stem}, according to {outlet}."

    def attributed_line(self, c: Candidate, style: str) -> Line | None:
        """The candidate attributed to its outlet (or plain, if attribution fails the check)."""
        for text in (self.attributed(c, style), c.text):
            got = self.line(text, c.articles)
            if got:
                return got
        return None

    def plain_line(self, c: Candidate) -> Line | None:
        return self.line(c.text, c.articles)

    def first_line(self, cands: Iterable[Candidate], style: str | None = None) -> tuple[Candidate, Line] | None:
        for c in cands:
            got = self.attributed_line(c, style) if style else self.plain_line(c)
            if got:
                return c, got
        return None
