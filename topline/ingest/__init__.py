"""Ingestion: files, folders, URLs and subscribed sources in; articles, sightings and failures stored.

The pipeline and the CLI call only what is exported here.
"""
from __future__ import annotations

from topline.ingest.pipeline import extract, fetch_sources, ingest
from topline.ingest.subscriptions import DEFAULT_OPML, subscribe_defaults

__all__ = ["ingest", "fetch_sources", "extract", "subscribe_defaults", "DEFAULT_OPML"]
