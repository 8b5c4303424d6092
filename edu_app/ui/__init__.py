"""The Qt interface (screens, views, the kiosk and the clinician's tools).

Importing it changes nothing in PySide6: the program's entry points lighten PySide6's import hook
explicitly (:func:`edu_app.pyside_hook.load_pyside`)."""
