"""Thresholds of the quote bank (onrecord/bank/) and of mining (onrecord/mine/). Each field:
unit, the failure it prevents, the measurement behind the value.

Measurements are on eval/real/bank/pairs.jsonl (211 labelled pairs; precision / recall with
every other value at its default: 1.000 / 0.966), 2026-12-02, one value changed at a time."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BankOptions:
    # words per shingle (the runs that propose candidate pairs). 4 lost edited quotations whose
    # changes leave fewer shared 4-word runs (recall 0.931); 2 scored the same as 3 on the set
    # but proposes many more pairs (every shared function-word pair), so 3.
    shingle_words: int = 3
    # words; a form shorter than this joins a cluster only by an identical canonical form. A
    # four-word fragment ("we will not stop") is contained in many different quotations, and
    # attaching it to one of them would be a guess. (Not varied on the set: every labelled
    # pair has a side of 6+ words, because the pairs were listed with this rule.)
    min_variant_words: int = 6
    # forms; a shingle held by more forms than this is a stock phrase ("i don't think we") and
    # proposes no pair: one stock phrase could otherwise propose n*(n-1)/2 pairs. Not tuned:
    # with 50, clustering the 96,676 forms of 10,000 AllSides articles took 24 s (bench-mine.md).
    max_shingle_forms: int = 50
    # shared shingles a candidate pair needs. 3 lost short truncations (recall 0.948); 1 scored
    # the same as 2 on the set and proposes more pairs to score.
    min_shared_shingles: int = 2
    # words of a form that must all lie in shared runs: up to this many plus
    # ``words_per_edit - 1`` words, a form joins only as a pure truncation or elision. 4 let
    # three stock-phrase pairs join (precision 0.974: "at the end of the year" / "... of the
    # day"); 6 lost 9-word misquotes (recall 0.940).
    edit_free_words: int = 5
    # words per allowed changed word beyond ``edit_free_words``: 9-12 words may change one,
    # 13-16 two. 3 let six different quotations with a shared opening join (precision 0.949:
    # "... called for by Senator Schumer" / "... by the president"); 5 lost 13-15-word misquotes
    # (recall 0.922).
    words_per_edit: int = 4
    # words; a shared run shorter than this does not count as matched. 1 let scattered "the",
    # "we", "will" make different quotations look alike (precision 0.966); 3 lost one-word
    # swaps (recall 0.922).
    min_run_words: int = 2


@dataclass(frozen=True)
class BankCreditThresholds:
    """Crediting an unattributed quotation from other reports of its words (bank/credit.py,
    ``extract --bank``). Measured on the thirteen tuning sets of eval/real with a bank mined
    from the whole AllSides + BBC corpus (docs/attribution-errors.md, round 75)."""

    # words; a shorter quotation is a phrase many people say ("we will see"), and its cluster's
    # credits say who else said it, not who said it here.
    min_words: int = 6
    # calibrated probability (0-1) that another report's own speaker is right; below it the
    # credit is one of onrecord's uncertain names, and passing it on would copy an error from
    # one article into another. The same bar as --precise-speakers' (CalibrationThresholds).
    min_probability: float = 0.82
    # share (0-1) of the quotation's words a banked form must have for its credit to count: a
    # much shorter form is a fragment the quotation itself quotes (an editorial quoting eight
    # words of a president's was given to the president: audit of 2,500 corpus articles).
    min_form_share: float = 0.3
    # the quotation must lie within a banked form to find its cluster as a variant, not the
    # reverse (the same editorial found the president's eight words' cluster).
    within: bool = True
    # share (0-1) of the article's length within which a bank document with the article's
    # record id (or file name) is the article itself, saved differently (a mojibake repair
    # changed 13 of 2,585 characters): the same id on a document of another length is a
    # stranger ("1", a line number; "story", a URL's last part; review of round 75).
    same_length_share: float = 0.01
    # documents crediting the chosen person (one vote per document).
    min_reports: int = 1
    # share (0-1) of the other documents' credits that must name the chosen person: two
    # outlets crediting two different people is no evidence for either.
    min_share: float = 0.67
    # calibrated probability (0-1) below which a name onrecord gave is open to the bank's
    # credit: the bar under which `check` already calls a speaker uncertain (VerifyOptions.
    # misattribution_min_speaker_confidence). Tuning sets: below it 6 wrong names became right
    # and 1 right one wrong; at 0.75 and above, 7 wrong became right and 11 right became wrong.
    replace_below: float = 0.75
    # calibrated probability (0-1) given to a name the bank gives a quotation the article left
    # to nobody (Quote.speaker_probability): the share of such names that were right, 90 of
    # 104 (two audits of 2,500 unseen corpus articles each, every credit read by two blind
    # readers: 53 of 59 and 34 of 39; the never-read gold sets: 3 of 6). The tuning sets' 16
    # of 18 are left out: the rules were written on them.
    fill_probability: float = 0.87
    # the same for a name that replaces one onrecord gave below ``replace_below``: 55 of 84
    # (audits 24 of 37 and 27 of 41, the second as first measured, before the mend it
    # prompted; never-read 4 of 6). Below the 0.75 of "uncertain": reports mark these names,
    # and `check` accuses nobody on them.
    replace_probability: float = 0.65


@dataclass(frozen=True)
class MineOptions:
    # documents per task sent to a worker process. 16: large enough that spaCy's nlp.pipe and
    # the pickling overhead are amortised, small enough that a Ctrl-C loses at most a few
    # seconds of work and memory stays flat (at most ``inflight_per_worker`` chunks in flight;
    # RSS 0.8-0.9 GB over a 10,000-article run, bench-mine.md). Not tuned.
    chunk_docs: int = 16
    # chunks queued per worker. 2 keeps every worker busy while the next chunk is read, without
    # reading ahead an unbounded part of the corpus (ProcessPoolExecutor.map would read it all).
    inflight_per_worker: int = 2
    # seconds between progress lines on stderr when it is not a terminal (a log file).
    progress_every: float = 5.0
