"""The words around a number that say what it is: currency, magnitudes, money verbs, time words,
units and counted things, labels. Read by safe.py and clocks.py (kept apart so each stays small)."""

from __future__ import annotations

import re

CURRENCY_SIGNS = {"$", "£", "€"}
CURRENCY_WORDS = {"dollar", "dollars", "bucks", "buck", "cents", "cent", "euros", "euro", "pounds", "quid",
                  "grand", "usd", "gbp", "eur", "pence", "p", "yen", "rupees", "rupee", "pesos", "peso", "francs",
                  "yuan", "rand", "dirhams", "cad", "aud", "jpy", "inr", "chf"}
# "2.5 million", "3 billion", "5k": a size, said of money or crowds; nobody reads a card, a PIN or a
# phone number out with a magnitude after a group. "k"/"m"/"bn" only glued to the number ("5k").
MAGNITUDES = {"million", "millions", "billion", "billions", "trillion", "thousand", "mil"}
GLUED_MAGNITUDES = {"k", "m", "bn", "mn"}
LARGE_MAGNITUDES = {"million", "millions", "billion", "billions", "trillion"}
MONEY_CUES = {"paid", "pay", "charged", "charge", "cost", "costs", "price", "priced", "total", "balance",
              "refund", "fee", "fees", "owe", "bill", "spent", "worth", "budget", "deposit", "credit", "tip",
              "came", "comes", "come", "charging", "costing", "paying", "refunded", "billed", "quote", "quoted",
              "estimate", "invoice", "invoiced", "rent", "fine", "fined", "overcharged", "discount", "rebate",
              "premium", "instalment", "installment", "payment", "surcharge", "excess", "tariff",
              # the other forms of the same verbs: "I'm still owed 30", "it costed", "she spends 40"
              "owed", "owes", "owing", "pays", "charges", "spend", "spends", "spending",
              "refunds", "refunding", "quotes", "quoting", "fines", "costed", "discounted", "reimbursed",
              # money moved: "they took 31.20 out of my account", "debited 45"
              "took", "taken", "takes", "debited", "deducted", "withdrew", "withdrawn", "transferred"}
# "the twenty first": the ordinal that ends a day of the month said as tens and a unit
DAY_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
RATE_PERIODS = {"month", "year", "week", "day", "night", "hour", "monthly", "annually"}
TIME_AFTER = {"am", "pm", "o'clock", "oclock", "tonight", "sharp", "ish"}
TIME_BEFORE = {"past", "after", "til", "till", "to", "until", "before", "around", "by", "at", "between", "since",
               "from"}
# "since 10 this morning", "at 6 tomorrow evening": a word before the part of the day
DAY_PART_OPENERS = {"this", "tomorrow", "yesterday", "on", "every", "each"}
DAY_PARTS = {"morning", "afternoon", "evening", "night", "noon", "midnight", "tomorrow", "today"}
UNIT_WORDS = {
    "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hrs", "day", "days", "week",
    "weeks", "month", "months", "year", "years", "decade", "decades", "times", "time", "mile", "miles", "km",
    "kilometer", "kilometers", "kilometre", "kilometres", "meter", "meters", "metre", "metres", "feet", "foot",
    "ft", "inch", "inches", "yard", "yards", "pound", "lbs", "lb", "kilo", "kilos", "kg", "gram", "grams",
    "ounce", "ounces", "oz", "liter", "liters", "litre", "litres", "gallon", "gallons", "percent", "%",
    "degrees", "degree", "gig", "gigs", "gb", "mb", "megabytes", "gigabytes", "mbps", "stars", "star",
    "people", "person", "guests", "adults", "kids", "children", "items", "item", "boxes", "box", "packages",
    "package", "bags", "bag", "tickets", "ticket", "nights", "night", "rooms", "room", "seats", "seat",
    "floors", "floor", "stops", "pieces", "piece", "pairs", "pair", "units", "lines", "line", "devices",
    "phones", "accounts", "cards", "card", "orders", "order", "bottles", "cases", "copies", "payments",
    "installments", "calls", "emails", "letters", "questions", "question", "things", "thing", "ways", "bucks",
    "rings", "attempts", "tries", "steps", "pills", "tablets", "doses", "moment", "sec", "secs", "more",
    # metric and electrical units as written or said
    "ml", "millilitre", "millilitres", "milliliter", "milliliters", "cl", "l", "cm", "centimetre", "centimetres",
    "centimeter", "centimeters", "mm", "millimetre", "millimetres", "millimeter", "millimeters", "mg", "milligrams",
    "kb", "tb", "terabytes", "kilobytes", "terabyte", "gigabyte", "megabyte", "kilobyte", "ghz", "mhz", "hz", "kw", "kwh", "watts", "watt", "volts", "volt",
    "amps", "mph", "kph", "kilowatt", "kilowatts", "megawatt", "megawatts",
    # weights, areas, volumes and engines as callers say them ("eleven stone four", "a 1600 cc engine")
    "stone", "stones", "tonne", "tonnes", "ton", "tons", "acre", "acres", "hectare", "hectares", "pint", "pints",
    "mil", "mils", "cc", "bhp", "psi",
    # line speeds as callers say them ("50 meg", "1.5 megabits")
    "meg", "megs", "megabit", "megabits", "gigabit", "gigabits", "gbps", "kbps", "mbit",
}
# Plural words that follow a number without counting things: what the number IS, not of what.
NOT_THINGS = {"digits", "digit", "numbers", "number", "numerals", "letters", "characters", "ones", "is",
              "was", "this", "thus", "yes", "his", "its", "as", "us", "plus", "thanks", "please", "address",
              "process", "access", "always", "perhaps", "towards", "less", "unless", "whereas", "bus",
              "miss", "yes", "guess", "pass", "class", "glass", "status", "bonus", "focus", "across"}
ADJECTIVES = {"square", "cubic", "sq", "more", "extra", "other", "new", "big", "small", "little", "different", "separate", "whole",
              "full", "additional", "more", "old", "young", "large", "same", "of", "the", "those", "these",
              "whole", "entire", "last", "past", "free", "missing", "broken", "damaged", "spare"}
LABEL_BEFORE = {"option", "press", "step", "level", "page", "room", "floor", "gate", "platform", "tier", "plan",
                "version", "channel", "chapter", "size", "grade", "section", "aisle", "row", "zone", "terminal",
                "window", "desk", "counter", "bay", "dock", "building", "ward", "bed", "lane", "route", "bus",
                "season", "episode", "series", "phase", "round", "question", "item", "slide", "figure"}
GROUP_NOUNS = {"party", "table", "family", "group", "team", "reservation", "booking", "pack", "set"}
YEAR_BEFORE = {"in", "since", "from", "until", "till", "by", "of", "year", "around", "circa", "before",
               "after", "back", "during", "early", "late", "mid", "spring", "summer", "fall", "autumn",
               "winter", "january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december"}
# "that one", "no one", "one of them": the pronoun, not a digit.
ONE_PRONOUN_BEFORE = {"the", "this", "that", "which", "no", "any", "every", "each", "another", "a", "other",
                      "some", "last", "next", "right", "wrong", "new", "old", "same", "only", "little", "big",
                      "good", "bad", "first", "second", "older", "newer", "cheaper", "red", "blue", "black",
                      "white", "one", "someone", "anyone"}
ONE_PRONOUN_AFTER = {"of", "day", "more", "another", "sec", "second", "moment", "minute", "thing", "question",
                     "time", "last", "way", "bit"}

WEAK = "weak"     # only a phone context is open: "call me back at three" is still a time
# a price written with cents ("19.99", "1,299.00"); a clock time written with a colon ("2:30")
CENTS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d{1,5})\.(\d{2})$")
CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")
