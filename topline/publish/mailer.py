"""Sending an edition over SMTP (``topline send``): plain, STARTTLS or implicit TLS, optional login with the
password taken from the environment variable named by ``smtp.password_env``; each send recorded in ``sends``."""
from __future__ import annotations

import datetime as dt
import email.utils
import os
import smtplib
import ssl
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from topline.config import Settings, SMTPSettings
from topline.errors import ConfigError, ToplineError
from topline.publish.email import ALL_CATEGORIES, Outgoing, build_message, plan_messages, valid_address
from topline.publish.model import edition_from_dict
from topline.publish.site import public_url
from topline.records import Edition

if TYPE_CHECKING:
    from topline.store.sends import SendRepo

SMTP_TIMEOUT = 30.0     # seconds per SMTP operation (connect, each command)
SECURITIES = ("starttls", "tls", "none")


@dataclass
class SendReport:
    date: dt.date
    sent: list[dict] = field(default_factory=list)        # {recipient, category, message_id}
    skipped: list[dict] = field(default_factory=list)     # already sent before
    planned: list[dict] = field(default_factory=list)     # dry run: what would be sent
    failed: list[dict] = field(default_factory=list)      # {recipient, category, reason}
    rejected: list[str] = field(default_factory=list)     # addresses in the settings that are not addresses
    warnings: list[str] = field(default_factory=list)     # e.g. links pointing at the local server


def connect(smtp: SMTPSettings, environ=None) -> smtplib.SMTP:  # noqa: ANN001
    """An open, authenticated SMTP connection as the settings ask (TLS certificates are verified)."""
    environ = os.environ if environ is None else environ
    if smtp.security not in SECURITIES:
        raise ConfigError(f"smtp.security must be one of {', '.join(SECURITIES)}, not {smtp.security!r}")
    context = ssl.create_default_context()
    if smtp.security == "tls":
        conn: smtplib.SMTP = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=SMTP_TIMEOUT, context=context)
    else:
        conn = smtplib.SMTP(smtp.host, smtp.port, timeout=SMTP_TIMEOUT)
    try:
        conn.ehlo()
        if smtp.security == "starttls":
            conn.starttls(context=context)
            conn.ehlo()
        if smtp.user:
            password = environ.get(smtp.password_env)
            if password is None:
                raise ConfigError(f"smtp.user is set but the environment variable {smtp.password_env} is not")
            conn.login(smtp.user, password)
    except BaseException:
        conn.close()
        raise
    return conn


def load_edition(store, date: dt.date | None) -> Edition:  # noqa: ANN001
    dates = store.editions.dates()
    if not dates:
        raise ToplineError("no edition stored yet: run `topline brief` first")
    date = date or dates[0]
    data = store.editions.get(date)
    if data is None:
        raise ToplineError(f"no edition for {date.isoformat()} (have: {', '.join(d.isoformat() for d in dates[:5])})")
    return edition_from_dict(data)


def _row(o: Outgoing, **extra) -> dict:  # noqa: ANN003
    return {"recipient": o.recipient, "category": o.category or "all", **extra}


def send_edition(store, settings: Settings, date: dt.date | None = None, *, dry_run: bool = False,  # noqa: ANN001
                 environ=None) -> SendReport:  # noqa: ANN001
    """Send the edition of ``date`` (default: the newest) to every recipient that has not had it yet."""
    edition = load_edition(store, date)
    smtp = settings.smtp
    sender = valid_address(smtp.sender)
    if sender is None:
        raise ConfigError(f"smtp.sender {smtp.sender!r} is not a plain e-mail address")
    messages, rejected = plan_messages(edition, smtp, public_url(settings))
    report = SendReport(date=edition.date, rejected=rejected)
    if messages and not settings.web.public_url:
        report.warnings.append(f"web.public_url is not set: the links in the e-mail point to {public_url(settings)}, "
                               "which only this machine can open (set [web] public_url or TOPLINE_WEB_PUBLIC_URL)")
    repo = store.sends
    todo = []
    for o in messages:
        if repo.was_sent(edition.date, o.recipient, o.category):
            report.skipped.append(_row(o))
        else:
            todo.append(o)
    if dry_run:
        report.planned = [_row(o, subject=o.subject) for o in todo]
        return report
    if not todo:
        return report
    conn = connect(smtp, environ)
    try:
        for o in todo:
            _send_one(conn, repo, edition.date, o, sender, report)
    finally:
        try:
            conn.quit()
        except smtplib.SMTPException:
            conn.close()
    return report


def _send_one(conn: smtplib.SMTP, repo: "SendRepo", date: dt.date, o: Outgoing, sender: str,
              report: SendReport) -> None:
    message_id = email.utils.make_msgid(domain=sender.rsplit("@", 1)[-1])
    if not repo.claim(date, o.recipient, o.category, message_id):
        report.skipped.append(_row(o))
        return
    try:
        msg = build_message(o, sender, message_id=message_id)
        conn.send_message(msg, from_addr=sender, to_addrs=[o.recipient])
    except (smtplib.SMTPException, OSError, ValueError) as exc:
        repo.release(date, o.recipient, o.category)
        report.failed.append(_row(o, reason=f"{type(exc).__name__}: {exc}"[:300]))
        return
    repo.confirm(date, o.recipient, o.category)
    report.sent.append(_row(o, message_id=message_id))


__all__ = ["ALL_CATEGORIES", "SendReport", "connect", "load_edition", "send_edition"]
