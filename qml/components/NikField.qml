import QtQuick
import QtQuick.Controls
import Simpul.Components

// A text field for a NIK (16 digits): only digits can be typed, at most 16. `message` says
// live what is wrong, in the UI language ("" while empty or valid), `acceptable` is true for
// a structurally valid NIK (core/domain Nik::parse: kecamatan code, birth date, sex, serial);
// `birthDate` ("YYYY-MM-DD") and `sex` ("L"/"P") are read from an acceptable NIK. Put it in a
// FormField with `error: nik.message`. Whether the kecamatan exists is the server's check.
TextField {
    id: root

    // The day the NIK is judged on (default today): decides the century of the birth year.
    property date referenceDate: new Date()

    readonly property var check: NikCheck.validate(text, referenceDate)
    readonly property bool acceptable: check.acceptable
    readonly property string birthDate: check.birthDate
    readonly property string sex: check.sex
    readonly property string message: _message(check)
    // "Lahir 12 April 1990, laki-laki" for an acceptable NIK, else "".
    readonly property string summary: acceptable
        ? qsTr("Lahir %1, %2").arg(_dateText(check.day, check.month, check.year))
              .arg(sex === "P" ? qsTr("perempuan") : qsTr("laki-laki"))
        : ""

    placeholderText: qsTr("16 angka")
    maximumLength: 16
    inputMethodHints: Qt.ImhDigitsOnly
    validator: RegularExpressionValidator { regularExpression: /[0-9]{0,16}/ }
    selectByMouse: true
    font.pixelSize: Theme.fontSize
    font.family: "monospace"
    implicitWidth: Math.max(220, contentWidth + leftPadding + rightPadding)

    Accessible.name: qsTr("NIK")
    Accessible.description: message

    // A red frame while something is wrong; the style's own frame otherwise.
    Rectangle {
        anchors.fill: parent
        color: "transparent"
        radius: 2
        border.width: root.activeFocus ? 2 : 1
        border.color: Theme.danger
        visible: root.message !== ""
    }

    function _monthName(month) {
        const names = [qsTr("Januari"), qsTr("Februari"), qsTr("Maret"), qsTr("April"),
                       qsTr("Mei"), qsTr("Juni"), qsTr("Juli"), qsTr("Agustus"),
                       qsTr("September"), qsTr("Oktober"), qsTr("November"), qsTr("Desember")]
        return month >= 1 && month <= 12 ? names[month - 1] : ""
    }

    function _dateText(day, month, year) {
        return qsTr("%1 %2 %3").arg(day).arg(_monthName(month)).arg(year)
    }

    function _message(result) {
        switch (result.error) {
        case "":
            return ""
        case "wrong_length":
            return qsTr("NIK harus 16 angka (baru %1 angka)").arg(result.length)
        case "not_digits":
            return qsTr("NIK hanya boleh berisi angka")
        case "kecamatan":
            return qsTr("Kode kecamatan dalam NIK (6 angka pertama) tidak valid")
        case "day_zero":
        case "day_between":
        case "day_too_high":
            return qsTr("Tanggal lahir dalam NIK tidak valid: tanggal harus 01–31 (laki-laki) atau 41–71 (perempuan)")
        case "month":
            return qsTr("Tanggal lahir dalam NIK tidak valid: bulan harus 01–12")
        case "impossible_date":
            return qsTr("Tanggal lahir dalam NIK tidak valid: %1 %2 tidak ada")
                       .arg(result.day).arg(_monthName(result.month))
        case "future":
            return qsTr("Tanggal lahir dalam NIK tidak valid: jatuh di masa depan")
        case "serial_zero":
            return qsTr("Nomor urut NIK (4 angka terakhir) tidak boleh 0000")
        default:
            return qsTr("NIK tidak valid")
        }
    }
}
