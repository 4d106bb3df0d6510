### Translation: reviewing the interface translations in the workspace.

# unreviewed
translation-title = 翻译
# unreviewed
translation-intro = 待审核的翻译是草稿，由机器或非母语人士完成。请对照意大利语原文阅读：可以按原样确认，也可以进行修改。审核结果会立即应用到整个网站。
# unreviewed
translation-languages-heading = 您可以审核的语言
# unreviewed
translation-none = 您没有需要审核的语言：请询问网络的协调人员。
# unreviewed
translation-language-count = { $count } 条消息待审核
# unreviewed
translation-queue-title = 待审核的翻译：{ $language }
# unreviewed
translation-queue-empty = 此语言没有待审核的消息。
# unreviewed
translation-back = 所有语言
# unreviewed
translation-source = 意大利语原文
# unreviewed
translation-current = 译文
# unreviewed
translation-help = 请保留以 $ 开头的占位符和复数形式中方括号里的词，不要修改。
# unreviewed
translation-stale = 您之前做过的一项修改，由于原文已变更，现已不再使用：
# unreviewed
translation-confirm = 按原样确认
# unreviewed
translation-correct = 保存修改
# unreviewed
translation-saved = 审核已保存。
# unreviewed
translation-error-syntax = 文本无效：请检查花括号和复数形式。
# unreviewed
translation-error-variables = 文本必须使用与意大利语原文完全相同的占位符。
# unreviewed
translation-error-plural = 文本使用了此语言没有的复数形式。
# unreviewed
translation-error-empty = 修改内容不能为空。
# unreviewed
translation-error-unknown = 此消息已不存在。
# unreviewed
workspace-nav-translations = 翻译
