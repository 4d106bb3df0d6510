### Audit: the audit log page.

## Operadores: acceso y área de trabajo

# unreviewed
audit-title = Registro de actividades
# unreviewed
audit-filter-action = Acción (comienza por)
# unreviewed
audit-filter-actor = Quién (correo electrónico)
# unreviewed
audit-filter-submit = Filtrar
# unreviewed
audit-col-when = Cuándo
# unreviewed
audit-col-who = Quién
# unreviewed
audit-col-action = Acción
# unreviewed
audit-col-object = Objeto
# unreviewed
audit-col-ip = Dirección IP
# unreviewed
audit-empty = No hay actividades registradas con estos filtros.
