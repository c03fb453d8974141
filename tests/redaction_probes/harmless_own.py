"""Harmless numbers in sentences of my own (issue 13, 2026-12-05): counts, ages, sizes, money, times,
written before the redactor was changed for them. Halves by the first byte of the sentence's SHA-256:
the tune half's over-masks were looked at and fixed by kind; the sealed half is only counted.

    python -m tests.redaction_probes.harmless_own      # over-masked per half, tune failures listed

Each item: the agent's question before it (or ""), the caller's turn, the surface that must survive.
"""

from __future__ import annotations

import hashlib

ITEMS = [
("", "we ordered 12 chairs and only 9 came", "12"), ("", "there were forty two people at the party", "forty two"),
("", "I've got three dogs and two cats", "three"), ("", "the flat is on the fourth floor", "fourth"),
("", "it's about 15 minutes from the station", "15 minutes"), ("", "we need 250 invitations printed", "250"),
("How many are in the box?", "twenty four", "twenty four"), ("How many rooms?", "about six I think", "six"),
("", "the parcel weighed 3.5 kilos", "3.5 kilos"), ("", "I ran 10k on Sunday", "10k"),
("", "my son is seven and my daughter is eleven", "eleven"), ("", "I've been a customer for 14 years", "14 years"),
("", "the TV is a 55 inch one", "55 inch"), ("", "it cost me two hundred and forty quid", "two hundred and forty quid"),
("", "the bill was 89.50 this month", "89.50"), ("", "they charged me 120 pounds twice", "120 pounds"),
("", "I only have 30 euros left on it", "30 euros"), ("", "the deposit was fifteen hundred dollars", "fifteen hundred dollars"),
("How much was it?", "sixty five", "sixty five"), ("How much did you pay?", "it was 1,250 in the end", "1,250"),
("", "can someone come at half past two", "half past two"), ("", "I'm free after 6 tonight", "6 tonight"),
("", "the engineer said between 8 and 12", "8 and 12"), ("", "the shop opens at 9 30", "9 30"),
("", "we waited 45 minutes on hold", "45 minutes"), ("", "the delivery window is 7 till 11", "7 till 11"),
("", "I need 2 litres of the paint", "2 litres"), ("", "it's 300 grams per pack", "300 grams"),
("", "we're a party of eight on Saturday", "eight"), ("", "there are 16 of us in the group", "16"),
("", "it happened about 3 weeks ago", "3 weeks"), ("", "I got 5 texts from you yesterday", "5 texts"),
("", "the router lights blink 4 times", "4 times"), ("", "I pay 35 a month for the broadband", "35 a month"),
("", "the speed dropped to 20 megs", "20 megs"), ("", "I've called you 6 times this week", "6 times"),
("", "the boiler is 12 years old", "12 years"), ("", "put 2 adults and 3 children on the booking", "3 children"),
("", "my bill went up by 8 percent", "8 percent"), ("", "it's a 2 bedroom house", "2 bedroom"),
("", "we live about 200 metres from the mast", "200 metres"), ("", "the screen is cracked in 3 places", "3 places"),
("", "I bought two of the blue ones and one red", "two"), ("", "the outage lasted ninety minutes", "ninety minutes"),
("", "the temperature was minus 5 this morning", "minus 5"), ("", "I'm 72 so I don't use apps", "72"),
("", "my mum turns ninety next week", "ninety"), ("", "we've had 3 engineers out already", "3 engineers"),
("", "the fine was thirty pounds", "thirty pounds"), ("", "I topped up twenty dollars yesterday", "twenty dollars"),
("", "the order had 48 items in it", "48 items"), ("", "it's a 10 minute walk", "10 minute"),
("", "I'll be there by quarter to five", "quarter to five"), ("", "it came at ten past eleven", "ten past eleven"),
("", "I got charged nine ninety nine twice", "nine ninety nine"), ("", "it says 404 on the screen", "404"),
("", "the app is on version 5", "version 5"), ("", "I have 2 sims on the account", "2 sims"),
("", "my usage was 38 gigs last month", "38 gigs"), ("", "the package was 4 days late", "4 days"),
]


def half(said: str) -> str:
    return "tune" if hashlib.sha256(said.encode()).digest()[0] % 2 == 0 else "sealed"


def over_masked(which: str) -> tuple[int, list[tuple[str, str]]]:
    """How many items of the half there are, and those whose number did not survive (turn, output)."""
    from tests.helpers import stream
    mine = [(a, c, keep) for a, c, keep in ITEMS if half(c) == which]
    lost = []
    for agent, said, keep in mine:
        out = stream(*([f"A:{agent}"] if agent else []), said)[-1]
        if keep not in out:
            lost.append((said, out))
    return len(mine), lost


def main() -> int:
    n, lost = over_masked("tune")
    m, sealed = over_masked("sealed")
    print(f"tune: {len(lost)} of {n} over-masked; sealed: {len(sealed)} of {m} over-masked")
    for said, out in lost:
        print(f"   {said!r} -> {out!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
