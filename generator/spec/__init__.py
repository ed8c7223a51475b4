"""Stage 1: read the YAML spec, check it against the spec schema, and report every problem with its location."""
