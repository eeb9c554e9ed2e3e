"""Settings precedence (CLI > KIMI_UI_* env > .env > TOML > defaults), backends and API keys."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from kimi_ui.config import DEFAULT_SYSTEM_PROMPT, load_settings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    """No KIMI_UI_* or MOONSHOT_API_KEY from the machine, and no stray ./.env in the working directory."""
    for key in list(os.environ):
        if key.startswith("KIMI_UI_") or key == "MOONSHOT_API_KEY":
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def files(tmp_path):
    """A TOML file and a .env file that both set a range of fields, lower levels setting more."""
    toml = write(
        tmp_path / "kimi_ui.toml",
        'host = "10.0.0.1"\nport = 1111\nsystem_prompt = "from toml"\nretries = 1\nmax_tokens_instant = 1000\n',
    )
    dotenv = write(
        tmp_path / "custom.env",
        "KIMI_UI_HOST=10.0.0.2\nKIMI_UI_PORT=2222\nKIMI_UI_SYSTEM_PROMPT=from dotenv\n",
    )
    return toml, dotenv


# -- precedence ------------------------------------------------------------------------------------------
def test_every_level_overrides_the_one_below(files, monkeypatch):
    toml, dotenv = files
    monkeypatch.setenv("KIMI_UI_HOST", "10.0.0.3")
    monkeypatch.setenv("KIMI_UI_PORT", "3333")

    settings = load_settings({"config": toml, "host": "10.0.0.4", "port": None}, env_file=dotenv)

    assert settings.host == "10.0.0.4"  # CLI flag
    assert settings.port == 3333  # KIMI_UI_* environment (the CLI flag was not given)
    assert settings.system_prompt == "from dotenv"  # .env
    assert settings.retries == 1  # TOML
    assert settings.max_tokens_instant == 1000  # TOML
    assert settings.max_tokens_thinking == 32_768  # built-in default


def test_env_file_beats_toml(files):
    toml, dotenv = files

    settings = load_settings({"config": toml}, env_file=dotenv)

    assert (settings.host, settings.port) == ("10.0.0.2", 2222)


def test_toml_beats_defaults_and_is_found_through_kimi_ui_config(files, monkeypatch):
    toml, _ = files
    monkeypatch.setenv("KIMI_UI_CONFIG", toml)

    settings = load_settings({}, env_file=None)

    assert (settings.host, settings.port, settings.system_prompt) == ("10.0.0.1", 1111, "from toml")


def test_defaults(tmp_path):
    settings = load_settings({}, env_file=str(tmp_path / "missing.env"))

    assert (settings.host, settings.port) == ("127.0.0.1", 7860)
    assert settings.system_prompt == DEFAULT_SYSTEM_PROMPT
    assert settings.config is None


def test_environment_values_are_typed_and_validated(monkeypatch):
    monkeypatch.setenv("KIMI_UI_PORT", "70000")

    with pytest.raises(ValidationError, match="port"):
        load_settings({}, env_file=None)


# -- backends --------------------------------------------------------------------------------------------
def test_default_backends_are_local_vllm_and_llamacpp_without_a_moonshot_key():
    settings = load_settings({}, env_file=None)

    assert [(b.kind, b.base_url) for b in settings.backends] == [
        ("vllm", "http://127.0.0.1:8000/v1"),
        ("llamacpp", "http://127.0.0.1:8080/v1"),
    ]
    assert settings.backends[0].model == "moonshotai/Kimi-K2.5"


def moonshot(settings):
    return [b for b in settings.backends if b.kind == "moonshot"]


def test_moonshot_backend_appears_when_the_key_is_in_the_environment(monkeypatch):
    monkeypatch.setenv("MOONSHOT_API_KEY", "sk-env-key")
    settings = load_settings({}, env_file=None)

    [backend] = moonshot(settings)
    assert backend.model == "kimi-k2.5"
    assert backend.base_url.startswith("https://api.moonshot.ai")
    assert backend.api_key_env == "MOONSHOT_API_KEY"
    assert settings.api_key_for(backend) == "sk-env-key"


def test_moonshot_backend_appears_when_the_key_is_only_in_dotenv(tmp_path):
    dotenv = write(tmp_path / ".env", "MOONSHOT_API_KEY=sk-dotenv-key\n")
    settings = load_settings({}, env_file=dotenv)

    [backend] = moonshot(settings)
    assert settings.api_key_for(backend) == "sk-dotenv-key"
    assert "MOONSHOT_API_KEY" not in os.environ  # read, not exported


def test_api_key_from_environment_wins_over_dotenv(tmp_path, monkeypatch):
    dotenv = write(tmp_path / ".env", "MOONSHOT_API_KEY=sk-dotenv-key\n")
    monkeypatch.setenv("MOONSHOT_API_KEY", "sk-env-key")

    settings = load_settings({}, env_file=dotenv)

    assert settings.api_key_for(moonshot(settings)[0]) == "sk-env-key"


TOML_BACKENDS = """
[[backends]]
name = "GPU box"
kind = "vllm"
base_url = "http://gpu:8000/v1/"
model = "moonshotai/Kimi-K2.5"
context_window = 131072

[[backends]]
name = "Office llama"
kind = "llamacpp"
base_url = "http://office:8080/v1"
model = "kimi-k2.5-q2"
vision = true
api_key_env = "OFFICE_KEY"
"""


def test_toml_backends_replace_the_defaults(tmp_path, monkeypatch):
    monkeypatch.setenv("MOONSHOT_API_KEY", "sk-env-key")  # no Moonshot default once a list is given
    toml = write(tmp_path / "kimi_ui.toml", TOML_BACKENDS)

    settings = load_settings({"config": toml}, env_file=None)

    assert [b.name for b in settings.backends] == ["GPU box", "Office llama"]
    gpu, office = settings.backends
    assert gpu.base_url == "http://gpu:8000/v1"  # trailing slash dropped
    assert gpu.context_window == 131_072
    assert office.vision is True and gpu.vision is None


def test_api_key_for_reads_the_variable_named_by_api_key_env(tmp_path, monkeypatch):
    toml = write(tmp_path / "kimi_ui.toml", TOML_BACKENDS)
    dotenv = write(tmp_path / ".env", "OFFICE_KEY=office-secret\n")

    settings = load_settings({"config": toml}, env_file=dotenv)
    gpu, office = settings.backends

    assert settings.api_key_for(office) == "office-secret"
    assert settings.api_key_for(gpu) is None  # no api_key_env: no key
    monkeypatch.setenv("OFFICE_KEY", "from-env")
    assert settings.api_key_for(office) == "from-env"


def test_missing_config_file_raises(tmp_path, monkeypatch):
    with pytest.raises(FileNotFoundError, match="nope.toml"):
        load_settings({"config": str(tmp_path / "nope.toml")}, env_file=None)
    monkeypatch.setenv("KIMI_UI_CONFIG", str(tmp_path / "also-missing.toml"))
    with pytest.raises(FileNotFoundError, match="also-missing.toml"):
        load_settings({}, env_file=None)


def test_bad_backend_kind_raises(tmp_path):
    toml = write(tmp_path / "kimi_ui.toml", TOML_BACKENDS.replace('kind = "llamacpp"', 'kind = "ollama"'))

    with pytest.raises(ValidationError, match="kind"):
        load_settings({"config": toml}, env_file=None)


def test_bad_base_url_raises(tmp_path):
    toml = write(tmp_path / "kimi_ui.toml", TOML_BACKENDS.replace("http://office:8080/v1", "office:8080"))

    with pytest.raises(ValidationError, match="base_url"):
        load_settings({"config": toml}, env_file=None)


def test_duplicate_backend_names_raise(tmp_path):
    toml = write(tmp_path / "kimi_ui.toml", TOML_BACKENDS.replace('"Office llama"', '"GPU box"'))

    with pytest.raises(ValidationError, match="unique"):
        load_settings({"config": toml}, env_file=None)


def test_config_path_from_cli_beats_kimi_ui_config_and_dotenv_can_name_it(tmp_path, monkeypatch):
    first = write(tmp_path / "first.toml", "port = 1001\n")
    second = write(tmp_path / "second.toml", "port = 1002\n")
    monkeypatch.setenv("KIMI_UI_CONFIG", first)
    assert load_settings({"config": second}, env_file=None).port == 1002

    monkeypatch.delenv("KIMI_UI_CONFIG")
    dotenv = write(tmp_path / ".env", f"KIMI_UI_CONFIG={first}\n")
    assert load_settings({}, env_file=dotenv).port == 1001


def test_the_shipped_example_config_loads(monkeypatch):
    from pathlib import Path

    from kimi_ui.config import load_settings

    example = Path(__file__).resolve().parents[2] / "kimi_ui.example.toml"
    settings = load_settings({"config": str(example)}, env_file=None)
    assert [b.kind for b in settings.backends] == ["vllm", "llamacpp", "moonshot"]
    assert settings.backends[2].api_key_env == "MOONSHOT_API_KEY"


# -- typos and the forms the README shows --------------------------------------------------------------------
TYPOS = """port = 7871
prot = 7872
read_timout = 30
sytem_prompt = "hi"

[[backend]]
name = "GPU box"
kind = "vllm"
base_url = "http://gpu:8000/v1"
model = "moonshotai/Kimi-K2.5"

[[backends]]
name = "Office"
kind = "vllm"
base_url = "http://office:8000/v1"
model = "moonshotai/Kimi-K2.5"
contex_window = 4096

[[mcp_servers]]
name = "files"
url = "http://127.0.0.1:8765/mcp"
timout = 3
"""


def problems(toml: str) -> list[str]:
    """The lines of the error load_settings raises for this config file."""
    with pytest.raises(ValueError) as raised:
        load_settings({"config": toml}, env_file=None)
    return str(raised.value).splitlines()


def test_unknown_keys_name_the_file_the_line_and_the_closest_key(tmp_path):
    toml = write(tmp_path / "kimi_ui.toml", TYPOS)

    assert problems(toml) == [
        f"{toml}, line 2: unknown setting `prot` (did you mean `port`?)",
        f"{toml}, line 3: unknown setting `read_timout` (did you mean `read_timeout`?)",
        f"{toml}, line 4: unknown setting `sytem_prompt` (did you mean `system_prompt`?)",
        f"{toml}, line 6: unknown table `[[backend]]` (did you mean `[[backends]]`?)",
        f"{toml}, line 17: unknown key `contex_window` in [[backends]] (did you mean `context_window`?)",
        f"{toml}, line 22: unknown key `timout` in [[mcp_servers]] (did you mean `timeout`?)",
    ]


def test_a_misspelt_backends_table_alone_is_refused_rather_than_replaced_by_the_defaults(tmp_path):
    toml = write(tmp_path / "kimi_ui.toml", TYPOS.split("\n[[backends]]")[0].replace("prot = 7872\n", "")
                 .replace("read_timout = 30\n", "").replace('sytem_prompt = "hi"\n', ""))

    assert problems(toml) == [f"{toml}, line 3: unknown table `[[backend]]` (did you mean `[[backends]]`?)"]


def test_an_api_key_in_a_backend_table_is_refused_and_the_message_points_to_the_environment(tmp_path):
    toml = write(tmp_path / "kimi_ui.toml", TOML_BACKENDS.replace('api_key_env = "OFFICE_KEY"', 'api_key = "sk-123"'))

    [problem] = problems(toml)
    assert problem.startswith(f"{toml}, line 15: `api_key` does not belong in the config file")
    assert "environment" in problem and "api_key_env" in problem
    assert "sk-123" not in problem


def test_a_toml_syntax_error_names_the_file_and_the_line(tmp_path):
    toml = write(tmp_path / "kimi_ui.toml", 'port = 7860\nsystem_prompt = "unclosed\n')

    [problem] = problems(toml)
    assert problem.startswith(f"{toml}: not valid TOML:") and "line 2" in problem


def test_unknown_kimi_ui_variables_are_ignored_with_a_warning(tmp_path, monkeypatch):
    from kimi_ui.config import setting_warnings

    monkeypatch.setenv("KIMI_UI_PROT", "7871")
    dotenv = write(tmp_path / ".env", "KIMI_UI_READ_TIMOUT=30\nKIMI_UI_PORT=7872\nOTHER=1\n")

    assert load_settings({}, env_file=dotenv).port == 7872
    assert sorted(setting_warnings(dotenv)) == [
        "KIMI_UI_PROT is not a setting and is ignored (did you mean KIMI_UI_PORT?)",
        "KIMI_UI_READ_TIMOUT is not a setting and is ignored (did you mean KIMI_UI_READ_TIMEOUT?)",
    ]


@pytest.mark.parametrize("field", ["cors_origins", "trusted_proxies", "allowed_hosts"])
@pytest.mark.parametrize(("given", "expected"), [
    ("https://chat.example.com", ["https://chat.example.com"]),
    ("a.example, b.example,", ["a.example", "b.example"]),
    ('["a.example", "b.example"]', ["a.example", "b.example"]),
])
def test_list_settings_take_one_value_a_comma_list_or_a_json_list(monkeypatch, tmp_path, field, given, expected):
    monkeypatch.setenv(f"KIMI_UI_{field.upper()}", given)
    assert getattr(load_settings({}, env_file=None), field) == expected

    monkeypatch.delenv(f"KIMI_UI_{field.upper()}")
    dotenv = write(tmp_path / ".env", f"KIMI_UI_{field.upper()}={given}\n")
    assert getattr(load_settings({}, env_file=dotenv), field) == expected


@pytest.mark.parametrize(("given", "expected"), [("448x448", 448 * 448), ("512X256", 512 * 256), ("200704", 200704)])
def test_frame_pixels_takes_the_readmes_wxh_form_and_a_plain_number(monkeypatch, given, expected):
    monkeypatch.setenv("KIMI_UI_FRAME_PIXELS", given)

    assert load_settings({}, env_file=None).frame_pixels == expected


def test_frame_pixels_refuses_other_text_with_the_forms_it_takes(monkeypatch):
    monkeypatch.setenv("KIMI_UI_FRAME_PIXELS", "big")

    with pytest.raises(ValidationError, match="448x448"):
        load_settings({}, env_file=None)


def test_the_picker_offers_every_dialect_of_the_simulated_backend():
    from kimi_ui.config import SIMULATED
    from kimi_ui.demo_server import DIALECTS

    assert sorted(dialect for _name, dialect, _kind, _model in SIMULATED) == sorted(DIALECTS)
