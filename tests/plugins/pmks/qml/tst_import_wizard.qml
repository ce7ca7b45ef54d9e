import QtQuick
import QtQuick.Controls
import QtTest
import Simpul.Components
import Simpul.Pmks

// ImportWizardPage against the real simpul-data: a file's preview (header, rows, template
// columns, a missing required column, a file that cannot be read), an import as Dinas
// Sosial straight into VALIDATED whose counts equal what the server holds afterwards (read
// here through GetRecap), the bad rows by line and column, the error report saved and read
// back, a second import that creates nothing, and the statuses a PSM may choose. Period 2019
// and NIK serials 900+ are this file's own.
Item {
    id: window
    width: 1200
    height: 800

    Component {
        id: pageComponent
        ImportWizardPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "ImportWizardPage"
        when: windowShown

        // The report is in Indonesian; the screen in the UI language (Indonesian unless the
        // locale is English).
        readonly property bool english: Qt.locale().name.startsWith("en")
        readonly property string unknownType:
            "Jenis PMKS tidak dikenal: tulis nomor 1-26, nama, atau nama lama (sebelum 2012)."
        readonly property string unknownTypeShown: english
            ? "Unknown PMKS type: write its number 1-26, its name, or its pre-2012 name."
            : unknownType

        function signIn(username) {
            PmksSupport.signInAs(username)
            tryCompare(Client.session, "username", username, 10000)
            tryCompare(Client.session, "signedIn", true)
        }

        // One CSV line of the short header below: a person born 10 May 1980 (as nikFor).
        function line(serial, female, desa, type, birth) {
            return [PmksSupport.nikFor(serial, female), "Warga " + serial, female ? "P" : "L",
                    birth || "10/05/1980", desa, type, "2019", ""].join(",") + "\n"
        }

        readonly property string header:
            "nik,nama,jenis_kelamin,tanggal_lahir,kode_wilayah,jenis_pmks,periode,keterangan\n"

        function goodAndBadFile() {
            return PmksSupport.writeTextFile("impor-2019.csv", header
                + line(901, false, "32.04.05.2001", "12")
                + line(902, true, "32.04.05.2001", "12")
                + line(903, false, "32.04.05.2002", "13")
                + line(904, false, "32.04.05.2001", "12", "31/02/1980") // line 5: no such date
                + line(905, true, "32.04.05.2001", "99")                // line 6: no such type
                + line(906, false, "32.04.05.2001", "12"))
        }

        function validatedTotal(code, level) {
            let total = 0
            for (const row of PmksSupport.recap("dinsos.bdg", code, "2019", level, 4))
                total += Number(row.total)
            return total
        }

        function openPage() {
            const page = createTemporaryObject(pageComponent, window)
            verify(page)
            verify(page.pageLoaded)
            return page
        }

        function preview(page, path) {
            page.filePath = path
            const button = findChild(page, "previewButton")
            verify(button.enabled)
            mouseClick(button)
            tryVerify(() => page.job.previewReady && !page.job.previewing
                      && page.job.previewPath === path, 10000)
        }

        function chooseStatus(page, status) {
            const box = findChild(page, "statusBox")
            const index = page.statusChoices.findIndex(c => c.value === status)
            verify(index >= 0, "status " + status + " offered")
            box.currentIndex = index
            compare(page.chooser.targetStatus, status)
        }

        function importAndWait(page) {
            const start = findChild(page, "startButton")
            tryVerify(() => start.enabled, 5000)
            mouseClick(start)
            tryVerify(() => page.step === 2 && page.job.done, 30000)
        }

        function test_1_previewShowsHeaderRowsAndColumnCheck() {
            signIn("dinsos.bdg")
            const page = openPage()
            compare(page.step, 0)
            const path = goodAndBadFile()
            verify(path !== "")
            preview(page, path)
            compare(page.job.previewError, "")
            compare(page.job.header, ["nik", "nama", "jenis_kelamin", "tanggal_lahir",
                                      "kode_wilayah", "jenis_pmks", "periode", "keterangan"])
            compare(page.job.fileRows, 6)
            compare(page.job.previewRows.count, 6)
            const first = page.job.previewRows.get(0)
            compare(first.line, 2)
            compare(first.c0, PmksSupport.nikFor(901, false))
            compare(first.c1, "Warga 901")
            compare(page.job.previewRows.get(5).c1, "Warga 906")
            // The table shows the file's columns as headers, and every row.
            const table = findChild(page, "previewTable")
            verify(table.visible)
            compare(table.columns.length, 9) // line + 8
            compare(table.columns[1].title, "nik")
            tryCompare(table, "count", 6)
            // Optional columns missing, no required one.
            compare(page.job.missingRequired, [])
            compare(page.job.missingColumns, ["no_kk", "dusun", "rw", "rt", "jenis_disabilitas"])
            verify(findChild(page, "column_nik").present)
            verify(!findChild(page, "column_rw").present)
            verify(!findChild(page, "missingRequired").visible)
            verify(findChild(page, "missingOptional").visible)
            // Dinas Sosial: any status (historical data).
            compare(page.statusChoices.map(c => c.value), [1, 2, 3, 4])
            verify(page.job.canStart)
            verify(findChild(page, "startButton").enabled)
        }

        function test_2_aMissingRequiredColumnOrAnUnreadableFileCannotStart() {
            signIn("dinsos.bdg")
            const page = openPage()
            const path = PmksSupport.writeTextFile("tanpa-periode.csv",
                "nik,nama,jenis_kelamin,tanggal_lahir,kode_wilayah,jenis_pmks\n"
                + PmksSupport.nikFor(920, false) + ",Warga 920,L,10/05/1980,32.04.05.2001,12\n")
            preview(page, path)
            compare(page.job.fileRows, 1)
            compare(page.job.missingRequired, ["periode"])
            const chip = findChild(page, "column_periode")
            verify(!chip.present && chip.required)
            const banner = findChild(page, "missingRequired")
            verify(banner.visible)
            verify(banner.text.indexOf("periode") >= 0)
            verify(!page.job.canStart)
            verify(!findChild(page, "startButton").enabled)
            verify(!page.startImport(4))

            preview(page, path.replace("tanpa-periode.csv", "tidak-ada.csv"))
            compare(page.job.previewError,
                    english ? "The file cannot be opened" : "Berkas tidak dapat dibuka")
            verify(findChild(page, "previewError").visible)
            verify(!findChild(page, "previewTable").visible)
            verify(!page.job.canStart)
        }

        function test_3_importIntoValidatedThenAgain() {
            signIn("dinsos.bdg")
            const page = openPage()
            compare(validatedTotal("32.04", 0), 0)
            const path = goodAndBadFile()
            preview(page, path)
            chooseStatus(page, 4)
            const fractions = []
            const record = () => fractions.push(page.job.progress)
            page.job.progressChanged.connect(record)
            importAndWait(page)
            page.job.progressChanged.disconnect(record)

            compare(page.job.error, "")
            compare(page.job.rowsRead, 6)
            compare(page.job.recordsCreated, 4)
            compare(page.job.recordsExisting, 0)
            compare(page.job.personsCreated, 4)
            compare(page.job.rowsFailed, 2)
            compare(page.job.rowsSent, 6)
            compare(page.job.progress, 1)
            for (let i = 1; i < fractions.length; ++i)
                verify(fractions[i] >= fractions[i - 1])
            // What the server holds: 4 VALIDATED records of 2019, 3 in Cileunyi Kulon.
            compare(validatedTotal("32.04", 0), 4)
            const desa = PmksSupport.recap("dinsos.bdg", "32.04.05", "2019", 4, 4)
            compare(desa.filter(r => r.wilayahCode === "32.04.05.2001")
                        .reduce((sum, r) => sum + Number(r.total), 0), 3)
            compare(desa.filter(r => r.wilayahCode === "32.04.05.2002")
                        .reduce((sum, r) => sum + Number(r.total), 0), 1)
            compare(findChild(findChild(page, "count_recordsCreated"), "value").text, "4")
            compare(findChild(findChild(page, "count_rowsFailed"), "value").text, "2")

            // The bad rows by line and column, in Indonesian.
            compare(page.job.errors.count, 2)
            const bad = [page.job.errors.get(0), page.job.errors.get(1)]
            compare(bad[0].line, 5)
            compare(bad[0].column, "tanggal_lahir")
            compare(bad[0].reason, "BAD_DATE")
            verify(bad[0].message !== "")
            compare(bad[1].line, 6)
            compare(bad[1].column, "jenis_pmks")
            compare(bad[1].reason, "UNKNOWN_TYPE")
            compare(bad[1].message, unknownTypeShown)
            tryCompare(findChild(page, "errorTable"), "count", 2)

            // The report, as `simpulctl pmks import --errors` writes it.
            const reportPath = path.replace("impor-2019.csv", "laporan-2019.csv")
            page.reportPath = reportPath
            mouseClick(findChild(page, "saveButton"))
            verify(page.reportOk, page.reportMessage)
            const report = PmksSupport.readTextFile(reportPath).split("\r\n")
            compare(report.length, 4) // header, two rows, the empty rest after the last CRLF
            compare(report[0], "baris,kolom,alasan")
            // (quoted when the message has a comma)
            verify(report[1].startsWith("5,tanggal_lahir,")
                   && report[1].indexOf(" [BAD_DATE]") > 0, report[1])
            compare(report[2], "6,jenis_pmks,\"" + unknownType + " [UNKNOWN_TYPE]\"")
            compare(report[3], "")
            // A folder that does not exist: said so, nothing claimed.
            verify(!page.saveReport(path.replace("impor-2019.csv", "tidak/ada/laporan.csv")))
            verify(page.reportMessage !== "")
            verify(findChild(page, "reportMessage").visible)

            // The same file again creates nothing.
            mouseClick(findChild(page, "restartButton"))
            compare(page.step, 0)
            chooseStatus(page, 4)
            importAndWait(page)
            compare(page.job.rowsRead, 6)
            compare(page.job.recordsCreated, 0)
            compare(page.job.recordsExisting, 4)
            compare(page.job.personsCreated, 0)
            compare(page.job.rowsFailed, 2)
            compare(validatedTotal("32.04", 0), 4)
        }

        function test_4_psmImportsDraftsOnly() {
            signIn("psm.desa")
            const page = openPage()
            // The server's rule: pmks.record.write for DRAFT; past DRAFT is Dinas Sosial's
            // historical data entry (pmks.record.validate).
            tryVerify(() => page.statusChoices.length > 0, 5000)
            compare(page.statusChoices.map(c => c.value), [1])
            verify(!findChild(page, "permissionBanner").visible)
            const path = PmksSupport.writeTextFile("psm-2019.csv", header
                + line(930, true, "32.04.05.2001", "12"))
            preview(page, path)
            verify(!page.startImport(2), "SUBMITTED is not offered")
            verify(!page.startImport(4), "VALIDATED is not offered")
            chooseStatus(page, 1)
            importAndWait(page)
            compare(page.job.error, "")
            compare(page.job.recordsCreated, 1)
            compare(page.job.rowsFailed, 0)
            compare(findChild(page, "errorTable").count, 0)
            verify(!findChild(page, "saveButton").enabled)
            // One DRAFT record of 2019 in the desa.
            let drafts = 0
            for (const row of PmksSupport.recap("dinsos.bdg", "32.04.05.2001", "2019", 0, 1))
                drafts += Number(row.total)
            compare(drafts, 1)
        }
    }
}
