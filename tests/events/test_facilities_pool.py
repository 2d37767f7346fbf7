"""Issue 14 (scale29): a priced facility's builder pool (the sentence's actors) is read only once a sum prices a
facility. ``extract`` passes it as a function; read for every sentence that reached the rule, it cost the event kinds
of a 10k edition 3,277 actor readings of 3,278 sentences. Same event whether the pool is given or read late."""
import json
from pathlib import Path

from topline.events.extract import _gov
from topline.events.facilities import priced_facility
from topline.events.spans import actors, figures, names
from topline.text import split_sentences

DATA = Path(__file__).resolve().parents[1] / "data"


def _both(s: str):
    spans, figs = names(s), figures(s)
    pool = [x for x in actors(spans, s) if not _gov(x.text)]
    read = []

    def late():
        read.append(1)
        return pool
    return (priced_facility(s, spans, figs, None, pool, lambda at: None),
            priced_facility(s, spans, figs, None, late, lambda at: None), read)


def test_the_pool_is_read_only_for_a_priced_facility():
    # a sum that prices no facility (a raise, a charge on a plant, a loan): the pool is never read
    for s in ("Halvard Robotics raised $2 billion from investors led by Norcap on Tuesday.",
              "Tessmar Steel took a $300 million charge on the plant in the quarter.",
              "Lenders agreed a $900 million plant loan with Ostrava Chemicals on Monday."):
        given, late, read = _both(s)
        assert given is None and late is None and not read
    # a priced facility: read once, the same event as with the pool given
    given, late, read = _both("Orlin Orbital opened a $420 million satellite factory in Mesa on Tuesday that can "
                              "build 300 spacecraft a year.")
    assert given is not None and late == given and read == [1]


def test_the_same_events_on_a_calibration_corpus():
    """Every sentence of cal-biotech's articles with a money figure: the event with the pool given equals the event
    with the pool read late."""
    seen = hits = 0
    for line in (DATA / "cal-biotech" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        for s in [a.get("title") or "", *split_sentences(a.get("text") or a.get("body") or "")]:
            if "$" not in s and "€" not in s and "£" not in s:
                continue
            given, late, _ = _both(s)
            assert late == given, s
            seen += 1
            hits += given is not None
    assert seen > 50 and hits >= 1
