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
