"""``extract_article``: an article in, the docs/contract.md ``news extract`` JSON out."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .dates import PartialDate
from .dates_context import page_stamp
from .events import extract_events
from .lang import AGENCY_ACTS
from .language import check_language, detect_language
from .load import Article, from_text
from .mentions import Gazetteer, find_mentions
from .releases import publisher_of, release_heading
from .text_bounds import check_size, tidy

# what an agency does itself (a court's relief and a party's lawsuit are not the agency's)
_AGENCY_ACTS = AGENCY_ACTS | {"deadline"}


def extract_article(
    text_or_html: str | Article,
    *,
    published: str | None = None,
    gazetteer: Gazetteer | Iterable[tuple[str, str]] | None = None,
    url: str | None = None,
    language: str | None = None,
    feed: str | None = None,
) -> dict[str, Any]:
    """Mentions and legal events of one article.

    ``published`` (``2021``, ``2021-05`` or ``2021-05-25``) overrides the page's own
    date and keeps its precision; relative dates are resolved against it.
    ``gazetteer`` is a ``Gazetteer`` or ``(key, name)`` pairs of listed parties.
    ``url`` (the page's) and ``feed`` (the channel link of the feed it came from) tell an
    authority's own release (``origin``), which dates what it tells undated; so does a
    release's heading printed at the page's top (``releases.release_heading``), with no
    change of origin.
    """
    art = text_or_html if isinstance(text_or_html, Article) else from_text(text_or_html, url=url)
    pub_text = published or art.published
    pub = PartialDate.parse(pub_text) if pub_text else None
    check_size(art.text)
    title = tidy(art.title) if art.title else art.title
    text = tidy(art.text)
    body = text if not title or text.startswith(title) else f"{title}\n\n{text}"
    lang = check_language(language) if language else detect_language(body)
    if pub is None:
        pub = page_stamp(body, lang)  # pasted text: the page's own "Publié le ..." line
    gaz = gazetteer if isinstance(gazetteer, Gazetteer) or gazetteer is None else Gazetteer(gazetteer)
    mentions, entities = find_mentions(body, lang, gaz)
    publisher = publisher_of(art.url or url, feed)
    # (a release's text posted elsewhere, or pasted, dates its acts as the release does)
    events = extract_events(body, lang, pub, mentions, entities, title=title,
                            release=publisher is not None or release_heading(body))
    speaker = publisher.authority if publisher is not None else None
    if speaker is not None:
        # an authority's own release speaks for it where a sentence names no authority
        # ("The following entities were designated today:")
        for ev in events:
            if ev.authority is None and ev.type in _AGENCY_ACTS:
                ev.authority = speaker
    return {
        "language": lang,
        "published": pub.iso() if pub else None,
        "published_precision": pub.precision if pub else None,
        "title": art.title,
        "url": art.url or url,
        # "release" (an authority's own page), "record" (a document of the legal record,
        # such as a Federal Register notice) or "news" (releases.publisher_of)
        "origin": publisher.origin if publisher else "news",
        "publisher": publisher.name if publisher else None,
        "mentions": [e.as_dict() for e in sorted(entities, key=lambda e: e.spans[0][0])],
        "events": [e.as_dict() for e in events],
    }
