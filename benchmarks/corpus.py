"""A varied generated corpus for the build benchmarks.

Documents of about 2,000 words made of sentence templates written for this benchmark,
filled with countries, organisations and partnership frameworks from the reference data
(``data/reference/``), person names combined from the lists below, cities and years, all
drawn with a fixed seed. No paragraph repeats: a build sees new entities, new relations
and new evidence all along, as it would with real news, which repeating the four sample
documents does not give.

    python benchmarks/corpus.py --words 300000 OUT_FOLDER
"""

from __future__ import annotations

import argparse
import csv
import random
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "data" / "reference"

FIRST = ["Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Henrik", "Irina", "Jonas", "Katarzyna",
         "Luca", "Maria", "Nikolai", "Olga", "Pavel", "Rasa", "Stefan", "Tamar", "Viktor", "Yusuf", "Zeynep",
         "Amir", "Bianca", "Cem", "Daria", "Emil", "Fatima", "Giorgi", "Hana", "Ivan", "Jana", "Kemal", "Lena",
         "Marek", "Nora", "Omar", "Petra", "Radu", "Sofia", "Tomas", "Ulla", "Vesna", "Wojciech", "Aleksandra"]
LAST = ["Andersen", "Balodis", "Constantin", "Dimitrov", "Eriksen", "Fischer", "Gashi", "Horvat", "Ilves",
        "Jankowski", "Kovacs", "Lindqvist", "Marinescu", "Novak", "Ozturk", "Petrov", "Quist", "Rossi", "Sandor",
        "Tamm", "Urbanek", "Varga", "Wagner", "Yilmaz", "Zeman", "Abashidze", "Berisha", "Cerny", "Dragan",
        "Esposito", "Fontaine", "Grigoryan", "Halloran", "Ivanova", "Jensen", "Kaminski", "Laine", "Mazur",
        "Nielsen", "Ortega", "Popescu", "Rahimi", "Salo", "Tkachenko", "Ulmanis", "Vidal", "Weber", "Zoric"]
ROLES = ["Foreign Minister", "Defence Minister", "Prime Minister", "President", "Ambassador",
         "Chief of Defence", "Deputy Secretary General", "Secretary General"]
CITIES = ["Brussels", "Vilnius", "Riga", "Tallinn", "Warsaw", "Bucharest", "Sofia", "Tbilisi", "Kyiv", "Chisinau",
          "Skopje", "Tirana", "Podgorica", "Sarajevo", "Belgrade", "Zagreb", "Ljubljana", "Bratislava", "Prague",
          "Budapest", "Vienna", "Helsinki", "Stockholm", "Oslo", "Copenhagen", "Reykjavik", "Dublin", "Lisbon",
          "Madrid", "Rome", "Athens", "Ankara", "Baku", "Yerevan", "Astana", "Tashkent", "Rabat", "Tunis",
          "Amman", "Doha", "Canberra", "Wellington", "Tokyo", "Seoul", "Ottawa", "Washington", "Berlin", "Paris",
          "The Hague", "Geneva", "Bern", "Valletta", "Nicosia", "Minsk", "Dushanbe", "Bishkek", "Ashgabat"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

#: sentence templates; {c}, {c2} countries, {o} an organisation, {f} a framework, {a} an agreement,
#: {p} a person, {r} a role, {s} a surname, {city}, {y} a year, {m} a month
TEMPLATES = [
    "{c} joined the {f} in {y}.",
    "In {m} {y}, {c} signed the {a} with {o}.",
    "{c} became a member of {o} on {d} {m} {y}.",
    "{r} {p} of {c} met officials of {o} in {city} on {d} {m} {y}.",
    "{s} said that {c} would deepen its cooperation with {o}.",
    "{c} and {c2} agreed in {y} to hold joint exercises under the {f}.",
    "The {f} was launched at a meeting in {city} in {m} {y}.",
    "{c} may join {o} before {y}, according to {r} {p}.",
    "{c} did not sign the {a} in {y}.",
    "{c} has participated in the {f} since {y}.",
    "At the summit in {city}, leaders of {o} welcomed {c} as a partner.",
    "{p}, the {r} of {c}, visited {city} in {y} to discuss the {a}.",
    "{c} contributed troops to missions led by {o} from {y} to {y2}.",
    "Talks between {c} and {c2} on the {a} resumed in {city} in {m} {y}.",
    "{c} is a partner of {o} and takes part in the {f}.",
    "In {y}, {o} opened a liaison office in {city}, the capital of {c}.",
    "{c} withdrew from the {f} in {y}, {s} told reporters in {city}.",
    "The parliament of {c} ratified the {a} on {d} {m} {y}.",
    "{c} hosted a meeting of the {f} in {city} in {y}.",
    "Relations between {c} and {o} were suspended in {y} and restored in {y2}.",
    "{r} {p} signed the {a} on behalf of {c} in {city}.",
    "{c} applied for membership of {o} in {m} {y}.",
    "Officers from {c} trained with forces of {c2} in {city} in {y}.",
    "{c} agreed an Individual Partnership Action Plan with {o} in {y}.",
]


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _vocabulary() -> dict[str, list[str]]:
    entities = _read(REFERENCE / "entities.tsv")
    by_class: dict[str, list[str]] = {}
    for row in entities:
        by_class.setdefault(row["class"], []).append(row["name"])
    countries = [row["name"] for row in _read(REFERENCE / "countries.tsv") if row.get("iso3")]
    return {"c": countries, "o": by_class["InternationalOrganization"], "f": by_class["PartnershipFramework"],
            "a": by_class["Agreement"]}


def sentences(seed: int = 18) -> Iterator[str]:
    """An endless stream of filled-in sentences."""
    rng = random.Random(seed)
    vocab = _vocabulary()
    while True:
        template = rng.choice(TEMPLATES)
        c, c2 = rng.sample(vocab["c"], 2)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        y = rng.randint(1990, 2024)
        yield template.format(c=c, c2=c2, o=rng.choice(vocab["o"]), f=rng.choice(vocab["f"]), a=rng.choice(vocab["a"]),
                              p=f"{first} {last}", s=last, r=rng.choice(ROLES), city=rng.choice(CITIES), y=y,
                              y2=min(2025, y + rng.randint(1, 12)), m=rng.choice(MONTHS), d=rng.randint(1, 28))


def documents(words: int, *, doc_words: int = 2000, seed: int = 18) -> Iterator[tuple[str, str]]:
    """(file name, text) of documents adding up to about *words* words."""
    rng = random.Random(seed + 1)
    stream = sentences(seed)
    total, number = 0, 0
    while total < words:
        paragraphs, size = [f"Partnership report {number}"], 3
        while size < doc_words and total + size < words:
            paragraph = " ".join(next(stream) for _ in range(rng.randint(3, 6)))
            paragraphs.append(paragraph)
            size += len(paragraph.split())
        total += size
        yield f"gen{number:05d}.txt", "\n\n".join(paragraphs) + "\n"
        number += 1


def write_corpus(folder: Path, words: int, *, seed: int = 18) -> list[Path]:
    """Write the corpus of about *words* words into *folder*; returns the files."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in documents(words, seed=seed):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--words", type=int, default=300_000)
    parser.add_argument("--seed", type=int, default=18)
    args = parser.parse_args()
    paths = write_corpus(args.folder, args.words, seed=args.seed)
    print(f"{len(paths)} documents in {args.folder}")


if __name__ == "__main__":
    main()
