# Search: the page, the box on every page, results and filters. Drafts by the development team: each marked unreviewed until a fluent reviewer checks it.

# unreviewed
search-title = ਖੋਜੋ
# unreviewed
search-intro = ਸ਼ੀਟਾਂ, ਅਕਸਰ ਪੁੱਛੇ ਜਾਂਦੇ ਸਵਾਲਾਂ, ਗਾਈਡਾਂ, ਕਾਊਂਟਰਾਂ ਅਤੇ ਸੇਵਾਵਾਂ ਵਿੱਚ ਖੋਜੋ, ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਅਤੇ ਇਤਾਲਵੀ ਵਿੱਚ।
# unreviewed
search-label = ਤੁਸੀਂ ਕੀ ਲੱਭ ਰਹੇ ਹੋ?
# unreviewed
search-submit = ਖੋਜੋ
# unreviewed
search-box-label = ਸਾਈਟ ਵਿੱਚ ਖੋਜੋ
# unreviewed
search-box-placeholder = ਖੋਜੋ: ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ, ਟੈਕਸ ਕੋਡ…
# unreviewed
search-kind-label = ਕਿਸਮ
# unreviewed
search-kind-sheet = ਸ਼ੀਟਾਂ
# unreviewed
search-kind-faq = ਅਕਸਰ ਪੁੱਛੇ ਜਾਂਦੇ ਸਵਾਲ
# unreviewed
search-kind-guide = ਗਾਈਡਾਂ
# unreviewed
search-kind-news = ਖ਼ਬਰਾਂ
# unreviewed
search-kind-desk = ਕਾਊਂਟਰ
# unreviewed
search-kind-service = ਸੇਵਾਵਾਂ
# unreviewed
search-kind-online-service = ਆਨਲਾਈਨ ਸੇਵਾਵਾਂ
# unreviewed
search-kind-event = ਸਮਾਗਮ
# unreviewed
search-comune-label = ਕਮਿਊਨ
# unreviewed
search-any-comune = ਸਾਰੇ ਕਮਿਊਨ
# unreviewed
search-open-now = ਸਿਰਫ਼ ਹੁਣ ਖੁੱਲ੍ਹੇ ਕਾਊਂਟਰ
# unreviewed
search-near-me = ਮੇਰੇ ਨੇੜੇ
# unreviewed
search-results-heading = ਨਤੀਜੇ
# unreviewed
search-none = ਕੋਈ ਨਤੀਜਾ ਨਹੀਂ। ਹੋਰ ਸ਼ਬਦ ਅਜ਼ਮਾਓ ਜਾਂ ਕੁਝ ਫਿਲਟਰ ਹਟਾਓ।
# unreviewed
search-original = ਇਤਾਲਵੀ ਵਿੱਚ: ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਅਜੇ ਕੋਈ ਸੰਸਕਰਣ ਨਹੀਂ ਹੈ।
# unreviewed
search-throttled = ਇਸ ਕਨੈਕਸ਼ਨ ਤੋਂ ਥੋੜ੍ਹੇ ਸਮੇਂ ਵਿੱਚ ਬਹੁਤ ਵੱਧ ਖੋਜਾਂ। ਇੱਕ ਮਿੰਟ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
# unreviewed
search-pages = ਨਤੀਜਿਆਂ ਦੇ ਪੰਨੇ
# unreviewed
search-previous = ਪਿਛਲੇ ਨਤੀਜੇ
# unreviewed
search-next = ਅਗਲੇ ਨਤੀਜੇ
# unreviewed
search-results =
    { $count ->
        [one] ਇੱਕ ਨਤੀਜਾ
       *[other] { $count } ਨਤੀਜੇ
    }

# The editors' page of unanswered searches.
# unreviewed
workspace-nav-search-gaps = ਬਿਨਾਂ ਜਵਾਬ ਦੀਆਂ ਖੋਜਾਂ
# unreviewed
search-gaps-title = ਪਾਠਕ ਕੀ ਲੱਭਦੇ ਹਨ
# unreviewed
search-gaps-intro = ਪਿਛਲੇ 90 ਦਿਨਾਂ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ ਤਿੰਨ ਵਾਰ ਖੋਜੇ ਗਏ ਉਹ ਸਵਾਲ ਜਿਨ੍ਹਾਂ ਨੂੰ ਥੋੜ੍ਹਾ ਜਾਂ ਕੁਝ ਨਹੀਂ ਮਿਲਿਆ, ਤੁਹਾਡੇ ਕੇਂਦਰਾਂ ਦੇ ਵਿਸ਼ਿਆਂ ਵਿੱਚ ਅਤੇ ਬਿਨਾਂ ਵਿਸ਼ੇ ਦੇ, ਅਤੇ ਪਾਠਕਾਂ ਵੱਲੋਂ ਖੋਲ੍ਹੇ ਨਤੀਜੇ। ਸਿਰਫ਼ ਗਿਣਤੀ: ਖੋਜਣ ਵਾਲੇ ਬਾਰੇ ਕੁਝ ਨਹੀਂ।
# unreviewed
search-gaps-intro-network = ਪਿਛਲੇ 90 ਦਿਨਾਂ ਵਿੱਚ ਪੂਰੇ ਨੈੱਟਵਰਕ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ ਤਿੰਨ ਵਾਰ ਖੋਜੇ ਗਏ ਉਹ ਸਵਾਲ ਜਿਨ੍ਹਾਂ ਨੂੰ ਥੋੜ੍ਹਾ ਜਾਂ ਕੁਝ ਨਹੀਂ ਮਿਲਿਆ, ਅਤੇ ਪਾਠਕਾਂ ਵੱਲੋਂ ਖੋਲ੍ਹੇ ਨਤੀਜੇ। ਸਿਰਫ਼ ਗਿਣਤੀ: ਖੋਜਣ ਵਾਲੇ ਬਾਰੇ ਕੁਝ ਨਹੀਂ।
# unreviewed
search-gaps-heading = ਸਵਾਲ ਜਿਨ੍ਹਾਂ ਨੂੰ ਥੋੜ੍ਹਾ ਜਾਂ ਕੁਝ ਨਹੀਂ ਮਿਲਦਾ
# unreviewed
search-gaps-none = ਹਾਲੇ ਕੋਈ ਬਿਨਾਂ ਜਵਾਬ ਸਵਾਲ ਨਹੀਂ।
# unreviewed
search-gaps-col-query = ਸਵਾਲ
# unreviewed
search-gaps-col-lang = ਭਾਸ਼ਾ
# unreviewed
search-gaps-col-asked = ਖੋਜਿਆ ਗਿਆ
# unreviewed
search-gaps-col-empty = ਕੋਈ ਨਤੀਜਾ ਨਹੀਂ
# unreviewed
search-gaps-col-few = 1–2 ਨਤੀਜੇ
# unreviewed
search-gaps-suggest = ਜਵਾਬ ਲਿਖੋ
# unreviewed
search-gaps-any-theme = ਕੋਈ ਵਿਸ਼ਾ ਨਹੀਂ
# unreviewed
search-followed-heading = ਖੋਜ ਤੋਂ ਖੋਲ੍ਹੇ ਨਤੀਜੇ
# unreviewed
search-followed-none = ਹਾਲੇ ਕੋਈ ਨਤੀਜਾ ਨਹੀਂ ਖੋਲ੍ਹਿਆ ਗਿਆ।
# unreviewed
search-followed-col-result = ਨਤੀਜਾ
# unreviewed
search-followed-col-clicks = ਖੋਲ੍ਹਿਆ ਗਿਆ
