"""Sequences whose secret is a digit string: cards, CVV, expiry, SSN, PIN, bank, phone, ZIP, DTMF."""

from __future__ import annotations

from .seq import S, Seq
from .spoken import TEEN, UNIT, luhn_complete, render_group, routing_number, speak, two_digit_words

CARD_BRANDS = [  # (prefixes, length, printed groups)
    (["4"], 16, [4, 4, 4, 4]), (["4"], 13, [4, 3, 3, 3]), (["4"], 19, [4, 4, 4, 4, 3]),
    (["51", "52", "53", "54", "55", "2221", "2720"], 16, [4, 4, 4, 4]),
    (["34", "37"], 15, [4, 6, 5]), (["6011", "65"], 16, [4, 4, 4, 4]), (["36"], 14, [4, 6, 4]),
    (["3528", "3589"], 16, [4, 4, 4, 4]), (["6759", "5018"], 18, [4, 4, 4, 4, 2]),
]
PAN_LEADS = ["my card number is ", "the card number's ", "it's a Visa, the number is ", "card is ",
             "the long number on the front is ", "okay the card number, ", "credit card ", "debit card number ",
             "the number on my card is ", "card ending... no, the whole thing, "]
PAN_PROMPTS = ["Can I have the long number on the card?", "What's the card number please?",
               "Go ahead with the number on the front of the card.",
               "And the card you'd like to use? I need the full number.",
               "Can you read me the digits on the card?", "Okay, whenever you're ready, the card number."]
CVV_LEADS = ["the security code is ", "CVV is ", "the three digits on the back are ", "CVC ", "code on the back, ",
             "the see vee vee is ", "security code ", "the little code on the back is "]
CVV_PROMPTS = ["And the three-digit security code on the back?", "What's the CVV?",
               "Last thing, the code on the back of the card.", "And the security code please?"]
EXP_LEADS = ["it expires ", "expiration date is ", "exp ", "expiry ", "valid through ", "good thru ",
             "the expiry date is ", "expiration "]
EXP_PROMPTS = ["And the expiration date?", "What's the expiry on the card?", "When does the card expire?"]
SSN_LEADS = ["my social is ", "social security number is ", "my SSN is ", "my social's ", "social security ",
             "my social security number, ", "SS number "]
SSN_PROMPTS = ["Can I get your social security number?", "For verification I'll need your social.",
               "What's your SSN?", "And your social security number please?"]
PIN_LEADS = ["my PIN is ", "pin number's ", "the PIN on the account is ", "passcode is ", "security pin ",
             "my voicemail PIN is ", "the pin's "]
PIN_PROMPTS = ["Can you tell me your PIN?", "What's the PIN on the account?", "Please say your passcode.",
               "For security, can you give me the account PIN?"]
ACCT_LEADS = ["my account number is ", "checking account ", "account number ", "the account number's ",
              "savings account number "]
ACCT_PROMPTS = ["And the account number?", "Can I have the bank account number for the direct debit?",
                "What's the account number you want to pay from?"]
ROUTING_LEADS = ["the routing number is ", "routing ", "ABA number ", "routing number's "]
ROUTING_PROMPTS = ["What's the routing number?", "Can you read me the routing number from the check?"]
PHONE_LEADS = ["my number is ", "call me back at ", "you can reach me on ", "my cell is ", "my phone number's ",
               "best number is ", "text me at ", "my home phone is "]
PHONE_PROMPTS = ["What's the best number to reach you?", "Can I get a callback number?",
                 "And a phone number for the account?"]
ZIP_LEADS = ["my zip is ", "zip code ", "the zip code is ", "postal code ", "billing zip is ", "zip's "]
ZIP_PROMPTS = ["And the billing zip code?", "What's your zip?", "Can you confirm the zip code on file?"]


def _context(seq: Seq, leads: list[str], prompts: list[str], allow_none: bool) -> tuple[str, str | None]:
    """Who opens the context: the caller's own words, the agent's question, or (for long numbers) nobody."""
    r = seq.rng.random()
    if allow_none and r < 0.2:
        return "", None
    if r < 0.6:
        return seq.pick(leads), None
    lead = seq.pick(["", "", "yeah it's ", "sure, ", "okay, ", "it's "])
    return lead, seq.pick(prompts)


def pan(seq: Seq) -> tuple[str, list[int]]:
    prefixes, length, sizes = seq.pick(CARD_BRANDS)
    return luhn_complete(seq.pick(prefixes), length, seq.rng), sizes


def build_pan(seq: Seq) -> None:
    seq.opening()
    number, sizes = pan(seq)
    sec = seq.secret("pan", number, digits=number)
    lead, prompt = _context(seq, PAN_LEADS, PAN_PROMPTS, allow_none=True)
    seq.say_digits(sec, number, lead=lead, prompt=prompt, sizes=sizes)
    seq.closing()


def expiry_surface(seq: Seq) -> tuple[str, str]:
    """(surface, digits as said): only forms that say every digit, so 05/27 reads 0527."""
    rng = seq.rng
    mm, yy = rng.randint(1, 12), rng.randint(25, 33)
    f = rng.randrange(6)
    if f == 0:
        return f"{mm:02d}/{yy}", f"{mm:02d}{yy}"
    if f == 1:
        return f"{mm:02d}/20{yy}", f"{mm:02d}20{yy}"
    m = f"oh {UNIT[mm]}" if mm < 10 else TEEN[mm - 10]
    y = two_digit_words(yy, rng) if yy % 10 else f"{UNIT[yy // 10]} oh"
    if f == 2:
        return f"{m} {y}", f"{mm:02d}{yy}"
    if f == 3:
        return f"{'zero' if mm < 10 else UNIT[mm // 10]} {UNIT[mm % 10]} slash {UNIT[yy // 10]} {UNIT[yy % 10]}", \
            f"{mm:02d}{yy}"
    if f == 4:
        return f"{m}, {y}", f"{mm:02d}{yy}"
    return f"{mm:02d}{yy}", f"{mm:02d}{yy}"


def say_expiry(seq: Seq, prompted: bool | None = None) -> None:
    surface, digits = expiry_surface(seq)
    sec = seq.secret("expiry", digits, digits=digits)
    if prompted if prompted is not None else seq.chance(0.5):
        seq.agent(seq.pick(EXP_PROMPTS))
        seq.caller(seq.pick(["", "", "it's ", "uh "]), S(surface, sec), seq.pick(["", ".", ", I think."]))
    else:
        seq.caller(seq.pick(EXP_LEADS), S(surface, sec), seq.pick(["", ".", " on it."]))


def say_cvv(seq: Seq, length: int = 3, prompted: bool | None = None) -> None:
    code = "".join(seq.pick("0123456789") for _ in range(length))
    sec = seq.secret("cvv", code, digits=code)
    style = seq.pick(["digits", "words", "words", "mixed", "oh", "pairs"])
    spoken = render_group(code, seq.rng, style)
    if prompted if prompted is not None else seq.chance(0.5):
        seq.agent(seq.pick(CVV_PROMPTS))
        seq.caller(seq.pick(["", "", "it's ", "uh ", "okay, "]), S(spoken, sec))
    else:
        seq.caller(seq.pick(CVV_LEADS), S(spoken, sec), seq.pick(["", ".", " I think."]))


def build_cvv(seq: Seq) -> None:
    seq.opening()
    if seq.chance(0.3):
        seq.caller(seq.pick(["I already gave you the card number.", "The card's the one ending the same as before."]))
    say_cvv(seq, 4 if seq.chance(0.2) else 3)
    seq.closing()


def build_expiry(seq: Seq) -> None:
    seq.opening()
    say_expiry(seq)
    seq.closing()


def build_payment(seq: Seq) -> None:
    """A whole card payment: amount, number, expiry, code, sometimes the billing zip."""
    seq.agent(seq.pick(["How much would you like to pay today?", "Okay, let's take a payment."]))
    seq.harmless_turn("money")
    number, sizes = pan(seq)
    sec = seq.secret("pan", number, digits=number)
    lead, prompt = _context(seq, PAN_LEADS, PAN_PROMPTS, allow_none=False)
    seq.say_digits(sec, number, lead=lead, prompt=prompt, sizes=sizes)
    say_expiry(seq)
    say_cvv(seq, 4 if len(number) == 15 else 3)
    if seq.chance(0.4):
        build_zip_part(seq)
    seq.closing(p_harmless=0.5)


def ssn(seq: Seq) -> str:
    rng = seq.rng
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def build_ssn(seq: Seq) -> None:
    seq.opening()
    number = ssn(seq)
    mode = seq.rng.randrange(4)
    if mode == 3:   # the last four only
        last = number[-4:]
        sec = seq.secret("ssn", last, digits=last, note="last four")
        if seq.chance(0.5):
            seq.agent(seq.pick(["Can you verify the last four of your social?",
                                "I just need the last four of the SSN."]))
            seq.caller(seq.pick(["", "sure, ", "it's ", "yeah "]), S(speak(last, seq.rng), sec))
        else:
            seq.caller(seq.pick(["the last four of my social are ", "last four of the SSN is ",
                                 "the last 4 of my social security number are "]), S(speak(last, seq.rng), sec))
    elif mode == 2:  # said in its printed parts, one per turn
        sec = seq.secret("ssn", number, digits=number, note="in parts")
        lead, prompt = _context(seq, SSN_LEADS, SSN_PROMPTS, allow_none=False)
        if prompt:
            seq.agent(prompt)
        heads = [lead or seq.pick(["the first three are ", "okay first three, "]), "then ", "and the last four are "]
        for k, (a, b) in enumerate([(0, 3), (3, 5), (5, 9)]):
            if k and seq.chance(0.7):
                seq.agent(seq.pick(["Okay.", "Mm-hm.", "And the middle two?", "And the last four?", "Go on."]))
            seq.caller(seq.pick([heads[k], ""]) if k else heads[0], S(speak(number[a:b], seq.rng), sec))
    else:
        sec = seq.secret("ssn", number, digits=number, note="no context" if mode == 1 else "")
        if mode == 1:   # no context word at all: only the shape says what it is
            seq.caller(seq.pick(["", "yeah, ", "okay so ", "uh "]),
                       S(speak(number, seq.rng, [3, 2, 4], dashes=seq.chance(0.5)), sec))
        else:
            lead, prompt = _context(seq, SSN_LEADS, SSN_PROMPTS, allow_none=False)
            seq.say_digits(sec, number, lead=lead, prompt=prompt, sizes=[3, 2, 4])
    seq.closing()


def build_pin(seq: Seq) -> None:
    seq.opening()
    code = "".join(seq.pick("0123456789") for _ in range(seq.pick([4, 4, 4, 5, 6])))
    sec = seq.secret("pin", code, digits=code)
    lead, prompt = _context(seq, PIN_LEADS, PIN_PROMPTS, allow_none=False)
    seq.say_digits(sec, code, lead=lead, prompt=prompt, parts=seq.pick([1, 1, 1, 2]))
    seq.closing()


def build_bank(seq: Seq) -> None:
    seq.opening()
    which = seq.rng.randrange(4)
    if which in (0, 2):
        routing = routing_number(seq.rng)
        sec = seq.secret("bank", routing, digits=routing, note="routing")
        lead, prompt = _context(seq, ROUTING_LEADS, ROUTING_PROMPTS, allow_none=False)
        seq.say_digits(sec, routing, lead=lead, prompt=prompt, sizes=[3, 3, 3])
    if which in (1, 2):
        acct = "".join(seq.pick("0123456789") for _ in range(seq.rng.randint(8, 12)))
        sec = seq.secret("bank", acct, digits=acct, note="account")
        lead, prompt = _context(seq, ACCT_LEADS, ACCT_PROMPTS, allow_none=False)
        seq.say_digits(sec, acct, lead=lead, prompt=prompt)
    if which == 3:
        last = "".join(seq.pick("0123456789") for _ in range(4))
        sec = seq.secret("bank", last, digits=last, note="account last four")
        seq.caller(seq.pick(["it's the checking account ending in ", "the account ends in ",
                             "my savings, the one ending "]), S(speak(last, seq.rng), sec), ".")
    seq.closing()


def phone(seq: Seq) -> tuple[str, list[int], str]:
    """(digits, groups, written form or '')."""
    rng = seq.rng
    if rng.random() < 0.15:
        d = "07" + "".join(rng.choice("0123456789") for _ in range(9))
        return d, [5, 6], f"{d[:5]} {d[5:]}" if rng.random() < 0.5 else ""
    d = (str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(2)) + str(rng.randint(2, 9))
         + "".join(rng.choice("0123456789") for _ in range(6)))
    f = rng.randrange(5)
    written = ["", f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}",
               f"+1 {d[:3]} {d[3:6]} {d[6:]}"][f]
    return d, [3, 3, 4], written


def build_phone(seq: Seq) -> None:
    seq.opening()
    d, groups, written = phone(seq)
    sec = seq.secret("phone", d, digits=d)
    lead, prompt = _context(seq, PHONE_LEADS, PHONE_PROMPTS, allow_none=bool(written))
    if written and seq.chance(0.6):
        if prompt:
            seq.agent(prompt)
        seq.caller(lead, S(written, sec), seq.pick(["", ".", ", that's my cell."]))
    else:
        seq.say_digits(sec, d, lead=lead, prompt=prompt, sizes=groups)
    seq.closing()


def build_zip_part(seq: Seq) -> None:
    rng = seq.rng
    z = f"{rng.randint(1001, 99950):05d}"
    plus4 = rng.random() < 0.2
    digits = z + (f"{rng.randint(1, 9999):04d}" if plus4 else "")
    sec = seq.secret("zip", digits, digits=digits)
    style = seq.pick(["digits", "words", "words", "oh", "mixed", "double"])
    surface = (z if style == "digits" else render_group(z, rng, style))
    if plus4:
        surface += "-" + digits[5:] if style == "digits" else " dash " + render_group(digits[5:], rng, style)
    lead, prompt = _context(seq, ZIP_LEADS, ZIP_PROMPTS, allow_none=False)
    if prompt:
        seq.agent(prompt)
    seq.caller(lead, S(surface, sec), seq.pick(["", ".", " I think."]))


def build_zip(seq: Seq) -> None:
    seq.opening()
    build_zip_part(seq)
    seq.closing()


DTMF_PROMPTS = {
    "pan": "Please enter your card number using your keypad, followed by the pound key.",
    "ssn": "Please enter your nine digit social security number.",
    "pin": "Please enter your PIN now.",
    "account": "Using your keypad, enter your account number followed by hash.",
    "phone": "Please key in the phone number on the account.",
}


def build_dtmf(seq: Seq) -> None:
    rng = seq.rng
    if rng.random() < 0.4:
        seq.agent("For billing, press 1. For technical support, press 2. For anything else, press 3.")
        seq.dtmf(str(rng.randint(1, 3)), harmless_kind="other")
    what = seq.pick(["pan", "pan", "ssn", "pin", "account", "phone"])
    if what == "pan":
        number, _ = pan(seq)
    elif what == "ssn":
        number = ssn(seq)
    elif what == "pin":
        number = "".join(rng.choice("0123456789") for _ in range(rng.choice([4, 6])))
    elif what == "account":
        number = "".join(rng.choice("0123456789") for _ in range(rng.randint(8, 12)))
    else:
        number = phone(seq)[0]
    context = what == "pin" or rng.random() < 0.7
    sec = seq.secret("dtmf", number, digits=number, note=what + ("" if context else ", no prompt"))
    if context:
        seq.agent(DTMF_PROMPTS[what])
    pieces = [number]
    if rng.random() < 0.3 and len(number) >= 8:
        cut = rng.randint(3, len(number) - 3)
        pieces = [number[:cut], number[cut:]]
    for k, piece in enumerate(pieces):
        seq.dtmf(piece + ("#" if k == len(pieces) - 1 and rng.random() < 0.5 else ""), sec)
    if rng.random() < 0.3:
        seq.agent("Thank you. Please hold while I check that.")
