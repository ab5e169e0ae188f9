"""The constraint pairing (`retrievers/constraints.py`) on hand-built paths: no model, no store."""
from graphrag.retrievers.constraints import intersect
from graphrag.retrievers.paths import Path
from graphrag.types import LinkedEntity

MAKER = LinkedEntity(1, "Vela Motors", "Vela Motors", 40, 51, 2.0, "exact")
LANGUAGE = LinkedEntity(2, "Dutch", "Dutch", 6, 11, 2.0, "exact")
# node ids: 10 the parent firm; 20 its head-office town; 30, 31 provinces; 40 the country
TOWN, PROVINCE, OTHER_PROVINCE, COUNTRY = 20, 30, 31, 40


def path(topic, steps, hops, score, evidence, used):
    """`hops`: one list of (from, to) node pairs per step."""
    layers = [[(a, i, b) for i, (a, b) in enumerate(hop)] for hop in hops]
    return Path(topic, tuple(steps), layers=layers, score=score, available=3.0, used=frozenset(used),
                components={"relation_evidence": evidence})


def test_a_pair_with_the_reading_the_answer_type_chose_goes_first():
    # "Which Dutch PROVINCE is home to the head office of Vela Motors' parent?": the answer-type
    # rules took the head-office path a step on, to provinces; the town and the language's
    # 3-step reading also meet (at the town), and that pair explains more words
    to_town = path(MAKER, [("parent", "out"), ("head office", "out")], [[(1, 10)], [(10, TOWN)]], 0.9, 2.0, {52, 60})
    to_province = path(MAKER, [("parent", "out"), ("head office", "out"), ("located in", "out")],
                       [[(1, 10)], [(10, TOWN)], [(TOWN, PROVINCE)]], 0.6, 2.0, {52, 60})
    to_province.components["answer_type"] = 0.1
    spoken = [[(2, COUNTRY)]]
    in_country = path(LANGUAGE, [("official language", "in"), ("country", "in")],
                      spoken + [[(COUNTRY, PROVINCE), (COUNTRY, OTHER_PROVINCE), (COUNTRY, TOWN), (COUNTRY, 99)]],
                      0.2, 1.0, {6})
    in_province = path(LANGUAGE, [("official language", "in"), ("country", "in"), ("located in", "in")],
                       spoken + [[(COUNTRY, PROVINCE), (COUNTRY, OTHER_PROVINCE)], [(PROVINCE, TOWN), (OTHER_PROVINCE, 77)]],
                       0.1, 1.5, {6})
    paths = [to_province, to_town, in_country, in_province]
    both = intersect(paths, margin=1.0)
    assert both is not None and both.first is to_province and both.nodes == [PROVINCE]
    # without the rules' choice the pair that meets at the town wins: what the tie-break changes
    del to_province.components["answer_type"]
    both = intersect([to_town, to_province, in_country, in_province], margin=1.0)
    assert both is not None and both.nodes == [TOWN]
