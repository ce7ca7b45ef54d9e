import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components
import Simpul.Pmks

// Step 1 of the import wizard (ImportWizardPage): the file's path with "Pilih berkas…", the
// template's columns in words, then the preview of the chosen file (its first rows, which
// template columns it has, what is missing) and the status to import into.
ColumnLayout {
    id: root

    property ImportJob job
    // [{value, text}]
    property var statusChoices: []
    property alias path: pathField.text
    readonly property alias statusBox: statusBox
    readonly property alias previewTable: previewTable
    readonly property int targetStatus: statusBox.currentIndex >= 0
                                        && statusBox.currentIndex < statusChoices.length
                                        ? statusChoices[statusBox.currentIndex].value : 0
    readonly property bool _shown: job !== null && job.previewReady && !job.previewing
                                   && job.previewError === ""
    readonly property var _missingOptional: job === null ? [] : job.missingColumns.filter(
        c => job.requiredColumns.indexOf(c) < 0)

    signal browseRequested()
    signal previewRequested(string path)
    signal startRequested()

    spacing: Theme.spacingM

    RowLayout {
        spacing: Theme.spacingS
        Layout.fillWidth: true
        TextField {
            id: pathField
            objectName: "pathField"
            placeholderText: qsTr("Lokasi berkas .csv atau .xlsx")
            selectByMouse: true
            Layout.fillWidth: true
            Accessible.name: qsTr("Berkas impor")
            onAccepted: if (text.trim() !== "") root.previewRequested(text.trim())
        }
        Button {
            objectName: "browseButton"
            text: qsTr("Pilih berkas…")
            onClicked: root.browseRequested()
        }
        Button {
            objectName: "previewButton"
            text: qsTr("Pratinjau")
            enabled: pathField.text.trim() !== ""
            onClicked: root.previewRequested(pathField.text.trim())
        }
    }

    Label {
        objectName: "templateHelp"
        text: qsTr("Templat: baris pertama berisi nama kolom (urutan bebas, kolom lain diabaikan): %1. Kolom wajib: %2.")
              .arg(root.job ? root.job.templateColumns.join(", ") : "")
              .arg(root.job ? root.job.requiredColumns.join(", ") : "")
        wrapMode: Text.Wrap
        color: Theme.text
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("jenis_kelamin L/P (kosong: dari NIK); tanggal_lahir TTTT-BB-HH, HH-BB-TTTT atau HH/BB/TTTT; kode_wilayah kode desa/kelurahan; jenis_pmks nomor 1-26 atau nama jenisnya; jenis_disabilitas fisik, intelektual, mental, sensorik atau ganda (beberapa dipisah ;); periode 2021 atau 2021-S1.")
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontSizeSmall
        Layout.fillWidth: true
    }

    RowLayout {
        visible: root.job !== null && root.job.previewing
        spacing: Theme.spacingS
        BusyIndicator {
            running: parent.visible
            Layout.preferredWidth: Theme.controlHeight
            Layout.preferredHeight: Theme.controlHeight
        }
        Label {
            text: qsTr("Membaca berkas…")
            color: Theme.textMuted
        }
    }

    ErrorBanner {
        objectName: "previewError"
        Layout.fillWidth: true
        text: root.job && root.job.previewReady && !root.job.previewing ? root.job.previewError : ""
    }

    Label {
        objectName: "fileSummary"
        visible: root._shown
        text: root._shown
              ? qsTr("%1: %2 baris data. Pratinjau %3 baris pertama:")
                .arg(root.job.previewPath.split("/").pop()).arg(root.job.fileRows)
                .arg(root.job.previewRows.count)
              : ""
        color: Theme.text
        Layout.fillWidth: true
        elide: Text.ElideMiddle
    }

    // The template's columns: found (✓) or missing (✗); * marks a required one.
    Flow {
        objectName: "columnCheck"
        visible: root._shown
        spacing: Theme.spacingXs
        Layout.fillWidth: true
        Repeater {
            model: root.job ? root.job.templateColumns : []
            Rectangle {
                id: chip
                required property string modelData
                readonly property bool present: root.job.presentColumns.indexOf(modelData) >= 0
                readonly property bool required: root.job.requiredColumns.indexOf(modelData) >= 0
                objectName: "column_" + modelData
                width: chipText.implicitWidth + 2 * Theme.spacingS
                height: chipText.implicitHeight + Theme.spacingXs
                radius: Theme.radius
                color: present ? Theme.surface : (required ? Theme.dangerSurface : Theme.surfaceAlt)
                border.color: present ? Theme.success : (required ? Theme.danger : Theme.border)
                Label {
                    id: chipText
                    anchors.centerIn: parent
                    text: (chip.present ? "✓ " : "✗ ") + chip.modelData + (chip.required ? " *" : "")
                    color: chip.present ? Theme.success : (chip.required ? Theme.danger : Theme.textMuted)
                    font.pixelSize: Theme.fontSizeSmall
                }
            }
        }
    }

    ErrorBanner {
        objectName: "missingRequired"
        Layout.fillWidth: true
        text: root._shown && root.job.missingRequired.length > 0
              ? qsTr("Kolom wajib tidak ada: %1. Tambahkan kolom itu pada baris judul berkas, lalu pratinjau lagi.")
                .arg(root.job.missingRequired.join(", "))
              : ""
    }
    Label {
        objectName: "missingOptional"
        visible: root._shown && root._missingOptional.length > 0
        text: qsTr("Kolom tidak wajib yang tidak ada (dibiarkan kosong): %1.")
              .arg(root._missingOptional.join(", "))
        wrapMode: Text.Wrap
        color: Theme.textMuted
        Layout.fillWidth: true
    }

    PagedTable {
        id: previewTable
        objectName: "previewTable"
        visible: root._shown
        model: root.job ? root.job.previewRows : null
        columns: root.job ? root.job.previewColumns : []
        emptyText: qsTr("Berkas tidak berisi baris data")
        Layout.fillWidth: true
        Layout.fillHeight: true
    }
    Item {
        visible: !root._shown
        Layout.fillHeight: true
    }

    RowLayout {
        spacing: Theme.spacingS
        Layout.fillWidth: true
        Label {
            text: qsTr("Impor sebagai")
            color: Theme.text
        }
        ComboBox {
            id: statusBox
            objectName: "statusBox"
            model: root.statusChoices
            textRole: "text"
            valueRole: "value"
            enabled: root.statusChoices.length > 0
            Layout.preferredWidth: 180
            Accessible.name: qsTr("Status data hasil impor")
        }
        Label {
            text: qsTr("PSM mengimpor sebagai Draf. Status di atas Draf untuk data lama dan hanya untuk Dinas Sosial, yang dapat mengimpornya langsung sebagai Tervalidasi.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
            Layout.fillWidth: true
        }
        Button {
            objectName: "startButton"
            text: qsTr("Mulai impor")
            highlighted: true
            enabled: root.job !== null && root.job.canStart
            onClicked: root.startRequested()
        }
    }
}
