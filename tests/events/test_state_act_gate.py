"""scale31 (issue 14): ``political_act`` parses a sentence with "issued", "granted", "awarded" or "selected" only when
it names a licence, contract, permit ... that the verb may award (events33's acts), or holds another act verb's form
the cheap look does not know ("fire", "adding"); nor one whose only such words are nouns ("election", "electric",
"passenger"); the parse is the rule's cost. Sentences written for these tests."""
import pytest

from topline.check import parse
from topline.events import state_acts
from topline.events.state_acts import political_act

needs_parse = pytest.mark.skipif(not parse.available(), reason="the [parse] extra is not installed")


def _parses(monkeypatch: pytest.MonkeyPatch, s: str) -> tuple[int, object]:
    calls = []
    real = state_acts._doc

    def counting(nlp, text):  # noqa: ANN001, ANN202
        calls.append(text)
        return real(nlp, text)

    monkeypatch.setattr(state_acts, "_doc", counting)
    raw = political_act(s)
    return len(calls), raw


@needs_parse
@pytest.mark.parametrize("s", [
    "The Interior Ministry issued a statement on Tuesday denying any role in the outage.",
    "Harbour Foods said it had been selected as one of Europe's fastest-growing companies by a business magazine.",
    "The fund was awarded a top rating by an agency that grades pension schemes.",
    "LISBON, March 3 (Reuters) - The central bank issued new guidance on mortgage stress tests.",
    "Turnout in the regional elections was the lowest since 1990, the electoral commission said.",
    "The ministry said passenger numbers on the electric ferries rose 12% in May.",
])
def test_a_grant_verb_or_a_noun_without_an_act_is_not_parsed(monkeypatch: pytest.MonkeyPatch, s: str) -> None:
    assert _parses(monkeypatch, s) == (0, None)


@needs_parse
def test_a_grant_verb_with_a_licence_is_parsed_and_gives_the_act(monkeypatch: pytest.MonkeyPatch) -> None:
    n, raw = _parses(monkeypatch, "The Ontario Lottery Commission on Monday granted online casino licences to six "
                                  "operators.")
    assert n == 1 and raw is not None and raw.type == "state_action"


def test_the_gate() -> None:
    assert not state_acts.parse_worth("The ministry issued a statement on the talks.")
    assert state_acts.parse_worth("The ministry issued a permit for the mine.")
    assert state_acts.parse_worth("The regulator awarded two contracts worth $40 million.")
    # another act verb's form the cheap look does not match, beside "issued": parsed as before
    assert state_acts.parse_worth("The president moved to fire the central bank governor, the ministry said in a "
                                  "statement it issued on Monday.")
    # a noun the cheap look matches beside an act verb's form it misses: parsed as before
    assert state_acts.parse_worth("After the election the president moved to fire the central bank governor.")
    assert not state_acts.parse_worth("The electricity regulator published its annual report.")
    # the other act verbs open the parse as before, with or without a grant verb
    assert state_acts.parse_worth("The Senate confirmed the nominee, who was awarded a medal last year.")
