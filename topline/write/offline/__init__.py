"""The offline writer: deterministic, no network, no model.

For each category page it scores every sentence of each story's articles (``sentences``), then writes:

* Top Line: one compact, central sentence for each of the five leading stories;
* Key Developments: for the leading stories, what happened (attributed to the outlets that carry each sentence),
  how outlets differ on a figure, the link to another story of the edition through a shared name, and what is
  new since the story last appeared (``develop``);
* Signals & Trends: claims computed from the event ledger (an actor in several of today's stories, outlets that
  disagree on a figure, the momentum of a type of event; ``claims``), then themes spanning two to four of the
  page's stories (grouped by TF-IDF similarity and shared rare names), with the evidence counted in a closing
  line, the trend against previous days and what to watch (``signals``).

Every sentence is checked by the citation checker as it is made (``compose``); ``write_pages`` checks the page
again before it is published.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from typing import Sequence

from topline.history import printed_rows
from topline.records import Category, CategoryPage, RankedStory, Signal, TopLineItem
from topline.write.base import EditionContext, WriteStats
from topline.write.offline import claims, compare, develop, lead, signals, signals_page, twice
from topline.write.offline import same_figure as figure_rule
from topline.write.offline.compose import Composer
from topline.write.offline.develop import StoryText
from topline.write.offline.sentences import candidates, current_memo, same_fact, score
from topline.zones import edition_day

# A product and its version ("Meridian 5", "Norrow-4", "GPT-4o"): one release reported by several outlets (the
# launch, a hands-on, an explainer) that the grouping left as separate stories is one development.
_NOT_PRODUCT = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday chapter section article phase part title level stage tier
group series round class category page week day year quarter covid""".split())
_PRODUCT = re.compile(r"\b[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)*[ -]\d+(?:\.\d+)?[a-z]?\b"
                      r"(?![,.]?\d)(?!%| ?(?:per|bn|billion|million))")


def _tiers(ctx: EditionContext):  # noqa: ANN202 - OutletTiers | None
    from topline.rank.outlets import load_tiers
    path = ctx.settings.edition.outlets if ctx.settings is not None else ""
    try:
        return load_tiers(path)
    except Exception:  # noqa: BLE001 - a bad tier file is the ranker's error to report; the writer goes on
        return None


def edition_key(ctx: EditionContext, ranked: Sequence[RankedStory] | None = None) -> tuple:
    """What the writer's per-edition preparation (``OfflineWriter.prepare``, ``write.ahead``) is a function of, as a
    key compared with ``==`` (issues 14 and 10, mend33): the date, the edition's zone (``score`` and the pages ask
    which of its days an article is on), the outlet tiers the sentences are scored with, and the stories
    themselves (``ranked``, default ``ctx.ranked``: each story's articles with their text, enrichments,
    classification and ranking), not only their ids. The stories are held, not hashed: the same tuple compares by
    identity at no cost, another one by value (a story whose articles changed or grew under the same id is
    another edition's)."""
    from topline import zones
    return (ctx.date, zones.of(ctx.settings), _tiers(ctx), tuple(ctx.ranked if ranked is None else ranked))


class OfflineWriter:
    name = "offline"
    # Pages are written in order, not through a runner: a page avoids the sentences earlier pages printed
    # (no sentence repeated across pages, issue 11), so it depends on them (topline.write.write_pages).
    parallel_pages = False

    def __init__(self) -> None:
        self._edition_key: tuple | None = None
        self._texts: dict[str, StoryText] = {}
        self._names: dict[str, Counter[str]] = {}
        self._composer: Composer | None = None
        self._elsewhere: set[str] = set()   # sentences printed in Key Developments or Signals of earlier pages
        self._said: set[str] = set()        # the same, as printed (``_said``: attribution left out)
        self._titles: set[str] = set()      # signal titles printed on earlier pages (issue 12: a claim once)
        self._twice: twice.Titles | None = None   # one development split in two stories (issue 11, ninth pass)
        self._twice_seen: dict = {}         # story id -> its names (``twice.Titles``' cache)
        self._headlines: twice.Headlines | None = None
        self._outlets: frozenset[str] = frozenset()
        self._repeats: set[str] = set()     # this page's stories left out of its Top Line as a repeat of one above
        self._related: dict[str, list[TopLineItem]] = {}   # story id -> the bullets of the stories folded into it
        #                                     (stories31: one figure of one development told by two stories)
        self._pages_done: set[str] = set()  # pages of the edition written so far (signals18: a shared story's own
        #                                     page first)
        self._groups = signals.GroupsMemo()  # issue 14 (scale16): each page's themes once per edition

    def _prepare(self, ctx: EditionContext) -> None:
        """Score every story of the edition once (pages link to stories of other categories): again whenever
        ``edition_key`` differs from the one prepared (mend33: it was (date, story ids), so a writer writing the
        same date again after a story's articles changed kept the old sentences)."""
        from topline import zones
        key = edition_key(ctx)
        if self._edition_key is not None and key == self._edition_key:
            return
        with zones.edition(key[1]):     # the pages' zone (``write._write_one``), whoever calls
            self._start(ctx, key)

    def prepare(self, ctx: EditionContext) -> None:
        """A new edition (``write_pages`` calls it once, before the pages): ``new_edition``, then ``_prepare``."""
        self.new_edition()
        self._prepare(ctx)

    def new_edition(self) -> None:
        """What earlier pages printed is forgotten even when the next context is the edition written last (mend33:
        the same edition written twice by one writer lost the second's Key Developments to the first's printed
        sentences): the next page prepares afresh."""
        self._edition_key = None

    def _start(self, ctx: EditionContext, key: tuple) -> None:
        from topline.write import edition_articles
        self._edition_key = key
        self._composer = Composer(edition_articles(ctx))
        self._texts = {}
        self._names = {}
        self._elsewhere = set()
        self._said = set()
        self._titles = set()
        self._pages_done = set()
        self._groups = signals.GroupsMemo()
        self._twice_seen = {}
        self._outlets = compare.outlet_names(a for rs in ctx.ranked for a in rs.bundle.articles)
        self._headlines = twice.Headlines(ctx.ranked)
        # --- issue 14: prepared ahead in another process while the ledger ran (topline.write.ahead)
        from topline.write import ahead
        done = ahead.take(key)      # only what was prepared for this very key (date, zone, tiers, stories)
        if done is not None and set(done) == {rs.bundle.story.id for rs in ctx.ranked}:
            for rs in ctx.ranked:
                cands, names = done[rs.bundle.story.id]
                by_url = {a.url: a for a in rs.bundle.articles}
                self._texts[rs.bundle.story.id] = StoryText(rs, tuple(
                    dataclasses.replace(c, articles=tuple(by_url[u] for u in urls)) for c, urls in cands))
                self._names[rs.bundle.story.id] = names
            return
        # ---
        outlets = self._outlets
        tiers = key[2]
        memo = current_memo()     # issue 14: each article's sentences kept across editions (sentences_memo)
        for rs in ctx.ranked:
            arts = rs.bundle.articles
            ranked = score(candidates(arts, memo), [a.title for a in arts], ctx.date,
                           tiers.weight if tiers else None)
            self._texts[rs.bundle.story.id] = StoryText(rs, tuple(ranked))
            self._names[rs.bundle.story.id] = compare.story_names(rs, outlets)

    @property
    def verdicts(self):  # noqa: ANN201 - topline.check.verdicts.Verdicts | None
        """The checker verdicts of this edition's lines, for the page check (issue 14, scale17)."""
        return self._composer.verdicts if self._composer is not None else None

    @staticmethod
    def _page_lines(top, devs) -> list[str]:  # noqa: ANN001
        return [t.text for t in top] + [p.text for d in devs for p in d.paragraphs]

    def _top_sources(self, item):  # noqa: ANN001, ANN202 - TopLineItem -> candidates it prints
        st = self._texts.get(item.story_id)
        return [c for c in (st.ranked if st else ()) if lead.printed_in(c, item.text)]

    @staticmethod
    def _events(ctx: EditionContext, story_id: str) -> tuple | None:
        """The story's events as the ledger stage extracted them (None without a ledger: the writer then compares
        the articles itself)."""
        if ctx.ledger is None:
            return None
        return tuple(e for e in ctx.ledger.events if e.story_id == story_id)

    def _top_line(self, texts, comp, category: Category, words: frozenset[str], ctx: EditionContext,  # noqa: ANN001
                  n_top: int) -> list[TopLineItem]:
        """The page's Top Line, best first: stories one of whose sentences can lead (``lead.leads``); a story none
        of whose sentences can (a hands-on review opening "Asked to add a feature ..., it read the code") only
        below them, when fewer than ``n_top`` stories have a lead. A bullet stating the same fact as a bullet above it (the
        same amount about the same names: one development reported as two stories) is left out, and so is one outlet's
        story whose headlines and bullet repeat a story above it (``twice``: the stories stage split one
        development); the slot goes to the next story."""
        def item(st, strict: bool):  # noqa: ANN001, ANN202
            return develop.top_line_item(st, comp, words if st.rs.classification.primary != category.name
                                         else frozenset(), develop.last_briefed(ctx.history, st.id), strict=strict)
        out: list[TopLineItem] = []
        stated: list = []
        named: set[str] = set()
        # names of the page's candidates only (issue 14: cost follows what is published)
        self._twice = twice.Titles([st.rs for st in texts], self._outlets, self._twice_seen, self._headlines)
        # issue 14 (speed34): the first lead each story would try, parsed in one batch before they are checked
        firsts = (next(develop.lead_texts(st, words if st.rs.classification.primary != category.name
                                          else frozenset(), develop.last_briefed(ctx.history, st.id)), None)
                  for st in texts[:n_top])
        comp.prefetch((text, c.articles, False) for text, c in filter(None, firsts))
        for strict in (True, False):       # stories that can lead first, then (only to fill the page) the others
            for st in texts:
                if len(out) >= n_top:
                    return out
                if any(t.story_id == st.id for t in out):
                    continue
                t = item(st, strict)
                if t is None:
                    continue
                mine = self._top_sources(t)
                if any(same_fact(a, b) for a in mine for b in stated):
                    continue
                upper = next((u for u in out if figure_rule.same_figure(t.text, u.text)), None)
                if upper is not None:
                    self._repeats.add(st.id)   # the figure a bullet above states, of the same thing (stories31)
                    self._related.setdefault(upper.story_id, []).append(t)
                    continue
                if (self._twice is not None and _single_source(st.rs)
                        and self._twice.same(st.rs, t.text, [(u.story_id, u.text) for u in out])):
                    self._repeats.add(st.id)   # one outlet's report of a development a bullet above states
                    continue
                products = products_named(t.text)
                if strict and products & named and _single_source(st.rs):
                    continue   # a lone outlet's piece on a product release already stated above
                named |= products
                stated += mine
                out.append(t)
        return out

    def _with_related(self, d, used: set[str]):  # noqa: ANN001, ANN202 - Development -> Development
        """The development with the bullets of the stories the Top Line folded into it (``same_figure``: another
        report of the same figure) as its last paragraph, citing their own articles: the reader finds the other
        report under the development it tells, not as a second item of the page (stories31)."""
        from topline.records import Paragraph
        told = {p.text for p in d.paragraphs}
        extra = [t for t in self._related.get(d.story_id, ()) if t.text not in told and t.text not in used
                 and t.text not in self._elsewhere]
        if not extra:
            return d
        used.update(t.text for t in extra)
        return dataclasses.replace(d, paragraphs=d.paragraphs + tuple(
            Paragraph(text=t.text, citations=t.citations) for t in extra))

    def _printed_before(self, sig) -> bool:  # noqa: ANN001 - records.Signal
        """The signal prints a sentence an earlier page printed in its Key Developments or Signals (known by
        ``_said``) and its title makes no claim: a story on two pages (its subject's and its kind's, issue 11) would
        bring the same quote to both pages' themes; the page takes the next signal instead. A claim (issue 12) is
        kept: dropping claims for a repeated quote lowered the share of claims (demo 8 of 16 -> 5 of 13), unless
        it prints nothing an earlier page has not (the same claim on two pages)."""
        if sig.title in self._titles:
            return True     # the same claim on an earlier page (a story on two pages, issue 12 sixth pass)
        keys = _said(sig.text)
        if not keys & self._said:
            return False
        if keys <= self._said:
            return True     # every sentence printed on an earlier page: the same signal twice, claim or not
        actors = sorted({n for i in sig.story_ids for n in self._names.get(i, ())})
        return not claims.is_claim(sig.title, actors)   # a claim (issue 12) is kept: its evidence is its own

    def write_page(self, category: Category, stories: Sequence[RankedStory], ctx: EditionContext,
                   stats: WriteStats) -> CategoryPage:
        self._prepare(ctx)
        comp = self._composer
        assert comp is not None     # set by _prepare
        es = ctx.settings.edition if ctx.settings is not None else None
        n_top, n_dev, n_sig = (es.top_line, es.key_developments, es.signals) if es else (5, 4, 3)
        texts = [self._texts[rs.bundle.story.id] for rs in stories if rs.bundle.story.id in self._texts]
        words = lead.focus_words(category.name, category.description, " ".join(category.keywords))
        self._repeats = set()
        self._related = {}
        top = self._top_line(texts[:n_top * 2], comp, category, words, ctx, n_top)
        used: set[str] = set(self._elsewhere)   # a story on two pages is told in other sentences on the second
        avoid = frozenset(c.text for t in top for c in self._top_sources(t)) | frozenset(self._elsewhere)
        openings: Counter[str] = Counter()
        # "Since the D edition" names an edition that printed the story (pipeline.mark_printed), not one that only
        # ranked it
        shown = printed_rows(ctx.history)     # issue 14: once an edition, indexed by story
        devs = []
        # issue 14 (speed34): the lines the developments will check first, parsed in one batch
        comp.prefetch(line for st in [t for t in texts if t.id not in self._repeats][:n_dev]
                      for line in develop.planned(st, comp, avoid))
        for st in texts:
            if len(devs) >= n_dev:
                break
            if st.id in self._repeats:
                continue    # the Top Line left it out as a repeat of a development above: not told twice below
            d = develop.development(st, comp, edition=ctx.ranked, names=self._names, texts=self._texts,
                                    history=shown, day=ctx.date, used=used, avoid=avoid,
                                    openings=openings, events=self._events(ctx, st.id))
            if d is not None:
                devs.append(self._with_related(d, used))
        page_lines = [line.lower() for line in self._page_lines(top, devs)]   # once, not once per candidate
        printed = frozenset(c.text for st in texts for c in st.ranked if lead.printed_in_any(c, page_lines))
        comp.here = printed     # printed on this page: a claim may build on it, citing it, not printing it again
        printed |= frozenset(self._elsewhere)
        comp.avoid = printed
        # what the repeat net (``_without_repeats``) refuses, known to the claims as they choose their statements
        # (signals21: eval-fin's Regulation claim printed a share move the Markets page had printed in other words,
        # and was dropped whole though another statement of the move was free)
        comp.said = frozenset(self._said | {k for line in self._page_lines(top, devs) for k in _said(line)})
        # claims from the event ledger first (issue 12), then themes shared by the page's stories
        sigs = [s for s in claims.claim_signals(category.name, ctx.ranked, ctx.ledger, self._texts, comp,
                                                ctx.previous_signals, ctx.date, self._names)
                if not self._printed_before(s)][:n_sig]
        claimed = {sid for s in sigs for sid in s.story_ids}
        for g in signals.groups(category.name, ctx.ranked, self._names, self._texts, self._groups):
            if len(sigs) >= n_sig:
                break
            if claimed & set(g.ids):
                continue    # its stories already make a claim
            s = signals.signal(g, self._texts, comp, history=ctx.history, previous=ctx.previous_signals,
                               day=ctx.date, printed=printed, claims_only=ctx.ledger is not None,
                               elsewhere=frozenset(x for x in self._elsewhere if len(x) > 20),
                               events=ctx.ledger.events if ctx.ledger is not None else ())   # issue 12: claims
            if s is not None and not self._printed_before(s):
                sigs.append(s)
        # issue 12, sixth pass: a kind of event several of the page's other stories report today
        taken = {sid for s in sigs for sid in s.story_ids}
        # signals27: a story another page needs may be lent when that page keeps its claim all the same (eval-work's
        # Schools page of 12 January had lost its true claim to the HR-Tech page's need of Karigar Learn's round)
        lent: dict[str, str] = {}
        kinds = signals_page.kind_signals(category.name, ctx.ranked, ctx.ledger, self._texts, comp, ctx.date, taken,
                                          ctx.previous_signals, self._names, self._shared_ok(ctx, comp, lent))
        if lent and not self._homes_keep(kinds, lent, ctx, comp):
            kinds = signals_page.kind_signals(category.name, ctx.ranked, ctx.ledger, self._texts, comp, ctx.date,
                                              taken, ctx.previous_signals, self._names, self._shared_ok(ctx, comp))
        sigs += [s for s in kinds if not self._printed_before(s)][:max(0, n_sig - len(sigs))]
        shown_above = [t.text for t in top] + [p.text for d in devs for p in d.paragraphs]
        sigs = _without_repeats(sigs, shown_above, self._said)
        if not sigs and ctx.ledger is not None:
            # every signal made was dropped as a repeat: the page's fallback claims, each through the same nets, the
            # first kept (signals23 asked the state kind only; signals24: eval-work's HR-Tech page of 13 January had
            # lost a claim over days and a pairing to the nets, and its own launch and probe made none)
            def keep(s: Signal) -> bool:
                return not self._printed_before(s) and bool(_without_repeats([s], shown_above, self._said))
            sigs = signals_page.fallback_signals(category.name, ctx.ranked, ctx.ledger, self._texts, comp, ctx.date,
                                                 ctx.previous_signals, self._names, self._shared_ok(ctx, comp), keep)
        lines = [p.text for d in devs for p in d.paragraphs] + [s.text for s in sigs]
        lowered = [line.lower() for line in lines]
        self._elsewhere |= used | {c.text for st in texts for c in st.ranked if lead.printed_in_any(c, lowered)}
        self._said |= {k for line in lines for k in _said(line)}
        self._titles |= {s.title for s in sigs}
        self._pages_done.add(category.name)
        note = ""
        if not sigs and ctx.ledger is not None:    # issue 12: a page with no signal says why (signals18)
            from topline.events.ledger import NoSignal, no_signal_note
            note = no_signal_note(category.name, ctx.ranked, ctx.date, NoSignal(
                *signals_page.day_counts(category.name, ctx.ranked, ctx.ledger, comp, ctx.date,
                                         self._texts)))
        return CategoryPage(name=category.name, slug=category.slug, top_line=tuple(top),
                            key_developments=tuple(devs), signals=tuple(sigs), description=category.description,
                            signals_note=note)

    def _shared_ok(self, ctx: EditionContext, comp: Composer,  # noqa: ANN202 - RankedStory -> bool
                   lent: dict[str, str] | None = None):
        """Whether the page being written may take a story it shares with another page (its primary category) for
        its day's claim (``signals_page.fallback_signals`` step 3): a story's statement serves its own page first
        (signals17 had eval-energy's Policy page take two Markets stories' moves, and the Markets page lost its
        claims). Its page written already took what it needed (a statement it printed is never printed again); a
        page still to write needs it when the page has no ledger claim or theme titled as a claim (``_first_claims``)
        and its claim of a kind or of its day uses the story and none can be made without it
        (``signals_page.needs_story``)."""
        order = {c.name for c in ctx.taxonomy.categories} if ctx.taxonomy is not None else set()
        first: dict[str, list[Signal]] = {}

        def ok(rs: RankedStory) -> bool:
            home, sid = rs.classification.primary, rs.bundle.story.id
            if home in self._pages_done or home not in order:
                return True
            if home not in first:
                first[home] = self._first_claims(home, ctx, comp)
            if first[home]:
                return True     # its page has a claim before its kinds and its day (a theme, when written, is
                #                 titled by another of its stories: cal-biotech's Manufacturing page, 18 May)
            if not signals_page.needs_story(home, ctx.ranked, ctx.ledger, self._texts, comp, ctx.date, sid,
                                            self._names):
                return True
            # signals27: a story its page needs, told there in two sentences or more, is lent; the claim made with it
            # is kept only when that page still makes its own (``_homes_keep``)
            if lent is not None and self._told_twice(sid, ctx, comp):
                lent[sid] = home
                return True
            return False
        return ok

    def _told_twice(self, sid: str, ctx: EditionContext, comp: Composer) -> bool:
        """Story ``sid`` states its event of the day in two sentences or more, each with a clause: one page may print
        one and another page the other."""
        from topline.write.offline import claim_lines
        from topline.write.offline.clause import clause
        stated = {s for e in ctx.ledger.events if e.story_id == sid and claim_lines.news_of(e, comp, ctx.date)
                  for url, s in claims._statements(e, comp, ctx.date) if s and clause(e, s)
                  and (a := comp.articles.get(url)) is not None and a.published and edition_day(a.published) == ctx.date}
        return len(stated) >= 2

    def _homes_keep(self, sigs: Sequence[Signal], lent: dict[str, str], ctx: EditionContext,
                    comp: Composer) -> bool:
        """Each page a story was lent from (``lent``: story -> its page, still to write) still makes its claim with
        that story once ``sigs`` are printed (their sentences avoided and known to the repeat net): the claim of its
        kinds and its day, asked as ``signals_page.needs_story`` asks it."""
        used = {sid: lent[sid] for s in sigs for sid in s.story_ids if sid in lent}
        if not used:
            return True
        lowered = [s.text.lower() for s in sigs]
        taken = {c.text for sid in used for c in (self._texts[sid].ranked if sid in self._texts else ())
                 if c.text and lead.printed_in_any(c, lowered)}

        def none(rs: RankedStory) -> bool:
            return False
        avoid, said = comp.avoid, comp.said
        comp.avoid, comp.said = avoid | taken, said | {k for s in sigs for k in _said(s.text)}
        try:
            return all(any(sid in x.story_ids for x in signals_page.kind_signals(
                home, ctx.ranked, ctx.ledger, self._texts, comp, ctx.date, names=self._names, shared_ok=none))
                for sid, home in used.items())
        finally:
            comp.avoid, comp.said = avoid, said

    def _first_claims(self, home: str, ctx: EditionContext, comp: Composer) -> list[Signal]:
        """The claims page ``home`` (still to write) is likely to make before its kinds and its day: the ledger's
        claims and its themes titled as claims, read as that page would start (what earlier pages printed avoided,
        nothing of its own printed yet; a look-ahead: the page, when written, avoids what is printed by then)."""
        here, avoid, said = comp.here, comp.avoid, comp.said
        comp.here, comp.avoid = frozenset(), frozenset(self._elsewhere)   # as that page starts: earlier pages' lines
        comp.said = frozenset(self._said)
        try:
            out = list(claims.claim_signals(home, ctx.ranked, ctx.ledger, self._texts, comp, ctx.previous_signals,
                                            ctx.date, self._names))
            for g in signals.groups(home, ctx.ranked, self._names, self._texts, self._groups):
                s = signals.signal(g, self._texts, comp, history=ctx.history, previous=ctx.previous_signals,
                                   day=ctx.date, printed=comp.avoid, claims_only=True,
                                   elsewhere=frozenset(x for x in self._elsewhere if len(x) > 20),
                                   events=getattr(ctx.ledger, "events", ()))
                if s is not None:
                    out.append(s)
        finally:
            comp.here, comp.avoid, comp.said = here, avoid, said
        return out


_SAID_WORDS = 10     # a sentence is known by its last this-many words (what the source says, after any attribution)


def _said(text: str) -> set[str]:
    """Keys of the sentences of a printed text (its last ``_SAID_WORDS`` words, lower case; sentences of fewer than
    six words and a signal's computed footers left out)."""
    from topline.text import split_sentences
    out = set()
    for s in split_sentences(text):
        words = re.findall(r"\w+", s.lower())
        if len(words) >= 6 and not re.match(r"(?:Evidence|Trend): ", s):
            out.add(" ".join(words[-_SAID_WORDS:]))
    return out


def _without_repeats(sigs: Sequence[Signal], top_line: Sequence[str], said: set[str]) -> list[Signal]:
    """The signals that print no statement a reader has already read above them or on an earlier page: a sentence of
    this page's Top Line or of an earlier page's Key Developments and Signals (``said``). Such a signal is left out
    whole, not trimmed: its title is checked against the statements beneath it (a claim whose statement was cut
    would lose its title to the checker). ``top_line`` holds this page's Top Line and Key Developments: a sentence
    is never printed twice in the edition (the claims choose statements the page has not printed; this is the net
    for one printed in other words, as a cleaned candidate or with another attribution)."""
    from topline.text import split_sentences
    seen = set(said) | {k for line in top_line for k in _said(line)}
    return [s for s in sigs if not any(_said(x) & seen for x in split_sentences(s.text))]


def _single_source(rs: RankedStory) -> bool:
    from topline.write import single_source
    return single_source(rs) is not None


def products_named(text: str) -> set[str]:
    """Product-and-version names in a sentence ("Meridian 5", "Norrow-4"); dates, legal sections, trial phases left
    out."""
    return {m for m in _PRODUCT.findall(text) if not _NOT_PRODUCT & set(re.split(r"[ -]", m.lower()))}
