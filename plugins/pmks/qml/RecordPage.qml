import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components
import Simpul.Pmks

// One PMKS record: who, which type, where, its status and history, and the workflow steps
// the signed-in user may take on it (the server decides; the buttons only offer what the
// user's permissions and the record's status allow).
FocusScope {
    id: root

    property string recordName
    readonly property var record: actions.record
    readonly property bool loaded: record.name !== undefined && record.name === recordName
    signal closed()
    // A step changed the record; `row` is its new list row.
    signal changed(var row)
    // "Ubah": the user wants to edit this record (the record map with name and etag).
    signal editRequested(var record)

    function reload() { actions.load(recordName) }

    onRecordNameChanged: if (recordName !== "") actions.load(recordName)
    Component.onCompleted: if (recordName !== "") actions.load(recordName)

    RecordActions {
        id: actions
        onStepFinished: (action, ok, message, row) => {
            if (ok) {
                returnReason.text = ""
                root.changed(row)
                actions.load(root.recordName)
            } else {
                stepError.text = message
            }
        }
    }

    function _step(action) {
        stepError.text = ""
        actions.step(action, root.recordName, root.record.etag || "",
                     action === "return" ? returnReason.text : "")
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacingL

            PageHeader {
                Layout.fillWidth: true
                title: root.loaded ? root.record.fullName : qsTr("Data PMKS")
                subtitle: root.loaded ? root.record.typeOrder + ". " + root.record.typeName
                                        + " · " + root.record.period : ""
                Button {
                    objectName: "backButton"
                    text: qsTr("Kembali ke daftar")
                    onClicked: root.closed()
                }
            }

            ErrorBanner {
                Layout.fillWidth: true
                text: actions.error
            }

            GridLayout {
                objectName: "recordFields"
                visible: root.loaded
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacingL
                rowSpacing: Theme.spacingS

                Label { text: qsTr("NIK"); color: Theme.textMuted }
                Label { objectName: "nikValue"; text: root.record.nik || "–" }
                Label { text: qsTr("No. KK"); color: Theme.textMuted; visible: (root.record.noKk || "") !== "" }
                Label { text: root.record.noKk || ""; visible: text !== "" }
                Label { text: qsTr("Desa/Kelurahan"); color: Theme.textMuted }
                Label { text: (root.record.wilayahName || "") + " (" + (root.record.wilayahCode || "") + ")" }
                Label { text: qsTr("Dusun / RW / RT"); color: Theme.textMuted }
                Label { text: [root.record.dusun, root.record.rw, root.record.rt].filter(v => v).join(" / ") || "–" }
                Label { text: qsTr("Status"); color: Theme.textMuted }
                Label { objectName: "statusValue"; text: root.record.statusText || ""; font.bold: true }
                Label { text: qsTr("Alasan dikembalikan"); color: Theme.textMuted; visible: (root.record.returnReason || "") !== "" }
                Label { text: root.record.returnReason || ""; visible: text !== ""; color: Theme.danger }
                Label { text: qsTr("Dicatat oleh"); color: Theme.textMuted }
                Label { text: root.record.collectedBy || "–" }
                Label { text: qsTr("Keterangan"); color: Theme.textMuted; visible: (root.record.notes || "") !== "" }
                Label { text: root.record.notes || ""; visible: text !== ""; wrapMode: Text.Wrap; Layout.fillWidth: true }
            }

            RowLayout {
                visible: root.loaded
                spacing: Theme.spacingS
                Button {
                    objectName: "editButton"
                    text: qsTr("Ubah")
                    // Editable exactly when it may be submitted: DRAFT or RETURNED, with
                    // pmks.record.write at its desa.
                    visible: actions.canStep("submit", root.record)
                    enabled: !actions.busy
                    onClicked: root.editRequested(root.record)
                }
                Button {
                    objectName: "submitButton"
                    text: qsTr("Ajukan")
                    visible: actions.canStep("submit", root.record)
                    enabled: !actions.busy
                    onClicked: root._step("submit")
                }
                Button {
                    objectName: "verifyButton"
                    text: qsTr("Verifikasi")
                    visible: actions.canStep("verify", root.record)
                    enabled: !actions.busy
                    onClicked: root._step("verify")
                }
                Button {
                    objectName: "validateButton"
                    text: qsTr("Validasi")
                    visible: actions.canStep("validate", root.record)
                    enabled: !actions.busy
                    onClicked: root._step("validate")
                }
                TextField {
                    id: returnReason
                    objectName: "returnReason"
                    visible: actions.canStep("return", root.record)
                    placeholderText: qsTr("Alasan dikembalikan")
                    Layout.preferredWidth: 260
                }
                Button {
                    objectName: "returnButton"
                    text: qsTr("Kembalikan")
                    visible: returnReason.visible
                    enabled: !actions.busy && returnReason.text.trim() !== ""
                    onClicked: root._step("return")
                }
            }
            Label {
                id: stepError
                objectName: "stepError"
                visible: text !== ""
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Label {
                visible: root.loaded
                text: qsTr("Foto")
                font.pixelSize: Theme.fontSizeLarge
                font.bold: true
            }
            RecordPhotos {
                objectName: "recordPhotos"
                visible: root.loaded
                Layout.fillWidth: true
                record: root.loaded ? root.record : ({})
                // Photos change with the record: the same rule as "Ubah".
                editable: actions.canStep("submit", root.record)
                onSaved: record => {
                    root.changed(record)
                    root.reload()
                }
                onReloadRequested: root.reload()
            }

            Label {
                visible: root.loaded
                text: qsTr("Riwayat")
                font.pixelSize: Theme.fontSizeLarge
                font.bold: true
            }
            Repeater {
                objectName: "history"
                model: root.loaded ? root.record.history : []
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: modelData.time + " · " + modelData.actor + ": "
                          + (modelData.fromStatus === 0 ? "" : modelData.fromText + " → ")
                          + modelData.toText
                          + (modelData.reason !== "" ? " (" + modelData.reason + ")" : "")
                }
            }
        }
    }
}
