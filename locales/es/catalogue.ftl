### Catalogue: online-services catalogue, service pages, and editing services in the workspace.

## Online-services catalogue and service pages.

# unreviewed
catalogue-title = Servicios en línea
# unreviewed
catalogue-intro = Los servicios que puedes usar desde casa, con el teléfono o el ordenador: quién los ofrece, para qué sirven y qué necesitas para entrar.
# unreviewed
catalogue-help = Si necesitas ayuda para usarlos, una ventanilla de la red puede ayudarte.
# unreviewed
catalogue-help-link = Buscar una ventanilla
# unreviewed
catalogue-empty = Todavía no hay servicios en línea en el catálogo.
# unreviewed
catalogue-breadcrumb-label = Ruta de navegación
# unreviewed
catalogue-categories-heading = Categorías
# unreviewed
catalogue-category-vita-del-cittadino = Vida cotidiana y trámites
# unreviewed
catalogue-category-istruzione = Educación
# unreviewed
catalogue-category-cultura = Cultura
# unreviewed
catalogue-category-lavoro-formazione = Trabajo y formación
# unreviewed
catalogue-category-salute = Salud
# unreviewed
catalogue-provider = Organismo:
# unreviewed
catalogue-what = Qué es:
# unreviewed
catalogue-who = Quién puede usarlo:
# unreviewed
catalogue-login = Qué necesitas para entrar
# unreviewed
catalogue-login-spid = SPID (identidad digital pública italiana)
# unreviewed
catalogue-login-cie = CIE (documento de identidad electrónico italiano)
# unreviewed
catalogue-login-cns = CNS (tarjeta sanitaria con chip)
# unreviewed
catalogue-login-none = No hace falta identidad digital
# unreviewed
catalogue-plain-note = En palabras sencillas:
# unreviewed
catalogue-open-online = Ir al servicio en línea
# unreviewed
catalogue-external = sitio externo
# unreviewed
catalogue-details = Ficha del servicio
# unreviewed
catalogue-service-kicker = Ficha del servicio
# unreviewed
catalogue-toc-heading = En esta página
# unreviewed
catalogue-sec-what = Qué es
# unreviewed
catalogue-sec-who = A quién se dirige
# unreviewed
catalogue-sec-how = Cómo hacerlo
# unreviewed
catalogue-sec-need = Qué necesitas
# unreviewed
catalogue-sec-get = Qué obtienes
# unreviewed
catalogue-sec-time = Plazos
# unreviewed
catalogue-sec-cost = Cuánto cuesta
# unreviewed
catalogue-sec-access = Acceder al servicio
# unreviewed
catalogue-sec-more = Más información
# unreviewed
catalogue-sec-contacts = Contactos
# unreviewed
catalogue-sec-updated = Última actualización
# unreviewed
catalogue-not-stated = Información no disponible: pregunta en una ventanilla.
# unreviewed
catalogue-no-documents = No hacen falta documentos especiales.
# unreviewed
catalogue-access-online = En línea
# unreviewed
catalogue-access-book = Pedir cita
# unreviewed
catalogue-by-appointment = Este servicio es con cita previa: contacta con una de las ventanillas de abajo para pedirla.
# unreviewed
catalogue-access-where = Dónde
# unreviewed
catalogue-access-ask = Para saber dónde pedir este servicio, dirígete a una ventanilla de la red.
# unreviewed
catalogue-channels = Cómo puedes usarlo:
# unreviewed
catalogue-channel-in-person = en la ventanilla
# unreviewed
catalogue-channel-phone = por teléfono
# unreviewed
catalogue-channel-online = en línea
# unreviewed
catalogue-channel-video = por videollamada
# unreviewed
catalogue-themes = Temas:
# unreviewed
catalogue-category = Categoría del catálogo:
# unreviewed
catalogue-provider-website = Sitio web del organismo
# unreviewed
catalogue-contacts-desks = Para más información puedes dirigirte a una ventanilla de la red.
# unreviewed
catalogue-phone = Teléfono:
# unreviewed
catalogue-email = Correo electrónico:
# unreviewed
catalogue-desk-level-l1 = ventanilla de primer nivel
# unreviewed
catalogue-desk-level-l2 = ventanilla especializada
# unreviewed
catalogue-desk-level-hub = centro temático
# unreviewed
catalogue-cost-free = gratis
# unreviewed
catalogue-cost-euro = { $amount } €

## Editing services in the workspace.

# unreviewed
ws-services-title = Servicios
# unreviewed
ws-services-intro = Los servicios que puedes modificar: los que ofrecen tus ventanillas y los de tus entidades.
# unreviewed
ws-services-empty = Ningún servicio entra en tus roles.

# unreviewed
service-edit-title = Modificar el servicio
# unreviewed
service-edit-back = Volver al servicio
# unreviewed
service-edit-link = Modificar los datos del servicio
# unreviewed
service-edit-name = Nombre del servicio
# unreviewed
service-edit-eligibility = Quién puede pedirlo
# unreviewed
service-edit-application = Cómo se pide
# unreviewed
service-edit-outcome = Qué obtienes
# unreviewed
service-edit-wait-time = Plazos
# unreviewed
service-edit-fees = Costes
# unreviewed
service-edit-documents = Documentos que hay que llevar
# unreviewed
service-edit-documents-hint = Un documento por línea.
# unreviewed
service-edit-url = Dirección web del servicio
# unreviewed
service-edit-channels = Cómo se usa el servicio
# unreviewed
service-edit-login-hint = Solo para los servicios en línea.
# unreviewed
service-edit-plain-note = Nota en palabras sencillas
# unreviewed
service-edit-plain-note-hint = Para quien lee el italiano como segunda lengua: frases cortas, palabras comunes.

# unreviewed
service-edit-error-name = Escribe el nombre del servicio (como máximo 200 caracteres).
# unreviewed
service-edit-error-organisation-only = Solo el personal del organismo que ofrece el servicio puede cambiar este campo.
# unreviewed
service-edit-error-channels = Elige al menos una forma de usar el servicio.
# unreviewed
service-edit-error-login = El acceso con SPID, CIE o CNS vale solo para los servicios en línea, y «no hace falta identidad digital» excluye los demás.
# unreviewed
service-edit-error-documents = Como máximo 30 documentos, cada uno de como máximo 300 caracteres.

# unreviewed
edit-field-eligibility_description = Quién puede pedirlo
# unreviewed
edit-field-application_process = Cómo se pide
# unreviewed
edit-field-outcome = Qué obtienes
# unreviewed
edit-field-wait_time = Plazos
# unreviewed
edit-field-fees_description = Costes
# unreviewed
edit-field-url = Dirección web
# unreviewed
edit-field-plain_note = Nota en palabras sencillas
# unreviewed
edit-field-login = Acceso en línea
# unreviewed
edit-field-required_documents = Documentos
