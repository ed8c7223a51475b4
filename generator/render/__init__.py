"""Stage 3: turn the IR into source text. Models go through datamodel-code-generator; everything else
through the Jinja templates in ``templates/``, laid out like the tree they produce."""
