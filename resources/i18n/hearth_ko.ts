<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
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
        <source>Checks run progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a suite on the panes&apos; models to see which one passes most here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth does not run these checks of the suite, so they are listed and never counted: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %s s left</source>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation type="unfinished">
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
        </translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
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
        <source>Hearth&apos;s picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
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
    <message>
        <source>{count} quantizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arch} · revision {revision} · {quantizations}</source>
        <translation type="unfinished"></translation>
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
        <source>Hugging Face results</source>
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
    <message>
        <source>, more below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} GGUF repositories for “{text}”{more}. Choose one to see how it runs here.</source>
        <translation type="unfinished"></translation>
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
        <source>{count} other repositories match without GGUF files Hearth can run.</source>
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
        <source>Needs {memory} at {context:,} tokens of context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {layers} layers on the graphics card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs {memory} at {context:,} tokens of context{where}.</source>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are waiting to be transcribed.</source>
        <translation type="unfinished">
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
        <source>Its key is kept only until Hearth closes: this computer has no password store. To keep it, remove {name} and add it again with “Keep the key in a file” ticked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>Using the tool %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
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
        <source>Once shared, every program must send the API key, the apps on this computer too: give it to the ones that use Hearth now, or they stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sharing changes</source>
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
        <source>(Hearth forgets it when it closes: this computer has no password store.)</source>
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
    <name>TokenSettings</name>
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
        <source>Hearth will forget it when it closes, because this computer has no password store. To keep it, tick “Keep the token in a file” and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>Tool call: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments of the call to %s</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Show the result of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the call to %s</source>
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
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %s s</source>
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
        <source>header</source>
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
    <message>
        <source>environment variable</source>
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
        <source>Tools (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tools: %n server(s) on</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tools: none on</source>
        <translation type="unfinished"></translation>
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
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start and list tools</source>
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
        <source>≈%s tokens</source>
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
        <source>Remove the tool server “%s”? Its tools stop being offered to models.</source>
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
        <source>From %s</source>
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
    <name>WelcomeScreen</name>
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
