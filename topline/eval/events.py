"""Scoring the event ledger against a gold ledger (``topline eval events CORPUS_DIR``).

The corpus folder holds ``articles.jsonl`` (Topline's article format plus a gold ``story`` id),
``gold-events.jsonl`` (one typed event per line: story, date, type, fields, url, sentence; one line per version
where outlets disagree) and ``gold-watch.jsonl`` (forward-looking statements and their outcome). Extraction runs
on each gold story's articles (so clustering errors do not count here; ``eval clusters`` measures those).

* **Field precision / recall / F1**: every non-null gold field value (each investor of a list on its own) is a
  (story, type, field, value) item; so is every field value the extractor gives. Items match one to one within a
  (story, type, field): numbers within 1 %, capacities as quantities of one unit (watts, litres, doses), moves
  by sign and size (a gold move in words, "fell 11%", is a fall), currencies by ISO code ("€" is EUR), names by their canonical form after folding accents and
  possessives ("Orsted" and "Ørsted A/S": one's words within the other's, as written or in canonical form), an
  acronym for the name it abbreviates ("FDA") or for part of it ("AI Act" for "Artificial Intelligence Act"), a
  gold name with a unit in brackets as either ("Commerce Department (Bureau of Industry and Security)"), an
  incident's kind by words ("recall" for "recall (nitrosamine impurity)"), other strings exactly after folding case.
* **Ungrounded fields**: extracted fields whose text is not in their sentence, or whose sentence is not in the
  article at their url (a date field with no text must equal the article's publication day, where it was published).
* **Watch items**: precision and recall of the extracted items against the gold statements (same story; the same
  sentence, or one within the other, or 60 % of their words shared); and, for matched items followed over the
  corpus's days, how often the final status agrees with the gold outcome (overdue counts as open).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from topline.enrich.entities import canonical_entity
from topline.enrich.figures import extract_figures
from topline.errors import ToplineError
from topline.eval.jsonl import read_jsonl
from topline.ingest.htmltext import utc_offset
from topline.events import extract, follow, watch_items
from topline.records import Article, Event, Story, StoryBundle, WatchItem
from topline.text import squash

NUMBER_TOL = 0.01          # relative tolerance for amounts, prices, valuations and capacities
WATCH_OVERLAP = 0.6        # word overlap (Jaccard) for two watch statements to be the same
NUMERIC = frozenset({"amount", "price", "valuation"})


@dataclass
class EventScores:
    articles: int = 0
    stories: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    gold_fields: int = 0
    predicted_fields: int = 0
    matched: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    type_f1: float = 0.0
    ungrounded: int = 0
    by_type: dict[str, tuple[float, float, float]] = field(default_factory=dict)
    watch_gold: int = 0
    watch_predicted: int = 0
    watch_matched: int = 0
    watch_precision: float = 0.0
    watch_recall: float = 0.0
    watch_outcome_accuracy: float = 0.0
    seconds: float = 0.0
    misses: list[dict] = field(default_factory=list)       # gold items not found (for reading, not for tuning)
    extras: list[dict] = field(default_factory=list)       # extracted items not in gold


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# --- loading --------------------------------------------------------------------------------------------------

def load_bundles(path: Path) -> list[StoryBundle]:
    """One bundle per gold story, its articles in publication order (``path``: one JSONL file, or a folder whose
    ``*.jsonl`` files are read in name order). An article without a publication time is left out (it cannot be
    placed on a day)."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    if not files:
        raise ToplineError(f"{path}: no .jsonl files")
    by_story: dict[str, list[Article]] = defaultdict(list)
    i = 0
    for f in files:
        for r in read_jsonl(f):
            i += 1
            if not r.get("published"):
                continue
            pub = dt.datetime.fromisoformat(str(r["published"]).replace("Z", "+00:00"))
            if pub.tzinfo is None:
                pub = pub.replace(tzinfo=dt.timezone.utc)
            by_story[str(r.get("story") or r["url"])].append(
                Article(url=r["url"], title=r.get("title", ""), text=r.get("text", ""), summary=r.get("summary", ""),
                        source=r.get("source") or "", published=pub.astimezone(dt.timezone.utc), id=i,
                        published_offset=utc_offset(r["published"])))
    out = []
    for sid, arts in sorted(by_story.items()):
        arts.sort(key=lambda a: (a.published, a.id))
        out.append(StoryBundle(Story(id=sid, title=arts[0].title, article_ids=tuple(a.id for a in arts),
                                     first_seen=arts[0].published, last_seen=arts[-1].published,
                                     outlets=tuple(dict.fromkeys(a.source for a in arts))), tuple(arts)))
    return out


POINTER = "corpus.json"     # a gold folder kept apart from its articles: {"articles": "<path relative to it>"}


def articles_path(corpus_dir: Path, gold_dir: Path | None = None) -> Path:
    """Where the articles of a gold ledger are: ``articles.jsonl`` of the corpus folder; else the folder (or file)
    a ``corpus.json`` pointer in the gold folder names (the demo's ledger points at ``topline/demo/corpus``, which
    is never edited); else the corpus folder's ``*.jsonl`` files."""
    if (corpus_dir / "articles.jsonl").is_file():
        return corpus_dir / "articles.jsonl"
    for d in (gold_dir, corpus_dir):
        if d is not None and (d / POINTER).is_file():
            try:
                target = json.loads((d / POINTER).read_text(encoding="utf-8"))["articles"]
            except (ValueError, KeyError, TypeError) as exc:
                raise ToplineError(f"{d / POINTER}: expected {{\"articles\": PATH}} ({exc})") from None
            return (d / str(target)).resolve()
    return corpus_dir


# --- matching values ------------------------------------------------------------------------------------------

def _quantity(value: Any) -> tuple[str, float] | None:
    """A capacity as (unit, value): a bare number is watts (how the extractor stores power); "2.1 GW" is watts,
    "180,000 liters" litres, "400 million doses a year" doses (the counted word after the number)."""
    if isinstance(value, (int, float)):
        return "w", float(value)
    text = str(value)
    for f in extract_figures(text):
        if f.kind == "quantity":
            return f.unit.lower(), f.value
        if f.kind == "number":
            after = re.match(r"\s*([a-z]+)", text[text.find(f.text) + len(f.text):].lower())
            if after:
                return after.group(1).rstrip("s"), f.value
    return None


_CURRENCY_SIGN = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "₩": "KRW", "₹": "INR", "rmb": "CNY",
                  "yuan": "CNY", "euro": "EUR", "euros": "EUR", "dollars": "USD", "won": "KRW", "yen": "JPY"}
_FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d", "ł": "l", "Ł": "L",
                       "œ": "oe", "ı": "i"})
_LINK_WORDS = frozenset("and of the in on for a an".split())


def _fold(text: str) -> str:
    """Letters without their accents ("Ørsted" -> "Orsted"), possessives and apostrophes dropped."""
    t = unicodedata.normalize("NFKD", str(text).translate(_FOLD))
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    return re.sub(r"['\u2019]s?\b", "", t)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", name) if w.lower() not in _LINK_WORDS).upper()


# A gold move written in words ("fell 6.2%", "down 3 per cent", "lost 2.4%") is a fall: its number carries no sign.
_FALL_WORDS = re.compile(r"\b(?:fell|falls?|falling|down|lost|loses?|losing|dropped|drops?|declined|declines?|slid|slides?|"
                         r"sank|sinks?|slumped|slumps?|tumbled|tumbles?|plunged|plunges?|eased|retreated|weakened|"
                         r"shed|sheds)\b", re.I)


def _move(value: Any) -> tuple[str, float] | None:
    text = str(value)
    m = re.search(r"([+\-\u2212])?\s*[$\u20ac\u00a3]?\s*(\d+(?:[.,]\d+)?)", text)
    if not m:
        return None
    if m.group(1):
        sign = "-" if m.group(1) in ("-", "\u2212") else "+"
    else:   # unsigned: a fall told in words before the number ("fell 11%") is a fall
        sign = "-" if _FALL_WORDS.search(text[:m.start()]) else "+"
    return sign, float(m.group(2).replace(",", ""))


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= NUMBER_TOL * max(abs(a), abs(b), 1e-9)


def same_value(name: str, gold: Any, got: Any) -> bool:
    if gold is None or got is None:
        return False
    if name in NUMERIC:
        try:
            return _close(float(gold), float(got))
        except (TypeError, ValueError):
            return False
    if name == "capacity":
        g, p = _quantity(gold), _quantity(got)
        return g is not None and p is not None and g[0] == p[0] and _close(g[1], p[1])
    if name == "move":
        g, p = _move(gold), _move(got)
        return g is not None and g == p
    if name == "currency":
        g, p = (_CURRENCY_SIGN.get(str(x).strip().lower(), str(x).strip().upper()) for x in (gold, got))
        return g == p
    if name in ("action", "date", "stage"):
        return str(gold).strip().lower() == str(got).strip().lower()
    if name == "kind":   # "recall" is the kind "recall (nitrosamine impurity)" names
        gw, pw = (set(re.findall(r"\w+", _fold(x).lower())) - _LINK_WORDS for x in (gold, got))
        return bool(gw and pw) and (gw <= pw or pw <= gw)
    paren = re.fullmatch(r"\s*(.+?)\s*\((.+)\)\s*", str(gold))
    if paren:   # "Commerce Department (Bureau of Industry and Security)": the body, or the unit in brackets
        return any(same_value(name, part, got) for part in paren.groups())
    gf, pf = _fold(gold), _fold(got)
    gf, pf = (re.sub(r"\bartificial[- ]intelligence\b", "AI", x, flags=re.IGNORECASE) for x in (gf, pf))   # "state
    g, p = canonical_entity(gf) or gf.lower(), canonical_entity(pf) or pf.lower()      # AI laws": one spelling
    if g == p:
        return True
    for short, long_ in ((gf.strip(), pf), (pf.strip(), gf)):   # "FDA" and "Food and Drug Administration"
        if re.fullmatch(r"[A-Z]{2,6}", short) and len(long_.split()) > 1 and _initials(long_) == short:
            return True
    if _expand_acronyms(gf, pf).lower() == pf.lower() or _expand_acronyms(pf, gf).lower() == gf.lower():
        return True     # "AI Act" and "Artificial Intelligence Act"
    for a, b in ((g, p), (gf.lower(), pf.lower())):   # the words as written too: a country's canonical name
        aw, bw = set(re.findall(r"[\w.&-]+", a)), set(re.findall(r"[\w.&-]+", b))   # ("England" -> "united
        if aw and bw and (aw <= bw or bw <= aw):                                      # kingdom") hides no word
            return True
    return False


def _expand_acronyms(short: str, long_: str) -> str:
    """``short`` with each acronym written out as the words of ``long_`` whose initials it is ("AI Act" against
    "Artificial Intelligence Act" -> "Artificial Intelligence Act")."""
    words = long_.split()
    out = []
    for tok in short.split():
        if re.fullmatch(r"[A-Z]{2,6}", tok):
            n = len(tok)
            run = next((words[i:i + n] for i in range(len(words) - n + 1)
                        if "".join(w[0] for w in words[i:i + n]).upper() == tok
                        and all(w[0].isupper() for w in words[i:i + n])), None)
            if run:
                out.extend(run)
                continue
        out.append(tok)
    return " ".join(out)


# --- items ----------------------------------------------------------------------------------------------------

def gold_items(rows: Iterable[dict]) -> dict[tuple[str, str, str], list[Any]]:
    out: dict[tuple[str, str, str], list[Any]] = defaultdict(list)
    for r in rows:
        for name, value in (r.get("fields") or {}).items():
            for v in (value if isinstance(value, list) else [value]):
                if v is not None and v != "" and not any(same_value(name, v, x)
                                                         for x in out[(r["story"], r["type"], name)]):
                    out[(r["story"], r["type"], name)].append(v)
    return out


# Fields the gold ledgers do not label (how a statement tells its event: status, direction, events17): not scored
# here; they count for grounding (``ungrounded``) like every field and are tested on sentences
# (tests/events/test_status_direction.py).
UNLABELLED = frozenset({"status", "direction", "measure"})   # measure: a result's own words (events36)


def predicted_items(events: Iterable[Event]) -> dict[tuple[str, str, str], list[Any]]:
    """The extracted values per (story, type, field), one per value however many statements give it. A company's
    result and its share move are two instruments even when one's words lie within the other's ("Castellan annual
    low-carbon investment", "Castellan"): a result's values (an event with a "measure" field, ``events.results``)
    are merged only with results' (events36: the result had taken the share move's place, and "Castellan shares"
    in the gold matched neither)."""
    out: dict[tuple[str, str, str], list[Any]] = defaultdict(list)
    kinds: dict[tuple[str, str, str], list[bool]] = defaultdict(list)
    for e in events:
        result = bool(e.values("measure"))
        for f in e.fields:
            if f.name in UNLABELLED:
                continue
            key = (e.story_id, e.type, f.name)
            if f.value is not None and not any(same_value(f.name, f.value, x) and k == result
                                               for x, k in zip(out[key], kinds[key])):
                out[key].append(f.value)
                kinds[key].append(result)
    return out


def match(gold: dict, got: dict) -> tuple[int, list[dict], list[dict]]:
    """One-to-one matches per (story, type, field); the gold items left and the extracted items left."""
    matched, misses, extras = 0, [], []
    for key in sorted(set(gold) | set(got)):
        left = list(got.get(key, ()))
        for g in gold.get(key, ()):
            hit = next((i for i, v in enumerate(left) if same_value(key[2], g, v)), None)
            if hit is None:
                misses.append({"story": key[0], "type": key[1], "field": key[2], "value": g})
            else:
                matched += 1
                left.pop(hit)
        extras += [{"story": key[0], "type": key[1], "field": key[2], "value": v} for v in left]
    return matched, misses, extras


def ungrounded(events: Iterable[Event], articles: dict[str, Article]) -> int:
    bad = 0
    for e in events:
        for f in e.fields:
            a = articles.get(f.url)
            if a is None or squash(f.sentence) not in squash(a.body):
                bad += 1
            elif f.text:
                bad += f.text not in f.sentence
            elif not (f.name == "date" and a.local_day and f.value == a.local_day.isoformat()):   # its local day
                bad += 1
    return bad


# --- watch items ----------------------------------------------------------------------------------------------

def _wordset(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def same_statement(gold: str, got: str) -> bool:
    g, p = squash(gold), squash(got)
    if g == p or g in p or p in g:
        return True
    gw, pw = _wordset(g), _wordset(p)
    return bool(gw | pw) and len(gw & pw) / len(gw | pw) >= WATCH_OVERLAP


def followed(bundles: Sequence[StoryBundle], items: Sequence[WatchItem]) -> list[WatchItem]:
    """The items followed edition by edition over the corpus's days, each edition seeing only the articles
    published by its end."""
    days = sorted({a.published.date() for b in bundles for a in b.articles})
    state = list(items)
    for day in days:
        seen = [StoryBundle(b.story, tuple(a for a in b.articles if a.published.date() <= day)) for b in bundles]
        now = [it for it in state if it.made_on is not None and it.made_on <= day]
        later = [it for it in state if it not in now]
        state = follow(now, seen, day) + later
    return state


# --- the whole corpus -----------------------------------------------------------------------------------------

def evaluate_dir(corpus_dir: str | Path, gold_dir: str | Path | None = None) -> EventScores:
    """Scores on a corpus folder holding its gold files, or on the articles of ``corpus_dir`` against the gold
    files of ``gold_dir`` (see ``articles_path`` for where the articles are read from)."""
    import time
    root = Path(corpus_dir)
    gold_root = Path(gold_dir) if gold_dir is not None else root
    t0 = time.monotonic()
    bundles = load_bundles(articles_path(root, gold_root if gold_dir is not None else None))
    gold_rows = read_jsonl(gold_root / "gold-events.jsonl")
    watch_path = gold_root / "gold-watch.jsonl"
    gold_watch = read_jsonl(watch_path) if watch_path.is_file() else []
    events = [e for b in bundles for e in extract(b)]
    items = [i for b in bundles for i in watch_items(b)]
    s = EventScores(articles=sum(len(b.articles) for b in bundles), stories=len(bundles))
    s.gold_events = len(gold_rows)
    s.predicted_events = len(events)
    gold, got = gold_items(gold_rows), predicted_items(events)
    s.gold_fields = sum(len(v) for v in gold.values())
    s.predicted_fields = sum(len(v) for v in got.values())
    s.matched, s.misses, s.extras = match(gold, got)
    s.precision, s.recall, s.f1 = prf(s.matched, s.predicted_fields, s.gold_fields)
    for t in sorted({k[1] for k in gold} | {k[1] for k in got}):
        g = {k: v for k, v in gold.items() if k[1] == t}
        p = {k: v for k, v in got.items() if k[1] == t}
        m, _, _ = match(g, p)
        s.by_type[t] = prf(m, sum(len(v) for v in p.values()), sum(len(v) for v in g.values()))
    gold_types = {(r["story"], r["type"]) for r in gold_rows}
    got_types = {(e.story_id, e.type) for e in events}
    s.type_f1 = prf(len(gold_types & got_types), len(got_types), len(gold_types))[2]
    s.ungrounded = ungrounded(events, {a.url: a for b in bundles for a in b.articles})
    # watch items
    s.watch_gold, s.watch_predicted = len(gold_watch), len(items)
    used: set[int] = set()
    pairs: list[tuple[dict, WatchItem]] = []
    for it in items:
        hit = next((i for i, g in enumerate(gold_watch) if i not in used and g.get("story") == it.story_id
                    and same_statement(str(g.get("text", "")), it.text)), None)
        if hit is not None:
            used.add(hit)
            pairs.append((gold_watch[hit], it))
    s.watch_matched = len(pairs)
    s.watch_precision, s.watch_recall, _ = prf(len(pairs), len(items), len(gold_watch))
    if pairs:
        final = {it.id: it for it in followed(bundles, [it for _, it in pairs])}
        agree = sum(1 for g, it in pairs
                    if (g.get("outcome") or {}).get("status", "open") ==
                    {"overdue": "open"}.get(final[it.id].status, final[it.id].status))
        s.watch_outcome_accuracy = agree / len(pairs)
    s.seconds = round(time.monotonic() - t0, 3)
    return s


# --- signals that make claims (issue 12, third pass) -----------------------------------------------------------

ACTOR_FIELDS = ("company", "investors", "acquirer", "target", "body", "instrument", "organisation", "jurisdiction")


@dataclass
class SignalClaims:
    editions: int = 0
    signals: int = 0
    claims: int = 0
    share: float = 0.0
    # pages with enough stories of the day for a signal (topline.events.ledger.enough_stories), those of them that
    # carry a claim-titled signal, and those that carry no signal at all (the issue's "claim-titled signals on
    # every page with enough stories": pages_claimed / pages_enough)
    pages_enough: int = 0
    pages_claimed: int = 0
    pages_no_signal: int = 0
    page_share: float = 0.0
    titles: list[tuple[str, str, str, bool]] = field(default_factory=list)   # (date, category, title, claim)
    unclaimed_pages: list[tuple[str, str, str]] = field(default_factory=list)   # (date, category, the page's note)
    # what each signal claims, read without the writer (topline.eval.signal_kinds, signals19): signals per kind,
    # pages (with enough stories) per best kind, and the pages whose best signal is more than a pairing of events
    # that share only their type or day
    kinds: dict[str, int] = field(default_factory=dict)
    page_kinds: dict[str, int] = field(default_factory=dict)
    pages_beyond_pairing: int = 0
    beyond_share: float = 0.0
    follows_earlier: int = 0      # signals whose text continues an earlier edition's signal on one of its stories
    kind_titles: list[tuple[str, str, str, str]] = field(default_factory=list)   # (date, category, kind, title)

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


def article_files(corpus_dir: str | Path, gold_dir: str | Path | None = None) -> list[Path]:
    """The article files ``signal_claims`` builds a corpus from (``articles_path``; no gold-* file)."""
    src = articles_path(Path(corpus_dir), Path(gold_dir) if gold_dir is not None else None)
    files = [src] if src.is_file() else sorted(src.glob("*.jsonl"))
    return [f for f in files if not f.name.startswith("gold-")]


def signal_claims(corpus_dir: str | Path, gold_dir: str | Path | None = None,
                  built=None) -> SignalClaims:  # noqa: ANN001
    """Builds the corpus's daily editions in a scratch store (offline writer, the corpus's ``taxonomy.toml`` when
    it has one; ``topline.eval.build``) and counts the Signals & Trends titles that make a claim
    (``claims.is_claim``: a subject that is an actor of the edition's ledger or stories, or the subject of a
    computed claim, and a claim's verb; never a list of terms). ``built`` (a ``CorpusBuild`` of the same articles)
    is read instead of a new build."""
    from topline.eval.build import build_corpus
    from topline.eval.signal_kinds import BEYOND_PAIRING, KINDS, best, classify, follows_earlier
    from topline.events.ledger import enough_stories
    from topline.write.offline.claims import is_claim
    root = Path(corpus_dir)
    if built is None:
        built = build_corpus(article_files(root, gold_dir), root / "taxonomy.toml")
    out = SignalClaims()
    kinds = dict.fromkeys(KINDS, 0)
    page_kinds = dict.fromkeys(KINDS, 0)
    earlier: list[tuple[dt.date, tuple[str, ...]]] = []
    for iso, res in built.results.items():
        day = dt.date.fromisoformat(iso)
        out.editions += 1
        actors = built.actors[iso]
        events = built.events.get(iso, ())
        for page in res.edition.categories:
            oks, got = [], []
            for sig in page.signals:
                ok = is_claim(sig.title, actors)
                oks.append(ok)
                out.titles.append((iso, page.name, sig.title, ok))
                kind = classify(sig.title, sig.text, [c.url for c in sig.citations], sig.story_ids, events,
                                built.articles)
                got.append(kind)
                kinds[kind] += 1
                out.kind_titles.append((iso, page.name, kind, sig.title))
                out.follows_earlier += follows_earlier(sig.text, sig.story_ids, earlier, day)
            if enough_stories(page.name, res.ranked, day):
                out.pages_enough += 1
                out.pages_claimed += any(oks)
                out.pages_no_signal += not oks
                if got:
                    page_kinds[best(got)] += 1
                out.pages_beyond_pairing += best(got) in BEYOND_PAIRING
                if not any(oks):
                    out.unclaimed_pages.append((iso, page.name, page.signals_note))
        earlier += [(day, sig.story_ids) for page in res.edition.categories for sig in page.signals]
    out.kinds, out.page_kinds = kinds, page_kinds
    out.beyond_share = round(out.pages_beyond_pairing / out.pages_enough, 3) if out.pages_enough else 0.0
    out.signals = len(out.titles)
    out.claims = sum(1 for t in out.titles if t[3])
    out.share = round(out.claims / out.signals, 3) if out.signals else 0.0
    out.page_share = round(out.pages_claimed / out.pages_enough, 3) if out.pages_enough else 0.0
    return out
