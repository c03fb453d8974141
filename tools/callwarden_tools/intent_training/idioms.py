"""Everyday idioms as hard negatives: venting and dying words said about life, not about the call.

"The pollen is doing my head in", "I'm dying for a coffee", "my knees are killing me":
frustration and distress words aimed at the weather, the body, family, pastimes or
travel. Each frame below is its own template (so the trainer's held-out folds test a
frame it never saw), and each slot is a family, so the model learns the pattern
(a venting phrase x an everyday thing) rather than sentences. Service-directed
versions of the same phrases stay positives (see positives.py), which is what
teaches the model that the object matters.
"""

from __future__ import annotations

IDIOM_SLOTS: dict[str, list[str]] = {
    "idiom_thing": ["<idiom_det> <idiom_weather>", "<idiom_det> <idiom_weather>", "<idiom_det> <idiom_weather>",
                    "my <idiom_body>", "my <idiom_body>", "<idiom_people>", "<idiom_people>",
                    "<idiom_det> <idiom_pastime>", "<idiom_det> <idiom_pastime>", "<idiom_det> <idiom_travel>"],
    "idiom_det": ["the", "this", "all this", "that", "this stupid", "the bloody", "this awful", "the", "this"],
    "idiom_weather": ["weather", "heat", "heatwave", "rain", "snow", "wind", "cold", "humidity", "fog", "frost",
                      "pollen", "wasps", "midges", "flies", "mosquitoes", "slugs in the garden", "winter", "summer",
                      "dark mornings", "sleet", "drizzle", "storms", "thunder", "hail", "ice on the roads",
                      "grey skies", "muggy weather", "hot weather", "wet weather", "sunshine"],
    "idiom_body": ["back", "knees", "feet", "neck", "hip", "hangover", "jet lag", "sunburn", "hay fever",
                   "bad knee", "shoulder", "ankle", "blisters", "toothache", "allergies", "sciatica", "bunion",
                   "tennis elbow", "sinuses", "ingrown toenail"],
    "idiom_people": ["the kids", "my kids", "the twins", "my teenager", "the baby", "my husband", "my wife",
                     "my partner", "my mother-in-law", "the in-laws", "my flatmate", "the neighbours",
                     "next door's dog", "our cat", "the puppy", "my boss", "my colleagues", "my sister",
                     "my brother", "my dad", "my mum", "my son", "my daughter", "the grandkids", "my fiance",
                     "my roommate", "the lads at work", "my other half"],
    "idiom_pastime": ["match", "referee", "film", "last episode", "crossword", "golf", "diet", "exams", "garden",
                      "ironing", "decorating", "wedding planning", "stairs", "hill", "suspense", "cliffhanger",
                      "hoovering", "allotment", "cricket", "quiz last night", "new series", "revision", "housework",
                      "washing up", "school holidays", "football", "new album", "jigsaw", "knitting", "DIY"],
    "idiom_travel": ["traffic", "commute", "roadworks", "school run", "builders next door", "rush hour",
                     "diversion", "one-way system", "level crossing"],
    "idiom_vent": [
        "driving me crazy", "driving me mad", "driving me nuts", "driving me up the wall", "driving me round the bend",
        "driving me bananas", "doing my head in", "getting on my nerves", "killing me", "a nightmare", "unbearable",
        "ridiculous", "a joke", "the worst", "annoying", "so annoying", "a pain", "murder", "torture",
        "sending me loopy", "making me miserable", "wearing me out", "a right pain", "absolutely brutal",
        "doing me in", "beyond a joke", "winding me up", "testing my patience",
    ],
    "idiom_fed_up": ["fed up", "sick", "sick and tired", "tired", "done", "bored", "sick to death", "fed up to the back teeth"],
    "idiom_treat": ["a coffee", "a cup of tea", "a holiday", "a sit down", "the weekend", "a cold drink", "my lunch",
                    "a curry", "a day off", "a lie in", "some sunshine", "a biscuit", "a pint", "a long bath"],
    "idiom_dying_of": ["boredom", "thirst", "hunger", "laughter", "curiosity", "embarrassment", "the heat", "cold",
                       "envy", "shame"],
    "idiom_fear": ["spiders", "heights", "flying", "the dentist", "needles", "clowns", "snakes", "public speaking",
                   "the dark", "dogs"],
    "idiom_saw": ["the price", "the score", "the news", "the bill from the restaurant", "the size of it",
                  "my exam results", "the ending", "the spider in the bath"],
    "idiom_song": ["Killing Me Softly", "Stayin' Alive", "Highway to Hell", "Another One Bites the Dust",
                   "I Will Survive", "Bleeding Love", "Toxic", "Don't Stop Me Now", "Help!", "Disturbia"],
    "idiom_lead": ["", "", "", "honestly", "oh", "ugh", "phew", "gosh", "sorry", "<greet>", "oh my word", "blimey"],
    "idiom_tail": ["", "", "", "anyway <intro> <thing>", "but anyway <intro> <thing>", "haha", "anyway",
                   "what can you do", "but that's not why I'm calling", "anyway, <do_thing_ask>", "honestly",
                   "so <intro> <thing>"],
    "do_thing_ask": ["can I <do_thing>", "I'd like to <do_thing>", "I need to <do_thing>"],
}

_FRAMES = [
    "<idiom_thing> {is|are|has been|have been|was|were|keeps|keep} {really|so|absolutely|just|} <idiom_vent>",
    "I'm {so|really|absolutely|just|totally|} <idiom_fed_up> {with|of} <idiom_thing>",
    "{I'm {so|totally|} over|I've had enough of|I can't {stand|bear|take}} <idiom_thing> {anymore|much longer|already|}",
    "I'm {losing my mind|going spare|going round the twist} {with|over|because of} <idiom_thing>",
    "{what is|what's} {going on|up} with <idiom_thing> {lately|this year|today|}",
    "what {a nightmare|a pain|a drag|a joke} <idiom_thing> {was|is|has been} {today|this week|lately|}",
    "{I'm|I was} dying {of|from} <idiom_dying_of> {today|in here|at work|at the party|}",
    "I'm {dying|gasping} for <idiom_treat>",
    "{I'm|I was} {bored|starving|worried|tired|sick} to death {today|at work|of <idiom_thing>|}",
    "{I'm|I've always been} {scared|terrified|frightened} to death of <idiom_fear>",
    "{I {could|would|'d} {kill|die} for|I could {murder|demolish}} <idiom_treat>{ right now|}",
    "I {nearly|almost} {had a heart attack|died|had a fit|fell off my chair} when I {saw|heard|got} <idiom_saw>",
    "{that|the film|the match|the ending|the scary bit} {nearly|almost} gave me a heart attack",
    "<idiom_thing> {will|is going to|is gonna} be the {death|end} of me",
    "<idiom_thing> {is killing me|will kill me|is going to kill me|will finish me off|are killing me}",
    "{they were playing|I love|I can't stop humming|the radio was playing} <idiom_song> {earlier|on the radio|}",
    "{that|it|he|she|the comedian|the show} {absolutely|totally|just|} {killed me|cracked me up|had me in stitches}",
    "I nearly died laughing at <idiom_thing>",
]

# Each frame with an optional chatty lead and tail, as callers open or close small talk.
IDIOM_TEMPLATES = [f"<idiom_lead>{{,|}} {frame}{{,|.}} <idiom_tail>" for frame in _FRAMES]
