"""The lead sentence of a story: the sentence, across all its articles, that states the development.

A lead names an actor and what it did, with the figure or date where there is one. It is never a question, a
second-person or anecdotal (feature) opening, a teaser, or a sentence that leans on an earlier one. Hard-news
reports lead over features, analysis and opinion; among equals the sentence's own score (centrality, support,
outlet tier, recency: ``sentences.score``) decides. ``shorter`` cuts whole clauses and appositives only, so the
shortened sentence says nothing its source does not.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Iterator, Sequence

from topline.enrich.entities import extract_entities
from topline.enrich.figures import extract_figures
from topline.records import Article
from topline.text import split_sentences
from topline.write.offline.sentences import Candidate
from topline.zones import edition_day

LEAD_MAX_WORDS = 35           # a Top Line bullet: one sentence of at most this many words where a clause can go
W_FOCUS = 0.15                # score added for a sentence in the page's own terms (on a story's secondary page,
                              # among an article's first two sentences); a judgement, not fitted
# Whether a continuing story's bullet prefers a sentence of an article published since its last briefing (among
# equally early sentences). See ``leads``.
PREFER_NEW = True
W_STATES = 0.05               # score added per element stated (named actor, figure/date); set by reading the demo's
                              # Top Lines (a tie-breaker: centrality and support still lead)

_QUESTION_OR_YOU = re.compile(r"\?|\b(?:you|your|yours|you're|you've|yourself)\b", re.IGNORECASE)
# Openings of features and anecdotes: a scene, a hypothetical, a time span, a generic "there is".
_FEATURE = re.compile(
    r"^(?:If |When |As (?!of\b)|While |For (?:years|decades|months|weeks|a while|now)\b|Imagine|Picture |Ever since|"
    r"It was|It's|It is|There (?:is|are|was|were|has|have)\b|Last (?:week|month|year)\b|Once |On a |In a |At a |"
    r"Walk into|Anyone who|Few |Not long ago|These days|Every (?:day|morning|year)|In recent (?:years|months|weeks)|"
    r"Over the past|Ask |What |Here's|Here is|Think of|Remember|Call it|Meet |Welcome to|Nobody|No one|Sometimes|"
    r"Until recently|By now|So far|Now,|Lately)|"
    # a reviewer's or columnist's own voice ("We gave the agent ten real tickets", "I spent a week with ...")
    r"(?:We|I|I'm|I've|I'd|Our|My) ", re.IGNORECASE)
# Sentences that tell of a mood, not an event ("has had a busy first day", "got the $10 billion it was looking for").
# ...or of a stance, the framing of a feature ("Forgeline is betting that developers want ..."): the event is elsewhere.
_SOFT = re.compile(r"\b(?:is|are|was|were) (?:betting|wagering|banking|counting) (?:that|on)\b|"
                   r"\b(?:has|have|had) had a\b|\bis having a\b|\bwas looking for\b|\bhave embraced\b|"
                   r"\bhas embraced\b|\bbusy\b|\bbuzz\b|:$|\.\.\.$|\u2026$|"
                   # a question posed, not an event ("the answer to a question every large beauty group is asking:
                   # how to win younger customers"; eighteenth pass, eval-retail 11-26)
                   r"\bquestion\b[^.:\"\u201c]{0,60}: (?:how|why|what|whether|who)\b")
_SOFT_TITLE = re.compile(r"\?|^(?:analysis|opinion|comment|explainer|insight|column|review|how|why|what|inside|"
                         r"the case for|the case against|letter|podcast|newsletter)\b|:\s*(?:analysis|opinion)\b",
                         re.IGNORECASE)
# "The instruction, first reported ...", "The draft rule would ...": a common noun with no name near it refers to a
# thing named earlier in its article.
_UNNAMED = re.compile(r"^(?:The|Its|Their|His|Her|This|That|These|Those|Such) (?:[a-z][\w-]*)(?: [a-z][\w-]*){0,2}"
                      r"(?:,| (?:is|are|was|were|has|have|had|would|will|could|may|covers?|said|says)\b)")
_FIGURE_OR_DATE = re.compile(r"\d|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                             r"March|April|June|July|August|September|October|November|December)\b")
_NAMED = re.compile(r"(?:^|\s)(?:[A-Z][\w&.'\u2019-]*[a-z0-9]|[A-Z]{2,})")

# Whole clauses a lead can lose: an appositive between commas after a name, and trailing commentary.
_APPOSITIVE = re.compile(r", (?:a|an|the|its|which|who|whose|one of|seen as|known for|founded|based|led by|"
                         r"headquartered)\b[^,;\"\u201c]{3,90}, ")
_TRAILING = re.compile(r", (?:as|while|which|where|in what|in a move|a sign that|a move that|marking|making|"
                       r"underscoring|highlighting|signalling|signaling|adding to|amid|after|as part of|"
                       r"the latest)\b[^,;\"\u201c]*[.!]$")


def soft_title(title: str) -> bool:
    """A title that asks, explains or opines ("Why ...", "Analysis: ...", "... ?"): not a hard-news headline."""
    return bool(_SOFT_TITLE.search(title or "") or re.search(r"\b(?:could|might)\b", title or "", re.IGNORECASE))


def soft_article(a: Article) -> bool:
    """A feature, analysis or opinion piece (by its title), or one whose first sentence is a feature opening."""
    if _SOFT_TITLE.search(a.title or ""):
        return True
    first = next(iter(split_sentences(a.body)), "")
    return bool(_FEATURE.match(first) or _QUESTION_OR_YOU.search(first))


# A report that a company may do something (issue 11, sixteenth pass): "Cordovan Weighs $2 Billion Sale of US
# Warehouse Portfolio", "Street Talk: Tarragal stake sell-down on the cards", "Nordhavn weighs sale of port terminal
# arm", "Stanhope Life explores sale of Irish protection business": one outlet's scoop about a further step,
# arriving in a story the editions briefed the day before. Of the nine calibration misses where a page's first
# story printed a bullet stating another gold story, four were such a scoop (eval-prop twice, eval-mob, eval-fin)
# taking the bullet as the newest article's lead, where the editor kept the story's own development. A sentence
# only such articles carry leads a briefed story after the sentences as hard and as early as it (``leads``): the
# story's development first, the scoop where nothing else can lead.
_SPECULATIVE_TITLE = re.compile(
    r"\b(?:weigh(?:s|ing)?|consider(?:s|ing)?|explor(?:es|ing)|mull(?:s|ing)?|said to|is said to|on the cards|"
    r"in (?:early )?talks)\b", re.IGNORECASE)


def speculative(a: Article) -> bool:
    """The article reports what may happen (its title: a company weighing, exploring or in talks)."""
    return bool(_SPECULATIVE_TITLE.search(a.title or ""))


# A scoop told by its sourcing (issue 11, eighteenth pass): the sentence rests on what the outlet has learned or on
# unnamed people ("..., Sky News has learnt", "..., Les Echos has learned", "..., three people with knowledge of the
# preparations said", "according to people close to the group"). On the first measurement of eval-retail (11-26),
# three briefed stories lost their bullet to such a scoop about a further step that arrived overnight and that the
# stories stage joined to them (Ridlington's lenders hiring advisers to sell the chain after its closures, Payla
# hiring banks for a listing after its round, Orsanne selling hotel buildings after buying Saltgrass Inns); their
# titles state the step, not a "may", so ``speculative`` did not read them. The cue is the attribution of the
# article's lead (``scoop_article``), and it counts only in articles published since the story's last briefing
# (``leads``); a sentence-level cue let the scoop's unsourced second sentence take the bullet instead.
_UNCONFIRMED = re.compile(
    r"(?:^|, )[A-Z][^,;]{0,40} (?:has|have) learn(?:ed|t)\b|"   # the outlet's learning, not "it had learned from"
    r"\b(?:people|persons?|sources?|executives|bankers|insiders)\b[^.;]{0,30}?\b(?:familiar with|with knowledge of|"
    r"close to|briefed on|aware of|knowledgeable about)\b|"
    r"\baccording to (?:people|sources|a person|insiders)\b|"
    r"\b(?:people|sources|a person|insiders) (?:said|say|says|told)\b")


def unconfirmed(text: str) -> bool:
    """The sentence attributes itself to the outlet's own learning or to unnamed people (a scoop's sourcing)."""
    return bool(_UNCONFIRMED.search(text))


def scoop_article(a: Article) -> bool:
    """The article is a scoop: titled as what may happen (``speculative``), or its lead sourced as a scoop
    (``unconfirmed``); every sentence of it is then the scoop's, not only the sourced one."""
    return speculative(a) or unconfirmed(next(iter(split_sentences(a.body)), ""))


# A reaction is not the day's development (issue 11, nineteenth pass): a continuing story whose only article since its
# last briefing is a reaction, an analysis or a scene ("NHS digital leaders have welcomed Orlenna Health's $140m
# fundraise but some are asking whether ...", "The collapse of Heatherfold Care into administration this week has
# reignited a debate over ...", "Paris hospital managers spent November bracing for another year of austerity.";
# eval-health 12-02) took the bullet from the hard-news lead of the day before, because the newest article leads
# (``PREFER_NEW``). A sentence of such an article keeps that preference only when it reports something that
# happened (``reports_act``), read from its structure, not from its words: its subject is a named actor and its
# verb follows the name (the story's own actor, or an organisation or person: "Corvanta Health will stop offering
# ...", "Radar imaging company Glasswing Imaging has regained ..."; not a place, not a name inside a clause: "The
# collapse of Heatherfold Care ...", "Paris hospital managers spent ..."), or it dates an act of its own ("on
# Thursday", "yesterday", "Oct. 14"; not "Tuesday's outage", which dates the earlier event), or it adds a figure
# that no earlier article of the story carries ("about 110 counties", "nine analysts"). Otherwise it leads after
# the story's earlier development (``leads``), as a scoop does. No weight: an order.
_ACT_DAY = re.compile(r"\b(?:(?:on |late |early )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                      r"(?!['\u2019]s?\b)|yesterday|today|tonight|overnight|(?:January|February|March|April|May|"
                      r"June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|"
                      r"Oct|Nov|Dec)\.) \d{1,2}\b(?!['\u2019]s?\b))")
# The word after the subject's name is its verb: an auxiliary, a past or present tense ("Corvane has blamed",
# "Corvanta Health will stop", "Streamvale reported"; after an appositive, or a second name: "Microsoft Corp. and
# Amazon.com Inc. have each set up"); "Paris hospital managers" and "Westar's reported loss" fail.
_VERB_AFTER = re.compile(r"^\.?(?:,[^,]{2,80},|\s+and\s+[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})?"
                         r"\s+(?:has|have|had|will|would|is|are|was|were|said|says|told|did|does|"
                         r"can|could|may|might|plans|[a-z]+ed|[a-z]{3,}s)\b(?![''\u2019])")
_FIGURE_KINDS = frozenset({"money", "percent", "quantity", "number"})
# What may stand before the subject's name: a description of a few words ("Payment processor", "Radar imaging
# company"), not a clause ("The collapse of", "NHS digital leaders have welcomed").
_DESCRIPTION_WORDS = 4
_NOT_A_DESCRIPTION = re.compile(r",|\b(?:of|in|at|on|for|with|from|after|by|to|over|about|and|but|has|have|had|is|"
                                r"are|was|were|will|would|said|says|say)\b", re.IGNORECASE)


def _figures(text: str) -> frozenset[tuple[str, str, float]]:
    return frozenset((f.kind, f.unit, round(f.value, 6)) for f in extract_figures(text) if f.kind in _FIGURE_KINDS)


def _opens_with_actor(text: str, actors: frozenset[str]) -> bool:
    """The sentence's subject is a named actor and its verb follows: one of ``actors`` (canonical names; a name
    at a sentence's start is not always read as an entity: "Corvane has blamed") opens it, after "The" at most,
    or its first name is an organisation or person (not a place: "Wall Street is losing patience") after at most
    a short description ("Radar imaging company Glasswing Imaging has regained"; not "The collapse of ...")."""
    low = text.lower()
    head = low[4:] if low.startswith("the ") else low
    for a in actors:
        if len(a) >= 3 and head.startswith(a) and _VERB_AFTER.match(text[len(text) - len(head) + len(a):]):
            return True
    return opening_actor(text, actors) is not None


def opening_actor(text: str, actors: frozenset[str] = frozenset()) -> str | None:
    """The canonical name of the organisation or person a sentence opens with as its subject, its verb following
    (after at most a short description: "AI chip designer Tenstrata filed ..."); None when the sentence opens
    otherwise ("Stocks fell ...", "Singapore's benchmark dropped ...": a place is no actor unless in ``actors``)."""
    ents = extract_entities(text)
    if not ents:
        return None
    e = ents[0]
    at = text.find(e.text)
    if (e.canonical not in actors and e.kind == "PLACE") or at < 0:
        return None
    before = text[:at]
    if len(before.split()) > _DESCRIPTION_WORDS or _NOT_A_DESCRIPTION.search(before):
        return None
    return e.canonical if _VERB_AFTER.match(text[at + len(e.text):]) else None


def reports_act(text: str, actors: frozenset[str], known: frozenset[tuple[str, str, float]]) -> bool:
    """Whether a sentence of an article published since the story's last briefing reports something that
    happened (see above): ``actors`` are the names the story's earlier articles carry, ``known`` their figures."""
    return bool(_ACT_DAY.search(_QUOTED.sub(" ", text)) or _opens_with_actor(text, actors)
                or _figures(text) - known)


_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d")
# Scene and anecdote openings a Key Development does not report in ("Walk the fields east of Lebanon and you will
# see ...", "For decades, the plant's towers ...", "When the founders first pitched investors ..."): the feature
# openings of ``_FEATURE`` that are never a hard-news framing ("In a statement", "As part of the deal" are).
_SCENE = re.compile(
    r"^(?:Walk |Drive |Stand |Step |Imagine|Picture |Not long ago|These days|Ever since|Once upon|"
    r"For (?:years|decades|generations|months)\b|Think of|Remember when|Welcome to|Meet |Here's|Here is|"
    r"When\b[^,]{0,80}\b(?:first|began|went|was|were|walked|pitched|arrived|started)\b)")


# The outlet's own voice (issue 11, twelfth pass: eval-fin's "Our analysis found that a traveller ... would save
# around \u00a345", a consumer outlet's test; "Founders we spoke to said", "the most capable we have tested"): the
# newsroom as "we" outside quoted speech, or "Here's what" anywhere. What it found is the outlet's finding, not a
# development; another sentence of the story states the news. Case-sensitive "us" ("US" is a country); a sentence
# with an unbalanced quote mark is part of a longer quotation (the speaker's "we") and is not judged.
_OUTLET_VOICE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Oo]urs|us|[Ww]e've|[Ww]e're|[Ww]e'd|[Ww]e'll|ourselves)\b|"
                           r"\b[Hh]ere's what\b")


def outlet_voice(text: str) -> bool:
    """The outlet speaking in its own voice outside quoted speech."""
    rest = _QUOTED.sub(" ", text.replace("\u2019", "'"))
    return not re.search(r"[\"\u201c\u201d]", rest) and bool(_OUTLET_VOICE.search(rest))


def feature_voice(text: str) -> bool:
    """A feature's voice, not reporting: the reader addressed or asked outside quoted speech, a scene or
    anecdote opening, or the outlet's own voice. Key Developments, "what is new" lines and the statements under a
    signal pass over such sentences."""
    return bool(_QUESTION_OR_YOU.search(_QUOTED.sub(" ", text)) or _SCENE.match(text) or outlet_voice(text))


# An opening clause, then a pronoun as the subject: "Asked to add a feature to a project, it read the code",
# "On Tuesday, they said ...": the pronoun refers to something named in an earlier sentence.
_PRONOUN_AFTER_CLAUSE = re.compile(r"^[^,;\"\u201c]{3,90}, (?:it|he|she|they|its|his|her|their)\b")


def pronoun_subject(text: str) -> bool:
    return bool(_PRONOUN_AFTER_CLAUSE.match(text))


def problems(c: Candidate) -> list[str]:
    """Why the candidate cannot lead (empty: it can)."""
    out = []
    if pronoun_subject(c.text):
        out.append("leans on an earlier sentence")
    if _QUESTION_OR_YOU.search(c.text):
        out.append("question or second person")
    if _FEATURE.match(c.text):
        out.append("feature opening")
    elif outlet_voice(c.text):
        out.append("the outlet's own voice")
    if _SOFT.search(c.text):
        out.append("teaser")
    if _UNNAMED.match(c.text):
        out.append("leans on an earlier sentence")
    return out


def states(c: Candidate) -> int:
    """0..2: a named actor in its first words, a figure or date."""
    head = " ".join(c.text.split()[1:14])
    first = c.text.split(" ", 1)[0]
    named = bool(_NAMED.search(head)) or (first[:1].isupper() and first.lower() not in _GENERIC_FIRST)
    return int(named) + int(bool(_FIGURE_OR_DATE.search(c.text)))


_GENERIC_FIRST = frozenset("a an the this that these those some many most several all any each every no in on at for "
                           "after before by as when while with under over since during if but and or so".split())


def leads(ranked: list[Candidate], dangling, focus: frozenset[str] = frozenset(),  # noqa: ANN001
          since: dt.date | None = None) -> list[Candidate]:
    """The candidates that may lead, best first: hard-news article leads that state the development, then other
    early sentences, then any; features, questions, teasers and leaning sentences never. ``focus``: the words of
    the page's category (a story on its secondary page is told for that page: sentences in its terms lead).
    ``since``: the date of the story's last briefing; among equally early sentences, those of articles published
    after it lead (a continuing story's bullet says what is new), unless they only react to the earlier development
    (``reports_act``): those lead after it."""
    ok = [c for c in ranked if not problems(c) and not dangling(c)]
    scoops: dict[object, bool] = {}   # per article (``scoop_article`` splits the body), for this call

    def is_scoop(a: Article) -> bool:
        if id(a) not in scoops:
            scoops[id(a)] = scoop_article(a)
        return scoops[id(a)]

    def framed(a: Article) -> bool:   # the article opens on a framing that cannot lead (per article, this call)
        if ("framed", id(a)) not in scoops:
            first = next(iter(split_sentences(a.body)), "")
            scoops[("framed", id(a))] = bool(_FEATURE.match(first) or _SOFT.search(first) or
                                             _QUESTION_OR_YOU.search(_QUOTED.sub(" ", first)))
        return scoops[("framed", id(a))]

    def briefed(a: Article) -> bool:
        return since is not None and not (a.published and edition_day(a.published) > since)

    earlier: list = []    # the names and figures of the story's sentences from articles of its last briefing or before

    def act(c: Candidate) -> bool:   # a sentence of a new article reports something that happened (``reports_act``)
        if not earlier:
            before = [x for x in ranked if all(briefed(a) for a in x.articles)]
            earlier.append((frozenset(n for x in before for n in x.names),
                            frozenset(f for x in before for f in _figures(x.text))))
        actors, known = earlier[0]
        return reports_act(c.text, actors, known)

    def key(c: Candidate) -> tuple:
        hard = not all(soft_article(a) for a in c.articles)
        # on a secondary page an article's first two sentences compete, unless the first is a framing (a question
        # posed, a scene): the second then goes on from it ("... delays that answer by at least four months")
        early = c.position > (1 if focus and not framed(c.articles[0]) else 0)
        later = [a for a in c.articles if since is not None and a.published and edition_day(a.published) > since]
        old = PREFER_NEW and since is not None and not later
        scoop = bool(later) and all(is_scoop(a) for a in later)   # what may happen next, told since the briefing
        reaction = PREFER_NEW and bool(later) and len(later) == len(c.articles) and not act(c)
        return (not hard, early, scoop, reaction, old,
                -(c.score + W_STATES * states(c) + W_FOCUS * on_focus(c.text, focus)))
    return sorted(ok, key=key)


_WORDS = re.compile(r"[a-z][a-z-]{2,}")
_STOP = frozenset("""the and for with from that this their its are was were has have had will would about into over
after more than such also which who what when where how other others new news""".split())


def focus_words(*texts: str) -> frozenset[str]:
    """Content words of a category's name, description and keywords (stems of 4 letters: "investors" ~ "invest", "valuation" ~ "valuing")."""
    return frozenset(w[:4] for t in texts for w in _WORDS.findall(t.lower()) if w not in _STOP)


def on_focus(text: str, focus: frozenset[str]) -> float:
    """0..1: how many of the sentence's content words are the page's words (saturating at three)."""
    if not focus:
        return 0.0
    hits = {w[:4] for w in _WORDS.findall(text.lower()) if w not in _STOP} & focus
    return min(1.0, len(hits) / 3)


def _cut_appositive(text: str) -> str:
    """The sentence without its first appositive that follows a name ("Moore Threads, a Chinese designer, has
    filed" -> "Moore Threads has filed"); a list after a common noun is not an appositive and stays."""
    for m in _APPOSITIVE.finditer(text):
        before = text[:m.start()].split()
        # the predicate must follow the closing comma ("..., has filed"): a capital there means the comma was
        # inside the appositive ("Sprigwell, a Davis, California startup that ...": a place and its state)
        if before and before[-1][:1].isupper() and text[m.end():m.end() + 1].islower():
            return text[:m.start()] + " " + text[m.end():]
    return text


def shorter(text: str, max_words: int = LEAD_MAX_WORDS) -> Iterator[str]:
    """The sentence, then versions with whole clauses cut (appositives, trailing commentary), shortest last;
    only versions of at most ``max_words`` words, unless none is (then the original)."""
    seen = [text]
    t = text
    while len(t.split()) > max_words:
        cut = _TRAILING.sub(".", t, count=1)
        if cut == t:
            cut = _cut_appositive(t)
        if cut == t or len(cut.split()) < 8:
            break
        t = cut
        seen.append(t)
    fits = [s for s in seen if len(s.split()) <= max_words]
    yield from (fits[:1] if fits else seen[:1])


def printed_in(c: Candidate, text: str) -> bool:
    """Whether ``text`` prints the candidate (whole, attributed, or shortened by ``shorter``)."""
    low = text.lower()   # "X reports that the ..." prints "The ..." in lower case
    return any(form in low for form in printed_forms(c.text))


def printed_in_any(c: Candidate, lowered: Sequence[str]) -> bool:
    """``any(printed_in(c, line) for line in lines)`` given the lines in lower case once (issue 14, scale16: a page
    asks it of each of its stories' candidates, and the lines were rebuilt and lowered for every candidate)."""
    forms = printed_forms(c.text)
    return any(form in low for low in lowered for form in forms)


# Candidate texts whose printed forms are kept (issue 14: the writer asks whether each candidate of a page's stories
# is printed in each line of the page, and ``shorter`` cut the same sentence again for every line: 1.4 % of a 10k
# edition's samples). A page's candidates are a few thousand sentences.
PRINTED_FORMS_CACHE = 16384


@lru_cache(maxsize=PRINTED_FORMS_CACHE)
def printed_forms(text: str) -> tuple[str, ...]:
    """What ``printed_in`` looks for, in order: the sentence, then each shortened version (lower case, without a
    closing full stop or exclamation mark). A pure function of the text."""
    return (text.rstrip(".!").lower(), *(v.rstrip(".!").lower() for v in shorter(text) if v != text))
