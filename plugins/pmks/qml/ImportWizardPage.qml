import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Simpul.Components
import Simpul.Pmks

// Impor data PMKS: a CSV or XLSX file of the import template into PMKS records, in three
// steps. 1) choose the file (typed, or "Pilih berkas…" for a file dialog): its header, first
// rows and template columns are shown, and the status to import into is chosen; 2) the
// import, with its progress and "Batal"; 3) the server's counts and the bad rows, which
// "Simpan laporan kesalahan…" writes as CSV (baris,kolom,alasan, as `simpulctl pmks import
// --errors`). The work is ImportJob's (import_job.h); the server decides every row.
FocusScope {
    id: root

    // Nothing to load: the page is ready as soon as it is shown.
    property bool pageLoaded: true
    readonly property alias job: importJob
    readonly property alias chooser: chooseStep
    readonly property alias result: resultStep
    property alias filePath: chooseStep.path
    property alias reportPath: resultStep.reportPath
    // 0: choose and preview, 1: importing, 2: result.
    readonly property int step: importJob.running ? 1 : (importJob.done ? 2 : 0)
    // [{value, text}]: the statuses ImportJob allows (the server's rule), lowest first.
    readonly property var statusChoices: importJob.allowedStatuses.map(
        s => ({ value: s, text: PmksTypes.statusText(s) }))
    property bool cancelling: false
    property string reportMessage
    property bool reportOk: false

    function previewFile(path) {
        filePath = importJob.localPath(path)
        importJob.preview(filePath)
    }
    // Imports the previewed file into `status` (the chosen one when not given); false when
    // the preview says it cannot go (ImportJob.canStart) or the status is not allowed.
    function startImport(status) {
        if (!importJob.canStart)
            return false
        reportMessage = ""
        cancelling = false
        return importJob.start(importJob.previewPath,
                               status === undefined ? chooseStep.targetStatus : status)
    }
    function cancelImport() {
        cancelling = true
        importJob.cancel()
    }
    // Writes the error report to `path`; true when it was written.
    function saveReport(path) {
        reportPath = importJob.localPath(path)
        const error = importJob.saveErrorReport(reportPath)
        reportOk = error === ""
        reportMessage = reportOk ? qsTr("Laporan kesalahan disimpan di %1.").arg(reportPath)
                                 : error
        return reportOk
    }
    // Back to step 1 (the preview of the last file stays).
    function restart() {
        reportMessage = ""
        importJob.clearResult()
    }

    ImportJob {
        id: importJob
        // A report path next to the file, ready for "Simpan".
        onFinished: ok => {
            if (importJob.previewPath !== "")
                root.reportPath = importJob.previewPath.replace(/\.[^./]*$/, "") + "-kesalahan.csv"
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Pilih berkas impor")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Berkas data (*.csv *.xlsx)"), qsTr("Semua berkas (*)")]
        onAccepted: root.previewFile(selectedFile.toString())
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Simpan laporan kesalahan")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("Berkas CSV (*.csv)")]
        onAccepted: root.saveReport(selectedFile.toString())
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
            title: qsTr("Impor data PMKS")
            subtitle: qsTr("Data PMKS / PPKS dari berkas CSV atau XLSX menurut templat. Baris yang benar disimpan, baris yang salah dilaporkan; mengimpor berkas yang sama lagi tidak membuat data ganda.")
        }

        // Where the wizard is.
        RowLayout {
            objectName: "stepRow"
            spacing: Theme.spacingL
            Repeater {
                model: [qsTr("1. Pilih berkas"), qsTr("2. Impor"), qsTr("3. Hasil")]
                Label {
                    required property string modelData
                    required property int index
                    text: modelData
                    font.bold: index === root.step
                    color: index === root.step ? Theme.accent : Theme.textMuted
                }
            }
        }

        ErrorBanner {
            objectName: "permissionBanner"
            Layout.fillWidth: true
            text: Client.session !== null && Client.session.signedIn
                  && root.statusChoices.length === 0
                  ? qsTr("Anda tidak berhak mengimpor data PMKS.") : ""
        }

        ImportChooseStep {
            id: chooseStep
            objectName: "chooseStep"
            visible: root.step === 0
            job: importJob
            statusChoices: root.statusChoices
            Layout.fillWidth: true
            Layout.fillHeight: true
            onBrowseRequested: openDialog.open()
            onPreviewRequested: path => root.previewFile(path)
            onStartRequested: root.startImport()
        }

        // Step 2: the import running.
        ColumnLayout {
            objectName: "progressStep"
            visible: root.step === 1
            spacing: Theme.spacingM
            Layout.fillWidth: true

            Label {
                text: qsTr("Mengimpor %1…").arg(importJob.previewPath.split("/").pop())
                elide: Text.ElideMiddle
                color: Theme.text
                Layout.fillWidth: true
            }
            ProgressBar {
                objectName: "progressBar"
                from: 0
                to: 1
                value: importJob.progress
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.spacingM
                Layout.fillWidth: true
                Label {
                    objectName: "rowsSent"
                    text: qsTr("%1 dari %2 baris terkirim (%3%)")
                          .arg(importJob.rowsSent).arg(importJob.fileRows)
                          .arg(Math.round(importJob.progress * 100))
                    color: Theme.text
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "cancelButton"
                    text: qsTr("Batal")
                    enabled: !root.cancelling
                    onClicked: root.cancelImport()
                }
            }
            Label {
                visible: root.cancelling
                text: qsTr("Membatalkan… Baris yang sudah terkirim mungkin sudah tersimpan.")
                color: Theme.textMuted
            }
        }

        ImportResultStep {
            id: resultStep
            objectName: "resultStep"
            visible: root.step === 2
            job: importJob
            reportMessage: root.reportMessage
            reportOk: root.reportOk
            Layout.fillWidth: true
            Layout.fillHeight: true
            onSaveAsRequested: saveDialog.open()
            onSaveRequested: path => root.saveReport(path)
            onRestartRequested: root.restart()
        }

        Item {
            visible: root.step === 1
            Layout.fillHeight: true
        }
    }
}
