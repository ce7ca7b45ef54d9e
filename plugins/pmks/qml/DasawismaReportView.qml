import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components
import Simpul.Pmks

// One Dasawisma report: its month and note, and every candidate with its state. The PSM
// (pmks.dasawisma.write and pmks.record.write at the group's desa) ticks proposed candidates
// and either turns them into DRAFT records in one step ("Jadikan data draf": all of them or,
// when one is refused, none, with the reason) or rejects them with a reason ("Tolak"). A
// candidate already recorded for the period is linked to the existing record instead.
FocusScope {
    id: root

    property string reportName
    // The report's group (a group row): its desa decides what the user may do.
    property var group: ({})
    readonly property var report: actions.report
    readonly property bool loaded: report.name !== undefined && report.name === reportName
    readonly property var candidates: loaded ? report.candidates : []
    readonly property string _desa: group.wilayahCode || ""
    readonly property bool canReject: Client.session !== null && Client.session.signedIn
                                      && Client.session.hasPermission("pmks.dasawisma.write", _desa)
    readonly property bool canAccept: canReject
                                      && Client.session.hasPermission("pmks.record.write", _desa)
    // The ids of the ticked candidates.
    property var selected: []
    // The last decision: what it did, for the result line (and tests).
    property int lastCreated: -1
    property int lastAlreadyRecorded: 0
    property var lastDuplicates: []
    property int lastRejected: -1
    property string lastError
    property var failedCandidate: -1
    property string recordName
    signal closed()

    function reload() { actions.loadReport(reportName) }

    // Ticks or unticks the candidate `id`.
    function setSelected(id, on) {
        const rest = selected.filter(s => s !== id)
        selected = on ? rest.concat([id]) : rest
    }

    function accept() {
        _clearResult()
        actions.acceptCandidates(reportName, selected, "")
    }

    function reject() {
        _clearResult()
        actions.rejectCandidates(reportName, selected, rejectReason.text)
    }

    function _clearResult() {
        lastCreated = -1
        lastAlreadyRecorded = 0
        lastDuplicates = []
        lastRejected = -1
        lastError = ""
        failedCandidate = -1
    }

    function _sexText(sex) {
        return sex === "L" ? qsTr("Laki-laki") : (sex === "P" ? qsTr("Perempuan") : "–")
    }

    onReportNameChanged: if (reportName !== "") reload()
    Component.onCompleted: if (reportName !== "") reload()

    DasawismaActions {
        id: actions
        // A new answer redraws the rows unticked.
        onReportChanged: root.selected = []
        onAcceptFinished: (ok, created, alreadyRecorded, duplicates, message, failed) => {
            if (ok) {
                root.lastCreated = created
                root.lastAlreadyRecorded = alreadyRecorded
                root.lastDuplicates = duplicates
            } else {
                root.lastError = message
                root.failedCandidate = failed
            }
        }
        onRejectFinished: (ok, rejected, message) => {
            if (ok) {
                root.lastRejected = rejected
                rejectReason.text = ""
            } else {
                root.lastError = message
            }
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        contentWidth: availableWidth
        visible: root.recordName === ""

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacingM

            PageHeader {
                Layout.fillWidth: true
                title: root.loaded ? qsTr("Laporan %1").arg(root.report.monthText) : qsTr("Laporan dasawisma")
                subtitle: (root.group.displayName || "")
                          + (root.loaded && root.report.notes !== "" ? " · " + root.report.notes : "")
                Button {
                    objectName: "backButton"
                    text: qsTr("Kembali ke laporan kelompok")
                    onClicked: root.closed()
                }
            }

            ErrorBanner {
                objectName: "loadError"
                Layout.fillWidth: true
                text: root.loaded || root.lastError !== "" ? "" : actions.error
            }

            Label {
                objectName: "hiddenText"
                visible: root.loaded && root.report.hiddenCandidates > 0
                text: qsTr("%1 calon jenis sensitif tidak ditampilkan.").arg(root.report.hiddenCandidates || 0)
                color: Theme.textMuted
            }

            Repeater {
                objectName: "candidateRows"
                model: root.candidates
                delegate: Rectangle {
                    id: row
                    required property var modelData
                    required property int index
                    readonly property bool proposed: modelData.stateKey === "proposed"
                    objectName: "candidateRow" + index
                    Layout.fillWidth: true
                    implicitHeight: rowLayout.implicitHeight + 2 * Theme.spacingS
                    color: index % 2 === 1 ? Theme.surfaceAlt : Theme.surface
                    border.color: root.failedCandidate === modelData.id ? Theme.danger : Theme.border
                    radius: Theme.radius

                    RowLayout {
                        id: rowLayout
                        anchors.fill: parent
                        anchors.margins: Theme.spacingS
                        spacing: Theme.spacingM

                        CheckBox {
                            objectName: "selectBox"
                            visible: root.canReject
                            enabled: row.proposed && !actions.busy
                            checked: false
                            onCheckedChanged: root.setSelected(row.modelData.id, checked)
                            Accessible.name: qsTr("Pilih %1").arg(row.modelData.fullName)
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacingXs
                            Label {
                                objectName: "candidateName"
                                text: row.modelData.fullName
                                font.bold: true
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                            }
                            Label {
                                text: [row.modelData.nik !== "" ? qsTr("NIK %1").arg(row.modelData.nik) : "",
                                       root._sexText(row.modelData.sex),
                                       row.modelData.birthDate].filter(v => v !== "").join(" · ")
                                color: Theme.textMuted
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                            }
                            Label {
                                text: row.modelData.pmksType + ". " + row.modelData.typeName
                                      + (row.modelData.note !== "" ? " — " + row.modelData.note : "")
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                        ColumnLayout {
                            spacing: Theme.spacingXs
                            Layout.preferredWidth: 280
                            Layout.maximumWidth: 280
                            Label {
                                objectName: "stateText"
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                                text: row.modelData.stateText
                                      + (row.modelData.alreadyRecorded ? " · " + qsTr("sudah tercatat") : "")
                                font.bold: true
                                color: row.modelData.stateKey === "rejected" ? Theme.danger : Theme.text
                            }
                            Label {
                                visible: text !== ""
                                text: row.modelData.rejectReason
                                color: Theme.textMuted
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Button {
                                objectName: "openRecordButton"
                                visible: row.modelData.record !== ""
                                text: qsTr("Lihat data PMKS")
                                flat: true
                                onClicked: root.recordName = row.modelData.record
                            }
                        }
                    }
                }
            }

            Label {
                objectName: "resultText"
                visible: text !== ""
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                text: {
                    const parts = []
                    if (root.lastCreated >= 0)
                        parts.push(qsTr("%1 data draf dibuat.").arg(root.lastCreated))
                    if (root.lastAlreadyRecorded > 0)
                        parts.push(qsTr("%1 calon sudah tercatat untuk periode ini dan ditautkan ke datanya: %2.")
                                   .arg(root.lastAlreadyRecorded)
                                   .arg(root.lastDuplicates.map(d => d.fullName).join(", ")))
                    if (root.lastRejected >= 0)
                        parts.push(qsTr("%1 calon ditolak.").arg(root.lastRejected))
                    return parts.join(" ")
                }
            }
            ErrorBanner {
                objectName: "decisionError"
                Layout.fillWidth: true
                text: root.lastError
            }

            ColumnLayout {
                objectName: "decisionControls"
                visible: root.loaded && root.canReject
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Label {
                    text: qsTr("%1 calon dipilih. Data draf dicatat pada semester bulan laporan.")
                              .arg(root.selected.length)
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    spacing: Theme.spacingS
                    Layout.fillWidth: true
                    Button {
                        objectName: "acceptButton"
                        visible: root.canAccept
                        text: qsTr("Jadikan data draf")
                        enabled: root.selected.length > 0 && !actions.busy
                        onClicked: root.accept()
                    }
                    TextField {
                        id: rejectReason
                        objectName: "rejectReasonField"
                        placeholderText: qsTr("Alasan penolakan")
                        Layout.preferredWidth: 320
                    }
                    Button {
                        objectName: "rejectButton"
                        text: qsTr("Tolak")
                        enabled: root.selected.length > 0 && !actions.busy
                                 && rejectReason.text.trim() !== ""
                        onClicked: root.reject()
                    }
                }
            }
        }
    }

    Loader {
        objectName: "recordLoader"
        anchors.fill: parent
        active: root.recordName !== ""
        sourceComponent: RecordPage {
            objectName: "recordPage"
            recordName: root.recordName
            onClosed: root.recordName = ""
        }
    }
}
