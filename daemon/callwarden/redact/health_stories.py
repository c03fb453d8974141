"""Health details told as a story rather than named: what the body does ("my hands shake", "the room
was spinning"), a symptom at a part ("pains in my chest", "blood in my wee"), weight lost, memory
slipping, a treatment by its everyday name ("braces", "the coil fitted", "a camera down my throat"),
a specialist by title, a small ailment ("a verruca", "dry socket"), a part said damaged after it
("my eardrum's perforated"), an event had ("having a seizure"), "my knee op", condition
abbreviations the short list lacks after what someone has ("she's got POTS"), and British spellings
of listed terms ("apnoea"). Each pattern needs the words that make it someone's health, so the same
nouns said of a thing, a job or money stay.
"""

from __future__ import annotations

import re

from callwarden.redact import health_mind, health_plain, health_slang

# whose body: the same owners health_plain reads
_OWNER = health_plain.OWNER
_WHO = r"(?:i|he|she|they|mum|mom|dad|nan|gran|grandad|grandma|my (?:mum|mom|dad|husband|wife|son|daughter|nan|gran|partner))"
# the body's own movements: present habitual or "keeps/started -ing", not "were shaking when I saw the bill"
_MOVES = (r"(?:shake|shakes|tremble|trembles|give way|gives way|gave way|buckle|buckles|buckled|go numb|goes numb|"
          r"went numb|go dead|goes dead|went dead|swell up|swells up|swelled up|seize up|seizes up|seized up|"
          r"lock up|locks up|locked up|twitch|twitches|droop|drooped|droops|turn blue|turns blue|turned blue|"
          r"(?:keeps?|kept|(?:has|have|'s|'ve)?\s*started)\s+(?:shaking|trembling|giving way|buckling|going numb|"
          r"going dead|swelling(?: up)?|seizing up|locking up|twitching|racing|pounding|fluttering|skipping beats))")
_LIMBS = (r"(?:hands?|legs?|arms?|knees?|feet|fingers?|toes?|ankles?|lips?|face|jaw|eyelids?|eyes?|muscles?|"
          r"joints?|heart|hips?|back)")
_HEART_RACE = (r"(?:heart|pulse)\s+(?:races|pounds|flutters|skips beats|goes (?:mad|crazy|like the clappers))\s+"
               r"(?:out of nowhere|for no reason|all the time|at night|randomly|when I (?:lie|stand|sit|climb|walk))")
_PAIN_PARTS = (r"(?:chest|stomach|tummy|leg|arm|joint|kidney|shooting|stabbing|sharp|crushing|nerve|pelvic|"
               r"period|labour|labor|muscle|back|neck|head)")
_BODY = (r"(?:chest|stomach|tummy|back|legs?|arms?|hands?|feet|foot|fingers?|toes?|face|neck|head|side|groin|"
         r"knees?|hips?|shoulders?|jaw|throat|ears?|eyes?|bladder|bowels?|kidneys?|joints?|left (?:arm|leg|side|hand|foot)|"
         r"right (?:arm|leg|side|hand|foot))")
_FLUIDS = r"(?:wee|pee|urine|poo|stools?|sick|vomit|spit|phlegm|mucus|sputum|semen|nappy|nappies)"
_NUM = (r"(?:a|half a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
        r"\d+(?:\.\d+)?)")
# operations and aids known by everyday words or a name the packaged lists lack
_EVERYDAY_CARE = (r"(?:braces|microsuction|ear syringing|(?:my |his |her )?ears? syringed|grommets|egg freezing|"
                  r"(?:egg|sperm|embryo) (?:collection|retrieval|donation|transfer|freezing|harvesting)|"
                  r"(?:a |the )?sleep study|(?:a |the )?swallow(?:ing)? study|nerve conduction (?:study|test)s?|"
                  r"bone density (?:scan|test)|(?:the |a )?stitches (?:out|in|removed|taken out)|(?:a |the )?cast on|"
                  r"(?:a |the )?plaster cast|tube fed|tube feeding|(?:the |a )?snip)")
_DEVICES = (r"(?:coil|iud|implant|pessary|stent|pacemaker|catheter|cannula|grommets|hearing aids?|braces|dentures|"
            r"veneers|picc line)")
_SUBSTANCE_SHOTS = (r"(?:b ?12|b-12|vitamin [a-z0-9]+|iron|steroid|cortisone|hormone|testosterone|oestrogen|"
                    r"estrogen|botox|fertility|allergy|depo|contraceptive|blood[- ]thinning|immunoglobulin)")
_TITLES_NOT_CARE = {"techn", "bi", "ge", "archae", "archaeo", "soci", "zo", "astr", "crimin", "music", "ec",
                    "meteor", "the", "anthrop", "egypt", "mix", "eth", "ide", "ent", "ornith", "seism", "volcan",
                    "campan", "graph", "numer", "scient", "astro", "hydr", "paleont", "palaeont", "mus"}
_TITLE = re.compile(r"\b([a-z]+)(?:ologist|odontist|iatrist|opodist|ometrist)s?\b"
                    r"|\b(?:paediatrician|pediatrician|obstetrician|geriatrician|dietician|dietitian|"
                    r"audiologist|orthoptist|anaesthetist|anesthetist|sonographer|radiographer|"
                    r"ent (?:doctor|consultant|surgeon|specialist|clinic|department))s?\b", re.I)
_JOB_BEFORE = re.compile(r"\b(?:is|was|'s|as|be|become|became|being|am|'m|are|'re|trained|training|"
                         r"qualified)\s+(?:a|an|the)?\s*$", re.I)
# small ailments by name (a mole, a wart or a corn are also other things: only with where or what is done)
_AILMENTS = (r"(?:ingrown|in-?growing)\s+(?:toe ?nails?|nails?)|verrucas?|bunions?|skin tags?|basal cells?|"
             r"squamous cells?|sebaceous cysts?|dry socket|athlete'?s foot|fungal nails?|mouth ulcers?|cold sores?|"
             r"a stye|chilblains|carbuncles?|shingles rash")
_AMBIGUOUS_AILMENTS = r"(?:moles?|warts?|corns?|boils?|ulcers?|abscess(?:es)?)"
_PARTS_DAMAGED = (r"(?:ear ?drums?|retinas?|lungs?|appendix|discs?|bowels?|spleen|shoulders?|knees?|hips?|"
                  r"kneecaps?|cornea|ligaments?|tendons?|achilles|womb|cervix|bladder|kidneys?|gall ?bladder|"
                  r"arter(?:y|ies)|aorta|hernia|waters)")
_DAMAGE = (r"(?:perforated|detached|collapsed|burst|ruptured|dislocated|slipped|prolapsed|herniated|fractured|"
           r"torn|inflamed|infected|enlarged|strangulated)")
_EVENTS = (r"(?:seizures?|hypos?|flare[- ]ups?|relapses?|mini[- ]strokes?|asthma attacks?|"
           r"angina attacks?|epileptic fits?|funny turns?)")
_NOT_SURGERY = {"local", "gp", "gp's", "doctor's", "doctors", "doctor", "usual", "new", "old", "village", "nearest",
                "registered", "own", "family", "vet", "vet's", "vets", "mp", "mp's", "councillor's", "dentist's",
                "the", "a", "phone", "tree", "car", "first", "last", "next"}
_SURGERY = re.compile(rf"\b{_OWNER}\s+((?:[a-z]+\s+){{0,2}}?[a-z]+)\s+(?:surgery|op|operation)\b", re.I)
_BODYISH = {"heart", "valve", "knee", "hip", "shoulder", "back", "spine", "spinal", "eye", "eyes", "cataract",
            "hernia", "bowel", "stomach", "gastric", "bladder", "kidney", "liver", "lung", "brain", "ear", "nose",
            "sinus", "foot", "ankle", "wrist", "hand", "neck", "breast", "womb", "prostate", "thyroid", "bunion",
            "gallbladder", "appendix", "tonsil", "laser", "keyhole", "open", "bypass", "weight", "loss", "jaw",
            "dental", "cardiac", "heart's", "elbow", "toe", "finger", "skin", "cancer", "mouth", "leg", "arm"}
# condition abbreviations the short list in health.py lacks; capitals only, and only after what
# someone has or after a listed one ("CFS and POTS"): "the PE teacher", "UC Berkeley", "AS level" stay
_ABBREV = r"(?:UC|POTS|SVT|EDS|hEDS|ME|FND|PMDD|GAD|ASD|BPH|NAFLD|C-?PTSD|IIH|T1D|T2D|SLE|PKD|ALS|CRPS|PsA)"
_ANY_ABBREV = _ABBREV[:-1] + r"|UTI|IBS|IBD|COPD|ADHD|PTSD|OCD|HIV|STI|MS|CFS|MND|CKD|GERD|DVT|MRSA|BPD|TIA|PCOS|GORD)"
_HAS = (r"(?i:\b(?:got|have|has|had|having|with|diagnosed with|suffer(?:s|ing|ed)? (?:from|with)|living with|"
        r"lives with|i'?ve|she'?s got|he'?s got))")

PATTERNS = [
    # the body doing something by itself: "my hands shake", "her legs keep giving way", "his face droops"
    ("phi_story", re.compile(rf"\b{_OWNER}\s+(?:left\s+|right\s+)?{_LIMBS}\s+{_MOVES}\b", re.I)),
    ("phi_story", re.compile(rf"\b{_OWNER}\s+{_HEART_RACE}\b", re.I)),
    # the world moving around the caller: "the room was spinning", "the ceiling keeps going round"
    ("phi_story", re.compile(r"\b(?:the (?:whole )?(?:room|ceiling|floor)|everything around me)\s+"
                             r"(?:was|is|keeps|kept|started|'s|starts)\s+(?:spinning|going round|moving|tilting|"
                             r"swimming)\b", re.I)),
    # a symptom at a part: "chest pains", "pains in my chest", "numbness in her arm", "lost the feeling in my hand"
    ("phi_story", re.compile(rf"\b{_PAIN_PARTS}\s+pains\b|\b(?:pains?|numbness|tingling|pins and needles|a rash|"
                             rf"swelling|weakness|cramps?|spasms?)\s+(?:all\s+)?(?:in|on|down|up|over|across)\s+{_OWNER}\s+{_BODY}\b|"
                             rf"\b(?:losing|lost|lose|loses|no)\s+(?:the\s+|all\s+)?(?:feeling|sensation|use)\s+"
                             rf"(?:in|of)\s+{_OWNER}\s+{_BODY}\b", re.I)),
    # "blood in my wee", "blood in his stools"
    ("phi_story", re.compile(rf"\bblood\s+in\s+(?:{_OWNER}\s+|the\s+)?{_FLUIDS}\b", re.I)),
    # weight lost or gained: stone and kilos are weight; pounds only when said to be weight
    ("phi_story", re.compile(rf"\b(?:lost|losing|dropped|put on|gained|piled on)\s+(?:about\s+|nearly\s+|over\s+|"
                             rf"almost\s+|well over\s+)?{_NUM}\s+(?:stone|kilos?|kg|kgs)\b(?!\s+of\b)|"
                             rf"\b(?:lost|losing|put on|gained)\s+(?:about\s+)?{_NUM}\s+(?:pounds|lbs)\s+"
                             r"(?:in weight|without trying|in a month|in (?:a few|two|three) (?:weeks|months))\b",
                             re.I)),
    # memory slipping: "forgetting words", "she forgets where she lives", "I keep getting lost on the way home"
    ("phi_story", re.compile(r"\b(?:forgetting|forgets|forgot|losing|can't find|cannot find)\s+(?:my\s+|his\s+|her\s+)?"
                             r"(?:words|where (?:i|he|she) (?:live|lives|am|is|was)|who (?:i|we|he|she) (?:am|are|is))\b"
                             rf"|\b{_WHO}\s+(?:keeps?|kept|(?:has|have|'s|'ve)\s+started|started|(?:is|am|'m|'s)\s+always)"
                             r"\s+(?:(?:forgetting|losing)\s+[a-z]+(?:\s+[a-z]+)?\s+and\s+)?getting lost\b"
                             # lost on the way somewhere, or with nothing after: "lost in the menus" is no one's memory
                             r"(?=\s*(?:$|[.,!?;]|and\b|again\b|on the way|walking|going|coming|driving|outside|"
                             r"in (?:the|her|his|their|our|my) own\b))"
                             r"(?:\s+(?:on the way|walking|going|coming|driving)(?:\s+(?:to|home|back)"
                             r"(?:\s+(?:the|my|his|her)\s+[a-z]+)?)?)?", re.I)),
    ("phi_story", re.compile(r"\b(?:and|or)\s+getting lost\s+(?:on the way|walking|going|coming|driving)\s+"
                             r"(?:home|back|to (?:the|my|his|her) [a-z]+)\b", re.I)),
    # a treatment by its everyday name, after what someone has done to them
    ("phi_care_story", re.compile(r"\b(?:having|had|have|has|getting|get|gets|got|doing|do|did|done|need|needs|needed|"
                                  r"booked (?:in )?for|waiting for|going for|went for|due|start|starting|started)\s+"
                                  r"(?:a |an |the |my |his |her |some |more |another )?" + _EVERYDAY_CARE + r"\b",
                                  re.I)),
    ("phi_care_story", re.compile(r"\bmicrosuction\b|\bgrommets\b|\begg freezing\b|\bfreez(?:e|ing) (?:my|her) eggs\b|"
                                  r"\b(?:my|her) eggs frozen\b", re.I)),
    # a device put into or taken out of the body: "the coil fitted", "a stent put in", "braces off"
    ("phi_care_story", re.compile(rf"\b(?:the|a|an|my|his|her|their|new|some)\s+{_DEVICES}\s+(?:(?:was|were|is|are|got|"
                                  r"gets|has been|have been|'s been)\s+)?(?:fitted|put in|"
                                  r"taken out|removed|changed|replaced|(?:put|taken) off)\b", re.I)),
    # an instrument into the body: "the camera down the throat", "a scope up his bum", "a tube down her nose"
    ("phi_care_story", re.compile(r"\b(?:a|the)\s+(?:camera|scope|tube|probe)\s+(?:down|up|into|in|inside)\s+"
                                  rf"(?:{_OWNER}|the|your)\s+(?:throat|nose|bum|back passage|bladder|stomach|bowel|"
                                  r"ears?|knee|windpipe|gullet|veins?|heart|womb)\b", re.I)),
    # a substance given as a treatment: "B12 injections", "an iron infusion", "steroid jabs"
    ("phi_care_story", re.compile(rf"\b{_SUBSTANCE_SHOTS}\s+(?:injections?|infusions?|jabs?|implants?|patches|"
                                  r"drips?)\b(?!\s+of\b)|\b(?!iron\b){_SUBSTANCE_SHOTS}\s+shots?\b", re.I)),
    # tests that are studies: "a sleep study", "a gait assessment"
    ("phi_care_story", re.compile(r"\b(?:sleep|gait|swallow(?:ing)?|urodynamic|memory|fertility|hearing|balance)\s+"
                                  r"(?:study|studies|assessment|assessments)\b", re.I)),
    # taking an organ out: "they're talking about taking his tonsils out"
    ("phi_care_story", re.compile(rf"\b(?:take|takes|taking|took|whip|whipping|whipped)\s+{_OWNER}\s+(?:left\s+|right\s+)?"
                                  r"(?:tonsils|adenoids|appendix|gall ?bladder|wisdom teeth|womb|ovar(?:y|ies)|"
                                  r"kidney|spleen|thyroid|cataracts?|stitches|teeth|tooth|tubes|lymph nodes)\s+out\b",
                                  re.I)),
    # cells a test found: "abnormal cells", "precancerous cells", "cell changes"
    ("phi_result_story", re.compile(r"\b(?:abnormal|pre-?cancerous|cancerous|atypical|irregular|changed|"
                                    r"suspicious)\s+cells\b|\bcell changes\b", re.I)),
    # reproductive loss: "an ectopic", "lost a tube", "lost one of her ovaries"
    ("phi_story", re.compile(r"\b(?:an|the|my|her|that)\s+ectopic(?:\s+pregnancy)?\b|"
                             r"\b(?:lost|losing|lose)\s+(?:a|one|both|my|her|his)\s+(?:of\s+(?:my|her|his)\s+)?"
                             r"(?:tubes?|fallopian tubes?|ovar(?:y|ies)|testicles?|kidneys?|breasts?)\b"
                             r"(?!\s+(?:of|pass|ticket|card|fare|station|line|train|map)\b)",
                             re.I)),
    # a specialist by title, seen or waited on (not someone's job: "my sister's a geologist")
    ("phi_specialist", _TITLE),
    # small ailments by name
    ("phi_ailment", re.compile(rf"\b(?:{_AILMENTS})\b", re.I)),
    ("phi_ailment", re.compile(rf"\b(?:a|an|my|his|her|the|two|some)\s+(?:big\s+|little\s+|funny\s+|new\s+)?"
                               rf"{_AMBIGUOUS_AILMENTS}\s+(?:(?:on|under|near)\s+{_OWNER}|removed|cut out|frozen|burned|burnt|lanced|"
                               r"drained|checked|looked at|that|which)\b", re.I)),
    # a part said damaged after it: "my eardrum's perforated", "his lung collapsed", "her waters broke"
    ("phi_story", re.compile(rf"\b{_OWNER}\s+(?:left\s+|right\s+)?{_PARTS_DAMAGED}(?:'s|'re|\s+is|\s+are|\s+was|\s+were|"
                             rf"\s+has|\s+had|\s+got)?\s+(?:been\s+|just\s+)?{_DAMAGE}\b", re.I)),
    # an event someone had: "having a seizure", "she had two hypos", "he's been having blackouts"
    ("phi_story", re.compile(rf"\b(?:having|had|has|have|suffered|gets|getting|get)\s+(?:a|an|another|two|three|"
                             rf"some|more|loads of|lots of)\s+(?:{_EVENTS}\b(?!\s+of\b)|fits\b(?!\s+(?:of|when|if|at|over)\b))", re.I)),
    # conditions said as what someone is, in words the short list lacks: "I'm deafblind", "he's non-verbal"
    ("phi_story", re.compile(r"\b(?:i'?m|i am|he'?s|she'?s|he is|she is|they'?re|is|was|been)\s+(?:registered\s+|"
                             r"totally\s+|severely\s+|completely\s+)?(?:deaf[- ]?blind|sight impaired|non-?verbal|"
                             r"profoundly deaf|colou?r ?blind|wheelchair[- ]bound|a wheelchair user|in a wheelchair|"
                             r"tube[- ]fed|on dialysis|bed[- ]?ridden)\b(?!-)", re.I)),
    # abbreviations of conditions after what someone has, or after a listed one
    ("phi_abbreviation", re.compile(rf"{_HAS}\s+(?:(?i:an?|the)\s+)?(?P<d>{_ABBREV})(?![\w-])")),
    ("phi_abbreviation", re.compile(rf"(?<![\w-]){_ANY_ABBREV}\s+(?:and|&|plus|with)\s+(?P<d>{_ABBREV})(?![\w-])")),
    # teeth and gums said plainly: "a cracked tooth", "my gums keep bleeding", "lost a filling"
    ("phi_dental_story", re.compile(
        r"\b(?:a|an|my|his|her|two|the|one)\s+(?:cracked|chipped|broken|wobbly|loose|rotten|impacted|abscessed|"
        r"decayed|dead|sensitive|infected)\s+(?:back\s+|front\s+|wisdom\s+)?(?:tooth|teeth|molars?|filling)\b|"
        rf"\b{_OWNER}\s+gums\s+(?:keep\s+|are\s+|have been\s+|started\s+|'ve been\s+)?(?:bleeding|bleed|receding|"
        r"swollen|sore|infected)\b|\b(?:lost|lose|losing)\s+(?:a|my|his|her)\s+(?:filling|crown)\b|"
        r"\bgrind(?:s|ing)?\s+(?:my|his|her|their)\s+teeth\b|\b(?:a|the|my|his|her)\s+crowns?\s+(?:put on|fitted|done)\b",
        re.I)),
    # the eyes said plainly: "floaters in my eye", "my vision's gone blurry", "double vision"
    ("phi_eye_story", re.compile(
        rf"\b(?:floaters|flashes|flashing lights|spots|a shadow|a curtain)\s+in\s+{_OWNER}\s+(?:left\s+|right\s+)?eyes?\b|"
        rf"\b{_OWNER}\s+(?:vision|eyesight|sight)(?:'s|\s+has|\s+is|\s+keeps|\s+went|\s+goes|\s+was)?\s*"
        r"(?:gone\s+|going\s+|been\s+|getting\s+)?(?:blurry|blurred|fuzzy|double|dim|cloudy)\b|"
        r"\b(?:blurred|blurry|double|tunnel)\s+vision\b", re.I)),
    # childhood conditions by their everyday names
    ("phi_child_story", re.compile(
        r"\bhand,? foot and mouth\b|\bslapped cheek\b|\b(?:speech|language|developmental|global|motor)\s+delays?\b|"
        r"\btongue[- ]tied?\b|\bfailure to thrive\b|\bnight terrors\b", re.I)),
    # a habit named as someone's: "meetings for my drinking", "he's back on the gambling"
    ("phi_addiction_story", re.compile(
        r"\b(?:my|his|her|their)\s+(?:drinking|gambling|drug use|drug taking)\b"
        r"(?!\s+(?:water|glass|glasses|bottle|fountain|straw|buddies|buddy|mates|chocolate|account|app|site|card))|"
        r"\b(?:back on|relapsed on|hooked on|addicted to)\s+(?:the\s+)?(?:drink|booze|gambling|drugs|gear|pills|"
        r"heroin|crack|coke|cocaine|weed|spice|bottle)\b", re.I)),
    ("phi_story", re.compile(r"\b(?:hear|hearing|hears)\s+voices\b(?!\s+(?:in|of|from|outside|next door|downstairs|"
                             r"upstairs|on the|through))", re.I)),
    # symptoms said plainly: "short of breath", "coughing up green stuff", "can't keep anything down"
    ("phi_story", re.compile(
        r"\bshort of breath\b|\bbreathless(?:ness)?\b(?!\s+with\s+(?:excitement|anticipation|laughter|delight))|\bcoughing up\s+(?:green|yellow|brown|thick)?\s*"
        r"(?:stuff|phlegm|mucus|gunk|muck)\b|\bcan'?t keep (?:anything|food|it|fluids|water) down\b|"
        r"\b(?:get|getting|gets|had|have|having|suffer with|suffer from)\s+(?:really\s+)?(?:bad\s+|terrible\s+|awful\s+)?"
        r"(?:headaches|migraines|nosebleeds|dizzy spells|hot flushes|cold sweats|night sweats)\b|"
        r"\b(?:heart|pulse)(?:'s| is| has| keeps)?\s+(?:been\s+)?(?:skipping|missing)\s+beats\b", re.I)),
    # a part said in a bad state: "my ankles are all puffy", "her joints are stiff"
    ("phi_story", re.compile(
        rf"\b{_OWNER}\s+(?:ankles?|feet|legs?|hands?|fingers?|joints?|knees?|face|glands?|toes?|wrists?)\s+"
        r"(?:are|is|'re|'s|have been|has been|keep|keeps|get|gets)\s+(?:all\s+|really\s+|so\s+|very\s+|still\s+)?"
        r"(?:puffy|swollen|stiff|numb|tingly|aching|achy|throbbing|bruised)\b", re.I)),
    # wound care: "my dressing changed", "the scar is still healing"
    ("phi_care_story", re.compile(
        r"\b(?:(?:my|his|her)\s+(?:dressings?|wounds?|scars?|stoma)|the\s+(?:wounds?|scars?|stoma))\s+(?:(?:is|are|was|'s|needs?|needed)\s+)?(?:still\s+)?"
        r"(?:changed|changing|dressed|cleaned|packed|healing|weeping|oozing|infected|opened up|bleeding)\b", re.I)),
    # a gynaecological procedure by its letters, in capitals
    ("phi_abbreviation", re.compile(r"\bD (?:and|&) C\b")),
    # mood told plainly: "feeling really low", "I've stopped eating", "been cutting myself", "not sleeping"
    ("phi_mental_story", re.compile(
        r"\bfeeling\s+(?:really\s+|so\s+|very\s+|quite\s+|pretty\s+)?(?:low|down|hopeless|empty|worthless)\b"
        r"(?!\s+(?:on|in|about)\b)|\b(?:been|keep|started|was|is|stopped)\s+cutting\s+(?:myself|himself|herself)\b|"
        r"\b(?:i'?ve|i have|she'?s|he'?s|she has|he has)\s+(?:just\s+|completely\s+)?stopped\s+eating\b"
        r"(?!\s+(?:meat|sugar|bread|dairy|out|there|at|fish|pork|gluten|red|junk|takeaways?))|"
        r"\b(?:been|i'?m|i am|she'?s|he'?s)\s+(?:not|barely|hardly)\s+sleeping\b(?!\s+(?:in|on|at|over|here|there))",
        re.I)),
    # care teams and hospitals that say what they treat: "under the crisis team", "the eye hospital"
    ("phi_care_story", re.compile(
        r"\b(?:under|from|with|called|rang|phoned|by|to)\s+(?:the\s+)?crisis\s+(?:team|service|line)\b|"
        r"\b(?:home treatment|early intervention|community mental health|falls|continence|heart failure|"
        r"substance misuse|drug|alcohol|drug and alcohol|pain|palliative|stroke|respiratory)\s+(?:team|service|nurse)s?\b|"
        r"\b(?:eye|children's|maternity|dental|cancer|heart|psychiatric|mental|women's|orthopaedic|orthopedic)\s+"
        r"hospital\b", re.I)),
    # drink and drugs by what is used: "I smoke weed", "a bottle of wine a night", "clean for two years"
    ("phi_addiction_story", re.compile(
        r"\b(?:i'?ve|i have|he'?s|she'?s|they'?ve|he has|she has)\s+been\s+clean\s+(?:for|since)\s+[a-z0-9]+"
        r"(?:\s+(?:years?|months?|weeks?|days?))?|\b(?:smoke|smoking|smokes|smoked)\s+(?:weed|spice|crack|cannabis|"
        r"skunk|joints?)\b|\bdrinking\s+(?:a|two|three|half a)\s+(?:bottles?|litres?|cans?)\s+"
        r"(?:of\s+(?:wine|vodka|whisky|whiskey|gin|rum|cider|beer|spirits|lager)\s+)?"
        r"(?:a|every|each)\s+(?:night|day)\b", re.I)),
    # sexual health: "get tested after the condom split", "on PrEP"
    ("phi_sexual_story", re.compile(
        r"(?i:\b(?:the\s+|a\s+)?condom\s+(?:split|broke|came off|tore)\b|\bget(?:ting)? tested\b(?=[^.?!]{0,40}"
        r"\b(?:condom|sex|partner|std|sti|clinic|hiv)\b))|\bPrEP\b")),
    # treatment said as someone's: "my injections", "part of my bowel taken out", "my stitches came out"
    ("phi_care_story", re.compile(
        rf"\b{_OWNER}\s+(?:own\s+)?(?:injections|jabs|infusions?)\b|\b(?:took|taken|take|removed|cut)\s+(?:out\s+)?"
        rf"(?:part|half|a bit|some)\s+of\s+{_OWNER}\s+(?:bowel|colon|lung|liver|stomach|intestines?|kidney|"
        rf"thyroid|brain|skull|breast|pancreas)\b|\b{_OWNER}\s+stitches\s+(?:came out|have come out|burst|split|"
        r"opened|are|were)\b|\b(?:got|has|have|had|same)\s+(?:same\s+)?(?:heart|lung|kidney|thyroid|bowel|"
        r"stomach|liver|bladder|brain|womb|prostate)\s+thing\b|\b(?:has|have|got|had|with)\s+a[- ]fib\b", re.I)),
    # grave or lasting states told plainly: "in a coma", "been given six months", "losing my sight",
    # "my lungs are packing in", "having my baby", "a hole in my heart", "my ears ring", "a drink problem",
    # "flashbacks since the crash", "into a care home"
    ("phi_story", re.compile(
        r"\b(?:in|into|out of)\s+a\s+coma\b|\binduced\s+coma\b|"
        r"\b(?:i'?ve|[a-z]+'s|they'?ve|has|have)\s+(?:just\s+|only\s+)?been\s+given\s+(?:only\s+|just\s+)?"
        r"(?:a few|a couple of|[a-z]+)\s+(?:weeks|months|years?)(?:\s+to live|\s+left)?(?=\s*(?:$|[.,;!?]|to live|left))|"
        r"\b(?:losing|lost|lose|loses)\s+(?:my|his|her|their)\s+(?:sight|hearing|eyesight|memory|balance)\b|"
        r"\bgoing\s+(?:deaf|blind)\b(?:\s+in\s+(?:one|my|his|her|the|both)\s+(?:left\s+|right\s+)?(?:ears?|eyes?))?|"
        rf"\b{_OWNER}\s+(?:lungs?|heart|kidneys?|liver|legs?|knees?|hips?|back|eyes?|ears?|body)(?:'s|'re|\s+is|\s+are)\s+"
        r"(?:packing in|packing up|giving out|giving up)\b|"
        r"\b(?:having|had|have)\s+(?:my|her|our)\s+(?:baby|twins|first baby|second baby)\b(?!'s|\s+(?:sitter|shower|"
        r"photos|monitor|clothes|things|stuff))|\ba hole in (?:my|his|her|the|their) heart\b|"
        rf"\b{_OWNER}\s+ears?\s+(?:ring|rings|keep ringing|buzz|buzzes|keep buzzing)\b|"
        r"\ba\s+(?:bad\s+|slight\s+|permanent\s+)?limp\b(?=\s*(?:$|[.,;!?]|now|since|and|so|from|after|because))|"
        r"\b(?:a|his|her|my|their)\s+(?:drink|drinking|drug|gambling|alcohol|heroin|cocaine)\s+problem\b|"
        r"\b(?:nightmares|flashbacks)\s+(?:since|after|from)\b|\b(?:having|get|getting|have|had)\s+flashbacks\b|"
        r"(?<!work )(?<!works )(?<!worked )(?<!working )(?<!job )\b(?:into|in|to)\s+(?:a|the)\s+"
        r"(?:care|nursing|residential)\s+home\b", re.I)),
    # care by who gives it or what is watched: "the heart doctor", "a 20 week scan", "kept in for observation"
    ("phi_care_story", re.compile(
        r"\b(?:heart|skin|bone|kidney|eye|foot|ear|chest|lung|brain|stomach|cancer|baby|bowel|liver)\s+"
        r"(?:doctor|specialist|surgeon|consultant|nurse)s?\b|\b(?:my|his|her)\s+surgeon\b|"
        r"\bfollow[- ]up\s+(?:appointment\s+)?(?:with|at)\s+(?:the|my)\s+(?:surgeon|consultant|specialist|clinic|"
        r"hospital)\b|\b(?:\d+|twelve|twenty|thirteen|eight|nine|ten|sixteen|thirty)[- ]week\s+scan\b|"
        r"\bscan\s+at\s+(?:\d+|twelve|twenty|thirteen|eight|nine|ten|sixteen|thirty)\s+weeks\b|"
        r"\b(?:dating|anomaly|gender|growth|pregnancy)\s+scan\b|"
        r"\b(?:keep|keeping|keeps|kept)\s+(?:me|him|her|them)\s+in\s+(?:overnight|for\s+(?:observation|obs|tests|"
        r"monitoring))|\bin\s+for\s+observation\b|"
        r"\b(?:stitched up|glued|stapled)\s+(?:after|from)\s+(?:the|my|a)\s+(?:fall|accident|crash|op|operation|cut)\b|"
        r"\ba\s+drain\s+in\b(?=[^.]{0,30}\b(?:operation|op|surgery|wound|chest|lung)\b)", re.I)),
    # the eyes' state, memory going, services and dependencies by name: "my eyes are dry and gritty",
    # "doesn't know who we are", "keeps wandering off at night", "early onset", "CAMHS", "an alcohol dependency"
    ("phi_story", re.compile(
        rf"\b{_OWNER}\s+eyes\s+(?:are|have been|'re|keep|get|feel)\s+(?:all\s+|really\s+|so\s+|very\s+)?(?:dry|gritty|"
        r"itchy|watery|bloodshot|sticky|weepy|swollen)\b|"
        r"\b(?:doesn't|does not|didn't|don't|can't|cannot)\s+(?:know|recognise|recognize|remember)\s+(?:who\s+(?:we|i|he|"
        r"she|they)\s+(?:are|am|is)|(?:her|his) own (?:family|kids|children|name))\b|"
        rf"\b{_WHO}\s+(?:keeps?|kept|(?:has|'s)\s+started|started)\s+wandering\s+(?:off|at night|in the night|out at night|"
        r"the streets)\b|\bearly[- ]onset\b|"
        r"\bgone\s+(?:doolally|senile|gaga)\b|\bcamhs\b|"
        r"\b(?:alcohol|drug|opioid|opiate|gambling|benzo|substance)\s+(?:dependency|dependence|addiction|misuse|abuse)\b",
        re.I)),
    # the mouth, a birth condition, feeding, the bladder, the body in plaster: "all my teeth out", "needed
    # stitches", "born with Down's", "a feeding tube", "reflux", "pee every hour", "breastfeeding", "nits",
    # "cluster headaches", "a bleed on the brain", "my back went", "my arm in a sling", "in a boot for six weeks"
    ("phi_story", re.compile(
        r"\b(?:all|some|two|three|four|most)\s+(?:of\s+)?(?:my|his|her)\s+teeth\s+(?:out|removed|pulled|taken out)\b|"
        rf"\b{_OWNER}\s+(?:wisdom\s+)?(?:tooth|teeth)(?:'s|\s+is|\s+are)\s+(?:impacted|abscessed|infected|rotten|"
        r"wobbly|loose|cracked|broken)\b|\b(?:needed|needs|need|needing)\s+(?:stitches|a stitch|staples|"
        r"a splint)\b|\b(?:born with|has|have|got|with)\s+down'?s(?:\s+syndrome)?(?=\s*(?:$|[.,;!?]|and\b|so\b|but\b))|"
        r"\b(?:a|her|his|the|my)\s+(?:feeding|nasal|ng|peg)\s+tube\b|\bpeg[- ]fed\b|"
        r"\b(?:got|has|have|with|from)\s+(?:bad\s+|silent\s+|acid\s+)?reflux\b|\bbringing\s+(?:milk|feeds?|food)\s+"
        r"(?:back\s+)?up\b|\bbladder\s+weakness\b|\b(?:pee|wee)(?:ing)?\s+every\s+(?:hour|half hour|night|"
        r"twenty minutes)\b|\bbreast ?feeding\b|\bexpressing milk\b|\b(?:got|has|have|with)\s+nits\b|"
        r"\bhead lice\b|\b(?:cluster|tension|sinus)\s+headaches?\b|\b(?:a\s+)?(?:brain\s+)?bleed\s+(?:on|in)\s+"
        r"(?:the|his|her|my)\s+brain\b|\bbrain bleed\b|"
        rf"\b{_OWNER}\s+(?:back|knee|hip|neck|shoulder)\s+(?:went|has gone|'s gone|gave way|locked)\b"
        r"(?!\s+(?:to|into|out|back|up|down|home|in)\b)|"
        rf"\b{_OWNER}\s+(?:arm|leg|wrist|ankle|foot|hand|neck|thumb|finger)\s+(?:is\s+|'s\s+)?in\s+(?:a\s+)?"
        r"(?:sling|cast|plaster|brace|splint|boot)\b|\b(?:i'?m|he'?s|she'?s|i am|been)\s+in\s+(?:a\s+)?(?:moon\s+)?"
        r"(?:boot|sling|cast|neck brace|splint|plaster)\s+(?:for|since|until|till)\b", re.I)),
    # a part or faculty given as the reason: "laid up with my chest", "because of my hearing", "my op",
    # "too poorly to ring", "under the weather"
    ("phi_story", re.compile(
        r"\b(?:with|because of|due to)\s+(?:my|his|her|their)\s+(?:chest|lungs?|heart|back|legs?|knees?|hips?|hearing|"
        r"eyesight|sight|eyes|sugar|nerves|bowels?|bladder|kidneys?|joints?|breathing|balance|memory|mental health|"
        r"blood pressure)\b(?!\s+(?:payments?|bills?|door|garden|room|account|up|pocket|closed|shut|open|set|"
        r"in my mouth|to you|on|unseen|and (?:soul|mind)))|"
        r"\b(?:in for|for|after|before|since|from)\s+(?:my|his|her)\s+op\b|"
        r"\b(?:too|very|really|quite|so|been|was|is|i'?m|he'?s|she'?s|feeling)\s+poorly\b"
        r"(?!\s+(?:[a-z]+ed|made|done|written|paid|run|built|thought|worded|designed)\b)|\bunder the weather\b",
        re.I)),
]

# Words one of which each pattern needs, in the same order as PATTERNS: a turn without any skips the
# pattern (most turns are about bills, not bodies; this keeps the per-turn cost small). None: always run.
_GATES = [
    ("shake", "trembl", "give", "gave", "buckl", "numb", "dead", "swell", "seize", "lock", "twitch", "droop", "blue",
     "keep", "kept", "start"),
    ("heart", "pulse"), ("room", "ceiling", "floor", "everything around"),
    ("pain", "numb", "tingl", "pins and", "rash", "swell", "weak", "cramp", "spasm", "feeling", "sensation", " use "),
    ("blood",), ("stone", "kilo", "kg", "pounds", "lbs"),
    ("forget", "forgot", "losing", "find", "getting lost"), ("getting lost",),
    ("brace", "microsuction", "syring", "grommet", "egg", "sperm", "embryo", "stud", "stitches", "cast", "tube f",
     "snip"),
    ("microsuction", "grommet", "egg"),
    ("fitted", "put in", "taken out", "removed", "changed", "replaced", " off"),
    ("camera", "scope", "tube", "probe"), ("injection", "infusion", "jab", "implant", "patches", "drip", "shot"),
    ("study", "studies", "assessment"), (" out",), ("cell",), ("ectopic", "lost", "losing", "lose"),
    ("olog", "odont", "iatr", "opod", "ometr", "ician", "dietit", "orthopt", "anaesth", "anesth", "grapher", "ent "),
    ("nail", "verruca", "bunion", "tag", "basal", "squamous", "sebaceous", "socket", "athlete", "ulcer", "sore",
     "stye", "chilblain", "carbuncle", "shingles"),
    ("mole", "wart", "corn", "boil", "ulcer", "abscess"),
    ("perforat", "detach", "collaps", "burst", "ruptur", "dislocat", "slipped", "prolaps", "herniat", "fractur",
     "torn", "inflam", "infect", "enlarg", "strangulat"),
    ("seizure", "hypo", "flare", "relapse", "stroke", "asthma", "angina", "fit", "turn"),
    ("deaf", "sight", "verbal", "colo", "wheelchair", "tube", "dialysis", "bed"),
    None, None,
    ("tooth", "teeth", "gum", "filling", "crown", "molar"), ("floater", "flash", "vision", "eyesight", "sight", "spots"),
    ("mouth", "cheek", "delay", "tongue", "thrive", "terrors"),
    ("drinking", "gambling", "drug", "back on", "hooked", "addicted", "relapsed"), ("voices",),
    ("breath", "coughing up", "down", "headache", "migraine", "nosebleed", "dizzy", "flushes", "sweats", "beats"),
    ("puffy", "swollen", "stiff", "numb", "tingly", "aching", "achy", "sore", "throbbing", "bruised"),
    ("dressing", "wound", "scar", "stitches", "stoma"), ("d and c", "d & c"),
    ("feeling", "cutting", "eating", "sleeping"), ("team", "service", "nurse", "hospital"),
    ("clean", "weed", "spice", "crack", "cannabis", "skunk", "joint", "drinking"), ("condom", "tested", "prep", "pep"),
    ("injections", "jabs", "infusion", "part of", "half of", "stitches", "thing", "fib"),
    ("coma", "given", "losing", "lost", "lose", "going deaf", "going blind", "packing", "giving", "baby", "twins",
     "hole in", "ring", "buzz", "limp", "problem", "nightmares", "flashbacks", "home"),
    ("scan", "doctor", "specialist", "surgeon", "consultant", "nurse", "follow", "keep", "observation",
     "stitched", "glued", "stapled", "drain"),
    ("eyes", "know", "recogni", "remember", "wandering", "onset", "doolally", "camhs", "dependen", "misuse", "abuse"),
    ("teeth", "tooth", "needed", "needs", "down's", "downs", "tube", "peg", "reflux", "milk", "feeds", "bladder", "pee",
     "wee", "breast", "expressing", "nits", "lice", "headache", "bleed", "went", "gave way", "boot", "sling", "cast",
     "plaster", "brace", "splint"),
    ("with my", "with his", "with her", "because of", "due to", " op", "poorly", "weather"),
]
assert len(_GATES) == len(PATTERNS)
# more kinds, kept in their own module for size: read with these
PATTERNS += health_plain.PATTERNS + health_slang.PATTERNS
_GATES += health_plain.GATES + health_slang.GATES


def _surgeries(text: str) -> list[tuple[int, int, str]]:
    """"after my heart valve surgery", "his knee op": an operation named by the part (not "my GP surgery")."""
    out = []
    if not re.search(r"surgery|\bop\b|operation", text, re.I):
        return out
    for m in _SURGERY.finditer(text):
        words = m.group(1).lower().split()
        if words[0] in _NOT_SURGERY or any(w in _NOT_SURGERY for w in words):
            continue
        if m.group().lower().endswith("operation") and not set(words) & _BODYISH:
            continue        # "my business operation", "our whole operation"
        out.append((m.start(1), m.end(), "phi_surgery_story"))
    return out


_BRITISH = re.compile(r"\b[a-z]*(?:ae|oe)[a-z]*\b", re.I)


def _british(text: str, vocab) -> list[tuple[int, int, str]]:
    """"apnoea", "oedema", "haemorrhoids": a listed term in British spelling (vocab: health.py's)."""
    if vocab is None or "ae" not in text.lower() and "oe" not in text.lower():
        return []
    out = []
    for m in _BRITISH.finditer(text):
        w = m.group().lower()
        us = w.replace("ae", "e").replace("oe", "e")
        if len(w) >= 6 and w not in vocab.common and (us in vocab.single or us in _US_TERMS):
            out.append((m.start(), m.end(), "phi_british"))
    return out


# British forms whose American one is listed only inside a phrase ("sleep apnea")
_US_TERMS = {"apnea", "anemia", "edema", "diarrhea", "leukemia", "hemorrhoids", "celiac", "esophagitis", "dyspnea",
             "hemophilia", "hemorrhage", "gonorrhea", "ischemia", "septicemia", "hypoglycemia", "hyperglycemia"}


def spans(text: str, vocab=None) -> list[tuple[int, int, str]]:
    """(start, end, rule) of each health detail told as a story in the turn."""
    out = []
    low = text.lower()
    for (rule, rx), gate in zip(PATTERNS, _GATES):
        if gate is not None and not any(g in low for g in gate):
            continue
        for m in rx.finditer(text):
            if rule == "phi_specialist" and m.group(1) and (m.group(1).lower() in _TITLES_NOT_CARE
                                                            or _JOB_BEFORE.search(text[:m.start()])):
                continue
            if rule == "phi_specialist" and not m.group(1) and _JOB_BEFORE.search(text[:m.start()]):
                continue
            out.append((m.start("d"), m.end("d"), rule) if "d" in rx.groupindex else (m.start(), m.end(), rule))
    return out + _surgeries(text) + _british(text, vocab) + health_mind.spans(text)
