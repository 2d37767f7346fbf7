"""Evaluation on labelled data: story clustering (``clusters``); others add their own modules here."""
from topline.eval.clusters import ClusterScores, bcubed, evaluate_articles, evaluate_file, pairwise, score

__all__ = ["ClusterScores", "bcubed", "pairwise", "score", "evaluate_articles", "evaluate_file"]
