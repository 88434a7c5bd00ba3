"""The verdict cascade on a small archive: each stage, the guard, misattribution, evidence."""

from __future__ import annotations

import pytest

from onrecord.archive import Archive
from onrecord.model import Claim
from onrecord.verify import verify_claim, verify_claims

SPEECH = """Title: Budget speech
Speaker: Mara Ellison
Date: 2024-03-02
Outlet: City Hall

We will not raise taxes this year, and we will protect the harbour for the families who fish it.
Rents in this city have risen faster than wages for six years in a row. That is not a statistic.
It is a measurement of how long people have waited. We will recruit 900 more nurses this year, and
we will pay a retention bonus to every nurse who stays.

Some will call that a tax on success. I call it a contribution to the city that made their success
possible. The school board misunder-
stood the department, and the department is misremembering.
"""

FORUM = """Title: Public forum
Speakers: Corwin Ashby; Tamsin Wexley
Date: 2024-05-14

CORWIN ASHBY: The harbour is silting up and we must decide what to do about the channel.

TAMSIN WEXLEY: Fisheries aren't like taps. You can't turn them back on. Put the fund in the contract and I'll frame it.

CORWIN ASHBY: Thank you. We will note that.
"""

LATER = """Title: Anniversary
Speaker: Hollis Kavanagh
Date: 2025-06-01

The sea is the oldest road we have, and it asks nothing of us but patience.
"""


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    d = tmp_path_factory.mktemp("src")
    (d / "speech.txt").write_text(SPEECH, encoding="utf-8")
    (d / "forum.txt").write_text(FORUM, encoding="utf-8")
    (d / "later.txt").write_text(LATER, encoding="utf-8")
    a = Archive.open(tmp_path_factory.mktemp("arch"), embed=False)
    a.add([d], progress=False)
    return a


def v(archive, quote, speaker="Mara Ellison", hint=None):
    return verify_claim(Claim("c", quote, speaker, hint), archive)


def _slices(verdict):
    ev = verdict.evidence or verdict.nearest
    assert ev is not None
    from pathlib import Path

    text = Path(ev.source).read_text(encoding="utf-8")
    assert text[ev.start : ev.end] == ev.text  # offsets index the source file
    return ev


def test_verbatim_ignores_case_quote_styles_and_line_break_hyphenation(archive):
    r = v(archive, "the school board misunderstood the department, and the department is misremembering.")
    assert r.verdict == "verbatim" and r.stage == "verbatim"
    ev = _slices(r)
    assert "misunder-\nstood" in ev.text and ev.source_speaker == "Mara Ellison"
    assert ev.source_sha256 and r.provenance["onrecord"] and r.provenance["reader"] == "text"
    r = v(archive, "Fisheries aren\u2019t like taps. You can\u2019t turn them back on.", "Tamsin Wexley")
    assert r.verdict == "verbatim"


def test_ellipsis_variation_shows_omitted_words(archive):
    r = v(archive, "Rents in this city have risen faster than wages for six years \u2026 That is not a statistic.")
    assert r.verdict == "variation" and r.stage == "ellipsis"
    assert r.evidence.omitted == ["in a row"] and "in a row" in r.explanation
    _slices(r)


def test_bracket_shows_what_it_replaced(archive):
    r = v(archive, "I call it a contribution to the city that made [those taxpayers'] success possible.")
    assert r.verdict == "variation" and r.stage == "bracket"
    assert r.evidence.replaced == [{"bracket": "those taxpayers", "source": "their"}]


def test_punctuation_and_dropped_trailing_clause_are_variation(archive):
    r = v(archive, "We will recruit 900 more nurses this year.")
    assert r.verdict == "variation" and r.stage == "trailing_clause"
    assert "trailing clause dropped" in r.explanation.lower() and "retention bonus" in r.explanation
    r = v(archive, "Some will call that a tax on success; I call it a contribution to the city")
    assert r.verdict == "variation" and r.stage == "punctuation" and "punctuation" in r.explanation.lower()


def test_guard_negation_flip_and_number_change_are_not_found(archive):
    r = v(archive, "We will recruit 1,900 more nurses this year.")
    assert r.verdict == "not_found" and r.stage == "guard" and "1900" in r.explanation
    assert r.evidence is None and r.nearest is not None
    r = v(archive, "We will \u2026 raise taxes this year.")
    assert r.verdict == "not_found" and "negation" in r.explanation


def test_token_boundaries_in_the_archive(archive):
    assert v(archive, "rents in this city have risen faster than wages for six").verdict == "verbatim"
    assert v(archive, "have risen faster than wages for ix years").verdict != "verbatim"


def test_misattributed_other_turn_and_short_quotes(archive):
    r = v(archive, "Fisheries aren't like taps. You can't turn them back on.", "Corwin Ashby")
    assert r.verdict == "misattributed" and r.evidence.source_speaker == "Tamsin Wexley"
    # under six words: never misattributed on the words alone...
    r = v(archive, "We will note that.", "Mara Ellison")
    assert r.verdict != "misattributed" and "short" in r.warnings and r.verdict not in ("verbatim", "variation")
    # ...but the claimed speaker taking part in the same transcript corroborates it
    r = v(archive, "We will note that.", "Tamsin Wexley")
    assert r.verdict == "misattributed" and "short" in r.warnings


def test_ambiguous_and_surname_matching(archive):
    r = v(archive, "we will protect the harbour", "Ellison")
    assert r.verdict == "verbatim"


def test_a_source_dated_after_the_claim_cannot_be_its_origin(archive):
    q = "The sea is the oldest road we have, and it asks nothing of us but patience."
    assert v(archive, q, "Hollis Kavanagh", "2025-06").verdict == "verbatim"
    r = v(archive, q, "Hollis Kavanagh", "2024-01")
    # his only source is later than the claim: the archive holds nothing by him for the date
    # (no_source, issue 12), and the explanation still says where the words occur later
    assert r.verdict == "no_source" and "after the claim" in r.explanation


def test_unreadable_source_is_unchecked_not_silent(tmp_path):
    d = tmp_path / "s"
    d.mkdir()
    (d / "a.txt").write_text(SPEECH, encoding="utf-8")
    (d / "b.txt").write_bytes(b"\x00binary")
    a = Archive.open(tmp_path / "arch", embed=False)
    a.add([d], progress=False)
    r = verify_claims([Claim("x", "An invented sentence about lighthouses and cormorants.", None, None)], a)[0]
    assert r.verdict == "not_found" and "unchecked" in r.warnings and "b.txt" in r.explanation


def test_drift_and_unmarked_omission_with_the_model(archive):
    # uses the bundled MiniLM model (offline); one test, so the suite stays fast
    r = v(archive, "We will not put up taxes this year, and we will look after the harbour for fishing families.")
    assert r.verdict == "drift" and r.stage in ("semantic", "omission") and r.evidence.diff
    _slices(r)
    r = v(archive, "We will not raise taxes this year for the families who fish it.")
    assert r.verdict == "drift" and r.stage == "omission" and "left out" in r.explanation
    r = v(archive, "We will raise taxes this year and protect the harbour for the families who fish it.")
    assert r.verdict == "not_found" and "negation" in r.explanation


def test_compound_wrapped_at_a_line_end(tmp_path):
    d = tmp_path / "s"
    d.mkdir()
    (d / "a.txt").write_text("Speaker: Ann Lee\n\nThe complexity of ever-\ndeveloping global challenges is plain.\n",
                             encoding="utf-8")
    a = Archive.open(tmp_path / "arch", embed=False)
    a.add([d], progress=False)
    r = verify_claim(Claim("x", "The complexity of ever-developing global challenges is plain.", "Ann Lee"), a)
    assert r.verdict == "verbatim" and "ever-\ndeveloping" in r.evidence.text


def test_guard_classes():
    from onrecord.verify.guard import check

    w = str.split
    # a "not" added inside a sentence that already holds a "not only"
    assert not check(w("it is not only the credibility that is not at stake"),
                     w("it is not only the credibility that is at stake")).ok
    # negators moved by a paraphrase are not a flip
    assert check(w("farmers need support rather than blame"), w("they need support not blame")).ok
    # numbers: digits and words compare by value; a different value is named
    assert check(w("cut food waste by nine per cent"), w("cut food waste by 9 per cent")).ok
    g = check(w("the fire destroyed fourteen homes"), w("the fire destroyed forty one homes"))
    assert not g.ok and "14" in g.explain()
    assert check(w("the birth rate becomes two times higher"), w("the birth rate doubled")).ok
    # modality across classes, direction words
    assert not check(w("we must close the road"), w("we may close the road")).ok
    assert check(w("a policy must be judged"), w("a policy should be judged")).ok
    assert not check(w("waiting lists rose again"), w("waiting lists fell again")).ok
    assert not check(w("we have cut the fund"), w("we have more than doubled the fund")).ok


def test_only_one_of_several_compounds_wrapped(tmp_path):
    d = tmp_path / "s"
    d.mkdir()
    (d / "a.txt").write_text("Speaker: Ann Lee\n\nA truly multi-ethnic, multi-\nconfessional and multi-cultural country.\n",
                             encoding="utf-8")
    a = Archive.open(tmp_path / "arch", embed=False)
    a.add([d], progress=False)
    r = verify_claim(Claim("x", "A truly multi-ethnic, multi-confessional and multi-cultural country.", "Ann Lee"), a)
    assert r.verdict == "verbatim"


def test_two_archives_in_one_process_do_not_share_vectors(tmp_path):
    # Regression: the drift stage cached window vectors under (doc id, sentence range), which
    # is unique only within one archive; the second archive then got the first one's vectors.
    texts = {
        "a": "Speaker: Ann Lee\n\nThe ferry will run every hour from the spring onwards.\n",
        "b": "Speaker: Ann Lee\n\nOur hospital needs forty more nurses before the winter.\n",
    }
    archives = {}
    for name, text in texts.items():
        d = tmp_path / f"src-{name}"
        d.mkdir()
        (d / "doc.txt").write_text(text, encoding="utf-8")
        archives[name] = Archive.open(tmp_path / f"arch-{name}", embed=False)
        archives[name].add([d], progress=False)
    ra = verify_claim(Claim("a", "From the spring onwards the ferry will run every hour.", "Ann Lee"), archives["a"])
    rb = verify_claim(Claim("b", "Before the winter our hospital needs forty more nurses.", "Ann Lee"), archives["b"])
    assert ra.verdict == "drift" and "ferry" in ra.evidence.text
    assert rb.verdict == "drift" and "hospital" in rb.evidence.text


def test_not_found_names_the_claimed_speaker_and_shows_anyones_nearest_passage(archive):
    # A speaker with no passage used to read "no passage shares more than 0%" although another
    # speaker's passage shared most of the words. Since every archive reaches the drift stage
    # (vectors computed lazily), the answer comes from the windows: the claimed speaker has
    # none, and the nearest passage of anyone is named and shown.
    # The archive holds nothing by her: no_source (issue 12); another speaker's passage is
    # shown only when it is really near (here it is not: below the drift floor).
    r = v(archive, "Rents in this city have climbed well past wages, and landlords keep the gains.",
          speaker="Imogen Farrow-Price")
    assert r.verdict == "no_source" and "nothing by Imogen Farrow-Price" in r.explanation
    assert r.nearest is None or r.score >= 0.7
    # the same words credited to someone the archive does hold: not_found, naming her. Since
    # issue 13 the drift stage embeds only the claimed speaker's sentences (500 real quotations
    # in 160 s instead of 49 min), so another speaker's passage is no longer looked for: the
    # explanation says none of hers shares the words.
    r = v(archive, "Rents in this city have climbed well past wages, and landlords keep the gains.",
          speaker="Tamsin Wexley")
    assert r.verdict == "not_found"
    assert "no candidate passage by Tamsin Wexley" in r.explanation


def test_short_quote_cut_mid_clause_is_not_a_dropped_trailing_clause(tmp_path):
    d = tmp_path / "s"
    d.mkdir()
    (d / "a.txt").write_text("Speaker: Ann Lee\n\nNo less worrying is the state of the harbour wall.\n"
                             "We will not close the market, whatever the council decides.\n", encoding="utf-8")
    a = Archive.open(tmp_path / "arch", embed=False)
    a.add([d], progress=False)
    r = verify_claim(Claim("x", "No!", "Ann Lee"), a)
    assert r.verdict == "not_found" and "short" in r.explanation and r.nearest is not None
    # a long quote closed before a trailing clause stays a variation
    r = verify_claim(Claim("y", "We will not close the market.", "Ann Lee"), a)
    assert r.verdict == "variation" and r.stage == "trailing_clause"


def test_outlet_hint_prefers_the_source_the_article_names(tmp_path):
    d = tmp_path / "s"
    d.mkdir()
    line = "The tram will not be finished before the end of the decade, whatever the council says.\n"
    (d / "a_radio.txt").write_text("Title: Morning interview\nSpeaker: Ann Lee\nDate: 2024-01-05\n"
                                   "Outlet: Radio Nord\n\n" + line, encoding="utf-8")
    (d / "b_column.txt").write_text("Title: Why the tram is late\nSpeaker: Ann Lee\nDate: 2024-01-09\n"
                                    "Outlet: Harbour Gazette\n\n" + line, encoding="utf-8")
    a = Archive.open(tmp_path / "arch", embed=False)
    a.add([d], progress=False)
    quote = "The tram will not be finished before the end of the decade, whatever the council says."
    plain = verify_claim(Claim("x", quote, "Ann Lee"), a)
    hinted = verify_claim(Claim("y", quote, "Ann Lee", outlet_hint="the Harbour Gazette"), a)
    assert plain.verdict == hinted.verdict == "verbatim"
    assert plain.evidence.source.endswith("a_radio.txt")  # earliest first without a hint
    assert hinted.evidence.source.endswith("b_column.txt")
