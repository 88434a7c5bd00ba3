"""Joint subjects for a later "they" (issue #11, referents._mention_subject): a case written for
this test, shaped like one that failed on the real-news tuning split."""

from __future__ import annotations



def test_a_role_before_the_second_conjunct_keeps_both_subjects(speech_of):
    # "Zaid and fellow attorney Andrew Bakaj acknowledged …. “…,” they said": the role before
    # the second name hid the conjunction, so "they" went to an organisation named earlier
    article = ("Case\n\nThe Harbour Authority declined to comment. Mark Zaidel is a lawyer for the nurse.\n\n"
               "But Zaidel and fellow attorney Andrew Bakker acknowledged Wednesday that their client had "
               "met candidates.\n\n\u201cOur client never advised a campaign,\u201d they said in a statement.")
    q = speech_of(article, "joint")[0]
    assert q.speakers == ["Mark Zaidel", "Andrew Bakker"]


def test_a_joint_they_reached_through_the_outer_reporter_gives_each_name():
    # "Harvard and MIT argued …. They also argued that … directive telling schools … “…”": the
    # outer reporter's "they" resolves to two bodies; speakers._each_resolved kept that list as
    # one found item, and the speaker became the list's repr, "[Entity(id=0, …), …]" (found on
    # the corpus by round 30's lane nameform12)
    from onrecord.attribute import attribute_results
    from onrecord.extract import extract_document
    from onrecord.read import read_text

    article = ("Colleges sue over visa rule\n\n"
               "Northbrook University and Lakeview College were the first to contest the rule.\n\n"
               "Northbrook University and Lakeview College argued that officials broke procedural rules "
               "by issuing the guidance without notice. They also argued that the rule contradicted the "
               "agency's June 2 directive telling colleges that existing limits on remote teaching would "
               "be lifted \u201cfor as long as the crisis lasts.\u201d\n")
    r = extract_document(read_text(article, path="joint-outer"))
    attribute_results([r])
    (q,) = r.quotes
    for name in [q.speaker, *q.speakers]:
        assert name is None or ("Entity" not in name and "[" not in name), name
    if q.speaker is not None:
        assert set(q.speakers) <= {"Northbrook University", "Lakeview College"}
