"""Classification: each story gets a primary category of the taxonomy, optional secondary ones, or none.

``classify(bundles, taxonomy, settings)`` is the pipeline's entry point. The offline classifier (``offline``) is
the default and needs no network, no LLM and no training: similarity to the taxonomy's own words with the
packaged wordllama model, refined over the stories being classified, and background classes that send sports,
celebrity and lifestyle news to "none". The kind of event a story reports (``events``: funding, takeover, capital
spending, state competition for investment, market move, pricing, go-to-market, policy, launch, incident) adds
the page whose description covers that kind as a secondary category. An LLM classifier (``llm``) can be passed in through the same interface.
"""
from __future__ import annotations

from typing import Protocol, Sequence

from topline.records import Classification, StoryBundle, Taxonomy


class Classifier(Protocol):
    name: str

    def classify(self, bundles: Sequence[StoryBundle], taxonomy: Taxonomy) -> list[Classification]: ...


def make_classifier(settings=None) -> Classifier:  # noqa: ANN001
    """The classifier the settings ask for: the offline one unless an LLM classifier is configured and wanted."""
    from topline.classify.offline import OfflineClassifier
    offline = OfflineClassifier()
    if settings is not None and getattr(settings.edition, "classifier", "offline") == "llm" and settings.llm.enabled:
        from topline.classify.llm import LLMClassifier
        return LLMClassifier.from_settings(settings, fallback=offline)
    return offline


def classify(bundles: Sequence[StoryBundle], taxonomy: Taxonomy, settings=None,  # noqa: ANN001
             classifier: Classifier | None = None, memo=None) -> list[Classification]:  # noqa: ANN001
    """One classification per bundle, in order. ``memo`` (``events.kinds_memo``) keeps what is computed per
    article for the next edition (issue 14)."""
    if not bundles:
        return []
    from topline.classify import events
    events.use_memo(memo)    # issue 14 (scale18): the classifier's own reading of kinds goes through it too
    try:
        out = (classifier or make_classifier(settings)).classify(bundles, taxonomy)
    finally:
        events.use_memo(None)
    from topline.classify.events import inform
    return inform(bundles, out, taxonomy, memo=memo)   # the kind of event adds the page that describes it


__all__ = ["Classifier", "classify", "make_classifier"]
