"""The participant page in a real headless Chromium at a phone's size: join, rate, notes, Tack."""

from __future__ import annotations

import dataclasses
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from uuid import UUID

import pytest

from hallbar_desktop.domain.workflow import WorkshopStep
from hallbar_desktop.room_server.http_server import RoomServer
from hallbar_desktop.room_server.room import OpenRound, Room, RoundKind
from hallbar_desktop.services.workshop_service import WorkshopService

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
PHONE = (390, 844)
PHONE_AGENT = (
    "Mozilla/5.0 (Linux; Android 12; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0 Mobile Safari/537.36"
)
# Where the screenshots go when asked for (docs/screenshots/participant_phone is made so).
SHOTS = os.environ.get("HALLBAR_PHONE_SHOTS")
WAIT = "Vänta på nästa steg"


def _has_browser() -> bool:
    return Path(CHROMEDRIVER).exists() and bool(shutil.which("chromium"))


if not _has_browser():
    # CI runs as root and installs Debian's chromium and chromium-driver (.ci/run): there the
    # browser tests must run, never be skipped.
    if os.geteuid() == 0:
        raise RuntimeError("chromium and chromium-driver are missing (see .ci/run)")
    pytest.skip("no chromium and chromedriver here", allow_module_level=True)


@pytest.fixture
def open_phone() -> Iterator[Callable[[], object]]:
    """Phones, each a headless Chromium of 390 x 844 that reaches nothing but the loopback."""
    drivers: list[object] = []

    def make() -> object:
        options = webdriver.ChromeOptions()
        for argument in (
            "--headless=new",
            "--no-sandbox",
            f"--window-size={PHONE[0]},{PHONE[1]}",
            f"--user-agent={PHONE_AGENT}",
            "--lang=sv-SE",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            # Nothing but the test's server: no updates, sync or lookups of other names.
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-default-browser-check",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        ):
            options.add_argument(argument)
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        # A desktop window is at least 500 pixels wide; the page is laid out as on a phone.
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": PHONE[0], "height": PHONE[1], "deviceScaleFactor": 1, "mobile": True},
        )
        driver.set_page_load_timeout(20)
        drivers.append(driver)
        return driver

    yield make
    for driver in drivers:
        driver.quit()  # type: ignore[attr-defined]


def _heading(driver: object) -> str:
    # Read in one step in the page: the element may be replaced between a find and a read.
    script = "var h = document.querySelector('h1'); return h ? h.textContent : '';"
    return driver.execute_script(script)  # type: ignore[attr-defined,no-any-return]


def _wait_for_heading(driver: object, text: str) -> None:
    WebDriverWait(driver, 15).until(lambda d: _heading(d) == text)


def _shot(driver: object, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def test_a_phone_joins_rates_every_statement_and_is_thanked(
    open_phone: Callable[[], object],
    server: RoomServer,
    room: Room,
    service: WorkshopService,
    workshop_id: UUID,
) -> None:
    phone = open_phone()
    phone.get(server.url)  # type: ignore[attr-defined]
    _wait_for_heading(phone, "Gå med i workshoppen")
    _shot(phone, "1_join")
    phone.find_element(By.ID, "code").send_keys("000000" if room.join_code != "000000" else "1")  # type: ignore[attr-defined]
    phone.find_element(By.CSS_SELECTOR, "button[type=submit]").click()  # type: ignore[attr-defined]
    WebDriverWait(phone, 10).until(
        lambda d: "Koden stämmer inte" in d.find_element(By.ID, "status").text
    )
    code_field = phone.find_element(By.ID, "code")  # type: ignore[attr-defined]
    code_field.clear()
    code_field.send_keys(room.join_code)
    phone.find_element(By.CSS_SELECTOR, "button[type=submit]").click()  # type: ignore[attr-defined]
    _wait_for_heading(phone, WAIT)
    _shot(phone, "2_wait")

    # The facilitator opens the rating: the page follows without being touched.
    room.open(OpenRound(RoundKind.RATING))
    _wait_for_heading(phone, "Skatta påståendena")
    _shot(phone, "3_rating")
    done = phone.find_element(By.XPATH, "//button[text()='Klar']")  # type: ignore[attr-defined]
    assert not done.is_enabled()
    fieldsets = phone.find_elements(By.TAG_NAME, "fieldset")  # type: ignore[attr-defined]
    statements = service.contents(workshop_id).template.statements
    assert len(fieldsets) == len(statements)
    for number, fieldset in enumerate(fieldsets):
        choices = fieldset.find_elements(By.CSS_SELECTOR, "label.choice")
        choices[number % len(choices)].click()
    WebDriverWait(phone, 10).until(
        lambda _d: len(service.contents(workshop_id).ratings) == len(statements)
    )
    _shot(phone, "4_rated")
    mine = service.contents(workshop_id).participants[-1]
    stored = {r.statement_code: r.value for r in service.contents(workshop_id).ratings}
    assert {r.participant_id for r in service.contents(workshop_id).ratings} == {mine.id}
    scale = len(fieldsets[0].find_elements(By.CSS_SELECTOR, "label.choice")) - 1
    for number, statement in enumerate(statements):
        expected = number % (scale + 1) + 1
        assert stored[statement.code] == (expected if expected <= scale else None)
    phone.find_element(By.XPATH, "//button[text()='Klar']").click()  # type: ignore[attr-defined]
    _wait_for_heading(phone, "Tack! Vänta på nästa steg.")
    _shot(phone, "5_thanks")
    assert room.progress() == (1, 1)


def test_three_phones_write_notes_and_give_dots_each_their_own(
    open_phone: Callable[[], object],
    server: RoomServer,
    room: Room,
    service: WorkshopService,
    workshop_id: UUID,
) -> None:
    phones = [open_phone() for _ in range(3)]
    for phone in phones:
        # The QR code's address carries the code: a scan joins at once.
        phone.get(server.join_url)  # type: ignore[attr-defined]
        _wait_for_heading(phone, WAIT)
        assert "code=" not in phone.current_url  # type: ignore[attr-defined]
    room.open(OpenRound(RoundKind.NOTES, WorkshopStep.DEPENDENCIES))
    texts = ["Budgeten <b>räcker</b> inte", "Chefen byts", "<script>alert(1)</script>"]
    for phone, text in zip(phones, texts, strict=True):
        _wait_for_heading(phone, "Skriv lappar")
        phone.find_element(By.XPATH, "//label[span[text()='Personberoende']]").click()  # type: ignore[attr-defined]
        phone.find_element(By.ID, "note-text").send_keys(text)  # type: ignore[attr-defined]
        phone.find_element(By.XPATH, "//button[text()='Lägg till lappen']").click()  # type: ignore[attr-defined]
        WebDriverWait(phone, 10).until(lambda d: "Dina lappar: 1" in d.page_source)
    _shot(phones[2], "6_notes")
    notes = service.contents(workshop_id).notes
    assert sorted(n.text for n in notes) == sorted(texts)
    assert {n.cluster for n in notes} == {"Personberoende"}
    for phone, text in zip(phones, texts, strict=True):
        # Each sees its own note, as text, and nobody else's.
        rows = phone.find_elements(By.CSS_SELECTOR, ".row .text")  # type: ignore[attr-defined]
        assert [r.text for r in rows] == [f"Personberoende\n{text}"]
    assert (
        phones[2].execute_script("return document.querySelectorAll('b, main script').length") == 0
    )  # type: ignore[attr-defined]

    room.open(OpenRound(RoundKind.DOTS, WorkshopStep.DEPENDENCIES, budget=3))
    for phone in phones:
        _wait_for_heading(phone, "Fördela dina prickar")
        plus = phone.find_elements(By.XPATH, "//button[text()='+']")  # type: ignore[attr-defined]
        for _ in range(3):
            plus[0].click()
        WebDriverWait(phone, 10).until(lambda d: "Prickar kvar: 0 av 3" in d.page_source)
        assert not plus[1].is_enabled()
    _shot(phones[0], "7_dots")
    first = min(service.contents(workshop_id).dependencies, key=lambda d: d.position)
    WebDriverWait(phones[0], 10).until(
        lambda _d: (
            service.contents(workshop_id).dependencies
            and min(service.contents(workshop_id).dependencies, key=lambda d: d.position).votes == 9
        )
    )
    assert first.id in {d.id for d in service.contents(workshop_id).dependencies}

    # Closing the step sends every phone back to waiting.
    room.open(None)
    for phone in phones:
        _wait_for_heading(phone, WAIT)


def test_with_names_on_a_phone_picks_its_name_and_another_cannot_take_it(
    open_phone: Callable[[], object],
    server: RoomServer,
    room: Room,
    service: WorkshopService,
    workshop_id: UUID,
) -> None:
    contents = service.contents(workshop_id)
    names = ("Signe Sjöberg", "Bertil Berg")
    for participant, name in zip(contents.participants, names, strict=True):
        service.save_participant(workshop_id, dataclasses.replace(participant, name=name))
    service.update_workshop(dataclasses.replace(contents.workshop, show_names=True))
    first, second = open_phone(), open_phone()
    for phone in (first, second):
        phone.get(server.join_url)  # type: ignore[attr-defined]
        _wait_for_heading(phone, "Vem är du?")
    _shot(first, "0_choose_name")
    signe = "//button[text()='Signe Sjöberg']"
    first.find_element(By.XPATH, signe).click()  # type: ignore[attr-defined]
    _wait_for_heading(first, WAIT)
    assert "Du svarar som Signe Sjöberg" in first.page_source  # type: ignore[attr-defined]

    # The second phone still lists her: its tap is refused, and the name goes from its list.
    second.find_element(By.XPATH, signe).click()  # type: ignore[attr-defined]
    WebDriverWait(second, 10).until(
        lambda d: "Någon annan har redan valt" in d.find_element(By.ID, "status").text
    )
    WebDriverWait(second, 10).until(lambda d: not d.find_elements(By.XPATH, signe))
    second.find_element(By.XPATH, "//button[text()='Svara med ett alias']").click()  # type: ignore[attr-defined]
    _wait_for_heading(second, WAIT)
    newest = service.contents(workshop_id).participants[-1]
    assert f"Du svarar som {newest.alias}" in second.page_source  # type: ignore[attr-defined]

    room.open(OpenRound(RoundKind.RATING))
    _wait_for_heading(first, "Skatta påståendena")
    first.find_elements(By.CSS_SELECTOR, "label.choice")[1].click()  # type: ignore[attr-defined]
    WebDriverWait(first, 10).until(lambda _d: service.contents(workshop_id).ratings)
    stored = service.contents(workshop_id).ratings
    assert [(r.participant_id, r.value) for r in stored] == [(contents.participants[0].id, 2)]
