"""The Qt window: tabs for roster, study calendar, service log and talks over the services."""
