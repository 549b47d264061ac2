"""Individuell skattning: each participant's answers typed in by keyboard, or hand counts."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListWidgetItem, QWidget

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.domain.workshop import InputMode, Participant
from hallbar_desktop.ui.generated.ui_rating_page import Ui_RatingPage
from hallbar_desktop.ui.models.tally_table_model import (
    FIRST_COUNT_COLUMN,
    STATEMENT_COLUMN,
    SUM_COLUMN,
    TallyTableModel,
)
from hallbar_desktop.ui.open_workshop import OpenWorkshop
from hallbar_desktop.ui.pages.step_page import StepPage, style_heading
from hallbar_desktop.ui.style_sheet import PROBLEM, set_text_role
from hallbar_desktop.ui.widgets.participant_rating_widget import ParticipantRatingWidget

DONE_MARK = "✓"
OPEN_MARK = "○"
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole


class RatingPage(StepPage):
    """A participant list (who is done) beside one participant's answers, for answers typed in
    from the keyboard or from paper forms; or a grid of hand counts per statement and value.
    The page shows no statistics: results stay hidden until the next step."""

    step = WorkshopStep.RATING

    def __init__(self, workshop: OpenWorkshop, parent: QWidget | None = None) -> None:
        super().__init__(workshop, parent)
        self.ui = Ui_RatingPage()
        self.ui.setupUi(self)
        style_heading(self.ui.heading_label)
        self.answers = ParticipantRatingWidget(workshop, self.ui.answers_panel)
        self.answers.setObjectName("participant_rating")
        self.ui.answers_layout.addWidget(self.answers, 1)
        self.ui.participants_label.setBuddy(self.ui.participant_list)
        self.ui.rating_splitter.setStretchFactor(1, 1)
        self.ui.rating_splitter.setSizes([220, 780])
        self.ui.participant_list.currentItemChanged.connect(lambda *_: self._show_selected())
        # Enter or the right arrow in the list goes on to typing the answers.
        self.ui.participant_list.itemActivated.connect(lambda _item: self.answers.grid.setFocus())
        self.ui.add_participant_button.clicked.connect(self.add_item)
        self.answers.all_answered.connect(self.go_to_next_not_done)
        self.setTabOrder(self.ui.participant_list, self.answers.grid)
        self.setTabOrder(self.answers.grid, self.ui.add_participant_button)

        self.tallies = TallyTableModel(workshop, self)
        view = self.ui.tally_view
        view.setModel(self.tallies)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        # Typing a digit on a cell starts counting into it; Tab stores it and moves on.
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = view.horizontalHeader()
        header.setSectionResizeMode(STATEMENT_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column in range(FIRST_COUNT_COLUMN, SUM_COLUMN + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 64)
        rows = view.verticalHeader()
        rows.setMinimumSectionSize(view.fontMetrics().height() + 12)
        # Rows follow the view's width: a statement read aloud is never cut off.
        view.viewport().installEventFilter(self)
        set_text_role(self.ui.tally_problem_label, PROBLEM)
        self.ui.tally_problem_label.hide()
        self.tallies.problem.connect(self._show_tally_problem)
        self._mode_shown: InputMode | None = None
        # The hand counts, statements and font the count table was laid out for: laying it out
        # again (resizeRowsToContents) took 15-30 ms, at every answer arriving from the phones.
        self._tallies_shown: tuple[object, ...] | None = None

    # --- what is shown ---------------------------------------------------------------------

    def refresh(self) -> None:
        contents = self.workshop.contents
        participants = sorted(contents.participants, key=lambda p: p.position)
        done = {p.id for p in contents.participants_done()}
        answered: dict[UUID, int] = {}
        for rating in contents.ratings:
            answered[rating.participant_id] = answered.get(rating.participant_id, 0) + 1
        total = len(contents.template.statements)
        show_names = contents.workshop.show_names

        selected = self.selected_participant_id()
        list_widget = self.ui.participant_list
        list_widget.blockSignals(True)
        list_widget.clear()
        for participant in participants:
            list_widget.addItem(
                self._item(
                    participant,
                    participant.id in done,
                    answered.get(participant.id, 0),
                    total,
                    show_names,
                )
            )
        ids = [p.id for p in participants]
        if selected not in ids:
            selected = next((p.id for p in participants if p.id not in done), None)
            selected = selected if selected is not None else (ids[0] if ids else None)
        if selected is not None:
            list_widget.setCurrentRow(ids.index(selected))
        list_widget.blockSignals(False)

        self.ui.done_label.setText(self.tr("{0} av {1} klara").format(len(done), len(participants)))
        self.ui.empty_label.setVisible(not participants)
        self.answers.setVisible(bool(participants))
        self.answers.show_participant(selected)

        # A refused count stores nothing; once something is stored, its sentence is out of date.
        self.ui.tally_problem_label.hide()
        tallies = (contents.tallies, contents.template, self.ui.tally_view.font().key())
        if tallies != self._tallies_shown:
            self._tallies_shown = tallies
            self.tallies.show_contents(contents)
            self.ui.tally_view.resizeRowsToContents()
            self.ui.tally_total_label.setText(
                self.tr("{0} handuppräknade svar").format(self.tallies.total())
            )
        self._follow_input_mode(contents.workshop.input_mode)

    def _follow_input_mode(self, mode: InputMode) -> None:
        """Open the tab and the words for how the answers reach the app: hand counts, paper
        forms or turns at the computer. Both tabs stay open, whatever the mode."""
        if mode is self._mode_shown:
            return
        self._mode_shown = mode
        ui = self.ui
        tab = ui.hand_count_tab if mode is InputMode.HAND_COUNT else ui.per_participant_tab
        ui.entry_tabs.setCurrentWidget(tab)
        if mode is InputMode.PAPER:
            ui.intro_label.setText(
                self.tr(
                    "För in ett pappersformulär i taget: Nytt pappersformulär lägger till en "
                    "anonym deltagare, och tangenterna 1–5, 0 eller V skriver in svaren. Svaren "
                    "visas inte för gruppen förrän ni går vidare till resultaten."
                )
            )
            ui.add_participant_button.setText(self.tr("N&ytt pappersformulär"))
            ui.add_participant_button.setToolTip(
                self.tr("En anonym deltagare för nästa formulär, redo för svaren (Ctrl+Enter)")
            )
            return
        if mode is InputMode.HAND_COUNT:
            intro = self.tr(
                "Räkna händerna för varje påstående och skriv in antalen. Svaren visas inte för "
                "gruppen förrän ni går vidare till resultaten."
            )
        else:
            intro = self.tr(
                "Deltagarna svarar själva i inmatningsläget (F6), eller så skriver du in varje "
                "deltagares svar här. Svaren visas inte för gruppen förrän ni går vidare till "
                "resultaten."
            )
        ui.intro_label.setText(intro)
        ui.add_participant_button.setText(self.tr("Lä&gg till deltagare"))
        ui.add_participant_button.setToolTip(
            self.tr("Om någon kommer sent eller saknades i listan (Ctrl+Enter)")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.tally_view.viewport() and event.type() == QEvent.Type.Resize:
            # After the view's own handling has stretched the statement column to the width.
            QTimer.singleShot(0, self.ui.tally_view.resizeRowsToContents)
        return super().eventFilter(watched, event)

    def _show_tally_problem(self, message: str) -> None:
        self.ui.tally_problem_label.setText(message)
        self.ui.tally_problem_label.show()

    def _item(
        self, participant: Participant, done: bool, answered: int, total: int, show_names: bool
    ) -> QListWidgetItem:
        name = participant.shown_as(show_names=show_names)
        if done:
            text = f"{DONE_MARK} {name}"
            status = self.tr("klar")
        elif answered:
            text = self.tr("{0} {1} · {2} av {3}").format(OPEN_MARK, name, answered, total)
            status = self.tr("{0} av {1} besvarade").format(answered, total)
        else:
            text = f"{OPEN_MARK} {name}"
            status = self.tr("inte påbörjad")
        item = QListWidgetItem(text)
        item.setData(PARTICIPANT_ROLE, participant.id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}, {status}")
        return item

    def selected_participant_id(self) -> UUID | None:
        item = self.ui.participant_list.currentItem()
        return item.data(PARTICIPANT_ROLE) if item is not None else None

    def select_participant(self, participant_id: UUID) -> None:
        list_widget = self.ui.participant_list
        for row in range(list_widget.count()):
            if list_widget.item(row).data(PARTICIPANT_ROLE) == participant_id:
                list_widget.setCurrentRow(row)
                return

    def _show_selected(self) -> None:
        self.answers.show_participant(self.selected_participant_id())

    # --- moving on -------------------------------------------------------------------------

    def go_to_next_not_done(self) -> None:
        """After someone's last answer: the next participant in the list who is not done, with
        the keyboard in their first unanswered statement."""
        contents = self.workshop.contents
        done = {p.id for p in contents.participants_done()}
        order = [p.id for p in sorted(contents.participants, key=lambda p: p.position)]
        current = self.selected_participant_id()
        start = order.index(current) + 1 if current in order else 0
        following = order[start:] + order[:start]
        upcoming = next((pid for pid in following if pid not in done), None)
        if upcoming is not None:
            self.select_participant(upcoming)
        self.answers.grid.setFocus()

    def first_field(self) -> QWidget | None:
        """The answers in the open tab, where the digits answer at once: the tab bar, Tab's
        first stop, shows no focus in Fusion."""
        if self.ui.entry_tabs.currentWidget() is self.ui.per_participant_tab:
            return self.answers.grid
        return self.ui.tally_view

    def add_item(self) -> None:
        """Ctrl+Enter: a new anonymous participant (the next paper form), selected and ready
        for answers."""
        self.ui.entry_tabs.setCurrentWidget(self.ui.per_participant_tab)
        before = {p.id for p in self.workshop.contents.participants}
        if self.try_edit(lambda: self.workshop.add_participant(self.tr("Lägg till deltagare"))):
            added = [p.id for p in self.workshop.contents.participants if p.id not in before]
            if added:
                self.select_participant(added[0])
                self.answers.grid.setFocus()
