"""Semantic diff between two spec versions: what changed in the API, how much it breaks, and what it means for
code that uses the generated package."""
