"""A screen reader's view of the program, through the AT-SPI bus (run by Debian's python3).

This is not a test module: tests/ui/test_atspi.py runs it with /usr/bin/python3, which has
python3-pyatspi (the virtual environment does not). It finds the program on the bus, reads the
accessibility tree, moves the focus to the first topic card, presses Enter as a keyboard user
would, and reads the page text. It prints one JSON object.

    /usr/bin/python3 atspi_reader.py APP_NAME FIRST_CARD_TITLE
"""

import json
import sys
import time

import pyatspi

SEARCH_NAME = "Search all topics and questions"
PAGE_TEXT_NAME = "Page text"


def find_app(name, deadline):
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        names = []
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None:
                names.append(app.name)
                if name.lower() in (app.name or "").lower():
                    return app, names
        time.sleep(0.3)
    return None, names


def walk(node, found, depth=0):
    """Every showing node: (role, name, description, node)."""
    if node is None or depth > 40:
        return found
    try:
        states = node.getState()
        showing = states.contains(pyatspi.STATE_SHOWING)
        found.append((node.getRoleName(), node.name or "", node.description or "", node, showing))
        for index in range(min(node.childCount, 400)):
            walk(node.getChildAtIndex(index), found, depth + 1)
    except Exception:  # a node that went away while we read
        pass
    return found


def wait_for(app, predicate, deadline):
    while time.monotonic() < deadline:
        nodes = [n for n in walk(app, []) if n[4]]
        hits = [n for n in nodes if predicate(n)]
        if hits:
            return hits, nodes
        time.sleep(0.3)
    return [], nodes


def main():
    app_name, first_card = sys.argv[1], sys.argv[2]
    deadline = time.monotonic() + 60
    app, names = find_app(app_name, deadline)
    result = {"applications": names, "found_app": app is not None}
    if app is None:
        print(json.dumps(result))
        return
    cards, nodes = wait_for(app, lambda n: n[1] == first_card, deadline)
    result["home"] = [{"role": r, "name": n, "description": d} for r, n, d, _node, _s in nodes]
    if not cards:
        print(json.dumps(result))
        return
    card = cards[0][3]
    result["focused"] = card.queryComponent().grabFocus()
    time.sleep(0.3)
    pyatspi.Registry.generateKeyboardEvent(0xFF0D, None, pyatspi.KEY_SYM)  # Return
    texts, nodes = wait_for(app, lambda n: n[1] == PAGE_TEXT_NAME, deadline)
    result["page"] = [{"role": r, "name": n, "description": d} for r, n, d, _node, _s in nodes]
    if texts:
        text = texts[0][3].queryText()
        result["page_text"] = text.getText(0, min(text.characterCount, 4000))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
