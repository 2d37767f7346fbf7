"""The week's history of earlier editions as the writers read it: rows indexed by story (issue 14, scale21).

``EditionContext.history`` holds the ``edition_stories`` rows of the editions of the week before (newest first,
``pipeline.mark_printed`` marks which a page printed). A writer asks for one story's rows many times an edition
(``develop.last_briefed``, ``compare.last_edition``, ``signals._evidence_line``, the LLM writer's prompts), and a scan
of the week's rows each time (~25k rows at 100k articles over 10 days) grew with the history rather than with the day.
``StoryRows`` keeps the rows with an index by story, built on first use; every reader gives what the scan gave.

Kept out of the modules the stage cache hashes (``stage_cache.key_files``: no stage's rules import it): a change here
does not throw away the cached per-article values of every store.
"""
from __future__ import annotations

from typing import Any, Mapping, Sequence, TypeVar

R = TypeVar("R", bound=Mapping)


class StoryRows(tuple):
    """History rows with an index by story id. ``of(story_id)`` gives the story's rows in their order; ``printed()``
    the rows of an edition that printed the story on a page (``printed`` unknown counts as printed), as
    ``StoryRows`` too, made once."""

    def of(self, story_id: object) -> tuple[dict, ...]:
        index = self.__dict__.get("_index")
        if index is None:
            grouped: dict[object, list[dict]] = {}
            for r in self:
                grouped.setdefault(r.get("story_id"), []).append(r)
            index = self.__dict__["_index"] = {k: tuple(v) for k, v in grouped.items()}
        return index.get(story_id, ())

    def printed(self) -> StoryRows:
        shown = self.__dict__.get("_printed")
        if shown is None:
            shown = self.__dict__["_printed"] = StoryRows(r for r in self if r.get("printed", True))
        return shown

    def __reduce__(self):  # noqa: ANN204 - pickled (a forked writer, a runner) as its rows; the index is rebuilt
        return (StoryRows, (tuple(self),))


def rows_of(history: Sequence[R], story_id: object) -> Sequence[R]:
    """The rows of ``history`` whose ``story_id`` is ``story_id``, in their order: read from the index of a
    ``StoryRows``, filtered from any other sequence."""
    if isinstance(history, StoryRows):
        rows: Any = history.of(story_id)
        return rows
    return [r for r in history if r.get("story_id") == story_id]


def printed_rows(history: Sequence[Mapping]) -> StoryRows:
    """The rows of ``history`` of an edition that printed the story (``printed`` unknown counts as printed)."""
    if isinstance(history, StoryRows):
        return history.printed()
    return StoryRows(r for r in history if r.get("printed", True))
