"""The JSON API's request and response shapes (pydantic): what the OpenAPI schema documents."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field


class CategoryRef(BaseModel):
    name: str
    slug: str


class EditionSummary(BaseModel):
    date: dt.date
    title: str
    generated_at: str | None = None
    articles: int = 0
    stories: int = 0
    categories: list[CategoryRef] = []
    html: str = Field(description="Path of the edition's web page")


class RankedStoryRow(BaseModel):
    date: dt.date
    story_id: str
    category: str | None = None
    score: float
    rank: int
    article_count: int
    outlet_count: int
    factors: list[dict] = Field(default=[], description="records.Factor as objects: why the story ranks here")


class ArticleOut(BaseModel):
    id: int
    url: str = Field(description="Canonical URL (the article's identity)")
    published_url: str = Field(default="", description="The URL as the outlet published it (what to link to)")
    title: str
    source: str
    published: dt.datetime | None = None
    published_missing: bool = False
    language: str | None = None
    author: str | None = None
    summary: str = ""
    text: str | None = Field(default=None, description="Full text (only on /api/articles/{id})")
    story_id: str | None = None


class StoryOut(BaseModel):
    id: str
    title: str
    phase: str
    first_seen: dt.datetime
    last_seen: dt.datetime
    outlets: list[str]
    article_count: int
    articles: list[ArticleOut]
    history: list[RankedStoryRow] = Field(description="Every edition that ranked this story, oldest first")


class SourceOut(BaseModel):
    id: int
    url: str
    name: str
    kind: str
    last_fetched: dt.datetime | None = None
    last_reason: str | None = None
    ok_count: int = 0
    fail_count: int = 0
    last_success: dt.datetime | None = None
    consecutive_failures: int = 0
    next_poll: dt.datetime | None = None
    paused: str = ""


class SourceIn(BaseModel):
    url: str = Field(min_length=8, max_length=2048, pattern=r"^https?://[^\s/$.?#][^\s]*$",
                     description="An http(s) feed or page URL")
    name: str = Field(default="", max_length=512)
    kind: Literal["feed", "page"] = "feed"


class BriefingHit(BaseModel):
    date: dt.date
    category: str
    category_name: str = ""
    story_id: str = ""
    title: str
    snippet: str
    html: str


class ArticleHit(BaseModel):
    id: int
    url: str
    title: str
    source: str
    published: dt.datetime | None = None
    snippet: str
    story_id: str | None = None
    story_html: str | None = None


class SearchOut(BaseModel):
    query: str
    filters: dict[str, str]
    briefings: list[BriefingHit]
    articles: list[ArticleHit]


class BuildOut(BaseModel):
    date: dt.date
    categories: list[str]
    articles: int
    stories: int
    seconds: float


class Message(BaseModel):
    detail: str
