"""Word lists for the grammar. Surnames, streets and health terms are picked so that they are not
ordinary English words: a leak check on them then cannot fire on unrelated text."""

from __future__ import annotations

FIRST_NAMES = """Priya Tomasz Chiamaka Margarethe Dolores Kwame Ingrid Mateo Siobhan Farhan Yusuf Agnieszka
Bogdan Lucinda Thaddeus Esperanza Dmitri Aoife Nkechi Henrik Ximena Bartholomew Rosalind Wendell
Cornelius Oluwaseun Svetlana Rafferty Imogen Leopold Anneliese Ezequiel Marisol Declan Thandiwe
Gwendolyn Ignatius Zofia Benedikt Harriet Leandro Fionnuala Radomir Octavia Desmond Yolanda""".split()

SURNAMES = """Raghunathan Kowalczyk Okonkwo Nakashima Fitzgerald Abernathy Delacroix Vasquez Papadopoulos
Lindqvist Oyelaran Castellanos Mwangi Nguyen Ferreira Szymanski Achterberg Gallagher Moreau Ivanova
Kaczmarek Bhattacharya Whitcombe Quintero Halvorsen Petrakis McAllister Yilmaz Zielinski Rosenthal
Albrecht Esposito Caruso Horvath Dunleavy Sorensen Takahashi Adeyemi Villanueva Krishnamurthy
Oberholzer Baptiste Grzybowski Mbeki Lachance Okafor Vanderbilt Hollingsworth Prendergast Uchenna
Delgado Antonelli Brzezinski Thorvaldsen Eberhardt Cunningham Nakamura Wojcik Hadjidakis Ramaswamy
Fairweather Montgomery Kilpatrick Ostrowski Iwasaki Dubois Figueroa Ljungberg Mastroianni""".split()

# Handles for e-mail local parts that are not derived from a name.
HANDLES = """skyhawk bluefinch quietriver moonbeam tangerine zephyrus nightowl kettlebell
pinecone marmalade starling driftwood copperfox thunderbay lemongrass wavecrest""".split()

DOMAINS = """gmail.com yahoo.com outlook.com hotmail.co.uk proton.me fastmail.fm icloud.com example.org
riverside-clinic.org mail.co.nz studio.xyz naturalhistory.museum hartwell.io wanderlust.travel
greenvalley.coop pixelforge.ninja lightbox.photography kiwimail.co.nz""".split()

STREETS = """Birchwood Larchmont Tamarack Wexford Ashbury Penhallow Dunmore Calloway Sycamore Marigold
Hawthorne Kestrel Foxglove Wintergreen Chadwick Bellweather Aldergrove Merriweather Thistledown
Osprey Cobblestone Lockhart Rosemont Fairhaven Pemberton Kingsbury Glenwood Brambleton Ravenswood
Stonebridge Millbrook Quarryview Huckleberry Edgecombe Sandpiper Ironwood Cheltenham Westbrook""".split()

STREET_SUFFIXES = ["Street", "Avenue", "Road", "Lane", "Drive", "Court", "Boulevard", "Way", "Place",
                   "Terrace", "Circle", "Parkway"]

CITIES = ["Springfield", "Dayton", "Fresno", "Boise", "Tacoma", "Duluth", "Albany", "Savannah"]

# Drugs outside the most common twenty, brand and generic, plus ASR misspellings of common ones.
DRUGS = """Xarelto rivaroxaban Eliquis apixaban Entresto Jardiance empagliflozin Farxiga dapagliflozin
Trulicity dulaglutide spironolactone methotrexate hydroxychloroquine Plaquenil lamotrigine Lamictal
levetiracetam Keppra tamsulosin Flomax finasteride allopurinol colchicine Humira adalimumab Enbrel
etanercept buprenorphine Suboxone naltrexone lithium quetiapine Seroquel aripiprazole Abilify
venlafaxine Effexor bupropion Wellbutrin topiramate Topamax tacrolimus mycophenolate warfarin
Coumadin enoxaparin Lovenox letrozole tamoxifen anastrozole Truvada Biktarvy Lantus Tresiba
clonazepam Klonopin lorazepam Ativan donepezil Aricept sumatriptan Imitrex montelukast Singulair
tiotropium Spiriva pregabalin Lyrica duloxetine Cymbalta oxybutynin mirtazapine propranolol
carvedilol digoxin amiodarone isotretinoin Accutane valacyclovir Valtrex Paxlovid Dupixent Stelara
Otezla Xeljanz methadone modafinil Vyvanse Strattera""".split()

DRUGS_MISSPELT = """lisinipril metforman atorvastatine amlodapine levothyroxin hydrochlorothyazide
gabapenton sertaline prednizone Xeralto Elequis Jardience omeprazol losarten""".split()

# "phrase" or "phrase=needle,needle": the needles are the words whose survival reveals the detail.
CONDITIONS = """atrial fibrillation=atrial,fibrillation|multiple sclerosis=sclerosis|Crohn's disease=crohn
ulcerative colitis=colitis|lupus|epilepsy|bipolar disorder=bipolar|schizophrenia|hepatitis C=hepatitis
HIV=hiv|COPD=copd|emphysema|endometriosis|kidney stones=kidney,stones|breast cancer=breast,cancer
prostate cancer=prostate,cancer|pancreatitis|gout|psoriasis|sleep apnea=apnea|glaucoma
macular degeneration=macular|Parkinson's=parkinson|dementia|anorexia|PTSD=ptsd|a herniated disc=herniated
celiac disease=celiac|chlamydia|hypothyroidism|congestive heart failure=congestive,heart failure
lymphoma|melanoma|diverticulitis|fibromyalgia|shingles|tuberculosis|sickle cell=sickle
cirrhosis|Hashimoto's=hashimoto|gallstones|ovarian cysts=ovarian,cysts|liver cancer=liver,cancer
lung cancer=lung,cancer|herpes|depression|an eating disorder=eating disorder|alcoholism""".replace(
    "\n", "|").split("|")

PROCEDURES = """colonoscopy|hysterectomy|knee replacement=knee replacement|chemotherapy|chemo|dialysis
angioplasty|mastectomy|vasectomy|cataract surgery=cataract|biopsy|gastric bypass=gastric
spinal fusion=spinal fusion|IVF=ivf|lumpectomy|appendectomy|tonsillectomy|bone marrow transplant=bone marrow
pacemaker|stent|hip replacement=hip replacement|radiation therapy=radiation|skin graft=skin graft""".replace(
    "\n", "|").split("|")

TESTS = """MRI=mri|CT scan=ct scan|mammogram|echocardiogram|EEG=eeg|pap smear=pap smear|PSA test=psa
glucose tolerance test=glucose tolerance|HIV test=hiv|pregnancy test=pregnancy|sleep study=sleep study
stress test=stress test|thyroid panel=thyroid|genetic screening=genetic screening|allergy panel=allergy
bone density scan=bone density|liver function test=liver function|biopsy results=biopsy""".replace(
    "\n", "|").split("|")


def term(entry: str) -> tuple[str, list[str]]:
    """'phrase=n1,n2' -> (phrase, [n1, n2]); a bare phrase is its own needle."""
    phrase, _, needles = entry.partition("=")
    phrase = phrase.strip()
    return phrase, [n.strip().lower() for n in needles.split(",")] if needles else [phrase.lower()]


FILLERS = ["um", "uh", "hmm", "sorry", "let me see", "uh, sorry", "erm", "umm"]

# Agent prompts that neither open nor close a context: what an agent says between pieces.
GO_ON = ["Go on.", "Okay.", "Mm-hm.", "Got it, go ahead.", "Okay, next four please.", "Uh-huh, and the rest?",
         "Yep.", "Sorry, go on.", "Right, keep going.", "Okay, I'm with you.", "Next part please.",
         "Take your time.", "And then?"]

HANG_ON = ["Hang on, let me get my card.", "One sec, it's in my wallet.", "Hold on, let me find it.",
           "Uh, just a moment, I have to grab my purse.", "Hmm, where did I put it... okay, got it.",
           "Sorry, give me a minute, I'm driving.", "Let me look it up, hang on."]

AGENT_OPEN = ["Thanks for calling, how can I help you today?", "Hi, you're through to support, what can I do for you?",
              "Good afternoon, this is billing, how can I help?", "Hello, thanks for holding. What can I do for you?"]

AGENT_CLOSE = ["Perfect, thank you.", "Great, that's all I need.", "Thanks, one moment while I pull that up.",
               "Okay, got it.", "Thank you, that's been updated."]

CALLER_OPEN = ["Hi, I'm calling about my bill.", "Yeah hi, I need to make a payment.",
               "Hello, I have a question about my account.", "Hi there, I got a letter from you guys.",
               "Hi, I need to update some details.", "Hey, I'm trying to sort out a charge."]

CALLER_CLOSE = ["Okay, thanks.", "That's it, thank you.", "Great, thanks so much.", "Alright, bye.",
                "Cool, appreciate it."]
