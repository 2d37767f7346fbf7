"""Outlet tiers: how much a story gains from being reported by a given outlet (a TOML file, see
topline/data/outlets.toml for the format and the default list), and the one outlet alias table and normaliser
of the project: ``outlet_key`` (the compared form) and ``canonical_outlet`` ("Reuters UK" -> "reuters"), which
ranking and the citation checker (``topline.check``) share."""
from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Mapping

from topline.errors import ConfigError

DEFAULT_WEIGHT = 0.4   # an outlet not listed (used when the file does not say)


_PUNCT = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=65536)
def outlet_key(name: str) -> str:
    """The form outlet names are compared in: no accents, case, punctuation or leading "the"."""
    s = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode("ascii").lower()
    s = _PUNCT.sub(" ", s).strip()
    return s[4:] if s.startswith("the ") else s


@dataclass(frozen=True)
class OutletTiers:
    weights: Mapping[str, float] = field(default_factory=dict)   # outlet_key -> weight
    levels: Mapping[str, int] = field(default_factory=dict)      # outlet_key -> tier level
    default_weight: float = DEFAULT_WEIGHT
    canonical: Mapping[str, str] = field(default_factory=dict)   # outlet_key of any spelling -> canonical key

    def weight(self, outlet: str) -> float:
        return self.weights.get(outlet_key(outlet), self.default_weight)

    def level(self, outlet: str) -> int | None:
        """The tier level of a listed outlet, None for an unlisted one."""
        return self.levels.get(outlet_key(outlet))


def parse_tiers(text: str, origin: str = "outlets") -> OutletTiers:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: not valid TOML: {exc}") from None
    default = _weight(data.get("default_weight", DEFAULT_WEIGHT), origin, "default_weight")
    weights: dict[str, float] = {}
    levels: dict[str, int] = {}
    for n, tier in enumerate(data.get("tier", []), 1):
        if not isinstance(tier, dict) or not isinstance(tier.get("outlets", []), list):
            raise ConfigError(f"{origin}: tier {n} needs a list of outlets")
        w = _weight(tier.get("weight"), origin, f"tier {n} weight")
        for name in tier.get("outlets", []):
            weights[outlet_key(str(name))] = w
            levels[outlet_key(str(name))] = int(tier.get("level", n))
    canonical = {k: k for k in weights}
    known = (data.get("known") or {}).get("outlets", [])
    if not isinstance(known, list):
        raise ConfigError(f"{origin}: [known] outlets must be a list of names")
    canonical.update({outlet_key(str(n)): outlet_key(str(n)) for n in known})
    for alias, name in (data.get("aliases") or {}).items():
        key = outlet_key(str(name))
        if key not in canonical:
            raise ConfigError(f"{origin}: alias {alias!r} points to {name!r}, which no tier or [known] lists")
        canonical[outlet_key(alias)] = key
        if key in weights:
            weights[outlet_key(alias)] = weights[key]
            levels[outlet_key(alias)] = levels[key]
    return OutletTiers(weights=weights, levels=levels, default_weight=default, canonical=canonical)


def canonical_outlet(name: str) -> str:
    """The compared form of an outlet's canonical name in the default list: "Reuters UK", "Thomson Reuters" and
    "Reuters" -> "reuters"; an outlet the list does not know -> its ``outlet_key``."""
    key = outlet_key(name)
    return _load(None, 0.0).canonical.get(key, key)


def known_outlets() -> Mapping[str, str]:
    """Every spelling the default list knows (outlet_key) -> its canonical key."""
    return _load(None, 0.0).canonical


def _weight(value: object, origin: str, what: str) -> float:
    try:
        w = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ConfigError(f"{origin}: {what} must be a number between 0 and 1") from None
    if not 0.0 <= w <= 1.0:
        raise ConfigError(f"{origin}: {what} must be between 0 and 1 (got {w})")
    return w


def load_tiers(path: str = "") -> OutletTiers:
    """The tiers at ``path`` (settings.edition.outlets), or the bundled default list. Cached per file version."""
    if not path:
        return _load(None, 0.0)
    p = Path(path).expanduser()
    try:
        return _load(str(p), p.stat().st_mtime)
    except OSError as exc:
        raise ConfigError(f"cannot read outlet tiers {p}: {exc.strerror or exc}") from None


@functools.lru_cache(maxsize=8)
def _load(path: str | None, mtime: float) -> OutletTiers:  # noqa: ARG001 - mtime keys the cache
    if path is None:
        text = resources.files("topline.data").joinpath("outlets.toml").read_text(encoding="utf-8")
        return parse_tiers(text, "default outlets")
    try:
        return parse_tiers(Path(path).read_text(encoding="utf-8"), path)
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: outlet tiers file is not UTF-8") from None
