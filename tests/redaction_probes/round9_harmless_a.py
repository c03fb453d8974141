"""Round 9, harmless money and times: ordinary numbers marked {{...}} that must survive, many in calls
that also read out a secret, many in the shapes secrets take (a price in digit groups, a time like a
security code, a 24-hour time like a year, an appointment date beside a date of birth)."""
from tests.redaction_probes.round9_entries import AD, DG, DOB, EM, N, keep

# ------------------------------------------------------------------ money
keep("money", "price in two groups, then the card", [
    "A:so thats the annual plan at forty nine ninety nine, shall i go ahead",
    "C:yeah {{forty nine ninety nine}} is fine",
    "A:card number when you're ready",
    "C:[[four five four three]] [[one three eight nine]] [[oh two two seven]] [[six one eight one]]",
], DG("pan", "4543138902276181"))
keep("money", "monthly amount, us", [
    "A:what were you paying before",
    "C:like {{twelve fifty}} a month but now its {{nineteen}} and i never agreed to that",
])
keep("money", "uk quid after a postcode", [
    "A:postcode please",
    "C:[[m twenty, four x y]]",
    "A:and what was the repair quoted at",
    "C:{{three hundred and forty quid}} which is mad for a boiler",
], AD("m20 4xy", "four x y"))
keep("money", "rupees with 'only'", [
    "A:what amount was debited sir",
    "C:{{two thousand five hundred rupees}} only but i did not make any purchase",
])
keep("money", "naira, after a name", [
    "A:who am i speaking with",
    "C:[[funmilayo adeyemi]]",
    "A:and the transfer amount",
    "C:{{fifteen thousand naira}} it did not reach",
], N("funmilayo adeyemi", "funmilayo", "adeyemi"))
keep("money", "rand", [
    "A:how much did they charge for delivery",
    "C:{{two hundred rand}} and it was supposed to be free",
])
keep("money", "aussie bucks", [
    "A:and the refund you're chasing",
    "C:{{eighty nine bucks}}, for the esky that never showed",
])
keep("money", "paid with no currency word after a money verb", [
    "A:what did you pay for the jacket",
    "C:i paid {{sixty five}} for it and the zip broke on day one",
])
keep("money", "year-shaped price", [
    "A:the console was how much",
    "C:{{nineteen ninety nine}}, well {{nineteen ninety nine}} plus the game",
])
keep("money", "bill read in digit groups", [
    "A:can you read me the total off the bill",
    "C:{{one four two point five oh}}",
])
keep("money", "slang amounts, uk teen", [
    "A:how much did you top up",
    "C:{{a tenner}} and then like {{twenty quid}} the day after",
])
keep("money", "two grand after a sort code", [
    "A:sort code",
    "C:[[twenty]] [[ninety eight]] [[forty three]]",
    "A:and how much are you looking to borrow",
    "C:about {{two grand}}",
], DG("routing", "209843"))
keep("money", "quote after a phone number", [
    "A:best number for the surveyor",
    "C:[[oh seven nine one one]] [[two three four]] [[five six seven]]",
    "A:and the quote you were given",
    "C:{{four fifty}} for the lot",
], DG("phone", "07911234567"))
keep("money", "range with euro", [
    "A:what's your budget roughly",
    "C:between {{thirty and forty euro}} a night, not more",
])
keep("money", "cents", [
    "A:the difference on the bill",
    "C:its only {{ninety nine cents}} but its the principle",
])
keep("money", "pound and pence, scottish", [
    "A:whit did it come to",
    "C:{{six pound forty}}, and they charged me twice",
])
keep("money", "irish elderly, after her name", [
    "A:your name please",
    "C:[[bridie mcnamara]]",
    "C:and i was charged {{a hundred and twenty euro}} for a phone i sent back",
], N("bridie mcnamara", "bridie", "mcnamara"))
keep("money", "deposit in two magnitudes", [
    "A:how much was the deposit",
    "C:{{a thousand two hundred}}, by bank transfer",
])
keep("money", "invoice said like a time", [
    "A:and the invoice total",
    "C:{{fourteen oh five}}, that includes the vat",
])
keep("money", "mortgage in k", [
    "A:what size of mortgage are you thinking",
    "C:around {{seven hundred and fifty k}}, maybe {{eight hundred}} at a push",
])
keep("money", "monthly pounds after an email", [
    "A:email for the contract",
    "C:[[deano seventy seven]] at gmail dot com",
    "A:and the price they quoted you on the phone",
    "C:{{forty two pound a month}} for two years",
], EM("deano77@gmail.com", "deano"))
keep("money", "jamaican dollars", [
    "A:how much was the top up",
    "C:{{five thousand jamaican}} and mi credit still zero",
])
keep("money", "each price after a count", [
    "A:how much were they each",
    "C:{{eleven ninety five}} each",
])
keep("money", "price after an address, nz", [
    "A:delivery address",
    "C:[[twenty nine karaka]], [[ponsonby]]",
    "A:and you paid for express?",
    "C:yeah {{fifteen dollars}} for express and it took a week",
], AD("29 karaka ponsonby", "karaka", "ponsonby"))
keep("money", "indian lakh", [
    "A:loan amount",
    "C:{{three lakh}}, for my daughter's college fees",
])

# ------------------------------------------------------------------ time
keep("time", "pickup time like a security code", [
    "A:what time is the pickup",
    "C:{{six fifteen}}",
])
keep("time", "uk half seven after a name", [
    "A:who's the booking for",
    "C:[[aoife brennan]]",
    "A:and what time would you like the table",
    "C:{{half seven}} if you have it",
], N("aoife brennan", "aoife", "brennan"))
keep("time", "quarter to", [
    "A:when did the engineer say he'd come",
    "C:he said {{quarter to nine}} and it's gone eleven",
])
keep("time", "military hours", [
    "A:when can we reach you",
    "C:after {{oh eight hundred}}, i'm on base till then",
])
keep("time", "24-hour time like a year, after a dob", [
    "A:date of birth",
    "C:[[the fourteenth of july sixty eight]]",
    "A:and when is the flight",
    "C:it leaves at {{nineteen thirty}}",
], DOB("1968-07-14"))
keep("time", "ten to two", [
    "A:what time did the charge go through",
    "C:about {{ten to two}} in the afternoon",
])
keep("time", "appointment date after a date of birth", [
    "A:and your date of birth please",
    "C:[[second of may, eighty two]]",
    "A:and when would you like the boiler service",
    "C:{{the twelfth of march}} if there's anything",
], DOB("1982-05-02"))
keep("time", "ish", [
    "A:what time will you be home",
    "C:{{two thirty}} ish",
])
keep("time", "window between two hours", [
    "A:the slot we have is morning",
    "C:between {{nine and eleven}} is it",
])
keep("time", "duration in minutes", [
    "A:how long were you on hold",
    "C:{{forty five minutes}} the first time and then it cut off",
])
keep("time", "weeks waiting, after a phone number", [
    "A:phone number for the account",
    "C:[[oh two oh]] [[seven nine four six]] [[one one three eight]]",
    "A:and how long have you been waiting",
    "C:{{three weeks}}",
], DG("phone", "02079461138"))
keep("time", "noon", [
    "A:when's the delivery",
    "C:before {{twelve noon}} it said",
])
keep("time", "indian pm", [
    "A:at what time the call dropped",
    "C:{{five thirty pm}} madam",
])
keep("time", "train time like digits", [
    "A:which train were you booked on",
    "C:the {{eight oh five}} from reading",
])
keep("time", "weekday and date", [
    "A:when's best for the fitting",
    "C:{{tuesday the ninth}}",
])
keep("time", "days as a period", [
    "A:how long is the warranty",
    "C:they told me {{ninety days}} in the shop",
])
keep("time", "time after a card number", [
    "A:and the card",
    "C:[[five one six seven]] [[three oh one two]] [[four four nine eight]] [[eight oh two eight]]",
    "A:and what time did you try to pay earlier",
    "C:{{four forty five}} or so",
], DG("pan", "5167301244988028"))
keep("time", "delivery day after a pin", [
    "A:pin for the account",
    "C:[[eight three three one]]",
    "A:and when do you want it",
    "C:{{the twenty first}}",
], DG("pin", "8331"))
keep("time", "morning", [
    "A:when can the driver come",
    "C:{{seven in the morning}} before i go to work",
])
keep("time", "quarter past", [
    "A:what time did it happen",
    "C:{{a quarter past eleven}} last night",
])
keep("time", "twenty past, after a surname spelled", [
    "A:surname",
    "C:[[o d u y a]], [[oduya]]",
    "A:and what time's the collection",
    "C:{{twenty past three}}",
], N("oduya", "oduya"))
keep("time", "clock time said as three digits", [
    "A:when does the shop open",
    "C:it opens {{nine thirty}} i think and closes {{five}}",
])
