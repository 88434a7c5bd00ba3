"""Quotations inside a news site's flattened related-story blurb (layout.link_blurbs: a display
name, the full name glued to a run of other stories' headlines, then "MORE"). Issue #11, round
19, lane headlines: the real-news tuning split fresh3 had six such quotations left null while
each headline names its speaker ("<Name> jokes she '…'", "<Name>: '…'"). Cases written for this
test."""

from __future__ import annotations

import pytest


def _blurb(head_run: str) -> str:
    return ("Budget row\n\nThe governor, Mara Quill, met the committee on Monday. Critics of Senator "
            f"Tom Aldo Thomas (Tom) Peter Aldo{head_run} MORE said the plan was late. "
            "“We will not sign it,” Quill said.")


CASES = [
    ("a headline opened by a name and a reporting verb quotes that name",
     _blurb("Harbour bill stalls in the senate Ruth Fenn jokes she ‘never’ read the bill"),
     ["Ruth Fenn", "Mara Quill"]),
    ("a headline opened by a name and a colon quotes that name",
     _blurb("Harbour bill stalls Ruth Fenn: ‘There is no money left’ for roads"),
     ["Ruth Fenn", "Mara Quill"]),
    ("the glued first headline's name is the one after the glue",
     _blurb("Fenn warns the port deal is ‘dead on arrival’ Harbour bill stalls in Senate"),
     ["Fenn", "Mara Quill"]),
    ("a later quotation of the same headline keeps its speaker",
     _blurb("Ruth Fenn says she ‘never’ backed the ‘port tax’ Harbour bill stalls"),
     ["Ruth Fenn", "Ruth Fenn", "Mara Quill"]),
    ("a name after the previous headline's capitalised last words is unclear: nobody",
     _blurb("Harbour bill stalls in Port Dover Ruth Fenn says the tax is ‘dead’"),
     [None, "Mara Quill"]),
    ("a name that is the previous headline's object is no opening",
     _blurb("Ruth Fenn tells Dover: tax ‘must go’ Harbour bill stalls"),
     ["Ruth Fenn", "Mara Quill"]),
    ("a group opening a headline is nobody",
     _blurb("Senators urge the port to ‘think again’ Harbour bill stalls"),
     [None, "Mara Quill"]),
    ("a headline with no speaker's verb names nobody",
     _blurb("Harbour bill stalls Farmers want ‘fair deal’ on water"),
     [None, "Mara Quill"]),
    # the headline verb check shared with link_titles (attribute/headline_verb.py, round 49, lane
    # tidy28): a verb of praise or blame that reports words only beside a quotation in running
    # text opens a headline as its subject's own words
    ("a headline opened by a name and a verb of praise quotes that name",
     _blurb("Harbour bill stalls Ruth Fenn praises the pilots as ‘the best of us’"),
     ["Ruth Fenn", "Mara Quill"]),
    ("a headline opened by a name and a verb of attack quotes that name",
     _blurb("Harbour bill stalls Ruth Fenn rips ‘reckless’ port board"),
     ["Ruth Fenn", "Mara Quill"]),
    ("a name before 'comments' and a colon is the comments' topic, not their speaker",
     _blurb("Harbour bill stalls Dockers on Reed's Ruth Fenn comments: ‘she never came’"),
     [None, "Mara Quill"]),
    ("a headline opened by a name and a verb of ordering names nobody",
     _blurb("Harbour bill stalls Ruth Fenn instructs staff to ‘stay quiet’ on port"),
     [None, "Mara Quill"]),
    ("a headline opened by a name and a verb that passes on another's words names nobody",
     _blurb("Harbour bill stalls Ruth Fenn quotes dockers who call the levy ‘a slow death’"),
     ["Mara Quill"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_link_blurb_headlines(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


def test_blurb_speaker_is_no_antecedent(speech_of):
    # the blurb's speaker must not become the last speaker a cue-less quotation continues
    text = ("Budget row\n\nCritics of Senator Tom Aldo Thomas (Tom) Peter AldoRuth Fenn says the "
            "plan is ‘a joke’ MORE met on Monday.\n\n“The plan is late and too costly for the towns.”")
    qs = speech_of(text, "antecedent")
    assert qs[0].speaker == "Ruth Fenn"
    assert qs[-1].speaker != "Ruth Fenn"


def test_blurb_words_lengthen_no_speaker_name(speech_of):
    # a one-word speaker of the body is not lengthened by the capitalised word before the same
    # surname inside a blurb ("… in Kiev Fenn says …" made "Kiev Fenn"; corpus: "Clinton Trump")
    text = ("Budget row\n\nCritics of Senator Tom Aldo Thomas (Tom) Peter AldoTalks stall in Kiev Fenn "
            "hopes for a deal MORE met on Monday. “We will not sign it,” Fenn said.")
    qs = speech_of(text, "lengthen")
    assert qs[-1].speaker == "Fenn"


# Round 31, lane junk12: a display name split around its blurb ("Mara Jean Mara Ellen QuillTax
# row … MORE Quill said"): the speaker had been the whole span from the first given name to the
# surname after "MORE", headlines and all. The name is read without the blanked blurb.
def test_display_name_split_around_a_blurb_is_read_without_it(speech_of):
    article = ("Budget row\n\n“The plan is late and we will not sign it,” press secretary Mara Jean "
               "Mara Ellen QuillTax row: Dover says roads cannot wait Harbour bill stalls in the "
               "senate as port deal ‘falls apart’ MORE Quill said in a statement.")
    got = [q for q in speech_of(article) if q.text.startswith("The plan")][0]
    assert got.speaker == "Mara Quill", (got.speaker, got.attribution_evidence)
