#pragma once

#include "simpul/core/v1/wilayah.pb.h"

#include <QStringList>
#include <QVariantMap>

namespace simpul::components {

// The roles every wilayah list of this module exposes, in role order.
const QStringList& wilayahRoleNames();

// A wilayah as a row: name ("wilayah/32.04"), code, displayName, level (1..4), type
// ("provinsi", "kabupaten", "kota", "kecamatan", "kelurahan", "desa", "desa_adat"),
// parentCode.
QVariantMap wilayahRow(const simpul::core::v1::Wilayah& wilayah);

} // namespace simpul::components
