"""``onrecord eval``: score onrecord against annotated data (the dev set's format)."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from . import OnrecordGroup, _status, bank_credit_option, cli, precise_speakers_option, speaker_options


@cli.group("eval", cls=OnrecordGroup)
def eval_() -> None:
    """Score onrecord against annotated data (the dev set's format).

    \b
    Examples:
      onrecord eval extract --gold gold.jsonl --articles articles/
      onrecord eval verify --claims claims.jsonl --sources sources/ --format json
      onrecord eval extract --gold gold.jsonl --articles articles/ --baseline eval/baseline.json
    """


def _eval_format(f: Any) -> Any:
    f = click.option(
        "--baseline", type=click.Path(), metavar="BASELINE.json",
        help="Floors/ceilings (eval/baseline.json format): exit 1 when a score falls outside them.",
    )(f)
    f = click.option("--mistakes", is_flag=True, help="List every mistake after the table (always in --format json).")(f)
    return click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)(f)


def _eval_output(report: dict[str, Any], fmt: str, baseline: str | None, mistakes: bool) -> None:
    from ..eval import format_table, gate, load_baseline

    click.echo(json.dumps(report, indent=2, ensure_ascii=False) if fmt == "json" else format_table(report, mistakes))
    if baseline:
        fails = gate(report, load_baseline(baseline))
        for f in fails:
            click.echo(f"Below baseline: {f}", err=True)
        sys.exit(1 if fails else 0)


def _score(run: Any, gold: str, data: str, fmt: str, baseline: str | None, mistakes: bool) -> None:
    """Run one scorer under the status line and print (and gate) its report."""
    with _status(None) as status:
        report = run(gold, data, status=status)
    _eval_output(report, fmt, baseline, mistakes)


@eval_.command("extract")
@click.option("--gold", required=True, type=click.Path(), metavar="GOLD.jsonl", help="Gold quotes, one article a line.")
@click.option("--articles", required=True, type=click.Path(), metavar="DIR", help="Folder holding <id>.txt articles.")
@_eval_format
@precise_speakers_option
@bank_credit_option
def eval_extract(gold: str, articles: str, fmt: str, baseline: str | None, mistakes: bool,
                 precise_speakers: bool = False, bank: str | None = None) -> None:
    """Span P/R/F1 (exact and overlap), kind, speaker, cue and flag accuracy.

    \b
    Examples:
      onrecord eval extract --gold dev/extraction/gold.jsonl --articles dev/extraction/articles
    """
    from functools import partial

    from ..eval import eval_extract

    _score(partial(eval_extract, options=speaker_options(precise_speakers), bank=bank), gold, articles, fmt, baseline, mistakes)


@eval_.command("verify")
@click.option("--claims", required=True, type=click.Path(), metavar="CLAIMS.jsonl", help="Claims with gold verdicts.")
@click.option("--sources", required=True, type=click.Path(), metavar="DIR", help="Folder of source documents.")
@_eval_format
def eval_verify(claims: str, sources: str, fmt: str, baseline: str | None, mistakes: bool) -> None:
    """Verdict accuracy, macro-F1, confusion matrix and the false-verify rate.

    \b
    Examples:
      onrecord eval verify --claims dev/verification/claims.jsonl --sources dev/verification/sources
    """
    from ..eval import eval_verify

    _score(eval_verify, claims, sources, fmt, baseline, mistakes)
