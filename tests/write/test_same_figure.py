"""One development told by two stories whose bullets state one figure of one thing is one Top Line item; the other
report goes under the development it tells (issue 11, stories31). The sentences are written in the shapes of the
calibration corpora's pairs (eval-fin's UK inflation, eval-macro's November data, eval-cyber's share fall) and of
the pairs that must stay apart (two central banks' cuts of one size, two companies' share moves of near sizes, two
deals of near sums, one company's results and its job cuts)."""
from __future__ import annotations

import pytest

from topline.config import Settings
from topline.records import Category, Taxonomy
from topline.write import EditionContext, write_pages
from topline.write.offline import OfflineWriter
from topline.write.offline import same_figure as sf

from .test_offline import DAY, article, ranked

ONE_DEVELOPMENT = [
    ("Inflation in Norway rose to 4.1% in May, lifted by electricity and rents, ending hopes of an early cut.",
     "Norwegian consumer price inflation rose unexpectedly to 4.1% in May from 3.8% in April, Statistics Norway "
     "said on Tuesday."),
    ("Retail sales grew 2.3 per cent in October, while fixed-asset investment fell 1.7 per cent in the first ten "
     "months.",
     "Indonesia's retail sales grew 2.3% in October from a year earlier, missing forecasts, official data showed."),
    ("Ardenne shares closed down 11.6% at €52.10 on Tuesday, the steepest fall in the CAC Mid 60.",
     "Dutch payroll software group Ardenne cut its 2026 revenue goal on Tuesday, blaming a lost public-sector "
     "contract, sending its shares down 11.5%."),
]

# mend32: one figure written in two forms, as ``enrich.figures`` reads them (a currency's name or symbol, a unit's
# name or abbreviation, a count written with or without a scale word); stories31's own pattern read only the symbol
# before the number and a noun after a scale word
ONE_FIGURE_TWO_FORMS = [
    ("The European Commission on Wednesday fined Corlay Pharma and Vessen Generics a combined €240 million over a "
     "pay-for-delay deal.",
     "BRUSSELS (Reuters) - The European Commission fined Corlay Pharma and Vessen Generics a total of 240 million "
     "euros on Wednesday for delaying a cheaper heart drug."),
    ("Harnmoor Power has signed a 15-year deal to supply 650 MW from its Ashby nuclear station to a data centre.",
     "Harnmoor Power said on Thursday it had agreed to supply 650 megawatts of electricity from its Ashby nuclear "
     "plant to a data centre campus."),
    ("Talvori Hospitals will add about 1,800 beds across five new hospitals over the next three years.",
     "Talvori announced on Monday that it would add 1,800 beds."),
]

TWO_DEVELOPMENTS = [
    ("Bank Negara cut its overnight policy rate by 25 basis points to 2.75% on Thursday.",
     "The Reserve Bank of New Zealand cut its official cash rate by 25 basis points to 3.00% on Wednesday."),
    ("Shares of Lindqvist Games rose 6.3% in Stockholm on Monday after its racing game topped the charts.",
     "Shares of Morrowby Interactive rose 5.6% on Monday after the publisher said it would cut 600 jobs."),
    ("Tallowmere said on Tuesday it would buy Quenby, which makes leak sensors, for $640 million in cash.",
     "Brackwater, which listens to pipes for leaks, raised $95 million at a valuation of about $720 million."),
    ("Voltrane Motors will close its plant in Ghent by 2027, cutting about 1,900 jobs, the company said.",
     "Voltrane Motors delivered 412,300 vehicles in its third quarter, up 1,900 from a year earlier."),
    ("Hollin Foods' shares fell 9% on Wednesday after it cut its outlook.",
     "Brisk Retail reported a 9% drop in fourth-quarter orders on Wednesday and forecast lower margins."),
    # mend32: no figure of a thing in a span of time, a move in points, a name's number or a rate "per" a currency
    ("The two-year Canada yield slipped five basis points to 2.31 per cent on Tuesday.",
     "The two-year gilt yield fell 5 basis points to 3.66% on Tuesday."),
    ("Farrowdale Foods said on Monday it would buy Canadian oats for its mills over five years.",
     "Farrowdale Foods said on Tuesday it would halve water use at its mills over five years."),
    ("Corrimal Airways has placed a firm order for 60 Stelvane 220 narrowbodies, the British airline said.",
     "Dublin-based lessor Ostmark Aviation has ordered 40 Stelvane 220 narrowbody jets worth about $5.6 billion."),
    ("Kenya's shilling fell 1.1% to 131.2 per dollar on Monday after the central bank governor resigned.",
     "The shilling gained 0.8% to 130.1 per dollar on Tuesday after the president named a new governor."),
]


@pytest.mark.parametrize("lower,upper", ONE_DEVELOPMENT)
def test_one_figure_of_one_thing_is_one_development(lower: str, upper: str) -> None:
    assert sf.same_figure(lower, upper)


@pytest.mark.parametrize("lower,upper", ONE_FIGURE_TWO_FORMS)
def test_one_figure_written_in_two_forms_is_one_development(lower: str, upper: str) -> None:
    assert sf.same_figure(lower, upper) and sf.same_figure(upper, lower)


@pytest.mark.parametrize("lower,upper", TWO_DEVELOPMENTS)
def test_a_figure_of_another_thing_is_another_development(lower: str, upper: str) -> None:
    assert not sf.same_figure(lower, upper)
    assert not sf.same_figure(upper, lower)


def test_the_page_states_the_figure_once_and_the_other_report_goes_under_its_development(monkeypatch) -> None:
    """The stories stage left a second outlet's report of a statistic outside the story of the release (two outlets
    in each, the second joined to a story of the day before, so neither ``same_fact``'s two names nor ``twice``'s one outlet applies): the Top Line states the
    release once, the next story takes the slot, and the other report is a paragraph of the release's development,
    citing its own article."""
    rates = "Rates & Markets"
    release = (article("Reuters", "Norway inflation unexpectedly rises to 4.1% in May",
                       "Norwegian consumer price inflation rose unexpectedly to 4.1% in May from 3.8% in April, "
                       "Statistics Norway said on Tuesday, reducing the chance of a rate cut in June."),
               article("Dagens Naeringsliv", "Inflation surprise puts Norges Bank June cut in doubt",
                       "Norwegian consumer price inflation rose to 4.1% in May, Statistics Norway said on Tuesday, "
                       "and economists pushed back their forecasts for a first rate cut."))
    second = (article("The Local", "Norway inflation climbs to 4.1% as rents and power bills rise",
                      "Inflation in Norway rose to 4.1% in May, lifted by electricity and rents, ending hopes of "
                      "an early cut."),
              article("Oslo Markets Daily", "Bank shares climb after soft US inflation report",
                      "Norwegian bank shares rose on Monday after softer US inflation data lifted sentiment.", day=2))
    others = [(article("Rates Wire", f"Centralbank{i} holds its policy rate steady",
                       f"The central bank of Country{i} held its policy rate steady on Tuesday, as expected, and said "
                       f"it would watch wages closely."),) for i in range(4)]
    taxonomy = Taxonomy(categories=(Category(rates, "Central banks, rates and bond markets."),))
    edition = (ranked("release", release, rates, 0.9), ranked("second", second, rates, 0.8),
               *(ranked(f"other{i}", arts, rates, 0.6 - 0.05 * i) for i, arts in enumerate(others)))
    ctx = EditionContext(date=DAY, taxonomy=taxonomy, ranked=edition, history=(), previous_signals=(),
                         settings=Settings())
    out, _ = write_pages(ctx, OfflineWriter())
    ids = [t.story_id for t in out[0].top_line]
    assert ids[0] == "release" and "second" not in ids and "other2" in ids, ids
    devs = {d.story_id: d for d in out[0].key_developments}
    assert "second" not in devs
    cited = {c.url for p in devs["release"].paragraphs for c in p.citations}
    assert second[0].url in cited      # the other report, under the development it tells
    monkeypatch.setattr(sf, "FIGURE_RATIO", 0.5)    # without the rule the page states the figure twice
    out, _ = write_pages(ctx, OfflineWriter())
    assert [t.story_id for t in out[0].top_line][:2] == ["release", "second"]
