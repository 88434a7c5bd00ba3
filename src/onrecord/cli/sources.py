"""``onrecord sources``: named archives of source documents (add, list, archives, remove,
stats, reindex)."""

from __future__ import annotations

import sys
from typing import Any

import click

from ..safe_text import escape_controls
from . import OnrecordGroup, _status, cli, exit_code


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
    from .. import pipeline

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
    from .. import pipeline
    from ..archive.listing import source_lines

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
    from ..archive.listing import archives
    from ..home import archives_dir

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
    from .. import pipeline

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
    from .. import pipeline

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
    from .. import pipeline

    stats = pipeline.reindex_archive(sources, name).stats()
    click.echo(f"reindexed {stats['files']} files: {stats['passages']} passages", err=True)
