# Sportello — Bengali translation (machine draft, unreviewed). বাংলা অনুবাদের খসড়া: প্রতিটি বার্তা মেশিনে তৈরি খসড়া, বাংলা ভালো জানেন এমন একজন পর্যালোচকের যাচাইয়ের অপেক্ষায়। Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Directory: desk finder, desk pages, and editing desks and organisations in the workspace.

## Desk finder, desk pages and opening hours (directory).

# unreviewed
finder-intro = সঠিক তথ্যকেন্দ্রটি খুঁজুন: আপনার কাছে, আপনার ভাষায় কথা বলে, এখন খোলা। এখানে আছে বিষয়ভিত্তিক কেন্দ্র, বিদেশিদের জন্য বিশেষায়িত তথ্যকেন্দ্র এবং প্রাথমিক যোগাযোগের জায়গা (URP — জনসাধারণের তথ্য অফিস, এবং সামাজিক সেবার অফিস)।
# unreviewed
finder-near-label = কাছাকাছি (পৌরসভা, comune)
# unreviewed
finder-near-hint = পৌরসভার (comune) নাম লিখুন, যেমন Bologna।
# unreviewed
finder-use-position = আমার অবস্থান ব্যবহার করুন
# unreviewed
finder-language-label = যে ভাষায় কথা বলা হয়
# unreviewed
finder-any-language = যেকোনো ভাষা
# unreviewed
finder-open-now-label = শুধু এখন খোলা তথ্যকেন্দ্র
# unreviewed
finder-more-filters = আরও ফিল্টার
# unreviewed
finder-theme-label = বিষয়
# unreviewed
finder-any-theme = সব বিষয়
# unreviewed
finder-level-label = তথ্যকেন্দ্রের ধরন
# unreviewed
finder-any-level = সব ধরন
# unreviewed
finder-channel-label = কীভাবে যোগাযোগ করবেন
# unreviewed
finder-any-channel = যেকোনো উপায়
# unreviewed
finder-province-label = প্রদেশ (provincia)
# unreviewed
finder-any-province = সব প্রদেশ
# unreviewed
finder-submit = খুঁজুন
# unreviewed
finder-sorted-by-distance = সবচেয়ে কাছেরটি আগে।
# unreviewed
finder-no-results = আপনার খোঁজার সাথে কোনো তথ্যকেন্দ্র মেলেনি। কিছু ফিল্টার সরিয়ে আবার চেষ্টা করুন।
# unreviewed
finder-map-label = খুঁজে পাওয়া তথ্যকেন্দ্রগুলোর মানচিত্র
# unreviewed
finder-map-attribution = © OpenStreetMap অবদানকারীরা
# unreviewed
finder-geojson-link = পাবলিক তথ্যকেন্দ্রগুলোর তালিকা ডাউনলোড করুন (GeoJSON, উন্মুক্ত ডেটা)
# unreviewed
finder-error-theme = এই বিষয়টি নেই: তালিকা থেকে একটি বেছে নিন।
# unreviewed
finder-error-level = এই ধরনের তথ্যকেন্দ্র নেই: তালিকা থেকে একটি বেছে নিন।
# unreviewed
finder-error-language = এই ভাষাটি সঠিক নয়: তালিকা থেকে একটি বেছে নিন।
# unreviewed
finder-error-channel = যোগাযোগের এই উপায়টি নেই: তালিকা থেকে একটি বেছে নিন।
# unreviewed
finder-error-page = পাতার নম্বরটি সঠিক নয়: আমরা প্রথম পাতা দেখাচ্ছি।
# unreviewed
finder-error-position = অবস্থানটি সঠিক নয়। এর বদলে পৌরসভার (comune) নাম লিখুন।
# unreviewed
finder-error-comune = যেসব পৌরসভায় তথ্যকেন্দ্র আছে, সেগুলোর মধ্যে «{ $name }» খুঁজে পাওয়া যায়নি। এগুলো চেষ্টা করুন: { $suggestions }।

# unreviewed
desk-open = এখন খোলা
# unreviewed
desk-open-until = এখন খোলা, বন্ধ হবে { $time }-এ
# unreviewed
desk-closed = বন্ধ
# unreviewed
desk-closed-opens-today = এখন বন্ধ, আজ { $time }-এ খুলবে
# unreviewed
# { $day } is a weekday name (weekday-1 … weekday-7).
desk-closed-opens-on = এখন বন্ধ, খুলবে { $day } { $time }-এ
# unreviewed
desk-hours-unknown = খোলার সময় জানা নেই: তথ্যকেন্দ্রে যোগাযোগ করুন।
# unreviewed
desk-distance = { $km } কিমি দূরে
# unreviewed
desk-address-reserved = ঠিকানা প্রকাশ করা হয় না (পৌরসভা: { $comune }): তথ্যকেন্দ্রে যোগাযোগ করুন।
# unreviewed
desk-languages-label = যে ভাষায় কথা বলা হয়:
# unreviewed
desk-where-heading = কোথায়
# unreviewed
desk-open-map = OpenStreetMap মানচিত্রে দেখুন
# unreviewed
desk-accessibility-label = প্রতিবন্ধীদের জন্য প্রবেশের সুবিধা:
# unreviewed
desk-hours-heading = খোলার সময়
# unreviewed
desk-week-caption = এই সপ্তাহের খোলার সময় (ইতালির সময়)
# unreviewed
desk-week-day = দিন
# unreviewed
desk-week-hours = সময়
# unreviewed
desk-week-languages = যে ভাষায় কথা বলা হয়
# unreviewed
desk-today = আজ
# unreviewed
desk-day-closed = বন্ধ
# unreviewed
desk-contact-heading = যোগাযোগ
# unreviewed
desk-phone-label = ফোন:
# unreviewed
desk-channels-label = কীভাবে যোগাযোগ করবেন:
# unreviewed
desk-updated-on = সর্বশেষ হালনাগাদ: { $date }।
# unreviewed
breadcrumb-label = আপনি এখানে আছেন

# unreviewed
weekday-1 = সোমবার
# unreviewed
weekday-2 = মঙ্গলবার
# unreviewed
weekday-3 = বুধবার
# unreviewed
weekday-4 = বৃহস্পতিবার
# unreviewed
weekday-5 = শুক্রবার
# unreviewed
weekday-6 = শনিবার
# unreviewed
weekday-7 = রবিবার
# unreviewed
month-1 = জানুয়ারি
# unreviewed
month-2 = ফেব্রুয়ারি
# unreviewed
month-3 = মার্চ
# unreviewed
month-4 = এপ্রিল
# unreviewed
month-5 = মে
# unreviewed
month-6 = জুন
# unreviewed
month-7 = জুলাই
# unreviewed
month-8 = আগস্ট
# unreviewed
month-9 = সেপ্টেম্বর
# unreviewed
month-10 = অক্টোবর
# unreviewed
month-11 = নভেম্বর
# unreviewed
month-12 = ডিসেম্বর
# unreviewed
date-day-month = { $day } { $month }

# unreviewed
desk-edit-title = তথ্যকেন্দ্র সম্পাদনা
# unreviewed
desk-edit-back = তথ্যকেন্দ্রে ফিরে যান
# unreviewed
desk-edit-name = তথ্যকেন্দ্রের নাম
# unreviewed
desk-edit-hours = খোলার সময়
# unreviewed
# The OpenStreetMap codes (Mo-Fr, PH off, Aug off …) are typed as they are: do not translate them.
desk-edit-hours-hint = OpenStreetMap ফরম্যাটে, যেমন: Mo-Fr 09:00-13:00; Tu,Th 14:30-17:00; PH off (PH = সরকারি ছুটির দিন)। বন্ধের দিন: Aug off অথবা 2026 Dec 24-Dec 26 off।
# unreviewed
desk-edit-languages = যে ভাষায় কথা বলা হয়
# unreviewed
desk-edit-languages-hint = কমা দিয়ে আলাদা করা ISO কোড, যেমন: it, ar, en, zh।
# unreviewed
desk-edit-link = তথ্যকেন্দ্রের তথ্য সম্পাদনা করুন
# unreviewed
desk-field-opening_hours = খোলার সময়
# unreviewed
desk-field-languages = ভাষা
# unreviewed
desk-field-phone = ফোন
# unreviewed
desk-field-accessibility = প্রবেশের সুবিধা
# unreviewed
desk-edit-error-name = তথ্যকেন্দ্রের নাম লিখুন (সর্বোচ্চ ২০০ অক্ষর)।
# unreviewed
desk-edit-error-hours = খোলার সময় OpenStreetMap ফরম্যাটে লেখা হয়নি।
# unreviewed
desk-edit-error-hours-at = খোলার সময় OpenStreetMap ফরম্যাটে লেখা হয়নি: { $column } নম্বর অক্ষর থেকে দেখুন।
# unreviewed
desk-edit-error-languages = ভাষাগুলো ২ বা ৩ অক্ষরের ISO কোডে লিখুন, কমা দিয়ে আলাদা করে।
# unreviewed
desk-edit-error-phone = ফোন নম্বরে শুধু অঙ্ক, স্পেস এবং + - / . ( ) থাকতে পারে।
# unreviewed
desk-edit-error-channels = তথ্যকেন্দ্রে যোগাযোগের অন্তত একটি উপায় বেছে নিন।

# unreviewed
desk-services-heading = এখানে যে সেবা দেওয়া হয়
# unreviewed
desk-services-none = এই তথ্যকেন্দ্রের কোনো সেবা নথিভুক্ত নেই: তথ্যকেন্দ্রে জিজ্ঞেস করুন।
# unreviewed
desk-how-to-book = এই তথ্যকেন্দ্রে যেতে হলে আগে অ্যাপয়েন্টমেন্ট নিন: নিচে দেওয়া যোগাযোগের তথ্য দেখে ফোন করুন বা লিখে জানান।
# unreviewed
desk-hubs-heading = সহায়তাকারী বিষয়ভিত্তিক কেন্দ্র
# unreviewed
desk-hubs-intro = এই বিষয়গুলোর কঠিন প্রশ্নের জন্য তথ্যকেন্দ্রটি নেটওয়ার্কের বিষয়ভিত্তিক কেন্দ্রগুলোর সাহায্য নেয়।
# unreviewed
desk-edit-address = ঠিকানা
# unreviewed
desk-edit-postcode = পোস্ট কোড (CAP)
# unreviewed
desk-edit-comune = পৌরসভা (comune)
# unreviewed
desk-edit-province = প্রদেশ (সংক্ষিপ্ত রূপ, যেমন BO)
# unreviewed
desk-edit-latitude = অক্ষাংশ
# unreviewed
desk-edit-longitude = দ্রাঘিমাংশ
# unreviewed
desk-edit-position-hint = দশমিক ডিগ্রিতে, যেমন 44.4939 এবং 11.3426 (OpenStreetMap-এ পাওয়া যায়)।
# unreviewed
desk-edit-sensitive = গোপন ঠিকানা
# unreviewed
desk-edit-sensitive-hint = সুরক্ষিত জায়গার জন্য (যেমন আশ্রয়কেন্দ্র): ঠিকানা ও অবস্থান কখনো পোর্টালে, মানচিত্রে বা উন্মুক্ত ডেটায় দেখানো হয় না।
# unreviewed
desk-edit-error-address = ঠিকানা লিখুন (সর্বোচ্চ ২০০ অক্ষর)।
# unreviewed
desk-edit-error-sensitive = ঠিকানাটি গোপন কি না, তা শুধু নেটওয়ার্কের সমন্বয়কারীরা বদলাতে পারেন।
# unreviewed
desk-edit-error-comune = পৌরসভার নাম লিখুন (সর্বোচ্চ ১০০ অক্ষর)।
# unreviewed
desk-edit-error-postcode = পোস্ট কোড (CAP) খুব লম্বা।
# unreviewed
desk-edit-error-province = প্রদেশটি দুই অক্ষরের সংক্ষিপ্ত রূপে লিখুন, যেমন BO।
# unreviewed
desk-edit-error-position = অক্ষাংশ ও দ্রাঘিমাংশ দশমিক ডিগ্রিতে লিখুন: অক্ষাংশ -90 থেকে 90-এর মধ্যে, দ্রাঘিমাংশ -180 থেকে 180-এর মধ্যে।
# unreviewed
desk-field-address = ঠিকানা
# unreviewed
desk-field-postcode = পোস্ট কোড (CAP)
# unreviewed
desk-field-comune = পৌরসভা (comune)
# unreviewed
desk-field-province = প্রদেশ
# unreviewed
desk-field-position = অবস্থান
# unreviewed
desk-field-sensitive = গোপন ঠিকানা
# unreviewed
desk-edit-language-hours = যে ভাষা শুধু নির্দিষ্ট সময়ে বলা হয়
# unreviewed
desk-edit-language-hours-hint = প্রতিটি ভাষার জন্য এক লাইন: ভাষার কোড এবং OpenStreetMap ফরম্যাটে সময়, যেমন «ar Mo,We,Fr 09:00-13:00»। যে ভাষা এখানে নেই, সেটি খোলার পুরো সময় জুড়ে বলা হয়।
# unreviewed
desk-edit-error-slot = প্রতিটি লাইনে তথ্যকেন্দ্রে বলা হয় এমন একটি ভাষার কোড এবং OpenStreetMap ফরম্যাটে তার সময় লিখতে হবে, যেমন: ar Mo,We 09:00-13:00।
# unreviewed
desk-field-language_hours = নির্দিষ্ট সময়ের ভাষা

## Desks

# unreviewed
desks-title = নেটওয়ার্কের তথ্যকেন্দ্রসমূহ
# unreviewed
desks-intro = নেটওয়ার্কের সব তথ্যকেন্দ্র: বিষয়ভিত্তিক কেন্দ্র, বিদেশিদের জন্য বিশেষায়িত তথ্যকেন্দ্র এবং প্রাথমিক যোগাযোগের জায়গা (URP — জনসাধারণের তথ্য অফিস, এবং সামাজিক সেবার অফিস)।
# unreviewed
desks-count = { $count ->
    [one] { $count }টি তথ্যকেন্দ্র
   *[other] { $count }টি তথ্যকেন্দ্র
}
# unreviewed
pagination-label = পাতা
# unreviewed
pagination-previous = আগের পাতা
# unreviewed
pagination-next = পরের পাতা
# unreviewed
pagination-status = { $pages } পাতার মধ্যে { $page } নম্বর পাতা

## Workspace: desks

# unreviewed
ws-desks-title = আমার তথ্যকেন্দ্রগুলো
# unreviewed
ws-desks-intro = যেসব তথ্যকেন্দ্রে আপনার কোনো ভূমিকা আছে।
# unreviewed
ws-desks-empty = আপনার কোনো ভূমিকার মধ্যে কোনো তথ্যকেন্দ্র পড়ে না।

## Editing organisations in the workspace.

# unreviewed
ws-orgs-title = সংস্থা
# unreviewed
ws-orgs-intro = যেসব সংস্থার তথ্য আপনি সম্পাদনা করতে পারেন: যেখানে আপনার প্রশাসক বা সমন্বয়কের ভূমিকা আছে, এবং সেগুলোর অধীনের সংস্থা।
# unreviewed
ws-orgs-empty = আপনার কোনো ভূমিকার মধ্যে কোনো সংস্থা পড়ে না।

# unreviewed
org-edit-title = সংস্থা সম্পাদনা
# unreviewed
org-edit-back = সংস্থার তালিকায় ফিরে যান
# unreviewed
org-edit-link = সংস্থার তথ্য সম্পাদনা করুন
# unreviewed
org-edit-name = সংস্থার নাম
# unreviewed
org-edit-alternate-name = অন্য নাম বা সংক্ষিপ্ত রূপ
# unreviewed
org-edit-website = ওয়েবসাইট
# unreviewed
org-edit-error-name = সংস্থার নাম লিখুন (সর্বোচ্চ ২০০ অক্ষর)।
# unreviewed
org-edit-error-alternate-name = অন্য নামটি সর্বোচ্চ ২০০ অক্ষরের হতে পারে।

# unreviewed
edit-field-alternate_name = অন্য নাম
# unreviewed
edit-field-website = ওয়েবসাইট
