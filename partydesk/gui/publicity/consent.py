"""发布同意 on the member page: what the member agreed to publish, its history, and recording a new answer."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.dates import format_date
from partydesk.domain.errors import ValidationError
from partydesk.gui.operations import Topic, runner_for
from partydesk.gui.publicity import buddy_label
from partydesk.gui.widgets.dates import DateEdit
from partydesk.services import publicity


class ConsentPanel(QGroupBox):
    """The member's consent register; a new answer withdraws the previous one from its day."""

    def __init__(self, window, member_uuid: str, today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.main, self.db, self.member_uuid = window, window.db, member_uuid
        self.today = today or date.today()
        self.setObjectName("consentPanel")
        self.setTitle(self.tr("Consent to publish"))
        self.current = QLabel(self)
        self.current.setObjectName("consentCurrent")
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("consentHistory")
        self.table.setHorizontalHeaderLabels([self.tr("From"), self.tr("Name"), self.tr("Photo"),
                                              self.tr("Withdrawn on")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(110)
        self.name_box = QCheckBox(self.tr("&Name may be published"), self)
        self.name_box.setObjectName("consentName")
        self.photo_box = QCheckBox(self.tr("&Photos may be published"), self)
        self.photo_box.setObjectName("consentPhoto")
        self.on_date = DateEdit("on", self, optional=False)
        self.on_date.set_value(self.today)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        record = QPushButton(self.tr("&Record answer"), self)
        record.setObjectName("consentRecord")
        record.clicked.connect(self.record)
        row = QHBoxLayout()
        for widget in (self.name_box, self.photo_box, buddy_label(self.tr("&From:"), self.on_date), self.on_date,
                       record):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.load()

    def load(self) -> None:
        history = publicity.consent_history(self.db, self.member_uuid)
        now = history[0] if history and history[0].current else None
        yes, no = self.tr("yes"), self.tr("no")
        if now is None:
            self.current.setText(self.tr("No consent recorded: the name is shown as 张** and photos are not used."))
        else:
            self.current.setText(self.tr("Name: %1, photos: %2, since %3")
                                 .replace("%1", yes if now.publish_name else no)
                                 .replace("%2", yes if now.publish_photo else no)
                                 .replace("%3", format_date(now.given_on)))
        self.name_box.setChecked(bool(now and now.publish_name))
        self.photo_box.setChecked(bool(now and now.publish_photo))
        self.table.setRowCount(len(history))
        for r, entry in enumerate(history):
            cells = (format_date(entry.given_on), yes if entry.publish_name else no,
                     yes if entry.publish_photo else no, format_date(entry.withdrawn_on))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def record(self) -> None:
        self.error.hide()
        try:
            on = self.on_date.value()
        except ValidationError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        name, photo = self.name_box.isChecked(), self.photo_box.isChecked()
        db, member_uuid = self.db, self.member_uuid

        def job(progress, cancelled):
            return publicity.set_consent(db, member_uuid, name=name, photo=photo, on=on)

        runner_for(self.main)(self.tr("Recording consent…"), job, on_done=lambda _entry: self.load(),
                              changes=(Topic.PUBLICITY,))
