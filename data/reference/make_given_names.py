"""Write ``given_names.txt``: given names of the languages of Europe and beyond, in Latin script.

    python data/reference/make_given_names.py

Reads the first-name lists of the locale providers of the ``faker`` package (MIT licence; a
development-time tool only, not a runtime dependency): every locale whose names are written in
Latin script. One name per line, in each spelling the lists hold and, when it has letters
outside ASCII, its ASCII spelling too ("Mikuláš", "Mikulas"); sorted, so a rerun gives the same
file. Month and weekday names are left out ("May", "June"), and so is a name that is also an
English word (in the word index of the English lemmatizer of the spaCy model natokg uses:
"General", "Mark", "Will"): at the head of a line or after a title it is more often the word.
"""

from __future__ import annotations

import calendar
import importlib
import pkgutil
import re
from collections import Counter
from pathlib import Path

from make_cities import ascii_spelling, english_words  # (the script's own folder is on the path)

HERE = Path(__file__).resolve().parent
_LATIN = re.compile(r"^[A-Z][a-zà-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňŉōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžșțA-Zà-ÿ'’-]+$")


#: a name that is also an English word is kept when this many locales list it ("Paul", "Maria",
#: "Dirk"): the lemmatizer's index holds many given names as words (a saint's, a lunar sea's)
COMMON_LOCALES = 4
#: ... unless it is a word writers capitalise at the head of a sentence or in a name of a body or
#: place more often than they write it as a given name
WORD_NAMES = frozenset({
    "Mark", "Will", "Bill", "Don", "Frank", "Grant", "Guy", "Said", "Line", "Edit", "Mare", "Tea", "Urban",
    "Junior", "Christian", "Marine", "Roman", "Angel", "Major", "Max", "Faith", "Grace", "Joy", "Hope", "Dawn",
    "Rose", "Holly", "Ivy", "Jade", "Amber", "Ruby", "Hazel", "Daisy", "Iris", "Violet", "Aurora", "Nova", "Eden",
    "Georgia", "Jordan", "Israel", "Trinidad", "Victoria", "Virginia", "Madison", "Milan", "Florence",
    "Alexandria", "Orlando", "Santiago", "Austin", "Lincoln", "Carolina", "Savannah", "Cheyenne", "Dale",
    "Glen", "Ross", "Kent", "Wells", "Victor", "Sandy", "Sally", "Pilar", "Soledad", "Rosario", "Santos",
    "Domingo", "Jesus", "Salvador", "Dean", "Warren", "Stanley", "Morgan", "Lee", "Jan", "Jean", "Wayne",
})


def main() -> None:
    import faker.providers.person as person

    words = english_words()

    calendar_words = {w for w in (*calendar.month_name, *calendar.day_name) if w}
    names: set[str] = set()
    locales: Counter[str] = Counter()  # how many locales list each name
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        listed_here: set[str] = set()
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            listed = getattr(provider, attribute, ())
            if not isinstance(listed, (tuple, list, dict)):
                continue  # (a property of the provider instance)
            for name in listed:
                name = name.strip()
                if len(name) >= 3 and _LATIN.match(name) and name not in calendar_words:
                    names.update({name, ascii_spelling(name)})
                    listed_here.add(name)
        locales.update(listed_here)
    names = {n for n in names if len(n) >= 3 and n[0].isupper() and n not in calendar_words
             and (n.lower() not in words or locales[n] >= COMMON_LOCALES and n not in WORD_NAMES)}
    (HERE / "given_names.txt").write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
