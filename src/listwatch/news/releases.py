"""Official releases: an article whose publisher is the acting authority itself.

A Treasury, Defense, Commerce or State press release, a Council of the EU or UK
government announcement, a UN press release or a Federal Register notice is recognised by
its URL (or by the feed it came from, whose channel link is the authority's). Its events
are stored with origin ``release``: official, but not a list snapshot, so they stay
``reported`` until a snapshot or a person confirms them.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .lang.common import DOC, DOD, OFAC, STATE

EU_COUNCIL = "Council of the European Union"
UK_GOVERNMENT = "UK Government"
UN_SECURITY_COUNCIL = "UN Security Council"
FEDERAL_REGISTER = "Federal Register"

# (host suffix, path pattern or None for any path, authority)
_PUBLISHERS: tuple[tuple[str, str | None, str], ...] = (
    ("treasury.gov", r"^/(?:news/press-releases|press-center|news/|recent-actions|.*press)", OFAC),
    ("ofac.treasury.gov", None, OFAC),
    ("defense.gov", r"(?i)^/news/(?:releases|release|news-stories)|^/newsroom/releases", DOD),
    ("bis.doc.gov", r"(?i)press|news|/articles/", DOC),
    ("bis.gov", r"(?i)press|news", DOC),
    ("commerce.gov", r"(?i)^/news/", DOC),
    ("state.gov", None, STATE),
    ("consilium.europa.eu", r"(?i)/press/", EU_COUNCIL),
    ("gov.uk", r"^/government/(?:news|publications|speeches)/", UK_GOVERNMENT),
    ("press.un.org", None, UN_SECURITY_COUNCIL),
    ("un.org", r"(?i)^/(?:press|securitycouncil|sc/)", UN_SECURITY_COUNCIL),
    ("federalregister.gov", r"^/(?:documents|d)/", FEDERAL_REGISTER),
    ("govinfo.gov", r"(?i)/FR-|/fr/", FEDERAL_REGISTER),
)


def release_authority(*urls: str | None) -> str | None:
    """The authority that published a page, when one of ``urls`` (the article's, its
    feed's) is an official press release or notice; else None."""
    for url in urls:
        if not url or not re.match(r"(?i)^https?://", url):
            continue
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        for suffix, path, authority in _PUBLISHERS:
            if host != suffix and not host.endswith("." + suffix):
                continue
            if path is None or re.search(path, parts.path or "/"):
                return authority
    return None
