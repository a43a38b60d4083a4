"""Ctrl+C while the command line is still loading its modules ends quietly, as it does once a command runs."""

from __future__ import annotations

import subprocess
import sys

# The signal arrives after kqreader.cli has begun to load and before main() runs: the moment a person pressing
# Ctrl+C right after Enter hits (the modules take a few tenths of a second to load).
LOADING_THEN_INTERRUPTED = (
    "import os, signal, time\n"
    "import kqreader.cli\n"
    "os.kill(os.getpid(), signal.SIGINT)\n"
    "time.sleep(5)\n"
)


def test_ctrl_c_while_the_command_line_loads_is_no_traceback() -> None:
    result = subprocess.run([sys.executable, "-c", LOADING_THEN_INTERRUPTED], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 130
    assert "Traceback" not in result.stderr and result.stderr == ""


def test_main_gives_ctrl_c_back_to_the_commands() -> None:
    """Once main() runs, Ctrl+C is a KeyboardInterrupt again, so each command can say what it kept."""
    script = (
        "import signal\n"
        "from kqreader.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "assert signal.getsignal(signal.SIGINT) is signal.default_int_handler\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
