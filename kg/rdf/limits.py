"""Hard limits for RDF files from elsewhere, checked before (and while) Oxigraph parses them.

An RDF file is data, but some syntaxes can make a small file cost a lot:

* RDF/XML may declare DTD entities: ``&lol9;`` in a 1 KB file ("billion laughs") or one
  50 KB entity used 50,000 times (quadratic blow-up) expand to gigabytes. Here an entity
  may not refer to another one, nor be external or a parameter entity, nor be longer than
  :data:`MAX_ENTITY`; and all its uses in a file may add at most :data:`MAX_EXPANSION` bytes.
  Ordinary uses (``&owl;`` for a namespace, as Protégé writes) stay allowed.
* Deep nesting costs the parsers quadratic time (RDF/XML) or their stack (JSON-LD):
  elements and JSON objects/arrays may nest :data:`MAX_DEPTH` deep.
* A literal (an element's text, an attribute, a string) may hold :data:`MAX_LITERAL` characters.

The checks stream the file (``xml.parsers.expat`` with entity expansion turned off, a
bracket scanner for JSON); a breach is an :class:`~kg.errors.RDFSyntaxError` with line and
column where they are known.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from pathlib import Path

import pyoxigraph as ox

from ..errors import RDFSyntaxError

__all__ = ["MAX_DEPTH", "MAX_ENTITY", "MAX_EXPANSION", "MAX_LITERAL", "check_file", "check_literal"]

MAX_DEPTH = 256
MAX_ENTITY = 4096
MAX_EXPANSION = 4 * 2**20
MAX_LITERAL = 16 * 2**20
_CHUNK = 2**20


def check_file(path: str | Path, fmt: ox.RdfFormat) -> None:
    """Refuse *path* if reading it as *fmt* would cross a limit; formats without such risks pass."""
    if fmt == ox.RdfFormat.RDF_XML:
        _check_xml(Path(path))
    elif fmt == ox.RdfFormat.JSON_LD:
        _check_json(Path(path))


def check_literal(value: str, where: str) -> None:
    """Refuse a literal longer than :data:`MAX_LITERAL` characters."""
    if len(value) > MAX_LITERAL:
        raise RDFSyntaxError(where, f"a literal of {len(value):,} characters is over the limit of "
                                    f"{MAX_LITERAL:,}")


class _XmlCheck:
    """expat callbacks that keep the counts and refuse at the first breach."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.parser = xml.parsers.expat.ParserCreate()
        self.parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.entities: dict[str, int] = {}
        self.depth = self.text = self.expanded = self.attributes = 0
        p = self.parser
        p.EntityDeclHandler = self.entity
        p.DefaultHandler = self.default  # set, it keeps expat from expanding entities in text
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.characters

    def fail(self, reason: str) -> None:
        raise RDFSyntaxError(self.where, reason, self.parser.CurrentLineNumber,
                             self.parser.CurrentColumnNumber + 1)

    def entity(self, name: str, parameter: int, value: str | None, _base: object, system: str | None,
               public: str | None, _notation: object) -> None:
        if parameter:
            self.fail(f"DTD parameter entity %{name}; is refused")
        if value is None:
            self.fail(f"external entity &{name}; ({system or public}) is refused")
        if "&" in value or "<" in value or "%" in value:
            self.fail(f"entity &{name}; refers to other entities or markup; refused (no nested expansion)")
        if len(value) > MAX_ENTITY:
            self.fail(f"entity &{name}; is {len(value):,} characters long, over the limit of {MAX_ENTITY:,}")
        self.entities[name] = len(value)

    def default(self, data: str) -> None:
        if data.startswith("&") and data.endswith(";"):
            self.expanded += self.entities.get(data[1:-1], 0)
            if self.expanded > MAX_EXPANSION:
                self.fail(f"entities expand to more than {MAX_EXPANSION:,} bytes; refused")

    def start(self, _name: str, attributes: dict[str, str]) -> None:
        self.depth += 1
        self.text = 0
        if self.depth > MAX_DEPTH:
            self.fail(f"elements nested more than {MAX_DEPTH} deep; refused")
        for value in attributes.values():
            if len(value) > MAX_LITERAL:
                self.fail(f"an attribute of {len(value):,} characters is over the limit of {MAX_LITERAL:,}")
            self.attributes += len(value)
        if self.attributes > self.parser.CurrentByteIndex + MAX_EXPANSION:
            self.fail(f"entities expand to more than {MAX_EXPANSION:,} bytes; refused")

    def end(self, _name: str) -> None:
        self.depth -= 1
        self.text = 0

    def characters(self, data: str) -> None:
        self.text += len(data)
        if self.text > MAX_LITERAL:
            self.fail(f"a text of more than {MAX_LITERAL:,} characters is over the limit")


def _check_xml(path: Path) -> None:
    check = _XmlCheck(str(path))
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                check.parser.Parse(chunk, False)
            check.parser.Parse(b"", True)
    except xml.parsers.expat.ExpatError as err:
        raise RDFSyntaxError(str(path), xml.parsers.expat.ErrorString(err.code), err.lineno, err.offset + 1) from err
    except OSError as err:
        raise RDFSyntaxError(str(path), err.strerror or type(err).__name__) from err


_JSON_MARK = re.compile(rb'["\[\]{}]')
_JSON_STRING = re.compile(rb'[^"\\]*(?:\\.[^"\\]*)*', re.DOTALL)


def _check_json(path: Path) -> None:
    """Nesting depth and string length of a JSON file, streamed; strings are skipped by a regex."""
    depth, line, string, carry = 0, 1, -1, b""  # string: bytes of the open string so far, -1 outside
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                data, carry, pos = carry + chunk, b"", 0
                while pos < len(data):
                    if string >= 0:
                        end = _JSON_STRING.match(data, pos).end()  # type: ignore[union-attr]
                        string += end - pos
                        if string > 6 * MAX_LITERAL:  # an escaped character takes up to 6 bytes
                            raise RDFSyntaxError(str(path), f"a string over the limit of {MAX_LITERAL:,} "
                                                            "characters", line + data.count(b"\n", 0, pos))
                        if end == len(data) - 1 and data[end:] == b"\\":
                            carry = b"\\"  # an escape cut by the end of the chunk
                            break
                        if end < len(data):
                            string = -1
                        pos = end + 1
                        continue
                    found = _JSON_MARK.search(data, pos)
                    if found is None:
                        break
                    pos, mark = found.end(), found[0]
                    if mark == b'"':
                        string = 0
                    elif mark in b"[{":
                        depth += 1
                        if depth > MAX_DEPTH:
                            raise RDFSyntaxError(str(path), f"objects and arrays nested more than {MAX_DEPTH} "
                                                            "deep; refused", line + data.count(b"\n", 0, pos))
                    else:
                        depth -= 1
                line += chunk.count(b"\n")
    except OSError as err:
        raise RDFSyntaxError(str(path), err.strerror or type(err).__name__) from err
