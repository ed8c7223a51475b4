"""Shared runtime of the generated package: models, enums, errors, request encoding and the HTTP clients.

Everything here is version-independent; each version subpackage binds it to its own spec.
"""
