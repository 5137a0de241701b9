"""Small reusable widgets: date entry, field errors, paged tables, search box, choice boxes."""
