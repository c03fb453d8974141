"""Slot fillers for the frames, and the words a phone line and tiny.en put between people and text.

Every slot entry belongs to one half (suite.py hashes the slot name and entry), so the sealed
half's fillers are as unseen as its frames. Slots hold enough entries that each half gets some.
"""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    "human": ["a real person", "an actual human", "a human being", "a live agent", "somebody real",
              "one of your staff", "a proper person", "an operator", "a representative", "a supervisor",
              "the manager", "someone in charge", "a team leader", "someone senior", "a member of staff",
              "a customer service rep", "someone who works there", "a living breathing person",
              "your supervisor", "the person in charge", "an adviser", "a human"],
    "contacting": ["calling", "ringing", "texting", "emailing", "phoning", "messaging", "contacting",
                   "pestering", "bothering", "cold calling"],
    "contact_verb": ["call", "ring", "text", "phone", "contact", "email", "message"],
    "when": ["tomorrow", "this afternoon", "later today", "on Monday", "first thing in the morning", "after five",
             "next week", "when you know more", "once it's sorted", "in an hour", "this evening",
             "at lunchtime", "on Friday", "when someone's free", "before the weekend", "after six"],
    "topic": ["the engineer", "my last bill", "the way I was treated", "your call centre", "the delivery driver",
              "the overcharging", "the repair", "your staff", "the service I got", "the missing refund",
              "the broken boiler", "the cancelled flight", "the damage to my car", "my mum's care home bill"],
    "person": ["my husband", "my wife", "my mum", "my dad", "my son", "my daughter", "my neighbour",
               "my flatmate", "my grandad", "the lady next door", "my partner", "my little boy", "my nan",
               "my brother", "a man in the street", "my friend"],
}

FILLERS = ["um", "uh", "erm", "like", "you know", "I mean", "so", "well", "right", "basically", "sort of"]

# Pairs tiny.en swaps on a phone line; the first is the word said, the second what is written.
HOMOPHONES = [("to", "too"), ("to", "two"), ("for", "four"), ("right", "write"), ("no", "know"),
              ("there", "their"), ("your", "you're"), ("here", "hear"), ("mail", "male"),
              ("through", "threw"), ("would", "wood"), ("by", "buy"), ("one", "won"), ("want to", "went to"),
              ("want", "won't"), ("I'd", "I"), ("call", "cold"), ("weight", "wait"), ("made", "maid")]

# Spoken runs written as one word, or one word split, as Whisper does.
MERGES = [("want to", "wanna"), ("going to", "gonna"), ("got to", "gotta"), ("let me", "lemme"),
          ("call back", "callback"), ("some one", "someone"), ("anymore", "any more"), ("cannot", "can not"),
          ("kind of", "kinda"), ("out of", "outta"), ("don't know", "dunno"), ("all right", "alright"),
          ("someone", "some one"), ("myself", "my self"), ("a lot", "alot")]
