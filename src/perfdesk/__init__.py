"""perfdesk: performance tracking for department heads (goals, KPIs, review meetings, actions)."""

__version__ = "0.1.0"
