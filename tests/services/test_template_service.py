"""The organisation's own templates: saved as files, read back, chosen for new workshops."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from hallbar_desktop.domain.errors import TemplateError
from hallbar_desktop.domain.readiness import ReadinessTemplate
from hallbar_desktop.domain.workshop import Workshop
from hallbar_desktop.error_messages import message as error_message
from hallbar_desktop.services.workshop_service import WorkshopService
from hallbar_desktop.storage.template_files import TemplateFolder, load_template
from tests.own_templates import (
    EDITED_TEXT,
    copy_name,
    edited_copy,
    template_service,
    with_statement_text,
)


def test_a_saved_copy_is_a_new_file_that_reads_back_equal(
    template: ReadinessTemplate, tmp_path: Path
) -> None:
    service = template_service(template, tmp_path / "mallar")
    saved = service.save(edited_copy(service))
    files = list((tmp_path / "mallar").glob("*.json"))
    assert len(files) == 1
    assert load_template(files[0]) == saved
    assert saved.statements[0].text == EDITED_TEXT
    assert (saved.key, saved.version) == ("egen-region-exempels-beredskap", 1)
    assert saved.key != template.key
    # Read anew, by another service on the same folder (the next start of the program).
    again = template_service(template, tmp_path / "mallar")
    assert again.own_templates() == (saved,)
    assert again.choices() == (template, saved)
    assert again.chosen(saved.key) == saved
    assert again.chosen("finns-inte") == template
    # The shipped file is untouched.
    assert template.statements[0].text != EDITED_TEXT


def test_saving_again_is_the_next_version_of_the_same_template(
    template: ReadinessTemplate, tmp_path: Path
) -> None:
    service = template_service(template, tmp_path)
    first = service.save(edited_copy(service))
    draft = service.draft_from(first, copy_name)
    assert draft == first  # an own template is edited as it is
    second = service.save(
        dataclasses.replace(with_statement_text(draft, "Ny lydelse."), name="Nytt")
    )
    assert (second.key, second.version, second.name) == (first.key, 2, "Nytt")
    assert service.own_templates() == (second,)
    assert sorted(p.name for p in tmp_path.glob("*.json")) == [
        f"{first.key}-v1.json",
        f"{first.key}-v2.json",
    ]


def test_a_second_copy_of_the_shipped_template_is_a_template_of_its_own(
    template: ReadinessTemplate, tmp_path: Path
) -> None:
    service = template_service(template, tmp_path)
    first = service.save(edited_copy(service, "Vår mall"))
    # The editor offers a name not taken; the same name again is refused.
    assert service.draft_from(template, copy_name).name == f"Kopia av {template.name}"
    for taken in ("vår  MALL", template.name):
        with pytest.raises(TemplateError) as refused:
            service.save(edited_copy(service, taken))
        assert "redan en mall med det namnet" in error_message(refused.value)
    other = service.save(edited_copy(service, "Vår mall för kommunen"))
    assert other.key != first.key
    assert [t.name for t in service.own_templates()] == ["Vår mall", "Vår mall för kommunen"]


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda t: with_statement_text(t, "  "), "Påstående A1: texten måste fyllas i."),
        (
            lambda t: with_statement_text(
                dataclasses.replace(
                    t,
                    dimensions=(
                        dataclasses.replace(
                            t.dimensions[0],
                            statements=(
                                t.dimensions[0].statements[0],
                                dataclasses.replace(t.dimensions[0].statements[1], code="A1"),
                            ),
                        ),
                        *t.dimensions[1:],
                    ),
                ),
                "Text",
                row=1,
            ),
            "koden A1 används redan",
        ),
        (
            lambda t: dataclasses.replace(t, scale=t.scale[:2] + t.scale[3:]),
            r"en förankring behövs för varje värde 1–5, en gång var \(saknas: 3\)",
        ),
        (
            lambda t: dataclasses.replace(
                t, dimensions=(dataclasses.replace(t.dimensions[0], code="B"), *t.dimensions[1:])
            ),
            "koden B används redan",
        ),
        (lambda t: dataclasses.replace(t, name=" "), "Namnet måste fyllas i."),
    ],
    ids=["empty statement", "statement code twice", "scale without 3", "dimension code", "name"],
)
def test_an_invalid_edit_is_refused_with_a_message_and_nothing_is_saved(
    template: ReadinessTemplate,
    tmp_path: Path,
    edit,
    message: str,  # type: ignore[no-untyped-def]
) -> None:
    service = template_service(template, tmp_path)
    with pytest.raises(TemplateError) as refused:
        service.save(edit(edited_copy(service)))
    assert re.search(message, error_message(refused.value))
    assert list(tmp_path.iterdir()) == []


def test_a_new_workshop_made_with_it_keeps_its_snapshot_and_the_others_keep_theirs(
    service: WorkshopService, template: ReadinessTemplate, tmp_path: Path
) -> None:
    before = service.create_workshop(Workshop(title="Före"), participant_count=2)
    templates = template_service(template, tmp_path)
    own = templates.save(edited_copy(templates))
    made = service.create_workshop(Workshop(title="Med egen mall"), 2, template=own)
    stored = service.contents(made.workshop.id).template
    assert stored == own
    assert stored.statements[0].text == EDITED_TEXT
    assert len(service.contents(made.workshop.id).prerequisite_checks) == len(
        own.prerequisite_prompts
    )
    # The workshop made before keeps the shipped template...
    assert service.contents(before.workshop.id).template == template
    # ...and the one made with version 1 keeps it when version 2 is saved.
    templates.save(with_statement_text(own, "Andra versionen."))
    assert service.contents(made.workshop.id).template == own
    assert service.create_workshop(Workshop(title="Utan val")).template == template


def test_an_unreadable_file_is_named_and_the_others_still_count(
    template: ReadinessTemplate, tmp_path: Path
) -> None:
    service = template_service(template, tmp_path)
    saved = service.save(edited_copy(service))
    (tmp_path / "trasig.json").write_text("{inte json", encoding="utf-8")
    broken = json.loads((tmp_path / f"{saved.key}-v1.json").read_text(encoding="utf-8"))
    broken["scale"] = broken["scale"][:4]
    (tmp_path / "fyra-steg.json").write_text(json.dumps(broken), encoding="utf-8")
    assert service.own_templates() == (saved,)
    said = service.unreadable()
    assert [error_message(s).split(":")[0] for s in said] == ["fyra-steg.json", "trasig.json"]
    assert "1–5" in error_message(said[0])


def test_a_folder_that_cannot_be_written_is_said(
    template: ReadinessTemplate, tmp_path: Path
) -> None:
    blocker = tmp_path / "inte-en-mapp"
    blocker.write_text("", encoding="utf-8")
    service = template_service(template, blocker / "mallar")
    with pytest.raises(TemplateError) as refused:
        service.save(edited_copy(service))
    assert error_message(refused.value).startswith("Mallen kunde inte sparas")
    assert TemplateFolder(blocker / "mallar").read_all() == ((), ())


def test_a_copy_gets_the_first_name_the_window_offers_that_is_not_taken(
    template: ReadinessTemplate, tmp_path: Path
) -> None:
    service = template_service(template, tmp_path)
    service.save(edited_copy(service, f"Kopia av {template.name}"))
    assert service.draft_from(template, copy_name).name == f"Kopia 2 av {template.name}"
    english = service.draft_from(template, lambda name, n: f"Copy {n} of {name}")
    assert english.name == f"Copy 1 of {template.name}"
