"""Bad thesis files: one clear message naming the file and the YAML line, for each kind of mistake."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from valuation_helpers import MINIMAL, line_of

from thesisledger.errors import InputError, ThesisFileError
from thesisledger.valuation import load_thesis, parse_thesis
from thesisledger.valuation.schema import PertInput, PSSegment

WriteThesis = Callable[[str], Path]


def _error(write_thesis: WriteThesis, text: str) -> ThesisFileError:
    path = write_thesis(text)
    with pytest.raises(ThesisFileError) as err:
        load_thesis(path)
    assert err.value.file == str(path)
    assert str(err.value).startswith(f"{path} line {err.value.line}: ")
    return err.value


def test_the_minimal_thesis_loads() -> None:
    t = parse_thesis(MINIMAL, "m.yaml")
    assert isinstance(t.segments["core"], PSSegment)
    assert t.source_map.line_of(("inputs", "mult", "low")) == line_of(MINIMAL, "low: 2")


def test_typo_in_a_field_name(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("    multiple: mult", "    multple: mult")
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "multple:")
    assert e.detail == "segments.core: field 'multple' is not known; did you mean 'multiple'?"
    assert isinstance(e, InputError)


def test_typo_in_an_input_field(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("    source: test\n  mult:", "    sorce: test\n  mult:")
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "sorce:")
    assert e.detail == "inputs.rev: field 'sorce' is not known; did you mean 'source'?"


def test_negative_share_count(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("  value: 100\n", "  value: -2.3e9\n")
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "-2.3e9")
    assert e.detail == "shares.value must be > 0.0, got -2300000000.0"


def test_range_with_low_above_high(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("    low: 2\n    high: 4", "    low: 5\n    high: 4")
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "low: 5")
    assert e.detail == "inputs.mult: low 5.0 is above high 4.0"


def test_pert_mode_outside_its_range(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("    low: 2\n    high: 4", "    dist: pert\n    low: 2\n    mode: 7\n    high: 4")
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "mode: 7")
    assert e.detail == "inputs.mult: mode 7.0 is outside low..high (2.0..4.0)"


def test_unknown_input_reference_in_a_segment(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("    revenue: rev", "    revenue: revnue")
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "revenue: revnue")
    assert e.detail == "'revnue' is not a known input; did you mean 'rev'?"


def test_unknown_input_reference_in_a_formula(write_thesis: WriteThesis) -> None:
    text = MINIMAL + "  other:\n    method: cost\n    amount: rev * cloud_margn\n"
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "cloud_margn")
    assert e.detail == "'cloud_margn' is not a known input (define it under inputs:)"


def test_circular_reference(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace(
        "segments:",
        "  a:\n    expr: b * 2\n  b:\n    expr: c + rev\n  c: a / 3\nsegments:",
    )
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "  a:")
    assert e.detail == "circular reference: a -> b -> c -> a"


def test_self_reference(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("segments:", "  growth_x: growth_x * 1.1\nsegments:")
    e = _error(write_thesis, text)
    assert e.detail == "circular reference: growth_x -> growth_x"
    assert e.line == line_of(text, "growth_x: growth_x")


def test_unknown_distribution_with_suggestion(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("    low: 2\n    high: 4", "    dist: pret\n    low: 2\n    mode: 3\n    high: 4")
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "dist: pret")
    assert e.detail.startswith("inputs.mult: unknown distribution 'pret'; did you mean 'pert'?")


def test_unknown_method_with_suggestion(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("method: ps", "method: pee")
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "method: pee")
    assert e.detail.startswith("segments.core: unknown method 'pee'; did you mean 'pe'?")


def test_unknown_model(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("segments:", "  g:\n    model: grwth\n    base: rev\n    rate: 0.1\nsegments:")
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "model: grwth")
    assert "unknown model 'grwth'; did you mean 'growth'?" in e.detail


def test_an_input_of_no_known_shape(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("segments:", "  odd:\n    mean: 3\nsegments:")
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "  odd:")
    assert e.detail.startswith("inputs.odd: an input needs value: (a point), low:/high: (a range)")


def test_missing_field(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("    multiple: mult\n", "")
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "  core:")
    assert e.detail == "segments.core: field 'multiple' is missing"


def test_missing_unit(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("    unit: multiple\n", "")
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "  mult:")
    assert e.detail == "input 'mult' needs unit: (a currency code, ratio, multiple, count)"


def test_unknown_unit(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("unit: USD", "unit: USX")
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "unit: USX")
    assert "unknown unit 'USX'" in e.detail


def test_a_multiple_with_a_currency(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("    multiple: mult", "    multiple: rev")
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "multiple: rev")
    assert e.detail == "segments.core.multiple must be a plain number (a ratio or multiple), not money in USD"


def test_revenue_without_a_currency(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("    revenue: rev", "    revenue: mult")
    e = _error(write_thesis, text)
    assert e.detail.startswith("segments.core.revenue must be an amount of money")


def test_mixed_currencies_in_a_formula(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace(
        "segments:",
        "  rev_cny:\n    value: 5\n    unit: CNY\n    source: t\n  both: rev + rev_cny\nsegments:",
    )
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "both: rev + rev_cny")
    assert e.detail == (
        "in 'rev + rev_cny': cannot add money in USD and money in CNY; convert with an fx input"
    )


def test_segment_in_another_currency_needs_an_fx_rate(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("    unit: USD", "    unit: CNY")
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "  core:")
    assert e.detail.startswith(
        "segment 'core' is in CNY but the thesis currency is USD: add an fx rate under fx: 'USD/CNY'"
    )


def test_bad_fx_pair(write_thesis: WriteThesis) -> None:
    text = MINIMAL + "fx:\n  USD-CNY:\n    value: 7.2\n    source: t\n"
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "USD-CNY")
    assert "must be a pair BASE/QUOTE" in e.detail


def test_price_in_another_currency(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("  currency: USD\n  source: test", "  currency: HKD\n  source: test")
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "currency: HKD")
    assert e.detail == "the price is in HKD but the thesis currency is USD; give the price in USD"


def test_scenario_overriding_an_unknown_input(write_thesis: WriteThesis) -> None:
    text = MINIMAL + "scenarios:\n  bear:\n    inputs:\n      mlt: 2\n"
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "mlt: 2")
    assert e.detail == "'mlt' is not a known input; did you mean 'mult'?"


def test_scenario_with_a_bad_percentile(write_thesis: WriteThesis) -> None:
    text = MINIMAL + "scenarios:\n  bear:\n    inputs:\n      mult: p150\n"
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "mult: p150")
    assert "percentile p1..p99" in e.detail


def test_unreadable_trigger(write_thesis: WriteThesis) -> None:
    text = MINIMAL + "triggers:\n  - when: margin is high\n"
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "margin is high")
    assert e.detail.startswith("cannot read the trigger 'margin is high'")


def test_trigger_on_a_segment_the_company_lacks(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("currency: USD\nshares", "company: BABA\ncurrency: USD\nshares") + (
        "triggers:\n  - cloudd.ebita_margin >= 0.2\n"
    )
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "cloudd")
    assert "BABA has no segment 'cloudd'; did you mean 'cloud'?" in e.detail


def test_trigger_unit_against_its_input(write_thesis: WriteThesis) -> None:
    text = MINIMAL + "triggers:\n  - when: rev >= 0.5\n"
    e = _error(write_thesis, text)
    assert e.detail == "trigger compares a plain number but input 'rev' is money in USD"


def test_unknown_analog(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace(
        "segments:",
        "  m2:\n    model: analog\n    analog: aws2015\n    driver: 0.1\n    threshold: 0.2\nsegments:",
    )
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "analog: aws2015")
    assert e.detail.startswith("unknown analog 'aws2015'; did you mean 'aws_2015'?")


def test_inconsistent_correlations(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace(
        "segments:",
        "  x:\n    low: 0\n    high: 1\n    unit: ratio\n    source: t\n"
        "  y:\n    low: 0\n    high: 1\n    unit: ratio\n    source: t\nsegments:",
    ) + (
        "correlations:\n"
        "  - inputs: [mult, x]\n    rho: 0.9\n"
        "  - inputs: [x, y]\n    rho: 0.9\n"
        "  - inputs: [mult, y]\n    rho: -0.9\n"
    )
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "correlations:")
    assert "not positive definite" in e.detail


def test_correlating_a_fixed_input(write_thesis: WriteThesis) -> None:
    text = MINIMAL + "correlations:\n  - inputs: [rev, mult]\n    rho: 0.3\n"
    e = _error(write_thesis, text)
    assert "'rev' has no distribution of its own" in e.detail


def test_dcf_discount_rate_at_terminal_growth(write_thesis: WriteThesis) -> None:
    text = MINIMAL + (
        "  d:\n    method: dcf\n    cash_flow: rev\n    growth: 0.05\n    years: 5\n"
        "    discount_rate: 0.03\n    terminal_growth: 0.03\n"
    )
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "discount_rate: 0.03")
    assert "terminal value needs rate > growth" in e.detail


def test_bad_input_name(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("  mult:", "  2mult:").replace("multiple: mult", "multiple: 3")
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "2mult:")
    assert "name '2mult' must start with a letter" in e.detail


def test_several_problems_report_the_first_and_count_the_rest(write_thesis: WriteThesis) -> None:
    text = MINIMAL.replace("  value: 100\n", "  value: -1\n").replace("multiple: mult", "multple: mult")
    e = _error(write_thesis, text)
    assert e.line == line_of(text, "value: -1")
    assert e.detail.endswith("(and 1 more problem)")


def test_yaml_syntax_error(write_thesis: WriteThesis) -> None:
    e = _error(write_thesis, MINIMAL.replace("  rev:\n", "  rev: [\n"))
    assert e.detail.startswith("not valid YAML")


def test_not_a_mapping(write_thesis: WriteThesis) -> None:
    e = _error(write_thesis, "- just\n- a list\n")
    assert e.line == 1 and "a thesis file is a mapping" in e.detail


def test_missing_file_and_bad_encoding(tmp_path: Path) -> None:
    with pytest.raises(ThesisFileError, match="no such file"):
        load_thesis(tmp_path / "nope.yaml")
    p = tmp_path / "latin.yaml"
    p.write_bytes("name: caf\xe9\n".encode("latin-1"))
    with pytest.raises(ThesisFileError, match="not UTF-8"):
        load_thesis(p)


def test_an_input_given_as_a_bare_formula_string() -> None:
    t = parse_thesis(MINIMAL.replace("segments:", "  double: rev * 2\nsegments:"))
    assert t.inputs["double"].expr == "rev * 2"  # type: ignore[union-attr]


def test_pert_defaults() -> None:
    t = parse_thesis(
        MINIMAL.replace("    low: 2\n    high: 4", "    dist: pert\n    low: 2\n    mode: 3\n    high: 4")
    )
    spec = t.inputs["mult"]
    assert isinstance(spec, PertInput) and spec.lamb == 4.0
