"""Rule: a prose sentence with no finite verb says nothing checkable (issue 10, item 1: "fragments ... never pass").

A SmolLM2 writer sometimes answers with a noun phrase where a sentence was asked for: "Vantro's chairman Lucia
Benz", "0.2 percentage points below level" (eval13, both passed the checker: a name or a figure is enough for
``content.content_free``). Such a fragment names things but asserts nothing about them, so no passage can support
what it says. There is no part-of-speech tagger in the project, so "has a verb" is read generously, and the rule
only rejects a sentence in which NO word can be a finite verb:

- a closed-class auxiliary, modal or copula ("is", "has", "will", "can't", "it's");
- a form of an irregular verb from ``IRREGULAR`` ("rose", "fell", "sold", "driven", "holds") unless a determiner or a
  number comes right before it ("the fall", "3 cuts");
- a word ending in "-ed" (a few nouns such as "hundred" aside);
- a base or "-s" form of a verb from the project's verb tables (``directions``, ``roles``) and ``_REGULAR``, unless a
  determiner, a number or a possessive comes right before it ("the rise", "Vantro's plans");
- any other lowercase "-s" word not after such a word, unless it is a common plural noun ("Vantro expands");
- any lowercase word after a subject pronoun or a plural ("They beat ...", "Regulators reject ...");
- "up", "down", "higher", "lower", "flat" before a figure ("Revenue up 12%"), a predicate of headline style.

Headlines and computed signal titles may be verbless ("Vantro's record quarter"): this rule is called for prose
sentences only (``support.assess`` with ``headline=False``; ``analysis_problems(prose=True)`` from ``page._keep``),
never for a headline or title (``page._line_ok``, the signal-title checks and the LLM writer's headline check pass
``headline=True``; ``page._title_from_facts`` and the offline writer's title checks call ``analysis_problems``
without ``prose``), nor for a computed fact about the coverage whose words are all blanked ("Evidence: two stories
from two outlets.").
Calibrated on the sixteen calibration parts of tests/data/support (labelled sentences and every article sentence
against its own article) and the SmolLM2 raw answers there (fifteenth round, benchmarks/RESULTS.md).
"""
from __future__ import annotations

import re

from topline.check.directions import DOWN_ROOTS, UP_ROOTS
from topline.check.roles import ATTEMPT, SPEECH

VERBLESS_WHY = "placeholder: a fragment with no verb, which states nothing"

# Closed classes: auxiliaries, modals, copulas and their contractions.
AUXILIARIES = frozenset("""is are was were be am has have had do does did will would shall should can could may
might must ought isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't
shouldn't can't cannot couldn't mustn't it's that's there's here's he's she's what's who's they're we're you're i'm
they've we've i've he'd she'd they'd we'd it'll he'll she'll they'll we'll""".split())

# Irregular verbs of news prose: past, participle, base and "-s" forms (general English, not words of a labelled set).
IRREGULAR = frozenset("""arise arises arose arisen become becomes became begin begins began begun bet bets bid bids bind
binds bound break breaks broke broken bring brings brought build builds built buy buys bought catch catches caught
choose chooses chose chosen come comes came cost costs cut cuts deal deals dealt draw draws drew drawn drive drives
drove driven eat ate fall falls fell fallen feel feels felt fight fights fought find finds found flee flees fled fly
flies flew flown bear bears bore born beat beats forecast forecasts forgo forgoes forwent forsake freeze freezes froze
frozen get gets got gotten give gives gave given go goes went gone grow grows grew grown hang hangs hung hear hears
heard hide hides hid hidden hit hits hold holds held hurt hurts keep keeps kept know knows knew known lay lays laid lead
leads led leave leaves left lend lends lent let lets lie lies lay lose loses lost make makes made mean means meant meet
meets met overcome overcomes overtake overtakes overtook overtaken pay pays paid put puts quit quits read reads rise
rises rose risen run runs ran say says said see sees saw seen seek seeks sought sell sells sold send sends sent set sets
shoot shoots shot shake shakes shook shaken show shows showed shown shrink shrinks shrank shrunk shut shuts sink sinks
sank sunk sing sings sang sung sit sits sat slide slides slid speak speaks spoke spoken spend spends spent split splits
spread spreads stand stands stood steal steals stole stolen stick sticks stuck strike strikes struck swing swings swung
take takes took taken tear tears tore torn teach teaches taught tell tells told think thinks thought throw throws threw
thrown undercut undercuts understand understands understood undertake undertakes undertook undertaken uphold upholds
upheld upset upsets wake wakes woke wear wears wore win wins won withdraw withdraws withdrew withdrawn withhold
withholds withheld write writes wrote written""".split())

# Regular verbs of news prose besides the project's direction, speech and attempt tables (base forms; "-s" and
# "-ed" forms are derived or read by shape).
_REGULAR = frozenset("""accuse acquire agree aim amount announce appear appoint approve ask back ban belong block buy
call cancel carry change charge claim close complete confirm continue copy cover delay deliver deny die differ employ
end expect face file fine fish follow form hire hope include invest issue join launch list look monitor need note offer
open order own pick plan post predict price produce propose provide publish recall receive record reject remain replace
report require restart resume return reveal rule score sign start stay sue supply support suspend target trade track
transcribe use vote wait want warn watch""".split())

VERB_BASES = UP_ROOTS | DOWN_ROOTS | _REGULAR | frozenset(w for w in SPEECH | ATTEMPT if not w.endswith("ed"))

# Words ending in "-ed" that are not verbs.
_ED_NOUNS = frozenset("hundred speed need seed feed breed greed creed indeed shed".split())
# Words after which a verb form is a noun ("the fall", "its cuts", "percentage points"): determiners, number words.
_NOUN_CUES = frozenset("""a an the this that these those its their his her our your my every no any some
several one two three four five six seven eight nine ten percentage basis per""".split())
# "-s" words that are rarely a verb in a fragment (plural nouns and words that merely end in "s").
_NOT_S_VERB = frozenset("""news points percent sales shares prices levels rates jobs years months weeks days hours
terms units items orders results earnings profits losses costs bonds funds loans goods services systems series
analysts investors officials executives workers customers users members partners rivals markets companies firms
countries states regions cities plants sites mines ships cars drones vehicles tonnes barrels dollars euros pounds
yuan yen its his hers ours yours theirs this thus plus versus minus whereas has was is does as us bus gas""".split())

_SUBJECT_PRONOUNS = frozenset("i we you they he she it who which that people".split())
_NOT_PLURAL = frozenset("its his hers ours yours theirs this thus plus versus minus whereas has was is does as".split())
# Function words (no verb among them is missed: auxiliaries are read above).
_FUNCTION = frozenset("""a about above across after against all also along among an and any around as at before
behind below beneath beside besides between beyond both but by despite down during each either else even ever every
few for from further here how if in including inside into less like many more most much near neither nor not of off
on once only onto or other out outside over own per same since so some such than that the their them then there
these they this those though through throughout till to too toward towards under unlike until up upon very via what
when where whether which while who whom whose why with within without yet""".split())

_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\d.,]*\d%?|\d%?|[$€£]|[,;:()\"“”—–]")   # punctuation ends a cue
_FIGURE_PREDICATE = re.compile(r"\b(?:up|down|higher|lower|flat|unchanged)\s+(?:by\s+|from\s+|about\s+|nearly\s+|"
                               r"almost\s+|at\s+)*[$€£]?\d", re.IGNORECASE)


def _can_be_verb(w: str, raw_lower: bool, prev: str, prev_raw: str) -> bool:
    """Whether ``w`` (lowercase; ``raw_lower`` when written so) can be a finite verb after ``prev`` (lowercase;
    ``prev_raw`` as written)."""
    if w in AUXILIARIES:
        return True
    determined = prev in _NOUN_CUES or prev[:1].isdigit() or prev in ("$", "€", "£")     # "the fall", "3 sales"
    if w in IRREGULAR and not determined:
        return True       # "Brantley's holds", "'Tideline' took": after a possessive or a quote, still a verb
    nominal = determined or prev_raw.endswith(("'s", "’s", "s'", "s’"))      # "Vantro's plans", "Industries' sale"
    if len(w) >= 4 and w.endswith("ed") and w not in _ED_NOUNS:
        return True
    base = w[:-2] if w.endswith("es") and w[:-2] in VERB_BASES else w[:-1] if w.endswith("s") else w
    if (w in VERB_BASES or base in VERB_BASES) and not nominal:
        return True
    if raw_lower and w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3 and "'" not in w and \
            w not in _NOT_S_VERB and prev and not nominal:
        return True
    if raw_lower and (prev in _SUBJECT_PRONOUNS or _plural(prev)) and w not in _FUNCTION and \
            not w.endswith(("ly", "ing", "'s")) and not w[:1].isdigit():
        return True       # "Regulators reject ...", "They beat ...": any word after a subject may be its verb
    return False


def _plural(w: str) -> bool:
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")) and w not in _NOT_PLURAL


def verbless(text: str) -> bool:
    """Whether ``text`` has no word that can be a finite verb (a fragment such as "Vantro's chairman Lucia Benz")."""
    if _FIGURE_PREDICATE.search(text):
        return False
    prev, prev_raw = "", ""
    for m in _TOKEN.finditer(text):
        raw = m.group(0)
        w = raw.lower().replace("’", "'")
        if _can_be_verb(w, raw.islower(), prev, prev_raw):
            return False
        prev, prev_raw = w, raw
    return True
