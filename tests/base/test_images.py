"""Preparing attached images: real files made with Pillow in every accepted format, and files that are refused."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from app import images
from app.images import ImageRefused, prepare_bytes, prepare_file, thumbnail


def encoded(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.mark.parametrize(
    ("fmt", "mime"),
    [("PNG", "image/png"), ("JPEG", "image/jpeg"), ("WEBP", "image/jpeg"), ("BMP", "image/png"), ("GIF", "image/png")],
)
def test_every_accepted_format_becomes_a_png_or_jpeg_the_model_can_read(fmt: str, mime: str) -> None:
    prepared = prepare_bytes(encoded(Image.new("RGB", (40, 30), "orange"), fmt), f"picture.{fmt.lower()}")
    assert prepared.mime == mime
    assert (prepared.width, prepared.height) == (40, 30)
    assert decoded(prepared.data).format == mime.split("/")[1].upper()


def test_an_animated_gif_gives_its_first_frame() -> None:
    frames = [Image.new("RGB", (20, 20), "red"), Image.new("RGB", (20, 20), "blue")]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100)
    pixel = decoded(prepare_bytes(out.getvalue(), "anim.gif").data).convert("RGB").getpixel((10, 10))
    assert pixel == (255, 0, 0)


def test_exif_orientation_is_applied() -> None:
    """A phone photo stored sideways with Orientation 6 ("rotate 90° clockwise to view") comes out upright."""
    sideways = Image.new("RGB", (40, 20), "white")
    exif = Image.Exif()
    exif[0x0112] = 6
    prepared = prepare_bytes(encoded(sideways, "JPEG", exif=exif), "phone.jpg")
    assert (prepared.width, prepared.height) == (20, 40)


def test_a_very_large_image_is_scaled_down_keeping_its_shape() -> None:
    prepared = prepare_bytes(encoded(Image.new("RGB", (3000, 1500), "green"), "PNG"), "scan.png")
    assert (prepared.width, prepared.height) == (images.MAX_SIDE, images.MAX_SIDE // 2)
    assert prepared.original_size == (3000, 1500)


def test_transparency_becomes_white_not_black() -> None:
    clear = Image.new("RGBA", (10, 10), (0, 0, 0, 0))
    pixel = decoded(prepare_bytes(encoded(clear, "PNG"), "clear.png").data).getpixel((5, 5))
    assert pixel == (255, 255, 255)


def test_thumbnails_fit_in_a_small_square() -> None:
    small = decoded(thumbnail(prepare_bytes(encoded(Image.new("RGB", (400, 200), "blue"), "PNG"), "a.png").data))
    assert small.size == (images.THUMBNAIL_SIDE, images.THUMBNAIL_SIDE // 2)


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims a size: opening reads the header only, so the check needs no big picture."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + header + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    ("data", "sentence"),
    [
        (b"", "is empty"),
        (encoded(Image.new("RGB", (64, 64), "red"), "PNG")[:-40], "damaged or incomplete"),
        (encoded(Image.new("RGB", (64, 64), "red"), "JPEG")[:200], "damaged or incomplete"),
        (b"\x89PNG\r\n\x1a\nnot really a png at all", "damaged or incomplete"),
        (b"Dear diary, today I attached a text file.", "not a picture Hearth can show"),
        (encoded(Image.new("RGB", (8, 8), "red"), "TIFF"), "not a picture Hearth can show"),
        (png_claiming(9_500, 9_000), "more than Hearth attaches"),
        (png_claiming(20_000, 10_000), "too many pixels"),  # past Pillow's own decompression-bomb limit
    ],
    ids=["empty", "truncated-png", "truncated-jpeg", "garbled-png", "text", "tiff", "huge", "bomb"],
)
def test_files_that_cannot_be_used_are_refused_with_a_sentence(data: bytes, sentence: str) -> None:
    with pytest.raises(ImageRefused, match=sentence) as refused:
        prepare_bytes(data, "thing.png")
    assert refused.value.message.startswith("thing.png")


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.png"
    with big.open("wb") as handle:
        handle.truncate(images.MAX_FILE_BYTES + 1)  # sparse: no 64 MB written
    with pytest.raises(ImageRefused, match="too large to attach"):
        prepare_file(big)
    with pytest.raises(ImageRefused, match="could not be opened"):
        prepare_file(tmp_path / "missing.png")
