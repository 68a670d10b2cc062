"""The core never imports Qt: import every confdesk module in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import importlib, pkgutil, sys
import confdesk
names = [m.name for m in pkgutil.walk_packages(confdesk.__path__, "confdesk.")]
names = [n for n in names if ".migrations" not in n and not n.endswith("__main__")]
for name in names:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(len(names))
print(",".join(loaded))
"""


def test_importing_every_core_module_loads_no_pyside6():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True)
    count, loaded = ([*result.stdout.splitlines(), ""])[:2]
    assert int(count) > 20
    assert loaded == ""
