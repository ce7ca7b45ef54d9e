import QtQuick
import QtQuick.Controls
import QtTest
import Simpul.Components
import Simpul.Pmks

// The dashboard card counts a period's records per status in the user's scope.
Item {
    id: window
    width: 600
    height: 400

    Component {
        id: widgetComponent
        StatusWidget {}
    }

    TestCase {
        name: "StatusWidget"
        when: windowShown

        function test_countsPerStatus() {
            const a = PmksSupport.createRecord("psm.desa", 11, 401, false, "2024", "32.04.05.2001")
            const b = PmksSupport.createRecord("psm.desa", 12, 402, true, "2024", "32.04.05.2001")
            PmksSupport.createRecord("psm.lain", 11, 403, true, "2024", "32.04.05.2002")
            compare(PmksSupport.step("psm.desa", "submit", a), 2)
            verify(b !== "")
            PmksSupport.signInAs("psm.desa")
            tryCompare(Client.session, "username", "psm.desa", 10000)
            tryCompare(Client.session, "signedIn", true)
            const widget = createTemporaryObject(widgetComponent, window)
            verify(widget)
            widget.summary.period = "2024"
            tryVerify(() => widget.pageLoaded && widget.summary.period === "2024"
                      && widget.summary.ready, 10000)
            const byKey = {}
            for (const c of widget.summary.counts)
                byKey[c.statusKey] = Number(c.count)
            // Only the PSM's own desa: one draft, one submitted.
            compare(byKey.draft, 1)
            compare(byKey.submitted, 1)
            compare(byKey.validated, 0)
            compare(Number(widget.summary.total), 2)
        }
    }
}
