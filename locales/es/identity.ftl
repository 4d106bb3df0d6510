### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

## Operadores: acceso y área de trabajo

# unreviewed
login-title = Acceso de operadores
# unreviewed
login-intro = Área reservada al personal de la red de oficinas.
# unreviewed
login-email = Dirección de correo electrónico
# unreviewed
login-password = Contraseña
# unreviewed
login-submit = Iniciar sesión
# unreviewed
login-refused = Correo electrónico o contraseña incorrectos, o cuenta desactivada.
# unreviewed
login-throttled = Demasiados intentos fallidos. Inténtelo de nuevo dentro de { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}.
# unreviewed
workspace-welcome = Le damos la bienvenida, { $name }.
# unreviewed
workspace-roles-heading = Sus roles
# unreviewed
workspace-no-roles = Todavía no tiene roles asignados: consulte con la coordinación de la red.
# unreviewed
workspace-nav-profile = Perfil
# unreviewed
workspace-nav-audit = Registro de actividades
# unreviewed
profile-title = Su perfil
# unreviewed
profile-email = Correo electrónico:
# unreviewed
profile-password-heading = Cambiar la contraseña
# unreviewed
profile-current-password = Contraseña actual
# unreviewed
profile-new-password = Nueva contraseña (al menos 12 caracteres)
# unreviewed
profile-confirm-password = Repita la nueva contraseña
# unreviewed
profile-password-submit = Cambiar contraseña
# unreviewed
profile-password-changed = Contraseña cambiada. Se han cerrado las demás sesiones abiertas.
# unreviewed
profile-password-wrong = La contraseña actual no es correcta.
# unreviewed
profile-password-mismatch = Las dos contraseñas nuevas no coinciden.
# unreviewed
profile-password-too-short = La nueva contraseña debe tener al menos 12 caracteres.
# unreviewed
role-admin = Administración
# unreviewed
role-coordinator = Coordinación regional
# unreviewed
role-hub_editor = Redacción de centro temático
# unreviewed
role-l2_operator = Operador de oficina especializada
# unreviewed
role-l1_operator = Operador de oficina de primera atención
# unreviewed
role-translator = Traducción
# unreviewed
role-trainer = Formación
# unreviewed
role-viewer = Solo consulta
# unreviewed
scope-network = toda la red
# unreviewed
scope-organisation = entidad { $target }
# unreviewed
scope-desk = oficina { $target }
# unreviewed
scope-theme = tema { $target }
# unreviewed
scope-language = idioma { $target }

## Verificación en dos pasos

# unreviewed
workspace-nav-twofa = Verificación en dos pasos
# unreviewed
code-title = Código de verificación
# unreviewed
code-intro = Abra la aplicación de autenticación en su teléfono y escriba el código de 6 dígitos. Si no tiene el teléfono, utilice uno de los códigos de recuperación.
# unreviewed
code-label = Código
# unreviewed
code-submit = Verificar
# unreviewed
code-refused = Código no válido o ya utilizado. Inténtelo de nuevo con el código nuevo.
# unreviewed
code-attempts-exhausted = Demasiados códigos incorrectos: por seguridad se ha cancelado el inicio de sesión. Introduzca de nuevo su correo electrónico y su contraseña.
# unreviewed
twofa-title = Verificación en dos pasos
# unreviewed
twofa-intro = Con la verificación en dos pasos, para iniciar sesión necesita la contraseña y un código que cambia cada 30 segundos, generado por una aplicación en su teléfono.
# unreviewed
twofa-required = Su rol requiere la verificación en dos pasos: actívela para usar el área de operadores.
# unreviewed
twofa-start = Activar la verificación en dos pasos
# unreviewed
twofa-step-scan = Escanee este código QR con la aplicación de autenticación.
# unreviewed
twofa-qr-label = Código QR para la aplicación de autenticación
# unreviewed
twofa-step-link = En el teléfono también puede abrir este enlace:
# unreviewed
twofa-step-key = O escriba esta clave en la aplicación:
# unreviewed
twofa-step-confirm = Escriba el código que muestra ahora la aplicación.
# unreviewed
twofa-confirm-submit = Confirmar y activar
# unreviewed
twofa-enabled-now = Verificación en dos pasos activada.
# unreviewed
twofa-recovery-heading = Códigos de recuperación
# unreviewed
twofa-recovery-intro = Guarde estos códigos en un lugar seguro: le servirán si pierde el teléfono, y cada uno solo se puede usar una vez. No volverá a verlos.
# unreviewed
twofa-active = La verificación en dos pasos está activada.

## Restablecimiento de la contraseña y correo

# unreviewed
login-forgot = ¿Ha olvidado su contraseña?
# unreviewed
reset-title = Restablecer la contraseña
# unreviewed
reset-intro = Escriba la dirección de correo electrónico de su cuenta: le enviaremos un enlace para elegir una nueva contraseña.
# unreviewed
reset-submit = Enviar el enlace
# unreviewed
reset-sent = Si la dirección pertenece a una cuenta activa, en breve recibirá un correo electrónico con el enlace. El enlace es válido durante 30 minutos y solo se puede usar una vez.
# unreviewed
reset-new-title = Elija una nueva contraseña
# unreviewed
reset-new-submit = Guardar la nueva contraseña
# unreviewed
reset-done = Contraseña cambiada. Ya puede iniciar sesión con la nueva contraseña.
# unreviewed
reset-link-invalid = Este enlace ha caducado o ya se ha utilizado. Solicite uno nuevo.
# unreviewed
mail-reset-subject = Restablecimiento de su contraseña de la Oficina de información para personas extranjeras
# unreviewed
mail-reset-body = Hola:
    Hemos recibido una solicitud para restablecer la contraseña de su cuenta.
    Para elegir una nueva contraseña, abra este enlace en un plazo de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }:
    { $link }
    Si no ha solicitado restablecer la contraseña, ignore este mensaje: su contraseña seguirá siendo la misma.

## Administración de cuentas

# unreviewed
workspace-nav-users = Usuarios y roles
# unreviewed
users-title = Usuarios y roles
# unreviewed
users-intro = Asigne a cada persona los roles que necesita, en el ámbito adecuado. Cada cambio cierra las sesiones abiertas de esa persona y queda registrado.
# unreviewed
users-col-roles = Roles
# unreviewed
users-disabled = cuenta desactivada
# unreviewed
users-role = Rol
# unreviewed
users-scope-kind = Ámbito
# unreviewed
users-scope-target = Cuál (identificador corto)
# unreviewed
users-grant-submit = Añadir el rol
# unreviewed
users-revoke-submit = Quitar
# unreviewed
users-disable-submit = Desactivar la cuenta
# unreviewed
users-saved = Cambio guardado.
# unreviewed
users-error = El cambio no se ha guardado: { $reason }
# unreviewed
scope-kind-network = Toda la red
# unreviewed
scope-kind-organisation = Entidad
# unreviewed
scope-kind-desk = Oficina
# unreviewed
scope-kind-theme = Tema
# unreviewed
scope-kind-language = Idioma

## Workspace menu: desks, services and organisations

# unreviewed
workspace-nav-desks = Mis oficinas

# unreviewed
workspace-nav-services = Servicios
# unreviewed
workspace-nav-organisations = Entidades
