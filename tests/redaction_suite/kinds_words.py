"""Sequences whose secret is words: date of birth, e-mail, street address, name, health; and calls with
no secret at all."""

from __future__ import annotations

import re

from . import harmless, vocab
from .seq import H, S, Seq
from .spoken import MONTHS, TEEN, UNIT, ordinal, ordinal_suffix, render_group, two_digit_words

DOB_LEADS = ["my date of birth is ", "date a birth is ", "day of birth ", "D O B is ", "birthday's ",
             "I was born on ", "born ", "date of birth, ", "my birthday is ", "the date of birth is ",
             "date of both is "]
DOB_PROMPTS = ["Can you confirm your date of birth?", "And your DOB please?", "What's your birthday?",
               "For security, date of birth?", "Can I get the date of birth on the account?"]


def _year(seq: Seq, y: int) -> str:
    yy = y % 100
    if y >= 2000:
        return seq.pick([str(y), f"two thousand {UNIT[yy]}" if yy < 10 else f"two thousand {TEEN[yy - 10]}",
                         f"two thousand and {UNIT[yy]}" if yy < 10 else str(y)])
    pair = two_digit_words(yy, seq.rng) if yy % 10 else {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty",
                                                        70: "seventy", 80: "eighty", 90: "ninety"}[yy]
    return seq.pick([str(y), f"nineteen {pair}", pair, f"'{yy:02d}"])


def dob_surface(seq: Seq) -> tuple[str, str, str]:
    """(day and month as said, year as said, separator); the first is what must not survive."""
    rng = seq.rng
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1938, 2006)
    month = MONTHS[m - 1]
    f = rng.randrange(9)
    if f == 0:
        return f"the {ordinal(d)} of {month}", _year(seq, y), " "
    if f == 1:
        return f"{month} {ordinal(d)}", _year(seq, y), ", "
    if f == 2:
        core = f"{m:02d}/{d:02d}" if rng.random() < 0.4 else f"{m}/{d}"
        return core, str(y) if rng.random() < 0.7 else f"{y % 100:02d}", "/"
    if f == 3:
        return f"{m}-{d}-", f"{y % 100:02d}", ""
    if f == 4:
        ms = f"oh {UNIT[m]}" if m < 10 else TEEN[m - 10]
        ds = f"oh {UNIT[d]}" if d < 10 else (TEEN[d - 10] if d < 20 else
                                             two_digit_words(d, rng) if d % 10 else "twenty")
        yy = y % 100
        ys = f"oh {UNIT[yy]}" if yy < 10 else (TEEN[yy - 10] if yy < 20 else
                                               two_digit_words(yy, rng) if yy % 10 else f"{UNIT[yy // 10]} oh")
        return f"{ms} {ds}", ys, " "
    if f == 5:
        return f"{ordinal(d)} {month}", _year(seq, y), " "
    if f == 6:
        return f"{month} {ordinal_suffix(d)}", str(y), ", "
    if f == 7:
        return f"the {ordinal_suffix(d)} of {month}", str(y), ", "
    return f"{month} {d}", str(y), ", "


def build_dob(seq: Seq) -> None:
    seq.opening()
    core, year, sep = dob_surface(seq)
    flat = core.removeprefix("the ")
    sec = seq.secret("dob", f"{core}{sep}{year}", phrases=[flat.rstrip("-")], scoped=True)
    if seq.chance(0.5):
        seq.agent(seq.pick(DOB_PROMPTS))
        lead = seq.pick(["", "", "it's ", "sure, ", "uh "])
    else:
        lead = seq.pick(DOB_LEADS)
    if sep != "/" and sep != "" and seq.chance(0.25):   # the year asked for separately
        seq.caller(lead, S(core, sec), ".")
        seq.agent(seq.pick(["And the year?", "What year?", "Okay, and the year of birth?"]))
        seq.caller(seq.pick(["", "", "uh "]), S(year, sec))
    else:
        seq.caller(lead, S(f"{core}{sep}{year}", sec), seq.pick(["", ".", ", I think you have it already."]))
    seq.closing()


EMAIL_LEADS = ["my email is ", "e-mail address is ", "you can email me at ", "send it to ", "it's ",
               "the email on file should be ", "my new email is "]
EMAIL_PROMPTS = ["What's the best email for you?", "Can I get an email address for the receipt?",
                 "What email should I send the confirmation to?"]


def _local_part(seq: Seq) -> str:
    rng = seq.rng
    nn = f"{rng.randint(1, 99)}"
    if rng.random() < 0.6:
        f, last = seq.pick(vocab.FIRST_NAMES).lower(), seq.pick(vocab.SURNAMES).lower()
        return seq.pick([f"{f}.{last}", f"{f[0]}{last}", f"{f}{last}{nn}", f"{f}_{last}", f"{last}.{f[0]}",
                         f"{f}{nn}", f"{f[0]}.{last}{nn}"])
    return seq.pick(vocab.HANDLES) + seq.pick(["", nn, "_" + nn, ".uk", "x"])


def _spell(word: str, seq: Seq) -> str:
    if seq.chance(0.3):
        return "-".join(word.upper())
    return " ".join(word if seq.chance(0.5) else word.upper())


def _say_local(local: str, seq: Seq, spell: bool) -> str:
    chunks = re.findall(r"[a-z]+|\d+|[._-]", local)
    out = []
    for k, c in enumerate(chunks):
        if c in "._-":
            out.append({".": "dot", "_": "underscore", "-": "dash"}[c])
        elif c.isdigit():
            out.append(c if seq.chance(0.4) else render_group(c, seq.rng, seq.pick(["words", "pairs"]),
                                                              edges=False, fillers=False))
        else:
            near_digit = (k + 1 < len(chunks) and chunks[k + 1].isdigit() and c.endswith("o")) or \
                         (k and chunks[k - 1].isdigit() and c.startswith("o"))
            out.append(_spell(c, seq) if spell and not near_digit else c)
    return " ".join(out)


def _say_domain(domain: str, seq: Seq) -> str:
    if seq.chance(0.25):
        return domain
    return " dot ".join(p.replace("-", " dash ") for p in domain.split("."))


def build_email(seq: Seq) -> None:
    seq.opening()
    local, domain = _local_part(seq), seq.pick(vocab.DOMAINS)
    needles = [re.sub(r"[^a-z0-9]", "", local)] + [c for c in re.findall(r"[a-z]+", local) if len(c) >= 4]
    sec = seq.secret("email", f"{local}@{domain}", squash=sorted(set(needles)))
    f = seq.rng.randrange(5)
    if f == 0:
        surface = f"{local}@{domain}"
    elif f == 1:
        surface = f"{_say_local(local, seq, False)} at {_say_domain(domain, seq)}"
    elif f == 2 and re.search(r"[a-z]$", local):   # ASR glues the last word onto 'at'
        surface = f"{_say_local(local, seq, False)}at {_say_domain(domain, seq)}"
    elif f == 3:
        surface = f"{_say_local(local, seq, True)} at {_say_domain(domain, seq)}"
    else:
        surface = (f"{_say_local(local, seq, False)}, that's {_say_local(local, seq, True)}, "
                   f"at {_say_domain(domain, seq)}")
    if seq.chance(0.5):
        seq.agent(seq.pick(EMAIL_PROMPTS))
        lead = seq.pick(["", "sure, ", "it's ", "yeah it's "])
    else:
        lead = seq.pick(EMAIL_LEADS)
    seq.caller(lead, S(surface, sec), seq.pick(["", ".", ", all lower case."]))
    seq.closing()


ADDR_LEADS = ["I live at ", "my address is ", "the billing address is ", "we moved to ", "send it to ",
              "the new address is ", "it should go to ", "I'm at ", "home address is "]
ADDR_PROMPTS = ["What's the address on the account?", "Can you confirm your billing address?",
                "Where should we send the replacement card?", "And your street address?"]


def build_address(seq: Seq) -> None:
    rng = seq.rng
    seq.opening()
    n = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 29999)])
    num = str(n)
    said = num if rng.random() < 0.6 else render_group(num, rng, seq.pick(["pairs", "words"]), fillers=False)
    street = seq.pick(vocab.STREETS)
    addr = f"{said} {street}"
    if rng.random() < 0.7:
        addr += " " + seq.pick(vocab.STREET_SUFFIXES)
    if rng.random() < 0.35:
        addr += seq.pick([f", apartment {rng.randint(1, 30)}", f" apt {rng.randint(1, 30)}",
                          f", unit {rng.randint(1, 20)}{seq.pick('ABCD')}", f", suite {rng.randint(100, 900)}"])
    if rng.random() < 0.3:
        addr += f", {seq.pick(vocab.CITIES)}"
    sec = seq.secret("address", f"{num} {street}", words=[street.lower()], digits=num if len(num) >= 3 else None)
    if rng.random() < 0.5:
        seq.agent(seq.pick(ADDR_PROMPTS))
        lead = seq.pick(["", "", "it's ", "sure, it's "])
    else:
        lead = seq.pick(ADDR_LEADS)
    seq.caller(lead, S(addr, sec), seq.pick(["", ".", ", that's the new one."]))
    seq.closing()


def _spell_name(name: str, seq: Seq) -> str:
    letters, i = [], 0
    up = name.upper()
    while i < len(up):
        if i + 1 < len(up) and up[i] == up[i + 1] and seq.chance(0.6):
            letters.append(f"double {up[i]}")
            i += 2
        else:
            letters.append(up[i])
            i += 1
    return ("-" if seq.chance(0.3) else " ").join(letters)


def build_name(seq: Seq) -> None:
    first, last = seq.pick(vocab.FIRST_NAMES), seq.pick(vocab.SURNAMES)
    seq.opening(p_harmless=0.2)
    f = seq.rng.randrange(10)
    only_first = f == 5
    sec = seq.secret("name", first if only_first else f"{first} {last}",
                     words=[(first if only_first else last).lower()])
    if f == 0:
        seq.caller("my name is ", S(f"{first} {last}", sec), ".")
    elif f == 1:
        seq.caller("this is ", S(f"{first} {last}", sec), " speaking.")
    elif f == 2:
        seq.caller("hi, it's ", S(f"{first} {last}", sec), ", I'm calling about my bill.")
    elif f == 3:
        seq.caller("my last name is ", S(last, sec), ", that's ", S(_spell_name(last, seq), sec), ".")
    elif f == 4:
        seq.agent(seq.pick(["Can I get your full name?", "And the name on the account?"]))
        seq.caller(S(f"{first} {last}" if seq.chance(0.6) else f"{last}, {first} {last}", sec), ".")
    elif f == 5:
        seq.agent(seq.pick(["And who am I speaking with?", "Can I get your first name?"]))
        seq.caller(seq.pick(["this is ", "it's ", "yeah, ", ""]), S(first, sec), ".")
    elif f == 6:
        seq.caller("I'm calling for my mother, ", S(f"{first} {last}", sec), ", she's next to me.")
    elif f == 7:
        seq.caller("the account is under ", S(f"{first} {last}", sec), ".")
    elif f == 8:
        seq.caller("surname's ", S(last, sec), ", ", S(_spell_name(last, seq), sec), ", first name ",
                   S(first, sec), ".")
    else:
        seq.caller("the name on the card is ", S(f"{first} {seq.pick('ABCDEJKLMRT')}. {last}", sec), ".")
    seq.closing()


def _health(seq: Seq, pool: list[str]) -> tuple[str, list[str]]:
    return vocab.term(seq.pick(pool))


def build_health(seq: Seq) -> None:
    seq.opening(p_harmless=0.2)
    drugs = vocab.DRUGS + vocab.DRUGS_MISSPELT
    drug = seq.pick(drugs)
    cond, cond_n = _health(seq, vocab.CONDITIONS)
    bare_cond = re.sub(r"^(a|an) ", "", cond)

    def dsec(name: str) -> dict:
        return seq.secret("health", name, words=[name.lower()], note="drug")

    def csec(phrase: str, needles: list[str], note: str) -> dict:
        return seq.secret("health", phrase, words=needles, note=note)

    f = seq.rng.randrange(10)
    if f == 0:
        seq.caller("I'm on ", S(drug, dsec(drug)), seq.pick([" now.", " at the moment.", ", since March."]))
    elif f == 1:
        seq.caller("I take ", S(drug, dsec(drug)), " for ", S(bare_cond, csec(cond, cond_n, "condition")), ".")
    elif f == 2:
        seq.caller(seq.pick(["I was diagnosed with ", "they diagnosed me with ", "I just found out I have "]),
                   S(cond, csec(cond, cond_n, "condition")), seq.pick([" last year.", ".", " in the spring."]))
    elif f == 3:
        seq.caller("my doctor put me on ", S(drug, dsec(drug)), " and it's not covered.")
    elif f == 4:
        proc, n = _health(seq, vocab.PROCEDURES)
        seq.caller(seq.pick(["I had my ", "I'm scheduled for my ", "the bill is for my "]),
                   S(proc, csec(proc, n, "procedure")), seq.pick([" last week.", " on Monday.", "."]))
    elif f == 5:
        test, n = _health(seq, vocab.TESTS)
        seq.caller(seq.pick(["the ", "my "]), S(test, csec(test, n, "test")),
                   seq.pick([" came back positive.", " came back abnormal.", " needs to be rescheduled."]))
    elif f == 6:
        drug2 = seq.pick([d for d in drugs if d != drug])
        seq.agent("Can you tell me what medications you're currently taking?")
        seq.caller(S(drug, dsec(drug)), " and ", S(drug2, dsec(drug2)), ".")
    elif f == 7:
        seq.caller(seq.pick(["I have ", "my husband has ", "my son was just diagnosed with ", "my wife has "]),
                   S(cond, csec(cond, cond_n, "condition")), ", so I need to change the plan.")
    elif f == 8:
        seq.caller("it's for my ", S(bare_cond, csec(cond, cond_n, "condition")), " medication, ",
                   S(drug, dsec(drug)), ".")
    else:
        seq.caller("I'm calling to refill my ", S(drug, dsec(drug)), ".")
    seq.closing()


def build_harmless(seq: Seq) -> None:
    seq.opening(p_harmless=0.7)
    for _ in range(seq.rng.randint(1, 3)):
        if seq.chance(0.3):
            prompt, kind, make = seq.pick(harmless.TRAPS)
            surface, template = make(seq.rng)
            head, _, tail = template.partition("{}")
            seq.agent(prompt)
            seq.caller(head, H(surface, kind), tail)
        else:
            if seq.chance(0.5):
                seq.agent(seq.pick(["Okay.", "Sure.", "Let me check that.", "I see.", "Anything else?"]))
            seq.harmless_turn()
    seq.closing(p_harmless=0.5)
