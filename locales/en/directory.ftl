### Directory: desk finder, desk pages, and editing desks and organisations in the workspace.

## Desk finder, desk pages and opening hours (directory).

finder-intro = Find the right desk: near you, speaking your language, open now. Thematic hubs, specialist desks for foreign residents and first-access points (public relations offices, social desks).
finder-near-label = Near (town)
finder-near-hint = Type the name of the town, for example Bologna.
finder-use-position = Use my location
finder-language-label = Language spoken
finder-any-language = Any language
finder-open-now-label = Only desks open now
finder-more-filters = More filters
finder-theme-label = Topic
finder-any-theme = All topics
finder-level-label = Type of desk
finder-any-level = All types
finder-channel-label = How to contact it
finder-any-channel = Any way
finder-province-label = Province
finder-any-province = All provinces
finder-submit = Search
finder-sorted-by-distance = Nearest first.
finder-no-results = No desk matches your search. Try removing some filters.
finder-map-label = Map of the desks found
finder-map-attribution = © OpenStreetMap contributors
finder-geojson-link = Download the public desks (GeoJSON, open data)
finder-error-theme = This topic does not exist: choose one from the list.
finder-error-level = This type of desk does not exist: choose one from the list.
finder-error-language = This language is not valid: choose one from the list.
finder-error-channel = This way of contact does not exist: choose one from the list.
finder-error-page = The page number is not valid: showing the first page.
finder-error-position = The location is not valid. Type the name of the town instead.
finder-error-comune = We cannot find the town “{ $name }” among those with a desk. Try: { $suggestions }.

desk-open = Open now
desk-open-until = Open now, closes at { $time }
desk-closed = Closed
desk-closed-opens-today = Closed now, opens today at { $time }
desk-closed-opens-on = Closed now, opens { $day } at { $time }
desk-hours-unknown = Opening hours not available: contact the desk.
desk-distance = { $km } km away
number-decimal-separator = .
desk-address-reserved = Address not public (in { $comune }): contact the desk.
desk-languages-label = Languages spoken:
desk-where-heading = Where it is
desk-open-map = See it on the OpenStreetMap map
desk-accessibility-label = Accessibility:
desk-hours-heading = Opening hours
desk-week-caption = Opening hours this week (Italian time)
desk-week-day = Day
desk-week-hours = Hours
desk-week-languages = Languages spoken
desk-today = today
desk-day-closed = Closed
desk-contact-heading = Contacts
desk-phone-label = Phone:
desk-channels-label = How to contact it:
desk-updated-on = Last updated: { $date }.
breadcrumb-label = You are here

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-day-month = { $day } { $month }

desk-edit-title = Edit the desk
desk-edit-back = Back to the desk
desk-edit-name = Name of the desk
desk-edit-hours = Opening hours
desk-edit-hours-hint = OpenStreetMap format, for example: Mo-Fr 09:00-13:00; Tu,Th 14:30-17:00; PH off (PH = public holidays). Closures: Aug off or 2026 Dec 24-Dec 26 off.
desk-edit-languages = Languages spoken
desk-edit-languages-hint = ISO codes separated by commas, for example: it, ar, en, zh.
desk-edit-link = Edit the desk's details
desk-field-opening_hours = Opening hours
desk-field-languages = Languages
desk-field-phone = Phone
desk-field-accessibility = Accessibility
desk-edit-error-name = Write the name of the desk (at most 200 characters).
desk-edit-error-hours = The opening hours are not in OpenStreetMap format.
desk-edit-error-hours-at = The opening hours are not in OpenStreetMap format: check from character { $column }.
desk-edit-error-languages = Write the languages as ISO codes of 2 or 3 letters, separated by commas.
desk-edit-error-phone = The phone number may only contain digits, spaces and + - / . ( ).
desk-edit-error-channels = Choose at least one way to contact the desk.

desk-services-heading = Services offered here
desk-services-none = No services recorded for this desk: ask the desk.
desk-how-to-book = To visit this desk, book an appointment: call or write to the contacts below.
desk-hubs-heading = Reference thematic hubs
desk-hubs-intro = For the hardest questions on these topics the desk turns to the network's thematic hubs.
desk-edit-address = Address
desk-edit-postcode = Postcode
desk-edit-comune = Town (comune)
desk-edit-province = Province (two-letter code, for example BO)
desk-edit-latitude = Latitude
desk-edit-longitude = Longitude
desk-edit-position-hint = In decimal degrees, for example 44.4939 and 11.3426 (you can find them on OpenStreetMap).
desk-edit-sensitive = Address not public
desk-edit-sensitive-hint = For protected places: the address and position never appear on the portal, the map or the open data.
desk-edit-error-address = Write the address (at most 200 characters).
desk-edit-error-comune = Write the town (at most 100 characters).
desk-edit-error-postcode = The postcode is too long.
desk-edit-error-province = Write the province as its two-letter code, for example BO.
desk-edit-error-position = Write latitude and longitude in decimal degrees: latitude between -90 and 90, longitude between -180 and 180.
desk-field-address = Address
desk-field-postcode = Postcode
desk-field-comune = Town
desk-field-province = Province
desk-field-position = Position
desk-field-sensitive = Address not public
desk-edit-language-hours = Languages spoken only at some times
desk-edit-language-hours-hint = One line per language: code and hours in OpenStreetMap format, for example “ar Mo,We,Fr 09:00-13:00”. Languages not listed here are spoken whenever the desk is open.
desk-edit-error-slot = Each line needs the code of a language spoken at the desk and its hours in OpenStreetMap format, for example: ar Mo,We 09:00-13:00.
desk-field-language_hours = Languages at some times

## Desks

desks-title = Desks in the network
desks-intro = All the desks in the network: the topic centres, the specialist desks for foreign residents and the first-contact points (URP public information offices, social services desks).
desks-count = { $count ->
    [one] { $count } desk
   *[other] { $count } desks
}
pagination-label = Pages
pagination-previous = Previous page
pagination-next = Next page
pagination-status = Page { $page } of { $pages }

## Workspace: desks

ws-desks-title = Desks I work at
ws-desks-intro = The desks where you have a role.
ws-desks-empty = None of your roles covers a desk.

## Editing organisations in the workspace.

ws-orgs-title = Organisations
ws-orgs-intro = The organisations whose details you can edit: those where you hold an administrator or coordinator role, and the organisations within them.
ws-orgs-empty = No organisation falls within your roles.

org-edit-title = Edit the organisation
org-edit-back = Back to the organisations
org-edit-link = Edit the organisation's details
org-edit-name = Name of the organisation
org-edit-alternate-name = Other name or acronym
org-edit-website = Website
org-edit-error-name = Write the name of the organisation (at most 200 characters).
org-edit-error-alternate-name = The other name can be at most 200 characters long.

edit-field-alternate_name = Other name
edit-field-website = Website
