import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components

// Picks a reporting period as core/domain/period.h writes it: a year ("2026") or, with
// mode "semester", a semester ("2026-S1"). `period` can be set from outside: another kind of
// period becomes the one of the mode that it starts in ("2026-Q3" -> "2026" or "2026-S2"),
// a value that is no period at all is refused (the previous one stays). A choice of the user
// updates `period` and emits picked(). Years run from `fromYear` to `toYear`, newest first;
// the year of a period set from outside is always offered.
RowLayout {
    id: root

    property string mode: "year"
    property string period: PeriodRules.current(mode === "semester" ? "semester" : "year")
    property int fromYear: new Date().getFullYear() - 5
    property int toYear: new Date().getFullYear()
    signal picked(string period)

    readonly property var _parsed: PeriodRules.parse(period)
    readonly property int year: _parsed.valid ? _parsed.year : 0
    readonly property int semester: _parsed.valid && _parsed.kind === "semester" ? _parsed.index : 0
    readonly property var _years: {
        const low = Math.min(fromYear, year > 0 ? year : fromYear)
        const high = Math.max(toYear, year > 0 ? year : toYear)
        const list = []
        for (let y = high; y >= low; --y)
            list.push(y)
        return list
    }

    spacing: Theme.spacingS

    property string _lastGood: ""

    Component.onCompleted: _normalize()
    onPeriodChanged: _normalize()

    function _normalize() {
        const p = PeriodRules.parse(period)
        if (!p.valid) {
            if (_lastGood !== "")
                period = _lastGood
            return
        }
        const wanted = mode === "semester" ? "semester" : "year"
        if (p.kind !== wanted) {
            const month = Number(p.start.substring(5, 7))
            period = wanted === "semester" ? PeriodRules.make("semester", p.year, month <= 6 ? 1 : 2)
                                           : PeriodRules.make("year", p.year)
            return
        }
        _lastGood = period
    }

    onModeChanged: {
        // Keep the year when switching between a year and its semesters.
        const y = year > 0 ? year : new Date().getFullYear()
        const next = mode === "semester" ? PeriodRules.make("semester", y, Math.max(1, semester))
                                         : PeriodRules.make("year", y)
        if (next !== "" && next !== period)
            _set(next, false)
    }

    function _set(value, byUser) {
        period = value
        if (byUser)
            picked(value)
    }

    ComboBox {
        id: yearBox
        objectName: "yearBox"
        model: root._years
        currentIndex: root._years.indexOf(root.year)
        displayText: currentIndex >= 0 ? String(root._years[currentIndex]) : qsTr("Tahun")
        implicitWidth: 110
        Accessible.name: qsTr("Tahun")
        onActivated: index => {
            const y = root._years[index]
            const next = root.mode === "semester"
                ? PeriodRules.make("semester", y, Math.max(1, root.semester))
                : PeriodRules.make("year", y)
            if (next !== "")
                root._set(next, true)
        }
    }

    ComboBox {
        id: semesterBox
        objectName: "semesterBox"
        visible: root.mode === "semester"
        model: [qsTr("Semester 1 (Januari–Juni)"), qsTr("Semester 2 (Juli–Desember)")]
        currentIndex: root.semester - 1
        displayText: currentIndex >= 0 ? currentText : qsTr("Semester")
        implicitWidth: Math.max(220, implicitContentWidth + leftPadding + rightPadding)
        Accessible.name: qsTr("Semester")
        onActivated: index => {
            const y = root.year > 0 ? root.year : new Date().getFullYear()
            const next = PeriodRules.make("semester", y, index + 1)
            if (next !== "")
                root._set(next, true)
        }
    }

    // Keeps the boxes together at the start when the picker is given more width.
    Item {
        Layout.fillWidth: true
        implicitWidth: 0
    }
}
