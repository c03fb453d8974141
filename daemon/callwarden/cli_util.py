"""What both command lines share for ending quietly when their reader goes away.

`callwarden calls | head` closes the pipe after ten lines; the next write raises
BrokenPipeError. A tool killed by SIGPIPE ends silently with status 141, and that is what a
shell user expects. Restoring SIGPIPE's default action would do it, but `callwarden run` is a
long-lived daemon writing to sockets, where EPIPE must stay an error to handle and not a signal
that kills the process; so the error is caught at the top of each CLI instead.
"""

from __future__ import annotations

import os
import signal
import sys

EXIT_SIGPIPE = 128 + signal.SIGPIPE


def quiet_broken_pipe() -> int:
    """Call from `except BrokenPipeError`: stdout is pointed at /dev/null so the interpreter's
    own flush at exit does not raise (and print "Exception ignored") a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):   # stdout already closed or not a real file
        pass
    return EXIT_SIGPIPE
