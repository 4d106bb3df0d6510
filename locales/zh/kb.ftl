### Knowledge base: procedure sheets, FAQ, guides and news of the thematic hubs.

# unreviewed
workspace-nav-kb = 信息卡

## Kinds, states and sections

# unreviewed
kb-kind-sheet = 办事信息卡
# unreviewed
kb-kind-faq = 常见问题
# unreviewed
kb-kind-guide = 指南
# unreviewed
kb-kind-news = 新闻
# unreviewed
kb-status-draft = 草稿
# unreviewed
kb-status-in_review = 审核中
# unreviewed
kb-status-published = 已发布
# unreviewed
kb-status-archived = 已归档
# unreviewed
kb-section-what = 这是什么
# unreviewed
kb-section-who = 适用对象
# unreviewed
kb-section-how = 怎么办理
# unreviewed
kb-section-needs = 需要什么
# unreviewed
kb-section-outcome = 能得到什么
# unreviewed
kb-section-time = 时间和期限
# unreviewed
kb-section-cost = 费用多少
# unreviewed
kb-section-where = 去哪里办理
# unreviewed
kb-section-legal_basis = 法律依据
# unreviewed
kb-section-more = 更多信息
# unreviewed
kb-section-contacts = 联系方式
# unreviewed
kb-section-last_update = 最近更新
# unreviewed
kb-prereq-codice-fiscale = Codice fiscale（税号）
# unreviewed
kb-prereq-tessera-sanitaria = Tessera sanitaria（医疗卡）
# unreviewed
kb-prereq-spid-cie = SPID 或 CIE
# unreviewed
kb-prereq-residenza = 居住登记（residenza）
# unreviewed
kb-prereq-pec = PEC（认证电子邮箱）

## Public pages

# unreviewed
kb-theme-empty = 这个主题还没有信息卡。
# unreviewed
kb-theme-desks = 查找负责这个主题的服务窗口
# unreviewed
kb-texts-in-italian = 信息卡是用意大利语写的。
# unreviewed
kb-legal-review = 法律有了变化，这张信息卡正在更新。
# unreviewed
kb-legal-review-short = 待核实：法律已变化
# unreviewed
kb-owner = 编写单位
# unreviewed
kb-prerequisites = 您首先需要
# unreviewed
kb-steps = 步骤
# unreviewed
kb-step-who = 谁
# unreviewed
kb-step-where = 地点
# unreviewed
kb-step-bring = 要带什么
# unreviewed
kb-step-cost = 费用
# unreviewed
kb-step-time = 时间
# unreviewed
kb-variant-yours = 在您所在的地区：
# unreviewed
kb-variants-other = 其他地区的办理方式
# unreviewed
kb-area-hint = 在一些地区，步骤会有所不同。
# unreviewed
kb-area-choose = 选择您的服务窗口，看看在您那里怎么办理。
# unreviewed
kb-desks = 可以帮助您的服务窗口
# unreviewed
kb-review-by = 下次核实截止日期
# unreviewed
kb-withdrawn-title = 信息卡已撤下
# unreviewed
kb-withdrawn-text = 这张信息卡已经失效，已被撤下：
# unreviewed
kb-withdrawn-replaced = 请改看：
# unreviewed
kb-withdrawn-ask = 向服务窗口询问最新信息

## Workspace

# unreviewed
kb-ws-title = 信息卡
# unreviewed
kb-ws-new-title = 新建信息卡
# unreviewed
kb-ws-editor-title = 编辑信息卡
# unreviewed
kb-ws-history-title = 信息卡的版本
# unreviewed
kb-ws-new-sheet = 新建信息卡
# unreviewed
kb-ws-new-faq = 新建常见问题
# unreviewed
kb-ws-empty = 没有您可以编写或审核的信息卡。
# unreviewed
kb-ws-back = 返回信息卡列表
# unreviewed
kb-ws-back-editor = 返回信息卡
# unreviewed
kb-ws-create = 创建草稿
# unreviewed
kb-ws-save = 保存为新版本
# unreviewed
kb-ws-edit-heading = 正文
# unreviewed
kb-ws-history-link = 版本和差异
# unreviewed
kb-ws-version = 第 { $n } 版
# unreviewed
kb-ws-published-version = 已发布：第 { $n } 版
# unreviewed
kb-ws-moved = 完成。信息卡现在的状态是：
# unreviewed
kb-field-title = 标题
# unreviewed
kb-field-summary = 简介
# unreviewed
kb-field-tags = 关键词（用逗号分隔）
# unreviewed
kb-field-kind = 类型
# unreviewed
kb-field-theme = 主题
# unreviewed
kb-field-hub = 负责的专题中心
# unreviewed
kb-field-status = 状态
# unreviewed
kb-field-slug = 页面地址
# unreviewed
kb-field-slug-hint = 小写字母、数字和连字符，例如 rinnovo-permesso。
# unreviewed
kb-field-online-url = 在线服务（http 或 https 地址）
# unreviewed
kb-field-body = 正文（Markdown）
# unreviewed
kb-steps-hint = 办理流程的每一步填写一行。空白的步骤不会保存。
# unreviewed
kb-step-n = 第 { $n } 步
# unreviewed
kb-variant-n = 地方做法 { $n }
# unreviewed
kb-variant-area = 地区
# unreviewed
kb-variant-area-hint = 地方做法的地区：省份代码（例如 BO），或 desk: 加上服务窗口的地址（例如 desk:hub-salute）。
# unreviewed
kb-variant-label = 显示名称（例如 Questura di Bologna）
# unreviewed
kb-minor = 小修改（错别字）：译文仍然有效
# unreviewed
kb-minor-short = 小修改
# unreviewed
kb-part-title = 标题
# unreviewed
kb-part-summary = 简介
# unreviewed
kb-part-who = 谁
# unreviewed
kb-part-where = 地点
# unreviewed
kb-part-bring = 要带什么
# unreviewed
kb-part-cost = 费用
# unreviewed
kb-part-time = 时间
# unreviewed
kb-part-text = 正文
# unreviewed
kb-part-label = 地方做法名称
# unreviewed
kb-part-online_url = 在线服务
# unreviewed
kb-part-body = 正文
# unreviewed
kb-part-step = 第 { $n } 步：{ $field }
# unreviewed
kb-workflow = 审核和发布
# unreviewed
kb-four-eyes-on = 在这个专题中心，版本必须由写作者以外的另一个人发布。
# unreviewed
kb-comment = 意见
# unreviewed
kb-comment-add = 添加意见
# unreviewed
kb-comments = 审核意见
# unreviewed
kb-comments-empty = 还没有意见。
# unreviewed
kb-publish-at = 发布日期（可选）
# unreviewed
kb-publish-at-hint = 罗马时间。留空则立即发布。
# unreviewed
kb-action-submit = 提交审核
# unreviewed
kb-action-return = 退回给作者
# unreviewed
kb-action-publish = 批准并发布
# unreviewed
kb-action-archive = 归档
# unreviewed
kb-action-reopen = 重新打开为草稿
# unreviewed
kb-conflict-title = 在您编写时，有人保存了第 { $n } 版
# unreviewed
kb-conflict-text = 下面是 { $editor } 的文本；您的文本仍保留在表单中。如果您再次保存，您的文本将成为下一个版本。
# unreviewed
kb-diff-from = 从版本
# unreviewed
kb-diff-to = 到版本
# unreviewed
kb-diff-compare = 比较
# unreviewed
kb-diff-heading = 从第 { $from } 版到第 { $to } 版的差异
# unreviewed
kb-diff-none = 文本没有差异。
# unreviewed
kb-diff-legend = 删除的文字带删除线，新增的文字带下划线。
# unreviewed
kb-versions = 所有版本
# unreviewed
kb-version = 版本
# unreviewed
kb-editor-system = 初始导入

## Refusals and form errors

# unreviewed
kb-refused-not-reviewer = 只有负责审核这个专题中心信息卡的人才能这样做。
# unreviewed
kb-refused-transition = 信息卡目前的状态不允许这样操作。
# unreviewed
kb-refused-stale = 在此期间信息卡已有改动。请查看新版本后再试一次。
# unreviewed
kb-refused-comment-needed = 请写一条意见，说明需要修改什么。
# unreviewed
kb-refused-four-eyes = 您不能发布自己写的版本：必须由另一个人批准。
# unreviewed
kb-refused-schedule-past = 发布日期必须是将来的日期。
# unreviewed
kb-refused-schedule-invalid = 发布日期无效。
# unreviewed
kb-error-kind = 请选择信息卡的类型。
# unreviewed
kb-error-theme = 请选择一个主题。
# unreviewed
kb-error-hub = 请选择一个您可以为其编写的专题中心。
# unreviewed
kb-error-slug = 地址只能包含小写字母、数字和连字符。
# unreviewed
kb-error-slug-taken = 这个主题中已经有使用这个地址的信息卡。
# unreviewed
kb-error-title-missing = 请填写标题。
# unreviewed
kb-error-too-long = 文本太长。
# unreviewed
kb-error-url = 在线服务必须是 http 或 https 地址。
# unreviewed
kb-error-prerequisite = 有一项前提条件不在规定的范围内。
# unreviewed
kb-error-too-many-steps = 步骤或地方做法太多。
# unreviewed
kb-error-step-title = 每个步骤都需要一个标题。
# unreviewed
kb-error-variant = 每个地方做法都需要名称和正文。
# unreviewed
kb-error-variant-area = 地方做法的地区是省份代码（BO），或 desk: 加上服务窗口的地址。
# unreviewed
kb-error-norm = 有一项法律依据不在登记册中。

## Writing aids

# unreviewed
kb-aids = 写作辅助
# unreviewed
kb-aids-unsaved = 正在按您当前写的样子检查文本：它还没有保存。
# unreviewed
kb-aids-gulpease = Gulpease 指数 { $score }：{ $level }
# unreviewed
kb-aids-level-elementary = 对有小学毕业证书的人来说容易
# unreviewed
kb-aids-level-middle = 对有初中毕业证书的人来说容易
# unreviewed
kb-aids-level-high-school = 对有高中毕业文凭的人来说容易
# unreviewed
kb-aids-level-hard = 即使对有高中毕业文凭的人来说也很难
# unreviewed
kb-aids-nothing = 还没有可以测量的文本。
# unreviewed
kb-aids-needs-override = 要发布这张信息卡，审核人必须写明为什么要按现在的样子发布：可读性低于 50，或者有一个按照 Carta di Roma 应该避免的词。
# unreviewed
kb-aids-long = 长句
# unreviewed
kb-aids-words = 共 { $count } 个词
# unreviewed
kb-aids-words-heading = 需要修改的词
# unreviewed
kb-aids-carta = Carta di Roma
# unreviewed
kb-aids-check = 检查文本
# unreviewed
kb-override-reason = 仍要发布的理由（必填）
# unreviewed
kb-refused-needs-override = 写作辅助标记了这张信息卡：要发布它，请写明为什么要按现在的样子发布。
# unreviewed
kb-refused-override-too-long = 理由太长。

## The register of norms

# unreviewed
workspace-nav-norms = 法律依据
# unreviewed
kb-norms-title = 法规登记册
# unreviewed
kb-norms-intro = 信息卡引用的法规。法规发生变化时，请报告这一变化：引用它的信息卡会变为“待核实：法律已变化”，负责的专题中心会收到一封电子邮件。
# unreviewed
kb-norms-norm = 法规
# unreviewed
kb-norms-articles = 引用它的信息卡
# unreviewed
kb-norms-changed = 最近报告的变化
# unreviewed
kb-norms-mark = 报告已变化
# unreviewed
kb-norms-cited = 共 { $count } 张信息卡
# unreviewed
kb-norms-flagged = 完成：现在有 { $count } 张信息卡需要核实。
# unreviewed
kb-norms-add = 添加或更正法规
# unreviewed
kb-norms-url = 官方网址（例如 Normattiva）
# unreviewed
kb-norms-save = 保存法规
# unreviewed
kb-norm-mail-subject = 法规已变化：{ $norm }
# unreviewed
kb-norm-mail-body = 有人报告 { $norm } 发生了变化。贵专题中心的以下信息卡引用了它，现在处于“待核实：法律已变化”状态；在门户网站上，这些信息卡会一直显示提示，直到核实后重新发布为止：

    { $articles }
# unreviewed
kb-ws-legal-pending = 有 { $count } 张信息卡需要在法律变化后核实。

## Translations of articles

# unreviewed
kb-tr-notice-missing = 这张信息卡还没有翻译成您的语言：下面是意大利语原文。
# unreviewed
kb-tr-notice-outdated = 这份译文完成后，意大利语原文有了改动：部分信息可能已经过时。
# unreviewed
kb-tr-notice-machine = 由机器自动翻译，尚未经过人工核对。
# unreviewed
kb-tr-notice-current = 译文已对照意大利语原文核对。
# unreviewed
kb-tr-original = 阅读意大利语原文
# unreviewed
kb-tr-status-missing = 待翻译
# unreviewed
kb-tr-status-outdated = 待更新
# unreviewed
kb-tr-status-machine = 机器翻译，待核对
# unreviewed
kb-tr-status-current = 已是最新
# unreviewed
kb-tr-queue-title = 待翻译的信息卡
# unreviewed
kb-tr-title = 信息卡翻译
# unreviewed
kb-tr-back = 返回待翻译的信息卡
# unreviewed
kb-tr-diff = 自您翻译以来意大利语原文的改动
# unreviewed
kb-tr-source = 意大利语原文
# unreviewed
kb-tr-yours = 您的译文
# unreviewed
kb-tr-save = 保存译文
# unreviewed
kb-tr-stale = 在此期间意大利语原文已重新发布。请查看差异后再次保存。
# unreviewed
workspace-nav-kb-translations = 待翻译的信息卡

## Exchange with translation agencies (XLIFF 2.0)

# unreviewed
kb-xliff-title = 与翻译机构交换文件（XLIFF 2.0）
# unreviewed
kb-xliff-intro = 下载包含待翻译意大利语原文的 XLIFF 2.0 文件，翻译机构交回后请在此导入。如果文件有错误，将不会导入任何内容。
# unreviewed
kb-xliff-download-todo = 下载待翻译或待更新的信息卡
# unreviewed
kb-xliff-download-all = 下载所有已发布的信息卡
# unreviewed
kb-xliff-file = 翻译机构的 XLIFF 文件
# unreviewed
kb-xliff-import = 导入译文
# unreviewed
kb-xliff-imported = { $count ->
   *[other] 已导入 { $count } 条译文。
}
# unreviewed
kb-xliff-refused = 未导入任何内容。请更正文件后重试：
# unreviewed
kb-xliff-problem = 第 { $line } 行：{ $reason }
# unreviewed
kb-xliff-no-file = 请选择要导入的 XLIFF 文件。
# unreviewed
kb-xliff-too-large = 文件超过 { $max } MB。
# unreviewed
kb-xliff-encoding = 文件不是 UTF-8 文本。
# unreviewed
kb-xliff-error-malformed = XML 格式不正确
# unreviewed
kb-xliff-error-not-xliff = 这不是 XLIFF 2.0 文件
# unreviewed
kb-xliff-error-doctype = 不接受 DOCTYPE 声明
# unreviewed
kb-xliff-error-entity = 未知的实体 &{ $name };
# unreviewed
kb-xliff-error-missing-attribute = 缺少属性 { $name }
# unreviewed
kb-xliff-error-unexpected = 此处不应出现元素 <{ $name }>
# unreviewed
kb-xliff-error-inline-code = 不支持行内代码 <{ $name }>
# unreviewed
kb-xliff-error-duplicate-unit = 单元 { $name } 出现了两次
# unreviewed
kb-xliff-error-bad-version = 版本 { $name } 不是数字
# unreviewed
kb-xliff-error-language = 文件的语言（{ $name }）不是从意大利语译为本语言
# unreviewed
kb-xliff-error-unknown-article = 信息卡 { $name } 不存在或已不再发布
# unreviewed
kb-xliff-error-stale = { $name } 的意大利语原文在导出后已更改：请重新下载文件
# unreviewed
kb-xliff-error-unknown-unit = 单元 { $name } 不属于该信息卡
# unreviewed
kb-xliff-error-untranslated = 单元 { $name } 尚未翻译
# unreviewed
kb-xliff-error-invalid = 字段 { $name } 无效

## Sheets due for review

# unreviewed
workspace-nav-kb-review = 待复核的信息卡
# unreviewed
kb-review-title = 待复核的信息卡
# unreviewed
kb-review-intro = 您所在专题中心已发布的信息卡中，已超过复核日期或将在 30 天内到期的信息卡。
# unreviewed
kb-review-due = 复核截止日期
# unreviewed
kb-review-overdue = 已逾期
# unreviewed
kb-review-soon = 即将到期
# unreviewed
kb-review-none = 没有需要复核的信息卡。
# unreviewed
kb-review-mark = 我确认内容仍然正确
# unreviewed
kb-review-marked = 信息卡已确认：下次复核截止日期为 { $date }。

## Readers' ratings

# unreviewed
kb-rating-legend = 这个页面清楚吗？
# unreviewed
kb-rating-1 = 完全不清楚
# unreviewed
kb-rating-2 = 不太清楚
# unreviewed
kb-rating-3 = 比较清楚
# unreviewed
kb-rating-4 = 清楚
# unreviewed
kb-rating-5 = 非常清楚
# unreviewed
kb-rating-comment = 缺少了什么，或者哪里难以理解？（选填：请不要填写个人信息）
# unreviewed
kb-rating-send = 发送
# unreviewed
kb-rating-thanks = 谢谢：您的回答能帮助我们改进这个页面。
# unreviewed
kb-rating-invalid = 请在 1 到 5 之间选择一个回答。
# unreviewed
kb-rating-too-long = 评论太长（最多 { $max } 个字符）。
# unreviewed
kb-rating-limited = 来自您网络连接的回答太多：请稍后再试。
# unreviewed
kb-ratings-title = 读者的回答
# unreviewed
kb-ratings-summary = { $count ->
   *[other] { $count } 个回答，平均 { $average } 分（满分 5 分）
}
# unreviewed
kb-ratings-none = 还没有读者回答。
# unreviewed
kb-ratings-comments = 最新评论
# unreviewed
kb-leaflet-link = 可打印的传单（PDF，A4）
# unreviewed
kb-leaflet-scan = 扫描二维码查看最新页面
# unreviewed
kb-replaced-by = 替代页面（可选）
# unreviewed
kb-replaced-by-hint = 取代它的已发布信息页地址，例如 /it/salute/iscrizione-ssn。已撤下的页面和已印传单上的二维码都会指向那里。
# unreviewed
kb-refused-replacement = 该地址不是已发布的信息页：请检查后重试，或将此栏留空。
# unreviewed
kb-glossary = 术语表中的术语
# unreviewed
kb-glossary-hint = 本文使用的法律术语：请始终这样书写，并在第一次出现时向读者解释其含义。
# unreviewed
kb-glossary-count = 在文中出现次数：{ $count }
# unreviewed
kb-glossary-translator = 本语言的术语表
# unreviewed
kb-glossary-translator-hint = 意大利语原文中的法律术语及商定译法：请使用这些译法，让读者在办事处和表格上看到相同的词语。
# unreviewed
kb-glossary-unreviewed = 译法尚未核实
# unreviewed
kb-glossary-none = 没有商定的译法
# unreviewed
kb-mt = 机器翻译
# unreviewed
kb-mt-hint = 向机器翻译服务请求一份草稿：在您审阅并保存之前，它会带着“机器翻译，尚未人工审核”的提示发布。
# unreviewed
kb-mt-action = 生成机器翻译草稿
# unreviewed
kb-mt-done = 机器翻译草稿已保存：请通读并保存，以去掉提示。
# unreviewed
kb-mt-refused-readability = 意大利语原文太难，无法得到好的机器翻译（Gulpease 指数低于 50）：请中心简化原文，或人工翻译。
# unreviewed
kb-mt-refused-human = 该语言已有人工翻译：不会被覆盖。请根据意大利语原文的修改手动更新。
# unreviewed
kb-mt-unavailable = 机器翻译服务没有响应：未保存任何内容。请稍后再试或人工翻译。
# unreviewed
workspace-nav-kb-links = 需要修正的链接
# unreviewed
kb-links-title = 需要修正的链接
# unreviewed
kb-links-intro = 每天夜里，链接检查程序会从容地访问已发布信息页和法律依据中的外部地址，绝不访问内部地址。这里列出您的信息页中失效的链接。
# unreviewed
kb-links-none = 您的信息页中没有需要修正的链接。
# unreviewed
kb-links-broken = 网站返回错误（{ $status }）
# unreviewed
kb-links-refused = 未检查：不是公开的网址
# unreviewed
kb-links-unreachable = 网站没有响应

# unreviewed
workspace-nav-kb-materials = 资料
# unreviewed
kb-materials-title = 信息资料
# unreviewed
kb-materials-intro = 由网络各专题中心准备的传单、图片、录音和视频，提供多种语言。
# unreviewed
kb-materials-filter = 筛选资料
# unreviewed
kb-materials-format = 格式
# unreviewed
kb-materials-any-format = 任何格式
# unreviewed
kb-materials-submit = 显示
# unreviewed
kb-materials-found = 资料
# unreviewed
kb-materials-none = 没有符合这些条件的资料。
# unreviewed
kb-materials-pages = 资料分页
# unreviewed
kb-materials-previous = 上一页
# unreviewed
kb-materials-next = 下一页
# unreviewed
kb-materials-of-article = 可下载的资料
# unreviewed
kb-material-format-pdf = PDF
# unreviewed
kb-material-format-image = 图片
# unreviewed
kb-material-format-audio = 音频
# unreviewed
kb-material-format-video = 视频
# unreviewed
kb-material-size-kb = { $size } kB
# unreviewed
kb-material-size-mb = { $size } MB
# unreviewed
kb-materials-ws-title = 中心的资料
# unreviewed
kb-materials-ws-intro = 在这里添加的内容会立即公开，出现在资料库中；如果选择了某张信息卡，也会出现在该页面上。
# unreviewed
kb-material-field-title = 标题
# unreviewed
kb-material-field-description = 说明（可选）
# unreviewed
kb-material-field-language = 资料的语言
# unreviewed
kb-material-field-article = 显示在信息卡上（可选）
# unreviewed
kb-material-no-article = 仅在资料库中
# unreviewed
kb-material-what = 文件或视频
# unreviewed
kb-material-field-file = 文件
# unreviewed
kb-material-file-hint = PDF，PNG、JPEG 或 WebP 图片，MP3、M4A 或 Ogg 音频。
# unreviewed
kb-material-limit = 最大 { $size } MB。
# unreviewed
kb-material-field-video = 或视频的网址（https://…）
# unreviewed
kb-material-save = 添加资料
# unreviewed
kb-material-add = 添加一份资料
# unreviewed
kb-material-remove = 删除
# unreviewed
kb-material-added = 资料已添加，现已公开。
# unreviewed
kb-material-removed = 资料及其文件已删除。
# unreviewed
kb-material-error-title = 请填写标题（最多 200 个字符）。
# unreviewed
kb-material-error-description = 说明太长（最多 2000 个字符）。
# unreviewed
kb-material-error-language = 请选择资料的语言。
# unreviewed
kb-material-error-article = 请选择同一中心的信息卡，或不选。
# unreviewed
kb-material-error-file-or-video = 请选择一个文件或填写视频网址，不要两者都填。
# unreviewed
kb-material-error-too-large = 文件太大，未保存。请缩小后重新选择。
# unreviewed
kb-material-error-type = 此文件不是 PDF、图片（PNG、JPEG、WebP）或音频（MP3、M4A、Ogg）：无论文件名如何，其内容表明如此。未保存。
# unreviewed
kb-material-error-video = 请填写以 https:// 开头的完整视频网址。

# unreviewed
kb-tr-status-legal = 等待中心的法律审核
# unreviewed
kb-tr-notice-legal = 本信息卡引用的一项法规已变更：中心正在核查文本，之后本译文也将更新。

# unreviewed
kb-links-services = 你维护的服务卡片
