"""The UI runs no SQL and holds no ORM objects: it reads through confdesk.views and changes
through confdesk.services. Parse every module under ui/ and refuse imports of SQLAlchemy and of
the ORM entities (the model's enums and value types are fine)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"

#: What ui may import from confdesk.model: closed vocabularies and value types, no tables.
ALLOWED_FROM_MODEL = frozenset(
    {
        "LANGUAGES",
        "LocalText",
        "DeadlineKind",
        "Gender",
        "InterestKind",
        "Role",
        "SessionKind",
        "StakeholderGroup",
        "Status",
    }
)
#: Model modules holding only such types, importable whole.
ALLOWED_MODEL_MODULES = frozenset(
    {
        "confdesk.model.enums",
        "confdesk.model.text",
        "confdesk.model.themes",
        "confdesk.model.organisers",
        "confdesk.model.house_style",
    }
)


def _is_sqlalchemy(module: str) -> bool:
    return module == "sqlalchemy" or module.startswith("sqlalchemy.")


def _is_model(module: str) -> bool:
    return module == "confdesk.model" or module.startswith("confdesk.model.")


def offences(source: str) -> list[str]:
    """Each forbidden import in ``source`` as ``line: what``."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend(
                f"{node.lineno}: import {alias.name}"
                for alias in node.names
                if _is_sqlalchemy(alias.name) or (_is_model(alias.name) and alias.name not in ALLOWED_MODEL_MODULES)
            )
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if _is_sqlalchemy(node.module):
                found.append(f"{node.lineno}: from {node.module} import ...")
            elif node.module == "confdesk" and any(alias.name == "model" for alias in node.names):
                found.append(f"{node.lineno}: from confdesk import model")
            elif node.module == "confdesk.model":
                found.extend(
                    f"{node.lineno}: from confdesk.model import {alias.name}"
                    for alias in node.names
                    if alias.name not in ALLOWED_FROM_MODEL
                )
            elif _is_model(node.module) and node.module not in ALLOWED_MODEL_MODULES:
                found.append(f"{node.lineno}: from {node.module} import ...")
    return found


def test_the_checker_catches_what_it_should():
    bad = """
import sqlalchemy
import sqlalchemy.orm as orm
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession
from confdesk.model import Person, LocalText
from confdesk.model.entities import Part
from confdesk import model
import confdesk.model
def later():
    from confdesk.model import Conference
"""
    assert len(offences(bad)) == 9
    good = """
from confdesk.model import LocalText, Role, SessionKind, Status
from confdesk.model.enums import Gender
from confdesk.views.agenda import read_agenda
from confdesk.store import Store
"""
    assert offences(good) == []


def test_ui_imports_no_sqlalchemy_and_no_orm_entities():
    modules = sorted(UI.rglob("*.py"))
    assert len(modules) > 20
    found = [
        f"{path.relative_to(UI.parent)}:{offence}"
        for path in modules
        for offence in offences(path.read_text(encoding="utf-8"))
    ]
    assert found == []
