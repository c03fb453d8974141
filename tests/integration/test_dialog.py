"""The dialog on real calls: scripted replies, barge-in, the disclosure played whole, recording
consent, and the dialog webhook (with the redacted text only)."""

from __future__ import annotations

import json
import socket

from callwarden_tools.harness import free_port, place_calls
from callwarden_tools.render import CallerStyle
from helpers import DialogWebhook, all_calls

STYLE = CallerStyle(rate_wpm=165, noise_snr_db=30, seed=7)
GREETING_MS = 8000      # the default greeting lasts about 7 s: callers below start after it


def kinds(events, kind):
    return [e for e in events if e.kind == kind]


def test_reply_to_an_intent_and_barge_in(daemon_factory, render):
    # The second sentence starts about a second into the opening-hours reply (about 5 s long).
    wav = render(["What time do you open on Saturday?", "Sorry, and one more thing about my bill."], STYLE,
                 lead_in_ms=GREETING_MS, pause_ms=1700, tail_ms=4000)
    daemon = daemon_factory()
    place_calls(daemon.uri, [wav], tail_s=2.0, timeout_s=60)
    (call, events), = all_calls(daemon.state_dir)
    starts = {e.body["prompt_id"]: e.body["text"] for e in kinds(events, "tts.start")}
    ends = {e.body["prompt_id"]: e.body["interrupted"] for e in kinds(events, "tts.end")}
    hours = next(pid for pid, text in starts.items() if text.startswith("We are open Monday"))
    assert ends[1] is False                                  # the greeting played to its end
    bargein, = kinds(events, "bargein")
    assert bargein.body["prompt_id"] == hours and ends[hours] is True
    second = kinds(events, "utterance.final")[1]
    assert "bill" in second.body["text"].lower()
    # Caused by the caller's second sentence: its onset is where that speech began.
    assert abs(bargein.body["onset_ms"] - second.body["t_start_ms"]) <= 300, (bargein.body, second.body)
    assert bargein.t_ms >= bargein.body["onset_ms"]
    assert any(t.startswith("Sorry, I didn't get that") for t in starts.values())
    assert call.end_reason == "caller_bye"


def test_the_disclosure_is_never_cut_and_replies_wait_for_it(daemon_factory, render):
    wav = render(["Hello? What time do you open on Saturday?"], STYLE, lead_in_ms=700, pause_ms=1000,
                 tail_ms=9000)
    daemon = daemon_factory()
    place_calls(daemon.uri, [wav], tail_s=1.0, timeout_s=60)
    (_, events), = all_calls(daemon.state_dir)
    assert not kinds(events, "bargein")
    tts = [(e.kind, e.body["prompt_id"], e.body.get("interrupted")) for e in events if e.kind.startswith("tts.")]
    assert tts[:3] == [("tts.start", 1, None), ("tts.end", 1, False), ("tts.start", 2, None)]
    final = kinds(events, "utterance.final")[0]
    greeting_end = kinds(events, "tts.end")[0]
    assert final.t_ms < greeting_end.t_ms           # heard during the greeting, answered after it
    assert kinds(events, "tts.start")[1].body["text"].startswith("We are open Monday")


def test_goodbye_intent_hangs_up_and_stays_contained(daemon_factory, render):
    wav = render(["Okay, that's all I needed, thank you. Bye."], STYLE, lead_in_ms=GREETING_MS, tail_ms=8000)
    daemon = daemon_factory()
    place_calls(daemon.uri, [wav], tail_s=1.0, timeout_s=60)
    (call, events), = all_calls(daemon.state_dir)
    assert call.end_reason == "agent_end"
    assert kinds(events, "tts.start")[-1].body["text"] == "Thank you for calling. Goodbye."
    assert kinds(events, "route")[-1].body["action"] == "auto"


def test_refused_recording_consent_ends_the_call_unrecorded(daemon_factory, render):
    # Greeting (about 7 s) then the consent question (about 3 s), then the caller refuses.
    wav = render(["No, I don't want that."], STYLE, lead_in_ms=GREETING_MS + 3500, tail_ms=8000)
    daemon = daemon_factory("--set", 'agent.recording_consent="ask"', "--set", "recording.enabled=true")
    place_calls(daemon.uri, [wav], tail_s=1.0, timeout_s=60)
    (call, events), = all_calls(daemon.state_dir)
    assert kinds(events, "tts.start")[1].body["text"] == "May we record this call? Please say yes or no."
    assert [f.body["type"] for f in kinds(events, "flag")] == ["consent_refused"]
    assert kinds(events, "route")[-1].body["action"] == "end"
    end = kinds(events, "call.end")[0].body
    assert end["recording_consent"] == "refused" and "recording" not in end
    assert not list((daemon.state_dir / "recordings").glob("*.wav"))
    assert call.end_reason == "agent_end"


def test_given_consent_keeps_the_recording(daemon_factory, render):
    wav = render(["Yes, that's fine."], STYLE, lead_in_ms=GREETING_MS + 3500, tail_ms=3000)
    daemon = daemon_factory("--set", 'agent.recording_consent="ask"', "--set", "recording.enabled=true")
    place_calls(daemon.uri, [wav], tail_s=1.0, timeout_s=60)
    (call, events), = all_calls(daemon.state_dir)
    end = kinds(events, "call.end")[0].body
    assert end["recording_consent"] == "given" and (daemon.state_dir / "recordings" / end["recording"]).is_file()
    assert "Thank you. How can I help you today?" in [e.body["text"] for e in kinds(events, "tts.start")]


def test_dialog_webhook_answers_turns_and_sees_only_redacted_text(daemon_factory, render):
    def answer(request):
        if "card" in request["text"].lower():
            return 200, json.dumps({"say": "Thanks, I will pass this to billing.", "action": "ticket"}).encode()
        return 200, json.dumps({"say": "Your parcel left our warehouse this morning."}).encode()

    hook = DialogWebhook(free_port(socket.SOCK_STREAM), answer)
    wav = render(["Where is my parcel?", "My card number is 4111 1111 1111 1111."], STYLE,
                 lead_in_ms=GREETING_MS, pause_ms=5000, tail_ms=4000)
    try:
        daemon = daemon_factory("--set", 'agent.mode="webhook"', "--set", f'agent.webhook_url="{hook.url}"')
        place_calls(daemon.uri, [wav], tail_s=1.0, timeout_s=60)
    finally:
        hook.close()
    (call, events), = all_calls(daemon.state_dir)
    assert len(hook.received) == 2, hook.received
    sent = json.dumps(hook.received)
    assert "4111" not in sent and "[PCI_PAN]" in hook.received[1]["text"]
    said = [e.body["text"] for e in kinds(events, "tts.start")]
    assert "Your parcel left our warehouse this morning." in said
    assert "Thanks, I will pass this to billing." in said
    routes = [r.body for r in kinds(events, "route")]
    assert routes[0]["action"] == "ticket" and routes[0]["reason"] == "dialog: webhook"
    assert kinds(events, "ticket")


def test_dead_webhook_falls_back_to_the_script(daemon_factory, render):
    wav = render(["What time do you open on Saturday?"], STYLE, lead_in_ms=GREETING_MS, tail_ms=7000)
    dead = f"http://127.0.0.1:{free_port(socket.SOCK_STREAM)}/dialog"
    daemon = daemon_factory("--set", 'agent.mode="webhook"', "--set", f'agent.webhook_url="{dead}"')
    place_calls(daemon.uri, [wav], tail_s=1.0, timeout_s=60)
    (_, events), = all_calls(daemon.state_dir)
    assert kinds(events, "tts.start")[1].body["text"].startswith("We are open Monday")
    assert "dialog webhook failed: unreachable" in daemon.log_tail(400)


def test_partials_raise_the_flag_while_the_caller_is_still_speaking(daemon_factory, render):
    # An ask for a human is held in partials until 3 s more of the turn held no callback (PhraseDetector):
    # this turn goes on for longer than that.
    wav = render(["I want to talk to a human agent about the internet connection at my house which has been "
                  "dropping out every single evening for the last three weeks and nobody could fix it."],
                 CallerStyle(rate_wpm=150, noise_snr_db=30, seed=12), lead_in_ms=GREETING_MS, tail_ms=3000)
    daemon = daemon_factory()
    place_calls(daemon.uri, [wav], tail_s=1.0, timeout_s=60)
    (_, events), = all_calls(daemon.state_dir)
    flag = next(e for e in kinds(events, "flag") if e.body["type"] == "escalation_request")
    final = kinds(events, "utterance.final")[0]
    # Raised from a partial hypothesis: before the caller stopped talking, with the words so far.
    assert flag.t_ms < final.body["t_end_ms"], (flag.body, final.body)
    assert len(flag.body["evidence"]["text"]) < len(final.body["text"])
    assert not kinds(events, "utterance.partial")          # partials are never stored
