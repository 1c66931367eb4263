"""The bank's schema, one migration a file, applied in this order (append-only).

A new step is a new file ``mNNN_name.py`` holding one ``@migrations()`` function, imported
last below; a released step is never edited. Each released schema has a fixture bank in
``tests/fixtures/schemas`` (``scripts/make_schema_fixture.py``).
"""

from quizapp.core.bank.schema import (  # noqa: F401  (importing registers each step, in order)
    m001_initial,
    m002_practice,
    m003_results,
    m004_roster,
)
