# Search: the page, the box on every page, results and filters. Drafts by the development team: each marked unreviewed until a fluent reviewer checks it.

# unreviewed
search-title = খুঁজুন
# unreviewed
search-intro = শিট, প্রায়শই জিজ্ঞাসিত প্রশ্ন, গাইড, কাউন্টার ও সেবার মধ্যে খুঁজুন, আপনার ভাষায় ও ইতালীয় ভাষায়।
# unreviewed
search-label = আপনি কী খুঁজছেন?
# unreviewed
search-submit = খুঁজুন
# unreviewed
search-box-label = সাইটে খুঁজুন
# unreviewed
search-box-placeholder = খুঁজুন: বসবাসের অনুমতিপত্র, ট্যাক্স কোড…
# unreviewed
search-kind-label = ধরন
# unreviewed
search-kind-sheet = শিট
# unreviewed
search-kind-faq = প্রায়শই জিজ্ঞাসিত প্রশ্ন
# unreviewed
search-kind-guide = গাইড
# unreviewed
search-kind-news = খবর
# unreviewed
search-kind-desk = কাউন্টার
# unreviewed
search-kind-service = সেবা
# unreviewed
search-kind-online-service = অনলাইন সেবা
# unreviewed
search-kind-event = অনুষ্ঠান
# unreviewed
search-comune-label = কমিউন
# unreviewed
search-any-comune = সব কমিউন
# unreviewed
search-open-now = শুধু এখন খোলা কাউন্টার
# unreviewed
search-near-me = আমার কাছে
# unreviewed
search-results-heading = ফলাফল
# unreviewed
search-none = কোনো ফলাফল নেই। অন্য শব্দ দিয়ে চেষ্টা করুন বা কিছু ফিল্টার সরান।
# unreviewed
search-original = ইতালীয় ভাষায়: আপনার ভাষায় এখনও কোনো সংস্করণ নেই।
# unreviewed
search-throttled = এই সংযোগ থেকে অল্প সময়ে অনেক বেশি খোঁজা হয়েছে। এক মিনিট পরে আবার চেষ্টা করুন।
# unreviewed
search-pages = ফলাফলের পাতা
# unreviewed
search-previous = আগের ফলাফল
# unreviewed
search-next = পরের ফলাফল
# unreviewed
search-results =
    { $count ->
        [one] একটি ফলাফল
       *[other] { $count }টি ফলাফল
    }

# The editors' page of unanswered searches.
# unreviewed
workspace-nav-search-gaps = উত্তরহীন খোঁজ
# unreviewed
search-gaps-title = পাঠকেরা কী খোঁজেন
# unreviewed
search-gaps-intro = গত ৯০ দিনে অন্তত তিনবার খোঁজা যে প্রশ্নগুলো অল্প বা কিছুই পায়নি, আপনার কেন্দ্রের বিষয়ে ও বিষয় ছাড়া, এবং পাঠকেরা যে ফলাফল খুলেছেন। শুধু সংখ্যা: কে খুঁজেছেন তার কিছুই নয়।
# unreviewed
search-gaps-intro-network = গত ৯০ দিনে পুরো নেটওয়ার্কে অন্তত তিনবার খোঁজা যে প্রশ্নগুলো অল্প বা কিছুই পায়নি, এবং পাঠকেরা যে ফলাফল খুলেছেন। শুধু সংখ্যা: কে খুঁজেছেন তার কিছুই নয়।
# unreviewed
search-gaps-heading = যে প্রশ্ন অল্প বা কিছুই পায় না
# unreviewed
search-gaps-none = এখন কোনো উত্তরহীন প্রশ্ন নেই।
# unreviewed
search-gaps-col-query = প্রশ্ন
# unreviewed
search-gaps-col-lang = ভাষা
# unreviewed
search-gaps-col-asked = খোঁজা হয়েছে
# unreviewed
search-gaps-col-empty = কোনো ফলাফল নেই
# unreviewed
search-gaps-col-few = ১–২টি ফলাফল
# unreviewed
search-gaps-suggest = একটি উত্তর লিখুন
# unreviewed
search-gaps-any-theme = কোনো বিষয় নেই
# unreviewed
search-followed-heading = খোঁজ থেকে খোলা ফলাফল
# unreviewed
search-followed-none = এখনও কোনো ফলাফল খোলা হয়নি।
# unreviewed
search-followed-col-result = ফলাফল
# unreviewed
search-followed-col-clicks = খোলা হয়েছে
