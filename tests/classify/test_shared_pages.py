"""A story about two pages goes on both (topline.classify.shared, issue 11 twenty-fourth pass)."""

from topline.classify.shared import TOPIC_FLOOR, TOPIC_RATIO, topic_pages
from topline.records import Classification


def _c(scores, topic, primary="Disruptions", secondary=()):
    return Classification(
        story_id="s1",
        primary=primary,
        scores=tuple(scores),
        secondary=tuple(secondary),
        method="test",
        topic=tuple(topic),
    )


def _share(c, cat):
    probs = dict(c.scores)
    return probs[cat] / probs[c.primary]


def test_a_page_nearly_as_close_as_the_primary_becomes_a_secondary_at_the_floor():
    # a harbour strike: mostly a disruption, but its words are close to the shipping page too
    c = _c(
        [("Disruptions", 0.8), ("Shipping", 0.15), ("Trade", 0.05)],
        [("Disruptions", 0.70, 4), ("Shipping", 0.60, 6), ("Trade", 0.30, 0)],
    )
    out = topic_pages(c)
    assert out.primary == "Disruptions"
    assert out.secondary == ("Shipping",)
    assert abs(_share(out, "Shipping") - TOPIC_FLOOR) < 1e-3
    assert out.scores[0][0] == "Disruptions"
    assert abs(sum(p for _, p in out.scores) - 1.0) < 1e-3
    assert "Trade" not in out.secondary


def test_a_far_page_is_left_alone_and_a_stronger_secondary_is_not_lowered():
    far = _c(
        [("Disruptions", 0.9), ("Shipping", 0.08), ("Trade", 0.02)],
        [("Disruptions", 0.70, 4), ("Shipping", 0.70 * TOPIC_RATIO - 0.01, 2), ("Trade", 0.1, 0)],
    )
    assert topic_pages(far) == far
    strong = _c(
        [("Disruptions", 0.5), ("Shipping", 0.45), ("Trade", 0.05)],
        [("Disruptions", 0.70, 4), ("Shipping", 0.65, 6), ("Trade", 0.1, 0)],
        secondary=("Shipping",),
    )
    out = topic_pages(strong)
    assert out.secondary == ("Shipping",)
    assert abs(_share(out, "Shipping") - 0.9) < 1e-3


def test_no_primary_or_no_topic_is_unchanged():
    off = _c([("Disruptions", 0.6), ("Shipping", 0.4)], [("Disruptions", 0.3, 0), ("Shipping", 0.3, 0)], primary=None)
    assert topic_pages(off) == off
    llm = _c([("Disruptions", 0.9), ("Shipping", 0.1)], [])
    assert topic_pages(llm) == llm
