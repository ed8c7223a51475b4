"""Strings that try to escape the literal or docstring they are put in."""

from __future__ import annotations

NASTY = [
    '"""',
    "'''",
    'end with a quote"',
    "end with a backslash\\",
    "backslash before newline \\\nnext line",
    "{{ jinja_expression }}",
    "{% if True %}template tag{% endif %}",
    "NUL\x00byte",
    "escape \x1b[31m red",
    "carriage\rreturn",
    "trailing newline\n",
    "A\n",
    "line\u2028separator",
    "right\u202eto-left override",
    "zero\u200bwidth",
    '"; import os; os.system("echo pwned"); x = "',
    '"""; import os  # ',
    "\n    import os\nos.system('echo pwned')",
    "__import__('os').system('echo pwned')",
    "${shell} $(whoami) `id`",
    "</script><script>alert(1)</script>",
    "tab\tand\u00a0nbsp",
    "emoji \U0001f600 and CJK 漢字",
    "x" * 5000,
]
