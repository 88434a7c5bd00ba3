"""``onrecord serve``: the web page for editors and the JSON API, over the same pipeline calls
as the command line. FastAPI and uvicorn are the ``web`` extra (``pip install 'onrecord[web]'``);
they are imported only here, when the server starts.

Modules: ``app`` (routes), ``service`` (the server object the routes call), ``workers`` (the
check processes), ``store`` (history and uploads, one writer), ``fetch`` (safe URL fetches),
``guard`` (the error envelope, size limit, token), ``pages`` (HTML)."""

from __future__ import annotations

import os
from typing import Any

from ..errors import NotBuiltYet


def _need_web() -> None:
    try:
        import fastapi  # noqa: F401
        import fastapi_offline  # noqa: F401  (/docs without a CDN)
        import python_multipart  # noqa: F401  (uploads)
        import uvicorn  # noqa: F401
    except ImportError as e:
        raise NotBuiltYet(f"onrecord serve needs the web extra ({e.name} is missing): "
                          "pip install 'onrecord[web]'") from None


def make_app(**settings: Any) -> Any:
    """The FastAPI app for ``ServerConfig(**settings)`` (tests and ASGI servers use this)."""
    _need_web()
    from .app import create_app
    from .service import ServerConfig

    return create_app(ServerConfig(**settings))


def serve(host: str = "127.0.0.1", port: int = 8000, archive: str | None = None,
          allow_private_urls: bool = False, workers: int | None = None, bank: str | None = None) -> None:
    """Run the server until interrupted. The token for write requests comes from ONRECORD_TOKEN
    (required when ``host`` is not a loopback address). ``bank`` (a quote bank file) adds the
    quote bank's pages and corroboration in checks."""
    _need_web()
    import uvicorn

    from .service import DEFAULT_ARCHIVE, ServerConfig
    from ..thresholds.web import WebOptions

    config = ServerConfig(host=host, port=port, archive=archive or DEFAULT_ARCHIVE,
                          token=os.environ.get("ONRECORD_TOKEN") or None,
                          allow_private_urls=allow_private_urls,
                          workers=WebOptions().workers if workers is None else workers, bank=bank)
    config.validate()  # before the models load: a missing token is a one-line error at once
    from .app import create_app

    uvicorn.run(create_app(config), host=host, port=port, log_level="warning")
