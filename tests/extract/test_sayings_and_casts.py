"""Two constructs that name something rather than quote someone (round 37, lane kind20,
eval/real/audit/kind20-sample.tsv):

- a stock saying after "the (old, famous …) saying / adage / maxim / dictum / proverb" (with
  "that", "goes", a comma or a colon) is a phrase echoed without credit, a term; the length
  default typed it speech (sample items 77 and 81; two more on the 974-article corpus sample);
- a name in title case right before a noun for a programme's cast ("“…” star", "the former
  “…” contestant", "the “…” actor") names the show, a title; the label-modifier rule typed it
  term, the capitalised-word rule term, a reporting verb later in the sentence speech, and
  the coined-expression echo typed the show's bare repeats term.

Each article was written for this test, beside near misses: a speaker's own favourite saying,
"saying" as a participle, a lower-case label before "star", a quoted sentence before a cast
noun."""

from __future__ import annotations

import pytest

CASES = [
    # (case, article, fragment, expected kind; "-title" = anything but title, None = anything but term)
    ("as the old saying goes", "Harbour\n\nThe board cut the ferry budget again. As the old saying goes, "
     "\u201cyou can't steer a ship from the shore,\u201d and the pilots agree.",
     "you can't steer a ship from the shore,", "term"),
    ("the famous dictum that", "Harbour\n\nThe council ignored the famous harbour dictum that "
     "\u201cthe tide waits for no committee.\u201d Repairs stalled.",
     "the tide waits for no committee.", "term"),
    ("that old maxim, colon", "Harbour\n\nThe vote will test that old maxim: \u201cNo ticket, no "
     "ride.\u201d Few expect it to hold.", "No ticket, no ride.", "term"),
    ("an adage that", "Harbour\n\nThere is an adage that \u201cevery pier leans toward the "
     "money,\u201d and this one is no exception.", "every pier leans toward the money,", "term"),
    ("a speaker's own saying stays hers", "Harbour\n\nMs. Vale repeated her favourite saying, "
     "\u201cA full harbour is a quiet town,\u201d to the crowd.", "A full harbour is a quiet town,", None),
    ("saying as a participle stays speech", "Harbour\n\nMs. Vale ended the meeting saying, "
     "\u201cWe will rebuild the pier by spring.\u201d", "We will rebuild the pier by spring.", "speech"),
    ("a maxim credited after the marks stays speech", "Harbour\n\nFor pilots there is a simple maxim: "
     "\u201cIf the gulls sit, the fog stays,\u201d Ada Vale (no kin), who runs the pilots' office, once told me.", "If the gulls sit, the fog stays,",
     "speech"),
    ("that saying as conjunction and gerund", "Harbour\n\nA review of the tapes shows that saying "
     "\u201cthe harbour is safe\u201d calmed the crowd each time.", "the harbour is safe", "-term"),
    # round 38, review27: near misses the rule's guards must keep (each fails with its guard off)
    ("one saying is a pronoun and a participle", "Harbour\n\nThe pilots were split over the plan, "
     "with one saying \u201cthe fog will sit over the harbour all week long\u201d and others unsure.",
     "the fog will sit over the harbour all week long", "-term"),
    ("a maxim someone owns stays off the rule", "Harbour\n\nThe crowd heard the harbour master's "
     "favourite maxim: \u201cA full harbour is a quiet town.\u201d", "A full harbour is a quiet town.", "-term"),
    ("a long passage after the saying is no stock phrase", "Harbour\n\nThe pilots' handbook opens "
     "with an old saying: \u201cWhen the gulls sit on the pier and the bell rings twice, keep every "
     "boat inside the wall until the harbour master lifts the flag.\u201d",
     "When the gulls sit on the pier and the bell rings twice, keep every boat inside the wall until "
     "the harbour master lifts the flag.", "-term"),
    ("a show before star", "Television\n\nFormer \u201cHarbour Nights\u201d star Jo Brell has "
     "criticised the ferry cuts, calling them short-sighted.", "Harbour Nights", "title"),
    ("a one-word show before contestant", "Television\n\nMeanwhile, the former \u201cQuayside\u201d "
     "contestant has released a statement of her own.", "Quayside", "title"),
    ("a show before actor, a verb later", "Television\n\nThe \u201cPier Patrol\u201d actor was "
     "accused of staging the theft, prosecutors said.", "Pier Patrol", "title"),
    ("the show's later bare mention follows it", "Television\n\nFormer \u201cHarbour Nights\u201d star "
     "Jo Brell was suspended on Monday.\n\n\u201cHarbour Nights\u201d returns for a sixth season in May.",
     "Harbour Nights", "title:-1"),
    ("a lower-case label before star stays", "Sport\n\nHe was a \u201crising\u201d star of the "
     "league, his coach said.", "rising", "-title"),
    ("a quoted sentence before an actor stays", "Television\n\n\u201cWe are closing the pier,\u201d "
     "actor Jo Brell said in the show's last scene.", "We are closing the pier,", "-title"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_sayings_and_casts(case, article, fragment, kind, kind_check):
    if kind == "-term":
        kind_check(article, fragment, None)
    elif kind == "-title":
        from onrecord.extract import extract_document
        from onrecord.read import read_text

        found = [q for q in extract_document(read_text(article)).quotes if q.text == fragment]
        assert found and found[0].kind != "title", [(q.text, q.kind) for q in found]
    elif kind is not None and kind.startswith("title:"):
        kind_check(article, fragment, "title", which=int(kind.split(":")[1]))
    else:
        kind_check(article, fragment, kind)
