"""Writes harmless_round4.jsonl: a fourth round of harmless numbers, in the forms rounds 1-3 cover least.

Written from the README's "Redaction" section only, before redact/safe.py and redact/syntax.py were read
for it, and committed before any of its failures were looked at. What it holds: times and amounts at the
end of a clause said in two or three spoken groups ("six fifteen", "forty nine ninety nine"), hedges
("ish", "or so", "about"), ranges, times with "in the morning"/"tonight", durations, prices after a money
verb with no currency word, counts whose noun came earlier (or in the agent's question), and the casing
and punctuation Whisper tiny.en gives. The secret sequences at the end read a card, code, PIN, SSN, phone
number or date of birth out, some in clock- or price-shaped groups: those must stay masked while the
explicit money, times and counts around them stay. Run: python -m tests.redaction_probes.build_harmless4
"""
from __future__ import annotations

import json
from pathlib import Path

from tests.redaction_probes.build_adversarial import half
from tests.redaction_probes.forms import sec

OUT = Path(__file__).with_name("harmless_round4.jsonl")
HELP = "A:How can I help?"

# (category, turns); a bare string is one caller turn after the agent's greeting.
ROWS = [
    # ------------------------------------------------------------ money: clause-final spoken groups
    ("money", "the phone itself was {{forty nine ninety nine}}"),
    ("money", "they charged me {{twelve fifty}}"),
    ("money", "I paid {{a hundred and twenty nine ninety nine}}"),
    ("money", "The refund was {{nineteen ninety five}}."),
    ("money", "my bill came to {{sixty two forty}}"),
    ("money", "It costs {{thirty four ninety nine}}."),
    ("money", "you billed me {{eighty five twenty}} this month"),
    ("money", "the plan is {{twenty four ninety nine}} a month"),
    ("money", "I was told it would cost {{seven fifty}}"),
    ("money", "so I paid {{two hundred and nine ninety nine}} for the handset"),
    ("money", "the router cost {{fifty nine}}"),
    ("money", "they took {{thirty one twenty}} out of my account"),
    ("money", "The deposit was {{ninety nine ninety nine}}"),
    ("money", "It was {{14.99}}."),
    ("money", "They charged me {{12.50}}"),
    ("money", "I paid {{129.99}} for it."),
    ("money", "The refund was {{23.40}}"),
    ("money", "you've charged {{67.80}} twice"),
    # money: price after a money verb, no currency word
    ("money", "It cost {{300}}."),
    ("money", "I paid {{45}} for the sim"),
    ("money", "They charged {{60}} for the callout"),
    ("money", "you billed me {{75}} last month"),
    ("money", "I want a refund of {{40}}"),
    ("money", "it costs about {{20}} a month more"),
    ("money", "I was charged {{150}} and I never used it"),
    ("money", "they refunded {{85}} but I'm still owed {{30}}"),
    ("money", "the repair came to {{240}}"),
    ("money", "I've spent {{1,200}} on this contract"),
    ("money", "you owe me {{35}}"),
    ("money", "it was going to cost me {{a hundred and fifty}}"),
    ("money", "I pay {{twenty two}} a month"),
    # money: hedges and ranges
    ("money", "it was about {{50 bucks}}"),
    ("money", "maybe {{30 quid}} or so"),
    ("money", "like {{$200}}-ish"),
    ("money", "roughly {{eighty pounds}}"),
    ("money", "somewhere between {{20}} and {{30 dollars}}"),
    ("money", "Between {{$40}} and {{$50}}, I think."),
    ("money", "it's gone up by {{five}} or {{six pounds}}"),
    ("money", "They charged me {{ten}}, {{fifteen dollars}} maybe"),
    ("money", "it should be around {{forty}} a month"),
    ("money", "the fee is {{25}} or so"),
    ("money", "Uh, I paid like {{sixty}}."),
    ("money", "The total was {{1,049}}."),
    ("money", "the bill's normally {{thirty eight}}, now it's {{fifty two}}"),
    ("money", "I got charged {{$3.99}} for a text"),
    ("money", "a {{nine ninety nine}} add on"),
    # money: agent asks the amount
    ("money", ["A:How much were you charged?", "C:{{forty five}}"]),
    ("money", ["A:And how much was the refund you were promised?", "C:It was {{eighty}}."]),
    ("money", ["A:What amount did you pay?", "C:{{Nineteen ninety nine}}."]),
    ("money", "It was {{$49.99}}."),
    ("money", "It's {{34.99}} a month."),
    ("money", "It's {{£10-15}} a month"),
    ("money", ["A:How much was the bill this month?", "C:about {{ninety}}, {{ninety five}}"]),
    # ------------------------------------------------------------ time: clause-final clock groups
    ("time", "the engineer turned up at {{quarter to eleven}}"),
    ("time", "it cut out around {{six fifteen}}"),
    ("time", "I called at {{nine forty five}}"),
    ("time", "they said they'd ring at {{twelve oh five}}"),
    ("time", "it was {{ten thirty}} ish"),
    ("time", "At {{6.15}}."),
    ("time", "Around {{9.45}}"),
    ("time", "it dropped at {{12.05}}"),
    ("time", "around {{6:15}}, I think"),
    ("time", "it started at {{7:40}}."),
    ("time", "the van came at {{two twenty}}"),
    ("time", "they came at like {{three forty}}"),
    ("time", "I got home about {{eleven fifteen}}"),
    ("time", "The text arrived at {{four oh two}}."),
    ("time", "it was {{twenty past nine}}"),
    ("time", "he left at {{ten past four}}"),
    ("time", "at about {{half six}}"),
    ("time", "Sometime around {{1 o'clock}}."),
    ("time", "it went down at {{5 past 8}}"),
    ("time", "by {{ten to six}} it was working"),
    ("time", "At {{quarter to 11}}."),
    ("time", "Around {{6 15}}."),
    ("time", "Between {{9 and 11am}}."),
    # time: hedges and ranges
    ("time", "I'm home around {{7}} or so"),
    ("time", "at {{eight}}-ish"),
    ("time", "they'll come between {{2}} and {{3}}"),
    ("time", "sometime between {{9}} and {{11}}"),
    ("time", "anytime from {{ten}} to {{four}}"),
    ("time", "the engineer slot is {{1}} to {{6}}"),
    ("time", "It'll take {{5}} to {{10 minutes}}."),
    ("time", "about {{3}} or {{4}} in the afternoon"),
    # time: with "in the morning/evening/tonight"
    ("time", "at {{seven}} in the morning"),
    ("time", "at {{8}} tonight"),
    ("time", "around {{ten}} in the evening"),
    ("time", "It rang at {{6.15}} in the morning."),
    ("time", "at {{nine thirty}} tomorrow morning"),
    ("time", "about {{two}} in the afternoon"),
    ("time", "it started at {{11}} last night"),
    ("time", "since {{5}} this morning"),
    ("time", "by {{4}} tomorrow"),
    ("time", "{{half eight}} on Saturday morning"),
    # time: durations
    ("time", "I've been on hold for {{45 minutes}}"),
    ("time", "for {{one and a half hours}}"),
    ("time", "it lasted {{two hours}} or so"),
    ("time", "I waited {{forty minutes}}"),
    ("time", "for a good {{90 minutes}}"),
    ("time", "it's been down {{3 days}}"),
    ("time", "for about {{twenty minutes}}"),
    ("time", "{{three or four days}} now"),
    ("time", "It'll be {{2-3 days}}."),
    ("time", "usually {{5-10 minutes}}"),
    ("time", "It took {{an hour and 15 minutes}}."),
    ("time", "I've been a customer {{twelve years}}"),
    ("time", "for {{two or three hours}} every evening"),
    ("time", "it comes back after {{10 seconds}}"),
    ("time", "nearly {{two weeks}} without a line"),
    ("time", "it's been {{six}} weeks"),
    ("time", "In {{35 minutes}}?"),
    # time: agent asks when
    ("time", ["A:What time did the outage start?", "C:about {{six fifteen}}"]),
    ("time", ["A:When would suit you for the visit?", "C:{{Ten thirty}}?"]),
    ("time", ["A:What time is best to call you back?", "C:after {{five}}"]),
    ("time", ["A:How long were you without service?", "C:{{Two days}}."]),
    ("time", ["A:What time did the engineer arrive?", "C:{{quarter past two}}, roughly"]),
    # ------------------------------------------------------------ quantity
    ("quantity", "the parcel was {{20 kilos}}"),
    ("quantity", "the telly is {{55 inches}}"),
    ("quantity", "about {{3 metres}} or so"),
    ("quantity", "I'm only getting {{8 megs}}"),
    ("quantity", "between {{5}} and {{10 gigs}} a month"),
    ("quantity", "it's {{two and a half metres}} long"),
    ("quantity", "{{50}} to {{60 megabits}}"),
    ("quantity", "It weighs about {{4 kg}}."),
    ("quantity", "we're {{a mile and a half}} from the cabinet"),
    ("quantity", "the house is about {{10 miles}} out"),
    ("quantity", "I used {{12 gigs}} already"),
    ("quantity", "They promised {{100 meg}}."),
    ("quantity", "the cable needs to be {{fifteen feet}}"),
    ("quantity", "upload is {{one point five}} megabits"),
    ("quantity", "the battery's at {{20 percent}}"),
    ("quantity", "{{30%}} of the time it drops"),
    ("quantity", "it's like {{40 degrees}} in here"),
    ("quantity", "I've got {{two gig}} left"),
    ("quantity", "the download speed is {{seventy}} megabits"),
    ("quantity", "a {{500 gig}} plan"),
    ("quantity", "about {{half a litre}}"),
    ("quantity", "We're {{200 metres}} from the mast."),
    ("quantity", ["A:How much data have you used?", "C:about {{fifteen gigs}}"]),
    ("quantity", ["A:What speed are you getting?", "C:{{Three megabits}}, if that"]),
    ("quantity", ["A:How far is the router from the socket?", "C:{{Two metres}} maybe."]),
    # ------------------------------------------------------------ count
    ("count", ["A:How many boxes were delivered?", "C:{{Three}}."]),
    ("count", ["A:How many phones are on the account?", "C:{{four}} of them"]),
    ("count", ["A:How many times have you called us about this?", "C:like {{5}} or {{6}}"]),
    ("count", ["A:How many engineers came out?", "C:just {{two}}"]),
    ("count", ["A:How many lines do you have?", "C:We have {{3}}."]),
    ("count", ["A:How many handsets did you order?", "C:{{six}}, I think"]),
    ("count", ["A:How many missed calls were there?", "C:about {{twelve}}"]),
    ("count", ["A:How many devices are connected?", "C:{{8}}, {{9}} maybe"]),
    ("count", ["A:How many people live in the house?", "C:{{five}}"]),
    ("count", ["A:How many sim cards came in the pack?", "C:Only {{one}}."]),
    ("count", ["A:How many of the items were damaged?", "C:{{two}} out of the {{four}}"]),
    ("count", ["A:And how many texts did you get?", "C:loads, maybe {{twenty}}"]),
    ("count", "I ordered boxes and they sent {{3}}"),
    ("count", "of the chairs only {{2}} arrived"),
    ("count", "I had {{five}} parcels and got {{four}}"),
    ("count", "kids? I have {{three}}"),
    ("count", "messages, I got about {{10}}"),
    ("count", "about {{a dozen}} times"),
    ("count", "{{a couple of hundred}} homes round here"),
    ("count", "{{twenty}} or so customers on our street"),
    ("count", "between {{5}} and {{10}} people have complained"),
    ("count", "We've got {{two}} routers, both dead."),
    ("count", "I've rung {{four}} times."),
    ("count", "There were {{seven}} of them."),
    ("count", "all {{three}} are broken"),
    ("count", "the last {{two}} bills were wrong"),
    ("count", "I've had {{three}} engineers, {{three}}!"),
    ("count", "it's happened {{6}} times this week"),
    ("count", "I spoke to {{4}} different agents"),
    ("count", "we need {{2}} more"),
    ("count", "I bought {{three}} and returned {{one}}"),
    ("count", "Only {{one}} of the {{three}} works."),
    ("count", "{{Two}} of my neighbours have the same problem"),
    ("count", "It's my {{fourth}} call today"),
    ("count", "they sent {{eleven}} letters"),
]

# Secret sequences: the [[secret]] must stay masked; the {{explicit}} money/times/counts beside it stay.
CARD = "A:Can I take the long card number please?"
SECRETS = [
    ("pan", [CARD, "C:[[4539 1488 0343 6467]]", "A:And what was the charge?", "C:{{$45.20}}"],
     [sec("pan", "4539148803436467")]),
    ("pan", [CARD, "C:it's [[5425 2334 3010 9903]], I paid {{£30}} yesterday"], [sec("pan", "5425233430109903")]),
    ("cvv", ["A:And the three digits on the back?", "C:[[six fifteen]]"], [sec("cvv", "615")]),
    ("cvv", ["A:What's the security code on the back of the card?", "C:It's [[nine forty]]."], [sec("cvv", "940")]),
    ("expiry", ["A:And the expiry date?", "C:[[oh nine twenty seven]]"], [sec("expiry", "0927")]),
    ("expiry", ["A:When does the card expire?", "C:[[11/28]]"], [sec("expiry", "1128")]),
    ("pin", ["A:Can you give me your four digit PIN?", "C:[[twelve oh five]]"], [sec("pin", "1205")]),
    ("pin", ["A:Please say your PIN.", "C:[[forty nine ninety nine]]"], [sec("pin", "4999")]),
    ("pin", ["A:What's your account PIN?", "C:[[7 3 8 1]]. I've been waiting {{20 minutes}} for this"], [sec("pin", "7381")]),
    ("ssn", ["A:Can I have the last four of your social?", "C:[[six two four eight]]"], [sec("ssn", "6248")]),
    ("ssn", ["A:What's your social security number?", "C:[[123 45 6789]]", "C:sorry it's been {{two weeks}}"],
     [sec("ssn", "123456789")]),
    ("phone", ["A:What's the best number to reach you on?", "C:[[07700 900 461]]", "C:any time after {{5 pm}}"],
     [sec("phone", "07700900461")]),
    ("phone", ["A:Can I get a callback number?", "C:[[555 867]]", "C:[[5309]]"], [sec("phone", "5558675309")]),
    ("account", ["A:What's the account number?", "C:[[8 4 2 6 1 9 3 7]]", "A:And how many lines?",
                 "C:{{three}} lines"], [sec("account", "84261937")]),
    ("dob", ["A:And your date of birth?", "C:[[the fourteenth of March eighty two]]"], [sec("dob", "1982-03-14")]),
    ("pin", ["A:Please read me the PIN from the letter.", "C:[[two twenty]]", "C:[[five]]"],
     [sec("pin", "2205")]),
    ("cvv", ["A:And the CVV?", "C:[[three forty]] [[five]]"], [sec("cvv", "345")]),
    ("pan", [CARD, "C:[[4916 3380 7411 5295]]", "C:it's for the {{£12}} top up, {{two}} of them"],
     [sec("pan", "4916338074115295")]),
]


def main() -> None:
    with OUT.open("w", encoding="utf-8") as f:
        for i, (cat, turns) in enumerate(ROWS, 1):
            turns = [HELP, "C:" + turns] if isinstance(turns, str) else turns
            id_ = f"h4-{cat}-{i:03d}"
            e = {"id": id_, "half": half(id_), "kind": "harmless", "category": cat, "note": "",
                 "turns": turns, "secrets": []}
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
        for i, (kind, turns, secrets) in enumerate(SECRETS, 1):
            id_ = f"h4-secret-{kind}-{i:02d}"
            e = {"id": id_, "half": half(id_), "kind": kind, "note": "read out in round four's shapes",
                 "turns": turns, "secrets": secrets}
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(f"{len(ROWS)} harmless and {len(SECRETS)} secret sequences -> {OUT}")


if __name__ == "__main__":
    main()
