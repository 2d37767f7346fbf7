

def test_goods_bought_and_the_reporting_outlet_make_no_acquisition():
    from topline.events.extract import sentence_events
    # read on the demo corpus: Bloomberg had become the buyer of Nvidia
    s = ("The company expects to burn through about $13 billion in cash this year, Bloomberg has reported, as it buys "
         "Nvidia chips and expands the Colossus data center.")
    assert not [r for r in sentence_events(s) if r.type == "acquisition"]
    assert not sentence_events("Meta bought Nvidia chips worth $5 billion.")
    got = sentence_events("According to Bloomberg, Microsoft bought Activision for $69 billion.")
    assert [dict((k, v) for k, v, _ in r.fields)["acquirer"] for r in got if r.type == "acquisition"] == ["Microsoft"]


def test_a_state_verb_word_before_punctuation_does_not_break_the_sentence():
    from topline.events.extract import sentence_events
    # read on cal-ai2 (STAT, s19): 'rules,' matched the state verbs, nothing followed it, and the whole edition
    # build failed with AttributeError
    s = ("The Office for Civil Rights at HHS, which enforces health privacy rules, has fined companies after earlier "
         "large breaches, but its investigations typically take more than a year.")
    got = sentence_events(s)
    assert all(r.type == "state_action" for r in got)


# --- third pass: roles by grammar (sentences written for these tests) -------------------------------------------

def _fields(sentence: str, kind: str) -> list[dict]:
    from topline.events.extract import sentence_events
    return [{k: v for k, v, _ in r.fields} for r in sentence_events(sentence) if r.type == kind]


def test_a_newsletter_label_is_no_actor():
    got = _fields("Driving the news: Norvale Cloud said Wednesday it will build its $4 billion AI data center campus "
                  "in Licking County, picking Ohio over Indiana.", "capex")
    assert got and got[0].get("company") == "Norvale Cloud", got


def test_a_target_is_the_verbs_object_and_power_is_not_a_company():
    assert not _fields("Harlow Bank plans to cut 2,000 jobs as AI agents take over routine work, Chief Executive "
                       "Dana Reyes said.", "acquisition")
    assert not _fields("Pike Energy signed a 15-year power purchase agreement to supply 600 MW to a data center.",
                       "acquisition")
    got = _fields("Solvar agreed to acquire the Danish turbine maker Brightmoor for $900 million.", "acquisition")
    assert got and got[0]["target"] == "Brightmoor", got


def test_an_incident_is_one_that_happened_to_the_organisation_named_after_it():
    assert not _fields("The institute found the model offers meaningful uplift for cyberattacks on utilities in "
                       "Southeast Asia.", "incident")
    assert not _fields("Meridian said it banned accounts used by a group that used its models to help carry out "
                       "cyberattacks on telecoms in Southeast Asia.", "incident")
    got = _fields("A vulnerability in Quillbox exposed the records of 40,000 customers.", "incident")
    assert got and got[0]["organisation"] == "Quillbox", got


def test_capacity_planned_in_a_region_is_no_ones_build_out_and_ai_is_no_place():
    assert not _fields("Kedah has become a fast-growing data center hub, with more than 3 gigawatts of capacity "
                       "planned.", "capex")
    got = _fields("Arlen Insurance will invest 300 million euros in AI and data systems.", "capex")
    assert got and "place" not in got[0], got


def test_a_law_referred_to_denied_or_still_to_come_is_no_state_action():
    assert not _fields("Tessel's models are registered with the Cyberspace Administration of China under the "
                       "country's rules for generative AI services.", "state_action")
    assert not _fields("The governors said the bill would leave consumers unprotected while Congress has passed no "
                       "federal rules of its own.", "state_action")
    assert not _fields("The Food and Drug Administration is set to rule on Corlan Bio's gene therapy for sickle cell "
                       "disease.", "state_action")
    got = _fields("The European Commission has opened formal proceedings against Veyra AI under the AI Act.",
                  "state_action")
    assert got and got[0]["action"] == "probe", got


def test_a_launch_to_come_is_not_a_launch():
    # undated, a launch to come is a watch item; dated, it is a launch told as planned (events21: the writer says
    # "will launch")
    assert not _fields("Corlan said it will launch Veltiva and has signed agreements with three states.", "launch")
    got = _fields("Corlan said it will launch Veltiva in June and has signed agreements with three states.", "launch")
    assert got and got[0]["status"] == "planned", got
    assert _fields("Corlan launched Veltiva, its first gene therapy, on Wednesday.", "launch")


def test_a_capitalised_name_an_adjective_participle_and_last_fiscal_year_make_no_build_out():
    assert not _fields("Norholm Pharma will challenge the European Commission's decision to fine it €90 million in a "
                       "pay-for-delay case, the company said.", "capex")
    assert not _fields("Vietnam's installed data centre capacity stands at roughly 1.1 gigawatts, industry groups "
                       "estimate.", "capex")
    assert not _fields("Capital spending hit roughly $18 billion last fiscal year at Corvale, which plans to invest "
                       "more.", "capex")


def test_scams_and_data_left_exposed_are_incidents_but_protections_against_scams_are_not():
    got = _fields("Harbin Logistics confirmed on Tuesday that it was the company that lost $20 million in a deepfake "
                  "video call scam.", "incident")
    assert got and got[0]["kind"] == "fraud" and got[0]["organisation"] == "Harbin Logistics", got
    got = _fields("Patient records held by Medivo were left exposed on an open server for weeks.", "incident")
    assert got and got[0]["kind"] == "data exposure", got
    assert not _fields("Governors warned that the bill would wipe out protections against deepfakes, scams and "
                       "harmful chatbots.", "incident")


def test_what_follows_a_day_after_is_an_earlier_event_and_what_precedes_it_is_the_news():
    assert not _fields("The launch comes a day after the company announced a $3.1 billion funding round.", "funding")
    assert not _fields("His comments come a day after the Halden Semiconductor Index fell as much as 5%.",
                       "market_move")
    got = _fields("Corlan Bio raised $300 million in a Series C round, a day after its rival Vexa filed for an IPO.",
                  "funding")
    assert got and got[0]["amount"] == 300e6, got


def test_price_targets_share_prices_forecasts_and_comparisons_are_not_rounds_or_moves():
    assert not _fields("Analysts at two banks raised their price targets, citing a list price of $2.9 million.",
                       "funding")
    assert not _fields("Since its listing, Tessel's shares have roughly doubled from the $40 IPO price.", "funding")
    assert not _fields("Memory prices are expected to be about 30 to 40 percent higher next year.", "market_move")
    assert not _fields("Veyra said its model scored 74% on the test, up from 61% for the previous version.",
                       "market_move")
    assert _fields("Veyra shares fell 8% on Wednesday.", "market_move")


def test_a_law_described_or_already_in_force_and_that_same_month_are_not_actions_of_the_day():
    assert not _fields("EU rules already require AI-generated content to be labelled under the AI Act.",
                       "state_action")
    assert not _fields("The design follows Senate Bill 9, signed by the governor in June, which sets new "
                       "interconnection standards for large loads.", "state_action")
    assert not _fields("That same month, federal authorities investigated attempts to impersonate a minister.",
                       "state_action")
    got = _fields("On the same day, Shanghai-based Veyra Circuits filed to raise about 2.1 billion yuan.", "funding")
    assert got and got[0]["amount"] == 2.1e9, got


# --- fourth pass: text it was not tuned on (sentences written for these tests) ----------------------------------

def test_a_list_of_other_headlines_is_furniture_not_reporting():
    from topline.events.extract import safe_sentences
    text = ("Norvale Cloud said on Tuesday it would cut 300 jobs.\n\n"
            "Read more: Pellham AI raises $2 billion at $40 billion valuation; Is the chip glut over?; "
            "Orrin Labs unveils Orrin-3 model\n\n"
            "Related coverage: Brightmoor buys Caldera for $1.1 billion\n\n"
            "About the author: Dana Reyes covers enterprise software and will join our Berlin desk next month.\n\n"
            "Correction: An earlier version of this story misstated the size of the cuts.")
    got = safe_sentences(text)
    assert got == ["Norvale Cloud said on Tuesday it would cut 300 jobs."], got
    # a label inside the reporting is no furniture: "Related:" only opens a paragraph
    assert safe_sentences("Norvale said the related products will ship next week.") != []


def test_an_incident_that_could_or_must_happen_did_not_happen():
    assert not _fields("Consumer groups said patients would be left exposed to unchecked AI tools for longer.", "incident")
    assert not _fields("Synthetic audio impersonating a public figure must be removed within a day under the rules.",
                       "incident")
    assert not _fields("Users could install the fake package by accident, Pellham said.", "incident")
    got = _fields("Pellham Health said hackers had caused an outage at its records service on Monday.", "incident")
    assert got and got[0]["organisation"] == "Pellham Health", got


def test_a_law_is_no_organisation_of_an_incident():
    got = _fields("Under Ontario's Consumer Protection Act, impersonating a bank is an offence, the regulator said.",
                  "incident")
    assert not got or "Act" not in got[0]["organisation"], got


def test_a_court_judgement_and_a_lawsuit_are_other_actions():
    got = _fields("A Hamburg court ruled on Monday that Orrin Labs infringed the photographers' copyright.",
                  "state_action")
    assert got and got[0]["action"] == "other", got
    got = _fields("The U.S. Federal Trade Commission sued Pellham on Monday over its claims about its hiring tool.",
                  "state_action")
    assert got and got[0]["action"] == "other", got


def test_a_valuation_stated_after_its_verb_or_before_its_noun():
    got = _fields("Orrin AI said it had raised $2.5 billion in a round that values the machine learning company at "
                  "$40 billion.", "funding")
    assert got and got[0]["amount"] == 2.5e9 and got[0]["valuation"] == 40e9, got
    got = _fields("Orrin AI's $2.5bn fundraising gives it a $44bn valuation, two people said.", "funding")
    assert got and got[0]["amount"] == 2.5e9 and got[0]["valuation"] == 44e9, got


def test_what_follows_days_after_or_in_the_spring_is_background():
    assert not _fields("The cuts come days after Orrin raised $2 billion from investors.", "funding")
    assert not _fields("Pellham, the startup, raised a $90 million round in the spring.", "funding")


def test_a_word_for_a_kind_of_thing_is_no_acquisition_target():
    got = _fields("Pellham Software is buying AI agent startup Orrin for $1.1 billion in cash.", "acquisition")
    assert got and got[0]["target"] == "Orrin", got


def test_a_governor_a_development_bank_and_an_agency_advisory_act_for_the_state():
    got = _fields("Ohio Governor Dana Reyes on Tuesday signed a law requiring data centres to report their water use.",
                  "state_action")
    assert got and got[0]["action"] == "law" and "Governor" in got[0]["body"], got
    got = _fields("Chile's development bank Corfo launched a $2 billion credit line on Monday to finance grid "
                  "batteries.", "state_action")
    assert got and got[0]["action"] == "subsidy", got
    got = _fields("The Cybersecurity and Infrastructure Security Agency issued an advisory on Monday urging "
                  "companies to patch their routers.", "state_action")
    assert got and got[0]["action"] == "other" and "Agency" in got[0]["body"], got


def test_hackers_stealing_data_and_the_breach_at_a_company_are_incidents():
    got = _fields("Orrin Health said on Monday that hackers had stolen patient notes from about 900,000 visits.",
                  "incident")
    assert got and got[0]["organisation"] == "Orrin Health" and got[0]["kind"] == "breach", got
    got = _fields("The breach at billing company Orrin Health affected 1.1 million people, a filing showed.",
                  "incident")
    assert got and got[0]["kind"] == "breach", got
    assert not _fields("The merger would be a breach of the company's contract with its lenders.", "incident")


def test_what_has_been_done_this_year_is_background():
    assert not _fields("Orrin AI has raised $4 billion this year and is building two data centres.", "funding")
    assert not _fields("Regulators have eased listing rules for unprofitable chip firms this year.", "state_action")
    assert _fields("Orrin AI raised $4 billion on Tuesday, its largest round this year.", "funding")


def test_results_a_listing_venue_and_an_earlier_deal_are_no_funding_round():
    got = _fields("Pellham Compute filed publicly for a Nasdaq initial public offering on Wednesday, revealing that "
                  "its revenue more than doubled to $1.4 billion.", "funding")
    assert not got or (got[0].get("company") != "Nasdaq" and got[0].get("amount") != 1.4e9), got
    assert not _fields("The contract follows Orrin's $2 billion fundraising earlier on Tuesday.", "funding")
    got = _fields("Orrin AI's Series E now totals about $7 billion after two more investors joined.", "funding")
    assert got and got[0].get("company") == "Orrin AI", got


def test_a_record_of_launches_is_not_a_launch_of_the_day():
    assert not _fields("Orrin has released its Kite models under open licences, and developers use them widely.",
                       "launch")
    assert not _fields("The Lanterns have released three albums; 'Static' is their first on a major label.", "launch")
    assert _fields("Orrin has released Kite 4, a model it says beats its rivals at coding.", "launch")


def test_a_law_named_after_under_and_a_long_reference_is_referred_to_not_passed():
    got = _fields("The FTC's original complaint, filed Monday in the Northern District of California, charges Norvex "
                  "with deceptive practices under Section 5 of the FTC Act and seeks refunds for the more than 4,000 "
                  "businesses.", "state_action")
    assert not [g for g in got if g.get("action") == "law"], got


def test_a_fire_service_and_a_generated_thing_are_no_incident_or_actor():
    assert not _fields("Norvex Freight won a safety award on Monday, fire officials said.", "incident")
    assert not _fields("Garland fire Capt. Rita Flores said the department plans to honor the driver.", "incident")
    got = _fields("A fraudster used AI-generated voice messages to impersonate a minister, officials said.", "incident")
    assert not got or got[0]["organisation"] != "AI-generated", got


def test_a_name_opened_by_a_function_word_is_not_cut_to_its_designator():
    # the lead saw "AI raises $6.2 billion" as a signal title for a company named "<Name> AI"; the same for "Labs",
    # "Systems", "Cloud" when the name's first word is one the span reader drops ("First", "Next", "One")
    for name in ("First AI", "Next Labs", "One Cloud", "Other Systems"):
        got = _fields(f"{name} raised $6.2 billion in a round led by Thrive Capital on Tuesday.", "funding")
        assert got and got[0].get("company") == name, (name, got)
    # a quantity of things is still no name, and an article before a designator names nothing
    got = _fields("More AI companies raised $6.2 billion on Tuesday.", "funding")
    assert not got or got[0].get("company") is None, got
    got = _fields("The Labs raised $6.2 billion on Tuesday.", "funding")
    assert not got or got[0].get("company") is None, got
    for name in ("Corvid AI", "Brindle Labs", "Osprey Systems", "Tessel Cloud"):   # unchanged
        got = _fields(f"{name} raised $400 million on Tuesday.", "funding")
        assert got and got[0].get("company") == name, (name, got)


def test_a_share_price_is_not_the_amount_an_offering_raises():
    # the lead saw "Kelpie Systems raises $28": "priced at $28" is a price a share, not the raise
    for s in ("Kelpie Systems shares were priced at $28 in the initial public offering on Thursday.",
              "Kelpie Systems priced its initial public offering at $28, the top of its range.",
              "Kelpie Systems sold 15 million shares at $28 each in its initial public offering."):
        assert not [f for f in _fields(s, "funding") if f.get("amount") == 28], s
    for s in ("Kelpie Systems priced its IPO at $28 a share, raising $420 million.",
              "Kelpie Systems raised $420 million in its IPO after pricing shares at $28.",
              "Kelpie Systems sold shares for $420 million in its IPO."):
        got = _fields(s, "funding")
        assert got and got[0]["amount"] == 420e6 and got[0]["company"] == "Kelpie Systems", (s, got)


def test_hacked_is_an_incident_only_when_something_was_hacked():
    # read on cal-ai2 (s09): models "that hacked most often" (reward hacking) became a cyberattack on the lab
    assert not _fields("The models that hacked most often were the least likely to admit it, Corvid AI said.",
                       "incident")
    got = _fields("Tessel Cloud was hacked on Tuesday, exposing data of 2 million customers.", "incident")
    assert got and got[0]["organisation"] == "Tessel Cloud" and got[0]["kind"] == "cyberattack", got


def test_a_states_economic_development_body_offers_a_subsidy():
    # read on cal-ai (s02) and cal-biotech (s10, s19): "Economic Development Corp.", "Enterprise Fund" are public
    got = _fields("Indiana has offered Brantley Foods $90 million in tax credits to build a plant near Gary, "
                  "according to documents from the Indiana Economic Development Corp.", "state_action")
    assert got and got[0]["action"] == "subsidy" and got[0]["target"] == "Brantley Foods", got
    assert got[0]["body"] == "Indiana Economic Development Corp" and got[0]["jurisdiction"] == "Indiana", got
    got = _fields("The Ohio Enterprise Fund has offered a $4 million grant, the governor's office said.",
                  "state_action")
    assert got and got[0]["body"] == "Ohio Enterprise Fund" and got[0]["action"] == "subsidy", got


def test_every_firm_fined_is_a_target_past_its_descriptor():
    from topline.events.extract import sentence_events
    s = ("The European Commission fined chipmaker Orvel Devices and France's Pellan Optics a total of 90 million "
         "euros on Tuesday for fixing prices.")
    got = [r for r in sentence_events(s) if r.type == "state_action"]
    assert got and [v for k, v, _ in got[0].fields if k == "target"] == ["Orvel Devices", "Pellan Optics"], got
    # a preposition or an article's phrase before a name is not a descriptor of the firm
    got = _fields("The regulator fined a total of 40 companies in Texas on Tuesday.", "state_action")
    assert not got or got[0].get("target") != "Texas", got


def test_official_acts_told_in_other_words_and_bodies_named_in_full():
    # read on cal-ai (s11, s22, s30), cal-ai2 (s12, s20, s30): the grammar of official acts and of body names
    got = _fields("The Oregon Senate on Monday gave final approval to a bill limiting facial recognition, sending "
                  "it to the governor.", "state_action")
    assert got and got[0]["action"] == "law" and got[0]["body"] == "Oregon Senate", got
    got = _fields("The Irish Data Protection Commissioner's Office said it was making enquiries.", "state_action")
    assert got and got[0]["action"] == "probe" and got[0]["body"] == "Irish Data Protection Commissioner's Office"
    got = _fields("Kenya's IT ministry on Monday released draft amendments to the ICT Rules that would require "
                  "apps to store data locally.", "state_action")
    assert got and got[0]["action"] == "rule" and got[0]["body"] == "IT ministry", got   # not "law", not "ministry"
    got = _fields("Britain's Competition and Markets Authority opened an investigation into Pellan Optics on "
                  "Monday.", "state_action")
    assert got and got[0]["body"] == "Competition and Markets Authority" and got[0]["target"] == "Pellan Optics"
    got = _fields("The US Cybersecurity and Infrastructure Security Agency issued an advisory on Monday about "
                  "coding agents.", "state_action")
    assert got and got[0]["body"] == "US Cybersecurity and Infrastructure Security Agency", got
    got = _fields("Chile's development bank CORFO launched a $300 million credit line on Monday for solar "
                  "farms.", "state_action")
    # the name after the common noun is the body (thirteenth pass; "development bank CORFO" until then)
    assert got and got[0]["body"] == "CORFO" and got[0]["action"] == "subsidy", got
    # two firms joined by "and" stay two names
    from topline.events.spans import names
    assert [x.text for x in names("Orvel Devices and Pellan Optics signed a deal.")] == ["Orvel Devices",
                                                                                          "Pellan Optics"]


def test_an_incidents_revised_count_is_kept_as_a_version_and_data_left_open_is_an_exposure():
    import datetime as dt
    from tests.events import signal_helpers as h
    from topline.events import extract
    # read on cal-ai (s22), cal-ai2 (s19), cal-biotech (s22): the count of a breach revised as a review goes on
    day = dt.date(2026, 3, 12)
    rs = h.story("s1", "Tech",
                 h.art("Wire", "Tessel Cloud breach", "Tessel Cloud said on Monday that hackers had stolen the data "
                       "of 1.8 million customers.", day),
                 h.art("Daily", "Tessel Cloud breach grows", "The breach at Tessel Cloud affected 2.2 million "
                       "customers, the company said on Thursday.", day),
                 h.art("Post", "Tessel Cloud outage", "Tessel Cloud said hackers had stolen data of 90 customers "
                       "of its payroll unit.", day))
    inc = [e for e in extract(rs.bundle) if e.type == "incident"]
    scales = sorted(str(f.value) for e in inc for f in e.values("scale"))
    assert scales == ["1.8 million customers", "2.2 million customers"], scales   # 90 is another count
    got = _fields("Orvel Health left a database containing 400,000 patient records open to the internet without "
                  "a password, researchers found.", "incident")
    assert got and got[0]["organisation"] == "Orvel Health" and got[0]["kind"] == "data exposure", got
    assert not _fields("The portal will be accessible to all users from Monday.", "incident")


def test_a_tariff_or_ban_names_its_goods_in_common_words():
    # read on cal-biotech (s09) and the demo ledger: the target of a tariff or a ban is often no name
    got = _fields("Mexico will impose a 30% tariff on imported solar inverters and batteries, the trade ministry "
                  "said on Monday.", "state_action")
    assert got and got[0]["action"] == "tariff" and got[0]["target"] == "imported solar inverters and batteries", got
    got = _fields("The senate voted on Tuesday for a ban on facial recognition cameras in schools.", "state_action")
    assert got and got[0]["target"] == "facial recognition cameras", got   # "in schools": where, not what
    got = _fields("The EU imposed tariffs on Chinese solar panels on Monday.", "state_action")
    assert got and got[0]["target"] == "Chinese solar panels", got


def test_a_body_telling_a_whole_trade_what_to_do_is_an_action():
    # read on cal-ai (s19): a regulator asking banks to review their controls is a directive ("other")
    got = _fields("The Prudential Authority of Kestonia said on Monday it had asked lenders to review their checks on "
                  "wire transfers.", "state_action")
    assert got and got[0]["action"] == "other" and got[0]["body"] == "Prudential Authority of Kestonia", got
    assert not _fields("Customers asked banks to lower fees.", "state_action")
    assert not _fields("Lawmakers asked the Commission to suspend the rules.", "state_action")


def test_a_bodys_jurisdiction_can_close_its_name():
    # read on cal-ai (s19): "Monetary Authority of Singapore" had no jurisdiction (the entity reader takes the whole
    # name for an organisation, so the place inside it was not seen)
    got = _fields("The Monetary Authority of Singapore said on Monday it had asked banks to review their checks on "
                  "wire transfers.", "state_action")
    assert got and got[0]["jurisdiction"] == "Singapore", got


def test_one_sum_in_two_currencies_is_kept_as_two_versions():
    # read on cal-ai (s24): "9.6 trillion won" in one article and "$7 billion" in another; before, the dollar figure
    # was dropped as too far from the won figure (a ratio between two currencies means nothing)
    import datetime as dt
    from tests.events import signal_helpers as h
    from topline.events import extract
    day = dt.date(2026, 9, 15)
    rs = h.story("s1", "Tech",
                 h.art("Wire", "Hanra to build plant", "Hanra Semiconductor will invest 9.6 trillion won to build a "
                       "new memory plant in Cheongju, the company said on Tuesday.", day),
                 h.art("Daily", "Hanra plant", "Hanra Semiconductor said on Tuesday it would invest about $7 billion "
                       "in a new memory plant.", day),
                 h.art("Post", "Hanra plant cost", "Hanra Semiconductor will invest 2 trillion won in a new memory "
                       "plant, the company said.", day))
    capex = [e for e in extract(rs.bundle) if e.type == "capex"]
    amounts = sorted((f.value for e in capex for f in e.values("amount")), key=float)
    assert amounts == [7e9, 9.6e12], amounts   # "2 trillion won" is another figure in the same currency
    currencies = sorted(str(f.value) for e in capex for f in e.values("currency"))
    assert currencies == ["KRW", "USD"], currencies
