# Search: the page, the box on every page, results and filters. Drafts by the development team: each marked unreviewed until a fluent reviewer checks it.

# unreviewed
search-title = Search
# unreviewed
search-intro = Search sheets, frequently asked questions, guides, desks and services, in your language and in Italian.
# unreviewed
search-label = What are you looking for?
# unreviewed
search-submit = Search
# unreviewed
search-box-label = Search the site
# unreviewed
search-box-placeholder = Search: permit, tax code…
# unreviewed
search-kind-label = Type
# unreviewed
search-kind-sheet = Sheets
# unreviewed
search-kind-faq = Frequently asked questions
# unreviewed
search-kind-guide = Guides
# unreviewed
search-kind-news = News
# unreviewed
search-kind-desk = Desks
# unreviewed
search-kind-service = Services
# unreviewed
search-kind-online-service = Online services
# unreviewed
search-kind-event = Events
# unreviewed
search-comune-label = Municipality
# unreviewed
search-any-comune = All municipalities
# unreviewed
search-open-now = Only desks open now
# unreviewed
search-near-me = Near me
# unreviewed
search-results-heading = Results
# unreviewed
search-none = No results. Try other words or remove some filters.
# unreviewed
search-original = In Italian: there is no version in your language yet.
# unreviewed
search-throttled = Too many searches in a short time from this connection. Try again in a minute.
# unreviewed
search-pages = Result pages
# unreviewed
search-previous = Previous results
# unreviewed
search-next = Next results
# unreviewed
search-results =
    { $count ->
        [one] One result
       *[other] { $count } results
    }

# The editors' page of unanswered searches.
# unreviewed
workspace-nav-search-gaps = Unanswered searches
# unreviewed
search-gaps-title = What readers look for
# unreviewed
search-gaps-intro = Questions searched at least three times in the last 90 days that found little or nothing, in your hubs' themes and without a theme, and the results readers opened. Counts only: nothing about who searched.
# unreviewed
search-gaps-intro-network = Questions searched at least three times in the last 90 days across the network that found little or nothing, and the results readers opened. Counts only: nothing about who searched.
# unreviewed
search-gaps-heading = Questions that find little or nothing
# unreviewed
search-gaps-none = No unanswered questions for now.
# unreviewed
search-gaps-col-query = Question
# unreviewed
search-gaps-col-lang = Language
# unreviewed
search-gaps-col-asked = Searched
# unreviewed
search-gaps-col-empty = No results
# unreviewed
search-gaps-col-few = 1–2 results
# unreviewed
search-gaps-suggest = Write an answer
# unreviewed
search-gaps-any-theme = No theme
# unreviewed
search-followed-heading = Results opened from search
# unreviewed
search-followed-none = No results opened yet.
# unreviewed
search-followed-col-result = Result
# unreviewed
search-followed-col-clicks = Opened
