"""Base of the typed response models: tolerant of unknown fields, camelCase on the wire."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel

T = TypeVar("T")


class ApiModel(BaseModel):
    """Only the fields the client uses are declared; anything else a server adds is ignored."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True, alias_generator=to_camel, frozen=True)


@dataclass(frozen=True)
class Conditional(Generic[T]):
    """The answer to a conditional GET: `value` is None when the server said 304 Not Modified."""

    value: T | None
    etag: str | None

    @property
    def not_modified(self) -> bool:
        return self.value is None
