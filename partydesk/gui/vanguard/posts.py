"""党员先锋岗 / 示范岗 / 责任区: the terms held, a new term, and a term's score (< 70 withdraws the post)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from partydesk.domain.errors import PartydeskError
from partydesk.domain.vanguard import PostKind
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.choices import enum_box
from partydesk.gui.widgets.dates import DateEdit
from partydesk.gui.widgets.dialog import RecordDialog, line
from partydesk.gui.widgets.member_picker import MemberPicker
from partydesk.gui.widgets.table import display, list_table
from partydesk.services import vanguard


class PostsDialog(QDialog):
    def __init__(self, main, parent=None):
        super().__init__(parent)
        self.main, self.db = main, main.db
        self.setObjectName("postsDialog")
        self.setWindowTitle(self.tr("Exemplar posts"))
        self.table = list_table("postsTable", [self.tr("Member"), self.tr("Kind"), self.tr("Post"),
                                               self.tr("Term from"), self.tr("Term to"), self.tr("Score"),
                                               self.tr("Outcome"), self.tr("Withdrawn")], self)
        new = QPushButton(self.tr("&New term…"), self)
        new.clicked.connect(self.new_post)
        score = QPushButton(self.tr("&Score the term…"), self)
        score.clicked.connect(self.score)
        poster = QPushButton(self.tr("&Generate poster…"), self)
        poster.setObjectName("postPosterButton")
        poster.clicked.connect(self.poster)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(score)
        row.addWidget(poster)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(860, 480)
        self.refresh()

    def refresh(self) -> None:
        self.posts = vanguard.list_posts(self.db)
        self.table.setRowCount(len(self.posts))
        for r, post in enumerate(self.posts):
            values = (post.member_name, post.kind, post.title, post.term_start, post.term_end, post.score,
                      post.outcome, post.withdrawn_on)
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(display(value)))
        self.table.resizeColumnsToContents()

    def new_post(self) -> None:
        if PostDialog(self.main, self).exec():
            self.refresh()
            self.main.notify_changed(Topic.VANGUARD)

    def current_uuid(self) -> str | None:
        row = self.table.currentRow()
        return self.posts[row].uuid if 0 <= row < len(self.posts) else None

    def poster(self) -> None:
        """生成宣传图 for the selected term (a withdrawn post is refused)."""
        from partydesk.gui.publicity.actions import open_poster
        from partydesk.services.publicity import SourceKind

        open_poster(self.main, SourceKind.POST, self.current_uuid())

    def score(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.posts):
            return
        value, ok = QInputDialog.getInt(self, self.tr("Score the term"), self.tr("Score (0–100):"), 90, 0, 100)
        if not ok:
            return
        try:
            vanguard.score_post(self.db, self.posts[row].uuid, value, date.today())
        except PartydeskError as error:
            self.main.show_error(str(error))
            return
        self.refresh()


class PostDialog(RecordDialog):
    def __init__(self, main, parent=None):
        super().__init__(main, parent)
        self.setObjectName("postDialog")
        self.setWindowTitle(self.tr("New exemplar post term"))
        f = self.form
        self.member = MemberPicker(self.db, self, single=True)
        f.add("member", self.tr("Mem&ber"), self.member)
        self.kind = enum_box(PostKind)
        f.add("kind", self.tr("&Kind"), self.kind)
        self.title = line(max_length=100)
        f.add("title", self.tr("&Post"), self.title)
        self.term_start = DateEdit("term_start")
        f.add("term_start", self.tr("Term &from"), self.term_start)
        self.term_end = DateEdit("term_end")
        f.add("term_end", self.tr("Term &to"), self.term_end)
        self.term_start.set_value(date(date.today().year, 1, 1))
        self.term_end.set_value(date(date.today().year, 12, 31))
        self.finish_layout()

    def save(self) -> None:
        vanguard.add_post(self.db, self.member.first() or "", self.kind.value(), self.title.text(),
                          self.term_start.value(), self.term_end.value())
