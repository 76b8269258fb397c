"""Sample palettes of the themes users run, to render and test the wizard under them.

Qt 6.7+ follows the Windows dark theme and Windows' high-contrast themes set the whole
palette; these stand in for them offscreen (``scripts/render_pages.py --palette``, the
contrast tests). The app itself never sets a palette: it takes the system's.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# role -> (active and inactive colour, disabled colour)
_DARK: dict[QPalette.ColorRole, tuple[str, str]] = {
    Role.Window: ("#2b2b2b", "#2b2b2b"),
    Role.WindowText: ("#f0f0f0", "#8a8a8a"),
    Role.Base: ("#1e1e1e", "#262626"),
    Role.AlternateBase: ("#262626", "#262626"),
    Role.Text: ("#f0f0f0", "#8a8a8a"),
    Role.PlaceholderText: ("#a0a0a0", "#707070"),
    Role.Button: ("#353535", "#303030"),
    Role.ButtonText: ("#f0f0f0", "#8a8a8a"),
    Role.BrightText: ("#ff6b6b", "#ff6b6b"),
    Role.Light: ("#505050", "#505050"),
    Role.Midlight: ("#404040", "#404040"),
    Role.Mid: ("#2f2f2f", "#2f2f2f"),
    Role.Dark: ("#1a1a1a", "#1a1a1a"),
    Role.Shadow: ("#0a0a0a", "#0a0a0a"),
    Role.Highlight: ("#2a82da", "#404040"),
    Role.HighlightedText: ("#ffffff", "#8a8a8a"),
    Role.Link: ("#6cb4ff", "#6c8aa8"),
    Role.LinkVisited: ("#c58af9", "#8a6ca8"),
    Role.ToolTipBase: ("#2b2b2b", "#2b2b2b"),
    Role.ToolTipText: ("#f0f0f0", "#f0f0f0"),
}
# Windows "High Contrast Black" (Aquatic's predecessor): white on black, yellow selection and links.
_HC_BLACK: dict[QPalette.ColorRole, tuple[str, str]] = {
    Role.Window: ("#000000", "#000000"),
    Role.WindowText: ("#ffffff", "#3ff23f"),
    Role.Base: ("#000000", "#000000"),
    Role.AlternateBase: ("#000000", "#000000"),
    Role.Text: ("#ffffff", "#3ff23f"),
    Role.PlaceholderText: ("#ffffff", "#3ff23f"),
    Role.Button: ("#000000", "#000000"),
    Role.ButtonText: ("#ffffff", "#3ff23f"),
    Role.BrightText: ("#ffffff", "#ffffff"),
    Role.Light: ("#ffffff", "#ffffff"),
    Role.Midlight: ("#ffffff", "#ffffff"),
    Role.Mid: ("#ffffff", "#ffffff"),
    Role.Dark: ("#ffffff", "#ffffff"),
    Role.Shadow: ("#ffffff", "#ffffff"),
    Role.Highlight: ("#ffff00", "#000000"),
    Role.HighlightedText: ("#000000", "#3ff23f"),
    Role.Link: ("#ffff00", "#3ff23f"),
    Role.LinkVisited: ("#ffff00", "#3ff23f"),
    Role.ToolTipBase: ("#000000", "#000000"),
    Role.ToolTipText: ("#ffffff", "#ffffff"),
}
# Windows "High Contrast White": black on white, purple selection, dark blue links.
_HC_WHITE: dict[QPalette.ColorRole, tuple[str, str]] = {
    Role.Window: ("#ffffff", "#ffffff"),
    Role.WindowText: ("#000000", "#600000"),
    Role.Base: ("#ffffff", "#ffffff"),
    Role.AlternateBase: ("#ffffff", "#ffffff"),
    Role.Text: ("#000000", "#600000"),
    Role.PlaceholderText: ("#000000", "#600000"),
    Role.Button: ("#ffffff", "#ffffff"),
    Role.ButtonText: ("#000000", "#600000"),
    Role.BrightText: ("#000000", "#000000"),
    Role.Light: ("#000000", "#000000"),
    Role.Midlight: ("#000000", "#000000"),
    Role.Mid: ("#000000", "#000000"),
    Role.Dark: ("#000000", "#000000"),
    Role.Shadow: ("#000000", "#000000"),
    Role.Highlight: ("#37006e", "#ffffff"),
    Role.HighlightedText: ("#ffffff", "#600000"),
    Role.Link: ("#00009f", "#600000"),
    Role.LinkVisited: ("#00009f", "#600000"),
    Role.ToolTipBase: ("#ffffff", "#ffffff"),
    Role.ToolTipText: ("#000000", "#000000"),
}
SAMPLES = {"dark": _DARK, "hc-black": _HC_BLACK, "hc-white": _HC_WHITE}


def sample_palette(name: str) -> QPalette:
    """One of ``SAMPLES`` ("dark", "hc-black", "hc-white") as a complete palette."""
    palette = QPalette()
    for role, (normal, disabled) in SAMPLES[name].items():
        for group in (Group.Active, Group.Inactive):
            palette.setColor(group, role, QColor(normal))
        palette.setColor(Group.Disabled, role, QColor(disabled))
    return palette
