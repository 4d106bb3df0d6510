# Search: the page, the box on every page, results and filters. Drafts by the development team: each marked unreviewed until a fluent reviewer checks it.

# unreviewed
search-title = 搜索
# unreviewed
search-intro = 在说明页、常见问题、指南、服务窗口和服务中搜索，使用您的语言和意大利语。
# unreviewed
search-label = 您在找什么？
# unreviewed
search-submit = 搜索
# unreviewed
search-box-label = 搜索本站
# unreviewed
search-box-placeholder = 搜索：居留许可、税号……
# unreviewed
search-kind-label = 类型
# unreviewed
search-kind-sheet = 说明页
# unreviewed
search-kind-faq = 常见问题
# unreviewed
search-kind-guide = 指南
# unreviewed
search-kind-news = 新闻
# unreviewed
search-kind-desk = 服务窗口
# unreviewed
search-kind-service = 服务
# unreviewed
search-kind-online-service = 在线服务
# unreviewed
search-kind-event = 活动
# unreviewed
search-comune-label = 市镇
# unreviewed
search-any-comune = 所有市镇
# unreviewed
search-open-now = 仅显示现在开放的窗口
# unreviewed
search-near-me = 我附近
# unreviewed
search-results-heading = 结果
# unreviewed
search-none = 没有结果。请换一些词，或去掉一些筛选条件。
# unreviewed
search-original = 意大利语：还没有您的语言版本。
# unreviewed
search-throttled = 此连接在短时间内搜索次数过多。请一分钟后再试。
# unreviewed
search-pages = 结果页
# unreviewed
search-previous = 上一页结果
# unreviewed
search-next = 下一页结果
# unreviewed
search-results = { $count } 个结果

# The editors' page of unanswered searches.
# unreviewed
workspace-nav-search-gaps = 没有答案的搜索
# unreviewed
search-gaps-title = 读者在找什么
# unreviewed
search-gaps-intro = 过去 90 天内至少被搜索三次、却几乎没有结果的问题（您的中心的主题以及无主题的问题），以及读者打开的结果。只有计数：不含搜索者的任何信息。
# unreviewed
search-gaps-intro-network = 过去 90 天内在整个网络中至少被搜索三次、却几乎没有结果的问题，以及读者打开的结果。只有计数：不含搜索者的任何信息。
# unreviewed
search-gaps-heading = 几乎没有结果的问题
# unreviewed
search-gaps-none = 目前没有未回答的问题。
# unreviewed
search-gaps-col-query = 问题
# unreviewed
search-gaps-col-lang = 语言
# unreviewed
search-gaps-col-asked = 搜索次数
# unreviewed
search-gaps-col-empty = 无结果
# unreviewed
search-gaps-col-few = 1–2 个结果
# unreviewed
search-gaps-suggest = 撰写答案
# unreviewed
search-gaps-any-theme = 无主题
# unreviewed
search-followed-heading = 从搜索打开的结果
# unreviewed
search-followed-none = 目前还没有打开的结果。
# unreviewed
search-followed-col-result = 结果
# unreviewed
search-followed-col-clicks = 打开次数
