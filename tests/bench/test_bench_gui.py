"""GUI benchmarks on a 100,000-member database, each against its floor in the same run.

- Program start to the window's frame painted (menus, tabs, status bar; before the store and the ORM
  load) vs a bare QMainWindow with an empty QTableView (goal <= 3x).
- Program start to the roster populated on 100,000 members (goal <= 1.0 s on this machine).
- One search keystroke to the updated table vs the same query in raw sqlite3 (goal <= 3x).
- Memory of the running program with the roster tab open (goal < 300 MB RSS).

Program starts are measured like an installed copy's: the subprocesses (ours and the bare floor, in
the same environment) run without PYTHONDONTWRITEBYTECODE and with PYTHONPYCACHEPREFIX in a temporary
folder, after one warm-up start each, so modules load from .pyc files instead of being compiled from
source on every start (which PYTHONDONTWRITEBYTECODE on a development machine would otherwise force).

Run with: python -m pytest tests/bench/test_bench_gui.py -m bench --benchmark-enable -s
"""

from __future__ import annotations

import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from sqlalchemy import insert, select

from partydesk.config import resolve
from partydesk.domain.enums import BranchRole, Gender, MemberStatus, OrgKind
from partydesk.services import offices
from partydesk.services.pinyin import initials
from partydesk.store.base import new_uuid, utcnow
from partydesk.store.migrate import open_database
from partydesk.store.models import Branch, Member

pytestmark = pytest.mark.bench

MEMBERS = 100_000
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"
ROUNDS = 7
START_ROUNDS = 5


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    """100,000 members in 20 branches, inserted in bulk (the roster query is what is measured)."""
    folder = tmp_path_factory.mktemp("big")
    db = open_database(resolve(folder))
    offices.init_office(db, "大型街道党工委")
    for index in range(20):
        offices.create_branch(db, f"第{index + 1}党支部")
    with db.read() as session:
        branch_ids = list(session.scalars(select(Branch.id).where(Branch.kind == OrgKind.BRANCH).order_by(Branch.id)))
    now = utcnow()
    with db.write() as session:
        batch = []
        for i in range(MEMBERS):
            name = SURNAMES[i % 20] + GIVEN[(i // 20) % 20] + GIVEN[(i // 400) % 20]
            born = date(1940, 1, 1) + timedelta(days=(i * 7) % 25_000)
            batch.append({
                "uuid": new_uuid(), "created_at": now, "updated_at": now, "origin": db.office_uuid,
                "name": name, "name_initials": initials(name), "gender": Gender.MALE if i % 2 else Gender.FEMALE,
                "birth_date": born, "resident_id": None, "phone": f"139{i:08d}", "branch_id": branch_ids[i % 20],
                "status": MemberStatus.FULL, "branch_role": BranchRole.NONE, "joined_on": born + timedelta(days=9000),
                "roster_order": i,
            })
            if len(batch) == 5000:
                session.execute(insert(Member), batch)
                batch = []
        if batch:
            session.execute(insert(Member), batch)
    yield db
    db.dispose()


@pytest.fixture
def zh(qapp, tmp_path):
    """Like a real start: QSettings kept in tmp_path, embedded font, Chinese translators."""
    from partydesk.gui import i18n as gui_i18n
    from partydesk.gui.app import point_settings_to, use_embedded_font

    point_settings_to(tmp_path / "qsettings")
    use_embedded_font(qapp)
    gui_i18n.install("zh_CN")
    yield
    gui_i18n.uninstall()


def median_seconds(fn, rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


BARE_START = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.show()
for _ in range(3):
    app.processEvents()
"""

OUR_START = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from partydesk.gui.app import application, point_settings_to
point_settings_to(Path(sys.argv[2]))
app = application(sys.argv[:1])
from partydesk.config import resolve
from partydesk.gui.main_window import MainWindow
from partydesk.store.migrate import open_database
window = MainWindow(open_database(resolve(sys.argv[1])))
window.tabs.setCurrentWidget(window.roster_tab)
window.show()
for _ in range(3):
    app.processEvents()
assert window.roster_tab.model.rowCount() == 200
os._exit(0)
"""


@pytest.fixture(scope="module")
def installed_env(tmp_path_factory) -> dict[str, str]:
    """Environment of an installed copy: compiled modules cached as .pyc (here in a temporary folder)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": str(tmp_path_factory.mktemp("pycache")), "QT_QPA_PLATFORM": "offscreen"}


CPU_SECONDS: dict[str, list[float]] = {}  # per script: processor time of each start (what load does not inflate)


def start_seconds(env: dict[str, str], script: str, *args: str) -> float:
    """Wall time of a fresh process from start to its window shown (what the clerk waits for)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", script, *map(str, args)], check=True, capture_output=True, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    CPU_SECONDS.setdefault(script, []).append(cpu)
    return wall


def median_start(env: dict[str, str], script: str, *args: str) -> float:
    """Median of START_ROUNDS starts after one warm-up start (which writes the .pyc files)."""
    start_seconds(env, script, *args)
    CPU_SECONDS[script] = []
    return statistics.median(start_seconds(env, script, *args) for _ in range(START_ROUNDS))


def cpu_and_load(script: str) -> str:
    """The median processor time of the starts just measured and the load average they ran under."""
    load = os.getloadavg()[0]
    return f"{statistics.median(CPU_SECONDS[script]):.2f} s CPU; load average {load:.1f} on {os.cpu_count()} cores"


def test_window_with_the_roster_shown_within_3x_a_bare_window(big_db, qapp, benchmark, zh, tmp_path, installed_env):
    from partydesk.gui.main_window import MainWindow

    def bare() -> float:
        started = time.perf_counter()
        window = QMainWindow()
        window.setCentralWidget(QTableView())
        window.show()
        settle(qapp)
        shown = time.perf_counter() - started
        window.close()
        window.deleteLater()
        settle(qapp)
        return shown

    def ours() -> float:
        started = time.perf_counter()
        window = MainWindow(big_db)
        window.tabs.setCurrentWidget(window.roster_tab)
        window.show()
        settle(qapp)
        shown = time.perf_counter() - started
        assert window.roster_tab.model.rowCount() == 200 and window.roster_tab.model.total == MEMBERS
        window.operations.pool.waitForDone()
        window.close()
        window.deleteLater()
        settle(qapp)
        return shown

    bare(), ours()
    warm_floor = statistics.median(bare() for _ in range(ROUNDS))
    warm_ours = statistics.median(ours() for _ in range(5))
    print(f"\nwindow shown in a warm process: ours {warm_ours * 1000:.0f} ms, bare {warm_floor * 1000:.1f} ms "
          f"(ratio {warm_ours / warm_floor:.0f}x: the floor has no data at all)")
    cold_floor = median_start(installed_env, BARE_START)
    cold_ours = median_start(installed_env, OUR_START, big_db.location.data_dir, tmp_path / "qs")
    benchmark.pedantic(ours, rounds=1, iterations=1)
    ratio = cold_ours / cold_floor
    print(f"program start to roster populated: ours {cold_ours:.2f} s (goal <= 1.0 s), bare window "
          f"{cold_floor:.2f} s, ratio {ratio:.2f}x; ours {cpu_and_load(OUR_START)}, bare {cpu_and_load(BARE_START)}")
    assert cold_ours <= 1.0


FRAME_START = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from partydesk.gui.app import application, point_settings_to
point_settings_to(Path(sys.argv[1]))
app = application(sys.argv[:1])
from partydesk.gui.start_frame import show_start_frame
frame = show_start_frame(app)
for _ in range(3):
    app.processEvents()
assert "sqlalchemy" not in sys.modules, "the frame waited for the ORM"
os._exit(0)
"""


def test_window_frame_painted_within_3x_a_bare_window(tmp_path, installed_env):
    """What the clerk sees first: the frame with menus and tabs, painted before the database opens."""
    floor = median_start(installed_env, BARE_START)
    frame = median_start(installed_env, FRAME_START, tmp_path / "qs")
    ratio = frame / floor
    print(f"\nprogram start to window frame painted: ours {frame:.2f} s, bare {floor:.2f} s, "
          f"ratio {ratio:.2f}x (goal <= 3x); ours {cpu_and_load(FRAME_START)}, bare {cpu_and_load(BARE_START)}")
    assert ratio <= 3


def raw_search(path, text: str) -> tuple[int, list]:
    """The floor: the same filter, count and first page of 200 in plain sqlite3."""
    connection = sqlite3.connect(path)
    try:
        where = ("m.deleted_at IS NULL AND m.status IN ('APPLICANT','ACTIVIST','CANDIDATE','PROBATIONARY','FULL') "
                 "AND (m.name LIKE ? OR m.name_initials LIKE ?)")
        params = (f"%{text}%", f"{text}%")
        total = connection.execute(
            f"SELECT count(*) FROM member m JOIN branch b ON b.id = m.branch_id WHERE {where}", params).fetchone()[0]
        rows = connection.execute(
            "SELECT m.uuid, m.name, m.gender, m.birth_date, m.resident_id, m.phone, b.name, g.name, m.status, "
            "m.branch_role, m.joined_on, m.full_on, m.post, m.exemplar_post, m.is_flowing, m.deleted_at "
            "FROM member m JOIN branch b ON b.id = m.branch_id LEFT JOIN party_group g ON g.id = m.party_group_id "
            f"WHERE {where} ORDER BY b.sort_order, m.roster_order, m.id LIMIT 200", params).fetchall()
        return total, rows
    finally:
        connection.close()


def test_one_search_keystroke_within_3x_the_raw_query(big_db, qapp, benchmark, zh):
    from partydesk.gui.main_window import MainWindow

    window = MainWindow(big_db)
    window.tabs.setCurrentWidget(window.roster_tab)
    window.show()
    settle(qapp)
    tab = window.roster_tab
    keys = iter("wlzwlzwlzwlzwlzwlz")

    def keystroke():
        tab.search.setText(next(keys))  # one letter: pinyin initial, like a clerk starting to type
        tab.search.flush()              # what the 250 ms pause triggers
        settle(qapp)

    keystroke()
    ours = median_seconds(keystroke)
    floor = median_seconds(lambda: raw_search(big_db.path, "w"))
    expected, _ = raw_search(big_db.path, tab.search.text())
    assert tab.model.total == expected > 0
    benchmark.pedantic(keystroke, rounds=1, iterations=1)
    ratio = ours / floor
    print(f"\nsearch keystroke: ours {ours * 1000:.1f} ms, raw sqlite3 {floor * 1000:.1f} ms, "
          f"ratio {ratio:.2f}x (goal <= 3x)")
    window.close()
    assert ratio <= 3


RSS_PROGRAM = OUR_START.replace(
    "os._exit(0)",
    """
model = window.roster_tab.model
while model.canFetchMore() and model.rowCount() < 2000:  # the clerk scrolls ten pages down
    model.fetchMore()
for _ in range(3):
    app.processEvents()
window.operations.pool.waitForDone()
with open(f"/proc/{os.getpid()}/status") as status:
    print(next(line.split()[1] for line in status if line.startswith("VmRSS:")), flush=True)
os._exit(0)
""",
)


def test_memory_with_the_roster_tab_open(big_db, tmp_path, installed_env):
    """RSS of the running program (its own process), roster open on 100,000 members, 2,000 rows fetched."""
    done = subprocess.run(
        [sys.executable, "-c", RSS_PROGRAM, str(big_db.location.data_dir), str(tmp_path / "qs")],
        check=True,
        capture_output=True,
        text=True,
        env=installed_env,
    )
    used = int(done.stdout.split()[-1]) / 1024
    print(f"\nRSS of the program with the roster open (2,000 rows fetched of {MEMBERS}): {used:.0f} MB (goal < 300 MB)")
    assert used < 300
