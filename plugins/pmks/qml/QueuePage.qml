import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components
import Simpul.Pmks

// The records list with its filters, and a record's page over it when a row is opened. The
// review queues are this page with the status fixed (`fixedStatus`) and a batch step for
// every record shown (`batchAction`).
FocusScope {
    id: root

    property string title: qsTr("Data PMKS")
    property string subtitle
    // simpul.pmks.v1.RecordStatus the list is limited to; 0: the user chooses.
    property int fixedStatus: 0
    // "verify" or "validate": a button applies it to every record shown.
    property string batchAction
    property string batchText
    property string detailName
    property string lastBatchMessage
    readonly property alias records: recordModel
    readonly property alias table: recordTable
    readonly property alias wilayahPicker: picker
    // Ready (for the shell's App.pageReady and --screenshot) once the wilayah picker has
    // settled on its code, the list filters on that code and the list has answered for it:
    // an answer for an earlier code (the picker fills its fixed levels in after the list was
    // created) does not count, nor does a page still loading.
    readonly property bool pickerSettled: Client.session !== null && Client.session.signedIn
                                          && picker.scope.length > 0
                                          && recordModel.wilayahCode === picker.code
    property var _answeredFor: null
    property bool pageLoaded: pickerSettled && _answeredFor === picker.code
                              && !recordModel.loading
                              && (recordModel.count > 0 || recordModel.complete
                                  || recordModel.error !== "")

    readonly property var _statusChoices: [
        { value: 0, text: PmksTypes.statusText(0) },
        { value: 1, text: PmksTypes.statusText(1) },
        { value: 2, text: PmksTypes.statusText(2) },
        { value: 3, text: PmksTypes.statusText(3) },
        { value: 4, text: PmksTypes.statusText(4) },
        { value: 5, text: PmksTypes.statusText(5) }
    ]

    // The record form over the page: {} for a new record, a detail map to edit one.
    property var formRecord: null
    readonly property bool canCreate: fixedStatus === 0 && Client.session !== null
                                      && Client.session.signedIn
                                      && Client.session.scopeOf("pmks.record.write").length > 0

    // Exporting the records shown (with every page of them): for pmks.record.export holders.
    readonly property bool canExport: Client.session !== null && Client.session.signedIn
                                      && Client.session.hasPermission("pmks.record.export",
                                                                      recordModel.wilayahCode)
    readonly property alias exportDialog: exportDialog
    function openExport() {
        exportDialog.openFor({ wilayahCode: recordModel.wilayahCode, period: recordModel.period,
                               pmksType: recordModel.pmksType, status: recordModel.status,
                               query: recordModel.query },
                             ["data-pmks", recordModel.wilayahCode, recordModel.period]
                             .filter(part => part !== "").join("-"))
    }

    function openRecord(name) { detailName = name }
    function openForm(record) { formRecord = record || ({}) }
    // The batch step on every record shown (the button asks for a confirmation first).
    function runBatch() {
        lastBatchMessage = ""
        batchActions.batch(batchAction, recordModel.names())
    }

    RecordListModel {
        id: recordModel
        wilayahCode: picker.code
        pmksType: typeBox.currentValue === undefined ? 0 : typeBox.currentValue
        status: root.fixedStatus !== 0 ? root.fixedStatus
                                       : (statusBox.currentValue === undefined ? 0 : statusBox.currentValue)
        period: periodCheck.checked ? periodPicker.period : ""
        // Replies to an earlier filter are dropped by the model, so an answer is for this code.
        onPageLoaded: root._answeredFor = wilayahCode
        onErrorChanged: if (error !== "") root._answeredFor = wilayahCode
    }

    RecordActions {
        id: batchActions
        onBatchFinished: (action, changed, failures, error) => {
            root.lastBatchMessage = error !== "" ? error
                : qsTr("%1 data diproses, %2 tidak dapat diproses.").arg(changed).arg(failures.length)
            recordModel.reload()
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingM
        visible: root.detailName === "" && root.formRecord === null

        PageHeader {
            Layout.fillWidth: true
            title: root.title
            subtitle: root.subtitle
            Button {
                objectName: "addButton"
                visible: root.canCreate
                text: qsTr("Tambah data")
                onClicked: root.openForm({})
            }
            Button {
                objectName: "batchButton"
                visible: root.batchAction !== ""
                text: root.batchText
                enabled: recordModel.count > 0 && !batchActions.busy
                onClicked: batchConfirm.open()
            }
            Button {
                objectName: "exportRecordsButton"
                visible: root.canExport
                text: qsTr("Ekspor…")
                onClicked: root.openExport()
            }
        }

        WilayahPicker {
            id: picker
            objectName: "wilayahPicker"
            permission: "pmks.record.read"
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            ComboBox {
                id: typeBox
                objectName: "typeBox"
                model: PmksTypes.choices
                textRole: "text"
                valueRole: "value"
                Layout.preferredWidth: 300
                Accessible.name: qsTr("Jenis PMKS")
            }
            ComboBox {
                id: statusBox
                objectName: "statusBox"
                visible: root.fixedStatus === 0
                model: root._statusChoices
                textRole: "text"
                valueRole: "value"
                Layout.preferredWidth: 160
                Accessible.name: qsTr("Status")
            }
            CheckBox {
                id: periodCheck
                objectName: "periodCheck"
                text: qsTr("Periode")
            }
            PeriodPicker {
                id: periodPicker
                enabled: periodCheck.checked
            }
            Item { Layout.fillWidth: true }
        }

        Label {
            objectName: "batchMessage"
            visible: root.lastBatchMessage !== ""
            text: root.lastBatchMessage
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        RecordTable {
            id: recordTable
            objectName: "recordTable"
            model: recordModel
            searchVisible: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            onActivated: (row, rowData) => root.openRecord(rowData.name)
        }
    }

    ConfirmDialog {
        id: batchConfirm
        title: root.batchText
        text: qsTr("Langkah ini diterapkan pada %1 data yang tampil.").arg(recordModel.count)
        onConfirmed: root.runBatch()
    }

    ExportDialog {
        id: exportDialog
        objectName: "exportDialog"
        kind: "records"
        note: qsTr("Semua data yang cocok dengan filter dan pencarian ini diekspor, bukan hanya yang sudah dimuat. NIK disamarkan bila Anda tidak berwenang melihatnya.")
    }

    Loader {
        id: detailLoader
        anchors.fill: parent
        active: root.detailName !== ""
        visible: root.formRecord === null
        sourceComponent: RecordPage {
            objectName: "recordPage"
            recordName: root.detailName
            onClosed: root.detailName = ""
            onChanged: row => recordModel.updateRow(row)
            onEditRequested: record => root.openForm(record)
        }
    }

    Loader {
        objectName: "formLoader"
        anchors.fill: parent
        active: root.formRecord !== null
        sourceComponent: RecordForm {
            objectName: "recordForm"
            record: root.formRecord
            onCancelled: root.formRecord = null
            onSaved: saved => {
                root.formRecord = null
                recordModel.reload()
                if (detailLoader.item)
                    detailLoader.item.reload()
            }
        }
    }
}
