### Translation: reviewing the interface translations in the workspace.

# unreviewed
translation-title = Traducciones
# unreviewed
translation-intro = Las traducciones por revisar son borradores, hechos por una máquina o por alguien que no es hablante nativo. Léalas junto al texto italiano: confírmelas tal como están o corríjalas. Una revisión se aplica de inmediato a todo el sitio.
# unreviewed
translation-languages-heading = Idiomas que puede revisar
# unreviewed
translation-none = No tiene idiomas para revisar: consulte con la coordinación de la red.
# unreviewed
translation-language-count = { $count ->
    [one] { $count } mensaje por revisar
   *[other] { $count } mensajes por revisar
}
# unreviewed
translation-queue-title = Traducciones por revisar: { $language }
# unreviewed
translation-queue-empty = No hay mensajes por revisar en este idioma.
# unreviewed
translation-back = Todos los idiomas
# unreviewed
translation-source = Texto italiano
# unreviewed
translation-current = Traducción
# unreviewed
translation-help = Deje tal como están los marcadores de posición que empiezan por $ y las palabras entre corchetes de las formas del plural.
# unreviewed
translation-stale = Una corrección suya anterior, que ya no se usa porque el texto ha cambiado:
# unreviewed
translation-confirm = Confirmar tal como está
# unreviewed
translation-correct = Guardar la corrección
# unreviewed
translation-saved = Revisión guardada.
# unreviewed
translation-error-syntax = El texto no es válido: revise las llaves y las formas del plural.
# unreviewed
translation-error-variables = El texto debe usar exactamente los mismos marcadores de posición que el texto italiano.
# unreviewed
translation-error-plural = El texto usa una forma del plural que este idioma no tiene.
# unreviewed
translation-error-empty = La corrección no puede estar vacía.
# unreviewed
translation-error-unknown = Este mensaje ya no existe.
# unreviewed
workspace-nav-translations = Traducciones
