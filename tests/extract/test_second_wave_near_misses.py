"""Near misses of round 34's second-wave kind rules (review23), in our own words: each kept its
kind on 21d3557 and lost it on ab9258c.

- a pair of short quotations that a verb "be" says of its subject is no pair of words weighed
  as words (extract/word_pairs.py; corpus: "is it “…” and “…”", "she was “…” and “…”");
- a share's verb of choosing reaches no quotation that a later reporting verb speaks
  (extract/term_rules._poll_answer);
- "signs", "caps" before an object are verbs, not slogan carriers
  (extract/label_nouns._slogan_before_its_carrier)."""

from __future__ import annotations

import pytest


# (case, article, fragment, expected kind)
CASES = [
    ("a pair said of its subject by 'is'", "Budget\n\nThe new levy is \u201cunfair\u201d and \u201cruinous,\u201d "
     "and it lands on the poorest docks first.", "unfair", "scare"),
    ("a pair after 'is it'", "Budget\n\nNot only is it \u201cunfair\u201d and \u201cruinous,\u201d it also "
     "lands on the poorest docks first.", "unfair", "scare"),
    ("a share's verb, then a reporting verb of its own", "Poll\n\nFifty-two percent of members picked Dana "
     "Reyes as leader, and she called the result \u201ca clear mandate\u201d on Friday.", "a clear mandate",
     "speech"),
    ("a share that chose, then said", "Poll\n\nForty percent chose to stay home, saying the race was "
     "\u201calready decided\u201d by then.", "already decided", "speech"),
    ("a drama's name before 'caps' and its object", "TV\n\nThe drama \u201cHarbour Nights\u201d caps a strong "
     "year for the network.", "Harbour Nights", "title"),
    # still decided by the rules: the share's own choice, a slogan's carrier, a weighed pair
    ("a share's choice stays a term", "Poll\n\nForty percent chose \u201cthe economy\u201d as their first "
     "worry.", "the economy", "term"),
    ("hats still carry a slogan", "Rally\n\nFans wore \u201cKeep Harbour Blue\u201d hats at the rally.",
     "Keep Harbour Blue", "term"),
    ("a pair weighed after 'between' stays terms", "Law\n\nThe court drew a line between \u201cabsent\u201d "
     "and \u201cvacant\u201d in its opinion.", "absent", "term"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_second_wave_near_misses(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)


# Guards of round 34's second wave that no lane test failed without (review23 switched each off
# in a scratch copy): the poll answer's word limit, the body name's word limit, and the plural
# noun's exception for the object of a verb of saying.
GUARDS = [
    ("a share's longer words are no answer option (poll_answer_max_words)", "Poll\n\nThirty percent "
     "picked \u201cwe want our old ferry back\u201d in the survey.", "we want our old ferry back", "speech"),
    ("a six-word headline ending on a body stays a title (BODY_NAME_MAX_WORDS)", "Press\n\nShe read "
     "\u201cAngry Senators Grill Harbour Ethics Committee\u201d on the train.",
     "Angry Senators Grill Harbour Ethics Committee", "title"),
    ("'jokes' after 'call his' stands in for the verb of saying", "Comedy\n\nDana Vale would never call "
     "his jokes \u201cclever\u201d on air.", "clever", "speech"),
]


@pytest.mark.parametrize("case,article,fragment,kind", GUARDS, ids=[c[0] for c in GUARDS])
def test_second_wave_guards(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
