"""The package as a user installs it: a built wheel (not an editable install) in a fresh virtual environment
must carry everything `topline demo` needs at run time (corpus, templates, static files, migrations, data).

The new environment borrows this interpreter's installed dependencies through a ``.pth`` line (no download, no
network), but not its ``.pth`` hooks, so an editable install of the checkout cannot leak in: the test checks that
``topline`` is imported from the new environment.
"""
from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
_SKIP = {".git", ".venv", "build", "dist", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", "topline.egg-info",
         "out", "artifacts"}


def _copy_source(dest: Path) -> None:
    """The checkout without build leftovers (a stale build/ folder could hide a missing package-data line)."""
    shutil.copytree(REPO, dest, ignore=lambda _d, names: [n for n in names if n in _SKIP or n.endswith(".sqlite")])


def _run(args: list[str], **kw) -> subprocess.CompletedProcess:  # noqa: ANN003
    return subprocess.run(args, capture_output=True, text=True, timeout=600, **kw)


@pytest.mark.wheel
def test_wheel_installs_and_runs_the_demo(tmp_path: Path):
    src = tmp_path / "src"
    _copy_source(src)
    wheels = tmp_path / "wheels"
    built = _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(src)])
    if built.returncode != 0 and ("No matching distribution" in built.stderr or "Could not find" in built.stderr):
        pytest.skip(f"pip cannot get the build backend (setuptools) here: {built.stderr[-300:]}")
    assert built.returncode == 0, built.stderr
    wheel = next(wheels.glob("topline-*.whl"))

    venv = tmp_path / "venv"
    assert _run([sys.executable, "-m", "venv", "--without-pip", str(venv)]).returncode == 0
    py = venv / "bin" / "python"
    purelib = Path(_run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    # the dependencies, borrowed from this interpreter (lines of a .pth are appended to sys.path, after the venv's own)
    ours = [p for p in {*site.getsitepackages(), sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
            if Path(p).is_dir()]
    (purelib / "_borrowed_deps.pth").write_text("\n".join(ours) + "\n")
    installed = _run([sys.executable, "-m", "pip", "--python", str(py), "install", "-q", "--no-deps",
                      "--no-index", str(wheel)])
    assert installed.returncode == 0, installed.stderr

    home = tmp_path / "home"
    work = tmp_path / "cwd"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOPLINE_") and k != "PYTHONPATH"}
    env["TOPLINE_HOME"] = str(home)
    where = _run([str(py), "-c", "import topline; print(topline.__file__)"], env=env, cwd=work)
    assert where.stdout.strip().startswith(str(venv)), where.stdout + where.stderr

    topline = str(venv / "bin" / "topline")
    demo = _run([topline, "demo"], env=env, cwd=work)
    assert demo.returncode == 0, demo.stdout + demo.stderr
    days = sorted(p.name for p in (home / "demo" / "site").iterdir() if p.is_dir() and p.name[:2] == "20")
    assert len(days) >= 2, days
    for day in days:
        assert (home / "demo" / "site" / day / "index.html").is_file()
        assert json.loads((home / "demo" / "site" / day / "edition.json").read_text())["categories"]
    # and the plain commands see them, with no flag or variable
    listed = _run([topline, "editions", "list", "--json"], env=env, cwd=work)
    assert listed.returncode == 0, listed.stderr
    assert sorted(r["date"] for r in json.loads(listed.stdout)) == days
