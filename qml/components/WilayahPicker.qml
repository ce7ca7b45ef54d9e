import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Simpul.Components

// Picks a wilayah within the signed-in user's scope: provinsi -> kab/kota -> kecamatan ->
// desa/kelurahan, plus a search by name (at least two letters). The scope is
// Client.session.scopeOf(permission) (empty permission: everywhere any role is bound):
//   everywhere ([""])            every level is free
//   one binding, e.g. 32.04      provinsi and kab/kota show that one entry fixed, the
//                                kecamatan are 32.04's children
//   several bindings             fixed down to where they differ; that level offers exactly
//                                the bound wilayah (or their ancestors at that level)
// Search only looks within the scope codes. Levels above maxLevel are hidden; `code` is the
// deepest chosen level, "" while that is above minLevel. picked() is emitted whenever `code`
// changes to a wilayah (also when fixed levels fill themselves in).
FocusScope {
    id: root

    property string permission
    property int maxLevel: 4
    property int minLevel: 1
    property bool searchVisible: true
    readonly property string code: _result.code
    readonly property string displayName: _result.displayName
    readonly property int level: _result.level
    // The codes the picker is limited to ([""] = everywhere, [] = nowhere).
    readonly property var scope: _scope
    // The search's rows (a WilayahSearchModel), for tests and for pages that show a count.
    readonly property alias searchResults: searchField.results
    signal picked(string code, string displayName)

    implicitWidth: 560
    implicitHeight: column.implicitHeight

    // Chosen code per level (0 = provinsi) and the name it was chosen under.
    property var _chain: ["", "", "", ""]
    property var _chainNames: ["", "", "", ""]

    readonly property var _scope: _computeScope(Client.session ? Client.session.signedIn : false,
                                                permission)
    readonly property var _options: [1, 2, 3, 4].map(l => _optionsAt(l, _scope, _chain))
    readonly property var _result: _computeResult(_chain, _chainNames, names.names,
                                                  minLevel, maxLevel)

    on_ScopeChanged: _reset()
    onMaxLevelChanged: _reset()
    Component.onCompleted: _reset()

    property string _lastPicked: ""
    on_ResultChanged: {
        if (_result.code !== "" && _result.code !== _lastPicked) {
            _lastPicked = _result.code
            picked(_result.code, _result.displayName)
        } else if (_result.code === "") {
            _lastPicked = ""
        }
    }

    // Chooses `code` (and its ancestors) as if picked by hand; false when it lies outside the
    // scope or below maxLevel. `name` (optional) is shown until the official one arrives.
    function select(code, name) {
        const lvl = _levelOf(code)
        if (lvl < 1 || lvl > maxLevel || !_scope.some(s => _contains(s, code)))
            return false
        const chain = ["", "", "", ""]
        const chainNames = ["", "", "", ""]
        for (let l = 1; l <= lvl; ++l)
            chain[l - 1] = _ancestor(code, l)
        chainNames[lvl - 1] = name || ""
        _chain = chain
        _chainNames = chainNames
        _settle()
        return true
    }

    // Forgets the choices (fixed levels fill in again).
    function clear() {
        searchField.text = ""
        _reset()
    }

    function _reset() {
        _chain = ["", "", "", ""]
        _chainNames = ["", "", "", ""]
        _settle()
    }

    function _levelOf(code) {
        return code === "" ? 0 : code.split(".").length
    }

    function _ancestor(code, level) {
        return code.split(".").slice(0, level).join(".")
    }

    // Whether wilayah `outer` is `inner` or above it ("" contains everything).
    function _contains(outer, inner) {
        return outer === "" || inner === outer || inner.startsWith(outer + ".")
    }

    function _computeScope(signedIn, perm) {
        if (!signedIn || !Client.session)
            return []
        let codes = []
        if (perm !== "") {
            codes = Client.session.scopeOf(perm)
        } else {
            const bindings = Client.session.roleBindings
            for (let i = 0; i < bindings.length; ++i)
                codes.push(bindings[i].wilayahCode || "")
        }
        if (codes.indexOf("") >= 0)
            return [""]
        // None inside another, in code order.
        const sorted = Array.from(new Set(codes)).sort()
        return sorted.filter(c => !sorted.some(o => o !== c && _contains(o, c)))
    }

    // What level `l` offers under the chosen parent: {mode: "none" | "free" | "list", codes}.
    function _optionsAt(l, scopeCodes, chain) {
        const parent = l === 1 ? "" : chain[l - 2]
        if (scopeCodes.length === 0 || (l > 1 && parent === ""))
            return { mode: "none", codes: [] }
        if (scopeCodes.some(s => _contains(s, parent)))
            return { mode: "free", codes: [] }
        const codes = []
        for (const s of scopeCodes) {
            if (_levelOf(s) >= l && _contains(parent, s)) {
                const a = _ancestor(s, l)
                if (codes.indexOf(a) < 0)
                    codes.push(a)
            }
        }
        codes.sort()
        return { mode: codes.length > 0 ? "list" : "none", codes: codes }
    }

    // Fills in every level below the chosen ones that has exactly one possible entry.
    function _settle() {
        const chain = _chain.slice()
        for (let l = 1; l <= maxLevel; ++l) {
            if (chain[l - 1] !== "")
                continue
            const o = _optionsAt(l, _scope, chain)
            if (o.mode === "list" && o.codes.length === 1)
                chain[l - 1] = o.codes[0]
            else
                break
        }
        if (JSON.stringify(chain) !== JSON.stringify(_chain))
            _chain = chain
        names.codes = chain.filter(c => c !== "")
            .concat([].concat(...[1, 2, 3, 4].map(l => _optionsAt(l, _scope, chain).codes)))
    }

    function _choose(l, code, name) {
        const chain = _chain.slice()
        const chainNames = _chainNames.slice()
        chain[l - 1] = code
        chainNames[l - 1] = name
        for (let k = l; k < 4; ++k) {
            chain[k] = ""
            chainNames[k] = ""
        }
        _chainNames = chainNames
        _chain = chain
        _settle()
    }

    function _nameOf(l, chain, chainNames, known) {
        const c = chain[l - 1]
        if (c === "")
            return ""
        return known[c] || chainNames[l - 1] || c
    }

    function _computeResult(chain, chainNames, known, minL, maxL) {
        for (let l = Math.min(4, maxL); l >= 1; --l) {
            if (chain[l - 1] !== "") {
                if (l < minL)
                    break
                return { code: chain[l - 1], level: l,
                         displayName: _nameOf(l, chain, chainNames, known) }
            }
        }
        return { code: "", level: 0, displayName: "" }
    }

    function _levelTitle(l) {
        switch (l) {
        case 1: return qsTr("Provinsi")
        case 2: return qsTr("Kabupaten/Kota")
        case 3: return qsTr("Kecamatan")
        default: return qsTr("Desa/Kelurahan")
        }
    }

    function _placeholder(l) {
        switch (l) {
        case 1: return qsTr("Pilih provinsi")
        case 2: return qsTr("Pilih kabupaten/kota")
        case 3: return qsTr("Pilih kecamatan")
        default: return qsTr("Pilih desa/kelurahan")
        }
    }


    WilayahNames { id: names }

    // One level: its title and a combo box of the entries it offers.
    component LevelBox: ColumnLayout {
        id: box
        required property int levelNo
        property string comboName
        property alias combo: combo
        readonly property var options: root._options[levelNo - 1]
        readonly property bool free: options.mode === "free"
        readonly property string parentCode: levelNo === 1 ? "" : root._chain[levelNo - 2]
        readonly property string chosen: root._chain[levelNo - 1]
        readonly property var listRows: options.codes.map(c => ({
            code: c, displayName: names.names[c] || c }))
        readonly property var listModel: freeModel

        visible: levelNo <= root.maxLevel
        spacing: Theme.spacingXs
        Layout.fillWidth: true
        Layout.preferredWidth: 240
        Layout.alignment: Qt.AlignTop

        WilayahListModel {
            id: freeModel
            parentCode: box.parentCode
            active: box.visible && box.free
            pageSize: 200
        }

        Label {
            text: root._levelTitle(box.levelNo)
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.textMuted
            elide: Text.ElideRight
            Layout.fillWidth: true
        }

        ComboBox {
            id: combo
            objectName: box.comboName
            Layout.fillWidth: true
            model: box.free ? freeModel : box.listRows
            textRole: "displayName"
            valueRole: "code"
            enabled: box.free || (box.options.mode === "list" && box.options.codes.length > 1)
            // A fixed level is information, not a greyed-out leftover: keep it readable.
            palette.disabled.buttonText: Theme.textMuted
            palette.disabled.text: Theme.textMuted
            currentIndex: {
                if (box.chosen === "")
                    return -1
                if (box.free) {
                    void freeModel.count
                    return freeModel.indexOfKey("wilayah/" + box.chosen)
                }
                return box.options.codes.indexOf(box.chosen)
            }
            displayText: {
                if (box.chosen !== "")
                    return root._nameOf(box.levelNo, root._chain, root._chainNames, names.names)
                if (box.free && freeModel.loading)
                    return qsTr("Memuat…")
                return root._placeholder(box.levelNo)
            }
            Accessible.name: root._levelTitle(box.levelNo)
            onActivated: index => {
                const row = box.free ? freeModel.get(index) : box.listRows[index]
                if (row && row.code)
                    root._choose(box.levelNo, row.code, row.displayName)
            }
        }
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacingS

        WilayahSearchField {
            id: searchField
            objectName: "searchField"
            visible: root.searchVisible && root._scope.length > 0
            withinCodes: root._scope.filter(c => c !== "")
            minLevel: root.minLevel
            maxLevel: root.maxLevel
            Layout.fillWidth: true
            onChosen: row => root._pickResult(row)
        }

        GridLayout {
            id: grid
            columns: root.width >= 480 ? 2 : 1
            columnSpacing: Theme.spacingM
            rowSpacing: Theme.spacingS
            Layout.fillWidth: true
            enabled: root._scope.length > 0

            LevelBox { id: provinsiLevel; levelNo: 1; comboName: "provinsiBox" }
            LevelBox { id: kabupatenLevel; levelNo: 2; comboName: "kabupatenBox" }
            LevelBox { id: kecamatanLevel; levelNo: 3; comboName: "kecamatanBox" }
            LevelBox { id: desaLevel; levelNo: 4; comboName: "desaBox" }
        }

        Label {
            objectName: "noScopeText"
            visible: root._scope.length === 0
            text: Client.session && Client.session.signedIn
                  ? qsTr("Anda tidak memiliki wilayah tugas untuk pilihan ini.")
                  : qsTr("Masuk terlebih dahulu untuk memilih wilayah.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        ErrorBanner {
            objectName: "pickerError"
            Layout.fillWidth: true
            text: {
                const levels = [provinsiLevel, kabupatenLevel, kecamatanLevel, desaLevel]
                for (const l of levels) {
                    if (l.listModel.error)
                        return l.listModel.error
                }
                return names.error
            }
            retryVisible: true
            onRetry: {
                for (const l of [provinsiLevel, kabupatenLevel, kecamatanLevel, desaLevel]) {
                    if (l.listModel.error)
                        l.listModel.retry()
                }
                root._settle()
            }
        }
    }

    function _pickResult(row) {
        if (!row.code)
            return
        if (select(row.code, row.displayName)) {
            searchField.text = ""
            // Continue where the choice leaves off: the next level down, if any.
            const next = [provinsiLevel, kabupatenLevel, kecamatanLevel, desaLevel][row.level]
            if (next && next.visible && next.combo.enabled)
                next.combo.forceActiveFocus()
        }
    }
}
