import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.App
import Simpul.Components

// "ID | EN": switches the UI language at once (App.language saves the choice).
RowLayout {
    id: root

    spacing: 0

    Repeater {
        model: [
            { code: "id", label: "ID", name: qsTr("Bahasa Indonesia") },
            { code: "en", label: "EN", name: qsTr("English") }
        ]

        delegate: Button {
            required property var modelData
            required property int index

            objectName: "language_" + modelData.code
            text: modelData.label
            checkable: true
            checked: App.language === modelData.code
            flat: !checked
            highlighted: checked
            focusPolicy: Qt.StrongFocus
            implicitWidth: 44
            font.pixelSize: Theme.fontSizeSmall
            Accessible.name: modelData.name
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: modelData.name
            onClicked: App.language = modelData.code
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
        }
    }
}
