"""Program settings: the interface language (applied at the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from partydesk.gui import settings
from partydesk.gui.widgets.choices import ChoiceBox
from partydesk.gui.widgets.dialog import RecordDialog


class SettingsDialog(RecordDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language = self.form.add("language", self.tr("&Language"), ChoiceBox())
        self.language.setObjectName("languageBox")
        self.language.add("简体中文", "zh_CN")
        self.language.add("English", "en")
        self.language.set_value(settings.language())
        note = QLabel(self.tr("A new language is used from the next start of the program."))
        note.setWordWrap(True)
        self.finish_layout(note)

    def save(self) -> None:
        if self.language.value() != settings.language():
            settings.set_language(self.language.value())
            self.main.show_status(self.tr("Language saved; restart Party Desk to use it."))
