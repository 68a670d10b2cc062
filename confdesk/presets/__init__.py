"""Ready-made lists a conference can start from: frameworks of themes (``themes-KEY.json``).

The labels follow the official texts named in each file's ``source``; a team edits its own copy
in Conference Settings → Themes, so a preset never changes a conference after it was taken."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from confdesk.model.themes import ThemeFramework

#: Preset key → the framework's English name, in the order the window offers them.
THEME_PRESETS: dict[str, str] = {
    "gcm": "GCM objectives",
    "sdg": "Sustainable Development Goals",
}


@cache
def theme_preset(key: str) -> ThemeFramework:
    """The preset framework ``key`` (one of :data:`THEME_PRESETS`)."""
    if key not in THEME_PRESETS:
        raise KeyError(f"no theme preset {key!r} (there are: {', '.join(THEME_PRESETS)})")
    text = resources.files(__package__).joinpath(f"themes-{key}.json").read_text(encoding="utf-8")
    return ThemeFramework.from_dict(json.loads(text))
