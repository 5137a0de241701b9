"""Import wizard: a roster (花名册) or a sign-in sheet (签到表), previewed before anything is written."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from partydesk.domain.errors import PartydeskError
from partydesk.gui.importing import ROSTER
from partydesk.gui.importing.pages import ConfirmPage, FilePage, MappingPage, ReportPage
from partydesk.gui.operations import Topic, notify_changed, runner_for, show_status
from partydesk.services import calendar, importing, offices
from partydesk.services.common import OperationCancelled
from partydesk.services.importing import ATTENDANCE_HEADERS, IGNORE, ROSTER_HEADERS


class ImportWizard(QWizard):
    """Pick file, check mapping, see the report, confirm; the work runs through `run_task`."""

    def __init__(self, db, kind: str = ROSTER, parent=None, run_task=None, activity_uuid: str | None = None,
                 path: str = ""):
        super().__init__(parent)
        self.db, self.kind = db, kind
        self.run_task = run_task or runner_for(parent)
        self.preview: importing.ImportPreview | None = None
        self.result: importing.ImportResult | None = None
        headers = ROSTER_HEADERS if kind == ROSTER else ATTENDANCE_HEADERS
        self.fields = [field for field in headers if field != IGNORE]
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import roster") if kind == ROSTER else self.tr("Import sign-in sheet"))
        self.setWizardStyle(QWizard.ModernStyle)
        self.setOption(QWizard.NoBackButtonOnStartPage, True)
        self.resize(820, 560)
        self.file_page, self.mapping_page = FilePage(self), MappingPage(self)
        self.report_page, self.confirm_page = ReportPage(self), ConfirmPage(self)
        for page in (self.file_page, self.mapping_page, self.report_page, self.confirm_page):
            self.addPage(page)
        self._fill_targets(activity_uuid)
        self.file_page.path.setText(path)

    def _fill_targets(self, activity_uuid: str | None) -> None:
        combo = self.file_page.target
        if self.kind == ROSTER:
            self.file_page.target_label.setText(self.tr("&Branch for rows without one:"))
            combo.addItem(self.tr("(the only branch, or the 所在党支部 column)"), None)
            for branch in offices.list_branches(self.db):
                combo.addItem(branch.name, branch.uuid)
            return
        self.file_page.target_label.setText(self.tr("&Activity:"))
        rows = calendar.query_activities(self.db, calendar.ActivityQuery(limit=300, sort="date", descending=True)).rows
        for row in rows:
            combo.addItem(f"{row.on_date.isoformat()}  {row.kind.label()}  {row.title}", row.uuid)
        if activity_uuid:
            combo.setCurrentIndex(max(0, combo.findData(activity_uuid)))

    @property
    def target(self) -> str | None:
        return self.file_page.target.currentData()

    def compute_preview(self, mapping: dict[int, str] | None, page) -> None:
        """Check the whole file in a worker; the page moves on when the preview is back."""
        path = self.file_page.path.text().strip()
        if self.kind == ROSTER:
            args = (importing.preview_roster_import, self.db, path)
            kwargs = {"mapping": mapping, "branch_uuid": self.target}
        else:
            args = (importing.preview_attendance_import, self.db, path, self.target)
            kwargs = {"mapping": mapping}

        def done(preview) -> None:
            self.preview = preview
            page.pass_on()

        self.run_task(self.tr("Checking the file…"), *args, on_done=done, on_error=lambda e: self._failed(e, page),
                      **kwargs)

    def run_import(self, only_valid: bool, page) -> None:
        """Write the checked file in one transaction; rejected rows stop it unless left out."""
        fn = importing.run_roster_import if self.kind == ROSTER else importing.run_attendance_import

        def done(result) -> None:
            self.result = result
            notify_changed(self, *((Topic.MEMBERS,) if self.kind == ROSTER else (Topic.ATTENDANCE, Topic.ACTIVITIES)))
            show_status(self, self.tr("Imported %1 new and %2 updated rows.")
                        .replace("%1", str(result.imported)).replace("%2", str(result.updated)))
            page.pass_on()

        self.run_task(self.tr("Importing…"), fn, self.db, self.preview, skip_invalid=only_valid, on_done=done,
                      on_error=lambda e: self._failed(e, page))

    def _failed(self, error: BaseException, page) -> None:
        if isinstance(error, OperationCancelled):
            page.show_error(self.tr("Cancelled; nothing was changed."))
        elif isinstance(error, PartydeskError):
            page.show_error(str(error))
        else:
            page.show_error(self.tr("Something went wrong; nothing was changed: %1").replace("%1", repr(error)))
