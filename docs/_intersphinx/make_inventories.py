"""Write the offline intersphinx inventories in this folder.

Sphinx fetches the real inventories of Python, attrs and cattrs when it can; these
small files are its fallback where the network is closed (CI).  They list only the
objects natobrief's documentation links to, with the addresses the real inventories
give them.  Regenerate after adding a link:  python docs/_intersphinx/make_inventories.py
"""

from __future__ import annotations

import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

INVENTORIES = {
    "python": ("Python", "3", [
        ("str", "py:class", "library/stdtypes.html#str"),
        ("int", "py:class", "library/functions.html#int"),
        ("float", "py:class", "library/functions.html#float"),
        ("bool", "py:class", "library/functions.html#bool"),
        ("bytes", "py:class", "library/stdtypes.html#bytes"),
        ("tuple", "py:class", "library/stdtypes.html#tuple"),
        ("list", "py:class", "library/stdtypes.html#list"),
        ("dict", "py:class", "library/stdtypes.html#dict"),
        ("type", "py:class", "library/functions.html#type"),
        ("slice", "py:class", "library/functions.html#slice"),
        ("object", "py:class", "library/functions.html#object"),
        ("ValueError", "py:exception", "library/exceptions.html#ValueError"),
        ("OSError", "py:exception", "library/exceptions.html#OSError"),
        ("KeyError", "py:exception", "library/exceptions.html#KeyError"),
        ("TypeError", "py:exception", "library/exceptions.html#TypeError"),
        ("datetime.date", "py:class", "library/datetime.html#datetime.date"),
        ("enum.Enum", "py:class", "library/enum.html#enum.Enum"),
        ("os.PathLike", "py:class", "library/os.html#os.PathLike"),
        ("pathlib.Path", "py:class", "library/pathlib.html#pathlib.Path"),
        ("typing.Any", "py:data", "library/typing.html#typing.Any"),
        ("typing.IO", "py:class", "library/typing.html#typing.IO"),
        ("typing.Final", "py:data", "library/typing.html#typing.Final"),
        ("collections.abc.Iterable", "py:class", "library/collections.abc.html#collections.abc.Iterable"),
        ("collections.abc.Iterator", "py:class", "library/collections.abc.html#collections.abc.Iterator"),
        ("collections.abc.Sequence", "py:class", "library/collections.abc.html#collections.abc.Sequence"),
        ("concurrent.futures.ProcessPoolExecutor", "py:class", "library/concurrent.futures.html#concurrent.futures.ProcessPoolExecutor"),
        ("pickle", "py:module", "library/pickle.html#module-pickle"),
        ("json", "py:module", "library/json.html#module-json"),
        ("csv", "py:module", "library/csv.html#module-csv"),
    ]),
    "attrs": ("attrs", "stable", [
        ("attrs.frozen", "py:function", "api.html#attrs.frozen"),
        ("attrs.evolve", "py:function", "api.html#attrs.evolve"),
        ("attrs.fields", "py:function", "api.html#attrs.fields"),
    ]),
    "cattrs": ("cattrs", "stable", [
        ("cattrs.Converter", "py:class", "cattrs.html#cattrs.Converter"),
        ("cattrs.transform_error", "py:function", "cattrs.html#cattrs.transform_error"),
    ]),
}  # fmt: skip


def main() -> None:
    for name, (project, version, entries) in INVENTORIES.items():
        header = (
            "# Sphinx inventory version 2\n"
            f"# Project: {project}\n"
            f"# Version: {version}\n"
            "# The remainder of this file is compressed using zlib.\n"
        ).encode()
        body = "".join(f"{obj} {role} 1 {uri} -\n" for obj, role, uri in entries).encode()
        (HERE / f"{name}.inv").write_bytes(header + zlib.compress(body))
        print(f"wrote {name}.inv ({len(entries)} entries)")


if __name__ == "__main__":
    main()
