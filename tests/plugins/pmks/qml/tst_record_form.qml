import QtQuick
import QtQuick.Controls
import QtTest
import Simpul.Components
import Simpul.Pmks

// RecordForm through RecordListPage as the PSM: a new record saved from the form appears in
// the list as a draft; a type-rule refusal (age) is shown on the birth-date field; a
// RETURNED record is edited from its page ("Ubah"). Period 2025 and NIK serials 5xx are this
// file's own.
Item {
    id: window
    width: 1200
    height: 900

    Component {
        id: pageComponent
        RecordListPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "RecordForm"
        when: windowShown

        function signIn(username) {
            PmksSupport.signInAs(username)
            tryCompare(Client.session, "username", username, 10000)
            tryCompare(Client.session, "signedIn", true)
        }

        function makePage() {
            signIn("psm.desa")
            const page = createTemporaryObject(pageComponent, window)
            verify(page)
            page.records.period = "2025"
            tryVerify(() => page.pageLoaded && !page.records.loading, 10000)
            return page
        }

        function openNewForm(page) {
            const add = findChild(page, "addButton")
            verify(add)
            verify(add.visible)
            add.clicked()
            const form = findChild(page, "recordForm")
            verify(form)
            verify(!form.editing)
            return form
        }

        function fill(form, type, serial, name) {
            const typeBox = findChild(form, "typeBox")
            typeBox.currentIndex = typeBox.indexOfValue(type)
            compare(form.pmksType, type)
            findChild(form, "periodPicker").period = "2025"
            form.nikField.text = PmksSupport.nikFor(serial, false)
            findChild(form, "fullNameField").text = name
            // The PSM's picker is fixed to its desa.
            tryCompare(form.wilayahPicker, "code", "32.04.05.2001", 5000)
        }

        function test_createAppearsInList() {
            const page = makePage()
            const form = openNewForm(page)
            fill(form, 11, 501, "Uji Formulir Satu")
            findChild(form, "rwField").text = "003"
            findChild(form, "saveButton").clicked()
            tryVerify(() => findChild(page, "recordForm") === null, 10000)
            let row = null
            tryVerify(() => {
                for (let i = 0; !page.records.loading && i < page.records.count; ++i) {
                    if (page.records.get(i).fullName === "Uji Formulir Satu")
                        row = page.records.get(i)
                }
                return row !== null
            }, 10000)
            compare(row.fullName, "Uji Formulir Satu")
            compare(row.typeOrder, 11)
            compare(row.statusKey, "draft")
            compare(row.wilayahCode, "32.04.05.2001")
        }

        function test_ageRuleShownOnBirthDate() {
            const page = makePage()
            const form = openNewForm(page)
            // Anak Balita Terlantar (under 5) for someone born in 1980.
            fill(form, 1, 502, "Uji Formulir Dua")
            findChild(form, "saveButton").clicked()
            const field = findChild(form, "birthDateFormField")
            tryVerify(() => field.error !== "", 10000)
            verify(form.fieldErrors["record.subject.birth_date"] !== undefined)
            compare(form.generalError, "")
            compare(findChild(form, "nikField").text.length, 16)
            // Still open, nothing saved.
            verify(findChild(page, "recordForm") !== null)
            findChild(form, "cancelButton").clicked()
            tryVerify(() => findChild(page, "recordForm") === null)
            for (let i = 0; i < page.records.count; ++i)
                verify(page.records.get(i).fullName !== "Uji Formulir Dua")
        }

        function test_editReturnedRecord() {
            const name = PmksSupport.createRecord("psm.desa", 12, 503, true, "2025", "32.04.05.2001")
            verify(name !== "")
            compare(PmksSupport.step("psm.desa", "submit", name), 2)
            compare(PmksSupport.step("kades.desa", "return", name), 5)

            const page = makePage()
            page.openRecord(name)
            const detail = findChild(page, "recordPage")
            verify(detail)
            const edit = findChild(detail, "editButton")
            tryCompare(edit, "visible", true, 10000)
            edit.clicked()
            const form = findChild(page, "recordForm")
            verify(form)
            verify(form.editing)
            compare(form.pmksType, 12)
            const notes = findChild(form, "notesField")
            notes.text = "Sudah diperbaiki"
            findChild(form, "rtField").text = "007"
            findChild(form, "saveButton").clicked()
            tryVerify(() => findChild(page, "recordForm") === null, 10000)
            tryVerify(() => detail.record.notes === "Sudah diperbaiki", 10000)
            compare(detail.record.rt, "007")
            compare(detail.record.typeOrder, 12)
            // Edited, still RETURNED until submitted again.
            compare(PmksSupport.statusOf(name), 5)
        }
    }
}
