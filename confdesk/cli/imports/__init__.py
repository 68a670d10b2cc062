"""Kinds of ``confdesk import``: each module registers one or more with ``register(kinds)``."""
