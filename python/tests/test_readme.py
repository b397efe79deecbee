"""Every ```python block of README.md and python/README.md runs as written: the blocks of a file
run in order in one namespace, from the repository root. A trailing comment that starts with a
value (``x   # Decimal('868808.22')``) is checked against what the expression gives."""

from __future__ import annotations

import ast
import re
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import REPO

FENCE = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
# A comment stating the value of its line's expression: a Decimal or a list of them.
STATED = re.compile(r"#\s*(Decimal\('[^']*'\)|\[Decimal\('[^']*'\)(?:, Decimal\('[^']*'\))*\])")


def python_blocks(path: Path) -> list[str]:
    return FENCE.findall(path.read_text(encoding="utf-8"))


def stated_values(block: str) -> dict[int, object]:
    """Line number (1-based, in the block) → the value its comment states."""
    return {
        n: eval(m.group(1), {"Decimal": Decimal})  # noqa: S307 - the README's own literals
        for n, line in enumerate(block.splitlines(), 1)
        if (m := STATED.search(line))
    }


@pytest.mark.parametrize("readme", ["README.md", "python/README.md"])
def test_python_blocks_run_as_written(readme: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    blocks = python_blocks(REPO / readme)
    assert blocks, f"no python block in {readme}"
    namespace: dict[str, object] = {"__name__": f"readme:{readme}"}
    checked = 0
    for k, block in enumerate(blocks):
        stated = stated_values(block)
        for stmt in ast.parse(block).body:
            code = ast.Module(body=[stmt], type_ignores=[])
            if isinstance(stmt, ast.Expr) and stmt.lineno in stated:
                got = eval(compile(ast.Expression(stmt.value), f"{readme} block {k}", "eval"), namespace)  # noqa: S307
                assert got == stated[stmt.lineno], f"{readme} block {k} line {stmt.lineno}: {got!r}"
                checked += 1
            else:
                exec(compile(code, f"{readme} block {k}", "exec"), namespace)  # noqa: S102
    assert checked > 0, f"{readme}: no stated value checked"
