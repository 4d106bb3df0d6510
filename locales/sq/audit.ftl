# Sportello — Albanian (shqip) translation (machine draft, unreviewed). Every message is a draft awaiting review by a fluent Albanian reviewer.

### Audit: the audit log page.

## Operators: sign-in and workspace — Operatorët: hyrja dhe zona e punës

# unreviewed
audit-title = Regjistri i aktiviteteve
# unreviewed
audit-filter-action = Veprimi (fillimi)
# unreviewed
audit-filter-actor = Kush (email)
# unreviewed
audit-filter-submit = Filtroni
# unreviewed
audit-col-when = Kur
# unreviewed
audit-col-who = Kush
# unreviewed
audit-col-action = Veprimi
# unreviewed
audit-col-object = Objekti
# unreviewed
audit-col-ip = Adresa IP
# unreviewed
audit-empty = Nuk ka aktivitete të regjistruara me këto filtra.
