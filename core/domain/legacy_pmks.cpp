// The pre-2012 list of 22 PMKS types, still found in legacy spreadsheets and older SIKS
// exports, with a total mapping onto the 26 types of Permensos 08/2012: every old type maps to
// exactly one current type, so an import never has to drop a record for want of a type.
//
// Where the old type was split or has no exact successor the mapping is a judgement, marked
// reviewAdvised so importers can flag those records at verification:
// - Anak Nakal -> 3 Anak yang Berhadapan dengan Hukum: UU 11/2012 (SPPA) replaced the term.
// - Korban Tindak Kekerasan -> 19: victims under 18 belong in 6, but the name alone does not
//   say the age; verification moves them.
// - Penyandang Cacat -> 9 Penyandang Disabilitas: children belong in 5, as above. The old list
//   recorded no disability kind, so types 5 and 9 still need one at verification.
// - Keluarga Berumah Tidak Layak Huni -> 24 Fakir Miskin: the 2012 list has no housing type;
//   an unfit dwelling is one of the fakir miskin indicators and RS-RTLH aid is a poverty
//   programme.
// - Keluarga Rentan -> 24 Fakir Miskin: the old definition is a young family just above the
//   poverty line that cannot meet basic needs, an economic rather than a relational problem
//   (which would be 25).
// - Pekerja Migran Terlantar -> 20 Pekerja Migran Bermasalah Sosial and Bekas Narapidana ->
//   15 are renamings and not flagged.
//
// Aliases are spellings seen in old data (abbreviations, "tak" for "tidak", older terms). An
// alias must not equal a current type's name unless both map to the same type.

#include "domain/folded_name_index_p.h"
#include "domain/pmks_catalog.h"

#include <iterator>
#include <span>

namespace simpul::domain {
namespace {

struct LegacyRow {
  int order;
  std::string_view name;
  std::span<const std::string_view> aliases;
  int targetOrder;
  bool reviewAdvised;
};

constexpr std::span<const std::string_view> kNoAliases{};

constexpr std::string_view kAnakNakal[] = {"Anak Berkonflik dengan Hukum"};
constexpr std::string_view kWrse[] = {"WRSE"};
constexpr std::string_view kKtk[] = {"Korban Tindak Kekerasan atau Diperlakukan Salah"};
constexpr std::string_view kLansia[] = {"Lansia Terlantar"};
constexpr std::string_view kPenca[] = {"Penca"};
constexpr std::string_view kTunaSusila[] = {"Wanita Tuna Susila", "WTS", "Tunasusila"};
constexpr std::string_view kNapi[] = {"Eks Narapidana", "Mantan Narapidana",
                                      "Bekas Warga Binaan Lembaga Kemasyarakatan"};
constexpr std::string_view kNapza[] = {"Korban NAPZA"};
constexpr std::string_view kRtlh[] = {"Keluarga Berumah Tak Layak Huni", "Rumah Tidak Layak Huni",
                                      "RTLH"};
constexpr std::string_view kKbsp[] = {"KBSP"};
constexpr std::string_view kKat[] = {"KAT"};
constexpr std::string_view kBencanaSosial[] = {"Korban Bencana Sosial/Pengungsi", "Pengungsi"};
constexpr std::string_view kMigran[] = {"TKI Bermasalah", "Pekerja Migran Bermasalah"};
constexpr std::string_view kHiv[] = {"Penyandang HIV/AIDS", "ODHA"};

constexpr LegacyRow kLegacy[] = {
    {1, "Anak Balita Terlantar", kNoAliases, 1, false},
    {2, "Anak Terlantar", kNoAliases, 2, false},
    {3, "Anak Nakal", kAnakNakal, 3, true},
    {4, "Anak Jalanan", kNoAliases, 4, false},
    {5, "Wanita Rawan Sosial Ekonomi", kWrse, 23, false},
    {6, "Korban Tindak Kekerasan", kKtk, 19, true},
    {7, "Lanjut Usia Terlantar", kLansia, 8, false},
    {8, "Penyandang Cacat", kPenca, 9, true},
    {9, "Tuna Susila", kTunaSusila, 10, false},
    {10, "Pengemis", kNoAliases, 12, false},
    {11, "Gelandangan", kNoAliases, 11, false},
    {12, "Bekas Narapidana", kNapi, 15, false},
    {13, "Korban Penyalahgunaan NAPZA", kNapza, 17, false},
    {14, "Keluarga Fakir Miskin", kNoAliases, 24, false},
    {15, "Keluarga Berumah Tidak Layak Huni", kRtlh, 24, true},
    {16, "Keluarga Bermasalah Sosial Psikologis", kKbsp, 25, false},
    {17, "Komunitas Adat Terpencil", kKat, 26, false},
    {18, "Korban Bencana Alam", kNoAliases, 21, false},
    {19, "Korban Bencana Sosial atau Pengungsi", kBencanaSosial, 22, false},
    {20, "Pekerja Migran Terlantar", kMigran, 20, false},
    {21, "Penderita HIV/AIDS", kHiv, 16, false},
    {22, "Keluarga Rentan", kNoAliases, 24, true},
};

} // namespace

const std::vector<LegacyPmksType>& legacyPmksTypes() {
  static const std::vector<LegacyPmksType> types = [] {
    std::vector<LegacyPmksType> out;
    out.reserve(std::size(kLegacy));
    for (const LegacyRow& row : kLegacy) {
      LegacyPmksType type;
      type.order = row.order;
      type.name = std::string(row.name);
      for (std::string_view alias : row.aliases) {
        type.aliases.emplace_back(alias);
      }
      type.targetOrder = row.targetOrder;
      type.reviewAdvised = row.reviewAdvised;
      out.push_back(std::move(type));
    }
    return out;
  }();
  return types;
}

const LegacyPmksType* findLegacyPmksType(std::string_view name) {
  static const FoldedNameIndex<LegacyPmksType> index = [] {
    FoldedNameIndex<LegacyPmksType> names;
    for (const LegacyPmksType& type : legacyPmksTypes()) {
      names.add(type.name, &type);
      for (const std::string& alias : type.aliases) {
        names.add(alias, &type);
      }
    }
    return names;
  }();
  return index.find(name);
}

const PmksType* mapLegacyPmksName(std::string_view name) {
  const LegacyPmksType* legacy = findLegacyPmksType(name);
  return legacy ? findPmksTypeByOrder(legacy->targetOrder) : nullptr;
}

} // namespace simpul::domain
