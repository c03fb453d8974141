"""Writes round8.jsonl: call sequences said the way callers say them, as ASR writes them down.

Written blind on 2026-12-05 by a helper that had read only tests/redaction_probes/README.md,
tests/redaction_probes/run.py (the scorer, which defines the format), the first 30 lines of
adversarial.jsonl (format examples) and build_adversarial.py (as a model of a builder script):
nothing under daemon/, the unit tests, the suites, the other probe data, and never the redactor's
output. Every line was written by hand from general knowledge of how callers speak (US, UK, Irish,
Scottish, Indian, Nigerian and Australian English; elderly, young, non-native; hesitant, rambling,
curt): lower-case text with homophones ("for", "to", "won", "ate"), glued or split words, numbers
as words, few punctuation marks, agent prompts worded in many ways. It was committed before its
first scoring run.

Kinds (the sequence's `kind`; a sequence may carry more than one secret):
  pan      card numbers in words over 1-5 caller turns (fillers, corrections, "double"/"triple",
           tens pairs, homophones at run edges, the card fetched mid-number, keyed DTMF), some with
           an expiry date and a security code after
  cvv      security codes alone;  expiry  expiry dates alone
  ssn      SSNs, last fours, UK national insurance, Irish PPS, Australian TFN, Canadian SIN,
           Aadhaar and Indian PAN numbers, in parts, often with no context word
  phone    US, UK, Irish, Australian, Indian and Nigerian numbers with "oh", "double", "triple",
           extensions, over turns
  account  account, member, policy, roll and customer numbers, sort codes, BSBs, routing numbers, IBAN
  pin      PINs and passcodes
  dob      dates of birth with damaged context words ("date a birth", "berth date", "d o b") or
           only the agent's question, ordinal and numeric, day-month-year in any order
  email    spoken e-mail addresses ("at" glued on, "dot" spelled, rare TLDs, letters spelled,
           underscores, digits in the local part, "at the rate")
  address  street addresses without a suffix, flats, house names, ZIP codes, postcodes and
           eircodes said as digits and letter groups, over turns
  name     names in identity contexts, spelled, non-Anglo, split by ASR
  health   symptoms and mental health told plainly with no earlier health in the call
  harmless (with `category` money / time / quantity / count / label / year): ordinary numbers,
           marked {{...}}, in calls that also carry a secret (said before or between) or none.
           The secrets of a harmless sequence are listed so that --check masks them, but run.py
           counts leaks only for non-harmless kinds: these sequences measure over-masking.

Ids are "r8-<kind>-NN" for secret sequences and "r8-<category>-NN" for harmless ones.
Markup as in build_adversarial.py: [[...]] a secret's surface, {{...}} a harmless number that must
come out verbatim. Turns "A:" agent, "C:" caller, "D:" keyed DTMF. `half` is "tune" when the first
byte of sha256(id) is even, else "sealed".

Run from the repository root:  .venv/bin/python -m tests.redaction_probes.build_round8
Check consistency (no redactor): .venv/bin/python -m tests.redaction_probes.run tests/redaction_probes/round8.jsonl --check
Before writing, the builder asserts that every secret would leak from the unredacted caller turns by
run.py's own reading (so a leak is detectable), that the digits read back from the [[...]] surfaces
are the secret's value (homophones mapped) unless a sequence is marked as a correction or repeat,
and that every card number passes the Luhn check.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

from tests.redaction_probes import run as scorer

OUT = Path(__file__).with_name("round8.jsonl")
ENTRIES: list[dict] = []
_COUNT: Counter = Counter()
DIGIT_SECRETS = {"pan", "cvv", "expiry", "ssn", "phone", "account", "routing", "pin", "zip"}


def sec(kind: str, value: str, *terms: str) -> dict:
    s = {"kind": kind, "value": value}
    if terms:
        s["terms"] = list(terms)
    return s


def E(kind: str, turns: list[str], secrets: list[dict], note: str = "", exact: bool = True) -> None:
    """A sequence carrying secrets. exact=False: the surfaces hold more digits than the value
    (a correction, a repeat, a wrong guess), so they are not read back against it."""
    _COUNT[kind] += 1
    ENTRIES.append({"id": f"r8-{kind}-{_COUNT[kind]:02d}", "kind": kind, "note": note, "turns": turns,
                    "secrets": secrets, "_exact": exact})


def H(category: str, turns: list[str], secrets: list[dict] = (), note: str = "") -> None:
    """A harmless sequence: the {{...}} numbers must survive; secrets said in the same call are masked."""
    _COUNT[category] += 1
    ENTRIES.append({"id": f"r8-{category}-{_COUNT[category]:02d}", "kind": "harmless", "category": category,
                    "note": note, "turns": turns, "secrets": list(secrets), "_exact": True})


# ================================================================ card numbers (PAN)
E("pan", ["A:right so if you want to pay that off today i'll need the long number across the front of the card",
          "C:right so its [[four oh six nine]] hold on now till i get me glasses theyre in the other room",
          "A:no rush",
          "C:right im back where was i [[double oh six seven]] and then [[nine two one double eight]]",
          "A:lovely and the last bit",
          "C:[[one four three]] is that it is that all of it"],
  [sec("pan", "4069006792188143")], "irish elderly, fetches her glasses mid-number, double")
E("pan", ["A:go ahead with the card whenever you're ready",
          "C:okay its [[forty two eighty sixty six sixty six]]",
          "A:yep",
          "C:[[fifty three fifty one oh three forty eight]]"],
  [sec("pan", "4280666653510348")], "tens pairs, US")
E("pan", ["A:what are the digits on the card",
          "C:its a visa [[for five eight nine three eight six one]]",
          "A:okay",
          "C:[[seven six one nine nine oh eight five]]"],
  [sec("pan", "4589386176199085")], "'for' opening the run")
E("pan", ["A:can i take the card details please starting with the number",
          "C:[[four five nine eight]] [[nine eight seven three]]",
          "A:yep",
          "C:[[one oh five six no wait seven]] [[six oh three six]]"],
  [sec("pan", "4598987310576036")], "correction 'no wait seven'", exact=False)
E("pan", ["A:kindly tell me the sixteen digit number printed on your card",
          "C:yes madam it is [[four two one eight, one nine five three, three six double nine, four seven three four]] only"],
  [sec("pan", "4218195336994734")], "indian english, double, 'only'")
E("pan", ["A:and the card number",
          "C:ok so its [[4372 8731]]",
          "A:mhm",
          "C:[[9235 sixty three ninety four]]"],
  [sec("pan", "4372873192356394")], "ASR digits then words")
E("pan", ["A:no worries whats the card number mate",
          "C:yeah righto [[four double oh four, double five four one, oh eight one three, nine double eight six]]"],
  [sec("pan", "4004554108139886")], "australian, doubles")
E("pan", ["A:card number when youre ready",
          "C:card number is [[for to too six]]",
          "A:go on",
          "C:[[six four three three]] [[six eight seven oh]] [[oh nine one seven]]"],
  [sec("pan", "4226643368700917")], "'for to too' homophones")
E("pan", ["A:card number",
          "C:[[4237]]",
          "A:yep",
          "C:[[4243]]",
          "A:mm hm",
          "C:[[six six four five]]",
          "A:and",
          "C:[[one four]]",
          "A:keep going",
          "C:[[three two]]"],
  [sec("pan", "4237424366451432")], "five curt caller turns")
E("pan", ["A:alright please can you read out the card digits for me",
          "C:ehen okay it is [[four double six two, double zero three one]]",
          "A:okay",
          "C:[[eight nine one seven, one double seven five]] abeg is it going through now"],
  [sec("pan", "4662003189171775")], "nigerian")
E("pan", ["A:and what's the card number there",
          "C:aye nae bother it's [[four five one nine]] eh [[three seven oh five]]",
          "A:aye",
          "C:[[five seven one four oh double five eight]]"],
  [sec("pan", "4519370557140558")], "scottish")
E("pan", ["A:you can key the card number on your phone keypad or read it out whichever is easier",
          "D:[[43022980]]",
          "C:it stopped beeping so ill just say the rest [[seven eight eight seven six nine three two]]"],
  [sec("pan", "4302298078876932")], "keyed then spoken")
E("pan", ["A:what's the long number please",
          "C:[[five one seven nine eight six]] hang on ill start again i lost my place [[five one seven nine, eight six oh four, oh six three six, nine one eight two]]"],
  [sec("pan", "5179860406369182")], "restart mid-number", exact=False)
E("pan", ["A:and the number across the middle of the card",
          "C:its [[five two seven six, six two four eight, double seven one oh, oh ate won won]]"],
  [sec("pan", "5276624877100811")], "'ate won won' closing the run")
E("pan", ["A:and can i take the card number now please",
          "C:now then [[five three oh four]] [[five eight nine seven]] i cant see this in this light [[three two two six]] [[nine eight nine three]]",
          "A:thank you and the expiry date on it",
          "C:[[september twenty eight]]",
          "A:and the three little numbers on the back by the signature",
          "C:[[four four one]]"],
  [sec("pan", "5304589732269893"), sec("expiry", "0928"), sec("cvv", "441")], "elderly, with expiry and code")
E("pan", ["A:can you give me the number on the front",
          "C:the number is uh [[five four four six]] uh how you say [[four seven seven three]] [[six nine three five]] and [[one eight six two]]"],
  [sec("pan", "5446477369351862")], "non-native hesitant")
E("pan", ["A:right whats the long card number",
          "C:[[double five double eight double oh seven six]]",
          "A:yep",
          "C:[[six two oh one six eight seven six]]"],
  [sec("pan", "5588007662016876")], "three doubles")
E("pan", ["A:which card will you be using and can i have the number",
          "C:its a mastercard starts [[triple two one]]",
          "A:okay",
          "C:[[eight five nine one seven two six nine two five oh nine]]"],
  [sec("pan", "2221859172692509")], "triple, 2-series mastercard")
E("pan", ["A:hi there how can i help",
          "C:yeah im trying to pay the {{two hundred and forty}} quid off the balance the card is [[two seven two oh five six triple three eight nine eight oh nine five eight]]"],
  [sec("pan", "2720563338980958")], "triple, amount before, no prompt")
E("pan", ["A:and what digits have you got on the front there",
          "C:[[five one three oh]] sorry [[five five two seven]]",
          "A:then",
          "C:[[nine three five seven]] sorry [[five one seven eight]]"],
  [sec("pan", "5130552793575178")], "no keyword in prompt, 'sorry' between groups")
E("pan", ["A:card number please",
          "C:[[fifty two twenty five oh four oh four forty five eleven sixty nine ten]]"],
  [sec("pan", "5225040445116910")], "young, tens pairs all through")
E("pan", ["A:lovely and the card number",
          "C:yes it's [[five three seven one, nought six eight nought, eight six one six, eight three double five]]"],
  [sec("pan", "5371068086168355")], "uk nought")
E("pan", ["A:go ahead with the number",
          "C:[[fifty four twenty eight]] um [[forty five thirty four]]",
          "A:uh huh",
          "C:hang on [[fifty eighty four]] [[oh four forty six]]"],
  [sec("pan", "5428453450840446")], "tens pairs over turns")
E("pan", ["A:okay so how would you like to pay",
          "C:so the card its my daughters card actually she said i could use it its [[triple five six]] um [[two seven three six]] and theres a scratch on it [[seven four eight four]] yeah [[three four nine five]]"],
  [sec("pan", "5556273674843495")], "rambling, triple")
E("pan", ["A:whats the card",
          "C:[[two seven two oh two two nine three six five ate]]",
          "A:eight was it",
          "C:yeah [[one three two nine four]]"],
  [sec("pan", "2720229365813294")], "'ate' at a turn edge")
E("pan", ["A:and the card number for the payment",
          "C:its amex so its [[three four one nine]] [[three five six four one five]] [[three six four three three]]"],
  [sec("pan", "341935641536433")], "amex 4-6-5")
E("pan", ["A:go ahead with the amex number",
          "C:[[three seven seven oh, two four eight three six three, three five one one two]]",
          "A:and the four digit code printed above the number on the front",
          "C:[[eighty one fifty]]"],
  [sec("pan", "377024836335112"), sec("cvv", "8150")], "amex with 4-digit front code as a pair")
E("pan", ["A:what's the card number mate",
          "C:[[three double four six]]",
          "A:yep",
          "C:[[six two three six four nine]] and [[four six seven one seven]]"],
  [sec("pan", "344662364946717")], "australian amex")
E("pan", ["A:could you read me the card number",
          "C:[[three seven eight, triple seven, nine eight six one, seven five six oh nine]]"],
  [sec("pan", "378777986175609")], "triple seven")
E("pan", ["A:the number on the card please",
          "C:[[six oh eleven twenty two fifty two seventy three seventy six thirty one sixty six]]"],
  [sec("pan", "6011225273763166")], "discover as pairs")
E("pan", ["A:and the card digits",
          "C:[[six zero one one seven two five zero]]",
          "A:okay",
          "C:[[zero nine one five]] and then [[ate one double seven]]"],
  [sec("pan", "6011725009158177")], "'ate' opening the last group")
E("pan", ["A:ok read me the card number",
          "C:[[six oh one one seven three one one]]",
          "A:sorry you cut out after the first few",
          "C:[[six oh one one seven three one one]] [[seven seven four three]] [[seven oh two one]]"],
  [sec("pan", "6011731177437021")], "repeated after the line cut out", exact=False)
E("pan", ["A:if you could just read out the card number",
          "C:right [[two two two one, oh one four eight, seven one oh four, seven eight nine oh]]",
          "A:i didnt catch the last group",
          "C:[[seven eight nine zero]]"],
  [sec("pan", "2221014871047890")], "last group said again", exact=False)

# ---------------------------------------------------------------- security codes and expiry alone
E("cvv", ["A:and just flip the card over for me theres a three digit code on the strip",
          "C:right [[six oh two]]"],
  [sec("cvv", "602")], "after 'right'")
E("cvv", ["A:security code please",
          "C:is that the one on the back",
          "A:yes the last three",
          "C:[[eight one nine]]"],
  [sec("cvv", "819")], "'the one' said before the code")
E("cvv", ["A:and the code on the back",
          "C:[[nine]] hang on its worn off [[five]] i think [[three]]"],
  [sec("cvv", "953")], "digit by digit with fillers")
E("cvv", ["A:please tell me the c v v number",
          "C:[[three seven zero]] madam"],
  [sec("cvv", "370")], "indian")
E("expiry", ["A:and when does the card run out",
             "C:[[end of november twenty seven]]"],
  [sec("expiry", "1127")], "month name")
E("expiry", ["A:expiry",
             "C:[[oh three]] uh [[twenty nine]]"],
  [sec("expiry", "0329")], "with filler")
E("expiry", ["A:whats the valid thru date on there",
             "C:says [[ten slash twenty six]]"],
  [sec("expiry", "1026")], "slash said")
E("expiry", ["A:and the end date",
             "C:[[o six]]",
             "A:and the year",
             "C:[[thirty]]"],
  [sec("expiry", "0630")], "over turns, letter o")

# ================================================================ SSN and national numbers
E("ssn", ["A:for verification can i get your social",
          "C:yeah its [[five two seven]]",
          "A:okay",
          "C:[[four one]]",
          "A:mhm",
          "C:[[eight eight three oh]]"],
  [sec("ssn", "527418830")], "three turns")
E("ssn", ["A:and the last four of your social please",
          "C:[[six two oh nine]]"],
  [sec("ssn", "6209")], "last four")
E("ssn", ["A:i just need the nine digit number off the card the blue and white one",
          "C:um [[three one eight]] [[six six]] [[oh four two seven]]"],
  [sec("ssn", "318660427")], "no context word")
E("ssn", ["A:how can i help",
          "C:yeah im locked out its probably under my social the last four are [[seventy seven oh one]]"],
  [sec("ssn", "7701")], "last four without being asked")
E("ssn", ["A:and your social security number",
          "C:well i have it written on a card here hold on dear its [[two one two]] then [[fifty]] and then the last bit [[nine nine eight seven]]"],
  [sec("ssn", "212509987")], "elderly, 'fifty' as the group")
E("ssn", ["A:can you verify your social for me",
          "C:[[four eight one, two oh, no, two six, five five three two]]"],
  [sec("ssn", "481265532")], "correction in the middle group", exact=False)
E("ssn", ["A:what's your ssn",
          "C:[[five forty one eighty two sixty three eleven]]"],
  [sec("ssn", "541826311")], "pairs")
E("ssn", ["A:i'll need your social to pull up the account",
          "C:[[six one triple seven four two eight nine]]"],
  [sec("ssn", "617774289")], "triple")
E("ssn", ["A:can i take your national insurance number",
          "C:yeah its [[j k four eight two nine one seven b]]"],
  [sec("ssn", "JK482917B")], "uk ni letters spelled")
E("ssn", ["A:and the n i number",
          "C:[[n as in nancy e forty two sixty one oh nine c]]"],
  [sec("ssn", "NE426109C")], "ni with pairs")
E("ssn", ["A:and your p p s number",
          "C:[[seven four one two six nine oh t a]]"],
  [sec("ssn", "7412690TA")], "irish pps")
E("ssn", ["A:tax file number please",
          "C:yeah hang on [[four five nine]] [[two one seven]] [[three oh eight]]"],
  [sec("ssn", "459217308")], "australian tfn")
E("ssn", ["A:and your s i n",
          "C:[[five one two, seven three four, eight nine six]]"],
  [sec("ssn", "512734896")], "canadian sin")
E("ssn", ["A:sir can you tell me your adhar number for the kyc",
          "C:yes [[four seven eight two]] [[nine one three six]] [[zero five four one]]"],
  [sec("ssn", "478291360541")], "aadhaar in fours")
E("ssn", ["A:and just the last four digits of the s s n",
          "C:[[nineteen eighty eight]]"],
  [sec("ssn", "1988")], "year-shaped last four")
E("ssn", ["A:i'll need your s s n",
          "C:[[two oh four]] [[three eight]] [[one one seven two]]"],
  [sec("ssn", "204381172")], "groups")
E("ssn", ["A:how can i help you today",
          "C:i got a letter saying my so shall is [[six four one seven two eight three oh five]] and its wrong"],
  [sec("ssn", "641728305")], "'social' heard as 'so shall'")
E("ssn", ["A:to verify your identity",
          "C:the s s in [[five five three]] [[nineteen]] [[forty four twelve]]"],
  [sec("ssn", "553194412")], "'ssn' heard as 's s in'")
E("ssn", ["A:the number of your social security please",
          "C:number of social is [[one three two, zero eight, four four six one]] yes"],
  [sec("ssn", "132084461")], "non-native")
E("ssn", ["A:whats your n i",
          "C:[[p c]] [[sixty three oh two eighty one]] [[a]]"],
  [sec("ssn", "PC630281A")], "ni letters and pairs apart")
E("ssn", ["A:just to confirm the last four of your social",
          "C:[[eight three four oh]] and i was charged {{fifty dollars}} for nothing"],
  [sec("ssn", "8340")], "last four then money")
E("ssn", ["A:just the last four digits",
          "C:[[three nine nine]] sorry you only want the last four [[six five oh one]]"],
  [sec("ssn", "399"), sec("ssn", "6501")], "starts the whole number")
E("ssn", ["A:please enter your social security number using your keypad",
          "D:[[528]]",
          "C:wait do i press pound",
          "D:[[36]]",
          "D:[[7419]]"],
  [sec("ssn", "528367419")], "keyed in three bursts")
E("ssn", ["A:what number is on your social security card",
          "C:[[449 27 1836]]"],
  [sec("ssn", "449271836")], "ASR digit groups")
E("ssn", ["A:and your pan number for the kyc",
          "C:[[b k r p s seven two nine four h]]"],
  [sec("ssn", "BKRPS7294H")], "indian pan card")

# ================================================================ phone numbers
E("phone", ["A:whats a good callback number",
            "C:[[seven seven three, eight eight two, four one nine oh]]"],
  [sec("phone", "7738824190")], "us")
E("phone", ["A:and a mobile number",
            "C:[[oh seven seven double oh nine double oh one two three]]"],
  [sec("phone", "07700900123")], "uk mobile doubles")
E("phone", ["A:have you got a landline",
            "C:yeah [[oh two oh, seven nine four six, oh three two one]]"],
  [sec("phone", "02079460321")], "london")
E("phone", ["A:number to reach you at work",
            "C:[[six one seven]]",
            "A:uh huh",
            "C:[[four nine two]] [[eighty eight ten]] extension two two four"],
  [sec("phone", "6174928810")], "over turns, extension after")
E("phone", ["A:what number will we ring you back on",
            "C:[[oh eight seven, two one four, five five nine six]]"],
  [sec("phone", "0872145596")], "irish mobile")
E("phone", ["A:and your contact number",
            "C:[[oh four one two, three double four, six seven eight]]"],
  [sec("phone", "0412344678")], "australian mobile")
E("phone", ["A:sir your registered mobile",
            "C:[[plus nine one nine eight four five oh one two three four five]]"],
  [sec("phone", "919845012345")], "indian with country code")
E("phone", ["A:please whats your phone number",
            "C:[[oh eight oh three, four five six, seven eight one two]]"],
  [sec("phone", "08034567812")], "nigerian")
E("phone", ["A:and a daytime number",
            "C:[[oh one six one, four nine six, oh seven three four]]"],
  [sec("phone", "01614960734")], "manchester")
E("phone", ["A:is there another way we can get hold of you",
            "C:my daughters [[oh seven nine one one]] hang on [[two three four]] [[five six seven]]"],
  [sec("phone", "07911234567")], "no keyword in prompt, filler")
E("phone", ["A:best number for you",
            "C:[[two oh one nine hundred]]",
            "A:okay",
            "C:[[forty two seventeen]]"],
  [sec("phone", "2019004217")], "'nine hundred' as a group, over turns")
E("phone", ["A:can i confirm your number",
            "C:[[five oh three, two two six, eight one four seven]]",
            "A:sorry say again",
            "C:[[five oh three]] [[two two six]] [[eight one four seven]]"],
  [sec("phone", "5032268147")], "said twice", exact=False)
E("phone", ["A:and whats the best number",
            "C:[[oh one three one, four nine six, oh double two nine]]"],
  [sec("phone", "01314960229")], "edinburgh")
E("phone", ["A:callback",
            "C:[[four oh four, seven oh one, triple three five]]"],
  [sec("phone", "4047013335")], "curt, triple")
E("phone", ["A:your phone number please",
            "C:[[nine one seven]] uh [[five three six]] how to say [[five two zero eight]]"],
  [sec("phone", "9175365208")], "non-native hesitant")
E("phone", ["A:whats the number there",
            "C:call me on [[oh two]] thats sydney [[nine eight seven six]] [[five four three two]]"],
  [sec("phone", "0298765432")], "area code then aside")
E("phone", ["A:and a mobile",
            "C:[[oh double seven four triple one two oh eight six]]"],
  [sec("phone", "07741112086")], "double and triple")
E("phone", ["A:and if we get cut off",
            "C:[[oh seven four eight two, nine one three, six oh six]]"],
  [sec("phone", "07482913606")], "implied by prompt")
E("phone", ["A:phone",
            "C:[[one eight one eight, three four two, seventy nine oh six]]"],
  [sec("phone", "18183427906")], "us with leading one")
E("phone", ["A:can i get a couple of numbers for you",
            "C:home is [[six oh nine, two five one, three eight eight four]] and my cell [[six oh nine, four seven seven, oh one five two]]"],
  [sec("phone", "6092513884"), sec("phone", "6094770152")], "two numbers")
E("phone", ["A:whats your mobile",
            "C:[[oh 7 9 double three 4 five six seven eight nine]]"],
  [sec("phone", "07933456789")], "ASR mixes digits and words")
E("phone", ["A:what number should the driver ring",
            "C:[[oh eight five, one double two, four nine seven oh]] but not before {{ten}} i work nights"],
  [sec("phone", "0851224970")], "irish, time after")
E("phone", ["A:please enter the mobile number we should text followed by the hash key",
            "D:[[07700900456]]#"],
  [sec("phone", "07700900456")], "keyed")
E("phone", ["A:and the number",
            "C:area code [[nine seventy]]",
            "A:nine seven oh",
            "C:yeah then [[five eight two six one four oh]]"],
  [sec("phone", "9705826140")], "area code as a number")
E("phone", ["A:can you give me a contact number",
            "C:its [[oh seven]] um [[eight double oh]] um [[one four two]] [[three nine three]]"],
  [sec("phone", "07800142393")], "fillers between every group")

# ================================================================ accounts, sort codes, member and policy numbers
E("account", ["A:and the sort code",
              "C:[[forty ninety eight seventy two]]",
              "A:and the account number",
              "C:[[three one seven six]] um [[two oh nine four]]"],
  [sec("account", "409872"), sec("account", "31762094")], "sort code as pairs")
E("account", ["A:whats your membership number",
              "C:its on the card [[h m four four seven one nine oh two]]"],
  [sec("account", "HM4471902")], "member id with letters")
E("account", ["A:do you have your policy reference",
              "C:yeah its [[p l]] hang on [[seven seven three]]",
              "A:yep",
              "C:[[oh nine one two five]]"],
  [sec("account", "PL77309125")], "policy over turns")
E("account", ["A:i need the routing and the account number off the check",
              "C:routing is [[oh seven one, nine two three, two eight four]] and the account is [[four four eight one, two nine oh six, five three]]"],
  [sec("routing", "071923284"), sec("account", "4481290653")], "routing and account")
E("account", ["A:whats the account number on the bill",
              "C:[[eight oh oh]] erm [[two three]] erm [[four five six one]]"],
  [sec("account", "800234561")], "utility, erms")
E("account", ["A:and the iban",
              "C:[[i e seven one]] [[b o f i]] [[nine oh five eight, three eight four six, one nine two seven, five three]]"],
  [sec("account", "IE71BOFI90583846192753")], "irish iban (the 'o' of bofi reads as a digit)", exact=False)
E("account", ["A:have you got your clubcard handy",
              "C:[[six three four double oh four]] then [[one two eight eight three six]]"],
  [sec("account", "634004128836")], "loyalty card")
E("account", ["A:member i d from the insurance card",
              "C:[[w x q]] [[four four nine]] [[two eight one six six]]"],
  [sec("account", "WXQ44928166")], "us insurance member id")
E("account", ["A:and the number at the top of your letter",
              "C:[[seven eight two four]] [[four one oh six]]"],
  [sec("account", "78244106")], "no keyword")
E("account", ["A:your account number for the transfer",
              "C:[[two oh eight, seven one four, six three nine five]]"],
  [sec("account", "2087146395")], "nigerian nuban")
E("account", ["A:please tell the account number and ifsc",
              "C:account number [[five oh one oh oh four two seven eight one nine six three two]] ifsc [[h d f c zero zero zero four five one seven]]"],
  [sec("account", "50100427819632"), sec("routing", "HDFC0004517")], "indian account and ifsc")
E("account", ["A:bsb and account number",
              "C:bsb [[oh six two, one four one]] account [[one oh three eight, two nine five one]]"],
  [sec("routing", "062141"), sec("account", "10382951")], "australian bsb")
E("account", ["A:whats the number on the account",
              "C:[[six six two oh one four]] no [[six six two oh four one seven three]]"],
  [sec("account", "66204173")], "corrected", exact=False)
E("account", ["A:sort code",
              "C:[[two oh dash double four dash one nine]]",
              "A:account",
              "C:[[seven three double oh five one two eight]]"],
  [sec("account", "204419"), sec("account", "73005128")], "dash said, doubles")
E("account", ["A:and your customer reference",
              "C:it's got [[n h]] then [[six one two nine two eight three]]"],
  [sec("account", "NH6129283")], "letters then digits")
E("account", ["A:do you have the policy number there",
              "C:i do somewhere now its [[four]]",
              "A:yes",
              "C:[[four seven]] sorry the print is tiny [[one one nine]]",
              "A:mm",
              "C:[[two oh three]]"],
  [sec("account", "447119203")], "elderly, three turns")
E("account", ["A:what is the account",
              "C:[[twenty three sixty one forty four oh eight]]"],
  [sec("account", "23614408")], "pairs")
E("account", ["A:and your roll number",
              "C:roll number [[e four four seven]] slash [[two one nine oh six]]"],
  [sec("account", "E44721906")], "scottish building society roll number")

# ---------------------------------------------------------------- PINs
E("pin", ["A:and the four digit pin you set up with us",
          "C:[[seven two]] uh [[nine one]]"],
  [sec("pin", "7291")], "pairs with filler")
E("pin", ["A:whats your telephone banking passcode",
          "C:is it the [[eight five eight five]] hmm no its [[eight five five eight]]"],
  [sec("pin", "8585"), sec("pin", "8558")], "wrong guess then right one")
E("pin", ["A:and the security number you chose",
          "C:[[nineteen sixty four]]"],
  [sec("pin", "1964")], "year-shaped")
E("pin", ["A:pin please",
          "C:[[oh oh four seven]]"],
  [sec("pin", "0047")], "leading zeros")
E("pin", ["A:and the six digit passcode",
          "C:[[two eight one]] [[nine nine three]]"],
  [sec("pin", "281993")], "six digits")
E("pin", ["A:please enter your four digit pin",
          "D:[[6]]",
          "C:hang on",
          "D:[[308]]"],
  [sec("pin", "6308")], "keyed with a pause")
E("pin", ["A:just the pin for now",
          "C:the pin is [[one one six seven]] or is that the old one"],
  [sec("pin", "1167")], "'the old one' after")
E("pin", ["A:can you confirm your pin",
          "C:[[five nine three two]] and i'm taking out {{two hundred}} tomorrow at the branch"],
  [sec("pin", "5932")], "money after")

# ================================================================ dates of birth
E("dob", ["A:can you confirm your date a birth",
          "C:[[twelfth of march sixty one]]"],
  [sec("dob", "1961-03-12")], "'date a birth'")
E("dob", ["A:how can i help",
          "C:d o b is [[oh four oh nine eighty seven]] i need to update my address"],
  [sec("dob", "1987-04-09")], "'d o b', US numeric")
E("dob", ["A:and when were you born",
          "C:[[nineteenth]]",
          "A:of",
          "C:[[may]]",
          "A:and the year",
          "C:[[seventy three]]"],
  [sec("dob", "1973-05-19")], "over three turns")
E("dob", ["A:and for security can i just take the day month and year",
          "C:[[second of november nineteen ninety]]"],
  [sec("dob", "1990-11-02")], "implied by the question")
E("dob", ["A:can i take your details",
          "C:berth date [[oh seven twenty two nineteen eighty]]"],
  [sec("dob", "1980-07-22")], "'berth date', US order")
E("dob", ["A:so to pass security whats the date you were born",
          "C:when was i born uh [[ninth of june fifty eight]]"],
  [sec("dob", "1958-06-09")], "'when was i born'")
E("dob", ["A:dee oh bee please",
          "C:[[twenty fifth of december seventy nine]] christmas baby"],
  [sec("dob", "1979-12-25")], "ordinal day")
E("dob", ["A:for verification",
          "C:[[14 02 1985]]"],
  [sec("dob", "1985-02-14")], "ASR digits")
E("dob", ["A:can i have your details for the file",
          "C:my day to birth is [[the thirty first of august ninety two]]"],
  [sec("dob", "1992-08-31")], "'day to birth'")
E("dob", ["A:and your birthday",
          "C:[[nineteen sixty six]] [[april the third]]"],
  [sec("dob", "1966-04-03")], "year first")
E("dob", ["A:to get you through security can i take day month and year",
          "C:[[seventeen]] [[oh three]] [[two thousand and one]]"],
  [sec("dob", "2001-03-17")], "numeric with 'two thousand and one'")
E("dob", ["A:and the date of birth on the policy",
          "C:[[the fourth of april forty nine]] god im old"],
  [sec("dob", "1949-04-04")], "irish elderly, same day and month")
E("dob", ["A:dob",
          "C:[[3/8/77]]"],
  [sec("dob", "1977-08-03")], "slashes, UK order")
E("dob", ["A:madam date of birth please",
          "C:date of birth is [[twenty six oh nine nineteen ninety four]]"],
  [sec("dob", "1994-09-26")], "indian")
E("dob", ["A:please can you confirm when you were born",
          "C:[[fifteenth june nineteen eighty eight]]"],
  [sec("dob", "1988-06-15")], "nigerian")
E("dob", ["A:date of birth",
          "C:[[may]]",
          "A:may what",
          "C:[[the sixth]]",
          "A:and the year",
          "C:[[sixty two]]"],
  [sec("dob", "1962-05-06")], "month first over turns")
E("dob", ["A:and your date of birth",
          "C:oh i was born in [[nineteen thirty nine]] the [[ninth of march]] i was"],
  [sec("dob", "1939-03-09")], "elderly, year first")
E("dob", ["A:and your birthday for the file",
          "C:[[ten twelve eighty one]]"],
  [sec("dob", "1981-10-12")], "US numeric words")
E("dob", ["A:whats your date of birth",
          "C:my burfday is [[the eighth of feb ninety five]]"],
  [sec("dob", "1995-02-08")], "'burfday'")
E("dob", ["A:and then dee oh bee",
          "C:[[nought five nought seven seventy]]"],
  [sec("dob", "1970-07-05")], "noughts, UK order")
E("dob", ["A:and your birthday",
          "C:im a leap year baby [[twenty ninth of february]] [[eighty four]]"],
  [sec("dob", "1984-02-29")], "leap day")
E("dob", ["A:whats your dob mate",
          "C:[[twenty three one seventy six]]"],
  [sec("dob", "1976-01-23")], "australian numeric words")
E("dob", ["A:and the date of your birth",
          "C:[[seventh o october sixty eight]]"],
  [sec("dob", "1968-10-07")], "scottish 'o'")
E("dob", ["A:birthdate",
          "C:[[oh two oh two oh two]] easy to remember"],
  [sec("dob", "2002-02-02")], "young")
E("dob", ["A:could you confirm the birthday on the account",
          "C:[[november the first sixty seven]]"],
  [sec("dob", "1967-11-01")], "month first")
E("dob", ["A:and the little ones date of birth",
          "C:[[the fifth of may twenty fifteen]]"],
  [sec("dob", "2015-05-05")], "child's")
E("dob", ["A:and just so i know im talking to the right person when were you born",
          "C:[[eleven eleven fifty five]] armistice day"],
  [sec("dob", "1955-11-11")], "repeated eleven")

# ================================================================ e-mail addresses
E("email", ["A:and an email address",
            "C:[[johnmurphyat gmail dot com]]"],
  [sec("email", "johnmurphy@gmail.com", "johnmurphy", "murphy")], "'at' glued on")
E("email", ["A:whats the best email",
            "C:[[sarah dot oconnell at hotmail dot co dot uk]]"],
  [sec("email", "sarah.oconnell@hotmail.co.uk", "sarah", "oconnell")], "dot spelled")
E("email", ["A:can you spell the email for me",
            "C:[[j o h n]]",
            "A:ok",
            "C:[[underscore k e l l y]] [[at outlook dot ie]]"],
  [sec("email", "john_kelly@outlook.ie", "john", "kelly")], "spelled over turns, .ie")
E("email", ["A:email id please",
            "C:[[priya ninety two at yahoo dot in]]"],
  [sec("email", "priya92@yahoo.in", "priya", "92")], "digits in local part")
E("email", ["A:and an email",
            "C:[[tunde underscore bakare at zoho dot ng]]"],
  [sec("email", "tunde_bakare@zoho.ng", "tunde", "bakare")], "underscore, .ng")
E("email", ["A:where should we send the invoice",
            "C:[[kirsty at kirstyweddings dot photography]]"],
  [sec("email", "kirsty@kirstyweddings.photography", "kirsty", "kirstyweddings")], "rare TLD")
E("email", ["A:and the email on the account",
            "C:[[m dot obrien eighty eight at icloud dot com]]"],
  [sec("email", "m.obrien88@icloud.com", "obrien", "88")], "initial, digits")
E("email", ["A:and an email address for the order",
            "C:[[anne dash marie dot dubois at orange dot fr]]"],
  [sec("email", "anne-marie.dubois@orange.fr", "anne", "marie", "dubois")], "dash said")
E("email", ["A:email",
            "C:its [[raj r a j]] [[dot patel at btinternet dot com]]"],
  [sec("email", "raj.patel@btinternet.com", "raj", "patel")], "name then spelling")
E("email", ["A:what email shall i put",
            "C:its [[oluwaseun]]",
            "A:could you spell that",
            "C:[[o l u w a s e u n]] [[at yahoo dot com]]"],
  [sec("email", "oluwaseun@yahoo.com", "oluwaseun")], "said then spelled")
E("email", ["A:your email",
            "C:[[big under score dave underscore seventy seven at aol dot com]]"],
  [sec("email", "big_dave_77@aol.com", "bigdave", "dave", "77")], "'under score' split")
E("email", ["A:can you give me an email to send the link to",
            "C:[[j chen fourteen at stanford dot edu]]"],
  [sec("email", "jchen14@stanford.edu", "j chen", "jchen", "14")], "split initial, .edu")
E("email", ["A:email",
            "C:[[liam dotwalsh at gmail dotcom]]"],
  [sec("email", "liam.walsh@gmail.com", "liam", "walsh")], "'dot' glued")
E("email", ["A:sir your email address",
            "C:[[ankit dot sharma at the rate gmail dot com]]"],
  [sec("email", "ankit.sharma@gmail.com", "ankit", "sharma")], "'at the rate'")
E("email", ["A:and your email",
            "C:[[chloe b ninety nine at g mail dot com]]"],
  [sec("email", "chloeb99@gmail.com", "chloe", "chloe b", "99")], "'g mail'")
E("email", ["A:got an email address for ya",
            "C:[[bazza dot mcgregor at bigpond dot net dot au]]"],
  [sec("email", "bazza.mcgregor@bigpond.net.au", "bazza", "mcgregor")], "australian")
E("email", ["A:and the email",
            "C:[[k period nakamura at proton dot me]]"],
  [sec("email", "k.nakamura@proton.me", "nakamura")], "'period'")
E("email", ["A:whats the email on file",
            "C:[[siobhan hyphen ni hyphen bhriain at eircom dot net]]"],
  [sec("email", "siobhan-ni-bhriain@eircom.net", "siobhan", "bhriain")], "hyphen said, irish")
E("email", ["A:can you spell out the email",
            "C:[[e for echo m for mike m for mike a]] [[at mail dot ru]]"],
  [sec("email", "emma@mail.ru", "emma")], "phonetic spelling")
E("email", ["A:email",
            "C:[[x x underscore lily underscore x x at hotmail dot co dot uk]]"],
  [sec("email", "xx_lily_xx@hotmail.co.uk", "lily")], "young")
E("email", ["A:what email would you like the receipt sent to",
            "C:[[tom dot harris two thousand and three at sky dot com]]"],
  [sec("email", "tom.harris2003@sky.com", "harris", "2003")], "year in local part")
E("email", ["A:and an email",
            "C:[[fiona at highlandwool dot scot]]"],
  [sec("email", "fiona@highlandwool.scot", "fiona", "highlandwool")], ".scot")
E("email", ["A:email address",
            "C:[[a double l a n at fastmail dot fm]]"],
  [sec("email", "allan@fastmail.fm", "allan", "a double l a n")], "'double l'")
E("email", ["A:what email do we have",
            "C:[[margaret]]",
            "A:margaret yep",
            "C:[[dot whyte w h y t e]]",
            "A:at",
            "C:[[btinternet dot com]]"],
  [sec("email", "margaret.whyte@btinternet.com", "margaret", "whyte")], "three turns")
E("email", ["A:and an email for the confirmation",
            "C:[[davidat kowalski dot pl]]"],
  [sec("email", "david@kowalski.pl", "david", "kowalski")], "'at' glued to the name")
E("email", ["A:please your email",
            "C:[[chidinma dot eze at yahoo dot com]]"],
  [sec("email", "chidinma.eze@yahoo.com", "chidinma", "eze")], "nigerian")
E("email", ["A:where can we email you",
            "C:[[hi at sandeeprao dot xyz]]"],
  [sec("email", "hi@sandeeprao.xyz", "sandeeprao", "sandeep")], "name in the domain, .xyz")

# ================================================================ street addresses
E("address", ["A:and whats the address there",
              "C:[[thirty one glenview]] in [[artane]]"],
  [sec("address", "31 Glenview Artane", "glenview")], "irish, no suffix")
E("address", ["A:and the address",
              "C:[[flat four b ninety seven marchmont]]",
              "A:postcode",
              "C:[[e h nine]] [[one h g]]"],
  [sec("address", "4B 97 Marchmont", "marchmont"),
   sec("postcode", "EH91HG", "eh9", "e h nine", "1hg", "one h g")], "edinburgh flat, postcode over turns")
E("address", ["A:where do you live",
              "C:[[apartment twelve c forty two oh five north kedzie]]"],
  [sec("address", "4205 N Kedzie Apt 12C", "kedzie", "4205")], "us apartment")
E("address", ["A:and the zip",
              "C:[[six oh six]]",
              "A:uh huh",
              "C:[[one eight]]"],
  [sec("zip", "60618")], "zip over turns")
E("address", ["A:what's the postcode",
              "C:[[m fourteen]]",
              "A:yep",
              "C:[[five t p]]"],
  [sec("postcode", "M145TP", "m14", "m fourteen", "5tp", "five t p")], "uk postcode groups over turns")
E("address", ["A:where are we delivering to",
              "C:its [[the old forge]] [[bellingham]] everyone knows it"],
  [sec("address", "The Old Forge Bellingham", "old forge", "bellingham")], "house name")
E("address", ["A:whats the street address",
              "C:[[eighteen twenty two west belmont]]"],
  [sec("address", "1822 W Belmont", "belmont", "1822")], "us, no suffix")
E("address", ["A:please give the delivery address",
              "C:[[flat no three oh two sai krupa apartments jp nagar seventh phase]] pin code [[five six oh oh seven eight]]"],
  [sec("address", "302 Sai Krupa Apartments JP Nagar", "sai krupa", "302"), sec("zip", "560078")], "indian, pin code")
E("address", ["A:where should the technician come",
              "C:[[number fourteen adeola odeku]] victoria island"],
  [sec("address", "14 Adeola Odeku", "adeola odeku", "odeku")], "lagos")
E("address", ["A:and the address mate",
              "C:[[five slash forty seven the esplanade]] [[three one eight two]]"],
  [sec("address", "5/47 The Esplanade", "esplanade"), sec("zip", "3182")], "australian unit, postcode")
E("address", ["A:and where are you",
              "C:[[two up left sixty eight dumbarton]]"],
  [sec("address", "2/L 68 Dumbarton", "dumbarton")], "glasgow tenement")
E("address", ["A:your mailing address",
              "C:[[r r three box one forty]] [[millbrook]]"],
  [sec("address", "RR 3 Box 140 Millbrook", "millbrook", "140")], "rural route")
E("address", ["A:what street is that on",
              "C:[[fifty five mac arthur]]"],
  [sec("address", "55 MacArthur", "macarthur")], "split street name")
E("address", ["A:and the eircode",
              "C:[[d zero eight]] [[k f seven two]]"],
  [sec("postcode", "D08KF72", "d08", "d zero eight", "kf72", "k f seven two")], "eircode")
E("address", ["A:whats the first line of the address",
              "C:[[nineteen]]",
              "A:nineteen",
              "C:[[hawthorn]]",
              "A:hawthorn what",
              "C:just [[hawthorn]] theres no road or anything"],
  [sec("address", "19 Hawthorn", "hawthorn")], "no suffix, over turns")
E("address", ["A:where do you want it shipped",
              "C:[[three twenty one ocean]] [[unit fourteen]]"],
  [sec("address", "321 Ocean Unit 14", "321 ocean", "321")], "number as pairs")
E("address", ["A:and the address",
              "C:[[twelve heol y felin]]"],
  [sec("address", "12 Heol y Felin", "heol y felin", "felin")], "welsh")
E("address", ["A:has your address changed",
              "C:yes we moved from [[forty church view]] to [[six meadowside]]"],
  [sec("address", "40 Church View", "church view"), sec("address", "6 Meadowside", "meadowside")], "old and new")
E("address", ["A:can i take your postcode",
              "C:[[s e fifteen]] [[four q w]]"],
  [sec("postcode", "SE154QW", "se15", "s e fifteen", "4qw", "four q w")], "london postcode")
E("address", ["A:and the zip code",
              "C:[[nine four one one oh dash two two three oh]]"],
  [sec("zip", "941102230")], "zip plus four")
E("address", ["A:and the address",
              "C:[[two hundred east forty second]]"],
  [sec("address", "200 E 42nd", "east forty second")], "numbered street")
E("address", ["A:postal code",
              "C:[[k two p]] [[one l four]]"],
  [sec("postcode", "K2P1L4", "k2p", "k two p", "1l4", "one l four")], "canadian")
E("address", ["A:the business address",
              "C:[[suite four ten eleven hundred lakeshore]]"],
  [sec("address", "1100 Lakeshore Suite 410", "lakeshore", "1100")], "suite, 'eleven hundred'")
E("address", ["A:what is your full address",
              "C:[[house number forty two gandhi nagar second cross]] near the temple"],
  [sec("address", "42 Gandhi Nagar 2nd Cross", "gandhi nagar", "second cross")], "indian")
E("address", ["A:and the address for the meter",
              "C:[[the cross ballinakill]] its the yellow house"],
  [sec("address", "The Cross Ballinakill", "ballinakill")], "irish rural")
E("address", ["A:where would you like the parcel left",
              "C:[[flat nine]] [[wellington buildings]] the door code's broken"],
  [sec("address", "Flat 9 Wellington Buildings", "wellington buildings")], "block of flats")

# ================================================================ names
E("name", ["A:who am i speaking with",
           "C:its [[chevonne mcgrath]] speaking"],
  [sec("name", "Siobhan McGrath", "chevonne", "mcgrath")], "ASR spelling of Siobhan")
E("name", ["A:and can i take a name",
           "C:names [[obi]] well [[obinna okafor]] on the account"],
  [sec("name", "Obinna Okafor", "obinna", "okafor")], "short name first")
E("name", ["A:what name should i put it under",
           "C:put it under [[krishnamurthy]]",
           "A:can you spell that",
           "C:[[k r i s h n a m u r t h y]]"],
  [sec("name", "Krishnamurthy", "krishnamurthy")], "spelled")
E("name", ["A:and who am i talking to today",
           "C:its [[mac donald]] [[eileen mac donald]]"],
  [sec("name", "Eileen MacDonald", "macdonald", "eileen")], "split by ASR")
E("name", ["A:surname",
           "C:[[van der berg]] three words"],
  [sec("name", "van der Berg", "vanderberg", "van der berg")], "particles")
E("name", ["A:how can i help",
           "C:hi [[deepika]] here i called yesterday"],
  [sec("name", "Deepika", "deepika")], "'X here'")
E("name", ["A:and your name",
           "C:this is mrs [[featherstonehaugh]] its pronounced [[fanshaw]]"],
  [sec("name", "Featherstonehaugh", "featherstonehaugh", "fanshaw")], "pronunciation given")
E("name", ["A:please what is your name",
           "C:[[chukwuemeka nwosu]]",
           "A:sorry the surname again",
           "C:[[n w o s u]]"],
  [sec("name", "Chukwuemeka Nwosu", "chukwuemeka", "nwosu")], "nigerian, surname spelled")
E("name", ["A:whose name is the account in",
           "C:my husbands [[desmond o leary]]"],
  [sec("name", "Desmond O'Leary", "desmond", "oleary")], "split O'")
E("name", ["A:full name please",
           "C:[[nguyen thi huong]]"],
  [sec("name", "Nguyen Thi Huong", "nguyen", "huong")], "vietnamese")
E("name", ["A:can i confirm the name",
           "C:[[ahmed]] no [[ahmad]] with an a"],
  [sec("name", "Ahmad", "ahmed", "ahmad")], "corrected spelling")
E("name", ["A:and what should i call you",
           "C:call me [[kez]] everyone does its [[kerry ann]] on the account"],
  [sec("name", "Kerry-Ann", "kez", "kerry")], "nickname")
E("name", ["A:and who's the account holder",
           "C:thats me [[lachlan mcphee]]"],
  [sec("name", "Lachlan McPhee", "lachlan", "mcphee")], "scottish")
E("name", ["A:what name shall i put the table under",
           "C:[[ravindran]] for {{four}} at {{eight}}"],
  [sec("name", "Ravindran", "ravindran")], "booking, harmless numbers after")
E("name", ["A:your surname please",
           "C:[[w for whiskey o for oscar j for juliet c i k]]"],
  [sec("name", "Wojcik", "wojcik")], "phonetic")
E("name", ["A:hello who's calling",
           "C:its [[fionnuala]]"],
  [sec("name", "Fionnuala", "fionnuala")], "first name only")
E("name", ["A:can i get your name please",
           "C:you're speaking to [[yusuf ali]]"],
  [sec("name", "Yusuf Ali", "yusuf", "ali")], "'you're speaking to'")
E("name", ["A:and your name",
           "C:[[seer sha]] [[dunne]]",
           "A:could you spell the first name",
           "C:[[s a o i r s e]]"],
  [sec("name", "Saoirse Dunne", "seer sha", "saoirse", "dunne")], "ASR-split irish name")
E("name", ["A:and the name on the booking",
           "C:[[xu jiahui]] family name first [[x u]]"],
  [sec("name", "Xu Jiahui", "jiahui", "x u")], "chinese, family name first")
E("name", ["A:and who's the second driver",
           "C:put my wife on [[ngozi]] [[ngozi eze okafor]]"],
  [sec("name", "Ngozi Eze-Okafor", "ngozi", "okafor")], "a spouse's name")
E("name", ["A:the name on the card please",
           "C:[[mr p r sandhu]]"],
  [sec("name", "P R Sandhu", "sandhu")], "initials")
E("name", ["A:and your name",
           "C:im [[agnieszka]]",
           "A:sorry",
           "C:[[a g n i e s z k a]]"],
  [sec("name", "Agnieszka", "agnieszka")], "polish, spelled")
E("name", ["A:and who am i speaking to",
           "C:hiya its [[shaz]] [[sharon bellamy]]"],
  [sec("name", "Sharon Bellamy", "shaz", "sharon", "bellamy")], "nickname first")
E("name", ["A:may i have your name",
           "C:names [[billy]] [[billy mcintyre]]"],
  [sec("name", "Billy McIntyre", "billy", "mcintyre")], "'names'")
E("name", ["A:who is calling please",
           "C:myself [[venkatesh]] [[venkatesh iyer]]"],
  [sec("name", "Venkatesh Iyer", "venkatesh", "iyer")], "'myself'")
E("name", ["A:and the name for the order",
           "C:[[harriet fortescue smythe]] no hyphen"],
  [sec("name", "Harriet Fortescue Smythe", "harriet", "fortescue", "smythe")], "double-barrelled")

# ================================================================ health, no earlier health in the call
E("health", ["A:how can i help today",
             "C:i need to cancel the trip ive [[been wetting the bed]] again and i cant be sharing a room"],
  [sec("health", "enuresis", "wetting the bed", "wetting")], "no possessive")
E("health", ["A:whats the reason for the sick note",
             "C:[[hearing voices again]] so i cant do the interview"],
  [sec("health", "hearing voices", "hearing voices", "voices")], "mental health, bare")
E("health", ["A:are you able to come in on thursday",
             "C:no ive [[not been able to keep anything down]] since sunday"],
  [sec("health", "vomiting", "keep anything down")], "vomiting said plainly")
E("health", ["A:what happened",
             "C:i keep [[blacking out]] when i stand up so i cant drive to the depot"],
  [sec("health", "syncope", "blacking out")], "fainting")
E("health", ["A:is there a reason you need the home visit",
             "C:[[peeing blood]] the last couple of days and i dont want to go far"],
  [sec("health", "haematuria", "peeing blood")], "blunt")
E("health", ["A:why did you miss the shift",
             "C:[[panic attacks]] on the bus every morning i just cant get on it"],
  [sec("health", "panic attacks", "panic attacks", "panic")], "mental health")
E("health", ["A:is everything alright",
             "C:not really [[seeing things at night]] that arent there"],
  [sec("health", "hallucinations", "seeing things")], "hallucination said plainly")
E("health", ["A:how can i help",
             "C:ive [[lost a stone and a half without trying]] and [[the night sweats]] so i want to pause the gym"],
  [sec("health", "weight loss night sweats", "night sweats", "lost a stone")], "symptoms in an errand")
E("health", ["A:can you tell me why you want to freeze the membership",
             "C:ive been [[cutting myself]] again and my [[counsellor]] said take a break from things"],
  [sec("health", "self-harm", "cutting myself", "counsellor")], "self-harm")
E("health", ["A:is there anything we should know before the visit",
             "C:ive been [[thinking about ending it all]] lately to be honest"],
  [sec("health", "suicidal thoughts", "ending it all")], "suicidal ideation")
E("health", ["A:whats the problem",
             "C:hes [[having fits]] again and cant go to school"],
  [sec("health", "seizures", "fits")], "seizures as 'fits'")
E("health", ["A:do you need the ground floor room",
             "C:yes please [[short of breath]] going up stairs"],
  [sec("health", "dyspnoea", "short of breath")], "bare answer")
E("health", ["A:why did you leave early",
             "C:[[pains in the chest]] and [[the left arm went numb]]"],
  [sec("health", "chest pain", "pains in the chest", "went numb")], "chest pain")
E("health", ["A:how can i help",
             "C:i need to reschedule found [[a lump]] [[under the arm]] and theyre seeing me friday"],
  [sec("health", "lump", "lump", "under the arm")], "lump, no possessive")
E("health", ["A:is there a reason for the delay",
             "C:[[bleeding down below after the procedure]] so i stayed in"],
  [sec("health", "bleeding", "bleeding", "down below", "procedure")], "euphemism")
E("health", ["A:whats going on",
             "C:mams [[hallucinating]] and [[wandering at night]] we need the alarm fitted"],
  [sec("health", "hallucinating wandering", "hallucinating", "wandering")], "a parent's, 'mams'")
E("health", ["A:why do you need the refund",
             "C:had [[the runs]] for a week couldnt leave the house"],
  [sec("health", "diarrhoea", "the runs")], "slang")
E("health", ["A:hows things",
             "C:[[keep forgetting where i live]] honestly the kids want me to get the pendant"],
  [sec("health", "memory loss", "forgetting where i live")], "memory")
E("health", ["A:is there a reason youre cancelling",
             "C:[[drinking again]] and [[back at the meetings]] so money's tight"],
  [sec("health", "alcohol relapse", "drinking again", "meetings")], "addiction")
E("health", ["A:how are you getting on",
             "C:[[off me food]] and [[crying all the time]] to be honest"],
  [sec("health", "low mood", "off me food", "crying all the time")], "low mood")
E("health", ["A:anything we can help with",
             "C:[[the waterworks]] are giving trouble so an aisle seat near the toilet please"],
  [sec("health", "urinary", "waterworks")], "euphemism")
E("health", ["A:do you want the call back on this number",
             "C:text is better [[cant hear]] much out of the left side now"],
  [sec("health", "hearing loss", "cant hear")], "hearing")
E("health", ["A:what can i do for you",
             "C:[[constant ringing in the ears]] and the noise from the works next door makes it worse"],
  [sec("health", "tinnitus", "ringing in the ears")], "tinnitus")
E("health", ["A:can you make it in person",
             "C:im getting [[dizzy spells]] so i'd rather not"],
  [sec("health", "dizziness", "dizzy")], "dizziness")
E("health", ["A:why can you not do early mornings",
             "C:[[sick every morning]] for the next few weeks probably"],
  [sec("health", "morning sickness", "sick every morning")], "implied pregnancy")
E("health", ["A:is there anything else",
             "C:[[hands shaking]] so bad i cant sign for the parcel"],
  [sec("health", "tremor", "shaking")], "tremor")
E("health", ["A:how can i help",
             "C:been [[making myself sick after meals]] and i want to stop the meal box delivery"],
  [sec("health", "bulimia", "making myself sick")], "eating disorder said plainly")
E("health", ["A:why did you miss the appointment",
             "C:[[the shakes]] were bad and [[seeing spiders on the walls]]"],
  [sec("health", "withdrawal", "shakes", "spiders")], "withdrawal")

# ================================================================ harmless: money
H("money", ["A:whats the card number",
            "C:[[four three five six, two three oh one, two three eight three, six oh seven nine]]",
            "A:and how much would you like to pay today",
            "C:{{a hundred and twenty}} please"],
  [sec("pan", "4356230123836079")], "amount after a card, no currency word")
H("money", ["A:can i take the account number first",
            "C:[[nine oh two two, one four six eight]]",
            "A:and what seems to be the problem with the bill",
            "C:the bill says {{forty seven fifty}} but i only had it for a week"],
  [sec("account", "90221468")], "after an account number")
H("money", ["A:how much was taken",
            "C:{{fifty euro}} twice on the same day"])
H("money", ["A:please tell me your consumer number",
            "C:[[four one seven two, six six oh three]]",
            "A:okay and what is the issue",
            "C:i have paid {{two thousand rupees}} on the fifth but it is still showing due"],
  [sec("account", "41726603")], "indian, after a consumer number")
H("money", ["A:which account did you send it from",
            "C:[[three oh eight, one one five, two nine four six]]",
            "A:and how much",
            "C:i sent {{five thousand naira}} to the wrong person"],
  [sec("account", "3081152946")], "nigerian")
H("money", ["A:hey who am i talking to",
            "C:[[tyrone jackson]]",
            "A:thanks how can i help",
            "C:yeah you guys charged me {{eighty bucks}} for a late fee and i paid on time"],
  [sec("name", "Tyrone Jackson", "tyrone", "jackson")], "after a name")
H("money", ["A:what was the issue with the order",
            "C:the sweater was {{$19.99}} and it came with a hole in the sleeve"], note="ASR digits")
H("money", ["A:and what price were you quoted",
            "C:{{one fifty}} for the lot"], note="price answering the agent, no currency word")
H("money", ["A:whats the number on the account",
            "C:[[oh seven nine four six, two two one, oh eight three]]",
            "A:thanks and what can i do for you",
            "C:its {{nine pounds ninety}} a month and i never signed up for it"],
  [sec("phone", "07946221083")])
H("money", ["A:date of birth",
            "C:[[sixth of july eighty]]",
            "A:thank you how can i help",
            "C:i want to borrow about {{twenty grand}} for the kitchen"],
  [sec("dob", "1980-07-06")], "after a date of birth")
H("money", ["A:how can i help today",
            "C:it says i owe {{seventy five cents}} how is that even a bill"])
H("money", ["A:card number please",
            "C:[[double four five triple three one four seven eight nine three two double eight five]]",
            "A:and what are we paying today",
            "C:{{six hundred and forty nine}} for the laptop",
            "A:and the expiry",
            "C:[[oh four twenty eight]]"],
  [sec("pan", "4453331478932885"), sec("expiry", "0428")], "amount between a card and its expiry, no currency word")
H("money", ["A:hello",
            "C:hi the receipt says {{thirty five dollars and twenty cents}} but my card got hit for more"])
H("money", ["A:who am i speaking to",
            "C:its [[gemma whitlock]] i paid a {{forty quid}} deposit on the dress"],
  [sec("name", "Gemma Whitlock", "gemma", "whitlock")], "after a name")
H("money", ["A:and an email to send the refund confirmation",
            "C:[[lorcan dot byrne at eircom dot net]]",
            "A:grand and whats the refund for",
            "C:it should be {{eleven eighty}} for the two cushions"],
  [sec("email", "lorcan.byrne@eircom.net", "lorcan", "byrne")], "after an e-mail")
H("money", ["A:whats the problem",
            "C:i got charged {{2.99}} delivery on an order that was supposed to be free"])
H("money", ["A:and what can you afford each month",
            "C:maybe {{two hundred a month}} at the most"], note="answering the agent")
H("money", ["A:what's the address on the account",
            "C:[[seven hundred nine palmetto]]",
            "A:and the charge you're asking about",
            "C:{{sixty nine ninety five}} on the fourth"],
  [sec("address", "709 Palmetto", "palmetto", "709")], "price in pairs after an address")
H("money", ["A:and your date of birth",
            "C:[[thirtieth of june seventy two]]",
            "A:thank you how much was the deposit",
            "C:{{one thousand four hundred}} and they still havent given it back"],
  [sec("dob", "1972-06-30")], "after a date of birth")
H("money", ["A:can i help",
            "C:the ticket was {{£35}} and the train never came"], note="ASR symbol")
H("money", ["A:and the security code",
            "C:[[six eight two]]",
            "A:perfect and the amount",
            "C:just {{15 dollars}} for the donation"],
  [sec("cvv", "682")], "after a security code")
H("money", ["A:how much did he charge",
            "C:{{a tenner}} for the call out which is fair enough"])
H("money", ["A:can i get a number for you",
            "C:[[two one five, eight eight four, six one three oh]]",
            "A:and what did it cost",
            "C:it cost {{four fifty}} for the one coffee"],
  [sec("phone", "2158846130")], "time-shaped price after a phone number")
H("money", ["A:and how much was it",
            "C:ah {{ninety nine p}} it's not about the money its the principle"])
H("money", ["A:and the card number",
            "C:[[four seven seven six]] [[seven nine three six]]",
            "A:yep",
            "C:[[one seven three oh four eight six four]]",
            "A:how much are you putting on it",
            "C:{{three hundred quid}} that'll clear it i think"],
  [sec("pan", "4776793617304864")], "elderly, amount after a card")
H("money", ["A:go ahead with the card",
            "C:[[four seven six one, four one one six]] sorry is it the {{thirty two pounds}} or the {{forty}} you're taking",
            "A:the forty",
            "C:ok [[nine six one oh, five three one one]]"],
  [sec("pan", "4761411696105311")], "amount between the card's halves")
H("money", ["A:how much was the transfer",
            "C:{{seven hundred rand}} it was for my brother"])
H("money", ["A:and the name of the applicant",
            "C:[[ines carvalho]]",
            "A:and what size mortgage are you looking at",
            "C:about {{half a million}} maybe a bit less"],
  [sec("name", "Ines Carvalho", "ines", "carvalho")], "after a name")
H("money", ["A:what were you quoted for the repair",
            "C:{{1,250}} which seems mad for a boiler"], note="ASR digits with comma")
H("money", ["A:aye and how much was it",
            "C:{{twelve pound fifty}} for a tin of paint"], note="scottish 'pound'")
H("money", ["A:and the eircode",
            "C:[[h nine one]] [[w two x four]]",
            "A:and what can i help with",
            "C:theres a {{10 euro}} charge on the bill i dont recognise"],
  [sec("postcode", "H91W2X4", "h91", "h nine one", "w2x4", "w two x four")], "after an eircode")
H("money", ["A:can i take the social",
            "C:[[three nine one]] [[four four]]",
            "A:go on",
            "C:i paid {{fifteen hundred dollars}} for this hold on [[two oh six eight]]"],
  [sec("ssn", "391442068")], "money between the parts of an SSN")

# ================================================================ harmless: time
H("time", ["A:whats the best number for you",
           "C:[[oh seven seven one two, three eight eight, nine oh four]]",
           "A:and when suits",
           "C:can you ring me back at {{half three}}"],
  [sec("phone", "07712388904")], "after a phone number")
H("time", ["A:and the address for the visit",
           "C:[[twenty six larkhill]]",
           "A:when would you like the engineer",
           "C:{{quarter past nine}} tomorrow if you have it"],
  [sec("address", "26 Larkhill", "larkhill")], "after an address")
H("time", ["A:what time is the appointment",
           "C:{{ten thirty}} i think"], note="answering 'what time'")
H("time", ["A:how long has it been like this",
           "C:its been {{two weeks}} now"])
H("time", ["A:can i take your name",
           "C:[[tadhg o sullivan]]",
           "A:thanks and how can i help",
           "C:i signed up for {{six months}} and youve charged me for a year"],
  [sec("name", "Tadhg O'Sullivan", "tadhg", "osullivan")], "after a name")
H("time", ["A:whats the zip there",
           "C:[[one one two oh one]]",
           "A:and when did the parcel come",
           "C:about {{four o'clock}} but nobody knocked"],
  [sec("zip", "11201")], "after a zip code")
H("time", ["A:when was that",
           "C:{{9:45}} this morning"], note="ASR digits")
H("time", ["A:thanks for holding",
           "C:{{twenty minutes}} i was on hold there"])
H("time", ["A:and your date of birth",
           "C:[[the twentieth of september eighty three]]",
           "A:thank you whats the issue",
           "C:the van sat outside for {{an hour and a half}} and never delivered"],
  [sec("dob", "1983-09-20")], "after a date of birth")
H("time", ["A:how long ago did you return it",
           "C:{{three days}} ago"], note="bare duration")
H("time", ["A:and the account number on the bill",
           "C:[[seven seven one four four oh two nine]]",
           "A:how long has the power been off",
           "C:since {{seven this morning}} and ive a freezer full"],
  [sec("account", "77144029")], "after an account number")
H("time", ["A:and when are you free",
           "C:anytime between {{two and four}}"])
H("time", ["A:what's your shift",
           "C:i finish at {{seventeen hundred}} so after that"], note="military-style hours")
H("time", ["A:and the postcode please",
           "C:[[l s six]] [[two d y]]",
           "A:how can i help",
           "C:ive been with you {{ten years}} and this is how you treat me"],
  [sec("postcode", "LS62DY", "ls6", "l s six", "2dy", "two d y")], "after a postcode")
H("time", ["A:whats the number of the line thats down",
           "C:[[oh one one three four nine six]] its been dead since {{five past six}} last night [[oh five eight two]]"],
  [sec("phone", "01134960582")], "time between the parts of a phone number")
H("time", ["A:when is the delivery booked for",
           "C:{{friday the ninth}} they said"], note="a day that is not a birthday")
H("time", ["A:when are you open",
           "C:oh sorry i thought you were open {{eight till eight}}"])
H("time", ["A:can i take the pin",
           "C:[[four nine one six]]",
           "A:thanks whats the problem",
           "C:the app took {{forty five minutes}} to load my balance"],
  [sec("pin", "4916")], "after a PIN")
H("time", ["A:when can you be reached",
           "C:after {{six}} ill be home"], note="bare hour")
H("time", ["A:and what time do you want the taxi",
           "C:{{at 3pm}} from the hotel"], note="ASR digits")
H("time", ["A:name on the booking",
           "C:[[dervla kinsella]]",
           "A:what time did the driver arrive",
           "C:{{twenty to five}} and we were meant to leave at four"],
  [sec("name", "Dervla Kinsella", "dervla", "kinsella")], "after a name")
H("time", ["A:and the account",
           "C:[[five one eight eight two nine oh three]]",
           "A:what happened",
           "C:i waited in for {{eleven weeks}} for the replacement"],
  [sec("account", "51882903")], "after an account number")
H("time", ["A:last four of the social",
           "C:[[oh eight six two]]",
           "A:got it and when would be a good time to call",
           "C:{{nine in the morning}} before work"],
  [sec("ssn", "0862")], "after a last four")
H("time", ["A:what time was the booking",
           "C:{{half past twelve}} for lunch"])
H("time", ["A:how long do i have to return it",
           "C:isnt it {{ninety days}} on the website"])
H("time", ["A:what email is it under",
           "C:[[ngozi dot adeyemi at outlook dot com]]",
           "A:and how long was the outage",
           "C:{{two and a half hours}} in the middle of my exam"],
  [sec("email", "ngozi.adeyemi@outlook.com", "ngozi", "adeyemi")], "after an e-mail")
H("time", ["A:and your dob",
           "C:[[eighteenth of feb sixty four]]",
           "A:and what time are you coming in",
           "C:{{seven thirty}} if the bus is on time"],
  [sec("dob", "1964-02-18")], "clock time after a date of birth")
H("time", ["A:and when will i hear back",
           "C:they told me {{the next 48 hours}} last week"])
H("time", ["A:can i get the card number",
           "C:[[four eight nine three]] [[four two five eight]] [[four eight one eight]] [[eight three five six]]",
           "A:when do you want it charged",
           "C:on the day at {{quarter to eleven}} when we check in"],
  [sec("pan", "4893425848188356")], "after a card")
H("time", ["A:and when did you see it",
           "C:the alarm went at {{oh three hundred}} and woke the whole street"], note="'oh' inside the time")
H("time", ["A:how long will you be away",
           "C:{{three weeks}} from saturday so stop the papers"])

# ================================================================ harmless: quantity
H("quantity", ["A:how can i help",
               "C:i need {{3 more boxes}} for the move"])
H("quantity", ["A:whats the card",
               "C:[[four one two oh, three two four one, oh six five two, nine six three oh]]",
               "A:and what are you ordering",
               "C:{{two bags}} of the compost and the hose"],
  [sec("pan", "4120324106529630")], "after a card")
H("quantity", ["A:card number for the postage",
               "C:[[five three oh four]] [[oh seven two three]] [[eight six two five]] [[five one one two]]",
               "A:and how heavy is it",
               "C:about {{twelve kilos}}"],
  [sec("pan", "5304072386255112")], "weight after a card")
H("quantity", ["A:whats the collection address",
               "C:[[ninety one cairnhill]]",
               "A:how far are you from the depot",
               "C:{{five miles}} maybe less"],
  [sec("address", "91 Cairnhill", "cairnhill")], "distance after an address")
H("quantity", ["A:and the name for the booking",
               "C:[[okonjo]] its a party of {{eight}} on saturday"],
  [sec("name", "Okonjo", "okonjo")], "party size after a name")
H("quantity", ["A:how many are travelling",
               "C:{{four adults and two kids}}"])
H("quantity", ["A:email for the order",
               "C:[[beatriz dot souza at uol dot com dot br]]",
               "A:what was wrong with it",
               "C:it says {{half a litre}} on the label and the bottles are tiny"],
  [sec("email", "beatriz.souza@uol.com.br", "beatriz", "souza")], "after an e-mail")
H("quantity", ["A:how much flour did you order",
               "C:{{200 grams}} and got two kilos"], note="ASR digits")
H("quantity", ["A:how long is the curtain",
               "C:{{two metres}} and the rail is shorter"])
H("quantity", ["A:and the member number",
               "C:[[three three nine one two]] [[eight seven four]]",
               "A:and what happened at the pump",
               "C:i put in {{forty litres}} and it charged me for sixty"],
  [sec("account", "33912874")], "after a member number")
H("quantity", ["A:who's the policy holder",
               "C:[[kwame asante]]",
               "A:and what size is the house",
               "C:{{three rooms}} downstairs and a box room"],
  [sec("name", "Kwame Asante", "kwame", "asante")], "after a name")
H("quantity", ["A:what was missing",
               "C:{{a dozen eggs}} and the milk"])
H("quantity", ["A:and your date of birth",
               "C:[[twenty seventh of january ninety one]]",
               "A:thanks whats up",
               "C:i only used {{10 gig}} and youre saying im over"],
  [sec("dob", "1991-01-27")], "after a date of birth")
H("quantity", ["A:how much came off the lorry",
               "C:{{two pallets}} and one was damaged"])
H("quantity", ["A:what did you order",
               "C:{{twenty four cans}} and got a case of twelve"])
H("quantity", ["A:whats the reg",
               "C:its the silver one and i need {{four tyres}}"], note="'the silver one' before")
H("quantity", ["A:how big is the room",
               "C:about {{thirty square metres}}"])
H("quantity", ["A:where did they leave it",
               "C:{{two hundred yards}} up the lane in a hedge"])
H("quantity", ["A:and the phone number on the account",
               "C:[[oh four three eight, nine one two, five five seven]]",
               "A:yep and the booking",
               "C:we need {{seven tables}} for the wake"],
  [sec("phone", "0438912557")], "after a phone number")
H("quantity", ["A:go ahead with the card",
               "C:[[forty eight forty eight seven three three three]]",
               "A:and which tv is it",
               "C:the {{sixty inch}} one",
               "A:lovely and the rest of the card",
               "C:[[one one three eight seven nine eight three]]"],
  [sec("pan", "4848733311387983")], "size between the halves of a card")
H("quantity", ["A:how much paper",
               "C:{{five hundred sheets}} a ream"])
H("quantity", ["A:what kind of place are you looking for",
               "C:{{two bedrooms}} near the school"])
H("quantity", ["A:and the email",
               "C:[[dario underscore ferri at libero dot it]]",
               "A:okay whats the question",
               "C:do you have {{nine seats}} together on the evening flight"],
  [sec("email", "dario_ferri@libero.it", "dario", "ferri")], "after an e-mail")
H("quantity", ["A:whats your account number",
               "C:[[four four one nine, oh two seven three]]",
               "A:how many things were in the parcel",
               "C:{{eleven items}} and two were broken"],
  [sec("account", "44190273")], "after an account number")
H("quantity", ["A:how much luggage",
               "C:{{three suitcases}} and a buggy"])
H("quantity", ["A:whats the sort code",
               "C:[[eighty three twenty six fourteen]]",
               "A:and the problem",
               "C:i ordered {{six bottles}} of the red and got white"],
  [sec("account", "832614")], "after a sort code")
H("quantity", ["A:how much paint do you need",
               "C:{{2 litres}} of the white"], note="ASR digits")
H("quantity", ["A:what did you get delivered",
               "C:a {{15 kilo}} bag of dog food split open"])
H("quantity", ["A:how much gravel",
               "C:{{one and a half tonnes}} for the drive"])
H("quantity", ["A:your address please",
               "C:[[eleven ashgrove]] [[b t nine]] [[five d w]]",
               "A:and how far is the nearest drop off",
               "C:the nearest one is {{3 kilometres}} away and i dont drive"],
  [sec("address", "11 Ashgrove", "ashgrove"),
   sec("postcode", "BT95DW", "bt9", "b t nine", "5dw", "five d w")], "belfast address then distance")

# ================================================================ harmless: count
H("count", ["A:how can i help",
            "C:this is the {{third}} time ive rung about the same thing"])
H("count", ["A:and the card number",
            "C:[[five two six nine, seven six six one, nine one four one, oh one one eight]]",
            "A:did it decline before",
            "C:yeah {{twice}} this morning"],
  [sec("pan", "5269766191410118")], "after a card")
H("count", ["A:pin",
            "C:[[three eight two five]]",
            "A:ok and which option did you choose",
            "C:option {{two}} and it hung up"],
  [sec("pin", "3825")], "after a PIN")
H("count", ["A:which one do you want",
            "C:the {{second}} one the blue"])
H("count", ["A:did they all arrive",
            "C:{{two}} of them did"])
H("count", ["A:whats the number on the order",
            "C:its my mobile [[oh seven eight eight one, four four three, two nine oh]]",
            "A:and how many are missing",
            "C:{{four}}"],
  [sec("phone", "07881443290")], "bare answer to 'how many' after a phone number")
H("count", ["A:can i take your name",
            "C:[[marguerite delacroix]]",
            "A:thank you and what can i do",
            "C:ive sent {{seven}} emails and nobody answers"],
  [sec("name", "Marguerite Delacroix", "marguerite", "delacroix")], "after a name")
H("count", ["A:were you the first to report it",
            "C:i think i was {{first}} yeah"])
H("count", ["A:and the customer number",
            "C:[[c two two eight]] [[nine one four five]]",
            "A:okay and what happens",
            "C:it asks me to press {{five}} then cuts off"],
  [sec("account", "C2289145")], "menu key after a customer number")
H("count", ["A:date of birth please",
            "C:[[twenty sixth of october fifty eight]]",
            "A:and how often has it happened",
            "C:{{three times}} this week"],
  [sec("dob", "1958-10-26")], "after a date of birth")
H("count", ["A:how many deliveries have you missed",
            "C:{{ten}} at least"], note="answering 'how many'")
H("count", ["A:what did you rate us",
            "C:{{five stars}} before all this"])
H("count", ["A:and an email",
            "C:[[wei dot zhang eighty at qq dot com]]",
            "A:how many do you need",
            "C:{{one or two}} should be fine"],
  [sec("email", "wei.zhang80@qq.com", "zhang", "80")], "after an e-mail")
H("count", ["A:and your zip code",
            "C:[[three oh three one eight]]",
            "A:and what's wrong",
            "C:the elevator's out and im on the {{fourth}} floor"],
  [sec("zip", "30318")], "after a zip code")
H("count", ["A:are you calling about the same issue",
            "C:yes this is my {{sixth}} call"])
H("count", ["A:and your name",
            "C:[[bronagh mcaleese]]",
            "A:which ones are broken",
            "C:all {{three}} of the lamps"],
  [sec("name", "Bronagh McAleese", "bronagh", "mcaleese")], "after a name")
H("count", ["A:and the date of birth",
            "C:[[first of december eighty nine]]",
            "A:thanks and which item",
            "C:its {{number two}} on the list"],
  [sec("dob", "1989-12-01")], "list position after a date of birth")
H("count", ["A:how many parcels are you expecting",
            "C:{{twelve}}"], note="bare count")
H("count", ["A:is this your first order",
            "C:no my {{eighth}}"])
H("count", ["A:have you tried turning it off",
            "C:{{a hundred times}}"])
H("count", ["A:whats the account number",
            "C:[[six one five oh]] [[three three two eight]]",
            "A:and how often do the bins get missed",
            "C:{{twice a week}} it feels like"],
  [sec("account", "61503328")], "after an account number")
H("count", ["A:did the test calls work",
            "C:{{two out of three}}"])
H("count", ["A:i need your social to look into it",
            "C:[[seven one two]] [[six six]] [[oh three nine four]]",
            "A:thanks which statements are wrong",
            "C:the last {{five}}"],
  [sec("ssn", "712660394")], "after an SSN")
H("count", ["A:what's your postcode",
            "C:[[g twelve]] [[eight q h]]",
            "A:and how many texts did you get",
            "C:{{nine}} texts in an hour"],
  [sec("postcode", "G128QH", "g12", "g twelve", "8qh", "eight q h")], "after a glasgow postcode")
H("count", ["A:which one did you get",
            "C:the {{2nd}} one in the list"], note="ASR digit ordinal")
H("count", ["A:is it working now",
            "C:no and thats the {{third}} attempt"])
H("count", ["A:have you complained before",
            "C:{{4}} complaints already"], note="ASR digit")
H("count", ["A:and your email",
            "C:[[haruto dot sato at docomo dot ne dot jp]]",
            "A:thanks whats the problem",
            "C:i left {{twenty}} reviews and none show up"],
  [sec("email", "haruto.sato@docomo.ne.jp", "haruto", "sato")], "after an e-mail")
H("count", ["A:for billing press one for anything else press two",
            "D:{{2}}",
            "A:you pressed two please hold"], note="menu key")
H("count", ["A:how many of the kids need a ticket",
            "C:all of them so {{three}}"])
H("count", ["A:how many times did the engineer come out",
            "C:he came {{once}} and never came back"], note="'once'")

# ================================================================ harmless: labels and years
H("label", ["A:have you got an order number",
            "C:yeah its {{48213}}"], note="order number answering the agent")
H("label", ["A:and the phone number",
            "C:[[oh two eight nine four, seven one two, three oh five]]",
            "A:and which room was it",
            "C:room {{214}} on the second floor"],
  [sec("phone", "02894712305")], "room number after a phone number")
H("label", ["A:which bus was it",
            "C:the {{46}} into town"])
H("label", ["A:where are you now",
            "C:at gate {{twelve}} and nobody's here"])
H("label", ["A:whats the ticket reference",
            "C:ticket {{3391}} from last week"])
H("label", ["A:what phone have you got",
            "C:an {{iphone thirteen}}"])
H("year", ["A:how long have you been with us",
           "C:since {{2015}}"])
H("year", ["A:and your date of birth",
           "C:[[fourteenth of august sixty nine]]",
           "A:and when did you buy the car",
           "C:back in {{ninety eight}} brand new"],
  [sec("dob", "1969-08-14")], "purchase year after a date of birth")
H("year", ["A:when did you last update your details",
           "C:{{twenty nineteen}} i think"])
H("year", ["A:what model is it",
           "C:the {{2022}} one with the big screen"])
H("year", ["A:and the card number",
           "C:[[six oh one one, eight eight five two, eight seven two nine, one three oh four]]",
           "A:and when did you open the account",
           "C:{{nineteen ninety}} with my mother"],
  [sec("pan", "6011885287291304")], "year after a card")
H("year", ["A:when was the house built",
           "C:{{eighteen ninety}} its listed"])


# ================================================================ checks and output
HOMOPHONES = {"won": "one", "to": "two", "too": "two", "for": "four", "fore": "four", "ate": "eight"}
CATEGORIES = {"money", "time", "quantity", "count", "label", "year"}


def half(id_: str) -> str:
    return "tune" if hashlib.sha256(id_.encode()).digest()[0] % 2 == 0 else "sealed"


def _luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _read_digits(surface: str, months: bool) -> str:
    """The digits a surface says, homophones read as digits and (for expiry dates) month names as MM."""
    toks = []
    for t in scorer.tokens(surface):
        t = HOMOPHONES.get(t, t)
        if months and t in scorer.MONTHS:
            t = f"{scorer.MONTHS[t]:02d}"
        toks.append(t)
    return "".join(re.sub(r"\D", "", t) for t in scorer.word_numbers(toks))


def check(e: dict) -> None:
    id_ = e["id"]
    turns = [scorer.parse_turn(t) for t in e["turns"]]
    for raw, t in zip(e["turns"], turns):
        assert raw[:2] in ("A:", "C:", "D:") and raw[2:3] != " ", (id_, raw)
        assert raw.count("[[") == raw.count("]]") and raw.count("{{") == raw.count("}}"), (id_, raw)
        assert not re.search(r"[\[\]{}]", t["text"]), (id_, raw)
        if t["speaker"] == "agent":
            assert "[[" not in raw and "{{" not in raw, (id_, "markup in an agent turn")
    said = [t["text"] for t in turns if t["speaker"] != "agent"]
    for s in e["secrets"]:
        assert scorer.leaked(s, said), (id_, "undetectable unredacted", s)
        if s["kind"] == "pan":
            assert _luhn(s["value"]), (id_, "luhn", s["value"])
        if s["kind"] == "dob":
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", s["value"]), (id_, s)
        if s["kind"] not in DIGIT_SECRETS:
            assert s.get("terms") or s["kind"] == "dob", (id_, "needs terms", s)
    if e["secrets"] and e["_exact"] and all(s["kind"] in DIGIT_SECRETS for s in e["secrets"]):
        months = any(s["kind"] == "expiry" for s in e["secrets"])
        surfaces = [m for t in turns for m in scorer.SECRET_RE.findall(t["marked"])]
        got = "".join(_read_digits(x, months) for x in surfaces)
        want = "".join(re.sub(r"\D", "", s["value"]) for s in e["secrets"])
        assert got == want, (id_, "surfaces say", got, "values", want)
    if e["kind"] == "harmless":
        assert e["category"] in CATEGORIES, (id_, e["category"])
        assert any(t["keeps"] for t in turns), (id_, "no {{kept}} number")
    else:
        assert any(scorer.SECRET_RE.search(t["marked"]) for t in turns), (id_, "no [[secret]]")


def main() -> None:
    seen = set()
    rows, problems = [], []
    for e in ENTRIES:
        assert e["id"] not in seen, e["id"]
        seen.add(e["id"])
        try:
            check(e)
        except AssertionError as err:
            problems.append(str(err))
        row = {"id": e["id"], "half": half(e["id"]), "kind": e["kind"]}
        if "category" in e:
            row["category"] = e["category"]
        row.update({"note": e["note"], "turns": e["turns"], "secrets": e["secrets"]})
        rows.append(row)
    if problems:
        raise SystemExit("\n".join(problems))
    texts = [" ".join(r["turns"]) for r in rows]
    assert len(set(texts)) == len(texts), "two sequences say the same thing"
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by = Counter((r.get("category") or r["kind"], r["half"]) for r in rows)
    print(f"{len(rows)} sequences -> {OUT}")
    for k in sorted({k for k, _ in by}):
        print(f"   {k:10s} tune {by[k, 'tune']:3d}  sealed {by[k, 'sealed']:3d}")


if __name__ == "__main__":
    main()
