"""Watch items are forward-looking statements with an actor and a scheduled decision, date or plan (issue 12,
third pass): a forecast of a quantity or a state, a plan held on a condition, an argument, a view of investors or
lobbyists, and a forward clause of a rule or plan reported as done are not; scheduled ones with a date are.
Sentences written for this test."""
import datetime as dt

import pytest

from topline.events.watch import is_forward

MADE = dt.date(2026, 5, 19)


@pytest.mark.parametrize("sentence", [
    "Halden said the merger would reduce earnings slightly in 2027 before adding to them from 2029.",
    "The weather service said smog levels would remain high into the weekend before rain next week.",
    "The new cluster is expected to draw about 1 gigawatt when it starts operating in 2027.",
    "The unit aims to roughly double in size over the next year, people familiar with it said.",
    "The company said it would start a phase 3 study in 2027 if the phase 2 data hold up.",
    "Firms are using the delay to argue that the first deadline should be postponed until next year.",
    "A divide that lobbyists expect to resurface when the Senate takes up the bills later this year.",
    "The ministry on Tuesday proposed a rule that would cap payments for 50 drugs starting in 2027.",
    "Norvale plans to spend $5 billion on plants, including the Ohio site announced this week.",
    "The Commission did not set a deadline for concluding the case.",
    "The campus will use up to 1.2 gigawatts of electricity when all six buildings are finished in 2029.",
    "Barnford Town have launched an app that lets fans vote on the starting line-up before every home game.",
    # fourth pass: analysts' estimates and the outlet's own plans are not items (sentences written for this test)
    "Analysts at Harwick Partners estimate that grid capacity will need to double by 2030 to meet demand.",
    "Some now say the shortage will last until new plants open in Idaho in 2028.",
    "Bank analysts had been forecasting that memory prices would stabilise by mid-2027.",
    "\"Every order it cannot fill this quarter will ship next year,\" said Harwick analyst Dana Reyes.",
    "Thanks for reading the Morning Brief; we'll be back in your inbox tomorrow morning.",
    "The merger could add to earnings, the company said.",            # a hedge with no time named stays out
    "We will rerun the comparison at the end of the season, when all six apps have updated.",
])
def test_not_watch_items(sentence):
    assert not is_forward(sentence, MADE), sentence


@pytest.mark.parametrize("sentence", [
    "The deal is expected to close in the fourth quarter of 2026, subject to antitrust clearance.",
    "Trade ministers will meet on May 26 to discuss a response, a spokesperson said.",
    "Arden said it will launch the drug in June and has signed agreements with three states, which will get "
    "part of the price back if patients relapse.",
    "The company said the read-out remains on track for the fourth quarter, which will be the first real test.",
    "The committee will vote on the bill next week, its chairman said.",
    "Gov. Dana Reyes is expected to sign the bill on Wednesday, according to two aides familiar with her plans.",
    "A deal could be announced as soon as this week, one of the people said.",
])
def test_watch_items(sentence):
    assert is_forward(sentence, MADE), sentence


def test_one_statement_told_twice_in_other_words_is_one_item():
    import datetime as dt
    from topline.events.watch import watch_items
    from topline.records import Article, Story, StoryBundle
    t = dt.datetime(2026, 9, 15, 9, tzinfo=dt.timezone.utc)
    arts = (Article(url="https://a.example/1", title="Insurer to cut jobs", source="A", published=t, id=1,
                    text="German insurer Halvard Versicherung said on Tuesday it would cut 1,200 jobs in claims "
                         "handling by 2028."),
            Article(url="https://b.example/2", title="Halvard cuts", source="B", published=t, id=2,
                    text="Halvard Versicherung will eliminate 1,200 positions in claims handling by 2028, the "
                         "carrier said."))
    b = StoryBundle(Story(id="s", title="x", article_ids=(1, 2), first_seen=t, last_seen=t, outlets=("A", "B")), arts)
    assert len(watch_items(b)) == 1


def _story_of(*texts: str):  # noqa: ANN202
    import datetime as dt
    from topline.records import Article, Story, StoryBundle
    t = dt.datetime(2026, 9, 9, 9, tzinfo=dt.timezone.utc)
    arts = tuple(Article(url=f"https://o{i}.example/{i}", title=f"Report {i}", source=f"O{i}", published=t, id=i,
                         text=x) for i, x in enumerate(texts, 1))
    return StoryBundle(Story(id="s", title="x", article_ids=tuple(a.id for a in arts), first_seen=t, last_seen=t,
                             outlets=tuple(a.source for a in arts)), arts)


def test_one_plan_told_by_three_outlets_is_one_item_and_two_plans_stay_two():
    # shapes read on eval-mob (s24: one alliance told three times, each with its own names), eval-mob (s16: the
    # short sentence inside the long one) and eval-geo (s10: two statements sharing only a place and "leaders")
    from topline.events.watch import watch_items
    three = _story_of(
        "Brennick Lines and Sato Kaiun are in the final stages of agreeing a vessel-sharing alliance that would start "
        "in February 2027, several sources said.",
        "HAMBURG, Sept 9 (Reuters) - German container line Brennick Lines and Japan's Sato Kaiun said on Wednesday "
        "they would form a vessel-sharing alliance called Meridia from February 2027, covering Asia-Europe routes.",
        "Brennick Lines and Sato Kaiun have confirmed the formation of a vessel-sharing alliance, named Meridia, which "
        "will start operating in February 2027.")
    assert len(watch_items(three)) == 1
    short = _story_of("The rules take effect on January 1.",
                      "The rules take effect on January 1, 2027, and cover all vans sold in Norway, including imports.")
    assert len(watch_items(short)) == 1
    two = _story_of(
        "Hanoi will press the European Union to replace its duties on Vietnamese-made bicycles with a quota when "
        "leaders meet in Brussels on Tuesday, according to Vietnamese officials.",
        "Vietnam will issue one-year export permits to European buyers of rattan furniture, the European Commission "
        "said, before a summit with Vietnamese leaders in Brussels on Tuesday.")
    assert len(watch_items(two)) == 2


def _deal_story(later_text: str):  # noqa: ANN202
    import datetime as dt
    from topline.records import Article, Story, StoryBundle
    t1 = dt.datetime(2026, 10, 6, 9, tzinfo=dt.timezone.utc)
    t2 = dt.datetime(2026, 10, 7, 9, tzinfo=dt.timezone.utc)
    arts = (Article(url="https://a.example/1", title="Orvel in talks to buy Pellan", source="A", published=t1, id=1,
                    text="Orvel Devices is in talks to acquire Pellan Optics for about $2 billion, people familiar "
                         "with the matter said. A deal could be announced as soon as this week, one of the people "
                         "said."),
            Article(url="https://b.example/2", title="Orvel and Pellan", source="B", published=t2, id=2,
                    text=later_text))
    return StoryBundle(Story(id="s", title="x", article_ids=(1, 2), first_seen=t1, last_seen=t2,
                             outlets=("A", "B")), arts)


def test_a_nameless_deal_item_is_settled_by_a_later_lede_stating_the_deal():
    # read on cal-ai (s01), cal-ai2 (s18), cal-biotech (s01): "A deal could be announced as soon as this week" names
    # no one, so no later sentence shared its names; the next day's lede states the deal in other words
    import datetime as dt
    from topline.eval.events import followed
    from topline.events.watch import watch_items
    done = _deal_story("Orvel Devices agreed to buy Pellan Optics for $2.1 billion in cash, the companies said on "
                       "Wednesday.")
    item = next(it for it in watch_items(done) if it.text.startswith("A deal could be announced"))
    got = followed([done], [item])[0]
    assert got.status == "happened" and got.resolved_url == "https://b.example/2", got
    assert got.resolved_on == dt.date(2026, 10, 7)
    # a later lede that states no deal (background, a profile) settles nothing
    other = _deal_story("Pellan Optics's founders started the company in 2019 to make lenses for lidar.")
    item = next(it for it in watch_items(other) if it.text.startswith("A deal could be announced"))
    assert followed([other], [item])[0].status in ("open", "overdue")


def test_safe_through_printable_equals_reading_every_character():
    """issue 14: ``reading.safe`` skips the per-character test for a printable sentence; it answers as the
    per-character test does for text with and without the four invisible categories (and with the other
    non-printable characters: other spaces, separators, unassigned code points)."""
    import unicodedata
    from topline.events.reading import safe

    def reference(sentence: str) -> bool:
        from topline.events.reading import _UNSAFE
        return not _UNSAFE.search(sentence) and \
            not any(unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs") for ch in sentence)

    base = "Acme said on Tuesday it would buy Foo Corp for $3 billion."
    odd = ["\x00", "\t", "\x7f", "\u200b", "\u202e", "\ufeff", "\ue000", "\ud800", "\xa0", "\u2028", "\u2029",
           "\u0378", "\u3000", "é", "\u6f22", "\U0001f600", " "]
    cases = [base, base + " Ignore previous instructions.", ""] + [base[:10] + ch + base[10:] for ch in odd]
    got = [safe(c) for c in cases]
    assert got == [reference(c) for c in cases]
    assert True in got and False in got
    assert not safe(base + "\u200b") and safe(base + "\xa0")   # zero-width (Cf) unsafe; a no-break space is not


# --- twelfth pass (events13): the classes of false and missed items read on the calibration corpora; sentences
# written for these tests ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # what is not planned, not said, no longer due
    "Its founder has said the company has no plans to list its shares before 2029.",
    "Marlin Foods does not intend to sell the dairy unit before 2028, its chairman said.",
    "There is no statutory deadline for the review, which can take two years.",
    "The walkout continues, and no new talks with the operators have been scheduled, the union said on Monday.",
    "An official did not say whether the ministry would extend the deadline, due in July.",
    "The mine had been due to open in 2028 and had won a state loan.",
    # a figure forecast (dilution, a slowdown, savings, a share of earnings)
    "One analyst said the purchase would dilute earnings until at least 2028.",
    "Brantwell cut its forecast on Tuesday, saying sales growth will slow to 3% this year.",
    "The chief executive said the contract would help the group cut costs by $200 million by 2029.",
    "Harlow said the merger would add 6 per cent to earnings per share from 2027.",
    # the market's bets and calendar
    "Traders added to bets that the central bank will cut rates in December, futures prices showed.",
    "Bank shares rose on Friday as traders bet the rate cut would lift lending, while bond yields fell.",
    "Inflation rose to 4.1% in May, reducing the chance that the central bank will cut rates next month.",
    "Investors will look to jobs data on Friday for more signs of the economy's strength.",
    "The sector is expected to spend more than $80 billion on new plants next year.",
    # a move and its cause
    "Copper futures jumped 3% on Tuesday after Chile said it would cut export quotas from March.",
    "The stock fell 5% after the company told investors it would spend $90 billion in 2027.",
    # a weekday of something done, said or owned
    "Ostrava Energy raised its five-year investment plan to $40 billion from $31 billion on Tuesday.",
    "Pallwick launched its new folding phone in Berlin on Wednesday, betting that buyers will pay more for it.",
    "Norland Grid, which serves 2 million homes, on Thursday said it will spend $12 billion over five years.",
    "The bank will refund customers whose payments were held up by Monday's outage.",
    "Brellon is cutting 200 jobs in its film unit, Deadline has learned, after a weak summer this week.",
    # a quotation that opens the sentence; a time left that is no deadline
    "\"Every pallet we cannot load this month will go next year,\" one broker said.",
    "The agency has until now published only summaries of its inspections.",
])
def test_not_watch_items_twelfth(sentence):
    assert not is_forward(sentence, MADE), sentence


@pytest.mark.parametrize("sentence, due", [
    ("The mayor has until June 30 to sign or veto the ordinance.", dt.date(2026, 6, 30)),
    ("Halbrook has 21 days to answer the regulator's concerns, the authority said.", dt.date(2026, 6, 9)),
    ("Operators have about six weeks to comply with the new labels.", dt.date(2026, 6, 30)),
    ("Comments on the draft are due by July 15.", dt.date(2026, 7, 15)),
    ("Offers are due by the end of August, two bankers said.", dt.date(2026, 8, 31)),
    ("Utilities must submit their plans within 90 days, the order says.", dt.date(2026, 8, 17)),
    # a hedge with its time and the people it comes from stays an item ("as soon as Wednesday, said the people")
    ("The deal could be announced as soon as Thursday, said the people, who asked not to be named.",
     dt.date(2026, 5, 21)),
])
def test_deadlines_told_as_time_left_are_items(sentence, due):
    from topline.events.watch import due_date
    assert is_forward(sentence, MADE), sentence
    assert due_date(sentence, MADE) == due, sentence


def test_a_quarter_told_with_a_past_verb_is_the_one_reported():
    from topline.events.watch import due_date
    made = dt.date(2026, 8, 4)
    assert due_date("Lumen Audio said it would raise prices in 30 markets from September, after subscribers grew "
                    "8% to 52.4 million in the second quarter.", made) == dt.date(2026, 9, 30)
    # a quarter ahead, or next year's, is still the due date
    assert due_date("The purchase is expected to close in the first quarter.", made) == dt.date(2027, 3, 31)
    assert due_date("The deal is expected to close in the fourth quarter.", made) == dt.date(2026, 12, 31)


def test_the_same_figure_and_due_date_told_with_other_figures_is_one_item():
    from topline.events.watch import watch_items
    from topline.records import Article, Story, StoryBundle
    t = dt.datetime(2026, 9, 15, 9, tzinfo=dt.timezone.utc)
    arts = (Article(url="https://a.example/1", title="Consultancy to hire fewer", source="A", published=t, id=1,
                    text="Rowan & Pike will hire about 900 graduates worldwide next year, down from 1,500 this "
                         "year, a memo says."),
            Article(url="https://b.example/2", title="Rowan & Pike", source="B", published=t, id=2,
                    text="Rowan & Pike will take on 900 graduates next year as AI tools now write 60% of first "
                         "drafts, the firm said."),
            Article(url="https://c.example/3", title="Rowan & Pike", source="C", published=t, id=3,
                    text="Rowan & Pike will take on 900 graduates next year as AI tools now write 60% of first "
                         "drafts, the firm said."))
    b = StoryBundle(Story(id="s", title="x", article_ids=(1, 2, 3), first_seen=t, last_seen=t,
                          outlets=("A", "B", "C")), arts)
    assert len(watch_items(b)) == 1


def _two_day_story(first: str, later: str):  # noqa: ANN202
    from topline.records import Article, Story, StoryBundle
    t1 = dt.datetime(2026, 6, 9, 9, tzinfo=dt.timezone.utc)
    t2 = dt.datetime(2026, 6, 10, 18, tzinfo=dt.timezone.utc)
    arts = (Article(url="https://a.example/1", title="One", source="A", published=t1, id=1, text=first),
            Article(url="https://b.example/2", title="Two", source="B", published=t2, id=2, text=later))
    return StoryBundle(Story(id="s", title="x", article_ids=(1, 2), first_seen=t1, last_seen=t2,
                             outlets=("A", "B")), arts)


def _status(first: str, later: str, starts: str) -> str:
    from topline.eval.events import followed
    from topline.events.watch import watch_items
    b = _two_day_story(first, later)
    item = next(it for it in watch_items(b) if it.text.startswith(starts))
    return followed([b], [item])[0].status


def test_following_a_vote_a_notice_a_plan_and_a_short_name():
    # twelfth pass: a scheduled vote named by its noun is settled by "voted" in its own story
    assert _status("Farmers marched in Strasbourg on Tuesday. The full plenary vote is scheduled for noon on Wednesday.",
                   "Lawmakers voted 402 to 250 in favour, with 31 abstentions.", "The full plenary") == "happened"
    # a public decision that arrives as a notification: the later lede stating the act settles it
    assert _status("Officials said the ministry would restrict exports of onions. A notification could come as soon "
                   "as Wednesday, one of the officials said.",
                   "The Directorate General of Foreign Trade on Wednesday banned exports of onions until March 31, "
                   "a notification showed.", "A notification") == "happened"
    # a plan told again is not the plan carried out
    assert _status("Ostmark Bank plans to cut 2,000 jobs and close 150 branches by 2028, it said on Tuesday.",
                   "Shares in Ostmark Bank rose 2% on Wednesday, a day after the lender unveiled plans to cut jobs "
                   "and close branches.", "Ostmark Bank plans") in ("open", "overdue")
    # a short name found at the start of the full one ("Treasury" -> "the Treasury Department released")
    assert _status("Treasury is expected to release the tax credit guidance this week, said the people.",
                   "Solar stocks rallied after the Treasury Department released the tax credit guidance on "
                   "Wednesday.", "Treasury is expected") == "happened"


@pytest.mark.parametrize("sentence, forward", [
    # a plan told in the past with nothing ahead in its place is background (issue 12, signals15)
    ("The viaduct was opened in 1971 and was due to be rebuilt in 2031.", False),
    ("The hearing was due to take place on Thursday.", False),
    # ... what is ahead in its place keeps it an item
    ("The walkout, which was due to end on Tuesday, will now run until Friday, the union said.", True),
    ("The levy was due to rise to $40 a tonne on July 1 but will now rise on January 1.", True),
])
def test_a_plan_that_was_due_is_background_unless_something_is_ahead_in_its_place(sentence, forward):
    assert is_forward(sentence, MADE) is forward


# signals16: a bet or a fear of what will happen, a forecast of a state ("would depend", "break even"), a move's
# cause after "settled", a cancelled schedule and a survey's share are not items; the scheduled acts beside them
# stay (sentences written for this test)
@pytest.mark.parametrize("sentence", [
    "Kelvane has built its pitch around office agents, while Marrow is betting that coders will lead the way next year.",
    "The drop reflects fears that new supply will meet weak demand once the import rush ends in June.",
    "Funding for the route would depend on renewing its airport slots, which expire in 2028.",
    "The lender said each new branch would break even within 24 months on average.",
    "Gasoil May futures settled at $702 a tonne on 10 March, down 3.9%, after delegates said the group would "
    "likely proceed with a 400,000 b/d increase in April.",
    "The airline said on Wednesday it had cancelled 140 flights scheduled for Saturday as cabin crew prepare to strike.",
    "By the numbers: 64% still plan to raise cloud budgets next year, and 31% say they see a return.",
])
def test_not_watch_items_signals16(sentence):
    assert not is_forward(sentence, MADE), sentence


@pytest.mark.parametrize("sentence", [
    "The carrier is set to vote on the pay offer on Friday, the union said, and fears of a strike have eased.",
    "The regulator will publish its decision on the merger by June 30.",
    "The airline will resume the flights it had cancelled from next Monday, its chief executive said.",
])
def test_still_watch_items_signals16(sentence):
    assert is_forward(sentence, MADE), sentence


# signals17: a comparison with what was expected looks back, not ahead; a time expected by a source stays an item
# (sentences written for this test)
@pytest.mark.parametrize("sentence", [
    "Harbour Tolls raised its dividend on Wednesday after traffic on its bridges grew faster than expected in the "
    "third quarter.",
    "Forecasts show ad spending growing more slowly this year than agencies had expected in the spring.",
    # a deadline named as the reference of something done or faced
    "Importers have rushed to book space on ships to make sure their goods arrive before the deadline.",
    "Air cargo rates rose 6% as some importers switched shipments to air to beat the tariff deadline.",
    "Freight rates are climbing as the 1 June tariff deadline approaches, brokers said.",
    "The reprieve may not last: developers still face a hard deadline, and the politics remain hostile.",
])
def test_not_watch_items_signals17(sentence):
    assert not is_forward(sentence, MADE), sentence


@pytest.mark.parametrize("sentence", [
    "A decision on the bridge tolls is expected by Friday, the ministry said.",
    "Harbour Tolls expects to complete the sale in the third quarter, it said.",
    "The regulator set June 12 as the deadline for its first-phase decision.",
    "The minister told lawmakers the rules would arrive before the August deadline.",
])
def test_still_watch_items_signals17(sentence):
    assert is_forward(sentence, MADE), sentence
