"""Writes harmless_round3.jsonl: a third round of harmless numbers (money, times, quantities, counts).

NOT blind, like round two (build_harmless2.py): written with the redactor read, after round two's
sealed half showed that fixing one round's tune failures does not reach the next kinds; a wider tune
half shows more of them. Run: python -m tests.redaction_probes.build_harmless3
"""
from __future__ import annotations

import json
from pathlib import Path

from tests.redaction_probes.build_adversarial import half

OUT = Path(__file__).with_name("harmless_round3.jsonl")

ROWS = [
    ("money", "the upgrade is {{$15}} more"), ("money", "I got {{twenty dollars}} back"),
    ("money", "it was {{10 dollars and 50 cents}}"), ("money", "you owe me {{£12}}"),
    ("money", "{{5 euros}} a month extra"), ("money", "it's {{99 cents}} a text"),
    ("money", "they want {{a thousand dollars}}"), ("money", "a {{$2,000}} deposit"),
    ("money", "that's {{fifteen ninety nine}} a month"), ("money", "I spent {{300}} on it"),
    ("money", "the fine was {{80 quid}}"), ("money", "{{$3.5 million}} in damages"),
    ("money", "a {{twenty dollar}} bill"), ("money", "it's {{4 pounds 99}}"),
    ("money", "worth about {{400 euros}}"), ("money", "it cost me {{C$45}}"),
    ("money", "it's {{9.99€}} now"), ("money", "the quote was {{six hundred}}"),
    ("money", "you charged me {{two fifty}} for nothing"), ("money", "{{$0.99}} an app"),
    ("time", "the call dropped at {{11:05}}"), ("time", "I'll ring back at {{3}}"),
    ("time", "it's {{half nine}} here"), ("time", "around {{ten o'clock}}"),
    ("time", "on hold for {{an hour and 20 minutes}}"), ("time", "give me {{5 mins}}"),
    ("time", "{{two weeks}} ago"), ("time", "within {{48 hours}}"), ("time", "{{9am}} sharp"),
    ("time", "at {{17:45}} it stopped"), ("time", "{{quarter past 8}}"), ("time", "from {{9 till 5}}"),
    ("time", "the {{6.15}} train"), ("time", "it was {{10 to 4}}"), ("time", "{{thirty seconds}} later"),
    ("time", "Monday at {{2}} works"), ("time", "it's {{4:30}} now"), ("time", "come back in {{an hour}}"),
    ("time", "{{7 days}} a week"), ("time", "I'm out until {{the 20th}}"),
    ("quantity", "{{3 kilos}} of rice"), ("quantity", "{{two pints}} of milk"),
    ("quantity", "a {{10 metre}} cable"), ("quantity", "a {{15 inch}} laptop"),
    ("quantity", "{{8 GB}} of RAM"), ("quantity", "the speed dropped to {{5 megabits}}"),
    ("quantity", "doing {{20 mph}}"), ("quantity", "{{three and a half}} stars"),
    ("quantity", "I've got {{1 bar}} of signal"), ("quantity", "the {{64 gig}} iPad"),
    ("quantity", "it's {{minus 5 degrees}} out"), ("quantity", "{{two bags}} of cement"),
    ("quantity", "a {{2 year}} contract"), ("quantity", "a {{12-month}} contract"),
    ("quantity", "a {{30-day}} trial"), ("quantity", "a {{6 pack}} of water"),
    ("quantity", "{{100 mb}} of data left"), ("quantity", "{{50%}} off"),
    ("quantity", "the tank's {{three quarters}} full"), ("quantity", "about {{2 metres}} of pipe"),
    ("count", "{{3 of us}} live here"), ("count", "I have {{five}} grandkids"),
    ("count", "{{2 adults}} and {{2 kids}}"), ("count", "I asked {{three}} different people"),
    ("count", "there were {{eight}} missed calls"), ("count", "{{two}} engineers came"),
    ("count", "{{four}} emails and no reply"), ("count", "I've called {{a dozen times}}"),
    ("count", "this is my {{third}} complaint"), ("count", "{{twice}} a day"),
    ("count", "{{2 out of 3}} lines are down"), ("count", "{{hundreds}} of customers"),
    ("count", "{{three}}, maybe {{four}} times"), ("count", "we have {{6}} phones on the account"),
    ("count", "all {{5}} of them"), ("count", "the {{two}} of us"),
]


def main() -> None:
    with OUT.open("w", encoding="utf-8") as f:
        for i, (cat, text) in enumerate(ROWS, 1):
            id_ = f"h3-{cat}-{i:02d}"
            e = {"id": id_, "half": half(id_), "kind": "harmless", "category": cat, "note": "",
                 "turns": ["A:How can I help?", "C:" + text], "secrets": []}
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(f"{len(ROWS)} sequences -> {OUT}")


if __name__ == "__main__":
    main()
