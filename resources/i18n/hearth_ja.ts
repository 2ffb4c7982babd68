<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AttachedDocuments</name>
    <message>
        <source>Documents ({patterns})</source>
        <translation>ドキュメント ({patterns})</translation>
    </message>
    <message>
        <source>The reply will read:</source>
        <translation>返答で参照するファイル:</translation>
    </message>
    <message>
        <source>{path}
Click to leave it out</source>
        <translation>{path}
クリックすると除外します</translation>
    </message>
    <message>
        <source>Leave out {name}</source>
        <translation>{name}を除外</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>ChatComposer</name>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>メッセージを送信 (Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>返答を停止</translation>
    </message>
    <message>
        <source>Stop the reply; what it wrote so far is kept (Esc)</source>
        <translation>返答を停止します。ここまでの内容は残ります (Esc)</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>編集をキャンセル</translation>
    </message>
    <message>
        <source>Keep your message as it was (Esc)</source>
        <translation>メッセージを元のままにします (Esc)</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>画像…</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>画像を追加</translation>
    </message>
    <message>
        <source>Show the model a picture (or drop one on the chat, or paste it)</source>
        <translation>モデルに画像を見せます（チャットへのドロップや貼り付けも可）</translation>
    </message>
    <message>
        <source>Document…</source>
        <translation>ドキュメント…</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>ドキュメントを追加</translation>
    </message>
    <message>
        <source>Ask about a document: txt, md, pdf, docx, html (or drop one here)</source>
        <translation>ドキュメントについて質問: txt、md、pdf、docx、html（ここへのドロップも可）</translation>
    </message>
    <message>
        <source>Use {model}</source>
        <translation>{model}を使用</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>画像 ({patterns})</translation>
    </message>
    <message>
        <source>Show the model a picture</source>
        <translation>モデルに画像を見せる</translation>
    </message>
    <message>
        <source>Ask about a document</source>
        <translation>ドキュメントについて質問</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>このモデル</translation>
    </message>
    <message>
        <source>{model} cannot see images, and no model on this computer that fits can. Discover lists vision models (Qwen2.5-VL, Gemma 3, SmolVLM…); or pair a model with its vision companion (an mmproj file) in My Models. Your pictures and text stay here.</source>
        <translation>{model}は画像を認識できません。このコンピューターで動く他のモデルにも、画像に対応したものはありません。「探す」には画像対応モデル（Qwen2.5-VL、Gemma 3、SmolVLM…）があります。または「マイモデル」で、モデルとビジョン補助ファイル（mmproj ファイル）を組み合わせてください。画像とテキストはここに残ります。</translation>
    </message>
    <message>
        <source>{model} cannot see images. Switch to a model that can, then press Send again; your pictures and text stay here.</source>
        <translation>{model}は画像を認識できません。画像に対応したモデルに切り替えてから、もう一度「送信」を押してください。画像とテキストはここに残ります。</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Precise</source>
        <translation>正確</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>バランス</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>創造的</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>モデルを読み込み中</translation>
    </message>
    <message>
        <source>Think first</source>
        <translation>先に考える</translation>
    </message>
    <message>
        <source>This model can reason step by step before it answers (slower, often better)</source>
        <translation>このモデルは答える前に順を追って推論できます（遅くなりますが、多くの場合は質が上がります）</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <source>Reply style</source>
        <translation>返答のスタイル</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Show the chat options</source>
        <translation>チャットのオプションを表示</translation>
    </message>
    <message>
        <source>Ready · on {provider}</source>
        <translation>準備完了 · {provider}で実行</translation>
    </message>
    <message>
        <source>leaves this computer → {host}</source>
        <translation>このコンピューターの外へ → {host}</translation>
    </message>
    <message>
        <source>Your messages and the replies travel to {provider} at {host} and back. Hearth cannot tell what that computer keeps.</source>
        <translation>メッセージと返答は、{host}の{provider}との間でやり取りされます。そのコンピューターが何を保存するかは、Hearthにはわかりません。</translation>
    </message>
    <message>
        <source>Ready · {context} tokens of context · sees images · loaded in {seconds} s</source>
        <translation>準備完了 · コンテキスト{context}トークン · 画像対応 · {seconds}秒で読み込み</translation>
    </message>
    <message>
        <source>Ready · {context} tokens of context · loaded in {seconds} s</source>
        <translation>準備完了 · コンテキスト{context}トークン · {seconds}秒で読み込み</translation>
    </message>
</context>
<context>
    <name>ChatOptions</name>
    <message>
        <source>Top-p: the model picks only among its likeliest next words that together make up this share; lower is more focused, 1 leaves every word in.</source>
        <translation>Top-p: 確率の高い順に、合計がこの割合になるまでの候補からだけ次の語を選びます。低いほど的が絞られ、1ではすべての語が候補になります。</translation>
    </message>
    <message>
        <source>Top-k: the model picks only among this many likeliest next words; 0 leaves every word in.</source>
        <translation>Top-k: 確率の高い上位この数の候補からだけ次の語を選びます。0ではすべての語が候補になります。</translation>
    </message>
    <message>
        <source>Min-p: leaves out words far less likely than the likeliest one (this share of its chance); higher is more focused, 0 turns it off.</source>
        <translation>Min-p: 最も確率の高い語に比べてずっと可能性の低い語（その確率のこの割合未満）を除外します。高いほど的が絞られ、0でオフになります。</translation>
    </message>
    <message>
        <source>Repeat penalty: above 1, words the reply has just used become less likely, so it repeats itself less; 1 turns it off.</source>
        <translation>繰り返しペナルティ: 1より大きいと、返答で使ったばかりの語が選ばれにくくなり、同じ言葉の繰り返しが減ります。1でオフになります。</translation>
    </message>
    <message>
        <source>Conversation memory: how the model keeps the conversation it has read (its KV cache). q8_0 needs about half the memory, so a long context fits where it would not; replies change very little.</source>
        <translation>会話メモリ: モデルが読んだ会話の保持方法（KV キャッシュ）です。q8_0 では必要なメモリが約半分になり、長いコンテキストも収まるようになります。返答はほとんど変わりません。</translation>
    </message>
    <message>
        <source>Layers on the graphics card: how many of the model&apos;s layers run on the graphics card (faster); the rest run on the processor. Automatic puts as many as fit.</source>
        <translation>グラフィックカード上のレイヤー: モデルのレイヤーのうち、グラフィックカードで実行する数です（速くなります）。残りはプロセッサーで実行します。「自動」では収まるだけ載せます。</translation>
    </message>
    <message>
        <source>Standard (f16)</source>
        <translation>標準 (f16)</translation>
    </message>
    <message>
        <source>Smaller, for long context (q8_0)</source>
        <translation>小さめ、長いコンテキスト向け (q8_0)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
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
        <translation>繰り返しペナルティ</translation>
    </message>
    <message>
        <source>Longest reply (tokens)</source>
        <translation>返答の最大長（トークン）</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>コンテキスト（トークン）</translation>
    </message>
    <message>
        <source>Layers on the graphics card</source>
        <translation>グラフィックカード上のレイヤー</translation>
    </message>
    <message>
        <source>Conversation memory</source>
        <translation>会話メモリ</translation>
    </message>
    <message>
        <source>System prompt: how the model should behave (optional)</source>
        <translation>システムプロンプト: モデルのふるまい（任意）</translation>
    </message>
    <message>
        <source>Speed up replies that quote the prompt</source>
        <translation>プロンプトを引用する返答を高速化</translation>
    </message>
    <message>
        <source>When a reply repeats words from your message or documents (a summary, a list of action items, an edited text), Hearth guesses several words at once and checks them. The reply is the same; it only arrives sooner. Hearth turns this off by itself for a model where it does not pay.</source>
        <translation>返答があなたのメッセージやドキュメントの語句を繰り返すとき（要約、アクションアイテムの一覧、編集した文章など）、Hearthは複数の語をまとめて予測し、確認します。返答は同じで、届くのが早くなるだけです。効果のないモデルでは、Hearthが自動的にオフにします。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Cannot estimate this model&apos;s memory: {reason}</source>
        <translation>このモデルのメモリを見積もれません: {reason}</translation>
    </message>
    <message>
        <source>Conversation memory ({kind}): {size}.</source>
        <translation>会話メモリ（{kind}）: {size}。</translation>
    </message>
    <message>
        <source>Needs about {size} with {context} context. {memory}</source>
        <translation>コンテキスト{context}で約{size}必要です。{memory}</translation>
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
        <translation>この返答が終わるまで待つか停止してから、もう一度文字起こしをチャットに送ってください。</translation>
    </message>
    <message>
        <source>Choose a model first (the list above shows how each one fits this computer).</source>
        <translation>先にモデルを選んでください（上のリストに、各モデルがこのコンピューターに合うかどうかが表示されます）。</translation>
    </message>
    <message>
        <source>Editing your message: send it to replace it and everything after it.</source>
        <translation>メッセージを編集中: 送信すると、このメッセージとそれ以降がすべて置き換わります。</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>生成中…</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>Hearth is still looking at this computer; choose the model again in a moment.</source>
        <translation>Hearthはまだこのコンピューターを調べています。少ししてから、もう一度モデルを選んでください。</translation>
    </message>
    <message>
        <source>This window cannot use other computers&apos; models.</source>
        <translation>このウィンドウでは、他のコンピューターのモデルは使えません。</translation>
    </message>
    <message>
        <source>That other computer was removed in Settings.</source>
        <translation>その別のコンピューターは設定で削除されました。</translation>
    </message>
    <message>
        <source>Answered from the files attached to this conversation; the collection “{collection}” was not searched. Start a new conversation to ask the collection.</source>
        <translation>この会話に添付されたファイルから答えました。コレクション「{collection}」は検索していません。コレクションに質問するには、新しい会話を始めてください。</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>返答に失敗しました</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; ask again in a moment.</source>
        <translation>Hearthはまだこのコンピューターを調べています。少ししてから、もう一度質問してください。</translation>
    </message>
</context>
<context>
    <name>ChatTranscript</name>
    <message>
        <source>About this chat</source>
        <translation>このチャットについて</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier messages</source>
        <translation>
            <numerusform>以前のメッセージを%n件表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>not</source>
        <translation>否定</translation>
    </message>
    <message>
        <source>Passes when the reply does not do this</source>
        <translation>返答がこれに当てはまらないときに合格</translation>
    </message>
    <message>
        <source>weight </source>
        <translation>重み </translation>
    </message>
    <message>
        <source>How much this check counts in the score (0: shown, never counted)</source>
        <translation>このチェックがスコアに占める重み（0: 表示のみで計算しない）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>“{type}”: Hearth does not run this check; it is kept as written</source>
        <translation>「{type}」: Hearthはこのチェックを実行しません。書かれたまま保持されます</translation>
    </message>
    <message>
        <source>Check {number}: what to look for</source>
        <translation>チェック{number}: 確認する内容</translation>
    </message>
    <message>
        <source>Check {number}: a check Hearth does not run</source>
        <translation>チェック{number}: Hearthが実行しないチェック</translation>
    </message>
    <message>
        <source>Check {number}: not</source>
        <translation>チェック{number}: 否定</translation>
    </message>
    <message>
        <source>Check {number}: value</source>
        <translation>チェック{number}: 値</translation>
    </message>
    <message>
        <source>Check {number}: weight</source>
        <translation>チェック{number}: 重み</translation>
    </message>
    <message>
        <source>Remove check {number}</source>
        <translation>チェック{number}を削除</translation>
    </message>
    <message>
        <source>Check {number}: problem</source>
        <translation>チェック{number}: 問題</translation>
    </message>
    <message>
        <source>Check {number}: on the sample reply</source>
        <translation>チェック{number}: サンプル返答での結果</translation>
    </message>
    <message>
        <source>Write the time in seconds, such as 2.5.</source>
        <translation>時間を秒で入力してください（例: 2.5）。</translation>
    </message>
    <message>
        <source>Write what this check looks for.</source>
        <translation>このチェックで確認する内容を入力してください。</translation>
    </message>
    <message>
        <source>Hearth does not run this optional check yet: it is kept and never counted.</source>
        <translation>Hearthはこの任意のチェックをまだ実行できません。保持されますが、計算には入りません。</translation>
    </message>
    <message>
        <source>Hearth does not run this check: it is kept as written and never counted.</source>
        <translation>Hearthはこのチェックを実行しません。書かれたまま保持され、計算には入りません。</translation>
    </message>
    <message>
        <source>✓ Passes: {reason}</source>
        <translation>✓ 合格: {reason}</translation>
    </message>
    <message>
        <source>✗ Fails: {reason}</source>
        <translation>✗ 不合格: {reason}</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Suite of prompts with checks</source>
        <translation>チェック付きプロンプトのスイート</translation>
    </message>
    <message>
        <source>Open a suite…</source>
        <translation>スイートを開く…</translation>
    </message>
    <message>
        <source>Hearth&apos;s JSONL, or a promptfoo configuration (promptfooconfig.yaml)</source>
        <translation>HearthのJSONL、またはpromptfooの設定ファイル (promptfooconfig.yaml)</translation>
    </message>
    <message>
        <source>New suite…</source>
        <translation>新しいスイート…</translation>
    </message>
    <message>
        <source>Write your own prompts and checks, in plain words</source>
        <translation>自分のプロンプトとチェックを、ふつうの言葉で書けます</translation>
    </message>
    <message>
        <source>Repeats: </source>
        <translation>繰り返し: </translation>
    </message>
    <message>
        <source>Repeats with other seeds</source>
        <translation>別のシードでの繰り返し回数</translation>
    </message>
    <message>
        <source>Each case asked again with another seed: a case that passes only sometimes is flaky</source>
        <translation>各ケースを別のシードでもう一度質問します。ときどきしか合格しないケースは不安定です</translation>
    </message>
    <message>
        <source>Run the checks</source>
        <translation>チェックを実行</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Save the results…</source>
        <translation>結果を保存…</translation>
    </message>
    <message>
        <source>As a CSV of every reply, a JSON document or an HTML report</source>
        <translation>全返答のCSV、JSONドキュメント、またはHTMLレポートとして保存</translation>
    </message>
    <message>
        <source>Checks run progress</source>
        <translation>チェック実行の進行状況</translation>
    </message>
    <message>
        <source>“Similar” checks use</source>
        <translation>「類似」チェックに使用</translation>
    </message>
    <message>
        <source>Embedding model for “similar” checks</source>
        <translation>「類似」チェック用の埋め込みモデル</translation>
    </message>
    <message>
        <source>Optional: without one, “similar” checks are listed and not counted</source>
        <translation>任意: 選ばない場合、「類似」チェックは一覧に表示されますが計算には入りません</translation>
    </message>
    <message>
        <source>Judge for rubric checks</source>
        <translation>評価基準チェックの評価用モデル</translation>
    </message>
    <message>
        <source>Judge model for rubric checks</source>
        <translation>評価基準チェックの評価用モデル</translation>
    </message>
    <message>
        <source>Optional: a model of this computer grades replies against a rubric (at temperature 0)</source>
        <translation>任意: このコンピューターのモデルが、評価基準に沿って返答を採点します（温度0）</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>埋め込みモデルなし</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>評価用モデルなし</translation>
    </message>
    <message>
        <source>Hearth does not run these checks of the suite, so they are listed and never counted: {names}.</source>
        <translation>Hearthはスイートのこれらのチェックを実行しないため、一覧に表示するだけで計算には入りません: {names}。</translation>
    </message>
    <message>
        <source>Saved the suite “{name}”. Run it on the panes&apos; models.</source>
        <translation>スイート「{name}」を保存しました。ペインのモデルで実行してください。</translation>
    </message>
    <message>
        <source>, about {seconds} s left</source>
        <translation>、残り約{seconds}秒</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>結果を保存</translation>
    </message>
    <message>
        <source>Hearth saves results as .csv, .json or .html: choose a name that ends with one of them.</source>
        <translation>Hearthは結果を.csv、.json、.htmlのいずれかで保存します。そのどれかで終わる名前を付けてください。</translation>
    </message>
    <message>
        <source>Hearth could not write {path}: {reason}. Choose another folder.</source>
        <translation>Hearthは{path}に書き込めませんでした: {reason}。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The results are saved in {path}.</source>
        <translation>結果を{path}に保存しました。</translation>
    </message>
    <message>
        <source>Run a suite on the panes&apos; models to see which one passes most here.</source>
        <translation>ペインのモデルでスイートを実行すると、ここで最も多く合格するモデルがわかります。</translation>
    </message>
    <message>
        <source>CSV, every reply (*.csv);;JSON (*.json);;HTML report (*.html)</source>
        <translation>CSV、全返答 (*.csv);;JSON (*.json);;HTML レポート (*.html)</translation>
    </message>
    <message>
        <source>Real work</source>
        <translation>実際の作業</translation>
    </message>
    <message>
        <source>Cases where the models disagree</source>
        <translation>モデル間で結果が分かれるケース</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>信頼性</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name}（自作）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Edit a copy…</source>
        <translation>コピーを編集…</translation>
    </message>
    <message>
        <source>Change this suite of yours</source>
        <translation>この自作スイートを変更</translation>
    </message>
    <message>
        <source>This suite is not yours to change: edit a copy, saved as one of your own</source>
        <translation>このスイートは変更できません。コピーを編集すると、自作のスイートとして保存されます</translation>
    </message>
    <message>
        <source>Open a suite</source>
        <translation>スイートを開く</translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation>チェックを実行中…</translation>
    </message>
    <message>
        <source>%v of %m replies graded</source>
        <translation>%m件中%v件の返答を採点済み</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピー済み</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>Code in {language}</source>
        <translation>{language}のコード</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
</context>
<context>
    <name>CollectionChooser</name>
    <message>
        <source>Answer from one of your document collections (made on the Documents page)</source>
        <translation>ドキュメントのコレクションから答えます（「ドキュメント」ページで作成）</translation>
    </message>
    <message>
        <source>Documents to answer from</source>
        <translation>回答に使うドキュメント</translation>
    </message>
    <message>
        <source>Documents: {collection}</source>
        <translation>ドキュメント: {collection}</translation>
    </message>
    <message>
        <source>No documents</source>
        <translation>ドキュメントなし</translation>
    </message>
</context>
<context>
    <name>CollectionList</name>
    <message>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Embedding model: {model}</source>
        <translation>埋め込みモデル: {model}</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n個のファイル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation>
            <numerusform>%n個のチャンク</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — {files}, {chunks} · needs indexing again (new embedding model)</source>
        <translation>{name} — {files}、{chunks} · インデックスの再作成が必要（新しい埋め込みモデル）</translation>
    </message>
    <message>
        <source>{name} — {files}, {chunks} · {waiting}</source>
        <translation>{name} — {files}、{chunks} · {waiting}</translation>
    </message>
    <message>
        <source>{name} — {files}, {chunks}</source>
        <translation>{name} — {files}、{chunks}</translation>
    </message>
    <message numerus="yes">
        <source>%n files waiting</source>
        <translation>
            <numerusform>%n個のファイルが待機中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>These two do not fit together here; Hearth loads them in turn, about {each} s each.</source>
        <comment>compare.two-in-turn</comment>
        <translation>この2つは同時には収まりません。Hearthが順番に読み込みます（1回あたり約{each}秒）。</translation>
    </message>
    <message>
        <source>These {count} do not fit together here; Hearth loads them in turn, about {each} s each.</source>
        <comment>compare.in-turn</comment>
        <translation>この{count}個は同時には収まりません。Hearthが順番に読み込みます（1回あたり約{each}秒）。</translation>
    </message>
    <message>
        <source>Line {number} of the file is not JSON.</source>
        <comment>compare.line-not-json</comment>
        <translation>ファイルの{number}行目がJSONではありません。</translation>
    </message>
    <message>
        <source>Line {number} has no prompt (a string, or an object with a “prompt”).</source>
        <comment>compare.line-without-prompt</comment>
        <translation>{number}行目にプロンプトがありません（文字列、または「prompt」を含むオブジェクトが必要です）。</translation>
    </message>
    <message>
        <source>Hearth cannot read the prompts in {path}.</source>
        <comment>compare.prompts-unreadable</comment>
        <translation>Hearthは{path}のプロンプトを読み込めません。</translation>
    </message>
    <message>
        <source>There are no prompts in {path}.</source>
        <comment>compare.no-prompts</comment>
        <translation>{path}にプロンプトがありません。</translation>
    </message>
    <message>
        <source>comparisons file</source>
        <comment>compare.comparisons-file</comment>
        <translation>比較ファイル</translation>
    </message>
    <message>
        <source>There is already a prompt set called “{name}”.</source>
        <comment>compare.prompt-set-exists</comment>
        <translation>「{name}」という名前のプロンプトセットはすでにあります。</translation>
    </message>
    <message>
        <source>That prompt set is gone.</source>
        <comment>compare.prompt-set-gone</comment>
        <translation>そのプロンプトセットはもうありません。</translation>
    </message>
    <message>
        <source>That run is gone.</source>
        <comment>compare.run-gone</comment>
        <translation>その実行はもうありません。</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Three panes</source>
        <translation>3つのペイン</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>すべて停止</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the panes&apos; conversations as a Markdown file</source>
        <translation>ペインの会話をMarkdownファイルとして保存</translation>
    </message>
    <message>
        <source>Ask every pane the same thing…</source>
        <translation>すべてのペインに同じ質問…</translation>
    </message>
    <message>
        <source>Message for every pane</source>
        <translation>全ペインへのメッセージ</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>すべてに送信</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>並べて比較</translation>
    </message>
    <message>
        <source>Prompt sets</source>
        <translation>プロンプトセット</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>ランキング</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Ways to compare</source>
        <translation>比較の方法</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Choose a model in every pane.</source>
        <translation>すべてのペインでモデルを選んでください。</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>このコンピューターを確認中…</translation>
    </message>
    <message>
        <source>These fit in memory together: they stay loaded and answer in turn.</source>
        <translation>これらは同時にメモリに収まります。読み込まれたまま、順番に答えます。</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>比較をエクスポート</translation>
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
        <translation>完了</translation>
    </message>
    <message>
        <source>reached the longest reply</source>
        <translation>最大長に到達</translation>
    </message>
    <message>
        <source>context full</source>
        <translation>コンテキスト上限</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止済み</translation>
    </message>
    <message>
        <source>temp </source>
        <translation>温度 </translation>
    </message>
    <message>
        <source>Temperature: 0 gives the same reply every time</source>
        <translation>温度: 0では毎回同じ返答になります</translation>
    </message>
    <message>
        <source>Temperature of pane {number}</source>
        <translation>ペイン{number}の温度</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> トークン</translation>
    </message>
    <message>
        <source>Longest reply</source>
        <translation>返答の最大長</translation>
    </message>
    <message>
        <source>Longest reply in pane {number}</source>
        <translation>ペイン{number}の返答の最大長</translation>
    </message>
    <message>
        <source>Pane {number}</source>
        <translation>ペイン{number}</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>最速</translation>
    </message>
    <message>
        <source>Model of pane {number}</source>
        <translation>ペイン{number}のモデル</translation>
    </message>
    <message>
        <source>Conversation in pane {number}</source>
        <translation>ペイン{number}の会話</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop pane {number}</source>
        <translation>ペイン{number}を停止</translation>
    </message>
    <message>
        <source>Continue with this one</source>
        <translation>これで続ける</translation>
    </message>
    <message>
        <source>Carry on this conversation in Chat with this pane&apos;s model</source>
        <translation>このペインのモデルで、この会話を「チャット」で続けます</translation>
    </message>
    <message>
        <source>leaves this computer → {host}</source>
        <translation>このコンピューターの外へ → {host}</translation>
    </message>
    <message>
        <source>What you send this pane travels to {computer} at {host}, and its reply back. Hearth cannot tell what that computer keeps.</source>
        <translation>このペインに送る内容は{host}の{computer}に送られ、返答が戻ってきます。そのコンピューターが何を保存するかは、Hearthにはわかりません。</translation>
    </message>
    <message>
        <source>You: {prompt}</source>
        <translation>あなた: {prompt}</translation>
    </message>
    <message>
        <source>waiting for its turn…</source>
        <translation>順番待ち…</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>生成中…</translation>
    </message>
    <message>
        <source>on {computer}</source>
        <translation>{computer}で実行</translation>
    </message>
    <message>
        <source>{ttft} s to first token · {speed} tokens/s · {tokens} · {ending} · {where}</source>
        <translation>最初のトークンまで{ttft}秒 · {speed}トークン/秒 · {tokens} · {ending} · {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%nトークン</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message the model… (Enter sends, Shift+Enter for a new line)</source>
        <translation>モデルへのメッセージ…（Enterで送信、Shift+Enterで改行）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops a reply, Tab leaves the message</source>
        <translation>Enterで送信、Shift+Enterで改行、Escで返答を停止、Tabでメッセージ欄から移動</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>新しいチャットを開始 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>チャットを検索</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Right-click a chat to rename, duplicate, export or delete it</source>
        <translation>チャットを右クリックすると、名前の変更、複製、エクスポート、削除ができます</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Markdownとしてエクスポート…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>チャットの名前を変更</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>チャットをエクスポート</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The chat could not be saved there</source>
        <translation>チャットをそこに保存できませんでした</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages?</source>
        <translation>「{title}」とそのすべてのメッセージを削除しますか？</translation>
    </message>
    <message>
        <source>Delete this chat and all its messages?</source>
        <translation>このチャットとそのすべてのメッセージを削除しますか？</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>チャットを削除</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%nトークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models</source>
        <translation>
            <numerusform>%n個のモデル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reused} of %Ln prompt tokens reused</source>
        <translation>
            <numerusform>プロンプトの %Ln トークン中 {reused} を再利用</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>All tasks</source>
        <translation>すべてのタスク</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Documents search</source>
        <translation>ドキュメント検索</translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation>すべてのライセンス</translation>
    </message>
    <message>
        <source>Business use allowed</source>
        <translation>商用利用可</translation>
    </message>
    <message>
        <source>Free licences only (Apache, MIT)</source>
        <translation>フリーライセンスのみ (Apache、MIT)</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>すべてのサイズ</translation>
    </message>
    <message>
        <source>Small (under 3 GB)</source>
        <translation>小 (3 GB未満)</translation>
    </message>
    <message>
        <source>Medium (3–10 GB)</source>
        <translation>中 (3–10 GB)</translation>
    </message>
    <message>
        <source>Large (over 10 GB)</source>
        <translation>大 (10 GB超)</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>探す</translation>
    </message>
    <message>
        <source>Help me choose</source>
        <translation>選び方ガイド</translation>
    </message>
    <message>
        <source>Help me choose a model</source>
        <translation>モデル選びガイド</translation>
    </message>
    <message>
        <source>Answer two questions and get up to three models that suit you and this computer</source>
        <translation>2つの質問に答えると、あなたとこのコンピューターに合うモデルを最大3つ提案します</translation>
    </message>
    <message>
        <source>Open models you can run privately. The best fits for this computer come first; pick the smallest model that does what you need.</source>
        <translation>プライベートに実行できるオープンなモデルです。このコンピューターに合うものから順に表示します。必要なことができる、いちばん小さいモデルを選んでください。</translation>
    </message>
    <message>
        <source>Search models (Ctrl+F)</source>
        <translation>モデルを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>モデルを検索</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>ダウンロードサイズ</translation>
    </message>
    <message>
        <source>Fits this computer</source>
        <translation>このコンピューターに合う</translation>
    </message>
    <message>
        <source>Only models that fit this computer</source>
        <translation>このコンピューターに合うモデルのみ</translation>
    </message>
    <message>
        <source>No model matches these filters.</source>
        <translation>条件に合うモデルはありません。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Show every model again</source>
        <translation>すべてのモデルを再表示</translation>
    </message>
    <message>
        <source>Hearth&apos;s picks, best fits first</source>
        <translation>Hearthのおすすめ（合うものから順に）</translation>
    </message>
    <message>
        <source>Where to look for models</source>
        <translation>モデルの探し先</translation>
    </message>
    <message>
        <source>Hearth&apos;s picks</source>
        <translation>Hearthのおすすめ</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Hugging Faceを検索</translation>
    </message>
    <message>
        <source>Checking which models run on this computer…</source>
        <translation>このコンピューターで動くモデルを確認中…</translation>
    </message>
    <message numerus="yes">
        <source>%n models · {runs} run on this computer</source>
        <translation>
            <numerusform>%n個のモデル · このコンピューターで{runs}個が動作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models · checking your computer…</source>
        <translation>
            <numerusform>%n個のモデル · コンピューターを確認中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {model}, chosen in Help me choose. Your other filters were cleared.</source>
        <translation>「選び方ガイド」で選んだ{model}を表示しています。他のフィルターはクリアしました。</translation>
    </message>
    <message>
        <source>Showing {model}, chosen in Help me choose.</source>
        <translation>「選び方ガイド」で選んだ{model}を表示しています。</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>このコンピューターには大きすぎます</translation>
    </message>
    <message>
        <source>{model} {quant} is too large for this computer.

{reason}

Download it anyway?</source>
        <translation>{model} {quant}はこのコンピューターには大きすぎます。

{reason}

それでもダウンロードしますか？</translation>
    </message>
</context>
<context>
    <name>DocumentSources</name>
    <message>
        <source>{file}, page {page} · score {score}</source>
        <translation>{file}、{page}ページ · スコア{score}</translation>
    </message>
    <message>
        <source>{file} · score {score}</source>
        <translation>{file} · スコア{score}</translation>
    </message>
    <message>
        <source>Read the documents whole. The passages closest to the question:</source>
        <translation>ドキュメント全体を読みました。質問に最も近い抜粋:</translation>
    </message>
    <message numerus="yes">
        <source>Answered from %n passages found in the documents:</source>
        <translation>
            <numerusform>ドキュメント内の%n件の抜粋から答えました:</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask again, reading the documents whole</source>
        <translation>ドキュメント全体を読んで再質問</translation>
    </message>
    <message>
        <source>Loads the model again with a context of {tokens} tokens, then asks the same question</source>
        <translation>コンテキスト{tokens}トークンでモデルを読み込み直してから、同じ質問をします</translation>
    </message>
    <message>
        <source>Open {file}</source>
        <translation>{file}を開く</translation>
    </message>
    <message>
        <source>The question and these passages were sent to {where}: they left this computer.</source>
        <translation>質問とこれらの抜粋は{where}に送信され、このコンピューターの外に出ました。</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>This question is about the documents as a whole, but only {kept} passages were read. Loaded with a context of {needed:,} tokens (this model allows {trained:,}), it could read all of them whole: use the whole documents.</source>
        <comment>documents.whole-question-could-fit</comment>
        <translation>この質問はドキュメント全体に関するものですが、読んだのは{kept}件の抜粋だけです。コンテキスト{needed:,}トークンで読み込めば（このモデルの上限は{trained:,}）、すべてを丸ごと読めます。ドキュメント全体を読んで再質問してください。</translation>
    </message>
    <message>
        <source>This question is about the documents as a whole, but they are too long for this model to read whole (about {whole:,} tokens; it has room for {context:,}). The answer saw only {kept} of {passages} passages, from {files} of {all_files} files: anything counted or summed up covers those passages only.</source>
        <comment>documents.whole-question-too-long</comment>
        <translation>この質問はドキュメント全体に関するものですが、このモデルが丸ごと読むには長すぎます（約{whole:,}トークン。入るのは{context:,}まで）。回答は{passages}件の抜粋のうち{kept}件（{all_files}個のファイルのうち{files}個から）しか見ていません。数えたり合計したりした結果は、それらの抜粋だけが対象です。</translation>
    </message>
    <message>
        <source>This collection&apos;s embedding model is not on this computer any more; add its documents again on the Documents page with an embedding model that is.</source>
        <comment>documents.embedding-model-gone</comment>
        <translation>このコレクションの埋め込みモデルは、もうこのコンピューターにありません。「ドキュメント」ページで、このコンピューターにある埋め込みモデルを使ってドキュメントを追加し直してください。</translation>
    </message>
    <message>
        <source>The attached documents could not be read: {problems}.</source>
        <comment>documents.attachments-unreadable</comment>
        <translation>添付したドキュメントを読み込めませんでした: {problems}。</translation>
    </message>
    <message>
        <source>There is no collection named “{name}”.</source>
        <comment>documents.unknown-collection</comment>
        <translation>「{name}」という名前のコレクションはありません。</translation>
    </message>
    <message>
        <source>Reading documents needs an embedding model, and none is on this computer: download one (Discover, Documents search; or `hearth models --task embeddings`) or name a GGUF file with --embedder.</source>
        <comment>documents.no-embedding-model</comment>
        <translation>ドキュメントを読むには埋め込みモデルが必要ですが、このコンピューターにはありません。ダウンロードする（「探す」の「ドキュメント検索」、または `hearth models --task embeddings`）か、--embedder でGGUFファイルを指定してください。</translation>
    </message>
    <message>
        <source>This collection was indexed with another embedding model; index it again to search it by meaning.</source>
        <comment>documents.needs-reindex</comment>
        <translation>このコレクションは別の埋め込みモデルでインデックスが作成されています。意味で検索するには、インデックスを作成し直してください。</translation>
    </message>
</context>
<context>
    <name>DocumentsDropZone</name>
    <message>
        <source>Drop documents or folders here</source>
        <translation>ここにドキュメントやフォルダーをドロップ</translation>
    </message>
    <message>
        <source>Text, Markdown, PDF, Word (docx), web pages (html) and Hearth transcripts (json).</source>
        <translation>テキスト、Markdown、PDF、Word (docx)、Webページ (html)、Hearthの文字起こし (json)。</translation>
    </message>
    <message>
        <source>Choose documents to add</source>
        <translation>追加するドキュメントを選択</translation>
    </message>
    <message>
        <source>Choose a folder of documents to add</source>
        <translation>追加するドキュメントのフォルダーを選択</translation>
    </message>
    <message>
        <source>Documents ({patterns});;All (*)</source>
        <translation>ドキュメント ({patterns});;すべて (*)</translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation>ドキュメントを選択</translation>
    </message>
    <message>
        <source>Choose a folder of documents</source>
        <translation>ドキュメントのフォルダーを選択</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation>マイドキュメント</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Your files stay on this computer: Hearth reads them here and keeps an index beside its settings. In Chat, choose a collection to ask about it.</source>
        <translation>ファイルはこのコンピューターから出ません。Hearthはここでファイルを読み、設定と同じ場所にインデックスを保存します。「チャット」でコレクションを選ぶと、その内容について質問できます。</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Collection name, e.g. Family papers</source>
        <translation>コレクション名（例: 家族の書類）</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>コレクション名</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>埋め込みモデル</translation>
    </message>
    <message>
        <source>The embedding model that indexes the documents (an embedding GGUF in My Models)</source>
        <translation>ドキュメントのインデックスを作成する埋め込みモデル（「マイモデル」にある埋め込み用GGUF）</translation>
    </message>
    <message>
        <source>Check for changes</source>
        <translation>変更を確認</translation>
    </message>
    <message>
        <source>Check the chosen collection for changes</source>
        <translation>選択したコレクションの変更を確認</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>コレクションを削除</translation>
    </message>
    <message>
        <source>Remove the chosen collection</source>
        <translation>選択したコレクションを削除</translation>
    </message>
    <message>
        <source>What the buttons act on</source>
        <translation>ボタンの操作対象</translation>
    </message>
    <message>
        <source>No embedding model yet: get one in Discover (Documents search)</source>
        <translation>埋め込みモデルがまだありません。「探す」の「ドキュメント検索」で入手してください</translation>
    </message>
    <message>
        <source>No collection yet: drop files or folders above to make one.</source>
        <translation>コレクションはまだありません。上にファイルやフォルダーをドロップして作成してください。</translation>
    </message>
    <message>
        <source>Click a collection in the list to check it for changes or remove it.</source>
        <translation>リストのコレクションをクリックすると、変更の確認や削除ができます。</translation>
    </message>
    <message>
        <source>Chosen: “{name}”.</source>
        <translation>選択中: 「{name}」</translation>
    </message>
    <message>
        <source>Read again what changed in the files of “{name}”</source>
        <translation>「{name}」のファイルで変更された部分を読み直す</translation>
    </message>
    <message>
        <source>Wait until the indexing in progress has finished.</source>
        <translation>進行中のインデックス作成が終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>Remove “{name}” from Hearth; your files themselves stay</source>
        <translation>「{name}」をHearthから削除します。ファイル自体は残ります</translation>
    </message>
    <message>
        <source>Choose an embedding model first: it reads the documents so that Hearth can find the right parts.</source>
        <translation>先に埋め込みモデルを選んでください。埋め込みモデルがドキュメントを読むことで、Hearthは該当する部分を見つけられます。</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; add the documents again in a moment.</source>
        <translation>Hearthはまだこのコンピューターを調べています。少ししてから、もう一度ドキュメントを追加してください。</translation>
    </message>
    <message>
        <source>The collection “{name}” is indexed. {summary}</source>
        <translation>コレクション「{name}」のインデックスを作成しました。{summary}</translation>
    </message>
    <message>
        <source>Indexing the collection “{name}” failed.</source>
        <translation>コレクション「{name}」のインデックス作成に失敗しました。</translation>
    </message>
    <message>
        <source>Remove the collection “{name}”?

Hearth forgets its index, and the chat can no longer answer from it. Your files themselves are not deleted: they stay where they are.</source>
        <translation>コレクション「{name}」を削除しますか？

Hearthはそのインデックスを破棄し、チャットではこのコレクションから回答できなくなります。ファイル自体は削除されず、元の場所に残ります。</translation>
    </message>
    <message>
        <source>The collection “{name}” was removed; your documents themselves were not touched.</source>
        <translation>コレクション「{name}」を削除しました。ドキュメント自体には手を加えていません。</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>再試行中</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>検証中</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>インストール中</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove from this list (the model stays installed)</source>
        <translation>このリストから削除（モデルはインストールされたまま）</translation>
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
        <translation>{size}/秒</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <source>Paused at {done} of {total}</source>
        <translation>{done} / {total}で一時停止中</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Download of {name}: {percent}%</source>
        <translation>{name}のダウンロード: {percent}%</translation>
    </message>
    <message>
        <source>Pause the download of {name}</source>
        <translation>{name}のダウンロードを一時停止</translation>
    </message>
    <message>
        <source>Resume the download of {name}</source>
        <translation>{name}のダウンロードを再開</translation>
    </message>
    <message>
        <source>Retry the download of {name}</source>
        <translation>{name}のダウンロードを再試行</translation>
    </message>
    <message>
        <source>Cancel the download of {name}</source>
        <translation>{name}のダウンロードをキャンセル</translation>
    </message>
    <message>
        <source>Remove {name} from this list</source>
        <translation>{name}をこのリストから削除</translation>
    </message>
</context>
<context>
    <name>DownloadScreen</name>
    <message>
        <source>The chat opens by itself, with the model loaded, as soon as it is here. Skip keeps the download going in the background (Downloads, {shortcut}).</source>
        <translation>モデルが届きしだい、読み込まれた状態でチャットが自動的に開きます。「スキップ」してもダウンロードはバックグラウンドで続きます（ダウンロード、{shortcut}）。</translation>
    </message>
    <message>
        <source>Downloading {model}</source>
        <translation>{model}をダウンロード中</translation>
    </message>
</context>
<context>
    <name>DownloadSettings</name>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Download from</source>
        <translation>ダウンロード元</translation>
    </message>
    <message>
        <source>Download address</source>
        <translation>ダウンロードのアドレス</translation>
    </message>
    <message>
        <source>Leave this empty to download from Hugging Face itself. Fill it in only if you use a mirror.</source>
        <translation>Hugging Face本体からダウンロードする場合は空欄のままにします。ミラーを使う場合のみ入力してください。</translation>
    </message>
    <message>
        <source>Downloads at the same time</source>
        <translation>同時ダウンロード数</translation>
    </message>
    <message>
        <source>One at a time finishes each model sooner on a slow connection.</source>
        <translation>回線が遅い場合は、1つずつのほうが各モデルが早く完了します。</translation>
    </message>
    <message>
        <source>This is not a web address Hearth can use. It should look like https://hf-mirror.com, or stay empty.</source>
        <translation>Hearthが使えるWebアドレスではありません。https://hf-mirror.com のような形式にするか、空欄にしてください。</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>Offline mode is on, so Hearth makes no network connection. Turn it off in Settings to download.</source>
        <comment>downloads.offline-mode</comment>
        <translation>オフラインモードがオンのため、Hearthはネットワークに接続しません。ダウンロードするには「設定」でオフにしてください。</translation>
    </message>
    <message>
        <source>Asking Hugging Face about the files</source>
        <comment>downloads.asking</comment>
        <translation>Hugging Faceにファイルを問い合わせ中</translation>
    </message>
    <message>
        <source>Checking the model files</source>
        <comment>downloads.checking-files</comment>
        <translation>モデルファイルを確認中</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a Hugging Face repository name like &apos;owner/model-GGUF&apos;.</source>
        <comment>downloads.bad-repo-name</comment>
        <translation>「{repo}」はHugging Faceのリポジトリ名ではありません（「owner/model-GGUF」のような形式です）。</translation>
    </message>
    <message>
        <source>Name at least one file of the repository to download.</source>
        <comment>downloads.no-files-named</comment>
        <translation>ダウンロードするリポジトリのファイルを1つ以上指定してください。</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <comment>downloads.seconds-left</comment>
        <translation>残り{seconds}秒</translation>
    </message>
    <message>
        <source>{minutes} min left</source>
        <comment>downloads.minutes-left</comment>
        <translation>残り{minutes}分</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min left</source>
        <comment>downloads.hours-left</comment>
        <translation>残り{hours}時間{minutes}分</translation>
    </message>
    <message>
        <source>Hugging Face did not say how large {name} is; try again later.</source>
        <comment>downloads.size-unknown</comment>
        <translation>Hugging Faceから{name}のサイズがわかりませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Not enough disk space: this download needs {needed} more, but only {free} is free on the disk that holds {folder}. Free some space or choose another models folder in Settings.</source>
        <comment>downloads.not-enough-disk</comment>
        <translation>ディスクの空き容量が足りません。このダウンロードにはあと{needed}必要ですが、{folder}があるディスクの空きは{free}しかありません。空き容量を増やすか、「設定」で別のモデルフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Checking what is here</source>
        <comment>downloads.checking-what-is-here</comment>
        <translation>ここにあるものを確認中</translation>
    </message>
    <message>
        <source>The download of {name} keeps failing ({reason}). What arrived is kept: press Retry to continue from there.</source>
        <comment>downloads.download-keeps-failing</comment>
        <translation>{name}のダウンロードが何度も失敗しています（{reason}）。受信済みの部分は残っています。「再試行」を押すと続きから再開します。</translation>
    </message>
    <message>
        <source>{reason}; trying again in {delay:.0f} s (attempt {attempt} of {attempts})</source>
        <comment>downloads.retrying</comment>
        <translation>{reason}。{delay:.0f}秒後に再試行します（{attempt}/{attempts}回目）</translation>
    </message>
    <message>
        <source>{name} arrived damaged (its checksum does not match the published one), so it was deleted and nothing was installed. Try the download again.</source>
        <comment>downloads.corrupt-download</comment>
        <translation>{name}が破損した状態で届きました（チェックサムが公開値と一致しません）。そのため削除し、何もインストールしていません。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>Hugging Face is busy ({status})</source>
        <comment>downloads.retry-busy</comment>
        <translation>Hugging Faceが混み合っています（{status}）</translation>
    </message>
    <message>
        <source>The server restarted the file from the beginning</source>
        <comment>downloads.retry-restarted</comment>
        <translation>サーバーがファイルを最初から送り直しました</translation>
    </message>
    <message>
        <source>The disk is full. What has arrived is kept: free some space, then press Retry to continue the download.</source>
        <comment>downloads.disk-full</comment>
        <translation>ディスクがいっぱいです。受信済みの部分は残っています。空き容量を増やしてから「再試行」を押すと、ダウンロードを再開します。</translation>
    </message>
    <message>
        <source>The connection closed early</source>
        <comment>downloads.retry-closed-early</comment>
        <translation>接続が途中で閉じられました</translation>
    </message>
    <message>
        <source>The connection dropped ({error})</source>
        <comment>downloads.retry-dropped</comment>
        <translation>接続が切れました（{error}）</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Nothing is downloading. Start a download from Discover.</source>
        <translation>ダウンロード中のものはありません。「探す」からダウンロードを開始してください。</translation>
    </message>
    <message>
        <source>{name} is downloaded and installed.</source>
        <translation>{name}をダウンロードしてインストールしました。</translation>
    </message>
    <message>
        <source>The download of {name} failed: {reason}</source>
        <translation>{name}のダウンロードに失敗しました: {reason}</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Audio ({audio} …) and video ({video} …), or a whole folder.</source>
        <translation>音声 ({audio} …) と動画 ({video} …)、またはフォルダーごと。</translation>
    </message>
    <message>
        <source>Drop recordings or videos here</source>
        <translation>ここに録音や動画をドロップ</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>Choose files to add</source>
        <translation>追加するファイルを選択</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>フォルダーを選択…</translation>
    </message>
    <message>
        <source>Choose a folder to add</source>
        <translation>追加するフォルダーを選択</translation>
    </message>
    <message>
        <source>Recordings and videos ({patterns});;All files (*)</source>
        <translation>録音と動画 ({patterns});;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose recordings</source>
        <translation>録音を選択</translation>
    </message>
    <message>
        <source>Choose a folder of recordings</source>
        <translation>録音のフォルダーを選択</translation>
    </message>
</context>
<context>
    <name>Engines</name>
    <message>
        <source>This model has no chat format of its own (it is a base model), so Hearth writes the conversation as plain “User:” and “Assistant:” lines. Its answers may wander or continue the conversation by themselves.</source>
        <comment>engines.plain-chat-format</comment>
        <translation>このモデルには独自のチャット形式がありません（ベースモデルです）。そのためHearthは、会話を単純な「User:」「Assistant:」の行として書きます。回答が脱線したり、勝手に会話を続けたりすることがあります。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template is broken, so Hearth cannot talk to it.</source>
        <comment>engines.chat-template-failed</comment>
        <translation>このモデルのチャットテンプレートが壊れているため、Hearthはこのモデルと会話できません。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not write out the conversation.</source>
        <comment>engines.chat-template-failed-writing</comment>
        <translation>このモデルのチャットテンプレートで会話を書き出せませんでした。</translation>
    </message>
    <message>
        <source>The model stopped with an error while writing its reply.</source>
        <comment>engines.generation-failed</comment>
        <translation>返答の作成中にエラーが起きて、モデルが停止しました。</translation>
    </message>
    <message>
        <source>{name} could not be loaded as an embedding model: the file may be damaged, or not an embedding model.</source>
        <comment>engines.model-load-failed</comment>
        <translation>{name}を埋め込みモデルとして読み込めませんでした。ファイルが破損しているか、埋め込みモデルではない可能性があります。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <comment>engines.embedding-cancelled</comment>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>No embedding model is loaded.</source>
        <comment>engines.no-model-loaded</comment>
        <translation>埋め込みモデルが読み込まれていません。</translation>
    </message>
    <message>
        <source>{name} could not be loaded: the file may be damaged, or made for a newer version of llama.cpp than the one in Hearth.</source>
        <comment>engines.load-failed-damaged</comment>
        <translation>{name}を読み込めませんでした。ファイルが破損しているか、Hearthに含まれるものより新しいバージョンのllama.cpp用に作られている可能性があります。</translation>
    </message>
    <message>
        <source>Earlier images in this chat are not shown to this model: it cannot see images.</source>
        <comment>engines.earlier-images-hidden</comment>
        <translation>このモデルは画像を認識できないため、このチャットの以前の画像はモデルに渡されません。</translation>
    </message>
    <message>
        <source>This text is too long for the model&apos;s memory (its context); shorten it.</source>
        <comment>engines.message-too-long</comment>
        <translation>このテキストはモデルのメモリ（コンテキスト）に対して長すぎます。短くしてください。</translation>
    </message>
    <message>
        <source>The model could not read the images in this conversation.</source>
        <comment>engines.images-unreadable</comment>
        <translation>モデルがこの会話の画像を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Load a model before starting a chat.</source>
        <comment>engines.no-model-for-chat</comment>
        <translation>チャットを始める前にモデルを読み込んでください。</translation>
    </message>
    <message>
        <source>{count} earlier message was left out so the conversation fits in the model&apos;s memory; the model no longer sees them.</source>
        <comment>engines.message-left-out</comment>
        <translation>会話をモデルのメモリに収めるため、以前のメッセージ{count}件を省きました。モデルにはもう見えていません。</translation>
    </message>
    <message>
        <source>{count} earlier messages were left out so the conversation fits in the model&apos;s memory; the model no longer sees them.</source>
        <comment>engines.messages-left-out</comment>
        <translation>会話をモデルのメモリに収めるため、以前のメッセージ{count}件を省きました。モデルにはもう見えていません。</translation>
    </message>
    <message>
        <source>The rules this reply must follow (its grammar) could not be read.</source>
        <comment>engines.grammar-unreadable</comment>
        <translation>この返答が従うべきルール（文法）を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Your message is too long for this model&apos;s memory: with room for a {reply_room}-token reply it needs about {needed} tokens, and the model was loaded with room for {context}. Shorten the message, ask for a shorter reply, or load the model with a longer context.</source>
        <comment>engines.message-too-long-for-reply</comment>
        <translation>メッセージがこのモデルのメモリに対して長すぎます。{reply_room}トークンの返答分を含めると約{needed}トークン必要ですが、モデルは{context}の空きで読み込まれています。メッセージを短くするか、短い返答を求めるか、より長いコンテキストでモデルを読み込んでください。</translation>
    </message>
    <message>
        <source>Hearth&apos;s chat engine (llama.cpp) could not be started on this computer; reinstalling Hearth usually fixes this.</source>
        <comment>engines.engine-unavailable</comment>
        <translation>Hearthのチャットエンジン (llama.cpp) をこのコンピューターで起動できませんでした。通常はHearthを再インストールすると直ります。</translation>
    </message>
    <message>
        <source>Hearth&apos;s image engine (llama.cpp&apos;s mtmd) could not be started on this computer; reinstalling Hearth usually fixes this.</source>
        <comment>engines.image-engine-unavailable</comment>
        <translation>Hearthの画像エンジン (llama.cppのmtmd) をこのコンピューターで起動できませんでした。通常はHearthを再インストールすると直ります。</translation>
    </message>
    <message>
        <source>The vision companion {name} could not be read. {message}</source>
        <comment>engines.companion-unreadable</comment>
        <translation>ビジョン補助ファイル{name}を読み込めませんでした。{message}</translation>
    </message>
    <message>
        <source>The vision companion {name} does not work with this model: it was probably made for a different model. Pair the model with the mmproj file published beside it.</source>
        <comment>engines.companion-mismatch</comment>
        <translation>ビジョン補助ファイル{name}はこのモデルでは使えません。別のモデル用に作られたものと思われます。モデルと一緒に公開されているmmprojファイルを組み合わせてください。</translation>
    </message>
    <message>
        <source>The model&apos;s vision companion could not read this image.</source>
        <comment>engines.companion-unreadable-image</comment>
        <translation>モデルのビジョン補助ファイルでこの画像を読み込めませんでした。</translation>
    </message>
    <message>
        <source>This image needs about {newest:,} tokens of the model&apos;s memory, and with room for a reply that is more than the {context:,} it was loaded with. Send fewer images, or load the model with a longer context (Options).</source>
        <comment>engines.image-does-not-fit</comment>
        <translation>この画像にはモデルのメモリが約{newest:,}トークン必要で、返答分を含めると、読み込み時の{context:,}を超えます。画像を減らすか、より長いコンテキストでモデルを読み込んでください（「オプション」）。</translation>
    </message>
    <message>
        <source>These {count} images need about {newest:,} tokens of the model&apos;s memory, and with room for a reply that is more than the {context:,} it was loaded with. Send fewer images, or load the model with a longer context (Options).</source>
        <comment>engines.images-do-not-fit</comment>
        <translation>この{count}枚の画像にはモデルのメモリが約{newest:,}トークン必要で、返答分を含めると、読み込み時の{context:,}を超えます。画像を減らすか、より長いコンテキストでモデルを読み込んでください（「オプション」）。</translation>
    </message>
    <message>
        <source>Images and text now fill about {percent}% of the model&apos;s memory, and the model reads every image again with each message. Soon the earliest messages and their images will be left out; a new chat, or a longer context in Options, gives more room.</source>
        <comment>engines.images-crowd-memory</comment>
        <translation>画像とテキストがモデルのメモリの約{percent}%を占めています。また、モデルはメッセージのたびにすべての画像を読み直します。まもなく最も古いメッセージとその画像が省かれます。新しいチャットを始めるか、「オプション」でコンテキストを長くすると余裕ができます。</translation>
    </message>
    <message>
        <source>This model cannot see images. Choose a model marked “sees images”, or pair this one with its vision companion (an mmproj file) in My Models.</source>
        <comment>engines.cannot-see-images</comment>
        <translation>このモデルは画像を認識できません。「画像対応」と表示されたモデルを選ぶか、「マイモデル」でこのモデルにビジョン補助ファイル（mmproj ファイル）を組み合わせてください。</translation>
    </message>
    <message>
        <source>{name} has no sound track, so there is nothing to transcribe.</source>
        <comment>engines.recording-no-sound-track</comment>
        <translation>{name}には音声トラックがないため、文字起こしするものがありません。</translation>
    </message>
    <message>
        <source>{name} is cut short: it should last {declared}, but only {read} of it could be read. It may not have finished copying or downloading.</source>
        <comment>engines.recording-cut-short</comment>
        <translation>{name}は途中で切れています。長さは{declared}のはずですが、読み込めたのは{read}だけです。コピーやダウンロードが終わっていない可能性があります。</translation>
    </message>
    <message>
        <source>{name} holds no sound that could be read; it may be damaged.</source>
        <comment>engines.recording-no-sound</comment>
        <translation>{name}には読み込める音声がありません。破損している可能性があります。</translation>
    </message>
    <message>
        <source>There is no file at {path}; it may have been moved or deleted.</source>
        <comment>engines.recording-missing</comment>
        <translation>{path}にファイルがありません。移動または削除された可能性があります。</translation>
    </message>
    <message>
        <source>{name} could not be opened: {strerror}.</source>
        <comment>engines.recording-unopened</comment>
        <translation>{name}を開けませんでした: {strerror}。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a recording.</source>
        <comment>engines.recording-is-folder</comment>
        <translation>{name}はフォルダーで、録音ではありません。</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes). It may not have finished copying.</source>
        <comment>engines.recording-empty</comment>
        <translation>{name}は空です（0バイト）。コピーが終わっていない可能性があります。</translation>
    </message>
    <message>
        <source>{name} is cut short: it should last {declared}, but only {read} of it is in the file. It may not have finished copying or downloading.</source>
        <comment>engines.recording-cut-short-in-file</comment>
        <translation>{name}は途中で切れています。長さは{declared}のはずですが、ファイルには{read}しかありません。コピーやダウンロードが終わっていない可能性があります。</translation>
    </message>
    <message>
        <source>{name} is not a recording Hearth can read: it is not audio or video, or it is damaged.</source>
        <comment>engines.recording-unreadable</comment>
        <translation>{name}はHearthが読み込める録音ではありません。音声や動画ではないか、破損しています。</translation>
    </message>
    <message>
        <source>{name} is not a Whisper model: a faster-whisper model folder holds model.bin and config.json.</source>
        <comment>engines.speech-model-unusable</comment>
        <translation>{name}はWhisperモデルではありません。faster-whisperのモデルフォルダーにはmodel.binとconfig.jsonが入っています。</translation>
    </message>
    <message>
        <source>The graphics card could not be used for {name}, so it runs on the processor instead.</source>
        <comment>engines.speech-on-processor</comment>
        <translation>{name}にグラフィックカードを使えなかったため、代わりにプロセッサーで実行します。</translation>
    </message>
    <message>
        <source>Reading the recording…</source>
        <comment>engines.reading-recording</comment>
        <translation>録音を読み込み中…</translation>
    </message>
    <message>
        <source>Loading the speech model {name}…</source>
        <comment>engines.loading-speech-model</comment>
        <translation>音声モデル{name}を読み込み中…</translation>
    </message>
    <message>
        <source>Finding the speech and the language…</source>
        <comment>engines.finding-speech-language</comment>
        <translation>音声と言語を検出中…</translation>
    </message>
    <message>
        <source>Finding the speech…</source>
        <comment>engines.finding-speech</comment>
        <translation>音声を検出中…</translation>
    </message>
    <message>
        <source>No speech was found in this recording.</source>
        <comment>engines.no-speech</comment>
        <translation>この録音には音声が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Whisper stopped with an error while transcribing {name}.</source>
        <comment>engines.transcription-failed</comment>
        <translation>{name}の文字起こし中にエラーが起きて、Whisperが停止しました。</translation>
    </message>
    <message>
        <source>Removed {count} repeated lines (Whisper was repeating itself).</source>
        <comment>engines.repeats-removed</comment>
        <translation>繰り返された{count}行を削除しました（Whisperが同じ内容を繰り返していました）。</translation>
    </message>
    <message>
        <source>{name} understands English only.</source>
        <comment>engines.english-only</comment>
        <translation>{name}は英語のみに対応しています。</translation>
    </message>
    <message>
        <source>“{language}” is not a language Whisper knows; use a code such as en, fr, de or es.</source>
        <comment>engines.unknown-language</comment>
        <translation>「{language}」はWhisperが知っている言語ではありません。en、fr、de、esのようなコードを使ってください。</translation>
    </message>
    <message>
        <source>The speech model {name} could not be loaded; its files may be damaged or incomplete.</source>
        <comment>engines.speech-model-load-failed</comment>
        <translation>音声モデル{name}を読み込めませんでした。ファイルが破損しているか、不完全な可能性があります。</translation>
    </message>
</context>
<context>
    <name>EvalChecks</name>
    <message>
        <source>Hearth does not run this check</source>
        <comment>evals.unsupported</comment>
        <translation>Hearthはこのチェックを実行しません</translation>
    </message>
    <message>
        <source>A check&apos;s weight must be a number, 0 or more (this “{type}” check has {weight}).</source>
        <comment>evals.bad-weight</comment>
        <translation>チェックの重みは0以上の数値である必要があります（この「{type}」チェックは{weight}です）。</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check is not JSON ({error}).</source>
        <comment>evals.schema-not-json</comment>
        <translation>この「{type}」チェックのスキーマはJSONではありません（{error}）。</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check must be a JSON object.</source>
        <comment>evals.schema-not-object</comment>
        <translation>この「{type}」チェックのスキーマはJSONオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check is not a valid JSON schema: {problem}.</source>
        <comment>evals.schema-invalid</comment>
        <translation>この「{type}」チェックのスキーマは有効なJSONスキーマではありません: {problem}。</translation>
    </message>
    <message>
        <source>The reply is not valid JSON ({error} at line {line}, column {column}).</source>
        <comment>evals.not-json</comment>
        <translation>返答は有効なJSONではありません（{line}行{column}列目: {error}）。</translation>
    </message>
    <message>
        <source>The reply is valid JSON.</source>
        <comment>evals.json</comment>
        <translation>返答は有効なJSONです。</translation>
    </message>
    <message>
        <source>Valid JSON, but {problem}.</source>
        <comment>evals.json-not-schema</comment>
        <translation>有効なJSONですが、{problem}。</translation>
    </message>
    <message>
        <source>The reply is valid JSON that matches the schema.</source>
        <comment>evals.json-schema</comment>
        <translation>返答はスキーマに合う有効なJSONです。</translation>
    </message>
    <message>
        <source>The reply contains no JSON object.</source>
        <comment>evals.no-json-object</comment>
        <translation>返答にJSONオブジェクトが含まれていません。</translation>
    </message>
    <message>
        <source>The reply contains a JSON object.</source>
        <comment>evals.json-object</comment>
        <translation>返答にJSONオブジェクトが含まれています。</translation>
    </message>
    <message>
        <source>The reply contains a JSON object that matches the schema.</source>
        <comment>evals.json-object-schema</comment>
        <translation>返答にスキーマに合うJSONオブジェクトが含まれています。</translation>
    </message>
    <message>
        <source>The reply contains JSON, but {problem}.</source>
        <comment>evals.json-object-not-schema</comment>
        <translation>返答にJSONが含まれていますが、{problem}。</translation>
    </message>
    <message>
        <source>Hearth cannot use this check&apos;s schema ({error}).</source>
        <comment>evals.schema-unusable</comment>
        <translation>Hearthはこのチェックのスキーマを使えません（{error}）。</translation>
    </message>
    <message>
        <source>{problem} (and 1 more problem)</source>
        <comment>evals.schema-one-more</comment>
        <translation>{problem}（ほかに問題が1件）</translation>
    </message>
    <message>
        <source>{problem} (and {more} more problems)</source>
        <comment>evals.schema-more</comment>
        <translation>{problem}（ほかに問題が{more}件）</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>evals.type-string</comment>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an integer</source>
        <comment>evals.type-integer</comment>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>evals.type-number</comment>
        <translation>数値</translation>
    </message>
    <message>
        <source>true or false</source>
        <comment>evals.type-boolean</comment>
        <translation>trueまたはfalse</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>evals.type-object</comment>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>a list</source>
        <comment>evals.type-array</comment>
        <translation>リスト</translation>
    </message>
    <message>
        <source>null</source>
        <comment>evals.type-null</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>the JSON</source>
        <comment>evals.schema-the-json</comment>
        <translation>JSON全体</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <comment>evals.schema-either</comment>
        <translation>{first}または{second}</translation>
    </message>
    <message>
        <source>{where} must be {kind}</source>
        <comment>evals.schema-type</comment>
        <translation>{where}は{kind}である必要があります</translation>
    </message>
    <message>
        <source>{names} is missing from {where}</source>
        <comment>evals.schema-required-one</comment>
        <translation>{where}に{names}がありません</translation>
    </message>
    <message>
        <source>{names} are missing from {where}</source>
        <comment>evals.schema-required</comment>
        <translation>{where}に{names}がありません</translation>
    </message>
    <message>
        <source>{where} must be {values}</source>
        <comment>evals.schema-enum</comment>
        <translation>{where}は{values}である必要があります</translation>
    </message>
    <message>
        <source>{where} has {names}, which the schema does not allow</source>
        <comment>evals.schema-extra</comment>
        <translation>{where}に{names}がありますが、スキーマで許可されていません</translation>
    </message>
    <message>
        <source>{where} must be at least {bound}</source>
        <comment>evals.schema-minimum</comment>
        <translation>{where}は{bound}以上である必要があります</translation>
    </message>
    <message>
        <source>{where} must be at most {bound}</source>
        <comment>evals.schema-maximum</comment>
        <translation>{where}は{bound}以下である必要があります</translation>
    </message>
    <message>
        <source>{where} must be more than {bound}</source>
        <comment>evals.schema-more-than</comment>
        <translation>{where}は{bound}より大きい必要があります</translation>
    </message>
    <message>
        <source>{where} must be less than {bound}</source>
        <comment>evals.schema-less-than</comment>
        <translation>{where}は{bound}未満である必要があります</translation>
    </message>
    <message>
        <source>{where} must match the pattern {pattern}</source>
        <comment>evals.schema-pattern</comment>
        <translation>{where}はパターン{pattern}に一致する必要があります</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <comment>evals.schema-other</comment>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{where} has {count} item, where at least {bound} are asked for</source>
        <comment>evals.min-item</comment>
        <translation>{where}の項目は{count}個ですが、{bound}個以上が必要です</translation>
    </message>
    <message>
        <source>{where} has {count} items, where at least {bound} are asked for</source>
        <comment>evals.min-items</comment>
        <translation>{where}の項目は{count}個ですが、{bound}個以上が必要です</translation>
    </message>
    <message>
        <source>{where} has {count} item, where at most {bound} are asked for</source>
        <comment>evals.max-item</comment>
        <translation>{where}の項目は{count}個ですが、{bound}個以下である必要があります</translation>
    </message>
    <message>
        <source>{where} has {count} items, where at most {bound} are asked for</source>
        <comment>evals.max-items</comment>
        <translation>{where}の項目は{count}個ですが、{bound}個以下である必要があります</translation>
    </message>
    <message>
        <source>This “{type}” check needs {what} as its value.</source>
        <comment>evals.needs-number</comment>
        <translation>この「{type}」チェックの値には{what}が必要です。</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>evals.a-number</comment>
        <translation>数値</translation>
    </message>
    <message>
        <source>a time limit in milliseconds</source>
        <comment>evals.a-time-limit</comment>
        <translation>ミリ秒単位の制限時間</translation>
    </message>
    <message>
        <source>a number of words</source>
        <comment>evals.a-number-of-words</comment>
        <translation>語数</translation>
    </message>
    <message>
        <source>a speed in tokens/s</source>
        <comment>evals.a-speed</comment>
        <translation>トークン/秒単位の速度</translation>
    </message>
    <message>
        <source>This “word-count” check needs “min”, “max” or both.</source>
        <comment>evals.word-count-bounds</comment>
        <translation>この「word-count」チェックには「min」「max」のどちらか、または両方が必要です。</translation>
    </message>
    <message>
        <source>This “word-count” check&apos;s minimum ({low}) is more than its maximum ({high}).</source>
        <comment>evals.word-count-crossed</comment>
        <translation>この「word-count」チェックの最小値（{low}）が最大値（{high}）を超えています。</translation>
    </message>
    <message>
        <source>This “finish-reason” check takes one of {reasons}.</source>
        <comment>evals.bad-finish-reason</comment>
        <translation>この「finish-reason」チェックに指定できるのは{reasons}のいずれかです。</translation>
    </message>
    <message>
        <source>The reply took {took}, within the {limit} allowed.</source>
        <comment>evals.latency</comment>
        <translation>返答にかかった時間は{took}で、制限の{limit}以内です。</translation>
    </message>
    <message>
        <source>The reply took {took}, over the {limit} allowed.</source>
        <comment>evals.latency-over</comment>
        <translation>返答にかかった時間は{took}で、制限の{limit}を超えています。</translation>
    </message>
    <message>
        <source>{count} word</source>
        <comment>evals.one-word</comment>
        <translation>{count}語</translation>
    </message>
    <message>
        <source>{count} words</source>
        <comment>evals.words</comment>
        <translation>{count}語</translation>
    </message>
    <message>
        <source>The reply has {words}.</source>
        <comment>evals.word-count</comment>
        <translation>返答は{words}です。</translation>
    </message>
    <message>
        <source>The reply has {words}, not {wanted}.</source>
        <comment>evals.word-count-not</comment>
        <translation>返答は{words}で、{wanted}語ではありません。</translation>
    </message>
    <message>
        <source>The reply has {words}, fewer than the {low} asked for.</source>
        <comment>evals.word-count-fewer</comment>
        <translation>返答は{words}で、求められた{low}語より少なくなっています。</translation>
    </message>
    <message>
        <source>The reply has {words}, more than the {high} allowed.</source>
        <comment>evals.word-count-more</comment>
        <translation>返答は{words}で、上限の{high}語を超えています。</translation>
    </message>
    <message>
        <source>The reply has {words} (at least {low} and at most {high} asked for).</source>
        <comment>evals.words-between</comment>
        <translation>返答は{words}です（求められたのは{low}語以上{high}語以下）。</translation>
    </message>
    <message>
        <source>The reply has {words} (at least {low} asked for).</source>
        <comment>evals.words-at-least</comment>
        <translation>返答は{words}です（求められたのは{low}語以上）。</translation>
    </message>
    <message>
        <source>The reply has {words} (at most {high} asked for).</source>
        <comment>evals.words-at-most</comment>
        <translation>返答は{words}です（求められたのは{high}語以下）。</translation>
    </message>
    <message>
        <source>The reply came at {speed} tokens/s, at least the {limit} asked for.</source>
        <comment>evals.speed</comment>
        <translation>返答の速度は{speed}トークン/秒で、求められた{limit}以上です。</translation>
    </message>
    <message>
        <source>The reply came at {speed} tokens/s, slower than the {limit} asked for.</source>
        <comment>evals.speed-slow</comment>
        <translation>返答の速度は{speed}トークン/秒で、求められた{limit}より遅くなっています。</translation>
    </message>
    <message>
        <source>The reply ended with {reason}.</source>
        <comment>evals.finish-reason</comment>
        <translation>返答は{reason}で終了しました。</translation>
    </message>
    <message>
        <source>The reply ended with {reason}, not {expected}.</source>
        <comment>evals.finish-reason-not</comment>
        <translation>返答は{expected}ではなく{reason}で終了しました。</translation>
    </message>
    <message>
        <source>Choose an embedding model to run “{type}” checks.</source>
        <comment>evals.needs-embedder</comment>
        <translation>「{type}」チェックを実行するには、埋め込みモデルを選んでください。</translation>
    </message>
    <message>
        <source>Choose a judge model to run “{type}” checks.</source>
        <comment>evals.needs-judge</comment>
        <translation>「{type}」チェックを実行するには、評価用モデルを選んでください。</translation>
    </message>
    <message>
        <source>This “{type}” check needs the expected answer, or a list of them.</source>
        <comment>evals.similar-needs</comment>
        <translation>この「{type}」チェックには、期待される回答（または回答のリスト）が必要です。</translation>
    </message>
    <message>
        <source>This “{type}” check&apos;s threshold must be a similarity from -1 to 1.</source>
        <comment>evals.similar-threshold</comment>
        <translation>この「{type}」チェックのしきい値は、-1～1の類似度である必要があります。</translation>
    </message>
    <message>
        <source>The embedding model did not give one vector per text.</source>
        <comment>evals.embedder-miscounted</comment>
        <translation>埋め込みモデルが、テキストごとに1つのベクトルを返しませんでした。</translation>
    </message>
    <message>
        <source>the closest expected answer, {answer}</source>
        <comment>evals.closest-answer</comment>
        <translation>最も近い期待される回答{answer}</translation>
    </message>
    <message>
        <source>The reply&apos;s similarity to {against} is {similarity}, at least the {threshold} asked for.</source>
        <comment>evals.similar</comment>
        <translation>返答と{against}の類似度は{similarity}で、求められた{threshold}以上です。</translation>
    </message>
    <message>
        <source>The reply&apos;s similarity to {against} is {similarity}, below the {threshold} asked for.</source>
        <comment>evals.not-similar</comment>
        <translation>返答と{against}の類似度は{similarity}で、求められた{threshold}を下回っています。</translation>
    </message>
    <message>
        <source>This “{type}” check needs a rubric: what a good reply does, in a sentence.</source>
        <comment>evals.rubric-needed</comment>
        <translation>この「{type}」チェックには評価基準（良い返答の条件を1文で）が必要です。</translation>
    </message>
    <message>
        <source>“nothing”</source>
        <comment>evals.judge-said-nothing</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>The judge model did not answer with a verdict (JSON with “reason”, “pass” and “score”), so this check cannot tell: it answered {answer}.</source>
        <comment>evals.judge-no-verdict</comment>
        <translation>評価用モデルが判定（「reason」「pass」「score」を含むJSON）を返さなかったため、このチェックでは判断できません（回答: {answer}）。</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <comment>evals.judge-no-reason</comment>
        <translation>理由は示されませんでした</translation>
    </message>
    <message>
        <source>The judge model says the reply meets the rubric {rubric} (score {score}): {why}; the score is below the {threshold} asked for.</source>
        <comment>evals.rubric-met-below</comment>
        <translation>評価用モデルの判定では、返答は評価基準{rubric}を満たしています（スコア{score}）: {why}。ただし、スコアは求められた{threshold}を下回っています。</translation>
    </message>
    <message>
        <source>The judge model says the reply meets the rubric {rubric} (score {score}): {why}.</source>
        <comment>evals.rubric-met</comment>
        <translation>評価用モデルの判定では、返答は評価基準{rubric}を満たしています（スコア{score}）: {why}。</translation>
    </message>
    <message>
        <source>The judge model says the reply does not meet the rubric {rubric} (score {score}): {why}; the score is below the {threshold} asked for.</source>
        <comment>evals.rubric-not-met-below</comment>
        <translation>評価用モデルの判定では、返答は評価基準{rubric}を満たしていません（スコア{score}）: {why}。また、スコアは求められた{threshold}を下回っています。</translation>
    </message>
    <message>
        <source>The judge model says the reply does not meet the rubric {rubric} (score {score}): {why}.</source>
        <comment>evals.rubric-not-met</comment>
        <translation>評価用モデルの判定では、返答は評価基準{rubric}を満たしていません（スコア{score}）: {why}。</translation>
    </message>
    <message>
        <source>This “{type}” check needs some text to look for.</source>
        <comment>evals.needs-text</comment>
        <translation>この「{type}」チェックには、探すテキストが必要です。</translation>
    </message>
    <message>
        <source>This “{type}” check needs a list of texts to look for.</source>
        <comment>evals.needs-texts</comment>
        <translation>この「{type}」チェックには、探すテキストのリストが必要です。</translation>
    </message>
    <message>
        <source>The pattern {pattern} is not a regular expression Hearth can read ({error}).</source>
        <comment>evals.bad-pattern</comment>
        <translation>パターン{pattern}は、Hearthが読み取れる正規表現ではありません（{error}）。</translation>
    </message>
    <message>
        <source>The reply is not JSON, so it is not {expected}.</source>
        <comment>evals.equals-not-json</comment>
        <translation>返答はJSONではないため、{expected}ではありません。</translation>
    </message>
    <message>
        <source>The reply is the JSON {expected}.</source>
        <comment>evals.equals-json</comment>
        <translation>返答はJSON {expected}です。</translation>
    </message>
    <message>
        <source>The reply is not the JSON {expected}.</source>
        <comment>evals.equals-not-the-json</comment>
        <translation>返答はJSON {expected}ではありません。</translation>
    </message>
    <message>
        <source>The reply is exactly {expected}.</source>
        <comment>evals.equals</comment>
        <translation>返答は{expected}と完全に一致します。</translation>
    </message>
    <message>
        <source>The reply is not exactly {expected}: it is {reply}.</source>
        <comment>evals.not-equals</comment>
        <translation>返答は{expected}と完全には一致しません。返答は{reply}です。</translation>
    </message>
    <message>
        <source>The reply contains {value} (ignoring case).</source>
        <comment>evals.icontains</comment>
        <translation>返答に{value}が含まれています（大文字小文字を無視）。</translation>
    </message>
    <message>
        <source>The reply contains {value}.</source>
        <comment>evals.contains</comment>
        <translation>返答に{value}が含まれています。</translation>
    </message>
    <message>
        <source>The reply does not contain {value} (ignoring case).</source>
        <comment>evals.not-icontains</comment>
        <translation>返答に{value}が含まれていません（大文字小文字を無視）。</translation>
    </message>
    <message>
        <source>The reply does not contain {value}.</source>
        <comment>evals.not-contains</comment>
        <translation>返答に{value}が含まれていません。</translation>
    </message>
    <message>
        <source>The reply contains none of {values} (ignoring case).</source>
        <comment>evals.icontains-none</comment>
        <translation>返答に{values}のいずれも含まれていません（大文字小文字を無視）。</translation>
    </message>
    <message>
        <source>The reply contains none of {values}.</source>
        <comment>evals.contains-none</comment>
        <translation>返答に{values}のいずれも含まれていません。</translation>
    </message>
    <message>
        <source>The reply contains all of {values} (ignoring case).</source>
        <comment>evals.icontains-all</comment>
        <translation>返答に{values}のすべてが含まれています（大文字小文字を無視）。</translation>
    </message>
    <message>
        <source>The reply contains all of {values}.</source>
        <comment>evals.contains-all</comment>
        <translation>返答に{values}のすべてが含まれています。</translation>
    </message>
    <message>
        <source>The reply starts with {value}.</source>
        <comment>evals.starts-with</comment>
        <translation>返答は{value}で始まっています。</translation>
    </message>
    <message>
        <source>The reply does not start with {value}: it starts with {start}.</source>
        <comment>evals.not-starts-with</comment>
        <translation>返答は{value}で始まっていません。{start}で始まっています。</translation>
    </message>
    <message>
        <source>The reply ends with {value}.</source>
        <comment>evals.ends-with</comment>
        <translation>返答は{value}で終わっています。</translation>
    </message>
    <message>
        <source>The reply does not end with {value}.</source>
        <comment>evals.not-ends-with</comment>
        <translation>返答は{value}で終わっていません。</translation>
    </message>
    <message>
        <source>The reply matches the pattern {pattern}.</source>
        <comment>evals.matches</comment>
        <translation>返答はパターン{pattern}に一致します。</translation>
    </message>
    <message>
        <source>The reply does not match the pattern {pattern}.</source>
        <comment>evals.not-matches</comment>
        <translation>返答はパターン{pattern}に一致しません。</translation>
    </message>
    <message>
        <source>This “language” check takes a language&apos;s name or two-letter code: one of {languages}.</source>
        <comment>evals.bad-language</comment>
        <translation>この「language」チェックには、言語名または2文字の言語コードを指定します: {languages}のいずれか。</translation>
    </message>
    <message>
        <source>Hearth cannot tell which language the reply is in.</source>
        <comment>evals.language-unknown</comment>
        <translation>Hearthは返答の言語を判別できません。</translation>
    </message>
    <message>
        <source>The reply is in {language}.</source>
        <comment>evals.language</comment>
        <translation>返答は{language}です。</translation>
    </message>
    <message>
        <source>The reply seems to be in {found}, not {language}.</source>
        <comment>evals.not-language</comment>
        <translation>返答は{language}ではなく、{found}のようです。</translation>
    </message>
    <message>
        <source>This “tool-call” check&apos;s arguments must be an object of names and values.</source>
        <comment>evals.tool-call-bad-arguments</comment>
        <translation>この「tool-call」チェックの引数は、名前と値からなるオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>This “tool-call” check needs a tool&apos;s name, or {{“name”, “arguments”}}.</source>
        <comment>evals.tool-call-needs-name</comment>
        <translation>この「tool-call」チェックには、ツール名または {{“name”, “arguments”}} が必要です。</translation>
    </message>
    <message>
        <source>The reply calls no tool.</source>
        <comment>evals.no-tool-call</comment>
        <translation>返答はツールを呼び出していません。</translation>
    </message>
    <message>
        <source>The reply calls {called}, not {tool}.</source>
        <comment>evals.other-tool-call</comment>
        <translation>返答は{tool}ではなく{called}を呼び出しています。</translation>
    </message>
    <message>
        <source>The reply calls {tool}.</source>
        <comment>evals.tool-call</comment>
        <translation>返答は{tool}を呼び出しています。</translation>
    </message>
    <message>
        <source>The reply calls {tool} with {arguments}.</source>
        <comment>evals.tool-call-arguments</comment>
        <translation>返答は{arguments}で{tool}を呼び出しています。</translation>
    </message>
    <message>
        <source>The reply calls {tool}, but {problem}.</source>
        <comment>evals.tool-call-problem</comment>
        <translation>返答は{tool}を呼び出していますが、{problem}。</translation>
    </message>
    <message>
        <source>The reply calls {tool}, which this case does not offer.</source>
        <comment>evals.tool-not-offered</comment>
        <translation>返答は{tool}を呼び出していますが、このケースではそのツールは提示されていません。</translation>
    </message>
    <message>
        <source>Every tool call in the reply ({tools}) is valid.</source>
        <comment>evals.tool-calls-valid</comment>
        <translation>返答内のすべてのツール呼び出し（{tools}）は有効です。</translation>
    </message>
    <message>
        <source>{name} is not an object</source>
        <comment>evals.argument-not-object</comment>
        <translation>{name}がオブジェクトではありません</translation>
    </message>
    <message>
        <source>its arguments is not an object</source>
        <comment>evals.arguments-not-object</comment>
        <translation>引数がオブジェクトではありません</translation>
    </message>
    <message>
        <source>its arguments have no {name}</source>
        <comment>evals.argument-missing</comment>
        <translation>引数に{name}がありません</translation>
    </message>
    <message>
        <source>its {name} is {actual}, not {expected}</source>
        <comment>evals.argument-differs</comment>
        <translation>{name}が{expected}ではなく{actual}です</translation>
    </message>
</context>
<context>
    <name>Evals</name>
    <message>
        <source>Hearth cannot read {name} as a model file.</source>
        <comment>evals.embedder-unreadable</comment>
        <translation>Hearthは{name}をモデルファイルとして読み込めません。</translation>
    </message>
    <message>
        <source>{name} is a chat model, not an embedding model, so it cannot compare answers for “similar” checks. Choose an embedding model of your library (such as all-MiniLM or nomic-embed-text).</source>
        <comment>evals.embedder-is-chat-model</comment>
        <translation>{name}はチャットモデルで、埋め込みモデルではないため、「類似」チェックで回答を比較できません。ライブラリにある埋め込みモデル（all-MiniLM、nomic-embed-textなど）を選んでください。</translation>
    </message>
    <message>
        <source>the suite “{name}”</source>
        <comment>evals.the-named-suite</comment>
        <translation>スイート「{name}」</translation>
    </message>
    <message>
        <source>Hearth could not save the suite “{name}” in {folder}.</source>
        <comment>evals.suite-not-saved</comment>
        <translation>Hearthはスイート「{name}」を{folder}に保存できませんでした。</translation>
    </message>
    <message>
        <source>There is already a suite named “{name}”: choose another name.</source>
        <comment>evals.suite-name-taken</comment>
        <translation>「{name}」という名前のスイートはすでにあります。別の名前を付けてください。</translation>
    </message>
    <message>
        <source>Hearth could not rename the suite “{name}”.</source>
        <comment>evals.suite-not-renamed</comment>
        <translation>Hearthはスイート「{name}」の名前を変更できませんでした。</translation>
    </message>
    <message>
        <source>Hearth could not delete the suite “{name}”.</source>
        <comment>evals.suite-not-deleted</comment>
        <translation>Hearthはスイート「{name}」を削除できませんでした。</translation>
    </message>
    <message>
        <source>an assertion should be a type with its value, and one is not</source>
        <comment>evals.promptfoo-bad-assertion</comment>
        <translation>アサーションは型と値の組である必要がありますが、そうでないものがあります</translation>
    </message>
    <message>
        <source>the assertion {ref} names no assertion template</source>
        <comment>evals.promptfoo-no-template</comment>
        <translation>アサーション{ref}は、どのアサーションテンプレートも指していません</translation>
    </message>
    <message>
        <source>an assertion has no type</source>
        <comment>evals.promptfoo-no-type</comment>
        <translation>型のないアサーションがあります</translation>
    </message>
    <message>
        <source>the {what} of a {type} assertion should be a number, and it is {value}</source>
        <comment>evals.promptfoo-assertion-not-number</comment>
        <translation>{type}アサーションの{what}は数値である必要がありますが、{value}になっています</translation>
    </message>
    <message>
        <source>Hearth cannot read {name} as a promptfoo configuration: {problem}</source>
        <comment>evals.promptfoo-unreadable</comment>
        <translation>Hearthは{name}をpromptfooの設定として読み込めません: {problem}</translation>
    </message>
    <message>
        <source>Hearth could not save {path}. Choose another folder, or free some disk space.</source>
        <comment>evals.promptfoo-not-saved</comment>
        <translation>Hearthは{path}を保存できませんでした。別のフォルダーを選ぶか、ディスクの空き容量を増やしてください。</translation>
    </message>
    <message>
        <source>the file cannot be opened.</source>
        <comment>evals.promptfoo-not-opened</comment>
        <translation>ファイルを開けません。</translation>
    </message>
    <message>
        <source>it is not valid YAML (see the details for where).</source>
        <comment>evals.promptfoo-not-yaml</comment>
        <translation>有効なYAMLではありません（場所は詳細を参照）。</translation>
    </message>
    <message>
        <source>it should hold settings such as &apos;prompts&apos; and &apos;tests&apos;, and it does not.</source>
        <comment>evals.promptfoo-not-settings</comment>
        <translation>「prompts」や「tests」などの設定が必要ですが、含まれていません。</translation>
    </message>
    <message>
        <source>its &apos;assertionTemplates&apos; should be named assertions, and they are not.</source>
        <comment>evals.promptfoo-bad-templates</comment>
        <translation>「assertionTemplates」は名前付きのアサーションである必要がありますが、そうなっていません。</translation>
    </message>
    <message>
        <source>the threshold of defaultTest</source>
        <comment>evals.promptfoo-default-threshold</comment>
        <translation>defaultTestのしきい値</translation>
    </message>
    <message>
        <source>test {number} of {file}</source>
        <comment>evals.promptfoo-test-of-file</comment>
        <translation>{file}のテスト{number}</translation>
    </message>
    <message>
        <source>test {number}</source>
        <comment>evals.promptfoo-test</comment>
        <translation>テスト{number}</translation>
    </message>
    <message>
        <source>the test &apos;{name}&apos;</source>
        <comment>evals.promptfoo-named-test</comment>
        <translation>テスト「{name}」</translation>
    </message>
    <message>
        <source>it has no &apos;prompts&apos;, so there is nothing to ask the models.</source>
        <comment>evals.promptfoo-no-prompts</comment>
        <translation>「prompts」がないため、モデルに質問する内容がありません。</translation>
    </message>
    <message>
        <source>its &apos;prompts&apos; should be a prompt or a list of prompts, and they are not.</source>
        <comment>evals.promptfoo-bad-prompts</comment>
        <translation>「prompts」は1つのプロンプトまたはプロンプトのリストである必要がありますが、そうなっていません。</translation>
    </message>
    <message>
        <source>its &apos;prompts&apos; list is empty, so there is nothing to ask the models.</source>
        <comment>evals.promptfoo-empty-prompts</comment>
        <translation>「prompts」のリストが空のため、モデルに質問する内容がありません。</translation>
    </message>
    <message>
        <source>prompt {number} is neither text, a file:// reference, nor a prompt with &apos;raw&apos; text.</source>
        <comment>evals.promptfoo-bad-prompt</comment>
        <translation>プロンプト{number}は、テキストでも、file:// 参照でも、「raw」テキストを持つプロンプトでもありません。</translation>
    </message>
    <message>
        <source>Hearth reads prompts from .txt, .md, .j2 and .json files, and {file} is not one.</source>
        <comment>evals.promptfoo-prompt-file-kind</comment>
        <translation>Hearthがプロンプトを読み込めるのは .txt、.md、.j2、.json ファイルで、{file}はそのどれでもありません。</translation>
    </message>
    <message>
        <source>its &apos;defaultTest&apos; should be a test (vars, assert, …), and it is not.</source>
        <comment>evals.promptfoo-bad-default-test</comment>
        <translation>「defaultTest」はテスト（vars、assert…）である必要がありますが、そうなっていません。</translation>
    </message>
    <message>
        <source>its &apos;tests&apos; should be a list of tests or a file:// reference, and they are not.</source>
        <comment>evals.promptfoo-bad-tests</comment>
        <translation>「tests」はテストのリストまたは file:// 参照である必要がありますが、そうなっていません。</translation>
    </message>
    <message>
        <source>Hearth reads tests written in the file or in files it names (file://…), not {item}.</source>
        <comment>evals.promptfoo-tests-elsewhere</comment>
        <translation>Hearthが読み込めるのは、ファイル内に書かれたテストか、ファイルで指定された別ファイル（file://…）のテストで、{item}は読み込めません。</translation>
    </message>
    <message>
        <source>an item of its &apos;tests&apos; is neither a test nor a file:// reference.</source>
        <comment>evals.promptfoo-bad-tests-item</comment>
        <translation>「tests」の項目に、テストでも file:// 参照でもないものがあります。</translation>
    </message>
    <message>
        <source>Hearth reads tests from .csv, .yaml, .yml, .json and .jsonl files, and {file} is not one.</source>
        <comment>evals.promptfoo-tests-file-kind</comment>
        <translation>Hearthがテストを読み込めるのは .csv、.yaml、.yml、.json、.jsonl ファイルで、{file}はそのどれでもありません。</translation>
    </message>
    <message>
        <source>{file} is not JSON Lines.</source>
        <comment>evals.promptfoo-not-jsonl</comment>
        <translation>{file}はJSON Linesではありません。</translation>
    </message>
    <message>
        <source>{file} should hold a list of tests, and it does not.</source>
        <comment>evals.promptfoo-not-tests</comment>
        <translation>{file}にはテストのリストが必要ですが、含まれていません。</translation>
    </message>
    <message>
        <source>the &apos;options&apos; of {where} are not settings.</source>
        <comment>evals.promptfoo-bad-options</comment>
        <translation>{where}の「options」が設定になっていません。</translation>
    </message>
    <message>
        <source>the threshold of {where}</source>
        <comment>evals.promptfoo-threshold-of</comment>
        <translation>{where}のしきい値</translation>
    </message>
    <message>
        <source>the &apos;prompts&apos; of {where} should be a list of prompt labels, and they are not.</source>
        <comment>evals.promptfoo-bad-test-prompts</comment>
        <translation>{where}の「prompts」はプロンプトのラベルのリストである必要がありますが、そうなっていません。</translation>
    </message>
    <message>
        <source>the &apos;vars&apos; of {where} should be names with values, and they are not.</source>
        <comment>evals.promptfoo-bad-vars</comment>
        <translation>{where}の「vars」は名前と値の組である必要がありますが、そうなっていません。</translation>
    </message>
    <message>
        <source>the &apos;assert&apos; of {where} should be a list of assertions, and it is not.</source>
        <comment>evals.promptfoo-bad-assert</comment>
        <translation>{where}の「assert」はアサーションのリストである必要がありますが、そうなっていません。</translation>
    </message>
    <message>
        <source>{problem} (in {where}).</source>
        <comment>evals.promptfoo-in-test</comment>
        <translation>{problem}（{where}）。</translation>
    </message>
    <message>
        <source>{what} should be a number, and it is {value}.</source>
        <comment>evals.promptfoo-not-number</comment>
        <translation>{what}は数値である必要がありますが、{value}になっています。</translation>
    </message>
    <message>
        <source>its {what} {file} is made by code or a pattern of files, which Hearth does not run.</source>
        <comment>evals.promptfoo-code-file</comment>
        <translation>{what} {file}はコードまたはファイルのパターンで作られるため、Hearthは実行しません。</translation>
    </message>
    <message>
        <source>the file it names, {file}, cannot be read.</source>
        <comment>evals.promptfoo-file-unreadable</comment>
        <translation>指定されたファイル{file}を読み込めません。</translation>
    </message>
    <message>
        <source>its {what} &apos;{file}&apos; is neither written out nor a file:// reference.</source>
        <comment>evals.promptfoo-not-written-out</comment>
        <translation>{what}「{file}」は、直接書かれたものでも file:// 参照でもありません。</translation>
    </message>
    <message>
        <source>{file} is not valid YAML or JSON.</source>
        <comment>evals.promptfoo-file-not-yaml</comment>
        <translation>{file}は有効なYAMLまたはJSONではありません。</translation>
    </message>
    <message>
        <source>another model file</source>
        <comment>evals.differs-file</comment>
        <translation>別のモデルファイル</translation>
    </message>
    <message>
        <source>another file name</source>
        <comment>evals.differs-file-name</comment>
        <translation>別のファイル名</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>evals.unknown-quantization</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>quantization {before}, not {after}</source>
        <comment>evals.differs-quantization</comment>
        <translation>量子化{before}（今回は{after}）</translation>
    </message>
    <message>
        <source>a context of {before} tokens, not {after}</source>
        <comment>evals.differs-context</comment>
        <translation>コンテキスト{before}トークン（今回は{after}）</translation>
    </message>
    <message>
        <source>{setting} {before}, not {after}</source>
        <comment>evals.differs-sampler</comment>
        <translation>{setting} {before}（今回は{after}）</translation>
    </message>
    <message>
        <source>seeds {before}, not {after}</source>
        <comment>evals.differs-seeds</comment>
        <translation>シード{before}（今回は{after}）</translation>
    </message>
    <message>
        <source>Hearth {before}, not {after}</source>
        <comment>evals.differs-version</comment>
        <translation>Hearth {before}（今回は{after}）</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-seeds</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>evals.column-model</comment>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <comment>evals.column-pass-rate</comment>
        <translation>合格率</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>evals.column-passed</comment>
        <translation>合格数</translation>
    </message>
    <message>
        <source>{passed} of {replies}</source>
        <comment>evals.passed-of</comment>
        <translation>{replies}件中{passed}件</translation>
    </message>
    <message>
        <source>JSON valid</source>
        <comment>evals.column-json-valid</comment>
        <translation>有効なJSON</translation>
    </message>
    <message>
        <source>Schema valid</source>
        <comment>evals.column-schema-valid</comment>
        <translation>スキーマに合致</translation>
    </message>
    <message>
        <source>Schema valid with Hearth&apos;s grammar</source>
        <comment>evals.column-schema-valid-grammar</comment>
        <translation>Hearthの文法でスキーマに合致</translation>
    </message>
    <message>
        <source>Tool arguments valid</source>
        <comment>evals.column-tool-arguments-valid</comment>
        <translation>ツール引数が有効</translation>
    </message>
    <message>
        <source>Cut by the length limit</source>
        <comment>evals.column-length-cut</comment>
        <translation>長さ上限で打ち切り</translation>
    </message>
    <message>
        <source>Pass-rate spread</source>
        <comment>evals.column-spread</comment>
        <translation>合格率のばらつき</translation>
    </message>
    <message>
        <source>Flaky cases</source>
        <comment>evals.column-flaky</comment>
        <translation>不安定なケース</translation>
    </message>
    <message>
        <source>First token</source>
        <comment>evals.column-first-token</comment>
        <translation>最初のトークン</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <comment>evals.column-speed</comment>
        <translation>トークン/秒</translation>
    </message>
    <message>
        <source>Memory</source>
        <comment>evals.column-memory</comment>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Verdict</source>
        <comment>evals.column-verdict</comment>
        <translation>判定</translation>
    </message>
    <message>
        <source>Licence</source>
        <comment>evals.column-licence</comment>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>evals.seconds</comment>
        <translation>{seconds}秒</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-flaky-cases</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>{points} points</source>
        <comment>evals.spread-points</comment>
        <translation>{points}ポイント</translation>
    </message>
    <message>
        <source>the earlier run {run} of this suite ran {model} with {differences}, so its results are not comparable with these.</source>
        <comment>evals.not-comparable</comment>
        <translation>このスイートの以前の実行{run}では{model}を{differences}で実行したため、その結果はこれらと比較できません。</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <comment>evals.list-more</comment>
        <translation>{first}、{second}</translation>
    </message>
    <message>
        <source>That evaluation run is gone.</source>
        <comment>evals.run-gone</comment>
        <translation>その評価の実行はもうありません。</translation>
    </message>
    <message>
        <source>That reply of the evaluation run is gone.</source>
        <comment>evals.reply-gone</comment>
        <translation>その評価の実行の返答はもうありません。</translation>
    </message>
    <message>
        <source>Hearth cannot read the suite {path}.</source>
        <comment>evals.suite-unreadable</comment>
        <translation>Hearthはスイート{path}を読み込めません。</translation>
    </message>
    <message>
        <source>the suite</source>
        <comment>evals.the-suite</comment>
        <translation>スイート</translation>
    </message>
    <message>
        <source>Line {number} of {where} is not JSON: {error} at column {column}. Each line must be one case, a JSON object on one line.</source>
        <comment>evals.line-not-json</comment>
        <translation>{where}の{number}行目がJSONではありません: {column}列目で{error}。各行は1つのケースで、1行に1つのJSONオブジェクトを書きます。</translation>
    </message>
    <message>
        <source>Line {number} of {where}: {problem}</source>
        <comment>evals.line-problem</comment>
        <translation>{where}の{number}行目: {problem}</translation>
    </message>
    <message>
        <source>There are no cases in {where}: write one JSON object a line, with at least a “prompt”.</source>
        <comment>evals.no-cases</comment>
        <translation>{where}にケースがありません: 1行に1つのJSONオブジェクトを書き、少なくとも「prompt」を含めてください。</translation>
    </message>
    <message>
        <source>a case must be a JSON object such as {{“prompt”: “…”, “checks”: […]}}.</source>
        <comment>evals.case-not-object</comment>
        <translation>ケースは {{“prompt”: “…”, “checks”: […]}} のようなJSONオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>{names} is not part of a case; a case may have {allowed}.</source>
        <comment>evals.unknown-key</comment>
        <translation>{names}はケースの項目ではありません。ケースに使える項目: {allowed}。</translation>
    </message>
    <message>
        <source>{names} are not part of a case; a case may have {allowed}.</source>
        <comment>evals.unknown-keys</comment>
        <translation>{names}はケースの項目ではありません。ケースに使える項目: {allowed}。</translation>
    </message>
    <message>
        <source>{problem} Write promptfoo&apos;s “assert” as “checks”.</source>
        <comment>evals.assert-hint</comment>
        <translation>{problem} promptfooの「assert」は「checks」と書いてください。</translation>
    </message>
    <message>
        <source>the case has no “prompt” (the text to ask each model).</source>
        <comment>evals.no-prompt</comment>
        <translation>ケースに「prompt」（各モデルへの質問文）がありません。</translation>
    </message>
    <message>
        <source>“vars” must be an object of names and values, such as {{“city”: “Paris”}}.</source>
        <comment>evals.bad-vars</comment>
        <translation>「vars」は {{“city”: “Paris”}} のような、名前と値からなるオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>“checks” must be a list of checks, such as [{{“type”: “contains”, “value”: “Paris”}}].</source>
        <comment>evals.bad-checks</comment>
        <translation>「checks」は [{{“type”: “contains”, “value”: “Paris”}}] のような、チェックのリストである必要があります。</translation>
    </message>
    <message>
        <source>“description” must be text.</source>
        <comment>evals.bad-description</comment>
        <translation>「description」はテキストである必要があります。</translation>
    </message>
    <message>
        <source>“tools” must be a list of OpenAI tools, each {{“type”: “function”, “function”: {{“name”, …}}}}.</source>
        <comment>evals.bad-tools</comment>
        <translation>「tools」はOpenAIツールのリストで、それぞれ {{“type”: “function”, “function”: {{“name”, …}}}} の形である必要があります。</translation>
    </message>
    <message>
        <source>the case&apos;s “threshold”</source>
        <comment>evals.case-threshold</comment>
        <translation>ケースの「threshold」</translation>
    </message>
    <message>
        <source>the prompt asks for the variable “{name}”, but this case does not give it. Add a “{column}” column or var (this case gives: {given}).</source>
        <comment>evals.case-missing-variable</comment>
        <translation>プロンプトでは変数「{name}」が使われていますが、このケースにはその値がありません。「{column}」列またはvarを追加してください（このケースにある値: {given}）。</translation>
    </message>
    <message>
        <source>check {index} needs a “type”, such as {{“type”: “icontains”, “value”: “Paris”}}.</source>
        <comment>evals.check-no-type</comment>
        <translation>チェック{index}には {{“type”: “icontains”, “value”: “Paris”}} のような「type」が必要です。</translation>
    </message>
    <message>
        <source>check {index}&apos;s “weight” must be a number, 0 or more (0: shown, never counted).</source>
        <comment>evals.check-bad-weight</comment>
        <translation>チェック{index}の「weight」は0以上の数値である必要があります（0: 表示のみで計算しない）。</translation>
    </message>
    <message>
        <source>check {index}&apos;s “threshold” must be a number.</source>
        <comment>evals.check-bad-threshold</comment>
        <translation>チェック{index}の「threshold」は数値である必要があります。</translation>
    </message>
    <message>
        <source>check {index} ({type}): {problem}</source>
        <comment>evals.check-problem</comment>
        <translation>チェック{index}（{type}）: {problem}</translation>
    </message>
    <message>
        <source>Hearth cannot read the table {path}.</source>
        <comment>evals.table-unreadable</comment>
        <translation>Hearthは表{path}を読み込めません。</translation>
    </message>
    <message>
        <source>The table {path} is empty: its first row must name the variables, one a column.</source>
        <comment>evals.table-empty</comment>
        <translation>表{path}は空です: 1行目には変数名を1列に1つずつ書いてください。</translation>
    </message>
    <message>
        <source>The first row of {path} must name each column once (it reads: {header}).</source>
        <comment>evals.table-header</comment>
        <translation>{path}の1行目には、各列の名前を1回ずつ書いてください（現在の内容: {header}）。</translation>
    </message>
    <message>
        <source>Line {number} of {path} has {cells} cells, but the first row names {columns} columns. Put quotes around a value that holds a comma.</source>
        <comment>evals.table-row-too-long</comment>
        <translation>{path}の{number}行目には{cells}個のセルがありますが、1行目の列名は{columns}個です。カンマを含む値は引用符で囲んでください。</translation>
    </message>
    <message>
        <source>Write the prompt first: the table&apos;s rows fill its {{{{variables}}}}.</source>
        <comment>evals.table-no-prompt</comment>
        <translation>先にプロンプトを書いてください。表の各行がプロンプトの {{{{variables}}}} に入ります。</translation>
    </message>
    <message>
        <source>The table has no rows: each row of values becomes one case.</source>
        <comment>evals.table-no-rows</comment>
        <translation>表に行がありません: 値の各行が1つのケースになります。</translation>
    </message>
    <message>
        <source>Row {number} of the table: {problem}</source>
        <comment>evals.table-row-problem</comment>
        <translation>表の{number}行目: {problem}</translation>
    </message>
    <message>
        <source>The row {row} of the table&apos;s __expected column: {problem}</source>
        <comment>evals.table-expected</comment>
        <translation>表の__expected列、行{row}: {problem}</translation>
    </message>
    <message>
        <source>{what} must be a number from 0 to 1 (the share of the weighted score a reply needs).</source>
        <comment>evals.bad-threshold</comment>
        <translation>{what}は0～1の数値である必要があります（返答に必要な重み付きスコアの割合）。</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>evals.case-passed</comment>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>evals.case-failed</comment>
        <translation>不合格</translation>
    </message>
    <message>
        <source>flaky</source>
        <comment>evals.case-flaky</comment>
        <translation>不安定</translation>
    </message>
    <message>
        <source>On another computer</source>
        <comment>evals.on-another-computer</comment>
        <translation>別のコンピューター上</translation>
    </message>
    <message>
        <source>Not known to Hearth</source>
        <comment>evals.licence-unknown</comment>
        <translation>Hearthでは不明</translation>
    </message>
    <message>
        <source>It runs on another computer.</source>
        <comment>evals.runs-on-another-computer</comment>
        <translation>別のコンピューターで動作します。</translation>
    </message>
    <message>
        <source>its licence is not known to Hearth</source>
        <comment>evals.licence-not-known</comment>
        <translation>Hearthではライセンスが不明</translation>
    </message>
    <message>
        <source>its licence ({licence}) does not allow business use</source>
        <comment>evals.licence-not-business</comment>
        <translation>ライセンス（{licence}）で商用利用が認められていない</translation>
    </message>
    <message>
        <source>its licence ({licence}) does not allow it</source>
        <comment>evals.licence-closed</comment>
        <translation>ライセンス（{licence}）で認められていない</translation>
    </message>
    <message>
        <source>business use</source>
        <comment>evals.business-use</comment>
        <translation>商用利用</translation>
    </message>
    <message>
        <source>personal use</source>
        <comment>evals.personal-use</comment>
        <translation>個人利用</translation>
    </message>
    <message>
        <source>None of these models runs on this computer, so Hearth recommends none of them here.</source>
        <comment>evals.recommend-none-runs</comment>
        <translation>これらのモデルはどれもこのコンピューターで動作しないため、Hearthはここではどれもおすすめしません。</translation>
    </message>
    <message>
        <source>{model}: {reason}</source>
        <comment>evals.recommend-licence-reason</comment>
        <translation>{model}: {reason}</translation>
    </message>
    <message>
        <source>None of the models that run here has a licence that allows {use} ({reasons}).</source>
        <comment>evals.recommend-no-licence</comment>
        <translation>このコンピューターで動作するモデルに、{use}が認められたライセンスのものはありません（{reasons}）。</translation>
    </message>
    <message>
        <source>No model that runs here with a licence for {use} passed any case; none is recommended.</source>
        <comment>evals.recommend-none-passed</comment>
        <translation>このコンピューターで動作し、{use}が認められたライセンスのモデルは、どのケースにも合格しませんでした。おすすめのモデルはありません。</translation>
    </message>
    <message>
        <source>{model} passes the most cases ({rate}) among the models that run here and whose licence allows {use}</source>
        <comment>evals.recommend-best</comment>
        <translation>このコンピューターで動作し、ライセンスで{use}が認められているモデルのうち、{model}が最も多くのケースに合格しています（{rate}）</translation>
    </message>
    <message>
        <source>{recommendation}; {tied} passes as many, and {model} is faster</source>
        <comment>evals.recommend-tied-one</comment>
        <translation>{recommendation}。{tied}も同数合格していますが、{model}のほうが高速です</translation>
    </message>
    <message>
        <source>{recommendation}; {tied} pass as many, and {model} is faster</source>
        <comment>evals.recommend-tied</comment>
        <translation>{recommendation}。{tied}も同数合格していますが、{model}のほうが高速です</translation>
    </message>
    <message>
        <source>{model} passes {rate}, but {reason}</source>
        <comment>evals.recommend-better-excluded</comment>
        <translation>{model}（合格率{rate}）は{reason}</translation>
    </message>
    <message>
        <source>{recommendation} ({why})</source>
        <comment>evals.recommend-why-not-better</comment>
        <translation>{recommendation}（{why}）</translation>
    </message>
    <message>
        <source>{recommendation}; its licence is not known to Hearth: read its model card</source>
        <comment>evals.recommend-licence-unknown</comment>
        <translation>{recommendation}。Hearthではこのモデルのライセンスが不明です: モデルカードを確認してください</translation>
    </message>
    <message>
        <source>{recommendation}.</source>
        <comment>evals.recommendation</comment>
        <translation>{recommendation}。</translation>
    </message>
    <message>
        <source>it does not run here</source>
        <comment>evals.does-not-run-here</comment>
        <translation>このコンピューターでは動作しない</translation>
    </message>
    <message>
        <source>it runs on another computer</source>
        <comment>evals.elsewhere</comment>
        <translation>別のコンピューターで動作する</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <comment>evals.list-semicolon</comment>
        <translation>{first}、{second}</translation>
    </message>
    <message>
        <source>The prompt asks for the variable “{name}”, but this case does not give it. Add a “{column}” column or var (this case gives: {given}).</source>
        <comment>evals.missing-variable</comment>
        <translation>プロンプトでは変数「{name}」が使われていますが、このケースにはその値がありません。「{column}」列またはvarを追加してください（このケースにある値: {given}）。</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-variables</comment>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Hearthへようこそ</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Go straight to Hearth; this welcome does not show again</source>
        <translation>すぐにHearthを使い始めます。この案内は今後表示されません</translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation>案内をスキップ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>See models that fit</source>
        <translation>合うモデルを見る</translation>
    </message>
    <message>
        <source>Download {model} ({size})</source>
        <translation>{model}をダウンロード ({size})</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Needs about {need} on your graphics card, which has room for it.</source>
        <comment>fit.reason-speech-gpu</comment>
        <translation>グラフィックカード上で約{need}必要です。グラフィックカードには十分な空きがあります。</translation>
    </message>
    <message>
        <source>Needs about {need} of memory; it transcribes on the processor.</source>
        <comment>fit.reason-speech-cpu</comment>
        <translation>約{need}のメモリが必要です。プロセッサーで文字起こしします。</translation>
    </message>
    <message>
        <source>Needs about {need}, but only {free} of memory is free.</source>
        <comment>fit.reason-speech-too-large</comment>
        <translation>約{need}必要ですが、メモリの空きは{free}しかありません。</translation>
    </message>
    <message>
        <source>Runs on your graphics card</source>
        <comment>fit.label-gpu</comment>
        <translation>グラフィックカードで動作</translation>
    </message>
    <message>
        <source>Partly on your graphics card</source>
        <comment>fit.label-partial</comment>
        <translation>一部をグラフィックカードで動作</translation>
    </message>
    <message>
        <source>Runs on your processor</source>
        <comment>fit.label-cpu</comment>
        <translation>プロセッサーで動作</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <comment>fit.label-too-large</comment>
        <translation>このコンピューターには大きすぎます</translation>
    </message>
    <message>
        <source>fast</source>
        <comment>fit.speed-fast</comment>
        <translation>高速</translation>
    </message>
    <message>
        <source>comfortable</source>
        <comment>fit.speed-comfortable</comment>
        <translation>快適</translation>
    </message>
    <message>
        <source>slow</source>
        <comment>fit.speed-slow</comment>
        <translation>低速</translation>
    </message>
    <message>
        <source>very slow</source>
        <comment>fit.speed-very-slow</comment>
        <translation>かなり低速</translation>
    </message>
    <message>
        <source>{band}, roughly {low}–{high} tokens/s</source>
        <comment>fit.speed-band</comment>
        <translation>{band}、約{low}–{high}トークン/秒</translation>
    </message>
    <message>
        <source>your {count} graphics cards have {free} free together</source>
        <comment>fit.gpus-free</comment>
        <translation>{count}枚のグラフィックカードの空きは合計{free}です</translation>
    </message>
    <message>
        <source>your graphics card has {free} free</source>
        <comment>fit.gpu-free</comment>
        <translation>グラフィックカードの空きは{free}です</translation>
    </message>
    <message>
        <source>with an {size} context</source>
        <comment>fit.with-an-context</comment>
        <translation>コンテキスト{size}</translation>
    </message>
    <message>
        <source>with a {size} context</source>
        <comment>fit.with-a-context</comment>
        <translation>コンテキスト{size}</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so it all runs there.</source>
        <comment>fit.reason-gpu</comment>
        <translation>{context}で約{need}必要です。{gpu_free}。そのため、すべてグラフィックカードで動作します。</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so {layers} of {full} layers go on them and the rest runs on the processor.</source>
        <comment>fit.reason-partial-cards</comment>
        <translation>{context}で約{need}必要です。{gpu_free}。そのため、{full}層のうち{layers}層をグラフィックカードに載せ、残りはプロセッサーで動作します。</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so {layers} of {full} layers go on it and the rest runs on the processor.</source>
        <comment>fit.reason-partial</comment>
        <translation>{context}で約{need}必要です。{gpu_free}。そのため、{full}層のうち{layers}層をグラフィックカードに載せ、残りはプロセッサーで動作します。</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, but macOS lets the graphics processor use only part of it, so it runs on the processor.</source>
        <comment>fit.reason-cpu-unified</comment>
        <translation>{context}で約{need}必要です。メモリの空きは{free}ありますが、macOSではグラフィックプロセッサーがその一部しか使えないため、プロセッサーで動作します。</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, but your graphics card is too full or too small to help, so it runs on the processor.</source>
        <comment>fit.reason-cpu-gpu-full</comment>
        <translation>{context}で約{need}必要です。メモリの空きは{free}ありますが、グラフィックカードの空きが足りないか容量が小さすぎて役に立たないため、プロセッサーで動作します。</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, so it runs on the processor.</source>
        <comment>fit.reason-cpu</comment>
        <translation>{context}で約{need}必要です。メモリの空きは{free}あるため、プロセッサーで動作します。</translation>
    </message>
    <message>
        <source>Needs about {need} even {context}, but only {free} of memory is free on this computer.</source>
        <comment>fit.reason-too-large</comment>
        <translation>{context}でも約{need}必要ですが、このコンピューターのメモリの空きは{free}しかありません。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Help me choose a model</source>
        <translation>モデル選びガイド</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>何をしたいですか？</translation>
    </message>
    <message>
        <source>Hearth has looked at your computer. {headline}</source>
        <translation>Hearthがお使いのコンピューターを調べました。{headline}</translation>
    </message>
    <message>
        <source>Will you use it for work, in a business?</source>
        <translation>仕事（ビジネス）で使いますか？</translation>
    </message>
    <message>
        <source>No, for myself (any open licence)</source>
        <translation>いいえ、個人で使います（どのオープンライセンスでも可）</translation>
    </message>
    <message>
        <source>Yes (only licences that allow business use)</source>
        <translation>はい（商用利用できるライセンスのみ）</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>あなたへのおすすめ</translation>
    </message>
    <message>
        <source>Nothing fits yet</source>
        <translation>合うモデルなし</translation>
    </message>
    <message>
        <source>No model in the catalog does that on this computer with the licence you need. Try allowing any licence, or close other programs to free memory and rescan on the Hardware page.</source>
        <translation>必要なライセンスで、このコンピューターでそれができるモデルはカタログにありません。どのライセンスでも可にするか、他のプログラムを閉じてメモリを空け、「ハードウェア」ページで再スキャンしてください。</translation>
    </message>
    <message>
        <source>Compare these</source>
        <translation>これらを比較</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>{model}をダウンロード</translation>
    </message>
    <message>
        <source>Download {model} to compare it too.</source>
        <translation>{model}もダウンロードして比較しましょう。</translation>
    </message>
    <message>
        <source>Download {first} and {second} to compare them too.</source>
        <translation>{first}と{second}もダウンロードして比較しましょう。</translation>
    </message>
    <message>
        <source>Download {first}, {second} and {third} to compare them too.</source>
        <translation>{first}、{second}、{third}もダウンロードして比較しましょう。</translation>
    </message>
    <message>
        <source>{size} download · {licence} · {verdict}</source>
        <translation>{size}のダウンロード · {licence} · {verdict}</translation>
    </message>
    <message>
        <source>{role}: {model}, {summary}</source>
        <translation>{role}: {model}、{summary}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show {model} in Discover</source>
        <translation>「探す」で{model}を表示</translation>
    </message>
    <message>
        <source>Show it in Discover; other filters are cleared</source>
        <translation>「探す」で表示します。他のフィルターはクリアされます</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <source>Could not measure free disk space at {path}: {problem}</source>
        <comment>hardware.disk-unmeasured</comment>
        <translation>{path}のディスクの空き容量を測れませんでした: {problem}</translation>
    </message>
    <message>
        <source>Models up to about {in_memory} can run on your processor, from memory. No graphics card that Hearth can use was found, so smaller models will feel faster.</source>
        <comment>hardware.headline-cpu</comment>
        <translation>約{in_memory}までのモデルを、プロセッサーでメモリから実行できます。Hearthが使えるグラフィックカードが見つからなかったため、小さめのモデルのほうが速く感じられます。</translation>
    </message>
    <message>
        <source>Models up to about {on_gpu} can run on your {gpu} using {acceleration}; it shares memory with the rest of the computer, so close big apps before loading large models.</source>
        <comment>hardware.headline-shared</comment>
        <translation>約{on_gpu}までのモデルを、{acceleration}を使って{gpu}で実行できます。メモリをコンピューターの他の部分と共有しているため、大きなモデルを読み込む前に大きなアプリを閉じてください。</translation>
    </message>
    <message>
        <source>Models up to about {on_gpu} can run fully on your graphics card; up to about {in_memory} in memory, partly on the processor and slower.</source>
        <comment>hardware.headline-gpu</comment>
        <translation>約{on_gpu}までのモデルを、すべてグラフィックカードで実行できます。約{in_memory}までならメモリに読み込み、一部をプロセッサーで実行できますが、遅くなります。</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>hardware.unknown-size</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>{gpu}: {memory}, used through {backend}.</source>
        <comment>hardware.gpu-used</comment>
        <translation>{gpu}: {memory}、{backend}経由で使用。</translation>
    </message>
    <message>
        <source>{gpu}: {memory}, {free} free, used through {backend}.</source>
        <comment>hardware.gpu-used-free</comment>
        <translation>{gpu}: {memory}（空き{free}）、{backend}経由で使用。</translation>
    </message>
    <message>
        <source>{gpu}: not used, because its {memory} of memory is too small to help.</source>
        <comment>hardware.gpu-too-small</comment>
        <translation>{gpu}: 使用しません。メモリが{memory}しかなく、小さすぎて役に立たないためです。</translation>
    </message>
    <message>
        <source>Transcription runs on the processor: the speech engine (CTranslate2) sees no CUDA device. It needs NVIDIA&apos;s cuBLAS 12 and cuDNN 9 libraries, which the CUDA build of Hearth carries.</source>
        <comment>hardware.speech-no-cuda</comment>
        <translation>文字起こしはプロセッサーで実行します。音声エンジン (CTranslate2) がCUDAデバイスを認識できません。NVIDIAのcuBLAS 12とcuDNN 9のライブラリが必要で、これらはCUDA版Hearthに含まれています。</translation>
    </message>
    <message>
        <source>Could not read /proc/cpuinfo: {problem}</source>
        <comment>hardware.cpuinfo-unread</comment>
        <translation>/proc/cpuinfoを読み込めませんでした: {problem}</translation>
    </message>
    <message>
        <source>Hearth&apos;s download for older processors runs here, a little slower; so does a Hearth built on this computer (`make run` from the source).</source>
        <comment>hardware.remedy-older-build</comment>
        <translation>古いプロセッサー向けのHearthのダウンロード版なら、少し遅くなりますがここで動作します。このコンピューターでビルドしたHearth（ソースから `make run`）も動作します。</translation>
    </message>
    <message>
        <source>A Hearth built on this computer (`make run` from the source) compiles the engine for this processor.</source>
        <comment>hardware.remedy-build-here</comment>
        <translation>このコンピューターでビルドしたHearth（ソースから `make run`）なら、このプロセッサー向けにエンジンをコンパイルします。</translation>
    </message>
    <message>
        <source>Chat models cannot run with this copy of Hearth: its engine was built for processors with {names}, and {processor} lacks these. Transcription still works. {remedy}</source>
        <comment>hardware.cpu-lacks-features</comment>
        <translation>このHearthではチャットモデルを実行できません。エンジンが{names}を備えたプロセッサー向けにビルドされていますが、{processor}にはこれらがありません。文字起こしは引き続き使えます。{remedy}</translation>
    </message>
    <message>
        <source>Chat models cannot run with this copy of Hearth: its engine was built for processors with {names}, and {processor} lacks this. Transcription still works. {remedy}</source>
        <comment>hardware.cpu-lacks-feature</comment>
        <translation>このHearthではチャットモデルを実行できません。エンジンが{names}を備えたプロセッサー向けにビルドされていますが、{processor}にはこれがありません。文字起こしは引き続き使えます。{remedy}</translation>
    </message>
    <message>
        <source>this processor</source>
        <comment>hardware.this-processor</comment>
        <translation>このプロセッサー</translation>
    </message>
    <message>
        <source>{gpu}: not used, because this build of Hearth&apos;s engine (llama.cpp) has no GPU support. Install the {backend} build of Hearth to use it.</source>
        <comment>hardware.gpu-no-support</comment>
        <translation>{gpu}: 使用しません。このビルドのHearthのエンジン (llama.cpp) はGPUに対応していないためです。使うには{backend}版のHearthをインストールしてください。</translation>
    </message>
    <message>
        <source>{gpu}: not used, because llama.cpp has no way to drive it.</source>
        <comment>hardware.gpu-no-driver</comment>
        <translation>{gpu}: 使用しません。llama.cppで動かす方法がないためです。</translation>
    </message>
    <message>
        <source>{gpu}: not used, because this build of Hearth&apos;s engine drives {built} graphics cards, and this one needs {needed}. Install the {needed} build of Hearth to use it.</source>
        <comment>hardware.gpu-other-backend</comment>
        <translation>{gpu}: 使用しません。このビルドのHearthのエンジンは{built}のグラフィックカード用で、このカードには{needed}が必要なためです。使うには{needed}版のHearthをインストールしてください。</translation>
    </message>
    <message>
        <source>{gpu}: not used, because it is older (compute capability {capability}) than this build of Hearth&apos;s engine supports ({oldest} or newer).</source>
        <comment>hardware.gpu-too-old</comment>
        <translation>{gpu}: 使用しません。このビルドのHearthのエンジンが対応するもの（{oldest}以降）より古いためです（Compute Capability {capability}）。</translation>
    </message>
    <message>
        <source>{gpu}: not used, because its NVIDIA driver {driver} is too old for Hearth&apos;s CUDA engine ({wanted} or newer). Update the driver (from nvidia.com or your system&apos;s driver manager) and restart Hearth; until then models run on the processor.</source>
        <comment>hardware.driver-too-old</comment>
        <translation>{gpu}: 使用しません。NVIDIAドライバー{driver}がHearthのCUDAエンジンには古すぎるためです（{wanted}以降が必要）。ドライバーを更新して（nvidia.comまたはシステムのドライバー管理ツールから）Hearthを再起動してください。それまではモデルはプロセッサーで実行されます。</translation>
    </message>
    <message>
        <source>The NVIDIA driver (NVML) {problem}; trying nvidia-smi</source>
        <comment>hardware.nvml-missing</comment>
        <translation>NVIDIAドライバー (NVML): {problem}。nvidia-smiを試しています</translation>
    </message>
    <message>
        <source>The NVIDIA driver (NVML) gave an error: {problem}; trying nvidia-smi</source>
        <comment>hardware.nvml-error</comment>
        <translation>NVIDIAドライバー (NVML) でエラーが発生しました: {problem}。nvidia-smiを試しています</translation>
    </message>
    <message>
        <source>nvidia-smi answered, but its output listed no GPU Hearth could read</source>
        <comment>hardware.nvidia-smi-no-gpu</comment>
        <translation>nvidia-smiは応答しましたが、出力にHearthが読み取れるGPUがありませんでした</translation>
    </message>
    <message>
        <source>nvidia-smi is installed but cannot reach the NVIDIA driver: the graphics card cannot be used until the driver is installed or the computer restarted</source>
        <comment>hardware.nvidia-driver-unreachable</comment>
        <translation>nvidia-smiはインストールされていますが、NVIDIAドライバーに接続できません。ドライバーをインストールするかコンピューターを再起動するまで、グラフィックカードは使えません</translation>
    </message>
    <message>
        <source>system_profiler is missing: cannot see the graphics processor</source>
        <comment>hardware.no-system-profiler</comment>
        <translation>system_profilerがありません。グラフィックプロセッサーを確認できません</translation>
    </message>
    <message>
        <source>Windows reports at most 4 GB for {gpu}; it may have more</source>
        <comment>hardware.windows-vram-capped</comment>
        <translation>Windowsでは{gpu}のメモリは最大4 GBと報告されます。実際にはもっと多い可能性があります</translation>
    </message>
    <message>
        <source>The llama.cpp engine could not be loaded, so chat will not work: {problem}</source>
        <comment>hardware.chat-engine-missing</comment>
        <translation>llama.cppエンジンを読み込めなかったため、チャットは使えません: {problem}</translation>
    </message>
    <message>
        <source>The speech engine (CTranslate2) could not be loaded, so transcription will not work: {problem}</source>
        <comment>hardware.speech-engine-missing</comment>
        <translation>音声エンジン (CTranslate2) を読み込めなかったため、文字起こしは使えません: {problem}</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>Your computer</source>
        <translation>お使いのコンピューター</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>再スキャン</translation>
    </message>
    <message>
        <source>Look at the hardware again (Ctrl+R)</source>
        <translation>ハードウェアを再確認 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Look at the hardware again</source>
        <translation>ハードウェアを再確認</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>プロセッサー</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>グラフィックス</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>アクセラレーション</translation>
    </message>
    <message>
        <source>Storage for models</source>
        <translation>モデルの保存先</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>詳細を隠す</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <source>Show the full scan</source>
        <translation>スキャン結果をすべて表示</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Copy the full scan, for example to paste into a bug report</source>
        <translation>スキャン結果をすべてコピー（バグ報告に貼り付ける場合など）</translation>
    </message>
    <message>
        <source>Copy the full scan</source>
        <translation>スキャン結果をすべてコピー</translation>
    </message>
    <message>
        <source>The full scan</source>
        <translation>スキャン結果の全文</translation>
    </message>
    <message>
        <source>Warnings about this computer</source>
        <translation>このコンピューターに関する警告</translation>
    </message>
    <message>
        <source>Looking at your computer…</source>
        <translation>お使いのコンピューターを確認中…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>スキャン中…</translation>
    </message>
    <message>
        <source>no vector extensions found</source>
        <translation>ベクトル拡張命令が見つかりません</translation>
    </message>
    <message numerus="yes">
        <source>%n threads</source>
        <translation>
            <numerusform>%nスレッド</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <translation>
            <numerusform>%nコア</numerusform>
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
        <translation>現在{size}空き</translation>
    </message>
    <message numerus="yes">
        <source>{name} (+%n more)</source>
        <translation>
            <numerusform>{name}（他%n個）</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor only</source>
        <translation>プロセッサーのみ</translation>
    </message>
    <message>
        <source>No graphics card that Hearth can use was found. Models run on the processor.</source>
        <translation>Hearthが使えるグラフィックカードが見つかりませんでした。モデルはプロセッサーで実行されます。</translation>
    </message>
    <message>
        <source>{size} free</source>
        <translation>{size}空き</translation>
    </message>
    <message>
        <source>The scan&apos;s details are copied: paste them into a bug report or a message.</source>
        <translation>スキャンの詳細をコピーしました。バグ報告やメッセージに貼り付けてください。</translation>
    </message>
    <message>
        <source>The chat engine (llama.cpp) could not be loaded; see the details below.</source>
        <translation>チャットエンジン (llama.cpp) を読み込めませんでした。下の詳細を参照してください。</translation>
    </message>
    <message>
        <source>Chat: llama.cpp {version}, with GPU support</source>
        <translation>チャット: llama.cpp {version}、GPU対応</translation>
    </message>
    <message>
        <source>Chat: llama.cpp {version}, built for the processor only</source>
        <translation>チャット: llama.cpp {version}、プロセッサー専用ビルド</translation>
    </message>
    <message>
        <source>The speech engine (CTranslate2) could not be loaded; see the details below.</source>
        <translation>音声エンジン (CTranslate2) を読み込めませんでした。下の詳細を参照してください。</translation>
    </message>
    <message>
        <source>Transcription: CTranslate2 {version}, on the graphics card</source>
        <translation>文字起こし: CTranslate2 {version}、グラフィックカードで実行</translation>
    </message>
    <message>
        <source>Transcription: CTranslate2 {version}, on the processor</source>
        <translation>文字起こし: CTranslate2 {version}、プロセッサーで実行</translation>
    </message>
    <message>
        <source>Processor ({extension})</source>
        <translation>プロセッサー ({extension})</translation>
    </message>
</context>
<context>
    <name>Host</name>
    <message>
        <source>Cancelled.</source>
        <comment>host.job-cancelled</comment>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>{name} is not loaded.</source>
        <comment>host.not-loaded</comment>
        <translation>{name}は読み込まれていません。</translation>
    </message>
    <message>
        <source>{name} is not loaded any more; load it again to go on.</source>
        <comment>host.no-model-loaded</comment>
        <translation>{name}はもう読み込まれていません。続けるには読み込み直してください。</translation>
    </message>
    <message>
        <source>{evicted} was unloaded to make room for {name}.</source>
        <comment>host.unloaded-for-room</comment>
        <translation>{name}の場所を空けるため、{evicted}を解放しました。</translation>
    </message>
</context>
<context>
    <name>HubNotice</name>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
</context>
<context>
    <name>HubRepoView</name>
    <message>
        <source>Reading its files and each quantization&apos;s header on Hugging Face…</source>
        <translation>Hugging Faceでファイルと各量子化のヘッダーを読み込み中…</translation>
    </message>
    <message>
        <source>architecture unknown</source>
        <translation>アーキテクチャ不明</translation>
    </message>
    <message numerus="yes">
        <source>{arch} · revision {revision} · %n quantizations</source>
        <translation>
            <numerusform>{arch} · リビジョン{revision} · %n種類の量子化</numerusform>
        </translation>
    </message>
    <message>
        <source>Gated: accept its terms on &lt;a href=&quot;{url}&quot;&gt;its Hugging Face page&lt;/a&gt; and add a token in Settings to download it.</source>
        <translation>アクセス制限あり: &lt;a href=&quot;{url}&quot;&gt;Hugging Faceのページ&lt;/a&gt;で利用規約に同意し、「設定」でトークンを追加するとダウンロードできます。</translation>
    </message>
    <message>
        <source>This repository has no GGUF files Hearth can run.</source>
        <translation>このリポジトリには、Hearthで実行できるGGUFファイルがありません。</translation>
    </message>
</context>
<context>
    <name>HubResultsTable</name>
    <message>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード数</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>いいね</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>a free licence</source>
        <translation>フリーライセンス</translation>
    </message>
    <message>
        <source>open, with conditions</source>
        <translation>オープン（条件付き）</translation>
    </message>
    <message>
        <source>for research</source>
        <translation>研究用</translation>
    </message>
    <message>
        <source>not for commercial use</source>
        <translation>商用利用不可</translation>
    </message>
    <message>
        <source>Hugging Face results</source>
        <translation>Hugging Faceの検索結果</translation>
    </message>
    <message>
        <source>Press Enter on a repository to see how each of its files runs here</source>
        <translation>リポジトリでEnterを押すと、各ファイルがここでどう動くかを表示します</translation>
    </message>
    <message>
        <source>by {author}, {downloads} downloads, {likes} likes, updated {date}, licence: {licence}</source>
        <translation>作成者 {author}、ダウンロード数 {downloads}、いいね {likes}、更新日 {date}、ライセンス: {licence}</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>A licence Hearth does not know: read it on the model&apos;s page before using the model.</source>
        <translation>Hearthが知らないライセンスです。使う前にモデルのページで確認してください。</translation>
    </message>
    <message>
        <source>{licence}: {tier}</source>
        <translation>{licence}: {tier}</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>制限あり</translation>
    </message>
    <message>
        <source>In Hearth&apos;s picks</source>
        <translation>Hearthのおすすめに掲載</translation>
    </message>
    <message>
        <source>Needs access granted on its Hugging Face page and a token in Settings</source>
        <translation>Hugging Faceのページでのアクセス許可と、「設定」でのトークンが必要です</translation>
    </message>
    <message>
        <source>In Hearth&apos;s picks: {name}</source>
        <translation>Hearthのおすすめに掲載: {name}</translation>
    </message>
</context>
<context>
    <name>HubSearch</name>
    <message>
        <source>Offline mode is on, so Hearth did not search Hugging Face. Turn it off in Settings to search.</source>
        <comment>hub_search.search-offline</comment>
        <translation>オフラインモードがオンのため、HearthはHugging Faceを検索しませんでした。検索するには「設定」でオフにしてください。</translation>
    </message>
    <message>
        <source>in {wait} seconds</source>
        <comment>hub_search.in-seconds</comment>
        <translation>{wait}秒後</translation>
    </message>
    <message>
        <source>in a minute</source>
        <comment>hub_search.in-a-minute</comment>
        <translation>1分後</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from here; retry {when}.</source>
        <comment>hub_search.hub-busy</comment>
        <translation>ここからHugging Faceへのリクエストが多すぎます。しばらくしてから再試行してください（{when}）。</translation>
    </message>
    <message>
        <source>Hugging Face had a problem of its own ({status}); nothing is wrong here. Retry in a moment.</source>
        <comment>hub_search.hub-server-error</comment>
        <translation>Hugging Face側で問題が発生しました（{status}）。こちらには問題はありません。少し待ってから再試行してください。</translation>
    </message>
    <message>
        <source>Hugging Face refused the request ({status}).</source>
        <comment>hub_search.request-refused</comment>
        <translation>Hugging Faceがリクエストを拒否しました（{status}）。</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check your connection (or the mirror in Settings) and retry.</source>
        <comment>hub_search.hub-unreachable</comment>
        <translation>{host}から時間内に応答がありませんでした。接続（または「設定」のミラー）を確認して、再試行してください。</translation>
    </message>
    <message>
        <source>Hearth could not reach {host}. Check your connection (or the mirror in Settings) and retry.</source>
        <comment>hub_search.unreachable</comment>
        <translation>Hearthは{host}に接続できませんでした。接続（または「設定」のミラー）を確認して、再試行してください。</translation>
    </message>
    <message>
        <source>Hugging Face sent an answer Hearth could not read. Retry in a moment.</source>
        <comment>hub_search.hub-failed</comment>
        <translation>Hugging Faceから、Hearthが読み取れない応答が返されました。少し待ってから再試行してください。</translation>
    </message>
    <message>
        <source>{repo} asks you to accept its licence first. Open {page}, accept the terms, then add a Hugging Face token in Settings.</source>
        <comment>hub_search.gated-model</comment>
        <translation>{repo}を使うには、先にライセンスへの同意が必要です。{page}を開いて利用規約に同意し、「設定」でHugging Faceトークンを追加してください。</translation>
    </message>
    <message>
        <source>The model {repo} was not found. It may have been renamed, or it is private and needs a token.</source>
        <comment>hub_search.model-not-found</comment>
        <translation>モデル{repo}が見つかりませんでした。名前が変わったか、トークンが必要な非公開モデルの可能性があります。</translation>
    </message>
    <message>
        <source>{filename} is no longer in {repo}.</source>
        <comment>hub_search.file-gone</comment>
        <translation>{filename}はもう{repo}にありません。</translation>
    </message>
    <message>
        <source>Hugging Face refused access to {repo} ({status}). Accept the model&apos;s licence on {page} and add a token in Settings.</source>
        <comment>hub_search.access-refused</comment>
        <translation>Hugging Faceが{repo}へのアクセスを拒否しました（{status}）。{page}でモデルのライセンスに同意し、「設定」でトークンを追加してください。</translation>
    </message>
    <message>
        <source>Hugging Face answered with an error ({status}) for {filename}. Try again later.</source>
        <comment>hub_search.file-error</comment>
        <translation>Hugging Faceが{filename}に対してエラーを返しました（{status}）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face to read {filename}. Check your connection.</source>
        <comment>hub_search.network-problem</comment>
        <translation>{filename}を読み込むためにHugging Faceに接続できませんでした。接続を確認してください。</translation>
    </message>
    <message>
        <source>This link is too long for a Hugging Face model link ({length} characters; at most {max_link_length}), so Hearth did not open it.</source>
        <comment>hub_search.link-too-long</comment>
        <translation>このリンクはHugging Faceのモデルリンクとしては長すぎるため（{length}文字、上限は{max_link_length}文字）、Hearthは開きませんでした。</translation>
    </message>
    <message>
        <source>This link contains invisible control characters, so Hearth did not open it.</source>
        <comment>hub_search.link-control-characters</comment>
        <translation>このリンクには目に見えない制御文字が含まれているため、Hearthは開きませんでした。</translation>
    </message>
    <message>
        <source>This is not a link Hearth can read.</source>
        <comment>hub_search.link-unreadable</comment>
        <translation>Hearthが読み取れるリンクではありません。</translation>
    </message>
    <message>
        <source>Hearth opens only links that start with {scheme}://{host}; this one is not for Hearth.</source>
        <comment>hub_search.link-other-site</comment>
        <translation>Hearthが開くのは{scheme}://{host}で始まるリンクだけです。このリンクはHearth用ではありません。</translation>
    </message>
    <message>
        <source>Hearth opens only Hugging Face model links ({scheme}://{host}?model=ORG/REPO); this one asks for something else.</source>
        <comment>hub_search.link-not-model</comment>
        <translation>Hearthが開くのはHugging Faceのモデルリンク（{scheme}://{host}?model=ORG/REPO）だけです。このリンクは別のものを求めています。</translation>
    </message>
    <message>
        <source>This link does not say which model to open (it has no model=ORG/REPO).</source>
        <comment>hub_search.link-without-model</comment>
        <translation>このリンクには、開くモデルが指定されていません（model=ORG/REPO がありません）。</translation>
    </message>
    <message>
        <source>This link names more than one model or file, so Hearth cannot tell which to open.</source>
        <comment>hub_search.link-names-several</comment>
        <translation>このリンクは複数のモデルやファイルを指定しているため、Hearthはどれを開けばよいかわかりません。</translation>
    </message>
    <message>
        <source>This link is garbled (its letters are not encoded correctly).</source>
        <comment>hub_search.link-garbled-letters</comment>
        <translation>このリンクは文字化けしています（文字が正しくエンコードされていません）。</translation>
    </message>
    <message>
        <source>This link names a version or a tag of {base}; Hearth opens a model&apos;s current files, so use the model&apos;s link without the part after &apos;@&apos; or &apos;:&apos;.</source>
        <comment>hub_search.link-names-version</comment>
        <translation>このリンクは{base}のバージョンまたはタグを指定しています。Hearthはモデルの現在のファイルを開くため、「@」または「:」以降を除いたモデルのリンクを使ってください。</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a Hugging Face model name; a model link names one like &apos;organization/model-name&apos;.</source>
        <comment>hub_search.link-bad-repo</comment>
        <translation>「{repo}」はHugging Faceのモデル名ではありません。モデルリンクには「organization/model-name」のような名前を指定します。</translation>
    </message>
    <message>
        <source>This link points at a file outside the model&apos;s folder (&apos;{file}&apos;), so Hearth did not open it.</source>
        <comment>hub_search.file-outside-folder</comment>
        <translation>このリンクはモデルのフォルダー外のファイル（「{file}」）を指しているため、Hearthは開きませんでした。</translation>
    </message>
    <message>
        <source>This link points at &apos;{file}&apos;, which is not a GGUF model file; Hearth runs GGUF files only.</source>
        <comment>hub_search.not-a-gguf-file</comment>
        <translation>このリンクが指す「{file}」はGGUFモデルファイルではありません。HearthはGGUFファイルしか実行できません。</translation>
    </message>
    <message>
        <source>{path} on Hugging Face ends inside its header: the file is damaged there.</source>
        <comment>hub_search.corrupt-model-file</comment>
        <translation>Hugging Face上の{path}はヘッダーの途中で終わっています。ファイルのその部分が破損しています。</translation>
    </message>
    <message>
        <source>{repo} has no {only}; it may have been renamed or removed.</source>
        <comment>hub_search.quant-gone</comment>
        <translation>{repo}には{only}がありません。名前が変わったか、削除された可能性があります。</translation>
    </message>
    <message>
        <source>Some of its parts are missing from the repository.</source>
        <comment>hub_search.parts-missing</comment>
        <translation>リポジトリに、一部の分割ファイルがありません。</translation>
    </message>
</context>
<context>
    <name>HubSearchPanel</name>
    <message>
        <source>Words, org/repo, or a huggingface.co address</source>
        <translation>キーワード、org/repo、またはhuggingface.coのアドレス</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Hugging Faceを検索</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>結果の並べ替え</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search any GGUF model on Hugging Face; each is judged for this computer.</source>
        <translation>Hugging Face上のあらゆるGGUFモデルを検索できます。それぞれこのコンピューターに合うかを判定します。</translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation>ダウンロード数順</translation>
    </message>
    <message>
        <source>Most liked</source>
        <translation>いいね数順</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>トレンド</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>最近の更新順</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>さらに表示</translation>
    </message>
    <message>
        <source>← Back to results</source>
        <translation>← 結果に戻る</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>結果に戻る</translation>
    </message>
    <message>
        <source>Type what to search for: words, org/repo, or an address.</source>
        <translation>検索する内容を入力してください: キーワード、org/repo、またはアドレス。</translation>
    </message>
    <message>
        <source>Searching Hugging Face for “{text}”…</source>
        <translation>Hugging Faceで「{text}」を検索中…</translation>
    </message>
    <message>
        <source>Loading more results…</source>
        <translation>さらに結果を読み込み中…</translation>
    </message>
    <message>
        <source>These results for “{text}” are from {time}, kept while Hugging Face cannot be asked.</source>
        <translation>「{text}」の結果は{time}時点のものです。Hugging Faceに問い合わせできない間、保存しておいた結果を表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”, more below. Choose one to see how it runs here.</source>
        <translation>
            <numerusform>「{text}」のGGUFリポジトリが%n件あります（下にさらにあります）。選ぶと、ここでどう動くかを確認できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”. Choose one to see how it runs here.</source>
        <translation>
            <numerusform>「{text}」のGGUFリポジトリが%n件あります。選ぶと、ここでどう動くかを確認できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other repositories match without GGUF files Hearth can run.</source>
        <translation>
            <numerusform>他に%n件のリポジトリが一致しましたが、Hearthで実行できるGGUFファイルがありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>No GGUF models on Hugging Face match “{text}”.</source>
        <translation>「{text}」に一致するGGUFモデルはHugging Faceにありません。</translation>
    </message>
    <message>
        <source>100 or more other repositories match without GGUF files Hearth can run.</source>
        <translation>他に100件以上のリポジトリが一致しましたが、Hearthで実行できるGGUFファイルがありません。</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; its verdicts come next.</source>
        <translation>Hearthはまだこのコンピューターを調べています。判定はそのあとに表示されます。</translation>
    </message>
    <message>
        <source>Hearth could not read this repository&apos;s files.</source>
        <translation>Hearthはこのリポジトリのファイルを読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n quantizations of {repo} judged for this computer.</source>
        <translation>
            <numerusform>{repo}の%n種類の量子化を、このコンピューター向けに判定しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>このコンピューターには大きすぎます</translation>
    </message>
    <message>
        <source>{repo} {quant} is too large for this computer.

{reason}

Download it anyway?</source>
        <translation>{repo} {quant}はこのコンピューターには大きすぎます。

{reason}

それでもダウンロードしますか？</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>{name} is too large to attach ({size}); images up to {max_file_bytes} can be attached.</source>
        <comment>images.file-too-large</comment>
        <translation>{name}は大きすぎて添付できません（{size}）。添付できる画像は{max_file_bytes}までです。</translation>
    </message>
    <message>
        <source>{name} could not be opened: {problem}.</source>
        <comment>images.unopened</comment>
        <translation>{name}を開けませんでした: {problem}。</translation>
    </message>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <comment>images.empty-picture</comment>
        <translation>{name}は空です。画像が入っていません。</translation>
    </message>
    <message>
        <source>{name} is too large to attach ({size}).</source>
        <comment>images.too-large-attach</comment>
        <translation>{name}は大きすぎて添付できません（{size}）。</translation>
    </message>
    <message>
        <source>{name} has too many pixels to attach; scale it down first.</source>
        <comment>images.too-many-pixels</comment>
        <translation>{name}はピクセル数が多すぎて添付できません。先に縮小してください。</translation>
    </message>
    <message>
        <source>{name} is not a picture Hearth can show a model; attach a PNG, JPEG, WebP, BMP or GIF image.</source>
        <comment>images.unknown-format</comment>
        <translation>{name}はHearthがモデルに見せられる画像ではありません。PNG、JPEG、WebP、BMP、GIFの画像を添付してください。</translation>
    </message>
    <message>
        <source>{name} could not be read: the picture in it is damaged or incomplete.</source>
        <comment>images.image-refused</comment>
        <translation>{name}を読み込めませんでした。中の画像が破損しているか、不完全です。</translation>
    </message>
    <message>
        <source>{name} is {width:,} × {height:,} pixels, more than Hearth attaches ({millions} million pixels); scale it down first.</source>
        <comment>images.too-many-pixels-sized</comment>
        <translation>{name}は{width:,} × {height:,}ピクセルで、Hearthで添付できる上限（{millions}メガピクセル）を超えています。先に縮小してください。</translation>
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
            <numerusform>{done} / %n個のファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>{files} · {chunks}</source>
        <translation>{files} · {chunks}</translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation>
            <numerusform>%n個のチャンク</numerusform>
        </translation>
    </message>
    <message>
        <source>{progress} · reading {file}</source>
        <translation>{progress} · {file}を読み込み中</translation>
    </message>
    <message>
        <source>about {minutes} min {seconds} s left</source>
        <translation>残り約{minutes}分{seconds}秒</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>残り約{seconds}秒</translation>
    </message>
    <message>
        <source>{progress} · {left}</source>
        <translation>{progress} · {left}</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n個のファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: {files} read, {chunks}.</source>
        <translation>完了: {files}を読み込み、{chunks}。</translation>
    </message>
    <message>
        <source>Everything was up to date.</source>
        <translation>すべて最新の状態でした。</translation>
    </message>
    <message numerus="yes">
        <source>%n files that are gone were dropped.</source>
        <translation>
            <numerusform>なくなった%n個のファイルを除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>インデックス作成を再開</translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation>インデックス作成を一時停止</translation>
    </message>
    <message>
        <source>Indexing of {name}: done</source>
        <translation>{name}のインデックス作成: 完了</translation>
    </message>
    <message>
        <source>Indexing “{name}”…</source>
        <translation>「{name}」のインデックスを作成中…</translation>
    </message>
    <message>
        <source>Indexing of {name}</source>
        <translation>{name}のインデックス作成</translation>
    </message>
    <message>
        <source>Indexing of {name}: {percent}%</source>
        <translation>{name}のインデックス作成: {percent}%</translation>
    </message>
    <message>
        <source>Paused · {text}</source>
        <translation>一時停止中 · {text}</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Go to a page, in the sidebar&apos;s order</source>
        <translation>ページへ移動（サイドバーの順）</translation>
    </message>
    <message>
        <source>Show or hide downloads</source>
        <translation>ダウンロードの表示/非表示</translation>
    </message>
    <message>
        <source>New conversation (Chat)</source>
        <translation>新しい会話（チャット）</translation>
    </message>
    <message>
        <source>Send the message (Chat)</source>
        <translation>メッセージを送信（チャット）</translation>
    </message>
    <message>
        <source>New line in the message (Chat)</source>
        <translation>メッセージ内で改行（チャット）</translation>
    </message>
    <message>
        <source>Stop the reply (Chat)</source>
        <translation>返答を停止（チャット）</translation>
    </message>
    <message>
        <source>Search models (Discover)</source>
        <translation>モデルを検索（探す）</translation>
    </message>
    <message>
        <source>Check this computer again (Hardware)</source>
        <translation>このコンピューターを再確認（ハードウェア）</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>文字を小さく</translation>
    </message>
    <message>
        <source>Usual text size</source>
        <translation>標準の文字サイズ</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>このショートカット一覧</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>次/前のコントロールへ移動</translation>
    </message>
    <message>
        <source>Press the button or switch that has focus</source>
        <translation>フォーカスのあるボタンやスイッチを押す</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>Language and text size</source>
        <translation>言語と文字サイズ</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>文字サイズ(&amp;T)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字サイズ</translation>
    </message>
    <message>
        <source>Ctrl+= larger, Ctrl+- smaller, Ctrl+0 the usual size</source>
        <translation>Ctrl+= で大きく、Ctrl+- で小さく、Ctrl+0 で標準サイズ</translation>
    </message>
</context>
<context>
    <name>LeaderboardPanel</name>
    <message>
        <source>Blind: hide the model names until I vote</source>
        <translation>ブラインド: 投票するまでモデル名を隠す</translation>
    </message>
    <message>
        <source>{letter} is better</source>
        <translation>{letter}のほうが良い</translation>
    </message>
    <message>
        <source>Reply {letter}</source>
        <translation>返答{letter}</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>引き分け</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>トークン/秒</translation>
    </message>
    <message>
        <source>first token</source>
        <translation>最初のトークン</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>返答数</translation>
    </message>
    <message>
        <source>This run&apos;s numbers</source>
        <translation>この実行の数値</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Rating (95 % range)</source>
        <translation>レーティング（95% 範囲）</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票数</translation>
    </message>
    <message>
        <source>Chosen over the next one</source>
        <translation>1つ下より選ばれる確率</translation>
    </message>
    <message>
        <source>Your leaderboard</source>
        <translation>あなたのランキング</translation>
    </message>
    <message>
        <source>Ratings use all your votes for this task. A range shows where a rating likely lies; models whose ranges overlap share a rank. More votes narrow the ranges.</source>
        <translation>レーティングには、このタスクでのあなたの投票がすべて使われます。範囲は、レーティングがおそらく収まる幅を示します。範囲が重なるモデルは同じ順位になります。投票が増えるほど範囲は狭まります。</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>この実行</translation>
    </message>
    <message>
        <source>Your leaderboard for</source>
        <translation>あなたのランキング:</translation>
    </message>
    <message>
        <source>Task of the leaderboard</source>
        <translation>ランキングのタスク</translation>
    </message>
    <message>
        <source>Wait for every model&apos;s reply to this prompt before voting.</source>
        <translation>このプロンプトへのすべてのモデルの返答がそろうまで待ってから投票してください。</translation>
    </message>
    <message>
        <source>Which reply is better?</source>
        <translation>どちらの返答が良いですか？</translation>
    </message>
    <message>
        <source>Run a set to vote on its replies.</source>
        <translation>セットを実行すると、その返答に投票できます。</translation>
    </message>
    <message>
        <source>You called it a tie.</source>
        <translation>引き分けにしました。</translation>
    </message>
    <message>
        <source>You chose {model}.</source>
        <translation>{model}を選びました。</translation>
    </message>
</context>
<context>
    <name>LibraryRow</name>
    <message>
        <source>Downloaded by Hearth</source>
        <translation>Hearthでダウンロード</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>自分で追加</translation>
    </message>
    <message>
        <source>From LM Studio</source>
        <translation>LM Studioから</translation>
    </message>
    <message>
        <source>From Ollama</source>
        <translation>Ollamaから</translation>
    </message>
    <message>
        <source>From the Hugging Face cache</source>
        <translation>Hugging Faceのキャッシュから</translation>
    </message>
    <message>
        <source>From GPT4All</source>
        <translation>GPT4Allから</translation>
    </message>
    <message>
        <source>Can see images</source>
        <translation>画像対応</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Chat with {model}</source>
        <translation>{model}とチャット</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Show {model} in its folder</source>
        <translation>{model}をフォルダーに表示</translation>
    </message>
    <message>
        <source>Pair with projector…</source>
        <translation>ビジョン補助ファイルを設定…</translation>
    </message>
    <message>
        <source>Pair {model} with a vision companion</source>
        <translation>{model}にビジョン補助ファイルを組み合わせる</translation>
    </message>
    <message>
        <source>Choose the model&apos;s vision companion (an mmproj file) so it can see images</source>
        <translation>モデルのビジョン補助ファイル（mmproj ファイル）を選ぶと、画像を認識できるようになります</translation>
    </message>
    <message>
        <source>Sees images with {file}; choose another vision companion</source>
        <translation>{file}で画像を認識します。別のビジョン補助ファイルを選ぶ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete {model}</source>
        <translation>{model}を削除</translation>
    </message>
    <message>
        <source>Delete the downloaded files</source>
        <translation>ダウンロードしたファイルを削除</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Hide {model}</source>
        <translation>{model}を非表示</translation>
    </message>
    <message>
        <source>Hide it from this list (its files stay where they are)</source>
        <translation>このリストから隠します（ファイルは元の場所に残ります）</translation>
    </message>
    <message>
        <source>{model}, {size}, {verdict}</source>
        <translation>{model}、{size}、{verdict}</translation>
    </message>
    <message>
        <source>{model}, {size}</source>
        <translation>{model}、{size}</translation>
    </message>
    <message>
        <source>Speech-to-text model (faster-whisper)</source>
        <translation>音声認識モデル (faster-whisper)</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>{count}パラメーター</translation>
    </message>
    <message>
        <source>{billions}B parameters</source>
        <translation>{billions}Bパラメーター</translation>
    </message>
    <message>
        <source>{millions}M parameters</source>
        <translation>{millions}Mパラメーター</translation>
    </message>
    <message>
        <source>has a chat template</source>
        <translation>チャットテンプレートあり</translation>
    </message>
    <message>
        <source>no chat template (plain text prompts)</source>
        <translation>チャットテンプレートなし（プレーンテキストのプロンプト）</translation>
    </message>
    <message>
        <source>{count} tokens of context</source>
        <translation>コンテキスト{count}トークン</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Discover</source>
        <translation>探す</translation>
    </message>
    <message>
        <source>My Models</source>
        <translation>マイモデル</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation>文字起こし</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>ハードウェア</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <translation>{page} ({shortcut})</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Choose a page with the arrow keys, or open one with {first} to {last}.</source>
        <translation>矢印キーでページを選ぶか、{first}～{last}で開きます。</translation>
    </message>
    <message>
        <source>● Local server on</source>
        <translation>● ローカルサーバー稼働中</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Show downloads ({shortcut})</source>
        <translation>ダウンロードを表示 ({shortcut})</translation>
    </message>
    <message>
        <source>Shows or hides the list of downloads</source>
        <translation>ダウンロードの一覧を表示/非表示にします</translation>
    </message>
    <message>
        <source>Other apps use Hearth&apos;s models at {address}</source>
        <translation>他のアプリは{address}でHearthのモデルを使えます</translation>
    </message>
</context>
<context>
    <name>Mcp</name>
    <message>
        <source>There is no tool server called “{name}”. `hearth mcp list` shows the ones there are.</source>
        <comment>mcp.server-unknown</comment>
        <translation>「{name}」という名前のツールサーバーはありません。`hearth mcp list` で既存のものを確認できます。</translation>
    </message>
    <message>
        <source>A tool server called “{name}” is already there. Remove it first, or choose another name.</source>
        <comment>mcp.server-exists</comment>
        <translation>「{name}」という名前のツールサーバーはすでにあります。先に削除するか、別の名前を選んでください。</translation>
    </message>
    <message>
        <source>The tool servers&apos; list {path} could not be read: {strerror}.</source>
        <comment>mcp.list-unreadable</comment>
        <translation>ツールサーバーのリスト{path}を読み込めませんでした: {strerror}。</translation>
    </message>
    <message>
        <source>it is not valid JSON ({problem})</source>
        <comment>mcp.list-not-json</comment>
        <translation>有効なJSONではありません（{problem}）</translation>
    </message>
    <message>
        <source>The tool servers&apos; list could not be used: {problem}. It was kept as {aside}; Hearth starts with no tool servers. Fix that file and rename it back to {name} to use it again.</source>
        <comment>mcp.config-damaged</comment>
        <translation>ツールサーバーのリストを使用できません: {problem}。このファイルは{aside}として保存しました。Hearthはツールサーバーなしで起動します。もう一度使うには、ファイルを修正して名前を{name}に戻してください。</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <comment>mcp.list-not-object</comment>
        <translation>JSONオブジェクトではありません</translation>
    </message>
    <message>
        <source>its “{key}” is not an object of named servers</source>
        <comment>mcp.list-servers-not-object</comment>
        <translation>「{key}」が名前付きサーバーのオブジェクトではありません</translation>
    </message>
    <message>
        <source>the server “{name}” is not an object</source>
        <comment>mcp.list-server-not-object</comment>
        <translation>サーバー「{name}」がオブジェクトではありません</translation>
    </message>
    <message>
        <source>“{name}” cannot be a tool server&apos;s name: use up to 64 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit.</source>
        <comment>mcp.bad-server-name</comment>
        <translation>「{name}」はツールサーバーの名前に使えません。64文字以内の英字、数字、スペース、ドット、ハイフン、アンダースコアを使い、英字か数字で始めてください。</translation>
    </message>
    <message>
        <source>The tool server “{name}” in {where} {what}.</source>
        <comment>mcp.entry-invalid</comment>
        <translation>{where}のツールサーバー「{name}」: {what}。</translation>
    </message>
    <message>
        <source>has an “{key}” that is not an object of text values</source>
        <comment>mcp.entry-not-texts</comment>
        <translation>「{key}」がテキスト値のオブジェクトではありません</translation>
    </message>
    <message>
        <source>has an empty “command”</source>
        <comment>mcp.entry-empty-command</comment>
        <translation>「command」が空です</translation>
    </message>
    <message>
        <source>has “args” that are not a list of text</source>
        <comment>mcp.entry-bad-args</comment>
        <translation>「args」がテキストのリストではありません</translation>
    </message>
    <message>
        <source>has a “cwd” that is not a folder&apos;s path</source>
        <comment>mcp.entry-bad-cwd</comment>
        <translation>「cwd」がフォルダーのパスではありません</translation>
    </message>
    <message>
        <source>has a “url” that is not an http:// or https:// address</source>
        <comment>mcp.entry-bad-url</comment>
        <translation>「url」がhttp://またはhttps://のアドレスではありません</translation>
    </message>
    <message>
        <source>uses the older SSE transport, which Hearth does not speak yet (only Streamable HTTP)</source>
        <comment>mcp.entry-sse</comment>
        <translation>古いSSE方式を使っていますが、Hearthはまだ対応していません（Streamable HTTPのみ対応）</translation>
    </message>
    <message>
        <source>has neither a “command” (a program to start) nor a “url” (a server to reach)</source>
        <comment>mcp.entry-neither</comment>
        <translation>「command」（起動するプログラム）も「url」（接続するサーバー）もありません</translation>
    </message>
    <message>
        <source>The tool “{tool}” of “{name}” did not answer within {timeout_s:g} seconds, so Hearth stopped waiting. The server is still there for the next call.</source>
        <comment>mcp.tool-timed-out</comment>
        <translation>「{name}」のツール「{tool}」が{timeout_s:g}秒以内に応答しなかったため、Hearthは待つのをやめました。サーバーは次の呼び出しに引き続き使えます。</translation>
    </message>
    <message>
        <source>The tool server “{name}” refused the call to “{tool}”: {problem}</source>
        <comment>mcp.tool-refused</comment>
        <translation>ツールサーバー「{name}」が「{tool}」の呼び出しを拒否しました: {problem}</translation>
    </message>
    <message>
        <source>The tool server “{name}” is not running.</source>
        <comment>mcp.server-failed</comment>
        <translation>ツールサーバー「{name}」は実行されていません。</translation>
    </message>
    <message>
        <source>its process exited</source>
        <comment>mcp.process-exited</comment>
        <translation>プロセスが終了しました</translation>
    </message>
    <message>
        <source>The tool server “{name}” at {url} could not be reached as an MCP server ({cause}).</source>
        <comment>mcp.unreachable</comment>
        <translation>{url}のツールサーバー「{name}」に、MCPサーバーとして接続できませんでした（{cause}）。</translation>
    </message>
    <message>
        <source>The tool server “{name}” stopped. The last thing it said: {said}</source>
        <comment>mcp.stopped-said</comment>
        <translation>ツールサーバー「{name}」が停止しました。最後の出力: {said}</translation>
    </message>
    <message>
        <source>The tool server “{name}” could not start. The last thing it said: {said}</source>
        <comment>mcp.failed-said</comment>
        <translation>ツールサーバー「{name}」を起動できませんでした。最後の出力: {said}</translation>
    </message>
    <message>
        <source>The tool server “{name}” stopped without saying why ({cause}).</source>
        <comment>mcp.stopped-unsaid</comment>
        <translation>ツールサーバー「{name}」が理由を示さずに停止しました（{cause}）。</translation>
    </message>
    <message>
        <source>The tool server “{name}” could not start without saying why ({cause}).</source>
        <comment>mcp.failed-unsaid</comment>
        <translation>ツールサーバー「{name}」が理由を示さずに起動できませんでした（{cause}）。</translation>
    </message>
    <message>
        <source>The call to “{tool}” was stopped before it answered.</source>
        <comment>mcp.tool-stopped</comment>
        <translation>「{tool}」の呼び出しは、応答の前に停止されました。</translation>
    </message>
    <message>
        <source>Hearth&apos;s tool servers were stopped (Hearth is quitting).</source>
        <comment>mcp.stopped-quitting</comment>
        <translation>Hearthのツールサーバーを停止しました（Hearthを終了中）。</translation>
    </message>
    <message>
        <source>Hearth&apos;s tool servers were already stopped (Hearth is quitting).</source>
        <comment>mcp.already-stopped-quitting</comment>
        <translation>Hearthのツールサーバーはすでに停止しています（Hearthを終了中）。</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth does not connect to the tool server “{name}” at {url}. Turn Offline mode off in Settings to use it.</source>
        <comment>mcp.offline</comment>
        <translation>オフラインモードがオンのため、Hearthは{url}のツールサーバー「{name}」に接続しません。使うには「設定」でオフラインモードをオフにしてください。</translation>
    </message>
    <message>
        <source>The tool server “{name}” started but did not list its tools within {start_timeout_s:g} seconds or answered them wrongly.</source>
        <comment>mcp.no-tools-listed</comment>
        <translation>ツールサーバー「{name}」は起動しましたが、{start_timeout_s:g}秒以内にツールの一覧を返さなかったか、誤った応答を返しました。</translation>
    </message>
    <message>
        <source> The value of its {names} is kept in the password store, not in mcp.json.</source>
        <comment>mcp.kept-in-store</comment>
        <translation>{names}の値はmcp.jsonではなく、パスワード保管庫に保存されています。</translation>
    </message>
    <message>
        <source> The value of its {names} is kept in memory for now (see below), not in mcp.json.</source>
        <comment>mcp.kept-in-memory</comment>
        <translation>{names}の値はmcp.jsonではなく、当面はメモリ内に保持されています（下記参照）。</translation>
    </message>
    <message>
        <source>Imported “{name}”.{kept}</source>
        <comment>mcp.imported</comment>
        <translation>「{name}」をインポートしました。{kept}</translation>
    </message>
    <message>
        <source>Imported “{name}” as “{new_name}”: {reason}{kept}</source>
        <comment>mcp.imported-renamed</comment>
        <translation>「{name}」を「{new_name}」としてインポートしました: {reason}{kept}</translation>
    </message>
    <message>
        <source>{app}&apos;s list ({source})</source>
        <comment>mcp.app-list-at</comment>
        <translation>{app}のリスト（{source}）</translation>
    </message>
    <message>
        <source>{app}&apos;s list of tool servers</source>
        <comment>mcp.app-server-list</comment>
        <translation>{app}のツールサーバーのリスト</translation>
    </message>
    <message>
        <source>The list of tool servers</source>
        <comment>mcp.server-list</comment>
        <translation>ツールサーバーのリスト</translation>
    </message>
    <message>
        <source>{what} is not there: there is no file {source}. {app} may not be installed, or it has no tool servers yet.</source>
        <comment>mcp.app-list-missing</comment>
        <translation>{what}がありません: ファイル{source}が存在しません。{app}がインストールされていないか、まだツールサーバーがない可能性があります。</translation>
    </message>
    <message>
        <source>{what} is not there: there is no file {source}. Check the path.</source>
        <comment>mcp.list-missing</comment>
        <translation>{what}がありません: ファイル{source}が存在しません。パスを確認してください。</translation>
    </message>
    <message>
        <source>{what} at {source} could not be read: {strerror}.</source>
        <comment>mcp.import-unreadable</comment>
        <translation>{source}の{what}を読み込めませんでした: {strerror}。</translation>
    </message>
    <message>
        <source>{what} at {source} is not valid JSON, so nothing was imported. Fix it in {app} first.</source>
        <comment>mcp.import-not-json</comment>
        <translation>{source}の{what}は有効なJSONではないため、何もインポートしませんでした。先に{app}で修正してください。</translation>
    </message>
    <message>
        <source>the app that wrote it</source>
        <comment>mcp.the-app-that-wrote-it</comment>
        <translation>そのファイルを書いたアプリ</translation>
    </message>
    <message>
        <source>{what} at {source} has no “{servers_key}” object of named servers, so there is nothing Hearth can import from it.</source>
        <comment>mcp.import-failed</comment>
        <translation>{source}の{what}には名前付きサーバーの「{servers_key}」オブジェクトがないため、Hearthがインポートできるものはありません。</translation>
    </message>
    <message>
        <source>“{name}” was not imported: its entry in {where} is not an object.</source>
        <comment>mcp.entry-not-object</comment>
        <translation>「{name}」はインポートされませんでした。{where}内のエントリーがオブジェクトではありません。</translation>
    </message>
    <message>
        <source>“{name}” was not imported. {problem}</source>
        <comment>mcp.entry-not-imported</comment>
        <translation>「{name}」はインポートされませんでした。{problem}</translation>
    </message>
    <message>
        <source>“{name}” was not imported: its address ends in /sse, so it uses the older SSE transport, which Hearth does not speak yet (only Streamable HTTP).</source>
        <comment>mcp.entry-sse-address</comment>
        <translation>「{name}」はインポートされませんでした。アドレスが/sseで終わっているため古いSSE方式を使っていますが、Hearthはまだ対応していません（Streamable HTTPのみ対応）。</translation>
    </message>
    <message>
        <source>Hearth&apos;s names are letters, digits, spaces, dots, dashes and underscores only.</source>
        <comment>mcp.renamed-name</comment>
        <translation>Hearthの名前に使えるのは、英字、数字、スペース、ドット、ハイフン、アンダースコアだけです。</translation>
    </message>
    <message>
        <source>a different tool server called “{name}” is already there.</source>
        <comment>mcp.renamed-taken</comment>
        <translation>「{name}」という別のツールサーバーがすでにあります。</translation>
    </message>
    <message>
        <source>“{name}” is already there, the same server.</source>
        <comment>mcp.already-there</comment>
        <translation>「{name}」はすでにあります（同じサーバーです）。</translation>
    </message>
    <message>
        <source>“{name}” is already there as “{other}”, the same server.</source>
        <comment>mcp.already-there-as</comment>
        <translation>「{name}」はすでに「{other}」としてあります（同じサーバーです）。</translation>
    </message>
    <message>
        <source>“{name}” was not imported: too many of that name.</source>
        <comment>mcp.too-many-of-name</comment>
        <translation>「{name}」はインポートされませんでした。同じ名前が多すぎます。</translation>
    </message>
    <message>
        <source>The program {command} does not exist or cannot be run. Check the path in the server&apos;s settings.</source>
        <comment>mcp.program-unusable</comment>
        <translation>プログラム{command}が存在しないか、実行できません。サーバーの設定でパスを確認してください。</translation>
    </message>
    <message>
        <source>The program “{command}” was not found on this computer. Install it (for npx: Node.js; for uvx: uv), or write its full path as the server&apos;s command.</source>
        <comment>mcp.program-not-found</comment>
        <translation>プログラム「{command}」がこのコンピューターに見つかりませんでした。インストールするか（npxにはNode.js、uvxにはuvが必要）、サーバーのコマンドにフルパスを書いてください。</translation>
    </message>
    <message>
        <source>variables</source>
        <comment>mcp.secret-variables</comment>
        <translation>変数</translation>
    </message>
    <message>
        <source>variable</source>
        <comment>mcp.secret-variable</comment>
        <translation>変数</translation>
    </message>
    <message>
        <source>headers</source>
        <comment>mcp.secret-headers</comment>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>header</source>
        <comment>mcp.secret-header</comment>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>is not in this computer&apos;s password store</source>
        <comment>mcp.secret-not-stored</comment>
        <translation>このコンピューターのパスワード保管庫にありません</translation>
    </message>
    <message>
        <source>was kept only until Hearth closed, since this computer has no password store</source>
        <comment>mcp.secret-no-store</comment>
        <translation>このコンピューターにはパスワード保管庫がないため、Hearthを終了するまでしか保持されていませんでした</translation>
    </message>
    <message>
        <source>was kept only until Hearth closed, since the password store failed</source>
        <comment>mcp.secret-store-failed</comment>
        <translation>パスワード保管庫でエラーが起きたため、Hearthを終了するまでしか保持されていませんでした</translation>
    </message>
    <message>
        <source>The tool server “{name}” needs the secret {what} {names}, whose value {where}. Set it again in Settings → Tools, or with `hearth mcp secret {quoted} {example}`.</source>
        <comment>mcp.secret-missing</comment>
        <translation>ツールサーバー「{name}」には機密の{what} {names}が必要ですが、その値は{where}。「設定」→「ツール」で設定し直すか、`hearth mcp secret {quoted} {example}` で設定してください。</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed}トークン/秒</translation>
    </message>
    <message>
        <source>first token after {seconds} s</source>
        <translation>最初のトークンまで{seconds}秒</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止済み</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>あなたのメッセージ</translation>
    </message>
    <message>
        <source>Reply from {model}</source>
        <translation>{model}の返答</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返答</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>考え中…</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Show the model&apos;s thinking</source>
        <translation>モデルの思考を表示</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>モデルの思考</translation>
    </message>
    <message>
        <source>Text of the reply</source>
        <translation>返答のテキスト</translation>
    </message>
    <message>
        <source>Text of your message</source>
        <translation>メッセージのテキスト</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the reply</source>
        <translation>返答をコピー</translation>
    </message>
    <message>
        <source>Copy your message</source>
        <translation>メッセージをコピー</translation>
    </message>
    <message>
        <source>No reply: {reason}</source>
        <translation>返答なし: {reason}</translation>
    </message>
    <message>
        <source>Why the reply failed</source>
        <translation>返答に失敗した理由</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Try the reply again</source>
        <translation>返答を再試行</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Write the reply again</source>
        <translation>返答を書き直す</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>メッセージを編集</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピー済み</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong inside Hearth</source>
        <comment>messages.unexpected</comment>
        <translation>Hearthの内部で問題が発生しました</translation>
    </message>
    <message>
        <source>Hearth could not finish this</source>
        <comment>messages.could-not-finish</comment>
        <translation>Hearthはこの操作を完了できませんでした</translation>
    </message>
    <message>
        <source>{failed}: {problem}.</source>
        <comment>messages.computer-refused</comment>
        <translation>{failed}: {problem}。</translation>
    </message>
    <message>
        <source>{failed}: {problem}</source>
        <comment>messages.bug</comment>
        <translation>{failed}: {problem}</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>画像認識</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>埋め込み</translation>
    </message>
    <message>
        <source>{tier}; business use allowed</source>
        <translation>{tier}、商用利用可</translation>
    </message>
    <message>
        <source>{tier}; business use not allowed</source>
        <translation>{tier}、商用利用不可</translation>
    </message>
    <message>
        <source>{publisher} · {parameters} parameters</source>
        <translation>{publisher} · {parameters}パラメーター</translation>
    </message>
    <message>
        <source>Quantization: smaller files run faster and need less memory; larger ones answer better</source>
        <translation>量子化: 小さいファイルほど速く動き、必要なメモリも少なくなります。大きいほど回答の質が上がります</translation>
    </message>
    <message>
        <source>Quantization of {model}</source>
        <translation>{model}の量子化</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>{model}をダウンロード</translation>
    </message>
    <message>
        <source>{quant} (recommended)</source>
        <translation>{quant}（推奨）</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Downloading {percent}%</source>
        <translation>ダウンロード中 {percent}%</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Download size (rounded, as published)</source>
        <translation>ダウンロードサイズ（公開値を概算）</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>ダウンロードサイズ</translation>
    </message>
    <message>
        <source>Checking your computer…</source>
        <translation>お使いのコンピューターを確認中…</translation>
    </message>
    <message>
        <source>Expected speed: {speed}.</source>
        <translation>予想速度: {speed}。</translation>
    </message>
    <message>
        <source>{model}, {size}, {verdict}</source>
        <translation>{model}、{size}、{verdict}</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>{model} loads when you send a message, or choose another model.</source>
        <translation>{model}はメッセージを送信すると読み込まれます。別のモデルを選ぶこともできます。</translation>
    </message>
    <message>
        <source>That model is still being checked; choose it from the list in a moment.</source>
        <translation>このモデルはまだ確認中です。少ししてからリストで選んでください。</translation>
    </message>
    <message>
        <source>Loading {model}…</source>
        <translation>{model}を読み込み中…</translation>
    </message>
    <message>
        <source>Offline mode is on: other computers&apos; models are off. Choose a model here.</source>
        <translation>オフラインモードがオンのため、他のコンピューターのモデルは使えません。ここにあるモデルを選んでください。</translation>
    </message>
    <message>
        <source>{computer} is no longer listed. Choose another model.</source>
        <translation>{computer}はリストにありません。別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>Hearth closed while loading {model} last time, probably because memory ran out. Options now load it on the processor only, with a shorter context; change them if you want to try again as before.</source>
        <translation>前回、{model}の読み込み中にHearthが終了しました。おそらくメモリ不足が原因です。現在のオプションでは、プロセッサーのみ・短めのコンテキストで読み込みます。以前と同じ設定で試す場合はオプションを変更してください。</translation>
    </message>
    <message>
        <source>{reason}

Load it anyway? The computer may slow down.</source>
        <translation>{reason}

それでも読み込みますか？コンピューターの動作が遅くなる可能性があります。</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>このコンピューターには大きすぎます</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>{model} · sees images</source>
        <translation>{model} · 画像対応</translation>
    </message>
    <message>
        <source>{model} — {verdict}</source>
        <translation>{model} — {verdict}</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>モデルを選択…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>On {computer} ({address}) · leaves this computer</source>
        <translation>{computer} ({address})で実行 · このコンピューターの外へ</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>{name} has no {quantization} version; it comes as {known}.</source>
        <comment>models.unknown-model</comment>
        <translation>{name}には{quantization}版がありません。利用できるのは{known}です。</translation>
    </message>
    <message>
        <source>There is no model called &apos;{model_id}&apos; in Hearth&apos;s catalog (see `hearth models`).</source>
        <comment>models.not-in-catalog</comment>
        <translation>Hearthのカタログに「{model_id}」というモデルはありません（`hearth models` を参照）。</translation>
    </message>
    <message>
        <source>Hearth&apos;s model catalog is missing or damaged; reinstall Hearth.</source>
        <comment>models.catalog-damaged</comment>
        <translation>Hearthのモデルカタログが見つからないか、破損しています。Hearthを再インストールしてください。</translation>
    </message>
    <message>
        <source>Catalog entry {name} cannot be read.</source>
        <comment>models.catalog-entry-read</comment>
        <translation>カタログのエントリー{name}を読み込めません。</translation>
    </message>
    <message>
        <source>Catalog entry {name} is invalid at {where}.</source>
        <comment>models.catalog-entry-invalid</comment>
        <translation>カタログのエントリー{name}は{where}の部分が無効です。</translation>
    </message>
    <message>
        <source>Catalog ids are used twice: {ids}.</source>
        <comment>models.catalog-error</comment>
        <translation>カタログのIDが重複しています: {ids}。</translation>
    </message>
    <message>
        <source>Small and quick</source>
        <comment>models.role-quick</comment>
        <translation>小さくて高速</translation>
    </message>
    <message>
        <source>Answers almost at once; fine for everyday questions and short texts.</source>
        <comment>models.role-quick-about</comment>
        <translation>ほぼすぐに答えます。日常的な質問や短い文章に向いています。</translation>
    </message>
    <message>
        <source>Balanced</source>
        <comment>models.role-balanced</comment>
        <translation>バランス</translation>
    </message>
    <message>
        <source>Noticeably smarter, and still quick enough to talk with.</source>
        <comment>models.role-balanced-about</comment>
        <translation>はっきりと賢くなり、会話するにも十分な速さです。</translation>
    </message>
    <message>
        <source>Best for this computer</source>
        <comment>models.role-best</comment>
        <translation>このコンピューターに最適</translation>
    </message>
    <message>
        <source>The most capable model that runs well here; it takes a while to load.</source>
        <comment>models.role-best-about</comment>
        <translation>ここで快適に動く中で最も高性能なモデルです。読み込みには少し時間がかかります。</translation>
    </message>
    <message>
        <source>Your computer has {cores} processor core and {memory} of memory, and no graphics card Hearth can use: models up to about {in_memory} run here, and small ones feel fastest.</source>
        <comment>models.summary-no-card-one-core</comment>
        <translation>お使いのコンピューターには、プロセッサーのコアが{cores}個とメモリが{memory}あり、Hearthが使えるグラフィックカードはありません。約{in_memory}までのモデルが動作し、小さいモデルほど速く感じられます。</translation>
    </message>
    <message>
        <source>Your computer has {cores} processor cores and {memory} of memory, and no graphics card Hearth can use: models up to about {in_memory} run here, and small ones feel fastest.</source>
        <comment>models.summary-no-card</comment>
        <translation>お使いのコンピューターには、プロセッサーのコアが{cores}個とメモリが{memory}あり、Hearthが使えるグラフィックカードはありません。約{in_memory}までのモデルが動作し、小さいモデルほど速く感じられます。</translation>
    </message>
    <message>
        <source>Your {gpu} shares its {memory} of memory with the graphics chip: models up to about {on_gpu} run on it at full speed.</source>
        <comment>models.summary-shared-memory</comment>
        <translation>お使いの{gpu}は、{memory}のメモリをグラフィックチップと共有しています。約{on_gpu}までのモデルがフルスピードで動作します。</translation>
    </message>
    <message>
        <source>Your {gpu} runs models up to about {on_gpu} at full speed, and larger ones up to about {in_memory} more slowly with help from the processor.</source>
        <comment>models.summary-card</comment>
        <translation>お使いの{gpu}では、約{on_gpu}までのモデルがフルスピードで動作します。約{in_memory}までの大きなモデルも、プロセッサーの助けを借りて遅めに動作します。</translation>
    </message>
    <message>
        <source>Your {count} graphics cards run models up to about {on_gpu} at full speed, and larger ones up to about {in_memory} more slowly with help from the processor.</source>
        <comment>models.summary-cards</comment>
        <translation>お使いの{count}枚のグラフィックカードでは、約{on_gpu}までのモデルがフルスピードで動作します。約{in_memory}までの大きなモデルも、プロセッサーの助けを借りて遅めに動作します。</translation>
    </message>
    <message>
        <source>This model file is damaged: a text field in its header has an impossible size.</source>
        <comment>models.damaged-text-field</comment>
        <translation>このモデルファイルは破損しています。ヘッダー内のテキスト項目のサイズがありえない値です。</translation>
    </message>
    <message>
        <source>This file is not a GGUF model (it does not start like one).</source>
        <comment>models.not-gguf</comment>
        <translation>このファイルはGGUFモデルではありません（GGUFの先頭の形式になっていません）。</translation>
    </message>
    <message>
        <source>This model file uses GGUF version {version}, which Hearth cannot read.</source>
        <comment>models.gguf-version-unknown</comment>
        <translation>このモデルファイルはGGUFバージョン{version}を使っていますが、Hearthはこれを読み込めません。</translation>
    </message>
    <message>
        <source>This model file is damaged: its header counts are impossible.</source>
        <comment>models.damaged-counts</comment>
        <translation>このモデルファイルは破損しています。ヘッダー内の個数がありえない値です。</translation>
    </message>
    <message>
        <source>This model file is damaged: a tensor has an impossible shape.</source>
        <comment>models.damaged-tensor</comment>
        <translation>このモデルファイルは破損しています。テンソルの形状がありえない値です。</translation>
    </message>
    <message>
        <source>This model file is damaged or of a kind Hearth does not know.</source>
        <comment>models.damaged-or-unknown</comment>
        <translation>このモデルファイルは破損しているか、Hearthが知らない種類のものです。</translation>
    </message>
    <message>
        <source>This model file is damaged: its data alignment is impossible.</source>
        <comment>models.damaged-alignment</comment>
        <translation>このモデルファイルは破損しています。データのアライメントがありえない値です。</translation>
    </message>
    <message>
        <source>This model file is cut short: it ends inside its header. Download it again.</source>
        <comment>models.file-cut-short</comment>
        <translation>このモデルファイルは途中で切れています（ヘッダーの途中で終わっています）。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>This model file&apos;s header is larger than any real model&apos;s.</source>
        <comment>models.header-too-large</comment>
        <translation>このモデルファイルのヘッダーは、実在するどのモデルよりも大きくなっています。</translation>
    </message>
    <message>
        <source>Hearth could not read {name}: {strerror}.</source>
        <comment>models.file-unreadable</comment>
        <translation>Hearthは{name}を読み込めませんでした: {strerror}。</translation>
    </message>
    <message>
        <source>{name} is incomplete: it is {file_size:,} bytes but its header describes {described:,}. Download it again.</source>
        <comment>models.file-incomplete</comment>
        <translation>{name}は不完全です。サイズは{file_size:,}バイトですが、ヘッダーには{described:,}バイトと書かれています。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>Chat and write</source>
        <comment>models.goal-chat</comment>
        <translation>チャットと文章作成</translation>
    </message>
    <message>
        <source>Write and explain code</source>
        <comment>models.goal-code</comment>
        <translation>コードを書いて説明する</translation>
    </message>
    <message>
        <source>Solve problems step by step</source>
        <comment>models.goal-reasoning</comment>
        <translation>問題を順を追って解く</translation>
    </message>
    <message>
        <source>Ask about pictures</source>
        <comment>models.goal-vision</comment>
        <translation>画像について質問する</translation>
    </message>
    <message>
        <source>Transcribe recordings</source>
        <comment>models.goal-speech</comment>
        <translation>録音を文字起こしする</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <comment>models.damaged-header</comment>
        <translation>{name}のヘッダーが破損しています。</translation>
    </message>
    <message>
        <source>No model Hearth can use was found in {name}.{reason}</source>
        <comment>models.import-no-model-found</comment>
        <translation>{name}に、Hearthが使えるモデルが見つかりませんでした。{reason}</translation>
    </message>
    <message>
        <source>{name} was not imported: there is no such file or folder.</source>
        <comment>models.import-nothing-there</comment>
        <translation>{name}はインポートされませんでした。そのようなファイルまたはフォルダーはありません。</translation>
    </message>
    <message>
        <source>{name} belongs to you or another app, so Hearth does not delete it; hide it instead.</source>
        <comment>models.not-hearths-to-delete</comment>
        <translation>{name}はあなたまたは別のアプリのものなので、Hearthは削除しません。代わりに非表示にしてください。</translation>
    </message>
    <message>
        <source>{name} has already been removed.</source>
        <comment>models.already-removed</comment>
        <translation>{name}はすでに削除されています。</translation>
    </message>
    <message>
        <source>{name} is a speech model; only chat models take a vision companion.</source>
        <comment>models.companion-for-speech-model</comment>
        <translation>{name}は音声モデルです。ビジョン補助ファイルを組み合わせられるのはチャットモデルだけです。</translation>
    </message>
    <message>
        <source>{name} is not a vision companion Hearth can use. {message}</source>
        <comment>models.companion-unusable</comment>
        <translation>{name}はHearthが使えるビジョン補助ファイルではありません。{message}</translation>
    </message>
    <message>
        <source>{name} is not a vision companion. Choose the model&apos;s mmproj file (its name usually starts with “mmproj”).</source>
        <comment>models.not-a-companion</comment>
        <translation>{name}はビジョン補助ファイルではありません。モデルのmmprojファイル（通常、名前が「mmproj」で始まります）を選んでください。</translation>
    </message>
    <message>
        <source>{name} is a companion for sound, not for images.</source>
        <comment>models.companion-for-sound</comment>
        <translation>{name}は音声用の補助ファイルで、画像用ではありません。</translation>
    </message>
    <message>
        <source>{name} was downloaded by Hearth: delete it to free its space.</source>
        <comment>models.delete-instead</comment>
        <translation>{name}はHearthがダウンロードしたものです。削除すると空き容量が増えます。</translation>
    </message>
    <message>
        <source>{name} was not imported. {reason}</source>
        <comment>models.not-imported</comment>
        <translation>{name}はインポートされませんでした。{reason}</translation>
    </message>
    <message>
        <source>Its header is damaged: the number of parts it declares is not a number.</source>
        <comment>models.split-count-damaged</comment>
        <translation>ヘッダーが破損しています。宣言されている分割数が数値ではありません。</translation>
    </message>
    <message>
        <source>{name} was not imported: there is no such file.</source>
        <comment>models.import-no-file</comment>
        <translation>{name}はインポートされませんでした。そのようなファイルはありません。</translation>
    </message>
    <message>
        <source>It is one of {count} parts of a split model and {missing} is missing; put all the parts in one folder and import again.</source>
        <comment>models.split-part-missing</comment>
        <translation>これは{count}個に分割されたモデルの一部で、{missing}がありません。すべての分割ファイルを1つのフォルダーに置いて、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>{name} is a vision companion (mmproj), not a model on its own. Import the model file beside it; Hearth pairs the two.</source>
        <comment>models.projector-not-model</comment>
        <translation>{name}はビジョン補助ファイル（mmproj）で、単独のモデルではありません。隣にあるモデルファイルをインポートしてください。Hearthが2つを組み合わせます。</translation>
    </message>
    <message>
        <source>Its header says the model has {header} parts, but its name says {named}.</source>
        <comment>models.split-count</comment>
        <translation>ヘッダーではモデルの分割数が{header}個となっていますが、名前では{named}個となっています。</translation>
    </message>
    <message>
        <source>{name} was not imported: a faster-whisper model folder holds model.bin and config.json.</source>
        <comment>models.import-not-whisper</comment>
        <translation>{name}はインポートされませんでした。faster-whisperのモデルフォルダーにはmodel.binとconfig.jsonが入っています。</translation>
    </message>
    <message>
        <source>{name} was not imported: its config.json is damaged.</source>
        <comment>models.import-config-damaged</comment>
        <translation>{name}はインポートされませんでした。config.jsonが破損しています。</translation>
    </message>
    <message>
        <source>{name} was not imported: its config.json or model.bin is damaged.</source>
        <comment>models.import-whisper-damaged</comment>
        <translation>{name}はインポートされませんでした。config.jsonまたはmodel.binが破損しています。</translation>
    </message>
</context>
<context>
    <name>ModelsFolderSettings</name>
    <message>
        <source>Models folder</source>
        <translation>モデルフォルダー</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Change the models folder</source>
        <translation>モデルフォルダーを変更</translation>
    </message>
    <message>
        <source>Choose another folder for models you download from now on</source>
        <translation>今後ダウンロードするモデルの保存先フォルダーを変更します</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Open the models folder</source>
        <translation>モデルフォルダーを開く</translation>
    </message>
    <message>
        <source>Show this folder in your file manager</source>
        <translation>このフォルダーをファイルマネージャーで表示します</translation>
    </message>
    <message>
        <source>Use the usual folder</source>
        <translation>標準のフォルダーを使用</translation>
    </message>
    <message>
        <source>Use the usual models folder</source>
        <translation>標準のモデルフォルダーを使用</translation>
    </message>
    <message>
        <source>You chose this folder. Models downloaded before you changed it stay where they were.</source>
        <translation>あなたが選んだフォルダーです。変更前にダウンロードしたモデルは元の場所に残ります。</translation>
    </message>
    <message>
        <source>Hearth&apos;s usual folder for models. Choose another one if this disk is short of space.</source>
        <translation>Hearthの標準のモデルフォルダーです。このディスクの空き容量が少ない場合は、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Choose where Hearth keeps models</source>
        <translation>Hearthのモデル保存先を選択</translation>
    </message>
</context>
<context>
    <name>MyModelsPage</name>
    <message>
        <source>My Models</source>
        <translation>マイモデル</translation>
    </message>
    <message>
        <source>Add model file…</source>
        <translation>モデルファイルを追加…</translation>
    </message>
    <message>
        <source>Add model file</source>
        <translation>モデルファイルを追加</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>Add every model in a folder</source>
        <translation>フォルダー内のすべてのモデルを追加</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>このコンピューター上のモデル</translation>
    </message>
    <message>
        <source>Models on this computer: the ones Hearth downloaded, the ones you added, and the ones other apps (LM Studio, Ollama, GPT4All) already have — used where they are, never copied. Drop a .gguf file anywhere on the window to add it.</source>
        <translation>このコンピューター上のモデル: Hearthでダウンロードしたもの、自分で追加したもの、他のアプリ（LM Studio、Ollama、GPT4All）にすでにあるものです。他のアプリのモデルはその場所のまま使い、コピーはしません。.gguf ファイルをウィンドウのどこかにドロップすると追加できます。</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>モデルを探しています…</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>ファイルを確認中…</translation>
    </message>
    <message numerus="yes">
        <source>%n models on this computer.</source>
        <translation>
            <numerusform>このコンピューターに%n個のモデルがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>No models yet. Download one from Discover, or add a file.</source>
        <translation>モデルはまだありません。「探す」でダウンロードするか、ファイルを追加してください。</translation>
    </message>
    <message>
        <source>Some files were not added. {reasons}</source>
        <translation>一部のファイルは追加されませんでした。{reasons}</translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation>モデルファイルを追加</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF モデル (*.gguf)</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>モデルを削除</translation>
    </message>
    <message>
        <source>Delete {model} ({size}) from this computer? You can download it again later.</source>
        <translation>{model} ({size}) をこのコンピューターから削除しますか？あとで再ダウンロードできます。</translation>
    </message>
    <message>
        <source>Vision companion for {model}</source>
        <translation>{model}のビジョン補助ファイル</translation>
    </message>
    <message>
        <source>Vision companions (*.gguf)</source>
        <translation>ビジョン補助ファイル (*.gguf)</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Opened from a Hugging Face link: {repository} ({file}). Nothing is downloaded until you choose to.</source>
        <translation>Hugging Faceのリンクから開きました: {repository} ({file})。選ぶまで何もダウンロードされません。</translation>
    </message>
    <message>
        <source>Opened from a Hugging Face link: {repository}. Nothing is downloaded until you choose to.</source>
        <translation>Hugging Faceのリンクから開きました: {repository}。選ぶまで何もダウンロードされません。</translation>
    </message>
</context>
<context>
    <name>OfflineSettings</name>
    <message>
        <source>Offline mode</source>
        <translation>オフラインモード</translation>
    </message>
    <message>
        <source>Offline mode — Hearth makes no network connection at all</source>
        <translation>オフラインモード — Hearthはネットワークに一切接続しません</translation>
    </message>
    <message>
        <source>Models you already have keep working. To download a model or check a token, turn it off again.</source>
        <translation>すでにあるモデルは引き続き使えます。モデルのダウンロードやトークンの確認をするには、オフにしてください。</translation>
    </message>
</context>
<context>
    <name>OpenAI</name>
    <message>
        <source>{param} has a call without a function name.</source>
        <comment>openai.call-without-name</comment>
        <translation>{param}に関数名のない呼び出しがあります。</translation>
    </message>
    <message>
        <source>{param} has arguments that are not JSON.</source>
        <comment>openai.arguments-not-json</comment>
        <translation>{param}の引数がJSONではありません。</translation>
    </message>
    <message>
        <source>{param} has arguments that are not a JSON object.</source>
        <comment>openai.arguments-not-object</comment>
        <translation>{param}の引数がJSONオブジェクトではありません。</translation>
    </message>
    <message>
        <source>{param} must be an object with a role and content.</source>
        <comment>openai.message-not-object</comment>
        <translation>{param}はroleとcontentを持つオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>{param} has the role {role!r}; a role is one of {roles}.</source>
        <comment>openai.unknown-role</comment>
        <translation>{param}のroleが{role!r}です。roleは{roles}のいずれかです。</translation>
    </message>
    <message>
        <source>{param}.content has a part that is neither text nor an image.</source>
        <comment>openai.content-part-unknown</comment>
        <translation>{param}.contentに、テキストでも画像でもない部分があります。</translation>
    </message>
    <message>
        <source>{param}: only a user&apos;s message can carry images.</source>
        <comment>openai.images-not-from-user</comment>
        <translation>{param}: 画像を含められるのはユーザーのメッセージだけです。</translation>
    </message>
    <message>
        <source>{param}.content has a text part without text.</source>
        <comment>openai.text-part-empty</comment>
        <translation>{param}.contentに、テキストのないテキスト部分があります。</translation>
    </message>
    <message>
        <source>{param} has no content.</source>
        <comment>openai.no-content</comment>
        <translation>{param}に内容がありません。</translation>
    </message>
    <message>
        <source>{param}.content must be text or a list of parts.</source>
        <comment>openai.content-not-text</comment>
        <translation>{param}.contentはテキストか、部分のリストである必要があります。</translation>
    </message>
    <message>
        <source>{param}.tool_calls must be a list.</source>
        <comment>openai.tool-calls-not-list</comment>
        <translation>{param}.tool_callsはリストである必要があります。</translation>
    </message>
    <message>
        <source>{param}.tool_call_id must be text.</source>
        <comment>openai.tool-call-id-not-text</comment>
        <translation>{param}.tool_call_idはテキストである必要があります。</translation>
    </message>
    <message>
        <source>{param} has an image_url without a url.</source>
        <comment>openai.image-url-empty</comment>
        <translation>{param}に、urlのないimage_urlがあります。</translation>
    </message>
    <message>
        <source>{param} has an image given by its address; Hearth never fetches anything from the network (nothing leaves this computer), so send the picture itself as a data URL (data:image/png;base64,…).</source>
        <comment>openai.image-by-address</comment>
        <translation>{param}に、アドレスで指定された画像があります。Hearthはネットワークから何も取得しない（このコンピューターから何も出ない）ため、画像そのものをdata URL（data:image/png;base64,…）として送ってください。</translation>
    </message>
    <message>
        <source>{param} has an image that is not a base64 data URL (data:image/png;base64,…); Hearth never fetches images from the network.</source>
        <comment>openai.image-not-data-url</comment>
        <translation>{param}に、base64のdata URL（data:image/png;base64,…）ではない画像があります。Hearthはネットワークから画像を取得しません。</translation>
    </message>
    <message>
        <source>{param} has an image whose base64 data is damaged.</source>
        <comment>openai.image-damaged</comment>
        <translation>{param}に、base64データが破損した画像があります。</translation>
    </message>
    <message>
        <source>{param}: {message}</source>
        <comment>openai.image-refused</comment>
        <translation>{param}: {message}</translation>
    </message>
    <message>
        <source>A streamed event was not a JSON object.</source>
        <comment>openai.not-json</comment>
        <translation>ストリーミングされたイベントがJSONオブジェクトではありませんでした。</translation>
    </message>
    <message>
        <source>This JSON schema cannot be enforced: {problem}. Hearth refuses it rather than ignore it.</source>
        <comment>openai.schema-unenforceable</comment>
        <translation>このJSONスキーマは適用できません: {problem}。Hearthは無視せずに拒否します。</translation>
    </message>
    <message>
        <source>This JSON schema cannot be enforced: llama.cpp could not read the grammar written for it. Hearth refuses it rather than ignore it.</source>
        <comment>openai.grammar-unreadable</comment>
        <translation>このJSONスキーマは適用できません: このスキーマ用に書かれた文法をllama.cppが読み込めませんでした。Hearthは無視せずに拒否します。</translation>
    </message>
    <message>
        <source>A streamed tool call came without a function name.</source>
        <comment>openai.streamed-call-without-name</comment>
        <translation>ストリーミングされたツール呼び出しに関数名がありませんでした。</translation>
    </message>
</context>
<context>
    <name>PageScroll</name>
    <message>
        <source>Scrollable content</source>
        <translation>スクロールできる内容</translation>
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
        <translation>{size}のダウンロード</translation>
    </message>
    <message>
        <source>{licence}, business use allowed</source>
        <translation>{licence}、商用利用可</translation>
    </message>
    <message>
        <source>{licence} licence, business use allowed</source>
        <translation>{licence}ライセンス、商用利用可</translation>
    </message>
    <message>
        <source>{licence}, not for business use</source>
        <translation>{licence}、商用利用不可</translation>
    </message>
    <message>
        <source>{licence} licence, not for business use</source>
        <translation>{licence}ライセンス、商用利用不可</translation>
    </message>
    <message>
        <source>{reason} Expected speed: {speed}.</source>
        <translation>{reason} 予想速度: {speed}。</translation>
    </message>
</context>
<context>
    <name>PicksScreen</name>
    <message>
        <source>A model that fits</source>
        <translation>合うモデルが1つあります</translation>
    </message>
    <message>
        <source>Two models that fit</source>
        <translation>合うモデルが2つあります</translation>
    </message>
    <message>
        <source>Three models that fit</source>
        <translation>合うモデルが3つあります</translation>
    </message>
    <message>
        <source>Browse all models instead</source>
        <translation>代わりにすべてのモデルを見る</translation>
    </message>
    <message>
        <source>Models that fit</source>
        <translation>合うモデル</translation>
    </message>
    <message>
        <source>Nothing fits yet</source>
        <translation>合うモデルなし</translation>
    </message>
    <message>
        <source>No chat model in the catalog runs well on this computer as it is now. Close other programs to free memory and look again on the Hardware page, or browse every model.</source>
        <translation>今のこのコンピューターでうまく動くチャットモデルは、カタログにありません。他のプログラムを閉じてメモリを空け、「ハードウェア」ページでもう一度確認するか、すべてのモデルを見てください。</translation>
    </message>
    <message>
        <source>Each of these runs on this computer. Pick one to download; you can add others later.</source>
        <translation>どれもこのコンピューターで動きます。1つ選んでダウンロードしてください。他のモデルはあとから追加できます。</translation>
    </message>
</context>
<context>
    <name>PromptCacheSettings</name>
    <message>
        <source>Coming back to conversations</source>
        <translation>会話に戻る</translation>
    </message>
    <message>
        <source>Memory to use</source>
        <translation>使用するメモリ</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Memory for coming back to conversations</source>
        <translation>会話に戻るためのメモリ</translation>
    </message>
    <message>
        <source>Less than the size above for now: the models that are loaded need the rest of the memory.</source>
        <translation>今は上の設定より少なくなっています。読み込まれたモデルが残りのメモリを必要としています。</translation>
    </message>
    <message>
        <source>Hearth keeps what a model has already read of your recent conversations in memory, so when you come back to one it answers at once instead of reading it all again. When a model needs the memory, this gives way first. Long conversations are also kept on disk, up to the same size, so they come back at once after Hearth was closed too.</source>
        <translation>Hearth は、モデルが最近の会話ですでに読んだ内容をメモリに保持します。会話に戻ると、全部を読み直さずにすぐ答えます。モデルがメモリを必要とするときは、これが最初に譲ります。長い会話は同じサイズまでディスクにも保存されるので、Hearth を閉じた後でもすぐに戻れます。</translation>
    </message>
    <message>
        <source>Down to Off, nothing is kept, in memory or on disk: a conversation is read again from the start each time you come back to it.</source>
        <translation>オフまで下げると、メモリにもディスクにも何も保持しません。会話に戻るたびに最初から読み直します。</translation>
    </message>
    <message numerus="yes">
        <source>On disk for after a restart: %n conversations, {size}.</source>
        <translation>
            <numerusform>再起動後のためにディスクに保存: %n 件の会話、{size}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Off: nothing is kept in memory or on disk.</source>
        <translation>オフ: メモリにもディスクにも何も保持しません。</translation>
    </message>
    <message>
        <source>Empty now. It fills as you talk with a model, up to {size} as memory allows.</source>
        <translation>今は空です。モデルと話すにつれて、メモリが許す限り {size} まで埋まります。</translation>
    </message>
    <message>
        <source>Empty now. It may hold up to {size}.</source>
        <translation>今は空です。最大 {size} まで保持できます。</translation>
    </message>
    <message numerus="yes">
        <source>Now holding %n conversations: {tokens}, {size} of at most {limit}.</source>
        <translation>
            <numerusform>%n 件の会話を保持中: {tokens}、{size}(上限 {limit})。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tokens</source>
        <translation>
            <numerusform>%Ln トークン</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptForm</name>
    <message>
        <source>Prompt (write {{name}} for a value that changes from case to case)</source>
        <translation>プロンプト（ケースごとに変わる値には {{name}} と書きます）</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>What to ask each model, such as: What is the capital of {{country}}?</source>
        <translation>各モデルへの質問。例: {{country}}の首都はどこですか？</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>A short name for it in the tables (optional)</source>
        <translation>表に表示する短い名前（任意）</translation>
    </message>
    <message>
        <source>Checks: the reply…</source>
        <translation>チェック: 返答が…</translation>
    </message>
    <message>
        <source>Add a check</source>
        <translation>チェックを追加</translation>
    </message>
    <message>
        <source>It passes when</source>
        <translation>合格の条件</translation>
    </message>
    <message>
        <source>every check passes</source>
        <translation>すべてのチェックに合格</translation>
    </message>
    <message>
        <source>the score is at least</source>
        <translation>スコアが次の値以上</translation>
    </message>
    <message>
        <source>When the prompt passes</source>
        <translation>プロンプトが合格する条件</translation>
    </message>
    <message>
        <source>The score it needs, from 0 to 1</source>
        <translation>必要なスコア（0～1）</translation>
    </message>
    <message>
        <source>The weighted share of checks that pass, from 0 to 1</source>
        <translation>合格したチェックの重み付き割合（0～1）</translation>
    </message>
    <message>
        <source>Try on a sample reply</source>
        <translation>サンプル返答で試す</translation>
    </message>
    <message>
        <source>A sample reply to try the checks on</source>
        <translation>チェックを試すためのサンプル返答</translation>
    </message>
    <message>
        <source>Paste or write a reply here to see which checks it passes.</source>
        <translation>ここに返答を貼り付けるか入力すると、どのチェックに合格するかがわかります。</translation>
    </message>
    <message numerus="yes">
        <source>The model is offered %n tool(s), kept as the file gives them: </source>
        <translation>
            <numerusform>モデルに%n個のツールを提示します（ファイルに書かれたとおり）: </numerusform>
        </translation>
    </message>
    <message>
        <source>This reply passes</source>
        <translation>この返答は合格です</translation>
    </message>
    <message>
        <source>This reply fails</source>
        <translation>この返答は不合格です</translation>
    </message>
    <message>
        <source> (with the chosen row: {values})</source>
        <translation>（選択した行: {values}）</translation>
    </message>
    <message>
        <source>{verdict}: {passed} of {counted} checks, score {score}{row}.</source>
        <translation>{verdict}: {counted}個中{passed}個のチェックに合格、スコア{score}{row}。</translation>
    </message>
</context>
<context>
    <name>PromptSetsPanel</name>
    <message>
        <source>New set…</source>
        <translation>新しいセット…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Add prompt</source>
        <translation>プロンプトを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Run the set</source>
        <translation>セットを実行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Prompt set run progress</source>
        <translation>プロンプトセット実行の進行状況</translation>
    </message>
    <message>
        <source>Time left in the run</source>
        <translation>実行の残り時間</translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation>結果を表示</translation>
    </message>
    <message>
        <source>Show the run&apos;s results on the Leaderboard</source>
        <translation>実行結果を「ランキング」に表示</translation>
    </message>
    <message>
        <source>The replies side by side, to vote on, and the leaderboard</source>
        <translation>返答を並べて投票し、ランキングを表示します</translation>
    </message>
    <message>
        <source>Prompt set</source>
        <translation>プロンプトセット</translation>
    </message>
    <message>
        <source>Prompts of the set</source>
        <translation>セットのプロンプト</translation>
    </message>
    <message>
        <source>Double-click a prompt, or press F2, to edit it</source>
        <translation>プロンプトをダブルクリックするか、F2を押して編集します</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>残り約{seconds}秒</translation>
    </message>
    <message>
        <source>Stopped at {done} of {total}</source>
        <translation>{done} / {total}で停止</translation>
    </message>
    <message>
        <source>New prompt set</source>
        <translation>新しいプロンプトセット</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>プロンプトをインポート</translation>
    </message>
    <message>
        <source>Prompts (*.txt *.jsonl)</source>
        <translation>プロンプト (*.txt *.jsonl)</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>プロンプトをエクスポート</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>プロンプトを追加</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>{name} no longer offers the model “{model}”. Choose another of its models.</source>
        <comment>providers.model-gone</comment>
        <translation>{name}はモデル「{model}」を提供しなくなりました。他のモデルを選んでください。</translation>
    </message>
    <message>
        <source>{name} stopped the reply with an error: {error_text}</source>
        <comment>providers.stopped-reply-error</comment>
        <translation>{name}がエラーで返答を停止しました: {error_text}</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) was lost in the middle of the reply; what arrived is kept.</source>
        <comment>providers.lost-mid-reply</comment>
        <translation>返答の途中で{name} ({host}) との接続が切れました。受信済みの部分は残っています。</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) was lost before it answered.</source>
        <comment>providers.lost-before-answer</comment>
        <translation>応答の前に{name} ({host}) との接続が切れました。</translation>
    </message>
    <message>
        <source>The reply reached the longest length asked for and was cut there.</source>
        <comment>providers.reply-cut-at-length</comment>
        <translation>返答が指定された最大長に達したため、そこで打ち切られました。</translation>
    </message>
    <message>
        <source>{problem} What arrived before is kept.</source>
        <comment>providers.arrived-kept</comment>
        <translation>{problem}それまでに受信した部分は残っています。</translation>
    </message>
    <message>
        <source>{name}&apos;s model asked for a tool in a way Hearth cannot read ({message}); what arrived before is kept.</source>
        <comment>providers.unreadable-tool-call</comment>
        <translation>{name}のモデルが、Hearthが読み取れない形でツールを要求しました（{message}）。それまでに受信した部分は残っています。</translation>
    </message>
    <message>
        <source>{url} answered, but not as an OpenAI-compatible API does. Check the address and port: Ollama listens on 11434, LM Studio on 1234, llama-server on 8080, vLLM on 8000.</source>
        <comment>providers.not-openai-compatible</comment>
        <translation>{url}から応答はありましたが、OpenAI互換APIの形式ではありません。アドレスとポートを確認してください。Ollamaは11434、LM Studioは1234、llama-serverは8080、vLLMは8000で待ち受けます。</translation>
    </message>
    <message>
        <source>{name} refused the key (error {status}). Check the key and add it again.</source>
        <comment>providers.key-refused-by-server</comment>
        <translation>{name}がキーを拒否しました（エラー{status}）。キーを確認して、もう一度追加してください。</translation>
    </message>
    <message>
        <source>{name} asks for a key (error {status}), and the key you gave it was not kept: this computer has no password store. Remove {name} and add it again with its key, choosing to keep the key in a file only you can read (“Keep the key in a file” in Settings, or --store-key-in-file).</source>
        <comment>providers.key-not-kept</comment>
        <translation>{name}はキーを求めていますが（エラー{status}）、入力したキーは保存されていません。このコンピューターにはパスワード保管庫がないためです。{name}を削除してキーと一緒に追加し直し、キーを自分だけが読めるファイルに保存するよう選んでください（「設定」の「キーをファイルに保存」、または --store-key-in-file）。</translation>
    </message>
    <message>
        <source>{name} asks for a key (error {status}). Add it again with its key.</source>
        <comment>providers.key-refused</comment>
        <translation>{name}はキーを求めています（エラー{status}）。キーと一緒に追加し直してください。</translation>
    </message>
    <message>
        <source>{name} could not take the pictures (error {status}): this model may not see images. {said}</source>
        <comment>providers.pictures-refused-said</comment>
        <translation>{name}は画像を受け取れませんでした（エラー{status}）。このモデルは画像を認識できない可能性があります。{said}</translation>
    </message>
    <message>
        <source>{name} could not take the pictures (error {status}): this model may not see images.</source>
        <comment>providers.pictures-refused</comment>
        <translation>{name}は画像を受け取れませんでした（エラー{status}）。このモデルは画像を認識できない可能性があります。</translation>
    </message>
    <message>
        <source>{name} could not answer with this model (error {status}). It may not be a model for chat (one for speech or for searching documents, say): choose another model.</source>
        <comment>providers.answer-model-error</comment>
        <translation>{name}はこのモデルで回答できませんでした（エラー{status}）。チャット用のモデルではない（音声用やドキュメント検索用など）可能性があります。別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>{name} had a problem answering (error {status}). {said}</source>
        <comment>providers.answer-failed-said</comment>
        <translation>{name}の回答中に問題が発生しました（エラー{status}）。{said}</translation>
    </message>
    <message>
        <source>{name} had a problem answering (error {status}).</source>
        <comment>providers.answer-failed</comment>
        <translation>{name}の回答中に問題が発生しました（エラー{status}）。</translation>
    </message>
    <message>
        <source> The server seems to speak plain http: try the address with http://.</source>
        <comment>providers.tls-plain-http</comment>
        <translation>サーバーは通常のhttpを使っているようです。http://で始まるアドレスを試してください。</translation>
    </message>
    <message>
        <source> Its certificate is not one this computer trusts.</source>
        <comment>providers.tls-untrusted</comment>
        <translation>その証明書は、このコンピューターが信頼するものではありません。</translation>
    </message>
    <message>
        <source>The secure connection to {name} ({host}) failed.{hint}</source>
        <comment>providers.tls-problem</comment>
        <translation>{name} ({host}) との安全な接続に失敗しました。{hint}</translation>
    </message>
    <message>
        <source>connect</source>
        <comment>providers.timed-out-connecting</comment>
        <translation>接続</translation>
    </message>
    <message>
        <source>answer</source>
        <comment>providers.timed-out-answering</comment>
        <translation>応答</translation>
    </message>
    <message>
        <source>{name} ({host}) took too long to {what}. Check that the computer is on and the server running.</source>
        <comment>providers.server-timed-out</comment>
        <translation>{name} ({host}) の{what}に時間がかかりすぎました。そのコンピューターの電源が入っていて、サーバーが動作しているか確認してください。</translation>
    </message>
    <message>
        <source>No computer called {host} can be found. Check the address.</source>
        <comment>providers.host-not-found</comment>
        <translation>{host}という名前のコンピューターが見つかりません。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>Nothing answers at {host}: the server is not running there, or listens on another port or only to itself (Ollama: OLLAMA_HOST=0.0.0.0; llama-server and vLLM: --host 0.0.0.0).</source>
        <comment>providers.connection-refused</comment>
        <translation>{host}から応答がありません。サーバーが動作していないか、別のポートで待ち受けているか、自分自身からの接続しか受け付けていません（Ollama: OLLAMA_HOST=0.0.0.0、llama-serverとvLLM: --host 0.0.0.0）。</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) failed.</source>
        <comment>providers.connection-lost</comment>
        <translation>{name} ({host}) との接続に失敗しました。</translation>
    </message>
    <message>
        <source>It said: {text}</source>
        <comment>providers.it-said</comment>
        <translation>応答内容: {text}</translation>
    </message>
    <message>
        <source>A name for another computer is 1 to 40 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit (not “{name}”).</source>
        <comment>providers.bad-address</comment>
        <translation>別のコンピューターの名前は、1～40文字の英字、数字、スペース、ドット、ハイフン、アンダースコアで、英字か数字で始める必要があります（「{name}」は使えません）。</translation>
    </message>
    <message>
        <source>“{url}” is not a web address Hearth can use. Give it as http://HOST:PORT (for example http://192.168.1.20:11434 for Ollama), or https:// when the server has a certificate.</source>
        <comment>providers.bad-url</comment>
        <translation>「{url}」はHearthが使えるWebアドレスではありません。http://ホスト:ポート の形式で入力してください（例: Ollamaなら http://192.168.1.20:11434）。サーバーに証明書がある場合はhttps://を使います。</translation>
    </message>
    <message>
        <source>Put the key in the key field, not in the address.</source>
        <comment>providers.key-in-address</comment>
        <translation>キーはアドレスではなく、キーの欄に入力してください。</translation>
    </message>
    <message>
        <source>No other computer called “{name}” was added; `hearth remote list` shows the ones that are.</source>
        <comment>providers.unknown-provider</comment>
        <translation>「{name}」という別のコンピューターは追加されていません。追加済みのものは `hearth remote list` で確認できます。</translation>
    </message>
    <message>
        <source>There is already another computer called “{name}”.</source>
        <comment>providers.provider-exists</comment>
        <translation>「{name}」という別のコンピューターはすでにあります。</translation>
    </message>
    <message>
        <source>No other computer called “{name}” was added.</source>
        <comment>providers.unknown-provider-short</comment>
        <translation>「{name}」という別のコンピューターは追加されていません。</translation>
    </message>
    <message>
        <source>No other computer called “{old}” was added.</source>
        <comment>providers.unknown-provider-old</comment>
        <translation>「{old}」という別のコンピューターは追加されていません。</translation>
    </message>
    <message>
        <source>There is already another computer called “{new}”.</source>
        <comment>providers.provider-exists-new</comment>
        <translation>「{new}」という別のコンピューターはすでにあります。</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth does not use other computers&apos; models. Turn it off in Settings to use them.</source>
        <comment>providers.offline</comment>
        <translation>オフラインモードがオンのため、Hearthは他のコンピューターのモデルを使いません。使うには「設定」でオフにしてください。</translation>
    </message>
    <message>
        <source>A name cannot contain “/”.</source>
        <comment>providers.name-with-slash</comment>
        <translation>名前に「/」は使えません。</translation>
    </message>
    <message>
        <source>{name} does not offer a model called “{model}”. It offers: {models}.</source>
        <comment>providers.offers</comment>
        <translation>{name}は「{model}」というモデルを提供していません。提供しているモデル: {models}。</translation>
    </message>
    <message>
        <source>{name} does not offer a model called “{model}”. It offers: none.</source>
        <comment>providers.offers-none</comment>
        <translation>{name}は「{model}」というモデルを提供していません。提供しているモデル: なし。</translation>
    </message>
</context>
<context>
    <name>QuantRowView</name>
    <message>
        <source>Download size</source>
        <translation>ダウンロードサイズ</translation>
    </message>
    <message>
        <source>Expected speed: {speed}.</source>
        <translation>予想速度: {speed}。</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Download {quant}</source>
        <translation>{quant}をダウンロード</translation>
    </message>
    <message>
        <source>Download {size} into your models folder</source>
        <translation>{size}をモデルフォルダーにダウンロード</translation>
    </message>
    <message>
        <source>{quant}, {size}, {verdict}</source>
        <translation>{quant}、{size}、{verdict}</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>Original precision</source>
        <translation>元の精度</translation>
    </message>
    <message>
        <source>{have} of {count} parts</source>
        <translation>{count}個中{have}個のパーツ</translation>
    </message>
    <message>
        <source>Incomplete: {parts}</source>
        <translation>不完全: {parts}</translation>
    </message>
    <message>
        <source>With vision</source>
        <translation>画像対応</translation>
    </message>
    <message>
        <source>Rough: judged by size only</source>
        <translation>概算: サイズのみで判定</translation>
    </message>
    <message>
        <source>Needs {memory} at {context} tokens of context · {layers} layers on the graphics card.</source>
        <translation>コンテキスト{context}トークンで{memory}必要 · グラフィックカード上に{layers}レイヤー。</translation>
    </message>
    <message>
        <source>Needs {memory} at {context} tokens of context.</source>
        <translation>コンテキスト{context}トークンで{memory}必要です。</translation>
    </message>
    <message>
        <source>This model needs a newer Hearth</source>
        <translation>このモデルには新しいバージョンのHearthが必要です</translation>
    </message>
    <message>
        <source>Some of its parts are missing from the repository</source>
        <translation>リポジトリに一部のパーツがありません</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <source>Waiting to start…</source>
        <translation>開始を待機中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>再実行</translation>
    </message>
    <message>
        <source>Transcribe it again with the model and options chosen above</source>
        <translation>上で選んだモデルとオプションで、もう一度文字起こしします</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Take it off the list (its saved files stay where they are)</source>
        <translation>リストから外します（保存済みのファイルは元の場所に残ります）</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <source>{percent}% · {phase}</source>
        <translation>{percent}% · {phase}</translation>
    </message>
    <message>
        <source>Failed · {reason}</source>
        <translation>失敗 · {reason}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Done · {facts}</source>
        <translation>完了 · {facts}</translation>
    </message>
    <message>
        <source>Options: {options}</source>
        <translation>オプション: {options}</translation>
    </message>
    <message>
        <source>Transcription of {name}</source>
        <translation>{name}の文字起こし</translation>
    </message>
    <message>
        <source>Transcription of {name}: {percent}%</source>
        <translation>{name}の文字起こし: {percent}%</translation>
    </message>
    <message>
        <source>Cancel the transcription of {name}</source>
        <translation>{name}の文字起こしをキャンセル</translation>
    </message>
    <message>
        <source>Run {name} again</source>
        <translation>{name}を再実行</translation>
    </message>
    <message>
        <source>Remove {name} from the list</source>
        <translation>{name}をリストから削除</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止中…</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>The local server is answering other apps; they lose their connection when Hearth quits.</source>
        <translation>ローカルサーバーが他のアプリに応答中です。Hearthを終了すると、それらのアプリの接続が切れます。</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are being transcribed now.</source>
        <translation>
            <numerusform>%n件の録音を文字起こし中です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are waiting to be transcribed.</source>
        <translation>
            <numerusform>%n件の録音が文字起こしを待っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue is kept: it goes on the next time Hearth opens.</source>
        <translation>キューは保持され、次回Hearthを開いたときに再開します。</translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>それでも終了しますか？</translation>
    </message>
    <message>
        <source>Quit Hearth?</source>
        <translation>Hearthを終了しますか？</translation>
    </message>
</context>
<context>
    <name>RemoteSettings</name>
    <message>
        <source>{count}: {models}</source>
        <translation>{count}: {models}</translation>
    </message>
    <message>
        <source>never answered</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>last seen {time}</source>
        <translation>最終応答: {time}</translation>
    </message>
    <message>
        <source>Other computers</source>
        <translation>他のコンピューター</translation>
    </message>
    <message>
        <source>Use the models of a bigger computer that runs Ollama, LM Studio, llama-server, vLLM or Hearth with sharing on. A conversation with one of its models leaves this computer: use it on a network you trust or through a VPN such as Tailscale (the traffic is plain HTTP unless the server has https).</source>
        <translation>Ollama、LM Studio、llama-server、vLLM、または共有をオンにしたHearthが動いている、より高性能なコンピューターのモデルを使えます。そのモデルとの会話はこのコンピューターの外に出ます。信頼できるネットワーク内か、TailscaleなどのVPN経由で使ってください（サーバーがhttpsに対応していない限り、通信は暗号化されないHTTPです）。</translation>
    </message>
    <message>
        <source>Name, e.g. desk</source>
        <translation>名前（例: デスクトップ）</translation>
    </message>
    <message>
        <source>Name of the computer</source>
        <translation>コンピューターの名前</translation>
    </message>
    <message>
        <source>Address, e.g. http://192.168.1.20:11434</source>
        <translation>アドレス（例: http://192.168.1.20:11434）</translation>
    </message>
    <message>
        <source>Address of its server</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>Key (if the server asks for one)</source>
        <translation>キー（サーバーが求める場合）</translation>
    </message>
    <message>
        <source>Key, if the server asks for one</source>
        <translation>キー（サーバーが求める場合）</translation>
    </message>
    <message>
        <source>Keep the key in a file only I can read</source>
        <translation>自分だけが読めるファイルにキーを保存</translation>
    </message>
    <message>
        <source>Keep the key in a file</source>
        <translation>キーをファイルに保存</translation>
    </message>
    <message>
        <source>Ticked, the key is saved in {file}, which only your account can read; anyone who can read your files (an administrator, a backup) could read it too.</source>
        <translation>オンにすると、キーはあなたのアカウントだけが読める{file}に保存されます。ただし、あなたのファイルを読める人（管理者、バックアップなど）も読める可能性があります。</translation>
    </message>
    <message>
        <source>This computer has no password store, so Hearth forgets a key when it closes. Tick “Keep the key in a file” to keep it.</source>
        <translation>このコンピューターにはパスワード保管庫がないため、Hearthは終了時にキーを忘れます。保持するには「キーをファイルに保存」をオンにしてください。</translation>
    </message>
    <message>
        <source>Add and test</source>
        <translation>追加してテスト</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Test the chosen computer</source>
        <translation>選択したコンピューターをテスト</translation>
    </message>
    <message>
        <source>Rename to the name above</source>
        <translation>上の名前に変更</translation>
    </message>
    <message>
        <source>Rename the chosen computer to the name above</source>
        <translation>選択したコンピューターの名前を上の名前に変更</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the chosen computer</source>
        <translation>選択したコンピューターを削除</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth uses no other computer.</source>
        <translation>オフラインモードがオンのため、Hearthは他のコンピューターを使いません。</translation>
    </message>
    <message>
        <source>Testing {address}…</source>
        <translation>{address}をテスト中…</translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n model(s). They are in the Chat list now.</source>
        <translation>
            <numerusform>{name}を追加しました: %n個のモデル。チャットのリストに表示されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its key is kept only until Hearth closes: this computer has no password store. To keep it, remove {name} and add it again with “Keep the key in a file” ticked.</source>
        <translation>このコンピューターにはパスワード保管庫がないため、キーはHearthを終了するまでしか保持されません。保持するには、{name}を削除し、「キーをファイルに保存」をオンにして追加し直してください。</translation>
    </message>
    <message>
        <source>{problem} Nothing was added.</source>
        <translation>{problem} 何も追加されませんでした。</translation>
    </message>
    <message>
        <source>Choose a computer in the list to test it.</source>
        <translation>テストするには、リストでコンピューターを選んでください。</translation>
    </message>
    <message>
        <source>{name} answers.</source>
        <translation>{name}が応答しました。</translation>
    </message>
    <message>
        <source>Choose a computer in the list, type its new name above, then Rename.</source>
        <translation>リストでコンピューターを選び、上に新しい名前を入力してから「名前を変更」を押してください。</translation>
    </message>
    <message>
        <source>{old} is now called {new}.</source>
        <translation>{old}の名前を{new}に変更しました。</translation>
    </message>
    <message>
        <source>Choose a computer in the list to remove it.</source>
        <translation>削除するには、リストでコンピューターを選んでください。</translation>
    </message>
    <message>
        <source>Removed {name} and its key.</source>
        <translation>{name}とそのキーを削除しました。</translation>
    </message>
    <message>
        <source>Adding failed</source>
        <translation>追加に失敗しました</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>Reading your documents…</source>
        <translation>ドキュメントを読んでいます…</translation>
    </message>
    <message>
        <source>Using the tool {tool}…</source>
        <translation>ツール{tool}を使用中…</translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <translation>あなたの回答を待っています…</translation>
    </message>
    <message>
        <source>Reply stopped.</source>
        <translation>返答を停止しました。</translation>
    </message>
    <message>
        <source>Reply finished.</source>
        <translation>返答が完了しました。</translation>
    </message>
    <message>
        <source>No reply: {reason}</source>
        <translation>返答なし: {reason}</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>生成中…</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Your computer</source>
        <translation>お使いのコンピューター</translation>
    </message>
    <message>
        <source>Looking at your computer</source>
        <translation>コンピューターを確認しています</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>プロセッサー</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>グラフィックス</translation>
    </message>
    <message>
        <source>Looking at your computer…</source>
        <translation>お使いのコンピューターを確認中…</translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <translation>
            <numerusform>%nコア</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} free now</source>
        <translation>現在{size}空き</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Models run on the processor</source>
        <translation>モデルはプロセッサーで実行されます</translation>
    </message>
    <message>
        <source>Finding models that fit…</source>
        <translation>合うモデルを探しています…</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>This computer has no password store, so Hearth keeps your token only until you close it.</source>
        <comment>secrets.no-password-store</comment>
        <translation>このコンピューターにはパスワード保管庫がないため、Hearthはトークンを終了時までしか保持しません。</translation>
    </message>
    <message>
        <source>Your token is kept in a file only you can read ({path}), as you chose.</source>
        <comment>secrets.in-key-file</comment>
        <translation>選択したとおり、トークンは自分だけが読めるファイル（{path}）に保存されています。</translation>
    </message>
    <message>
        <source>Hearth could not use this computer&apos;s password store, so it keeps your token only until you close it.</source>
        <comment>secrets.store-failed</comment>
        <translation>Hearthはこのコンピューターのパスワード保管庫を使えなかったため、トークンを終了時までしか保持しません。</translation>
    </message>
    <message>
        <source>There is no token. Paste the whole token, which starts with hf_.</source>
        <comment>secrets.no-token</comment>
        <translation>トークンがありません。hf_で始まるトークン全体を貼り付けてください。</translation>
    </message>
    <message>
        <source>That does not look like a Hugging Face token: it has spaces or unusual characters in it. Copy it again from {tokens_page}.</source>
        <comment>secrets.token-malformed</comment>
        <translation>Hugging Faceトークンではないようです。スペースや通常使われない文字が含まれています。{tokens_page}からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>Your token is kept in {store}, not in Hearth&apos;s files.</source>
        <comment>secrets.in-store</comment>
        <translation>トークンはHearthのファイルではなく、{store}に保存されています。</translation>
    </message>
    <message>
        <source>Hearth could not remove your token from this computer&apos;s password store. Try again, or remove the entry “{service}” there yourself.</source>
        <comment>secrets.token-store-problem</comment>
        <translation>Hearthは、このコンピューターのパスワード保管庫からトークンを削除できませんでした。もう一度試すか、そこにある「{service}」のエントリーを自分で削除してください。</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth did not contact Hugging Face to check the token.</source>
        <comment>secrets.offline-mode</comment>
        <translation>オフラインモードがオンのため、HearthはトークンをHugging Faceに確認しませんでした。</translation>
    </message>
    <message>
        <source>Could not reach {place} to check the token. Check your internet connection.</source>
        <comment>secrets.unreachable</comment>
        <translation>トークンを確認するために{place}に接続できませんでした。インターネット接続を確認してください。</translation>
    </message>
    <message>
        <source>Could not reach {place} to check the token. Check your internet connection and the mirror address in Settings.</source>
        <comment>secrets.mirror-unreachable</comment>
        <translation>トークンを確認するために{place}に接続できませんでした。インターネット接続と、「設定」のミラーのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>{place} gave an answer Hearth does not understand.</source>
        <comment>secrets.unreadable-answer</comment>
        <translation>{place}から、Hearthが理解できない応答が返されました。</translation>
    </message>
    <message>
        <source>{problem} Nothing was saved.</source>
        <comment>secrets.nothing-saved</comment>
        <translation>{problem}何も保存されませんでした。</translation>
    </message>
    <message>
        <source>Saved, but not checked: {problem}</source>
        <comment>secrets.saved-unchecked</comment>
        <translation>保存しましたが、確認はしていません: {problem}</translation>
    </message>
    <message>
        <source>Signed in as {account}.</source>
        <comment>secrets.signed-in</comment>
        <translation>{account}としてサインインしました。</translation>
    </message>
    <message>
        <source>The mirror at {host}</source>
        <comment>secrets.mirror-at-start</comment>
        <translation>{host}のミラー</translation>
    </message>
    <message>
        <source>the mirror at {host}</source>
        <comment>secrets.mirror-at</comment>
        <translation>{host}のミラー</translation>
    </message>
    <message>
        <source>Hugging Face did not accept this token. Check that you copied all of it, or create a new one at {tokens_page}.</source>
        <comment>secrets.token-refused</comment>
        <translation>Hugging Faceはこのトークンを受け付けませんでした。すべてコピーしたか確認するか、{tokens_page}で新しいトークンを作成してください。</translation>
    </message>
    <message>
        <source>{place} is getting too many token checks right now. Try again in a minute.</source>
        <comment>secrets.too-many-checks</comment>
        <translation>現在、{place}へのトークン確認が多すぎます。1分ほどしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>{place} answered with an error ({status}) while checking the token. Try again later.</source>
        <comment>secrets.error-answer</comment>
        <translation>トークンの確認中に{place}がエラーを返しました（{status}）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>secrets.unknown-status</comment>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source> Port {free} is free: use that one instead.</source>
        <comment>server.port-free</comment>
        <translation>ポート{free}は空いています。代わりにそちらを使ってください。</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program on this computer.{offer}</source>
        <comment>server.port-taken</comment>
        <translation>ポート{port}は、このコンピューターの別のプログラムがすでに使っています。{offer}</translation>
    </message>
    <message>
        <source>Sharing on your network needs an API key, so only programs you give it to can use your models. Create one in Settings › Local server, or set HEARTH_API_KEY.</source>
        <comment>server.key-needed</comment>
        <translation>ネットワークで共有するにはAPIキーが必要です。キーを渡したプログラムだけがモデルを使えるようにするためです。「設定」›「ローカルサーバー」で作成するか、HEARTH_API_KEYを設定してください。</translation>
    </message>
    <message>
        <source>The local server could not start.</source>
        <comment>server.start-failed</comment>
        <translation>ローカルサーバーを起動できませんでした。</translation>
    </message>
</context>
<context>
    <name>ServerCard</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>トークン/秒</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>ローカルサーバー</translation>
    </message>
    <message>
        <source>Let other apps on this computer use Hearth&apos;s models (OpenAI-compatible API)</source>
        <translation>このコンピューター上の他のアプリがHearthのモデルを使えるようにする（OpenAI互換API）</translation>
    </message>
    <message>
        <source>Let other apps use Hearth&apos;s models</source>
        <translation>他のアプリがHearthのモデルを使えるようにする</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Unload an unused model after</source>
        <translation>使っていないモデルを解放するまでの時間</translation>
    </message>
    <message>
        <source>Unload an unused model after, in minutes</source>
        <translation>使っていないモデルを解放するまでの時間（分）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Share on my network (needs the API key)</source>
        <translation>ネットワークで共有（APIキーが必要）</translation>
    </message>
    <message>
        <source>Share on my network</source>
        <translation>ネットワークで共有</translation>
    </message>
    <message>
        <source>Once shared, every program must send the API key, the apps on this computer too: give it to the ones that use Hearth now, or they stop working.</source>
        <translation>共有すると、このコンピューター上のアプリも含め、すべてのプログラムがAPIキーを送る必要があります。現在Hearthを使っているアプリにキーを設定しないと、動作しなくなります。</translation>
    </message>
    <message>
        <source>What sharing changes</source>
        <translation>共有で変わること</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>APIキーを作成</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>キーをコピー</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>APIキーをコピー</translation>
    </message>
    <message>
        <source>Keep the API key in a file only I can read, so it still works after Hearth closes</source>
        <translation>自分だけが読めるファイルにAPIキーを保存し、Hearthの終了後も使えるようにする</translation>
    </message>
    <message>
        <source>Keep the API key in a file</source>
        <translation>APIキーをファイルに保存</translation>
    </message>
    <message>
        <source>This computer has no password store, so a new key lasts only until Hearth closes. Ticked, it is saved in {file}, which only your account can read (hearth serve finds it there too).</source>
        <translation>このコンピューターにはパスワード保管庫がないため、新しいキーはHearthを終了するまでしか使えません。オンにすると、あなたのアカウントだけが読める{file}に保存されます（hearth serveもそこから読み込みます）。</translation>
    </message>
    <message>
        <source>Examples for other programs: curl and Python</source>
        <translation>他のプログラム向けの例: curlとPython</translation>
    </message>
    <message>
        <source>Copy snippets</source>
        <translation>例をコピー</translation>
    </message>
    <message>
        <source>Copy the examples</source>
        <translation>例をコピー</translation>
    </message>
    <message>
        <source>What other programs asked:</source>
        <translation>他のプログラムからのリクエスト:</translation>
    </message>
    <message>
        <source>What other programs asked</source>
        <translation>他のプログラムからのリクエスト</translation>
    </message>
    <message>
        <source>Other computers reach it at {addresses}</source>
        <translation>他のコンピューターからは{addresses}で接続できます</translation>
    </message>
    <message>
        <source>Only programs on this computer can reach it (127.0.0.1).</source>
        <translation>このコンピューター上のプログラムからのみ接続できます (127.0.0.1)。</translation>
    </message>
    <message>
        <source>An API key is set.</source>
        <translation>APIキーが設定されています。</translation>
    </message>
    <message>
        <source>No API key yet.</source>
        <translation>APIキーはまだありません。</translation>
    </message>
    <message>
        <source>Your key (shown once): {key}</source>
        <translation>あなたのキー（表示は1回のみ）: {key}</translation>
    </message>
    <message>
        <source>(Hearth forgets it when it closes: this computer has no password store.)</source>
        <translation>（このコンピューターにはパスワード保管庫がないため、Hearthは終了時にキーを忘れます。）</translation>
    </message>
    <message>
        <source>Running at {address}</source>
        <translation>{address}で稼働中</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Everything in Hearth can be reached with the keyboard. These keys save steps.</source>
        <translation>Hearthのすべての操作はキーボードで行えます。これらのキーを使うと手間が省けます。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>機能</translation>
    </message>
</context>
<context>
    <name>SpeechModelPicker</name>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>音声モデル</translation>
    </message>
    <message>
        <source>No Whisper model on this computer yet.</source>
        <translation>このコンピューターにはまだWhisperモデルがありません。</translation>
    </message>
    <message>
        <source>Find one in Discover</source>
        <translation>「探す」で見つける</translation>
    </message>
    <message>
        <source>Find a Whisper model in Discover</source>
        <translation>「探す」でWhisperモデルを見つける</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This image is no longer saved with the conversation.</source>
        <comment>store.image-gone</comment>
        <translation>この画像は、もう会話と一緒に保存されていません。</translation>
    </message>
    <message>
        <source>Hearth cannot read your saved conversations because the file {path} is damaged. It has been left exactly as it was: move it aside to start with an empty list, or restore it from a backup.</source>
        <comment>store.store-damaged</comment>
        <translation>ファイル{path}が破損しているため、Hearthは保存された会話を読み込めません。ファイルはそのままにしてあります。空のリストから始めるには別の場所に移動するか、バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The file {path} is not a Hearth conversations file, so Hearth left it alone. Move it elsewhere to start with an empty list.</source>
        <comment>store.not-conversations-file</comment>
        <translation>ファイル{path}はHearthの会話ファイルではないため、Hearthは手を付けていません。空のリストから始めるには、別の場所に移動してください。</translation>
    </message>
    <message>
        <source>Your conversations were saved by a newer version of Hearth; update Hearth to open them. The file was left untouched.</source>
        <comment>store.store-too-new</comment>
        <translation>会話は新しいバージョンのHearthで保存されています。開くにはHearthを更新してください。ファイルには手を付けていません。</translation>
    </message>
    <message>
        <source>Hearth cannot open your saved conversations at {path}. Check that the folder exists and that you are allowed to write to it.</source>
        <comment>store.store-unavailable</comment>
        <translation>Hearthは{path}に保存された会話を開けません。フォルダーが存在し、書き込み権限があるか確認してください。</translation>
    </message>
    <message>
        <source>The disk is full, so Hearth could not save your conversation. Free some space and try again.</source>
        <comment>store.store-disk-full</comment>
        <translation>ディスクがいっぱいのため、Hearthは会話を保存できませんでした。空き容量を増やして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your conversations are busy in another Hearth window or program; try again in a moment.</source>
        <comment>store.busy</comment>
        <translation>会話は別のHearthウィンドウまたはプログラムで使用中です。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Hearth cannot save conversations because {path} is read-only. Check the file&apos;s permissions or free the drive it is on.</source>
        <comment>store.read-only</comment>
        <translation>{path}が読み取り専用のため、Hearthは会話を保存できません。ファイルのアクセス権を確認するか、そのドライブの空き容量を増やしてください。</translation>
    </message>
    <message>
        <source>Hearth could not read or save your conversations.</source>
        <comment>store.failed</comment>
        <translation>Hearthは会話を読み込むことも保存することもできませんでした。</translation>
    </message>
    <message>
        <source>This conversation no longer exists; it may have been deleted in another window.</source>
        <comment>store.conversation-gone</comment>
        <translation>この会話はもうありません。別のウィンドウで削除された可能性があります。</translation>
    </message>
    <message>
        <source>This message no longer exists; it may have been removed in another window.</source>
        <comment>store.message-gone</comment>
        <translation>このメッセージはもうありません。別のウィンドウで削除された可能性があります。</translation>
    </message>
    <message>
        <source>file</source>
        <comment>store.file</comment>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Hearth cannot open its {what} {path}.</source>
        <comment>store.cannot-open-file</comment>
        <translation>Hearthは{what} {path}を開けません。</translation>
    </message>
    <message>
        <source>The {what} is closed.</source>
        <comment>store.file-closed</comment>
        <translation>{what}は閉じられています。</translation>
    </message>
</context>
<context>
    <name>SuiteEditor</name>
    <message>
        <source>My suite</source>
        <translation>マイスイート</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name}（コピー）</translation>
    </message>
    <message>
        <source>Edit the suite “{name}”</source>
        <translation>スイート「{name}」を編集</translation>
    </message>
    <message>
        <source>Edit a copy of “{name}”</source>
        <translation>「{name}」のコピーを編集</translation>
    </message>
    <message>
        <source>New suite of checks</source>
        <translation>新しいチェックスイート</translation>
    </message>
    <message>
        <source>Suite name</source>
        <translation>スイート名</translation>
    </message>
    <message>
        <source>Prompts of the suite</source>
        <translation>スイートのプロンプト</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>プロンプトを追加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Duplicate the chosen prompt</source>
        <translation>選択したプロンプトを複製</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the chosen prompt</source>
        <translation>選択したプロンプトを削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move the chosen prompt up</source>
        <translation>選択したプロンプトを上へ移動</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move the chosen prompt down</source>
        <translation>選択したプロンプトを下へ移動</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>（テキストなし）</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n件のケース</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt {number}, row {row}</source>
        <translation>プロンプト{number}、行{row}</translation>
    </message>
    <message>
        <source>Prompt {number}</source>
        <translation>プロンプト{number}</translation>
    </message>
    <message>
        <source>Give the suite a name: it is how the Checks tab lists it.</source>
        <translation>スイートに名前を付けてください。「チェック」タブではその名前で表示されます。</translation>
    </message>
    <message>
        <source>There is already a suite named “{name}”. Replace it with this one?</source>
        <translation>「{name}」という名前のスイートがすでにあります。このスイートで置き換えますか？</translation>
    </message>
    <message>
        <source>Replace the suite?</source>
        <translation>スイートを置き換えますか？</translation>
    </message>
    <message>
        <source>Throw away the changes?</source>
        <translation>変更を破棄しますか？</translation>
    </message>
    <message>
        <source>The changes to this suite are not saved. Close the editor and throw them away?</source>
        <translation>このスイートの変更は保存されていません。エディターを閉じて変更を破棄しますか？</translation>
    </message>
    <message>
        <source>Text, or {{name}} for a value of the table</source>
        <translation>テキスト、または表の値を表す {{name}}</translation>
    </message>
    <message>
        <source>Texts, separated by commas</source>
        <translation>テキスト（カンマ区切り）</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>次と完全に一致</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>次を含む</translation>
    </message>
    <message>
        <source>contains (any case)</source>
        <translation>次を含む（大文字小文字を無視）</translation>
    </message>
    <message>
        <source>contains any of</source>
        <translation>次のいずれかを含む</translation>
    </message>
    <message>
        <source>contains any of (any case)</source>
        <translation>次のいずれかを含む（大文字小文字を無視）</translation>
    </message>
    <message>
        <source>contains all of</source>
        <translation>次のすべてを含む</translation>
    </message>
    <message>
        <source>contains all of (any case)</source>
        <translation>次のすべてを含む（大文字小文字を無視）</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>次を含まない</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>次で始まる</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>次で終わる</translation>
    </message>
    <message>
        <source>matches the pattern</source>
        <translation>次のパターンに一致</translation>
    </message>
    <message>
        <source>A regular expression, such as ^[A-Z]</source>
        <translation>正規表現（例: ^[A-Z]）</translation>
    </message>
    <message>
        <source>is JSON</source>
        <translation>JSONである</translation>
    </message>
    <message>
        <source>is JSON matching this schema</source>
        <translation>このスキーマに合うJSONである</translation>
    </message>
    <message>
        <source>A JSON schema, such as {&quot;type&quot;: &quot;object&quot;}</source>
        <translation>JSONスキーマ（例: {&quot;type&quot;: &quot;object&quot;}）</translation>
    </message>
    <message>
        <source>contains JSON</source>
        <translation>JSONを含む</translation>
    </message>
    <message>
        <source>contains JSON matching this schema</source>
        <translation>このスキーマに合うJSONを含む</translation>
    </message>
    <message>
        <source>has at most N words</source>
        <translation>N語以下</translation>
    </message>
    <message>
        <source>has at least N words</source>
        <translation>N語以上</translation>
    </message>
    <message>
        <source>has N words (or from N to M)</source>
        <translation>N語（またはN～M語）</translation>
    </message>
    <message>
        <source>20, or 3–20</source>
        <translation>20、または3–20</translation>
    </message>
    <message>
        <source>calls the tool</source>
        <translation>ツールを呼び出す</translation>
    </message>
    <message>
        <source>The tool&apos;s name, then its arguments as JSON if you want: f {&quot;x&quot;: 1}</source>
        <translation>ツール名。必要ならその後に引数をJSONで: f {&quot;x&quot;: 1}</translation>
    </message>
    <message>
        <source>calls only offered tools, with valid arguments</source>
        <translation>提示されたツールだけを、有効な引数で呼び出す</translation>
    </message>
    <message>
        <source>answers within N s</source>
        <translation>N秒以内に答える</translation>
    </message>
    <message>
        <source>Seconds, such as 2.5</source>
        <translation>秒数（例: 2.5）</translation>
    </message>
    <message>
        <source>as fast as N tokens/s</source>
        <translation>Nトークン/秒以上の速さ</translation>
    </message>
    <message>
        <source>is written in language</source>
        <translation>次の言語で書かれている</translation>
    </message>
    <message>
        <source>A language, such as French or fr</source>
        <translation>言語（例: French または fr）</translation>
    </message>
    <message>
        <source>ends because of</source>
        <translation>終了理由</translation>
    </message>
    <message>
        <source>stop, length or tool_calls</source>
        <translation>stop、length、または tool_calls</translation>
    </message>
    <message>
        <source>similar to this answer (optional)</source>
        <translation>この回答に近い（任意）</translation>
    </message>
    <message>
        <source>The answer a reply should resemble</source>
        <translation>返答が似ているべき回答</translation>
    </message>
    <message>
        <source>a judge model grades it against this rubric (optional)</source>
        <translation>評価用モデルがこの基準で採点する（任意）</translation>
    </message>
    <message>
        <source>What a good reply does, in plain words</source>
        <translation>良い返答の条件を、ふつうの言葉で</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Picture {name}</source>
        <translation>画像 {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Do not send {name}</source>
        <translation>{name}を送信しない</translation>
    </message>
</context>
<context>
    <name>TokenSettings</name>
    <message>
        <source>Hugging Face token</source>
        <translation>Hugging Faceトークン</translation>
    </message>
    <message>
        <source>Some models ask you to accept their licence on Hugging Face before you can download them. With a token, Hearth can download those for you. A “Read” token is enough: &lt;a href=&quot;{url}&quot;&gt;create one on huggingface.co&lt;/a&gt;.</source>
        <translation>一部のモデルは、ダウンロードする前にHugging Faceでライセンスへの同意が必要です。トークンがあれば、Hearthがそれらをダウンロードできます。「Read」トークンで十分です: &lt;a href=&quot;{url}&quot;&gt;huggingface.coで作成&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>Paste your token here (it starts with hf_)</source>
        <translation>ここにトークンを貼り付けます（hf_ で始まります）</translation>
    </message>
    <message>
        <source>Save and test</source>
        <translation>保存してテスト</translation>
    </message>
    <message>
        <source>Save and test the token</source>
        <translation>トークンを保存してテスト</translation>
    </message>
    <message>
        <source>Keep the token and check it with Hugging Face</source>
        <translation>トークンを保存し、Hugging Faceで確認します</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the token</source>
        <translation>トークンを削除</translation>
    </message>
    <message>
        <source>Forget the saved token</source>
        <translation>保存したトークンを消去</translation>
    </message>
    <message>
        <source>Keep the token in a file only I can read, so Hearth still has it after it closes</source>
        <translation>自分だけが読めるファイルにトークンを保存し、Hearthの終了後も保持する</translation>
    </message>
    <message>
        <source>Keep the token in a file</source>
        <translation>トークンをファイルに保存</translation>
    </message>
    <message>
        <source>Ticked, the token is saved in {file}, which only your account can read; anyone who can read your files (an administrator, a backup) could read it too.</source>
        <translation>オンにすると、トークンはあなたのアカウントだけが読める{file}に保存されます。ただし、あなたのファイルを読める人（管理者、バックアップなど）も読める可能性があります。</translation>
    </message>
    <message>
        <source>Looking for a saved token…</source>
        <translation>保存されたトークンを探しています…</translation>
    </message>
    <message>
        <source>A token is saved.</source>
        <translation>トークンが保存されています。</translation>
    </message>
    <message>
        <source>No token is saved.</source>
        <translation>トークンは保存されていません。</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>トークンを保存中…</translation>
    </message>
    <message>
        <source>Checking the token with Hugging Face…</source>
        <translation>Hugging Faceでトークンを確認中…</translation>
    </message>
    <message>
        <source>Hearth will forget it when it closes, because this computer has no password store. To keep it, tick “Keep the token in a file” and save it again.</source>
        <translation>このコンピューターにはパスワード保管庫がないため、Hearthは終了時にトークンを忘れます。保持するには、「トークンをファイルに保存」をオンにして保存し直してください。</translation>
    </message>
    <message>
        <source>The token was removed.</source>
        <translation>トークンを削除しました。</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>今回のみ許可</translation>
    </message>
    <message>
        <source>Always for this tool</source>
        <translation>このツールは常に許可</translation>
    </message>
    <message>
        <source>Always for this server</source>
        <translation>このサーバーは常に許可</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>The model wants to run this tool. Allow it?</source>
        <translation>モデルがこのツールを実行しようとしています。許可しますか？</translation>
    </message>
    <message>
        <source>This tool changed since you allowed it always:</source>
        <translation>常に許可した後で、このツールが変更されました:</translation>
    </message>
    <message>
        <source>Tool call: {tool} on {server}</source>
        <translation>ツール呼び出し: {server}の{tool}</translation>
    </message>
    <message>
        <source>Tool call: {tool}</source>
        <translation>ツール呼び出し: {tool}</translation>
    </message>
    <message>
        <source>Arguments of the call to {tool}</source>
        <translation>{tool}の呼び出しの引数</translation>
    </message>
    <message>
        <source>Deny: {tool}</source>
        <translation>拒否: {tool}</translation>
    </message>
    <message>
        <source>Allow once: {tool}</source>
        <translation>今回のみ許可: {tool}</translation>
    </message>
    <message>
        <source>Always for this tool: {tool}</source>
        <translation>このツールは常に許可: {tool}</translation>
    </message>
    <message>
        <source>Always for this server: {tool}</source>
        <translation>このサーバーは常に許可: {tool}</translation>
    </message>
    <message>
        <source>Show the result of {tool}</source>
        <translation>{tool}の結果を表示</translation>
    </message>
    <message>
        <source>Result of the call to {tool}</source>
        <translation>{tool}の呼び出し結果</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>拒否済み</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>Done in {seconds} s</source>
        <translation>{seconds}秒で完了</translation>
    </message>
</context>
<context>
    <name>ToolServerDialog</name>
    <message>
        <source>Edit tool server</source>
        <translation>ツールサーバーを編集</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>ツールサーバーを追加</translation>
    </message>
    <message>
        <source>A program on this computer</source>
        <translation>このコンピューター上のプログラム</translation>
    </message>
    <message>
        <source>A server at an address</source>
        <translation>アドレスで指定するサーバー</translation>
    </message>
    <message>
        <source>e.g. npx -y @modelcontextprotocol/server-filesystem ~/Notes</source>
        <translation>例: npx -y @modelcontextprotocol/server-filesystem ~/Notes</translation>
    </message>
    <message>
        <source>One per line: NAME=value</source>
        <translation>1行に1つ: NAME=value</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8000/mcp</source>
        <translation>例: http://127.0.0.1:8000/mcp</translation>
    </message>
    <message>
        <source>One per line: Name=value</source>
        <translation>1行に1つ: Name=value</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Folder (optional)</source>
        <translation>フォルダー（任意）</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>A program gets only a few of Hearth&apos;s environment variables (HOME, PATH, LANG…) and the ones written here. Values whose names look secret (API_KEY, TOKEN, Authorization…) are kept in the password store, not in mcp.json; ${keyring} stands for one kept there. Every call a model makes asks you first.</source>
        <translation>プログラムに渡されるのは、Hearthの環境変数の一部（HOME、PATH、LANG…）と、ここに書いたものだけです。名前が秘密情報らしい値（API_KEY、TOKEN、Authorization…）は、mcp.jsonではなくパスワード保管庫に保存されます。${keyring} はそこに保存された値を表します。モデルがツールを呼び出すたびに、まずあなたに確認します。</translation>
    </message>
    <message>
        <source>“{line}” is not a header: write NAME=value.</source>
        <translation>「{line}」はヘッダーではありません。NAME=value の形式で書いてください。</translation>
    </message>
    <message>
        <source>“{line}” is not an environment variable: write NAME=value.</source>
        <translation>「{line}」は環境変数ではありません。NAME=value の形式で書いてください。</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>サーバー名</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>作業フォルダー</translation>
    </message>
    <message>
        <source>Environment variables, one per line</source>
        <translation>環境変数（1行に1つ）</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>Headers, one per line</source>
        <translation>ヘッダー（1行に1つ）</translation>
    </message>
    <message>
        <source>Write the server&apos;s address, starting with http:// or https://.</source>
        <translation>http:// または https:// で始まるサーバーのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The command has an unclosed quote.</source>
        <translation>コマンドの引用符が閉じていません。</translation>
    </message>
    <message>
        <source>Write the command that starts the server, e.g. uvx mcp-server-time.</source>
        <translation>サーバーを起動するコマンドを入力してください（例: uvx mcp-server-time）。</translation>
    </message>
</context>
<context>
    <name>ToolServersState</name>
    <message>
        <source>{file} lists no tool servers.</source>
        <translation>{file}にはツールサーバーがありません。</translation>
    </message>
</context>
<context>
    <name>ToolTurn</name>
    <message>
        <source>Switch some off with the Tools button.</source>
        <translation>「ツール」ボタンで一部をオフにしてください。</translation>
    </message>
</context>
<context>
    <name>ToolUse</name>
    <message>
        <source>it is not valid JSON ({problem})</source>
        <comment>tool_use.approvals-not-json</comment>
        <translation>有効なJSONではありません（{problem}）</translation>
    </message>
    <message>
        <source>The remembered tool approvals could not be used: {problem}. The file was kept as {aside}; tool calls ask again until new answers are remembered.</source>
        <comment>tool_use.approvals-damaged</comment>
        <translation>記憶したツールの承認を使用できません: {problem}。ファイルは{aside}として保存しました。新しい回答を記憶するまで、ツールの呼び出しのたびに再度確認します。</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <comment>tool_use.approvals-not-object</comment>
        <translation>JSONオブジェクトではありません</translation>
    </message>
    <message>
        <source>it has no “servers” object</source>
        <comment>tool_use.approvals-no-servers</comment>
        <translation>「servers」オブジェクトがありません</translation>
    </message>
    <message>
        <source>the answers for “{identity}” are not an object</source>
        <comment>tool_use.approvals-bad-server</comment>
        <translation>「{identity}」の回答がオブジェクトではありません</translation>
    </message>
    <message>
        <source>about </source>
        <comment>tool_use.about</comment>
        <translation>約</translation>
    </message>
    <message>
        <source>The tools offered would take {about}{total:,} tokens of the model&apos;s {context:,}-token context, more than a quarter, leaving less room for the conversation.</source>
        <comment>tool_use.tools-too-big</comment>
        <translation>提供されるツールは、モデルのコンテキスト{context:,}トークンのうち{about}{total:,}トークンを使います。4分の1を超えるため、会話に使える空きが少なくなります。</translation>
    </message>
    <message>
        <source>{said} Switching off {listed} would help most.</source>
        <comment>tool_use.switch-off-servers</comment>
        <translation>{said}{listed}をオフにすると最も効果があります。</translation>
    </message>
    <message>
        <source>{said} Switching off some tools of {server}, the biggest first — {listed} — would help.</source>
        <comment>tool_use.switch-off-tools-of</comment>
        <translation>{said}{server}のツールのうち、大きいものから順にいくつかオフにすると効果があります: {listed}。</translation>
    </message>
    <message>
        <source>{said} Switching off some tools, the biggest first — {listed} — would help.</source>
        <comment>tool_use.switch-off-tools</comment>
        <translation>{said}ツールのうち、大きいものから順にいくつかオフにすると効果があります: {listed}。</translation>
    </message>
    <message>
        <source>{name} ({about}{tokens:,} tokens)</source>
        <comment>tool_use.listed-size</comment>
        <translation>{name}（{about}{tokens:,}トークン）</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <comment>tool_use.list-and</comment>
        <translation>{first}と{last}</translation>
    </message>
    <message>
        <source>The tokenizer of {name} could not be read, so the tools&apos; sizes cannot be counted with it. Check that the file is a complete GGUF model.</source>
        <comment>tool_use.tokenizer-unreadable</comment>
        <translation>{name}のトークナイザーを読み込めなかったため、それを使ってツールのサイズを数えられません。ファイルが完全なGGUFモデルか確認してください。</translation>
    </message>
    <message>
        <source>Hearth&apos;s document search has no tool called “{tool}”; it has only “{known}”.</source>
        <comment>tool_use.search-unknown-tool</comment>
        <translation>Hearthのドキュメント検索に「{tool}」というツールはありません。あるのは「{known}」だけです。</translation>
    </message>
    <message>
        <source>{tool} needs a query: a question or a few words to look for.</source>
        <comment>tool_use.search-needs-query</comment>
        <translation>{tool}には検索語（質問、または探したい言葉）が必要です。</translation>
    </message>
    <message>
        <source>There is no document collection called “{collection}” any more, so nothing was searched.</source>
        <comment>tool_use.search-collection-gone</comment>
        <translation>「{collection}」というドキュメントのコレクションはもうないため、何も検索しませんでした。</translation>
    </message>
    <message>
        <source>The collection “{collection}” has no documents read into it yet, so there is nothing to search: add documents to it on the Documents page (or with `hearth docs add`).</source>
        <comment>tool_use.search-empty-collection</comment>
        <translation>コレクション「{collection}」にはまだドキュメントが読み込まれていないため、検索するものがありません。「ドキュメント」ページで（または `hearth docs add` で）ドキュメントを追加してください。</translation>
    </message>
    <message>
        <source>The collection “{collection}” was indexed with another embedding model than the one it is set to use now, so it cannot be searched until it is indexed again on the Documents page.</source>
        <comment>tool_use.search-needs-reindex</comment>
        <translation>コレクション「{collection}」は、現在使うよう設定されているものとは別の埋め込みモデルでインデックスが作成されています。「ドキュメント」ページでインデックスを作成し直すまで検索できません。</translation>
    </message>
    <message>
        <source>Hearth&apos;s document search did not answer within {timeout_s:g} seconds (its embedding model was busy or still loading), so Hearth stopped waiting. It can be asked again.</source>
        <comment>tool_use.search-timed-out</comment>
        <translation>Hearthのドキュメント検索が{timeout_s:g}秒以内に応答しなかったため（埋め込みモデルが使用中か、まだ読み込み中でした）、Hearthは待つのをやめました。もう一度実行できます。</translation>
    </message>
    <message>
        <source>The tool call the model had to write was cut off by the reply&apos;s token limit, so nothing ran; allow longer replies.</source>
        <comment>tool_use.forced-call-cut-off</comment>
        <translation>モデルが書く必要のあったツール呼び出しが、返答のトークン上限で途切れたため、何も実行されませんでした。より長い返答を許可してください。</translation>
    </message>
    <message>
        <source>The model asked for more tools after {count} round of tool calls; Hearth stopped there.</source>
        <comment>tool_use.stopped-after-round</comment>
        <translation>モデルが{count}回のツール呼び出しの後もさらにツールを要求したため、Hearthはそこで停止しました。</translation>
    </message>
    <message>
        <source>The model asked for more tools after {count} rounds of tool calls; Hearth stopped there.</source>
        <comment>tool_use.stopped-after-rounds</comment>
        <translation>モデルが{count}回のツール呼び出しの後もさらにツールを要求したため、Hearthはそこで停止しました。</translation>
    </message>
    <message>
        <source>The model asked again for {tool} with the same arguments; Hearth stopped there rather than run the same call twice.</source>
        <comment>tool_use.stopped-repeated-call</comment>
        <translation>モデルが同じ引数で再び{tool}を要求しました。同じ呼び出しを2回実行しないよう、Hearthはそこで停止しました。</translation>
    </message>
    <message>
        <source>The model still wrote tool calls that cannot run after {tries} tries to correct them; Hearth stopped there.</source>
        <comment>tool_use.stopped-unrepaired</comment>
        <translation>{tries}回修正を試みても、モデルは実行できないツール呼び出しを書き続けたため、Hearthはそこで停止しました。</translation>
    </message>
    <message>
        <source>There is no tool server called “{name}” in this conversation.</source>
        <comment>tool_use.server-not-in-conversation</comment>
        <translation>この会話に「{name}」というツールサーバーはありません。</translation>
    </message>
</context>
<context>
    <name>ToolsButton</name>
    <message>
        <source>Let the model use tools: tool servers (MCP) chosen for this conversation</source>
        <translation>モデルにツールを使わせる: この会話で選んだツールサーバー (MCP)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Tools ({count})</source>
        <translation>ツール ({count})</translation>
    </message>
    <message>
        <source>Tools: none on</source>
        <translation>ツール: すべてオフ</translation>
    </message>
    <message numerus="yes">
        <source>Tools: %n servers on</source>
        <translation>
            <numerusform>ツール: %n個のサーバーがオン</numerusform>
        </translation>
    </message>
    <message>
        <source>No tool servers yet</source>
        <translation>ツールサーバーはまだありません</translation>
    </message>
    <message>
        <source>Search my documents</source>
        <translation>ドキュメントを検索</translation>
    </message>
    <message>
        <source>The model searches this conversation&apos;s collection when it decides to, and shows its sources</source>
        <translation>モデルが必要と判断したときにこの会話のコレクションを検索し、出典を表示します</translation>
    </message>
    <message>
        <source>Choose a collection to answer from first</source>
        <translation>先に回答に使うコレクションを選んでください</translation>
    </message>
    <message>
        <source>Make the model call a tool first</source>
        <translation>最初に必ずツールを呼び出させる</translation>
    </message>
    <message>
        <source>Each reply begins with a call to one of the chosen tools</source>
        <translation>各返答は、選んだツールのいずれかの呼び出しから始まります</translation>
    </message>
    <message>
        <source>Start the servers to see their tools</source>
        <translation>サーバーを起動すると、ツールが表示されます</translation>
    </message>
    <message>
        <source>Manage tools…</source>
        <translation>ツールを管理…</translation>
    </message>
</context>
<context>
    <name>ToolsSettings</name>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Tool servers (MCP) let a model read a folder, check the time or search the web, as in Claude Desktop or LM Studio. Turn them on per conversation with the Tools button in Chat; every call asks you first.</source>
        <translation>ツールサーバー (MCP) を使うと、Claude DesktopやLM Studioと同じように、モデルがフォルダーを読んだり、時刻を確認したり、Webを検索したりできます。「チャット」の「ツール」ボタンで会話ごとにオンにします。呼び出しのたびに、まずあなたに確認します。</translation>
    </message>
    <message>
        <source>Server or tool</source>
        <translation>サーバーまたはツール</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Tool servers and their tools</source>
        <translation>ツールサーバーとそのツール</translation>
    </message>
    <message>
        <source>Space turns the chosen tool on or off</source>
        <translation>Spaceキーで選択したツールのオン/オフを切り替えます</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>ツールサーバーを追加</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Edit the chosen tool server</source>
        <translation>選択したツールサーバーを編集</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the chosen tool server</source>
        <translation>選択したツールサーバーを削除</translation>
    </message>
    <message>
        <source>Start and list tools</source>
        <translation>起動してツールを一覧表示</translation>
    </message>
    <message>
        <source>≈{count} tokens</source>
        <translation>≈{count}トークン</translation>
    </message>
    <message>
        <source>Remove the tool server “{name}”? Its tools stop being offered to models.</source>
        <translation>ツールサーバー「{name}」を削除しますか？そのツールはモデルに提示されなくなります。</translation>
    </message>
    <message>
        <source>From {app}</source>
        <translation>{app}から</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Forget approvals</source>
        <translation>承認をリセット</translation>
    </message>
    <message>
        <source>Every tool asks again before its next call</source>
        <translation>すべてのツールが、次の呼び出しの前に再度確認します</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message numerus="yes">
        <source>Running · %n tool(s)</source>
        <translation>
            <numerusform>実行中 · %n個のツール</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start</source>
        <translation>起動できませんでした</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>未起動</translation>
    </message>
    <message>
        <source>Remove tool server</source>
        <translation>ツールサーバーを削除</translation>
    </message>
    <message>
        <source>Every tool call will ask you again before it runs.</source>
        <translation>すべてのツール呼び出しで、実行前に再度確認します。</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>ファイルから…</translation>
    </message>
    <message>
        <source>Import tool servers</source>
        <translation>ツールサーバーをインポート</translation>
    </message>
</context>
<context>
    <name>TranscribeOptionsPanel</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Language of the recording</source>
        <translation>録音の言語</translation>
    </message>
    <message>
        <source>Detect the language</source>
        <translation>言語を自動検出</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Write down what is said</source>
        <translation>話した内容を書き起こす</translation>
    </message>
    <message>
        <source>Translate it to English</source>
        <translation>英語に翻訳</translation>
    </message>
    <message>
        <source>Skip silence and noise (fewer invented sentences)</source>
        <translation>無音と雑音をスキップ（誤って作られる文が減ります）</translation>
    </message>
    <message>
        <source>Time every word (tighter subtitles, a little slower)</source>
        <translation>単語ごとにタイミングを付ける（字幕がより正確に、少し遅くなります）</translation>
    </message>
    <message>
        <source>Fast mode (several parts at once; subtitle times are approximate without word times)</source>
        <translation>高速モード（複数の部分を同時に処理。単語のタイミングがないと字幕の時間は概算になります）</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>語彙</translation>
    </message>
    <message>
        <source>Names and terms to spell right, e.g. “Hearth, Whisper, Ana Lopes” (optional)</source>
        <translation>正しく表記したい名前や用語。例: 「Hearth、Whisper、Ana Lopes」（任意）</translation>
    </message>
    <message>
        <source>Vocabulary: names and terms to spell right</source>
        <translation>語彙: 正しく表記したい名前や用語</translation>
    </message>
    <message>
        <source>Beam size</source>
        <translation>ビームサイズ</translation>
    </message>
    <message>
        <source>How many guesses Whisper weighs at each step: more is a little better and slower</source>
        <translation>Whisperが各ステップで比較する候補の数。多いほど少し精度が上がり、遅くなります</translation>
    </message>
</context>
<context>
    <name>TranscribePage</name>
    <message>
        <source>{formats} and {last}</source>
        <translation>{formats}と{last}</translation>
    </message>
    <message>
        <source>Each transcript is saved automatically as {formats} in {folder}, never over a file of yours.</source>
        <translation>文字起こしは{folder}に{formats}として自動保存されます。既存のファイルが上書きされることはありません。</translation>
    </message>
    <message>
        <source>Each transcript is saved automatically as {formats} next to its recording, never over a file of yours.</source>
        <translation>文字起こしは録音と同じ場所に{formats}として自動保存されます。既存のファイルが上書きされることはありません。</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation>文字起こし</translation>
    </message>
    <message>
        <source>Recordings and videos become transcripts and subtitles on this computer. Nothing is uploaded.</source>
        <translation>録音や動画を、このコンピューター上で文字起こしと字幕にします。何もアップロードされません。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Transcription options</source>
        <translation>文字起こしのオプション</translation>
    </message>
    <message>
        <source>Where transcripts are saved</source>
        <translation>文字起こしの保存先</translation>
    </message>
    <message>
        <source>The folder and the formats are in Settings, under Transcripts</source>
        <translation>フォルダーと形式は「設定」の「文字起こし」で変更できます</translation>
    </message>
    <message>
        <source>No recordings were found in what was dropped.</source>
        <translation>ドロップされたものの中に録音が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The transcript of {name} is ready.</source>
        <translation>{name}の文字起こしができました。</translation>
    </message>
    <message>
        <source>Transcribing {name} failed: {reason}</source>
        <translation>{name}の文字起こしに失敗しました: {reason}</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <source>Summarize this</source>
        <translation>要約する</translation>
    </message>
    <message>
        <source>List the action items, with who does what</source>
        <translation>アクションアイテムを担当者ごとに挙げる</translation>
    </message>
    <message>
        <source>Ask my own question</source>
        <translation>自分で質問する</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the whole transcript</source>
        <translation>文字起こし全体をコピー</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <source>Save the transcript as</source>
        <translation>文字起こしに名前を付けて保存</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Show the transcript&apos;s folder</source>
        <translation>文字起こしのフォルダーを表示</translation>
    </message>
    <message>
        <source>Send to chat</source>
        <translation>チャットに送る</translation>
    </message>
    <message>
        <source>Send the transcript to the chat</source>
        <translation>文字起こしをチャットに送る</translation>
    </message>
    <message>
        <source>Drop a recording to begin; its transcript shows here when it is done.</source>
        <translation>録音をドロップすると始まります。完了すると、ここに文字起こしが表示されます。</translation>
    </message>
    <message>
        <source>No transcript yet.</source>
        <translation>文字起こしはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n行</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as {files} in {folder}.</source>
        <translation>{folder}に{files}として保存しました。</translation>
    </message>
    <message>
        <source>Save the transcript as {format}</source>
        <translation>文字起こしを{format}で保存</translation>
    </message>
    <message>
        <source>The transcript could not be saved there</source>
        <translation>文字起こしをそこに保存できませんでした</translation>
    </message>
    <message>
        <source>Saved {file} in {folder}.</source>
        <translation>{folder}に{file}を保存しました。</translation>
    </message>
    <message>
        <source>Transcript: {name}</source>
        <translation>文字起こし: {name}</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Search the transcript</source>
        <translation>文字起こしを検索</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Text (double-click to edit)</source>
        <translation>テキスト（ダブルクリックで編集）</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>文字起こし</translation>
    </message>
    <message>
        <source>One line per timed segment; F2 or a double-click edits its text</source>
        <translation>タイミングの区切りごとに1行。F2またはダブルクリックでテキストを編集します</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n lines</source>
        <translation>
            <numerusform>%n行中{shown}行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transcription</name>
    <message>
        <source>Waiting to start…</source>
        <comment>transcription.waiting</comment>
        <translation>開始を待っています…</translation>
    </message>
    <message>
        <source>The folder chosen for transcripts could not be written, so they are in {folder}.</source>
        <comment>transcription.fallback-folder</comment>
        <translation>文字起こし用に選んだフォルダーに書き込めなかったため、{folder}に保存しました。</translation>
    </message>
    <message>
        <source>The transcript could not be saved in {folder}: {problem}.</source>
        <comment>transcription.transcript-not-saved-in-folder</comment>
        <translation>文字起こしを{folder}に保存できませんでした: {problem}。</translation>
    </message>
    <message>
        <source>The transcript could not be saved in {folder} nor in {fallback}: {problem}.</source>
        <comment>transcription.transcript-not-saved</comment>
        <translation>文字起こしを{folder}にも{fallback}にも保存できませんでした: {problem}。</translation>
    </message>
</context>
<context>
    <name>TranscriptionQueueList</name>
    <message>
        <source>Transcription queue</source>
        <translation>文字起こしのキュー</translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation>{name}: {status}</translation>
    </message>
</context>
<context>
    <name>TranscriptsSettings</name>
    <message>
        <source>Transcripts</source>
        <translation>文字起こし</translation>
    </message>
    <message>
        <source>A file already there is never replaced: the new one gets a number, like “talk (2).srt”.</source>
        <translation>既存のファイルは置き換えられません。新しいファイルには「talk (2).srt」のように番号が付きます。</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>フォルダーを選択…</translation>
    </message>
    <message>
        <source>Choose a folder for transcripts</source>
        <translation>文字起こしの保存先フォルダーを選択</translation>
    </message>
    <message>
        <source>Next to each recording</source>
        <translation>各録音と同じ場所</translation>
    </message>
    <message>
        <source>Save transcripts next to each recording</source>
        <translation>文字起こしを各録音と同じ場所に保存</translation>
    </message>
    <message>
        <source>Save automatically as</source>
        <translation>自動保存の形式</translation>
    </message>
    <message>
        <source>Save automatically as {format}</source>
        <translation>{format}で自動保存</translation>
    </message>
    <message>
        <source>Choose where transcripts are saved</source>
        <translation>文字起こしの保存先を選択</translation>
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
        <translation>プロンプトの変数の値（1行に1ケース）</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>Remove the chosen row</source>
        <translation>選択した行を削除</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>行を貼り付け</translation>
    </message>
    <message>
        <source>Rows copied from a spreadsheet: one case a line, values apart by tabs</source>
        <translation>スプレッドシートからコピーした行: 1行に1ケース、値はタブ区切り</translation>
    </message>
    <message>
        <source>Values: one case per row</source>
        <translation>値: 1行に1ケース</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Hearth&apos;s language; Settings can change it later</source>
        <translation>Hearthの表示言語。あとで「設定」で変更できます</translation>
    </message>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Hearthへようこそ</translation>
    </message>
    <message>
        <source>Hearth runs open AI models on this computer. Nothing you type, show or say leaves it, and once a model is here it works offline.</source>
        <translation>Hearthは、オープンなAIモデルをこのコンピューター上で動かします。入力したもの、見せたもの、話したものが外に出ることはありません。モデルを一度入手すれば、オフラインでも使えます。</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>どのように始めますか？</translation>
    </message>
    <message>
        <source>Find a model for this computer</source>
        <translation>このコンピューターに合うモデルを探す</translation>
    </message>
    <message>
        <source>Hearth looks at your hardware and suggests three chat models that run well on it.</source>
        <translation>Hearthがハードウェアを調べ、快適に動くチャットモデルを3つ提案します。</translation>
    </message>
    <message>
        <source>I already have models</source>
        <translation>モデルはすでに持っています</translation>
    </message>
    <message>
        <source>Add GGUF files you have, or use the ones found from LM Studio, Ollama or the Hugging Face cache.</source>
        <translation>手元のGGUFファイルを追加するか、LM Studio、Ollama、Hugging Faceのキャッシュで見つかったモデルを使います。</translation>
    </message>
    <message>
        <source>Transcribe a file</source>
        <translation>ファイルを文字起こし</translation>
    </message>
    <message>
        <source>Turn a recording or a video into text and subtitles, made on this computer.</source>
        <translation>録音や動画を、このコンピューター上でテキストと字幕に変換します。</translation>
    </message>
</context>
</TS>
