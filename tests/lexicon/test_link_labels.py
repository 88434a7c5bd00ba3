"""One list of related-link labels ("READ MORE:", "Related:", "Watch:", "See also:") for the
three readers that kept their own patterns until round 24: extract/speech_rules (a speaker
label after the link label still opens the headline), extract/work_rules (a quotation filling a
promotion line is a headline) and attribute/resolve (a link line's names are no antecedents)."""

from __future__ import annotations

import pytest

from onrecord.attribute import resolve
from onrecord.extract import speech_rules, work_rules
from onrecord.lexicon.furniture import LINK_LABELS, MEDIA_LABELS

# every label one of the three patterns read before they were merged
OLD_LABELS = ["also on", "see also", "read more", "more", "related", "watch", "photos", "photo",
              "video", "also read", "recommended", "listen", "read", "see", "now watch",
              "also watch", "now read", "also listen"]


def test_the_list_covers_every_old_label():
    words = set(LINK_LABELS) | set(MEDIA_LABELS)
    assert all(label in words or label.split()[-1] in words for label in OLD_LABELS)


@pytest.mark.parametrize("label", OLD_LABELS)
@pytest.mark.parametrize("case", [str.upper, str.title])
def test_each_reader_knows_each_label(label, case):
    written = case(label) + (" Politico" if label == "also on" else "")
    # a speaker label after the link label opens the headline
    assert speech_rules._after_link_label(f"{written}: Jo Marsh: ") == "Jo Marsh: "
    if label == "also on" or label in MEDIA_LABELS:
        return  # a site's label only where a second colon follows (below); a gallery's label
        # heads captions that are narrative
    # a promotion line before a quotation on the rest of the line
    assert work_rules._LINK_LABEL.search(f"the story.\n{written}: ")
    # a paragraph opened by the label is a link line
    assert resolve._LINK_LINE_RE.match(f"{written}: Jo Marsh on the vote")


def test_a_time_phrase_after_also_on_is_no_site():
    """"Also on Tuesday, the mayor said:" ends a line of narrative, not a link's label."""
    assert not work_rules._LINK_LABEL.search("the story.\nAlso on Tuesday, the mayor said: ")
    assert not resolve._LINK_LINE_RE.match("Also on Tuesday, the mayor said: “We will.”")


@pytest.mark.parametrize("line", ["More than 40 people came.", "Watch the vote at 10:30", "Seeing: no"])
def test_no_reader_takes_a_sentence_for_a_label(line):
    assert speech_rules._after_link_label(line + ": Jo: x") == line + ": Jo: x"
    assert not resolve._LINK_LINE_RE.match(line)
