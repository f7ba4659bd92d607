"""``python -m policyterms …``: the same command line as the ``policyterms`` script, for
environments where the script is not on ``PATH`` (a venv not activated, a checkout run with
``PYTHONPATH=src``)."""

from policyterms.cli import entry_point

entry_point()
