### Directory: desk finder, desk pages, and editing desks and organisations in the workspace.

## Desk finder, desk pages and opening hours (directory).

# unreviewed
finder-intro = Find the right desk: near you, speaking your language, open now. Thematic hubs, specialist desks for foreign residents and first-access points (public relations offices, social desks).
# unreviewed
finder-near-label = Near (town)
# unreviewed
finder-near-hint = Type the name of the town, for example Bologna.
# unreviewed
finder-use-position = Use my location
# unreviewed
finder-language-label = Language spoken
# unreviewed
finder-any-language = Any language
# unreviewed
finder-open-now-label = Only desks open now
# unreviewed
finder-more-filters = More filters
# unreviewed
finder-theme-label = Topic
# unreviewed
finder-any-theme = All topics
# unreviewed
finder-level-label = Type of desk
# unreviewed
finder-any-level = All types
# unreviewed
finder-channel-label = How to contact it
# unreviewed
finder-any-channel = Any way
# unreviewed
finder-province-label = Province
# unreviewed
finder-any-province = All provinces
# unreviewed
finder-submit = Search
# unreviewed
finder-sorted-by-distance = Nearest first.
# unreviewed
finder-no-results = No desk matches your search. Try removing some filters.
# unreviewed
finder-map-label = Map of the desks found
# unreviewed
finder-map-attribution = © OpenStreetMap contributors
# unreviewed
finder-geojson-link = Download the public desks (GeoJSON, open data)
# unreviewed
finder-error-theme = This topic does not exist: choose one from the list.
# unreviewed
finder-error-level = This type of desk does not exist: choose one from the list.
# unreviewed
finder-error-language = This language is not valid: choose one from the list.
# unreviewed
finder-error-channel = This way of contact does not exist: choose one from the list.
# unreviewed
finder-error-page = The page number is not valid: showing the first page.
# unreviewed
finder-error-position = The location is not valid. Type the name of the town instead.
# unreviewed
finder-error-comune = We cannot find the town “{ $name }” among those with a desk. Try: { $suggestions }.

# unreviewed
desk-open = Open now
# unreviewed
desk-open-until = Open now, closes at { $time }
# unreviewed
desk-closed = Closed
# unreviewed
desk-closed-opens-today = Closed now, opens today at { $time }
# unreviewed
desk-closed-opens-on = Closed now, opens { $day } at { $time }
# unreviewed
desk-hours-unknown = Opening hours not available: contact the desk.
# unreviewed
desk-distance = { $km } km away
# unreviewed
desk-address-reserved = Address not public (in { $comune }): contact the desk.
# unreviewed
desk-languages-label = Languages spoken:
# unreviewed
desk-where-heading = Where it is
# unreviewed
desk-open-map = See it on the OpenStreetMap map
# unreviewed
desk-accessibility-label = Accessibility:
# unreviewed
desk-hours-heading = Opening hours
# unreviewed
desk-week-caption = Opening hours this week (Italian time)
# unreviewed
desk-week-day = Day
# unreviewed
desk-week-hours = Hours
# unreviewed
desk-week-languages = Languages spoken
# unreviewed
desk-today = today
# unreviewed
desk-day-closed = Closed
# unreviewed
desk-contact-heading = Contacts
# unreviewed
desk-phone-label = Phone:
# unreviewed
desk-channels-label = How to contact it:
# unreviewed
desk-updated-on = Last updated: { $date }.
# unreviewed
breadcrumb-label = You are here

# unreviewed
weekday-1 = Monday
# unreviewed
weekday-2 = Tuesday
# unreviewed
weekday-3 = Wednesday
# unreviewed
weekday-4 = Thursday
# unreviewed
weekday-5 = Friday
# unreviewed
weekday-6 = Saturday
# unreviewed
weekday-7 = Sunday
# unreviewed
month-1 = January
# unreviewed
month-2 = February
# unreviewed
month-3 = March
# unreviewed
month-4 = April
# unreviewed
month-5 = May
# unreviewed
month-6 = June
# unreviewed
month-7 = July
# unreviewed
month-8 = August
# unreviewed
month-9 = September
# unreviewed
month-10 = October
# unreviewed
month-11 = November
# unreviewed
month-12 = December
# unreviewed
date-day-month = { $day } { $month }

# unreviewed
desk-edit-title = Edit the desk
# unreviewed
desk-edit-back = Back to the desk
# unreviewed
desk-edit-name = Name of the desk
# unreviewed
desk-edit-hours = Opening hours
# unreviewed
desk-edit-hours-hint = OpenStreetMap format, for example: Mo-Fr 09:00-13:00; Tu,Th 14:30-17:00; PH off (PH = public holidays). Closures: Aug off or 2026 Dec 24-Dec 26 off.
# unreviewed
desk-edit-languages = Languages spoken
# unreviewed
desk-edit-languages-hint = ISO codes separated by commas, for example: it, ar, en, zh.
# unreviewed
desk-edit-link = Edit the desk's details
# unreviewed
desk-field-opening_hours = Opening hours
# unreviewed
desk-field-languages = Languages
# unreviewed
desk-field-phone = Phone
# unreviewed
desk-field-accessibility = Accessibility
# unreviewed
desk-edit-error-name = Write the name of the desk (at most 200 characters).
# unreviewed
desk-edit-error-hours = The opening hours are not in OpenStreetMap format.
# unreviewed
desk-edit-error-hours-at = The opening hours are not in OpenStreetMap format: check from character { $column }.
# unreviewed
desk-edit-error-languages = Write the languages as ISO codes of 2 or 3 letters, separated by commas.
# unreviewed
desk-edit-error-phone = The phone number may only contain digits, spaces and + - / . ( ).
# unreviewed
desk-edit-error-channels = Choose at least one way to contact the desk.

# unreviewed
desk-services-heading = Services offered here
# unreviewed
desk-services-none = No services recorded for this desk: ask the desk.
# unreviewed
desk-how-to-book = To visit this desk, book an appointment: call or write to the contacts below.
# unreviewed
desk-hubs-heading = Reference thematic hubs
# unreviewed
desk-hubs-intro = For the hardest questions on these topics the desk turns to the network's thematic hubs.
# unreviewed
desk-edit-address = Address
# unreviewed
desk-edit-postcode = Postcode
# unreviewed
desk-edit-comune = Town (comune)
# unreviewed
desk-edit-province = Province (two-letter code, for example BO)
# unreviewed
desk-edit-latitude = Latitude
# unreviewed
desk-edit-longitude = Longitude
# unreviewed
desk-edit-position-hint = In decimal degrees, for example 44.4939 and 11.3426 (you can find them on OpenStreetMap).
# unreviewed
desk-edit-sensitive = Address not public
# unreviewed
desk-edit-sensitive-hint = For protected places: the address and position never appear on the portal, the map or the open data.
# unreviewed
desk-edit-error-address = Write the address (at most 200 characters).
# unreviewed
desk-edit-error-sensitive = Only the network's coordinators can change whether the address is confidential.
# unreviewed
desk-edit-error-comune = Write the town (at most 100 characters).
# unreviewed
desk-edit-error-postcode = The postcode is too long.
# unreviewed
desk-edit-error-province = Write the province as its two-letter code, for example BO.
# unreviewed
desk-edit-error-position = Write latitude and longitude in decimal degrees: latitude between -90 and 90, longitude between -180 and 180.
# unreviewed
desk-field-address = Address
# unreviewed
desk-field-postcode = Postcode
# unreviewed
desk-field-comune = Town
# unreviewed
desk-field-province = Province
# unreviewed
desk-field-position = Position
# unreviewed
desk-field-sensitive = Address not public
# unreviewed
desk-edit-language-hours = Languages spoken only at some times
# unreviewed
desk-edit-language-hours-hint = One line per language: code and hours in OpenStreetMap format, for example “ar Mo,We,Fr 09:00-13:00”. Languages not listed here are spoken whenever the desk is open.
# unreviewed
desk-edit-error-slot = Each line needs the code of a language spoken at the desk and its hours in OpenStreetMap format, for example: ar Mo,We 09:00-13:00.
# unreviewed
desk-field-language_hours = Languages at some times

## Desks

# unreviewed
desks-title = Desks in the network
# unreviewed
desks-intro = All the desks in the network: the topic centres, the specialist desks for foreign residents and the first-contact points (URP public information offices, social services desks).
# unreviewed
desks-count = { $count ->
    [one] { $count } desk
   *[other] { $count } desks
}
# unreviewed
pagination-label = Pages
# unreviewed
pagination-previous = Previous page
# unreviewed
pagination-next = Next page
# unreviewed
pagination-status = Page { $page } of { $pages }

## Workspace: desks

# unreviewed
ws-desks-title = Desks I work at
# unreviewed
ws-desks-intro = The desks where you have a role.
# unreviewed
ws-desks-empty = None of your roles covers a desk.

## Editing organisations in the workspace.

# unreviewed
ws-orgs-title = Organisations
# unreviewed
ws-orgs-intro = The organisations whose details you can edit: those where you hold an administrator or coordinator role, and the organisations within them.
# unreviewed
ws-orgs-empty = No organisation falls within your roles.

# unreviewed
org-edit-title = Edit the organisation
# unreviewed
org-edit-back = Back to the organisations
# unreviewed
org-edit-link = Edit the organisation's details
# unreviewed
org-edit-name = Name of the organisation
# unreviewed
org-edit-alternate-name = Other name or acronym
# unreviewed
org-edit-website = Website
# unreviewed
org-edit-error-name = Write the name of the organisation (at most 200 characters).
# unreviewed
org-edit-error-alternate-name = The other name can be at most 200 characters long.

# unreviewed
edit-field-alternate_name = Other name
# unreviewed
edit-field-website = Website
