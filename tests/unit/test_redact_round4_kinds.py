"""Health details told as a story, by kind (redact/health_stories.py): the body doing something by
itself, the room moving, a symptom at a part, blood where it should not be, weight lost, memory
slipping, care by its everyday name, a device fitted, an instrument into the body, a substance given
as a treatment, a study or assessment, an organ taken out, cells a test found, reproductive loss, a
specialist by title, small ailments, a part said damaged after it, an event had, what someone is,
abbreviations after what someone has, British spellings, an operation named by the part. Each kind
has near misses that stay. Sentences written for this test, not taken from any probe set."""

from __future__ import annotations

import pytest

from callwarden.redact.redactor import CallRedactor


def _red(text: str) -> str:
    return CallRedactor().redact(text, 0, 0).text


@pytest.mark.parametrize("text, gone", [
    # the body doing something by itself
    ("my legs keep giving way on the stairs", "giving way"),
    ("his fingers twitch all evening and he can't stop them", "twitch"),
    ("my knees buckle when I get out of the bath", "buckle"),
    ("her face droops on one side in the evenings", "droops"),
    ("my heart pounds for no reason and then stops", "pounds"),
    # the room moving around the caller
    ("the whole room started spinning when I stood up", "spinning"),
    ("the ceiling keeps going round when I lie down", "going round"),
    ("everything around me was tilting this morning", "tilting"),
    # a symptom at a part
    ("I get pains in my chest at night", "pains in my chest"),
    ("there's tingling in my hands first thing", "tingling"),
    ("he's lost the feeling in his feet", "feeling in his feet"),
    ("she has stabbing pains after she eats", "stabbing pains"),
    # blood where it should not be
    ("there was blood in his stools again", "blood in his stools"),
    ("we found blood in the nappy this morning", "blood in the nappy"),
    ("I noticed blood in my pee", "blood in my pee"),
    # weight lost or gained
    ("she's dropped three stone since Christmas", "three stone"),
    ("I've put on six kilos from the steroids", "six kilos"),
    ("he lost ten pounds in weight in a fortnight", "ten pounds"),
    # memory slipping
    ("dad keeps getting lost walking home from the pub", "getting lost walking home"),
    ("mum forgets where she lives some days", "forgets where she lives"),
    ("I keep losing my words halfway through a sentence", "losing my words"),
    # care by its everyday name
    ("she's having her ears syringed on Friday", "syringed"),
    ("we're starting embryo transfer next week so money is tight", "embryo transfer"),
    ("he needs a swallowing study before they let him eat", "swallowing study"),
    # a device put in or taken out of the body
    ("I'm having the implant taken out on Monday", "implant"),
    ("the cannula was taken out this morning", "cannula"),
    ("I'm getting my veneers fitted next week", "veneers"),
    # an instrument into the body
    ("they put a tube down his nose to feed him", "tube down his nose"),
    ("it's a scope up the back passage, not pleasant", "scope up the back passage"),
    ("they'll put the camera into her bladder", "camera into her bladder"),
    # a substance given as a treatment
    ("I'm booked for an iron infusion on Thursday", "iron infusion"),
    ("he has hormone implants every twelve weeks", "hormone implants"),
    ("she has vitamin D injections at the practice", "vitamin D injections"),
    # a study or an assessment of the body
    ("they've booked me a gait assessment", "gait assessment"),
    ("she's waiting for a memory assessment", "memory assessment"),
    ("he failed the balance assessment at the clinic", "balance assessment"),
    # an organ taken out
    ("they want to take her appendix out tomorrow", "appendix"),
    ("the dentist took his wisdom teeth out", "wisdom teeth"),
    ("they want to take my tonsils out before winter", "tonsils"),
    # cells a test found
    ("the biopsy showed precancerous cells", "precancerous cells"),
    ("they found some atypical cells on the slide", "atypical cells"),
    ("the smear picked up cell changes", "cell changes"),
    # reproductive loss
    ("my wife had an ectopic in the spring", "ectopic"),
    ("I lost one of my ovaries to a cyst", "ovaries"),
    ("he lost a testicle when he was young", "testicle"),
    # a specialist by title
    ("the dermatologist wants another look at it", "dermatologist"),
    ("we're waiting to see the paediatrician", "paediatrician"),
    ("my podiatrist says I need insoles", "podiatrist"),
    # small ailments by name
    ("I've got skin tags under my arm", "skin tags"),
    ("I've got a stye so I can't wear make up", "stye"),
    ("she had a mole removed from her back", "mole"),
    # a part said damaged after it
    ("his lung collapsed on the flight home", "lung collapsed"),
    ("my disc has slipped again", "slipped"),
    ("her appendix burst at school", "appendix burst"),
    # an event someone had
    ("she had two hypos last night so I'm shattered", "hypos"),
    ("I was having a flare-up so I couldn't get to the phone", "flare-up"),
    ("I had a relapse last month so the payment was late", "relapse"),
    # what someone is, said as a compound or a status
    ("my son is non-verbal so I'll do the talking", "non-verbal"),
    ("my brother is tube fed so he needs the night line", "tube fed"),
    ("he's sight impaired, please send letters in braille", "sight impaired"),
    # condition abbreviations after what someone has, or after a listed one
    ("my son has SVT so he can't do sports", "SVT"),
    ("she's living with EDS and it's hard", "EDS"),
    ("she's got PMDD so some weeks are bad", "PMDD"),
    ("I've got IBS and UC so I'm in and out", "UC"),
    # British spellings of listed conditions
    ("the apnoea keeps waking me up", "apnoea"),
    ("he has oedema in his ankles", "oedema"),
    ("his apnoea is worse since the winter", "apnoea"),
    # an operation named by the part
    ("I've been off since my toe op", "toe"),
    ("she can't drive after her jaw surgery", "jaw"),
    ("since his nose surgery he's been quiet", "nose"),
])
def test_round4_kind_is_masked(text: str, gone: str) -> None:
    out = _red(text)
    assert gone.lower() not in out.lower(), out


@pytest.mark.parametrize("text", [
    # the body: emotion, things, idioms
    "my heart goes out to you, honestly",
    "the washing machine keeps shaking the whole kitchen",
    "my phone keeps going dead after an hour",
    # things that spin
    "the wheel on the screen keeps spinning",
    "the dial keeps going round and nothing happens",
    # pains as idioms
    "this bill is a pain in the neck",
    "the company has growing pains, I get it",
    # blood as an idiom
    "football is in my blood, so I need the sports add-on",
    "a bottle of blood orange juice was missing",
    # weight that is money or a parcel
    "I lost twenty pounds on the bet",
    "the parcel weighs two kilos",
    "I lost five pounds down the back of the sofa",
    # lost things, forgotten passwords
    "I keep forgetting my password",
    "the parcels keep getting lost on the way to me",
    "I got lost in your menu options",
    # studies, assessments, transfers that are not care
    "I need a risk assessment for the landlord",
    "the bank transfer went through yesterday",
    "she's doing a case study for college",
    # things fitted or replaced
    "we had a new boiler fitted on Monday",
    "the router was replaced last week",
    "I had the drain replaced by a plumber",
    # cameras and tubes that are not in a body
    "the camera down the road caught the van",
    "there's a tube down the back of the telly",
    # shots and jabs that are not treatment
    "I hit a lovely iron shot on the last hole",
    "he took a cheap jab at the staff",
    # organs that are not, taken out
    "can you take the bins out on Thursday",
    "I took my card out of the machine",
    # cells
    "the cells in the spreadsheet are all blank",
    "the battery cells need replacing",
    # tubes lost, tickets lost
    "I lost my tube pass on the way in",
    "I lost a tube of toothpaste in the move",
    # someone's job
    "my sister's a geologist at the university",
    "my daughter is training to be an orthodontist",
    "the technologist fixed the server",
    # moles, corns, boils that are not ailments
    "there's a mole in the garden digging up the lawn",
    "we had corn on the cob for tea",
    "a boil-in-the-bag rice was in the order",
    # things that burst or collapse
    "the pipe burst in the loft",
    "the roof collapsed in the storm",
    # events that are not a body's
    "we had a blackout on our street last night",
    "he had a fit of the giggles",
    # wheelchair access, colour coding
    "she's profoundly grateful for the refund",
    "I'm colour coding the files now",
    # abbreviations that are not conditions
    "my brother studied at UC and loved it",
    "I've got pots of money in that account",
    "the PE teacher rang about the trip",
    # spellings with ae or oe that are not health
    "the aerial fell off the roof",
    "my shoes arrived damaged",
    # surgeries that are a place, operations that are a business
    "my GP surgery closed early",
    "the MP's surgery is on Friday",
    "our whole operation moved to the new office",
])
def test_round4_near_miss_stays(text: str) -> None:
    assert _red(text) == text


@pytest.mark.parametrize("text, gone", [
    # an address that goes on after a comma: a house or close by its name, or the street in full
    ("my address is number six, the Cloisters", "Cloisters"),
    ("we're at twenty Foxglove, Foxglove Drive", "Foxglove Drive"),
    ("my address is number four, the Orchards, near the church", "Orchards"),
    # a day with a fixed date given as a birthday
    ("she was born on Boxing Day", "Boxing"),
    ("my birthday is Burns Night", "Burns"),
    ("my date of birth is St George's Day", "George"),
])
def test_round4_identifier_kind_is_masked(text: str, gone: str) -> None:
    out = _red(text)
    assert gone.lower() not in out.lower(), out


@pytest.mark.parametrize("text", [
    "I paid 12 pounds, the Boots one",
    "I owe forty two, the Council says",
    "the parcel was due on Valentine's Day",
    "I'll pay after Bonfire Night",
    "we're shut on New Year's Day",
])
def test_round4_identifier_near_miss_stays(text: str) -> None:
    assert _red(text) == text


def test_round4_address_chunk_that_is_people_stays():
    # "the Smiths bought it": a clause goes on after the chunk, so it is no part of the address
    assert "Smiths" in _red("number 4 Elm Road, the Smiths bought it last year")


@pytest.mark.parametrize("text", [
    # a machine kept going, said as a patient
    "the laptop is on life support",
    "this ancient printer's on life support",
    "the work laptop is on life support",
    # the e-mail as where a number is written, not an address being given
    "the reference in the email is 4410",
    "the booking number on your email was 8823",
    "the ticket number in my email is 5567",
])
def test_round4_harmless_kind_stays(text: str) -> None:
    assert _red(text) == text


@pytest.mark.parametrize("text, gone", [
    ("my dad is on life support", "life support"),
    ("my email is john 7741 at gmail dot com", "7741"),
])
def test_round4_harmless_kind_near_miss_still_masked(text: str, gone: str) -> None:
    assert gone not in _red(text)


@pytest.mark.parametrize("text", [
    # a bare amount set against a price said earlier in the turn
    "they billed me sixty two fifty rather than forty",
    "the total was twelve ninety nine, not nine",
    "it cost seventy two forty, not fifty",
    "the bill is eighty four twenty, up from sixty",
])
def test_round4_compared_amount_stays(text: str) -> None:
    assert _red(text) == text


@pytest.mark.parametrize("text, gone", [
    ("my PIN is 1234 not 4321", "4321"),
    ("the code is 4410 not 4401", "4401"),
    ("my card number ends 4412 not 4413", "4413"),
])
def test_round4_compared_secret_still_masked(text: str, gone: str) -> None:
    assert gone not in _red(text)


@pytest.mark.parametrize("text, gone", [
    # teeth and gums said plainly
    ("she's got a chipped front tooth from the fall", "chipped"),
    ("his gums are receding so he's seeing the hygienist", "receding"),
    ("I lost my crown on a toffee at the weekend", "crown"),
    # the eyes said plainly
    ("I've been seeing floaters in my right eye", "floaters"),
    ("his eyesight's gone fuzzy since the autumn", "fuzzy"),
    ("she keeps getting double vision when she's tired", "double vision"),
    # childhood conditions by their everyday names
    ("my nephew's got slapped cheek so we're home", "slapped cheek"),
    ("our youngest has a speech delay", "speech delay"),
    ("the baby was tongue tied so feeding was hard", "tongue tied"),
    # a habit named as someone's
    ("I'm worried about his drinking, it's every night", "drinking"),
    ("she's hooked on the pills again", "pills"),
    ("I'm back on the booze after a bad month", "booze"),
    # voices heard
    ("she's been hearing voices at night", "voices"),
    ("he hears voices when he's stressed", "voices"),
    ("my son hears voices and it frightens him", "voices"),
    # symptoms said plainly
    ("I get breathless just walking to the car", "breathless"),
    ("he's been coughing up thick phlegm all week", "phlegm"),
    ("she can't keep food down since Sunday", "keep food down"),
    # a part in a bad state
    ("my fingers are so stiff I can't do buttons", "stiff"),
    ("his knees are all swollen this morning", "swollen"),
    ("her ankles get puffy by the evening", "puffy"),
    # wound care
    ("my dressings need changing every other day", "dressings"),
    ("the wound is still weeping", "weeping"),
    ("her scar is still healing after the op", "healing"),
])
def test_round4_own_list_kind_is_masked(text: str, gone: str) -> None:
    out = _red(text)
    assert gone.lower() not in out.lower(), out


@pytest.mark.parametrize("text", [
    "the filling in the pie was cold",
    "my drinking water tastes funny",
    "his gambling app account is locked",
    "my hands are full at the moment",
    "the dressing on the salad was wrong",
    "I was short of time so I rang back",
    "the sight of the bill made me laugh",
    "I heard voices in the hall, was that your engineer",
    "there's a delay on my order",
    "I can't keep track of all these charges",
    # the same words about luggage, menus, money, moods
    "I lost three kilos of luggage allowance",
    "my son keeps getting lost in the game menus",
    "the iron infusion of cash helped the business",
    "she's breathless with excitement about the holiday",
    "the fans are hearing voices of discontent",
    "he's having a relapse of his old habit of paying late",
])
def test_round4_own_list_near_miss_stays(text: str) -> None:
    assert _red(text) == text


@pytest.mark.parametrize("text, gone", [
    # mood told plainly
    ("I've been feeling so low since the winter", "low"),
    ("she's stopped eating and she's lost loads", "stopped eating"),
    ("he's been cutting himself and we found out", "cutting"),
    ("I'm barely sleeping with all this worry", "sleeping"),
    # care teams and hospitals that say what they treat
    ("he's under the crisis team since last week", "crisis"),
    ("I've got an appointment with the falls team", "falls"),
    ("the drug and alcohol service rang me", "alcohol"),
    ("my mum's at the children's hospital with my son", "children's hospital"),
    # drink and drugs by what is used
    ("she's been clean since two thousand and nineteen", "clean"),
    ("he smokes skunk every evening", "skunk"),
    ("she's drinking two bottles of wine a night", "bottles"),
    # sexual health
    ("we need to get tested because the condom broke", "condom"),
    ("I've started on PrEP this year", "PrEP"),
    # treatment said as someone's
    ("I can't miss my injections on Friday", "injections"),
    ("they cut out half of his colon", "colon"),
    ("my stitches have come out in the night", "stitches"),
    ("my brother has the same kidney thing as dad", "kidney"),
    ("she's got a fib so she's on thinners", "fib"),
])
def test_round4_own_list2_kind_is_masked(text: str, gone: str) -> None:
    out = _red(text)
    assert gone.lower() not in out.lower(), out


@pytest.mark.parametrize("text", [
    "I'm feeling down about the price rise",
    "I've stopped eating out since the price went up",
    "I'm not sleeping on the sofa anymore",
    "the kids have been cutting paper all afternoon",
    "the IT crisis team fixed it",
    "are you a PEP for the bank form",
    "my car has been clean for a week",
    "I'm drinking a bottle of water a day",
    "I need to get my car tested at the garage",
    "he told a fib about the payment",
    "the same thing happened last month",
])
def test_round4_own_list2_near_miss_stays(text: str) -> None:
    assert _red(text) == text


@pytest.mark.parametrize("text, gone", [
    # a condition ASR wrote as several words, said with where in the body it is
    ("my wife has sigh attica down her left leg", "attica"),
    ("he's got a rest rites in his hands", "rites"),
    ("I've got the rheum a toy in my knees", "toy"),
])
def test_round4_split_condition_with_a_place_in_the_body_is_masked(text: str, gone: str) -> None:
    out = _red(text)
    assert gone not in out, out


@pytest.mark.parametrize("text", [
    "I left the Nintendo in my back room",
    "I put the new ark tick lamp in my back bedroom",
    "I have some car pets in my back room",
    "the man a jar is in my back office",
])
def test_round4_split_words_in_a_place_stay(text: str) -> None:
    assert _red(text) == text


@pytest.mark.parametrize("text", [
    # a capitalised word after "in", "near", "outside" is where, not who; after "support", a team
    "the shop in Galway sent the wrong one",
    "the branch in Leeds was closed",
    "the depot in Cardiff lost it",
    "the store near Lincoln was out of stock",
    "the engineer in Preston never came",
])
def test_round4_place_after_in_stays(text: str) -> None:
    assert _red(text) == text


@pytest.mark.parametrize("text, gone", [
    ("my son Kwabena set it up in Leeds", "Kwabena"),
    ("it's for Ingrid Solberg in flat two", "Ingrid"),
    ("I spoke to Fionnuala in Leeds", "Fionnuala"),
])
def test_round4_person_beside_a_place_still_masked(text: str, gone: str) -> None:
    assert gone not in _red(text)
