"""The widgets' style sheet, made from a core Theme and the text scale."""

from __future__ import annotations

import math

from edu_app.core.theme import Theme
from edu_app.paint.fonts import BASE_POINT_SIZE, FAMILIES, language_size
from edu_app.resources import icon_path

TOUCH = 48  # minimum touch target in px at 100 % (Material 48 dp, WCAG 2.5.5 44 px)


def control_height(pt: float) -> int:
    """The content height of a button or field at ``pt``: a touch target, and a line of either
    script (a Thai line is taller than a Latin one; a row whose buttons differ in height is
    squeezed to the shortest, cutting the Thai ones)."""
    from PySide6.QtGui import QFont, QFontMetricsF

    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(pt)
    # as Qt measures a button's words: the line of the fonts the words fall back to
    line = QFontMetricsF(font).size(0, "Ag ไทยที่สุด").height()
    return max(TOUCH, math.ceil(line))


def style_sheet(theme: Theme, scale: int, lang: str = "en") -> str:
    """QSS for the whole application (in ``lang``: Thai is set a little larger)."""
    pt = BASE_POINT_SIZE * scale / 100 * language_size(lang)
    control = control_height(pt)
    # a flat chevron instead of the platform's sunken arrow box
    arrow = icon_path("chevron-down-light" if theme.name == "high-contrast"
                      else "chevron-down-dark").as_posix()

    def size(factor: float) -> str:
        return f"{pt * factor:.1f}pt"

    def capped(factor: float) -> str:
        # the attract screen's display type: already large, it grows only up to 125 % so the
        # picture keeps its room on a 768 px high screen (display sizes: no larger for Thai)
        return f"{BASE_POINT_SIZE * min(scale, 125) / 100 * factor:.1f}pt"

    def fixed(factor: float) -> str:
        # staff's PIN keys: large digits already, in keys of a fixed size that must fit a
        # 768 px high screen whatever text size the patients chose
        return f"{BASE_POINT_SIZE * factor:.1f}pt"

    t = theme
    return f"""
QWidget {{ color: {t.text}; background-color: {t.background}; font-size: {size(1)}; }}
QFrame#TopBar {{ background-color: {t.surface}; border-bottom: 1px solid {t.border}; }}
QFrame#TopBar QLabel, QFrame#TopBar QWidget {{ background-color: {t.surface}; }}
QFrame#TopBar QPushButton:checked {{ background-color: {t.accent}; color: {t.accent_text}; }}
QLabel#AppTitle {{ font-size: {size(1.35)}; font-weight: 700; color: {t.accent}; }}
QLabel#ClinicName {{ font-size: {size(1.0)}; color: {t.muted}; }}
QLabel#ScreenTitle {{ font-size: {size(1.6)}; font-weight: 700; }}
QLabel#PageTitle {{ font-size: {size(1.45)}; font-weight: 700; }}
QLabel#Muted {{ color: {t.muted}; }}
QLabel#StaffNotice {{ font-size: {size(0.8)}; color: {t.muted}; }}
QLabel#ClinicTag {{ font-size: {size(0.8)}; font-weight: 700; color: {t.accent}; }}
QLabel#GroupTitle {{ font-size: {size(1.2)}; font-weight: 700; color: {t.accent};
    padding-top: 10px; }}
QPushButton, QToolButton, QComboBox {{
    min-height: {control}px; padding: 4px 16px;
    border: 2px solid {t.border}; border-radius: 10px; background-color: {t.surface};
    font-size: {size(1)}; }}
QToolButton, QComboBox {{ min-width: {TOUCH}px; }}
QFileDialog QToolButton {{ min-width: {control}px; max-width: {control}px; padding: 4px; }}
QPushButton:hover, QToolButton:hover {{ border-color: {t.accent}; }}
QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus {{
    border: 3px solid {t.link}; }}
QPushButton:checked, QToolButton:checked {{ background-color: {t.accent};
    color: {t.accent_text}; border-color: {t.accent}; }}
QPushButton:checked:focus, QToolButton:checked:focus {{ background-color: {t.accent};
    color: {t.accent_text}; border: 3px solid {t.link}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {t.disabled}; border: 2px dashed {t.disabled};
    background-color: {t.background}; }}
QPushButton#Primary {{ background-color: {t.accent}; color: {t.accent_text};
    border-color: {t.accent}; font-weight: 700; }}
QPushButton#Primary:disabled {{ background-color: {t.background}; color: {t.disabled};
    border: 2px dashed {t.disabled}; }}
QComboBox {{ padding-right: 40px; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
    width: 36px; border: none; background: transparent; }}
QComboBox::down-arrow {{ image: url("{arrow}"); width: 16px; height: 16px; }}
QComboBox QAbstractItemView {{ background-color: {t.surface}; selection-background-color: {t.accent};
    selection-color: {t.accent_text}; }}
QCheckBox {{ min-height: {TOUCH}px; spacing: 12px; }}
QCheckBox::indicator {{ width: 26px; height: 26px; }}
QListWidget::item {{ min-height: {TOUCH}px; }}
QListWidget::indicator {{ width: 26px; height: 26px; }}
QWidget#PatientWindow {{ background-color: {t.background}; }}
QLabel#PatientPoints {{ font-size: {size(1.35)}; }}
QLineEdit {{ min-height: {control}px; padding: 4px 14px; border: 2px solid {t.border};
    border-radius: 24px; background-color: {t.surface}; font-size: {size(1.1)}; }}
QLineEdit QToolButton {{ min-height: 0px; min-width: 0px; padding: 0px; border: none;
    background-color: transparent; }}
QFrame#Card {{ background-color: {t.surface}; border: 2px solid {t.border}; border-radius: 14px; }}
QFrame#Card:hover {{ border-color: {t.accent}; }}
QFrame#Card:focus {{ border: 3px solid {t.link}; }}
QFrame#Card QLabel {{ background-color: transparent; }}
QFrame#Card QLabel#Thumbnail {{ background-color: #ffffff; border-radius: 10px; }}
QLabel#CardTitle {{ font-size: {size(1.2)}; font-weight: 700; color: {t.text}; }}
QLabel#CardKind {{ font-size: {size(0.85)}; font-weight: 700; color: {t.accent}; }}
QFrame#Broken {{ background-color: {t.surface_alt}; border: 2px dashed {t.border};
    border-radius: 14px; }}
QLabel#StatusMessage {{ background-color: {t.surface_alt}; border-left: 6px solid {t.accent};
    padding: 10px 14px; font-size: {size(1.0)}; }}
QLabel#EmptyPreview {{ background-color: {t.surface_alt}; color: {t.text}; padding: 32px;
    font-size: {size(1.1)}; border: 2px dashed {t.border}; border-radius: 12px; }}
QFrame#Banner {{ background-color: {t.callouts['warning'].background};
    border-bottom: 2px solid {t.callouts['warning'].border}; }}
QFrame#Banner QLabel {{ background-color: transparent; }}
QFrame#Popup {{ background-color: {t.surface}; border: 2px solid {t.accent}; border-radius: 14px; }}
QFrame#Popup QLabel {{ background-color: transparent; }}
QFrame#Question {{ background-color: {t.surface}; border: 2px solid {t.border}; border-radius: 12px; }}
QFrame#Question:focus {{ border: 3px solid {t.link}; }}
QFrame#Question[ticked="true"] {{ border: 2px solid {t.accent}; background-color: {t.surface_alt}; }}
QLabel#GridHead {{ background-color: {t.table_header}; font-weight: 700; padding: 8px; }}
QLabel#GridLabel {{ background-color: {t.surface_alt}; padding: 8px; }}
QLabel#GridCell {{ background-color: {t.surface}; border: 1px solid {t.border}; padding: 8px; }}
QLabel#GridName {{ font-weight: 700; color: {t.accent}; padding: 8px 8px 8px 16px; }}
QFrame#Question QLabel {{ background-color: transparent; }}
QTextBrowser {{ background-color: {t.background}; border: none; }}
QScrollArea {{ border: none; }}
QWidget#Scrim {{ background-color: rgba(31, 42, 48, 110); }}
QLabel#Countdown {{ font-size: {size(2.2)}; font-weight: 700; color: {t.accent}; }}
QLabel#PinDots {{ font-size: {fixed(2.0)}; letter-spacing: 8px; min-height: {TOUCH}px; }}
QPushButton#PadKey {{ font-size: {fixed(1.6)}; font-weight: 700; border-radius: 44px; }}
QFrame#Keyboard {{ background-color: {t.surface_alt}; border-top: 1px solid {t.border}; }}
QPushButton#Key {{ font-size: {fixed(1.4)}; padding: 4px 6px; }}
QWidget#Attract {{ background-color: {t.background}; }}
QLabel#AttractTitle {{ font-size: {capped(2.4)}; font-weight: 700; color: {t.accent}; }}
QWidget#Attract QLabel#CardTitle {{ font-size: {capped(1.8)}; }}
QWidget#Attract QLabel#Muted {{ font-size: {capped(1.3)}; }}
QPushButton#AttractStart {{ background-color: {t.accent}; color: {t.accent_text}; border-color: {t.accent};
    font-size: {capped(1.6)}; font-weight: 700; min-height: 88px; min-width: 360px;
    border-radius: 44px; }}
QPushButton#AttractLanguage {{ font-size: {capped(1.3)}; min-height: 72px; min-width: 200px; }}
QLabel#AttractDots {{ font-size: {capped(1.2)}; color: {t.accent}; letter-spacing: 6px; }}
QLabel#AttractPicture {{ background-color: transparent; }}
QScrollBar:vertical {{ width: 16px; background: {t.surface_alt}; border: none; }}
QScrollBar:horizontal {{ height: 16px; background: {t.surface_alt}; border: none; }}
QScrollBar::handle:vertical {{ background: {t.border}; min-height: 48px; border-radius: 8px; }}
QScrollBar::handle:horizontal {{ background: {t.border}; min-width: 48px; border-radius: 8px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; border: none;
    background: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""
