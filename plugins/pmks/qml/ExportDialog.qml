import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Simpul.Components
import Simpul.Pmks

// Ekspor: writes what a page shows to a file. kind "records": the records of the list's
// filters, as CSV or XLSX (the NIK as the server sends it: masked unless the user may read
// it); kind "recap": the recap shown, as CSV, XLSX or PDF. The page calls openFor() with its
// filters of the moment and a file name; the user picks the format and the file (typed, or
// "Pilih…" for a save dialog), then "Ekspor". While it runs the records written so far show;
// "Batal" stops it, and no file is left behind.
//
//   ExportDialog { id: exportDialog; kind: "records" }
//   Button { text: qsTr("Ekspor…"); onClicked: exportDialog.openFor(filter, "data-pmks-32.04") }
Dialog {
    id: root

    property string kind: "records"
    property string format: "xlsx"
    property alias path: pathField.text
    // What openFor() was given: ExportJob.exportRecords' filter or exportRecap's params.
    property var request: ({})
    // A line above the choices, e.g. what the export leaves out.
    property string note
    property string resultText
    property bool resultOk: false
    readonly property alias job: exportJob
    readonly property var formats: kind === "recap" ? ["csv", "xlsx", "pdf"] : ["csv", "xlsx"]

    // Opens the dialog for `request`, proposing `fileStem`.<format> in the documents folder.
    // While an export runs it only shows it again.
    function openFor(request, fileStem) {
        if (!exportJob.running) {
            root.request = request
            resultText = ""
            resultOk = false
            if (formats.indexOf(format) < 0)
                format = formats[formats.length - 1]
            path = exportJob.suggestedPath(fileStem + "." + format)
        }
        open()
    }

    function start() {
        resultText = ""
        resultOk = false
        if (kind === "recap")
            exportJob.exportRecap(request, format, path)
        else
            exportJob.exportRecords(request, format, path)
    }

    function _withFormat(file, suffix) {
        const known = /\.(csv|xlsx|pdf)$/i
        return known.test(file) ? file.replace(known, "." + suffix) : file
    }

    onFormatChanged: path = _withFormat(path, format)

    parent: Overlay.overlay
    x: parent ? Math.round((parent.width - width) / 2) : 0
    y: parent ? Math.round((parent.height - height) / 3) : 0
    width: parent ? Math.min(560, parent.width - 2 * Theme.spacingXl) : 560
    modal: true
    focus: true
    closePolicy: exportJob.running ? Popup.NoAutoClose : Popup.CloseOnEscape
    padding: Theme.spacingXl
    topPadding: Theme.spacingL

    ExportJob {
        id: exportJob
        onFinished: (ok, message, file) => {
            root.resultOk = ok
            root.resultText = message
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Simpan ekspor sebagai")
        fileMode: FileDialog.SaveFile
        defaultSuffix: root.format
        nameFilters: [qsTr("Berkas %1 (*.%2)").arg(root.format.toUpperCase()).arg(root.format)]
        onAccepted: root.path = exportJob.localPath(selectedFile)
    }

    header: Label {
        objectName: "exportTitle"
        text: root.kind === "recap" ? qsTr("Ekspor rekap PMKS") : qsTr("Ekspor data PMKS")
        font.pixelSize: Theme.fontSizeLarge
        font.bold: true
        color: Theme.text
        elide: Text.ElideRight
        leftPadding: Theme.spacingXl
        rightPadding: Theme.spacingXl
        topPadding: Theme.spacingL
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingM

        Label {
            objectName: "exportNote"
            visible: root.note !== ""
            text: root.note
            wrapMode: Text.Wrap
            color: Theme.textMuted
            Layout.fillWidth: true
        }

        Label {
            text: qsTr("Format")
            color: Theme.text
        }
        RowLayout {
            spacing: Theme.spacingL
            Repeater {
                model: root.formats
                RadioButton {
                    required property string modelData
                    objectName: "exportFormat_" + modelData
                    text: modelData.toUpperCase()
                    checked: root.format === modelData
                    enabled: !exportJob.running
                    onToggled: if (checked) root.format = modelData
                }
            }
        }

        Label {
            text: qsTr("Berkas tujuan")
            color: Theme.text
        }
        RowLayout {
            spacing: Theme.spacingS
            Layout.fillWidth: true
            TextField {
                id: pathField
                objectName: "exportPath"
                enabled: !exportJob.running
                selectByMouse: true
                Layout.fillWidth: true
                Accessible.name: qsTr("Berkas tujuan")
            }
            Button {
                objectName: "exportBrowseButton"
                text: qsTr("Pilih…")
                enabled: !exportJob.running
                onClicked: {
                    const slash = root.path.lastIndexOf("/")
                    if (slash > 0)
                        fileDialog.currentFolder = exportJob.fileUrl(root.path.substring(0, slash))
                    if (root.path !== "")
                        fileDialog.selectedFile = exportJob.fileUrl(root.path)
                    fileDialog.open()
                }
            }
        }

        RowLayout {
            visible: exportJob.running
            spacing: Theme.spacingS
            BusyIndicator {
                running: exportJob.running
                Layout.preferredWidth: Theme.controlHeight
                Layout.preferredHeight: Theme.controlHeight
            }
            Label {
                objectName: "exportProgress"
                text: root.kind === "recap"
                      ? qsTr("Menyiapkan rekap…")
                      : qsTr("%1 data ditulis…").arg(Number(exportJob.rowsWritten)
                                                     .toLocaleString(Qt.locale(), "f", 0))
                color: Theme.text
            }
        }

        Label {
            objectName: "exportResult"
            visible: text !== ""
            text: root.resultText
            wrapMode: Text.Wrap
            color: root.resultOk ? Theme.success : Theme.danger
            Layout.fillWidth: true
        }
    }

    footer: DialogButtonBox {
        padding: Theme.spacingL
        spacing: Theme.spacingS
        alignment: Qt.AlignRight

        Button {
            objectName: "exportCancelButton"
            // Stops a running export; otherwise closes the dialog.
            text: exportJob.running || !root.resultOk ? qsTr("Batal") : qsTr("Tutup")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: exportJob.running ? exportJob.cancel() : root.close()
        }
        Button {
            objectName: "exportStartButton"
            text: qsTr("Ekspor")
            highlighted: true
            enabled: !exportJob.running && root.path.trim() !== ""
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: root.start()
        }
    }
}
