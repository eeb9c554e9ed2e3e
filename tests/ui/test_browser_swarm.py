"""Swarm mode in Chromium against the simulator (kimi_ui/swarm.py, kimi_ui/demo_swarm.py, the Swarm panel of
kimi_ui/ui/chat_view/frontend/Swarm.svelte): a lane per sub-agent seen live (never more running at once than the
swarm's concurrency), opened with the keyboard; a reload mid-swarm attaches to it and the finished lanes come
back from storage; Stop ends every lane that has not finished and keeps what they wrote; a failing sub-agent's
lane says why while the orchestrator still answers; on a phone in the dark the panel fits and passes axe."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import expect

from tests.support.axe import TAGS, axe_script, blocking, describe
from tests.support.browser import RESULTS, answered, ready, send
from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.ui
SHOTS = RESULTS / "swarm"
CONCURRENCY = 4  # swarm_concurrency and swarm_agents_per_user of the app below
# Each lane as the page shows it, in order: what the tests compare and sample.
LANES_JS = """() => [...document.querySelectorAll('#chat article.kimi-answer:last-of-type li.kimi-lane')].map(l => ({
  agent: l.dataset.agent, status: l.dataset.status,
  open: l.querySelector(':scope > details').open,
  title: l.querySelector('.kimi-lane-title')?.textContent ?? '',
  label: l.querySelector('.kimi-lane-status')?.textContent ?? '',
  figures: l.querySelector('.kimi-lane-figures')?.textContent ?? '',
  preview: l.querySelector('.kimi-lane-preview')?.textContent ?? '',
  task: l.querySelector('.kimi-lane-task-text')?.textContent ?? '',
  reasoning: l.querySelector('.kimi-lane-body .kimi-reasoning-body')?.textContent ?? '',
  tools: [...l.querySelectorAll('.kimi-lane-body details.kimi-tool > summary')].map(s => s.textContent.trim()),
  text: l.querySelector('.kimi-lane-body .kimi-text')?.textContent ?? '',
  error: l.querySelector('.kimi-lane-body .kimi-notice-error')?.textContent ?? '',
}))"""
# The orchestrator's own text: a direct part of the answer, never a lane's.
ANSWER_TEXT = "#chat article.kimi-answer > .kimi-text"


@pytest.fixture(scope="module")
def served(sim, tmp_path_factory):
    SHOTS.mkdir(parents=True, exist_ok=True)
    settings = make_settings(tmp_path_factory.mktemp("swarm"), default_backend="Simulated vLLM",
                             swarm_concurrency=CONCURRENCY, swarm_agents_per_user=CONCURRENCY, swarm_max_agents=8)
    with serve(settings, sim_backends(sim.url)) as app:
        yield app


@pytest.fixture
def swarm_page(browser, served):
    """swarm_page(): a new context's page on the app, Swarm picked in the mode picker; closed after the test."""
    made = []

    def open_page(width: int = 1440, height: int = 900, scheme: str | None = None):
        context = browser.new_context(viewport={"width": width, "height": height},
                                      **({"color_scheme": scheme} if scheme else {}))
        made.append(context)
        page = context.new_page()
        page.goto(served.url + (f"?__theme={scheme}" if scheme else ""))
        ready(page)
        picker = page.locator("#mode-picker")
        picker.get_by_text("Swarm", exact=True).click()
        expect(picker.get_by_role("radio", name="Swarm")).to_be_checked()
        return page

    yield open_page
    for context in made:
        context.close()


def lanes(page) -> list[dict]:
    return page.evaluate(LANES_JS)


def statuses(page) -> list[str]:
    return [lane["status"] for lane in lanes(page)]


def words(text: str) -> str:
    return " ".join(text.split())


def answering(page) -> bool:
    return "kimi-answering" in (page.locator("body").get_attribute("class") or "")


def sample_until_finished(page, seen: list[dict], timeout: float = 60.0) -> None:
    """Read the lanes (and whether the orchestrator's own text is out) until the answer has its footer."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        seen.append({"lanes": lanes(page), "answer_text": page.locator(ANSWER_TEXT).count(),
                     "ended": page.locator("#chat .kimi-answer .kimi-stats").count() > 0})
        if seen[-1]["ended"]:
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"the swarm did not end; last lanes: {seen[-1]['lanes'] if seen else None}")


def assert_each_lane_moves_forward(samples: list[list[dict]]) -> None:
    """queued -> running -> an ending, never back (a lane may skip a state between two readings)."""
    order = {"queued": 0, "running": 1, "done": 2, "failed": 2, "stopped": 2}
    for index in range(len(samples[-1])):
        path = [lanes_[index]["status"] for lanes_ in samples if len(lanes_) > index]
        ranks = [order[s] for s in path]
        assert ranks == sorted(ranks) and len({s for s in path if order[s] == 2}) <= 1, (index, path)


def test_a_swarm_of_six_runs_four_at_once_live_and_its_lanes_open_with_the_keyboard(swarm_page, served):
    page = swarm_page()
    send(page, "live-swarm #sim swarm=6 swarm_calls=1 swarm_rate=40")
    expect(page).to_have_url(re.compile(r"/c/\w+$"), timeout=15_000)
    lane_items = page.locator("#chat li.kimi-lane")
    expect(lane_items).to_have_count(6, timeout=20_000)
    expect(page.locator("#chat li.kimi-lane[data-status=running]").first).to_be_attached(timeout=20_000)
    page.screenshot(path=SHOTS / "desktop-live.png")

    # Lanes are reached with Tab and opened with Enter, mid-swarm: the first focusable after the orchestrator's
    # reasoning is the first lane's summary.
    page.locator("#chat article.kimi-answer > details.kimi-reasoning > summary").first.focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.closest('li.kimi-lane')?.dataset.agent ?? "
                            "document.activeElement.outerHTML.slice(0, 120)")
    assert focused == "agent-1", focused
    page.keyboard.press("Enter")
    first = lane_items.first.locator(":scope > details")
    expect(first).to_have_attribute("open", "")

    seen: list[dict] = []
    sample_until_finished(page, seen)
    samples = [s["lanes"] for s in seen if len(s["lanes"]) == 6]
    counts = [sum(lane["status"] == "running" for lane in lanes_) for lanes_ in samples]
    assert max(counts) <= CONCURRENCY, counts  # never more than the swarm's concurrency at once
    assert any(c == CONCURRENCY and [l["status"] for l in lanes_].count("queued") == 2
               for c, lanes_ in zip(counts, samples)), counts  # four ran while two waited their turn
    assert any(lanes_[4]["status"] == "running" and any(l["status"] == "done" for l in lanes_[:4])
               for lanes_ in samples), "the queued lanes did not run once places were free"
    assert_each_lane_moves_forward(samples)
    running = [lanes_[index] for lanes_ in samples for index in range(6) if lanes_[index]["status"] == "running"]
    for index in range(6):  # each lane's figures and preview move while it runs
        figures = {l["figures"] for l in running if l["agent"] == f"agent-{index + 1}"}
        previews = {l["preview"] for l in running if l["agent"] == f"agent-{index + 1}" and l["preview"]}
        assert len(figures) >= 2 and len(previews) >= 2, (index, figures, previews)
    assert all(not s["answer_text"] for s in seen if any(l["status"] != "done" for l in s["lanes"])), \
        "the orchestrator wrote its answer before its agents were done"
    opened = [lanes_[0]["open"] for lanes_ in samples]
    assert all(opened), f"the lane opened by the reader closed while the swarm streamed: {opened}"

    answered(page, 1)
    final = lanes(page)
    assert [l["status"] for l in final] == ["done"] * 6
    assert [l["title"] for l in final] == [f"Part {n} of the question" for n in range(1, 7)]
    assert all(l["label"] == "done" and re.fullmatch(r"\d+ tokens · [\d.]+ s", l["figures"]) for l in final), final
    summary = page.locator("#chat .kimi-swarm-summary")
    expect(summary).to_have_text(re.compile(r"^6 agents · 6 tool calls · .+ s; one after another ≈ .+ s$"))
    answer_text = page.locator(ANSWER_TEXT).last
    expect(answer_text).to_contain_text("6 agents ran: 6 done.")
    expect(answer_text).to_contain_text("last user message:")
    after = answer_text.evaluate("(text) => !!(document.querySelector('#chat section.kimi-swarm')"
                                 ".compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING)")
    assert after, "the orchestrator's answer is not after the lanes"
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_have_text(re.compile(r"\d+ tokens"))

    # The lane opened mid-swarm shows its task (a disclosure: Tab, then Space), tool call and answer.
    expect(first).to_have_attribute("open", "")
    body = lane_items.first.locator(".kimi-lane-body")
    expect(body.locator(".kimi-text")).to_contain_text("Look into part 1 of the question")
    expect(body.locator("details.kimi-tool .kimi-tool-name")).to_contain_text("calculator")
    expect(body.locator("details.kimi-tool .kimi-tool-args")).to_contain_text("1*7")
    lane_items.first.locator(":scope > details > summary").focus()
    page.keyboard.press("Tab")
    expect(body.locator("details.kimi-lane-task > summary")).to_be_focused()
    page.keyboard.press("Space")
    expect(body.locator(".kimi-lane-task-text")).to_be_visible()
    expect(body.locator(".kimi-lane-task-text")).to_contain_text(
        "Look into part 1 of the question and report what you find.")
    # Space on a closed lane's summary opens it too.
    lane_items.nth(2).locator(":scope > details > summary").focus()
    page.keyboard.press("Space")
    expect(lane_items.nth(2).locator(":scope > details")).to_have_attribute("open", "")
    expect(lane_items.nth(2).locator(".kimi-lane-body .kimi-text")).to_contain_text("Look into part 3")
    page.screenshot(path=SHOTS / "desktop-done.png", full_page=True)


def test_a_reload_mid_swarm_follows_its_lanes_to_the_end_and_the_stored_lanes_are_the_same(swarm_page, served):
    page = swarm_page()
    send(page, "reload-swarm #sim swarm=6 swarm_calls=1 swarm_rate=40")
    expect(page).to_have_url(re.compile(r"/c/\w+$"), timeout=15_000)
    address = page.url
    expect(page.locator("#chat li.kimi-lane[data-status=running]")).to_have_count(CONCURRENCY, timeout=20_000)
    page.reload(wait_until="commit")
    # From the first frame on, the answer is shown as being written (the stored row of an answer a job writes is
    # live, never "interrupted" with Continue and stopped lanes until its follower takes over).
    for _ in range(40):
        shown = page.evaluate("""() => ({stats: !!document.querySelector('#chat .kimi-stats'),
            go_on: !!document.querySelector('#chat .kimi-continue'),
            stopped: document.querySelectorAll('#chat li.kimi-lane[data-status=stopped]').length})""")
        assert shown == {"stats": False, "go_on": False, "stopped": 0}, shown
        time.sleep(0.025)
    ready(page)
    expect(page).to_have_url(address)
    expect(page.locator("#chat li.kimi-lane")).to_have_count(6, timeout=15_000)
    expect(page.locator("#chat li.kimi-lane[data-status=running]").first).to_be_attached(timeout=15_000)
    expect(page.locator("body")).to_have_class(re.compile(r"\bkimi-answering\b"))
    page.screenshot(path=SHOTS / "desktop-after-reload.png")

    seen: list[dict] = []
    sample_until_finished(page, seen)
    samples = [s["lanes"] for s in seen if len(s["lanes"]) == 6]
    assert_each_lane_moves_forward(samples)
    moves = {(i, l["status"], l["figures"]) for lanes_ in samples for i, l in enumerate(lanes_)}
    assert len(moves) > len(samples[0]), "the lanes did not move after the reload (not followed live)"
    assert any(l["status"] != "done" for l in samples[0])
    answered(page, 1)
    expect(page.locator("#chat li.kimi-lane[data-status=done]")).to_have_count(6)
    expect(page.locator(ANSWER_TEXT).last).to_contain_text("6 agents ran: 6 done.")
    assert page.locator("#chat").inner_text().count("last user message:\nreload-swarm") == 1  # one answer, in place

    for summary in page.locator("#chat li.kimi-lane > details > summary").all():
        summary.click()  # (every lane opened: its reasoning, tools and text are compared below)
    live, summary_text = lanes(page), page.locator("#chat .kimi-swarm-summary").inner_text()
    stats = page.locator("#chat .kimi-answer .kimi-stats").inner_text()
    page.reload()
    ready(page)
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_have_text(stats, timeout=15_000)
    stored = lanes(page)
    assert not answering(page)
    assert [l["status"] for l in stored] == ["done"] * 6
    keys = ("agent", "status", "title", "label", "figures", "task", "reasoning", "tools", "text", "error")
    for before, after in zip(live, stored, strict=True):
        assert {k: before[k] for k in keys} == {k: after[k] for k in keys}
    assert all("Look into part" in l["text"] and l["tools"] for l in stored), stored
    expect(page.locator("#chat .kimi-swarm-summary")).to_have_text(summary_text)


@pytest.mark.parametrize("how", ["stop-button", "escape"])
def test_stop_mid_swarm_stops_every_lane_not_done_and_keeps_what_they_wrote(swarm_page, served, how):
    page = swarm_page()
    send(page, f"{how}-swarm #sim swarm=6 swarm_calls=1 swarm_rate=10")
    expect(page).to_have_url(re.compile(r"/c/\w+$"), timeout=15_000)
    running = page.locator("#chat li.kimi-lane[data-status=running]")
    expect(running).to_have_count(CONCURRENCY, timeout=20_000)
    expect(running.locator(".kimi-lane-preview")).to_have_count(CONCURRENCY, timeout=15_000)  # each has written
    stop = page.locator("#composer .stop-button")
    expect(stop).to_be_visible()  # send became Stop
    expect(page.locator("#composer .submit-button")).to_be_hidden()
    before = lanes(page)
    if how == "escape":
        expect(page.locator("#composer textarea")).to_be_focused()  # (back in the box after sending)
        page.keyboard.press("Escape")
    else:
        stop.click()
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_contain_text("stopped", timeout=15_000)
    ready(page)
    expect(page.locator("#composer .submit-button")).to_be_visible()
    expect(page.locator("#chat .kimi-answer .kimi-continue")).to_be_visible()

    after = lanes(page)
    assert len(after) == 6
    assert not {l["status"] for l in after} & {"queued", "running"}, after
    for old, new in zip(before, after):
        if old["status"] == "queued":
            assert new["status"] == "stopped" and new["label"] == "stopped", (old, new)
        if old["status"] == "running":
            assert new["status"] in ("stopped", "done"), (old, new)
            assert new["figures"], new  # its tokens and time stay
    # Nothing lost: what each running lane showed as it was stopped is in the lane, opened.
    for summary in page.locator("#chat li.kimi-lane > details > summary").all():
        summary.click()
    opened = lanes(page)
    for old, new in zip(before, opened):
        if old["status"] == "running":
            tail = words(old["preview"]).lstrip("…")[-20:]
            kept = words(new["reasoning"] + " " + " ".join(new["tools"]) + " " + new["text"])
            assert tail and tail in kept, (tail, kept)
    page.screenshot(path=SHOTS / f"desktop-stopped-{how}.png", full_page=True)
    stats = page.locator("#chat .kimi-answer .kimi-stats").inner_text()

    # The stopped agents gave their places back (the per-user allowance counts none running now).
    allowance = served.ctx.turns.allowance
    deadline = time.monotonic() + 10
    while allowance.users and time.monotonic() < deadline:
        time.sleep(0.1)
    assert allowance.users == {}, allowance.users

    page.reload()
    ready(page)
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_have_text(stats, timeout=15_000)
    expect(page.locator("#chat .kimi-answer .kimi-continue")).to_be_visible()
    for summary in page.locator("#chat li.kimi-lane > details > summary").all():
        summary.click()
    stored = lanes(page)
    keys = ("agent", "status", "title", "label", "figures", "task", "reasoning", "tools", "text", "error")
    for live, kept in zip(opened, stored, strict=True):
        assert {k: live[k] for k in keys} == {k: kept[k] for k in keys}


def test_a_failing_sub_agent_says_why_in_its_lane_and_the_orchestrator_still_answers(swarm_page, served, sim_requests):
    page = swarm_page()
    send(page, "fail-swarm #sim swarm=3 swarm_calls=1 swarm_fail=2 swarm_tokens=61")
    answered(page, 1)
    shown = lanes(page)
    assert [(l["agent"], l["status"], l["label"]) for l in shown] == [
        ("agent-1", "done", "done"), ("agent-2", "failed", "failed"), ("agent-3", "done", "done")]
    failed = page.locator("#chat li.kimi-lane[data-agent=agent-2]")
    expect(failed.locator(".kimi-notice-error")).to_be_hidden()  # closed: said when opened
    failed.locator(":scope > details > summary").click()
    notice = failed.locator(".kimi-lane-body .kimi-notice-error")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("internal error (500)")
    expect(notice).to_contain_text("Internal server error (simulated)")
    expect(failed.locator(".kimi-lane-body .kimi-text")).to_have_count(0)
    expect(page.locator("#chat .kimi-swarm-summary")).to_have_text(re.compile(r"^3 agents · 2 tool calls · "))

    answer_text = page.locator(ANSWER_TEXT).last
    expect(answer_text).to_contain_text("3 agents ran: 2 done, 1 failed or stopped.")
    requests = [r["body"] for r in sim_requests() if isinstance(r.get("body"), dict)]
    results = [m.get("content") for body in requests for m in body.get("messages") or []
               if m.get("role") == "tool" and "fail-swarm" in str(body["messages"])]
    report = next((r for r in results if isinstance(r, str) and r.startswith("3 agents ran")), None)
    assert report is not None, results  # the orchestrator read the agents' results
    assert re.search(r"## Agent 2: Part 2 of the question \(failed\)\nError: Simulated vLLM failed with an "
                     r"internal error \(500\)\. The server said: Internal server error \(simulated\)", report), report
    assert "## Agent 1: Part 1 of the question (done)" in report
    assert "## Agent 3: Part 3 of the question (done)" in report
    # (a sub-agent's request carries its task, not the user's words: this test's failing one says tokens=61)
    tries = [b for b in requests if any(m.get("role") == "user" and "#sim tokens=61 status=500"
                                        in str(m.get("content")) for m in b.get("messages") or [])]
    page.screenshot(path=SHOTS / "desktop-failed-lane.png", full_page=True)
    # Asked once: a 500 is not one of the failures the app retries (kimi_ui/backends/errors.py: 429, 502-504),
    # and the swarm adds no tries of its own.
    assert len(tries) == 1, len(tries)


def axe_in(page, selector: str) -> list[dict]:
    """axe-core's violations within `selector` (tests/support/axe.py runs it on the whole document)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(content=axe_script())
    return page.evaluate("""([selector, tags]) => window.axe.run({include: [[selector]]},
        {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']}).then(r => r.violations)""",
                         [selector, TAGS])


def test_on_a_phone_in_the_dark_the_swarm_fits_and_passes_axe(swarm_page, served):
    page = swarm_page(width=390, height=844, scheme="dark")
    expect(page.locator("#mode-picker").get_by_role("radio")).to_have_count(3)
    for name in ("Instant", "Thinking", "Swarm"):  # all three modes, whole, on the screen
        option = page.locator("#mode-picker").get_by_text(name, exact=True)
        expect(option).to_be_visible()
        box = option.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390, (name, box)
    send(page, "phone-swarm #sim swarm=6 swarm_calls=1 swarm_rate=40 swarm_fail=2")
    expect(page.locator("#chat li.kimi-lane[data-status=running]").first).to_be_attached(timeout=20_000)
    expect(page.locator("#chat li.kimi-lane[data-status=failed]")).to_have_count(1, timeout=20_000)
    expect(page.locator("#chat li.kimi-lane[data-status=queued]").first).to_be_attached()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways"
    page.screenshot(path=SHOTS / "phone-dark-live.png")
    found = blocking(axe_in(page, "#chat section.kimi-swarm"))  # running, queued and failed lanes
    assert not found, describe(found)

    answered(page, 1)
    assert statuses(page) == ["done", "failed", "done", "done", "done", "done"]
    for agent in ("agent-1", "agent-2"):  # a done lane and the failed one, opened with the task shown
        lane = page.locator(f"#chat li.kimi-lane[data-agent={agent}]")
        lane.locator(":scope > details > summary").click()
        lane.locator("details.kimi-lane-task > summary").click()
        expect(lane.locator(".kimi-lane-task-text")).to_be_visible()
    lane = page.locator("#chat li.kimi-lane[data-agent=agent-1]")
    lane.locator(".kimi-lane-body details.kimi-tool > summary").click()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways"
    panel = page.locator("#chat section.kimi-swarm").bounding_box()
    assert panel and panel["x"] >= 0 and panel["x"] + panel["width"] <= 390, panel
    for item in page.locator("#chat li.kimi-lane").all():  # each lane, its title and figures within the screen
        for part in (item, item.locator(".kimi-lane-title"), item.locator(".kimi-lane-figures")):
            box = part.bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390 + 0.5, (part, box)
    wide = page.evaluate("""() => [...document.querySelectorAll('#chat section.kimi-swarm *')]
        .filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible')
        .map(e => e.className || e.tagName)""")
    assert not wide, f"content wider than its box in the swarm panel: {wide}"
    page.locator("#chat .kimi-swarm-summary").scroll_into_view_if_needed()
    page.screenshot(path=SHOTS / "phone-dark-done-top.png")
    page.locator("#chat li.kimi-lane[data-agent=agent-2]").scroll_into_view_if_needed()
    page.screenshot(path=SHOTS / "phone-dark-done-failed.png")
    found = blocking(axe_in(page, "#chat section.kimi-swarm"))
    assert not found, describe(found)
