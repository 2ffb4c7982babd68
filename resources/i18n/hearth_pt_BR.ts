<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AttachedDocuments</name>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Documentos ({patterns})</translation>
    </message>
    <message>
        <source>The reply will read:</source>
        <translation>A resposta vai ler:</translation>
    </message>
    <message>
        <source>{path}
Click to leave it out</source>
        <translation>{path}
Clique para deixar de fora</translation>
    </message>
    <message>
        <source>Leave out {name}</source>
        <translation>Deixar {name} de fora</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Dispensar a mensagem</translation>
    </message>
</context>
<context>
    <name>ChatComposer</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar a mensagem</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Enviar a mensagem (Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Parar a resposta</translation>
    </message>
    <message>
        <source>Stop the reply; what it wrote so far is kept (Esc)</source>
        <translation>Parar a resposta; o que ela já escreveu é mantido (Esc)</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar edição</translation>
    </message>
    <message>
        <source>Keep your message as it was (Esc)</source>
        <translation>Manter sua mensagem como estava (Esc)</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Imagem…</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>Adicionar imagem</translation>
    </message>
    <message>
        <source>Show the model a picture (or drop one on the chat, or paste it)</source>
        <translation>Mostre uma imagem ao modelo (ou solte uma no chat, ou cole)</translation>
    </message>
    <message>
        <source>Document…</source>
        <translation>Documento…</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Adicionar documento</translation>
    </message>
    <message>
        <source>Ask about a document: txt, md, pdf, docx, html (or drop one here)</source>
        <translation>Pergunte sobre um documento: txt, md, pdf, docx, html (ou solte um aqui)</translation>
    </message>
    <message>
        <source>Use {model}</source>
        <translation>Usar {model}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Imagens ({patterns})</translation>
    </message>
    <message>
        <source>Show the model a picture</source>
        <translation>Mostrar uma imagem ao modelo</translation>
    </message>
    <message>
        <source>Ask about a document</source>
        <translation>Perguntar sobre um documento</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Este modelo</translation>
    </message>
    <message>
        <source>{model} cannot see images, and no model on this computer that fits can. Discover lists vision models (Qwen2.5-VL, Gemma 3, SmolVLM…); or pair a model with its vision companion (an mmproj file) in My Models. Your pictures and text stay here.</source>
        <translation>{model} não enxerga imagens, e nenhum modelo que cabe neste computador enxerga. Descobrir lista modelos de visão (Qwen2.5-VL, Gemma 3, SmolVLM…); ou combine um modelo com seu complemento de visão (um arquivo mmproj) em Meus modelos. Suas imagens e seu texto ficam aqui.</translation>
    </message>
    <message>
        <source>{model} cannot see images. Switch to a model that can, then press Send again; your pictures and text stay here.</source>
        <translation>{model} não enxerga imagens. Mude para um modelo que enxergue e pressione Enviar de novo; suas imagens e seu texto ficam aqui.</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Precise</source>
        <translation>Preciso</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Criativo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>Carregando o modelo</translation>
    </message>
    <message>
        <source>Think first</source>
        <translation>Pensar antes</translation>
    </message>
    <message>
        <source>This model can reason step by step before it answers (slower, often better)</source>
        <translation>Este modelo pode raciocinar passo a passo antes de responder (mais lento, muitas vezes melhor)</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Reply style</source>
        <translation>Estilo da resposta</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>Show the chat options</source>
        <translation>Mostrar as opções do chat</translation>
    </message>
    <message>
        <source>Ready · on {provider}</source>
        <translation>Pronto · em {provider}</translation>
    </message>
    <message>
        <source>leaves this computer → {host}</source>
        <translation>sai deste computador → {host}</translation>
    </message>
    <message>
        <source>Your messages and the replies travel to {provider} at {host} and back. Hearth cannot tell what that computer keeps.</source>
        <translation>Suas mensagens e as respostas vão até {provider} em {host} e voltam. O Hearth não tem como saber o que aquele computador guarda.</translation>
    </message>
    <message>
        <source>Ready · {context} tokens of context · sees images · loaded in {seconds} s</source>
        <translation>Pronto · {context} tokens de contexto · enxerga imagens · carregado em {seconds} s</translation>
    </message>
    <message>
        <source>Ready · {context} tokens of context · loaded in {seconds} s</source>
        <translation>Pronto · {context} tokens de contexto · carregado em {seconds} s</translation>
    </message>
</context>
<context>
    <name>ChatOptions</name>
    <message>
        <source>Top-p: the model picks only among its likeliest next words that together make up this share; lower is more focused, 1 leaves every word in.</source>
        <translation>Top-p: o modelo escolhe só entre as próximas palavras mais prováveis que, juntas, somam esta fração; menor é mais focado, 1 mantém todas as palavras.</translation>
    </message>
    <message>
        <source>Top-k: the model picks only among this many likeliest next words; 0 leaves every word in.</source>
        <translation>Top-k: o modelo escolhe só entre este número de próximas palavras mais prováveis; 0 mantém todas as palavras.</translation>
    </message>
    <message>
        <source>Min-p: leaves out words far less likely than the likeliest one (this share of its chance); higher is more focused, 0 turns it off.</source>
        <translation>Min-p: deixa de fora palavras muito menos prováveis que a mais provável (esta fração da chance dela); maior é mais focado, 0 desativa.</translation>
    </message>
    <message>
        <source>Repeat penalty: above 1, words the reply has just used become less likely, so it repeats itself less; 1 turns it off.</source>
        <translation>Penalidade de repetição: acima de 1, palavras que a resposta acabou de usar ficam menos prováveis, então ela se repete menos; 1 desativa.</translation>
    </message>
    <message>
        <source>Conversation memory: how the model keeps the conversation it has read (its KV cache). q8_0 needs about half the memory, so a long context fits where it would not; replies change very little.</source>
        <translation>Memória da conversa: como o modelo guarda a conversa que já leu (o cache KV). q8_0 usa cerca de metade da memória, então um contexto longo cabe onde não caberia; as respostas mudam muito pouco.</translation>
    </message>
    <message>
        <source>Layers on the graphics card: how many of the model&apos;s layers run on the graphics card (faster); the rest run on the processor. Automatic puts as many as fit.</source>
        <translation>Camadas na placa de vídeo: quantas camadas do modelo rodam na placa de vídeo (mais rápido); o resto roda no processador. Automático coloca o máximo que couber.</translation>
    </message>
    <message>
        <source>Standard (f16)</source>
        <translation>Padrão (f16)</translation>
    </message>
    <message>
        <source>Smaller, for long context (q8_0)</source>
        <translation>Menor, para contexto longo (q8_0)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt do sistema</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
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
        <translation>Penalidade de repetição</translation>
    </message>
    <message>
        <source>Longest reply (tokens)</source>
        <translation>Resposta mais longa (tokens)</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>Contexto (tokens)</translation>
    </message>
    <message>
        <source>Layers on the graphics card</source>
        <translation>Camadas na placa de vídeo</translation>
    </message>
    <message>
        <source>Conversation memory</source>
        <translation>Memória da conversa</translation>
    </message>
    <message>
        <source>System prompt: how the model should behave (optional)</source>
        <translation>Prompt do sistema: como o modelo deve se comportar (opcional)</translation>
    </message>
    <message>
        <source>Speed up replies that quote the prompt</source>
        <translation>Acelerar respostas que citam o prompt</translation>
    </message>
    <message>
        <source>When a reply repeats words from your message or documents (a summary, a list of action items, an edited text), Hearth guesses several words at once and checks them. The reply is the same; it only arrives sooner. Hearth turns this off by itself for a model where it does not pay.</source>
        <translation>Quando uma resposta repete palavras da sua mensagem ou dos documentos (um resumo, uma lista de tarefas, um texto editado), o Hearth adivinha várias palavras de uma vez e as confere. A resposta é a mesma; só chega mais cedo. O Hearth desativa isso sozinho para um modelo em que não compensa.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Cannot estimate this model&apos;s memory: {reason}</source>
        <translation>Não é possível estimar a memória deste modelo: {reason}</translation>
    </message>
    <message>
        <source>Conversation memory ({kind}): {size}.</source>
        <translation>Memória da conversa ({kind}): {size}.</translation>
    </message>
    <message>
        <source>Needs about {size} with {context} context. {memory}</source>
        <translation>Precisa de cerca de {size} com {context} de contexto. {memory}</translation>
    </message>
    <message>
        <source>{verdict}. {reason} {memory}</source>
        <translation>{verdict}. {reason} {memory}</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Wait for this reply to finish (or stop it), then send the transcript to chat again.</source>
        <translation>Espere esta resposta terminar (ou pare-a) e envie a transcrição para o chat de novo.</translation>
    </message>
    <message>
        <source>Choose a model first (the list above shows how each one fits this computer).</source>
        <translation>Escolha um modelo primeiro (a lista acima mostra como cada um cabe neste computador).</translation>
    </message>
    <message>
        <source>Editing your message: send it to replace it and everything after it.</source>
        <translation>Editando sua mensagem: envie-a para substituí-la e tudo o que vem depois.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escrevendo…</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>Hearth is still looking at this computer; choose the model again in a moment.</source>
        <translation>O Hearth ainda está analisando este computador; escolha o modelo de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>This window cannot use other computers&apos; models.</source>
        <translation>Esta janela não pode usar modelos de outros computadores.</translation>
    </message>
    <message>
        <source>That other computer was removed in Settings.</source>
        <translation>Aquele outro computador foi removido nas Configurações.</translation>
    </message>
    <message>
        <source>Answered from the files attached to this conversation; the collection “{collection}” was not searched. Start a new conversation to ask the collection.</source>
        <translation>Respondido a partir dos arquivos anexados a esta conversa; a coleção “{collection}” não foi pesquisada. Comece uma nova conversa para consultar a coleção.</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>A resposta falhou</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; ask again in a moment.</source>
        <translation>O Hearth ainda está analisando este computador; pergunte de novo daqui a pouco.</translation>
    </message>
</context>
<context>
    <name>ChatTranscript</name>
    <message>
        <source>About this chat</source>
        <translation>Sobre este chat</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier messages</source>
        <translation>
            <numerusform>Mostrar %n mensagem anterior</numerusform>
            <numerusform>Mostrar %n mensagens anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>not</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Passes when the reply does not do this</source>
        <translation>Passa quando a resposta não faz isso</translation>
    </message>
    <message>
        <source>weight </source>
        <translation>peso </translation>
    </message>
    <message>
        <source>How much this check counts in the score (0: shown, never counted)</source>
        <translation>Quanto esta verificação conta na pontuação (0: mostrada, nunca contada)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>“{type}”: Hearth does not run this check; it is kept as written</source>
        <translation>“{type}”: o Hearth não executa esta verificação; ela é mantida como escrita</translation>
    </message>
    <message>
        <source>Check {number}: what to look for</source>
        <translation>Verificação {number}: o que procurar</translation>
    </message>
    <message>
        <source>Check {number}: a check Hearth does not run</source>
        <translation>Verificação {number}: uma verificação que o Hearth não executa</translation>
    </message>
    <message>
        <source>Check {number}: not</source>
        <translation>Verificação {number}: não</translation>
    </message>
    <message>
        <source>Check {number}: value</source>
        <translation>Verificação {number}: valor</translation>
    </message>
    <message>
        <source>Check {number}: weight</source>
        <translation>Verificação {number}: peso</translation>
    </message>
    <message>
        <source>Remove check {number}</source>
        <translation>Remover verificação {number}</translation>
    </message>
    <message>
        <source>Check {number}: problem</source>
        <translation>Verificação {number}: problema</translation>
    </message>
    <message>
        <source>Check {number}: on the sample reply</source>
        <translation>Verificação {number}: na resposta de exemplo</translation>
    </message>
    <message>
        <source>Write the time in seconds, such as 2.5.</source>
        <translation>Escreva o tempo em segundos, como 2.5.</translation>
    </message>
    <message>
        <source>Write what this check looks for.</source>
        <translation>Escreva o que esta verificação procura.</translation>
    </message>
    <message>
        <source>Hearth does not run this optional check yet: it is kept and never counted.</source>
        <translation>O Hearth ainda não executa esta verificação opcional: ela é mantida e nunca contada.</translation>
    </message>
    <message>
        <source>Hearth does not run this check: it is kept as written and never counted.</source>
        <translation>O Hearth não executa esta verificação: ela é mantida como escrita e nunca contada.</translation>
    </message>
    <message>
        <source>✓ Passes: {reason}</source>
        <translation>✓ Passa: {reason}</translation>
    </message>
    <message>
        <source>✗ Fails: {reason}</source>
        <translation>✗ Falha: {reason}</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Suite of prompts with checks</source>
        <translation>Suíte de prompts com verificações</translation>
    </message>
    <message>
        <source>Open a suite…</source>
        <translation>Abrir uma suíte…</translation>
    </message>
    <message>
        <source>Hearth&apos;s JSONL, or a promptfoo configuration (promptfooconfig.yaml)</source>
        <translation>JSONL do Hearth, ou uma configuração do promptfoo (promptfooconfig.yaml)</translation>
    </message>
    <message>
        <source>New suite…</source>
        <translation>Nova suíte…</translation>
    </message>
    <message>
        <source>Write your own prompts and checks, in plain words</source>
        <translation>Escreva seus próprios prompts e verificações, em palavras simples</translation>
    </message>
    <message>
        <source>Repeats: </source>
        <translation>Repetições: </translation>
    </message>
    <message>
        <source>Repeats with other seeds</source>
        <translation>Repetições com outras sementes</translation>
    </message>
    <message>
        <source>Each case asked again with another seed: a case that passes only sometimes is flaky</source>
        <translation>Cada caso é perguntado de novo com outra semente: um caso que só passa às vezes é instável</translation>
    </message>
    <message>
        <source>Run the checks</source>
        <translation>Executar as verificações</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Save the results…</source>
        <translation>Salvar os resultados…</translation>
    </message>
    <message>
        <source>As a CSV of every reply, a JSON document or an HTML report</source>
        <translation>Como CSV com todas as respostas, um documento JSON ou um relatório HTML</translation>
    </message>
    <message>
        <source>Checks run progress</source>
        <translation>Progresso da execução das verificações</translation>
    </message>
    <message>
        <source>“Similar” checks use</source>
        <translation>Verificações “similar” usam</translation>
    </message>
    <message>
        <source>Embedding model for “similar” checks</source>
        <translation>Modelo de embeddings para verificações “similar”</translation>
    </message>
    <message>
        <source>Optional: without one, “similar” checks are listed and not counted</source>
        <translation>Opcional: sem ele, as verificações “similar” são listadas e não contadas</translation>
    </message>
    <message>
        <source>Judge for rubric checks</source>
        <translation>Juiz para verificações por critérios</translation>
    </message>
    <message>
        <source>Judge model for rubric checks</source>
        <translation>Modelo juiz para verificações por critérios</translation>
    </message>
    <message>
        <source>Optional: a model of this computer grades replies against a rubric (at temperature 0)</source>
        <translation>Opcional: um modelo deste computador avalia as respostas com critérios (na temperatura 0)</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>Nenhum modelo de embeddings</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>Nenhum juiz</translation>
    </message>
    <message>
        <source>Hearth does not run these checks of the suite, so they are listed and never counted: {names}.</source>
        <translation>O Hearth não executa estas verificações da suíte, então elas são listadas e nunca contadas: {names}.</translation>
    </message>
    <message>
        <source>Saved the suite “{name}”. Run it on the panes&apos; models.</source>
        <translation>Suíte “{name}” salva. Execute-a nos modelos dos painéis.</translation>
    </message>
    <message>
        <source>, about {seconds} s left</source>
        <translation>, faltam cerca de {seconds} s</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>Salvar os resultados</translation>
    </message>
    <message>
        <source>Hearth saves results as .csv, .json or .html: choose a name that ends with one of them.</source>
        <translation>O Hearth salva resultados como .csv, .json ou .html: escolha um nome que termine com um deles.</translation>
    </message>
    <message>
        <source>Hearth could not write {path}: {reason}. Choose another folder.</source>
        <translation>O Hearth não conseguiu gravar {path}: {reason}. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>The results are saved in {path}.</source>
        <translation>Os resultados foram salvos em {path}.</translation>
    </message>
    <message>
        <source>Run a suite on the panes&apos; models to see which one passes most here.</source>
        <translation>Execute uma suíte nos modelos dos painéis para ver qual passa mais aqui.</translation>
    </message>
    <message>
        <source>CSV, every reply (*.csv);;JSON (*.json);;HTML report (*.html)</source>
        <translation>CSV, todas as respostas (*.csv);;JSON (*.json);;Relatório HTML (*.html)</translation>
    </message>
    <message>
        <source>Real work</source>
        <translation>Trabalho real</translation>
    </message>
    <message>
        <source>Cases where the models disagree</source>
        <translation>Casos em que os modelos discordam</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Confiabilidade</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name} (sua)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit a copy…</source>
        <translation>Editar uma cópia…</translation>
    </message>
    <message>
        <source>Change this suite of yours</source>
        <translation>Alterar esta suíte sua</translation>
    </message>
    <message>
        <source>This suite is not yours to change: edit a copy, saved as one of your own</source>
        <translation>Esta suíte não é sua para alterar: edite uma cópia, salva como uma das suas</translation>
    </message>
    <message>
        <source>Open a suite</source>
        <translation>Abrir uma suíte</translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation>Executando as verificações…</translation>
    </message>
    <message>
        <source>%v of %m replies graded</source>
        <translation>%v de %m respostas avaliadas</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copiar o código</translation>
    </message>
    <message>
        <source>Code in {language}</source>
        <translation>Código em {language}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
</context>
<context>
    <name>CollectionChooser</name>
    <message>
        <source>Answer from one of your document collections (made on the Documents page)</source>
        <translation>Responder a partir de uma das suas coleções de documentos (criadas na página Documentos)</translation>
    </message>
    <message>
        <source>Documents to answer from</source>
        <translation>Documentos para responder</translation>
    </message>
    <message>
        <source>Documents: {collection}</source>
        <translation>Documentos: {collection}</translation>
    </message>
    <message>
        <source>No documents</source>
        <translation>Nenhum documento</translation>
    </message>
</context>
<context>
    <name>CollectionList</name>
    <message>
        <source>Collections</source>
        <translation>Coleções</translation>
    </message>
    <message>
        <source>Embedding model: {model}</source>
        <translation>Modelo de embeddings: {model}</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n arquivo</numerusform>
            <numerusform>%n arquivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation>
            <numerusform>%n bloco</numerusform>
            <numerusform>%n blocos</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — {files}, {chunks} · needs indexing again (new embedding model)</source>
        <translation>{name} — {files}, {chunks} · precisa ser indexada de novo (novo modelo de embeddings)</translation>
    </message>
    <message>
        <source>{name} — {files}, {chunks} · {waiting}</source>
        <translation>{name} — {files}, {chunks} · {waiting}</translation>
    </message>
    <message>
        <source>{name} — {files}, {chunks}</source>
        <translation>{name} — {files}, {chunks}</translation>
    </message>
    <message numerus="yes">
        <source>%n files waiting</source>
        <translation>
            <numerusform>%n arquivo aguardando</numerusform>
            <numerusform>%n arquivos aguardando</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>These two do not fit together here; Hearth loads them in turn, about {each} s each.</source>
        <comment>compare.two-in-turn</comment>
        <translation>Estes dois não cabem juntos aqui; o Hearth os carrega um de cada vez, cerca de {each} s cada um.</translation>
    </message>
    <message>
        <source>These {count} do not fit together here; Hearth loads them in turn, about {each} s each.</source>
        <comment>compare.in-turn</comment>
        <translation>Estes {count} não cabem juntos aqui; o Hearth os carrega um de cada vez, cerca de {each} s cada um.</translation>
    </message>
    <message>
        <source>Line {number} of the file is not JSON.</source>
        <comment>compare.line-not-json</comment>
        <translation>A linha {number} do arquivo não é JSON.</translation>
    </message>
    <message>
        <source>Line {number} has no prompt (a string, or an object with a “prompt”).</source>
        <comment>compare.line-without-prompt</comment>
        <translation>A linha {number} não tem prompt (um texto, ou um objeto com um “prompt”).</translation>
    </message>
    <message>
        <source>Hearth cannot read the prompts in {path}.</source>
        <comment>compare.prompts-unreadable</comment>
        <translation>O Hearth não consegue ler os prompts em {path}.</translation>
    </message>
    <message>
        <source>There are no prompts in {path}.</source>
        <comment>compare.no-prompts</comment>
        <translation>Não há prompts em {path}.</translation>
    </message>
    <message>
        <source>comparisons file</source>
        <comment>compare.comparisons-file</comment>
        <translation>arquivo de comparações</translation>
    </message>
    <message>
        <source>There is already a prompt set called “{name}”.</source>
        <comment>compare.prompt-set-exists</comment>
        <translation>Já existe um conjunto de prompts chamado “{name}”.</translation>
    </message>
    <message>
        <source>That prompt set is gone.</source>
        <comment>compare.prompt-set-gone</comment>
        <translation>Esse conjunto de prompts não existe mais.</translation>
    </message>
    <message>
        <source>That run is gone.</source>
        <comment>compare.run-gone</comment>
        <translation>Essa execução não existe mais.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Three panes</source>
        <translation>Três painéis</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Parar todos</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the panes&apos; conversations as a Markdown file</source>
        <translation>Salvar as conversas dos painéis como um arquivo Markdown</translation>
    </message>
    <message>
        <source>Ask every pane the same thing…</source>
        <translation>Pergunte a mesma coisa em todos os painéis…</translation>
    </message>
    <message>
        <source>Message for every pane</source>
        <translation>Mensagem para todos os painéis</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>Enviar a todos</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Prompt sets</source>
        <translation>Conjuntos de prompts</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>Ways to compare</source>
        <translation>Formas de comparar</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Choose a model in every pane.</source>
        <translation>Escolha um modelo em cada painel.</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>Verificando este computador…</translation>
    </message>
    <message>
        <source>These fit in memory together: they stay loaded and answer in turn.</source>
        <translation>Estes cabem juntos na memória: ficam carregados e respondem um de cada vez.</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Exportar a comparação</translation>
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
        <translation>concluída</translation>
    </message>
    <message>
        <source>reached the longest reply</source>
        <translation>atingiu a resposta mais longa</translation>
    </message>
    <message>
        <source>context full</source>
        <translation>contexto cheio</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <source>temp </source>
        <translation>temp </translation>
    </message>
    <message>
        <source>Temperature: 0 gives the same reply every time</source>
        <translation>Temperatura: 0 dá a mesma resposta todas as vezes</translation>
    </message>
    <message>
        <source>Temperature of pane {number}</source>
        <translation>Temperatura do painel {number}</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Longest reply</source>
        <translation>Resposta mais longa</translation>
    </message>
    <message>
        <source>Longest reply in pane {number}</source>
        <translation>Resposta mais longa no painel {number}</translation>
    </message>
    <message>
        <source>Pane {number}</source>
        <translation>Painel {number}</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Mais rápido</translation>
    </message>
    <message>
        <source>Model of pane {number}</source>
        <translation>Modelo do painel {number}</translation>
    </message>
    <message>
        <source>Conversation in pane {number}</source>
        <translation>Conversa no painel {number}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop pane {number}</source>
        <translation>Parar o painel {number}</translation>
    </message>
    <message>
        <source>Continue with this one</source>
        <translation>Continuar com este</translation>
    </message>
    <message>
        <source>Carry on this conversation in Chat with this pane&apos;s model</source>
        <translation>Continuar esta conversa no Chat com o modelo deste painel</translation>
    </message>
    <message>
        <source>leaves this computer → {host}</source>
        <translation>sai deste computador → {host}</translation>
    </message>
    <message>
        <source>What you send this pane travels to {computer} at {host}, and its reply back. Hearth cannot tell what that computer keeps.</source>
        <translation>O que você envia a este painel vai até {computer} em {host}, e a resposta volta. O Hearth não tem como saber o que aquele computador guarda.</translation>
    </message>
    <message>
        <source>You: {prompt}</source>
        <translation>Você: {prompt}</translation>
    </message>
    <message>
        <source>waiting for its turn…</source>
        <translation>aguardando a vez…</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>escrevendo…</translation>
    </message>
    <message>
        <source>on {computer}</source>
        <translation>em {computer}</translation>
    </message>
    <message>
        <source>{ttft} s to first token · {speed} tokens/s · {tokens} · {ending} · {where}</source>
        <translation>{ttft} s até o primeiro token · {speed} tokens/s · {tokens} · {ending} · {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message the model… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Mensagem para o modelo… (Enter envia, Shift+Enter para nova linha)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops a reply, Tab leaves the message</source>
        <translation>Enter envia, Shift+Enter inicia uma nova linha, Esc para uma resposta, Tab sai da mensagem</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>Novo chat</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Iniciar um novo chat (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Pesquisar chats</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Right-click a chat to rename, duplicate, export or delete it</source>
        <translation>Clique com o botão direito em um chat para renomear, duplicar, exportar ou excluir</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Renomear chat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Exportar chat</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The chat could not be saved there</source>
        <translation>Não foi possível salvar o chat ali</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages?</source>
        <translation>Excluir “{title}” e todas as suas mensagens?</translation>
    </message>
    <message>
        <source>Delete this chat and all its messages?</source>
        <translation>Excluir este chat e todas as suas mensagens?</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Excluir chat</translation>
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
            <numerusform>%n modelo</numerusform>
            <numerusform>%n modelos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reused} of %Ln prompt tokens reused</source>
        <translation>
            <numerusform>{reused} de %Ln token do prompt reaproveitado</numerusform>
            <numerusform>{reused} de %Ln tokens do prompt reaproveitados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>All tasks</source>
        <translation>Todas as tarefas</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Fala</translation>
    </message>
    <message>
        <source>Documents search</source>
        <translation>Busca em documentos</translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation>Qualquer licença</translation>
    </message>
    <message>
        <source>Business use allowed</source>
        <translation>Uso comercial permitido</translation>
    </message>
    <message>
        <source>Free licences only (Apache, MIT)</source>
        <translation>Só licenças livres (Apache, MIT)</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Qualquer tamanho</translation>
    </message>
    <message>
        <source>Small (under 3 GB)</source>
        <translation>Pequeno (menos de 3 GB)</translation>
    </message>
    <message>
        <source>Medium (3–10 GB)</source>
        <translation>Médio (3–10 GB)</translation>
    </message>
    <message>
        <source>Large (over 10 GB)</source>
        <translation>Grande (mais de 10 GB)</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Descobrir</translation>
    </message>
    <message>
        <source>Help me choose</source>
        <translation>Me ajude a escolher</translation>
    </message>
    <message>
        <source>Help me choose a model</source>
        <translation>Me ajude a escolher um modelo</translation>
    </message>
    <message>
        <source>Answer two questions and get up to three models that suit you and this computer</source>
        <translation>Responda duas perguntas e receba até três modelos que combinam com você e com este computador</translation>
    </message>
    <message>
        <source>Open models you can run privately. The best fits for this computer come first; pick the smallest model that does what you need.</source>
        <translation>Modelos abertos que você pode usar com privacidade. Os que melhor cabem neste computador vêm primeiro; escolha o menor modelo que faz o que você precisa.</translation>
    </message>
    <message>
        <source>Search models (Ctrl+F)</source>
        <translation>Pesquisar modelos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Pesquisar modelos</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Tamanho do download</translation>
    </message>
    <message>
        <source>Fits this computer</source>
        <translation>Cabe neste computador</translation>
    </message>
    <message>
        <source>Only models that fit this computer</source>
        <translation>Só modelos que cabem neste computador</translation>
    </message>
    <message>
        <source>No model matches these filters.</source>
        <translation>Nenhum modelo corresponde a estes filtros.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>Show every model again</source>
        <translation>Mostrar todos os modelos de novo</translation>
    </message>
    <message>
        <source>Hearth&apos;s picks, best fits first</source>
        <translation>Sugestões do Hearth, as que melhor cabem primeiro</translation>
    </message>
    <message>
        <source>Where to look for models</source>
        <translation>Onde procurar modelos</translation>
    </message>
    <message>
        <source>Hearth&apos;s picks</source>
        <translation>Sugestões do Hearth</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Pesquisar no Hugging Face</translation>
    </message>
    <message>
        <source>Checking which models run on this computer…</source>
        <translation>Verificando quais modelos rodam neste computador…</translation>
    </message>
    <message numerus="yes">
        <source>%n models · {runs} run on this computer</source>
        <translation>
            <numerusform>%n modelo · {runs} roda neste computador</numerusform>
            <numerusform>%n modelos · {runs} rodam neste computador</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models · checking your computer…</source>
        <translation>
            <numerusform>%n modelo · verificando seu computador…</numerusform>
            <numerusform>%n modelos · verificando seu computador…</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {model}, chosen in Help me choose. Your other filters were cleared.</source>
        <translation>Mostrando {model}, escolhido em Me ajude a escolher. Seus outros filtros foram limpos.</translation>
    </message>
    <message>
        <source>Showing {model}, chosen in Help me choose.</source>
        <translation>Mostrando {model}, escolhido em Me ajude a escolher.</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>Grande demais para este computador</translation>
    </message>
    <message>
        <source>{model} {quant} is too large for this computer.

{reason}

Download it anyway?</source>
        <translation>{model} {quant} é grande demais para este computador.

{reason}

Baixar mesmo assim?</translation>
    </message>
</context>
<context>
    <name>DocumentSources</name>
    <message>
        <source>{file}, page {page} · score {score}</source>
        <translation>{file}, página {page} · pontuação {score}</translation>
    </message>
    <message>
        <source>{file} · score {score}</source>
        <translation>{file} · pontuação {score}</translation>
    </message>
    <message>
        <source>Read the documents whole. The passages closest to the question:</source>
        <translation>Documentos lidos por inteiro. Os trechos mais próximos da pergunta:</translation>
    </message>
    <message numerus="yes">
        <source>Answered from %n passages found in the documents:</source>
        <translation>
            <numerusform>Respondido a partir de %n trecho encontrado nos documentos:</numerusform>
            <numerusform>Respondido a partir de %n trechos encontrados nos documentos:</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask again, reading the documents whole</source>
        <translation>Perguntar de novo, lendo os documentos inteiros</translation>
    </message>
    <message>
        <source>Loads the model again with a context of {tokens} tokens, then asks the same question</source>
        <translation>Carrega o modelo de novo com um contexto de {tokens} tokens e faz a mesma pergunta</translation>
    </message>
    <message>
        <source>Open {file}</source>
        <translation>Abrir {file}</translation>
    </message>
    <message>
        <source>The question and these passages were sent to {where}: they left this computer.</source>
        <translation>A pergunta e estes trechos foram enviados para {where}: eles saíram deste computador.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>This question is about the documents as a whole, but only {kept} passages were read. Loaded with a context of {needed:,} tokens (this model allows {trained:,}), it could read all of them whole: use the whole documents.</source>
        <comment>documents.whole-question-could-fit</comment>
        <translation>Esta pergunta é sobre os documentos como um todo, mas só {kept} trechos foram lidos. Carregado com um contexto de {needed:,} tokens (este modelo permite {trained:,}), ele poderia ler todos por inteiro: use os documentos inteiros.</translation>
    </message>
    <message>
        <source>This question is about the documents as a whole, but they are too long for this model to read whole (about {whole:,} tokens; it has room for {context:,}). The answer saw only {kept} of {passages} passages, from {files} of {all_files} files: anything counted or summed up covers those passages only.</source>
        <comment>documents.whole-question-too-long</comment>
        <translation>Esta pergunta é sobre os documentos como um todo, mas eles são longos demais para este modelo ler por inteiro (cerca de {whole:,} tokens; ele tem espaço para {context:,}). A resposta viu só {kept} de {passages} trechos, de {files} de {all_files} arquivos: tudo o que foi contado ou resumido cobre só esses trechos.</translation>
    </message>
    <message>
        <source>This collection&apos;s embedding model is not on this computer any more; add its documents again on the Documents page with an embedding model that is.</source>
        <comment>documents.embedding-model-gone</comment>
        <translation>O modelo de embeddings desta coleção não está mais neste computador; adicione os documentos dela de novo na página Documentos com um modelo de embeddings que esteja.</translation>
    </message>
    <message>
        <source>The attached documents could not be read: {problems}.</source>
        <comment>documents.attachments-unreadable</comment>
        <translation>Não foi possível ler os documentos anexados: {problems}.</translation>
    </message>
    <message>
        <source>There is no collection named “{name}”.</source>
        <comment>documents.unknown-collection</comment>
        <translation>Não há nenhuma coleção chamada “{name}”.</translation>
    </message>
    <message>
        <source>Reading documents needs an embedding model, and none is on this computer: download one (Discover, Documents search; or `hearth models --task embeddings`) or name a GGUF file with --embedder.</source>
        <comment>documents.no-embedding-model</comment>
        <translation>Para ler documentos é preciso um modelo de embeddings, e não há nenhum neste computador: baixe um (Descobrir, pesquisa em documentos; ou `hearth models --task embeddings`) ou indique um arquivo GGUF com --embedder.</translation>
    </message>
    <message>
        <source>This collection was indexed with another embedding model; index it again to search it by meaning.</source>
        <comment>documents.needs-reindex</comment>
        <translation>Esta coleção foi indexada com outro modelo de embeddings; indexe-a de novo para pesquisar nela por significado.</translation>
    </message>
</context>
<context>
    <name>DocumentsDropZone</name>
    <message>
        <source>Drop documents or folders here</source>
        <translation>Solte documentos ou pastas aqui</translation>
    </message>
    <message>
        <source>Text, Markdown, PDF, Word (docx), web pages (html) and Hearth transcripts (json).</source>
        <translation>Texto, Markdown, PDF, Word (docx), páginas da web (html) e transcrições do Hearth (json).</translation>
    </message>
    <message>
        <source>Choose documents to add</source>
        <translation>Escolher documentos para adicionar</translation>
    </message>
    <message>
        <source>Choose a folder of documents to add</source>
        <translation>Escolher uma pasta de documentos para adicionar</translation>
    </message>
    <message>
        <source>Documents ({patterns});;All (*)</source>
        <translation>Documentos ({patterns});;Todos (*)</translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation>Escolher documentos</translation>
    </message>
    <message>
        <source>Choose a folder of documents</source>
        <translation>Escolher uma pasta de documentos</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation>Meus documentos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Your files stay on this computer: Hearth reads them here and keeps an index beside its settings. In Chat, choose a collection to ask about it.</source>
        <translation>Seus arquivos ficam neste computador: o Hearth os lê aqui e guarda um índice junto às configurações dele. No Chat, escolha uma coleção para perguntar sobre ela.</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Coleção</translation>
    </message>
    <message>
        <source>Collection name, e.g. Family papers</source>
        <translation>Nome da coleção, ex.: Papéis da família</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>Nome da coleção</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modelo de embeddings</translation>
    </message>
    <message>
        <source>The embedding model that indexes the documents (an embedding GGUF in My Models)</source>
        <translation>O modelo de embeddings que indexa os documentos (um GGUF de embeddings em Meus modelos)</translation>
    </message>
    <message>
        <source>Check for changes</source>
        <translation>Verificar alterações</translation>
    </message>
    <message>
        <source>Check the chosen collection for changes</source>
        <translation>Verificar alterações na coleção escolhida</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>Remover coleção</translation>
    </message>
    <message>
        <source>Remove the chosen collection</source>
        <translation>Remover a coleção escolhida</translation>
    </message>
    <message>
        <source>What the buttons act on</source>
        <translation>Onde os botões atuam</translation>
    </message>
    <message>
        <source>No embedding model yet: get one in Discover (Documents search)</source>
        <translation>Nenhum modelo de embeddings ainda: baixe um em Descobrir (Busca em documentos)</translation>
    </message>
    <message>
        <source>No collection yet: drop files or folders above to make one.</source>
        <translation>Nenhuma coleção ainda: solte arquivos ou pastas acima para criar uma.</translation>
    </message>
    <message>
        <source>Click a collection in the list to check it for changes or remove it.</source>
        <translation>Clique em uma coleção da lista para verificar alterações ou removê-la.</translation>
    </message>
    <message>
        <source>Chosen: “{name}”.</source>
        <translation>Escolhida: “{name}”.</translation>
    </message>
    <message>
        <source>Read again what changed in the files of “{name}”</source>
        <translation>Ler de novo o que mudou nos arquivos de “{name}”</translation>
    </message>
    <message>
        <source>Wait until the indexing in progress has finished.</source>
        <translation>Espere a indexação em andamento terminar.</translation>
    </message>
    <message>
        <source>Remove “{name}” from Hearth; your files themselves stay</source>
        <translation>Remover “{name}” do Hearth; seus arquivos continuam onde estão</translation>
    </message>
    <message>
        <source>Choose an embedding model first: it reads the documents so that Hearth can find the right parts.</source>
        <translation>Escolha primeiro um modelo de embeddings: ele lê os documentos para que o Hearth encontre as partes certas.</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; add the documents again in a moment.</source>
        <translation>O Hearth ainda está analisando este computador; adicione os documentos de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>The collection “{name}” is indexed. {summary}</source>
        <translation>A coleção “{name}” foi indexada. {summary}</translation>
    </message>
    <message>
        <source>Indexing the collection “{name}” failed.</source>
        <translation>A indexação da coleção “{name}” falhou.</translation>
    </message>
    <message>
        <source>Remove the collection “{name}”?

Hearth forgets its index, and the chat can no longer answer from it. Your files themselves are not deleted: they stay where they are.</source>
        <translation>Remover a coleção “{name}”?

O Hearth esquece o índice dela, e o chat não poderá mais responder a partir dela. Seus arquivos não são excluídos: ficam onde estão.</translation>
    </message>
    <message>
        <source>The collection “{name}” was removed; your documents themselves were not touched.</source>
        <translation>A coleção “{name}” foi removida; seus documentos não foram alterados.</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Baixando</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Tentando de novo</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Conferindo</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Instalando</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove from this list (the model stays installed)</source>
        <translation>Remover desta lista (o modelo continua instalado)</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Paused at {done} of {total}</source>
        <translation>Pausado em {done} de {total}</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Download of {name}: {percent}%</source>
        <translation>Download de {name}: {percent}%</translation>
    </message>
    <message>
        <source>Pause the download of {name}</source>
        <translation>Pausar o download de {name}</translation>
    </message>
    <message>
        <source>Resume the download of {name}</source>
        <translation>Retomar o download de {name}</translation>
    </message>
    <message>
        <source>Retry the download of {name}</source>
        <translation>Repetir o download de {name}</translation>
    </message>
    <message>
        <source>Cancel the download of {name}</source>
        <translation>Cancelar o download de {name}</translation>
    </message>
    <message>
        <source>Remove {name} from this list</source>
        <translation>Remover {name} desta lista</translation>
    </message>
</context>
<context>
    <name>DownloadScreen</name>
    <message>
        <source>The chat opens by itself, with the model loaded, as soon as it is here. Skip keeps the download going in the background (Downloads, {shortcut}).</source>
        <translation>O chat abre sozinho, com o modelo carregado, assim que ele chegar. Pular mantém o download em segundo plano (Downloads, {shortcut}).</translation>
    </message>
    <message>
        <source>Downloading {model}</source>
        <translation>Baixando {model}</translation>
    </message>
</context>
<context>
    <name>DownloadSettings</name>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Download from</source>
        <translation>Baixar de</translation>
    </message>
    <message>
        <source>Download address</source>
        <translation>Endereço de download</translation>
    </message>
    <message>
        <source>Leave this empty to download from Hugging Face itself. Fill it in only if you use a mirror.</source>
        <translation>Deixe em branco para baixar do próprio Hugging Face. Preencha só se você usa um espelho.</translation>
    </message>
    <message>
        <source>Downloads at the same time</source>
        <translation>Downloads ao mesmo tempo</translation>
    </message>
    <message>
        <source>One at a time finishes each model sooner on a slow connection.</source>
        <translation>Um de cada vez termina cada modelo mais cedo numa conexão lenta.</translation>
    </message>
    <message>
        <source>This is not a web address Hearth can use. It should look like https://hf-mirror.com, or stay empty.</source>
        <translation>Este não é um endereço da web que o Hearth possa usar. Deve ser algo como https://hf-mirror.com, ou ficar em branco.</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>Offline mode is on, so Hearth makes no network connection. Turn it off in Settings to download.</source>
        <comment>downloads.offline-mode</comment>
        <translation>O modo offline está ativado, então o Hearth não faz nenhuma conexão de rede. Desative-o nas Configurações para baixar.</translation>
    </message>
    <message>
        <source>Asking Hugging Face about the files</source>
        <comment>downloads.asking</comment>
        <translation>Consultando o Hugging Face sobre os arquivos</translation>
    </message>
    <message>
        <source>Checking the model files</source>
        <comment>downloads.checking-files</comment>
        <translation>Verificando os arquivos do modelo</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a Hugging Face repository name like &apos;owner/model-GGUF&apos;.</source>
        <comment>downloads.bad-repo-name</comment>
        <translation>“{repo}” não é um nome de repositório do Hugging Face como “dono/modelo-GGUF”.</translation>
    </message>
    <message>
        <source>Name at least one file of the repository to download.</source>
        <comment>downloads.no-files-named</comment>
        <translation>Indique pelo menos um arquivo do repositório para baixar.</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <comment>downloads.seconds-left</comment>
        <translation>Faltam {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min left</source>
        <comment>downloads.minutes-left</comment>
        <translation>Faltam {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min left</source>
        <comment>downloads.hours-left</comment>
        <translation>Faltam {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>Hugging Face did not say how large {name} is; try again later.</source>
        <comment>downloads.size-unknown</comment>
        <translation>O Hugging Face não informou o tamanho de {name}; tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>Not enough disk space: this download needs {needed} more, but only {free} is free on the disk that holds {folder}. Free some space or choose another models folder in Settings.</source>
        <comment>downloads.not-enough-disk</comment>
        <translation>Não há espaço suficiente em disco: este download precisa de mais {needed}, mas só há {free} livres no disco que contém {folder}. Libere espaço ou escolha outra pasta de modelos nas Configurações.</translation>
    </message>
    <message>
        <source>Checking what is here</source>
        <comment>downloads.checking-what-is-here</comment>
        <translation>Verificando o que já está aqui</translation>
    </message>
    <message>
        <source>The download of {name} keeps failing ({reason}). What arrived is kept: press Retry to continue from there.</source>
        <comment>downloads.download-keeps-failing</comment>
        <translation>O download de {name} continua falhando ({reason}). O que já chegou foi mantido: clique em Repetir para continuar de onde parou.</translation>
    </message>
    <message>
        <source>{reason}; trying again in {delay:.0f} s (attempt {attempt} of {attempts})</source>
        <comment>downloads.retrying</comment>
        <translation>{reason}; tentando de novo em {delay:.0f} s (tentativa {attempt} de {attempts})</translation>
    </message>
    <message>
        <source>{name} arrived damaged (its checksum does not match the published one), so it was deleted and nothing was installed. Try the download again.</source>
        <comment>downloads.corrupt-download</comment>
        <translation>{name} chegou danificado (a soma de verificação não confere com a publicada), então foi excluído e nada foi instalado. Tente o download de novo.</translation>
    </message>
    <message>
        <source>Hugging Face is busy ({status})</source>
        <comment>downloads.retry-busy</comment>
        <translation>O Hugging Face está sobrecarregado ({status})</translation>
    </message>
    <message>
        <source>The server restarted the file from the beginning</source>
        <comment>downloads.retry-restarted</comment>
        <translation>O servidor recomeçou o arquivo do início</translation>
    </message>
    <message>
        <source>The disk is full. What has arrived is kept: free some space, then press Retry to continue the download.</source>
        <comment>downloads.disk-full</comment>
        <translation>O disco está cheio. O que já chegou foi mantido: libere espaço e clique em Repetir para continuar o download.</translation>
    </message>
    <message>
        <source>The connection closed early</source>
        <comment>downloads.retry-closed-early</comment>
        <translation>A conexão foi encerrada antes da hora</translation>
    </message>
    <message>
        <source>The connection dropped ({error})</source>
        <comment>downloads.retry-dropped</comment>
        <translation>A conexão caiu ({error})</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Nothing is downloading. Start a download from Discover.</source>
        <translation>Nada está sendo baixado. Comece um download em Descobrir.</translation>
    </message>
    <message>
        <source>{name} is downloaded and installed.</source>
        <translation>{name} foi baixado e instalado.</translation>
    </message>
    <message>
        <source>The download of {name} failed: {reason}</source>
        <translation>O download de {name} falhou: {reason}</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Audio ({audio} …) and video ({video} …), or a whole folder.</source>
        <translation>Áudio ({audio} …) e vídeo ({video} …), ou uma pasta inteira.</translation>
    </message>
    <message>
        <source>Drop recordings or videos here</source>
        <translation>Solte gravações ou vídeos aqui</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Escolher arquivos…</translation>
    </message>
    <message>
        <source>Choose files to add</source>
        <translation>Escolher arquivos para adicionar</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Escolher uma pasta…</translation>
    </message>
    <message>
        <source>Choose a folder to add</source>
        <translation>Escolher uma pasta para adicionar</translation>
    </message>
    <message>
        <source>Recordings and videos ({patterns});;All files (*)</source>
        <translation>Gravações e vídeos ({patterns});;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose recordings</source>
        <translation>Escolher gravações</translation>
    </message>
    <message>
        <source>Choose a folder of recordings</source>
        <translation>Escolher uma pasta de gravações</translation>
    </message>
</context>
<context>
    <name>Engines</name>
    <message>
        <source>This model has no chat format of its own (it is a base model), so Hearth writes the conversation as plain “User:” and “Assistant:” lines. Its answers may wander or continue the conversation by themselves.</source>
        <comment>engines.plain-chat-format</comment>
        <translation>Este modelo não tem formato de chat próprio (é um modelo base), então o Hearth escreve a conversa como simples linhas “User:” e “Assistant:”. As respostas podem divagar ou continuar a conversa sozinhas.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template is broken, so Hearth cannot talk to it.</source>
        <comment>engines.chat-template-failed</comment>
        <translation>O template de chat deste modelo está com defeito, então o Hearth não consegue conversar com ele.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not write out the conversation.</source>
        <comment>engines.chat-template-failed-writing</comment>
        <translation>O template de chat deste modelo não conseguiu escrever a conversa.</translation>
    </message>
    <message>
        <source>The model stopped with an error while writing its reply.</source>
        <comment>engines.generation-failed</comment>
        <translation>O modelo parou com um erro enquanto escrevia a resposta.</translation>
    </message>
    <message>
        <source>{name} could not be loaded as an embedding model: the file may be damaged, or not an embedding model.</source>
        <comment>engines.model-load-failed</comment>
        <translation>Não foi possível carregar {name} como modelo de embeddings: o arquivo pode estar danificado ou não ser um modelo de embeddings.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <comment>engines.embedding-cancelled</comment>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>No embedding model is loaded.</source>
        <comment>engines.no-model-loaded</comment>
        <translation>Nenhum modelo de embeddings está carregado.</translation>
    </message>
    <message>
        <source>{name} could not be loaded: the file may be damaged, or made for a newer version of llama.cpp than the one in Hearth.</source>
        <comment>engines.load-failed-damaged</comment>
        <translation>Não foi possível carregar {name}: o arquivo pode estar danificado ou ter sido feito para uma versão do llama.cpp mais nova que a do Hearth.</translation>
    </message>
    <message>
        <source>Earlier images in this chat are not shown to this model: it cannot see images.</source>
        <comment>engines.earlier-images-hidden</comment>
        <translation>As imagens anteriores deste chat não são mostradas a este modelo: ele não enxerga imagens.</translation>
    </message>
    <message>
        <source>This text is too long for the model&apos;s memory (its context); shorten it.</source>
        <comment>engines.message-too-long</comment>
        <translation>Este texto é longo demais para a memória do modelo (o contexto dele); encurte-o.</translation>
    </message>
    <message>
        <source>The model could not read the images in this conversation.</source>
        <comment>engines.images-unreadable</comment>
        <translation>O modelo não conseguiu ler as imagens desta conversa.</translation>
    </message>
    <message>
        <source>Load a model before starting a chat.</source>
        <comment>engines.no-model-for-chat</comment>
        <translation>Carregue um modelo antes de começar um chat.</translation>
    </message>
    <message>
        <source>{count} earlier message was left out so the conversation fits in the model&apos;s memory; the model no longer sees them.</source>
        <comment>engines.message-left-out</comment>
        <translation>{count} mensagem anterior foi deixada de fora para a conversa caber na memória do modelo; o modelo não a vê mais.</translation>
    </message>
    <message>
        <source>{count} earlier messages were left out so the conversation fits in the model&apos;s memory; the model no longer sees them.</source>
        <comment>engines.messages-left-out</comment>
        <translation>{count} mensagens anteriores foram deixadas de fora para a conversa caber na memória do modelo; o modelo não as vê mais.</translation>
    </message>
    <message>
        <source>The rules this reply must follow (its grammar) could not be read.</source>
        <comment>engines.grammar-unreadable</comment>
        <translation>Não foi possível ler as regras que esta resposta deve seguir (a gramática dela).</translation>
    </message>
    <message>
        <source>Your message is too long for this model&apos;s memory: with room for a {reply_room}-token reply it needs about {needed} tokens, and the model was loaded with room for {context}. Shorten the message, ask for a shorter reply, or load the model with a longer context.</source>
        <comment>engines.message-too-long-for-reply</comment>
        <translation>Sua mensagem é longa demais para a memória deste modelo: com espaço para uma resposta de {reply_room} tokens, ela precisa de cerca de {needed} tokens, e o modelo foi carregado com espaço para {context}. Encurte a mensagem, peça uma resposta mais curta ou carregue o modelo com um contexto maior.</translation>
    </message>
    <message>
        <source>Hearth&apos;s chat engine (llama.cpp) could not be started on this computer; reinstalling Hearth usually fixes this.</source>
        <comment>engines.engine-unavailable</comment>
        <translation>Não foi possível iniciar o mecanismo de chat do Hearth (llama.cpp) neste computador; reinstalar o Hearth costuma resolver.</translation>
    </message>
    <message>
        <source>Hearth&apos;s image engine (llama.cpp&apos;s mtmd) could not be started on this computer; reinstalling Hearth usually fixes this.</source>
        <comment>engines.image-engine-unavailable</comment>
        <translation>Não foi possível iniciar o mecanismo de imagens do Hearth (mtmd do llama.cpp) neste computador; reinstalar o Hearth costuma resolver.</translation>
    </message>
    <message>
        <source>The vision companion {name} could not be read. {message}</source>
        <comment>engines.companion-unreadable</comment>
        <translation>Não foi possível ler o complemento de visão {name}. {message}</translation>
    </message>
    <message>
        <source>The vision companion {name} does not work with this model: it was probably made for a different model. Pair the model with the mmproj file published beside it.</source>
        <comment>engines.companion-mismatch</comment>
        <translation>O complemento de visão {name} não funciona com este modelo: provavelmente foi feito para outro modelo. Combine o modelo com o arquivo mmproj publicado junto dele.</translation>
    </message>
    <message>
        <source>The model&apos;s vision companion could not read this image.</source>
        <comment>engines.companion-unreadable-image</comment>
        <translation>O complemento de visão do modelo não conseguiu ler esta imagem.</translation>
    </message>
    <message>
        <source>This image needs about {newest:,} tokens of the model&apos;s memory, and with room for a reply that is more than the {context:,} it was loaded with. Send fewer images, or load the model with a longer context (Options).</source>
        <comment>engines.image-does-not-fit</comment>
        <translation>Esta imagem precisa de cerca de {newest:,} tokens da memória do modelo e, com espaço para uma resposta, isso passa dos {context:,} com que ele foi carregado. Envie menos imagens ou carregue o modelo com um contexto maior (Opções).</translation>
    </message>
    <message>
        <source>These {count} images need about {newest:,} tokens of the model&apos;s memory, and with room for a reply that is more than the {context:,} it was loaded with. Send fewer images, or load the model with a longer context (Options).</source>
        <comment>engines.images-do-not-fit</comment>
        <translation>Estas {count} imagens precisam de cerca de {newest:,} tokens da memória do modelo e, com espaço para uma resposta, isso passa dos {context:,} com que ele foi carregado. Envie menos imagens ou carregue o modelo com um contexto maior (Opções).</translation>
    </message>
    <message>
        <source>Images and text now fill about {percent}% of the model&apos;s memory, and the model reads every image again with each message. Soon the earliest messages and their images will be left out; a new chat, or a longer context in Options, gives more room.</source>
        <comment>engines.images-crowd-memory</comment>
        <translation>Imagens e texto já ocupam cerca de {percent}% da memória do modelo, e o modelo lê cada imagem de novo a cada mensagem. Logo as primeiras mensagens e suas imagens serão deixadas de fora; um novo chat, ou um contexto maior em Opções, dá mais espaço.</translation>
    </message>
    <message>
        <source>This model cannot see images. Choose a model marked “sees images”, or pair this one with its vision companion (an mmproj file) in My Models.</source>
        <comment>engines.cannot-see-images</comment>
        <translation>Este modelo não enxerga imagens. Escolha um modelo marcado com “enxerga imagens” ou combine este com o complemento de visão dele (um arquivo mmproj) em Meus modelos.</translation>
    </message>
    <message>
        <source>{name} has no sound track, so there is nothing to transcribe.</source>
        <comment>engines.recording-no-sound-track</comment>
        <translation>{name} não tem faixa de áudio, então não há nada para transcrever.</translation>
    </message>
    <message>
        <source>{name} is cut short: it should last {declared}, but only {read} of it could be read. It may not have finished copying or downloading.</source>
        <comment>engines.recording-cut-short</comment>
        <translation>{name} está incompleto: deveria durar {declared}, mas só foi possível ler {read}. Talvez a cópia ou o download não tenha terminado.</translation>
    </message>
    <message>
        <source>{name} holds no sound that could be read; it may be damaged.</source>
        <comment>engines.recording-no-sound</comment>
        <translation>{name} não contém nenhum som legível; pode estar danificado.</translation>
    </message>
    <message>
        <source>There is no file at {path}; it may have been moved or deleted.</source>
        <comment>engines.recording-missing</comment>
        <translation>Não há nenhum arquivo em {path}; ele pode ter sido movido ou excluído.</translation>
    </message>
    <message>
        <source>{name} could not be opened: {strerror}.</source>
        <comment>engines.recording-unopened</comment>
        <translation>Não foi possível abrir {name}: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a recording.</source>
        <comment>engines.recording-is-folder</comment>
        <translation>{name} é uma pasta, não uma gravação.</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes). It may not have finished copying.</source>
        <comment>engines.recording-empty</comment>
        <translation>{name} está vazio (0 bytes). Talvez a cópia não tenha terminado.</translation>
    </message>
    <message>
        <source>{name} is cut short: it should last {declared}, but only {read} of it is in the file. It may not have finished copying or downloading.</source>
        <comment>engines.recording-cut-short-in-file</comment>
        <translation>{name} está incompleto: deveria durar {declared}, mas o arquivo só contém {read}. Talvez a cópia ou o download não tenha terminado.</translation>
    </message>
    <message>
        <source>{name} is not a recording Hearth can read: it is not audio or video, or it is damaged.</source>
        <comment>engines.recording-unreadable</comment>
        <translation>{name} não é uma gravação que o Hearth consiga ler: não é áudio nem vídeo, ou está danificado.</translation>
    </message>
    <message>
        <source>{name} is not a Whisper model: a faster-whisper model folder holds model.bin and config.json.</source>
        <comment>engines.speech-model-unusable</comment>
        <translation>{name} não é um modelo do Whisper: a pasta de um modelo faster-whisper contém model.bin e config.json.</translation>
    </message>
    <message>
        <source>The graphics card could not be used for {name}, so it runs on the processor instead.</source>
        <comment>engines.speech-on-processor</comment>
        <translation>Não foi possível usar a placa de vídeo para {name}, então ele roda no processador.</translation>
    </message>
    <message>
        <source>Reading the recording…</source>
        <comment>engines.reading-recording</comment>
        <translation>Lendo a gravação…</translation>
    </message>
    <message>
        <source>Loading the speech model {name}…</source>
        <comment>engines.loading-speech-model</comment>
        <translation>Carregando o modelo de fala {name}…</translation>
    </message>
    <message>
        <source>Finding the speech and the language…</source>
        <comment>engines.finding-speech-language</comment>
        <translation>Procurando a fala e o idioma…</translation>
    </message>
    <message>
        <source>Finding the speech…</source>
        <comment>engines.finding-speech</comment>
        <translation>Procurando a fala…</translation>
    </message>
    <message>
        <source>No speech was found in this recording.</source>
        <comment>engines.no-speech</comment>
        <translation>Nenhuma fala foi encontrada nesta gravação.</translation>
    </message>
    <message>
        <source>Whisper stopped with an error while transcribing {name}.</source>
        <comment>engines.transcription-failed</comment>
        <translation>O Whisper parou com um erro ao transcrever {name}.</translation>
    </message>
    <message>
        <source>Removed {count} repeated lines (Whisper was repeating itself).</source>
        <comment>engines.repeats-removed</comment>
        <translation>{count} linhas repetidas foram removidas (o Whisper estava se repetindo).</translation>
    </message>
    <message>
        <source>{name} understands English only.</source>
        <comment>engines.english-only</comment>
        <translation>{name} só entende inglês.</translation>
    </message>
    <message>
        <source>“{language}” is not a language Whisper knows; use a code such as en, fr, de or es.</source>
        <comment>engines.unknown-language</comment>
        <translation>“{language}” não é um idioma que o Whisper conheça; use um código como en, fr, de ou es.</translation>
    </message>
    <message>
        <source>The speech model {name} could not be loaded; its files may be damaged or incomplete.</source>
        <comment>engines.speech-model-load-failed</comment>
        <translation>Não foi possível carregar o modelo de fala {name}; os arquivos dele podem estar danificados ou incompletos.</translation>
    </message>
</context>
<context>
    <name>EvalChecks</name>
    <message>
        <source>Hearth does not run this check</source>
        <comment>evals.unsupported</comment>
        <translation>O Hearth não executa esta verificação</translation>
    </message>
    <message>
        <source>A check&apos;s weight must be a number, 0 or more (this “{type}” check has {weight}).</source>
        <comment>evals.bad-weight</comment>
        <translation>O peso de uma verificação deve ser um número, 0 ou mais (esta verificação “{type}” tem {weight}).</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check is not JSON ({error}).</source>
        <comment>evals.schema-not-json</comment>
        <translation>O esquema desta verificação “{type}” não é JSON ({error}).</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check must be a JSON object.</source>
        <comment>evals.schema-not-object</comment>
        <translation>O esquema desta verificação “{type}” deve ser um objeto JSON.</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check is not a valid JSON schema: {problem}.</source>
        <comment>evals.schema-invalid</comment>
        <translation>O esquema desta verificação “{type}” não é um esquema JSON válido: {problem}.</translation>
    </message>
    <message>
        <source>The reply is not valid JSON ({error} at line {line}, column {column}).</source>
        <comment>evals.not-json</comment>
        <translation>A resposta não é um JSON válido ({error} na linha {line}, coluna {column}).</translation>
    </message>
    <message>
        <source>The reply is valid JSON.</source>
        <comment>evals.json</comment>
        <translation>A resposta é um JSON válido.</translation>
    </message>
    <message>
        <source>Valid JSON, but {problem}.</source>
        <comment>evals.json-not-schema</comment>
        <translation>JSON válido, mas {problem}.</translation>
    </message>
    <message>
        <source>The reply is valid JSON that matches the schema.</source>
        <comment>evals.json-schema</comment>
        <translation>A resposta é um JSON válido conforme o esquema.</translation>
    </message>
    <message>
        <source>The reply contains no JSON object.</source>
        <comment>evals.no-json-object</comment>
        <translation>A resposta não contém nenhum objeto JSON.</translation>
    </message>
    <message>
        <source>The reply contains a JSON object.</source>
        <comment>evals.json-object</comment>
        <translation>A resposta contém um objeto JSON.</translation>
    </message>
    <message>
        <source>The reply contains a JSON object that matches the schema.</source>
        <comment>evals.json-object-schema</comment>
        <translation>A resposta contém um objeto JSON conforme o esquema.</translation>
    </message>
    <message>
        <source>The reply contains JSON, but {problem}.</source>
        <comment>evals.json-object-not-schema</comment>
        <translation>A resposta contém JSON, mas {problem}.</translation>
    </message>
    <message>
        <source>Hearth cannot use this check&apos;s schema ({error}).</source>
        <comment>evals.schema-unusable</comment>
        <translation>O Hearth não consegue usar o esquema desta verificação ({error}).</translation>
    </message>
    <message>
        <source>{problem} (and 1 more problem)</source>
        <comment>evals.schema-one-more</comment>
        <translation>{problem} (e mais 1 problema)</translation>
    </message>
    <message>
        <source>{problem} (and {more} more problems)</source>
        <comment>evals.schema-more</comment>
        <translation>{problem} (e mais {more} problemas)</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>evals.type-string</comment>
        <translation>um texto</translation>
    </message>
    <message>
        <source>an integer</source>
        <comment>evals.type-integer</comment>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>evals.type-number</comment>
        <translation>um número</translation>
    </message>
    <message>
        <source>true or false</source>
        <comment>evals.type-boolean</comment>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>evals.type-object</comment>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <comment>evals.type-array</comment>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>null</source>
        <comment>evals.type-null</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>the JSON</source>
        <comment>evals.schema-the-json</comment>
        <translation>o JSON</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <comment>evals.schema-either</comment>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>{where} must be {kind}</source>
        <comment>evals.schema-type</comment>
        <translation>{where} deve ser {kind}</translation>
    </message>
    <message>
        <source>{names} is missing from {where}</source>
        <comment>evals.schema-required-one</comment>
        <translation>{names} está faltando em {where}</translation>
    </message>
    <message>
        <source>{names} are missing from {where}</source>
        <comment>evals.schema-required</comment>
        <translation>{names} estão faltando em {where}</translation>
    </message>
    <message>
        <source>{where} must be {values}</source>
        <comment>evals.schema-enum</comment>
        <translation>{where} deve ser {values}</translation>
    </message>
    <message>
        <source>{where} has {names}, which the schema does not allow</source>
        <comment>evals.schema-extra</comment>
        <translation>{where} tem {names}, que o esquema não permite</translation>
    </message>
    <message>
        <source>{where} must be at least {bound}</source>
        <comment>evals.schema-minimum</comment>
        <translation>{where} deve ser no mínimo {bound}</translation>
    </message>
    <message>
        <source>{where} must be at most {bound}</source>
        <comment>evals.schema-maximum</comment>
        <translation>{where} deve ser no máximo {bound}</translation>
    </message>
    <message>
        <source>{where} must be more than {bound}</source>
        <comment>evals.schema-more-than</comment>
        <translation>{where} deve ser maior que {bound}</translation>
    </message>
    <message>
        <source>{where} must be less than {bound}</source>
        <comment>evals.schema-less-than</comment>
        <translation>{where} deve ser menor que {bound}</translation>
    </message>
    <message>
        <source>{where} must match the pattern {pattern}</source>
        <comment>evals.schema-pattern</comment>
        <translation>{where} deve corresponder ao padrão {pattern}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <comment>evals.schema-other</comment>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{where} has {count} item, where at least {bound} are asked for</source>
        <comment>evals.min-item</comment>
        <translation>{where} tem {count} item, mas o mínimo pedido é {bound}</translation>
    </message>
    <message>
        <source>{where} has {count} items, where at least {bound} are asked for</source>
        <comment>evals.min-items</comment>
        <translation>{where} tem {count} itens, mas o mínimo pedido é {bound}</translation>
    </message>
    <message>
        <source>{where} has {count} item, where at most {bound} are asked for</source>
        <comment>evals.max-item</comment>
        <translation>{where} tem {count} item, mas o máximo pedido é {bound}</translation>
    </message>
    <message>
        <source>{where} has {count} items, where at most {bound} are asked for</source>
        <comment>evals.max-items</comment>
        <translation>{where} tem {count} itens, mas o máximo pedido é {bound}</translation>
    </message>
    <message>
        <source>This “{type}” check needs {what} as its value.</source>
        <comment>evals.needs-number</comment>
        <translation>Esta verificação “{type}” precisa de {what} como valor.</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>evals.a-number</comment>
        <translation>um número</translation>
    </message>
    <message>
        <source>a time limit in milliseconds</source>
        <comment>evals.a-time-limit</comment>
        <translation>um limite de tempo em milissegundos</translation>
    </message>
    <message>
        <source>a number of words</source>
        <comment>evals.a-number-of-words</comment>
        <translation>um número de palavras</translation>
    </message>
    <message>
        <source>a speed in tokens/s</source>
        <comment>evals.a-speed</comment>
        <translation>uma velocidade em tokens/s</translation>
    </message>
    <message>
        <source>This “word-count” check needs “min”, “max” or both.</source>
        <comment>evals.word-count-bounds</comment>
        <translation>Esta verificação “word-count” precisa de “min”, “max” ou dos dois.</translation>
    </message>
    <message>
        <source>This “word-count” check&apos;s minimum ({low}) is more than its maximum ({high}).</source>
        <comment>evals.word-count-crossed</comment>
        <translation>O mínimo desta verificação “word-count” ({low}) é maior que o máximo ({high}).</translation>
    </message>
    <message>
        <source>This “finish-reason” check takes one of {reasons}.</source>
        <comment>evals.bad-finish-reason</comment>
        <translation>Esta verificação “finish-reason” aceita um destes: {reasons}.</translation>
    </message>
    <message>
        <source>The reply took {took}, within the {limit} allowed.</source>
        <comment>evals.latency</comment>
        <translation>A resposta levou {took}, dentro dos {limit} permitidos.</translation>
    </message>
    <message>
        <source>The reply took {took}, over the {limit} allowed.</source>
        <comment>evals.latency-over</comment>
        <translation>A resposta levou {took}, acima dos {limit} permitidos.</translation>
    </message>
    <message>
        <source>{count} word</source>
        <comment>evals.one-word</comment>
        <translation>{count} palavra</translation>
    </message>
    <message>
        <source>{count} words</source>
        <comment>evals.words</comment>
        <translation>{count} palavras</translation>
    </message>
    <message>
        <source>The reply has {words}.</source>
        <comment>evals.word-count</comment>
        <translation>A resposta tem {words}.</translation>
    </message>
    <message>
        <source>The reply has {words}, not {wanted}.</source>
        <comment>evals.word-count-not</comment>
        <translation>A resposta tem {words}, não {wanted}.</translation>
    </message>
    <message>
        <source>The reply has {words}, fewer than the {low} asked for.</source>
        <comment>evals.word-count-fewer</comment>
        <translation>A resposta tem {words}, menos que as {low} pedidas.</translation>
    </message>
    <message>
        <source>The reply has {words}, more than the {high} allowed.</source>
        <comment>evals.word-count-more</comment>
        <translation>A resposta tem {words}, mais que as {high} permitidas.</translation>
    </message>
    <message>
        <source>The reply has {words} (at least {low} and at most {high} asked for).</source>
        <comment>evals.words-between</comment>
        <translation>A resposta tem {words} (pedido: no mínimo {low} e no máximo {high}).</translation>
    </message>
    <message>
        <source>The reply has {words} (at least {low} asked for).</source>
        <comment>evals.words-at-least</comment>
        <translation>A resposta tem {words} (pedido: no mínimo {low}).</translation>
    </message>
    <message>
        <source>The reply has {words} (at most {high} asked for).</source>
        <comment>evals.words-at-most</comment>
        <translation>A resposta tem {words} (pedido: no máximo {high}).</translation>
    </message>
    <message>
        <source>The reply came at {speed} tokens/s, at least the {limit} asked for.</source>
        <comment>evals.speed</comment>
        <translation>A resposta veio a {speed} tokens/s; o mínimo pedido era {limit}.</translation>
    </message>
    <message>
        <source>The reply came at {speed} tokens/s, slower than the {limit} asked for.</source>
        <comment>evals.speed-slow</comment>
        <translation>A resposta veio a {speed} tokens/s, abaixo do mínimo pedido de {limit}.</translation>
    </message>
    <message>
        <source>The reply ended with {reason}.</source>
        <comment>evals.finish-reason</comment>
        <translation>A resposta terminou com {reason}.</translation>
    </message>
    <message>
        <source>The reply ended with {reason}, not {expected}.</source>
        <comment>evals.finish-reason-not</comment>
        <translation>A resposta terminou com {reason}, não {expected}.</translation>
    </message>
    <message>
        <source>Choose an embedding model to run “{type}” checks.</source>
        <comment>evals.needs-embedder</comment>
        <translation>Escolha um modelo de embeddings para executar verificações “{type}”.</translation>
    </message>
    <message>
        <source>Choose a judge model to run “{type}” checks.</source>
        <comment>evals.needs-judge</comment>
        <translation>Escolha um modelo juiz para executar verificações “{type}”.</translation>
    </message>
    <message>
        <source>This “{type}” check needs the expected answer, or a list of them.</source>
        <comment>evals.similar-needs</comment>
        <translation>Esta verificação “{type}” precisa da resposta esperada, ou de uma lista delas.</translation>
    </message>
    <message>
        <source>This “{type}” check&apos;s threshold must be a similarity from -1 to 1.</source>
        <comment>evals.similar-threshold</comment>
        <translation>O limiar desta verificação “{type}” deve ser uma similaridade de -1 a 1.</translation>
    </message>
    <message>
        <source>The embedding model did not give one vector per text.</source>
        <comment>evals.embedder-miscounted</comment>
        <translation>O modelo de embeddings não devolveu um vetor por texto.</translation>
    </message>
    <message>
        <source>the closest expected answer, {answer}</source>
        <comment>evals.closest-answer</comment>
        <translation>a resposta esperada mais próxima, {answer}</translation>
    </message>
    <message>
        <source>The reply&apos;s similarity to {against} is {similarity}, at least the {threshold} asked for.</source>
        <comment>evals.similar</comment>
        <translation>A similaridade da resposta com {against} é {similarity}; o mínimo pedido era {threshold}.</translation>
    </message>
    <message>
        <source>The reply&apos;s similarity to {against} is {similarity}, below the {threshold} asked for.</source>
        <comment>evals.not-similar</comment>
        <translation>A similaridade da resposta com {against} é {similarity}, abaixo do mínimo pedido de {threshold}.</translation>
    </message>
    <message>
        <source>This “{type}” check needs a rubric: what a good reply does, in a sentence.</source>
        <comment>evals.rubric-needed</comment>
        <translation>Esta verificação “{type}” precisa de critérios: o que uma boa resposta faz, numa frase.</translation>
    </message>
    <message>
        <source>“nothing”</source>
        <comment>evals.judge-said-nothing</comment>
        <translation>“nada”</translation>
    </message>
    <message>
        <source>The judge model did not answer with a verdict (JSON with “reason”, “pass” and “score”), so this check cannot tell: it answered {answer}.</source>
        <comment>evals.judge-no-verdict</comment>
        <translation>O modelo juiz não respondeu com um veredito (JSON com “reason”, “pass” e “score”), então esta verificação não tem como decidir: ele respondeu {answer}.</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <comment>evals.judge-no-reason</comment>
        <translation>ele não deu nenhum motivo</translation>
    </message>
    <message>
        <source>The judge model says the reply meets the rubric {rubric} (score {score}): {why}; the score is below the {threshold} asked for.</source>
        <comment>evals.rubric-met-below</comment>
        <translation>O modelo juiz diz que a resposta atende aos critérios {rubric} (pontuação {score}): {why}; a pontuação está abaixo do mínimo pedido de {threshold}.</translation>
    </message>
    <message>
        <source>The judge model says the reply meets the rubric {rubric} (score {score}): {why}.</source>
        <comment>evals.rubric-met</comment>
        <translation>O modelo juiz diz que a resposta atende aos critérios {rubric} (pontuação {score}): {why}.</translation>
    </message>
    <message>
        <source>The judge model says the reply does not meet the rubric {rubric} (score {score}): {why}; the score is below the {threshold} asked for.</source>
        <comment>evals.rubric-not-met-below</comment>
        <translation>O modelo juiz diz que a resposta não atende aos critérios {rubric} (pontuação {score}): {why}; a pontuação está abaixo do mínimo pedido de {threshold}.</translation>
    </message>
    <message>
        <source>The judge model says the reply does not meet the rubric {rubric} (score {score}): {why}.</source>
        <comment>evals.rubric-not-met</comment>
        <translation>O modelo juiz diz que a resposta não atende aos critérios {rubric} (pontuação {score}): {why}.</translation>
    </message>
    <message>
        <source>This “{type}” check needs some text to look for.</source>
        <comment>evals.needs-text</comment>
        <translation>Esta verificação “{type}” precisa de um texto para procurar.</translation>
    </message>
    <message>
        <source>This “{type}” check needs a list of texts to look for.</source>
        <comment>evals.needs-texts</comment>
        <translation>Esta verificação “{type}” precisa de uma lista de textos para procurar.</translation>
    </message>
    <message>
        <source>The pattern {pattern} is not a regular expression Hearth can read ({error}).</source>
        <comment>evals.bad-pattern</comment>
        <translation>O padrão {pattern} não é uma expressão regular que o Hearth consiga ler ({error}).</translation>
    </message>
    <message>
        <source>The reply is not JSON, so it is not {expected}.</source>
        <comment>evals.equals-not-json</comment>
        <translation>A resposta não é JSON, então não é {expected}.</translation>
    </message>
    <message>
        <source>The reply is the JSON {expected}.</source>
        <comment>evals.equals-json</comment>
        <translation>A resposta é o JSON {expected}.</translation>
    </message>
    <message>
        <source>The reply is not the JSON {expected}.</source>
        <comment>evals.equals-not-the-json</comment>
        <translation>A resposta não é o JSON {expected}.</translation>
    </message>
    <message>
        <source>The reply is exactly {expected}.</source>
        <comment>evals.equals</comment>
        <translation>A resposta é exatamente {expected}.</translation>
    </message>
    <message>
        <source>The reply is not exactly {expected}: it is {reply}.</source>
        <comment>evals.not-equals</comment>
        <translation>A resposta não é exatamente {expected}: ela é {reply}.</translation>
    </message>
    <message>
        <source>The reply contains {value} (ignoring case).</source>
        <comment>evals.icontains</comment>
        <translation>A resposta contém {value} (ignorando maiúsculas/minúsculas).</translation>
    </message>
    <message>
        <source>The reply contains {value}.</source>
        <comment>evals.contains</comment>
        <translation>A resposta contém {value}.</translation>
    </message>
    <message>
        <source>The reply does not contain {value} (ignoring case).</source>
        <comment>evals.not-icontains</comment>
        <translation>A resposta não contém {value} (ignorando maiúsculas/minúsculas).</translation>
    </message>
    <message>
        <source>The reply does not contain {value}.</source>
        <comment>evals.not-contains</comment>
        <translation>A resposta não contém {value}.</translation>
    </message>
    <message>
        <source>The reply contains none of {values} (ignoring case).</source>
        <comment>evals.icontains-none</comment>
        <translation>A resposta não contém nenhum destes: {values} (ignorando maiúsculas/minúsculas).</translation>
    </message>
    <message>
        <source>The reply contains none of {values}.</source>
        <comment>evals.contains-none</comment>
        <translation>A resposta não contém nenhum destes: {values}.</translation>
    </message>
    <message>
        <source>The reply contains all of {values} (ignoring case).</source>
        <comment>evals.icontains-all</comment>
        <translation>A resposta contém todos estes: {values} (ignorando maiúsculas/minúsculas).</translation>
    </message>
    <message>
        <source>The reply contains all of {values}.</source>
        <comment>evals.contains-all</comment>
        <translation>A resposta contém todos estes: {values}.</translation>
    </message>
    <message>
        <source>The reply starts with {value}.</source>
        <comment>evals.starts-with</comment>
        <translation>A resposta começa com {value}.</translation>
    </message>
    <message>
        <source>The reply does not start with {value}: it starts with {start}.</source>
        <comment>evals.not-starts-with</comment>
        <translation>A resposta não começa com {value}: ela começa com {start}.</translation>
    </message>
    <message>
        <source>The reply ends with {value}.</source>
        <comment>evals.ends-with</comment>
        <translation>A resposta termina com {value}.</translation>
    </message>
    <message>
        <source>The reply does not end with {value}.</source>
        <comment>evals.not-ends-with</comment>
        <translation>A resposta não termina com {value}.</translation>
    </message>
    <message>
        <source>The reply matches the pattern {pattern}.</source>
        <comment>evals.matches</comment>
        <translation>A resposta corresponde ao padrão {pattern}.</translation>
    </message>
    <message>
        <source>The reply does not match the pattern {pattern}.</source>
        <comment>evals.not-matches</comment>
        <translation>A resposta não corresponde ao padrão {pattern}.</translation>
    </message>
    <message>
        <source>This “language” check takes a language&apos;s name or two-letter code: one of {languages}.</source>
        <comment>evals.bad-language</comment>
        <translation>Esta verificação “language” aceita o nome ou o código de duas letras de um idioma: um destes: {languages}.</translation>
    </message>
    <message>
        <source>Hearth cannot tell which language the reply is in.</source>
        <comment>evals.language-unknown</comment>
        <translation>O Hearth não consegue dizer em que idioma a resposta está.</translation>
    </message>
    <message>
        <source>The reply is in {language}.</source>
        <comment>evals.language</comment>
        <translation>A resposta está em {language}.</translation>
    </message>
    <message>
        <source>The reply seems to be in {found}, not {language}.</source>
        <comment>evals.not-language</comment>
        <translation>A resposta parece estar em {found}, não em {language}.</translation>
    </message>
    <message>
        <source>This “tool-call” check&apos;s arguments must be an object of names and values.</source>
        <comment>evals.tool-call-bad-arguments</comment>
        <translation>Os argumentos desta verificação “tool-call” devem ser um objeto de nomes e valores.</translation>
    </message>
    <message>
        <source>This “tool-call” check needs a tool&apos;s name, or {{“name”, “arguments”}}.</source>
        <comment>evals.tool-call-needs-name</comment>
        <translation>Esta verificação “tool-call” precisa do nome de uma ferramenta, ou de {{“name”, “arguments”}}.</translation>
    </message>
    <message>
        <source>The reply calls no tool.</source>
        <comment>evals.no-tool-call</comment>
        <translation>A resposta não chama nenhuma ferramenta.</translation>
    </message>
    <message>
        <source>The reply calls {called}, not {tool}.</source>
        <comment>evals.other-tool-call</comment>
        <translation>A resposta chama {called}, não {tool}.</translation>
    </message>
    <message>
        <source>The reply calls {tool}.</source>
        <comment>evals.tool-call</comment>
        <translation>A resposta chama {tool}.</translation>
    </message>
    <message>
        <source>The reply calls {tool} with {arguments}.</source>
        <comment>evals.tool-call-arguments</comment>
        <translation>A resposta chama {tool} com {arguments}.</translation>
    </message>
    <message>
        <source>The reply calls {tool}, but {problem}.</source>
        <comment>evals.tool-call-problem</comment>
        <translation>A resposta chama {tool}, mas {problem}.</translation>
    </message>
    <message>
        <source>The reply calls {tool}, which this case does not offer.</source>
        <comment>evals.tool-not-offered</comment>
        <translation>A resposta chama {tool}, que este caso não oferece.</translation>
    </message>
    <message>
        <source>Every tool call in the reply ({tools}) is valid.</source>
        <comment>evals.tool-calls-valid</comment>
        <translation>Todas as chamadas de ferramenta da resposta ({tools}) são válidas.</translation>
    </message>
    <message>
        <source>{name} is not an object</source>
        <comment>evals.argument-not-object</comment>
        <translation>{name} não é um objeto</translation>
    </message>
    <message>
        <source>its arguments is not an object</source>
        <comment>evals.arguments-not-object</comment>
        <translation>os argumentos não são um objeto</translation>
    </message>
    <message>
        <source>its arguments have no {name}</source>
        <comment>evals.argument-missing</comment>
        <translation>os argumentos não têm {name}</translation>
    </message>
    <message>
        <source>its {name} is {actual}, not {expected}</source>
        <comment>evals.argument-differs</comment>
        <translation>o argumento {name} é {actual}, não {expected}</translation>
    </message>
</context>
<context>
    <name>Evals</name>
    <message>
        <source>Hearth cannot read {name} as a model file.</source>
        <comment>evals.embedder-unreadable</comment>
        <translation>O Hearth não consegue ler {name} como arquivo de modelo.</translation>
    </message>
    <message>
        <source>{name} is a chat model, not an embedding model, so it cannot compare answers for “similar” checks. Choose an embedding model of your library (such as all-MiniLM or nomic-embed-text).</source>
        <comment>evals.embedder-is-chat-model</comment>
        <translation>{name} é um modelo de chat, não um modelo de embeddings, então não consegue comparar respostas para verificações “similar”. Escolha um modelo de embeddings da sua biblioteca (como all-MiniLM ou nomic-embed-text).</translation>
    </message>
    <message>
        <source>the suite “{name}”</source>
        <comment>evals.the-named-suite</comment>
        <translation>a suíte “{name}”</translation>
    </message>
    <message>
        <source>Hearth could not save the suite “{name}” in {folder}.</source>
        <comment>evals.suite-not-saved</comment>
        <translation>O Hearth não conseguiu salvar a suíte “{name}” em {folder}.</translation>
    </message>
    <message>
        <source>There is already a suite named “{name}”: choose another name.</source>
        <comment>evals.suite-name-taken</comment>
        <translation>Já existe uma suíte chamada “{name}”: escolha outro nome.</translation>
    </message>
    <message>
        <source>Hearth could not rename the suite “{name}”.</source>
        <comment>evals.suite-not-renamed</comment>
        <translation>O Hearth não conseguiu renomear a suíte “{name}”.</translation>
    </message>
    <message>
        <source>Hearth could not delete the suite “{name}”.</source>
        <comment>evals.suite-not-deleted</comment>
        <translation>O Hearth não conseguiu excluir a suíte “{name}”.</translation>
    </message>
    <message>
        <source>an assertion should be a type with its value, and one is not</source>
        <comment>evals.promptfoo-bad-assertion</comment>
        <translation>cada asserção deve ter um tipo e um valor, e uma delas não tem</translation>
    </message>
    <message>
        <source>the assertion {ref} names no assertion template</source>
        <comment>evals.promptfoo-no-template</comment>
        <translation>a asserção {ref} não indica nenhum template de asserção</translation>
    </message>
    <message>
        <source>an assertion has no type</source>
        <comment>evals.promptfoo-no-type</comment>
        <translation>uma asserção não tem tipo</translation>
    </message>
    <message>
        <source>the {what} of a {type} assertion should be a number, and it is {value}</source>
        <comment>evals.promptfoo-assertion-not-number</comment>
        <translation>o {what} de uma asserção {type} deve ser um número, mas é {value}</translation>
    </message>
    <message>
        <source>Hearth cannot read {name} as a promptfoo configuration: {problem}</source>
        <comment>evals.promptfoo-unreadable</comment>
        <translation>O Hearth não consegue ler {name} como configuração do promptfoo: {problem}</translation>
    </message>
    <message>
        <source>Hearth could not save {path}. Choose another folder, or free some disk space.</source>
        <comment>evals.promptfoo-not-saved</comment>
        <translation>O Hearth não conseguiu salvar {path}. Escolha outra pasta ou libere espaço em disco.</translation>
    </message>
    <message>
        <source>the file cannot be opened.</source>
        <comment>evals.promptfoo-not-opened</comment>
        <translation>não é possível abrir o arquivo.</translation>
    </message>
    <message>
        <source>it is not valid YAML (see the details for where).</source>
        <comment>evals.promptfoo-not-yaml</comment>
        <translation>não é um YAML válido (veja onde nos detalhes).</translation>
    </message>
    <message>
        <source>it should hold settings such as &apos;prompts&apos; and &apos;tests&apos;, and it does not.</source>
        <comment>evals.promptfoo-not-settings</comment>
        <translation>deveria conter configurações como “prompts” e “tests”, e não contém.</translation>
    </message>
    <message>
        <source>its &apos;assertionTemplates&apos; should be named assertions, and they are not.</source>
        <comment>evals.promptfoo-bad-templates</comment>
        <translation>os “assertionTemplates” deveriam ser asserções com nome, e não são.</translation>
    </message>
    <message>
        <source>the threshold of defaultTest</source>
        <comment>evals.promptfoo-default-threshold</comment>
        <translation>o limiar de defaultTest</translation>
    </message>
    <message>
        <source>test {number} of {file}</source>
        <comment>evals.promptfoo-test-of-file</comment>
        <translation>teste {number} de {file}</translation>
    </message>
    <message>
        <source>test {number}</source>
        <comment>evals.promptfoo-test</comment>
        <translation>teste {number}</translation>
    </message>
    <message>
        <source>the test &apos;{name}&apos;</source>
        <comment>evals.promptfoo-named-test</comment>
        <translation>o teste “{name}”</translation>
    </message>
    <message>
        <source>it has no &apos;prompts&apos;, so there is nothing to ask the models.</source>
        <comment>evals.promptfoo-no-prompts</comment>
        <translation>não tem “prompts”, então não há nada para perguntar aos modelos.</translation>
    </message>
    <message>
        <source>its &apos;prompts&apos; should be a prompt or a list of prompts, and they are not.</source>
        <comment>evals.promptfoo-bad-prompts</comment>
        <translation>os “prompts” deveriam ser um prompt ou uma lista de prompts, e não são.</translation>
    </message>
    <message>
        <source>its &apos;prompts&apos; list is empty, so there is nothing to ask the models.</source>
        <comment>evals.promptfoo-empty-prompts</comment>
        <translation>a lista “prompts” está vazia, então não há nada para perguntar aos modelos.</translation>
    </message>
    <message>
        <source>prompt {number} is neither text, a file:// reference, nor a prompt with &apos;raw&apos; text.</source>
        <comment>evals.promptfoo-bad-prompt</comment>
        <translation>o prompt {number} não é texto, nem uma referência file://, nem um prompt com texto “raw”.</translation>
    </message>
    <message>
        <source>Hearth reads prompts from .txt, .md, .j2 and .json files, and {file} is not one.</source>
        <comment>evals.promptfoo-prompt-file-kind</comment>
        <translation>O Hearth lê prompts de arquivos .txt, .md, .j2 e .json, e {file} não é um deles.</translation>
    </message>
    <message>
        <source>its &apos;defaultTest&apos; should be a test (vars, assert, …), and it is not.</source>
        <comment>evals.promptfoo-bad-default-test</comment>
        <translation>o “defaultTest” deveria ser um teste (vars, assert, …), e não é.</translation>
    </message>
    <message>
        <source>its &apos;tests&apos; should be a list of tests or a file:// reference, and they are not.</source>
        <comment>evals.promptfoo-bad-tests</comment>
        <translation>os “tests” deveriam ser uma lista de testes ou uma referência file://, e não são.</translation>
    </message>
    <message>
        <source>Hearth reads tests written in the file or in files it names (file://…), not {item}.</source>
        <comment>evals.promptfoo-tests-elsewhere</comment>
        <translation>O Hearth lê testes escritos no arquivo ou em arquivos que ele indica (file://…), não {item}.</translation>
    </message>
    <message>
        <source>an item of its &apos;tests&apos; is neither a test nor a file:// reference.</source>
        <comment>evals.promptfoo-bad-tests-item</comment>
        <translation>um item de “tests” não é nem um teste nem uma referência file://.</translation>
    </message>
    <message>
        <source>Hearth reads tests from .csv, .yaml, .yml, .json and .jsonl files, and {file} is not one.</source>
        <comment>evals.promptfoo-tests-file-kind</comment>
        <translation>O Hearth lê testes de arquivos .csv, .yaml, .yml, .json e .jsonl, e {file} não é um deles.</translation>
    </message>
    <message>
        <source>{file} is not JSON Lines.</source>
        <comment>evals.promptfoo-not-jsonl</comment>
        <translation>{file} não é JSON Lines.</translation>
    </message>
    <message>
        <source>{file} should hold a list of tests, and it does not.</source>
        <comment>evals.promptfoo-not-tests</comment>
        <translation>{file} deveria conter uma lista de testes, e não contém.</translation>
    </message>
    <message>
        <source>the &apos;options&apos; of {where} are not settings.</source>
        <comment>evals.promptfoo-bad-options</comment>
        <translation>as “options” de {where} não são configurações.</translation>
    </message>
    <message>
        <source>the threshold of {where}</source>
        <comment>evals.promptfoo-threshold-of</comment>
        <translation>o limiar de {where}</translation>
    </message>
    <message>
        <source>the &apos;prompts&apos; of {where} should be a list of prompt labels, and they are not.</source>
        <comment>evals.promptfoo-bad-test-prompts</comment>
        <translation>os “prompts” de {where} deveriam ser uma lista de rótulos de prompt, e não são.</translation>
    </message>
    <message>
        <source>the &apos;vars&apos; of {where} should be names with values, and they are not.</source>
        <comment>evals.promptfoo-bad-vars</comment>
        <translation>as “vars” de {where} deveriam ser nomes com valores, e não são.</translation>
    </message>
    <message>
        <source>the &apos;assert&apos; of {where} should be a list of assertions, and it is not.</source>
        <comment>evals.promptfoo-bad-assert</comment>
        <translation>o “assert” de {where} deveria ser uma lista de asserções, e não é.</translation>
    </message>
    <message>
        <source>{problem} (in {where}).</source>
        <comment>evals.promptfoo-in-test</comment>
        <translation>{problem} (em {where}).</translation>
    </message>
    <message>
        <source>{what} should be a number, and it is {value}.</source>
        <comment>evals.promptfoo-not-number</comment>
        <translation>{what} deveria ser um número, mas é {value}.</translation>
    </message>
    <message>
        <source>its {what} {file} is made by code or a pattern of files, which Hearth does not run.</source>
        <comment>evals.promptfoo-code-file</comment>
        <translation>o {what} {file} é gerado por código ou por um padrão de arquivos, que o Hearth não executa.</translation>
    </message>
    <message>
        <source>the file it names, {file}, cannot be read.</source>
        <comment>evals.promptfoo-file-unreadable</comment>
        <translation>não é possível ler o arquivo indicado, {file}.</translation>
    </message>
    <message>
        <source>its {what} &apos;{file}&apos; is neither written out nor a file:// reference.</source>
        <comment>evals.promptfoo-not-written-out</comment>
        <translation>o {what} “{file}” não está escrito no arquivo nem é uma referência file://.</translation>
    </message>
    <message>
        <source>{file} is not valid YAML or JSON.</source>
        <comment>evals.promptfoo-file-not-yaml</comment>
        <translation>{file} não é um YAML ou JSON válido.</translation>
    </message>
    <message>
        <source>another model file</source>
        <comment>evals.differs-file</comment>
        <translation>outro arquivo de modelo</translation>
    </message>
    <message>
        <source>another file name</source>
        <comment>evals.differs-file-name</comment>
        <translation>outro nome de arquivo</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>evals.unknown-quantization</comment>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>quantization {before}, not {after}</source>
        <comment>evals.differs-quantization</comment>
        <translation>quantização {before}, não {after}</translation>
    </message>
    <message>
        <source>a context of {before} tokens, not {after}</source>
        <comment>evals.differs-context</comment>
        <translation>um contexto de {before} tokens, não {after}</translation>
    </message>
    <message>
        <source>{setting} {before}, not {after}</source>
        <comment>evals.differs-sampler</comment>
        <translation>{setting} {before}, não {after}</translation>
    </message>
    <message>
        <source>seeds {before}, not {after}</source>
        <comment>evals.differs-seeds</comment>
        <translation>sementes {before}, não {after}</translation>
    </message>
    <message>
        <source>Hearth {before}, not {after}</source>
        <comment>evals.differs-version</comment>
        <translation>Hearth {before}, não {after}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-seeds</comment>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>evals.column-model</comment>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <comment>evals.column-pass-rate</comment>
        <translation>Taxa de aprovação</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>evals.column-passed</comment>
        <translation>Aprovadas</translation>
    </message>
    <message>
        <source>{passed} of {replies}</source>
        <comment>evals.passed-of</comment>
        <translation>{passed} de {replies}</translation>
    </message>
    <message>
        <source>JSON valid</source>
        <comment>evals.column-json-valid</comment>
        <translation>JSON válido</translation>
    </message>
    <message>
        <source>Schema valid</source>
        <comment>evals.column-schema-valid</comment>
        <translation>Esquema válido</translation>
    </message>
    <message>
        <source>Schema valid with Hearth&apos;s grammar</source>
        <comment>evals.column-schema-valid-grammar</comment>
        <translation>Esquema válido com a gramática do Hearth</translation>
    </message>
    <message>
        <source>Tool arguments valid</source>
        <comment>evals.column-tool-arguments-valid</comment>
        <translation>Argumentos de ferramenta válidos</translation>
    </message>
    <message>
        <source>Cut by the length limit</source>
        <comment>evals.column-length-cut</comment>
        <translation>Cortadas pelo limite de tamanho</translation>
    </message>
    <message>
        <source>Pass-rate spread</source>
        <comment>evals.column-spread</comment>
        <translation>Variação da aprovação</translation>
    </message>
    <message>
        <source>Flaky cases</source>
        <comment>evals.column-flaky</comment>
        <translation>Casos instáveis</translation>
    </message>
    <message>
        <source>First token</source>
        <comment>evals.column-first-token</comment>
        <translation>Primeiro token</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <comment>evals.column-speed</comment>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Memory</source>
        <comment>evals.column-memory</comment>
        <translation>Memória</translation>
    </message>
    <message>
        <source>Verdict</source>
        <comment>evals.column-verdict</comment>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Licence</source>
        <comment>evals.column-licence</comment>
        <translation>Licença</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>evals.seconds</comment>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-flaky-cases</comment>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>{points} points</source>
        <comment>evals.spread-points</comment>
        <translation>{points} pontos</translation>
    </message>
    <message>
        <source>the earlier run {run} of this suite ran {model} with {differences}, so its results are not comparable with these.</source>
        <comment>evals.not-comparable</comment>
        <translation>a execução anterior {run} desta suíte usou {model} com {differences}, então os resultados dela não são comparáveis com estes.</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <comment>evals.list-more</comment>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>That evaluation run is gone.</source>
        <comment>evals.run-gone</comment>
        <translation>Essa execução de avaliação não existe mais.</translation>
    </message>
    <message>
        <source>That reply of the evaluation run is gone.</source>
        <comment>evals.reply-gone</comment>
        <translation>Essa resposta da execução de avaliação não existe mais.</translation>
    </message>
    <message>
        <source>Hearth cannot read the suite {path}.</source>
        <comment>evals.suite-unreadable</comment>
        <translation>O Hearth não consegue ler a suíte {path}.</translation>
    </message>
    <message>
        <source>the suite</source>
        <comment>evals.the-suite</comment>
        <translation>a suíte</translation>
    </message>
    <message>
        <source>Line {number} of {where} is not JSON: {error} at column {column}. Each line must be one case, a JSON object on one line.</source>
        <comment>evals.line-not-json</comment>
        <translation>A linha {number} de {where} não é JSON: {error} na coluna {column}. Cada linha deve ser um caso, um objeto JSON numa só linha.</translation>
    </message>
    <message>
        <source>Line {number} of {where}: {problem}</source>
        <comment>evals.line-problem</comment>
        <translation>Linha {number} de {where}: {problem}</translation>
    </message>
    <message>
        <source>There are no cases in {where}: write one JSON object a line, with at least a “prompt”.</source>
        <comment>evals.no-cases</comment>
        <translation>Não há casos em {where}: escreva um objeto JSON por linha, com pelo menos um “prompt”.</translation>
    </message>
    <message>
        <source>a case must be a JSON object such as {{“prompt”: “…”, “checks”: […]}}.</source>
        <comment>evals.case-not-object</comment>
        <translation>um caso deve ser um objeto JSON como {{“prompt”: “…”, “checks”: […]}}.</translation>
    </message>
    <message>
        <source>{names} is not part of a case; a case may have {allowed}.</source>
        <comment>evals.unknown-key</comment>
        <translation>{names} não faz parte de um caso; um caso pode ter {allowed}.</translation>
    </message>
    <message>
        <source>{names} are not part of a case; a case may have {allowed}.</source>
        <comment>evals.unknown-keys</comment>
        <translation>{names} não fazem parte de um caso; um caso pode ter {allowed}.</translation>
    </message>
    <message>
        <source>{problem} Write promptfoo&apos;s “assert” as “checks”.</source>
        <comment>evals.assert-hint</comment>
        <translation>{problem} Escreva o “assert” do promptfoo como “checks”.</translation>
    </message>
    <message>
        <source>the case has no “prompt” (the text to ask each model).</source>
        <comment>evals.no-prompt</comment>
        <translation>o caso não tem “prompt” (o texto a perguntar a cada modelo).</translation>
    </message>
    <message>
        <source>“vars” must be an object of names and values, such as {{“city”: “Paris”}}.</source>
        <comment>evals.bad-vars</comment>
        <translation>“vars” deve ser um objeto de nomes e valores, como {{“city”: “Paris”}}.</translation>
    </message>
    <message>
        <source>“checks” must be a list of checks, such as [{{“type”: “contains”, “value”: “Paris”}}].</source>
        <comment>evals.bad-checks</comment>
        <translation>“checks” deve ser uma lista de verificações, como [{{“type”: “contains”, “value”: “Paris”}}].</translation>
    </message>
    <message>
        <source>“description” must be text.</source>
        <comment>evals.bad-description</comment>
        <translation>“description” deve ser texto.</translation>
    </message>
    <message>
        <source>“tools” must be a list of OpenAI tools, each {{“type”: “function”, “function”: {{“name”, …}}}}.</source>
        <comment>evals.bad-tools</comment>
        <translation>“tools” deve ser uma lista de ferramentas OpenAI, cada uma {{“type”: “function”, “function”: {{“name”, …}}}}.</translation>
    </message>
    <message>
        <source>the case&apos;s “threshold”</source>
        <comment>evals.case-threshold</comment>
        <translation>o “threshold” do caso</translation>
    </message>
    <message>
        <source>the prompt asks for the variable “{name}”, but this case does not give it. Add a “{column}” column or var (this case gives: {given}).</source>
        <comment>evals.case-missing-variable</comment>
        <translation>o prompt pede a variável “{name}”, mas este caso não a fornece. Adicione uma coluna ou var “{column}” (este caso fornece: {given}).</translation>
    </message>
    <message>
        <source>check {index} needs a “type”, such as {{“type”: “icontains”, “value”: “Paris”}}.</source>
        <comment>evals.check-no-type</comment>
        <translation>a verificação {index} precisa de um “type”, como {{“type”: “icontains”, “value”: “Paris”}}.</translation>
    </message>
    <message>
        <source>check {index}&apos;s “weight” must be a number, 0 or more (0: shown, never counted).</source>
        <comment>evals.check-bad-weight</comment>
        <translation>o “weight” da verificação {index} deve ser um número, 0 ou mais (0: mostrada, nunca contada).</translation>
    </message>
    <message>
        <source>check {index}&apos;s “threshold” must be a number.</source>
        <comment>evals.check-bad-threshold</comment>
        <translation>o “threshold” da verificação {index} deve ser um número.</translation>
    </message>
    <message>
        <source>check {index} ({type}): {problem}</source>
        <comment>evals.check-problem</comment>
        <translation>verificação {index} ({type}): {problem}</translation>
    </message>
    <message>
        <source>Hearth cannot read the table {path}.</source>
        <comment>evals.table-unreadable</comment>
        <translation>O Hearth não consegue ler a tabela {path}.</translation>
    </message>
    <message>
        <source>The table {path} is empty: its first row must name the variables, one a column.</source>
        <comment>evals.table-empty</comment>
        <translation>A tabela {path} está vazia: a primeira linha deve nomear as variáveis, uma por coluna.</translation>
    </message>
    <message>
        <source>The first row of {path} must name each column once (it reads: {header}).</source>
        <comment>evals.table-header</comment>
        <translation>A primeira linha de {path} deve nomear cada coluna uma só vez (ela diz: {header}).</translation>
    </message>
    <message>
        <source>Line {number} of {path} has {cells} cells, but the first row names {columns} columns. Put quotes around a value that holds a comma.</source>
        <comment>evals.table-row-too-long</comment>
        <translation>A linha {number} de {path} tem {cells} células, mas a primeira linha nomeia {columns} colunas. Coloque entre aspas um valor que contenha vírgula.</translation>
    </message>
    <message>
        <source>Write the prompt first: the table&apos;s rows fill its {{{{variables}}}}.</source>
        <comment>evals.table-no-prompt</comment>
        <translation>Escreva o prompt primeiro: as linhas da tabela preenchem as {{{{variables}}}} dele.</translation>
    </message>
    <message>
        <source>The table has no rows: each row of values becomes one case.</source>
        <comment>evals.table-no-rows</comment>
        <translation>A tabela não tem linhas: cada linha de valores vira um caso.</translation>
    </message>
    <message>
        <source>Row {number} of the table: {problem}</source>
        <comment>evals.table-row-problem</comment>
        <translation>Linha {number} da tabela: {problem}</translation>
    </message>
    <message>
        <source>The row {row} of the table&apos;s __expected column: {problem}</source>
        <comment>evals.table-expected</comment>
        <translation>Linha {row} da coluna __expected da tabela: {problem}</translation>
    </message>
    <message>
        <source>{what} must be a number from 0 to 1 (the share of the weighted score a reply needs).</source>
        <comment>evals.bad-threshold</comment>
        <translation>{what} deve ser um número de 0 a 1 (a fração da pontuação ponderada de que uma resposta precisa).</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>evals.case-passed</comment>
        <translation>passou</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>evals.case-failed</comment>
        <translation>falhou</translation>
    </message>
    <message>
        <source>flaky</source>
        <comment>evals.case-flaky</comment>
        <translation>instável</translation>
    </message>
    <message>
        <source>On another computer</source>
        <comment>evals.on-another-computer</comment>
        <translation>Em outro computador</translation>
    </message>
    <message>
        <source>Not known to Hearth</source>
        <comment>evals.licence-unknown</comment>
        <translation>Desconhecida pelo Hearth</translation>
    </message>
    <message>
        <source>It runs on another computer.</source>
        <comment>evals.runs-on-another-computer</comment>
        <translation>Ele roda em outro computador.</translation>
    </message>
    <message>
        <source>its licence is not known to Hearth</source>
        <comment>evals.licence-not-known</comment>
        <translation>o Hearth não conhece a licença dele</translation>
    </message>
    <message>
        <source>its licence ({licence}) does not allow business use</source>
        <comment>evals.licence-not-business</comment>
        <translation>a licença dele ({licence}) não permite uso comercial</translation>
    </message>
    <message>
        <source>its licence ({licence}) does not allow it</source>
        <comment>evals.licence-closed</comment>
        <translation>a licença dele ({licence}) não permite isso</translation>
    </message>
    <message>
        <source>business use</source>
        <comment>evals.business-use</comment>
        <translation>uso comercial</translation>
    </message>
    <message>
        <source>personal use</source>
        <comment>evals.personal-use</comment>
        <translation>uso pessoal</translation>
    </message>
    <message>
        <source>None of these models runs on this computer, so Hearth recommends none of them here.</source>
        <comment>evals.recommend-none-runs</comment>
        <translation>Nenhum destes modelos roda neste computador, então o Hearth não recomenda nenhum deles aqui.</translation>
    </message>
    <message>
        <source>{model}: {reason}</source>
        <comment>evals.recommend-licence-reason</comment>
        <translation>{model}: {reason}</translation>
    </message>
    <message>
        <source>None of the models that run here has a licence that allows {use} ({reasons}).</source>
        <comment>evals.recommend-no-licence</comment>
        <translation>Nenhum dos modelos que rodam aqui tem uma licença que permita {use} ({reasons}).</translation>
    </message>
    <message>
        <source>No model that runs here with a licence for {use} passed any case; none is recommended.</source>
        <comment>evals.recommend-none-passed</comment>
        <translation>Nenhum modelo que roda aqui com licença para {use} passou em nenhum caso; nenhum é recomendado.</translation>
    </message>
    <message>
        <source>{model} passes the most cases ({rate}) among the models that run here and whose licence allows {use}</source>
        <comment>evals.recommend-best</comment>
        <translation>{model} passa em mais casos ({rate}) entre os modelos que rodam aqui e cuja licença permite {use}</translation>
    </message>
    <message>
        <source>{recommendation}; {tied} passes as many, and {model} is faster</source>
        <comment>evals.recommend-tied-one</comment>
        <translation>{recommendation}; {tied} passa no mesmo número, e {model} é mais rápido</translation>
    </message>
    <message>
        <source>{recommendation}; {tied} pass as many, and {model} is faster</source>
        <comment>evals.recommend-tied</comment>
        <translation>{recommendation}; {tied} passam no mesmo número, e {model} é mais rápido</translation>
    </message>
    <message>
        <source>{model} passes {rate}, but {reason}</source>
        <comment>evals.recommend-better-excluded</comment>
        <translation>{model} tem {rate} de aprovação, mas {reason}</translation>
    </message>
    <message>
        <source>{recommendation} ({why})</source>
        <comment>evals.recommend-why-not-better</comment>
        <translation>{recommendation} ({why})</translation>
    </message>
    <message>
        <source>{recommendation}; its licence is not known to Hearth: read its model card</source>
        <comment>evals.recommend-licence-unknown</comment>
        <translation>{recommendation}; o Hearth não conhece a licença dele: leia a página do modelo</translation>
    </message>
    <message>
        <source>{recommendation}.</source>
        <comment>evals.recommendation</comment>
        <translation>{recommendation}.</translation>
    </message>
    <message>
        <source>it does not run here</source>
        <comment>evals.does-not-run-here</comment>
        <translation>ele não roda aqui</translation>
    </message>
    <message>
        <source>it runs on another computer</source>
        <comment>evals.elsewhere</comment>
        <translation>ele roda em outro computador</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <comment>evals.list-semicolon</comment>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>The prompt asks for the variable “{name}”, but this case does not give it. Add a “{column}” column or var (this case gives: {given}).</source>
        <comment>evals.missing-variable</comment>
        <translation>O prompt pede a variável “{name}”, mas este caso não a fornece. Adicione uma coluna ou var “{column}” (este caso fornece: {given}).</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-variables</comment>
        <translation>nenhuma</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Bem-vindo ao Hearth</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Go straight to Hearth; this welcome does not show again</source>
        <translation>Ir direto para o Hearth; estas boas-vindas não aparecem de novo</translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation>Pular as boas-vindas</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>See models that fit</source>
        <translation>Ver modelos que cabem</translation>
    </message>
    <message>
        <source>Download {model} ({size})</source>
        <translation>Baixar {model} ({size})</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Needs about {need} on your graphics card, which has room for it.</source>
        <comment>fit.reason-speech-gpu</comment>
        <translation>Precisa de cerca de {need} na sua placa de vídeo, que tem espaço para isso.</translation>
    </message>
    <message>
        <source>Needs about {need} of memory; it transcribes on the processor.</source>
        <comment>fit.reason-speech-cpu</comment>
        <translation>Precisa de cerca de {need} de memória; transcreve no processador.</translation>
    </message>
    <message>
        <source>Needs about {need}, but only {free} of memory is free.</source>
        <comment>fit.reason-speech-too-large</comment>
        <translation>Precisa de cerca de {need}, mas só há {free} de memória livres.</translation>
    </message>
    <message>
        <source>Runs on your graphics card</source>
        <comment>fit.label-gpu</comment>
        <translation>Roda na sua placa de vídeo</translation>
    </message>
    <message>
        <source>Partly on your graphics card</source>
        <comment>fit.label-partial</comment>
        <translation>Em parte na sua placa de vídeo</translation>
    </message>
    <message>
        <source>Runs on your processor</source>
        <comment>fit.label-cpu</comment>
        <translation>Roda no seu processador</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <comment>fit.label-too-large</comment>
        <translation>Grande demais para este computador</translation>
    </message>
    <message>
        <source>fast</source>
        <comment>fit.speed-fast</comment>
        <translation>rápido</translation>
    </message>
    <message>
        <source>comfortable</source>
        <comment>fit.speed-comfortable</comment>
        <translation>confortável</translation>
    </message>
    <message>
        <source>slow</source>
        <comment>fit.speed-slow</comment>
        <translation>lento</translation>
    </message>
    <message>
        <source>very slow</source>
        <comment>fit.speed-very-slow</comment>
        <translation>muito lento</translation>
    </message>
    <message>
        <source>{band}, roughly {low}–{high} tokens/s</source>
        <comment>fit.speed-band</comment>
        <translation>{band}, cerca de {low}–{high} tokens/s</translation>
    </message>
    <message>
        <source>your {count} graphics cards have {free} free together</source>
        <comment>fit.gpus-free</comment>
        <translation>suas {count} placas de vídeo têm {free} livres no total</translation>
    </message>
    <message>
        <source>your graphics card has {free} free</source>
        <comment>fit.gpu-free</comment>
        <translation>sua placa de vídeo tem {free} livres</translation>
    </message>
    <message>
        <source>with an {size} context</source>
        <comment>fit.with-an-context</comment>
        <translation>com um contexto de {size}</translation>
    </message>
    <message>
        <source>with a {size} context</source>
        <comment>fit.with-a-context</comment>
        <translation>com um contexto de {size}</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so it all runs there.</source>
        <comment>fit.reason-gpu</comment>
        <translation>Precisa de cerca de {need} {context}; {gpu_free}, então tudo roda ali.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so {layers} of {full} layers go on them and the rest runs on the processor.</source>
        <comment>fit.reason-partial-cards</comment>
        <translation>Precisa de cerca de {need} {context}; {gpu_free}, então {layers} de {full} camadas ficam nelas e o resto roda no processador.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so {layers} of {full} layers go on it and the rest runs on the processor.</source>
        <comment>fit.reason-partial</comment>
        <translation>Precisa de cerca de {need} {context}; {gpu_free}, então {layers} de {full} camadas ficam nela e o resto roda no processador.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, but macOS lets the graphics processor use only part of it, so it runs on the processor.</source>
        <comment>fit.reason-cpu-unified</comment>
        <translation>Precisa de cerca de {need} {context}; há {free} de memória livres, mas o macOS só deixa o processador gráfico usar parte dela, então roda no processador.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, but your graphics card is too full or too small to help, so it runs on the processor.</source>
        <comment>fit.reason-cpu-gpu-full</comment>
        <translation>Precisa de cerca de {need} {context}; há {free} de memória livres, mas sua placa de vídeo está cheia demais ou é pequena demais para ajudar, então roda no processador.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, so it runs on the processor.</source>
        <comment>fit.reason-cpu</comment>
        <translation>Precisa de cerca de {need} {context}; há {free} de memória livres, então roda no processador.</translation>
    </message>
    <message>
        <source>Needs about {need} even {context}, but only {free} of memory is free on this computer.</source>
        <comment>fit.reason-too-large</comment>
        <translation>Precisa de cerca de {need} mesmo {context}, mas só há {free} de memória livres neste computador.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Help me choose a model</source>
        <translation>Me ajude a escolher um modelo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>O que você quer fazer?</translation>
    </message>
    <message>
        <source>Hearth has looked at your computer. {headline}</source>
        <translation>O Hearth analisou seu computador. {headline}</translation>
    </message>
    <message>
        <source>Will you use it for work, in a business?</source>
        <translation>Você vai usá-lo para trabalho, numa empresa?</translation>
    </message>
    <message>
        <source>No, for myself (any open licence)</source>
        <translation>Não, para mim (qualquer licença aberta)</translation>
    </message>
    <message>
        <source>Yes (only licences that allow business use)</source>
        <translation>Sim (só licenças que permitem uso comercial)</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>Sugeridos para você</translation>
    </message>
    <message>
        <source>Nothing fits yet</source>
        <translation>Nada cabe ainda</translation>
    </message>
    <message>
        <source>No model in the catalog does that on this computer with the licence you need. Try allowing any licence, or close other programs to free memory and rescan on the Hardware page.</source>
        <translation>Nenhum modelo do catálogo faz isso neste computador com a licença de que você precisa. Tente permitir qualquer licença, ou feche outros programas para liberar memória e analise de novo na página Hardware.</translation>
    </message>
    <message>
        <source>Compare these</source>
        <translation>Comparar estes</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>Baixar {model}</translation>
    </message>
    <message>
        <source>Download {model} to compare it too.</source>
        <translation>Baixe {model} para compará-lo também.</translation>
    </message>
    <message>
        <source>Download {first} and {second} to compare them too.</source>
        <translation>Baixe {first} e {second} para compará-los também.</translation>
    </message>
    <message>
        <source>Download {first}, {second} and {third} to compare them too.</source>
        <translation>Baixe {first}, {second} e {third} para compará-los também.</translation>
    </message>
    <message>
        <source>{size} download · {licence} · {verdict}</source>
        <translation>Download de {size} · {licence} · {verdict}</translation>
    </message>
    <message>
        <source>{role}: {model}, {summary}</source>
        <translation>{role}: {model}, {summary}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show {model} in Discover</source>
        <translation>Mostrar {model} em Descobrir</translation>
    </message>
    <message>
        <source>Show it in Discover; other filters are cleared</source>
        <translation>Mostrar em Descobrir; os outros filtros são limpos</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <source>Could not measure free disk space at {path}: {problem}</source>
        <comment>hardware.disk-unmeasured</comment>
        <translation>Não foi possível medir o espaço livre em disco em {path}: {problem}</translation>
    </message>
    <message>
        <source>Models up to about {in_memory} can run on your processor, from memory. No graphics card that Hearth can use was found, so smaller models will feel faster.</source>
        <comment>hardware.headline-cpu</comment>
        <translation>Modelos de até cerca de {in_memory} podem rodar no seu processador, a partir da memória. Nenhuma placa de vídeo que o Hearth possa usar foi encontrada, então modelos menores vão parecer mais rápidos.</translation>
    </message>
    <message>
        <source>Models up to about {on_gpu} can run on your {gpu} using {acceleration}; it shares memory with the rest of the computer, so close big apps before loading large models.</source>
        <comment>hardware.headline-shared</comment>
        <translation>Modelos de até cerca de {on_gpu} podem rodar na sua {gpu} usando {acceleration}; ela compartilha a memória com o resto do computador, então feche os apps grandes antes de carregar modelos grandes.</translation>
    </message>
    <message>
        <source>Models up to about {on_gpu} can run fully on your graphics card; up to about {in_memory} in memory, partly on the processor and slower.</source>
        <comment>hardware.headline-gpu</comment>
        <translation>Modelos de até cerca de {on_gpu} podem rodar inteiramente na sua placa de vídeo; até cerca de {in_memory} na memória, em parte no processador e mais devagar.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>hardware.unknown-size</comment>
        <translation>tamanho desconhecido</translation>
    </message>
    <message>
        <source>{gpu}: {memory}, used through {backend}.</source>
        <comment>hardware.gpu-used</comment>
        <translation>{gpu}: {memory}, usada via {backend}.</translation>
    </message>
    <message>
        <source>{gpu}: {memory}, {free} free, used through {backend}.</source>
        <comment>hardware.gpu-used-free</comment>
        <translation>{gpu}: {memory}, {free} livres, usada via {backend}.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because its {memory} of memory is too small to help.</source>
        <comment>hardware.gpu-too-small</comment>
        <translation>{gpu}: não usada, porque a memória dela ({memory}) é pequena demais para ajudar.</translation>
    </message>
    <message>
        <source>Transcription runs on the processor: the speech engine (CTranslate2) sees no CUDA device. It needs NVIDIA&apos;s cuBLAS 12 and cuDNN 9 libraries, which the CUDA build of Hearth carries.</source>
        <comment>hardware.speech-no-cuda</comment>
        <translation>A transcrição roda no processador: o mecanismo de fala (CTranslate2) não vê nenhum dispositivo CUDA. Ele precisa das bibliotecas cuBLAS 12 e cuDNN 9 da NVIDIA, que a versão CUDA do Hearth inclui.</translation>
    </message>
    <message>
        <source>Could not read /proc/cpuinfo: {problem}</source>
        <comment>hardware.cpuinfo-unread</comment>
        <translation>Não foi possível ler /proc/cpuinfo: {problem}</translation>
    </message>
    <message>
        <source>Hearth&apos;s download for older processors runs here, a little slower; so does a Hearth built on this computer (`make run` from the source).</source>
        <comment>hardware.remedy-older-build</comment>
        <translation>O download do Hearth para processadores mais antigos roda aqui, um pouco mais devagar; o mesmo vale para um Hearth compilado neste computador (`make run` a partir do código-fonte).</translation>
    </message>
    <message>
        <source>A Hearth built on this computer (`make run` from the source) compiles the engine for this processor.</source>
        <comment>hardware.remedy-build-here</comment>
        <translation>Um Hearth compilado neste computador (`make run` a partir do código-fonte) compila o mecanismo para este processador.</translation>
    </message>
    <message>
        <source>Chat models cannot run with this copy of Hearth: its engine was built for processors with {names}, and {processor} lacks these. Transcription still works. {remedy}</source>
        <comment>hardware.cpu-lacks-features</comment>
        <translation>Os modelos de chat não rodam com esta cópia do Hearth: o mecanismo dela foi compilado para processadores com {names}, e {processor} não tem esses recursos. A transcrição continua funcionando. {remedy}</translation>
    </message>
    <message>
        <source>Chat models cannot run with this copy of Hearth: its engine was built for processors with {names}, and {processor} lacks this. Transcription still works. {remedy}</source>
        <comment>hardware.cpu-lacks-feature</comment>
        <translation>Os modelos de chat não rodam com esta cópia do Hearth: o mecanismo dela foi compilado para processadores com {names}, e {processor} não tem esse recurso. A transcrição continua funcionando. {remedy}</translation>
    </message>
    <message>
        <source>this processor</source>
        <comment>hardware.this-processor</comment>
        <translation>este processador</translation>
    </message>
    <message>
        <source>{gpu}: not used, because this build of Hearth&apos;s engine (llama.cpp) has no GPU support. Install the {backend} build of Hearth to use it.</source>
        <comment>hardware.gpu-no-support</comment>
        <translation>{gpu}: não usada, porque esta versão do mecanismo do Hearth (llama.cpp) não tem suporte a GPU. Instale a versão {backend} do Hearth para usá-la.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because llama.cpp has no way to drive it.</source>
        <comment>hardware.gpu-no-driver</comment>
        <translation>{gpu}: não usada, porque o llama.cpp não tem como controlá-la.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because this build of Hearth&apos;s engine drives {built} graphics cards, and this one needs {needed}. Install the {needed} build of Hearth to use it.</source>
        <comment>hardware.gpu-other-backend</comment>
        <translation>{gpu}: não usada, porque esta versão do mecanismo do Hearth controla placas de vídeo {built}, e esta precisa de {needed}. Instale a versão {needed} do Hearth para usá-la.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because it is older (compute capability {capability}) than this build of Hearth&apos;s engine supports ({oldest} or newer).</source>
        <comment>hardware.gpu-too-old</comment>
        <translation>{gpu}: não usada, porque é mais antiga (capacidade de computação {capability}) do que esta versão do mecanismo do Hearth suporta ({oldest} ou mais nova).</translation>
    </message>
    <message>
        <source>{gpu}: not used, because its NVIDIA driver {driver} is too old for Hearth&apos;s CUDA engine ({wanted} or newer). Update the driver (from nvidia.com or your system&apos;s driver manager) and restart Hearth; until then models run on the processor.</source>
        <comment>hardware.driver-too-old</comment>
        <translation>{gpu}: não usada, porque o driver NVIDIA {driver} dela é antigo demais para o mecanismo CUDA do Hearth ({wanted} ou mais novo). Atualize o driver (em nvidia.com ou no gerenciador de drivers do seu sistema) e reinicie o Hearth; até lá, os modelos rodam no processador.</translation>
    </message>
    <message>
        <source>The NVIDIA driver (NVML) {problem}; trying nvidia-smi</source>
        <comment>hardware.nvml-missing</comment>
        <translation>O driver NVIDIA (NVML) {problem}; tentando o nvidia-smi</translation>
    </message>
    <message>
        <source>The NVIDIA driver (NVML) gave an error: {problem}; trying nvidia-smi</source>
        <comment>hardware.nvml-error</comment>
        <translation>O driver NVIDIA (NVML) deu um erro: {problem}; tentando o nvidia-smi</translation>
    </message>
    <message>
        <source>nvidia-smi answered, but its output listed no GPU Hearth could read</source>
        <comment>hardware.nvidia-smi-no-gpu</comment>
        <translation>O nvidia-smi respondeu, mas a saída dele não listou nenhuma GPU que o Hearth conseguisse ler</translation>
    </message>
    <message>
        <source>nvidia-smi is installed but cannot reach the NVIDIA driver: the graphics card cannot be used until the driver is installed or the computer restarted</source>
        <comment>hardware.nvidia-driver-unreachable</comment>
        <translation>O nvidia-smi está instalado, mas não consegue acessar o driver NVIDIA: a placa de vídeo não pode ser usada até o driver ser instalado ou o computador ser reiniciado</translation>
    </message>
    <message>
        <source>system_profiler is missing: cannot see the graphics processor</source>
        <comment>hardware.no-system-profiler</comment>
        <translation>O system_profiler não está presente: não é possível ver o processador gráfico</translation>
    </message>
    <message>
        <source>Windows reports at most 4 GB for {gpu}; it may have more</source>
        <comment>hardware.windows-vram-capped</comment>
        <translation>O Windows informa no máximo 4 GB para {gpu}; ela pode ter mais</translation>
    </message>
    <message>
        <source>The llama.cpp engine could not be loaded, so chat will not work: {problem}</source>
        <comment>hardware.chat-engine-missing</comment>
        <translation>Não foi possível carregar o mecanismo llama.cpp, então o chat não vai funcionar: {problem}</translation>
    </message>
    <message>
        <source>The speech engine (CTranslate2) could not be loaded, so transcription will not work: {problem}</source>
        <comment>hardware.speech-engine-missing</comment>
        <translation>Não foi possível carregar o mecanismo de fala (CTranslate2), então a transcrição não vai funcionar: {problem}</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>Your computer</source>
        <translation>Seu computador</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Reanalisar</translation>
    </message>
    <message>
        <source>Look at the hardware again (Ctrl+R)</source>
        <translation>Analisar o hardware de novo (Ctrl+R)</translation>
    </message>
    <message>
        <source>Look at the hardware again</source>
        <translation>Analisar o hardware de novo</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processador</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Aceleração</translation>
    </message>
    <message>
        <source>Storage for models</source>
        <translation>Armazenamento para modelos</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalhes</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalhes</translation>
    </message>
    <message>
        <source>Show the full scan</source>
        <translation>Mostrar a análise completa</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
    </message>
    <message>
        <source>Copy the full scan, for example to paste into a bug report</source>
        <translation>Copiar a análise completa, por exemplo para colar num relatório de erro</translation>
    </message>
    <message>
        <source>Copy the full scan</source>
        <translation>Copiar a análise completa</translation>
    </message>
    <message>
        <source>The full scan</source>
        <translation>A análise completa</translation>
    </message>
    <message>
        <source>Warnings about this computer</source>
        <translation>Avisos sobre este computador</translation>
    </message>
    <message>
        <source>Looking at your computer…</source>
        <translation>Analisando seu computador…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analisando…</translation>
    </message>
    <message>
        <source>no vector extensions found</source>
        <translation>nenhuma extensão vetorial encontrada</translation>
    </message>
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
            <numerusform>%n núcleo</numerusform>
            <numerusform>%n núcleos</numerusform>
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
        <translation>{size} livres agora</translation>
    </message>
    <message numerus="yes">
        <source>{name} (+%n more)</source>
        <translation>
            <numerusform>{name} (+%n outra)</numerusform>
            <numerusform>{name} (+%n outras)</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor only</source>
        <translation>Só processador</translation>
    </message>
    <message>
        <source>No graphics card that Hearth can use was found. Models run on the processor.</source>
        <translation>Nenhuma placa de vídeo que o Hearth possa usar foi encontrada. Os modelos rodam no processador.</translation>
    </message>
    <message>
        <source>{size} free</source>
        <translation>{size} livres</translation>
    </message>
    <message>
        <source>The scan&apos;s details are copied: paste them into a bug report or a message.</source>
        <translation>Os detalhes da análise foram copiados: cole-os num relatório de erro ou numa mensagem.</translation>
    </message>
    <message>
        <source>The chat engine (llama.cpp) could not be loaded; see the details below.</source>
        <translation>O mecanismo de chat (llama.cpp) não pôde ser carregado; veja os detalhes abaixo.</translation>
    </message>
    <message>
        <source>Chat: llama.cpp {version}, with GPU support</source>
        <translation>Chat: llama.cpp {version}, com suporte a GPU</translation>
    </message>
    <message>
        <source>Chat: llama.cpp {version}, built for the processor only</source>
        <translation>Chat: llama.cpp {version}, compilado só para o processador</translation>
    </message>
    <message>
        <source>The speech engine (CTranslate2) could not be loaded; see the details below.</source>
        <translation>O mecanismo de fala (CTranslate2) não pôde ser carregado; veja os detalhes abaixo.</translation>
    </message>
    <message>
        <source>Transcription: CTranslate2 {version}, on the graphics card</source>
        <translation>Transcrição: CTranslate2 {version}, na placa de vídeo</translation>
    </message>
    <message>
        <source>Transcription: CTranslate2 {version}, on the processor</source>
        <translation>Transcrição: CTranslate2 {version}, no processador</translation>
    </message>
    <message>
        <source>Processor ({extension})</source>
        <translation>Processador ({extension})</translation>
    </message>
</context>
<context>
    <name>Host</name>
    <message>
        <source>Cancelled.</source>
        <comment>host.job-cancelled</comment>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>{name} is not loaded.</source>
        <comment>host.not-loaded</comment>
        <translation>{name} não está carregado.</translation>
    </message>
    <message>
        <source>{name} is not loaded any more; load it again to go on.</source>
        <comment>host.no-model-loaded</comment>
        <translation>{name} não está mais carregado; carregue-o de novo para continuar.</translation>
    </message>
    <message>
        <source>{evicted} was unloaded to make room for {name}.</source>
        <comment>host.unloaded-for-room</comment>
        <translation>{evicted} foi descarregado para abrir espaço para {name}.</translation>
    </message>
</context>
<context>
    <name>HubNotice</name>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
</context>
<context>
    <name>HubRepoView</name>
    <message>
        <source>Reading its files and each quantization&apos;s header on Hugging Face…</source>
        <translation>Lendo os arquivos e o cabeçalho de cada quantização no Hugging Face…</translation>
    </message>
    <message>
        <source>architecture unknown</source>
        <translation>arquitetura desconhecida</translation>
    </message>
    <message numerus="yes">
        <source>{arch} · revision {revision} · %n quantizations</source>
        <translation>
            <numerusform>{arch} · revisão {revision} · %n quantização</numerusform>
            <numerusform>{arch} · revisão {revision} · %n quantizações</numerusform>
        </translation>
    </message>
    <message>
        <source>Gated: accept its terms on &lt;a href=&quot;{url}&quot;&gt;its Hugging Face page&lt;/a&gt; and add a token in Settings to download it.</source>
        <translation>Restrito: aceite os termos na &lt;a href=&quot;{url}&quot;&gt;página dele no Hugging Face&lt;/a&gt; e adicione um token nas Configurações para baixá-lo.</translation>
    </message>
    <message>
        <source>This repository has no GGUF files Hearth can run.</source>
        <translation>Este repositório não tem arquivos GGUF que o Hearth possa rodar.</translation>
    </message>
</context>
<context>
    <name>HubResultsTable</name>
    <message>
        <source>Repository</source>
        <translation>Repositório</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Curtidas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>a free licence</source>
        <translation>uma licença livre</translation>
    </message>
    <message>
        <source>open, with conditions</source>
        <translation>aberta, com condições</translation>
    </message>
    <message>
        <source>for research</source>
        <translation>para pesquisa</translation>
    </message>
    <message>
        <source>not for commercial use</source>
        <translation>não para uso comercial</translation>
    </message>
    <message>
        <source>Hugging Face results</source>
        <translation>Resultados do Hugging Face</translation>
    </message>
    <message>
        <source>Press Enter on a repository to see how each of its files runs here</source>
        <translation>Pressione Enter num repositório para ver como cada arquivo dele roda aqui</translation>
    </message>
    <message>
        <source>by {author}, {downloads} downloads, {likes} likes, updated {date}, licence: {licence}</source>
        <translation>por {author}, {downloads} downloads, {likes} curtidas, atualizado em {date}, licença: {licence}</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>não informada</translation>
    </message>
    <message>
        <source>A licence Hearth does not know: read it on the model&apos;s page before using the model.</source>
        <translation>Uma licença que o Hearth não conhece: leia-a na página do modelo antes de usá-lo.</translation>
    </message>
    <message>
        <source>{licence}: {tier}</source>
        <translation>{licence}: {tier}</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>Restrito</translation>
    </message>
    <message>
        <source>In Hearth&apos;s picks</source>
        <translation>Nas sugestões do Hearth</translation>
    </message>
    <message>
        <source>Needs access granted on its Hugging Face page and a token in Settings</source>
        <translation>Precisa de acesso liberado na página do Hugging Face e de um token nas Configurações</translation>
    </message>
    <message>
        <source>In Hearth&apos;s picks: {name}</source>
        <translation>Nas sugestões do Hearth: {name}</translation>
    </message>
</context>
<context>
    <name>HubSearch</name>
    <message>
        <source>Offline mode is on, so Hearth did not search Hugging Face. Turn it off in Settings to search.</source>
        <comment>hub_search.search-offline</comment>
        <translation>O modo offline está ativado, então o Hearth não pesquisou no Hugging Face. Desative-o nas Configurações para pesquisar.</translation>
    </message>
    <message>
        <source>in {wait} seconds</source>
        <comment>hub_search.in-seconds</comment>
        <translation>daqui a {wait} segundos</translation>
    </message>
    <message>
        <source>in a minute</source>
        <comment>hub_search.in-a-minute</comment>
        <translation>daqui a um minuto</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from here; retry {when}.</source>
        <comment>hub_search.hub-busy</comment>
        <translation>O Hugging Face está recebendo solicitações demais daqui; tente de novo {when}.</translation>
    </message>
    <message>
        <source>Hugging Face had a problem of its own ({status}); nothing is wrong here. Retry in a moment.</source>
        <comment>hub_search.hub-server-error</comment>
        <translation>O Hugging Face teve um problema próprio ({status}); não há nada de errado aqui. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>Hugging Face refused the request ({status}).</source>
        <comment>hub_search.request-refused</comment>
        <translation>O Hugging Face recusou a solicitação ({status}).</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check your connection (or the mirror in Settings) and retry.</source>
        <comment>hub_search.hub-unreachable</comment>
        <translation>{host} não respondeu a tempo. Verifique sua conexão (ou o espelho nas Configurações) e tente de novo.</translation>
    </message>
    <message>
        <source>Hearth could not reach {host}. Check your connection (or the mirror in Settings) and retry.</source>
        <comment>hub_search.unreachable</comment>
        <translation>O Hearth não conseguiu acessar {host}. Verifique sua conexão (ou o espelho nas Configurações) e tente de novo.</translation>
    </message>
    <message>
        <source>Hugging Face sent an answer Hearth could not read. Retry in a moment.</source>
        <comment>hub_search.hub-failed</comment>
        <translation>O Hugging Face enviou uma resposta que o Hearth não conseguiu ler. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>{repo} asks you to accept its licence first. Open {page}, accept the terms, then add a Hugging Face token in Settings.</source>
        <comment>hub_search.gated-model</comment>
        <translation>{repo} pede que você aceite a licença primeiro. Abra {page}, aceite os termos e adicione um token do Hugging Face nas Configurações.</translation>
    </message>
    <message>
        <source>The model {repo} was not found. It may have been renamed, or it is private and needs a token.</source>
        <comment>hub_search.model-not-found</comment>
        <translation>O modelo {repo} não foi encontrado. Ele pode ter sido renomeado, ou é privado e precisa de um token.</translation>
    </message>
    <message>
        <source>{filename} is no longer in {repo}.</source>
        <comment>hub_search.file-gone</comment>
        <translation>{filename} não está mais em {repo}.</translation>
    </message>
    <message>
        <source>Hugging Face refused access to {repo} ({status}). Accept the model&apos;s licence on {page} and add a token in Settings.</source>
        <comment>hub_search.access-refused</comment>
        <translation>O Hugging Face recusou o acesso a {repo} ({status}). Aceite a licença do modelo em {page} e adicione um token nas Configurações.</translation>
    </message>
    <message>
        <source>Hugging Face answered with an error ({status}) for {filename}. Try again later.</source>
        <comment>hub_search.file-error</comment>
        <translation>O Hugging Face respondeu com um erro ({status}) para {filename}. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face to read {filename}. Check your connection.</source>
        <comment>hub_search.network-problem</comment>
        <translation>Não foi possível acessar o Hugging Face para ler {filename}. Verifique sua conexão.</translation>
    </message>
    <message>
        <source>This link is too long for a Hugging Face model link ({length} characters; at most {max_link_length}), so Hearth did not open it.</source>
        <comment>hub_search.link-too-long</comment>
        <translation>Este link é longo demais para um link de modelo do Hugging Face ({length} caracteres; no máximo {max_link_length}), então o Hearth não o abriu.</translation>
    </message>
    <message>
        <source>This link contains invisible control characters, so Hearth did not open it.</source>
        <comment>hub_search.link-control-characters</comment>
        <translation>Este link contém caracteres de controle invisíveis, então o Hearth não o abriu.</translation>
    </message>
    <message>
        <source>This is not a link Hearth can read.</source>
        <comment>hub_search.link-unreadable</comment>
        <translation>Este não é um link que o Hearth consiga ler.</translation>
    </message>
    <message>
        <source>Hearth opens only links that start with {scheme}://{host}; this one is not for Hearth.</source>
        <comment>hub_search.link-other-site</comment>
        <translation>O Hearth só abre links que começam com {scheme}://{host}; este não é para o Hearth.</translation>
    </message>
    <message>
        <source>Hearth opens only Hugging Face model links ({scheme}://{host}?model=ORG/REPO); this one asks for something else.</source>
        <comment>hub_search.link-not-model</comment>
        <translation>O Hearth só abre links de modelos do Hugging Face ({scheme}://{host}?model=ORG/REPO); este pede outra coisa.</translation>
    </message>
    <message>
        <source>This link does not say which model to open (it has no model=ORG/REPO).</source>
        <comment>hub_search.link-without-model</comment>
        <translation>Este link não diz qual modelo abrir (não tem model=ORG/REPO).</translation>
    </message>
    <message>
        <source>This link names more than one model or file, so Hearth cannot tell which to open.</source>
        <comment>hub_search.link-names-several</comment>
        <translation>Este link indica mais de um modelo ou arquivo, então o Hearth não sabe qual abrir.</translation>
    </message>
    <message>
        <source>This link is garbled (its letters are not encoded correctly).</source>
        <comment>hub_search.link-garbled-letters</comment>
        <translation>Este link está corrompido (as letras dele não estão codificadas corretamente).</translation>
    </message>
    <message>
        <source>This link names a version or a tag of {base}; Hearth opens a model&apos;s current files, so use the model&apos;s link without the part after &apos;@&apos; or &apos;:&apos;.</source>
        <comment>hub_search.link-names-version</comment>
        <translation>Este link indica uma versão ou uma tag de {base}; o Hearth abre os arquivos atuais de um modelo, então use o link do modelo sem a parte depois de “@” ou “:”.</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a Hugging Face model name; a model link names one like &apos;organization/model-name&apos;.</source>
        <comment>hub_search.link-bad-repo</comment>
        <translation>“{repo}” não é um nome de modelo do Hugging Face; um link de modelo indica um nome como “organizacao/nome-do-modelo”.</translation>
    </message>
    <message>
        <source>This link points at a file outside the model&apos;s folder (&apos;{file}&apos;), so Hearth did not open it.</source>
        <comment>hub_search.file-outside-folder</comment>
        <translation>Este link aponta para um arquivo fora da pasta do modelo (“{file}”), então o Hearth não o abriu.</translation>
    </message>
    <message>
        <source>This link points at &apos;{file}&apos;, which is not a GGUF model file; Hearth runs GGUF files only.</source>
        <comment>hub_search.not-a-gguf-file</comment>
        <translation>Este link aponta para “{file}”, que não é um arquivo de modelo GGUF; o Hearth só roda arquivos GGUF.</translation>
    </message>
    <message>
        <source>{path} on Hugging Face ends inside its header: the file is damaged there.</source>
        <comment>hub_search.corrupt-model-file</comment>
        <translation>{path} no Hugging Face termina dentro do cabeçalho: o arquivo está danificado ali.</translation>
    </message>
    <message>
        <source>{repo} has no {only}; it may have been renamed or removed.</source>
        <comment>hub_search.quant-gone</comment>
        <translation>{repo} não tem {only}; ele pode ter sido renomeado ou removido.</translation>
    </message>
    <message>
        <source>Some of its parts are missing from the repository.</source>
        <comment>hub_search.parts-missing</comment>
        <translation>Algumas das partes dele estão faltando no repositório.</translation>
    </message>
</context>
<context>
    <name>HubSearchPanel</name>
    <message>
        <source>Words, org/repo, or a huggingface.co address</source>
        <translation>Palavras, org/repo ou um endereço huggingface.co</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Pesquisar no Hugging Face</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Ordenar resultados</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search any GGUF model on Hugging Face; each is judged for this computer.</source>
        <translation>Pesquise qualquer modelo GGUF no Hugging Face; cada um é avaliado para este computador.</translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation>Mais baixados</translation>
    </message>
    <message>
        <source>Most liked</source>
        <translation>Mais curtidos</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>Em alta</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Atualizados recentemente</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>Mais resultados</translation>
    </message>
    <message>
        <source>← Back to results</source>
        <translation>← Voltar aos resultados</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>Voltar aos resultados</translation>
    </message>
    <message>
        <source>Type what to search for: words, org/repo, or an address.</source>
        <translation>Digite o que pesquisar: palavras, org/repo ou um endereço.</translation>
    </message>
    <message>
        <source>Searching Hugging Face for “{text}”…</source>
        <translation>Pesquisando “{text}” no Hugging Face…</translation>
    </message>
    <message>
        <source>Loading more results…</source>
        <translation>Carregando mais resultados…</translation>
    </message>
    <message>
        <source>These results for “{text}” are from {time}, kept while Hugging Face cannot be asked.</source>
        <translation>Estes resultados para “{text}” são de {time}, guardados enquanto não é possível consultar o Hugging Face.</translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”, more below. Choose one to see how it runs here.</source>
        <translation>
            <numerusform>%n repositório GGUF para “{text}”, mais abaixo. Escolha um para ver como roda aqui.</numerusform>
            <numerusform>%n repositórios GGUF para “{text}”, mais abaixo. Escolha um para ver como roda aqui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”. Choose one to see how it runs here.</source>
        <translation>
            <numerusform>%n repositório GGUF para “{text}”. Escolha um para ver como roda aqui.</numerusform>
            <numerusform>%n repositórios GGUF para “{text}”. Escolha um para ver como roda aqui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other repositories match without GGUF files Hearth can run.</source>
        <translation>
            <numerusform>%n outro repositório corresponde, sem arquivos GGUF que o Hearth possa rodar.</numerusform>
            <numerusform>%n outros repositórios correspondem, sem arquivos GGUF que o Hearth possa rodar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No GGUF models on Hugging Face match “{text}”.</source>
        <translation>Nenhum modelo GGUF no Hugging Face corresponde a “{text}”.</translation>
    </message>
    <message>
        <source>100 or more other repositories match without GGUF files Hearth can run.</source>
        <translation>100 ou mais outros repositórios correspondem, sem arquivos GGUF que o Hearth possa rodar.</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; its verdicts come next.</source>
        <translation>O Hearth ainda está analisando este computador; as avaliações dele vêm a seguir.</translation>
    </message>
    <message>
        <source>Hearth could not read this repository&apos;s files.</source>
        <translation>O Hearth não conseguiu ler os arquivos deste repositório.</translation>
    </message>
    <message numerus="yes">
        <source>%n quantizations of {repo} judged for this computer.</source>
        <translation>
            <numerusform>%n quantização de {repo} avaliada para este computador.</numerusform>
            <numerusform>%n quantizações de {repo} avaliadas para este computador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>Grande demais para este computador</translation>
    </message>
    <message>
        <source>{repo} {quant} is too large for this computer.

{reason}

Download it anyway?</source>
        <translation>{repo} {quant} é grande demais para este computador.

{reason}

Baixar mesmo assim?</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>{name} is too large to attach ({size}); images up to {max_file_bytes} can be attached.</source>
        <comment>images.file-too-large</comment>
        <translation>{name} é grande demais para anexar ({size}); é possível anexar imagens de até {max_file_bytes}.</translation>
    </message>
    <message>
        <source>{name} could not be opened: {problem}.</source>
        <comment>images.unopened</comment>
        <translation>Não foi possível abrir {name}: {problem}.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <comment>images.empty-picture</comment>
        <translation>{name} está vazio: não há nenhuma imagem nele.</translation>
    </message>
    <message>
        <source>{name} is too large to attach ({size}).</source>
        <comment>images.too-large-attach</comment>
        <translation>{name} é grande demais para anexar ({size}).</translation>
    </message>
    <message>
        <source>{name} has too many pixels to attach; scale it down first.</source>
        <comment>images.too-many-pixels</comment>
        <translation>{name} tem pixels demais para anexar; reduza o tamanho primeiro.</translation>
    </message>
    <message>
        <source>{name} is not a picture Hearth can show a model; attach a PNG, JPEG, WebP, BMP or GIF image.</source>
        <comment>images.unknown-format</comment>
        <translation>{name} não é uma imagem que o Hearth possa mostrar a um modelo; anexe uma imagem PNG, JPEG, WebP, BMP ou GIF.</translation>
    </message>
    <message>
        <source>{name} could not be read: the picture in it is damaged or incomplete.</source>
        <comment>images.image-refused</comment>
        <translation>Não foi possível ler {name}: a imagem nele está danificada ou incompleta.</translation>
    </message>
    <message>
        <source>{name} is {width:,} × {height:,} pixels, more than Hearth attaches ({millions} million pixels); scale it down first.</source>
        <comment>images.too-many-pixels-sized</comment>
        <translation>{name} tem {width:,} × {height:,} pixels, mais do que o Hearth anexa ({millions} milhões de pixels); reduza o tamanho primeiro.</translation>
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
            <numerusform>{done} de %n arquivo</numerusform>
            <numerusform>{done} de %n arquivos</numerusform>
        </translation>
    </message>
    <message>
        <source>{files} · {chunks}</source>
        <translation>{files} · {chunks}</translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation>
            <numerusform>%n bloco</numerusform>
            <numerusform>%n blocos</numerusform>
        </translation>
    </message>
    <message>
        <source>{progress} · reading {file}</source>
        <translation>{progress} · lendo {file}</translation>
    </message>
    <message>
        <source>about {minutes} min {seconds} s left</source>
        <translation>faltam cerca de {minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>faltam cerca de {seconds} s</translation>
    </message>
    <message>
        <source>{progress} · {left}</source>
        <translation>{progress} · {left}</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n arquivo</numerusform>
            <numerusform>%n arquivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: {files} read, {chunks}.</source>
        <translation>Concluído: {files} lidos, {chunks}.</translation>
    </message>
    <message>
        <source>Everything was up to date.</source>
        <translation>Tudo já estava atualizado.</translation>
    </message>
    <message numerus="yes">
        <source>%n files that are gone were dropped.</source>
        <translation>
            <numerusform>%n arquivo que não existe mais foi retirado.</numerusform>
            <numerusform>%n arquivos que não existem mais foram retirados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>Retomar a indexação</translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation>Pausar a indexação</translation>
    </message>
    <message>
        <source>Indexing of {name}: done</source>
        <translation>Indexação de {name}: concluída</translation>
    </message>
    <message>
        <source>Indexing “{name}”…</source>
        <translation>Indexando “{name}”…</translation>
    </message>
    <message>
        <source>Indexing of {name}</source>
        <translation>Indexação de {name}</translation>
    </message>
    <message>
        <source>Indexing of {name}: {percent}%</source>
        <translation>Indexação de {name}: {percent}%</translation>
    </message>
    <message>
        <source>Paused · {text}</source>
        <translation>Pausado · {text}</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Go to a page, in the sidebar&apos;s order</source>
        <translation>Ir para uma página, na ordem da barra lateral</translation>
    </message>
    <message>
        <source>Show or hide downloads</source>
        <translation>Mostrar ou ocultar downloads</translation>
    </message>
    <message>
        <source>New conversation (Chat)</source>
        <translation>Nova conversa (Chat)</translation>
    </message>
    <message>
        <source>Send the message (Chat)</source>
        <translation>Enviar a mensagem (Chat)</translation>
    </message>
    <message>
        <source>New line in the message (Chat)</source>
        <translation>Nova linha na mensagem (Chat)</translation>
    </message>
    <message>
        <source>Stop the reply (Chat)</source>
        <translation>Parar a resposta (Chat)</translation>
    </message>
    <message>
        <source>Search models (Discover)</source>
        <translation>Pesquisar modelos (Descobrir)</translation>
    </message>
    <message>
        <source>Check this computer again (Hardware)</source>
        <translation>Verificar este computador de novo (Hardware)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto maior</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto menor</translation>
    </message>
    <message>
        <source>Usual text size</source>
        <translation>Tamanho de texto normal</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Esta lista de atalhos</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Ir para o controle seguinte ou anterior</translation>
    </message>
    <message>
        <source>Press the button or switch that has focus</source>
        <translation>Pressionar o botão ou a chave em foco</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>Language and text size</source>
        <translation>Idioma e tamanho do texto</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Tamanho do texto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <source>Ctrl+= larger, Ctrl+- smaller, Ctrl+0 the usual size</source>
        <translation>Ctrl+= maior, Ctrl+- menor, Ctrl+0 o tamanho normal</translation>
    </message>
</context>
<context>
    <name>LeaderboardPanel</name>
    <message>
        <source>Blind: hide the model names until I vote</source>
        <translation>Às cegas: ocultar os nomes dos modelos até eu votar</translation>
    </message>
    <message>
        <source>{letter} is better</source>
        <translation>{letter} é melhor</translation>
    </message>
    <message>
        <source>Reply {letter}</source>
        <translation>Resposta {letter}</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Empate</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>first token</source>
        <translation>primeiro token</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>respostas</translation>
    </message>
    <message>
        <source>This run&apos;s numbers</source>
        <translation>Números desta execução</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Rating (95 % range)</source>
        <translation>Nota (faixa de 95 %)</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Chosen over the next one</source>
        <translation>Escolhido em vez do seguinte</translation>
    </message>
    <message>
        <source>Your leaderboard</source>
        <translation>Seu ranking</translation>
    </message>
    <message>
        <source>Ratings use all your votes for this task. A range shows where a rating likely lies; models whose ranges overlap share a rank. More votes narrow the ranges.</source>
        <translation>As notas usam todos os seus votos para esta tarefa. Uma faixa mostra onde a nota provavelmente está; modelos com faixas sobrepostas dividem a posição. Mais votos estreitam as faixas.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Esta execução</translation>
    </message>
    <message>
        <source>Your leaderboard for</source>
        <translation>Seu ranking para</translation>
    </message>
    <message>
        <source>Task of the leaderboard</source>
        <translation>Tarefa do ranking</translation>
    </message>
    <message>
        <source>Wait for every model&apos;s reply to this prompt before voting.</source>
        <translation>Espere a resposta de todos os modelos a este prompt antes de votar.</translation>
    </message>
    <message>
        <source>Which reply is better?</source>
        <translation>Qual resposta é melhor?</translation>
    </message>
    <message>
        <source>Run a set to vote on its replies.</source>
        <translation>Execute um conjunto para votar nas respostas.</translation>
    </message>
    <message>
        <source>You called it a tie.</source>
        <translation>Você declarou empate.</translation>
    </message>
    <message>
        <source>You chose {model}.</source>
        <translation>Você escolheu {model}.</translation>
    </message>
</context>
<context>
    <name>LibraryRow</name>
    <message>
        <source>Downloaded by Hearth</source>
        <translation>Baixado pelo Hearth</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Adicionado por você</translation>
    </message>
    <message>
        <source>From LM Studio</source>
        <translation>Do LM Studio</translation>
    </message>
    <message>
        <source>From Ollama</source>
        <translation>Do Ollama</translation>
    </message>
    <message>
        <source>From the Hugging Face cache</source>
        <translation>Do cache do Hugging Face</translation>
    </message>
    <message>
        <source>From GPT4All</source>
        <translation>Do GPT4All</translation>
    </message>
    <message>
        <source>Can see images</source>
        <translation>Enxerga imagens</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat with {model}</source>
        <translation>Conversar com {model}</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <source>Show {model} in its folder</source>
        <translation>Mostrar {model} na pasta</translation>
    </message>
    <message>
        <source>Pair with projector…</source>
        <translation>Combinar com projetor…</translation>
    </message>
    <message>
        <source>Pair {model} with a vision companion</source>
        <translation>Combinar {model} com um complemento de visão</translation>
    </message>
    <message>
        <source>Choose the model&apos;s vision companion (an mmproj file) so it can see images</source>
        <translation>Escolha o complemento de visão do modelo (um arquivo mmproj) para que ele enxergue imagens</translation>
    </message>
    <message>
        <source>Sees images with {file}; choose another vision companion</source>
        <translation>Enxerga imagens com {file}; escolha outro complemento de visão</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete {model}</source>
        <translation>Excluir {model}</translation>
    </message>
    <message>
        <source>Delete the downloaded files</source>
        <translation>Excluir os arquivos baixados</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide {model}</source>
        <translation>Ocultar {model}</translation>
    </message>
    <message>
        <source>Hide it from this list (its files stay where they are)</source>
        <translation>Ocultar desta lista (os arquivos ficam onde estão)</translation>
    </message>
    <message>
        <source>{model}, {size}, {verdict}</source>
        <translation>{model}, {size}, {verdict}</translation>
    </message>
    <message>
        <source>{model}, {size}</source>
        <translation>{model}, {size}</translation>
    </message>
    <message>
        <source>Speech-to-text model (faster-whisper)</source>
        <translation>Modelo de fala para texto (faster-whisper)</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>{count} parâmetros</translation>
    </message>
    <message>
        <source>{billions}B parameters</source>
        <translation>{billions} bi de parâmetros</translation>
    </message>
    <message>
        <source>{millions}M parameters</source>
        <translation>{millions} mi de parâmetros</translation>
    </message>
    <message>
        <source>has a chat template</source>
        <translation>tem template de chat</translation>
    </message>
    <message>
        <source>no chat template (plain text prompts)</source>
        <translation>sem template de chat (prompts em texto simples)</translation>
    </message>
    <message>
        <source>{count} tokens of context</source>
        <translation>{count} tokens de contexto</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Discover</source>
        <translation>Descobrir</translation>
    </message>
    <message>
        <source>My Models</source>
        <translation>Meus modelos</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation>Transcrever</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <translation>{page} ({shortcut})</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Choose a page with the arrow keys, or open one with {first} to {last}.</source>
        <translation>Escolha uma página com as setas, ou abra uma com {first} a {last}.</translation>
    </message>
    <message>
        <source>● Local server on</source>
        <translation>● Servidor local ligado</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Show downloads ({shortcut})</source>
        <translation>Mostrar downloads ({shortcut})</translation>
    </message>
    <message>
        <source>Shows or hides the list of downloads</source>
        <translation>Mostra ou oculta a lista de downloads</translation>
    </message>
    <message>
        <source>Other apps use Hearth&apos;s models at {address}</source>
        <translation>Outros apps usam os modelos do Hearth em {address}</translation>
    </message>
</context>
<context>
    <name>Mcp</name>
    <message>
        <source>There is no tool server called “{name}”. `hearth mcp list` shows the ones there are.</source>
        <comment>mcp.server-unknown</comment>
        <translation>Não há nenhum servidor de ferramentas chamado “{name}”. `hearth mcp list` mostra os que existem.</translation>
    </message>
    <message>
        <source>A tool server called “{name}” is already there. Remove it first, or choose another name.</source>
        <comment>mcp.server-exists</comment>
        <translation>Já existe um servidor de ferramentas chamado “{name}”. Remova-o primeiro ou escolha outro nome.</translation>
    </message>
    <message>
        <source>The tool servers&apos; list {path} could not be read: {strerror}.</source>
        <comment>mcp.list-unreadable</comment>
        <translation>Não foi possível ler a lista de servidores de ferramentas {path}: {strerror}.</translation>
    </message>
    <message>
        <source>it is not valid JSON ({problem})</source>
        <comment>mcp.list-not-json</comment>
        <translation>não é um JSON válido ({problem})</translation>
    </message>
    <message>
        <source>The tool servers&apos; list could not be used: {problem}. It was kept as {aside}; Hearth starts with no tool servers. Fix that file and rename it back to {name} to use it again.</source>
        <comment>mcp.config-damaged</comment>
        <translation>Não foi possível usar a lista de servidores de ferramentas: {problem}. Ela foi guardada como {aside}; o Hearth começa sem servidores de ferramentas. Corrija esse arquivo e renomeie-o de volta para {name} para usá-lo de novo.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <comment>mcp.list-not-object</comment>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>its “{key}” is not an object of named servers</source>
        <comment>mcp.list-servers-not-object</comment>
        <translation>o “{key}” dela não é um objeto de servidores nomeados</translation>
    </message>
    <message>
        <source>the server “{name}” is not an object</source>
        <comment>mcp.list-server-not-object</comment>
        <translation>o servidor “{name}” não é um objeto</translation>
    </message>
    <message>
        <source>“{name}” cannot be a tool server&apos;s name: use up to 64 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit.</source>
        <comment>mcp.bad-server-name</comment>
        <translation>“{name}” não pode ser o nome de um servidor de ferramentas: use até 64 letras, algarismos, espaços, pontos, hifens ou sublinhados, começando com uma letra ou um algarismo.</translation>
    </message>
    <message>
        <source>The tool server “{name}” in {where} {what}.</source>
        <comment>mcp.entry-invalid</comment>
        <translation>O servidor de ferramentas “{name}” em {where} {what}.</translation>
    </message>
    <message>
        <source>has an “{key}” that is not an object of text values</source>
        <comment>mcp.entry-not-texts</comment>
        <translation>tem um “{key}” que não é um objeto de valores de texto</translation>
    </message>
    <message>
        <source>has an empty “command”</source>
        <comment>mcp.entry-empty-command</comment>
        <translation>tem um “command” vazio</translation>
    </message>
    <message>
        <source>has “args” that are not a list of text</source>
        <comment>mcp.entry-bad-args</comment>
        <translation>tem “args” que não são uma lista de textos</translation>
    </message>
    <message>
        <source>has a “cwd” that is not a folder&apos;s path</source>
        <comment>mcp.entry-bad-cwd</comment>
        <translation>tem um “cwd” que não é o caminho de uma pasta</translation>
    </message>
    <message>
        <source>has a “url” that is not an http:// or https:// address</source>
        <comment>mcp.entry-bad-url</comment>
        <translation>tem uma “url” que não é um endereço http:// ou https://</translation>
    </message>
    <message>
        <source>uses the older SSE transport, which Hearth does not speak yet (only Streamable HTTP)</source>
        <comment>mcp.entry-sse</comment>
        <translation>usa o antigo transporte SSE, que o Hearth ainda não suporta (só Streamable HTTP)</translation>
    </message>
    <message>
        <source>has neither a “command” (a program to start) nor a “url” (a server to reach)</source>
        <comment>mcp.entry-neither</comment>
        <translation>não tem nem um “command” (um programa para iniciar) nem uma “url” (um servidor para acessar)</translation>
    </message>
    <message>
        <source>The tool “{tool}” of “{name}” did not answer within {timeout_s:g} seconds, so Hearth stopped waiting. The server is still there for the next call.</source>
        <comment>mcp.tool-timed-out</comment>
        <translation>A ferramenta “{tool}” de “{name}” não respondeu em {timeout_s:g} segundos, então o Hearth parou de esperar. O servidor continua disponível para a próxima chamada.</translation>
    </message>
    <message>
        <source>The tool server “{name}” refused the call to “{tool}”: {problem}</source>
        <comment>mcp.tool-refused</comment>
        <translation>O servidor de ferramentas “{name}” recusou a chamada a “{tool}”: {problem}</translation>
    </message>
    <message>
        <source>The tool server “{name}” is not running.</source>
        <comment>mcp.server-failed</comment>
        <translation>O servidor de ferramentas “{name}” não está em execução.</translation>
    </message>
    <message>
        <source>its process exited</source>
        <comment>mcp.process-exited</comment>
        <translation>o processo dele foi encerrado</translation>
    </message>
    <message>
        <source>The tool server “{name}” at {url} could not be reached as an MCP server ({cause}).</source>
        <comment>mcp.unreachable</comment>
        <translation>Não foi possível acessar o servidor de ferramentas “{name}” em {url} como servidor MCP ({cause}).</translation>
    </message>
    <message>
        <source>The tool server “{name}” stopped. The last thing it said: {said}</source>
        <comment>mcp.stopped-said</comment>
        <translation>O servidor de ferramentas “{name}” parou. A última coisa que ele disse: {said}</translation>
    </message>
    <message>
        <source>The tool server “{name}” could not start. The last thing it said: {said}</source>
        <comment>mcp.failed-said</comment>
        <translation>O servidor de ferramentas “{name}” não conseguiu iniciar. A última coisa que ele disse: {said}</translation>
    </message>
    <message>
        <source>The tool server “{name}” stopped without saying why ({cause}).</source>
        <comment>mcp.stopped-unsaid</comment>
        <translation>O servidor de ferramentas “{name}” parou sem dizer por quê ({cause}).</translation>
    </message>
    <message>
        <source>The tool server “{name}” could not start without saying why ({cause}).</source>
        <comment>mcp.failed-unsaid</comment>
        <translation>O servidor de ferramentas “{name}” não conseguiu iniciar e não disse por quê ({cause}).</translation>
    </message>
    <message>
        <source>The call to “{tool}” was stopped before it answered.</source>
        <comment>mcp.tool-stopped</comment>
        <translation>A chamada a “{tool}” foi interrompida antes de responder.</translation>
    </message>
    <message>
        <source>Hearth&apos;s tool servers were stopped (Hearth is quitting).</source>
        <comment>mcp.stopped-quitting</comment>
        <translation>Os servidores de ferramentas do Hearth foram parados (o Hearth está sendo encerrado).</translation>
    </message>
    <message>
        <source>Hearth&apos;s tool servers were already stopped (Hearth is quitting).</source>
        <comment>mcp.already-stopped-quitting</comment>
        <translation>Os servidores de ferramentas do Hearth já estavam parados (o Hearth está sendo encerrado).</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth does not connect to the tool server “{name}” at {url}. Turn Offline mode off in Settings to use it.</source>
        <comment>mcp.offline</comment>
        <translation>O modo offline está ativado, então o Hearth não se conecta ao servidor de ferramentas “{name}” em {url}. Desative o modo offline nas Configurações para usá-lo.</translation>
    </message>
    <message>
        <source>The tool server “{name}” started but did not list its tools within {start_timeout_s:g} seconds or answered them wrongly.</source>
        <comment>mcp.no-tools-listed</comment>
        <translation>O servidor de ferramentas “{name}” iniciou, mas não listou as ferramentas dele em {start_timeout_s:g} segundos ou as listou de forma errada.</translation>
    </message>
    <message>
        <source> The value of its {names} is kept in the password store, not in mcp.json.</source>
        <comment>mcp.kept-in-store</comment>
        <translation> O valor de {names} fica no cofre de senhas, não no mcp.json.</translation>
    </message>
    <message>
        <source> The value of its {names} is kept in memory for now (see below), not in mcp.json.</source>
        <comment>mcp.kept-in-memory</comment>
        <translation> O valor de {names} fica na memória por enquanto (veja abaixo), não no mcp.json.</translation>
    </message>
    <message>
        <source>Imported “{name}”.{kept}</source>
        <comment>mcp.imported</comment>
        <translation>“{name}” importado.{kept}</translation>
    </message>
    <message>
        <source>Imported “{name}” as “{new_name}”: {reason}{kept}</source>
        <comment>mcp.imported-renamed</comment>
        <translation>“{name}” importado como “{new_name}”: {reason}{kept}</translation>
    </message>
    <message>
        <source>{app}&apos;s list ({source})</source>
        <comment>mcp.app-list-at</comment>
        <translation>A lista do {app} ({source})</translation>
    </message>
    <message>
        <source>{app}&apos;s list of tool servers</source>
        <comment>mcp.app-server-list</comment>
        <translation>A lista de servidores de ferramentas do {app}</translation>
    </message>
    <message>
        <source>The list of tool servers</source>
        <comment>mcp.server-list</comment>
        <translation>A lista de servidores de ferramentas</translation>
    </message>
    <message>
        <source>{what} is not there: there is no file {source}. {app} may not be installed, or it has no tool servers yet.</source>
        <comment>mcp.app-list-missing</comment>
        <translation>{what} não está lá: não existe o arquivo {source}. Talvez o {app} não esteja instalado ou ainda não tenha servidores de ferramentas.</translation>
    </message>
    <message>
        <source>{what} is not there: there is no file {source}. Check the path.</source>
        <comment>mcp.list-missing</comment>
        <translation>{what} não está lá: não existe o arquivo {source}. Verifique o caminho.</translation>
    </message>
    <message>
        <source>{what} at {source} could not be read: {strerror}.</source>
        <comment>mcp.import-unreadable</comment>
        <translation>{what} em {source} não pôde ser lida: {strerror}.</translation>
    </message>
    <message>
        <source>{what} at {source} is not valid JSON, so nothing was imported. Fix it in {app} first.</source>
        <comment>mcp.import-not-json</comment>
        <translation>{what} em {source} não é um JSON válido, então nada foi importado. Corrija-a primeiro no {app}.</translation>
    </message>
    <message>
        <source>the app that wrote it</source>
        <comment>mcp.the-app-that-wrote-it</comment>
        <translation>app que a escreveu</translation>
    </message>
    <message>
        <source>{what} at {source} has no “{servers_key}” object of named servers, so there is nothing Hearth can import from it.</source>
        <comment>mcp.import-failed</comment>
        <translation>{what} em {source} não tem nenhum objeto “{servers_key}” de servidores nomeados, então não há nada que o Hearth possa importar dela.</translation>
    </message>
    <message>
        <source>“{name}” was not imported: its entry in {where} is not an object.</source>
        <comment>mcp.entry-not-object</comment>
        <translation>“{name}” não foi importado: a entrada dele em {where} não é um objeto.</translation>
    </message>
    <message>
        <source>“{name}” was not imported. {problem}</source>
        <comment>mcp.entry-not-imported</comment>
        <translation>“{name}” não foi importado. {problem}</translation>
    </message>
    <message>
        <source>“{name}” was not imported: its address ends in /sse, so it uses the older SSE transport, which Hearth does not speak yet (only Streamable HTTP).</source>
        <comment>mcp.entry-sse-address</comment>
        <translation>“{name}” não foi importado: o endereço dele termina em /sse, então usa o antigo transporte SSE, que o Hearth ainda não suporta (só Streamable HTTP).</translation>
    </message>
    <message>
        <source>Hearth&apos;s names are letters, digits, spaces, dots, dashes and underscores only.</source>
        <comment>mcp.renamed-name</comment>
        <translation>Os nomes no Hearth só podem ter letras, algarismos, espaços, pontos, hifens e sublinhados.</translation>
    </message>
    <message>
        <source>a different tool server called “{name}” is already there.</source>
        <comment>mcp.renamed-taken</comment>
        <translation>já existe outro servidor de ferramentas, diferente, chamado “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” is already there, the same server.</source>
        <comment>mcp.already-there</comment>
        <translation>“{name}” já está lá, é o mesmo servidor.</translation>
    </message>
    <message>
        <source>“{name}” is already there as “{other}”, the same server.</source>
        <comment>mcp.already-there-as</comment>
        <translation>“{name}” já está lá como “{other}”, é o mesmo servidor.</translation>
    </message>
    <message>
        <source>“{name}” was not imported: too many of that name.</source>
        <comment>mcp.too-many-of-name</comment>
        <translation>“{name}” não foi importado: há muitos com esse nome.</translation>
    </message>
    <message>
        <source>The program {command} does not exist or cannot be run. Check the path in the server&apos;s settings.</source>
        <comment>mcp.program-unusable</comment>
        <translation>O programa {command} não existe ou não pode ser executado. Verifique o caminho nas configurações do servidor.</translation>
    </message>
    <message>
        <source>The program “{command}” was not found on this computer. Install it (for npx: Node.js; for uvx: uv), or write its full path as the server&apos;s command.</source>
        <comment>mcp.program-not-found</comment>
        <translation>O programa “{command}” não foi encontrado neste computador. Instale-o (para npx: Node.js; para uvx: uv) ou escreva o caminho completo dele como comando do servidor.</translation>
    </message>
    <message>
        <source>variables</source>
        <comment>mcp.secret-variables</comment>
        <translation>variáveis</translation>
    </message>
    <message>
        <source>variable</source>
        <comment>mcp.secret-variable</comment>
        <translation>variável</translation>
    </message>
    <message>
        <source>headers</source>
        <comment>mcp.secret-headers</comment>
        <translation>cabeçalhos</translation>
    </message>
    <message>
        <source>header</source>
        <comment>mcp.secret-header</comment>
        <translation>cabeçalho</translation>
    </message>
    <message>
        <source>is not in this computer&apos;s password store</source>
        <comment>mcp.secret-not-stored</comment>
        <translation>não está no cofre de senhas deste computador</translation>
    </message>
    <message>
        <source>was kept only until Hearth closed, since this computer has no password store</source>
        <comment>mcp.secret-no-store</comment>
        <translation>só foi guardado até o Hearth fechar, porque este computador não tem cofre de senhas</translation>
    </message>
    <message>
        <source>was kept only until Hearth closed, since the password store failed</source>
        <comment>mcp.secret-store-failed</comment>
        <translation>só foi guardado até o Hearth fechar, porque o cofre de senhas falhou</translation>
    </message>
    <message>
        <source>The tool server “{name}” needs the secret {what} {names}, whose value {where}. Set it again in Settings → Tools, or with `hearth mcp secret {quoted} {example}`.</source>
        <comment>mcp.secret-missing</comment>
        <translation>O servidor de ferramentas “{name}” precisa de um segredo ({what} {names}) cujo valor {where}. Defina-o de novo em Configurações → Ferramentas, ou com `hearth mcp secret {quoted} {example}`.</translation>
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
        <translation>primeiro token após {seconds} s</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Sua mensagem</translation>
    </message>
    <message>
        <source>Reply from {model}</source>
        <translation>Resposta de {model}</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>Show the model&apos;s thinking</source>
        <translation>Mostrar o raciocínio do modelo</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>O raciocínio do modelo</translation>
    </message>
    <message>
        <source>Text of the reply</source>
        <translation>Texto da resposta</translation>
    </message>
    <message>
        <source>Text of your message</source>
        <translation>Texto da sua mensagem</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the reply</source>
        <translation>Copiar a resposta</translation>
    </message>
    <message>
        <source>Copy your message</source>
        <translation>Copiar sua mensagem</translation>
    </message>
    <message>
        <source>No reply: {reason}</source>
        <translation>Sem resposta: {reason}</translation>
    </message>
    <message>
        <source>Why the reply failed</source>
        <translation>Por que a resposta falhou</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Try the reply again</source>
        <translation>Tentar a resposta de novo</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Gerar de novo</translation>
    </message>
    <message>
        <source>Write the reply again</source>
        <translation>Escrever a resposta de novo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>Editar sua mensagem</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong inside Hearth</source>
        <comment>messages.unexpected</comment>
        <translation>Algo deu errado dentro do Hearth</translation>
    </message>
    <message>
        <source>Hearth could not finish this</source>
        <comment>messages.could-not-finish</comment>
        <translation>O Hearth não conseguiu concluir isto</translation>
    </message>
    <message>
        <source>{failed}: {problem}.</source>
        <comment>messages.computer-refused</comment>
        <translation>{failed}: {problem}.</translation>
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
        <translation>Chat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visão</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Fala</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <source>{tier}; business use allowed</source>
        <translation>{tier}; uso comercial permitido</translation>
    </message>
    <message>
        <source>{tier}; business use not allowed</source>
        <translation>{tier}; uso comercial não permitido</translation>
    </message>
    <message>
        <source>{publisher} · {parameters} parameters</source>
        <translation>{publisher} · {parameters} parâmetros</translation>
    </message>
    <message>
        <source>Quantization: smaller files run faster and need less memory; larger ones answer better</source>
        <translation>Quantização: arquivos menores rodam mais rápido e precisam de menos memória; os maiores respondem melhor</translation>
    </message>
    <message>
        <source>Quantization of {model}</source>
        <translation>Quantização de {model}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>Baixar {model}</translation>
    </message>
    <message>
        <source>{quant} (recommended)</source>
        <translation>{quant} (recomendada)</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Downloading {percent}%</source>
        <translation>Baixando {percent}%</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Baixando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Download size (rounded, as published)</source>
        <translation>Tamanho do download (arredondado, como publicado)</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Tamanho do download</translation>
    </message>
    <message>
        <source>Checking your computer…</source>
        <translation>Verificando seu computador…</translation>
    </message>
    <message>
        <source>Expected speed: {speed}.</source>
        <translation>Velocidade esperada: {speed}.</translation>
    </message>
    <message>
        <source>{model}, {size}, {verdict}</source>
        <translation>{model}, {size}, {verdict}</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>{model} loads when you send a message, or choose another model.</source>
        <translation>{model} carrega quando você enviar uma mensagem; ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>That model is still being checked; choose it from the list in a moment.</source>
        <translation>Esse modelo ainda está sendo verificado; escolha-o na lista daqui a pouco.</translation>
    </message>
    <message>
        <source>Loading {model}…</source>
        <translation>Carregando {model}…</translation>
    </message>
    <message>
        <source>Offline mode is on: other computers&apos; models are off. Choose a model here.</source>
        <translation>O modo offline está ativado: os modelos de outros computadores estão desativados. Escolha um modelo daqui.</translation>
    </message>
    <message>
        <source>{computer} is no longer listed. Choose another model.</source>
        <translation>{computer} não está mais na lista. Escolha outro modelo.</translation>
    </message>
    <message>
        <source>Hearth closed while loading {model} last time, probably because memory ran out. Options now load it on the processor only, with a shorter context; change them if you want to try again as before.</source>
        <translation>O Hearth fechou ao carregar {model} da última vez, provavelmente porque a memória acabou. As opções agora o carregam só no processador, com um contexto menor; altere-as se quiser tentar de novo como antes.</translation>
    </message>
    <message>
        <source>{reason}

Load it anyway? The computer may slow down.</source>
        <translation>{reason}

Carregar mesmo assim? O computador pode ficar lento.</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>Grande demais para este computador</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>{model} · sees images</source>
        <translation>{model} · enxerga imagens</translation>
    </message>
    <message>
        <source>{model} — {verdict}</source>
        <translation>{model} — {verdict}</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>Escolher um modelo…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>On {computer} ({address}) · leaves this computer</source>
        <translation>Em {computer} ({address}) · sai deste computador</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>{name} has no {quantization} version; it comes as {known}.</source>
        <comment>models.unknown-model</comment>
        <translation>{name} não tem versão {quantization}; está disponível como {known}.</translation>
    </message>
    <message>
        <source>There is no model called &apos;{model_id}&apos; in Hearth&apos;s catalog (see `hearth models`).</source>
        <comment>models.not-in-catalog</comment>
        <translation>Não há nenhum modelo chamado “{model_id}” no catálogo do Hearth (veja `hearth models`).</translation>
    </message>
    <message>
        <source>Hearth&apos;s model catalog is missing or damaged; reinstall Hearth.</source>
        <comment>models.catalog-damaged</comment>
        <translation>O catálogo de modelos do Hearth está faltando ou danificado; reinstale o Hearth.</translation>
    </message>
    <message>
        <source>Catalog entry {name} cannot be read.</source>
        <comment>models.catalog-entry-read</comment>
        <translation>Não é possível ler a entrada {name} do catálogo.</translation>
    </message>
    <message>
        <source>Catalog entry {name} is invalid at {where}.</source>
        <comment>models.catalog-entry-invalid</comment>
        <translation>A entrada {name} do catálogo é inválida em {where}.</translation>
    </message>
    <message>
        <source>Catalog ids are used twice: {ids}.</source>
        <comment>models.catalog-error</comment>
        <translation>Há IDs repetidos no catálogo: {ids}.</translation>
    </message>
    <message>
        <source>Small and quick</source>
        <comment>models.role-quick</comment>
        <translation>Pequeno e rápido</translation>
    </message>
    <message>
        <source>Answers almost at once; fine for everyday questions and short texts.</source>
        <comment>models.role-quick-about</comment>
        <translation>Responde quase na hora; bom para perguntas do dia a dia e textos curtos.</translation>
    </message>
    <message>
        <source>Balanced</source>
        <comment>models.role-balanced</comment>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>Noticeably smarter, and still quick enough to talk with.</source>
        <comment>models.role-balanced-about</comment>
        <translation>Bem mais inteligente, e ainda rápido o bastante para conversar.</translation>
    </message>
    <message>
        <source>Best for this computer</source>
        <comment>models.role-best</comment>
        <translation>O melhor para este computador</translation>
    </message>
    <message>
        <source>The most capable model that runs well here; it takes a while to load.</source>
        <comment>models.role-best-about</comment>
        <translation>O modelo mais capaz que roda bem aqui; ele demora um pouco para carregar.</translation>
    </message>
    <message>
        <source>Your computer has {cores} processor core and {memory} of memory, and no graphics card Hearth can use: models up to about {in_memory} run here, and small ones feel fastest.</source>
        <comment>models.summary-no-card-one-core</comment>
        <translation>Seu computador tem {cores} núcleo de processador e {memory} de memória, e nenhuma placa de vídeo que o Hearth possa usar: modelos de até cerca de {in_memory} rodam aqui, e os pequenos parecem mais rápidos.</translation>
    </message>
    <message>
        <source>Your computer has {cores} processor cores and {memory} of memory, and no graphics card Hearth can use: models up to about {in_memory} run here, and small ones feel fastest.</source>
        <comment>models.summary-no-card</comment>
        <translation>Seu computador tem {cores} núcleos de processador e {memory} de memória, e nenhuma placa de vídeo que o Hearth possa usar: modelos de até cerca de {in_memory} rodam aqui, e os pequenos parecem mais rápidos.</translation>
    </message>
    <message>
        <source>Your {gpu} shares its {memory} of memory with the graphics chip: models up to about {on_gpu} run on it at full speed.</source>
        <comment>models.summary-shared-memory</comment>
        <translation>Sua {gpu} compartilha os {memory} de memória com o chip gráfico: modelos de até cerca de {on_gpu} rodam nela a toda velocidade.</translation>
    </message>
    <message>
        <source>Your {gpu} runs models up to about {on_gpu} at full speed, and larger ones up to about {in_memory} more slowly with help from the processor.</source>
        <comment>models.summary-card</comment>
        <translation>Sua {gpu} roda modelos de até cerca de {on_gpu} a toda velocidade, e maiores, de até cerca de {in_memory}, mais devagar com ajuda do processador.</translation>
    </message>
    <message>
        <source>Your {count} graphics cards run models up to about {on_gpu} at full speed, and larger ones up to about {in_memory} more slowly with help from the processor.</source>
        <comment>models.summary-cards</comment>
        <translation>Suas {count} placas de vídeo rodam modelos de até cerca de {on_gpu} a toda velocidade, e maiores, de até cerca de {in_memory}, mais devagar com ajuda do processador.</translation>
    </message>
    <message>
        <source>This model file is damaged: a text field in its header has an impossible size.</source>
        <comment>models.damaged-text-field</comment>
        <translation>Este arquivo de modelo está danificado: um campo de texto do cabeçalho tem um tamanho impossível.</translation>
    </message>
    <message>
        <source>This file is not a GGUF model (it does not start like one).</source>
        <comment>models.not-gguf</comment>
        <translation>Este arquivo não é um modelo GGUF (não começa como um).</translation>
    </message>
    <message>
        <source>This model file uses GGUF version {version}, which Hearth cannot read.</source>
        <comment>models.gguf-version-unknown</comment>
        <translation>Este arquivo de modelo usa a versão {version} do GGUF, que o Hearth não consegue ler.</translation>
    </message>
    <message>
        <source>This model file is damaged: its header counts are impossible.</source>
        <comment>models.damaged-counts</comment>
        <translation>Este arquivo de modelo está danificado: as contagens do cabeçalho são impossíveis.</translation>
    </message>
    <message>
        <source>This model file is damaged: a tensor has an impossible shape.</source>
        <comment>models.damaged-tensor</comment>
        <translation>Este arquivo de modelo está danificado: um tensor tem um formato impossível.</translation>
    </message>
    <message>
        <source>This model file is damaged or of a kind Hearth does not know.</source>
        <comment>models.damaged-or-unknown</comment>
        <translation>Este arquivo de modelo está danificado ou é de um tipo que o Hearth não conhece.</translation>
    </message>
    <message>
        <source>This model file is damaged: its data alignment is impossible.</source>
        <comment>models.damaged-alignment</comment>
        <translation>Este arquivo de modelo está danificado: o alinhamento dos dados é impossível.</translation>
    </message>
    <message>
        <source>This model file is cut short: it ends inside its header. Download it again.</source>
        <comment>models.file-cut-short</comment>
        <translation>Este arquivo de modelo está incompleto: ele termina dentro do cabeçalho. Baixe-o de novo.</translation>
    </message>
    <message>
        <source>This model file&apos;s header is larger than any real model&apos;s.</source>
        <comment>models.header-too-large</comment>
        <translation>O cabeçalho deste arquivo de modelo é maior que o de qualquer modelo real.</translation>
    </message>
    <message>
        <source>Hearth could not read {name}: {strerror}.</source>
        <comment>models.file-unreadable</comment>
        <translation>O Hearth não conseguiu ler {name}: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is incomplete: it is {file_size:,} bytes but its header describes {described:,}. Download it again.</source>
        <comment>models.file-incomplete</comment>
        <translation>{name} está incompleto: tem {file_size:,} bytes, mas o cabeçalho descreve {described:,}. Baixe-o de novo.</translation>
    </message>
    <message>
        <source>Chat and write</source>
        <comment>models.goal-chat</comment>
        <translation>Conversar e escrever</translation>
    </message>
    <message>
        <source>Write and explain code</source>
        <comment>models.goal-code</comment>
        <translation>Escrever e explicar código</translation>
    </message>
    <message>
        <source>Solve problems step by step</source>
        <comment>models.goal-reasoning</comment>
        <translation>Resolver problemas passo a passo</translation>
    </message>
    <message>
        <source>Ask about pictures</source>
        <comment>models.goal-vision</comment>
        <translation>Perguntar sobre imagens</translation>
    </message>
    <message>
        <source>Transcribe recordings</source>
        <comment>models.goal-speech</comment>
        <translation>Transcrever gravações</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <comment>models.damaged-header</comment>
        <translation>{name} está com o cabeçalho danificado.</translation>
    </message>
    <message>
        <source>No model Hearth can use was found in {name}.{reason}</source>
        <comment>models.import-no-model-found</comment>
        <translation>Nenhum modelo que o Hearth possa usar foi encontrado em {name}.{reason}</translation>
    </message>
    <message>
        <source>{name} was not imported: there is no such file or folder.</source>
        <comment>models.import-nothing-there</comment>
        <translation>{name} não foi importado: esse arquivo ou pasta não existe.</translation>
    </message>
    <message>
        <source>{name} belongs to you or another app, so Hearth does not delete it; hide it instead.</source>
        <comment>models.not-hearths-to-delete</comment>
        <translation>{name} pertence a você ou a outro app, então o Hearth não o exclui; oculte-o em vez disso.</translation>
    </message>
    <message>
        <source>{name} has already been removed.</source>
        <comment>models.already-removed</comment>
        <translation>{name} já foi removido.</translation>
    </message>
    <message>
        <source>{name} is a speech model; only chat models take a vision companion.</source>
        <comment>models.companion-for-speech-model</comment>
        <translation>{name} é um modelo de fala; só modelos de chat aceitam um complemento de visão.</translation>
    </message>
    <message>
        <source>{name} is not a vision companion Hearth can use. {message}</source>
        <comment>models.companion-unusable</comment>
        <translation>{name} não é um complemento de visão que o Hearth possa usar. {message}</translation>
    </message>
    <message>
        <source>{name} is not a vision companion. Choose the model&apos;s mmproj file (its name usually starts with “mmproj”).</source>
        <comment>models.not-a-companion</comment>
        <translation>{name} não é um complemento de visão. Escolha o arquivo mmproj do modelo (o nome dele costuma começar com “mmproj”).</translation>
    </message>
    <message>
        <source>{name} is a companion for sound, not for images.</source>
        <comment>models.companion-for-sound</comment>
        <translation>{name} é um complemento para som, não para imagens.</translation>
    </message>
    <message>
        <source>{name} was downloaded by Hearth: delete it to free its space.</source>
        <comment>models.delete-instead</comment>
        <translation>{name} foi baixado pelo Hearth: exclua-o para liberar o espaço dele.</translation>
    </message>
    <message>
        <source>{name} was not imported. {reason}</source>
        <comment>models.not-imported</comment>
        <translation>{name} não foi importado. {reason}</translation>
    </message>
    <message>
        <source>Its header is damaged: the number of parts it declares is not a number.</source>
        <comment>models.split-count-damaged</comment>
        <translation>O cabeçalho está danificado: o número de partes que ele declara não é um número.</translation>
    </message>
    <message>
        <source>{name} was not imported: there is no such file.</source>
        <comment>models.import-no-file</comment>
        <translation>{name} não foi importado: esse arquivo não existe.</translation>
    </message>
    <message>
        <source>It is one of {count} parts of a split model and {missing} is missing; put all the parts in one folder and import again.</source>
        <comment>models.split-part-missing</comment>
        <translation>É uma de {count} partes de um modelo dividido e {missing} está faltando; coloque todas as partes numa mesma pasta e importe de novo.</translation>
    </message>
    <message>
        <source>{name} is a vision companion (mmproj), not a model on its own. Import the model file beside it; Hearth pairs the two.</source>
        <comment>models.projector-not-model</comment>
        <translation>{name} é um complemento de visão (mmproj), não um modelo por si só. Importe o arquivo do modelo que está junto dele; o Hearth combina os dois.</translation>
    </message>
    <message>
        <source>Its header says the model has {header} parts, but its name says {named}.</source>
        <comment>models.split-count</comment>
        <translation>O cabeçalho diz que o modelo tem {header} partes, mas o nome diz {named}.</translation>
    </message>
    <message>
        <source>{name} was not imported: a faster-whisper model folder holds model.bin and config.json.</source>
        <comment>models.import-not-whisper</comment>
        <translation>{name} não foi importado: a pasta de um modelo faster-whisper contém model.bin e config.json.</translation>
    </message>
    <message>
        <source>{name} was not imported: its config.json is damaged.</source>
        <comment>models.import-config-damaged</comment>
        <translation>{name} não foi importado: o config.json dele está danificado.</translation>
    </message>
    <message>
        <source>{name} was not imported: its config.json or model.bin is damaged.</source>
        <comment>models.import-whisper-damaged</comment>
        <translation>{name} não foi importado: o config.json ou o model.bin dele está danificado.</translation>
    </message>
</context>
<context>
    <name>ModelsFolderSettings</name>
    <message>
        <source>Models folder</source>
        <translation>Pasta de modelos</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Alterar…</translation>
    </message>
    <message>
        <source>Change the models folder</source>
        <translation>Alterar a pasta de modelos</translation>
    </message>
    <message>
        <source>Choose another folder for models you download from now on</source>
        <translation>Escolher outra pasta para os modelos que você baixar daqui em diante</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Open the models folder</source>
        <translation>Abrir a pasta de modelos</translation>
    </message>
    <message>
        <source>Show this folder in your file manager</source>
        <translation>Mostrar esta pasta no gerenciador de arquivos</translation>
    </message>
    <message>
        <source>Use the usual folder</source>
        <translation>Usar a pasta padrão</translation>
    </message>
    <message>
        <source>Use the usual models folder</source>
        <translation>Usar a pasta de modelos padrão</translation>
    </message>
    <message>
        <source>You chose this folder. Models downloaded before you changed it stay where they were.</source>
        <translation>Você escolheu esta pasta. Modelos baixados antes da mudança ficam onde estavam.</translation>
    </message>
    <message>
        <source>Hearth&apos;s usual folder for models. Choose another one if this disk is short of space.</source>
        <translation>A pasta padrão do Hearth para modelos. Escolha outra se este disco estiver com pouco espaço.</translation>
    </message>
    <message>
        <source>Choose where Hearth keeps models</source>
        <translation>Escolha onde o Hearth guarda os modelos</translation>
    </message>
</context>
<context>
    <name>MyModelsPage</name>
    <message>
        <source>My Models</source>
        <translation>Meus modelos</translation>
    </message>
    <message>
        <source>Add model file…</source>
        <translation>Adicionar arquivo de modelo…</translation>
    </message>
    <message>
        <source>Add model file</source>
        <translation>Adicionar arquivo de modelo</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message>
        <source>Add every model in a folder</source>
        <translation>Adicionar todos os modelos de uma pasta</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>Modelos neste computador</translation>
    </message>
    <message>
        <source>Models on this computer: the ones Hearth downloaded, the ones you added, and the ones other apps (LM Studio, Ollama, GPT4All) already have — used where they are, never copied. Drop a .gguf file anywhere on the window to add it.</source>
        <translation>Modelos neste computador: os que o Hearth baixou, os que você adicionou e os que outros apps (LM Studio, Ollama, GPT4All) já têm — usados onde estão, nunca copiados. Solte um arquivo .gguf em qualquer lugar da janela para adicioná-lo.</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Procurando modelos…</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Verificando os arquivos…</translation>
    </message>
    <message numerus="yes">
        <source>%n models on this computer.</source>
        <translation>
            <numerusform>%n modelo neste computador.</numerusform>
            <numerusform>%n modelos neste computador.</numerusform>
        </translation>
    </message>
    <message>
        <source>No models yet. Download one from Discover, or add a file.</source>
        <translation>Nenhum modelo ainda. Baixe um em Descobrir, ou adicione um arquivo.</translation>
    </message>
    <message>
        <source>Some files were not added. {reasons}</source>
        <translation>Alguns arquivos não foram adicionados. {reasons}</translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation>Adicionar arquivos de modelo</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Excluir modelo</translation>
    </message>
    <message>
        <source>Delete {model} ({size}) from this computer? You can download it again later.</source>
        <translation>Excluir {model} ({size}) deste computador? Você pode baixá-lo de novo depois.</translation>
    </message>
    <message>
        <source>Vision companion for {model}</source>
        <translation>Complemento de visão para {model}</translation>
    </message>
    <message>
        <source>Vision companions (*.gguf)</source>
        <translation>Complementos de visão (*.gguf)</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Opened from a Hugging Face link: {repository} ({file}). Nothing is downloaded until you choose to.</source>
        <translation>Aberto a partir de um link do Hugging Face: {repository} ({file}). Nada é baixado até você decidir.</translation>
    </message>
    <message>
        <source>Opened from a Hugging Face link: {repository}. Nothing is downloaded until you choose to.</source>
        <translation>Aberto a partir de um link do Hugging Face: {repository}. Nada é baixado até você decidir.</translation>
    </message>
</context>
<context>
    <name>OfflineSettings</name>
    <message>
        <source>Offline mode</source>
        <translation>Modo offline</translation>
    </message>
    <message>
        <source>Offline mode — Hearth makes no network connection at all</source>
        <translation>Modo offline — o Hearth não faz nenhuma conexão de rede</translation>
    </message>
    <message>
        <source>Models you already have keep working. To download a model or check a token, turn it off again.</source>
        <translation>Os modelos que você já tem continuam funcionando. Para baixar um modelo ou verificar um token, desative-o de novo.</translation>
    </message>
</context>
<context>
    <name>OpenAI</name>
    <message>
        <source>{param} has a call without a function name.</source>
        <comment>openai.call-without-name</comment>
        <translation>{param} tem uma chamada sem nome de função.</translation>
    </message>
    <message>
        <source>{param} has arguments that are not JSON.</source>
        <comment>openai.arguments-not-json</comment>
        <translation>{param} tem argumentos que não são JSON.</translation>
    </message>
    <message>
        <source>{param} has arguments that are not a JSON object.</source>
        <comment>openai.arguments-not-object</comment>
        <translation>{param} tem argumentos que não são um objeto JSON.</translation>
    </message>
    <message>
        <source>{param} must be an object with a role and content.</source>
        <comment>openai.message-not-object</comment>
        <translation>{param} deve ser um objeto com um papel (role) e um conteúdo.</translation>
    </message>
    <message>
        <source>{param} has the role {role!r}; a role is one of {roles}.</source>
        <comment>openai.unknown-role</comment>
        <translation>{param} tem o papel {role!r}; um papel é um destes: {roles}.</translation>
    </message>
    <message>
        <source>{param}.content has a part that is neither text nor an image.</source>
        <comment>openai.content-part-unknown</comment>
        <translation>{param}.content tem uma parte que não é nem texto nem imagem.</translation>
    </message>
    <message>
        <source>{param}: only a user&apos;s message can carry images.</source>
        <comment>openai.images-not-from-user</comment>
        <translation>{param}: só uma mensagem do usuário pode trazer imagens.</translation>
    </message>
    <message>
        <source>{param}.content has a text part without text.</source>
        <comment>openai.text-part-empty</comment>
        <translation>{param}.content tem uma parte de texto sem texto.</translation>
    </message>
    <message>
        <source>{param} has no content.</source>
        <comment>openai.no-content</comment>
        <translation>{param} não tem conteúdo.</translation>
    </message>
    <message>
        <source>{param}.content must be text or a list of parts.</source>
        <comment>openai.content-not-text</comment>
        <translation>{param}.content deve ser texto ou uma lista de partes.</translation>
    </message>
    <message>
        <source>{param}.tool_calls must be a list.</source>
        <comment>openai.tool-calls-not-list</comment>
        <translation>{param}.tool_calls deve ser uma lista.</translation>
    </message>
    <message>
        <source>{param}.tool_call_id must be text.</source>
        <comment>openai.tool-call-id-not-text</comment>
        <translation>{param}.tool_call_id deve ser texto.</translation>
    </message>
    <message>
        <source>{param} has an image_url without a url.</source>
        <comment>openai.image-url-empty</comment>
        <translation>{param} tem um image_url sem url.</translation>
    </message>
    <message>
        <source>{param} has an image given by its address; Hearth never fetches anything from the network (nothing leaves this computer), so send the picture itself as a data URL (data:image/png;base64,…).</source>
        <comment>openai.image-by-address</comment>
        <translation>{param} tem uma imagem indicada pelo endereço; o Hearth nunca busca nada na rede (nada sai deste computador), então envie a própria imagem como data URL (data:image/png;base64,…).</translation>
    </message>
    <message>
        <source>{param} has an image that is not a base64 data URL (data:image/png;base64,…); Hearth never fetches images from the network.</source>
        <comment>openai.image-not-data-url</comment>
        <translation>{param} tem uma imagem que não é uma data URL em base64 (data:image/png;base64,…); o Hearth nunca busca imagens na rede.</translation>
    </message>
    <message>
        <source>{param} has an image whose base64 data is damaged.</source>
        <comment>openai.image-damaged</comment>
        <translation>{param} tem uma imagem cujos dados base64 estão danificados.</translation>
    </message>
    <message>
        <source>{param}: {message}</source>
        <comment>openai.image-refused</comment>
        <translation>{param}: {message}</translation>
    </message>
    <message>
        <source>A streamed event was not a JSON object.</source>
        <comment>openai.not-json</comment>
        <translation>Um evento recebido por streaming não era um objeto JSON.</translation>
    </message>
    <message>
        <source>This JSON schema cannot be enforced: {problem}. Hearth refuses it rather than ignore it.</source>
        <comment>openai.schema-unenforceable</comment>
        <translation>Este esquema JSON não pode ser aplicado: {problem}. O Hearth o recusa em vez de ignorá-lo.</translation>
    </message>
    <message>
        <source>This JSON schema cannot be enforced: llama.cpp could not read the grammar written for it. Hearth refuses it rather than ignore it.</source>
        <comment>openai.grammar-unreadable</comment>
        <translation>Este esquema JSON não pode ser aplicado: o llama.cpp não conseguiu ler a gramática escrita para ele. O Hearth o recusa em vez de ignorá-lo.</translation>
    </message>
    <message>
        <source>A streamed tool call came without a function name.</source>
        <comment>openai.streamed-call-without-name</comment>
        <translation>Uma chamada de ferramenta recebida por streaming veio sem nome de função.</translation>
    </message>
</context>
<context>
    <name>PageScroll</name>
    <message>
        <source>Scrollable content</source>
        <translation>Conteúdo rolável</translation>
    </message>
</context>
<context>
    <name>PickCard</name>
    <message>
        <source>{role}. {facts}. {verdict}</source>
        <translation>{role}. {facts}. {verdict}</translation>
    </message>
    <message>
        <source>{size} download</source>
        <translation>Download de {size}</translation>
    </message>
    <message>
        <source>{licence}, business use allowed</source>
        <translation>{licence}, uso comercial permitido</translation>
    </message>
    <message>
        <source>{licence} licence, business use allowed</source>
        <translation>Licença {licence}, uso comercial permitido</translation>
    </message>
    <message>
        <source>{licence}, not for business use</source>
        <translation>{licence}, uso comercial não permitido</translation>
    </message>
    <message>
        <source>{licence} licence, not for business use</source>
        <translation>Licença {licence}, uso comercial não permitido</translation>
    </message>
    <message>
        <source>{reason} Expected speed: {speed}.</source>
        <translation>{reason} Velocidade esperada: {speed}.</translation>
    </message>
</context>
<context>
    <name>PicksScreen</name>
    <message>
        <source>A model that fits</source>
        <translation>Um modelo que cabe</translation>
    </message>
    <message>
        <source>Two models that fit</source>
        <translation>Dois modelos que cabem</translation>
    </message>
    <message>
        <source>Three models that fit</source>
        <translation>Três modelos que cabem</translation>
    </message>
    <message>
        <source>Browse all models instead</source>
        <translation>Ver todos os modelos</translation>
    </message>
    <message>
        <source>Models that fit</source>
        <translation>Modelos que cabem</translation>
    </message>
    <message>
        <source>Nothing fits yet</source>
        <translation>Nada cabe ainda</translation>
    </message>
    <message>
        <source>No chat model in the catalog runs well on this computer as it is now. Close other programs to free memory and look again on the Hardware page, or browse every model.</source>
        <translation>Nenhum modelo de chat do catálogo roda bem neste computador como ele está agora. Feche outros programas para liberar memória e verifique de novo na página Hardware, ou veja todos os modelos.</translation>
    </message>
    <message>
        <source>Each of these runs on this computer. Pick one to download; you can add others later.</source>
        <translation>Cada um destes roda neste computador. Escolha um para baixar; você pode adicionar outros depois.</translation>
    </message>
</context>
<context>
    <name>PromptCacheSettings</name>
    <message>
        <source>Coming back to conversations</source>
        <translation>Voltar às conversas</translation>
    </message>
    <message>
        <source>Memory to use</source>
        <translation>Memória a usar</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligada</translation>
    </message>
    <message>
        <source>Memory for coming back to conversations</source>
        <translation>Memória para voltar às conversas</translation>
    </message>
    <message>
        <source>Less than the size above for now: the models that are loaded need the rest of the memory.</source>
        <translation>Por enquanto, menos que o tamanho acima: os modelos carregados precisam do resto da memória.</translation>
    </message>
    <message>
        <source>Hearth keeps what a model has already read of your recent conversations in memory, so when you come back to one it answers at once instead of reading it all again. When a model needs the memory, this gives way first. Long conversations are also kept on disk, up to the same size, so they come back at once after Hearth was closed too.</source>
        <translation>O Hearth guarda na memória o que um modelo já leu das suas conversas recentes, então, quando você volta a uma delas, ele responde na hora em vez de ler tudo de novo. Quando um modelo precisa da memória, isto cede primeiro. Conversas longas também ficam guardadas no disco, até o mesmo tamanho, para voltarem na hora mesmo depois de fechar o Hearth.</translation>
    </message>
    <message>
        <source>Down to Off, nothing is kept, in memory or on disk: a conversation is read again from the start each time you come back to it.</source>
        <translation>Em Desligada nada é guardado, nem na memória nem no disco: uma conversa é lida de novo desde o início toda vez que você volta a ela.</translation>
    </message>
    <message numerus="yes">
        <source>On disk for after a restart: %n conversations, {size}.</source>
        <translation>
            <numerusform>No disco para depois de reiniciar: %n conversa, {size}.</numerusform>
            <numerusform>No disco para depois de reiniciar: %n conversas, {size}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Off: nothing is kept in memory or on disk.</source>
        <translation>Desligada: nada é guardado, nem na memória nem no disco.</translation>
    </message>
    <message>
        <source>Empty now. It fills as you talk with a model, up to {size} as memory allows.</source>
        <translation>Vazia agora. Ela se enche enquanto você conversa com um modelo, até {size}, se a memória permitir.</translation>
    </message>
    <message>
        <source>Empty now. It may hold up to {size}.</source>
        <translation>Vazia agora. Pode guardar até {size}.</translation>
    </message>
    <message numerus="yes">
        <source>Now holding %n conversations: {tokens}, {size} of at most {limit}.</source>
        <translation>
            <numerusform>Guardando agora %n conversa: {tokens}, {size} de no máximo {limit}.</numerusform>
            <numerusform>Guardando agora %n conversas: {tokens}, {size} de no máximo {limit}.</numerusform>
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
    <message>
        <source>Prompt (write {{name}} for a value that changes from case to case)</source>
        <translation>Prompt (escreva {{name}} para um valor que muda de caso para caso)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>What to ask each model, such as: What is the capital of {{country}}?</source>
        <translation>O que perguntar a cada modelo, como: Qual é a capital de {{country}}?</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>A short name for it in the tables (optional)</source>
        <translation>Um nome curto para ele nas tabelas (opcional)</translation>
    </message>
    <message>
        <source>Checks: the reply…</source>
        <translation>Verificações: a resposta…</translation>
    </message>
    <message>
        <source>Add a check</source>
        <translation>Adicionar verificação</translation>
    </message>
    <message>
        <source>It passes when</source>
        <translation>Passa quando</translation>
    </message>
    <message>
        <source>every check passes</source>
        <translation>todas as verificações passam</translation>
    </message>
    <message>
        <source>the score is at least</source>
        <translation>a pontuação é pelo menos</translation>
    </message>
    <message>
        <source>When the prompt passes</source>
        <translation>Quando o prompt passa</translation>
    </message>
    <message>
        <source>The score it needs, from 0 to 1</source>
        <translation>A pontuação necessária, de 0 a 1</translation>
    </message>
    <message>
        <source>The weighted share of checks that pass, from 0 to 1</source>
        <translation>A fração ponderada de verificações que passam, de 0 a 1</translation>
    </message>
    <message>
        <source>Try on a sample reply</source>
        <translation>Testar numa resposta de exemplo</translation>
    </message>
    <message>
        <source>A sample reply to try the checks on</source>
        <translation>Uma resposta de exemplo para testar as verificações</translation>
    </message>
    <message>
        <source>Paste or write a reply here to see which checks it passes.</source>
        <translation>Cole ou escreva uma resposta aqui para ver em quais verificações ela passa.</translation>
    </message>
    <message numerus="yes">
        <source>The model is offered %n tool(s), kept as the file gives them: </source>
        <translation>
            <numerusform>O modelo recebe %n ferramenta, mantida como o arquivo a fornece: </numerusform>
            <numerusform>O modelo recebe %n ferramentas, mantidas como o arquivo as fornece: </numerusform>
        </translation>
    </message>
    <message>
        <source>This reply passes</source>
        <translation>Esta resposta passa</translation>
    </message>
    <message>
        <source>This reply fails</source>
        <translation>Esta resposta falha</translation>
    </message>
    <message>
        <source> (with the chosen row: {values})</source>
        <translation> (com a linha escolhida: {values})</translation>
    </message>
    <message>
        <source>{verdict}: {passed} of {counted} checks, score {score}{row}.</source>
        <translation>{verdict}: {passed} de {counted} verificações, pontuação {score}{row}.</translation>
    </message>
</context>
<context>
    <name>PromptSetsPanel</name>
    <message>
        <source>New set…</source>
        <translation>Novo conjunto…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Add prompt</source>
        <translation>Adicionar prompt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Run the set</source>
        <translation>Executar o conjunto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Prompt set run progress</source>
        <translation>Progresso da execução do conjunto de prompts</translation>
    </message>
    <message>
        <source>Time left in the run</source>
        <translation>Tempo restante da execução</translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation>Mostrar os resultados</translation>
    </message>
    <message>
        <source>Show the run&apos;s results on the Leaderboard</source>
        <translation>Mostrar os resultados da execução no Ranking</translation>
    </message>
    <message>
        <source>The replies side by side, to vote on, and the leaderboard</source>
        <translation>As respostas lado a lado, para votar, e o ranking</translation>
    </message>
    <message>
        <source>Prompt set</source>
        <translation>Conjunto de prompts</translation>
    </message>
    <message>
        <source>Prompts of the set</source>
        <translation>Prompts do conjunto</translation>
    </message>
    <message>
        <source>Double-click a prompt, or press F2, to edit it</source>
        <translation>Clique duas vezes em um prompt, ou pressione F2, para editá-lo</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>iniciando…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>faltam cerca de {seconds} s</translation>
    </message>
    <message>
        <source>Stopped at {done} of {total}</source>
        <translation>Parado em {done} de {total}</translation>
    </message>
    <message>
        <source>New prompt set</source>
        <translation>Novo conjunto de prompts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>Importar prompts</translation>
    </message>
    <message>
        <source>Prompts (*.txt *.jsonl)</source>
        <translation>Prompts (*.txt *.jsonl)</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>Exportar prompts</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Adicionar prompt</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>{name} no longer offers the model “{model}”. Choose another of its models.</source>
        <comment>providers.model-gone</comment>
        <translation>{name} não oferece mais o modelo “{model}”. Escolha outro dos modelos dele.</translation>
    </message>
    <message>
        <source>{name} stopped the reply with an error: {error_text}</source>
        <comment>providers.stopped-reply-error</comment>
        <translation>{name} interrompeu a resposta com um erro: {error_text}</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) was lost in the middle of the reply; what arrived is kept.</source>
        <comment>providers.lost-mid-reply</comment>
        <translation>A conexão com {name} ({host}) caiu no meio da resposta; o que chegou foi mantido.</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) was lost before it answered.</source>
        <comment>providers.lost-before-answer</comment>
        <translation>A conexão com {name} ({host}) caiu antes de ele responder.</translation>
    </message>
    <message>
        <source>The reply reached the longest length asked for and was cut there.</source>
        <comment>providers.reply-cut-at-length</comment>
        <translation>A resposta atingiu o comprimento máximo pedido e foi cortada ali.</translation>
    </message>
    <message>
        <source>{problem} What arrived before is kept.</source>
        <comment>providers.arrived-kept</comment>
        <translation>{problem} O que chegou antes foi mantido.</translation>
    </message>
    <message>
        <source>{name}&apos;s model asked for a tool in a way Hearth cannot read ({message}); what arrived before is kept.</source>
        <comment>providers.unreadable-tool-call</comment>
        <translation>O modelo de {name} pediu uma ferramenta de um jeito que o Hearth não consegue ler ({message}); o que chegou antes foi mantido.</translation>
    </message>
    <message>
        <source>{url} answered, but not as an OpenAI-compatible API does. Check the address and port: Ollama listens on 11434, LM Studio on 1234, llama-server on 8080, vLLM on 8000.</source>
        <comment>providers.not-openai-compatible</comment>
        <translation>{url} respondeu, mas não como uma API compatível com a OpenAI responde. Verifique o endereço e a porta: o Ollama escuta na 11434, o LM Studio na 1234, o llama-server na 8080 e o vLLM na 8000.</translation>
    </message>
    <message>
        <source>{name} refused the key (error {status}). Check the key and add it again.</source>
        <comment>providers.key-refused-by-server</comment>
        <translation>{name} recusou a chave (erro {status}). Verifique a chave e adicione-o de novo.</translation>
    </message>
    <message>
        <source>{name} asks for a key (error {status}), and the key you gave it was not kept: this computer has no password store. Remove {name} and add it again with its key, choosing to keep the key in a file only you can read (“Keep the key in a file” in Settings, or --store-key-in-file).</source>
        <comment>providers.key-not-kept</comment>
        <translation>{name} pede uma chave (erro {status}), e a chave que você informou não foi guardada: este computador não tem cofre de senhas. Remova {name} e adicione-o de novo com a chave, escolhendo guardá-la num arquivo que só você pode ler (“Guardar a chave num arquivo” nas Configurações, ou --store-key-in-file).</translation>
    </message>
    <message>
        <source>{name} asks for a key (error {status}). Add it again with its key.</source>
        <comment>providers.key-refused</comment>
        <translation>{name} pede uma chave (erro {status}). Adicione-o de novo com a chave.</translation>
    </message>
    <message>
        <source>{name} could not take the pictures (error {status}): this model may not see images. {said}</source>
        <comment>providers.pictures-refused-said</comment>
        <translation>{name} não conseguiu receber as imagens (erro {status}): talvez este modelo não enxergue imagens. {said}</translation>
    </message>
    <message>
        <source>{name} could not take the pictures (error {status}): this model may not see images.</source>
        <comment>providers.pictures-refused</comment>
        <translation>{name} não conseguiu receber as imagens (erro {status}): talvez este modelo não enxergue imagens.</translation>
    </message>
    <message>
        <source>{name} could not answer with this model (error {status}). It may not be a model for chat (one for speech or for searching documents, say): choose another model.</source>
        <comment>providers.answer-model-error</comment>
        <translation>{name} não conseguiu responder com este modelo (erro {status}). Talvez não seja um modelo de chat (e sim de fala ou de pesquisa em documentos, por exemplo): escolha outro modelo.</translation>
    </message>
    <message>
        <source>{name} had a problem answering (error {status}). {said}</source>
        <comment>providers.answer-failed-said</comment>
        <translation>{name} teve um problema ao responder (erro {status}). {said}</translation>
    </message>
    <message>
        <source>{name} had a problem answering (error {status}).</source>
        <comment>providers.answer-failed</comment>
        <translation>{name} teve um problema ao responder (erro {status}).</translation>
    </message>
    <message>
        <source> The server seems to speak plain http: try the address with http://.</source>
        <comment>providers.tls-plain-http</comment>
        <translation> O servidor parece usar http simples: tente o endereço com http://.</translation>
    </message>
    <message>
        <source> Its certificate is not one this computer trusts.</source>
        <comment>providers.tls-untrusted</comment>
        <translation> O certificado dele não é um em que este computador confia.</translation>
    </message>
    <message>
        <source>The secure connection to {name} ({host}) failed.{hint}</source>
        <comment>providers.tls-problem</comment>
        <translation>A conexão segura com {name} ({host}) falhou.{hint}</translation>
    </message>
    <message>
        <source>connect</source>
        <comment>providers.timed-out-connecting</comment>
        <translation>conectar</translation>
    </message>
    <message>
        <source>answer</source>
        <comment>providers.timed-out-answering</comment>
        <translation>responder</translation>
    </message>
    <message>
        <source>{name} ({host}) took too long to {what}. Check that the computer is on and the server running.</source>
        <comment>providers.server-timed-out</comment>
        <translation>{name} ({host}) demorou demais para {what}. Verifique se o computador está ligado e o servidor em execução.</translation>
    </message>
    <message>
        <source>No computer called {host} can be found. Check the address.</source>
        <comment>providers.host-not-found</comment>
        <translation>Nenhum computador chamado {host} foi encontrado. Verifique o endereço.</translation>
    </message>
    <message>
        <source>Nothing answers at {host}: the server is not running there, or listens on another port or only to itself (Ollama: OLLAMA_HOST=0.0.0.0; llama-server and vLLM: --host 0.0.0.0).</source>
        <comment>providers.connection-refused</comment>
        <translation>Nada responde em {host}: o servidor não está em execução lá, ou escuta em outra porta ou só para si mesmo (Ollama: OLLAMA_HOST=0.0.0.0; llama-server e vLLM: --host 0.0.0.0).</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) failed.</source>
        <comment>providers.connection-lost</comment>
        <translation>A conexão com {name} ({host}) falhou.</translation>
    </message>
    <message>
        <source>It said: {text}</source>
        <comment>providers.it-said</comment>
        <translation>Ele disse: {text}</translation>
    </message>
    <message>
        <source>A name for another computer is 1 to 40 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit (not “{name}”).</source>
        <comment>providers.bad-address</comment>
        <translation>O nome de outro computador tem de 1 a 40 letras, algarismos, espaços, pontos, hifens ou sublinhados, começando com uma letra ou um algarismo (não “{name}”).</translation>
    </message>
    <message>
        <source>“{url}” is not a web address Hearth can use. Give it as http://HOST:PORT (for example http://192.168.1.20:11434 for Ollama), or https:// when the server has a certificate.</source>
        <comment>providers.bad-url</comment>
        <translation>“{url}” não é um endereço da web que o Hearth possa usar. Informe-o como http://HOST:PORTA (por exemplo, http://192.168.1.20:11434 para o Ollama), ou https:// quando o servidor tiver um certificado.</translation>
    </message>
    <message>
        <source>Put the key in the key field, not in the address.</source>
        <comment>providers.key-in-address</comment>
        <translation>Coloque a chave no campo da chave, não no endereço.</translation>
    </message>
    <message>
        <source>No other computer called “{name}” was added; `hearth remote list` shows the ones that are.</source>
        <comment>providers.unknown-provider</comment>
        <translation>Nenhum outro computador chamado “{name}” foi adicionado; `hearth remote list` mostra os que foram.</translation>
    </message>
    <message>
        <source>There is already another computer called “{name}”.</source>
        <comment>providers.provider-exists</comment>
        <translation>Já existe outro computador chamado “{name}”.</translation>
    </message>
    <message>
        <source>No other computer called “{name}” was added.</source>
        <comment>providers.unknown-provider-short</comment>
        <translation>Nenhum outro computador chamado “{name}” foi adicionado.</translation>
    </message>
    <message>
        <source>No other computer called “{old}” was added.</source>
        <comment>providers.unknown-provider-old</comment>
        <translation>Nenhum outro computador chamado “{old}” foi adicionado.</translation>
    </message>
    <message>
        <source>There is already another computer called “{new}”.</source>
        <comment>providers.provider-exists-new</comment>
        <translation>Já existe outro computador chamado “{new}”.</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth does not use other computers&apos; models. Turn it off in Settings to use them.</source>
        <comment>providers.offline</comment>
        <translation>O modo offline está ativado, então o Hearth não usa modelos de outros computadores. Desative-o nas Configurações para usá-los.</translation>
    </message>
    <message>
        <source>A name cannot contain “/”.</source>
        <comment>providers.name-with-slash</comment>
        <translation>Um nome não pode conter “/”.</translation>
    </message>
    <message>
        <source>{name} does not offer a model called “{model}”. It offers: {models}.</source>
        <comment>providers.offers</comment>
        <translation>{name} não oferece nenhum modelo chamado “{model}”. Ele oferece: {models}.</translation>
    </message>
    <message>
        <source>{name} does not offer a model called “{model}”. It offers: none.</source>
        <comment>providers.offers-none</comment>
        <translation>{name} não oferece nenhum modelo chamado “{model}”. Ele não oferece nenhum.</translation>
    </message>
</context>
<context>
    <name>QuantRowView</name>
    <message>
        <source>Download size</source>
        <translation>Tamanho do download</translation>
    </message>
    <message>
        <source>Expected speed: {speed}.</source>
        <translation>Velocidade esperada: {speed}.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <source>Download {quant}</source>
        <translation>Baixar {quant}</translation>
    </message>
    <message>
        <source>Download {size} into your models folder</source>
        <translation>Baixar {size} para sua pasta de modelos</translation>
    </message>
    <message>
        <source>{quant}, {size}, {verdict}</source>
        <translation>{quant}, {size}, {verdict}</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendada</translation>
    </message>
    <message>
        <source>Original precision</source>
        <translation>Precisão original</translation>
    </message>
    <message>
        <source>{have} of {count} parts</source>
        <translation>{have} de {count} partes</translation>
    </message>
    <message>
        <source>Incomplete: {parts}</source>
        <translation>Incompleta: {parts}</translation>
    </message>
    <message>
        <source>With vision</source>
        <translation>Com visão</translation>
    </message>
    <message>
        <source>Rough: judged by size only</source>
        <translation>Aproximado: avaliado só pelo tamanho</translation>
    </message>
    <message>
        <source>Needs {memory} at {context} tokens of context · {layers} layers on the graphics card.</source>
        <translation>Precisa de {memory} com {context} tokens de contexto · {layers} camadas na placa de vídeo.</translation>
    </message>
    <message>
        <source>Needs {memory} at {context} tokens of context.</source>
        <translation>Precisa de {memory} com {context} tokens de contexto.</translation>
    </message>
    <message>
        <source>This model needs a newer Hearth</source>
        <translation>Este modelo precisa de um Hearth mais novo</translation>
    </message>
    <message>
        <source>Some of its parts are missing from the repository</source>
        <translation>Algumas partes dele estão faltando no repositório</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <source>Waiting to start…</source>
        <translation>Aguardando para começar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Executar de novo</translation>
    </message>
    <message>
        <source>Transcribe it again with the model and options chosen above</source>
        <translation>Transcrever de novo com o modelo e as opções escolhidos acima</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Take it off the list (its saved files stay where they are)</source>
        <translation>Tirar da lista (os arquivos salvos ficam onde estão)</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>{percent}% · {phase}</source>
        <translation>{percent}% · {phase}</translation>
    </message>
    <message>
        <source>Failed · {reason}</source>
        <translation>Falhou · {reason}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Done · {facts}</source>
        <translation>Concluído · {facts}</translation>
    </message>
    <message>
        <source>Options: {options}</source>
        <translation>Opções: {options}</translation>
    </message>
    <message>
        <source>Transcription of {name}</source>
        <translation>Transcrição de {name}</translation>
    </message>
    <message>
        <source>Transcription of {name}: {percent}%</source>
        <translation>Transcrição de {name}: {percent}%</translation>
    </message>
    <message>
        <source>Cancel the transcription of {name}</source>
        <translation>Cancelar a transcrição de {name}</translation>
    </message>
    <message>
        <source>Run {name} again</source>
        <translation>Executar {name} de novo</translation>
    </message>
    <message>
        <source>Remove {name} from the list</source>
        <translation>Remover {name} da lista</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>The local server is answering other apps; they lose their connection when Hearth quits.</source>
        <translation>O servidor local está respondendo a outros apps; eles perdem a conexão quando o Hearth for encerrado.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are being transcribed now.</source>
        <translation>
            <numerusform>%n gravação está sendo transcrita agora.</numerusform>
            <numerusform>%n gravações estão sendo transcritas agora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are waiting to be transcribed.</source>
        <translation>
            <numerusform>%n gravação está aguardando transcrição.</numerusform>
            <numerusform>%n gravações estão aguardando transcrição.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue is kept: it goes on the next time Hearth opens.</source>
        <translation>A fila é mantida: ela continua na próxima vez que o Hearth abrir.</translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>Sair mesmo assim?</translation>
    </message>
    <message>
        <source>Quit Hearth?</source>
        <translation>Sair do Hearth?</translation>
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
        <translation>nunca respondeu</translation>
    </message>
    <message>
        <source>last seen {time}</source>
        <translation>visto por último {time}</translation>
    </message>
    <message>
        <source>Other computers</source>
        <translation>Outros computadores</translation>
    </message>
    <message>
        <source>Use the models of a bigger computer that runs Ollama, LM Studio, llama-server, vLLM or Hearth with sharing on. A conversation with one of its models leaves this computer: use it on a network you trust or through a VPN such as Tailscale (the traffic is plain HTTP unless the server has https).</source>
        <translation>Use os modelos de um computador maior que roda Ollama, LM Studio, llama-server, vLLM ou Hearth com compartilhamento ativado. Uma conversa com um dos modelos dele sai deste computador: use numa rede em que você confia ou por uma VPN como o Tailscale (o tráfego é HTTP simples, a menos que o servidor tenha https).</translation>
    </message>
    <message>
        <source>Name, e.g. desk</source>
        <translation>Nome, ex.: escritório</translation>
    </message>
    <message>
        <source>Name of the computer</source>
        <translation>Nome do computador</translation>
    </message>
    <message>
        <source>Address, e.g. http://192.168.1.20:11434</source>
        <translation>Endereço, ex.: http://192.168.1.20:11434</translation>
    </message>
    <message>
        <source>Address of its server</source>
        <translation>Endereço do servidor dele</translation>
    </message>
    <message>
        <source>Key (if the server asks for one)</source>
        <translation>Chave (se o servidor pedir uma)</translation>
    </message>
    <message>
        <source>Key, if the server asks for one</source>
        <translation>Chave, se o servidor pedir uma</translation>
    </message>
    <message>
        <source>Keep the key in a file only I can read</source>
        <translation>Guardar a chave num arquivo que só eu posso ler</translation>
    </message>
    <message>
        <source>Keep the key in a file</source>
        <translation>Guardar a chave num arquivo</translation>
    </message>
    <message>
        <source>Ticked, the key is saved in {file}, which only your account can read; anyone who can read your files (an administrator, a backup) could read it too.</source>
        <translation>Marcada, a chave é salva em {file}, que só a sua conta pode ler; quem puder ler seus arquivos (um administrador, um backup) também poderia lê-la.</translation>
    </message>
    <message>
        <source>This computer has no password store, so Hearth forgets a key when it closes. Tick “Keep the key in a file” to keep it.</source>
        <translation>Este computador não tem cofre de senhas, então o Hearth esquece a chave quando fecha. Marque “Guardar a chave num arquivo” para mantê-la.</translation>
    </message>
    <message>
        <source>Add and test</source>
        <translation>Adicionar e testar</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testar</translation>
    </message>
    <message>
        <source>Test the chosen computer</source>
        <translation>Testar o computador escolhido</translation>
    </message>
    <message>
        <source>Rename to the name above</source>
        <translation>Renomear com o nome acima</translation>
    </message>
    <message>
        <source>Rename the chosen computer to the name above</source>
        <translation>Renomear o computador escolhido com o nome acima</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the chosen computer</source>
        <translation>Remover o computador escolhido</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth uses no other computer.</source>
        <translation>O modo offline está ativado, então o Hearth não usa nenhum outro computador.</translation>
    </message>
    <message>
        <source>Testing {address}…</source>
        <translation>Testando {address}…</translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n model(s). They are in the Chat list now.</source>
        <translation>
            <numerusform>{name} adicionado: %n modelo. Ele já está na lista do Chat.</numerusform>
            <numerusform>{name} adicionado: %n modelos. Eles já estão na lista do Chat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its key is kept only until Hearth closes: this computer has no password store. To keep it, remove {name} and add it again with “Keep the key in a file” ticked.</source>
        <translation>A chave dele só é guardada até o Hearth fechar: este computador não tem cofre de senhas. Para mantê-la, remova {name} e adicione de novo com “Guardar a chave num arquivo” marcada.</translation>
    </message>
    <message>
        <source>{problem} Nothing was added.</source>
        <translation>{problem} Nada foi adicionado.</translation>
    </message>
    <message>
        <source>Choose a computer in the list to test it.</source>
        <translation>Escolha um computador da lista para testá-lo.</translation>
    </message>
    <message>
        <source>{name} answers.</source>
        <translation>{name} responde.</translation>
    </message>
    <message>
        <source>Choose a computer in the list, type its new name above, then Rename.</source>
        <translation>Escolha um computador da lista, digite o novo nome acima e clique em Renomear.</translation>
    </message>
    <message>
        <source>{old} is now called {new}.</source>
        <translation>{old} agora se chama {new}.</translation>
    </message>
    <message>
        <source>Choose a computer in the list to remove it.</source>
        <translation>Escolha um computador da lista para removê-lo.</translation>
    </message>
    <message>
        <source>Removed {name} and its key.</source>
        <translation>{name} e a chave dele foram removidos.</translation>
    </message>
    <message>
        <source>Adding failed</source>
        <translation>Falha ao adicionar</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>Reading your documents…</source>
        <translation>Lendo seus documentos…</translation>
    </message>
    <message>
        <source>Using the tool {tool}…</source>
        <translation>Usando a ferramenta {tool}…</translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <translation>Aguardando sua resposta…</translation>
    </message>
    <message>
        <source>Reply stopped.</source>
        <translation>Resposta parada.</translation>
    </message>
    <message>
        <source>Reply finished.</source>
        <translation>Resposta concluída.</translation>
    </message>
    <message>
        <source>No reply: {reason}</source>
        <translation>Sem resposta: {reason}</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escrevendo…</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Your computer</source>
        <translation>Seu computador</translation>
    </message>
    <message>
        <source>Looking at your computer</source>
        <translation>Analisando seu computador</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processador</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Looking at your computer…</source>
        <translation>Analisando seu computador…</translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <translation>
            <numerusform>%n núcleo</numerusform>
            <numerusform>%n núcleos</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} free now</source>
        <translation>{size} livres agora</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Não usada</translation>
    </message>
    <message>
        <source>Models run on the processor</source>
        <translation>Os modelos rodam no processador</translation>
    </message>
    <message>
        <source>Finding models that fit…</source>
        <translation>Procurando modelos que cabem…</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>This computer has no password store, so Hearth keeps your token only until you close it.</source>
        <comment>secrets.no-password-store</comment>
        <translation>Este computador não tem cofre de senhas, então o Hearth só guarda seu token até você fechá-lo.</translation>
    </message>
    <message>
        <source>Your token is kept in a file only you can read ({path}), as you chose.</source>
        <comment>secrets.in-key-file</comment>
        <translation>Seu token fica num arquivo que só você pode ler ({path}), como você escolheu.</translation>
    </message>
    <message>
        <source>Hearth could not use this computer&apos;s password store, so it keeps your token only until you close it.</source>
        <comment>secrets.store-failed</comment>
        <translation>O Hearth não conseguiu usar o cofre de senhas deste computador, então só guarda seu token até você fechá-lo.</translation>
    </message>
    <message>
        <source>There is no token. Paste the whole token, which starts with hf_.</source>
        <comment>secrets.no-token</comment>
        <translation>Não há nenhum token. Cole o token inteiro, que começa com hf_.</translation>
    </message>
    <message>
        <source>That does not look like a Hugging Face token: it has spaces or unusual characters in it. Copy it again from {tokens_page}.</source>
        <comment>secrets.token-malformed</comment>
        <translation>Isso não parece um token do Hugging Face: ele tem espaços ou caracteres incomuns. Copie-o de novo em {tokens_page}.</translation>
    </message>
    <message>
        <source>Your token is kept in {store}, not in Hearth&apos;s files.</source>
        <comment>secrets.in-store</comment>
        <translation>Seu token fica em {store}, não nos arquivos do Hearth.</translation>
    </message>
    <message>
        <source>Hearth could not remove your token from this computer&apos;s password store. Try again, or remove the entry “{service}” there yourself.</source>
        <comment>secrets.token-store-problem</comment>
        <translation>O Hearth não conseguiu remover seu token do cofre de senhas deste computador. Tente de novo ou remova você mesmo a entrada “{service}” de lá.</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth did not contact Hugging Face to check the token.</source>
        <comment>secrets.offline-mode</comment>
        <translation>O modo offline está ativado, então o Hearth não contatou o Hugging Face para verificar o token.</translation>
    </message>
    <message>
        <source>Could not reach {place} to check the token. Check your internet connection.</source>
        <comment>secrets.unreachable</comment>
        <translation>Não foi possível acessar {place} para verificar o token. Verifique sua conexão com a internet.</translation>
    </message>
    <message>
        <source>Could not reach {place} to check the token. Check your internet connection and the mirror address in Settings.</source>
        <comment>secrets.mirror-unreachable</comment>
        <translation>Não foi possível acessar {place} para verificar o token. Verifique sua conexão com a internet e o endereço do espelho nas Configurações.</translation>
    </message>
    <message>
        <source>{place} gave an answer Hearth does not understand.</source>
        <comment>secrets.unreadable-answer</comment>
        <translation>{place} deu uma resposta que o Hearth não entende.</translation>
    </message>
    <message>
        <source>{problem} Nothing was saved.</source>
        <comment>secrets.nothing-saved</comment>
        <translation>{problem} Nada foi salvo.</translation>
    </message>
    <message>
        <source>Saved, but not checked: {problem}</source>
        <comment>secrets.saved-unchecked</comment>
        <translation>Salvo, mas não verificado: {problem}</translation>
    </message>
    <message>
        <source>Signed in as {account}.</source>
        <comment>secrets.signed-in</comment>
        <translation>Conectado como {account}.</translation>
    </message>
    <message>
        <source>The mirror at {host}</source>
        <comment>secrets.mirror-at-start</comment>
        <translation>O espelho em {host}</translation>
    </message>
    <message>
        <source>the mirror at {host}</source>
        <comment>secrets.mirror-at</comment>
        <translation>o espelho em {host}</translation>
    </message>
    <message>
        <source>Hugging Face did not accept this token. Check that you copied all of it, or create a new one at {tokens_page}.</source>
        <comment>secrets.token-refused</comment>
        <translation>O Hugging Face não aceitou este token. Verifique se você copiou o token inteiro ou crie um novo em {tokens_page}.</translation>
    </message>
    <message>
        <source>{place} is getting too many token checks right now. Try again in a minute.</source>
        <comment>secrets.too-many-checks</comment>
        <translation>{place} está recebendo verificações de token demais agora. Tente de novo daqui a um minuto.</translation>
    </message>
    <message>
        <source>{place} answered with an error ({status}) while checking the token. Try again later.</source>
        <comment>secrets.error-answer</comment>
        <translation>{place} respondeu com um erro ({status}) ao verificar o token. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>secrets.unknown-status</comment>
        <translation>desconhecido</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source> Port {free} is free: use that one instead.</source>
        <comment>server.port-free</comment>
        <translation> A porta {free} está livre: use essa.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program on this computer.{offer}</source>
        <comment>server.port-taken</comment>
        <translation>A porta {port} já está sendo usada por outro programa neste computador.{offer}</translation>
    </message>
    <message>
        <source>Sharing on your network needs an API key, so only programs you give it to can use your models. Create one in Settings › Local server, or set HEARTH_API_KEY.</source>
        <comment>server.key-needed</comment>
        <translation>Compartilhar na sua rede requer uma chave de API, para que só os programas a quem você a der possam usar seus modelos. Crie uma em Configurações › Servidor local, ou defina HEARTH_API_KEY.</translation>
    </message>
    <message>
        <source>The local server could not start.</source>
        <comment>server.start-failed</comment>
        <translation>Não foi possível iniciar o servidor local.</translation>
    </message>
</context>
<context>
    <name>ServerCard</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <source>Let other apps on this computer use Hearth&apos;s models (OpenAI-compatible API)</source>
        <translation>Permitir que outros apps deste computador usem os modelos do Hearth (API compatível com OpenAI)</translation>
    </message>
    <message>
        <source>Let other apps use Hearth&apos;s models</source>
        <translation>Permitir que outros apps usem os modelos do Hearth</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Unload an unused model after</source>
        <translation>Descarregar um modelo sem uso após</translation>
    </message>
    <message>
        <source>Unload an unused model after, in minutes</source>
        <translation>Descarregar um modelo sem uso após, em minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Share on my network (needs the API key)</source>
        <translation>Compartilhar na minha rede (requer a chave de API)</translation>
    </message>
    <message>
        <source>Share on my network</source>
        <translation>Compartilhar na minha rede</translation>
    </message>
    <message>
        <source>Once shared, every program must send the API key, the apps on this computer too: give it to the ones that use Hearth now, or they stop working.</source>
        <translation>Depois de compartilhar, todo programa precisa enviar a chave de API, inclusive os apps deste computador: passe-a aos que usam o Hearth agora, ou eles param de funcionar.</translation>
    </message>
    <message>
        <source>What sharing changes</source>
        <translation>O que o compartilhamento muda</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>Criar chave de API</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copiar chave</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>Copiar a chave de API</translation>
    </message>
    <message>
        <source>Keep the API key in a file only I can read, so it still works after Hearth closes</source>
        <translation>Guardar a chave de API num arquivo que só eu posso ler, para que funcione depois que o Hearth fechar</translation>
    </message>
    <message>
        <source>Keep the API key in a file</source>
        <translation>Guardar a chave de API num arquivo</translation>
    </message>
    <message>
        <source>This computer has no password store, so a new key lasts only until Hearth closes. Ticked, it is saved in {file}, which only your account can read (hearth serve finds it there too).</source>
        <translation>Este computador não tem cofre de senhas, então uma nova chave só dura até o Hearth fechar. Marcada, ela é salva em {file}, que só a sua conta pode ler (o hearth serve também a encontra lá).</translation>
    </message>
    <message>
        <source>Examples for other programs: curl and Python</source>
        <translation>Exemplos para outros programas: curl e Python</translation>
    </message>
    <message>
        <source>Copy snippets</source>
        <translation>Copiar exemplos</translation>
    </message>
    <message>
        <source>Copy the examples</source>
        <translation>Copiar os exemplos</translation>
    </message>
    <message>
        <source>What other programs asked:</source>
        <translation>O que outros programas pediram:</translation>
    </message>
    <message>
        <source>What other programs asked</source>
        <translation>O que outros programas pediram</translation>
    </message>
    <message>
        <source>Other computers reach it at {addresses}</source>
        <translation>Outros computadores o acessam em {addresses}</translation>
    </message>
    <message>
        <source>Only programs on this computer can reach it (127.0.0.1).</source>
        <translation>Só programas deste computador podem acessá-lo (127.0.0.1).</translation>
    </message>
    <message>
        <source>An API key is set.</source>
        <translation>Uma chave de API está definida.</translation>
    </message>
    <message>
        <source>No API key yet.</source>
        <translation>Nenhuma chave de API ainda.</translation>
    </message>
    <message>
        <source>Your key (shown once): {key}</source>
        <translation>Sua chave (mostrada uma vez): {key}</translation>
    </message>
    <message>
        <source>(Hearth forgets it when it closes: this computer has no password store.)</source>
        <translation>(O Hearth a esquece quando fecha: este computador não tem cofre de senhas.)</translation>
    </message>
    <message>
        <source>Running at {address}</source>
        <translation>Rodando em {address}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Everything in Hearth can be reached with the keyboard. These keys save steps.</source>
        <translation>Tudo no Hearth pode ser acessado pelo teclado. Estas teclas poupam passos.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>O que fazem</translation>
    </message>
</context>
<context>
    <name>SpeechModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>Modelo de fala</translation>
    </message>
    <message>
        <source>No Whisper model on this computer yet.</source>
        <translation>Nenhum modelo Whisper neste computador ainda.</translation>
    </message>
    <message>
        <source>Find one in Discover</source>
        <translation>Encontre um em Descobrir</translation>
    </message>
    <message>
        <source>Find a Whisper model in Discover</source>
        <translation>Encontrar um modelo Whisper em Descobrir</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This image is no longer saved with the conversation.</source>
        <comment>store.image-gone</comment>
        <translation>Esta imagem não está mais salva com a conversa.</translation>
    </message>
    <message>
        <source>Hearth cannot read your saved conversations because the file {path} is damaged. It has been left exactly as it was: move it aside to start with an empty list, or restore it from a backup.</source>
        <comment>store.store-damaged</comment>
        <translation>O Hearth não consegue ler suas conversas salvas porque o arquivo {path} está danificado. Ele foi deixado exatamente como estava: mova-o para outro lugar para começar com uma lista vazia, ou restaure-o de um backup.</translation>
    </message>
    <message>
        <source>The file {path} is not a Hearth conversations file, so Hearth left it alone. Move it elsewhere to start with an empty list.</source>
        <comment>store.not-conversations-file</comment>
        <translation>O arquivo {path} não é um arquivo de conversas do Hearth, então o Hearth não mexeu nele. Mova-o para outro lugar para começar com uma lista vazia.</translation>
    </message>
    <message>
        <source>Your conversations were saved by a newer version of Hearth; update Hearth to open them. The file was left untouched.</source>
        <comment>store.store-too-new</comment>
        <translation>Suas conversas foram salvas por uma versão mais nova do Hearth; atualize o Hearth para abri-las. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>Hearth cannot open your saved conversations at {path}. Check that the folder exists and that you are allowed to write to it.</source>
        <comment>store.store-unavailable</comment>
        <translation>O Hearth não consegue abrir suas conversas salvas em {path}. Verifique se a pasta existe e se você tem permissão para gravar nela.</translation>
    </message>
    <message>
        <source>The disk is full, so Hearth could not save your conversation. Free some space and try again.</source>
        <comment>store.store-disk-full</comment>
        <translation>O disco está cheio, então o Hearth não conseguiu salvar sua conversa. Libere espaço e tente de novo.</translation>
    </message>
    <message>
        <source>Your conversations are busy in another Hearth window or program; try again in a moment.</source>
        <comment>store.busy</comment>
        <translation>Suas conversas estão em uso em outra janela ou programa do Hearth; tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>Hearth cannot save conversations because {path} is read-only. Check the file&apos;s permissions or free the drive it is on.</source>
        <comment>store.read-only</comment>
        <translation>O Hearth não consegue salvar conversas porque {path} é somente leitura. Verifique as permissões do arquivo ou libere a unidade em que ele está.</translation>
    </message>
    <message>
        <source>Hearth could not read or save your conversations.</source>
        <comment>store.failed</comment>
        <translation>O Hearth não conseguiu ler nem salvar suas conversas.</translation>
    </message>
    <message>
        <source>This conversation no longer exists; it may have been deleted in another window.</source>
        <comment>store.conversation-gone</comment>
        <translation>Esta conversa não existe mais; ela pode ter sido excluída em outra janela.</translation>
    </message>
    <message>
        <source>This message no longer exists; it may have been removed in another window.</source>
        <comment>store.message-gone</comment>
        <translation>Esta mensagem não existe mais; ela pode ter sido removida em outra janela.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>store.file</comment>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Hearth cannot open its {what} {path}.</source>
        <comment>store.cannot-open-file</comment>
        <translation>O Hearth não consegue abrir o {what} {path}.</translation>
    </message>
    <message>
        <source>The {what} is closed.</source>
        <comment>store.file-closed</comment>
        <translation>O {what} está fechado.</translation>
    </message>
</context>
<context>
    <name>SuiteEditor</name>
    <message>
        <source>My suite</source>
        <translation>Minha suíte</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (minha cópia)</translation>
    </message>
    <message>
        <source>Edit the suite “{name}”</source>
        <translation>Editar a suíte “{name}”</translation>
    </message>
    <message>
        <source>Edit a copy of “{name}”</source>
        <translation>Editar uma cópia de “{name}”</translation>
    </message>
    <message>
        <source>New suite of checks</source>
        <translation>Nova suíte de verificações</translation>
    </message>
    <message>
        <source>Suite name</source>
        <translation>Nome da suíte</translation>
    </message>
    <message>
        <source>Prompts of the suite</source>
        <translation>Prompts da suíte</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Adicionar prompt</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate the chosen prompt</source>
        <translation>Duplicar o prompt escolhido</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the chosen prompt</source>
        <translation>Remover o prompt escolhido</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the chosen prompt up</source>
        <translation>Mover o prompt escolhido para cima</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Move the chosen prompt down</source>
        <translation>Mover o prompt escolhido para baixo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(sem texto ainda)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt {number}, row {row}</source>
        <translation>Prompt {number}, linha {row}</translation>
    </message>
    <message>
        <source>Prompt {number}</source>
        <translation>Prompt {number}</translation>
    </message>
    <message>
        <source>Give the suite a name: it is how the Checks tab lists it.</source>
        <translation>Dê um nome à suíte: é assim que a aba Verificações a lista.</translation>
    </message>
    <message>
        <source>There is already a suite named “{name}”. Replace it with this one?</source>
        <translation>Já existe uma suíte chamada “{name}”. Substituí-la por esta?</translation>
    </message>
    <message>
        <source>Replace the suite?</source>
        <translation>Substituir a suíte?</translation>
    </message>
    <message>
        <source>Throw away the changes?</source>
        <translation>Descartar as alterações?</translation>
    </message>
    <message>
        <source>The changes to this suite are not saved. Close the editor and throw them away?</source>
        <translation>As alterações nesta suíte não foram salvas. Fechar o editor e descartá-las?</translation>
    </message>
    <message>
        <source>Text, or {{name}} for a value of the table</source>
        <translation>Texto, ou {{name}} para um valor da tabela</translation>
    </message>
    <message>
        <source>Texts, separated by commas</source>
        <translation>Textos, separados por vírgulas</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>é exatamente</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contém</translation>
    </message>
    <message>
        <source>contains (any case)</source>
        <translation>contém (qualquer caixa)</translation>
    </message>
    <message>
        <source>contains any of</source>
        <translation>contém algum de</translation>
    </message>
    <message>
        <source>contains any of (any case)</source>
        <translation>contém algum de (qualquer caixa)</translation>
    </message>
    <message>
        <source>contains all of</source>
        <translation>contém todos de</translation>
    </message>
    <message>
        <source>contains all of (any case)</source>
        <translation>contém todos de (qualquer caixa)</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>não contém</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>começa com</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>termina com</translation>
    </message>
    <message>
        <source>matches the pattern</source>
        <translation>corresponde ao padrão</translation>
    </message>
    <message>
        <source>A regular expression, such as ^[A-Z]</source>
        <translation>Uma expressão regular, como ^[A-Z]</translation>
    </message>
    <message>
        <source>is JSON</source>
        <translation>é JSON</translation>
    </message>
    <message>
        <source>is JSON matching this schema</source>
        <translation>é JSON conforme este esquema</translation>
    </message>
    <message>
        <source>A JSON schema, such as {&quot;type&quot;: &quot;object&quot;}</source>
        <translation>Um esquema JSON, como {&quot;type&quot;: &quot;object&quot;}</translation>
    </message>
    <message>
        <source>contains JSON</source>
        <translation>contém JSON</translation>
    </message>
    <message>
        <source>contains JSON matching this schema</source>
        <translation>contém JSON conforme este esquema</translation>
    </message>
    <message>
        <source>has at most N words</source>
        <translation>tem no máximo N palavras</translation>
    </message>
    <message>
        <source>has at least N words</source>
        <translation>tem no mínimo N palavras</translation>
    </message>
    <message>
        <source>has N words (or from N to M)</source>
        <translation>tem N palavras (ou de N a M)</translation>
    </message>
    <message>
        <source>20, or 3–20</source>
        <translation>20, ou 3–20</translation>
    </message>
    <message>
        <source>calls the tool</source>
        <translation>chama a ferramenta</translation>
    </message>
    <message>
        <source>The tool&apos;s name, then its arguments as JSON if you want: f {&quot;x&quot;: 1}</source>
        <translation>O nome da ferramenta e, se quiser, os argumentos em JSON: f {&quot;x&quot;: 1}</translation>
    </message>
    <message>
        <source>calls only offered tools, with valid arguments</source>
        <translation>chama só ferramentas oferecidas, com argumentos válidos</translation>
    </message>
    <message>
        <source>answers within N s</source>
        <translation>responde em até N s</translation>
    </message>
    <message>
        <source>Seconds, such as 2.5</source>
        <translation>Segundos, como 2.5</translation>
    </message>
    <message>
        <source>as fast as N tokens/s</source>
        <translation>tão rápido quanto N tokens/s</translation>
    </message>
    <message>
        <source>is written in language</source>
        <translation>está escrita no idioma</translation>
    </message>
    <message>
        <source>A language, such as French or fr</source>
        <translation>Um idioma, como francês ou fr</translation>
    </message>
    <message>
        <source>ends because of</source>
        <translation>termina por causa de</translation>
    </message>
    <message>
        <source>stop, length or tool_calls</source>
        <translation>stop, length ou tool_calls</translation>
    </message>
    <message>
        <source>similar to this answer (optional)</source>
        <translation>parecida com esta resposta (opcional)</translation>
    </message>
    <message>
        <source>The answer a reply should resemble</source>
        <translation>A resposta com a qual uma resposta deve se parecer</translation>
    </message>
    <message>
        <source>a judge model grades it against this rubric (optional)</source>
        <translation>um modelo juiz a avalia com estes critérios (opcional)</translation>
    </message>
    <message>
        <source>What a good reply does, in plain words</source>
        <translation>O que uma boa resposta faz, em palavras simples</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Picture {name}</source>
        <translation>Imagem {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Do not send {name}</source>
        <translation>Não enviar {name}</translation>
    </message>
</context>
<context>
    <name>TokenSettings</name>
    <message>
        <source>Hugging Face token</source>
        <translation>Token do Hugging Face</translation>
    </message>
    <message>
        <source>Some models ask you to accept their licence on Hugging Face before you can download them. With a token, Hearth can download those for you. A “Read” token is enough: &lt;a href=&quot;{url}&quot;&gt;create one on huggingface.co&lt;/a&gt;.</source>
        <translation>Alguns modelos pedem que você aceite a licença deles no Hugging Face antes de baixá-los. Com um token, o Hearth pode baixá-los para você. Um token de “Read” (leitura) basta: &lt;a href=&quot;{url}&quot;&gt;crie um em huggingface.co&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Paste your token here (it starts with hf_)</source>
        <translation>Cole seu token aqui (ele começa com hf_)</translation>
    </message>
    <message>
        <source>Save and test</source>
        <translation>Salvar e testar</translation>
    </message>
    <message>
        <source>Save and test the token</source>
        <translation>Salvar e testar o token</translation>
    </message>
    <message>
        <source>Keep the token and check it with Hugging Face</source>
        <translation>Guardar o token e verificá-lo com o Hugging Face</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the token</source>
        <translation>Remover o token</translation>
    </message>
    <message>
        <source>Forget the saved token</source>
        <translation>Esquecer o token salvo</translation>
    </message>
    <message>
        <source>Keep the token in a file only I can read, so Hearth still has it after it closes</source>
        <translation>Guardar o token num arquivo que só eu posso ler, para que o Hearth o tenha depois de fechar</translation>
    </message>
    <message>
        <source>Keep the token in a file</source>
        <translation>Guardar o token num arquivo</translation>
    </message>
    <message>
        <source>Ticked, the token is saved in {file}, which only your account can read; anyone who can read your files (an administrator, a backup) could read it too.</source>
        <translation>Marcada, o token é salvo em {file}, que só a sua conta pode ler; quem puder ler seus arquivos (um administrador, um backup) também poderia lê-lo.</translation>
    </message>
    <message>
        <source>Looking for a saved token…</source>
        <translation>Procurando um token salvo…</translation>
    </message>
    <message>
        <source>A token is saved.</source>
        <translation>Um token está salvo.</translation>
    </message>
    <message>
        <source>No token is saved.</source>
        <translation>Nenhum token salvo.</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>Salvando o token…</translation>
    </message>
    <message>
        <source>Checking the token with Hugging Face…</source>
        <translation>Verificando o token com o Hugging Face…</translation>
    </message>
    <message>
        <source>Hearth will forget it when it closes, because this computer has no password store. To keep it, tick “Keep the token in a file” and save it again.</source>
        <translation>O Hearth vai esquecê-lo quando fechar, porque este computador não tem cofre de senhas. Para mantê-lo, marque “Guardar o token num arquivo” e salve de novo.</translation>
    </message>
    <message>
        <source>The token was removed.</source>
        <translation>O token foi removido.</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>Deny</source>
        <translation>Negar</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Permitir uma vez</translation>
    </message>
    <message>
        <source>Always for this tool</source>
        <translation>Sempre para esta ferramenta</translation>
    </message>
    <message>
        <source>Always for this server</source>
        <translation>Sempre para este servidor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The model wants to run this tool. Allow it?</source>
        <translation>O modelo quer executar esta ferramenta. Permitir?</translation>
    </message>
    <message>
        <source>This tool changed since you allowed it always:</source>
        <translation>Esta ferramenta mudou desde que você a permitiu sempre:</translation>
    </message>
    <message>
        <source>Tool call: {tool} on {server}</source>
        <translation>Chamada de ferramenta: {tool} em {server}</translation>
    </message>
    <message>
        <source>Tool call: {tool}</source>
        <translation>Chamada de ferramenta: {tool}</translation>
    </message>
    <message>
        <source>Arguments of the call to {tool}</source>
        <translation>Argumentos da chamada a {tool}</translation>
    </message>
    <message>
        <source>Deny: {tool}</source>
        <translation>Negar: {tool}</translation>
    </message>
    <message>
        <source>Allow once: {tool}</source>
        <translation>Permitir uma vez: {tool}</translation>
    </message>
    <message>
        <source>Always for this tool: {tool}</source>
        <translation>Sempre para esta ferramenta: {tool}</translation>
    </message>
    <message>
        <source>Always for this server: {tool}</source>
        <translation>Sempre para este servidor: {tool}</translation>
    </message>
    <message>
        <source>Show the result of {tool}</source>
        <translation>Mostrar o resultado de {tool}</translation>
    </message>
    <message>
        <source>Result of the call to {tool}</source>
        <translation>Resultado da chamada a {tool}</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Negada</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Executando…</translation>
    </message>
    <message>
        <source>Done in {seconds} s</source>
        <translation>Concluída em {seconds} s</translation>
    </message>
</context>
<context>
    <name>ToolServerDialog</name>
    <message>
        <source>Edit tool server</source>
        <translation>Editar servidor de ferramentas</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Adicionar servidor de ferramentas</translation>
    </message>
    <message>
        <source>A program on this computer</source>
        <translation>Um programa neste computador</translation>
    </message>
    <message>
        <source>A server at an address</source>
        <translation>Um servidor num endereço</translation>
    </message>
    <message>
        <source>e.g. npx -y @modelcontextprotocol/server-filesystem ~/Notes</source>
        <translation>ex.: npx -y @modelcontextprotocol/server-filesystem ~/Notas</translation>
    </message>
    <message>
        <source>One per line: NAME=value</source>
        <translation>Um por linha: NOME=valor</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8000/mcp</source>
        <translation>ex.: http://127.0.0.1:8000/mcp</translation>
    </message>
    <message>
        <source>One per line: Name=value</source>
        <translation>Um por linha: Nome=valor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Folder (optional)</source>
        <translation>Pasta (opcional)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeçalhos</translation>
    </message>
    <message>
        <source>A program gets only a few of Hearth&apos;s environment variables (HOME, PATH, LANG…) and the ones written here. Values whose names look secret (API_KEY, TOKEN, Authorization…) are kept in the password store, not in mcp.json; ${keyring} stands for one kept there. Every call a model makes asks you first.</source>
        <translation>Um programa recebe só algumas variáveis de ambiente do Hearth (HOME, PATH, LANG…) e as escritas aqui. Valores cujos nomes parecem secretos (API_KEY, TOKEN, Authorization…) ficam no cofre de senhas, não no mcp.json; ${keyring} representa um valor guardado lá. Toda chamada que um modelo faz pede sua permissão antes.</translation>
    </message>
    <message>
        <source>“{line}” is not a header: write NAME=value.</source>
        <translation>“{line}” não é um cabeçalho: escreva NOME=valor.</translation>
    </message>
    <message>
        <source>“{line}” is not an environment variable: write NAME=value.</source>
        <translation>“{line}” não é uma variável de ambiente: escreva NOME=valor.</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nome do servidor</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Pasta de trabalho</translation>
    </message>
    <message>
        <source>Environment variables, one per line</source>
        <translation>Variáveis de ambiente, uma por linha</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>Headers, one per line</source>
        <translation>Cabeçalhos, um por linha</translation>
    </message>
    <message>
        <source>Write the server&apos;s address, starting with http:// or https://.</source>
        <translation>Escreva o endereço do servidor, começando com http:// ou https://.</translation>
    </message>
    <message>
        <source>The command has an unclosed quote.</source>
        <translation>O comando tem uma aspa não fechada.</translation>
    </message>
    <message>
        <source>Write the command that starts the server, e.g. uvx mcp-server-time.</source>
        <translation>Escreva o comando que inicia o servidor, ex.: uvx mcp-server-time.</translation>
    </message>
</context>
<context>
    <name>ToolServersState</name>
    <message>
        <source>{file} lists no tool servers.</source>
        <translation>{file} não lista nenhum servidor de ferramentas.</translation>
    </message>
</context>
<context>
    <name>ToolTurn</name>
    <message>
        <source>Switch some off with the Tools button.</source>
        <translation>Desative alguns com o botão Ferramentas.</translation>
    </message>
</context>
<context>
    <name>ToolUse</name>
    <message>
        <source>it is not valid JSON ({problem})</source>
        <comment>tool_use.approvals-not-json</comment>
        <translation>não é um JSON válido ({problem})</translation>
    </message>
    <message>
        <source>The remembered tool approvals could not be used: {problem}. The file was kept as {aside}; tool calls ask again until new answers are remembered.</source>
        <comment>tool_use.approvals-damaged</comment>
        <translation>Não foi possível usar as aprovações de ferramentas lembradas: {problem}. O arquivo foi guardado como {aside}; as chamadas de ferramenta vão perguntar de novo até que novas respostas sejam lembradas.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <comment>tool_use.approvals-not-object</comment>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>it has no “servers” object</source>
        <comment>tool_use.approvals-no-servers</comment>
        <translation>não tem nenhum objeto “servers”</translation>
    </message>
    <message>
        <source>the answers for “{identity}” are not an object</source>
        <comment>tool_use.approvals-bad-server</comment>
        <translation>as respostas para “{identity}” não são um objeto</translation>
    </message>
    <message>
        <source>about </source>
        <comment>tool_use.about</comment>
        <translation>cerca de </translation>
    </message>
    <message>
        <source>The tools offered would take {about}{total:,} tokens of the model&apos;s {context:,}-token context, more than a quarter, leaving less room for the conversation.</source>
        <comment>tool_use.tools-too-big</comment>
        <translation>As ferramentas oferecidas ocupariam {about}{total:,} tokens do contexto de {context:,} tokens do modelo, mais de um quarto, deixando menos espaço para a conversa.</translation>
    </message>
    <message>
        <source>{said} Switching off {listed} would help most.</source>
        <comment>tool_use.switch-off-servers</comment>
        <translation>{said} Desativar {listed} ajudaria mais.</translation>
    </message>
    <message>
        <source>{said} Switching off some tools of {server}, the biggest first — {listed} — would help.</source>
        <comment>tool_use.switch-off-tools-of</comment>
        <translation>{said} Desativar algumas ferramentas de {server}, começando pelas maiores — {listed} — ajudaria.</translation>
    </message>
    <message>
        <source>{said} Switching off some tools, the biggest first — {listed} — would help.</source>
        <comment>tool_use.switch-off-tools</comment>
        <translation>{said} Desativar algumas ferramentas, começando pelas maiores — {listed} — ajudaria.</translation>
    </message>
    <message>
        <source>{name} ({about}{tokens:,} tokens)</source>
        <comment>tool_use.listed-size</comment>
        <translation>{name} ({about}{tokens:,} tokens)</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <comment>tool_use.list-and</comment>
        <translation>{first} e {last}</translation>
    </message>
    <message>
        <source>The tokenizer of {name} could not be read, so the tools&apos; sizes cannot be counted with it. Check that the file is a complete GGUF model.</source>
        <comment>tool_use.tokenizer-unreadable</comment>
        <translation>Não foi possível ler o tokenizador de {name}, então os tamanhos das ferramentas não podem ser contados com ele. Verifique se o arquivo é um modelo GGUF completo.</translation>
    </message>
    <message>
        <source>Hearth&apos;s document search has no tool called “{tool}”; it has only “{known}”.</source>
        <comment>tool_use.search-unknown-tool</comment>
        <translation>A pesquisa em documentos do Hearth não tem nenhuma ferramenta chamada “{tool}”; ela só tem “{known}”.</translation>
    </message>
    <message>
        <source>{tool} needs a query: a question or a few words to look for.</source>
        <comment>tool_use.search-needs-query</comment>
        <translation>{tool} precisa de uma consulta: uma pergunta ou algumas palavras para procurar.</translation>
    </message>
    <message>
        <source>There is no document collection called “{collection}” any more, so nothing was searched.</source>
        <comment>tool_use.search-collection-gone</comment>
        <translation>Não existe mais nenhuma coleção de documentos chamada “{collection}”, então nada foi pesquisado.</translation>
    </message>
    <message>
        <source>The collection “{collection}” has no documents read into it yet, so there is nothing to search: add documents to it on the Documents page (or with `hearth docs add`).</source>
        <comment>tool_use.search-empty-collection</comment>
        <translation>A coleção “{collection}” ainda não tem documentos lidos, então não há nada para pesquisar: adicione documentos a ela na página Documentos (ou com `hearth docs add`).</translation>
    </message>
    <message>
        <source>The collection “{collection}” was indexed with another embedding model than the one it is set to use now, so it cannot be searched until it is indexed again on the Documents page.</source>
        <comment>tool_use.search-needs-reindex</comment>
        <translation>A coleção “{collection}” foi indexada com um modelo de embeddings diferente do que ela está configurada para usar agora, então não pode ser pesquisada até ser indexada de novo na página Documentos.</translation>
    </message>
    <message>
        <source>Hearth&apos;s document search did not answer within {timeout_s:g} seconds (its embedding model was busy or still loading), so Hearth stopped waiting. It can be asked again.</source>
        <comment>tool_use.search-timed-out</comment>
        <translation>A pesquisa em documentos do Hearth não respondeu em {timeout_s:g} segundos (o modelo de embeddings dela estava ocupado ou ainda carregando), então o Hearth parou de esperar. Ela pode ser consultada de novo.</translation>
    </message>
    <message>
        <source>The tool call the model had to write was cut off by the reply&apos;s token limit, so nothing ran; allow longer replies.</source>
        <comment>tool_use.forced-call-cut-off</comment>
        <translation>A chamada de ferramenta que o modelo tinha de escrever foi cortada pelo limite de tokens da resposta, então nada foi executado; permita respostas mais longas.</translation>
    </message>
    <message>
        <source>The model asked for more tools after {count} round of tool calls; Hearth stopped there.</source>
        <comment>tool_use.stopped-after-round</comment>
        <translation>O modelo pediu mais ferramentas depois de {count} rodada de chamadas de ferramenta; o Hearth parou ali.</translation>
    </message>
    <message>
        <source>The model asked for more tools after {count} rounds of tool calls; Hearth stopped there.</source>
        <comment>tool_use.stopped-after-rounds</comment>
        <translation>O modelo pediu mais ferramentas depois de {count} rodadas de chamadas de ferramenta; o Hearth parou ali.</translation>
    </message>
    <message>
        <source>The model asked again for {tool} with the same arguments; Hearth stopped there rather than run the same call twice.</source>
        <comment>tool_use.stopped-repeated-call</comment>
        <translation>O modelo pediu {tool} de novo com os mesmos argumentos; o Hearth parou ali em vez de executar a mesma chamada duas vezes.</translation>
    </message>
    <message>
        <source>The model still wrote tool calls that cannot run after {tries} tries to correct them; Hearth stopped there.</source>
        <comment>tool_use.stopped-unrepaired</comment>
        <translation>O modelo continuou escrevendo chamadas de ferramenta que não podem ser executadas depois de {tries} tentativas de corrigi-las; o Hearth parou ali.</translation>
    </message>
    <message>
        <source>There is no tool server called “{name}” in this conversation.</source>
        <comment>tool_use.server-not-in-conversation</comment>
        <translation>Não há nenhum servidor de ferramentas chamado “{name}” nesta conversa.</translation>
    </message>
</context>
<context>
    <name>ToolsButton</name>
    <message>
        <source>Let the model use tools: tool servers (MCP) chosen for this conversation</source>
        <translation>Deixar o modelo usar ferramentas: servidores de ferramentas (MCP) escolhidos para esta conversa</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <source>Tools ({count})</source>
        <translation>Ferramentas ({count})</translation>
    </message>
    <message>
        <source>Tools: none on</source>
        <translation>Ferramentas: nenhuma</translation>
    </message>
    <message numerus="yes">
        <source>Tools: %n servers on</source>
        <translation>
            <numerusform>Ferramentas: %n servidor ativo</numerusform>
            <numerusform>Ferramentas: %n servidores ativos</numerusform>
        </translation>
    </message>
    <message>
        <source>No tool servers yet</source>
        <translation>Nenhum servidor de ferramentas ainda</translation>
    </message>
    <message>
        <source>Search my documents</source>
        <translation>Pesquisar meus documentos</translation>
    </message>
    <message>
        <source>The model searches this conversation&apos;s collection when it decides to, and shows its sources</source>
        <translation>O modelo pesquisa a coleção desta conversa quando decidir, e mostra as fontes</translation>
    </message>
    <message>
        <source>Choose a collection to answer from first</source>
        <translation>Escolha antes uma coleção para responder</translation>
    </message>
    <message>
        <source>Make the model call a tool first</source>
        <translation>Fazer o modelo chamar uma ferramenta primeiro</translation>
    </message>
    <message>
        <source>Each reply begins with a call to one of the chosen tools</source>
        <translation>Cada resposta começa com uma chamada a uma das ferramentas escolhidas</translation>
    </message>
    <message>
        <source>Start the servers to see their tools</source>
        <translation>Inicie os servidores para ver as ferramentas deles</translation>
    </message>
    <message>
        <source>Manage tools…</source>
        <translation>Gerenciar ferramentas…</translation>
    </message>
</context>
<context>
    <name>ToolsSettings</name>
    <message>
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <source>Tool servers (MCP) let a model read a folder, check the time or search the web, as in Claude Desktop or LM Studio. Turn them on per conversation with the Tools button in Chat; every call asks you first.</source>
        <translation>Servidores de ferramentas (MCP) permitem que um modelo leia uma pasta, veja a hora ou pesquise na web, como no Claude Desktop ou no LM Studio. Ative-os por conversa com o botão Ferramentas no Chat; cada chamada pede sua permissão antes.</translation>
    </message>
    <message>
        <source>Server or tool</source>
        <translation>Servidor ou ferramenta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Tool servers and their tools</source>
        <translation>Servidores de ferramentas e suas ferramentas</translation>
    </message>
    <message>
        <source>Space turns the chosen tool on or off</source>
        <translation>Espaço ativa ou desativa a ferramenta escolhida</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Adicionar servidor de ferramentas</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the chosen tool server</source>
        <translation>Editar o servidor de ferramentas escolhido</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the chosen tool server</source>
        <translation>Remover o servidor de ferramentas escolhido</translation>
    </message>
    <message>
        <source>Start and list tools</source>
        <translation>Iniciar e listar ferramentas</translation>
    </message>
    <message>
        <source>≈{count} tokens</source>
        <translation>≈{count} tokens</translation>
    </message>
    <message>
        <source>Remove the tool server “{name}”? Its tools stop being offered to models.</source>
        <translation>Remover o servidor de ferramentas “{name}”? As ferramentas dele deixam de ser oferecidas aos modelos.</translation>
    </message>
    <message>
        <source>From {app}</source>
        <translation>Do {app}</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Forget approvals</source>
        <translation>Esquecer aprovações</translation>
    </message>
    <message>
        <source>Every tool asks again before its next call</source>
        <translation>Todas as ferramentas pedem permissão de novo antes da próxima chamada</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message numerus="yes">
        <source>Running · %n tool(s)</source>
        <translation>
            <numerusform>Rodando · %n ferramenta</numerusform>
            <numerusform>Rodando · %n ferramentas</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start</source>
        <translation>Não foi possível iniciar</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Ainda não iniciado</translation>
    </message>
    <message>
        <source>Remove tool server</source>
        <translation>Remover servidor de ferramentas</translation>
    </message>
    <message>
        <source>Every tool call will ask you again before it runs.</source>
        <translation>Toda chamada de ferramenta vai pedir sua permissão de novo antes de rodar.</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>De um arquivo…</translation>
    </message>
    <message>
        <source>Import tool servers</source>
        <translation>Importar servidores de ferramentas</translation>
    </message>
</context>
<context>
    <name>TranscribeOptionsPanel</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of the recording</source>
        <translation>Idioma da gravação</translation>
    </message>
    <message>
        <source>Detect the language</source>
        <translation>Detectar o idioma</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Write down what is said</source>
        <translation>Transcrever o que é dito</translation>
    </message>
    <message>
        <source>Translate it to English</source>
        <translation>Traduzir para inglês</translation>
    </message>
    <message>
        <source>Skip silence and noise (fewer invented sentences)</source>
        <translation>Pular silêncio e ruído (menos frases inventadas)</translation>
    </message>
    <message>
        <source>Time every word (tighter subtitles, a little slower)</source>
        <translation>Marcar o tempo de cada palavra (legendas mais precisas, um pouco mais lento)</translation>
    </message>
    <message>
        <source>Fast mode (several parts at once; subtitle times are approximate without word times)</source>
        <translation>Modo rápido (várias partes ao mesmo tempo; os tempos das legendas são aproximados sem tempos por palavra)</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulário</translation>
    </message>
    <message>
        <source>Names and terms to spell right, e.g. “Hearth, Whisper, Ana Lopes” (optional)</source>
        <translation>Nomes e termos a escrever corretamente, ex.: “Hearth, Whisper, Ana Lopes” (opcional)</translation>
    </message>
    <message>
        <source>Vocabulary: names and terms to spell right</source>
        <translation>Vocabulário: nomes e termos a escrever corretamente</translation>
    </message>
    <message>
        <source>Beam size</source>
        <translation>Tamanho do feixe</translation>
    </message>
    <message>
        <source>How many guesses Whisper weighs at each step: more is a little better and slower</source>
        <translation>Quantas hipóteses o Whisper avalia a cada passo: mais é um pouco melhor e mais lento</translation>
    </message>
</context>
<context>
    <name>TranscribePage</name>
    <message>
        <source>{formats} and {last}</source>
        <translation>{formats} e {last}</translation>
    </message>
    <message>
        <source>Each transcript is saved automatically as {formats} in {folder}, never over a file of yours.</source>
        <translation>Cada transcrição é salva automaticamente como {formats} em {folder}, sem nunca sobrescrever um arquivo seu.</translation>
    </message>
    <message>
        <source>Each transcript is saved automatically as {formats} next to its recording, never over a file of yours.</source>
        <translation>Cada transcrição é salva automaticamente como {formats} ao lado da gravação, sem nunca sobrescrever um arquivo seu.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Alterar…</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation>Transcrever</translation>
    </message>
    <message>
        <source>Recordings and videos become transcripts and subtitles on this computer. Nothing is uploaded.</source>
        <translation>Gravações e vídeos viram transcrições e legendas neste computador. Nada é enviado.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>Transcription options</source>
        <translation>Opções de transcrição</translation>
    </message>
    <message>
        <source>Where transcripts are saved</source>
        <translation>Onde as transcrições são salvas</translation>
    </message>
    <message>
        <source>The folder and the formats are in Settings, under Transcripts</source>
        <translation>A pasta e os formatos ficam nas Configurações, em Transcrições</translation>
    </message>
    <message>
        <source>No recordings were found in what was dropped.</source>
        <translation>Nenhuma gravação foi encontrada no que foi solto.</translation>
    </message>
    <message>
        <source>The transcript of {name} is ready.</source>
        <translation>A transcrição de {name} está pronta.</translation>
    </message>
    <message>
        <source>Transcribing {name} failed: {reason}</source>
        <translation>A transcrição de {name} falhou: {reason}</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <source>Summarize this</source>
        <translation>Resumir isto</translation>
    </message>
    <message>
        <source>List the action items, with who does what</source>
        <translation>Listar as tarefas, com quem faz o quê</translation>
    </message>
    <message>
        <source>Ask my own question</source>
        <translation>Fazer minha própria pergunta</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the whole transcript</source>
        <translation>Copiar a transcrição inteira</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <source>Save the transcript as</source>
        <translation>Salvar a transcrição como</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <source>Show the transcript&apos;s folder</source>
        <translation>Mostrar a pasta da transcrição</translation>
    </message>
    <message>
        <source>Send to chat</source>
        <translation>Enviar ao chat</translation>
    </message>
    <message>
        <source>Send the transcript to the chat</source>
        <translation>Enviar a transcrição ao chat</translation>
    </message>
    <message>
        <source>Drop a recording to begin; its transcript shows here when it is done.</source>
        <translation>Solte uma gravação para começar; a transcrição aparece aqui quando estiver pronta.</translation>
    </message>
    <message>
        <source>No transcript yet.</source>
        <translation>Nenhuma transcrição ainda.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as {files} in {folder}.</source>
        <translation>Salvo como {files} em {folder}.</translation>
    </message>
    <message>
        <source>Save the transcript as {format}</source>
        <translation>Salvar a transcrição como {format}</translation>
    </message>
    <message>
        <source>The transcript could not be saved there</source>
        <translation>Não foi possível salvar a transcrição ali</translation>
    </message>
    <message>
        <source>Saved {file} in {folder}.</source>
        <translation>{file} salvo em {folder}.</translation>
    </message>
    <message>
        <source>Transcript: {name}</source>
        <translation>Transcrição: {name}</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Search the transcript</source>
        <translation>Pesquisar na transcrição</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Text (double-click to edit)</source>
        <translation>Texto (clique duas vezes para editar)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <source>One line per timed segment; F2 or a double-click edits its text</source>
        <translation>Uma linha por segmento com tempo; F2 ou um clique duplo edita o texto</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n lines</source>
        <translation>
            <numerusform>{shown} de %n linha</numerusform>
            <numerusform>{shown} de %n linhas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transcription</name>
    <message>
        <source>Waiting to start…</source>
        <comment>transcription.waiting</comment>
        <translation>Aguardando para começar…</translation>
    </message>
    <message>
        <source>The folder chosen for transcripts could not be written, so they are in {folder}.</source>
        <comment>transcription.fallback-folder</comment>
        <translation>Não foi possível gravar na pasta escolhida para as transcrições, então elas estão em {folder}.</translation>
    </message>
    <message>
        <source>The transcript could not be saved in {folder}: {problem}.</source>
        <comment>transcription.transcript-not-saved-in-folder</comment>
        <translation>Não foi possível salvar a transcrição em {folder}: {problem}.</translation>
    </message>
    <message>
        <source>The transcript could not be saved in {folder} nor in {fallback}: {problem}.</source>
        <comment>transcription.transcript-not-saved</comment>
        <translation>Não foi possível salvar a transcrição nem em {folder} nem em {fallback}: {problem}.</translation>
    </message>
</context>
<context>
    <name>TranscriptionQueueList</name>
    <message>
        <source>Transcription queue</source>
        <translation>Fila de transcrição</translation>
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
        <translation>Transcrições</translation>
    </message>
    <message>
        <source>A file already there is never replaced: the new one gets a number, like “talk (2).srt”.</source>
        <translation>Um arquivo já existente nunca é substituído: o novo recebe um número, como “palestra (2).srt”.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Escolher uma pasta…</translation>
    </message>
    <message>
        <source>Choose a folder for transcripts</source>
        <translation>Escolher uma pasta para as transcrições</translation>
    </message>
    <message>
        <source>Next to each recording</source>
        <translation>Ao lado de cada gravação</translation>
    </message>
    <message>
        <source>Save transcripts next to each recording</source>
        <translation>Salvar as transcrições ao lado de cada gravação</translation>
    </message>
    <message>
        <source>Save automatically as</source>
        <translation>Salvar automaticamente como</translation>
    </message>
    <message>
        <source>Save automatically as {format}</source>
        <translation>Salvar automaticamente como {format}</translation>
    </message>
    <message>
        <source>Choose where transcripts are saved</source>
        <translation>Escolha onde as transcrições são salvas</translation>
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
        <translation>Valores das variáveis do prompt, um caso por linha</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Adicionar linha</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Remover a linha</translation>
    </message>
    <message>
        <source>Remove the chosen row</source>
        <translation>Remover a linha escolhida</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Colar linhas</translation>
    </message>
    <message>
        <source>Rows copied from a spreadsheet: one case a line, values apart by tabs</source>
        <translation>Linhas copiadas de uma planilha: um caso por linha, valores separados por tabulações</translation>
    </message>
    <message>
        <source>Values: one case per row</source>
        <translation>Valores: um caso por linha</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Hearth&apos;s language; Settings can change it later</source>
        <translation>Idioma do Hearth; você pode alterá-lo depois nas Configurações</translation>
    </message>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Bem-vindo ao Hearth</translation>
    </message>
    <message>
        <source>Hearth runs open AI models on this computer. Nothing you type, show or say leaves it, and once a model is here it works offline.</source>
        <translation>O Hearth roda modelos de IA abertos neste computador. Nada do que você digita, mostra ou fala sai dele, e quando um modelo já está aqui ele funciona offline.</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>Como você quer começar?</translation>
    </message>
    <message>
        <source>Find a model for this computer</source>
        <translation>Encontrar um modelo para este computador</translation>
    </message>
    <message>
        <source>Hearth looks at your hardware and suggests three chat models that run well on it.</source>
        <translation>O Hearth analisa seu hardware e sugere três modelos de chat que rodam bem nele.</translation>
    </message>
    <message>
        <source>I already have models</source>
        <translation>Já tenho modelos</translation>
    </message>
    <message>
        <source>Add GGUF files you have, or use the ones found from LM Studio, Ollama or the Hugging Face cache.</source>
        <translation>Adicione arquivos GGUF que você tem, ou use os encontrados no LM Studio, no Ollama ou no cache do Hugging Face.</translation>
    </message>
    <message>
        <source>Transcribe a file</source>
        <translation>Transcrever um arquivo</translation>
    </message>
    <message>
        <source>Turn a recording or a video into text and subtitles, made on this computer.</source>
        <translation>Transforme uma gravação ou um vídeo em texto e legendas, feitos neste computador.</translation>
    </message>
</context>
</TS>
