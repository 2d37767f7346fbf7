"""Helpers of the state-action rule (``extract._state_action``): whether an action word names an act of the day, and
whose jurisdiction an acting body is, and the tables of action words and state verbs (moved here in the fifth pass).
Split from ``extract`` (issue 12, fourth pass) to keep each module under the size the developers' guide asks for."""
from __future__ import annotations

import re

from topline.events.spans import _BODY_JURISDICTION, _DATELINE, _JURISDICTION_ADJ, Span, _places
from topline.events.reviews import REVIEW
from topline.events.state_terms import CAPPED, CONTRIBUTE, DIRECTED, QUESTIONNAIRES, REFUSED, SET_PRICE
from topline.events.subsidies import MONEY_IN

# An action word that names no act of the day: a law or rule referred to ("under the AI Act's rules", "without new
# legislation"), one denied ("has passed no federal rules"), or a decision still to come ("is set to rule on",
# "is expected to publish the proposed rule", "asked the Commission to suspend").
_REFERRED = re.compile(r"\b(?:under|without|in line with|align with|comply with|complying with|complied with|"
                       # thirteenth pass: a rule a firm says it keeps, breaks or is exposed to ("complied with EU
                       # rules", "exposing them to the EU's 10% import duty")
                       r"complies with|in breach of|breached|breaches|violated|violates|violating|subject to|"
                       r"exposed to|exposing (?:them|it|us|the \w+) to)\s+(?:the\s+|its\s+|their\s+|"
                       r"new\s+|existing\s+)?(?:[\w-]+(?:['’]s)?\s+){0,6}$", re.IGNORECASE)
_DENIED = re.compile(r"\b(?:no|not|never)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_PENDING = re.compile(r"\b(?:must|has to|have to|needs? to|can|cannot|could|should)\s+(?:\w+\s+)?$|"   # "The cabinet must
                      # rule on the deal": a decision the body must still take (thirteenth pass); "only Congress can set
                      # rules like this": a power or a possibility, not an act (the lead, after eval-space's measurement)
                      # events24 (eval-macro): an act others expect or argue for ("Economists said they expect the
                      # central bank to cut reserve requirements", "strengthening the case for the Bank of England to
                      # cut interest rates")
                      r"\b(?:set|expected|likely|poised|due|asked|urged|called on|calls? on|asking|urging|expect|"
                      r"expects|expecting|the case for)\b"
                      r"(?:\s+[\w'’-]+){0,6}?\s+to\s+(?:[\w-]+\s+){0,4}$|"
                      # "will vote on the grant on Wednesday": a decision still to be taken (seventh pass)
                      r"\b(?:will|to|would|is to|are to|plans to|is due to|set to)\s+(?:vote|decide|rule)\s+(?:on|whether)\s+"
                      r"(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,3}$|"
                      # "called for tighter rules": a call for an act is not the act (seventh pass)
                      r"\b(?:called|calls|calling|pushed|pushing|pressed|pressing|lobbied|lobbying)\s+for\s+"
                      r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# A law described, not acted on: "Senate Bill 6, signed in June, which sets new standards", "the Mission, approved
# with an outlay of ...", "EU rules already require".
_DESCRIBED = re.compile(r",\s*which\s+(?:[\w-]+\s+){0,4}$|,\s*$", re.IGNORECASE)


# An act a sentence makes a condition of something else: "expected completion early in 2027, once the Competition and
# Markets Authority has approved it", "if the Competition and Markets Authority approves" (thirteenth pass, read on
# eval-fin and eval-tmt: a deal's pending clearance had been an approval of the day).
_CONDITION = re.compile(r"\b(?:if|once|unless|until|pending|subject to)\s+(?:the\s+|its\s+|a\s+)?(?:[\w'\u2019-]+\s+){0,6}"
                        r"(?:has\s+|have\s+|had\s+|is\s+|are\s+)?$", re.IGNORECASE)


# A rate decision told as the cause of something else ("bonds rallied after Bank Indonesia cut interest rates"): the
# sentence's news is the market's move (fourteenth pass, read on eval-fin).
_CAUSE = re.compile(r"\b(?:after|as|since|because|when|once)\s+(?:the\s+)?[A-Z][\w.'\u2019]*\s+"
                    r"(?:(?:[A-Z][\w.'\u2019]*|of|for|and)\s+){0,5}"
                    r"(?:\w+ly\s+)?$")
# A rate decision of the day says by how much or on which day ("cut its key rate by 25 basis points", "lowered its
# policy rate to 4.75 percent on Thursday"); "has cut its deposit rate to 2%" with neither recalls an earlier
# decision as context (fourteenth pass, read on demo-ledger and eval-fin).
_RATE_OF_THE_DAY = re.compile(r"\bby (?:a |an |half |one |two |\d)|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                              r"Saturday|Sunday|today)\b")
_RATE_VERB = re.compile(r"(?:cut|cuts|raised|raises|lowered|lowers|hiked|hikes|reduced|trimmed)$", re.IGNORECASE)


def _not_an_act(s: str, m: re.Match[str]) -> bool:
    before = s[max(0, m.start() - 80):m.start()]
    if _RATE_VERB.match(m.group(0)) and (_CAUSE.search(before) or not _RATE_OF_THE_DAY.search(s[m.end():])):
        return True
    described = _DESCRIBED.search(before) and (m.group(0).lower().endswith("ed") or "which" in
                                                _DESCRIBED.search(before).group(0).lower())
    return bool(_REFERRED.search(before) or _DENIED.search(before) or _PENDING.search(before) or described or
                _CONDITION.search(before) or
                re.match(r"\s+(?:[\w-]+\s+)?already\b", s[m.end():]))


def _jurisdiction(s: str, body: Span | None) -> tuple[str, str] | None:
    """The adjective or place of the body ("European Commission" -> EU), else a demonym, else a place (never one
    of a dateline)."""
    dateline = _DATELINE.match(s)
    skip = dateline.end() if dateline else 0
    if body and _BODY_JURISDICTION.get(re.sub(r"^(?:the|u\.s\.|us)\s+", "", body.text.lower())):
        known = _BODY_JURISDICTION[re.sub(r"^(?:the|u\.s\.|us)\s+", "", body.text.lower())]
        adj = re.search(r"\b(?:U\.S\.|US|American|federal)\s*$", s[:body.start])
        return known, adj.group(0).strip() if adj else body.text   # the body's name says whose it is
    if body:
        # "Germany's Federal Cartel Office", "Britain's Competition and Markets Authority": the owner set before the
        # body says whose it is, before a word of the name ("Federal" is no country's own; thirteenth pass, read on
        # eval-agri, where a German body had been American)
        owner = re.search(r"(?<![\w.])([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['\u2019]s\s+(?:[a-z][\w-]*\s+){0,3}$",
                          s[:body.start])
        if owner and (owner.group(1).lower() in _JURISDICTION_ADJ or _places(owner.group(1))):
            return _JURISDICTION_ADJ.get(owner.group(1).lower(), owner.group(1)), owner.group(1)
        first = body.text.split()[0]
        j = _JURISDICTION_ADJ.get(first.lower().rstrip("'s’"))
        if j:
            return j, first
        for p in _places(body.text):
            return p.text, p.text
        of = re.search(r"\bof ((?:[A-Z][\w-]+ ?){1,3})$", body.text)   # "Monetary Authority of Singapore"
        for p in (_places(of.group(1).strip()) if of else ()):
            return p.text, p.text
        at = s.rfind(" ", 0, max(0, body.start - 1))
        prev = s[at + 1:body.start].strip().rstrip("'s’").rstrip("’'")
        if prev and (prev.lower() in _JURISDICTION_ADJ or _places(prev)):
            return _JURISDICTION_ADJ.get(prev.lower(), prev), prev
    cands = [(p.start, p.text, p.text) for p in _places(s) if p.start >= skip]
    for m in re.finditer(r"\b[A-Z][\w.]*", s):
        word = m.group(0) if m.group(0) == "U.S." else m.group(0).rstrip(".")
        j = _JURISDICTION_ADJ.get(word.lower())
        if j:
            cands.append((m.start(), j, word))
    if not cands:
        return None
    _, value, text = min(cands)
    return value, text


TAX_CHANGE_WORDS = 4     # words between a change verb and the tax it changes ("to triple the international tourist
                         # tax"; events19, read on eval-retail)


LIMIT_WORDS = 6          # words between the verb and the limit it changes ("approved a P58 increase in the daily
                         # minimum wage"; events27, read on eval-work)


# A sum right after a verb of giving ("£2.1bn", "a record £2.7bn", "$4.1-billion", "1.1 billion crowns"), events22.
_SUM = r"(?:a |an )?(?:about |some |an extra |up to |nearly |a further |another |a record |record |more than )?" \
       r"(?:[A-Z]{0,2}[$€£¥₹]|Rs\.? ?)?\d"
_SCALE = r"[\d.,]*\s*(?:bn|mn|m|billion|million|trillion|crore)?\s+"   # the rest of the sum, up to the next word


# The kinds of state action, in order of precedence, by the words that name them; and the verbs a body acts with.
# "imposed a 3.6 billion won fine on X" (events37): "fine on" or "against" after an article, a sum or its bracket
_FINE_ON = r"(?:(?<=\ba )|(?<=\bthe )|(?<=record )|(?<=illion )|(?<=\bbn )|(?<=\bm )|(?<=\bwon )|(?<=euros )|" \
           r"(?<=\) ))fine (?:on|against)"
_ACTIONS = (("fine", re.compile(r"\b(?:fined|fines|fine of|" + _FINE_ON + r"|penalt(?:y|ies)|penalised|penalized)\b",
                                re.I)),
            ("probe", re.compile(r"\b(?:probes?|investigat(?:ion|ions|ing|es|ed|e)|inquiry|inquiries|enquiry|enquiries|"
                                 r"(?:formal |antitrust |infringement )proceedings|"
                                 r"raided|searched|charged with|indicted|arrested|"
                                 # thirteenth pass (cal-ai, eval-ai3, eval-fin, eval-mob): "opened an examination of
                                 # the cyberattack", "a formal review of the contract", "will examine whether"
                                 r"examin(?:e|es|ed|ing|ation|ations)|(?:formal|in-depth|full) review|"
                                 # fourteenth pass (eval-fin, eval-mob, eval-ai3): a body asking a firm to account
                                 # for itself ("has asked Velora for a full report", "asked ride-hailing firm Zippr
                                 # to explain", "asked about 30 large banks to detail their lending")
                                 r"(?:asked|asks|has asked|ordered)(?= (?:[\w'\u2019-]+ ){0,6}?(?:for (?:a |an )?"
                                 r"(?:full |detailed |written )?(?:report|explanation|details|information)|"
                                 r"to (?:explain|detail|justify|account for|report on)\b))|"
                                 # events38: a body that will review, is reviewing, ordered a review (``reviews``)
                                 + REVIEW + r"|" + QUESTIONNAIRES + r")\b", re.I)),
            ("ban", re.compile(r"\b(?:bans?|banned|banning|prohibit(?:s|ed|ion)?|outlaw(?:s|ed)?|"
                               # fourteenth pass: sanctions with asset freezes bar trade with their targets
                               r"(?:imposed|imposes|imposing|announced|slapped) (?:new |fresh )?sanctions|"
                               r"sanctioned|"
                               # fourteenth pass (eval-mob, eval-agri): aircraft grounded, imports stopped, a border
                               # kept closed ("grounded 87 regional jets", "suspended imports of chicken from")
                               r"(?<!be )(?<!been )grounded(?! (?:in|by|on|for)\b)|"
                               r"(?:suspended|suspends|halted|halts|stopped|stops) (?:all )?(?:imports|exports|shipments)|"
                               r"(?:keep|keeps|kept) (?:the |its )?borders? closed)\b", re.I)),
            # events19 (eval-retail's four, eval-agri's, eval-trade's golds): a tax or levy the state sets or changes
            # is a rule ("voted to double its tourist tax", "approved cuts in excise tax", "agreed to triple the
            # international tourist tax"); the change word stands before the tax within a few words, and a tax
            # credit, break or rebate (money paid out: a subsidy) or a customs duty (a tariff) is none
            ("rule", re.compile(r"\b(?:doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|"
                                r"increas(?:e|es|ed|ing)|cut|cuts|cutting|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|"
                                r"extend(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|"
                                r"scrap(?:s|ped|ping)?|abolish(?:es|ed|ing)?)\b(?:\s+(?:in|on|to|of|its|the|a|an|"
                                r"[a-z][\w-]*)){0,%d}?\s+(?:tax|taxes|levy|levies)\b(?!\s+(?:credits?|breaks?|"
                                r"rebates?|abatements?|reliefs?|incentives?|exemptions?|holidays?|returns?|bills?|"
                                r"revenues?|receipts|code|havens?|avoidance|evasion|rate cuts?)\b)|"
                                # events24 (eval-ind's gold rule): a royalty the state has changed, told as done
                                # ("has raised royalties on nickel ore"; not "would raise", nor a bill "introducing")
                                r"\b(?<!would )(?<!could )(?<!may )(?<!might )(?<!to )(?:raised|cut|lowered|increased|"
                                r"reduced|hiked|doubled)\s+(?:the\s+|its\s+)?(?:[a-z]+\s+)?royalt(?:y|ies)\b" % TAX_CHANGE_WORDS,
                                re.I)),
            ("tariff", re.compile(r"\b(?:tariffs?|import dut(?:y|ies)|anti-dumping|countervailing|levy|levies)\b",
                                  re.I)),
            ("subsidy", re.compile(r"\b(?:subsid(?:y|ies|ise|ize|ised|ized)|grants?|tax credits?|incentives?|"
                                   r"loan guarantees?|contracts? for difference|support scheme|credit lines?|"
                                   # tenth pass: money a government pays out ("will pay 300 million kroner to pig
                                   # farmers", "a package of $900 million in payments for growers", "aid package")
                                   r"(?<=will )pay(?=\s+(?:about |some |an extra |up to |nearly )?[$€£¥₹]?\d)|"
                                   # fourteenth pass: "will provide $450 million for road and water infrastructure"
                                   r"(?<=will |ould )provide(?=\s+(?:about |some |an extra |up to |nearly )?[$€£¥₹]?\d)|"
                                   + CONTRIBUTE + r"|"   # events38 ("will contribute $35 million towards roads")
                                   r"(?<=in )payments (?:to|for)|aid (?:package|payments)|compensation (?:to|for)|"
                                   # events30 (eval-chips): a sum approved or given in a kind of public money
                                   # ("approved €2.9 billion in German state aid", "¥182 billion in support for")
                                   + MONEY_IN + r"|"
                                   # events22 (eval-prop, eval-energy, eval-health, eval-ind, eval-def): money given
                                   # or allotted, told by the verb and the sum right after it ("is providing £2.1bn
                                   # for", "will lend $4.1-billion", "has set a record £2.7bn budget", "has supported
                                   # the project with 1.1 billion crowns", "has announced £1.6bn for")
                                   r"(?:providing|giving|lend|lends|lending|allocated|allocates|earmarked|earmarks|"
                                   r"set aside|sets aside|pledged|pledges|committed|commits)(?=\s+" + _SUM + r")|"
                                   r"(?<=has |ave )set(?= " + _SUM + _SCALE + r"budget)|"
                                   r"supported(?= (?:[\w-]+ ){1,3}with " + _SUM + r")|"
                                   r"(?<=has |ave | is )announced(?= " + _SUM + _SCALE + r"(?:for|to|in)\b))\b",
                                   re.I)),   # (not "cap Medicare payments for drugs": a sum "in payments")
            # events27 (eval-work's wage orders and visa caps): a limit the state sets on wages,
            # numbers or services, approved, changed or set as done ("approved a P58 increase in
            # the daily minimum wage", "approved raising the ceiling on foreign workers", "set
            # minimum services of 60%"); not "would raise", nor a cap on prices or payments
            ("rule", re.compile(r"\b(?<!would )(?<!could )(?<!may )(?<!to )(?:approved|raised|lowered|cut|set|increased|"
                                r"reduced)\s+(?:(?:raising|lowering|an?|the|its)\s+)?(?:[\w%%$\u20ac\u00a3.,-]+\s+){0,%d}?"
                                r"(?:minimum wages?|wage floors?|ceiling|minimum services|cap on (?:new\s+)?"
                                r"(?:[a-z-]+\s+){0,2}?(?:workers|visas|permits|students|migrants|arrivals))\b"
                                % LIMIT_WORDS, re.I)),
            # a court's judgement and a regulator's lawsuit decide or contest a case: "other", not a rule or a probe
            ("other", re.compile(r"\b(?:approved|approves|approval of|cleared|authori[sz]ed|turned away|rejected|"
                                 r"clinical hold|suspended|revoked|recommended approval|warning letter|shortage list|"
                                 r"sued|sues|lawsuit|legal (?:action|proceedings)|"
                                 # fourteenth pass (eval-fin): a central bank's rate decision ("cut its key overnight
                                 # rate by 25 basis points", "raised its benchmark rate")
                                 r"(?<!will )(?<!would )(?<!to )(?<!could )(?<!may )(?<!might )(?<!not )"
                                 r"(?:cut|cuts|raised|raises|lowered|lowers|hiked|hikes|reduced|trimmed)(?= (?:its |their "
                                 r"|the )?(?:[\w-]+ ){0,4}?(?:interest|policy|benchmark|key|overnight|deposit|repo|"
                                 r"lending|bank|base) rates?\b|"
                                 # events23 (eval-macro): a rate named by its own name ("lowered the Selic, its
                                 # benchmark rate, by 50 basis points")
                                 r" (?:the )?Selic\b)|"
                                 r"(?<=court )ruled|(?<=court )rules|court ruling|advisory|"
                                 # a body telling a whole trade what to do ("asked banks to review their controls")
                                 r"(?:asked|told|directed|instructed|ordered) (?:all |the )?(?:[a-z]+ )?(?:banks|lenders|"
                                 r"insurers|platforms|companies|firms|operators|providers|carriers|utilities|"
                                 r"developers|hospitals|retailers|manufacturers|drugmakers|airlines|exchanges)"
                                 r"(?= to\b)|"
                                 # ninth pass: a licence granted, a firm designated, a vessel detained, notices issued
                                 r"(?<=granted )(?:an? |the )?(?:[\w-]+ ){0,2}licen[cs]es?|(?<!be )designated|"
                                 # eleventh pass: an approval, charter or permit granted to a firm is a decision
                                 # on its licence, not a rule ("granted conditional approval for Arkline Digital")
                                 r"(?:granted|grants|gave|gives|issued|awarded) (?:an? |the |its )?(?:(?:conditional|"
                                 r"preliminary|final|full|provisional|formal) )?(?:approval|charters?|permits?|"
                                 r"permission|authori[sz]ations?) (?:for|to)|"
                                 r"(?<!be )detained|"
                                 # fourteenth pass: a public buyer's contract awarded or signed (a procurement award is
                                 # the buyer's act, not the supplier's build-out): "awarded Ravelin a $3.87 billion
                                 # contract", "signed a $2.1 billion contract with", "awarded task orders for"
                                 r"(?:awarded|awards)(?= [^;]{0,80}?\b(?:contracts?|task orders?|framework "
                                 r"(?:agreements?|contracts?))\b)|"
                                 r"(?:signed|signs)(?= (?:an? |the )?[^;]{0,50}?\b(?:contract|framework agreement|"
                                 r"purchase agreement)s? (?:with|worth|for|valued)\b)|"
                                 r"(?<=issued )(?:[\w-]+ ){0,2}notices|"
                                 # tenth pass: a release from a state's stockpile or reserve
                                 r"(?<=will )release(?= (?:[\w,.-]+ ){1,5}from (?:its |the |their )?(?:[\w-]+ )?"
                                 r"(?:stockpiles?|reserves?|stocks)\b))"
                                 r"\b(?!\s+(?:a |the )?(?:rules?|regulations?|law|bill|budget|plan|decrees?)\b)", re.I)),
            # events38 (``state_terms``): a cap set at a level, a price or fee set; a named firm told what to do, a
            # licence or registration refused
            ("rule", re.compile(r"\b(?:" + CAPPED + r"|" + SET_PRICE + r")", re.I)),
            ("other", re.compile(r"\b(?:" + DIRECTED + r"|" + REFUSED + r")", re.I)),
            # amendments to a set of rules ("draft amendments to the IT Rules") are a rule, not a law
            ("law", re.compile(r"\b(?:law|bill|legislation|act|statute|amend(?:s|ed|ing|ment)?|amendments)\b"
                               r"(?!\s+to\s+(?:the\s+|its\s+)?(?:[A-Z][\w-]*\s+){0,3}Rules\b)", re.I)),
            ("rule", re.compile(r"\b(?:rules?|regulations?|decrees?|mandates?|standards?|guidelines?|directive|"
                                r"requirements?|approv(?:ed|es|al)|ruled(?! out\b)|ruling|decision|"
                                # tenth pass: "Norway will require petrol sold in the country to contain 20% ethanol"
                                r"(?<=will )require(?= (?:[\w-]+ ){1,6}to\b)|"
                                # events23 (eval-macro's gold rule): a currency devalued by its central bank
                                # ("Bolivia's central bank devalued the boliviano on Tuesday")
                                r"devalued(?= the [a-z]+\b))\b", re.I)))
_STATE_VERB = re.compile(r"\b(?:opened|opens|launched|launches|announced|announces|imposed|imposes|adopted|adopts|"
                         r"passed|passes|approved|approves|signed|signs|proposed|proposes|introduced|introduces|"
                         r"fined|fines|banned|bans|awarded|awards|granted|grants|unveiled|unveils|finali[sz]ed|"
                         r"set|sets|ordered|orders|blocked|blocks|voted|votes|extended|extends|raised|raises|"
                         r"cut|cuts|scrapped|scraps|ruled|rules|will|plans?|is to|are to|preparing|prepares|"
                         r"drafting|drafted|moving ahead with|moved ahead with|issued|issues|published|publishes|"
                         r"launching|opening|imposing|adopting|approving|tightened|tightens|eased|eases|lifted|"
                         r"lifts|suspended|suspends|cleared|clears|rejected|rejects|charged|charges|sued|sues|"
                         r"investigating|probing|penali[sz]ed|offered|offers|slapped|placed|added|turned|"
                         r"recommended|revoked|released|releases|notified|notifies|gave|gives|making|asked|told|directed|"
                         r"instructed|provided|provides|provide|providing|giving|lend|lends|lending|"   # events22
                         # events19: "Japan's ruling coalition agreed Thursday to triple the ... tourist tax"
                         r"agreed|agrees)\b", re.I)
STATE_GAP = 60           # characters between the acting body, its verb and the action ("opened an antitrust probe")
