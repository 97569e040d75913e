"""Errors of the news reader, all under ``listwatch.errors.ListwatchError``."""

from __future__ import annotations

from ..errors import FetchError, ListwatchError, ParseError


class NewsInputError(ParseError):
    """An article cannot be read."""


class EmptyInput(NewsInputError):
    """The file or page is empty."""


class BinaryInput(NewsInputError):
    """The input is not text (NUL bytes or undecodable)."""


class NoArticleText(NewsInputError):
    """An HTML page with no article text in it."""


class UnsupportedLanguage(NewsInputError):
    """The article is in a language with no rule pack."""


class NewsModelError(ListwatchError):
    """The news sentence model file is missing or unreadable."""


class ReaderFailed(ListwatchError):
    """The news reader itself failed on an article (a defect of listwatch, not of the
    input): nothing was stored for that article."""

    exit_code = 3
    http_status = 500


class ArticleFetchError(FetchError):
    """An article URL could not be downloaded."""


__all__ = [
    "ArticleFetchError", "BinaryInput", "EmptyInput", "ListwatchError", "NewsInputError", "NewsModelError",
    "NoArticleText", "ReaderFailed", "UnsupportedLanguage",
]
