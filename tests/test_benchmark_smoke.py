"""The scale benchmark runs (size S only); its figures are not checked here: speed is never a test."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def test_benchmark_runs_on_the_sample_data(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.bench_scale", "--sizes", "S", "--work", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.strip().startswith("size"))
    assert lines[header + 1].split()[:2] == ["S", "8"]  # the sample data: eight dossiers


def test_corpus_generator_is_reproducible(tmp_path: Path) -> None:
    from tests.benchmarks.corpus import generate

    one, other = generate(tmp_path / "a", 40, seed=7), generate(tmp_path / "b", 40, seed=7)
    names = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(other) for p in other.rglob("*") if p.is_file())
    assert all((one / n).read_bytes() == (other / n).read_bytes() for n in names)
    assert any(n.name.endswith("-vragen.md") for n in names) and any(n.name.endswith("-vragen.txt") for n in names)
    assert any(n.name.endswith("-antwoorden.md") for n in names)


def test_generated_documents_all_parse(tmp_path: Path) -> None:
    from kqreader.cli import import_paths
    from kqreader.store.database import Store
    from tests.benchmarks.corpus import generate

    store = Store(tmp_path / "db.json")
    report, failed = import_paths(store, [generate(tmp_path / "corpus", 120, seed=3)])
    assert failed == 0
    assert len(report.dossier_ids) == 120


@pytest.mark.skipif(shutil.which("tmux") is None, reason="the step is timed in tmux")
def test_step_benchmark_runs_on_the_sample_data(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.bench_step", "--sizes", "S", "--keys", "2", "--work", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    row = result.stdout.splitlines()[1].split()
    assert row[:2] == ["S", "8"] and len(row) == 11  # the sample data's eight sets, then every figure
