"""Keeping the user's files safe: backups, lock files, change detection, recovery.

Plain Python, no Qt: the GUI and the CLI both build on these modules. Every
folder they keep things in lives under the per-user data folder
(:func:`ametieditor.paths.user_subdir`), never in the install folder. The
policies (how many backups, how often autosave runs, when a lock is stale)
are described in ``docs/RELIABILITY.md``.
"""
