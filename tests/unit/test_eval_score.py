"""Eval scoring on hand-made timelines: turn mapping, TP/FP/FN, routes, leaks (not numbers)."""

from pathlib import Path

from callwarden import events as ev
from callwarden_tools.evaluation.dialogs import Dialog, Turn
from callwarden_tools.evaluation.score import report, report_sets, score_call
from callwarden.events import CallClock


def dialog():
    d = Dialog("t-1", Path("t-1.json"), {
        "turns": [{"say": "hello"}, {"say": "card is 4111 1111 1111 1111",
                                     "secrets": [{"text": "4111 1111 1111 1111", "entity": "pci_pan"}]},
                  {"say": "let me talk to a human"}],
        "expect": {"flags": [{"type": "pci", "turn": 1}, {"type": "escalation_request", "turn": 2}],
                   "no_flags": ["opt_out"], "route": "escalate"}})
    d.turns = [Turn(0, "say", 1000, 2000, 4000), Turn(1, "say", 4000, 7000, 9000), Turn(2, "say", 9000, 11000, 13000)]
    return d


def timeline(card_text="card is [PCI_PAN]", extra_flag=None, route="escalate"):
    c = CallClock()
    evs = [c.event(ev.CALL_START, "system", {"sip_call_id": "1-41111@127.0.0.1"}),
           c.event(ev.CALL_ANSWER, "system", {}, t_ms=500)]
    evs.append(c.event(ev.UTTERANCE_FINAL, "caller", {"text": card_text, "t_start_ms": 4600, "t_end_ms": 7500,
                                                      "latency_ms": 11280}, t_ms=7700))
    for type_, start in [("pci", 4600), ("escalation_request", 9600)] + ([extra_flag] if extra_flag else []):
        evs.append(c.event(ev.FLAG, "system", {"type": type_, "evidence": {"t_start_ms": start, "t_end_ms": start + 900}},
                           t_ms=start + 2500))
    evs.append(c.event(ev.ROUTE, "system", {"action": route, "final": True}, t_ms=14000))
    return evs


def test_all_found_no_leak_even_when_numbers_look_like_the_secret():
    r = score_call(dialog(), timeline())
    assert sorted(r["tp"]) == ["escalation_request", "pci"] and r["fn"] == [] and r["fp"] == []
    assert r["route_ok"] and r["leaks"] == []          # latency_ms 11280 is not "1111"
    assert r["latency_ms"] == [7100 - 7500, 12100 - 11500]
    by_type = report([r], failed_calls=0)["flag_latency_by_type_ms"]
    assert by_type["pci"]["p50"] == 7100 - 7500 and by_type["escalation_request"]["n"] == 1


def test_misses_extra_flags_wrong_route_and_leaks():
    r = score_call(dialog(), timeline("card is 4,111,111,111,111,111", ("opt_out", 9700), "auto"),
                   log_text="2026-11-24 08:11:11,111 INFO something [call 1111abcd]\n"
                            "ready: SIP udp:127.0.0.1:41111, state /tmp/callwarden-eval-x4111/state\n"
                            "call ended: caller_bye after 41111 ms, 4 utterances\n"
                            "ASR engine started (pid 41111)")
    assert r["fp"] == ["opt_out"] and not r["route_ok"]
    assert [leak["where"] for leak in r["leaks"]] == ["utterance.final seq 2"]   # not the log's timestamp
    rep = report([r], failed_calls=1)
    assert rep["dialogs"] == 2 and rep["failed_calls"] == 1 and rep["secret_leaks"] == 1
    assert rep["flags"]["opt_out"] == {"tp": 0, "fp": 1, "fn": 0, "recall": 1.0, "precision": 0.0}
    assert rep["route_accuracy"] == 0.0


def test_a_secret_in_the_log_is_reported_with_its_line():
    r = score_call(dialog(), timeline(), log_text="ok\nthe caller said 4111 1111 1111 1111\n")
    assert [leak["where"] for leak in r["leaks"]] == ["daemon log line 2"]


def test_masking_precision_counts_masks_outside_secret_turns():
    d = dialog()
    # The only secret is in turn 2, so a mask in turn 0 (two turns away) was not due.
    d.raw["turns"] = [{"say": "order 5512 please"}, {"say": "nothing"},
                      {"say": "card 4111", "secrets": [{"text": "4111", "entity": "pci_pan"}]}]
    evs = timeline()
    evs[2].body["redactions"] = [{"entity": "pci_pan", "t_start_ms": 9600, "t_end_ms": 11000}]
    undue = CallClock().event(ev.UTTERANCE_FINAL, "caller", {
        "text": "order [PCI_PAN] please", "t_start_ms": 1600, "t_end_ms": 2400,
        "redactions": [{"entity": "pci_pan", "t_start_ms": 1700, "t_end_ms": 2300}]})
    r = score_call(d, evs + [undue])
    assert [(m["turn"], m["due"]) for m in r["masks"]] == [(2, True), (0, False)]
    rep = report([r], failed_calls=0)
    assert rep["masking"]["masks"] == 2 and rep["masking"]["precision"] == 0.5
    assert rep["masking"]["undue"][0]["dialog"] == "t-1"


def test_several_sets_are_reported_each_on_its_own_and_together():
    clean = score_call(dialog(), timeline())
    leaky = score_call(dialog(), timeline("card is 4,111,111,111,111,111", ("opt_out", 9700), "auto"))
    rep = report_sets({"dev": [clean], "redaction": [leaky]}, {"dev": 0, "redaction": 1})
    # The top-level keys are all sets together, as `callwarden eval DIR` wrote them for one set.
    assert rep["dialogs"] == 3 and rep["failed_calls"] == 1 and rep["secret_leaks"] == 1
    assert rep["route_accuracy"] == 0.5 and rep["flags"]["pci"]["tp"] == 2
    assert list(rep["sets"]) == ["dev", "redaction"]
    dev, red = rep["sets"]["dev"], rep["sets"]["redaction"]
    assert dev == report([clean], failed_calls=0)
    assert (dev["dialogs"], dev["failed_calls"], dev["secret_leaks"], dev["route_accuracy"]) == (1, 0, 0, 1.0)
    assert "opt_out" not in dev["flags"] and dev["misses"] == []
    assert (red["dialogs"], red["failed_calls"], red["secret_leaks"], red["route_accuracy"]) == (2, 1, 1, 0.0)
    assert red["flags"]["opt_out"]["fp"] == 1 and [m["dialog"] for m in red["misses"]] == ["t-1"]


def test_one_set_keeps_the_single_directory_report():
    r = score_call(dialog(), timeline())
    rep = report_sets({"dev": [r]}, {"dev": 0})
    assert {k: v for k, v in rep.items() if k != "sets"} == report([r], failed_calls=0)
    assert rep["sets"] == {"dev": report([r], failed_calls=0)}


def test_eval_takes_several_directories(tmp_path):
    from callwarden.cli import build_parser
    from callwarden_tools.evaluation.run import dialog_sets

    for folder, ids in (("a/dev", ["x-1", "x-2"]), ("b/dev", ["x-1"]), ("redaction", ["rd-001"])):
        (tmp_path / folder).mkdir(parents=True)
        for i in ids:
            (tmp_path / folder / f"{i}.json").write_text(f'{{"id": "{i}", "turns": [], "expect": {{}}}}')
    args = build_parser().parse_args(["eval", str(tmp_path / "a/dev"), str(tmp_path / "b/dev"),
                                      str(tmp_path / "redaction"), "--report", "r.json"])
    assert len(args.dir) == 3
    sets = dialog_sets(args.dir)
    assert {n: [d.id for d in ds] for n, ds in sets.items()} == {"dev": ["x-1", "x-2"], "dev-2": ["x-1"],
                                                                 "redaction": ["rd-001"]}
    assert list(dialog_sets(args.dir, only=["x-2"])) == ["dev"]        # a set --only leaves empty is dropped
    assert len(build_parser().parse_args(["eval", "one"]).dir) == 1


def test_a_ticket_id_holding_the_cards_digits_is_no_leak_and_the_card_itself_still_is():
    evs = timeline()
    c = CallClock()
    # a uuid4 whose hex digits happen to hold "4111" (about one ticket id in 80 did for a 16-digit card)
    evs.append(c.event(ev.TICKET, "system", {"id": "9c04111e-7a1b-4c2d-8e3f-0a1b2c3d4e5f", "result": "queued",
                                             "reason": "follow_up_request"}, t_ms=14500))
    assert score_call(dialog(), evs)["leaks"] == []
    leaked = timeline("card is 4111111111111111")
    assert [leak["where"] for leak in score_call(dialog(), leaked)["leaks"]] == ["utterance.final seq 2"]
