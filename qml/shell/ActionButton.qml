import QtQuick
import QtQuick.Controls
import Simpul.Components

// A push button sized like the other controls (Fusion's own padding is cramped at this font
// size); Enter activates it as Space does.
Button {
    implicitHeight: Math.max(Theme.controlHeight, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    focusPolicy: Qt.StrongFocus

    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
}
