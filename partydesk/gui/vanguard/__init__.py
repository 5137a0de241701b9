"""先锋模范 in the window: honours, points and the democratic appraisal."""
