"""A report an unnamed source only vouches for: "X told the meeting that “…,” according to
sources in the room", "He asked the clerks “to …” according to the campaign". "according to"
hangs on a reporting verb whose own subject is a name or he/she; that subject spoke, and the
source (a common noun: sources, the campaign, the transcript, a police report) only vouches for
the report. Both the string rule ("“…” according to X") and the parse took the source as the
speaker and, finding nobody named, left the words null (issue 11, round 28, lane nulls11:
tuning fresh4 ×2, fresh5 ×1; corpus 8 of 9 changes null → right). A named source ("according
to The Ledger") keeps the older reading. Read by parse_finder.py, and by attribute/__init__.py
to let the parse overrule the string rule's reading. Wherever the parse hung "according to",
the words' own clause may still name who spoke: a verb of saying or naming written before them
with a named subject (_clause_reporter; round 63, lane carrier64)."""

from __future__ import annotations

from typing import Any

from ..lexicon.groups import GROUP_NOUNS
from ..lexicon.reporting import FINDING_NOUNS, report_base
from ..lexicon.titles import ROLE_ENDINGS, TITLE_WORDS
from ..thresholds.attribute import NESTED
from .cues import DOCUMENT_NOUNS
from .layout import Layout, Sentence
from .parse_subject import quote_tokens
from .parse_verbs import FINITE_TAGS
from .carried_document import document_reads
from .participle_speaker import participle_speaker


def vouched_report(lay: Layout, sent: Sentence, qi: int, doc: Any) -> bool:
    """Whether the parsed sentence ``doc`` shows a vouched report of quotation ``qi``: then the
    parse, not the string rule's "“…” according to X", names the speaker."""
    q, base = lay.quotes[qi], sent.start
    others = [(lay.quotes[j].start - 1, lay.quotes[j].end + 1) for j in sent.quotes if j != qi]
    qtoks = quote_tokens(doc, q, base)
    outside = [t for t in doc if not (q.start - 1 <= base + t.idx <= q.end)
               and not any(a <= base + t.idx < b for a, b in others)]
    return vouched(doc, outside, qtoks, {t.i for t in outside})


def vouched(doc: Any, outside: list[Any], qtoks: list[Any], out_ids: set[int]) -> bool:
    """A vouched report of the quotation in the sentence: "warned that “…” according to an
    email obtained by X" is the subject's, never the one who obtained the email (corpus)."""
    return vouching_source(doc, outside, qtoks, out_ids) is not None


def vouching_source(doc: Any, outside: list[Any], qtoks: list[Any], out_ids: set[int]) -> Any | None:
    """The source token ("X" of "according to X") that vouches for the quotation's report, or None."""
    for t in outside:
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            objs = [c for c in doc[t.i + 1].children if c.dep_ == "pobj"]
            if objs and vouched_by(t, objs[0], qtoks, out_ids):
                return objs[0]
    return None


def vouched_by(according: Any, source: Any, qtoks: list[Any], out_ids: set[int]) -> bool:
    """Whether "according to ``source``" only vouches for the report of the quotation's words."""
    verb = according.head
    # a poll or survey is the author of its own findings, not a record of someone's words
    # ("Priolo mentioned the poll — “the worst rating …,” according to the poll": corpus check);
    # a verb inside the words ("“Trump said that …,” according to the book") reports nothing
    # a named source vouches too ("X ripped the plan as “…”, according to the Ledger", "According
    # to the Ledger, X told the board that …": the outlet reports X's words; round 34, lane
    # wrong15, corpus sample: the outlet took them)
    if source.lower_ not in FINDING_NOUNS and verb.i in out_ids and qtoks and document_reads(verb):
        return True  # "“…” read the notice, according to the Ledger": the notice's (carried_document.py)
    if source.lower_ in FINDING_NOUNS or not qtoks:
        return False
    if verb.i not in out_ids or report_base(verb.lower_) is None:
        return _clause_reporter(source, qtoks, out_ids) is not None
    first, last = qtoks[0].i, qtoks[-1].i
    # right after the words, and the words inside the verb's clause: a sentence the splitter ran
    # on past an unspaced paragraph ("…”The NRA issued a statement …”, according to the
    # statement") vouches for its own quotation only (corpus check); "“…,” X said, according to
    # the transcript" for the words quoted inside X's too (tuning fresh4)
    # ("“…,” the minister said in a statement, according to the Ledger": the source hangs on the
    # verb across its own phrase; round 34, lane wrong15)
    after_credit = verb.i > last and (0 < according.i - verb.i <= 2 or according.head.i == verb.i
                                      and according.i - verb.i <= NESTED.vouched_reach)
    after_words = 0 < according.i - last <= 3 and verb.left_edge.i <= first and last <= verb.right_edge.i
    # "According to the Ledger, X told the board that …": the source opens the verb's clause
    before_words = according.i == verb.left_edge.i and verb.i < first and last <= verb.right_edge.i
    if not (after_credit or after_words or before_words) or not _hangs_on(verb, qtoks, out_ids):
        return _clause_reporter(source, qtoks, out_ids) is not None
    # "X backed the plan and questioned whether … “…,” according to the Ledger": a verb joined
    # to the clause's first shares its subject (round 50, lane bodies50: random AllSides text)
    owner = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
    subjects = [c for c in owner.children if c.dep_ == "nsubj" and _speaking_subject(c)]
    # "According to Mayor X's office, he accepted the offer and told Y that “…”": the pronoun is
    # the office's owner, whom the source already names; read as a pronoun it went to the man
    # named last in the paragraph before (review22: wrong15's corpus check, a president's
    # office and its "he", given to another president)
    return bool(subjects) and not (subjects[0].lower_ in {"he", "she"} and _named_owner(source))


def _named_owner(source: Any) -> bool:
    # ("Lund’s" is parsed a noun as often as a proper noun: its capital decides)
    return any(k.dep_ == "poss" and k.text[:1].isupper() and k.pos_ in {"PROPN", "NOUN"} for k in source.children)


def _speaking_subject(c: Any) -> bool:
    """A subject that can have said the words: a name, he/she, people described in the plural
    ("officials say"), or a document of a named owner ("X's lawsuit alleges"; round 34, lane
    wrong15: the outlet reporting them took the words)."""
    if c.pos_ == "PROPN" or c.lower_ in {"he", "she"} or c.lower_ in GROUP_NOUNS:
        return True
    if c.lower_ in TITLE_WORDS or c.lower_.endswith(ROLE_ENDINGS):
        return True  # "the attorney general said …, according to the Ledger": a role, unnamed
    return c.lower_ in DOCUMENT_NOUNS and any(k.dep_ == "poss" and k.pos_ == "PROPN" for k in c.children)


def _hangs_on(verb: Any, qtoks: list[Any], out_ids: set[int]) -> bool:
    """The quoted words are what ``verb`` reports: walking up from the words' head no relative
    or adjectival clause and no other reporting verb with a subject of its own comes between.
    "X denied the memo, which called the plan “a disaster,” according to aides" or "X said the
    union had called it “…”" report someone else's words (review of round 28); "X warned that
    steps must be taken “to …”" is still X's. Only words outside every quotation count as
    coming between (a quotation nested in another hangs on the outer one's words)."""
    inside = {t.i for t in qtoks}
    heads = [t for t in qtoks if not t.is_punct and t.head.i not in inside]  # where the words attach
    if not heads:
        return True  # the words parse as a sentence of their own: nothing between
    return any(_clean_path(t, verb, out_ids) for t in heads)


def _clean_path(t: Any, verb: Any, out_ids: set[int]) -> bool:
    while t.i != verb.i:
        if t.i in out_ids and (t.dep_ in ("relcl", "acl") or report_base(t.lower_) is not None and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i in out_ids for c in t.children)):
            return False
        if t.head.i == t.i:
            # a root: inside a quotation the parse cut loose (the outer words of a nested
            # quotation, "“We should say, ‘…’ It will work out,” X said"), nothing came between
            return t.i not in out_ids
        t = t.head
    return True


def _clause_reporter(source: Any, qtoks: list[Any], out_ids: set[int]) -> Any | None:
    """The verb of saying the words hang on, written before them with a named subject, wherever
    the parse hung "according to" ("According to the Ledger, the vote marked the first time
    that Voss had called the plan a “…”", "While Voss said the plan was “…,” according to the
    Ledger's interviews, …"): the carrier vouches for Voss's words, it did not say them. The
    carrier's own "reported" is no such verb, and a subject the source names or a description
    ("officials are urging … because, according to the Ledger, “…”") leaves the carrier's
    reading (round 63, lane carrier64: tuning tune, fresh2, fresh22; its r300 corpus folder)."""
    verb = _words_verb(qtoks, out_ids)
    if verb is None or verb.i > qtoks[0].i or report_base(verb.lower_) in (None, "report"):
        return None
    owner = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
    subject = next((c for c in owner.children if c.dep_ == "nsubj"), None) or _name_across_comma(verb) \
        or participle_speaker(verb)
    if subject is None or subject.pos_ != "PROPN" or subject.i in {t.i for t in source.subtree}:
        return None
    return subject


def _name_across_comma(verb: Any) -> Any | None:
    """A finite verb the parse left without a subject in "…, Voss, revealed": the one word set
    off by commas before it (parse_finder reads it the same way: aside_subject.name_before_aside).
    Not a participle after a party-and-state tag ("obtained by Sen. X, D-Calif., alleging that …":
    the letter's words, not the state's; tuning fresh17)."""
    doc, i = verb.doc, verb.i
    if i < 3 or verb.tag_ not in FINITE_TAGS or doc[i - 1].text != "," or doc[i - 3].text != ",":
        return None
    return doc[i - 2]


def _words_verb(qtoks: list[Any], out_ids: set[int]) -> Any | None:
    """The verb of saying of the words' own clause: the first above where they attach, climbing
    through clauses without a subject of their own and through a reported that-clause only
    ("X said the ban was “…”"); a clause with a subject of its own that reports nothing ends
    the climb ("while his brother Y talked about being “…”" is not the "said" of the sentence's
    first clause)."""
    inside = {t.i for t in qtoks}
    for start in (t for t in qtoks if not t.is_punct and t.head.i not in inside):
        h = start.head
        while not (h.i in out_ids and report_base(h.lower_) is not None):
            own = h.i in out_ids and any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children)
            if h.i == h.head.i or own and h.dep_ != "ccomp":
                break
            h = h.head
        if h.i in out_ids and report_base(h.lower_) is not None and _clean_path(start, h, out_ids):
            return h
    return None
