### Audit: the audit log page.

## Operators: sign-in and workspace

audit-title = Activity log
audit-filter-action = Action (starts with)
audit-filter-actor = Who (email)
audit-filter-submit = Filter
audit-col-when = When
audit-col-who = Who
audit-col-action = Action
audit-col-object = Object
audit-col-ip = IP address
audit-empty = No activity recorded with these filters.
