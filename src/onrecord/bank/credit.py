"""Crediting a quotation the article leaves unattributed from other reports of the same words in a
quote bank (``onrecord extract --bank``): Quotebank's cross-document evidence, on one article.

An article often prints words it credits to nobody that other outlets print with their speaker:
a sibling report of the same story says "Pelosi said" where this one runs the words after a
paragraph about the bill. When attribution leaves a speech quotation with no speaker and no
unnamed description, and the bank holds the same words (``bank.query.cluster_of``: the same
canonical form, or a truncation or edit of it), the credits of the *other* documents decide:

1. only occurrences from another document (never the article itself: same text, same record id)
   whose own speaker onrecord credited with a calibrated probability of at least
   ``BankCreditThresholds.min_probability`` count;
2. those credits, grouped by person (``names.same_person``), must name one person clearly more
   often than any other (``min_share``): two outlets crediting two people is no evidence;
3. that person must be named in this article (a speaker onrecord credits here, or the name
   written in the text): the speaker is given in the article's own form, never a name the
   reader of this article cannot find in it.

A name onrecord itself gave is replaced only when its calibrated probability is below
``BankCreditThresholds.replace_below`` (the bar under which ``check`` already calls the speaker
uncertain) and the other reports credit another person this article names: on the tuning sets
six such names were wrong and became right and none right became wrong; on the never-read sets
four and two (docs/attribution-errors.md, round 75).

A name so given says where it came from (the first evidence line, ``speaker_from_bank`` in the
JSON) and carries the measured share of such names that were right as its calibrated
probability (``BankCreditThresholds.fill_probability``, ``replace_probability``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import Iterable

from ..model import WITHHELD, Document, ExtractResult, Quote
from ..names import name_tokens, same_person
from ..thresholds.bank import BankCreditThresholds, BankOptions
from .article_names import article_form
from .forms import words
from .query import cluster_of
from .store import Bank

# the stage that decided, first in the evidence of every name the bank gives
STAGE = "bank"


@dataclass(frozen=True)
class BankCredit:
    """Who other reports credit with a quotation's words, and how this article names them."""

    speaker: str  # the article's form of the name
    banked_as: str  # the form the other reports used most
    reports: int  # other documents crediting this person (one vote each)
    against: int  # other documents crediting someone else, or a surname that fits two people
    cluster_id: int

    def evidence(self) -> str:
        s = "s" if self.reports != 1 else ""
        other = f", {self.against} to others" if self.against else ""
        return (f"{STAGE}: the same words are credited to {self.banked_as} in {self.reports} other"
                f" report{s}{other} [bank cluster {self.cluster_id}]; the article names {self.speaker}")


def credit_from_bank(results: Iterable[ExtractResult], bank: Bank, limits: BankCreditThresholds | None = None,
                     options: BankOptions | None = None, min_shown: float = 0.0) -> int:
    """Give each speech quotation of ``results`` that the article leaves to nobody, or to a name
    onrecord is unsure of, the speaker other reports credit (see the module's docstring).
    ``min_shown``: the calibrated probability a name needs to be shown (--precise-speakers);
    a bank credit whose measured probability is below it is not given, as attribution
    withholds its own names below it. Returns how many quotations were credited."""
    limits = limits or BankCreditThresholds()
    n = 0
    for r in results:
        if isinstance(r, ExtractResult):
            for q in r.quotes:
                p = _open(q, limits)
                if p is None or p < min_shown:
                    continue
                c = bank_credit(r, q, bank, limits, options)
                if c is not None and not same_person(c.speaker, q.speaker):
                    _apply(q, c, p)
                    n += 1
    return n


def _open(q: Quote, limits: BankCreditThresholds) -> float | None:
    """The probability a bank credit of ``q`` would carry, or None when ``q`` is not open to
    one: open are speech quotations long enough to be one quotation that the article's reading
    left to nobody (and to no unnamed description: a fill), or to one name of low calibrated
    probability, or whose name ``--precise-speakers`` withheld (a replacement)."""
    if q.kind != "speech" or q.nested or len(words(q.text)) < limits.min_words:
        return None
    if q.speaker is None:
        if q.speakers or q.speaker_description is not None:
            return None
        withheld = any(e.startswith(WITHHELD) for e in q.attribution_evidence)
        return limits.replace_probability if withheld else limits.fill_probability
    uncertain = q.speaker_probability is not None and q.speaker_probability < limits.replace_below
    return limits.replace_probability if uncertain and len(q.speakers) <= 1 else None


def bank_credit(r: ExtractResult, q: Quote, bank: Bank, limits: BankCreditThresholds,
                options: BankOptions | None = None) -> BankCredit | None:
    cid = cluster_of(bank, q.text, options, within=limits.within)
    if cid is None:
        return None
    shortest = limits.min_form_share * len(words(q.text))
    groups, ambiguous = _credits(bank, cid, shortest, r.document, limits)
    if not groups:
        return None
    (names, top), rest = groups[0], ambiguous + sum(n for _, n in groups[1:])
    if top < limits.min_reports or top < limits.min_share * (top + rest):
        return None
    here = article_form(names, r)
    if here is None:
        return None
    banked_as = min(set(names), key=lambda n: (-names.count(n), n))  # most used; ties by name, not by hash order
    return BankCredit(here, banked_as, top, rest, cid)


def record_id(doc: Document) -> str:
    """The record id the bank may hold this document under: its own (a JSON Lines or WARC
    member), else its file's name without the extension, since ``abc.txt`` saved from a corpus
    is the record ``abc``. With its text's hash this keeps the article from corroborating
    itself when its saved copy differs (a reader's mojibake repair changes the hash); a bank
    document is the article only if it is also about as long (``same_length_share``), since
    ids like "1" (a line number) or "story" (a URL's last part) are shared by strangers."""
    if doc.doc_id:
        return doc.doc_id
    return PurePath(doc.path.split("#", 1)[0]).stem


# one vote per document and person: a document printing the words three times is one report
_OTHER_CREDITS = (
    "SELECT DISTINCT o.document_id, o.speaker FROM occurrences o JOIN forms f ON f.id = o.form_id"
    " JOIN documents d ON d.id = o.document_id"
    " WHERE f.cluster_id = ? AND f.words >= ? AND o.speaker IS NOT NULL AND o.confidence >= ?"
    " AND d.sha256 != ? AND NOT (d.doc_id IS NOT NULL AND d.doc_id = ? AND ABS(d.chars - ?) <= ?)"
    " ORDER BY o.speaker, o.document_id")


def _credits(bank: Bank, cid: int, n_words: float, doc: Document,
             limits: BankCreditThresholds) -> tuple[list[tuple[list[str], int]], int]:
    """Other documents' credits of a cluster, grouped by person, most credited first, and the
    number of credits that fit more than one group. Only forms of at least ``n_words`` words
    count: a much shorter one is a fragment, and who said a fragment need not have said the
    rest (an editorial that quotes eight of a president's words gave the editorial to the
    president)."""
    near = limits.same_length_share * len(doc.text)
    rows = bank.conn.execute(_OTHER_CREDITS, (cid, n_words, limits.min_probability, doc.sha256, record_id(doc),
                                              len(doc.text), near))
    return group_people([name for _, name in rows])


def group_people(names: list[str]) -> tuple[list[tuple[list[str], int]], int]:
    """``names`` grouped by person, largest group first, and how many fit two groups. Full
    names are grouped first, each joining a group only if it is the same person as every
    member; then a surname alone joins the one group it fits, and one that fits two ("Clinton"
    for Hillary and Bill Clinton) is no vote for either. Same result in any order (review of
    round 75: grouping by the first member made "Clinton, Hillary Clinton, Bill Clinton" one
    person in that order and none in another)."""
    groups: list[list[str]] = []
    ambiguous = 0
    for name in sorted(names, key=lambda n: (-len(name_tokens(n)), n)):
        fits = [g for g in groups if all(same_person(m, name) for m in g)]
        if len(fits) > 1:
            ambiguous += 1
        elif fits:
            fits[0].append(name)
        else:
            groups.append([name])
    groups.sort(key=lambda g: (-len(g), sorted(g)))
    return [(g, len(g)) for g in groups], ambiguous


def _apply(q: Quote, c: BankCredit, probability: float) -> None:
    replaced, was = q.speaker, q.speaker_probability
    q.speaker, q.speakers = c.speaker, [c.speaker]
    q.confidence = q.speaker_probability = probability
    ev = c.evidence()
    if replaced:
        ev += f", not {replaced}, whom the article's reading gave at p={was:.2f}"
    q.attribution_evidence.insert(0, ev)
    q.speaker_from_bank = {"cluster_id": c.cluster_id, "reports": c.reports, "against": c.against,
                           "banked_as": c.banked_as, "replaced": replaced}
