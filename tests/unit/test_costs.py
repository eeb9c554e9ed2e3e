"""Prices, money as people read it, stored costs that may be forged, and the sources an answer cites."""

from __future__ import annotations

import math

import pytest
from pydantic import ValidationError

from kimi_ui.citations import MAX_SOURCES, cited_pages
from kimi_ui.costs import MOONSHOT_K25, Prices, default_prices, money, stored_cost, total_cost


def test_a_price_list_charges_fresh_and_cached_prompt_tokens_apart():
    prices = Prices(input=0.60, cached_input=0.10, output=3.00, web_search=0.005)
    # 10,000 prompt tokens of which 9,000 from the cache, 500 written, two searches
    assert prices.cost(prompt=10_000, cached=9_000, completion=500, searches=2) == pytest.approx(
        (1_000 * 0.60 + 9_000 * 0.10 + 500 * 3.00) / 1e6 + 0.01)
    assert Prices(input=1.0).cost(prompt=1_000_000, cached=400_000, completion=0) == pytest.approx(1.0)
    assert default_prices("moonshot", "kimi-k2.5") is MOONSHOT_K25
    assert default_prices("moonshot", "kimi-k2-thinking") is None and default_prices("vllm", "kimi-k2.5") is None
    with pytest.raises(ValidationError):
        Prices(input=-1)
    with pytest.raises(ValidationError):
        Prices(currency="<b>$</b>")


def test_money_reads_right_in_english_and_german():
    assert money(0.0123, "USD") == "$0.0123" and money(0.0123, "USD", "de") == "0,0123 $"
    assert money(1234.5, "CNY", "de") == "1.234,50 ¥" and money(2, "EUR") == "€2.00"
    assert money(0.0000042, "USD") == "$0.000004" and money(3, "GBP") == "3.00 GBP"


@pytest.mark.parametrize("usage", [
    {"cost": -1.0, "currency": "USD"}, {"cost": math.nan, "currency": "USD"}, {"cost": math.inf, "currency": "USD"},
    {"cost": 1e12, "currency": "USD"}, {"cost": "0.5", "currency": "USD"}, {"cost": True, "currency": "USD"},
    {"cost": 0.5, "currency": "<script>"}, {"cost": 0.5}, None, "cost",
])
def test_a_forged_stored_cost_counts_as_none(usage):
    assert stored_cost(usage) is None
    assert total_cost([usage, {"cost": 0.25, "currency": "USD"}]) == (0.25, "USD")


def test_a_conversations_total_keeps_to_its_first_currency():
    assert total_cost([{}, {"cost": 0.5, "currency": "CNY"}, {"cost": 1, "currency": "USD"},
                       {"cost": 0.25, "currency": "CNY"}]) == (0.75, "CNY")
    assert total_cost([{}, None]) is None


def test_sources_are_the_web_addresses_an_answer_links_in_order_once():
    text = ("See [the card](https://example.com/card) and https://www.example.org/news. Again [card](https://"
            "example.com/card); <https://example.net/x> [bad](javascript:alert(1)) [data](data:text/html,hi) "
            "[ftp](ftp://example.com/f)")
    pages = cited_pages(text)
    assert [(p["n"], p["title"], p["url"], p["host"]) for p in pages] == [
        ("1", "the card", "https://example.com/card", "example.com"),
        ("2", "www.example.org", "https://www.example.org/news", "example.org"),
        ("3", "example.net", "https://example.net/x", "example.net")]
    many = " ".join(f"https://example.com/{n}" for n in range(100))
    assert len(cited_pages(many)) == MAX_SOURCES


def test_a_source_whose_shown_host_is_not_where_the_link_goes_is_left_out():
    """From the outside probe: Python's urlsplit takes the host after "@", a browser reads "\\" as "/": the
    list would show bank.example for a link to evil.example."""
    text = (r"[Bank](https://evil.example\@bank.example/) https://evil.example\@good.example/login "
            "https://user@good.example/x https://bücher.example/ [ok](https://ok.example/p?q=1)")
    assert [p["url"] for p in cited_pages(text)] == ["https://ok.example/p?q=1"]


def test_an_imported_answer_brings_its_figures_but_not_what_it_cost():
    from kimi_ui.storage.importing import MESSAGE_CHECKS

    checked = MESSAGE_CHECKS["usage"]({"prompt_tokens": 12, "cost": 1e6, "currency": "USD"})
    assert checked == {"prompt_tokens": 12}  # (it was paid where it was written)


def test_moonshot_gets_a_plain_file_name_with_its_suffix():
    from kimi_ui.backends.files import sent_name

    assert sent_name('..\\..\\evil"x\r\nX-Injected: 1.docx') == "evil_x_X-Injected_ 1.docx"
    assert sent_name("Bericht Q3 (final).PDF") == "Bericht Q3 _final.pdf"
    assert sent_name("\x1b.xlsx") == "document.xlsx" and sent_name("Grüße.pptx") == "Grüße.pptx"


def test_a_server_run_call_with_arguments_too_long_to_be_a_handle_is_not_echoed():
    import asyncio

    from kimi_ui.events import ToolCallReady
    from kimi_ui.tools.registry import Registry
    from kimi_ui.tools.runner import MAX_ECHO_CHARS, run_call
    from kimi_ui.tools.web_search import web_search_tool

    registry = Registry()
    registry.add(web_search_tool(on_by_default=True))
    handle = '{"search_result": {"search_id": "ab12"}}'
    for arguments, status in ((handle, "done"), ("x" * (MAX_ECHO_CHARS + 1), "error")):
        call = ToolCallReady(index=0, id="t-web_search-1", name="$web_search", arguments=arguments)
        result = asyncio.run(run_call(registry, call, timeout=5, limit=100, allowed=frozenset({"$web_search"})))
        assert result.status == status
        assert (result.result == handle) if status == "done" else len(result.result) < 200
