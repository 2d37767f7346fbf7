"""support45 (issue 10, item 6): the sign of a computed difference (``topline.check.signs``). A comparative told of a
difference of two cited figures ("55 million euros larger than the previous one") is a loose term of the share when
the figures bear its sign out, and a direction problem when they have the other sign. Articles and sentences written
for this file. On the code before support45 (fd5d108, this file run with signs.py present but not wired in): the
round's faithful sentence was rejected by the lexical share, and four planted twins passed (the swim's "faster" and
its swapped sides, the fair's "fewer" and its swapped sides); all pass and are rejected as below now. For the verbs
of one event (``topline.check.equivalents``): "The studio brought in 60 engineers." and "Varrow's shares went up 6%."
were rejected by the lexical share on that code and pass now ("Pellar halted sales." passed already, by the
embedding model); every planted twin is rejected on both."""
from __future__ import annotations

import pytest

from tests.check.helpers import article, verdict
from topline.check.content import terms
from topline.check.signs import _comparisons, sign_problem, told_terms

ROUND = article(
    url="https://www.techwire.example/corvallo-robotics-round", source="Techwire",
    title="Corvallo Robotics raises 85 million euros",
    text="Corvallo Robotics, which makes welding robots for shipyards, has raised 85 million euros in a round led "
         "by Pennant Capital, the company said on Tuesday. The money will pay for a second factory near Lyon. Its "
         "previous round, in 2023, raised 30 million euros.")
SWIM = article(
    url="https://www.lakeland-echo.example/loughmore-swim", source="Lakeland Echo",
    title="Nurse wins Loughmore lake swim",
    text="A nurse, Orla Finnerty, won the women's race of the Loughmore lake swim on Sunday, covering the "
         "5-kilometre course in 71 minutes. The men's race was won by a fisherman, Declan Roe, in 64 minutes. Cold "
         "water kept the field to 140 swimmers.")
FESTIVAL = article(
    url="https://www.dalesnews.example/ashcombe-cheese-fair", source="Dales News",
    title="Ashcombe cheese fair draws record crowd",
    text="The Ashcombe cheese fair drew 4,200 visitors on Saturday, the most since it began in 1988, the "
         "organisers said. Forty dairies brought cheeses to sell. Last year the fair had 3,600 visitors, when "
         "rain kept many away.")


@pytest.mark.parametrize("faithful, planted, source", [
    ("The new round is 55 million euros larger than the previous one.", [
        "The new round is 55 million euros smaller than the previous one.",      # the comparative turned round
        "The previous round was 55 million euros larger than the new one.",      # the two sides swapped
        "The new round is 65 million euros larger than the previous one."],      # another difference
     ROUND),
    ("Finnerty was 7 minutes slower than Roe.", [
        "Finnerty was 7 minutes faster than Roe.",
        "Roe was 7 minutes slower than Finnerty.",
        "Finnerty was 9 minutes slower than Roe."],
     SWIM),
    ("The fair drew 600 more visitors than last year.", [
        "The fair drew 600 fewer visitors than last year.",
        "Last year's fair drew 600 more visitors than Saturday's.",
        "The fair drew 800 more visitors than last year."],
     FESTIVAL),
])
def test_a_comparison_of_two_cited_figures_keeps_its_sign(faithful, planted, source):
    got = verdict(faithful, source)
    assert got.ok, got.details
    for twin in planted:
        assert not verdict(twin, source).ok, twin


def test_the_turned_round_comparison_is_a_direction_problem():
    sentences = [[ROUND.title, *ROUND.text.split(". ")]]
    assert sign_problem("The new round is 55 million euros smaller than the previous one.", sentences). \
        startswith("direction")
    assert sign_problem("The new round is 55 million euros larger than the previous one.", sentences) == ""
    # no pair of figures differs by it: nothing to read, the figure rule judges the figure
    assert sign_problem("The new round is 65 million euros smaller than the previous one.", sentences) == ""


def test_two_figures_of_one_sentence_are_not_read():
    # which figure the baseline belongs to is not told by nearness inside one sentence
    one = [["Harrow Foods", "Its shares closed at 2,150 pence, 10% below the 2,400 pence at which they were sold."]]
    assert sign_problem("Harrow's shares closed 250 pence above the price at which they were sold.", one) == ""
    claim = "Harrow's shares closed 250 pence below the price at which they were sold."
    assert [t.loose for t in told_terms(claim, terms(claim), one)] == [t.loose for t in terms(claim)]


def test_comparisons_read_the_comparative_next_to_the_figure_only():
    assert [c.word for c in _comparisons("The fair drew 600 more visitors than last year.")] == ["more"]
    assert [c.sign for c in _comparisons("Finnerty was 7 minutes slower than Roe.")] == [1]   # a longer time
    assert [c.sign for c in _comparisons("The new ferry is 9 knots slower than the old one.")] == [-1]  # a speed
    # a level with another figure's comparison after a comma is no difference
    assert _comparisons("Revenue was $2.31 billion, 3% more than a year earlier.") == [] or \
        [c.figure.text for c in _comparisons("Revenue was $2.31 billion, 3% more than a year earlier.")] == ["3%"]
    assert _comparisons("The fair drew 600 visitors, more than last year.") == []


# --- verbs of one event told with another verb of its class (``topline.check.equivalents``) ---------------------

KETTLES = article(
    url="https://www.homegoods.example/pellar-kettle-sales", source="Home Goods Weekly",
    title="Pellar stops kettle sales after lid faults",
    text="Pellar Appliances said on Monday that it had stopped sales of its Arc kettle after 31 reports of lids "
         "coming loose. Its rival Domstead said its own kettles were not affected. Pellar will replace the lids of "
         "kettles already sold.")
STUDIO = article(
    url="https://www.gamesdesk.example/quillmere-studio-hires", source="Games Desk",
    title="Quillmere opens studio in Tallinn",
    text="The game developer Quillmere has opened a studio in Tallinn. The studio has hired 60 engineers, and "
         "Quillmere's finance chief said it would need 40 more next year. Its rival Ostrand cut 90 jobs in May.")
SHARES = article(
    url="https://www.marketdesk.example/varrow-results", source="Market Desk",
    title="Varrow beats forecasts",
    text="Varrow Foods reported a 12% rise in half-year profit on Thursday. Varrow's shares rose 6% in London, "
         "while shares in its rival Breckton fell 2%.")


@pytest.mark.parametrize("faithful, planted, source", [
    ("Pellar halted sales.", [
        "Pellar resumed sales.",              # the other direction: no verb of the class
        "Domstead halted sales.",             # another actor (named in the passage)
        "Pellar never halted sales."],        # negated
     KETTLES),
    ("The studio brought in 60 engineers.", [
        "The studio brought in 80 engineers.",     # another figure
        "Ostrand brought in 60 engineers.",        # another actor
        "The studio fired 60 engineers."],         # the other direction
     STUDIO),
    ("Varrow's shares went up 6%.", [
        "Varrow's shares went down 6%.",
        "Breckton's shares went up 6%.",
        "Varrow's shares went up 8%."],
     SHARES),
])
def test_a_verb_told_with_another_verb_of_its_event(faithful, planted, source):
    got = verdict(faithful, source)
    assert got.ok, got.details
    for twin in planted:
        assert not verdict(twin, source).ok, twin


def test_equivalent_verbs_need_the_same_actor_and_object():
    from topline.check.equivalents import told_terms as verb_terms
    passage = ["Pellar Appliances said on Monday that it had stopped sales of its Arc kettle.",
               "Its rival Domstead said its own kettles were not affected."]
    for claim, told in (("Pellar has halted sales of its Arc kettle.", True),
                        ("Pellar has halted production of its Arc kettle.", False),    # another object
                        ("Domstead has halted sales of its kettles.", False),          # another actor
                        ("Pellar has never halted sales of its Arc kettle.", False)):  # negated
        got = {t.word for t in verb_terms(claim, terms(claim), passage) if t.loose}
        assert ("halted" in got) is told, claim
