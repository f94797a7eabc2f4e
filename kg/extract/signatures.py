"""Which classes a property joins, and the property a relation takes for the classes it joins.

A country that "joins" NATO is a member; one that "joins" the Partnership for Peace takes
part in a framework (``reroute`` in the lexicon). A relation whose ends do not fit the
property's signature (``signatures``) is dropped: "leaderOf" needs a person.
"""

from __future__ import annotations

from ..lexicon import load_lexicon

__all__ = ["fit"]


def fit(predicate: str, subject_kind: str, object_kind: str, verb: str = "", object_key: str = "") -> str | None:
    """The property for *predicate* between entities of these classes (read by *verb*, the
    relation's trigger word), or None when none fits. An organisation named after its founding
    treaty (*object_key* in the lexicon's ``treaty_organisations``) is signed as the treaty is."""
    lex = load_lexicon().relations
    by_verb = lex["reroute_by_verb"].get(f"{verb} {predicate} {object_kind}") if verb else None
    if by_verb is not None:  # a verb's own reroute is final ("seat": an operation's headquarters is located)
        predicate = by_verb
    else:
        reroute = lex["reroute"]  # by both classes ("Country partOf InternationalOrganization") or the object's
        predicate = reroute.get(f"{subject_kind} {predicate} {object_kind}",
                                reroute.get(f"{predicate} {object_kind}", predicate))
    if not predicate:
        return None  # rerouted to nothing: "US ships are based in Italy" places no country in another
    if predicate == "succeeded" and not any(subject_kind in group and object_kind in group
                                            for group in lex["succession_groups"]):
        return None  # "replaced by Dutch minister X": no country succeeds a person; "took over from UN forces"
    if object_key in lex["treaty_organisations"].get(predicate, ()):
        return predicate
    signature = lex["signatures"].get(predicate)
    if signature is None:
        return predicate
    if subject_kind in signature["subject"] and object_kind in signature["object"]:
        return predicate
    return None
