## Editing services and organisations in the workspace.

workspace-nav-services = Servicios
workspace-nav-organisations = Entidades
ws-services-title = Servicios
ws-services-intro = Los servicios que puedes modificar: los que ofrecen tus ventanillas y los de tus entidades.
ws-services-empty = Ningún servicio entra en tus roles.
ws-orgs-title = Entidades
ws-orgs-intro = Las entidades cuyos datos puedes modificar: aquellas en las que tienes un rol de administración o de coordinación, y las entidades que forman parte de ellas.
ws-orgs-empty = Ninguna entidad entra en tus roles.

service-edit-title = Modificar el servicio
service-edit-back = Volver al servicio
service-edit-link = Modificar los datos del servicio
service-edit-name = Nombre del servicio
service-edit-eligibility = Quién puede pedirlo
service-edit-application = Cómo se pide
service-edit-outcome = Qué obtienes
service-edit-wait-time = Plazos
service-edit-fees = Costes
service-edit-documents = Documentos que hay que llevar
service-edit-documents-hint = Un documento por línea.
service-edit-url = Dirección web del servicio
edit-url-hint = Empieza por https:// (o http://).
service-edit-channels = Cómo se usa el servicio
service-edit-login-hint = Solo para los servicios en línea.
service-edit-plain-note = Nota en palabras sencillas
service-edit-plain-note-hint = Para quien lee el italiano como segunda lengua: frases cortas, palabras comunes.

service-edit-error-name = Escribe el nombre del servicio (como máximo 200 caracteres).
service-edit-error-channels = Elige al menos una forma de usar el servicio.
service-edit-error-login = El acceso con SPID, CIE o CNS vale solo para los servicios en línea, y «no hace falta identidad digital» excluye los demás.
service-edit-error-documents = Como máximo 30 documentos, cada uno de como máximo 300 caracteres.
edit-error-url = La dirección web debe empezar por https:// o http:// y no contener espacios.

org-edit-title = Modificar la entidad
org-edit-back = Volver a las entidades
org-edit-link = Modificar los datos de la entidad
org-edit-name = Nombre de la entidad
org-edit-alternate-name = Otro nombre o sigla
org-edit-website = Sitio web
org-edit-error-name = Escribe el nombre de la entidad (como máximo 200 caracteres).
org-edit-error-alternate-name = El otro nombre puede tener como máximo 200 caracteres.

edit-field-eligibility_description = Quién puede pedirlo
edit-field-application_process = Cómo se pide
edit-field-outcome = Qué obtienes
edit-field-wait_time = Plazos
edit-field-fees_description = Costes
edit-field-url = Dirección web
edit-field-plain_note = Nota en palabras sencillas
edit-field-login = Acceso en línea
edit-field-required_documents = Documentos
edit-field-alternate_name = Otro nombre
edit-field-website = Sitio web
