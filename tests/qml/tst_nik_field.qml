import QtQuick
import QtQuick.Controls
import QtTest
import Simpul.Components

// NikField: live messages from the domain's NIK rules, digits only, derived birth date/sex.
Item {
    id: window
    width: 640
    height: 200

    FormField {
        id: field
        width: 400
        label: "NIK"
        error: nik.message
        NikField { id: nik }
    }

    TestCase {
        name: "NikField"
        when: windowShown

        // kecamatan 32.04.12, born 12 April 1990 (a man), serial 0001
        readonly property string validMan: "320412" + "120490" + "0001"
        // the same date for a woman: day + 40
        readonly property string validWoman: "320412" + "520490" + "0007"

        function init() {
            nik.text = ""
            // A fixed day, so the century rule does not move under the test.
            nik.referenceDate = new Date(2026, 0, 15)
        }

        function test_empty_has_no_message() {
            compare(nik.text, "")
            compare(nik.message, "")
            compare(nik.acceptable, false)
            compare(field.error, "")
        }

        function test_fifteen_digits_names_the_length() {
            nik.text = validMan.substring(0, 15)
            compare(nik.acceptable, false)
            verify(nik.message.indexOf("16") >= 0, nik.message)
            verify(nik.message.indexOf("15") >= 0, nik.message)
            compare(field.error, nik.message)
            const shown = findChild(field, "fieldError")
            verify(shown.visible)
            compare(shown.text, nik.message)
        }

        function test_impossible_date_names_the_date() {
            nik.text = "320412" + "300290" + "0001" // 30 February
            compare(nik.acceptable, false)
            verify(nik.message.indexOf("Tanggal lahir") === 0, nik.message)
            verify(nik.message.indexOf("30 Februari") >= 0, nik.message)
        }

        function test_day_out_of_range_is_a_date_message() {
            nik.text = "320412" + "350490" + "0001" // day 35: neither a man's nor a woman's
            compare(nik.acceptable, false)
            verify(nik.message.indexOf("Tanggal lahir") === 0, nik.message)
            nik.text = "320412" + "121390" + "0001" // month 13
            verify(nik.message.indexOf("bulan") >= 0, nik.message)
        }

        function test_bad_kecamatan_and_serial() {
            nik.text = "007012" + "120490" + "0001"
            verify(nik.message.indexOf("kecamatan") >= 0, nik.message)
            nik.text = "320412" + "120490" + "0000"
            verify(nik.message.indexOf("0000") >= 0, nik.message)
        }

        function test_century_follows_the_reference_date() {
            nik.referenceDate = new Date(2025, 5, 1)
            nik.text = "320412" + "010625" + "0001" // 1 June 25: the reference day itself
            verify(nik.acceptable, nik.message)
            compare(nik.birthDate, "2025-06-01")
            nik.text = "320412" + "020625" + "0001" // 2 June 25: tomorrow, so 1925
            verify(nik.acceptable, nik.message)
            compare(nik.birthDate, "1925-06-02")
        }

        function test_valid_nik_is_acceptable() {
            nik.text = validMan
            compare(nik.message, "")
            compare(nik.acceptable, true)
            compare(nik.birthDate, "1990-04-12")
            compare(nik.sex, "L")
            verify(nik.summary.indexOf("12 April 1990") >= 0, nik.summary)
            compare(field.error, "")
            verify(!findChild(field, "fieldError").visible)

            nik.text = validWoman
            compare(nik.acceptable, true)
            compare(nik.sex, "P")
            compare(nik.birthDate, "1990-04-12")
        }

        function test_letters_are_refused_while_typing() {
            nik.forceActiveFocus()
            keyClick(Qt.Key_3)
            keyClick(Qt.Key_2)
            keyClick(Qt.Key_A)
            keyClick(Qt.Key_X)
            keyClick(Qt.Key_Minus)
            keyClick(Qt.Key_0)
            compare(nik.text, "320")
        }

        function test_at_most_sixteen_digits() {
            nik.forceActiveFocus()
            for (const c of validMan + "99")
                keyClick(c)
            compare(nik.text, validMan)
            compare(nik.acceptable, true)
        }

        function test_mask_hides_the_middle() {
            compare(NikCheck.mask(validMan), "3204**********01")
        }
    }
}
