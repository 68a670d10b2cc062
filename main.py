"""Start the ConfDesk desktop application.

python main.py [--db FILE] [--lang ar|en|fr] [--screen NAME] [--screenshot FILE.png]
"""

import sys

# Nothing of the core is imported here: the window is on screen before SQLAlchemy and the
# models load (ui/app.py).
from ui.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
