"""Findings as text, Markdown, JSON or a self-contained HTML page, each quote shown in its context."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence

from thesisledger.audit.finding import Finding, Quote

FORMATS = ("text", "md", "json", "html")
CONTEXT_CHARS = 70
"""Characters of surrounding text shown either side of a quote."""


def _excerpt(text: str, q: Quote, mark: tuple[str, str], escape: bool = False) -> str:
    lo = max(0, q.start - CONTEXT_CHARS)
    hi = min(len(text), q.end + CONTEXT_CHARS)
    parts = [text[lo : q.start], text[q.start : q.end], text[q.end : hi]]
    if escape:
        parts = [html.escape(p) for p in parts]
    parts = [" ".join(p.split()) if i != 1 else p for i, p in enumerate(parts)]
    head = "..." if lo > 0 else ""
    tail = "..." if hi < len(text) else ""
    return f"{head}{parts[0]} {mark[0]}{parts[1]}{mark[1]} {parts[2]}{tail}".strip()


def _label(f: Finding) -> str:
    return f"{f.status.value.upper()} {f.severity.value}" if f.failed else "PASS"


def render_findings(findings: Sequence[Finding], text: str, fmt: str = "text", title: str = "") -> str:
    """Render `findings` on document `text` as `fmt` (one of FORMATS)."""
    if fmt == "json":
        return json.dumps([f.to_json() for f in findings], indent=2, ensure_ascii=False)
    fails = sum(1 for f in findings if f.failed)
    summary = f"{fails} finding(s), {len(findings) - fails} passed check(s)"
    if fmt == "text":
        lines = [summary]
        for f in findings:
            lines += ["", f"[{_label(f)}] {f.rule} (chars {f.start}-{max(q.end for q in f.quotes)})"]
            lines += [f"  > {_excerpt(text, q, ('>>', '<<'))}" for q in f.quotes]
            lines.append(f"  {f.explanation}")
            if f.suggestion:
                lines.append(f"  suggestion: {f.suggestion}")
        return "\n".join(lines)
    if fmt == "md":
        lines = [f"# Audit{': ' + title if title else ''}", "", summary]
        for f in findings:
            lines += ["", f"## {_label(f)}: `{f.rule}`", ""]
            lines += [f"> {_excerpt(text, q, ('**', '**'))}  " for q in f.quotes]
            lines += ["", f.explanation]
            if f.suggestion:
                lines += ["", f"*Suggestion:* {f.suggestion}"]
        return "\n".join(lines)
    if fmt == "html":
        rows = []
        for f in findings:
            quotes = "".join(
                f"<blockquote>{_excerpt(text, q, ('<mark>', '</mark>'), escape=True)}</blockquote>"
                for q in f.quotes
            )
            sug = f"<p><em>Suggestion:</em> {html.escape(f.suggestion)}</p>" if f.suggestion else ""
            cls = f.severity.value if f.failed else "pass"
            rows.append(
                f'<section class="{cls}"><h2>{html.escape(_label(f))}: <code>{html.escape(f.rule)}</code>'
                f"</h2>{quotes}<p>{html.escape(f.explanation)}</p>{sug}</section>"
            )
        style = (
            "body{font-family:sans-serif;max-width:60em;margin:auto}section{border-left:6px solid #888;"
            "padding:0 1em;margin:1em 0}.high{border-color:#c00}.medium{border-color:#e80}"
            ".low{border-color:#cc0}.pass{border-color:#080}mark{background:#fd6}"
        )
        t = html.escape(title or "Audit")
        return (
            f"<!doctype html><html><head><meta charset='utf-8'><title>{t}</title><style>{style}</style>"
            f"</head><body><h1>{t}</h1><p>{summary}</p>{''.join(rows)}</body></html>"
        )
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
