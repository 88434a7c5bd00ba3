"""Shared fixtures of the verify tests."""

from __future__ import annotations

import pytest

from onrecord.archive import Archive


@pytest.fixture(scope="session")
def source_archive(tmp_path_factory):
    """Builds an archive from {file name: text}: the sources each verify test module checks
    against (one module-scoped archive a module, built once)."""

    def build(files: dict[str, str]) -> Archive:
        d = tmp_path_factory.mktemp("src")
        for name, text in files.items():
            (d / name).write_text(text, encoding="utf-8")
        a = Archive.open(tmp_path_factory.mktemp("arch"))
        a.add([d], progress=False)
        return a

    return build


@pytest.fixture(scope="module")
def archive(request, source_archive):
    """The archive of the requesting module's ``SOURCES`` ({file name: text}), built once a
    module: every verify test module that checks quotes against its own invented sources
    (the splice, unclosed-quotation, drift, guard, ... tests) wrote this fixture out again."""
    sources = getattr(request.module, "SOURCES", None)
    if sources is None:
        pytest.fail(f"{request.module.__name__} uses the archive fixture but defines no SOURCES")
    return source_archive(sources)
