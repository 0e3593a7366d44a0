"""PDF reports: the department monthly report, the improvement-action form (and next the
meeting record and the person archive). No Qt; reportlab is imported inside the builders
only, so start-up never pays for it."""
