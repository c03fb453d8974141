"""Round 9, digit kinds: card numbers, national numbers, phone numbers, account and routing numbers,
PINs, said in odd groupings (tens pairs, "double"/"triple", "hundred", homophones, letters mixed in,
over turns, keyed) with the surfaces reading back exactly to the value unless marked inexact."""
from tests.redaction_probes.round9_entries import DG, secret

# ------------------------------------------------------------------ cards
secret("pan", "tens pairs and oh groups over three turns", [
    "A:go on with the long number when you're ready",
    "C:[[forty five thirty two]] [[oh one seven seven]]",
    "A:mhm",
    "C:[[four eight three oh]]",
    "A:and the last four",
    "C:[[twenty one fifty eight]]",
], DG("pan", "4532017748302158"))
secret("pan", "double five, double oh, a pause", [
    "A:whats the card number",
    "C:[[double five two oh]] [[one eight three nine]] um hang on the light's bad",
    "C:[[double oh four six]] [[seven one two one]]",
], DG("pan", "5520183900467121"))
secret("pan", "discover, double one and oh oh", [
    "A:card number on the front",
    "C:[[six oh double one]] [[oh oh eight three]] [[seven seven four five]] [[two nine six three]]",
], DG("pan", "6011008377452963"))
secret("pan", "homophones at the start, tens in the middle", [
    "A:ready for the card",
    "C:[[for nine to nine]]",
    "C:[[seventy seven oh one]] [[thirty three eighty five]]",
    "C:[[forty six oh two]]",
], DG("pan", "4929770133854602"))
secret("pan", "amex in four six five", [
    "A:which card will you use",
    "C:the amex, [[three seven one four]]",
    "C:[[four nine six three five three]]",
    "C:[[nine eight four three one]]",
], DG("pan", "371449635398431"))
secret("pan", "tens pairs and ten forty two", [
    "A:and the number across the card",
    "C:[[fifty three fifty six]] [[ten forty two]] [[double eight six seven]] [[oh nine three seven]]",
], DG("pan", "5356104288670937"))
secret("pan", "half said, half keyed", [
    "A:you can say it or key it in",
    "C:[[four seven six one]] [[seven three nine oh]] oh i'll just type the rest",
    "D:[[01245889]]",
], DG("pan", "4761739001245889"))
secret("pan", "correction mid-number", [
    "A:go ahead with the card",
    "C:[[four oh two four]] [[double oh seven one]] [[six nine three]] no [[six nine three oh]]",
    "C:[[oh five seven oh]]",
], DG("pan", "4024007169300570"), exact=False)
secret("pan", "tens pairs throughout, twenty sixty three", [
    "A:card number please",
    "C:[[fifty five eighty seven]] [[ninety nine forty one]] [[twenty sixty three]] [[thirty five fifty one]]",
], DG("pan", "5587994120633551"))

# ------------------------------------------------------------------ national numbers
secret("ssn", "us social in three parts, tens in the middle", [
    "A:can i verify your social",
    "C:[[five two three]] [[forty one]] [[eight eight oh six]]",
], DG("ssn", "523418806"))
secret("ssn", "last four only, no context word from the caller", [
    "A:just the last four of your social",
    "C:[[seven seven oh two]]",
], DG("ssn", "7702"))
secret("ssn", "uk national insurance in pairs", [
    "A:your national insurance number",
    "C:[[j k]] [[twelve thirty four fifty six]] [[d]]",
], DG("ssn", "JK123456D"))
secret("ssn", "irish pps with letters", [
    "A:and your pps",
    "C:[[eight six five four three two one t a]]",
], DG("ssn", "8654321TA"))
secret("ssn", "canadian sin in threes", [
    "A:social insurance number",
    "C:[[nine four six, two one eight, three three seven]]",
], DG("ssn", "946218337"))
secret("ssn", "australian tfn over turns", [
    "A:tax file number",
    "C:[[four five nine]]",
    "C:[[eight seven one]]",
    "C:[[oh oh three]]",
], DG("ssn", "459871003"))
secret("ssn", "aadhaar in fours", [
    "A:aadhaar number please",
    "C:[[four three two one]] [[nine eight seven six]] [[double five four four]]",
], DG("ssn", "432198765544"))
secret("ssn", "nigerian nin with double", [
    "A:your nin",
    "C:[[two three double one]] [[four five six seven eight nine one]]",
], DG("ssn", "23114567891"))
secret("ssn", "south african id in two breaths", [
    "A:id number",
    "C:[[seven nine oh three one five]]",
    "C:[[five oh eight two oh eight six]]",
], DG("ssn", "7903155082086"))

# ------------------------------------------------------------------ phone numbers
secret("phone", "uk mobile with double oh", [
    "A:best number to reach you",
    "C:[[oh seven seven double oh]] [[nine eight one two three four]]",
], DG("phone", "07700981234"))
secret("phone", "us with 'area code' inside the span", [
    "A:callback number",
    "C:[[area code five oh three]] [[five five five]] [[oh one nine two]]",
], DG("phone", "5035550192"))
secret("phone", "irish mobile", [
    "A:and a phone number",
    "C:[[oh eight seven]] [[two two three]] [[four five six seven]]",
], DG("phone", "0872234567"))
secret("phone", "australian mobile, double and triple", [
    "A:mobile?",
    "C:[[oh four double two]] [[triple three]] [[one oh one]]",
], DG("phone", "0422333101"))
secret("phone", "indian with country code and triple zero", [
    "A:your contact number",
    "C:[[plus nine one]] [[nine eight four five]] [[triple zero]] [[one two three]]",
], DG("phone", "919845000123"))
secret("phone", "nigerian, filler oh before the number", [
    "A:which line can we call",
    "C:oh um [[oh eight oh three]] [[one two three]] [[four five six seven]]",
], DG("phone", "08031234567"))
secret("phone", "us with 'hundred' and an extension", [
    "A:a work number is fine",
    "C:[[six one seven]] [[four nine two]] [[eighty eight hundred]] extension [[two oh four]]",
], DG("phone", "6174928800204"))
secret("phone", "glasgow landline", [
    "A:landline number",
    "C:[[oh one four one]] [[four nine six]] [[double seven double two]]",
], DG("phone", "01414967722"))
secret("phone", "nz mobile over turns with a correction", [
    "A:whats your cell number",
    "C:[[oh two one]] [[four four]]",
    "C:[[eight]] no [[nine]] [[three six seven two]]",
], DG("phone", "0214493672"), exact=False)

# ------------------------------------------------------------------ accounts, routing
secret("account", "uk sort code in pairs then the account", [
    "A:sort code and account number",
    "C:[[forty]] [[twenty two]] [[eleven]]",
    "C:[[seven one double three four oh nine two]]",
], DG("routing", "402211"), DG("account", "71334092"))
secret("account", "us routing then account", [
    "A:routing number first",
    "C:[[one two two one oh five two seven eight]]",
    "A:and the account",
    "C:[[four four five six one oh two three eight]]",
], DG("routing", "122105278"), DG("account", "445610238"))
secret("account", "member number with letters", [
    "A:membership number",
    "C:[[m b seven seven four one two oh]]",
], DG("account", "MB774120"))
secret("account", "policy number in tens", [
    "A:policy number",
    "C:[[sixty one forty forty seven ninety]]",
], DG("account", "61404790"))
secret("account", "australian bsb and account", [
    "A:bsb and account",
    "C:[[zero six two]] [[zero zero zero]] and then [[one oh nine eight seven six five four]]",
], DG("routing", "062000"), DG("account", "10987654"))
secret("account", "irish iban in a long run", [
    "A:could you read out the iban",
    "C:[[i e two nine a i b k nine three one one five two]]",
    "C:[[one two three four five six seven eight]]",
], DG("account", "IE29AIBK93115212345678"))
secret("account", "customer number with hundred", [
    "A:customer reference",
    "C:[[four hundred and twelve]] [[oh oh seven]] [[nine three]]",
], DG("account", "41200793"))

# ------------------------------------------------------------------ pins
secret("pin", "year-shaped pin", [
    "A:and the pin you set up",
    "C:[[one nine eight four]]",
], DG("pin", "1984"))
secret("pin", "double double", [
    "A:passcode",
    "C:[[double two double seven]]",
], DG("pin", "2277"))
secret("pin", "pin said as a price-like pair", [
    "A:the four digit code on the account",
    "C:[[sixty sixty]]",
], DG("pin", "6060"))
secret("pin", "keyed pin", [
    "A:please key your pin now",
    "D:[[4725]]",
], DG("pin", "4725"))
secret("pin", "six-digit passcode", [
    "A:and your telephone banking passcode",
    "C:[[three one four one five nine]]",
], DG("pin", "314159"))
secret("pin", "pin said as two tens", [
    "A:security pin",
    "C:[[ninety eight seventy one]]",
], DG("pin", "9871"))
