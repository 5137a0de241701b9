"""GUI fixtures: QSettings in tmp_path, Chinese translators like a real start, a main window on the demo."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from partydesk.gui import i18n as gui_i18n
from partydesk.gui.app import point_settings_to, use_embedded_font
from partydesk.gui.settings import APPLICATION, ORGANISATION


@pytest.fixture(autouse=True)
def gui_settings(qapp, tmp_path):
    """Never read or write the user's real QSettings."""
    point_settings_to(tmp_path / "qsettings")
    qapp.setOrganizationName(ORGANISATION)
    qapp.setApplicationName(APPLICATION)
    use_embedded_font(qapp)
    yield tmp_path / "qsettings"


@pytest.fixture
def language(qapp):
    """Switch the UI language for one test: language("en"); Chinese is the default."""
    yield gui_i18n.install
    gui_i18n.uninstall()


@pytest.fixture
def zh(language):
    language("zh_CN")


@pytest.fixture
def make_window(qtbot):
    from partydesk.gui.main_window import MainWindow

    windows = []

    def settled(window) -> None:  # a window closes only once its workers have ended (MainWindow.closeEvent)
        qtbot.waitUntil(lambda: not window.operations.running, timeout=10_000)

    def make(db):
        window = MainWindow(db)
        qtbot.addWidget(window, before_close_func=settled)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        settled(window)  # no worker outlives the test's database
        if isValid(window):
            window.close()


@pytest.fixture
def window(zh, make_window, demo_db, qtbot):
    """The main window on the demo office, on the roster tab (tabs load when first shown)."""
    window = make_window(demo_db)
    window.tabs.setCurrentWidget(window.roster_tab)
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    return window


@pytest.fixture
def answer_yes(monkeypatch):
    """Confirmations answered Yes; warnings recorded instead of shown."""
    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown
