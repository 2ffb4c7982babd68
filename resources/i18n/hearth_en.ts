<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChatTranscript</name>
    <message numerus="yes">
        <source>Show %n earlier messages</source>
        <translation>
            <numerusform>Show %n earlier message</numerusform>
            <numerusform>Show %n earlier messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionList</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation>
            <numerusform>%n chunk</numerusform>
            <numerusform>%n chunks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files waiting</source>
        <translation>
            <numerusform>%n file waiting</numerusform>
            <numerusform>%n files waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reused} of %Ln prompt tokens reused</source>
        <translation>
            <numerusform>{reused} of %Ln prompt token reused</numerusform>
            <numerusform>{reused} of %Ln prompt tokens reused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message numerus="yes">
        <source>%n models · {runs} run on this computer</source>
        <translation>
            <numerusform>%n model · {runs} run on this computer</numerusform>
            <numerusform>%n models · {runs} run on this computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models · checking your computer…</source>
        <translation>
            <numerusform>%n model · checking your computer…</numerusform>
            <numerusform>%n models · checking your computer…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentSources</name>
    <message numerus="yes">
        <source>Answered from %n passages found in the documents:</source>
        <translation>
            <numerusform>Answered from %n passage found in the documents:</numerusform>
            <numerusform>Answered from %n passages found in the documents:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message numerus="yes">
        <source>%n threads</source>
        <translation>
            <numerusform>%n thread</numerusform>
            <numerusform>%n threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n cores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} (+%n more)</source>
        <translation>
            <numerusform>{name} (+%n more)</numerusform>
            <numerusform>{name} (+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubRepoView</name>
    <message numerus="yes">
        <source>{arch} · revision {revision} · %n quantizations</source>
        <translation>
            <numerusform>{arch} · revision {revision} · %n quantization</numerusform>
            <numerusform>{arch} · revision {revision} · %n quantizations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubSearchPanel</name>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”, more below. Choose one to see how it runs here.</source>
        <translation>
            <numerusform>%n GGUF repository for “{text}”, more below. Choose it to see how it runs here.</numerusform>
            <numerusform>%n GGUF repositories for “{text}”, more below. Choose one to see how it runs here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”. Choose one to see how it runs here.</source>
        <translation>
            <numerusform>%n GGUF repository for “{text}”. Choose it to see how it runs here.</numerusform>
            <numerusform>%n GGUF repositories for “{text}”. Choose one to see how it runs here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other repositories match without GGUF files Hearth can run.</source>
        <translation>
            <numerusform>%n other repository matches without GGUF files Hearth can run.</numerusform>
            <numerusform>%n other repositories match without GGUF files Hearth can run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quantizations of {repo} judged for this computer.</source>
        <translation>
            <numerusform>%n quantization of {repo} judged for this computer.</numerusform>
            <numerusform>%n quantizations of {repo} judged for this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexingPanel</name>
    <message numerus="yes">
        <source>{done} of %n files</source>
        <translation>
            <numerusform>{done} of %n file</numerusform>
            <numerusform>{done} of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation>
            <numerusform>%n chunk</numerusform>
            <numerusform>%n chunks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files that are gone were dropped.</source>
        <translation>
            <numerusform>%n file that is gone was dropped.</numerusform>
            <numerusform>%n files that are gone were dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyModelsPage</name>
    <message numerus="yes">
        <source>%n models on this computer.</source>
        <translation>
            <numerusform>%n model on this computer.</numerusform>
            <numerusform>%n models on this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptCacheSettings</name>
    <message numerus="yes">
        <source>On disk for after a restart: %n conversations, {size}.</source>
        <translation>
            <numerusform>On disk for after a restart: %n conversation, {size}.</numerusform>
            <numerusform>On disk for after a restart: %n conversations, {size}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now holding %n conversations: {tokens}, {size} of at most {limit}.</source>
        <translation>
            <numerusform>Now holding %n conversation: {tokens}, {size} of at most {limit}.</numerusform>
            <numerusform>Now holding %n conversations: {tokens}, {size} of at most {limit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tokens</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptForm</name>
    <message numerus="yes">
        <source>The model is offered %n tool(s), kept as the file gives them: </source>
        <translation>
            <numerusform>The model is offered %n tool, kept as the file gives them: </numerusform>
            <numerusform>The model is offered %n tools, kept as the file gives them: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message numerus="yes">
        <source>%n recordings are being transcribed now.</source>
        <translation>
            <numerusform>%n recording is being transcribed now.</numerusform>
            <numerusform>%n recordings are being transcribed now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are waiting to be transcribed.</source>
        <translation>
            <numerusform>%n recording is waiting to be transcribed.</numerusform>
            <numerusform>%n recordings are waiting to be transcribed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteSettings</name>
    <message numerus="yes">
        <source>Added {name}: %n model(s). They are in the Chat list now.</source>
        <translation>
            <numerusform>Added {name}: %n model. They are in the Chat list now.</numerusform>
            <numerusform>Added {name}: %n models. They are in the Chat list now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message numerus="yes">
        <source>%n cores</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n cores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuiteEditor</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolsButton</name>
    <message numerus="yes">
        <source>Tools: %n servers on</source>
        <translation>
            <numerusform>Tools: %n server on</numerusform>
            <numerusform>Tools: %n servers on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolsSettings</name>
    <message numerus="yes">
        <source>Running · %n tool(s)</source>
        <translation>
            <numerusform>Running · %n tool</numerusform>
            <numerusform>Running · %n tools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message numerus="yes">
        <source>{shown} of %n lines</source>
        <translation>
            <numerusform>{shown} of %n line</numerusform>
            <numerusform>{shown} of %n lines</numerusform>
        </translation>
    </message>
</context>
</TS>
