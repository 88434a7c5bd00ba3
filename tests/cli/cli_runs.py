"""The command line run in-process, and the check that a failure is one error line with exit 2
(contract section 5). A plain module, not conftest: the test_cli_* modules call these as
functions, as tests/test_cli.py did before round 63 split it by command."""

from __future__ import annotations

from click.testing import CliRunner

from onrecord.cli import cli


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def one_line_error(result, *needles):
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr, result.exception)
    # status lines ("onrecord: [0.0 s] opening the archive") announce stages, they are not errors
    err = [line for line in result.stderr.strip().splitlines() if not line.startswith("onrecord: ")]
    assert len(err) == 1, result.stderr
    assert err[0].startswith("Error: ")
    assert "Traceback" not in result.output
    for n in needles:
        assert n in err[0], (n, err[0])
    return err[0]
