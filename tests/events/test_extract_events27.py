"""events27 (issue 12): incidents and state actions read from who did what -- a strike's party is the employer of the
workers (no count, month, place or union), a strike threatened or balloted on is none, a firm's act is no state's, a
limit the state sets is a rule, a body told again keeps its country, a dateline's city hides no country. Sentences
written for these tests."""
import pytest

from topline.check import parse
from topline.events.extract import article_statements
from topline.events.spans import _places

from tests.events.sentence_helpers import article, one_event, sentence_fields

needs_parse = pytest.mark.skipif(not parse.available(), reason="the [parse] extra is not installed")


# --- strikes: whose strike it is --------------------------------------------------------------------------------

def test_a_count_a_month_or_a_place_is_no_party_to_a_strike():
    got = one_event("Roughly 1,200 porters are on strike over pay, the longest stoppage at the docks.", "incident")
    assert "organisation" not in got and got["kind"] == ["strike"]
    got = one_event("Two national labour federations called a general strike for Feb. 11 to protest the pension bill, "
                    "raising workers' contributions.", "incident")
    assert "organisation" not in got and got["kind"] == ["strike"]
    got = one_event("About 4,000 workers at a textile mill in Brazil's northern Tocantins province walked off the job "
                    "on Friday over unpaid wages.", "incident")
    assert "organisation" not in got and got["scale"] == ["About 4,000"]


def test_a_union_is_no_employer_and_the_workers_employer_is():
    got = one_event("Members of the Coastal Nurses' Federation held a one-day strike at three hospitals on Monday over "
                    "pay.", "incident")
    assert "organisation" not in got
    got = one_event("Members of the Kestrel Dockers' Union stopped work for six hours at the Varna terminal, the first "
                    "strike action this year.", "incident")
    assert "organisation" not in got
    got = one_event("Halden Motors has raised its pay offer to striking workers at its Fenwick plant to 5% over two "
                    "years.", "incident")
    assert got["organisation"] == ["Halden Motors"]      # "its Fenwick plant": the owner's site, not the employer
    got = one_event("A walkout by hundreds of workers at Ruvan Textiles, a supplier to clothing brand Maplecrest, "
                    "halted production on Tuesday.", "incident")
    assert got["organisation"] == ["Ruvan Textiles"]


def test_a_strike_threatened_balloted_or_supposed_is_none():
    for s in ("Kellan Freight and the union representing its drivers reached a tentative deal on Monday, removing the "
              "threat of a strike next month.",
              "Lecturers at Oldbury College will be balloted for strike action over pay, their union said.",
              "The minister said the government would legislate if nurses move to rolling strikes over pay.",
              "Retailers that had drawn up plans for a Kellan Freight strike in May can stand down, analysts said."):
        assert sentence_fields(s, "incident") == [], s
    # a strike called is one
    assert one_event("Cabin crew at Tellan Air will strike for three days from March 4 over pay, their union said.",
                     "incident")["organisation"] == ["Tellan Air"]


# --- state actions: who acts, what, where -----------------------------------------------------------------------

@needs_parse
def test_a_firms_act_is_no_fine_of_the_body_that_reports_it():
    s = ("The labour tribunal found that the company set the riders' pay and penalised them for refusing jobs, and that "
         "their contracts were a sham.")
    assert sentence_fields(s, "state_action") == []
    assert one_event("The competition regulator penalised Harwick Foods for misleading shoppers.",
                     "state_action")["action"] == ["fine"]


def test_a_limit_the_state_sets_is_a_rule():
    for s in ("Vietnam's labour ministry on Monday approved a 6% increase in the regional minimum wage for factory "
              "workers.",
              "Japan's cabinet on Friday approved raising the ceiling on foreign nurses admitted under the care visa.",
              "Italy's transport ministry on Thursday set minimum services of 50% for the rail strike."):
        assert one_event(s, "state_action")["action"] == ["rule"], s
    # a limit only proposed or a price cap is not such a rule
    assert all(d["action"] != ["rule"] for d in sentence_fields(
        "Vietnam's labour ministry said it would raise the minimum wage next year.", "state_action"))


def test_a_datelines_city_hides_no_country():
    s = "OSLO, March 3 (Reuters) - Norway will require exporters to hold licences for drone parts, the trade ministry said."
    assert [p.text for p in _places(s)] == ["OSLO", "Norway"]
    assert one_event(s, "state_action")["jurisdiction"] == ["Norway"]


def test_a_body_told_again_keeps_the_country_of_the_acts_before():
    text = ("Norway's trade ministry on Monday banned exports of scrap copper to three Latvian traders. "
            "The ministry also fined two brokers for breaking earlier licence terms.")
    statements, _ = article_statements(article(text), frozenset())
    acts = [(r, s) for r, s in statements if r.type == "state_action"]
    assert len(acts) == 2
    second, where = acts[1]
    assert [v for n, v, _ in second.fields if n == "jurisdiction"] == ["Norway"]
    assert dict(second.cited)["jurisdiction"].startswith("Norway's trade ministry")
    assert where.startswith("The ministry also fined")


def test_without_the_parse_the_act_stays_the_bodys(monkeypatch):
    monkeypatch.setattr(parse, "_nlp", lambda: None)
    s = ("The labour tribunal found that the company set the riders' pay and penalised them for refusing jobs, and that "
         "their contracts were a sham.")
    assert one_event(s, "state_action")["action"] == ["fine"]     # as before events27: the verb's doer is not read
    assert one_event("Roughly 1,200 porters are on strike over pay, the longest stoppage at the docks.",
                     "incident")["kind"] == ["strike"]
