"""The teacher's results dashboard (issue 5). ``DashboardView(bank, parent)``."""

from quizapp.ui.dashboard.view import DashboardView

__all__ = ["DashboardView"]
