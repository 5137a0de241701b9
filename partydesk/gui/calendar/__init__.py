"""Study calendar tab: month view and list, activity and study-plan dialogs, attendance, minutes."""
