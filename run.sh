#!/usr/bin/env bash
# The desktop host (simpul), the data service (simpul-data) and the demo database are not
# built yet: they arrive with the data-service and desktop-host issues. Until then this says
# so instead of pretending.
cd "$(dirname "$0")"
cat >&2 <<'TXT'
run.sh: the Simpul app is not built yet.
  What exists today: the domain core, the plugin SDK and the proto pipeline, all tested by ./test.sh.
  When the desktop host lands, ./run.sh will install what is missing, build, create a demo
  database (real wilayah list, synthetic persons, one user per default role), start the data
  service on an embedded SQLite database and open the app, printing the demo logins.
TXT
exit 2
