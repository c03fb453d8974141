"""Round 9, harmless words (category `words`): no numbers and no secret, a caller's everyday idiom that
looks like health, a name or an address. run.py checks any {{kept}} string as a substring of its output
turn, so these count as over-masks when the idiom is masked; `words` is reported beside the numeric
categories, not in the money/time/quantity/count figure."""
from tests.redaction_probes.round9_entries import keep

keep("words", "uk, sick of waiting", [
    "C:hiya honestly i'm {{sick of waiting}} for this refund, it's been ages",
])
keep("words", "irish, head all over the place with a move", [
    "A:you wanted to change the connection date",
    "C:yeah sorry my {{head's all over the place}} with this move, can we push it to next week",
])
keep("words", "pain in the neck", [
    "A:is there anything else",
    "C:just that it's a {{pain in the neck}} ringing yous every week about the same thing",
])
keep("words", "us, nearly had a heart attack at the bill", [
    "A:what's the issue with the statement",
    "C:i {{nearly had a heart attack}} when i opened it, it's double what i normally pay",
])
keep("words", "scottish, doing my head in", [
    "A:the router's still dropping out?",
    "C:aye it's {{doing my head in}}, every night at the same time",
])
keep("words", "dying to get it sorted", [
    "A:we can send someone next week",
    "C:ah great i'm {{dying to}} get this sorted before the kids are home",
])
keep("words", "uk teen, it's mental", [
    "A:is the game still not downloading",
    "C:nah {{it's mental}} how slow it is, like a snail",
])
keep("words", "on its last legs", [
    "A:what's wrong with the washing machine",
    "C:its {{on its last legs}}, it walks across the kitchen on spin",
])
keep("words", "cost an arm and a leg", [
    "A:was it the premium model you bought",
    "C:yeah and it {{cost an arm and a leg}}, so i want it working",
])
keep("words", "cold feet about a contract", [
    "A:you want to cancel within the cooling off period",
    "C:yeah i've got {{cold feet}} about the whole thing to be honest",
])
keep("words", "aussie teen, sick meaning good", [
    "A:how are you finding the new board",
    "C:its {{heaps sick}} mate, just want the other colour",
])
keep("words", "names inside an idiom", [
    "A:so you'd like to move the payment date",
    "C:yeah otherwise i'm {{robbing peter to pay paul}} every month",
])
keep("words", "bob's your uncle", [
    "A:so you just press reset and wait for the green light",
    "C:and then {{bob's your uncle}}, grand, thanks",
])
keep("words", "street-shaped idiom", [
    "A:the payout should land on friday",
    "C:brilliant, we'll be on {{easy street}} then",
])
keep("words", "round the corner, not an address", [
    "A:is there somewhere you can collect it",
    "C:there's a locker {{round the corner}} at the shop, that'll do",
])
