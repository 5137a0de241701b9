"""表彰与典型: the honours list with filters, and the dialog to add or edit one (citation, scans, revocation)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QRadioButton, QVBoxLayout, QWidget

from partydesk.domain.vanguard import HonourLevel
from partydesk.gui.attachments.panel import AttachmentPanel
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.choices import ChoiceBox, enum_box, fill_branches
from partydesk.gui.widgets.dates import DateEdit
from partydesk.gui.widgets.dialog import RecordDialog, line, text_box
from partydesk.gui.widgets.member_picker import MemberPicker
from partydesk.gui.widgets.search import SearchBox
from partydesk.gui.widgets.table import Column, PagedTableModel, RecordTable
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import offices, vanguard

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: r.on_date),
    Column(QT_TRANSLATE_NOOP("Columns", "Honoured"), lambda r: r.holder_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Branch"), lambda r: r.branch_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("Columns", "Level"), lambda r: r.level),
    Column(QT_TRANSLATE_NOOP("Columns", "Issued by"), lambda r: r.issuer),
    Column(QT_TRANSLATE_NOOP("Columns", "Document no."), lambda r: r.doc_no),
    Column(QT_TRANSLATE_NOOP("Columns", "Revoked"), lambda r: r.revoked_on),
)


class HonoursPage(QWidget):
    """Honours of the chosen year and branch; Enter edits, buttons add, revoke and delete."""

    def __init__(self, tab):
        super().__init__(tab)
        self.tab, self.main, self.db = tab, tab.main, tab.db
        self.setObjectName("honoursPage")
        self.search = SearchBox(self)
        self.search.setObjectName("honoursSearch")
        self.search.setPlaceholderText(self.tr("Title or name"))
        self.search.search.connect(lambda _text: self.refresh())
        self.level = enum_box(HonourLevel, self, any_text=self.tr("All levels"))
        self.level.currentIndexChanged.connect(self.refresh)
        self.table = RecordTable("honoursTable", self)
        self.model = PagedTableModel(COLUMNS, self.fetch, self)
        self.table.setModel(self.model)
        self.table.activated_row.connect(lambda row: self.edit(self.model.uuid_at(row)))
        self.count = QLabel(self)
        self.model.reloaded.connect(lambda total: self.count.setText(self.tr("%n honour(s)", "", total)))
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("&New honour…"), lambda: self.edit(None)),
                           (self.tr("Ed&it…"), lambda: self.edit(self.table.current_uuid())),
                           (self.tr("Re&voke…"), self.revoke), (self.tr("&Move to recycle bin"), self.delete),
                           (self.tr("E&xemplar posts…"), self.posts),
                           (self.tr("&Generate poster…"), self.poster)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        button.setObjectName("honourPosterButton")
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.level)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def fetch(self, offset, limit, _sort, _descending):
        return vanguard.query_honours(self.db, vanguard.HonourQuery(
            year=self.tab.year(), branch_uuid=self.tab.branch(), level=self.level.value(),
            search=self.search.text().strip(), offset=offset, limit=limit))

    def refresh(self) -> None:
        self.model.reload()

    def edit(self, uuid: str | None) -> None:
        if HonourDialog(self.main, uuid, self).exec():
            self.main.notify_changed(Topic.VANGUARD)

    def posts(self) -> None:
        from partydesk.gui.vanguard.posts import PostsDialog

        PostsDialog(self.main, self).exec()

    def poster(self) -> None:
        """生成宣传图 for the selected honour (a revoked one is refused with its date)."""
        from partydesk.gui.publicity.actions import open_poster
        from partydesk.services.publicity import SourceKind

        open_poster(self.main, SourceKind.HONOUR, self.table.current_uuid())

    def revoke(self) -> None:
        uuid = self.table.current_uuid()
        if not uuid:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Revoke honour"), self.tr("Reason for revoking:"))
        if ok:
            self._call(lambda: vanguard.revoke_honour(self.db, uuid, date.today(), reason))

    def delete(self) -> None:
        uuid = self.table.current_uuid()
        if uuid:
            self._call(lambda: vanguard.delete_honour(self.db, uuid))

    def _call(self, fn) -> None:
        from partydesk.domain.errors import PartydeskError

        try:
            fn()
        except PartydeskError as error:
            self.main.show_error(str(error))
            return
        self.main.notify_changed(Topic.VANGUARD)


class HonourDialog(RecordDialog):
    geometry_key = "honour_dialog"

    def __init__(self, window, uuid: str | None, parent=None):
        super().__init__(window, parent)
        self.uuid = uuid
        self.setObjectName("honourDialog")
        self.setWindowTitle(self.tr("Edit honour") if uuid else self.tr("New honour"))
        f = self.form
        self.title = line()
        f.add("title", self.tr("&Title"), self.title)
        self.level = enum_box(HonourLevel)
        f.add("level", self.tr("&Level"), self.level)
        self.on_date = DateEdit("on_date", optional=False)
        f.add("on_date", self.tr("&Date"), self.on_date)
        holder = QWidget(self)
        self.to_member = QRadioButton(self.tr("A &member"), holder)
        self.to_branch = QRadioButton(self.tr("A b&ranch"), holder)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.to_member)
        row.addWidget(self.to_branch)
        row.addStretch(1)
        f.add("holder", self.tr("Given to"), holder)
        self.member = MemberPicker(self.db, self, single=True)
        f.add("member", self.tr("Mem&ber"), self.member)
        self.branch = ChoiceBox()
        f.add("branch", self.tr("Bra&nch"), self.branch)
        fill_branches(self.branch, offices.list_branches(self.db))
        self.issuer = line(max_length=100)
        f.add("issuer", self.tr("&Issued by"), self.issuer)
        self.doc_no = line(max_length=100)
        f.add("doc_no", self.tr("Document n&o."), self.doc_no)
        self.citation = text_box(height=140)
        f.add("citation", self.tr("&Citation"), self.citation)
        self.attachments = AttachmentPanel(window, "recognition", uuid, self)
        f.add("file", self.tr("Certificate scans and photos"), self.attachments)
        self.to_member.toggled.connect(self._holder_changed)
        if uuid:
            self._show(vanguard.get_honour(self.db, uuid))
        else:
            self.to_member.setChecked(True)
            self.on_date.set_value(date.today())
        self._holder_changed()
        self.finish_layout()

    def _holder_changed(self) -> None:
        self.member.setEnabled(self.to_member.isChecked())
        self.branch.setEnabled(not self.to_member.isChecked())

    def _show(self, honour: vanguard.HonourRow) -> None:
        self.title.setText(honour.title)
        self.level.set_value(honour.level)
        self.on_date.set_value(honour.on_date)
        if honour.member_uuid:
            self.to_member.setChecked(True)
            self.member.add(honour.member_uuid, honour.holder_name)
        else:
            self.to_branch.setChecked(True)
            self.branch.set_value(honour.branch_uuid)
        self.issuer.setText(honour.issuer)
        self.doc_no.setText(honour.doc_no)
        self.citation.setPlainText(honour.citation)

    def collect(self) -> vanguard.HonourInput:
        member = self.member.first() if self.to_member.isChecked() else None
        branch = None if self.to_member.isChecked() else self.branch.value()
        return vanguard.HonourInput(
            title=self.title.text(), level=self.level.value(), on_date=self.on_date.value() or "", member_uuid=member,
            branch_uuid=branch, issuer=self.issuer.text(), doc_no=self.doc_no.text(),
            citation=self.citation.toPlainText())

    def save(self) -> None:
        data = self.collect()
        if self.uuid:
            vanguard.update_honour(self.db, self.uuid, data)
        else:
            self.uuid = vanguard.add_honour(self.db, data)
        self.attachments.commit(self.uuid)
