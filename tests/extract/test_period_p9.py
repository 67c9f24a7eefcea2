"""Period readings of the dev9 calls' recurring phrasings (seventh session round 2, helper P9).

No company profile: calendar quarters. Q3_CALL is held on 2023-10-26 about July-September 2023.
"""

from __future__ import annotations

from call_claims import call_claims as _call
from call_claims import period_labels as _labels


def test_long_term_flows_are_a_class_of_flows_not_a_horizon() -> None:
    # an asset manager's long-term funds (not money market): the flows are the quarter's
    assert _labels(_call("We generated net long-term inflows of $11 billion in gizmo funds.")) == ["2023Q3"]
    assert _labels(_call("Net long-term flows in gizmo funds were $2.3 billion.")) == ["2023Q3"]
    # contrast: a horizon
    assert _labels(_call("We target a gizmo margin of 30% over the long term.")) != ["2023Q3"]
