import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components
import Simpul.Pmks

// Dasawisma: the groups of the chosen wilayah (within pmks.dasawisma.read), "Kelompok baru"
// for a PSM (pmks.dasawisma.write there), and a group's page with its monthly reports over
// the list when a row is opened. A PSM collects PMKS data by visiting the group leaders: a
// report's candidates become DRAFT records in one step (DasawismaReportView).
FocusScope {
    id: root

    property string groupName
    // The group form over the page: {} for a new group, a group row to edit one.
    property var formGroup: null
    readonly property alias groups: groupModel
    readonly property alias table: groupTable
    readonly property alias wilayahPicker: picker
    // Ready once the wilayah picker has settled on its code, the list filters on that code
    // and the list has answered for it (as QueuePage): an answer for an earlier code does not
    // count, nor does a page still loading.
    readonly property bool pickerSettled: Client.session !== null && Client.session.signedIn
                                          && picker.scope.length > 0
                                          && groupModel.wilayahCode === picker.code
    property var _answeredFor: null
    property bool pageLoaded: pickerSettled && _answeredFor === picker.code
                              && !groupModel.loading
                              && (groupModel.count > 0 || groupModel.complete
                                  || groupModel.error !== "")
    // "Kelompok baru" for a holder of pmks.dasawisma.write somewhere in the chosen wilayah.
    readonly property bool canCreate: Client.session !== null && Client.session.signedIn
                                      && _writableWithin(picker.code)

    function openGroup(name) { groupName = name }
    function openForm(group) { formGroup = group || ({}) }

    function _writableWithin(code) {
        const scope = Client.session.scopeOf("pmks.dasawisma.write")
        return scope.some(s => s === "" || code === "" || s === code || s.startsWith(code + ".")
                          || code.startsWith(s + "."))
    }

    DasawismaGroupListModel {
        id: groupModel
        wilayahCode: picker.code
        // Replies to an earlier code are dropped by the model, so an answer is for this code.
        onPageLoaded: root._answeredFor = wilayahCode
        onErrorChanged: if (error !== "") root._answeredFor = wilayahCode
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingM
        visible: root.groupName === "" && root.formGroup === null

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Dasawisma")
            subtitle: qsTr("Kelompok dasawisma dan laporan bulanannya. Usulan calon PMKS dari ketua kelompok dijadikan data draf dalam satu langkah.")
            Button {
                objectName: "newGroupButton"
                visible: root.canCreate
                text: qsTr("Kelompok baru")
                onClicked: root.openForm({})
            }
        }

        WilayahPicker {
            id: picker
            objectName: "wilayahPicker"
            permission: "pmks.dasawisma.read"
            Layout.fillWidth: true
        }

        PagedTable {
            id: groupTable
            objectName: "groupTable"
            model: groupModel
            emptyText: qsTr("Belum ada kelompok dasawisma di wilayah ini")
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: [
                { role: "displayName", title: qsTr("Nama kelompok"), width: 0.22 },
                { role: "wilayahName", title: qsTr("Desa/Kelurahan"), width: 0.17 },
                { role: "place", title: qsTr("Dusun / RW / RT"), width: 0.22 },
                { role: "ketuaName", title: qsTr("Ketua"), width: 0.17 },
                { role: "households", title: qsTr("Rumah tangga"), width: 130, align: Text.AlignRight },
                { role: "reportCount", title: qsTr("Laporan"), width: 90, align: Text.AlignRight }
            ]
            onActivated: (row, rowData) => root.openGroup(rowData.name)
        }
    }

    Loader {
        id: reportsLoader
        anchors.fill: parent
        active: root.groupName !== ""
        visible: root.formGroup === null
        sourceComponent: DasawismaReportsPage {
            objectName: "reportsPage"
            groupName: root.groupName
            onClosed: {
                root.groupName = ""
                // Reports made meanwhile change the counts.
                groupModel.reload()
            }
            onDeleted: {
                root.groupName = ""
                groupModel.reload()
            }
            onEditRequested: group => root.openForm(group)
        }
    }

    Loader {
        objectName: "formLoader"
        anchors.fill: parent
        active: root.formGroup !== null
        sourceComponent: DasawismaGroupForm {
            objectName: "groupForm"
            group: root.formGroup
            onCancelled: root.formGroup = null
            onSaved: saved => {
                root.formGroup = null
                groupModel.reload()
                if (reportsLoader.item)
                    reportsLoader.item.reload()
            }
        }
    }
}
