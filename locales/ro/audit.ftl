### Audit: the audit log page.
