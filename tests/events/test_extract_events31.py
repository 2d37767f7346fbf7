"""events31 (issue 12): what befell an organisation's money or service is its incident: money taken from it (a
passive taking verb with the sum, "lost" a sum in or to an attack, an attack that drained a sum) and its own service or
output frozen, suspended, paused or halted. Sentences written for these tests; each rule's twin that must not give the
event is beside it."""
from tests.events.sentence_helpers import one_event, sentence_fields


def test_money_taken_from_an_organisation_is_its_incident():
    got = one_event("Lending protocol Tarrowby was exploited for about $41 million on Thursday, its developers said.",
                    "incident")
    assert got["organisation"] == ["Tarrowby"] and got["kind"] == ["exploit"] and got["scale"] == ["$41 million"]
    got = one_event("Pellinor, a token bridge between two blockchains, has been drained of roughly $12m, blockchain "
                    "analysts said.", "incident")
    assert got["organisation"] == ["Pellinor"] and got["scale"] == ["$12m"]
    got = one_event("Crypto exchange Moravell lost about $88 million in a hot wallet hack on Friday, the company said, "
                    "the largest such theft so far this year.", "incident")
    assert got["organisation"] == ["Moravell"] and got["kind"] == ["hack"] and got["scale"] == ["$88 million"]
    got = one_event("Dunmere Finance has suspended deposits after an exploit that drained about $6 million from its "
                    "vaults.", "incident")
    assert got["organisation"] == ["Dunmere Finance"] and got["kind"] == ["exploit"]


def test_money_lost_with_no_attack_or_long_ago_is_no_incident():
    # a loss in trading or in a quarter is a result, not money taken
    assert not sentence_fields("Harlow Mining lost $40 million in the quarter as metal prices fell.", "incident")
    assert not sentence_fields("The fund lost $2 billion in the rout that followed the election.", "incident")
    # a taking told of another year is background
    assert not sentence_fields("The platform was hacked for $9 million in 2023, its founder recalled.", "incident")


def test_an_organisations_own_service_or_output_halted_is_its_incident():
    got = one_event("Brackley Lending, a crypto lender with about 21,000 customers, froze withdrawals on Friday, "
                    "citing a shortage of liquid assets.", "incident")
    assert got["organisation"] == ["Brackley Lending"] and got["kind"] == ["withdrawals frozen"]
    assert got["scale"] == ["21,000 customers"]
    got = one_event("Olvena Foods has halted production at its Derby soup plant after tests found salmonella on a "
                    "filling line.", "incident")
    assert got["organisation"] == ["Olvena Foods"] and got["kind"] == ["production halted"]
    got = one_event("Trevant Exchange paused deposits and withdrawals while its engineers investigate.", "incident")
    assert got["kind"] == ["deposits and withdrawals paused"]
    # "stop" is written as its synonym "halt": one kind for one act
    got = one_event("Brenwick Dairy stopped production at its Leeds creamery after a cooling fault.", "incident")
    assert got["kind"] == ["production halted"]


def test_a_halt_not_done_recalled_or_ordered_by_a_state_is_no_incident():
    # not done, hypothetical, recalled in a relative clause
    assert not sentence_fields("Corvath Pay met $300 million of redemptions in two days without halting withdrawals.",
                               "incident")
    assert not sentence_fields("Ellery Credit could suspend withdrawals if outflows continue, analysts said.",
                               "incident")
    assert not sentence_fields("Brackley Lending, the lender that froze withdrawals on Friday, is preparing to seek "
                               "bankruptcy protection.", "incident")
    # a public body halting another's activity is a state's act
    assert not sentence_fields("The European Commission on Monday suspended payments of €2 billion to the region.",
                               "incident")
    # a determiner opening the sentence is no organisation
    assert not sentence_fields("Several had paused shipments to the region while the port was shut.", "incident")
    # a place is not who halted
    assert not sentence_fields("Copper prices rose after a large mine in Kolwezi halted operations.", "incident")


def test_protection_sought_from_creditors_and_administrators_appointed_are_insolvencies():
    got = one_event("Crypto lender Ashdown Vault sought Chapter 11 protection from creditors in a Delaware court on "
                    "Thursday.", "incident")
    assert got["organisation"] == ["Ashdown Vault"] and got["kind"] == ["bankruptcy"]
    got = one_event("Administrators have been appointed to Corran Homes, the housebuilder's lenders said.", "incident")
    assert got["organisation"] == ["Corran Homes"] and got["kind"] == ["administration"]
    assert not sentence_fields("Ellery Vault could seek Chapter 11 protection within days, people familiar with the "
                               "matter said.", "incident")



def test_every_form_of_a_halting_verb_gives_its_lemmas_participle():
    # mend28: the participle is read from the verb's lemma (``befell._HALTING``), in every form the rule reads
    for verb, participle in (("froze", "frozen"), ("freezes", "frozen"), ("has frozen", "frozen"),
                             ("have frozen", "frozen"), ("suspends", "suspended"), ("pauses", "paused"),
                             ("halts", "halted"), ("stops", "halted"), ("has stopped", "halted")):
        got = one_event(f"Brackley Lending {verb} withdrawals at its Leeds branch.", "incident")
        assert got["kind"] == [f"withdrawals {participle}"], verb
