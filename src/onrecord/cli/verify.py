"""``onrecord verify``: claimed quotations against an archive (docs/contract.md section 2)."""

from __future__ import annotations

import sys

import click

from ..safe_text import escape_controls
from . import _status, _stdout, report_input_errors, archive_options, bank_corroboration_option, cli, exit_code, open_sources


@cli.command()
@click.option("--claims", required=True, type=click.Path(), metavar="CLAIMS.jsonl",
              help='One {"id","quote","speaker","date_hint"} object a line; - for stdin.')
@archive_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "text"]), default="jsonl", show_default=True)
@bank_corroboration_option
def verify(claims: str, sources: str | None, archive: str | None, fmt: str, bank: str | None) -> None:
    """Verify claimed quotations against an archive of sources (docs/contract.md section 2).

    Exit 0 when every claim is verbatim or variation, 1 when any is drift, misattributed,
    out_of_context or not_found, 2 on bad input.

    \b
    Examples:
      onrecord verify --claims claims.jsonl --sources sources/
      onrecord verify --claims claims.jsonl --archive harbour --format text
    """
    from .. import pipeline
    from ..report.jsonl import dumps, verdict_record

    bad_lines: list = []
    claim_list = pipeline.load_claims(claims, errors=bad_lines)
    with _status(None) as status:
        verdicts = pipeline.verify(claim_list, archive=open_sources(sources, archive, status), bank=bank,
                                   status=status)
    out = _stdout()
    for v in verdicts:
        if fmt == "jsonl":
            out.write(dumps(verdict_record(v)) + "\n")
        else:
            src = ""
            if v.evidence is not None:
                who = f" ({v.evidence.source_speaker})" if v.evidence.source_speaker else ""
                src = f"  {v.evidence.source}{who}"
            also = f"\tcorroboration: {v.corroboration['note']}" if v.corroboration else ""
            out.write(escape_controls(f"{v.id}\t{v.verdict}\t{v.score:.2f}\t{v.explanation}{src}{also}") + "\n")
    out.flush()
    if bad_lines:  # named after the verdicts, with the summary, so they are not scrolled away
        report_input_errors(bad_lines)
        n, k = len(verdicts), len(bad_lines)
        click.echo(f"{n} claim{'s' if n != 1 else ''} verified, {k} claim line{'s' if k != 1 else ''} skipped "
                   "(named above)", err=True)
    sys.exit(exit_code(verdicts, input_errors=len(bad_lines)))
