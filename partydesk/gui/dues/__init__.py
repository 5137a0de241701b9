"""党费 ledger window: the member × month grid, payments and bases; and the 提醒 panel of the overview."""
