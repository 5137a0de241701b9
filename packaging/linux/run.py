"""Start the installed partydesk: its own app folder and wheels first, nothing from the system's Python."""

import os
import runpy
import site
import sys

APP = os.path.dirname(os.path.abspath(__file__))
site.addsitedir(os.path.join(APP, "site-packages"))  # also reads the wheels' .pth files, if any
sys.path.insert(0, APP)
runpy.run_module("partydesk", run_name="__main__", alter_sys=True)
