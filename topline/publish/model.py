"""Stored editions back into records: the inverse of ``records.to_dict`` for an Edition.

The store keeps ``to_dict(edition)``; the web app and ``topline send`` read it back with ``edition_from_dict``.
The conversion follows the record classes' type hints, so a field added to a record is read back without a
change here; keys the records do not know are ignored, missing ones take the field's default.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from functools import lru_cache
from typing import Any, Mapping

from topline.records import Edition


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _convert(tp: Any, value: Any) -> Any:  # noqa: PLR0911 - one branch per kind of type
    if value is None:
        return None
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        real = [a for a in args if a is not type(None)]
        return _convert(real[0], value) if len(real) == 1 else value
    if dataclasses.is_dataclass(tp):
        return from_dict(tp, value)
    if origin is tuple:
        items = value if isinstance(value, (list, tuple)) else [value]
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], v) for v in items)
        if args:
            return tuple(_convert(a, v) for a, v in zip(args, items))
        return tuple(items)
    if origin in (Mapping, dict, typing.Mapping) or tp in (dict, Mapping):
        return dict(value) if isinstance(value, Mapping) else {}
    if tp is dt.datetime:
        return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    if tp is dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    if tp in (int, float, str, bool):
        return tp(value)
    return value


def from_dict(cls: type, data: Mapping[str, Any]) -> Any:
    """A record of class ``cls`` from its ``to_dict`` form."""
    if not isinstance(data, Mapping):
        raise TypeError(f"{cls.__name__}: expected an object, got {type(data).__name__}")
    hints = _hints(cls)
    kwargs = {f.name: _convert(hints[f.name], data[f.name])
              for f in dataclasses.fields(cls) if f.name in data and f.init}
    return cls(**kwargs)


def edition_from_dict(data: Mapping[str, Any]) -> Edition:
    """The Edition record of a stored edition (``store.editions.get(date)``)."""
    return from_dict(Edition, data)
