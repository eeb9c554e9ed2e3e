"""Settings: CLI flags > KIMI_UI_* environment > .env > TOML file > built-in defaults.

Nothing here runs at import time; app.py calls load_settings() once and passes the result down.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from dotenv import dotenv_values
from pydantic import BaseModel, Field, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from kimi_ui.config_file import check_config_file, environment_names, unknown_variables
from kimi_ui.costs import Prices

BackendKind = Literal["vllm", "llamacpp", "moonshot", "openai"]
DEFAULT_SYSTEM_PROMPT = "You are Kimi, an AI assistant created by Moonshot AI."
KIMI_CONTEXT_WINDOW = 262_144
# A list setting from the environment or .env: "a,b" as the README shows it, or a JSON list
TextList = Annotated[list[str], NoDecode]


class BackendConfig(BaseModel):
    """One server speaking the OpenAI chat protocol. Capability fields left None use the kind's default."""

    name: str = Field(min_length=1, max_length=80)
    kind: BackendKind
    base_url: str
    model: str
    api_key_env: str | None = None
    vision: bool | None = None
    video: bool | None = None
    tools: bool | None = None
    native_video: bool | None = None  # send the video file itself where the kind can (Moonshot's video_url)
    context_window: int | None = Field(default=None, gt=0)
    simulated: bool = False
    prices: Prices | None = None  # per million tokens (and per web search); None: the kind's published ones, if any
    users: list[str] = Field(default_factory=list)  # who may use it (kimi_ui/access.py); both empty: everyone
    groups: list[str] = Field(default_factory=list)
    fallback: list[str] = Field(default_factory=list)  # backends a turn moves to, in order (kimi_ui/failover.py)

    @field_validator("base_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"base_url must start with http:// or https:// (got {value!r})")
        return value.rstrip("/")


class McpServerSettings(BaseModel):
    """An MCP server whose tools are offered beside the built-ins (TOML: [[mcp_servers]])."""

    name: str = Field(pattern=r"^[A-Za-z0-9_-]{1,32}$")
    command: list[str] | None = None  # stdio: the argv that starts it
    url: str | None = None  # streamable HTTP endpoint
    env: dict[str, str] | None = None
    timeout: float = Field(default=30.0, gt=0)

    @model_validator(mode="after")
    def _one_transport(self) -> "McpServerSettings":
        if bool(self.command) == bool(self.url):
            raise ValueError(f"MCP server {self.name!r}: give exactly one of `command` (stdio) or `url` (HTTP)")
        return self


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="KIMI_UI_",
        env_file=".env",
        env_ignore_empty=True,
        extra="ignore",
        toml_file=None,
    )

    host: str = "127.0.0.1"
    port: int = Field(default=7860, ge=0, le=65535)
    config: Path | None = None
    data_dir: Path = Path("data")
    database_url: str | None = None
    backends: list[BackendConfig] | None = None
    default_backend: str | None = None
    system_prompt: str = DEFAULT_SYSTEM_PROMPT
    auto_title: bool = True  # after the first answer, ask the backend for a short title (else: first words)
    demo: bool = False
    demo_rate: float = Field(default=60.0, ge=0, description="simulated tokens per second in --demo")
    max_tokens_thinking: int = Field(default=32_768, gt=0)
    max_tokens_instant: int = Field(default=8_192, gt=0)
    connect_timeout: float = Field(default=5.0, gt=0)
    read_timeout: float = Field(default=600.0, gt=0)
    probe_timeout: float = Field(default=3.0, gt=0)
    probe_interval: float = Field(default=30.0, gt=0)
    retries: int = Field(default=2, ge=0, le=10)
    retry_base_delay: float = Field(default=1.0, ge=0)
    max_updates_per_second: float = Field(default=20.0, gt=0, le=100)
    max_updates_total: float = Field(default=200.0, gt=0, description="UI updates a second of all streams "
                                     "together; with many streams each gets its share")
    max_file_size_mb: int = Field(default=200, gt=0, description="upload limit, also enforced by Gradio")
    max_image_side: int = Field(default=2048, ge=64, le=7168)
    max_image_pixels: int = Field(default=100_000_000, gt=0)
    video_frames: int = Field(default=16, ge=1, le=64)
    video_fps: float | None = Field(default=None, gt=0, description="sample at this rate instead (capped)")
    max_frames: int = Field(default=64, ge=1, le=64)
    frame_pixels: int = Field(default=448 * 448, ge=28 * 28, description="pixel budget per video frame "
                              "(a number, or WxH such as 448x448)")
    max_video_seconds: float = Field(default=1800, gt=0)
    max_video_mb: int = Field(default=200, gt=0)
    max_text_kb: int = Field(default=200, gt=0)
    concurrency_limit: int = Field(default=64, ge=1, description="answers written at once, all users together "
                                   "(more wait in line; each user's own limit is max_streams_per_user)")
    on_disconnect: Literal["continue", "cancel"] = Field(
        default="continue", description="when the tab or script that sent a message goes away: the answer is "
        "written to the end (continue) or stopped (cancel)")
    follow_updates_per_second: float = Field(
        default=10.0, gt=0, description="updates a second for a page or script that follows an answer it did not "
        "send (attach, another tab, a reload): each costs the server about as much as the sender's own")
    drain_seconds: float = Field(default=30.0, ge=0, description="on SIGTERM: how long running answers may finish "
                                 "before the rest are saved as interrupted")
    worker_threads: int = Field(default=64, ge=4, description="threads for blocking work: the database, files, "
                                "media, Gradio's plain handlers")
    workspace: Path | None = Field(default=None, description="folder the read-only workspace tools may read")
    mcp_servers: list[McpServerSettings] = Field(default_factory=list)
    max_tool_rounds: int = Field(default=8, ge=1, le=50)
    tool_timeout: float = Field(default=60.0, gt=0)
    max_tool_result_chars: int = Field(default=20_000, ge=100)
    root_path: str = ""
    public_demo: bool = Field(default=False, description="anonymous open demo: throw-away identities, strict limits")
    demo_ttl_hours: float = Field(default=24, gt=0, description="public demo: visitors' chats are deleted after this")
    admin_user: str | None = None  # with admin_password: creates the first admin at start when no account exists
    admin_password: str | None = Field(default=None, repr=False)
    session_hours: float = Field(default=168, gt=0)
    secure_cookies: bool | None = None  # None: secure when the request came over HTTPS (X-Forwarded-Proto too)
    cors_origins: TextList = Field(default_factory=list)
    turns_per_minute: int = Field(default=20, ge=1)
    demo_turns_per_minute: int = Field(default=6, ge=1, description="public demo: per IP address")
    max_streams_per_user: int = Field(default=3, ge=1)
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    # -- security (SECURITY.md) ------------------------------------------------------------------------------
    trusted_proxies: TextList = Field(default_factory=list, description="addresses or networks (CIDR) of reverse "
                                       "proxies whose X-Forwarded-* headers are believed; none by default")
    allowed_hosts: TextList = Field(default_factory=list, description="host names the local mode (no accounts) "
                                     "answers to besides localhost and loopback addresses")
    max_request_kb: int = Field(default=1024, ge=16, description="largest body of an API or queue request")
    max_api_request_mb: int = Field(default=50, ge=1, description="largest body of a /v1 request (the OpenAI-"
                                    "compatible endpoint: pictures come inside it as data URLs)")
    max_login_kb: int = Field(default=8, ge=1, description="largest body of a login form")
    max_import_mb: int = Field(default=100, ge=1, description="largest file Import… takes")
    max_import_items: int = Field(default=1_000_000, ge=100, description="JSON objects and lists an import may "
                                  "hold (a ChatGPT export has about 9,000 a MB)")
    uploads_per_minute: int = Field(default=60, ge=1, description="files a user may upload a minute")
    demo_uploads_per_minute: int = Field(default=10, ge=1, description="public demo: files a visitor (and an "
                                         "address) may upload a minute")
    max_stored_mb_per_user: int | None = Field(default=None, ge=1, description="attachments and pending uploads "
                                               "a user may keep (none: no limit)")
    demo_max_stored_mb: int = Field(default=100, ge=1, description="public demo: the same per visitor and per "
                                    "address")
    max_queued_per_user: int = Field(default=50, ge=1, description="messages a user may have waiting in the "
                                     "queues of all their conversations")
    max_queued_mb_per_user: int = Field(default=500, ge=1, description="copies of the files of a user's queued "
                                        "messages, when no storage quota (max_stored_mb_per_user) counts them")
    imports_per_hour: int = Field(default=30, ge=1, description="imports a user may run an hour")
    demo_workspace_tools: bool = Field(default=False, description="public demo: offer the workspace tools "
                                       "(search_code, read_file, list_files) to anonymous visitors")
    demo_web_search: bool = Field(default=False, description="public demo: let anonymous visitors turn on "
                                  "Moonshot's web search (each search is billed to the backend's account)")
    swarm: bool = Field(default=True, description="offer Swarm mode (the model starts sub-agents) on backends "
                        "that call tools")
    demo_swarm: bool = Field(default=False, description="public demo: offer Swarm mode to anonymous visitors")
    swarm_max_agents: int = Field(default=8, ge=1, le=100, description="sub-agents one answer may start, all its "
                                  "waves together")
    swarm_concurrency: int = Field(default=4, ge=1, le=100, description="sub-agents of one answer running at once")
    swarm_token_budget: int = Field(default=200_000, ge=1000, description="tokens (prompt and written) all "
                                    "sub-agents of one answer may use together")
    swarm_agents_per_user: int = Field(default=4, ge=1, description="sub-agents of one user running at once, all "
                                       "their swarms together")
    swarm_agents_per_backend: int = Field(default=16, ge=1, description="sub-agents running at once on one "
                                          "backend, all users together")
    swarm_agent_rounds: int = Field(default=6, ge=1, le=50, description="tool rounds one sub-agent may take")
    swarm_agent_tokens: int = Field(default=8192, ge=256, description="tokens one sub-agent call may write")
    swarm_agent_seconds: float = Field(default=300.0, gt=0, description="time one sub-agent may take")
    day_tokens: int = Field(default=0, ge=0, description="tokens (prompt and written) a user may use a day (UTC); "
                            "0: no limit; `users quota` sets one user's own")
    month_tokens: int = Field(default=0, ge=0, description="tokens a user may use a calendar month (UTC); 0: no limit")
    demo_day_tokens: int = Field(default=200_000, ge=0, description="public demo: tokens a visitor may use a day "
                                 "(counted per visitor and per address); 0: no limit")
    quota_warning: float = Field(default=0.8, gt=0, le=1, description="the share of a budget from which answers "
                                 "carry a warning")
    # -- single sign-on behind a proxy (kimi_ui/sso.py) -------------------------------------------------------
    trusted_user_header: str | None = Field(default=None, description="request header in which the sign-on "
                                            "proxy names the user (e.g. X-Forwarded-User, Remote-User); believed "
                                            "only from trusted_proxies")
    trusted_email_header: str | None = Field(default=None, description="the proxy's header with the user's email")
    trusted_groups_header: str | None = Field(default=None, description="the proxy's header with the user's "
                                              "groups (comma- or space-separated)")
    trusted_admin_group: str | None = Field(default=None, description="members of this group (from the groups "
                                            "header) are admins; others who sign on through the proxy are not")
    # -- sharing and data --------------------------------------------------------------------------------------
    public_share_links: bool = Field(default=False, description="let owners make share links that open without "
                                     "a login (otherwise only logged-in users of this instance may open one)")
    retention_days: int = Field(default=0, ge=0, description="delete conversations not updated for this many "
                                "days, with their files (0: keep forever)")
    ssl_certfile: Path | None = Field(default=None, description="serve HTTPS with this certificate (PEM)")
    ssl_keyfile: Path | None = Field(default=None, description="the certificate's private key (PEM)")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, dotenv_settings, TomlConfigSettingsSource(settings_cls))

    @field_validator("cors_origins", "trusted_proxies", "allowed_hosts", mode="before")
    @classmethod
    def _split_list(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value  # TOML and CLI give lists already
        text = value.strip()
        if text.startswith("["):
            return json.loads(text)  # a JSONDecodeError is a ValueError: pydantic reports it with the field
        return [part.strip() for part in text.split(",") if part.strip()]

    @field_validator("frame_pixels", mode="before")
    @classmethod
    def _pixel_budget(cls, value: Any) -> Any:
        if not isinstance(value, str) or value.strip().isdigit():
            return value
        found = re.fullmatch(r"\s*(\d+)\s*[xX*×]\s*(\d+)\s*", value)
        if not found:
            raise ValueError(f"give a number of pixels (200704) or WxH (448x448), not {value!r}")
        return int(found[1]) * int(found[2])

    @field_validator("trusted_user_header", "trusted_email_header", "trusted_groups_header", mode="after")
    @classmethod
    def _header_name(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        if not re.fullmatch(r"[A-Za-z0-9-]{1,64}", value.strip()):
            raise ValueError(f"{value!r} is not a header name (letters, digits and '-', e.g. X-Forwarded-User)")
        return value.strip()

    @model_validator(mode="after")
    def _sign_on_needs_proxies(self) -> "Settings":
        if self.trusted_user_header and not self.trusted_proxies:
            raise ValueError(
                f"trusted_user_header ({self.trusted_user_header}) needs trusted_proxies: anyone could send the "
                "header and sign on as anyone. Set KIMI_UI_TRUSTED_PROXIES (or trusted_proxies in the TOML file) "
                "to the address of the sign-on proxy that sets it, e.g. 127.0.0.1 or 10.0.0.5/32")
        if self.trusted_user_header and self.public_demo:
            raise ValueError("trusted_user_header and public_demo exclude each other: a public demo has no "
                             "accounts. Leave one of them out")
        return self

    @model_validator(mode="after")
    def _fill_defaults(self) -> "Settings":
        if self.backends is None:
            self.backends = default_backends(self.env_file_values())
        names = [b.name for b in self.backends]
        if len(set(names)) != len(names):
            raise ValueError(f"backend names must be unique, got {names}")
        known = names + ([name for name, *_ in SIMULATED] if self.demo else [])  # (--demo adds the simulated)
        for backend in self.backends:
            check_fallback(backend, known)
        return self

    @property
    def is_loopback(self) -> bool:
        return self.host in ("127.0.0.1", "localhost", "::1") or self.host.startswith("127.")

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'kimi_ui.db').resolve()}"

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    def env_file_values(self) -> dict[str, str | None]:
        env_file = self.model_config.get("env_file")
        if env_file and Path(str(env_file)).is_file():
            return dotenv_values(str(env_file))
        return {}

    def api_key_for(self, backend: BackendConfig) -> str | None:
        """The key named by api_key_env, from the environment first, then from .env."""
        if not backend.api_key_env:
            return None
        return os.environ.get(backend.api_key_env) or self.env_file_values().get(backend.api_key_env)


def check_fallback(backend: BackendConfig, known: list[str]) -> None:
    """A backend's `fallback` list names other backends that exist, each once (ValueError says which not)."""
    for name in backend.fallback:
        if name == backend.name:
            raise ValueError(f"backend {backend.name!r}: fallback names the backend itself; list other backends")
        if name not in known:
            raise ValueError(f"backend {backend.name!r}: fallback {name!r} is not a configured backend (the "
                             f"backends are: {', '.join(known)})")
    if len(set(backend.fallback)) != len(backend.fallback):
        raise ValueError(f"backend {backend.name!r}: fallback names a backend twice ({backend.fallback})")


def default_backends(dotenv: dict[str, str | None]) -> list[BackendConfig]:
    backends = [
        BackendConfig(
            name="vLLM (local)",
            kind="vllm",
            base_url="http://127.0.0.1:8000/v1",
            model="moonshotai/Kimi-K2.5",
        ),
        BackendConfig(
            name="llama.cpp (local)",
            kind="llamacpp",
            base_url="http://127.0.0.1:8080/v1",
            model="kimi-k2.5",
        ),
    ]
    if os.environ.get("MOONSHOT_API_KEY") or dotenv.get("MOONSHOT_API_KEY"):
        backends.append(
            BackendConfig(
                name="Moonshot API",
                kind="moonshot",
                base_url="https://api.moonshot.ai/v1",
                model="kimi-k2.5",
                api_key_env="MOONSHOT_API_KEY",
            )
        )
    return backends


def load_settings(overrides: dict[str, Any] | None = None, env_file: str | None = ".env") -> Settings:
    """Build Settings once. `overrides` are CLI flags (None values mean "not given")."""
    given = {k: v for k, v in (overrides or {}).items() if v is not None}
    env_values = dotenv_values(env_file) if env_file and Path(env_file).is_file() else {}
    toml_path = given.get("config") or os.environ.get("KIMI_UI_CONFIG") or env_values.get("KIMI_UI_CONFIG")
    if toml_path and not Path(toml_path).is_file():
        raise FileNotFoundError(f"config file not found: {toml_path}")
    if toml_path:
        check_config_file(Path(toml_path), Settings, BackendConfig, McpServerSettings)  # typos are errors
    config = {**Settings.model_config, "toml_file": toml_path, "env_file": env_file}
    settings_cls = type("Settings", (Settings,), {"model_config": config, "__module__": __name__})
    return settings_cls(**given)


def setting_warnings(env_file: str | None = ".env") -> list[str]:
    """KIMI_UI_* names in the environment or .env that are no setting (ignored, but likely a typo)."""
    return unknown_variables(environment_names(env_file), Settings.model_fields)


SIMULATED = (
    # (name, dialect, kind, model)
    ("Simulated vLLM", "vllm", "vllm", "moonshotai/Kimi-K2.5"),
    ("Simulated vLLM (legacy reasoning_content)", "vllm-legacy", "vllm", "moonshotai/Kimi-K2.5"),
    ("Simulated llama.cpp", "llamacpp", "llamacpp", "kimi-k2.5"),
    ("Simulated Moonshot API", "moonshot", "moonshot", "kimi-k2.5"),
    ("Simulated server without reasoning parser", "noparser", "openai", "kimi-k2.5-noparser"),
    ("Simulated vLLM without auto tool choice", "vllm-noauto", "vllm", "moonshotai/Kimi-K2.5"),
)


def simulated_backends(server_url: str) -> list[BackendConfig]:
    """One backend per dialect of kimi_ui.demo_server, all marked as simulated."""
    return [
        BackendConfig(name=name, kind=kind, base_url=f"{server_url}/{dialect}/v1", model=model, simulated=True)
        for name, dialect, kind, model in SIMULATED
    ]
