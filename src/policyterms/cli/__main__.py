"""``python -m policyterms.cli``: the command line, as the console script runs it."""

import sys

from policyterms.cli.run import main

sys.exit(main())
