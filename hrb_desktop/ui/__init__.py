"""The PySide6 wizard. Imports the core; the core never imports this package."""
