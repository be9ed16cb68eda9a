"""What `caseworker doctor` reports: checks with a status and a Dutch message that says what to do."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from caseworker.config.load import DEFAULTS


class Status(StrEnum):
    OK = "ok"
    WARNING = "warning"
    ERROR = "error"  # blocks work: doctor exits with 1


@dataclass(frozen=True)
class Check:
    name: str
    status: Status
    message: str
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Report:
    profile: str
    checks: list[Check]
    # setting -> {"value": …, "origin": …}; secrets are never among them (they live in the keyring only)
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def blocking(self) -> bool:
        return any(check.status is Status.ERROR for check in self.checks)

    def to_json(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "ok": not self.blocking,
            "checks": [asdict(check) for check in self.checks],
            "settings": self.settings,
        }

    def to_text(self) -> str:
        labels = {Status.OK: "ok", Status.WARNING: "LET OP", Status.ERROR: "FOUT"}
        lines = [f"Keukentafel doctor — profiel {self.profile}", ""]
        lines += [f"  {labels[c.status]:<6} {c.name}: {c.message}" for c in self.checks]
        chosen = {name: s for name, s in self.settings.items() if s["origin"] != DEFAULTS}
        if self.settings:
            lines += ["", "Instellingen (waarde — herkomst):"]
            lines += [f"  {name} = {s['value']!r} — {s['origin']}" for name, s in chosen.items()]
            lines.append(f"  overige {len(self.settings) - len(chosen)}: standaardwaarde (zie --json)")
        errors = sum(check.status is Status.ERROR for check in self.checks)
        lines += [
            "",
            f"Resultaat: {errors} blokkerende fout(en); los die eerst op."
            if errors
            else "Resultaat: niets blokkeert het werk.",
        ]
        return "\n".join(lines)
