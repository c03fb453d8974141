from callwarden.asr.cleanup import trim_restart


def test_trailing_restart_is_cut():
    assert trim_restart("I need to change the address on my order. I need") == \
        "I need to change the address on my order."
    assert trim_restart("It keeps dropping every evening. It keeps dropping") == "It keeps dropping every evening."


def test_full_repeats_are_cut_repeatedly():
    assert trim_restart("Thank you. Thank you. Thank") == "Thank you."


def test_real_second_sentences_are_kept():
    for text in ["I need a refund. I need it today.", "Hello. My card is blocked.",
                 "Yes. Yes, that is right.", "No punctuation at all here", "Okay."]:
        assert trim_restart(text) == text


def test_case_and_punctuation_do_not_hide_a_restart():
    assert trim_restart("Could someone check the line? could SOMEONE,") == "Could someone check the line?"


def test_restart_after_a_comma():
    assert trim_restart("It expires 11 28, it expires 11 28") == "It expires 11 28,"
    assert trim_restart("Okay, okay") == "Okay, okay"
    assert trim_restart("I think, I think so") == "I think, I think so"
