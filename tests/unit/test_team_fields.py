"""Field-level merges (issue 21, points 2, 4 and 6): a save writes only what changed, two edits of different fields
both survive without a conflict, a counter is never reused after a restore or a copy, and versions with the same
edits but different content converge, listed as a conflict."""

from __future__ import annotations

import itertools
import shutil

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from mediator_desk.__main__ import main
from mediator_desk.db.engine import open_database
from mediator_desk.db.models import Voucher
from mediator_desk.services import backup, tours
from mediator_desk.services.team import conflicts, rules
from mediator_desk.services.team.merge import merge_files
from tests import team


def merge(into: team.Laptop, *others: team.Laptop):
    return merge_files(into.path, [o.path for o in others], into.name)


def load(laptop: team.Laptop, tour):
    db = laptop.db()
    try:
        return tours.load(db, tour)
    finally:
        db.close()


def open_list(laptop: team.Laptop):
    db = laptop.db()
    try:
        return conflicts.open_conflicts(db)
    finally:
        db.close()


def edit_group(laptop: team.Laptop, tour, index: int, **changes) -> None:
    db = laptop.db()
    try:
        draft = tours.load(db, tour)
        group = draft.groups[index]
        for name, value in changes.items():
            if name.startswith("age_"):
                group.ages[name] = value
            else:
                setattr(group, name, value)
        tours.save(db, draft, laptop.name, accept_warnings=True)
    finally:
        db.close()


def test_a_group_fixed_on_one_laptop_and_a_note_typed_on_another_both_survive(tmp_path):
    """The issue's repro: A changes a group's adults to 33, B only types a note on the same tour. Saving B's tour
    re-stamped every group before, so A's fix was overwritten on both laptops (and only listed as a conflict)."""
    a = team.first_laptop(tmp_path, "laptop-a")
    tour = a.new_tour(20)
    b = team.copy_of(a, tmp_path, "laptop-b")
    edit_group(a, tour, 0, accompanying_adults=33)
    b.edit_tour(tour, observations="Hanno chiesto della nebbia")
    merge(a, b)
    merge(b, a)
    for laptop in (a, b):
        draft = load(laptop, tour)
        assert draft.groups[0].accompanying_adults == 33 and draft.observations == "Hanno chiesto della nebbia"
        assert open_list(laptop) == [], "different fields: no conflict"
    assert team.content(a.path) == team.content(b.path)


def test_two_groups_of_one_tour_edited_on_two_laptops_both_survive(tmp_path):
    a = team.first_laptop(tmp_path, "laptop-a")
    tour = a.new_tour(20)
    draft = load(a, tour)
    draft.groups.append(tours.GroupDraft(group_type="family", ages={**draft.groups[0].ages, "age_11_14": 0,
                                                                   "age_26_64": 2, "age_6_10": 2}))
    db = a.db()
    tours.save(db, draft, a.name, accept_warnings=True)
    db.close()
    b = team.copy_of(a, tmp_path, "laptop-b")
    edit_group(a, tour, 0, age_11_14=24)
    edit_group(b, tour, 1, origin="foreign", country="DE")
    merge(b, a)
    merge(a, b)
    for laptop in (a, b):
        groups = {g.group_type: g for g in load(laptop, tour).groups}
        assert groups["school_class"].ages["age_11_14"] == 24
        assert (groups["family"].origin, groups["family"].country) == ("foreign", "DE")
        assert open_list(laptop) == []


def test_a_save_that_changes_nothing_writes_nothing(tmp_path):
    a = team.first_laptop(tmp_path, "laptop-a")
    tour = a.new_tour(20)
    before = team.content(a.path)
    a.edit_tour(tour)  # opened and saved again, unchanged
    assert team.content(a.path) == before


def test_edits_after_restoring_an_own_backup_are_never_silently_dropped(tmp_path):
    """After a restore the laptop's edit counter went back, and its next edit reused a number another laptop had
    already seen with other content: that edit lost without a word. Each opening is a writer of its own now."""
    a = team.first_laptop(tmp_path, "laptop-a")
    tour = a.new_tour(20)
    copy = backup.backup(a.path, tmp_path / "morning.sqlite")
    a.edit_tour(tour, observations="before the crash")
    b = team.copy_of(a, tmp_path, "laptop-b")  # the edit reached the coordinator
    backup.restore(copy, a.path)  # a restores its morning backup
    a.edit_tour(tour, observations="typed again after the restore")
    merge(b, a)
    kept = load(b, tour).observations
    listed = {d.other for c in open_list(b) for d in c.differences}
    assert {kept} | listed == {"before the crash", "typed again after the restore"}, "one kept, the other listed"


def test_two_laptops_with_one_device_id_do_not_overwrite_each_other_silently(tmp_path):
    a = team.first_laptop(tmp_path, "laptop-same")
    tour = a.new_tour(20)
    shutil.copyfile(a.path, tmp_path / "clone.sqlite")  # a cloned laptop: its file and the same device id
    b = team.Laptop("laptop-same", tmp_path / "clone.sqlite", a.world, clock=a.clock)
    a.edit_tour(tour, observations="from the first")
    b.edit_tour(tour, observations="from the clone")
    merge(a, b)
    kept = load(a, tour).observations
    listed = {d.other for c in open_list(a) for d in c.differences}
    assert {kept} | listed == {"from the first", "from the clone"}


def test_the_same_edits_with_different_content_converge_and_are_listed(tmp_path):
    """Demos with different seeds hold vouchers with the same ids and versions but other content: they never
    converged ("nothing new" while the vouchers differed)."""
    one, two = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    assert main(["demo", "--db", str(one), "--days", "2", "--seed", "1"]) == 0
    assert main(["demo", "--db", str(two), "--days", "2", "--seed", "2"]) == 0
    merge_files(one, [two], "laptop-one", other_venue=True)  # demos of different seeds: venues of their own
    merge_files(two, [one], "laptop-two", other_venue=True)

    def vouchers(path):
        db = open_database(path)
        try:
            with db.session() as s:
                return [(v.id, v.code, v.partner_id, v.target_group, v.redeemed_by_group_id)
                        for v in s.scalars(select(Voucher).order_by(Voucher.id))]
        finally:
            db.close()

    assert vouchers(one) == vouchers(two)
    assert team.content(one) == team.content(two)
    db = open_database(one)
    try:
        assert any(c.table == "voucher" for c in conflicts.open_conflicts(db)), "the differences are listed"
    finally:
        db.close()
    [again] = merge_files(one, [two], "laptop-one", other_venue=True)
    assert not again.tally.changed


# --- the rules alone: any history, any order -----------------------------------------------------------------

FIELDS = ("a", "b", "c")


def _replay(ops: list[tuple[int, str, int]], replicas: int) -> list[rules.State]:
    """Replicas of one record that edit fields and merge with each other, as `ops` says."""
    start = rules.State(1, "origin", {"origin": 1}, dict.fromkeys(FIELDS, 0))
    states = [start] * replicas
    openings = [f"r{i}.0" for i in range(replicas)]
    for step, (who, what, arg) in enumerate(ops):
        who %= replicas
        if what == "merge":
            other = arg % replicas
            states[who] = rules.merge(states[who], states[other], repr, list(FIELDS)).state
        elif what == "reopen":  # a restore, or another opening: a new writer
            openings[who] = f"r{who}.{step}"
        else:
            states[who] = rules.edited(states[who], openings[who], {what: step})
    return states


OPS = st.lists(st.tuples(st.integers(0, 3), st.sampled_from([*FIELDS, "merge", "merge", "reopen"]),
                         st.integers(0, 3)), max_size=30)


@settings(max_examples=300, deadline=None)
@given(ops=OPS, order=st.randoms(use_true_random=False))
def test_merging_versions_is_commutative_associative_and_idempotent(ops, order):
    states = _replay(ops, 4)

    def values(state):
        return state.values, state.vv, state.version, state.fv

    def m(x, y):
        return rules.merge(x, y, repr, list(FIELDS)).state

    x, y, z = states[:3]
    assert values(m(x, y)) == values(m(y, x))
    assert values(m(m(x, y), z)) == values(m(x, m(y, z)))
    assert values(m(x, x)) == values(x)
    everyone = states[:]
    order.shuffle(everyone)
    folded = everyone[0]
    for s in everyone[1:]:
        folded = m(folded, s)
    other = list(reversed(everyone))
    refolded = other[0]
    for s in other[1:]:
        refolded = m(refolded, s)
    assert values(folded) == values(refolded)
    for name in FIELDS:  # every field holds the value of its latest edit
        dots = [s.dot(name) for s in states]
        best = max(dots)
        holder = states[dots.index(best)]
        assert folded.values[name] == holder.values[name]


def test_an_edit_of_one_field_never_loses_to_a_concurrent_edit_of_another():
    base = rules.State(1, "o", {"o": 1}, {"a": 0, "b": 0})
    x = rules.edited(base, "x.1", {"a": 5})
    y = rules.edited(rules.edited(base, "y.1", {"b": 7}), "y.1", {"b": 8})
    for first, second in itertools.permutations((x, y)):
        outcome = rules.merge(first, second, repr, ["a", "b"])
        assert outcome.state.values == {"a": 5, "b": 8} and outcome.lost == ()


def test_the_same_field_edited_apart_keeps_the_later_and_lists_the_other():
    base = rules.State(1, "o", {"o": 1}, {"a": 0})
    x = rules.edited(base, "x.1", {"a": 1})
    y = rules.edited(rules.edited(base, "y.1", {"a": 2}), "y.1", {"a": 3})
    outcome = rules.merge(x, y, repr, ["a"])
    assert outcome.state.values["a"] == 3
    assert [(lost.field, lost.value) for lost in outcome.lost] == [("a", 1)]


def test_presses_after_restoring_a_backup_never_repeat_a_running_number(tmp_path):
    """After a restore, the counter's running numbers started again from the backup's last one: ten presses
    shared their numbers with presses that had already gone to the coordinator (the same root as the edits)."""
    from sqlalchemy import func, select

    from mediator_desk.db.models import CountEvent

    a = team.first_laptop(tmp_path, "laptop-a")
    a.press(4)
    copy = backup.backup(a.path, tmp_path / "morning.sqlite")
    a.press(10)
    coordinator = team.copy_of(a, tmp_path, "coordinator")  # those ten reached the coordinator
    backup.restore(copy, a.path)
    a.press(10)
    merge(coordinator, a)
    db = open_database(coordinator.path)
    try:
        with db.session() as s:
            repeated = s.scalar(select(func.count()).select_from(
                select(CountEvent.seq).where(CountEvent.device_id == "laptop-a").group_by(CountEvent.seq)
                .having(func.count() > 1).subquery()))
    finally:
        db.close()
    assert repeated == 0
