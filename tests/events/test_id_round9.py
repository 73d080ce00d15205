"""Round 9: Indonesian frames found missing or doubled by the second dev-half error analysis.

Every sentence here is our own; each test runs the whole pipeline on it.
"""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type, one_of_type

PUBLISHED = "2024-05-20T08:00:00+07:00"


@pytest.mark.parametrize(
    "text",
    [
        "Polisi membubarkan massa dengan gas air mata di depan balai kota.",
        "Aparat membubarkan ratusan pendukung calon bupati dengan meriam air, Sabtu malam.",
    ],
)
def test_dispersing_with_tear_gas_is_one_crowd_control_assault(text: str) -> None:
    events = events_of(text, published=PUBLISHED)
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", "crowd-control")]


def test_dispersing_without_an_instrument_stays_coercion() -> None:
    event = one_of_type(
        "Polisi membubarkan massa di depan balai kota.", "COERCE", published=PUBLISHED
    )
    assert not of_type(
        "Polisi membubarkan massa di depan balai kota.", "ASSAULT", published=PUBLISHED
    )
    assert event.source is not None and event.source["country"] == "IDN"


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi memanggil duta besar Tiongkok untuk menyampaikan protes atas insiden itu.",
        "Jakarta memanggil dubes Australia guna melayangkan protes keras.",
    ],
)
def test_summoning_an_envoy_to_protest_is_one_accuse(text: str) -> None:
    accusations = of_type(text, "ACCUSE", published=PUBLISHED)
    assert len(accusations) == 1
    assert accusations[0].source is not None


def test_a_purpose_of_another_type_is_still_coded() -> None:
    text = "Polisi menangkap lima orang untuk memeriksa keterlibatan mereka."
    assert of_type(text, "COERCE", published=PUBLISHED)
    assert of_type(text, "ACCUSE", published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Vietnam berencana membeli tiga kapal selam dari Rusia.", "COOPERATE"),
        ("Filipina membeli 12 jet tempur dari Swedia.", "COOPERATE"),
        ("Malaysia menyampaikan protes kepada Tiongkok.", "ACCUSE"),
    ],
)
def test_a_count_does_not_break_a_phrase(text: str, event_type: str) -> None:
    event = one_of_type(text, event_type, published=PUBLISHED)
    assert event.source is not None


@pytest.mark.parametrize(
    ("text", "excluded"),
    [
        ("Rusia tidak diundang ke pertemuan puncak itu.", "RUS"),
        ("Dalam forum tersebut, Myanmar kembali tidak diundang.", "MMR"),
    ],
)
def test_an_exclusion_without_a_named_excluder_is_coded(text: str, excluded: str) -> None:
    event = one_of_type(text, "REJECT", published=PUBLISHED)
    assert event.status == "occurred"
    assert event.target is not None and event.target["country"] == excluded


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        (
            "Ribuan mahasiswa berdemonstrasi di Makassar, Jumat (6/3), menuntut pemerintah "
            "membatalkan kenaikan harga BBM.",
            True,
        ),
        (
            "Ribuan buruh berunjuk rasa di Bandung, Senin (2/3), menolak kenaikan iuran.",
            False,
        ),
    ],
)
def test_a_protest_aim_is_coded_only_when_it_addresses_a_party(text: str, addressed: bool) -> None:
    assert of_type(text, "PROTEST", published=PUBLISHED)
    aims = of_type(text, "REQUEST", published=PUBLISHED) + of_type(
        text, "REJECT", published=PUBLISHED
    )
    assert bool(aims) == addressed


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        (
            "Ratusan guru berunjuk rasa di depan kantor gubernur, Surabaya, Kamis (5/3).",
            "PROTEST",
            "IDN",
        ),
        (
            "Presiden Prabowo Subianto menjamu Presiden Brasil di Istana Bogor, Bogor, Rabu.",
            "CONSULT",
            "IDN",
        ),
    ],
)
def test_a_city_apposed_to_a_site_is_the_place(text: str, event_type: str, country: str) -> None:
    event = one_of_type(text, event_type, published=PUBLISHED)
    assert event.location is not None and event.location["country"] == country


def test_a_city_after_a_clause_comma_is_not_the_place() -> None:
    text = "Ratusan guru berunjuk rasa hari ini, Surabaya menjadi saksi."
    event = one_of_type(text, "PROTEST", published=PUBLISHED)
    assert event.location is None


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        (
            "Uni Eropa menjatuhkan sanksi baru terhadap Iran dalam pertemuan para menteri di "
            "Luksemburg, Senin.",
            "SANCTION",
            "LUX",
        ),
        (
            "Para pemimpin G7 sepakat menambah dana iklim dalam KTT di Hiroshima.",
            "AGREE",
            "JPN",
        ),
    ],
)
def test_a_meeting_named_as_the_occasion_gives_its_place_and_no_event(
    text: str, event_type: str, country: str
) -> None:
    event = one_of_type(text, event_type, published=PUBLISHED)
    assert event.location is not None and event.location["country"] == country
    assert event.target is None or event.target["country"] != country
    assert not of_type(text, "CONSULT", published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Seoul mengirim tim negosiasi ke Tokyo pekan depan untuk meminta kompensasi.", "JPN"),
        ("Menlu Kanada berkunjung ke Beijing guna meminta pembebasan dua warganya.", "CHN"),
    ],
)
def test_a_purpose_clause_happens_where_its_act_went(text: str, country: str) -> None:
    event = one_of_type(text, "REQUEST", published=PUBLISHED)
    assert event.location is not None and event.location["country"] == country


def test_a_request_in_its_own_clause_keeps_no_borrowed_place() -> None:
    text = "Seoul mengirim tim negosiasi ke Tokyo, lalu Menlu Korsel meminta kompensasi."
    requests = of_type(text, "REQUEST", published=PUBLISHED)
    assert all(e.location is None for e in requests)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Seoul akan mengirim tim negosiasi ke Tokyo akhir bulan ini untuk meminta kompensasi.",
            "planned",
        ),
        ("Seoul mengirim tim negosiasi ke Tokyo kemarin untuk meminta kompensasi.", "occurred"),
    ],
)
def test_a_purpose_clause_shares_the_status_of_its_act(text: str, status: str) -> None:
    assert one_of_type(text, "REQUEST", published=PUBLISHED).status == status


@pytest.mark.parametrize(
    ("text", "event_type", "not_coded"),
    [
        (
            "Amerika Serikat menjatuhkan sanksi kepada dua bank Turki karena membantu Iran "
            "menghindari embargo minyak.",
            "SANCTION",
            "AID",
        ),
        (
            "Kejaksaan mengajukan banding lantaran hukuman itu jauh di bawah tuntutan jaksa.",
            "ACCUSE",
            "REQUEST",
        ),
    ],
)
def test_a_reason_clause_tells_no_new_event(text: str, event_type: str, not_coded: str) -> None:
    assert len(of_type(text, event_type, published=PUBLISHED)) == 1
    assert not of_type(text, not_coded, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "event_type", "aim_type"),
    [
        (
            "Thailand dan Malaysia menandatangani protokol baru untuk mempercepat perundingan "
            "perbatasan.",
            "SUPPORT",
            "CONSULT",
        ),
        (
            "Hamas mengumumkan gencatan senjata sementara untuk memperlancar penyaluran bantuan.",
            "RETREAT",
            "AID",
        ),
    ],
)
def test_an_event_noun_a_purpose_verb_aims_at_is_not_coded(
    text: str, event_type: str, aim_type: str
) -> None:
    assert of_type(text, event_type, published=PUBLISHED)
    assert not of_type(text, aim_type, published=PUBLISHED)


def test_a_same_type_purpose_across_an_apposed_place_is_one_event() -> None:
    text = (
        "Malaysia mengirim tim SAR dan relawan medis ke Kathmandu, Nepal, pekan lalu untuk "
        "membantu korban gempa."
    )
    aid = of_type(text, "AID", published=PUBLISHED)
    assert [e.source["country"] if e.source else None for e in aid] == ["MYS"]


@pytest.mark.parametrize(
    ("text", "event_type", "status"),
    [
        (
            "Sementara itu, Kejagung menyatakan tengah menyelidiki dugaan suap di bea cukai.",
            "ACCUSE",
            "occurred",
        ),
        (
            "Di sisi lain, Hanoi menegaskan tidak akan menarik kapal-kapalnya dari perairan itu.",
            "RETREAT",
            "negated",
        ),
    ],
)
def test_a_speaker_after_a_sentence_opener_is_the_subject(
    text: str, event_type: str, status: str
) -> None:
    event = one_of_type(text, event_type, published=PUBLISHED)
    assert event.source is not None and event.status == status


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Kapal penjaga pantai Vietnam menabrak sebuah kapal nelayan Tiongkok.", "ASSAULT"),
        ("Jepang menarik kapal perang dari Selat Taiwan.", "RETREAT"),
        ("Malaysia dan Thailand menggelar patroli laut bersama di Selat Malaka.", "COOPERATE"),
    ],
)
def test_id_round9_lexicon_rows(text: str, event_type: str) -> None:
    assert one_of_type(text, event_type, published=PUBLISHED).source is not None


def test_a_car_hitting_something_is_no_event() -> None:
    assert not events_of("Sebuah mobil menabrak pohon di Bogor.", published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "event_type", "status"),
    [
        ("Gubernur Aceh berjanji menambah posko pengungsian pekan ini.", "AID", "planned"),
        ("Jepang menambah beasiswa bagi mahasiswa Vietnam tahun ini.", "AID", "occurred"),
        ("TNI berencana menambah tiga kapal perang di Natuna.", "MOBILIZE", "planned"),
    ],
)
def test_adding_aid_or_ships_and_a_promise_makes_it_planned(
    text: str, event_type: str, status: str
) -> None:
    assert one_of_type(text, event_type, published=PUBLISHED).status == status


def test_the_promise_itself_stays_an_occurred_agree() -> None:
    text = "Gubernur Aceh berjanji menambah posko pengungsian pekan ini."
    assert one_of_type(text, "AGREE", published=PUBLISHED).status == "occurred"
