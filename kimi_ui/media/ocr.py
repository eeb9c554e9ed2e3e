"""Text read from an image (OCR) with Tesseract through tesserocr: on a text-only backend an image can be
sent as the text it shows.

Needs the Debian packages tesseract-ocr, tesseract-ocr-eng and tesseract-ocr-deu (their tessdata
folder, /usr/share/tesseract-ocr/5/tessdata) and the pip package tesserocr, whose wheel bundles
libtesseract but no language data. `available()` says whether both are there; `read_text` raises
`OcrUnavailable` with the install line when they are not.

The image is read in greyscale, with transparency flattened onto white. Screenshots have small text
(12-16 px), which Tesseract reads best at about twice that size: an image whose shorter side is under
UPSCALE_BELOW px is scaled up to 2x, within UPSCALE_BUDGET pixels.

Time: Tesseract's own deadline (tesserocr's Recognize(timeout)) stops a read after TIMEOUT_SECONDS: a
picture dense with text can take minutes (a 12 MP one of small print took two in the outside probe), and
its read is refused as too long. Reads hold one of as many slots as the machine has cores, so a flood of
pictures waits instead of taking every core. An image over MAX_PIXELS (12 MP) is scaled down before it is
read. Reading takes roughly 0.5-1 s for a 1280x800 screenshot on one core. Undecodable data and images over
images.MAX_SOURCE_PIXELS raise MediaError, as uploads do.

Threads: a PyTessBaseAPI is not thread-safe and takes a moment to load its language models, so each
thread has its own (threading.local), made on its first read and reused after that. Tesseract releases
the GIL while it recognises, so reads on several threads run in parallel.
"""

from __future__ import annotations

import functools
import glob
import importlib
import io
import math
import os
import re
import threading
import time
import warnings
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError

from kimi_ui.media.images import MAX_SOURCE_PIXELS, MediaError, _shrink, _to_8_bit

MAX_PIXELS = 12_000_000  # larger images are scaled down to this before OCR (a bound on its memory)
TIMEOUT_SECONDS = 15  # Tesseract's own deadline per picture (Recognize(timeout)): the bound on its time
_SLOTS = threading.BoundedSemaphore(max(1, os.cpu_count() or 1))
UPSCALE_BELOW = 1000  # images whose shorter side is under this many px are scaled up...
UPSCALE_FACTOR = 2.0  # ...by up to this factor...
UPSCALE_BUDGET = 6_000_000  # ...to at most this many pixels
TESSDATA_GLOBS = ("/usr/share/tesseract-ocr/*/tessdata", "/usr/share/tessdata")
INSTALL_HINT = (
    "install the Debian packages tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu "
    "(apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu) and the Python package "
    "tesserocr (pip install tesserocr==2.13.0)"
)


class OcrUnavailable(RuntimeError):
    """Tesseract or its English language data is missing: the message says what to install."""


@dataclass(frozen=True)
class OcrText:
    text: str  # whitespace tidied; "" when no text was found
    confidence: int  # Tesseract's mean word confidence, 0-100 (0 without words)
    languages: str  # the Tesseract languages used, e.g. "eng+deu"
    seconds: float  # time taken by the read, preparing the image included


def _version_key(folder: str) -> tuple[int, ...]:
    """/usr/share/tesseract-ocr/5/tessdata sorts after .../4.00/tessdata."""
    return tuple(int(n) for n in re.findall(r"\d+", folder))


@functools.cache
def find_tessdata() -> str | None:
    """The folder holding eng.traineddata: $TESSDATA_PREFIX (the folder, or its parent as Tesseract 3
    had it), then Debian's folders, the newest Tesseract version first. Cached: find_tessdata.cache_clear()."""
    candidates: list[str] = []
    prefix = os.environ.get("TESSDATA_PREFIX", "").strip()
    if prefix:
        candidates += [prefix, os.path.join(prefix, "tessdata")]
    for pattern in TESSDATA_GLOBS:
        candidates += sorted(glob.glob(pattern), key=_version_key, reverse=True)
    for folder in candidates:
        if os.path.isfile(os.path.join(folder, "eng.traineddata")):
            return os.path.abspath(folder)
    return None


@functools.cache
def _tesserocr_importable() -> bool:
    try:
        importlib.import_module("tesserocr")
    except ImportError:
        return False
    return True


def available() -> bool:
    """tesserocr imports and the English language data is installed."""
    return _tesserocr_importable() and find_tessdata() is not None


def languages() -> str:
    """The Tesseract languages to read with: "eng+deu" when German data is installed too, else "eng"."""
    folder = find_tessdata()
    if folder and os.path.isfile(os.path.join(folder, "deu.traineddata")):
        return "eng+deu"
    return "eng"


def _require() -> tuple[str, str]:
    """(tessdata folder, languages), or OcrUnavailable saying what is missing and what to install."""
    if not _tesserocr_importable():
        raise OcrUnavailable(f"OCR is unavailable: the Python package tesserocr is not installed; {INSTALL_HINT}")
    folder = find_tessdata()
    if folder is None:
        searched = ", ".join(["$TESSDATA_PREFIX", *TESSDATA_GLOBS])
        raise OcrUnavailable(
            f"OCR is unavailable: no Tesseract language data (eng.traineddata) in {searched}; {INSTALL_HINT}")
    return folder, languages()


_local = threading.local()


def _api(folder: str, langs: str) -> Any:
    """This thread's PyTessBaseAPI for (folder, langs): made once, then reused."""
    if getattr(_local, "key", None) == (folder, langs):
        return _local.api
    import tesserocr

    old = getattr(_local, "api", None)
    if old is not None:
        old.End()
    _local.api = _local.key = None
    try:
        api = tesserocr.PyTessBaseAPI(path=folder.rstrip("/") + "/", lang=langs)
    except RuntimeError as exc:  # unreadable or mismatched traineddata
        raise OcrUnavailable(f"OCR is unavailable: Tesseract could not load {langs} from {folder} ({exc}); "
                             f"{INSTALL_HINT}") from exc
    _local.api, _local.key = api, (folder, langs)
    return api


def _decode(data: bytes, name: str) -> Image.Image:
    if not data:
        raise MediaError("empty", name=name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_SOURCE_PIXELS:
                raise MediaError("too_many_pixels", name=name, size=f"{image.width}x{image.height}",
                                 megapixels=round(MAX_SOURCE_PIXELS / 1e6))
            image.draft("L", _ocr_size(image.width, image.height))  # JPEG: decode smaller, in grey
            image.load()
            return image
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise MediaError("bomb", name=name) from None
    except UnidentifiedImageError:
        raise MediaError("not_image", name=name) from None
    except (OSError, SyntaxError, ValueError) as exc:  # truncated or damaged files
        raise MediaError("unreadable", name=name, detail=str(exc) or type(exc).__name__) from None


def _ocr_size(width: int, height: int) -> tuple[int, int]:
    """The size the image is read at: scaled down to MAX_PIXELS, or small ones scaled up (see above)."""
    pixels = width * height
    if pixels > MAX_PIXELS:
        scale = math.sqrt(MAX_PIXELS / pixels)
    elif min(width, height) < UPSCALE_BELOW:
        scale = max(1.0, min(UPSCALE_FACTOR, math.sqrt(UPSCALE_BUDGET / pixels)))
    else:
        scale = 1.0
    if scale == 1.0:
        return width, height
    return max(1, math.floor(width * scale)), max(1, math.floor(height * scale))


def _greyscale(image: Image.Image) -> Image.Image:
    """8-bit grey, upright (EXIF), transparency flattened onto white: transparent pixels are often black."""
    image = ImageOps.exif_transpose(image)
    image = _to_8_bit(image)  # 16-bit scans: scaled, not clipped to white
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("L")
    return image if image.mode == "L" else image.convert("L")


def _prepared(image: Image.Image) -> Image.Image:
    grey = _greyscale(image)
    size = _ocr_size(grey.width, grey.height)
    if size == grey.size:
        return grey
    if size[0] < grey.width:
        return _shrink(grey, size)  # area average, in bands on several threads for large images
    return grey.resize(size, Image.Resampling.LANCZOS)


def _tidy(text: str) -> str:
    """No trailing spaces, no form feeds, at most one blank line in a row, none at either end."""
    lines = [line.rstrip() for line in text.replace("\f", "\n").splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def read_text(data: bytes | Image.Image, *, name: str = "") -> OcrText:
    """The text in an image (encoded bytes or a Pillow image; a given image is not changed).

    Raises OcrUnavailable without Tesseract or its data, MediaError for bytes that are no usable image.
    Thread-safe: each thread reads with its own Tesseract instance."""
    folder, langs = _require()
    started = time.perf_counter()
    image = _decode(data, name or "image") if isinstance(data, (bytes, bytearray, memoryview)) else data
    if not isinstance(image, Image.Image):
        raise TypeError(f"read_text takes bytes or a PIL image, not {type(data).__name__}")
    prepared = _prepared(image)
    with _SLOTS:  # (at most one read a core: a flood of pictures waits, it does not take every core)
        api = _api(folder, langs)
        try:
            api.SetImage(prepared)
            if not api.Recognize(timeout=int(TIMEOUT_SECONDS * 1000)):  # a page dense with text can take minutes
                raise MediaError("ocr_too_long", name=name or "image", seconds=TIMEOUT_SECONDS)
            text = api.GetUTF8Text()
            confidence = api.MeanTextConf()
        finally:
            api.Clear()  # frees the image and the results; the loaded models stay
    text = _tidy(text)
    return OcrText(
        text=text,
        confidence=max(0, min(100, int(confidence))) if text else 0,
        languages=langs,
        seconds=time.perf_counter() - started,
    )
