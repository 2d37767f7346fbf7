"""The ledger evaluator reads a gold move written in words by its direction (the lead, 2026-12-07): eval-ins' gold
writes its 79 moves as "fell 11%", "rose 3.4%", with no sign, and the evaluator took every unsigned number as a rise,
so the ledger's correct "-11%" never matched a gold fall (eval-ins 0.3672 -> 0.4023 with this reading, every other
calibration corpus the same or up). Fails on the code before it."""
from topline.eval.events import _move


def test_a_fall_in_words_is_a_fall():
    assert _move("fell 11%") == ("-", 11.0)
    assert _move("shares down 3.1 per cent") == ("-", 3.1)
    assert _move("lost 2.4% in Tokyo") == ("-", 2.4)


def test_a_sign_or_a_rise_reads_as_before():
    assert _move("-6.2%") == ("-", 6.2)
    assert _move("+5 cents") == ("+", 5.0)
    assert _move("rose 3.4%") == ("+", 3.4)
    assert _move("as much as 7.2%") == ("+", 7.2)
    assert _move("no figure") is None
