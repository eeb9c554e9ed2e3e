"""kimi_ui/media/ocr.py: Tesseract reads screenshot-like images (English and German), one engine per thread,
with the image's pixels bounded before it is read."""

from __future__ import annotations

import io
import re
import threading
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from kimi_ui.media import ocr
from kimi_ui.media.images import MediaError

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
ENGLISH = ["New conversation", "Yesterday: quarterly report", "The deployment finished without errors."]
GERMAN = ["Grüße aus München", "Übersicht der Größe", "Bitte prüfe die Änderungen vor Freitag."]


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


def _expected(lines: list[str]) -> set[str]:
    return _words(" ".join(lines))


@pytest.fixture
def font() -> Path:
    if not FONT.exists():
        pytest.skip(f"{FONT} is missing (Debian package fonts-dejavu-core)")
    return FONT


def _screenshot(font: Path, lines: list[str], size: tuple[int, int] = (1280, 800), px: int = 14,
                mode: str = "RGB") -> Image.Image:
    """A chat-UI-like screenshot: light background, a sidebar, a header bar, small dark text."""
    width, height = size
    background = (0, 0, 0, 0) if mode == "RGBA" else "#f6f7f9"
    image = Image.new(mode, size, background)
    draw = ImageDraw.Draw(image)
    if mode != "RGBA":
        draw.rectangle((0, 0, 240, height), fill="#e9ecf1")
        draw.rectangle((0, 0, width, 40), fill="#ffffff")
    text_font = ImageFont.truetype(str(font), px)
    ink = (0, 0, 0, 255) if mode == "RGBA" else (31, 35, 40, 255)  # black on transparent: a typical PNG
    draw.text((16, 12), "Kimi", font=ImageFont.truetype(str(font), 16), fill=ink)
    for i, line in enumerate(lines):
        draw.text((280, 80 + i * 30), line, font=text_font, fill=ink)
    return image


def test_reads_english_and_german_words_from_a_small_text_screenshot(font: Path) -> None:
    image = _screenshot(font, ENGLISH + GERMAN, px=14)
    result = ocr.read_text(image)
    assert result.languages == "eng+deu"
    missing = _expected(ENGLISH + GERMAN) - _words(result.text)
    assert not missing, f"not read: {sorted(missing)}\n{result.text}"
    assert 60 <= result.confidence <= 100
    assert result.seconds > 0
    assert image.size == (1280, 800) and image.mode == "RGB", "the caller's image was changed"


def test_reads_encoded_png_bytes(font: Path) -> None:
    buffer = io.BytesIO()
    _screenshot(font, GERMAN, px=15).save(buffer, "PNG")
    result = ocr.read_text(buffer.getvalue(), name="shot.png")
    missing = _expected(GERMAN) - _words(result.text)
    assert not missing, f"not read: {sorted(missing)}\n{result.text}"


def test_transparent_background_is_read_as_white(font: Path) -> None:
    """Transparent pixels are (0, 0, 0, 0): greyscale without flattening is black text on black."""
    image = _screenshot(font, ENGLISH, px=16, mode="RGBA")
    result = ocr.read_text(image)
    missing = _expected(ENGLISH) - _words(result.text)
    assert not missing, f"not read: {sorted(missing)}\n{result.text}"


def test_a_blank_image_gives_empty_text() -> None:
    result = ocr.read_text(Image.new("RGB", (1024, 768), "#fafafa"))
    assert result.text == ""
    assert result.confidence == 0


def test_two_threads_read_at_once_each_with_its_own_engine(font: Path) -> None:
    jobs = {"en": _screenshot(font, ENGLISH), "de": _screenshot(font, GERMAN)}
    start = threading.Barrier(len(jobs))
    results: dict[str, ocr.OcrText] = {}
    engines: dict[str, tuple[int, bool]] = {}
    errors: list[BaseException] = []

    def work(key: str) -> None:
        try:
            start.wait(timeout=30)
            results[key] = ocr.read_text(jobs[key])
            first = ocr._local.api
            ocr.read_text(Image.new("L", (1000, 1000), 255))
            engines[key] = (id(first), ocr._local.api is first)  # made once, then reused in this thread
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(key,)) for key in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    for key, lines in (("en", ENGLISH), ("de", GERMAN)):
        missing = _expected(lines) - _words(results[key].text)
        assert not missing, f"{key}: not read: {sorted(missing)}\n{results[key].text}"
    assert not {"München", "Größe"} & _words(results["en"].text)
    assert not {"deployment", "quarterly"} & _words(results["de"].text)
    assert engines["en"][1] and engines["de"][1], "an engine was made again for the same thread"
    assert engines["en"][0] != engines["de"][0], "two threads shared one Tesseract engine"


class FakeApi:
    """Stands in for PyTessBaseAPI: records what it is given to read."""

    def __init__(self, text: str = "", confidence: int = 88) -> None:
        self.text, self.confidence = text, confidence
        self.seen: list[tuple[tuple[int, int], str]] = []
        self.cleared = 0

    def SetImage(self, image: Image.Image) -> None:  # noqa: N802 - tesserocr's names
        self.seen.append((image.size, image.mode))

    def Recognize(self, timeout: int = 0) -> bool:  # noqa: N802
        self.timeout = timeout
        return True

    def GetUTF8Text(self) -> str:  # noqa: N802
        return self.text

    def MeanTextConf(self) -> int:  # noqa: N802
        return self.confidence

    def Clear(self) -> None:  # noqa: N802
        self.cleared += 1


@pytest.fixture
def fake_api(monkeypatch: pytest.MonkeyPatch) -> FakeApi:
    fake = FakeApi(text="x")
    monkeypatch.setattr(ocr, "_api", lambda folder, langs: fake)
    return fake


def test_a_huge_image_is_scaled_down_to_the_pixel_budget(fake_api: FakeApi) -> None:
    image = Image.new("RGB", (6000, 4000), "white")  # 24 MP
    ocr.read_text(image)
    [((width, height), mode)] = fake_api.seen
    assert width * height <= ocr.MAX_PIXELS
    assert width * height > 0.98 * ocr.MAX_PIXELS, "scaled down further than the budget asks"
    assert abs(width / height - 1.5) < 0.01
    assert mode == "L"
    assert fake_api.cleared == 1
    assert image.size == (6000, 4000)


def test_huge_encoded_bytes_are_scaled_down_too(fake_api: FakeApi) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (5000, 4000), "white").save(buffer, "JPEG", quality=80)
    ocr.read_text(buffer.getvalue())
    [((width, height), _)] = fake_api.seen
    assert width * height <= ocr.MAX_PIXELS
    assert abs(width / height - 1.25) < 0.01


def test_a_small_screenshot_is_scaled_up_and_a_large_one_is_not(fake_api: FakeApi) -> None:
    ocr.read_text(Image.new("RGB", (640, 400), "white"))
    ocr.read_text(Image.new("RGB", (1920, 1080), "white"))
    ocr.read_text(Image.new("RGB", (4000, 900), "white"))  # 2x would pass UPSCALE_BUDGET
    sizes = [size for size, _ in fake_api.seen]
    assert sizes[0] == (1280, 800)
    assert sizes[1] == (1920, 1080)
    width, height = sizes[2]
    assert 4000 < width and 900 < height and width * height <= ocr.UPSCALE_BUDGET


def test_whitespace_is_tidied_and_confidence_kept_in_range(fake_api: FakeApi) -> None:
    fake_api.text = "\n\nTitle   \n\n\n\n\nfirst line \t\nsecond\n\f"
    fake_api.confidence = 250
    result = ocr.read_text(Image.new("L", (1200, 1200), 255))
    assert result.text == "Title\n\nfirst line\nsecond"
    assert result.confidence == 100


def test_bytes_that_are_no_image_raise_media_error() -> None:
    with pytest.raises(MediaError) as caught:
        ocr.read_text(b"definitely not a picture", name="notes.png")
    assert caught.value.code == "not_image"
    assert caught.value.params["name"] == "notes.png"


@pytest.fixture
def fresh_lookup():
    ocr.find_tessdata.cache_clear()
    yield
    ocr.find_tessdata.cache_clear()


def test_unavailable_without_language_data_names_the_packages(
        monkeypatch: pytest.MonkeyPatch, fresh_lookup: None, tmp_path: Path) -> None:
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    monkeypatch.setattr(ocr, "TESSDATA_GLOBS", (str(tmp_path / "none" / "*"),))
    assert ocr.find_tessdata() is None
    assert not ocr.available()
    with pytest.raises(ocr.OcrUnavailable) as caught:
        ocr.read_text(Image.new("L", (10, 10), 255))
    message = str(caught.value)
    for package in ("tesseract-ocr", "tesseract-ocr-eng", "tesseract-ocr-deu", "tesserocr"):
        assert package in message


def test_unavailable_without_tesserocr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "_tesserocr_importable", lambda: False)
    assert not ocr.available()
    with pytest.raises(ocr.OcrUnavailable, match="pip install tesserocr"):
        ocr.read_text(Image.new("L", (10, 10), 255))


def test_tessdata_prefix_comes_first_and_languages_follow_its_files(
        monkeypatch: pytest.MonkeyPatch, fresh_lookup: None, tmp_path: Path) -> None:
    (tmp_path / "tessdata").mkdir()
    (tmp_path / "tessdata" / "eng.traineddata").write_bytes(b"")
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))  # the parent, as Tesseract 3 had it
    assert ocr.find_tessdata() == str(tmp_path / "tessdata")
    assert ocr.languages() == "eng"
    (tmp_path / "tessdata" / "deu.traineddata").write_bytes(b"")
    assert ocr.languages() == "eng+deu"


def test_debian_tessdata_is_found_with_german(monkeypatch: pytest.MonkeyPatch, fresh_lookup: None) -> None:
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    folder = ocr.find_tessdata()
    assert folder is not None and Path(folder, "eng.traineddata").is_file()
    assert ocr.available()
    assert ocr.languages() == "eng+deu"


def test_a_read_past_tesseracts_deadline_is_refused_not_waited_for(monkeypatch):
    """Tesseract's own deadline (Recognize(timeout)): a picture of small print that would take longer is
    refused with a clear reason (the outside probe's 12 MP page took two minutes)."""
    assert FONT.exists(), "DejaVuSans is needed (fonts-dejavu-core)"
    image = Image.new("RGB", (1600, 1000), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 12)
    for row in range(60):
        draw.text((5, 5 + row * 16), "lorem ipsum dolor sit amet " * 8, fill="black", font=font)
    monkeypatch.setattr(ocr, "TIMEOUT_SECONDS", 0.001)
    with pytest.raises(MediaError) as caught:
        ocr.read_text(image, name="print.png")
    assert caught.value.code == "ocr_too_long" and caught.value.params == {"name": "print.png", "seconds": 0.001}
