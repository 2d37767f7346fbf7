"""Calibrated confidences (issue 11): where the choice between two categories is shared, neither is ~1.0 and the
story keeps the other as a secondary category; the primary category never changes."""
from __future__ import annotations

import numpy as np

from topline.classify.offline import DEFAULT_PARAMS, OfflineClassifier, Params, calibrate

from .test_offline import ENERGY, story


def test_calibrate_flattens_and_keeps_the_order():
    p = np.array([[0.9, 0.09, 0.01], [0.2, 0.7, 0.1]])
    q = calibrate(p, 0.375)
    assert np.allclose(q.sum(axis=1), 1.0)
    assert (q.argmax(axis=1) == p.argmax(axis=1)).all()
    assert (q.max(axis=1) < p.max(axis=1)).all()
    assert np.array_equal(calibrate(p, 1.0), p)


def test_a_shared_story_is_not_certain_and_keeps_its_second_category():
    shared = story("lng-deal", ("Utility signs $4 billion LNG supply deal and takes stake in gas field",
                                "The utility agreed to buy liquefied natural gas cargoes for 20 years and will take a "
                                "stake in the gas field, paying $4 billion, the companies said. Gas prices rose 3%."))
    sharp = OfflineClassifier(params=Params(confidence_power=1.0)).classify([shared], ENERGY)[0]
    calibrated = OfflineClassifier().classify([shared], ENERGY)[0]
    assert DEFAULT_PARAMS.confidence_power < 1.0
    assert calibrated.primary == sharp.primary
    assert calibrated.scores[0][1] < sharp.scores[0][1]
    assert len(calibrated.secondary) >= len(sharp.secondary)
