"""The command line: a thin adapter. Each command parses its options, calls one function of
``onrecord.pipeline`` (or ``onrecord.eval``), and renders. No NLP, matching or SQL here.

Errors: every ``OnrecordError`` becomes one line ``Error: <input>: <reason>`` on stderr and exit
2, in one place (``OnrecordGroup.invoke``); a batch reports its unreadable inputs at the end.
Exit codes (docs/contract.md section 5) are decided in one function, ``exit_code``."""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from typing import IO, Any, Iterable, NoReturn

import click

from .safe_text import escape_controls
from .errors import ArchiveError, InputError, NotBuiltYet, OnrecordError, UsageError

EXIT_OK, EXIT_BAD_VERDICT, EXIT_INPUT = 0, 1, 2


def exit_code(verdicts: Iterable[Any] = (), input_errors: int = 0) -> int:
    """docs/contract.md section 5, the only place exit codes are decided: 2 when any input could not
    be read (the run is incomplete, whatever the verdicts of the rest); else 1 when any speech
    quote is drift, misattributed, out_of_context or not_found; else 0. ``verdicts`` are Verdicts or None
    (non-speech quotes)."""
    from .model import BAD_VERDICTS

    if input_errors:
        return EXIT_INPUT
    if any(v is not None and v.verdict in BAD_VERDICTS for v in verdicts):
        return EXIT_BAD_VERDICT
    return EXIT_OK


def error_line(err: BaseException) -> str:
    """One line, always: multi-line messages (a library's exception text) are folded."""
    return "Error: " + escape_controls(" ".join(str(err).split()))


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
            click.echo(escape_controls(f"Error: {' '.join(e.format_message().split())} (see: {where} --help)"), err=True)
            sys.exit(EXIT_INPUT)
        except OnrecordError as e:
            fail(e)
        except BrokenPipeError:  # `onrecord extract ... | head`: not an error of ours
            sys.stderr.close()
            sys.exit(0)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except sqlite3.DatabaseError as e:
            if not _DAMAGED.search(str(e)):
                _crash(e)  # a constraint or programming error is a bug, not damage
            # a partly damaged archive.db passes the open and fails on a later read
            fail(ArchiveError(f"the archive database is damaged or unreadable ({e}); remove that archive "
                              "under ONRECORD_HOME and add its sources again"))
        except Exception as e:  # a bug: exit 3, one line, the traceback in a log
            _crash(e)


_DAMAGED = __import__("re").compile(r"malformed|not a database|disk I/O|file is encrypted|unable to open")


def _crash(e: BaseException) -> NoReturn:
    from .crash import EXIT_CRASH, crash_line, write_crash_log

    click.echo(escape_controls(crash_line(e, write_crash_log(e))), err=True)
    sys.exit(EXIT_CRASH)


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


def _print_version(ctx: click.Context, _param: Any, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from .about import about

    click.echo(about().text())
    ctx.exit()


@click.group(cls=OnrecordGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
              help="Show the version and the models in use (spaCy, embeddings), then exit.")
def cli() -> None:
    """onrecord: find the original words behind every quotation.

    Extract the quotations of an article, attribute them to speakers, and verify each one
    against an archive of primary sources: verbatim, variation, drift, misattributed,
    out_of_context or not_found.

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

    One JSON object per document (docs/contract.md section 1), or a table, or CSV.

    \b
    Examples:
      onrecord extract article.txt
      onrecord extract articles/*.txt --format table
      onrecord extract https://example.org/story.html --published 2024-03-02
      cat article.txt | onrecord extract - --no-attribute --format csv
    """
    from . import pipeline
    from .report.jsonl import dumps, extract_record, quote_record

    pipeline.check_date(published, "--published")
    out = _stdout()
    errors: list[InputError] = []
    table_rows: list[dict[str, Any]] = []
    writer = None
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore")
        writer.writeheader()
    with _status(None, streams=fmt != "table") as status:
        for item in pipeline.extract(files, published=published, attribute=not no_attribute, status=status):
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


# verify -----------------------------------------------------------------------------------

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
    from . import pipeline
    from .report.jsonl import dumps, verdict_record

    claim_list = pipeline.load_claims(claims)
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
    help="Status on stderr: a live line on a terminal, else one line per stage (default); "
    "--progress forces the live line, --no-progress hides it.",
)
@click.option("--force", is_flag=True, help="Overwrite report files that already exist in an -o folder.")
@keep_text_option
@bank_corroboration_option
def check(
    articles: tuple[str, ...], sources: str | None, archive: str | None, published: str | None,
    translated: bool, fmt: str, output: str | None, progress: bool | None, keep_text: bool,
    bank: str | None,
    force: bool = False,
) -> None:
    """Extract every quotation of each ARTICLE and verify the speech quotes (docs/contract.md section 3).

    ARTICLE is a file (text, HTML, JSONL, WARC, PDF), a URL, - for stdin, or a folder (its
    readable files, sorted). Titles, scare quotes and terms are listed, not verified. A batch
    of several articles ends with a summary on stderr; an unreadable article is named there
    and the others are still reported.

    Exit 0 when every speech quote is verbatim or variation, 1 when any is drift,
    misattributed, out_of_context or not_found, 2 on bad usage or when any input could not be read.

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
    from .output import refuse_unsafe_target

    renderer = _check_renderer(fmt)
    pipeline.check_date(published, "--published")
    inputs = pipeline.expand_inputs(articles)
    refuse_unsafe_target(output, inputs, sources)  # -o never destroys an input or feeds the archive
    out_dir = _output_dir(output)
    atomic = None if out_dir else _open_output(output)
    fh = atomic.fh if atomic else None
    errors: list[InputError] = []
    results = []  # held only for a report rendered once over all articles
    verdicts = []
    summary = pipeline.BatchSummary()
    written: list[str] = []
    names: set[str] = set()
    stream = fmt == "jsonl" and not out_dir  # JSON Lines goes out as each article is done
    complete = False
    try:
        with _status(progress, streams=stream and fh is None) as status:
            arch = open_sources(sources, archive, status)
            if archive and output:
                refuse_unsafe_target(output, (), None, (i.path for i in arch.list()))
            for item in pipeline.check(inputs, archive=arch, published=published, translated=translated,
                                       bank=bank, status=status):
                summary.add(item)
                if len(inputs) > 1:  # a JSONL or WARC input holds several articles: never "12/3"
                    done = summary.articles + len(summary.unreadable)
                    status.count(done, max(len(inputs), done), "articles checked")
                if isinstance(item, InputError):
                    errors.append(item)
                    continue
                verdicts.extend(it.verdict for it in item.items)
                if out_dir:
                    try:
                        written.append(_write_one(out_dir, item, fmt, renderer, keep_text, names, force, inputs))
                    except UsageError as e:  # exists, is an input, cannot be written
                        errors.append(e)  # type: ignore[arg-type]  # named at the end, the batch goes on
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
        complete = not nothing
    finally:
        if atomic:
            # renamed over -o only when complete: Ctrl-C, a crash or nothing readable leaves the
            # previous report as it was
            atomic.finish(keep=complete)
    report_input_errors(errors)
    if written:
        click.echo(f"wrote {len(written)} report{'s' if len(written) != 1 else ''} to {out_dir}", err=True)
    # A batch ends with its summary; a single input's error line is already the whole story
    # (docs/contract.md section 5: one line).
    if summary.articles + len(errors) > 1:
        click.echo(_summary_line(summary.as_dict()), err=True)
    sys.exit(exit_code(verdicts, len(errors)))


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


_NAME_MAX = 100  # characters of a report file name before its suffix (file systems allow 255 bytes)


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
    if len(name) > _NAME_MAX:
        # a 300-character record id made a name the file system refused, and the batch died
        import hashlib

        name = name[: _NAME_MAX - 9] + "-" + hashlib.sha256(name.encode()).hexdigest()[:8]
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}-{n}"
    taken.add(candidate)
    return candidate + REPORT_SUFFIX[fmt]


def _write_one(out_dir: str, result: Any, fmt: str, renderer: Any, keep_text: bool, taken: set[str],
               force: bool = False, inputs: Any = ()) -> str:
    import os

    from .output import folder_target

    path = os.path.join(out_dir, _report_name(result.document.path, fmt, taken))
    folder_target(path, force, inputs)
    atomic = _open_output(path)
    assert atomic is not None
    ok = False
    try:
        renderer([result], atomic.fh, keep_text)
        ok = True
    finally:
        atomic.finish(keep=ok)
    return path


def _open_output(output: str | None) -> Any:
    from .output import AtomicFile

    return AtomicFile(output) if output else None


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
      onrecord sources archives
    """


def _archive_name_option(f: Any) -> Any:
    return click.option("--archive", "name", default="default", show_default=True, metavar="NAME", help="Archive name.")(f)


@sources.command("add")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@_archive_name_option
@click.option("--embeddings/--no-embeddings", default=None,
              help="A no-op, kept for compatibility: ingest never embeds; sentence vectors are "
                   "computed when a quotation reaches them and cached in the archive.")
def sources_add(paths: tuple[str, ...], name: str, embeddings: bool | None) -> None:
    """Add source files or folders to an archive (created if missing).

    \b
    Examples:
      onrecord sources add --archive harbour sources/
      onrecord sources add --archive harbour transcript.txt speech.html
      onrecord sources add --archive speeches corpus/speeches.jsonl
    """
    from . import pipeline

    with _status(None) as status:
        arch = pipeline.open_archive(archive=name, create=True, embed=embeddings)
        status.stage(f"adding to archive {name!r}: reading, splitting into sentences, indexing (nothing is embedded)")
        report = arch.add(list(paths))
    counts = {k: len(getattr(report, k, []) or []) for k in ("added", "updated", "unchanged", "unreadable")}
    click.echo(f"archive {name!r}: " + ", ".join(f"{v} {k}" for k, v in counts.items()), err=True)
    for path, reason in getattr(report, "unreadable", []) or []:
        click.echo(escape_controls(f"Error: {path}: {reason}"), err=True)
    for path in getattr(report, "own_outputs", []) or []:
        click.echo(escape_controls(f"Warning: {path}: an onrecord report, never read as a source (skipped)"), err=True)
    sys.exit(exit_code(input_errors=counts["unreadable"]))


@sources.command("list")
@_archive_name_option
def sources_list(name: str) -> None:
    """List the sources of an archive: one tab-separated line per document (each record of a
    JSON Lines or WARC file): path, status, date, speakers, outlet, title (or why a file is
    unreadable).

    \b
    Examples:
      onrecord sources list --archive harbour
    """
    from . import pipeline
    from .archive.listing import source_lines

    for line in source_lines(pipeline.open_archive(archive=name)):
        click.echo(escape_controls("\t".join(line.columns())))


@sources.command("archives")
def sources_archives() -> None:
    """List the archives under ONRECORD_HOME with their size: named archives and the indexes
    kept for folders given with --sources.

    \b
    Examples:
      onrecord sources archives
    """
    from .archive.listing import archives
    from .home import archives_dir

    found = archives(archives_dir())
    for info in found:
        click.echo("\t".join(info.columns()))
    if not found:
        click.echo(f"no archives in {archives_dir()}; create one with: onrecord sources add --archive NAME DIR", err=True)


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
            click.echo(escape_controls(f"removed {r}"))
        if not removed:
            missing += 1
            click.echo(escape_controls(f"Error: {path}: not in archive {name!r} "
                                       f"(see: onrecord sources list --archive {name})"), err=True)
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


@sources.command("reindex")
@click.option("--archive", "name", metavar="NAME", help="A named archive.")
@click.option("--sources", type=click.Path(), metavar="DIR", help="The archive of a folder given as --sources.")
def sources_reindex(name: str | None, sources: str | None) -> None:
    """Rebuild an archive's search index from its store (after a damaged-index error).

    Nothing is read from the source files; the index is built again from the documents the
    archive stored.

    \b
    Examples:
      onrecord sources reindex --archive harbour
      onrecord sources reindex --sources sources/
    """
    from . import pipeline

    stats = pipeline.reindex_archive(sources, name).stats()
    click.echo(f"reindexed {stats['files']} files: {stats['passages']} passages", err=True)


def open_sources(sources: str | None, archive: str | None, status: Any = None) -> Any:
    """Open the archive once in the CLI so unreadable sources can be reported by name (docs/contract.md
    section 4: the rest of the archive is still used, so they warn rather than fail). The flags
    are checked here: the library's own message names its parameters, not these flags."""
    from . import pipeline

    if sources is not None and archive is not None:
        raise UsageError("give --sources DIR or --archive NAME, not both")
    if sources is None and archive is None:
        raise UsageError("name the sources to check against: --sources DIR or --archive NAME")
    if status is None:
        arch = pipeline.open_archive(sources, archive)
    else:
        status.stage(f"opening the sources: {sources or archive} (new or changed files are indexed)")
        with status.paused():  # the archive draws its own bars on a terminal while it indexes
            arch = pipeline.open_archive(sources, archive)
    unreadable = getattr(arch, "unreadable", None)
    for path, reason in (unreadable() if callable(unreadable) else []):
        click.echo(escape_controls(f"Warning: source {path}: {reason} (skipped)"), err=True)
    for path in getattr(getattr(arch, "last_report", None), "own_outputs", []):
        click.echo(escape_controls(f"Warning: source {path}: an onrecord report, never read as a source (skipped)"),
                   err=True)
    return arch


def _status(progress: bool | None, streams: bool = False) -> Any:
    """The status line on stderr (onrecord.progress): live on a terminal, one line per stage
    otherwise; --progress forces the live line, --no-progress silences it (warnings stay).
    ``streams``: the command writes results to stdout while it works; when stdout is the same
    terminal, a live line would be redrawn over them, so the status goes line by line."""
    from .progress import Status

    live = True if progress else (False if streams and _stdout().isatty() else None)
    return Status(live=live, enabled=progress is not False)


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

    with _status(None) as status:
        report = run(gold, articles, status=status)
    _eval_output(report, fmt, baseline, mistakes)


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

    with _status(None) as status:
        report = run(claims, sources, status=status)
    _eval_output(report, fmt, baseline, mistakes)


# not built yet ----------------------------------------------------------------------------

def _later(module: str, name: str, what: str) -> Any:
    from .pipeline import _stage

    return _stage(module, name, what)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; any other than loopback needs ONRECORD_TOKEN for write requests.")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--archive", metavar="NAME", help="The archive checks use (default: 'default', created if missing).")
@click.option("--workers", type=int, default=None, help="Check worker processes (default 2; 0: in the server process).")
@click.option("--allow-private-urls", is_flag=True, help="Let the check page fetch loopback and private addresses.")
@click.option("--bank", type=click.Path(), metavar="BANK.db",
              help="A quote bank (onrecord mine): its search and quotation histories at /bank, and corroboration in checks.")
def serve(host: str, port: int, archive: str | None, workers: int | None, allow_private_urls: bool,
          bank: str | None) -> None:
    """Serve the web page for editors and the JSON API on HOST:PORT (docs/web.md).

    \b
    Examples:
      onrecord serve --archive harbour
      ONRECORD_TOKEN=secret onrecord serve --host 0.0.0.0 --port 8080
      onrecord serve --archive harbour --bank quotes.db
    """
    _later("web", "serve", "onrecord serve (the web app)")(
        host=host, port=port, archive=archive, workers=workers, allow_private_urls=allow_private_urls, bank=bank)


# mine and bank live in cli_mine.py (commands only: parse, one library call, render)
from .cli_mine import bank, mine  # noqa: E402  (after cli and exit_code exist)

cli.add_command(mine)
cli.add_command(bank)


def main() -> None:
    """Console entry point."""
    cli(prog_name="onrecord")


if __name__ == "__main__":  # pragma: no cover
    main()
