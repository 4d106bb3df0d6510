# Sportello — Bengali translation (machine draft, unreviewed). বাংলা অনুবাদের খসড়া: প্রতিটি বার্তা মেশিনে তৈরি খসড়া, বাংলা ভালো জানেন এমন একজন পর্যালোচকের যাচাইয়ের অপেক্ষায়। Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## Site shell

# unreviewed
site-name = বিদেশি বাসিন্দাদের জন্য তথ্যকেন্দ্র
# unreviewed
site-tagline = বিদেশি বাসিন্দাদের জন্য তথ্য ও সেবা
# unreviewed
skip-link = মূল বিষয়বস্তুতে যান
# unreviewed
nav-main-label = প্রধান মেনু
# unreviewed
nav-home = প্রথম পাতা
# unreviewed
nav-desks = তথ্যকেন্দ্রসমূহ
# unreviewed
nav-services = অনলাইন সেবা
# unreviewed
language-switcher-summary = ভাষা
# unreviewed
language-switcher-label = ভাষা বেছে নিন
# unreviewed
translation-incomplete = এই পাতার কিছু অংশ এখনও অনুবাদ করা হয়নি। সেগুলো ইতালীয় ভাষায় দেখানো হচ্ছে।
# unreviewed
translation-draft = এই অনুবাদটি একটি খসড়া: মাতৃভাষী কেউ এখনও এটি যাচাই করেননি।
# unreviewed
footer-about = বিদেশি বাসিন্দাদের জন্য তথ্যকেন্দ্রগুলোর আঞ্চলিক নেটওয়ার্কের একটি সেবা।
# unreviewed
footer-demo = নমুনা তথ্য: যেসব ঠিকানা, ফোন নম্বর ও অন্য বিবরণে «নমুনা তথ্য» লেখা আছে, সেগুলো বানানো।
# unreviewed
invented-marker = নমুনা তথ্য

## Themes: the name, and a one-line description

# unreviewed
theme-permesso-di-soggiorno = বসবাসের অনুমতিপত্র (permesso di soggiorno)
    .description = বসবাসের অনুমতিপত্রের (permesso di soggiorno) আবেদন, নবায়ন এবং এক ধরন থেকে অন্য ধরনে বদল।
# unreviewed
theme-cittadinanza = নাগরিকত্ব (cittadinanza)
    .description = কীভাবে ইতালির নাগরিকত্বের আবেদন করবেন এবং আবেদনের অগ্রগতি দেখবেন।
# unreviewed
theme-ricongiungimento-familiare = পরিবারকে ইতালিতে আনা (ricongiungimento familiare)
    .description = পরিবারের সদস্যদের ইতালিতে আনা: শর্ত ও কাগজপত্র।
# unreviewed
theme-residenza-anagrafe = রেসিডেন্স (residenza) ও জনসংখ্যা নিবন্ধন (anagrafe)
    .description = পৌরসভার জনসংখ্যা নিবন্ধনে (anagrafe) নাম লেখানো, রেসিডেন্স বা ঠিকানা পরিবর্তন, এবং সার্টিফিকেট।
# unreviewed
theme-salute = স্বাস্থ্য
    .description = জাতীয় স্বাস্থ্যসেবায় (Servizio sanitario nazionale) নিবন্ধন, পারিবারিক ডাক্তার (medico di base), অ্যাপয়েন্টমেন্ট নেওয়া।
# unreviewed
theme-scuola = স্কুল
    .description = স্কুলে ভর্তি এবং ছোট শিশুদের সেবায় (যেমন নার্সারি) ভর্তি।
# unreviewed
theme-lavoro-formazione = কাজ ও প্রশিক্ষণ
    .description = কাজ খোঁজা, কাজের চুক্তি, প্রশিক্ষণ কোর্স।
# unreviewed
theme-casa = বাসা
    .description = বাসা ভাড়া, সরকারি বাসা (case popolari), বাসার উপযুক্ততার সার্টিফিকেট (idoneità alloggiativa)।
# unreviewed
theme-prestazioni-sociali = সামাজিক সুবিধা
    .description = ভাতা, বোনাস ও আর্থিক সাহায্য: কারা আবেদন করতে পারেন।
# unreviewed
theme-lingua-italiana = ইতালীয় ভাষা
    .description = ইতালীয় ভাষার কোর্স ও ভাষার পরীক্ষা।

## Desks

# unreviewed
desk-level-l1 = প্রাথমিক যোগাযোগের তথ্যকেন্দ্র
# unreviewed
desk-level-l2 = বিদেশিদের জন্য বিশেষায়িত তথ্যকেন্দ্র
# unreviewed
desk-level-hub = বিষয়ভিত্তিক কেন্দ্র
# unreviewed
desk-themes-label = বিষয়:
# unreviewed
desk-address-label = ঠিকানা:

## Errors

# unreviewed
error-request-id = অনুরোধের কোড: { $id }
# unreviewed
error-request-id-help = সাহায্য চাইলে এই কোডটি জানান।
# unreviewed
error-go-home = প্রথম পাতায় যান
# unreviewed
error-other-languages = এই পাতা অন্য ভাষায়
# unreviewed
error-400-title = অনুরোধটি সঠিক নয়
# unreviewed
error-400-body = ওয়েব ঠিকানা বা পাঠানো তথ্য সঠিক নয়। ঠিকানাটি দেখে আবার চেষ্টা করুন।
# unreviewed
error-403-title = প্রবেশের অনুমতি নেই
# unreviewed
error-403-body = এই পাতা দেখার অনুমতি আপনার নেই।
# unreviewed
error-404-title = পাতাটি পাওয়া যায়নি
# unreviewed
error-404-body = আপনি যে পাতা খুঁজছেন সেটি নেই, অথবা অন্য জায়গায় সরানো হয়েছে।
# unreviewed
error-405-title = এই কাজের অনুমতি নেই
# unreviewed
error-405-body = এই পাতা এই ধরনের অনুরোধ গ্রহণ করে না।
# unreviewed
error-408-title = সময় শেষ
# unreviewed
error-408-body = অনুরোধটিতে অনেক বেশি সময় লেগেছে। একটু পরে আবার চেষ্টা করুন।
# unreviewed
error-413-title = তথ্য খুব বড়
# unreviewed
error-413-body = পাঠানো তথ্য অনুমোদিত সর্বোচ্চ আকারের চেয়ে বড়।
# unreviewed
error-429-title = অনেক বেশি অনুরোধ
# unreviewed
error-429-body = আপনি অল্প সময়ে অনেক বেশি অনুরোধ করেছেন। একটু অপেক্ষা করে আবার চেষ্টা করুন।
# unreviewed
error-500-title = একটি সমস্যা হয়েছে
# unreviewed
error-500-body = আমাদের দিকে কিছু একটা ঠিকমতো কাজ করেনি। একটু পরে আবার চেষ্টা করুন।
# unreviewed
error-503-title = সেবাটি পাওয়া যাচ্ছে না
# unreviewed
error-503-body = সেবাটি সাময়িকভাবে পাওয়া যাচ্ছে না। একটু পরে আবার চেষ্টা করুন।

## Operators: sign-in and workspace

# unreviewed
nav-workspace = কর্মী এলাকা
# unreviewed
logout-submit = লগ আউট
# unreviewed
workspace-title = কর্মী এলাকা
# unreviewed
workspace-nav-label = কর্মী এলাকার মেনু
# unreviewed
error-401-title = লগ ইন করতে হবে
# unreviewed
error-401-body = এই পাতা দেখতে হলে আপনাকে লগ ইন করতে হবে।
# unreviewed
error-code-csrf-invalid = ফর্মটির মেয়াদ শেষ হয়ে গেছে বা এটি সঠিক নয়। আগের পাতায় ফিরে যান, পাতাটি আবার লোড করুন এবং আবার চেষ্টা করুন।

## Password reset and mail

# unreviewed
dev-mail-title = পাঠানো মেইল (ডেভেলপমেন্ট)
# unreviewed
dev-mail-empty = কোনো বার্তা নেই।

## Shared by several areas, first written for the desk pages: the finder heading, contact labels, channels, language names, the editing forms and the change history.

# unreviewed
finder-heading = তথ্যকেন্দ্র খুঁজুন

# unreviewed
desk-by-appointment = শুধু অ্যাপয়েন্টমেন্ট নিয়ে
# unreviewed
desk-email-label = ই-মেইল:
# unreviewed
desk-verified-on = তথ্য যাচাই করা হয়েছে: { $date }।

# unreviewed
channel-in_person = সরাসরি গিয়ে
# unreviewed
channel-phone = ফোনে
# unreviewed
channel-online = অনলাইনে
# unreviewed
channel-video = ভিডিও কলে

# unreviewed
language-name-it = ইতালীয়
# unreviewed
language-name-ar = আরবি
# unreviewed
language-name-en = ইংরেজি
# unreviewed
language-name-fr = ফরাসি
# unreviewed
language-name-es = স্প্যানিশ
# unreviewed
language-name-zh = চীনা
# unreviewed
language-name-sq = আলবেনীয়
# unreviewed
language-name-ro = রোমানীয়
# unreviewed
language-name-uk = ইউক্রেনীয়
# unreviewed
language-name-ur = উর্দু
# unreviewed
language-name-bn = বাংলা
# unreviewed
language-name-fa = ফারসি
# unreviewed
language-name-ru = রুশ
# unreviewed
language-name-pt = পর্তুগিজ
# unreviewed
language-name-wo = উলোফ
# unreviewed
language-name-pa = পাঞ্জাবি
# unreviewed
language-name-tl = তাগালগ

# unreviewed
desk-edit-has-errors = কিছু ঘর ঠিক করতে হবে; কিছুই সংরক্ষণ করা হয়নি:
# unreviewed
desk-edit-description = বিবরণ
# unreviewed
desk-edit-verified = আমি আজ যাচাই করেছি যে এই তথ্য সঠিক
# unreviewed
desk-edit-submit = পরিবর্তন সংরক্ষণ করুন
# unreviewed
desk-edit-saved = পরিবর্তন সংরক্ষণ করা হয়েছে। কয়েক সেকেন্ডের মধ্যে পাবলিক পোর্টালে সেগুলো দেখা যাবে।
# unreviewed
desk-public-page = পাবলিক পাতাটি দেখুন
# unreviewed
desk-verify-due = যাচাই করা দরকার: গত কয়েক মাসে এই তথ্য নিশ্চিত করা হয়নি।
# unreviewed
desk-history-heading = পরিবর্তনের ইতিহাস
# unreviewed
desk-history-empty = কোনো পরিবর্তন রেকর্ড করা নেই।
# unreviewed
desk-history-when = কখন (UTC)
# unreviewed
desk-history-who = কে
# unreviewed
desk-history-field = ঘর
# unreviewed
desk-history-before = আগে
# unreviewed
desk-history-after = পরে
# unreviewed
desk-field-name = নাম
# unreviewed
desk-field-description = বিবরণ
# unreviewed
desk-field-channels = যোগাযোগের উপায়
# unreviewed
desk-field-by_appointment = শুধু অ্যাপয়েন্টমেন্ট নিয়ে
# unreviewed
desk-field-email = ই-মেইল
# unreviewed
# The field holds the date on which the information was last checked.
desk-field-verified_on = যাচাইয়ের তারিখ
# unreviewed
desk-edit-error-email = ই-মেইল ঠিকানাটি সঠিক নয়।
# unreviewed
desk-edit-error-too-long = লেখাটি খুব লম্বা (সর্বোচ্চ ২০০০ অক্ষর)।

## Dates in full (service pages and desk pages).

# unreviewed
date-full-1 = { $day } জানুয়ারি { $year }
# unreviewed
date-full-2 = { $day } ফেব্রুয়ারি { $year }
# unreviewed
date-full-3 = { $day } মার্চ { $year }
# unreviewed
date-full-4 = { $day } এপ্রিল { $year }
# unreviewed
date-full-5 = { $day } মে { $year }
# unreviewed
date-full-6 = { $day } জুন { $year }
# unreviewed
date-full-7 = { $day } জুলাই { $year }
# unreviewed
date-full-8 = { $day } আগস্ট { $year }
# unreviewed
date-full-9 = { $day } সেপ্টেম্বর { $year }
# unreviewed
date-full-10 = { $day } অক্টোবর { $year }
# unreviewed
date-full-11 = { $day } নভেম্বর { $year }
# unreviewed
date-full-12 = { $day } ডিসেম্বর { $year }

## Web addresses in the editing forms (services and organisations).

# unreviewed
edit-url-hint = https:// (অথবা http://) দিয়ে শুরু করুন।

# unreviewed
edit-error-url = ওয়েব ঠিকানা https:// বা http:// দিয়ে শুরু হতে হবে, আর এতে কোনো ফাঁকা জায়গা (স্পেস) থাকা চলবে না।
