"""Pictures a person attaches to a message: checked, turned upright, made small enough, and re-encoded.

Whatever was dropped or pasted (a phone photo, a screenshot, a scanned page) becomes a PNG or JPEG of at most
MAX_SIDE pixels a side, turned as its EXIF orientation says, without transparency. That one file is what the
model reads, what the conversation keeps, and what thumbnails are made from: llama.cpp's image decoder (stb_image)
reads PNG and JPEG, not WebP, and a 4000-pixel photo would only cost memory and time, since every projector
scales down to its own size anyway. A file that cannot be used is refused with a sentence, before it reaches a
message.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from app.errors import HearthError
from app.i18n import Size, say

FORMATS = ("PNG", "JPEG", "WEBP", "BMP", "GIF")
# Re-encoded as JPEG (MPO: a phone's JPEG with a second picture inside, opened by the JPEG reader); the others,
# screenshots and drawings mostly, as PNG.
PHOTO_FORMATS = frozenset({"JPEG", "MPO", "WEBP"})
SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"BM", b"GIF87a", b"GIF89a")  # WebP is checked apart (RIFF....WEBP)
MAX_FILE_BYTES = 64 * 1024**2
MAX_PIXELS = 80_000_000  # about a 10,000 × 8,000 scan; more is refused before it is decoded
MAX_SIDE = 1024
JPEG_QUALITY = 90
THUMBNAIL_SIDE = 96


class ImageRefused(HearthError):
    """A file offered as an image that Hearth cannot show a model."""


@dataclass(frozen=True)
class PreparedImage:
    name: str  # the file's name, for the person
    data: bytes = field(repr=False)  # PNG or JPEG, upright, at most MAX_SIDE a side
    mime: str
    width: int
    height: int
    original_size: tuple[int, int]  # before scaling down


def prepare_file(path: Path) -> PreparedImage:
    """Read and prepare an image file; raises ImageRefused with a sentence."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImageRefused(
                say(
                    "Images",
                    "{name} is too large to attach ({size}); images up to {max_file_bytes} can be attached.",
                    "images.file-too-large",
                ).format(name=path.name, size=Size(size), max_file_bytes=Size(MAX_FILE_BYTES))
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ImageRefused(
            say(
                "Images",
                "{name} could not be opened: {problem}.",
                "images.unopened",
            ).format(name=path.name, problem=exc.strerror or str(exc)),
            str(exc),
        ) from exc
    return prepare_bytes(data, path.name)


def prepare_bytes(data: bytes, name: str) -> PreparedImage:
    """Prepare an image from its file's bytes (a paste, a drop); raises ImageRefused with a sentence."""
    if not data:
        raise ImageRefused(
            say(
                "Images",
                "{name} is empty: there is no picture in it.",
                "images.empty-picture",
            ).format(name=name)
        )
    if len(data) > MAX_FILE_BYTES:
        raise ImageRefused(
            say(
                "Images",
                "{name} is too large to attach ({size}).",
                "images.too-large-attach",
            ).format(name=name, size=Size(len(data)))
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=FORMATS)
            source_format = str(image.format)
            if image.width * image.height > MAX_PIXELS:
                raise _too_many_pixels(name, image.width, image.height)
            image.seek(0)  # an animated GIF or WebP: its first frame
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageRefused(
            say(
                "Images",
                "{name} has too many pixels to attach; scale it down first.",
                "images.too-many-pixels",
            ).format(name=name),
            str(exc),
        ) from exc
    except UnidentifiedImageError as exc:
        if _looks_like_image(data):
            raise _damaged(name, exc) from exc
        raise ImageRefused(
            say(
                "Images",
                "{name} is not a picture Hearth can show a model; attach a PNG, JPEG, WebP, BMP or GIF image.",
                "images.unknown-format",
            ).format(name=name),
            str(exc),
        ) from exc
    except (OSError, ValueError, SyntaxError, EOFError) as exc:  # Pillow's truncated or malformed data
        raise _damaged(name, exc) from exc
    return _normalised(image, name, source_format)


def thumbnail(data: bytes, side: int = THUMBNAIL_SIDE) -> bytes:
    """A small PNG of a prepared image (the composer's and the transcript's thumbnails)."""
    with Image.open(io.BytesIO(data)) as image:
        small = image.convert("RGB")
        small.thumbnail((side, side), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        small.save(out, "PNG")
        return out.getvalue()


def _normalised(image: Image.Image, name: str, source_format: str) -> PreparedImage:
    original = image.size
    upright = ImageOps.exif_transpose(image)
    rgb = _on_white(upright)
    rgb.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)  # only ever makes it smaller
    out = io.BytesIO()
    if source_format in PHOTO_FORMATS:
        rgb.save(out, "JPEG", quality=JPEG_QUALITY)
        mime = "image/jpeg"
    else:
        rgb.save(out, "PNG")
        mime = "image/png"
    return PreparedImage(name, out.getvalue(), mime, rgb.width, rgb.height, original)


def _on_white(image: Image.Image) -> Image.Image:
    """RGB; a transparent background becomes white, as a viewer shows it, rather than black."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def _looks_like_image(data: bytes) -> bool:
    return data.startswith(SIGNATURES) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP")


def _damaged(name: str, exc: BaseException) -> ImageRefused:
    return ImageRefused(
        say(
            "Images",
            "{name} could not be read: the picture in it is damaged or incomplete.",
            "images.image-refused",
        ).format(name=name),
        f"{type(exc).__name__}: {exc}",
    )


def _too_many_pixels(name: str, width: int, height: int) -> ImageRefused:
    return ImageRefused(
        say(
            "Images",
            "{name} is {width:,} × {height:,} pixels, more than Hearth attaches ({millions} million pixels); "
            "scale it down first.",
            "images.too-many-pixels-sized",
        ).format(name=name, width=width, height=height, millions=MAX_PIXELS // 1000000)
    )
