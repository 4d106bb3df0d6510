# Sportello — traducción al español (Spanish). El italiano (locales/it) es el idioma de origen y de respaldo.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## Estructura del sitio

site-name = Oficina de información para personas extranjeras
site-tagline = Información y servicios para personas extranjeras
skip-link = Ir al contenido principal
nav-main-label = Menú principal
nav-home = Página de inicio
nav-desks = Oficinas
nav-services = Servicios en línea
language-switcher-summary = Idioma
language-switcher-label = Elija el idioma
translation-incomplete = Algunas partes de esta página todavía no están traducidas. Se muestran en italiano.
footer-about = Un servicio de la red regional de oficinas de información para personas extranjeras.
footer-demo = Datos de demostración: las direcciones, los teléfonos y otros detalles marcados como «datos de ejemplo» son inventados.
invented-marker = datos de ejemplo

## Temas: el nombre y una descripción de una línea

theme-permesso-di-soggiorno = Permiso de residencia
    .description = Solicitud, renovación y conversión del permiso de residencia.
theme-cittadinanza = Ciudadanía
    .description = Cómo solicitar la ciudadanía italiana y seguir la solicitud.
theme-ricongiungimento-familiare = Reagrupación familiar
    .description = Traer a sus familiares a Italia: requisitos y documentos.
theme-residenza-anagrafe = Residencia y registro municipal
    .description = Inscripción en el registro municipal, cambio de residencia y certificados.
theme-salute = Salud
    .description = Inscripción en el Servicio Sanitario Nacional, médico de cabecera, citas.
theme-scuola = Escuela
    .description = Inscripción en la escuela y en los servicios para la primera infancia.
theme-lavoro-formazione = Trabajo y formación
    .description = Buscar trabajo, contratos, cursos de formación.
theme-casa = Vivienda
    .description = Alquiler, vivienda social, certificado de idoneidad de la vivienda.
theme-prestazioni-sociali = Prestaciones sociales
    .description = Subsidios, bonos y ayudas económicas: quién puede solicitarlos.
theme-lingua-italiana = Lengua italiana
    .description = Cursos de italiano y exámenes de idioma.

## Oficinas

desk-level-l1 = Oficina de primera atención
desk-level-l2 = Oficina especializada para personas extranjeras
desk-level-hub = Centro temático
desk-themes-label = Temas:
desk-address-label = Dirección:

## Errores

error-request-id = Código de la solicitud: { $id }
error-request-id-help = Si pide ayuda, comunique este código.
error-go-home = Ir a la página de inicio
error-other-languages = Esta página en otros idiomas
error-400-title = Solicitud no válida
error-400-body = La dirección web o los datos enviados no son válidos. Compruebe la dirección e inténtelo de nuevo.
error-403-title = Acceso no permitido
error-403-body = No tiene permiso para ver esta página.
error-404-title = Página no encontrada
error-404-body = La página que busca no existe o se ha movido.
error-405-title = Operación no permitida
error-405-body = Esta página no acepta este tipo de solicitud.
error-408-title = Tiempo agotado
error-408-body = La solicitud ha tardado demasiado. Inténtelo de nuevo en unos momentos.
error-413-title = Datos demasiado grandes
error-413-body = Los datos enviados superan el tamaño máximo permitido.
error-429-title = Demasiadas solicitudes
error-429-body = Ha hecho demasiadas solicitudes en poco tiempo. Espere un momento e inténtelo de nuevo.
error-500-title = Se ha producido un error
error-500-body = Algo no ha funcionado por nuestra parte. Inténtelo de nuevo en unos momentos.
error-503-title = Servicio no disponible
error-503-body = El servicio no está disponible en este momento. Inténtelo de nuevo en unos momentos.

## Operadores: acceso y área de trabajo

nav-workspace = Área de operadores
logout-submit = Cerrar sesión
workspace-title = Área de operadores
workspace-nav-label = Menú del área de operadores
error-401-title = Es necesario iniciar sesión
error-401-body = Para ver esta página debe iniciar sesión.
error-code-csrf-invalid = El formulario ha caducado o no es válido. Vuelva atrás, recargue la página e inténtelo de nuevo.

## Restablecimiento de la contraseña y correo

dev-mail-title = Correo enviado (desarrollo)
dev-mail-empty = No hay mensajes.

## Shared by several areas, first written for the desk pages: the finder heading, contact labels, channels, language names, the editing forms and the change history.

finder-heading = Buscar una ventanilla

desk-by-appointment = Solo con cita previa
desk-email-label = Correo electrónico:
desk-verified-on = Información verificada el { $date }.

channel-in_person = En persona
channel-phone = Por teléfono
channel-online = En línea
channel-video = Por videollamada

language-name-it = italiano
language-name-ar = árabe
language-name-en = inglés
language-name-fr = francés
language-name-es = español
language-name-zh = chino
language-name-sq = albanés
language-name-ro = rumano
language-name-uk = ucraniano
language-name-ur = urdu
language-name-bn = bengalí
language-name-ru = ruso
language-name-pt = portugués
language-name-wo = wólof
language-name-pa = panyabí
language-name-tl = tagalo

desk-edit-has-errors = Hay campos que corregir; no se ha guardado nada:
desk-edit-description = Descripción
desk-edit-verified = He comprobado hoy que esta información es correcta
desk-edit-submit = Guardar los cambios
desk-edit-saved = Cambios guardados. El portal público los muestra en pocos segundos.
desk-public-page = Ver la página pública
desk-verify-due = Por verificar: esta información no se ha confirmado en los últimos meses.
desk-history-heading = Historial de cambios
desk-history-empty = No hay cambios registrados.
desk-history-when = Cuándo (UTC)
desk-history-who = Quién
desk-history-field = Campo
desk-history-before = Antes
desk-history-after = Después
desk-field-name = Nombre
desk-field-description = Descripción
desk-field-channels = Formas de contacto
desk-field-by_appointment = Solo con cita previa
desk-field-email = Correo electrónico
desk-field-verified_on = Verificación
desk-edit-error-email = La dirección de correo no es válida.
desk-edit-error-too-long = El texto es demasiado largo (máximo 2000 caracteres).

## Dates in full (service pages and desk pages).

date-full-1 = { $day } de enero de { $year }
date-full-2 = { $day } de febrero de { $year }
date-full-3 = { $day } de marzo de { $year }
date-full-4 = { $day } de abril de { $year }
date-full-5 = { $day } de mayo de { $year }
date-full-6 = { $day } de junio de { $year }
date-full-7 = { $day } de julio de { $year }
date-full-8 = { $day } de agosto de { $year }
date-full-9 = { $day } de septiembre de { $year }
date-full-10 = { $day } de octubre de { $year }
date-full-11 = { $day } de noviembre de { $year }
date-full-12 = { $day } de diciembre de { $year }

## Web addresses in the editing forms (services and organisations).

edit-url-hint = Empieza por https:// (o http://).

edit-error-url = La dirección web debe empezar por https:// o http:// y no contener espacios.
