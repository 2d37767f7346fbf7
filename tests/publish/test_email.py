"""E-mail against a real SMTP server on 127.0.0.1 (aiosmtpd): headers, both parts, working links, no double
sends, no header injection, STARTTLS with login."""
from __future__ import annotations

import dataclasses
import email
import email.policy
import json
import shutil
import ssl
import subprocess
from pathlib import Path

import httpx
import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword
from lxml import html as lxml_html

from topline.config import SMTPSettings, WebSettings
from topline.publish.email import build_message, plan_messages
from topline.publish.mailer import send_edition
from topline.store.sends import SendRepo
from topline.records import to_dict
from topline.web.app import create_app

from .sample import LiveServer, bound_socket, smtp_controller


class Inbox:
    def __init__(self) -> None:
        self.envelopes: list = []

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802
        self.envelopes.append(envelope)
        return "250 OK"

    def messages(self):  # noqa: ANN201
        return [(env, email.message_from_bytes(env.content, policy=email.policy.default)) for env in self.envelopes]


@pytest.fixture
def smtpd():
    inbox = Inbox()
    ctl = smtp_controller(inbox, bound_socket())
    ctl.start()
    yield inbox, ctl.port
    ctl.stop()


def _settings(sample, port, web_port=8080, **smtp):
    base = dict(host="127.0.0.1", port=port, security="none", sender="Topline <briefing@topline.test>",
                recipients=("all@example.test",),
                category_recipients={"capital-industrial-strategy": ("cap@example.test", "all@example.test"),
                                     "no-such-category": ("ghost@example.test",)})
    base.update(smtp)
    return sample.settings.replace(smtp=SMTPSettings(**base), web=WebSettings(host="127.0.0.1", port=web_port))


def test_send_delivers_multipart_messages_with_working_links(sample, smtpd):
    inbox, port = smtpd
    app = create_app(sample.settings, sample.store, environ={})
    with LiveServer(app) as live:
        settings = _settings(sample, port, web_port=live.port)
        report = send_edition(sample.store, settings)
        assert report.date == sample.latest.date
        assert sorted((r["recipient"], r["category"]) for r in report.sent) == [
            ("all@example.test", "all"), ("all@example.test", "capital-industrial-strategy"),
            ("cap@example.test", "capital-industrial-strategy")]
        assert not report.failed and not report.rejected
        msgs = inbox.messages()
        assert len(msgs) == 3
        cited = {c.url for p in sample.latest.categories for d in p.key_developments for q in d.paragraphs
                 for c in q.citations}
        for env, msg in msgs:
            assert env.rcpt_tos == [msg["To"]]
            assert msg["From"] == "briefing@topline.test"
            assert msg["Subject"].startswith("Topline · ")
            assert msg["Message-ID"] and msg["Date"]
            assert msg.get_content_type() == "multipart/alternative"
            text = msg.get_body(("plain",)).get_content()
            html = msg.get_body(("html",)).get_content()
            assert "TOP LINE" in text and "KEY DEVELOPMENTS" in text
            doc = lxml_html.fromstring(html)
            assert doc.xpath("//h2[normalize-space()='Top Line']")
            assert not doc.xpath("//style") and doc.xpath("//*[@style]")     # CSS inlined
            links = set(doc.xpath("//a/@href"))
            own = {h for h in links if h.startswith(live.url)}
            assert own and links - own <= cited and links - own
            for href in own:        # every link to our pages answers
                assert httpx.get(href, timeout=60).status_code == 200, href
        whole = next(m for e, m in msgs if "Daily edition" in m["Subject"])
        body = whole.get_body(("html",)).get_content()
        assert all(p.name.replace("&", "&amp;") in body for p in sample.latest.categories)


def test_a_rerun_sends_nothing_twice(sample, smtpd):
    inbox, port = smtpd
    settings = _settings(sample, port)
    first = send_edition(sample.store, settings)
    assert len(first.sent) == 3
    again = send_edition(sample.store, settings)
    assert again.sent == [] and len(again.skipped) == 3
    assert len(inbox.envelopes) == 3
    dry = send_edition(sample.store, settings, dry_run=True)
    assert dry.planned == [] and len(dry.skipped) == 3
    # a new recipient added later gets the edition; the others still do not
    more = dataclasses.replace(settings.smtp, recipients=("all@example.test", "new@example.test"))
    third = send_edition(sample.store, settings.replace(smtp=more))
    assert [r["recipient"] for r in third.sent] == ["new@example.test"]
    assert len(SendRepo(sample.store).list(sample.latest.date)) == 4


def test_dry_run_sends_nothing_and_records_nothing(sample, smtpd):
    inbox, port = smtpd
    report = send_edition(sample.store, _settings(sample, port), dry_run=True)
    assert len(report.planned) == 3 and report.sent == []
    assert inbox.envelopes == [] and SendRepo(sample.store).list() == []


def test_a_failed_send_is_not_recorded_so_a_later_run_retries(sample):
    with bound_socket() as held:                         # bound, not listening: connections are refused
        settings = _settings(sample, held.getsockname()[1])
        with pytest.raises(OSError):
            send_edition(sample.store, settings)
    assert SendRepo(sample.store).list() == []


INJECTIONS = [
    "Kling\r\nBcc: victim@evil.test", "Kling\nBcc: victim@evil.test", "Kling\rBcc: victim@evil.test",
    "=?utf-8?q?Kling=0D=0ABcc:_victim@evil.test?=", "=?UTF-8?B?S2xpbmcNCkJjYzogdmljdGltQGV2aWwudGVzdA==?=",
    "Kling\u2028Bcc: victim@evil.test", "Kling\x85Bcc: victim@evil.test", "Kling\r\n\r\n<html>body</html>",
]


@pytest.mark.parametrize("headline", INJECTIONS)
def test_a_title_cannot_add_a_header_or_a_recipient(sample, smtpd, headline):
    inbox, port = smtpd
    ed = sample.latest
    page = ed.categories[0]
    dev = dataclasses.replace(page.key_developments[0], headline=headline)
    evil = dataclasses.replace(ed, title=f"Topline {headline}", categories=(
        dataclasses.replace(page, name=f"Capital {headline}", key_developments=(dev,) + page.key_developments[1:]),
        *ed.categories[1:]))
    sample.store.editions.save(evil)
    settings = _settings(sample, port, recipients=("all@example.test",), category_recipients={})
    report = send_edition(sample.store, settings)
    assert len(report.sent) == 1
    (env, msg), = inbox.messages()
    assert env.rcpt_tos == ["all@example.test"]
    assert sorted(k.lower() for k in msg.keys()) == sorted(
        ["subject", "from", "to", "date", "message-id", "auto-submitted", "content-type", "mime-version"])
    assert "evil.test" not in (msg["To"] + msg["From"])
    raw_headers = env.content.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
    assert "\nbcc:" not in raw_headers.lower()
    assert "\r" not in str(msg["Subject"]) and "\n" not in str(msg["Subject"])


def _self_signed(tmp: Path) -> tuple[Path, Path]:
    cert, key = tmp / "cert.pem", tmp / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out",
                    str(cert)], check=True, capture_output=True)
    return cert, key


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is needed to make a test certificate")
def test_starttls_and_login_with_the_password_from_the_environment(sample, tmp_path, monkeypatch):
    cert, key = _self_signed(tmp_path)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):  # noqa: ANN001, ANN202
        logins.append((auth_data.login, auth_data.password))
        ok = isinstance(auth_data, LoginPassword) and auth_data.password == b"s3cret"
        return AuthResult(success=ok)

    inbox = Inbox()
    ctl = smtp_controller(inbox, bound_socket(), tls_context=ctx, require_starttls=True,
                     authenticator=authenticator, auth_required=True)
    ctl.start()
    try:
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))        # trust the test certificate, verification stays on
        monkeypatch.setenv("TOPLINE_TEST_SMTP_PASSWORD", "s3cret")
        settings = _settings(sample, ctl.port, security="starttls", user="topline",
                             password_env="TOPLINE_TEST_SMTP_PASSWORD", category_recipients={})
        report = send_edition(sample.store, settings)
        assert [r["recipient"] for r in report.sent] == ["all@example.test"]
        assert logins == [(b"topline", b"s3cret")]
        assert len(inbox.envelopes) == 1
    finally:
        ctl.stop()


def test_messages_are_planned_once_per_recipient_and_category(sample):
    settings = _settings(sample, 25, recipients=("a@example.test", "a@example.test", "not an address",
                                                 "x@example.test, y@example.test"))
    before = json.dumps(to_dict(sample.latest), sort_keys=True)
    plan, rejected = plan_messages(sample.latest, settings.smtp, "https://n.example/editions/")
    assert sorted((o.recipient, o.category) for o in plan) == [
        ("a@example.test", ""), ("all@example.test", "capital-industrial-strategy"),
        ("cap@example.test", "capital-industrial-strategy")]
    assert rejected == ["not an address", "x@example.test, y@example.test"]
    msg = build_message(plan[0], "briefing@topline.test")
    assert msg.is_multipart() and [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert json.dumps(to_dict(sample.latest), sort_keys=True) == before   # planning leaves the edition untouched
    text = msg.get_body(("plain",)).get_content()
    first = sample.latest.categories[0]
    assert first.top_line[0].text.split(". ")[0] in " ".join(text.split()), text[:500]
    assert "https://n.example/editions/" in text
