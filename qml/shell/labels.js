// Words the shell shows for codes it receives (role ids, plugin states), in the UI
// language. A plain (not .pragma library) script so qsTr() binds to the importing page and
// re-evaluates when the language changes.

function roleTitle(role) {
    switch (role) {
    case "admin": return qsTr("Administrator")
    case "dinsos": return qsTr("Dinas Sosial")
    case "tksk": return qsTr("TKSK")
    case "ipsm_pengurus": return qsTr("Pengurus IPSM")
    case "kepala_desa": return qsTr("Kepala Desa/Lurah")
    case "psm": return qsTr("PSM")
    case "viewer": return qsTr("Pemantau")
    }
    return role
}

// "running", "failed", ... as a short label; "" (the server does not know the plugin) as a dash.
function pluginStateTitle(state) {
    switch (state) {
    case "running": return qsTr("Berjalan")
    case "failed": return qsTr("Gagal")
    case "dependency_failed": return qsTr("Dependensi gagal")
    case "stopped": return qsTr("Berhenti")
    case "not_installed": return qsTr("Tidak terpasang")
    case "no_server_face": return qsTr("Tanpa bagian server")
    case "skipped":
    case "no_client_face": return qsTr("Tanpa bagian desktop")
    case "resolved":
    case "loaded":
    case "initialized": return qsTr("Belum berjalan")
    case "": return qsTr("Tidak ada")
    }
    return state
}

// "ok", "error" or "neutral": how a state chip is coloured.
function pluginStateTone(state) {
    if (state === "running")
        return "ok"
    if (state === "failed" || state === "dependency_failed")
        return "error"
    return "neutral"
}
