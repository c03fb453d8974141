"""[privacy]: the caller's number and CRM headers as stored, synced, served and logged; DNC matching
across the ways one number is written."""

from __future__ import annotations

import pytest

from callwarden.redact.caller import CallerPrivacy, caller_key, normalised
from callwarden.route.dnc import DoNotCall


@pytest.mark.parametrize("written", ["+1 415 555 0132", "4155550132", "(415) 555-0132", "1-415-555-0132",
                                     "sip:+14155550132@pbx.example;user=phone", '"Ann" <sip:4155550132@10.0.0.9>',
                                     "tel:+1-415-555-0132"])
def test_one_number_however_it_is_written(written):
    assert normalised(written, "US") == "+14155550132"


def test_region_decides_numbers_without_a_country_code():
    assert normalised("020 7946 0018", "GB") == "+442079460018"
    assert normalised("sip:alice@pbx", "US") == "alice"
    assert normalised("sip:1001@pbx", "US") == "1001"            # an extension stays an extension


def test_dnc_matches_a_number_written_another_way(tmp_path):
    dnc = DoNotCall(tmp_path, "US")
    dnc.add("sip:+1 415 555 0132@trunk", "opt_out")
    assert dnc.contains("4155550132") and dnc.contains('"x" <sip:14155550132@other>')
    assert not dnc.contains("4155550133")
    assert dnc.remove("(415) 555-0132") and not dnc.contains("+14155550132")


def test_modes(tmp_path):
    key = caller_key(tmp_path)
    uri = '"Ann Smith" <sip:+14155550132@pbx.example:5060>;tag=abc'
    hashed = CallerPrivacy(key, "hash").uri(uri)
    assert hashed.startswith("sip:h-") and hashed.endswith("@pbx.example:5060")
    assert "0132" not in hashed and "Ann" not in hashed and "tag" not in hashed
    # The same caller written another way is the same hash: their calls and opt-out match.
    assert CallerPrivacy(key, "hash").uri("sip:4155550132@pbx.example:5060") == hashed
    assert CallerPrivacy(caller_key(tmp_path / "other"), "hash").uri(uri) != hashed   # keyed per box
    assert CallerPrivacy(key, "last4").uri(uri) == "sip:****0132@pbx.example:5060"
    assert CallerPrivacy(key, "clear").uri(uri) == uri
    # No user part (sip:host): nothing personal, kept; a tel: URI is all number.
    assert CallerPrivacy(key, "hash").uri("<sip:192.168.0.14>;tag=1") == "sip:192.168.0.14"
    assert CallerPrivacy(key, "last4").uri("<tel:+1-415-555-0132>") == "tel:****0132"
    headers = {"X-Account-Id": "ACC-77310", "X-Customer-Id": "42"}
    shown = CallerPrivacy(key, "hash").headers(headers)
    assert all(v.startswith("h-") for v in shown.values()) and "77310" not in str(shown)
    assert CallerPrivacy(key, "last4").headers(headers) == {"X-Account-Id": "****7310", "X-Customer-Id": "****"}


def test_the_key_is_private_and_shared_with_the_dnc_list(tmp_path):
    key = caller_key(tmp_path)
    assert oct((tmp_path / "dnc.key").stat().st_mode & 0o777) == "0o600" and len(key) == 32
    dnc = DoNotCall(tmp_path)
    assert dnc.key_of("4155550132").startswith(CallerPrivacy(key).shown("4155550132")[2:])


def test_lists_written_before_normalisation_still_match(tmp_path):
    import hashlib
    import hmac
    import sqlite3
    key = caller_key(tmp_path)
    DoNotCall(tmp_path).close()
    legacy = hmac.new(key, b"4155550132", hashlib.sha256).hexdigest()     # bare digits, the old scheme
    db = sqlite3.connect(tmp_path / "dnc.sqlite3")
    db.execute("INSERT INTO dnc VALUES (?, ?, ?)", (legacy, "2025-01-01", "opt_out"))
    db.commit()
    db.close()
    assert DoNotCall(tmp_path).contains("sip:4155550132@pbx")
