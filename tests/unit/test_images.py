"""prepare_image: what an uploaded picture becomes before it is sent to the model."""

from __future__ import annotations

import io
import os
import struct
import zlib

import pytest
from PIL import Image, ImageDraw

from kimi_ui.media.images import MediaError, prepare_image


def noise(width: int, height: int) -> Image.Image:
    """Photo-like content: random pixels, so thousands of distinct colours."""
    return Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))


def screenshot(width: int, height: int) -> Image.Image:
    image = Image.new("RGB", (width, height), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 40), fill=(30, 60, 120))
    draw.rectangle((20, 80, width - 20, 140), outline=(0, 0, 0), width=2)
    draw.text((30, 100), "Settings  ·  Save  ·  Cancel", fill=(0, 0, 0))
    return image


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


# -- conversions -----------------------------------------------------------------------------------------
def test_big_photo_is_downscaled_to_2048_and_sent_as_jpeg(tmp_path):
    path = tmp_path / "photo.jpg"
    noise(3000, 2000).save(path, format="JPEG", quality=85)

    prepared = prepare_image(path)

    assert prepared.mime == "image/jpeg"
    assert max(prepared.width, prepared.height) == 2048
    assert prepared.width / prepared.height == pytest.approx(1.5, rel=0.01)  # aspect ratio kept
    image = decoded(prepared.data)
    assert image.format == "JPEG"
    assert image.size == (prepared.width, prepared.height)
    assert image.mode == "RGB"
    assert prepared.note == ""


def test_max_side_is_configurable(tmp_path):
    path = tmp_path / "photo.jpg"
    noise(1200, 900).save(path, format="JPEG")

    prepared = prepare_image(path, max_side=600)

    assert (prepared.width, prepared.height) == (600, 450)


def test_small_photo_keeps_its_size(tmp_path):
    path = tmp_path / "small.jpg"
    noise(640, 480).save(path, format="JPEG")

    prepared = prepare_image(path)

    assert (prepared.width, prepared.height) == (640, 480)
    assert prepared.mime == "image/jpeg"


def test_flat_screenshot_stays_lossless_png(tmp_path):
    path = tmp_path / "screen.png"
    original = screenshot(1280, 800)
    original.save(path, format="PNG")

    prepared = prepare_image(path)

    assert prepared.mime == "image/png"
    assert (prepared.width, prepared.height) == (1280, 800)
    image = decoded(prepared.data)
    assert image.format == "PNG"
    assert image.convert("RGB").tobytes() == original.tobytes()  # pixel-exact


def test_exif_rotated_photo_comes_out_upright(tmp_path):
    path = tmp_path / "phone.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 CW to view": the stored pixels are sideways
    noise(400, 200).save(path, format="JPEG", exif=exif)

    prepared = prepare_image(path)

    assert (prepared.width, prepared.height) == (200, 400)
    image = decoded(prepared.data)
    assert image.size == (200, 400)
    assert image.getexif().get(0x0112) in (None, 1)  # no second rotation by the viewer


def test_rgba_png_keeps_its_alpha(tmp_path):
    path = tmp_path / "logo.png"
    logo = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
    ImageDraw.Draw(logo).ellipse((50, 50, 250, 150), fill=(200, 30, 30, 255))
    logo.save(path, format="PNG")

    prepared = prepare_image(path)

    assert prepared.mime == "image/png"
    image = decoded(prepared.data)
    assert image.mode == "RGBA"
    assert image.getpixel((5, 5))[3] == 0  # transparent corner
    assert image.getpixel((150, 100)) == (200, 30, 30, 255)


def test_animated_gif_sends_its_first_frame_with_a_note(tmp_path):
    path = tmp_path / "anim.gif"
    frames = [Image.new("RGB", (64, 64), colour) for colour in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    frames[0].save(path, format="GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)

    prepared = prepare_image(path)

    assert "first frame" in prepared.note
    assert (prepared.width, prepared.height) == (64, 64)
    assert decoded(prepared.data).convert("RGB").getpixel((10, 10)) == (255, 0, 0)


def test_16_bit_greyscale_png_keeps_its_tones(tmp_path):
    # 16-bit greyscale (scans, medical or depth images): a plain convert("RGB") clips every value above
    # 255 to white; the tones must be scaled down instead.
    path = tmp_path / "scan.png"
    ramp = Image.new("I;16", (256, 1))
    ramp.putdata([i * 257 for i in range(256)])  # 0 .. 65535, left to right
    ramp.resize((256, 32), Image.Resampling.NEAREST).save(path, format="PNG")
    assert Image.open(path).mode == "I;16"

    prepared = prepare_image(path)

    image = decoded(prepared.data).convert("L")
    assert image.getpixel((0, 5)) < 10  # black stays black
    assert 100 < image.getpixel((128, 5)) < 156  # mid-grey stays mid-grey
    assert image.getpixel((255, 5)) > 245


def test_uses_the_display_name_in_errors(tmp_path):
    path = tmp_path / "3f9a0c.bin"
    path.write_bytes(b"")

    with pytest.raises(MediaError, match="holiday.jpg"):
        prepare_image(path, name="holiday.jpg")


# -- files that are not usable images --------------------------------------------------------------------
def test_zero_byte_file(tmp_path):
    path = tmp_path / "empty.png"
    path.write_bytes(b"")

    with pytest.raises(MediaError, match=r"empty\.png is empty"):
        prepare_image(path)


@pytest.mark.parametrize("keep", [0.5, 0.8])
def test_truncated_jpeg(tmp_path, keep):
    whole = io.BytesIO()
    noise(800, 600).save(whole, format="JPEG", quality=90)
    data = whole.getvalue()
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[: int(len(data) * keep)])

    with pytest.raises(MediaError, match=r"cut\.jpg is damaged or truncated"):
        prepare_image(path)


def test_svg_named_png(tmp_path):
    path = tmp_path / "drawing.png"
    path.write_text(
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        '<rect width="10" height="10" fill="red"/></svg>',
        encoding="utf-8",
    )

    with pytest.raises(MediaError, match=r"drawing\.png is not an image"):
        prepare_image(path)


def test_html_named_jpg(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_text("<!doctype html><html><body><script>alert(1)</script></body></html>", encoding="utf-8")

    with pytest.raises(MediaError, match=r"photo\.jpg is not an image"):
        prepare_image(path)


def test_unsupported_but_readable_format_is_refused(tmp_path):
    path = tmp_path / "icon.png"
    Image.new("RGB", (32, 32), (1, 2, 3)).save(path, format="ICO")

    with pytest.raises(MediaError, match="ICO"):
        prepare_image(path)


# -- decompression bombs ---------------------------------------------------------------------------------
def png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims `width` x `height` 1-bit pixels (the pixel data is never reached)."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # bit depth 1, greyscale
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@pytest.mark.parametrize("side", [20_000, 12_000], ids=["over Pillow's hard limit", "over kimi-ui's limit"])
def test_png_claiming_huge_dimensions_is_refused(tmp_path, side):
    path = tmp_path / "bomb.png"
    path.write_bytes(png_header_only(side, side))
    assert path.stat().st_size < 1000

    with pytest.raises(MediaError, match=r"bomb\.png"):
        prepare_image(path)


@pytest.mark.parametrize("limit", [1_000, 2_000])  # above 2x the limit Pillow raises, between 1x-2x it warns
def test_image_over_pillows_pixel_limit_is_refused(tmp_path, monkeypatch, limit):
    path = tmp_path / "big.png"
    screenshot(50, 50).save(path, format="PNG")  # 2,500 pixels
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", limit)

    with pytest.raises(MediaError, match=r"big\.png is too large to decode safely"):
        prepare_image(path)


def test_normal_image_passes_with_the_default_pixel_limit(tmp_path):
    path = tmp_path / "ok.png"
    screenshot(50, 50).save(path, format="PNG")

    assert prepare_image(path).mime == "image/png"


@pytest.mark.parametrize("mode,size,target", [
    ("RGB", (3000, 2000), (2048, 1365)),
    ("RGBA", (2500, 1700), (2048, 1392)),
    ("RGB", (2600, 1601), (1999, 1231)),  # band edges fall between source rows
])
def test_banded_downscale_matches_a_single_pass(mode, size, target):
    import numpy as np

    from kimi_ui.media import images

    assert size[0] * size[1] >= images.PARALLEL_FROM and images.BANDS >= 2
    rng = np.random.default_rng(7)
    channels = len(mode)
    # Noise: every source row counts, so a row averaged from different source rows shows at once.
    noise = Image.fromarray(rng.integers(0, 256, (size[1], size[0], channels), dtype=np.uint8), mode)
    banded = np.asarray(images._shrink(noise, target)).astype(int)
    single = np.asarray(noise.resize(target, Image.Resampling.BOX)).astype(int)
    assert banded.shape == single.shape == (target[1], target[0], channels)
    differing_rows = np.unique(np.nonzero(banded != single)[0])
    assert len(differing_rows) <= 2  # only rows where a source row's centre ties with an edge
    # A photo-like gradient: the two agree to within rounding everywhere.
    y, x = np.mgrid[0:size[1], 0:size[0]]
    smooth = np.stack([(x * 255 // size[0]), (y * 255 // size[1]), ((x + y) * 127 // sum(size))] +
                      ([np.full_like(x, 200)] if channels == 4 else []), axis=-1).astype(np.uint8)
    smooth_image = Image.fromarray(smooth, mode)
    banded = np.asarray(images._shrink(smooth_image, target)).astype(int)
    single = np.asarray(smooth_image.resize(target, Image.Resampling.BOX)).astype(int)
    assert np.abs(banded - single).max() <= 2  # premultiplied alpha rounds once more
