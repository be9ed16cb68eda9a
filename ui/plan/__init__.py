"""The scenario planner and the plan (the client view\x27s "Plan" section)."""
