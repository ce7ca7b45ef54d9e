import QtQuick
import QtQuick.Controls
import QtTest
import Simpul.Components
import Simpul.Pmks

// The photos of a record on RecordPage against the real server: the PSM of the desa attaches
// a real PNG (the thumbnail appears at its scaled size, a click shows it larger) and removes
// it; the Kepala Desa sees the photos (downloaded) without any add or remove control, and
// why an attachment that is no image is not shown; a file that is not a JPEG or PNG, a
// missing, a too large and an empty one are refused with a message; a change made meanwhile
// elsewhere asks for a reload. Period 2016 and NIK serials 600-649 are this file's.
Item {
    id: window
    width: 1200
    height: 900

    Component {
        id: pageComponent
        RecordPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "RecordPhotos"
        when: windowShown

        function signIn(username) {
            PmksSupport.signInAs(username)
            tryCompare(Client.session, "username", username, 10000)
            tryCompare(Client.session, "signedIn", true)
        }

        function newRecord(serial) {
            const name = PmksSupport.createRecord("psm.desa", 11, serial, false, "2016",
                                                  "32.04.05.2001")
            verify(name !== "", "record created")
            return name
        }

        // RecordPage of `name` as `username`, loaded; its "Foto" section.
        function openPage(username, name) {
            signIn(username)
            const page = createTemporaryObject(pageComponent, window, { recordName: name })
            verify(page)
            tryVerify(() => page.loaded, 10000)
            const photos = findChild(page, "recordPhotos")
            verify(photos)
            return { page: page, photos: photos }
        }

        function attachPath(photos, path) {
            verify(path !== "")
            findChild(photos, "photoPathField").text = path
            const upload = findChild(photos, "uploadPhotoButton")
            tryCompare(upload, "enabled", true)
            upload.clicked()
        }

        function waitReady(photos, count) {
            tryVerify(() => !photos.photoList.busy && photos.photoList.photos.length === count
                      && photos.photoList.photos.every(p => p.state === "ready"), 20000)
        }

        function test_psmAttachesViewsAndRemoves() {
            const record = newRecord(600)
            const opened = openPage("psm.desa", record)
            const photos = opened.photos
            tryCompare(photos, "editable", true)
            verify(findChild(photos, "addPhotoButton").visible)
            verify(findChild(photos, "noPhotos").visible)

            attachPath(photos, PmksSupport.writeImageFile("rumah-600.png", 200, 100, "PNG"))
            waitReady(photos, 1)
            compare(photos.photoList.error, "")
            const name = photos.photoList.photos[0].name
            verify(name.startsWith("attachments/"), name)
            compare(PmksSupport.attachmentsOf(record), [name])
            // The page loaded the record again (new etag, the photo in it).
            tryVerify(() => opened.page.record.attachments !== undefined
                      && opened.page.record.attachments.length === 1, 10000)
            compare(findChild(photos, "photoPathField").text, "")
            verify(!findChild(photos, "noPhotos").visible)

            // The thumbnail: scaled down into 104×104, keeping the 2:1 shape.
            const tile = findChild(photos, "photo_0")
            verify(tile)
            const thumbnail = findChild(tile, "thumbnail")
            tryCompare(thumbnail, "status", Image.Ready, 10000)
            compare(thumbnail.implicitWidth, 104)
            compare(thumbnail.implicitHeight, 52)

            // A click shows it larger: its own size (it fits the bound).
            mouseClick(tile)
            tryCompare(photos.viewer, "opened", true)
            tryCompare(photos.viewer.image, "status", Image.Ready, 10000)
            compare(photos.viewer.image.implicitWidth, 200)
            compare(photos.viewer.image.implicitHeight, 100)
            photos.viewer.close()
            tryCompare(photos.viewer, "opened", false)

            // Removed after the question; the record no longer holds it.
            const remove = findChild(tile, "removePhotoButton")
            verify(remove.visible)
            remove.clicked()
            tryCompare(photos.removeConfirm, "opened", true)
            photos.removeConfirm.accept()
            tryVerify(() => !photos.photoList.busy && photos.photoList.photos.length === 0, 10000)
            compare(PmksSupport.attachmentsOf(record), [])
            compare(photos.photoList.error, "")
        }

        function test_kadesSeesPhotoWithoutControls() {
            const record = newRecord(601)
            // Put in place without the pages, so the Kepala Desa's page downloads them: a
            // JPEG, and a text file that only the API would accept.
            const photo = PmksSupport.attachFile(
                "psm.desa", record, PmksSupport.writeImageFile("rumah-601.jpg", 320, 240, "JPG"))
            verify(photo !== "")
            const text = PmksSupport.attachFile(
                "psm.desa", record, PmksSupport.writeTextFile("catatan-601.txt", "bukan foto\n"))
            verify(text !== "")

            const photos = openPage("kades.desa", record).photos
            tryVerify(() => photos.photoList.photos.length === 2
                      && photos.photoList.photos.every(p => p.state !== "loading"), 20000)
            compare(photos.photoList.photos[0].name, photo)
            compare(photos.photoList.photos[0].state, "ready")
            compare(photos.photoList.photos[1].state, "failed")
            compare(photos.photoList.photos[1].message,
                    "Lampiran ini bukan gambar yang dapat ditampilkan.")
            const thumbnail = findChild(findChild(photos, "photo_0"), "thumbnail")
            tryCompare(thumbnail, "status", Image.Ready, 10000)
            compare(thumbnail.implicitWidth, 104)
            compare(thumbnail.implicitHeight, 78)
            compare(findChild(findChild(photos, "photo_1"), "thumbnail").status, Image.Null)
            verify(findChild(findChild(photos, "photo_1"), "photoFailure").visible)

            // Seen, not changed.
            compare(photos.editable, false)
            compare(findChild(photos, "addPhotoButton").visible, false)
            compare(findChild(photos, "uploadPhotoButton").visible, false)
            compare(findChild(findChild(photos, "photo_0"), "removePhotoButton").visible, false)
        }

        function test_otherFilesAreRefusedWithAMessage() {
            const record = newRecord(602)
            const photos = openPage("psm.desa", record).photos

            // Named like a photo, but text inside.
            const notPhoto = PmksSupport.writeTextFile("bukan-foto-602.png", "catatan lapangan\n")
            attachPath(photos, notPhoto)
            tryCompare(photos.photoList, "error",
                       "Hanya foto JPEG atau PNG yang dapat ditambahkan.", 10000)
            compare(findChild(photos, "photoError").text, photos.photoList.error)
            verify(findChild(photos, "photoError").visible)

            attachPath(photos, notPhoto.replace("bukan-foto-602.png", "hilang-602.png"))
            tryCompare(photos.photoList, "error", "Berkas tidak ditemukan.", 10000)

            attachPath(photos, PmksSupport.writeTextFile("besar-602.png",
                                                         "x".repeat(8 * 1024 * 1024 + 1)))
            tryVerify(() => photos.photoList.error.startsWith("Foto terlalu besar")
                      && photos.photoList.error.indexOf("8 MB") > 0, 10000)

            attachPath(photos, PmksSupport.writeTextFile("kosong-602.png", ""))
            tryCompare(photos.photoList, "error", "Berkas itu kosong.", 10000)

            compare(photos.photoList.photos.length, 0)
            compare(PmksSupport.attachmentsOf(record), [])

            // A file: URL, as the file dialog gives it, is a path too.
            photos.photoList.attach("file://" + PmksSupport.writeImageFile("rumah-602.png", 30, 30,
                                                                           "PNG"))
            waitReady(photos, 1)
            compare(photos.photoList.error, "")
            compare(PmksSupport.attachmentsOf(record).length, 1)
        }

        function test_staleRecordAsksForReload() {
            const record = newRecord(603)
            const first = openPage("psm.desa", record)
            const second = createTemporaryObject(pageComponent, window, { recordName: record })
            tryVerify(() => second.loaded, 10000)
            const other = findChild(second, "recordPhotos")

            // The second page changes the record; the first still holds the old etag.
            attachPath(other, PmksSupport.writeImageFile("rumah-603a.png", 60, 40, "PNG"))
            waitReady(other, 1)
            attachPath(first.photos, PmksSupport.writeImageFile("rumah-603b.png", 40, 60, "PNG"))
            tryVerify(() => first.photos.photoList.stale, 10000)
            verify(first.photos.photoList.error.indexOf("Muat ulang") >= 0)
            const reload = findChild(first.photos, "reloadButton")
            verify(reload.visible)
            compare(PmksSupport.attachmentsOf(record).length, 1)

            // After the reload the same file goes in beside the other one.
            reload.clicked()
            waitReady(first.photos, 1)
            tryVerify(() => !first.photos.photoList.stale)
            findChild(first.photos, "uploadPhotoButton").clicked()
            waitReady(first.photos, 2)
            compare(PmksSupport.attachmentsOf(record).length, 2)
        }
    }
}
