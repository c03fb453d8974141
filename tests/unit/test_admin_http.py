"""The admin listener over a real socket: Host must be a loopback name (DNS rebinding), an
optional bearer token guards all but /healthz; the metrics listener ([admin] metrics_address)
serves /metrics and /healthz only, under any Host."""

from __future__ import annotations

import asyncio

import pytest

from callwarden.admin.server import AdminServer, loopback_host

TOKEN = "s3cret-token-0123456789"


async def _ask(port: int, path: str, headers: dict[str, str]) -> tuple[int, dict[str, str], str]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    lines = [f"GET {path} HTTP/1.1", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    writer.write("\r\n".join(lines).encode())
    await writer.drain()
    raw = (await reader.read()).decode()
    writer.close()
    head, _, body = raw.partition("\r\n\r\n")
    status = int(head.split()[1])
    hdrs = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in head.split("\r\n")[1:])}
    return status, hdrs, body


def _run(token: str, requests: list[tuple[str, dict[str, str]]], on_metrics_listener: bool = False
         ) -> list[tuple[int, dict, str]]:
    async def main():
        server = AdminServer("127.0.0.1", 0, health=lambda: {"ok": True}, metrics=lambda: "m 1\n",
                             calls=lambda: [{"call_id": "c1"}], token=token,
                             metrics_address=("127.0.0.1", 0) if on_metrics_listener else None)
        await server.start()
        port = server.ports[-1]
        try:
            return [await _ask(port, path, h) for path, h in requests]
        finally:
            await server.stop()
    return asyncio.run(main())


@pytest.mark.parametrize("host,ok", [("127.0.0.1:8077", True), ("localhost", True), ("LOCALHOST:1", True),
                                     ("[::1]:8077", True), ("127.0.0.2", True),
                                     ("evil.example:8077", False), ("127.0.0.1.evil.example", False),
                                     ("", False), ("localhost.", False), ("10.0.0.1", False)])
def test_host_names(host, ok):
    assert loopback_host(host) is ok


def test_a_rebound_name_or_no_host_is_refused_before_anything_is_served():
    results = _run("", [("/calls", {"Host": "attacker.example"}), ("/calls", {}),
                        ("/calls", {"Host": "127.0.0.1:8077"})])
    assert [r[0] for r in results] == [403, 403, 200]
    assert "c1" not in results[0][2] + results[1][2] and "c1" in results[2][2]


def test_token_guards_everything_but_healthz():
    host = {"Host": "localhost"}
    results = _run(TOKEN, [("/metrics", host), ("/calls", {**host, "Authorization": "Bearer wrong"}),
                           ("/calls", {**host, "Authorization": f"Bearer {TOKEN}"}),
                           ("/status", {**host, "Authorization": f"Basic {TOKEN}"}),
                           ("/healthz", host)])
    codes = [r[0] for r in results]
    assert codes == [401, 401, 200, 401, 200]
    assert results[0][1]["www-authenticate"].startswith("Bearer")
    assert "c1" in results[2][2] and "c1" not in results[1][2]
    assert TOKEN not in "".join(r[2] for r in results)


def test_the_metrics_listener_serves_metrics_and_healthz_under_any_host_and_nothing_else():
    named = {"Host": "callwarden-01.example.net:9464"}
    results = _run(TOKEN, [("/metrics", {**named, "Authorization": f"Bearer {TOKEN}"}), ("/metrics", named),
                           ("/healthz", named), ("/calls", {**named, "Authorization": f"Bearer {TOKEN}"}),
                           ("/status", {"Host": "localhost", "Authorization": f"Bearer {TOKEN}"})],
                   on_metrics_listener=True)
    assert [r[0] for r in results] == [200, 401, 200, 404, 404]
    assert results[0][2] == "m 1\n" and "c1" not in "".join(r[2] for r in results)
