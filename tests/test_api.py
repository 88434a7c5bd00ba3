"""The Python API (issue 17): ``extract()`` fills the same context as ``check()`` (date hints and
outlets were left empty), and library errors name parameters, not CLI flags ("give --sources
DIR" made no sense to a Python caller)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import onrecord
from onrecord.cli import cli
from onrecord.errors import UsageError

ARTICLE = ("Bridge worries\n\n"
           "Mirela Vasko, the engineer who surveyed the route, told Radio Nord last November that "
           "the bridge \u201cwas never designed for the weight of a modern tram.\u201d\n")


def test_extract_fills_the_context_that_check_fills(tmp_path):
    p = tmp_path / "bridge.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    src = tmp_path / "sources"
    src.mkdir()
    (src / "interview.txt").write_text("Speaker: Mirela Vasko\nDate: 2024-11-20\n\nIt was never designed for "
                                       "the weight of a modern tram.\n", encoding="utf-8")
    (ex,) = list(onrecord.extract([str(p)], published="2025-03-10"))
    (ch,) = list(onrecord.check([str(p)], sources=str(src), published="2025-03-10"))
    got = [(q.text, q.date_hint, q.outlet_hint) for q in ex.quotes]
    assert got == [(it.quote.text, it.quote.date_hint, it.quote.outlet_hint) for it in ch.items]
    assert got[0][1] == "2024-11" and got[0][2] == "Radio Nord"


@pytest.mark.parametrize("call, needle", [
    (lambda: onrecord.verify([], sources="a", archive="b"), "give sources (a folder) or archive"),
    (lambda: onrecord.verify([]), "sources=FOLDER or archive=NAME"),
    (lambda: list(onrecord.extract(["x.txt"], published="2025-13-01")), "published '2025-13-01'"),
])
def test_library_errors_name_parameters_not_flags(call, needle):
    with pytest.raises(UsageError) as e:
        call()
    assert needle in str(e.value) and "--" not in str(e.value)


@pytest.mark.parametrize("args, needle", [
    (["check", "a.txt", "--sources", "s", "--archive", "b"], "give --sources DIR or --archive NAME, not both"),
    (["check", "a.txt"], "--sources DIR or --archive NAME"),
    (["extract", "a.txt", "--published", "2025-13-01"], "--published '2025-13-01': not a real date"),
])
def test_the_cli_still_names_its_flags(args, needle):
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 2 and r.stderr.strip().splitlines() == [r.stderr.strip()] and needle in r.stderr
