"""Round 9, harmless quantities, counts, labels and years: measurements, ages, counts answering a
question, bus routes, a shop's street number, model numbers, years; many right after a secret was
read out, so the number sits where a digit run or a street number would go."""
from tests.redaction_probes.round9_entries import AD, DG, DOB, N, keep

# ------------------------------------------------------------------ quantity
keep("quantity", "litres after a phone number", [
    "A:number to reach you on",
    "C:[[oh eight five]] [[one one two]] [[three four four five]]",
    "A:and how much oil did they deliver",
    "C:{{two litres}} short, the gauge says",
], DG("phone", "0851123445"))
keep("quantity", "height for a bike frame", [
    "A:how tall is the rider",
    "C:{{five foot ten}}",
])
keep("quantity", "shed dimensions", [
    "A:what size shed",
    "C:{{six by four}}, the pent roof one",
])
keep("quantity", "luggage weight, nigerian", [
    "A:how heavy is the second bag",
    "C:{{twenty kilos}} exactly, i weighed it",
])
keep("quantity", "tv size after an address", [
    "A:and the delivery address",
    "C:[[fifty five mossley]], the one by the chippy",
    "A:which telly was it",
    "C:the {{thirty two inch}} one",
], AD("55 mossley", "mossley"))
keep("quantity", "carpet length", [
    "A:how much carpet do you need",
    "C:{{twelve metres}} roughly, its the landing and stairs",
])
keep("quantity", "grams", [
    "A:what weight was the parcel",
    "C:about {{four hundred grams}}",
])
keep("quantity", "age shaped like a year or a day", [
    "A:and how old is the policyholder",
    "C:my mum's {{eighty four}}",
])
keep("quantity", "weight of fudge, scottish", [
    "A:how much did ye order",
    "C:{{half a pound}} of the tablet and it came melted",
])
keep("quantity", "kilowatts after an account number", [
    "A:your account number",
    "C:[[eight one one four]] [[two two nine oh]]",
    "A:and the inverter size",
    "C:{{two point four}} kilowatt",
], DG("account", "81142290"))
keep("quantity", "shoe size", [
    "A:what size were the boots",
    "C:size {{nine}}, and they sent a {{seven}}",
])
keep("quantity", "miles", [
    "A:how far is the drop off",
    "C:about {{a hundred and fifty miles}} each way",
])
keep("quantity", "temperature", [
    "A:why's the heating a problem",
    "C:it was {{minus five}} last night and the house was freezing",
])
keep("quantity", "data allowance", [
    "A:how much data were you promised",
    "C:{{forty gig}} and i'm getting about {{ten}}",
])
keep("quantity", "thermostat", [
    "A:what's the thermostat set to",
    "C:{{eighteen}} degrees and its like a fridge in here",
])
keep("quantity", "grandmother's age after her name", [
    "A:who is the account holder",
    "C:my nan, [[peggy wilkins]]",
    "C:shes {{ninety two}} so i do it all for her",
], N("peggy wilkins", "peggy", "wilkins"))
keep("quantity", "distance in metres", [
    "A:how far is the nearest parking",
    "C:{{fifty metres}} maybe, down the lane",
])
keep("quantity", "tonnes of gravel", [
    "A:what's the order",
    "C:{{one and a half}} tonnes of the pea gravel",
])
keep("quantity", "age of a teen son after a dob", [
    "A:your date of birth",
    "C:[[nine nine seventy five]]",
    "A:and your son's age for the insurance",
    "C:{{seventeen}}, he just passed",
], DOB("1975-09-09"))
keep("quantity", "sixty five inch after a card", [
    "A:go ahead with the card",
    "C:[[four four eight five]] [[nine double oh six]] [[one one seven three]] [[three five four one]]",
    "A:and was that the fifty five or the sixty five",
    "C:the {{sixty five}} inch",
], DG("pan", "4485900611733541"))

# ------------------------------------------------------------------ count
keep("count", "how many people", [
    "A:how many in the party",
    "C:{{six}}",
])
keep("count", "kids, irish", [
    "A:how many children will be travelling",
    "C:{{three}}, the youngest is only a baby",
])
keep("count", "adults and children", [
    "A:and who's coming",
    "C:{{two adults and four children}}",
])
keep("count", "boxes after a postcode", [
    "A:postcode for the collection",
    "C:[[g twelve]] [[eight q q]]",
    "A:and how many boxes",
    "C:{{eleven}}",
], AD("g12 8qq", "eight q q"))
keep("count", "chairs for an event", [
    "A:how many chairs",
    "C:{{forty}}, and {{five}} round tables",
])
keep("count", "a dozen", [
    "A:how many roses",
    "C:{{a dozen}}, red",
])
keep("count", "count after a name spelled", [
    "A:name on the order",
    "C:[[m u l d o o n]]",
    "A:how many units did you want",
    "C:{{twenty two}}",
], N("muldoon", "muldoon"))
keep("count", "tickets after a card", [
    "A:card please",
    "C:[[five two nine nine]] [[oh four seven eight]] [[one one six five]] [[three two oh three]]",
    "A:and how many tickets was that",
    "C:{{four}}",
], DG("pan", "5299047811653203"))
keep("count", "emails sent", [
    "C:yeah hi i've sent {{seven}} emails about the fridge and no one answered",
])
keep("count", "missed calls", [
    "A:we've no record of your call",
    "C:i've {{nine}} missed calls from yous on my phone",
])
keep("count", "times tried", [
    "A:how often has it failed",
    "C:{{three}} times this week",
])
keep("count", "pallets", [
    "A:how many pallets on the lorry",
    "C:{{fifteen}}",
])
keep("count", "guests", [
    "A:how many guests are you expecting",
    "C:about {{a hundred and ten}}",
])
keep("count", "count after a phone number, south african", [
    "A:cell number",
    "C:[[oh eight two]] [[five five five]] [[oh one two three]]",
    "A:and how many sim cards",
    "C:{{two}}",
], DG("phone", "0825550123"))
keep("count", "count of rooms", [
    "A:how many rooms need painting",
    "C:{{four}} and the hall",
])
keep("count", "counted items in a list", [
    "A:what's missing from the order",
    "C:{{two}} of the plates and {{one}} bowl",
])
keep("count", "after an account number", [
    "A:account number",
    "C:[[three oh oh nine]] [[one five seven two]]",
    "A:and how many payments bounced",
    "C:{{two}}",
], DG("account", "30091572"))
keep("count", "pupils on a trip", [
    "A:how many students in the group",
    "C:{{thirty one}} and {{four}} teachers",
])
keep("count", "scoops, teen", [
    "A:how many scoops",
    "C:{{three}} please",
])
keep("count", "kittens", [
    "A:how many animals at the property",
    "C:{{two}} dogs and like {{five}} kittens at the minute",
])

# ------------------------------------------------------------------ label
keep("label", "bus route", [
    "A:which bus were you on",
    "C:the {{forty six}} to town",
])
keep("label", "phone model", [
    "A:which phone is it",
    "C:iphone {{fifteen}}",
])
keep("label", "platform", [
    "A:where did you leave the bag",
    "C:on the bench at platform {{nine}}",
])
keep("label", "hotel room number after a name", [
    "A:name on the reservation",
    "C:[[ingrid solberg]]",
    "A:and the room",
    "C:room {{two oh four}}",
], N("ingrid solberg", "ingrid", "solberg"))
keep("label", "the shop's street number, a public business", [
    "A:which branch did you buy it from",
    "C:the one at {{twelve}} high street, next to boots",
])
keep("label", "tv channel", [
    "A:which channel is missing",
    "C:{{one oh one}}, all the sport",
])
keep("label", "motorway junction", [
    "A:where did the car break down",
    "C:just after junction {{fourteen}} on the m six",
])

# ------------------------------------------------------------------ year
keep("year", "car year", [
    "A:what car is it",
    "C:a {{twenty nineteen}} corolla",
])
keep("year", "customer since", [
    "A:how long have you been with us",
    "C:since {{two thousand and eight}}",
])
keep("year", "back in, after a dob", [
    "A:date of birth",
    "C:[[one four sixty one]]",
    "A:and when did you take the policy out",
    "C:back in {{ninety six}}",
], DOB("1961-04-01"))
keep("year", "house built", [
    "A:how old is the property",
    "C:built in {{eighteen ninety}}",
])
keep("year", "world cup year", [
    "A:what's on the commemorative plate you ordered",
    "C:the {{nineteen sixty six}} team",
])
keep("year", "moved in", [
    "A:when did you move in",
    "C:in {{twenty twenty two}}",
])
