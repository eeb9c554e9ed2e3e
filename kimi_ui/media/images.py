"""Images with Pillow: validated, EXIF-rotated, downscaled to what Kimi's vision encoder can use, and
encoded as JPEG (photos) or PNG (screenshots, few colours, transparency)."""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_ENCODER_SIDE = 7168  # MoonViT: at most 512 patches of 14 px per side
MAX_ENCODER_PIXELS = 16_384 * 14 * 14  # at most 16,384 patches per image
MAX_SOURCE_PIXELS = 100_000_000  # larger files are refused as decompression bombs
SUPPORTED = {"JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF", "MPO"}


class MediaError(ValueError):
    """A file the turn cannot use; the message is shown to the user as is."""


@dataclass(frozen=True)
class PreparedImage:
    data: bytes
    mime: str
    width: int
    height: int
    note: str = ""  # e.g. "first frame of an animated GIF"


def target_size(width: int, height: int, max_side: int) -> tuple[int, int]:
    scale = min(
        1.0,
        max_side / max(width, height),
        MAX_ENCODER_SIDE / max(width, height),
        math.sqrt(MAX_ENCODER_PIXELS / (width * height)),
    )
    return max(1, int(width * scale)), max(1, int(height * scale))


def _open(path: Path, name: str, max_pixels: int) -> Image.Image:
    if path.stat().st_size == 0:
        raise MediaError(f"{name} is empty (0 bytes).")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
            if image.format not in SUPPORTED:
                raise MediaError(f"{name} is a {image.format} file; send JPEG, PNG, WebP, GIF, BMP or TIFF.")
            if image.width * image.height > max_pixels:
                raise MediaError(
                    f"{name} is {image.width}x{image.height} pixels; kimi-ui accepts at most "
                    f"{max_pixels / 1e6:.0f} megapixels."
                )
            return image
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise MediaError(f"{name} is too large to decode safely (a decompression bomb?).") from None
    except UnidentifiedImageError:
        raise MediaError(f"{name} is not an image kimi-ui can read (is it really a picture?).") from None


def _to_8_bit(image: Image.Image) -> Image.Image:
    """16/32-bit greyscale (scans, depth maps): scale to 0..255; a plain convert would clip to white."""
    if image.mode not in ("I", "I;16", "I;16B", "I;16L", "I;16N"):
        return image
    image = image.convert("I")
    high = image.getextrema()[1]
    return image.point(lambda v: v * (1 / 256)).convert("L") if high > 255 else image.convert("L")


def _has_orientation(image: Image.Image) -> bool:
    return image.getexif().get(0x0112, 1) not in (1, None)  # 0x0112: EXIF Orientation


def _shrink(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    """Area averaging (a box filter): as clean as Lanczos when shrinking, and several times faster."""
    return image.resize(size, Image.Resampling.BOX)


def _looks_like_screenshot(image: Image.Image) -> bool:
    """Few distinct colours in a small sample means UI, text or diagrams: keep it lossless."""
    sample = image.resize((96, 96), Image.Resampling.NEAREST).convert("RGB")
    return sample.getcolors(maxcolors=512) is not None


def prepare_image(
    path: str | Path, *, max_side: int = 2048, max_pixels: int = MAX_SOURCE_PIXELS, name: str = ""
) -> PreparedImage:
    path = Path(path)
    name = name or path.name
    image = _open(path, name, max_pixels)
    note = "only the first frame of this animation is sent" if getattr(image, "is_animated", False) else ""
    width, height = target_size(image.width, image.height, max_side)
    try:
        if image.format == "JPEG":
            image.draft("RGB", (width, height))  # decode at a reduced scale: much faster for big photos
        image.load()
        image = ImageOps.exif_transpose(image, in_place=False) if _has_orientation(image) else image
    except (OSError, SyntaxError) as exc:
        raise MediaError(f"{name} is damaged or truncated ({exc}).") from None
    image = _to_8_bit(image)
    width, height = target_size(image.width, image.height, max_side)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    lossless = has_alpha or _looks_like_screenshot(image)
    mode = "RGBA" if has_alpha else "RGB"
    if image.mode != mode:
        image = image.convert(mode)
    if (width, height) != image.size:
        image = _shrink(image, (width, height))
    out = io.BytesIO()
    if lossless:
        image.save(out, format="PNG", compress_level=1)  # fast; the bytes only travel to the backend
        mime = "image/png"
    else:
        image.save(out, format="JPEG", quality=90)
        mime = "image/jpeg"
    return PreparedImage(out.getvalue(), mime, width, height, note)
