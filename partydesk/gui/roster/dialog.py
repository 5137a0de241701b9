"""Add or edit a member; errors appear under the field; an edit can be undone (Ctrl+Z)."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit

from partydesk.domain.enums import BranchRole, Gender, MemberStatus
from partydesk.domain.errors import ValidationError
from partydesk.domain.id_number import normalise_resident_id, parse_resident_id
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.choices import ChoiceBox, enum_box, fill_branches
from partydesk.gui.widgets.dates import DateEdit, future_date_confirmed
from partydesk.gui.widgets.dialog import KeepOpen, RecordDialog, line, text_box
from partydesk.gui.widgets.form import FieldForm
from partydesk.services import offices, roster

DATE_FIELDS = ("birth_date", "applied_on", "activist_on", "candidate_on", "joined_on", "full_on")


class MemberDialog(RecordDialog):
    geometry_key = "member_dialog"

    def __init__(self, window, uuid: str | None, branch_uuid: str | None = None):
        super().__init__(window)
        self.uuid = uuid
        self.setObjectName("memberDialog")
        self.setWindowTitle(self.tr("Edit member") if uuid else self.tr("New member"))
        self.before = roster.get_member(self.db, uuid).as_input() if uuid else None
        self._build()
        fill_branches(self.branch, offices.list_branches(self.db))
        if self.before:
            self._show(self.before)
        else:
            self.branch.set_value(branch_uuid)
        self._fill_groups()
        if self.before:
            self.group.set_value(self.before.party_group_uuid)
        self.branch.currentIndexChanged.connect(self._fill_groups)
        cast(QLineEdit, self.resident_id).textChanged.connect(self._check_resident_id)
        self.finish_layout()

    def _build(self) -> None:
        f = self.form
        self.name = f.add("name", self.tr("&Name"), line(max_length=40))
        self.gender = f.add("gender", self.tr("&Gender"), enum_box(Gender, any_text=self.tr("(unknown)")))
        self.resident_id = f.add("resident_id", self.tr("&Resident ID"), line(max_length=30))
        self.resident_id.setPlaceholderText(self.tr("18 characters; birth date and gender are read from it"))
        self.birth_date = f.add("birth_date", self.tr("&Birth date"), DateEdit("birth_date"))
        self.ethnicity = f.add("ethnicity", self.tr("Et&hnicity"), line(max_length=20))
        self.education = f.add("education", self.tr("Educat&ion"), line(max_length=20))
        self.phone = f.add("phone", self.tr("&Phone"), line(max_length=30))
        self.address = f.add("address", self.tr("&Address"), line())
        self.branch = f.add("branch", self.tr("Bran&ch"), ChoiceBox())
        self.group = f.add("party_group", self.tr("Party gr&oup"), ChoiceBox())
        self.status = f.add("status", self.tr("Stat&us"), enum_box(MemberStatus))
        self.role = f.add("branch_role", self.tr("Branch ro&le"), enum_box(BranchRole, skip_empty=True,
                                                                             any_text=self.tr("(none)")))
        dates = FieldForm()
        self.applied_on = dates.add("applied_on", self.tr("Applied on"), DateEdit("applied_on"))
        self.activist_on = dates.add("activist_on", self.tr("Activist since"), DateEdit("activist_on"))
        self.candidate_on = dates.add("candidate_on", self.tr("Candidate since"), DateEdit("candidate_on"))
        self.joined_on = dates.add("joined_on", self.tr("&Joined the Party"), DateEdit("joined_on"))
        self.full_on = dates.add("full_on", self.tr("&Full member since"), DateEdit("full_on"))
        self.post = dates.add("post", self.tr("Job / pos&t"), line(max_length=100))
        self.exemplar = dates.add("exemplar_post", self.tr("E&xemplar post"), line(max_length=100))
        self.flowing = dates.add(
            "is_flowing", self.tr("Flowing member"), QCheckBox(self.tr("Works or lives elsewhere"))
        )
        self.notes = dates.add("notes", self.tr("Not&es"), text_box(height=60))
        self.second = dates
        self.forms.append(dates)
        if self.uuid:
            self.status.setEnabled(False)
            self.status.setToolTip(self.tr("Use “Change status” so the change is kept in the history"))

    def finish_layout(self, *extra) -> None:
        columns = QHBoxLayout()
        columns.addLayout(self.form, 1)
        columns.addLayout(self.second, 1)
        self.body.addLayout(columns)
        for widget in extra:
            self.body.addWidget(widget)
        self.body.addWidget(self.buttons)
        self.start_keyboard()

    def _check_resident_id(self, text: str) -> None:
        """Check an ID once it has 18 characters; a valid one fills birth date and gender at once."""
        number = normalise_resident_id(text)
        if len(number) < 18 or "*" in number:  # still typing, or the masked ID of a saved member
            return
        try:
            parsed = parse_resident_id(number)
        except ValidationError as error:
            message = self.form.errors["resident_id"]
            message.setText(error.message)
            message.show()
            return
        cast(DateEdit, self.birth_date).set_value(parsed.birth_date)
        cast(ChoiceBox, self.gender).set_value(parsed.gender)

    def _fill_groups(self) -> None:
        fill_branches(
            self.group,
            offices.list_groups(self.db, self.branch.value()) if self.branch.value() else [],
            any_text=self.tr("(none)"),
        )

    def _show(self, data: roster.MemberInput) -> None:
        self.name.setText(data.name)
        self.gender.set_value(data.gender)
        self.resident_id.setText(data.resident_id)
        self.ethnicity.setText(data.ethnicity)
        self.education.setText(data.education)
        self.phone.setText(data.phone)
        self.address.setText(data.address)
        self.branch.set_value(data.branch_uuid)
        self.status.set_value(data.status)
        self.role.set_value(data.branch_role if data.branch_role is not BranchRole.NONE else None)
        for name in DATE_FIELDS:
            getattr(self, name).set_value(getattr(data, name))
        self.post.setText(data.post)
        self.exemplar.setText(data.exemplar_post)
        self.flowing.setChecked(data.is_flowing)
        self.notes.setPlainText(data.notes)

    def collect(self) -> roster.MemberInput:
        dates = {name: getattr(self, name).value() for name in DATE_FIELDS}
        return roster.MemberInput(
            name=self.name.text(),
            branch_uuid=self.branch.value() or "",
            status=self.status.value(),
            gender=self.gender.value(),
            ethnicity=self.ethnicity.text(),
            resident_id=self.resident_id.text(),
            education=self.education.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            party_group_uuid=self.group.value(),
            branch_role=self.role.value() or BranchRole.NONE,
            post=self.post.text(),
            exemplar_post=self.exemplar.text(),
            is_flowing=self.flowing.isChecked(),
            notes=self.notes.toPlainText(),
            **dates,
        )

    def _confirm_future_dates(self, data: roster.MemberInput) -> None:
        """Joining or 转正 dated after today (newly typed) is asked about; "No" goes back to the date."""
        steps = (("joined_on", self.tr("Joining the Party")), ("full_on", self.tr("Becoming a full member")))
        for field, label in steps:
            day = getattr(data, field)
            if day != (getattr(self.before, field) if self.before else None) and not future_date_confirmed(
                self, label, day, date.today()
            ):
                getattr(self, field).setFocus()
                raise KeepOpen

    def save(self) -> None:
        data = self.collect()
        self._confirm_future_dates(data)
        if self.uuid:
            result = roster.update_member(self.db, self.uuid, data)
            before, uuid = self.before, self.uuid
            self.main.push_undo(
                self.tr("Edit %1").replace("%1", data.name),
                lambda: roster.update_member(self.db, uuid, before),
                lambda: roster.update_member(self.db, uuid, data),
                Topic.MEMBERS,
            )
        else:
            result = roster.create_member(self.db, data)
            uuid = result.uuid
            self.main.push_undo(
                self.tr("Add %1").replace("%1", data.name),
                lambda: roster.delete_member(self.db, uuid),
                lambda: roster.restore_member(self.db, uuid),
                Topic.MEMBERS,
            )
        self.saved_uuid = result.uuid
        self.main.notify_changed(Topic.MEMBERS)
        if result.warnings:
            self.main.show_status("；".join(w.message for w in result.warnings))
