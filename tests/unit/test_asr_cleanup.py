from callwarden.engine.cleanup import loops, trim_restart


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


def test_loops_are_runs_of_one_to_three_words_said_four_times():
    assert loops("The card number is for 111 111 111 111 111 111 111 111")
    assert loops("The card number is for 111-11, 111-11, 111-11, 111-11.")
    assert loops("call me back call me back call me back call me back")
    assert loops("No. No. No. NO!")


def test_speech_and_real_numbers_do_not_loop():
    for text in ["The card number is 4111 1111 1111 1111.",      # one word per group: three repeats
                 "My phone number is 555-213-8840.",
                 "Yes, yes, yes, that is right.",
                 "I said no, no, no and then no again.",
                 "call me back call me back call me back",          # three times
                 "", "Okay."]:
        assert not loops(text), text


def test_a_restart_heard_differently_the_second_time_is_cut_when_the_words_outrun_the_audio():
    from callwarden.engine.cleanup import trim_said_twice
    twice = ("I would like to cancel the extra streaming channel. Why did my monthly payment go up this year? "
             "I would like to cancel The Extra Streaming Channel. Why did my monthly payments go up this year?")
    assert trim_said_twice(twice, 5.08) == ("I would like to cancel the extra streaming channel. "
                                            "Why did my monthly payment go up this year?")
    # one letter of a word and an "s" differ: still the same sentence said again
    assert trim_said_twice("I cannot find the tracking number in my messages. "
                           "I cannot bind the tracking numbers or my messages", 3.2) == \
        "I cannot find the tracking number in my messages."
    # the same words over audio long enough to say them twice: the caller did repeat it
    assert trim_said_twice(twice, 12.0) == twice
    # a card read out twice is short and kept; different sentences are kept
    card = "My card number is 4111 1111 1111 1111, 4111 1111 1111 1111"
    assert trim_said_twice(card, 3.0) == card
    other = "I want to cancel. I want to cancel my order now, please. Cancel it."
    assert trim_said_twice(other, 2.0) == other


def test_said_three_times_is_cut_to_once_and_what_is_left_fits_the_audio():
    from callwarden.engine.cleanup import fits, trim_said_twice
    thrice = ("I cannot find the tracking number in my messages. I cannot find the tracking numbers in my "
              "messages, and I cannot find the tracking Number in my")
    once = trim_said_twice(thrice, 2.64)
    assert once == "I cannot find the tracking number in my messages."
    assert fits(once, 2.64) and not fits(thrice, 2.64)
