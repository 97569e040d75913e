"""The interface every source adapter implements.

A source knows its official download URLs, which files make one snapshot, and how to
parse those files into records. Reading files from disk, ``.gz`` handling, size limits
and error-page detection are shared (see ``files.py``); a parser receives bytes.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

from listwatch.errors import ParseError
from listwatch.model import ParseResult

#: A snapshot's files: lower-case base file name (``.gz`` removed) -> decompressed bytes.
SnapshotFiles = dict[str, bytes]


class Source(ABC):
    #: Source id, e.g. ``us_ofac_sdn`` (see docs/contract.md).
    id: ClassVar[str]
    title: ClassVar[str]
    publisher: ClassVar[str]
    #: The publisher's page about the list.
    homepage: ClassVar[str] = ""
    #: What being listed means legally, shown with every result.
    legal_effect: ClassVar[str]
    #: Program code -> what listing under that program means, where it differs.
    program_effects: ClassVar[dict[str, str]] = {}
    #: File name -> official download URL. Empty for sources with no official download.
    downloads: ClassVar[dict[str, str]] = {}
    #: File names (lower case, no ``.gz``) this source reads. A snapshot needs ``required``.
    files: ClassVar[tuple[str, ...]] = ()
    required: ClassVar[tuple[str, ...]] = ()
    #: Folder names under which mirrors (and ../shared/data) keep this source's files.
    mirror_names: ClassVar[tuple[str, ...]] = ()
    #: The date the publisher retired the list (ISO), if it did: its last snapshot holds
    #: until then, and history says the list ended, not that each entry was removed.
    ended: ClassVar[str | None] = None
    #: The source that replaced a retired list, and the publisher's word on the retirement.
    successor: ClassVar[str | None] = None
    end_note: ClassVar[str] = ""

    @abstractmethod
    def parse(self, files: SnapshotFiles) -> ParseResult:
        """Parse one snapshot's files into records.

        Raises ``ParseError`` (with a message saying what is wrong) if the files are not
        this source's format or are damaged beyond what the format lets us repair.
        """

    def first_file(self, files: SnapshotFiles, hint: str) -> str:
        """The first of ``files`` (this source's names, in order) the snapshot holds."""
        name = next((n for n in self.files if n in files), None)
        if name is None:
            raise ParseError(f"{self.id}: none of {', '.join(self.files)} in this snapshot",
                             hint=hint)
        return name

    def accepts(self, name: str) -> bool:
        """Whether a file of this name belongs to this source's snapshots."""
        return name.lower() in self.files

    def effect_of(self, programs: list[str]) -> str:
        effects = [self.program_effects[p] for p in programs if p in self.program_effects]
        return "; ".join(dict.fromkeys(effects)) if effects else self.legal_effect

    def describe(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "publisher": self.publisher,
            "homepage": self.homepage,
            "legal_effect": self.legal_effect,
            "downloads": dict(self.downloads),
            "ended": self.ended,
            "successor": self.successor,
            "end_note": self.end_note or None,
        }
