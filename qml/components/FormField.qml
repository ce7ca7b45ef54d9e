import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components

// One labelled field of a form: the label (with * when required), the editor given as the
// child, then either the error in red or the help text. Inside a FormLayout the field takes
// one column; `wide` spans both.
//
//   FormField { label: qsTr("NIK"); required: true; error: nik.message
//       NikField { id: nik } }
ColumnLayout {
    id: root

    property string label
    property string error
    property bool required: false
    property string helpText
    property bool wide: false
    default property alias content: holder.data
    readonly property Item editor: holder.children.length > 0 ? holder.children[0] : null

    spacing: Theme.spacingXs
    Layout.fillWidth: true
    Layout.preferredWidth: 280
    Layout.alignment: Qt.AlignTop
    Layout.columnSpan: wide && parent && parent.columns !== undefined
                       ? Math.max(1, parent.columns) : 1

    Label {
        id: labelText
        objectName: "fieldLabel"
        visible: root.label !== ""
        text: root.required ? root.label + " *" : root.label
        font.pixelSize: Theme.fontSize
        font.bold: true
        color: root.error !== "" ? Theme.danger : Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Item {
        id: holder
        Layout.fillWidth: true
        implicitWidth: root.editor ? root.editor.implicitWidth : 0
        implicitHeight: root.editor ? root.editor.implicitHeight : 0
        Layout.preferredHeight: implicitHeight

        onWidthChanged: root._fit()
        onChildrenChanged: root._fit()
    }

    Label {
        objectName: "fieldError"
        visible: root.error !== ""
        text: root.error
        color: Theme.danger
        font.pixelSize: Theme.fontSizeSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
    }

    Label {
        objectName: "fieldHelp"
        visible: root.helpText !== "" && root.error === ""
        text: root.helpText
        color: Theme.textMuted
        font.pixelSize: Theme.fontSizeSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    function _fit() {
        if (!editor)
            return
        editor.width = holder.width
        if (editor.Accessible && label !== "" && editor.Accessible.name === "")
            editor.Accessible.name = label
    }
}
