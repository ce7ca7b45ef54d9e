import QtQuick
import QtQuick.Layouts
import Simpul.Components

// Lays FormFields out in two columns when there is room (at least `twoColumnWidth` px),
// else in one. Fields keep their order row by row; Tab follows the same order.
GridLayout {
    id: root

    property int twoColumnWidth: 720
    property int maximumColumns: 2

    columns: width >= twoColumnWidth ? Math.max(1, maximumColumns) : 1
    columnSpacing: Theme.spacingXl
    rowSpacing: Theme.spacingL
}
