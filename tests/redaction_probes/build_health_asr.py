"""Writes health_asr.jsonl: drug, condition and procedure names as a speech recogniser mishears them.

Written blind (before reading redact/health.py or its dictionaries), for issue 13: Whisper tiny.en
wrote the brand "Mounjaro" as "Mount Jarrow", two real words three edits away, and it leaked. Health
rows hold sound-alike spellings (names split into real or half-real words, letters dropped, added or
swapped, homophones), inside a context phrase ("I've been on ...", "they put me on ...") and without.
Harmless rows hold word pairs and names that must come out verbatim: places, shops, teams, products,
everyday phrases that sound close to a drug, and context phrases followed by something harmless.

A health row's `terms` are the misheard phrase itself plus each of its words of four letters or more,
so a mask that covers only part of the phrase still counts as a leak (the issue asks for the whole
phrase). Run: python -m tests.redaction_probes.build_health_asr
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from tests.redaction_probes.build_adversarial import half

OUT = Path(__file__).with_name("health_asr.jsonl")
# Round two lies outside the folder's *.jsonl, which tests/unit/test_redaction_probes.py gates on (no
# tune leak): it was written after the fix to measure it, and its failures are reported, not fitted.
# Score it: python -m tests.redaction_probes.run tests/redaction_probes/afterfix/health_asr_round2.jsonl
OUT2 = Path(__file__).parent / "afterfix" / "health_asr_round2.jsonl"
HQ = "A:How can I help?"
SECRET = re.compile(r"\[\[(.*?)\]\]")

# (caller text with [[misheard phrase]], what was meant)
HEALTH = [
    ("they put me on [[Mount Jarrow]] in the spring and now the pharmacy won't deliver", "Mounjaro"),
    ("the [[moan Jarro]] pens went to my old address", "Mounjaro"),
    ("I've been on [[Oz Empick]] since January", "Ozempic"),
    ("can you hold my [[ozzempic]] delivery", "Ozempic"),
    ("my doctor prescribed [[we go vee]] for my weight", "Wegovy"),
    ("the [[Wee Govy]] injections came damaged", "Wegovy"),
    ("I inject [[truly city]] once a week", "Trulicity"),
    ("I'm on [[jar dee ants]] for my sugar", "Jardiance"),
    ("can you send the [[jardience]] to the pharmacy", "Jardiance"),
    ("I take [[met for min]] with breakfast", "metformin"),
    ("they switched me to [[Jan you via]]", "Januvia"),
    ("I'm on [[far seeger]] now and it's fine", "Farxiga"),
    ("my [[Lantis]] pens need to stay cold", "Lantus"),
    ("the [[Vic Tosa]] pens were left on the doorstep", "Victoza"),
    ("they put me on [[Zorelto]] after the clot", "Xarelto"),
    ("I'm on [[Ella Quiss]] so I bruise easily", "Eliquis"),
    ("my doctor prescribed [[war for rin]] last year", "warfarin"),
    ("I've been on [[Plavicks]] for years", "Plavix"),
    ("I take [[lice in a prill]] every morning", "lisinopril"),
    ("the [[Lisa no pril]] is the wrong strength", "lisinopril"),
    ("I'm on [[a torva staten]] as well", "atorvastatin"),
    ("they prescribed [[Lip it Tor]] and I want to know the side effects", "Lipitor"),
    ("the box of [[Chrestor]] was opened", "Crestor"),
    ("I take [[amlo deepin]] at night", "amlodipine"),
    ("my [[meto prolol]] ran out yesterday", "metoprolol"),
    ("I'm on [[low Sartan]] too", "losartan"),
    ("they put me on [[in Trestow]] for my heart", "Entresto"),
    ("I take [[lay six]] in the morning so I can't be far from a toilet", "Lasix"),
    ("I've been on [[Sir Tra Lean]] since the winter", "sertraline"),
    ("my doctor prescribed [[Lexi pro]] so I'm off work", "Lexapro"),
    ("I was on [[pro sack]] years ago", "Prozac"),
    ("the [[Well Beautrin]] made me dizzy on the call", "Wellbutrin"),
    ("I'm on [[Sarah Quell]] at night so I sleep through the alarm", "Seroquel"),
    ("I take [[La Mick Tal]] twice a day", "Lamictal"),
    ("they put me on [[Abilifie]] in hospital", "Abilify"),
    ("I take [[F Exxor]] every morning", "Effexor"),
    ("I've been on [[clone a pin]] since the accident", "Klonopin"),
    ("my son takes [[Vie Vanse]] before school", "Vyvanse"),
    ("his [[Rittalin]] prescription went to the wrong branch", "Ritalin"),
    ("I'm on [[trays a done]] to help me sleep", "trazodone"),
    ("they upped my [[gabba pentin]] again", "gabapentin"),
    ("I take [[oxy code own]] after the operation", "oxycodone"),
    ("my doctor prescribed [[trauma doll]] for my back", "tramadol"),
    ("I'm on [[Sin Troyd]] and it makes me tired", "Synthroid"),
    ("they gave me [[pred ni zone]] for the flare up", "prednisone"),
    ("I inject [[Hugh Mira]] every fortnight", "Humira"),
    ("I've been on [[do pixent]] for my skin", "Dupixent"),
    ("I'm on [[ohm a prazole]] for my stomach", "omeprazole"),
    ("my [[Al Butero]] inhaler is in the car", "albuterol"),
    ("I use a [[symbol court]] inhaler", "Symbicort"),
    ("she's on [[key Truda]] every three weeks", "Keytruda"),
    ("I take [[tam oxifen]] since the surgery", "tamoxifen"),
    ("my doctor prescribed [[meth oh trex eight]] for my joints", "methotrexate"),
    ("I'm on [[sub box own]] now and doing well", "Suboxone"),
    ("they put me on [[true Vader]] as a precaution", "Truvada"),
    ("they prescribed [[packs love id]] when I tested positive", "Paxlovid"),
    ("my brother has [[skits of frenia]] so I handle his account", "schizophrenia"),
    ("I was diagnosed with [[fibro my algia]]", "fibromyalgia"),
    ("I've got [[endo metri osis]] so some days I can't get to the phone", "endometriosis"),
    ("my mum has [[alls Heimers]] and keeps ringing you", "Alzheimer's"),
    ("my dad has [[park in sons]] and his hands shake on the keypad", "Parkinson's"),
    ("she has [[multiple sclair osis]] and can't climb to the router", "multiple sclerosis"),
    ("I've got [[crones disease]] so I need a longer window", "Crohn's disease"),
    ("I had [[hepa titus]] a few years back", "hepatitis"),
    ("I was diagnosed with [[sorry asis]] in the summer", "psoriasis"),
    ("he has [[M Fuh Seema]] and relies on the alarm", "emphysema"),
    ("my daughter has [[Anna Rexia]] and is in hospital", "anorexia"),
    ("my husband's [[Luke Emia]] treatment clashes with the install", "leukemia"),
    ("they found a [[Mela Noma]] on my back", "melanoma"),
    ("I tested positive for [[clam idea]]", "chlamydia"),
    ("I have [[Sir Osis]] of the liver", "cirrhosis"),
    ("my [[glow coma]] drops are in that parcel", "glaucoma"),
    ("I'm booked in for a [[colon oscopy]] on Friday", "colonoscopy"),
    ("I had a [[mass tech to me]] last year", "mastectomy"),
    ("I'm having a [[vase ectomy]] next week", "vasectomy"),
    ("he's on [[dye Alysis]] three days a week", "dialysis"),
    ("I'm recovering from an [[Angie o plasty]]", "angioplasty"),
    ("my [[mammo gram]] results were sent to the wrong address", "mammogram"),
    ("I had a [[his direct to me]] in March", "hysterectomy"),
    ("the [[Zanax]] bottle is empty", "Xanax"),
    ("[[Sim Balta]] and nothing else came", "Cymbalta"),
    ("the [[add her all]] went missing in the post", "Adderall"),
    ("[[Lie Rica]] capsules were in the parcel", "Lyrica"),
    ("the [[Nexeum]] refill never turned up", "Nexium"),
]

# (category, caller text with {{kept words}})
HARMLESS = [
    ("place", "I was on holiday near {{Mount Vernon}} when the bill came"),
    ("place", "I'm calling from {{Jarrow}}"),
    ("place", "the shop on {{Mount Pleasant}} has no signal"),
    ("place", "we watched a film about {{Mount Everest}} and it kept freezing"),
    ("place", "the {{Jarrow}} branch told me to ring you"),
    ("place", "{{Mount Snowdon}} has no coverage at all"),
    ("place", "I've been on {{holiday in Sorrento}}"),
    ("place", "I was in {{Trieste}} when the roaming stopped"),
    ("place", "we moved to {{Lowestoft}} in the spring"),
    ("place", "my sister lives in {{Tamworth}}"),
    ("place", "the signal in {{Tralee}} is awful"),
    ("place", "I'm in {{Valencia}} for the summer"),
    ("place", "my flat in {{Clapham}} has no fibre"),
    ("place", "I'm near {{Lisburn}}"),
    ("place", "we're down in {{Herne Bay}} this week"),
    ("place", "I'm staying in {{Oxford}} till the weekend"),
    ("place", "the mast near {{Meadowhall}} is down"),
    ("place", "I'm on {{the Jarrow bus}} so it might cut out"),
    ("phrase", "the problem {{lies in a bill}} you sent me"),
    ("phrase", "the fault {{lies in a box}} outside the house"),
    ("phrase", "I need {{a receipt}} for the phone"),
    ("phrase", "there's {{ambient noise}} on the line"),
    ("phrase", "I paid for {{a concert}} ticket on my phone bill"),
    ("phrase", "is it {{singular}} or plural on the form"),
    ("phrase", "it's about the {{ability}} to roam abroad"),
    ("phrase", "I love the {{lyrical}} ringtone you had"),
    ("phrase", "{{we met for a minute}} at the shop"),
    ("phrase", "{{we go via Leeds}} on the way home"),
    ("phrase", "we had to {{lay six}} new cables"),
    ("phrase", "the {{trays are done}}, I just need the router"),
    ("phrase", "{{all timers}} reset when the power went"),
    ("phrase", "I {{park in the sun}} and the dashcam overheats"),
    ("phrase", "it's {{truly a city}} of bad signal"),
    ("phrase", "the {{symbol}} in the corner keeps flashing"),
    ("phrase", "is there a {{colon}} in the password"),
    ("phrase", "are you {{taking the mickey}}"),
    ("phrase", "{{Oz and me}} share the account"),
    ("phrase", "the light is {{glowing}} amber"),
    ("phrase", "{{war for it}}, that's what your letter reads like"),
    ("phrase", "I'll {{clone a disk}} if I have to"),
    ("brand", "my {{Alexa}} speaker won't connect"),
    ("brand", "I left my {{Prada}} bag in the store"),
    ("brand", "my son plays {{Madden}} online and it lags"),
    ("brand", "I went to buy {{Crest or Colgate}} and the payment failed"),
    ("brand", "{{Xbox}} live keeps dropping"),
    ("brand", "I want {{Netflix}} and {{Spotify}} included"),
    ("brand", "my {{Samsung Galaxy}} won't charge"),
    ("brand", "the kids' {{Nintendo Switch}} won't go online"),
    ("brand", "the {{Meta Quest}} headset won't pair"),
    ("brand", "the {{Lexus}} dealership wifi is yours"),
    ("brand", "I watched {{The Wizard of Oz}} on demand"),
    ("shop", "the {{Tesco Metro}} has a kiosk"),
    ("shop", "I bought it at {{Currys}}"),
    ("shop", "the {{Argos}} order never came"),
    ("shop", "I was in {{Sainsbury's}} when it died"),
    ("shop", "the {{Superdrug}} near me sells top-up cards"),
    ("shop", "I picked it up at {{Boots}}"),
    ("shop", "the {{Vans}} shop in town sells your SIMs"),
    ("shop", "{{Screwfix}} delivered the wrong cable"),
    ("team", "I'm a season ticket holder at {{Aston Villa}}"),
    ("team", "I watch {{Tottenham Hotspur}} on your app"),
    ("team", "the {{Utah Jazz}} game kept buffering"),
    ("team", "the {{Orlando Magic}} stream froze"),
    ("team", "{{Crystal Palace}} against {{Sheffield Wednesday}} wouldn't load"),
    ("team", "I support {{Cardiff City}}"),
    ("team", "the {{Inter Milan}} match cut out"),
    ("team", "the {{Everton}} game wouldn't stream"),
    ("context", "I'm on {{Vodafone}} at the moment"),
    ("context", "they put me on {{hold}} for ages"),
    ("context", "I've been on {{the phone}} all morning"),
    ("context", "they put me on {{the unlimited plan}}"),
    ("context", "I'm taking {{the Metro}} to work"),
    ("context", "I take {{the Jubilee line}} every day"),
    ("context", "the engineer diagnosed {{a faulty router}}"),
    ("context", "they put me on {{the Mount Pleasant}} shift"),
    ("context", "I've been on {{the Lexus}} forum"),
    ("context", "they put me on {{a payment plan}}"),
    ("context", "I'm on {{Virgin Media}} now"),
    ("context", "my doctor prescribed {{a holiday}} so I'll be away"),
]


# Round two, written after round one's fix (b50abc6) and committed before it was run: other names, the
# same kinds of mishearing, to see whether the fix reaches what it was not written against.
HEALTH2 = [
    ("I take [[I'm a tricks]] when the migraine starts", "Imitrex"),
    ("they gave me [[so fran]] for the sickness", "Zofran"),
    ("I'm on [[proton ix]] for reflux", "Protonix"),
    ("my doctor prescribed [[back trim]] for the infection", "Bactrim"),
    ("the [[lever quinn]] tablets were crushed in the post", "Levaquin"),
    ("I've been on [[docks e cycling]] for a month", "doxycycline"),
    ("they put me on [[vala sigh clover]]", "valacyclovir"),
    ("I take [[spiro no lactone]] and it makes me tired", "spironolactone"),
    ("I'm on [[car ved a lol]] twice a day", "carvedilol"),
    ("my doctor prescribed [[pro prana lol]] for the shakes", "propranolol"),
    ("I take [[bus pie roan]] for my nerves", "buspirone"),
    ("they switched me to [[olan za peen]]", "olanzapine"),
    ("I'm on [[ris perry done]] now", "risperidone"),
    ("the [[Wrecks Ulti]] samples never came", "Rexulti"),
    ("my son takes [[Stra Terra]] in the morning", "Strattera"),
    ("I was prescribed [[moda fin ill]] for the fatigue", "modafinil"),
    ("I'm trying [[Chant ix]] to stop smoking", "Chantix"),
    ("I inject [[En Brel]] weekly", "Enbrel"),
    ("they started me on [[Stel Ara]] for my skin", "Stelara"),
    ("my [[Sky Reezy]] injections need a cold bag", "Skyrizi"),
    ("I'm on [[fossa max]] for my bones", "Fosamax"),
    ("I was diagnosed with [[sarco ide osis]]", "sarcoidosis"),
    ("my dad has [[new ropathy]] in his feet", "neuropathy"),
    ("I've got [[gas tritus]] so I can't eat before the engineer comes", "gastritis"),
    ("she had [[men in jitis]] as a baby", "meningitis"),
    ("I have [[scoli osis]] so I can't lift the router", "scoliosis"),
    ("I was diagnosed with [[narco lepsy]] last year", "narcolepsy"),
    ("he's got [[cell you light is]] in his leg", "cellulitis"),
    ("I'm booked in for a [[bronco scopy]]", "bronchoscopy"),
    ("I had a [[lump ectomy]] in May", "lumpectomy"),
    ("my mum has [[hypo thyroid ism]]", "hypothyroidism"),
    ("the [[famo tid een]] is the wrong strength", "famotidine"),
]
HARMLESS2 = [
    ("place", "I'm off to {{Las Vegas}} next week"), ("place", "the {{Enfield}} branch was closed"),
    ("place", "I live near {{Hartlepool}}"), ("place", "we drove through {{Scunthorpe}}"),
    ("place", "the train from {{Gravesend}} was late"), ("place", "we were in the {{Cotswolds}}"),
    ("place", "my nan lives in {{Kendal}}"), ("place", "I'm working in {{Stevenage}} today"),
    ("team", "I support {{Bristol Rovers}}"), ("team", "the {{Leyton Orient}} game"),
    ("team", "{{Swansea City}} were on your app"), ("team", "{{Port Vale}} against {{Forest Green}}"),
    ("shop", "I bought it in {{Poundland}}"), ("shop", "the {{Wickes}} delivery"),
    ("shop", "{{Matalan}} sent me a text"), ("shop", "my {{Ocado}} order"),
    ("brand", "my {{Deliveroo}} app won't load"), ("brand", "the kids play {{Fortnite}} all night"),
    ("brand", "{{Minecraft}} keeps lagging"), ("brand", "my {{Roblox}} account was hacked"),
    ("phrase", "I had a {{back trim}} at the barber"), ("phrase", "he gave me a {{pep talk}}"),
    ("phrase", "I'm on the {{Vegas strip}} right now"), ("phrase", "it's {{sky high}} prices"),
    ("phrase", "they gave me a {{new call}} plan"), ("phrase", "I'm on {{proton beam}} news"),
    ("phrase", "I take {{the bus}} to the shop"), ("phrase", "I've been on {{the terrace}} all day"),
    ("phrase", "she has {{a cello}} lesson"), ("phrase", "he's got {{a stellar}} signal now"),
    ("context", "my doctor's surgery phone line is {{down again}}"),
    ("context", "the pharmacy {{wifi}} is yours"),
]


def terms(surface: str) -> list[str]:
    """The misheard phrase, and each of its words of four letters or more (a partial mask leaks)."""
    low = surface.lower()
    words = [w for w in re.findall(r"[a-z']+", low) if len(w.strip("'")) >= 4]
    return [low] + [w for w in dict.fromkeys(words) if w != low]


def rows() -> list[dict]:
    out = []
    for i, (text, meant) in enumerate(HEALTH, 1):
        id_ = f"hasr-{i:02d}"
        surfaces = SECRET.findall(text)
        plain = SECRET.sub(lambda m: m.group(1), text).lower()
        found = [t for s in surfaces for t in terms(s)]
        for t in found:  # the ideal redaction must leak nothing: a term word only inside its phrase
            assert len(re.findall(r"(?<![\w'])" + re.escape(t) + r"(?![\w'])", plain)) == 1, (id_, t)
        out.append({"id": id_, "half": half(id_), "kind": "health", "note": f"meant {meant}",
                    "turns": [HQ, "C:" + text], "secrets": [{"kind": "health", "value": meant, "terms": found}]})
    for i, (cat, text) in enumerate(HARMLESS, 1):
        id_ = f"hasr-ok-{i:02d}"
        out.append({"id": id_, "half": half(id_), "kind": "harmless", "category": cat, "note": "",
                    "turns": [HQ, "C:" + text], "secrets": []})
    return out


def rows2() -> list[dict]:
    """Round two (ids hasr2-...)."""
    out = []
    for i, (text, meant) in enumerate(HEALTH2, 1):
        id_ = f"hasr2-{i:02d}"
        plain = SECRET.sub(lambda m: m.group(1), text).lower()
        found = [t for s in SECRET.findall(text) for t in terms(s)]
        for t in found:
            assert len(re.findall(r"(?<![\w'])" + re.escape(t) + r"(?![\w'])", plain)) == 1, (id_, t)
        out.append({"id": id_, "half": half(id_), "kind": "health", "note": f"round 2, meant {meant}",
                    "turns": [HQ, "C:" + text], "secrets": [{"kind": "health", "value": meant, "terms": found}]})
    for i, (cat, text) in enumerate(HARMLESS2, 1):
        id_ = f"hasr2-ok-{i:02d}"
        out.append({"id": id_, "half": half(id_), "kind": "harmless", "category": cat, "note": "round 2",
                    "turns": [HQ, "C:" + text], "secrets": []})
    return out


def main() -> None:
    one, two = rows(), rows2()
    assert len({r["id"] for r in one + two}) == len(one + two)
    OUT2.parent.mkdir(exist_ok=True)
    for path, part in ((OUT, one), (OUT2, two)):
        with path.open("w", encoding="utf-8") as f:
            for r in part:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(HEALTH)} health + {len(HARMLESS)} harmless sequences -> {OUT}")
    print(f"{len(HEALTH2)} health + {len(HARMLESS2)} harmless sequences -> {OUT2}")


if __name__ == "__main__":
    main()
