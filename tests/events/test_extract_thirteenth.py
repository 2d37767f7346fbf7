"""Fields by grammar (issue 12, thirteenth pass), each rule tested on sentences written for it (none taken from a
corpus), with a sentence that must not yield the field:

1. a state action's target named as a class of firms in common words after the verb that acts on them ("fined
   four cement makers", "asked insurers to", "barring retailers from", "letters to ... operators");
2. the jurisdiction of a body told by its owner before it ("Austria's Federal Competition Authority"), and of
   national regulators whose names say no country;
3. an act a sentence makes a condition of something else ("once the regulator has approved it") is no act."""
import datetime as dt

from topline.events.extract import extract, sentence_events
from topline.records import Article, Story, StoryBundle

from tests.events.sentence_helpers import DAY, sentence_fields as _events


def _targets(sentence: str) -> list[str]:
    return [t for e in _events(sentence, "state_action") for t in e.get("target", [])]


# --- 1. a class of firms as the target --------------------------------------------------------------------------

def test_a_fine_on_firms_named_as_a_class():
    assert _targets("Austria's competition authority fined four cement makers a total of 96 million euros on "
                    "Monday for sharing prices.") == ["four cement makers"]


def test_firms_asked_ordered_or_barred_as_a_class():
    assert _targets("The Hong Kong Monetary Authority said on Monday it had asked insurers to check their exposure to "
                    "flood claims.") == ["insurers"]
    assert _targets("The transport ministry has ordered bus operators to fit seat belts on all long-distance coaches, "
                    "a new rule that takes effect in May.") == ["bus operators"]
    assert _targets("Norway's consumer agency issued rules on Tuesday barring retailers from calling a discount "
                    "permanent.") == ["retailers"]


def test_letters_to_a_class_and_a_pair_of_classes():
    assert _targets("The Danish Financial Supervisory Authority has sent letters to pension funds and "
                    "asset managers, opening an inquiry into their fees.") == ["pension funds and asset managers"]


def test_no_class_where_the_object_is_a_thing_a_name_or_a_sum():
    # licences required for exports are not firms acted on ("requiring X" must be followed by what X must do)
    assert _targets("The trade ministry issued a rule requiring licences for exports of drones to six "
                    "countries.") == []
    # a name after the verb is read as a name, and a sum after "fined the company" is no class
    assert "company 2 million euros" not in _targets("The regulator fined the company 2 million euros on Friday.")
    assert _targets("The Federal Cartel Office fined Hollin Baustoffe 12 million euros on Monday.") == [
        "Hollin Baustoffe"]


# --- 2. jurisdiction ---------------------------------------------------------------------------------------------

def test_the_owner_before_a_body_is_its_jurisdiction():
    e = _events("VIENNA, April 7 (Reuters) - Austria's Federal Competition Authority fined four cement makers a total "
                "of 96 million euros on Tuesday.", "state_action")
    assert e and e[0]["jurisdiction"] == ["Austria"]      # not the United States ("Federal")
    # a body without an owner before it keeps the first word's reading
    e = _events("The Federal Trade Commission fined Corlen Labs $3 million on Tuesday.", "state_action")
    assert e and e[0]["jurisdiction"] == ["United States"]


def test_national_regulators_whose_names_say_no_country():
    e = _events("Ofcom has fined Brisket Mobile £2.1m for a fault that cut off calls to emergency services.",
                "state_action")
    assert e and e[0]["jurisdiction"] == ["UK"]
    e = _events("The Securities and Exchange Commission is investigating whether Tallowby Advisers misled "
                "clients.", "state_action")
    assert e and e[0]["jurisdiction"] == ["United States"]


# --- 3. a condition is no act ----------------------------------------------------------------------------------

def test_an_approval_made_a_condition_is_no_act():
    assert _events("The lender expects to complete the purchase in the first half of 2027, once the Competition and "
                   "Markets Authority has approved it.", "state_action") == []
    assert _events("The deal will close in March if the Competition and Markets Authority approves it.",
                   "state_action") == []
    # the same body approving today is an act
    assert _events("The Competition and Markets Authority approved the purchase on Tuesday.", "state_action")


# --- 4. an energy capacity is not power ---------------------------------------------------------------------------

def test_a_battery_plants_energy_capacity_is_kept_in_its_unit():
    e = _events("Korvala Energy will build a 12 gigawatt-hour battery cell plant near Oulu for 1.1 billion euros.",
                "capex")
    assert e and e[0]["capacity"] == ["12 GWh"]                 # not 12e9 watts, which the ledger adds up as GW
    e = _events("Sarnet Cells will invest $2 billion in a factory in Ohio with annual capacity of 25 GWh.", "capex")
    assert e and e[0]["capacity"] == ["25 GWh"]
    # power stays a number of watts
    e = _events("Norvolt will build a 1.2 GW solar farm in Spain for $900 million.", "capex")
    assert e and e[0]["capacity"] == [1.2e9]


# --- 5. a later sentence of the article completes the event -----------------------------------------------------

def _bundle(text: str) -> StoryBundle:
    a = Article(url="https://wire.example/1", title="Report", text=text, source="outlet1",
                published=dt.datetime(2026, 4, 7, 9, tzinfo=dt.timezone.utc), id=1)
    return StoryBundle(Story(id="s1", title=a.title, article_ids=(1,), first_seen=a.published, last_seen=a.published,
                             outlets=(a.source,)), (a,))


def test_a_later_sentence_adds_the_field_the_first_lacked_and_replaces_none():
    events = extract(_bundle("Veltro Power will build a 900 MW gas plant near Leeds, the company said on Tuesday. "
                             "Veltro Power will invest $1.2 billion in the plant in Bradford."))
    capex = [e for e in events if e.type == "capex"]
    assert len(capex) == 1
    got = {f.name: [x.value for x in capex[0].fields if x.name == f.name] for f in capex[0].fields}
    assert got["amount"] == [1.2e9] and got["capacity"] == [9e8]
    assert got["place"] == ["Leeds"]     # the first statement's place is kept, not joined by the later one's
    amount = next(f for f in capex[0].fields if f.name == "amount")
    assert amount.sentence.startswith("Veltro Power will invest")     # cited from its own sentence


# --- 6. what a build-out or an order counts ---------------------------------------------------------------------

def test_an_order_of_aircraft_or_ships_with_a_price_is_capital_spending():
    e = _events("Skylark Airways on Thursday signed a firm order for 80 Corvid C300-family aircraft valued at $9.2 "
                "billion at list prices.", "capex")
    assert e and e[0]["company"] == ["Skylark Airways"] and e[0]["amount"] == [9.2e9]
    assert e[0]["capacity"] == ["80 aircraft"]
    e = _events("Halvard Line has ordered 10 LNG dual-fuel container ships from a Chinese yard in a deal worth about "
                "$1.4bn, brokers said.", "capex")
    assert e and e[0]["capacity"] == ["10 ships"] and e[0]["amount"] == [1.4e9]
    # an order of something else, or without a price, is no build-out
    assert _events("Skylark Airways has ordered 80 new uniforms for its cabin crew.", "capex") == []
    assert _events("Halvard Line has ordered 10 container ships from a Chinese yard.", "capex") == []


def test_a_plants_output_counted_past_its_modifiers():
    e = _events("Voltline will install 1,800 fast chargers at 300 sites along motorways, investing about $600 "
                "million.", "capex")
    assert e and e[0]["capacity"] == ["1,800 chargers"]
    # people a plant employs are no capacity
    e = _events("Voltline will invest $600 million in a plant in Ohio that will employ 1,800 local workers.", "capex")
    assert e and "capacity" not in e[0]


def test_a_city_in_capitals_before_a_dash_is_a_dateline_not_a_place():
    e = _events("OSAKA -- Japanese shipping company Halvard Line will order 10 container ships from two Chinese "
                "yards for a total of about $1.4 billion, the company said.", "capex")
    assert e and "OSAKA" not in e[0].get("place", [])


# --- 7. an examination or a formal review is a probe; the name a probe asks "whether" about -----------------------

def test_an_examination_or_a_formal_review_is_a_probe():
    e = _events("The Ohio Department of Insurance said on Friday it had opened an examination of the data breach at "
                "Lakeshore Mutual.", "state_action")
    assert e and e[0]["action"] == ["probe"]
    e = _events("The Oregon Public Utility Commission on Monday opened a formal review of Basalt Power's contract "
                "with a data centre developer.", "state_action")
    assert e and e[0]["action"] == ["probe"]
    # a company reviewing its own books is no state action
    assert _events("Lakeshore Mutual said it had opened a formal review of its claims process.", "state_action") == []


def test_the_name_a_probe_asks_whether_about_is_its_target():
    e = _events("The Justice Department is investigating whether ad-tech company Vantrell rigged its auctions, people "
                "familiar with the matter said.", "state_action")
    assert e and e[0]["target"] == ["Vantrell"]


# --- 8. ransomware is the kind -----------------------------------------------------------------------------------

def test_a_ransomware_attack_is_named_so():
    e = _events("Dunmore Freight said on Tuesday that a ransomware attack had shut its booking systems for two days.",
                "incident")
    assert e and e[0]["kind"] == ["ransomware attack"] and e[0]["organisation"] == ["Dunmore Freight"]
    # a cyberattack of no named kind stays one
    e = _events("Dunmore Freight said on Tuesday that a cyberattack had shut its booking systems for two days.",
                "incident")
    assert e and e[0]["kind"] == ["cyberattack"]


def test_its_incident_names_the_articles_actor_not_the_word_its():
    from topline.events.clauses import Context
    from topline.events.extract import _remember, names
    ctx = Context(day=dt.date(2026, 4, 7))
    first = "Dunmore Freight has recalled 40,000 pallets of cleaning fluid."
    _remember(ctx, first, names(first))
    ctx.sentence = 3
    later = "In Canada, Dunmore has widened its recall to about 90,000 pallets."
    got = [r for r in sentence_events(later, DAY, frozenset(), ctx) if r.type == "incident"]
    assert got and got[0].fields[0][:2] == ("organisation", "Dunmore Freight")   # the value; the text stays "its"
    assert got[0].fields[0][2] == "its"


# --- 9. rules a firm keeps or is exposed to, a decision still to take, a thing ruled out ---------------------------

def test_no_act_in_rules_kept_a_decision_still_owed_or_a_thing_ruled_out():
    assert _events("Corlen said it believed its bundles complied with EU rules.", "state_action") == []
    assert _events("Until then its cars will be shipped from Mexico, exposing them to the EU's 10% import duty.",
                   "state_action") == []
    assert _events("The government must rule on the takeover under its foreign investment rules.",
                   "state_action") == []
    assert _events("Authorities said a faulty relay caused the outage and ruled out sabotage.", "state_action") == []
    # a ruling of the day is still one
    e = _events("The European Commission on Tuesday adopted rules that require platforms to label political ads.",
                "state_action")
    assert e and e[0]["action"] == ["rule"]


# --- 10. money that is not raised --------------------------------------------------------------------------------

def test_a_forecast_lifted_a_running_total_or_a_deals_price_is_no_funding_round():
    assert _events("Corvale Air raised its full-year operating profit forecast on Tuesday to as much as €900 "
                   "million.", "funding") == []
    assert _events("The airline raised full-year profit guidance to €900m and launched a €200m buyback.",
                   "funding") == []
    assert _events("Norvent has raised about €3bn in equity and debt since 2019.", "funding") == []
    s = ("Brisco Motors agreed to sell its 40% stake in battery maker Cellwright to Halden Partners for $900 million, "
         "as the carmaker raises cash for new models.")
    assert _events(s, "funding") == [] and _events(s, "acquisition")
    # a round stays one
    e = _events("Pelican Robotics raised $30 million in a Series A round led by Atlas Ventures on Tuesday.", "funding")
    assert e and e[0]["amount"] == [3e7]


# --- 11. "It" is the article's actor ------------------------------------------------------------------------------

def test_it_in_a_later_sentence_names_the_articles_actor_for_capital_spending():
    events = extract(_bundle("Hollis Mutual said on Monday it would cut 900 jobs by 2028. "
                             "It will also invest 300 million euros in data systems over the same period."))
    capex = [e for e in events if e.type == "capex"]
    assert capex and capex[0].value("company") == "Hollis Mutual"
    company = next(f for f in capex[0].fields if f.name == "company")
    assert company.text == "Hollis Mutual" and company.sentence.startswith("Hollis Mutual said")   # cited there
    # without an actor named before, "It" names no one
    events = extract(_bundle("It will also invest 300 million euros in data systems over the same period."))
    assert all(e.value("company") is None for e in events if e.type == "capex")


def test_a_name_past_three_descriptor_words_and_money_paid_to_a_class():
    assert _targets("The Danish telecoms regulator has fined fibre network operator Lysnet 2.1 million kroner for "
                    "slow repairs.") == ["Lysnet"]
    assert _targets("The Irish government will pay 90 million euros to dairy farmers who agree to cut their herds, "
                    "the agriculture minister said on Tuesday.") == ["dairy farmers"]
    # an amount paid for a thing is no class of firms
    assert "the new terminal" not in _targets("The Irish government will pay 90 million euros for the new terminal "
                                              "in grants, the minister said.")


def test_the_name_after_a_regulators_common_noun_is_the_body():
    e = _events("The Belgian telecoms regulator Bipt has fined operator Lysnet 2 million euros for slow repairs.",
                "state_action")
    assert e and e[0]["body"] == ["Bipt"]
    # a place after the noun is no body's name
    e = _events("The competition regulator in Belgium fined Lysnet 2 million euros on Tuesday.", "state_action")
    assert e and e[0]["body"] != ["Belgium"]
