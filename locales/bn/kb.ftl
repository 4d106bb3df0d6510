### Knowledge base: procedure sheets, FAQ, guides and news of the thematic hubs.

# unreviewed
workspace-nav-kb = তথ্যপত্র

## Kinds, states and sections

# unreviewed
kb-kind-sheet = প্রক্রিয়ার তথ্যপত্র
# unreviewed
kb-kind-faq = সাধারণ প্রশ্ন
# unreviewed
kb-kind-guide = নির্দেশিকা
# unreviewed
kb-kind-news = খবর
# unreviewed
kb-status-draft = খসড়া
# unreviewed
kb-status-in_review = পর্যালোচনায় আছে
# unreviewed
kb-status-published = প্রকাশিত
# unreviewed
kb-status-archived = আর্কাইভ করা
# unreviewed
kb-section-what = এটা কী
# unreviewed
kb-section-who = কাদের জন্য
# unreviewed
kb-section-how = কী করতে হবে
# unreviewed
kb-section-needs = কী লাগবে
# unreviewed
kb-section-outcome = আপনি কী পাবেন
# unreviewed
kb-section-time = সময় ও শেষ তারিখ
# unreviewed
kb-section-cost = খরচ কত
# unreviewed
kb-section-where = কোথায় যাবেন
# unreviewed
kb-section-legal_basis = আইনি সূত্র
# unreviewed
kb-section-more = আরও তথ্য
# unreviewed
kb-section-contacts = যোগাযোগ
# unreviewed
kb-section-last_update = সর্বশেষ হালনাগাদ
# unreviewed
kb-prereq-codice-fiscale = Codice fiscale (ট্যাক্স কোড)
# unreviewed
kb-prereq-tessera-sanitaria = Tessera sanitaria (স্বাস্থ্য কার্ড)
# unreviewed
kb-prereq-spid-cie = SPID বা CIE
# unreviewed
kb-prereq-residenza = নিবন্ধিত বাসস্থান (residenza)
# unreviewed
kb-prereq-pec = PEC (সার্টিফায়েড ইমেইল)

## Public pages

# unreviewed
kb-theme-empty = এই বিষয়ে এখনো কোনো তথ্যপত্র নেই।
# unreviewed
kb-theme-desks = এই বিষয় নিয়ে কাজ করে এমন একটি তথ্যকেন্দ্র খুঁজুন
# unreviewed
kb-texts-in-italian = তথ্যপত্রগুলো ইতালীয় ভাষায় লেখা।
# unreviewed
kb-legal-review = আইন বদলানোর পর এই তথ্যপত্র হালনাগাদ করা হচ্ছে।
# unreviewed
kb-legal-review-short = যাচাই বাকি: আইন বদলেছে
# unreviewed
kb-owner = প্রস্তুত করেছে
# unreviewed
kb-prerequisites = প্রথমে আপনার লাগবে
# unreviewed
kb-steps = ধাপগুলো
# unreviewed
kb-step-who = কে
# unreviewed
kb-step-where = কোথায়
# unreviewed
kb-step-bring = কী নিয়ে যাবেন
# unreviewed
kb-step-cost = খরচ
# unreviewed
kb-step-time = সময়
# unreviewed
kb-variant-yours = আপনার এলাকায়:
# unreviewed
kb-variants-other = অন্য এলাকায় কীভাবে হয়
# unreviewed
kb-area-hint = কিছু এলাকায় ধাপগুলো আলাদা।
# unreviewed
kb-area-choose = আপনার এলাকায় কীভাবে হয় দেখতে আপনার তথ্যকেন্দ্রটি বেছে নিন।
# unreviewed
kb-desks = যেসব তথ্যকেন্দ্র আপনাকে সাহায্য করতে পারে
# unreviewed
kb-review-by = পরের যাচাইয়ের শেষ তারিখ
# unreviewed
kb-withdrawn-title = তথ্যপত্র প্রত্যাহার করা হয়েছে
# unreviewed
kb-withdrawn-text = এই তথ্যপত্র আর বৈধ নয় এবং প্রত্যাহার করা হয়েছে:
# unreviewed
kb-withdrawn-replaced = এর বদলে দেখুন:
# unreviewed
kb-withdrawn-ask = হালনাগাদ তথ্যের জন্য একটি তথ্যকেন্দ্রে জিজ্ঞেস করুন

## Workspace

# unreviewed
kb-ws-title = তথ্যপত্র
# unreviewed
kb-ws-new-title = নতুন তথ্যপত্র
# unreviewed
kb-ws-editor-title = তথ্যপত্র সম্পাদনা
# unreviewed
kb-ws-history-title = তথ্যপত্রের সংস্করণ
# unreviewed
kb-ws-new-sheet = নতুন তথ্যপত্র
# unreviewed
kb-ws-new-faq = নতুন সাধারণ প্রশ্ন
# unreviewed
kb-ws-empty = এমন কোনো তথ্যপত্র নেই যা আপনি লিখতে বা পর্যালোচনা করতে পারেন।
# unreviewed
kb-ws-back = তথ্যপত্রের তালিকায় ফিরে যান
# unreviewed
kb-ws-back-editor = তথ্যপত্রে ফিরে যান
# unreviewed
kb-ws-create = খসড়া তৈরি করুন
# unreviewed
kb-ws-save = নতুন সংস্করণ সংরক্ষণ করুন
# unreviewed
kb-ws-edit-heading = লেখা
# unreviewed
kb-ws-history-link = সংস্করণ ও পার্থক্য
# unreviewed
kb-ws-version = সংস্করণ { $n }
# unreviewed
kb-ws-published-version = প্রকাশিত: সংস্করণ { $n }
# unreviewed
kb-ws-moved = হয়ে গেছে। তথ্যপত্রটি এখন:
# unreviewed
kb-field-title = শিরোনাম
# unreviewed
kb-field-summary = সংক্ষেপে
# unreviewed
kb-field-tags = মূল শব্দ (কমা দিয়ে আলাদা করুন)
# unreviewed
kb-field-kind = ধরন
# unreviewed
kb-field-theme = বিষয়
# unreviewed
kb-field-hub = দায়িত্বপ্রাপ্ত বিষয়ভিত্তিক কেন্দ্র
# unreviewed
kb-field-status = অবস্থা
# unreviewed
kb-field-slug = পাতার ঠিকানা
# unreviewed
kb-field-slug-hint = ইংরেজি ছোট হাতের অক্ষর, সংখ্যা ও হাইফেন, যেমন rinnovo-permesso।
# unreviewed
kb-field-online-url = অনলাইন সেবা (http বা https ঠিকানা)
# unreviewed
kb-field-body = লেখা (Markdown)
# unreviewed
kb-steps-hint = প্রক্রিয়ার প্রতিটি ধাপের জন্য একটি সারি পূরণ করুন। খালি ধাপ সংরক্ষণ হয় না।
# unreviewed
kb-step-n = ধাপ { $n }
# unreviewed
kb-variant-n = স্থানীয় রূপ { $n }
# unreviewed
kb-variant-area = এলাকা
# unreviewed
kb-variant-area-hint = স্থানীয় রূপের এলাকা: প্রদেশের (provincia) সংক্ষিপ্ত কোড (যেমন BO) অথবা desk: এবং তার পরে একটি তথ্যকেন্দ্রের ঠিকানা (যেমন desk:hub-salute)।
# unreviewed
kb-variant-label = যে নাম দেখানো হবে (যেমন Questura di Bologna)
# unreviewed
kb-minor = ছোট সংশোধন (টাইপের ভুল): অনুবাদগুলো বৈধ থাকে
# unreviewed
kb-minor-short = ছোট
# unreviewed
kb-part-title = শিরোনাম
# unreviewed
kb-part-summary = সংক্ষেপে
# unreviewed
kb-part-who = কে
# unreviewed
kb-part-where = কোথায়
# unreviewed
kb-part-bring = কী নিয়ে যাবেন
# unreviewed
kb-part-cost = খরচ
# unreviewed
kb-part-time = সময়
# unreviewed
kb-part-text = লেখা
# unreviewed
kb-part-label = স্থানীয় রূপের নাম
# unreviewed
kb-part-online_url = অনলাইন সেবা
# unreviewed
kb-part-body = লেখা
# unreviewed
kb-part-step = ধাপ { $n }: { $field }
# unreviewed
kb-workflow = পর্যালোচনা ও প্রকাশ
# unreviewed
kb-four-eyes-on = এই বিষয়ভিত্তিক কেন্দ্রে যিনি একটি সংস্করণ লিখেছেন, তিনি ছাড়া অন্য কেউ সেটি প্রকাশ করেন।
# unreviewed
kb-comment = মন্তব্য
# unreviewed
kb-comment-add = মন্তব্য যোগ করুন
# unreviewed
kb-comments = পর্যালোচনার মন্তব্য
# unreviewed
kb-comments-empty = এখনো কোনো মন্তব্য নেই।
# unreviewed
kb-publish-at = প্রকাশের তারিখ (ঐচ্ছিক)
# unreviewed
kb-publish-at-hint = রোমের সময়। এখনই প্রকাশ করতে খালি রাখুন।
# unreviewed
kb-action-submit = পর্যালোচনার জন্য পাঠান
# unreviewed
kb-action-return = লেখকের কাছে ফেরত পাঠান
# unreviewed
kb-action-publish = অনুমোদন করে প্রকাশ করুন
# unreviewed
kb-action-archive = আর্কাইভ করুন
# unreviewed
kb-action-reopen = খসড়া হিসেবে আবার খুলুন
# unreviewed
kb-conflict-title = আপনি লেখার সময় কেউ সংস্করণ { $n } সংরক্ষণ করেছে
# unreviewed
kb-conflict-text = নিচে { $editor }-এর লেখা আছে; আপনার লেখা ফর্মেই আছে। আবার সংরক্ষণ করলে আপনার লেখা পরের সংস্করণ হবে।
# unreviewed
kb-diff-from = এই সংস্করণ থেকে
# unreviewed
kb-diff-to = এই সংস্করণ পর্যন্ত
# unreviewed
kb-diff-compare = তুলনা করুন
# unreviewed
kb-diff-heading = সংস্করণ { $from } থেকে সংস্করণ { $to } পর্যন্ত পার্থক্য
# unreviewed
kb-diff-none = লেখায় কোনো পার্থক্য নেই।
# unreviewed
kb-diff-legend = বাদ দেওয়া লেখা কেটে দেওয়া, যোগ করা লেখার নিচে দাগ দেওয়া।
# unreviewed
kb-versions = সব সংস্করণ
# unreviewed
kb-version = সংস্করণ
# unreviewed
kb-editor-system = প্রাথমিক আপলোড

## Refusals and form errors

# unreviewed
kb-refused-not-reviewer = শুধু যাঁরা এই বিষয়ভিত্তিক কেন্দ্রের তথ্যপত্র পর্যালোচনা করেন, তাঁরাই এটা করতে পারেন।
# unreviewed
kb-refused-transition = তথ্যপত্রের বর্তমান অবস্থা থেকে এই পরিবর্তন সম্ভব নয়।
# unreviewed
kb-refused-stale = এর মধ্যে তথ্যপত্রটি বদলে গেছে। নতুন সংস্করণটি দেখে আবার চেষ্টা করুন।
# unreviewed
kb-refused-comment-needed = কী বদলাতে হবে তা বুঝিয়ে একটি মন্তব্য লিখুন।
# unreviewed
kb-refused-four-eyes = আপনি নিজে লেখা সংস্করণ প্রকাশ করতে পারবেন না: অন্য একজনকে এটি অনুমোদন করতে হবে।
# unreviewed
kb-refused-schedule-past = প্রকাশের তারিখ ভবিষ্যতের হতে হবে।
# unreviewed
kb-refused-schedule-invalid = প্রকাশের তারিখটি সঠিক নয়।
# unreviewed
kb-error-kind = তথ্যপত্রের ধরন বেছে নিন।
# unreviewed
kb-error-theme = একটি বিষয় বেছে নিন।
# unreviewed
kb-error-hub = এমন একটি বিষয়ভিত্তিক কেন্দ্র বেছে নিন যার জন্য আপনি লিখতে পারেন।
# unreviewed
kb-error-slug = ঠিকানায় শুধু ইংরেজি ছোট হাতের অক্ষর, সংখ্যা ও হাইফেন থাকতে পারে।
# unreviewed
kb-error-slug-taken = এই বিষয়ে এই ঠিকানার একটি তথ্যপত্র আগে থেকেই আছে।
# unreviewed
kb-error-title-missing = শিরোনাম লিখুন।
# unreviewed
kb-error-too-long = লেখাটি খুব বড়।
# unreviewed
kb-error-url = অনলাইন সেবাটি একটি http বা https ঠিকানা হতে হবে।
# unreviewed
kb-error-prerequisite = একটি শর্ত নির্ধারিত তালিকায় নেই।
# unreviewed
kb-error-too-many-steps = ধাপ বা স্থানীয় রূপ অনেক বেশি।
# unreviewed
kb-error-step-title = প্রতিটি ধাপের একটি শিরোনাম লাগবে।
# unreviewed
kb-error-variant = প্রতিটি স্থানীয় রূপের একটি নাম ও একটি লেখা লাগবে।
# unreviewed
kb-error-variant-area = স্থানীয় রূপের এলাকা হলো প্রদেশের সংক্ষিপ্ত কোড (BO) অথবা desk: এবং একটি তথ্যকেন্দ্রের ঠিকানা।
# unreviewed
kb-error-norm = আইনি সূত্রগুলোর একটি রেজিস্টারে নেই।

## Writing aids

# unreviewed
kb-aids = লেখার সহায়িকা
# unreviewed
kb-aids-unsaved = আপনি যেভাবে লিখেছেন সেভাবেই লেখাটি যাচাই করা হচ্ছে: এটি এখনো সংরক্ষণ করা হয়নি।
# unreviewed
kb-aids-gulpease = Gulpease সূচক { $score }: { $level }
# unreviewed
kb-aids-level-elementary = প্রাথমিক বিদ্যালয়ের সনদ আছে এমন মানুষের জন্য সহজ
# unreviewed
kb-aids-level-middle = নিম্ন মাধ্যমিক বিদ্যালয়ের সনদ আছে এমন মানুষের জন্য সহজ
# unreviewed
kb-aids-level-high-school = উচ্চ মাধ্যমিক ডিপ্লোমা আছে এমন মানুষের জন্য সহজ
# unreviewed
kb-aids-level-hard = উচ্চ মাধ্যমিক ডিপ্লোমা আছে এমন মানুষের জন্যও কঠিন
# unreviewed
kb-aids-nothing = মাপার মতো কোনো লেখা এখনো নেই।
# unreviewed
kb-aids-needs-override = এই তথ্যপত্র প্রকাশ করতে হলে যিনি এটি পর্যালোচনা করেন তাঁকে লিখতে হবে কেন এটি এভাবেই প্রকাশ করা উচিত: পাঠযোগ্যতা ৫০-এর নিচে, অথবা Carta di Roma অনুযায়ী এড়িয়ে চলা উচিত এমন একটি শব্দ আছে।
# unreviewed
kb-aids-long = দীর্ঘ বাক্য
# unreviewed
kb-aids-words = { $count ->
    [one] { $count }টি শব্দ
   *[other] { $count }টি শব্দ
}
# unreviewed
kb-aids-words-heading = যে শব্দগুলো বদলাতে হবে
# unreviewed
kb-aids-carta = Carta di Roma
# unreviewed
kb-aids-check = লেখাটি যাচাই করুন
# unreviewed
kb-override-reason = তবুও কেন প্রকাশ করবেন (বাধ্যতামূলক)
# unreviewed
kb-refused-needs-override = লেখার সহায়িকা এই তথ্যপত্রটি চিহ্নিত করেছে: এটি প্রকাশ করতে লিখুন কেন এটি এভাবেই প্রকাশ করা উচিত।
# unreviewed
kb-refused-override-too-long = কারণটি খুব বড়।

## The register of norms

# unreviewed
workspace-nav-norms = আইনি সূত্র
# unreviewed
kb-norms-title = আইনের রেজিস্টার
# unreviewed
kb-norms-intro = তথ্যপত্রগুলোতে যেসব আইনের উল্লেখ আছে। কোনো আইন বদলালে পরিবর্তনটি জানান: যেসব তথ্যপত্রে সেটির উল্লেখ আছে সেগুলো «যাচাই বাকি: আইন বদলেছে» হয়ে যায় এবং দায়িত্বপ্রাপ্ত বিষয়ভিত্তিক কেন্দ্রগুলো একটি ই-মেইল পায়।
# unreviewed
kb-norms-norm = আইন
# unreviewed
kb-norms-articles = যেসব তথ্যপত্রে এটির উল্লেখ আছে
# unreviewed
kb-norms-changed = সর্বশেষ জানানো পরিবর্তন
# unreviewed
kb-norms-mark = বদলেছে বলে জানান
# unreviewed
kb-norms-cited = { $count ->
    [one] { $count }টি তথ্যপত্র
   *[other] { $count }টি তথ্যপত্র
}
# unreviewed
kb-norms-flagged = { $count ->
    [one] হয়ে গেছে: এখন { $count }টি তথ্যপত্র যাচাই করতে হবে।
   *[other] হয়ে গেছে: এখন { $count }টি তথ্যপত্র যাচাই করতে হবে।
}
# unreviewed
kb-norms-add = একটি আইন যোগ বা সংশোধন করুন
# unreviewed
kb-norms-url = সরকারি ঠিকানা (যেমন Normattiva)
# unreviewed
kb-norms-save = আইনটি সংরক্ষণ করুন
# unreviewed
kb-norm-mail-subject = আইন বদলেছে: { $norm }
# unreviewed
kb-norm-mail-body = জানানো হয়েছে যে { $norm } বদলেছে। আপনাদের বিষয়ভিত্তিক কেন্দ্রের এই তথ্যপত্রগুলোতে এটির উল্লেখ আছে এবং এগুলো এখন «যাচাই বাকি: আইন বদলেছে» অবস্থায় আছে; যাচাইয়ের পরে আপনারা আবার প্রকাশ না করা পর্যন্ত পোর্টালে এগুলোতে একটি সতর্কবার্তা দেখানো হবে:

    { $articles }
# unreviewed
kb-ws-legal-pending = { $count ->
    [one] আইন বদলের পরে { $count }টি তথ্যপত্র যাচাই করা বাকি।
   *[other] আইন বদলের পরে { $count }টি তথ্যপত্র যাচাই করা বাকি।
}

## Translations of articles

# unreviewed
kb-tr-notice-missing = এই তথ্যপত্রটি এখনো আপনার ভাষায় অনুবাদ করা হয়নি: নিচে ইতালীয় লেখাটি পাবেন।
# unreviewed
kb-tr-notice-outdated = এই অনুবাদের পরে ইতালীয় লেখাটি বদলে গেছে: কিছু তথ্য হয়তো আর হালনাগাদ নয়।
# unreviewed
kb-tr-notice-machine = স্বয়ংক্রিয়ভাবে অনুবাদ করা হয়েছে, এখনো কোনো ব্যক্তি যাচাই করেননি।
# unreviewed
kb-tr-notice-current = মূল ইতালীয় লেখার সঙ্গে মিলিয়ে যাচাই করা অনুবাদ।
# unreviewed
kb-tr-original = মূল লেখাটি ইতালীয় ভাষায় পড়ুন
# unreviewed
kb-tr-status-missing = অনুবাদ বাকি
# unreviewed
kb-tr-status-outdated = হালনাগাদ বাকি
# unreviewed
kb-tr-status-machine = মেশিন অনুবাদ, যাচাই বাকি
# unreviewed
kb-tr-status-current = হালনাগাদ
# unreviewed
kb-tr-queue-title = অনুবাদের অপেক্ষায় তথ্যপত্র
# unreviewed
kb-tr-title = তথ্যপত্রের অনুবাদ
# unreviewed
kb-tr-back = অনুবাদের অপেক্ষায় থাকা তথ্যপত্রের তালিকায় ফিরে যান
# unreviewed
kb-tr-diff = আপনার অনুবাদের পর ইতালীয় লেখায় কী বদলেছে
# unreviewed
kb-tr-source = ইতালীয় লেখা
# unreviewed
kb-tr-yours = আপনার অনুবাদ
# unreviewed
kb-tr-save = অনুবাদ সংরক্ষণ করুন
# unreviewed
kb-tr-stale = এর মধ্যে ইতালীয় লেখাটি আবার প্রকাশ করা হয়েছে। পার্থক্যগুলো দেখে আবার সংরক্ষণ করুন।
# unreviewed
workspace-nav-kb-translations = অনুবাদের অপেক্ষায় তথ্যপত্র

## Exchange with translation agencies (XLIFF 2.0)

# unreviewed
kb-xliff-title = অনুবাদ সংস্থার সঙ্গে আদান-প্রদান (XLIFF 2.0)
# unreviewed
kb-xliff-intro = অনুবাদের জন্য ইতালীয় লেখাসহ একটি XLIFF 2.0 ফাইল ডাউনলোড করুন, এবং সংস্থা সেটি ফেরত পাঠালে এখানে ইমপোর্ট করুন। ফাইলে কোনো ত্রুটি থাকলে কিছুই ইমপোর্ট করা হয় না।
# unreviewed
kb-xliff-download-todo = যেসব তথ্যপত্র অনুবাদ বা হালনাগাদ করতে হবে সেগুলো ডাউনলোড করুন
# unreviewed
kb-xliff-download-all = প্রকাশিত সব তথ্যপত্র ডাউনলোড করুন
# unreviewed
kb-xliff-file = সংস্থার XLIFF ফাইল
# unreviewed
kb-xliff-import = অনুবাদগুলো ইমপোর্ট করুন
# unreviewed
kb-xliff-imported = { $count ->
    [one] { $count }টি অনুবাদ ইমপোর্ট করা হয়েছে।
   *[other] { $count }টি অনুবাদ ইমপোর্ট করা হয়েছে।
}
# unreviewed
kb-xliff-refused = কিছুই ইমপোর্ট করা হয়নি। ফাইলটি ঠিক করে আবার চেষ্টা করুন:
# unreviewed
kb-xliff-problem = লাইন { $line }: { $reason }
# unreviewed
kb-xliff-no-file = ইমপোর্ট করার জন্য একটি XLIFF ফাইল বেছে নিন।
# unreviewed
kb-xliff-too-large = ফাইলটি { $max } MB-এর চেয়ে বড়।
# unreviewed
kb-xliff-encoding = ফাইলটি UTF-8 লেখা নয়।
# unreviewed
kb-xliff-error-malformed = XML সঠিকভাবে লেখা হয়নি
# unreviewed
kb-xliff-error-not-xliff = এটি XLIFF 2.0 ফাইল নয়
# unreviewed
kb-xliff-error-doctype = DOCTYPE ঘোষণা গ্রহণযোগ্য নয়
# unreviewed
kb-xliff-error-entity = &{ $name }; এনটিটিটি অজানা
# unreviewed
kb-xliff-error-missing-attribute = { $name } অ্যাট্রিবিউটটি নেই
# unreviewed
kb-xliff-error-unexpected = <{ $name }> উপাদানটি এখানে প্রত্যাশিত নয়
# unreviewed
kb-xliff-error-inline-code = ইনলাইন কোড <{ $name }> সমর্থিত নয়
# unreviewed
kb-xliff-error-duplicate-unit = { $name } ইউনিটটি দুবার আছে
# unreviewed
kb-xliff-error-bad-version = { $name } সংস্করণটি কোনো সংখ্যা নয়
# unreviewed
kb-xliff-error-language = ফাইলের ভাষাগুলো ({ $name }) ইতালীয় থেকে এই ভাষায় নয়
# unreviewed
kb-xliff-error-unknown-article = { $name } তথ্যপত্রটি নেই বা আর প্রকাশিত নয়
# unreviewed
kb-xliff-error-stale = এক্সপোর্টের পরে { $name }-এর ইতালীয় লেখা বদলে গেছে: ফাইলটি আবার ডাউনলোড করুন
# unreviewed
kb-xliff-error-unknown-unit = { $name } ইউনিটটি এই তথ্যপত্রের অংশ নয়
# unreviewed
kb-xliff-error-untranslated = { $name } ইউনিটটির অনুবাদ হয়নি
# unreviewed
kb-xliff-error-invalid = { $name } ঘরটি বৈধ নয়

## Sheets due for review

# unreviewed
workspace-nav-kb-review = পর্যালোচনার জন্য তথ্যপত্র
# unreviewed
kb-review-title = পর্যালোচনার জন্য তথ্যপত্র
# unreviewed
kb-review-intro = আপনার বিষয়ভিত্তিক কেন্দ্রগুলোর প্রকাশিত তথ্যপত্র, যেগুলোর পর্যালোচনার তারিখ পেরিয়ে গেছে বা ৩০ দিনের মধ্যে আসছে।
# unreviewed
kb-review-due = পর্যালোচনার শেষ তারিখ
# unreviewed
kb-review-overdue = সময় পেরিয়ে গেছে
# unreviewed
kb-review-soon = শেষ তারিখ কাছে
# unreviewed
kb-review-none = পর্যালোচনার জন্য কোনো তথ্যপত্র নেই।
# unreviewed
kb-review-mark = আমি নিশ্চিত করছি যে এটি এখনও সঠিক
# unreviewed
kb-review-marked = তথ্যপত্র নিশ্চিত করা হয়েছে: পরের পর্যালোচনা { $date }-এর মধ্যে।

## Readers' ratings

# unreviewed
kb-rating-legend = এই পাতাটি কি পরিষ্কার ছিল?
# unreviewed
kb-rating-1 = একদম পরিষ্কার নয়
# unreviewed
kb-rating-2 = খুব একটা পরিষ্কার নয়
# unreviewed
kb-rating-3 = মোটামুটি পরিষ্কার
# unreviewed
kb-rating-4 = পরিষ্কার
# unreviewed
kb-rating-5 = খুব পরিষ্কার
# unreviewed
kb-rating-comment = কী বাদ পড়েছিল বা কী বুঝতে কঠিন ছিল? (ঐচ্ছিক: ব্যক্তিগত তথ্য লিখবেন না)
# unreviewed
kb-rating-send = পাঠান
# unreviewed
kb-rating-thanks = ধন্যবাদ: আপনার উত্তর আমাদের এই পাতাটি আরও ভালো করতে সাহায্য করে।
# unreviewed
kb-rating-invalid = ১ থেকে ৫ পর্যন্ত একটি উত্তর বেছে নিন।
# unreviewed
kb-rating-too-long = মন্তব্যটি খুব দীর্ঘ (সর্বোচ্চ { $max } অক্ষর)।
# unreviewed
kb-rating-limited = আপনার সংযোগ থেকে অনেক বেশি উত্তর এসেছে: পরে আবার চেষ্টা করুন।
# unreviewed
kb-ratings-title = পাঠকদের উত্তর
# unreviewed
kb-ratings-summary = { $count ->
    [one] { $count }টি উত্তর, গড় ৫-এর মধ্যে { $average }
   *[other] { $count }টি উত্তর, গড় ৫-এর মধ্যে { $average }
}
# unreviewed
kb-ratings-none = এখনও কোনো পাঠক উত্তর দেননি।
# unreviewed
kb-ratings-comments = সাম্প্রতিক মন্তব্য
# unreviewed
kb-leaflet-link = ছাপার জন্য লিফলেট (PDF, A4)
# unreviewed
kb-leaflet-scan = হালনাগাদ পাতার জন্য কোডটি স্ক্যান করুন
# unreviewed
kb-replaced-by = যা দিয়ে প্রতিস্থাপিত (ঐচ্ছিক)
# unreviewed
kb-replaced-by-hint = যে প্রকাশিত শিটটি এর জায়গা নেয় তার ঠিকানা, যেমন /it/salute/iscrizione-ssn। প্রত্যাহৃত পাতা ও ছাপা লিফলেটের QR কোড সেখানে নিয়ে যাবে।
# unreviewed
kb-refused-replacement = এই ঠিকানাটি কোনো প্রকাশিত শিট নয়: যাচাই করে আবার চেষ্টা করুন, অথবা ঘরটি খালি রাখুন।
# unreviewed
kb-glossary = শব্দকোষের পরিভাষা
# unreviewed
kb-glossary-hint = এই লেখায় ব্যবহৃত আইনি পরিভাষা: সবসময় এভাবেই লিখুন, এবং প্রথমবার পাঠককে বুঝিয়ে দিন এগুলো কী।
# unreviewed
kb-glossary-count = লেখায় কতবার: { $count }
# unreviewed
kb-glossary-translator = এই ভাষার শব্দকোষ
# unreviewed
kb-glossary-translator-hint = ইতালীয় লেখার আইনি পরিভাষা ও সম্মত অনুবাদ: এটি ব্যবহার করুন, যাতে পাঠক অফিসে ও ফর্মে একই শব্দ পান।
# unreviewed
kb-glossary-unreviewed = অনুবাদ এখনও যাচাই হয়নি
# unreviewed
kb-glossary-none = কোনো সম্মত অনুবাদ নেই
# unreviewed
kb-mt = যন্ত্র অনুবাদ
# unreviewed
kb-mt-hint = যন্ত্র অনুবাদ সেবার কাছে একটি খসড়া চান: আপনি পর্যালোচনা করে সংরক্ষণ না করা পর্যন্ত এটি «যন্ত্রে অনূদিত, এখনও যাচাই হয়নি» নোটিশসহ প্রকাশিত থাকবে।
# unreviewed
kb-mt-action = যন্ত্র-খসড়া তৈরি করুন
# unreviewed
kb-mt-done = যন্ত্র-খসড়া সংরক্ষিত: পড়ে সংরক্ষণ করুন, নোটিশ সরে যাবে।
# unreviewed
kb-mt-refused-readability = ভালো যন্ত্র অনুবাদের জন্য ইতালীয় লেখাটি খুব কঠিন (Gulpease সূচক ৫০-এর নিচে): হাবকে সহজ করতে বলুন, বা হাতে অনুবাদ করুন।
# unreviewed
kb-mt-refused-human = এই ভাষায় একজন মানুষের করা অনুবাদ আছে: তা মুছে লেখা হবে না। ইতালীয় লেখার পরিবর্তন দেখে হাতে হালনাগাদ করুন।
# unreviewed
kb-mt-unavailable = যন্ত্র অনুবাদ সেবা সাড়া দিচ্ছে না: কিছুই সংরক্ষিত হয়নি। পরে আবার চেষ্টা করুন বা হাতে অনুবাদ করুন।
# unreviewed
workspace-nav-kb-links = ঠিক করার লিংক
# unreviewed
kb-links-title = ঠিক করার লিংক
# unreviewed
kb-links-intro = প্রতি রাতে লিংক পরীক্ষক প্রকাশিত তথ্যপত্র ও আইনি সূত্রের বাইরের ঠিকানাগুলো দেখে, ধীরে এবং কখনো ভেতরের ঠিকানায় নয়। এখানে আপনার তথ্যপত্রের যেগুলো কাজ করে না সেগুলো আছে।
# unreviewed
kb-links-none = আপনার তথ্যপত্রে ঠিক করার মতো কোনো লিংক নেই।
# unreviewed
kb-links-broken = সাইটটি একটি ত্রুটি দিয়ে উত্তর দেয় ({ $status })
# unreviewed
kb-links-refused = পরীক্ষা করা হয়নি: এটি সর্বজনীন ওয়েব ঠিকানা নয়
# unreviewed
kb-links-unreachable = সাইটটি সাড়া দেয় না

# unreviewed
workspace-nav-kb-materials = উপকরণ
# unreviewed
kb-materials-title = তথ্য উপকরণ
# unreviewed
kb-materials-intro = নেটওয়ার্কের বিষয়ভিত্তিক কেন্দ্রগুলির তৈরি লিফলেট, ছবি, অডিও রেকর্ডিং ও ভিডিও, নানা ভাষায়।
# unreviewed
kb-materials-filter = উপকরণ ছাঁকুন
# unreviewed
kb-materials-format = ধরন
# unreviewed
kb-materials-any-format = যেকোনো ধরন
# unreviewed
kb-materials-submit = দেখান
# unreviewed
kb-materials-found = উপকরণ
# unreviewed
kb-materials-none = এই ছাঁকনিতে কোনো উপকরণ নেই।
# unreviewed
kb-materials-pages = উপকরণের পাতা
# unreviewed
kb-materials-previous = আগের পাতা
# unreviewed
kb-materials-next = পরের পাতা
# unreviewed
kb-materials-of-article = ডাউনলোডের উপকরণ
# unreviewed
kb-material-format-pdf = PDF
# unreviewed
kb-material-format-image = ছবি
# unreviewed
kb-material-format-audio = অডিও
# unreviewed
kb-material-format-video = ভিডিও
# unreviewed
kb-material-size-kb = { $size } kB
# unreviewed
kb-material-size-mb = { $size } MB
# unreviewed
kb-materials-ws-title = কেন্দ্রগুলির উপকরণ
# unreviewed
kb-materials-ws-intro = এখানে যা যোগ করবেন তা সঙ্গে সঙ্গে সবার জন্য প্রকাশিত হবে, উপকরণ ভান্ডারে এবং কোনো কার্ড বেছে নিলে তার পাতায়।
# unreviewed
kb-material-field-title = শিরোনাম
# unreviewed
kb-material-field-description = বিবরণ (ঐচ্ছিক)
# unreviewed
kb-material-field-language = উপকরণের ভাষা
# unreviewed
kb-material-field-article = কার্ডে দেখান (ঐচ্ছিক)
# unreviewed
kb-material-no-article = শুধু ভান্ডারে
# unreviewed
kb-material-what = একটি ফাইল বা একটি ভিডিও
# unreviewed
kb-material-field-file = ফাইল
# unreviewed
kb-material-file-hint = PDF, PNG, JPEG বা WebP ছবি, MP3, M4A বা Ogg অডিও।
# unreviewed
kb-material-limit = সর্বোচ্চ { $size } MB।
# unreviewed
kb-material-field-video = অথবা একটি ভিডিওর ঠিকানা (https://…)
# unreviewed
kb-material-save = উপকরণ যোগ করুন
# unreviewed
kb-material-add = একটি উপকরণ যোগ করুন
# unreviewed
kb-material-remove = সরান
# unreviewed
kb-material-added = উপকরণ যোগ হয়েছে: এখন এটি প্রকাশিত।
# unreviewed
kb-material-removed = উপকরণটি তার ফাইলসহ সরানো হয়েছে।
# unreviewed
kb-material-error-title = একটি শিরোনাম লিখুন (সর্বোচ্চ ২০০ অক্ষর)।
# unreviewed
kb-material-error-description = বিবরণটি খুব দীর্ঘ (সর্বোচ্চ ২০০০ অক্ষর)।
# unreviewed
kb-material-error-language = উপকরণের ভাষা বেছে নিন।
# unreviewed
kb-material-error-article = একই কেন্দ্রের একটি কার্ড বেছে নিন, অথবা কোনোটিই নয়।
# unreviewed
kb-material-error-file-or-video = একটি ফাইল বেছে নিন অথবা একটি ভিডিওর ঠিকানা লিখুন, দুটো একসঙ্গে নয়।
# unreviewed
kb-material-error-too-large = ফাইলটি খুব বড়: সংরক্ষণ করা হয়নি। ছোট করে আবার বেছে নিন।
# unreviewed
kb-material-error-type = এই ফাইলটি PDF, ছবি (PNG, JPEG, WebP) বা অডিও (MP3, M4A, Ogg) নয়: নাম যা-ই হোক, এর বিষয়বস্তু তা-ই বলে। সংরক্ষণ করা হয়নি।
# unreviewed
kb-material-error-video = ভিডিওর পূর্ণ ঠিকানা লিখুন, https:// দিয়ে শুরু করে।

# unreviewed
kb-tr-status-legal = কেন্দ্রের আইনি পর্যালোচনার অপেক্ষায়
# unreviewed
kb-tr-notice-legal = এই কার্ডে উল্লেখিত একটি আইন বদলেছে: কেন্দ্র লেখাটি যাচাই করছে, তারপর এই অনুবাদও হালনাগাদ হবে।

# unreviewed
kb-links-services = আপনার দেখাশোনা করা পরিষেবা কার্ড
