"""The generated Kamailio front: remote workers in the dispatcher set, TLS listen and tls.cfg, and the
[sip] keys behind them (validation names the key path)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from callwarden import config
from callwarden.runtime import kamailio as front
from callwarden.config import ConfigError
from callwarden.runtime.pool import worker_config


def sip_cfg(**sip):
    return config.from_dict({"sip": {"front": "kamailio", **sip}})


@pytest.fixture
def pem(tmp_path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.write_text("-----BEGIN CERTIFICATE-----\n")
    key.write_text("-----BEGIN PRIVATE KEY-----\n")
    return str(cert), str(key)


def dispatcher_rows(text: str) -> list[list[str]]:
    return [line.split() for line in text.splitlines() if line.strip()]


def test_remote_workers_follow_the_local_ones_in_the_dispatcher_set():
    cfg = sip_cfg(max_calls=8, port=5060, remote_workers=["10.0.0.5:5070", "[2001:db8::5]:5070",
                                                          "worker2.example.net:5080"])
    rows = dispatcher_rows(front.dispatcher_list(cfg.sip))
    assert [r[1] for r in rows] == [
        "sip:127.0.0.1:5061;transport=udp", "sip:127.0.0.1:5062;transport=udp",
        "sip:10.0.0.5:5070;transport=udp", "sip:[2001:db8::5]:5070;transport=udp",
        "sip:worker2.example.net:5080;transport=udp"]
    assert {r[0] for r in rows} == {str(front.DISPATCH_SET)}
    assert [r[4] for r in rows] == ["worker=0", "worker=1", "remote=0", "remote=1", "remote=2"]


def test_remote_workers_use_tcp_when_the_front_has_no_udp():
    cfg = sip_cfg(transports=["tcp"], remote_workers=["10.0.0.5:5070"])
    assert dispatcher_rows(front.dispatcher_list(cfg.sip))[-1][1] == "sip:10.0.0.5:5070;transport=tcp"


def test_no_remote_workers_by_default():
    assert len(dispatcher_rows(front.dispatcher_list(sip_cfg(max_calls=4).sip))) == 1


def test_workers_do_not_inherit_the_fronts_tls_or_remote_workers(pem):
    cfg = sip_cfg(max_calls=8, tls_port=5071, tls_certificate=pem[0], tls_private_key=pem[1],
                  remote_workers=["10.0.0.5:5070"])
    worker = worker_config(cfg, front.worker_slots(cfg.sip)[1])
    assert (worker.sip.front, worker.sip.tls_port, worker.sip.remote_workers) == ("none", 0, [])
    assert worker.sip.port == 5062


@pytest.mark.parametrize("value", ["10.0.0.5", "10.0.0.5:0", "10.0.0.5:70000", "2001:db8::5:5070",
                                   "[10.0.0.5]:5070", "[zz::1]:5070", "bad_host:5070", "1.2.3:5070",
                                   ":5070", "host:port"])
def test_a_bad_remote_worker_names_the_key(value):
    with pytest.raises(ConfigError) as info:
        sip_cfg(remote_workers=[value])
    assert info.value.key_path == "sip.remote_workers"
    assert "host:port" in info.value.message


def test_remote_workers_need_the_front():
    with pytest.raises(ConfigError) as info:
        config.from_dict({"sip": {"remote_workers": ["10.0.0.5:5070"]}})
    assert info.value.key_path == "sip.remote_workers"


def test_tls_off_by_default_writes_no_tls(tmp_path):
    cfg = sip_cfg()
    cfg_path, _ = front.write_files(cfg.sip, tmp_path)
    text = cfg_path.read_text()
    assert "tls.so" not in text and "enable_tls" not in text and "listen=tls" not in text
    assert not (cfg_path.parent / "tls.cfg").exists()


def test_tls_listen_module_and_tls_cfg(tmp_path, pem):
    cfg = sip_cfg(port=5060, tls_port=5061 + 10, tls_certificate=pem[0], tls_private_key=pem[1])
    cfg_path, _ = front.write_files(cfg.sip, tmp_path)
    text = cfg_path.read_text()
    tls_file = cfg_path.parent / "tls.cfg"
    assert "enable_tls=yes" in text
    assert "listen=tls:127.0.0.1:5071" in text
    assert f'modparam("tls", "config", "{tls_file}")' in text
    # tls.so comes before every other module
    assert text.index('loadmodule "tls.so"') < text.index('loadmodule "kex.so"')
    tls = tls_file.read_text()
    assert f"certificate = {pem[0]}" in tls and f"private_key = {pem[1]}" in tls
    assert "[server:default]" in tls and "method = TLSv1.2+" in tls
    # switching TLS off again removes the stale file
    front.write_files(sip_cfg().sip, tmp_path)
    assert not tls_file.exists()


def test_tls_on_an_ipv6_host_is_bracketed(tmp_path, pem):
    cfg = sip_cfg(host="::1", tls_port=5071, tls_certificate=pem[0], tls_private_key=pem[1])
    assert "listen=tls:[::1]:5071" in front.kamailio_cfg(cfg.sip, tmp_path / "d", tmp_path / "a",
                                                         tmp_path / "c", tmp_path / "t")


@pytest.mark.parametrize("sip,key", [
    ({"tls_port": 5071}, "sip.tls_certificate"),
    ({"tls_port": 5071, "tls_certificate": "CERT"}, "sip.tls_private_key"),
    ({"tls_port": 5060, "tls_certificate": "CERT", "tls_private_key": "KEY"}, "sip.tls_port"),
    ({"tls_port": 5061, "tls_certificate": "CERT", "tls_private_key": "KEY"}, "sip.tls_port"),  # worker 0
    ({"tls_port": 70000}, "sip.tls_port"),
    ({"tls_port": "5071"}, "sip.tls_port"),
    ({"tls_certificate": "/nonexistent/cert.pem"}, "sip.tls_certificate"),
    ({"tls_private_key": "/nonexistent/key.pem"}, "sip.tls_private_key"),
])
def test_bad_tls_keys_name_the_key(sip, key, pem):
    sip = {k: {"CERT": pem[0], "KEY": pem[1]}.get(v, v) for k, v in sip.items()}
    with pytest.raises(ConfigError) as info:
        sip_cfg(**sip)
    assert info.value.key_path == key


def test_tls_needs_the_front(pem):
    with pytest.raises(ConfigError) as info:
        config.from_dict({"sip": {"tls_port": 5071, "tls_certificate": pem[0], "tls_private_key": pem[1]}})
    assert info.value.key_path == "sip.tls_port"


@pytest.mark.skipif(shutil.which("kamailio") is None, reason="kamailio is not installed")
def test_kamailio_accepts_the_generated_config_with_remote_workers(tmp_path):
    cfg = sip_cfg(port=15060, max_calls=8, remote_workers=["10.0.0.5:5070", "[2001:db8::5]:5070"])
    cfg_path, _ = front.write_files(cfg.sip, tmp_path)
    out = subprocess.run(["kamailio", "-c", "-f", str(cfg_path)], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr[-2000:]


def test_requests_larger_than_a_worker_reads_get_513(tmp_path):
    text = front.kamailio_cfg(sip_cfg().sip, tmp_path / "d", tmp_path / "a", tmp_path / "c")
    size_check = text.index(f"$ml > {front.WORKER_MAX_MESSAGE_BYTES}")
    assert text.index('sl_send_reply("513", "Message Too Large")') > size_check
    assert size_check < text.index("ds_select_dst")


def test_kamailio_keeps_its_runtime_dir_in_the_state_dir(tmp_path):
    # The service's file system is read-only but for the state dir, so /var/run/kamailio is out of reach.
    cfg_path, _ = front.write_files(sip_cfg().sip, tmp_path)
    args = front.kamailio_args(cfg_path)
    runtime = args[args.index("-Y") + 1]
    assert runtime.startswith(str(tmp_path.resolve()) + "/")


def test_failover_fits_in_kamailios_branches():
    text = front.kamailio_cfg(config.SipConfig(front="kamailio", max_calls=64, rtp_port_range=1600), "d.list", "a.list",
                              "ctl", "tls.cfg")
    assert f"max_branches={front.MAX_BRANCHES}" in text
    assert front.FAILOVER_TRIES < front.MAX_BRANCHES <= 30     # tm does not start at 31
    assert f"$avp(tries) <= {front.FAILOVER_TRIES}" in text


def test_priorities_keep_the_files_order_and_the_algorithm_follows_dispatch(tmp_path):
    cfg = sip_cfg(max_calls=12, remote_workers=["10.0.0.5:5070"])
    rows = dispatcher_rows(front.dispatcher_list(cfg.sip))
    assert [r[4] for r in rows] == ["worker=0", "worker=1", "worker=2", "remote=0"]
    # Kamailio orders a set by priority, highest first: the file's order is the dispatch order.
    assert [int(r[3]) for r in rows] == [4, 3, 2, 1]
    for dispatch, algorithm in (("round-robin", 4), ("fill", 8)):
        text = front.kamailio_cfg(sip_cfg(dispatch=dispatch).sip, tmp_path / "d", tmp_path / "a", tmp_path / "c")
        assert f'ds_select_dst("{front.DISPATCH_SET}", "{algorithm}")' in text
    assert config.SipConfig().dispatch == "round-robin"


def test_fill_is_refused_where_failover_could_not_reach_every_worker():
    assert sip_cfg(dispatch="fill", max_calls=4 * front.FAILOVER_TRIES).sip.dispatch == "fill"
    for sip in ({"max_calls": 4 * front.FAILOVER_TRIES + 1}, {"max_calls": 4 * front.FAILOVER_TRIES,
                                                             "remote_workers": ["10.0.0.5:5070"]}):
        with pytest.raises(ConfigError) as info:
            sip_cfg(dispatch="fill", rtp_port_range=4000, **sip)
        assert info.value.key_path == "sip.dispatch"
    with pytest.raises(ConfigError) as info:
        sip_cfg(dispatch="spread")
    assert info.value.key_path == "sip.dispatch"


def test_the_pool_stops_at_the_calls_the_engine_admits():
    # 24 calls configured, 10 places in the engine: 3 workers (4 + 4 + 2), each with a wider RTP share.
    sip = sip_cfg(max_calls=24, rtp_port_range=600).sip
    slots = front.worker_slots(sip, places=10)
    assert [s.max_calls for s in slots] == [4, 4, 2]
    assert [s.rtp_port_range for s in slots] == [200] * 3
    assert len(dispatcher_rows(front.dispatcher_list(sip, places=10))) == 3
    # No limit in the engine (0), or more places than calls: max_calls decides.
    assert [s.max_calls for s in front.worker_slots(sip, places=0)] == [4] * 6
    assert [s.max_calls for s in front.worker_slots(sip_cfg(max_calls=6).sip, places=16)] == [4, 2]
