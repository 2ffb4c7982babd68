<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
</TS>
