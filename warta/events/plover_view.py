"""The PLOVER manual's view of an event whose status says it has not (yet) happened.

Warta codes a planned visit as CONSULT with status "planned": the action's own type, its
realisation in the status. The PLOVER 2.0 manual (section "AGREE", and "Special cases"
on auxiliary modes) codes the same report by what it is when reported, a commitment:

- CONSULT, SUPPORT, COOPERATE and AID "reported in future tense are also taken to imply
  intentions and should be coded as AGREE"; so are references to future meetings, visits
  and summits.
- "Announcements of future retreats should be coded as CONCEDE" (RETREAT + future).
- CONCEDE + future and every other type stay as they are.
- An AGREE that is negated ("will not accept", "refused to agree") is a refusal, which the
  manual's REJECT covers: "all rejections and refusals".
- THREATEN "could be ASSAULT + hypothetical" and the coder returns the single category:
  an ASSAULT or COERCE that is only conditional ("will strike if ...") is a threat. So is a
  conditional PROTEST or SANCTION ("will boycott the elections unless ...", "would cut ties
  if ..."): the manual's THREATEN modes name boycotts, strikes, blockades (restrict) and
  cutting relations or expelling (relations, expel) as the content of threats. An actor's
  own announcement that it will attack, coerce or protest ("said they would boycott all
  contact", "will blockade Paris") is a threat of that content too; an announced sanction
  stays SANCTION.

The recipient: Warta stores a target only when the text names one. The PLOVER gold records
(CAMEO-era coding) give an event with no named recipient the state it happens in: 87 of
their 322 records code the actor's own country as the recipient of a domestic strike, riot,
arrest or refusal ("workers stopped work", "the vice-president declined to resign"). The
view does the same, marked `implied`: the state of the event's place, else the actor's own.

Future here is Warta's "planned" (scheduled or announced by the actor) and "expected"
(predicted by others). This is a view for PLOVER exports and the PLOVER evaluation; the
stored event keeps Warta's own type and status.
"""

from __future__ import annotations

from typing import Any

from warta.actors.registry import load_registry

_FUTURE = {"planned", "expected"}
_COMMITMENTS = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
_THREAT_CONTENTS = {"ASSAULT", "COERCE", "PROTEST", "SANCTION"}
_ANNOUNCED_THREATS = {"ASSAULT", "COERCE", "PROTEST"}


def plover_type(event_type: str, status: str | None) -> str:
    """Return the PLOVER manual's event type for a Warta type and status."""
    if status in _FUTURE and event_type in _COMMITMENTS:
        return "AGREE"
    if status in _FUTURE and event_type == "RETREAT":
        return "CONCEDE"
    if status == "negated" and event_type == "AGREE":
        return "REJECT"
    if status == "conditional" and event_type in _THREAT_CONTENTS:
        return "THREATEN"
    if status == "planned" and event_type in _ANNOUNCED_THREATS:
        return "THREATEN"
    return event_type


def plover_recipient(
    target: dict[str, Any] | None,
    source: dict[str, Any] | None,
    location: dict[str, Any] | None,
) -> dict[str, Any] | None:
    """Return the PLOVER recipient: the named target, else the implied domestic one."""
    if target is not None:
        return target
    country = (location or {}).get("country") or (source or {}).get("country")
    if not country or country not in load_registry().countries:
        return None  # an IGO or an organisation: no state to place the event in
    return {"text": None, "country": country, "sector": "GOV", "implied": True}
