"""Scenario planner core: rules as data, calculators as pure functions (no Qt, no I/O besides reading rules).

API for a front-end:

- `Scenario.model_validate(data)` (pydantic; `error_messages(error)` gives "field: message" lines).
- `calculate(scenario) -> ScenarioResult`: every outcome per month (`Outcome`: amount in cents or None,
  status ok / model / ingevoerd / onbekend / niet_van_toepassing, Dutch explanation, parameters used with
  their source). `report.result_json` turns it into the CLI's JSON.
- `compare(current, [up to 3 scenarios])` and `sweep(scenario, hours=..., net_hourly_wage=...)` or
  `sweep(scenario, earnings=[cents, ...])` for the chart of net income against work.

Missing figures are never guessed. The outcome is "onbekend" and names what is missing; the caller
supplies it in `Scenario.entered`: a parameter key (`"bijstand.vrijlating.alleenstaande_ouder.maximum":
"153.38"`) or an amount set by another body (`"huurtoeslag": "250.00"`), shown as "ingevoerd".

netto_besteedbaar = bijstand incl. vakantietoeslag (per month) + net earnings of applicant and partner +
zorgtoeslag + kindgebonden budget + kinderbijslag + huurtoeslag − Wmo eigen bijdrage − Jeugd ouderbijdrage.

Simplifications, as in the shared reference: earnings are net per month; a kostendeler's income does not
change the norm; a household on bijstand is taken to be below the toeslagen drempelinkomen (no gross-up);
a couple gets the AOW-age norm only when both have reached AOW age.
"""

from caseworker.scenario.compare import Comparison, SweepPoint, compare, sweep
from caseworker.scenario.engine import ENTERABLE_OUTCOMES, InputError, ScenarioResult, calculate
from caseworker.scenario.model import Household, Member, Provision, Scenario, error_messages
from caseworker.scenario.outcome import Outcome

__all__ = [
    "ENTERABLE_OUTCOMES",
    "Comparison",
    "Household",
    "InputError",
    "Member",
    "Outcome",
    "Provision",
    "Scenario",
    "ScenarioResult",
    "SweepPoint",
    "calculate",
    "compare",
    "error_messages",
    "sweep",
]
