### Audit: the audit log page.

## Opérateurs : connexion et espace de travail

# unreviewed
audit-title = Journal d'activité
# unreviewed
audit-filter-action = Action (début)
# unreviewed
audit-filter-actor = Qui (e-mail)
# unreviewed
audit-filter-submit = Filtrer
# unreviewed
audit-col-when = Quand
# unreviewed
audit-col-who = Qui
# unreviewed
audit-col-action = Action
# unreviewed
audit-col-object = Objet
# unreviewed
audit-col-ip = Adresse IP
# unreviewed
audit-empty = Aucune activité enregistrée avec ces filtres.
