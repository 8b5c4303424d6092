"""Qt drawing shared by the screen (``edu_app.ui``) and paper (``edu_app.printing``): the bundled
fonts, illustrations with their labels, and pen strokes. It imports neither of those layers."""
