"""Kind of each quotation (speech / title / scare / term) from the evidence a reader uses:
the words right before and after the marks, the shape of the quoted text (title case, length,
whole sentence) and who, if anyone, the words are credited to. Every decision returns the
reasons that made it, in words.

Order of evidence, strongest first:

1. an explicit title cue before the marks ("titled", "under the headline") → title;
2. "so-called" and kin → scare;
3. title case (outside a title-case headline line) after a work noun, ending in one, or after
   a verb of performing ("sang"), or standing alone with no reporting verb → title; a
   capitalised quotation right before a work noun ("the “This Week” programme") → title;
   a nickname between first name and surname → term;
4. "the word", "the phrase", "such words as" → term; a naming verb ("what engineers call",
   "dubbed", "known as") → speech when a named speaker does the naming, term when nobody or
   a generic group does (scare for a one-word evaluation: "critics called it “unfair”");
5. an editorial flag → speech (editors flag quotations of people, not labels);
6. a whole sentence or a long fragment → speech; "Speaker: “…”" → speech;
7. a short fragment credited by a reporting verb (before it, right after it, or closing the
   sentence: ", the committee added.") to a named speaker or institution → speech, to a
   generic group → scare; with no credit at all → term when it is a noun phrase introduced by
   "a", scare otherwise.

Items of a quoted list ("“a,” “b” and “c”") share the first item's kind (see __init__).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon.abbreviations import EXTRACT_SENTENCE_ABBREVIATIONS
from ..lexicon.function_words import FUNCTION_WORDS
from ..lexicon.reporting import COMMISSIVE
from ..thresholds.extract import ExtractOptions
from .lexicon import (
    MENTION_RE,
    NAMING_RE,
    ORG_NOUNS,
    PERFORM_RE,
    REPORTING_RE,
    STOP_CAPS,
    TITLE_CUE_RE,
    WORK_NOUNS,
)
from .marks import ALL_MARKS
from .subject import (
    DEMONYM_RE,
    DETERMINERS,
    clause_subject,
    region_has_appositive,
    subject_is_named,
)

_WORD_RE = re.compile(r"[^\W_][\w\u2019'\-]*")
# A sentence boundary in running text: terminal punctuation (optionally a closing mark)
# followed by whitespace, or a line break.
# (one literal per alternative, so the engine skips straight to a candidate: twice as fast)
_SENT_END = re.compile("|".join(re.escape(c) + "[" + re.escape(ALL_MARKS) + r"*\u2020]*\s+" for c in ".!?\u2026")
                       + r"|\n")
_SO_CALLED = re.compile(
    r"\b(?:so[- ]called|supposed|self[- ]styled|self[- ]described|purported|would-be|"
    r"ostensible|alleged)\s*$",
    re.IGNORECASE,
)
_SMALL_WORDS = set(
    """a an the and but or nor for of in on at by to from with as vs via per into onto upon
    over up off out is be are was were its""".split()
)


@dataclass
class QuoteContext:
    """The text around one quotation, cut at sentence and quotation boundaries."""

    text: str  # the quotation's text
    left: str  # same sentence, before the opening mark (after any earlier quotation)
    right: str  # same sentence, after the closing mark (before any later quotation)
    para_start: bool  # the opening mark starts its paragraph
    flagged: bool
    # the sentence before the opening mark *across* earlier quotations in it: where a
    # participle clause ("…, calling it “…”") finds the sentence's subject
    sentence_left: str = ""
    in_headline: bool = False  # inside the document's headline line


@lru_cache(maxsize=1024)
def _words(s: str) -> tuple[str, ...]:
    # cached: classify asks for the words of the same left clause up to five times per
    # quotation (a fifth of extraction time on the BBC corpus went to re-splitting; issue 16)
    return tuple(_WORD_RE.findall(s))


def _is_abbrev_end(s: str, m: re.Match[str]) -> bool:
    if s[m.start()] != ".":
        return False
    j = m.start()
    i = j
    while i > 0 and (s[i - 1].isalpha() or s[i - 1] == "."):
        i -= 1
    tok = s[i:j].lower()
    return tok in EXTRACT_SENTENCE_ABBREVIATIONS or (len(tok) == 1 and s[i:j].isupper())


def left_clause(before: str) -> str:
    # the last sentence end that is not an abbreviation's period: tested from the right, so
    # most quotations test one candidate (testing each from the left was a tenth of extraction)
    for m in reversed(list(_SENT_END.finditer(before))):
        if m.group(0) == "\n" or not _is_abbrev_end(before, m):
            return before[m.end() :]
    return before


def right_clause(after: str) -> str:
    for m in _SENT_END.finditer(after):
        if m.group(0) != "\n" and _is_abbrev_end(after, m):
            continue
        return after[: m.start() + 1]
    return after


def is_title_case(text: str, words: list[str] | None = None) -> bool:
    """Titles capitalise every content word and start with a capital (“Clean Grid 2030”,
    “A Country Where Having Children Is a Joy”); two capitalised content words at least, so
    that a one-word quotation or a phrase with one proper noun is not taken for a title."""
    if words is None:
        words = _words(text)
    started = False
    content = 0
    for w in words:
        c = w[0]
        if not c.isalpha():
            continue
        if not started:
            if not c.isupper():
                return False
            started = True
        if w.lower() in _SMALL_WORDS:
            continue
        if not c.isupper():
            return False  # most speech quotes stop here, at their first lowercase word
        content += 1
    return content >= 2


def _headline_context(left: str, right: str) -> bool:
    """The quotation sits in a title-case line ("Legal Scholars React: ‘Many People Were
    Stunned’"): there, title case says nothing about the quotation itself."""
    outside = _words(left.rsplit("\n", 1)[-1]) + _words(right.split("\n", 1)[0])
    content = [w for w in outside if w[0].isalpha() and w.lower() not in _SMALL_WORDS]
    return len(content) >= 2 and all(w[0].isupper() for w in content)


def _is_sentence(text: str) -> bool:
    """A whole sentence: starts with a capital and ends with terminal punctuation (or a comma
    before an attribution: “We will,” she said)."""
    t = text.strip()
    if not t:
        return False
    first = next((c for c in t if c.isalnum()), "")
    return bool(first) and (first.isupper() or first.isdigit()) and t[-1] in ".!?,\u2026:;\u2014"


_DEFINITE_SINGULAR = re.compile(
    r"\b(?i:the|its|their|his|her)\s+(?:[\w\-]+\s+){0,2}?([a-z][\w\-]*[^s\W\d])\b|"
    r"\b[a-z][\w\-]*[\u2019']s\b"
)


_ADJECTIVE_END = re.compile(
    r"(?:ed|ous|ful|ive|able|ible|less|ish|ic|ical|ary|ant|ent)$", re.IGNORECASE
)
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|gotten|become|became)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# A quotation inside a sentence's left context (marks and words), removed when looking for
# the sentence's own subject.
_QUOTED = re.compile(
    r"[\u201c\u00ab\u201e\u2018][^\u201c\u201d\u00ab\u00bb\u201e]*[\u201d\u00bb\u201c\u2019]|\"[^\"]*\""
)
# "at the National Review’s ", "NBC's ", "CBS' " right before the opening mark.
_CAP_POSSESSIVE = re.compile(r"\b([A-Z][\w.&\-]*)(?:[\u2019']s|s[\u2019'])\s$")
# any noun possessive right before the marks ("the party's ", "Mr Brown's ", "voters' ")
_NOUN_POSSESSIVE = re.compile(r"\b[A-Za-z][\w.&\-]*(?:[\u2019']s|s[\u2019'])\s$")
# Nouns of policies and plans: a quotation between an owner's possessive and one of these is
# the policy's name.
POLICY_NOUNS = set(
    """plan plans rule rules bill bills law laws act policy policies strategy strategies
    programme program scheme schemes initiative initiatives agenda doctrine proposal
    proposals budget pledge reform reforms package""".split()
)


Decision = tuple[str, list[str]]


class _Reading:
    """What every kind rule reads about one quotation, computed once (the cue and the naming
    verb only when a rule asks)."""

    def __init__(self, ctx: QuoteContext, opts: ExtractOptions):
        self.ctx, self.opts = ctx, opts
        self.text = ctx.text
        self.words = _words(self.text)
        self.n = len(self.words)
        self.left = ctx.left
        self.right = ctx.right
        self.left_tail = " ".join(_words(self.left)[-opts.cue_window_words :])
        self.title_case = (
            self.n <= opts.title_max_words
            and is_title_case(self.text, self.words)
            and not _headline_context(self.left, self.right)
        )
        self.sentence = _is_sentence(self.text)
        self.after_words = _words(self.right)
        self._cue: tuple[str, str, str] | None | bool = False

    @property
    def cue(self) -> tuple[str, str, str] | None:
        """The reporting verb of the quotation's sentence, or of the sentence before an earlier
        quotation in it ("Vale claimed the plan had “gathered strength” and become a
        “movement.”": the verb before the first quotation governs this one too)."""
        if self._cue is False:
            ctx, left = self.ctx, self.left
            cue = _reporting_cue(left, self.right, self.text)
            if cue is None and ctx.sentence_left and len(ctx.sentence_left) > len(left):
                early = _reporting_cue(ctx.sentence_left[: len(ctx.sentence_left) - len(left)], "", self.text)
                if early is not None:
                    cue = ("earlier in the sentence of", early[1], early[2])
            self._cue = cue
        return self._cue  # type: ignore[return-value]


def _title_cue(r: _Reading) -> Decision | None:
    """An explicit title cue right before the marks ("titled", "headlined", "the slogan")."""
    m = _last_match(TITLE_CUE_RE, r.left_tail)
    if not (m and _words_after(r.left_tail, m.end()) <= 3 and not _has_reporting_after(r.left_tail, m.end())):
        return None
    weak = m.group(0).lower().split()[0] in ("theme", "mantra", "rallying", "watchword")
    if weak and _ATTRIBUTION_NEXT.match(r.right):
        # 'A recurring theme is unfolding: “Elections have consequences,” said one owner':
        # someone said the words; "theme" only introduced them.
        return None
    if m.group(0).lower() != "named" or r.title_case:
        return "title", [f"title cue '{m.group(0)}' before the quotation"]
    return None


def _so_called(r: _Reading) -> Decision | None:
    if _SO_CALLED.search(r.left.rstrip(" \t,:")):
        return "scare", ["'so-called' (or similar) before the quotation"]
    return None


def _title_case_of_a_work(r: _Reading) -> Decision | None:
    """Title case next to a work noun, a verb of performing or publishing, a programme a
    speaker appears on, or a possessive owner."""
    if not r.title_case or r.ctx.flagged:
        return None
    words, left = r.words, r.left
    noun = _work_noun_near(r.left_tail)
    last = words[-1].lower() if words else ""
    if last in WORK_NOUNS and last not in ("record", "talk", "speech", "statement", "letter"):
        return "title", [f"title case ending in the work noun '{words[-1]}'"]
    if noun:
        return "title", [f"title case after the work noun '{noun}'"]
    pm = _last_match(PERFORM_RE, r.left_tail)
    if pm and _words_after(r.left_tail, pm.end()) <= 3:
        return "title", [f"title case after '{pm.group(0)}' (performing or publishing a work)"]
    # Without a work noun, a naming verb makes a nickname, not a title ("dubbed the
    # “McLibel Two”"): left to the naming rule.
    onm = _ON_PROGRAMME.search(left)
    if onm:
        # "Kristol said on “Fox News Sunday.”", "appearing later on “Face the Nation,”",
        # "Gillespie told “Fox News Sunday” that …": a title-case name a speaker appears on
        # (or talks to) is a programme or publication.
        return "title", [f"title case after '{onm.group(0).strip()}' (a programme or publication)"]
    pos = _CAP_POSSESSIVE.search(left)
    if pos and not _named_here(r) and pos.group(1).lower() not in STOP_CAPS and r.n <= r.opts.bare_title_max_words:
        # "notes Trinko at the National Review’s “The Corner”", "appearing on NBC’s “Meet
        # the Press,” called …": a title-case name owned by a named outlet or person is
        # the name of its programme, blog or plan, whatever reporting verb the sentence has.
        return "title", [f"title case after the possessive '{pos.group(0).strip()}'"]
    return None


def _named_here(r: _Reading) -> bool:
    nm = _last_match(NAMING_RE, r.left_tail)
    return nm is not None and _words_after(r.left_tail, nm.end()) <= 3


def _title_case_alone(r: _Reading) -> Decision | None:
    """Title case with no reporting verb in the sentence names something."""
    if not r.title_case or r.ctx.flagged or _named_here(r) or _between_names(r.left, r.right):
        return None
    cue = _reporting_cue(r.left, r.right, r.text)
    if (
        cue is not None
        and cue[0] == "before"
        and not cue[1].lower().startswith("according")
        and len(_words(r.left)) - len(_words(cue[2])) > 12
    ):
        # "advocates pointed to the weapons used … at a midnight showing of the “The
        # Dark Knight Rises”": a verb a dozen words back governs its own object, not
        # a title-case name at the end of a long clause.
        cue = None
    if cue is None and not r.ctx.para_start and r.n <= r.opts.bare_title_max_words:
        nxt = _labelled_noun(r)
        if nxt and nxt.lower() not in WORK_NOUNS:
            # 'the “Mission Accomplished” banner', 'his “America First” policy': a capitalised
            # slogan modifying a noun that is not a work is a label, a term (real-news tuning
            # split); 'the “Make Do and Mend” campaign' and '“This Week” programme' name works
            return "term", ["a title-case label modifying the noun after it, no work noun"]
        return "title", ["title case, no reporting verb in the sentence"]
    return None


def _one_word_after_work_noun(r: _Reading) -> Decision | None:
    """“the BBC show “Newsnight””, “the novel “Beloved””: one capitalised word right after a
    work noun is the work's name (title case needs two words otherwise)."""
    ctx, left, words = r.ctx, r.left, r.words
    if not (r.n == 1 and words[0][0].isupper() and not ctx.flagged and not ctx.para_start
            and left.strip() and left[-1:] == " "):
        return None
    ws = _words(left)
    if (
        len(ws) >= 2
        and ws[-1][0].islower()
        and ws[-1] in WORK_NOUNS
        and ws[-1] not in _NOT_WORK_NAMES
        # a noun, not a verb ("the party plans “Massive” rallies"): after a determiner,
        # a possessive or a name ("the BBC show", "her novel", "a new album")
        and any(
            w.lower() in _NOUN_DETERMINERS or w[0].isupper() or w.endswith(("\u2019s", "'s"))
            for w in ws[-4:-1]  # "the BBC show", "the town radio show", "her novel"
        )
    ):
        return "title", [f"one capitalised word right after the work noun '{ws[-1]}'"]
    return None


def _acronym_possessive(r: _Reading) -> Decision | None:
    """"ABC’s “The View”", "HBO’s “Veep.”", "at the Clarion’s “The Desk.”": capitalised words
    owned by an acronym (a broadcaster, party or agency) or by a capitalised owner after a
    preposition name its programme, column or plan; title case alone needs two capitalised
    content words, which one-word names lack."""
    acro = _ACRONYM_POSSESSIVE.search(r.left) or _PREP_CAP_POSSESSIVE.search(r.left)
    words = r.words
    if (
        acro
        and r.n <= 6
        and not r.ctx.flagged
        and words[0][0].isupper()
        and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)
    ):
        return "title", [f"capitalised name after the acronym possessive '{acro.group(0).strip()}'"]
    return None


def _names_the_work_after(r: _Reading) -> Decision | None:
    """A quotation used as the name of the work that follows it ("the “Make Do and Mend”
    campaign", "ABC’s “This Week” program")."""
    after_words, words = r.after_words, r.words
    if (
        after_words
        and after_words[0].lower() in WORK_NOUNS
        and words
        and words[0][0].isupper()  # names are capitalised: "a “friendly” letter" is not one
        and r.n <= r.opts.bare_title_max_words
        and r.right[:1] == " "
        and not r.ctx.flagged
        and r.text.rstrip()[-1:] not in ".!?,"
    ):
        return "title", [f"names the {after_words[0]} that follows it"]
    return None


def _owned_policy(r: _Reading) -> Decision | None:
    """A lowercase policy or plan name owned by someone: Mr Brown’s “sustainable investment”
    rule, the party’s “smaller government bill”. A noun possessive before, a policy noun after
    the marks or ending the quotation, no punctuation inside (“his “misguided campaign.”” is an
    echo, and "his" is not a noun possessive)."""
    if not (r.n >= 2 and not r.ctx.flagged and _NOUN_POSSESSIVE.search(r.left)
            and r.text.rstrip()[-1:].isalnum() and not r.sentence):
        return None
    last = r.words[-1].lower()
    nxt = r.after_words[0] if r.after_words and r.right[:1] == " " else ""
    owner = _NOUN_POSSESSIVE.search(r.left).group(0).strip()  # type: ignore[union-attr]
    if r.n >= 3 and last in POLICY_NOUNS and not _last_match(NAMING_RE, r.left_tail):
        # (not after a naming verb: 'what he called Obama’s “failed economic policies”'
        # is his description, not the policies' name)
        return "title", [f"names the {last} of the owner before it ('{owner}')"]
    if nxt.lower() in POLICY_NOUNS and nxt[:1].islower():
        # the noun outside the marks: the quoted words are the label the policy goes by
        # (Kestrel Bay’s “quiet hours” rule), a coined term rather than the full name
        return "term", [f"the label of the {nxt} of the owner before it ('{owner}')"]
    return None


def _nickname(r: _Reading) -> Decision | None:
    """A nickname inside a name: Rob “Biko” Baker. Capitalised only: "the Obama Democrats
    “defining” Republican Mitt Romney" is a verb between two names, not a nickname."""
    words = r.words
    if (
        r.n <= 2
        and any(w[0].isupper() for w in words if w.lower() not in _SMALL_WORDS)
        and all(w[0].isupper() for w in words if w.lower() not in _SMALL_WORDS)
        and r.text[-1:].isalnum()  # “Still Mending,” Ministry Says: a clause, not a nickname
        and _between_names(r.left, r.right)
    ):
        return "term", ["a nickname between a first name and a surname"]
    return None


def _mentioned(r: _Reading) -> Decision | None:
    """"the word", "the phrase": the expression is mentioned as an expression."""
    mm = _last_match(MENTION_RE, r.left_tail)
    if mm and _words_after(r.left_tail, mm.end()) <= 1 and r.n <= r.opts.term_max_words:
        return "term", [f"mentioned as an expression: '{mm.group(0)}'"]
    return None


def _naming(r: _Reading) -> Decision | None:
    return _naming_decision(r.text, r.words, r.left, r.right, r.sentence, r.opts, r.ctx.sentence_left)


def _flagged(r: _Reading) -> Decision | None:
    if r.ctx.flagged:
        return "speech", ["an editorial marker flags it as a quotation of someone"]
    return None


def _long(r: _Reading) -> Decision | None:
    if r.n >= r.opts.speech_min_words:
        return "speech", [f"{r.n} words: a statement, not a label"]
    return None


def _whole_sentence(r: _Reading) -> Decision | None:
    if r.sentence and (not r.left.strip() or r.left.rstrip().endswith((":", ","))):
        if r.n >= 2 or r.cue:
            return "speech", ["a whole sentence standing as a quotation"]
    return None


def _colon_after_speaker(r: _Reading) -> Decision | None:
    """"Mayor: ‘No’", "Okafor: “Never.”" — a speaker, a colon, the words."""
    if r.left.rstrip().endswith(":") and subject_is_named(clause_subject(r.left.rstrip()[:-1])):
        return "speech", ["introduced by a colon after a named speaker"]
    return None


def _speaker_label(r: _Reading) -> Decision | None:
    """"Graham: Reid is ‘lying’ about Romney", "Council chief: Plan ‘dead’": a headline opened
    by its speaker's name and a colon quotes that speaker."""
    label = _SPEAKER_LABEL.search(r.left)
    if label and len(_words(label.group(2))) <= 8 and _is_speaker_label(label.group(1)):
        return "speech", [f"in a line opened by the speaker label '{label.group(1).strip()}:'"]
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
        return "scare", [f"reporting verb '{verb}' credited to a generic group"]
    where_txt = "closing the sentence of" if where == "end" else where
    return "speech", [f"reporting verb '{verb}' {where_txt} the quotation"]


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
    return None


def _a_label(r: _Reading) -> Decision | None:
    before_words = _words(r.left)
    if (
        r.n >= 2
        and before_words
        and before_words[-1].lower() in ("a", "an")
        and not (r.after_words and _modifies_next(r.right, r.after_words[0]))
    ):
        return "term", ["a short noun phrase introduced as a label ('a …'), credited to nobody"]
    return None


def _modifier(r: _Reading) -> Decision | None:
    if r.n == 1 and r.after_words and _modifies_next(r.right, r.after_words[0]):
        return "scare", ["one word in marks modifying the noun after it, credited to nobody"]
    if 2 <= r.n <= r.opts.term_max_words and _labelled_noun(r) \
            and r.words[-1].lower() not in FUNCTION_WORDS and not is_title_case(r.text, r.words):
        # 'a U.S. Central Command “friendly fire” investigative file', 'robust “end of life”
        # programmes', '“grand bargain” fiscal negotiations': a phrase in marks used as a
        # modifier is a name for a kind of thing, a term (real-news tuning split); one word
        # ('a “friendly” letter') is still the writer's distance, above.
        return "term", [f"a {r.n}-word phrase in marks modifying the noun after it, credited to nobody"]
    return None


# The kind rules in the order they are tried: the first that decides gives the kind and its
# reason (``kind_evidence``). Titles first (explicit cues, then the shapes of a work's name),
# then terms (mentions, naming, nicknames), then speech (a flag, length, a whole sentence, a
# speaker), and a fragment credited to nobody last.
KIND_RULES = (
    _title_cue, _so_called, _title_case_of_a_work, _title_case_alone, _one_word_after_work_noun,
    _acronym_possessive, _names_the_work_after, _owned_policy, _nickname, _mentioned, _naming,
    _flagged, _long, _whole_sentence, _colon_after_speaker, _speaker_label, _reporting_verb,
    _paragraph_opener, _closes_the_headline, _a_label, _modifier,
)


def classify(ctx: QuoteContext, opts: ExtractOptions) -> tuple[str, list[str]]:
    """The kind of a quotation and the reason: the first of ``KIND_RULES`` that decides, else a
    scare quote (a fragment credited to nobody)."""
    r = _Reading(ctx, opts)
    for rule in KIND_RULES:
        decision = rule(r)
        if decision is not None:
            return decision
    return "scare", [f"{r.n}-word fragment credited to nobody"]


_PLURAL_PRESENT = set(
    """call say describe dub nickname refer term label brand tell write argue claim insist
    warn note suggest""".split()
)
_NOT_FINITE_BEFORE = set(
    """to will would could can may might should must did do does not never also just
    he she it""".split()
)


def _plural_present(verb: str, region: str) -> bool:
    """A present-tense plural verb ("Beekeepers call this", "Supporters say") has a plural
    subject: a group of people, not one named speaker. Not after "to", a modal or "do"
    ("decided to call it"), where the subject is further back."""
    v = verb.lower()
    if v not in _PLURAL_PRESENT:
        return False
    prev = _words(region)[-1:]
    if prev and prev[0].lower() in _NOT_FINITE_BEFORE:
        return False
    if prev and prev[0].lower() in ("i", "we", "you"):
        return True  # the writer's own label
    return True


_DET_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|his|her|its|their|our|my|your|phone|conference|[\w]+-minute)\s*$",
    re.IGNORECASE,
)


_NOUN_OR_VERB = {"term", "terms", "label", "labels", "brand", "brands"}
_SUBJECT_BEFORE_VERB = set(
    """i we you they he she it to will would can could may might should must do does did
    what which that who often also now commonly usually sometimes people many some others
    rightly wrongly loosely""".split()
)


def _noun_use(left: str, nm: re.Match[str]) -> bool:
    """The naming word is a noun here ("on the 20-minute call, said …", "a label", "the
    recommended term “…”", "in terms of"). "term", "label" and "brand" are verbs only after
    a subject pronoun, an auxiliary or a plural noun ("what economists term")."""
    before = left[: nm.start()]
    if _DET_BEFORE.search(before):
        return True
    word = nm.group(0).lower()
    if word in _NOUN_OR_VERB:
        prev = _words(before)[-1:]
        if not prev:
            return False
        p = prev[0].lower()
        return not (p in _SUBJECT_BEFORE_VERB or (p.endswith("s") and p not in ("its", "his", "this")))
    return False


def _reporting_between(left: str, nm: re.Match[str]) -> bool:
    """A reporting verb between the naming word and the marks governs the quotation."""
    for h in REPORTING_RE.finditer(left[nm.end() :]):
        if not NAMING_RE.fullmatch(h.group(0)):
            return True
    return False


def _naming_decision(
    text: str,
    words: list[str],
    left: str,
    right: str,
    sentence: bool,
    opts: ExtractOptions,
    sentence_left: str = "",
) -> tuple[str, list[str]] | None:
    """A naming verb before the marks ("what engineers call", "dubbed", "known as", "called
    the plan"): speech when a named speaker does the naming, otherwise a term (a coined label)
    or a scare quote (an evaluation echoed from a group). None when no naming verb governs the
    quotation."""
    n = len(words)
    nm = _last_match(NAMING_RE, left)
    if nm and (_noun_use(left, nm) or _reporting_between(left, nm)):
        return None
    if not nm or _words_after(left, nm.end()) > 4 or n > opts.term_max_words:
        return None
    if sentence and n >= opts.speech_min_words:
        return None
    g = nm.group(0)
    relative = g.split()[0].lower() in ("what", "which", "that")
    # "what engineers call": the subject sits between the pronoun and the verb
    region = left[: nm.start() + (g.lower().rfind("call") if relative else 0)]
    verb = g.split()[-1]
    label = verb if relative else g
    if _PASSIVE.search(region) and not relative:
        # "has been nicknamed “…” by fans": the agent after "by", or nobody.
        agent = re.match(r"\s*,?\s*by\s+((?:[\w\-\u2019']+\s*){1,5})", right)
        named = False
        if agent:
            phrase = re.split(r"\b(?:because|after|before|for|in|on|at|since|when|while|as|"
                              r"who|which|that|and|but|during|over)\b", agent.group(1))[0]
            named = bool(subject_is_named(phrase))
    elif g.lower().startswith("known") or _plural_present(verb, region):
        # "known (internally) as": a passive naming with no one credited.
        named = False
    elif verb.lower().endswith("ing"):
        # "Axelrod denied it, calling it “…”": a participle shares the sentence's subject,
        # which opens the sentence (possibly before earlier quotations in it).
        # Quoted words are not the subject: "“As long as I’m president, …,” Mr. Obama vowed,
        # calling it “…”" takes "Mr. Obama", not the "I" inside the earlier quotation.
        opening = " ".join(_QUOTED.sub(" ", sentence_left or region).split()[:6])
        named = subject_is_named(opening)
        absolute = re.search(r"\b(?:with|as)\s+([^,;:]{1,60})$", region)
        if absolute and _words(absolute.group(1)):
            # "…, with the Harbour Times labelling it a “…”": the participle has its own
            # subject right before it.
            named = subject_is_named(absolute.group(1))
    else:
        named = subject_is_named(clause_subject(region))
        if named is None and not _words(region) and len(sentence_left) > len(left):
            # "Sen. Ruiz, speaking on NBC’s “Meet the Press,” called the plan a “…”": the
            # subject stands before the earlier quotation of the sentence.
            head = _QUOTED.sub(" ", sentence_left[: len(sentence_left) - len(left)])
            named = subject_is_named(clause_subject(head.split(",")[0] if "," in head else head))
    if named is None and verb.lower().endswith("ed") and _words(clause_subject(region)):
        # "A statement called the plan “reckless”": an indefinite source, still a source.
        named = True
    if named is None:
        # "Calling this difference a “…”, Cuomo said": a participle clause whose subject
        # is the speaker named after the quotation.
        rc = _reporting_cue("", right, text)
        if rc is not None and subject_is_named(rc[2]):
            named = True
    if named:
        return "speech", [f"naming verb '{label}' credited to a named speaker"]
    if (
        n == 1
        and _ADJECTIVE_END.search(words[0])
        and verb.lower().startswith("call")
        and _words_after(left, nm.end()) >= 1  # an object: "called the ending “…”"
    ):
        # "Critics called the ending “unearned”": an evaluation echoed from a group is a
        # scare quote; a coined label ("what engineers call “overdredging”") is a term.
        return "scare", [f"an evaluation '{label}' by a generic group, not a label"]
    return "term", [
        f"naming verb '{label}' credited to "
        + ("a generic group" if named is False else "nobody")
    ]


def _last_match(rx: re.Pattern[str], s: str) -> re.Match[str] | None:
    last = None
    for m in rx.finditer(s):
        last = m
    return last


def _words_after(s: str, pos: int) -> int:
    return len(_words(s[pos:]))


def _has_reporting_after(s: str, pos: int) -> bool:
    return bool(REPORTING_RE.search(s[pos:]))


def _work_noun_near(left_tail: str) -> str | None:
    """A work noun among the last words before the marks ("their 1996 album", "the report
    he referred to", "Your previous novel,")."""
    ws = _words(left_tail)[-5:]
    for w in reversed(ws):
        # lowercase only: in running text a work noun is common ("the album"); a capitalised
        # one is a name ("Bill Kristol said on “Fox News Sunday”").
        if w[0].islower() and (w.rstrip("\u2019's") in WORK_NOUNS or w in WORK_NOUNS):
            return w
    return None


def _reporting_cue(left: str, right: str, text: str) -> tuple[str, str, str] | None:
    """A reporting verb in the quotation's sentence: ("before"|"after", verb, subject text)."""
    m = None
    for cand in REPORTING_RE.finditer(left):
        between = left[cand.end() :]
        verb = cand.group(0).lower()
        if _MODAL_PASSIVE.search(left[: cand.start()]) and not re.search(r"\bby\b", between):
            # "what can only be described as a “softball”": a modal passive is the writer's
            # own characterisation, credited to nobody ("was described by aides as" names its
            # agent; a plain "was described as" often has one in the previous sentence, so
            # it stays a report). It governs the quotation: an earlier "asked" does not.
            m = None
            continue
        if verb.startswith("rul") and re.match(r"\s+out\b", between):
            continue  # "has ruled out amending the law, which allows “reasonable force”"
        if verb in _AS_ONLY and not re.search(r"\bas\b", between):
            continue  # "presented the leaders with the plan" reports nothing; "presented it as"
        if (
            verb.startswith("call")
            and (
                re.match(r"\s+(?:on|off|up|in|out|back)\b", between)
                or (re.match(r"\s+for\b", between) and len(_words(text)) < 2)
            )
            and not _CALL_ON_TO.match(between)
        ):
            # "called off the “festival”": not a naming or reporting verb. "called on the
            # mayor to release the video rather than “snippets”" is a directive: his words, as
            # is "called for a “cast-iron guarantee”" (what was demanded, in the words used);
            # but one word ("calling for a “fair” settlement") is the writer's marking.
            continue
        if (
            cand.group(0).lower() in COMMISSIVE
            and _OBJECT_NOT_WORDS.search(between)
            and not re.search(r"\bthat\b", between)
            and not _INFINITIVE_PROMISE.match(between)
        ):
            continue  # "promised a «…»": the quotation names what was promised, not words
        m = cand
    if m:
        if m.group(0).lower().startswith("according"):
            # "according to the supplier’s own brochure, “…”": the subject follows.
            return "before", m.group(0), left[m.end() :]
        return "before", m.group(0), left[: m.start()]
    # a semicolon ends the clause: 'Romney Pushes To Repeal “…”; Obama Says It Was …'
    head = right[:80].split(";")[0]
    m2 = REPORTING_RE.search(head)
    if m2 and len(_words(head[: m2.start()])) <= 5:
        region = head[: m2.start()]
        if not _words(region) and m2.group(0).lower().endswith("ing"):
            # "… the “fiscal cliff,” saying that …": a participle of the main clause, whose
            # subject is the sentence's, not an attribution of this quotation.
            return None
        if not _words(region):  # "said Mr Blair": subject after the verb
            # up to the first comma: "…", said Mr Stone, with creative people and ideas …"
            return "after", m2.group(0), head[m2.end() : m2.end() + 40].split(",")[0]
        if subject_is_named(region):
            return "after", m2.group(0), region
        # "… meals last year, but denied …": a verb of another clause, not an attribution
        # of this quotation (which would be a name or pronoun + verb); try the sentence end.
    elif m2 and region_has_appositive(head[: m2.start()]):
        # "“…,” Rep. Ann Bly, a Harbour Democrat, told the conference": the name, then an
        # appositive between commas, then the verb.
        return "after", m2.group(0), head[: m2.start()].split(",")[0]
    return _sentence_final_cue(right)


def _sentence_final_cue(right: str) -> tuple[str, str, str] | None:
    """BBC style: the attribution closes the sentence after a comma ("“…” are expected over
    the next year, the committee added." / "…, said Ms Vale.")."""
    stripped = right.rstrip()
    if not stripped.endswith((".", "!", "?")) or "," not in stripped:
        return None
    commas = [i for i, c in enumerate(stripped) if c == ","]
    # The last comma's clause, then the one before it: "…, said Tom Harlow, the group’s
    # finance director." puts an appositive after the attribution.
    for k, ci in enumerate(reversed(commas[-2:])):
        tail = stripped[ci + 1 : commas[-1] if k else len(stripped)]
        if len(_words(tail)) > 8:
            return None
        hits = REPORTING_RE.finditer(tail)
        if not hits:
            continue
        h = hits[0]
        if h.group(0).lower().endswith("ing"):
            return None
        region = tail[: h.start()]
        if not _words(region):
            region = tail[h.end() :]
        if subject_is_named(region) is None:
            return None
        return "end", h.group(0), region
    return None


def _between_names(left: str, right: str) -> bool:
    """The marks sit between a capitalised first name and a capitalised surname."""
    lw = _words(left)[-1:]
    rw = _words(right)[:1]
    return bool(
        lw and rw and left[-1:] == " " and right[:1] == " " and lw[0][0].isupper()
        and rw[0][0].isupper() and lw[0].lower() not in STOP_CAPS
        and lw[0].lower() not in _SMALL_WORDS  # "Economy Is “…” …": a headline verb
    )


# "<label>: <up to 8 words> “" — the label is the first thing in the left context (a line
# or sentence start); no digit before the colon (times: "9:40 a.m.").
_SPEAKER_LABEL = re.compile(r"^\s*(?:[A-Z][A-Z ]+[A-Z]\s+)?([^\W\d][^:\n]{0,40}?(?<!\d)):(?!\d)\s*([^:\n]*)$")


# Section and genre labels that open headlines without naming a speaker ("Opinion: …").
_SECTION_LABELS = set(
    """opinion analysis comment commentary review editorial update updated exclusive watch
    video live breaking photos photo interview letters letter explainer factcheck fact
    poll correction note editor q a related see also more read just must""".split()
)


def _is_speaker_label(label: str) -> bool:
    """One to four words naming a person or body: capitalised words, or an institution noun
    ("DNC chair", "Mayor")."""
    ws = _words(label)
    if not 1 <= len(ws) <= 4 or ws[0].lower() in _SECTION_LABELS or "," in label:
        # (a comma makes a list heading, "WIN FLORIDA, OHIO:", not a speaker)
        return False
    last = ws[-1]
    if not (last[0].isupper() or last.lower() in ORG_NOUNS):
        return False
    return all(w[0].isupper() or w.lower() in ORG_NOUNS for w in ws) and not DEMONYM_RE.match(last)


_ON_PROGRAMME = re.compile(
    r"\b(?:(?:said|says|say|saying|appeared|appearing|appears|appear|speaking|spoke|speaks|"
    r"interviewed|interview|guest|hosted|hosting|hosts|remarks|comments)\s+(?:[\w.\-]+\s+){0,3}?on|"
    r"told|tells)\s$",
    re.IGNORECASE,
)
_NOT_WORK_NAMES = {"record", "talk", "speech", "statement", "letter", "act", "law", "bill", "plan",
                   "plans", "campaign", "policy", "strategy", "petition", "guidance"}
_NOUN_DETERMINERS = DETERMINERS | {"a", "an", "new", "latest", "hit", "debut", "first", "final"}
_MODAL_PASSIVE = re.compile(
    r"\b(?:can|could|may|might|must|would|should)\s+(?:only\s+|best\s+|fairly\s+|safely\s+|"
    r"also\s+|now\s+|well\s+)?be\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# "at the National Review’s ", "on Fox News’ ", "in Showtime’s ": a preposition, then a
# capitalised owner (an outlet or network: the place a programme or column is found).
_PREP_CAP_POSSESSIVE = re.compile(
    r"\b(?:on|at|in|from)\s+(?:the\s+)?(?:[A-Z][\w.&\-]*\s+){0,3}[A-Z][\w.&\-]*(?:[\u2019']s|s?[\u2019'])\s$"
)
_ACRONYM_POSSESSIVE = re.compile(r"\b[A-Z]{2,}(?:[\u2019']s|[\u2019'])\s$")
# An attribution right after the closing mark: '“…,” said one owner', '“…,” Ms Vale said'
# (not '“…,” told supporters', the main clause's own verb continuing).
_ATTRIBUTION_NEXT = re.compile(
    r"^\W*\s*(?:(?:said|says|added|asked|wrote|explained|insisted)\b|"
    r"(?:[A-Z][\w.\-\u2019']*\s+){1,3}(?:said|says|added|told|tells|wrote|insisted)\b|"
    r"(?:he|she|they|it)\s+(?:said|says|added|wrote)\b)"
)
_CALL_ON_TO = re.compile(r"\s+on\s+(?:[\w.\-\u2019']+\s+){1,6}?to\s")
_AS_ONLY = {
    "presented", "presents", "present", "presenting", "painted", "painting", "paints",
    "portrayed", "portraying", "portrays", "cast", "casting", "casts",
}
_OBJECT_NOT_WORDS = re.compile(r"\b(?:a|an|to|the)\b", re.IGNORECASE)
# "promises to “rededicate ourselves”", "pledged to make “a final decision”": the promised
# act in the promiser's words, up to two words after "to" (real-news tuning split); "promised
# a «…»" and "pledged to the fund a «…»" still name a thing promised.
_INFINITIVE_PROMISE = re.compile(r"\s+to\s+(?:[a-z]+\s+){0,1}$")

# Words that follow a phrase without being modified by it: "ran a “dry run” recently", "an
# “insurance policy” against a win", "there are “lots of pockets” where …", "render “…”
# inoperable" (real-news tuning split: these are someone's words, not terms).
_NOT_MODIFIED = frozenset("""against where when while whereas toward towards despite until unless
though although whether within without among amid across along around beyond
the a an this that these those his her its their our my your
last next yesterday today tonight tomorrow earlier later ago""".split())  # "… “Night Watch Returns” last year"


def _labelled_noun(r: _Reading) -> str | None:
    """The noun right after the marks that the quotation, ending on a word, modifies as a label
    ("“grand bargain” budget", "“America First” message"), or None: not an adverb, a
    preposition, a determiner or a predicative adjective (the words of _NOT_MODIFIED)."""
    if not r.after_words or not r.text.rstrip()[-1:].isalnum():
        return None
    nxt = r.after_words[0]
    low = nxt.lower()
    if not _modifies_next(r.right, nxt) or low in _NOT_MODIFIED or low.endswith(("ly", "able", "ible")):
        return None
    return nxt


def _modifies_next(right: str, nxt: str) -> bool:
    """The quotation sits inside a noun phrase: the next word follows directly (space only)
    and is a lowercase content word (“smart” streetlights, “recycling” business)."""
    stripped = right.lstrip(" ")
    if not stripped or not stripped[0].isalpha():
        return False
    return nxt[0].islower() and nxt.lower() not in FUNCTION_WORDS
