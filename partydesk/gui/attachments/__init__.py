"""Attachments (留痕): thumbnails of photos and scans with add (picker or drag and drop), open, remove."""
