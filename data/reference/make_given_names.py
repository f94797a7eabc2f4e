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
from pathlib import Path

from make_cities import ascii_spelling, english_words  # (the script's own folder is on the path)

HERE = Path(__file__).resolve().parent
_LATIN = re.compile(r"^[A-Z][a-zà-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňŉōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžșțA-Zà-ÿ'’-]+$")


def main() -> None:
    import faker.providers.person as person

    words = english_words()

    calendar_words = {w for w in (*calendar.month_name, *calendar.day_name) if w}
    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            listed = getattr(provider, attribute, ())
            if not isinstance(listed, (tuple, list, dict)):
                continue  # (a property of the provider instance)
            for name in listed:
                name = name.strip()
                if len(name) >= 3 and _LATIN.match(name) and name not in calendar_words:
                    names.update({name, ascii_spelling(name)})
    names = {n for n in names if len(n) >= 3 and n[0].isupper() and n not in calendar_words and n.lower() not in words}
    (HERE / "given_names.txt").write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
