"""Run the main job: extract every file in raw/ into extracted/ (same as `pipeline extract raw/`).

The flows themselves live in `pipeline/flows.py`; this file is the entry point named
by the design card, so `python flows.py` works from a fresh clone.
"""

import sys

from pipeline.cli import app

if __name__ == "__main__":
    sys.exit(app(["extract", *(sys.argv[1:] or ["raw"])]))
