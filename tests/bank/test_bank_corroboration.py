"""`verify --bank` and `check --bank`: other outlets' reports of a quotation are shown beside
the verdict as corroboration and never change it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from onrecord.bank import Bank
from onrecord.bank.records import MinedDocument, MinedQuote, document_key
from onrecord.cli import cli

SAID = "we will dredge the silt channel before the spring tides come in"


@pytest.fixture
def bank(tmp_path):
    path = tmp_path / "q.db"
    with Bank.open(path) as b:
        for n, (date, outlet) in enumerate([("2025-02-01", "Coast Courier"), ("2025-02-03", "Harbour Herald")]):
            b.add([MinedDocument(key=document_key(f"c#{n}", str(n), f"s{n}"), path=f"c.jsonl#{n}", doc_id=str(n),
                                 published=date, outlet=outlet, chars=100,
                                 quotes=[MinedQuote(SAID.capitalize() + ",", 5, 70, "Mara Ellison", 0.9)])])
        b.recluster()
    return str(path)


@pytest.fixture
def sources(tmp_path):
    d = tmp_path / "sources"
    d.mkdir()
    (d / "minutes.txt").write_text(f"Mara Ellison told the board: {SAID}.\n", encoding="utf-8")
    return d


def _claims(tmp_path, quotes):
    p = tmp_path / "claims.jsonl"
    p.write_text("".join(json.dumps({"id": f"c{i}", "quote": q}) + "\n" for i, q in enumerate(quotes)), encoding="utf-8")
    return str(p)


def test_verify_adds_corroboration_and_keeps_the_verdict(fake_stages, tmp_path, sources, bank):
    claims = _claims(tmp_path, [SAID, "the tides will not wait for the council to finish its long survey"])
    plain = CliRunner().invoke(cli, ["verify", "--claims", claims, "--sources", str(sources)])
    banked = CliRunner().invoke(cli, ["verify", "--claims", claims, "--sources", str(sources), "--bank", bank])
    a = [json.loads(line) for line in plain.stdout.splitlines()]
    b = [json.loads(line) for line in banked.stdout.splitlines()]
    assert plain.exit_code == banked.exit_code == 1  # the second claim is not_found either way
    for x, y in zip(a, b):
        y_without = {k: v for k, v in y.items() if k != "corroboration"}
        assert y_without == x
    assert b[0]["corroboration"]["note"].startswith("reported by 2 outlets since 2025-02-01, first by Coast Courier")
    assert b[0]["corroboration"]["match"] == "canonical"
    assert "corroboration" not in b[1]


def test_check_text_report_shows_corroboration(fake_stages, tmp_path, sources, bank):
    art = tmp_path / "a.txt"
    art.write_text(f'Ellison was firm. "{SAID}", she said.\n', encoding="utf-8")
    r = CliRunner().invoke(cli, ["check", str(art), "--sources", str(sources), "--bank", bank])
    assert r.exit_code == 0, r.output
    assert "corroboration (not a source): reported by 2 outlets since 2025-02-01" in r.stdout


def test_missing_bank_is_a_one_line_error(fake_stages, tmp_path, sources):
    claims = _claims(tmp_path, [SAID])
    r = CliRunner().invoke(cli, ["verify", "--claims", claims, "--sources", str(sources), "--bank", str(tmp_path / "no.db")])
    assert r.exit_code == 2 and r.stderr.strip().startswith("Error: ") and "no such bank" in r.stderr
    assert not (tmp_path / "no.db").exists()


@pytest.mark.parametrize("fmt, shown", [
    # the HTML report's evidence panel, apart from the source's words; no link: a report file
    # has no bank page to link to (the web server's reports link to /bank/<id>)
    ("html", "<h3>corroboration (not a source)</h3><div class=\"corroboration\">reported by 2 outlets since 2025-02-01"),
    # Markdown lists details for quotations that are not verbatim: the not-found one here
    ("md", "- corroboration (not a source): reported by 2 outlets since 2025-02-01"),
])
def test_check_html_and_markdown_reports_show_corroboration(fake_stages, tmp_path, sources, bank, fmt, shown):
    art = tmp_path / "a.txt"
    # "autumn" for "spring": the source does not hold these words, the bank holds a variant
    art.write_text(f'Ellison was firm. "{SAID.replace("spring", "autumn")}", she said.\n', encoding="utf-8")
    r = CliRunner().invoke(cli, ["check", str(art), "--sources", str(sources), "--bank", bank, "--format", fmt])
    assert r.exit_code == 1, r.output  # not found in the sources: the bank does not change that
    assert shown in r.stdout
    assert "/bank/" not in r.stdout
