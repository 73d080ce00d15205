"""Indonesian actor spans and common-noun actors (generic constructions, not gold sentences).

Every sentence here is our own. The subject of each sentence must resolve to an actor that
starts where the subject starts, stops before the verb, and carries the country and sector
the noun implies: an Indonesian body or crowd with no country of its own is Indonesia's,
also when another country is named later in the sentence as an object.
"""

from __future__ import annotations

import pytest

from warta.eval.actors import coded
from warta.records import Actor

PUBLISHED = "2024-05-20T08:00:00+07:00"


def _actor_at(text: str, subject: str) -> Actor:
    result = coded(text, lang="id", published=PUBLISHED)
    assert result is not None
    start = text.index(subject)
    around = [a for a in result.actors if a.start <= start < a.end]
    assert around, f"no actor at {subject!r}: {[a.text for a in result.actors]}"
    return min(around, key=lambda a: a.start)


@pytest.mark.parametrize(
    ("text", "subject", "verb", "country", "sector"),
    [
        # Organisation names followed by their verb, an adverb or a place.
        ("Kementerian Luar Negeri membantah kabar penarikan duta besar Indonesia dari Den Haag.",
         "Kementerian Luar Negeri", "membantah", "IDN", "GOV"),
        ("Kementerian Luar Negeri RI menyayangkan keputusan Belanda itu.",
         "Kementerian Luar Negeri", "menyayangkan", "IDN", "GOV"),
        ("Kemlu pun membantah kabar tersebut.", "Kemlu", "membantah", "IDN", "GOV"),
        ("Badan Nasional Penanggulangan Bencana mengirim tenda dan obat-obatan ke Cianjur.",
         "Badan Nasional", "mengirim", "IDN", "GOV"),
        ("Badan Pengawas Obat dan Makanan menarik ratusan produk kosmetik dari pasaran.",
         "Badan Pengawas", "menarik", "IDN", "GOV"),
        ("Polda Metro Jaya membubarkan kerumunan di depan gedung DPR.",
         "Polda", "membubarkan", "IDN", "COP"),
        ("Polda Jawa Timur akhirnya menetapkan tiga tersangka.",
         "Polda", "menetapkan", "IDN", "COP"),
        ("Kejaksaan Tinggi Sumatera Utara menahan kepala desa itu.",
         "Kejaksaan", "menahan", "IDN", "JUD"),
        ("Dinas Perhubungan DKI Jakarta menderek puluhan mobil yang parkir liar.",
         "Dinas", "menderek", "IDN", "GOV"),
        ("Pemkot Surabaya menyegel sebuah tempat hiburan malam.",
         "Pemkot", "menyegel", "IDN", "GOV"),
        ("Pemkab Bogor membongkar ratusan bangunan liar di kawasan Puncak.",
         "Pemkab", "membongkar", "IDN", "GOV"),
        ("Pemprov DKI Jakarta melarang penggunaan kantong plastik di pasar.",
         "Pemprov", "melarang", "IDN", "GOV"),
        ("Pemerintah Provinsi Jawa Tengah menaikkan upah minimum.",
         "Pemerintah", "menaikkan", "IDN", "GOV"),
        ("Pemerintah daerah menutup sementara tempat wisata itu.",
         "Pemerintah", "menutup", "IDN", "GOV"),
        ("Satpol PP membongkar lapak pedagang di trotoar.", "Satpol", "membongkar", "IDN", "COP"),
        ("Mahkamah Konstitusi menolak gugatan partai itu.", "Mahkamah", "menolak", "IDN", "JUD"),
        ("Bawaslu menemukan ratusan pelanggaran kampanye.", "Bawaslu", "menemukan", "IDN", "GOV"),
        # Common nouns: crowds, workers, officers, armed groups.
        ("Ribuan buruh berunjuk rasa di depan Istana Merdeka menuntut kenaikan upah.",
         "buruh", "berunjuk", "IDN", "CVL"),
        ("Ribuan buruh berdemonstrasi menolak investasi Tiongkok di Sulawesi Tengah.",
         "buruh", "berdemonstrasi", "IDN", "CVL"),
        ("Sejumlah ormas mendesak pemerintah mencabut izin konser itu.",
         "ormas", "mendesak", "IDN", "NGO"),
        ("Sejumlah ormas Islam mendesak pemerintah menampung pengungsi Palestina di Aceh.",
         "ormas", "mendesak", "IDN", "NGO"),
        ("Warga menghadang alat berat yang hendak meratakan lahan mereka.",
         "Warga", "menghadang", "IDN", "CVL"),
        ("Massa membakar pos polisi di Wamena.", "Massa", "membakar", "IDN", "CVL"),
        ("Aparat gabungan menyisir hutan untuk mencari pelaku penembakan.",
         "Aparat", "menyisir", "IDN", "COP"),
        ("Petugas menangkap tiga orang yang diduga menyelundupkan sabu.",
         "Petugas", "menangkap", "IDN", "GOV"),
        ("Petugas kepolisian menangkap tiga orang di pelabuhan.",
         "Petugas", "menangkap", "IDN", "COP"),
        ("Polisi menangkap dua warga negara Nigeria di Sumatera Utara.",
         "Polisi", "menangkap", "IDN", "COP"),
        ("Penyidik KPK menggeledah kantor dinas di Medan.",
         "Penyidik", "menggeledah", "IDN", "JUD"),
        ("Tim SAR gabungan mengevakuasi korban banjir di Sintang.",
         "Tim SAR", "mengevakuasi", "IDN", "GOV"),
        ("Para pengunjuk rasa melempari gedung DPRD dengan batu.",
         "pengunjuk rasa", "melempari", "IDN", "CVL"),
        ("Mahasiswa menuntut Presiden membatalkan revisi undang-undang itu.",
         "Mahasiswa", "menuntut", "IDN", "CVL"),
        ("Mahasiswa berunjuk rasa di depan Kedutaan Besar Amerika Serikat di Jakarta.",
         "Mahasiswa", "berunjuk", "IDN", "CVL"),
        ("Nelayan memprotes reklamasi pantai di Teluk Jakarta.",
         "Nelayan", "memprotes", "IDN", "CVL"),
        ("Nelayan tradisional mengusir kapal ikan Vietnam dari perairan Kepulauan Riau.",
         "Nelayan", "mengusir", "IDN", "CVL"),
        ("Pasukan penjaga perdamaian Indonesia berangkat ke Lebanon pekan depan.",
         "Pasukan", "berangkat", "IDN", "MIL"),
        ("Kelompok kriminal bersenjata (KKB) menembak seorang guru di Puncak.",
         "Kelompok", "menembak", "IDN", "REB"),
        ("Pihak kepolisian menahan sopir truk yang menabrak pengendara motor.",
         "kepolisian", "menahan", "IDN", "COP"),
        ("Pihak berwenang menutup jalan itu untuk sementara.", "Pihak", "menutup", "IDN", "GOV"),
        ("Ratusan petani menolak pembangunan bendungan di desa mereka.",
         "petani", "menolak", "IDN", "CVL"),
        ("Prajurit TNI membangun jembatan darurat di Lumajang.",
         "Prajurit", "membangun", "IDN", "MIL"),
        ("Sekelompok pemuda menyerang pos ronda di Makassar.", "pemuda", "menyerang", "IDN", "CVL"),
        # Offices and their abbreviations, with or without a name.
        ("Kapolri Jenderal Listyo Sigit Prabowo memerintahkan jajarannya mengusut kasus itu.",
         "Listyo", "memerintahkan", "IDN", "COP"),
        ("Menlu Retno Marsudi bertemu Menlu Australia di Jakarta.",
         "Retno", "bertemu", "IDN", "GOV"),
        ("Ketua KPU mengumumkan hasil rekapitulasi suara nasional.",
         "Ketua", "mengumumkan", "IDN", "GOV"),
        ("Kepala Basarnas memimpin pencarian kapal yang hilang.",
         "Kepala", "memimpin", "IDN", "GOV"),
        ("Gubernur Jawa Barat meresmikan jalan tol baru di Cirebon.",
         "Gubernur", "meresmikan", "IDN", "GOV"),
        ("Kapolda Papua memerintahkan penyelidikan atas penembakan itu.",
         "Kapolda", "memerintahkan", "IDN", "COP"),
        ("Mendag melarang ekspor minyak goreng untuk sementara.",
         "Mendag", "melarang", "IDN", "GOV"),
        ("Wapres meninjau lokasi banjir di Demak.", "Wapres", "meninjau", "IDN", "GOV"),
        ("Panglima TNI mengerahkan seribu prajurit ke Papua.",
         "Panglima", "mengerahkan", "IDN", "MIL"),
        ("Kasad menginspeksi pasukan di perbatasan Kalimantan.",
         "Kasad", "menginspeksi", "IDN", "MIL"),
        ("Bupati Banyuwangi memecat kepala dinas yang terlibat korupsi.",
         "Bupati", "memecat", "IDN", "GOV"),
        ("Kapolda Metro Jaya Irjen Karyoto menegaskan kasus itu akan dituntaskan.",
         "Karyoto", "menegaskan", "IDN", "COP"),
        ("Kapolres Jakarta Selatan Kombes Ade Rahmat menahan tiga pelaku pengeroyokan.",
         "Ade Rahmat", "menahan", "IDN", "COP"),
    ],
)  # fmt: skip
def test_subject_resolves_before_its_verb(
    text: str, subject: str, verb: str, country: str, sector: str
) -> None:
    actor = _actor_at(text, subject)
    assert actor.start == text.index(subject), f"{actor.text!r} does not start at {subject!r}"
    assert actor.end <= text.index(verb), f"{actor.text!r} swallows {verb!r}"
    assert (actor.country, actor.sector) == (country, sector), actor


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        # A bare noun refers back to the body named with its country before.
        ("Junta Myanmar menolak kunjungan itu. Indonesia mendesak junta menghentikan serangan.",
         "junta", "MMR", "MIL"),
        ("Pemerintah Malaysia membantah tuduhan itu. Kemarin pemerintah menahan dua aktivis.",
         "pemerintah", "MYS", "GOV"),
        ("Polisi Thailand menangkap tiga orang. Polisi juga menyita dua pucuk senjata.",
         "Polisi", "THA", "COP"),
    ],
)  # fmt: skip
def test_bare_noun_takes_the_country_named_with_it_before(
    text: str, mention: str, country: str, sector: str
) -> None:
    second = text.index(mention, text.index(".") + 1)
    result = coded(text, lang="id", published=PUBLISHED)
    assert result is not None
    (actor,) = [a for a in result.actors if a.start == second]
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # The country after the verb is the object's, not the subject's.
        (
            "Kementerian Luar Negeri memanggil duta besar Rusia di Jakarta.",
            "Kementerian Luar Negeri",
            "IDN",
        ),
        ("Kepolisian memeriksa dua pejabat Kedutaan Besar Jepang di Jakarta.", "Kepolisian", "IDN"),
        # Without a verb between, the country still names the body's own side.
        ("Tim dari Korea Selatan dan pejabat setempat meninjau lokasi.", "pejabat", "KOR"),
    ],
)
def test_country_across_a_verb_is_not_the_bodys(text: str, mention: str, country: str) -> None:
    actor = _actor_at(text, mention)
    assert actor.country == country
