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
   a nickname between first name and surname → term; standing alone, a nickname or a party
   side's label ("Sleepy Otto", "Mr. Harbour", "Lean Republican") → term (person_labels.py);
4. "the word", "the phrase", "such words as" → term; a naming verb ("what engineers call",
   "dubbed", "known as") → speech when a named speaker does the naming, term when nobody or
   a generic group does (scare for a one-word evaluation: "critics called it “unfair”");
5. an editorial flag → speech (editors flag quotations of people, not labels);
6. a whole sentence or a long fragment → speech; "Speaker: “…”" → speech; a headline opening
   on words in marks and a colon ("‘…’: Board rounds on cuts") → speech;
7. a short fragment credited by a reporting verb (before it, right after it, or closing the
   sentence: ", the committee added.") to a named speaker or institution → speech, to a
   generic group → scare; with no credit at all → term when it is a noun phrase introduced by
   "a", scare otherwise.

Items of a quoted list ("“a,” “b” and “c”") share the first item's kind (see __init__).

Where each rule lives (one module a rule family; ``KIND_RULES`` below is the one order):
title_rules.py (works, programmes, policies), label_rules.py (scare quotes and terms) with
naming.py (naming verbs) and term_rules.py (names of things created, names given after the marks), speech_rules.py (quotations of someone). What the rules read is in
reading.py (``QuoteContext``, ``_Reading``), words.py (words, clauses, title case) and cues.py
(the reporting verb of the sentence).
"""

from __future__ import annotations

from functools import lru_cache

from ..thresholds.extract import ExtractOptions
from .answer_word import _one_word_sentence
from .authored_works import _authors_work, _work_by_author, _work_in_apposition, _writing_a_work
from .bounds import LIMITS, can_decide
from .category_rules import _marked_category
from .compound_rules import _compound_modifier
from .fragment_rules import _capitalised_word, _headline_word, _hyphened_word, _self_described
from .phrase_modifier import _phrase_modifier, _policy_slogan_name
from .rule_label import _rule_label
from .label_nouns import _assumed_name, _label_before_title_case, _slogan_after_its_carrier, _slogan_before_its_carrier
from .label_rules import _a_label, _billed_as, _coined_phrase, _imagined, _meaning_stated, _mentioned, _modifier, _naming, _nickname, _so_called, _wording_modified
from .occasion_rules import _named_day, _named_event
from .rare_words import rare_word_term
from .reading import QuoteContext, _Reading
from .saying_rules import _stock_saying, _wording_as_example
from .search_rules import _search_query
from .shouted import _title_case_unless_shouted, _words_in_capitals
from .speech_rules import (
    _clause_piece,
    _closes_the_headline,
    _opens_the_headline,
    _colon_after_speaker,
    _flagged,
    _long,
    _paragraph_opener,
    _previous_sentence_reports,
    _reporting_verb,
    _speaker_label,
    _whole_sentence,
)
from .term_rules import _poll_answer, _abbreviation_defined, _acronym_expanded, _called_an_expression, _meaning_discussed, _ballot_option, _classed_as, _created_thing, _defined_after, _defined_as, _known_as_after, _translation
from .title_rules import (
    _acronym_possessive,
    _headline_after_written_piece,
    _headline_of_an_outlet,
    _names_the_work_after,
    _one_word_after_work_noun,
    _owned_policy,
    _programme_of_the_name_after,
    _title_case_after_preposition,
    _title_case_of_a_work,
    _title_cue,
)
from .words import left_clause, right_clause
from .work_rules import (
    _known_programme,
    _new_work_called,
    _outlet_headline,
    _promoted_headline,
    _thing_called,
    _work_addressing_you,
    _programme_named_after_its_noun,
    _title_case_in_a_cited_sentence,
    _title_cue_after,
    _work_taken_in,
    _show_before_its_cast,
    _title_and_subtitle,
)

__all__ = ["KIND_RULES", "QuoteContext", "classify", "left_clause", "right_clause"]

# The kind rules in the order they are tried: the first that decides gives the kind and its
# reason (``kind_evidence``). Titles first (explicit cues, then the shapes of a work's name),
# then terms (mentions, naming, nicknames), then speech (a flag, length, a whole sentence, a
# speaker), and a fragment credited to nobody last.
KIND_RULES = (
    _ballot_option, _poll_answer, _abbreviation_defined, _assumed_name, _slogan_after_its_carrier, _title_cue, _known_programme, _promoted_headline, _title_cue_after, _outlet_headline, _self_described, _so_called, _stock_saying, _wording_as_example, _slogan_before_its_carrier, _named_event, _title_case_of_a_work, _new_work_called, _thing_called, _work_addressing_you,
    _work_in_apposition, _writing_a_work, _authors_work, _work_taken_in, _work_by_author, _title_and_subtitle,
    _named_day, _search_query, _title_case_after_preposition, _title_case_in_a_cited_sentence, _programme_named_after_its_noun, _headline_of_an_outlet, _headline_after_written_piece,
    _meaning_stated, _called_an_expression, _meaning_discussed, _acronym_expanded, _translation, _classed_as, _defined_as,
    _known_as_after, _defined_after, _label_before_title_case, _show_before_its_cast, _title_case_unless_shouted, _one_word_after_work_noun,
    _acronym_possessive, _programme_of_the_name_after, _names_the_work_after, _owned_policy, _nickname, _mentioned, _naming,
    _imagined, _billed_as, _flagged, _policy_slogan_name, _phrase_modifier, _rule_label, _long, _whole_sentence, _one_word_sentence, _colon_after_speaker, _speaker_label, _created_thing, _clause_piece, _compound_modifier, _reporting_verb,
    _paragraph_opener, _closes_the_headline, _opens_the_headline, _marked_category, _a_label, _wording_modified, _words_in_capitals, _capitalised_word, _hyphened_word, _modifier, _previous_sentence_reports, _coined_phrase,
    _headline_word,
)


@lru_cache(maxsize=1024)
def _rules_for(n: int, has_left: bool, limits: tuple[int, ...]) -> tuple:
    """The rules of ``KIND_RULES``, in order, that can decide a quotation of ``n`` words with
    or without a clause before the marks under the thresholds ``limits`` (bounds.LIMITS, in
    order): a rule that cannot is not called at all (bounds.py)."""
    by_name = dict(zip(LIMITS, limits))
    return tuple(rule for rule in KIND_RULES if can_decide(rule, by_name, n, has_left))


def classify(ctx: QuoteContext, opts: ExtractOptions) -> tuple[str, list[str]]:
    """The kind of a quotation and the reason: the first of ``KIND_RULES`` that decides, else a
    scare quote (a fragment credited to nobody); an uncredited scare quote whose rarest word is
    rare in English is a term (rare_words.py)."""
    r = _Reading(ctx, opts)
    # (the key holds the thresholds, not ``opts``: hashing and comparing the options
    # dataclass, a new one per document, cost more than the table saves on a short article)
    limits = (opts.speech_min_words, opts.term_max_words, opts.coined_phrase_max_words, opts.title_max_words,
              opts.bare_title_max_words)
    for rule in _rules_for(r.n, r.left != "", limits):
        decision = rule(r)
        if decision is not None:
            return rare_word_term(r.text, decision)
    return rare_word_term(r.text, ("scare", [f"{r.n}-word fragment credited to nobody"]))
