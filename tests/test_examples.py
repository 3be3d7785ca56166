"""Every script in examples/ runs as it is from the repository root, and says what it should."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import natobrief as nb

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "2024-07-06-washington-summit-preview.txt"


def run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "examples" / script), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=True,
    )


def test_every_example_is_tested_and_documented() -> None:
    scripts = sorted(p.name for p in (ROOT / "examples").glob("*.py"))
    tested = sorted(
        {"parse_seed.py", "export_jsonl.py", "commitments_csv.py", "render_html.py", "load_and_filter.py"}
    )
    assert tested == scripts
    for name in scripts:
        assert (ROOT / "examples" / name).read_text(encoding="utf-8").startswith('"""'), name


def test_parse_seed() -> None:
    lines = run("parse_seed.py").stdout.splitlines()
    assert lines[0] == "2024-07-06-washington-summit-preview.txt: dated 2024-07-06, 10 commitments"
    assert lines[1] == "  person: Jens Stoltenberg (Secretary General)"
    assert len(lines) == 12
    assert lines[2].split()[:5] == ["military_aid", "planned", "NATO", "->", "UKR"]


def test_export_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "date 2024-07-01 NATO will deploy more troops to Poland.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("", encoding="utf-8")  # not a brief: reported, skipped
    out = tmp_path / "out.jsonl"
    result = run("export_jsonl.py", str(tmp_path), str(out))
    assert f"{tmp_path / 'b.txt'}:1:1: expected a brief, found empty input" in result.stderr
    assert "wrote 1 briefings" in result.stderr
    (briefing,) = nb.iter_jsonl(out.open(encoding="utf-8"))
    assert nb.parse((tmp_path / "a.txt").read_text(encoding="utf-8")) == briefing


def test_commitments_csv() -> None:
    rows = list(csv.DictReader(io.StringIO(run("commitments_csv.py").stdout)))
    assert len(rows) == 10
    assert list(nb.COMMITMENT_COLUMNS) == list(rows[0])
    assert {"military_aid", "planned", "NATO", "UKR"} <= set(rows[0].values())
    assert "2 percent_gdp" in rows[-1]["amounts"]


def test_render_html(tmp_path: Path) -> None:
    page = tmp_path / "seed.html"
    run("render_html.py", str(SEED), str(page))
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert html.count('<mark class="commitment') >= 10
    assert 'title="commitment: financial, planned (NATO → UKR)"' in html
    assert "partnership: AUS, JPN, NZL, KOR" in html


def test_load_and_filter() -> None:
    lines = run("load_and_filter.py").stdout.splitlines()
    assert lines[0].startswith("round trip exact: True")
    assert (
        "for Ukraine, planned: He added that the Allies would agree to a financial pledge for Ukraine"
        in lines
    )
    assert lines[-1] == "financial commitments: 1"


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "text", "html"])
def test_cli_formats(fmt: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "natobrief", "parse", str(SEED), "--format", fmt],
        capture_output=True, text=True, encoding="utf-8", check=True, cwd=ROOT,
    )  # fmt: skip
    out = result.stdout
    expected = nb.parse_file(SEED)
    if fmt == "json":
        assert expected == nb.from_json(out)
    elif fmt == "jsonl":
        assert [expected] == list(nb.iter_jsonl(io.StringIO(out)))
    elif fmt == "csv":
        assert len(out.splitlines()) == 11
    elif fmt == "text":
        assert out.startswith(f"{SEED}: 2024-07-06")
        assert out.count("  commitment [") == 10
    else:
        assert out.startswith("<!DOCTYPE html>")
    assert result.stderr == ""


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "natobrief", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )


def test_cli_reads_stdin_and_reports_diagnostics() -> None:
    result = cli("parse", "-", "--format", "jsonl", stdin="date 2024-13-45 Lead.\n")
    assert result.returncode == 0
    assert result.stderr == "-:1:6: expected a date after 'date', found '2024-13-45' (no such date)\n"
    assert len(result.stdout.splitlines()) == 1


def test_cli_strict_exits_1() -> None:
    result = cli("parse", "-", "--strict", stdin="date 2024-13-45 Lead.\n")
    assert result.returncode == 1
    assert result.stderr.startswith("-:1:6: expected a date")


def test_cli_stream() -> None:
    result = cli(
        "parse", "-", "--stream", "--format", "jsonl", stdin="date 2024-07-01 One.\ndate 2024-07-02 Two.\n"
    )
    assert [json.loads(line)["date"] for line in result.stdout.splitlines()] == ["2024-07-01", "2024-07-02"]


def test_cli_missing_file_exits_1() -> None:
    result = cli("parse", "no-such-brief.txt")
    assert result.returncode == 1
    assert "no-such-brief.txt: cannot read: No such file or directory" in result.stderr


@pytest.mark.parametrize("args", [[], ["parse"], ["parse", "x", "--format", "xml"], ["frobnicate"]])
def test_cli_bad_usage_exits_2(args: list[str]) -> None:
    result = cli(*args)
    assert result.returncode == 2
    assert "usage: natobrief" in result.stderr


def test_cli_version_and_schema() -> None:
    assert f"natobrief {nb.__version__}" == cli("--version").stdout.strip()
    assert nb.json_schema() == json.loads(cli("schema").stdout)
    assert nb.json_schema(nb.Commitment) == json.loads(cli("schema", "--class", "Commitment").stdout)
