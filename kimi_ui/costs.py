"""What an answer costs: a backend's prices per million tokens (and per web search), applied to what its
calls used. Prices are optional per backend; Moonshot's kimi-k2.5 has its published prices as defaults."""

from __future__ import annotations

import math
import re
from typing import Any, Iterable

from pydantic import BaseModel, Field

from kimi_ui.i18n import number

MILLION = 1_000_000
CURRENCY = re.compile(r"[A-Z]{3}")


class Prices(BaseModel):
    """Per million tokens, in `currency`. `cached_input` (prompt tokens the server read from its cache)
    defaults to `input`; a missing price counts as free."""

    input: float = Field(default=0.0, ge=0)
    cached_input: float | None = Field(default=None, ge=0)
    output: float = Field(default=0.0, ge=0)
    web_search: float = Field(default=0.0, ge=0, description="per $web_search call")
    currency: str = Field(default="USD", pattern=r"^[A-Z]{3}$", description="ISO 4217 code: USD, CNY, EUR")

    def cost(self, *, prompt: int, cached: int, completion: int, searches: int = 0) -> float:
        fresh = max(0, prompt - cached)
        cached_price = self.input if self.cached_input is None else self.cached_input
        return (fresh * self.input + cached * cached_price + completion * self.output) / MILLION \
            + searches * self.web_search


# Moonshot's platform price list for kimi-k2.5 (https://platform.moonshot.ai/docs/pricing/chat, USD per 1M
# tokens: input cache hit 0.10, cache miss 0.60, output 3.00) and its web search tool (per call,
# https://platform.moonshot.ai/docs/pricing/tools: 0.005 USD). Prices change: set `prices` per backend to override.
MOONSHOT_K25 = Prices(input=0.60, cached_input=0.10, output=3.00, web_search=0.005, currency="USD")


def default_prices(kind: str, model: str) -> Prices | None:
    return MOONSHOT_K25 if kind == "moonshot" and model == "kimi-k2.5" else None


def money(amount: float, currency: str, lang: str = "en") -> str:
    """"$0.0123", "0,0123 $", "¥1.20": enough digits that a cheap answer does not read as zero."""
    figure = number(amount, lang, 2 if amount >= 1 else 4 if amount >= 0.0001 or amount == 0 else 6)
    symbol = {"USD": "$", "CNY": "¥", "EUR": "€"}.get(currency.upper())
    if symbol is None:
        return f"{figure} {currency}"
    return f"{figure} {symbol}" if lang == "de" else f"{symbol}{figure}"


def stored_cost(usage: Any) -> tuple[float, str] | None:
    """A stored answer's cost and currency, or None: anything but a finite amount from 0 to a million in a
    short currency code (an imported file may hold anything) counts as none."""
    if not isinstance(usage, dict):
        return None
    cost, currency = usage.get("cost"), usage.get("currency")
    if isinstance(cost, bool) or not isinstance(cost, (int, float)) or not math.isfinite(cost):
        return None
    if not 0 <= cost <= MILLION or not isinstance(currency, str) or not CURRENCY.fullmatch(currency):
        return None
    return float(cost), currency


def total_cost(usages: Iterable[Any]) -> tuple[float, str] | None:
    """The sum of stored answers' costs (their usage dicts), or None when none has one. Mixed currencies:
    the first one's, the others left out (a conversation switches backends rarely; the CLI says per user)."""
    total, currency = 0.0, None
    for usage in usages:
        found = stored_cost(usage)
        if found is None:
            continue
        cost, unit = found
        if currency is None:
            currency = unit
        if unit == currency:
            total += float(cost)
    return None if currency is None else (total, currency)
