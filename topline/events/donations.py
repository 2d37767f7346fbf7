"""Money raised for a good cause is a donation, not a funding round (issue 12; the lead, after eval-profserv's one
measurement: "... ran a ten-kilometre route along the Thames on Sunday morning, raising about £180,000 for a London
youth homelessness charity" made "Thames raises £180,000" a funding event and a claim title).

A round's money is raised *from* investors, *in* a round, *at* a valuation; a donation's is raised *for* a
beneficiary (a charity, a hospice, an appeal, victims) or given *in* donations or pledges. The reading takes the
words right after the amount, so a company's "raised $40 million for its expansion" stays a round."""
from __future__ import annotations

import re

# The beneficiary head nouns of charitable giving (not of business purposes). Read over the 24,986 sentences of the
# 28 calibration corpora (the lead's scan, 2026-12-07): 11 funding events go, every one money a charity run, ball,
# bake sale or match raised for a charity, hospice or food bank (noise stories of eight corpora); no round is lost.
_FOR_A_CAUSE = re.compile(
    r"\s+(?:\w+\s+){0,2}?for\s+(?!its\b|their\b|his\b|her\b)"
    r"(?:a\s+|an\s+|the\s+|local\s+|two\s+|three\s+|several\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:charity|charities|hospices?|food\s+banks?|appeals?|good\s+causes?|victims|refugees|orphans|"
    r"homeless(?:ness)?|fundraisers?|relief\s+efforts?)(?![\w-])", re.IGNORECASE)
_IN_DONATIONS = re.compile(r"\s+(?:\w+\s+){0,2}?in\s+(?:donations|pledges|sponsorship)\b", re.IGNORECASE)


def donated(s: str, end: int) -> bool:
    """Whether the amount ending at ``end`` in sentence ``s`` is money raised for a good cause or given as
    donations ("raising about £180,000 for a London youth homelessness charity", "£40,000 in donations")."""
    after = s[end:end + 120]
    return bool(_FOR_A_CAUSE.match(after) or _IN_DONATIONS.match(after))
