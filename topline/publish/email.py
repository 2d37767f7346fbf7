"""The edition as e-mail: multipart plain text + HTML (CSS inlined by css_inline), one message per recipient.

Recipients in ``smtp.recipients`` get every category in one message; those in ``smtp.category_recipients``
get the page of their category. Building messages is pure; sending is in ``publish.mailer``.

Header safety: every header value goes through ``safe.header_text`` (one line, no controls, no encoded-word
lookalikes), addresses must parse as a single plain address, and the message is built with the ``email``
package's SMTP policy, which refuses line breaks in header values a second time.
"""
from __future__ import annotations

import datetime as dt
import email.policy
import email.utils
import re
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Sequence

import css_inline

from topline.config import SMTPSettings
from topline.publish import views
from topline.publish.render import environment
from topline.publish.safe import header_text, plain
from topline.records import CategoryPage, Edition

# Gmail clips a message whose HTML passes 102 KB and hides the rest behind a link. The budget leaves room for
# the MIME headers and part boundaries; measured on the demo's largest edition (6 categories, all in one
# message): 104,896 bytes before, see benchmarks/RESULTS.md.
HTML_BUDGET_BYTES = 90_000
DETAIL_LEVELS = (2, 1, 0)   # every paragraph of a development; its first paragraph; its headline only
ALL_CATEGORIES = ""      # the ``category`` of a message carrying the whole edition (as recorded in ``sends``)
_ADDRESS = re.compile(r"[^@\s<>,;:\"()\[\]\\]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*")


@dataclass(frozen=True)
class Outgoing:
    """One message to one recipient."""
    recipient: str
    category: str            # category slug, or ALL_CATEGORIES
    subject: str
    text: str
    html: str


def valid_address(value: str) -> str | None:
    """The bare address if ``value`` is exactly one plain e-mail address, else None."""
    v = (value or "").strip()
    if not v or any(c in v for c in "\r\n\0"):
        return None
    if len(email.utils.getaddresses([v])) != 1:
        return None
    _name, addr = email.utils.parseaddr(v)
    return addr if addr and _ADDRESS.fullmatch(addr) else None


def subject_for(edition: Edition, pages: Sequence[CategoryPage]) -> str:
    """"Topline · Capital & Industrial Strategy · 3 Jul 2025 — <lead headline>" as one safe header line."""
    what = pages[0].name if len(pages) == 1 else "Daily edition"
    lead = next((d.headline for p in pages for d in p.key_developments), "")
    base = f"{plain(edition.title)} · {plain(what)} · {edition.date.strftime('%-d %b %Y')}"
    return header_text(f"{base} — {plain(lead)}" if lead else base)


def render_bodies(edition: Edition, pages: Sequence[CategoryPage], base_url: str,
                  budget: int | None = None) -> tuple[str, str]:
    """(plain text, HTML with inlined CSS) of a message carrying ``pages``. The HTML stays under ``budget`` bytes
    (default ``HTML_BUDGET_BYTES``) by showing less of each development (its first paragraph, then its headline)
    with a link to the web page for the rest."""
    page_views = [views.category_view(edition, p) for p in pages]
    ctx = {"edition": edition, "pages": page_views, "base": base_url, "title": plain(edition.title),
           "subject": subject_for(edition, pages)}
    env = environment()
    text = env.get_template("email.txt").render(ctx)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    budget = HTML_BUDGET_BYTES if budget is None else budget
    html = ""
    for detail in DETAIL_LEVELS:
        html = css_inline.inline(env.get_template("email.html").render(ctx, detail=detail))
        if len(html.encode("utf-8")) <= budget:
            break
    return text, html


def plan_messages(edition: Edition, smtp: SMTPSettings, base_url: str) -> tuple[list[Outgoing], list[str]]:
    """The messages ``smtp`` asks for (each recipient once per category it follows) and the rejected addresses."""
    out: list[Outgoing] = []
    rejected: list[str] = []
    cache: dict[str, tuple[str, str, str]] = {}

    def bodies(key: str, pages: Sequence[CategoryPage]) -> tuple[str, str, str]:
        if key not in cache:
            text, html = render_bodies(edition, pages, base_url)
            cache[key] = (subject_for(edition, pages), text, html)
        return cache[key]

    def add(raw: str, key: str, pages: Sequence[CategoryPage]) -> None:
        addr = valid_address(raw)
        if addr is None:
            rejected.append(raw)
            return
        if any(o.recipient == addr and o.category == key for o in out):
            return
        subject, text, html = bodies(key, pages)
        out.append(Outgoing(addr, key, subject, text, html))

    if edition.categories:
        for raw in smtp.recipients:
            add(raw, ALL_CATEGORIES, edition.categories)
    for slug, addresses in smtp.category_recipients.items():
        page = edition.category(slug)
        if page is None:
            continue
        for raw in addresses:
            add(raw, slug, [page])
    return out, rejected


def build_message(msg: Outgoing, sender: str, *, when: dt.datetime | None = None,
                  message_id: str | None = None) -> EmailMessage:
    """The MIME message: multipart/alternative with the text part first, then the HTML part."""
    from_addr = valid_address(sender)
    if from_addr is None:
        raise ValueError(f"sender {sender!r} is not a plain e-mail address")
    m = EmailMessage(policy=email.policy.SMTP)
    m["Subject"] = header_text(msg.subject)
    m["From"] = from_addr
    m["To"] = msg.recipient
    m["Date"] = email.utils.format_datetime(when or dt.datetime.now(dt.timezone.utc))
    m["Message-ID"] = message_id or email.utils.make_msgid(domain=from_addr.rsplit("@", 1)[-1])
    m["Auto-Submitted"] = "auto-generated"
    m.set_content(msg.text)
    m.add_alternative(msg.html, subtype="html")
    return m
