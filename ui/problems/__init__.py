"""The Problems dock: what the rules find wrong, worded in the interface language."""

from ui.problems.dock import ProblemsDock

__all__ = ["ProblemsDock"]
