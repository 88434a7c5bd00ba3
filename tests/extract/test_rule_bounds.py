"""classify tries, for a quotation of n words, only the kind rules whose declared length range
(``bounds.decides``) holds n (issue 16, speed), and with a clause before the marks only the rules that read one. A declaration may only leave out a rule that
would have returned None: these build random quotations of every length from the rules' own
cue words, with random words before and after the marks, and check (1) that every declared rule
returns None outside its range and (2) that classify gives the decision of trying every rule in
``KIND_RULES`` order."""

import random

from onrecord.extract.bounds import LIMITS, can_decide
from onrecord.extract.classify import KIND_RULES, QuoteContext, classify
from onrecord.extract.rare_words import rare_word_term
from onrecord.extract.reading import _Reading
from onrecord.thresholds.extract import ExtractOptions

# cue words of the rules, capitalised words (titles, names), and plain words
LEFT = """titled called named the word phrase so-called a an his her their on at in wrote said
says told reports that ABC's the party's Mr Smith's at the Harbour Post's Anna dubbed known as
would have been, album novel show report plan being billed as means does not mean :
Mayor: critics call what engineers call the""".split()
QUOTED = """The Quiet Harbour Night of Long Shadows and or 60 Minutes plan rule reform budget
smart very unfair great we will never give up on this town . , ! ? it was a good day for
everyone Beloved Newsnight friendly""".split()
RIGHT = """programme show album by Anna Reed , said the minister she said . campaign reference
host 's Matt Lauer (The Daily Post) meaning stands for refers to budget rules""".split()
# what a rule reads right after the marks, whole: an appositive, an author, an outlet
RIGHT_OPENERS = ["", "", " ", ", ", "\u2019s ", ", a novel about ", " by Anna Reed", " (The Daily Post)\n",
                 " does not mean ", " \u2014 that is, ", " host "]
# capitalised words only: a title-case quotation
CAPS = "The Quiet Harbour Night Long Shadows Of Beloved Newsnight Minutes Road".split()
END = [".", ",", "!", "?", ":", "", ".\u201d"]


def _soup(rng: random.Random, words: list[str], k: int) -> str:
    return " ".join(rng.choice(words) for _ in range(k))


def _contexts(count: int, seed: int) -> list[QuoteContext]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        k = rng.choice([0, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 12, 13, 20, 31, 40])
        text = _soup(rng, CAPS if rng.random() < 0.4 else QUOTED, k) + rng.choice(END)
        left = _soup(rng, LEFT, rng.randrange(0, 9)) + rng.choice([" ", " ", "", ": ", ", "])
        left = "" if rng.random() < 0.3 else left
        right = rng.choice(RIGHT_OPENERS) + _soup(rng, RIGHT, rng.randrange(0, 7))
        window = _soup(rng, LEFT, rng.randrange(0, 12)) + ". " + left
        out.append(QuoteContext(text=text, left=left, right=right, para_start=rng.random() < 0.2,
                                flagged=rng.random() < 0.05, in_headline=rng.random() < 0.1,
                                doc=window, window_lo=0, window_hi=len(window)))
    return out


def _every_rule(ctx: QuoteContext, opts: ExtractOptions):
    r = _Reading(ctx, opts)
    # classify's last step (round 44): an uncredited scare quote with a rare word is a term
    for rule in KIND_RULES:
        decision = rule(r)
        if decision is not None:
            return rare_word_term(r.text, decision)
    return rare_word_term(r.text, ("scare", [f"{r.n}-word fragment credited to nobody"]))


def test_a_rule_outside_its_declared_range_decides_nothing():
    opts = ExtractOptions()
    limits = {name: getattr(opts, name) for name in LIMITS}
    declared = [rule for rule in KIND_RULES if hasattr(rule, "word_bounds")]
    assert len(declared) >= 20
    outside = 0
    for ctx in _contexts(4000, 7):
        r = _Reading(ctx, opts)
        for rule in declared:
            if not can_decide(rule, limits, r.n, ctx.left != ""):
                outside += 1
                assert rule(r) is None, (rule.__name__, ctx.left, ctx.text, ctx.right)
    assert outside > 10000


def test_classify_gives_the_decision_of_trying_every_rule():
    for opts in (ExtractOptions(), ExtractOptions(term_max_words=2, bare_title_max_words=3, speech_min_words=9)):
        for ctx in _contexts(3000, 11):
            assert classify(ctx, opts) == _every_rule(ctx, opts), (ctx.left, ctx.text, ctx.right)


def test_the_decisions_cover_the_rules_for_short_quotations():
    # the soups must reach the rules the bounds leave out for long quotations, or the two
    # tests above compare nothing
    opts = ExtractOptions()
    kinds = {classify(ctx, opts)[0] for ctx in _contexts(3000, 11)}
    assert kinds == {"speech", "title", "scare", "term"}


def test_marks_without_a_word_after_an_acronym_possessive_are_no_title():
    # 'ABC’s “...”' (found by the soups above): the rule read the first word of a quotation
    # that has none, and extraction stopped with an IndexError
    ctx = QuoteContext(text="...", left="He watched ABC\u2019s ", right=" last night.", para_start=False,
                       flagged=False, in_headline=False, doc="He watched ABC\u2019s ", window_lo=0, window_hi=18)
    assert classify(ctx, ExtractOptions())[0] == "scare"
