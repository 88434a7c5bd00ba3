"""No module-global mutable state (issue 9; style.md): a module-level list, dict or set is a
constant table, filled when the module is imported and never changed by a function after
that. The failure it prevents: drift.py kept a module-global vector cache keyed by document
id, so a second archive opened in the same process read the first one's vectors (tests/verify/
test_cascade.py::test_two_archives_in_one_process_do_not_share_vectors). State lives on an
object the caller owns (Archive, Encoder, Server), never in a module.

Scanned: every ``global`` statement, every mutation inside a function of a module-level
container (``X[k] = v``, ``del X[k]``, ``X.append(...)``, ``X += ...``), and every memo
decorator (``functools.lru_cache``/``cache``) on a module-level function. ALLOWED names the
exceptions, each with its reason."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "onrecord"

MUTABLE_CALLS = {"list", "dict", "set", "defaultdict", "OrderedDict", "Counter", "deque", "bytearray"}
MUTATORS = {"append", "extend", "add", "update", "pop", "popitem", "clear", "remove", "discard", "insert",
            "setdefault", "sort", "reverse", "move_to_end", "appendleft", "popleft"}
MEMOS = {"lru_cache", "cache"}

# (module path under src/onrecord, name): why it is allowed. A memo of a pure function holds
# no state a caller can observe: the same argument always gives the same answer.
ALLOWED: dict[tuple[str, str], str] = {
    ("extract/words.py", "_words"): "memo of a pure function (the words of a string; issue 16)",
    ("extract/classify.py", "_rules_for"): "memo of a pure function (the kind rules that can decide a quotation of n words; issue 16)",
    ("extract/lexicon.py", "letter_runs"): "memo of a pure function (the lowercased letter runs of a clause, read by several gates; issue 16)",
    ("extract/clauses.py", "_abbrev_end"): "memo of a pure function (a period after a string of at most 7 characters ends no sentence; issue 16)",
    ("names.py", "_name_tokens"): "memo of a pure function (the tokens of a name)",
    ("attribute/mentions.py", "_tokens"): "memo of a pure function (names._name_tokens as a tuple)",
    ("attribute/mentions.py", "_same"): "memo of a pure function (names.same_person)",
    ("attribute/name_forms.py", "cap_word"): "memo of a pure function (whether a token's text may be part of a name; round 19)",
    ("attribute/role_words.py", "_keeps_whole_role"): "memo of a pure function (a sought phrase keeps a role's complement; round 19)",
    ("attribute/role_words.py", "_own_words"): "memo of a pure function (a role's words before its complement; round 19)",
    ("attribute/role_words.py", "holds_office"): "memo of a pure function (a role holds an office as its own, not under a rank word; twenty-first session: the role matcher asks it for every role at each new phrase, as it did has_phrase)",
    ("attribute/cluster_names.py", "name_keys"): "memo of a pure function (the surname, given-name, word and acronym keys of a name; round 19)",
    ("text/equiv.py", "_canon_word"): "memo of a pure function (the canonical form of a word)",
    ("text/fold.py", "_fold_char"): "memo of a pure function (the folding of one character)",
    ("archive/encoder.py", "model_dim"): "memo of the bundled model's config (a file that never changes)",
    # Loaded models: read-only once loaded, the same for every caller, and too slow to load per
    # object (seconds). Nothing a caller does changes them; per-archive state (the vector
    # cache) lives on Encoder.
    ("archive/backends.py", "load_backend"): "the sentence model, loaded once per (kind, threads)",
    ("attribute/nlp.py", "_nlp"): "the spaCy pipeline, loaded once per process under a lock",
    ("attribute/nlp.py", "_blas"): "threadpoolctl's handle on the process's BLAS libraries, built once (round 29: 4 ms to build, 0.4 ms to limit through it)",
    ("attribute/ranker.py", "load_model"): "the speaker ranker's coefficients, read once per path (a file shipped with the package)",
    ("attribute/kind_model.py", "load_model"): "the kind model's coefficients, read once per path (a file shipped with the package; round 17)",
    ("attribute/calibration.py", "load_model"): "the speaker calibration's trees, read once per path (a file shipped with the package; round 27)",
}


def _mutable(value: ast.expr | None) -> bool:
    if isinstance(value, (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)):
        return True
    if isinstance(value, ast.Call):
        f = value.func
        return (getattr(f, "id", None) or getattr(f, "attr", None)) in MUTABLE_CALLS
    return False


def _module_tables(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and _mutable(node.value):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and _mutable(node.value) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def _locals(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Names a function binds itself (parameters and assignments): those shadow a module table."""
    out = {a.arg for a in fn.args.args + fn.args.kwonlyargs + fn.args.posonlyargs}
    out |= {x.arg for x in (fn.args.vararg, fn.args.kwarg) if x is not None}
    for node in ast.walk(fn):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            out.add(node.id)
    return out


def _root(node: ast.expr) -> str | None:
    while isinstance(node, (ast.Subscript, ast.Attribute)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def violations(path: Path) -> list[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    tables = _module_tables(tree)
    found: list[tuple[str, str]] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for d in node.decorator_list:
                target = d.func if isinstance(d, ast.Call) else d
                if (getattr(target, "id", None) or getattr(target, "attr", None)) in MEMOS:
                    found.append((node.name, "memo decorator"))
    for fn in ast.walk(tree):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        shadowed = _locals(fn)
        for node in ast.walk(fn):
            if isinstance(node, ast.Global):
                found += [(n, "global statement") for n in node.names]
            targets: list[ast.expr] = []
            if isinstance(node, (ast.Assign, ast.Delete)):
                targets = [t for t in node.targets if isinstance(t, ast.Subscript)]
            elif isinstance(node, ast.AugAssign):
                targets = [node.target]
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and node.func.attr in MUTATORS):
                targets = [node.func.value]
            for t in targets:
                name = _root(t)
                if name in tables and name not in shadowed:
                    found.append((name, f"changed in {fn.name}()"))
    return found


MODULES = sorted(p for p in SRC.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_global_mutable_state(path):
    rel = str(path.relative_to(SRC))
    bad = [(name, why) for name, why in violations(path) if (rel, name) not in ALLOWED]
    assert not bad, f"{rel}: module-global state {bad}; move it onto an object the caller owns"


def test_the_scan_finds_each_kind_of_state(tmp_path):
    p = tmp_path / "m.py"
    p.write_text(
        "import functools\n_CACHE = {}\n_SEEN = []\nTABLE = {'a': 1}\n"
        "for k in 'bc':\n    TABLE[k] = 2\n"  # filled at import: a constant table
        "def f(x):\n    _CACHE[x] = 1\n    _SEEN.append(x)\n"
        "def g():\n    global TABLE\n    TABLE = {}\n"
        "def h(_SEEN):\n    _SEEN.append(1)\n"  # a parameter, not the module's list
        "@functools.lru_cache(maxsize=None)\ndef memo(x):\n    return x\n",
        encoding="utf-8")
    assert sorted(violations(p)) == [("TABLE", "global statement"), ("_CACHE", "changed in f()"),
                                     ("_SEEN", "changed in f()"), ("memo", "memo decorator")]


def test_every_allowed_name_still_exists():
    # an exception outliving its code would hide a new one of the same name
    for rel, name in ALLOWED:
        assert name in (SRC / rel).read_text(encoding="utf-8"), (rel, name)
