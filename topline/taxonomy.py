"""The taxonomy file (TOML, a public contract) and the bundled default taxonomy.

    [[category]]
    name = "Capital & Industrial Strategy"
    description = "Funding rounds, M&A, capital spending, valuations, industrial policy and investment flows."
    keywords = ["fundraise", "valuation", "capex"]      # optional
    examples = ["Chipmaker raises $2bn to expand fabs"]  # optional, at most 10
"""
from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

from topline.errors import ConfigError
from topline.records import Category, Taxonomy
from topline.text import content_hash

MAX_EXAMPLES = 10


def default_taxonomy_text() -> str:
    return resources.files("topline.data").joinpath("taxonomy.toml").read_text(encoding="utf-8")


def parse_taxonomy(text: str, origin: str = "taxonomy") -> Taxonomy:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: not valid TOML: {exc}") from None
    raw = data.get("category")
    if not isinstance(raw, list) or not raw:
        raise ConfigError(f"{origin}: needs at least one [[category]] table")
    cats: list[Category] = []
    seen: set[str] = set()
    for n, c in enumerate(raw, 1):
        if not isinstance(c, dict):
            raise ConfigError(f"{origin}: category {n} is not a table")
        name = str(c.get("name", "")).strip()
        desc = str(c.get("description", "")).strip()
        if not name or not desc:
            raise ConfigError(f"{origin}: category {n} needs a name and a description")
        if name.lower() in seen:
            raise ConfigError(f"{origin}: category {name!r} appears twice")
        seen.add(name.lower())
        unknown = set(c) - {"name", "description", "keywords", "examples"}
        if unknown:
            raise ConfigError(f"{origin}: category {name!r} has unknown keys: {', '.join(sorted(unknown))}")
        examples = tuple(str(x) for x in c.get("examples", ()))
        if len(examples) > MAX_EXAMPLES:
            raise ConfigError(f"{origin}: category {name!r} has {len(examples)} examples (at most {MAX_EXAMPLES})")
        cats.append(Category(name=name, description=desc, keywords=tuple(str(x) for x in c.get("keywords", ())),
                             examples=examples))
    return Taxonomy(categories=tuple(cats), name=str(data.get("name", origin)))


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """The taxonomy at ``path``, or the bundled default (an AI-industry strategic edition)."""
    if not path:
        return parse_taxonomy(default_taxonomy_text(), "default taxonomy")
    p = Path(path).expanduser()
    try:
        return parse_taxonomy(p.read_text(encoding="utf-8"), str(p))
    except OSError as exc:
        raise ConfigError(f"cannot read taxonomy {p}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{p}: taxonomy is not UTF-8") from None


def taxonomy_key(t: Taxonomy) -> str:
    """A hash identifying the taxonomy (classifications are stored per taxonomy)."""
    return content_hash(*[f"{c.name}|{c.description}|{','.join(c.keywords)}|{','.join(c.examples)}"
                          for c in t.categories])
