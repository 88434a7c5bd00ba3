"""Thresholds of the string reading of a sentence's subject (attribute/opener_pronoun.py, round
35, lane wrong16). Apart from attribute.py, which is at the module size limit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Subjects:
    # tokens; the farthest a he/she may stand from the sentence's start and still be read as
    # its subject after an opening adverbial ("Within hours, with a calm display of purpose
    # and leadership, he had recast himself as …": 14 tokens in the corpus case that forced
    # it). Prevents a he/she deep in a long sentence, after its real subject was written as a
    # phrase the string reader cannot name, from being taken for that subject.
    opener_pronoun_reach: int = 16
    # words; the longest phrase with no comma after it that may open the sentence before its
    # he/she ("Later", "On Tuesday", "Two days later he …"). Prevents a subject noun phrase
    # with a clause after it ("In May the company hired him and he …") from being read as an
    # adverbial. Set by lane wrong16 (round 35) on its corpus cases; moved here by the
    # nineteenth session's review, unchanged.
    opener_phrase_words: int = 3
    # words; the longest comma-separated stretch after a first adverbial that is read as an
    # item of a list inside it ("with a calm display of purpose, leadership and resolve, he
    # …"). Prevents a longer clause between commas from being read as part of the opener.
    # Same lane, same move.
    opener_list_item_words: int = 3
    # tokens; the farthest the -ing verb of saying may stand after ", with" and still have its
    # subject read as the speaker (attribute/with_clause.py, round 35, lane big2: "with ABC
    # fill-in anchor Cecilia Vega on March 27 calling", 10 tokens, the longest in 22 corpus
    # cases). Prevents an -ing verb deep in a long with-phrase ("with a plan … that has aides
    # saying") from making a name in a prepositional phrase the speaker.
    with_clause_subject_reach: int = 12
    # characters; how near one of a person's mentions a body's name must stand for "the
    # director of <body>" to refer back to that person in focus (attribute/role_of_body.py,
    # round 35, lane big2: "Bob Corker, chairman of the Senate Foreign Relations Committee",
    # 30 characters apart; the wrong cases never had the person within 300). Prevents a role
    # of another body ("the director of the CDC") from going to whoever is in focus.
    role_body_reach: int = 150
    # characters; a person named this close before "the chair of <body>" is the one it refers
    # to even where the body is written nowhere else ("4) Sen. Bob Corker (R-TN) | On Sunday
    # evening, the chair of the Senate Foreign Relations Committee …": 40 characters; round 35,
    # lane big2, big corpus check). Wider, it took the previous paragraph's scientist for "the
    # director of" another agency (the case the rule was written for: 300+ characters)
    role_heading_reach: int = 50
    # characters; how far before a person's mention "<owner>'s" (and up to three lower-case
    # words) is looked for, to tell "The Fabian Society's Sundar X" (a person shown after an
    # owner's possessive keeps the owned role) from a person in focus who never held it
    # (attribute/role_of_body.role_of_other_owner, round 37, lane about20, on its six corpus
    # cases; moved here unchanged by review28). Wider, a possessive ending the sentence before
    # would count.
    owner_possessive_reach: int = 60
    # characters; the windows before a body's mention that attribute/near_body.py reads (round
    # 37, lane unnamed20, set on its big2 sample and AllSides checks; moved here unchanged by
    # review28): a capitalised word run-in before it ("Yet Harbour Video [Systems]": the name
    # is cut out of a longer one), a work's "entitled" ("an advert entitled An Open Letter
    # from …"), and a preposition or possessive ("adverts on TV", "its FEC complaint"). Wider,
    # words of the clause before would be read as the name's own.
    near_body_capital_run: int = 25
    near_body_work_title: int = 20
    near_body_preposition: int = 12
    # tokens; the farthest after the closing mark the participle of "“…?” X was asked" may stand
    # (its subject, a form of "be" and an adverb before it: "“…,” the deputy leader was also
    # told"; attribute/asked_passive.py, round 40, lane asked23; moved here unchanged by
    # review32). Prevents a passive deep in a later clause of the sentence from being read as
    # the quotation's own.
    passive_participle_reach: int = 10
    # characters; how far back from the first word after the marks a full stop is looked for
    # ("… around.” Carson also was asked": the quotation closed its sentence; the marks and a
    # space take up to five). Same lane, same move. Wider, a full stop inside the quotation's
    # last words would count.
    passive_stop_window: int = 6
    # parse steps; how far up the dependency tree from a quotation's highest word the owned
    # "use" of "X's use of the phrase “…”" may stand: the expression noun (an apposition or a
    # compound of the words), "of", then "use" (attribute/owned_fragment.py, round 41, lane
    # echo24, on its corpus cases; moved here unchanged by the lead). Farther, a "use" heading
    # another clause of the sentence would make its owner the speaker of a writer's term.
    owned_use_reach: int = 4
    # words, longest first; the lengths of name tried right after a role cut off as a
    # description ("Secretary of State <Given Surname>", "Chairman of the <Committee> <Given
    # Middle Surname> MP"; attribute/title_holder.py, round 42, lane census25s, on fresh14's six
    # cases; moved here unchanged by the lead after review34). Longer, words of the sentence
    # after the name would be read into it; a one-word name after a role is a surname the
    # article's other rules resolve.
    holder_name_words: tuple[int, ...] = (3, 2)
    # words; the farthest the marks may stand after the verb of view of "41 percent of voters
    # think … the “…”" (attribute/poll_share.py, round 42, lane census25k: "think the “only
    # way” to get the deficit under control", 2 words; the longest right corpus case, "said the
    # relations between the police … and … were “…”", 15). Prevents a fragment in a later
    # clause with a subject of its own from being given to the respondents.
    poll_view_reach: int = 16
    # words; the longest "of …" after a share that is read as the people polled ("of likely
    # voters", "of the anglers surveyed"). Prevents a share of a longer phrase with a verb of
    # its own inside ("of the money the council thinks …") from being read as the subject.
    poll_people_words: int = 4
    # tokens; how far after a capitalised verb word inside a name ("Order" in "Fraternal Order
    # of Police president Chuck X said") the rest of the name and a lower-case verb of saying
    # are looked for (attribute/name_verbs.saying_base_before, round 76, lane capgen76). A long
    # body's name, a title and a two-word name fit; prevents a name word far before the next
    # verb of saying from being read as a name's middle.
    name_word_run_tokens: int = 10
    # words; the longest capitalised run opening a description that is read as a person's name
    # before its own glued predicate ("Brown fired", "Mr Trump made": 1 to 2 words on draw E;
    # attribute/glued_predicate.py, round 79, lane null89). Prevents a long capitalised title
    # or body ("Senate Foreign Relations Committee Chairman …") from being looked up as a name.
    glued_name_words: int = 3
    # letters; the shortest lower-case word read as a past form by its "-ed" ending, and the
    # shortest "-ly" word read as an adverb, after such a name (same lane). Prevents "red",
    # "bed", "fly", "ally" from opening a predicate.
    glued_ed_min_letters: int = 5
    glued_ly_min_letters: int = 6
    # characters; how far back from a bare surname the word before it is looked for, to tell a
    # verb's or a preposition's object ("Ann met X when she …") from a clause's subject
    # (attribute/family.py, round 79, lane surname90; named here by the fortieth session's
    # review). A long word and its spaces fit; the word before is all that is read.
    surname_word_before_reach: int = 30
    # characters; the stretch after a word glued before a surname in which the headline verb's
    # object is looked for ("Grading X's trip", "Won't X Back the Bill?"; attribute/fullname.py
    # and opener_names.headline_verb, round 79, lane head89; named here by the same review).
    # The surname and the next word or two fit; farther, a later clause's verb would be read.
    headline_object_reach: int = 40
    # words; the longest time phrase before a subject's comma read as naming no one ("A few
    # more hours later, network reporter X asked"; attribute/time_opener.py, round 81, lane
    # wrong93; named here by the forty-second session's review). Prevents a longer opening
    # clause that ends in a time word from being dropped as a mere time phrase.
    time_opener_words: int = 5
    # characters; the stretch before an earlier clause's named subject searched for the word
    # or comma that opens its clause ("…, but when Ana X took office, she …": "when";
    # attribute/earlier_clause.py, round 82, lane pron98; named here by the forty-third
    # session's review). The longest clause opener and its spaces fit; farther, a word of
    # another clause would be read as the opener.
    earlier_clause_opener_chars: int = 40


SUBJECTS = Subjects()
