"""Answer checks added after heldout_s6, on questions of their own."""
from __future__ import annotations

from graphrag.backing import asked, step_backed


def test_a_superlative_does_not_ask_the_measure():
    assert not step_backed(asked("What is the highest peak of the Fagaras Mountains?", ["Fagaras Mountains"]), "elevation")
    assert not step_backed(asked("What is the longest river of Romania?", ["Romania"]), "length")
    assert step_backed(asked("How high is the highest peak of the Fagaras Mountains?", ["Fagaras Mountains"]), "elevation")
    assert step_backed(asked("What is the highest peak of the Fagaras Mountains?", ["Fagaras Mountains"]), "highest peak")


def test_another_modifier_of_the_same_figure_is_another_figure():
    assert not step_backed(asked("What was Tovik's net profit?", ["Tovik"]), "operating profit")
    assert step_backed(asked("What was Tovik's operating profit?", ["Tovik"]), "operating profit")
