"""The eval metrics: normalised matching, several gold answers, empty answer lists, aggregation."""
import pytest

from graphrag.evaluate import metrics
from graphrag.evaluate.questions import Question
from graphrag.evaluate.runner import aggregate, format_table, score


def test_hits_at_1_ignores_case_whitespace_and_punctuation():
    assert metrics.hits_at_1(["  the GODFATHER! "], ["The Godfather"]) == 1.0
    assert metrics.hits_at_1(["Good Morning Miss Dove"], ["Good Morning, Miss Dove"]) == 1.0
    assert metrics.hits_at_1(["Ｔｏｋｙｏ"], ["tokyo"]) == 1.0  # full-width folds too


def test_hits_at_1_uses_only_the_first_answer():
    assert metrics.hits_at_1(["Rampage", "Jaws"], ["Jaws"]) == 0.0
    assert metrics.hits_at_1(["Jaws", "Rampage"], ["Rampage", "Jaws"]) == 1.0  # any gold answer counts


def test_empty_answer_lists_score_zero():
    assert metrics.hits_at_1([], ["Jaws"]) == 0.0
    assert metrics.answer_f1([], ["Jaws"]) == 0.0
    assert metrics.hits_at_1([""], ["Jaws"]) == 0.0
    assert metrics.fact_coverage([], ["Jaws"]) == (0.0, 0.0)
    assert metrics.answer_f1([], []) == 1.0  # nothing asked, nothing returned


def test_answer_f1_over_multi_answer_lists():
    gold = ["Oliver Parker", "Toby Finlay", "Albert Lewin"]
    assert metrics.answer_f1(["oliver parker", "Toby Finlay", "Albert Lewin"], gold) == 1.0
    # 2 of 4 returned are right (precision 0.5), 2 of 3 gold found (recall 2/3)
    f1 = metrics.answer_f1(["Oliver Parker", "Toby Finlay", "Jaws", "Rampage"], gold)
    assert f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert metrics.answer_f1(["Oliver Parker", "OLIVER PARKER"], ["Oliver Parker"]) == 1.0  # duplicates once


def test_fact_coverage_matches_whole_entity_names_not_substrings():
    names = ["Millennium Actress", "Satoshi Kon", "1999", "Japanese"]
    assert metrics.fact_coverage(names, ["1"]) == (0.0, 0.0)  # "1" is not found inside "1999"
    assert metrics.fact_coverage(names, ["satoshi kon"]) == (1.0, 1.0)
    hit, recall = metrics.fact_coverage(names, ["Japanese", "French", "German", "Satoshi Kon"])
    assert (hit, recall) == (1.0, 0.5)


def test_fact_coverage_handles_cjk_and_numbers():
    assert metrics.fact_coverage(["橡树湾", "1.7"], ["1.7"]) == (1.0, 1.0)
    assert metrics.fact_coverage(["下诺曼底"], ["下诺曼底"]) == (1.0, 1.0)
    assert metrics.fact_coverage(["下诺曼底"], ["诺曼底"]) == (0.0, 0.0)


def test_linked_and_percentiles():
    assert metrics.linked(["robert stack", "Stack"], "Robert Stack") == 1.0
    assert metrics.linked(["Stack"], "Robert Stack") == 0.0
    assert metrics.percentile([], 50) is None
    assert metrics.percentile([5.0], 95) == 5.0
    values = [float(v) for v in range(1, 101)]
    assert metrics.percentile(values, 50) == 50.0
    assert metrics.percentile(values, 95) == 95.0
    assert metrics.percentile(list(reversed(values)), 95) == 95.0


def _q(qid, hops, answers, topic=None):
    return Question(qid, f"question {qid}", tuple(answers), hops, topic)


def test_aggregate_reports_per_hop_and_overall_with_the_documented_names():
    outcomes = [
        score(_q("a", 1, ["Jaws"], "Spielberg"), ["Jaws"], ["Jaws", "Spielberg"], ["Spielberg"], 10, 12),
        score(_q("b", 1, ["Rampage"], "McArthur"), [], [], [], 20, 22),
        score(_q("c", 2, ["X", "Y"]), ["Y", "Z"], ["X"], [], 30, 40),
    ]
    report = aggregate(outcomes, {"budget": 512}).to_dict()
    assert set(report) == {"overall", "per_hop", "config"}
    assert set(report["per_hop"]) == {"1", "2"}
    expected = {"n", "hits_at_1", "coverage", "precision", "fact_hit", "fact_recall", "answer_f1", "linking_acc", "retrieve_p50_ms",
                "retrieve_p95_ms", "ask_p50_ms", "ask_p95_ms", "peak_rss_mb"}
    assert set(report["overall"]) == expected and set(report["per_hop"]["2"]) == expected
    one, two, overall = report["per_hop"]["1"], report["per_hop"]["2"], report["overall"]
    assert (one["n"], one["hits_at_1"], one["fact_hit"], one["linking_acc"]) == (2, 0.5, 0.5, 0.5)
    assert two["linking_acc"] is None  # no topic_entity in the file: not measured
    assert (two["hits_at_1"], two["fact_recall"], two["answer_f1"]) == (1.0, 0.5, 0.5)
    assert overall["n"] == 3 and overall["hits_at_1"] == pytest.approx(0.6667)
    assert overall["retrieve_p50_ms"] == 20 and overall["ask_p95_ms"] == 40
    assert overall["peak_rss_mb"] > 0
    table = format_table(aggregate(outcomes))
    assert "hops 1" in table and "overall" in table and "hits@1" in table


def test_an_unanswerable_question_is_right_when_nothing_is_answered():
    from graphrag.evaluate.questions import Question

    gone = Question("u", "where was X born", (), 1, None, answerable=False)
    kept = _q("k", 1, ["Lyon"])
    outcomes = [score(gone, [], [], [], 1, 1), score(kept, ["Lyon"], ["Lyon"], [], 1, 1),
                score(gone, ["Paris"], [], [], 1, 1)]
    overall = aggregate(outcomes).to_dict()["overall"]
    assert outcomes[0].hits_at_1 == 1.0 and outcomes[2].hits_at_1 == 0.0
    assert overall["coverage"] == round(2 / 3, 4)  # two of three answered
    assert overall["precision"] == 0.5  # of those, the unanswerable one answered is wrong
