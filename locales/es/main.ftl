# Sportello — traducción al español (Spanish). El italiano (locales/it) es el idioma de origen y de respaldo.

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

## Inicio

home-title = Información para personas extranjeras
home-intro = Encuentre información clara sobre documentos, salud, escuela, trabajo y vivienda, y la oficina más cercana a usted.
home-themes-heading = Temas
home-hubs-heading = Centros temáticos de la red
home-hubs-intro = Los centros temáticos preparan la información de cada tema para toda la red.
home-desks-heading = Oficinas para personas extranjeras
home-all-desks = { $count ->
    [one] Ver la única oficina de la red
   *[other] Ver las { $count } oficinas de la red
}
home-no-desks = Todavía no hay ninguna oficina registrada.

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
desks-title = Oficinas de la red
desks-intro = Todas las oficinas de la red: los centros temáticos, las oficinas especializadas para personas extranjeras y los puntos de primera atención (oficinas de atención al público URP, oficinas de servicios sociales).
desks-count = { $count ->
    [one] { $count } oficina
   *[other] { $count } oficinas
}
pagination-label = Páginas
pagination-previous = Página anterior
pagination-next = Página siguiente
pagination-status = Página { $page } de { $pages }

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
login-title = Acceso de operadores
login-intro = Área reservada al personal de la red de oficinas.
login-email = Dirección de correo electrónico
login-password = Contraseña
login-submit = Iniciar sesión
login-refused = Correo electrónico o contraseña incorrectos, o cuenta desactivada.
login-throttled = Demasiados intentos fallidos. Inténtelo de nuevo dentro de { $seconds } segundos.
logout-submit = Cerrar sesión
workspace-title = Área de operadores
workspace-welcome = Le damos la bienvenida, { $name }.
workspace-roles-heading = Sus roles
workspace-no-roles = Todavía no tiene roles asignados: consulte con la coordinación de la red.
workspace-nav-label = Menú del área de operadores
workspace-nav-profile = Perfil
workspace-nav-audit = Registro de actividades
profile-title = Su perfil
profile-email = Correo electrónico:
profile-password-heading = Cambiar la contraseña
profile-current-password = Contraseña actual
profile-new-password = Nueva contraseña (al menos 12 caracteres)
profile-confirm-password = Repita la nueva contraseña
profile-password-submit = Cambiar contraseña
profile-password-changed = Contraseña cambiada. Se han cerrado las demás sesiones abiertas.
profile-password-wrong = La contraseña actual no es correcta.
profile-password-mismatch = Las dos contraseñas nuevas no coinciden.
profile-password-too-short = La nueva contraseña debe tener al menos 12 caracteres.
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
role-admin = Administración
role-coordinator = Coordinación regional
role-hub_editor = Redacción de centro temático
role-l2_operator = Operador de oficina especializada
role-l1_operator = Operador de oficina de primera atención
role-translator = Traducción
role-trainer = Formación
role-viewer = Solo consulta
scope-network = toda la red
scope-organisation = entidad { $target }
scope-desk = oficina { $target }
scope-theme = tema { $target }
scope-language = idioma { $target }
error-401-title = Es necesario iniciar sesión
error-401-body = Para ver esta página debe iniciar sesión.
error-code-csrf-invalid = El formulario ha caducado o no es válido. Vuelva atrás, recargue la página e inténtelo de nuevo.

## Verificación en dos pasos

workspace-nav-twofa = Verificación en dos pasos
code-title = Código de verificación
code-intro = Abra la aplicación de autenticación en su teléfono y escriba el código de 6 dígitos. Si no tiene el teléfono, utilice uno de los códigos de recuperación.
code-label = Código
code-submit = Verificar
code-refused = Código no válido o ya utilizado. Inténtelo de nuevo con el código nuevo.
twofa-title = Verificación en dos pasos
twofa-intro = Con la verificación en dos pasos, para iniciar sesión necesita la contraseña y un código que cambia cada 30 segundos, generado por una aplicación en su teléfono.
twofa-required = Su rol requiere la verificación en dos pasos: actívela para usar el área de operadores.
twofa-start = Activar la verificación en dos pasos
twofa-step-scan = Escanee este código QR con la aplicación de autenticación.
twofa-qr-label = Código QR para la aplicación de autenticación
twofa-step-link = En el teléfono también puede abrir este enlace:
twofa-step-key = O escriba esta clave en la aplicación:
twofa-step-confirm = Escriba el código que muestra ahora la aplicación.
twofa-confirm-submit = Confirmar y activar
twofa-enabled-now = Verificación en dos pasos activada.
twofa-recovery-heading = Códigos de recuperación
twofa-recovery-intro = Guarde estos códigos en un lugar seguro: le servirán si pierde el teléfono, y cada uno solo se puede usar una vez. No volverá a verlos.
twofa-active = La verificación en dos pasos está activada.

## Restablecimiento de la contraseña y correo

login-forgot = ¿Ha olvidado su contraseña?
reset-title = Restablecer la contraseña
reset-intro = Escriba la dirección de correo electrónico de su cuenta: le enviaremos un enlace para elegir una nueva contraseña.
reset-submit = Enviar el enlace
reset-sent = Si la dirección pertenece a una cuenta activa, en breve recibirá un correo electrónico con el enlace. El enlace es válido durante 30 minutos y solo se puede usar una vez.
reset-new-title = Elija una nueva contraseña
reset-new-submit = Guardar la nueva contraseña
reset-done = Contraseña cambiada. Ya puede iniciar sesión con la nueva contraseña.
reset-link-invalid = Este enlace ha caducado o ya se ha utilizado. Solicite uno nuevo.
mail-reset-subject = Restablecimiento de su contraseña de la Oficina de información para personas extranjeras
mail-reset-body = Hola:
    Hemos recibido una solicitud para restablecer la contraseña de su cuenta.
    Para elegir una nueva contraseña, abra este enlace en un plazo de { $minutes } minutos:
    { $link }
    Si no ha solicitado restablecer la contraseña, ignore este mensaje: su contraseña seguirá siendo la misma.
dev-mail-title = Correo enviado (desarrollo)
dev-mail-empty = No hay mensajes.

## Administración de cuentas

workspace-nav-users = Usuarios y roles
users-title = Usuarios y roles
users-intro = Asigne a cada persona los roles que necesita, en el ámbito adecuado. Cada cambio cierra las sesiones abiertas de esa persona y queda registrado.
users-col-roles = Roles
users-disabled = cuenta desactivada
users-role = Rol
users-scope-kind = Ámbito
users-scope-target = Cuál (identificador corto)
users-grant-submit = Añadir el rol
users-revoke-submit = Quitar
users-disable-submit = Desactivar la cuenta
users-saved = Cambio guardado.
users-error = El cambio no se ha guardado: { $reason }
scope-kind-network = Toda la red
scope-kind-organisation = Entidad
scope-kind-desk = Oficina
scope-kind-theme = Tema
scope-kind-language = Idioma

## Workspace: desks

workspace-nav-desks = Mis oficinas
ws-desks-title = Mis oficinas
ws-desks-intro = Las oficinas en las que tiene un rol.
ws-desks-empty = Ninguno de sus roles incluye una oficina.
