"""Rule: links (the output gate). A published sentence carries no URL, bare domain, e-mail address or obfuscated
spelling of one ("evil.example", "user@evil.com", "mailto:", "hxxp://", "evil[.]com", "evil(.)com", punycode
"xn--", "evil。com" with a fullwidth dot, "evil .com", "evil dot com", zero-width characters inside) unless it is a
cited article's URL or belongs to a cited article's own outlet domain; and no sentence addressed to a model
("ignore previous instructions").
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable
from urllib.parse import urlsplit

from topline.check.codes import INJECTION, LINK
from topline.sanitize import looks_like_injection

# Top-level domains recognised in a bare or spaced domain. Two-letter country codes count only when written in
# lower case ("sales.It" is a missing space, "evil.it" a domain); the generic ones in any case.
GENERIC_TLDS = frozenset("""com net org info biz io ai co app dev xyz example test invalid local localhost onion gov
edu mil int news tech online site me tv ly gg sh cc ws top club link click live store shop blog page cloud email
""".split())
_CC = ("ac ad ae af ag al am ao ar at au az ba bd be bg bh br by ca ch cl cn cz de dk do dz ee eg es eu fi fj fr ge "
       "gh gr hk hr hu id ie il in iq ir is it jo jp ke kr kw kz lb lk lt lu lv ma md mk mn mo mt mx my ng nl no "
       "np nz om pe ph pk pl pt py qa ro rs ru sa se sg si sk su th tn tr tw tz ua ug uk us uy uz ve vn za zm zw")
COUNTRY_TLDS = frozenset(_CC.split())
_TLD = "|".join(sorted(GENERIC_TLDS | COUNTRY_TLDS, key=len, reverse=True))

_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": ".", "\u2024": ".", "\ufe52": ".", "\u2219": ".",
                       "\u00b7": ".", "\uff20": "@", "\ufe6b": "@"})
_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]")
_SCHEME = re.compile(r"\b(?:h[tx*_]{2}ps?|ftp|sftp|file|javascript|data|mailto|tel|callto|sms)\s*(?::|\[:\]|\(:\))"
                     r"\s*(?://|\S)|\bwww\s*(?:\.|\[\.\]|\(\.\)|dot)\s*\w", re.IGNORECASE)
_DOT = r"(?:\s*\.\s*|\s*[\[({<]\s*(?:\.|dot)\s*[\])}>]\s*|\s+dot\s+|\s*\(dot\)\s*)"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
# "evil.example", "evil .com", "evil [.] com", "evil dot com", "mail.evil.co.uk/x"
_DOMAIN = re.compile(rf"(?<![\w@.-])(?P<host>{_LABEL}(?:{_DOT}{_LABEL})*{_DOT}(?P<tld>{_TLD}))(?![\w-])",
                     re.IGNORECASE)
_EMAIL = re.compile(rf"[\w.+-]+\s*(?:@|\[\s*at\s*\]|\(\s*at\s*\)|\s+at\s+(?={_LABEL}{_DOT}(?:{_TLD})\b))\s*"
                    rf"{_LABEL}(?:{_DOT}{_LABEL})*{_DOT}(?:{_TLD})\b", re.IGNORECASE)
_PUNYCODE = re.compile(r"\bxn--[a-z0-9-]+", re.IGNORECASE)


def normalise_for_links(text: str) -> str:
    """Invisible characters out, look-alike dots and at-signs mapped, compatibility forms folded: the text a
    reader would copy into a browser."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text or "").translate(_DOTS))
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def _host(url: str) -> str:
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def allowed_hosts(cited_urls: Iterable[str]) -> frozenset[str]:
    """The hosts of the cited articles (without "www."): a sentence may name its own outlet's domain."""
    return frozenset(h for h in (_host(u) for u in cited_urls) if h)


def _belongs(domain: str, hosts: frozenset[str]) -> bool:
    d = domain.lower().strip(".")
    d = d[4:] if d.startswith("www.") else d
    return any(h == d or h.endswith("." + d) or d.endswith("." + h) for h in hosts if d.count(".") >= 1)


def _is_domain(m: re.Match[str]) -> bool:
    host, tld = m.group("host"), m.group("tld")
    spaced = bool(re.search(r"\s|\[|\(|\{|<|dot", host, re.IGNORECASE))
    first = re.split(_DOT, host, maxsplit=1, flags=re.IGNORECASE)[0]
    if len(first) < 2 or first.isdigit():
        return False                      # "U.S", "3.com": not a domain
    if tld.lower() in COUNTRY_TLDS and tld.lower() not in GENERIC_TLDS:
        if not tld.islower() or spaced:
            return False                  # "sales.It" or "in . In": a missing or extra space, not a domain
    if spaced and tld.lower() not in GENERIC_TLDS:
        return False
    if spaced and not tld.islower() and not tld.isupper():
        return False
    if spaced and re.search(r"\s\.\s", host) and tld.lower() in ("me", "co", "tv", "news", "site", "page", "link"):
        return False                      # "... the end . News ..." is a sentence break, not a domain
    return True


def _company_name(m: re.Match[str], norm: str, cited_text: str) -> bool:
    """"Amazon.com" or "Paradox.ai" written as a company name, exactly as a cited article writes it: a capital
    first letter, a plain dot, no path, no spaces, and not inside an address."""
    written = m.group("host")
    if not written[:1].isupper() or not re.fullmatch(r"[A-Za-z0-9-]+\.[a-z]{2,}", written):
        return False
    if norm[m.end():m.end() + 1] == "/":
        return False
    return bool(cited_text) and re.search(rf"(?<![\w./@]){re.escape(written)}(?![\w/@-])", cited_text) is not None


def link_problems(text: str, cited_urls: Iterable[str], cited_text: str = "") -> tuple[list[str], list[str]]:
    """``link`` for every URL, domain, address or obfuscated spelling of one that is not a cited article's URL
    or its outlet's domain; ``injection`` for a sentence addressed to a model. ``cited_text`` (the cited
    articles as the model saw them) lets a company named like a domain pass when they write it so
    ("Amazon.com Inc.")."""
    cited = [u for u in cited_urls if u]
    hosts = allowed_hosts(cited)
    problems: list[str] = []
    details: list[str] = []
    raw = text or ""
    for u in cited:                        # a cited URL written out is allowed
        raw = raw.replace(u, " ")
    norm = normalise_for_links(raw)
    if re.search(r"\w[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]+\w", raw):
        problems.append(LINK)
        details.append("link: invisible characters inside a word")
    for m in _SCHEME.finditer(norm):
        token = norm[m.start():].split()[0].rstrip(".,;:!?)")
        plain = re.sub(r"^h[tx*_]{2}p", "http", token, flags=re.IGNORECASE).replace("[.]", ".").replace("(.)", ".")
        if plain.lower().startswith(("http://", "https://", "www.")) and \
                _belongs(_host(plain if "//" in plain else "http://" + plain), hosts) and token == plain:
            continue                       # the cited outlet's own address, written out
        problems.append(LINK)
        details.append(f"link: {m.group(0)!r} (an address)")
    for m in _PUNYCODE.finditer(norm):
        problems.append(LINK)
        details.append(f"link: {m.group(0)!r} (punycode)")
    for m in _EMAIL.finditer(norm):
        problems.append(LINK)
        details.append(f"link: {m.group(0)!r} (e-mail address)")
    norm = _EMAIL.sub(" ", norm)
    for m in _DOMAIN.finditer(norm):
        if not _is_domain(m):
            continue
        dom = re.sub(_DOT, ".", m.group("host"), flags=re.IGNORECASE)
        if _belongs(dom, hosts) or _company_name(m, norm, cited_text):
            continue
        problems.append(LINK)
        details.append(f"link: {m.group(0)!r} is not a cited outlet's domain")
    if looks_like_injection(norm):
        problems.append(INJECTION)
        details.append("injection: the sentence is addressed to a language model")
    return problems, details
