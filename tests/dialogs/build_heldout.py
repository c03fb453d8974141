"""Writes tests/dialogs/heldout/: calls written on 2026-12-04 in other words, before any of them was
played, to be scored and never tuned on (see tests/dialogs/README.md). Edit here, run, commit."""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).parent / "heldout"
ALL = ["escalation_request", "opt_out", "consent_refused", "frustration", "distress", "complaint",
       "pci", "pii", "phi", "silence", "audio_dropout", "low_confidence"]

# (about, voice (lang, wpm, cents), snr, turns, flags [(type, turn)], route); a turn is a str, or
# (str, pause_ms), or (str, [(secret text, entity)]), or a dict written as is.
CALLS = [
    ("card read in groups over two turns, fillers inside", ("en-us", 150, -200), 24,
     ["Hiya, I want to settle what I owe on my store card.",
      ("okay the long number is five four one two, um, seven five three eight", [("five four one two, um, seven five three eight", "pci_pan")]),
      ("then zero zero nine one, and four four six three", [("zero zero nine one, and four four six three", "pci_pan")]),
      "That's everything I think."], [("pci", 1)], "auto"),
    ("last four of the social, no other context", ("en-us", 175, 100), None,
     ["I got locked out of my online banking.",
      ("They asked for the last four of my social, it's eight three zero six.", [("eight three zero six", "ssn")]),
      "What else do you need from me?"], [("pii", 1)], "auto"),
    ("date of birth said British style", ("en-gb", 140, 250), 20,
     ["Good afternoon, I'm ringing to check my prescription is ready.",
      ("My date of birth is the twenty third of June, nineteen sixty four.", [("twenty third of June, nineteen sixty four", "dob")]),
      "Lovely, thanks ever so much."], [("pii", 1)], "auto"),
    ("e-mail spelled out with dots", ("en-us", 160, 0), 26,
     ["I never got the confirmation for my booking.",
      ("Send it to marcus dot obi at fastmail dot net please.", [("marcus dot obi", "email")]),
      "Thanks."], [("pii", 1)], "auto"),
    ("phone number with oh and double, then a callback request", ("en-gb", 155, -100), 22,
     ["Hello, I'd like somebody to call me about the leak in my flat.",
      ("You can get me on oh seven seven double four, nine one two, three three eight.", [("oh seven seven double four, nine one two, three three eight", "phone")]),
      "Please ring me back this afternoon if you can."], [("pii", 1)], "ticket"),
    ("delivery address with a suffix", ("en-us", 145, 300), 18,
     ["My replacement router never showed up.",
      ("It should go to forty one Juniper Court, Flagstaff.", [("forty one Juniper Court", "address")]),
      "When will it ship?"], [("pii", 1)], "auto"),
    ("blood thinner named while asking about a product", ("en-us", 165, -300), 25,
     ["Quick question before I order your vitamin pack.",
      ("I take apixaban every day, is the pack safe with that?", [("apixaban", "phi")]),
      "Okay, I'll check with my pharmacist."], [("phi", 1)], "auto"),
    ("a diagnosis and a device, British", ("en-gb", 150, 150), 20,
     ["Hi, it's about the supply delivery for my mum.",
      ("She was diagnosed with chronic kidney disease and she's on dialysis three times a week.", [("chronic kidney disease", "phi"), ("dialysis", "phi")]),
      "The box was meant to come on Monday."], [("phi", 1)], "auto"),
    ("asks for a human plainly", ("en-us", 185, 0), None,
     ["I've got a problem with my last invoice.",
      "Can you just put me through to a real person?"], [("escalation_request", 1)], "escalate"),
    ("asks for a human indirectly", ("en-gb", 135, -150), 24,
     ["I'm not very good with these machines.",
      "I'd much prefer to speak to one of your staff, if that's alright."], [("escalation_request", 1)], "escalate"),
    ("opt-out in other words", ("en-us", 170, 200), 26,
     ["Who is this? I keep getting calls from this number.",
      "Remove me from your calling list, I don't want to hear from you again."], [("opt_out", 1)], "end"),
    ("refuses the recording", ("en-us", 150, -50), None,
     ["Before we go on, is this being recorded?",
      "I do not consent to being recorded, so I'm not continuing."], [("consent_refused", 1)], "end"),
    ("someone collapsed", ("en-us", 190, 300), 16,
     ["Please, I need help,",
      "my husband just fell down and he isn't responding to me."], [("distress", 1)], "escalate"),
    ("formal complaint about a branch", ("en-gb", 145, 0), 22,
     ["I was in your Leeds branch on Saturday.",
      "I'd like to lodge an official complaint about how the manager spoke to me."], [("complaint", 1)], "escalate"),
    ("frustration twice, no swearing", ("en-us", 175, -200), 24,
     ["I'm calling about my internet again.",
      "This is the fourth time this month I've had to ring about the same fault.",
      "What time does the engineer come?",
      "Honestly your service is hopeless and I'm fed up with it."], [("frustration", 1)], "escalate"),
    ("venting about the traffic, not the company", ("en-us", 160, 100), 22,
     ["The traffic on the bridge this morning was driving me up the wall.",
      "Anyway, I want to check when my parcel is coming.",
      "Okay, thank you."], [], "auto"),
    ("harmless numbers: counts and money", ("en-us", 150, 0), 24,
     ["I ordered six chairs and only four turned up.",
      "The whole order was three hundred and twenty dollars.",
      "Can you send the other two?"], [], "auto"),
    ("a callback request with no flag", ("en-gb", 160, -250), 20,
     ["I'm at work at the moment and can't really talk.",
      "Could someone give me a ring tomorrow morning about my refund?"], [], "ticket"),
    ("expiry and security code after the card", ("en-us", 155, 150), 25,
     ["I'd like to pay my water bill by card.",
      ("The card number is four nine one six, three eight two zero, one one seven four, five five nine two.", [("four nine one six, three eight two zero, one one seven four, five five nine two", "pci_pan")]),
      ("It expires oh nine twenty seven, and the code on the back is six one four.", [("oh nine twenty seven", "pci_expiry"), ("six one four", "pci_cvv")]),
      "Thanks."], [("pci", 1)], "auto"),
    ("account number read digit by digit", ("en-us", 140, -100), 22,
     ["I want to set up a direct debit.",
      ("My account number is three one zero zero, seven two, five eight six.", [("three one zero zero, seven two, five eight six", "bank_account")]),
      "Is that all you need?"], [("pii", 1)], "auto"),
    ("PIN keyed on the phone pad", ("en-gb", 150, 200), 24,
     ["I need to reset my phone banking.",
      "I'll type my passcode on the keypad now.",
      {"dtmf": "7391", "pause_ms": 1500, "secrets": [{"text": "7391", "entity": "pin"}]},
      "Did that go through?"], [("pii", 2)], "auto"),
    ("dying to know, not distress", ("en-us", 180, 0), 26,
     ["I'm dying to know when the new handset is coming.",
      "I pre-ordered it weeks ago.",
      "Great, thanks."], [], "auto"),
    ("one frustration aimed at the menu", ("en-gb", 165, -300), 20,
     ["I've been going round in circles in this menu for ten minutes, it's ridiculous.",
      "I just want to know my balance."], [("frustration", 0)], "auto"),
    ("caller goes quiet after a question", ("en-us", 150, 100), None,
     ["Hi, I've got a question about my policy.",
      "Does it cover flood damage?", {"silence_ms": 12000}], [("silence", 2)], "ticket"),
    ("health detail then asks for a person", ("en-us", 160, -150), 24,
     ["I need to change my repeat prescription.",
      ("I'm on sertraline for depression and the dose went up.", [("sertraline", "phi"), ("depression", "phi")]),
      "Could I speak to the pharmacist directly please?"], [("phi", 1), ("escalation_request", 2)], "escalate"),
    ("postcode and house number, British", ("en-gb", 145, 50), 22,
     ["I'm moving house next week.",
      ("The new place is twelve Saint Anne's Road, postcode L S six, three H T.", [("twelve Saint Anne's Road", "address"), ("L S six, three H T", "address")]),
      "Can the bill go there from July?"], [("pii", 1)], "auto"),
]


def dialog(n: int, about, voice, snr, turns, flags, route) -> dict:
    out = []
    for t in turns:
        if isinstance(t, dict):
            out.append(t)
        elif isinstance(t, str):
            out.append({"say": t, "pause_ms": 2500})
        elif isinstance(t[1], int):
            out.append({"say": t[0], "pause_ms": t[1]})
        else:
            out.append({"say": t[0], "pause_ms": 2500,
                        "secrets": [{"text": s, "entity": e} for s, e in t[1]]})
    raised = {f for f, _ in flags}
    no = [f for f in ALL if f not in raised and f not in ("audio_dropout",)]
    return {"id": f"hd-{n:03d}", "about": about, "voice": {"lang": voice[0], "rate_wpm": voice[1], "pitch_cents": voice[2]},
            "noise_snr_db": snr, "turns": out,
            "expect": {"flags": [{"type": f, "turn": i} for f, i in flags], "no_flags": no, "route": route}}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for n, call in enumerate(CALLS, 1):
        d = dialog(n, *call)
        (OUT / f"{d['id']}.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(CALLS)} dialogs in {OUT}")


if __name__ == "__main__":
    main()
