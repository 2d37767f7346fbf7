"""Calibration and evaluation parts of a labelled data set (issue 15).

Every data set the project tunes on is cut in two, deterministically and without looking at the rows' content:
a row (or a whole gold story) goes to the *evaluation* part when the first byte of the SHA-256 of its key is odd,
to the *calibration* part when it is even. Constants are set on the calibration part; the quality gates in
``tests/`` score the evaluation part only.

Keys:

* AG News (classification): the row's ``url``;
* mmds2025-dev and the demo corpus (clustering, classification): the gold ``story`` id, so that a story's
  articles stay together (a cluster cut in two would score nothing useful).

The cut is part of the evidence: changing it (the key, the hash, the parity) re-opens every floor.
"""
from __future__ import annotations

import hashlib
from typing import Callable, Iterable, TypeVar

CALIBRATION = "calibration"
EVALUATION = "evaluation"
PARTS = (CALIBRATION, EVALUATION)

T = TypeVar("T")


def part_of(key: str) -> str:
    """``"evaluation"`` when the first byte of sha256(key) is odd, else ``"calibration"``."""
    return EVALUATION if hashlib.sha256(key.encode("utf-8")).digest()[0] & 1 else CALIBRATION


def split(items: Iterable[T], key: Callable[[T], str], part: str) -> list[T]:
    """The items of one part, in their original order."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, not {part!r}")
    return [x for x in items if part_of(key(x)) == part]


def row_key(row: dict) -> str:
    """The split key of a JSONL row: its gold story when it has one, else its url."""
    return str(row.get("story") or row["url"])
