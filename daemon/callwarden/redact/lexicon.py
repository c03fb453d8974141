"""Words that mark a context (payment, identity) and PHI terms. Lower case; matched on word boundaries."""

# ASR spells the letters out: "see vee vee", "c v c"
_CVV_SPELLED = [r"\b(?:see|c)[ .-]*(?:vee|v)[ .-]*(?:vee|v|see|c)\b", r"\bc[ .-]?v[ .-]?(?:v|c|2)\b",
                # B for V, as ASR hears it on a phone line: "CBB", "CVB"
                r"\bc[ .-]?(?:bv|vb|bb)\b"]
# "direct debit" and "debit order" are paid from a bank account (ACCOUNT_CONTEXT), not a card
PAYMENT_CONTEXT = [r"card", r"credit", r"(?<!direct )debit(?! order)", r"visa", r"master ?card", r"amex",
                   r"american express", r"discover", r"pay(?:ing|ment)?\b.*\bby card", r"card number", r"long number",
                   r"first (?:\w+ )?(?:digits|numbers)", r"(?:the )?rest (?:is|of (?:it|the number))",
                   r"last (?:\w+ )?(?:digits|numbers)", r"security code", r"cvv", r"cvc", r"cv2", *_CVV_SPELLED,
                   r"expir\w*", r"valid (?:until|thru|through)", r"good (?:until|thru|through|till)", r"on the back"]
CVV_CONTEXT = [r"security code", r"cvv", r"cvc", r"cv2", r"three digits", r"on the back", r"verification code",
               *_CVV_SPELLED]
EXPIRY_CONTEXT = [r"expir\w*", r"valid (?:until|thru|through|till)", r"good (?:until|thru|through|till)",
                  r"exp date", r"\bexp\b", r"end date"]
SSN_CONTEXT = [r"social security", r"\bssn\b", r"social insurance", r"national insurance", r"\bsocial\b",
               r"\bss number", r"\bs\.? ?s\.? ?n\b", r"\bsin number", r"\btax id", r"\btaxpayer"]
# ASR damages these words often ("day to birth", "date a birth", "d o b"): "birth" alone is enough.
DOB_CONTEXT = [r"date of birth", r"\bdob\b", r"\bd\.? ?o\.? ?b\b", r"\bborn\b", r"birth\w*", r"b-?day",
               r"(?:date|day|data) (?:of|a|to|for) (?:bir|ber|bur)\w*"]
# Keypad entry ("I'll type my ...") counts too: ASR often mangles the word PIN itself ("type my p").
PIN_CONTEXT = [r"\bpin\b", r"pin code", r"pin number", r"pass ?code", r"passcode", r"security pin",
               r"(?:type|key|enter|punch)(?:s|ing)? (?:in )?(?:my|the|your)\b", r"on the keypad",
               # "I'll key it in", "let me tap them in", "I'll put the numbers in on the keypad"
               r"\b(?:type|typing|key|keying|enter|entering|punch|punching|tap|tapping|put|putting|press|pressing|"
               r"dial|dialling|dialing)s? (?:it|them|that|this|those|these|(?:the|my|those) (?:numbers|digits))"
               r" (?:in|into)\b", r"\b(?:tap|tapping|dial|dialling|dialing)s? in (?:my|the|your)\b",
               r"\b(?:key ?pad|number pad|dial ?pad)\b",
               # tiny.en often writes a spoken "PIN" as a bare "p" ("I'll cut my p in now")
               r"\b(?:my|the|your) p\b(?!\.\w)", r"verify (?:my |your )?identity",
               # ... or spells it out: "my P.I. in", "my p i n", "my P.I.N."
               r"\b(?:my|the|your) p\.? ?i\.? ?i?n\b"]
ACCOUNT_CONTEXT = [r"account number", r"bank account", r"routing number", r"sort code", r"\biban\b",
                   # "the account ending in ...", "my savings, the one ending ..."
                   r"\baccount,? (?:that |which )?(?:ending|ends)\b",
                   r"\b(?:savings|checking|chequing|current|joint|business|deposit|isa) account\b",
                   r"\bmy (?:savings|checking|chequing)\b",
                   r"account (?:no|num)", r"member (?:number|id)", r"policy number", r"direct debit",
                   r"debit order", r"standing order", r"bank transfer", r"\bach\b", r"\bbsb\b"]
# "phone" alone is not enough: "my phone plan", "the phone is broken" read no number out.
PHONE_CONTEXT = [r"(?:phone|mobile|cell|cellphone|home|work|landline|contact|callback|best) (?:number|no)",
                 r"my (?:cell|mobile)(?: is|'s)?", r"call me (?:back )?(?:at|on)", r"reach me (?:at|on)",
                 r"landline", r"text me", r"area code", r"extension", r"contact number", r"best number", r"reach me"]
# Numbers a business gives out: kept when this is the nearest context before them (dv: "my order
# number is ..."), unless a card-length Luhn number. Sites add their own formats in [redact] keep.
ORDER_CONTEXT = [r"order(?: number| no| id| hash)?", r"confirmation(?: number| code)?", r"tracking(?: number)?",
                 r"reference(?: number)?", r"ticket(?: number)?", r"case(?: number)?", r"invoice(?: number)?",
                 r"claim number", r"booking(?: number| reference)?", r"reservation(?: number)?",
                 r"model(?: number)?", r"serial(?: number)?", r"item number", r"part number", r"flight"]
IDENTITY_CONTEXT = [r"your name", r"my name", r"name is", r"who am i speaking", r"who(?:'s| is) calling",
                    r"spell(?:ed|t|ing)? (?:that|it|your|my)", r"first name", r"last name", r"surname",
                    r"full name", r"name on the (?:card|account|booking|policy|reservation|order|bill|lease)",
                    r"(?:account|policy|card) ?holder", r"whose name", r"name (?:for|of|on|under) the \w+",
                    r"\bwhat name\b", r"(?:what|how) (?:should|shall|can|do|would) (?:i|we) (?:call|address) you",
                    r"who (?:is|are) (?:the account|the booking|it|this) (?:for|under)",
                    # "who's the parcel for?", "who is the appointment with?", "name of the passenger"
                    r"who(?:'s| is| was) (?:the|this|that) (?:parcel|package|delivery|order|booking|reservation|"
                    r"appointment|ticket|room|table|card|gift|prescription|policy) (?:for|in|under)\b",
                    r"\bname of the (?:passenger|guest|patient|driver|holder|recipient|customer|member|traveller|"
                    r"traveler|student|child|tenant|caller)\b"]
# "the number in the email", "on your email": the e-mail as where something is written, not an address
EMAIL_CONTEXT = [r"(?<!in the )(?<!on the )(?<!in my )(?<!on my )(?<!in your )(?<!on your )(?<!in an )(?<!in that )"
                 r"(?<!on that )e-?mail", r"email address", r"mail address", r"\bgmail\b", r"\bi-?mail\b"]
ADDRESS_CONTEXT = [r"\blive (?:at|on)\b", r"address is", r"my address", r"moved to",
                   r"deliver(?:ed|y)? (?:it |them |this |that |the \w+ )?to",
                   r"zip ?code", r"\bzip\b", r"post ?code", r"ship (?:it |them )?to", r"send (?:it |them )?to",
                   r"street address", r"home address", r"billing address", r"mailing address", r"your address",
                   r"delivery address", r"postal address", r"where do you live",
                   # where the caller is: "where are you located?", "where's the property?"
                   r"where (?:are you|is the (?:property|house|farm|home)|'s the (?:property|house)) "
                   r"(?:located|based|situated)\b", r"where is the (?:property|house)\b",
                   r"where (?:should|shall|do) we (?:send|deliver)",
                   # the agent asking for the street alone: "street?", "what street is that?"
                   r"(?:what|which) street", r"\b(?:and|your|the) street\b(?! (?:lights?|food|party|parties|view))",
                   r"street(?: name)?(?=\s*\?)", r"(?:what's|what is) the address",
                   # "what address should we use?", "house number or name?"
                   r"\b(?:what|which) address\b", r"\bhouse (?:number|name)\b",
                   r"\b(?:and the|what|which) (?:town|village|townland|suburb|county)\b(?! (?:centre|center|hall))",
                   # "I live in flat 3, 27 Rosebank"
                   r"\blive in(?= (?:flat|apartment|apt|unit|number|no)\b| \d)",
                   # the bare ask: "address please", "and the address?", "where do you stay?", "where's the house?"
                   r"(?<!mail )(?<!e-mail )address(?=\W*(?:please\W*)?$)",
                   r"where (?:do|does|did) (?:you|they|he|she) (?:live|stay|reside)\b",
                   r"where'?s the (?:property|house|home|farm|flat)\b",
                   # "and the address for the visit", "can I take your full address"
                   r"(?<!mail )(?<!e-mail )(?<!email )\b(?:the|your|full) address\b",
                   # "where would you like the parcel left?", "where shall we drop it?"
                   r"where (?:would|should|shall|do|does|can|will) (?:you|we|i|they)\b.{0,30}?\b(?:left|leave|delivered|"
                   r"deliver|sent|send|posted|post|shipped|ship)\b",
                   # "where should post go?", "where can the engineer find you?", "where's the job?"
                   r"where (?:should|shall|does|do|will) (?:the\s+)?(?:post|mail|letters?|parcels?|packages?|deliveries) go\b",
                   r"where (?:can|will|should|would) (?:the|our) (?:engineer|technician|driver|courier|nurse|carer|"
                   r"plumber|electrician|fitter|installer|team) (?:find|meet|come to|go)\b"]

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
          "nov", "dec"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth", "thirtieth"]
STREET_SUFFIXES = ["street", "st", "avenue", "ave", "road", "rd", "lane", "ln", "drive", "dr", "boulevard",
                   "blvd", "court", "ct", "way", "place", "pl", "terrace", "close", "crescent", "highway",
                   "parkway", "square", "circle", "trail", "row", "walk", "heights", "gardens", "grove", "mews",
                   "crossing", "esplanade", "parade", "promenade", "alley", "wynd"]

MEDICATIONS = [
    "lisinopril", "metformin", "atorvastatin", "simvastatin", "rosuvastatin", "amlodipine", "losartan",
    "valsartan", "metoprolol", "atenolol", "carvedilol", "propranolol", "hydrochlorothiazide", "furosemide",
    "spironolactone", "warfarin", "apixaban", "rivaroxaban", "clopidogrel", "aspirin", "insulin", "glipizide",
    "sitagliptin", "empagliflozin", "semaglutide", "ozempic", "levothyroxine", "synthroid", "omeprazole",
    "pantoprazole", "esomeprazole", "ranitidine", "albuterol", "salbutamol", "fluticasone", "montelukast",
    "prednisone", "prednisolone", "ibuprofen", "naproxen", "acetaminophen", "paracetamol", "tramadol",
    "oxycodone", "hydrocodone", "morphine", "codeine", "gabapentin", "pregabalin", "sertraline",
    "fluoxetine", "citalopram", "escitalopram", "paroxetine", "venlafaxine", "duloxetine", "bupropion",
    "trazodone", "mirtazapine", "amitriptyline", "alprazolam", "lorazepam", "diazepam", "clonazepam",
    "zolpidem", "quetiapine", "risperidone", "olanzapine", "aripiprazole", "lithium", "lamotrigine",
    "levetiracetam", "topiramate", "methotrexate", "adalimumab", "humira", "amoxicillin", "azithromycin",
    "doxycycline", "ciprofloxacin", "cephalexin", "penicillin", "tamoxifen", "letrozole", "finasteride",
    "tamsulosin", "sildenafil", "methylphenidate", "adderall", "ritalin", "epipen", "xanax", "prozac",
    "zoloft", "lipitor", "eliquis", "xarelto", "chemotherapy", "chemo", "dialysis", "antidepressants",
    "antibiotics", "blood thinners", "statins", "inhaler",
    # opioid brands the packaged drug list lacks
    "vicodin", "percocet", "norco", "dilaudid", "subutex",
    # hormones it lacks (menopause, contraception, gender-affirming care), and patients' short forms
    "estradiol", "oestradiol", "estrogen", "oestrogen", "progesterone", "progestogen", "levonorgestrel",
    "medroxyprogesterone", "depo-provera", "utrogestan", "evorel", "sandrena", "oestrogel", "estrogel",
    "spiro", "cyproterone", "bicalutamide", "decapeptyl", "prostap", "nebido", "sustanon", "testogel",
]
CONDITIONS = [
    "cardiac arrest", "panic attack", "panic attacks", "panic disorder", "nervous breakdown",
    "mental health team", "glandular fever", "shingles", "sciatica", "angina", "gout", "concussion",
    "high blood pressure", "low blood pressure", "hypertension", "hypotension", "type one diabetes",
    "type two diabetes", "type 1 diabetes", "type 2 diabetes", "diabetes", "diabetic", "asthma", "copd",
    "emphysema", "heart failure", "heart disease", "heart attack", "atrial fibrillation", "afib",
    "arrhythmia", "stroke", "cancer", "leukemia", "lymphoma", "melanoma", "tumor", "tumour", "hiv", "aids",
    "hepatitis", "cirrhosis", "kidney disease", "kidney failure", "epilepsy", "seizures", "migraines",
    "multiple sclerosis", "parkinson's", "parkinsons", "alzheimer's", "alzheimers", "dementia",
    "depression", "anxiety", "bipolar", "schizophrenia", "ptsd", "adhd", "autism", "eating disorder",
    "anorexia", "bulimia", "arthritis", "rheumatoid arthritis", "osteoporosis", "lupus", "crohn's",
    "crohns", "colitis", "celiac", "thyroid", "hypothyroidism", "hyperthyroidism", "high cholesterol",
    "cholesterol", "obesity", "sleep apnea", "pneumonia", "tuberculosis", "covid", "long covid",
    "pregnant", "pregnancy", "miscarriage", "infertility", "std", "chlamydia", "herpes", "addiction",
    "alcoholism", "overdose", "glaucoma", "cataracts", "allergy", "allergies", "psoriasis", "eczema",
    # everyday names the packaged dictionaries file under other words
    "insomnia", "piles", "incontinence", "palpitations", "glue ear", "hot flushes", "night sweats",
]
# Operations and examinations by name: the packaged dictionaries list drugs and conditions, not these,
# and a name ASR split into words ("a mass tech to me") is found by sound only among listed terms.
PROCEDURES = [
    "hysterectomy", "mastectomy", "vasectomy", "appendectomy", "tonsillectomy", "colectomy", "lumpectomy",
    "prostatectomy", "cholecystectomy", "thyroidectomy", "nephrectomy", "colonoscopy", "endoscopy", "gastroscopy",
    "cystoscopy", "laparoscopy", "arthroscopy", "bronchoscopy", "sigmoidoscopy", "angioplasty", "angiogram",
    "mammogram", "echocardiogram", "electrocardiogram", "amniocentesis", "tracheostomy", "colostomy", "ileostomy",
    "lobotomy", "episiotomy", "liposuction", "rhinoplasty", "radiotherapy", "immunotherapy", "lithotripsy",
    "cardioversion", "catheterisation", "catheterization", "transfusion", "circumcision", "hemodialysis",
    "haemodialysis", "amputation", "defibrillator", "pacemaker", "skin graft", "bone graft", "spinal fusion",
    "heart bypass", "gastric band", "gastric bypass",
]
