"""Helpers for audit tests: audit a text with claims built from find_quantities."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
