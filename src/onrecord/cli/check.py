"""``onrecord check``: extract, attribute and verify each article, and write its report
(docs/contract.md section 3); the report file naming and renderers of ``-o``."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any

import click

from ..errors import InputError, UsageError
from ..safe_text import escape_controls
from . import (_status, _stdout, archive_options, bank_corroboration_option, cli, exit_code, keep_text_option,
               open_sources, precise_speakers_option, published_option, report_input_errors, speaker_options)


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
@precise_speakers_option
def check(
    articles: tuple[str, ...], sources: str | None, archive: str | None, published: str | None,
    translated: bool, fmt: str, output: str | None, progress: bool | None, keep_text: bool,
    bank: str | None,
    force: bool = False, precise_speakers: bool = False,
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
    from .. import pipeline

    # Everything that can fail fast does so before the slow work: the renderer, the date, and
    # the output (a typo in -o used to cost a full check, then a traceback).
    from ..output import refuse_unsafe_target

    if output == "-":  # the usual spelling of stdout: it wrote a file named "-" (issue 10)
        output = None
    from ..report.registry import check_renderer

    renderer = check_renderer(fmt)
    pipeline.check_date(published, "--published")
    inputs = pipeline.expand_inputs(articles)
    refuse_unsafe_target(output, inputs, sources)  # -o never destroys an input or feeds the archive
    out_dir = _output_dir(output)
    atomic = None if out_dir else _open_output(output)
    b = _Batch(pipeline.BatchSummary(), inputs, renderer, fmt, keep_text, force, out_dir,
               stream=fmt == "jsonl" and not out_dir, fh=atomic.fh if atomic else None)
    complete = False
    try:
        _check_all(b, sources, archive, output, progress,
                   dict(published=published, translated=translated, bank=bank,
                        options=speaker_options(precise_speakers)))
        # Nothing readable (a mistyped file name): the one-line error is the whole answer, not
        # an empty report ("0 quotations") on stdout or an empty page left behind by -o.
        nothing = b.summary.articles == 0 and bool(b.errors)
        if not out_dir and not b.stream and not nothing:
            renderer(b.results, b.fh or _stdout(), keep_text)
        complete = not nothing
    finally:
        if atomic:
            # renamed over -o only when complete: Ctrl-C, a crash or nothing readable leaves the
            # previous report as it was
            atomic.finish(keep=complete)
    _end_batch(b.errors, b.written, out_dir, b.summary)
    sys.exit(exit_code(b.verdicts, len(b.errors)))


def _check_all(b: "_Batch", sources: str | None, archive: str | None, output: str | None,
               progress: bool | None, check_args: dict) -> None:
    """Check every input of the batch into ``b``, with the status display on stderr."""
    from .. import pipeline
    from ..output import refuse_unsafe_target

    with _status(progress, streams=b.stream and b.fh is None) as status:
        arch = open_sources(sources, archive, status)
        if archive and output:
            refuse_unsafe_target(output, (), None, (i.path for i in arch.list()))
        for item in pipeline.check(b.inputs, archive=arch, status=status, **check_args):
            b.take(item, status)


@dataclass
class _Batch:
    """What one ``check`` run gathers article by article, and where each report goes: a file
    per article in ``out_dir``, streamed JSON Lines, or ``results`` rendered once at the end."""

    summary: Any
    inputs: list
    renderer: Any
    fmt: str
    keep_text: bool
    force: bool
    out_dir: Any
    stream: bool  # JSON Lines goes out as each article is done
    fh: Any
    errors: list = field(default_factory=list)  # InputError, and UsageError of an -o file
    results: list = field(default_factory=list)  # held only for a report rendered once over all articles
    verdicts: list = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    names: set[str] = field(default_factory=set)

    def take(self, item, status) -> None:
        """One checked article (or unreadable input) from the pipeline."""
        _count(self.summary, item, len(self.inputs), status)
        if isinstance(item, InputError):
            self.errors.append(item)
            return
        self.verdicts.extend(it.verdict for it in item.items)
        if self.out_dir:
            try:
                self.written.append(_write_one(self.out_dir, item, self.fmt, self.renderer, self.keep_text,
                                               self.names, self.force, self.inputs))
            except UsageError as e:  # exists, is an input, cannot be written
                self.errors.append(e)  # named at the end, the batch goes on
        elif self.stream:
            self.renderer([item], self.fh or _stdout(), self.keep_text)
            (self.fh or _stdout()).flush()
        else:
            self.results.append(item)


def _count(summary, item, n_inputs: int, status) -> None:
    """Count an article (or an unreadable input) in the batch summary and the status line."""
    summary.add(item)
    if n_inputs > 1:  # a JSONL or WARC input holds several articles: never "12/3"
        done = summary.articles + len(summary.unreadable)
        status.count(done, max(n_inputs, done), "articles checked")


def _end_batch(errors: list, written: list[str], out_dir, summary) -> None:
    """Name the inputs that failed, the report files written, and the batch summary on stderr."""
    report_input_errors(errors)
    if written:
        click.echo(escape_controls(f"wrote {len(written)} report{'s' if len(written) != 1 else ''} to {out_dir}"), err=True)
    # A batch ends with its summary; a single input's error line is already the whole story
    # (docs/contract.md section 5: one line).
    if summary.articles + len(errors) > 1:
        # escaped, not left to click.echo, which strips ESC sequences (a name became another name)
        click.echo(escape_controls(_summary_line(summary.as_dict())), err=True)


def _summary_line(s: dict[str, Any]) -> str:
    """One line for the end of a batch: "Summary: 3 articles, 24 quotations (19 speech):
    12 verbatim, 3 variation, ...; 1 unreadable: a.txt (not valid UTF-8 ...)"."""
    from ..report.summary import LABELS

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

    from ..output import folder_target

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
    from ..output import AtomicFile

    return AtomicFile(output) if output else None
