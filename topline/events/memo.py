"""The ledger costs what is new (issue 14): each article's part of the event ledger kept across editions.

``ledger.run`` reads the events and the watch items of every article of the ~100 stories a page can show, in every
edition; the same articles come back day after day as their stories grow (up to 79 articles a story by the sixth
day of the 100k run). What ``extract`` and ``watch_items`` compute from one article alone is kept in the stage
cache (``topline.stage_cache``, table ``stage_cache``), read in one query per edition and written in one:

* ``event-statements``: ``extract.article_statements`` (the article's raw events with their sentences, and the
  aliases it declares); the story-level part (one instrument under several names, merging, the order of events)
  runs in ``extract.extract`` every time;
* ``watch-statements``: ``watch.article_forward`` (its forward-looking sentences with their names, dates, due date
  and figures); keeping one per distinct statement and ``MAX_PER_DAY`` runs in ``watch.watch_items``.

The key is the article's text and publication day (what the part reads) under the version ``EXTRACT_VERSION``
plus a hash of the rules' sources (``stage_cache.rules_version``: every module this one imports, at module level or
in a function, and the data files they name). **Bump ``EXTRACT_VERSION`` whenever the extraction rules change**
(it states the change; the source hash only guards against a forgotten bump).

The one story-level input of an article's events is the story's ``common`` words (lower-case words of any of its
articles: a capitalised one opening a sentence is no name). An article's value keeps every word its computation
asked ``common`` about with the answer; a stored value is used only when the story's ``common`` answers every one
of them the same, so the computation would take the same path and return the same value (else it is computed
again and replaced). An edition's events and watch items are the same with a cold, a warm or no cache
(tests/events/test_memo.py).
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any, Container

from topline.events.extract import Raw, article_statements, story_common
from topline.events.watch import article_forward
from topline.records import Article, StoryBundle

# Bumped whenever the rules that extract events or watch statements from an article change (extract.py, spans.py,
# clauses.py, moves.py, state.py, merge.py, reading.py, watch.py ...): stored values of an older version are
# never read again.
EXTRACT_VERSION = 50     # 2: issue 12 ninth pass (launch objects in common words, strikes, more bodies and acts);
                         # 3: the subject past an appositive that opens with a name (clauses.agent);
                         # 4: tenth pass (commodities named by place, brand or delivery month; a move between two
                         # days; a launch's name in an apposition; "It launched");
                         # 5: eleventh pass (the kind of event: deals talked about, accounting charges, grants,
                         # a public body's whole name across "of the"); 6: an incident ruled out or denied is
                         # none; "Australian Communications and Media Authority" read whole; 7: twelfth pass
                         # (watch: deadlines as time left, negations, market bets; deals named by their noun, a
                         # sale told from the seller's side); 8: thirteenth pass (a state action's target named
                         # as a class of firms, a body's owner as its jurisdiction, a condition is no act); 9: the
                         # rest of the thirteenth pass (GWh as text, orders of vehicles as capex, counted output, a
                         # city dateline, later sentences complete an event, examinations as probes, ransomware,
                         # "its"/"It" named, forecasts raised and running totals no funding, rules kept no act);
                         # 10: fourteenth pass (a public buyer's contract, sanctions, central banks' rate decisions,
                         # requests for a report as probes, groundings and import stops as bans; a rocket's flight
                         # as a launch; an incident's length; a round's investors named in a later sentence);
                         # 11: fifteenth pass (insolvencies, defaults and missed payments, a structure's collapse,
                         # sinkholes, strikes called or begun; a town or a year is no incident's field);
                         # 12: events17 (status and direction fields: topline.events.status)
                         # 13: events18 (an incident's builder or operator named in another sentence, cited from
                         # it: topline.events.operators; a name told as a place is no incident's organisation)
                         # 14: events19 (a tax changed and a decree as rules; closures, openings and labour strikes:
                         # topline.events.closures, openings, strikes; "closed N% higher" moves; what a site costs)
                         # 15: events20 (dated planned launches, formats put into a company's premises; "would buy",
                         # priced talks, a deal's price with debt; "spend $N to", programme amounts)
                         # 16: events21 (a dated planned launch with its status "planned"; a bare place is no
                         # incident's organisation)
                         # 17: the lead (a "blast furnace" is no blast; a name ending in an admin term is a place)
                         # 18: events22 (a union's strike befalls its employer or no one named; a company shutting
                         # or curtailing its own site: topline.events.curtailments; money a government gives; a
                         # body told in common words named by its article: topline.events.bodies)
                         # 19: events23 (a sovereign rating action: topline.events.ratings; a parliament approving
                         # a budget as a law; base rates and the Selic; a currency devalued)
                         # 20: events24 (an incident that struck a place; what an incident reached and the strikers
                         # counted later as its scale; an incident left open; a royalty raised; an act expected)
                         # 21: watch16 (watch statements: times ahead by grammar, schedules and intents told with
                         # other verbs, a month earlier in the year is next year's)
                         # 22: the lead (who carried an incident out is not what it befell: incidents.perpetrator;
                         # the name before a relative clause closed just before the act acts: spans._subject)
                         # 23: events25 (an incident word naming attackers' kind or a purpose is none; a gang
                         # named by its malware or claiming the attack, or a common word opening the sentence
                         # by the parse, is no organisation: events.attackers)
                         # 24: the lead (a buying verb after an attempt, "tries to buy", is no acquisition)
                         # 25: events26 (currencies and yields as markets write them, a bond's move in cents, a
                         # yield spread's; political and judicial acts read by grammar: events.state_acts; a
                         # country or a people is never an acquisition's target)
                         # 26: the lead (a preposition opening a capitalised phrase is no name: "Across 12 boards")
                         # 27: events27 (a strike's party is no count, month, place or union, and a threatened,
                         # balloted or planned-for strike is none: strikes.no_party; a dateline's city hides no
                         # country; a body told again keeps its country: bodies.carried_jurisdiction; a firm's act
                         # is no state action: state_acts.firms_act; a limit the state sets is a rule)
                         # 28: the lead after eval-clim's measurement (a running total "so far", a bid's worth and
                         # a trading price are no round: events.round_guards; an incident word modifying a noun,
                         # "leak data", is no incident: incident_words._MODIFIER_AFTER)
                         # 29: events28 (natural hazards from WordNet's nouns, topline/data/hazards.tsv, when the
                         # parse makes the hazard the subject of a past verb: events.hazards; a place owning the
                         # incident word; people blocking a site's way in: events.blockades; a "cyber attack" or
                         # "IT attack" in two words)
                         # 30: the lead after eval-space's measurement (a month's abbreviation before a day is no
                         # name: spans._MONTH_ABBREV; a body that can, could or should act has not: state._PENDING)
                         # 31: events29 (a craft lost or failed: events.craft with WordNet's craft nouns; a person
                         # before ", who" is no round's company; "the X and Y Administration" one name; a capitalised
                         # "Launch" inside a sentence is a name)
                         # 32: the lead after eval-chips' measurement (a speaker is not the subject of a counted
                         # organisations' clause it reports: events.speakers; a cut to spending is no build-out; "the
                         # acquisition of X by Y" is Y's)
                         # 33: events30 (money a body gives "in" aid, support or loans is a subsidy and its recipient
                         # is named: events.subsidies; a declared emergency, disaster or zone is a state's act; a
                         # product that entered volume production is launched; a ban's object in common words:
                         # events.banned)
                         # 34: the lead after eval-crypto (money a company lost in millions is no market move unless
                         # a market value is named; "the purchase" with no "of" names no target; an incident's
                         # organisation is not read after it across another noun phrase, "... and a new fee fight
                         # with rival Bitmarrow")
                         # 35: the lead's mends (money lost read from the figure's value, not scale words; the verbs
                         # of speech from topline/speech.py: "reckoned", "noted", "reported" as elsewhere)
                         # 36: events31 (money taken from an organisation and its own service or output halted are
                         # its incidents: events.befell; protection from creditors sought and administrators
                         # appointed are insolvencies)
                         # 37: the lead after eval-games (a name, a common noun and a name: "League club X", "chip
                         # startup X": the last name is the target bought, events.deals.told_as_kind)
                         # 38: events32 (a build-out told by its facility's price with no spending verb, "a new $1.4
                         # billion arena for X", "the plant, which will cost $60m": events.facilities; "fab" a site)
                         # 39: the lead after eval-travel (a place before "-based" is the buyer's home, no place of its
                         # build-out)
                         # 40: events33 (every currency in use as money: ISO codes in capitals, CLDR's English
                         # names, "Danish crowns", "reais", enrich.currencies)
                         # 41: the lead after eval-capital ("The New York-based" keeps "New"; a place before
                         # "-based" only describes who acts; a company that "reported a rise in earnings" acts)
                         # 42: events34 (fund closes as funding, a fund's target and a pulled listing no raise;
                         # fund flows and holdings marked down as moves; an appositive's head as subject; "9.8pc"), with
                         # mend30 (a fund's gates and closures as incidents; "reported" and "defaulted" read
                         # by their object and subject)
                         # 43: the lead after eval-ins (a move's "yesterday" or "overnight" read anywhere in the
                         # window after its figure, not only at its start: moves._DAY_WORD grouped; an incident
                         # word before the cover that insures it, "fire cover", is no incident)
                         # 44: events35 (a company's results in its industry's measures as market moves of
                         # "<company> <measure>", read from the parse: ``results``)
                         # 45: mend31 (jobs cut as incidents, the lead's decision: events.job_cuts; an agreed
                         # deal's event led by the furthest stage it reaches, with its actors)
                         # 46: events36 (results read by default, the lead's decision, with a "measure" field; what
                         # a company sets, scores and assessments no results; no dateline outlet or home as the
                         # article's actor; "The group" or "It" cutting jobs for the article's named actor)
                         # 47: watch17 (watch items planned, set or due for a time; "this year" and
                         # other times after a forward verb)
                         # 48: watch18 (due dates of "before the end of the year", "by mid-April", a weekday
                         # a forward verb governs, a passed date a forward verb looks to; had hoped, rates a year)
                         # 49: events37 (results a company has, "had revenue of", and bare measures, "Net profit
                         # fell 19%": topline.events.result_levels)
                         # 50: events38 (a parent's shares, a commodity in common words, bonds in pence:
                         # events.instruments; a body reviewing, voting to act, directing a firm, refusing a licence,
                         # setting a cap or a price: events.reviews, events.votes, events.state_terms)

STATEMENTS_STAGE = "event-statements"
# The module of both parts' computations: the version hashes every module it imports (``article_statements``,
# ``article_forward`` and what they read) and the data files those name (``stage_cache.rules_version``).
RULE_MODULES = ("topline.events.memo",)
FORWARD_STAGE = "watch-statements"


def version() -> str:
    from topline.stage_cache import rules_version
    return f"{EXTRACT_VERSION}:{rules_version(*RULE_MODULES)}"


def _day(a: Article) -> str:
    """The day an article's relative dates count from (its local day): part of every key, as it is of the result."""
    return a.local_day.isoformat() if a.local_day else ""


class _Asked:
    """``common`` seen through its membership tests: what the computation asked, with the answers."""

    def __init__(self, common: Container[str]):
        self.common, self.asked = common, {}

    def __contains__(self, word: object) -> bool:
        got = word in self.common
        self.asked[word] = got
        return got


def _encode(statements: list[tuple[Raw, str]], declared: dict[str, str], asked: dict) -> dict | None:
    value = {"asked": sorted([w, bool(v)] for w, v in asked.items()),
             "said": [[r.type, [list(f) for f in r.fields], r.key, [list(c) for c in r.cited], s]
                      for r, s in statements],
             "aliases": sorted(declared.items())}
    # a field value JSON does not give back as it was (a date, a NaN) is not kept: computed again next time
    try:
        back = json.loads(json.dumps(value))
    except (TypeError, ValueError):
        return None
    return value if _decode(back) == (statements, declared) else None


def _decode(value: dict) -> tuple[list[tuple[Raw, str]], dict[str, str]]:
    said = [(Raw(t, tuple(tuple(f) for f in fields), key, tuple(tuple(c) for c in cited)), s)
            for t, fields, key, cited, s in value["said"]]
    return said, dict(value["aliases"])


class LedgerMemo:
    """The two per-article parts of one edition's ledger through the stage cache: ``preload`` the candidates'
    articles (one query per stage), ``events``/``watch`` for a story, ``flush`` (one write per stage). Without a
    store it only remembers within the process."""

    def __init__(self, store, day: dt.date | None = None):  # noqa: ANN001 - topline.store.Store
        from topline.stage_cache import Memo
        v = version()
        self.said = Memo(store, STATEMENTS_STAGE, v, day)
        self.forward = Memo(store, FORWARD_STAGE, v, day)
        self.stale = 0          # stored statements whose story's ``common`` now answers a word differently
        self.ahead = None       # issue 14 (scale28): the missing items computed on the second core (events.ahead)

    def preload(self, bundles: list[StoryBundle]) -> None:
        arts = [a for b in bundles for a in b.articles]
        self.said.preload(self.said.key(a.body, _day(a)) for a in arts)
        self.forward.preload(self.forward.key(a.body, _day(a)) for a in arts)

    def events(self, bundle: StoryBundle) -> Any:
        from topline.events.extract import extract
        common = story_common(bundle)
        return extract(bundle, lambda a: self._statements(a, common, bundle.story.id))

    def watch(self, bundle: StoryBundle, category: str | None) -> Any:
        from topline.events.watch import watch_items
        return watch_items(bundle, category, self._forward)

    def _statements(self, a: Article, common: frozenset[str],
                    sid: Any = None) -> tuple[list[tuple[Raw, str]], dict[str, str]]:
        key = self.said.key(a.body, _day(a))
        got: list = []

        def compute() -> Any:
            from topline.events.ahead import MISSING, SAID
            done = self.ahead.take(SAID, key, sid) if self.ahead is not None else MISSING
            if done is MISSING:       # (the child's value: the same function on this article and story)
                asked = _Asked(common)
                said, declared = article_statements(a, asked)
                done = (said, declared, asked.asked)
            said, declared, words = done
            got.append((said, declared))
            return _encode(said, declared, words)

        value = self.said.get(key, compute)
        if got:                                   # computed now
            return got[0]
        if value is not None and all((w in common) == bool(v) for w, v in value["asked"]):
            return _decode(value)
        self.stale += 1                           # stored under another ``common`` (or not JSON): computed again
        self.said.hits -= 1                       # ... so it counts as a miss
        self.said.misses += 1
        asked = _Asked(common)
        said, declared = article_statements(a, asked)
        self.said.known[key] = self.said.new[key] = _encode(said, declared, asked.asked)
        return said, declared

    def _forward(self, a: Article) -> list[list]:
        made = a.local_day
        key = self.forward.key(a.body, _day(a))

        def compute() -> Any:
            from topline.events.ahead import FORWARD, MISSING
            done = self.ahead.take(FORWARD, key) if self.ahead is not None else MISSING
            return article_forward(a.body, made) if done is MISSING else done

        return self.forward.get(key, compute)

    def flush(self) -> None:
        self.said.flush()
        self.forward.flush()

    def stats(self) -> list[tuple[str, int, int]]:
        """(stage, hits, misses) of each stage (a stale value is a miss)."""
        return [self.said.stats(), self.forward.stats()]
