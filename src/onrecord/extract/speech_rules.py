"""The speech rule family of ``KIND_RULES`` (extract/classify.py): a quotation of someone (an
editorial flag, length, a whole sentence, a speaker and a colon, a reporting verb, a
paragraph or headline it opens or closes)."""

from __future__ import annotations

import re

from .bounds import decides
from .cues import _plural_present, _reporting_cue
from ..lexicon.function_words import AUXILIARY_OPENERS, CLAUSE_PRONOUNS, DEGREE_WORDS, NOUN_PHRASE_OPENERS, PRONOUN_CONTRACTIONS
from .lexicon import ORG_NOUNS
from ..lexicon.furniture import link_label_pattern
from ..lexicon.groups import OPINION_VOICES
from ..lexicon.reporting import PLAIN_REPORTING_BASES, report_base
from .label_rules import _plain_noun_phrase
from .reading import EARLIER_IN_SENTENCE, Decision, _Reading
from .subject import DEMONYM_RE, clause_subject, subject_is_named
from .words import _words, left_clause

# The reason the length rule gives (after the number of words): read by title_echo, where a
# work's repeat typed speech by its length alone gives way to the work's name (round 65).
BY_LENGTH = "words: a statement, not a label"
_OF_THE_QUOTATION = " the quotation"
# the ends of _reporting_verb's speech reason for a verb before the marks or earlier in the
# sentence (extract/title_echo.py reads them)
VERB_BEFORE_REASON_ENDS = (f"before{_OF_THE_QUOTATION}", f"{EARLIER_IN_SENTENCE}{_OF_THE_QUOTATION}")


def _flagged(r: _Reading) -> Decision | None:
    if r.ctx.flagged:
        return "speech", ["an editorial marker flags it as a quotation of someone"]
    return None


@decides(min_words="speech_min_words")
def _long(r: _Reading) -> Decision | None:
    if r.n >= r.opts.speech_min_words:
        return "speech", [f"{r.n} {BY_LENGTH}"]
    return None


def _whole_sentence(r: _Reading) -> Decision | None:
    if r.sentence and (not r.left.strip() or r.left.rstrip().endswith((":", ","))):
        if r.n >= 2 or r.cue:
            return "speech", ["a whole sentence standing as a quotation"]
    return None


@decides(needs_left=True)
def _colon_after_speaker(r: _Reading) -> Decision | None:
    """"Mayor: ‘No’", "Okafor: “Never.”" — a speaker, a colon, the words."""
    if r.left.rstrip().endswith(":") and subject_is_named(clause_subject(r.left.rstrip()[:-1])):
        return "speech", ["introduced by a colon after a named speaker"]
    return None


@decides(needs_left=True)
def _speaker_label(r: _Reading) -> Decision | None:
    """"Graham: Reid is ‘lying’ about Romney", "Council chief: Plan ‘dead’": a headline opened
    by its speaker's name and a colon quotes that speaker."""
    label = line_speaker_label(r)
    if label:
        return "speech", [f"in a line opened by the speaker label '{label}:'"]
    return None


def line_speaker_label(r: _Reading) -> str | None:
    """``speaker_label`` of the words before the marks, or of the whole sentence before them
    when an earlier quotation stands between: 'Graham: “I'm Running” to be “…”' (real-news
    fresh2: the second quotation's own left context, "to be", holds no label)."""
    label = speaker_label(r.left)
    if label is None and ":" in r.ctx.window:
        whole = r.ctx.sentence_left
        if whole != r.left:
            label = speaker_label(whole)
    return label


def speaker_label(left: str) -> str | None:
    """The speaker label opening the line before the marks ("Graham: Reid is ‘…’"), after any
    related-link label, with at most 8 words between it and the marks; else None."""
    if ":" not in left:
        return None  # (the pattern needs the colon)
    left = _after_link_label(left)
    label = _SPEAKER_LABEL.search(left) if ":" in left else None
    if label and len(_words(label.group(2))) <= 8 and _is_speaker_label(label.group(1)):
        return label.group(1).strip()
    return None


def _reporting_verb(r: _Reading) -> Decision | None:
    """A short fragment with a reporting verb: speech when the verb credits someone, scare when
    it credits a generic group."""
    if r.cue is None:
        return None
    where, verb, region = r.cue
    if where == "before" and _plural_present(verb, region):
        named = False
    else:
        named = subject_is_named(clause_subject(region))
    if named is False:
        if _group_names_a_thing(r, verb, region):
            return "term", [f"a noun phrase in marks under the plain reporting verb '{verb}' credited to a generic group: the name of a thing"]
        return "scare", [f"reporting verb '{verb}' credited to a generic group"]
    where_txt = "closing the sentence of" if where == "end" else where
    return "speech", [f"reporting verb '{verb}' {where_txt}{_OF_THE_QUOTATION}"]


def _group_names_a_thing(r: _Reading, verb: str, region: str) -> bool:
    """A generic group's plain reporting verb over a short noun phrase in marks: the group's
    name for a thing, a term ("users can create “…”, its developers say", "bookmakers should set
    up “…”, regulators say", "social workers tell people how to spend that “…”"; real-news
    tuning splits tune, fresh4, fresh5: four such names read as the group's scare quotes, no
    scare or speech among the noun phrases). Not under a judging verb, nor when the subject is
    a side's or an unnamed person's voice (lexicon.groups.OPINION_VOICES: "Critics say it
    creates a “…”", the side's charge)."""
    if report_base(verb.split()[0]) not in PLAIN_REPORTING_BASES or not _plain_noun_phrase(r):
        return False
    first = r.words[0].lower()
    if first in _NOT_A_NAME_OPENERS or first in DEGREE_WORDS or first.endswith("ly") or _COPULA_BEFORE.search(r.left):
        return False
    return not any(w.lower() in OPINION_VOICES for w in _words(clause_subject(region)))


# An article or a degree word opening the words ("would prompt “a civil war”", "say it worked
# “very well”"), or a copula right before the marks ("say the move is “long overdue”", "say it
# is a “major reason”"): a verdict or a poll's answer, not the name of a thing (AllSides corpus
# check: about 20 such retypings, none of them a name).
_NOT_A_NAME_OPENERS = frozenset({"a", "an", "the", "pretty", "somewhat", "less", "too", "not"})
# A verdict's link is a copula too ("say the levy amounts to “daylight robbery”", "say it is
# nothing but “…”": round 30 review).
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|'s|’s|amounts? to|amounted to|amounting to"
                            r"|tantamount to|nothing (?:but|short of|more than|less than))\s+(?:(?:a|an|the)\s+)?$",
                            re.IGNORECASE)


@decides(min_words=2, max_words="speech_min_words")
def _clause_piece(r: _Reading) -> Decision | None:
    """A fragment of two or three words that opens like a clause — a modal or auxiliary verb
    ("Trump “could have” made an address", "not sure if he “would shoot himself”"), or a
    subject pronoun and its verb (a headline's "…, ‘it humanizes him’", "a better answer than
    “I don't know.”") — is a piece of what someone said: scare quotes and terms are noun and
    adjective phrases (real-news tuning splits tune and fresh2: 12 such fragments of at most
    three words, all speech in gold, 6 of them typed scare or term). "would-be" is one
    hyphenated word, not "would"; a piece after an article or possessive is a label."""
    ws = [w.lower().replace("\u2019", "'") for w in _CLAUSE_WORD.findall(r.text)]
    if r.n >= r.opts.speech_min_words or not 2 <= len(ws) < r.opts.speech_min_words:
        return None
    first, second = ws[0], ws[1]
    opens = first in AUXILIARY_OPENERS or first in PRONOUN_CONTRACTIONS or (
        first in CLAUSE_PRONOUNS and (second in AUXILIARY_OPENERS or _finite_verb(second)))
    # after an article or a possessive (up to one adverb between: 'an almost “must win” state')
    # the piece names a thing: 'a “don't forget me” feel', 'the “do nothing” dynamics' (corpus audit)
    if not opens or _after_noun_opener([w.lower() for w in _words(r.left)[-2:]]):
        return None
    return "speech", [f"opens like a clause ('{first} {second}'): someone's words, not a label"]


# words with their inner apostrophes and hyphens ("don't", "would-be": one word each)
_CLAUSE_WORD = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")


def _after_noun_opener(last: list[str]) -> bool:
    """The last two words before the marks end in an article or possessive, with at most one
    degree word or -ly adverb after it."""
    if last and last[-1] in NOUN_PHRASE_OPENERS:
        return True
    return len(last) == 2 and last[0] in NOUN_PHRASE_OPENERS and (last[1] in DEGREE_WORDS or last[1].endswith("ly"))


def _finite_verb(word: str) -> bool:
    """A present or past verb form after a pronoun ("humanizes", "claims", "wanted"); a noun
    after "it" ("it girl") is neither."""
    return len(word) > 3 and (word.endswith("s") and not word.endswith("ss") or word.endswith("ed"))


@decides(min_words=2)
def _paragraph_opener(r: _Reading) -> Decision | None:
    if r.ctx.para_start and r.n >= 2 and (r.text.rstrip()[-1:] in ".!?,:;" or not r.right.strip()):
        return "speech", ["quotation opens its paragraph as a sentence of its own"]
    return None


def _closes_the_headline(r: _Reading) -> Decision | None:
    if r.ctx.in_headline and not r.ctx.para_start and not r.right.split("\n", 1)[0].strip():
        # "EU China arms ban ‘to be lifted’", "Muslim police stops ‘more likely’", "Obama vows to
        # remove ISIL ‘cancer’": a headline that closes on words in marks quotes someone, as
        # the story below says (real-news tuning split: 7 such headline fragments, all speech)
        return "speech", ["words in marks closing the headline"]
    if r.n == 1 and not r.ctx.in_headline and not r.ctx.para_start and _closes_a_headline_line(r):
        # "Sweden's New ‘…’", "(Also on POLITICO: Obama vows to remove ISIL ‘…’)", "FIRST
        # LADY'S OFFICE: … IS ‘…’": a sub-headline or a related-story link inside the body
        # is a headline too (real-news tune and fresh2: 3 such one-word fragments, all speech,
        # read as scare quotes). One word only: a two-word label closing a sub-headline
        # ("Questioning a ‘…’", "Activists Never Enter the ‘Real World’") is as often a
        # term (corpus check: 2 of 5 two- and three-word changes wrong, none of 5 one-word)
        return "speech", ["words in marks closing a headline-shaped line in the body"]
    return None


# a sentence end inside a line: running text, not a headline ("U.S." and "No. 1" too: a miss)
_SENTENCE_END_INSIDE = re.compile(r"[.!?][\"\u201d\u2019']?\s")
# another quotation earlier on the line (test_extract: an example in brackets)
_DOUBLE_MARK = re.compile(r"[\"\u201c\u201d]")


def _closes_a_headline_line(r: _Reading) -> bool:
    """The quotation closes a short line of the body (nothing after it but a closing bracket)
    that holds no sentence end: a headline's shape. The line is the window when the window
    reaches its paragraph's start (shorter than ``context_chars``)."""
    if r.right.split("\n", 1)[0].strip() not in ("", ")") or r.text.rstrip()[-1:] in ".!?,;:":
        return False
    line = r.ctx.window
    if len(line) >= r.opts.context_chars or _SENTENCE_END_INSIDE.search(line):
        return False
    if _DOUBLE_MARK.search(line):
        return False  # "Smears (Ex: the port “…” and is “…”)": a list of examples, no headline
    return len(_words(line)) + r.n <= r.opts.subheadline_max_words


def _opens_the_headline(r: _Reading) -> Decision | None:
    """"‘Utterly shameful’: Board rounds on cuts": a headline that opens on words in marks and a
    colon (or a preposition, below) leads with the story's quotation, as a kicker; the colon says the words are held up,
    not named (corpus: 26 of 28 such AllSides headlines that the other rules typed scare or
    term quote someone, the two left a slogan discussed and a series' name). Tried after the
    title rules: "‘The Great Scattering’: How …" names a book the article names again."""
    if not (r.ctx.in_headline and r.ctx.para_start):
        return None
    if r.right.startswith(":"):
        return "speech", ["words in marks opening the headline before a colon"]
    if _PREPOSITION_AFTER.match(r.right):
        # BBC's "‘Talks needed’ on harbour dues", "‘Landmark movies’ of 2004 hailed": the
        # quotation is the headline's subject, a preposition ties it to the story (real-news
        # ext and fresh3: both speech in gold, read as coined phrases)
        return "speech", ["words in marks opening the headline before a preposition"]
    return None


# a preposition right after the closing mark (not "to": "‘Fido’ to be taken off the lists")
_PREPOSITION_AFTER = re.compile(r"^\s+(?:on|for|in|of|over|with|at|from|after|amid|against|about)\b")


# "<label>: <up to 8 words> “" — the label is the first thing in the left context (a line
# or sentence start); no digit before the colon (times: "9:40 a.m.").
_SPEAKER_LABEL = re.compile(r"^\s*(?:[A-Z][A-Z ]+[A-Z]\s+)?([^\W\d][^:\n]{0,40}?(?<!\d)):(?!\d)\s*([^:\n]*)$")


# Section and genre labels that open headlines without naming a speaker ("Opinion: …").
_SECTION_LABELS = frozenset(
    """opinion analysis comment commentary review editorial update updated exclusive watch
    video live breaking photos photo interview letters letter explainer factcheck fact
    poll correction note editor q a related see also more read just must""".split()
)


# A related-link box's own label before a linked headline ("( Also on <site>: Name: … ‘x’)",
# "SEE ALSO: Name: …", "More: Name: …"): the headline after it is read as if it opened the line
# (real-news fresh3 and fresh4: two such links lost their speaker label; 59 corpus lines of
# this shape, all but one a speaker's words). Opinion and review labels are not links: "Opinion:
# Monica Redux: …" heads a column, its second label no speaker.
_LINK_LABEL = re.compile(r"^\s*\(?\s*" + link_label_pattern() + r"\s*:(?!\d)\s*", re.IGNORECASE)


def _after_link_label(left: str) -> str:
    """``left`` without a related-link label opening it, when another colon follows (the
    speaker label's)."""
    m = _LINK_LABEL.match(left)
    return left[m.end():] if m and ":" in left[m.end():] else left


def _is_speaker_label(label: str) -> bool:
    """One to four words naming a person or body: capitalised words, or an institution noun
    ("DNC chair", "Mayor")."""
    ws = _words(label)
    if not 1 <= len(ws) <= 4 or ws[0].lower() in _SECTION_LABELS or "," in label or "(" in label:
        # (a comma makes a list heading, "WIN FLORIDA, OHIO:", not a speaker; a bracket opens
        # an aside, "Demonization (Ex: …", corpus audit)
        return False
    last = ws[-1]
    if not (last[0].isupper() or last.lower() in ORG_NOUNS):
        return False
    return all(w[0].isupper() or w.lower() in ORG_NOUNS for w in ws) and not DEMONYM_RE.match(last)


# what ends the sentence before a fragment's own: its full stop and any closing marks
_SENTENCE_CLOSE = " \t.!?\"'\u201d\u2019)"


# A sentence that carries on from the one before: it opens with a personal pronoun (after
# "And"/"But" and an adverb or two), or with the conjunction right before the marks.
_CONTINUES = re.compile(
    r"^\s*(?:(?:and|but|yet)\s+)?(?:(?:he|she|they|we|i)\b(?:\s+\w+ly)?|(?:and|but)\s*$)",
    re.IGNORECASE,
)


@decides(max_words="term_max_words")
def _previous_sentence_reports(r: _Reading) -> Decision | None:
    """A short fragment credited to nobody in its own sentence, right after a sentence of the
    same paragraph whose reporting verb credits a named speaker or a pronoun: 'But he said the
    objections were based on “…”. And “…” were taking place …' continues that report (real-news
    tuning split: BBC and op-ed partial quotations whose speaker is only in the sentence
    before)."""
    ctx = r.ctx
    if r.n > r.opts.term_max_words or not _CONTINUES.match(ctx.sentence_left):
        return None
    earlier = ctx.window[: len(ctx.window) - len(ctx.sentence_left)].rstrip(_SENTENCE_CLOSE)
    if not earlier:
        return None
    cue = _reporting_cue(left_clause(earlier), "", r.text)
    if cue is None or cue[0] != "before" or not subject_is_named(clause_subject(cue[2])):
        return None
    return "speech", [f"the sentence before reports with '{cue[1]}': a continued report"]
