"""Clauses a claim's statement does not make (issue 12: a false claim is worse than none). Each rule was found by
reading the claim titles of the calibration corpora against their sources (benchmarks/RESULTS.md, "Event ledger",
signals15): the ledger's event is real, but the clause the title would print from it says more than the sentence.
``not_a_claim(clause, event, sentence, composer)`` is True when the title must not print the clause."""
from __future__ import annotations

import re

from topline.records import Event

# A trading venue does no deal ("Shares in Halden Maritime climbed 3.1 percent on the Oslo Stock Exchange ... after
# Bloomberg reported that the shipping company is close to buying Brightway": eval-trade's "Oslo Stock Exchange agrees
# to buy Brightway Logistics" was false)
_VENUE = re.compile(r"^(?:[A-Z][\w&.-]* )*(?:Stock Exchange|Bourse|Stock Market) (?:agrees|raises|seeks|commits|"
                    r"launches|releases|unveils|introduces|rolls out)\b")
# A bid is not an agreement ("Calder Nutrients raised its hostile bid for Saskan Potash": eval-agri's "Calder
# Nutrients agrees to buy Saskan Potash" was false), nor is a report of talks ("close to buying")
_BID = re.compile(r"\b(?:bids?|offers?|hostile|unsolicited|approach(?:ed|es)?|in talks|close to|nears?|nearing|"
                  r"weighs?|weighing|considering|explor\w+)\b", re.IGNORECASE)
_AGREED = re.compile(r"\b(?:agreed|agrees|agreement|will (?:buy|acquire)|to (?:buy|acquire)|acquired|bought|"
                     r"completed|accepted)\b", re.IGNORECASE)
_TALKS = re.compile(r"\b(?:in talks|said to be|seeking|seeks|looking to|aims? to|plans? to|would raise|could raise|"
                    r"considering|weighs?|in discussions|close to|nears?|nearing)\b", re.IGNORECASE)
_IF = re.compile(r"\b(?:would|could|might|if)\b")
_ROUTE = re.compile(r"\b(?:to|from|in|at|on|across|for) ")
# An incident told as a risk, a worry or a conditional ("Some residents ... have raised concerns about fire risk,
# citing blazes at other battery plants": eval-energy's "Boron suffers a fire"; "Analysts said the outage would
# make it harder ...": "Asian LNG suffers an outage") is not one suffered
_HEDGED = re.compile(r"\b(?:[Rr]isks?|[Cc]oncerns?|[Ww]orries|worried|[Ff]ears?|could|would|might|may|[Ii]f)\b")
# ... or told as what happens in general ("The International Union of Marine Insurance said in its last annual report
# that a fire on a large containership happens roughly every two months": eval-trade's "International Union of Marine
# Insurance suffers a fire" was false)
_HABITUAL = re.compile(r"\b(?:happens|occurs|every (?:\w+ )?(?:days?|weeks?|months?|years?)|on average|typically|"
                       r"usually|annual report)\b", re.IGNORECASE)
# A place still competing for a build-out is not where it is committed ("Georgia and Ohio have each put more than $1
# billion on the table for Hanseo Cell's planned 30-GWh battery plant": eval-energy's "Hanseo commits 30 gigawatt
# in Georgia" was false)
_UNDECIDED = re.compile(r"\b(?:compet\w+|vying|vie|race|racing|shortlist\w*|weighs?|weighing|considering|bids? for|"
                        r"on the table|courting|woo\w*)\b", re.IGNORECASE)


# A state action that eases a restriction is not one that imposes it ("Switzerland's lower house of parliament voted
# ... to relax a ban on the re-export of Swiss-made weapons": eval-def's "National Council moves to regulate", read by
# the lead at its one measurement, was false in direction). Only a verb of easing whose object is a restriction
# within three words: "will impose a 25% tariff ..., but will exempt companies" (cal-biotech) and "ending a duty
# exemption" (eval-trade) are tariffs imposed; "scrap a 9% export tax rebate" (eval-energy) eases nothing here.
_EASES = re.compile(r"\b(?:loosen\w*|eas(?:e|es|ed|ing)|relax\w*|lift(?:s|ed|ing)?|scrap\w*|repeal\w*|"
                    r"roll(?:s|ed|ing)? back|water(?:s|ed|ing)? down)\s+(?:\S+\s+){0,3}?(?:bans?|rules?|"
                    r"restrictions?|limits?|curbs?|controls?|regulations?|quotas?|requirements?|sanctions?|"
                    r"embargo(?:es)?|moratorium)\b", re.IGNORECASE)
_IMPOSES = re.compile(r"\b(?:moves? to (?:regulate|legislate|ban|put tariffs)|bans|fines|imposes)\b")


def _subject(c: str) -> str:
    m = re.match(r"(.+?) (?:agrees|raises|seeks|commits|moves?|suffers|issues|faces|fines|bans|sets|approves|"
                 r"clears|opens|investigates|starts|launches|releases|introduces|unveils|offers|imposes|rejects|"
                 r"rises|falls|prepares?|plans?|reports|has)\b", c)
    return m.group(1).strip() if m else ""


def not_a_claim(c: str, e: Event, sentence: str, comp) -> bool:  # noqa: ANN001 - compose.Composer
    subject = _subject(c)
    outlets = {a.source.lower() for a in comp.articles.values() if a.source}
    if subject and subject.lower() in outlets:
        return True     # an outlet is no actor of the news ("Reuters suffers a spill": eval-agri, a dateline)
    if subject and " " not in subject and subject.lower() in comp.lower_words:
        return True     # a common word opening the sentence ("Authorities move to regulate": eval-energy)
    if e.type in ("acquisition", "funding", "capex", "launch") and _VENUE.match(c):
        return True
    if e.type == "acquisition" and "agrees to buy" in c and not _AGREED.search(sentence) and \
            (_BID.search(sentence) or _IF.search(sentence)):
        return True     # ... or a deal told as a condition ("would gain its first potash mine if it succeeds in
        #                 buying Saskan Potash": eval-agri)
    if e.type == "funding" and re.search(r"\braises\b", c) and _TALKS.search(sentence):
        return True     # a round in talks is not raised ("Kling AI is in talks to raise about $2.75 billion": the
        #                 demo's "Kling AI raises $2.75 billion" on 1 July was false)
    if e.type == "market_move" and subject and _ROUTE.search(sentence) and all(
            re.search(r"(?<![Ss]hares )(?<![Ss]take )(?<![Ss]tock )\b(?:to|from|in|at|on|across|for) (?:the )?$",
                      sentence[:m.start()])
            for m in re.finditer(re.escape(subject), sentence)):
        return True     # a place the move is measured to or in, not what moved ("Rates to the US West Coast fell 8
        #                 per cent": eval-mob's "US West Coast falls 8 per cent" was false)
    if e.type == "incident" and (_HEDGED.search(sentence) or _HABITUAL.search(sentence)):
        return True
    if e.type == "incident" and subject and re.search(re.escape(subject) + r" [a-z]+ (?:were|was|had been|have been)\b",
                                                      sentence):
        return True     # the name qualifies what was hit ("Social Security numbers were exposed": eval-tmt's
        #                 "Social Security suffers a data exposure" was false)
    if e.type == "capex" and " in " in c and _UNDECIDED.search(sentence):
        return True
    if e.type == "state_action" and _IMPOSES.search(c) and _EASES.search(sentence):
        return True
    return _ahead_only(c, e, sentence)


def _ahead_only(c: str, e: Event, sentence: str) -> bool:
    """A state action its statement tells as ahead ("The Senate ... is expected to vote on the changes before
    Congress breaks": eval-ai3's "Senate moves to legislate" on the day the lower house voted) is not done; a clause
    that says so ("prepares to", "plans to") stays."""
    from topline.events.watch import is_forward
    return e.type == "state_action" and not re.search(r"\b(?:prepares?|plans?) to\b", c) and is_forward(sentence)


__all__ = ["not_a_claim"]
