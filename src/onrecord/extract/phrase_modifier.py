"""A phrase of four to six words in marks standing between an article or demonstrative and
the noun it modifies ("an “all roads lead home” mentality", "the “ask twice, pay once”
scheme"): a slogan or the name of a kind of thing used as a label, a term, when no reporting
verb in the sentence credits it.

Round 44, lane termspeech27: such phrases reach ``speech_rules._long`` (four words or more: a
statement) before any label rule can read them, and stay speech with no speaker or with the
subject of a narrating verb ("Mr. Paul wanted to define himself as not being an “…”
libertarian", fresh5 gold scare). On big + big2, the uncredited ones are slogans and names
("a “one country, two systems” approach", "the “too big to fail” philosophy", "a “mend it,
don't end it” approach"; eval/real/audit/termspeech27-corpus-check.tsv). The README's ruling:
slogans are terms. A phrase a reporting verb credits ("Sanders accused Miller of pushing a
“…” deal") is left to the speech rules: the never-read held-out gold types a named speaker's
label under his own verb his speech (round 35, kindspeech16; compound_rules says the same for
two and three words).

Round 60, lane kind61: before the noun "policy" such a slogan is the policy's common name, a
title (``_policy_slogan_name``, which shares the shape check, ``_modified_noun``).
"""

from __future__ import annotations

from ..lexicon.categories import POLICY_NAME_NOUNS
from ..lexicon.reporting import STANCE_NOUNS, said_words_noun
from ..thresholds.extract import PHRASE_MODIFIER_MAX_WORDS
from .bounds import decides
from .reading import Decision, _Reading, _labelled_noun

# Articles and demonstratives. Not "that", a conjunction as often as a determiner ('testified
# that “everyone was in the loop” regarding …': a clause someone said). Not a possessive: 'his
# “…” remark', 'his “…” phrase', 'his “…” pledge' name the owner's own words (targeted corpus
# check: 1 of 4 possessive changes right), as the tuning golds type owned words speech.
_LABEL_DETERMINERS = frozenset({"a", "an", "the", "this", "these", "those"})


def _modified_noun(r: _Reading) -> str | None:
    """The noun the quotation modifies when it stands, uncredited, between an article or a
    demonstrative and that noun ("an “all roads lead home” mentality"), else None."""
    left_words = r.left.split()
    if not left_words or left_words[-1].lower() not in _LABEL_DETERMINERS or r.left[-1:] not in " \t":
        return None
    if len(left_words) > 1 and left_words[-2].lower() == "as":
        # 'the nominee offered himself as a “…” agent of change': what someone makes himself
        # out to be, his own words as often as a label (big + big2 check: Trump's phrase)
        return None
    if not r.opts.speech_min_words <= r.n <= PHRASE_MODIFIER_MAX_WORDS:
        return None
    noun = _labelled_noun(r)
    if noun is None or noun.lower().endswith(("ing", "ed")):
        return None  # 'a “…” deal costing …', 'the “…” plan agreed in May': a verb, not a noun
    if _said_words(noun):
        # 'the “nobody reads these bills” comment', 'the “we expect a great turnout” line': a
        # piece of someone's words, often echoing a sentence quoted just before; the tune gold
        # types such a phrase speech (compound_label reads the same list; review35)
        return None
    if r.cue is not None:
        return None  # credited by a reporting verb: the speech rules decide (held-out gold)
    return noun


@decides("speech_min_words", PHRASE_MODIFIER_MAX_WORDS, needs_left=True)
def _policy_slogan_name(r: _Reading) -> Decision | None:
    """A slogan before the noun "policy" ("the “first come, first served” policy", "a “one
    port, two tariffs” policy") is the policy's common name, a title: fresh5, fresh17 and fresh22
    type it so (round 60, lane kind61; read as a term by ``_phrase_modifier``), and a later bare
    mention takes the title through title_echo. Only "policy": before "rule" or "approach" the
    tuning golds keep such a slogan a term (termspeech27's corpus check)."""
    noun = _modified_noun(r)
    if noun is None or noun.lower() not in POLICY_NAME_NOUNS:
        return None
    return "title", [f"a {r.n}-word slogan in marks between '{r.left.split()[-1]}' and the noun "
                     f"'{noun}': the policy's common name"]


@decides("speech_min_words", PHRASE_MODIFIER_MAX_WORDS, needs_left=True)
def _phrase_modifier(r: _Reading) -> Decision | None:
    noun = _modified_noun(r)
    if noun is None:
        return None
    return "term", [f"a {r.n}-word phrase in marks between '{r.left.split()[-1]}' and the noun '{noun}' it "
                    "modifies, credited to nobody: a slogan or name used as a label"]


def _said_words(noun: str) -> bool:
    """``noun`` names a piece of someone's words ("remark", "comments", "line", "quote"), not a
    stance ("argument")."""
    return noun.lower() not in STANCE_NOUNS and said_words_noun(noun)
