### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

## Operadores: acceso y área de trabajo

login-title = Acceso de operadores
login-intro = Área reservada al personal de la red de oficinas.
login-email = Dirección de correo electrónico
login-password = Contraseña
login-submit = Iniciar sesión
login-refused = Correo electrónico o contraseña incorrectos, o cuenta desactivada.
login-throttled = Demasiados intentos fallidos. Inténtelo de nuevo dentro de { $seconds } segundos.
workspace-welcome = Le damos la bienvenida, { $name }.
workspace-roles-heading = Sus roles
workspace-no-roles = Todavía no tiene roles asignados: consulte con la coordinación de la red.
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

## Verificación en dos pasos

workspace-nav-twofa = Verificación en dos pasos
code-title = Código de verificación
code-intro = Abra la aplicación de autenticación en su teléfono y escriba el código de 6 dígitos. Si no tiene el teléfono, utilice uno de los códigos de recuperación.
code-label = Código
code-submit = Verificar
code-refused = Código no válido o ya utilizado. Inténtelo de nuevo con el código nuevo.
# unreviewed
code-attempts-exhausted = Demasiados códigos incorrectos: por seguridad se ha cancelado el inicio de sesión. Introduzca de nuevo su correo electrónico y su contraseña.
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

## Workspace menu: desks, services and organisations

workspace-nav-desks = Mis oficinas

workspace-nav-services = Servicios
workspace-nav-organisations = Entidades
