"""Overview tab: this year's compliance at a glance, each item clicking through to its list."""
