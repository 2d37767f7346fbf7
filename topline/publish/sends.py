"""Moved to ``topline.store.sends`` (the store is the only code that runs SQL); kept so old imports work."""
from topline.store.sends import SendRepo

__all__ = ["SendRepo"]
