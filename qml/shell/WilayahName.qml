import QtQuick
import Simpul.Components

// The name of a wilayah for a dotted code ("32.04" → "Kabupaten Bandung",
// "32.04.12" → "Kecamatan Dayeuhkolot"), asked of the data service. `name` is the code
// itself until the answer arrives (or if it never does); "" is all of Indonesia.
QtObject {
    id: root

    property string code
    readonly property string found: code !== "" && names.names[code] !== undefined
                                    ? names.names[code] : ""
    readonly property string name: code === "" ? qsTr("Seluruh Indonesia")
                                               : (found !== "" ? titled(found) : code)
    // The lookup has finished, found or not.
    readonly property bool done: code === "" || found !== "" || (!names.loading && names.error !== "")

    // Kecamatan and desa names carry no kind in the list ("Dayeuhkolot"); kab/kota and
    // provinsi names do ("Kabupaten Bandung"). The kind follows from the code (Kemendagri:
    // a desa code's last part starts with 1 for a kelurahan, 2 or 3 for a desa).
    function titled(name) {
        const parts = code.split(".")
        if (parts.length === 3)
            return qsTr("Kecamatan %1").arg(name)
        if (parts.length === 4)
            return parts[3].charAt(0) === "1" ? qsTr("Kelurahan %1").arg(name)
                                              : qsTr("Desa %1").arg(name)
        return name
    }

    property WilayahNames names: WilayahNames {
        codes: root.code !== "" ? [root.code] : []
    }
}
