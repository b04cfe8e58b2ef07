"""Colours that follow the system's light or dark palette, filled into the stylesheet (resources/styles/app.qss
names them as @tokens), and the text/background pairs the contrast test checks (WCAG 2: ≥ 4.5:1)."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from mediator_desk import paths

LIGHT = {
    "nav_bg": "#1f2a36", "nav_text": "#e8edf2", "accent": "#2563a6", "on_accent": "#ffffff",
    "muted": "#52606d", "card_bg": "#f3f6f9", "card_border": "#c9d3dd", "strong": "#1f2a36",
    "warn_bg": "#fde2e1", "warn_border": "#c0392b", "warn_text": "#1f2a36",
    "count_bg": "#e7f0f9", "count_border": "#9bbcd9", "count_text": "#1f2a36",
    "invalid": "#b03a2e", "error_text": "#9f2f24", "warning_text": "#7a5200",
    "paper": "#ffffff", "paper_border": "#c9d2db",
    "chart_bar": "#2563a6", "chart_outside": "#c4620f", "chart_open": "#eef4fa", "chart_text": "#52606d",
    "link": "#1d5a9c", "indicator": "#66727f",
}
DARK = {
    "nav_bg": "#10161d", "nav_text": "#e8edf2", "accent": "#2563a6", "on_accent": "#ffffff",
    "muted": "#aab7c4", "card_bg": "#26313d", "card_border": "#3c4a59", "strong": "#f1f5f9",
    "warn_bg": "#4a1f1c", "warn_border": "#e0645a", "warn_text": "#fde2e1",
    "count_bg": "#1e3550", "count_border": "#3e6a96", "count_text": "#f1f5f9",
    "invalid": "#ff8a80", "error_text": "#ff9a90", "warning_text": "#f0c36b",
    "paper": "#ffffff", "paper_border": "#56616d",
    "chart_bar": "#5b9bd8", "chart_outside": "#f0a050", "chart_open": "#1f2e3d", "chart_text": "#c3ced9",
    "link": "#8cc4ff", "indicator": "#9aa7b4",
}
# (text, background, where): every text colour the stylesheet sets, on what it is drawn. "window" and "text" are
# the palette's own; the test fills the stylesheet for a light and a dark palette and checks each pair.
PAIRS = [
    ("nav_text", "nav_bg", "page list"),
    ("on_accent", "accent", "selected page, pressed counter button, kiosk send button"),
    ("muted", "window", "day and scope captions"),
    ("muted", "card_bg", "captions on the Today and Counter cards"),
    ("text", "card_bg", "card captions in the palette's text colour"),
    ("strong", "card_bg", "figures on the cards"),
    ("strong", "window", "the tour editor's summary"),
    ("warn_text", "warn_bg", "a card over its limit, the banner"),
    ("count_text", "count_bg", "counter buttons"),
    ("error_text", "window", "validation errors"),
    ("warning_text", "window", "validation warnings"),
    ("chart_text", "window", "chart hours"),
    ("link", "base", "links in the manual"),
    ("text", "base", "the manual's text"),
]

# Outlines that are not text but must be seen (WCAG 2.1, 1.4.11: ≥ 3:1), and the images drawn with the theme.
NON_TEXT_PAIRS = [("indicator", "base", "check boxes in lists (the tour's mediators, access provisions)")]
IMAGES = {"check_image": ("check-dark.svg", "check-light.svg")}  # a check mark for light and for dark bases


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(palette: QPalette | None = None) -> dict[str, str]:
    """The theme's colours for `palette` (the application's by default), with the palette's window and text."""
    palette = palette or QGuiApplication.palette()
    chosen = dict(DARK if is_dark(palette) else LIGHT)
    chosen["window"] = palette.color(QPalette.ColorRole.Window).name()
    chosen["text"] = palette.color(QPalette.ColorRole.WindowText).name()
    chosen["base"] = palette.color(QPalette.ColorRole.Base).name()
    return chosen


def stylesheet(palette: QPalette | None = None) -> str:
    """app.qss with its @tokens replaced by this palette's colours (and images drawn in them)."""
    qss = re.sub(r"/\*.*?\*/", "", (paths.resources_dir() / "styles" / "app.qss").read_text(encoding="utf-8"),
                 flags=re.S)
    chosen = colours(palette)
    dark = is_dark(palette)
    for token, (on_light, on_dark) in IMAGES.items():
        chosen[token] = (paths.resources_dir() / "icons" / (on_dark if dark else on_light)).as_posix()

    def fill(match: re.Match) -> str:
        return chosen[match.group(1)]

    return re.sub(r"@([a-z_]+)\b", fill, qss)


def colour(name: str) -> QColor:
    """One theme colour for widgets that paint themselves (the hourly chart)."""
    return QColor(colours()[name])


def contrast(a: str | QColor, b: str | QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    la, lb = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)
