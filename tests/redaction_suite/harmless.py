"""Numbers a redactor must leave alone: money, times, quantities, counts, order numbers, years, percents.

Each maker returns (kind, surface, sentence template with '{}' where the surface goes). The surface is
what must come out unchanged."""

from __future__ import annotations

import random

from .spoken import TEEN, TENS, UNIT, ordinal_suffix

SMALL = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def words(n: int) -> str:
    """0..999 in words ('a hundred and twenty' style is left to the templates)."""
    if n < 10:
        return UNIT[n]
    if n < 20:
        return TEEN[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + (f"-{UNIT[u]}" if u else "")
    h, r = divmod(n, 100)
    return f"{UNIT[h]} hundred" + (f" and {words(r)}" if r else "")


def money(rng: random.Random) -> tuple[str, str]:
    f = rng.randrange(11)
    if f == 0:
        s = f"${rng.randint(1, 9)},{rng.randint(0, 999):03d}"
    elif f == 1:
        s = f"{words(rng.randint(20, 99))} {words(rng.choice([49, 95, 99, 50, 25]))}"
    elif f == 2:
        s = f"{words(rng.choice([100, 200, 300, 500, 120, 250, 40, 75]))} dollars"
    elif f == 3:
        s = f"{rng.randint(5, 60)} bucks"
    elif f == 4:
        s = f"${rng.randint(1, 99)}.{rng.randint(0, 99):02d}"
    elif f == 5:
        s = f"${rng.randint(10, 999)}"
    elif f == 6:
        s = f"£{rng.randint(5, 400)}"
    elif f == 7:
        s = f"{words(rng.choice([10, 25, 50, 75, 99]))} cents"
    elif f == 8:
        s = f"{rng.randint(1, 3)},{rng.randint(0, 9)}00 dollars"
    elif f == 9:
        s = f"€{rng.randint(5, 90)}"
    else:
        s = f"${rng.randint(100, 999)}.{rng.choice(['00', '99', '50'])}"
    t = rng.choice(["It came to {}.", "I was charged {} twice.", "The balance says {}.", "I paid {} last week.",
                    "Can I just pay {} today?", "It's {} a month now.", "The late fee was {}.",
                    "They quoted me {} for it.", "My last bill was {}, way more than usual.",
                    "There's a charge for {} I don't recognise."])
    return s, t


def time_(rng: random.Random) -> tuple[str, str]:
    h = rng.randint(1, 12)
    f = rng.randrange(8)
    if f == 0:
        s = f"{h}:{rng.choice(['00', '15', '30', '45', '10', '20'])}"
    elif f == 1:
        s = f"half past {SMALL[h]}"
    elif f == 2:
        s = f"{SMALL[h]} o'clock"
    elif f == 3:
        s = f"{h} {rng.choice(['am', 'pm', 'a.m.', 'p.m.'])}"
    elif f == 4:
        s = f"in {rng.choice([5, 10, 15, 20, 30, 45])} minutes"
    elif f == 5:
        s = f"quarter to {SMALL[h]}"
    elif f == 6:
        s = f"{h}:{rng.choice(['05', '25', '40', '50'])} {rng.choice(['am', 'pm'])}"
    else:
        s = f"in {words(rng.choice([10, 15, 20, 30, 45]))} minutes"
    t = rng.choice(["Can you call me back at {}?", "I'll be home around {}.", "The appointment is at {}.",
                    "I'm free after {} tomorrow.", "The technician said {}.", "Is {} okay?",
                    "I tried calling at {} but nobody picked up.", "They close at {}, right?"])
    if s.startswith("in "):
        t = rng.choice(["I have to leave {}.", "Can someone call me {}?", "My bus is {}, so quickly please."])
    return s, t


def quantity(rng: random.Random) -> tuple[str, str]:
    n = rng.randint(2, 12)
    return rng.choice([
        (f"{n} more boxes", rng.choice(["I need {} on the next delivery.", "Could you add {}?"])),
        (f"{rng.randint(2, 40)} miles", rng.choice(["It's about {} from here.", "The depot is {} away."])),
        (f"{n} kilos", rng.choice(["The parcel is {}.", "It says {} on the label."])),
        (f"a party of {SMALL[n]}", rng.choice(["I'd like a table for {} on Friday.", "We're {}, is that okay?"])),
        (f"{words(rng.choice([10, 15, 20, 30, 40]))} minutes", rng.choice(["I waited {} on hold already.",
                                                                           "It took {} to get through."])),
        (f"{rng.randint(2, 50)} pounds", rng.choice(["The box weighs like {}.", "It's {} so it needs two people."])),
        (f"{rng.randint(5, 60)} gallons", rng.choice(["The tank holds {}.", "We used {} last month."])),
        (f"{SMALL[n]} liters", rng.choice(["I ordered {} of the cleaner.", "It's {} a bottle."])),
        (f"a {rng.choice([6, 12, 24])} pack", rng.choice(["I ordered {} of water.", "Send {} instead."])),
        (f"{rng.randint(100, 900)} square feet", rng.choice(["The room is {}.", "It covers {}."])),
        (f"{SMALL[n]} bags", rng.choice(["We ordered {}.", "Only {} came."])),
        (f"{n} pallets", rng.choice(["The delivery was {}.", "We need {} on Tuesday."])),
    ])


def count(rng: random.Random) -> tuple[str, str]:
    n = rng.randint(2, 9)
    s, t = rng.choice([
        (f"{SMALL[n]} cards", "I have {} with you."),
        (f"called {SMALL[n]} times", "I've {} about this."),
        (f"{SMALL[n]} kids", "I've got {} at home."),
        (f"{n} accounts", "There are {} under my name."),
        (f"{SMALL[n]} people", "There's {} on the plan."),
        (f"{n} emails", "I sent you {} already."),
        (f"{SMALL[n]} messages", "I left {} on the voicemail."),
        (f"{n} payments", "I made {} this month."),
        (f"{SMALL[n]} phones", "We have {} on the family plan."),
        (f"{SMALL[n]} times", "It dropped the call like {} yesterday."),
    ])
    return s, t


def order(rng: random.Random) -> tuple[str, str]:
    f = rng.randrange(6)
    if f == 0:
        s = str(rng.randint(10000, 999999))
        t = rng.choice(["My order number is {}.", "It's about order {}.", "The order was {}, I think."])
    elif f == 1:
        s = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        t = rng.choice(["The confirmation code is {}.", "I have a confirmation number, {}."])
    elif f == 2:
        s = f"#{rng.randint(100000, 999999)}"
        t = rng.choice(["Order {} never arrived.", "I'm looking at order {} right now."])
    elif f == 3:
        s = f"{rng.choice(['AB', 'TK', 'RX', 'QL'])}-{rng.randint(1000, 9999)}"
        t = rng.choice(["The ticket number is {}.", "You gave me reference {} last time."])
    elif f == 4:
        s = str(rng.randint(100000, 9999999))
        t = rng.choice(["The tracking number for my order is {}.", "Order confirmation number {}."])
    else:
        s = f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        t = rng.choice(["It's case number {}.", "The return authorisation for my order is {}."])
    return s, t


def other(rng: random.Random) -> tuple[str, str]:
    f = rng.randrange(7)
    if f == 0:
        s, t = f"since {rng.randint(1995, 2024)}", "I've been a customer {}."
    elif f == 1:
        s, t = f"back in {rng.randint(1990, 2023)}", "We opened the account {}."
    elif f == 2:
        s, t = f"{rng.choice([5, 10, 15, 20, 25, 30])} percent", "The letter said a {} discount."
    elif f == 3:
        s, t = f"{rng.choice([3, 5, 8, 12, 18])}%", "The rate went up {}."
    elif f == 4:
        s, t = f"the {ordinal_suffix(rng.randint(2, 14))} floor", "I'm on {}, the lift is broken."
    elif f == 5:
        s, t = f"twenty twenty-{UNIT[rng.randint(1, 5)]}", "That was in {}."
    else:
        s, t = f"option {rng.randint(1, 6)}", "The menu made me pick {}."
    return s, t


MAKERS = {"money": money, "time": time_, "quantity": quantity, "count": count, "order": order, "other": other}

# What the agent asks that looks like a secret context but gets a harmless answer.
TRAPS = [
    ("Can I have the card number?", "count", lambda rng: (f"{SMALL[rng.randint(2, 4)]} cards",
                                                        "Which one? I've got {} with you.")),
    ("What's the best number to reach you?", "time", lambda rng: (f"{rng.randint(2, 6)}:30",
                                                                 "This number's fine, just after {}.")),
    ("What's your PIN?", "count", lambda rng: (f"{SMALL[rng.randint(2, 5)]} times",
                                               "I don't remember it, I've reset it {} already.")),
    ("Can I get your account number?", "money", lambda rng: (f"${rng.randint(20, 900)}.{rng.randint(10, 99)}",
                                                            "I don't have it, but the bill was {}.")),
    ("And your date of birth?", "other", lambda rng: (f"since {rng.randint(1998, 2022)}",
                                                     "Sure, hang on. I've been with you {} by the way.")),
    ("Do you have the order number?", "order", lambda rng: (str(rng.randint(100000, 999999)),
                                                           "Yes, it's {}.")),
    ("How much would you like to pay today?", "money", lambda rng: (f"{words(rng.choice([50, 100, 200]))} dollars",
                                                                   "Let's do {}.")),
    ("How long have you had the card?", "quantity", lambda rng: (f"{words(rng.choice([10, 20]))} minutes",
                                                                "It arrived like {} ago, ha.")),
]


def clause(rng: random.Random, kind: str | None = None) -> tuple[str, str, str]:
    """(kind, surface, sentence) for one harmless number."""
    kind = kind or rng.choice(list(MAKERS))
    surface, template = MAKERS[kind](rng)
    return kind, surface, template
