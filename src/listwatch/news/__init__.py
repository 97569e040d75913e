"""Read news articles: language, mentions of restricted parties, dated legal events."""

from __future__ import annotations

from .dates import PartialDate, find_dates
from .errors import BinaryInput, EmptyInput, NewsInputError, NoArticleText, UnsupportedLanguage
from .extract import extract_article
from .language import detect_language
from .load import Article, load
from .mentions import Gazetteer, find_mentions

__all__ = [
    "Article", "BinaryInput", "EmptyInput", "Gazetteer", "NewsInputError", "NoArticleText",
    "PartialDate", "UnsupportedLanguage", "detect_language", "extract_article",
    "find_dates", "find_mentions", "load",
]
