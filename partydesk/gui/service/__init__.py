"""Service-practice tab (服务实践): entries with participants, category, hours, people served."""
