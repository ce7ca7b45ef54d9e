import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components
import Simpul.Pmks

// Step 3 of the import wizard (ImportWizardPage): what the server did with the file (rows
// read, records created, already there, persons created, rows failed), why the import did
// not complete when it did not, the bad rows by line and column, and saving them as a CSV
// error report.
ColumnLayout {
    id: root

    property ImportJob job
    property string reportMessage
    property bool reportOk: false
    property alias reportPath: reportField.text
    readonly property alias errorTable: errorTable

    signal saveAsRequested()
    signal saveRequested(string path)
    signal restartRequested()

    spacing: Theme.spacingM

    ErrorBanner {
        objectName: "importError"
        Layout.fillWidth: true
        text: root.job ? root.job.error : ""
    }

    GridLayout {
        objectName: "counts"
        columns: 2
        columnSpacing: Theme.spacingXl
        rowSpacing: Theme.spacingXs
        Repeater {
            model: root.job ? [
                { key: "rowsRead", text: qsTr("Baris dibaca"), value: root.job.rowsRead },
                { key: "recordsCreated", text: qsTr("Data baru dibuat"), value: root.job.recordsCreated },
                { key: "recordsExisting", text: qsTr("Sudah ada (tidak dibuat lagi)"), value: root.job.recordsExisting },
                { key: "personsCreated", text: qsTr("Orang baru di registri"), value: root.job.personsCreated },
                { key: "rowsFailed", text: qsTr("Baris gagal"), value: root.job.rowsFailed },
                { key: "legacyReviewAdvised", text: qsTr("Jenis lama, perlu ditinjau"), value: root.job.legacyReviewAdvised }
            ] : []
            delegate: RowLayout {
                required property var modelData
                objectName: "count_" + modelData.key
                Layout.columnSpan: 1
                spacing: Theme.spacingS
                Label {
                    text: modelData.text
                    color: Theme.text
                    Layout.preferredWidth: 240
                }
                Label {
                    objectName: "value"
                    text: String(modelData.value)
                    font.bold: true
                    color: modelData.key === "rowsFailed" && modelData.value > 0 ? Theme.danger
                                                                                  : Theme.text
                }
            }
        }
    }

    Label {
        visible: root.job !== null && root.job.errorsTruncated
        text: qsTr("Daftar kesalahan dipotong pada 10.000 baris.")
        color: Theme.warning
    }

    Label {
        text: qsTr("Baris yang gagal")
        font.bold: true
        color: Theme.text
    }
    PagedTable {
        id: errorTable
        objectName: "errorTable"
        model: root.job ? root.job.errors : null
        emptyText: qsTr("Tidak ada baris yang gagal.")
        Layout.fillWidth: true
        Layout.fillHeight: true
        columns: [
            { role: "line", title: qsTr("Baris"), width: 70, align: Text.AlignRight },
            { role: "column", title: qsTr("Kolom"), width: 160,
              format: value => value === "" ? qsTr("(seluruh baris)") : value },
            { role: "message", title: qsTr("Alasan"), width: 0.75 },
            { role: "reason", title: qsTr("Kode"), width: 0.25 }
        ]
    }

    RowLayout {
        spacing: Theme.spacingS
        Layout.fillWidth: true
        TextField {
            id: reportField
            objectName: "reportPath"
            placeholderText: qsTr("Lokasi laporan kesalahan (.csv)")
            selectByMouse: true
            enabled: root.job !== null && root.job.errors.count > 0
            Layout.fillWidth: true
            Accessible.name: qsTr("Lokasi laporan kesalahan")
        }
        Button {
            objectName: "saveAsButton"
            text: qsTr("Simpan laporan kesalahan…")
            enabled: root.job !== null && root.job.errors.count > 0
            onClicked: root.saveAsRequested()
        }
        Button {
            objectName: "saveButton"
            text: qsTr("Simpan")
            enabled: root.job !== null && root.job.errors.count > 0 && reportField.text.trim() !== ""
            onClicked: root.saveRequested(reportField.text.trim())
        }
    }
    Label {
        objectName: "reportMessage"
        visible: root.reportMessage !== ""
        text: root.reportMessage
        color: root.reportOk ? Theme.success : Theme.danger
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    RowLayout {
        Item { Layout.fillWidth: true }
        Button {
            objectName: "restartButton"
            text: qsTr("Impor berkas lain")
            onClicked: root.restartRequested()
        }
    }
}
