import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components
import Simpul.Pmks

// A Dasawisma group's monthly report: the month, a note, and the candidates the ketua
// proposes (DasawismaCandidateEditor rows, added and removed freely). Persons are found or
// created in the registry by NIK when the report is saved, so a wrong NIK is refused while
// the ketua is still at hand; the refusal is shown on the candidate and field it names.
FocusScope {
    id: root

    // The group (a group row: name, displayName, wilayahName...).
    property var group: ({})
    property var fieldErrors: ({})
    property string generalError
    readonly property alias busy: actions.busy
    readonly property alias monthPicker: monthPicker
    readonly property int candidateCount: candidateRepeater.count
    signal created(var report)
    signal cancelled()

    property int _nextKey: 1

    function addCandidate() {
        candidateModel.append({ key: _nextKey })
        _nextKey = _nextKey + 1
    }

    // The editor of candidate `index` (0-based), null when there is none.
    function candidate(index) {
        return candidateRepeater.itemAt(index)
    }

    function formData() {
        const candidates = []
        for (let i = 0; i < candidateRepeater.count; ++i)
            candidates.push(candidateRepeater.itemAt(i).formData())
        return {
            group: group.name || "",
            month: monthPicker.month,
            notes: notes.text,
            candidates: candidates
        }
    }

    function _clearErrors() {
        fieldErrors = ({})
        generalError = ""
        for (let i = 0; i < candidateRepeater.count; ++i)
            candidateRepeater.itemAt(i).fieldErrors = ({})
    }

    // Checks what the form can know by itself (a type for every candidate), then saves.
    function submit() {
        _clearErrors()
        let refused = false
        for (let i = 0; i < candidateRepeater.count; ++i) {
            const editor = candidateRepeater.itemAt(i)
            if (editor.pmksType === 0) {
                editor.fieldErrors = { "pmks_type": qsTr("Pilih jenis PMKS.") }
                refused = true
            }
        }
        if (refused)
            return false
        actions.createReport(formData())
        return true
    }

    Component.onCompleted: addCandidate()

    DasawismaActions {
        id: actions
        onReportCreated: (ok, message, field, candidate, candidateField, report) => {
            if (ok) {
                root.created(report)
                return
            }
            const editor = candidate >= 0 ? candidateRepeater.itemAt(candidate) : null
            if (editor) {
                const errors = {}
                errors[candidateField] = message
                editor.fieldErrors = errors
                root.generalError = qsTr("Calon %1: %2").arg(candidate + 1).arg(message)
            } else if (field !== "") {
                const errors = {}
                errors[field] = message
                root.fieldErrors = errors
            } else {
                root.generalError = message
            }
        }
    }

    ListModel { id: candidateModel }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacingL

            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Laporan dasawisma baru")
                subtitle: (root.group.displayName || "") + " · "
                          + qsTr("calon PMKS yang diusulkan ketua kelompok untuk satu bulan")
            }

            ErrorBanner {
                objectName: "formError"
                Layout.fillWidth: true
                text: root.generalError
            }

            FormLayout {
                Layout.fillWidth: true
                FormField {
                    label: qsTr("Bulan laporan")
                    required: true
                    error: root.fieldErrors["report.month"] || ""
                    DasawismaMonthPicker { id: monthPicker; objectName: "monthPicker" }
                }
                FormField {
                    label: qsTr("Catatan")
                    error: root.fieldErrors["report.notes"] || ""
                    TextField { id: notes; objectName: "notesField" }
                }
            }

            Label {
                text: qsTr("Calon yang diusulkan")
                font.pixelSize: Theme.fontSizeLarge
                font.bold: true
            }

            Repeater {
                id: candidateRepeater
                model: candidateModel
                delegate: DasawismaCandidateEditor {
                    required property int index
                    objectName: "candidate" + index
                    number: index + 1
                    removable: candidateRepeater.count > 1
                    Layout.fillWidth: true
                    onRemoveRequested: candidateModel.remove(index)
                }
            }

            Button {
                objectName: "addCandidateButton"
                text: qsTr("Tambah calon")
                onClicked: root.addCandidate()
            }

            RowLayout {
                spacing: Theme.spacingS
                Button {
                    objectName: "saveButton"
                    text: qsTr("Simpan laporan")
                    enabled: !actions.busy && monthPicker.valid && candidateRepeater.count > 0
                    onClicked: root.submit()
                }
                Button {
                    objectName: "cancelButton"
                    text: qsTr("Batal")
                    onClicked: root.cancelled()
                }
            }
        }
    }
}
