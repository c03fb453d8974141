"""config.py: defaults, the shipped template, ConfigError key paths, overrides and the CLI exit codes."""

import json
import subprocess
import tomllib
from dataclasses import fields
from pathlib import Path

import pytest

from callwarden import config
from callwarden.config import Config, ConfigError

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "config" / "callwarden.toml"
CLI = ROOT / ".venv" / "bin" / "callwarden"


def template_defaults() -> dict[str, dict]:
    """{section: {key: value}} from the commented `# key = value` lines of the template."""
    sections: dict[str, dict] = {}
    current = None
    for line in TEMPLATE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, {})
            continue
        if current is None or not line.startswith("# "):
            continue
        try:
            parsed = tomllib.loads(line[2:])
        except tomllib.TOMLDecodeError:
            continue  # prose
        for key, value in parsed.items():
            assert key not in sections[current], f"[{current}] {key} appears twice"
            sections[current][key] = value
    return sections


def load_text(tmp_path, text):
    path = tmp_path / "cw.toml"
    path.write_text(text, encoding="utf-8")
    return config.load(path)


def error_for(tmp_path, text) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load_text(tmp_path, text)
    return info.value


# --- defaults and the shipped template ------------------------------------

def test_defaults_load_without_a_file():
    cfg = config.load(None)
    assert cfg == Config()
    assert cfg.sip.port == 5060
    assert cfg.sip.transports == ["udp", "tcp"]
    assert cfg.audio.endpoint_silence_ms == 500
    assert cfg.admin.host == "127.0.0.1"
    assert cfg.state_path == Path("/var/lib/callwarden")


def test_template_sections_are_exactly_the_config_sections():
    assert list(template_defaults()) == [f.name for f in fields(Config)]


def test_every_template_line_equals_the_dataclass_default():
    defaults = Config()
    for section, values in template_defaults().items():
        sec = getattr(defaults, section)
        for key, value in values.items():
            assert hasattr(sec, key), f"template has [{section}] {key}, the code does not"
            default = getattr(sec, key)
            assert type(value) is type(default), f"{section}.{key}: {value!r} vs {default!r}"
            assert value == default, f"{section}.{key}: template {value!r} != default {default!r}"


def test_every_dataclass_field_has_a_template_line():
    template = template_defaults()
    for section_field in fields(Config):
        cls = section_field.default_factory
        scalar = {f.name for f in fields(cls) if "parse" not in f.metadata}
        missing = scalar - set(template[section_field.name])
        assert not missing, f"[{section_field.name}] keys missing from the template: {missing}"


def test_template_intent_examples_are_the_default_intents():
    block = "\n".join(line[3:] for line in TEMPLATE.read_text(encoding="utf-8").splitlines()
                      if line.startswith("#>"))
    assert config.from_dict(tomllib.loads(block)).agent.intents == config.DEFAULT_INTENTS


@pytest.mark.parametrize("intents,key_path", [
    ("[{name = 'x', triggers = ['a'], reply = 'r', action = 'dance'}]", "agent.intents[0].action"),
    ("[{name = 'x', triggers = [], reply = 'r'}]", "agent.intents[0].triggers"),
    ("[{name = 'x', triggers = ['a'], reply = ''}]", "agent.intents[0].reply"),
    ("[{name = 'x', triggers = ['a'], reply = 'r'}, {name = 'x', triggers = ['b'], reply = 'r'}]",
     "agent.intents[1].name"),
    ("[{name = 'x', triggers = ['a'], reply = 'r', colour = 'red'}]", "agent.intents[0].colour"),
    ("'x'", "agent.intents"),
])
def test_bad_intent_tables_name_the_entry(tmp_path, intents, key_path):
    assert error_for(tmp_path, f"[agent]\nintents = {intents}\n").key_path == key_path


def test_webhook_mode_needs_a_url(tmp_path):
    assert error_for(tmp_path, '[agent]\nmode = "webhook"\n').key_path == "agent.webhook_url"


def test_template_loads_to_defaults_commented_and_uncommented(tmp_path):
    assert config.load(TEMPLATE) == Config()
    uncommented = "\n".join(
        f"[{section}]\n" + "\n".join(f"{k} = {_toml(v)}" for k, v in values.items())
        for section, values in template_defaults().items())
    assert load_text(tmp_path, uncommented) == Config()


def _toml(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return repr(value)


# --- errors name the key path ----------------------------------------------

@pytest.mark.parametrize("text,key_path", [
    ("[bogus]\nx = 1\n", "bogus"),
    ("sip = 5\n", "sip"),
    ("[sip]\nbogus = 1\n", "sip.bogus"),
    ('[sip]\nport = "abc"\n', "sip.port"),
    ("[sip]\nmax_calls = 5\n", "sip.max_calls"),
    ("[sip]\nport = 0\n", "sip.port"),
    ('[asr]\ndevice = "tpu"\n', "asr.device"),
    ('[sip]\ntransports = ["udp", "sctp"]\n', "sip.transports"),
    ('[admin]\nhost = "0.0.0.0"\n', "admin.host"),
    ('[admin]\nhost = "localhost"\n', "admin.host"),
    ('[admin]\ntoken_file = "/nonexistent/token"\n', "admin.token_file"),
    ('[sip]\nhost = "not-an-ip"\n', "sip.host"),
    ('[sip]\nkeep_headers = ["X-A", 3]\n', "sip.keep_headers"),
    ('[sip]\nkeep_headers = "X-A"\n', "sip.keep_headers"),
    ("[sip]\nport = true\n", "sip.port"),
    ("[audio]\nspeech_margin_db = true\n", "audio.speech_margin_db"),
    ("[tts]\nenabled = 1\n", "tts.enabled"),
    ("[audio]\nendpoint_silence_ms = 50\n", "audio.endpoint_silence_ms"),
    ("[audio]\nendpoint_silence_ms = 500.0\n", "audio.endpoint_silence_ms"),
    ("[sip]\nrtp_port_min = 65000\nrtp_port_range = 1000\n", "sip.rtp_port_range"),
    ('[sip]\nfront = "kamailio"\nmax_calls = 64\nrtp_port_range = 100\n', "sip.rtp_port_range"),
    ("[admin]\nport = 5060\n", "admin.port"),
])
def test_config_error_names_the_key_path(tmp_path, text, key_path):
    err = error_for(tmp_path, text)
    assert err.key_path == key_path
    assert str(err).startswith(f"{key_path}: ")


def test_wrong_type_message_says_what_was_expected(tmp_path):
    err = error_for(tmp_path, '[sip]\nport = "abc"\n')
    assert err.message == "expected an integer, got 'abc'"
    err = error_for(tmp_path, "[sip]\nmax_calls = 5\n")
    assert err.message == "expected a value from 1 to 4, got 5"


def test_admin_port_may_equal_sip_port_when_admin_is_disabled(tmp_path):
    cfg = load_text(tmp_path, "[admin]\nenabled = false\nport = 5060\n")
    assert cfg.admin.port == cfg.sip.port == 5060


def test_invalid_toml_file_names_the_file(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text("[sip\nport = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        config.load(path)
    assert info.value.key_path == str(path)
    assert info.value.message.startswith("not valid TOML")


def test_missing_file_names_the_file(tmp_path):
    path = tmp_path / "absent.toml"
    with pytest.raises(ConfigError) as info:
        config.load(path)
    assert info.value.key_path == str(path)
    assert info.value.message == "file not found"


def test_int_is_accepted_for_float(tmp_path):
    cfg = load_text(tmp_path, "[sip]\nrtp_timeout_s = 5\n")
    assert cfg.sip.rtp_timeout_s == 5.0
    assert type(cfg.sip.rtp_timeout_s) is float


def test_overrides_apply_over_the_file(tmp_path):
    path = tmp_path / "cw.toml"
    path.write_text("[sip]\nport = 5070\nmax_calls = 2\n", encoding="utf-8")
    cfg = config.load(path, {"sip": {"port": 5099}, "tts": {"enabled": False}})
    assert (cfg.sip.port, cfg.sip.max_calls, cfg.tts.enabled) == (5099, 2, False)


# --- parse_override ----------------------------------------------------------

def test_parse_override_reads_toml_values():
    assert config.parse_override("sip.port=5099") == ("sip", "port", 5099)
    assert config.parse_override("tts.enabled=false") == ("tts", "enabled", False)
    assert config.parse_override('sip.codecs=["PCMA"]') == ("sip", "codecs", ["PCMA"])


def test_parse_override_falls_back_to_a_string():
    assert config.parse_override("tts.greeting=hello there") == ("tts", "greeting", "hello there")


@pytest.mark.parametrize("text", ["nodot=1", "sip.port", "=1"])
def test_parse_override_rejects_malformed(text):
    with pytest.raises(ConfigError) as info:
        config.parse_override(text)
    assert info.value.key_path == text


# --- the CLI ----------------------------------------------------------------

def run_cli(*args, timeout=60):
    return subprocess.run([str(CLI), *map(str, args)], capture_output=True, text=True, timeout=timeout)


def test_check_config_bad_file_exits_2_with_one_line(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("[audio]\nendpoint_silence_ms = 99999\n", encoding="utf-8")
    proc = run_cli("check-config", "--config", path)
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert "audio.endpoint_silence_ms" in lines[0]
    assert proc.stdout == ""


def test_check_config_good_file_exits_0(tmp_path):
    path = tmp_path / "good.toml"
    path.write_text("[sip]\nport = 5070\n", encoding="utf-8")
    proc = run_cli("check-config", "--config", path, "--set", "admin.port=8099")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout.startswith("config ok: SIP 127.0.0.1:5070 (udp/tcp)")
    assert "admin 127.0.0.1:8099" in proc.stdout


def test_check_config_bad_override_exits_2(tmp_path):
    path = tmp_path / "good.toml"
    path.write_text("", encoding="utf-8")
    proc = run_cli("check-config", "--config", path, "--set", "sip.port=abc")
    assert proc.returncode == 2
    assert len(proc.stderr.splitlines()) == 1
    assert "sip.port" in proc.stderr


def test_run_with_bad_config_exits_2_before_loading_models(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[asr]\ndevice = "tpu"\n', encoding="utf-8")
    proc = run_cli("run", "--config", path, "--state-dir", tmp_path / "state", timeout=60)
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert "asr.device" in lines[0]
    assert not (tmp_path / "state").exists()


def test_model_paths_must_exist(tmp_path):
    with pytest.raises(ConfigError) as e:
        config.from_dict({"asr": {"model": str(tmp_path / "nowhere")}})
    assert e.value.key_path == "asr.model" and "model.bin" in e.value.message
    (tmp_path / "model.bin").write_bytes(b"")
    assert config.from_dict({"asr": {"model": str(tmp_path)}}).asr.model == str(tmp_path)
    with pytest.raises(ConfigError) as e:
        config.from_dict({"tts": {"voice": str(tmp_path / "voice.onnx")}})
    assert e.value.key_path == "tts.voice"


def test_the_config_reaches_child_processes_through_a_private_file(tmp_path):
    cfg = config.replace(config.Config(), agent=config.replace(config.Config().agent,
                                                              webhook_token="s3cret-token-for-the-hook"))
    arg = config.config_arg(cfg, tmp_path / "run" / "worker-0.json")
    assert arg.startswith("@") and "s3cret" not in arg
    assert (tmp_path / "run" / "worker-0.json").stat().st_mode & 0o777 == 0o600
    assert config.read_config_arg(arg).agent.webhook_token == "s3cret-token-for-the-hook"
    assert config.read_config_arg(json.dumps(config.to_dict(cfg))) == config.read_config_arg(arg)
