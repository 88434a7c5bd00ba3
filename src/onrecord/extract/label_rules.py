"""The scare and term rule families of ``KIND_RULES`` (extract/classify.py): "so-called", a
nickname, an expression mentioned as an expression, a naming verb (naming.py), a short label
introduced by "a", a phrase in marks modifying the noun after it."""

from __future__ import annotations

import re

from .bounds import decides
from .clauses import sentence_before
from ..lexicon.categories import CATEGORY_NOUNS, LIST_NOUNS, POLICY_NOUNS, SIDE_NOUNS
from ..lexicon.function_words import AUXILIARY_OPENERS, CLAUSE_PRONOUNS, FUNCTION_WORDS
from ..lexicon.given_names import GIVEN_NAMES
from ..lexicon.voting import BALLOT_OPTIONS, VOTE_NOUNS
from ..lexicon.kind_cues import MODIFIED_WORDING_NOUNS
from .lexicon import MENTION_RE, REPORTING_RE, Ending, Gated
from .naming import _naming_decision
from .own_use import own_use
from .person_labels import NICKNAME_BETWEEN_NAMES
from .reading import Decision, _Reading, _between_names, _labelled_noun, _modifies_next, _named_here
from .words import _SMALL_WORDS, _headline_context, _last_match, _words, _words_after, is_title_case

_SO_CALLED = Ending(Gated(re.compile(
    r"\b(?:so[- ]called|supposed|self[- ]styled|self[- ]described|purported|would-be|"
    r"ostensible|alleged)\s*$",
    re.IGNORECASE,
), "called supposed self purported would ostensible alleged"), "dDeE")


@decides(needs_left=True)
def _so_called(r: _Reading) -> Decision | None:
    """'so-called', 'supposed', 'alleged' before the marks: the writer's distance, a scare
    quote; but "so-called" itself before a plain noun phrase of two or three words credited to
    no reporting verb ('so-called “sanctuary cities” that …', 'the so-called “wiper malware”
    used in …') introduces the name a thing goes by, a term (the real-news gold's ruling on a
    neutral "so called"; tuning splits: 4 such names read as scare quotes, 1 ironic one among
    them; on 1,000 corpus articles most two-word ones were names: "black site", "Gang of
    Eight"). One word stays the writer's doubt ('the so-called “experts”')."""
    m = _SO_CALLED.search(r.left.rstrip(" \t,:"))
    if m is None:
        return None
    if m.group(0).lower().startswith("so") and not _reported_beyond_so_called(r.cue):
        if _plain_noun_phrase(r):
            return "term", ["'so-called' before a plain noun phrase: the name a thing goes by"]
        if _names_a_rule_or_side(r):
            return "term", ["'so-called' before a law's, rule's or side's noun: the name it goes by"]
    return "scare", ["'so-called' (or similar) before the quotation"]


# Nouns of a rule or a side that a name in marks heads ("so-called “…” laws", "the so-called
# “…” camp"): the nouns of policies (title_rules) with "provision(s)" and "clause(s)", and of
# sides (lexicon.categories)
_RULE_OR_SIDE_NOUNS = frozenset(POLICY_NOUNS | SIDE_NOUNS | {"provision", "provisions", "clause", "clauses"})


def _names_a_rule_or_side(r: _Reading) -> bool:
    """The words in marks, right before a lower-case noun of a law, rule, provision or side,
    are a hyphenated or capitalised word or a phrase of up to ``term_max_words``
    words with no end punctuation: the name the rule or side goes by ('so-called
    “stand-your-ground” laws', 'the so-called “no budget, no pay” provision', 'the so-called
    “Leave” camp'; round 38, lane terms21: 4 on big and big2, all names). One plain
    lower-case word stays the writer's doubt ('the so-called “reform” plan')."""
    after = r.after_words[:1]
    if not after or after[0] not in _RULE_OR_SIDE_NOUNS or r.right[:1] not in (" ", "\u00a0"):
        return False
    if r.n > r.opts.term_max_words or r.text.rstrip()[-1:] in ".!?":
        return False
    if any(w.lower() in CLAUSE_PRONOUNS or w.lower() in AUXILIARY_OPENERS for w in r.words):
        return False  # 'the so-called “we will never pay” pledge': a clause, the writer's distance
    return r.n >= 2 or "-" in r.words[0] or r.words[0][:1].isupper()


def _reported_beyond_so_called(cue: tuple[str, str, str] | None) -> bool:
    """A reporting verb governs the quotation other than the "called" of "so-called" itself
    (which the cue scan reads as a verb of saying)."""
    return cue is not None and not (cue[1].lower() == "called" and cue[2].rstrip(" -").lower().endswith("so"))


@decides(1, 2, needs_left=True)
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
        and not _credited_headline_word(r)
    ):
        return "term", [NICKNAME_BETWEEN_NAMES]
    return None


def _credited_headline_word(r: _Reading) -> bool:
    """One word in marks in a title-case or capitals line whose reporting verb before it credits
    someone, not after a given name, not a ballot option: "Susan Collins Says She’s ‘Open’ To
    …", "TRUMP SLAMS ‘FAKE’ DOSSIER". Every word of such a line is capitalised, so the word
    sits between two capitals without being a nickname (round 32, lane notspeech13: 165 such
    headlines and link lines were terms; with no verb, "Scotland’s ‘No’ Vote", "REDDIT BANS
    ‘THEDONALD’", the term stays: half of those were terms; a line's first word is no verb,
    "Protests at Berkeley For And Against ‘…’ Trump", and a label's colon credits nobody,
    "Reminder: The Fiscal Cliff ‘…’ Sets Up …")."""
    word = r.text.strip(" .,").lower()
    if r.n > 1 or word in BALLOT_OPTIONS or not _headline_context(r.left, r.right) \
            or _words(r.left)[-1].lower() in GIVEN_NAMES:
        return False
    # (the line across an earlier quotation: "CALLS IT ‘…,’ SLAMS ‘…’")
    line = r.ctx.sentence_left.rsplit("\n", 1)[-1].lower()
    first = len(line) - len(line.lstrip())
    return any(hit.start() > first for hit in REPORTING_RE.finditer(line))


@decides(max_words="term_max_words", needs_left=True)
def _mentioned(r: _Reading) -> Decision | None:
    """"the word", "the phrase": the expression is mentioned as an expression."""
    if r.n > r.opts.term_max_words:
        return None  # (before the scan: issue 16)
    if not MENTION_RE.may_match(r.left):
        return None  # (its words lie inside words of the left clause, as _title_cue's)
    mm = _last_match(MENTION_RE, r.left_tail)
    if mm and _words_after(r.left_tail, mm.end()) <= 1 and not _term_as_subject(mm.group(0), r.text):
        whole = _last_match(MENTION_RE, r.left)  # (with its commas: the subject is read there)
        if whole is not None:
            # the sentence before the mention: r.left is the tail of the sentence's left side
            before = sentence_before(r.ctx.sentence_left, r.left[whole.start() :])
            if own_use(r.left[: whole.start()], before, r.opts.own_use_window_words):
                # "Vale used the term “…”": the words the named person said (own_use.py)
                return "speech", [f"a named person's own use: '{mm.group(0)}'"]
        return "term", [f"mentioned as an expression: '{mm.group(0)}'"]
    return None


def _term_as_subject(mention: str, text: str) -> bool:
    """Whether "term(s)" before the marks is a span of office or a deal's conditions whose
    predicate the quotation is: 'a second Harris-Lowe term “would fix the ports”', 'the
    Harbour-era terms “were generous”' (round 35, review of lane scareterm16, whose hyphened
    modifier let "the Obama-era terms" read as a word named as a word: near misses written for
    the review). A quotation opening with an auxiliary is a piece of a clause, no word named."""
    words = text.lower().replace("\u2019", "'").split()
    return mention.split()[-1].lower() in ("term", "terms") and len(words) >= 2 and words[0] in AUXILIARY_OPENERS


# The expression's meaning is stated: '“X” does not mean “Y”', '“X” stands for …', '“X” — that
# is, …', '“X,” meaning …'; and the expression a meaning is given as ('… does not mean “Y”').
_MEANING_AFTER = re.compile(
    r"^\s*(?:(?:does|do|did)\s+not\s+|doesn[\u2019']t\s+|didn[\u2019']t\s+)?(?:means?|meant|stands?\s+for)\b",
    re.IGNORECASE,
)
# a gloss after a comma, dash or bracket ("“on watch” — that is, …", "“SBU”, meaning …")
_GLOSS_AFTER = re.compile(
    r"^\W{0,2}\s*[,(\u2014\u2013-]+\s*(?:that\s+is\b|i\.\s?e\.|meaning\b|which\s+means\b|short\s+for\b)",
    re.IGNORECASE,
)
# what the expression refers to ('“Andy,” meanwhile, may have been a reference to …', '“the
# Rock” refers to …'): the words are talked about as a name
_REFERENT_AFTER = re.compile(
    r"^\W{0,2}\s*(?:\w+(?:\s+\w+)?,\s+)?(?:(?:(?:may|might|could|must)\s+have\s+been|is|was|is\s+probably|was\s+probably)"
    r"\s+(?:a|an)\s+(?:\w+\s+)?(?:reference|allusion|nod)\s+to\b|refer(?:s|red)?\s+to\b)",
    re.IGNORECASE,
)
_MEANING_BEFORE = Ending(re.compile(
    r"\b(?:(?:does|do|did)\s+not|doesn[\u2019']t|didn[\u2019']t)\s+mean\s+$|\bmeans?\s+$|\bshort\s+for\s+$",
    re.IGNORECASE,
), "nNsS\u017frR")  # (\u017f, the long s, is an s to re.IGNORECASE)


@decides(max_words="term_max_words")
def _meaning_stated(r: _Reading) -> Decision | None:
    """'The aides stressed that “Harbour First” does not mean “Harbour Alone”', '“on watch” —
    that is, the first to respond': the expression is talked about, a term (real-news tuning
    split: a slogan read as a title, a jargon phrase read as a scare quote)."""
    if r.n > r.opts.term_max_words or r.text.rstrip()[-1:] in ".!?" or r.sentence and r.n >= r.opts.speech_min_words:
        return None
    if _MEANING_AFTER.match(r.right) or _REFERENT_AFTER.match(r.right) \
            or _GLOSS_AFTER.match(r.right) and not r.cue and not _named_here(r):
        # (a gloss not after a speaker's verb: 'what one adviser called “…,” meaning …'
        # glosses the adviser's words, which stay speech)
        return "term", ["its meaning is stated right after it"]
    if _MEANING_BEFORE.search(r.left) and not r.cue:
        return "term", ["given as the meaning of an expression"]
    return None


@decides(max_words="term_max_words", needs_left=True)
def _naming(r: _Reading) -> Decision | None:
    if r.n > r.opts.term_max_words:
        # _naming_decision's own first test, made before the argument ``sentence_left`` is
        # read: reading it cuts the sentence for every quotation (4 % of extraction; issue 16)
        return None
    return _naming_decision(r.text, r.words, r.left, r.right, r.sentence, r.opts, r.ctx.sentence_left)


@decides(min_words=2, needs_left=True)
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


# The reason of ``_wording_modified``: read by attribute/owned_wording.py, which gives a
# possessive owner of the noun the words ("Kell's “…” remark", GUIDELINES K8; round 78)
WORDING_MODIFIED = "a phrase in marks modifying the wording noun"


@decides(max_words="term_max_words")
def _wording_modified(r: _Reading) -> Decision | None:
    """'The “shooting” reference echoed an old quote': the marks hold a piece of wording that the
    noun after them talks about, a term (real-news tuning split: read as a one-word scare quote
    modifying a noun). Tried after the speech rules, so 'her “X” remark, she said' stays hers."""
    nxt = r.after_words[0].lower() if r.after_words else ""
    if r.n <= r.opts.term_max_words and nxt in MODIFIED_WORDING_NOUNS and _modifies_next(r.right, r.after_words[0]):
        return "term", [f"{WORDING_MODIFIED} '{nxt}'"]
    return None


@decides(1, "term_max_words")
def _modifier(r: _Reading) -> Decision | None:
    if r.n == 1 and r.after_words and _modifies_next(r.right, r.after_words[0]):
        noun, word = r.after_words[0].lower(), r.words[0]
        if noun in CATEGORY_NOUNS or (noun in LIST_NOUNS and ("-" in word or word[:1].isupper())) \
                or (noun in SIDE_NOUNS and (word[:1].isupper() or word.lower() in BALLOT_OPTIONS)) \
                or (noun in VOTE_NOUNS and word.lower().rstrip(".,") in BALLOT_OPTIONS):
            # 'backing the “Remain” camp', 'up from their “speculative” rating', 'his “to-do”
            # list', 'one “no” vote': the word names a side, grade, list or ballot choice, a term
            # (real-news fresh4: three read as scare quotes; the vote nouns: round 32)
            return "term", ["one word in marks naming the category after it, credited to nobody"]
        return "scare", ["one word in marks modifying the noun after it, credited to nobody"]
    if 2 <= r.n <= r.opts.term_max_words and _labelled_noun(r) \
            and r.words[-1].lower() not in FUNCTION_WORDS and not is_title_case(r.text, r.words):
        # 'a U.S. Central Command “friendly fire” investigative file', 'robust “end of life”
        # programmes', '“grand bargain” fiscal negotiations': a phrase in marks used as a
        # modifier is a name for a kind of thing, a term (real-news tuning split); one word
        # ('a “friendly” letter') is still the writer's distance, above.
        return "term", [f"a {r.n}-word phrase in marks modifying the noun after it, credited to nobody"]
    return None


# Function words a coined noun phrase may hold inside it ("respect for life", "state of play").
_INNER_OF_A_NAME = frozenset({"of", "for", "and"})
# Particles that end a phrasal verb, not a noun phrase ("sold out", "hitting back").
_PARTICLES = frozenset({"out", "up", "off", "back", "down", "away", "over"})
# Contracted verbs and pronoun forms that make a clause, not a name ("I don't know").
_CLAUSE_WORDS = frozenset({"me", "him", "her", "us", "them", "my", "your", "our", "their", "himself",
                           "herself", "themselves", "ourselves", "not", "no"})


@decides(2, "coined_phrase_max_words")
def _coined_phrase(r: _Reading) -> Decision | None:
    """A short noun phrase in marks credited to nobody ('the “entertainment PC” is being billed
    as …', 'holds a patent on “one-click shopping”', 'his arrest for “lewd behaviour”') is an
    expression the writer mentions, a term; a single word, a verb phrase ("hitting back") or a
    clause ("could have") stays the writer's scare quote (real-news tuning split: 7 coined
    phrases read as scare quotes, one two-word scare quote among them)."""
    if not _plain_noun_phrase(r):
        return None
    words_before = _words(r.left)
    if words_before and not _names_its_head(words_before[-1], r.left, words_before[-3:]):
        return None
    return "term", [f"a {r.n}-word noun phrase in marks credited to nobody: a coined expression"]


def _plain_noun_phrase(r: _Reading) -> bool:
    """The words in marks read as a noun phrase: letters, digits and hyphens only, not opening
    on a function word, an -ing or -ly word, not ending on a function word or a particle, no
    function word inside but "of", "for", "and", no pronoun or contraction (a clause); two to
    ``coined_phrase_max_words`` words."""
    if not 2 <= r.n <= r.opts.coined_phrase_max_words:
        return False
    words = r.words
    if not r.text.rstrip(".,").replace("-", "").replace(" ", "").isalnum():
        return False
    first, last = words[0].lower(), words[-1].lower()
    if first in FUNCTION_WORDS or last in FUNCTION_WORDS or last in _PARTICLES or first.endswith(("ing", "ly")):
        return False
    inner = [w.lower() for w in words[1:-1]]
    if any(w in FUNCTION_WORDS and w not in _INNER_OF_A_NAME for w in inner):
        return False
    return not any(w.lower() in _CLAUSE_WORDS or "\u2019" in w or "'" in w and not w.endswith(("'s", "s'"))
                   for w in words)


# Determiners that open the noun phrase the quotation heads ("the “entertainment PC”").
_PHRASE_DETERMINERS = frozenset({"the", "this", "these", "those"})
# Prepositions whose object is a thing named ('a patent on “…”', 'arrested for “…”'), and "of"
# after "a <noun>" ('a flood of “…”', 'a series of “…”'; not 'two years of “efficiency
# savings”', the dev set's euphemism, a scare quote): the phrase is the name of a kind of thing,
# a term (real-news tuning and extension splits: 4 such two-word names read as scare quotes, 2
# after "on"/"for" and 2 after "a <noun> of"; no scare quote among them).
_NAMING_PREPOSITIONS = frozenset({"on", "for"})


def _names_its_head(before: str, left: str, last_three: list[str]) -> bool:
    """The word before the marks opens or modifies the quoted noun phrase (a determiner, or a
    lowercase noun or adjective right before: 'a prototype “…”', 'under the wrapper “…”'):
    the phrase names a thing. After a preposition, a possessive or a verb of describing ('two
    years of “…”', 'Brightwater’s “…”', 'describe it as “…”') it is as often the writer's
    distance from someone's euphemism (the dev set's convention: scare)."""
    low = before.lower()
    if low in _PHRASE_DETERMINERS or low in _NAMING_PREPOSITIONS:
        return True
    if len(last_three) == 3 and last_three[0].lower() in ("a", "an") and low == "of" and last_three[1].islower():
        return True  # 'a flood of “…”
    if low in ("a", "an"):
        return False  # _a_label's, with its exceptions ("ran a “dry run” recently": someone's words)
    return (before[0].islower() and low not in FUNCTION_WORDS and not low.endswith(("ed", "s", "ly"))
            and left.rstrip(" ") == left.rstrip() and left[-1:] == " " and left.rstrip()[-1:].isalpha())


# A counterfactual frame right before the marks: 'the reaction would have been, “…”' (a comma:
# 'X would have been “delighted”' reports what someone said X's feeling was), 'if she had
# said, “…”', 'he might have said “…”'
_COUNTERFACTUAL = Gated(re.compile(
    r"(?:\b(?:would|might|could|should)\s+have\s+(?:been\s*[,:]|said|told\s+\w+|asked|replied)|"
    r"\bif\s+(?:\w+\s+){1,4}?had\s+(?:said|told\s+\w+|replied|asked))\s*[,:]?\s*$",
    re.IGNORECASE,
), "have had")


# Words nobody said, right before the marks: a wording the writer proposes ('a better promise
# would be something like this: “…”') and what someone said "everything but" (real-news fresh3
# and fresh4: read as speech by length). Not 'would say something like' (officers' habitual
# words, corpus) nor 'no one would …': 'X said no one would agree to a pact that “…”' reports
# X's words (corpus audit: 5 of 8 such changes wrong).
_NOBODYS_WORDS = re.compile(
    r"(?:\b(?:would|might|could)\s+be\s+something\s+like(?:\s+this|\s+that)?\s*[,:]?|\beverything\s+but)\s*$",
    re.IGNORECASE,
)


# A saying the writer supposes: the writer or the reader as the sayer with a modal of
# possibility ("we can still say", "you could tell them") or a speech the writer pictures ("I
# imagine the minister will say to …"), right before the marks. Imagined words, nobody's (round
# 59, lane kind60: two tuning items read as speech by length). Not "I said", nor "would" or
# "will" without "imagine": "I would reply with, “…”" is a habit of real words and "I will say
# this: “…”" announces them (tests/attribute/test_answer_label.py).
_SUPPOSED_SAYING = Gated(re.compile(
    r"(?:\b(?:I|we|you)\s+(?:\w+\s+){0,4}?(?:can|could|might|may|should|must)\s+|"
    r"\bI\s+(?:imagine|suppose|picture)\s+(?:[\w.'’-]+\s+){1,8}?(?:will|would|might|could|may)\s+)"
    r"(?:\w+\s+){0,5}?(?:say|tell|ask|reply|respond|declare|answer)\b[^.!?]{0,40}$",
    re.IGNORECASE,
), "say tell ask reply respond declare answer")


def _inside_open_quotation(window: str) -> bool:
    """The paragraph before the marks leaves a double quotation open: the supposed saying is a
    quoted speaker's own dramatisation, that speaker's speech (fresh4's ruling), not the
    writer's (r300 of round 59: three such, all inside a speaker's quotation)."""
    return window.count("\u201c") > window.count("\u201d") or window.count('"') % 2 == 1


@decides(needs_left=True)
def _imagined(r: _Reading) -> Decision | None:
    """Words imagined by the writer, introduced by a counterfactual ('Once upon a time, the
    reaction would have been, “…”'), by a frame of words nobody said (``_NOBODYS_WORDS``) or by
    a saying the writer supposes (``_SUPPOSED_SAYING``, outside any open quotation):
    a scare quote (the real-news gold's harmonised rule: imagined words are scare; tuning
    split: 2 read as speech)."""
    if _COUNTERFACTUAL.search(r.left):
        return "scare", ["imagined words after a counterfactual ('would have been', 'if … had said')"]
    if _NOBODYS_WORDS.search(r.left[-90:]):
        return "scare", ["words nobody said ('would be something like', 'everything but')"]
    if _SUPPOSED_SAYING.search(r.left) and not _inside_open_quotation(r.ctx.window):
        return "scare", ["words in a supposed mouth ('we can still say', 'I imagine X will say')"]
    return None


# A marketing passive with no agent right before the marks: 'It is being billed as “…”',
# 'was touted as “…”' (a claim made for a product, credited to nobody in the sentence).
_BILLED_AS = Ending(re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:billed|touted|marketed|advertised|pitched)\s+as\s+$",
    re.IGNORECASE,
), "sS\u017f")  # (the s of "as"; \u017f, the long s, is an s to re.IGNORECASE)


@decides(needs_left=True)
def _billed_as(r: _Reading) -> Decision | None:
    """A claim made for a product in an agentless passive ('It is being billed as “the
    world's first …”'): the seller's label kept at a distance, a scare quote (real-news
    tuning split: read as speech by length; 'billed as “…” by its makers' names the agent
    and stays with the later rules)."""
    if _BILLED_AS.search(r.left[-60:]) and not re.match(r"^\W*\s*by\s", r.right):
        return "scare", ["a claim after an agentless 'billed as' (credited to nobody)"]
    return None
