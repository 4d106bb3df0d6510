# Sportello — Tagalog/Filipino translation (machine draft, unreviewed). Draft na salin sa Tagalog: bawat mensahe ay draft na hinihintay pang suriin ng isang taong matatas sa wika. Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Audit: the audit log page.

## Operators: sign-in and workspace

# unreviewed
audit-title = Talaan ng mga aktibidad
# unreviewed
audit-filter-action = Aksyon (simula)
# unreviewed
audit-filter-actor = Sino (email)
# unreviewed
audit-filter-submit = I-filter
# unreviewed
audit-col-when = Kailan
# unreviewed
audit-col-who = Sino
# unreviewed
audit-col-action = Aksyon
# unreviewed
audit-col-object = Apektado
# unreviewed
audit-col-ip = IP address
# unreviewed
audit-empty = Walang naitalang aktibidad sa mga filter na ito.
