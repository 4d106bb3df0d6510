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
