"""Editorial judgement against a gold edition: which developments lead, which sentence states them, which page.

``evaluate_dir(path)`` ingests a corpus folder (``*.jsonl`` in Topline's article format with a gold ``story``
field; ``taxonomy.toml``; ``gold.json``, see docs/eval-corpus) into a scratch store, builds the daily editions in
order as a subscriber's daily run would (offline writer), and measures, per category:

* Top Line agreement: how many of the gold five stories the Top Line carries (an item's story is the gold story of
  the articles it cites, URL variants folded);
* lead-sentence quality: the share of bullets that state a development (``lead_problems``: an actor, an event
  verb; no question, no second person, no feature/anecdotal opening, no leaning reference);
* noise admitted: gold noise stories cited anywhere on the pages;
* prose defects per 100 published sentences (``topline.eval.prose``).

The demo corpus has no gold.json: its rows carry ``story`` and ``label`` (a category or "none" for noise), and its
gold Top Line is the example briefing's (Capital & Industrial Strategy, 2025-07-03; ``DEMO_TOP_LINE``).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from topline.errors import InputError
from topline.eval import prose
from topline.text import split_sentences

# The example briefing's Top Line (/work/shared/reference/example-briefing.txt), as gold story ids of the demo.
DEMO_TOP_LINE = {"2025-07-03": {"Capital & Industrial Strategy": [
    "a-kling-raise", "a-inference-prices", "a-fde-units", "a-france-india-courting", "a-alibaba-claude-ban"]}}
NOT_ARTICLES = ("gold-events.jsonl", "gold-watch.jsonl")


# --- lead-sentence quality ------------------------------------------------------------------------------------

_EVENT_VERBS = re.compile(r"\b(?:" + "|".join("""
raise[sd]? raising closes? closed closing announce[sd]? announcing files? filed filing agree[sd]? agreeing
signs? signed signing acquires? acquired acquiring buys? bought buying sells? sold selling launch(?:es|ed)?
unveil(?:s|ed)? bans? banned banning bars? barred barring fines? fined approves? approved approving rejects?
rejected cuts? cutting falls? fell fallen rises? rose risen jumps? jumped drops? dropped plunge[sd]? surge[sd]?
slump(?:s|ed)? soar(?:s|ed)? climb(?:s|ed)? slid(?:e|es)? tumble[sd]? gain(?:s|ed)? lost loses? invests? invested
commits? committed plans? planned proposes? proposed orders? ordered awards? awarded wins? won posts? posted
opens? opened builds? built deploys? deployed hires? hired lays? laid delays? delayed pauses? paused suspends?
suspended blocks? blocked sues? sued probes? probed investigat(?:es|ed|ing) releases? released publish(?:es|ed)
expands? expanded creates? created starts? started begins? began ends? ended halts? halted pledges? pledged
pass(?:es|ed) votes? voted introduces? introduced tightens? tightened loosens? loosened imposes? imposed
lifts? lifted extends? extended targets? targeted seeks? sought courts? courted backs? backed leads? led
valued values? merges? merged completes? completed secures? secured reaches? reached reached strikes? struck
told tells? warns? warned reports? reported says? said accuses? accused charges? charged arrests? arrested
breach(?:es|ed) exposes? exposed leaks? leaked hacks? hacked outages? shuts? shut closes? moves? moved
forecasts? forecast expects? expected guides? guided narrows? narrowed widens? widened doubles? doubled
triples? tripled halves? halved returns? returned defaults? defaulted prices? priced lists? listed debuts?
debuted goes? went allocates? allocated grants? granted subsidi[sz]es? subsidi[sz]ed tariffs? levies? levied
curbs? curbed restricts? restricted requires? required mandates? mandated enacts? enacted adopts? adopted
connects? connected commissions? commissioned switches? switched retires? retired shelves? shelved scraps?
scrapped cancels? cancell?ed admits? admitted produc(?:es|ed) offers? offered refunds? refunded
moving moves? rolls? rolled overtakes? overtook tops? topped hits? hit sets? set breaks? broke""".split())
    + r")\b", re.IGNORECASE)
_FEATURE_OPENING = re.compile(
    r"^(?:If you|When |As (?!of\b)|While |For (?:years|decades|months|weeks|a while|now)\b|Imagine|Picture |"
    r"Ever since|It was|It's|It is|There (?:is|are|was|were|has|have)\b|Last (?:week|month|year)\b|Once |"
    r"On a |In a |At a |Walk into|Anyone who|Few |Not long ago|These days|Every (?:day|morning|year)|"
    r"In recent (?:years|months|weeks)|Over the past|Ask |What (?:do|does|if|happens)|Here's|Here is|"
    r"Think of|Remember|Call it|Meet |Welcome to|Nobody|No one)", re.IGNORECASE)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|you're|you've|yourself)\b", re.IGNORECASE)
_LEANING = re.compile(r"^(?:The|the) (?:stock|shares|system|group|company|firm|deal|move|plan|startup|unit|tool|"
                      r"model|agency|bank|project|proposal|report|study|measure|bill|rule|two|people|latest|"
                      r"new one|same)\b|^(?:It|He|She|They|This|That|These|Those|Its|His|Her|Their|Both|Such|"
                      r"But|And|Also|Still|However|Meanwhile|Separately)\b|\b(?:similar|likewise|as well)\b")
from topline.events.dates import FIGURE_OR_DATE as _FIGURE_OR_DATE  # noqa: E402


_COMMON_FIRST = frozenset("""a an the this that these those its it his her their our some many most several all any
each every no in on at for after before by as when while with under over since during if but and or so yet there
here he she they we you i what which who how why where finance chief chiefs executives investors analysts
companies firms workers people experts officials researchers scientists users""".split())


def lead_problems(sentence: str) -> list[str]:
    """Why a bullet does not state a development (empty: it does). Attribution ("X reports that") is stripped
    first: the check is on what the source says."""
    s = prose.strip_attribution(sentence.strip())
    s = re.sub(r",? (?:according to|per) [^,]+\.$", ".", s)
    out = []
    if "?" in s:
        out.append("question")
    if _SECOND_PERSON.search(s):
        out.append("second_person")
    if _FEATURE_OPENING.match(s):
        out.append("feature_opening")
    if _LEANING.search(" ".join(s.split()[:10])) and _LEANING.match(s) or re.search(r"\b(?:similar|likewise)\b",
                                                                                   " ".join(s.split()[:10])):
        out.append("leaning")
    first, _, rest = s.partition(" ")
    head = (first if first.lower() not in _COMMON_FIRST else "") + " " + " ".join(rest.split()[:12])
    if not re.search(r"(?:^|\s)(?:[A-Z][\w&.'\u2019-]*[a-z0-9]|[A-Z]{2,})", head):
        out.append("no_actor")
    if not _EVENT_VERBS.search(s):
        out.append("no_event_verb")
    return out


def has_figure_or_date(sentence: str) -> bool:
    return bool(_FIGURE_OR_DATE.search(sentence))


# --- the corpus -----------------------------------------------------------------------------------------------

@dataclass
class Gold:
    dates: list[str]
    stories: dict[str, dict]
    noise: set[str]
    top_line: dict[str, dict[str, list[str]]]          # date -> category -> story ids, best first
    best_sentence: dict[tuple[str, str, str], str] = field(default_factory=dict)   # (date, cat, story) -> text


def article_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.jsonl") if p.name not in NOT_ARTICLES)


def _rows(folder: Path) -> list[dict]:
    from topline.eval.jsonl import read_jsonl
    return [r for p in article_files(folder) for r in read_jsonl(p)]


def load_gold(folder: Path, rows: Sequence[dict]) -> Gold:
    path = folder / "gold.json"
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        top: dict[str, dict[str, list[str]]] = {}
        best = {}
        for day, cats in (data.get("top_line") or {}).items():
            top[day] = {}
            for cat, items in cats.items():
                top[day][cat] = [i["story"] for i in items]
                for i in items:
                    best[(day, cat, i["story"])] = i.get("best_sentence", "")
        noise = set(data.get("noise") or ()) | {k for k, v in data.get("stories", {}).items() if v.get("noise")}
        return Gold(dates=list(data.get("dates") or sorted(top)), stories=data.get("stories", {}), noise=noise,
                    top_line=top, best_sentence=best)
    stories: dict[str, dict] = {}
    for r in rows:
        sid, label = r.get("story"), r.get("label")
        if sid and label:
            stories.setdefault(sid, {"categories": [label] if label != "none" else [], "noise": label == "none"})
    noise = {k for k, v in stories.items() if v["noise"]}
    demo_ids = {sid for cats in DEMO_TOP_LINE.values() for ids in cats.values() for sid in ids}
    top = DEMO_TOP_LINE if demo_ids <= set(stories) else {}   # the demo corpus (or a copy of it)
    dates = sorted({str(r.get("published", ""))[:10] for r in rows if r.get("published")})
    return Gold(dates=dates, stories=stories, noise=noise, top_line=top)


# --- the report -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CategoryScore:
    category: str
    date: str
    gold: list[str]
    top_line: list[str]          # gold story id of each bullet ("?" when it cites no gold article)
    agreement: int               # gold stories found in the Top Line
    bullets: int
    states_development: int      # bullets with no lead problem
    problems: dict[str, int]     # lead problem -> bullets
    with_figure_or_date: int
    noise: list[str]             # gold noise stories cited on this page
    sentences: int
    defects: dict[str, int]


@dataclass(frozen=True)
class EditorialReport:
    corpus: str
    dates: list[str]
    date: str                    # the date the per-category scores are for
    categories: list[CategoryScore]
    noise_on_pages: dict[str, list[str]]     # date -> noise stories on any page
    sentences: int               # published sentences, all editions
    defects: dict[str, int]      # prose defect code -> count, all editions
    defects_per_100: float
    examples: dict[str, list[str]] = field(default_factory=dict)   # defect code -> up to 3 sentences
    bullets: list[dict[str, Any]] = field(default_factory=list)     # the chosen date's bullets with problems
    # Top Line agreement on every gold date of the same build: date -> category -> gold stories on the Top Line
    agreement_by_date: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


def _story_of(citations, url_story: dict[str, str]) -> str:
    from topline.ingest.urls import canonical_url
    votes = Counter(url_story.get(canonical_url(c.url), "?") for c in citations)
    votes.pop("?", None)
    return votes.most_common(1)[0][0] if votes else "?"


def _page_stories(page, url_story: dict[str, str]) -> set[str]:
    cites = [c for t in page.top_line for c in t.citations]
    cites += [c for d in page.key_developments for p in d.paragraphs for c in p.citations]
    cites += [c for s in page.signals for c in s.citations]
    from topline.ingest.urls import canonical_url
    return {url_story[canonical_url(c.url)] for c in cites if canonical_url(c.url) in url_story}


def evaluate_dir(folder: str | Path, date: dt.date | None = None, settings=None,  # noqa: ANN001
                 built=None) -> EditorialReport:  # noqa: ANN001
    """Build the corpus's editions in order in a scratch store and score them (see the module docstring).
    ``built`` (a ``topline.eval.build.CorpusBuild`` of the same folder) is scored instead of a new build: its
    editions up to the last gold date."""
    from topline.eval.build import build_corpus
    from topline.ingest.urls import canonical_url
    folder = Path(folder)
    files = article_files(folder)
    if not files:
        raise InputError(f"{folder}: no *.jsonl article file")
    rows = _rows(folder)
    gold = load_gold(folder, rows)
    url_story = {canonical_url(r["url"]): r["story"] for r in rows if r.get("url") and r.get("story")}
    outlets = sorted({r.get("source") for r in rows if r.get("source")})
    until = max(gold.dates) if gold.dates else None
    if built is None:
        built = build_corpus(files, folder / "taxonomy.toml", settings, until)
    results = {d: r for d, r in built.results.items() if until is None or d <= until}
    chosen = date.isoformat() if date else (max(gold.top_line) if gold.top_line else max(results))
    if chosen not in results:
        raise InputError(f"no edition for {chosen} (editions: {', '.join(sorted(results))})")
    total_sentences, all_defects, examples = 0, Counter(), defaultdict(list)
    noise_on_pages: dict[str, list[str]] = {}
    per_date_defects: dict[str, dict[str, list[prose.Defect]]] = {}
    for day, res in results.items():
        newest = {}
        notes = []
        on_pages = {sid for p in res.edition.categories for d in p.key_developments for sid in [d.story_id]}
        on_pages |= {t.story_id for p in res.edition.categories for t in p.top_line}
        for rs in res.ranked:
            arts = sorted(rs.bundle.articles, key=lambda a: (a.published, a.id or 0))
            if arts:
                lead = " ".join(split_sentences(arts[-1].body)[:2])
                newest[rs.bundle.story.id] = arts[-1].title + ". " + lead
            if rs.bundle.story.id in on_pages:
                notes += [f.note for f in rs.ranking.factors]
        report = prose.check_edition(res.edition, outlets, newest, notes)
        total_sentences += report.sentences
        all_defects.update(d.code for d in report.defects)
        for d in report.defects:
            if len(examples[d.code]) < 3:
                examples[d.code].append(f"{day} {d.category}: {d.text}")
        by_cat: dict[str, list[prose.Defect]] = defaultdict(list)
        for d in report.defects:
            by_cat[d.category].append(d)
        per_date_defects[day] = by_cat
        noise_on_pages[day] = sorted({s for p in res.edition.categories for s in _page_stories(p, url_story)}
                                     & gold.noise)
    res = results[chosen]
    pages = {p.name: p for p in res.edition.categories}
    gold_day = gold.top_line.get(chosen, {})
    names = list(gold_day) + [p.name for p in res.edition.categories if p.name not in gold_day]
    scores, bullets = [], []
    for cat in names:
        page = pages.get(cat)
        ids = [_story_of(t.citations, url_story) for t in page.top_line] if page else []
        probs: Counter[str] = Counter()
        good = fig = 0
        for t in (page.top_line if page else ()):
            p = lead_problems(t.text)
            probs.update(p)
            good += not p
            fig += has_figure_or_date(t.text)
            bullets.append({"category": cat, "story": _story_of(t.citations, url_story), "text": t.text,
                            "problems": p})
        g = gold_day.get(cat, [])
        scores.append(CategoryScore(
            category=cat, date=chosen, gold=g, top_line=ids, agreement=len(set(g) & set(ids)),
            bullets=len(ids), states_development=good, problems=dict(probs), with_figure_or_date=fig,
            noise=sorted(_page_stories(page, url_story) & gold.noise) if page else [],
            sentences=sum(1 for _ in prose.page_sentences(page)) if page else 0,
            defects=dict(Counter(d.code for d in per_date_defects[chosen].get(cat, [])))))
    by_date: dict[str, dict[str, int]] = {}
    for day, cats in sorted(gold.top_line.items()):
        if day not in results:
            continue
        day_pages = {p.name: p for p in results[day].edition.categories}
        by_date[day] = {cat: len(set(g) & {_story_of(t.citations, url_story) for t in day_pages[cat].top_line})
                        if cat in day_pages else 0 for cat, g in cats.items()}
    return EditorialReport(
        corpus=str(folder), dates=sorted(results), date=chosen, categories=scores, noise_on_pages=noise_on_pages,
        sentences=total_sentences, defects=dict(sorted(all_defects.items())),
        defects_per_100=round(100.0 * sum(all_defects.values()) / total_sentences, 2) if total_sentences else 0.0,
        examples=dict(examples), bullets=bullets, agreement_by_date=by_date)


def format_report(r: EditorialReport) -> str:
    lines = [f"corpus {r.corpus}; editions {', '.join(r.dates)}; scores for {r.date}", ""]
    lines.append(f"{'category':36} {'top line':>9} {'states dev':>10} {'fig/date':>8} {'noise':>5} "
                 f"{'defects/100':>11}")
    for c in r.categories:
        agree = f"{c.agreement}/{len(c.gold)}" if c.gold else "-"
        per = f"{100.0 * sum(c.defects.values()) / c.sentences:.1f}" if c.sentences else "-"
        lines.append(f"{c.category[:36]:36} {agree:>9} {c.states_development:>4}/{c.bullets:<5} "
                     f"{c.with_figure_or_date:>4}/{c.bullets:<3} {len(c.noise):>5} {per:>11}")
    problems = Counter()
    for c in r.categories:
        problems.update(c.problems)
    lines.append("")
    lines.append("lead problems      " + (", ".join(f"{k} {v}" for k, v in sorted(problems.items())) or "none"))
    noise = {d: s for d, s in r.noise_on_pages.items() if s}
    lines.append("noise on pages     " + ("; ".join(f"{d}: {', '.join(s)}" for d, s in noise.items()) or "none"))
    lines.append(f"prose defects      {sum(r.defects.values())} in {r.sentences} sentences "
                 f"({r.defects_per_100} per 100): " + (", ".join(f"{k} {v}" for k, v in r.defects.items()) or "none"))
    for b in r.bullets:
        if b["problems"]:
            lines.append(f"  bullet ({', '.join(b['problems'])}) {b['category']}: {b['text'][:160]}")
    for code, ex in r.examples.items():
        for e in ex:
            lines.append(f"  {code}: {e[:200]}")
    return "\n".join(lines)
