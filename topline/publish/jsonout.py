"""The edition as JSON: the public contract of ``topline brief --format json``."""
from __future__ import annotations

import json
from pathlib import Path

from topline.records import Edition, to_dict


def edition_json(edition: Edition) -> dict:
    return to_dict(edition)


def write(edition: Edition, day: Path) -> list[Path]:
    p = day / "edition.json"
    p.write_text(json.dumps(edition_json(edition), indent=2, ensure_ascii=False), encoding="utf-8")
    return [p]
