"""The seed brief against SPEC §4's worked example, read from the spec, not from a run."""

from __future__ import annotations

import hashlib
from pathlib import Path

import natobrief as nb

SEED = Path(__file__).resolve().parent.parent / "seeds" / "2024-07-06-washington-summit-preview.txt"
#: SHA-256 of ``shared/seeds/2024-07-06-washington-summit-preview.txt``, the brief as issued.
SEED_SHA256 = "ca48b2c5071ccc36a3edbb065160cac38a81da9eb9177002211de0102ca90d47"

K = nb.CommitmentKind
S = nb.CommitmentStatus

#: (evidence that must lie inside the commitment's text, kind, status, actor, beneficiary)
EXPECTED = [
    ("NATO plans to coordinate Ukraine", K.MILITARY_AID, S.PLANNED, "NATO", "UKR"),
    ("defence-industrial cooperation", K.DEFENCE_INDUSTRY, S.PLANNED, None, None),
    ("protection against ballistic missiles", K.AIR_MISSILE_DEFENCE, S.PLANNED, None, None),
    ("the Allies would agree to a financial pledge for Ukraine", K.FINANCIAL, S.PLANNED, "NATO", "UKR"),
    ("more immediate military support for Ukraine", K.MILITARY_AID, S.EXPECTED, None, "UKR"),
    ("more bilateral security agreements", K.SECURITY_AGREEMENT, S.EXPECTED, None, None),
    ("work towards enhanced military interoperability", K.INTEROPERABILITY, S.EXPECTED, None, None),
    ("Allies must agree to a commitment", K.DEFENCE_INDUSTRY, S.PROPOSED, "NATO", None),
    ("NATO would boost defence against ballistic missiles", K.AIR_MISSILE_DEFENCE, S.PLANNED, "NATO", None),
    ("23 members of the Alliance now spend at least 2%", K.DEFENCE_SPENDING, S.ACHIEVED, "NATO", None),
]


def test_seed_is_carried_byte_for_byte() -> None:
    assert hashlib.sha256(SEED.read_bytes()).hexdigest() == SEED_SHA256


def test_seed_commitments_match_the_worked_example() -> None:
    b = nb.parse_file(SEED)
    actual = [
        (
            c.text,
            c.kind,
            c.status,
            c.actor.code if c.actor else None,
            c.beneficiary.code if c.beneficiary else None,
        )
        for c in b.commitments
    ]
    assert len(EXPECTED) == len(actual), actual
    for (evidence, *attributes), (text, *found) in zip(EXPECTED, actual, strict=True):
        assert evidence in text, (evidence, text)
        assert attributes == found, text


def test_seed_amount() -> None:
    b = nb.parse_file(SEED)
    spending = [c for c in b.commitments if c.kind is K.DEFENCE_SPENDING]
    assert [(q.value, q.unit) for c in spending for q in c.amounts if q.unit != "count"] == [
        (2.0, "percent_gdp")
    ]


def test_seed_partnerships_match_the_worked_example() -> None:
    b = nb.parse_file(SEED)
    assert len(b.partnerships) == 2
    region, invited = b.partnerships
    assert region.region == "Indo-Pacific"
    assert region.partners == ()
    assert "invited the leaders of Australia" in invited.text
    assert [p.code for p in invited.partners] == ["AUS", "JPN", "NZL", "KOR"]
    assert invited.areas == ("support for Ukraine", "cyber", "new technologies")
