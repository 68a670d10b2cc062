"""Start the ConfDesk desktop application.

    python main.py [--db FILE] [--lang ar|en|fr] [--screenshot FILE.png]
"""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
