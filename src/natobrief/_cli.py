"""The command line: ``natobrief parse``, ``natobrief schema``, ``natobrief --version``.

Results go to standard output, diagnostics to standard error as
``file:line:column: message``.  Exit status: 0 on success, 1 when a file could not be
read or (with ``--strict``) had a problem, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Final

from natobrief import __version__
from natobrief._errors import BriefParseError
from natobrief._model import Briefing
from natobrief._parser import iter_briefings, parse, parse_file
from natobrief._render import render_html
from natobrief._schema import json_schema
from natobrief._serialize import MODEL_CLASSES, to_dict, to_json
from natobrief._tabular import COMMITMENT_COLUMNS, commitment_records

__all__ = ["main"]

FORMATS: Final = ("json", "jsonl", "csv", "text", "html")
_STDIN: Final = "-"


def _parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="natobrief",
        description="Turn NATO news briefs into typed, source-grounded data.",
    )
    top.add_argument("--version", action="version", version=f"natobrief {__version__}")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse_cmd = commands.add_parser("parse", help="parse briefs and print what they hold")
    parse_cmd.add_argument(
        "files", nargs="+", metavar="FILE", help="brief files to read; '-' reads standard input"
    )
    parse_cmd.add_argument("--format", choices=FORMATS, default="json", help="output format (default: json)")
    parse_cmd.add_argument(
        "--strict", action="store_true", help="stop a file at its first problem and exit 1"
    )
    parse_cmd.add_argument(
        "--stream",
        action="store_true",
        help="read each input as a stream of many briefs, each starting with its 'date' header",
    )

    schema_cmd = commands.add_parser("schema", help="print the JSON Schema of the serialized model")
    names = sorted(cls.__name__ for cls in MODEL_CLASSES)
    schema_cmd.add_argument(
        "--class", dest="cls", choices=names, default="Briefing", help="the model class (default: Briefing)"
    )
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (``sys.argv[1:]`` by default); return the exit status."""
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except BrokenPipeError:
        # the reader went away (``natobrief parse ... | head``): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _run(args: argparse.Namespace) -> int:
    if args.command == "schema":
        cls = next(c for c in MODEL_CLASSES if c.__name__ == args.cls)
        print(json.dumps(json_schema(cls), indent=2, ensure_ascii=False))
        return 0
    return _parse_command(args.files, args.format, strict=args.strict, stream=args.stream)


class _Output:
    """Writes briefings in one format: line formats at once, whole documents at the end."""

    def __init__(self, fmt: str, out: IO[str]) -> None:
        self.fmt = fmt
        self.out = out
        self.kept: list[tuple[str, Briefing]] = []
        self.csv: csv.DictWriter[str] | None = None

    def add(self, name: str, briefing: Briefing) -> None:
        if self.fmt == "jsonl":
            self.out.write(to_json(briefing) + "\n")
        elif self.fmt == "text":
            self.out.write(_as_text(name, briefing))
        elif self.fmt == "csv":
            if self.csv is None:
                self.csv = csv.DictWriter(self.out, fieldnames=COMMITMENT_COLUMNS, lineterminator="\n")
                self.csv.writeheader()
            self.csv.writerows(commitment_records(briefing, source=name))
        else:
            self.kept.append((name, briefing))

    def close(self) -> None:
        if self.fmt == "json" and self.kept:
            data = [to_dict(b) for _, b in self.kept]
            self.out.write(
                json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2) + "\n"
            )
        elif self.fmt == "html":
            for name, b in self.kept:
                self.out.write(render_html(b, title=None if b.title else name))
        elif self.fmt == "csv" and self.csv is None:
            csv.DictWriter(self.out, fieldnames=COMMITMENT_COLUMNS, lineterminator="\n").writeheader()


def _parse_command(files: list[str], fmt: str, *, strict: bool, stream: bool) -> int:
    output = _Output(fmt, sys.stdout)
    failed = False
    progress = sys.stderr.isatty() and len(files) > 1
    for number, name in enumerate(files, start=1):
        if progress:
            print(f"\r[{number}/{len(files)}] {name}", end="", file=sys.stderr, flush=True)
        try:
            for briefing in _read(name, strict=strict, stream=stream):
                for d in briefing.diagnostics:
                    print(f"{name}:{d.line}:{d.column}: {d.message}", file=sys.stderr)
                output.add(name, briefing)
        except BriefParseError as exc:
            print(f"{name}:{exc.line}:{exc.column}: {exc.msg}", file=sys.stderr)
            failed = True
        except BrokenPipeError:
            raise
        except OSError as exc:
            print(f"{name}: cannot read: {exc.strerror or exc}", file=sys.stderr)
            failed = True
    if progress:
        print(file=sys.stderr)
    output.close()
    return 1 if failed else 0


def _read(name: str, *, strict: bool, stream: bool) -> Iterator[Briefing]:
    if name == _STDIN:
        if stream:
            yield from iter_briefings(sys.stdin, strict=strict)
        else:
            yield parse(sys.stdin.read(), strict=strict)
    elif stream:
        with open(name, encoding="utf-8") as fp:
            yield from iter_briefings(fp, strict=strict)
    else:
        yield parse_file(name, strict=strict)


def _as_text(name: str, b: Briefing) -> str:
    lines = [f"{name}: {b.date.isoformat() if b.date else 'undated'}"]
    if b.title:
        lines.append(f"  title: {b.title.text}")
    if b.lead:
        lines.append(f"  lead: {b.lead.text}")
    for p in b.people:
        lines.append(f"  person: {p.name}" + (f" ({p.title})" if p.title else ""))
    for e in b.events:
        when = f" {e.start.isoformat()}..{e.end.isoformat()}" if e.start and e.end else ""
        lines.append(f"  event: {e.name}{when}" + (f" in {e.location}" if e.location else ""))
    for c in b.commitments:
        who = ""
        if c.actor or c.beneficiary:
            who = f", {c.actor.code if c.actor else '?'} -> {c.beneficiary.code if c.beneficiary else '?'}"
        lines.append(f"  commitment [{c.kind.value}, {c.status.value}{who}]: {c.text}")
    for pt in b.partnerships:
        partners = ", ".join(p.code for p in pt.partners) or "-"
        region = f", {pt.region}" if pt.region else ""
        lines.append(f"  partnership [{partners}{region}]: {pt.text}")
    return "\n".join(lines) + "\n"
