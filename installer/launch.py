"""The bundled program's entry script (installer/perfdesk.spec): the `perfdesk` command line.

The same as `python -m perfdesk` and the `perfdesk` console script: no argument or a
file opens the app, a subcommand (`demo`, `check`, `report`, ...) runs headless.
With PERFDESK_BUNDLE_CHECK=FOLDER set, it checks the bundle instead
(installer/bundle_check.py, run by installer/smoke.py); with PERFDESK_STARTUP_REPORT=1
it reports when the window is shown and quits (benchmarks/startup.py --bundle).
"""

import os
import sys

if __name__ == "__main__":
    if os.environ.get("PERFDESK_BUNDLE_CHECK") or os.environ.get("PERFDESK_STARTUP_REPORT"):
        import bundle_check

        sys.exit(bundle_check.main())
    from perfdesk.cli import main

    sys.exit(main())
