### Catalogue: online-services catalogue, service pages, and editing services in the workspace.

## Online-services catalogue and service pages.

catalogue-title = Servicios en línea
catalogue-intro = Los servicios que puedes usar desde casa, con el teléfono o el ordenador: quién los ofrece, para qué sirven y qué necesitas para entrar.
catalogue-help = Si necesitas ayuda para usarlos, una ventanilla de la red puede ayudarte.
catalogue-help-link = Buscar una ventanilla
catalogue-empty = Todavía no hay servicios en línea en el catálogo.
catalogue-breadcrumb-label = Ruta de navegación
catalogue-categories-heading = Categorías
catalogue-category-vita-del-cittadino = Vida cotidiana y trámites
catalogue-category-istruzione = Educación
catalogue-category-cultura = Cultura
catalogue-category-lavoro-formazione = Trabajo y formación
catalogue-category-salute = Salud
catalogue-provider = Organismo:
catalogue-what = Qué es:
catalogue-who = Quién puede usarlo:
catalogue-login = Qué necesitas para entrar
catalogue-login-spid = SPID (identidad digital pública italiana)
catalogue-login-cie = CIE (documento de identidad electrónico italiano)
catalogue-login-cns = CNS (tarjeta sanitaria con chip)
catalogue-login-none = No hace falta identidad digital
catalogue-plain-note = En palabras sencillas:
catalogue-open-online = Ir al servicio en línea
catalogue-external = sitio externo
catalogue-details = Ficha del servicio
catalogue-service-kicker = Ficha del servicio
catalogue-toc-heading = En esta página
catalogue-sec-what = Qué es
catalogue-sec-who = A quién se dirige
catalogue-sec-how = Cómo hacerlo
catalogue-sec-need = Qué necesitas
catalogue-sec-get = Qué obtienes
catalogue-sec-time = Plazos
catalogue-sec-cost = Cuánto cuesta
catalogue-sec-access = Acceder al servicio
catalogue-sec-more = Más información
catalogue-sec-contacts = Contactos
catalogue-sec-updated = Última actualización
catalogue-not-stated = Información no disponible: pregunta en una ventanilla.
catalogue-no-documents = No hacen falta documentos especiales.
catalogue-access-online = En línea
catalogue-access-book = Pedir cita
catalogue-by-appointment = Este servicio es con cita previa: contacta con una de las ventanillas de abajo para pedirla.
catalogue-access-where = Dónde
catalogue-access-ask = Para saber dónde pedir este servicio, dirígete a una ventanilla de la red.
catalogue-channels = Cómo puedes usarlo:
catalogue-channel-in-person = en la ventanilla
catalogue-channel-phone = por teléfono
catalogue-channel-online = en línea
catalogue-channel-video = por videollamada
catalogue-themes = Temas:
catalogue-category = Categoría del catálogo:
catalogue-provider-website = Sitio web del organismo
catalogue-contacts-desks = Para más información puedes dirigirte a una ventanilla de la red.
catalogue-phone = Teléfono:
catalogue-email = Correo electrónico:
catalogue-desk-level-l1 = ventanilla de primer nivel
catalogue-desk-level-l2 = ventanilla especializada
catalogue-desk-level-hub = centro temático
catalogue-cost-free = gratis
catalogue-decimal-separator = ,
catalogue-cost-euro = { $amount } €

## Editing services in the workspace.

ws-services-title = Servicios
ws-services-intro = Los servicios que puedes modificar: los que ofrecen tus ventanillas y los de tus entidades.
ws-services-empty = Ningún servicio entra en tus roles.

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
service-edit-channels = Cómo se usa el servicio
service-edit-login-hint = Solo para los servicios en línea.
service-edit-plain-note = Nota en palabras sencillas
service-edit-plain-note-hint = Para quien lee el italiano como segunda lengua: frases cortas, palabras comunes.

service-edit-error-name = Escribe el nombre del servicio (como máximo 200 caracteres).
service-edit-error-channels = Elige al menos una forma de usar el servicio.
service-edit-error-login = El acceso con SPID, CIE o CNS vale solo para los servicios en línea, y «no hace falta identidad digital» excluye los demás.
service-edit-error-documents = Como máximo 30 documentos, cada uno de como máximo 300 caracteres.

edit-field-eligibility_description = Quién puede pedirlo
edit-field-application_process = Cómo se pide
edit-field-outcome = Qué obtienes
edit-field-wait_time = Plazos
edit-field-fees_description = Costes
edit-field-url = Dirección web
edit-field-plain_note = Nota en palabras sencillas
edit-field-login = Acceso en línea
edit-field-required_documents = Documentos
