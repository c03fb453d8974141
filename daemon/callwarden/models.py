"""The model manifest: where each bundled model lives and what its files must hash to."""

from __future__ import annotations

import hashlib
import importlib.util
import tomllib
from dataclasses import dataclass
from pathlib import Path

# The manifest ships inside the package (copied from models/manifest.toml at build)
# and is read from the source tree in a development checkout.
_CANDIDATES = (Path(__file__).resolve().parents[2] / "models" / "manifest.toml",
               Path(__file__).resolve().parent / "manifest.toml")


@dataclass(frozen=True)
class ModelFile:
    path: Path
    sha256: str


@dataclass(frozen=True)
class Model:
    name: str
    role: str
    package: str
    licence: str
    directory: Path
    files: tuple[ModelFile, ...]


class ModelError(Exception):
    pass


def manifest_path() -> Path:
    for candidate in _CANDIDATES:
        if candidate.exists():
            return candidate
    raise ModelError("models/manifest.toml not found")


def _raw_manifest(table: str) -> list[dict]:
    return tomllib.loads(manifest_path().read_text(encoding="utf-8")).get(table, [])


def _resolve(m: dict) -> Model:
    spec = importlib.util.find_spec(m["module"])
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"{m['name']}: package {m['package']} is not installed")
    directory = Path(list(spec.submodule_search_locations)[0]) / m["dir"]
    files = tuple(ModelFile(directory / f["path"], f["sha256"]) for f in m["files"])
    return Model(m["name"], m["role"], m["package"], m["licence"], directory, files)


def load_manifest(table: str = "model") -> list[Model]:
    """The appliance's models; table="test_model": those only the tests use (not shipped, not verified
    by `callwarden models verify`)."""
    return [_resolve(m) for m in _raw_manifest(table)]


def model_for(role: str) -> Model:
    """The model of one role; only its own package need be installed (a bench box may carry the ASR
    model alone)."""
    for m in _raw_manifest("model"):
        if m["role"] == role:
            return _resolve(m)
    raise ModelError(f"no {role} model in the manifest")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def verify(models: list[Model]) -> list[str]:
    """Problems found, one line each, naming the file; empty when all match."""
    problems = []
    for m in models:
        for f in m.files:
            if not f.path.exists():
                problems.append(f"{f.path}: missing ({m.name})")
            elif sha256_file(f.path) != f.sha256:
                problems.append(f"{f.path}: sha256 differs from the manifest ({m.name})")
    return problems


def asr_model_dir(configured: str) -> Path:
    return Path(configured) if configured else model_for("asr").directory


def tts_voice_path(configured: str) -> Path:
    if configured:
        return Path(configured)
    return next(f.path for f in model_for("tts").files if f.path.suffix == ".onnx")
