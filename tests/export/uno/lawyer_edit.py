"""Edit a .docx in LibreOffice with change tracking on, as a lawyer would in a word processor.

Run by the system Python that has LibreOffice's UNO bridge (Debian's python3-uno):
    python3 lawyer_edit.py IN.docx OUT.docx PROFILE_DIR
It replaces a sentence and types a new paragraph after a heading, and saves as
Word 2007-365, both as LibreOffice's own tracked changes. (A comment is not
added: creating one headless makes LibreOffice 7 abort while it builds the
comment's sidebar; comments are covered by the tests that build Word XML.)
"""

import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

# The tests import this module for the texts below; only the system Python that
# runs it as a script has LibreOffice's uno module.

PIPE = f"policy_editor_test_{os.getpid()}"  # one office per run, even beside another run
OLD = "Wij reageren zo snel mogelijk"
NEW = "Wij antwoorden zo snel als wij kunnen"
ADDED = "Wij bewaren uw verzoek zelf twee jaar."


def prop(name, value):
    from com.sun.star.beans import PropertyValue

    item = PropertyValue()
    item.Name, item.Value = name, value
    return item


def connect(profile):
    import uno
    from com.sun.star.connection import NoConnectException

    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            f"-env:UserInstallation={Path(profile).resolve().as_uri()}",
            f"--accept=pipe,name={PIPE};urp;",
        ],
        # The office must not hold this script's output pipes: the test reads them
        # to the end, which would wait as long as the office lives.
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.monotonic() + 600  # a guard against a hang, not a speed limit
    while True:
        try:
            context = resolver.resolve(f"uno:pipe,name={PIPE};urp;StarOffice.ComponentContext")
            return office, context
        except NoConnectException:
            if time.monotonic() > deadline or office.poll() is not None:
                raise
            time.sleep(0.25)  # the office is still starting: poll until it listens


def main(source, target, profile):
    office, context = connect(profile)
    desktop = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context
    )
    try:
        document = desktop.loadComponentFromURL(
            Path(source).resolve().as_uri(), "_blank", 0, (prop("Hidden", True),)
        )
        document.RecordChanges = True
        search = document.createSearchDescriptor()
        search.SearchString = OLD
        found = document.findFirst(search)
        found.setString(NEW)
        search.SearchString = "Een klacht indienen"
        search.SearchCaseSensitive = True
        found_all = document.findAll(search)  # the contents list comes first, the heading last
        heading = found_all.getByIndex(found_all.getCount() - 1)
        text = document.Text
        cursor = text.createTextCursorByRange(heading.End)
        text.insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
        cursor.ParaStyleName = "Standard"
        text.insertString(cursor, ADDED, False)
        document.storeToURL(
            Path(target).resolve().as_uri(), (prop("FilterName", "MS Word 2007 XML"),)
        )
        document.close(True)
    finally:
        with contextlib.suppress(Exception):  # the office may already be gone
            desktop.terminate()
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            office.kill()  # it did not quit when asked: never leave it running
            office.wait()


if __name__ == "__main__":
    main(*sys.argv[1:4])
