"""graph-api-codegen: turns a YAML description of Graph API nodes into a typed Python package.

The pipeline runs in stages, one subpackage or module each:
``spec`` (load and validate) -> ``ir`` (names, types, references) -> ``render`` -> ``formatting`` -> ``writing``.
"""

__version__ = "0.1.0"
