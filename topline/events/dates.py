"""Month and weekday names and the date cues built from them: one list shared by the event extractor
(``events/extract.py``: a month or weekday is never an actor), the watch items (``events/watch.py``: "by June",
"on Thursday") and the editorial checker (``eval/editorial.py``: a bullet that carries a figure or a date)."""
from __future__ import annotations

import re

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Alternations for regular expressions, as written in text (capitalised); compile with re.IGNORECASE where case
# does not matter.
MONTH = "|".join(m.capitalize() for m in MONTHS)
WEEKDAY = "|".join(d.capitalize() for d in WEEKDAYS)
YEAR = r"20\d\d"

# A figure or a date in a sentence (case-sensitive: "may" the verb is not May the month).
FIGURE_OR_DATE = re.compile(rf"\d|\b(?:{WEEKDAY}|{MONTH}|yesterday|today|this week)\b")
