"""Official publishers: an article whose publisher is the acting authority, or a document
of the legal record.

Recognised by the page's URL (or by the feed it came from, whose channel link is the
publisher's), two kinds, as docs/contract.md names the origins of an event:

- ``release``: an authority's own press release (Treasury, Defense, Commerce, State, the
  Council of the EU, the UK government, UN press releases). Official, but not a list
  snapshot.
- ``record``: a document of the legal record, "a court order, a Federal Register notice,
  an executive order, with its URL" (the contract): Federal Register documents (and
  their govinfo copies), presidential actions, the EU's Official Journal on EUR-Lex, the
  Canada Gazette, UK legislation, and court opinions and dockets.

Either way the events are machine-read, so they stay ``reported`` until a snapshot or a
person confirms them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .lang.common import DOC, DOD, OFAC, STATE

EU_COUNCIL = "Council of the European Union"
UK_GOVERNMENT = "UK Government"
UN_SECURITY_COUNCIL = "UN Security Council"
FEDERAL_REGISTER = "Federal Register"
US_PRESIDENT = "US President"
EU_OFFICIAL_JOURNAL = "Official Journal of the European Union"
CANADA_GAZETTE = "Canada Gazette"
UK_LEGISLATION = "legislation.gov.uk"
COURT = "court"

#: publishers of the record, not authorities: they never stand for the acting authority
REGISTRIES = frozenset({FEDERAL_REGISTER, EU_OFFICIAL_JOURNAL, CANADA_GAZETTE, UK_LEGISLATION, COURT})

# (host suffix, path pattern or None for any path, publisher, origin); the first that fits wins
_PUBLISHERS: tuple[tuple[str, str | None, str, str], ...] = (
    ("federalregister.gov", r"^/(?:documents|d|presidential-documents)/", FEDERAL_REGISTER, "record"),
    ("govinfo.gov", r"(?i)/FR-|/fr/|/content/pkg/FR|/DCPD-", FEDERAL_REGISTER, "record"),
    ("whitehouse.gov", r"(?i)^/(?:briefing-room/)?presidential-actions/", US_PRESIDENT, "record"),
    ("eur-lex.europa.eu", r"(?i)^/(?:legal-content|eli)/", EU_OFFICIAL_JOURNAL, "record"),
    ("gazette.gc.ca", None, CANADA_GAZETTE, "record"),
    ("legislation.gov.uk", r"^/(?:uksi|ukpga|ssi|nisr)/", UK_LEGISLATION, "record"),
    ("courtlistener.com", r"(?i)^/(?:opinion|docket|recap)/", COURT, "record"),
    ("uscourts.gov", r"(?i)opinion|order|docket|/cgi-bin/|/cases/|\.pdf$", COURT, "record"),
    ("supremecourt.gov", r"(?i)^/opinions/", COURT, "record"),
    ("curia.europa.eu", r"(?i)^/juris/(?:document|liste|showPdf)", COURT, "record"),
    ("treasury.gov", r"^/(?:news/press-releases|press-center|news/|recent-actions|.*press)", OFAC, "release"),
    ("ofac.treasury.gov", None, OFAC, "release"),
    ("defense.gov", r"(?i)^/news/(?:releases|release|news-stories)|^/newsroom/releases", DOD, "release"),
    ("bis.doc.gov", r"(?i)press|news|/articles/", DOC, "release"),
    ("bis.gov", r"(?i)press|news", DOC, "release"),
    ("commerce.gov", r"(?i)^/news/", DOC, "release"),
    ("state.gov", None, STATE, "release"),
    ("consilium.europa.eu", r"(?i)/press/", EU_COUNCIL, "release"),
    ("gov.uk", r"^/government/(?:news|publications|speeches)/", UK_GOVERNMENT, "release"),
    ("press.un.org", None, UN_SECURITY_COUNCIL, "release"),
    ("un.org", r"(?i)^/(?:press|securitycouncil|sc/)", UN_SECURITY_COUNCIL, "release"),
)


@dataclass(frozen=True)
class Publisher:
    """Who published a page: ``name`` (an authority, or a registry of the record such as
    the Federal Register) and the ``origin`` its events take (``release`` or ``record``)."""

    name: str
    origin: str

    @property
    def authority(self) -> str | None:
        """The publisher as the acting authority, when the text names none: an agency's
        release speaks for the agency; a registry (the Federal Register publishes for an
        agency) or a court site (which court is in the text) does not."""
        return None if self.name in REGISTRIES else self.name


def publisher_of(*urls: str | None) -> Publisher | None:
    """The official publisher of a page, when one of ``urls`` (the article's, its feed's)
    is an authority's release or a document of the legal record; else None."""
    for url in urls:
        if not url or not re.match(r"(?i)^https?://", url):
            continue
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        for suffix, path, name, origin in _PUBLISHERS:
            if host != suffix and not host.endswith("." + suffix):
                continue
            if path is None or re.search(path, parts.path or "/"):
                return Publisher(name, origin)
    return None


def release_authority(*urls: str | None) -> str | None:
    """The publisher's name (an authority or a registry of the record) of an official
    page, else None (see ``publisher_of``)."""
    pub = publisher_of(*urls)
    return pub.name if pub else None


# a release's own heading, as the page prints it at its top: "Press release", "PRESS RELEASE :
# ...", "Press Releases: ...", "Media Note", "Press Statement", "For Immediate Release",
# "Communiqué de presse - 3 novembre 2025": a line that opens with the label and then
# ends, or goes on after a colon, a bar, a dash or a date (not "Press releases from the
# ministry are archived here", not "made known in a press release the Council issued")
_HEADING = re.compile(
    r"(?im)^[^\S\n]*\W{0,3}(?:press[^\S\n]+releases?|press[^\S\n]+statement|media[^\S\n]+note|news[^\S\n]+release|"
    r"for[^\S\n]+immediate[^\S\n]+release|communiqué[^\S\n]+de[^\S\n]+presse)\b[^\S\n]*(?:[:|–—-]|\d|$)"
)
_HEADING_REACH = 400  # characters from the top of the page


def release_heading(text: str) -> bool:
    """The page prints a release's heading at its top ("Press release", "Media Note",
    "Communiqué de presse"): the text is an authority's release, wherever it is posted (an
    aggregator, a press-release archive, pasted with no URL). It tells its acts on its own
    day, as a release recognised by its URL does; the page's origin still comes from its
    URL only (``publisher_of``): a copy is no authority's own page."""
    return _HEADING.search(text[:_HEADING_REACH]) is not None
