"""Writes harmless_round2.jsonl: a second round of harmless numbers (money, times, quantities, counts).

NOT blind: written after the first round's fixes, with the redactor read. It exists because the first
round's sealed half still over-masked 5 of 39 such numbers and its failures are not to be read; this
round's tune half says which kinds of harmless number are masked, and its sealed half measures the
fixes. Same markup and halves as build_adversarial.py. Run: python -m tests.redaction_probes.build_harmless2
"""
from __future__ import annotations

from pathlib import Path

from tests.redaction_probes.build_adversarial import half
from tests.redaction_probes.forms import ENTRIES, H

OUT = Path(__file__).with_name("harmless_round2.jsonl")
Q = "A:How can I help?"

ROWS = [
    ("money", "it's {{£3.50}} a bag"),
    ("money", "they took {{a hundred bucks}} off"),
    ("money", "I was charged {{49.99}} twice"),
    ("money", "it costs {{12.50}} a month"),
    ("money", "the bill's {{212.40}} which is wrong"),
    ("money", "{{₹500}} for shipping?"),
    ("money", "it was {{¥3,000}} in the shop"),
    ("money", "{{45p}} per text is too much"),
    ("money", "it's {{two grand}} for the repair"),
    ("money", "somewhere between {{50 and 60 dollars}}"),
    ("money", "a refund of {{thirty five fifty}}"),
    ("money", "I pay {{€1.200}} rent"),
    ("money", "{{$5.99}} each, and I bought {{three}}"),
    ("money", "plus {{$7}} delivery"),
    ("money", "a {{$1.5k}} laptop"),
    ("money", "half a million? no, {{500 thousand}}"),
    ("money", "the plan went up to {{sixty dollars}}"),
    ("money", "it was {{19.99}} on the website"),
    ("time", "I'll be in at {{7}}"),
    ("time", "by {{5pm}} please"),
    ("time", "around {{9:30}} tomorrow"),
    ("time", "in {{10 minutes}}"),
    ("time", "for {{2 hours}} the line was dead"),
    ("time", "at {{twenty past three}}"),
    ("time", "about {{7.30pm}}"),
    ("time", "every {{6 months}} you raise the price"),
    ("time", "after {{8}} tonight"),
    ("time", "the engineer comes between {{8 and 1}}"),
    ("time", "it took {{3 days}} to arrive"),
    ("time", "I've been waiting since {{10}} this morning"),
    ("time", "call me at {{six thirty}}"),
    ("time", "it's open {{24 hours}}"),
    ("quantity", "a {{2 litre}} bottle"),
    ("quantity", "{{500 grams}} of coffee"),
    ("quantity", "he's {{6 feet}} tall"),
    ("quantity", "a house with {{3 bedrooms}}"),
    ("quantity", "a {{55 inch}} TV"),
    ("quantity", "I need {{4 tyres}}"),
    ("quantity", "{{12 eggs}} were broken"),
    ("quantity", "I've got {{100 percent}} battery"),
    ("quantity", "the router's {{2.4}} gigahertz band"),
    ("quantity", "{{2 or 3 times}} a week"),
    ("quantity", "{{a dozen}} roses"),
    ("count", "I called {{4 times}}"),
    ("count", "we're a family of {{5}}"),
    ("count", "my {{2 sons}} share the plan"),
    ("count", "the last {{3 bills}} were wrong"),
    ("count", "both {{two}} of them broke"),
    ("count", "it happened again, the {{2nd}} time this week"),
    ("count", "{{10 out of 10}} for the engineer"),
]

FIRST = len(ENTRIES)       # build_adversarial's entries are already in the shared list
for i, (cat, text) in enumerate(ROWS, 1):
    H(f"h2-{cat}-{i:02d}", cat, [Q, "C:" + text])


def main() -> None:
    import json
    with OUT.open("w", encoding="utf-8") as f:
        for e in ENTRIES[FIRST:]:
            e = {"id": e["id"], "half": half(e["id"]), **{k: v for k, v in e.items() if k != "id"}}
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(f"{len(ENTRIES) - FIRST} sequences -> {OUT}")


if __name__ == "__main__":
    main()
