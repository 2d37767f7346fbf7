"""The LLM writer: story by story, then the category synthesis, every sentence checked before it is kept.

For each story: one short call (cached) showing numbered source sentences (``prompts.story_prompt``), parse,
check every item (the Top Line, one or two facts); the failing items go to one short repair call (each as the
source sentence it was to restate), and an item that fails again is the offline writer's sentence for that
source, never the failure. Facts cite source sentences' articles; analysis sentences cite the facts of their
development (``check.check_analysis``) and are published as a paragraph of kind "analysis".

Failure policy (settings in ``[llm]``):

* each call has a deadline of ``timeout`` seconds, retries (``max_retries``, Retry-After honoured) included, and
  never past the edition's writing budget;
* an answer that is not valid JSON, is a refusal, or says nothing (every sentence "...", empty, boilerplate) gets
  one regeneration; if that fails too, that story (or that page's signals) is written offline, and only that;
* ``breaker_failures`` failed calls in a row (timeouts, 5xx or dropped connections after their retries) switch the
  LLM off for the rest of the edition: one slow answer does not; a success resets the count. An authentication
  failure, an unknown model, a missing ``openai`` package or an exhausted call/token budget switch it off at once;
* ``write_budget`` seconds of writing per edition: past it, the remaining stories are written offline;
* answers are streamed (``stream``): a call given up on closes its connection, so a server that stops on a
  disconnect (llama.cpp's) does not keep the next call waiting behind an answer nobody reads.
"""
from __future__ import annotations

import dataclasses
import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Hashable, Sequence

from topline.records import (ANALYSIS, Article, Category, CategoryPage, Citation, Development, Paragraph,
                             RankedStory, Signal, TopLineItem)
from topline.text import content_hash, split_sentences
from topline.write.base import EditionContext, WriteStats
from topline.write.llm import prompts
from topline.check.page import reason
from topline.write.llm.check import (Checked, Failed, Item, as_seen, check_all, check_analysis, check_one,
                                     foreign_addresses)
from topline.chat import Budget, ChatClient, ChatRequest, LLMFailure
from topline.write.llm.parse import (Sent, SignalDraft, StoryDraft, content_free, load_object, parse_repair,
                                     parse_signals, parse_story)
from topline.write.llm.related import last_briefed, previous_editions, trend
from topline.write.offline import lead
from topline.write.offline.compose import STYLES, Composer, Line, grouped
from topline.write.offline.compose import headline as compose_headline
from topline.sanitize import clean_line, clean_output

DISABLE_AT_ONCE = ("auth", "not_found", "budget", "not_installed", "write_budget")   # these recur: stop asking
TRANSPORT = ("timeout", "http_5xx", "connection_error", "cut_stream", "rate_limited", "unexpected")
REGENERATE = ("invalid_json", "truncated", "refusal", "content_free")   # one regeneration, then offline
SIGNALS_MIN_STORIES = 2             # a synthesis needs at least this many written stories
MIN_FACTS = 1                       # a development needs this many fact sentences besides the Top Line: where the
                                    # model wrote fewer, the next sources are asked for (then written offline)
FIRST_PARAGRAPH = 2                 # fact sentences in a development's first paragraph
REPEAT = 0.6                        # word overlap (Jaccard) above which a fact repeats one kept before it


@dataclass
class _Edition:
    """Per-edition state: the budget and whether the LLM is still worth asking."""
    ctx: EditionContext
    budget: Budget
    disabled: str = ""
    transport_failures: int = 0
    started: float = field(default_factory=time.monotonic)
    _tiers: Any = None

    def tier(self) -> Callable[[str], float] | None:
        """The outlet tier weight the offline writer scores sentences with (None without a tier file)."""
        if self._tiers is None:
            from topline.rank.outlets import load_tiers
            path = self.ctx.settings.edition.outlets if self.ctx.settings is not None else ""
            try:
                self._tiers = load_tiers(path)
            except Exception:  # noqa: BLE001 - a bad tier file is the ranker's error to report
                self._tiers = False
        return self._tiers.weight if self._tiers else None


@dataclass
class _Written:
    story: RankedStory
    top: TopLineItem | None
    development: Development | None
    sentences: list[tuple[str, tuple[Article, ...]]] = field(default_factory=list)


class LLMWriter:
    """Writes category pages with any OpenAI-compatible chat-completions server (``settings.llm``)."""
    name = "llm"

    def __init__(self, settings, cache=None, *, offline=None):  # noqa: ANN001 - Settings, CacheRepo, Writer
        self.settings = settings
        self.cache = cache
        self.client = ChatClient(settings.llm)
        if offline is None:
            from topline.write.offline import OfflineWriter
            offline = OfflineWriter()
        self.offline = offline
        self._edition: _Edition | None = None
        self.drops: Counter[str] = Counter()   # sentences this writer dropped, by reason (all editions)
        self.tally: Counter[str] = Counter()   # published items by origin: llm, regenerated, offline; analysis

    # --- the page -------------------------------------------------------------------------------------------

    def prepare(self, ctx: EditionContext) -> None:  # noqa: ARG002 - the LLM writer prepares per page
        """A new edition (``write_pages`` calls it once): the offline writer it falls back to starts afresh on its
        next page (mend33), even for the edition it wrote last."""
        forget = getattr(self.offline, "new_edition", None)
        if forget is not None:
            forget()

    def write_page(self, category: Category, stories: Sequence[RankedStory], ctx: EditionContext,
                   stats: WriteStats) -> CategoryPage:
        run = self._run(ctx)
        drops_before = Counter(self.drops)
        tally_before = Counter(self.tally)
        es = (ctx.settings or self.settings).edition
        leading = stories[:max(es.top_line, es.key_developments)]
        written = [self._story(category, rs, ctx, stats, run) for rs in leading]
        top = [w.top for w in written[:es.top_line] if w.top is not None]
        devs = [w.development for w in written[:es.key_developments] if w.development is not None]
        signals = self._signals(category, stories, written, ctx, stats, run, es.signals)
        dropped = self.drops - drops_before
        tally = self.tally - tally_before
        if tally:
            stats.notes.append(f"{category.name}: LLM-written sentences kept {tally['llm'] + tally['regenerated']} "
                               f"(first answer {tally['llm']}, regenerated {tally['regenerated']}), analysis "
                               f"{tally['analysis']}; offline sentences for items the LLM failed {tally['offline']}; "
                               f"LLM calls answered {tally['answered']}")
        if dropped:
            stats.notes.append(f"{category.name}: the LLM writer dropped {sum(dropped.values())} sentence(s) ("
                               + ", ".join(f"{k} {n}" for k, n in sorted(dropped.items())) + ")")
        return CategoryPage(name=category.name, slug=category.slug, top_line=tuple(top),
                            key_developments=tuple(devs), signals=tuple(signals), description=category.description)

    def _run(self, ctx: EditionContext) -> _Edition:
        if self._edition is None or self._edition.ctx is not ctx:
            llm = self.settings.llm
            self._edition = _Edition(ctx, Budget(llm.budget_calls, llm.budget_tokens))
        return self._edition

    # --- one story ------------------------------------------------------------------------------------------

    def _story(self, category: Category, rs: RankedStory, ctx: EditionContext, stats: WriteStats,
               run: _Edition) -> _Written:
        from topline import zones
        tz = zones.of(ctx.settings)
        until = zones.day_end(ctx.date, tz)      # midnight after the edition's date in its zone
        if not any(a.published is None or a.published < until for a in rs.bundle.articles):
            return _Written(rs, None, None)
        sid = rs.bundle.story.id
        events = [e for e in getattr(ctx.ledger, "events", ()) if e.story_id == sid]
        prompt = prompts.story_prompt(category, rs, day=ctx.date, until=until, tz=tz,
                                      last_briefed=last_briefed(sid, ctx.history), events=events,
                                      tier=run.tier())
        if not prompt.passages:
            return self._fallback(category, rs, ctx, stats, "no_sources")
        try:
            draft, _ = self._ask(prompt, parse_story, stats, run)
        except LLMFailure as exc:
            return self._fallback(category, rs, ctx, stats, exc.reason)
        written = self._check_story(draft, prompt, rs, stats, run)
        if written is None:
            return self._fallback(category, rs, ctx, stats, "nothing_verified")
        return written

    def _check_story(self, draft: StoryDraft, prompt: prompts.Prompt, rs: RankedStory, stats: WriteStats,
                     run: _Edition) -> _Written | None:
        """Every item checked; a failing item (a placeholder, an invented or unsupported sentence) is regenerated
        once from the source sentence it was to restate, and if that fails too, that item is the offline writer's
        sentence for that source (never the failure). Facts that repeat one kept before are dropped."""
        own = prompt.own
        facts = [_cited(s, prompt) for para in draft.paragraphs for s in para]
        items = [Item(("top",), _cited(draft.top_line, prompt), own)] if draft.top_line is not None else []
        items += [Item(("fact", k), s, own) for k, s in enumerate(facts)]
        fids: dict[str, tuple] = {}
        for k, s in enumerate(facts):   # fact ids: the model's own, else F1.. in order (the Top Line has none:
            fids.setdefault(s.fid or f"F{k + 1}", ("fact", k))   # analysis builds on its development's facts)
        results = {item.key: check_one(item, prompt.refs) for item in items}
        ok: dict[Hashable, Checked] = {k: r for k, r in results.items() if isinstance(r, Checked)}
        origin = {k: "llm" for k in ok}
        failed = [r for r in results.values() if isinstance(r, Failed)]
        for f in failed:
            self._count_drop(f.problems, stats)
        if draft.top_line is None:                    # no top line: the lead sentence is that item
            failed.insert(0, Failed(Item(("top",), Sent("", ()), own), "", ("empty",), ()))
        used = {pid for c in ok.values() for pid in c.cites[:1]}
        todo: list[tuple[Hashable, prompts.Passage]] = []
        for f in failed:
            p = _passage_for(f, prompt)
            if p is not None and p.id not in used:
                used.add(p.id)
                todo.append((f.item.key, p))
        if len(ok) + len(todo) < 1 + MIN_FACTS:       # too few facts: the next unused sources, as items
            for p in prompt.passages.values():
                if p.id not in used and len(ok) + len(todo) < 1 + MIN_FACTS:
                    used.add(p.id)
                    todo.append((("fact", len(facts) + len(todo)), p))
        if todo:
            repaired: dict[int, Sent] = {}
            try:
                repaired, _ = self._call(prompts.repair_request(prompt, [(n, p.text) for n, (_, p) in
                                                                         enumerate(todo, 1)]),
                                         parse_repair, stats, run)
            except (LLMFailure, _BadAnswer):   # a repair answer that is cut off, not JSON or empty: no
                pass                           # regeneration of a regeneration; each item is written offline
            for n, (key, p) in enumerate(todo, 1):
                new = repaired.get(n)
                got = None
                if new is not None:
                    stats.sentences_regenerated += 1
                    got = check_one(Item(key, _cited(Sent(new.text, (p.id,)), prompt), own), prompt.refs)
                if isinstance(got, Checked):
                    ok[key], origin[key] = got, "regenerated"
                    continue
                if got is not None:
                    self._count_drop(got.problems, stats)
                line = self._offline_line(p, key == ("top",))
                if line is not None:
                    ok[key], origin[key] = line, "offline"
        top = ok.get(("top",))
        kept: list[Checked] = []
        kept_keys: list[Hashable] = []
        for key in sorted((k for k in ok if k[0] == "fact"), key=lambda k: k[1]):
            c = ok[key]
            if any(_repeats(c.text, x.text) for x in kept + ([top] if top else [])):
                self.drops["repeat"] += 1
                continue
            kept.append(c)
            kept_keys.append(key)
        if top is None and not kept:
            return None
        sid = rs.bundle.story.id
        if top is None:
            top, kept, kept_keys = kept[0], kept[1:], kept_keys[1:]
        for key in [("top",)] + kept_keys:
            self.tally[origin.get(key, "llm")] += 1
        sentences = [(top.text, _articles(top, prompt))] + [(c.text, _articles(c, prompt)) for c in kept]
        top_item = TopLineItem(text=top.text, story_id=sid, citations=top.citations)
        paragraphs = [Paragraph(text=" ".join(line.text for line in group),
                                citations=tuple(dict.fromkeys(x for line in group for x in line.citations)))
                      for part in (kept[:FIRST_PARAGRAPH], kept[FIRST_PARAGRAPH:]) if part
                      # joined, the sentences must split back into exactly these (the page gate splits them)
                      for group in grouped([Line(c.text, c.citations) for c in part])]
        analysis = self._analysis(draft, fids, {k: ok[k] for k in kept_keys}, stats)
        if analysis is not None and paragraphs:
            paragraphs.append(analysis)
            self.tally["analysis"] += 1
        dev = None
        if paragraphs:
            by_llm = any(origin.get(k) != "offline" for k in kept_keys)
            cited = tuple(dict.fromkeys(c for para in paragraphs for c in para.citations))
            headline = self._headline(draft.headline, prompt, rs, cited)
            dev = Development(story_id=sid, headline=headline, paragraphs=tuple(paragraphs),
                              writer="llm" if by_llm else "offline-fallback")
        return _Written(rs, top_item, dev, sentences)

    def _count_drop(self, problems: Sequence[str], stats: WriteStats) -> None:
        """A generated sentence that failed its check (it is regenerated or replaced, never published)."""
        why = "placeholder" if tuple(problems) in (("empty",), ("placeholder",)) else reason(problems)
        stats.sentences_checked += 1
        stats.sentences_dropped += 1
        stats.drops[why] += 1
        self.drops[why] += 1

    def _offline_line(self, p: prompts.Passage, top: bool) -> Checked | None:
        """The offline writer's sentence for a source: the lead cut to a Top Line, or the sentence attributed to
        its outlet; checked like any other line."""
        c = p.candidate
        if c is None:
            return None
        comp = Composer({a.url: a for a in c.articles})
        if top:
            texts = list(lead.shorter(c.text))
            line = next((got for got in (comp.line(t, c.articles) for t in texts) if got), None)
        else:
            line = comp.attributed_line(c, STYLES[int(p.id[1:]) % len(STYLES)])
        if line is None:
            return None
        return Checked(line.text, line.citations, (p.id,))

    def _analysis(self, draft: StoryDraft, fids: dict[str, tuple], ok: dict, stats: WriteStats
                  ) -> Paragraph | None:
        """The analysis sentences whose cited facts were kept (in the development: what the page gate checks
        them against) and which add nothing those facts do not contain, as one paragraph of kind "analysis"
        citing the articles of those facts."""
        kept, cites = [], []
        for a in draft.analysis:
            facts = [ok[fids[f]] for f in a.builds_on if f in fids and fids[f] in ok]
            text = clean_output(a.text)
            citations = tuple(dict.fromkeys(c for f in facts for c in f.citations))
            bad = (not facts or content_free(text) or foreign_addresses(a.text, citations)
                   or check_analysis(text, [f.text for f in facts]))
            if bad:
                stats.sentences_checked += 1
                stats.sentences_dropped += 1
                self.drops["analysis"] += 1
                continue
            kept.append(text)
            cites += citations
        if not kept:
            return None
        return Paragraph(text=" ".join(kept), citations=tuple(dict.fromkeys(cites)), kind=ANALYSIS)

    def _headline(self, headline: str, prompt: prompts.Prompt, rs: RankedStory,
                  cited: Sequence[Citation] = ()) -> str:
        """The model's headline (the short prompt asks for none) when the story's articles, as the model saw them,
        carry it; else the title of an article the development cites that its citations carry (what the page gate
        checks a headline against), as the model saw it, a wire label or outlet tail cut as the offline writer
        does; else the story's title."""
        from topline.check import check_sentence
        if headline:
            r = check_one(Item(("headline",), Sent(headline, tuple(prompt.refs)), prompt.own), prompt.refs,
                          headline=True)
            if isinstance(r, Checked):
                return r.text
        by_url = {a.url: as_seen(a) for a in prompt.own}
        for c in cited:
            a = by_url.get(c.url)
            title = compose_headline(clean_output(a.title)) if a is not None else ""
            if title and check_sentence(title, tuple(cited), by_url, headline=True).ok:
                return title
        title = clean_output(clean_line(rs.bundle.story.title))
        return compose_headline(title) or title

    def _fallback(self, category: Category, rs: RankedStory, ctx: EditionContext, stats: WriteStats,
                  reason: str) -> _Written:
        """The story written by the offline writer, marked as such, and the fallback counted and noted."""
        sub = WriteStats()
        page = self.offline.write_page(category, [rs], ctx, sub)
        sub.notes = []
        stats.add(sub)
        stats.fallbacks += 1
        stats.notes.append(f"{category.name}: story {rs.bundle.story.id} written offline, the LLM failed "
                           f"({reason})")
        top = page.top_line[0] if page.top_line else None
        dev = page.key_developments[0] if page.key_developments else None
        if dev is not None:
            dev = dataclasses.replace(dev, writer="offline-fallback")
        arts = {a.url: a for a in rs.bundle.articles}
        sentences = []
        if top is not None:
            sentences.append((top.text, tuple(arts[c.url] for c in top.citations if c.url in arts)))
        return _Written(rs, top, dev, sentences)

    # --- signals --------------------------------------------------------------------------------------------

    def _signals(self, category: Category, stories: Sequence[RankedStory], written: list[_Written],
                 ctx: EditionContext, stats: WriteStats, run: _Edition, n: int) -> list[Signal]:
        usable = [w for w in written if w.sentences]
        if n <= 0 or len(usable) < SIGNALS_MIN_STORIES:
            return []
        summaries = [prompts.StorySummary(
            story_id=w.story.bundle.story.id,
            headline=w.development.headline if w.development else w.story.bundle.story.title,
            sentences=tuple(w.sentences), outlets=len(w.story.bundle.story.outlets),
            articles=len(w.story.bundle.articles),
            previous_editions=previous_editions(w.story.bundle.story.id, ctx.history)) for w in usable]
        story_of = {a.url: rs.bundle.story.id for rs in ctx.ranked for a in rs.bundle.articles}
        prompt = prompts.signals_prompt(category, summaries, n, story_of)
        try:
            drafts, answer = self._ask(prompt, parse_signals, stats, run)
            signals = self._check_signals(drafts[:n], answer, prompt, ctx, stats, run)
            reason = "" if signals else "no signal passed the check"
        except LLMFailure as exc:
            signals, reason = [], f"the LLM failed ({exc.reason})"
        if signals:
            return signals
        page = self.offline.write_page(category, stories, ctx, WriteStats())
        if page.signals:
            stats.notes.append(f"{category.name}: signals written offline, {reason}")
        return list(page.signals[:n])

    def _check_signals(self, drafts: list[SignalDraft], answer: str, prompt: prompts.Prompt, ctx: EditionContext,
                       stats: WriteStats, run: _Edition) -> list[Signal]:
        items = []
        for s, d in enumerate(drafts):
            all_ids = tuple(dict.fromkeys(c for x in d.sentences for c in x.cites))
            items.append(Item(("title", s), Sent(d.title, all_ids)))
            items += [Item(("sent", s, k), x) for k, x in enumerate(d.sentences)]
            if d.watch:
                items.append(Item(("watch", s), Sent(d.watch, all_ids)))
        ok = self._verified(items, prompt, stats)
        out = []
        for s, d in enumerate(drafts):
            kept = [ok[("sent", s, k)] for k in range(len(d.sentences)) if ("sent", s, k) in ok]
            if not kept or ("title", s) not in ok:
                continue
            cited = [prompt.article_story[i] for c in kept for i in c.cites if i in prompt.article_story]
            named = [prompt.story_refs[i] for i in d.stories if i in prompt.story_refs]
            story_ids = tuple(dict.fromkeys(named + cited))
            watch = ok[("watch", s)].text if ("watch", s) in ok else ""
            out.append(Signal(title=ok[("title", s)].text, text=" ".join(c.text for c in kept),
                              citations=tuple(dict.fromkeys(x for c in kept for x in c.citations)),
                              story_ids=story_ids, watch=watch, trend=trend(story_ids, ctx.date, ctx.history)))
        return out

    # --- calls ----------------------------------------------------------------------------------------------

    def _verified(self, items: list[Item], prompt: prompts.Prompt, stats: WriteStats) -> dict[Hashable, Checked]:
        """The items that pass the check; the others are dropped (a synthesis that keeps nothing is written
        offline)."""
        ok, failed = check_all(items, prompt.refs, stats, self.drops)
        for f in failed:
            self._count_drop(f.problems, stats)
        return ok

    def _ask(self, prompt: prompts.Prompt, parse: Callable[[dict], Any], stats: WriteStats,
             run: _Edition) -> tuple[Any, str]:
        """The parsed answer to a prompt; an answer that is not valid JSON, a refusal or an answer that says
        nothing gets one regeneration."""
        try:
            return self._call(prompt.request, parse, stats, run)
        except _BadAnswer as bad:
            retry = prompts.retry_request(prompt, bad.content)
            try:
                return self._call(retry, parse, stats, run, cache_as=prompt.request)
            except _BadAnswer as again:
                raise LLMFailure(again.reason, f"{again.reason} twice") from None

    def _call(self, request: ChatRequest, parse: Callable[[dict], Any], stats: WriteStats, run: _Edition,
              cache_as: ChatRequest | None = None) -> tuple[Any, str]:
        key = self._cache_key(cache_as or request)
        hit = self.cache.get(key) if self.cache is not None else None
        if hit and isinstance(hit.get("content"), str):
            try:
                return parse(load_object(_as_result(hit["content"]))), hit["content"]
            except LLMFailure:
                pass
        if run.disabled:
            raise LLMFailure("disabled", "switched off for this edition")
        left = self.settings.llm.write_budget - (time.monotonic() - run.started)
        if left <= 0:
            exc = LLMFailure("write_budget", f"the writing budget of {self.settings.llm.write_budget:g} s is spent")
            self._note_failure(run, exc, stats)
            raise exc
        before = self.client.calls
        if self.settings.llm.stream and not request.stream:
            request = dataclasses.replace(request, stream=True)
        try:
            result = self.client.complete(request, run.budget, timeout=min(self.settings.llm.timeout, left))
        except LLMFailure as exc:
            self._note_failure(run, exc, stats)
            raise
        finally:
            stats.llm_calls += self.client.calls - before
            stats.notes.extend(self.client.notes)
            self.client.notes.clear()
        run.transport_failures = 0
        self.tally["answered"] += 1
        stats.input_tokens += result.input_tokens
        stats.output_tokens += result.output_tokens
        try:
            parsed = parse(load_object(result))
        except LLMFailure as exc:
            if exc.reason in REGENERATE:
                raise _BadAnswer(exc.reason, result.content) from None
            raise
        if self.cache is not None:
            self.cache.put(key, self.settings.llm.model, {"content": result.content}, result.input_tokens,
                           result.output_tokens)
        return parsed, result.content

    def _note_failure(self, run: _Edition, exc: LLMFailure, stats: WriteStats) -> None:
        if exc.reason in DISABLE_AT_ONCE:
            run.disabled = f"the LLM was switched off for the rest of this edition ({exc.reason}: {exc.message})"
        elif exc.reason in TRANSPORT:
            run.transport_failures += 1
            if run.transport_failures >= max(1, self.settings.llm.breaker_failures):
                run.disabled = (f"the LLM was switched off for the rest of this edition after "
                                f"{run.transport_failures} failed calls in a row ({exc.reason})")
        if run.disabled:
            stats.notes.append(run.disabled[:300])

    def _cache_key(self, request: ChatRequest) -> str:
        return "llm:" + content_hash(self.settings.llm.model, prompts.PROMPT_VERSION, request.schema_name,
                                     json.dumps(request.messages, ensure_ascii=False, sort_keys=True))


class _BadAnswer(Exception):
    def __init__(self, reason: str, content: str):
        super().__init__(reason)
        self.reason, self.content = reason, content


def _as_result(content: str):  # noqa: ANN202
    from topline.chat import ChatResult
    return ChatResult(content=content)


def _articles(c: Checked, prompt: prompts.Prompt) -> tuple[Article, ...]:
    return tuple(prompt.refs[i] for i in c.cites if i in prompt.refs)


_WORDS = re.compile(r"[a-z0-9][\w'-]*")
_STOP = frozenset("the a an of to in on for and or with as at by is are was were be been its it from that this has "
                  "have had will would said says according reports per".split())


def _content(text: str) -> set[str]:
    return {w for w in _WORDS.findall(text.lower()) if w not in _STOP}


def _repeats(a: str, b: str) -> bool:
    wa, wb = _content(a), _content(b)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= REPEAT


def _closest(text: str, prompt: prompts.Prompt) -> prompts.Passage | None:
    """The source sentence that shares the most content words with ``text`` (two at least)."""
    words = _content(text or "")
    best = max(prompt.passages.values(), key=lambda p: len(words & _content(p.text)), default=None)
    return best if best is not None and len(words & _content(best.text)) >= 2 else None


def _cited(sent: Sent, prompt: prompts.Prompt) -> Sent:
    """One sentence (an item is one: a model that writes two gets its first checked, as the page gate would
    check each), citing a source sentence of the prompt: one that cites none cites the one it shares most words
    with, and the check decides whether that source supports it (small models often leave "cites" empty or put
    text in it)."""
    parts = split_sentences(sent.text) if isinstance(sent.text, str) else []
    if len(parts) > 1:
        sent = dataclasses.replace(sent, text=parts[0])
    text = sent.text.strip() if isinstance(sent.text, str) else ""
    if text and text[-1] not in ".!?\"'\u201d\u2019":
        sent = dataclasses.replace(sent, text=text + ".")    # joined in a paragraph, it must end as a sentence
    if any(i in prompt.refs for i in sent.cites):
        return sent
    p = _closest(sent.text, prompt)
    return dataclasses.replace(sent, cites=(p.id,)) if p is not None else sent


def _passage_for(f: Failed, prompt: prompts.Prompt) -> prompts.Passage | None:
    """The source sentence a failed item was to restate: the first it cites, the lead for the Top Line, else the
    one that shares the most words with it (two at least)."""
    for i in f.item.sent.cites:
        if i in prompt.passages:
            return prompt.passages[i]
    if f.item.key == ("top",):
        return next(iter(prompt.passages.values()), None)
    return _closest(f.item.sent.text, prompt)
