### Directory: desk finder, desk pages, and editing desks and organisations in the workspace.

## Desk finder, desk pages and opening hours (directory).

# unreviewed
finder-intro = Encuentra la ventanilla adecuada: cerca de ti, que hable tu idioma, abierta ahora. Los centros temáticos, las ventanillas especializadas para extranjeros y los puntos de primera atención (URP, ventanillas sociales).
# unreviewed
finder-near-label = Cerca de (municipio)
# unreviewed
finder-near-hint = Escribe el nombre del municipio, por ejemplo Bologna.
# unreviewed
finder-use-position = Usar mi ubicación
# unreviewed
finder-language-label = Idioma hablado
# unreviewed
finder-any-language = Cualquier idioma
# unreviewed
finder-open-now-label = Solo ventanillas abiertas ahora
# unreviewed
finder-more-filters = Más filtros
# unreviewed
finder-theme-label = Tema
# unreviewed
finder-any-theme = Todos los temas
# unreviewed
finder-level-label = Tipo de ventanilla
# unreviewed
finder-any-level = Todos los tipos
# unreviewed
finder-channel-label = Cómo contactarla
# unreviewed
finder-any-channel = Todas las formas
# unreviewed
finder-province-label = Provincia
# unreviewed
finder-any-province = Todas las provincias
# unreviewed
finder-submit = Buscar
# unreviewed
finder-sorted-by-distance = De la más cercana a la más lejana.
# unreviewed
finder-no-results = Ninguna ventanilla corresponde a la búsqueda. Prueba a quitar algún filtro.
# unreviewed
finder-map-label = Mapa de las ventanillas encontradas
# unreviewed
finder-map-attribution = © colaboradores de OpenStreetMap
# unreviewed
finder-geojson-link = Descargar las ventanillas públicas (GeoJSON, datos abiertos)
# unreviewed
finder-error-theme = Este tema no existe: elige uno de la lista.
# unreviewed
finder-error-level = Este tipo de ventanilla no existe: elige uno de la lista.
# unreviewed
finder-error-language = Este idioma no es válido: elige uno de la lista.
# unreviewed
finder-error-channel = Esta forma de contacto no existe: elige una de la lista.
# unreviewed
finder-error-page = El número de página no es válido: mostramos la primera página.
# unreviewed
finder-error-position = La ubicación no es válida. Escribe en su lugar el nombre del municipio.
# unreviewed
finder-error-comune = No encontramos el municipio «{ $name }» entre los que tienen una ventanilla. Prueba con: { $suggestions }.

# unreviewed
desk-open = Abierta ahora
# unreviewed
desk-open-until = Abierta ahora, cierra a las { $time }
# unreviewed
desk-closed = Cerrada
# unreviewed
desk-closed-opens-today = Cerrada ahora, abre hoy a las { $time }
# unreviewed
desk-closed-opens-on = Cerrada ahora, abre el { $day } a las { $time }
# unreviewed
desk-hours-unknown = Horario no disponible: contacta con la ventanilla.
# unreviewed
desk-distance = a { $km } km
# unreviewed
desk-address-reserved = Dirección reservada (en { $comune }): contacta con la ventanilla.
# unreviewed
desk-languages-label = Idiomas hablados:
# unreviewed
desk-where-heading = Dónde está
# unreviewed
desk-open-map = Ver en el mapa de OpenStreetMap
# unreviewed
desk-accessibility-label = Accesibilidad:
# unreviewed
desk-hours-heading = Horario
# unreviewed
desk-week-caption = Horario de esta semana (hora italiana)
# unreviewed
desk-week-day = Día
# unreviewed
desk-week-hours = Horario
# unreviewed
desk-week-languages = Idiomas hablados
# unreviewed
desk-today = hoy
# unreviewed
desk-day-closed = Cerrada
# unreviewed
desk-contact-heading = Contactos
# unreviewed
desk-phone-label = Teléfono:
# unreviewed
desk-channels-label = Cómo contactarla:
# unreviewed
desk-updated-on = Última actualización: { $date }.
# unreviewed
breadcrumb-label = Estás aquí

# unreviewed
weekday-1 = lunes
# unreviewed
weekday-2 = martes
# unreviewed
weekday-3 = miércoles
# unreviewed
weekday-4 = jueves
# unreviewed
weekday-5 = viernes
# unreviewed
weekday-6 = sábado
# unreviewed
weekday-7 = domingo
# unreviewed
month-1 = enero
# unreviewed
month-2 = febrero
# unreviewed
month-3 = marzo
# unreviewed
month-4 = abril
# unreviewed
month-5 = mayo
# unreviewed
month-6 = junio
# unreviewed
month-7 = julio
# unreviewed
month-8 = agosto
# unreviewed
month-9 = septiembre
# unreviewed
month-10 = octubre
# unreviewed
month-11 = noviembre
# unreviewed
month-12 = diciembre
# unreviewed
date-day-month = { $day } de { $month }

# unreviewed
desk-edit-title = Modificar la ventanilla
# unreviewed
desk-edit-back = Volver a la ventanilla
# unreviewed
desk-edit-name = Nombre de la ventanilla
# unreviewed
desk-edit-hours = Horario de apertura
# unreviewed
desk-edit-hours-hint = Formato OpenStreetMap, por ejemplo: Mo-Fr 09:00-13:00; Tu,Th 14:30-17:00; PH off (PH = festivos). Cierres: Aug off o 2026 Dec 24-Dec 26 off.
# unreviewed
desk-edit-languages = Idiomas hablados
# unreviewed
desk-edit-languages-hint = Códigos ISO separados por comas, por ejemplo: it, ar, en, zh.
# unreviewed
desk-edit-link = Modificar los datos de la ventanilla
# unreviewed
desk-field-opening_hours = Horario
# unreviewed
desk-field-languages = Idiomas
# unreviewed
desk-field-phone = Teléfono
# unreviewed
desk-field-accessibility = Accesibilidad
# unreviewed
desk-edit-error-name = Escribe el nombre de la ventanilla (máximo 200 caracteres).
# unreviewed
desk-edit-error-hours = El horario no está en formato OpenStreetMap.
# unreviewed
desk-edit-error-hours-at = El horario no está en formato OpenStreetMap: revisa desde el carácter { $column }.
# unreviewed
desk-edit-error-languages = Escribe los idiomas como códigos ISO de 2 o 3 letras, separados por comas.
# unreviewed
desk-edit-error-phone = El teléfono solo puede contener cifras, espacios y + - / . ( ).
# unreviewed
desk-edit-error-channels = Elige al menos una forma de contactar con la ventanilla.

# unreviewed
desk-services-heading = Servicios ofrecidos aquí
# unreviewed
desk-services-none = No hay servicios registrados para esta ventanilla: pregunta en la ventanilla.
# unreviewed
desk-how-to-book = Para ir a la ventanilla pide cita: llama o escribe a los contactos de abajo.
# unreviewed
desk-hubs-heading = Centros temáticos de referencia
# unreviewed
desk-hubs-intro = Para las preguntas más difíciles sobre estos temas la ventanilla recurre a los centros temáticos de la red.
# unreviewed
desk-edit-address = Dirección
# unreviewed
desk-edit-postcode = Código postal
# unreviewed
desk-edit-comune = Municipio
# unreviewed
desk-edit-province = Provincia (sigla de dos letras, por ejemplo BO)
# unreviewed
desk-edit-latitude = Latitud
# unreviewed
desk-edit-longitude = Longitud
# unreviewed
desk-edit-position-hint = En grados decimales, por ejemplo 44.4939 y 11.3426 (se encuentran en OpenStreetMap).
# unreviewed
desk-edit-sensitive = Dirección reservada
# unreviewed
desk-edit-sensitive-hint = Para estructuras protegidas: la dirección y la posición nunca aparecen en el portal, el mapa ni los datos abiertos.
# unreviewed
desk-edit-error-address = Escribe la dirección (máximo 200 caracteres).
# unreviewed
desk-edit-error-sensitive = Solo la coordinación de la red puede cambiar si la dirección es reservada.
# unreviewed
desk-edit-error-comune = Escribe el municipio (máximo 100 caracteres).
# unreviewed
desk-edit-error-postcode = El código postal es demasiado largo.
# unreviewed
desk-edit-error-province = Escribe la provincia con su sigla de dos letras, por ejemplo BO.
# unreviewed
desk-edit-error-position = Escribe la latitud y la longitud en grados decimales: latitud entre -90 y 90, longitud entre -180 y 180.
# unreviewed
desk-field-address = Dirección
# unreviewed
desk-field-postcode = Código postal
# unreviewed
desk-field-comune = Municipio
# unreviewed
desk-field-province = Provincia
# unreviewed
desk-field-position = Posición
# unreviewed
desk-field-sensitive = Dirección reservada
# unreviewed
desk-edit-language-hours = Idiomas hablados solo en ciertos horarios
# unreviewed
desk-edit-language-hours-hint = Una línea por idioma: código y horario en formato OpenStreetMap, por ejemplo «ar Mo,We,Fr 09:00-13:00». Los idiomas que no aparecen aquí se hablan durante todo el horario de apertura.
# unreviewed
desk-edit-error-slot = Cada línea necesita el código de un idioma hablado en la ventanilla y su horario en formato OpenStreetMap, por ejemplo: ar Mo,We 09:00-13:00.
# unreviewed
desk-field-language_hours = Idiomas en ciertos horarios

## Oficinas

# unreviewed
desks-title = Oficinas de la red
# unreviewed
desks-intro = Todas las oficinas de la red: los centros temáticos, las oficinas especializadas para personas extranjeras y los puntos de primera atención (oficinas de atención al público URP, oficinas de servicios sociales).
# unreviewed
desks-count = { $count ->
    [one] { $count } oficina
   *[other] { $count } oficinas
}
# unreviewed
pagination-label = Páginas
# unreviewed
pagination-previous = Página anterior
# unreviewed
pagination-next = Página siguiente
# unreviewed
pagination-status = Página { $page } de { $pages }

## Workspace: desks

# unreviewed
ws-desks-title = Mis oficinas
# unreviewed
ws-desks-intro = Las oficinas en las que tiene un rol.
# unreviewed
ws-desks-empty = Ninguno de sus roles incluye una oficina.

## Editing organisations in the workspace.

# unreviewed
ws-orgs-title = Entidades
# unreviewed
ws-orgs-intro = Las entidades cuyos datos puedes modificar: aquellas en las que tienes un rol de administración o de coordinación, y las entidades que forman parte de ellas.
# unreviewed
ws-orgs-empty = Ninguna entidad entra en tus roles.

# unreviewed
org-edit-title = Modificar la entidad
# unreviewed
org-edit-back = Volver a las entidades
# unreviewed
org-edit-link = Modificar los datos de la entidad
# unreviewed
org-edit-name = Nombre de la entidad
# unreviewed
org-edit-alternate-name = Otro nombre o sigla
# unreviewed
org-edit-website = Sitio web
# unreviewed
org-edit-error-name = Escribe el nombre de la entidad (como máximo 200 caracteres).
# unreviewed
org-edit-error-alternate-name = El otro nombre puede tener como máximo 200 caracteres.

# unreviewed
edit-field-alternate_name = Otro nombre
# unreviewed
edit-field-website = Sitio web
