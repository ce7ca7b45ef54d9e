import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components
import Simpul.Pmks

// The record form: a new DRAFT record (`record` empty) or an edit of a DRAFT / RETURNED one
// (`record` = RecordActions.record, a detail map with name and etag). The type comes first;
// the fields shown follow from it (a person, a family with its No. KK, a community, the
// disability kinds of types 5 and 9, the event of types 21 and 22, the type's criteria).
// The server checks everything again; an error it names a field for is shown on that field.
FocusScope {
    id: root

    property var record: ({})
    readonly property bool editing: (record.name || "") !== ""
    readonly property int pmksType: typeBox.currentValue === undefined ? 0 : typeBox.currentValue
    readonly property var typeInfo: PmksTypes.typeInfo(pmksType)
    readonly property string subjectKind: typeInfo.subjectKind || ""
    // Server field ("record.subject.nik") -> its message, from the last refused save.
    property var fieldErrors: ({})
    property string generalError
    readonly property alias busy: actions.busy
    readonly property alias nikField: nik
    readonly property alias wilayahPicker: picker
    signal saved(var record)
    signal cancelled()

    readonly property var _typeChoices: [{ value: 0, text: qsTr("Pilih jenis PMKS") }]
        .concat(PmksTypes.choices.slice(1))
    property var _initial: ({})

    function errorFor(prefix) {
        const keys = Object.keys(fieldErrors)
        for (let i = 0; i < keys.length; ++i) {
            if (keys[i] === prefix || keys[i].startsWith(prefix + "."))
                return fieldErrors[keys[i]]
        }
        return ""
    }

    function _checked(repeater) {
        const keys = []
        for (let i = 0; i < repeater.count; ++i) {
            const box = repeater.itemAt(i)
            if (box && box.checked)
                keys.push(box.key)
        }
        return keys
    }

    // The form as RecordActions.save takes it.
    function formData() {
        const person = subjectKind === "person" || subjectKind === "event"
        const family = subjectKind === "family"
        return {
            pmksType: pmksType,
            period: periodPicker.period,
            nik: person || family ? nik.text : "",
            fullName: person || family ? fullName.text : "",
            sex: person ? (sexBox.currentValue !== "" ? sexBox.currentValue : nik.sex) : "",
            birthDate: person ? (birthDate.text.trim() !== "" ? birthDate.text.trim()
                                                              : nik.birthDate) : "",
            noKk: person || family ? noKk.text : "",
            communityName: subjectKind === "community" ? communityName.text : "",
            wilayahCode: picker.code,
            dusun: dusun.text, rw: rw.text, rt: rt.text,
            criteria: _checked(criteriaRepeater),
            disabilityKinds: typeInfo.needsDisabilityKinds ? _checked(kindRepeater) : [],
            disasterEvent: pmksType === 21 || pmksType === 22 ? disasterEvent.text : "",
            notes: notes.text
        }
    }

    // UpdateRecord's mask: every part of the record the form edits, the subject only when one
    // of its fields changed (a masked NIK is never sent back).
    function _paths(form) {
        const paths = ["pmks_type", "period", "location", "criteria", "disability_kinds",
                       "disaster_event", "notes"]
        const subjectKeys = ["nik", "fullName", "sex", "birthDate", "noKk", "communityName"]
        if (subjectKeys.some(k => (form[k] || "") !== (_initial[k] || "")))
            paths.push("subject")
        return paths
    }

    function submit() {
        fieldErrors = ({})
        generalError = ""
        const form = formData()
        actions.save(form, record.name || "", record.etag || "", editing ? _paths(form) : [])
    }

    function _load() {
        const r = record
        if (!editing)
            return
        typeBox.currentIndex = typeBox.indexOfValue(r.typeOrder)
        periodMode.currentIndex = r.period.indexOf("-S") > 0 ? 1 : 0
        periodPicker.period = r.period
        nik.text = r.nikMasked ? "" : (r.nik || "")
        fullName.text = r.typeOrder === 26 ? "" : (r.fullName || "")
        noKk.text = r.noKk || ""
        communityName.text = r.communityName || ""
        dusun.text = r.dusun || ""
        rw.text = r.rw || ""
        rt.text = r.rt || ""
        notes.text = r.notes || ""
        picker.select(r.wilayahCode, r.wilayahName)
        Qt.callLater(() => {
            for (let i = 0; i < criteriaRepeater.count; ++i)
                criteriaRepeater.itemAt(i).checked = (r.criteria || []).indexOf(criteriaRepeater.itemAt(i).key) >= 0
            for (let j = 0; j < kindRepeater.count; ++j)
                kindRepeater.itemAt(j).checked = (r.disabilityKinds || []).indexOf(kindRepeater.itemAt(j).key) >= 0
        })
        _initial = formData()
    }

    Component.onCompleted: _load()

    RecordActions {
        id: actions
        onSaveFinished: (ok, message, field, saved) => {
            if (ok) {
                root.saved(saved)
                return
            }
            if (field !== "") {
                const errors = {}
                errors[field] = message
                root.fieldErrors = errors
            } else {
                root.generalError = message
            }
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacingL

            PageHeader {
                Layout.fillWidth: true
                title: root.editing ? qsTr("Ubah data PMKS") : qsTr("Tambah data PMKS")
                subtitle: qsTr("Pilih jenis PMKS dahulu; isian menyesuaikan jenisnya. Data disimpan sebagai draf.")
            }

            ErrorBanner {
                objectName: "formError"
                Layout.fillWidth: true
                text: root.generalError
            }

            FormLayout {
                Layout.fillWidth: true

                FormField {
                    label: qsTr("Jenis PMKS")
                    required: true
                    wide: true
                    error: root.errorFor("record.pmks_type")
                    helpText: root.typeInfo.ageRule || ""
                    ComboBox {
                        id: typeBox
                        objectName: "typeBox"
                        model: root._typeChoices
                        textRole: "text"
                        valueRole: "value"
                    }
                }
                FormField {
                    label: qsTr("Jenis periode")
                    ComboBox {
                        id: periodMode
                        objectName: "periodMode"
                        model: [qsTr("Tahunan"), qsTr("Semester")]
                    }
                }
                FormField {
                    label: qsTr("Periode")
                    required: true
                    error: root.errorFor("record.period")
                    PeriodPicker {
                        id: periodPicker
                        objectName: "periodPicker"
                        mode: periodMode.currentIndex === 1 ? "semester" : "year"
                    }
                }
            }

            FormLayout {
                Layout.fillWidth: true
                visible: root.pmksType !== 0

                FormField {
                    visible: root.subjectKind !== "community"
                    label: root.subjectKind === "family" ? qsTr("NIK kepala keluarga") : qsTr("NIK")
                    required: true
                    error: root.errorFor("record.subject.nik") || nik.message
                    helpText: nik.summary
                    NikField { id: nik; objectName: "nikField" }
                }
                FormField {
                    visible: root.subjectKind !== "community"
                    label: root.subjectKind === "family" ? qsTr("Nama kepala keluarga") : qsTr("Nama lengkap")
                    required: true
                    error: root.errorFor("record.subject.full_name")
                    TextField { id: fullName; objectName: "fullNameField" }
                }
                FormField {
                    visible: root.subjectKind !== "community"
                    label: qsTr("No. KK")
                    required: root.subjectKind === "family"
                    error: root.errorFor("record.subject.no_kk")
                    TextField {
                        id: noKk
                        objectName: "noKkField"
                        maximumLength: 16
                        validator: RegularExpressionValidator { regularExpression: /[0-9]{0,16}/ }
                    }
                }
                FormField {
                    visible: root.subjectKind === "person" || root.subjectKind === "event"
                    label: qsTr("Jenis kelamin")
                    error: root.errorFor("record.subject.sex")
                    ComboBox {
                        id: sexBox
                        objectName: "sexBox"
                        textRole: "text"
                        valueRole: "value"
                        model: [{ value: "", text: qsTr("Menurut NIK") },
                                { value: "L", text: qsTr("Laki-laki") },
                                { value: "P", text: qsTr("Perempuan") }]
                    }
                }
                FormField {
                    objectName: "birthDateFormField"
                    visible: root.subjectKind === "person" || root.subjectKind === "event"
                    label: qsTr("Tanggal lahir")
                    error: root.errorFor("record.subject.birth_date")
                    helpText: qsTr("TTTT-BB-HH; kosong: menurut NIK")
                    TextField {
                        id: birthDate
                        objectName: "birthDateField"
                        placeholderText: nik.birthDate !== "" ? nik.birthDate : qsTr("TTTT-BB-HH")
                    }
                }
                FormField {
                    visible: root.subjectKind === "community"
                    label: qsTr("Nama komunitas")
                    required: true
                    wide: true
                    error: root.errorFor("record.subject.community_name")
                    TextField { id: communityName; objectName: "communityNameField" }
                }
                FormField {
                    visible: root.pmksType === 21 || root.pmksType === 22
                    label: qsTr("Kejadian bencana / konflik")
                    wide: true
                    error: root.errorFor("record.disaster_event")
                    TextField { id: disasterEvent; objectName: "disasterEventField" }
                }
            }

            ColumnLayout {
                objectName: "disabilityKinds"
                visible: root.typeInfo.needsDisabilityKinds === true
                Layout.fillWidth: true
                Label {
                    text: qsTr("Ragam disabilitas *")
                    font.bold: true
                    color: root.errorFor("record.disability_kinds") !== "" ? Theme.danger : Theme.text
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    Repeater {
                        id: kindRepeater
                        model: PmksTypes.disabilityKinds
                        delegate: CheckBox {
                            required property var modelData
                            readonly property string key: modelData.slug
                            text: modelData.name
                        }
                    }
                }
                Label {
                    visible: text !== ""
                    text: root.errorFor("record.disability_kinds")
                    color: Theme.danger
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            ColumnLayout {
                objectName: "criteria"
                visible: root.pmksType !== 0 && (root.typeInfo.criteria || []).length > 0
                Layout.fillWidth: true
                Label {
                    text: root.typeInfo.criteriaAll ? qsTr("Kriteria (semua harus terpenuhi)")
                                                    : qsTr("Kriteria (paling sedikit satu)")
                    font.bold: true
                }
                Repeater {
                    id: criteriaRepeater
                    model: root.typeInfo.criteria || []
                    delegate: CheckBox {
                        required property var modelData
                        readonly property string key: modelData.key
                        text: modelData.text
                        Layout.fillWidth: true
                    }
                }
                Label {
                    visible: text !== ""
                    text: root.errorFor("record.criteria")
                    color: Theme.danger
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            Label {
                text: qsTr("Lokasi")
                font.bold: true
                visible: root.pmksType !== 0
            }
            WilayahPicker {
                id: picker
                objectName: "wilayahPicker"
                visible: root.pmksType !== 0
                permission: "pmks.record.write"
                minLevel: 4
                Layout.fillWidth: true
            }
            Label {
                visible: text !== "" && root.pmksType !== 0
                text: root.errorFor("record.location")
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            FormLayout {
                Layout.fillWidth: true
                visible: root.pmksType !== 0
                maximumColumns: 3
                twoColumnWidth: 600
                FormField { label: qsTr("Dusun"); TextField { id: dusun; objectName: "dusunField" } }
                FormField { label: qsTr("RW"); TextField { id: rw; objectName: "rwField"; maximumLength: 3 } }
                FormField { label: qsTr("RT"); TextField { id: rt; objectName: "rtField"; maximumLength: 3 } }
            }
            FormField {
                visible: root.pmksType !== 0
                label: qsTr("Keterangan")
                Layout.fillWidth: true
                TextField { id: notes; objectName: "notesField" }
            }

            RowLayout {
                spacing: Theme.spacingS
                Button {
                    objectName: "saveButton"
                    text: root.editing ? qsTr("Simpan perubahan") : qsTr("Simpan draf")
                    enabled: !actions.busy && root.pmksType !== 0 && picker.code !== ""
                    onClicked: root.submit()
                }
                Button {
                    objectName: "cancelButton"
                    text: qsTr("Batal")
                    onClicked: root.cancelled()
                }
            }
        }
    }
}
