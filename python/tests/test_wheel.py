"""The built wheel installs into a clean virtual environment and computes.

Slow (a release build of the extension plus a venv); it still runs in ``scripts/test.sh``.
Reuses the release build cache, so after ``maturin develop --release`` it takes seconds.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installs_into_fresh_venv(tmp_path: Path) -> None:
    maturin = shutil.which("maturin") or str(Path(sys.executable).with_name("maturin"))
    if not Path(maturin).exists():
        pytest.skip("maturin is not installed in this environment")
    dist = tmp_path / "dist"
    env = os.environ | {"PYO3_PYTHON": sys.executable}
    subprocess.run(
        [maturin, "build", "--release", "--quiet", "--out", str(dist), "--interpreter", sys.executable],
        cwd=REPO,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    wheels = list(dist.glob("aci-*.whl"))
    assert len(wheels) == 1, wheels
    names = subprocess.run(
        [sys.executable, "-m", "zipfile", "-l", str(wheels[0])], capture_output=True, text=True, check=True
    ).stdout
    for member in ("aci/__init__.py", "aci/errors.py", "aci/_aci.pyi", "aci/py.typed", "aci/_aci.abi3.so"):
        assert member in names, member
    assert "tests/" not in names

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True, system_site_packages=False)
    py = env_dir / "bin" / "python"
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    # No dependencies are needed for the single-call API; --no-index proves it.
    subprocess.run(
        [str(py), "-m", "pip", "install", "--quiet", "--no-index", str(wheels[0])],
        env=clean,
        check=True,
    )
    script = (
        "import datetime, decimal, aci, pathlib;"
        "c = aci.Contract(name='W', signed=datetime.date(2023, 3, 1), population=120000,"
        " missions=[{'id': 'acces_aux_soins', 'start': datetime.date(2023, 9, 1)}]);"
        "y = aci.Engine().year(c, 1);"
        "assert y.total == decimal.Decimal('119754.10'), y.total;"
        "print(aci.__file__)"
    )
    out = subprocess.run([str(py), "-c", script], env=clean, cwd=tmp_path, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert str(env_dir) in out.stdout  # imported from the fresh venv, not the source tree
