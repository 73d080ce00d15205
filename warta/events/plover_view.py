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
  cutting relations or expelling (relations, expel) as the content of threats.

Future here is Warta's "planned" (scheduled or announced by the actor) and "expected"
(predicted by others). This is a view for PLOVER exports and the PLOVER evaluation; the
stored event keeps Warta's own type and status.
"""

from __future__ import annotations

_FUTURE = {"planned", "expected"}
_COMMITMENTS = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
_THREAT_CONTENTS = {"ASSAULT", "COERCE", "PROTEST", "SANCTION"}


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
    return event_type
