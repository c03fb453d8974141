"""Health probe set, round 3: written blind, split mechanically, sealed half counted only.

Written on 2026-12-05 (about 03:10 UTC) from general knowledge of how callers
on a phone line (UK and US; elderly, young, non-native; ASR-damaged lower-case
text) mention health matters about themselves or family, and of harmless turns
that use health words figuratively or about things.  The lists were written
and committed BEFORE the author opened the redactor (daemon/callwarden/redact/)
or any other probe or suite file, and before the first run.

Each HEALTH turn carries the lower-case words/phrases that must not survive
redaction; each HARMLESS turn carries the words that must survive.  Matching is
word-bounded on " " + redacted.lower() + " " after punctuation (apart from
apostrophes) becomes spaces; listed words are normalised the same way.

The split into TUNE and SEALED halves is by the first byte of sha256 of the
turn text (even -> tune, odd -> sealed), computed at import time.  Fixes may be
made against TUNE failures only; SEALED is only ever counted, its failures are
never printed.

Run: python -m tests.redaction_probes.health_round3
"""

from __future__ import annotations

import hashlib
import re

HEALTH: list[tuple[str, list[str]]] = [
    # chronic conditions
    ("I've had type 2 diabetes for about ten years now so I'm home most days", ["diabetes"]),
    ("my husband's got COPD and he can't get to the phone quickly", ["copd"]),
    ("she's got early onset dementia bless her so I handle the account", ["dementia"]),
    ("I've got rheumatoid arthritis in my hands so typing's hard", ["rheumatoid", "arthritis"]),
    ("my son has cystic fibrosis and we need the line working for the hospital", ["cystic", "fibrosis"]),
    ("I was diagnosed with MS last spring and I get very tired", ["ms"]),
    ("my blood pressure's been through the roof, the doctor put me on amlodipine", ["amlodipine", "blood pressure"]),
    ("he's got Parkinson's so his speech is a bit slow", ["parkinson's"]),
    ("i have crohns disease so i might have to go suddenly", ["crohns"]),
    ("I suffer with fibromyalgia, some days I can't get out of bed", ["fibromyalgia"]),
    ("my mum's on dialysis three times a week for her kidneys", ["dialysis"]),
    ("my dad had a stroke in March and he can't use his right hand", ["stroke"]),
    ("I've got heart failure, they've got me on bisoprolol and furosemide", ["heart failure", "bisoprolol", "furosemide"]),
    ("he's epileptic so we need the alarm line working", ["epileptic"]),
    ("I'm asthmatic and the damp in this flat is making it worse", ["asthmatic"]),
    ("I've got macular degeneration, can you send it in large print", ["macular degeneration"]),
    ("she has sickle cell and gets crises in the cold weather", ["sickle cell"]),
    ("I've got IBS and it flares up when I'm stressed", ["ibs"]),
    ("i got high cholesterol they put me on statins", ["cholesterol", "statins"]),
    ("I'm a type one diabetic so I need to eat at regular times", ["diabetic"]),
    ("my chest is bad again, it's the emphysema", ["emphysema"]),
    ("my prostate's playing up so I'm up all night", ["prostate's"]),
    # mental health
    ("I've been struggling with depression since my husband passed", ["depression"]),
    ("I have really bad anxiety on the phone, can we do this by email", ["anxiety"]),
    ("I'm bipolar and I was in a manic phase when I signed up", ["bipolar", "manic"]),
    ("my daughter has an eating disorder and she's in a unit at the moment", ["eating disorder"]),
    ("I've got PTSD from the army and loud noises set me off", ["ptsd"]),
    ("I had a nervous breakdown last year and got sectioned", ["nervous breakdown", "sectioned"]),
    ("I'm on sertraline for my OCD", ["sertraline", "ocd"]),
    ("the doctor's got me on antidepressants, citalopram I think", ["antidepressants", "citalopram"]),
    ("I've got ADHD so I forget to pay things, I'm on Elvanse", ["adhd", "elvanse"]),
    ("my boy's autistic and he gets upset if the internet goes down", ["autistic"]),
    ("i tried to take my own life in january and i'm still recovering", ["take my own life"]),
    ("I self harm sometimes and I don't want this on file", ["self harm"]),
    ("I've always suffered with my nerves, love", ["suffered with my nerves"]),
    ("tbh my mental health has been in the bin lately", ["mental health"]),
    # pregnancy / fertility
    ("we're going through IVF at the moment so money's tight", ["ivf"]),
    ("I had a miscarriage last week and I just need the contract paused", ["miscarriage"]),
    ("we're expecting our first baby in June, can I move the install date", ["expecting our first baby"]),
    ("my partner's on maternity leave after a c-section", ["c section"]),
    ("I've got endometriosis so I'm off work a lot", ["endometriosis"]),
    ("we've been trying for a baby for three years, the fertility clinic is expensive", ["trying for a baby", "fertility"]),
    ("i'm on hrt patches now and they make me forgetful", ["hrt"]),
    ("my wife just had the baby by emergency caesarean", ["caesarean"]),
    ("my wife is pregnant of six months, she cannot come to the phone", ["pregnant"]),
    ("i'm on my period and feel awful can we do this quick", ["on my period"]),
    # sexual health
    ("I'm HIV positive and I'm worried about who can see my records", ["hiv"]),
    ("i got chlamydia and the clinic keeps texting this number", ["chlamydia"]),
    ("I've been going to the sexual health clinic and the letters came to the wrong address", ["sexual health"]),
    ("I'm on PrEP, the pharmacy needs my new number", ["prep"]),
    ("I had an STI test and the results went to my old email", ["sti"]),
    ("I've got erectile dysfunction, it's embarrassing but that's what the delivery was", ["erectile dysfunction"]),
    # disabilities
    ("I'm registered blind so I need someone to read it to me", ["registered blind"]),
    ("I'm in a wheelchair so I can't get upstairs to the router", ["wheelchair"]),
    ("my daughter has Down's syndrome and she calls you sometimes", ["down's syndrome"]),
    ("I've got cerebral palsy and my speech is slurred", ["cerebral palsy"]),
    ("I've got a learning disability, my carer is with me", ["learning disability"]),
    ("I have a stammer so please be patient with me", ["stammer"]),
    ("I'm a bit hard of hearing, dear, speak up", ["hard of hearing"]),
    ("I'm on disability for my back, I can't work", ["on disability"]),
    # medicines, generic and brand
    ("I'm on Ozempic for the weight and it makes me sick", ["ozempic"]),
    ("the doctor started me on Mounjaro last month", ["mounjaro"]),
    ("I take metformin twice a day with my meals", ["metformin"]),
    ("I take lithium and I need my blood levels checked", ["lithium"]),
    ("I've been on Wegovy since the summer", ["wegovy"]),
    ("I'm taking gabapentin for nerve pain", ["gabapentin", "nerve pain"]),
    ("he's on Jardiance and Eliquis now", ["jardiance", "eliquis"]),
    ("she takes Aricept for her memory", ["aricept"]),
    ("I'm on Humira injections for my psoriasis", ["humira", "psoriasis"]),
    ("I use Dupixent for my eczema", ["dupixent", "eczema"]),
    ("I switched to Zepbound when my insurance changed", ["zepbound"]),
    ("I'm on chemo tablets, capecitabine", ["chemo", "capecitabine"]),
    ("I'm on Adderall and Zoloft", ["adderall", "zoloft"]),
    ("I'm on methadone and pick it up from the chemist daily", ["methadone"]),
    ("I've got angina, I keep my GTN spray by the phone", ["angina", "gtn"]),
    ("I'm on happy pills since the divorce", ["happy pills"]),
    # devices
    ("hang on I need to use my inhaler", ["inhaler"]),
    ("I've got an insulin pump and it alarms during calls", ["insulin pump"]),
    ("my hearing aid whistles when I hold the phone", ["hearing aid"]),
    ("I've got a pacemaker so I can't stand near the shop scanners", ["pacemaker"]),
    ("my husband uses a CPAP machine at night so the power can't go off", ["cpap"]),
    ("I wear a continuous glucose monitor, the Libre, and it pings", ["glucose monitor", "libre"]),
    ("I've got a stoma bag so I need to be near the toilet", ["stoma"]),
    ("mum's on oxygen at home, the concentrator needs the power", ["on oxygen", "concentrator"]),
    ("my son has type 1 and uses an Omnipod", ["omnipod"]),
    # procedures / operations
    ("I'm waiting for a knee replacement so I'm home all day", ["knee replacement"]),
    ("I had a hysterectomy in the autumn", ["hysterectomy"]),
    ("I've just had my gallbladder out", ["gallbladder"]),
    ("my dad's having a triple bypass on Tuesday", ["triple bypass"]),
    ("I had cataract surgery and can't see the screen yet", ["cataract"]),
    ("I'm going in for a hip op next week", ["hip op"]),
    ("my husband's had the snip", ["the snip"]),
    ("my husband he is in hospital for the heart, they put stent", ["stent"]),
    ("I am having the operation for my eyes, the cataracts, next Monday", ["cataracts"]),
    ("i'm on the waiting list for top surgery", ["top surgery"]),
    ("my legs aren't what they were since the new hip", ["new hip"]),
    # tests / results
    ("I'm waiting on biopsy results", ["biopsy"]),
    ("I had an MRI on my back and they found a slipped disc", ["mri", "slipped disc"]),
    ("my bloods came back funny so they want to see me again", ["bloods"]),
    ("I missed my smear test because of your engineer", ["smear"]),
    ("I tested positive for covid so I can't let the engineer in", ["covid"]),
    ("I'm waiting for a CT scan on my chest", ["ct scan"]),
    # injuries
    ("I broke my wrist falling on the ice so I can't write", ["broke my wrist"]),
    ("I've done my back in lifting the telly", ["done my back in"]),
    ("I had a fall and the carers come in now", ["had a fall"]),
    # addictions / recovery
    ("I'm a recovering alcoholic and I don't want the drinks promos", ["alcoholic"]),
    ("I've been clean from heroin for two years", ["heroin"]),
    ("i've got a gambling addiction please block the betting sites", ["gambling addiction"]),
    ("I go to AA meetings on Tuesdays so not then", ["aa meetings"]),
    ("he's been hitting the bottle since he lost his job", ["hitting the bottle"]),
    # symptoms said as a diagnosis
    ("my migraines are terrible so I can't look at screens", ["migraines"]),
    ("my tinnitus is so loud I can barely hear you", ["tinnitus"]),
    ("my incontinence means I can't wait on hold long", ["incontinence"]),
    ("I've had shingles on my face and it's agony", ["shingles"]),
    ("I just got out of the ER, I had kidney stones", ["kidney stones"]),
    ("i've got long covid so i'm dead tired", ["long covid"]),
    # slang and euphemism
    ("my wife's got the big C", ["big c"]),
    ("my ticker's not what it was since the heart attack", ["ticker's", "heart attack"]),
    ("I've been on the sick since April with my back", ["on the sick"]),
    ("he's got a touch of the sugar", ["touch of the sugar"]),
    ("she's got bad nerves and won't answer the door", ["bad nerves"]),
    ("I've got water on the lungs again", ["water on the lungs"]),
    ("the old waterworks are playing up", ["waterworks"]),
    ("I had a funny turn yesterday and they kept me in", ["funny turn"]),
    ("my sugars have been all over the place", ["sugars"]),
    ("my pressure's up again, the nurse said", ["pressure's up"]),
    # ASR-style damage
    ("i take met forming for my sugar", ["met forming"]),
    ("im on atorva statin forty milligrams", ["atorva", "statin"]),
    ("the doctor gave me sertra leen for it", ["sertra"]),
    ("my wife has demential and forgets things", ["demential"]),
    ("i got diabeetis type two", ["diabeetis"]),
    ("he on oxy codone for his back", ["oxy codone"]),
    ("she got all timers disease", ["all timers"]),
    ("i had a hister ectomy in may", ["hister ectomy"]),
    ("im on lisinapril for my blood pressure", ["lisinapril", "blood pressure"]),
    ("i had a mini stroke a tia last year", ["mini stroke", "tia"]),
    ("my mum had new monia over christmas", ["new monia"]),
    ("i am on a zempic for my weight", ["zempic"]),
    ("got my epi pen in my bag because of my nut allergy", ["epi pen", "nut allergy"]),
    ("he had a heart attack last month its his second one", ["heart attack"]),
    ("my mother she have the sugar illness and the pressure high", ["sugar illness"]),
    ("I have the depression since two years", ["depression"]),
    ("I take the tablets for the thyroid every morning", ["thyroid"]),
    # US / other phrasing
    ("my husband has Alzheimer's and he keeps calling you guys", ["alzheimer's"]),
    ("I'm in chemo for breast cancer right now", ["chemo", "breast cancer"]),
    ("the district nurse comes to dress my leg ulcer", ["leg ulcer"]),
]

HARMLESS: list[tuple[str, list[str]]] = [
    ("let's get to the heart of the matter, why was I charged twice", ["heart", "matter"]),
    ("I'm sick of waiting on hold every time I ring", ["sick", "waiting"]),
    ("my phone's battery is dying by lunchtime", ["battery", "dying"]),
    ("I think the system's got a virus, it keeps logging me out", ["virus"]),
    ("my card has a chip and it still won't work", ["card", "chip"]),
    ("can you explain the operation of the account to me", ["operation", "account"]),
    ("I'll grab a Dr Pepper while you look that up", ["pepper"]),
    ("thanks for the patient approach, the last person was rude", ["patient", "approach"]),
    ("the lithium battery in the alarm panel is flat", ["lithium", "battery"]),
    ("the shingles came off the shed roof in the storm", ["shingles", "roof"]),
    ("the engineer said the line was dead", ["dead", "line"]),
    ("that offer is a pain in the neck to claim", ["pain", "neck"]),
    ("I nearly had a heart attack when I saw the bill", ["heart attack", "bill"]),
    ("this bill is giving me a headache", ["headache"]),
    ("you've cut me off twice, it's driving me mental", ["mental"]),
    ("I was flying blind with the router settings", ["blind", "settings"]),
    ("the pressure in the boiler keeps dropping", ["pressure", "boiler"]),
    ("the screen has a crack right across it", ["crack", "screen"]),
    ("the shop needs a fresh injection of cash before we upgrade", ["injection", "cash"]),
    ("I'll take a shot at resetting it myself", ["shot", "resetting"]),
    ("the broadband has been patchy all week", ["patchy", "broadband"]),
    ("I've got a cold caller bothering me on this line", ["cold", "caller"]),
    ("the doctor who episode cut out halfway through", ["doctor", "episode"]),
    ("I'm a nurse on nights so call me in the afternoon", ["nurse", "nights"]),
    ("the vet bill for the dog's operation went on this card", ["vet", "operation"]),
    ("I'm expecting a parcel this morning", ["expecting", "parcel"]),
    ("the contract termination fee seems high", ["termination", "fee"]),
    ("my laptop crashed and I lost the receipt", ["crashed", "receipt"]),
    ("I'm trying to recover my password", ["recover", "password"]),
    ("the delivery van had a breakdown outside my house", ["breakdown", "van"]),
    ("my mum's a bit of a worrier, she asked me to ring", ["worrier"]),
    ("the pharmacy on the high street has better opening hours than your shop", ["pharmacy", "opening"]),
    ("I'm fed up to the back teeth with this", ["teeth", "fed"]),
    ("that price made my eyes water", ["eyes", "water"]),
    ("don't worry, I'm not going to bite your head off", ["head", "bite"]),
    ("your website has a bug on the payment page", ["bug", "payment"]),
    ("I'd like to cancel the gym add-on", ["gym", "cancel"]),
    ("my daughter is at uni studying medicine", ["medicine", "studying"]),
    ("the ticket is still in the pipeline apparently", ["pipeline", "ticket"]),
    ("the screen on my tablet is cracked", ["tablet", "cracked"]),
    ("I take my tablet everywhere so I need a bigger data plan", ["tablet", "data"]),
    ("I'd like a copy of the statement in large print", ["large", "print", "statement"]),
    ("the signal is really weak in my area", ["weak", "signal"]),
    ("the charger's cable is frayed at the end", ["cable", "frayed"]),
    ("I'm in a rush, my bus is due", ["rush", "bus"]),
    ("the promo was a shot in the arm for my business", ["shot", "arm", "business"]),
    ("the new tariff is a bitter pill to swallow", ["bitter", "pill", "swallow"]),
    ("I've got cold feet about switching providers", ["cold", "feet", "switching"]),
    ("the network is on its last legs round here", ["legs", "network"]),
    ("the account has been dormant for a year", ["dormant"]),
    ("the router's lights are blinking red, is it dead", ["blinking", "dead"]),
    ("this is a sore point with me", ["sore", "point"]),
    ("I'm calling about the insurance on my phone", ["insurance"]),
    ("does the plan cover calls abroad", ["cover", "abroad"]),
    ("the stroke of midnight is when the offer ends, right", ["stroke", "midnight"]),
    ("my cat's had kittens so I'm home more", ["kittens"]),
    ("the fan on the box sounds like it's wheezing", ["wheezing", "fan"]),
    ("the charger gave me a bit of a shock", ["shock", "charger"]),
    ("the tech support man diagnosed the fault quickly", ["diagnosed", "fault"]),
    ("the operator transferred me to the wrong team", ["operator", "transferred"]),
    ("my balance is low, can I top up", ["balance", "low"]),
    ("the app keeps freezing when I open it", ["freezing"]),
    ("I recovered the old SIM from the drawer", ["recovered", "drawer"]),
    ("a refund is the only remedy I'd accept", ["remedy", "refund"]),
    ("the package arrived in a sorry state, crushed", ["sorry", "crushed"]),
]

_NON_WORD = re.compile(r"[^a-z0-9']+")


def _norm(text: str) -> str:
    return " " + " ".join(_NON_WORD.sub(" ", text.lower()).split()) + " "


def _is_tune(text: str) -> bool:
    return hashlib.sha256(text.encode("utf-8")).digest()[0] % 2 == 0


TUNE_HEALTH = [c for c in HEALTH if _is_tune(c[0])]
SEALED_HEALTH = [c for c in HEALTH if not _is_tune(c[0])]
TUNE_HARMLESS = [c for c in HARMLESS if _is_tune(c[0])]
SEALED_HARMLESS = [c for c in HARMLESS if not _is_tune(c[0])]


def _redact(text: str) -> str:
    from callwarden.redact.redactor import CallRedactor

    return CallRedactor().redact(text, 0, 0).text


def score(health, harmless):
    """Returns (leaks, damage): lists of (text, redacted, words) that failed."""
    leaks, damage = [], []
    for text, words in health:
        out = _redact(text)
        padded = _norm(out)
        bad = [w for w in words if _norm(w) in padded]
        if bad:
            leaks.append((text, out, bad))
    for text, words in harmless:
        out = _redact(text)
        padded = _norm(out)
        lost = [w for w in words if _norm(w) not in padded]
        if lost:
            damage.append((text, out, lost))
    return leaks, damage


def main() -> int:
    halves = (
        ("TUNE", TUNE_HEALTH, TUNE_HARMLESS, True),
        ("SEALED", SEALED_HEALTH, SEALED_HARMLESS, False),
    )
    for name, health, harmless, show in halves:
        leaks, damage = score(health, harmless)
        print(f"{name}: health leaks {len(leaks)}/{len(health)}, "
              f"harmless damage {len(damage)}/{len(harmless)}")
        if not show:
            continue
        for text, out, bad in leaks:
            print(f"  LEAK   {bad}: {text!r}\n         -> {out!r}")
        for text, out, lost in damage:
            print(f"  DAMAGE {lost}: {text!r}\n         -> {out!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
