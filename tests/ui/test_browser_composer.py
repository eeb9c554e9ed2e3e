"""The attachment chips under the composer in real Chromium (issue 14): one chip per file with its name,
kind, size and token estimate; "cut to 200 KB" before sending; a refused file says why on its chip; a text-only
backend marks the pictures it refuses; a chip's × removes its file and keeps what is typed (the kept files
still send); and the remove handler, called by anyone with anything, hands back nothing that is not the
caller's."""

from __future__ import annotations

import io
import re

import httpx
import pytest
from PIL import Image
from playwright.sync_api import expect

from tests.support.accounts import cookie_header, session_cookie
from tests.support.axe import blocking, describe, run_axe
from tests.support.browser import RESULTS
from tests.support.documents import minimal_pdf
from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.ui
DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
SHOTS = RESULTS / "composer"
LONG_NAME = "quarterly-report-of-the-infrastructure-team-with-every-appendix-and-notes.txt"


@pytest.fixture(scope="module")
def served(sim, tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("composer"), default_backend="Simulated vLLM")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with serve(settings, sim_backends(sim.url)) as app:
        yield app


def png(width: int = 640, height: int = 480) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (60, 90, 200)).save(out, "PNG")
    return out.getvalue()


def long_log() -> bytes:
    return b"".join(f"{n:06d} INFO something happened here\n".encode() for n in range(11_250))  # 405 KB


def opened(browser, app, viewport: dict, scheme: str = "light"):
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    page.goto(app.url + ("?__theme=dark" if scheme == "dark" else ""))
    expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)
    return context, page


def attach(page, files: list) -> None:
    page.locator("#composer input[type=file]").set_input_files(files)


def no_axe_blockers(page) -> None:
    """The chips (names, figures, remove buttons, the refused ones' colours) as axe sees them: 0 critical,
    0 serious."""
    found = blocking(run_axe(page))
    assert not found, describe(found)


def chip(page, name: str):
    return page.locator("#upload-estimate .kimi-chip").filter(has=page.get_by_title(name, exact=True))


def test_chips_show_each_file_and_remove_keeps_the_text_and_the_others(browser, served, tmp_path):
    from tests.support.media import write_h264

    clip = write_h264(tmp_path, "walk.mp4", count=60, fps=30)
    context, page = opened(browser, served, DESKTOP)
    box = page.locator("#composer textarea")
    box.fill("Keep this question while I tidy the files")
    attach(page, [{"name": "shot.png", "mimeType": "image/png", "buffer": png()},
                  {"name": "notes.txt", "mimeType": "text/plain", "buffer": b"three short lines\nof notes\nhere\n"},
                  {"name": "app.log", "mimeType": "text/plain", "buffer": long_log()},
                  {"name": "plan.pdf", "mimeType": "application/pdf", "buffer": minimal_pdf("The plan is ready")},
                  {"name": "broken.png", "mimeType": "image/png", "buffer": b"\x89PNG\r\n\x1a\n not really"}])
    chips = page.locator("#upload-estimate .kimi-chip")
    expect(chips).to_have_count(5, timeout=15_000)
    attach(page, str(clip))  # a second pick adds to the files (Gradio keeps the first ones)
    expect(chips).to_have_count(6, timeout=15_000)
    # Gradio's own thumbnails are hidden by assets/composer.css, which matches its private markup: this fails
    # when a Gradio upgrade changes that markup (then the CSS must follow it).
    thumbnails = page.locator('#composer [role="listitem"][aria-label="File thumbnail"]')
    expect(thumbnails).to_have_count(6)
    assert thumbnails.evaluate_all("all => all.every(e => getComputedStyle(e).display === 'none')")
    expect(page.get_by_role("button", name="Attach files")).to_be_visible()  # more can still be attached (our words: settings.js)
    expect(chip(page, "shot.png")).to_contain_text(re.compile(r"image · 2 KB · ~\d{3} tokens"))
    expect(chip(page, "shot.png").locator("img.kimi-chip-thumb")).to_have_js_property("naturalWidth", 640)
    expect(chip(page, "broken.png").locator("img")).to_have_count(0)
    expect(chip(page, "walk.mp4")).to_contain_text(re.compile(r"video \(16 frames\) · \d+ KB · ~[\d,]+ tokens"))
    expect(chip(page, "notes.txt")).to_contain_text("text · 32 bytes · ~9 tokens")
    expect(chip(page, "plan.pdf")).to_contain_text(re.compile(r"PDF \(1 page\) · \d+ bytes · ~\d+ tokens"))
    log = chip(page, "app.log")
    expect(log).to_contain_text("text · 405 KB · ~57,142 tokens")
    expect(log.locator(".kimi-chip-cut")).to_have_text("cut to 200 KB")
    expect(chip(page, "notes.txt").locator(".kimi-chip-cut")).to_have_count(0)
    broken = chip(page, "broken.png")
    expect(broken).to_have_class(re.compile("kimi-chip-refused"))
    expect(broken.locator(".kimi-chip-problem")).to_have_text("not an image kimi-ui can read")
    total = page.locator("#upload-estimate .kimi-estimate")
    expect(total).to_contain_text(re.compile(r"Attachments: about [\d,]+ tokens"))
    expect(total).to_contain_text("1 file cannot be sent: remove it")
    page.screenshot(path=SHOTS / "desktop-light.png")
    no_axe_blockers(page)

    page.get_by_role("button", name="Remove broken.png").click()
    expect(chips).to_have_count(5, timeout=10_000)
    expect(box).to_be_focused()  # back in the message box: the button is gone
    page.get_by_role("button", name="Remove notes.txt").click()
    expect(chips).to_have_count(4, timeout=10_000)
    expect(box).to_have_value("Keep this question while I tidy the files")
    expect(page.get_by_title("notes.txt", exact=True)).to_have_count(0)
    expect(thumbnails).to_have_count(4)  # the composer's value lost that file too
    expect(total).not_to_contain_text("cannot be sent")

    box.press("Enter")  # the files kept are still the caller's uploads: they go with the question
    question = page.locator("#chat .kimi-user").last
    expect(question).to_contain_text("app.log", timeout=30_000)
    expect(question).to_contain_text("plan.pdf")
    expect(question).not_to_contain_text("notes.txt")
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_have_count(1, timeout=60_000)
    context.close()


def test_phone_dark_a_text_only_backend_marks_the_refused_chip(browser, served):
    context, page = opened(browser, served, PHONE, "dark")
    page.locator("#composer textarea").fill("what do these say?")
    attach(page, [{"name": "photo.png", "mimeType": "image/png", "buffer": png(1200, 900)},
                  {"name": LONG_NAME, "mimeType": "text/plain", "buffer": b"line one\nline two\n"}])
    expect(page.locator("#upload-estimate .kimi-chip")).to_have_count(2, timeout=15_000)
    name = chip(page, LONG_NAME).locator(".kimi-chip-name")
    assert name.evaluate("e => e.scrollWidth > e.clientWidth")  # cut with an ellipsis on screen, whole in its title
    expect(page.get_by_role("button", name=f"Remove {LONG_NAME}")).to_be_visible()

    picker = page.locator("#backend-picker input")
    picker.click()
    page.get_by_role("option", name=re.compile("Simulated llama.cpp")).first.click()
    alert = page.locator("#upload-estimate [role=alert]")
    expect(alert).to_contain_text("is text-only: it cannot read photo.png", timeout=10_000)
    photo = chip(page, "photo.png")
    expect(photo).to_have_class(re.compile("kimi-chip-refused"))
    expect(photo.locator(".kimi-chip-problem")).to_contain_text("no text in it for a text-only backend")  # (OCR)
    expect(chip(page, LONG_NAME)).not_to_have_class(re.compile("kimi-chip-refused"))
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]  # no sideways scroll
    page.screenshot(path=SHOTS / "phone-dark.png")
    no_axe_blockers(page)

    remove = page.get_by_role("button", name="Remove photo.png")
    remove.focus()
    page.keyboard.press("Enter")  # by keyboard too
    expect(page.locator("#upload-estimate .kimi-chip")).to_have_count(1, timeout=10_000)
    expect(alert).to_have_count(0)
    expect(page.locator("#composer textarea")).to_have_value("what do these say?")
    context.close()


def remove_call(app, token: str, message: dict, action: str) -> httpx.Response:
    """The chips' click event as a script calls it: any composer value, any action."""
    with httpx.Client(base_url=app.url, headers=cookie_header(token), timeout=30) as http:
        config = http.get("config").json()
        dep = next(d for d in config["dependencies"] if d.get("api_name") == "remove_attachment")
        body = {"data": [message, None, None], "fn_index": dep["id"], "session_hash": "chipsremove", "trigger_id": None,
                "event_data": {"action": action}}
        return http.post("gradio_api/run/predict", json=body)


def uploaded(app, token: str, name: str, data: bytes) -> str:
    with httpx.Client(base_url=app.url, headers=cookie_header(token), timeout=30) as http:
        response = http.post("gradio_api/upload", files={"files": (name, data, "text/plain")})
    assert response.status_code == 200, response.text
    return response.json()[0]


def ref(path: str, name: str) -> dict:
    return {"path": path, "orig_name": name, "meta": {"_type": "gradio.FileData"}}


def test_the_remove_handler_hands_back_only_the_callers_own_files(two_users_app):
    from kimi_ui.ui.composer import file_key
    from tests.ui.conftest import TWO_USERS

    app = two_users_app
    alice, bob = (session_cookie(app.url, name, TWO_USERS[name]) for name in ("alice", "bob"))
    first = uploaded(app, alice, "first.txt", b"alice's first file")
    second = uploaded(app, alice, "second.txt", b"alice's second file")
    mine = {"text": "typed by alice", "files": [ref(first, "first.txt"), ref(second, "second.txt")]}

    response = remove_call(app, alice, mine, f"remove:{file_key(first)}")
    assert response.status_code == 200, response.text
    value = response.json()["data"][0]["value"]
    assert value["text"] == "typed by alice"
    assert [f["path"] for f in value["files"]] == [second]

    for action in ("remove:0", "remove:../../etc/passwd", f"remove:{file_key(first)[:-1]}", "rename:x", ""):
        response = remove_call(app, alice, mine, action)  # names none of her files: nothing changes
        assert response.status_code == 200 and "value" not in response.json()["data"][0], (action, response.text)

    for gone, kept in ((first, second), ("/etc/passwd", "/etc/hostname")):  # alice's uploads, server files
        forged = {"text": "", "files": [ref(gone, "x.txt"), ref(kept, "y.txt")]}
        response = remove_call(app, bob, forged, f"remove:{file_key(gone)}")
        assert kept not in response.text and "alice's" not in response.text, response.text[:300]


def test_a_picture_refused_by_a_text_only_backend_can_be_sent_elsewhere(browser, served):
    """Sent anyway to a text-only backend: refused before the question is saved, the message and the picture
    come back to the composer, and the picture still counts as the user's own upload (the side stream had
    taken it for that turn): picked another backend, it goes. It stuck as 'must be uploaded first' before."""
    context, page = opened(browser, served, DESKTOP)
    picker = page.locator("#backend-picker input")
    picker.click()
    page.get_by_role("option", name=re.compile("Simulated llama.cpp")).first.click()
    attach(page, [{"name": "shot.png", "mimeType": "image/png", "buffer": png(320, 200)}])
    expect(page.locator("#upload-estimate [role=alert]")).to_contain_text("is text-only", timeout=10_000)
    box = page.locator("#composer textarea")
    box.fill("what is on it? #sim tokens=5")
    box.press("Enter")
    chat = page.locator("#chat")
    expect(chat.locator(".kimi-notice-error")).to_contain_text(
        "cannot read pictures, and OCR found no text in shot.png", timeout=20_000)  # (a plain blue picture)
    expect(box).to_have_value("what is on it? #sim tokens=5", timeout=10_000)  # given back, with its picture
    expect(chip(page, "shot.png")).to_be_visible()
    expect(page.locator("#upload-estimate")).not_to_contain_text("must be uploaded first")
    picker.click()
    page.get_by_role("option", name=re.compile("Simulated vLLM")).first.click()
    expect(page.locator("#upload-estimate [role=alert]")).to_have_count(0, timeout=10_000)
    box.press("Enter")
    expect(chat.locator(".kimi-user").last.locator("img")).to_be_visible(timeout=20_000)
    expect(chat.locator(".kimi-answer").last.locator(".kimi-stats")).to_be_visible(timeout=30_000)
    expect(chat.locator(".kimi-answer").last).to_contain_text("images: 1")
    context.close()



def test_typing_and_sending_text_ask_the_server_for_no_estimate(browser, served):
    """The chips follow the composer's files (`attached`, set in the page), not each change of the composer:
    typing, and Enter clearing a message without files, cost no request; attaching a file does."""
    context, page = opened(browser, served, DESKTOP)
    on_files = page.evaluate("""() => {
        const config = window.gradio_config;
        const attached = config.components.find((c) => c.props && c.props.elem_id === 'kimi-attached').id;
        return config.dependencies.filter((d) => d.targets.some(([id, event]) => id === attached && event === 'change'))
            .map((d) => d.id);
    }""")
    assert len(on_files) == 1
    asked: list[int] = []

    def seen(request) -> None:
        if "/gradio_api/run/" in request.url or "/gradio_api/queue/join" in request.url:
            asked.append((request.post_data_json or {}).get("fn_index"))

    page.on("request", seen)
    box = page.locator("#composer textarea")
    box.press_sequentially("a question typed key by key", delay=15)
    box.press("Enter")
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_have_count(1, timeout=20_000)
    assert on_files[0] not in asked, asked
    attach(page, [{"name": "notes.txt", "mimeType": "text/plain", "buffer": b"a line of notes\n"}])
    expect(page.locator("#upload-estimate .kimi-chip")).to_have_count(1, timeout=15_000)
    assert on_files[0] in asked, asked
    context.close()
