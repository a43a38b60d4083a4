"""The Textual reader. Only this package imports Textual.

Textual draws at most 60 frames a second, and after an idle moment its next frame waits one to two frame times: a
step in the list shows the cursor in one frame and the answer in the next (kqreader/tui/app.py), so that wait is
what a reader waits for the answer. At 120 it halves (22 ms instead of 33 at the median in tmux: docs/benchmarks.md).
Set before Textual is first imported; TEXTUAL_FPS in the environment still decides.
"""

import os

os.environ.setdefault("TEXTUAL_FPS", "120")
