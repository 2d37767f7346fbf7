"""Moved to ``topline.check`` (the checker as its own package); kept so existing imports keep working."""
from topline.check import (DATE, ENTITY, LINK, NO_CITATION, NUMBER, OUTLET, QUOTE, UNKNOWN_URL,  # noqa: F401
                           Dropped, Verdict, VerifyReport, check_sentence, figures_in_context, verify_page)
from topline.check.page import NEUTRAL_SIGNAL_TITLE  # noqa: F401
