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

import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import Iterable

from ..lexicon.given_names import GIVEN_NAMES
from ..model import WITHHELD, Document, ExtractResult, Quote
from ..names import BEFORE_NAME, fullest, same_person
from ..thresholds.bank import BankCreditThresholds, BankOptions
from .forms import canonical, words
from .query import cluster_of
from .store import Bank

STAGE = "bank"


@dataclass(frozen=True)
class BankCredit:
    """Who other reports credit with a quotation's words, and how this article names them."""

    speaker: str  # the article's form of the name
    banked_as: str  # the form the other reports used most
    reports: int  # occurrences in other documents crediting this person
    against: int  # occurrences in other documents crediting someone else
    cluster_id: int

    def evidence(self) -> str:
        s = "s" if self.reports != 1 else ""
        other = f", {self.against} to others" if self.against else ""
        return (f"bank: the same words are credited to {self.banked_as} in {self.reports} other"
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
    shortest = limits.min_form_share * len(canonical(q.text).split())
    groups = _credits(bank, cid, shortest, r.document.sha256, record_id(r.document), limits)
    if not groups:
        return None
    (names, top), rest = groups[0], sum(n for _, n in groups[1:])
    if top < limits.min_reports or top < limits.min_share * (top + rest):
        return None
    here = article_form(names, r)
    if here is None:
        return None
    return BankCredit(here, max(set(names), key=names.count), top, rest, cid)


def record_id(doc: Document) -> str:
    """The record id the bank may hold this document under: its own (a JSON Lines or WARC
    member), else its file's name without the extension, since ``abc.txt`` saved from a corpus
    is the record ``abc``. With its text's hash this keeps the article from corroborating
    itself when its saved copy differs (a reader's mojibake repair changes the hash)."""
    if doc.doc_id:
        return doc.doc_id
    return PurePath(doc.path.split("#", 1)[0]).stem


_OTHER_CREDITS = (
    "SELECT o.speaker FROM occurrences o JOIN forms f ON f.id = o.form_id"
    " JOIN documents d ON d.id = o.document_id"
    " WHERE f.cluster_id = ? AND f.words >= ? AND o.speaker IS NOT NULL AND o.confidence >= ?"
    " AND d.sha256 != ? AND (d.doc_id IS NULL OR d.doc_id != ?)")


def _credits(bank: Bank, cid: int, n_words: float, sha256: str, doc_id: str,
             limits: BankCreditThresholds) -> list[tuple[list[str], int]]:
    """Other documents' credits of a cluster, grouped by person, most credited first. Only
    forms of at least ``n_words`` words count: a much shorter one is a fragment, and who said
    a fragment need not have said the rest (an editorial that quotes eight of a president's
    words gave the editorial to the president)."""
    groups: list[list[str]] = []
    for (name,) in bank.conn.execute(_OTHER_CREDITS, (cid, n_words, limits.min_probability, sha256, doc_id)):
        for g in groups:
            if same_person(g[0], name):
                g.append(name)
                break
        else:
            groups.append([name])
    groups.sort(key=len, reverse=True)
    return [(g, len(g)) for g in groups]


def article_form(names: list[str], r: ExtractResult) -> str | None:
    """How this article names the person other reports call ``names``: the fullest of the
    speakers onrecord credits here that are the same person, and of those names written in
    the text; None when the article does not name them, or names two people they fit."""
    forms = [q.speaker for q in r.quotes if q.speaker and any(same_person(q.speaker, n) for n in names)]
    for n in set(names):
        forms += written_forms(n, r.document.text)
    # every form must fit the fullest banked name, and each other: when the reports say
    # "Hillary Clinton" and "Clinton" and this article writes "Bill Clinton", its bare
    # "Clinton" may be him (fresh23); two people fit, so nobody is given
    ref = fullest(names)
    if any(not same_person(a, b) for a in forms + [ref] for b in forms):
        return None
    return fullest(forms) if forms else None


# up to three capitalised words (or initials) before the last word of a name, on one line:
# "Donald J. Trump", "President Trump", "the White House"; each ending is tried, longest first,
# so "President Trump" yields "Trump"
_LEAD = r"(?<![\w.])((?:[A-Z][\w'’-]*[ ]+|[A-Z]\.[ ]*){0,3})"
# what ends a sentence before a capitalised word: that word is capitalised as the sentence's
# first, not as a name ("… Russian. While Trump" read "While Trump" for Trump, fresh22)
_SENTENCE_END = ".!?:;\"“”\n"


def written_forms(name: str, text: str) -> list[str]:
    """The forms of ``name`` the text writes: capitalised runs ending in the name's last word
    that are the same person ("Trump" in "President Trump" for "Donald Trump")."""
    toks = name.split()
    if not toks:
        return []
    found = []
    for m in re.finditer(_LEAD + rf"({re.escape(toks[-1])})(?![\w-])", text):
        form = _form_at(m.group(1).split(), m.group(2), text[:m.start()].rstrip(" "), name)
        if form is not None:
            found.append(form)
    return found


def _form_at(lead: list[str], last: str, before: str, name: str) -> str | None:
    """The longest ending of ``lead`` + ``last`` that is ``name``'s person; None when the word
    before ``last`` is another person's given name ("Peter Ellison" is not Mara Ellison)."""
    if lead and (not before or before[-1] in _SENTENCE_END) and lead[0].lower() not in GIVEN_NAMES:
        lead = lead[1:]  # "While" opening a sentence; "Peter" opening one stays a name
    while lead and lead[0].lower().strip(".") in BEFORE_NAME:  # "President", "Sen.", "the"
        lead = lead[1:]
    for k in range(len(lead) + 1):
        form = " ".join(lead[k:] + [last])
        if k < len(lead) and lead[k].lower().strip(".") in BEFORE_NAME:
            continue  # "General Eric Holder" from "Attorney General Eric Holder": no office word
        if same_person(form, name):
            return form
        if k == len(lead) - 1 and lead[-1].lower() in GIVEN_NAMES:
            return None
    return None


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
