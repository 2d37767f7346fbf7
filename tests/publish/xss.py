"""Finding executable constructs in published output: HTML (parsed the way browsers do, with html5lib),
feeds (every text node and attribute is treated as HTML, since feed readers render it), Markdown and e-mail."""
from __future__ import annotations

import codecs
import re
import warnings
from pathlib import Path

import html5lib
from lxml import etree

PAYLOAD_FILE = Path(__file__).resolve().parents[1] / "data" / "xss-payloads.txt"

DANGEROUS_ELEMENTS = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal",
                      "style", "meta", "template", "noscript", "xmp", "plaintext", "isindex", "bgsound", "set",
                      "animate", "foreignobject", "handler", "listener", "import"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "background", "poster", "codebase", "cite",
                  "srcset", "to", "values", "from", "by", "lowsrc", "dynsrc", "xlink:href", "ping", "manifest"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:", "livescript:", "mocha:")
_WS = re.compile(r"[\x00-\x20\x7f]+")


def load_payloads() -> list[str]:
    out = []
    for line in PAYLOAD_FILE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("# "):
            continue
        out.append(codecs.decode(line[4:], "unicode_escape") if line.startswith("esc:") else line)
    return out


def _local(name: str) -> str:
    name = name.split("}", 1)[-1] if name.startswith("{") else name
    return name.lower()


def _bad_url(value: str) -> bool:
    v = _WS.sub("", value).lower()
    return any(v.startswith(s) or f",{s}" in v for s in BAD_SCHEMES)     # "," : srcset and values lists


def html_problems(text: str, where: str = "", allow_meta: bool = True) -> list[str]:
    """Executable constructs in an HTML document or fragment."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")        # html5lib warns when a tag name is not a valid XML name
        doc = html5lib.parse(text, treebuilder="lxml", namespaceHTMLElements=False)
    problems = []
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        tag = _local(el.tag)
        if tag in DANGEROUS_ELEMENTS and not (tag == "meta" and allow_meta and _harmless_meta(el)):
            problems.append(f"{where}: <{tag}> element")
        if tag == "link" and (el.get("rel") or "").lower() not in ("stylesheet", "alternate", "icon"):
            problems.append(f"{where}: <link rel={el.get('rel')!r}>")
        for name, value in el.attrib.items():
            n = _local(name)
            if n.startswith("on"):
                problems.append(f"{where}: <{tag} {n}=...> event handler")
            elif n == "srcdoc":
                problems.append(f"{where}: <{tag} srcdoc>")
            elif (n in URL_ATTRIBUTES or name.endswith("}href")) and _bad_url(value):
                problems.append(f"{where}: <{tag} {n}={value[:40]!r}>")
            elif n == "style" and re.search(r"expression\s*\(|javascript:|behavior\s*:|-moz-binding", value, re.I):
                problems.append(f"{where}: <{tag} style={value[:40]!r}>")
    return problems


def _harmless_meta(el) -> bool:  # noqa: ANN001
    return not el.get("http-equiv") and (el.get("charset") or el.get("name") in ("viewport", "referrer"))


def feed_problems(xml: bytes, where: str = "") -> list[str]:
    """Every text node and attribute of a feed, read as HTML the way a feed reader may render it."""
    root = etree.fromstring(xml)
    problems = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.text and el.text.strip():
            problems += html_problems(el.text, f"{where} <{_local(el.tag)}> text", allow_meta=False)
        for name, value in el.attrib.items():
            if _local(name) == "href" and not value.startswith(("http://", "https://")):
                problems.append(f"{where}: <{_local(el.tag)} href={value[:40]!r}>")
        if _local(el.tag) in ("link", "guid", "id") and el.text and _bad_url(el.text):
            problems.append(f"{where}: <{_local(el.tag)}>{el.text[:40]!r}")
    return problems


def markdown_problems(md: str, where: str = "") -> list[str]:
    """Raw HTML in Markdown (other than <http(s)://...> autolinks) or links with a script scheme."""
    problems = []
    for m in re.finditer(r"<(?!https?://)[a-zA-Z/!?]", md):
        problems.append(f"{where}: raw HTML {md[m.start():m.start() + 30]!r}")
    for m in re.finditer(r"(?<!\\)\]\(\s*<?\s*([a-zA-Z][a-zA-Z0-9+.-]*):", md):   # "\](" is escaped text
        if m.group(1).lower() not in ("http", "https"):
            problems.append(f"{where}: link with scheme {m.group(1)!r}")
    return problems
