"""The Problems screen: what the rules find wrong, worded in the interface language, grouped,
filtered, with "Fix" going where each is fixed and acceptance with a note."""

from ui.problems.page import ProblemsPage

#: The screen's name when it was a dock; tests/ui/test_models.py still builds it by that name.
ProblemsDock = ProblemsPage

__all__ = ["ProblemsDock", "ProblemsPage"]
