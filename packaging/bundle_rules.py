"""What goes into the frozen bundle and what stays out: the one source of truth.

``build_installer.spec`` reads this module, and so does the guard test
(``tests/test_bundle_rules.py``), which fails if an exclusion here would drop a module that
``edu_app`` imports. Keep this file free of third-party imports: the spec, the tests and the
benchmark all load it.

Two kinds of rules:

* ``EXCLUDED_MODULES``: Python modules PyInstaller must not follow (Qt bindings the program
  never imports, the standard library's GUI and test kits, development tools).
* file rules: after analysis, Qt plugins and translations are kept or dropped by their path
  inside the bundle. Qt's hooks collect every plugin of a family (all image formats, all
  platforms); most of them the program never loads.
"""

from __future__ import annotations

import fnmatch

APP_NAME = "eczema-explained"  # bundle folder, package name, install folder
EXE_NAME = "edu-app"  # the program's executable, as on the command line
DISPLAY_NAME = "Eczema Explained"
BUNDLE_ID = "org.eczemaexplained.EczemaExplained"  # macOS bundle identifier

# The Qt modules the program uses (a test checks this against the imports in edu_app).
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport")

# Every other module that PySide6-Essentials ships (and the Addons, should they be installed).
_QT_UNUSED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus",
    "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation",
    "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL",
    "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQml", "QtQuick",
    "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects",
    "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView",
    "QtXml",
)

EXCLUDED_MODULES: tuple[str, ...] = (
    *(f"PySide6.{name}" for name in _QT_UNUSED),
    # other Qt bindings: PyInstaller refuses a build that sees two
    "PyQt5", "PyQt6", "PySide2",
    # the standard library's GUI, test and packaging kits
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "test",
    "ensurepip", "venv", "pydoc_data", "distutils",
    # development tools that must never reach a clinic's machine
    "setuptools", "pkg_resources", "pip", "pytest", "_pytest", "pytestqt", "hypothesis",
    "mypy", "ruff", "hatchling", "pypdf", "IPython",
    # optional imports of Python-Markdown for extensions the program does not use
    # (code highlighting); present in a developer's environment through pytest
    "pygments",
)

# Qt plugins, by their folder and file name (without the platform's prefix and suffix:
# "libqxcb.so", "qxcb.dll" and "libqxcb.dylib" are all "qxcb"). A folder not named here is
# dropped whole; a folder named here keeps only the plugins listed.
KEPT_PLUGINS: dict[str, tuple[str, ...]] = {
    # windowing: X11 and Wayland desktops, Windows, macOS; offscreen and minimal for tests
    # and the command line (handouts and screenshots without a display)
    "platforms": ("qxcb", "qwayland*", "qwindows", "qcocoa", "qoffscreen", "qminimal"),
    "xcbglintegrations": ("*",),
    "wayland-shell-integration": ("xdg-shell", "fullscreen-shell-v1", "qt-shell"),
    "wayland-graphics-integration-client": ("qt-plugin-wayland-egl", "shm-emulation-server"),
    "wayland-decoration-client": ("bradient", "adwaita"),
    # printing: without it no printer is listed
    "printsupport": ("*",),
    # pictures: SVG illustrations and icons; a clinic's logo may be JPEG, GIF, ICO or SVG
    # (PNG is built into Qt)
    "imageformats": ("qsvg", "qjpeg", "qgif", "qico"),
    "iconengines": ("qsvgicon",),
    # typing Thai on Linux goes through an input method (IBus) or compose keys
    "platforminputcontexts": ("composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"),
    # native file dialogs in sandboxed desktops; Windows and macOS styles
    "platformthemes": ("qxdgdesktopportal",),
    "styles": ("qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"),
}

# Qt's own translations ("qtbase_th.qm" makes Qt's standard dialogs speak Thai). The program
# loads qtbase_<code> for each language it offers except English (edu_app/ui/i18n.py); the
# PySide6 wheels currently ship no Thai one, so this usually keeps nothing.
KEPT_QT_TRANSLATIONS = ("qtbase_th.qm",)

# Our own files: the whole resources folder goes in, except sources the program never reads.
DROPPED_RESOURCES = ("*.ts",)


def plugin_stem(file_name: str) -> str:
    """``libqxcb.so`` / ``qxcb.dll`` / ``libqxcb.dylib`` -> ``qxcb``."""
    stem = file_name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_file(dest: str) -> bool:
    """Whether a file collected for the bundle (path inside it, any separator) stays."""
    parts = dest.replace("\\", "/").split("/")
    if parts[0] == "PySide6" and "plugins" in parts[:-2]:  # PySide6[/Qt]/plugins/<folder>/<file>
        folder = parts[parts.index("plugins") + 1]
        kept = KEPT_PLUGINS.get(folder)
        if kept is None:
            return False
        stem = plugin_stem(parts[-1])
        return any(fnmatch.fnmatch(stem, pattern) for pattern in kept)
    if parts[0] == "PySide6" and "translations" in parts[:-1]:
        return parts[-1] in KEPT_QT_TRANSLATIONS
    if parts[0] == "resources":
        return not any(fnmatch.fnmatch(parts[-1], pattern) for pattern in DROPPED_RESOURCES)
    return True


def is_excluded(module: str) -> bool:
    """Whether ``module`` (dotted name) is one of the excluded modules or inside one."""
    return any(module == name or module.startswith(name + ".") for name in EXCLUDED_MODULES)
