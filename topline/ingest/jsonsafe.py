"""JSON documents where one item nested too deeply to decode fails alone instead of the whole document.

``json.loads`` raises RecursionError on the first value nested ~1,000 deep, and every item of the document is
lost. ``loads`` decodes normally, and only when that happens decodes the top level by hand: each element of a
top-level array (or of an array held by a top-level key) is decoded on its own, and one that is too deep
becomes an InputError placeholder in its place, which the parsers record as that item's Failure.
"""
from __future__ import annotations

import json
import re
from typing import Any

from topline.errors import InputError, Reason

_DECODER = json.JSONDecoder(strict=False)      # raw control characters inside strings are common
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.S)
_WS = " \t\r\n"


def too_deep() -> InputError:
    return InputError("JSON nested too deeply to read", Reason.PARSE_ERROR)


def _ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _WS:
        pos += 1
    return pos


def skip_value(text: str, pos: int) -> int:
    """The index just after the array or object starting at ``pos`` (no recursion, strings respected)."""
    depth = 0
    for m in _TOKENS.finditer(text, pos):
        token = m.group(0)
        if token in "[{":
            depth += 1
        elif token in "]}":
            depth -= 1
            if depth == 0:
                return m.end()
    raise json.JSONDecodeError("unterminated value", text, pos)


def _value(text: str, pos: int, allow_array: bool) -> tuple[Any, int]:
    try:
        return _DECODER.raw_decode(text, pos)
    except RecursionError:
        if allow_array and text[pos] == "[":
            return array_items(text, pos + 1)
        return too_deep(), skip_value(text, pos)


def array_items(text: str, pos: int) -> tuple[list, int]:
    """The elements of the array whose ``[`` ends at ``pos``, each decoded alone; returns (items, end)."""
    items: list = []
    pos = _ws(text, pos)
    if text[pos:pos + 1] == "]":
        return items, pos + 1
    while True:
        item, pos = _value(text, _ws(text, pos), allow_array=False)
        items.append(item)
        pos = _ws(text, pos)
        sep = text[pos:pos + 1]
        if sep == "]":
            return items, pos + 1
        if sep != ",":
            raise json.JSONDecodeError("expected ',' or ']'", text, pos)
        pos += 1


def _object(text: str, pos: int) -> tuple[dict, int]:
    out: dict = {}
    pos = _ws(text, pos)
    if text[pos:pos + 1] == "}":
        return out, pos + 1
    while True:
        key, pos = _DECODER.raw_decode(text, _ws(text, pos))
        pos = _ws(text, pos)
        if text[pos:pos + 1] != ":":
            raise json.JSONDecodeError("expected ':'", text, pos)
        out[str(key)], pos = _value(text, _ws(text, pos + 1), allow_array=True)
        pos = _ws(text, pos)
        sep = text[pos:pos + 1]
        if sep == "}":
            return out, pos + 1
        if sep != ",":
            raise json.JSONDecodeError("expected ',' or '}'", text, pos)
        pos += 1


def loads(text: str) -> Any:
    """``json.loads(text, strict=False)``, but a value nested too deeply only replaces itself (see module doc).
    Raises json.JSONDecodeError as json.loads does."""
    try:
        return json.loads(text, strict=False)
    except RecursionError:
        pass
    pos = _ws(text, 0)
    start = text[pos:pos + 1]
    if start == "[":
        doc, end = array_items(text, pos + 1)
    elif start == "{":
        doc, end = _object(text, pos + 1)
    else:
        raise json.JSONDecodeError("nested too deeply to read", text, pos)
    if _ws(text, end) != len(text):
        raise json.JSONDecodeError("Extra data", text, end)
    return doc
