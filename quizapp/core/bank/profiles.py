"""Profiles (a student's or reader's name on this machine) and their settings."""

from __future__ import annotations

from quizapp.core.bank.base import BankBase
from quizapp.core.bank.records import Profile, now_iso
from quizapp.core.bank.writes import retry_when_busy


class ProfileQueries(BankBase):
    """Profiles and per-profile settings."""

    def profiles(self) -> list[Profile]:
        return [
            Profile(row[0], row[1])
            for row in self.db.execute("SELECT id, name FROM profiles ORDER BY name COLLATE NOCASE")
        ]

    def profile(self, profile_id: int) -> Profile | None:
        row = self.db.execute("SELECT id, name FROM profiles WHERE id = ?", [profile_id]).fetchone()
        return Profile(row[0], row[1]) if row else None

    @retry_when_busy
    def add_profile(self, name: str) -> Profile:
        """Create a profile, or return the one of that name (names ignore case)."""
        name = " ".join(name.split())
        if not name:
            raise ValueError("a profile needs a name")
        if len(name) > 80:
            raise ValueError("a name may have at most 80 characters")
        row = self.db.execute(
            "SELECT id, name FROM profiles WHERE name = ? COLLATE NOCASE", [name]
        ).fetchone()
        if row:
            return Profile(row[0], row[1])
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO profiles (name, created_at) VALUES (?, ?)", [name, now_iso()]
            )
        return Profile(int(cursor.lastrowid or 0), name)

    def profile_setting(self, profile_id: int, key: str, default: str | None = None) -> str | None:
        row = self.db.execute(
            "SELECT value FROM profile_settings WHERE profile_id = ? AND key = ?",
            [profile_id, key],
        ).fetchone()
        return row[0] if row else default

    @retry_when_busy
    def set_profile_setting(self, profile_id: int, key: str, value: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO profile_settings (profile_id, key, value) VALUES (?, ?, ?)",
                [profile_id, key, value],
            )
