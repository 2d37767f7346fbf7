"""The shared verbs of speech (topline/speech.py) and the readers that take them; sentences written for the test."""
import datetime as dt
import re

from tests.events.sentence_helpers import sentence_fields
from topline.check.causes import unlinked_cause
from topline.check.references import article_references
from topline.check.swaps import _speaker
from topline.events.speakers import other_subject
from topline.events.watch import watch_items
from topline.records import Article, Story, StoryBundle
from topline.speech import SPEAKER_VERBS, alternation, forms


def test_forms_follow_the_table_in_the_tenses_asked():
    assert forms(("say", "tell")) == ("say", "says", "said", "tell", "tells", "told")
    assert forms(("think", "forecast"), ("past",)) == ("thought", "forecast")
    assert set(SPEAKER_VERBS) == {"said", "says", "told", "added", "noted", "warned"}


def test_an_alternation_matches_whole_words_longer_first():
    rx = re.compile(rf"^(?:{alternation(forms(('say', 'note')))})\b")
    assert rx.match("noted that").group(0) == "noted"
    assert rx.match("says").group(0) == "says"


def test_a_reported_clause_with_its_own_subject_in_every_tense_of_opinion():
    for verb in ("reckons", "reckoned", "expects", "said"):
        s = f"Palmro {verb} three rival chipmakers would cut output."
        assert other_subject(s, len("Palmro"), s.index("cut")), verb
    # an act in the base form of a reporting verb is no speech: "add" is what Palmro does
    s = "Palmro will add three rival chipmakers to its supply list."
    assert not other_subject(s, len("Palmro"), s.index("supply"))


def test_a_name_before_any_speaker_verb_is_the_speaker():
    tokens = "The council fined Orlam , Tessick warned".split()
    assert _speaker(tokens, tokens.index("Tessick"))
    assert not _speaker(tokens, tokens.index("Orlam"))


def _bundle(text: str) -> StoryBundle:
    a = Article(url="https://wire.example/x", title="x", text=text, source="Wire", id=1,
                published=dt.datetime(2026, 4, 7, 9, tzinfo=dt.timezone.utc))    # a Tuesday
    return StoryBundle(Story(id="s", title="x", article_ids=(1,), first_seen=a.published, last_seen=a.published,
                             outlets=("Wire",)), (a,))


def test_a_weekday_before_any_shared_verb_of_a_speaker_is_the_day_it_was_said():
    # mend28: "noted" and "added" (the ledger's SAID_AFTER) as well as "said": the day ahead is Thursday, not Monday
    for verb in ("said", "noted", "added"):
        items = watch_items(_bundle(f"The exchange on Monday {verb} it will resume withdrawals on Thursday."))
        assert [i.due for i in items] == [dt.date(2026, 4, 9)], verb


def test_a_product_in_volume_production_confirmed_or_reported_by_its_owner_is_its_launch():
    # mend28: the name that says it of "its" product reads the ledger's SAID_AFTER ("confirmed", "reported")
    for verb in ("confirmed Monday", "reported"):
        got = sentence_fields(f"Tessaly Semiconductor {verb} that its T5 process has entered volume production.",
                              "launch")
        assert got == [{"organisation": ["Tessaly Semiconductor"], "product": ["T5 process"]}], verb


def test_he_after_a_name_that_warned_is_that_speaker():
    # mend28: the checker's SPEAKER_VERBS ("warned", "noted") name who "He" is in the sentence after
    for verb in ("said", "warned", "noted"):
        refs = article_references(("Harrow Bank cuts branches",
                                   f"Harrow Bank will close 30 branches, chief executive Owen Radley {verb} on Monday.",
                                   "He did not expect job cuts."))
        assert refs.sentences[2] == "Owen Radley did not expect job cuts.", verb


def test_a_speaker_that_noted_is_no_part_of_the_effect_a_cause_is_linked_to():
    # mend28: causes reads the checker's SPEAKER_VERBS, so "noted" ends the speaker's words as "said" does
    cited = [["Mara Harnvik runs Orlam.", "Sales were flat in May.", "Output fell because demand slowed."]]
    for verb in ("said", "noted"):
        assert unlinked_cause(f"Chief executive Mara Harnvik {verb} that output fell because demand slowed.",
                              cited) == "", verb


def test_what_analysts_or_economists_hold_as_an_opinion_is_no_watch_item():
    # mend28: watch reads the shared OPINION verbs ("reckon", "believe", "think" joined "expect", "estimate", ...)
    for text in ("Analysts reckon the bank will cut rates in June.",
                 "Economists believe the central bank will cut rates in June."):
        assert watch_items(_bundle(text)) == (), text
    assert [i.due for i in watch_items(_bundle("Orlam will cut prices in June."))] == [dt.date(2026, 6, 30)]


def test_every_stage_cache_whose_rules_read_the_speech_table_is_keyed_by_it():
    # mend28: the ledger, the event kinds, the offline writer's sentences and the checker's verdicts are kept under a
    # hash of their rules' sources; a change of topline/speech.py must change that hash (mend29: the hashed files
    # are the import closure of each stage's modules, stage_cache.key_files)
    from topline.check.verdicts import CHECKER_MODULES
    from topline.classify.events import KINDS_MODULES
    from topline.events.memo import RULE_MODULES
    from topline.events.watch_follow import EVIDENCE_MODULES
    from topline.stage_cache import _PACKAGE, key_files
    from topline.write.offline.sentences import SENTENCES_MODULES

    for modules in (RULE_MODULES, EVIDENCE_MODULES, KINDS_MODULES, SENTENCES_MODULES, CHECKER_MODULES):
        files = key_files(*modules)
        if any(re.search(r"^\s*from topline\.speech import", (_PACKAGE / f).read_text(), re.M)
               for f in files if f.endswith(".py")):
            assert "speech.py" in files, modules
