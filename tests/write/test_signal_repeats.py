"""A claim's statements are not printed twice (issue 11's repeated-sentence class, issue 12's claim signals): a
signal that would print a sentence the page's Top Line or an earlier page printed is left out (whole: its title is
checked against the statements beneath it)."""
from __future__ import annotations

from topline.records import Citation, Signal
from topline.write.offline import _said, _without_repeats

C = (Citation(url="https://example.org/a", source="Reuters"),)
TOP = "Keystone Power agreed to supply 300 megawatts to Vantor Cloud's campus in Indiana, the companies said."
OTHER = "Brightline Data will spend $2 billion on a second data centre near Columbus, Ohio, it said on Monday."
FOOT = "Evidence: two stories from three outlets."


def _sig(*sentences: str) -> Signal:
    return Signal(title="Two build-outs in the Midwest on the same day", text=" ".join(sentences), citations=C)


def test_a_signal_repeating_a_statement_printed_above_is_left_out():
    assert _without_repeats([_sig(TOP, OTHER, FOOT)], [TOP], set()) == []


def test_signals_of_one_page_may_share_a_statement_told_through_the_pages_stories():
    first, second = _sig(TOP, FOOT), _sig(TOP, OTHER)
    assert _without_repeats([first, second], [], set()) == [first, second]


def test_an_earlier_pages_statement_is_known_by_its_last_words():
    assert _without_repeats([_sig("Reuters reports that " + OTHER[0].lower() + OTHER[1:], TOP)], [],
                            _said(OTHER)) == []


def test_footers_are_counts_not_repeats_and_fresh_signals_stay():
    s, t = _sig(TOP, FOOT), _sig(OTHER, FOOT)
    assert _without_repeats([s, t], ["An unrelated sentence about a chip plant in Hokkaido and its subsidies."],
                            set()) == [s, t]


# --- a move's or an incident's subject must name something (claims._unnamed_subject) ----------------------------

def _event(kind: str, field: str, text: str, sentence: str):
    from topline.records import Event, EventField
    url = "https://example.org/m"
    return Event(story_id="s", type=kind, url=url, sentence=sentence,
                 fields=(EventField(name=field, value=text, text=text, url=url, sentence=sentence),))


def _comp(body: str):
    import datetime as dt

    from topline.records import Article
    from topline.write.offline.compose import Composer
    a = Article(url="https://example.org/m", title="Markets", text=body, source="Reuters",
                published=dt.datetime(2026, 3, 11, 9, tzinfo=dt.timezone.utc))
    return Composer({a.url: a})


def test_a_place_or_a_common_word_is_no_subject_of_a_move_or_an_incident():
    from topline.write.offline.claims import _unnamed_subject
    body = ("Europe's solar stocks rose 6%. Solar rose 9% after the auction. Crews fought a fire at the plant. "
            "Keystone Power's shares rose 6%. Investors bought solar shares and the crews left.")
    comp = _comp(body)
    assert _unnamed_subject("Europe rises 6%", _event("market_move", "instrument", "Europe", body), comp)
    assert _unnamed_subject("Solar rises 9%", _event("market_move", "instrument", "Solar", body), comp)
    assert _unnamed_subject("Crews suffers a fire", _event("incident", "organisation", "Crews", body), comp)
    assert not _unnamed_subject("Keystone rises 6%", _event("market_move", "instrument", "Keystone", body), comp)
    assert not _unnamed_subject("Keystone Power rises 6%",
                                _event("market_move", "instrument", "Keystone Power", body), comp)
