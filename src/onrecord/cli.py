"""The command line: a thin adapter. Each command parses its options, calls one function of
``onrecord.pipeline`` (or ``onrecord.eval``), and renders. No NLP, matching or SQL here.

Errors: every ``OnrecordError`` becomes one line ``Error: <input>: <reason>`` on stderr and exit
2, in one place (``OnrecordGroup.invoke``); a batch reports its unreadable inputs at the end.
Exit codes (contract section 5) are decided in one function, ``exit_code``."""

from __future__ import annotations

import csv
import json
import sys
from typing import IO, Any, Iterable, NoReturn

import click

from . import __version__
from .errors import InputError, NotBuiltYet, OnrecordError, UsageError

EXIT_OK, EXIT_BAD_VERDICT, EXIT_INPUT = 0, 1, 2


def exit_code(verdicts: Iterable[Any] = (), input_errors: int = 0) -> int:
    """Contract section 5, the only place exit codes are decided: 2 when any input could not
    be read (the run is incomplete, whatever the verdicts of the rest); else 1 when any speech
    quote is drift, misattributed or not_found; else 0. ``verdicts`` are Verdicts or None
    (non-speech quotes)."""
    from .model import BAD_VERDICTS

    if input_errors:
        return EXIT_INPUT
    if any(v is not None and v.verdict in BAD_VERDICTS for v in verdicts):
        return EXIT_BAD_VERDICT
    return EXIT_OK


def error_line(err: BaseException) -> str:
    """One line, always: multi-line messages (a library's exception text) are folded."""
    return "Error: " + " ".join(str(err).split())


def fail(err: OnrecordError) -> NoReturn:
    click.echo(error_line(err), err=True)
    sys.exit(EXIT_INPUT)


class OnrecordGroup(click.Group):
    """Maps OnrecordError to ``Error: ...`` + exit 2 for every subcommand, in one place."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.exceptions.NoArgsIsHelpError:
            raise  # `onrecord sources` alone: click prints the help
        except click.UsageError as e:
            # One line like every other error (click's default is usage + hint + error).
            where = e.ctx.command_path if e.ctx else ctx.command_path
            click.echo(f"Error: {' '.join(e.format_message().split())} (see: {where} --help)", err=True)
            sys.exit(EXIT_INPUT)
        except OnrecordError as e:
            fail(e)
        except BrokenPipeError:  # `onrecord extract ... | head`: not an error of ours
            sys.stderr.close()
            sys.exit(0)


def report_input_errors(errors: list[InputError]) -> None:
    for e in errors:
        click.echo(error_line(e), err=True)


def _stdout() -> IO[str]:
    return sys.stdout


# Shared options ---------------------------------------------------------------------------

def published_option(f: Any) -> Any:
    return click.option(
        "--published", metavar="YYYY-MM-DD", help="Publication date of the input(s); overrides their metadata."
    )(f)


def archive_options(f: Any) -> Any:
    f = click.option("--archive", "archive", metavar="NAME", help="A named archive built with `onrecord sources add`.")(f)
    f = click.option(
        "--sources", type=click.Path(), metavar="DIR", help="A folder of source documents (indexed on the fly)."
    )(f)
    return f


def bank_corroboration_option(f: Any) -> Any:
    return click.option(
        "--bank", type=click.Path(), metavar="BANK.db",
        help="A quote bank (onrecord mine): adds who else reported each quote, as corroboration only.",
    )(f)


def keep_text_option(f: Any) -> Any:
    return click.option(
        "--keep-text",
        is_flag=True,
        help="Include each document's text in JSON output (always included for HTML, URL, WARC, JSONL, PDF and stdin).",
    )(f)


@click.group(cls=OnrecordGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="onrecord")
def cli() -> None:
    """onrecord: find the original words behind every quotation.

    Extract the quotations of an article, attribute them to speakers, and verify each one
    against an archive of primary sources: verbatim, variation, drift, misattributed or
    not_found.

    \b
    Examples:
      onrecord check article.txt --sources sources/
      onrecord extract article.txt --format table
      onrecord verify --claims claims.jsonl --sources sources/
    """


# extract ----------------------------------------------------------------------------------

CSV_FIELDS = ("document", "start", "end", "kind", "speaker", "cue", "flagged", "confidence", "text")


@cli.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@published_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table", "csv"]), default="jsonl", show_default=True)
@click.option("--no-attribute", is_flag=True, help="Skip speaker attribution (faster; speaker fields empty).")
@keep_text_option
def extract(files: tuple[str, ...], published: str | None, fmt: str, no_attribute: bool, keep_text: bool) -> None:
    """Extract the quotations of each FILE (text, HTML, JSONL, WARC, PDF, URL or - for stdin).

    One JSON object per document (contract section 1), or a table, or CSV.

    \b
    Examples:
      onrecord extract article.txt
      onrecord extract articles/*.txt --format table
      onrecord extract https://example.org/story.html --published 2024-03-02
      cat article.txt | onrecord extract - --no-attribute --format csv
    """
    from . import pipeline
    from .report.jsonl import dumps, extract_record, quote_record

    out = _stdout()
    errors: list[InputError] = []
    table_rows: list[dict[str, Any]] = []
    writer = None
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore")
        writer.writeheader()
    for item in pipeline.extract(files, published=published, attribute=not no_attribute):
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
    """One table per document (the path as its title, not a column that eats half the width)."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=None if out.isatty() else 160)
    docs: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        docs.setdefault(r["document"], []).append(r)
    for doc, doc_rows in docs.items():
        table = Table(title=doc, title_justify="left", show_lines=False)
        for col in ("span", "kind", "speaker", "cue", "flag", "quote"):
            table.add_column(col, overflow="fold")
        for r in doc_rows:
            table.add_row(
                f"{r['start']}-{r['end']}", r["kind"], r["speaker"] or "", r["cue"] or "",
                "*" if r["flagged"] else "", r["text"],
            )
        console.print(table)


# verify -----------------------------------------------------------------------------------

@cli.command()
@click.option("--claims", required=True, type=click.Path(), metavar="CLAIMS.jsonl",
              help='One {"id","quote","speaker","date_hint"} object a line; - for stdin.')
@archive_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "text"]), default="jsonl", show_default=True)
@bank_corroboration_option
def verify(claims: str, sources: str | None, archive: str | None, fmt: str, bank: str | None) -> None:
    """Verify claimed quotations against an archive of sources (contract section 2).

    Exit 0 when every claim is verbatim or variation, 1 when any is drift, misattributed or
    not_found, 2 on bad input.

    \b
    Examples:
      onrecord verify --claims claims.jsonl --sources sources/
      onrecord verify --claims claims.jsonl --archive harbour --format text
    """
    from . import pipeline
    from .report.jsonl import dumps, verdict_record

    claim_list = pipeline.load_claims(claims)
    verdicts = pipeline.verify(claim_list, archive=open_sources(sources, archive), bank=bank)
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
            out.write(f"{v.id}\t{v.verdict}\t{v.score:.2f}\t{v.explanation}{src}{also}\n")
    out.flush()
    sys.exit(exit_code(verdicts))


# check ------------------------------------------------------------------------------------

@cli.command()
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@archive_options
@published_option
@click.option("--translated", is_flag=True, help="The article is a translation: flag unverifiable quotes for the editor's note.")
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl", "html", "md"]), default="text", show_default=True)
@click.option(
    "-o", "--output", type=click.Path(), metavar="PATH",
    help="Write the report to PATH: a file holds one report for all articles; a folder "
    "(existing, or PATH ending in /) gets one file per article, named after it.",
)
@click.option(
    "--progress/--no-progress", default=None,
    help="Progress bar on stderr (default: only when stderr is a terminal).",
)
@keep_text_option
@bank_corroboration_option
def check(
    articles: tuple[str, ...], sources: str | None, archive: str | None, published: str | None,
    translated: bool, fmt: str, output: str | None, progress: bool | None, keep_text: bool,
    bank: str | None,
) -> None:
    """Extract every quotation of each ARTICLE and verify the speech quotes (contract section 3).

    ARTICLE is a file (text, HTML, JSONL, WARC, PDF), a URL, - for stdin, or a folder (its
    readable files, sorted). Titles, scare quotes and terms are listed, not verified. A batch
    of several articles ends with a summary on stderr; an unreadable article is named there
    and the others are still reported.

    Exit 0 when every speech quote is verbatim or variation, 1 when any is drift,
    misattributed or not_found, 2 on bad usage or when any input could not be read.

    \b
    Examples:
      onrecord check article.txt --sources sources/
      onrecord check article.txt --sources sources/ --published 2025-03-10 --translated
      onrecord check article.html --archive harbour --format html -o report.html
      onrecord check articles/ --sources sources/ --format html -o reports/
      onrecord check a.txt b.txt --sources sources/ --format jsonl > checked.jsonl
    """
    from . import pipeline

    # Everything that can fail fast does so before the slow work: the renderer, the date, and
    # the output (a typo in -o used to cost a full check, then a traceback).
    renderer = _check_renderer(fmt)
    pipeline.check_date(published)
    out_dir = _output_dir(output)
    fh = None if out_dir else _open_output(output)
    inputs = pipeline.expand_inputs(articles)
    errors: list[InputError] = []
    results = []  # held only for a report rendered once over all articles
    verdicts = []
    summary = pipeline.BatchSummary()
    written: list[str] = []
    names: set[str] = set()
    stream = fmt == "jsonl" and not out_dir  # JSON Lines goes out as each article is done
    try:
        arch = open_sources(sources, archive)
        with _progress_bar(len(inputs), progress) as advance:
            for item in pipeline.check(inputs, archive=arch, published=published, translated=translated, bank=bank):
                advance(getattr(item, "document", None))
                summary.add(item)
                if isinstance(item, InputError):
                    errors.append(item)
                    continue
                verdicts.extend(it.verdict for it in item.items)
                if out_dir:
                    written.append(_write_one(out_dir, item, fmt, renderer, keep_text, names))
                elif stream:
                    renderer([item], fh or _stdout(), keep_text)
                    (fh or _stdout()).flush()
                else:
                    results.append(item)
        # Nothing readable (a mistyped file name): the one-line error is the whole answer, not
        # an empty report ("0 quotations") on stdout or an empty page left behind by -o.
        nothing = summary.articles == 0 and bool(errors)
        if not out_dir and not stream and not nothing:
            renderer(results, fh or _stdout(), keep_text)
    finally:
        if fh:
            fh.close()
            if summary.articles == 0 and errors and output:
                _remove_quietly(output)
    report_input_errors(errors)
    if written:
        click.echo(f"wrote {len(written)} report{'s' if len(written) != 1 else ''} to {out_dir}", err=True)
    # A batch ends with its summary; a single input's error line is already the whole story
    # (contract section 5: one line).
    if summary.articles + len(errors) > 1:
        click.echo(_summary_line(summary.as_dict()), err=True)
    sys.exit(exit_code(verdicts, len(errors)))


def _remove_quietly(path: str) -> None:
    import os

    try:
        os.remove(path)
    except OSError:
        pass


def _summary_line(s: dict[str, Any]) -> str:
    """One line for the end of a batch: "Summary: 3 articles, 24 quotations (19 speech):
    12 verbatim, 3 variation, ...; 1 unreadable: a.txt (not valid UTF-8 ...)"."""
    from .report.summary import LABELS

    counts = ", ".join(f"{n} {LABELS[v]}" for v, n in s["verdicts"].items() if n) or "no verdicts"
    line = (
        f"Summary: {s['articles']} article{'s' if s['articles'] != 1 else ''}, "
        f"{s['quotes']} quotation{'s' if s['quotes'] != 1 else ''} ({s['speech']} speech): {counts}"
    )
    if s["unreadable"]:
        named = "; ".join(f"{u['input']} ({u['reason']})" for u in s["unreadable"])
        line += f"; {len(s['unreadable'])} unreadable: {named}"
    return line


class _NoProgress:
    def __enter__(self) -> Any:
        return lambda doc: None

    def __exit__(self, *exc: Any) -> None:
        return None


def _progress_bar(total: int, wanted: bool | None) -> Any:
    """A rich progress bar on stderr, advanced once per article (or unreadable input). Shown when
    stderr is a terminal, or when --progress asks for it; never on stdout, so --format jsonl
    stays pure JSON. Transient: it leaves no trace in a terminal once the batch is done."""
    import contextlib

    on_tty = sys.stderr.isatty()
    if wanted is False or (wanted is None and not on_tty) or total < 1:
        return _NoProgress()

    @contextlib.contextmanager
    def bar() -> Any:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        console = Console(file=sys.stderr, force_terminal=True if wanted else None)
        # asked for on a pipe or a log file: fewer redraws, each one a line's worth of bytes
        prog = Progress(
            TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("{task.description}"), console=console, transient=on_tty,
            # rich's default wraps sys.stdout into the bar's console (stderr): the JSON Lines
            # written during the batch would land on stderr
            redirect_stdout=False, redirect_stderr=False, refresh_per_second=10 if on_tty else 1,
        )
        task = prog.add_task("", total=total)
        done = 0

        def advance(doc: Any) -> None:
            nonlocal done
            done += 1
            # a JSONL or WARC input holds several articles: the total grows rather than lie
            name = str(getattr(doc, "path", "") or "").rstrip("/").rsplit("/", 1)[-1]
            prog.update(task, completed=done, total=max(total, done), description=name)

        with prog:
            yield advance

    return bar()


def _output_dir(output: str | None) -> str | None:
    """-o names a folder (one report per article) when it is an existing folder or ends with a
    path separator; the folder is created then, before any slow work."""
    import os

    if not output:
        return None
    if not (os.path.isdir(output) or output.endswith(("/", os.sep))):
        return None
    try:
        os.makedirs(output, exist_ok=True)
    except OSError as e:
        raise UsageError(f"cannot create the report folder ({e.strerror or e})", path=output) from None
    return output


REPORT_SUFFIX = {"text": ".txt", "jsonl": ".jsonl", "html": ".html", "md": ".md"}


def _report_name(doc_path: str, fmt: str, taken: set[str]) -> str:
    """report file name for an article: its file name without the suffix, characters outside
    [A-Za-z0-9._-] replaced ("dump.jsonl#7" -> "dump-7"), "-2", "-3"... on a clash (two
    folders may both hold article.txt)."""
    import re
    from pathlib import PurePath

    file_part, _, record = doc_path.partition("#")
    name = PurePath(file_part.rstrip("/")).name or "article"
    for suf in (".warc.gz", ".warc", ".jsonl", ".ndjson", ".html", ".htm", ".xhtml", ".txt", ".md", ".text", ".pdf"):
        if name.lower().endswith(suf) and len(name) > len(suf):
            name = name[: -len(suf)]
            break
    if record:
        name += "-" + record
    name = re.sub(r"[^\w.-]+", "_", name).strip("._") or "article"
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}-{n}"
    taken.add(candidate)
    return candidate + REPORT_SUFFIX[fmt]


def _write_one(out_dir: str, result: Any, fmt: str, renderer: Any, keep_text: bool, taken: set[str]) -> str:
    import os

    path = os.path.join(out_dir, _report_name(result.document.path, fmt, taken))
    fh = _open_output(path)
    assert fh is not None
    with fh:
        renderer([result], fh, keep_text)
    return path


def _open_output(output: str | None) -> IO[str] | None:
    if not output:
        return None
    try:
        return open(output, "w", encoding="utf-8", newline="")
    except OSError as e:
        raise UsageError(f"cannot write the report ({e.strerror or e})", path=output) from None


def _check_renderer(fmt: str) -> Any:
    """The renderer for a check format, imported lazily (report.text/html/md are separate)."""
    import importlib

    def need(module: str, name: str, what: str) -> Any:
        try:
            mod = importlib.import_module(f"onrecord.report.{module}")
        except ModuleNotFoundError as e:
            if e.name != f"onrecord.report.{module}":
                raise
            mod = None
        fn = getattr(mod, name, None)
        if fn is None:
            raise NotBuiltYet(f"the {what} report (--format {fmt}) is not built yet")
        return fn

    if fmt == "jsonl":
        from .report.jsonl import check_record, dumps

        def render_jsonl(results: list, out: IO[str], keep_text: bool) -> None:
            for r in results:
                out.write(dumps(check_record(r, keep_text=keep_text)) + "\n")

        return render_jsonl
    if fmt == "text":
        render_text = need("text", "render_text", "text")

        def render(results: list, out: IO[str], keep_text: bool) -> None:
            from rich.console import Console

            # Not a terminal (a file, a pipe, `make run` in CI): no colour and no hard wrapping,
            # so a long quote or source path stays on one line and can be grepped.
            if out.isatty():
                console = Console(file=out)
            else:
                console = Console(file=out, no_color=True, highlight=False, soft_wrap=True, width=200)
            render_text(results, console)  # one call: the summary and editor's note span all results

        return render
    fn = need(fmt, f"render_{fmt}", {"html": "HTML", "md": "Markdown"}[fmt])

    def render_doc(results: list, out: IO[str], keep_text: bool) -> None:
        out.write(fn(results))

    return render_doc


# sources ----------------------------------------------------------------------------------

@cli.group(cls=OnrecordGroup)
def sources() -> None:
    """Manage named archives of source documents (under ONRECORD_HOME, default ~/.onrecord).

    \b
    Examples:
      onrecord sources add --archive harbour sources/
      onrecord sources list --archive harbour
      onrecord sources stats --archive harbour
      onrecord sources remove --archive harbour sources/old-briefing.txt
    """


def _archive_name_option(f: Any) -> Any:
    return click.option("--archive", "name", default="default", show_default=True, metavar="NAME", help="Archive name.")(f)


@sources.command("add")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@_archive_name_option
@click.option("--embeddings/--no-embeddings", default=None,
              help="Store sentence embeddings for paraphrase (drift) search. Default: on, unless "
                   "ONRECORD_EMBED=0. Off makes a large archive fast to build (about 40 sentences/s "
                   "on 2 CPU cores with them); drift is then found from word overlap only.")
def sources_add(paths: tuple[str, ...], name: str, embeddings: bool | None) -> None:
    """Add source files or folders to an archive (created if missing).

    \b
    Examples:
      onrecord sources add --archive harbour sources/
      onrecord sources add --archive harbour transcript.txt speech.html
      onrecord sources add --archive speeches --no-embeddings corpus/speeches.jsonl
    """
    from . import pipeline

    arch = pipeline.open_archive(archive=name, create=True, embed=embeddings)
    report = arch.add(list(paths))
    counts = {k: len(getattr(report, k, []) or []) for k in ("added", "updated", "unchanged", "unreadable")}
    click.echo(f"archive {name!r}: " + ", ".join(f"{v} {k}" for k, v in counts.items()), err=True)
    for path, reason in getattr(report, "unreadable", []) or []:
        click.echo(f"Error: {path}: {reason}", err=True)
    sys.exit(exit_code(input_errors=counts["unreadable"]))


@sources.command("list")
@_archive_name_option
def sources_list(name: str) -> None:
    """List the sources of an archive.

    \b
    Examples:
      onrecord sources list --archive harbour
    """
    from . import pipeline

    for item in pipeline.open_archive(archive=name).list():
        click.echo(_describe(item))


@sources.command("remove")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@_archive_name_option
def sources_remove(paths: tuple[str, ...], name: str) -> None:
    """Remove sources (by the path they were added with) from an archive.

    \b
    Examples:
      onrecord sources remove --archive harbour sources/old-briefing.txt
    """
    from . import pipeline

    arch = pipeline.open_archive(archive=name)
    missing = 0
    for path in paths:
        removed = arch.remove(path)
        for r in removed:
            click.echo(f"removed {r}")
        if not removed:
            missing += 1
            click.echo(f"Error: {path}: not in archive {name!r} (see: onrecord sources list --archive {name})", err=True)
    sys.exit(exit_code(input_errors=missing))


@sources.command("stats")
@_archive_name_option
def sources_stats(name: str) -> None:
    """Counts for an archive: sources, speakers, passages, size.

    \b
    Examples:
      onrecord sources stats --archive harbour
    """
    from . import pipeline

    stats = pipeline.open_archive(archive=name).stats()
    for k, v in (stats.items() if isinstance(stats, dict) else vars(stats).items()):
        click.echo(f"{k}: {v}")


def _describe(item: Any) -> str:
    """One tab-separated line per source: path, status, date, speakers, title (or reason)."""
    if isinstance(item, str):
        return item
    d = item if isinstance(item, dict) else getattr(item, "__dict__", {})
    speakers = d.get("speakers")
    parts = [
        str(d.get("path", "")), str(d.get("status") or ""), str(d.get("date") or ""),
        "; ".join(speakers) if isinstance(speakers, list) else str(speakers or ""),
        str(d.get("title") or d.get("reason") or ""),
    ]
    return "\t".join(parts)


def open_sources(sources: str | None, archive: str | None) -> Any:
    """Open the archive once in the CLI so unreadable sources can be reported by name (contract
    section 4: the rest of the archive is still used, so they warn rather than fail)."""
    from . import pipeline

    arch = pipeline.open_archive(sources, archive)
    unreadable = getattr(arch, "unreadable", None)
    for path, reason in (unreadable() if callable(unreadable) else []):
        click.echo(f"Warning: source {path}: {reason} (skipped)", err=True)
    return arch


# eval -------------------------------------------------------------------------------------

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
    from .eval import format_table, gate, load_baseline

    click.echo(json.dumps(report, indent=2, ensure_ascii=False) if fmt == "json" else format_table(report, mistakes))
    if baseline:
        fails = gate(report, load_baseline(baseline))
        for f in fails:
            click.echo(f"Below baseline: {f}", err=True)
        sys.exit(1 if fails else 0)


@eval_.command("extract")
@click.option("--gold", required=True, type=click.Path(), metavar="GOLD.jsonl", help="Gold quotes, one article a line.")
@click.option("--articles", required=True, type=click.Path(), metavar="DIR", help="Folder holding <id>.txt articles.")
@_eval_format
def eval_extract(gold: str, articles: str, fmt: str, baseline: str | None, mistakes: bool) -> None:
    """Span P/R/F1 (exact and overlap), kind, speaker, cue and flag accuracy.

    \b
    Examples:
      onrecord eval extract --gold dev/extraction/gold.jsonl --articles dev/extraction/articles
    """
    from .eval import eval_extract as run

    _eval_output(run(gold, articles), fmt, baseline, mistakes)


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
    from .eval import eval_verify as run

    _eval_output(run(claims, sources), fmt, baseline, mistakes)


# not built yet ----------------------------------------------------------------------------

def _later(module: str, name: str, what: str) -> Any:
    from .pipeline import _stage

    return _stage(module, name, what)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--archive", metavar="NAME", help="Default archive for the page.")
def serve(host: str, port: int, archive: str | None) -> None:
    """Serve the web page and JSON API on HOST:PORT.

    \b
    Examples:
      onrecord serve --port 8000 --archive harbour
    """
    _later("web", "serve", "onrecord serve (the web app)")(host=host, port=port, archive=archive)


# mine and bank live in cli_mine.py (commands only: parse, one library call, render)
from .cli_mine import bank, mine  # noqa: E402  (after cli and exit_code exist)

cli.add_command(mine)
cli.add_command(bank)


def main() -> None:
    """Console entry point."""
    cli(prog_name="onrecord")


if __name__ == "__main__":  # pragma: no cover
    main()
