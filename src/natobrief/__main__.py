"""``python -m natobrief``: the command line."""

import sys

from natobrief._cli import main

sys.exit(main())
