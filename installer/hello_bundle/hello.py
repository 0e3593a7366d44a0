"""The yardstick for the bundle size: a bare PySide6 window (benchmarks/bundle_size.py)."""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.show()
sys.exit(app.exec())
