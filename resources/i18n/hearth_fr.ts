<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AttachedDocuments</name>
    <message>
        <source>Documents ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply will read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}
Click to leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatComposer</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply; what it wrote so far is kept (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your message as it was (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the model a picture (or drop one on the chat, or paste it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about a document: txt, md, pdf, docx, html (or drop one here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the model a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} cannot see images, and no model on this computer that fits can. Discover lists vision models (Qwen2.5-VL, Gemma 3, SmolVLM…); or pair a model with its vision companion (an mmproj file) in My Models. Your pictures and text stay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} cannot see images. Switch to a model that can, then press Send again; your pictures and text stay here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Precise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model can reason step by step before it answers (slower, often better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chat options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready · on {provider}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves this computer → {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your messages and the replies travel to {provider} at {host} and back. Hearth cannot tell what that computer keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready · {context} tokens of context · sees images · loaded in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready · {context} tokens of context · loaded in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatOptions</name>
    <message>
        <source>Top-p: the model picks only among its likeliest next words that together make up this share; lower is more focused, 1 leaves every word in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-k: the model picks only among this many likeliest next words; 0 leaves every word in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min-p: leaves out words far less likely than the likeliest one (this share of its chance); higher is more focused, 0 turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat penalty: above 1, words the reply has just used become less likely, so it repeats itself less; 1 turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation memory: how the model keeps the conversation it has read (its KV cache). q8_0 needs about half the memory, so a long context fits where it would not; replies change very little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers on the graphics card: how many of the model&apos;s layers run on the graphics card (faster); the rest run on the processor. Automatic puts as many as fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard (f16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller, for long context (q8_0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest reply (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers on the graphics card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt: how the model should behave (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed up replies that quote the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a reply repeats words from your message or documents (a summary, a list of action items, an edited text), Hearth guesses several words at once and checks them. The reply is the same; it only arrives sooner. Hearth turns this off by itself for a model where it does not pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot estimate this model&apos;s memory: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation memory ({kind}): {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs about {size} with {context} context. {memory}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict}. {reason} {memory}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Wait for this reply to finish (or stop it), then send the transcript to chat again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model first (the list above shows how each one fits this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing your message: send it to replace it and everything after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>Hearth is still looking at this computer; choose the model again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window cannot use other computers&apos; models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That other computer was removed in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered from the files attached to this conversation; the collection “{collection}” was not searched. Start a new conversation to ask the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; ask again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatTranscript</name>
    <message>
        <source>About this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier messages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes when the reply does not do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much this check counts in the score (0: shown, never counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{type}”: Hearth does not run this check; it is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {number}: what to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {number}: a check Hearth does not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {number}: not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {number}: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {number}: weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove check {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {number}: problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {number}: on the sample reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time in seconds, such as 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what this check looks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth does not run this optional check yet: it is kept and never counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth does not run this check: it is kept as written and never counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Passes: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Fails: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Suite of prompts with checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a suite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth&apos;s JSONL, or a promptfoo configuration (promptfooconfig.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New suite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your own prompts and checks, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats with other seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each case asked again with another seed: a case that passes only sometimes is flaky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a CSV of every reply, a JSON document or an HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks run progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth does not run these checks of the suite, so they are listed and never counted: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the suite “{name}”. Run it on the panes&apos; models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about {seconds} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth saves results as .csv, .json or .html: choose a name that ends with one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth could not write {path}: {reason}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are saved in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a suite on the panes&apos; models to see which one passes most here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, every reply (*.csv);;JSON (*.json);;HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases where the models disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this suite of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This suite is not yours to change: edit a copy, saved as one of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m replies graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionChooser</name>
    <message>
        <source>Answer from one of your document collections (made on the Documents page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to answer from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: {collection}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionList</name>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding model: {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — {files}, {chunks} · needs indexing again (new embedding model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {files}, {chunks} · {waiting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {files}, {chunks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Three panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the panes&apos; conversations as a Markdown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every pane the same thing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message for every pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model in every pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These fit in memory together: they stay loaded and answer in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached the longest reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temp </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature: 0 gives the same reply every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature of pane {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest reply in pane {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model of pane {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation in pane {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop pane {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on this conversation in Chat with this pane&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves this computer → {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you send this pane travels to {computer} at {host}, and its reply back. Hearth cannot tell what that computer keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You: {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for its turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {computer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ttft} s to first token · {speed} tokens/s · {tokens} · {ending} · {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message the model… (Enter sends, Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops a reply, Tab leaves the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click a chat to rename, duplicate, export or delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat could not be saved there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this chat and all its messages?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business use allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free licences only (Apache, MIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small (under 3 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium (3–10 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large (over 10 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help me choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help me choose a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer two questions and get up to three models that suit you and this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open models you can run privately. The best fits for this computer come first; pick the smallest model that does what you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search models (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only models that fit this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every model again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth&apos;s picks, best fits first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to look for models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth&apos;s picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking which models run on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n models · {runs} run on this computer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models · checking your computer…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {model}, chosen in Help me choose. Your other filters were cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {model}, chosen in Help me choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} {quant} is too large for this computer.

{reason}

Download it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSources</name>
    <message>
        <source>{file}, page {page} · score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} · score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the documents whole. The passages closest to the question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Answered from %n passages found in the documents:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ask again, reading the documents whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads the model again with a context of {tokens} tokens, then asks the same question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question and these passages were sent to {where}: they left this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsDropZone</name>
    <message>
        <source>Drop documents or folders here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, Markdown, PDF, Word (docx), web pages (html) and Hearth transcripts (json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose documents to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of documents to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents ({patterns});;All (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your files stay on this computer: Hearth reads them here and keeps an index beside its settings. In Chat, choose a collection to ask about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection name, e.g. Family papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding model that indexes the documents (an embedding GGUF in My Models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the chosen collection for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the buttons act on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No embedding model yet: get one in Discover (Documents search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection yet: drop files or folders above to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a collection in the list to check it for changes or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again what changed in the files of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the indexing in progress has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{name}” from Hearth; your files themselves stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an embedding model first: it reads the documents so that Hearth can find the right parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; add the documents again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection “{name}” is indexed. {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing the collection “{name}” failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the collection “{name}”?

Hearth forgets its index, and the chat can no longer answer from it. Your files themselves are not deleted: they stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection “{name}” was removed; your documents themselves were not touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from this list (the model stays installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download of {name}: {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the download of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the download of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the download of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the download of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from this list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadScreen</name>
    <message>
        <source>The chat opens by itself, with the model loaded, as soon as it is here. Skip keeps the download going in the background (Downloads, {shortcut}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {model}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadSettings</name>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this empty to download from Hugging Face itself. Fill it in only if you use a mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One at a time finishes each model sooner on a slow connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address Hearth can use. It should look like https://hf-mirror.com, or stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is downloading. Start a download from Discover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is downloaded and installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of {name} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Audio ({audio} …) and video ({video} …), or a whole folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop recordings or videos here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings and videos ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of recordings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go straight to Hearth; this welcome does not show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See models that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download {model} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Help me choose a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth has looked at your computer. {headline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you use it for work, in a business?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, for myself (any open licence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (only licences that allow business use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing fits yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model in the catalog does that on this computer with the licence you need. Try allowing any licence, or close other programs to free memory and rescan on the Hardware page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download {model} to compare it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download {first} and {second} to compare them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download {first}, {second} and {third} to compare them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} download · {licence} · {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role}: {model}, {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {model} in Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it in Discover; other filters are cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>Your computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the hardware again (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the hardware again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage for models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the full scan, for example to paste into a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the full scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings about this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at your computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vector extensions found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n threads</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{brand}
{threads} · {features}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} free right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} (+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Processor only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No graphics card that Hearth can use was found. Models run on the processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan&apos;s details are copied: paste them into a bug report or a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat engine (llama.cpp) could not be loaded; see the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat: llama.cpp {version}, with GPU support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat: llama.cpp {version}, built for the processor only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine (CTranslate2) could not be loaded; see the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription: CTranslate2 {version}, on the graphics card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription: CTranslate2 {version}, on the processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor ({extension})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubNotice</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubRepoView</name>
    <message>
        <source>Reading its files and each quantization&apos;s header on Hugging Face…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>architecture unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{arch} · revision {revision} · %n quantizations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Gated: accept its terms on &lt;a href=&quot;{url}&quot;&gt;its Hugging Face page&lt;/a&gt; and add a token in Settings to download it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repository has no GGUF files Hearth can run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubResultsTable</name>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a free licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not for commercial use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter on a repository to see how each of its files runs here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {author}, {downloads} downloads, {likes} likes, updated {date}, licence: {licence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A licence Hearth does not know: read it on the model&apos;s page before using the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{licence}: {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Hearth&apos;s picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs access granted on its Hugging Face page and a token in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Hearth&apos;s picks: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSearchPanel</name>
    <message>
        <source>Words, org/repo, or a huggingface.co address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search any GGUF model on Hugging Face; each is judged for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most liked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back to results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what to search for: words, org/repo, or an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching Hugging Face for “{text}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading more results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These results for “{text}” are from {time}, kept while Hugging Face cannot be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”, more below. Choose one to see how it runs here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”. Choose one to see how it runs here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other repositories match without GGUF files Hearth can run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No GGUF models on Hugging Face match “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 or more other repositories match without GGUF files Hearth can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; its verdicts come next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth could not read this repository&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quantizations of {repo} judged for this computer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{repo} {quant} is too large for this computer.

{reason}

Download it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexingPanel</name>
    <message>
        <source>%p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{files} · {chunks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{progress} · reading {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {minutes} min {seconds} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{progress} · {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done: {files} read, {chunks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything was up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files that are gone were dropped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing of {name}: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing of {name}: {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused · {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Go to a page, in the sidebar&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation (Chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line in the message (Chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply (Chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search models (Discover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer again (Hardware)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the button or switch that has focus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>Language and text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+= larger, Ctrl+- smaller, Ctrl+0 the usual size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderboardPanel</name>
    <message>
        <source>Blind: hide the model names until I vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{letter} is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run&apos;s numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating (95 % range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen over the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings use all your votes for this task. A range shows where a rating likely lies; models whose ranges overlap share a rank. More votes narrow the ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your leaderboard for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task of the leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for every model&apos;s reply to this prompt before voting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which reply is better?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a set to vote on its replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You called it a tie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose {model}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryRow</name>
    <message>
        <source>Downloaded by Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From LM Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Ollama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Hugging Face cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From GPT4All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can see images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat with {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {model} in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair with projector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair {model} with a vision companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the model&apos;s vision companion (an mmproj file) so it can see images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees images with {file}; choose another vision companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the downloaded files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide it from this list (its files stay where they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model}, {size}, {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model}, {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech-to-text model (faster-whisper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{billions}B parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{millions}M parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a chat template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no chat template (plain text prompts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tokens of context</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a page with the arrow keys, or open one with {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Local server on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show downloads ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the list of downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other apps use Hearth&apos;s models at {address}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>{speed} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token after {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply from {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the model&apos;s thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the reply failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the reply again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tier}; business use allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tier}; business use not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{publisher} · {parameters} parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization: smaller files run faster and need less memory; larger ones answer better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization of {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quant} (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download size (rounded, as published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected speed: {speed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model}, {size}, {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>{model} loads when you send a message, or choose another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That model is still being checked; choose it from the list in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {model}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline mode is on: other computers&apos; models are off. Choose a model here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{computer} is no longer listed. Choose another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth closed while loading {model} last time, probably because memory ran out. Options now load it on the processor only, with a shorter context; change them if you want to try again as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}

Load it anyway? The computer may slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>{model} · sees images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} — {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {computer} ({address}) · leaves this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsFolderSettings</name>
    <message>
        <source>Models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder for models you download from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this folder in your file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the usual folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the usual models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose this folder. Models downloaded before you changed it stay where they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth&apos;s usual folder for models. Choose another one if this disk is short of space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where Hearth keeps models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyModelsPage</name>
    <message>
        <source>My Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add model file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every model in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models on this computer: the ones Hearth downloaded, the ones you added, and the ones other apps (LM Studio, Ollama, GPT4All) already have — used where they are, never copied. Drop a .gguf file anywhere on the window to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n models on this computer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No models yet. Download one from Discover, or add a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not added. {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {model} ({size}) from this computer? You can download it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision companion for {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision companions (*.gguf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Opened from a Hugging Face link: {repository} ({file}). Nothing is downloaded until you choose to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened from a Hugging Face link: {repository}. Nothing is downloaded until you choose to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineSettings</name>
    <message>
        <source>Offline mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline mode — Hearth makes no network connection at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models you already have keep working. To download a model or check a token, turn it off again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageScroll</name>
    <message>
        <source>Scrollable content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickCard</name>
    <message>
        <source>{role}. {facts}. {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PicksScreen</name>
    <message>
        <source>A model that fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two models that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three models that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse all models instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing fits yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat model in the catalog runs well on this computer as it is now. Close other programs to free memory and look again on the Hardware page, or browse every model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of these runs on this computer. Pick one to download; you can add others later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptForm</name>
    <message>
        <source>Prompt (write {{name}} for a value that changes from case to case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to ask each model, such as: What is the capital of {{country}}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name for it in the tables (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks: the reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It passes when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every check passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the prompt passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score it needs, from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weighted share of checks that pass, from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try on a sample reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample reply to try the checks on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or write a reply here to see which checks it passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The model is offered %n tool(s), kept as the file gives them: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This reply passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (with the chosen row: {values})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict}: {passed} of {counted} checks, score {score}{row}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptSetsPanel</name>
    <message>
        <source>New set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt set run progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the run&apos;s results on the Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replies side by side, to vote on, and the leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts of the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a prompt, or press F2, to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prompt set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts (*.txt *.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuantRowView</name>
    <message>
        <source>Download size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected speed: {speed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download {quant}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download {size} into your models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quant}, {size}, {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{have} of {count} parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rough: judged by size only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs {memory} at {context} tokens of context · {layers} layers on the graphics card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs {memory} at {context} tokens of context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model needs a newer Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of its parts are missing from the repository</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <source>Waiting to start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribe it again with the model and options chosen above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it off the list (its saved files stay where they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% · {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed · {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done · {facts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: {options}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription of {name}: {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the transcription of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {name} again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>The local server is answering other apps; they lose their connection when Hearth quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are being transcribed now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are waiting to be transcribed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The queue is kept: it goes on the next time Hearth opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Hearth?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteSettings</name>
    <message>
        <source>{count}: {models}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the models of a bigger computer that runs Ollama, LM Studio, llama-server, vLLM or Hearth with sharing on. A conversation with one of its models leaves this computer: use it on a network you trust or through a VPN such as Tailscale (the traffic is plain HTTP unless the server has https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, e.g. http://192.168.1.20:11434</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of its server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key (if the server asks for one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key, if the server asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in a file only I can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked, the key is saved in {file}, which only your account can read; anyone who can read your files (an administrator, a backup) could read it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password store, so Hearth forgets a key when it closes. Tick “Keep the key in a file” to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the chosen computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename to the name above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the chosen computer to the name above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth uses no other computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing {address}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n model(s). They are in the Chat list now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Its key is kept only until Hearth closes: this computer has no password store. To keep it, remove {name} and add it again with “Keep the key in a file” ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a computer in the list to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a computer in the list, type its new name above, then Rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{old} is now called {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a computer in the list to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {name} and its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>Reading your documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the tool {tool}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Your computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at your computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at your computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{size} free now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models run on the processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding models that fit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCard</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let other apps on this computer use Hearth&apos;s models (OpenAI-compatible API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let other apps use Hearth&apos;s models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload an unused model after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload an unused model after, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share on my network (needs the API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share on my network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once shared, every program must send the API key, the apps on this computer too: give it to the ones that use Hearth now, or they stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sharing changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the API key in a file only I can read, so it still works after Hearth closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the API key in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password store, so a new key lasts only until Hearth closes. Ticked, it is saved in {file}, which only your account can read (hearth serve finds it there too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples for other programs: curl and Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What other programs asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What other programs asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other computers reach it at {addresses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only programs on this computer can reach it (127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key (shown once): {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Hearth forgets it when it closes: this computer has no password store.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running at {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in Hearth can be reached with the keyboard. These keys save steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechModelPicker</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Whisper model on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find one in Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a Whisper model in Discover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuiteEditor</name>
    <message>
        <source>My suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the suite “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a copy of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New suite of checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts of the suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the chosen prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen prompt up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen prompt down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt {number}, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the suite a name: it is how the Checks tab lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a suite named “{name}”. Replace it with this one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the suite?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to this suite are not saved. Close the editor and throw them away?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, or {{name}} for a value of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains (any case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains any of (any case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains all of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains all of (any case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches the pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular expression, such as ^[A-Z]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is JSON matching this schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON schema, such as {&quot;type&quot;: &quot;object&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains JSON matching this schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has at most N words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has at least N words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has N words (or from N to M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20, or 3–20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls the tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool&apos;s name, then its arguments as JSON if you want: f {&quot;x&quot;: 1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls only offered tools, with valid arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers within N s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds, such as 2.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as fast as N tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is written in language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A language, such as French or fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends because of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop, length or tool_calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar to this answer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer a reply should resemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a judge model grades it against this rubric (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a good reply does, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Picture {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenSettings</name>
    <message>
        <source>Hugging Face token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some models ask you to accept their licence on Hugging Face before you can download them. With a token, Hearth can download those for you. A “Read” token is enough: &lt;a href=&quot;{url}&quot;&gt;create one on huggingface.co&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your token here (it starts with hf_)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and test the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the token and check it with Hugging Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the saved token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the token in a file only I can read, so Hearth still has it after it closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the token in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked, the token is saved in {file}, which only your account can read; anyone who can read your files (an administrator, a backup) could read it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a saved token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token with Hugging Face…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth will forget it when it closes, because this computer has no password store. To keep it, tick “Keep the token in a file” and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always for this tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always for this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model wants to run this tool. Allow it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tool changed since you allowed it always:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call: {tool} on {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call: {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments of the call to {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny: {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow once: {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always for this tool: {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always for this server: {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the result of {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the call to {tool}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolServerDialog</name>
    <message>
        <source>Edit tool server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server at an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. npx -y @modelcontextprotocol/server-filesystem ~/Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: NAME=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8000/mcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: Name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program gets only a few of Hearth&apos;s environment variables (HOME, PATH, LANG…) and the ones written here. Values whose names look secret (API_KEY, TOKEN, Authorization…) are kept in the password store, not in mcp.json; ${keyring} stands for one kept there. Every call a model makes asks you first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{line}” is not a header: write NAME=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{line}” is not an environment variable: write NAME=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the server&apos;s address, starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command has an unclosed quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the command that starts the server, e.g. uvx mcp-server-time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolServersState</name>
    <message>
        <source>{file} lists no tool servers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolTurn</name>
    <message>
        <source>Switch some off with the Tools button.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolsButton</name>
    <message>
        <source>Let the model use tools: tool servers (MCP) chosen for this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools: none on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tools: %n servers on</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No tool servers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search my documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model searches this conversation&apos;s collection when it decides to, and shows its sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a collection to answer from first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the model call a tool first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each reply begins with a call to one of the chosen tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the servers to see their tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage tools…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolsSettings</name>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool servers (MCP) let a model read a folder, check the time or search the web, as in Claude Desktop or LM Studio. Turn them on per conversation with the Tools button in Chat; every call asks you first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server or tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool servers and their tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space turns the chosen tool on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen tool server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen tool server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start and list tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈{count} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tool server “{name}”? Its tools stop being offered to models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tool asks again before its next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running · %n tool(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tool server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tool call will ask you again before it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import tool servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscribeOptionsPanel</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what is said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate it to English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip silence and noise (fewer invented sentences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time every word (tighter subtitles, a little slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast mode (several parts at once; subtitle times are approximate without word times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and terms to spell right, e.g. “Hearth, Whisper, Ana Lopes” (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary: names and terms to spell right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beam size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many guesses Whisper weighs at each step: more is a little better and slower</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscribePage</name>
    <message>
        <source>{formats} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each transcript is saved automatically as {formats} in {folder}, never over a file of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each transcript is saved automatically as {formats} next to its recording, never over a file of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings and videos become transcripts and subtitles on this computer. Nothing is uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where transcripts are saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder and the formats are in Settings, under Transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recordings were found in what was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript of {name} is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribing {name} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <source>Summarize this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the action items, with who does what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask my own question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the transcript as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the transcript&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the transcript to the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a recording to begin; its transcript shows here when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transcript yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as {files} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the transcript as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript could not be saved there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Search the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (double-click to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per timed segment; F2 or a double-click edits its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n lines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptionQueueList</name>
    <message>
        <source>Transcription queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptsSettings</name>
    <message>
        <source>Transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already there is never replaced: the new one gets a number, like “talk (2).srt”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next to each recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save transcripts next to each recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save automatically as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save automatically as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where transcripts are saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>B</source>
        <translation>o</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows copied from a spreadsheet: one case a line, values apart by tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values: one case per row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth&apos;s language; Settings can change it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Hearth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth runs open AI models on this computer. Nothing you type, show or say leaves it, and once a model is here it works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a model for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth looks at your hardware and suggests three chat models that run well on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I already have models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add GGUF files you have, or use the ones found from LM Studio, Ollama or the Hugging Face cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribe a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a recording or a video into text and subtitles, made on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
