"""The public face: every name in ``natobrief.__all__`` is documented in the API reference."""

from __future__ import annotations

import ast
import inspect
import itertools
import re
from pathlib import Path

import natobrief as nb

ROOT = Path(__file__).resolve().parent.parent
API = (ROOT / "docs" / "api.rst").read_text(encoding="utf-8")
DIRECTIVE = re.compile(r"^\.\. auto(?:class|function|data|exception):: natobrief\.(\w+)$", re.M)


def attribute_docs() -> dict[str, str]:
    """Docstrings written under module-level assignments in natobrief's sources."""
    docs = {}
    for path in (ROOT / "src" / "natobrief").glob("*.py"):
        body = ast.parse(path.read_text(encoding="utf-8")).body
        for node, after in itertools.pairwise(body):
            target = getattr(node, "target", None) or (getattr(node, "targets", None) or [None])[0]
            if (
                isinstance(target, ast.Name)
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
            ):
                docs[target.id] = str(after.value.value)
    return docs


def test_every_public_name_is_in_the_api_reference() -> None:
    documented = set(DIRECTIVE.findall(API))
    assert set(nb.__all__) == documented


def test_every_public_name_has_a_docstring() -> None:
    data_docs = attribute_docs()
    for name in nb.__all__:
        obj = getattr(nb, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert (obj.__doc__ or "").strip(), name
        else:
            assert data_docs.get(name, "").strip(), name


def test_every_model_field_has_a_docstring() -> None:
    for path in [ROOT / "src" / "natobrief" / "_model.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [n for n in tree.body if isinstance(n, ast.ClassDef)]:
            for node, after in itertools.pairwise(cls.body):
                if isinstance(node, (ast.AnnAssign, ast.Assign)):
                    documented = isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant)
                    assert documented, (cls.name, ast.dump(node)[:80])
