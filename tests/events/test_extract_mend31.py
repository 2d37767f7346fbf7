"""mend31 (issue 12): jobs cut by an employer as its incident (the lead's decision; ``events/job_cuts.py``), and a
deal "agreed to be acquired" told agreed, not done (``events/status.py``). Sentences written for these tests, in the
shapes of the calibration corpora's news."""
from topline.events.extract import sentence_events
from tests.events.sentence_helpers import sentence_fields

DAY = "2031-03-04"


def _cut(sentence: str) -> dict:
    got = sentence_fields(sentence, "incident")
    assert len(got) == 1, (sentence, got)
    return got[0]


def test_a_counted_cut_of_jobs_or_a_share_of_staff_is_the_employers_incident():
    got = _cut("Harlock Software said on Tuesday it will cut about 1,900 jobs, or roughly 7% of its staff, as it "
               "trims management layers.")
    assert got["organisation"] == ["Harlock Software"] and got["kind"] == ["job cuts"]
    assert got["scale"] == ["about 1,900 jobs"]
    assert _cut("Tavimo Games is laying off about 350 employees in its mobile division, the publisher confirmed."
                )["scale"] == ["about 350 employees"]
    assert _cut("Corvell Bank will eliminate 2,100 full-time positions by 2029, the lender said.")["scale"] == [
        "2,100 full-time positions"]
    got = _cut("Pennick Labs plans to lay off about 20% of its workforce, roughly 90 people, after its lead drug "
               "failed.")
    assert got["organisation"] == ["Pennick Labs"] and got["scale"] == ["about 20% of its workforce"]
    assert _cut("Dorrow Insurance expects AI to allow it to reduce its workforce by about 1,400 roles over two years."
                )["organisation"] == ["Dorrow Insurance"]


def test_cuts_told_as_a_noun_or_with_the_jobs_as_subject():
    got = _cut("Skarvik Telecom has given formal notice of 600 redundancies in Sweden.")
    assert got["organisation"] == ["Skarvik Telecom"] and got["scale"] == ["600 redundancies"]
    got = _cut("About 900 jobs will go at Brennock Steel's Redhill works when its coke ovens close next year.")
    assert got["organisation"] == ["Brennock Steel"] and got["scale"] == ["About 900 jobs"]
    assert _cut("Kessworth Trucks says 1,800 jobs will go across Germany.")["organisation"] == ["Kessworth Trucks"]


def test_the_employer_is_named_not_an_objects_modifier_a_site_or_a_word_standing_for_it():
    # a name in the object of the verb before ("rolling AI agents out ... while cutting"): the subject before it
    assert _cut("Britain's Corley Bank is rolling AI agents out to 30,000 staff while cutting about 1,500 roles."
                )["organisation"] == ["Corley Bank"]
    assert _cut("Corley Bank confirmed on Monday that it would deploy AI agents across its branches and reduce its "
                "workforce by about 1,500 roles.")["organisation"] == ["Corley Bank"]
    # a place is no employer ("closing a factory in Belgium and cutting 600 jobs")
    assert not sentence_fields("The company will save 90 million euros by closing a factory in Belgium and cutting 500 "
                               "jobs.", "incident")
    # "The bank" stands for the article's main actor, which a union's article may name: no employer read from it
    assert not sentence_fields("The bank said 3,000 jobs would go as it shifts to digital services.", "incident")


def test_no_cut_when_denied_supposed_recalled_a_unions_figure_or_jobs_created():
    for s in ("Pellam Bank, one of the country's largest lenders, has cut about 6,000 jobs since 2021, mostly "
              "through branch closures.",
              "The union urged Kessington Motors not to cut 2,000 jobs at the plant.",
              "Varro Telecom could cut as many as 1,500 jobs, analysts said.",
              "Tallis Hydrogen is considering cutting about a third of its 700 staff.",
              "Union Unifor says 2,300 jobs will go, more than the company said.",
              "The union representing Marle Bank staff said the plan puts about 3,000 jobs at risk.",
              "Harbor Trust, which employs about 4,000 people, said it had no plans to cut local jobs.",
              "Kessworth Trucks will hire 500 workers at its new plant in Ulm.",
              "Chief Executive Anna Rolle said in remarks that about 2,000 jobs would go.",
              "Lecturers at the University of Dunholm will be balloted over plans to cut 300 jobs, their union said."):
        assert not sentence_fields(s, "incident"), s


def test_a_deal_agreed_to_be_acquired_is_agreed_not_done():
    raws = sentence_events("Brightmoor Therapeutics agreed to be acquired by Halvard Pharma for $3.1 billion.", DAY)
    deal = next(r for r in raws if r.type == "acquisition")
    assert ("status", "committed") in [(n, v) for n, v, _ in deal.fields]
    raws = sentence_events("Halvard Pharma acquired Brightmoor Therapeutics for $3.1 billion.", DAY)
    deal = next(r for r in raws if r.type == "acquisition")
    assert ("status", "completed") in [(n, v) for n, v, _ in deal.fields]
