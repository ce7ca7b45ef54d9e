import QtQuick
import QtQuick.Controls
import QtTest
import Simpul.Components
import Simpul.Pmks

// DasawismaPage against the real server. The PSM of Cileunyi Kulon makes a group through the
// form (9 households refused with the rule, 12 accepted; a second group of the same name in
// the same RT refused by the server on the name field), writes a report of 3 candidates,
// turns 2 into DRAFT records in one step and rejects the third with a reason; a later report
// proposing someone already recorded links the existing record, and a candidate breaking a
// type rule stops the whole step with the candidate named. The PSM of the next desa does not
// see the group; the Kepala Desa sees it without any write button. Month and period 2017 and
// NIK serials 7xx are this file's own.
//
// The functions build on each other and run in name order (Quick Test sorts them): test_1
// makes the group the later ones use.
Item {
    id: window
    width: 1200
    height: 900

    Component {
        id: pageComponent
        DasawismaPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "DasawismaPage"
        when: windowShown

        readonly property string groupTitle: "Dasawisma Mawar 17"
        readonly property string desa: "32.04.05.2001"

        function signIn(username) {
            PmksSupport.signInAs(username)
            tryCompare(Client.session, "username", username, 10000)
            tryCompare(Client.session, "signedIn", true)
        }

        function makePage(username) {
            signIn(username)
            const page = createTemporaryObject(pageComponent, window)
            verify(page)
            tryVerify(() => page.pageLoaded, 10000)
            return page
        }

        function groupRow(page) {
            for (let i = 0; i < page.groups.count; ++i) {
                if (page.groups.get(i).displayName === groupTitle)
                    return page.groups.get(i)
            }
            return null
        }

        // DRAFT records of the desa in 2017-S1 (the semester of the reports' months).
        function draftCount() {
            let total = 0
            for (const row of PmksSupport.recap("dinsos.bdg", desa, "2017-S1", 0, 1))
                total += row.total
            return total
        }

        function openNewGroupForm(page) {
            const button = findChild(page, "newGroupButton")
            verify(button)
            verify(button.visible)
            button.clicked()
            const form = findChild(page, "groupForm")
            verify(form)
            verify(!form.editing)
            // The PSM's picker is fixed to its desa.
            tryCompare(form.wilayahPicker, "code", desa, 5000)
            return form
        }

        function fillGroup(form, households) {
            findChild(form, "dusunField").text = "Dusun Mekar"
            findChild(form, "rwField").text = "4"
            findChild(form, "rtField").text = "7"
            findChild(form, "nameField").text = groupTitle
            form.nikField.text = PmksSupport.nikFor(700, true)
            findChild(form, "ketuaNameField").text = "Ibu Ketua Tujuh Ratus"
            findChild(form, "householdsField").text = households
        }

        // The reports page of the test group, loaded, over `page`.
        function openGroup(page) {
            tryVerify(() => !page.groups.loading && groupRow(page) !== null, 10000)
            page.openGroup(groupRow(page).name)
            const reports = findChild(page, "reportsPage")
            verify(reports)
            tryVerify(() => reports.loaded && !reports.reports.loading, 10000)
            return reports
        }

        function newReport(reports, month, people) {
            const button = findChild(reports, "newReportButton")
            verify(button.visible)
            button.clicked()
            const form = findChild(reports, "reportForm")
            verify(form)
            form.monthPicker.month = month
            findChild(form, "notesField").text = "Kunjungan ke ketua kelompok"
            for (let i = 1; i < people.length; ++i)
                findChild(form, "addCandidateButton").clicked()
            compare(form.candidateCount, people.length)
            for (let i = 0; i < people.length; ++i) {
                const editor = form.candidate(i)
                editor.setType(people[i].type)
                compare(editor.pmksType, people[i].type)
                editor.nikField.text = PmksSupport.nikFor(people[i].serial, people[i].female)
                findChild(editor, "fullNameField").text = people[i].name
                findChild(editor, "noteField").text = people[i].note
            }
            findChild(form, "saveButton").clicked()
            tryVerify(() => findChild(reports, "reportForm") === null, 10000)
            const view = findChild(reports, "reportView")
            verify(view)
            tryVerify(() => view.loaded && view.candidates.length === people.length, 10000)
            return view
        }

        function tick(view, index) {
            const box = findChild(findChild(view, "candidateRow" + index), "selectBox")
            verify(box)
            verify(box.visible && box.enabled)
            box.checked = true
        }

        function test_1_psmCreatesGroupThroughForm() {
            const page = makePage("psm.desa")
            verify(groupRow(page) === null)
            const form = openNewGroupForm(page)
            fillGroup(form, "9")
            // Said at once, and refused on save without asking the server.
            const field = findChild(form, "householdsFormField")
            verify(form.householdsRule.indexOf("10 sampai 20") >= 0, form.householdsRule)
            compare(field.error, form.householdsRule)
            findChild(form, "saveButton").clicked()
            compare(form.fieldErrors["group.households"], form.householdsRule)
            verify(!form.busy)
            verify(findChild(page, "groupForm") !== null)

            findChild(form, "householdsField").text = "12"
            compare(form.householdsMessage, "")
            findChild(form, "saveButton").clicked()
            tryVerify(() => findChild(page, "groupForm") === null, 10000)
            let row = null
            tryVerify(() => {
                row = page.groups.loading ? null : groupRow(page)
                return row !== null
            }, 10000)
            compare(row.households, 12)
            compare(row.wilayahCode, desa)
            compare(row.dusun, "Dusun Mekar")
            compare(row.rw, "004")
            compare(row.rt, "007")
            compare(row.ketuaName, "Ibu Ketua Tujuh Ratus")
            verify(row.ketuaNikMasked, "a PSM does not read NIKs")
            compare(row.reportCount, 0)
            // The table draws what the model holds.
            tryCompare(page.table, "count", page.groups.count, 5000)
        }

        function test_2_serverRefusalShownOnItsField() {
            const page = makePage("psm.desa")
            const form = openNewGroupForm(page)
            fillGroup(form, "15")
            findChild(form, "saveButton").clicked()
            // The same name in the same RT: ALREADY_EXISTS on group.display_name.
            tryVerify(() => form.fieldErrors["group.display_name"] !== undefined, 10000)
            compare(findChild(form, "nameFormField").error, form.fieldErrors["group.display_name"])
            compare(form.generalError, "")
            verify(findChild(page, "groupForm") !== null)
            findChild(form, "cancelButton").clicked()
            tryVerify(() => findChild(page, "groupForm") === null)
        }

        function test_3_reportAcceptTwoRejectOne() {
            const reports = openGroup(makePage("psm.desa"))
            verify(reports.canWrite)
            compare(reports.reports.count, 0)
            const before = draftCount()
            const view = newReport(reports, "2017-03", [
                { serial: 701, female: false, type: 11, name: "Calon Tujuh Satu", note: "Tidur di pasar" },
                { serial: 702, female: true, type: 12, name: "Calon Tujuh Dua", note: "Mengemis di terminal" },
                { serial: 703, female: false, type: 13, name: "Calon Tujuh Tiga", note: "Memulung" }])
            verify(view.canAccept)
            compare(view.candidates[1].sex, "P") // from the NIK
            for (const c of view.candidates)
                compare(c.stateKey, "proposed")

            tick(view, 0)
            tick(view, 1)
            compare(view.selected.length, 2)
            findChild(view, "acceptButton").clicked()
            tryCompare(view, "lastCreated", 2, 10000)
            compare(view.lastAlreadyRecorded, 0)
            verify(findChild(view, "resultText").text.indexOf("2 data draf dibuat") >= 0)
            compare(view.candidates[0].stateKey, "accepted")
            compare(view.candidates[1].stateKey, "accepted")
            compare(view.candidates[2].stateKey, "proposed")
            compare(draftCount(), before + 2)
            for (let i = 0; i < 2; ++i) {
                verify(view.candidates[i].record !== "")
                compare(PmksSupport.statusOf(view.candidates[i].record), 1) // DRAFT
            }
            compare(view.selected.length, 0)

            tick(view, 2)
            const reject = findChild(view, "rejectButton")
            verify(!reject.enabled, "a rejection needs a reason")
            findChild(view, "rejectReasonField").text = "Sudah pindah ke desa lain"
            verify(reject.enabled)
            reject.clicked()
            tryCompare(view, "lastRejected", 1, 10000)
            compare(view.candidates[2].stateKey, "rejected")
            compare(view.candidates[2].rejectReason, "Sudah pindah ke desa lain")
            compare(view.candidates[2].record, "")
            compare(draftCount(), before + 2)

            findChild(view, "backButton").clicked()
            tryVerify(() => findChild(reports, "reportView") === null)
            tryVerify(() => !reports.reports.loading && reports.reports.count === 1, 10000)
            const row = reports.reports.get(0)
            compare(row.month, "2017-03")
            compare(row.candidateCount, 3)
            compare(row.accepted, 2)
            compare(row.rejected, 1)
            compare(row.proposed, 0)
        }

        function test_4_duplicateLinkedAndRuleRefusalNamesCandidate() {
            const reports = openGroup(makePage("psm.desa"))
            const before = draftCount()
            const view = newReport(reports, "2017-04", [
                { serial: 701, female: false, type: 11, name: "Calon Tujuh Satu", note: "Masih di pasar" },
                // Anak Balita Terlantar (under 5) for someone born in 1980.
                { serial: 704, female: true, type: 1, name: "Calon Tujuh Empat", note: "" }])
            tick(view, 0)
            tick(view, 1)
            findChild(view, "acceptButton").clicked()
            tryVerify(() => view.lastError !== "", 10000)
            verify(view.lastError.indexOf("Calon Tujuh Empat") >= 0, view.lastError)
            compare(view.failedCandidate, view.candidates[1].id)
            compare(view.lastCreated, -1)
            // All or nothing.
            compare(view.candidates[0].stateKey, "proposed")
            compare(draftCount(), before)

            // The one already recorded for 2017-S1 (by the March report) is linked to it.
            findChild(findChild(view, "candidateRow1"), "selectBox").checked = false
            compare(view.selected, [view.candidates[0].id])
            findChild(view, "acceptButton").clicked()
            tryCompare(view, "lastCreated", 0, 10000)
            compare(view.lastAlreadyRecorded, 1)
            compare(view.lastDuplicates.length, 1)
            compare(view.lastDuplicates[0].fullName, "Calon Tujuh Satu")
            verify(view.candidates[0].alreadyRecorded)
            verify(view.candidates[0].record !== "")
            verify(findChild(view, "resultText").text.indexOf("Calon Tujuh Satu") >= 0)
            compare(draftCount(), before)

            // The link opens the existing record.
            const open = findChild(findChild(view, "candidateRow0"), "openRecordButton")
            verify(open.visible)
            open.clicked()
            const record = findChild(view, "recordPage")
            verify(record)
            tryVerify(() => record.loaded, 10000)
            compare(record.record.fullName, "Calon Tujuh Satu")
            compare(record.record.statusKey, "draft")
            findChild(record, "backButton").clicked()
            tryVerify(() => findChild(view, "recordPage") === null)
        }

        function test_5_otherDesaPsmDoesNotSeeTheGroup() {
            const page = makePage("psm.lain")
            tryVerify(() => !page.groups.loading && page.groups.complete, 10000)
            compare(groupRow(page), null)
            for (let i = 0; i < page.groups.count; ++i)
                verify(page.groups.get(i).wilayahCode !== desa)
            // A PSM all the same: groups of its own desa may be made.
            verify(findChild(page, "newGroupButton").visible)
        }

        function test_6_kepalaDesaReadsWithoutWriteButtons() {
            const page = makePage("kades.desa")
            verify(!page.canCreate)
            compare(findChild(page, "newGroupButton").visible, false)
            const reports = openGroup(page)
            verify(!reports.canWrite)
            compare(findChild(reports, "newReportButton").visible, false)
            compare(findChild(reports, "editGroupButton").visible, false)
            compare(findChild(reports, "deleteGroupButton").visible, false)
            // The Kepala Desa reads NIKs in the desa.
            compare(reports.group.ketuaNik, PmksSupport.nikFor(700, true))
            tryCompare(reports.reports, "count", 2, 10000)

            reports.openReport(reports.reports.get(reports.reports.count - 1).name)
            const view = findChild(reports, "reportView")
            verify(view)
            tryVerify(() => view.loaded && view.candidates.length === 3, 10000)
            verify(!view.canReject)
            verify(!view.canAccept)
            compare(findChild(findChild(view, "candidateRow0"), "selectBox").visible, false)
            compare(findChild(view, "acceptButton").visible, false)
            compare(findChild(view, "rejectButton").visible, false)
            compare(findChild(view, "decisionControls").visible, false)
        }

        function test_7_editAndDeleteGroup() {
            const page = makePage("psm.desa")
            const reports = openGroup(page)
            findChild(reports, "editGroupButton").clicked()
            const form = findChild(page, "groupForm")
            verify(form)
            verify(form.editing)
            compare(findChild(form, "householdsField").text, "12")
            compare(findChild(form, "nameField").text, groupTitle)
            // The PSM does not read the ketua's NIK: left empty, the ketua stays.
            compare(form.nikField.text, "")
            findChild(form, "householdsField").text = "14"
            findChild(form, "saveButton").clicked()
            tryVerify(() => findChild(page, "groupForm") === null, 10000)
            tryCompare(findChild(reports, "householdsValue"), "text", "14", 10000)
            compare(reports.group.ketuaName, "Ibu Ketua Tujuh Ratus")

            // A group with reports stays, with the server's reason.
            reports.deleteGroup()
            tryVerify(() => reports.deleteError !== "", 10000)
            compare(findChild(reports, "groupError").text, reports.deleteError)
            findChild(reports, "backButton").clicked()
            tryVerify(() => findChild(page, "reportsPage") === null)

            // A group without reports goes.
            const second = openNewGroupForm(page)
            fillGroup(second, "10")
            findChild(second, "nameField").text = "Dasawisma Melati 17"
            findChild(second, "saveButton").clicked()
            tryVerify(() => findChild(page, "groupForm") === null, 10000)
            let name = ""
            tryVerify(() => {
                for (let i = 0; !page.groups.loading && i < page.groups.count; ++i) {
                    if (page.groups.get(i).displayName === "Dasawisma Melati 17")
                        name = page.groups.get(i).name
                }
                return name !== ""
            }, 10000)
            page.openGroup(name)
            const melati = findChild(page, "reportsPage")
            tryVerify(() => melati.loaded && melati.canWrite, 10000)
            melati.deleteGroup()
            tryVerify(() => findChild(page, "reportsPage") === null, 10000)
            tryVerify(() => !page.groups.loading && page.groups.indexOfKey(name) < 0
                      && groupRow(page) !== null, 10000)
        }
    }
}
