"""Guidance vs actuals: promises, their revisions, verdicts and credibility scores.

verdicts = resolve_all(ledger.guidance("BABA"), facts, as_of=date(2026, 9, 1), fx=FxTable.default())
credibility(verdicts)   # hit rate with a Beta(1, 1) prior, miss size, bias; per company/family/speaker
"""

from thesisledger.reconcile.credibility import Credibility, credibility, hit_rate, score
from thesisledger.reconcile.guidance import Guidance, GuidanceKind, guidance_from_claims
from thesisledger.reconcile.metrics import Direction, MetricInfo, metric_info
from thesisledger.reconcile.resolve import Status, Verdict, known_facts, resolve, resolve_all
from thesisledger.reconcile.revisions import Revision, RevisionKind, classify, revisions

__all__ = [
    "Credibility",
    "Direction",
    "Guidance",
    "GuidanceKind",
    "MetricInfo",
    "Revision",
    "RevisionKind",
    "Status",
    "Verdict",
    "classify",
    "credibility",
    "guidance_from_claims",
    "hit_rate",
    "known_facts",
    "metric_info",
    "resolve",
    "resolve_all",
    "revisions",
    "score",
]
