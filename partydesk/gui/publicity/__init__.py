"""新媒体宣传 in the window: the 生成宣传图 dialog, the consent register on the member page, the publicity log."""
