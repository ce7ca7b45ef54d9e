// The 26 PMKS/PPKS types of Permensos 08/2012 as data.
//
// Slugs and criterion keys are stored in databases: never rename or reuse one. Slugs are the
// official Indonesian name in snake_case, shortened only by dropping filler words ("yang",
// "menjadi", "atau diperlakukan salah") where the full name is unwieldy.
//
// Criteria paraphrase the regulation's lampiran, at most six per type. The check they feed is
// a consistency gate at data entry (a record must state on what grounds it was made), not an
// eligibility decision: the musyawarah desa and Dinsos verification decide. Hence:
// - Any where the regulation lists alternative signs (a child is neglected in one way or
//   another);
// - All where the definition is a conjunction (a gelandangan has neither a fixed home nor a
//   fixed livelihood and lives in public places).
// Where the regulation has "X and (Y or Z)", X is folded into each of Y and Z so that a flat
// All/Any still says the right thing (types 20 and 23).
//
// Age bounds are in completed years. "6 sampai dengan 18 tahun" (types 2 and 7) is read as
// inclusive at both ends, 6 <= age <= 18: in Indonesian legal drafting "sampai dengan" includes
// its end, and where the regulation means "under 18" it says "belum berusia 18 tahun" (types 3,
// 5, 6). "Balita" (type 1) is read as under 5, i.e. 0-4 completed years, as in the older Depsos
// guides ("usia 0-4 tahun") and DOMAIN.md, although the 2012 text says "5 tahun ke bawah"; a
// 5-year-old therefore falls between types 1 and 2.

#include "domain/pmks_catalog.h"

#include <iterator>
#include <span>

namespace simpul::domain {
namespace {

struct CriterionRow {
  std::string_view key;
  std::string_view id;
  std::string_view en;
};

struct TypeRow {
  int order;
  std::string_view slug;
  std::string_view nameId;
  std::string_view nameEn;
  PmksSubjectKind subjectKind;
  AgeRule ageRule;
  SexRule sexRule;
  bool sensitive;
  bool needsDisabilityKinds;
  CriteriaConnective connective;
  std::span<const CriterionRow> criteria;
};

using enum PmksSubjectKind;
using enum CriteriaConnective;

constexpr SexRule kAnySex{};
constexpr SexRule kFemaleOnly{Sex::Female};

constexpr CriterionRow kAnakBalitaTerlantar[] = {
    {"tanpa_asuhan_layak", "Terlantar atau tanpa asuhan yang layak",
     "Neglected or without proper care"},
    {"keluarga_miskin", "Berasal dari keluarga sangat miskin atau miskin",
     "Comes from a very poor or poor family"},
    {"kehilangan_hak_asuh", "Kehilangan hak asuh dari orang tua atau keluarga",
     "Has lost the care of parents or family"},
    {"perlakuan_salah", "Mengalami perlakuan salah dan ditelantarkan oleh orang tua atau keluarga",
     "Maltreated and neglected by parents or family"},
    {"dieksploitasi", "Dieksploitasi secara ekonomi, misalnya dijadikan pengemis di jalanan",
     "Economically exploited, e.g. used for begging in the street"},
    {"gizi_buruk", "Menderita gizi buruk atau gizi kurang",
     "Suffers from severe or moderate malnutrition"},
};

constexpr CriterionRow kAnakTerlantar[] = {
    {"keluarga_fakir_miskin", "Berasal dari keluarga fakir miskin",
     "Comes from a destitute family"},
    {"dilalaikan_orang_tua", "Dilalaikan atau ditelantarkan oleh orang tuanya",
     "Neglected or abandoned by the parents"},
    {"kehilangan_hak_asuh", "Kehilangan hak asuh dari orang tua atau keluarga",
     "Has lost the care of parents or family"},
    {"kebutuhan_dasar_tidak_terpenuhi", "Kebutuhan dasarnya tidak terpenuhi secara wajar",
     "Basic needs are not adequately met"},
};

constexpr CriterionRow kAnakBerhadapanDenganHukum[] = {
    {"disangka_didakwa_dipidana", "Disangka, didakwa, atau dijatuhi pidana karena tindak pidana",
     "Suspected of, charged with or sentenced for a criminal offence"},
    {"korban_tindak_pidana", "Menjadi korban tindak pidana", "Victim of a criminal offence"},
    {"saksi_tindak_pidana", "Melihat atau mendengar sendiri terjadinya tindak pidana (saksi)",
     "Saw or heard a criminal offence first-hand (witness)"},
};

constexpr CriterionRow kAnakJalanan[] = {
    {"sebagian_besar_waktu_di_jalanan",
     "Menghabiskan sebagian besar waktunya di jalanan atau tempat umum (paling sedikit 4 jam "
     "sehari dalam sebulan terakhir)",
     "Spends most of the time in the street or public places (at least 4 hours a day over the "
     "last month)"},
    {"mencari_nafkah_atau_berkeliaran",
     "Mencari nafkah dan/atau berkeliaran di jalanan atau tempat umum",
     "Earns a living and/or roams in the street or public places"},
};

constexpr CriterionRow kAnakDenganKedisabilitasan[] = {
    {"hambatan_aktivitas_sehari_hari", "Mengalami hambatan melakukan aktivitas sehari-hari",
     "Has difficulty carrying out daily activities"},
    {"hambatan_pendidikan", "Mengalami hambatan mendapatkan pendidikan",
     "Has difficulty obtaining an education"},
    {"hambatan_bersosialisasi", "Mengalami hambatan bermain dan bergaul dengan lingkungannya",
     "Has difficulty playing and socialising with peers"},
};

constexpr CriterionRow kAnakKorbanTindakKekerasan[] = {
    {"perlakuan_kasar",
     "Sering mendapat perlakuan kasar dan kejam yang berakibat secara fisik dan/atau psikologis",
     "Often treated harshly or cruelly, with physical and/or psychological harm"},
    {"dianiaya_atau_diperkosa", "Pernah dianiaya dan/atau diperkosa",
     "Has been assaulted and/or raped"},
    {"dipaksa_bekerja", "Dipaksa bekerja, tidak atas kemauannya",
     "Forced to work against their will"},
};

constexpr CriterionRow kAnakMemerlukanPerlindunganKhusus[] = {
    {"situasi_darurat", "Berada dalam situasi darurat (pengungsian, kerusuhan, konflik)",
     "In an emergency situation (displacement, riot, conflict)"},
    {"minoritas_terisolasi", "Berasal dari kelompok minoritas dan terisolasi",
     "Belongs to an isolated minority group"},
    {"dieksploitasi", "Dieksploitasi secara ekonomi dan/atau seksual",
     "Economically and/or sexually exploited"},
    {"korban_perdagangan_penculikan", "Menjadi korban perdagangan, penjualan, atau penculikan",
     "Victim of trafficking, sale or abduction"},
    {"korban_napza", "Menjadi korban penyalahgunaan NAPZA", "Victim of drug or substance abuse"},
};

constexpr CriterionRow kLanjutUsiaTerlantar[] = {
    {"makan_kurang_dua_kali", "Makan makanan pokok kurang dari 2 kali sehari",
     "Eats staple food less than twice a day"},
    {"pakaian_kurang", "Memiliki pakaian kurang dari 4 stel", "Owns fewer than 4 sets of clothes"},
    {"tempat_tinggal_tidak_tetap", "Tidak mempunyai tempat tinggal atau tempat tidur yang tetap",
     "Has no fixed home or bed"},
    {"tidak_mampu_berobat", "Bila sakit tidak mampu berobat ke fasilitas kesehatan",
     "Cannot afford treatment at a health facility when ill"},
    {"tidak_ada_yang_mengurus", "Tidak ada keluarga atau orang lain yang mau dan mampu mengurusnya",
     "Has no family or other person willing and able to care for them"},
};

constexpr CriterionRow kPenyandangDisabilitas[] = {
    {"hambatan_aktivitas_sehari_hari", "Mengalami hambatan melakukan aktivitas sehari-hari",
     "Has difficulty carrying out daily activities"},
    {"hambatan_bekerja", "Mengalami hambatan dalam bekerja sehari-hari",
     "Has difficulty working day to day"},
    {"tidak_mampu_memecahkan_masalah", "Tidak mampu memecahkan masalah secara memadai",
     "Cannot solve problems adequately"},
};

constexpr CriterionRow kTunaSusila[] = {
    {"hubungan_seksual_berimbalan",
     "Melakukan hubungan seksual di luar perkawinan secara berulang dan bergantian untuk "
     "mendapatkan imbalan uang, materi, atau jasa",
     "Repeatedly has sex outside marriage with changing partners in exchange for money, goods or "
     "services"},
    {"menjajakan_diri", "Menjajakan diri di tempat umum, lokasi pelacuran, atau tempat terselubung",
     "Solicits in public places, brothels or covert venues"},
};

constexpr CriterionRow kGelandangan[] = {
    {"tanpa_tempat_tinggal_tetap", "Tidak mempunyai tempat tinggal yang tetap",
     "Has no fixed place to live"},
    {"tanpa_penghasilan_tetap", "Tidak mempunyai mata pencaharian atau penghasilan yang tetap",
     "Has no fixed livelihood or income"},
    {"mengembara_di_tempat_umum", "Hidup mengembara di tempat umum",
     "Lives wandering in public places"},
};

constexpr CriterionRow kPengemis[] = {
    {"meminta_minta_di_tempat_umum",
     "Mendapat penghasilan dengan meminta-minta di tempat umum dengan berbagai cara dan alasan",
     "Earns an income by begging in public places"},
    {"bergantung_belas_kasihan", "Mata pencahariannya bergantung pada belas kasihan orang lain",
     "Depends for a living on the compassion of others"},
};

constexpr CriterionRow kPemulung[] = {
    {"mengumpulkan_barang_bekas",
     "Memungut dan mengumpulkan barang bekas untuk dijual atau didaur ulang",
     "Picks up and collects used goods to sell or recycle"},
    {"tanpa_pekerjaan_tetap", "Tidak mempunyai pekerjaan tetap", "Has no steady job"},
};

// The regulation also names groups by sexual orientation and has a criterion on sexual
// behaviour; neither is recorded here: it is stigmatising and it is specific personal data
// (UU 27/2022), while the welfare problem is the discrimination and its effect.
constexpr CriterionRow kKelompokMinoritas[] = {
    {"gangguan_keberfungsian_sosial", "Mengalami gangguan keberfungsian sosial",
     "Impaired social functioning"},
    {"diskriminasi_marginalisasi", "Mengalami diskriminasi dan/atau marginalisasi",
     "Experiences discrimination and/or marginalisation"},
};

constexpr CriterionRow kBekasWargaBinaan[] = {
    {"selesai_menjalani_pidana",
     "Telah selesai atau dalam 3 bulan akan selesai menjalani masa pidana",
     "Has served, or within 3 months will have served, a prison sentence"},
    {"hambatan_menyesuaikan_diri",
     "Mengalami hambatan menyesuaikan diri kembali dalam masyarakat, sehingga sulit "
     "mendapatkan pekerjaan atau menjalani kehidupan secara normal",
     "Has difficulty reintegrating into society, and so in finding work or living normally"},
};

constexpr CriterionRow kOrangDenganHivAids[] = {
    {"terinfeksi_hiv_aids", "Dinyatakan terinfeksi HIV/AIDS berdasarkan hasil pemeriksaan",
     "Diagnosed with HIV/AIDS by a test"},
    {"membutuhkan_pelayanan",
     "Membutuhkan pelayanan sosial, perawatan kesehatan, dukungan, dan pengobatan",
     "Needs social services, health care, support and treatment"},
};

constexpr CriterionRow kKorbanNapza[] = {
    {"menyalahgunakan_napza",
     "Pernah menyalahgunakan narkotika, psikotropika, zat adiktif lain, atau minuman keras di "
     "luar tujuan pengobatan",
     "Has used narcotics, psychotropics, other addictive substances or alcohol other than for "
     "treatment"},
    {"keberfungsian_sosial_terganggu", "Tidak dapat melaksanakan keberfungsian sosialnya",
     "Cannot carry out their social functions"},
};

constexpr CriterionRow kKorbanTrafficking[] = {
    {"korban_perdagangan_orang",
     "Menjadi korban tindak pidana perdagangan orang (direkrut, diangkut, atau ditampung dengan "
     "ancaman, penipuan, atau jeratan utang untuk dieksploitasi)",
     "Victim of human trafficking (recruited, moved or harboured by threat, fraud or debt "
     "bondage to be exploited)"},
    {"mengalami_penderitaan",
     "Mengalami penderitaan psikis, mental, fisik, seksual, ekonomi, dan/atau sosial akibatnya",
     "Suffers psychological, mental, physical, sexual, economic and/or social harm as a result"},
};

constexpr CriterionRow kKorbanTindakKekerasan[] = {
    {"perlakuan_salah", "Mengalami perlakuan salah", "Maltreated"},
    {"penelantaran", "Mengalami penelantaran", "Neglected"},
    {"eksploitasi", "Mengalami eksploitasi", "Exploited"},
    {"diskriminasi", "Mengalami perlakuan diskriminatif", "Discriminated against"},
    {"dibiarkan_dalam_bahaya", "Dibiarkan berada dalam situasi berbahaya",
     "Left in a dangerous situation"},
};

constexpr CriterionRow kPekerjaMigranBermasalah[] = {
    {"kekerasan_eksploitasi_penelantaran",
     "Sebagai pekerja migran mengalami tindak kekerasan, eksploitasi, atau penelantaran",
     "As a migrant worker, suffered violence, exploitation or neglect"},
    {"dideportasi", "Sebagai pekerja migran diusir atau dideportasi",
     "As a migrant worker, was expelled or deported"},
    {"tidak_mampu_menyesuaikan_diri",
     "Sebagai pekerja migran tidak mampu menyesuaikan diri di tempat atau negara tujuan kerja",
     "As a migrant worker, could not adjust to the place or country of work"},
    {"mengalami_musibah", "Sebagai pekerja migran mengalami musibah karena faktor alam atau sosial",
     "As a migrant worker, suffered a natural or social calamity"},
};

constexpr CriterionRow kKorbanBencanaAlam[] = {
    {"korban_jiwa_atau_luka", "Meninggal, hilang, atau luka-luka akibat bencana alam",
     "Died, went missing or was injured in a natural disaster"},
    {"kehilangan_harta_benda", "Kehilangan atau rusaknya harta benda, termasuk tempat tinggal",
     "Lost property or had it damaged, including the home"},
    {"mengungsi", "Mengungsi dari tempat tinggalnya", "Displaced from home"},
    {"gangguan_psikososial", "Mengalami trauma atau gangguan psikososial",
     "Suffers trauma or psychosocial distress"},
};

constexpr CriterionRow kKorbanBencanaSosial[] = {
    {"korban_jiwa_atau_luka",
     "Meninggal, hilang, atau luka-luka akibat bencana sosial (konflik sosial atau teror)",
     "Died, went missing or was injured in a social disaster (social conflict or terror)"},
    {"kehilangan_harta_benda", "Kehilangan atau rusaknya harta benda, termasuk tempat tinggal",
     "Lost property or had it damaged, including the home"},
    {"mengungsi", "Mengungsi dari tempat tinggalnya", "Displaced from home"},
    {"gangguan_psikososial", "Mengalami trauma atau gangguan psikososial",
     "Suffers trauma or psychosocial distress"},
};

constexpr CriterionRow kPerempuanRawanSosialEkonomi[] = {
    {"penghasilan_tidak_mencukupi",
     "Tidak mempunyai penghasilan yang cukup untuk memenuhi kebutuhan pokok sehari-hari",
     "Has no income sufficient for daily basic needs"},
    {"pencari_nafkah_atau_ditinggal_suami",
     "Menjadi pencari nafkah utama keluarga, atau istri yang ditinggal suami tanpa kejelasan",
     "Is the family's main breadwinner, or a wife left by her husband without explanation"},
};

// The regulation lists eleven indicators; the six kept are the ones the others condense into
// (the dwelling's walls, floor, roof and floor area become one).
constexpr CriterionRow kFakirMiskin[] = {
    {"tanpa_mata_pencaharian_layak",
     "Tidak mempunyai sumber mata pencaharian, atau mempunyai tetapi tidak mampu memenuhi "
     "kebutuhan dasar yang layak",
     "Has no source of livelihood, or has one that cannot meet basic needs"},
    {"pengeluaran_untuk_makanan_pokok",
     "Pengeluaran sebagian besar untuk makanan pokok yang sangat sederhana",
     "Spends most of the household budget on very simple staple food"},
    {"sulit_berobat", "Tidak mampu berobat kecuali ke Puskesmas atau layanan bersubsidi",
     "Cannot afford health care other than the Puskesmas or subsidised care"},
    {"tidak_mampu_membeli_pakaian",
     "Tidak mampu membeli pakaian satu kali setahun untuk setiap anggota keluarga",
     "Cannot buy clothes once a year for each family member"},
    {"sekolah_anak_terbatas", "Hanya mampu menyekolahkan anak sampai jenjang SLTP",
     "Can only afford schooling up to junior secondary"},
    {"rumah_tidak_layak",
     "Rumah berdinding, berlantai, atau beratap kualitas rendah, atau luas lantai kurang dari "
     "8 m2 per orang",
     "Home with poor walls, floor or roof, or less than 8 m2 of floor per person"},
};

constexpr CriterionRow kKeluargaBermasalahSosialPsikologis[] = {
    {"kurang_komunikasi",
     "Suami istri tidak saling memperhatikan atau anggota keluarga kurang "
     "berkomunikasi",
     "Spouses neglect each other or family members barely communicate"},
    {"sering_bertengkar",
     "Suami istri sering bertengkar atau hidup sendiri-sendiri walaupun masih terikat perkawinan",
     "Spouses often quarrel or live separate lives while still married"},
    {"hubungan_tetangga_buruk", "Hubungan dengan tetangga kurang baik",
     "Poor relations with the neighbours"},
    {"kebutuhan_anak_tidak_terpenuhi",
     "Kebutuhan jasmani, rohani, atau sosial anak kurang terpenuhi",
     "The children's physical, spiritual or social needs are poorly met"},
};

// The characteristics of Perpres 186/2014 that define a KAT; "subsistence economy" and "simple
// technology" are left out because the regulation itself qualifies them as "pada umumnya".
constexpr CriterionRow kKomunitasAdatTerpencil[] = {
    {"komunitas_kecil_tertutup", "Berbentuk komunitas kecil, tertutup, dan homogen",
     "A small, closed and homogeneous community"},
    {"pranata_kekerabatan", "Pranata sosialnya bertumpu pada hubungan kekerabatan",
     "Social institutions rest on kinship"},
    {"terpencil_sulit_dijangkau", "Terpencil secara geografis dan relatif sulit dijangkau",
     "Geographically remote and hard to reach"},
    {"akses_pelayanan_terbatas", "Akses pelayanan sosial, ekonomi, dan politik terbatas",
     "Limited access to social, economic and political services"},
};

constexpr TypeRow kTypes[] = {
    {1, "anak_balita_terlantar", "Anak Balita Terlantar", "Neglected Child Under Five", Person,
     AgeRule::under(5), kAnySex, false, false, Any, kAnakBalitaTerlantar},
    {2, "anak_terlantar", "Anak Terlantar", "Neglected Child", Person, AgeRule::fromThrough(6, 18),
     kAnySex, false, false, Any, kAnakTerlantar},
    {3, "anak_berhadapan_dengan_hukum", "Anak yang Berhadapan dengan Hukum",
     "Child in Contact with the Law", Person, AgeRule::fromUnder(12, 18), kAnySex, false, false,
     Any, kAnakBerhadapanDenganHukum},
    {4, "anak_jalanan", "Anak Jalanan", "Street Child", Person, AgeRule::anyAge(), kAnySex, false,
     false, All, kAnakJalanan},
    {5, "anak_dengan_kedisabilitasan", "Anak dengan Kedisabilitasan", "Child with Disability",
     Person, AgeRule::under(18), kAnySex, false, true, Any, kAnakDenganKedisabilitasan},
    {6, "anak_korban_tindak_kekerasan",
     "Anak yang Menjadi Korban Tindak Kekerasan atau Diperlakukan Salah",
     "Child Victim of Violence or Maltreatment", Person, AgeRule::under(18), kAnySex, false, false,
     Any, kAnakKorbanTindakKekerasan},
    {7, "anak_memerlukan_perlindungan_khusus", "Anak yang Memerlukan Perlindungan Khusus",
     "Child in Need of Special Protection", Person, AgeRule::fromThrough(6, 18), kAnySex, false,
     false, Any, kAnakMemerlukanPerlindunganKhusus},
    {8, "lanjut_usia_terlantar", "Lanjut Usia Terlantar", "Neglected Elderly Person", Person,
     AgeRule::atLeast(60), kAnySex, false, false, Any, kLanjutUsiaTerlantar},
    {9, "penyandang_disabilitas", "Penyandang Disabilitas", "Person with Disability", Person,
     AgeRule::anyAge(), kAnySex, false, true, Any, kPenyandangDisabilitas},
    {10, "tuna_susila", "Tuna Susila", "Sex Worker", Person, AgeRule::anyAge(), kAnySex, false,
     false, Any, kTunaSusila},
    {11, "gelandangan", "Gelandangan", "Homeless Person", Person, AgeRule::anyAge(), kAnySex, false,
     false, All, kGelandangan},
    {12, "pengemis", "Pengemis", "Beggar", Person, AgeRule::anyAge(), kAnySex, false, false, All,
     kPengemis},
    {13, "pemulung", "Pemulung", "Waste Picker", Person, AgeRule::anyAge(), kAnySex, false, false,
     All, kPemulung},
    {14, "kelompok_minoritas", "Kelompok Minoritas", "Minority Group", Person, AgeRule::anyAge(),
     kAnySex, true, false, All, kKelompokMinoritas},
    {15, "bekas_warga_binaan_lembaga_pemasyarakatan", "Bekas Warga Binaan Lembaga Pemasyarakatan",
     "Former Inmate of a Correctional Institution", Person, AgeRule::over(18), kAnySex, false,
     false, All, kBekasWargaBinaan},
    {16, "orang_dengan_hiv_aids", "Orang dengan HIV/AIDS", "Person Living with HIV/AIDS", Person,
     AgeRule::anyAge(), kAnySex, true, false, All, kOrangDenganHivAids},
    {17, "korban_penyalahgunaan_napza", "Korban Penyalahgunaan NAPZA", "Victim of Substance Abuse",
     Person, AgeRule::anyAge(), kAnySex, false, false, All, kKorbanNapza},
    {18, "korban_trafficking", "Korban Trafficking", "Victim of Trafficking", Person,
     AgeRule::anyAge(), kAnySex, false, false, All, kKorbanTrafficking},
    {19, "korban_tindak_kekerasan", "Korban Tindak Kekerasan", "Victim of Violence", Person,
     AgeRule::anyAge(), kAnySex, false, false, Any, kKorbanTindakKekerasan},
    {20, "pekerja_migran_bermasalah_sosial", "Pekerja Migran Bermasalah Sosial",
     "Migrant Worker with Social Problems", Person, AgeRule::anyAge(), kAnySex, false, false, Any,
     kPekerjaMigranBermasalah},
    {21, "korban_bencana_alam", "Korban Bencana Alam", "Victim of Natural Disaster", Event,
     AgeRule::anyAge(), kAnySex, false, false, Any, kKorbanBencanaAlam},
    {22, "korban_bencana_sosial", "Korban Bencana Sosial", "Victim of Social Disaster", Event,
     AgeRule::anyAge(), kAnySex, false, false, Any, kKorbanBencanaSosial},
    {23, "perempuan_rawan_sosial_ekonomi", "Perempuan Rawan Sosial Ekonomi",
     "Socially and Economically Vulnerable Woman", Person, AgeRule::fromThrough(18, 59),
     kFemaleOnly, false, false, All, kPerempuanRawanSosialEkonomi},
    {24, "fakir_miskin", "Fakir Miskin", "Poor and Destitute", Family, AgeRule::anyAge(), kAnySex,
     false, false, Any, kFakirMiskin},
    {25, "keluarga_bermasalah_sosial_psikologis", "Keluarga Bermasalah Sosial Psikologis",
     "Family with Social and Psychological Problems", Family, AgeRule::anyAge(), kAnySex, false,
     false, Any, kKeluargaBermasalahSosialPsikologis},
    {26, "komunitas_adat_terpencil", "Komunitas Adat Terpencil", "Remote Indigenous Community",
     Community, AgeRule::anyAge(), kAnySex, false, false, All, kKomunitasAdatTerpencil},
};

PmksType toType(const TypeRow& row) {
  PmksType type;
  type.order = row.order;
  type.slug = std::string(row.slug);
  type.name = {std::string(row.nameId), std::string(row.nameEn)};
  type.subjectKind = row.subjectKind;
  type.ageRule = row.ageRule;
  type.sexRule = row.sexRule;
  type.sensitive = row.sensitive;
  type.needsDisabilityKinds = row.needsDisabilityKinds;
  type.connective = row.connective;
  type.criteria.reserve(row.criteria.size());
  for (const CriterionRow& c : row.criteria) {
    type.criteria.push_back({std::string(c.key), {std::string(c.id), std::string(c.en)}});
  }
  return type;
}

} // namespace

const std::vector<PmksType>& pmksTypes() {
  // Built on first use rather than at static initialisation, so no heap work happens before
  // main() and there is no initialisation-order question between translation units.
  static const std::vector<PmksType> types = [] {
    std::vector<PmksType> out;
    out.reserve(std::size(kTypes));
    for (const TypeRow& row : kTypes) {
      out.push_back(toType(row));
    }
    return out;
  }();
  return types;
}

} // namespace simpul::domain
