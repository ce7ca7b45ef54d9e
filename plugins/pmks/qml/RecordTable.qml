import QtQuick
import QtQuick.Controls
import Simpul.Components
import Simpul.Pmks

// The table of PMKS records every list page shows, over a RecordListModel.
PagedTable {
    id: root

    emptyText: qsTr("Tidak ada data PMKS yang sesuai")
    searchPlaceholder: qsTr("Cari nama atau NIK…")
    columns: [
        { role: "nik", title: qsTr("NIK"), width: 160 },
        { role: "fullName", title: qsTr("Nama"), width: 0.3 },
        { role: "typeName", title: qsTr("Jenis PMKS"), width: 0.3,
          format: (value, row) => row.typeOrder + ". " + value },
        { role: "period", title: qsTr("Periode"), width: 80 },
        { role: "wilayahName", title: qsTr("Desa/Kelurahan"), width: 0.2 },
        { role: "statusText", title: qsTr("Status"), width: 120 }
    ]
}
