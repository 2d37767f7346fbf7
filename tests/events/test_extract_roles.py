

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
