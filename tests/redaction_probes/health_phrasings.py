"""Health details in everyday and less common phrasings, written on 2026-12-05 before the redactor was
changed for them: TUNE was looked at and fixed by kind; SEALED was written at the same time and is
only ever counted, never read for failures or tuned on.

    python -m tests.redaction_probes.health_phrasings      # leaks per half, tune failures listed

Each item: a caller turn and the words of its health detail that must not survive (lower case).
"""

from __future__ import annotations

TUNE = [("my sugar has been really high this week", ["sugar"]), ("they found a lump and I'm waiting on results", ["lump"]),
("there's a shadow on my lung apparently", ["shadow", "lung"]), ("she's expecting in March so we'll move then", ["expecting"]),
("I've got a water infection", ["water infection"]), ("my heart's been playing up again", ["heart"]), ("I've got a chest infection", ["chest infection"]),
("I'm going through the change", ["the change"]), ("I'm on the waiting list for a new hip", ["new hip"]), ("I see a therapist on Tuesdays", ["therapist"]),
("I've had sarcoidosis for years", ["sarcoidosis"]), ("my son has myasthenia gravis", ["myasthenia"]), ("I've got Bell's palsy on one side", ["palsy"]),
("I have Raynaud's so my hands go numb", ["raynaud"]), ("my mum has Meniere's disease", ["meniere"]), ("he has sickle cell", ["sickle"]),
("my daughter has cystic fibrosis", ["fibrosis"]), ("my son has Tourette's", ["tourette"]), ("our son has Down syndrome", ["down syndrome"]),
("my brother has cerebral palsy", ["cerebral"]), ("she was born with spina bifida", ["bifida"]), ("he has muscular dystrophy", ["dystrophy"]),
("my dad has motor neurone disease", ["neurone"]), ("I've had ME for ten years", [" me "]), ("I've got Lyme disease", ["lyme"]),
("I've got piles, it's embarrassing", ["piles"]), ("I've got thrush again", ["thrush"]), ("I was treated for gonorrhea", ["gonorrhea"]),
("I've got erectile dysfunction", ["erectile"]), ("my wife has fibroids", ["fibroids"]), ("I've got PCOS", ["pcos"]),
("she had preeclampsia with the first one", ["preeclampsia"]), ("I had gestational diabetes", ["gestational"]), ("I had postnatal depression", ["postnatal"]),
("my OCD is bad this week", ["ocd"]), ("I have agoraphobia so I can't go in", ["agoraphobia"]), ("I've got insomnia", ["insomnia"]),
("my son has narcolepsy", ["narcolepsy"]), ("I've got a prolapse", ["prolapse"]), ("my incontinence pads didn't arrive", ["incontinence"]),
("I'm having a flare up of my Crohn's", ["crohn"]), ("my blood sugar dropped last night", ["blood sugar"]), ("I have a heart murmur", ["murmur"]),
("I was sectioned last year", ["sectioned"]), ("I'm in recovery, eighteen months sober", ["recovery", "sober"]), ("my hearing aids need new batteries", ["hearing aid"]),
("I got my flu jab yesterday", ["flu jab"]), ("I'm on blood thinners", ["blood thinners"]), ("I'm on HRT", ["hrt"]), ("I've got a stoma bag", ["stoma"]),
("my kidney function is at twenty percent", ["kidney function"]), ("my dad had a triple bypass", ["bypass"]), ("I've got a trapped nerve", ["trapped nerve"]),
("I've got tennis elbow", ["tennis elbow"]), ("I've got a frozen shoulder", ["frozen shoulder"]), ("I've got carpal tunnel", ["carpal"]),
("my mum has macular degeneration", ["macular"]), ("I've got a detached retina", ["retina"]), ("he's got an enlarged prostate", ["prostate"]),
("I had a mini stroke", ["stroke"]), ("I had a TIA", ["tia"]), ("they said it was a DVT", ["dvt"]), ("my son's got glandular fever", ["glandular"]),
("I'm on Zepbound now", ["zepbound"]), ("I take Rybelsus", ["rybelsus"]), ("I was given Paxlovid", ["paxlovid"]), ("I use a Symbicort inhaler", ["symbicort"]),
("my Eylea injections are monthly", ["eylea"]), ("I'm on Tecfidera for my MS", ["tecfidera"]), ("I'm on Otezla", ["otezla"]), ("my Biktarvy refill", ["biktarvy"])]

SEALED = [("I've been getting panic attacks at night", ["panic"]), ("my wife's got Hashimoto's", ["hashimoto"]),
("my husband has Addison's", ["addison"]), ("I've got shingles on my back", ["shingles"]), ("the baby has colic", ["colic"]),
("I've got hay fever really bad", ["hay fever"]), ("my little one has croup", ["croup"]), ("I've had a bad case of sciatica", ["sciatica"]),
("I've got a hiatus hernia", ["hiatus"]), ("I've got plantar fasciitis", ["fasciitis"]), ("I have restless legs", ["restless"]),
("she has anaemia", ["anaemia"]), ("I've got cold sores", ["cold sore"]), ("he's got impetigo", ["impetigo"]), ("I've got tonsillitis", ["tonsillitis"]),
("my mum has COPD and needs oxygen", ["copd", "oxygen"]), ("my dad has a pacemaker fitted", ["pacemaker"]), ("I've got a bunion", ["bunion"]),
("I've got conjunctivitis", ["conjunctivitis"]), ("I'm dyslexic so emails are hard", ["dyslexic"]), ("I've got long covid still", ["covid"]),
("he's on the spectrum", ["spectrum"]), ("I have a stammer", ["stammer"]), ("I was diagnosed with ADD", ["add"]), ("my son has glue ear", ["glue ear"]),
("I've got a gastric ulcer", ["ulcer"]), ("I'm having IVF next month", ["ivf"]), ("I've got endo", ["endo "]), ("I've got sleep paralysis", ["paralysis"]),
("my partner has bipolar two", ["bipolar"]), ("I had a seizure last week", ["seizure"]), ("I've got a UTI", ["uti"]), ("I have a pinched nerve", ["pinched"]),
("I have heart palpitations", ["palpitations"]), ("I've been having chest pains", ["chest pain"]), ("I've got a kidney infection", ["kidney"]),
("I've got a slipped disc", ["slipped"]), ("I'm on the pill", ["the pill"]), ("I had a smear and it came back abnormal", ["smear"]),
("I take Mounjaro weekly", ["mounjaro"]), ("they switched me to Jardiance", ["jardiance"]), ("I need my Concerta", ["concerta"]),
("my Strattera ran out", ["strattera"]), ("I've been on Sertraline a year", ["sertraline"]), ("I've got a Dexcom sensor", ["dexcom"]),
("I'm on a Libre monitor", ["libre"]), ("I have a CPAP machine", ["cpap"]), ("I've got chronic pain", ["chronic pain"]), ("my mum's got the shakes", ["shakes"]),
("I've got vertigo again", ["vertigo"]), ("I'm waiting for a hernia op", ["hernia"]), ("I'm having my gallbladder out", ["gallbladder"])]


def leaks(items: list) -> list[tuple[str, str]]:
    from callwarden.redact.redactor import CallRedactor
    out = []
    for text, keys in items:
        red = CallRedactor().redact(text, 0, 0).text
        if any(k in " " + red.lower() + " " for k in keys):
            out.append((text, red))
    return out


def main() -> int:
    tune, sealed = leaks(TUNE), leaks(SEALED)
    print(f"tune: {len(tune)} of {len(TUNE)} leak; sealed: {len(sealed)} of {len(SEALED)} leak")
    for text, red in tune:
        print(f"   {text!r} -> {red!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
