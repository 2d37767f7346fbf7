"""An edition's day in its reader's zone (``edition.timezone``): the window ends at midnight after the date in that
zone (23- and 25-hour days keep ``window_hours`` hours), the scheduler's "today" and ``--at`` are that zone's, the
manifest records the zone and the window, and what the writer and the ledger call "today's articles" is the zone's
day. The default, UTC, leaves every edition as it was. Articles written for the test (no corpus)."""
from __future__ import annotations

import dataclasses
import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from topline import pipeline, zones
from topline.config import load_settings
from topline.errors import ConfigError
from topline.ingest.files import article_from_row

UTC = dt.timezone.utc
NY, SG = "America/New_York", "Asia/Singapore"

# (published as the source wrote it, title, text): the first two straddle midnight UTC, the next two state offsets
_ROWS = (
    ("2026-10-14T23:30:00Z", "Harwick Foods agrees to buy Pellmore Dairy for $1.2 billion",
     "Harwick Foods said on Wednesday it agreed to buy Pellmore Dairy for $1.2 billion in cash. The deal gives "
     "Harwick three plants in Wisconsin."),
    ("2026-10-15T00:30:00Z", "Ostrava Rail wins signalling contract",
     "Ostrava Rail won a 400 million euro signalling contract from the Czech railway operator on Wednesday. Work "
     "starts in 2027."),
    ("2026-10-14T21:30:00-04:00", "Brenlow Bank fined $40 million",     # 01:30 UTC on the 15th, New York's 14th
     "US regulators fined Brenlow Bank $40 million on Wednesday over failures in its anti-money-laundering checks."),
    ("2026-10-15T07:00:00+08:00", "Tamsin Energy opens Johor solar farm",   # 23:00 UTC on the 14th
     "Tamsin Energy opened a 300 MW solar farm in Johor on Thursday. The plant cost 900 million ringgit."),
    ("2026-10-15T16:30:00Z", "Vellum Air cuts 800 jobs",                 # Singapore's 16th, New York's 15th
     "Vellum Air said on Thursday it would cut 800 jobs as bookings fell 12 per cent."),
    ("2026-10-14T15:30:00Z", "Quorra Chips raises $90 million",          # Singapore's 14th, 23:30 there
     "Quorra Chips raised $90 million in a Series C round led by Norland Ventures on Wednesday."),
)


def _articles():
    return [article_from_row({"url": f"https://news{i}.example/a/{i}", "title": t, "source": f"Outlet {i}",
                              "published": p, "text": b}) for i, (p, t, b) in enumerate(_ROWS)]


def _titles(arts) -> set[str]:  # noqa: ANN001
    return {a.title.split()[0] for a in arts}


def _with_zone(settings, name: str, hours: int = 24):  # noqa: ANN001, ANN202
    return settings.replace(edition=dataclasses.replace(settings.edition, timezone=name, window_hours=hours,
                                                        formats=()))


@pytest.fixture
def filled(store):
    store.articles.upsert_many([(a, "test") for a in _articles()])
    return store


def test_each_zone_takes_its_own_day_from_a_real_store(filled):
    got = {(tz, d): _titles(filled.articles.in_window(*pipeline.window(dt.date.fromisoformat(d), 24, tz)))
           for tz, d in (("UTC", "2026-10-14"), (NY, "2026-10-14"), (NY, "2026-10-15"), (SG, "2026-10-14"),
                         (SG, "2026-10-15"))}
    # UTC, as before: 23:30 UTC is the 14th's, 00:30 UTC the 15th's
    assert got[("UTC", "2026-10-14")] == {"Quorra", "Tamsin", "Harwick"}
    # New York's 14th runs to 04:00 UTC on the 15th: the 00:30 UTC article and the evening report stated -04:00
    assert got[(NY, "2026-10-14")] == {"Quorra", "Tamsin", "Harwick", "Ostrava", "Brenlow"}
    assert got[(NY, "2026-10-15")] == {"Vellum"}
    # Singapore's 15th starts at 16:00 UTC on the 14th: Quorra's 15:30 UTC is its 14th, Vellum's 16:30 its 16th
    assert got[(SG, "2026-10-15")] == {"Tamsin", "Harwick", "Ostrava", "Brenlow"}
    assert got[(SG, "2026-10-14")] == {"Quorra"}
    # the newest day with articles, as `topline brief` picks it, is the zone's
    assert pipeline.edition_dates(filled)[-1] == dt.date(2026, 10, 15)
    assert pipeline.edition_dates(filled, SG)[-1] == dt.date(2026, 10, 16)


def test_editions_in_new_york_and_singapore_record_their_zone_and_window(filled, settings):
    ny = pipeline.build_edition(filled, _with_zone(settings, NY), dt.date(2026, 10, 14), formats=())
    m = ny.edition.manifest
    assert m.articles == 5 and m.timezone == NY
    assert (m.window_start, m.window_end) == ("2026-10-14T00:00:00-04:00", "2026-10-15T00:00:00-04:00")
    assert ny.edition.categories      # pages written from New York's day
    sg = pipeline.build_edition(filled, _with_zone(settings, SG), dt.date(2026, 10, 15), formats=())
    m = sg.edition.manifest
    assert m.articles == 4 and m.timezone == SG
    assert (m.window_start, m.window_end) == ("2026-10-15T00:00:00+08:00", "2026-10-16T00:00:00+08:00")
    # stored and read back with the zone (the JSON the web app and `topline send` read)
    from topline.publish.mailer import load_edition
    back = load_edition(filled, dt.date(2026, 10, 15)).manifest
    assert (back.timezone, back.window_end) == (SG, "2026-10-16T00:00:00+08:00")


def test_a_dst_day_keeps_window_hours_before_the_zones_midnight():
    # New York springs forward on 2026-03-08 (a 23-hour day) and falls back on 2026-11-01 (25 hours)
    for day, length in ((dt.date(2026, 3, 8), 23), (dt.date(2026, 11, 1), 25), (dt.date(2026, 10, 14), 24)):
        start, end = pipeline.window(day, 36, NY)
        assert end.astimezone(ZoneInfo(NY)).replace(tzinfo=None) == dt.datetime.combine(day + dt.timedelta(1),
                                                                                       dt.time())
        assert end - start == dt.timedelta(hours=36)
        assert zones.day_end(day, NY) - zones.day_end(day - dt.timedelta(1), NY) == dt.timedelta(hours=length)
    assert pipeline.window(dt.date(2026, 3, 8), 36, NY)[1] == dt.datetime(2026, 3, 9, 4, tzinfo=UTC)   # EDT
    assert pipeline.window(dt.date(2026, 11, 1), 36, NY)[1] == dt.datetime(2026, 11, 2, 5, tzinfo=UTC)  # EST
    # the default is UTC's midnight, as before the setting
    assert pipeline.window(dt.date(2026, 3, 8), 36) == (dt.datetime(2026, 3, 7, 12, tzinfo=UTC),
                                                        dt.datetime(2026, 3, 9, tzinfo=UTC))


def test_the_schedulers_today_and_at_are_the_zones(settings):
    from topline.operate import default_date, schedule
    now = dt.datetime(2026, 10, 14, 23, 30, tzinfo=UTC)        # 07:30 on the 15th in Singapore
    assert default_date(settings, now) == dt.date(2026, 10, 14)
    assert default_date(_with_zone(settings, SG), now) == dt.date(2026, 10, 15)
    assert default_date(_with_zone(settings, NY), now) == dt.date(2026, 10, 14)
    at = schedule.parse_at("07:00", zones.zone(SG))
    assert schedule.next_at(now, at) == dt.datetime(2026, 10, 15, 23, 0, tzinfo=UTC)   # 07:00 SGT on the 16th
    assert schedule.next_at(dt.datetime(2026, 10, 14, 22, 0, tzinfo=UTC), at) == \
        dt.datetime(2026, 10, 14, 23, 0, tzinfo=UTC)
    at_ny = schedule.parse_at("06:00", zones.zone(NY))       # across the change to EST: 10:00 UTC, then 11:00
    assert schedule.next_at(dt.datetime(2026, 10, 31, 12, tzinfo=UTC), at_ny) == dt.datetime(2026, 11, 1, 11,
                                                                                              tzinfo=UTC)
    assert schedule.next_at(dt.datetime(2026, 10, 30, 9, tzinfo=UTC), at_ny) == dt.datetime(2026, 10, 30, 10,
                                                                                             tzinfo=UTC)


def test_todays_articles_are_the_editions_zones_day():
    """The writer's and the ledger's "today" (a page's stories with news of the day, claim_lines.has_article_on,
    events.ledger.stories_today) is the edition's day in its zone; outside a build, UTC as before."""
    from topline.events.ledger import stories_today
    from topline.write.offline.claim_lines import has_article_on
    evening = article_from_row({"url": "https://n.example/a", "title": "t", "source": "s", "text": "x",
                                "published": "2026-10-15T00:30:00Z"})            # 20:30 in New York on the 14th
    rs = SimpleNamespace(bundle=SimpleNamespace(articles=(evening,)),
                         classification=SimpleNamespace(primary="Markets", secondary=()))
    day = dt.date(2026, 10, 14)
    assert not has_article_on(rs, day) and stories_today("Markets", [rs], day) == 0
    with zones.edition(NY):
        assert has_article_on(rs, day) and stories_today("Markets", [rs], day) == 1
        assert not has_article_on(rs, day + dt.timedelta(1))
    with zones.edition(SG):   # 08:30 on the 15th in Singapore
        assert has_article_on(rs, day + dt.timedelta(1)) and not has_article_on(rs, day)
    assert zones.edition_tz() is UTC


def test_precedence_file_env_flag(topline_home, monkeypatch):
    assert load_settings().edition.timezone == "UTC"
    (topline_home / "topline.toml").write_text('[edition]\ntimezone = "Asia/Singapore"\n')
    assert load_settings().edition.timezone == SG
    monkeypatch.setenv("TOPLINE_EDITION_TIMEZONE", NY)
    assert load_settings().edition.timezone == NY
    assert load_settings(overrides={"edition": {"timezone": "Europe/London"}}).edition.timezone == "Europe/London"


def test_an_unknown_zone_is_a_config_error(topline_home, monkeypatch):
    with pytest.raises(ConfigError, match="Mars/Olympus"):
        load_settings(overrides={"edition": {"timezone": "Mars/Olympus"}})
    monkeypatch.setenv("TOPLINE_EDITION_TIMEZONE", "Not/AZone")
    with pytest.raises(ConfigError, match="not a known time zone"):
        load_settings()
    monkeypatch.delenv("TOPLINE_EDITION_TIMEZONE")
    from topline.cli.main import cli
    for args in (["brief", "--timezone", "Mars/Olympus"], ["run", "--timezone", "../etc/passwd", "--step", "fetch"]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 1, result.output
        assert "not a known time zone" in result.output
