### Audit: the audit log page.

## Operadores: acceso y área de trabajo

audit-title = Registro de actividades
audit-filter-action = Acción (comienza por)
audit-filter-actor = Quién (correo electrónico)
audit-filter-submit = Filtrar
audit-col-when = Cuándo
audit-col-who = Quién
audit-col-action = Acción
audit-col-object = Objeto
audit-col-ip = Dirección IP
audit-empty = No hay actividades registradas con estos filtros.
