"""``onrecord serve``: the web page for editors and the JSON API (docs/web.md)."""

from __future__ import annotations

from typing import Any

import click

from . import cli


def _later(module: str, name: str, what: str) -> Any:
    from ..pipeline import _stage

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
