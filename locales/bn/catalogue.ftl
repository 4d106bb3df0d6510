# Sportello — Bengali translation (machine draft, unreviewed). বাংলা অনুবাদের খসড়া: প্রতিটি বার্তা মেশিনে তৈরি খসড়া, বাংলা ভালো জানেন এমন একজন পর্যালোচকের যাচাইয়ের অপেক্ষায়। Every message is a draft awaiting review by a fluent reviewer; Italian (locales/it) is the source.

### Catalogue: online-services catalogue, service pages, and editing services in the workspace.

## Online-services catalogue and service pages.

# unreviewed
catalogue-title = অনলাইন সেবা
# unreviewed
catalogue-intro = যেসব সেবা আপনি বাড়ি থেকে, ফোন বা কম্পিউটারে ব্যবহার করতে পারেন: কারা এগুলো দেয়, কী কাজে লাগে এবং লগ ইন করতে কী লাগে।
# unreviewed
catalogue-help = এগুলো ব্যবহার করতে সাহায্য লাগলে নেটওয়ার্কের একটি তথ্যকেন্দ্র আপনাকে সাহায্য করতে পারে।
# unreviewed
catalogue-help-link = তথ্যকেন্দ্র খুঁজুন
# unreviewed
catalogue-empty = তালিকায় এখনও কোনো অনলাইন সেবা নেই।
# unreviewed
catalogue-breadcrumb-label = পথ
# unreviewed
catalogue-categories-heading = বিভাগ
# unreviewed
catalogue-category-vita-del-cittadino = দৈনন্দিন জীবন ও কাগজপত্র
# unreviewed
catalogue-category-istruzione = শিক্ষা
# unreviewed
catalogue-category-cultura = সংস্কৃতি
# unreviewed
catalogue-category-lavoro-formazione = কাজ ও প্রশিক্ষণ
# unreviewed
catalogue-category-salute = স্বাস্থ্য
# unreviewed
catalogue-provider = সংস্থা:
# unreviewed
catalogue-what = এটা কী:
# unreviewed
catalogue-who = কারা ব্যবহার করতে পারেন:
# unreviewed
catalogue-login = লগ ইন করতে কী লাগে
# unreviewed
catalogue-login-spid = SPID (ইতালির সরকারি ডিজিটাল পরিচয়)
# unreviewed
catalogue-login-cie = CIE (ইতালির ইলেকট্রনিক পরিচয়পত্র)
# unreviewed
catalogue-login-cns = CNS (চিপযুক্ত স্বাস্থ্য কার্ড, tessera sanitaria)
# unreviewed
catalogue-login-none = ডিজিটাল পরিচয় লাগে না
# unreviewed
catalogue-plain-note = সহজ কথায়:
# unreviewed
catalogue-open-online = অনলাইন সেবায় যান
# unreviewed
catalogue-external = বাইরের ওয়েবসাইট
# unreviewed
catalogue-details = সেবার বিস্তারিত
# unreviewed
catalogue-service-kicker = সেবার বিস্তারিত
# unreviewed
catalogue-toc-heading = এই পাতায়
# unreviewed
catalogue-sec-what = এটা কী
# unreviewed
catalogue-sec-who = কাদের জন্য
# unreviewed
catalogue-sec-how = কীভাবে করবেন
# unreviewed
catalogue-sec-need = কী লাগবে
# unreviewed
catalogue-sec-get = কী পাবেন
# unreviewed
catalogue-sec-time = সময় ও শেষ তারিখ
# unreviewed
catalogue-sec-cost = খরচ কত
# unreviewed
catalogue-sec-access = সেবাটি ব্যবহার করুন
# unreviewed
catalogue-sec-more = আরও তথ্য
# unreviewed
catalogue-sec-contacts = যোগাযোগ
# unreviewed
catalogue-sec-updated = সর্বশেষ হালনাগাদ
# unreviewed
catalogue-not-stated = এই তথ্য নেই: একটি তথ্যকেন্দ্রে জিজ্ঞেস করুন।
# unreviewed
catalogue-no-documents = বিশেষ কোনো কাগজপত্র লাগে না।
# unreviewed
catalogue-access-online = অনলাইনে
# unreviewed
catalogue-access-book = অ্যাপয়েন্টমেন্ট নিন
# unreviewed
catalogue-by-appointment = এই সেবা পেতে অ্যাপয়েন্টমেন্ট লাগে: অ্যাপয়েন্টমেন্ট নিতে নিচের যেকোনো একটি তথ্যকেন্দ্রে যোগাযোগ করুন।
# unreviewed
catalogue-access-where = কোথায়
# unreviewed
catalogue-access-ask = এই সেবা কোথায় চাইতে হবে জানতে নেটওয়ার্কের একটি তথ্যকেন্দ্রে যোগাযোগ করুন।
# unreviewed
catalogue-channels = কীভাবে ব্যবহার করবেন:
# unreviewed
# "allo sportello" here is the provider's office counter, not necessarily a desk of this network.
catalogue-channel-in-person = অফিসে গিয়ে
# unreviewed
catalogue-channel-phone = ফোনে
# unreviewed
catalogue-channel-online = অনলাইনে
# unreviewed
catalogue-channel-video = ভিডিও কলে
# unreviewed
catalogue-themes = বিষয়:
# unreviewed
catalogue-category = তালিকার বিভাগ:
# unreviewed
catalogue-provider-website = সংস্থার ওয়েবসাইট
# unreviewed
catalogue-contacts-desks = তথ্যের জন্য আপনি নেটওয়ার্কের একটি তথ্যকেন্দ্রে যোগাযোগ করতে পারেন।
# unreviewed
catalogue-phone = ফোন:
# unreviewed
catalogue-email = ই-মেইল:
# unreviewed
catalogue-desk-level-l1 = প্রাথমিক যোগাযোগের তথ্যকেন্দ্র
# unreviewed
catalogue-desk-level-l2 = বিশেষায়িত তথ্যকেন্দ্র
# unreviewed
catalogue-desk-level-hub = বিষয়ভিত্তিক কেন্দ্র
# unreviewed
catalogue-cost-free = বিনামূল্যে
# unreviewed
catalogue-cost-euro = { $amount } ইউরো

## Editing services in the workspace.

# unreviewed
ws-services-title = সেবা
# unreviewed
ws-services-intro = যেসব সেবা আপনি সম্পাদনা করতে পারেন: আপনার তথ্যকেন্দ্রগুলোতে দেওয়া সেবা এবং আপনার সংস্থাগুলোর সেবা।
# unreviewed
ws-services-empty = আপনার কোনো ভূমিকার মধ্যে কোনো সেবা পড়ে না।

# unreviewed
service-edit-title = সেবা সম্পাদনা
# unreviewed
service-edit-back = সেবায় ফিরে যান
# unreviewed
service-edit-link = সেবার তথ্য সম্পাদনা করুন
# unreviewed
service-edit-name = সেবার নাম
# unreviewed
service-edit-eligibility = কারা আবেদন করতে পারেন
# unreviewed
service-edit-application = কীভাবে আবেদন করবেন
# unreviewed
service-edit-outcome = কী পাবেন
# unreviewed
service-edit-wait-time = কত সময় লাগে
# unreviewed
service-edit-fees = খরচ
# unreviewed
service-edit-documents = যে কাগজপত্র আনতে হবে
# unreviewed
service-edit-documents-hint = প্রতি লাইনে একটি কাগজ।
# unreviewed
service-edit-url = সেবার ওয়েব ঠিকানা
# unreviewed
service-edit-channels = সেবাটি কীভাবে ব্যবহার করা যায়
# unreviewed
service-edit-login-hint = শুধু অনলাইন সেবার জন্য।
# unreviewed
service-edit-plain-note = সহজ কথায় নোট
# unreviewed
service-edit-plain-note-hint = যারা দ্বিতীয় ভাষা হিসেবে ইতালীয় পড়েন তাদের জন্য: ছোট বাক্য, সাধারণ শব্দ।

# unreviewed
service-edit-error-name = সেবার নাম লিখুন (সর্বোচ্চ ২০০ অক্ষর)।
# unreviewed
service-edit-error-organisation-only = এই ঘরটি শুধু সেবা প্রদানকারী প্রতিষ্ঠানের সম্পাদকেরা বদলাতে পারেন।
# unreviewed
service-edit-error-channels = সেবাটি ব্যবহারের অন্তত একটি উপায় বেছে নিন।
# unreviewed
service-edit-error-login = SPID, CIE বা CNS দিয়ে লগ ইন শুধু অনলাইন সেবার জন্য, আর «ডিজিটাল পরিচয় লাগে না» বেছে নিলে অন্যগুলো বেছে নেওয়া যায় না।
# unreviewed
service-edit-error-documents = সর্বোচ্চ ৩০টি কাগজ, প্রতিটি সর্বোচ্চ ৩০০ অক্ষরের।

# unreviewed
edit-field-eligibility_description = কারা আবেদন করতে পারেন
# unreviewed
edit-field-application_process = কীভাবে আবেদন করবেন
# unreviewed
edit-field-outcome = কী পাবেন
# unreviewed
edit-field-wait_time = কত সময় লাগে
# unreviewed
edit-field-fees_description = খরচ
# unreviewed
edit-field-url = ওয়েব ঠিকানা
# unreviewed
edit-field-plain_note = সহজ কথায় নোট
# unreviewed
edit-field-login = অনলাইন লগ ইন
# unreviewed
edit-field-required_documents = কাগজপত্র
