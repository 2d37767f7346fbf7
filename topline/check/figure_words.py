"""Cardinals written in words: part of a figure, not of what a sentence asserts (issue 10, support44).

The claim's content words (``content.terms``) leave out digits and the cardinals "one" to "ten" (stop words): the
figure rules judge a figure, its value, kind and context. The other cardinals written as words ("Sixty-three
pairs", "twelve bands", "a hundred", "two thousand") were counted as content words every cited passage must carry,
so a faithful sentence that wrote in words a count its passage gives in digits, or a count the figure rules compute
from the passage ("beat 62 other pairs"), lacked a word in the lexical share (``support.SUPPORT_MIN``).

Such a word is now a relation word of the share (``content.RELATION_WORDS``, ``support._coverage``): it counts when
the passage has it ("Twenty-two teams" against "Twenty-two teams of six"), never against the sentence. Every such
cardinal is part of a figure the extractor reads (``topline.enrich.figures``), so a wrong value is the figure rules'
to reject ("Sixty-five pairs" against "beat 62 other pairs"), and what the count counts ("pairs") stays a content
word the passage must carry.

Not taken: the "old" of an age ("the 34-year-old"), measured the same way: it cleared two faithful rows and passed a
planted wrong actor whose age was another person's ("The women's title went to a 23-year-old student", eval15), the
age's words being what told the two apart.
"""
from __future__ import annotations

# The cardinals the figure extractor reads in words (``enrich.figures._SMALL``, ``_TENS``, its scales) that are not
# already stop words ("one" to "ten" are: ``evidence.STOPWORDS``).
CARDINALS = frozenset("""eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty
forty fifty sixty seventy eighty ninety hundred thousand dozen""".split())


def figure_word(word: str) -> bool:
    """Whether ``word`` (lowercase) is a cardinal written in words that the stop words leave in."""
    return word in CARDINALS
