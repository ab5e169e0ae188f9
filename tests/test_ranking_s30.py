"""Readings added in the twenty-eighth session, from the `transport` set's failures."""
from graphrag.retrievers.text import answer_type_words, kind_phrase, question_tokens


def _phrase(q: str) -> str:
    text, toks = question_tokens(q)
    return kind_phrase(text, answer_type_words(text, toks, [])[0], [])[0]


def test_a_question_ending_on_of_asks_the_noun_itself_not_a_kind_of_the_subject():
    # "the airlines are part OF which alliances": the noun is what "of" asks, not "alliances of airlines"
    assert _phrase("Which alliances are the airlines that use Heathrow as a base part of?") == "alliances"
    assert _phrase("Which party is the person in charge of the Treasury a member of?") == "party"
    # without the stranded "of" the noun is still a kind of what follows
    assert _phrase("what types are the movies X starred in") == "types of movies"
    assert _phrase("what type of film is X in?") == "type of film"


def test_only_the_words_before_a_preposition_name_the_kind_of_a_name():
    from graphrag.retrievers.answer_type import _names_kind

    # "which PLANTS did Mendel use": a paper's title that holds the word is no plant
    assert _names_kind("Experiments on Plant Hybridization", "plants") == 0
    assert _names_kind("Bank of Lund", "bank") == 1 and _names_kind("Isle of Arran", "isle") == 1
    assert _names_kind("Santa Clara County", "county") == 1 and _names_kind("United States", "state") == -1
    assert _names_kind("Museum of Modern Art", "art") == 0
