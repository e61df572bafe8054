from ametieditor.storage.autosave import AutosavePolicy


def test_nothing_due_without_edits() -> None:
    policy = AutosavePolicy(idle=5, max_interval=60)
    assert not policy.due(0) and not policy.due(1000)
    assert policy.seconds_until_due(0) is None


def test_due_after_idle_pause() -> None:
    policy = AutosavePolicy(idle=5, max_interval=60)
    policy.edited(10.0)
    assert not policy.due(14.9)
    assert policy.seconds_until_due(12.0) == 3.0
    assert policy.due(15.0)


def test_continuous_typing_saves_at_least_every_max_interval() -> None:
    policy = AutosavePolicy(idle=5, max_interval=60)
    due_at = []
    for tick in range(0, 200):  # an edit every second for 200 s, a tick every second
        now = float(tick)
        policy.edited(now)
        if policy.due(now):
            due_at.append(now)
            policy.snapshot_taken()
    assert due_at == [60.0, 121.0, 182.0]


def test_snapshot_clears_pending_until_next_edit() -> None:
    policy = AutosavePolicy(idle=2, max_interval=60)
    policy.edited(0)
    assert policy.due(3)
    policy.snapshot_taken()
    assert not policy.pending and not policy.due(100)
    policy.edited(100)
    assert policy.pending and not policy.due(101) and policy.due(102)


def test_idle_resets_with_each_edit_but_first_pending_does_not() -> None:
    policy = AutosavePolicy(idle=5, max_interval=20)
    for now in (0, 4, 8, 12, 16):
        policy.edited(now)
    assert not policy.due(19)
    assert policy.seconds_until_due(19) == 1
    assert policy.due(20)  # 20 s since the first unsaved edit, though never idle
