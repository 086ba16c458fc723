"""kzmil: find the passage behind a claim or a half-remembered quote, and cite it."""

__version__ = "0.1.0"
