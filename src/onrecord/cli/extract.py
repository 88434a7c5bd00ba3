"""``onrecord extract``: the quotations of each input, as JSON Lines, a table or CSV."""

from __future__ import annotations

import csv
import sys
from typing import IO, Any

import click

from ..errors import InputError
from ..safe_text import escape_controls
from . import (_status, _stdout, bank_credit_option, cli, exit_code, keep_text_option, precise_speakers_option, published_option,
               report_input_errors, speaker_options)


CSV_FIELDS = ("document", "start", "end", "kind", "speaker", "cue", "flagged", "confidence", "text")


@cli.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@published_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table", "csv"]), default="jsonl", show_default=True)
@click.option("--no-attribute", is_flag=True, help="Skip speaker attribution (faster; speaker fields empty).")
@keep_text_option
@precise_speakers_option
@bank_credit_option
def extract(files: tuple[str, ...], published: str | None, fmt: str, no_attribute: bool, keep_text: bool,
            precise_speakers: bool = False, bank: str | None = None) -> None:
    """Extract the quotations of each FILE (text, HTML, JSONL, WARC, PDF, URL or - for stdin).

    One JSON object per document (docs/contract.md section 1), or a table, or CSV.

    \b
    Examples:
      onrecord extract article.txt
      onrecord extract articles/*.txt --format table
      onrecord extract https://example.org/story.html --published 2024-03-02
      cat article.txt | onrecord extract - --no-attribute --format csv
      onrecord extract articles/*.txt --precise-speakers
      onrecord extract article.txt --bank quotes.db
    """
    from .. import pipeline
    from ..report.jsonl import dumps, extract_record, quote_record

    pipeline.check_date(published, "--published")
    out = _stdout()
    errors: list[InputError] = []
    table_rows: list[dict[str, Any]] = []
    writer = None
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore")
        writer.writeheader()
    with _status(None, streams=fmt != "table") as status:
        for item in pipeline.extract(files, published=published, attribute=not no_attribute,
                                     options=speaker_options(precise_speakers), status=status, bank=bank):
            if isinstance(item, InputError):
                errors.append(item)
                continue
            if fmt == "jsonl":
                out.write(dumps(extract_record(item, keep_text=keep_text)) + "\n")
                out.flush()
                continue
            for q in item.quotes:
                row = quote_record(q)
                row["document"] = item.document.path
                if writer is not None:
                    writer.writerow(row)
                else:
                    table_rows.append(row)
    if fmt == "table":
        _print_quote_table(table_rows, out)
    report_input_errors(errors)
    sys.exit(exit_code(input_errors=len(errors)))


def _print_quote_table(rows: list[dict[str, Any]], out: IO[str]) -> None:
    """One table per document (the path as its title, not a column that eats half the width).
    Every cell is a ``Text``, never markup: "[the Sandvik bridge] was …" lost its brackets
    when rich read them as a style tag."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out, width=None if out.isatty() else 160)
    docs: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        docs.setdefault(r["document"], []).append(r)
    for doc, doc_rows in docs.items():
        table = Table(title=Text(escape_controls(doc)), title_justify="left", show_lines=False)
        for col in ("span", "kind", "speaker", "cue", "flag", "quote"):
            table.add_column(col, overflow="fold")
        for r in doc_rows:
            cells = (f"{r['start']}-{r['end']}", r["kind"], r["speaker"] or "", r["cue"] or "",
                     "*" if r["flagged"] else "", r["text"])
            table.add_row(*(Text(escape_controls(c)) for c in cells))
        console.print(table)
