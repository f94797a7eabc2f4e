"""``list-heading`` / ``list-colon``: enumerations that state one relation for every item.

* a heading over items: "Partner countries:" or "Members" on its own line, or a table
  header ("Country | Joined | Notes"), followed by bullet lines, short lines or table rows;
* a colon list inside a sentence: "The partner countries are: Armenia, Azerbaijan and Georgia",
  "Member states: Albania, Belgium, …", or after a short heading and a dash ("49 States — …");
* ``dated-entry``: a chronology line of items before a verb the parser took for a noun
  ("29 March 2004 - Bulgaria, Estonia … join.").

The heading's words give the predicate (``list_headings`` in the lexicon); the organisation
named in the heading is the other end, or else the document's salient organisation (the
resolver picks it, see :data:`~kg.extract.context.TOPIC`). A date on an item's line dates it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..context import MEMBER_HINT, POSITIVE, TOPIC, Context, RelationCandidate
from ..dates import normalize_date
from ..mentions import BULLET_MARK, at_line_start

__all__ = ["bracketed_members", "dated_entry", "enumeration", "heading_of"]

_ITEM_KINDS = frozenset({"Country", "InternationalOrganization", "Organization", "PartnershipFramework"})
_WHOLE_KINDS = frozenset({"InternationalOrganization", "PartnershipFramework", "Organization", "Agreement", "Event"})
_BULLET = re.compile(rf"^\s*(?:{BULLET_MARK.pattern})\s+")
_MAX_ITEM_TOKENS = 16
#: a dash-separated record line has short cells
_MAX_CELL_TOKENS = 16
_CELL_MARKS = frozenset({"|", "—"})
#: a dash that ends a short heading before its items, as a colon would ("49 States — Albania, …")
_HEADING_DASHES = frozenset({"—", "–"})
#: the dash that ends a news dateline ("INDEPENDENCE, Mo. (AP) -")
_DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
_MAX_DASH_HEADING = 4
#: how a heading's count reads in the lexicon's phrases ("# states")
_COUNT = "#"
_PLACE_KINDS = frozenset({"Place", "Country"})
#: a longer cell is a row's text, not a column's name
_MAX_HEADER_WORDS = 6
_PARTY_KINDS = frozenset({"Country", "InternationalOrganization", "Organization"})


_ORDERED: dict[int, tuple[dict[str, str], list[str]]] = {}


def _longest_first(headings: dict[str, str]) -> list[str]:
    """The heading phrases, longest first (sorted once per lexicon map, not per line)."""
    held = _ORDERED.get(id(headings))
    if held is None or held[0] is not headings:
        held = _ORDERED[id(headings)] = (headings, sorted(headings, key=len, reverse=True))
    return held[1]


#: a bracketed part of a heading, which dates or glosses what it names: no words of the heading's own
_BRACKETED = re.compile(r"\([^()]*\)")


def heading_date(text: str) -> str:
    """The date a list heading gives its items in brackets ("Participants (1994):"), or ""."""
    return next((found for part in _BRACKETED.findall(text) if (found := normalize_date(part.strip("()")))), "")


def heading_of(text: str, headings: dict[str, str]) -> tuple[str, str] | None:
    """(predicate, phrase) when *text* reads as a list heading ("Partner countries:",
    "NATO members", a table header with a "Joined" column)."""
    cells = [c for c in re.split(r"\s*\|\s*", text) if c.strip()] if "|" in text else [text]
    for cell in cells:
        cell = _BRACKETED.sub(" ", cell)  # "Signatories of the North Atlantic Treaty (4 April 1949):"
        words = re.sub(r"[^\w\s-]", " ", _BULLET.sub("", cell)).lower().split()
        words = [_COUNT if word.isdigit() else word for word in words]  # "49 States —": "# states"
        if not words or len(words) > 8:
            continue
        joined = f" {' '.join(words)} "
        for phrase in _longest_first(headings):
            if f" {phrase} " in joined:
                # an empty predicate blocks the shorter phrases inside it ("deputy secretaries general")
                return (headings[phrase], phrase) if headings[phrase] else None
    return None


def _heading_dash(ctx: Context, sent: Span) -> Token | None:
    """The dash after a short opening heading ("49 States — Albania, …"), which introduces its
    items as a colon would; not a dateline's ("BRUSSELS — …")."""
    dash = next((t for t in sent[1:_MAX_DASH_HEADING + 1] if t.text in _HEADING_DASHES), None)
    if dash is None or heading_of(ctx.doc[sent.start:dash.i].text, ctx.lex["list_headings"]) is None:
        return None
    return dash


def _item_end(ctx: Context, sent: Span, colon: bool = True) -> int:
    """Where a list line's items end: at a dash or (*colon*) a colon after names ("- Finland – President
    Tarja Halonen", "- Jordan: ISAF in Afghanistan and KFOR in Kosovo": the country is the item, the rest
    says what of it), else at the line's end."""
    for i in range(sent.start + 1, sent.end):
        if (ctx.texts[i] in _HEADING_DASHES or colon and ctx.texts[i] == ":" and _described(ctx, i + 1, sent.end)
                and _members(ctx, sent.start, i)) and ctx.within(sent, sent.start, i):
            # (not after a group's label: "- North Africa: Algeria, Morocco and, since 2000, Mauritania")
            return i
    return sent.end


def _described(ctx: Context, start: int, end: int) -> bool:
    """Words after a line's colon that say something of the names before it ("contributed to …",
    "ISAF in Afghanistan"), not more names of the list ("Latvia: Canada" under "Framework nations:")."""
    return any(ctx.doc[i].is_alpha and ctx.doc[i].is_lower and ctx.lowers[i] not in ctx.words["list_links"]
               for i in range(start, end))


def _takes_one(ctx: Context, predicate: str) -> bool:
    """A line under "Secretaries General:" names one holder; others on it are context ("(Italy)")."""
    signature = ctx.lex["signatures"].get(predicate)
    return bool(signature) and signature["subject"] == ["Person"]


def _is_item(ctx: Context, sent: Span) -> bool:
    text = ctx.sentence_text(sent)
    if len(sent) > 2 and ctx.texts[sent.end - 1] in _DATELINE_DASHES and ctx.doc[sent.start].is_upper:
        return False  # a news dateline cut off its story ("INDEPENDENCE, Mo. (AP) -"): no list's item
    return bool(_BULLET.match(text)) or "|" in text or (
        len(sent) <= _MAX_ITEM_TOKENS and not any(t.pos_ in {"VERB", "AUX"} and t.dep_ == "ROOT" for t in sent))


def _inside(ctx: Context, start: int, end: int) -> list[int]:
    """Candidates within tokens [start, end) of one sentence, in text order."""
    if start >= end or start >= len(ctx.doc):
        return []
    return ctx.within(ctx.doc[start].sent, start, end)


def _members(ctx: Context, start: int, end: int, predicate: str = "") -> list[int]:
    """Candidates that can be list items: the usual item classes, or, under a heading whose
    predicate needs another subject ("Secretaries General:" takes people), that class."""
    signature = ctx.lex["signatures"].get(predicate)
    kinds = frozenset(signature["subject"]) if signature and "Person" in signature["subject"] else _ITEM_KINDS
    return [i for i in _inside(ctx, start, end) if ctx.candidates[i].kind in kinds and not ctx.negated(i)]


def _whole(ctx: Context, start: int, end: int, phrase: str = "", fallback: int = TOPIC) -> int:
    """The entity a heading names as the whole of its list, or *fallback* (TOPIC); never a word of
    the heading phrase itself ("Troop" that a model took for a name in "Troop contributions")."""
    words = set(phrase.split())
    inside = [i for i in _inside(ctx, start, end) if ctx.candidates[i].kind in _WHOLE_KINDS
              and not ctx.negated(i) and not set(ctx.spans[i].text.lower().split()) <= words]
    return inside[0] if inside else fallback


def _caption_framework(ctx: Context, header: Span) -> int:
    """The one framework a caption right above a table's header names ("NATO partners in the
    Mediterranean Dialogue" over "Country | Joined"), else TOPIC. A caption is a line with no verb
    and no closing full stop; a sentence above the table is no caption."""
    end = header.start
    while end > 0 and ctx.doc[end - 1].is_space:  # (the line break that closes the line above)
        end -= 1
    start = end
    while start > 0 and not at_line_start(ctx.doc, start):
        start -= 1
    if end == 0 or ctx.texts[end - 1] == "." or any(ctx.pos[i] in {"VERB", "AUX"} for i in range(start, end)):
        return TOPIC
    named = [i for i in _inside(ctx, start, end) if ctx.candidates[i].kind == "PartnershipFramework"]
    return named[0] if len({ctx.entity_of(i) for i in named}) == 1 else TOPIC


def _cells(sent: Span, marks: frozenset[str]) -> list[Span]:
    """The cells of a table row or a record line, split at "|" or a spaced dash."""
    cells, start = [], sent.start
    for token in sent:
        if token.text in marks:
            cells.append(sent.doc[start:token.i])
            start = token.i + 1
    cells.append(sent.doc[start:sent.end])
    return [c for c in cells if c.text.strip()]


def _blank(ctx: Context, cell: Span) -> bool:
    """A cell that says its row has no value in the column ("-", "none", "No contribution")."""
    words = re.sub(r"[^\w\s/-]", " ", cell.text).lower().split()
    blanks = ctx.lex["blank_cells"]
    return not words or " ".join(words) in blanks or words[0] in blanks and words[0] != "-"


def _cell_facts(ctx: Context, sent: Span, item: int, cell: Span, column: tuple[str, int] | None,
                rule: str) -> Iterator[RelationCandidate]:
    """What one cell of a row says about the row's item: its column's relation (dated by the
    cell), the relation its own words state ("NATO member since 2004", "Partner"), or, in a
    "Key: value" cell whose key names an entity ("PfP: 1994"), taking part in that entity."""
    headings: dict[str, str] = ctx.lex["list_headings"]
    date = normalize_date(cell.text)
    if column is not None and column[0] in _ROLE_PREDICATES and ctx.candidates[item].kind not in ctx.lex["member_kinds"]:
        column = None  # "Institution | … | Partner access": a centre's partners' access, no partnership of its own
        # (nor a cell's "Courses open to partners")
    if column is not None and not _blank(ctx, cell):
        yield _candidate(ctx, sent, item, column[0], column[1], rule, cell.text, date)
    colon = next((t for t in cell if t.text == ":"), None)
    if colon is not None:
        key = ctx.doc[cell.start:colon.i]
        named = [i for i in _inside(ctx, key.start, key.end) if i != item]
        found = heading_of(key.text, headings)
        if named:
            yield _candidate(ctx, sent, item, ctx.states["record-key"], named[0], rule, cell.text, date)
        elif found is not None:
            yield _candidate(ctx, sent, item, found[0], _whole(ctx, key.start, key.end), rule, cell.text, date)
        return
    member = ctx.candidates[item].kind in ctx.lex["member_kinds"]
    for part in _cells(cell, frozenset({";"})):
        found = heading_of(part.text, headings)
        if found is not None and found[0] in _ROLE_PREDICATES and not member:
            continue
        if found is not None and column is None or found is not None and found[0] != column[0]:  # type: ignore[index]
            yield _candidate(ctx, sent, item, found[0], _whole(ctx, part.start, part.end), rule, part.text,
                             normalize_date(part.text))


def _candidate(ctx: Context, sent: Span, subject: int, predicate: str, obj: int, rule: str, hint: str,
               date: str) -> RelationCandidate:
    return RelationCandidate(subject, predicate, obj, rule, predicate, ctx.offset + sent.start_char,
                             ctx.offset + sent.end_char, date=date, hint=hint)


def table_rows(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """Rows of a table ("Estonia | 29 March 2004 | …" under "Country | Joined | Notes") and record
    lines ("Country: Bulgaria — PfP: 1994 — Accession: 29 March 2004")."""
    cells = _cells(sent, _CELL_MARKS)
    piped = "|" in ctx.sentence_text(sent)
    if len(cells) < 2 or not piped and any(len(c) > _MAX_CELL_TOKENS for c in cells):
        return  # "WASHINGTON (AP) — Four countries attending …": a dateline before prose, not a record
    first = _members(ctx, cells[0].start, cells[0].end)
    header = ctx.table_cells[cells[0].start] is None if piped else False  # (a table's first line)
    linking = [_cell_column(c.text, ctx.lex["table_columns"]) or (_decision_column(ctx, c) if header else None)
               for c in cells]
    # (not a document's name or kind: "Signed PfP Framework Document", "Framework document signed")
    documents = set(ctx.lex["plan_columns"]) | set(ctx.lex["instrument_documents"])
    linking = [None if link and link[2] in ctx.lex["framework_columns"] and (any(
        ctx.candidates[i].kind in _PLAN_KINDS | _FRAMEWORK_KINDS for i in _inside(ctx, c.start, c.end))
        or {t.lemma_.lower() for t in c} & documents) else link for link, c in zip(linking, cells)]
    if piped and not first and ctx.table and ctx.table_dated and not _inside(ctx, cells[0].start, cells[0].end) \
            and (stamp := normalize_date(cells[0].text)):
        # "18 February 1952 | Greece, Turkey | …" under "Date | New members | …": a row dated by its
        # first cell, whose items are the names of the columns the header names
        for n, cell in enumerate(cells[1:len(ctx.table)], 1):
            column = ctx.table[n]
            for item in _members(ctx, cell.start, cell.end, column[0]) if column is not None else ():
                if item != column[1]:
                    yield _candidate(ctx, sent, item, column[0], column[1], "list-table", cell.text, stamp)
        if ctx.table_links:
            yield from _linked_cells(ctx, sent, cells)
        yield from _office_cells(ctx, sent, cells)
        return
    if piped and not header and (ctx.table is not None or ctx.table_links is not None) and not first:
        # a row under a header whose first cell is no item ("Wales Summit | … | Ukraine; ISAF partner nations"),
        # not a header again, whatever words of a column's key its cells hold
        if ctx.table_links:
            yield from _linked_cells(ctx, sent, cells)
        yield from _office_cells(ctx, sent, cells)
        return
    if not first or piped and any(linking[1:]):
        # a header, also one whose first cell names a kind of thing ("Centre of Excellence | Location")
        # (a column named by an operation only under a first cell that names nothing: "Country | KFOR (Kosovo)")
        labelled = not _inside(ctx, cells[0].start, cells[0].end)
        columns = [heading_of(c.text, ctx.lex["list_headings"]) or (_taking_part(ctx, c) if labelled else None)
                   for c in cells]
        role = columns[0][0] if columns[0] is not None else None
        if role is not None and role != ctx.lex["nouns"]["member"]:
            # "Partner | Framework | Joined": a partners' table's bare joining column dates the
            # partnership, not a membership (lexicon ``joining_columns``)
            columns = [(role, c[1]) if c is not None and c[1] in ctx.lex["joining_columns"] else c for c in columns]
        if any(link and link[2] in ctx.lex["framework_columns"] for link in linking):
            # "Country | Framework with NATO | Joined framework": the joining is the framework's, which the
            # rows name (lexicon ``framework_columns``), not the organisation's
            # (a partners' table's still dates the partnership, and "Joined NATO" names its own whole)
            member = ctx.lex["nouns"]["member"]
            columns = [None if c is not None and c[1] in ctx.lex["joining_columns"] and c[0] == member
                       and not _inside(ctx, cell.start, cell.end) else c for c, cell in zip(columns, cells)]
        offices = [_office_column(ctx, cell) for cell in cells] if piped else []
        if piped and (any(columns) or any(offices) or _header_links(linking, ctx.table_links is not None)):
            # (a column's whole: the one its cell names, else the framework the table's caption names)
            caption = _caption_framework(ctx, sent)
            # (never the heading's own word that a model took for a name: "Participant in")
            ctx.table = [(c[0], _whole(ctx, cell.start, cell.end, c[1] if c[1] in ctx.lex["list_headings"] else "",
                                       fallback=caption)) if c else None for c, cell in zip(columns, cells)]
            ctx.table_links = linking
            ctx.table_offices = offices
            ctx.table_dated = cells[0].text.strip().lower() in ctx.words["date_columns"]
        else:
            if piped and ctx.table_links:
                yield from _linked_cells(ctx, sent, cells)
            yield from _office_cells(ctx, sent, cells)
        return
    columns = ctx.table if piped and ctx.table else []
    if columns and columns[0] is not None and columns[0] not in columns[1:]:
        # "Japan | …" under "Partner | Region | …": a partner (dated by a joining column when there is one)
        yield _candidate(ctx, sent, first[0], columns[0][0], columns[0][1], "list-table", cells[0].text, "")
    for n, cell in enumerate(cells[1:], 1):
        column = columns[n] if n < len(columns) else None
        yield from _cell_facts(ctx, sent, first[0], cell, column, "list-table")
    if piped and ctx.table_links:
        yield from _linked_cells(ctx, sent, cells)
    if piped:
        yield from _office_cells(ctx, sent, cells)


def _taking_part(ctx: Context, cell: Span) -> tuple[str, str] | None:
    """A header cell naming an operation, alone ("KFOR (Kosovo)") or with the taking part in it ("KFOR
    contribution"), or a plan and what was done with it ("First IPAP agreed", "Individual Partnership
    Action Plan"): (predicate, phrase). Not a meeting's ("Madrid Summit"), which one attends."""
    inside = _inside(ctx, cell.start, cell.end)
    named = [i for i in inside if ctx.candidates[i].kind not in _PLACE_KINDS]
    covered = {t.i for i in inside for t in ctx.spans[i]}
    words = [t for t in cell if t.i not in covered and not t.is_punct and not t.is_space]
    if len({ctx.candidates[i].key for i in named}) == 1 and ctx.candidates[named[0]].kind in _PLAN_KINDS:
        name = ctx.spans[named[0]].text.lower()
        verbs = {ctx.lex["verbs"].get(t.lemma_.lower()) for t in words if t.ent_type_ != "ORDINAL"}
        # a verb the header adds ("First IPAP agreed"), else what a plan's last word gives ("… Action Plan")
        last = name.split()[-1]
        predicate = (verbs.pop() if len(verbs) == 1 else None) if verbs else ctx.lex["plan_columns"].get(last)
        if predicate not in ctx.lex["plan_columns"].values():
            return None
        return predicate, " ".join(t.lower_ for t in words) or name
    if not words and named and {ctx.candidates[i].kind for i in named} <= _FRAMEWORK_KINDS \
            and len({ctx.candidates[i].key for i in named}) == 1:
        # "Country | Partnership for Peace (PfP) | …": a framework's column holds each row's taking part in it
        return ctx.lex["nouns"]["participation"], ctx.spans[named[0]].text.lower()
    operations = [i for i in named if ctx.candidates[i].kind in _OPERATION_KINDS and not set(
        ctx.spans[i].text.lower().split()) & set(ctx.lex["meeting_heads"])]
    if not operations or len(operations) < len(named) or not {t.lower_ for t in words if t.pos_ != "ADP"} <= set(
            ctx.lex["taking_part_columns"]):  # ("Participation in KFOR")
        return None
    return ctx.lex["nouns"]["participation"], " ".join(t.lower_ for t in words) or ctx.spans[operations[0]].text.lower()


def _office_column(ctx: Context, cell: Span) -> tuple[str, int] | None:
    """A header cell that names an office ("Secretary General", "NATO Secretary General"): the
    office, with the whole the cell names or, for an office that needs none, the text's (TOPIC)."""
    words = " ".join(re.sub(r"[^\w\s-]", " ", cell.text).lower().split())
    office = next((t for t in ctx.lex["titles"] if ctx.lex["titles"][t] == "leaderOf"
                   and (words == t or words.endswith(f" {t}"))), None)
    if office is None or any(c.like_num for c in cell):
        return None
    # (or a country's, by its name or nationality right before the office: "Ukrainian leader", not "Ukrainian
    # opposition leader")
    named = [i for i in _inside(ctx, cell.start, cell.end) if ctx.candidates[i].kind in _WHOLE_KINDS
             or ctx.candidates[i].kind == "Country" and words == f"{ctx.spans[i].text.lower()} {office}"]
    if named:
        return office, named[0]
    return (office, TOPIC) if office in ctx.lex["implied_offices"] and words == office else None


def _office_cells(ctx: Context, sent: Span, cells: list[Span]) -> Iterator[RelationCandidate]:
    """A row's holders of the offices its header's columns name ("… | Jens Stoltenberg" under
    "… | NATO Secretary General"): each leads the office's whole."""
    for cell, column in zip(cells, ctx.table_offices):
        if column is None:
            continue
        office, whole = column
        for person in (i for i in _inside(ctx, cell.start, cell.end) if ctx.candidates[i].kind == "Person"):
            yield RelationCandidate(person, ctx.lex["titles"][office], whole, "list-table", office,
                                    ctx.offset + sent.start_char, ctx.offset + sent.end_char, hint=cell.text)


def _header_links(linking: list[tuple[str, bool, str, bool] | None], under_header: bool) -> bool:
    """Whether a row is a header by its linking cells: any of them before the first header;
    under one, at least half of its cells, since a body cell can hold a column's key word
    ("NATO Headquarters, Brussels" in a summit's venue column)."""
    found = sum(1 for link in linking if link)
    return found > 0 and (not under_header or 2 * found >= len(linking))


def _cell_column(text: str, links: dict[str, str]) -> tuple[str, bool, str, bool] | None:
    """A header cell that relates the row's entity to the entities in its column's cells
    ("City", "Host nation", "Selected contributors"): (predicate, cell entity is the subject,
    verb, every entity of a cell rather than its first). A short header that is no key itself
    is read by its first word that is one ("Partner contributors and notes"); a cell with a
    number in it is a row's ("EU member since 1995; contributor to KFOR"), never a header."""
    words = re.sub(r"[^\w\s/-]", " ", text).lower().split()
    value = links.get(" ".join(words))
    if not value and len(words) <= _MAX_HEADER_WORDS and not any(c.isdigit() for c in text):
        value = next((links[w] for w in words if w in links), None)
    if not value:
        return None
    predicate, *rest = value.lstrip("<").split()
    verbs = [w for w in rest if w != "+"]
    return predicate, value.startswith("<"), verbs[0] if verbs else predicate, "+" in rest


def _decision_column(ctx: Context, cell: Span) -> tuple[str, bool, str, bool] | None:
    """A header cell whose verb says what the row's thing did to each name its column lists ("Key decisions
    adopted or launched"; lexicon ``decision_columns``), as :func:`_cell_column` gives a linking column."""
    # (not a verb with its preposition, whose object the column names: "Launched at", "Created by")
    verbs = [t.lemma_.lower() for t in cell if t.tag_ in {"VBN", "VBD"} and t.lemma_.lower() in ctx.lex["decision_columns"]
             and not (t.i + 1 < cell.end and ctx.pos[t.i + 1] == "ADP")]
    return (ctx.lex["verbs"][verbs[0]], False, " ".join(verbs), True) if verbs else None


def _decided(ctx: Context, verbs: str, item: int) -> str | None:
    """The predicate of the first verb of a decision column's header that takes a name of *item*'s class
    ("adopted or launched": a plan is adopted, an initiative launched), or None when the column is no decision's."""
    found = [v for v in verbs.split() if v in ctx.lex["decision_columns"]]
    if not found or len(found) < len(verbs.split()):
        return None
    verb = next((v for v in found if ctx.candidates[item].kind in ctx.lex["decision_columns"][v]), None)
    return ctx.lex["verbs"][verb] if verb else ""


#: the relations of a member, partner or participant, which only a country or an organisation of states has
_ROLE_PREDICATES = frozenset({"memberOf", "partnerOf", "participatesIn"})
#: a column of what the row's country took part in ("Other NATO-led operations"), and what it lists
_TAKEN_PART = frozenset({"participatesIn"})
_OPERATION_KINDS = frozenset({"Event"})
_PLAN_KINDS = frozenset({"Agreement"})
_FRAMEWORK_KINDS = frozenset({"PartnershipFramework"})
#: the verb of a column of documents ("Partnership documents"), which only a party adopts
_DOCUMENT_VERBS = frozenset({"agree"})
_DOCUMENT_PARTIES = frozenset({"Country", "InternationalOrganization"})


def _linked_cells(ctx: Context, sent: Span, cells: list[Span]) -> Iterator[RelationCandidate]:
    """A row under a header with linking columns: its first cell's entity (of any class but a
    place) related to the entities of those columns ("Naval Mine Warfare COE | Ostend | Belgium")."""
    inside = _inside(ctx, cells[0].start, cells[0].end)
    links = ctx.table_links or []
    row = [i for i in inside if ctx.candidates[i].kind not in _PLACE_KINDS]
    # (a region column places the country, not the operation named in the cell before it: "Finland | KFOR | Balkans")
    contained = not any(link and link[2] in ctx.lex["containing_columns"] and any(
        ctx.candidates[i].kind in _OPERATION_KINDS for i in _inside(ctx, cells[n - 1].start, cells[n - 1].end))
        for n, link in enumerate(links[:len(cells)]) if n > 1)
    if not row and any(link and (link[1] or link[0] in _TAKEN_PART or link[2] in _DOCUMENT_VERBS
                                 or link[2] in ctx.lex["containing_columns"] and contained) for link in links):
        # "Japan | Tokyo" under "Country | Capital", "Finland | KFOR; ISAF" under "Country | Operations",
        # "Armenia | South Caucasus" under "Country | Region" (lexicon ``containing_columns``)
        row = [i for i in inside if ctx.candidates[i].kind == "Country"]
    if not row:
        return
    item = row[0]
    # an event's row dates what its cells say of it ("Madrid Summit | 28-30 Jun 2022 | IFEMA, Madrid")
    date = ctx.row_date(sent) if ctx.candidates[item].kind in _OPERATION_KINDS else ""
    for cell, link in zip(cells[1:], links[1:]):
        if link is None:
            continue
        predicate, reverse, verb, every = link
        if verb in ctx.lex["containing_columns"] and not contained and ctx.candidates[item].kind == "Country":
            continue
        if verb in _DOCUMENT_VERBS and ctx.candidates[item].kind not in _DOCUMENT_PARTIES:
            continue  # (an operation, a person or a college adopts no document its row names: "KFOR | … | MTA")
        if predicate == "locatedIn" and ctx.candidates[item].kind == "Event":
            predicate = ctx.states["event-place"]
        if len(cell) and ctx.pos[cell.start] == "VERB" and cell.start not in ctx.token_to_candidate:
            continue  # a clause ("succeeded SFOR") is read by the verb families (not a name tagged a verb: "PfP")
        inside = _inside(ctx, cell.start, cell.end)
        if every:  # "Austria, Finland, Ireland" under "Examples of users": the countries and bodies named
            kinds = ctx.lex["table_cell_kinds"].get(verb) or {k for v in verb.split() for k in ctx.lex["decision_columns"].get(v, ())} \
                or (_OPERATION_KINDS if predicate in _TAKEN_PART and not reverse else _PARTY_KINDS)
            # "Article 5 response to 9/11": an article stands for its treaty, which the cell does not name
            inside = [i for i in inside if ctx.candidates[i].kind in kinds and not ctx.negated(i)
                      and ctx.candidates[i].rule != "part-of-agreement"]
        for other in inside if every else inside[:1]:
            subject, obj = (other, item) if reverse else (item, other)
            decided = _decided(ctx, verb, other)
            yield RelationCandidate(subject, decided or predicate, obj, "list-table", verb, ctx.offset + sent.start_char,
                                    ctx.offset + sent.end_char, date=date or _item_date(ctx, other, cell.end),
                                    hint=cell.text)


def _item_date(ctx: Context, index: int, end: int) -> str:
    """The date bracketed right after a cell's item, before *end* ("IPCP (May 2014); ITPP (July 2023)":
    each document's own; "Jordan (2011)" under Contributors), or ""."""
    at = ctx.spans[index].end if index in ctx.spans else end
    if at >= end or ctx.texts[at] != "(":
        return ""
    bracket = ctx.doc[at:end].text.split(";")[0]
    # (not a date that ends or suspends it: "Ukraine (suspended 2014)")
    if set(bracket.lower().replace("(", " ").replace(")", " ").split()) & set(ctx.lex["suspended_states"]):
        return ""
    return heading_date(bracket)


def enumeration(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    headings: dict[str, str] = ctx.lex["list_headings"]
    if ctx.find(sent, ctx.texts, _CELL_MARKS):
        found_rows = list(table_rows(ctx, sent))
        if found_rows or ctx.table is not None:
            yield from found_rows
            return
    fields = list(_field_line(ctx, sent)) or list(_named_field(ctx, sent))
    if fields:
        ctx.heading = ctx.outer_heading = None
        yield from fields
        return
    if _infobox_row(ctx, sent):
        ctx.heading = ctx.outer_heading = None
        return
    listed = list(_role_subject_list(ctx, sent))
    if listed:
        yield from listed
        return
    if ctx.sentence_text(sent).strip().rstrip(":").lower() in ctx.lex["neutral_labels"]:
        return  # "Source:" between a heading and its items: neither an item nor the end of the list
    order = list(_succession_row(ctx, sent))
    if order:
        yield from order
        return
    colon = next(iter(ctx.find(sent, ctx.texts, (":",))), None) or _heading_dash(ctx, sent)
    if colon is not None and _quoted(ctx.doc[sent.start:colon.i]):
        colon = None  # 'the Rome Declaration, "NATO-Russia Relations: A New Quality"': a title's colon
    if colon is not None and colon.i < sent.end - 1:
        found = heading_of(ctx.doc[sent.start:colon.i].text, headings)
        head_start = sent.start
        if found is None:  # "we will meet thirteen partners that have made …: Australia, Austria, …"
            found, head_start = _heading_noun(ctx, sent, colon.i)
        if found is not None:
            whole = _whole(ctx, head_start, colon.i)
            items = [i for i in _members(ctx, colon.i + 1, _field_end(ctx, sent, colon), found[0]) if i != whole]
            items = _clause_items(ctx, items, colon.i + 1, sent.end)
            if found[1].rsplit(" ", 1)[-1] in ctx.words["country_nouns"]:  # "member countries: …" lists countries
                items = [i for i in items if ctx.candidates[i].kind == "Country"]
            if items:
                ctx.heading = None
                for held in _wholes(ctx, found[0], whole):
                    yield from _emit(ctx, sent, items, found, held, "list-colon", ctx.doc[sent.start:colon.i].text)
                return
        keyed = list(_keyed_by_whole(ctx, sent, colon)) if found is None else []
        if keyed:
            ctx.heading = None
            yield from keyed
            return
        if found is None and not _inside(ctx, sent.start, colon.i) \
                and not (ctx.heading is not None and ctx.opening_date(sent)):  # "- From 1999: Albania, …"
            ctx.heading = None  # "Tags: Belarus, NATO, …": a label of its own, not an item of the list above
            return
    text = ctx.sentence_text(sent).strip()
    # ("Partner of NATO since 2012.": a short sentence that dates what it says is a statement, no heading)
    short = sum(1 for t in sent if not t.is_space) <= _MAX_HEADING_TOKENS
    found = heading_of(text, headings) if (text.endswith(":") or short or "|" in text) and not (
        text.endswith(".") and any(t.ent_type_ == "DATE" for t in sent)) else None
    if found is not None and (ctx.heading is None or "|" not in text):
        whole = _whole(ctx, sent.start, sent.end, found[1])
        if not [i for i in _members(ctx, sent.start, sent.end, found[0]) if i != whole]:
            # "The founding members" over "The twelve original signatories were:": both hold for the items
            ctx.outer_heading = ctx.heading if ctx.heading is not None and not ctx.heading_read else None
            ctx.heading, ctx.heading_read, ctx.heading_records = (found[0], found[1], whole, text), False, False
            return
    if found is None and text.endswith(":") and _takes_part(ctx, text) and not any(
            ctx.spans[i].start <= _first_word(sent) for i in _inside(ctx, sent.start, sent.end)) \
            and _heading_noun(ctx, sent, sent.end)[0] is None:
        # "Contributions to NATO-led operations:": a list of its own, of no relation a heading names
        # (its keyed lines say theirs), not an item of the list above
        ctx.heading, ctx.outer_heading, ctx.heading_read, ctx.heading_records = ("", "", TOPIC, text), None, False, False
        return
    if found is None and (ctx.heading is None and text.endswith(".") or text.endswith(":")) and not _is_item(ctx, sent):
        # "Here are the main contributors to ISAF, according to NATO." over "Denmark: 750" lines; a
        # line that announces a list under a section's heading ("Contributors") takes its place
        announced, start = _heading_noun(ctx, sent, sent.end)
        # a line whose list noun follows no name announces a list ("Allies that deployed ships
        # included:"); one on a name states something of it ("Sweden has been one of NATO's
        # closest partners:" over the clauses that say how)
        if announced is not None and not _inside(ctx, sent.start, start):
            ctx.heading = (announced[0], announced[1], _whole(ctx, start, sent.end, announced[1]), text)
            # "…, according to NATO." announces lines of figures; "… include:" any items
            ctx.heading_read, ctx.heading_records = False, not text.endswith(":")
            return
    if ctx.heading is None or text.startswith("(") and text.endswith(")"):
        return  # "(withdrew in 1968)": a note on the item above, not the end of the list
    if not _is_item(ctx, sent) or ctx.heading_records and not _record_line(ctx, sent):
        if not at_line_start(ctx.doc, sent.start) and ctx.heading_read:
            return  # "- Georgia – President X. Georgia has been …": a note on the item, the list goes on
        ctx.heading = ctx.outer_heading = None
        return
    ctx.heading_read = True
    if colon is not None:
        yield from _keyed_contributions(ctx, sent, colon)
    for predicate, phrase, whole, heading_text in (ctx.heading, *((ctx.outer_heading,) if ctx.outer_heading else ())):
        if heading_text != ctx.heading[3] and predicate == ctx.heading[0] or not predicate:
            continue
        # "Framework nations" over lines of countries: the countries of the whole line ("- Latvia: led by Canada")
        nations = phrase.rsplit(" ", 1)[-1] in ctx.words["country_nouns"]
        items = [i for i in _members(ctx, sent.start, _item_end(ctx, sent, colon=not nations), predicate) if i != whole]
        if nations:
            items = [i for i in items if ctx.candidates[i].kind == "Country"]
        if "|" in text:
            items = items[:1]
        elif _takes_one(ctx, predicate):  # one holder a line, or one in each of its parts ("A; B; C")
            bounds = [sent.start, *(t.i for t in sent if t.text == ";")]
            firsts = (next((i for i in items if ctx.spans[i].start >= bound), None) for bound in bounds)
            items = list(dict.fromkeys(i for i in firsts if i is not None))
        for held in _wholes(ctx, predicate, whole):
            yield from _emit(ctx, sent, items, (predicate, phrase), held, "list-heading", heading_text,
                             ctx.opening_date(sent) or heading_date(heading_text))


def _first_word(sent: Span) -> int:
    """The index of a line's first word, past its bullet."""
    return sent.start + 1 if BULLET_MARK.fullmatch(sent[0].text) and len(sent) > 1 else sent.start


def _takes_part(ctx: Context, heading: str) -> bool:
    """Whether a heading names contributions or participation (lexicon ``taking_part_columns``)."""
    return not set(re.findall(r"[a-z]+", heading.lower())).isdisjoint(ctx.lex["taking_part_columns"])


def _keyed_contributions(ctx: Context, sent: Span, colon: Token) -> Iterator[RelationCandidate]:
    """ "- Jordan: ISAF in Afghanistan and KFOR in Kosovo" under a heading of contributions or participation
    (lexicon ``taking_part_columns``): the line's country takes part in the operations its value names."""
    if ctx.heading is None or not _takes_part(ctx, ctx.heading[3]):
        return
    start = _first_word(sent)
    keys = _inside(ctx, start, colon.i)
    if len(keys) != 1 or ctx.candidates[keys[0]].kind != "Country" or ctx.spans[keys[0]].start != start \
            or ctx.spans[keys[0]].end != colon.i:
        return
    end = _field_end(ctx, sent, colon)
    if any(t.tag_ in _FINITE or t.dep_ == "neg" or t.lower_ in ctx.words["negating_values"]
           for t in ctx.doc[colon.i + 1:end]):
        return  # ("- Jordan: it sent troops to KFOR": a clause, which the verb families read; "- Egypt: none")
    for value in (i for i in _inside(ctx, colon.i + 1, end) if ctx.candidates[i].kind == "Event" and not ctx.negated(i)):
        yield RelationCandidate(keys[0], ctx.lex["verbs"]["contribute"], value, "list-heading", "contribute",
                                ctx.offset + sent.start_char, ctx.offset + sent.end_char,
                                date=_following_date(ctx, sent, value))


def _keyed_by_whole(ctx: Context, sent: Span, colon: Token) -> Iterator[RelationCandidate]:
    """ "- Mediterranean Dialogue (launched 1994): Algeria, Egypt, Israel": a line keyed by a framework
    or an organisation alone (its bracket aside) lists its members when it lists countries only
    (lexicon ``keyed_list_kinds``; a framework's members take part in it)."""
    if ctx.heading is not None or _under_colon(ctx, sent):
        return  # ("Aspirant countries:" over "- NATO: Bosnia and Herzegovina, Georgia": the heading's)
    start = _first_word(sent)
    named = _inside(ctx, start, colon.i)
    if not named:
        return
    # the line's key, or a phrase that ends on the name ("a group of Enhanced Opportunities Partners: …")
    key = named[0] if ctx.spans[named[0]].start == start else named[-1]
    if ctx.candidates[key].kind not in ctx.lex["keyed_list_kinds"]:
        return
    end = ctx.spans[key].end
    if end < colon.i and ctx.texts[end] == "(" and ctx.texts[colon.i - 1] == ")" and _dates_or_abbreviation(
            ctx.doc[end + 1:colon.i - 1]):
        end = colon.i  # ("(launched 1994)", "(MD)"; not "(candidates)")
    if end != colon.i or key == named[0] and any(ctx.candidates[i].key != ctx.candidates[key].key
                                                   for i in named[1:]):
        return
    if ctx.spans[key].start != start and any(ctx.deps[i] == "neg" or ctx.lemmas[i] in ctx.hedges
                                             for i in range(start, end)):
        return  # ("States that refused to join the Partnership for Peace: Cyprus and Serbia")
    value_end = _field_end(ctx, sent, colon)
    if any(t.tag_ in _FINITE for t in ctx.doc[colon.i + 1:value_end]):
        return  # "- European Union: Ukraine and Moldova were granted candidate status": a clause
    items = _members(ctx, colon.i + 1, value_end)
    if len(items) < 2 or any(ctx.candidates[i].kind != "Country" for i in items) \
            or any(t.pos_ in {"NOUN", "PROPN"} and t.i not in ctx.token_to_candidate
                   for t in ctx.doc[colon.i + 1:value_end]):
        return  # ("- NATO: Russia, China and terrorism": not a list of countries only)
    yield from _emit(ctx, sent, items, (ctx.lex["nouns"]["member"], "members"), key, "list-colon",
                     ctx.doc[sent.start:colon.i].text)


def _under_colon(ctx: Context, sent: Span) -> bool:
    """Whether the line above the sentence ends with a colon (in its paragraph, or the short line above it)."""
    i = sent.start - 1
    while i >= 0 and ctx.doc[i].is_space:
        i -= 1
    return ctx.texts[i] == ":" if i >= 0 else ctx.line_above.rstrip().endswith(":")


def _dates_or_abbreviation(inside: Span) -> bool:
    """A bracket that dates a name ("launched 1994", "since 2004") or abbreviates it ("MD")."""
    return any(t.ent_type_ == "DATE" or t.shape_ == "dddd" for t in inside) \
        or len(inside) == 1 and inside[0].is_upper


def _wholes(ctx: Context, predicate: str, whole: int) -> list[int]:
    """What a heading's items belong to: its whole, and for members named by an operation they
    served in ("Allies that deployed ships to the operation included:"), the alliance as well."""
    if predicate == "memberOf" and whole != TOPIC and ctx.candidates[whole].kind in ctx.lex["operated_kinds"]:
        return [whole, TOPIC]
    return [whole]


def _role_subject_list(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """A role noun that a copula equates with names ("NATO's member countries are A, B and C",
    "NATO has 26 member countries. They are A, B …"): each name holds the role, of the noun's
    owner, of the one that has them in the sentence before, or of what the text is about."""
    # the clause's linking verb, read from the columns (a sentence's root costs a walk over its tokens)
    verb = next((t for t in ctx.find(sent, ctx.lemmas, ctx.linking) if ctx.deps[t.i] == "ROOT"), None)
    if verb is None:
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    items = [e for a in verb.children if a.dep_ == "attr" for e, _ in ctx.entities(a)
             if e >= 0 and ctx.candidates[e].kind in _ITEM_KINDS]
    if subject is None or len(items) < 2 or subject.i in ctx.token_to_candidate and not ctx.candidates[
            ctx.token_to_candidate[subject.i]].rule.startswith("reference"):
        return
    owner_before: list[int] = []
    noun: Token | None = subject
    if subject.lower_ in ctx.words["announcing_pronouns"]:  # "They are …": the group the sentence before counted
        noun, owner_before = _counted_group(ctx, sent)
    if noun is None or noun.tag_ not in {"NNS", "NNPS"} or noun.i in ctx.token_to_candidate:
        return
    words = sorted([noun, *(c for c in noun.children if c.dep_ in {"compound", "amod", "nummod"})], key=lambda t: t.i)
    found = heading_of(" ".join(t.text for t in words), ctx.lex["list_headings"])
    if found is None or found[1].rsplit(" ", 1)[-1] != noun.lower_:
        return  # the role is the noun's own, not a modifier's ("membership hurdles" are no members)
    owners = [e for e, _ in ctx.owners(noun)] + [e for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                                                  for e, _ in ctx.pobjs(p)]
    wholes = [e for e in owners + owner_before if e >= 0 and ctx.candidates[e].kind in _WHOLE_KINDS]
    # "NATO's membership candidates are …": the role's own word, or the clause, qualifies it
    polarity, modality, *_ = ctx.stance(verb, sent)
    modality = modality or next((ctx.hedges[w] for t in words for w in (ctx.lemmas[t.i], ctx.lowers[t.i])
                                 if w in ctx.hedges), "")
    yield from _emit(ctx, sent, [i for i in items if i not in wholes], found, wholes[0] if wholes else TOPIC,
                     "list-colon", " ".join(t.text for t in words), stance=(polarity, modality))


def _field_end(ctx: Context, sent: Span, colon: Token) -> int:
    """Where the value of a record line's first field ends: at the dash before the next field
    ("Partner: Afghanistan — Status: suspended after the Taliban took power"), else the sentence's end."""
    for token in ctx.doc[colon.i + 1:sent.end]:
        if token.text in _CELL_MARKS and any(t.text == ":" for t in ctx.doc[token.i + 1:sent.end]):
            return token.i
    return sent.end


def _counted_group(ctx: Context, sent: Span) -> tuple[Token | None, list[int]]:
    """The plural role noun the sentence before *sent* counts ("NATO currently has 26 member
    countries"), with that sentence's subjects; (None, []) when there is none."""
    if sent.start == 0:
        return None, []
    before = ctx.doc[sent.start - 1].sent
    for token in before:
        if token.tag_ in {"NNS", "NNPS"} and any(c.dep_ == "nummod" for c in token.children) \
                and token.i not in ctx.token_to_candidate:
            verb = token.head if token.dep_ == "dobj" else None
            subjects = [e for c in (verb.children if verb is not None else ()) if c.dep_ == "nsubj"
                        for e, _ in ctx.entities(c)]
            return token, subjects
    return None, []


def _succession_row(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """ "- Follows: 2022 Madrid summit", "Preceded by: Istanbul Summit 2004": an infobox row that
    names the event before or after the one the text is about (lexicon: succession_rows)."""
    text = _BULLET.sub("", ctx.sentence_text(sent))
    key, colon, _ = text.partition(":")
    rows: dict[str, str] = ctx.lex["succession_rows"]
    if not colon or key.strip().lower() not in rows:
        return
    colon_token = next(iter(ctx.find(sent, ctx.texts, (":",))), None)
    if colon_token is None:
        return  # a colon inside a token ("Follows:2022"): no row
    later = rows[key.strip().lower()] == "later"
    for item in _inside(ctx, colon_token.i + 1, sent.end):
        if ctx.candidates[item].kind == "Event":
            subject, obj = (item, TOPIC) if later else (TOPIC, item)
            yield RelationCandidate(subject, ctx.states["succession"], obj, "list-heading", "succession",
                                    ctx.offset + sent.start_char, ctx.offset + sent.end_char, hint=key.strip())


def _field_line(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """A fact-sheet field on a line of its own ("Location: Libya, the central Mediterranean", "Commander:
    Lt. Gen. Charles Bouchard", "Secretary General: Mark Rutte"): the value's names related to what
    the section is about, as the field's key says (lexicon ``field_labels``, written as
    ``table_columns``), or to the whole an office key names ("Chair of the Military Committee: X")."""
    if not at_line_start(ctx.doc, sent.start):
        return
    start = _first_word(sent)  # "- Area: …"
    colon = next((t for t in ctx.doc[start:min(start + _MAX_FIELD_KEY + 1, sent.end)] if t.text == ":"), None)
    if colon is None or colon.i == start or colon.i >= sent.end - 1:
        return
    key = re.sub(r"\([^()]*\)", " ", ctx.doc[start:colon.i].text)
    folded = " ".join(key.lower().split())
    named = [i for i in _inside(ctx, start, colon.i) if ctx.candidates[i].kind in _WHOLE_KINDS]
    # an office, alone or with the body it heads ("Secretary General", "Chair of the Military Committee")
    # (or what follows it says when: "Secretary General during the accession process")
    ends = [len(folded), *(m.start() for m in re.finditer(" of ", folded)),
            *(m.start() for m in re.finditer(f" (?:{'|'.join(ctx.words['circumstance_preps'])}) ", folded))]
    office = next((folded[:end] for end in sorted(ends, reverse=True) if folded[:end] in ctx.lex["titles"]), None)
    if office is not None:
        # (an office in the plural, as a list heading names it, lists its holders: "Secretaries General: A, B, C")
        link: tuple[str, bool, str, bool] | None = (ctx.lex["titles"][office], True, office,
                                                    office in ctx.lex["list_headings"])
    else:  # (the key whole: "Supreme Allied Commander Europe" is no "Commander" field)
        link = _cell_column(key, ctx.lex["field_labels"]) if folded in ctx.lex["field_labels"] else None
    if link is None or named and office is None:
        return
    predicate, reverse, verb, every = link
    values = [i for i in _inside(ctx, colon.i + 1, sent.end) if i not in named and not ctx.negated(i)]
    if predicate == "leaderOf":
        values = [i for i in values if ctx.candidates[i].kind == "Person"]
    date = normalize_date(ctx.doc[colon.i + 1:sent.end].text)
    for at, value in enumerate(values if every else values[:1]):
        whole = named[0] if named else TOPIC
        subject, obj = (value, whole) if reverse else (whole, value)
        if every and len(values) > 1:  # each holder's own years: "A (Belgium, 1957–1961), B (…)"
            end = ctx.candidates[values[at + 1]].start if at + 1 < len(values) else ctx.offset + sent.end_char
            date = normalize_date(ctx.doc.text[ctx.candidates[value].end - ctx.offset:end - ctx.offset])
        yield RelationCandidate(subject, predicate, obj, "list-field", verb, ctx.offset + sent.start_char,
                                ctx.offset + sent.end_char, date=date, hint=key)


def _named_field(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """A fact-sheet line whose key is a framework, agreement or operation and whose value is a date
    ("- Partnership for Peace: since December 2006", "- Individual Partnership Action Plan: agreed
    January 2015" under "Serbia and NATO"): the country the section is about takes part in it (or
    adopted or signed it, as the value's verb says: lexicon ``named_field_verbs``)."""
    if not at_line_start(ctx.doc, sent.start):
        return
    start = _first_word(sent)
    colon = next((t for t in ctx.doc[start:min(start + _MAX_FIELD_KEY + 1, sent.end)] if t.text == ":"), None)
    if colon is None or colon.i >= sent.end - 1:
        return
    named = _inside(ctx, start, colon.i)
    value = [t for t in ctx.doc[colon.i + 1:sent.end] if not t.is_punct and not t.is_space]
    if len(named) != 1 or ctx.spans[named[0]].start != start or _inside(ctx, colon.i + 1, sent.end) \
            or not value or len(value) > _MAX_FIELD_VALUE:
        return
    words = [t.lower_ for t in value if t.ent_type_ != "DATE"]
    date = normalize_date(" ".join(t.text for t in value if t.ent_type_ == "DATE"))
    verbs: dict[str, dict[str, str]] = ctx.lex["named_field_verbs"]
    kind = ctx.candidates[named[0]].kind
    tie = _tie_noun(ctx, ctx.spans[named[0]].end, colon.i)
    if tie is not None and kind in ctx.lex["whole_kinds"]:  # "NATO membership: since 4 April 2023"
        verbs = {word: {kind: tie} for word in verbs}
    elif ctx.spans[named[0]].end != colon.i:
        return
    if not date or len(words) > 1 or kind not in verbs.get(words[0] if words else "", {}):
        return
    verb = words[0] if words else ""
    yield RelationCandidate(TOPIC, verbs[verb][kind], named[0], "list-field", verb or "since",
                            ctx.offset + sent.start_char, ctx.offset + sent.end_char, date=date, hint=MEMBER_HINT)


def _tie_noun(ctx: Context, start: int, end: int) -> str | None:
    """The predicate of the one noun between a name and a field's colon that names a tie to the name
    ("membership", "partnership"), else None."""
    if end != start + 1 or ctx.lemmas[start] not in ctx.lex["field_tie_nouns"]:
        return None
    return ctx.lex["nouns"].get(ctx.lemmas[start])


#: the most tokens of a heading line without a colon ("Contributions of partners to KFOR (2010)")
_MAX_HEADING_TOKENS = 8

#: the most words of a named field's value ("since 29 March 2004")
_MAX_FIELD_VALUE = 6

#: the most tokens of a field's key before its colon ("Chair of the NATO Military Committee:")
_MAX_FIELD_KEY = 8


def _infobox_row(ctx: Context, sent: Span) -> bool:
    """ "Motto Union of peace and socialism", "Headquarters Moscow, Soviet Union": a line that opens
    with an infobox label (lexicon: infobox_labels) and states no clause of its own."""
    first = sent[0]
    if not first.is_title or first.lower_ not in ctx.lex["infobox_labels"] or not 1 < len(sent) <= _MAX_ITEM_TOKENS:
        return False
    if not at_line_start(ctx.doc, sent.start):
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in sent[1:])


def _record_line(ctx: Context, sent: Span) -> bool:
    """A short line that opens with a name and gives a figure ("Denmark: 750", "Georgia 924"):
    what a sentence announcing a list of figures is followed by."""
    start = sent.start + 1 if sent[0].is_punct else sent.start
    first = ctx.token_to_candidate.get(start)
    return len(sent) <= _MAX_RECORD_TOKENS and first is not None and ctx.spans[first].start == start \
        and any(t.like_num for t in sent.doc[ctx.spans[first].end:sent.end])


_MAX_RECORD_TOKENS = 8
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "npadvmod", "nmod"})
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _clause_items(ctx: Context, items: list[int], start: int, end: int) -> list[int]:
    """When a clause follows the colon ("…: Albania and Italy contribute to the Canadian-led
    battle group in Latvia"), its arguments are the items, not the names inside its
    prepositional phrases or modifiers."""
    if not any(t.pos_ in {"VERB", "AUX"} and t.tag_ in _FINITE and t.i not in ctx.token_to_candidate
               for t in ctx.doc[start:end]):
        return items
    examples = set(ctx.lex["inclusion_preps"]) | set(ctx.lex["partitive_preps"])
    def argument(index: int) -> bool:
        token = ctx.spans[index].root
        if token.dep_ in _MODIFIER_DEPS:
            return False
        while token.head.i != token.i and start <= token.head.i < end:
            if token.dep_ == "prep" and token.lower_ not in examples:
                return False
            token = token.head
        return True
    return [i for i in items if i not in ctx.spans or argument(i)]


def _quoted(before: Span) -> bool:
    """Whether a quotation opened in *before* is still open at its end."""
    straight = sum(1 for t in before if t.text == '"')
    opened = sum(1 for t in before if t.text in {"“", "«"}) - sum(1 for t in before if t.text in {"”", "»"})
    return straight % 2 == 1 or opened > 0


def _heading_noun(ctx: Context, sent: Span, colon: int) -> tuple[tuple[str, str] | None, int]:
    """The last plural noun before the colon that names list members ("partners", "members"),
    with where its phrase starts; the colon list then names them."""
    headings: dict[str, str] = ctx.lex["list_headings"]
    tags = ctx.tags
    for token in (ctx.doc[i] for i in range(colon - 1, sent.start - 1, -1) if tags[i] == "NNS"):
        if token.pos_ != "NOUN" or token.dep_ in {"compound", "amod", "poss"}:
            continue
        # "partners", or with its compound "partner countries"
        phrases = [f"{c.lower_} {token.lower_}" for c in token.children if c.dep_ == "compound" and c.i == token.i - 1]
        for phrase in (*phrases, token.lower_):
            if headings.get(phrase):
                return (headings[phrase], phrase), token.left_edge.i
    return None, sent.start


def _emit(ctx: Context, sent: Span, items: list[int], found: tuple[str, str], whole: int, rule: str,
          hint: str, date: str = "", stance: tuple[str, str] = (POSITIVE, "")) -> Iterator[RelationCandidate]:
    """One relation per item; *date* (an item line's leading date) dates the items no date follows."""
    predicate, phrase = found
    dates = _item_dates(ctx, sent, items) if len(items) > 1 else {
        i: _following_date(ctx, sent, i) or normalize_date(ctx.sentence_text(sent)) for i in items}
    for item in items:
        # "new members: Japan and Croatia are in the process of joining": the items' own clause qualifies them
        first = ctx.spans[item].root
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        modality = stance[1] or (ctx.hedge(first) if first.dep_ in {"nsubj", "nsubjpass"} else "")
        yield RelationCandidate(item, predicate, whole, rule, phrase, ctx.offset + sent.start_char,
                                ctx.offset + sent.end_char, polarity=stance[0], modality=modality,
                                date=dates.get(item) or (ctx.date_after(item) if len(items) > 1 else "") or date,
                                hint=hint)  # ("Spaak (Belgium, 1957–1961), Stikker (Netherlands, 1961–1964)")


def _following_date(ctx: Context, sent: Span, item: int) -> str:
    """The date right after a line's one item, past a bracket on it and the joining words ("Lord
    Robertson (United Kingdom), 1999-2003: … after the attacks of 11 September 2001": 1999), or ""."""
    joiners = {*ctx.words["item_date_joiners"], ","}  # (a line's one item: a comma sets off its date)
    depth = 0
    for token in ctx.doc[ctx.spans[item].end:sent.end]:
        if token.text == "(" or depth and token.text == ")":
            depth += 1 if token.text == "(" else -1
        elif depth:
            continue
        elif token.ent_type_ == "DATE":
            return ctx.date_from(token.i, sent.end)
        elif token.lower_ not in joiners:
            return ""
    return ""


def _item_dates(ctx: Context, sent: Span, items: list[int]) -> dict[int, str]:
    """ "accessions: Greece and Turkey in 1952; Germany (1955); …": each item is dated by the
    date that follows it across nothing but the items joined to it ("and", a bracket, a date's
    preposition, and a comma where semicolons set off the groups); only a list that gives more than
    one date is read so. A date before its items ("in 1952 Greece and Turkey, …") or in a clause on
    an item ("France, which left …") dates none."""
    inside = {t for i in items for t in range(ctx.spans[i].start, ctx.spans[i].end)}
    joiners = set(ctx.words["item_date_joiners"])
    if items and ";" in ctx.texts[ctx.spans[items[0]].end:ctx.spans[items[-1]].start]:
        joiners.add(",")  # "Hungary and Poland in 1999; Bulgaria, Estonia and Latvia in 2004": groups
    dates: dict[int, str] = {}
    for item in items:
        for token in ctx.doc[ctx.spans[item].end:sent.end]:
            if token.ent_type_ == "DATE":
                dates[item] = ctx.date_from(token.i, sent.end)
                break
            if token.i not in inside and token.lower_ not in joiners:
                break
    return dates if len(set(dates.values()) - {""}) > 1 else {}


def dated_entry(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """A chronology line whose closing verb the parser took for a noun ("29 March 2004 - Bulgaria,
    Estonia and Latvia join.", the names a list beside the date): the items before it join what
    the text is about, at the line's date. A line the parser reads as a clause goes to the verb
    families."""
    last = next((t for t in reversed(sent) if not (t.is_punct or t.is_space)), None)
    if last is None or last.i == sent.start or last.i in ctx.token_to_candidate:
        return
    if last.pos_ in {"VERB", "AUX"} and ctx.subjects(last):
        return  # a clause: the verb families read it
    predicate = ctx.lex["implicit_object"].get(last.lemma_.lower())
    date = ctx.opening_date(sent) if predicate else ""
    if not date and not (predicate and ctx.opens_with_day(sent)):
        return
    items = [i for i in _members(ctx, sent.start, last.i) if ctx.candidates[i].kind in ctx.lex["member_kinds"]]
    for item in items:
        yield RelationCandidate(item, predicate, TOPIC, "dated-entry", last.lemma_.lower(),
                                ctx.offset + sent.start_char, ctx.offset + sent.end_char, date=date)


def _bracketed_framework(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """ "Croatia (PfP 2000, NATO member since 2009)", "Morocco (Mediterranean Dialogue)": a country
    whose bracket opens with a partnership framework, alone or with the year, takes part in it."""
    for index in ctx.in_sentence(sent):
        span = ctx.spans[index]
        if ctx.candidates[index].kind != "Country" or span.end + 2 >= sent.end or ctx.texts[span.end] != "(":
            continue
        inner = ctx.token_to_candidate.get(span.end + 1)
        if inner is None or ctx.candidates[inner].kind not in _FRAMEWORK_KINDS \
                or ctx.spans[inner].start != span.end + 1:
            continue
        after = ctx.spans[inner].end
        year = ctx.texts[after] if after < sent.end and ctx.texts[after].isdigit() \
            and len(ctx.texts[after]) == 4 else ""
        close = after + 1 if year else after
        if close < sent.end and ctx.texts[close] in _BRACKET_ITEM_ENDS:
            yield _candidate(ctx, sent, index, ctx.lex["nouns"]["participant"], inner, "list-bracket", "", year)


#: what ends the first item of a bracket ("(PfP 2000, …)", "(PfP 2006; …)", "(Mediterranean Dialogue)")
_BRACKET_ITEM_ENDS = frozenset({",", ";", ")"})


def bracketed_members(ctx: Context, sent: Span) -> Iterator[RelationCandidate]:
    """ "the Foreign Ministers of Benelux (Belgium, the Netherlands and Luxembourg)", "the Visegrád
    Group (Czechia, Hungary, Poland and Slovakia)": a group's name with a bracket that lists
    nothing but countries lists its members (the participants of a framework, or of an operation
    when it lists three or more: "interest in participating in KFOR (Argentina, Austria, Azerbaijan)";
    "Operation Allied Force (Serbia and Montenegro)" names its theatre)."""
    yield from _bracketed_framework(ctx, sent)
    for index in ctx.in_sentence(sent):
        kind = ctx.candidates[index].kind
        span = ctx.spans[index]
        if kind not in ctx.lex["bracket_list_kinds"] or span.end >= sent.end or ctx.doc[span.end].text != "(":
            continue
        close = next((t.i for t in ctx.doc[span.end + 1:min(sent.end, span.end + 2 + _MAX_ITEM_TOKENS * 2)]
                      if t.text == ")"), None)
        if close is None:
            continue
        items = _inside(ctx, span.end + 1, close)
        covered = {t for i in items for t in range(ctx.spans[i].start, ctx.spans[i].end)}
        loose = [t for t in ctx.doc[span.end + 1:close] if t.i not in covered]
        predicate, fewest = ctx.lex["bracket_list_kinds"][kind]
        if len(items) < fewest or any(ctx.candidates[i].kind != "Country" for i in items) \
                or any(t.lower_ not in ctx.words["list_joiners"] for t in loose):
            continue
        for item in items:
            yield _candidate(ctx, sent, item, predicate, index, "list-bracket", "", "")

