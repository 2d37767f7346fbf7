"""Topline: a day of news from many outlets, turned into a strategic intelligence edition."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("topline")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.1.0"
