"""Parse untrusted XML: no DTDs, no entity expansion, no network access."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError as _XmlParseError
from defusedxml.ElementTree import fromstring

from listwatch.errors import ParseError


def parse_xml(data: bytes, what: str) -> Element:
    """Parse ``data`` into an element tree, refusing DTDs and entities.

    ``what`` names the file in error messages.
    """
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ParseError(
            f"{what}: refused unsafe XML ({type(exc).__name__}): DTDs and entities are not "
            "allowed in list files",
            hint="check that the file comes from the publisher",
        ) from None
    except LookupError as exc:  # the XML declaration names an encoding Python does not know
        raise ParseError(
            f"{what}: the XML declaration names an unknown encoding ({exc}); the file is damaged",
            hint="download it again",
        ) from None
    except _XmlParseError as exc:
        raise ParseError(
            f"{what}: not well-formed XML ({exc}); the file is damaged or truncated",
            hint="download it again",
        ) from None


def local(tag: str) -> str:
    """The tag name without its ``{namespace}``."""
    return tag.rsplit("}", 1)[-1]
