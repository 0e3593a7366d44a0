"""`python -m perfdesk` runs the same command line as the `perfdesk` program."""

import sys

from perfdesk.cli import main

sys.exit(main())
