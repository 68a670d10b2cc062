from confdesk.cli import main

raise SystemExit(main())
