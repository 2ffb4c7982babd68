<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachedDocuments</name>
    <message>
        <source>Documents ({patterns})</source>
        <translation>文档（{patterns}）</translation>
    </message>
    <message>
        <source>The reply will read:</source>
        <translation>回复将读取：</translation>
    </message>
    <message>
        <source>{path}
Click to leave it out</source>
        <translation>{path}
点击以排除</translation>
    </message>
    <message>
        <source>Leave out {name}</source>
        <translation>排除 {name}</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>ChatComposer</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>发送消息（Enter）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>停止回复</translation>
    </message>
    <message>
        <source>Stop the reply; what it wrote so far is kept (Esc)</source>
        <translation>停止回复；已写出的内容会保留（Esc）</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <source>Keep your message as it was (Esc)</source>
        <translation>保留原消息（Esc）</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>Show the model a picture (or drop one on the chat, or paste it)</source>
        <translation>给模型看一张图片（也可拖放到聊天中或粘贴）</translation>
    </message>
    <message>
        <source>Document…</source>
        <translation>文档…</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>添加文档</translation>
    </message>
    <message>
        <source>Ask about a document: txt, md, pdf, docx, html (or drop one here)</source>
        <translation>就文档提问：txt、md、pdf、docx、html（也可拖放到这里）</translation>
    </message>
    <message>
        <source>Use {model}</source>
        <translation>使用 {model}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>图片（{patterns}）</translation>
    </message>
    <message>
        <source>Show the model a picture</source>
        <translation>给模型看一张图片</translation>
    </message>
    <message>
        <source>Ask about a document</source>
        <translation>就文档提问</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>此模型</translation>
    </message>
    <message>
        <source>{model} cannot see images, and no model on this computer that fits can. Discover lists vision models (Qwen2.5-VL, Gemma 3, SmolVLM…); or pair a model with its vision companion (an mmproj file) in My Models. Your pictures and text stay here.</source>
        <translation>{model} 无法识别图片，这台电脑上也没有能装下且能识别图片的模型。“发现”中列有视觉模型（Qwen2.5-VL、Gemma 3、SmolVLM…）；也可以在“我的模型”中为模型配上视觉配套文件（mmproj 文件）。你的图片和文字会保留在这里。</translation>
    </message>
    <message>
        <source>{model} cannot see images. Switch to a model that can, then press Send again; your pictures and text stay here.</source>
        <translation>{model} 无法识别图片。请换用能识别图片的模型，然后再次点击“发送”；你的图片和文字会保留在这里。</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Precise</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>创意</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>正在加载模型</translation>
    </message>
    <message>
        <source>Think first</source>
        <translation>先思考</translation>
    </message>
    <message>
        <source>This model can reason step by step before it answers (slower, often better)</source>
        <translation>此模型可以在回答前逐步推理（较慢，但通常更好）</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>Reply style</source>
        <translation>回复风格</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Show the chat options</source>
        <translation>显示聊天选项</translation>
    </message>
    <message>
        <source>Ready · on {provider}</source>
        <translation>就绪 · 在 {provider} 上</translation>
    </message>
    <message>
        <source>leaves this computer → {host}</source>
        <translation>离开这台电脑 → {host}</translation>
    </message>
    <message>
        <source>Your messages and the replies travel to {provider} at {host} and back. Hearth cannot tell what that computer keeps.</source>
        <translation>你的消息和回复会往返于 {host} 上的 {provider}。Hearth 无法知道那台电脑会保留什么。</translation>
    </message>
    <message>
        <source>Ready · {context} tokens of context · sees images · loaded in {seconds} s</source>
        <translation>就绪 · 上下文 {context} token · 可识别图片 · 加载用时 {seconds} 秒</translation>
    </message>
    <message>
        <source>Ready · {context} tokens of context · loaded in {seconds} s</source>
        <translation>就绪 · 上下文 {context} token · 加载用时 {seconds} 秒</translation>
    </message>
</context>
<context>
    <name>ChatOptions</name>
    <message>
        <source>Top-p: the model picks only among its likeliest next words that together make up this share; lower is more focused, 1 leaves every word in.</source>
        <translation>Top-p：模型只在累计概率达到此比例的最可能的下一个词中选择；越低越集中，1 表示不排除任何词。</translation>
    </message>
    <message>
        <source>Top-k: the model picks only among this many likeliest next words; 0 leaves every word in.</source>
        <translation>Top-k：模型只在这么多个最可能的下一个词中选择；0 表示不排除任何词。</translation>
    </message>
    <message>
        <source>Min-p: leaves out words far less likely than the likeliest one (this share of its chance); higher is more focused, 0 turns it off.</source>
        <translation>Min-p：排除可能性远低于最可能词的词（低于其概率的此比例）；越高越集中，0 表示关闭。</translation>
    </message>
    <message>
        <source>Repeat penalty: above 1, words the reply has just used become less likely, so it repeats itself less; 1 turns it off.</source>
        <translation>重复惩罚：大于 1 时，回复刚用过的词出现的可能性会降低，从而减少重复；1 表示关闭。</translation>
    </message>
    <message>
        <source>Conversation memory: how the model keeps the conversation it has read (its KV cache). q8_0 needs about half the memory, so a long context fits where it would not; replies change very little.</source>
        <translation>对话记忆：模型如何保存它已读过的对话（KV 缓存）。q8_0 约只需一半内存，因此原本放不下的长上下文也能放下；回复几乎不受影响。</translation>
    </message>
    <message>
        <source>Layers on the graphics card: how many of the model&apos;s layers run on the graphics card (faster); the rest run on the processor. Automatic puts as many as fit.</source>
        <translation>显卡上的层数：模型有多少层在显卡上运行（更快）；其余在处理器上运行。“自动”会放入尽可能多的层。</translation>
    </message>
    <message>
        <source>Standard (f16)</source>
        <translation>标准（f16）</translation>
    </message>
    <message>
        <source>Smaller, for long context (q8_0)</source>
        <translation>更小，适合长上下文（q8_0）</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>重复惩罚</translation>
    </message>
    <message>
        <source>Longest reply (tokens)</source>
        <translation>最长回复（token）</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>上下文（token）</translation>
    </message>
    <message>
        <source>Layers on the graphics card</source>
        <translation>显卡上的层数</translation>
    </message>
    <message>
        <source>Conversation memory</source>
        <translation>对话记忆</translation>
    </message>
    <message>
        <source>System prompt: how the model should behave (optional)</source>
        <translation>系统提示词：模型应如何表现（可选）</translation>
    </message>
    <message>
        <source>Speed up replies that quote the prompt</source>
        <translation>加快引用提示词的回复</translation>
    </message>
    <message>
        <source>When a reply repeats words from your message or documents (a summary, a list of action items, an edited text), Hearth guesses several words at once and checks them. The reply is the same; it only arrives sooner. Hearth turns this off by itself for a model where it does not pay.</source>
        <translation>当回复重复你的消息或文档中的词句时（如摘要、待办清单、修改后的文本），Hearth 会一次猜测多个词并加以检查。回复内容不变，只是来得更快。对于收效不大的模型，Hearth 会自动关闭此功能。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Cannot estimate this model&apos;s memory: {reason}</source>
        <translation>无法估算此模型所需的内存：{reason}</translation>
    </message>
    <message>
        <source>Conversation memory ({kind}): {size}.</source>
        <translation>对话记忆（{kind}）：{size}。</translation>
    </message>
    <message>
        <source>Needs about {size} with {context} context. {memory}</source>
        <translation>在 {context} 上下文下约需 {size}。{memory}</translation>
    </message>
    <message>
        <source>{verdict}. {reason} {memory}</source>
        <translation>{verdict}。{reason} {memory}</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Wait for this reply to finish (or stop it), then send the transcript to chat again.</source>
        <translation>请等待此回复完成（或将其停止），然后再次将转录文本发送到聊天。</translation>
    </message>
    <message>
        <source>Choose a model first (the list above shows how each one fits this computer).</source>
        <translation>请先选择一个模型（上方列表显示了每个模型与这台电脑的适配情况）。</translation>
    </message>
    <message>
        <source>Editing your message: send it to replace it and everything after it.</source>
        <translation>正在编辑你的消息：发送后将替换它及其后的所有内容。</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在输入…</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>Hearth is still looking at this computer; choose the model again in a moment.</source>
        <translation>Hearth 仍在检测这台电脑；请稍后再选择模型。</translation>
    </message>
    <message>
        <source>This window cannot use other computers&apos; models.</source>
        <translation>此窗口无法使用其他电脑的模型。</translation>
    </message>
    <message>
        <source>That other computer was removed in Settings.</source>
        <translation>那台电脑已在“设置”中移除。</translation>
    </message>
    <message>
        <source>Answered from the files attached to this conversation; the collection “{collection}” was not searched. Start a new conversation to ask the collection.</source>
        <translation>根据此对话附加的文件作答；未搜索文档集“{collection}”。如需询问该文档集，请开始新对话。</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>回复失败</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; ask again in a moment.</source>
        <translation>Hearth 仍在检测这台电脑；请稍后再问。</translation>
    </message>
</context>
<context>
    <name>ChatTranscript</name>
    <message>
        <source>About this chat</source>
        <translation>关于此聊天</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier messages</source>
        <translation>
            <numerusform>显示之前的 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>not</source>
        <translation>不</translation>
    </message>
    <message>
        <source>Passes when the reply does not do this</source>
        <translation>回复不这样做时通过</translation>
    </message>
    <message>
        <source>weight </source>
        <translation>权重 </translation>
    </message>
    <message>
        <source>How much this check counts in the score (0: shown, never counted)</source>
        <translation>此检查项在得分中所占的比重（0：仅显示，不计分）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>“{type}”: Hearth does not run this check; it is kept as written</source>
        <translation>“{type}”：Hearth 不运行此检查项；按原样保留</translation>
    </message>
    <message>
        <source>Check {number}: what to look for</source>
        <translation>检查项 {number}：要查找的内容</translation>
    </message>
    <message>
        <source>Check {number}: a check Hearth does not run</source>
        <translation>检查项 {number}：Hearth 不运行的检查项</translation>
    </message>
    <message>
        <source>Check {number}: not</source>
        <translation>检查项 {number}：不</translation>
    </message>
    <message>
        <source>Check {number}: value</source>
        <translation>检查项 {number}：值</translation>
    </message>
    <message>
        <source>Check {number}: weight</source>
        <translation>检查项 {number}：权重</translation>
    </message>
    <message>
        <source>Remove check {number}</source>
        <translation>移除检查项 {number}</translation>
    </message>
    <message>
        <source>Check {number}: problem</source>
        <translation>检查项 {number}：问题</translation>
    </message>
    <message>
        <source>Check {number}: on the sample reply</source>
        <translation>检查项 {number}：对示例回复的结果</translation>
    </message>
    <message>
        <source>Write the time in seconds, such as 2.5.</source>
        <translation>以秒为单位填写时间，如 2.5。</translation>
    </message>
    <message>
        <source>Write what this check looks for.</source>
        <translation>填写此检查项要查找的内容。</translation>
    </message>
    <message>
        <source>Hearth does not run this optional check yet: it is kept and never counted.</source>
        <translation>Hearth 暂不运行此可选检查项：它会被保留，但从不计分。</translation>
    </message>
    <message>
        <source>Hearth does not run this check: it is kept as written and never counted.</source>
        <translation>Hearth 不运行此检查项：它会按原样保留，但从不计分。</translation>
    </message>
    <message>
        <source>✓ Passes: {reason}</source>
        <translation>✓ 通过：{reason}</translation>
    </message>
    <message>
        <source>✗ Fails: {reason}</source>
        <translation>✗ 未通过：{reason}</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Suite of prompts with checks</source>
        <translation>带检查项的提示词测试集</translation>
    </message>
    <message>
        <source>Open a suite…</source>
        <translation>打开测试集…</translation>
    </message>
    <message>
        <source>Hearth&apos;s JSONL, or a promptfoo configuration (promptfooconfig.yaml)</source>
        <translation>Hearth 的 JSONL，或 promptfoo 配置文件（promptfooconfig.yaml）</translation>
    </message>
    <message>
        <source>New suite…</source>
        <translation>新建测试集…</translation>
    </message>
    <message>
        <source>Write your own prompts and checks, in plain words</source>
        <translation>用平实的语言编写你自己的提示词和检查项</translation>
    </message>
    <message>
        <source>Repeats: </source>
        <translation>重复次数：</translation>
    </message>
    <message>
        <source>Repeats with other seeds</source>
        <translation>用其他种子重复</translation>
    </message>
    <message>
        <source>Each case asked again with another seed: a case that passes only sometimes is flaky</source>
        <translation>每个用例都用另一个种子再问一次：只是有时通过的用例是不稳定的</translation>
    </message>
    <message>
        <source>Run the checks</source>
        <translation>运行检查</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Save the results…</source>
        <translation>保存结果…</translation>
    </message>
    <message>
        <source>As a CSV of every reply, a JSON document or an HTML report</source>
        <translation>保存为包含每条回复的 CSV、JSON 文档或 HTML 报告</translation>
    </message>
    <message>
        <source>Checks run progress</source>
        <translation>检查运行进度</translation>
    </message>
    <message>
        <source>“Similar” checks use</source>
        <translation>“相似”检查项使用</translation>
    </message>
    <message>
        <source>Embedding model for “similar” checks</source>
        <translation>用于“相似”检查项的嵌入模型</translation>
    </message>
    <message>
        <source>Optional: without one, “similar” checks are listed and not counted</source>
        <translation>可选：未选择时，“相似”检查项仅列出，不计分</translation>
    </message>
    <message>
        <source>Judge for rubric checks</source>
        <translation>评分标准检查项的评判模型</translation>
    </message>
    <message>
        <source>Judge model for rubric checks</source>
        <translation>用于评分标准检查项的评判模型</translation>
    </message>
    <message>
        <source>Optional: a model of this computer grades replies against a rubric (at temperature 0)</source>
        <translation>可选：由这台电脑上的一个模型按评分标准评判回复（温度为 0）</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>无嵌入模型</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>无评判模型</translation>
    </message>
    <message>
        <source>Hearth does not run these checks of the suite, so they are listed and never counted: {names}.</source>
        <translation>Hearth 不运行此测试集中的这些检查项，因此仅列出而从不计分：{names}。</translation>
    </message>
    <message>
        <source>Saved the suite “{name}”. Run it on the panes&apos; models.</source>
        <translation>已保存测试集“{name}”。请在各窗格的模型上运行它。</translation>
    </message>
    <message>
        <source>, about {seconds} s left</source>
        <translation>，剩余约 {seconds} 秒</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <source>Hearth saves results as .csv, .json or .html: choose a name that ends with one of them.</source>
        <translation>Hearth 可将结果保存为 .csv、.json 或 .html：请选择以其中之一结尾的文件名。</translation>
    </message>
    <message>
        <source>Hearth could not write {path}: {reason}. Choose another folder.</source>
        <translation>Hearth 无法写入 {path}：{reason}。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>The results are saved in {path}.</source>
        <translation>结果已保存到 {path}。</translation>
    </message>
    <message>
        <source>Run a suite on the panes&apos; models to see which one passes most here.</source>
        <translation>在各窗格的模型上运行测试集，看看哪个模型在这里通过得最多。</translation>
    </message>
    <message>
        <source>CSV, every reply (*.csv);;JSON (*.json);;HTML report (*.html)</source>
        <translation>CSV，每条回复 (*.csv);;JSON (*.json);;HTML 报告 (*.html)</translation>
    </message>
    <message>
        <source>Real work</source>
        <translation>实际工作</translation>
    </message>
    <message>
        <source>Cases where the models disagree</source>
        <translation>模型意见不一的用例</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>可靠性</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>这台电脑</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name}（你的）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit a copy…</source>
        <translation>编辑副本…</translation>
    </message>
    <message>
        <source>Change this suite of yours</source>
        <translation>修改你的这个测试集</translation>
    </message>
    <message>
        <source>This suite is not yours to change: edit a copy, saved as one of your own</source>
        <translation>此测试集不能由你修改：请编辑一份副本，另存为你自己的测试集</translation>
    </message>
    <message>
        <source>Open a suite</source>
        <translation>打开测试集</translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation>正在运行检查…</translation>
    </message>
    <message>
        <source>%v of %m replies graded</source>
        <translation>已评判 %v / %m 条回复</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>用例</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>Code in {language}</source>
        <translation>{language} 代码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>CollectionChooser</name>
    <message>
        <source>Answer from one of your document collections (made on the Documents page)</source>
        <translation>根据你的某个文档集作答（在“文档”页面创建）</translation>
    </message>
    <message>
        <source>Documents to answer from</source>
        <translation>作答所依据的文档</translation>
    </message>
    <message>
        <source>Documents: {collection}</source>
        <translation>文档：{collection}</translation>
    </message>
    <message>
        <source>No documents</source>
        <translation>无文档</translation>
    </message>
</context>
<context>
    <name>CollectionList</name>
    <message>
        <source>Collections</source>
        <translation>文档集</translation>
    </message>
    <message>
        <source>Embedding model: {model}</source>
        <translation>嵌入模型：{model}</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation>
            <numerusform>%n 个文本块</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — {files}, {chunks} · needs indexing again (new embedding model)</source>
        <translation>{name} — {files}，{chunks} · 需要重新索引（嵌入模型已更换）</translation>
    </message>
    <message>
        <source>{name} — {files}, {chunks} · {waiting}</source>
        <translation>{name} — {files}，{chunks} · {waiting}</translation>
    </message>
    <message>
        <source>{name} — {files}, {chunks}</source>
        <translation>{name} — {files}，{chunks}</translation>
    </message>
    <message numerus="yes">
        <source>%n files waiting</source>
        <translation>
            <numerusform>%n 个文件等待中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>These two do not fit together here; Hearth loads them in turn, about {each} s each.</source>
        <comment>compare.two-in-turn</comment>
        <translation>这两个模型无法同时放入这台电脑；Hearth 会轮流加载它们，每次约 {each} 秒。</translation>
    </message>
    <message>
        <source>These {count} do not fit together here; Hearth loads them in turn, about {each} s each.</source>
        <comment>compare.in-turn</comment>
        <translation>这 {count} 个模型无法同时放入这台电脑；Hearth 会轮流加载它们，每次约 {each} 秒。</translation>
    </message>
    <message>
        <source>Line {number} of the file is not JSON.</source>
        <comment>compare.line-not-json</comment>
        <translation>文件的第 {number} 行不是 JSON。</translation>
    </message>
    <message>
        <source>Line {number} has no prompt (a string, or an object with a “prompt”).</source>
        <comment>compare.line-without-prompt</comment>
        <translation>第 {number} 行没有提示词（应为字符串，或含有“prompt”的对象）。</translation>
    </message>
    <message>
        <source>Hearth cannot read the prompts in {path}.</source>
        <comment>compare.prompts-unreadable</comment>
        <translation>Hearth 无法读取 {path} 中的提示词。</translation>
    </message>
    <message>
        <source>There are no prompts in {path}.</source>
        <comment>compare.no-prompts</comment>
        <translation>{path} 中没有提示词。</translation>
    </message>
    <message>
        <source>comparisons file</source>
        <comment>compare.comparisons-file</comment>
        <translation>比较记录文件</translation>
    </message>
    <message>
        <source>There is already a prompt set called “{name}”.</source>
        <comment>compare.prompt-set-exists</comment>
        <translation>已有名为“{name}”的提示词集。</translation>
    </message>
    <message>
        <source>That prompt set is gone.</source>
        <comment>compare.prompt-set-gone</comment>
        <translation>该提示词集已不存在。</translation>
    </message>
    <message>
        <source>That run is gone.</source>
        <comment>compare.run-gone</comment>
        <translation>该运行已不存在。</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Three panes</source>
        <translation>三个窗格</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>全部停止</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the panes&apos; conversations as a Markdown file</source>
        <translation>将各窗格的对话保存为 Markdown 文件</translation>
    </message>
    <message>
        <source>Ask every pane the same thing…</source>
        <translation>向每个窗格提同一个问题…</translation>
    </message>
    <message>
        <source>Message for every pane</source>
        <translation>发给每个窗格的消息</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>全部发送</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Prompt sets</source>
        <translation>提示词集</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Ways to compare</source>
        <translation>对比方式</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Choose a model in every pane.</source>
        <translation>请在每个窗格中选择一个模型。</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>正在检测这台电脑…</translation>
    </message>
    <message>
        <source>These fit in memory together: they stay loaded and answer in turn.</source>
        <translation>这些模型可同时放入内存：它们会保持加载并轮流作答。</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>导出对比</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>reached the longest reply</source>
        <translation>已达最长回复</translation>
    </message>
    <message>
        <source>context full</source>
        <translation>上下文已满</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>temp </source>
        <translation>温度 </translation>
    </message>
    <message>
        <source>Temperature: 0 gives the same reply every time</source>
        <translation>温度：为 0 时每次回复都相同</translation>
    </message>
    <message>
        <source>Temperature of pane {number}</source>
        <translation>窗格 {number} 的温度</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <source>Longest reply</source>
        <translation>最长回复</translation>
    </message>
    <message>
        <source>Longest reply in pane {number}</source>
        <translation>窗格 {number} 的最长回复</translation>
    </message>
    <message>
        <source>Pane {number}</source>
        <translation>窗格 {number}</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>Model of pane {number}</source>
        <translation>窗格 {number} 的模型</translation>
    </message>
    <message>
        <source>Conversation in pane {number}</source>
        <translation>窗格 {number} 中的对话</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop pane {number}</source>
        <translation>停止窗格 {number}</translation>
    </message>
    <message>
        <source>Continue with this one</source>
        <translation>继续使用此模型</translation>
    </message>
    <message>
        <source>Carry on this conversation in Chat with this pane&apos;s model</source>
        <translation>用此窗格的模型在“聊天”中继续这段对话</translation>
    </message>
    <message>
        <source>leaves this computer → {host}</source>
        <translation>离开这台电脑 → {host}</translation>
    </message>
    <message>
        <source>What you send this pane travels to {computer} at {host}, and its reply back. Hearth cannot tell what that computer keeps.</source>
        <translation>你发给此窗格的内容会发送到 {host} 上的 {computer}，回复也会从那里传回。Hearth 无法知道那台电脑会保留什么。</translation>
    </message>
    <message>
        <source>You: {prompt}</source>
        <translation>你：{prompt}</translation>
    </message>
    <message>
        <source>waiting for its turn…</source>
        <translation>等待轮到它…</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>正在输入…</translation>
    </message>
    <message>
        <source>on {computer}</source>
        <translation>在 {computer} 上</translation>
    </message>
    <message>
        <source>{ttft} s to first token · {speed} tokens/s · {tokens} · {ending} · {where}</source>
        <translation>首个 token 用时 {ttft} 秒 · {speed} tokens/s · {tokens} · {ending} · {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 个 token</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message the model… (Enter sends, Shift+Enter for a new line)</source>
        <translation>给模型发消息…（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops a reply, Tab leaves the message</source>
        <translation>Enter 发送，Shift+Enter 换行，Esc 停止回复，Tab 离开消息框</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>开始新聊天（Ctrl+N）</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>搜索聊天</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Right-click a chat to rename, duplicate, export or delete it</source>
        <translation>右键点击聊天可重命名、创建副本、导出或删除</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>导出为 Markdown…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>重命名聊天</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>导出聊天</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The chat could not be saved there</source>
        <translation>无法将聊天保存到该位置</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages?</source>
        <translation>删除“{title}”及其所有消息？</translation>
    </message>
    <message>
        <source>Delete this chat and all its messages?</source>
        <translation>删除此聊天及其所有消息？</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>删除聊天</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n 个 token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reused} of %Ln prompt tokens reused</source>
        <translation>
            <numerusform>提示词的 %Ln 个令牌中复用了 {reused} 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>All tasks</source>
        <translation>所有任务</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>Documents search</source>
        <translation>文档搜索</translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation>任何许可证</translation>
    </message>
    <message>
        <source>Business use allowed</source>
        <translation>允许商业使用</translation>
    </message>
    <message>
        <source>Free licences only (Apache, MIT)</source>
        <translation>仅限自由许可证（Apache、MIT）</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>任何大小</translation>
    </message>
    <message>
        <source>Small (under 3 GB)</source>
        <translation>小（3 GB 以下）</translation>
    </message>
    <message>
        <source>Medium (3–10 GB)</source>
        <translation>中（3–10 GB）</translation>
    </message>
    <message>
        <source>Large (over 10 GB)</source>
        <translation>大（10 GB 以上）</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Help me choose</source>
        <translation>帮我选择</translation>
    </message>
    <message>
        <source>Help me choose a model</source>
        <translation>帮我选择模型</translation>
    </message>
    <message>
        <source>Answer two questions and get up to three models that suit you and this computer</source>
        <translation>回答两个问题，获得最多三个适合你和这台电脑的模型</translation>
    </message>
    <message>
        <source>Open models you can run privately. The best fits for this computer come first; pick the smallest model that does what you need.</source>
        <translation>可在本机私密运行的开放模型。最适合这台电脑的排在前面；请选择能满足需求的最小模型。</translation>
    </message>
    <message>
        <source>Search models (Ctrl+F)</source>
        <translation>搜索模型（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>搜索模型</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>下载大小</translation>
    </message>
    <message>
        <source>Fits this computer</source>
        <translation>适合这台电脑</translation>
    </message>
    <message>
        <source>Only models that fit this computer</source>
        <translation>仅显示适合这台电脑的模型</translation>
    </message>
    <message>
        <source>No model matches these filters.</source>
        <translation>没有符合这些筛选条件的模型。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show every model again</source>
        <translation>重新显示所有模型</translation>
    </message>
    <message>
        <source>Hearth&apos;s picks, best fits first</source>
        <translation>Hearth 推荐，最合适的排在前面</translation>
    </message>
    <message>
        <source>Where to look for models</source>
        <translation>在哪里查找模型</translation>
    </message>
    <message>
        <source>Hearth&apos;s picks</source>
        <translation>Hearth 推荐</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>搜索 Hugging Face</translation>
    </message>
    <message>
        <source>Checking which models run on this computer…</source>
        <translation>正在检查哪些模型能在这台电脑上运行…</translation>
    </message>
    <message numerus="yes">
        <source>%n models · {runs} run on this computer</source>
        <translation>
            <numerusform>%n 个模型 · {runs} 个可在这台电脑上运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models · checking your computer…</source>
        <translation>
            <numerusform>%n 个模型 · 正在检测你的电脑…</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {model}, chosen in Help me choose. Your other filters were cleared.</source>
        <translation>正在显示在“帮我选择”中选定的 {model}。你的其他筛选条件已清除。</translation>
    </message>
    <message>
        <source>Showing {model}, chosen in Help me choose.</source>
        <translation>正在显示在“帮我选择”中选定的 {model}。</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>对这台电脑来说太大</translation>
    </message>
    <message>
        <source>{model} {quant} is too large for this computer.

{reason}

Download it anyway?</source>
        <translation>{model} {quant} 对这台电脑来说太大。

{reason}

仍要下载吗？</translation>
    </message>
</context>
<context>
    <name>DocumentSources</name>
    <message>
        <source>{file}, page {page} · score {score}</source>
        <translation>{file}，第 {page} 页 · 得分 {score}</translation>
    </message>
    <message>
        <source>{file} · score {score}</source>
        <translation>{file} · 得分 {score}</translation>
    </message>
    <message>
        <source>Read the documents whole. The passages closest to the question:</source>
        <translation>已完整读取文档。与问题最接近的段落：</translation>
    </message>
    <message numerus="yes">
        <source>Answered from %n passages found in the documents:</source>
        <translation>
            <numerusform>根据在文档中找到的 %n 个段落作答：</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask again, reading the documents whole</source>
        <translation>重新提问，完整读取文档</translation>
    </message>
    <message>
        <source>Loads the model again with a context of {tokens} tokens, then asks the same question</source>
        <translation>以 {tokens} token 的上下文重新加载模型，然后提出同一问题</translation>
    </message>
    <message>
        <source>Open {file}</source>
        <translation>打开 {file}</translation>
    </message>
    <message>
        <source>The question and these passages were sent to {where}: they left this computer.</source>
        <translation>问题和这些段落已发送到 {where}：它们已离开这台电脑。</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>This question is about the documents as a whole, but only {kept} passages were read. Loaded with a context of {needed:,} tokens (this model allows {trained:,}), it could read all of them whole: use the whole documents.</source>
        <comment>documents.whole-question-could-fit</comment>
        <translation>这个问题针对的是文档整体，但只读取了 {kept} 个段落。如果以 {needed:,} token 的上下文加载（此模型最多支持 {trained:,}），就能完整读取所有文档：请重新提问，完整读取文档。</translation>
    </message>
    <message>
        <source>This question is about the documents as a whole, but they are too long for this model to read whole (about {whole:,} tokens; it has room for {context:,}). The answer saw only {kept} of {passages} passages, from {files} of {all_files} files: anything counted or summed up covers those passages only.</source>
        <comment>documents.whole-question-too-long</comment>
        <translation>这个问题针对的是文档整体，但文档太长，此模型无法完整读取（约 {whole:,} token；它只能容纳 {context:,}）。回答只参考了 {passages} 个段落中的 {kept} 个，来自 {all_files} 个文件中的 {files} 个：任何计数或汇总都只涵盖这些段落。</translation>
    </message>
    <message>
        <source>This collection&apos;s embedding model is not on this computer any more; add its documents again on the Documents page with an embedding model that is.</source>
        <comment>documents.embedding-model-gone</comment>
        <translation>此文档集的嵌入模型已不在这台电脑上；请在“文档”页面使用这台电脑上已有的嵌入模型重新添加其文档。</translation>
    </message>
    <message>
        <source>The attached documents could not be read: {problems}.</source>
        <comment>documents.attachments-unreadable</comment>
        <translation>无法读取附加的文档：{problems}。</translation>
    </message>
    <message>
        <source>There is no collection named “{name}”.</source>
        <comment>documents.unknown-collection</comment>
        <translation>没有名为“{name}”的文档集。</translation>
    </message>
    <message>
        <source>Reading documents needs an embedding model, and none is on this computer: download one (Discover, Documents search; or `hearth models --task embeddings`) or name a GGUF file with --embedder.</source>
        <comment>documents.no-embedding-model</comment>
        <translation>读取文档需要嵌入模型，但这台电脑上没有：请下载一个（“发现”中的“文档搜索”；或 `hearth models --task embeddings`），或用 --embedder 指定一个 GGUF 文件。</translation>
    </message>
    <message>
        <source>This collection was indexed with another embedding model; index it again to search it by meaning.</source>
        <comment>documents.needs-reindex</comment>
        <translation>此文档集是用另一个嵌入模型建立索引的；请重新建立索引，以便按含义搜索。</translation>
    </message>
</context>
<context>
    <name>DocumentsDropZone</name>
    <message>
        <source>Drop documents or folders here</source>
        <translation>将文档或文件夹拖放到这里</translation>
    </message>
    <message>
        <source>Text, Markdown, PDF, Word (docx), web pages (html) and Hearth transcripts (json).</source>
        <translation>文本、Markdown、PDF、Word（docx）、网页（html）和 Hearth 转录文本（json）。</translation>
    </message>
    <message>
        <source>Choose documents to add</source>
        <translation>选择要添加的文档</translation>
    </message>
    <message>
        <source>Choose a folder of documents to add</source>
        <translation>选择要添加的文档文件夹</translation>
    </message>
    <message>
        <source>Documents ({patterns});;All (*)</source>
        <translation>文档 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation>选择文档</translation>
    </message>
    <message>
        <source>Choose a folder of documents</source>
        <translation>选择文档文件夹</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation>我的文档</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Your files stay on this computer: Hearth reads them here and keeps an index beside its settings. In Chat, choose a collection to ask about it.</source>
        <translation>你的文件会留在这台电脑上：Hearth 在本机读取它们，并将索引保存在其设置旁边。在“聊天”中选择一个文档集即可就其提问。</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>文档集</translation>
    </message>
    <message>
        <source>Collection name, e.g. Family papers</source>
        <translation>文档集名称，如 家庭文件</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>文档集名称</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>嵌入模型</translation>
    </message>
    <message>
        <source>The embedding model that indexes the documents (an embedding GGUF in My Models)</source>
        <translation>为文档建立索引的嵌入模型（“我的模型”中的嵌入 GGUF）</translation>
    </message>
    <message>
        <source>Check for changes</source>
        <translation>检查更改</translation>
    </message>
    <message>
        <source>Check the chosen collection for changes</source>
        <translation>检查所选文档集的更改</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>移除文档集</translation>
    </message>
    <message>
        <source>Remove the chosen collection</source>
        <translation>移除所选文档集</translation>
    </message>
    <message>
        <source>What the buttons act on</source>
        <translation>按钮作用的对象</translation>
    </message>
    <message>
        <source>No embedding model yet: get one in Discover (Documents search)</source>
        <translation>还没有嵌入模型：请在“发现”中获取一个（文档搜索）</translation>
    </message>
    <message>
        <source>No collection yet: drop files or folders above to make one.</source>
        <translation>还没有文档集：将文件或文件夹拖放到上方即可创建。</translation>
    </message>
    <message>
        <source>Click a collection in the list to check it for changes or remove it.</source>
        <translation>点击列表中的文档集，可检查其更改或将其移除。</translation>
    </message>
    <message>
        <source>Chosen: “{name}”.</source>
        <translation>已选择：“{name}”。</translation>
    </message>
    <message>
        <source>Read again what changed in the files of “{name}”</source>
        <translation>重新读取“{name}”中文件的更改内容</translation>
    </message>
    <message>
        <source>Wait until the indexing in progress has finished.</source>
        <translation>请等待正在进行的索引完成。</translation>
    </message>
    <message>
        <source>Remove “{name}” from Hearth; your files themselves stay</source>
        <translation>从 Hearth 中移除“{name}”；你的文件本身会保留</translation>
    </message>
    <message>
        <source>Choose an embedding model first: it reads the documents so that Hearth can find the right parts.</source>
        <translation>请先选择一个嵌入模型：它会读取文档，以便 Hearth 找到相关部分。</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; add the documents again in a moment.</source>
        <translation>Hearth 仍在检测这台电脑；请稍后再添加文档。</translation>
    </message>
    <message>
        <source>The collection “{name}” is indexed. {summary}</source>
        <translation>文档集“{name}”已建立索引。{summary}</translation>
    </message>
    <message>
        <source>Indexing the collection “{name}” failed.</source>
        <translation>为文档集“{name}”建立索引失败。</translation>
    </message>
    <message>
        <source>Remove the collection “{name}”?

Hearth forgets its index, and the chat can no longer answer from it. Your files themselves are not deleted: they stay where they are.</source>
        <translation>移除文档集“{name}”？

Hearth 会删除其索引，聊天也将无法再根据它作答。你的文件本身不会被删除，仍保留在原处。</translation>
    </message>
    <message>
        <source>The collection “{name}” was removed; your documents themselves were not touched.</source>
        <translation>文档集“{name}”已移除；你的文档本身未受影响。</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>正在重试</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>正在校验</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>正在安装</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove from this list (the model stays installed)</source>
        <translation>从此列表中移除（模型仍保持安装）</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Paused at {done} of {total}</source>
        <translation>已暂停于 {done} / {total}</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Download of {name}: {percent}%</source>
        <translation>{name} 的下载：{percent}%</translation>
    </message>
    <message>
        <source>Pause the download of {name}</source>
        <translation>暂停 {name} 的下载</translation>
    </message>
    <message>
        <source>Resume the download of {name}</source>
        <translation>继续 {name} 的下载</translation>
    </message>
    <message>
        <source>Retry the download of {name}</source>
        <translation>重试 {name} 的下载</translation>
    </message>
    <message>
        <source>Cancel the download of {name}</source>
        <translation>取消 {name} 的下载</translation>
    </message>
    <message>
        <source>Remove {name} from this list</source>
        <translation>从此列表中移除 {name}</translation>
    </message>
</context>
<context>
    <name>DownloadScreen</name>
    <message>
        <source>The chat opens by itself, with the model loaded, as soon as it is here. Skip keeps the download going in the background (Downloads, {shortcut}).</source>
        <translation>模型一下载好，聊天就会自动打开并加载模型。点击“跳过”会在后台继续下载（下载，{shortcut}）。</translation>
    </message>
    <message>
        <source>Downloading {model}</source>
        <translation>正在下载 {model}</translation>
    </message>
</context>
<context>
    <name>DownloadSettings</name>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Download from</source>
        <translation>下载来源</translation>
    </message>
    <message>
        <source>Download address</source>
        <translation>下载地址</translation>
    </message>
    <message>
        <source>Leave this empty to download from Hugging Face itself. Fill it in only if you use a mirror.</source>
        <translation>留空则直接从 Hugging Face 下载。仅在使用镜像时填写。</translation>
    </message>
    <message>
        <source>Downloads at the same time</source>
        <translation>同时下载数</translation>
    </message>
    <message>
        <source>One at a time finishes each model sooner on a slow connection.</source>
        <translation>网速较慢时，一次下载一个能让每个模型更快下完。</translation>
    </message>
    <message>
        <source>This is not a web address Hearth can use. It should look like https://hf-mirror.com, or stay empty.</source>
        <translation>这不是 Hearth 能使用的网址。它应类似 https://hf-mirror.com，或者留空。</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>Offline mode is on, so Hearth makes no network connection. Turn it off in Settings to download.</source>
        <comment>downloads.offline-mode</comment>
        <translation>离线模式已开启，因此 Hearth 不进行任何网络连接。请在“设置”中关闭离线模式以进行下载。</translation>
    </message>
    <message>
        <source>Asking Hugging Face about the files</source>
        <comment>downloads.asking</comment>
        <translation>正在向 Hugging Face 查询文件信息</translation>
    </message>
    <message>
        <source>Checking the model files</source>
        <comment>downloads.checking-files</comment>
        <translation>正在检查模型文件</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a Hugging Face repository name like &apos;owner/model-GGUF&apos;.</source>
        <comment>downloads.bad-repo-name</comment>
        <translation>“{repo}”不是 Hugging Face 仓库名称（应类似“owner/model-GGUF”）。</translation>
    </message>
    <message>
        <source>Name at least one file of the repository to download.</source>
        <comment>downloads.no-files-named</comment>
        <translation>请至少指定仓库中的一个文件进行下载。</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <comment>downloads.seconds-left</comment>
        <translation>剩余 {seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min left</source>
        <comment>downloads.minutes-left</comment>
        <translation>剩余 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min left</source>
        <comment>downloads.hours-left</comment>
        <translation>剩余 {hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Hugging Face did not say how large {name} is; try again later.</source>
        <comment>downloads.size-unknown</comment>
        <translation>Hugging Face 没有提供 {name} 的大小；请稍后重试。</translation>
    </message>
    <message>
        <source>Not enough disk space: this download needs {needed} more, but only {free} is free on the disk that holds {folder}. Free some space or choose another models folder in Settings.</source>
        <comment>downloads.not-enough-disk</comment>
        <translation>磁盘空间不足：此下载还需要 {needed}，但存放 {folder} 的磁盘只有 {free} 可用。请释放一些空间，或在“设置”中选择其他模型文件夹。</translation>
    </message>
    <message>
        <source>Checking what is here</source>
        <comment>downloads.checking-what-is-here</comment>
        <translation>正在检查已有的内容</translation>
    </message>
    <message>
        <source>The download of {name} keeps failing ({reason}). What arrived is kept: press Retry to continue from there.</source>
        <comment>downloads.download-keeps-failing</comment>
        <translation>{name} 的下载一再失败（{reason}）。已下载的部分会保留：点击“重试”即可从中断处继续。</translation>
    </message>
    <message>
        <source>{reason}; trying again in {delay:.0f} s (attempt {attempt} of {attempts})</source>
        <comment>downloads.retrying</comment>
        <translation>{reason}；{delay:.0f} 秒后重试（第 {attempt} 次，共 {attempts} 次）</translation>
    </message>
    <message>
        <source>{name} arrived damaged (its checksum does not match the published one), so it was deleted and nothing was installed. Try the download again.</source>
        <comment>downloads.corrupt-download</comment>
        <translation>{name} 下载后已损坏（其校验和与公布的不一致），因此已被删除，未安装任何内容。请重新下载。</translation>
    </message>
    <message>
        <source>Hugging Face is busy ({status})</source>
        <comment>downloads.retry-busy</comment>
        <translation>Hugging Face 繁忙（{status}）</translation>
    </message>
    <message>
        <source>The server restarted the file from the beginning</source>
        <comment>downloads.retry-restarted</comment>
        <translation>服务器从头重新发送了文件</translation>
    </message>
    <message>
        <source>The disk is full. What has arrived is kept: free some space, then press Retry to continue the download.</source>
        <comment>downloads.disk-full</comment>
        <translation>磁盘已满。已下载的部分会保留：请释放一些空间，然后点击“重试”继续下载。</translation>
    </message>
    <message>
        <source>The connection closed early</source>
        <comment>downloads.retry-closed-early</comment>
        <translation>连接提前关闭</translation>
    </message>
    <message>
        <source>The connection dropped ({error})</source>
        <comment>downloads.retry-dropped</comment>
        <translation>连接中断（{error}）</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Nothing is downloading. Start a download from Discover.</source>
        <translation>当前没有下载。请在“发现”中开始下载。</translation>
    </message>
    <message>
        <source>{name} is downloaded and installed.</source>
        <translation>{name} 已下载并安装。</translation>
    </message>
    <message>
        <source>The download of {name} failed: {reason}</source>
        <translation>{name} 下载失败：{reason}</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Audio ({audio} …) and video ({video} …), or a whole folder.</source>
        <translation>音频（{audio} …）和视频（{video} …），或整个文件夹。</translation>
    </message>
    <message>
        <source>Drop recordings or videos here</source>
        <translation>将录音或视频拖放到这里</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose files to add</source>
        <translation>选择要添加的文件</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Choose a folder to add</source>
        <translation>选择要添加的文件夹</translation>
    </message>
    <message>
        <source>Recordings and videos ({patterns});;All files (*)</source>
        <translation>录音和视频 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose recordings</source>
        <translation>选择录音</translation>
    </message>
    <message>
        <source>Choose a folder of recordings</source>
        <translation>选择录音文件夹</translation>
    </message>
</context>
<context>
    <name>Engines</name>
    <message>
        <source>This model has no chat format of its own (it is a base model), so Hearth writes the conversation as plain “User:” and “Assistant:” lines. Its answers may wander or continue the conversation by themselves.</source>
        <comment>engines.plain-chat-format</comment>
        <translation>此模型没有自己的聊天格式（它是基础模型），因此 Hearth 以普通的“User:”和“Assistant:”行来书写对话。它的回答可能会跑题，或自行把对话继续下去。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template is broken, so Hearth cannot talk to it.</source>
        <comment>engines.chat-template-failed</comment>
        <translation>此模型的聊天模板有问题，因此 Hearth 无法与它对话。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not write out the conversation.</source>
        <comment>engines.chat-template-failed-writing</comment>
        <translation>此模型的聊天模板无法写出这段对话。</translation>
    </message>
    <message>
        <source>The model stopped with an error while writing its reply.</source>
        <comment>engines.generation-failed</comment>
        <translation>模型在写回复时出错并停止了。</translation>
    </message>
    <message>
        <source>{name} could not be loaded as an embedding model: the file may be damaged, or not an embedding model.</source>
        <comment>engines.model-load-failed</comment>
        <translation>无法将 {name} 加载为嵌入模型：文件可能已损坏，或者它不是嵌入模型。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <comment>engines.embedding-cancelled</comment>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>No embedding model is loaded.</source>
        <comment>engines.no-model-loaded</comment>
        <translation>未加载嵌入模型。</translation>
    </message>
    <message>
        <source>{name} could not be loaded: the file may be damaged, or made for a newer version of llama.cpp than the one in Hearth.</source>
        <comment>engines.load-failed-damaged</comment>
        <translation>无法加载 {name}：文件可能已损坏，或者它是为比 Hearth 所带版本更新的 llama.cpp 制作的。</translation>
    </message>
    <message>
        <source>Earlier images in this chat are not shown to this model: it cannot see images.</source>
        <comment>engines.earlier-images-hidden</comment>
        <translation>此聊天中较早的图片不会显示给此模型：它无法识别图片。</translation>
    </message>
    <message>
        <source>This text is too long for the model&apos;s memory (its context); shorten it.</source>
        <comment>engines.message-too-long</comment>
        <translation>这段文字太长，超出了模型的记忆（上下文）；请缩短。</translation>
    </message>
    <message>
        <source>The model could not read the images in this conversation.</source>
        <comment>engines.images-unreadable</comment>
        <translation>模型无法读取此对话中的图片。</translation>
    </message>
    <message>
        <source>Load a model before starting a chat.</source>
        <comment>engines.no-model-for-chat</comment>
        <translation>请先加载模型，再开始聊天。</translation>
    </message>
    <message>
        <source>{count} earlier message was left out so the conversation fits in the model&apos;s memory; the model no longer sees them.</source>
        <comment>engines.message-left-out</comment>
        <translation>为使对话能放入模型的记忆，已略去 {count} 条较早的消息；模型不再能看到它们。</translation>
    </message>
    <message>
        <source>{count} earlier messages were left out so the conversation fits in the model&apos;s memory; the model no longer sees them.</source>
        <comment>engines.messages-left-out</comment>
        <translation>为使对话能放入模型的记忆，已略去 {count} 条较早的消息；模型不再能看到它们。</translation>
    </message>
    <message>
        <source>The rules this reply must follow (its grammar) could not be read.</source>
        <comment>engines.grammar-unreadable</comment>
        <translation>无法读取此回复必须遵循的规则（语法）。</translation>
    </message>
    <message>
        <source>Your message is too long for this model&apos;s memory: with room for a {reply_room}-token reply it needs about {needed} tokens, and the model was loaded with room for {context}. Shorten the message, ask for a shorter reply, or load the model with a longer context.</source>
        <comment>engines.message-too-long-for-reply</comment>
        <translation>你的消息太长，超出了此模型的记忆：算上 {reply_room} token 的回复空间，它约需 {needed} token，而模型加载时的空间为 {context}。请缩短消息、要求更短的回复，或以更长的上下文加载模型。</translation>
    </message>
    <message>
        <source>Hearth&apos;s chat engine (llama.cpp) could not be started on this computer; reinstalling Hearth usually fixes this.</source>
        <comment>engines.engine-unavailable</comment>
        <translation>Hearth 的聊天引擎（llama.cpp）无法在这台电脑上启动；重新安装 Hearth 通常可以解决。</translation>
    </message>
    <message>
        <source>Hearth&apos;s image engine (llama.cpp&apos;s mtmd) could not be started on this computer; reinstalling Hearth usually fixes this.</source>
        <comment>engines.image-engine-unavailable</comment>
        <translation>Hearth 的图片引擎（llama.cpp 的 mtmd）无法在这台电脑上启动；重新安装 Hearth 通常可以解决。</translation>
    </message>
    <message>
        <source>The vision companion {name} could not be read. {message}</source>
        <comment>engines.companion-unreadable</comment>
        <translation>无法读取视觉配套文件 {name}。{message}</translation>
    </message>
    <message>
        <source>The vision companion {name} does not work with this model: it was probably made for a different model. Pair the model with the mmproj file published beside it.</source>
        <comment>engines.companion-mismatch</comment>
        <translation>视觉配套文件 {name} 不适用于此模型：它可能是为其他模型制作的。请为模型配对与其一同发布的 mmproj 文件。</translation>
    </message>
    <message>
        <source>The model&apos;s vision companion could not read this image.</source>
        <comment>engines.companion-unreadable-image</comment>
        <translation>模型的视觉配套文件无法读取这张图片。</translation>
    </message>
    <message>
        <source>This image needs about {newest:,} tokens of the model&apos;s memory, and with room for a reply that is more than the {context:,} it was loaded with. Send fewer images, or load the model with a longer context (Options).</source>
        <comment>engines.image-does-not-fit</comment>
        <translation>这张图片约需占用模型记忆中的 {newest:,} token，加上回复所需的空间，超过了模型加载时的 {context:,}。请少发送一些图片，或以更长的上下文加载模型（“选项”）。</translation>
    </message>
    <message>
        <source>These {count} images need about {newest:,} tokens of the model&apos;s memory, and with room for a reply that is more than the {context:,} it was loaded with. Send fewer images, or load the model with a longer context (Options).</source>
        <comment>engines.images-do-not-fit</comment>
        <translation>这 {count} 张图片约需占用模型记忆中的 {newest:,} token，加上回复所需的空间，超过了模型加载时的 {context:,}。请少发送一些图片，或以更长的上下文加载模型（“选项”）。</translation>
    </message>
    <message>
        <source>Images and text now fill about {percent}% of the model&apos;s memory, and the model reads every image again with each message. Soon the earliest messages and their images will be left out; a new chat, or a longer context in Options, gives more room.</source>
        <comment>engines.images-crowd-memory</comment>
        <translation>图片和文字现已占用模型记忆的约 {percent}%，而且模型每收到一条消息都会重新读取每张图片。很快，最早的消息及其图片就会被略去；新建聊天，或在“选项”中设置更长的上下文，可以腾出更多空间。</translation>
    </message>
    <message>
        <source>This model cannot see images. Choose a model marked “sees images”, or pair this one with its vision companion (an mmproj file) in My Models.</source>
        <comment>engines.cannot-see-images</comment>
        <translation>此模型无法识别图片。请选择标有“可识别图片”的模型，或在“我的模型”中为此模型配对其视觉配套文件（mmproj 文件）。</translation>
    </message>
    <message>
        <source>{name} has no sound track, so there is nothing to transcribe.</source>
        <comment>engines.recording-no-sound-track</comment>
        <translation>{name} 没有音轨，因此没有可转录的内容。</translation>
    </message>
    <message>
        <source>{name} is cut short: it should last {declared}, but only {read} of it could be read. It may not have finished copying or downloading.</source>
        <comment>engines.recording-cut-short</comment>
        <translation>{name} 不完整：它本应长 {declared}，但只能读取其中的 {read}。它可能还没有复制或下载完。</translation>
    </message>
    <message>
        <source>{name} holds no sound that could be read; it may be damaged.</source>
        <comment>engines.recording-no-sound</comment>
        <translation>{name} 中没有可读取的声音；它可能已损坏。</translation>
    </message>
    <message>
        <source>There is no file at {path}; it may have been moved or deleted.</source>
        <comment>engines.recording-missing</comment>
        <translation>{path} 处没有文件；它可能已被移动或删除。</translation>
    </message>
    <message>
        <source>{name} could not be opened: {strerror}.</source>
        <comment>engines.recording-unopened</comment>
        <translation>无法打开 {name}：{strerror}。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a recording.</source>
        <comment>engines.recording-is-folder</comment>
        <translation>{name} 是文件夹，不是录音。</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes). It may not have finished copying.</source>
        <comment>engines.recording-empty</comment>
        <translation>{name} 是空的（0 字节）。它可能还没有复制完。</translation>
    </message>
    <message>
        <source>{name} is cut short: it should last {declared}, but only {read} of it is in the file. It may not have finished copying or downloading.</source>
        <comment>engines.recording-cut-short-in-file</comment>
        <translation>{name} 不完整：它本应长 {declared}，但文件中只有 {read}。它可能还没有复制或下载完。</translation>
    </message>
    <message>
        <source>{name} is not a recording Hearth can read: it is not audio or video, or it is damaged.</source>
        <comment>engines.recording-unreadable</comment>
        <translation>{name} 不是 Hearth 能读取的录音：它不是音频或视频，或者已损坏。</translation>
    </message>
    <message>
        <source>{name} is not a Whisper model: a faster-whisper model folder holds model.bin and config.json.</source>
        <comment>engines.speech-model-unusable</comment>
        <translation>{name} 不是 Whisper 模型：faster-whisper 模型文件夹中应包含 model.bin 和 config.json。</translation>
    </message>
    <message>
        <source>The graphics card could not be used for {name}, so it runs on the processor instead.</source>
        <comment>engines.speech-on-processor</comment>
        <translation>无法为 {name} 使用显卡，因此改为在处理器上运行。</translation>
    </message>
    <message>
        <source>Reading the recording…</source>
        <comment>engines.reading-recording</comment>
        <translation>正在读取录音…</translation>
    </message>
    <message>
        <source>Loading the speech model {name}…</source>
        <comment>engines.loading-speech-model</comment>
        <translation>正在加载语音模型 {name}…</translation>
    </message>
    <message>
        <source>Finding the speech and the language…</source>
        <comment>engines.finding-speech-language</comment>
        <translation>正在查找语音并识别语言…</translation>
    </message>
    <message>
        <source>Finding the speech…</source>
        <comment>engines.finding-speech</comment>
        <translation>正在查找语音…</translation>
    </message>
    <message>
        <source>No speech was found in this recording.</source>
        <comment>engines.no-speech</comment>
        <translation>此录音中未找到语音。</translation>
    </message>
    <message>
        <source>Whisper stopped with an error while transcribing {name}.</source>
        <comment>engines.transcription-failed</comment>
        <translation>Whisper 在转录 {name} 时出错并停止了。</translation>
    </message>
    <message>
        <source>Removed {count} repeated lines (Whisper was repeating itself).</source>
        <comment>engines.repeats-removed</comment>
        <translation>已删除 {count} 行重复内容（Whisper 出现了自我重复）。</translation>
    </message>
    <message>
        <source>{name} understands English only.</source>
        <comment>engines.english-only</comment>
        <translation>{name} 只能识别英语。</translation>
    </message>
    <message>
        <source>“{language}” is not a language Whisper knows; use a code such as en, fr, de or es.</source>
        <comment>engines.unknown-language</comment>
        <translation>“{language}”不是 Whisper 认识的语言；请使用 en、fr、de 或 es 这样的代码。</translation>
    </message>
    <message>
        <source>The speech model {name} could not be loaded; its files may be damaged or incomplete.</source>
        <comment>engines.speech-model-load-failed</comment>
        <translation>无法加载语音模型 {name}；其文件可能已损坏或不完整。</translation>
    </message>
</context>
<context>
    <name>EvalChecks</name>
    <message>
        <source>Hearth does not run this check</source>
        <comment>evals.unsupported</comment>
        <translation>Hearth 不运行此检查项</translation>
    </message>
    <message>
        <source>A check&apos;s weight must be a number, 0 or more (this “{type}” check has {weight}).</source>
        <comment>evals.bad-weight</comment>
        <translation>检查项的权重必须是不小于 0 的数字（此“{type}”检查项的权重为 {weight}）。</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check is not JSON ({error}).</source>
        <comment>evals.schema-not-json</comment>
        <translation>此“{type}”检查项的 schema 不是 JSON（{error}）。</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check must be a JSON object.</source>
        <comment>evals.schema-not-object</comment>
        <translation>此“{type}”检查项的 schema 必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check is not a valid JSON schema: {problem}.</source>
        <comment>evals.schema-invalid</comment>
        <translation>此“{type}”检查项的 schema 不是有效的 JSON schema：{problem}。</translation>
    </message>
    <message>
        <source>The reply is not valid JSON ({error} at line {line}, column {column}).</source>
        <comment>evals.not-json</comment>
        <translation>回复不是有效的 JSON（第 {line} 行第 {column} 列：{error}）。</translation>
    </message>
    <message>
        <source>The reply is valid JSON.</source>
        <comment>evals.json</comment>
        <translation>回复是有效的 JSON。</translation>
    </message>
    <message>
        <source>Valid JSON, but {problem}.</source>
        <comment>evals.json-not-schema</comment>
        <translation>是有效的 JSON，但{problem}。</translation>
    </message>
    <message>
        <source>The reply is valid JSON that matches the schema.</source>
        <comment>evals.json-schema</comment>
        <translation>回复是符合 schema 的有效 JSON。</translation>
    </message>
    <message>
        <source>The reply contains no JSON object.</source>
        <comment>evals.no-json-object</comment>
        <translation>回复中不包含 JSON 对象。</translation>
    </message>
    <message>
        <source>The reply contains a JSON object.</source>
        <comment>evals.json-object</comment>
        <translation>回复中包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The reply contains a JSON object that matches the schema.</source>
        <comment>evals.json-object-schema</comment>
        <translation>回复中包含符合 schema 的 JSON 对象。</translation>
    </message>
    <message>
        <source>The reply contains JSON, but {problem}.</source>
        <comment>evals.json-object-not-schema</comment>
        <translation>回复中包含 JSON，但{problem}。</translation>
    </message>
    <message>
        <source>Hearth cannot use this check&apos;s schema ({error}).</source>
        <comment>evals.schema-unusable</comment>
        <translation>Hearth 无法使用此检查项的 schema（{error}）。</translation>
    </message>
    <message>
        <source>{problem} (and 1 more problem)</source>
        <comment>evals.schema-one-more</comment>
        <translation>{problem}（另有 1 个问题）</translation>
    </message>
    <message>
        <source>{problem} (and {more} more problems)</source>
        <comment>evals.schema-more</comment>
        <translation>{problem}（另有 {more} 个问题）</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>evals.type-string</comment>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an integer</source>
        <comment>evals.type-integer</comment>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>evals.type-number</comment>
        <translation>数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <comment>evals.type-boolean</comment>
        <translation>布尔值（true 或 false）</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>evals.type-object</comment>
        <translation>对象</translation>
    </message>
    <message>
        <source>a list</source>
        <comment>evals.type-array</comment>
        <translation>列表</translation>
    </message>
    <message>
        <source>null</source>
        <comment>evals.type-null</comment>
        <translation>空值（null）</translation>
    </message>
    <message>
        <source>the JSON</source>
        <comment>evals.schema-the-json</comment>
        <translation>JSON 数据</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <comment>evals.schema-either</comment>
        <translation>{first}或{second}</translation>
    </message>
    <message>
        <source>{where} must be {kind}</source>
        <comment>evals.schema-type</comment>
        <translation>{where}必须是{kind}</translation>
    </message>
    <message>
        <source>{names} is missing from {where}</source>
        <comment>evals.schema-required-one</comment>
        <translation>{where}中缺少{names}</translation>
    </message>
    <message>
        <source>{names} are missing from {where}</source>
        <comment>evals.schema-required</comment>
        <translation>{where}中缺少{names}</translation>
    </message>
    <message>
        <source>{where} must be {values}</source>
        <comment>evals.schema-enum</comment>
        <translation>{where}必须是{values}</translation>
    </message>
    <message>
        <source>{where} has {names}, which the schema does not allow</source>
        <comment>evals.schema-extra</comment>
        <translation>{where}中有{names}，但 schema 不允许</translation>
    </message>
    <message>
        <source>{where} must be at least {bound}</source>
        <comment>evals.schema-minimum</comment>
        <translation>{where}不得小于 {bound}</translation>
    </message>
    <message>
        <source>{where} must be at most {bound}</source>
        <comment>evals.schema-maximum</comment>
        <translation>{where}不得大于 {bound}</translation>
    </message>
    <message>
        <source>{where} must be more than {bound}</source>
        <comment>evals.schema-more-than</comment>
        <translation>{where}必须大于 {bound}</translation>
    </message>
    <message>
        <source>{where} must be less than {bound}</source>
        <comment>evals.schema-less-than</comment>
        <translation>{where}必须小于 {bound}</translation>
    </message>
    <message>
        <source>{where} must match the pattern {pattern}</source>
        <comment>evals.schema-pattern</comment>
        <translation>{where}必须匹配模式{pattern}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <comment>evals.schema-other</comment>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <source>{where} has {count} item, where at least {bound} are asked for</source>
        <comment>evals.min-item</comment>
        <translation>{where}有 {count} 项，但要求至少 {bound} 项</translation>
    </message>
    <message>
        <source>{where} has {count} items, where at least {bound} are asked for</source>
        <comment>evals.min-items</comment>
        <translation>{where}有 {count} 项，但要求至少 {bound} 项</translation>
    </message>
    <message>
        <source>{where} has {count} item, where at most {bound} are asked for</source>
        <comment>evals.max-item</comment>
        <translation>{where}有 {count} 项，但要求最多 {bound} 项</translation>
    </message>
    <message>
        <source>{where} has {count} items, where at most {bound} are asked for</source>
        <comment>evals.max-items</comment>
        <translation>{where}有 {count} 项，但要求最多 {bound} 项</translation>
    </message>
    <message>
        <source>This “{type}” check needs {what} as its value.</source>
        <comment>evals.needs-number</comment>
        <translation>此“{type}”检查项的值必须是{what}。</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>evals.a-number</comment>
        <translation>数字</translation>
    </message>
    <message>
        <source>a time limit in milliseconds</source>
        <comment>evals.a-time-limit</comment>
        <translation>以毫秒为单位的时间上限</translation>
    </message>
    <message>
        <source>a number of words</source>
        <comment>evals.a-number-of-words</comment>
        <translation>词数</translation>
    </message>
    <message>
        <source>a speed in tokens/s</source>
        <comment>evals.a-speed</comment>
        <translation>以 tokens/s 为单位的速度</translation>
    </message>
    <message>
        <source>This “word-count” check needs “min”, “max” or both.</source>
        <comment>evals.word-count-bounds</comment>
        <translation>此“word-count”检查项需要“min”、“max”或两者都有。</translation>
    </message>
    <message>
        <source>This “word-count” check&apos;s minimum ({low}) is more than its maximum ({high}).</source>
        <comment>evals.word-count-crossed</comment>
        <translation>此“word-count”检查项的最小值（{low}）大于最大值（{high}）。</translation>
    </message>
    <message>
        <source>This “finish-reason” check takes one of {reasons}.</source>
        <comment>evals.bad-finish-reason</comment>
        <translation>此“finish-reason”检查项的值须为以下之一：{reasons}。</translation>
    </message>
    <message>
        <source>The reply took {took}, within the {limit} allowed.</source>
        <comment>evals.latency</comment>
        <translation>回复用时 {took}，在允许的 {limit} 以内。</translation>
    </message>
    <message>
        <source>The reply took {took}, over the {limit} allowed.</source>
        <comment>evals.latency-over</comment>
        <translation>回复用时 {took}，超过了允许的 {limit}。</translation>
    </message>
    <message>
        <source>{count} word</source>
        <comment>evals.one-word</comment>
        <translation>{count} 个词</translation>
    </message>
    <message>
        <source>{count} words</source>
        <comment>evals.words</comment>
        <translation>{count} 个词</translation>
    </message>
    <message>
        <source>The reply has {words}.</source>
        <comment>evals.word-count</comment>
        <translation>回复有 {words}。</translation>
    </message>
    <message>
        <source>The reply has {words}, not {wanted}.</source>
        <comment>evals.word-count-not</comment>
        <translation>回复有 {words}，而不是 {wanted} 个。</translation>
    </message>
    <message>
        <source>The reply has {words}, fewer than the {low} asked for.</source>
        <comment>evals.word-count-fewer</comment>
        <translation>回复有 {words}，少于要求的 {low} 个。</translation>
    </message>
    <message>
        <source>The reply has {words}, more than the {high} allowed.</source>
        <comment>evals.word-count-more</comment>
        <translation>回复有 {words}，多于允许的 {high} 个。</translation>
    </message>
    <message>
        <source>The reply has {words} (at least {low} and at most {high} asked for).</source>
        <comment>evals.words-between</comment>
        <translation>回复有 {words}（要求至少 {low} 个、至多 {high} 个）。</translation>
    </message>
    <message>
        <source>The reply has {words} (at least {low} asked for).</source>
        <comment>evals.words-at-least</comment>
        <translation>回复有 {words}（要求至少 {low} 个）。</translation>
    </message>
    <message>
        <source>The reply has {words} (at most {high} asked for).</source>
        <comment>evals.words-at-most</comment>
        <translation>回复有 {words}（要求至多 {high} 个）。</translation>
    </message>
    <message>
        <source>The reply came at {speed} tokens/s, at least the {limit} asked for.</source>
        <comment>evals.speed</comment>
        <translation>回复速度为 {speed} tokens/s，不低于要求的 {limit}。</translation>
    </message>
    <message>
        <source>The reply came at {speed} tokens/s, slower than the {limit} asked for.</source>
        <comment>evals.speed-slow</comment>
        <translation>回复速度为 {speed} tokens/s，低于要求的 {limit}。</translation>
    </message>
    <message>
        <source>The reply ended with {reason}.</source>
        <comment>evals.finish-reason</comment>
        <translation>回复以{reason}结束。</translation>
    </message>
    <message>
        <source>The reply ended with {reason}, not {expected}.</source>
        <comment>evals.finish-reason-not</comment>
        <translation>回复以{reason}结束，而不是{expected}。</translation>
    </message>
    <message>
        <source>Choose an embedding model to run “{type}” checks.</source>
        <comment>evals.needs-embedder</comment>
        <translation>请选择一个嵌入模型，以运行“{type}”检查项。</translation>
    </message>
    <message>
        <source>Choose a judge model to run “{type}” checks.</source>
        <comment>evals.needs-judge</comment>
        <translation>请选择一个评判模型，以运行“{type}”检查项。</translation>
    </message>
    <message>
        <source>This “{type}” check needs the expected answer, or a list of them.</source>
        <comment>evals.similar-needs</comment>
        <translation>此“{type}”检查项需要预期答案，或预期答案的列表。</translation>
    </message>
    <message>
        <source>This “{type}” check&apos;s threshold must be a similarity from -1 to 1.</source>
        <comment>evals.similar-threshold</comment>
        <translation>此“{type}”检查项的阈值必须是 -1 到 1 之间的相似度。</translation>
    </message>
    <message>
        <source>The embedding model did not give one vector per text.</source>
        <comment>evals.embedder-miscounted</comment>
        <translation>嵌入模型没有为每段文本各给出一个向量。</translation>
    </message>
    <message>
        <source>the closest expected answer, {answer}</source>
        <comment>evals.closest-answer</comment>
        <translation>最接近的预期答案{answer}</translation>
    </message>
    <message>
        <source>The reply&apos;s similarity to {against} is {similarity}, at least the {threshold} asked for.</source>
        <comment>evals.similar</comment>
        <translation>回复与{against}的相似度为 {similarity}，不低于要求的 {threshold}。</translation>
    </message>
    <message>
        <source>The reply&apos;s similarity to {against} is {similarity}, below the {threshold} asked for.</source>
        <comment>evals.not-similar</comment>
        <translation>回复与{against}的相似度为 {similarity}，低于要求的 {threshold}。</translation>
    </message>
    <message>
        <source>This “{type}” check needs a rubric: what a good reply does, in a sentence.</source>
        <comment>evals.rubric-needed</comment>
        <translation>此“{type}”检查项需要评分标准：用一句话说明好的回复应当做到什么。</translation>
    </message>
    <message>
        <source>“nothing”</source>
        <comment>evals.judge-said-nothing</comment>
        <translation>“（空）”</translation>
    </message>
    <message>
        <source>The judge model did not answer with a verdict (JSON with “reason”, “pass” and “score”), so this check cannot tell: it answered {answer}.</source>
        <comment>evals.judge-no-verdict</comment>
        <translation>评判模型没有给出评判结果（包含“reason”、“pass”和“score”的 JSON），因此此检查项无法判断：它的回答是{answer}。</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <comment>evals.judge-no-reason</comment>
        <translation>它没有给出理由</translation>
    </message>
    <message>
        <source>The judge model says the reply meets the rubric {rubric} (score {score}): {why}; the score is below the {threshold} asked for.</source>
        <comment>evals.rubric-met-below</comment>
        <translation>评判模型认为回复符合评分标准{rubric}（得分 {score}）：{why}；但得分低于要求的 {threshold}。</translation>
    </message>
    <message>
        <source>The judge model says the reply meets the rubric {rubric} (score {score}): {why}.</source>
        <comment>evals.rubric-met</comment>
        <translation>评判模型认为回复符合评分标准{rubric}（得分 {score}）：{why}。</translation>
    </message>
    <message>
        <source>The judge model says the reply does not meet the rubric {rubric} (score {score}): {why}; the score is below the {threshold} asked for.</source>
        <comment>evals.rubric-not-met-below</comment>
        <translation>评判模型认为回复不符合评分标准{rubric}（得分 {score}）：{why}；且得分低于要求的 {threshold}。</translation>
    </message>
    <message>
        <source>The judge model says the reply does not meet the rubric {rubric} (score {score}): {why}.</source>
        <comment>evals.rubric-not-met</comment>
        <translation>评判模型认为回复不符合评分标准{rubric}（得分 {score}）：{why}。</translation>
    </message>
    <message>
        <source>This “{type}” check needs some text to look for.</source>
        <comment>evals.needs-text</comment>
        <translation>此“{type}”检查项需要填写要查找的文本。</translation>
    </message>
    <message>
        <source>This “{type}” check needs a list of texts to look for.</source>
        <comment>evals.needs-texts</comment>
        <translation>此“{type}”检查项需要一个要查找的文本列表。</translation>
    </message>
    <message>
        <source>The pattern {pattern} is not a regular expression Hearth can read ({error}).</source>
        <comment>evals.bad-pattern</comment>
        <translation>模式{pattern}不是 Hearth 能读取的正则表达式（{error}）。</translation>
    </message>
    <message>
        <source>The reply is not JSON, so it is not {expected}.</source>
        <comment>evals.equals-not-json</comment>
        <translation>回复不是 JSON，因此不等于{expected}。</translation>
    </message>
    <message>
        <source>The reply is the JSON {expected}.</source>
        <comment>evals.equals-json</comment>
        <translation>回复正是 JSON 数据{expected}。</translation>
    </message>
    <message>
        <source>The reply is not the JSON {expected}.</source>
        <comment>evals.equals-not-the-json</comment>
        <translation>回复不是 JSON 数据{expected}。</translation>
    </message>
    <message>
        <source>The reply is exactly {expected}.</source>
        <comment>evals.equals</comment>
        <translation>回复完全等于{expected}。</translation>
    </message>
    <message>
        <source>The reply is not exactly {expected}: it is {reply}.</source>
        <comment>evals.not-equals</comment>
        <translation>回复不完全等于{expected}：回复为{reply}。</translation>
    </message>
    <message>
        <source>The reply contains {value} (ignoring case).</source>
        <comment>evals.icontains</comment>
        <translation>回复包含{value}（不区分大小写）。</translation>
    </message>
    <message>
        <source>The reply contains {value}.</source>
        <comment>evals.contains</comment>
        <translation>回复包含{value}。</translation>
    </message>
    <message>
        <source>The reply does not contain {value} (ignoring case).</source>
        <comment>evals.not-icontains</comment>
        <translation>回复不包含{value}（不区分大小写）。</translation>
    </message>
    <message>
        <source>The reply does not contain {value}.</source>
        <comment>evals.not-contains</comment>
        <translation>回复不包含{value}。</translation>
    </message>
    <message>
        <source>The reply contains none of {values} (ignoring case).</source>
        <comment>evals.icontains-none</comment>
        <translation>回复不包含{values}中的任何一个（不区分大小写）。</translation>
    </message>
    <message>
        <source>The reply contains none of {values}.</source>
        <comment>evals.contains-none</comment>
        <translation>回复不包含{values}中的任何一个。</translation>
    </message>
    <message>
        <source>The reply contains all of {values} (ignoring case).</source>
        <comment>evals.icontains-all</comment>
        <translation>回复包含全部{values}（不区分大小写）。</translation>
    </message>
    <message>
        <source>The reply contains all of {values}.</source>
        <comment>evals.contains-all</comment>
        <translation>回复包含全部{values}。</translation>
    </message>
    <message>
        <source>The reply starts with {value}.</source>
        <comment>evals.starts-with</comment>
        <translation>回复以{value}开头。</translation>
    </message>
    <message>
        <source>The reply does not start with {value}: it starts with {start}.</source>
        <comment>evals.not-starts-with</comment>
        <translation>回复不以{value}开头：它以{start}开头。</translation>
    </message>
    <message>
        <source>The reply ends with {value}.</source>
        <comment>evals.ends-with</comment>
        <translation>回复以{value}结尾。</translation>
    </message>
    <message>
        <source>The reply does not end with {value}.</source>
        <comment>evals.not-ends-with</comment>
        <translation>回复不以{value}结尾。</translation>
    </message>
    <message>
        <source>The reply matches the pattern {pattern}.</source>
        <comment>evals.matches</comment>
        <translation>回复匹配模式{pattern}。</translation>
    </message>
    <message>
        <source>The reply does not match the pattern {pattern}.</source>
        <comment>evals.not-matches</comment>
        <translation>回复不匹配模式{pattern}。</translation>
    </message>
    <message>
        <source>This “language” check takes a language&apos;s name or two-letter code: one of {languages}.</source>
        <comment>evals.bad-language</comment>
        <translation>此“language”检查项需要语言名称或两字母代码，须为以下之一：{languages}。</translation>
    </message>
    <message>
        <source>Hearth cannot tell which language the reply is in.</source>
        <comment>evals.language-unknown</comment>
        <translation>Hearth 无法判断回复使用的是哪种语言。</translation>
    </message>
    <message>
        <source>The reply is in {language}.</source>
        <comment>evals.language</comment>
        <translation>回复使用的是 {language}。</translation>
    </message>
    <message>
        <source>The reply seems to be in {found}, not {language}.</source>
        <comment>evals.not-language</comment>
        <translation>回复似乎使用的是 {found}，而不是 {language}。</translation>
    </message>
    <message>
        <source>This “tool-call” check&apos;s arguments must be an object of names and values.</source>
        <comment>evals.tool-call-bad-arguments</comment>
        <translation>此“tool-call”检查项的参数必须是由名称和值组成的对象。</translation>
    </message>
    <message>
        <source>This “tool-call” check needs a tool&apos;s name, or {{“name”, “arguments”}}.</source>
        <comment>evals.tool-call-needs-name</comment>
        <translation>此“tool-call”检查项需要工具名称，或 {{“name”, “arguments”}}。</translation>
    </message>
    <message>
        <source>The reply calls no tool.</source>
        <comment>evals.no-tool-call</comment>
        <translation>回复没有调用任何工具。</translation>
    </message>
    <message>
        <source>The reply calls {called}, not {tool}.</source>
        <comment>evals.other-tool-call</comment>
        <translation>回复调用的是{called}，而不是{tool}。</translation>
    </message>
    <message>
        <source>The reply calls {tool}.</source>
        <comment>evals.tool-call</comment>
        <translation>回复调用了{tool}。</translation>
    </message>
    <message>
        <source>The reply calls {tool} with {arguments}.</source>
        <comment>evals.tool-call-arguments</comment>
        <translation>回复以参数{arguments}调用了{tool}。</translation>
    </message>
    <message>
        <source>The reply calls {tool}, but {problem}.</source>
        <comment>evals.tool-call-problem</comment>
        <translation>回复调用了{tool}，但{problem}。</translation>
    </message>
    <message>
        <source>The reply calls {tool}, which this case does not offer.</source>
        <comment>evals.tool-not-offered</comment>
        <translation>回复调用了{tool}，但此用例并未提供该工具。</translation>
    </message>
    <message>
        <source>Every tool call in the reply ({tools}) is valid.</source>
        <comment>evals.tool-calls-valid</comment>
        <translation>回复中的每个工具调用（{tools}）都有效。</translation>
    </message>
    <message>
        <source>{name} is not an object</source>
        <comment>evals.argument-not-object</comment>
        <translation>{name}不是对象</translation>
    </message>
    <message>
        <source>its arguments is not an object</source>
        <comment>evals.arguments-not-object</comment>
        <translation>其参数不是对象</translation>
    </message>
    <message>
        <source>its arguments have no {name}</source>
        <comment>evals.argument-missing</comment>
        <translation>其参数中没有{name}</translation>
    </message>
    <message>
        <source>its {name} is {actual}, not {expected}</source>
        <comment>evals.argument-differs</comment>
        <translation>其{name}为{actual}，而不是{expected}</translation>
    </message>
</context>
<context>
    <name>Evals</name>
    <message>
        <source>Hearth cannot read {name} as a model file.</source>
        <comment>evals.embedder-unreadable</comment>
        <translation>Hearth 无法将 {name} 作为模型文件读取。</translation>
    </message>
    <message>
        <source>{name} is a chat model, not an embedding model, so it cannot compare answers for “similar” checks. Choose an embedding model of your library (such as all-MiniLM or nomic-embed-text).</source>
        <comment>evals.embedder-is-chat-model</comment>
        <translation>{name} 是聊天模型，不是嵌入模型，因此无法为“相似”检查项比较答案。请从你的模型库中选择一个嵌入模型（如 all-MiniLM 或 nomic-embed-text）。</translation>
    </message>
    <message>
        <source>the suite “{name}”</source>
        <comment>evals.the-named-suite</comment>
        <translation>测试集“{name}”</translation>
    </message>
    <message>
        <source>Hearth could not save the suite “{name}” in {folder}.</source>
        <comment>evals.suite-not-saved</comment>
        <translation>Hearth 无法将测试集“{name}”保存到 {folder}。</translation>
    </message>
    <message>
        <source>There is already a suite named “{name}”: choose another name.</source>
        <comment>evals.suite-name-taken</comment>
        <translation>已有名为“{name}”的测试集：请另选一个名称。</translation>
    </message>
    <message>
        <source>Hearth could not rename the suite “{name}”.</source>
        <comment>evals.suite-not-renamed</comment>
        <translation>Hearth 无法重命名测试集“{name}”。</translation>
    </message>
    <message>
        <source>Hearth could not delete the suite “{name}”.</source>
        <comment>evals.suite-not-deleted</comment>
        <translation>Hearth 无法删除测试集“{name}”。</translation>
    </message>
    <message>
        <source>an assertion should be a type with its value, and one is not</source>
        <comment>evals.promptfoo-bad-assertion</comment>
        <translation>断言应为类型及其值，但有一个断言不是</translation>
    </message>
    <message>
        <source>the assertion {ref} names no assertion template</source>
        <comment>evals.promptfoo-no-template</comment>
        <translation>断言 {ref} 没有指向任何断言模板</translation>
    </message>
    <message>
        <source>an assertion has no type</source>
        <comment>evals.promptfoo-no-type</comment>
        <translation>有一个断言没有类型</translation>
    </message>
    <message>
        <source>the {what} of a {type} assertion should be a number, and it is {value}</source>
        <comment>evals.promptfoo-assertion-not-number</comment>
        <translation>{type} 断言的 {what} 应为数字，但它是 {value}</translation>
    </message>
    <message>
        <source>Hearth cannot read {name} as a promptfoo configuration: {problem}</source>
        <comment>evals.promptfoo-unreadable</comment>
        <translation>Hearth 无法将 {name} 作为 promptfoo 配置读取：{problem}</translation>
    </message>
    <message>
        <source>Hearth could not save {path}. Choose another folder, or free some disk space.</source>
        <comment>evals.promptfoo-not-saved</comment>
        <translation>Hearth 无法保存 {path}。请选择其他文件夹，或释放一些磁盘空间。</translation>
    </message>
    <message>
        <source>the file cannot be opened.</source>
        <comment>evals.promptfoo-not-opened</comment>
        <translation>无法打开该文件。</translation>
    </message>
    <message>
        <source>it is not valid YAML (see the details for where).</source>
        <comment>evals.promptfoo-not-yaml</comment>
        <translation>它不是有效的 YAML（出错位置见详细信息）。</translation>
    </message>
    <message>
        <source>it should hold settings such as &apos;prompts&apos; and &apos;tests&apos;, and it does not.</source>
        <comment>evals.promptfoo-not-settings</comment>
        <translation>它应包含“prompts”和“tests”等设置，但并没有。</translation>
    </message>
    <message>
        <source>its &apos;assertionTemplates&apos; should be named assertions, and they are not.</source>
        <comment>evals.promptfoo-bad-templates</comment>
        <translation>其“assertionTemplates”应为命名的断言，但并不是。</translation>
    </message>
    <message>
        <source>the threshold of defaultTest</source>
        <comment>evals.promptfoo-default-threshold</comment>
        <translation>defaultTest 的阈值</translation>
    </message>
    <message>
        <source>test {number} of {file}</source>
        <comment>evals.promptfoo-test-of-file</comment>
        <translation>{file} 中的测试 {number}</translation>
    </message>
    <message>
        <source>test {number}</source>
        <comment>evals.promptfoo-test</comment>
        <translation>测试 {number}</translation>
    </message>
    <message>
        <source>the test &apos;{name}&apos;</source>
        <comment>evals.promptfoo-named-test</comment>
        <translation>测试“{name}”</translation>
    </message>
    <message>
        <source>it has no &apos;prompts&apos;, so there is nothing to ask the models.</source>
        <comment>evals.promptfoo-no-prompts</comment>
        <translation>它没有“prompts”，因此没有可向模型提问的内容。</translation>
    </message>
    <message>
        <source>its &apos;prompts&apos; should be a prompt or a list of prompts, and they are not.</source>
        <comment>evals.promptfoo-bad-prompts</comment>
        <translation>其“prompts”应为一个提示词或提示词列表，但并不是。</translation>
    </message>
    <message>
        <source>its &apos;prompts&apos; list is empty, so there is nothing to ask the models.</source>
        <comment>evals.promptfoo-empty-prompts</comment>
        <translation>其“prompts”列表为空，因此没有可向模型提问的内容。</translation>
    </message>
    <message>
        <source>prompt {number} is neither text, a file:// reference, nor a prompt with &apos;raw&apos; text.</source>
        <comment>evals.promptfoo-bad-prompt</comment>
        <translation>提示词 {number} 既不是文本，也不是 file:// 引用，也不是带“raw”文本的提示词。</translation>
    </message>
    <message>
        <source>Hearth reads prompts from .txt, .md, .j2 and .json files, and {file} is not one.</source>
        <comment>evals.promptfoo-prompt-file-kind</comment>
        <translation>Hearth 从 .txt、.md、.j2 和 .json 文件中读取提示词，而 {file} 不是这类文件。</translation>
    </message>
    <message>
        <source>its &apos;defaultTest&apos; should be a test (vars, assert, …), and it is not.</source>
        <comment>evals.promptfoo-bad-default-test</comment>
        <translation>其“defaultTest”应为一个测试（vars、assert、…），但并不是。</translation>
    </message>
    <message>
        <source>its &apos;tests&apos; should be a list of tests or a file:// reference, and they are not.</source>
        <comment>evals.promptfoo-bad-tests</comment>
        <translation>其“tests”应为测试列表或 file:// 引用，但并不是。</translation>
    </message>
    <message>
        <source>Hearth reads tests written in the file or in files it names (file://…), not {item}.</source>
        <comment>evals.promptfoo-tests-elsewhere</comment>
        <translation>Hearth 读取写在该文件中或其指定文件（file://…）中的测试，而不读取 {item}。</translation>
    </message>
    <message>
        <source>an item of its &apos;tests&apos; is neither a test nor a file:// reference.</source>
        <comment>evals.promptfoo-bad-tests-item</comment>
        <translation>其“tests”中有一项既不是测试，也不是 file:// 引用。</translation>
    </message>
    <message>
        <source>Hearth reads tests from .csv, .yaml, .yml, .json and .jsonl files, and {file} is not one.</source>
        <comment>evals.promptfoo-tests-file-kind</comment>
        <translation>Hearth 从 .csv、.yaml、.yml、.json 和 .jsonl 文件中读取测试，而 {file} 不是这类文件。</translation>
    </message>
    <message>
        <source>{file} is not JSON Lines.</source>
        <comment>evals.promptfoo-not-jsonl</comment>
        <translation>{file} 不是 JSON Lines 格式。</translation>
    </message>
    <message>
        <source>{file} should hold a list of tests, and it does not.</source>
        <comment>evals.promptfoo-not-tests</comment>
        <translation>{file} 应包含测试列表，但并没有。</translation>
    </message>
    <message>
        <source>the &apos;options&apos; of {where} are not settings.</source>
        <comment>evals.promptfoo-bad-options</comment>
        <translation>{where} 的“options”不是设置。</translation>
    </message>
    <message>
        <source>the threshold of {where}</source>
        <comment>evals.promptfoo-threshold-of</comment>
        <translation>{where} 的阈值</translation>
    </message>
    <message>
        <source>the &apos;prompts&apos; of {where} should be a list of prompt labels, and they are not.</source>
        <comment>evals.promptfoo-bad-test-prompts</comment>
        <translation>{where} 的“prompts”应为提示词标签列表，但并不是。</translation>
    </message>
    <message>
        <source>the &apos;vars&apos; of {where} should be names with values, and they are not.</source>
        <comment>evals.promptfoo-bad-vars</comment>
        <translation>{where} 的“vars”应为名称和值，但并不是。</translation>
    </message>
    <message>
        <source>the &apos;assert&apos; of {where} should be a list of assertions, and it is not.</source>
        <comment>evals.promptfoo-bad-assert</comment>
        <translation>{where} 的“assert”应为断言列表，但并不是。</translation>
    </message>
    <message>
        <source>{problem} (in {where}).</source>
        <comment>evals.promptfoo-in-test</comment>
        <translation>{problem}（位于 {where}）。</translation>
    </message>
    <message>
        <source>{what} should be a number, and it is {value}.</source>
        <comment>evals.promptfoo-not-number</comment>
        <translation>{what} 应为数字，但它是 {value}。</translation>
    </message>
    <message>
        <source>its {what} {file} is made by code or a pattern of files, which Hearth does not run.</source>
        <comment>evals.promptfoo-code-file</comment>
        <translation>其 {what} {file} 由代码或文件匹配模式生成，而 Hearth 不运行这类内容。</translation>
    </message>
    <message>
        <source>the file it names, {file}, cannot be read.</source>
        <comment>evals.promptfoo-file-unreadable</comment>
        <translation>无法读取其指定的文件 {file}。</translation>
    </message>
    <message>
        <source>its {what} &apos;{file}&apos; is neither written out nor a file:// reference.</source>
        <comment>evals.promptfoo-not-written-out</comment>
        <translation>其 {what}“{file}”既不是直接写出的内容，也不是 file:// 引用。</translation>
    </message>
    <message>
        <source>{file} is not valid YAML or JSON.</source>
        <comment>evals.promptfoo-file-not-yaml</comment>
        <translation>{file} 不是有效的 YAML 或 JSON。</translation>
    </message>
    <message>
        <source>another model file</source>
        <comment>evals.differs-file</comment>
        <translation>另一个模型文件</translation>
    </message>
    <message>
        <source>another file name</source>
        <comment>evals.differs-file-name</comment>
        <translation>另一个文件名</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>evals.unknown-quantization</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>quantization {before}, not {after}</source>
        <comment>evals.differs-quantization</comment>
        <translation>量化版本 {before}（现为 {after}）</translation>
    </message>
    <message>
        <source>a context of {before} tokens, not {after}</source>
        <comment>evals.differs-context</comment>
        <translation>上下文 {before} token（现为 {after}）</translation>
    </message>
    <message>
        <source>{setting} {before}, not {after}</source>
        <comment>evals.differs-sampler</comment>
        <translation>{setting} {before}（现为 {after}）</translation>
    </message>
    <message>
        <source>seeds {before}, not {after}</source>
        <comment>evals.differs-seeds</comment>
        <translation>种子 {before}（现为 {after}）</translation>
    </message>
    <message>
        <source>Hearth {before}, not {after}</source>
        <comment>evals.differs-version</comment>
        <translation>Hearth {before}（现为 {after}）</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-seeds</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>evals.column-model</comment>
        <translation>模型</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <comment>evals.column-pass-rate</comment>
        <translation>通过率</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>evals.column-passed</comment>
        <translation>通过数</translation>
    </message>
    <message>
        <source>{passed} of {replies}</source>
        <comment>evals.passed-of</comment>
        <translation>{passed} / {replies}</translation>
    </message>
    <message>
        <source>JSON valid</source>
        <comment>evals.column-json-valid</comment>
        <translation>JSON 有效</translation>
    </message>
    <message>
        <source>Schema valid</source>
        <comment>evals.column-schema-valid</comment>
        <translation>符合 schema</translation>
    </message>
    <message>
        <source>Schema valid with Hearth&apos;s grammar</source>
        <comment>evals.column-schema-valid-grammar</comment>
        <translation>使用 Hearth 语法时符合 schema</translation>
    </message>
    <message>
        <source>Tool arguments valid</source>
        <comment>evals.column-tool-arguments-valid</comment>
        <translation>工具参数有效</translation>
    </message>
    <message>
        <source>Cut by the length limit</source>
        <comment>evals.column-length-cut</comment>
        <translation>因长度上限被截断</translation>
    </message>
    <message>
        <source>Pass-rate spread</source>
        <comment>evals.column-spread</comment>
        <translation>通过率波动</translation>
    </message>
    <message>
        <source>Flaky cases</source>
        <comment>evals.column-flaky</comment>
        <translation>不稳定用例</translation>
    </message>
    <message>
        <source>First token</source>
        <comment>evals.column-first-token</comment>
        <translation>首个 token</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <comment>evals.column-speed</comment>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Memory</source>
        <comment>evals.column-memory</comment>
        <translation>内存</translation>
    </message>
    <message>
        <source>Verdict</source>
        <comment>evals.column-verdict</comment>
        <translation>评估结果</translation>
    </message>
    <message>
        <source>Licence</source>
        <comment>evals.column-licence</comment>
        <translation>许可证</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>evals.seconds</comment>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-flaky-cases</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>{points} points</source>
        <comment>evals.spread-points</comment>
        <translation>{points} 个百分点</translation>
    </message>
    <message>
        <source>the earlier run {run} of this suite ran {model} with {differences}, so its results are not comparable with these.</source>
        <comment>evals.not-comparable</comment>
        <translation>此测试集之前的运行 {run} 运行 {model} 时使用了不同的设置：{differences}，因此其结果无法与本次结果比较。</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <comment>evals.list-more</comment>
        <translation>{first}，{second}</translation>
    </message>
    <message>
        <source>That evaluation run is gone.</source>
        <comment>evals.run-gone</comment>
        <translation>该评估运行已不存在。</translation>
    </message>
    <message>
        <source>That reply of the evaluation run is gone.</source>
        <comment>evals.reply-gone</comment>
        <translation>该评估运行中的这条回复已不存在。</translation>
    </message>
    <message>
        <source>Hearth cannot read the suite {path}.</source>
        <comment>evals.suite-unreadable</comment>
        <translation>Hearth 无法读取测试集 {path}。</translation>
    </message>
    <message>
        <source>the suite</source>
        <comment>evals.the-suite</comment>
        <translation>测试集</translation>
    </message>
    <message>
        <source>Line {number} of {where} is not JSON: {error} at column {column}. Each line must be one case, a JSON object on one line.</source>
        <comment>evals.line-not-json</comment>
        <translation>{where} 的第 {number} 行不是 JSON：第 {column} 列处出错（{error}）。每行必须是一个用例，即写在一行中的 JSON 对象。</translation>
    </message>
    <message>
        <source>Line {number} of {where}: {problem}</source>
        <comment>evals.line-problem</comment>
        <translation>{where} 的第 {number} 行：{problem}</translation>
    </message>
    <message>
        <source>There are no cases in {where}: write one JSON object a line, with at least a “prompt”.</source>
        <comment>evals.no-cases</comment>
        <translation>{where} 中没有用例：每行写一个 JSON 对象，且至少包含“prompt”。</translation>
    </message>
    <message>
        <source>a case must be a JSON object such as {{“prompt”: “…”, “checks”: […]}}.</source>
        <comment>evals.case-not-object</comment>
        <translation>用例必须是 JSON 对象，如 {{“prompt”: “…”, “checks”: […]}}。</translation>
    </message>
    <message>
        <source>{names} is not part of a case; a case may have {allowed}.</source>
        <comment>evals.unknown-key</comment>
        <translation>{names}不属于用例；用例可以包含{allowed}。</translation>
    </message>
    <message>
        <source>{names} are not part of a case; a case may have {allowed}.</source>
        <comment>evals.unknown-keys</comment>
        <translation>{names}不属于用例；用例可以包含{allowed}。</translation>
    </message>
    <message>
        <source>{problem} Write promptfoo&apos;s “assert” as “checks”.</source>
        <comment>evals.assert-hint</comment>
        <translation>{problem}请将 promptfoo 的“assert”写作“checks”。</translation>
    </message>
    <message>
        <source>the case has no “prompt” (the text to ask each model).</source>
        <comment>evals.no-prompt</comment>
        <translation>该用例没有“prompt”（向每个模型提问的文本）。</translation>
    </message>
    <message>
        <source>“vars” must be an object of names and values, such as {{“city”: “Paris”}}.</source>
        <comment>evals.bad-vars</comment>
        <translation>“vars”必须是由名称和值组成的对象，如 {{“city”: “Paris”}}。</translation>
    </message>
    <message>
        <source>“checks” must be a list of checks, such as [{{“type”: “contains”, “value”: “Paris”}}].</source>
        <comment>evals.bad-checks</comment>
        <translation>“checks”必须是检查项列表，如 [{{“type”: “contains”, “value”: “Paris”}}]。</translation>
    </message>
    <message>
        <source>“description” must be text.</source>
        <comment>evals.bad-description</comment>
        <translation>“description”必须是文本。</translation>
    </message>
    <message>
        <source>“tools” must be a list of OpenAI tools, each {{“type”: “function”, “function”: {{“name”, …}}}}.</source>
        <comment>evals.bad-tools</comment>
        <translation>“tools”必须是 OpenAI 工具列表，每项形如 {{“type”: “function”, “function”: {{“name”, …}}}}。</translation>
    </message>
    <message>
        <source>the case&apos;s “threshold”</source>
        <comment>evals.case-threshold</comment>
        <translation>用例的“threshold”</translation>
    </message>
    <message>
        <source>the prompt asks for the variable “{name}”, but this case does not give it. Add a “{column}” column or var (this case gives: {given}).</source>
        <comment>evals.case-missing-variable</comment>
        <translation>提示词需要变量“{name}”，但此用例没有提供。请添加“{column}”列或变量（此用例提供了：{given}）。</translation>
    </message>
    <message>
        <source>check {index} needs a “type”, such as {{“type”: “icontains”, “value”: “Paris”}}.</source>
        <comment>evals.check-no-type</comment>
        <translation>检查项 {index} 需要“type”，如 {{“type”: “icontains”, “value”: “Paris”}}。</translation>
    </message>
    <message>
        <source>check {index}&apos;s “weight” must be a number, 0 or more (0: shown, never counted).</source>
        <comment>evals.check-bad-weight</comment>
        <translation>检查项 {index} 的“weight”必须是不小于 0 的数字（0：仅显示，不计分）。</translation>
    </message>
    <message>
        <source>check {index}&apos;s “threshold” must be a number.</source>
        <comment>evals.check-bad-threshold</comment>
        <translation>检查项 {index} 的“threshold”必须是数字。</translation>
    </message>
    <message>
        <source>check {index} ({type}): {problem}</source>
        <comment>evals.check-problem</comment>
        <translation>检查项 {index}（{type}）：{problem}</translation>
    </message>
    <message>
        <source>Hearth cannot read the table {path}.</source>
        <comment>evals.table-unreadable</comment>
        <translation>Hearth 无法读取表格 {path}。</translation>
    </message>
    <message>
        <source>The table {path} is empty: its first row must name the variables, one a column.</source>
        <comment>evals.table-empty</comment>
        <translation>表格 {path} 是空的：第一行必须写出变量名，每列一个。</translation>
    </message>
    <message>
        <source>The first row of {path} must name each column once (it reads: {header}).</source>
        <comment>evals.table-header</comment>
        <translation>{path} 的第一行必须为每列命名，且每列只命名一次（当前内容：{header}）。</translation>
    </message>
    <message>
        <source>Line {number} of {path} has {cells} cells, but the first row names {columns} columns. Put quotes around a value that holds a comma.</source>
        <comment>evals.table-row-too-long</comment>
        <translation>{path} 的第 {number} 行有 {cells} 个单元格，但第一行只命名了 {columns} 列。请给包含逗号的值加上引号。</translation>
    </message>
    <message>
        <source>Write the prompt first: the table&apos;s rows fill its {{{{variables}}}}.</source>
        <comment>evals.table-no-prompt</comment>
        <translation>请先编写提示词：表格的各行会填入其中的 {{{{variables}}}}。</translation>
    </message>
    <message>
        <source>The table has no rows: each row of values becomes one case.</source>
        <comment>evals.table-no-rows</comment>
        <translation>表格中没有行：每一行值都会成为一个用例。</translation>
    </message>
    <message>
        <source>Row {number} of the table: {problem}</source>
        <comment>evals.table-row-problem</comment>
        <translation>表格第 {number} 行：{problem}</translation>
    </message>
    <message>
        <source>The row {row} of the table&apos;s __expected column: {problem}</source>
        <comment>evals.table-expected</comment>
        <translation>表格 __expected 列的第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>{what} must be a number from 0 to 1 (the share of the weighted score a reply needs).</source>
        <comment>evals.bad-threshold</comment>
        <translation>{what}必须是 0 到 1 之间的数字（回复所需的加权得分占比）。</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>evals.case-passed</comment>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>evals.case-failed</comment>
        <translation>未通过</translation>
    </message>
    <message>
        <source>flaky</source>
        <comment>evals.case-flaky</comment>
        <translation>不稳定</translation>
    </message>
    <message>
        <source>On another computer</source>
        <comment>evals.on-another-computer</comment>
        <translation>在另一台电脑上</translation>
    </message>
    <message>
        <source>Not known to Hearth</source>
        <comment>evals.licence-unknown</comment>
        <translation>Hearth 不认识</translation>
    </message>
    <message>
        <source>It runs on another computer.</source>
        <comment>evals.runs-on-another-computer</comment>
        <translation>它在另一台电脑上运行。</translation>
    </message>
    <message>
        <source>its licence is not known to Hearth</source>
        <comment>evals.licence-not-known</comment>
        <translation>Hearth 不认识其许可证</translation>
    </message>
    <message>
        <source>its licence ({licence}) does not allow business use</source>
        <comment>evals.licence-not-business</comment>
        <translation>其许可证（{licence}）不允许商业使用</translation>
    </message>
    <message>
        <source>its licence ({licence}) does not allow it</source>
        <comment>evals.licence-closed</comment>
        <translation>其许可证（{licence}）不允许这样使用</translation>
    </message>
    <message>
        <source>business use</source>
        <comment>evals.business-use</comment>
        <translation>商业使用</translation>
    </message>
    <message>
        <source>personal use</source>
        <comment>evals.personal-use</comment>
        <translation>个人使用</translation>
    </message>
    <message>
        <source>None of these models runs on this computer, so Hearth recommends none of them here.</source>
        <comment>evals.recommend-none-runs</comment>
        <translation>这些模型都无法在这台电脑上运行，因此 Hearth 在这里不推荐其中任何一个。</translation>
    </message>
    <message>
        <source>{model}: {reason}</source>
        <comment>evals.recommend-licence-reason</comment>
        <translation>{model}：{reason}</translation>
    </message>
    <message>
        <source>None of the models that run here has a licence that allows {use} ({reasons}).</source>
        <comment>evals.recommend-no-licence</comment>
        <translation>能在这里运行的模型中，没有一个的许可证允许{use}（{reasons}）。</translation>
    </message>
    <message>
        <source>No model that runs here with a licence for {use} passed any case; none is recommended.</source>
        <comment>evals.recommend-none-passed</comment>
        <translation>在能在这里运行且许可证允许{use}的模型中，没有一个通过任何用例；因此不推荐任何模型。</translation>
    </message>
    <message>
        <source>{model} passes the most cases ({rate}) among the models that run here and whose licence allows {use}</source>
        <comment>evals.recommend-best</comment>
        <translation>在能在这里运行且许可证允许{use}的模型中，{model} 通过的用例最多（{rate}）</translation>
    </message>
    <message>
        <source>{recommendation}; {tied} passes as many, and {model} is faster</source>
        <comment>evals.recommend-tied-one</comment>
        <translation>{recommendation}；{tied} 通过的用例一样多，但 {model} 更快</translation>
    </message>
    <message>
        <source>{recommendation}; {tied} pass as many, and {model} is faster</source>
        <comment>evals.recommend-tied</comment>
        <translation>{recommendation}；{tied} 通过的用例一样多，但 {model} 更快</translation>
    </message>
    <message>
        <source>{model} passes {rate}, but {reason}</source>
        <comment>evals.recommend-better-excluded</comment>
        <translation>{model} 的通过率为 {rate}，但{reason}</translation>
    </message>
    <message>
        <source>{recommendation} ({why})</source>
        <comment>evals.recommend-why-not-better</comment>
        <translation>{recommendation}（{why}）</translation>
    </message>
    <message>
        <source>{recommendation}; its licence is not known to Hearth: read its model card</source>
        <comment>evals.recommend-licence-unknown</comment>
        <translation>{recommendation}；Hearth 不认识其许可证：请阅读其模型卡片</translation>
    </message>
    <message>
        <source>{recommendation}.</source>
        <comment>evals.recommendation</comment>
        <translation>{recommendation}。</translation>
    </message>
    <message>
        <source>it does not run here</source>
        <comment>evals.does-not-run-here</comment>
        <translation>它无法在这里运行</translation>
    </message>
    <message>
        <source>it runs on another computer</source>
        <comment>evals.elsewhere</comment>
        <translation>它在另一台电脑上运行</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <comment>evals.list-semicolon</comment>
        <translation>{first}；{second}</translation>
    </message>
    <message>
        <source>The prompt asks for the variable “{name}”, but this case does not give it. Add a “{column}” column or var (this case gives: {given}).</source>
        <comment>evals.missing-variable</comment>
        <translation>提示词需要变量“{name}”，但此用例没有提供。请添加“{column}”列或变量（此用例提供了：{given}）。</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-variables</comment>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>欢迎使用 Hearth</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Go straight to Hearth; this welcome does not show again</source>
        <translation>直接进入 Hearth；此欢迎页面不会再显示</translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation>跳过欢迎页面</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>See models that fit</source>
        <translation>查看适合的模型</translation>
    </message>
    <message>
        <source>Download {model} ({size})</source>
        <translation>下载 {model}（{size}）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Needs about {need} on your graphics card, which has room for it.</source>
        <comment>fit.reason-speech-gpu</comment>
        <translation>在你的显卡上约需 {need}，显卡空间足够。</translation>
    </message>
    <message>
        <source>Needs about {need} of memory; it transcribes on the processor.</source>
        <comment>fit.reason-speech-cpu</comment>
        <translation>约需 {need} 内存；它将在处理器上转录。</translation>
    </message>
    <message>
        <source>Needs about {need}, but only {free} of memory is free.</source>
        <comment>fit.reason-speech-too-large</comment>
        <translation>约需 {need}，但只有 {free} 可用内存。</translation>
    </message>
    <message>
        <source>Runs on your graphics card</source>
        <comment>fit.label-gpu</comment>
        <translation>在你的显卡上运行</translation>
    </message>
    <message>
        <source>Partly on your graphics card</source>
        <comment>fit.label-partial</comment>
        <translation>部分在你的显卡上运行</translation>
    </message>
    <message>
        <source>Runs on your processor</source>
        <comment>fit.label-cpu</comment>
        <translation>在你的处理器上运行</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <comment>fit.label-too-large</comment>
        <translation>对这台电脑来说太大</translation>
    </message>
    <message>
        <source>fast</source>
        <comment>fit.speed-fast</comment>
        <translation>快</translation>
    </message>
    <message>
        <source>comfortable</source>
        <comment>fit.speed-comfortable</comment>
        <translation>流畅</translation>
    </message>
    <message>
        <source>slow</source>
        <comment>fit.speed-slow</comment>
        <translation>慢</translation>
    </message>
    <message>
        <source>very slow</source>
        <comment>fit.speed-very-slow</comment>
        <translation>很慢</translation>
    </message>
    <message>
        <source>{band}, roughly {low}–{high} tokens/s</source>
        <comment>fit.speed-band</comment>
        <translation>{band}，约 {low}–{high} tokens/s</translation>
    </message>
    <message>
        <source>your {count} graphics cards have {free} free together</source>
        <comment>fit.gpus-free</comment>
        <translation>你的 {count} 块显卡共有 {free} 可用</translation>
    </message>
    <message>
        <source>your graphics card has {free} free</source>
        <comment>fit.gpu-free</comment>
        <translation>你的显卡有 {free} 可用</translation>
    </message>
    <message>
        <source>with an {size} context</source>
        <comment>fit.with-an-context</comment>
        <translation>上下文为 {size}</translation>
    </message>
    <message>
        <source>with a {size} context</source>
        <comment>fit.with-a-context</comment>
        <translation>上下文为 {size}</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so it all runs there.</source>
        <comment>fit.reason-gpu</comment>
        <translation>在{context}时约需 {need}；{gpu_free}，因此可全部在显卡上运行。</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so {layers} of {full} layers go on them and the rest runs on the processor.</source>
        <comment>fit.reason-partial-cards</comment>
        <translation>在{context}时约需 {need}；{gpu_free}，因此 {full} 层中有 {layers} 层放在显卡上，其余在处理器上运行。</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so {layers} of {full} layers go on it and the rest runs on the processor.</source>
        <comment>fit.reason-partial</comment>
        <translation>在{context}时约需 {need}；{gpu_free}，因此 {full} 层中有 {layers} 层放在显卡上，其余在处理器上运行。</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, but macOS lets the graphics processor use only part of it, so it runs on the processor.</source>
        <comment>fit.reason-cpu-unified</comment>
        <translation>在{context}时约需 {need}；有 {free} 可用内存，但 macOS 只允许图形处理器使用其中一部分，因此在处理器上运行。</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, but your graphics card is too full or too small to help, so it runs on the processor.</source>
        <comment>fit.reason-cpu-gpu-full</comment>
        <translation>在{context}时约需 {need}；有 {free} 可用内存，但你的显卡已太满或太小，帮不上忙，因此在处理器上运行。</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, so it runs on the processor.</source>
        <comment>fit.reason-cpu</comment>
        <translation>在{context}时约需 {need}；有 {free} 可用内存，因此在处理器上运行。</translation>
    </message>
    <message>
        <source>Needs about {need} even {context}, but only {free} of memory is free on this computer.</source>
        <comment>fit.reason-too-large</comment>
        <translation>即使{context}，也约需 {need}，但这台电脑只有 {free} 可用内存。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Help me choose a model</source>
        <translation>帮我选择模型</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>你想做什么？</translation>
    </message>
    <message>
        <source>Hearth has looked at your computer. {headline}</source>
        <translation>Hearth 已检测你的电脑。{headline}</translation>
    </message>
    <message>
        <source>Will you use it for work, in a business?</source>
        <translation>你会在工作中、在企业里使用它吗？</translation>
    </message>
    <message>
        <source>No, for myself (any open licence)</source>
        <translation>不，个人使用（任何开放许可证）</translation>
    </message>
    <message>
        <source>Yes (only licences that allow business use)</source>
        <translation>是（仅限允许商业使用的许可证）</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>为你推荐</translation>
    </message>
    <message>
        <source>Nothing fits yet</source>
        <translation>暂无合适的模型</translation>
    </message>
    <message>
        <source>No model in the catalog does that on this computer with the licence you need. Try allowing any licence, or close other programs to free memory and rescan on the Hardware page.</source>
        <translation>在你需要的许可证下，目录中没有模型能在这台电脑上完成此任务。请尝试允许任何许可证，或关闭其他程序以释放内存，然后在“硬件”页面重新扫描。</translation>
    </message>
    <message>
        <source>Compare these</source>
        <translation>对比这些模型</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>下载 {model}</translation>
    </message>
    <message>
        <source>Download {model} to compare it too.</source>
        <translation>下载 {model}，以便也对比它。</translation>
    </message>
    <message>
        <source>Download {first} and {second} to compare them too.</source>
        <translation>下载 {first} 和 {second}，以便也对比它们。</translation>
    </message>
    <message>
        <source>Download {first}, {second} and {third} to compare them too.</source>
        <translation>下载 {first}、{second} 和 {third}，以便也对比它们。</translation>
    </message>
    <message>
        <source>{size} download · {licence} · {verdict}</source>
        <translation>下载 {size} · {licence} · {verdict}</translation>
    </message>
    <message>
        <source>{role}: {model}, {summary}</source>
        <translation>{role}：{model}，{summary}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show {model} in Discover</source>
        <translation>在“发现”中显示 {model}</translation>
    </message>
    <message>
        <source>Show it in Discover; other filters are cleared</source>
        <translation>在“发现”中显示；其他筛选条件会被清除</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <source>Could not measure free disk space at {path}: {problem}</source>
        <comment>hardware.disk-unmeasured</comment>
        <translation>无法测量 {path} 的可用磁盘空间：{problem}</translation>
    </message>
    <message>
        <source>Models up to about {in_memory} can run on your processor, from memory. No graphics card that Hearth can use was found, so smaller models will feel faster.</source>
        <comment>hardware.headline-cpu</comment>
        <translation>最大约 {in_memory} 的模型可以在你的处理器上、从内存中运行。未找到 Hearth 可用的显卡，因此较小的模型用起来会更快。</translation>
    </message>
    <message>
        <source>Models up to about {on_gpu} can run on your {gpu} using {acceleration}; it shares memory with the rest of the computer, so close big apps before loading large models.</source>
        <comment>hardware.headline-shared</comment>
        <translation>最大约 {on_gpu} 的模型可以通过 {acceleration} 在你的 {gpu} 上运行；它与电脑的其他部分共享内存，因此加载大型模型前请关闭大型应用。</translation>
    </message>
    <message>
        <source>Models up to about {on_gpu} can run fully on your graphics card; up to about {in_memory} in memory, partly on the processor and slower.</source>
        <comment>hardware.headline-gpu</comment>
        <translation>最大约 {on_gpu} 的模型可以完全在你的显卡上运行；最大约 {in_memory} 的模型可以在内存中运行，部分在处理器上，速度较慢。</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>hardware.unknown-size</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>{gpu}: {memory}, used through {backend}.</source>
        <comment>hardware.gpu-used</comment>
        <translation>{gpu}：{memory}，通过 {backend} 使用。</translation>
    </message>
    <message>
        <source>{gpu}: {memory}, {free} free, used through {backend}.</source>
        <comment>hardware.gpu-used-free</comment>
        <translation>{gpu}：{memory}，{free} 可用，通过 {backend} 使用。</translation>
    </message>
    <message>
        <source>{gpu}: not used, because its {memory} of memory is too small to help.</source>
        <comment>hardware.gpu-too-small</comment>
        <translation>{gpu}：未使用，因为它的 {memory} 显存太小，帮不上忙。</translation>
    </message>
    <message>
        <source>Transcription runs on the processor: the speech engine (CTranslate2) sees no CUDA device. It needs NVIDIA&apos;s cuBLAS 12 and cuDNN 9 libraries, which the CUDA build of Hearth carries.</source>
        <comment>hardware.speech-no-cuda</comment>
        <translation>转录在处理器上运行：语音引擎（CTranslate2）找不到 CUDA 设备。它需要 NVIDIA 的 cuBLAS 12 和 cuDNN 9 库，CUDA 版 Hearth 自带这些库。</translation>
    </message>
    <message>
        <source>Could not read /proc/cpuinfo: {problem}</source>
        <comment>hardware.cpuinfo-unread</comment>
        <translation>无法读取 /proc/cpuinfo：{problem}</translation>
    </message>
    <message>
        <source>Hearth&apos;s download for older processors runs here, a little slower; so does a Hearth built on this computer (`make run` from the source).</source>
        <comment>hardware.remedy-older-build</comment>
        <translation>适用于较旧处理器的 Hearth 下载版可以在这里运行，只是稍慢一些；在这台电脑上自行构建的 Hearth（在源代码中运行 `make run`）也可以。</translation>
    </message>
    <message>
        <source>A Hearth built on this computer (`make run` from the source) compiles the engine for this processor.</source>
        <comment>hardware.remedy-build-here</comment>
        <translation>在这台电脑上自行构建的 Hearth（在源代码中运行 `make run`）会为此处理器编译引擎。</translation>
    </message>
    <message>
        <source>Chat models cannot run with this copy of Hearth: its engine was built for processors with {names}, and {processor} lacks these. Transcription still works. {remedy}</source>
        <comment>hardware.cpu-lacks-features</comment>
        <translation>这份 Hearth 无法运行聊天模型：它的引擎是为具有 {names} 的处理器构建的，而 {processor} 缺少这些功能。转录仍可使用。{remedy}</translation>
    </message>
    <message>
        <source>Chat models cannot run with this copy of Hearth: its engine was built for processors with {names}, and {processor} lacks this. Transcription still works. {remedy}</source>
        <comment>hardware.cpu-lacks-feature</comment>
        <translation>这份 Hearth 无法运行聊天模型：它的引擎是为具有 {names} 的处理器构建的，而 {processor} 缺少此功能。转录仍可使用。{remedy}</translation>
    </message>
    <message>
        <source>this processor</source>
        <comment>hardware.this-processor</comment>
        <translation>此处理器</translation>
    </message>
    <message>
        <source>{gpu}: not used, because this build of Hearth&apos;s engine (llama.cpp) has no GPU support. Install the {backend} build of Hearth to use it.</source>
        <comment>hardware.gpu-no-support</comment>
        <translation>{gpu}：未使用，因为此版本的 Hearth 引擎（llama.cpp）不支持 GPU。请安装 {backend} 版 Hearth 以使用它。</translation>
    </message>
    <message>
        <source>{gpu}: not used, because llama.cpp has no way to drive it.</source>
        <comment>hardware.gpu-no-driver</comment>
        <translation>{gpu}：未使用，因为 llama.cpp 无法驱动它。</translation>
    </message>
    <message>
        <source>{gpu}: not used, because this build of Hearth&apos;s engine drives {built} graphics cards, and this one needs {needed}. Install the {needed} build of Hearth to use it.</source>
        <comment>hardware.gpu-other-backend</comment>
        <translation>{gpu}：未使用，因为此版本的 Hearth 引擎驱动的是 {built} 显卡，而这块显卡需要 {needed}。请安装 {needed} 版 Hearth 以使用它。</translation>
    </message>
    <message>
        <source>{gpu}: not used, because it is older (compute capability {capability}) than this build of Hearth&apos;s engine supports ({oldest} or newer).</source>
        <comment>hardware.gpu-too-old</comment>
        <translation>{gpu}：未使用，因为它太旧（计算能力 {capability}），此版本的 Hearth 引擎仅支持 {oldest} 或更新的显卡。</translation>
    </message>
    <message>
        <source>{gpu}: not used, because its NVIDIA driver {driver} is too old for Hearth&apos;s CUDA engine ({wanted} or newer). Update the driver (from nvidia.com or your system&apos;s driver manager) and restart Hearth; until then models run on the processor.</source>
        <comment>hardware.driver-too-old</comment>
        <translation>{gpu}：未使用，因为它的 NVIDIA 驱动 {driver} 对 Hearth 的 CUDA 引擎来说太旧（需要 {wanted} 或更新版本）。请更新驱动（从 nvidia.com 或系统的驱动管理器）并重启 Hearth；在此之前，模型将在处理器上运行。</translation>
    </message>
    <message>
        <source>The NVIDIA driver (NVML) {problem}; trying nvidia-smi</source>
        <comment>hardware.nvml-missing</comment>
        <translation>NVIDIA 驱动（NVML）：{problem}；正在尝试 nvidia-smi</translation>
    </message>
    <message>
        <source>The NVIDIA driver (NVML) gave an error: {problem}; trying nvidia-smi</source>
        <comment>hardware.nvml-error</comment>
        <translation>NVIDIA 驱动（NVML）出错：{problem}；正在尝试 nvidia-smi</translation>
    </message>
    <message>
        <source>nvidia-smi answered, but its output listed no GPU Hearth could read</source>
        <comment>hardware.nvidia-smi-no-gpu</comment>
        <translation>nvidia-smi 有响应，但其输出中没有 Hearth 能读取的 GPU</translation>
    </message>
    <message>
        <source>nvidia-smi is installed but cannot reach the NVIDIA driver: the graphics card cannot be used until the driver is installed or the computer restarted</source>
        <comment>hardware.nvidia-driver-unreachable</comment>
        <translation>nvidia-smi 已安装，但无法连接 NVIDIA 驱动：在安装驱动或重启电脑之前，无法使用显卡</translation>
    </message>
    <message>
        <source>system_profiler is missing: cannot see the graphics processor</source>
        <comment>hardware.no-system-profiler</comment>
        <translation>缺少 system_profiler：无法检测图形处理器</translation>
    </message>
    <message>
        <source>Windows reports at most 4 GB for {gpu}; it may have more</source>
        <comment>hardware.windows-vram-capped</comment>
        <translation>Windows 报告 {gpu} 最多只有 4 GB；实际可能更多</translation>
    </message>
    <message>
        <source>The llama.cpp engine could not be loaded, so chat will not work: {problem}</source>
        <comment>hardware.chat-engine-missing</comment>
        <translation>无法加载 llama.cpp 引擎，因此聊天将无法使用：{problem}</translation>
    </message>
    <message>
        <source>The speech engine (CTranslate2) could not be loaded, so transcription will not work: {problem}</source>
        <comment>hardware.speech-engine-missing</comment>
        <translation>无法加载语音引擎（CTranslate2），因此转录将无法使用：{problem}</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>Your computer</source>
        <translation>你的电脑</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <source>Look at the hardware again (Ctrl+R)</source>
        <translation>重新检测硬件（Ctrl+R）</translation>
    </message>
    <message>
        <source>Look at the hardware again</source>
        <translation>重新检测硬件</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>处理器</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>显卡</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>加速</translation>
    </message>
    <message>
        <source>Storage for models</source>
        <translation>模型存储空间</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>隐藏详细信息</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <source>Show the full scan</source>
        <translation>显示完整扫描结果</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Copy the full scan, for example to paste into a bug report</source>
        <translation>复制完整扫描结果，例如粘贴到错误报告中</translation>
    </message>
    <message>
        <source>Copy the full scan</source>
        <translation>复制完整扫描结果</translation>
    </message>
    <message>
        <source>The full scan</source>
        <translation>完整扫描结果</translation>
    </message>
    <message>
        <source>Warnings about this computer</source>
        <translation>关于这台电脑的警告</translation>
    </message>
    <message>
        <source>Looking at your computer…</source>
        <translation>正在检测你的电脑…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <source>no vector extensions found</source>
        <translation>未发现向量扩展指令集</translation>
    </message>
    <message numerus="yes">
        <source>%n threads</source>
        <translation>
            <numerusform>%n 个线程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <translation>
            <numerusform>%n 个核心</numerusform>
        </translation>
    </message>
    <message>
        <source>{brand}
{threads} · {features}</source>
        <translation>{brand}
{threads} · {features}</translation>
    </message>
    <message>
        <source>{size} free right now</source>
        <translation>当前可用 {size}</translation>
    </message>
    <message numerus="yes">
        <source>{name} (+%n more)</source>
        <translation>
            <numerusform>{name}（另有 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor only</source>
        <translation>仅处理器</translation>
    </message>
    <message>
        <source>No graphics card that Hearth can use was found. Models run on the processor.</source>
        <translation>未找到 Hearth 可用的显卡。模型将在处理器上运行。</translation>
    </message>
    <message>
        <source>{size} free</source>
        <translation>可用 {size}</translation>
    </message>
    <message>
        <source>The scan&apos;s details are copied: paste them into a bug report or a message.</source>
        <translation>扫描详细信息已复制：可将其粘贴到错误报告或消息中。</translation>
    </message>
    <message>
        <source>The chat engine (llama.cpp) could not be loaded; see the details below.</source>
        <translation>无法加载聊天引擎（llama.cpp）；请参阅下方详细信息。</translation>
    </message>
    <message>
        <source>Chat: llama.cpp {version}, with GPU support</source>
        <translation>聊天：llama.cpp {version}，支持 GPU</translation>
    </message>
    <message>
        <source>Chat: llama.cpp {version}, built for the processor only</source>
        <translation>聊天：llama.cpp {version}，仅为处理器构建</translation>
    </message>
    <message>
        <source>The speech engine (CTranslate2) could not be loaded; see the details below.</source>
        <translation>无法加载语音引擎（CTranslate2）；请参阅下方详细信息。</translation>
    </message>
    <message>
        <source>Transcription: CTranslate2 {version}, on the graphics card</source>
        <translation>转录：CTranslate2 {version}，在显卡上</translation>
    </message>
    <message>
        <source>Transcription: CTranslate2 {version}, on the processor</source>
        <translation>转录：CTranslate2 {version}，在处理器上</translation>
    </message>
    <message>
        <source>Processor ({extension})</source>
        <translation>处理器（{extension}）</translation>
    </message>
</context>
<context>
    <name>Host</name>
    <message>
        <source>Cancelled.</source>
        <comment>host.job-cancelled</comment>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>{name} is not loaded.</source>
        <comment>host.not-loaded</comment>
        <translation>{name} 未加载。</translation>
    </message>
    <message>
        <source>{name} is not loaded any more; load it again to go on.</source>
        <comment>host.no-model-loaded</comment>
        <translation>{name} 已不再加载；请重新加载后继续。</translation>
    </message>
    <message>
        <source>{evicted} was unloaded to make room for {name}.</source>
        <comment>host.unloaded-for-room</comment>
        <translation>为给 {name} 腾出空间，已卸载 {evicted}。</translation>
    </message>
</context>
<context>
    <name>HubNotice</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>HubRepoView</name>
    <message>
        <source>Reading its files and each quantization&apos;s header on Hugging Face…</source>
        <translation>正在读取 Hugging Face 上的文件和各量化版本的文件头…</translation>
    </message>
    <message>
        <source>architecture unknown</source>
        <translation>架构未知</translation>
    </message>
    <message numerus="yes">
        <source>{arch} · revision {revision} · %n quantizations</source>
        <translation>
            <numerusform>{arch} · 修订版 {revision} · %n 个量化版本</numerusform>
        </translation>
    </message>
    <message>
        <source>Gated: accept its terms on &lt;a href=&quot;{url}&quot;&gt;its Hugging Face page&lt;/a&gt; and add a token in Settings to download it.</source>
        <translation>受限访问：请在&lt;a href=&quot;{url}&quot;&gt;其 Hugging Face 页面&lt;/a&gt;上接受条款，并在“设置”中添加令牌后再下载。</translation>
    </message>
    <message>
        <source>This repository has no GGUF files Hearth can run.</source>
        <translation>此仓库没有 Hearth 能运行的 GGUF 文件。</translation>
    </message>
</context>
<context>
    <name>HubResultsTable</name>
    <message>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载量</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>a free licence</source>
        <translation>自由许可证</translation>
    </message>
    <message>
        <source>open, with conditions</source>
        <translation>开放，但有条件</translation>
    </message>
    <message>
        <source>for research</source>
        <translation>仅供研究</translation>
    </message>
    <message>
        <source>not for commercial use</source>
        <translation>不可商用</translation>
    </message>
    <message>
        <source>Hugging Face results</source>
        <translation>Hugging Face 结果</translation>
    </message>
    <message>
        <source>Press Enter on a repository to see how each of its files runs here</source>
        <translation>在仓库上按 Enter，查看其中每个文件在这里的运行情况</translation>
    </message>
    <message>
        <source>by {author}, {downloads} downloads, {likes} likes, updated {date}, licence: {licence}</source>
        <translation>作者 {author}，下载 {downloads} 次，{likes} 个赞，更新于 {date}，许可证：{licence}</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>A licence Hearth does not know: read it on the model&apos;s page before using the model.</source>
        <translation>Hearth 不认识的许可证：使用该模型前，请在模型页面上阅读许可证。</translation>
    </message>
    <message>
        <source>{licence}: {tier}</source>
        <translation>{licence}：{tier}</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>受限访问</translation>
    </message>
    <message>
        <source>In Hearth&apos;s picks</source>
        <translation>在 Hearth 推荐中</translation>
    </message>
    <message>
        <source>Needs access granted on its Hugging Face page and a token in Settings</source>
        <translation>需要在其 Hugging Face 页面上获得访问权限，并在“设置”中添加令牌</translation>
    </message>
    <message>
        <source>In Hearth&apos;s picks: {name}</source>
        <translation>在 Hearth 推荐中：{name}</translation>
    </message>
</context>
<context>
    <name>HubSearch</name>
    <message>
        <source>Offline mode is on, so Hearth did not search Hugging Face. Turn it off in Settings to search.</source>
        <comment>hub_search.search-offline</comment>
        <translation>离线模式已开启，因此 Hearth 没有搜索 Hugging Face。请在“设置”中关闭离线模式以进行搜索。</translation>
    </message>
    <message>
        <source>in {wait} seconds</source>
        <comment>hub_search.in-seconds</comment>
        <translation>{wait} 秒后</translation>
    </message>
    <message>
        <source>in a minute</source>
        <comment>hub_search.in-a-minute</comment>
        <translation>一分钟后</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from here; retry {when}.</source>
        <comment>hub_search.hub-busy</comment>
        <translation>Hugging Face 收到来自这里的请求太多；请稍后重试（{when}）。</translation>
    </message>
    <message>
        <source>Hugging Face had a problem of its own ({status}); nothing is wrong here. Retry in a moment.</source>
        <comment>hub_search.hub-server-error</comment>
        <translation>Hugging Face 自身出现了问题（{status}）；这里一切正常。请稍后重试。</translation>
    </message>
    <message>
        <source>Hugging Face refused the request ({status}).</source>
        <comment>hub_search.request-refused</comment>
        <translation>Hugging Face 拒绝了请求（{status}）。</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check your connection (or the mirror in Settings) and retry.</source>
        <comment>hub_search.hub-unreachable</comment>
        <translation>{host} 没有及时响应。请检查你的网络连接（或“设置”中的镜像），然后重试。</translation>
    </message>
    <message>
        <source>Hearth could not reach {host}. Check your connection (or the mirror in Settings) and retry.</source>
        <comment>hub_search.unreachable</comment>
        <translation>Hearth 无法连接到 {host}。请检查你的网络连接（或“设置”中的镜像），然后重试。</translation>
    </message>
    <message>
        <source>Hugging Face sent an answer Hearth could not read. Retry in a moment.</source>
        <comment>hub_search.hub-failed</comment>
        <translation>Hugging Face 返回了 Hearth 无法读取的内容。请稍后重试。</translation>
    </message>
    <message>
        <source>{repo} asks you to accept its licence first. Open {page}, accept the terms, then add a Hugging Face token in Settings.</source>
        <comment>hub_search.gated-model</comment>
        <translation>{repo} 要求你先接受其许可证。请打开 {page}，接受条款，然后在“设置”中添加 Hugging Face 令牌。</translation>
    </message>
    <message>
        <source>The model {repo} was not found. It may have been renamed, or it is private and needs a token.</source>
        <comment>hub_search.model-not-found</comment>
        <translation>未找到模型 {repo}。它可能已被重命名，或者是私有模型，需要令牌才能访问。</translation>
    </message>
    <message>
        <source>{filename} is no longer in {repo}.</source>
        <comment>hub_search.file-gone</comment>
        <translation>{filename} 已不在 {repo} 中。</translation>
    </message>
    <message>
        <source>Hugging Face refused access to {repo} ({status}). Accept the model&apos;s licence on {page} and add a token in Settings.</source>
        <comment>hub_search.access-refused</comment>
        <translation>Hugging Face 拒绝访问 {repo}（{status}）。请在 {page} 上接受该模型的许可证，并在“设置”中添加令牌。</translation>
    </message>
    <message>
        <source>Hugging Face answered with an error ({status}) for {filename}. Try again later.</source>
        <comment>hub_search.file-error</comment>
        <translation>Hugging Face 对 {filename} 返回了错误（{status}）。请稍后重试。</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face to read {filename}. Check your connection.</source>
        <comment>hub_search.network-problem</comment>
        <translation>无法连接 Hugging Face 来读取 {filename}。请检查你的网络连接。</translation>
    </message>
    <message>
        <source>This link is too long for a Hugging Face model link ({length} characters; at most {max_link_length}), so Hearth did not open it.</source>
        <comment>hub_search.link-too-long</comment>
        <translation>此链接太长，不是 Hugging Face 模型链接（{length} 个字符；最多 {max_link_length} 个），因此 Hearth 没有打开它。</translation>
    </message>
    <message>
        <source>This link contains invisible control characters, so Hearth did not open it.</source>
        <comment>hub_search.link-control-characters</comment>
        <translation>此链接包含不可见的控制字符，因此 Hearth 没有打开它。</translation>
    </message>
    <message>
        <source>This is not a link Hearth can read.</source>
        <comment>hub_search.link-unreadable</comment>
        <translation>这不是 Hearth 能读取的链接。</translation>
    </message>
    <message>
        <source>Hearth opens only links that start with {scheme}://{host}; this one is not for Hearth.</source>
        <comment>hub_search.link-other-site</comment>
        <translation>Hearth 只打开以 {scheme}://{host} 开头的链接；此链接不是给 Hearth 的。</translation>
    </message>
    <message>
        <source>Hearth opens only Hugging Face model links ({scheme}://{host}?model=ORG/REPO); this one asks for something else.</source>
        <comment>hub_search.link-not-model</comment>
        <translation>Hearth 只打开 Hugging Face 模型链接（{scheme}://{host}?model=ORG/REPO）；此链接请求的是其他内容。</translation>
    </message>
    <message>
        <source>This link does not say which model to open (it has no model=ORG/REPO).</source>
        <comment>hub_search.link-without-model</comment>
        <translation>此链接没有说明要打开哪个模型（缺少 model=ORG/REPO）。</translation>
    </message>
    <message>
        <source>This link names more than one model or file, so Hearth cannot tell which to open.</source>
        <comment>hub_search.link-names-several</comment>
        <translation>此链接指定了多个模型或文件，因此 Hearth 无法确定要打开哪个。</translation>
    </message>
    <message>
        <source>This link is garbled (its letters are not encoded correctly).</source>
        <comment>hub_search.link-garbled-letters</comment>
        <translation>此链接已损坏（其中的字符编码不正确）。</translation>
    </message>
    <message>
        <source>This link names a version or a tag of {base}; Hearth opens a model&apos;s current files, so use the model&apos;s link without the part after &apos;@&apos; or &apos;:&apos;.</source>
        <comment>hub_search.link-names-version</comment>
        <translation>此链接指定了 {base} 的某个版本或标签；Hearth 只打开模型的当前文件，因此请使用去掉“@”或“:”之后部分的模型链接。</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a Hugging Face model name; a model link names one like &apos;organization/model-name&apos;.</source>
        <comment>hub_search.link-bad-repo</comment>
        <translation>“{repo}”不是 Hugging Face 模型名称；模型链接中的名称应类似“organization/model-name”。</translation>
    </message>
    <message>
        <source>This link points at a file outside the model&apos;s folder (&apos;{file}&apos;), so Hearth did not open it.</source>
        <comment>hub_search.file-outside-folder</comment>
        <translation>此链接指向模型文件夹之外的文件（“{file}”），因此 Hearth 没有打开它。</translation>
    </message>
    <message>
        <source>This link points at &apos;{file}&apos;, which is not a GGUF model file; Hearth runs GGUF files only.</source>
        <comment>hub_search.not-a-gguf-file</comment>
        <translation>此链接指向“{file}”，它不是 GGUF 模型文件；Hearth 只运行 GGUF 文件。</translation>
    </message>
    <message>
        <source>{path} on Hugging Face ends inside its header: the file is damaged there.</source>
        <comment>hub_search.corrupt-model-file</comment>
        <translation>Hugging Face 上的 {path} 在文件头内部就结束了：该文件在此处已损坏。</translation>
    </message>
    <message>
        <source>{repo} has no {only}; it may have been renamed or removed.</source>
        <comment>hub_search.quant-gone</comment>
        <translation>{repo} 中没有 {only}；它可能已被重命名或删除。</translation>
    </message>
    <message>
        <source>Some of its parts are missing from the repository.</source>
        <comment>hub_search.parts-missing</comment>
        <translation>仓库中缺少它的部分分卷。</translation>
    </message>
</context>
<context>
    <name>HubSearchPanel</name>
    <message>
        <source>Words, org/repo, or a huggingface.co address</source>
        <translation>关键词、org/repo 或 huggingface.co 地址</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>搜索 Hugging Face</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>结果排序</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search any GGUF model on Hugging Face; each is judged for this computer.</source>
        <translation>搜索 Hugging Face 上的任何 GGUF 模型；每个都会针对这台电脑进行评估。</translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation>下载最多</translation>
    </message>
    <message>
        <source>Most liked</source>
        <translation>点赞最多</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>热门</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>更多结果</translation>
    </message>
    <message>
        <source>← Back to results</source>
        <translation>← 返回结果</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>返回结果</translation>
    </message>
    <message>
        <source>Type what to search for: words, org/repo, or an address.</source>
        <translation>输入要搜索的内容：关键词、org/repo 或地址。</translation>
    </message>
    <message>
        <source>Searching Hugging Face for “{text}”…</source>
        <translation>正在 Hugging Face 上搜索“{text}”…</translation>
    </message>
    <message>
        <source>Loading more results…</source>
        <translation>正在加载更多结果…</translation>
    </message>
    <message>
        <source>These results for “{text}” are from {time}, kept while Hugging Face cannot be asked.</source>
        <translation>这些“{text}”的结果来自 {time}，在无法访问 Hugging Face 时保留。</translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”, more below. Choose one to see how it runs here.</source>
        <translation>
            <numerusform>找到 %n 个“{text}”的 GGUF 仓库，下方还有更多。选择一个即可查看它在这里的运行情况。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”. Choose one to see how it runs here.</source>
        <translation>
            <numerusform>找到 %n 个“{text}”的 GGUF 仓库。选择一个即可查看它在这里的运行情况。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other repositories match without GGUF files Hearth can run.</source>
        <translation>
            <numerusform>另有 %n 个仓库匹配，但没有 Hearth 能运行的 GGUF 文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>No GGUF models on Hugging Face match “{text}”.</source>
        <translation>Hugging Face 上没有与“{text}”匹配的 GGUF 模型。</translation>
    </message>
    <message>
        <source>100 or more other repositories match without GGUF files Hearth can run.</source>
        <translation>另有 100 个或更多仓库匹配，但没有 Hearth 能运行的 GGUF 文件。</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; its verdicts come next.</source>
        <translation>Hearth 仍在检测这台电脑；评估结果稍后显示。</translation>
    </message>
    <message>
        <source>Hearth could not read this repository&apos;s files.</source>
        <translation>Hearth 无法读取此仓库的文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n quantizations of {repo} judged for this computer.</source>
        <translation>
            <numerusform>已针对这台电脑评估 {repo} 的 %n 个量化版本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>对这台电脑来说太大</translation>
    </message>
    <message>
        <source>{repo} {quant} is too large for this computer.

{reason}

Download it anyway?</source>
        <translation>{repo} {quant} 对这台电脑来说太大。

{reason}

仍要下载吗？</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>{name} is too large to attach ({size}); images up to {max_file_bytes} can be attached.</source>
        <comment>images.file-too-large</comment>
        <translation>{name} 太大，无法附加（{size}）；最多可附加 {max_file_bytes} 的图片。</translation>
    </message>
    <message>
        <source>{name} could not be opened: {problem}.</source>
        <comment>images.unopened</comment>
        <translation>无法打开 {name}：{problem}。</translation>
    </message>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <comment>images.empty-picture</comment>
        <translation>{name} 是空的：其中没有图片。</translation>
    </message>
    <message>
        <source>{name} is too large to attach ({size}).</source>
        <comment>images.too-large-attach</comment>
        <translation>{name} 太大，无法附加（{size}）。</translation>
    </message>
    <message>
        <source>{name} has too many pixels to attach; scale it down first.</source>
        <comment>images.too-many-pixels</comment>
        <translation>{name} 的像素太多，无法附加；请先缩小它。</translation>
    </message>
    <message>
        <source>{name} is not a picture Hearth can show a model; attach a PNG, JPEG, WebP, BMP or GIF image.</source>
        <comment>images.unknown-format</comment>
        <translation>{name} 不是 Hearth 能给模型看的图片；请附加 PNG、JPEG、WebP、BMP 或 GIF 图片。</translation>
    </message>
    <message>
        <source>{name} could not be read: the picture in it is damaged or incomplete.</source>
        <comment>images.image-refused</comment>
        <translation>无法读取 {name}：其中的图片已损坏或不完整。</translation>
    </message>
    <message>
        <source>{name} is {width:,} × {height:,} pixels, more than Hearth attaches ({millions} million pixels); scale it down first.</source>
        <comment>images.too-many-pixels-sized</comment>
        <translation>{name} 为 {width:,} × {height:,} 像素，超过了 Hearth 可附加的上限（{millions} 百万像素）；请先缩小它。</translation>
    </message>
</context>
<context>
    <name>IndexingPanel</name>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n files</source>
        <translation>
            <numerusform>{done} / %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>{files} · {chunks}</source>
        <translation>{files} · {chunks}</translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation>
            <numerusform>%n 个文本块</numerusform>
        </translation>
    </message>
    <message>
        <source>{progress} · reading {file}</source>
        <translation>{progress} · 正在读取 {file}</translation>
    </message>
    <message>
        <source>about {minutes} min {seconds} s left</source>
        <translation>剩余约 {minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>剩余约 {seconds} 秒</translation>
    </message>
    <message>
        <source>{progress} · {left}</source>
        <translation>{progress} · {left}</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: {files} read, {chunks}.</source>
        <translation>完成：已读取 {files}，{chunks}。</translation>
    </message>
    <message>
        <source>Everything was up to date.</source>
        <translation>所有内容都是最新的。</translation>
    </message>
    <message numerus="yes">
        <source>%n files that are gone were dropped.</source>
        <translation>
            <numerusform>已移除 %n 个已不存在的文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>继续索引</translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation>暂停索引</translation>
    </message>
    <message>
        <source>Indexing of {name}: done</source>
        <translation>{name} 的索引：完成</translation>
    </message>
    <message>
        <source>Indexing “{name}”…</source>
        <translation>正在为“{name}”建立索引…</translation>
    </message>
    <message>
        <source>Indexing of {name}</source>
        <translation>{name} 的索引</translation>
    </message>
    <message>
        <source>Indexing of {name}: {percent}%</source>
        <translation>{name} 的索引：{percent}%</translation>
    </message>
    <message>
        <source>Paused · {text}</source>
        <translation>已暂停 · {text}</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Go to a page, in the sidebar&apos;s order</source>
        <translation>按侧边栏顺序转到页面</translation>
    </message>
    <message>
        <source>Show or hide downloads</source>
        <translation>显示或隐藏下载</translation>
    </message>
    <message>
        <source>New conversation (Chat)</source>
        <translation>新对话（聊天）</translation>
    </message>
    <message>
        <source>Send the message (Chat)</source>
        <translation>发送消息（聊天）</translation>
    </message>
    <message>
        <source>New line in the message (Chat)</source>
        <translation>在消息中换行（聊天）</translation>
    </message>
    <message>
        <source>Stop the reply (Chat)</source>
        <translation>停止回复（聊天）</translation>
    </message>
    <message>
        <source>Search models (Discover)</source>
        <translation>搜索模型（发现）</translation>
    </message>
    <message>
        <source>Check this computer again (Hardware)</source>
        <translation>重新检测这台电脑（硬件）</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Usual text size</source>
        <translation>默认文字大小</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>此快捷键列表</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>移到下一个或上一个控件</translation>
    </message>
    <message>
        <source>Press the button or switch that has focus</source>
        <translation>按下具有焦点的按钮或开关</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>Language and text size</source>
        <translation>语言和文字大小</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>文字大小(&amp;T)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Ctrl+= larger, Ctrl+- smaller, Ctrl+0 the usual size</source>
        <translation>Ctrl+= 放大，Ctrl+- 缩小，Ctrl+0 恢复默认大小</translation>
    </message>
</context>
<context>
    <name>LeaderboardPanel</name>
    <message>
        <source>Blind: hide the model names until I vote</source>
        <translation>盲评：在我投票前隐藏模型名称</translation>
    </message>
    <message>
        <source>{letter} is better</source>
        <translation>{letter} 更好</translation>
    </message>
    <message>
        <source>Reply {letter}</source>
        <translation>回复 {letter}</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>平局</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>first token</source>
        <translation>首个 token</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>This run&apos;s numbers</source>
        <translation>本次运行的数据</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Rating (95 % range)</source>
        <translation>评分（95% 区间）</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Chosen over the next one</source>
        <translation>胜过下一名的比例</translation>
    </message>
    <message>
        <source>Your leaderboard</source>
        <translation>你的排行榜</translation>
    </message>
    <message>
        <source>Ratings use all your votes for this task. A range shows where a rating likely lies; models whose ranges overlap share a rank. More votes narrow the ranges.</source>
        <translation>评分依据你在此任务中的所有投票。区间表示评分可能所在的范围；区间重叠的模型排名相同。投票越多，区间越窄。</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>本次运行</translation>
    </message>
    <message>
        <source>Your leaderboard for</source>
        <translation>你的排行榜：</translation>
    </message>
    <message>
        <source>Task of the leaderboard</source>
        <translation>排行榜的任务</translation>
    </message>
    <message>
        <source>Wait for every model&apos;s reply to this prompt before voting.</source>
        <translation>请等所有模型都回复此提示词后再投票。</translation>
    </message>
    <message>
        <source>Which reply is better?</source>
        <translation>哪个回复更好？</translation>
    </message>
    <message>
        <source>Run a set to vote on its replies.</source>
        <translation>运行一个提示词集，即可为其回复投票。</translation>
    </message>
    <message>
        <source>You called it a tie.</source>
        <translation>你判定为平局。</translation>
    </message>
    <message>
        <source>You chose {model}.</source>
        <translation>你选择了 {model}。</translation>
    </message>
</context>
<context>
    <name>LibraryRow</name>
    <message>
        <source>Downloaded by Hearth</source>
        <translation>由 Hearth 下载</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>由你添加</translation>
    </message>
    <message>
        <source>From LM Studio</source>
        <translation>来自 LM Studio</translation>
    </message>
    <message>
        <source>From Ollama</source>
        <translation>来自 Ollama</translation>
    </message>
    <message>
        <source>From the Hugging Face cache</source>
        <translation>来自 Hugging Face 缓存</translation>
    </message>
    <message>
        <source>From GPT4All</source>
        <translation>来自 GPT4All</translation>
    </message>
    <message>
        <source>Can see images</source>
        <translation>可识别图片</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Chat with {model}</source>
        <translation>与 {model} 聊天</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Show {model} in its folder</source>
        <translation>在文件夹中显示 {model}</translation>
    </message>
    <message>
        <source>Pair with projector…</source>
        <translation>配对视觉配套文件…</translation>
    </message>
    <message>
        <source>Pair {model} with a vision companion</source>
        <translation>为 {model} 配对视觉配套文件</translation>
    </message>
    <message>
        <source>Choose the model&apos;s vision companion (an mmproj file) so it can see images</source>
        <translation>选择模型的视觉配套文件（mmproj 文件），使其能识别图片</translation>
    </message>
    <message>
        <source>Sees images with {file}; choose another vision companion</source>
        <translation>通过 {file} 识别图片；选择其他视觉配套文件</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete {model}</source>
        <translation>删除 {model}</translation>
    </message>
    <message>
        <source>Delete the downloaded files</source>
        <translation>删除已下载的文件</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide {model}</source>
        <translation>隐藏 {model}</translation>
    </message>
    <message>
        <source>Hide it from this list (its files stay where they are)</source>
        <translation>从此列表中隐藏（其文件保留在原处）</translation>
    </message>
    <message>
        <source>{model}, {size}, {verdict}</source>
        <translation>{model}，{size}，{verdict}</translation>
    </message>
    <message>
        <source>{model}, {size}</source>
        <translation>{model}，{size}</translation>
    </message>
    <message>
        <source>Speech-to-text model (faster-whisper)</source>
        <translation>语音转文字模型（faster-whisper）</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>{count} 参数</translation>
    </message>
    <message>
        <source>{billions}B parameters</source>
        <translation>{billions}B 参数</translation>
    </message>
    <message>
        <source>{millions}M parameters</source>
        <translation>{millions}M 参数</translation>
    </message>
    <message>
        <source>has a chat template</source>
        <translation>有聊天模板</translation>
    </message>
    <message>
        <source>no chat template (plain text prompts)</source>
        <translation>无聊天模板（纯文本提示词）</translation>
    </message>
    <message>
        <source>{count} tokens of context</source>
        <translation>上下文 {count} token</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Discover</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>My Models</source>
        <translation>我的模型</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation>转录</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <translation>{page}（{shortcut}）</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Choose a page with the arrow keys, or open one with {first} to {last}.</source>
        <translation>用方向键选择页面，或用 {first} 到 {last} 打开页面。</translation>
    </message>
    <message>
        <source>● Local server on</source>
        <translation>● 本地服务器已开启</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Show downloads ({shortcut})</source>
        <translation>显示下载（{shortcut}）</translation>
    </message>
    <message>
        <source>Shows or hides the list of downloads</source>
        <translation>显示或隐藏下载列表</translation>
    </message>
    <message>
        <source>Other apps use Hearth&apos;s models at {address}</source>
        <translation>其他应用可通过 {address} 使用 Hearth 的模型</translation>
    </message>
</context>
<context>
    <name>Mcp</name>
    <message>
        <source>There is no tool server called “{name}”. `hearth mcp list` shows the ones there are.</source>
        <comment>mcp.server-unknown</comment>
        <translation>没有名为“{name}”的工具服务器。`hearth mcp list` 会列出已有的工具服务器。</translation>
    </message>
    <message>
        <source>A tool server called “{name}” is already there. Remove it first, or choose another name.</source>
        <comment>mcp.server-exists</comment>
        <translation>已有名为“{name}”的工具服务器。请先移除它，或另选一个名称。</translation>
    </message>
    <message>
        <source>The tool servers&apos; list {path} could not be read: {strerror}.</source>
        <comment>mcp.list-unreadable</comment>
        <translation>无法读取工具服务器列表 {path}：{strerror}。</translation>
    </message>
    <message>
        <source>it is not valid JSON ({problem})</source>
        <comment>mcp.list-not-json</comment>
        <translation>它不是有效的 JSON（{problem}）</translation>
    </message>
    <message>
        <source>The tool servers&apos; list could not be used: {problem}. It was kept as {aside}; Hearth starts with no tool servers. Fix that file and rename it back to {name} to use it again.</source>
        <comment>mcp.config-damaged</comment>
        <translation>无法使用工具服务器列表：{problem}。它已另存为 {aside}；Hearth 启动时将不带任何工具服务器。请修复该文件并将其重命名回 {name}，即可再次使用。</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <comment>mcp.list-not-object</comment>
        <translation>它不是 JSON 对象</translation>
    </message>
    <message>
        <source>its “{key}” is not an object of named servers</source>
        <comment>mcp.list-servers-not-object</comment>
        <translation>其中的“{key}”不是由命名服务器组成的对象</translation>
    </message>
    <message>
        <source>the server “{name}” is not an object</source>
        <comment>mcp.list-server-not-object</comment>
        <translation>服务器“{name}”不是对象</translation>
    </message>
    <message>
        <source>“{name}” cannot be a tool server&apos;s name: use up to 64 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit.</source>
        <comment>mcp.bad-server-name</comment>
        <translation>“{name}”不能用作工具服务器名称：请使用最多 64 个字母、数字、空格、点、连字符或下划线，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>The tool server “{name}” in {where} {what}.</source>
        <comment>mcp.entry-invalid</comment>
        <translation>{where} 中的工具服务器“{name}”{what}。</translation>
    </message>
    <message>
        <source>has an “{key}” that is not an object of text values</source>
        <comment>mcp.entry-not-texts</comment>
        <translation>的“{key}”不是由文本值组成的对象</translation>
    </message>
    <message>
        <source>has an empty “command”</source>
        <comment>mcp.entry-empty-command</comment>
        <translation>的“command”为空</translation>
    </message>
    <message>
        <source>has “args” that are not a list of text</source>
        <comment>mcp.entry-bad-args</comment>
        <translation>的“args”不是文本列表</translation>
    </message>
    <message>
        <source>has a “cwd” that is not a folder&apos;s path</source>
        <comment>mcp.entry-bad-cwd</comment>
        <translation>的“cwd”不是文件夹路径</translation>
    </message>
    <message>
        <source>has a “url” that is not an http:// or https:// address</source>
        <comment>mcp.entry-bad-url</comment>
        <translation>的“url”不是 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <source>uses the older SSE transport, which Hearth does not speak yet (only Streamable HTTP)</source>
        <comment>mcp.entry-sse</comment>
        <translation>使用的是较旧的 SSE 传输方式，Hearth 目前还不支持（仅支持 Streamable HTTP）</translation>
    </message>
    <message>
        <source>has neither a “command” (a program to start) nor a “url” (a server to reach)</source>
        <comment>mcp.entry-neither</comment>
        <translation>既没有“command”（要启动的程序），也没有“url”（要连接的服务器）</translation>
    </message>
    <message>
        <source>The tool “{tool}” of “{name}” did not answer within {timeout_s:g} seconds, so Hearth stopped waiting. The server is still there for the next call.</source>
        <comment>mcp.tool-timed-out</comment>
        <translation>“{name}”的工具“{tool}”在 {timeout_s:g} 秒内没有响应，因此 Hearth 停止了等待。该服务器仍可用于下一次调用。</translation>
    </message>
    <message>
        <source>The tool server “{name}” refused the call to “{tool}”: {problem}</source>
        <comment>mcp.tool-refused</comment>
        <translation>工具服务器“{name}”拒绝了对“{tool}”的调用：{problem}</translation>
    </message>
    <message>
        <source>The tool server “{name}” is not running.</source>
        <comment>mcp.server-failed</comment>
        <translation>工具服务器“{name}”未在运行。</translation>
    </message>
    <message>
        <source>its process exited</source>
        <comment>mcp.process-exited</comment>
        <translation>它的进程已退出</translation>
    </message>
    <message>
        <source>The tool server “{name}” at {url} could not be reached as an MCP server ({cause}).</source>
        <comment>mcp.unreachable</comment>
        <translation>无法以 MCP 服务器的方式连接位于 {url} 的工具服务器“{name}”（{cause}）。</translation>
    </message>
    <message>
        <source>The tool server “{name}” stopped. The last thing it said: {said}</source>
        <comment>mcp.stopped-said</comment>
        <translation>工具服务器“{name}”已停止。它最后输出的内容：{said}</translation>
    </message>
    <message>
        <source>The tool server “{name}” could not start. The last thing it said: {said}</source>
        <comment>mcp.failed-said</comment>
        <translation>工具服务器“{name}”无法启动。它最后输出的内容：{said}</translation>
    </message>
    <message>
        <source>The tool server “{name}” stopped without saying why ({cause}).</source>
        <comment>mcp.stopped-unsaid</comment>
        <translation>工具服务器“{name}”已停止，未说明原因（{cause}）。</translation>
    </message>
    <message>
        <source>The tool server “{name}” could not start without saying why ({cause}).</source>
        <comment>mcp.failed-unsaid</comment>
        <translation>工具服务器“{name}”无法启动，未说明原因（{cause}）。</translation>
    </message>
    <message>
        <source>The call to “{tool}” was stopped before it answered.</source>
        <comment>mcp.tool-stopped</comment>
        <translation>对“{tool}”的调用在其响应之前已被停止。</translation>
    </message>
    <message>
        <source>Hearth&apos;s tool servers were stopped (Hearth is quitting).</source>
        <comment>mcp.stopped-quitting</comment>
        <translation>Hearth 的工具服务器已停止（Hearth 正在退出）。</translation>
    </message>
    <message>
        <source>Hearth&apos;s tool servers were already stopped (Hearth is quitting).</source>
        <comment>mcp.already-stopped-quitting</comment>
        <translation>Hearth 的工具服务器已经停止（Hearth 正在退出）。</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth does not connect to the tool server “{name}” at {url}. Turn Offline mode off in Settings to use it.</source>
        <comment>mcp.offline</comment>
        <translation>离线模式已开启，因此 Hearth 不会连接位于 {url} 的工具服务器“{name}”。请在“设置”中关闭离线模式以使用它。</translation>
    </message>
    <message>
        <source>The tool server “{name}” started but did not list its tools within {start_timeout_s:g} seconds or answered them wrongly.</source>
        <comment>mcp.no-tools-listed</comment>
        <translation>工具服务器“{name}”已启动，但没有在 {start_timeout_s:g} 秒内列出其工具，或者列出的内容有误。</translation>
    </message>
    <message>
        <source> The value of its {names} is kept in the password store, not in mcp.json.</source>
        <comment>mcp.kept-in-store</comment>
        <translation>其 {names} 的值保存在密码库中，而不是 mcp.json 中。</translation>
    </message>
    <message>
        <source> The value of its {names} is kept in memory for now (see below), not in mcp.json.</source>
        <comment>mcp.kept-in-memory</comment>
        <translation>其 {names} 的值暂时保存在内存中（见下文），而不是 mcp.json 中。</translation>
    </message>
    <message>
        <source>Imported “{name}”.{kept}</source>
        <comment>mcp.imported</comment>
        <translation>已导入“{name}”。{kept}</translation>
    </message>
    <message>
        <source>Imported “{name}” as “{new_name}”: {reason}{kept}</source>
        <comment>mcp.imported-renamed</comment>
        <translation>已将“{name}”导入为“{new_name}”：{reason}{kept}</translation>
    </message>
    <message>
        <source>{app}&apos;s list ({source})</source>
        <comment>mcp.app-list-at</comment>
        <translation>{app} 的列表（{source}）</translation>
    </message>
    <message>
        <source>{app}&apos;s list of tool servers</source>
        <comment>mcp.app-server-list</comment>
        <translation>{app} 的工具服务器列表</translation>
    </message>
    <message>
        <source>The list of tool servers</source>
        <comment>mcp.server-list</comment>
        <translation>工具服务器列表</translation>
    </message>
    <message>
        <source>{what} is not there: there is no file {source}. {app} may not be installed, or it has no tool servers yet.</source>
        <comment>mcp.app-list-missing</comment>
        <translation>{what}不存在：没有文件 {source}。{app} 可能未安装，或者还没有工具服务器。</translation>
    </message>
    <message>
        <source>{what} is not there: there is no file {source}. Check the path.</source>
        <comment>mcp.list-missing</comment>
        <translation>{what}不存在：没有文件 {source}。请检查路径。</translation>
    </message>
    <message>
        <source>{what} at {source} could not be read: {strerror}.</source>
        <comment>mcp.import-unreadable</comment>
        <translation>无法读取位于 {source} 的{what}：{strerror}。</translation>
    </message>
    <message>
        <source>{what} at {source} is not valid JSON, so nothing was imported. Fix it in {app} first.</source>
        <comment>mcp.import-not-json</comment>
        <translation>位于 {source} 的{what}不是有效的 JSON，因此未导入任何内容。请先在 {app} 中修复它。</translation>
    </message>
    <message>
        <source>the app that wrote it</source>
        <comment>mcp.the-app-that-wrote-it</comment>
        <translation>写入它的应用</translation>
    </message>
    <message>
        <source>{what} at {source} has no “{servers_key}” object of named servers, so there is nothing Hearth can import from it.</source>
        <comment>mcp.import-failed</comment>
        <translation>位于 {source} 的{what}中没有由命名服务器组成的“{servers_key}”对象，因此 Hearth 无法从中导入任何内容。</translation>
    </message>
    <message>
        <source>“{name}” was not imported: its entry in {where} is not an object.</source>
        <comment>mcp.entry-not-object</comment>
        <translation>未导入“{name}”：它在 {where} 中的条目不是对象。</translation>
    </message>
    <message>
        <source>“{name}” was not imported. {problem}</source>
        <comment>mcp.entry-not-imported</comment>
        <translation>未导入“{name}”。{problem}</translation>
    </message>
    <message>
        <source>“{name}” was not imported: its address ends in /sse, so it uses the older SSE transport, which Hearth does not speak yet (only Streamable HTTP).</source>
        <comment>mcp.entry-sse-address</comment>
        <translation>未导入“{name}”：它的地址以 /sse 结尾，说明它使用的是较旧的 SSE 传输方式，Hearth 目前还不支持（仅支持 Streamable HTTP）。</translation>
    </message>
    <message>
        <source>Hearth&apos;s names are letters, digits, spaces, dots, dashes and underscores only.</source>
        <comment>mcp.renamed-name</comment>
        <translation>Hearth 中的名称只能包含字母、数字、空格、点、连字符和下划线。</translation>
    </message>
    <message>
        <source>a different tool server called “{name}” is already there.</source>
        <comment>mcp.renamed-taken</comment>
        <translation>已有另一个名为“{name}”的工具服务器。</translation>
    </message>
    <message>
        <source>“{name}” is already there, the same server.</source>
        <comment>mcp.already-there</comment>
        <translation>“{name}”已存在，是同一个服务器。</translation>
    </message>
    <message>
        <source>“{name}” is already there as “{other}”, the same server.</source>
        <comment>mcp.already-there-as</comment>
        <translation>“{name}”已以“{other}”的名称存在，是同一个服务器。</translation>
    </message>
    <message>
        <source>“{name}” was not imported: too many of that name.</source>
        <comment>mcp.too-many-of-name</comment>
        <translation>未导入“{name}”：同名的太多了。</translation>
    </message>
    <message>
        <source>The program {command} does not exist or cannot be run. Check the path in the server&apos;s settings.</source>
        <comment>mcp.program-unusable</comment>
        <translation>程序 {command} 不存在或无法运行。请检查服务器设置中的路径。</translation>
    </message>
    <message>
        <source>The program “{command}” was not found on this computer. Install it (for npx: Node.js; for uvx: uv), or write its full path as the server&apos;s command.</source>
        <comment>mcp.program-not-found</comment>
        <translation>在这台电脑上找不到程序“{command}”。请安装它（npx 需要 Node.js；uvx 需要 uv），或将其完整路径写作服务器的命令。</translation>
    </message>
    <message>
        <source>variables</source>
        <comment>mcp.secret-variables</comment>
        <translation>变量</translation>
    </message>
    <message>
        <source>variable</source>
        <comment>mcp.secret-variable</comment>
        <translation>变量</translation>
    </message>
    <message>
        <source>headers</source>
        <comment>mcp.secret-headers</comment>
        <translation>请求头</translation>
    </message>
    <message>
        <source>header</source>
        <comment>mcp.secret-header</comment>
        <translation>请求头</translation>
    </message>
    <message>
        <source>is not in this computer&apos;s password store</source>
        <comment>mcp.secret-not-stored</comment>
        <translation>不在这台电脑的密码库中</translation>
    </message>
    <message>
        <source>was kept only until Hearth closed, since this computer has no password store</source>
        <comment>mcp.secret-no-store</comment>
        <translation>只保留到 Hearth 关闭为止，因为这台电脑没有密码库</translation>
    </message>
    <message>
        <source>was kept only until Hearth closed, since the password store failed</source>
        <comment>mcp.secret-store-failed</comment>
        <translation>只保留到 Hearth 关闭为止，因为密码库出错了</translation>
    </message>
    <message>
        <source>The tool server “{name}” needs the secret {what} {names}, whose value {where}. Set it again in Settings → Tools, or with `hearth mcp secret {quoted} {example}`.</source>
        <comment>mcp.secret-missing</comment>
        <translation>工具服务器“{name}”需要机密{what} {names}，但其值{where}。请在“设置 → 工具”中重新设置，或使用 `hearth mcp secret {quoted} {example}`。</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} tokens/s</translation>
    </message>
    <message>
        <source>first token after {seconds} s</source>
        <translation>首个 token 用时 {seconds} 秒</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>你的消息</translation>
    </message>
    <message>
        <source>Reply from {model}</source>
        <translation>{model} 的回复</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <source>Show the model&apos;s thinking</source>
        <translation>显示模型的思考过程</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>模型的思考过程</translation>
    </message>
    <message>
        <source>Text of the reply</source>
        <translation>回复的文本</translation>
    </message>
    <message>
        <source>Text of your message</source>
        <translation>你的消息的文本</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the reply</source>
        <translation>复制回复</translation>
    </message>
    <message>
        <source>Copy your message</source>
        <translation>复制你的消息</translation>
    </message>
    <message>
        <source>No reply: {reason}</source>
        <translation>无回复：{reason}</translation>
    </message>
    <message>
        <source>Why the reply failed</source>
        <translation>回复失败的原因</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Try the reply again</source>
        <translation>重新尝试回复</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Write the reply again</source>
        <translation>重新写出回复</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>编辑你的消息</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong inside Hearth</source>
        <comment>messages.unexpected</comment>
        <translation>Hearth 内部出错了</translation>
    </message>
    <message>
        <source>Hearth could not finish this</source>
        <comment>messages.could-not-finish</comment>
        <translation>Hearth 无法完成此操作</translation>
    </message>
    <message>
        <source>{failed}: {problem}.</source>
        <comment>messages.computer-refused</comment>
        <translation>{failed}：{problem}。</translation>
    </message>
    <message>
        <source>{failed}: {problem}</source>
        <comment>messages.bug</comment>
        <translation>{failed}：{problem}</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>视觉</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>{tier}; business use allowed</source>
        <translation>{tier}；允许商业使用</translation>
    </message>
    <message>
        <source>{tier}; business use not allowed</source>
        <translation>{tier}；不允许商业使用</translation>
    </message>
    <message>
        <source>{publisher} · {parameters} parameters</source>
        <translation>{publisher} · {parameters} 参数</translation>
    </message>
    <message>
        <source>Quantization: smaller files run faster and need less memory; larger ones answer better</source>
        <translation>量化：文件越小运行越快、所需内存越少；文件越大回答质量越好</translation>
    </message>
    <message>
        <source>Quantization of {model}</source>
        <translation>{model} 的量化版本</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>下载 {model}</translation>
    </message>
    <message>
        <source>{quant} (recommended)</source>
        <translation>{quant}（推荐）</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Downloading {percent}%</source>
        <translation>正在下载 {percent}%</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Download size (rounded, as published)</source>
        <translation>下载大小（按发布值取整）</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>下载大小</translation>
    </message>
    <message>
        <source>Checking your computer…</source>
        <translation>正在检测你的电脑…</translation>
    </message>
    <message>
        <source>Expected speed: {speed}.</source>
        <translation>预计速度：{speed}。</translation>
    </message>
    <message>
        <source>{model}, {size}, {verdict}</source>
        <translation>{model}，{size}，{verdict}</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>{model} loads when you send a message, or choose another model.</source>
        <translation>发送消息时将加载 {model}，你也可以选择其他模型。</translation>
    </message>
    <message>
        <source>That model is still being checked; choose it from the list in a moment.</source>
        <translation>该模型仍在检查中；请稍后从列表中选择它。</translation>
    </message>
    <message>
        <source>Loading {model}…</source>
        <translation>正在加载 {model}…</translation>
    </message>
    <message>
        <source>Offline mode is on: other computers&apos; models are off. Choose a model here.</source>
        <translation>离线模式已开启：其他电脑的模型不可用。请在这里选择模型。</translation>
    </message>
    <message>
        <source>{computer} is no longer listed. Choose another model.</source>
        <translation>{computer} 已不在列表中。请选择其他模型。</translation>
    </message>
    <message>
        <source>Hearth closed while loading {model} last time, probably because memory ran out. Options now load it on the processor only, with a shorter context; change them if you want to try again as before.</source>
        <translation>上次加载 {model} 时 Hearth 关闭了，可能是内存不足。现在选项会仅在处理器上以较短的上下文加载它；如果想按原来的方式再试一次，请更改选项。</translation>
    </message>
    <message>
        <source>{reason}

Load it anyway? The computer may slow down.</source>
        <translation>{reason}

仍要加载吗？电脑可能会变慢。</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>对这台电脑来说太大</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>{model} · sees images</source>
        <translation>{model} · 可识别图片</translation>
    </message>
    <message>
        <source>{model} — {verdict}</source>
        <translation>{model} — {verdict}</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>选择模型…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>On {computer} ({address}) · leaves this computer</source>
        <translation>在 {computer}（{address}）上 · 离开这台电脑</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>{name} has no {quantization} version; it comes as {known}.</source>
        <comment>models.unknown-model</comment>
        <translation>{name} 没有 {quantization} 版本；可用的版本有：{known}。</translation>
    </message>
    <message>
        <source>There is no model called &apos;{model_id}&apos; in Hearth&apos;s catalog (see `hearth models`).</source>
        <comment>models.not-in-catalog</comment>
        <translation>Hearth 的目录中没有名为“{model_id}”的模型（参见 `hearth models`）。</translation>
    </message>
    <message>
        <source>Hearth&apos;s model catalog is missing or damaged; reinstall Hearth.</source>
        <comment>models.catalog-damaged</comment>
        <translation>Hearth 的模型目录缺失或已损坏；请重新安装 Hearth。</translation>
    </message>
    <message>
        <source>Catalog entry {name} cannot be read.</source>
        <comment>models.catalog-entry-read</comment>
        <translation>无法读取目录条目 {name}。</translation>
    </message>
    <message>
        <source>Catalog entry {name} is invalid at {where}.</source>
        <comment>models.catalog-entry-invalid</comment>
        <translation>目录条目 {name} 在 {where} 处无效。</translation>
    </message>
    <message>
        <source>Catalog ids are used twice: {ids}.</source>
        <comment>models.catalog-error</comment>
        <translation>目录 ID 重复使用：{ids}。</translation>
    </message>
    <message>
        <source>Small and quick</source>
        <comment>models.role-quick</comment>
        <translation>小巧快速</translation>
    </message>
    <message>
        <source>Answers almost at once; fine for everyday questions and short texts.</source>
        <comment>models.role-quick-about</comment>
        <translation>几乎立即回答；适合日常问题和短文本。</translation>
    </message>
    <message>
        <source>Balanced</source>
        <comment>models.role-balanced</comment>
        <translation>均衡</translation>
    </message>
    <message>
        <source>Noticeably smarter, and still quick enough to talk with.</source>
        <comment>models.role-balanced-about</comment>
        <translation>明显更聪明，而且速度仍足以流畅对话。</translation>
    </message>
    <message>
        <source>Best for this computer</source>
        <comment>models.role-best</comment>
        <translation>最适合这台电脑</translation>
    </message>
    <message>
        <source>The most capable model that runs well here; it takes a while to load.</source>
        <comment>models.role-best-about</comment>
        <translation>能在这里流畅运行的最强模型；加载需要一些时间。</translation>
    </message>
    <message>
        <source>Your computer has {cores} processor core and {memory} of memory, and no graphics card Hearth can use: models up to about {in_memory} run here, and small ones feel fastest.</source>
        <comment>models.summary-no-card-one-core</comment>
        <translation>你的电脑有 {cores} 个处理器核心和 {memory} 内存，没有 Hearth 可用的显卡：最大约 {in_memory} 的模型可以在这里运行，小模型用起来最快。</translation>
    </message>
    <message>
        <source>Your computer has {cores} processor cores and {memory} of memory, and no graphics card Hearth can use: models up to about {in_memory} run here, and small ones feel fastest.</source>
        <comment>models.summary-no-card</comment>
        <translation>你的电脑有 {cores} 个处理器核心和 {memory} 内存，没有 Hearth 可用的显卡：最大约 {in_memory} 的模型可以在这里运行，小模型用起来最快。</translation>
    </message>
    <message>
        <source>Your {gpu} shares its {memory} of memory with the graphics chip: models up to about {on_gpu} run on it at full speed.</source>
        <comment>models.summary-shared-memory</comment>
        <translation>你的 {gpu} 与图形芯片共享 {memory} 内存：最大约 {on_gpu} 的模型可以在上面全速运行。</translation>
    </message>
    <message>
        <source>Your {gpu} runs models up to about {on_gpu} at full speed, and larger ones up to about {in_memory} more slowly with help from the processor.</source>
        <comment>models.summary-card</comment>
        <translation>你的 {gpu} 可以全速运行最大约 {on_gpu} 的模型；更大的模型（最大约 {in_memory}）借助处理器也能运行，但较慢。</translation>
    </message>
    <message>
        <source>Your {count} graphics cards run models up to about {on_gpu} at full speed, and larger ones up to about {in_memory} more slowly with help from the processor.</source>
        <comment>models.summary-cards</comment>
        <translation>你的 {count} 块显卡可以全速运行最大约 {on_gpu} 的模型；更大的模型（最大约 {in_memory}）借助处理器也能运行，但较慢。</translation>
    </message>
    <message>
        <source>This model file is damaged: a text field in its header has an impossible size.</source>
        <comment>models.damaged-text-field</comment>
        <translation>此模型文件已损坏：其文件头中某个文本字段的大小不可能成立。</translation>
    </message>
    <message>
        <source>This file is not a GGUF model (it does not start like one).</source>
        <comment>models.not-gguf</comment>
        <translation>此文件不是 GGUF 模型（其开头不符合 GGUF 格式）。</translation>
    </message>
    <message>
        <source>This model file uses GGUF version {version}, which Hearth cannot read.</source>
        <comment>models.gguf-version-unknown</comment>
        <translation>此模型文件使用 GGUF 版本 {version}，Hearth 无法读取。</translation>
    </message>
    <message>
        <source>This model file is damaged: its header counts are impossible.</source>
        <comment>models.damaged-counts</comment>
        <translation>此模型文件已损坏：其文件头中的计数不可能成立。</translation>
    </message>
    <message>
        <source>This model file is damaged: a tensor has an impossible shape.</source>
        <comment>models.damaged-tensor</comment>
        <translation>此模型文件已损坏：某个张量的形状不可能成立。</translation>
    </message>
    <message>
        <source>This model file is damaged or of a kind Hearth does not know.</source>
        <comment>models.damaged-or-unknown</comment>
        <translation>此模型文件已损坏，或属于 Hearth 不认识的类型。</translation>
    </message>
    <message>
        <source>This model file is damaged: its data alignment is impossible.</source>
        <comment>models.damaged-alignment</comment>
        <translation>此模型文件已损坏：其数据对齐方式不可能成立。</translation>
    </message>
    <message>
        <source>This model file is cut short: it ends inside its header. Download it again.</source>
        <comment>models.file-cut-short</comment>
        <translation>此模型文件不完整：它在文件头内部就结束了。请重新下载。</translation>
    </message>
    <message>
        <source>This model file&apos;s header is larger than any real model&apos;s.</source>
        <comment>models.header-too-large</comment>
        <translation>此模型文件的文件头比任何真实模型的都大。</translation>
    </message>
    <message>
        <source>Hearth could not read {name}: {strerror}.</source>
        <comment>models.file-unreadable</comment>
        <translation>Hearth 无法读取 {name}：{strerror}。</translation>
    </message>
    <message>
        <source>{name} is incomplete: it is {file_size:,} bytes but its header describes {described:,}. Download it again.</source>
        <comment>models.file-incomplete</comment>
        <translation>{name} 不完整：它只有 {file_size:,} 字节，但其文件头描述的是 {described:,} 字节。请重新下载。</translation>
    </message>
    <message>
        <source>Chat and write</source>
        <comment>models.goal-chat</comment>
        <translation>聊天和写作</translation>
    </message>
    <message>
        <source>Write and explain code</source>
        <comment>models.goal-code</comment>
        <translation>编写和解释代码</translation>
    </message>
    <message>
        <source>Solve problems step by step</source>
        <comment>models.goal-reasoning</comment>
        <translation>逐步解决问题</translation>
    </message>
    <message>
        <source>Ask about pictures</source>
        <comment>models.goal-vision</comment>
        <translation>询问图片内容</translation>
    </message>
    <message>
        <source>Transcribe recordings</source>
        <comment>models.goal-speech</comment>
        <translation>转录录音</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <comment>models.damaged-header</comment>
        <translation>{name} 的文件头已损坏。</translation>
    </message>
    <message>
        <source>No model Hearth can use was found in {name}.{reason}</source>
        <comment>models.import-no-model-found</comment>
        <translation>在 {name} 中未找到 Hearth 可用的模型。{reason}</translation>
    </message>
    <message>
        <source>{name} was not imported: there is no such file or folder.</source>
        <comment>models.import-nothing-there</comment>
        <translation>未导入 {name}：不存在这样的文件或文件夹。</translation>
    </message>
    <message>
        <source>{name} belongs to you or another app, so Hearth does not delete it; hide it instead.</source>
        <comment>models.not-hearths-to-delete</comment>
        <translation>{name} 属于你或其他应用，因此 Hearth 不会删除它；你可以改为隐藏它。</translation>
    </message>
    <message>
        <source>{name} has already been removed.</source>
        <comment>models.already-removed</comment>
        <translation>{name} 已被移除。</translation>
    </message>
    <message>
        <source>{name} is a speech model; only chat models take a vision companion.</source>
        <comment>models.companion-for-speech-model</comment>
        <translation>{name} 是语音模型；只有聊天模型才能搭配视觉配套文件。</translation>
    </message>
    <message>
        <source>{name} is not a vision companion Hearth can use. {message}</source>
        <comment>models.companion-unusable</comment>
        <translation>{name} 不是 Hearth 可用的视觉配套文件。{message}</translation>
    </message>
    <message>
        <source>{name} is not a vision companion. Choose the model&apos;s mmproj file (its name usually starts with “mmproj”).</source>
        <comment>models.not-a-companion</comment>
        <translation>{name} 不是视觉配套文件。请选择模型的 mmproj 文件（其名称通常以“mmproj”开头）。</translation>
    </message>
    <message>
        <source>{name} is a companion for sound, not for images.</source>
        <comment>models.companion-for-sound</comment>
        <translation>{name} 是用于声音的配套文件，不是用于图片的。</translation>
    </message>
    <message>
        <source>{name} was downloaded by Hearth: delete it to free its space.</source>
        <comment>models.delete-instead</comment>
        <translation>{name} 是由 Hearth 下载的：删除它即可释放其占用的空间。</translation>
    </message>
    <message>
        <source>{name} was not imported. {reason}</source>
        <comment>models.not-imported</comment>
        <translation>未导入 {name}。{reason}</translation>
    </message>
    <message>
        <source>Its header is damaged: the number of parts it declares is not a number.</source>
        <comment>models.split-count-damaged</comment>
        <translation>其文件头已损坏：其中声明的分卷数量不是数字。</translation>
    </message>
    <message>
        <source>{name} was not imported: there is no such file.</source>
        <comment>models.import-no-file</comment>
        <translation>未导入 {name}：不存在这样的文件。</translation>
    </message>
    <message>
        <source>It is one of {count} parts of a split model and {missing} is missing; put all the parts in one folder and import again.</source>
        <comment>models.split-part-missing</comment>
        <translation>它是一个分卷模型的 {count} 个分卷之一，缺少 {missing}；请将所有分卷放在同一个文件夹中，然后重新导入。</translation>
    </message>
    <message>
        <source>{name} is a vision companion (mmproj), not a model on its own. Import the model file beside it; Hearth pairs the two.</source>
        <comment>models.projector-not-model</comment>
        <translation>{name} 是视觉配套文件（mmproj），本身不是模型。请导入与其放在一起的模型文件；Hearth 会自动将两者配对。</translation>
    </message>
    <message>
        <source>Its header says the model has {header} parts, but its name says {named}.</source>
        <comment>models.split-count</comment>
        <translation>其文件头表明该模型有 {header} 个分卷，但其名称表明有 {named} 个。</translation>
    </message>
    <message>
        <source>{name} was not imported: a faster-whisper model folder holds model.bin and config.json.</source>
        <comment>models.import-not-whisper</comment>
        <translation>未导入 {name}：faster-whisper 模型文件夹中应包含 model.bin 和 config.json。</translation>
    </message>
    <message>
        <source>{name} was not imported: its config.json is damaged.</source>
        <comment>models.import-config-damaged</comment>
        <translation>未导入 {name}：其 config.json 已损坏。</translation>
    </message>
    <message>
        <source>{name} was not imported: its config.json or model.bin is damaged.</source>
        <comment>models.import-whisper-damaged</comment>
        <translation>未导入 {name}：其 config.json 或 model.bin 已损坏。</translation>
    </message>
</context>
<context>
    <name>ModelsFolderSettings</name>
    <message>
        <source>Models folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Change the models folder</source>
        <translation>更改模型文件夹</translation>
    </message>
    <message>
        <source>Choose another folder for models you download from now on</source>
        <translation>为今后下载的模型选择其他文件夹</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open the models folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <source>Show this folder in your file manager</source>
        <translation>在文件管理器中显示此文件夹</translation>
    </message>
    <message>
        <source>Use the usual folder</source>
        <translation>使用默认文件夹</translation>
    </message>
    <message>
        <source>Use the usual models folder</source>
        <translation>使用默认模型文件夹</translation>
    </message>
    <message>
        <source>You chose this folder. Models downloaded before you changed it stay where they were.</source>
        <translation>这是你选择的文件夹。更改之前下载的模型仍保留在原处。</translation>
    </message>
    <message>
        <source>Hearth&apos;s usual folder for models. Choose another one if this disk is short of space.</source>
        <translation>Hearth 默认的模型文件夹。如果此磁盘空间不足，请另选一个。</translation>
    </message>
    <message>
        <source>Choose where Hearth keeps models</source>
        <translation>选择 Hearth 存放模型的位置</translation>
    </message>
</context>
<context>
    <name>MyModelsPage</name>
    <message>
        <source>My Models</source>
        <translation>我的模型</translation>
    </message>
    <message>
        <source>Add model file…</source>
        <translation>添加模型文件…</translation>
    </message>
    <message>
        <source>Add model file</source>
        <translation>添加模型文件</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Add every model in a folder</source>
        <translation>添加文件夹中的所有模型</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>这台电脑上的模型</translation>
    </message>
    <message>
        <source>Models on this computer: the ones Hearth downloaded, the ones you added, and the ones other apps (LM Studio, Ollama, GPT4All) already have — used where they are, never copied. Drop a .gguf file anywhere on the window to add it.</source>
        <translation>这台电脑上的模型：Hearth 下载的、你添加的，以及其他应用（LM Studio、Ollama、GPT4All）已有的——在原处使用，从不复制。将 .gguf 文件拖放到窗口任意位置即可添加。</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>正在查找模型…</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message numerus="yes">
        <source>%n models on this computer.</source>
        <translation>
            <numerusform>这台电脑上有 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>No models yet. Download one from Discover, or add a file.</source>
        <translation>还没有模型。请从“发现”中下载，或添加文件。</translation>
    </message>
    <message>
        <source>Some files were not added. {reasons}</source>
        <translation>部分文件未添加。{reasons}</translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation>添加模型文件</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>Delete {model} ({size}) from this computer? You can download it again later.</source>
        <translation>从这台电脑删除 {model}（{size}）？以后可以重新下载。</translation>
    </message>
    <message>
        <source>Vision companion for {model}</source>
        <translation>{model} 的视觉配套文件</translation>
    </message>
    <message>
        <source>Vision companions (*.gguf)</source>
        <translation>视觉配套文件 (*.gguf)</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Opened from a Hugging Face link: {repository} ({file}). Nothing is downloaded until you choose to.</source>
        <translation>从 Hugging Face 链接打开：{repository}（{file}）。在你选择下载之前不会下载任何内容。</translation>
    </message>
    <message>
        <source>Opened from a Hugging Face link: {repository}. Nothing is downloaded until you choose to.</source>
        <translation>从 Hugging Face 链接打开：{repository}。在你选择下载之前不会下载任何内容。</translation>
    </message>
</context>
<context>
    <name>OfflineSettings</name>
    <message>
        <source>Offline mode</source>
        <translation>离线模式</translation>
    </message>
    <message>
        <source>Offline mode — Hearth makes no network connection at all</source>
        <translation>离线模式——Hearth 完全不进行网络连接</translation>
    </message>
    <message>
        <source>Models you already have keep working. To download a model or check a token, turn it off again.</source>
        <translation>已有的模型可继续使用。如需下载模型或检查令牌，请再次关闭离线模式。</translation>
    </message>
</context>
<context>
    <name>OpenAI</name>
    <message>
        <source>{param} has a call without a function name.</source>
        <comment>openai.call-without-name</comment>
        <translation>{param} 中有一个没有函数名的调用。</translation>
    </message>
    <message>
        <source>{param} has arguments that are not JSON.</source>
        <comment>openai.arguments-not-json</comment>
        <translation>{param} 的参数不是 JSON。</translation>
    </message>
    <message>
        <source>{param} has arguments that are not a JSON object.</source>
        <comment>openai.arguments-not-object</comment>
        <translation>{param} 的参数不是 JSON 对象。</translation>
    </message>
    <message>
        <source>{param} must be an object with a role and content.</source>
        <comment>openai.message-not-object</comment>
        <translation>{param} 必须是包含 role 和 content 的对象。</translation>
    </message>
    <message>
        <source>{param} has the role {role!r}; a role is one of {roles}.</source>
        <comment>openai.unknown-role</comment>
        <translation>{param} 的 role 为 {role!r}；role 必须是 {roles} 之一。</translation>
    </message>
    <message>
        <source>{param}.content has a part that is neither text nor an image.</source>
        <comment>openai.content-part-unknown</comment>
        <translation>{param}.content 中有一部分既不是文本也不是图片。</translation>
    </message>
    <message>
        <source>{param}: only a user&apos;s message can carry images.</source>
        <comment>openai.images-not-from-user</comment>
        <translation>{param}：只有用户消息才能包含图片。</translation>
    </message>
    <message>
        <source>{param}.content has a text part without text.</source>
        <comment>openai.text-part-empty</comment>
        <translation>{param}.content 中有一个没有文本的文本部分。</translation>
    </message>
    <message>
        <source>{param} has no content.</source>
        <comment>openai.no-content</comment>
        <translation>{param} 没有内容。</translation>
    </message>
    <message>
        <source>{param}.content must be text or a list of parts.</source>
        <comment>openai.content-not-text</comment>
        <translation>{param}.content 必须是文本或部分列表。</translation>
    </message>
    <message>
        <source>{param}.tool_calls must be a list.</source>
        <comment>openai.tool-calls-not-list</comment>
        <translation>{param}.tool_calls 必须是列表。</translation>
    </message>
    <message>
        <source>{param}.tool_call_id must be text.</source>
        <comment>openai.tool-call-id-not-text</comment>
        <translation>{param}.tool_call_id 必须是文本。</translation>
    </message>
    <message>
        <source>{param} has an image_url without a url.</source>
        <comment>openai.image-url-empty</comment>
        <translation>{param} 中有一个没有 url 的 image_url。</translation>
    </message>
    <message>
        <source>{param} has an image given by its address; Hearth never fetches anything from the network (nothing leaves this computer), so send the picture itself as a data URL (data:image/png;base64,…).</source>
        <comment>openai.image-by-address</comment>
        <translation>{param} 中有一张以地址给出的图片；Hearth 从不从网络获取任何内容（任何内容都不会离开这台电脑），因此请以 data URL（data:image/png;base64,…）的形式发送图片本身。</translation>
    </message>
    <message>
        <source>{param} has an image that is not a base64 data URL (data:image/png;base64,…); Hearth never fetches images from the network.</source>
        <comment>openai.image-not-data-url</comment>
        <translation>{param} 中有一张图片不是 base64 data URL（data:image/png;base64,…）；Hearth 从不从网络获取图片。</translation>
    </message>
    <message>
        <source>{param} has an image whose base64 data is damaged.</source>
        <comment>openai.image-damaged</comment>
        <translation>{param} 中有一张图片的 base64 数据已损坏。</translation>
    </message>
    <message>
        <source>{param}: {message}</source>
        <comment>openai.image-refused</comment>
        <translation>{param}：{message}</translation>
    </message>
    <message>
        <source>A streamed event was not a JSON object.</source>
        <comment>openai.not-json</comment>
        <translation>某个流式事件不是 JSON 对象。</translation>
    </message>
    <message>
        <source>This JSON schema cannot be enforced: {problem}. Hearth refuses it rather than ignore it.</source>
        <comment>openai.schema-unenforceable</comment>
        <translation>无法强制执行此 JSON schema：{problem}。Hearth 会拒绝它，而不是忽略它。</translation>
    </message>
    <message>
        <source>This JSON schema cannot be enforced: llama.cpp could not read the grammar written for it. Hearth refuses it rather than ignore it.</source>
        <comment>openai.grammar-unreadable</comment>
        <translation>无法强制执行此 JSON schema：llama.cpp 无法读取为其编写的语法。Hearth 会拒绝它，而不是忽略它。</translation>
    </message>
    <message>
        <source>A streamed tool call came without a function name.</source>
        <comment>openai.streamed-call-without-name</comment>
        <translation>某个流式工具调用没有函数名。</translation>
    </message>
</context>
<context>
    <name>PageScroll</name>
    <message>
        <source>Scrollable content</source>
        <translation>可滚动内容</translation>
    </message>
</context>
<context>
    <name>PickCard</name>
    <message>
        <source>{role}. {facts}. {verdict}</source>
        <translation>{role}。{facts}。{verdict}</translation>
    </message>
    <message>
        <source>{size} download</source>
        <translation>下载 {size}</translation>
    </message>
    <message>
        <source>{licence}, business use allowed</source>
        <translation>{licence}，允许商业使用</translation>
    </message>
    <message>
        <source>{licence} licence, business use allowed</source>
        <translation>{licence} 许可证，允许商业使用</translation>
    </message>
    <message>
        <source>{licence}, not for business use</source>
        <translation>{licence}，不允许商业使用</translation>
    </message>
    <message>
        <source>{licence} licence, not for business use</source>
        <translation>{licence} 许可证，不允许商业使用</translation>
    </message>
    <message>
        <source>{reason} Expected speed: {speed}.</source>
        <translation>{reason}预计速度：{speed}。</translation>
    </message>
</context>
<context>
    <name>PicksScreen</name>
    <message>
        <source>A model that fits</source>
        <translation>一个适合的模型</translation>
    </message>
    <message>
        <source>Two models that fit</source>
        <translation>两个适合的模型</translation>
    </message>
    <message>
        <source>Three models that fit</source>
        <translation>三个适合的模型</translation>
    </message>
    <message>
        <source>Browse all models instead</source>
        <translation>改为浏览所有模型</translation>
    </message>
    <message>
        <source>Models that fit</source>
        <translation>适合的模型</translation>
    </message>
    <message>
        <source>Nothing fits yet</source>
        <translation>暂无合适的模型</translation>
    </message>
    <message>
        <source>No chat model in the catalog runs well on this computer as it is now. Close other programs to free memory and look again on the Hardware page, or browse every model.</source>
        <translation>按这台电脑目前的状况，目录中没有能流畅运行的聊天模型。请关闭其他程序以释放内存，然后在“硬件”页面重新检测，或浏览所有模型。</translation>
    </message>
    <message>
        <source>Each of these runs on this computer. Pick one to download; you can add others later.</source>
        <translation>以下每个模型都能在这台电脑上运行。选择一个下载；以后还可以添加其他模型。</translation>
    </message>
</context>
<context>
    <name>PromptCacheSettings</name>
    <message>
        <source>Coming back to conversations</source>
        <translation>回到对话</translation>
    </message>
    <message>
        <source>Memory to use</source>
        <translation>使用的内存</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Memory for coming back to conversations</source>
        <translation>用于回到对话的内存</translation>
    </message>
    <message>
        <source>Less than the size above for now: the models that are loaded need the rest of the memory.</source>
        <translation>目前少于上面设置的大小：已加载的模型需要其余的内存。</translation>
    </message>
    <message>
        <source>Hearth keeps what a model has already read of your recent conversations in memory, so when you come back to one it answers at once instead of reading it all again. When a model needs the memory, this gives way first. Long conversations are also kept on disk, up to the same size, so they come back at once after Hearth was closed too.</source>
        <translation>Hearth 会把模型已经读过的近期对话内容保存在内存中，这样你回到某个对话时，它会立刻回答，而不必全部重新读一遍。当模型需要内存时，这部分会最先让出。长对话还会保存到磁盘上（同样大小为上限），即使关闭 Hearth 后再回来也能立刻继续。</translation>
    </message>
    <message>
        <source>Down to Off, nothing is kept, in memory or on disk: a conversation is read again from the start each time you come back to it.</source>
        <translation>调到“关闭”时，内存和磁盘上都不保存任何内容：每次回到对话都会从头重新读取。</translation>
    </message>
    <message numerus="yes">
        <source>On disk for after a restart: %n conversations, {size}.</source>
        <translation>
            <numerusform>磁盘上为重启后保存：%n 个对话，{size}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Off: nothing is kept in memory or on disk.</source>
        <translation>关闭：内存和磁盘上都不保存任何内容。</translation>
    </message>
    <message>
        <source>Empty now. It fills as you talk with a model, up to {size} as memory allows.</source>
        <translation>目前为空。你和模型对话时它会逐渐填充，在内存允许的情况下最多 {size}。</translation>
    </message>
    <message>
        <source>Empty now. It may hold up to {size}.</source>
        <translation>目前为空。最多可保存 {size}。</translation>
    </message>
    <message numerus="yes">
        <source>Now holding %n conversations: {tokens}, {size} of at most {limit}.</source>
        <translation>
            <numerusform>当前保存 %n 个对话：{tokens}，{size}，上限 {limit}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tokens</source>
        <translation>
            <numerusform>%Ln 个令牌</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptForm</name>
    <message>
        <source>Prompt (write {{name}} for a value that changes from case to case)</source>
        <translation>提示词（用 {{name}} 表示随用例变化的值）</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>What to ask each model, such as: What is the capital of {{country}}?</source>
        <translation>要问每个模型的内容，例如：{{country}} 的首都是哪里？</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>A short name for it in the tables (optional)</source>
        <translation>在表格中显示的简短名称（可选）</translation>
    </message>
    <message>
        <source>Checks: the reply…</source>
        <translation>检查项：回复…</translation>
    </message>
    <message>
        <source>Add a check</source>
        <translation>添加检查项</translation>
    </message>
    <message>
        <source>It passes when</source>
        <translation>通过条件</translation>
    </message>
    <message>
        <source>every check passes</source>
        <translation>所有检查项都通过</translation>
    </message>
    <message>
        <source>the score is at least</source>
        <translation>得分至少为</translation>
    </message>
    <message>
        <source>When the prompt passes</source>
        <translation>提示词何时通过</translation>
    </message>
    <message>
        <source>The score it needs, from 0 to 1</source>
        <translation>所需得分，0 到 1</translation>
    </message>
    <message>
        <source>The weighted share of checks that pass, from 0 to 1</source>
        <translation>通过的检查项的加权占比，0 到 1</translation>
    </message>
    <message>
        <source>Try on a sample reply</source>
        <translation>用示例回复试一试</translation>
    </message>
    <message>
        <source>A sample reply to try the checks on</source>
        <translation>用来试验检查项的示例回复</translation>
    </message>
    <message>
        <source>Paste or write a reply here to see which checks it passes.</source>
        <translation>在这里粘贴或编写一条回复，看看它能通过哪些检查项。</translation>
    </message>
    <message numerus="yes">
        <source>The model is offered %n tool(s), kept as the file gives them: </source>
        <translation>
            <numerusform>向模型提供了 %n 个工具，按文件原样保留：</numerusform>
        </translation>
    </message>
    <message>
        <source>This reply passes</source>
        <translation>此回复通过</translation>
    </message>
    <message>
        <source>This reply fails</source>
        <translation>此回复未通过</translation>
    </message>
    <message>
        <source> (with the chosen row: {values})</source>
        <translation>（使用所选行：{values}）</translation>
    </message>
    <message>
        <source>{verdict}: {passed} of {counted} checks, score {score}{row}.</source>
        <translation>{verdict}：{counted} 项检查中通过 {passed} 项，得分 {score}{row}。</translation>
    </message>
</context>
<context>
    <name>PromptSetsPanel</name>
    <message>
        <source>New set…</source>
        <translation>新建提示词集…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Add prompt</source>
        <translation>添加提示词</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Run the set</source>
        <translation>运行提示词集</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Prompt set run progress</source>
        <translation>提示词集运行进度</translation>
    </message>
    <message>
        <source>Time left in the run</source>
        <translation>本次运行的剩余时间</translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation>显示结果</translation>
    </message>
    <message>
        <source>Show the run&apos;s results on the Leaderboard</source>
        <translation>在排行榜上显示本次运行的结果</translation>
    </message>
    <message>
        <source>The replies side by side, to vote on, and the leaderboard</source>
        <translation>并排显示回复以供投票，以及排行榜</translation>
    </message>
    <message>
        <source>Prompt set</source>
        <translation>提示词集</translation>
    </message>
    <message>
        <source>Prompts of the set</source>
        <translation>提示词集中的提示词</translation>
    </message>
    <message>
        <source>Double-click a prompt, or press F2, to edit it</source>
        <translation>双击提示词或按 F2 即可编辑</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>剩余约 {seconds} 秒</translation>
    </message>
    <message>
        <source>Stopped at {done} of {total}</source>
        <translation>已停止于 {done} / {total}</translation>
    </message>
    <message>
        <source>New prompt set</source>
        <translation>新建提示词集</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>导入提示词</translation>
    </message>
    <message>
        <source>Prompts (*.txt *.jsonl)</source>
        <translation>提示词 (*.txt *.jsonl)</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>导出提示词</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>添加提示词</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>{name} no longer offers the model “{model}”. Choose another of its models.</source>
        <comment>providers.model-gone</comment>
        <translation>{name} 不再提供模型“{model}”。请选择它的其他模型。</translation>
    </message>
    <message>
        <source>{name} stopped the reply with an error: {error_text}</source>
        <comment>providers.stopped-reply-error</comment>
        <translation>{name} 因出错而停止了回复：{error_text}</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) was lost in the middle of the reply; what arrived is kept.</source>
        <comment>providers.lost-mid-reply</comment>
        <translation>与 {name}（{host}）的连接在回复过程中断开；已收到的内容会保留。</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) was lost before it answered.</source>
        <comment>providers.lost-before-answer</comment>
        <translation>与 {name}（{host}）的连接在其响应之前断开。</translation>
    </message>
    <message>
        <source>The reply reached the longest length asked for and was cut there.</source>
        <comment>providers.reply-cut-at-length</comment>
        <translation>回复达到了设定的最大长度，已在此处截断。</translation>
    </message>
    <message>
        <source>{problem} What arrived before is kept.</source>
        <comment>providers.arrived-kept</comment>
        <translation>{problem}之前已收到的内容会保留。</translation>
    </message>
    <message>
        <source>{name}&apos;s model asked for a tool in a way Hearth cannot read ({message}); what arrived before is kept.</source>
        <comment>providers.unreadable-tool-call</comment>
        <translation>{name} 的模型以 Hearth 无法读取的方式请求了工具（{message}）；之前已收到的内容会保留。</translation>
    </message>
    <message>
        <source>{url} answered, but not as an OpenAI-compatible API does. Check the address and port: Ollama listens on 11434, LM Studio on 1234, llama-server on 8080, vLLM on 8000.</source>
        <comment>providers.not-openai-compatible</comment>
        <translation>{url} 有响应，但不是 OpenAI 兼容 API 的响应方式。请检查地址和端口：Ollama 监听 11434，LM Studio 监听 1234，llama-server 监听 8080，vLLM 监听 8000。</translation>
    </message>
    <message>
        <source>{name} refused the key (error {status}). Check the key and add it again.</source>
        <comment>providers.key-refused-by-server</comment>
        <translation>{name} 拒绝了该密钥（错误 {status}）。请检查密钥并重新添加。</translation>
    </message>
    <message>
        <source>{name} asks for a key (error {status}), and the key you gave it was not kept: this computer has no password store. Remove {name} and add it again with its key, choosing to keep the key in a file only you can read (“Keep the key in a file” in Settings, or --store-key-in-file).</source>
        <comment>providers.key-not-kept</comment>
        <translation>{name} 要求提供密钥（错误 {status}），而你提供的密钥没有保存下来：这台电脑没有密码库。请移除 {name}，然后连同密钥重新添加，并选择将密钥保存在只有你能读取的文件中（“设置”中的“将密钥保存在文件中”，或 --store-key-in-file）。</translation>
    </message>
    <message>
        <source>{name} asks for a key (error {status}). Add it again with its key.</source>
        <comment>providers.key-refused</comment>
        <translation>{name} 要求提供密钥（错误 {status}）。请连同密钥重新添加它。</translation>
    </message>
    <message>
        <source>{name} could not take the pictures (error {status}): this model may not see images. {said}</source>
        <comment>providers.pictures-refused-said</comment>
        <translation>{name} 无法接收图片（错误 {status}）：此模型可能无法识别图片。{said}</translation>
    </message>
    <message>
        <source>{name} could not take the pictures (error {status}): this model may not see images.</source>
        <comment>providers.pictures-refused</comment>
        <translation>{name} 无法接收图片（错误 {status}）：此模型可能无法识别图片。</translation>
    </message>
    <message>
        <source>{name} could not answer with this model (error {status}). It may not be a model for chat (one for speech or for searching documents, say): choose another model.</source>
        <comment>providers.answer-model-error</comment>
        <translation>{name} 无法用此模型作答（错误 {status}）。它可能不是聊天模型（例如是用于语音或文档搜索的模型）：请选择其他模型。</translation>
    </message>
    <message>
        <source>{name} had a problem answering (error {status}). {said}</source>
        <comment>providers.answer-failed-said</comment>
        <translation>{name} 在作答时出现问题（错误 {status}）。{said}</translation>
    </message>
    <message>
        <source>{name} had a problem answering (error {status}).</source>
        <comment>providers.answer-failed</comment>
        <translation>{name} 在作答时出现问题（错误 {status}）。</translation>
    </message>
    <message>
        <source> The server seems to speak plain http: try the address with http://.</source>
        <comment>providers.tls-plain-http</comment>
        <translation>服务器似乎使用的是普通 http：请尝试以 http:// 开头的地址。</translation>
    </message>
    <message>
        <source> Its certificate is not one this computer trusts.</source>
        <comment>providers.tls-untrusted</comment>
        <translation>它的证书不受这台电脑信任。</translation>
    </message>
    <message>
        <source>The secure connection to {name} ({host}) failed.{hint}</source>
        <comment>providers.tls-problem</comment>
        <translation>与 {name}（{host}）的安全连接失败。{hint}</translation>
    </message>
    <message>
        <source>connect</source>
        <comment>providers.timed-out-connecting</comment>
        <translation>连接</translation>
    </message>
    <message>
        <source>answer</source>
        <comment>providers.timed-out-answering</comment>
        <translation>响应</translation>
    </message>
    <message>
        <source>{name} ({host}) took too long to {what}. Check that the computer is on and the server running.</source>
        <comment>providers.server-timed-out</comment>
        <translation>{name}（{host}）{what}超时。请检查那台电脑是否已开机，以及服务器是否正在运行。</translation>
    </message>
    <message>
        <source>No computer called {host} can be found. Check the address.</source>
        <comment>providers.host-not-found</comment>
        <translation>找不到名为 {host} 的电脑。请检查地址。</translation>
    </message>
    <message>
        <source>Nothing answers at {host}: the server is not running there, or listens on another port or only to itself (Ollama: OLLAMA_HOST=0.0.0.0; llama-server and vLLM: --host 0.0.0.0).</source>
        <comment>providers.connection-refused</comment>
        <translation>{host} 上没有任何响应：那里的服务器未在运行，或者监听的是其他端口，或只接受本机连接（Ollama：OLLAMA_HOST=0.0.0.0；llama-server 和 vLLM：--host 0.0.0.0）。</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) failed.</source>
        <comment>providers.connection-lost</comment>
        <translation>与 {name}（{host}）的连接失败。</translation>
    </message>
    <message>
        <source>It said: {text}</source>
        <comment>providers.it-said</comment>
        <translation>它返回的内容：{text}</translation>
    </message>
    <message>
        <source>A name for another computer is 1 to 40 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit (not “{name}”).</source>
        <comment>providers.bad-address</comment>
        <translation>其他电脑的名称须为 1 到 40 个字母、数字、空格、点、连字符或下划线，并以字母或数字开头（“{name}”不符合）。</translation>
    </message>
    <message>
        <source>“{url}” is not a web address Hearth can use. Give it as http://HOST:PORT (for example http://192.168.1.20:11434 for Ollama), or https:// when the server has a certificate.</source>
        <comment>providers.bad-url</comment>
        <translation>“{url}”不是 Hearth 能使用的网址。请写成 http://主机:端口 的形式（例如 Ollama 用 http://192.168.1.20:11434），服务器有证书时使用 https://。</translation>
    </message>
    <message>
        <source>Put the key in the key field, not in the address.</source>
        <comment>providers.key-in-address</comment>
        <translation>请将密钥填在密钥栏中，而不是地址中。</translation>
    </message>
    <message>
        <source>No other computer called “{name}” was added; `hearth remote list` shows the ones that are.</source>
        <comment>providers.unknown-provider</comment>
        <translation>没有添加过名为“{name}”的其他电脑；`hearth remote list` 会列出已添加的电脑。</translation>
    </message>
    <message>
        <source>There is already another computer called “{name}”.</source>
        <comment>providers.provider-exists</comment>
        <translation>已有另一台名为“{name}”的电脑。</translation>
    </message>
    <message>
        <source>No other computer called “{name}” was added.</source>
        <comment>providers.unknown-provider-short</comment>
        <translation>没有添加过名为“{name}”的其他电脑。</translation>
    </message>
    <message>
        <source>No other computer called “{old}” was added.</source>
        <comment>providers.unknown-provider-old</comment>
        <translation>没有添加过名为“{old}”的其他电脑。</translation>
    </message>
    <message>
        <source>There is already another computer called “{new}”.</source>
        <comment>providers.provider-exists-new</comment>
        <translation>已有另一台名为“{new}”的电脑。</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth does not use other computers&apos; models. Turn it off in Settings to use them.</source>
        <comment>providers.offline</comment>
        <translation>离线模式已开启，因此 Hearth 不使用其他电脑的模型。请在“设置”中关闭离线模式以使用它们。</translation>
    </message>
    <message>
        <source>A name cannot contain “/”.</source>
        <comment>providers.name-with-slash</comment>
        <translation>名称不能包含“/”。</translation>
    </message>
    <message>
        <source>{name} does not offer a model called “{model}”. It offers: {models}.</source>
        <comment>providers.offers</comment>
        <translation>{name} 没有提供名为“{model}”的模型。它提供的模型有：{models}。</translation>
    </message>
    <message>
        <source>{name} does not offer a model called “{model}”. It offers: none.</source>
        <comment>providers.offers-none</comment>
        <translation>{name} 没有提供名为“{model}”的模型。它没有提供任何模型。</translation>
    </message>
</context>
<context>
    <name>QuantRowView</name>
    <message>
        <source>Download size</source>
        <translation>下载大小</translation>
    </message>
    <message>
        <source>Expected speed: {speed}.</source>
        <translation>预计速度：{speed}。</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Download {quant}</source>
        <translation>下载 {quant}</translation>
    </message>
    <message>
        <source>Download {size} into your models folder</source>
        <translation>将 {size} 下载到你的模型文件夹</translation>
    </message>
    <message>
        <source>{quant}, {size}, {verdict}</source>
        <translation>{quant}，{size}，{verdict}</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Original precision</source>
        <translation>原始精度</translation>
    </message>
    <message>
        <source>{have} of {count} parts</source>
        <translation>{have} / {count} 个部分</translation>
    </message>
    <message>
        <source>Incomplete: {parts}</source>
        <translation>不完整：{parts}</translation>
    </message>
    <message>
        <source>With vision</source>
        <translation>支持视觉</translation>
    </message>
    <message>
        <source>Rough: judged by size only</source>
        <translation>粗略：仅按大小判断</translation>
    </message>
    <message>
        <source>Needs {memory} at {context} tokens of context · {layers} layers on the graphics card.</source>
        <translation>在 {context} token 上下文下需要 {memory} · 显卡上 {layers} 层。</translation>
    </message>
    <message>
        <source>Needs {memory} at {context} tokens of context.</source>
        <translation>在 {context} token 上下文下需要 {memory}。</translation>
    </message>
    <message>
        <source>This model needs a newer Hearth</source>
        <translation>此模型需要更新版本的 Hearth</translation>
    </message>
    <message>
        <source>Some of its parts are missing from the repository</source>
        <translation>仓库中缺少它的部分文件</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <source>Waiting to start…</source>
        <translation>等待开始…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <source>Transcribe it again with the model and options chosen above</source>
        <translation>使用上方所选的模型和选项重新转录</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Take it off the list (its saved files stay where they are)</source>
        <translation>从列表中移除（已保存的文件保留在原处）</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>{percent}% · {phase}</source>
        <translation>{percent}% · {phase}</translation>
    </message>
    <message>
        <source>Failed · {reason}</source>
        <translation>失败 · {reason}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Done · {facts}</source>
        <translation>完成 · {facts}</translation>
    </message>
    <message>
        <source>Options: {options}</source>
        <translation>选项：{options}</translation>
    </message>
    <message>
        <source>Transcription of {name}</source>
        <translation>{name} 的转录</translation>
    </message>
    <message>
        <source>Transcription of {name}: {percent}%</source>
        <translation>{name} 的转录：{percent}%</translation>
    </message>
    <message>
        <source>Cancel the transcription of {name}</source>
        <translation>取消 {name} 的转录</translation>
    </message>
    <message>
        <source>Run {name} again</source>
        <translation>重新运行 {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the list</source>
        <translation>从列表中移除 {name}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>The local server is answering other apps; they lose their connection when Hearth quits.</source>
        <translation>本地服务器正在响应其他应用；Hearth 退出后它们将断开连接。</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are being transcribed now.</source>
        <translation>
            <numerusform>%n 个录音正在转录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are waiting to be transcribed.</source>
        <translation>
            <numerusform>%n 个录音正在等待转录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue is kept: it goes on the next time Hearth opens.</source>
        <translation>队列会保留：下次打开 Hearth 时继续。</translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>仍要退出吗？</translation>
    </message>
    <message>
        <source>Quit Hearth?</source>
        <translation>退出 Hearth？</translation>
    </message>
</context>
<context>
    <name>RemoteSettings</name>
    <message>
        <source>{count}: {models}</source>
        <translation>{count}：{models}</translation>
    </message>
    <message>
        <source>never answered</source>
        <translation>从未响应</translation>
    </message>
    <message>
        <source>last seen {time}</source>
        <translation>上次在线 {time}</translation>
    </message>
    <message>
        <source>Other computers</source>
        <translation>其他电脑</translation>
    </message>
    <message>
        <source>Use the models of a bigger computer that runs Ollama, LM Studio, llama-server, vLLM or Hearth with sharing on. A conversation with one of its models leaves this computer: use it on a network you trust or through a VPN such as Tailscale (the traffic is plain HTTP unless the server has https).</source>
        <translation>使用另一台性能更强、运行 Ollama、LM Studio、llama-server、vLLM 或已开启共享的 Hearth 的电脑上的模型。与其模型的对话会离开这台电脑：请在你信任的网络中或通过 VPN（如 Tailscale）使用（除非服务器使用 https，否则流量为明文 HTTP）。</translation>
    </message>
    <message>
        <source>Name, e.g. desk</source>
        <translation>名称，如 书房</translation>
    </message>
    <message>
        <source>Name of the computer</source>
        <translation>电脑名称</translation>
    </message>
    <message>
        <source>Address, e.g. http://192.168.1.20:11434</source>
        <translation>地址，如 http://192.168.1.20:11434</translation>
    </message>
    <message>
        <source>Address of its server</source>
        <translation>其服务器的地址</translation>
    </message>
    <message>
        <source>Key (if the server asks for one)</source>
        <translation>密钥（如果服务器需要）</translation>
    </message>
    <message>
        <source>Key, if the server asks for one</source>
        <translation>密钥，如果服务器需要</translation>
    </message>
    <message>
        <source>Keep the key in a file only I can read</source>
        <translation>将密钥保存在只有我能读取的文件中</translation>
    </message>
    <message>
        <source>Keep the key in a file</source>
        <translation>将密钥保存在文件中</translation>
    </message>
    <message>
        <source>Ticked, the key is saved in {file}, which only your account can read; anyone who can read your files (an administrator, a backup) could read it too.</source>
        <translation>勾选后，密钥会保存在 {file} 中，只有你的帐户能读取；但任何能读取你文件的人（管理员、备份）也能读取它。</translation>
    </message>
    <message>
        <source>This computer has no password store, so Hearth forgets a key when it closes. Tick “Keep the key in a file” to keep it.</source>
        <translation>这台电脑没有密码库，因此 Hearth 关闭时会忘记密钥。勾选“将密钥保存在文件中”即可保留。</translation>
    </message>
    <message>
        <source>Add and test</source>
        <translation>添加并测试</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Test the chosen computer</source>
        <translation>测试所选电脑</translation>
    </message>
    <message>
        <source>Rename to the name above</source>
        <translation>重命名为上方的名称</translation>
    </message>
    <message>
        <source>Rename the chosen computer to the name above</source>
        <translation>将所选电脑重命名为上方的名称</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the chosen computer</source>
        <translation>移除所选电脑</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth uses no other computer.</source>
        <translation>离线模式已开启，因此 Hearth 不使用其他电脑。</translation>
    </message>
    <message>
        <source>Testing {address}…</source>
        <translation>正在测试 {address}…</translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n model(s). They are in the Chat list now.</source>
        <translation>
            <numerusform>已添加 {name}：%n 个模型。它们现已出现在“聊天”列表中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its key is kept only until Hearth closes: this computer has no password store. To keep it, remove {name} and add it again with “Keep the key in a file” ticked.</source>
        <translation>其密钥仅保留到 Hearth 关闭为止：这台电脑没有密码库。如需保留，请移除 {name}，然后勾选“将密钥保存在文件中”重新添加。</translation>
    </message>
    <message>
        <source>{problem} Nothing was added.</source>
        <translation>{problem} 未添加任何内容。</translation>
    </message>
    <message>
        <source>Choose a computer in the list to test it.</source>
        <translation>在列表中选择一台电脑以进行测试。</translation>
    </message>
    <message>
        <source>{name} answers.</source>
        <translation>{name} 已响应。</translation>
    </message>
    <message>
        <source>Choose a computer in the list, type its new name above, then Rename.</source>
        <translation>在列表中选择一台电脑，在上方输入新名称，然后点击“重命名”。</translation>
    </message>
    <message>
        <source>{old} is now called {new}.</source>
        <translation>{old} 已更名为 {new}。</translation>
    </message>
    <message>
        <source>Choose a computer in the list to remove it.</source>
        <translation>在列表中选择一台电脑以将其移除。</translation>
    </message>
    <message>
        <source>Removed {name} and its key.</source>
        <translation>已移除 {name} 及其密钥。</translation>
    </message>
    <message>
        <source>Adding failed</source>
        <translation>添加失败</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>Reading your documents…</source>
        <translation>正在读取你的文档…</translation>
    </message>
    <message>
        <source>Using the tool {tool}…</source>
        <translation>正在使用工具 {tool}…</translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <translation>正在等待你的答复…</translation>
    </message>
    <message>
        <source>Reply stopped.</source>
        <translation>回复已停止。</translation>
    </message>
    <message>
        <source>Reply finished.</source>
        <translation>回复已完成。</translation>
    </message>
    <message>
        <source>No reply: {reason}</source>
        <translation>无回复：{reason}</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在输入…</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Your computer</source>
        <translation>你的电脑</translation>
    </message>
    <message>
        <source>Looking at your computer</source>
        <translation>正在检测你的电脑</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>处理器</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>显卡</translation>
    </message>
    <message>
        <source>Looking at your computer…</source>
        <translation>正在检测你的电脑…</translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <translation>
            <numerusform>%n 个核心</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} free now</source>
        <translation>当前可用 {size}</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Models run on the processor</source>
        <translation>模型在处理器上运行</translation>
    </message>
    <message>
        <source>Finding models that fit…</source>
        <translation>正在查找适合的模型…</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>This computer has no password store, so Hearth keeps your token only until you close it.</source>
        <comment>secrets.no-password-store</comment>
        <translation>这台电脑没有密码库，因此 Hearth 只会保留你的令牌到你关闭它为止。</translation>
    </message>
    <message>
        <source>Your token is kept in a file only you can read ({path}), as you chose.</source>
        <comment>secrets.in-key-file</comment>
        <translation>按照你的选择，你的令牌保存在只有你能读取的文件中（{path}）。</translation>
    </message>
    <message>
        <source>Hearth could not use this computer&apos;s password store, so it keeps your token only until you close it.</source>
        <comment>secrets.store-failed</comment>
        <translation>Hearth 无法使用这台电脑的密码库，因此只会保留你的令牌到你关闭 Hearth 为止。</translation>
    </message>
    <message>
        <source>There is no token. Paste the whole token, which starts with hf_.</source>
        <comment>secrets.no-token</comment>
        <translation>没有令牌。请粘贴完整的令牌，它以 hf_ 开头。</translation>
    </message>
    <message>
        <source>That does not look like a Hugging Face token: it has spaces or unusual characters in it. Copy it again from {tokens_page}.</source>
        <comment>secrets.token-malformed</comment>
        <translation>这看起来不像 Hugging Face 令牌：其中有空格或异常字符。请从 {tokens_page} 重新复制。</translation>
    </message>
    <message>
        <source>Your token is kept in {store}, not in Hearth&apos;s files.</source>
        <comment>secrets.in-store</comment>
        <translation>你的令牌保存在 {store} 中，而不是 Hearth 的文件中。</translation>
    </message>
    <message>
        <source>Hearth could not remove your token from this computer&apos;s password store. Try again, or remove the entry “{service}” there yourself.</source>
        <comment>secrets.token-store-problem</comment>
        <translation>Hearth 无法从这台电脑的密码库中移除你的令牌。请重试，或自行在那里删除条目“{service}”。</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth did not contact Hugging Face to check the token.</source>
        <comment>secrets.offline-mode</comment>
        <translation>离线模式已开启，因此 Hearth 没有联系 Hugging Face 来检查令牌。</translation>
    </message>
    <message>
        <source>Could not reach {place} to check the token. Check your internet connection.</source>
        <comment>secrets.unreachable</comment>
        <translation>无法连接 {place} 来检查令牌。请检查你的网络连接。</translation>
    </message>
    <message>
        <source>Could not reach {place} to check the token. Check your internet connection and the mirror address in Settings.</source>
        <comment>secrets.mirror-unreachable</comment>
        <translation>无法连接 {place} 来检查令牌。请检查你的网络连接以及“设置”中的镜像地址。</translation>
    </message>
    <message>
        <source>{place} gave an answer Hearth does not understand.</source>
        <comment>secrets.unreadable-answer</comment>
        <translation>{place} 返回了 Hearth 无法理解的内容。</translation>
    </message>
    <message>
        <source>{problem} Nothing was saved.</source>
        <comment>secrets.nothing-saved</comment>
        <translation>{problem}未保存任何内容。</translation>
    </message>
    <message>
        <source>Saved, but not checked: {problem}</source>
        <comment>secrets.saved-unchecked</comment>
        <translation>已保存，但未检查：{problem}</translation>
    </message>
    <message>
        <source>Signed in as {account}.</source>
        <comment>secrets.signed-in</comment>
        <translation>已登录为 {account}。</translation>
    </message>
    <message>
        <source>The mirror at {host}</source>
        <comment>secrets.mirror-at-start</comment>
        <translation>{host} 上的镜像</translation>
    </message>
    <message>
        <source>the mirror at {host}</source>
        <comment>secrets.mirror-at</comment>
        <translation>{host} 上的镜像</translation>
    </message>
    <message>
        <source>Hugging Face did not accept this token. Check that you copied all of it, or create a new one at {tokens_page}.</source>
        <comment>secrets.token-refused</comment>
        <translation>Hugging Face 不接受此令牌。请确认你复制了完整的令牌，或在 {tokens_page} 创建一个新令牌。</translation>
    </message>
    <message>
        <source>{place} is getting too many token checks right now. Try again in a minute.</source>
        <comment>secrets.too-many-checks</comment>
        <translation>{place} 目前收到的令牌检查请求太多。请一分钟后重试。</translation>
    </message>
    <message>
        <source>{place} answered with an error ({status}) while checking the token. Try again later.</source>
        <comment>secrets.error-answer</comment>
        <translation>{place} 在检查令牌时返回了错误（{status}）。请稍后重试。</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>secrets.unknown-status</comment>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source> Port {free} is free: use that one instead.</source>
        <comment>server.port-free</comment>
        <translation>端口 {free} 可用：请改用它。</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program on this computer.{offer}</source>
        <comment>server.port-taken</comment>
        <translation>端口 {port} 已被这台电脑上的其他程序占用。{offer}</translation>
    </message>
    <message>
        <source>Sharing on your network needs an API key, so only programs you give it to can use your models. Create one in Settings › Local server, or set HEARTH_API_KEY.</source>
        <comment>server.key-needed</comment>
        <translation>在你的网络中共享需要 API 密钥，这样只有你提供了密钥的程序才能使用你的模型。请在“设置 › 本地服务器”中创建一个，或设置 HEARTH_API_KEY。</translation>
    </message>
    <message>
        <source>The local server could not start.</source>
        <comment>server.start-failed</comment>
        <translation>本地服务器无法启动。</translation>
    </message>
</context>
<context>
    <name>ServerCard</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>本地服务器</translation>
    </message>
    <message>
        <source>Let other apps on this computer use Hearth&apos;s models (OpenAI-compatible API)</source>
        <translation>让这台电脑上的其他应用使用 Hearth 的模型（兼容 OpenAI 的 API）</translation>
    </message>
    <message>
        <source>Let other apps use Hearth&apos;s models</source>
        <translation>让其他应用使用 Hearth 的模型</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Unload an unused model after</source>
        <translation>闲置模型卸载时间</translation>
    </message>
    <message>
        <source>Unload an unused model after, in minutes</source>
        <translation>闲置模型卸载时间（分钟）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Share on my network (needs the API key)</source>
        <translation>在我的网络中共享（需要 API 密钥）</translation>
    </message>
    <message>
        <source>Share on my network</source>
        <translation>在我的网络中共享</translation>
    </message>
    <message>
        <source>Once shared, every program must send the API key, the apps on this computer too: give it to the ones that use Hearth now, or they stop working.</source>
        <translation>共享后，每个程序都必须发送 API 密钥，包括这台电脑上的应用：请把密钥提供给当前使用 Hearth 的应用，否则它们将无法工作。</translation>
    </message>
    <message>
        <source>What sharing changes</source>
        <translation>共享会带来哪些变化</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>创建 API 密钥</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>复制密钥</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>复制 API 密钥</translation>
    </message>
    <message>
        <source>Keep the API key in a file only I can read, so it still works after Hearth closes</source>
        <translation>将 API 密钥保存在只有我能读取的文件中，以便 Hearth 关闭后仍然有效</translation>
    </message>
    <message>
        <source>Keep the API key in a file</source>
        <translation>将 API 密钥保存在文件中</translation>
    </message>
    <message>
        <source>This computer has no password store, so a new key lasts only until Hearth closes. Ticked, it is saved in {file}, which only your account can read (hearth serve finds it there too).</source>
        <translation>这台电脑没有密码库，因此新密钥仅在 Hearth 关闭前有效。勾选后，它会保存在 {file} 中，只有你的帐户能读取（hearth serve 也会在那里找到它）。</translation>
    </message>
    <message>
        <source>Examples for other programs: curl and Python</source>
        <translation>其他程序的示例：curl 和 Python</translation>
    </message>
    <message>
        <source>Copy snippets</source>
        <translation>复制代码片段</translation>
    </message>
    <message>
        <source>Copy the examples</source>
        <translation>复制示例</translation>
    </message>
    <message>
        <source>What other programs asked:</source>
        <translation>其他程序的请求：</translation>
    </message>
    <message>
        <source>What other programs asked</source>
        <translation>其他程序的请求</translation>
    </message>
    <message>
        <source>Other computers reach it at {addresses}</source>
        <translation>其他电脑可通过 {addresses} 访问</translation>
    </message>
    <message>
        <source>Only programs on this computer can reach it (127.0.0.1).</source>
        <translation>只有这台电脑上的程序可以访问（127.0.0.1）。</translation>
    </message>
    <message>
        <source>An API key is set.</source>
        <translation>已设置 API 密钥。</translation>
    </message>
    <message>
        <source>No API key yet.</source>
        <translation>尚无 API 密钥。</translation>
    </message>
    <message>
        <source>Your key (shown once): {key}</source>
        <translation>你的密钥（仅显示一次）：{key}</translation>
    </message>
    <message>
        <source>(Hearth forgets it when it closes: this computer has no password store.)</source>
        <translation>（Hearth 关闭时会忘记它：这台电脑没有密码库。）</translation>
    </message>
    <message>
        <source>Running at {address}</source>
        <translation>正在 {address} 上运行</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Everything in Hearth can be reached with the keyboard. These keys save steps.</source>
        <translation>Hearth 中的所有功能都可以用键盘操作。这些按键能帮你省去一些步骤。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>SpeechModelPicker</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>语音模型</translation>
    </message>
    <message>
        <source>No Whisper model on this computer yet.</source>
        <translation>这台电脑上还没有 Whisper 模型。</translation>
    </message>
    <message>
        <source>Find one in Discover</source>
        <translation>在“发现”中查找</translation>
    </message>
    <message>
        <source>Find a Whisper model in Discover</source>
        <translation>在“发现”中查找 Whisper 模型</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This image is no longer saved with the conversation.</source>
        <comment>store.image-gone</comment>
        <translation>此图片已不再随对话保存。</translation>
    </message>
    <message>
        <source>Hearth cannot read your saved conversations because the file {path} is damaged. It has been left exactly as it was: move it aside to start with an empty list, or restore it from a backup.</source>
        <comment>store.store-damaged</comment>
        <translation>Hearth 无法读取你保存的对话，因为文件 {path} 已损坏。它已原样保留：将它移到别处即可从空列表开始，也可以从备份中恢复它。</translation>
    </message>
    <message>
        <source>The file {path} is not a Hearth conversations file, so Hearth left it alone. Move it elsewhere to start with an empty list.</source>
        <comment>store.not-conversations-file</comment>
        <translation>文件 {path} 不是 Hearth 对话文件，因此 Hearth 没有改动它。将它移到别处即可从空列表开始。</translation>
    </message>
    <message>
        <source>Your conversations were saved by a newer version of Hearth; update Hearth to open them. The file was left untouched.</source>
        <comment>store.store-too-new</comment>
        <translation>你的对话是由更新版本的 Hearth 保存的；请更新 Hearth 后再打开。该文件未被改动。</translation>
    </message>
    <message>
        <source>Hearth cannot open your saved conversations at {path}. Check that the folder exists and that you are allowed to write to it.</source>
        <comment>store.store-unavailable</comment>
        <translation>Hearth 无法打开你保存在 {path} 的对话。请检查该文件夹是否存在，以及你是否有写入权限。</translation>
    </message>
    <message>
        <source>The disk is full, so Hearth could not save your conversation. Free some space and try again.</source>
        <comment>store.store-disk-full</comment>
        <translation>磁盘已满，因此 Hearth 无法保存你的对话。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>Your conversations are busy in another Hearth window or program; try again in a moment.</source>
        <comment>store.busy</comment>
        <translation>你的对话正被另一个 Hearth 窗口或程序使用；请稍后重试。</translation>
    </message>
    <message>
        <source>Hearth cannot save conversations because {path} is read-only. Check the file&apos;s permissions or free the drive it is on.</source>
        <comment>store.read-only</comment>
        <translation>Hearth 无法保存对话，因为 {path} 是只读的。请检查该文件的权限，或释放其所在驱动器的空间。</translation>
    </message>
    <message>
        <source>Hearth could not read or save your conversations.</source>
        <comment>store.failed</comment>
        <translation>Hearth 无法读取或保存你的对话。</translation>
    </message>
    <message>
        <source>This conversation no longer exists; it may have been deleted in another window.</source>
        <comment>store.conversation-gone</comment>
        <translation>此对话已不存在；它可能已在另一个窗口中被删除。</translation>
    </message>
    <message>
        <source>This message no longer exists; it may have been removed in another window.</source>
        <comment>store.message-gone</comment>
        <translation>此消息已不存在；它可能已在另一个窗口中被移除。</translation>
    </message>
    <message>
        <source>file</source>
        <comment>store.file</comment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Hearth cannot open its {what} {path}.</source>
        <comment>store.cannot-open-file</comment>
        <translation>Hearth 无法打开它的{what} {path}。</translation>
    </message>
    <message>
        <source>The {what} is closed.</source>
        <comment>store.file-closed</comment>
        <translation>{what}已关闭。</translation>
    </message>
</context>
<context>
    <name>SuiteEditor</name>
    <message>
        <source>My suite</source>
        <translation>我的测试集</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name}（我的副本）</translation>
    </message>
    <message>
        <source>Edit the suite “{name}”</source>
        <translation>编辑测试集“{name}”</translation>
    </message>
    <message>
        <source>Edit a copy of “{name}”</source>
        <translation>编辑“{name}”的副本</translation>
    </message>
    <message>
        <source>New suite of checks</source>
        <translation>新建检查测试集</translation>
    </message>
    <message>
        <source>Suite name</source>
        <translation>测试集名称</translation>
    </message>
    <message>
        <source>Prompts of the suite</source>
        <translation>测试集中的提示词</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>添加提示词</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Duplicate the chosen prompt</source>
        <translation>为所选提示词创建副本</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the chosen prompt</source>
        <translation>移除所选提示词</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the chosen prompt up</source>
        <translation>上移所选提示词</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the chosen prompt down</source>
        <translation>下移所选提示词</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>（尚无文本）</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个用例</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt {number}, row {row}</source>
        <translation>提示词 {number}，第 {row} 行</translation>
    </message>
    <message>
        <source>Prompt {number}</source>
        <translation>提示词 {number}</translation>
    </message>
    <message>
        <source>Give the suite a name: it is how the Checks tab lists it.</source>
        <translation>请为测试集命名：“检查”标签页将以此名称列出它。</translation>
    </message>
    <message>
        <source>There is already a suite named “{name}”. Replace it with this one?</source>
        <translation>已有名为“{name}”的测试集。要用此测试集替换它吗？</translation>
    </message>
    <message>
        <source>Replace the suite?</source>
        <translation>替换测试集？</translation>
    </message>
    <message>
        <source>Throw away the changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <source>The changes to this suite are not saved. Close the editor and throw them away?</source>
        <translation>对此测试集的更改尚未保存。要关闭编辑器并放弃这些更改吗？</translation>
    </message>
    <message>
        <source>Text, or {{name}} for a value of the table</source>
        <translation>文本，或用 {{name}} 表示表格中的值</translation>
    </message>
    <message>
        <source>Texts, separated by commas</source>
        <translation>多段文本，用逗号分隔</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>完全等于</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>contains (any case)</source>
        <translation>包含（不区分大小写）</translation>
    </message>
    <message>
        <source>contains any of</source>
        <translation>包含任一</translation>
    </message>
    <message>
        <source>contains any of (any case)</source>
        <translation>包含任一（不区分大小写）</translation>
    </message>
    <message>
        <source>contains all of</source>
        <translation>包含全部</translation>
    </message>
    <message>
        <source>contains all of (any case)</source>
        <translation>包含全部（不区分大小写）</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>不包含</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>开头是</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>结尾是</translation>
    </message>
    <message>
        <source>matches the pattern</source>
        <translation>匹配模式</translation>
    </message>
    <message>
        <source>A regular expression, such as ^[A-Z]</source>
        <translation>正则表达式，如 ^[A-Z]</translation>
    </message>
    <message>
        <source>is JSON</source>
        <translation>是 JSON</translation>
    </message>
    <message>
        <source>is JSON matching this schema</source>
        <translation>是符合此 schema 的 JSON</translation>
    </message>
    <message>
        <source>A JSON schema, such as {&quot;type&quot;: &quot;object&quot;}</source>
        <translation>JSON schema，如 {&quot;type&quot;: &quot;object&quot;}</translation>
    </message>
    <message>
        <source>contains JSON</source>
        <translation>包含 JSON</translation>
    </message>
    <message>
        <source>contains JSON matching this schema</source>
        <translation>包含符合此 schema 的 JSON</translation>
    </message>
    <message>
        <source>has at most N words</source>
        <translation>最多 N 个词</translation>
    </message>
    <message>
        <source>has at least N words</source>
        <translation>至少 N 个词</translation>
    </message>
    <message>
        <source>has N words (or from N to M)</source>
        <translation>有 N 个词（或 N 到 M 个）</translation>
    </message>
    <message>
        <source>20, or 3–20</source>
        <translation>20，或 3–20</translation>
    </message>
    <message>
        <source>calls the tool</source>
        <translation>调用工具</translation>
    </message>
    <message>
        <source>The tool&apos;s name, then its arguments as JSON if you want: f {&quot;x&quot;: 1}</source>
        <translation>工具名称，如需要可在后面加上 JSON 格式的参数：f {&quot;x&quot;: 1}</translation>
    </message>
    <message>
        <source>calls only offered tools, with valid arguments</source>
        <translation>只调用提供的工具，且参数有效</translation>
    </message>
    <message>
        <source>answers within N s</source>
        <translation>在 N 秒内回答</translation>
    </message>
    <message>
        <source>Seconds, such as 2.5</source>
        <translation>秒数，如 2.5</translation>
    </message>
    <message>
        <source>as fast as N tokens/s</source>
        <translation>速度达到 N tokens/s</translation>
    </message>
    <message>
        <source>is written in language</source>
        <translation>使用的语言是</translation>
    </message>
    <message>
        <source>A language, such as French or fr</source>
        <translation>语言，如 French 或 fr</translation>
    </message>
    <message>
        <source>ends because of</source>
        <translation>结束原因是</translation>
    </message>
    <message>
        <source>stop, length or tool_calls</source>
        <translation>stop、length 或 tool_calls</translation>
    </message>
    <message>
        <source>similar to this answer (optional)</source>
        <translation>与此答案相似（可选）</translation>
    </message>
    <message>
        <source>The answer a reply should resemble</source>
        <translation>回复应当接近的答案</translation>
    </message>
    <message>
        <source>a judge model grades it against this rubric (optional)</source>
        <translation>由评判模型按此评分标准评判（可选）</translation>
    </message>
    <message>
        <source>What a good reply does, in plain words</source>
        <translation>用平实的语言描述好的回复应当做到什么</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Picture {name}</source>
        <translation>图片 {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Do not send {name}</source>
        <translation>不发送 {name}</translation>
    </message>
</context>
<context>
    <name>TokenSettings</name>
    <message>
        <source>Hugging Face token</source>
        <translation>Hugging Face 令牌</translation>
    </message>
    <message>
        <source>Some models ask you to accept their licence on Hugging Face before you can download them. With a token, Hearth can download those for you. A “Read” token is enough: &lt;a href=&quot;{url}&quot;&gt;create one on huggingface.co&lt;/a&gt;.</source>
        <translation>有些模型要求你先在 Hugging Face 上接受其许可证才能下载。有了令牌，Hearth 就能为你下载这些模型。“Read”令牌即可：&lt;a href=&quot;{url}&quot;&gt;在 huggingface.co 上创建&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>Paste your token here (it starts with hf_)</source>
        <translation>在这里粘贴你的令牌（以 hf_ 开头）</translation>
    </message>
    <message>
        <source>Save and test</source>
        <translation>保存并测试</translation>
    </message>
    <message>
        <source>Save and test the token</source>
        <translation>保存并测试令牌</translation>
    </message>
    <message>
        <source>Keep the token and check it with Hugging Face</source>
        <translation>保存令牌并通过 Hugging Face 检查</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the token</source>
        <translation>移除令牌</translation>
    </message>
    <message>
        <source>Forget the saved token</source>
        <translation>忘记已保存的令牌</translation>
    </message>
    <message>
        <source>Keep the token in a file only I can read, so Hearth still has it after it closes</source>
        <translation>将令牌保存在只有我能读取的文件中，以便 Hearth 关闭后仍保留</translation>
    </message>
    <message>
        <source>Keep the token in a file</source>
        <translation>将令牌保存在文件中</translation>
    </message>
    <message>
        <source>Ticked, the token is saved in {file}, which only your account can read; anyone who can read your files (an administrator, a backup) could read it too.</source>
        <translation>勾选后，令牌会保存在 {file} 中，只有你的帐户能读取；但任何能读取你文件的人（管理员、备份）也能读取它。</translation>
    </message>
    <message>
        <source>Looking for a saved token…</source>
        <translation>正在查找已保存的令牌…</translation>
    </message>
    <message>
        <source>A token is saved.</source>
        <translation>已保存令牌。</translation>
    </message>
    <message>
        <source>No token is saved.</source>
        <translation>未保存令牌。</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>正在保存令牌…</translation>
    </message>
    <message>
        <source>Checking the token with Hugging Face…</source>
        <translation>正在通过 Hugging Face 检查令牌…</translation>
    </message>
    <message>
        <source>Hearth will forget it when it closes, because this computer has no password store. To keep it, tick “Keep the token in a file” and save it again.</source>
        <translation>由于这台电脑没有密码库，Hearth 关闭时会忘记它。如需保留，请勾选“将令牌保存在文件中”并重新保存。</translation>
    </message>
    <message>
        <source>The token was removed.</source>
        <translation>令牌已移除。</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>允许一次</translation>
    </message>
    <message>
        <source>Always for this tool</source>
        <translation>始终允许此工具</translation>
    </message>
    <message>
        <source>Always for this server</source>
        <translation>始终允许此服务器</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The model wants to run this tool. Allow it?</source>
        <translation>模型想要运行此工具。允许吗？</translation>
    </message>
    <message>
        <source>This tool changed since you allowed it always:</source>
        <translation>自你设为始终允许以来，此工具已发生变化：</translation>
    </message>
    <message>
        <source>Tool call: {tool} on {server}</source>
        <translation>工具调用：{server} 上的 {tool}</translation>
    </message>
    <message>
        <source>Tool call: {tool}</source>
        <translation>工具调用：{tool}</translation>
    </message>
    <message>
        <source>Arguments of the call to {tool}</source>
        <translation>调用 {tool} 的参数</translation>
    </message>
    <message>
        <source>Deny: {tool}</source>
        <translation>拒绝：{tool}</translation>
    </message>
    <message>
        <source>Allow once: {tool}</source>
        <translation>允许一次：{tool}</translation>
    </message>
    <message>
        <source>Always for this tool: {tool}</source>
        <translation>始终允许此工具：{tool}</translation>
    </message>
    <message>
        <source>Always for this server: {tool}</source>
        <translation>始终允许此服务器：{tool}</translation>
    </message>
    <message>
        <source>Show the result of {tool}</source>
        <translation>显示 {tool} 的结果</translation>
    </message>
    <message>
        <source>Result of the call to {tool}</source>
        <translation>调用 {tool} 的结果</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>Done in {seconds} s</source>
        <translation>完成，用时 {seconds} 秒</translation>
    </message>
</context>
<context>
    <name>ToolServerDialog</name>
    <message>
        <source>Edit tool server</source>
        <translation>编辑工具服务器</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>添加工具服务器</translation>
    </message>
    <message>
        <source>A program on this computer</source>
        <translation>这台电脑上的程序</translation>
    </message>
    <message>
        <source>A server at an address</source>
        <translation>某个地址上的服务器</translation>
    </message>
    <message>
        <source>e.g. npx -y @modelcontextprotocol/server-filesystem ~/Notes</source>
        <translation>如 npx -y @modelcontextprotocol/server-filesystem ~/Notes</translation>
    </message>
    <message>
        <source>One per line: NAME=value</source>
        <translation>每行一个：NAME=value</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8000/mcp</source>
        <translation>如 http://127.0.0.1:8000/mcp</translation>
    </message>
    <message>
        <source>One per line: Name=value</source>
        <translation>每行一个：Name=value</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Folder (optional)</source>
        <translation>文件夹（可选）</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>A program gets only a few of Hearth&apos;s environment variables (HOME, PATH, LANG…) and the ones written here. Values whose names look secret (API_KEY, TOKEN, Authorization…) are kept in the password store, not in mcp.json; ${keyring} stands for one kept there. Every call a model makes asks you first.</source>
        <translation>程序只会获得 Hearth 的少数环境变量（HOME、PATH、LANG…）以及这里填写的变量。名称看似机密的值（API_KEY、TOKEN、Authorization…）保存在密码库中，而不是 mcp.json 中；${keyring} 代表保存在那里的值。模型的每次调用都会先征求你的同意。</translation>
    </message>
    <message>
        <source>“{line}” is not a header: write NAME=value.</source>
        <translation>“{line}”不是请求头：请写成 NAME=value。</translation>
    </message>
    <message>
        <source>“{line}” is not an environment variable: write NAME=value.</source>
        <translation>“{line}”不是环境变量：请写成 NAME=value。</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>工作文件夹</translation>
    </message>
    <message>
        <source>Environment variables, one per line</source>
        <translation>环境变量，每行一个</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Headers, one per line</source>
        <translation>请求头，每行一个</translation>
    </message>
    <message>
        <source>Write the server&apos;s address, starting with http:// or https://.</source>
        <translation>请填写服务器地址，以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>The command has an unclosed quote.</source>
        <translation>命令中有未闭合的引号。</translation>
    </message>
    <message>
        <source>Write the command that starts the server, e.g. uvx mcp-server-time.</source>
        <translation>请填写启动服务器的命令，如 uvx mcp-server-time。</translation>
    </message>
</context>
<context>
    <name>ToolServersState</name>
    <message>
        <source>{file} lists no tool servers.</source>
        <translation>{file} 中未列出任何工具服务器。</translation>
    </message>
</context>
<context>
    <name>ToolTurn</name>
    <message>
        <source>Switch some off with the Tools button.</source>
        <translation>可通过“工具”按钮关闭一些。</translation>
    </message>
</context>
<context>
    <name>ToolUse</name>
    <message>
        <source>it is not valid JSON ({problem})</source>
        <comment>tool_use.approvals-not-json</comment>
        <translation>它不是有效的 JSON（{problem}）</translation>
    </message>
    <message>
        <source>The remembered tool approvals could not be used: {problem}. The file was kept as {aside}; tool calls ask again until new answers are remembered.</source>
        <comment>tool_use.approvals-damaged</comment>
        <translation>无法使用已记住的工具批准：{problem}。该文件已另存为 {aside}；在记住新的选择之前，工具调用会再次询问。</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <comment>tool_use.approvals-not-object</comment>
        <translation>它不是 JSON 对象</translation>
    </message>
    <message>
        <source>it has no “servers” object</source>
        <comment>tool_use.approvals-no-servers</comment>
        <translation>其中没有“servers”对象</translation>
    </message>
    <message>
        <source>the answers for “{identity}” are not an object</source>
        <comment>tool_use.approvals-bad-server</comment>
        <translation>“{identity}”的选择不是对象</translation>
    </message>
    <message>
        <source>about </source>
        <comment>tool_use.about</comment>
        <translation>约 </translation>
    </message>
    <message>
        <source>The tools offered would take {about}{total:,} tokens of the model&apos;s {context:,}-token context, more than a quarter, leaving less room for the conversation.</source>
        <comment>tool_use.tools-too-big</comment>
        <translation>所提供的工具将占用模型 {context:,} token 上下文中的{about}{total:,} token，超过四分之一，留给对话的空间会变少。</translation>
    </message>
    <message>
        <source>{said} Switching off {listed} would help most.</source>
        <comment>tool_use.switch-off-servers</comment>
        <translation>{said}关闭 {listed} 最有帮助。</translation>
    </message>
    <message>
        <source>{said} Switching off some tools of {server}, the biggest first — {listed} — would help.</source>
        <comment>tool_use.switch-off-tools-of</comment>
        <translation>{said}关闭 {server} 的部分工具会有帮助，从最大的开始：{listed}。</translation>
    </message>
    <message>
        <source>{said} Switching off some tools, the biggest first — {listed} — would help.</source>
        <comment>tool_use.switch-off-tools</comment>
        <translation>{said}关闭部分工具会有帮助，从最大的开始：{listed}。</translation>
    </message>
    <message>
        <source>{name} ({about}{tokens:,} tokens)</source>
        <comment>tool_use.listed-size</comment>
        <translation>{name}（{about}{tokens:,} token）</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <comment>tool_use.list-and</comment>
        <translation>{first} 和 {last}</translation>
    </message>
    <message>
        <source>The tokenizer of {name} could not be read, so the tools&apos; sizes cannot be counted with it. Check that the file is a complete GGUF model.</source>
        <comment>tool_use.tokenizer-unreadable</comment>
        <translation>无法读取 {name} 的分词器，因此无法用它计算工具的大小。请检查该文件是否是完整的 GGUF 模型。</translation>
    </message>
    <message>
        <source>Hearth&apos;s document search has no tool called “{tool}”; it has only “{known}”.</source>
        <comment>tool_use.search-unknown-tool</comment>
        <translation>Hearth 的文档搜索没有名为“{tool}”的工具；它只有“{known}”。</translation>
    </message>
    <message>
        <source>{tool} needs a query: a question or a few words to look for.</source>
        <comment>tool_use.search-needs-query</comment>
        <translation>{tool} 需要查询内容：一个问题或几个要查找的词。</translation>
    </message>
    <message>
        <source>There is no document collection called “{collection}” any more, so nothing was searched.</source>
        <comment>tool_use.search-collection-gone</comment>
        <translation>已不再有名为“{collection}”的文档集，因此未进行搜索。</translation>
    </message>
    <message>
        <source>The collection “{collection}” has no documents read into it yet, so there is nothing to search: add documents to it on the Documents page (or with `hearth docs add`).</source>
        <comment>tool_use.search-empty-collection</comment>
        <translation>文档集“{collection}”中还没有读入任何文档，因此没有可搜索的内容：请在“文档”页面（或使用 `hearth docs add`）向其中添加文档。</translation>
    </message>
    <message>
        <source>The collection “{collection}” was indexed with another embedding model than the one it is set to use now, so it cannot be searched until it is indexed again on the Documents page.</source>
        <comment>tool_use.search-needs-reindex</comment>
        <translation>文档集“{collection}”是用另一个嵌入模型建立索引的，与它现在设置使用的不同，因此在“文档”页面重新建立索引之前无法搜索。</translation>
    </message>
    <message>
        <source>Hearth&apos;s document search did not answer within {timeout_s:g} seconds (its embedding model was busy or still loading), so Hearth stopped waiting. It can be asked again.</source>
        <comment>tool_use.search-timed-out</comment>
        <translation>Hearth 的文档搜索没有在 {timeout_s:g} 秒内响应（其嵌入模型正忙或仍在加载），因此 Hearth 停止了等待。可以再次请求。</translation>
    </message>
    <message>
        <source>The tool call the model had to write was cut off by the reply&apos;s token limit, so nothing ran; allow longer replies.</source>
        <comment>tool_use.forced-call-cut-off</comment>
        <translation>模型必须写出的工具调用被回复的 token 上限截断了，因此没有运行任何工具；请允许更长的回复。</translation>
    </message>
    <message>
        <source>The model asked for more tools after {count} round of tool calls; Hearth stopped there.</source>
        <comment>tool_use.stopped-after-round</comment>
        <translation>模型在 {count} 轮工具调用后仍要求使用更多工具；Hearth 已在此停止。</translation>
    </message>
    <message>
        <source>The model asked for more tools after {count} rounds of tool calls; Hearth stopped there.</source>
        <comment>tool_use.stopped-after-rounds</comment>
        <translation>模型在 {count} 轮工具调用后仍要求使用更多工具；Hearth 已在此停止。</translation>
    </message>
    <message>
        <source>The model asked again for {tool} with the same arguments; Hearth stopped there rather than run the same call twice.</source>
        <comment>tool_use.stopped-repeated-call</comment>
        <translation>模型再次以相同的参数请求 {tool}；Hearth 已在此停止，以免重复运行同一调用。</translation>
    </message>
    <message>
        <source>The model still wrote tool calls that cannot run after {tries} tries to correct them; Hearth stopped there.</source>
        <comment>tool_use.stopped-unrepaired</comment>
        <translation>经过 {tries} 次纠正后，模型写出的工具调用仍无法运行；Hearth 已在此停止。</translation>
    </message>
    <message>
        <source>There is no tool server called “{name}” in this conversation.</source>
        <comment>tool_use.server-not-in-conversation</comment>
        <translation>此对话中没有名为“{name}”的工具服务器。</translation>
    </message>
</context>
<context>
    <name>ToolsButton</name>
    <message>
        <source>Let the model use tools: tool servers (MCP) chosen for this conversation</source>
        <translation>让模型使用工具：为此对话选择的工具服务器（MCP）</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Tools ({count})</source>
        <translation>工具（{count}）</translation>
    </message>
    <message>
        <source>Tools: none on</source>
        <translation>工具：均未开启</translation>
    </message>
    <message numerus="yes">
        <source>Tools: %n servers on</source>
        <translation>
            <numerusform>工具：已开启 %n 个服务器</numerusform>
        </translation>
    </message>
    <message>
        <source>No tool servers yet</source>
        <translation>还没有工具服务器</translation>
    </message>
    <message>
        <source>Search my documents</source>
        <translation>搜索我的文档</translation>
    </message>
    <message>
        <source>The model searches this conversation&apos;s collection when it decides to, and shows its sources</source>
        <translation>模型会在需要时搜索此对话的文档集，并显示其来源</translation>
    </message>
    <message>
        <source>Choose a collection to answer from first</source>
        <translation>请先选择作答所依据的文档集</translation>
    </message>
    <message>
        <source>Make the model call a tool first</source>
        <translation>让模型先调用工具</translation>
    </message>
    <message>
        <source>Each reply begins with a call to one of the chosen tools</source>
        <translation>每条回复都以调用所选工具之一开始</translation>
    </message>
    <message>
        <source>Start the servers to see their tools</source>
        <translation>启动服务器以查看其工具</translation>
    </message>
    <message>
        <source>Manage tools…</source>
        <translation>管理工具…</translation>
    </message>
</context>
<context>
    <name>ToolsSettings</name>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Tool servers (MCP) let a model read a folder, check the time or search the web, as in Claude Desktop or LM Studio. Turn them on per conversation with the Tools button in Chat; every call asks you first.</source>
        <translation>工具服务器（MCP）可让模型读取文件夹、查看时间或搜索网络，就像在 Claude Desktop 或 LM Studio 中一样。在“聊天”中通过“工具”按钮按对话开启；每次调用都会先征求你的同意。</translation>
    </message>
    <message>
        <source>Server or tool</source>
        <translation>服务器或工具</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Tool servers and their tools</source>
        <translation>工具服务器及其工具</translation>
    </message>
    <message>
        <source>Space turns the chosen tool on or off</source>
        <translation>按空格键开启或关闭所选工具</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>添加工具服务器</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the chosen tool server</source>
        <translation>编辑所选工具服务器</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the chosen tool server</source>
        <translation>移除所选工具服务器</translation>
    </message>
    <message>
        <source>Start and list tools</source>
        <translation>启动并列出工具</translation>
    </message>
    <message>
        <source>≈{count} tokens</source>
        <translation>≈{count} token</translation>
    </message>
    <message>
        <source>Remove the tool server “{name}”? Its tools stop being offered to models.</source>
        <translation>移除工具服务器“{name}”？其工具将不再提供给模型。</translation>
    </message>
    <message>
        <source>From {app}</source>
        <translation>来自 {app}</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Forget approvals</source>
        <translation>忘记批准</translation>
    </message>
    <message>
        <source>Every tool asks again before its next call</source>
        <translation>每个工具在下次调用前都会重新询问</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message numerus="yes">
        <source>Running · %n tool(s)</source>
        <translation>
            <numerusform>正在运行 · %n 个工具</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start</source>
        <translation>无法启动</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>尚未启动</translation>
    </message>
    <message>
        <source>Remove tool server</source>
        <translation>移除工具服务器</translation>
    </message>
    <message>
        <source>Every tool call will ask you again before it runs.</source>
        <translation>每次工具调用在运行前都会重新询问你。</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>从文件导入…</translation>
    </message>
    <message>
        <source>Import tool servers</source>
        <translation>导入工具服务器</translation>
    </message>
</context>
<context>
    <name>TranscribeOptionsPanel</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language of the recording</source>
        <translation>录音的语言</translation>
    </message>
    <message>
        <source>Detect the language</source>
        <translation>自动检测语言</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Write down what is said</source>
        <translation>记下所说的内容</translation>
    </message>
    <message>
        <source>Translate it to English</source>
        <translation>翻译成英语</translation>
    </message>
    <message>
        <source>Skip silence and noise (fewer invented sentences)</source>
        <translation>跳过静音和噪音（减少凭空编造的句子）</translation>
    </message>
    <message>
        <source>Time every word (tighter subtitles, a little slower)</source>
        <translation>为每个词计时（字幕更精准，稍慢）</translation>
    </message>
    <message>
        <source>Fast mode (several parts at once; subtitle times are approximate without word times)</source>
        <translation>快速模式（同时处理多个部分；没有逐词时间时字幕时间为近似值）</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>词汇表</translation>
    </message>
    <message>
        <source>Names and terms to spell right, e.g. “Hearth, Whisper, Ana Lopes” (optional)</source>
        <translation>需要正确拼写的名称和术语，如“Hearth, Whisper, Ana Lopes”（可选）</translation>
    </message>
    <message>
        <source>Vocabulary: names and terms to spell right</source>
        <translation>词汇表：需要正确拼写的名称和术语</translation>
    </message>
    <message>
        <source>Beam size</source>
        <translation>束宽</translation>
    </message>
    <message>
        <source>How many guesses Whisper weighs at each step: more is a little better and slower</source>
        <translation>Whisper 每一步权衡的猜测数量：越多效果略好，但更慢</translation>
    </message>
</context>
<context>
    <name>TranscribePage</name>
    <message>
        <source>{formats} and {last}</source>
        <translation>{formats} 和 {last}</translation>
    </message>
    <message>
        <source>Each transcript is saved automatically as {formats} in {folder}, never over a file of yours.</source>
        <translation>每份转录文本会自动以 {formats} 格式保存到 {folder}，绝不会覆盖你的文件。</translation>
    </message>
    <message>
        <source>Each transcript is saved automatically as {formats} next to its recording, never over a file of yours.</source>
        <translation>每份转录文本会自动以 {formats} 格式保存在其录音旁边，绝不会覆盖你的文件。</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation>转录</translation>
    </message>
    <message>
        <source>Recordings and videos become transcripts and subtitles on this computer. Nothing is uploaded.</source>
        <translation>在这台电脑上将录音和视频转成转录文本和字幕。不会上传任何内容。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Transcription options</source>
        <translation>转录选项</translation>
    </message>
    <message>
        <source>Where transcripts are saved</source>
        <translation>转录文本的保存位置</translation>
    </message>
    <message>
        <source>The folder and the formats are in Settings, under Transcripts</source>
        <translation>文件夹和格式可在“设置”的“转录文本”中更改</translation>
    </message>
    <message>
        <source>No recordings were found in what was dropped.</source>
        <translation>拖放的内容中没有找到录音。</translation>
    </message>
    <message>
        <source>The transcript of {name} is ready.</source>
        <translation>{name} 的转录文本已就绪。</translation>
    </message>
    <message>
        <source>Transcribing {name} failed: {reason}</source>
        <translation>转录 {name} 失败：{reason}</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <source>Summarize this</source>
        <translation>总结一下</translation>
    </message>
    <message>
        <source>List the action items, with who does what</source>
        <translation>列出待办事项，以及谁负责什么</translation>
    </message>
    <message>
        <source>Ask my own question</source>
        <translation>提我自己的问题</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the whole transcript</source>
        <translation>复制整份转录文本</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Save the transcript as</source>
        <translation>将转录文本另存为</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Show the transcript&apos;s folder</source>
        <translation>显示转录文本所在的文件夹</translation>
    </message>
    <message>
        <source>Send to chat</source>
        <translation>发送到聊天</translation>
    </message>
    <message>
        <source>Send the transcript to the chat</source>
        <translation>将转录文本发送到聊天</translation>
    </message>
    <message>
        <source>Drop a recording to begin; its transcript shows here when it is done.</source>
        <translation>拖放一段录音即可开始；完成后其转录文本会显示在这里。</translation>
    </message>
    <message>
        <source>No transcript yet.</source>
        <translation>还没有转录文本。</translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as {files} in {folder}.</source>
        <translation>已以 {files} 格式保存到 {folder}。</translation>
    </message>
    <message>
        <source>Save the transcript as {format}</source>
        <translation>将转录文本保存为 {format}</translation>
    </message>
    <message>
        <source>The transcript could not be saved there</source>
        <translation>无法将转录文本保存到该位置</translation>
    </message>
    <message>
        <source>Saved {file} in {folder}.</source>
        <translation>已将 {file} 保存到 {folder}。</translation>
    </message>
    <message>
        <source>Transcript: {name}</source>
        <translation>转录文本：{name}</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Search the transcript</source>
        <translation>搜索转录文本</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Text (double-click to edit)</source>
        <translation>文本（双击编辑）</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>转录文本</translation>
    </message>
    <message>
        <source>One line per timed segment; F2 or a double-click edits its text</source>
        <translation>每个计时片段一行；按 F2 或双击可编辑其文本</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n lines</source>
        <translation>
            <numerusform>{shown} / %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transcription</name>
    <message>
        <source>Waiting to start…</source>
        <comment>transcription.waiting</comment>
        <translation>正在等待开始…</translation>
    </message>
    <message>
        <source>The folder chosen for transcripts could not be written, so they are in {folder}.</source>
        <comment>transcription.fallback-folder</comment>
        <translation>无法写入为转录文本选择的文件夹，因此转录文本保存在 {folder} 中。</translation>
    </message>
    <message>
        <source>The transcript could not be saved in {folder}: {problem}.</source>
        <comment>transcription.transcript-not-saved-in-folder</comment>
        <translation>无法将转录文本保存在 {folder} 中：{problem}。</translation>
    </message>
    <message>
        <source>The transcript could not be saved in {folder} nor in {fallback}: {problem}.</source>
        <comment>transcription.transcript-not-saved</comment>
        <translation>无法将转录文本保存在 {folder} 中，也无法保存在 {fallback} 中：{problem}。</translation>
    </message>
</context>
<context>
    <name>TranscriptionQueueList</name>
    <message>
        <source>Transcription queue</source>
        <translation>转录队列</translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation>{name}：{status}</translation>
    </message>
</context>
<context>
    <name>TranscriptsSettings</name>
    <message>
        <source>Transcripts</source>
        <translation>转录文本</translation>
    </message>
    <message>
        <source>A file already there is never replaced: the new one gets a number, like “talk (2).srt”.</source>
        <translation>不会替换已存在的文件：新文件会加上编号，如“talk (2).srt”。</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Choose a folder for transcripts</source>
        <translation>选择转录文本的文件夹</translation>
    </message>
    <message>
        <source>Next to each recording</source>
        <translation>保存在每段录音旁边</translation>
    </message>
    <message>
        <source>Save transcripts next to each recording</source>
        <translation>将转录文本保存在每段录音旁边</translation>
    </message>
    <message>
        <source>Save automatically as</source>
        <translation>自动保存为</translation>
    </message>
    <message>
        <source>Save automatically as {format}</source>
        <translation>自动保存为 {format}</translation>
    </message>
    <message>
        <source>Choose where transcripts are saved</source>
        <translation>选择转录文本的保存位置</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>{number} {unit}</source>
        <translation>{number} {unit}</translation>
    </message>
</context>
<context>
    <name>VariablesTable</name>
    <message>
        <source>Values of the prompt&apos;s variables, one case per row</source>
        <translation>提示词变量的值，每行一个用例</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>移除该行</translation>
    </message>
    <message>
        <source>Remove the chosen row</source>
        <translation>移除所选行</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>粘贴行</translation>
    </message>
    <message>
        <source>Rows copied from a spreadsheet: one case a line, values apart by tabs</source>
        <translation>从电子表格复制的行：每行一个用例，值之间用制表符分隔</translation>
    </message>
    <message>
        <source>Values: one case per row</source>
        <translation>值：每行一个用例</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Hearth&apos;s language; Settings can change it later</source>
        <translation>Hearth 的界面语言；以后可在“设置”中更改</translation>
    </message>
    <message>
        <source>Welcome to Hearth</source>
        <translation>欢迎使用 Hearth</translation>
    </message>
    <message>
        <source>Hearth runs open AI models on this computer. Nothing you type, show or say leaves it, and once a model is here it works offline.</source>
        <translation>Hearth 在这台电脑上运行开放的 AI 模型。你输入、展示或说出的任何内容都不会离开这台电脑，模型下载好后即可离线使用。</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>你想如何开始？</translation>
    </message>
    <message>
        <source>Find a model for this computer</source>
        <translation>为这台电脑查找模型</translation>
    </message>
    <message>
        <source>Hearth looks at your hardware and suggests three chat models that run well on it.</source>
        <translation>Hearth 会检测你的硬件，并推荐三个能在上面流畅运行的聊天模型。</translation>
    </message>
    <message>
        <source>I already have models</source>
        <translation>我已经有模型了</translation>
    </message>
    <message>
        <source>Add GGUF files you have, or use the ones found from LM Studio, Ollama or the Hugging Face cache.</source>
        <translation>添加你已有的 GGUF 文件，或使用从 LM Studio、Ollama 或 Hugging Face 缓存中找到的模型。</translation>
    </message>
    <message>
        <source>Transcribe a file</source>
        <translation>转录文件</translation>
    </message>
    <message>
        <source>Turn a recording or a video into text and subtitles, made on this computer.</source>
        <translation>在这台电脑上将录音或视频转成文字和字幕。</translation>
    </message>
</context>
</TS>
