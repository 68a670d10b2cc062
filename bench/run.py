"""Run every benchmark in bench/ and print its ratios.

    python bench/run.py [NAME ...]

Each module in this folder with a ``main()`` is a benchmark (scale.py, which only makes data,
and this runner are skipped). Give names to run only some, e.g. ``python bench/run.py rules``.
Benchmarks print ratios against baselines measured in the same run, because these machines are
too noisy for absolute timings to mean much.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

SKIP = {"__init__", "run", "scale"}


def benchmarks() -> list[str]:
    return sorted(path.stem for path in HERE.glob("*.py") if path.stem not in SKIP)


def main(argv: list[str]) -> int:
    names = argv or benchmarks()
    failed = 0
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        if not hasattr(module, "main"):
            continue
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        try:
            module.main()
        except Exception as error:  # noqa: BLE001 - one broken benchmark must not hide the others' figures
            failed += 1
            print(f"   failed: {type(error).__name__}: {error}")
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
