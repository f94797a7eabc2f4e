"""Stage 1: files → :class:`~kg.model.Document`.

Reads ``.txt``, ``.md`` and ``.html`` files from files or folders, decodes the bytes
(UTF-8 with or without BOM, UTF-16 with BOM, else a detected encoding with a note),
turns HTML into visible text, and marks site boilerplate: headers, footers and navigation
blocks of lines shared by several documents of the corpus, and runs of short navigation
lines. Near-duplicate documents (:mod:`kg.duplicates`) count as one in that comparison.
Offsets in later stages index :attr:`Document.text` exactly as decoded (no newline
translation).
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from functools import cache
from pathlib import Path

from .errors import InputError
from .lexicon import load_lexicon
from .model import Document, Skipped

__all__ = ["MAX_BYTES", "MAX_DEPTH", "STREAM_BYTES", "SUFFIXES", "Ingested", "decode", "document_from_text",
           "find_boilerplate", "legacy_encoding", "paragraphs", "read_documents"]

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
MAX_BYTES = 1_000_000_000
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: a navigation line: few words, no sentence-final punctuation
_SHORT_LINE_WORDS = 8
#: footer lines: copyright notices
_FOOTER = re.compile(r"©|\bcopyright\b|\(c\) ?\d{4}", re.IGNORECASE)
#: what separates the links of a menu or a footer ("Terms of use | Privacy · Contact")
_SEPARATORS = re.compile(r"[|·•]")
#: a chronology entry ("1 October 2024 - Mark Rutte succeeds …", "January 2017 – The Centre is …"): a
#: dated event that pages of one site repeat, not navigation, however short
_DATED_ENTRY = re.compile(r"^\W{0,2}(?:\d{1,2}(?:[-–]\d{1,2})?\s+)?(?:[A-Z][a-z]+\.?\s+)?\d{4}\s*[-–—:]\s+\w")
_SHARED_LINE_MAX_WORDS = 12
#: folders nested deeper than this under an input folder are not read
MAX_DEPTH = 256
#: text files larger than this are read in chunks: never held whole in memory
STREAM_BYTES = 8_000_000
#: size of the blocks a chunked file is read in
BLOCK_BYTES = 1 << 20
#: longest unit (paragraph or part of one) given to spaCy
MAX_UNIT_CHARS = 100_000
#: HTML is converted whole: larger pages are skipped
MAX_HTML_BYTES = 64_000_000
#: a blank line between a line that ends with a colon and the list it opens ("… signed by:", blank,
#: "• Canada"): one paragraph, so that the list is read with the words that say what it lists
_LIST_AFTER_COLON = r"(?<=:)[ \t]*\r?\n[ \t]*\r?\n(?=[ \t]*(?:[•·*\-–—]|\d{1,2}[.)])[ \t])"
_PARAGRAPH = re.compile(r"\S(?:" + _LIST_AFTER_COLON + r"|.|\n(?![ \t]*\r?\n))*")
_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")
_BRIDGED = re.compile(_LIST_AFTER_COLON)
#: the most characters a list item's mark takes with the blank after it ("12) ")
_LIST_MARK_CHARS = 4


@dataclass(slots=True)
class Ingested:
    """Documents read, inputs skipped (with reasons), notes such as encoding fallbacks, and the
    groups of near-duplicate documents (their paths)."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    near_duplicates: list[tuple[str, ...]] = field(default_factory=list)


def read_documents(paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES,
                   stream_bytes: int = STREAM_BYTES, follow_symlinks: bool = False) -> Ingested:
    """Read every supported file under *paths*; mark corpus-wide boilerplate.

    A missing path raises :class:`InputError` (the user named it); a bad file inside
    a folder is skipped with its reason and the rest is read. Files over *max_bytes* are
    skipped; text files over *stream_bytes* are only checked and hashed here (a block at
    a time) and become :attr:`~kg.model.Document.chunked` documents, read again in
    blocks by :func:`paragraphs`; they take no part in the boilerplate comparison.

    Only regular files are read, never more than their size: FIFOs, devices and sockets
    are skipped, and so are files whose name is not valid UTF-8. A symbolic link found in
    a folder is followed only when its target is inside that folder, unless
    *follow_symlinks*. Folders nested deeper than :data:`MAX_DEPTH` are not read.
    """
    result = Ingested()
    seen: dict[str, str] = {}
    for file, folder in _expand(paths, result):
        try:
            doc, note = _read_one(file, max_bytes=max_bytes, stream_bytes=stream_bytes,
                                  within=None if follow_symlinks else folder)
        except InputError as err:
            result.skipped.append(Skipped(err.path, err.reason))
            continue
        if doc.sha256 in seen:
            result.skipped.append(Skipped(str(file), f"duplicate of {seen[doc.sha256]}, skipped"))
            continue
        seen[doc.sha256] = str(file)
        if note:
            result.notes.append(note)
        result.documents.append(doc)
    texts = [d.text for d in result.documents]
    from .duplicates import near_duplicates  # numpy: loaded only when documents are compared

    similar = near_duplicates(texts)
    for group, similarity in zip(similar.groups, similar.similarity):
        paths = tuple(result.documents[i].path for i in group)
        result.near_duplicates.append(paths)
        result.notes.append(f"near-duplicate documents (similarity {similarity:.2f} or more), each read as a "
                            f"document and cited for the facts it states: {', '.join(paths)}")
    spans = find_boilerplate(texts, similar.group_of(len(texts)))
    result.documents = [
        doc if doc.chunked else replace(doc, boilerplate=tuple(found), title=_title(doc, found))
        for doc, found in zip(result.documents, spans)
    ]
    return result


def _shown(path: str | Path) -> str:
    """*path* as printable text: bytes of a name that is not UTF-8 appear as ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _expand(paths: Iterable[str | Path], result: Ingested) -> Iterator[tuple[Path, Path | None]]:
    """(file, the folder it was found in, or None when named itself) for every input file."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(_shown(path), "no such file or folder")
        if path.is_dir():
            for file in _walk(path, result):
                yield file, path
        else:
            yield path, None


def _walk(folder: Path, result: Ingested) -> list[Path]:
    """The files with a supported suffix under *folder*, sorted; symbolic links to folders are
    not entered; a folder that cannot be listed, or lies over :data:`MAX_DEPTH` levels down,
    is reported once and left out."""
    found: list[Path] = []
    todo = [(folder, 0)]
    while todo:
        current, depth = todo.pop()
        try:
            with os.scandir(current) as listing:
                entries = list(listing)
        except OSError as err:
            result.skipped.append(Skipped(_shown(current), f"cannot read the folder ({err.strerror or err}), skipped"))
            continue
        for entry in entries:
            path = Path(entry.path)
            if entry.is_dir(follow_symlinks=False):
                if depth + 1 > MAX_DEPTH:
                    result.skipped.append(Skipped(_shown(path), f"folders nested deeper than {MAX_DEPTH} levels, "
                                                                "not read"))
                else:
                    todo.append((path, depth + 1))
            elif path.suffix.lower() in SUFFIXES:
                found.append(path)
    return sorted(found)


_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _regular(path: Path, info: os.stat_result) -> None:
    if not stat.S_ISREG(info.st_mode):
        kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a file")
        raise InputError(str(path), f"not a regular file ({kind}), skipped")


def _check_link(path: Path, within: Path | None) -> None:
    """Refuse a broken or looping symbolic link, and one leading out of the folder *within*."""
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError as err:
        raise InputError(str(path), "broken symbolic link, skipped") from err
    except (OSError, RuntimeError) as err:
        if isinstance(err, RuntimeError) or err.errno == errno.ELOOP:
            raise InputError(str(path), "symbolic link loop, skipped") from err
        raise InputError(str(path), f"cannot follow the symbolic link ({err.strerror or err}), skipped") from err
    if within is not None and not target.is_relative_to(within.resolve()):
        raise InputError(str(path), f"symbolic link to {_shown(target)}, outside {_shown(within)}; not followed "
                                    "(--follow-symlinks follows it)")


def _read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of the regular file *path*, at most *limit* (more means it grew while read)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        _regular(path, os.fstat(fd))  # the same file as checked, not one swapped in since
        parts, size = [], 0
        while size <= limit:
            block = os.read(fd, min(BLOCK_BYTES, limit + 1 - size))
            if not block:
                break
            parts.append(block)
            size += len(block)
    finally:
        os.close(fd)
    if size > limit:
        raise InputError(str(path), f"file grew over {limit:,} bytes while it was read, skipped")
    return b"".join(parts)


def _read_one(path: Path, *, max_bytes: int, stream_bytes: int = STREAM_BYTES,
              within: Path | None = None) -> tuple[Document, str]:
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError as err:
        raise InputError(_shown(path), "file name is not valid UTF-8, skipped (rename the file)") from err
    if path.is_symlink():
        _check_link(path, within)
    html = path.suffix.lower() in {".html", ".htm"}
    try:
        info = path.stat()
        _regular(path, info)
        size = info.st_size
        if size > max_bytes:
            raise InputError(str(path), f"file too large ({size:,} bytes > {max_bytes:,}), skipped")
        if html and size > MAX_HTML_BYTES:
            raise InputError(str(path), f"HTML file too large to read whole ({size:,} bytes > {MAX_HTML_BYTES:,}); "
                                        "save it as text to have it read in chunks, skipped")
        if size > stream_bytes and not html:
            return _scan(path, max_bytes)
        data = _read_bounded(path, min(max_bytes, MAX_HTML_BYTES if html else max(stream_bytes, size)))
    except OSError as err:
        raise InputError(str(path), f"cannot read ({err.strerror or err}), skipped") from err
    text, encoding, note = decode(data, str(path))
    if html:
        text = html_to_text(text)
    if not text.strip():
        raise InputError(str(path), "empty document, skipped")
    sha = hashlib.sha256(data).hexdigest()
    doc = Document(id=sha[:16], name=path.name, path=path.as_posix(), text=text,
                   sha256=sha, byte_size=len(data), encoding=encoding)
    return doc, note


def _scan(path: Path, max_bytes: int = MAX_BYTES) -> tuple[Document, str]:
    """Check and hash a large text file a block at a time (at most *max_bytes*); the text is not kept."""
    with path.open("rb") as handle:
        head = handle.read(BLOCK_BYTES)
    if not head:
        raise InputError(str(path), "empty file, skipped")
    encoding = next((enc for bom, enc in _BOMS if head.startswith(bom)), "")
    if not encoding and (head.startswith(_BINARY_MAGIC) or b"\x00" in head[:8192]):
        raise InputError(str(path), "binary file, skipped")
    note = ""
    try:
        sha, size, title = _check_stream(path, encoding or "utf-8", max_bytes)
    except UnicodeDecodeError as err:
        at = f"byte 0x{err.object[err.start]:02X} at offset {err.end}"
        if encoding:
            raise InputError(str(path), f"not valid {encoding} despite its byte-order mark ({at})") from err
        found = legacy_encoding(head)
        if found is None or _control_ratio(head.decode(found, errors="replace")) > 0.05:
            raise InputError(str(path), f"not UTF-8 ({at}) and no encoding detected") from err
        encoding = found
        note = f"{path}: not UTF-8 ({at}); read as {encoding}"
        try:
            sha, size, title = _check_stream(path, encoding, max_bytes)
        except UnicodeDecodeError as again:
            raise InputError(str(path), f"not UTF-8 ({at}) nor {encoding} (offset {again.end})") from again
    if title is None:
        raise InputError(str(path), "empty document, skipped")
    doc = Document(id=sha[:16], name=path.name, path=path.as_posix(), text="", sha256=sha, byte_size=size,
                   encoding=encoding or "utf-8", title=title or path.stem, chunked=True)
    return doc, note


def _check_stream(path: Path, encoding: str, max_bytes: int = MAX_BYTES) -> tuple[str, int, str | None]:
    """(SHA-256, size, title) of a file decoded strictly in blocks; title None when all blank.

    A decoding error is raised with ``end`` set to its offset in the file.
    """
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    digest, size, title = hashlib.sha256(), 0, None
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(BLOCK_BYTES), b""):
            digest.update(block)
            pending = len(decoder.getstate()[0])
            try:
                text = decoder.decode(block)
            except UnicodeDecodeError as err:
                raise UnicodeDecodeError(err.encoding, err.object, err.start, size - pending + err.start,
                                         err.reason) from err
            size += len(block)
            if size > max_bytes:
                raise InputError(str(path), f"file grew over {max_bytes:,} bytes while it was read, skipped")
            if title is None and text.strip():
                first = text.strip().splitlines()[0].strip()
                title = first if len(first.split()) <= 20 else ""
        decoder.decode(b"", final=True)
    return digest.hexdigest(), size, title


def document_from_text(text: str, name: str = "inline.txt") -> Document:
    """A :class:`Document` from a string (notebooks, tests): UTF-8 bytes, no boilerplate."""
    data = text.encode("utf-8")
    sha = hashlib.sha256(data).hexdigest()
    return Document(id=sha[:16], name=name, path=name, text=text, sha256=sha, byte_size=len(data), title=name)


def decode(data: bytes, path: str = "<bytes>") -> tuple[str, str, str]:
    """Decode *data*: returns (text, encoding, note). Raises :class:`InputError` for binary input."""
    if not data:
        raise InputError(path, "empty file, skipped")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, ""
            except UnicodeDecodeError as err:
                raise InputError(path, f"not valid {encoding} despite its byte-order mark ({err.reason})") from err
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise InputError(path, "binary file, skipped")
    try:
        return data.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError as err:
        position = err.start
    encoding = legacy_encoding(data)
    if encoding is None:
        raise InputError(path, f"not UTF-8 (byte 0x{data[position]:02X} at offset {position}) and no encoding detected")
    text = data.decode(encoding)
    if _control_ratio(text) > 0.05:
        raise InputError(path, "binary file, skipped")
    note = f"{path}: not UTF-8 (byte 0x{data[position]:02X} at offset {position}); read as {encoding}"
    return text, encoding, note


def legacy_encoding(sample: bytes) -> str | None:
    """The 8-bit encoding of non-UTF-8 *sample*, as detected by charset-normalizer, except that
    Windows-1252 wins over other Latin-script code pages that read the bytes as well.

    A few accented letters do not tell cp1252 from cp775 or cp1250 apart, and detectors
    guess among them; for English sources cp1252 (with its superset Latin-1) is by far the
    likeliest, and it is what browsers assume for unlabelled Western text. Text that reads
    as another script (Cyrillic, Greek...) keeps the detected encoding.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is None or best.encoding is None:
        return None
    if best.encoding != "cp1252" and not _other_script(str(best)):
        try:
            sample.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    return best.encoding


def _other_script(text: str) -> bool:
    """True when *text* has letters of a script other than Latin."""
    return any(ch.isalpha() and not unicodedata.name(ch, "LATIN").startswith("LATIN")
               for ch in set(text) if ord(ch) > 127)


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return bad / max(len(sample), 1)


class _VisibleText(HTMLParser):
    _HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg"})
    _BLOCK = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                        "table", "section", "article", "header", "footer", "nav", "blockquote", "pre", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page: no scripts, styles or comments; blocks become paragraphs."""
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    text = re.sub(r"[ \t\r\f\v]+", " ", "".join(parser.parts))
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, stripped content) of each line; end excludes the line break."""
    for match in re.finditer(r"[^\r\n]*", text):
        if match.start() == match.end() and match.start() > 0 and text[match.start() - 1] not in "\r\n":
            continue
        yield match.start(), match.end(), " ".join(match.group().split())


def _is_short(line: str) -> bool:
    """A navigation-like line: few words, no final punctuation, and not an item naming a known
    entity ("• Belgium", "Estonia | 2004 | …") nor a record ("- Lord Ismay (United Kingdom):
    1952–1957"): lists of countries and of office holders are content, not menus."""
    return (bool(line) and len(line.split()) <= _SHORT_LINE_WORDS and line[-1] not in ".!?:;\"”"
            and not _RECORD.search(line) and not _names_known_entity(line))


#: what a menu item does not carry: a year, a parenthesis, a "key: value" pair
_RECORD = re.compile(r"\b(?:1[89]|20)\d\d\b|\(\w[^)]*\)|\w: \w")


_ITEM_MARKS = re.compile(r"^\W+|\(.*?\)|\b\d{4}\b|[.,;]+$")


@cache
def _known_names() -> frozenset[str]:
    lexicon = load_lexicon()
    names = {form for e in lexicon.curated.values() for form in (e.name, *e.aliases)}
    return frozenset(lexicon.fold(n.removeprefix("the ")) for n in names | set(lexicon.demonyms))


def _names_known_entity(line: str) -> bool:
    # a cell ends at a separator or a number ("Albania 13 Luxembourg 23": a row of a table of figures)
    first = re.split(r"\s*(?:\||—|–|:|\t|\s\d[\d,.]*(?:\s|$))\s*", _ITEM_MARKS.sub(" ", line).strip(), maxsplit=1)[0]
    words = first.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]  # "Albania Albania": an infobox's flag caption and the name
    lexicon = load_lexicon()
    if len(words) > 1 and words[0].istitle() and words[0].lower() in lexicon.relations["infobox_labels"]:
        return True  # "Headquarters Moscow, Soviet Union": an infobox row, not a menu item
    return bool(words) and (lexicon.fold(" ".join(words)) in _known_names() or _known_list(words))


#: what joins the names of a list on one line
_LIST_JOINS = frozenset({",", "and", "or", "&"})
_MAX_NAME_WORDS = 8


def _known_list(words: list[str]) -> bool:
    """Whether *words* are known names joined by commas and "and" ("Armenia, Azerbaijan and
    Georgia", "Bosnia and Herzegovina and Serbia"): a list of countries, not a menu item."""
    tokens = [part for word in words for part in re.split(r"(,)", word) if part]
    known, fold = _known_names(), load_lexicon().fold
    reached = {0}  # where a name may start
    for start in range(len(tokens)):
        if start not in reached:
            continue
        first = start + 1 if tokens[start].lower() == "the" else start
        for end in range(first + 1, min(len(tokens), first + _MAX_NAME_WORDS) + 1):
            if tokens[end - 1] in _LIST_JOINS or fold(" ".join(tokens[first:end])) not in known:
                continue
            if end == len(tokens):
                return start > 0  # two names at least
            after = end
            while after < len(tokens) and tokens[after].lower() in _LIST_JOINS:
                after += 1
            if after > end:
                reached.add(after)
    return False


def find_boilerplate(texts: list[str], groups: Sequence[int] | None = None) -> list[list[tuple[int, int]]]:
    """Boilerplate spans per text, found by comparing the texts with each other.

    *groups* gives each text the number of its group of near-duplicates (default: each
    text alone); text shared within a group is duplication, not boilerplate. A line is
    *shared* when it occurs in texts of two or more groups. A block is a run of lines
    (blank lines inside allowed) each shared or short; it is boilerplate when it holds at
    least three short navigation lines, or at least two shared lines and it is structural:
    a header (nothing kept above it), a footer (nothing below it), or shared lines all
    short enough not to be prose. Shared paragraphs in the middle of a text (a quoted
    passage) are kept. A lone shared line counts when it is short enough not to be
    quoted prose and is no chronology entry ("1 October 2024 - X becomes …") nor a heading that
    names a known entity ("Istanbul Cooperation Initiative"). A shared sentence
    (:func:`_shared_prose`) does not count towards a header or footer.
    """
    line_sets = [list(_lines(t)) for t in texts]
    labels = list(groups) if groups is not None else list(range(len(texts)))
    doc_freq = Counter(key for _, key in {(label, ln) for label, lines in zip(labels, line_sets)
                                          for _, _, ln in lines if ln})
    result: list[list[tuple[int, int]]] = []
    for lines in line_sets:
        spans: list[tuple[int, int]] = []
        run: list[tuple[int, int, str]] = []
        kept_above = False
        for line in [*lines, (-1, -1, "\0end")]:
            content = line[2]
            if line[0] >= 0 and (not content or doc_freq[content] > 1 or _is_short(content)):
                run.append(line)
                continue
            if _FOOTER.search(content):
                # a footer takes the navigation lines right above it ("Previous | Next | Index")
                short = [ln for ln in run if ln[2]]
                spans.append((short[0][0] if short else line[0], line[1]))
            else:
                last = max((n for n, ln in enumerate(run) if ln[2]), default=None)
                if last is not None and line[0] >= 0 and _heads_list(run[last][2], content):
                    run = run[:last]  # "Membership" over "Albania": a list's heading, not a menu item
                found = _judge_run(run, doc_freq, structural=not kept_above or line[0] < 0)
                kept_above = kept_above or line[0] >= 0 or _covered(run, found) < sum(1 for ln in run if ln[2])
                spans.extend(found)
            run = []
        result.append(_merge(spans))
    return result


def _shared_prose(line: str) -> bool:
    """A sentence that pages share ("Issued by the Heads of State and Government participating in
    …", the opening of a series of declarations): longer than a navigation line, with no separators
    of a menu or footer and no copyright mark. It does not make a header or footer of the lines
    around it; among three or more navigation lines it goes with them."""
    return len(line.split()) > _SHARED_LINE_MAX_WORDS and not _FOOTER.search(line) and not _SEPARATORS.search(line)


def _heads_list(line: str, following: str) -> bool:
    """Whether *line* is a list heading ("Membership", "Partner countries:") right above a line
    that names a known entity."""
    heading = " ".join(re.sub(r"[^\w\s-]", " ", line).lower().split())
    return bool(load_lexicon().relations["list_headings"].get(heading)) and _names_known_entity(following)


def _covered(run: list[tuple[int, int, str]], spans: list[tuple[int, int]]) -> int:
    """How many content lines of *run* lie in *spans*."""
    return sum(1 for s, e, text in run if text and any(bs <= s and e <= be for bs, be in spans))


def _judge_run(run: list[tuple[int, int, str]], doc_freq: Counter[str], *, structural: bool) -> list[tuple[int, int]]:
    content = [ln for ln in run if ln[2]]
    shared = [ln for ln in content if doc_freq[ln[2]] > 1]
    short = [ln for ln in content if _is_short(ln[2])]
    navigation = all(len(ln[2].split()) <= _SHARED_LINE_MAX_WORDS for ln in shared)
    framing = [ln for ln in shared if not _shared_prose(ln[2])]  # a shared sentence frames nothing
    if len(short) >= 3 or (len(framing) >= 2 and (structural or navigation)):
        return [(content[0][0], content[-1][1])] if content else []
    if len(shared) != 1:  # shared prose: a passage quoted in several documents
        return []
    # a chronology entry ("1 October 2024 - X becomes …") and a section's heading that names a known
    # entity ("Istanbul Cooperation Initiative" over its facts) are content however many pages share them
    return [(s, e) for s, e, text in shared if len(text.split()) <= _SHARED_LINE_MAX_WORDS
            and not _DATED_ENTRY.match(text) and not _names_known_entity(text)]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + 2:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def paragraphs(doc: Document, max_chars: int = MAX_UNIT_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, text) of each paragraph outside the boilerplate: the units given to spaCy.

    A paragraph longer than *max_chars* is cut at sentence ends (or, failing that, at
    whitespace) so that no unit exceeds it; offsets stay exact. A document read in
    chunks (:attr:`Document.chunked`) is read again from its file, a block at a time,
    and gives the same units as it would read whole.
    """
    if doc.chunked:
        yield from _streamed_units(doc, max_chars)
        return
    yield from _units(doc.text, doc.boilerplate, max_chars)


def _units(text: str, spans: tuple[tuple[int, int], ...], max_chars: int, base: int = 0,
           resume: str | None = None) -> Iterator[tuple[int, str]]:
    """Units of *text*; with *resume* (the text right before it), *text* goes on with a paragraph already
    being cut into chunks, whose next chunk starts at 0, leading white space included (as it is cut in
    the whole text)."""
    for number, match in enumerate(_PARAGRAPH.finditer(text)):
        start, end = match.span()
        if resume is not None and number == 0 and all(
                bridged for at, bridged in _marks(text, resume, final=True) if at <= start):
            start = 0
        if any(bs <= start and end <= be for bs, be in spans):
            continue
        # a paragraph overlapping a boilerplate span keeps only its lines outside it
        pieces = [(start, end)]
        for bs, be in spans:
            pieces = [p for s, e in pieces for p in ((s, min(e, bs)), (max(s, be), e)) if p[1] > p[0]]
        for s, e in pieces:
            yield from _stripped(text, _chunks(text, s, e, max_chars), base)


def _stripped(text: str, chunks: Iterable[tuple[int, int]], base: int) -> Iterator[tuple[int, str]]:
    """(offset, text) of each chunk of *text* with its white space stripped; blank chunks left out."""
    for cs, ce in chunks:
        chunk = text[cs:ce]
        lead = len(chunk) - len(chunk.lstrip())
        if chunk.strip():
            yield base + cs + lead, chunk.strip()


def _streamed_units(doc: Document, max_chars: int) -> Iterator[tuple[int, str]]:
    """Units of a chunked document, decoded a block at a time; memory stays within a few blocks.

    The buffer is cut after its last blank line that ends a paragraph (not one a paragraph goes
    on across after a colon, nor one whose next line is still to come: paragraphs never span a
    cut); a buffer with no such line gives the chunks of its paragraph but the last, which may go on.
    """
    decoder = codecs.getincrementaldecoder(doc.encoding)(errors="strict")
    digest = hashlib.sha256()
    buffer, base = "", 0
    # the buffer goes on with a paragraph cut into chunks: the text before the cut (its white space counts)
    resume: str | None = None
    try:
        with open(doc.path, "rb") as handle:
            for block in iter(lambda: handle.read(BLOCK_BYTES), b""):
                digest.update(block)
                buffer += decoder.decode(block)
                if resume is None:
                    lead = len(buffer) - len(buffer.lstrip())
                    buffer, base = buffer[lead:], base + lead
                # (not at a blank line a paragraph goes on across, nor at one whose next line is still to come)
                marks = _marks(buffer, resume or "")
                breaks = [at for at, bridged in marks if bridged is False]
                if breaks:
                    yield from _units(buffer[:breaks[-1]], (), max_chars, base, resume)
                    buffer, base, resume = buffer[breaks[-1]:], base + breaks[-1], None
                elif len(buffer) > 2 * max_chars and all(bridged is not None for _, bridged in marks):
                    # one paragraph goes on: its chunks but the last, cut as in the whole text (the
                    # paragraph ends at its last non-space or later)
                    *done, (cut, _) = _chunks(buffer, 0, len(buffer.rstrip()), max_chars)
                    yield from _stripped(buffer, done, base)
                    # (the text before the cut is kept from its last word on: a colon there may bridge a blank line)
                    word = max(0, len(buffer[:cut].rstrip()) - 1)
                    buffer, base, resume = buffer[cut:], base + cut, buffer[word:cut]
            buffer += decoder.decode(b"", final=True)
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(doc.path, f"cannot read again ({err}); the build stops") from err
    if digest.hexdigest() != doc.sha256:
        raise InputError(doc.path, "file changed while it was being read; the build stops, run it again")
    lead = 0 if resume is not None else len(buffer) - len(buffer.lstrip())
    yield from _units(buffer[lead:], (), max_chars, base + lead, resume)


def _marks(text: str, before: str, final: bool = False) -> list[tuple[int, bool | None]]:
    """(end, bridged) of each blank line that ends in *text*, *before* being the text right before it
    (see :func:`_bridges`)."""
    joined = before + text
    return [(m.end() - len(before), _bridges(joined, m.start(), m.end(), final))
            for m in _BLANK_LINE.finditer(joined) if m.end() > len(before)]


def _bridges(text: str, start: int, end: int, final: bool = False) -> bool | None:
    """Whether the blank line at [start, end) of *text* lies inside a paragraph (after a colon, before
    a list item: see ``_LIST_AFTER_COLON``); None while too little of the next line is read to tell
    (unless the text is *final*)."""
    before = start  # (scanned, not sliced: a buffer holds many blank lines)
    while before > 0 and text[before - 1] in " \t\r":
        before -= 1
    if before == 0 or text[before - 1] != ":":
        return False
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    head = text[after:after + _LIST_MARK_CHARS]
    if len(head) < _LIST_MARK_CHARS and "\n" not in head and not final:
        return None
    return bool(_BRIDGED.match(text, before))


_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+")


def _chunks(text: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, int]]:
    while end - start > max_chars:
        window = text[start:start + max_chars]
        cuts = [m.end() for m in _SENTENCE_END.finditer(window)]
        cut = cuts[-1] if cuts else (window.rfind(" ") + 1 or max_chars)
        yield start, start + cut
        start += cut
    yield start, end


def _title(doc: Document, boilerplate: list[tuple[int, int]]) -> str:
    stub = replace(doc, boilerplate=tuple(boilerplate))
    for _, text in paragraphs(stub):
        first = text.splitlines()[0].strip()
        if first and len(first.split()) <= 20:
            return first
        break
    return Path(doc.name).stem
