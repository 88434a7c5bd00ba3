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

A name so given says where it came from (the first evidence line, ``stage`` "bank") and carries
``BankCreditThresholds.probability``, the measured share of such names that were right, as its
calibrated probability. A named speaker is never replaced: the rules' reading of this article
comes before anyone else's."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ..model import ExtractResult, Quote
from ..names import BEFORE_NAME, fullest, same_person
from ..thresholds.bank import BankCreditThresholds, BankOptions
from .forms import words
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


def credit_from_bank(results: Iterable[ExtractResult], bank: Bank,
                     limits: BankCreditThresholds | None = None, options: BankOptions | None = None) -> int:
    """Give each unattributed speech quotation of ``results`` the speaker other reports credit
    (see the module's docstring). Returns how many quotations were credited."""
    limits = limits or BankCreditThresholds()
    n = 0
    for r in results:
        if isinstance(r, ExtractResult):
            for q in r.quotes:
                if _open(q, limits):
                    c = bank_credit(r, q, bank, limits, options)
                    if c is not None:
                        _apply(q, c, limits)
                        n += 1
    return n


def _open(q: Quote, limits: BankCreditThresholds) -> bool:
    """A speech quotation the article's reading left to nobody, long enough to be one quotation."""
    return (q.kind == "speech" and q.speaker is None and not q.speakers and not q.nested
            and q.speaker_description is None and len(words(q.text)) >= limits.min_words)


def bank_credit(r: ExtractResult, q: Quote, bank: Bank, limits: BankCreditThresholds,
                options: BankOptions | None = None) -> BankCredit | None:
    cid = cluster_of(bank, q.text, options)
    if cid is None:
        return None
    groups = _credits(bank, cid, r.document.sha256, r.document.doc_id, limits)
    if not groups:
        return None
    (names, top), rest = groups[0], sum(n for _, n in groups[1:])
    if top < limits.min_reports or top < limits.min_share * (top + rest):
        return None
    here = article_form(names, r)
    if here is None:
        return None
    return BankCredit(here, max(set(names), key=names.count), top, rest, cid)


_OTHER_CREDITS = (
    "SELECT o.speaker FROM occurrences o JOIN forms f ON f.id = o.form_id"
    " JOIN documents d ON d.id = o.document_id"
    " WHERE f.cluster_id = ? AND o.speaker IS NOT NULL AND o.confidence >= ?"
    " AND d.sha256 != ? AND (d.doc_id IS NULL OR ? IS NULL OR d.doc_id != ?)")


def _credits(bank: Bank, cid: int, sha256: str, doc_id: str | None,
             limits: BankCreditThresholds) -> list[tuple[list[str], int]]:
    """Other documents' credits of a cluster, grouped by person, most credited first."""
    groups: list[list[str]] = []
    for (name,) in bank.conn.execute(_OTHER_CREDITS, (cid, limits.min_probability, sha256, doc_id, doc_id)):
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
    the text; None when the article does not name them."""
    forms = [q.speaker for q in r.quotes if q.speaker and any(same_person(q.speaker, n) for n in names)]
    for n in set(names):
        forms += written_forms(n, r.document.text)
    return fullest(forms) if forms else None


# up to three capitalised words before the last word of a name: "Donald J. Trump", "President
# Trump", "the White House"; each ending is tried, so "President Trump" yields "Trump"
_LEAD = r"((?:[A-Z][\w.'’-]*\s+){0,3})"


def written_forms(name: str, text: str) -> list[str]:
    """The forms of ``name`` the text writes: capitalised runs ending in the name's last word
    that are the same person ("Trump" in "President Trump" for "Donald Trump")."""
    toks = name.split()
    if not toks:
        return []
    found = []
    for m in re.finditer(_LEAD + rf"({re.escape(toks[-1])})(?![\w’'-])", text):
        lead = m.group(1).split()
        while lead and lead[0].lower().strip(".") in BEFORE_NAME:  # "President", "Sen.", "the"
            lead.pop(0)
        for k in range(len(lead) + 1):
            form = " ".join(lead[k:] + [m.group(2)])
            if same_person(form, name):
                found.append(form)
                break
    return found


def _apply(q: Quote, c: BankCredit, limits: BankCreditThresholds) -> None:
    q.speaker = c.speaker
    q.confidence = limits.probability
    q.speaker_probability = limits.probability
    q.attribution_evidence.insert(0, c.evidence())
    q.speaker_from_bank = {"cluster_id": c.cluster_id, "reports": c.reports, "against": c.against,
                           "banked_as": c.banked_as}
