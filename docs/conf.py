"""Sphinx configuration for natobrief's documentation (also used by Read the Docs)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

import natobrief  # noqa: E402

project = "natobrief"
author = "The natobrief developers"
copyright = "2026, the natobrief developers"
release = natobrief.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
]

html_theme = "furo"
html_title = f"natobrief {release}"
exclude_patterns = ["_build", "_intersphinx"]

autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "undoc-members": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# Links to Python, attrs and cattrs.  Each inventory is fetched from its site; where
# the network is closed (as on CI), a local copy of the few entries these pages link
# to is used instead (docs/_intersphinx/, written by make_inventories.py).
_LOCAL = HERE / "_intersphinx"
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", (None, str(_LOCAL / "python.inv"))),
    "attrs": ("https://www.attrs.org/en/stable", (None, str(_LOCAL / "attrs.inv"))),
    "cattrs": ("https://catt.rs/en/stable", (None, str(_LOCAL / "cattrs.inv"))),
}
intersphinx_timeout = 10

nitpicky = True
# The type variable of from_dict/from_json/iter_jsonl ("the model class you ask for")
# has no page of its own.
nitpick_ignore = [("py:class", "natobrief._serialize.T")]

doctest_global_setup = """
import natobrief
from pathlib import Path
SEED = Path("seeds/2024-07-06-washington-summit-preview.txt")
if not SEED.exists():
    SEED = Path("../seeds/2024-07-06-washington-summit-preview.txt")
"""
