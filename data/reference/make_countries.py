#!/usr/bin/env python3
"""Generate countries.tsv from pycountry (ISO 3166-1) and the curated country_overrides.tsv.

Dev-time tool only: pycountry is not a runtime dependency of natokg. Run from anywhere:

    python data/reference/make_countries.py

Rules (deterministic; output sorted by name, accents ignored, case-folded):
  * name     = the override name if given, else pycountry's common_name, else its name.
  * aliases  = override aliases (in the given order), then pycountry's name, official_name and
               common_name; a leading lowercase "the " is dropped from ISO names, ISO names that
               contain a comma (inverted forms such as "Korea, Republic of") are skipped, the
               canonical name itself is never an alias, duplicates are removed.
               An override alias written "-X" removes X from the aliases.
  * demonyms = the override demonyms, as given.
"""
import sys
import unicodedata
from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parent
OVERRIDES = HERE / "country_overrides.tsv"
OUTPUT = HERE / "countries.tsv"
SEP = "|"


def split(cell):
    return [x.strip() for x in cell.split(SEP) if x.strip()] if cell else []


def read_overrides(path):
    rows = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    if header != ["iso2", "name", "demonyms", "aliases"]:
        sys.exit(f"{path.name}: unexpected header {header}")
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = (line.split("\t") + [""] * 4)[:4]
        iso2 = cells[0].strip()
        if iso2 in rows:
            sys.exit(f"{path.name}:{n}: duplicate iso2 {iso2}")
        if pycountry.countries.get(alpha_2=iso2) is None:
            sys.exit(f"{path.name}:{n}: {iso2} is not an ISO 3166-1 alpha-2 code")
        rows[iso2] = {"name": cells[1].strip(), "demonyms": split(cells[2]), "aliases": split(cells[3])}
    return rows


def sort_key(name):
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return (plain.casefold(), name)


def build():
    overrides = read_overrides(OVERRIDES)
    out = []
    for c in pycountry.countries:
        ov = overrides.get(c.alpha_2, {"name": "", "demonyms": [], "aliases": []})
        common = getattr(c, "common_name", None)
        official = getattr(c, "official_name", None)
        name = ov["name"] or common or c.name
        removed = {a[1:] for a in ov["aliases"] if a.startswith("-")}
        candidates = [a for a in ov["aliases"] if not a.startswith("-")]
        for iso_name in (c.name, official, common):
            if not iso_name or "," in iso_name:
                continue
            if iso_name.startswith("the "):
                iso_name = iso_name[4:]
            candidates.append(iso_name)
        aliases = []
        for a in candidates:
            if a != name and a not in removed and a not in aliases:
                aliases.append(a)
        row = [name, c.alpha_2, c.alpha_3, SEP.join(ov["demonyms"]), SEP.join(aliases)]
        for cell in row:
            if "\t" in cell or "\n" in cell or '"' in cell:
                sys.exit(f"bad character in {row}")
        out.append(row)
    out.sort(key=lambda r: sort_key(r[0]))
    names = [r[0] for r in out]
    if len(names) != len(set(names)):
        sys.exit("duplicate canonical names")
    lines = ["\t".join(["name", "iso2", "iso3", "demonyms", "aliases"])]
    lines += ["\t".join(r) for r in out]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} countries to {OUTPUT.name}")


if __name__ == "__main__":
    build()
