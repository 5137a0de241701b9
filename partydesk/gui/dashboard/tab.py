"""Overview (概览) placeholder until services.dashboard lands."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class DashboardTab(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.main = window
        self.setObjectName("dashboardTab")
        self.setAccessibleName("dashboardTab")
        QVBoxLayout(self).addWidget(QLabel(self.tr("Overview")))

    def on_changed(self, topics: set) -> None:
        pass

    def current_uuid(self):
        return None

    def selected_uuids(self):
        return []
