import sys

from hrb_desktop.main import main

sys.exit(main())
