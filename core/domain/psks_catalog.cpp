// The 12 PSKS (Potensi dan Sumber Kesejahteraan Sosial) of Permensos 08/2012, in its order.
// Slugs are stored in databases: never rename or reuse one. They spell the name out rather
// than use the abbreviation, because abbreviations are reused across programmes.

#include "domain/folded_name_index_p.h"
#include "domain/pmks_catalog.h"

#include <iterator>

namespace simpul::domain {
namespace {

struct PsksRow {
  int order;
  std::string_view slug;
  std::string_view nameId;
  std::string_view nameEn;
  std::string_view abbreviation;
};

constexpr PsksRow kPsks[] = {
    {1, "pekerja_sosial_profesional", "Pekerja Sosial Profesional", "Professional Social Worker",
     ""},
    {2, "pekerja_sosial_masyarakat", "Pekerja Sosial Masyarakat", "Community Social Worker", "PSM"},
    {3, "taruna_siaga_bencana", "Taruna Siaga Bencana", "Disaster Preparedness Youth Corps",
     "Tagana"},
    {4, "lembaga_kesejahteraan_sosial", "Lembaga Kesejahteraan Sosial",
     "Social Welfare Institution", "LKS"},
    {5, "karang_taruna", "Karang Taruna", "Village Youth Organisation (Karang Taruna)", ""},
    {6, "lembaga_konsultasi_kesejahteraan_keluarga", "Lembaga Konsultasi Kesejahteraan Keluarga",
     "Family Welfare Counselling Institution", "LK3"},
    {7, "keluarga_pioner", "Keluarga Pioner", "Pioneer Family", ""},
    {8, "wahana_kesejahteraan_sosial_berbasis_masyarakat",
     "Wahana Kesejahteraan Sosial Berbasis Masyarakat", "Community-Based Social Welfare Network",
     "WKSBM"},
    {9, "wanita_pemimpin_kesejahteraan_sosial", "Wanita Pemimpin Kesejahteraan Sosial",
     "Women Leaders in Social Welfare", ""},
    {10, "penyuluh_sosial", "Penyuluh Sosial", "Social Extension Worker", ""},
    {11, "tenaga_kesejahteraan_sosial_kecamatan", "Tenaga Kesejahteraan Sosial Kecamatan",
     "Subdistrict Social Welfare Worker", "TKSK"},
    {12, "dunia_usaha_kesejahteraan_sosial",
     "Dunia Usaha yang Melakukan Usaha Kesejahteraan Sosial",
     "Businesses Engaged in Social Welfare Work", ""},
};

} // namespace

const std::vector<PsksType>& psksTypes() {
  static const std::vector<PsksType> types = [] {
    std::vector<PsksType> out;
    out.reserve(std::size(kPsks));
    for (const PsksRow& row : kPsks) {
      out.push_back({row.order,
                     std::string(row.slug),
                     {std::string(row.nameId), std::string(row.nameEn)},
                     std::string(row.abbreviation)});
    }
    return out;
  }();
  return types;
}

const PsksType* findPsksTypeBySlug(std::string_view slug) {
  for (const PsksType& type : psksTypes()) {
    if (type.slug == slug) {
      return &type;
    }
  }
  return nullptr;
}

const PsksType* findPsksTypeByName(std::string_view name) {
  static const FoldedNameIndex<PsksType> index = [] {
    FoldedNameIndex<PsksType> names;
    for (const PsksType& type : psksTypes()) {
      names.add(type.name.id, &type);
      names.add(type.name.en, &type);
      names.add(type.abbreviation, &type);
    }
    return names;
  }();
  return index.find(name);
}

} // namespace simpul::domain
