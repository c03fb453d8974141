"""Redaction by kind, round 5: each kind a TUNE probe failed on, in phrasings written for this test
(not taken from any probe set), with near misses that must stay as said."""

from __future__ import annotations

import pytest

from tests.helpers import last_turn


# A word said and then spelled letter by letter (or spelled, then said), in lower case: the word goes too.
@pytest.mark.parametrize("turns, gone", [
    (("A: What's your surname?", "yeah its kowalczyk, k o w a l c z y k"), "kowalczyk"),
    (("jones. j o n e s",), "jones"),
    (("thats p a t e l, patel",), "patel"),
    (("A: And your first name?", "niamh, n i a m h"), "niamh"),
    (("its brennan with two n's, b r e n n a n",), "brennan"),
    (("the name is ferreira f e r e i r a",), "ferreira"),
    (("hughes, thats h u g h e s",), "hughes"),
    (("its under lindqvist, spelled l i n d q v i s t",), "lindqvist"),
    # one letter misheard on either side
    (("its mcardle, m c a r d l e e",), "mcardle"),
    # a name spelled with its apostrophe said as a word, and then written
    (("its o apostrophe neill, o'neill",), "neill"),
    (("d apostrophe souza",), "souza"),
])
def test_word_spelled_beside_it_is_masked(turns, gone):
    assert gone not in last_turn(*turns)


@pytest.mark.parametrize("text, kept", [
    ("yes please, j o n e s", "yes please"),
    ("the guy from the shop said it twice, s h o p", "the guy from the shop said it twice"),
    ("see you at five o'clock", "five o'clock"),
    ("the apostrophe key is broken on my keyboard", "the apostrophe key is broken"),
    ("i'll spell it for you, m u r p h y", "i'll spell it for you"),
])
def test_words_beside_a_spelling_that_are_not_it_stay(text, kept):
    assert kept in last_turn(text)


# A clock time that answers the agent's "when ...?" / "what time ...?", with no time word of its own.
@pytest.mark.parametrize("turns, kept", [
    (("A: When would suit you for the engineer?", "nine forty five on monday"), "nine forty five"),
    (("A: What time is best to call?", "um after lunch, two thirty maybe"), "two thirty"),
    (("A: Which slot do you want?", "the 10 to 12 slot"), "10 to 12"),
    (("A: When do you want it delivered?", "fourteen hundred if possible"), "fourteen hundred"),
    (("A: When can you drop it off?", "quarter past four or four thirty"), "four thirty"),
    (("A: What's a good time for the callback?", "ten fifty would be great"), "ten fifty"),
    (("A: When are you free?", "eight till ten, or after six forty"), "six forty"),
])
def test_time_answering_when_is_kept(turns, kept):
    assert kept in last_turn(*turns)


@pytest.mark.parametrize("turns, gone", [
    (("A: When were you born?", "nine four eighty one"), "eighty one"),
    (("A: When can we call you back, and on what number?", "oh seven seven one two"), "seven one two"),
    (("A: When does your card expire?", "oh nine twenty seven"), "twenty seven"),
    (("A: When would you like it?", "4821 9932"), "4821"),
    (("A: When can you come?", "my code is 4821"), "4821"),
    # no question about when: a bare pair of numbers is still masked
    (("eleven fifteen",), "eleven fifteen"),
    (("A: Is there anything else?", "seven forty two"), "seven forty two"),
])
def test_numbers_that_do_not_answer_when_stay_masked(turns, gone):
    assert gone not in last_turn(*turns)


# A number after an article with a unit of measure right after it, before a street word: a measure.
@pytest.mark.parametrize("text, kept", [
    ("its a 20 minute drive from here", "20 minute drive"),
    ("about a 2 hour drive each way", "2 hour drive"),
    ("a 5 mile drive to the nearest shop", "5 mile drive"),
    ("the 1 terabyte drive is full", "1 terabyte drive"),
    ("i want a 4 terabyte drive for backups", "4 terabyte drive"),
    ("a 10 minute walk down the lane", "10 minute walk"),
    ("it's a 3 gigabyte file", "3 gigabyte file"),
])
def test_measure_before_a_street_word_is_kept(text, kept):
    assert kept in last_turn(text)


@pytest.mark.parametrize("text, gone", [
    ("i live at 12 oak drive", "12"),
    ("its 14 mile road", "14"),
    ("send it to 9 hour lane", "9"),
    ("22 minute avenue", "22"),
])
def test_house_number_before_a_street_is_masked(text, gone):
    assert gone not in last_turn(text)


# Health referred back to by a short everyday word in a later turn, once the call has told it.
@pytest.mark.parametrize("turns, gone", [
    (("my son has epilepsy", "A: I see.", "he had a bad turn last night so i missed your call"), "bad turn"),
    (("i'm on warfarin", "A: Okay.", "so i need the delivery before i collect my prescription"), "prescription"),
    (("my husband has parkinsons", "A: Sorry to hear.", "his shaking pills ran out"), "shaking pills"),
    (("she's got asthma", "A: Right.", "and she left her inhaler in the car"), "inhaler"),
    (("i've got crohns", "A: Okay.", "the infusion is every eight weeks"), "infusion"),
    (("my dad has copd and had another flare up",), "flare up"),
    (("i'm diabetic", "A: Okay.", "my bloods are on friday so not that day"), "bloods"),
    (("she has multiple sclerosis", "A: Right.", "she's having more attacks lately"), "attacks"),
])
def test_health_referred_back_later_is_masked(turns, gone):
    assert gone not in last_turn(*turns)


@pytest.mark.parametrize("turns, kept", [
    (("i need a new ipad", "A: Sure.", "the tablets are all sold out"), "the tablets"),
    (("the new tablets from samsung are good",), "the new tablets"),
    (("it's a good fit for the kitchen",), "good fit"),
    (("i got my turn at the counter at last",), "my turn"),
])
def test_everyday_words_without_health_told_stay(turns, kept):
    assert kept in last_turn(*turns)


# A count answering "how many ...?" with what it is for, or who it takes in, said after it.
@pytest.mark.parametrize("turns, kept", [
    (("A: How many tickets?", "a hundred and twenty for the year group"), "a hundred and twenty"),
    (("A: How many chairs do you need?", "about forty for the wedding"), "about forty"),
    (("A: How many people live there?", "five including the baby"), "five"),
    (("A: How many rooms?", "two with a sea view"), "two"),
    (("A: How many laptops?", "maybe thirty, counting the spare ones"), "thirty"),
    (("A: How many guests are coming?", "sixty not counting the staff"), "sixty"),
])
def test_count_with_what_it_is_for_is_kept(turns, kept):
    assert kept in last_turn(*turns)


@pytest.mark.parametrize("turns, gone", [
    (("A: How many digits is your account number?", "eight for the account"), "eight"),
    (("A: How many?", "4821 for my pin"), "4821"),
    (("A: How many boxes?", "three and then seven two one for the postcode"), "seven two one"),
    (("twelve for the school",), "twelve"),
])
def test_numbers_with_a_for_tail_not_a_count_stay_masked(turns, gone):
    assert gone not in last_turn(*turns)


# The agent reads the caller's count or time back as a question: the caller's reply answers the same question.
@pytest.mark.parametrize("turns, kept", [
    (("A: How many devices?", "about twelve", "A: Twelve?", "twelve maybe thirteen"), "thirteen"),
    (("A: When's a good time?", "sixteen hundred", "A: Four pm?", "yeah, sixteen hundred"), "sixteen hundred"),
    (("A: How many boxes arrived?", "three", "A: Three, is that right?", "yeah three"), "three"),
    (("A: How many nights?", "four", "A: Sorry, four?", "four nights, yeah, maybe five"), "five"),
    (("A: What time suits?", "ten fifteen", "A: Did you say ten fifteen?", "yes ten fifteen"), "ten fifteen"),
])
def test_answer_after_a_read_back_is_kept(turns, kept):
    assert kept in last_turn(*turns)


@pytest.mark.parametrize("turns, gone", [
    (("A: How many boxes arrived?", "three", "A: What is your account number?", "three four"), "three four"),
    (("A: Can I take your card number?", "four", "A: Four?", "four one one"), "one one"),
    (("A: How many?", "six", "A: Six?", "no sorry, my pin is six one"), "six one"),
    (("A: How many?", "six", "A: Thanks.", "and seven two nine"), "seven two nine"),
])
def test_read_back_keeps_no_question_it_did_not_ask(turns, gone):
    assert gone not in last_turn(*turns)


# A lower-case word on the name lists right after an article is a thing, not a person.
@pytest.mark.parametrize("text, kept", [
    ("twelve things with the telly", "the telly"),
    ("is the telly on", "the telly"),
    ("the cable goes behind the hoover", "the hoover"),
    ("its for the aga in the kitchen", "the aga"),
    ("put it by the dyson", "the dyson"),
])
def test_listed_word_after_article_is_a_thing(text, kept):
    assert kept in last_turn(text)


@pytest.mark.parametrize("text, gone", [
    ("my son kwabena", "kwabena"),
    ("its for kwabena", "kwabena"),
    ("this is siobhan", "siobhan"),
    ("call it the Hoover for Mr Hoover", "Mr Hoover"),
])
def test_names_without_an_article_stay_masked(text, gone):
    assert gone not in last_turn(text)


# A dislike said as an allergy, of a thing or a doing no body reacts to; a thing said to be on life support.
@pytest.mark.parametrize("text, kept", [
    ("honestly im allergic to paperwork so email me", "allergic to paperwork"),
    ("he is allergic to hard work", "allergic to hard work"),
    ("i'm allergic to any hidden fees", "allergic to any hidden fees"),
    ("im allergic to getting up early", "allergic to getting up early"),
    ("hes allergic to being on hold", "allergic to being on hold"),
    ("its on life support mate, the signal", "on life support"),
    ("the app is dying every time i open it", "dying"),
    ("the broadband is on its last legs", "last legs"),
    ("its wheezing again, the old boiler", "wheezing"),
])
def test_figurative_allergy_or_life_support_is_kept(text, kept):
    assert kept in last_turn(text)


@pytest.mark.parametrize("text, gone", [
    ("im allergic to peanuts", "peanuts"),
    ("she is allergic to penicillin", "penicillin"),
    ("im allergic to bees", "bees"),
    ("she is allergic to latex and plasters", "latex"),
    ("my dad is on life support", "life support"),
])
def test_real_allergy_or_life_support_stays_masked(text, gone):
    assert gone not in last_turn(text)


# A care professional's title said as the caller's or a relative's job.
@pytest.mark.parametrize("text, kept", [
    ("im a counsellor so i work from home a lot", "counsellor"),
    ("i am a therapist by trade", "therapist"),
    ("i trained as a psychotherapist years ago", "psychotherapist"),
    ("my wife is a midwife so she works nights", "midwife"),
    ("im a self-employed sports therapist", "sports therapist"),
    ("my sister works as a speech therapist", "speech therapist"),
    ("im a qualified physio and need a bigger car", "physio"),
])
def test_care_title_as_a_job_is_kept(text, kept):
    assert kept in last_turn(text)


@pytest.mark.parametrize("text, gone", [
    ("im seeing a physiotherapist", "physiotherapist"),
    ("she sees a psychiatrist", "psychiatrist"),
    ("i was referred to a psychologist", "psychologist"),
    ("im a physio patient at the hospital", "physio"),
    ("my son is seeing a counsellor", "counsellor"),
])
def test_care_title_as_someones_care_stays_masked(text, gone):
    assert gone not in last_turn(text)


# Mental health in short forms: initials after words of degree, a therapy by its initials, voices heard.
@pytest.mark.parametrize("text, gone", [
    ("i have bad ocd about cleaning so the kitchen matters", "ocd"),
    ("i have really severe ocd", "ocd"),
    ("she has quite bad ibs so no dairy", "ibs"),
    ("he's got full blown ptsd from the army", "ptsd"),
    ("i've been referred for cbt by my gp", "cbt"),
    ("im having emdr next month", "emdr"),
    ("i started dbt last week", "dbt"),
    ("they offered me cbt but the wait is long", "cbt"),
    ("she keeps getting voices at night", "voices"),
    ("hes been hearing the voices again", "voices"),
    ("its like voices in my head telling me stuff", "voices in my head"),
])
def test_mental_health_short_forms_are_masked(text, gone):
    assert gone not in last_turn(text)


@pytest.mark.parametrize("text, kept", [
    ("we have the add on for sports", "add on"),
    ("i have some pots and pans to return", "pots and pans"),
    ("i need to do my cbt before i can ride", "my cbt"),
    ("the cbt test is on saturday", "cbt test"),
    ("we have these voices on the sat nav", "voices on the sat nav"),
    ("i can hear voices in the background of the call", "voices in the background"),
    ("i had the me time i needed", "me time"),
])
def test_everyday_short_forms_and_voices_stay(text, kept):
    assert kept in last_turn(text)


@pytest.mark.parametrize("text", [
    "i hear voices next door all night",
    "the kids have voices from the app for their cartoons",
    "you have voices on the app that read the menu out",
])
def test_voices_somewhere_stay(text):
    assert last_turn(text) == text


# A condition ASR split into words, one of them uncommon, its vowels spelled its own way, after "has"/"have".
@pytest.mark.parametrize("text, gone", [
    ("my son has die a beaties", "beaties"),
    ("she has die a beatis so no sugar", "beatis"),
    ("he has die a beetees since he was small", "beetees"),
    ("i have soar eye assis on my scalp", "assis"),
    ("my brother has sore eye assis on his elbows", "assis"),
    ("she has mye grains most weeks", "grains"),
    ("my gran has dye a beaties and gout", "beaties"),
])
def test_split_condition_with_its_own_vowels_is_masked(text, gone):
    assert gone not in last_turn(text)


@pytest.mark.parametrize("text", [
    "i have a beanie hat",
    "we have die hard fans",
    "she has die cast models",
    "he has a bee keeping kit",
    "i have a doggo named biscuit",
    "she has my grains and my flour",
])
def test_everyday_runs_after_has_stay(text):
    assert last_turn(text) == text


@pytest.mark.parametrize("text", [
    "the shop in Galway sent the wrong one",
    "the van from Dunmore came late",
])
def test_split_vowels_need_a_cue(text):
    assert "[PHI]" not in last_turn(text)
