"""Round 9, health (first half): a health detail told plainly, no health word earlier in the call.

Symptoms in everyday words, mental health, pregnancy and fertility, sexual health, drugs by brand or
slang, procedures that tell the condition, disabilities, a relative's health; several as the reason
for a delay, a cancellation or a request. The terms are the revealing words inside the [[...]] span.
"""
from tests.redaction_probes.round9_entries import health

health("nigerian, reason for a missed instalment", [
    "A:madam we noticed the october instalment did not go through",
    "C:yes i know please i was admitted for one week it was the [[sickle cell crisis]] again",
], "sickle cell", "crisis")
health("scottish, symptom as the reason to move a delivery", [
    "A:and whats the reason ye need to push the delivery back",
    "C:ach i've been [[bringing up blood when i cough]] and they want me in on thursday so i'll no be in",
], "blood", "cough")
health("us teen, panic told as why they left a tour", [
    "A:hey so you left the tour early yesterday, want me to rebook you",
    "C:um yeah sorry i like [[had a panic attack]] in the gift shop and [[my chest went all tight]] so i just bounced",
], "panic", "chest went all tight")
health("irish elderly, husband's stroke as reason for a wheelchair-access room", [
    "A:is there anything we should know for the room",
    "C:there is yeah himself is after having [[a stroke]] in the summer",
    "C:and he cant use [[his left side]] at all so we'd need the downstairs one with no step",
], "stroke", "left side")
health("indian, wife's pregnancy and fit-to-fly letter", [
    "A:how can i help you today sir",
    "C:sir we booked to bangalore but my wife is [[expecting, she is in seventh month]]",
    "C:so airline is asking [[fit to fly letter from her gynae]], can we shift the date",
], "expecting", "seventh month", "gynae")
health("australian, vasectomy as why he can't do an install", [
    "A:so we've got the installer pencilled for friday arvo, does that work",
    "C:ah nah mate i'm booked in for [[the snip]] friday morning so i'll be [[laid up with frozen peas]] on the couch",
], "snip", "frozen peas")
health("uk, running out of an hiv drug by brand", [
    "A:royal mail tracking says it's held at the depot",
    "C:right well i really need it before monday cos it's my [[biktarvy]] and i've only got two left",
], "biktarvy")
health("south african, brother on tb treatment", [
    "A:who else will be staying at the property",
    "C:my brother but he's still [[on the tb treatment]] for another three months",
    "C:so he must have his own room the [[clinic]] said",
], "tb", "clinic")
health("welsh, dialysis days as scheduling constraint", [
    "A:what day suits you for the engineer",
    "C:well it'll have to be a tuesday or a thursday love",
    "C:monday wednesday friday i'm [[down the renal unit on the machine]] from eight till one",
], "renal", "machine")
health("jamaican elderly, low blood sugar and ambulance", [
    "A:we tried to deliver on tuesday but nobody answered",
    "C:yes darling mi [[sugar did drop low]] and mi neighbour had to call [[ambulance]] for me",
], "sugar", "ambulance")
health("us, miscarriage as why a baby registry is closed", [
    "A:i see you asked to close the registry, was there an issue with it",
    "C:no the site's fine, we um, [[we lost the baby at eleven weeks]] so i just dont want the emails",
], "lost the baby", "eleven weeks")
health("uk elderly, pacemaker and the security arch", [
    "A:any special assistance at the airport madam",
    "C:yes i can't go through the arch thing because of [[the pacemaker they fitted]] in march",
], "pacemaker")
health("irish teen, eating problems told indirectly", [
    "A:you wanted to pause the meal kit subscription",
    "C:yeah like my mam thinks its a bad idea cos im [[not really eating]] and im [[back seeing the eating team]]",
], "not really eating", "eating team")
health("nigerian, typhoid as reason for delay", [
    "A:the documents were due on the fifth, what happened",
    "C:ah sorry o i had [[typhoid and malaria]] together, [[they put me on drip]] for three days",
], "typhoid", "malaria", "drip")
health("scottish, intrusive thoughts told plainly", [
    "A:sorry can ye say that again, the line's bad",
    "C:i said i cannae take the job on the bridge site",
    "C:i get these [[thoughts that i'll jump]] when i'm up high, [[it's a thing i'm getting help for]]",
], "thoughts that i'll jump", "getting help")
health("new zealand, sexual health clinic results", [
    "A:what's the reason for needing a day off at short notice",
    "C:oh um just gotta get [[retested for chlamydia]] at the clinic, [[the first swab]] came back dodgy",
], "chlamydia", "swab")
health("us elderly, diabetes said by the meter", [
    "A:so what size batteries are you after",
    "C:the little flat ones for my [[glucose meter]], i [[prick my finger]] four times a day",
], "glucose", "prick my finger")
health("uk, recovery told as reason to avoid the bar", [
    "A:for the wedding package would you like the open bar upgrade",
    "C:ah no thanks, i'm [[two years sober]] this june and i [[go to meetings]] on the friday",
], "sober", "meetings")
health("indian, father's bypass", [
    "A:you want to change the nominee details",
    "C:yes my father had [[triple bypass]] last month, [[heart]] is very weak now so i want to add my brother also",
], "bypass", "heart")
health("south african teen, adhd meds by brand", [
    "A:what was in the bag that went missing",
    "C:like my laptop and my [[concerta]] which is a problem cos i cant [[focus without it]] at all",
], "concerta", "focus without it")
health("caribbean, glaucoma drops, trinidad", [
    "A:you said you couldn't read the letter we sent",
    "C:yes because mih [[pressure in the eye]] real bad now, [[the drops]] not helping, everything cloudy",
], "pressure in the eye", "drops")
health("australian, skin cancer cut out", [
    "A:g'day how can i help",
    "C:yeah i need to cancel the surf lessons, just had [[a melanoma cut off my shoulder]] and [[got stitches]]",
], "melanoma", "stitches")
health("us, ivf cycle as reason for refund", [
    "A:the trip is non refundable unless there's a documented reason",
    "C:ok well were in the middle of [[an ivf cycle]] and [[the egg retrieval]] got moved to that week",
], "ivf", "egg retrieval")
health("elderly english, incontinence pads order", [
    "A:and what would you like to add to the order",
    "C:the [[large pads for the leaking]], ever since [[the prostate business]] i get through a lot",
], "pads", "leaking", "prostate")
health("irish, depression told through tiredness, as reason for arrears", [
    "A:can you tell me a bit about why the payments stopped",
    "C:i dunno i just [[stopped opening post]], i [[couldnt get out of the bed most days]]",
    "C:[[the gp has me on something now for it]] so im a bit better",
], "out of the bed", "gp")
health("ghanaian-born uk caller, prostate biopsy", [
    "A:what time should the driver come",
    "C:not the morning, i have [[the biopsy of the prostate]] at ten, after {{two o'clock}} is ok",
], "biopsy", "prostate")
health("nz elderly, hearing aid", [
    "A:would you prefer a phone call or a text when it ships",
    "C:text please dear, i'm [[deaf as a post in this ear]] and [[the aid]] whistles on the phone",
], "deaf", "aid")
health("teen uk, self-harm told plainly to a school-trip company", [
    "A:is there anything the group leaders should know about",
    "C:um i [[cut myself]] sometimes and i have [[plasters on my arms]] so i dont wanna do the swimming bit",
], "cut myself", "plasters on my arms")
health("us, colonoscopy prep", [
    "A:ok so we have you down for the cable appointment tuesday morning",
    "C:can we do wednesday tuesday im [[doing the colonoscopy prep]] and [[ill be on the toilet all day]]",
], "colonoscopy", "toilet all day")
health("scottish elderly, wife's dementia", [
    "A:can i speak to the account holder please",
    "C:that's the wife but she'll no make sense hen, she's [[got the dementia]] now",
    "C:she [[doesnae know me]] some days",
], "dementia", "doesnae know me")
health("indian, thyroid tablet", [
    "C:hello madam i need the milk before seven because i take [[thyroxine]] on empty stomach and then only i can eat",
], "thyroxine")
health("nigerian, fertility and fibroids", [
    "A:you want to change the beneficiary on the plan",
    "C:not yet, i am trying to [[conceive for four years]] now and [[they found fibroids]]",
    "C:after [[the myomectomy]] we will see",
], "conceive", "fibroids", "myomectomy")
health("welsh, physio after a fall", [
    "A:when are you free for the survey",
    "C:afternoons are no good, i've got [[physio on my hip]] since [[i went over on the ice]]",
], "physio", "hip", "went over on the ice")
health("us, opioid recovery by slang", [
    "A:ok and is there any reason you wanna keep the card locked",
    "C:yeah honestly im [[clean off the blues eight months]] and i [[dont trust myself]] with a card",
], "off the blues", "dont trust myself")
health("uk, erectile problem via brand", [
    "A:what was the item that arrived damaged",
    "C:it was uh a box of [[sildenafil]] the blister packs were all crushed",
], "sildenafil")
health("australian, mum's chemo as reason for a pause", [
    "A:no worries, and do you mind me asking why you need the pause",
    "C:mum's [[started chemo]] for [[the breast one]] and i'm driving her up to the city twice a week",
], "chemo", "breast")
health("south african, epilepsy and driving", [
    "A:who will be the main driver on the policy",
    "C:my wife, i cant drive anymore since [[the fits started]], [[doctor took my licence]]",
], "fits", "took my licence")
health("us teen, anxiety and skipping school", [
    "A:so why do you need the learners permit test moved",
    "C:um like my [[anxiety is so bad]] i [[havent been to school in like two weeks]]",
], "anxiety", "havent been to school")
health("irish, smear test result", [
    "A:why do you want the flight changed",
    "C:i have to go back in, [[the smear came back abnormal]] and [[they want to do a colposcopy]]",
], "smear", "abnormal", "colposcopy")
health("elderly uk, catheter", [
    "A:the courier needs you to sign, will you be in",
    "C:i'll be in, i dont go far with [[the bag strapped to me leg]], [[the nurse changes it]] tuesdays",
], "bag strapped to me leg", "nurse changes it")
