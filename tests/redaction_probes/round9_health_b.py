"""Round 9, health (second half): the same kinds, more ASR damage (split or glued drug and condition
names, letters said one by one), more mental health and more relatives."""
from tests.redaction_probes.round9_entries import health

health("uk, low mood as why calls were missed", [
    "A:we've tried you a few times this week is everything alright",
    "C:sorry yeah i've been [[really low]], like [[not washing, crying all the time]], i just let it ring",
], "really low", "crying all the time")
health("us, ozempic split by asr, fridge repair", [
    "A:what's the issue with the refrigerator",
    "C:its not holding temp and i need it fixed like asap cause my [[oh zempic pens]] have to stay cold",
], "zempic")
health("indian, mother's cataract surgery as why travel is off", [
    "A:ma'am the booking is for the twenty second, you want to cancel",
    "C:yes cancel only, amma has [[cataract operation]] on twentieth so we can't travel",
], "cataract")
health("nigerian, hepatitis b told to an insurer", [
    "A:is there anything else you want to declare on the form",
    "C:yes i am [[carrying hepatitis b]] but [[my viral load is low]], they are monitoring it",
], "hepatitis", "viral load")
health("scottish, bulimia said indirectly", [
    "A:so you wanted to cancel the all inclusive bit, how come",
    "C:cause i'll just end up eating loads and then [[making myself sick after]], its [[a thing i've had since school]]",
], "making myself sick")
health("us teen, nicotine patches", [
    "A:so why'd you return the hoodie",
    "C:it was too small and also like it smelled of vape and im [[trying to quit the vape]], im [[on the patches]] now",
], "quit the vape", "patches")
health("australian, partner's bipolar and a charge dispute", [
    "A:so you're disputing all six of these transactions",
    "C:yeah look me partner's [[bipolar]] and [[he went manic last week]] and spent the lot on the card",
], "bipolar", "manic")
health("uk, prep from the clinic", [
    "A:what was in the parcel",
    "C:its my [[prep pills from the sexual health clinic]] they post them discreet in a brown box",
], "prep pills", "sexual health")
health("irish, pregnancy in slang", [
    "A:and why is it you want to drop the gym membership",
    "C:ha well i'm [[up the duff]] so the doctor said no more of the boxing class",
], "up the duff")
health("us, power chair user needs the ramp", [
    "A:anything we need to know before the day at the venue",
    "C:yeah i [[use a power chair]] so i need the ramp side not the stairs",
], "power chair")
health("welsh, registered blind", [
    "A:can you read me the code on the back of the box",
    "C:no i can't love i'm [[registered blind]], [[macular]], my grandson reads them for me",
], "registered blind", "macular")
health("south african, arvs by their nickname", [
    "A:why do you need the parcel sent somewhere other than your home",
    "C:i dont want it at home, it's [[my arvs]] and my family doesnt know i'm [[positive]]",
], "arvs", "positive")
health("uk, gambling addiction, card block", [
    "A:you asked about a block on the card",
    "C:yeah i've got [[a gambling problem]] and [[my counsellor]] said to ask about blocking the betting sites",
], "gambling problem", "counsellor")
health("us, endo shortened", [
    "A:ok you're asking to work from home three days",
    "C:yeah my [[endo]] flares every month and [[i cant stand up straight]] for like two days",
], "endo", "cant stand up straight")
health("barbadian elderly, amputation", [
    "A:the delivery man says there are too many steps",
    "C:yes darlin i know, since dem [[tek off mi foot]] i cant come down de steps so leave it by de gate",
], "tek off mi foot")
health("nigerian, bp as reason for early leave", [
    "A:why do you want to leave before the shift ends",
    "C:my [[b p is very high]] today, i am [[feeling dizzy]], let me go and check it",
], "b p", "dizzy")
health("indian teen, psychiatrist and sleeping tablets", [
    "A:you want to defer the exam, what is the reason",
    "C:sir actually [[psychiatrist]] has put me on [[sleeping tablets]] because of stress i am not able to study",
], "psychiatrist", "sleeping tablets")
health("uk elderly, waiting on a scan for a lump", [
    "A:shall i put the holiday through then",
    "C:not yet love i'm waiting on [[the results of the ct scan]] for [[the lump in me neck]]",
], "ct scan", "lump")
health("nz, postnatal low mood", [
    "A:you mentioned you want to pause the mortgage payments",
    "C:yeah since the baby i've [[not felt like myself]], [[the midwife reckons it's postnatal]]",
], "not felt like myself", "postnatal")
health("australian, concussion at footy", [
    "A:why do you want to swap to a later session",
    "C:i [[got knocked out at footy]] saturday and i'm still [[seeing double]]",
], "knocked out", "seeing double")
health("us, termination told to an employer line", [
    "A:and the reason for the two days leave",
    "C:i had a [[procedure at planned parenthood]] to [[end a pregnancy]] and i need to rest",
], "planned parenthood", "end a pregnancy")
health("scottish, methadone pickup", [
    "A:can ye come in for the interview at half eight",
    "C:can it be ten, i've to [[get my methadone]] at the chemist first [[supervised]] like",
], "methadone", "supervised")
health("indian, dengue and platelets", [
    "A:sir your visa appointment was missed",
    "C:yes madam i was admitted, [[dengue]] was there and [[platelets were dropping]] daily",
], "dengue", "platelets")
health("uk, ocd said as letters", [
    "A:you're reporting the lock as faulty",
    "C:not faulty exactly its my [[o c d]] i [[check it like twenty times]] and the handles gone loose",
], "o c d", "check it like twenty times")
health("south african, asthma pump", [
    "A:what was stolen from the car",
    "C:my handbag with my [[asthma pump]] in it, i [[cant breathe at night]] without it",
], "asthma", "cant breathe")
health("irish, son's autism", [
    "A:is there anything that would help on the day",
    "C:yeah the young lad is [[autistic]] and he [[doesnt cope with the noise]] so could we go in early",
], "autistic", "doesnt cope with the noise")
health("us elderly, cpap and a power cut", [
    "A:ok ma'am we show an outage in your area",
    "C:well i [[sleep with a cpap]] honey so i need the power back on tonight",
], "cpap")
health("nigerian, mother's kidney transplant", [
    "A:you want to withdraw from the savings plan early",
    "C:yes my mother [[needs a kidney transplant]] in india and we must pay the hospital",
], "kidney", "transplant")
health("elderly english, shingles", [
    "A:do you want to reschedule the chimney sweep",
    "C:yes please i've [[got the shingles round me middle]] and i'm [[not fit to be up]]",
], "shingles", "not fit to be up")
health("us, std told as a symptom", [
    "A:sorry the line dropped, what were you calling about",
    "C:i think i [[caught something off my ex]] it [[burns when i pee]]",
], "caught something", "burns when i pee")
health("australian, morning sickness", [
    "A:you wanna change the breakfast tour to the afternoon",
    "C:yeah i'm [[chucking up every morning]], [[first trimester]] stuff",
], "chucking up", "trimester")
health("welsh, hrt patches", [
    "A:what was missing from the order",
    "C:my [[h r t patches]], i'm [[having hot flushes]] something terrible without them",
], "h r t", "hot flushes")
health("indian elderly, father's paralysis", [
    "A:who will sign the documents",
    "C:my father had [[paralysis attack right side]] so he cannot hold the pen, i will sign",
], "paralysis")
health("us teen, hormones by drug name", [
    "A:what's the package you're tracking",
    "C:its my [[estradiol]] refill and [[the spiro]], i really cant miss doses",
], "estradiol", "spiro")
health("scottish, father's drinking and liver", [
    "A:you're wanting to take over the bills for the house",
    "C:aye ma da's [[back on the drink]] and [[his liver's packing in]], he cannae manage it",
], "on the drink", "liver")
health("jamaican, gout", [
    "A:the chair you ordered, is there a problem",
    "C:no problem wid chair, is mi [[gout]] mi [[big toe swell up]] so mi cyaan go collect it",
], "gout", "toe swell up")
health("polish speaker, knee meniscus", [
    "A:you want to cancel the ski pass",
    "C:yes because i have [[operation on my knee]], the [[meniscus]] is broken",
], "operation on my knee", "meniscus")
health("spanish speaker in us, gestational diabetes", [
    "A:so you want the no sugar version of the cake",
    "C:yes because my wife she have [[the diabetes of the pregnancy]] the doctor say no sugar",
], "diabetes", "pregnancy")
health("uk, piles", [
    "A:why do you want the aisle seat",
    "C:honestly i've got [[piles]] so bad i [[cant sit long]] so i need to get up and walk",
], "piles", "cant sit long")
health("us, psychiatric admission after an attempt", [
    "A:you missed three payments in a row in august",
    "C:yeah i know i was [[in the psych ward]] for a while after [[i tried to end it]], im doing better now",
], "psych ward", "tried to end it")
