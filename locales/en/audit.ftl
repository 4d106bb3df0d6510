### Audit: the audit log page.

## Operators: sign-in and workspace

# unreviewed
audit-title = Activity log
# unreviewed
audit-filter-action = Action (starts with)
# unreviewed
audit-filter-actor = Who (email)
# unreviewed
audit-filter-submit = Filter
# unreviewed
audit-col-when = When
# unreviewed
audit-col-who = Who
# unreviewed
audit-col-action = Action
# unreviewed
audit-col-object = Object
# unreviewed
audit-col-ip = IP address
# unreviewed
audit-empty = No activity recorded with these filters.
