"""Caller turns that carry no intent, grouped by what makes them hard.

- `near`: the words of an intent aimed at something else ("transfer the money", "stop the
  direct debit", "my agent", "report a leak");
- `idiom`: everyday figures of speech that sound like frustration or distress when read word
  by word ("the traffic is killing me", "I'm dying to see it", "the kids are driving me mad");
- `negated`: the intent said and denied ("I don't need a manager", "no need to call back");
- `topic`: questions about the subject, not the act ("what's your complaints policy?", "is this
  call recorded?", "what's the callback number?");
- `later`: time words with no request behind them ("I'll ring back later", "talk later");
- `contact`: contact details given, as the detector sees them (masked), with no request to be
  contacted ("my email is [EMAIL]", "the new number is [PHONE]", "the code went to [PHONE]");
- `plain`: ordinary errands; also used as the context clause around other turns.
"""

from __future__ import annotations

NEAR = [
    "can you transfer (fifty|a hundred|two hundred) (quid|pounds|dollars) to my savings",
    "(please|) stop the (direct debit|standing order|automatic payment) on my account",
    "my (insurance|travel|estate|letting) agent said (to call you|you could help)",
    "the person I (spoke to|talked to) (yesterday|last week) was (lovely|really helpful)",
    "I want to report a (leak|power cut|broken streetlight|lost card|stolen phone)",
    "can you remove the (late fee|admin charge|extra bundle) from my bill",
    "cancel my (order|appointment|booking) please, I found it cheaper",
    "(please|can you) record my meter reading, it's (four five two one|one two eight nine)",
    "my manager (needs|asked for) a (receipt|VAT invoice) for this",
    "(human|the human) resources (team|department) asked me to ring about my payslip",
    "can you put me down for the (morning|afternoon) slot",
    "I'd like to make a claim on my (home|car|travel) insurance",
    "my (son|daughter|sister) is a (solicitor|lawyer) so she's helping with the paperwork",
    "the (robot|robotic) (vacuum|hoover|lawnmower) I bought (won't charge|is broken)",
    "can you send the (parcel|replacement) to my (work|mum's) address instead",
    "can I speak to you about (changing my tariff|my bill|moving house)",
    "I need to update my emergency contact (number|details)",
    "my (fire alarm|smoke detector|carbon monoxide alarm) keeps beeping, how do I change the battery",
    "I need a repeat prescription for my (inhaler|blood pressure tablets)",
    "can you connect my new (smart meter|router) to the account",
    "I'm (calling|phoning) to check whether my old complaint affected my credit score",
    "I'd like to book an appointment with the (nurse|engineer|optician)",
    "the operator (at the front desk|on the shuttle bus) was (brilliant|really kind)",
    "please take my old address off the account, I've moved",
    "the engineer said to call you once the part arrived",
]

IDIOM = [
    "(this heat|my back|the traffic|this commute) is (killing me|murder), anyway I'm calling about my bill",
    "I'm dying to (see|know|try) (the new menu|what's in the parcel|how it ends)",
    "the (kids|neighbours|dogs) are driving me (crazy|mad|up the wall) but that's not why I'm calling",
    "(ha|haha), I nearly had a heart attack when the parcel finally turned up, thank you",
    "that (dress|new phone|cake) is to die for",
    "my phone (died|is dying) (earlier|on me), that's why we got cut off",
    "I'm killing time (until my train|before my appointment), so no rush",
    "my (husband|wife|mum) will kill me if I forget to pay this",
    "I could murder a cup of tea, sorry, (go on|carry on)",
    "I'm (sick|poorly|ill) (with the flu|with a cold), so I missed the delivery",
    "my feet are killing me from all this walking, (anyway|so), the refund",
    "it's a (nightmare|madhouse) at work today, so can we be quick about the (booking|order)",
    "the (football|match|film) last night was a joke, anyway, my account",
    "I'm (dead|absolutely dead) on my feet, (what|so what) do I need to do next",
    "the battery is (dead|flat) on my (car|smoke alarm)",
    "this weather is (doing my head in|driving me mad), I just want to check my order",
    "(ha|lol), my (boss|teenager) (drives|is driving) me (nuts|bonkers), anyway",
    "I'm (starving|famished), so let's be quick, what's my balance",
    "it's all gone (pear shaped|to pot) with my (garden|diet) this week, ha, anyway",
    "you're a lifesaver, thank you (so much|ever so much)",
]

NEGATED = [
    "I don't (need|want) (a manager|a supervisor|to speak to anyone else), you're doing fine",
    "(no need|there's no need) to (call me back|ring me|email me), I'll check online",
    "I'm not (making|trying to make) a complaint, I just want to understand the charge",
    "I don't mind (being recorded|the recording|you recording it)",
    "(no|nah), I'm (not in any danger|fine), I've just locked myself out",
    "I'm not (angry|annoyed|upset), I just want to check something",
    "(please|) keep (sending|texting) me the reminders, they're (useful|handy)",
    "I don't want to (cancel|stop) my plan, just change the date",
    "I'm happy (to be recorded|for you to record it|talking to the automated service)",
    "you don't (have|need) to transfer me, this is fine",
    "I'm not going to (sue|take anyone to court), I just want a refund",
    "(don't|no need to) (send|post) me a letter, I'll read it on the app",
]

TOPIC = [
    "what's your complaints (policy|procedure)",
    "(is this call|are these calls) (recorded|being recorded)",
    "what's the callback number (for the engineers|for billing|)",
    "how long do you (keep|store) the (call recordings|recordings)",
    "(do|does) your (chatbot|automated system) (work|open) at weekends",
    "what's your email address (for invoices|for orders|)",
    "how do I (update|change) my (contact|marketing) preferences",
    "is there a number I can (call|ring) if the boiler breaks (at night|at the weekend)",
    "what time does the (complaints|customer service) line open",
    "does the (manager|supervisor) (work|come in) on Saturdays",
    "can you tell me how (a|the) callback (works|system works)",
    "what happens to my data if I (close|cancel) the account",
]

LATER = [
    "I'll (ring|call) (back|you back) later when I've got my card",
    "(ok|right|lovely), talk (later|soon), bye",
    "I'm (out|busy|at work) later so (I'll|I will) (call|ring) you tomorrow",
    "(later on|later) I'll have the reference number (to hand|with me)",
    "my (husband|wife|son) will (call|ring) you later about it",
    "I'll get back to you once I've (checked|spoken to my wife)",
    "(the|my) back (door|gate) won't lock properly",
    "you can (call|reach) me on my (mobile|cell) (instead|if needed)",
    "I got the (email|text|letter) you sent, thanks",
    "(can you|please) call me (a taxi|an Uber) to the station, (ha|joking)",
    "I'll (email|text) you the photos (later|tonight)",
    "I'll (try|call) again (later|in a bit|tomorrow) (then|)",
]

PLAIN = [
    "(hi|hello), I'm (calling|phoning|ringing) about my (bill|account|order)",
    "my (broadband|internet|wifi) keeps (dropping|cutting out) in the evenings",
    "I moved house last (month|week) and need to change my address",
    "can you tell me when my (parcel|delivery|refund) (will arrive|is due)",
    "I'd like to (upgrade|change) my (plan|tariff) to the (family|unlimited) one",
    "my reference number is (four four seven two|one nine three eight) (nine|six)",
    "(yes|yeah), that's (right|correct)",
    "sorry, you broke up there, could you (say that again|repeat that)",
    "is there a (branch|shop|store) near the (station|hospital|high street)",
    "the engineer was supposed to come this (morning|afternoon)",
    "(thanks|cheers), that's (everything|all I needed), (bye|goodbye)",
    "I need to reset my (password|PIN) for the app",
    "how much is it to (add|change) a (bag|seat) on my booking",
    "(um|er), I think it's under my (wife's|husband's|mum's) name",
    "my (meter|gas) reading looks (wrong|too high) this (month|quarter)",
]

CONTACT = [
    "(sure|yes|yeah), my email (is|address is) [EMAIL]",
    "(it's|that's) [PHONE], (that's|it's) my (mobile|landline|work number)",
    "the (phone number|number) on the account (is|should be) [PHONE]",
    "my (mobile|phone) (ends in|finishes with) [PHONE], if that helps (you find me|find the account)",
    "the (confirmation|receipt|invoice) went to [EMAIL] but (it never arrived|I can't find it)",
    "(please|can you) update my email to [EMAIL]",
    "I changed my number (last month|recently), the new one is [PHONE]",
    "the (code|text|one time code) (went|was sent) to [PHONE], (not my new phone|which I don't have any more)",
    "(it's|it should be) registered (under|to) [EMAIL]",
    "I'm calling from [PHONE] (if that|in case that) (helps|matters)",
    "my (wife's|husband's|son's) number is on there too, [PHONE]",
    "(um|er), the email I (used|signed up with) was [EMAIL], I think",
    "you (should|might) have [EMAIL] on file, (or maybe|or possibly) my old work one",
    "(the|my) login is [EMAIL] and I've forgotten the password",
    "I got an email from [EMAIL] (saying|telling me) my order (had shipped|was cancelled)",
    "(for security|to check it's me), my date of birth and [PHONE] as the contact",
    "(they|the shop) (rang|called) me from [PHONE] (yesterday|this morning), was that you",
    "the (delivery driver|courier) has [PHONE] as the contact (for the drop|number)",
    "my postcode is [ADDRESS] and my (phone|mobile) is [PHONE]",
    "(is|was) it [EMAIL] you (have|had) for me, or the other one",
]

KINDS = {"near": NEAR, "idiom": IDIOM, "negated": NEGATED, "topic": TOPIC, "later": LATER, "contact": CONTACT,
         "plain": PLAIN}
