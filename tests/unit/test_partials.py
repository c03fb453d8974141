"""Intent flags from partial hypotheses: early, once per episode, confirmed (not repeated) by the final;
partials redacted with the call's context and never stored."""

from __future__ import annotations

from callwarden import events as ev
from callwarden.config import Config
from callwarden.detect.detectors import PhraseDetector
from callwarden.detect.pipeline import CallAnalysis
from callwarden.events import CallClock
from callwarden.redact.redactor import CallRedactor

CLOCK = CallClock("call-partials")


def partial(text, t_end_ms=1500):
    return CLOCK.event(ev.UTTERANCE_PARTIAL, "caller", {"text": text, "t_start_ms": 1000, "t_end_ms": t_end_ms,
                                                        "confidence": 0.8})


def final(text, t_end_ms=3000):
    return CLOCK.event(ev.UTTERANCE_FINAL, "caller", {"text": text, "t_start_ms": 1000, "t_end_ms": t_end_ms,
                                                      "confidence": 0.8, "latency_ms": 100, "redactions": []})


def test_partial_fires_once_and_the_final_does_not_repeat_it():
    d = PhraseDetector()
    assert d.feed(partial("I want to talk to"), 1600) == []
    assert d.feed(partial("I want to talk to a human", 1900), 2000) == []      # held: a callback may follow
    assert d.feed(partial("a human please, it is about the direct debit", 3900), 4000) == []
    first = d.feed(partial("about the direct debit on my account from last", 4900), 5000)
    assert [f.body["type"] for f in first] == ["escalation_request"]
    # the evidence is the partial that heard it; the latency counts the hold
    assert first[0].body["evidence"]["text"] == "I want to talk to a human"
    assert first[0].body["evidence"]["t_end_ms"] == 1900 and first[0].body["latency_ms"] == 3100
    assert d.feed(partial("my account from last month and the", 5200), 5300) == []
    assert d.feed(final("I want to talk to a human please, it is about the direct debit on my account "
                        "from last month and the one before."), 6600) == []
    # The next turn still asking is the same episode; a turn without it closes the episode.
    assert d.feed(final("A human, please."), 9000) == []
    assert d.feed(final("My bill is wrong."), 12000) == []
    assert [f.body["type"] for f in d.feed(final("Get me a human"), 15000)] == ["escalation_request"]


def test_an_ask_for_a_human_that_turns_into_a_callback_request_is_left_to_the_final():
    d = PhraseDetector()
    words = "I'd like to speak to your supervisor about it, only I'm driving, so can he ring me back tonight".split()
    for n in range(4, len(words) + 1):       # partials of the last 4 s, one per 300 ms of speech
        assert d.feed(partial(" ".join(words[max(0, n - 11):n]), 1000 + 300 * n), 1100 + 300 * n) == [], n
    assert d.feed(final(" ".join(words) + "?"), 9000) == []
    # the next turn's ask, with no callback, still escalates (from its final here)
    assert [f.body["type"] for f in d.feed(final("Actually no, put me through to him now."), 12000)] == [
        "escalation_request"]


def test_final_adds_what_partials_missed():
    d = PhraseDetector()
    assert d.feed(partial("Hello, I want to"), 1600) == []
    flags = d.feed(final("Hello, I want to file a formal complaint."), 3600)
    assert [f.body["type"] for f in flags] == ["complaint"]


def test_partial_flags_route_like_finals():
    analysis = CallAnalysis(Config(), "call-partials")
    out = analysis.feed(partial("Please stop calling me"), 1700)
    assert [(e.kind, e.body.get("type") or e.body.get("action")) for e in out] == [
        ("flag", "opt_out"), ("route", "end")]


def test_partials_do_not_raise_data_flags_or_follow_up_routes():
    analysis = CallAnalysis(Config(), "call-partials")
    assert analysis.feed(partial("my email is jane at example dot com, call me back"), 1700) == []


def test_preview_redacts_with_context_and_leaves_it_unchanged():
    r = CallRedactor()
    r.redact("I'd like to pay by card.", 0, 1000)
    before = (r.active(), r._state)
    shown = r.preview("it's four one one one two two", 1000, 2000)
    assert "4111" not in shown.text and "one one one" not in shown.text, shown.text
    assert (r.active(), r._state) == before
    # the preview's carried number did not leak into the call's state: a count stays a count
    assert r.redact("I have two cards", 2000, 3000).text == "I have two cards"


def test_partials_are_never_stored():
    assert ev.UTTERANCE_PARTIAL not in ev.STORED_KINDS
    assert partial("x").seq == -1


def test_a_preview_masked_by_its_context_flags_before_the_turn_ends_once():
    from callwarden.detect.detectors import SensitiveDataDetector
    r = CallRedactor()
    r.redact("I'd like to pay by card.", 0, 1000)
    d = SensitiveDataDetector()

    def event(kind, text, t_end_ms):
        red = r.preview(text, 1000, t_end_ms) if kind == ev.UTTERANCE_PARTIAL else r.redact(text, 1000, t_end_ms)
        return CLOCK.event(kind, "caller", {"text": red.text, "t_start_ms": 1000, "t_end_ms": t_end_ms,
                                            "confidence": 0.8, "redactions": [x.to_dict() for x in red.records]})
    early = d.feed(event(ev.UTTERANCE_PARTIAL, "it's four one one one two two", 1800), 1900)
    assert [(f.body["type"], f.body["evidence"]["text"]) for f in early] == [("pci", "it's [PCI_PAN]")]
    assert d.feed(event(ev.UTTERANCE_FINAL, "it's four one one one two two two two", 2600), 3000) == []
    # a number masked only for its length (no context, no checksum) waits for the final
    d2 = SensitiveDataDetector()
    guess = CallRedactor().preview("it is five five five one two one two one two three", 0, 900)
    assert d2.feed(CLOCK.event(ev.UTTERANCE_PARTIAL, "caller", {
        "text": guess.text, "t_start_ms": 0, "t_end_ms": 900, "confidence": 0.8,
        "redactions": [x.to_dict() for x in guess.records]}), 1000) == []


def test_the_call_analysis_flags_pci_from_a_redacted_preview():
    analysis = CallAnalysis(Config(), "call-partials")
    red = CallRedactor()
    red.note_agent_text("Please read me the long number on your card.")
    shown = red.preview("sure it's five five five five four four", 1000, 1800)
    out = analysis.feed(CLOCK.event(ev.UTTERANCE_PARTIAL, "caller", {
        "text": shown.text, "t_start_ms": 1000, "t_end_ms": 1800, "confidence": 0.8,
        "redactions": [x.to_dict() for x in shown.records]}), 1900)
    assert [(e.kind, e.body.get("type")) for e in out][:1] == [("flag", "pci")]
    assert "5555" not in str(out) and "five five" not in str(out)


def test_intents_are_found_in_what_was_heard_and_the_evidence_stays_redacted():
    # The redactor masks "overdose" and "suicidal" as health details; distress must still fire, and
    # what is stored (the flag's evidence) must still be the masked text.
    for said in ["I took an overdose of my tablets.", "I'm suicidal.", "I think she's having a stroke."]:
        stored = CallRedactor().redact(said, 1000, 3000).text
        assert "[PHI]" in stored, stored
        analysis = CallAnalysis(Config())
        produced = analysis.feed(final(stored), 3100, heard=said)
        flags = [e for e in produced if e.kind == ev.FLAG and e.body["type"] == "distress"]
        assert flags and flags[0].body["evidence"]["text"] == stored, (said, produced)
        assert said not in repr([e.body for e in produced])


def test_an_ask_whose_words_a_health_call_masked_is_still_heard():
    # Once a call has told health, the redactor may mask the words of an ask; the ask is judged on
    # what was heard, the evidence is what was stored.
    said, stored = "unsubscribe me from the text messages", "[PHI] me from the text messages"
    assert not [e for e in CallAnalysis(Config()).feed(final(stored), 3100) if e.kind == ev.FLAG]
    flags = [e for e in CallAnalysis(Config()).feed(final(stored), 3100, heard=said) if e.kind == ev.FLAG]
    assert [f.body["type"] for f in flags] == ["opt_out"] and flags[0].body["evidence"]["text"] == stored
