#pragma once

namespace simpul::domain {

// Sex as recorded on the KTP/NIK: L (laki-laki) or P (perempuan).
enum class Sex { Male, Female };

} // namespace simpul::domain
