"""The FastAPI app: routes only. Each parses its request, calls one ``Server`` method, renders.

JSON in the contract's shapes (docs/contract.md): ``/api/extract`` answers a section 1 object,
``/api/verify`` section 2 objects, ``/api/check`` a section 3 object with ``check_id``,
``link`` and ``summary`` added. Every failure is the one envelope of ``guard.py``."""

from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import asdict
from typing import Any, Optional

from fastapi import Depends, FastAPI, File, Form, Query, UploadFile
from fastapi.responses import HTMLResponse, Response
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, Field

from .. import __version__
from ..errors import UnknownCheck, UsageError
from ..model import Claim
from . import bank_pages, guard, pages
from .service import CheckInput, Server, ServerConfig

# The pages load only the app's own CSS and script; the stored reports carry their own policy
# (inline only, no requests), so this header is for the form, sources and history pages.
PAGE_CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'"


class ArticleIn(BaseModel):
    text: Optional[str] = Field(None, description="The article's text (or give url).")
    url: Optional[str] = Field(None, description="An http(s) address of the article (or give text).")
    published: Optional[str] = Field(None, description="Publication date, YYYY-MM-DD.")
    translated: bool = Field(False, description="The article is a translation (editor's note wording).")
    precise_speakers: bool = Field(False, description="Show a speaker only when the calibrated probability that "
                                   "the name is right reaches the --precise-speakers threshold; others null.")
    name: Optional[str] = Field(None, description="A name for the pasted text, shown in the report.")


class ExtractIn(ArticleIn):
    attribute: bool = Field(True, description="Attribute speakers (false: faster, speaker fields empty).")


class ClaimIn(BaseModel):
    id: str
    quote: str
    speaker: Optional[str] = None
    date_hint: Optional[str] = None
    outlet_hint: Optional[str] = None


class VerifyIn(BaseModel):
    claims: list[ClaimIn]


def _article(body: ArticleIn) -> CheckInput:
    return CheckInput(text=body.text, url=body.url, published=body.published, translated=body.translated,
                      name=body.name, precise_speakers=body.precise_speakers)


def create_app(config: ServerConfig) -> FastAPI:
    """The app for one server; the worker pool starts with the app and stops with it."""
    server = Server(config)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        server.start()
        try:
            yield
        finally:
            server.close()

    # FastAPIOffline: /docs with Swagger UI served by the app itself. FastAPI's own /docs loads
    # it from a CDN, so on a newsroom machine without internet the API page stayed blank.
    app = FastAPIOffline(title="onrecord", version=__version__, lifespan=lifespan, redoc_url=None,
                         description="Extract quotations, attribute them and verify them against an archive of sources.")
    app.state.server = server
    guard.install(app)
    app.add_middleware(guard.SizeLimit, limit=config.options.max_request_bytes)
    write = [Depends(guard.token_checker(config.token, config.token_required))]
    _api_routes(app, server, write)
    _page_routes(app, server)
    return app


def _api_routes(app: FastAPI, server: Server, write: list) -> None:
    """The JSON API: the contract's extract, verify and check; the sources; the quote bank.
    ``write`` holds the token dependency of every route that changes something."""
    _contract_routes(app, server, write)
    _source_routes(app, server, write)
    _bank_routes(app, server)


def _contract_routes(app: FastAPI, server: Server, write: list) -> None:
    @app.get("/api/health", tags=["api"])
    def health() -> dict:
        return server.health()

    @app.post("/api/extract", tags=["api"], dependencies=write)
    def extract(body: ExtractIn) -> dict:
        """Contract section 1: the quotations of one article, with speakers."""
        return server.extract(_article(body), attribute=body.attribute)

    @app.post("/api/verify", tags=["api"], dependencies=write)
    def verify(body: VerifyIn) -> dict:
        """Contract section 2: one verdict per claim, in order."""
        claims = [Claim(id=c.id, quote=c.quote, speaker=c.speaker or None, date_hint=c.date_hint,
                        outlet_hint=c.outlet_hint) for c in body.claims]
        return {"verdicts": server.verify(claims)}

    @app.post("/api/check", tags=["api"], dependencies=write)
    def check(body: ArticleIn) -> dict:
        """Contract section 3 for one article (text or URL), stored in the history."""
        return server.check(_article(body))

    @app.post("/api/check/file", tags=["api"], dependencies=write)
    def check_file(file: UploadFile = File(...), published: Optional[str] = Form(None),
                   translated: bool = Form(False), precise_speakers: bool = Form(False)) -> dict:
        """Contract section 3 for an uploaded .txt, .html or .pdf file."""
        data = file.file.read()
        return server.check(CheckInput(upload=data, name=file.filename, published=published or None,
                                       translated=translated, precise_speakers=precise_speakers))

    @app.get("/api/checks", tags=["api"])
    def checks() -> dict:
        return {"checks": server.checks()}

    @app.get("/api/checks/{check_id}", tags=["api"])
    def get_check(check_id: str) -> dict:
        c = server.get_check(check_id)
        return {**c.record, "check_id": c.id, "link": f"/checks/{c.id}", "created_at": c.created_at,
                "archive": c.archive, "translated": c.translated, "summary": c.summary}


def _source_routes(app: FastAPI, server: Server, write: list) -> None:
    @app.get("/api/sources", tags=["api"])
    def sources(q: Optional[str] = Query(None, description="Words that must all appear in a source's "
                                                              "name, title, speakers, date or outlet.")) -> dict:
        return {"archive": server.config.archive, "sources": server.sources(q)}

    @app.post("/api/sources", tags=["api"], dependencies=write)
    def add_sources(files: list[UploadFile] = File(...)) -> dict:
        return server.add_sources([(f.filename or "upload", f.file.read()) for f in files])

    @app.delete("/api/sources", tags=["api"], dependencies=write)
    def remove_source(path: str = Query(..., description="The source's path, as /api/sources lists it.")) -> dict:
        return {"removed": server.remove_source(path)}


def _bank_routes(app: FastAPI, server: Server) -> None:
    @app.get("/api/bank/search", tags=["bank"])
    def bank_search(q: str = Query("", description="Words that must all appear in a form of the quotation."),
                    speaker: Optional[str] = Query(None, description="Said by this person (any mention of the name)."),
                    since: Optional[str] = Query(None, description="Reported on or after this date, YYYY-MM-DD."),
                    limit: Optional[int] = Query(None, ge=1, description="At most this many (capped by the server).")) -> dict:
        """Clusters of the quote bank (``onrecord serve --bank``), most reported first."""
        return {"clusters": [asdict(c) for c in server.bank_search(q, speaker, since, limit)]}

    @app.get("/api/bank/clusters/{cluster_id}", tags=["bank"])
    def bank_cluster(cluster_id: int) -> dict:
        """One quotation's history: variants by first appearance with word diffs against the
        earliest form, speakers with counts, outlets with their first and last reports."""
        from ..bank.render import history_record

        return history_record(server.bank_history(cluster_id))


def _page(html: str, csp: bool = True) -> HTMLResponse:
    headers = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
    if csp:
        headers["Content-Security-Policy"] = PAGE_CSP
    return HTMLResponse(html, headers=headers)


def _page_routes(app: FastAPI, server: Server) -> None:
    cfg = server.config

    def page(title: str, body: str, active: str) -> HTMLResponse:
        return _page(pages.layout(title, body, active=active, archive=cfg.archive, token_required=cfg.token_required,
                                  bank=cfg.bank is not None))

    @app.get("/", include_in_schema=False)
    def index() -> HTMLResponse:
        return page("check an article", pages.check_form(), "/")

    @app.get("/sources", include_in_schema=False)
    def sources_page() -> HTMLResponse:
        return page("sources", pages.sources_body(), "/sources")

    @app.get("/history", include_in_schema=False)
    def history_page() -> HTMLResponse:
        return page("history", pages.history_body(server.checks()), "/history")

    @app.get("/checks/{check_id}", include_in_schema=False)
    def check_page(check_id: str) -> HTMLResponse:
        c = server.get_check(check_id)
        return _page(pages.report_page(c.html, c.archive, bank=cfg.bank is not None), csp=False)

    @app.get("/bank", include_in_schema=False)
    def bank_page(q: str = "", speaker: str = "", since: str = "") -> HTMLResponse:
        server.require_bank()  # without one: the envelope (404) saying how to start with a bank
        try:  # nothing asked: the most reported quotations, a place to start browsing
            rows, error = server.bank_search(q, speaker, since), None
        except UsageError as e:  # a bad date or no words: said on the page, beside the form
            rows, error = None, str(e)
        asked = bool(q.strip() or speaker.strip() or since.strip())
        return page("quote bank", bank_pages.search_body(rows, q, speaker, since, error, asked=asked), "/bank")

    @app.get("/bank/{cluster_id}", include_in_schema=False)
    def bank_cluster_page(cluster_id: int, q: str = "", speaker: str = "", since: str = "") -> HTMLResponse:
        h = server.bank_history(cluster_id)
        back = {"q": q, "speaker": speaker, "since": since}
        return page(f"quotation {cluster_id}", bank_pages.history_body(h, back), "/bank")

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in pages.ASSETS:
            raise UnknownCheck(f"no such file: /static/{name}")
        return Response(pages.asset(name), media_type=pages.ASSETS[name],
                        headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"})
