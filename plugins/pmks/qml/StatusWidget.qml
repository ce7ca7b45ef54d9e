import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components
import Simpul.Pmks

// The dashboard card: records of this year per status in the user's scope (from the recap
// counts, see StatusSummary).
ColumnLayout {
    id: root

    readonly property alias summary: statusSummary
    property bool pageLoaded: statusSummary.ready

    spacing: Theme.spacingXs

    StatusSummary { id: statusSummary }

    Label {
        text: qsTr("Periode %1").arg(statusSummary.period)
        color: Theme.textMuted
    }
    Repeater {
        model: statusSummary.counts
        delegate: RowLayout {
            required property var modelData
            Layout.fillWidth: true
            Label { text: modelData.statusText; Layout.fillWidth: true }
            Label { objectName: "count_" + modelData.statusKey; text: String(modelData.count); font.bold: true }
        }
    }
    Label {
        visible: statusSummary.error !== ""
        text: statusSummary.error
        color: Theme.danger
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
