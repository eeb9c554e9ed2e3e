"""Images with Pillow: validated, EXIF-rotated, downscaled to what Kimi's vision encoder can use, and
encoded as JPEG (photos) or PNG (screenshots, few colours, transparency)."""

from __future__ import annotations

import io
import math
import os
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError

from kimi_ui.events import spoken

MAX_ENCODER_SIDE = 7168  # MoonViT: at most 512 patches of 14 px per side
MAX_ENCODER_PIXELS = 16_384 * 14 * 14  # at most 16,384 patches per image
MAX_SOURCE_PIXELS = 100_000_000  # larger files are refused as decompression bombs
BANDS = min(4, os.cpu_count() or 1)  # threads that share the downscale of one large image
PARALLEL_FROM = 4_000_000  # source pixels from which the downscale is split into bands
_POOL: ThreadPoolExecutor | None = None
SUPPORTED = {"JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF", "MPO"}


class MediaError(ValueError):
    """A file the turn cannot use: a code (its words are the catalog's `media.<code>`, kimi_ui/i18n) with its
    params, the file's `name` among them. str() is the English words (the script API's message)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code, self.params = code, params

    def words(self, lang: str = "en") -> str:
        return spoken(f"media.{self.code}", self.params, lang)

    def quoted(self) -> dict[str, Any]:
        """As the param of an error (kimi_ui/events): said in the reader's language where it is shown."""
        return {"key": f"media.{self.code}", "params": dict(self.params)}

    def __str__(self) -> str:
        return self.words()


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
        raise MediaError("empty", name=name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
            if image.format not in SUPPORTED:
                raise MediaError("image_format", name=name, format=str(image.format))
            if image.width * image.height > max_pixels:
                raise MediaError("too_many_pixels", name=name, size=f"{image.width}x{image.height}",
                                 megapixels=round(max_pixels / 1e6))
            return image
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise MediaError("bomb", name=name) from None
    except UnidentifiedImageError:
        raise MediaError("not_image", name=name) from None


def _to_8_bit(image: Image.Image) -> Image.Image:
    """16/32-bit greyscale (scans, depth maps): scale to 0..255; a plain convert would clip to white."""
    if image.mode not in ("I", "I;16", "I;16B", "I;16L", "I;16N"):
        return image
    image = image.convert("I")
    high = image.getextrema()[1]
    return image.point(lambda v: v * (1 / 256)).convert("L") if high > 255 else image.convert("L")


def _has_orientation(image: Image.Image) -> bool:
    return image.getexif().get(0x0112, 1) not in (1, None)  # 0x0112: EXIF Orientation


def _bands() -> ThreadPoolExecutor:
    global _POOL
    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=BANDS, thread_name_prefix="image-resize")
        if "PILLOW_BLOCKS_MAX" not in os.environ:
            # Keep a few of Pillow's 16 MB memory blocks for the next large image instead of returning
            # them to the OS: a 24 MP photo then costs ~100k fewer page faults (~10-15 ms), for at most
            # 64 MB held once a large image has been seen. PILLOW_BLOCKS_MAX overrides this.
            Image.core.set_blocks_max(max(Image.core.get_blocks_max(), 4))
    return _POOL


def _shrink(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    """Area averaging (a box filter): as clean as Lanczos when shrinking, and several times faster.

    Large images are resized in horizontal bands on several threads (Pillow releases the GIL while it
    resamples). Each band averages the source rows it would in one pass; only a source row whose centre
    falls exactly on an output row's edge may land on the other side by float rounding, as it may in
    one pass too."""
    width, height = size
    if BANDS < 2 or image.width * image.height < PARALLEL_FROM or height < 2 * BANDS:
        return image.resize(size, Image.Resampling.BOX)
    step = image.height / height
    edges = [height * i // BANDS for i in range(BANDS + 1)]

    def band(i: int) -> Image.Image:
        top, bottom = edges[i], edges[i + 1]
        box = (0, top * step, image.width, bottom * step)
        return image.resize((width, bottom - top), Image.Resampling.BOX, box=box)

    out = Image.new(image.mode, size)
    for i, part in enumerate(_bands().map(band, range(BANDS))):
        out.paste(part, (0, edges[i]))
    return out


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
        raise MediaError("damaged", name=name, detail=str(exc)) from None
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
