"""The shared verbs of speech (topline/speech.py) and the readers that take them; sentences written for the test."""
import re

from topline.check.swaps import _speaker
from topline.events.speakers import other_subject
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
