"""The Qt-free core: policy model, engine, assessment files and the PDF report.

Nothing under this package may import PySide6; an import-linter contract and
tests/core/test_architecture.py enforce it.
"""
