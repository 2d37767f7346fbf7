"""URL canonicalisation (one article = one URL) and outlet names derived from a domain."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

# Query parameters that only track the reader; dropped from canonical URLs.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid", "ocid",
    "cmpid", "ref", "ref_src", "ref_url", "smid", "smtyp", "sr_share", "icid", "wt.mc_id",
    "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "vero_id", "guccounter", "guce_referrer", "guce_referrer_sig",
    "ncid", "rssfeed", "traffic_source", "s_cid", "taid", "dicbo", "amp", "ito", "cmp", "emc", "xtor",
})
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "hsa_", "oly_", "__twitter", "trk_")
AMP_QUERY_VALUES = {("outputtype", "amp"), ("output", "amp"), ("format", "amp")}
DEFAULT_PORTS = {"http": 80, "https": 443}

# Outlets whose readable name is not their title-cased domain. Keys are registrable domains.
KNOWN_OUTLETS = {
    "reuters.com": "Reuters", "ft.com": "Financial Times", "wsj.com": "The Wall Street Journal",
    "nytimes.com": "The New York Times", "bloomberg.com": "Bloomberg", "bbc.co.uk": "BBC", "bbc.com": "BBC",
    "bbci.co.uk": "BBC", "theguardian.com": "The Guardian", "washingtonpost.com": "The Washington Post",
    "economist.com": "The Economist", "apnews.com": "AP", "cnbc.com": "CNBC", "cnn.com": "CNN", "npr.org": "NPR",
    "techcrunch.com": "TechCrunch", "theverge.com": "The Verge", "arstechnica.com": "Ars Technica",
    "wired.com": "Wired", "axios.com": "Axios", "theinformation.com": "The Information", "semafor.com": "Semafor",
    "nikkei.com": "Nikkei Asia", "scmp.com": "South China Morning Post", "aljazeera.com": "Al Jazeera",
    "politico.com": "Politico", "politico.eu": "Politico Europe", "venturebeat.com": "VentureBeat",
    "zdnet.com": "ZDNET", "engadget.com": "Engadget", "technologyreview.com": "MIT Technology Review",
    "mit.edu": "MIT", "theregister.com": "The Register", "businessinsider.com": "Business Insider",
    "forbes.com": "Forbes", "fortune.com": "Fortune", "marketwatch.com": "MarketWatch", "barrons.com": "Barron's",
    "nature.com": "Nature", "science.org": "Science", "openai.com": "OpenAI", "blog.google": "Google",
    "deepmind.google": "Google DeepMind", "anthropic.com": "Anthropic", "huggingface.co": "Hugging Face",
    "lemonde.fr": "Le Monde", "spiegel.de": "Der Spiegel", "dw.com": "DW", "france24.com": "France 24",
    "theatlantic.com": "The Atlantic", "latimes.com": "Los Angeles Times", "404media.co": "404 Media",
    "restofworld.org": "Rest of World", "tomshardware.com": "Tom's Hardware", "ieee.org": "IEEE",
    "hbr.org": "Harvard Business Review", "yahoo.com": "Yahoo", "nasdaq.com": "Nasdaq",
    "seekingalpha.com": "Seeking Alpha", "investing.com": "Investing.com", "abc.net.au": "ABC News (Australia)",
    "abcnews.go.com": "ABC News", "cbsnews.com": "CBS News", "nbcnews.com": "NBC News", "foxnews.com": "Fox News",
    "independent.co.uk": "The Independent", "telegraph.co.uk": "The Telegraph", "time.com": "Time",
    "newyorker.com": "The New Yorker", "vox.com": "Vox", "theconversation.com": "The Conversation",
    "ycombinator.com": "Hacker News", "substack.com": "Substack", "medium.com": "Medium", "github.com": "GitHub",
    "github.io": "GitHub Pages", "arxiv.org": "arXiv", "news.google.com": "Google News",
    "marktechpost.com": "MarkTechPost", "siliconangle.com": "SiliconANGLE", "geekwire.com": "GeekWire",
    "9to5mac.com": "9to5Mac", "macrumors.com": "MacRumors", "daringfireball.net": "Daring Fireball",
    "lesswrong.com": "LessWrong", "understandingai.org": "Understanding AI", "semianalysis.com": "SemiAnalysis",
    "euronews.com": "Euronews", "japantimes.co.jp": "The Japan Times", "straitstimes.com": "The Straits Times",
    "theglobeandmail.com": "The Globe and Mail", "cbc.ca": "CBC", "rfi.fr": "RFI", "un.org": "UN News",
    "foreignpolicy.com": "Foreign Policy", "foreignaffairs.com": "Foreign Affairs", "afr.com": "Australian Financial Review",
    "livemint.com": "Mint", "economictimes.indiatimes.com": "The Economic Times", "thehindu.com": "The Hindu",
    "feedburner.com": "FeedBurner", "spectrum.ieee.org": "IEEE Spectrum", "the-decoder.com": "The Decoder",
    "simonwillison.net": "Simon Willison", "interconnects.ai": "Interconnects", "latent.space": "Latent Space",
    "jack-clark.net": "Import AI", "exponentialview.co": "Exponential View", "oneusefulthing.org": "One Useful Thing",
    "aisnakeoil.com": "AI Snake Oil", "news.smol.ai": "AI News (smol.ai)", "lastweekin.ai": "Last Week in AI",
    "safe.ai": "Center for AI Safety", "syncedreview.com": "Synced", "futurism.com": "Futurism",
    "microsoft.com": "Microsoft", "machinelearning.apple.com": "Apple Machine Learning Research",
    "amazon.science": "Amazon Science", "artificialintelligence-news.com": "AI News",
    "semiengineering.com": "Semiconductor Engineering", "servethehome.com": "ServeTheHome",
    "digitimes.com": "DigiTimes", "stratechery.com": "Stratechery", "techmeme.com": "Techmeme",
    "technode.com": "TechNode", "techinasia.com": "Tech in Asia", "theregister.co.uk": "The Register",
    "bleepingcomputer.com": "BleepingComputer", "krebsonsecurity.com": "Krebs on Security",
    "securityweek.com": "SecurityWeek", "schneier.com": "Schneier on Security", "themarkup.org": "The Markup",
    "nextgov.com": "Nextgov", "quantamagazine.org": "Quanta Magazine", "dj.com": "The Wall Street Journal",
    "qz.com": "Quartz", "mckinsey.com": "McKinsey", "federalreserve.gov": "Federal Reserve",
    "ecb.europa.eu": "European Central Bank", "imf.org": "IMF", "bis.org": "BIS", "piie.com": "PIIE",
    "project-syndicate.org": "Project Syndicate", "euractiv.com": "Euractiv", "chinai.substack.com": "ChinAI",
    "garymarcus.substack.com": "Gary Marcus", "dw.de": "DW", "rss.dw.com": "DW", "feeds.npr.org": "NPR",
    "news.mit.edu": "MIT News", "servicenow.com": "ServiceNow",
}
# Platforms hosting many outlets: their name is never the outlet of an article found on them.
PLATFORM_DOMAINS = frozenset({"substack.com", "medium.com", "github.io", "feedburner.com", "blogspot.com",
                              "wordpress.com", "tumblr.com", "ghost.io", "beehiiv.com", "typepad.com"})
# Second-level labels under which the registrable domain takes three labels (fallback when ``tld`` is absent).
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go"}
_AMP_HOST = re.compile(r"^amp\.")
_MULTI_SLASH = re.compile(r"/{2,}")


def _clean_host(host: str) -> str:
    host = (host or "").strip().rstrip(".").lower()
    if host.startswith("www."):
        host = host[4:]
    return _AMP_HOST.sub("", host) if host.count(".") >= 2 else host


def _is_tracking(key: str) -> bool:
    k = key.lower()
    return k in TRACKING_PARAMS or k.startswith(TRACKING_PREFIXES)


def _clean_path(path: str) -> str:
    path = _MULTI_SLASH.sub("/", path or "/")
    segments = [s for s in path.split("/")]
    segments = [s for i, s in enumerate(segments) if not (s.lower() == "amp" and 0 < i)]
    path = "/".join(segments) or "/"
    if path.lower().endswith(".amp"):
        path = path[:-4]
    path = quote(unquote(path), safe="/:@!$&'()*+,;=-._~")
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    return path if path.startswith("/") else "/" + path


def _clean_query(query: str) -> str:
    pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True)
             if not _is_tracking(k) and (k.lower(), v.lower()) not in AMP_QUERY_VALUES]
    return urlencode(sorted(pairs), doseq=True)


def canonical_url(url: str) -> str:
    """One spelling per article: https, no www/AMP/tracking/fragment/default port/trailing slash, sorted query.

    Anything that is not an absolute http(s) URL comes back stripped but otherwise unchanged.
    """
    raw = (url or "").strip()
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError:
        return raw
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return raw
    host = _clean_host(parts.hostname)
    if ":" in host:
        host = f"[{host}]"
    if port is not None and port not in DEFAULT_PORTS.values():
        host = f"{host}:{port}"
    return urlunsplit(("https", host, _clean_path(parts.path), _clean_query(parts.query), ""))


def host_of(url: str) -> str:
    """The lower-case host of ``url`` without www., or "" when there is none."""
    try:
        return _clean_host(urlsplit((url or "").strip()).hostname or "")
    except ValueError:
        return ""


def registrable_domain(host: str) -> str:
    """"news.bbc.co.uk" -> "bbc.co.uk" (public suffix list through ``tld`` when available)."""
    host = _clean_host(host)
    if not host or "." not in host or host.replace(".", "").isdigit() or ":" in host:
        return host
    try:
        from tld import get_fld
        found = get_fld(host, fix_protocol=True, fail_silently=True)
        if found:
            return found
    except ImportError:  # pragma: no cover - tld ships with trafilatura
        pass
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def known_outlet(url: str) -> str | None:
    """The table's name for the URL's host or (unless a hosting platform) its registrable domain."""
    host = host_of(url)
    if host in KNOWN_OUTLETS:
        return KNOWN_OUTLETS[host]
    domain = registrable_domain(host)
    return None if domain in PLATFORM_DOMAINS else KNOWN_OUTLETS.get(domain)


def outlet_from_url(url: str) -> str:
    """A readable outlet name: the known-domains table, else the title-cased second-level domain."""
    host = host_of(url)
    if not host:
        return ""
    known = known_outlet(url)
    if known:
        return known
    domain = registrable_domain(host)
    if domain in PLATFORM_DOMAINS and host != domain:
        domain = host[: -len(domain) - 1]          # "garymarcus.substack.com" -> "garymarcus"
    label = domain.split(".")[0] if "." in domain else domain
    words = re.split(r"[-_]+", label)
    return " ".join(w[:1].upper() + w[1:] for w in words if w) or host
