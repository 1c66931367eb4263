"""The bank's schema, one migration a file, applied in this order (append-only).

A new step is a new file ``mNNN_name.py`` holding one ``@migrations()`` function, imported
last below; tables are made with ``tables.create_table`` (columns as words). A released
step's schema never changes: its code may be tidied only while it makes the same
``sqlite_master`` as its fixture bank in ``tests/fixtures/schemas``
(``scripts/make_schema_fixture.py``), which ``tests/core/test_upgrades.py`` checks.
"""

from quizapp.core.bank.schema import (  # noqa: F401  (importing registers each step, in order)
    m001_initial,
    m002_practice,
    m003_results,
    m004_roster,
)
