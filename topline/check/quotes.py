"""Rule: quotes. Quoted words must appear verbatim in a cited article (an ellipsis or a bracketed insertion may
join verbatim pieces)."""
from __future__ import annotations

import re
from typing import Sequence

from topline.check.codes import QUOTE
from topline.check.evidence import Doc
from topline.text import squash

QUOTE_SPANS = (re.compile(r'"([^"]{2,}?)"'), re.compile(r"(?<![\w])'([^']{2,}?)'(?![\w])"))


def check_quotes(text: str, docs: Sequence[Doc]) -> tuple[list[str], list[str], list[tuple[int, int]]]:
    problems, details, spans = [], [], []
    hay = [re.sub(r"[\"']", "", d.lower) for d in docs]
    for rx in QUOTE_SPANS:
        for m in rx.finditer(text):
            spans.append(m.span())
            inner = m.group(1).lower()
            parts = [squash(re.sub(r"[\"']", "", p)).strip(" .,;:!?-") for p in re.split(r"\.\.\.|\[[^\]]*\]", inner)]
            parts = [p for p in parts if p]
            if not parts:
                continue
            if not any(all(p in h for p in parts) for h in hay):
                problems.append(QUOTE)
                details.append(f"quote: {m.group(0)!r} not found verbatim in the cited articles")
    return problems, details, spans

