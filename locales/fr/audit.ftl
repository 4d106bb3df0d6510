### Audit: the audit log page.

## Opérateurs : connexion et espace de travail

audit-title = Journal d'activité
audit-filter-action = Action (début)
audit-filter-actor = Qui (e-mail)
audit-filter-submit = Filtrer
audit-col-when = Quand
audit-col-who = Qui
audit-col-action = Action
audit-col-object = Objet
audit-col-ip = Adresse IP
audit-empty = Aucune activité enregistrée avec ces filtres.
