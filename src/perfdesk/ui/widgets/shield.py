"""A holder that keeps a tab's size changes inside the tab.

Any label whose text changes, any line shown or hidden, any model reset makes Qt
lay out the widgets above it again, one level at a time, up to the window. At the
top the window's QTabWidget answers a layout request by repainting itself and
everything in it: the org tree, the navigator, every label and both tables. A
holder switch in the Goals or KPI tab paid that whole-window paint (measured:
every widget of the window painted once per switch, twice with a wrapping line).

`LayoutShield` holds one widget and sizes it to its own rectangle. It has no
layout of its own and swallows the layout requests its content sends up, so the
content lays itself out (its own layouts still run) and nothing above it does.
The window still asks it for its size hints when the window itself lays out
(a resize, a zoom), and gets the content's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from perfdesk.ui.guard import guarded


class LayoutShield(QWidget):
    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        content.setParent(self)

    @guarded(default=False)
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            # The content has laid itself out already; its size is ours, whatever it wants.
            return True
        return super().event(event)

    @guarded
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.content.setGeometry(self.rect())

    @guarded(default=QSize())
    def sizeHint(self) -> QSize:
        return self.content.sizeHint()

    @guarded(default=QSize())
    def minimumSizeHint(self) -> QSize:
        return self.content.minimumSizeHint()
