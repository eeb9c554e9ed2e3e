"""Conversation titles: the first words at once, the model's short title cleaned."""

from kimi_ui.titles import clean, title_from


def test_first_words_are_cut_at_a_word_boundary():
    assert title_from("  short   question ") == "short question"
    long = "word " * 40
    cut = title_from(long)
    assert len(cut) <= 60 and cut.endswith("…") and not cut[:-1].endswith(" ")


def test_a_models_title_loses_quotes_labels_markup_and_a_full_stop():
    assert clean('"Fixing OOMKilled pods."') == "Fixing OOMKilled pods"
    assert clean("Title: **Heater wattage for aquariums**\n\nHope this helps!") == "Heater wattage for aquariums"
    assert clean("„Kimi K2.5 auf 8x H200 starten“") == "Kimi K2.5 auf 8x H200 starten"
    assert clean("\n\n") == ""
    assert len(clean("x" * 500)) <= 60


def test_a_title_keeps_the_symbols_of_its_words_and_loses_markdown():
    assert clean("What is 2+3*4?") == "What is 2+3*4?"
    assert clean("# Title: **Ratio** 1/2 = a * b") == "Ratio 1/2 = a * b"
    assert clean("*Emphasis*, `code`, __strong__ and x_1") == "Emphasis, code, strong and x_1"


def test_the_simulators_title_is_the_first_words_as_written():
    from kimi_ui.demo_server import simulated_title

    assert simulated_title("what is 2+3*4? Use the calculator please\ncall calculator") == \
        "What is 2+3*4? Use the"
    assert simulated_title("  \n") == "Simulated chat"
