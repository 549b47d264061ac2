"""A small, strict JSON Schema (draft 2020-12) validator for the keywords our package schema uses.

It refuses a schema that uses any other keyword, so the schema can never say more than is
checked. Each failure raises PackageError naming the place in the document."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from hallbar_desktop.domain.errors import N_, PackageError, ValidationError
from hallbar_desktop.domain.validation import check_characters

_ANNOTATIONS = frozenset({"$schema", "$id", "$defs", "$comment", "title", "description"})
_KEYWORDS = frozenset(
    {
        "$ref", "type", "properties", "required", "additionalProperties", "items", "minItems",
        "maxItems", "uniqueItems", "enum", "const", "minLength", "maxLength", "minimum",
        "maximum", "format",
    }
)  # fmt: skip
_FORMATS = frozenset({"uuid", "date", "date-time"})
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})")
# A list under these keys holds records named by the singular: "workshop 2, action 5".
_SINGULAR = {
    "workshops": "workshop",
    "participants": "participant",
    "ratings": "rating",
    "tallies": "tally",
    "group_scores": "group_score",
    "dependencies": "dependency",
    "actions": "action",
    "prerequisite_checks": "prerequisite_check",
    "success_factors": "success_factor",
    "notes": "note",
    "dimensions": "dimension",
    "statements": "statement",
    "scale": "scale",
    "prerequisite_prompts": "prerequisite_prompt",
    "sources": "source",
    "processes": "process",
    "dependency_ids": "dependency_id",
}


# The place of a problem with the package as a whole.
PACKAGE = N_("paketet")


def place_of(path: Sequence[str | int]) -> str:
    """``["workshops", 1, "actions", 4, "due_on"]`` as "workshop 2, action 5, due_on"."""
    parts: list[str] = []
    for n, step in enumerate(path):
        if isinstance(step, int):
            owner = path[n - 1] if n else ""
            word = _SINGULAR.get(str(owner), f"{owner} nr")
            if parts and parts[-1] == owner:
                parts[-1] = f"{word} {step + 1}"
            else:
                parts.append(f"{word} {step + 1}")
        else:
            parts.append(step)
    return ", ".join(parts) or PACKAGE


def shown(value: Any) -> str:
    """A value as it stands in the file, cut short: "2026-13-01" or 12."""
    text = json.dumps(value, ensure_ascii=True)
    return text if len(text) <= 60 else text[:57] + "…"


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


class SchemaValidator:
    def __init__(self, schema: Mapping[str, Any]) -> None:
        self._schema = schema
        self._defs: Mapping[str, Any] = schema.get("$defs", {})
        self._check_schema(schema)

    def _check_schema(self, node: Any) -> None:
        """Refuse a keyword this validator does not check (a programming error)."""
        if isinstance(node, list):
            for item in node:
                self._check_schema(item)
            return
        if not isinstance(node, dict):
            return
        unknown = set(node) - _KEYWORDS - _ANNOTATIONS
        if unknown:
            raise ValueError(f"schema keywords not supported: {sorted(unknown)}")
        if "format" in node and node["format"] not in _FORMATS:
            raise ValueError(f"format not supported: {node['format']}")
        if node.get("additionalProperties", False) is not False:
            raise ValueError("only additionalProperties: false is supported")
        if "$ref" in node and not str(node["$ref"]).startswith("#/$defs/"):
            raise ValueError(f"only local $defs references: {node['$ref']}")
        for key in ("properties", "$defs"):
            for child in node.get(key, {}).values():
                self._check_schema(child)
        if "items" in node:
            self._check_schema(node["items"])

    def validate(self, document: Any) -> None:
        self._validate(document, self._schema, [])

    def _validate(self, value: Any, schema: Mapping[str, Any], path: list[str | int]) -> None:
        if "$ref" in schema:
            target = self._defs[schema["$ref"].removeprefix("#/$defs/")]
            self._validate(value, target, path)
        if "const" in schema and not _same(value, schema["const"]):
            raise PackageError(
                place_of(path),
                "package_not_constant",
                value=shown(value),
                wanted=shown(schema["const"]),
            )
        if "enum" in schema and not any(_same(value, v) for v in schema["enum"]):
            allowed = ", ".join(shown(v) for v in schema["enum"])
            raise PackageError(
                place_of(path), "package_not_allowed", value=shown(value), allowed=allowed
            )
        kind = json_type(value)
        if "type" in schema:
            wanted = schema["type"]
            wanted = [wanted] if isinstance(wanted, str) else wanted
            if kind not in wanted and not (kind == "integer" and "number" in wanted):
                raise PackageError(
                    place_of(path),
                    "package_wrong_type",
                    wanted_types=tuple(wanted),
                    found_type=kind,
                    value=shown(value),
                )
        if kind == "string":
            self._string(value, schema, path)
        elif kind in ("integer", "number"):
            if "minimum" in schema and value < schema["minimum"]:
                raise PackageError(
                    place_of(path),
                    "package_below_minimum",
                    value=shown(value),
                    minimum=schema["minimum"],
                )
            if "maximum" in schema and value > schema["maximum"]:
                raise PackageError(
                    place_of(path),
                    "package_above_maximum",
                    value=shown(value),
                    maximum=schema["maximum"],
                )
        elif kind == "array":
            self._array(value, schema, path)
        elif kind == "object":
            self._object(value, schema, path)

    def _string(self, value: str, schema: Mapping[str, Any], path: list[str | int]) -> None:
        if len(value) < schema.get("minLength", 0):
            raise PackageError(place_of(path), "package_text_empty")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise PackageError(
                place_of(path),
                "package_text_too_long",
                limit=schema["maxLength"],
                length=len(value),
            )
        try:
            # A package is input: the same characters are refused as when a person types them.
            check_characters(str(path[-1]) if path else "", N_("Texten"), value)
        except ValidationError as error:
            raise PackageError(place_of(path), "package_value_refused", problem=error) from error
        fmt = schema.get("format")
        if fmt == "uuid" and not _UUID.fullmatch(value):
            raise PackageError(place_of(path), "package_not_uuid", value=shown(value))
        if fmt == "date" and not _is_date(value):
            raise PackageError(place_of(path), "package_not_date", value=shown(value))
        if fmt == "date-time" and not _is_date_time(value):
            raise PackageError(place_of(path), "package_not_date_time", value=shown(value))

    def _array(self, value: list[Any], schema: Mapping[str, Any], path: list[str | int]) -> None:
        if len(value) < schema.get("minItems", 0):
            raise PackageError(place_of(path), "package_too_few_items", minimum=schema["minItems"])
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            raise PackageError(
                place_of(path), "package_too_many_items", limit=schema["maxItems"], count=len(value)
            )
        if schema.get("uniqueItems"):
            seen: set[str] = set()
            for n, item in enumerate(value):
                key = json.dumps(item, sort_keys=True)
                if key in seen:
                    raise PackageError(
                        place_of([*path, n]), "package_item_twice", value=shown(item)
                    )
                seen.add(key)
        if "items" in schema:
            for n, item in enumerate(value):
                self._validate(item, schema["items"], [*path, n])

    def _object(
        self, value: dict[str, Any], schema: Mapping[str, Any], path: list[str | int]
    ) -> None:
        properties: Mapping[str, Any] = schema.get("properties", {})
        for name in schema.get("required", ()):
            if name not in value:
                raise PackageError(place_of([*path, name]), "package_field_missing")
        if schema.get("additionalProperties", True) is False:
            for name in value:
                if name not in properties:
                    raise PackageError(place_of(path), "package_unknown_field", name=shown(name))
        for name, child in properties.items():
            if name in value:
                self._validate(value[name], child, [*path, name])


def _same(value: Any, expected: Any) -> bool:
    # JSON keeps true and 1 apart, Python does not.
    return json_type(value) == json_type(expected) and value == expected


def _is_date(text: str) -> bool:
    if not _DATE.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _is_date_time(text: str) -> bool:
    if not _DATE_TIME.fullmatch(text):
        return False
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True
