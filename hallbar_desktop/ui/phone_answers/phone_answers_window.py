"""The facilitator's window for phones: network, what they do, QR code, code, devices, stop."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QFont
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from hallbar_desktop.domain.errors import HallbarError
from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.room_server.addresses import RoomAddressRefused, check_listen_address
from hallbar_desktop.room_server.room import NOTE_TYPES, VOTE_STEPS, OpenRound, RoundKind
from hallbar_desktop.ui.choice_words import choice_text
from hallbar_desktop.ui.error_words import error_text
from hallbar_desktop.ui.generated.ui_phone_answers_window import Ui_PhoneAnswersWindow
from hallbar_desktop.ui.phone_answers.phone_answers import PhoneAnswers, round_for_step
from hallbar_desktop.ui.style_sheet import PROBLEM, set_text_role


def room_addresses() -> list[tuple[str, str]]:
    """(interface name, address) of every address the server may listen on: the room's
    networks first, this computer alone (127.0.0.1) last."""
    found: list[tuple[str, str]] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue  # a phone types an IPv4 address; IPv6 link-local needs a scope too
            try:
                address = check_listen_address(ip.toString())
            except RoomAddressRefused:
                continue
            found.append((interface.humanReadableName(), address))
    return sorted(found, key=lambda found_address: found_address[1].startswith("127."))


class PhoneAnswersWindow(QDialog):
    """Not modal: it stays open beside the workshop while phones answer."""

    def __init__(
        self,
        control: PhoneAnswers,
        current_step: WorkshopStep,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PhoneAnswersWindow()
        self.ui.setupUi(self)
        self.control = control
        self._language = language
        self._qr_svg = ""
        # (token, what the row says) of each listed device: the list is made again only when
        # one of them changed, not at every answer.
        self._device_rows: list[tuple[str, str]] = []
        for name, address in room_addresses():
            self.ui.address_combo.addItem(f"{name}: {address}", address)
        self._rounds: list[OpenRound | None] = [None, OpenRound(RoundKind.RATING)]
        self.ui.activity_combo.addItem(self.tr("Vänta på nästa steg (inget öppet)"))
        self.ui.activity_combo.addItem(self.tr("Skatta påståendena"))
        for step in NOTE_TYPES:
            self._rounds.append(OpenRound(RoundKind.NOTES, step))
            self.ui.activity_combo.addItem(self.tr("Skriva lappar: {0}").format(choice_text(step)))
        for step in VOTE_STEPS:
            self._rounds.append(OpenRound(RoundKind.DOTS, step))
            self.ui.activity_combo.addItem(
                self.tr("Fördela prickar: {0}").format(choice_text(step))
            )
        self.ui.activity_combo.setCurrentIndex(self._suggested(current_step))
        code_font = QFont(self.ui.join_label.font())
        code_font.setPointSizeF(code_font.pointSizeF() * 1.4)
        self.ui.join_label.setFont(code_font)
        set_text_role(self.ui.problem_label, PROBLEM)
        self.ui.problem_label.hide()
        self.ui.start_button.clicked.connect(self.start)
        self.ui.stop_button.clicked.connect(self.stop)
        self.ui.remove_button.clicked.connect(self.remove_device)
        self.ui.activity_combo.currentIndexChanged.connect(self._activity_chosen)
        self.ui.devices_list.currentRowChanged.connect(lambda _row: self._enable())
        control.changed.connect(self.show_state)
        control.failed.connect(self._say)
        self.show_state()

    def _suggested(self, step: WorkshopStep) -> int:
        """The rating on the rating step, the notes on a step that collects them."""
        return self._rounds.index(round_for_step(step))

    @property
    def chosen_round(self) -> OpenRound | None:
        return self._rounds[max(self.ui.activity_combo.currentIndex(), 0)]

    def start(self) -> None:
        address = self.ui.address_combo.currentData()
        if not address:
            self._say(self.tr("Datorn är inte ansluten till något lokalt nätverk."))
            return
        try:
            self.control.start(address, self._language, self.chosen_round)
        except HallbarError as error:
            self._say(error_text(error))
        except OSError as error:
            self._say(self.tr("Deltagarsidan kunde inte startas: {0}").format(error.strerror))

    def stop(self) -> None:
        self.control.stop()
        self.control.prepare()  # for the next Starta

    def remove_device(self) -> None:
        item = self.ui.devices_list.currentItem()
        if item is not None:
            self.control.remove_device(item.data(Qt.ItemDataRole.UserRole))

    def _activity_chosen(self) -> None:
        self.control.open_round(self.chosen_round)

    def _say(self, text: str) -> None:
        self.ui.problem_label.setText(text)
        self.ui.problem_label.setVisible(bool(text))

    def show_state(self) -> None:
        server = self.control.server
        if server is None:
            self.ui.join_label.setText(self.tr("Deltagarsidan är stängd."))
            self.ui.counts_label.clear()
            self.ui.qr_widget.load(QByteArray())
            self._qr_svg = ""
            self.ui.devices_list.clear()
            self._device_rows = []
        else:
            self._say("")
            self.ui.join_label.setText(
                self.tr("Gå till {0}\nKod: {1}").format(server.url, server.room.join_code)
            )
            connected, done = server.room.progress()
            self.ui.counts_label.setText(
                self.tr("Anslutna: {0} · klara: {1}").format(connected, done)
            )
            self._show_qr(server.join_qr_svg)
            self._show_devices()
            self._show_round(server.room.open_round)
        self._enable()

    def _show_qr(self, svg: str) -> None:
        if svg == self._qr_svg:
            return  # drawn once per address, not at every answer (10 ms each time)
        self._qr_svg = svg
        self.ui.qr_widget.load(QByteArray(svg.encode("utf-8")))
        self.ui.qr_widget.setAccessibleName(self.tr("QR-kod till deltagarsidan"))

    def _show_round(self, round_: OpenRound | None) -> None:
        """The round open now, which the facilitator's step may have chosen."""
        if round_ in self._rounds and round_ != self.chosen_round:
            self.ui.activity_combo.blockSignals(True)
            self.ui.activity_combo.setCurrentIndex(self._rounds.index(round_))
            self.ui.activity_combo.blockSignals(False)

    def _show_devices(self) -> None:
        """Each device by the name it holds (names on) or its participant's alias."""
        contents = self.control.workshop.contents
        show_names = contents.workshop.show_names
        people = {p.id: p for p in contents.participants}
        rows: list[tuple[str, str]] = []
        for device in self.control.devices():
            if device.participant_id is None:
                text = self.tr("Väljer vem den är …")
            elif device.participant_id in people:
                text = people[device.participant_id].shown_as(show_names=show_names)
            else:  # joined since the workshop was last read
                text = device.name if show_names and device.name.strip() else device.alias
            rows.append((device.token, text))
        if rows == self._device_rows:
            return
        self._device_rows = rows
        chosen = self.ui.devices_list.currentItem()
        chosen_token = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        self.ui.devices_list.clear()
        for token, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, token)
            self.ui.devices_list.addItem(item)
            if token == chosen_token:
                self.ui.devices_list.setCurrentItem(item)

    def _enable(self) -> None:
        running = self.control.running
        self.ui.start_button.setEnabled(not running)
        self.ui.stop_button.setEnabled(running)
        self.ui.address_combo.setEnabled(not running)
        self.ui.remove_button.setEnabled(running and self.ui.devices_list.currentItem() is not None)
