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


def _high_contrast(
    back: str, text: str, disabled: str, highlight: str, highlighted: str, link: str
) -> dict[QPalette.ColorRole, tuple[str, str]]:
    """A Windows high-contrast theme: two colours for everything, one for disabled text,
    one pair for the selection and one for links (frames are drawn in the text colour)."""
    roles = {role: (back, back) for role in (Role.Window, Role.Base, Role.AlternateBase, Role.Button,
                                             Role.ToolTipBase)}
    roles |= {role: (text, disabled) for role in (Role.WindowText, Role.Text, Role.PlaceholderText,
                                                  Role.ButtonText)}
    roles |= {role: (text, text) for role in (Role.BrightText, Role.Light, Role.Midlight, Role.Mid,
                                              Role.Dark, Role.Shadow, Role.ToolTipText)}
    roles |= {Role.Highlight: (highlight, back), Role.HighlightedText: (highlighted, disabled),
              Role.Link: (link, disabled), Role.LinkVisited: (link, disabled)}
    return roles


# "High Contrast Black": white on black, yellow selection and links, green disabled text.
_HC_BLACK = _high_contrast("#000000", "#ffffff", "#3ff23f", "#ffff00", "#000000", "#ffff00")
# "High Contrast White": black on white, purple selection, dark blue links, dark red disabled text.
_HC_WHITE = _high_contrast("#ffffff", "#000000", "#600000", "#37006e", "#ffffff", "#00009f")
SAMPLES = {"dark": _DARK, "hc-black": _HC_BLACK, "hc-white": _HC_WHITE}


def sample_palette(name: str) -> QPalette:
    """One of ``SAMPLES`` ("dark", "hc-black", "hc-white") as a complete palette."""
    palette = QPalette()
    for role, (normal, disabled) in SAMPLES[name].items():
        for group in (Group.Active, Group.Inactive):
            palette.setColor(group, role, QColor(normal))
        palette.setColor(Group.Disabled, role, QColor(disabled))
    return palette
