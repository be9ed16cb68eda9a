"""Facts about the built-in demo municipality "Voorbeeldstad" that the client and the tests may rely on.

Everything in Voorbeeldstad is synthetic: the municipality, its code and RSIN are invented, and every person,
caseworker and care provider comes from Faker (nl_NL) name pools. The generator
(`caseworker.sandbox.generate`) writes these values into the documents; nothing here is read from a server.
"""

from __future__ import annotations

# The municipality. Real CBS gemeentecodes stay below 2000, so 9999 can never be mistaken for one.
MUNICIPALITY_NAME = "Voorbeeldstad"
GEMEENTECODE = "9999"
# Label used wherever a real system shows the organisation's name (catalogus `naam`, objecttype maintainer).
MUNICIPALITY_LABEL = "Voorbeeldstad (fictief)"
# RSIN of the municipality (bronorganisatie / verantwoordelijkeOrganisatie / catalogus rsin). Passes the
# 11-proof, as Open Zaak demands, and lies outside the BSN range below so it never equals a person's BSN.
RSIN = "009999991"

# Person BSNs are drawn from 990000000-999999999 and all pass the 11-proof. The official test range
# 999990000-999999999 holds only ~900 valid numbers, too few for a city, so the whole "99" block is used;
# no real BSN has been issued there.
BSN_RANGE = (990_000_000, 999_999_999)

# The demo user: a member of a neighbourhood team. DEMO_USER_ID is the medewerker `identificatie` in the
# behandelaar rol of their zaken AND the Klantinteracties actor's `actoridentificator.objectId`.
DEMO_USER_ID = "wt-demo"
DEMO_USER_NAME = "Sanne Demo"
DEMO_TEAM = "Wijkteam Noord"
DEMO_TEAM_ID = "wt-noord"
# Clients in the demo user's caseload at the default scale (scaled down for small populations, at least 10).
DEMO_CASELOAD = 150
DEMO_CASELOAD_MINIMUM = 10

# How the client tells the social-domain areas apart: every zaaktype carries exactly one of these labels in
# its `trefwoorden` (Catalogi has no domain field; `trefwoorden` is the standard free-label list).
DOMAIN_WMO = "wmo"
DOMAIN_JEUGD = "jeugd"
DOMAIN_PARTICIPATIE = "participatie"
DOMAIN_SCHULDHULP = "schuldhulp"
DOMAINS = (DOMAIN_WMO, DOMAIN_JEUGD, DOMAIN_PARTICIPATIE, DOMAIN_SCHULDHULP)

# Klantcontact `kanaal` values used in Voorbeeldstad.
CHANNEL_PHONE = "telefoon"
CHANNEL_DESK = "balie"
CHANNEL_HOME_VISIT = "huisbezoek"
CHANNEL_EMAIL = "e-mail"
CHANNEL_PORTAL = "berichtenbox"
CHANNELS = (CHANNEL_PHONE, CHANNEL_DESK, CHANNEL_HOME_VISIT, CHANNEL_EMAIL, CHANNEL_PORTAL)

# Klantinteracties 0.9 gives an internetaak no due date. Voorbeeldstad puts it on the first line of the
# task's `toelichting` as "Deadline: YYYY-MM-DD"; a task is overdue when that date has passed and its
# status is still "te_verwerken".
TASK_DEADLINE_PREFIX = "Deadline: "

# Objecttypes of the Objects API defined by this project (JSON Schemas in resources/objecttypes/).
OBJECTTYPES = ("voorziening", "plan", "gesprek", "bericht", "verwerking")

# Default population of the demo municipality.
DEFAULT_PERSONS = 2000
