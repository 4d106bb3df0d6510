# Search: the page, the box on every page, results and filters. Drafts by the development team: each marked unreviewed until a fluent reviewer checks it.

# unreviewed
search-title = Maghanap
# unreviewed
search-intro = Maghanap sa mga sheet, madalas itanong, gabay, tanggapan at serbisyo, sa iyong wika at sa Italyano.
# unreviewed
search-label = Ano ang hinahanap mo?
# unreviewed
search-submit = Maghanap
# unreviewed
search-box-label = Maghanap sa site
# unreviewed
search-box-placeholder = Maghanap: permiso, tax code…
# unreviewed
search-kind-label = Uri
# unreviewed
search-kind-sheet = Mga sheet
# unreviewed
search-kind-faq = Mga madalas itanong
# unreviewed
search-kind-guide = Mga gabay
# unreviewed
search-kind-news = Mga balita
# unreviewed
search-kind-desk = Mga tanggapan
# unreviewed
search-kind-service = Mga serbisyo
# unreviewed
search-kind-online-service = Mga online na serbisyo
# unreviewed
search-kind-event = Mga kaganapan
# unreviewed
search-comune-label = Munisipyo
# unreviewed
search-any-comune = Lahat ng munisipyo
# unreviewed
search-open-now = Mga tanggapang bukas ngayon lamang
# unreviewed
search-near-me = Malapit sa akin
# unreviewed
search-results-heading = Mga resulta
# unreviewed
search-none = Walang resulta. Subukan ang ibang salita o alisin ang ilang filter.
# unreviewed
search-original = Sa Italyano: wala pang bersyon sa iyong wika.
# unreviewed
search-throttled = Napakaraming paghahanap sa maikling panahon mula sa koneksyong ito. Subukang muli pagkalipas ng isang minuto.
# unreviewed
search-pages = Mga pahina ng resulta
# unreviewed
search-previous = Mga naunang resulta
# unreviewed
search-next = Mga susunod na resulta
# unreviewed
search-results =
    { $count ->
        [one] Isang resulta
       *[other] { $count } resulta
    }

# The editors' page of unanswered searches.
# unreviewed
workspace-nav-search-gaps = Mga paghahanap na walang sagot
# unreviewed
search-gaps-title = Ano ang hinahanap ng mga mambabasa
# unreviewed
search-gaps-intro = Mga tanong na hinanap nang hindi bababa sa tatlong beses sa nakaraang 90 araw na kaunti o walang nakita, sa mga paksa ng iyong mga hub at walang paksa, at ang mga resultang binuksan ng mga mambabasa. Bilang lamang: walang tungkol sa naghanap.
# unreviewed
search-gaps-intro-network = Mga tanong na hinanap nang hindi bababa sa tatlong beses sa nakaraang 90 araw sa buong network na kaunti o walang nakita, at ang mga resultang binuksan ng mga mambabasa. Bilang lamang: walang tungkol sa naghanap.
# unreviewed
search-gaps-heading = Mga tanong na kaunti o walang nakikita
# unreviewed
search-gaps-none = Wala pang tanong na walang sagot sa ngayon.
# unreviewed
search-gaps-col-query = Tanong
# unreviewed
search-gaps-col-lang = Wika
# unreviewed
search-gaps-col-asked = Hinanap
# unreviewed
search-gaps-col-empty = Walang resulta
# unreviewed
search-gaps-col-few = 1–2 resulta
# unreviewed
search-gaps-suggest = Sumulat ng sagot
# unreviewed
search-gaps-any-theme = Walang paksa
# unreviewed
search-followed-heading = Mga resultang binuksan mula sa paghahanap
# unreviewed
search-followed-none = Wala pang resultang binuksan.
# unreviewed
search-followed-col-result = Resulta
# unreviewed
search-followed-col-clicks = Binuksan
