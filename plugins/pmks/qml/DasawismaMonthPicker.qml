import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components

// Picks the month a Dasawisma report is about, as the server writes it ("2025-07"): a month
// and a year box. `month` can be set from outside (its year is always offered); a choice of
// the user updates it and emits picked(). Years run from `fromYear` to `toYear`, newest first.
RowLayout {
    id: root

    property string month: _make(new Date().getFullYear(), new Date().getMonth() + 1)
    property int fromYear: new Date().getFullYear() - 5
    property int toYear: new Date().getFullYear()
    signal picked(string month)

    readonly property bool valid: /^[0-9]{4}-(0[1-9]|1[0-2])$/.test(month)
    readonly property int year: valid ? Number(month.substring(0, 4)) : 0
    readonly property int monthIndex: valid ? Number(month.substring(5, 7)) : 0
    readonly property var _years: {
        const low = Math.min(fromYear, year > 0 ? year : fromYear)
        const high = Math.max(toYear, year > 0 ? year : toYear)
        const list = []
        for (let y = high; y >= low; --y)
            list.push(y)
        return list
    }
    readonly property var _names: [qsTr("Januari"), qsTr("Februari"), qsTr("Maret"), qsTr("April"),
                                   qsTr("Mei"), qsTr("Juni"), qsTr("Juli"), qsTr("Agustus"),
                                   qsTr("September"), qsTr("Oktober"), qsTr("November"),
                                   qsTr("Desember")]

    spacing: Theme.spacingS

    function _make(y, m) {
        return String(y) + "-" + (m < 10 ? "0" : "") + String(m)
    }

    function _set(value) {
        month = value
        picked(value)
    }

    ComboBox {
        objectName: "monthBox"
        model: root._names
        currentIndex: root.monthIndex - 1
        displayText: currentIndex >= 0 ? root._names[currentIndex] : qsTr("Bulan")
        implicitWidth: 150
        Accessible.name: qsTr("Bulan")
        onActivated: index => root._set(root._make(root.year > 0 ? root.year
                                                                : new Date().getFullYear(),
                                                   index + 1))
    }

    ComboBox {
        objectName: "yearBox"
        model: root._years
        currentIndex: root._years.indexOf(root.year)
        displayText: currentIndex >= 0 ? String(root._years[currentIndex]) : qsTr("Tahun")
        implicitWidth: 110
        Accessible.name: qsTr("Tahun")
        onActivated: index => root._set(root._make(root._years[index],
                                                   Math.max(1, root.monthIndex)))
    }

    // Keeps the boxes together at the start when the picker is given more width.
    Item {
        Layout.fillWidth: true
        implicitWidth: 0
    }
}
