"""The natokg error hierarchy.

Every error the library raises on purpose derives from :class:`KGError`; foreign
exceptions (decoding, rdflib, pyoxigraph, spaCy) are translated at the stage that
meets them. Messages read ``path[:line[:col]]: reason`` so that a CLI can print them
as one line.

    KGError
    ├── InputError        a source document cannot be used (empty, binary, undecodable, missing)
    ├── ConfigError       a setting, model name or data file is wrong
    ├── OutputError       an output file cannot be written (full disk, not a regular file)
    ├── RDFSyntaxError    an RDF file does not parse
    └── QueryError        a SPARQL query is malformed or not allowed
        ├── QueryRefused  it is well-formed but not allowed (SERVICE, FROM, LOAD)
        │   └── UpdateRefused   an update where only queries are run
        └── QueryTimeout  it ran past its time limit
"""

from __future__ import annotations

__all__ = ["ConfigError", "InputError", "KGError", "OutputError", "QueryError", "QueryRefused", "QueryTimeout",
           "RDFSyntaxError", "StoreInUse", "UpdateRefused"]


class KGError(Exception):
    """Root of every error natokg raises on purpose."""


class _FileError(KGError):
    """An error about one file: ``path: reason``, both kept."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class InputError(_FileError):
    """A source path cannot be read or used as a document."""


class ConfigError(KGError):
    """A setting, model name or bundled data file is wrong."""


class StoreInUse(ConfigError):
    """The on-disk store is held by another process (a build, or a running kg serve)."""


class OutputError(_FileError):
    """An output file cannot be written: a full disk, a target that is not a regular file..."""


class RDFSyntaxError(KGError):
    """An RDF document does not parse."""

    def __init__(self, path: str, reason: str, line: int | None = None, column: int | None = None) -> None:
        where = path + (f":{line}" if line is not None else "") + (f":{column}" if column is not None else "")
        super().__init__(f"{where}: {reason}")
        self.path, self.reason, self.line, self.column = path, reason, line, column


class QueryError(KGError):
    """A SPARQL query is malformed, refused (an update through a read-only call) or failed."""


class QueryRefused(QueryError):
    """A well-formed query that is not allowed here: it would reach the network."""


class UpdateRefused(QueryRefused):
    """An update sent where only read-only queries run."""


class QueryTimeout(QueryError):
    """A query still running when its time limit came."""
