### Knowledge base: procedure sheets, FAQ, guides and news of the thematic hubs.

# unreviewed
workspace-nav-kb = Fichas informativas

## Kinds, states and sections

# unreviewed
kb-kind-sheet = Ficha de trámite
# unreviewed
kb-kind-faq = Pregunta frecuente
# unreviewed
kb-kind-guide = Guía
# unreviewed
kb-kind-news = Noticia
# unreviewed
kb-status-draft = Borrador
# unreviewed
kb-status-in_review = En revisión
# unreviewed
kb-status-published = Publicada
# unreviewed
kb-status-archived = Archivada
# unreviewed
kb-section-what = Qué es
# unreviewed
kb-section-who = A quién se dirige
# unreviewed
kb-section-how = Cómo hacerlo
# unreviewed
kb-section-needs = Qué necesitas
# unreviewed
kb-section-outcome = Qué obtienes
# unreviewed
kb-section-time = Plazos y fechas límite
# unreviewed
kb-section-cost = Cuánto cuesta
# unreviewed
kb-section-where = Dónde acudir
# unreviewed
kb-section-legal_basis = Referencias legales
# unreviewed
kb-section-more = Más información
# unreviewed
kb-section-contacts = Contactos
# unreviewed
kb-section-last_update = Última actualización
# unreviewed
kb-prereq-codice-fiscale = Codice fiscale (código fiscal)
# unreviewed
kb-prereq-tessera-sanitaria = Tessera sanitaria (tarjeta sanitaria)
# unreviewed
kb-prereq-spid-cie = SPID o CIE
# unreviewed
kb-prereq-residenza = Residencia registrada (residenza)
# unreviewed
kb-prereq-pec = PEC (correo electrónico certificado)

## Public pages

# unreviewed
kb-theme-empty = Todavía no hay fichas sobre este tema.
# unreviewed
kb-theme-desks = Encuentra una ventanilla que se ocupa de este tema
# unreviewed
kb-texts-in-italian = Las fichas están escritas en italiano.
# unreviewed
kb-legal-review = Esta ficha se está actualizando después de un cambio de la ley.
# unreviewed
kb-legal-review-short = por revisar: la ley ha cambiado
# unreviewed
kb-owner = Preparada por
# unreviewed
kb-prerequisites = Antes necesitas
# unreviewed
kb-steps = Los pasos
# unreviewed
kb-step-who = Quién
# unreviewed
kb-step-where = Dónde
# unreviewed
kb-step-bring = Qué llevar
# unreviewed
kb-step-cost = Costo
# unreviewed
kb-step-time = Tiempo
# unreviewed
kb-variant-yours = En tu zona:
# unreviewed
kb-variants-other = Cómo funciona en otras zonas
# unreviewed
kb-area-hint = En algunas zonas los pasos son diferentes.
# unreviewed
kb-area-choose = Elige tu ventanilla para ver cómo funciona donde vives.
# unreviewed
kb-desks = Ventanillas que pueden ayudarte
# unreviewed
kb-review-by = Próxima revisión antes del
# unreviewed
kb-withdrawn-title = Ficha retirada
# unreviewed
kb-withdrawn-text = Esta ficha ya no es válida y ha sido retirada:
# unreviewed
kb-withdrawn-replaced = En su lugar encuentras:
# unreviewed
kb-withdrawn-ask = Pide información actualizada a una ventanilla

## Workspace

# unreviewed
kb-ws-title = Fichas informativas
# unreviewed
kb-ws-new-title = Nueva ficha
# unreviewed
kb-ws-editor-title = Editar la ficha
# unreviewed
kb-ws-history-title = Versiones de la ficha
# unreviewed
kb-ws-new-sheet = Nueva ficha
# unreviewed
kb-ws-new-faq = Nueva pregunta frecuente
# unreviewed
kb-ws-empty = No hay fichas que puedas escribir o revisar.
# unreviewed
kb-ws-back = Volver a las fichas
# unreviewed
kb-ws-back-editor = Volver a la ficha
# unreviewed
kb-ws-create = Crear el borrador
# unreviewed
kb-ws-save = Guardar una nueva versión
# unreviewed
kb-ws-edit-heading = Texto
# unreviewed
kb-ws-history-link = Versiones y diferencias
# unreviewed
kb-ws-version = versión { $n }
# unreviewed
kb-ws-published-version = publicada: versión { $n }
# unreviewed
kb-ws-moved = Hecho. Ahora la ficha está:
# unreviewed
kb-field-title = Título
# unreviewed
kb-field-summary = En resumen
# unreviewed
kb-field-tags = Palabras clave (separadas por comas)
# unreviewed
kb-field-kind = Tipo
# unreviewed
kb-field-theme = Tema
# unreviewed
kb-field-hub = Centro temático responsable
# unreviewed
kb-field-status = Estado
# unreviewed
kb-field-slug = Dirección de la página
# unreviewed
kb-field-slug-hint = Letras minúsculas, cifras y guiones, por ejemplo rinnovo-permesso.
# unreviewed
kb-field-online-url = Servicio en línea (dirección http o https)
# unreviewed
kb-field-body = Texto (Markdown)
# unreviewed
kb-steps-hint = Rellena una fila para cada paso del trámite. Un paso vacío no se guarda.
# unreviewed
kb-step-n = Paso { $n }
# unreviewed
kb-variant-n = Variante local { $n }
# unreviewed
kb-variant-area = Zona
# unreviewed
kb-variant-area-hint = Zona de una variante: la sigla de la provincia (por ejemplo BO) o desk: seguido de la dirección de una ventanilla (por ejemplo desk:hub-salute).
# unreviewed
kb-variant-label = Nombre que se muestra (por ejemplo Questura di Bologna)
# unreviewed
kb-minor = Corrección menor (erratas): las traducciones siguen siendo válidas
# unreviewed
kb-minor-short = menor
# unreviewed
kb-part-title = Título
# unreviewed
kb-part-summary = En resumen
# unreviewed
kb-part-who = Quién
# unreviewed
kb-part-where = Dónde
# unreviewed
kb-part-bring = Qué llevar
# unreviewed
kb-part-cost = Costo
# unreviewed
kb-part-time = Tiempo
# unreviewed
kb-part-text = Texto
# unreviewed
kb-part-label = Nombre de la variante
# unreviewed
kb-part-online_url = Servicio en línea
# unreviewed
kb-part-body = Texto
# unreviewed
kb-part-step = Paso { $n }: { $field }
# unreviewed
kb-workflow = Revisión y publicación
# unreviewed
kb-four-eyes-on = En este centro temático, una versión la debe publicar una persona distinta de quien la escribió.
# unreviewed
kb-comment = Comentario
# unreviewed
kb-comment-add = Añadir el comentario
# unreviewed
kb-comments = Comentarios de revisión
# unreviewed
kb-comments-empty = Todavía no hay comentarios.
# unreviewed
kb-publish-at = Publicar el (opcional)
# unreviewed
kb-publish-at-hint = Hora de Roma. Déjalo vacío para publicar enseguida.
# unreviewed
kb-action-submit = Enviar a revisión
# unreviewed
kb-action-return = Devolver al autor
# unreviewed
kb-action-publish = Aprobar y publicar
# unreviewed
kb-action-archive = Archivar
# unreviewed
kb-action-reopen = Reabrir como borrador
# unreviewed
kb-conflict-title = Alguien guardó la versión { $n } mientras escribías
# unreviewed
kb-conflict-text = El texto de { $editor } está aquí abajo; el tuyo se ha quedado en el formulario. Si guardas otra vez, tu texto pasa a ser la versión siguiente.
# unreviewed
kb-diff-from = Desde la versión
# unreviewed
kb-diff-to = Hasta la versión
# unreviewed
kb-diff-compare = Comparar
# unreviewed
kb-diff-heading = Diferencias de la versión { $from } a la versión { $to }
# unreviewed
kb-diff-none = No hay diferencias en el texto.
# unreviewed
kb-diff-legend = El texto quitado aparece tachado y el añadido, subrayado.
# unreviewed
kb-versions = Todas las versiones
# unreviewed
kb-version = Versión
# unreviewed
kb-editor-system = carga inicial

## Refusals and form errors

# unreviewed
kb-refused-not-reviewer = Solo quien revisa las fichas de este centro temático puede hacerlo.
# unreviewed
kb-refused-transition = Este cambio no es posible desde el estado actual de la ficha.
# unreviewed
kb-refused-stale = Mientras tanto la ficha ha cambiado. Mira la nueva versión y vuelve a intentarlo.
# unreviewed
kb-refused-comment-needed = Escribe un comentario que explique qué hay que cambiar.
# unreviewed
kb-refused-four-eyes = No puedes publicar una versión que has escrito tú: debe aprobarla otra persona.
# unreviewed
kb-refused-schedule-past = La fecha de publicación debe ser en el futuro.
# unreviewed
kb-refused-schedule-invalid = La fecha de publicación no es válida.
# unreviewed
kb-error-kind = Elige el tipo de ficha.
# unreviewed
kb-error-theme = Elige un tema.
# unreviewed
kb-error-hub = Elige un centro temático para el que puedas escribir.
# unreviewed
kb-error-slug = La dirección solo puede tener letras minúsculas, cifras y guiones.
# unreviewed
kb-error-slug-taken = Ya existe una ficha con esta dirección en este tema.
# unreviewed
kb-error-title-missing = Escribe el título.
# unreviewed
kb-error-too-long = El texto es demasiado largo.
# unreviewed
kb-error-url = El servicio en línea debe ser una dirección http o https.
# unreviewed
kb-error-prerequisite = Uno de los requisitos no está entre los previstos.
# unreviewed
kb-error-too-many-steps = Hay demasiados pasos o variantes.
# unreviewed
kb-error-step-title = Cada paso necesita un título.
# unreviewed
kb-error-variant = Cada variante necesita un nombre y un texto.
# unreviewed
kb-error-variant-area = La zona de una variante es la sigla de una provincia (BO) o desk: y la dirección de una ventanilla.
# unreviewed
kb-error-norm = Una de las referencias legales no está en el registro.

## Writing aids

# unreviewed
kb-aids = Ayudas para la redacción
# unreviewed
kb-aids-unsaved = Revisión del texto tal como lo has escrito: todavía no está guardado.
# unreviewed
kb-aids-gulpease = Índice Gulpease { $score }: { $level }
# unreviewed
kb-aids-level-elementary = fácil para quien tiene el certificado de estudios primarios
# unreviewed
kb-aids-level-middle = fácil para quien tiene el título de educación secundaria inferior
# unreviewed
kb-aids-level-high-school = fácil para quien tiene un título de educación secundaria superior
# unreviewed
kb-aids-level-hard = difícil incluso para quien tiene un título de educación secundaria superior
# unreviewed
kb-aids-nothing = Todavía no hay texto que medir.
# unreviewed
kb-aids-needs-override = Para publicar esta ficha, quien la revisa debe escribir por qué hay que publicarla así: la legibilidad está por debajo de 50 o hay una palabra que se debe evitar según la Carta di Roma.
# unreviewed
kb-aids-long = Frases largas
# unreviewed
kb-aids-words = { $count ->
    [one] { $count } palabra
   *[other] { $count } palabras
}
# unreviewed
kb-aids-words-heading = Palabras que cambiar
# unreviewed
kb-aids-carta = Carta di Roma
# unreviewed
kb-aids-check = Comprobar el texto
# unreviewed
kb-override-reason = Por qué publicarla de todos modos (obligatorio)
# unreviewed
kb-refused-needs-override = Las ayudas para la redacción señalan esta ficha: para publicarla, escribe por qué hay que publicarla así.
# unreviewed
kb-refused-override-too-long = La justificación es demasiado larga.

## The register of norms

# unreviewed
workspace-nav-norms = Referencias legales
# unreviewed
kb-norms-title = Registro de normas
# unreviewed
kb-norms-intro = Las normas citadas en las fichas. Cuando una norma cambia, señala el cambio: las fichas que la citan pasan a estar «por revisar: la ley ha cambiado» y los centros temáticos responsables reciben un correo electrónico.
# unreviewed
kb-norms-norm = Norma
# unreviewed
kb-norms-articles = Fichas que la citan
# unreviewed
kb-norms-changed = Último cambio señalado
# unreviewed
kb-norms-mark = Señalar que ha cambiado
# unreviewed
kb-norms-cited = { $count ->
    [one] { $count } ficha
   *[other] { $count } fichas
}
# unreviewed
kb-norms-flagged = { $count ->
    [one] Hecho: ahora { $count } ficha está por revisar.
   *[other] Hecho: ahora { $count } fichas están por revisar.
}
# unreviewed
kb-norms-add = Añadir o corregir una norma
# unreviewed
kb-norms-url = Dirección oficial (por ejemplo Normattiva)
# unreviewed
kb-norms-save = Guardar la norma
# unreviewed
kb-norm-mail-subject = Norma modificada: { $norm }
# unreviewed
kb-norm-mail-body = Se ha señalado un cambio en { $norm }. Estas fichas del centro temático la citan y ahora están «por revisar: la ley ha cambiado»; en el portal muestran un aviso hasta que se vuelvan a publicar después de la revisión:

    { $articles }
# unreviewed
kb-ws-legal-pending = { $count ->
    [one] { $count } ficha por revisar tras un cambio de la ley.
   *[other] { $count } fichas por revisar tras un cambio de la ley.
}

## Translations of articles

# unreviewed
kb-tr-notice-missing = Esta ficha todavía no está traducida a tu idioma: aquí abajo encontrarás el texto en italiano.
# unreviewed
kb-tr-notice-outdated = El texto italiano ha cambiado después de esta traducción: puede que alguna información no esté actualizada.
# unreviewed
kb-tr-notice-machine = Traducida automáticamente, todavía no revisada por una persona.
# unreviewed
kb-tr-notice-current = Traducción cotejada con el original italiano.
# unreviewed
kb-tr-original = Lee el original en italiano
# unreviewed
kb-tr-status-missing = por traducir
# unreviewed
kb-tr-status-outdated = por actualizar
# unreviewed
kb-tr-status-machine = traducción automática por revisar
# unreviewed
kb-tr-status-current = actualizada
# unreviewed
kb-tr-queue-title = Fichas por traducir
# unreviewed
kb-tr-title = Traducción de la ficha
# unreviewed
kb-tr-back = Volver a las fichas por traducir
# unreviewed
kb-tr-diff = Qué ha cambiado en el texto italiano desde tu traducción
# unreviewed
kb-tr-source = Texto italiano
# unreviewed
kb-tr-yours = Tu traducción
# unreviewed
kb-tr-save = Guardar la traducción
# unreviewed
kb-tr-stale = Mientras tanto el texto italiano se ha vuelto a publicar. Mira las diferencias y vuelve a guardar.
# unreviewed
workspace-nav-kb-translations = Fichas por traducir

## Exchange with translation agencies (XLIFF 2.0)

# unreviewed
kb-xliff-title = Intercambio con las agencias de traducción (XLIFF 2.0)
# unreviewed
kb-xliff-intro = Descarga un archivo XLIFF 2.0 con el texto italiano que hay que traducir y, cuando la agencia te lo devuelva, impórtalo aquí. Si el archivo tiene un error, no se importa nada.
# unreviewed
kb-xliff-download-todo = Descargar las fichas por traducir o por actualizar
# unreviewed
kb-xliff-download-all = Descargar todas las fichas publicadas
# unreviewed
kb-xliff-file = Archivo XLIFF de la agencia
# unreviewed
kb-xliff-import = Importar las traducciones
# unreviewed
kb-xliff-imported = { $count ->
    [one] Se ha importado { $count } traducción.
   *[other] Se han importado { $count } traducciones.
}
# unreviewed
kb-xliff-refused = No se ha importado nada. Corrige el archivo e inténtalo de nuevo:
# unreviewed
kb-xliff-problem = Línea { $line }: { $reason }
# unreviewed
kb-xliff-no-file = Elige un archivo XLIFF para importar.
# unreviewed
kb-xliff-too-large = El archivo supera los { $max } MB.
# unreviewed
kb-xliff-encoding = El archivo no es texto en UTF-8.
# unreviewed
kb-xliff-error-malformed = el XML no está bien formado
# unreviewed
kb-xliff-error-not-xliff = no es un archivo XLIFF 2.0
# unreviewed
kb-xliff-error-doctype = no se acepta una declaración DOCTYPE
# unreviewed
kb-xliff-error-entity = la entidad &{ $name }; es desconocida
# unreviewed
kb-xliff-error-missing-attribute = falta el atributo { $name }
# unreviewed
kb-xliff-error-unexpected = el elemento <{ $name }> no está previsto aquí
# unreviewed
kb-xliff-error-inline-code = el código en línea <{ $name }> no es compatible
# unreviewed
kb-xliff-error-duplicate-unit = la unidad { $name } aparece dos veces
# unreviewed
kb-xliff-error-bad-version = la versión { $name } no es un número
# unreviewed
kb-xliff-error-language = los idiomas del archivo ({ $name }) no son del italiano a este idioma
# unreviewed
kb-xliff-error-unknown-article = la ficha { $name } no existe o ya no está publicada
# unreviewed
kb-xliff-error-stale = el texto italiano de { $name } cambió después de la exportación: vuelve a descargar el archivo
# unreviewed
kb-xliff-error-unknown-unit = la unidad { $name } no forma parte de la ficha
# unreviewed
kb-xliff-error-untranslated = la unidad { $name } no está traducida
# unreviewed
kb-xliff-error-invalid = el campo { $name } no es válido

## Sheets due for review

# unreviewed
workspace-nav-kb-review = Fichas por revisar
# unreviewed
kb-review-title = Fichas por revisar
# unreviewed
kb-review-intro = Las fichas publicadas de tus centros temáticos que ya han superado la fecha de revisión o la alcanzan en los próximos 30 días.
# unreviewed
kb-review-due = Revisar antes del
# unreviewed
kb-review-overdue = vencida
# unreviewed
kb-review-soon = vence pronto
# unreviewed
kb-review-none = No hay ninguna ficha por revisar.
# unreviewed
kb-review-mark = Confirmo que sigue siendo correcta
# unreviewed
kb-review-marked = Ficha confirmada: la próxima revisión es antes del { $date }.

## Readers' ratings

# unreviewed
kb-rating-legend = ¿Esta página era clara?
# unreviewed
kb-rating-1 = Nada clara
# unreviewed
kb-rating-2 = Poco clara
# unreviewed
kb-rating-3 = Bastante clara
# unreviewed
kb-rating-4 = Clara
# unreviewed
kb-rating-5 = Muy clara
# unreviewed
kb-rating-comment = ¿Qué faltaba o era difícil de entender? (opcional: no escribas datos personales)
# unreviewed
kb-rating-send = Enviar
# unreviewed
kb-rating-thanks = Gracias: tu respuesta nos ayuda a mejorar esta página.
# unreviewed
kb-rating-invalid = Elige una respuesta del 1 al 5.
# unreviewed
kb-rating-too-long = El comentario es demasiado largo (como máximo { $max } caracteres).
# unreviewed
kb-rating-limited = Demasiadas respuestas desde tu conexión: inténtalo más tarde.
# unreviewed
kb-ratings-title = Las respuestas de los lectores
# unreviewed
kb-ratings-summary = { $count ->
    [one] { $count } respuesta, media de { $average } sobre 5
   *[other] { $count } respuestas, media de { $average } sobre 5
}
# unreviewed
kb-ratings-none = Ningún lector ha respondido todavía.
# unreviewed
kb-ratings-comments = Los últimos comentarios
# unreviewed
kb-leaflet-link = Folleto para imprimir (PDF, A4)
# unreviewed
kb-leaflet-scan = Escanea el código para ver la página actualizada
# unreviewed
kb-replaced-by = Sustituida por (opcional)
# unreviewed
kb-replaced-by-hint = Dirección de la ficha publicada que ocupa su lugar, por ejemplo /it/salute/iscrizione-ssn. La página retirada y los códigos QR de los folletos ya impresos llevarán allí.
# unreviewed
kb-refused-replacement = Esa dirección no corresponde a una ficha publicada: compruébala y vuelve a intentarlo, o deja el campo vacío.
# unreviewed
kb-glossary = Términos del glosario
# unreviewed
kb-glossary-hint = Términos jurídicos que usa este texto: escríbelos siempre así y explica al lector qué son la primera vez.
# unreviewed
kb-glossary-count = veces en el texto: { $count }
# unreviewed
kb-glossary-translator = Glosario para este idioma
# unreviewed
kb-glossary-translator-hint = Los términos jurídicos del texto italiano con la traducción acordada: úsala, para que el lector encuentre las mismas palabras en las oficinas y en los formularios.
# unreviewed
kb-glossary-unreviewed = traducción aún no verificada
# unreviewed
kb-glossary-none = ninguna traducción acordada
# unreviewed
kb-mt = Traducción automática
# unreviewed
kb-mt-hint = Pide un borrador al servicio de traducción automática: se publica con el aviso «traducida automáticamente, aún no revisada» hasta que la revises y la guardes.
# unreviewed
kb-mt-action = Crear un borrador automático
# unreviewed
kb-mt-done = Borrador automático guardado: reléelo y guárdalo para quitar el aviso.
# unreviewed
kb-mt-refused-readability = El texto italiano es demasiado difícil para una buena traducción automática (índice Gulpease por debajo de 50): pide al centro que lo simplifique, o traduce a mano.
# unreviewed
kb-mt-refused-human = Este idioma ya tiene una traducción hecha por una persona: no se sobrescribe. Actualízala a mano con los cambios del texto italiano.
# unreviewed
kb-mt-unavailable = El servicio de traducción automática no responde: no se ha guardado nada. Inténtalo más tarde o traduce a mano.
# unreviewed
workspace-nav-kb-links = Enlaces que corregir
# unreviewed
kb-links-title = Enlaces que corregir
# unreviewed
kb-links-intro = Cada noche el control de enlaces visita las direcciones externas de las fichas publicadas y de las referencias normativas, sin prisa y nunca hacia direcciones internas. Aquí están las de tus fichas que no funcionan.
# unreviewed
kb-links-none = Ningún enlace que corregir en tus fichas.
# unreviewed
kb-links-broken = el sitio responde con un error ({ $status })
# unreviewed
kb-links-refused = no comprobado: no es una dirección web pública
# unreviewed
kb-links-unreachable = el sitio no responde

# unreviewed
workspace-nav-kb-materials = Materiales
# unreviewed
kb-materials-title = Materiales informativos
# unreviewed
kb-materials-intro = Folletos, imágenes, grabaciones de audio y vídeos preparados por los centros temáticos de la red, en muchos idiomas.
# unreviewed
kb-materials-filter = Filtrar los materiales
# unreviewed
kb-materials-format = Formato
# unreviewed
kb-materials-any-format = Cualquier formato
# unreviewed
kb-materials-submit = Mostrar
# unreviewed
kb-materials-found = Materiales
# unreviewed
kb-materials-none = No hay materiales con estos filtros.
# unreviewed
kb-materials-pages = Páginas de materiales
# unreviewed
kb-materials-previous = Página anterior
# unreviewed
kb-materials-next = Página siguiente
# unreviewed
kb-materials-of-article = Materiales para descargar
# unreviewed
kb-material-format-pdf = PDF
# unreviewed
kb-material-format-image = Imagen
# unreviewed
kb-material-format-audio = Audio
# unreviewed
kb-material-format-video = Vídeo
# unreviewed
kb-material-size-kb = { $size } kB
# unreviewed
kb-material-size-mb = { $size } MB
# unreviewed
kb-materials-ws-title = Materiales de los centros
# unreviewed
kb-materials-ws-intro = Lo que añadas aquí es público enseguida, en el repertorio de materiales y, si eliges una ficha, en su página.
# unreviewed
kb-material-field-title = Título
# unreviewed
kb-material-field-description = Descripción (opcional)
# unreviewed
kb-material-field-language = Idioma del material
# unreviewed
kb-material-field-article = Mostrarlo en la ficha (opcional)
# unreviewed
kb-material-no-article = Solo en el repertorio
# unreviewed
kb-material-what = Un archivo o un vídeo
# unreviewed
kb-material-field-file = Archivo
# unreviewed
kb-material-file-hint = PDF, imágenes PNG, JPEG o WebP, audio MP3, M4A u Ogg.
# unreviewed
kb-material-limit = Como máximo { $size } MB.
# unreviewed
kb-material-field-video = O la dirección de un vídeo (https://…)
# unreviewed
kb-material-save = Añadir el material
# unreviewed
kb-material-add = Añadir un material
# unreviewed
kb-material-remove = Eliminar
# unreviewed
kb-material-added = Material añadido: ya es público.
# unreviewed
kb-material-removed = Material eliminado, con su archivo.
# unreviewed
kb-material-error-title = Escribe un título (200 caracteres como máximo).
# unreviewed
kb-material-error-description = La descripción es demasiado larga (2.000 caracteres como máximo).
# unreviewed
kb-material-error-language = Elige el idioma del material.
# unreviewed
kb-material-error-article = Elige una ficha del mismo centro, o ninguna.
# unreviewed
kb-material-error-file-or-video = Elige un archivo o escribe la dirección de un vídeo, no ambos.
# unreviewed
kb-material-error-too-large = El archivo es demasiado grande: no se ha guardado. Redúcelo y vuelve a elegirlo.
# unreviewed
kb-material-error-type = Este archivo no es un PDF, una imagen (PNG, JPEG, WebP) ni un audio (MP3, M4A, Ogg): lo dice su contenido, sea cual sea su nombre. No se ha guardado.
# unreviewed
kb-material-error-video = Escribe la dirección completa del vídeo, que empiece por https://.

# unreviewed
kb-tr-status-legal = a la espera de la revisión legal del centro
# unreviewed
kb-tr-notice-legal = Una norma citada en esta ficha ha cambiado: el centro está revisando el texto y después se actualizará esta traducción.

# unreviewed
kb-links-services = Fichas de servicios que mantienes
