"""Stage 2: the intermediate representation. Every naming and typing decision is made here, so that
templates only loop and branch over it."""
