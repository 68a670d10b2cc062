"""Kinds of ``confdesk export``: each module registers one or more with ``register(kinds)``."""
