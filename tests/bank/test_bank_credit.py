"""`extract --bank`: a speech quotation the article credits to nobody takes the speaker other
reports of the same words name, in this article's form of the name, and only then."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from onrecord.bank import Bank
from onrecord.bank.credit import credit_from_bank
from onrecord.bank.records import MinedDocument, MinedQuote, document_key
from onrecord.cli import cli
from onrecord.model import Document, ExtractResult, Quote
from onrecord.thresholds.bank import BankCreditThresholds

WORDS = "we will dredge the silt channel before the spring tides come in"


def _bank(path, credits, text=WORDS):
    """A bank holding ``text`` once per (speaker, confidence, sha256) in ``credits``."""
    with Bank.open(path) as b:
        for n, (speaker, conf, sha) in enumerate(credits):
            b.add([MinedDocument(key=document_key(f"c#{n}", str(n), sha), path=f"c.jsonl#{n}", doc_id=str(n),
                                 sha256=sha, chars=100, quotes=[MinedQuote(text, 5, 5 + len(text), speaker, conf)])])
        b.recluster()
    return Bank.open(path, create=False)


def _article(body, quote=WORDS, **attrs):
    text = f'{body} "{quote}," the notice ended.'
    start = text.index(quote)
    q = Quote(text=quote, start=start, end=start + len(quote), **attrs)
    return ExtractResult(document=Document(text=text, path="a.txt"), quotes=[q]), q


HARBOUR = "The harbour board met on Monday, and Mara Ellison, its chair, set out the plan."


@pytest.mark.parametrize("why, credits, body, attrs, speaker", [
    ("two other reports name her and the article does",
     [("Mara Ellison", 0.9, "x1"), ("Ellison", 0.95, "x2")], HARBOUR, {}, "Mara Ellison"),
    ("one other report is enough when no report names anyone else",
     [("Mara Ellison", 0.9, "x1")], HARBOUR, {}, "Mara Ellison"),
    ("the article never names her: no name the reader cannot find in it",
     [("Mara Ellison", 0.9, "x1")], "The harbour board met on Monday.", {}, None),
    ("the other report's own name was uncertain: an error is not copied across articles",
     [("Mara Ellison", 0.5, "x1")], HARBOUR, {}, None),
    ("the reports' surname fits two people the article names",
     [("Ellison", 0.9, "x1")], HARBOUR + " Her brother Peter Ellison agreed.", {}, None),
    ("the reports' fuller name is not the person the article writes in full, whose surname it uses after",
     [("Mara Ellison", 0.9, "x1"), ("Ellison", 0.9, "x2")], "Peter Ellison chaired. Ellison spoke.", {}, None),
    ("two reports credit two people: evidence for neither",
     [("Mara Ellison", 0.9, "x1"), ("Piet Tovar", 0.9, "x2")], HARBOUR + " Piet Tovar agreed.", {}, None),
    ("the only report is the article itself (same text)",
     [("Mara Ellison", 0.9, "SELF")], HARBOUR, {}, None),
    ("an unnamed speaker the article describes stays unnamed",
     [("Mara Ellison", 0.9, "x1")], HARBOUR, {"speaker_description": "a board member"}, None),
    ("a title is nobody's words",
     [("Mara Ellison", 0.9, "x1")], HARBOUR, {"kind": "title"}, None),
])
def test_bank_credit_cases(tmp_path, why, credits, body, attrs, speaker):
    result, q = _article(body, **attrs)
    credits = [(s, c, result.document.sha256 if sha == "SELF" else sha) for s, c, sha in credits]
    with _bank(tmp_path / "q.db", credits) as bank:
        n = credit_from_bank([result], bank)
    assert q.speaker == speaker, why
    assert n == (1 if speaker else 0)
    if speaker:
        assert q.attribution_evidence[0].startswith("bank: the same words are credited to ")
        assert "the article names Mara Ellison" in q.attribution_evidence[0]
        assert q.speaker_probability == BankCreditThresholds().fill_probability


@pytest.mark.parametrize("probability, speaker", [
    (None, "Piet Tovar"),  # a rule's name with no calibration: kept
    (0.9, "Piet Tovar"),  # a name the article's reading is sure of: kept
    (0.6, "Mara Ellison"),  # an uncertain name gives way to the other reports' clear credit
])
def test_a_named_speaker_is_replaced_only_when_uncertain(tmp_path, probability, speaker):
    result, q = _article(HARBOUR + " Piet Tovar spoke after her.", speaker="Piet Tovar", speakers=["Piet Tovar"],
                         confidence=0.6, speaker_probability=probability)
    with _bank(tmp_path / "q.db", [("Mara Ellison", 0.9, "x1"), ("Mara Ellison", 0.9, "x2")]) as bank:
        assert credit_from_bank([result], bank) == (speaker != "Piet Tovar")
    assert q.speaker == speaker and q.speakers == [speaker]
    if speaker != "Piet Tovar":
        assert q.speaker_from_bank["replaced"] == "Piet Tovar"
        assert "not Piet Tovar, whom the article's reading gave at p=0.60" in q.attribution_evidence[0]


def test_an_uncertain_name_the_bank_agrees_with_is_left_alone(tmp_path):
    result, q = _article(HARBOUR, speaker="Ellison", speakers=["Ellison"], speaker_probability=0.5)
    with _bank(tmp_path / "q.db", [("Mara Ellison", 0.9, "x1")]) as bank:
        assert credit_from_bank([result], bank) == 0
    assert q.speaker == "Ellison" and q.speaker_from_bank is None


def test_the_article_form_of_the_name_is_given(tmp_path):
    # the other reports write the full name; this article calls her by surname only, as the
    # speaker of another of its quotations
    result, q = _article("Ellison chaired the board.")
    other = Quote(text="the board is ready", start=0, end=0, speaker="Ellison")
    result.quotes.append(other)
    with _bank(tmp_path / "q.db", [("Mara Ellison", 0.9, "x1")]) as bank:
        credit_from_bank([result], bank)
    assert q.speaker == "Ellison"


def test_a_short_phrase_is_not_credited(tmp_path):
    short = "we will see"
    result, q = _article(HARBOUR, quote=short)
    with _bank(tmp_path / "q.db", [("Mara Ellison", 0.9, "x1")], text=short) as bank:
        assert credit_from_bank([result], bank) == 0
    assert q.speaker is None


def test_extract_cli_credits_from_the_bank(fake_stages, monkeypatch, tmp_path):
    # attribution that credits nobody, so only the bank can name the speaker
    monkeypatch.setitem(fake_stages, ("attribute", "attribute_results"), lambda results, options=None, *, workers=1: None)
    art = tmp_path / "a.txt"
    art.write_text(f'{HARBOUR} "{WORDS}," the notice ended.\n', encoding="utf-8")
    _bank(tmp_path / "q.db", [("Mara Ellison", 0.9, "x1")]).close()
    plain = CliRunner().invoke(cli, ["extract", str(art)])
    banked = CliRunner().invoke(cli, ["extract", str(art), "--bank", str(tmp_path / "q.db")])
    assert plain.exit_code == banked.exit_code == 0, banked.output
    assert json.loads(plain.stdout)["quotes"][0]["speaker"] is None
    q = json.loads(banked.stdout)["quotes"][0]
    assert q["speaker"] == "Mara Ellison"
    assert q["speaker_from_bank"] == {"cluster_id": q["speaker_from_bank"]["cluster_id"], "reports": 1,
                                      "against": 0, "banked_as": "Mara Ellison", "replaced": None}
    assert "speaker_from_bank" not in json.loads(plain.stdout)["quotes"][0]


def _stub(speaker=None, probability=None, withheld=False):
    def attribute(results, options=None, *, workers=1):
        for r in results:
            for q in r.quotes:
                q.speaker, q.speakers = speaker, [speaker] if speaker else []
                q.speaker_probability = probability
                if withheld:
                    q.attribution_evidence.append("withheld: Piet Tovar (p=0.50 < 0.82)")
    return attribute


@pytest.mark.parametrize("stub, precise, speaker, confidence", [
    # words credited to nobody: a fill, measured right 90 times in 104, shown even under the flag
    (_stub(), True, "Mara Ellison", BankCreditThresholds().fill_probability),
    # a name the flag withheld is an uncertain name, not nobody's: a replacement, measured
    # right 55 times in 84, below the flag's bar
    (_stub(withheld=True), True, None, 0.0),
    # an uncertain name without the flag: replaced, at the replacement's probability
    (_stub("Piet Tovar", 0.6), False, "Mara Ellison", BankCreditThresholds().replace_probability),
])
def test_bank_credit_probabilities_and_precise_speakers(fake_stages, monkeypatch, tmp_path, stub, precise,
                                                        speaker, confidence):
    monkeypatch.setitem(fake_stages, ("attribute", "attribute_results"), stub)
    art = tmp_path / "a.txt"
    art.write_text(f'{HARBOUR} "{WORDS}," the notice ended.\n', encoding="utf-8")
    _bank(tmp_path / "q.db", [("Mara Ellison", 0.9, "x1")]).close()
    args = ["extract", str(art), "--bank", str(tmp_path / "q.db")] + (["--precise-speakers"] if precise else [])
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 0, r.output
    q = json.loads(r.stdout)["quotes"][0]
    assert q["speaker"] == speaker and q["confidence"] == confidence


def test_extract_with_a_missing_bank_is_a_one_line_error(fake_stages, tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(f'{HARBOUR} "{WORDS}," the notice ended.\n', encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(art), "--bank", str(tmp_path / "no.db")])
    assert r.exit_code == 2 and r.stderr.strip().startswith("Error: ") and "no such bank" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "no.db").exists()


def test_the_article_saved_from_a_banked_record_does_not_corroborate_itself(tmp_path):
    # the file a.txt holds record "a" with one character repaired, so its text's hash differs
    result, q = _article(HARBOUR)
    with Bank.open(tmp_path / "q.db") as b:
        b.add([MinedDocument(key=document_key("c#a", "a", "other-hash"), path="c.jsonl#a", doc_id="a",
                             sha256="other-hash", chars=len(result.document.text), quotes=[MinedQuote(WORDS, 5, 5 + len(WORDS), "Mara Ellison", 0.9)])])
        b.recluster()
        assert credit_from_bank([result], b) == 0
    assert q.speaker is None


@pytest.mark.parametrize("name, text, forms", [
    # an office before the name is not part of it, nor the last word of a longer office
    ("Mara Ellison", "Chair Mara Ellison spoke, then Ellison left.", ["Mara Ellison", "Ellison"]),
    ("Mara Ellison", "said Harbour Minister Mara Ellison.", ["Mara Ellison"]),
    ("Mara Ellison", "said Attorney General Mara Ellison.", ["Mara Ellison"]),
    # a word capitalised because it opens a sentence is not a given name
    ("Ellison", "It was late. While Ellison spoke, nobody left.", ["Ellison"]),
    # a time zone's capitals before a full stop end the sentence; nothing crosses a line
    ("Mara Ellison", "at 9 a.m. ET. Ellison said\nMara\nEllison", ["Ellison", "Ellison"]),
    # a body: the article's determiner is dropped
    ("Harbour Board", "said the Harbour Board on Monday", ["Harbour Board"]),
    # another person with the same surname is not this one, at a sentence's start or not
    ("Mara Ellison", "Peter Ellison runs the ferry.", []),
    ("Mara Ellison", "The ferry is run by Peter Ellison.", []),
    # a given name opening a sentence is still a name, a known one or the banked name's own
    ("Peter Ellison", "It was late. Peter Ellison spoke.", ["Peter Ellison"]),
    ("Mara Ellison", "It was late. Mara Ellison spoke.", ["Mara Ellison"]),
    # a hall, a street or an institute named after her does not name her
    ("Mara Ellison", "They met at Ellison Hall, then at the Ellison Institute.", []),
    # a surname's lower-case particles, either apostrophe, a suffix the text leaves off
    ("Anna van der Berg", "said Anna van der Berg.", ["Anna van der Berg"]),
    ("Sean O'Rourke", "said Sean O’Rourke.", ["Sean O’Rourke"]),
    ("Mara Ellison Jr.", "said Mara Ellison.", ["Mara Ellison"]),
    # a body's name stands only whole: its last word is a country, not the body
    ("Ministry of Harbours of Norland", "Norland said on Monday.", []),
    ("Front-for-Liberation Norland", "Norland said on Monday.", []),
    ("Harbour Board", "the Harbour Board said", ["Harbour Board"]),
])
def test_written_forms(name, text, forms):
    from onrecord.bank.article_names import written_forms

    assert written_forms(name, text) == forms


LONG = ("the board has met nine times this winter and every time the chair has told us that "
        "the dredging cannot wait, yet the contract is still unsigned and the channel is still "
        "silting up while the ferries wait outside")
FRAGMENT = "the dredging cannot wait, yet the contract is still unsigned"


def test_a_banked_fragment_does_not_stand_for_the_longer_quotation(tmp_path):
    # an editorial quotes a few of the chair's words inside its own; the bank holds the chair's
    # few words credited to her: the editorial's words are not hers
    result, q = _article(HARBOUR, quote=LONG)
    with _bank(tmp_path / "q.db", [("Mara Ellison", 0.9, "x1"), ("Mara Ellison", 0.9, "x2")],
               text=FRAGMENT) as bank:
        assert credit_from_bank([result], bank) == 0
    assert q.speaker is None


def test_a_fragments_credit_in_the_same_cluster_does_not_count(tmp_path):
    # the bank holds the whole passage (credited to nobody) and, in its cluster, a short
    # fragment of it credited to the chair
    result, q = _article(HARBOUR, quote=LONG)
    with Bank.open(tmp_path / "q.db") as b:
        for n, (text, speaker) in enumerate([(LONG, None), (LONG.split(" and every")[0], "Mara Ellison")]):
            b.add([MinedDocument(key=document_key(f"c#{n}", str(n), f"h{n}"), path=f"c.jsonl#{n}", doc_id=str(n),
                                 sha256=f"h{n}", chars=300, quotes=[MinedQuote(text, 0, len(text), speaker, 0.9)])])
        b.recluster()
        from onrecord.bank.query import cluster_of
        assert cluster_of(b, LONG) == cluster_of(b, LONG.split(" and every")[0])  # one cluster
        assert credit_from_bank([result], b) == 0
    assert q.speaker is None



@pytest.mark.parametrize("order", [
    ["Clinton", "Hillary Clinton", "Bill Clinton"],
    ["Hillary Clinton", "Bill Clinton", "Clinton"],
    ["Bill Clinton", "Clinton", "Hillary Clinton"],
])
def test_people_are_grouped_the_same_in_any_order(order):
    # a surname alone that fits two people is a vote for neither, whatever the rows' order
    from onrecord.bank.credit import group_people

    groups, ambiguous = group_people(order)
    assert sorted(g for g, _ in groups) == [["Bill Clinton"], ["Hillary Clinton"]]
    assert ambiguous == 1


def test_one_document_is_one_vote(tmp_path):
    # a document printing the words three times, credited to one person, against another
    # document crediting someone else: one vote each, so no clear winner
    result, q = _article(HARBOUR + " Piet Tovar agreed.")
    with Bank.open(tmp_path / "q.db") as b:
        b.add([MinedDocument(key=document_key("c#0", "0", "h0"), path="c.jsonl#0", doc_id="0", sha256="h0", chars=900,
                             quotes=[MinedQuote(WORDS, k * 200, k * 200 + len(WORDS), "Mara Ellison", 0.9) for k in range(3)]),
               MinedDocument(key=document_key("c#1", "1", "h1"), path="c.jsonl#1", doc_id="1", sha256="h1", chars=900,
                             quotes=[MinedQuote(WORDS, 5, 5 + len(WORDS), "Piet Tovar", 0.9)])])
        b.recluster()
        assert credit_from_bank([result], b) == 0
    assert q.speaker is None


def test_a_stranger_with_the_same_record_id_still_counts(tmp_path):
    # the article is "a.txt"; the bank's document "a" is another article (another length)
    result, q = _article(HARBOUR)
    with Bank.open(tmp_path / "q.db") as b:
        b.add([MinedDocument(key=document_key("c#a", "a", "h"), path="c.jsonl#a", doc_id="a", sha256="h",
                             chars=len(result.document.text) * 3,
                             quotes=[MinedQuote(WORDS, 5, 5 + len(WORDS), "Mara Ellison", 0.9)])])
        b.recluster()
        assert credit_from_bank([result], b) == 1
    assert q.speaker == "Mara Ellison"


@pytest.mark.parametrize("make, says", [
    (lambda p: p.write_bytes(b""), "not a quote bank (an empty database)"),
    (lambda p: __import__("sqlite3").connect(p).execute("CREATE TABLE notes (t TEXT)").connection.commit(),
     "not a quote bank (a database of other tables: notes)"),
])
def test_extract_refuses_a_database_that_is_not_a_bank_and_leaves_it_alone(fake_stages, tmp_path, make, says):
    art = tmp_path / "a.txt"
    art.write_text(f'{HARBOUR} "{WORDS}," the notice ended.\n', encoding="utf-8")
    db = tmp_path / "notes.db"
    make(db)
    before = db.read_bytes()
    r = CliRunner().invoke(cli, ["extract", str(art), "--bank", str(db)])
    assert r.exit_code == 2 and says in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert db.read_bytes() == before
    assert not (tmp_path / "notes.db-wal").exists()


def test_a_wrong_bank_is_said_even_without_attribution(fake_stages, tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(f'{HARBOUR} "{WORDS}," the notice ended.\n', encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(art), "--no-attribute", "--bank", str(tmp_path / "no.db")])
    assert r.exit_code == 2 and "no such bank" in r.stderr


def test_a_damaged_bank_is_named_as_the_bank(monkeypatch, fake_stages, tmp_path):
    # a bank whose pages are overwritten past its header opens and fails on a later read: the
    # error names the bank the user gave, not an archive to remove
    monkeypatch.setitem(fake_stages, ("attribute", "attribute_results"), lambda results, options=None, *, workers=1: None)
    art = tmp_path / "a.txt"
    art.write_text(f'{HARBOUR} "{WORDS}," the notice ended.\n', encoding="utf-8")
    path = tmp_path / "q.db"
    _bank(path, [("Mara Ellison", 0.9, f"x{n}") for n in range(40)]).close()
    data = bytearray(path.read_bytes())
    data[len(data) // 2:] = b"\xff" * (len(data) - len(data) // 2)
    path.write_bytes(bytes(data))
    r = CliRunner().invoke(cli, ["extract", str(art), "--bank", str(path)])
    assert r.exit_code == 2, r.output
    assert r.stderr.startswith(f"Error: {path}: ") and "quote bank is damaged" in r.stderr and "archive" not in r.stderr


def test_the_bank_is_closed_when_extraction_ends(monkeypatch, fake_stages, tmp_path):
    import onrecord.pipeline as pipeline

    opened = []
    real = pipeline.open_bank
    monkeypatch.setattr(pipeline, "open_bank", lambda path: opened.append(real(path)) or opened[-1])
    art = tmp_path / "a.txt"
    art.write_text(f'{HARBOUR} "{WORDS}," the notice ended.\n', encoding="utf-8")
    _bank(tmp_path / "q.db", [("Mara Ellison", 0.9, "x1")]).close()
    assert len(list(pipeline.extract([str(art)], bank=str(tmp_path / "q.db")))) == 1
    with pytest.raises(Exception, match="closed"):
        opened[0].conn.execute("SELECT 1")
