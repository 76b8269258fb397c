"""The ways a batch stops early: a refused input file, an output that cannot be written, Cancel.

Both errors are AssessmentErrors (a summary and the problems, ready to show); callers that
care which one tell them apart by class (the CLI exits 3 for input and 4 for output).
"""

from __future__ import annotations

from hrb_desktop.core.assessment import AssessmentError


class BatchInputError(AssessmentError):
    """A whole input file refused; ``problems`` name what is wrong."""


class BatchOutputError(AssessmentError):
    """A result could not be written (folder missing, file open in Excel, disk full); nothing was."""


class Cancelled(Exception):
    """The user pressed Cancel; whatever the run had written is already gone."""
