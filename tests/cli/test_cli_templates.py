"""`hallbar templates`: the shipped template and the organisation's own, one line each."""

from __future__ import annotations

import pytest

from hallbar_desktop import cli, paths
from hallbar_desktop.domain.readiness import ReadinessTemplate
from tests.own_templates import edited_copy, template_service


def test_templates_lists_the_shipped_one_and_the_own_and_names_a_broken_file(
    template: ReadinessTemplate, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["templates"]) == cli.EXIT_OK
    shipped = f"{template.key}\tversion {template.version}\tinbyggd\t{template.name}"
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{shipped}\t(påståenden: {len(template.statements)})"
    # The same statements in English, for workshops held in English: a template of its own.
    assert [line.split("\t")[2] for line in lines] == ["inbyggd", "inbyggd"]
    assert lines[1].startswith("hallbar-readiness-en\tversion 1\tinbyggd\tChange readiness")
    assert not paths.user_templates_dir().exists()  # listing creates nothing

    service = template_service(template, paths.user_templates_dir())
    own = service.save(edited_copy(service, "Vår mall"))
    (paths.user_templates_dir() / "trasig.json").write_text("{", encoding="utf-8")
    assert cli.main(["templates"]) == cli.EXIT_OK
    said = capsys.readouterr()
    assert said.out.splitlines()[2] == (
        f"{own.key}\tversion 1\tegen\tVår mall\t(påståenden: {len(own.statements)})"
    )
    assert said.err.startswith("hallbar: en mallfil i ")
    assert "trasig.json" in said.err
