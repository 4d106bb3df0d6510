# Sportello — traducción al español (Spanish). El italiano (locales/it) es el idioma de origen y de respaldo.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## Estructura del sitio

# unreviewed
site-name = Oficina de información para personas extranjeras
# unreviewed
site-tagline = Información y servicios para personas extranjeras
# unreviewed
skip-link = Ir al contenido principal
# unreviewed
nav-main-label = Menú principal
# unreviewed
nav-home = Página de inicio
# unreviewed
nav-desks = Oficinas
# unreviewed
nav-services = Servicios en línea
# unreviewed
language-switcher-summary = Idioma
# unreviewed
language-switcher-label = Elija el idioma
# unreviewed
translation-incomplete = Algunas partes de esta página todavía no están traducidas. Se muestran en italiano.
# unreviewed
translation-draft = Esta traducción es un borrador: todavía no la ha revisado un hablante nativo.
# unreviewed
footer-about = Un servicio de la red regional de oficinas de información para personas extranjeras.
# unreviewed
footer-demo = Datos de demostración: las direcciones, los teléfonos y otros detalles marcados como «datos de ejemplo» son inventados.
# unreviewed
invented-marker = datos de ejemplo

## Temas: el nombre y una descripción de una línea

# unreviewed
theme-permesso-di-soggiorno = Permiso de residencia
    .description = Solicitud, renovación y conversión del permiso de residencia.
# unreviewed
theme-cittadinanza = Ciudadanía
    .description = Cómo solicitar la ciudadanía italiana y seguir la solicitud.
# unreviewed
theme-ricongiungimento-familiare = Reagrupación familiar
    .description = Traer a sus familiares a Italia: requisitos y documentos.
# unreviewed
theme-residenza-anagrafe = Residencia y registro municipal
    .description = Inscripción en el registro municipal, cambio de residencia y certificados.
# unreviewed
theme-salute = Salud
    .description = Inscripción en el Servicio Sanitario Nacional, médico de cabecera, citas.
# unreviewed
theme-scuola = Escuela
    .description = Inscripción en la escuela y en los servicios para la primera infancia.
# unreviewed
theme-lavoro-formazione = Trabajo y formación
    .description = Buscar trabajo, contratos, cursos de formación.
# unreviewed
theme-casa = Vivienda
    .description = Alquiler, vivienda social, certificado de idoneidad de la vivienda.
# unreviewed
theme-prestazioni-sociali = Prestaciones sociales
    .description = Subsidios, bonos y ayudas económicas: quién puede solicitarlos.
# unreviewed
theme-lingua-italiana = Lengua italiana
    .description = Cursos de italiano y exámenes de idioma.

## Oficinas

# unreviewed
desk-level-l1 = Oficina de primera atención
# unreviewed
desk-level-l2 = Oficina especializada para personas extranjeras
# unreviewed
desk-level-hub = Centro temático
# unreviewed
desk-themes-label = Temas:
# unreviewed
desk-address-label = Dirección:

## Errores

# unreviewed
error-request-id = Código de la solicitud: { $id }
# unreviewed
error-request-id-help = Si pide ayuda, comunique este código.
# unreviewed
error-go-home = Ir a la página de inicio
# unreviewed
error-other-languages = Esta página en otros idiomas
# unreviewed
error-400-title = Solicitud no válida
# unreviewed
error-400-body = La dirección web o los datos enviados no son válidos. Compruebe la dirección e inténtelo de nuevo.
# unreviewed
error-403-title = Acceso no permitido
# unreviewed
error-403-body = No tiene permiso para ver esta página.
# unreviewed
error-404-title = Página no encontrada
# unreviewed
error-404-body = La página que busca no existe o se ha movido.
# unreviewed
error-405-title = Operación no permitida
# unreviewed
error-405-body = Esta página no acepta este tipo de solicitud.
# unreviewed
error-408-title = Tiempo agotado
# unreviewed
error-408-body = La solicitud ha tardado demasiado. Inténtelo de nuevo en unos momentos.
# unreviewed
error-413-title = Datos demasiado grandes
# unreviewed
error-413-body = Los datos enviados superan el tamaño máximo permitido.
# unreviewed
error-429-title = Demasiadas solicitudes
# unreviewed
error-429-body = Ha hecho demasiadas solicitudes en poco tiempo. Espere un momento e inténtelo de nuevo.
# unreviewed
error-500-title = Se ha producido un error
# unreviewed
error-500-body = Algo no ha funcionado por nuestra parte. Inténtelo de nuevo en unos momentos.
# unreviewed
error-503-title = Servicio no disponible
# unreviewed
error-503-body = El servicio no está disponible en este momento. Inténtelo de nuevo en unos momentos.

## Operadores: acceso y área de trabajo

# unreviewed
nav-workspace = Área de operadores
# unreviewed
logout-submit = Cerrar sesión
# unreviewed
workspace-title = Área de operadores
# unreviewed
workspace-nav-label = Menú del área de operadores
# unreviewed
error-401-title = Es necesario iniciar sesión
# unreviewed
error-401-body = Para ver esta página debe iniciar sesión.
# unreviewed
error-code-csrf-invalid = El formulario ha caducado o no es válido. Vuelva atrás, recargue la página e inténtelo de nuevo.

## Restablecimiento de la contraseña y correo

# unreviewed
dev-mail-title = Correo enviado (desarrollo)
# unreviewed
dev-mail-empty = No hay mensajes.

## Shared by several areas, first written for the desk pages: the finder heading, contact labels, channels, language names, the editing forms and the change history.

# unreviewed
finder-heading = Buscar una ventanilla

# unreviewed
desk-by-appointment = Solo con cita previa
# unreviewed
desk-email-label = Correo electrónico:
# unreviewed
desk-verified-on = Información verificada el { $date }.

# unreviewed
channel-in_person = En persona
# unreviewed
channel-phone = Por teléfono
# unreviewed
channel-online = En línea
# unreviewed
channel-video = Por videollamada

# unreviewed
language-name-it = italiano
# unreviewed
language-name-ar = árabe
# unreviewed
language-name-en = inglés
# unreviewed
language-name-fr = francés
# unreviewed
language-name-es = español
# unreviewed
language-name-zh = chino
# unreviewed
language-name-sq = albanés
# unreviewed
language-name-ro = rumano
# unreviewed
language-name-uk = ucraniano
# unreviewed
language-name-ur = urdu
# unreviewed
language-name-bn = bengalí
# unreviewed
language-name-fa = persa
# unreviewed
language-name-ru = ruso
# unreviewed
language-name-pt = portugués
# unreviewed
language-name-wo = wólof
# unreviewed
language-name-pa = panyabí
# unreviewed
language-name-tl = tagalo

# unreviewed
desk-edit-has-errors = Hay campos que corregir; no se ha guardado nada:
# unreviewed
desk-edit-description = Descripción
# unreviewed
desk-edit-verified = He comprobado hoy que esta información es correcta
# unreviewed
desk-edit-submit = Guardar los cambios
# unreviewed
desk-edit-saved = Cambios guardados. El portal público los muestra en pocos segundos.
# unreviewed
desk-public-page = Ver la página pública
# unreviewed
desk-verify-due = Por verificar: esta información no se ha confirmado en los últimos meses.
# unreviewed
desk-history-heading = Historial de cambios
# unreviewed
desk-history-empty = No hay cambios registrados.
# unreviewed
desk-history-when = Cuándo (UTC)
# unreviewed
desk-history-who = Quién
# unreviewed
desk-history-field = Campo
# unreviewed
desk-history-before = Antes
# unreviewed
desk-history-after = Después
# unreviewed
desk-field-name = Nombre
# unreviewed
desk-field-description = Descripción
# unreviewed
desk-field-channels = Formas de contacto
# unreviewed
desk-field-by_appointment = Solo con cita previa
# unreviewed
desk-field-email = Correo electrónico
# unreviewed
desk-field-verified_on = Verificación
# unreviewed
desk-edit-error-email = La dirección de correo no es válida.
# unreviewed
desk-edit-error-too-long = El texto es demasiado largo (máximo 2000 caracteres).

## Dates in full (service pages and desk pages).

# unreviewed
date-full-1 = { $day } de enero de { $year }
# unreviewed
date-full-2 = { $day } de febrero de { $year }
# unreviewed
date-full-3 = { $day } de marzo de { $year }
# unreviewed
date-full-4 = { $day } de abril de { $year }
# unreviewed
date-full-5 = { $day } de mayo de { $year }
# unreviewed
date-full-6 = { $day } de junio de { $year }
# unreviewed
date-full-7 = { $day } de julio de { $year }
# unreviewed
date-full-8 = { $day } de agosto de { $year }
# unreviewed
date-full-9 = { $day } de septiembre de { $year }
# unreviewed
date-full-10 = { $day } de octubre de { $year }
# unreviewed
date-full-11 = { $day } de noviembre de { $year }
# unreviewed
date-full-12 = { $day } de diciembre de { $year }

## Web addresses in the editing forms (services and organisations).

# unreviewed
edit-url-hint = Empieza por https:// (o http://).

# unreviewed
edit-error-url = La dirección web debe empezar por https:// o http:// y no contener espacios.
