"""Logos are images a PDF can hold: PNG or JPEG, of a sensible size, checked from their bytes
(never from the file name) before anything is stored."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from confdesk.model.organisers import Logo
from confdesk.services.errors import ValidationError

#: A logo's file at most (a printed logo needs far less).
MAX_LOGO_BYTES = 1024 * 1024
#: Its width and height at most, in pixels.
MAX_LOGO_PIXELS = 4000
_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg"}


class LogoError(ValidationError):
    code = "invalid_logo"


def check_logo(logo: Logo, *, field: str = "logo") -> Logo:
    """``logo`` if it is a whole PNG or JPEG image of at most 1 MB and 4000 pixels a side,
    else one :class:`LogoError` saying which (its message starts with ``field``, its form
    field is the part before any index: ``organisers`` for ``organisers[1].logo``)."""
    form = field.split("[", 1)[0].split(".", 1)[0]
    if len(logo.data) > MAX_LOGO_BYTES:
        raise LogoError(f"{field}: {len(logo.data) / 1024 / 1024:.1f} MB is more than 1 MB", field=form)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(logo.data)) as image:
                kind, size = image.format, image.size
                image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombWarning) as error:
        raise LogoError(f"{field}: not a PNG or JPEG image ({error})", field=form) from None
    if kind not in _TYPES:
        raise LogoError(f"{field}: a {kind} image; a logo is PNG or JPEG", field=form)
    if max(size) > MAX_LOGO_PIXELS:
        raise LogoError(f"{field}: {size[0]}×{size[1]} pixels, more than {MAX_LOGO_PIXELS} a side", field=form)
    return Logo(_TYPES[kind], logo.data)


def read_logo(path: Path) -> Logo:
    """The logo in the file at ``path``, checked; a file that cannot be read says so."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_LOGO_BYTES + 1)
    except OSError as error:
        raise LogoError(f"logo: {path.name} cannot be read ({error.strerror or error})", field="logo") from None
    try:
        return check_logo(Logo("", data))
    except LogoError as error:
        raise LogoError(f"logo: {path.name}: {str(error).removeprefix('logo: ')}", field="logo") from None
