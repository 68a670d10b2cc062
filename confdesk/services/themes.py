"""A conference's framework of themes: checked as a whole, and kept in step with the sessions
that refer to its codes."""

from __future__ import annotations

from collections.abc import Iterable

from confdesk.model import Conference, LocalText
from confdesk.model.themes import Theme, ThemeFramework
from confdesk.services import validate
from confdesk.services.errors import DuplicateTheme, Required, ThemesInUse, UnknownTheme, ValidationError
from confdesk.words import counted

#: More than any framework in use (GCM 23, SDG 17, SDG targets 169 would be a different list).
MAX_THEMES = 200
CODE_LENGTH = 16
LABEL_LENGTH = 300


def check_framework(framework: ThemeFramework) -> ThemeFramework:
    """The framework with clean text, or one error naming the theme and field that is wrong:
    an empty or repeated code, a code with a comma (codes are listed with commas), a label or
    name that no exporter could write."""
    if not isinstance(framework, ThemeFramework):
        raise ValidationError("themes: expected a framework of themes", field="themes")
    if len(framework.themes) > MAX_THEMES:
        raise ValidationError(f"themes: more than {MAX_THEMES} themes", field="themes")
    name = validate.local_text(framework.name, field="themes.name", max_length=validate.TITLE_LENGTH)
    if framework.themes and name.is_empty():
        raise Required(
            "themes.name: a list of themes needs a name, said before its codes in calendars and documents",
            field="themes",
        )
    seen: dict[str, int] = {}
    themes = []
    for index, theme in enumerate(framework.themes, start=1):
        where = f"themes[{index}]"
        code = validate.clean(theme.code, field=f"{where}.code", max_length=CODE_LENGTH).strip()
        if not code:
            raise Required(f"{where}.code: theme {index} has no code", field="themes")
        if "," in code:
            raise ValidationError(f"{where}.code: a theme code cannot hold a comma (“{code}”)", field="themes")
        folded = code.casefold()
        if folded in seen:
            raise DuplicateTheme(
                f"{where}.code: the code “{code}” is already theme {seen[folded]}'s; each theme needs its own code",
                field="themes",
            )
        seen[folded] = index
        label = validate.local_text(theme.label, field=f"{where}.label", max_length=LABEL_LENGTH)
        themes.append(Theme(code, LocalText(**{lang: getattr(label, lang).strip() for lang in ("ar", "en", "fr")})))
    return ThemeFramework(name, tuple(themes))


def session_themes(codes: Iterable[object], framework: ThemeFramework) -> tuple[str, ...]:
    """A session's theme codes, in the framework's order, each known to the framework."""
    wanted: list[str] = []
    for value in codes:
        code = str(value).strip()
        if code and code not in wanted:
            wanted.append(code)
    unknown = [code for code in wanted if framework.find(code) is None]
    if unknown:
        if framework.themes:
            known = f"{framework.name.get('en') or 'its themes'} has {', '.join(framework.codes())}"
        else:
            known = "it has no themes yet (set them in Conference Settings → Themes)"
        raise UnknownTheme(
            f"themes: {', '.join(unknown)} {'is' if len(unknown) == 1 else 'are'} not a theme of this conference ({known})",
            field="themes",
        )
    order = {code: position for position, code in enumerate(framework.codes())}
    return tuple(sorted(wanted, key=order.__getitem__))


def left_out(row: Conference, framework: ThemeFramework) -> dict[int, tuple[str, ...]]:
    """Per session of the conference, the codes it refers to that ``framework`` lacks."""
    kept = set(framework.codes())
    found: dict[int, tuple[str, ...]] = {}
    for part in row.parts:
        for session in part.sessions:
            missing = tuple(code for code in session.themes if code not in kept)
            if missing:
                found[session.id] = missing
    return found


def themes_in_use(missing: dict[int, tuple[str, ...]]) -> ThemesInUse:
    codes = tuple(dict.fromkeys(code for codes in missing.values() for code in codes))
    verb = "refers" if len(missing) == 1 else "refer"
    return ThemesInUse(
        f"themes: {counted(len(missing), 'session')} {verb} to {', '.join(codes)}, which the new list leaves out "
        "(take them off those sessions, or keep those codes)",
        codes=codes,
        session_ids=tuple(sorted(missing)),
    )
