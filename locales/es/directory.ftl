### Directory: desk finder, desk pages, and editing desks and organisations in the workspace.

## Desk finder, desk pages and opening hours (directory).

finder-intro = Encuentra la ventanilla adecuada: cerca de ti, que hable tu idioma, abierta ahora. Los centros temáticos, las ventanillas especializadas para extranjeros y los puntos de primera atención (URP, ventanillas sociales).
finder-near-label = Cerca de (municipio)
finder-near-hint = Escribe el nombre del municipio, por ejemplo Bologna.
finder-use-position = Usar mi ubicación
finder-language-label = Idioma hablado
finder-any-language = Cualquier idioma
finder-open-now-label = Solo ventanillas abiertas ahora
finder-more-filters = Más filtros
finder-theme-label = Tema
finder-any-theme = Todos los temas
finder-level-label = Tipo de ventanilla
finder-any-level = Todos los tipos
finder-channel-label = Cómo contactarla
finder-any-channel = Todas las formas
finder-province-label = Provincia
finder-any-province = Todas las provincias
finder-submit = Buscar
finder-sorted-by-distance = De la más cercana a la más lejana.
finder-no-results = Ninguna ventanilla corresponde a la búsqueda. Prueba a quitar algún filtro.
finder-map-label = Mapa de las ventanillas encontradas
finder-map-attribution = © colaboradores de OpenStreetMap
finder-geojson-link = Descargar las ventanillas públicas (GeoJSON, datos abiertos)
finder-error-theme = Este tema no existe: elige uno de la lista.
finder-error-level = Este tipo de ventanilla no existe: elige uno de la lista.
finder-error-language = Este idioma no es válido: elige uno de la lista.
finder-error-channel = Esta forma de contacto no existe: elige una de la lista.
finder-error-page = El número de página no es válido: mostramos la primera página.
finder-error-position = La ubicación no es válida. Escribe en su lugar el nombre del municipio.
finder-error-comune = No encontramos el municipio «{ $name }» entre los que tienen una ventanilla. Prueba con: { $suggestions }.

desk-open = Abierta ahora
desk-open-until = Abierta ahora, cierra a las { $time }
desk-closed = Cerrada
desk-closed-opens-today = Cerrada ahora, abre hoy a las { $time }
desk-closed-opens-on = Cerrada ahora, abre el { $day } a las { $time }
desk-hours-unknown = Horario no disponible: contacta con la ventanilla.
desk-distance = a { $km } km
number-decimal-separator = ,
desk-address-reserved = Dirección reservada (en { $comune }): contacta con la ventanilla.
desk-languages-label = Idiomas hablados:
desk-where-heading = Dónde está
desk-open-map = Ver en el mapa de OpenStreetMap
desk-accessibility-label = Accesibilidad:
desk-hours-heading = Horario
desk-week-caption = Horario de esta semana (hora italiana)
desk-week-day = Día
desk-week-hours = Horario
desk-week-languages = Idiomas hablados
desk-today = hoy
desk-day-closed = Cerrada
desk-contact-heading = Contactos
desk-phone-label = Teléfono:
desk-channels-label = Cómo contactarla:
desk-updated-on = Última actualización: { $date }.
breadcrumb-label = Estás aquí

weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date-day-month = { $day } de { $month }

desk-edit-title = Modificar la ventanilla
desk-edit-back = Volver a la ventanilla
desk-edit-name = Nombre de la ventanilla
desk-edit-hours = Horario de apertura
desk-edit-hours-hint = Formato OpenStreetMap, por ejemplo: Mo-Fr 09:00-13:00; Tu,Th 14:30-17:00; PH off (PH = festivos). Cierres: Aug off o 2026 Dec 24-Dec 26 off.
desk-edit-languages = Idiomas hablados
desk-edit-languages-hint = Códigos ISO separados por comas, por ejemplo: it, ar, en, zh.
desk-edit-link = Modificar los datos de la ventanilla
desk-field-opening_hours = Horario
desk-field-languages = Idiomas
desk-field-phone = Teléfono
desk-field-accessibility = Accesibilidad
desk-edit-error-name = Escribe el nombre de la ventanilla (máximo 200 caracteres).
desk-edit-error-hours = El horario no está en formato OpenStreetMap.
desk-edit-error-hours-at = El horario no está en formato OpenStreetMap: revisa desde el carácter { $column }.
desk-edit-error-languages = Escribe los idiomas como códigos ISO de 2 o 3 letras, separados por comas.
desk-edit-error-phone = El teléfono solo puede contener cifras, espacios y + - / . ( ).
desk-edit-error-channels = Elige al menos una forma de contactar con la ventanilla.

desk-services-heading = Servicios ofrecidos aquí
desk-services-none = No hay servicios registrados para esta ventanilla: pregunta en la ventanilla.
desk-how-to-book = Para ir a la ventanilla pide cita: llama o escribe a los contactos de abajo.
desk-hubs-heading = Centros temáticos de referencia
desk-hubs-intro = Para las preguntas más difíciles sobre estos temas la ventanilla recurre a los centros temáticos de la red.
desk-edit-address = Dirección
desk-edit-postcode = Código postal
desk-edit-comune = Municipio
desk-edit-province = Provincia (sigla de dos letras, por ejemplo BO)
desk-edit-latitude = Latitud
desk-edit-longitude = Longitud
desk-edit-position-hint = En grados decimales, por ejemplo 44.4939 y 11.3426 (se encuentran en OpenStreetMap).
desk-edit-sensitive = Dirección reservada
desk-edit-sensitive-hint = Para estructuras protegidas: la dirección y la posición nunca aparecen en el portal, el mapa ni los datos abiertos.
desk-edit-error-address = Escribe la dirección (máximo 200 caracteres).
desk-edit-error-comune = Escribe el municipio (máximo 100 caracteres).
desk-edit-error-postcode = El código postal es demasiado largo.
desk-edit-error-province = Escribe la provincia con su sigla de dos letras, por ejemplo BO.
desk-edit-error-position = Escribe la latitud y la longitud en grados decimales: latitud entre -90 y 90, longitud entre -180 y 180.
desk-field-address = Dirección
desk-field-postcode = Código postal
desk-field-comune = Municipio
desk-field-province = Provincia
desk-field-position = Posición
desk-field-sensitive = Dirección reservada
desk-edit-language-hours = Idiomas hablados solo en ciertos horarios
desk-edit-language-hours-hint = Una línea por idioma: código y horario en formato OpenStreetMap, por ejemplo «ar Mo,We,Fr 09:00-13:00». Los idiomas que no aparecen aquí se hablan durante todo el horario de apertura.
desk-edit-error-slot = Cada línea necesita el código de un idioma hablado en la ventanilla y su horario en formato OpenStreetMap, por ejemplo: ar Mo,We 09:00-13:00.
desk-field-language_hours = Idiomas en ciertos horarios

## Oficinas

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

## Workspace: desks

ws-desks-title = Mis oficinas
ws-desks-intro = Las oficinas en las que tiene un rol.
ws-desks-empty = Ninguno de sus roles incluye una oficina.

## Editing organisations in the workspace.

ws-orgs-title = Entidades
ws-orgs-intro = Las entidades cuyos datos puedes modificar: aquellas en las que tienes un rol de administración o de coordinación, y las entidades que forman parte de ellas.
ws-orgs-empty = Ninguna entidad entra en tus roles.

org-edit-title = Modificar la entidad
org-edit-back = Volver a las entidades
org-edit-link = Modificar los datos de la entidad
org-edit-name = Nombre de la entidad
org-edit-alternate-name = Otro nombre o sigla
org-edit-website = Sitio web
org-edit-error-name = Escribe el nombre de la entidad (como máximo 200 caracteres).
org-edit-error-alternate-name = El otro nombre puede tener como máximo 200 caracteres.

edit-field-alternate_name = Otro nombre
edit-field-website = Sitio web
