"""The command line: a thin adapter, one module per command group (extract, verify, check,
sources, evaluate, serve, mine). This module holds what they share: the group with the one
error handler, exit codes, shared options, opening the sources and the status line. Each
command parses its options, calls one function of ``onrecord.pipeline`` (or ``onrecord.eval``),
and renders. No NLP, matching or SQL here.

Errors: every ``OnrecordError`` becomes one line ``Error: <input>: <reason>`` on stderr and exit
2, in one place (``OnrecordGroup.invoke``); a batch reports its unreadable inputs at the end.
Exit codes (docs/contract.md section 5) are decided in one function, ``exit_code``."""

from __future__ import annotations

import sqlite3
import sys
from typing import IO, Any, Iterable, NoReturn

import click

from ..safe_text import escape_controls
from ..errors import ArchiveError, BankError, InputError, OnrecordError, UsageError

EXIT_OK, EXIT_BAD_VERDICT, EXIT_INPUT = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for a command stopped by Ctrl-C


def exit_code(verdicts: Iterable[Any] = (), input_errors: int = 0) -> int:
    """docs/contract.md section 5, the only place exit codes are decided: 2 when any input could not
    be read (the run is incomplete, whatever the verdicts of the rest); else 1 when any speech
    quote is drift, misattributed, out_of_context or not_found; else 0. ``verdicts`` are Verdicts or None
    (non-speech quotes)."""
    from ..model import BAD_VERDICTS

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
        except KeyboardInterrupt:
            # Ctrl-C: click said "Aborted!" and exited 1, which means "a quotation needs
            # attention" (issue 10); 130 is the shell's code for a run stopped by SIGINT. The
            # -o report was written under a temporary name, so the previous one is intact.
            click.echo("Interrupted (Ctrl-C): nothing more was written", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:  # `onrecord extract ... | head`: not an error of ours
            sys.stderr.close()
            sys.exit(0)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except sqlite3.DatabaseError as e:
            if not _DAMAGED.search(str(e)):
                _crash(e)  # a constraint or programming error is a bug, not damage
            # a partly damaged archive.db (or quote bank) passes the open and fails on a later read
            from ..archive.store import DAMAGED_DB_REMEDY

            path, bank = _database_of(e)
            if bank:  # a damaged --bank file is the user's input, not an archive to remove
                fail(BankError(f"the quote bank is damaged or unreadable ({e}); build it again with onrecord mine",
                               path=path))
            fail(ArchiveError(f"the archive database is damaged or unreadable ({e}); {DAMAGED_DB_REMEDY}", path=path))
        except Exception as e:  # a bug: exit 3, one line, the traceback in a log
            _crash(e)


_DAMAGED = __import__("re").compile(r"malformed|not a database|disk I/O|file is encrypted|unable to open")


def _database_of(e: BaseException) -> tuple[str | None, bool]:
    """The file of the SQLite database a DatabaseError came from (or None), and whether it is a
    quote bank. sqlite3's errors name no file, and a page overwritten inside archive.db fails in
    whichever query first reads it, long after the open (which names the path). The innermost
    frame holding a connection (a local one, or an archive's ``db``) names it through PRAGMA
    database_list, which reads no page of the damaged file; a quote bank names its own path.
    ``vars``, not getattr: no property runs while an error is reported."""
    import traceback

    from ..bank.store import Bank

    for frame, _ in reversed(list(traceback.walk_tb(e.__traceback__))):
        for value in frame.f_locals.values():
            fields = getattr(value, "__dict__", {})
            if isinstance(value, Bank) and isinstance(fields.get("path"), str):
                return fields["path"], True  # its connection may be closed by now (pipeline.extract)
            con = value if isinstance(value, sqlite3.Connection) else fields.get("db")
            if not isinstance(con, sqlite3.Connection):
                continue
            try:
                files = [row[2] for row in con.execute("PRAGMA database_list") if row[1] == "main" and row[2]]
            except sqlite3.Error:
                continue
            if files:
                return files[0], False
    return None, False


def _crash(e: BaseException) -> NoReturn:
    from ..crash import EXIT_CRASH, crash_line, write_crash_log

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


def bank_credit_option(f: Any) -> Any:
    return click.option(
        "--bank", type=click.Path(), metavar="BANK.db",
        help="A quote bank (onrecord mine): a speech quotation the article credits to nobody gets the speaker"
             " other reports of the same words name, when this article names that person too.",
    )(f)


def keep_text_option(f: Any) -> Any:
    return click.option(
        "--keep-text",
        is_flag=True,
        help="Include each document's text in JSON output (always included for HTML, URL, WARC, JSONL, PDF and stdin).",
    )(f)


def precise_speakers_option(f: Any) -> Any:
    from ..thresholds.learned import CALIBRATION

    return click.option(
        "--precise-speakers",
        is_flag=True,
        help=f"Show a speaker's name only when it is likely right (calibrated probability at least "
             f"{CALIBRATION.precise_names:g}; on real news no rule or threshold was tuned on, about one shown "
             f"name in eighteen was then wrong instead of one in eight); the others are left null.",
    )(f)


def speaker_options(precise_speakers: bool) -> Any:
    """The pipeline options for ``--precise-speakers`` (None: the defaults)."""
    from ..options import precise_speakers as precise

    return precise() if precise_speakers else None


def _print_version(ctx: click.Context, _param: Any, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from ..about import about

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


def open_sources(sources: str | None, archive: str | None, status: Any = None) -> Any:
    """Open the archive once in the CLI so unreadable sources can be reported by name (docs/contract.md
    section 4: the rest of the archive is still used, so they warn rather than fail). The flags
    are checked here: the library's own message names its parameters, not these flags."""
    from .. import pipeline

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
    if getattr(arch, "index_rebuilt", False):
        click.echo(escape_controls(f"Warning: archive {sources or archive}: its search index was missing and has "
                                   "been rebuilt from the archive's store"), err=True)
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
    from ..progress import Status

    live = True if progress else (False if streams and _stdout().isatty() else None)
    return Status(live=live, enabled=progress is not False)


# The commands register themselves on ``cli`` when imported (after the helpers above exist).
from . import check, evaluate, extract, serve, sources, verify  # noqa: E402,F401
from .mine import bank, mine  # noqa: E402

cli.add_command(mine)
cli.add_command(bank)


def main() -> None:
    """Console entry point."""
    cli(prog_name="onrecord")


if __name__ == "__main__":  # pragma: no cover
    main()
