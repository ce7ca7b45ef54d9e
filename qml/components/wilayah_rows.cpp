#include "wilayah_rows.h"

namespace simpul::components {

namespace v1 = simpul::core::v1;

namespace {

QString typeSlug(v1::WilayahType type) {
  switch (type) {
  case v1::WILAYAH_TYPE_PROVINSI:
    return QStringLiteral("provinsi");
  case v1::WILAYAH_TYPE_KABUPATEN:
    return QStringLiteral("kabupaten");
  case v1::WILAYAH_TYPE_KOTA:
    return QStringLiteral("kota");
  case v1::WILAYAH_TYPE_KECAMATAN:
    return QStringLiteral("kecamatan");
  case v1::WILAYAH_TYPE_KELURAHAN:
    return QStringLiteral("kelurahan");
  case v1::WILAYAH_TYPE_DESA:
    return QStringLiteral("desa");
  case v1::WILAYAH_TYPE_DESA_ADAT:
    return QStringLiteral("desa_adat");
  default:
    return QString();
  }
}

} // namespace

const QStringList& wilayahRoleNames() {
  static const QStringList roles{QStringLiteral("name"),        QStringLiteral("code"),
                                 QStringLiteral("displayName"), QStringLiteral("level"),
                                 QStringLiteral("type"),        QStringLiteral("parentCode")};
  return roles;
}

QVariantMap wilayahRow(const v1::Wilayah& wilayah) {
  return {
      {QStringLiteral("name"), QString::fromStdString(wilayah.name())},
      {QStringLiteral("code"), QString::fromStdString(wilayah.code())},
      {QStringLiteral("displayName"), QString::fromStdString(wilayah.display_name())},
      {QStringLiteral("level"), static_cast<int>(wilayah.level())},
      {QStringLiteral("type"), typeSlug(wilayah.type())},
      {QStringLiteral("parentCode"), QString::fromStdString(wilayah.parent_code())},
  };
}

} // namespace simpul::components
