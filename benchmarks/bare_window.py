"""The baseline: a bare PySide6 window showing one QTextBrowser, reporting its first paint.

Kept free of any other import so that the baseline is what a minimal Qt program costs.
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser

TEXT = "<h1>Eczema</h1>" + "<p>Your skin is a wall between your body and the world.</p>" * 40


class FirstPaint(QObject):
    """Print the time of the first paint, then quit."""

    done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, report)
        return False


def report() -> None:
    sys.stdout.write(f"FIRST_PAINT {time.time():.6f}\n")
    sys.stdout.flush()
    QApplication.quit()


app = QApplication(sys.argv[:1])
browser = QTextBrowser()
browser.setHtml(TEXT)
browser.resize(1280, 800)
probe = FirstPaint(browser)
browser.installEventFilter(probe)
browser.show()
app.exec()
