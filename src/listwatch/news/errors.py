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


class ArticleFetchError(FetchError):
    """An article URL could not be downloaded."""


__all__ = [
    "ArticleFetchError", "BinaryInput", "EmptyInput", "ListwatchError", "NewsInputError", "NewsModelError",
    "NoArticleText", "UnsupportedLanguage",
]
