"""``graph-codegen import``: Meta's machine-readable Marketing API spec, turned into (or merged into) our spec."""
