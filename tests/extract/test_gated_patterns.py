"""The case-insensitive cue patterns of the classifier run behind a cheap test of the words
every match needs (``Gated``, issue 16, speed): a whole run of letters of an ASCII string. The
test may only skip a string the pattern cannot match: these compare each gated pattern with its
bare regex on random word soups built from the patterns' own words in mixed case, glued by
separators that are and are not word characters (digits, "_", apostrophes, hyphens), with the
characters re.IGNORECASE folds onto ASCII letters (dotless i, long s, the Kelvin sign) mixed in
(a string that is not ASCII is not gated)."""

import random
import re
import string

from onrecord.extract import cues, label_rules, lexicon
from onrecord.extract.lexicon import Gated, letter_runs

GATED = {
    "NAMING_RE": lexicon.NAMING_RE,
    "MENTION_RE": lexicon.MENTION_RE,
    "TITLE_CUE_RE": lexicon.TITLE_CUE_RE,
    "_REPORTING_PHRASE_RE": lexicon._REPORTING_PHRASE_RE,
    "_SO_CALLED": label_rules._SO_CALLED.rx,  # (behind its Ending test: test_ending_patterns.py)
    "_COUNTERFACTUAL": label_rules._COUNTERFACTUAL,
    "_MODAL_PASSIVE": cues._MODAL_PASSIVE.rx,  # (behind its Ending test: test_ending_patterns.py)
}

VOCAB = """so-called so called supposed self-styled self described purported would-be ostensible
alleged call calls called calling dubbed dub nicknamed known widely as refer referred referring
to it them goes go by describe described describes what which that engineers the word words
phrase phrases such like term terms termed expressions label labelled a an this titled entitled
headline headlines headlined subject line under name named renamed re-named was is will be can
could must only really according in statement letter interview put went on say list point
pointed out to spoke speaking talking talked about of quoted saying spokesman spokeswoman his own
Smith's made up I for slogan motto banner tagline rallying cry theme mantra watchword nickname
christened coined branded brand jargon acronym euphemisms buzzword catchphrase heading ago
government good tweet post ruling report memo email speech eternal would might could should
have had if she been said told asked replied him""".split() + [
    "according to", "in a statement", "put it", "went on to say", "pointed out", "spoke of",
    "in the words of", "in Smith's own words", "quoted as saying", "the spokesman", "could only be",
    "known as", "refer to it as", "goes by", "described it as", "such words as", "the phrase",
    "would have been,", "might have said", "if she had said", "could have told him", "if they had asked",
]

_FOLD = {"i": "\u0131\u0130", "s": "\u017f", "k": "\u212a"}


def _soup(rnd: random.Random) -> str:
    words = []
    for _ in range(rnd.randint(1, 9)):
        w = rnd.choice(VOCAB)
        w = rnd.choice([w, w.upper(), w.title(), w.lower()])
        if rnd.random() < 0.15:
            w = "".join(rnd.choice(_FOLD[c.lower()]) if c.lower() in _FOLD and rnd.random() < 0.5 else c for c in w)
        words.append(w)
        words.append(rnd.choice([" ", " ", " ", "  ", "\n", ", ", " \u2014 ", "-", "_", "'", "3", "", ": "]))
    return "".join(words[: rnd.choice([-1, len(words)])])


def test_gated_patterns_answer_as_their_regexes():
    rnd = random.Random(1616)
    for name, g in GATED.items():
        assert isinstance(g, Gated), name
        matched = 0
        for _ in range(8000):
            s = _soup(rnd)
            want = [m.span() for m in g.rx.finditer(s)]
            assert [m.span() for m in g.finditer(s)] == want, (name, s)
            assert (g.search(s) is None) == (not want), (name, s)
            assert (g.fullmatch(s) is None) == (g.rx.fullmatch(s) is None), (name, s)
            matched += bool(want)
        assert matched > 5, name  # the soups do reach the patterns


def test_a_folded_letter_still_reaches_the_pattern():
    # "tıtled" with a dotless i: none of the gate's words, yet the case-insensitive regex
    # matches it; the gate must let it through
    s = "a paper t\u0131tled "
    assert lexicon.TITLE_CUE_RE.rx.search(s)
    assert lexicon.TITLE_CUE_RE.search(s)
    assert lexicon.TITLE_CUE_RE.search("a paper about nothing ") is None


def test_a_string_that_is_not_ascii_is_not_gated():
    # every character re.IGNORECASE folds onto an ASCII letter is outside ASCII: a string
    # holding one reaches the regex whatever its letters
    letter = re.compile("(?i)[" + string.ascii_letters + "]")
    odd = [chr(c) for c in range(0x80, 0x110000) if letter.fullmatch(chr(c))]
    assert "".join(odd) == "\u0130\u0131\u017f\u212a"
    for g in GATED.values():
        assert all(g.may_match("nothing " + c) for c in odd)


def test_letter_runs_are_the_lowercased_ascii_words():
    rnd = random.Random(1619)
    alphabet = "aBz Q_'-9.,\n\t"
    for _ in range(5000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        assert letter_runs(s) == {w.lower().encode() for w in re.findall("[A-Za-z]+", s)}, s


# One example of every alternative of each pattern: the gate must let each through alone (in
# any case), so a word missing from a gate ("speaking" under "spok") fails here.
EXAMPLES = {
    "NAMING_RE": """what engineers call a|called|calls|calling|dub|dubs|dubbed|dubbing|nickname|
        nicknames|nicknamed|term|terms|termed|label|labels|labelled|labeled|labelling|labeling|brand|
        brands|branded|branding|christened|coined|known as|known widely, as|refers to it as|referred
        to them as|refer to as|goes by|go by|describes it as|described them as|describe this as""",
    "MENTION_RE": """such words as|phrases like|terms and expressions such as|the word|the words|
        a phrase|the term|this expression|the label|the nickname|the slogan word|the heading|
        a catchphrase|the buzzword|a euphemism|the jargon|the acronym|the phrase for this|
        a word of choice|a word I made up""",
    "TITLE_CUE_RE": """titled|entitled|headlined|headline|headlines|title|subtitled|subject line|
        slogan|motto|banner|tagline|theme|mantra|rallying cry|watchword|under the name|be called|
        was called|is called|will be called|named|renamed|re-named""",
    "_REPORTING_PHRASE_RE": """according to|in a statement|in a letter|in a memo|
        in a email|in a interview|in a speech|in a post|in a tweet|in a ruling|in a report|put it|
        went on to say|went on:|points out|pointed to|pointing out|spoke of|speaking about|
        talked openly about|talking of|in the words of|in Smith's words|in the minister's own
        words|quoted as saying|a spokesman|the spokeswoman|a spokesperson""",
    "_SO_CALLED": """so-called|so called|supposed|self-styled|self described|purported|would-be|
        ostensible|alleged""",
    "_MODAL_PASSIVE": "could only be|can be|must be really|should well be",
}


def test_every_alternative_passes_its_gate():
    for name, examples in EXAMPLES.items():
        g = GATED[name]
        for ex in (" ".join(e.split()) for e in examples.split("|")):
            for s in ("and " + ex + " ", "AND " + ex.upper() + " ", "And " + ex.title() + " "):
                if name not in ("_SO_CALLED", "_MODAL_PASSIVE"):
                    s += "it"
                assert g.rx.search(s), (name, s)  # the example is one the pattern matches
                assert g.search(s), (name, s)


def test_no_gate_word_in_a_clause_means_no_match_in_its_last_words():
    # _title_cue and _mentioned test the gate on the whole left clause before splitting out
    # its last words (``left_tail``, the words joined by spaces): the gates' words hold no
    # space, so each lies inside one word of the clause
    from onrecord.extract.words import _words

    rnd = random.Random(1617)
    for name in ("TITLE_CUE_RE", "MENTION_RE"):
        g = GATED[name]
        assert not any(re.search(rb"\s", w) for w in g.words), name
        matched = 0
        for _ in range(8000):
            s = _soup(rnd)
            tail = " ".join(_words(s)[-8:])
            if not g.may_match(s):
                assert g.rx.search(tail) is None, (name, s)
            matched += g.rx.search(tail) is not None
        assert matched > 5, name
