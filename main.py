"""Start the ConfDesk desktop application.

python main.py [--db FILE] [--lang ar|en|fr] [--screenshot FILE.png]
"""

import sys

# The core (SQLAlchemy and the models) is imported before PySide6 on purpose: once PySide6 is
# loaded, shiboken inspects the source of every module imported after it, which made start-up
# noticeably slower.
import confdesk.services
import confdesk.store  # noqa: F401
from ui.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
