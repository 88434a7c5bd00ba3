"""Reading the bank: search clusters by words, speaker and date; one cluster's history (its
variants in order of first appearance, each with a word diff against the earliest form); and
corroboration of a quotation for ``verify``/``check --bank``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..errors import UnknownCluster, UsageError
from ..names import same_person
from ..report.summary import DiffOp, word_diff
from ..thresholds.bank import BankOptions
from .forms import canonical, form_key, variant_score, words
from .store import Bank


@dataclass
class ClusterSummary:
    id: int
    longest: str
    forms: int
    occurrences: int
    outlets: int
    first_published: str | None
    first_outlet: str | None
    speaker: str | None
    speaker_count: int


@dataclass
class Variant:
    """One canonical form of a cluster, as first printed, with its word diff against the
    cluster's earliest form (empty for the earliest itself)."""

    form_id: int
    text: str
    first_published: str | None
    first_outlet: str | None
    first_document: str
    occurrences: int
    outlets: int
    speakers: list[str]
    score: float | None
    diff: list[DiffOp] = field(default_factory=list)


@dataclass
class OutletReports:
    """One outlet's reports of a cluster: how many, and the first and last dates."""

    outlet: str | None
    occurrences: int
    first_published: str | None
    last_published: str | None


@dataclass
class ClusterHistory:
    cluster: ClusterSummary
    speakers: list[tuple[str, int]]
    variants: list[Variant]
    outlets: list[OutletReports] = field(default_factory=list)


@dataclass
class Corroboration:
    """Other reports of a quotation in the bank: corroboration, never a primary source."""

    cluster_id: int
    match: str  # "canonical" (same words) or "variant" (truncated, elided or edited form)
    outlets: int
    occurrences: int
    since: str | None
    first_outlet: str | None
    first_document: str | None

    def describe(self) -> str:
        since = f" since {self.since}" if self.since else ""
        first = f", first by {self.first_outlet}" if self.first_outlet else ""
        kind = "" if self.match == "canonical" else " (as a variant)"
        n = self.outlets or 1
        return f"reported by {n} outlet{'s' if n != 1 else ''}{since}{first}{kind} [bank cluster {self.cluster_id}]"


_SUMMARY = ("SELECT id, longest, forms, occurrences, outlets, first_published, first_outlet, speaker,"
            " speaker_count FROM clusters")


def _fts_query(text: str) -> str:
    toks = [t.replace('"', "") for t in words(text)]
    return " ".join(f'"{t}"' for t in toks if t)


def search(bank: Bank, text: str = "", speaker: str | None = None, since: str | None = None,
           limit: int = 20, min_confidence: float | None = None) -> list[ClusterSummary]:
    """Clusters holding a form with all of ``text``'s words, said by ``speaker`` (any mention
    of the same person) and reported on or after ``since``; most reported first. With
    ``min_confidence``, only clusters one report of which (dated ``since`` or later, if given)
    credits to a speaker (``speaker`` if given) at that calibrated confidence or more. Banks
    mined before round 27 hold the rules' values there, not probabilities (docs/mining.md)."""
    sql, args = _SUMMARY + " c WHERE 1=1", []
    if text.strip():
        q = _fts_query(text)
        if not q:
            raise UsageError(f"search {text!r}: no words to search for")
        sql += " AND id IN (SELECT f.cluster_id FROM forms_fts JOIN forms f ON f.id = forms_fts.rowid WHERE forms_fts MATCH ?)"
        args.append(q)
    names = _names_of(bank, speaker) if speaker else None
    if speaker and not names:
        return []
    # one report must meet every filter on reports at once: dated since, and, with a confidence
    # floor, naming the speaker at that calibrated confidence or more (round 27: a confident
    # 2020 report and an unsure 2024 one do not make a confident report since 2024)
    conds, cargs = [], []
    if since:
        conds.append("o.published >= ?")
        cargs.append(since)
    if min_confidence is not None:
        conds.append("o.speaker IS NOT NULL AND o.confidence >= ?")
        cargs.append(min_confidence)
        if names:
            conds.append("o.speaker IN (SELECT value FROM json_each(?))")
            cargs.append(json.dumps(names))
    if conds:
        sql += (" AND EXISTS (SELECT 1 FROM forms f JOIN occurrences o ON o.form_id = f.id"
                " WHERE f.cluster_id = c.id AND " + " AND ".join(conds) + ")")
        args += cargs
    if names and min_confidence is None:
        sql += " AND id IN (SELECT cluster_id FROM cluster_speakers WHERE speaker IN (SELECT value FROM json_each(?)))"
        args.append(json.dumps(names))
    sql += " ORDER BY occurrences DESC, id LIMIT ?"
    args.append(limit)
    return [ClusterSummary(*row) for row in bank.conn.execute(sql, args)]


def _names_of(bank: Bank, speaker: str) -> list[str]:
    """The bank's speaker names that can name the same person as ``speaker`` (any mention:
    "Reyes", "Tomas Reyes"). Matched over the distinct names once, in Python, because
    ``same_person`` folds accents and titles that SQL cannot; the web page's speaker search
    asked it per cluster before, 195-300 ms on a 7,663-cluster bank (docs/bench-mine.md)."""
    return [n for (n,) in bank.conn.execute("SELECT DISTINCT speaker FROM cluster_speakers") if same_person(speaker, n)]


_VARIANTS = """
SELECT f.id, f.score,
       (SELECT o.id FROM occurrences o WHERE o.form_id = f.id
        ORDER BY o.published IS NULL, o.published, o.document_id, o.id LIMIT 1) AS first_occ,
       (SELECT count(*) FROM occurrences o WHERE o.form_id = f.id),
       (SELECT count(DISTINCT o.outlet) FROM occurrences o WHERE o.form_id = f.id)
FROM forms f WHERE f.cluster_id = ?
"""


def show(bank: Bank, cluster_id: int) -> ClusterHistory:
    """A cluster's variants in order of first appearance, each diffed against the earliest."""
    row = bank.conn.execute(_SUMMARY + " WHERE id = ?", (cluster_id,)).fetchone()
    if row is None:
        raise UnknownCluster(f"no cluster {cluster_id} in this bank (find ids with: onrecord bank search WORDS)", path=bank.path)
    variants = []
    for fid, score, occ, n, outlets in bank.conn.execute(_VARIANTS, (cluster_id,)).fetchall():
        text, published, outlet, path, doc_row = bank.conn.execute(
            'SELECT o.text, o.published, o.outlet, d.path, d.id FROM occurrences o JOIN documents d'
            " ON d.id = o.document_id WHERE o.id = ?", (occ,)).fetchone()
        speakers = [r[0] for r in bank.conn.execute(
            "SELECT DISTINCT speaker FROM occurrences WHERE form_id = ? AND speaker IS NOT NULL ORDER BY speaker", (fid,))]
        variants.append(((published is None, published or "", doc_row, occ),
                         Variant(fid, text, published, outlet, path, n, outlets, speakers, score)))
    variants.sort(key=lambda v: v[0])
    ordered = [v for _, v in variants]
    for v in ordered[1:]:
        v.diff = word_diff(v.text, ordered[0].text)
    speakers = [(s, n) for s, n in bank.conn.execute(
        "SELECT speaker, count FROM cluster_speakers WHERE cluster_id = ? ORDER BY count DESC, speaker", (cluster_id,))]
    return ClusterHistory(ClusterSummary(*row), speakers, ordered, _outlets(bank, cluster_id))


_OUTLETS = """
SELECT o.outlet, count(*), min(o.published), max(o.published)
FROM forms f JOIN occurrences o ON o.form_id = f.id WHERE f.cluster_id = ?
GROUP BY o.outlet ORDER BY min(o.published) IS NULL, min(o.published), o.outlet IS NULL, o.outlet
"""


def _outlets(bank: Bank, cluster_id: int) -> list[OutletReports]:
    """The outlets that reported a cluster, the first to report it first (undated ones last)."""
    return [OutletReports(*r) for r in bank.conn.execute(_OUTLETS, (cluster_id,))]


def corroborate(bank: Bank, quote: str, options: BankOptions | None = None) -> Corroboration | None:
    """The cluster reporting ``quote``: by its canonical form, else as a variant (either way
    round: the quote truncates a banked form or a banked form truncates it). None when the
    bank has no report of it."""
    found = _cluster_match(bank, quote, options or BankOptions())
    if found is None:
        return None
    c = bank.conn.execute(
        "SELECT c.id, c.outlets, c.occurrences, c.first_published, c.first_outlet, d.path FROM clusters c"
        " LEFT JOIN documents d ON d.id = c.first_document_id WHERE c.id = ?", (found[0],)).fetchone()
    if c is None:
        return None
    return Corroboration(c[0], found[1], c[1], c[2], c[3], c[4], c[5])


def cluster_of(bank: Bank, quote: str, options: BankOptions | None = None, *, within: bool = False) -> int | None:
    """The id of the bank's cluster holding ``quote`` (its canonical form, else as a variant),
    or None. ``within``: only a banked form at least as long as ``quote`` may hold it as a
    variant, so that a banked fragment of it does not stand for all of it (an editorial quoting
    a president's six words is not the president's words: bank/credit.py)."""
    found = _cluster_match(bank, quote, options or BankOptions(), within)
    return found[0] if found else None


def _cluster_match(bank: Bank, quote: str, options: BankOptions, within: bool = False) -> tuple[int, str] | None:
    canon = canonical(quote)
    row = bank.conn.execute("SELECT cluster_id FROM forms WHERE key = ?", (form_key(canon),)).fetchone()
    match = "canonical"
    if row is None:
        row, match = _variant_cluster(bank, canon, options, within), "variant"
    if row is None or row[0] is None:
        return None
    return row[0], match


def _variant_cluster(bank: Bank, canon: str, options: BankOptions, within: bool = False) -> tuple[int] | None:
    toks = canon.split()
    if len(toks) < options.min_variant_words:
        return None
    # candidates: forms sharing the quotation's rarest-looking words (the longest ones)
    probe = " OR ".join(f'"{t}"' for t in sorted(set(toks), key=len, reverse=True)[:8])
    best: tuple[float, int] | None = None
    for fid, cid, other in bank.conn.execute(
            "SELECT f.id, f.cluster_id, f.canonical FROM forms_fts JOIN forms f ON f.id = forms_fts.rowid"
            " WHERE forms_fts MATCH ? ORDER BY rank LIMIT 200", (probe,)):
        if len(other.split()) < options.min_variant_words or within and len(other.split()) < len(toks):
            continue
        short, long = (canon, other) if len(toks) <= len(other.split()) else (other, canon)
        score = variant_score(short, long, options)
        if score is not None and (best is None or score > best[0]):
            best = (score, cid)
    return (best[1],) if best else None


def corroborate_verdicts(verdicts: list, bank: Bank, options: BankOptions | None = None) -> None:
    """Set ``corroboration`` on every verdict whose claim the bank has reports of. The verdict
    itself (status, stage, score, evidence, explanation) is left exactly as verification made
    it: other outlets printing the same words is corroboration, never a primary source."""
    from dataclasses import asdict

    for v in verdicts:
        if v is None or v.claim is None:
            continue
        c = corroborate(bank, v.claim.quote, options)
        if c is not None:
            v.corroboration = {**asdict(c), "note": c.describe()}
