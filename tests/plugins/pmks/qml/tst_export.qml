import QtQuick
import QtQuick.Controls
import QtTest
import Simpul.Components
import Simpul.Pmks

// The exports of the records and recap pages against the real server, through the page's
// "Ekspor…" button and its ExportDialog: the XLSX of the records list holds exactly the
// records the list shows (every column the list has, in its order), a name search narrows
// the export as it narrows the list, a path that cannot be written fails without a file,
// the recap goes out as CSV (the rows of the table) and PDF, and a PSM (no
// pmks.record.export) sees no export button. Period 2018 and NIK serials 800-899 are this
// file's own.
Item {
    id: window
    width: 1200
    height: 800

    Component {
        id: listComponent
        RecordListPage {
            anchors.fill: parent
        }
    }

    Component {
        id: recapComponent
        RecapPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "Export"
        when: windowShown

        property var created: []

        function signIn(username) {
            PmksSupport.signInAs(username)
            tryCompare(Client.session, "username", username, 10000)
            tryCompare(Client.session, "signedIn", true)
        }

        function initTestCase() {
            const plan = [["psm.desa", 11, 801, false, "32.04.05.2001", true],
                          ["psm.desa", 11, 802, true, "32.04.05.2001", true],
                          ["psm.desa", 12, 803, true, "32.04.05.2001", false],
                          ["dinsos.bdg", 16, 804, false, "32.04.05.2001", true],
                          ["psm.lain", 11, 805, false, "32.04.05.2002", true]]
            for (const p of plan) {
                const name = PmksSupport.createRecord(p[0], p[1], p[2], p[3], "2018", p[4])
                verify(name !== "", "record created")
                if (p[5])
                    compare(PmksSupport.step(p[0], "submit", name), 2)
                created.push(name)
            }
        }

        function listPage(username) {
            signIn(username)
            const page = createTemporaryObject(listComponent, window)
            verify(page)
            page.records.period = "2018"
            tryVerify(() => page.pageLoaded && page.records.period === "2018"
                      && !page.records.loading && page.records.complete, 10000)
            return page
        }

        // Opens the page's export dialog, writes `fileName` as `format`, waits for the end.
        function exportThroughDialog(page, buttonName, format, fileName) {
            const button = findChild(page, buttonName)
            verify(button)
            verify(button.visible && button.enabled)
            button.clicked()
            const dialog = page.exportDialog
            tryCompare(dialog, "opened", true, 5000)
            dialog.format = format
            dialog.path = PmksSupport.exportPath(fileName)
            const start = findChild(dialog.footer, "exportStartButton")
            verify(start && start.enabled)
            start.clicked()
            tryVerify(() => !dialog.job.running && dialog.resultText !== "", 20000)
            return dialog
        }

        function closeDialog(dialog) {
            findChild(dialog.footer, "exportCancelButton").clicked()
            tryCompare(dialog, "visible", false, 5000)
        }

        function test_recordsXlsxEqualsTheList() {
            const page = listPage("dinsos.bdg")
            compare(page.records.count, 5)
            const dialog = exportThroughDialog(page, "exportRecordsButton", "xlsx",
                                               "data-pmks-2018.xlsx")
            verify(dialog.resultOk, dialog.resultText)
            compare(Number(dialog.job.rowsWritten), 5)
            const table = PmksSupport.readExportTable(PmksSupport.exportPath("data-pmks-2018.xlsx"))
            compare(table.length, 1 + page.records.count)
            const header = table[0]
            compare(header[0], "nik")
            compare(header[21], "id_data")
            const col = name => header.indexOf(name)
            for (let i = 0; i < page.records.count; ++i) {
                const shown = page.records.get(i)
                const row = table[1 + i]
                compare(row[col("id_data")], shown.name)
                compare(row[col("nik")], shown.nik)
                compare(row[col("nama")], shown.fullName)
                compare(Number(row[col("jenis_pmks")]), shown.typeOrder)
                compare(row[col("kode_wilayah")], shown.wilayahCode)
                compare(row[col("nama_wilayah")], shown.wilayahName)
                compare(row[col("periode")], shown.period)
                compare(row[col("status")], shown.statusKey)
            }
            closeDialog(dialog)
        }

        function test_defaultPathAndSearch() {
            const page = listPage("dinsos.bdg")
            page.records.query = "Warga 802"
            tryVerify(() => !page.records.loading && page.records.complete
                      && page.records.count === 1, 10000)
            findChild(page, "exportRecordsButton").clicked()
            const dialog = page.exportDialog
            tryCompare(dialog, "opened", true, 5000)
            // The proposed file: the list's wilayah and period, in the documents folder.
            verify(dialog.path.endsWith("/data-pmks-32.04-2018.xlsx"), dialog.path)
            dialog.format = "csv"
            verify(dialog.path.endsWith("/data-pmks-32.04-2018.csv"), dialog.path)
            compare(dialog.request.query, "Warga 802")
            closeDialog(dialog)

            const done = exportThroughDialog(page, "exportRecordsButton", "csv", "cari.csv")
            verify(done.resultOk, done.resultText)
            const table = PmksSupport.readExportTable(PmksSupport.exportPath("cari.csv"))
            compare(table.length, 2)
            compare(table[1][21], page.records.get(0).name)
            compare(table[1][2], "Warga 802")
            closeDialog(done)
        }

        function test_unwritablePathFailsWithoutFile() {
            const page = listPage("dinsos.bdg")
            findChild(page, "exportRecordsButton").clicked()
            const dialog = page.exportDialog
            tryCompare(dialog, "opened", true, 5000)
            const path = PmksSupport.exportPath("tidak-ada/data.csv")
            dialog.format = "csv"
            dialog.path = path
            findChild(dialog.footer, "exportStartButton").clicked()
            tryVerify(() => !dialog.job.running && dialog.resultText !== "", 20000)
            verify(!dialog.resultOk)
            verify(dialog.resultText.indexOf(path) >= 0, dialog.resultText)
            compare(PmksSupport.readExportFile(path), "")
            closeDialog(dialog)
        }

        function test_recapAsCsvAndPdf() {
            signIn("dinsos.bdg")
            const page = createTemporaryObject(recapComponent, window)
            verify(page)
            page.recap.period = "2018"
            page.recap.status = -1 // every status
            page.wilayahCode = "32.04"
            page.level = 3
            tryVerify(() => page.pageLoaded && page.recap.wilayahCode === "32.04"
                      && page.recap.level === 3 && page.recap.period === "2018", 10000)
            verify(page.recap.count > 0)

            const csv = exportThroughDialog(page, "exportRecapButton", "csv", "rekap.csv")
            verify(csv.resultOk, csv.resultText)
            const table = PmksSupport.readExportTable(PmksSupport.exportPath("rekap.csv"))
            compare(table[0], ["kode_wilayah", "nama_wilayah", "jenis_pmks", "nama_jenis",
                               "laki_laki", "perempuan", "jumlah"])
            compare(table.length, 1 + page.recap.count)
            for (let i = 0; i < page.recap.count; ++i) {
                const shown = page.recap.get(i)
                const row = table[1 + i]
                compare(row[0], shown.wilayahCode)
                compare(Number(row[2]), shown.typeOrder)
                compare(Number(row[4]), Number(shown.male))
                compare(Number(row[5]), Number(shown.female))
                compare(Number(row[6]), Number(shown.total))
            }
            closeDialog(csv)

            const pdf = exportThroughDialog(page, "exportRecapButton", "pdf", "rekap.pdf")
            verify(pdf.resultOk, pdf.resultText)
            const text = PmksSupport.readExportFile(PmksSupport.exportPath("rekap.pdf"))
            verify(text.startsWith("%PDF"))
            verify(text.indexOf("Wilayah: 32.04") >= 0)
            verify(text.indexOf("Periode: 2018") >= 0)
            closeDialog(pdf)
        }

        function test_psmHasNoExport() {
            const page = listPage("psm.desa")
            verify(page.records.count > 0)
            verify(!page.canExport)
            compare(findChild(page, "exportRecordsButton").visible, false)
        }
    }
}
