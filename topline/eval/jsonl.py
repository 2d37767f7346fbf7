"""Reading the evaluation corpora's JSONL files (articles, gold events, gold watch items): one reader for every
``topline eval`` command, so a malformed line is reported the same way everywhere."""
from __future__ import annotations

import json
from pathlib import Path

from topline.errors import InputError


def read_jsonl(path: str | Path) -> list[dict]:
    """The objects of a JSONL file, one a line (blank lines skipped). A missing or unreadable file, or a line that
    is not JSON, raises ``InputError`` naming the file and line."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p} not found", "parse_error")
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {p}: {exc}", "parse_error") from None
    rows = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise InputError(f"{p}:{n}: not JSON ({exc.msg})", "parse_error", line=n) from None
    return rows
