"""The LLM writer: story by story, then the category synthesis, every sentence checked before it is kept.

For each story: one call (cached), parse (one corrective retry on invalid JSON), check every sentence, one
repair call for the failing ones, drop what still fails. A story the LLM cannot write (timeout, refusal, 5xx
after retries, budget, cut stream, invalid JSON twice, nothing left after checking) is written by the offline
writer instead and marked ``writer="offline-fallback"``. A timeout, an authentication failure or an exhausted
budget switches the LLM off for the rest of the edition, so a hanging server costs one deadline, not one per
story.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any, Callable, Hashable, Sequence

from topline.records import (Article, Category, CategoryPage, Development, Paragraph, RankedStory, Signal,
                             TopLineItem)
from topline.text import content_hash
from topline.write.base import EditionContext, WriteStats
from topline.write.llm import prompts
from topline.write.llm.check import Checked, Item, apply_repairs, check_all, check_one
from topline.chat import Budget, ChatClient, ChatRequest, LLMFailure
from topline.write.llm.parse import (Sent, SignalDraft, StoryDraft, load_object, parse_repair, parse_signals,
                                     parse_story)
from topline.write.llm.related import last_briefed, previous_editions, related_stories, trend
from topline.sanitize import clean_output

DISABLE_AT_ONCE = ("timeout", "auth", "not_found", "budget", "not_installed")   # failures that recur: stop asking
TRANSPORT = ("http_5xx", "connection_error", "cut_stream", "rate_limited")
TRANSPORT_FAILURES_TO_DISABLE = 2   # consecutive transport failures (each after its retries) that stop the LLM
SIGNALS_MIN_STORIES = 2             # a synthesis needs at least this many written stories


@dataclass
class _Edition:
    """Per-edition state: the budget and whether the LLM is still worth asking."""
    ctx: EditionContext
    budget: Budget
    disabled: str = ""
    transport_failures: int = 0


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

    # --- the page -------------------------------------------------------------------------------------------

    def write_page(self, category: Category, stories: Sequence[RankedStory], ctx: EditionContext,
                   stats: WriteStats) -> CategoryPage:
        run = self._run(ctx)
        es = (ctx.settings or self.settings).edition
        leading = stories[:max(es.top_line, es.key_developments)]
        written = [self._story(category, rs, ctx, stats, run) for rs in leading]
        top = [w.top for w in written[:es.top_line] if w.top is not None]
        devs = [w.development for w in written[:es.key_developments] if w.development is not None]
        signals = self._signals(category, stories, written, ctx, stats, run, es.signals)
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
        until = dt.datetime.combine(ctx.date + dt.timedelta(days=1), dt.time(), tzinfo=dt.timezone.utc)
        if not any(a.published is None or a.published < until for a in rs.bundle.articles):
            return _Written(rs, None, None)
        prompt = prompts.story_prompt(category, rs, related_stories(rs, ctx.ranked, until=until),
                                      last_briefed(rs.bundle.story.id, ctx.history), until)
        try:
            draft, answer = self._ask(prompt, parse_story, stats, run)
            written = self._check_story(draft, answer, prompt, rs, stats, run)
        except LLMFailure as exc:
            return self._fallback(category, rs, ctx, stats, exc.reason)
        if written is None:
            return self._fallback(category, rs, ctx, stats, "nothing_verified")
        return written

    def _check_story(self, draft: StoryDraft, answer: str, prompt: prompts.Prompt, rs: RankedStory,
                     stats: WriteStats, run: _Edition) -> _Written | None:
        own = prompt.own
        items = []
        if draft.top_line is not None:
            items.append(Item(("top",), draft.top_line, own))
        for p, sents in enumerate(draft.paragraphs):
            items += [Item(("para", p, k), s, own) for k, s in enumerate(sents)]
        ok = self._verified(items, answer, prompt, stats, run)
        paragraphs = []
        sentences: list[tuple[str, tuple[Article, ...]]] = []
        for p, sents in enumerate(draft.paragraphs):
            kept = [ok[("para", p, k)] for k in range(len(sents)) if ("para", p, k) in ok]
            if kept:
                paragraphs.append(Paragraph(text=" ".join(c.text for c in kept),
                                            citations=tuple(dict.fromkeys(x for c in kept for x in c.citations))))
                sentences += [(c.text, _articles(c, prompt)) for c in kept]
        first = ok.get(("top",)) or next((ok[i.key] for i in items if i.key in ok), None)
        if first is None:
            return None
        sid = rs.bundle.story.id
        top = TopLineItem(text=first.text, story_id=sid, citations=first.citations)
        if ("top",) in ok:
            sentences.insert(0, (first.text, _articles(first, prompt)))
        dev = None
        if paragraphs:
            headline = self._headline(draft.headline, prompt, rs)
            dev = Development(story_id=sid, headline=headline, paragraphs=tuple(paragraphs), writer="llm")
        return _Written(rs, top, dev, sentences)

    def _headline(self, headline: str, prompt: prompts.Prompt, rs: RankedStory) -> str:
        """The model's headline when the story's articles carry it, else the story's title."""
        own_ids = tuple(i for i, a in prompt.refs.items() if i.startswith("A"))
        r = check_one(Item(("headline",), Sent(headline, own_ids), prompt.own), prompt.refs)
        return r.text if isinstance(r, Checked) else clean_output(rs.bundle.story.title)

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
        ok = self._verified(items, answer, prompt, stats, run)
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

    def _verified(self, items: list[Item], answer: str, prompt: prompts.Prompt, stats: WriteStats,
                  run: _Edition) -> dict[Hashable, Checked]:
        """Checked items; the failing ones get one repair call, and what still fails is dropped."""
        ok, failed = check_all(items, prompt.refs, stats)
        if not failed:
            return ok
        listing = [(n, f.text or f.item.sent.text, f.item.sent.cites, f.details or f.problems)
                   for n, f in enumerate(failed, 1)]
        request = prompts.repair_request(prompt, answer, listing)
        try:
            repaired, _ = self._call(request, parse_repair, stats, run)
        except LLMFailure:
            repaired = {}
        ok.update(apply_repairs(failed, repaired, prompt.refs, stats))
        return ok

    def _ask(self, prompt: prompts.Prompt, parse: Callable[[dict], Any], stats: WriteStats,
             run: _Edition) -> tuple[Any, str]:
        """The parsed answer to a prompt; an answer that is not valid JSON gets one corrective retry."""
        try:
            return self._call(prompt.request, parse, stats, run)
        except _BadAnswer as bad:
            retry = prompts.retry_request(prompt, bad.content)
            try:
                return self._call(retry, parse, stats, run, cache_as=prompt.request)
            except _BadAnswer as again:
                raise LLMFailure(again.reason, "invalid JSON twice") from None

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
        before = self.client.calls
        try:
            result = self.client.complete(request, run.budget)
        except LLMFailure as exc:
            self._note_failure(run, exc, stats)
            raise
        finally:
            stats.llm_calls += self.client.calls - before
            stats.notes.extend(self.client.notes)
            self.client.notes.clear()
        run.transport_failures = 0
        stats.input_tokens += result.input_tokens
        stats.output_tokens += result.output_tokens
        try:
            parsed = parse(load_object(result))
        except LLMFailure as exc:
            if exc.reason in ("invalid_json", "truncated"):
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
            if run.transport_failures >= TRANSPORT_FAILURES_TO_DISABLE:
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

