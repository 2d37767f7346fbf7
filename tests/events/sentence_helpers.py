"""What the event rules read from one sentence, as plain field lists: the helpers the per-pass rule tests share."""
import datetime as dt
import re

from topline.events.extract import sentence_events
from topline.records import Article

DAY = "2026-04-07"


def sentence_fields(sentence: str, kind: str, day: str = DAY) -> list[dict]:
    """Each event of type ``kind`` the rules read from ``sentence``, as {field: [values]}; the common words are the
    sentence's lower-case words."""
    common = frozenset(re.findall(r"(?<![\w'.-])[a-z][a-z-]+", sentence))
    out = []
    for r in sentence_events(sentence, day, common):
        if r.type == kind:
            d: dict = {}
            for k, v, _ in r.fields:
                d.setdefault(k, []).append(v)
            out.append(d)
    return out


def one_event(sentence: str, kind: str, day: str = DAY) -> dict:
    """The one event of type ``kind`` in ``sentence`` (the test fails when there are none or several)."""
    got = sentence_fields(sentence, kind, day)
    assert len(got) == 1, got
    return got[0]


def article(text: str) -> Article:
    """One wire article of ``DAY`` carrying ``text`` (for rules that read across an article's sentences)."""
    return Article(url="https://wire.example/x", title="x", text=text,
                   published=dt.datetime.fromisoformat(DAY + "T09:00:00+00:00"), source="Wire")
