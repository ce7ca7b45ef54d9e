import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components
import Simpul.Pmks

// Rekap PMKS: counts per wilayah x type by sex for a period (GetRecap), as a table and a bar
// chart by type. Opening a row goes one level down: from a wilayah's own totals to its
// children, from a kecamatan's row to its desa.
FocusScope {
    id: root

    property string wilayahCode
    property int level: 0
    readonly property alias recap: recapModel
    readonly property alias table: recapTable
    // Ready once the wilayah picker has settled on its code (it fills its fixed levels in
    // after the page is made, and picked() sets wilayahCode) and the recap has answered for
    // exactly that code: an answer for the code before it does not count.
    readonly property bool pickerSettled: Client.session !== null && Client.session.signedIn
                                          && picker.scope.length > 0
                                          && recapModel.wilayahCode === picker.code
    property bool pageLoaded: pickerSettled && recapModel.ready && !recapModel.loading

    readonly property var _levelChoices: [
        { value: 0, text: qsTr("Total wilayah terpilih") },
        { value: 1, text: qsTr("Per provinsi") },
        { value: 2, text: qsTr("Per kabupaten/kota") },
        { value: 3, text: qsTr("Per kecamatan") },
        { value: 4, text: qsTr("Per desa/kelurahan") }
    ]
    readonly property var _statusChoices: [
        { value: 4, text: PmksTypes.statusText(4) },
        { value: -1, text: PmksTypes.statusText(0) },
        { value: 1, text: PmksTypes.statusText(1) },
        { value: 2, text: PmksTypes.statusText(2) },
        { value: 3, text: PmksTypes.statusText(3) },
        { value: 5, text: PmksTypes.statusText(5) }
    ]

    readonly property alias exportDialog: exportDialog
    // The recap shown, to a file (anyone who may read it: it holds counts only).
    function openExport() {
        exportDialog.openFor({ wilayahCode: recapModel.wilayahCode,
                               wilayahName: picker.code === recapModel.wilayahCode
                                            ? picker.displayName : "",
                               period: recapModel.period, level: recapModel.level,
                               status: recapModel.status },
                             ["rekap-pmks", recapModel.wilayahCode, recapModel.period]
                             .filter(part => part !== "").join("-"))
    }

    // One level down from `row` (a map with wilayahCode); false at the lowest level.
    function drillDown(row) {
        if (level === 0) {
            const below = recapModel.levelBelow(row.wilayahCode)
            if (below === 0)
                return false
            level = below
            return true
        }
        if (level >= 4)
            return false
        wilayahCode = row.wilayahCode
        level = level + 1
        picker.select(row.wilayahCode, row.wilayahName)
        return true
    }

    RecapModel {
        id: recapModel
        wilayahCode: root.wilayahCode
        period: periodPicker.period
        level: root.level
        status: statusBox.currentValue === undefined ? 4 : statusBox.currentValue
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingM

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Rekap PMKS")
            subtitle: qsTr("Jumlah PMKS / PPKS per wilayah dan jenis, menurut jenis kelamin. Buka baris untuk turun satu tingkat wilayah.")
            Button {
                objectName: "exportRecapButton"
                text: qsTr("Ekspor…")
                enabled: recapModel.ready && recapModel.period !== ""
                onClicked: root.openExport()
            }
        }

        WilayahPicker {
            id: picker
            objectName: "wilayahPicker"
            permission: "pmks.recap.read"
            Layout.fillWidth: true
            onPicked: (code, name) => root.wilayahCode = code
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ComboBox {
                id: modeBox
                objectName: "periodMode"
                model: [qsTr("Tahunan"), qsTr("Semester")]
                Layout.preferredWidth: 130
                Accessible.name: qsTr("Jenis periode")
            }
            PeriodPicker {
                id: periodPicker
                objectName: "periodPicker"
                mode: modeBox.currentIndex === 1 ? "semester" : "year"
            }
            ComboBox {
                id: levelBox
                objectName: "levelBox"
                model: root._levelChoices
                textRole: "text"
                valueRole: "value"
                currentIndex: root.level
                onActivated: index => root.level = index
                Layout.preferredWidth: 210
                Accessible.name: qsTr("Tingkat")
            }
            ComboBox {
                id: statusBox
                objectName: "statusBox"
                model: root._statusChoices
                textRole: "text"
                valueRole: "value"
                Layout.preferredWidth: 160
                Accessible.name: qsTr("Status")
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "grandTotal"
                text: qsTr("Jumlah: %1").arg(recapModel.grandTotal)
                font.bold: true
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingL

            PagedTable {
                id: recapTable
                objectName: "recapTable"
                model: recapModel
                emptyText: qsTr("Tidak ada data untuk pilihan ini")
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                columns: [
                    { role: "wilayahName", title: qsTr("Wilayah"), width: 0.35 },
                    { role: "typeName", title: qsTr("Jenis PMKS"), width: 0.65,
                      format: (value, row) => row.typeOrder + ". " + value },
                    { role: "male", title: qsTr("L"), width: 60, align: Text.AlignRight },
                    { role: "female", title: qsTr("P"), width: 60, align: Text.AlignRight },
                    { role: "total", title: qsTr("Jumlah"), width: 80, align: Text.AlignRight }
                ]
                onActivated: (row, rowData) => root.drillDown(rowData)
            }

            // The bar chart by type: one bar per type, as long as its share of the largest.
            Rectangle {
                Layout.fillHeight: true
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius

                ListView {
                    id: chart
                    objectName: "typeChart"
                    anchors.fill: parent
                    anchors.margins: Theme.spacingM
                    clip: true
                    spacing: Theme.spacingXs
                    model: recapModel.typeTotals
                    readonly property real maxTotal: recapModel.typeTotals.length > 0
                                                     ? Number(recapModel.typeTotals[0].total) : 1
                    delegate: ColumnLayout {
                        required property var modelData
                        width: chart.width
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: modelData.typeOrder + ". " + modelData.typeName
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontSizeSmall
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            Rectangle {
                                objectName: "bar_" + modelData.typeOrder
                                Layout.preferredHeight: 12
                                Layout.preferredWidth: Math.max(2, (chart.width - 60)
                                                                * Number(modelData.total) / chart.maxTotal)
                                color: Theme.accent
                                radius: 2
                            }
                            Label {
                                text: String(modelData.total)
                                font.pixelSize: Theme.fontSizeSmall
                            }
                        }
                    }
                }
            }
        }
    }

    ExportDialog {
        id: exportDialog
        objectName: "exportDialog"
        kind: "recap"
    }
}
