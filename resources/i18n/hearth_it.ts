<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AttachedDocuments</name>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Documenti ({patterns})</translation>
    </message>
    <message>
        <source>The reply will read:</source>
        <translation>La risposta userà:</translation>
    </message>
    <message>
        <source>{path}
Click to leave it out</source>
        <translation>{path}
Fai clic per escluderlo</translation>
    </message>
    <message>
        <source>Leave out {name}</source>
        <translation>Escludi {name}</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Chiudi il messaggio</translation>
    </message>
</context>
<context>
    <name>ChatComposer</name>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Invia il messaggio</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Invia il messaggio (Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Ferma la risposta</translation>
    </message>
    <message>
        <source>Stop the reply; what it wrote so far is kept (Esc)</source>
        <translation>Ferma la risposta; ciò che ha scritto finora resta (Esc)</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annulla modifica</translation>
    </message>
    <message>
        <source>Keep your message as it was (Esc)</source>
        <translation>Lascia il messaggio com&apos;era (Esc)</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Immagine…</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>Aggiungi un&apos;immagine</translation>
    </message>
    <message>
        <source>Show the model a picture (or drop one on the chat, or paste it)</source>
        <translation>Mostra un&apos;immagine al modello (o trascinala nella chat, o incollala)</translation>
    </message>
    <message>
        <source>Document…</source>
        <translation>Documento…</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Aggiungi un documento</translation>
    </message>
    <message>
        <source>Ask about a document: txt, md, pdf, docx, html (or drop one here)</source>
        <translation>Chiedi su un documento: txt, md, pdf, docx, html (o trascinalo qui)</translation>
    </message>
    <message>
        <source>Use {model}</source>
        <translation>Usa {model}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Immagini ({patterns})</translation>
    </message>
    <message>
        <source>Show the model a picture</source>
        <translation>Mostra un&apos;immagine al modello</translation>
    </message>
    <message>
        <source>Ask about a document</source>
        <translation>Chiedi su un documento</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Questo modello</translation>
    </message>
    <message>
        <source>{model} cannot see images, and no model on this computer that fits can. Discover lists vision models (Qwen2.5-VL, Gemma 3, SmolVLM…); or pair a model with its vision companion (an mmproj file) in My Models. Your pictures and text stay here.</source>
        <translation>{model} non può vedere le immagini, e nessun modello adatto su questo computer può farlo. Esplora elenca i modelli con visione (Qwen2.5-VL, Gemma 3, SmolVLM…); oppure abbina un modello al suo modulo di visione (un file mmproj) in I miei modelli. Le tue immagini e il testo restano qui.</translation>
    </message>
    <message>
        <source>{model} cannot see images. Switch to a model that can, then press Send again; your pictures and text stay here.</source>
        <translation>{model} non può vedere le immagini. Passa a un modello che può farlo, poi premi di nuovo Invia; le tue immagini e il testo restano qui.</translation>
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
        <translation>Bilanciato</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Creativo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>Caricamento del modello</translation>
    </message>
    <message>
        <source>Think first</source>
        <translation>Ragiona prima</translation>
    </message>
    <message>
        <source>This model can reason step by step before it answers (slower, often better)</source>
        <translation>Questo modello può ragionare passo per passo prima di rispondere (più lento, spesso migliore)</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stile</translation>
    </message>
    <message>
        <source>Reply style</source>
        <translation>Stile risposta</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>Show the chat options</source>
        <translation>Mostra le opzioni della chat</translation>
    </message>
    <message>
        <source>Ready · on {provider}</source>
        <translation>Pronto · su {provider}</translation>
    </message>
    <message>
        <source>leaves this computer → {host}</source>
        <translation>esce da questo computer → {host}</translation>
    </message>
    <message>
        <source>Your messages and the replies travel to {provider} at {host} and back. Hearth cannot tell what that computer keeps.</source>
        <translation>I tuoi messaggi e le risposte viaggiano fino a {provider} su {host} e ritorno. Hearth non può sapere cosa conserva quel computer.</translation>
    </message>
    <message>
        <source>Ready · {context} tokens of context · sees images · loaded in {seconds} s</source>
        <translation>Pronto · {context} token di contesto · vede le immagini · caricato in {seconds} s</translation>
    </message>
    <message>
        <source>Ready · {context} tokens of context · loaded in {seconds} s</source>
        <translation>Pronto · {context} token di contesto · caricato in {seconds} s</translation>
    </message>
</context>
<context>
    <name>ChatOptions</name>
    <message>
        <source>Top-p: the model picks only among its likeliest next words that together make up this share; lower is more focused, 1 leaves every word in.</source>
        <translation>Top-p: il modello sceglie solo tra le parole successive più probabili che insieme raggiungono questa quota; più basso è più mirato, 1 le include tutte.</translation>
    </message>
    <message>
        <source>Top-k: the model picks only among this many likeliest next words; 0 leaves every word in.</source>
        <translation>Top-k: il modello sceglie solo tra questo numero di parole successive più probabili; 0 le include tutte.</translation>
    </message>
    <message>
        <source>Min-p: leaves out words far less likely than the likeliest one (this share of its chance); higher is more focused, 0 turns it off.</source>
        <translation>Min-p: esclude le parole molto meno probabili della più probabile (questa quota della sua probabilità); più alto è più mirato, 0 lo disattiva.</translation>
    </message>
    <message>
        <source>Repeat penalty: above 1, words the reply has just used become less likely, so it repeats itself less; 1 turns it off.</source>
        <translation>Penalità ripetizioni: sopra 1, le parole appena usate nella risposta diventano meno probabili, così si ripete meno; 1 la disattiva.</translation>
    </message>
    <message>
        <source>Conversation memory: how the model keeps the conversation it has read (its KV cache). q8_0 needs about half the memory, so a long context fits where it would not; replies change very little.</source>
        <translation>Memoria della conversazione: come il modello conserva la conversazione che ha letto (la sua cache KV). q8_0 richiede circa metà memoria, così un contesto lungo ci sta dove altrimenti non ci starebbe; le risposte cambiano pochissimo.</translation>
    </message>
    <message>
        <source>Layers on the graphics card: how many of the model&apos;s layers run on the graphics card (faster); the rest run on the processor. Automatic puts as many as fit.</source>
        <translation>Livelli sulla scheda grafica: quanti livelli del modello vengono eseguiti sulla scheda grafica (più veloce); gli altri sul processore. Automatico ne mette quanti ne entrano.</translation>
    </message>
    <message>
        <source>Standard (f16)</source>
        <translation>Standard (f16)</translation>
    </message>
    <message>
        <source>Smaller, for long context (q8_0)</source>
        <translation>Ridotta, per contesti lunghi (q8_0)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt di sistema</translation>
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
        <translation>Penalità ripetizioni</translation>
    </message>
    <message>
        <source>Longest reply (tokens)</source>
        <translation>Risposta massima (token)</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>Contesto (token)</translation>
    </message>
    <message>
        <source>Layers on the graphics card</source>
        <translation>Livelli sulla scheda grafica</translation>
    </message>
    <message>
        <source>Conversation memory</source>
        <translation>Memoria della conversazione</translation>
    </message>
    <message>
        <source>System prompt: how the model should behave (optional)</source>
        <translation>Prompt di sistema: come deve comportarsi il modello (facoltativo)</translation>
    </message>
    <message>
        <source>Speed up replies that quote the prompt</source>
        <translation>Velocizza le risposte che citano il prompt</translation>
    </message>
    <message>
        <source>When a reply repeats words from your message or documents (a summary, a list of action items, an edited text), Hearth guesses several words at once and checks them. The reply is the same; it only arrives sooner. Hearth turns this off by itself for a model where it does not pay.</source>
        <translation>Quando una risposta ripete parole del tuo messaggio o dei documenti (un riassunto, un elenco di cose da fare, un testo rivisto), Hearth indovina più parole alla volta e le verifica. La risposta è la stessa; arriva solo prima. Hearth lo disattiva da solo per i modelli in cui non conviene.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Cannot estimate this model&apos;s memory: {reason}</source>
        <translation>Impossibile stimare la memoria di questo modello: {reason}</translation>
    </message>
    <message>
        <source>Conversation memory ({kind}): {size}.</source>
        <translation>Memoria della conversazione ({kind}): {size}.</translation>
    </message>
    <message>
        <source>Needs about {size} with {context} context. {memory}</source>
        <translation>Richiede circa {size} con un contesto di {context}. {memory}</translation>
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
        <translation>Attendi che questa risposta finisca (o fermala), poi invia di nuovo la trascrizione alla chat.</translation>
    </message>
    <message>
        <source>Choose a model first (the list above shows how each one fits this computer).</source>
        <translation>Scegli prima un modello (l&apos;elenco sopra mostra come ciascuno si adatta a questo computer).</translation>
    </message>
    <message>
        <source>Editing your message: send it to replace it and everything after it.</source>
        <translation>Stai modificando il messaggio: invialo per sostituirlo insieme a tutto ciò che segue.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Sta scrivendo…</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>Hearth is still looking at this computer; choose the model again in a moment.</source>
        <translation>Hearth sta ancora esaminando questo computer; scegli di nuovo il modello tra un momento.</translation>
    </message>
    <message>
        <source>This window cannot use other computers&apos; models.</source>
        <translation>Questa finestra non può usare i modelli di altri computer.</translation>
    </message>
    <message>
        <source>That other computer was removed in Settings.</source>
        <translation>Quell&apos;altro computer è stato rimosso nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Answered from the files attached to this conversation; the collection “{collection}” was not searched. Start a new conversation to ask the collection.</source>
        <translation>Risposta basata sui file allegati a questa conversazione; la raccolta “{collection}” non è stata consultata. Avvia una nuova conversazione per interrogare la raccolta.</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>Risposta non riuscita</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; ask again in a moment.</source>
        <translation>Hearth sta ancora esaminando questo computer; chiedi di nuovo tra un momento.</translation>
    </message>
</context>
<context>
    <name>ChatTranscript</name>
    <message>
        <source>About this chat</source>
        <translation>Info su questa chat</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier messages</source>
        <translation>
            <numerusform>Mostra %n messaggio precedente</numerusform>
            <numerusform>Mostra %n messaggi precedenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>not</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Passes when the reply does not do this</source>
        <translation>Superata quando la risposta non fa questo</translation>
    </message>
    <message>
        <source>weight </source>
        <translation>peso </translation>
    </message>
    <message>
        <source>How much this check counts in the score (0: shown, never counted)</source>
        <translation>Quanto conta questa verifica nel punteggio (0: mostrata, mai conteggiata)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>“{type}”: Hearth does not run this check; it is kept as written</source>
        <translation>“{type}”: Hearth non esegue questa verifica; viene conservata così com&apos;è</translation>
    </message>
    <message>
        <source>Check {number}: what to look for</source>
        <translation>Verifica {number}: cosa cercare</translation>
    </message>
    <message>
        <source>Check {number}: a check Hearth does not run</source>
        <translation>Verifica {number}: una verifica che Hearth non esegue</translation>
    </message>
    <message>
        <source>Check {number}: not</source>
        <translation>Verifica {number}: non</translation>
    </message>
    <message>
        <source>Check {number}: value</source>
        <translation>Verifica {number}: valore</translation>
    </message>
    <message>
        <source>Check {number}: weight</source>
        <translation>Verifica {number}: peso</translation>
    </message>
    <message>
        <source>Remove check {number}</source>
        <translation>Rimuovi la verifica {number}</translation>
    </message>
    <message>
        <source>Check {number}: problem</source>
        <translation>Verifica {number}: problema</translation>
    </message>
    <message>
        <source>Check {number}: on the sample reply</source>
        <translation>Verifica {number}: sulla risposta di esempio</translation>
    </message>
    <message>
        <source>Write the time in seconds, such as 2.5.</source>
        <translation>Scrivi il tempo in secondi, ad esempio 2.5.</translation>
    </message>
    <message>
        <source>Write what this check looks for.</source>
        <translation>Scrivi cosa cerca questa verifica.</translation>
    </message>
    <message>
        <source>Hearth does not run this optional check yet: it is kept and never counted.</source>
        <translation>Hearth non esegue ancora questa verifica facoltativa: viene conservata e mai conteggiata.</translation>
    </message>
    <message>
        <source>Hearth does not run this check: it is kept as written and never counted.</source>
        <translation>Hearth non esegue questa verifica: viene conservata così com&apos;è e mai conteggiata.</translation>
    </message>
    <message>
        <source>✓ Passes: {reason}</source>
        <translation>✓ Superata: {reason}</translation>
    </message>
    <message>
        <source>✗ Fails: {reason}</source>
        <translation>✗ Non superata: {reason}</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Suite of prompts with checks</source>
        <translation>Suite di prompt con verifiche</translation>
    </message>
    <message>
        <source>Open a suite…</source>
        <translation>Apri una suite…</translation>
    </message>
    <message>
        <source>Hearth&apos;s JSONL, or a promptfoo configuration (promptfooconfig.yaml)</source>
        <translation>Il JSONL di Hearth, o una configurazione promptfoo (promptfooconfig.yaml)</translation>
    </message>
    <message>
        <source>New suite…</source>
        <translation>Nuova suite…</translation>
    </message>
    <message>
        <source>Write your own prompts and checks, in plain words</source>
        <translation>Scrivi i tuoi prompt e le tue verifiche, con parole semplici</translation>
    </message>
    <message>
        <source>Repeats: </source>
        <translation>Ripetizioni: </translation>
    </message>
    <message>
        <source>Repeats with other seeds</source>
        <translation>Ripetizioni con altri seed</translation>
    </message>
    <message>
        <source>Each case asked again with another seed: a case that passes only sometimes is flaky</source>
        <translation>Ogni caso viene riproposto con un altro seed: un caso che passa solo a volte è instabile</translation>
    </message>
    <message>
        <source>Run the checks</source>
        <translation>Esegui le verifiche</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Save the results…</source>
        <translation>Salva i risultati…</translation>
    </message>
    <message>
        <source>As a CSV of every reply, a JSON document or an HTML report</source>
        <translation>Come CSV di ogni risposta, documento JSON o report HTML</translation>
    </message>
    <message>
        <source>Checks run progress</source>
        <translation>Avanzamento delle verifiche</translation>
    </message>
    <message>
        <source>“Similar” checks use</source>
        <translation>Le verifiche “simile” usano</translation>
    </message>
    <message>
        <source>Embedding model for “similar” checks</source>
        <translation>Modello di embedding per le verifiche “simile”</translation>
    </message>
    <message>
        <source>Optional: without one, “similar” checks are listed and not counted</source>
        <translation>Facoltativo: senza, le verifiche “simile” sono elencate ma non conteggiate</translation>
    </message>
    <message>
        <source>Judge for rubric checks</source>
        <translation>Giudice per le verifiche con criteri</translation>
    </message>
    <message>
        <source>Judge model for rubric checks</source>
        <translation>Modello giudice per le verifiche con criteri</translation>
    </message>
    <message>
        <source>Optional: a model of this computer grades replies against a rubric (at temperature 0)</source>
        <translation>Facoltativo: un modello di questo computer valuta le risposte secondo dei criteri (a temperatura 0)</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>Nessun modello di embedding</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>Nessun giudice</translation>
    </message>
    <message>
        <source>Hearth does not run these checks of the suite, so they are listed and never counted: {names}.</source>
        <translation>Hearth non esegue queste verifiche della suite, quindi sono elencate e mai conteggiate: {names}.</translation>
    </message>
    <message>
        <source>Saved the suite “{name}”. Run it on the panes&apos; models.</source>
        <translation>Suite “{name}” salvata. Eseguila sui modelli dei riquadri.</translation>
    </message>
    <message>
        <source>, about {seconds} s left</source>
        <translation>, circa {seconds} s rimanenti</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>Salva i risultati</translation>
    </message>
    <message>
        <source>Hearth saves results as .csv, .json or .html: choose a name that ends with one of them.</source>
        <translation>Hearth salva i risultati come .csv, .json o .html: scegli un nome che termini con una di queste estensioni.</translation>
    </message>
    <message>
        <source>Hearth could not write {path}: {reason}. Choose another folder.</source>
        <translation>Hearth non è riuscito a scrivere {path}: {reason}. Scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>The results are saved in {path}.</source>
        <translation>I risultati sono salvati in {path}.</translation>
    </message>
    <message>
        <source>Run a suite on the panes&apos; models to see which one passes most here.</source>
        <translation>Esegui una suite sui modelli dei riquadri per vedere quale supera più verifiche qui.</translation>
    </message>
    <message>
        <source>CSV, every reply (*.csv);;JSON (*.json);;HTML report (*.html)</source>
        <translation>CSV, ogni risposta (*.csv);;JSON (*.json);;Report HTML (*.html)</translation>
    </message>
    <message>
        <source>Real work</source>
        <translation>Lavoro reale</translation>
    </message>
    <message>
        <source>Cases where the models disagree</source>
        <translation>Casi in cui i modelli non concordano</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Affidabilità</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name} (tua)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Edit a copy…</source>
        <translation>Modifica una copia…</translation>
    </message>
    <message>
        <source>Change this suite of yours</source>
        <translation>Modifica questa tua suite</translation>
    </message>
    <message>
        <source>This suite is not yours to change: edit a copy, saved as one of your own</source>
        <translation>Questa suite non è tua e non si può modificare: modifica una copia, salvata tra le tue</translation>
    </message>
    <message>
        <source>Open a suite</source>
        <translation>Apri una suite</translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation>Esecuzione delle verifiche…</translation>
    </message>
    <message>
        <source>%v of %m replies graded</source>
        <translation>%v di %m risposte valutate</translation>
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
        <translation>codice</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copia il codice</translation>
    </message>
    <message>
        <source>Code in {language}</source>
        <translation>Codice in {language}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
</context>
<context>
    <name>CollectionChooser</name>
    <message>
        <source>Answer from one of your document collections (made on the Documents page)</source>
        <translation>Rispondi usando una delle tue raccolte di documenti (create nella pagina Documenti)</translation>
    </message>
    <message>
        <source>Documents to answer from</source>
        <translation>Documenti da cui rispondere</translation>
    </message>
    <message>
        <source>Documents: {collection}</source>
        <translation>Documenti: {collection}</translation>
    </message>
    <message>
        <source>No documents</source>
        <translation>Nessun documento</translation>
    </message>
</context>
<context>
    <name>CollectionList</name>
    <message>
        <source>Collections</source>
        <translation>Raccolte</translation>
    </message>
    <message>
        <source>Embedding model: {model}</source>
        <translation>Modello di embedding: {model}</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation>
            <numerusform>%n frammento</numerusform>
            <numerusform>%n frammenti</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — {files}, {chunks} · needs indexing again (new embedding model)</source>
        <translation>{name} — {files}, {chunks} · da indicizzare di nuovo (nuovo modello di embedding)</translation>
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
            <numerusform>%n file in attesa</numerusform>
            <numerusform>%n file in attesa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>These two do not fit together here; Hearth loads them in turn, about {each} s each.</source>
        <comment>compare.two-in-turn</comment>
        <translation>Questi due non entrano insieme in memoria qui; Hearth li carica a turno, circa {each} s ciascuno.</translation>
    </message>
    <message>
        <source>These {count} do not fit together here; Hearth loads them in turn, about {each} s each.</source>
        <comment>compare.in-turn</comment>
        <translation>Questi {count} non entrano insieme in memoria qui; Hearth li carica a turno, circa {each} s ciascuno.</translation>
    </message>
    <message>
        <source>Line {number} of the file is not JSON.</source>
        <comment>compare.line-not-json</comment>
        <translation>La riga {number} del file non è JSON.</translation>
    </message>
    <message>
        <source>Line {number} has no prompt (a string, or an object with a “prompt”).</source>
        <comment>compare.line-without-prompt</comment>
        <translation>La riga {number} non ha un prompt (una stringa, o un oggetto con “prompt”).</translation>
    </message>
    <message>
        <source>Hearth cannot read the prompts in {path}.</source>
        <comment>compare.prompts-unreadable</comment>
        <translation>Hearth non riesce a leggere i prompt in {path}.</translation>
    </message>
    <message>
        <source>There are no prompts in {path}.</source>
        <comment>compare.no-prompts</comment>
        <translation>Non ci sono prompt in {path}.</translation>
    </message>
    <message>
        <source>comparisons file</source>
        <comment>compare.comparisons-file</comment>
        <translation>file dei confronti</translation>
    </message>
    <message>
        <source>There is already a prompt set called “{name}”.</source>
        <comment>compare.prompt-set-exists</comment>
        <translation>Esiste già un set di prompt chiamato “{name}”.</translation>
    </message>
    <message>
        <source>That prompt set is gone.</source>
        <comment>compare.prompt-set-gone</comment>
        <translation>Quel set di prompt non c&apos;è più.</translation>
    </message>
    <message>
        <source>That run is gone.</source>
        <comment>compare.run-gone</comment>
        <translation>Quell&apos;esecuzione non esiste più.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Three panes</source>
        <translation>Tre riquadri</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Ferma tutto</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Save the panes&apos; conversations as a Markdown file</source>
        <translation>Salva le conversazioni dei riquadri come file Markdown</translation>
    </message>
    <message>
        <source>Ask every pane the same thing…</source>
        <translation>Chiedi la stessa cosa a tutti i riquadri…</translation>
    </message>
    <message>
        <source>Message for every pane</source>
        <translation>Messaggio per tutti i riquadri</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>Invia a tutti</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Affiancati</translation>
    </message>
    <message>
        <source>Prompt sets</source>
        <translation>Set di prompt</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classifica</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verifiche</translation>
    </message>
    <message>
        <source>Ways to compare</source>
        <translation>Modi di confronto</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <source>Choose a model in every pane.</source>
        <translation>Scegli un modello in ogni riquadro.</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>Analisi di questo computer…</translation>
    </message>
    <message>
        <source>These fit in memory together: they stay loaded and answer in turn.</source>
        <translation>Questi modelli stanno insieme in memoria: restano caricati e rispondono a turno.</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Esporta il confronto</translation>
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
        <translation>completata</translation>
    </message>
    <message>
        <source>reached the longest reply</source>
        <translation>lunghezza massima raggiunta</translation>
    </message>
    <message>
        <source>context full</source>
        <translation>contesto pieno</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrotta</translation>
    </message>
    <message>
        <source>temp </source>
        <translation>temp. </translation>
    </message>
    <message>
        <source>Temperature: 0 gives the same reply every time</source>
        <translation>Temperatura: con 0 la risposta è sempre la stessa</translation>
    </message>
    <message>
        <source>Temperature of pane {number}</source>
        <translation>Temperatura del riquadro {number}</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <source>Longest reply</source>
        <translation>Risposta massima</translation>
    </message>
    <message>
        <source>Longest reply in pane {number}</source>
        <translation>Risposta massima nel riquadro {number}</translation>
    </message>
    <message>
        <source>Pane {number}</source>
        <translation>Riquadro {number}</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Più veloce</translation>
    </message>
    <message>
        <source>Model of pane {number}</source>
        <translation>Modello del riquadro {number}</translation>
    </message>
    <message>
        <source>Conversation in pane {number}</source>
        <translation>Conversazione nel riquadro {number}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Stop pane {number}</source>
        <translation>Ferma il riquadro {number}</translation>
    </message>
    <message>
        <source>Continue with this one</source>
        <translation>Continua con questo</translation>
    </message>
    <message>
        <source>Carry on this conversation in Chat with this pane&apos;s model</source>
        <translation>Prosegui questa conversazione in Chat con il modello di questo riquadro</translation>
    </message>
    <message>
        <source>leaves this computer → {host}</source>
        <translation>esce da questo computer → {host}</translation>
    </message>
    <message>
        <source>What you send this pane travels to {computer} at {host}, and its reply back. Hearth cannot tell what that computer keeps.</source>
        <translation>Ciò che invii a questo riquadro viaggia fino a {computer} su {host}, e la risposta torna indietro. Hearth non può sapere cosa conserva quel computer.</translation>
    </message>
    <message>
        <source>You: {prompt}</source>
        <translation>Tu: {prompt}</translation>
    </message>
    <message>
        <source>waiting for its turn…</source>
        <translation>in attesa del suo turno…</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>sta scrivendo…</translation>
    </message>
    <message>
        <source>on {computer}</source>
        <translation>su {computer}</translation>
    </message>
    <message>
        <source>{ttft} s to first token · {speed} tokens/s · {tokens} · {ending} · {where}</source>
        <translation>{ttft} s al primo token · {speed} token/s · {tokens} · {ending} · {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n token</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message the model… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Scrivi al modello… (Enter invia, Shift+Enter va a capo)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops a reply, Tab leaves the message</source>
        <translation>Enter invia, Shift+Enter va a capo, Esc ferma una risposta, Tab esce dal messaggio</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Avvia una nuova chat (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Cerca nelle chat</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Right-click a chat to rename, duplicate, export or delete it</source>
        <translation>Fai clic destro su una chat per rinominarla, duplicarla, esportarla o eliminarla</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Esporta come Markdown…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Rinomina chat</translation>
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
        <translation>Esporta chat</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The chat could not be saved there</source>
        <translation>Impossibile salvare la chat in quella posizione</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages?</source>
        <translation>Eliminare “{title}” e tutti i suoi messaggi?</translation>
    </message>
    <message>
        <source>Delete this chat and all its messages?</source>
        <translation>Eliminare questa chat e tutti i suoi messaggi?</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Elimina chat</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models</source>
        <translation>
            <numerusform>%n modello</numerusform>
            <numerusform>%n modelli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reused} of %Ln prompt tokens reused</source>
        <translation>
            <numerusform>{reused} di %Ln token del prompt riutilizzato</numerusform>
            <numerusform>{reused} di %Ln token del prompt riutilizzati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>All tasks</source>
        <translation>Ogni attività</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Ragionamento</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Immagini</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Documents search</source>
        <translation>Ricerca nei documenti</translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation>Ogni licenza</translation>
    </message>
    <message>
        <source>Business use allowed</source>
        <translation>Uso commerciale consentito</translation>
    </message>
    <message>
        <source>Free licences only (Apache, MIT)</source>
        <translation>Solo licenze libere (Apache, MIT)</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Ogni dimensione</translation>
    </message>
    <message>
        <source>Small (under 3 GB)</source>
        <translation>Piccoli (meno di 3 GB)</translation>
    </message>
    <message>
        <source>Medium (3–10 GB)</source>
        <translation>Medi (3–10 GB)</translation>
    </message>
    <message>
        <source>Large (over 10 GB)</source>
        <translation>Grandi (oltre 10 GB)</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Esplora</translation>
    </message>
    <message>
        <source>Help me choose</source>
        <translation>Aiutami a scegliere</translation>
    </message>
    <message>
        <source>Help me choose a model</source>
        <translation>Aiutami a scegliere un modello</translation>
    </message>
    <message>
        <source>Answer two questions and get up to three models that suit you and this computer</source>
        <translation>Rispondi a due domande e ricevi fino a tre modelli adatti a te e a questo computer</translation>
    </message>
    <message>
        <source>Open models you can run privately. The best fits for this computer come first; pick the smallest model that does what you need.</source>
        <translation>Modelli aperti da usare in privato. I più adatti a questo computer vengono prima; scegli il modello più piccolo che fa ciò che ti serve.</translation>
    </message>
    <message>
        <source>Search models (Ctrl+F)</source>
        <translation>Cerca modelli (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Cerca modelli</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Dimensione download</translation>
    </message>
    <message>
        <source>Fits this computer</source>
        <translation>Adatti a questo computer</translation>
    </message>
    <message>
        <source>Only models that fit this computer</source>
        <translation>Solo i modelli adatti a questo computer</translation>
    </message>
    <message>
        <source>No model matches these filters.</source>
        <translation>Nessun modello corrisponde a questi filtri.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Cancella filtri</translation>
    </message>
    <message>
        <source>Show every model again</source>
        <translation>Mostra di nuovo tutti i modelli</translation>
    </message>
    <message>
        <source>Hearth&apos;s picks, best fits first</source>
        <translation>Scelte di Hearth, i più adatti prima</translation>
    </message>
    <message>
        <source>Where to look for models</source>
        <translation>Dove cercare i modelli</translation>
    </message>
    <message>
        <source>Hearth&apos;s picks</source>
        <translation>Scelte di Hearth</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Cerca su Hugging Face</translation>
    </message>
    <message>
        <source>Checking which models run on this computer…</source>
        <translation>Verifico quali modelli funzionano su questo computer…</translation>
    </message>
    <message numerus="yes">
        <source>%n models · {runs} run on this computer</source>
        <translation>
            <numerusform>%n modello · {runs} funzionano su questo computer</numerusform>
            <numerusform>%n modelli · {runs} funzionano su questo computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models · checking your computer…</source>
        <translation>
            <numerusform>%n modello · analisi del computer…</numerusform>
            <numerusform>%n modelli · analisi del computer…</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {model}, chosen in Help me choose. Your other filters were cleared.</source>
        <translation>Viene mostrato {model}, scelto con Aiutami a scegliere. Gli altri filtri sono stati cancellati.</translation>
    </message>
    <message>
        <source>Showing {model}, chosen in Help me choose.</source>
        <translation>Viene mostrato {model}, scelto con Aiutami a scegliere.</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>Troppo grande per questo computer</translation>
    </message>
    <message>
        <source>{model} {quant} is too large for this computer.

{reason}

Download it anyway?</source>
        <translation>{model} {quant} è troppo grande per questo computer.

{reason}

Scaricarlo comunque?</translation>
    </message>
</context>
<context>
    <name>DocumentSources</name>
    <message>
        <source>{file}, page {page} · score {score}</source>
        <translation>{file}, pagina {page} · punteggio {score}</translation>
    </message>
    <message>
        <source>{file} · score {score}</source>
        <translation>{file} · punteggio {score}</translation>
    </message>
    <message>
        <source>Read the documents whole. The passages closest to the question:</source>
        <translation>Documenti letti per intero. I brani più vicini alla domanda:</translation>
    </message>
    <message numerus="yes">
        <source>Answered from %n passages found in the documents:</source>
        <translation>
            <numerusform>Risposta basata su %n brano trovato nei documenti:</numerusform>
            <numerusform>Risposta basata su %n brani trovati nei documenti:</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask again, reading the documents whole</source>
        <translation>Chiedi di nuovo, leggendo i documenti per intero</translation>
    </message>
    <message>
        <source>Loads the model again with a context of {tokens} tokens, then asks the same question</source>
        <translation>Ricarica il modello con un contesto di {tokens} token, poi pone la stessa domanda</translation>
    </message>
    <message>
        <source>Open {file}</source>
        <translation>Apri {file}</translation>
    </message>
    <message>
        <source>The question and these passages were sent to {where}: they left this computer.</source>
        <translation>La domanda e questi brani sono stati inviati a {where}: sono usciti da questo computer.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>This question is about the documents as a whole, but only {kept} passages were read. Loaded with a context of {needed:,} tokens (this model allows {trained:,}), it could read all of them whole: use the whole documents.</source>
        <comment>documents.whole-question-could-fit</comment>
        <translation>Questa domanda riguarda i documenti nel loro insieme, ma sono stati letti solo {kept} brani. Caricato con un contesto di {needed:,} token (questo modello ne consente {trained:,}), potrebbe leggerli tutti per intero: usa i documenti interi.</translation>
    </message>
    <message>
        <source>This question is about the documents as a whole, but they are too long for this model to read whole (about {whole:,} tokens; it has room for {context:,}). The answer saw only {kept} of {passages} passages, from {files} of {all_files} files: anything counted or summed up covers those passages only.</source>
        <comment>documents.whole-question-too-long</comment>
        <translation>Questa domanda riguarda i documenti nel loro insieme, ma sono troppo lunghi perché questo modello li legga per intero (circa {whole:,} token; ha spazio per {context:,}). La risposta ha visto solo {kept} brani su {passages}, da {files} file su {all_files}: conteggi e riepiloghi riguardano solo quei brani.</translation>
    </message>
    <message>
        <source>This collection&apos;s embedding model is not on this computer any more; add its documents again on the Documents page with an embedding model that is.</source>
        <comment>documents.embedding-model-gone</comment>
        <translation>Il modello di embedding di questa raccolta non è più su questo computer; aggiungi di nuovo i suoi documenti nella pagina Documenti con un modello di embedding presente.</translation>
    </message>
    <message>
        <source>The attached documents could not be read: {problems}.</source>
        <comment>documents.attachments-unreadable</comment>
        <translation>Impossibile leggere i documenti allegati: {problems}.</translation>
    </message>
    <message>
        <source>There is no collection named “{name}”.</source>
        <comment>documents.unknown-collection</comment>
        <translation>Non esiste nessuna raccolta chiamata “{name}”.</translation>
    </message>
    <message>
        <source>Reading documents needs an embedding model, and none is on this computer: download one (Discover, Documents search; or `hearth models --task embeddings`) or name a GGUF file with --embedder.</source>
        <comment>documents.no-embedding-model</comment>
        <translation>Per leggere i documenti serve un modello di embedding, e su questo computer non ce n&apos;è nessuno: scaricane uno (Esplora, Ricerca nei documenti; oppure `hearth models --task embeddings`) o indica un file GGUF con --embedder.</translation>
    </message>
    <message>
        <source>This collection was indexed with another embedding model; index it again to search it by meaning.</source>
        <comment>documents.needs-reindex</comment>
        <translation>Questa raccolta è stata indicizzata con un altro modello di embedding; indicizzala di nuovo per cercarvi per significato.</translation>
    </message>
</context>
<context>
    <name>DocumentsDropZone</name>
    <message>
        <source>Drop documents or folders here</source>
        <translation>Trascina qui documenti o cartelle</translation>
    </message>
    <message>
        <source>Text, Markdown, PDF, Word (docx), web pages (html) and Hearth transcripts (json).</source>
        <translation>Testo, Markdown, PDF, Word (docx), pagine web (html) e trascrizioni di Hearth (json).</translation>
    </message>
    <message>
        <source>Choose documents to add</source>
        <translation>Scegli i documenti da aggiungere</translation>
    </message>
    <message>
        <source>Choose a folder of documents to add</source>
        <translation>Scegli una cartella di documenti da aggiungere</translation>
    </message>
    <message>
        <source>Documents ({patterns});;All (*)</source>
        <translation>Documenti ({patterns});;Tutti (*)</translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation>Scegli i documenti</translation>
    </message>
    <message>
        <source>Choose a folder of documents</source>
        <translation>Scegli una cartella di documenti</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation>I miei documenti</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>Your files stay on this computer: Hearth reads them here and keeps an index beside its settings. In Chat, choose a collection to ask about it.</source>
        <translation>I tuoi file restano su questo computer: Hearth li legge qui e conserva un indice accanto alle sue impostazioni. In Chat, scegli una raccolta per fare domande su di essa.</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Raccolta</translation>
    </message>
    <message>
        <source>Collection name, e.g. Family papers</source>
        <translation>Nome della raccolta, es. Documenti di famiglia</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>Nome della raccolta</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modello di embedding</translation>
    </message>
    <message>
        <source>The embedding model that indexes the documents (an embedding GGUF in My Models)</source>
        <translation>Il modello di embedding che indicizza i documenti (un GGUF di embedding in I miei modelli)</translation>
    </message>
    <message>
        <source>Check for changes</source>
        <translation>Cerca modifiche</translation>
    </message>
    <message>
        <source>Check the chosen collection for changes</source>
        <translation>Cerca modifiche nella raccolta scelta</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>Rimuovi raccolta</translation>
    </message>
    <message>
        <source>Remove the chosen collection</source>
        <translation>Rimuovi la raccolta scelta</translation>
    </message>
    <message>
        <source>What the buttons act on</source>
        <translation>Su cosa agiscono i pulsanti</translation>
    </message>
    <message>
        <source>No embedding model yet: get one in Discover (Documents search)</source>
        <translation>Nessun modello di embedding: scaricane uno da Esplora (Ricerca nei documenti)</translation>
    </message>
    <message>
        <source>No collection yet: drop files or folders above to make one.</source>
        <translation>Nessuna raccolta: trascina file o cartelle qui sopra per crearne una.</translation>
    </message>
    <message>
        <source>Click a collection in the list to check it for changes or remove it.</source>
        <translation>Fai clic su una raccolta nell&apos;elenco per cercare modifiche o rimuoverla.</translation>
    </message>
    <message>
        <source>Chosen: “{name}”.</source>
        <translation>Scelta: “{name}”.</translation>
    </message>
    <message>
        <source>Read again what changed in the files of “{name}”</source>
        <translation>Rileggi ciò che è cambiato nei file di “{name}”</translation>
    </message>
    <message>
        <source>Wait until the indexing in progress has finished.</source>
        <translation>Attendi che l&apos;indicizzazione in corso sia terminata.</translation>
    </message>
    <message>
        <source>Remove “{name}” from Hearth; your files themselves stay</source>
        <translation>Rimuovi “{name}” da Hearth; i tuoi file restano dove sono</translation>
    </message>
    <message>
        <source>Choose an embedding model first: it reads the documents so that Hearth can find the right parts.</source>
        <translation>Scegli prima un modello di embedding: legge i documenti perché Hearth possa trovare le parti giuste.</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; add the documents again in a moment.</source>
        <translation>Hearth sta ancora esaminando questo computer; aggiungi di nuovo i documenti tra un momento.</translation>
    </message>
    <message>
        <source>The collection “{name}” is indexed. {summary}</source>
        <translation>La raccolta “{name}” è indicizzata. {summary}</translation>
    </message>
    <message>
        <source>Indexing the collection “{name}” failed.</source>
        <translation>Indicizzazione della raccolta “{name}” non riuscita.</translation>
    </message>
    <message>
        <source>Remove the collection “{name}”?

Hearth forgets its index, and the chat can no longer answer from it. Your files themselves are not deleted: they stay where they are.</source>
        <translation>Rimuovere la raccolta “{name}”?

Hearth dimentica il suo indice e la chat non potrà più rispondere usandola. I tuoi file non vengono eliminati: restano dove sono.</translation>
    </message>
    <message>
        <source>The collection “{name}” was removed; your documents themselves were not touched.</source>
        <translation>La raccolta “{name}” è stata rimossa; i tuoi documenti non sono stati toccati.</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installato</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Download in corso</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nuovo tentativo</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Installazione</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove from this list (the model stays installed)</source>
        <translation>Rimuovi da questo elenco (il modello resta installato)</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} di {total}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>Paused at {done} of {total}</source>
        <translation>In pausa a {done} di {total}</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Download of {name}: {percent}%</source>
        <translation>Download di {name}: {percent}%</translation>
    </message>
    <message>
        <source>Pause the download of {name}</source>
        <translation>Sospendi il download di {name}</translation>
    </message>
    <message>
        <source>Resume the download of {name}</source>
        <translation>Riprendi il download di {name}</translation>
    </message>
    <message>
        <source>Retry the download of {name}</source>
        <translation>Riprova il download di {name}</translation>
    </message>
    <message>
        <source>Cancel the download of {name}</source>
        <translation>Annulla il download di {name}</translation>
    </message>
    <message>
        <source>Remove {name} from this list</source>
        <translation>Rimuovi {name} da questo elenco</translation>
    </message>
</context>
<context>
    <name>DownloadScreen</name>
    <message>
        <source>The chat opens by itself, with the model loaded, as soon as it is here. Skip keeps the download going in the background (Downloads, {shortcut}).</source>
        <translation>La chat si apre da sola, con il modello caricato, appena è arrivato. Salta lascia proseguire il download in background (Download, {shortcut}).</translation>
    </message>
    <message>
        <source>Downloading {model}</source>
        <translation>Download di {model}</translation>
    </message>
</context>
<context>
    <name>DownloadSettings</name>
    <message>
        <source>Downloads</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Download from</source>
        <translation>Scarica da</translation>
    </message>
    <message>
        <source>Download address</source>
        <translation>Indirizzo di download</translation>
    </message>
    <message>
        <source>Leave this empty to download from Hugging Face itself. Fill it in only if you use a mirror.</source>
        <translation>Lascia vuoto per scaricare direttamente da Hugging Face. Compilalo solo se usi un mirror.</translation>
    </message>
    <message>
        <source>Downloads at the same time</source>
        <translation>Download simultanei</translation>
    </message>
    <message>
        <source>One at a time finishes each model sooner on a slow connection.</source>
        <translation>Uno alla volta completa prima ogni modello con una connessione lenta.</translation>
    </message>
    <message>
        <source>This is not a web address Hearth can use. It should look like https://hf-mirror.com, or stay empty.</source>
        <translation>Questo non è un indirizzo web che Hearth può usare. Dovrebbe essere simile a https://hf-mirror.com, oppure restare vuoto.</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>Offline mode is on, so Hearth makes no network connection. Turn it off in Settings to download.</source>
        <comment>downloads.offline-mode</comment>
        <translation>La modalità offline è attiva, quindi Hearth non effettua connessioni di rete. Disattivala nelle Impostazioni per scaricare.</translation>
    </message>
    <message>
        <source>Asking Hugging Face about the files</source>
        <comment>downloads.asking</comment>
        <translation>Richiesta informazioni sui file a Hugging Face</translation>
    </message>
    <message>
        <source>Checking the model files</source>
        <comment>downloads.checking-files</comment>
        <translation>Verifica dei file del modello</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a Hugging Face repository name like &apos;owner/model-GGUF&apos;.</source>
        <comment>downloads.bad-repo-name</comment>
        <translation>&apos;{repo}&apos; non è un nome di repository Hugging Face come &apos;proprietario/modello-GGUF&apos;.</translation>
    </message>
    <message>
        <source>Name at least one file of the repository to download.</source>
        <comment>downloads.no-files-named</comment>
        <translation>Indica almeno un file del repository da scaricare.</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <comment>downloads.seconds-left</comment>
        <translation>{seconds} s rimanenti</translation>
    </message>
    <message>
        <source>{minutes} min left</source>
        <comment>downloads.minutes-left</comment>
        <translation>{minutes} min rimanenti</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min left</source>
        <comment>downloads.hours-left</comment>
        <translation>{hours} h {minutes} min rimanenti</translation>
    </message>
    <message>
        <source>Hugging Face did not say how large {name} is; try again later.</source>
        <comment>downloads.size-unknown</comment>
        <translation>Hugging Face non ha indicato la dimensione di {name}; riprova più tardi.</translation>
    </message>
    <message>
        <source>Not enough disk space: this download needs {needed} more, but only {free} is free on the disk that holds {folder}. Free some space or choose another models folder in Settings.</source>
        <comment>downloads.not-enough-disk</comment>
        <translation>Spazio su disco insufficiente: questo download richiede altri {needed}, ma sul disco che contiene {folder} sono liberi solo {free}. Libera spazio o scegli un&apos;altra cartella dei modelli nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Checking what is here</source>
        <comment>downloads.checking-what-is-here</comment>
        <translation>Verifica di ciò che c&apos;è</translation>
    </message>
    <message>
        <source>The download of {name} keeps failing ({reason}). What arrived is kept: press Retry to continue from there.</source>
        <comment>downloads.download-keeps-failing</comment>
        <translation>Il download di {name} continua a non riuscire ({reason}). Ciò che è arrivato viene conservato: premi Riprova per continuare da lì.</translation>
    </message>
    <message>
        <source>{reason}; trying again in {delay:.0f} s (attempt {attempt} of {attempts})</source>
        <comment>downloads.retrying</comment>
        <translation>{reason}; nuovo tentativo tra {delay:.0f} s (tentativo {attempt} di {attempts})</translation>
    </message>
    <message>
        <source>{name} arrived damaged (its checksum does not match the published one), so it was deleted and nothing was installed. Try the download again.</source>
        <comment>downloads.corrupt-download</comment>
        <translation>{name} è arrivato danneggiato (il suo checksum non corrisponde a quello pubblicato), quindi è stato eliminato e non è stato installato nulla. Riprova il download.</translation>
    </message>
    <message>
        <source>Hugging Face is busy ({status})</source>
        <comment>downloads.retry-busy</comment>
        <translation>Hugging Face è sovraccarico ({status})</translation>
    </message>
    <message>
        <source>The server restarted the file from the beginning</source>
        <comment>downloads.retry-restarted</comment>
        <translation>Il server ha ricominciato il file dall&apos;inizio</translation>
    </message>
    <message>
        <source>The disk is full. What has arrived is kept: free some space, then press Retry to continue the download.</source>
        <comment>downloads.disk-full</comment>
        <translation>Il disco è pieno. Ciò che è arrivato viene conservato: libera spazio, poi premi Riprova per continuare il download.</translation>
    </message>
    <message>
        <source>The connection closed early</source>
        <comment>downloads.retry-closed-early</comment>
        <translation>La connessione si è chiusa prima del previsto</translation>
    </message>
    <message>
        <source>The connection dropped ({error})</source>
        <comment>downloads.retry-dropped</comment>
        <translation>La connessione si è interrotta ({error})</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <source>Downloads</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Nothing is downloading. Start a download from Discover.</source>
        <translation>Nessun download in corso. Avvia un download da Esplora.</translation>
    </message>
    <message>
        <source>{name} is downloaded and installed.</source>
        <translation>{name} è stato scaricato e installato.</translation>
    </message>
    <message>
        <source>The download of {name} failed: {reason}</source>
        <translation>Il download di {name} non è riuscito: {reason}</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Audio ({audio} …) and video ({video} …), or a whole folder.</source>
        <translation>Audio ({audio} …) e video ({video} …), o un&apos;intera cartella.</translation>
    </message>
    <message>
        <source>Drop recordings or videos here</source>
        <translation>Trascina qui registrazioni o video</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <source>Choose files to add</source>
        <translation>Scegli i file da aggiungere</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Scegli una cartella…</translation>
    </message>
    <message>
        <source>Choose a folder to add</source>
        <translation>Scegli una cartella da aggiungere</translation>
    </message>
    <message>
        <source>Recordings and videos ({patterns});;All files (*)</source>
        <translation>Registrazioni e video ({patterns});;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Choose recordings</source>
        <translation>Scegli le registrazioni</translation>
    </message>
    <message>
        <source>Choose a folder of recordings</source>
        <translation>Scegli una cartella di registrazioni</translation>
    </message>
</context>
<context>
    <name>Engines</name>
    <message>
        <source>This model has no chat format of its own (it is a base model), so Hearth writes the conversation as plain “User:” and “Assistant:” lines. Its answers may wander or continue the conversation by themselves.</source>
        <comment>engines.plain-chat-format</comment>
        <translation>Questo modello non ha un formato di chat proprio (è un modello base), quindi Hearth scrive la conversazione come semplici righe “User:” e “Assistant:”. Le sue risposte potrebbero divagare o continuare la conversazione da sole.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template is broken, so Hearth cannot talk to it.</source>
        <comment>engines.chat-template-failed</comment>
        <translation>Il template di chat di questo modello è difettoso, quindi Hearth non può comunicare con il modello.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not write out the conversation.</source>
        <comment>engines.chat-template-failed-writing</comment>
        <translation>Il template di chat di questo modello non è riuscito a scrivere la conversazione.</translation>
    </message>
    <message>
        <source>The model stopped with an error while writing its reply.</source>
        <comment>engines.generation-failed</comment>
        <translation>Il modello si è fermato con un errore mentre scriveva la risposta.</translation>
    </message>
    <message>
        <source>{name} could not be loaded as an embedding model: the file may be damaged, or not an embedding model.</source>
        <comment>engines.model-load-failed</comment>
        <translation>Impossibile caricare {name} come modello di embedding: il file potrebbe essere danneggiato o non essere un modello di embedding.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <comment>engines.embedding-cancelled</comment>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>No embedding model is loaded.</source>
        <comment>engines.no-model-loaded</comment>
        <translation>Nessun modello di embedding caricato.</translation>
    </message>
    <message>
        <source>{name} could not be loaded: the file may be damaged, or made for a newer version of llama.cpp than the one in Hearth.</source>
        <comment>engines.load-failed-damaged</comment>
        <translation>Impossibile caricare {name}: il file potrebbe essere danneggiato o creato per una versione di llama.cpp più recente di quella inclusa in Hearth.</translation>
    </message>
    <message>
        <source>Earlier images in this chat are not shown to this model: it cannot see images.</source>
        <comment>engines.earlier-images-hidden</comment>
        <translation>Le immagini precedenti di questa chat non vengono mostrate a questo modello: non può vedere le immagini.</translation>
    </message>
    <message>
        <source>This text is too long for the model&apos;s memory (its context); shorten it.</source>
        <comment>engines.message-too-long</comment>
        <translation>Questo testo è troppo lungo per la memoria del modello (il suo contesto); accorcialo.</translation>
    </message>
    <message>
        <source>The model could not read the images in this conversation.</source>
        <comment>engines.images-unreadable</comment>
        <translation>Il modello non è riuscito a leggere le immagini di questa conversazione.</translation>
    </message>
    <message>
        <source>Load a model before starting a chat.</source>
        <comment>engines.no-model-for-chat</comment>
        <translation>Carica un modello prima di iniziare una chat.</translation>
    </message>
    <message>
        <source>{count} earlier message was left out so the conversation fits in the model&apos;s memory; the model no longer sees them.</source>
        <comment>engines.message-left-out</comment>
        <translation>{count} messaggio precedente è stato escluso perché la conversazione stia nella memoria del modello; il modello non lo vede più.</translation>
    </message>
    <message>
        <source>{count} earlier messages were left out so the conversation fits in the model&apos;s memory; the model no longer sees them.</source>
        <comment>engines.messages-left-out</comment>
        <translation>{count} messaggi precedenti sono stati esclusi perché la conversazione stia nella memoria del modello; il modello non li vede più.</translation>
    </message>
    <message>
        <source>The rules this reply must follow (its grammar) could not be read.</source>
        <comment>engines.grammar-unreadable</comment>
        <translation>Impossibile leggere le regole che questa risposta deve seguire (la sua grammatica).</translation>
    </message>
    <message>
        <source>Your message is too long for this model&apos;s memory: with room for a {reply_room}-token reply it needs about {needed} tokens, and the model was loaded with room for {context}. Shorten the message, ask for a shorter reply, or load the model with a longer context.</source>
        <comment>engines.message-too-long-for-reply</comment>
        <translation>Il tuo messaggio è troppo lungo per la memoria di questo modello: lasciando spazio a una risposta di {reply_room} token servono circa {needed} token, ma il modello è stato caricato con spazio per {context}. Accorcia il messaggio, chiedi una risposta più breve o carica il modello con un contesto più lungo.</translation>
    </message>
    <message>
        <source>Hearth&apos;s chat engine (llama.cpp) could not be started on this computer; reinstalling Hearth usually fixes this.</source>
        <comment>engines.engine-unavailable</comment>
        <translation>Impossibile avviare il motore di chat di Hearth (llama.cpp) su questo computer; di solito reinstallare Hearth risolve il problema.</translation>
    </message>
    <message>
        <source>Hearth&apos;s image engine (llama.cpp&apos;s mtmd) could not be started on this computer; reinstalling Hearth usually fixes this.</source>
        <comment>engines.image-engine-unavailable</comment>
        <translation>Impossibile avviare il motore per le immagini di Hearth (mtmd di llama.cpp) su questo computer; di solito reinstallare Hearth risolve il problema.</translation>
    </message>
    <message>
        <source>The vision companion {name} could not be read. {message}</source>
        <comment>engines.companion-unreadable</comment>
        <translation>Impossibile leggere il modulo di visione {name}. {message}</translation>
    </message>
    <message>
        <source>The vision companion {name} does not work with this model: it was probably made for a different model. Pair the model with the mmproj file published beside it.</source>
        <comment>engines.companion-mismatch</comment>
        <translation>Il modulo di visione {name} non funziona con questo modello: probabilmente è stato creato per un modello diverso. Abbina il modello al file mmproj pubblicato insieme a esso.</translation>
    </message>
    <message>
        <source>The model&apos;s vision companion could not read this image.</source>
        <comment>engines.companion-unreadable-image</comment>
        <translation>Il modulo di visione del modello non è riuscito a leggere questa immagine.</translation>
    </message>
    <message>
        <source>This image needs about {newest:,} tokens of the model&apos;s memory, and with room for a reply that is more than the {context:,} it was loaded with. Send fewer images, or load the model with a longer context (Options).</source>
        <comment>engines.image-does-not-fit</comment>
        <translation>Questa immagine richiede circa {newest:,} token della memoria del modello e, lasciando spazio a una risposta, supera il contesto di {context:,} token con cui il modello è stato caricato. Invia meno immagini o carica il modello con un contesto più lungo (Opzioni).</translation>
    </message>
    <message>
        <source>These {count} images need about {newest:,} tokens of the model&apos;s memory, and with room for a reply that is more than the {context:,} it was loaded with. Send fewer images, or load the model with a longer context (Options).</source>
        <comment>engines.images-do-not-fit</comment>
        <translation>Queste {count} immagini richiedono circa {newest:,} token della memoria del modello e, lasciando spazio a una risposta, superano il contesto di {context:,} token con cui il modello è stato caricato. Invia meno immagini o carica il modello con un contesto più lungo (Opzioni).</translation>
    </message>
    <message>
        <source>Images and text now fill about {percent}% of the model&apos;s memory, and the model reads every image again with each message. Soon the earliest messages and their images will be left out; a new chat, or a longer context in Options, gives more room.</source>
        <comment>engines.images-crowd-memory</comment>
        <translation>Immagini e testo occupano ora circa il {percent}% della memoria del modello, e il modello rilegge ogni immagine a ogni messaggio. Presto i messaggi più vecchi e le loro immagini verranno esclusi; una nuova chat, o un contesto più lungo in Opzioni, dà più spazio.</translation>
    </message>
    <message>
        <source>This model cannot see images. Choose a model marked “sees images”, or pair this one with its vision companion (an mmproj file) in My Models.</source>
        <comment>engines.cannot-see-images</comment>
        <translation>Questo modello non può vedere le immagini. Scegli un modello contrassegnato con “vede le immagini”, oppure abbina questo al suo modulo di visione (un file mmproj) in I miei modelli.</translation>
    </message>
    <message>
        <source>{name} has no sound track, so there is nothing to transcribe.</source>
        <comment>engines.recording-no-sound-track</comment>
        <translation>{name} non ha una traccia audio, quindi non c&apos;è nulla da trascrivere.</translation>
    </message>
    <message>
        <source>{name} is cut short: it should last {declared}, but only {read} of it could be read. It may not have finished copying or downloading.</source>
        <comment>engines.recording-cut-short</comment>
        <translation>{name} è troncato: dovrebbe durare {declared}, ma se ne è potuto leggere solo {read}. Forse la copia o il download non erano finiti.</translation>
    </message>
    <message>
        <source>{name} holds no sound that could be read; it may be damaged.</source>
        <comment>engines.recording-no-sound</comment>
        <translation>{name} non contiene audio leggibile; potrebbe essere danneggiato.</translation>
    </message>
    <message>
        <source>There is no file at {path}; it may have been moved or deleted.</source>
        <comment>engines.recording-missing</comment>
        <translation>Non c&apos;è nessun file in {path}; potrebbe essere stato spostato o eliminato.</translation>
    </message>
    <message>
        <source>{name} could not be opened: {strerror}.</source>
        <comment>engines.recording-unopened</comment>
        <translation>Impossibile aprire {name}: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a recording.</source>
        <comment>engines.recording-is-folder</comment>
        <translation>{name} è una cartella, non una registrazione.</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes). It may not have finished copying.</source>
        <comment>engines.recording-empty</comment>
        <translation>{name} è vuoto (0 byte). Forse la copia non era finita.</translation>
    </message>
    <message>
        <source>{name} is cut short: it should last {declared}, but only {read} of it is in the file. It may not have finished copying or downloading.</source>
        <comment>engines.recording-cut-short-in-file</comment>
        <translation>{name} è troncato: dovrebbe durare {declared}, ma nel file ce n&apos;è solo {read}. Forse la copia o il download non erano finiti.</translation>
    </message>
    <message>
        <source>{name} is not a recording Hearth can read: it is not audio or video, or it is damaged.</source>
        <comment>engines.recording-unreadable</comment>
        <translation>{name} non è una registrazione che Hearth può leggere: non è audio o video, oppure è danneggiato.</translation>
    </message>
    <message>
        <source>{name} is not a Whisper model: a faster-whisper model folder holds model.bin and config.json.</source>
        <comment>engines.speech-model-unusable</comment>
        <translation>{name} non è un modello Whisper: una cartella di modello faster-whisper contiene model.bin e config.json.</translation>
    </message>
    <message>
        <source>The graphics card could not be used for {name}, so it runs on the processor instead.</source>
        <comment>engines.speech-on-processor</comment>
        <translation>Non è stato possibile usare la scheda grafica per {name}, quindi viene eseguito sul processore.</translation>
    </message>
    <message>
        <source>Reading the recording…</source>
        <comment>engines.reading-recording</comment>
        <translation>Lettura della registrazione…</translation>
    </message>
    <message>
        <source>Loading the speech model {name}…</source>
        <comment>engines.loading-speech-model</comment>
        <translation>Caricamento del modello vocale {name}…</translation>
    </message>
    <message>
        <source>Finding the speech and the language…</source>
        <comment>engines.finding-speech-language</comment>
        <translation>Ricerca del parlato e della lingua…</translation>
    </message>
    <message>
        <source>Finding the speech…</source>
        <comment>engines.finding-speech</comment>
        <translation>Ricerca del parlato…</translation>
    </message>
    <message>
        <source>No speech was found in this recording.</source>
        <comment>engines.no-speech</comment>
        <translation>Nessun parlato trovato in questa registrazione.</translation>
    </message>
    <message>
        <source>Whisper stopped with an error while transcribing {name}.</source>
        <comment>engines.transcription-failed</comment>
        <translation>Whisper si è fermato con un errore durante la trascrizione di {name}.</translation>
    </message>
    <message>
        <source>Removed {count} repeated lines (Whisper was repeating itself).</source>
        <comment>engines.repeats-removed</comment>
        <translation>Rimosse {count} righe ripetute (Whisper si ripeteva).</translation>
    </message>
    <message>
        <source>{name} understands English only.</source>
        <comment>engines.english-only</comment>
        <translation>{name} capisce solo l&apos;inglese.</translation>
    </message>
    <message>
        <source>“{language}” is not a language Whisper knows; use a code such as en, fr, de or es.</source>
        <comment>engines.unknown-language</comment>
        <translation>“{language}” non è una lingua che Whisper conosce; usa un codice come en, fr, de o es.</translation>
    </message>
    <message>
        <source>The speech model {name} could not be loaded; its files may be damaged or incomplete.</source>
        <comment>engines.speech-model-load-failed</comment>
        <translation>Impossibile caricare il modello vocale {name}; i suoi file potrebbero essere danneggiati o incompleti.</translation>
    </message>
</context>
<context>
    <name>EvalChecks</name>
    <message>
        <source>Hearth does not run this check</source>
        <comment>evals.unsupported</comment>
        <translation>Hearth non esegue questa verifica</translation>
    </message>
    <message>
        <source>A check&apos;s weight must be a number, 0 or more (this “{type}” check has {weight}).</source>
        <comment>evals.bad-weight</comment>
        <translation>Il peso di una verifica deve essere un numero, 0 o più (questa verifica “{type}” ha {weight}).</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check is not JSON ({error}).</source>
        <comment>evals.schema-not-json</comment>
        <translation>Lo schema di questa verifica “{type}” non è JSON ({error}).</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check must be a JSON object.</source>
        <comment>evals.schema-not-object</comment>
        <translation>Lo schema di questa verifica “{type}” deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check is not a valid JSON schema: {problem}.</source>
        <comment>evals.schema-invalid</comment>
        <translation>Lo schema di questa verifica “{type}” non è uno schema JSON valido: {problem}.</translation>
    </message>
    <message>
        <source>The reply is not valid JSON ({error} at line {line}, column {column}).</source>
        <comment>evals.not-json</comment>
        <translation>La risposta non è JSON valido ({error} alla riga {line}, colonna {column}).</translation>
    </message>
    <message>
        <source>The reply is valid JSON.</source>
        <comment>evals.json</comment>
        <translation>La risposta è JSON valido.</translation>
    </message>
    <message>
        <source>Valid JSON, but {problem}.</source>
        <comment>evals.json-not-schema</comment>
        <translation>JSON valido, ma {problem}.</translation>
    </message>
    <message>
        <source>The reply is valid JSON that matches the schema.</source>
        <comment>evals.json-schema</comment>
        <translation>La risposta è JSON valido e conforme allo schema.</translation>
    </message>
    <message>
        <source>The reply contains no JSON object.</source>
        <comment>evals.no-json-object</comment>
        <translation>La risposta non contiene nessun oggetto JSON.</translation>
    </message>
    <message>
        <source>The reply contains a JSON object.</source>
        <comment>evals.json-object</comment>
        <translation>La risposta contiene un oggetto JSON.</translation>
    </message>
    <message>
        <source>The reply contains a JSON object that matches the schema.</source>
        <comment>evals.json-object-schema</comment>
        <translation>La risposta contiene un oggetto JSON conforme allo schema.</translation>
    </message>
    <message>
        <source>The reply contains JSON, but {problem}.</source>
        <comment>evals.json-object-not-schema</comment>
        <translation>La risposta contiene JSON, ma {problem}.</translation>
    </message>
    <message>
        <source>Hearth cannot use this check&apos;s schema ({error}).</source>
        <comment>evals.schema-unusable</comment>
        <translation>Hearth non può usare lo schema di questa verifica ({error}).</translation>
    </message>
    <message>
        <source>{problem} (and 1 more problem)</source>
        <comment>evals.schema-one-more</comment>
        <translation>{problem} (e un altro problema)</translation>
    </message>
    <message>
        <source>{problem} (and {more} more problems)</source>
        <comment>evals.schema-more</comment>
        <translation>{problem} (e altri {more} problemi)</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>evals.type-string</comment>
        <translation>una stringa</translation>
    </message>
    <message>
        <source>an integer</source>
        <comment>evals.type-integer</comment>
        <translation>un numero intero</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>evals.type-number</comment>
        <translation>un numero</translation>
    </message>
    <message>
        <source>true or false</source>
        <comment>evals.type-boolean</comment>
        <translation>true o false</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>evals.type-object</comment>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>a list</source>
        <comment>evals.type-array</comment>
        <translation>un elenco</translation>
    </message>
    <message>
        <source>null</source>
        <comment>evals.type-null</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>the JSON</source>
        <comment>evals.schema-the-json</comment>
        <translation>il JSON</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <comment>evals.schema-either</comment>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>{where} must be {kind}</source>
        <comment>evals.schema-type</comment>
        <translation>{where} deve essere {kind}</translation>
    </message>
    <message>
        <source>{names} is missing from {where}</source>
        <comment>evals.schema-required-one</comment>
        <translation>{where} non contiene {names}</translation>
    </message>
    <message>
        <source>{names} are missing from {where}</source>
        <comment>evals.schema-required</comment>
        <translation>{where} non contiene {names}</translation>
    </message>
    <message>
        <source>{where} must be {values}</source>
        <comment>evals.schema-enum</comment>
        <translation>{where} deve essere {values}</translation>
    </message>
    <message>
        <source>{where} has {names}, which the schema does not allow</source>
        <comment>evals.schema-extra</comment>
        <translation>{where} contiene {names}, che lo schema non consente</translation>
    </message>
    <message>
        <source>{where} must be at least {bound}</source>
        <comment>evals.schema-minimum</comment>
        <translation>{where} deve essere almeno {bound}</translation>
    </message>
    <message>
        <source>{where} must be at most {bound}</source>
        <comment>evals.schema-maximum</comment>
        <translation>{where} deve essere al massimo {bound}</translation>
    </message>
    <message>
        <source>{where} must be more than {bound}</source>
        <comment>evals.schema-more-than</comment>
        <translation>{where} deve essere maggiore di {bound}</translation>
    </message>
    <message>
        <source>{where} must be less than {bound}</source>
        <comment>evals.schema-less-than</comment>
        <translation>{where} deve essere minore di {bound}</translation>
    </message>
    <message>
        <source>{where} must match the pattern {pattern}</source>
        <comment>evals.schema-pattern</comment>
        <translation>{where} deve corrispondere al pattern {pattern}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <comment>evals.schema-other</comment>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{where} has {count} item, where at least {bound} are asked for</source>
        <comment>evals.min-item</comment>
        <translation>{where} ha {count} elemento, ma ne sono richiesti almeno {bound}</translation>
    </message>
    <message>
        <source>{where} has {count} items, where at least {bound} are asked for</source>
        <comment>evals.min-items</comment>
        <translation>{where} ha {count} elementi, ma ne sono richiesti almeno {bound}</translation>
    </message>
    <message>
        <source>{where} has {count} item, where at most {bound} are asked for</source>
        <comment>evals.max-item</comment>
        <translation>{where} ha {count} elemento, ma ne sono consentiti al massimo {bound}</translation>
    </message>
    <message>
        <source>{where} has {count} items, where at most {bound} are asked for</source>
        <comment>evals.max-items</comment>
        <translation>{where} ha {count} elementi, ma ne sono consentiti al massimo {bound}</translation>
    </message>
    <message>
        <source>This “{type}” check needs {what} as its value.</source>
        <comment>evals.needs-number</comment>
        <translation>Questa verifica “{type}” richiede come valore {what}.</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>evals.a-number</comment>
        <translation>un numero</translation>
    </message>
    <message>
        <source>a time limit in milliseconds</source>
        <comment>evals.a-time-limit</comment>
        <translation>un limite di tempo in millisecondi</translation>
    </message>
    <message>
        <source>a number of words</source>
        <comment>evals.a-number-of-words</comment>
        <translation>un numero di parole</translation>
    </message>
    <message>
        <source>a speed in tokens/s</source>
        <comment>evals.a-speed</comment>
        <translation>una velocità in token/s</translation>
    </message>
    <message>
        <source>This “word-count” check needs “min”, “max” or both.</source>
        <comment>evals.word-count-bounds</comment>
        <translation>Questa verifica “word-count” richiede “min”, “max” o entrambi.</translation>
    </message>
    <message>
        <source>This “word-count” check&apos;s minimum ({low}) is more than its maximum ({high}).</source>
        <comment>evals.word-count-crossed</comment>
        <translation>Il minimo ({low}) di questa verifica “word-count” è maggiore del massimo ({high}).</translation>
    </message>
    <message>
        <source>This “finish-reason” check takes one of {reasons}.</source>
        <comment>evals.bad-finish-reason</comment>
        <translation>Questa verifica “finish-reason” accetta uno di questi valori: {reasons}.</translation>
    </message>
    <message>
        <source>The reply took {took}, within the {limit} allowed.</source>
        <comment>evals.latency</comment>
        <translation>La risposta ha richiesto {took}, entro i {limit} consentiti.</translation>
    </message>
    <message>
        <source>The reply took {took}, over the {limit} allowed.</source>
        <comment>evals.latency-over</comment>
        <translation>La risposta ha richiesto {took}, oltre i {limit} consentiti.</translation>
    </message>
    <message>
        <source>{count} word</source>
        <comment>evals.one-word</comment>
        <translation>{count} parola</translation>
    </message>
    <message>
        <source>{count} words</source>
        <comment>evals.words</comment>
        <translation>{count} parole</translation>
    </message>
    <message>
        <source>The reply has {words}.</source>
        <comment>evals.word-count</comment>
        <translation>La risposta ha {words}.</translation>
    </message>
    <message>
        <source>The reply has {words}, not {wanted}.</source>
        <comment>evals.word-count-not</comment>
        <translation>La risposta ha {words}, non {wanted}.</translation>
    </message>
    <message>
        <source>The reply has {words}, fewer than the {low} asked for.</source>
        <comment>evals.word-count-fewer</comment>
        <translation>La risposta ha {words}, meno delle {low} richieste.</translation>
    </message>
    <message>
        <source>The reply has {words}, more than the {high} allowed.</source>
        <comment>evals.word-count-more</comment>
        <translation>La risposta ha {words}, più delle {high} consentite.</translation>
    </message>
    <message>
        <source>The reply has {words} (at least {low} and at most {high} asked for).</source>
        <comment>evals.words-between</comment>
        <translation>La risposta ha {words} (richieste almeno {low} e al massimo {high}).</translation>
    </message>
    <message>
        <source>The reply has {words} (at least {low} asked for).</source>
        <comment>evals.words-at-least</comment>
        <translation>La risposta ha {words} (richieste almeno {low}).</translation>
    </message>
    <message>
        <source>The reply has {words} (at most {high} asked for).</source>
        <comment>evals.words-at-most</comment>
        <translation>La risposta ha {words} (richieste al massimo {high}).</translation>
    </message>
    <message>
        <source>The reply came at {speed} tokens/s, at least the {limit} asked for.</source>
        <comment>evals.speed</comment>
        <translation>La risposta è arrivata a {speed} token/s (richiesti almeno {limit}).</translation>
    </message>
    <message>
        <source>The reply came at {speed} tokens/s, slower than the {limit} asked for.</source>
        <comment>evals.speed-slow</comment>
        <translation>La risposta è arrivata a {speed} token/s, meno dei {limit} richiesti.</translation>
    </message>
    <message>
        <source>The reply ended with {reason}.</source>
        <comment>evals.finish-reason</comment>
        <translation>La risposta è terminata con {reason}.</translation>
    </message>
    <message>
        <source>The reply ended with {reason}, not {expected}.</source>
        <comment>evals.finish-reason-not</comment>
        <translation>La risposta è terminata con {reason}, non con {expected}.</translation>
    </message>
    <message>
        <source>Choose an embedding model to run “{type}” checks.</source>
        <comment>evals.needs-embedder</comment>
        <translation>Scegli un modello di embedding per eseguire le verifiche “{type}”.</translation>
    </message>
    <message>
        <source>Choose a judge model to run “{type}” checks.</source>
        <comment>evals.needs-judge</comment>
        <translation>Scegli un modello giudice per eseguire le verifiche “{type}”.</translation>
    </message>
    <message>
        <source>This “{type}” check needs the expected answer, or a list of them.</source>
        <comment>evals.similar-needs</comment>
        <translation>Questa verifica “{type}” richiede la risposta attesa, o un elenco di risposte attese.</translation>
    </message>
    <message>
        <source>This “{type}” check&apos;s threshold must be a similarity from -1 to 1.</source>
        <comment>evals.similar-threshold</comment>
        <translation>La soglia di questa verifica “{type}” deve essere una somiglianza da -1 a 1.</translation>
    </message>
    <message>
        <source>The embedding model did not give one vector per text.</source>
        <comment>evals.embedder-miscounted</comment>
        <translation>Il modello di embedding non ha restituito un vettore per ogni testo.</translation>
    </message>
    <message>
        <source>the closest expected answer, {answer}</source>
        <comment>evals.closest-answer</comment>
        <translation>la risposta attesa più vicina, {answer}</translation>
    </message>
    <message>
        <source>The reply&apos;s similarity to {against} is {similarity}, at least the {threshold} asked for.</source>
        <comment>evals.similar</comment>
        <translation>La somiglianza della risposta con {against} è {similarity} (richiesta almeno {threshold}).</translation>
    </message>
    <message>
        <source>The reply&apos;s similarity to {against} is {similarity}, below the {threshold} asked for.</source>
        <comment>evals.not-similar</comment>
        <translation>La somiglianza della risposta con {against} è {similarity}, sotto la soglia richiesta di {threshold}.</translation>
    </message>
    <message>
        <source>This “{type}” check needs a rubric: what a good reply does, in a sentence.</source>
        <comment>evals.rubric-needed</comment>
        <translation>Questa verifica “{type}” richiede dei criteri: cosa fa una buona risposta, in una frase.</translation>
    </message>
    <message>
        <source>“nothing”</source>
        <comment>evals.judge-said-nothing</comment>
        <translation>“niente”</translation>
    </message>
    <message>
        <source>The judge model did not answer with a verdict (JSON with “reason”, “pass” and “score”), so this check cannot tell: it answered {answer}.</source>
        <comment>evals.judge-no-verdict</comment>
        <translation>Il modello giudice non ha risposto con un verdetto (JSON con “reason”, “pass” e “score”), quindi questa verifica non può decidere: ha risposto {answer}.</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <comment>evals.judge-no-reason</comment>
        <translation>non ha dato una motivazione</translation>
    </message>
    <message>
        <source>The judge model says the reply meets the rubric {rubric} (score {score}): {why}; the score is below the {threshold} asked for.</source>
        <comment>evals.rubric-met-below</comment>
        <translation>Secondo il modello giudice la risposta soddisfa i criteri {rubric} (punteggio {score}): {why}; il punteggio è sotto la soglia richiesta di {threshold}.</translation>
    </message>
    <message>
        <source>The judge model says the reply meets the rubric {rubric} (score {score}): {why}.</source>
        <comment>evals.rubric-met</comment>
        <translation>Secondo il modello giudice la risposta soddisfa i criteri {rubric} (punteggio {score}): {why}.</translation>
    </message>
    <message>
        <source>The judge model says the reply does not meet the rubric {rubric} (score {score}): {why}; the score is below the {threshold} asked for.</source>
        <comment>evals.rubric-not-met-below</comment>
        <translation>Secondo il modello giudice la risposta non soddisfa i criteri {rubric} (punteggio {score}): {why}; il punteggio è sotto la soglia richiesta di {threshold}.</translation>
    </message>
    <message>
        <source>The judge model says the reply does not meet the rubric {rubric} (score {score}): {why}.</source>
        <comment>evals.rubric-not-met</comment>
        <translation>Secondo il modello giudice la risposta non soddisfa i criteri {rubric} (punteggio {score}): {why}.</translation>
    </message>
    <message>
        <source>This “{type}” check needs some text to look for.</source>
        <comment>evals.needs-text</comment>
        <translation>Questa verifica “{type}” richiede un testo da cercare.</translation>
    </message>
    <message>
        <source>This “{type}” check needs a list of texts to look for.</source>
        <comment>evals.needs-texts</comment>
        <translation>Questa verifica “{type}” richiede un elenco di testi da cercare.</translation>
    </message>
    <message>
        <source>The pattern {pattern} is not a regular expression Hearth can read ({error}).</source>
        <comment>evals.bad-pattern</comment>
        <translation>Il pattern {pattern} non è un&apos;espressione regolare che Hearth riesce a leggere ({error}).</translation>
    </message>
    <message>
        <source>The reply is not JSON, so it is not {expected}.</source>
        <comment>evals.equals-not-json</comment>
        <translation>La risposta non è JSON, quindi non è {expected}.</translation>
    </message>
    <message>
        <source>The reply is the JSON {expected}.</source>
        <comment>evals.equals-json</comment>
        <translation>La risposta è il JSON {expected}.</translation>
    </message>
    <message>
        <source>The reply is not the JSON {expected}.</source>
        <comment>evals.equals-not-the-json</comment>
        <translation>La risposta non è il JSON {expected}.</translation>
    </message>
    <message>
        <source>The reply is exactly {expected}.</source>
        <comment>evals.equals</comment>
        <translation>La risposta è esattamente {expected}.</translation>
    </message>
    <message>
        <source>The reply is not exactly {expected}: it is {reply}.</source>
        <comment>evals.not-equals</comment>
        <translation>La risposta non è esattamente {expected}: è {reply}.</translation>
    </message>
    <message>
        <source>The reply contains {value} (ignoring case).</source>
        <comment>evals.icontains</comment>
        <translation>La risposta contiene {value} (ignorando le maiuscole).</translation>
    </message>
    <message>
        <source>The reply contains {value}.</source>
        <comment>evals.contains</comment>
        <translation>La risposta contiene {value}.</translation>
    </message>
    <message>
        <source>The reply does not contain {value} (ignoring case).</source>
        <comment>evals.not-icontains</comment>
        <translation>La risposta non contiene {value} (ignorando le maiuscole).</translation>
    </message>
    <message>
        <source>The reply does not contain {value}.</source>
        <comment>evals.not-contains</comment>
        <translation>La risposta non contiene {value}.</translation>
    </message>
    <message>
        <source>The reply contains none of {values} (ignoring case).</source>
        <comment>evals.icontains-none</comment>
        <translation>La risposta non contiene nessuno di {values} (ignorando le maiuscole).</translation>
    </message>
    <message>
        <source>The reply contains none of {values}.</source>
        <comment>evals.contains-none</comment>
        <translation>La risposta non contiene nessuno di {values}.</translation>
    </message>
    <message>
        <source>The reply contains all of {values} (ignoring case).</source>
        <comment>evals.icontains-all</comment>
        <translation>La risposta contiene ognuno di {values} (ignorando le maiuscole).</translation>
    </message>
    <message>
        <source>The reply contains all of {values}.</source>
        <comment>evals.contains-all</comment>
        <translation>La risposta contiene ognuno di {values}.</translation>
    </message>
    <message>
        <source>The reply starts with {value}.</source>
        <comment>evals.starts-with</comment>
        <translation>La risposta inizia con {value}.</translation>
    </message>
    <message>
        <source>The reply does not start with {value}: it starts with {start}.</source>
        <comment>evals.not-starts-with</comment>
        <translation>La risposta non inizia con {value}: inizia con {start}.</translation>
    </message>
    <message>
        <source>The reply ends with {value}.</source>
        <comment>evals.ends-with</comment>
        <translation>La risposta finisce con {value}.</translation>
    </message>
    <message>
        <source>The reply does not end with {value}.</source>
        <comment>evals.not-ends-with</comment>
        <translation>La risposta non finisce con {value}.</translation>
    </message>
    <message>
        <source>The reply matches the pattern {pattern}.</source>
        <comment>evals.matches</comment>
        <translation>La risposta corrisponde al pattern {pattern}.</translation>
    </message>
    <message>
        <source>The reply does not match the pattern {pattern}.</source>
        <comment>evals.not-matches</comment>
        <translation>La risposta non corrisponde al pattern {pattern}.</translation>
    </message>
    <message>
        <source>This “language” check takes a language&apos;s name or two-letter code: one of {languages}.</source>
        <comment>evals.bad-language</comment>
        <translation>Questa verifica “language” accetta il nome di una lingua o il suo codice di due lettere: uno tra {languages}.</translation>
    </message>
    <message>
        <source>Hearth cannot tell which language the reply is in.</source>
        <comment>evals.language-unknown</comment>
        <translation>Hearth non riesce a capire in che lingua è la risposta.</translation>
    </message>
    <message>
        <source>The reply is in {language}.</source>
        <comment>evals.language</comment>
        <translation>La risposta è in {language}.</translation>
    </message>
    <message>
        <source>The reply seems to be in {found}, not {language}.</source>
        <comment>evals.not-language</comment>
        <translation>La risposta sembra essere in {found}, non in {language}.</translation>
    </message>
    <message>
        <source>This “tool-call” check&apos;s arguments must be an object of names and values.</source>
        <comment>evals.tool-call-bad-arguments</comment>
        <translation>Gli argomenti di questa verifica “tool-call” devono essere un oggetto di nomi e valori.</translation>
    </message>
    <message>
        <source>This “tool-call” check needs a tool&apos;s name, or {{“name”, “arguments”}}.</source>
        <comment>evals.tool-call-needs-name</comment>
        <translation>Questa verifica “tool-call” richiede il nome di uno strumento, o {{“name”, “arguments”}}.</translation>
    </message>
    <message>
        <source>The reply calls no tool.</source>
        <comment>evals.no-tool-call</comment>
        <translation>La risposta non chiama nessuno strumento.</translation>
    </message>
    <message>
        <source>The reply calls {called}, not {tool}.</source>
        <comment>evals.other-tool-call</comment>
        <translation>La risposta chiama {called}, non {tool}.</translation>
    </message>
    <message>
        <source>The reply calls {tool}.</source>
        <comment>evals.tool-call</comment>
        <translation>La risposta chiama {tool}.</translation>
    </message>
    <message>
        <source>The reply calls {tool} with {arguments}.</source>
        <comment>evals.tool-call-arguments</comment>
        <translation>La risposta chiama {tool} con {arguments}.</translation>
    </message>
    <message>
        <source>The reply calls {tool}, but {problem}.</source>
        <comment>evals.tool-call-problem</comment>
        <translation>La risposta chiama {tool}, ma {problem}.</translation>
    </message>
    <message>
        <source>The reply calls {tool}, which this case does not offer.</source>
        <comment>evals.tool-not-offered</comment>
        <translation>La risposta chiama {tool}, che questo caso non offre.</translation>
    </message>
    <message>
        <source>Every tool call in the reply ({tools}) is valid.</source>
        <comment>evals.tool-calls-valid</comment>
        <translation>Ogni chiamata a uno strumento nella risposta ({tools}) è valida.</translation>
    </message>
    <message>
        <source>{name} is not an object</source>
        <comment>evals.argument-not-object</comment>
        <translation>{name} non è un oggetto</translation>
    </message>
    <message>
        <source>its arguments is not an object</source>
        <comment>evals.arguments-not-object</comment>
        <translation>i suoi argomenti non sono un oggetto</translation>
    </message>
    <message>
        <source>its arguments have no {name}</source>
        <comment>evals.argument-missing</comment>
        <translation>i suoi argomenti non contengono {name}</translation>
    </message>
    <message>
        <source>its {name} is {actual}, not {expected}</source>
        <comment>evals.argument-differs</comment>
        <translation>l&apos;argomento {name} vale {actual}, non {expected}</translation>
    </message>
</context>
<context>
    <name>Evals</name>
    <message>
        <source>Hearth cannot read {name} as a model file.</source>
        <comment>evals.embedder-unreadable</comment>
        <translation>Hearth non riesce a leggere {name} come file di modello.</translation>
    </message>
    <message>
        <source>{name} is a chat model, not an embedding model, so it cannot compare answers for “similar” checks. Choose an embedding model of your library (such as all-MiniLM or nomic-embed-text).</source>
        <comment>evals.embedder-is-chat-model</comment>
        <translation>{name} è un modello di chat, non un modello di embedding, quindi non può confrontare le risposte per le verifiche “simile”. Scegli un modello di embedding tra i tuoi modelli (ad esempio all-MiniLM o nomic-embed-text).</translation>
    </message>
    <message>
        <source>the suite “{name}”</source>
        <comment>evals.the-named-suite</comment>
        <translation>la suite “{name}”</translation>
    </message>
    <message>
        <source>Hearth could not save the suite “{name}” in {folder}.</source>
        <comment>evals.suite-not-saved</comment>
        <translation>Hearth non è riuscito a salvare la suite “{name}” in {folder}.</translation>
    </message>
    <message>
        <source>There is already a suite named “{name}”: choose another name.</source>
        <comment>evals.suite-name-taken</comment>
        <translation>Esiste già una suite di nome “{name}”: scegli un altro nome.</translation>
    </message>
    <message>
        <source>Hearth could not rename the suite “{name}”.</source>
        <comment>evals.suite-not-renamed</comment>
        <translation>Hearth non è riuscito a rinominare la suite “{name}”.</translation>
    </message>
    <message>
        <source>Hearth could not delete the suite “{name}”.</source>
        <comment>evals.suite-not-deleted</comment>
        <translation>Hearth non è riuscito a eliminare la suite “{name}”.</translation>
    </message>
    <message>
        <source>an assertion should be a type with its value, and one is not</source>
        <comment>evals.promptfoo-bad-assertion</comment>
        <translation>un&apos;asserzione dovrebbe essere un tipo con il suo valore, ma una non lo è</translation>
    </message>
    <message>
        <source>the assertion {ref} names no assertion template</source>
        <comment>evals.promptfoo-no-template</comment>
        <translation>l&apos;asserzione {ref} non indica nessun template di asserzione</translation>
    </message>
    <message>
        <source>an assertion has no type</source>
        <comment>evals.promptfoo-no-type</comment>
        <translation>un&apos;asserzione non ha un tipo</translation>
    </message>
    <message>
        <source>the {what} of a {type} assertion should be a number, and it is {value}</source>
        <comment>evals.promptfoo-assertion-not-number</comment>
        <translation>il {what} di un&apos;asserzione {type} dovrebbe essere un numero, ma è {value}</translation>
    </message>
    <message>
        <source>Hearth cannot read {name} as a promptfoo configuration: {problem}</source>
        <comment>evals.promptfoo-unreadable</comment>
        <translation>Hearth non riesce a leggere {name} come configurazione promptfoo: {problem}</translation>
    </message>
    <message>
        <source>Hearth could not save {path}. Choose another folder, or free some disk space.</source>
        <comment>evals.promptfoo-not-saved</comment>
        <translation>Hearth non è riuscito a salvare {path}. Scegli un&apos;altra cartella o libera spazio su disco.</translation>
    </message>
    <message>
        <source>the file cannot be opened.</source>
        <comment>evals.promptfoo-not-opened</comment>
        <translation>il file non può essere aperto.</translation>
    </message>
    <message>
        <source>it is not valid YAML (see the details for where).</source>
        <comment>evals.promptfoo-not-yaml</comment>
        <translation>non è YAML valido (vedi i dettagli per il punto esatto).</translation>
    </message>
    <message>
        <source>it should hold settings such as &apos;prompts&apos; and &apos;tests&apos;, and it does not.</source>
        <comment>evals.promptfoo-not-settings</comment>
        <translation>dovrebbe contenere impostazioni come &apos;prompts&apos; e &apos;tests&apos;, ma non le contiene.</translation>
    </message>
    <message>
        <source>its &apos;assertionTemplates&apos; should be named assertions, and they are not.</source>
        <comment>evals.promptfoo-bad-templates</comment>
        <translation>i suoi &apos;assertionTemplates&apos; dovrebbero essere asserzioni con un nome, ma non lo sono.</translation>
    </message>
    <message>
        <source>the threshold of defaultTest</source>
        <comment>evals.promptfoo-default-threshold</comment>
        <translation>la soglia di defaultTest</translation>
    </message>
    <message>
        <source>test {number} of {file}</source>
        <comment>evals.promptfoo-test-of-file</comment>
        <translation>test {number} di {file}</translation>
    </message>
    <message>
        <source>test {number}</source>
        <comment>evals.promptfoo-test</comment>
        <translation>test {number}</translation>
    </message>
    <message>
        <source>the test &apos;{name}&apos;</source>
        <comment>evals.promptfoo-named-test</comment>
        <translation>test &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>it has no &apos;prompts&apos;, so there is nothing to ask the models.</source>
        <comment>evals.promptfoo-no-prompts</comment>
        <translation>non ha &apos;prompts&apos;, quindi non c&apos;è niente da chiedere ai modelli.</translation>
    </message>
    <message>
        <source>its &apos;prompts&apos; should be a prompt or a list of prompts, and they are not.</source>
        <comment>evals.promptfoo-bad-prompts</comment>
        <translation>i suoi &apos;prompts&apos; dovrebbero essere un prompt o un elenco di prompt, ma non lo sono.</translation>
    </message>
    <message>
        <source>its &apos;prompts&apos; list is empty, so there is nothing to ask the models.</source>
        <comment>evals.promptfoo-empty-prompts</comment>
        <translation>il suo elenco &apos;prompts&apos; è vuoto, quindi non c&apos;è niente da chiedere ai modelli.</translation>
    </message>
    <message>
        <source>prompt {number} is neither text, a file:// reference, nor a prompt with &apos;raw&apos; text.</source>
        <comment>evals.promptfoo-bad-prompt</comment>
        <translation>il prompt {number} non è né un testo, né un riferimento file://, né un prompt con testo &apos;raw&apos;.</translation>
    </message>
    <message>
        <source>Hearth reads prompts from .txt, .md, .j2 and .json files, and {file} is not one.</source>
        <comment>evals.promptfoo-prompt-file-kind</comment>
        <translation>Hearth legge i prompt da file .txt, .md, .j2 e .json, e {file} non è uno di questi.</translation>
    </message>
    <message>
        <source>its &apos;defaultTest&apos; should be a test (vars, assert, …), and it is not.</source>
        <comment>evals.promptfoo-bad-default-test</comment>
        <translation>il suo &apos;defaultTest&apos; dovrebbe essere un test (vars, assert, …), ma non lo è.</translation>
    </message>
    <message>
        <source>its &apos;tests&apos; should be a list of tests or a file:// reference, and they are not.</source>
        <comment>evals.promptfoo-bad-tests</comment>
        <translation>i suoi &apos;tests&apos; dovrebbero essere un elenco di test o un riferimento file://, ma non lo sono.</translation>
    </message>
    <message>
        <source>Hearth reads tests written in the file or in files it names (file://…), not {item}.</source>
        <comment>evals.promptfoo-tests-elsewhere</comment>
        <translation>Hearth legge i test scritti nel file o nei file che indica (file://…), non {item}.</translation>
    </message>
    <message>
        <source>an item of its &apos;tests&apos; is neither a test nor a file:// reference.</source>
        <comment>evals.promptfoo-bad-tests-item</comment>
        <translation>un elemento dei suoi &apos;tests&apos; non è né un test né un riferimento file://.</translation>
    </message>
    <message>
        <source>Hearth reads tests from .csv, .yaml, .yml, .json and .jsonl files, and {file} is not one.</source>
        <comment>evals.promptfoo-tests-file-kind</comment>
        <translation>Hearth legge i test da file .csv, .yaml, .yml, .json e .jsonl, e {file} non è uno di questi.</translation>
    </message>
    <message>
        <source>{file} is not JSON Lines.</source>
        <comment>evals.promptfoo-not-jsonl</comment>
        <translation>{file} non è in formato JSON Lines.</translation>
    </message>
    <message>
        <source>{file} should hold a list of tests, and it does not.</source>
        <comment>evals.promptfoo-not-tests</comment>
        <translation>{file} dovrebbe contenere un elenco di test, ma non lo contiene.</translation>
    </message>
    <message>
        <source>the &apos;options&apos; of {where} are not settings.</source>
        <comment>evals.promptfoo-bad-options</comment>
        <translation>le &apos;options&apos; ({where}) non sono impostazioni.</translation>
    </message>
    <message>
        <source>the threshold of {where}</source>
        <comment>evals.promptfoo-threshold-of</comment>
        <translation>la soglia ({where})</translation>
    </message>
    <message>
        <source>the &apos;prompts&apos; of {where} should be a list of prompt labels, and they are not.</source>
        <comment>evals.promptfoo-bad-test-prompts</comment>
        <translation>i &apos;prompts&apos; ({where}) dovrebbero essere un elenco di etichette di prompt, ma non lo sono.</translation>
    </message>
    <message>
        <source>the &apos;vars&apos; of {where} should be names with values, and they are not.</source>
        <comment>evals.promptfoo-bad-vars</comment>
        <translation>le &apos;vars&apos; ({where}) dovrebbero essere nomi con valori, ma non lo sono.</translation>
    </message>
    <message>
        <source>the &apos;assert&apos; of {where} should be a list of assertions, and it is not.</source>
        <comment>evals.promptfoo-bad-assert</comment>
        <translation>il campo &apos;assert&apos; ({where}) dovrebbe essere un elenco di asserzioni, ma non lo è.</translation>
    </message>
    <message>
        <source>{problem} (in {where}).</source>
        <comment>evals.promptfoo-in-test</comment>
        <translation>{problem} ({where}).</translation>
    </message>
    <message>
        <source>{what} should be a number, and it is {value}.</source>
        <comment>evals.promptfoo-not-number</comment>
        <translation>{what} dovrebbe essere un numero, ma è {value}.</translation>
    </message>
    <message>
        <source>its {what} {file} is made by code or a pattern of files, which Hearth does not run.</source>
        <comment>evals.promptfoo-code-file</comment>
        <translation>il suo {what} {file} è generato da codice o da un pattern di file, che Hearth non esegue.</translation>
    </message>
    <message>
        <source>the file it names, {file}, cannot be read.</source>
        <comment>evals.promptfoo-file-unreadable</comment>
        <translation>il file che indica, {file}, non può essere letto.</translation>
    </message>
    <message>
        <source>its {what} &apos;{file}&apos; is neither written out nor a file:// reference.</source>
        <comment>evals.promptfoo-not-written-out</comment>
        <translation>il suo {what} &apos;{file}&apos; non è né scritto per esteso né un riferimento file://.</translation>
    </message>
    <message>
        <source>{file} is not valid YAML or JSON.</source>
        <comment>evals.promptfoo-file-not-yaml</comment>
        <translation>{file} non è YAML o JSON valido.</translation>
    </message>
    <message>
        <source>another model file</source>
        <comment>evals.differs-file</comment>
        <translation>un altro file di modello</translation>
    </message>
    <message>
        <source>another file name</source>
        <comment>evals.differs-file-name</comment>
        <translation>un altro nome di file</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>evals.unknown-quantization</comment>
        <translation>sconosciuta</translation>
    </message>
    <message>
        <source>quantization {before}, not {after}</source>
        <comment>evals.differs-quantization</comment>
        <translation>quantizzazione {before} anziché {after}</translation>
    </message>
    <message>
        <source>a context of {before} tokens, not {after}</source>
        <comment>evals.differs-context</comment>
        <translation>un contesto di {before} token anziché {after}</translation>
    </message>
    <message>
        <source>{setting} {before}, not {after}</source>
        <comment>evals.differs-sampler</comment>
        <translation>{setting} {before} anziché {after}</translation>
    </message>
    <message>
        <source>seeds {before}, not {after}</source>
        <comment>evals.differs-seeds</comment>
        <translation>seed {before} anziché {after}</translation>
    </message>
    <message>
        <source>Hearth {before}, not {after}</source>
        <comment>evals.differs-version</comment>
        <translation>Hearth {before} anziché {after}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-seeds</comment>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>evals.column-model</comment>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <comment>evals.column-pass-rate</comment>
        <translation>% superati</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>evals.column-passed</comment>
        <translation>Superati</translation>
    </message>
    <message>
        <source>{passed} of {replies}</source>
        <comment>evals.passed-of</comment>
        <translation>{passed} di {replies}</translation>
    </message>
    <message>
        <source>JSON valid</source>
        <comment>evals.column-json-valid</comment>
        <translation>JSON valido</translation>
    </message>
    <message>
        <source>Schema valid</source>
        <comment>evals.column-schema-valid</comment>
        <translation>Schema valido</translation>
    </message>
    <message>
        <source>Schema valid with Hearth&apos;s grammar</source>
        <comment>evals.column-schema-valid-grammar</comment>
        <translation>Schema valido con la grammatica di Hearth</translation>
    </message>
    <message>
        <source>Tool arguments valid</source>
        <comment>evals.column-tool-arguments-valid</comment>
        <translation>Argomenti strumenti validi</translation>
    </message>
    <message>
        <source>Cut by the length limit</source>
        <comment>evals.column-length-cut</comment>
        <translation>Troncate dal limite di lunghezza</translation>
    </message>
    <message>
        <source>Pass-rate spread</source>
        <comment>evals.column-spread</comment>
        <translation>Scarto % superati</translation>
    </message>
    <message>
        <source>Flaky cases</source>
        <comment>evals.column-flaky</comment>
        <translation>Casi instabili</translation>
    </message>
    <message>
        <source>First token</source>
        <comment>evals.column-first-token</comment>
        <translation>Primo token</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <comment>evals.column-speed</comment>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>Memory</source>
        <comment>evals.column-memory</comment>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Verdict</source>
        <comment>evals.column-verdict</comment>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Licence</source>
        <comment>evals.column-licence</comment>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>evals.seconds</comment>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-flaky-cases</comment>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>{points} points</source>
        <comment>evals.spread-points</comment>
        <translation>{points} punti</translation>
    </message>
    <message>
        <source>the earlier run {run} of this suite ran {model} with {differences}, so its results are not comparable with these.</source>
        <comment>evals.not-comparable</comment>
        <translation>l&apos;esecuzione precedente {run} di questa suite ha eseguito {model} con {differences}, quindi i suoi risultati non sono confrontabili con questi.</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <comment>evals.list-more</comment>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>That evaluation run is gone.</source>
        <comment>evals.run-gone</comment>
        <translation>Quell&apos;esecuzione delle verifiche non esiste più.</translation>
    </message>
    <message>
        <source>That reply of the evaluation run is gone.</source>
        <comment>evals.reply-gone</comment>
        <translation>Quella risposta dell&apos;esecuzione delle verifiche non esiste più.</translation>
    </message>
    <message>
        <source>Hearth cannot read the suite {path}.</source>
        <comment>evals.suite-unreadable</comment>
        <translation>Hearth non riesce a leggere la suite {path}.</translation>
    </message>
    <message>
        <source>the suite</source>
        <comment>evals.the-suite</comment>
        <translation>la suite</translation>
    </message>
    <message>
        <source>Line {number} of {where} is not JSON: {error} at column {column}. Each line must be one case, a JSON object on one line.</source>
        <comment>evals.line-not-json</comment>
        <translation>La riga {number} ({where}) non è JSON: {error} alla colonna {column}. Ogni riga deve essere un caso, cioè un oggetto JSON su una sola riga.</translation>
    </message>
    <message>
        <source>Line {number} of {where}: {problem}</source>
        <comment>evals.line-problem</comment>
        <translation>Riga {number} ({where}): {problem}</translation>
    </message>
    <message>
        <source>There are no cases in {where}: write one JSON object a line, with at least a “prompt”.</source>
        <comment>evals.no-cases</comment>
        <translation>Nessun caso trovato ({where}): scrivi un oggetto JSON per riga, con almeno un “prompt”.</translation>
    </message>
    <message>
        <source>a case must be a JSON object such as {{“prompt”: “…”, “checks”: […]}}.</source>
        <comment>evals.case-not-object</comment>
        <translation>un caso deve essere un oggetto JSON come {{“prompt”: “…”, “checks”: […]}}.</translation>
    </message>
    <message>
        <source>{names} is not part of a case; a case may have {allowed}.</source>
        <comment>evals.unknown-key</comment>
        <translation>{names} non fa parte di un caso; un caso può avere {allowed}.</translation>
    </message>
    <message>
        <source>{names} are not part of a case; a case may have {allowed}.</source>
        <comment>evals.unknown-keys</comment>
        <translation>{names} non fanno parte di un caso; un caso può avere {allowed}.</translation>
    </message>
    <message>
        <source>{problem} Write promptfoo&apos;s “assert” as “checks”.</source>
        <comment>evals.assert-hint</comment>
        <translation>{problem} Al posto di “assert” di promptfoo scrivi “checks”.</translation>
    </message>
    <message>
        <source>the case has no “prompt” (the text to ask each model).</source>
        <comment>evals.no-prompt</comment>
        <translation>il caso non ha un “prompt” (il testo da chiedere a ogni modello).</translation>
    </message>
    <message>
        <source>“vars” must be an object of names and values, such as {{“city”: “Paris”}}.</source>
        <comment>evals.bad-vars</comment>
        <translation>“vars” deve essere un oggetto di nomi e valori, ad esempio {{“city”: “Paris”}}.</translation>
    </message>
    <message>
        <source>“checks” must be a list of checks, such as [{{“type”: “contains”, “value”: “Paris”}}].</source>
        <comment>evals.bad-checks</comment>
        <translation>“checks” deve essere un elenco di verifiche, ad esempio [{{“type”: “contains”, “value”: “Paris”}}].</translation>
    </message>
    <message>
        <source>“description” must be text.</source>
        <comment>evals.bad-description</comment>
        <translation>“description” deve essere un testo.</translation>
    </message>
    <message>
        <source>“tools” must be a list of OpenAI tools, each {{“type”: “function”, “function”: {{“name”, …}}}}.</source>
        <comment>evals.bad-tools</comment>
        <translation>“tools” deve essere un elenco di strumenti OpenAI, ciascuno {{“type”: “function”, “function”: {{“name”, …}}}}.</translation>
    </message>
    <message>
        <source>the case&apos;s “threshold”</source>
        <comment>evals.case-threshold</comment>
        <translation>il campo “threshold” del caso</translation>
    </message>
    <message>
        <source>the prompt asks for the variable “{name}”, but this case does not give it. Add a “{column}” column or var (this case gives: {given}).</source>
        <comment>evals.case-missing-variable</comment>
        <translation>il prompt richiede la variabile “{name}”, ma questo caso non la fornisce. Aggiungi una colonna o una var “{column}” (questo caso fornisce: {given}).</translation>
    </message>
    <message>
        <source>check {index} needs a “type”, such as {{“type”: “icontains”, “value”: “Paris”}}.</source>
        <comment>evals.check-no-type</comment>
        <translation>la verifica {index} richiede un “type”, ad esempio {{“type”: “icontains”, “value”: “Paris”}}.</translation>
    </message>
    <message>
        <source>check {index}&apos;s “weight” must be a number, 0 or more (0: shown, never counted).</source>
        <comment>evals.check-bad-weight</comment>
        <translation>il “weight” della verifica {index} deve essere un numero, 0 o più (0: mostrata, mai conteggiata).</translation>
    </message>
    <message>
        <source>check {index}&apos;s “threshold” must be a number.</source>
        <comment>evals.check-bad-threshold</comment>
        <translation>il “threshold” della verifica {index} deve essere un numero.</translation>
    </message>
    <message>
        <source>check {index} ({type}): {problem}</source>
        <comment>evals.check-problem</comment>
        <translation>verifica {index} ({type}): {problem}</translation>
    </message>
    <message>
        <source>Hearth cannot read the table {path}.</source>
        <comment>evals.table-unreadable</comment>
        <translation>Hearth non riesce a leggere la tabella {path}.</translation>
    </message>
    <message>
        <source>The table {path} is empty: its first row must name the variables, one a column.</source>
        <comment>evals.table-empty</comment>
        <translation>La tabella {path} è vuota: la prima riga deve indicare i nomi delle variabili, uno per colonna.</translation>
    </message>
    <message>
        <source>The first row of {path} must name each column once (it reads: {header}).</source>
        <comment>evals.table-header</comment>
        <translation>La prima riga di {path} deve indicare ogni colonna una sola volta (contiene: {header}).</translation>
    </message>
    <message>
        <source>Line {number} of {path} has {cells} cells, but the first row names {columns} columns. Put quotes around a value that holds a comma.</source>
        <comment>evals.table-row-too-long</comment>
        <translation>La riga {number} di {path} ha {cells} celle, ma la prima riga indica {columns} colonne. Metti tra virgolette i valori che contengono una virgola.</translation>
    </message>
    <message>
        <source>Write the prompt first: the table&apos;s rows fill its {{{{variables}}}}.</source>
        <comment>evals.table-no-prompt</comment>
        <translation>Scrivi prima il prompt: le righe della tabella ne riempiono le {{{{variables}}}}.</translation>
    </message>
    <message>
        <source>The table has no rows: each row of values becomes one case.</source>
        <comment>evals.table-no-rows</comment>
        <translation>La tabella non ha righe: ogni riga di valori diventa un caso.</translation>
    </message>
    <message>
        <source>Row {number} of the table: {problem}</source>
        <comment>evals.table-row-problem</comment>
        <translation>Riga {number} della tabella: {problem}</translation>
    </message>
    <message>
        <source>The row {row} of the table&apos;s __expected column: {problem}</source>
        <comment>evals.table-expected</comment>
        <translation>Riga {row} della colonna __expected della tabella: {problem}</translation>
    </message>
    <message>
        <source>{what} must be a number from 0 to 1 (the share of the weighted score a reply needs).</source>
        <comment>evals.bad-threshold</comment>
        <translation>{what} deve essere un numero da 0 a 1 (la quota del punteggio ponderato richiesta a una risposta).</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>evals.case-passed</comment>
        <translation>superato</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>evals.case-failed</comment>
        <translation>non superato</translation>
    </message>
    <message>
        <source>flaky</source>
        <comment>evals.case-flaky</comment>
        <translation>instabile</translation>
    </message>
    <message>
        <source>On another computer</source>
        <comment>evals.on-another-computer</comment>
        <translation>Su un altro computer</translation>
    </message>
    <message>
        <source>Not known to Hearth</source>
        <comment>evals.licence-unknown</comment>
        <translation>Sconosciuta a Hearth</translation>
    </message>
    <message>
        <source>It runs on another computer.</source>
        <comment>evals.runs-on-another-computer</comment>
        <translation>Funziona su un altro computer.</translation>
    </message>
    <message>
        <source>its licence is not known to Hearth</source>
        <comment>evals.licence-not-known</comment>
        <translation>la sua licenza non è nota a Hearth</translation>
    </message>
    <message>
        <source>its licence ({licence}) does not allow business use</source>
        <comment>evals.licence-not-business</comment>
        <translation>la sua licenza ({licence}) non consente l&apos;uso commerciale</translation>
    </message>
    <message>
        <source>its licence ({licence}) does not allow it</source>
        <comment>evals.licence-closed</comment>
        <translation>la sua licenza ({licence}) non lo consente</translation>
    </message>
    <message>
        <source>business use</source>
        <comment>evals.business-use</comment>
        <translation>l&apos;uso commerciale</translation>
    </message>
    <message>
        <source>personal use</source>
        <comment>evals.personal-use</comment>
        <translation>l&apos;uso personale</translation>
    </message>
    <message>
        <source>None of these models runs on this computer, so Hearth recommends none of them here.</source>
        <comment>evals.recommend-none-runs</comment>
        <translation>Nessuno di questi modelli funziona su questo computer, quindi Hearth non ne consiglia nessuno qui.</translation>
    </message>
    <message>
        <source>{model}: {reason}</source>
        <comment>evals.recommend-licence-reason</comment>
        <translation>{model}: {reason}</translation>
    </message>
    <message>
        <source>None of the models that run here has a licence that allows {use} ({reasons}).</source>
        <comment>evals.recommend-no-licence</comment>
        <translation>Nessuno dei modelli che funzionano qui ha una licenza che consente {use} ({reasons}).</translation>
    </message>
    <message>
        <source>No model that runs here with a licence for {use} passed any case; none is recommended.</source>
        <comment>evals.recommend-none-passed</comment>
        <translation>Nessun modello che funziona qui con una licenza per {use} ha superato almeno un caso; nessuno è consigliato.</translation>
    </message>
    <message>
        <source>{model} passes the most cases ({rate}) among the models that run here and whose licence allows {use}</source>
        <comment>evals.recommend-best</comment>
        <translation>{model} supera più casi ({rate}) tra i modelli che funzionano qui e la cui licenza consente {use}</translation>
    </message>
    <message>
        <source>{recommendation}; {tied} passes as many, and {model} is faster</source>
        <comment>evals.recommend-tied-one</comment>
        <translation>{recommendation}; {tied} ne supera altrettanti, ma {model} è più veloce</translation>
    </message>
    <message>
        <source>{recommendation}; {tied} pass as many, and {model} is faster</source>
        <comment>evals.recommend-tied</comment>
        <translation>{recommendation}; {tied} ne superano altrettanti, ma {model} è più veloce</translation>
    </message>
    <message>
        <source>{model} passes {rate}, but {reason}</source>
        <comment>evals.recommend-better-excluded</comment>
        <translation>{model} arriva a {rate}, ma {reason}</translation>
    </message>
    <message>
        <source>{recommendation} ({why})</source>
        <comment>evals.recommend-why-not-better</comment>
        <translation>{recommendation} ({why})</translation>
    </message>
    <message>
        <source>{recommendation}; its licence is not known to Hearth: read its model card</source>
        <comment>evals.recommend-licence-unknown</comment>
        <translation>{recommendation}; la sua licenza non è nota a Hearth: leggi la scheda del modello</translation>
    </message>
    <message>
        <source>{recommendation}.</source>
        <comment>evals.recommendation</comment>
        <translation>{recommendation}.</translation>
    </message>
    <message>
        <source>it does not run here</source>
        <comment>evals.does-not-run-here</comment>
        <translation>non funziona qui</translation>
    </message>
    <message>
        <source>it runs on another computer</source>
        <comment>evals.elsewhere</comment>
        <translation>funziona su un altro computer</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <comment>evals.list-semicolon</comment>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>The prompt asks for the variable “{name}”, but this case does not give it. Add a “{column}” column or var (this case gives: {given}).</source>
        <comment>evals.missing-variable</comment>
        <translation>Il prompt richiede la variabile “{name}”, ma questo caso non la fornisce. Aggiungi una colonna o una var “{column}” (questo caso fornisce: {given}).</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-variables</comment>
        <translation>nessuna</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Benvenuto in Hearth</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Go straight to Hearth; this welcome does not show again</source>
        <translation>Vai direttamente a Hearth; questo benvenuto non verrà più mostrato</translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation>Salta il benvenuto</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>See models that fit</source>
        <translation>Vedi i modelli adatti</translation>
    </message>
    <message>
        <source>Download {model} ({size})</source>
        <translation>Scarica {model} ({size})</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Needs about {need} on your graphics card, which has room for it.</source>
        <comment>fit.reason-speech-gpu</comment>
        <translation>Richiede circa {need} sulla scheda grafica, che ha spazio sufficiente.</translation>
    </message>
    <message>
        <source>Needs about {need} of memory; it transcribes on the processor.</source>
        <comment>fit.reason-speech-cpu</comment>
        <translation>Richiede circa {need} di memoria; trascrive sul processore.</translation>
    </message>
    <message>
        <source>Needs about {need}, but only {free} of memory is free.</source>
        <comment>fit.reason-speech-too-large</comment>
        <translation>Richiede circa {need}, ma sono liberi solo {free} di memoria.</translation>
    </message>
    <message>
        <source>Runs on your graphics card</source>
        <comment>fit.label-gpu</comment>
        <translation>Funziona sulla scheda grafica</translation>
    </message>
    <message>
        <source>Partly on your graphics card</source>
        <comment>fit.label-partial</comment>
        <translation>In parte sulla scheda grafica</translation>
    </message>
    <message>
        <source>Runs on your processor</source>
        <comment>fit.label-cpu</comment>
        <translation>Funziona sul processore</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <comment>fit.label-too-large</comment>
        <translation>Troppo grande per questo computer</translation>
    </message>
    <message>
        <source>fast</source>
        <comment>fit.speed-fast</comment>
        <translation>veloce</translation>
    </message>
    <message>
        <source>comfortable</source>
        <comment>fit.speed-comfortable</comment>
        <translation>fluida</translation>
    </message>
    <message>
        <source>slow</source>
        <comment>fit.speed-slow</comment>
        <translation>lenta</translation>
    </message>
    <message>
        <source>very slow</source>
        <comment>fit.speed-very-slow</comment>
        <translation>molto lenta</translation>
    </message>
    <message>
        <source>{band}, roughly {low}–{high} tokens/s</source>
        <comment>fit.speed-band</comment>
        <translation>{band}, circa {low}–{high} token/s</translation>
    </message>
    <message>
        <source>your {count} graphics cards have {free} free together</source>
        <comment>fit.gpus-free</comment>
        <translation>le tue {count} schede grafiche hanno in tutto {free} liberi</translation>
    </message>
    <message>
        <source>your graphics card has {free} free</source>
        <comment>fit.gpu-free</comment>
        <translation>la tua scheda grafica ha {free} liberi</translation>
    </message>
    <message>
        <source>with an {size} context</source>
        <comment>fit.with-an-context</comment>
        <translation>con un contesto di {size}</translation>
    </message>
    <message>
        <source>with a {size} context</source>
        <comment>fit.with-a-context</comment>
        <translation>con un contesto di {size}</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so it all runs there.</source>
        <comment>fit.reason-gpu</comment>
        <translation>Richiede circa {need} {context}; {gpu_free}, quindi viene eseguito tutto lì.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so {layers} of {full} layers go on them and the rest runs on the processor.</source>
        <comment>fit.reason-partial-cards</comment>
        <translation>Richiede circa {need} {context}; {gpu_free}, quindi {layers} livelli su {full} vanno sulle schede e il resto viene eseguito sul processore.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so {layers} of {full} layers go on it and the rest runs on the processor.</source>
        <comment>fit.reason-partial</comment>
        <translation>Richiede circa {need} {context}; {gpu_free}, quindi {layers} livelli su {full} vanno sulla scheda e il resto viene eseguito sul processore.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, but macOS lets the graphics processor use only part of it, so it runs on the processor.</source>
        <comment>fit.reason-cpu-unified</comment>
        <translation>Richiede circa {need} {context}; sono liberi {free} di memoria, ma macOS lascia usare al processore grafico solo una parte, quindi viene eseguito sul processore.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, but your graphics card is too full or too small to help, so it runs on the processor.</source>
        <comment>fit.reason-cpu-gpu-full</comment>
        <translation>Richiede circa {need} {context}; sono liberi {free} di memoria, ma la scheda grafica è troppo piena o troppo piccola per aiutare, quindi viene eseguito sul processore.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, so it runs on the processor.</source>
        <comment>fit.reason-cpu</comment>
        <translation>Richiede circa {need} {context}; sono liberi {free} di memoria, quindi viene eseguito sul processore.</translation>
    </message>
    <message>
        <source>Needs about {need} even {context}, but only {free} of memory is free on this computer.</source>
        <comment>fit.reason-too-large</comment>
        <translation>Richiede circa {need} anche {context}, ma su questo computer sono liberi solo {free} di memoria.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Help me choose a model</source>
        <translation>Aiutami a scegliere un modello</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Cosa vuoi fare?</translation>
    </message>
    <message>
        <source>Hearth has looked at your computer. {headline}</source>
        <translation>Hearth ha esaminato il tuo computer. {headline}</translation>
    </message>
    <message>
        <source>Will you use it for work, in a business?</source>
        <translation>Lo userai per lavoro, in un&apos;azienda?</translation>
    </message>
    <message>
        <source>No, for myself (any open licence)</source>
        <translation>No, per me (qualsiasi licenza aperta)</translation>
    </message>
    <message>
        <source>Yes (only licences that allow business use)</source>
        <translation>Sì (solo licenze che consentono l&apos;uso commerciale)</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>Suggeriti per te</translation>
    </message>
    <message>
        <source>Nothing fits yet</source>
        <translation>Ancora niente di adatto</translation>
    </message>
    <message>
        <source>No model in the catalog does that on this computer with the licence you need. Try allowing any licence, or close other programs to free memory and rescan on the Hardware page.</source>
        <translation>Nessun modello del catalogo fa questo su questo computer con la licenza che ti serve. Prova a consentire qualsiasi licenza, oppure chiudi altri programmi per liberare memoria e ripeti la scansione nella pagina Hardware.</translation>
    </message>
    <message>
        <source>Compare these</source>
        <translation>Confronta questi</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Scarica</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>Scarica {model}</translation>
    </message>
    <message>
        <source>Download {model} to compare it too.</source>
        <translation>Scarica {model} per confrontare anche questo.</translation>
    </message>
    <message>
        <source>Download {first} and {second} to compare them too.</source>
        <translation>Scarica {first} e {second} per confrontare anche questi.</translation>
    </message>
    <message>
        <source>Download {first}, {second} and {third} to compare them too.</source>
        <translation>Scarica {first}, {second} e {third} per confrontare anche questi.</translation>
    </message>
    <message>
        <source>{size} download · {licence} · {verdict}</source>
        <translation>Download da {size} · {licence} · {verdict}</translation>
    </message>
    <message>
        <source>{role}: {model}, {summary}</source>
        <translation>{role}: {model}, {summary}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Show {model} in Discover</source>
        <translation>Mostra {model} in Esplora</translation>
    </message>
    <message>
        <source>Show it in Discover; other filters are cleared</source>
        <translation>Mostralo in Esplora; gli altri filtri vengono cancellati</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <source>Could not measure free disk space at {path}: {problem}</source>
        <comment>hardware.disk-unmeasured</comment>
        <translation>Impossibile misurare lo spazio libero su disco in {path}: {problem}</translation>
    </message>
    <message>
        <source>Models up to about {in_memory} can run on your processor, from memory. No graphics card that Hearth can use was found, so smaller models will feel faster.</source>
        <comment>hardware.headline-cpu</comment>
        <translation>I modelli fino a circa {in_memory} possono funzionare sul processore, dalla memoria. Non è stata trovata nessuna scheda grafica utilizzabile da Hearth, quindi i modelli più piccoli risulteranno più veloci.</translation>
    </message>
    <message>
        <source>Models up to about {on_gpu} can run on your {gpu} using {acceleration}; it shares memory with the rest of the computer, so close big apps before loading large models.</source>
        <comment>hardware.headline-shared</comment>
        <translation>I modelli fino a circa {on_gpu} possono funzionare su {gpu} tramite {acceleration}; la memoria è condivisa con il resto del computer, quindi chiudi le app pesanti prima di caricare modelli grandi.</translation>
    </message>
    <message>
        <source>Models up to about {on_gpu} can run fully on your graphics card; up to about {in_memory} in memory, partly on the processor and slower.</source>
        <comment>hardware.headline-gpu</comment>
        <translation>I modelli fino a circa {on_gpu} possono funzionare interamente sulla scheda grafica; fino a circa {in_memory} in memoria, in parte sul processore e più lentamente.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>hardware.unknown-size</comment>
        <translation>memoria sconosciuta</translation>
    </message>
    <message>
        <source>{gpu}: {memory}, used through {backend}.</source>
        <comment>hardware.gpu-used</comment>
        <translation>{gpu}: {memory}, usata tramite {backend}.</translation>
    </message>
    <message>
        <source>{gpu}: {memory}, {free} free, used through {backend}.</source>
        <comment>hardware.gpu-used-free</comment>
        <translation>{gpu}: {memory}, {free} liberi, usata tramite {backend}.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because its {memory} of memory is too small to help.</source>
        <comment>hardware.gpu-too-small</comment>
        <translation>{gpu}: non usata, perché i suoi {memory} di memoria sono troppo pochi per essere utili.</translation>
    </message>
    <message>
        <source>Transcription runs on the processor: the speech engine (CTranslate2) sees no CUDA device. It needs NVIDIA&apos;s cuBLAS 12 and cuDNN 9 libraries, which the CUDA build of Hearth carries.</source>
        <comment>hardware.speech-no-cuda</comment>
        <translation>La trascrizione viene eseguita sul processore: il motore vocale (CTranslate2) non vede alcun dispositivo CUDA. Servono le librerie cuBLAS 12 e cuDNN 9 di NVIDIA, incluse nella versione CUDA di Hearth.</translation>
    </message>
    <message>
        <source>Could not read /proc/cpuinfo: {problem}</source>
        <comment>hardware.cpuinfo-unread</comment>
        <translation>Impossibile leggere /proc/cpuinfo: {problem}</translation>
    </message>
    <message>
        <source>Hearth&apos;s download for older processors runs here, a little slower; so does a Hearth built on this computer (`make run` from the source).</source>
        <comment>hardware.remedy-older-build</comment>
        <translation>La versione di Hearth per processori meno recenti funziona qui, un po&apos; più lentamente; lo stesso vale per un Hearth compilato su questo computer (`make run` dal codice sorgente).</translation>
    </message>
    <message>
        <source>A Hearth built on this computer (`make run` from the source) compiles the engine for this processor.</source>
        <comment>hardware.remedy-build-here</comment>
        <translation>Un Hearth compilato su questo computer (`make run` dal codice sorgente) compila il motore per questo processore.</translation>
    </message>
    <message>
        <source>Chat models cannot run with this copy of Hearth: its engine was built for processors with {names}, and {processor} lacks these. Transcription still works. {remedy}</source>
        <comment>hardware.cpu-lacks-features</comment>
        <translation>I modelli di chat non possono funzionare con questa copia di Hearth: il suo motore è stato compilato per processori con {names}, e {processor} ne è privo. La trascrizione funziona comunque. {remedy}</translation>
    </message>
    <message>
        <source>Chat models cannot run with this copy of Hearth: its engine was built for processors with {names}, and {processor} lacks this. Transcription still works. {remedy}</source>
        <comment>hardware.cpu-lacks-feature</comment>
        <translation>I modelli di chat non possono funzionare con questa copia di Hearth: il suo motore è stato compilato per processori con {names}, e {processor} ne è privo. La trascrizione funziona comunque. {remedy}</translation>
    </message>
    <message>
        <source>this processor</source>
        <comment>hardware.this-processor</comment>
        <translation>questo processore</translation>
    </message>
    <message>
        <source>{gpu}: not used, because this build of Hearth&apos;s engine (llama.cpp) has no GPU support. Install the {backend} build of Hearth to use it.</source>
        <comment>hardware.gpu-no-support</comment>
        <translation>{gpu}: non usata, perché questa versione del motore di Hearth (llama.cpp) non supporta le schede grafiche. Installa la versione {backend} di Hearth per usarla.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because llama.cpp has no way to drive it.</source>
        <comment>hardware.gpu-no-driver</comment>
        <translation>{gpu}: non usata, perché llama.cpp non ha modo di gestirla.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because this build of Hearth&apos;s engine drives {built} graphics cards, and this one needs {needed}. Install the {needed} build of Hearth to use it.</source>
        <comment>hardware.gpu-other-backend</comment>
        <translation>{gpu}: non usata, perché questa versione del motore di Hearth gestisce schede grafiche {built}, mentre questa richiede {needed}. Installa la versione {needed} di Hearth per usarla.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because it is older (compute capability {capability}) than this build of Hearth&apos;s engine supports ({oldest} or newer).</source>
        <comment>hardware.gpu-too-old</comment>
        <translation>{gpu}: non usata, perché è più vecchia (compute capability {capability}) di quanto supporti questa versione del motore di Hearth ({oldest} o successiva).</translation>
    </message>
    <message>
        <source>{gpu}: not used, because its NVIDIA driver {driver} is too old for Hearth&apos;s CUDA engine ({wanted} or newer). Update the driver (from nvidia.com or your system&apos;s driver manager) and restart Hearth; until then models run on the processor.</source>
        <comment>hardware.driver-too-old</comment>
        <translation>{gpu}: non usata, perché il suo driver NVIDIA {driver} è troppo vecchio per il motore CUDA di Hearth ({wanted} o successivo). Aggiorna il driver (da nvidia.com o dal gestore driver del sistema) e riavvia Hearth; fino ad allora i modelli funzionano sul processore.</translation>
    </message>
    <message>
        <source>The NVIDIA driver (NVML) {problem}; trying nvidia-smi</source>
        <comment>hardware.nvml-missing</comment>
        <translation>Il driver NVIDIA (NVML) {problem}; tentativo con nvidia-smi</translation>
    </message>
    <message>
        <source>The NVIDIA driver (NVML) gave an error: {problem}; trying nvidia-smi</source>
        <comment>hardware.nvml-error</comment>
        <translation>Il driver NVIDIA (NVML) ha restituito un errore: {problem}; tentativo con nvidia-smi</translation>
    </message>
    <message>
        <source>nvidia-smi answered, but its output listed no GPU Hearth could read</source>
        <comment>hardware.nvidia-smi-no-gpu</comment>
        <translation>nvidia-smi ha risposto, ma il suo output non elencava nessuna GPU leggibile da Hearth</translation>
    </message>
    <message>
        <source>nvidia-smi is installed but cannot reach the NVIDIA driver: the graphics card cannot be used until the driver is installed or the computer restarted</source>
        <comment>hardware.nvidia-driver-unreachable</comment>
        <translation>nvidia-smi è installato ma non riesce a raggiungere il driver NVIDIA: la scheda grafica non può essere usata finché il driver non viene installato o il computer riavviato</translation>
    </message>
    <message>
        <source>system_profiler is missing: cannot see the graphics processor</source>
        <comment>hardware.no-system-profiler</comment>
        <translation>system_profiler non è presente: impossibile vedere il processore grafico</translation>
    </message>
    <message>
        <source>Windows reports at most 4 GB for {gpu}; it may have more</source>
        <comment>hardware.windows-vram-capped</comment>
        <translation>Windows indica al massimo 4 GB per {gpu}; potrebbe averne di più</translation>
    </message>
    <message>
        <source>The llama.cpp engine could not be loaded, so chat will not work: {problem}</source>
        <comment>hardware.chat-engine-missing</comment>
        <translation>Impossibile caricare il motore llama.cpp, quindi la chat non funzionerà: {problem}</translation>
    </message>
    <message>
        <source>The speech engine (CTranslate2) could not be loaded, so transcription will not work: {problem}</source>
        <comment>hardware.speech-engine-missing</comment>
        <translation>Impossibile caricare il motore vocale (CTranslate2), quindi la trascrizione non funzionerà: {problem}</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>Your computer</source>
        <translation>Il tuo computer</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Riesamina</translation>
    </message>
    <message>
        <source>Look at the hardware again (Ctrl+R)</source>
        <translation>Esamina di nuovo l&apos;hardware (Ctrl+R)</translation>
    </message>
    <message>
        <source>Look at the hardware again</source>
        <translation>Esamina di nuovo l&apos;hardware</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processore</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>Grafica</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Accelerazione</translation>
    </message>
    <message>
        <source>Storage for models</source>
        <translation>Spazio per i modelli</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Nascondi dettagli</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostra dettagli</translation>
    </message>
    <message>
        <source>Show the full scan</source>
        <translation>Mostra la scansione completa</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copia dettagli</translation>
    </message>
    <message>
        <source>Copy the full scan, for example to paste into a bug report</source>
        <translation>Copia la scansione completa, ad esempio da incollare in una segnalazione di bug</translation>
    </message>
    <message>
        <source>Copy the full scan</source>
        <translation>Copia la scansione completa</translation>
    </message>
    <message>
        <source>The full scan</source>
        <translation>La scansione completa</translation>
    </message>
    <message>
        <source>Warnings about this computer</source>
        <translation>Avvisi su questo computer</translation>
    </message>
    <message>
        <source>Looking at your computer…</source>
        <translation>Esame del computer in corso…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Scansione…</translation>
    </message>
    <message>
        <source>no vector extensions found</source>
        <translation>nessuna estensione vettoriale trovata</translation>
    </message>
    <message numerus="yes">
        <source>%n threads</source>
        <translation>
            <numerusform>%n thread</numerusform>
            <numerusform>%n thread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n core</numerusform>
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
        <translation>{size} liberi ora</translation>
    </message>
    <message numerus="yes">
        <source>{name} (+%n more)</source>
        <translation>
            <numerusform>{name} (+ %n altra)</numerusform>
            <numerusform>{name} (+ altre %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor only</source>
        <translation>Solo processore</translation>
    </message>
    <message>
        <source>No graphics card that Hearth can use was found. Models run on the processor.</source>
        <translation>Non è stata trovata nessuna scheda grafica utilizzabile da Hearth. I modelli vengono eseguiti sul processore.</translation>
    </message>
    <message>
        <source>{size} free</source>
        <translation>{size} liberi</translation>
    </message>
    <message>
        <source>The scan&apos;s details are copied: paste them into a bug report or a message.</source>
        <translation>I dettagli della scansione sono stati copiati: incollali in una segnalazione di bug o in un messaggio.</translation>
    </message>
    <message>
        <source>The chat engine (llama.cpp) could not be loaded; see the details below.</source>
        <translation>Impossibile caricare il motore di chat (llama.cpp); vedi i dettagli sotto.</translation>
    </message>
    <message>
        <source>Chat: llama.cpp {version}, with GPU support</source>
        <translation>Chat: llama.cpp {version}, con supporto GPU</translation>
    </message>
    <message>
        <source>Chat: llama.cpp {version}, built for the processor only</source>
        <translation>Chat: llama.cpp {version}, compilato solo per il processore</translation>
    </message>
    <message>
        <source>The speech engine (CTranslate2) could not be loaded; see the details below.</source>
        <translation>Impossibile caricare il motore vocale (CTranslate2); vedi i dettagli sotto.</translation>
    </message>
    <message>
        <source>Transcription: CTranslate2 {version}, on the graphics card</source>
        <translation>Trascrizione: CTranslate2 {version}, sulla scheda grafica</translation>
    </message>
    <message>
        <source>Transcription: CTranslate2 {version}, on the processor</source>
        <translation>Trascrizione: CTranslate2 {version}, sul processore</translation>
    </message>
    <message>
        <source>Processor ({extension})</source>
        <translation>Processore ({extension})</translation>
    </message>
</context>
<context>
    <name>Host</name>
    <message>
        <source>Cancelled.</source>
        <comment>host.job-cancelled</comment>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>{name} is not loaded.</source>
        <comment>host.not-loaded</comment>
        <translation>{name} non è caricato.</translation>
    </message>
    <message>
        <source>{name} is not loaded any more; load it again to go on.</source>
        <comment>host.no-model-loaded</comment>
        <translation>{name} non è più caricato; caricalo di nuovo per continuare.</translation>
    </message>
    <message>
        <source>{evicted} was unloaded to make room for {name}.</source>
        <comment>host.unloaded-for-room</comment>
        <translation>{evicted} è stato chiuso per fare spazio a {name}.</translation>
    </message>
</context>
<context>
    <name>HubNotice</name>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
</context>
<context>
    <name>HubRepoView</name>
    <message>
        <source>Reading its files and each quantization&apos;s header on Hugging Face…</source>
        <translation>Lettura dei file e dell&apos;intestazione di ogni quantizzazione su Hugging Face…</translation>
    </message>
    <message>
        <source>architecture unknown</source>
        <translation>architettura sconosciuta</translation>
    </message>
    <message numerus="yes">
        <source>{arch} · revision {revision} · %n quantizations</source>
        <translation>
            <numerusform>{arch} · revisione {revision} · %n quantizzazione</numerusform>
            <numerusform>{arch} · revisione {revision} · %n quantizzazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Gated: accept its terms on &lt;a href=&quot;{url}&quot;&gt;its Hugging Face page&lt;/a&gt; and add a token in Settings to download it.</source>
        <translation>Accesso limitato: accetta i termini nella &lt;a href=&quot;{url}&quot;&gt;sua pagina Hugging Face&lt;/a&gt; e aggiungi un token nelle Impostazioni per scaricarlo.</translation>
    </message>
    <message>
        <source>This repository has no GGUF files Hearth can run.</source>
        <translation>Questo repository non ha file GGUF che Hearth può eseguire.</translation>
    </message>
</context>
<context>
    <name>HubResultsTable</name>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Mi piace</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>a free licence</source>
        <translation>licenza libera</translation>
    </message>
    <message>
        <source>open, with conditions</source>
        <translation>aperta, con condizioni</translation>
    </message>
    <message>
        <source>for research</source>
        <translation>per la ricerca</translation>
    </message>
    <message>
        <source>not for commercial use</source>
        <translation>non per uso commerciale</translation>
    </message>
    <message>
        <source>Hugging Face results</source>
        <translation>Risultati di Hugging Face</translation>
    </message>
    <message>
        <source>Press Enter on a repository to see how each of its files runs here</source>
        <translation>Premi Enter su un repository per vedere come funziona qui ciascuno dei suoi file</translation>
    </message>
    <message>
        <source>by {author}, {downloads} downloads, {likes} likes, updated {date}, licence: {licence}</source>
        <translation>di {author}, {downloads} download, {likes} Mi piace, aggiornato: {date}, licenza: {licence}</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>non indicata</translation>
    </message>
    <message>
        <source>A licence Hearth does not know: read it on the model&apos;s page before using the model.</source>
        <translation>Una licenza che Hearth non conosce: leggila nella pagina del modello prima di usarlo.</translation>
    </message>
    <message>
        <source>{licence}: {tier}</source>
        <translation>{licence}: {tier}</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>Riservato</translation>
    </message>
    <message>
        <source>In Hearth&apos;s picks</source>
        <translation>Tra le scelte di Hearth</translation>
    </message>
    <message>
        <source>Needs access granted on its Hugging Face page and a token in Settings</source>
        <translation>Richiede l&apos;accesso concesso nella sua pagina Hugging Face e un token nelle Impostazioni</translation>
    </message>
    <message>
        <source>In Hearth&apos;s picks: {name}</source>
        <translation>Tra le scelte di Hearth: {name}</translation>
    </message>
</context>
<context>
    <name>HubSearch</name>
    <message>
        <source>Offline mode is on, so Hearth did not search Hugging Face. Turn it off in Settings to search.</source>
        <comment>hub_search.search-offline</comment>
        <translation>La modalità offline è attiva, quindi Hearth non ha cercato su Hugging Face. Disattivala nelle Impostazioni per cercare.</translation>
    </message>
    <message>
        <source>in {wait} seconds</source>
        <comment>hub_search.in-seconds</comment>
        <translation>tra {wait} secondi</translation>
    </message>
    <message>
        <source>in a minute</source>
        <comment>hub_search.in-a-minute</comment>
        <translation>tra un minuto</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from here; retry {when}.</source>
        <comment>hub_search.hub-busy</comment>
        <translation>Hugging Face sta ricevendo troppe richieste da qui; riprova {when}.</translation>
    </message>
    <message>
        <source>Hugging Face had a problem of its own ({status}); nothing is wrong here. Retry in a moment.</source>
        <comment>hub_search.hub-server-error</comment>
        <translation>Hugging Face ha avuto un problema interno ({status}); qui è tutto a posto. Riprova tra poco.</translation>
    </message>
    <message>
        <source>Hugging Face refused the request ({status}).</source>
        <comment>hub_search.request-refused</comment>
        <translation>Hugging Face ha rifiutato la richiesta ({status}).</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check your connection (or the mirror in Settings) and retry.</source>
        <comment>hub_search.hub-unreachable</comment>
        <translation>{host} non ha risposto in tempo. Controlla la connessione (o il mirror nelle Impostazioni) e riprova.</translation>
    </message>
    <message>
        <source>Hearth could not reach {host}. Check your connection (or the mirror in Settings) and retry.</source>
        <comment>hub_search.unreachable</comment>
        <translation>Hearth non è riuscito a raggiungere {host}. Controlla la connessione (o il mirror nelle Impostazioni) e riprova.</translation>
    </message>
    <message>
        <source>Hugging Face sent an answer Hearth could not read. Retry in a moment.</source>
        <comment>hub_search.hub-failed</comment>
        <translation>Hugging Face ha inviato una risposta che Hearth non riesce a leggere. Riprova tra poco.</translation>
    </message>
    <message>
        <source>{repo} asks you to accept its licence first. Open {page}, accept the terms, then add a Hugging Face token in Settings.</source>
        <comment>hub_search.gated-model</comment>
        <translation>{repo} chiede prima di accettarne la licenza. Apri {page}, accetta i termini, poi aggiungi un token di Hugging Face nelle Impostazioni.</translation>
    </message>
    <message>
        <source>The model {repo} was not found. It may have been renamed, or it is private and needs a token.</source>
        <comment>hub_search.model-not-found</comment>
        <translation>Il modello {repo} non è stato trovato. Potrebbe essere stato rinominato, oppure è privato e richiede un token.</translation>
    </message>
    <message>
        <source>{filename} is no longer in {repo}.</source>
        <comment>hub_search.file-gone</comment>
        <translation>{filename} non è più in {repo}.</translation>
    </message>
    <message>
        <source>Hugging Face refused access to {repo} ({status}). Accept the model&apos;s licence on {page} and add a token in Settings.</source>
        <comment>hub_search.access-refused</comment>
        <translation>Hugging Face ha negato l&apos;accesso a {repo} ({status}). Accetta la licenza del modello su {page} e aggiungi un token nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Hugging Face answered with an error ({status}) for {filename}. Try again later.</source>
        <comment>hub_search.file-error</comment>
        <translation>Hugging Face ha risposto con un errore ({status}) per {filename}. Riprova più tardi.</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face to read {filename}. Check your connection.</source>
        <comment>hub_search.network-problem</comment>
        <translation>Impossibile raggiungere Hugging Face per leggere {filename}. Controlla la connessione.</translation>
    </message>
    <message>
        <source>This link is too long for a Hugging Face model link ({length} characters; at most {max_link_length}), so Hearth did not open it.</source>
        <comment>hub_search.link-too-long</comment>
        <translation>Questo link è troppo lungo per un link a un modello di Hugging Face ({length} caratteri; al massimo {max_link_length}), quindi Hearth non l&apos;ha aperto.</translation>
    </message>
    <message>
        <source>This link contains invisible control characters, so Hearth did not open it.</source>
        <comment>hub_search.link-control-characters</comment>
        <translation>Questo link contiene caratteri di controllo invisibili, quindi Hearth non l&apos;ha aperto.</translation>
    </message>
    <message>
        <source>This is not a link Hearth can read.</source>
        <comment>hub_search.link-unreadable</comment>
        <translation>Questo non è un link che Hearth può leggere.</translation>
    </message>
    <message>
        <source>Hearth opens only links that start with {scheme}://{host}; this one is not for Hearth.</source>
        <comment>hub_search.link-other-site</comment>
        <translation>Hearth apre solo i link che iniziano con {scheme}://{host}; questo non è per Hearth.</translation>
    </message>
    <message>
        <source>Hearth opens only Hugging Face model links ({scheme}://{host}?model=ORG/REPO); this one asks for something else.</source>
        <comment>hub_search.link-not-model</comment>
        <translation>Hearth apre solo link a modelli di Hugging Face ({scheme}://{host}?model=ORG/REPO); questo chiede qualcos&apos;altro.</translation>
    </message>
    <message>
        <source>This link does not say which model to open (it has no model=ORG/REPO).</source>
        <comment>hub_search.link-without-model</comment>
        <translation>Questo link non indica quale modello aprire (manca model=ORG/REPO).</translation>
    </message>
    <message>
        <source>This link names more than one model or file, so Hearth cannot tell which to open.</source>
        <comment>hub_search.link-names-several</comment>
        <translation>Questo link indica più di un modello o file, quindi Hearth non sa quale aprire.</translation>
    </message>
    <message>
        <source>This link is garbled (its letters are not encoded correctly).</source>
        <comment>hub_search.link-garbled-letters</comment>
        <translation>Questo link è illeggibile (le sue lettere non sono codificate correttamente).</translation>
    </message>
    <message>
        <source>This link names a version or a tag of {base}; Hearth opens a model&apos;s current files, so use the model&apos;s link without the part after &apos;@&apos; or &apos;:&apos;.</source>
        <comment>hub_search.link-names-version</comment>
        <translation>Questo link indica una versione o un tag di {base}; Hearth apre i file attuali di un modello, quindi usa il link del modello senza la parte dopo &apos;@&apos; o &apos;:&apos;.</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a Hugging Face model name; a model link names one like &apos;organization/model-name&apos;.</source>
        <comment>hub_search.link-bad-repo</comment>
        <translation>&apos;{repo}&apos; non è un nome di modello Hugging Face; un link a un modello ne indica uno come &apos;organizzazione/nome-modello&apos;.</translation>
    </message>
    <message>
        <source>This link points at a file outside the model&apos;s folder (&apos;{file}&apos;), so Hearth did not open it.</source>
        <comment>hub_search.file-outside-folder</comment>
        <translation>Questo link punta a un file fuori dalla cartella del modello (&apos;{file}&apos;), quindi Hearth non l&apos;ha aperto.</translation>
    </message>
    <message>
        <source>This link points at &apos;{file}&apos;, which is not a GGUF model file; Hearth runs GGUF files only.</source>
        <comment>hub_search.not-a-gguf-file</comment>
        <translation>Questo link punta a &apos;{file}&apos;, che non è un file di modello GGUF; Hearth esegue solo file GGUF.</translation>
    </message>
    <message>
        <source>{path} on Hugging Face ends inside its header: the file is damaged there.</source>
        <comment>hub_search.corrupt-model-file</comment>
        <translation>{path} su Hugging Face termina dentro la sua intestazione: il file è danneggiato in quel punto.</translation>
    </message>
    <message>
        <source>{repo} has no {only}; it may have been renamed or removed.</source>
        <comment>hub_search.quant-gone</comment>
        <translation>{repo} non ha {only}; potrebbe essere stato rinominato o rimosso.</translation>
    </message>
    <message>
        <source>Some of its parts are missing from the repository.</source>
        <comment>hub_search.parts-missing</comment>
        <translation>Alcune delle sue parti mancano dal repository.</translation>
    </message>
</context>
<context>
    <name>HubSearchPanel</name>
    <message>
        <source>Words, org/repo, or a huggingface.co address</source>
        <translation>Parole, org/repo o un indirizzo huggingface.co</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Cerca su Hugging Face</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Ordina i risultati</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Search any GGUF model on Hugging Face; each is judged for this computer.</source>
        <translation>Cerca qualsiasi modello GGUF su Hugging Face; ognuno viene valutato per questo computer.</translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation>Più scaricati</translation>
    </message>
    <message>
        <source>Most liked</source>
        <translation>Più apprezzati</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>Di tendenza</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Aggiornati di recente</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>Altri risultati</translation>
    </message>
    <message>
        <source>← Back to results</source>
        <translation>← Torna ai risultati</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>Torna ai risultati</translation>
    </message>
    <message>
        <source>Type what to search for: words, org/repo, or an address.</source>
        <translation>Scrivi cosa cercare: parole, org/repo o un indirizzo.</translation>
    </message>
    <message>
        <source>Searching Hugging Face for “{text}”…</source>
        <translation>Ricerca di “{text}” su Hugging Face…</translation>
    </message>
    <message>
        <source>Loading more results…</source>
        <translation>Caricamento di altri risultati…</translation>
    </message>
    <message>
        <source>These results for “{text}” are from {time}, kept while Hugging Face cannot be asked.</source>
        <translation>Questi risultati per “{text}” risalgono a {time} e sono conservati finché Hugging Face non è raggiungibile.</translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”, more below. Choose one to see how it runs here.</source>
        <translation>
            <numerusform>%n repository GGUF per “{text}”, altri più sotto. Sceglilo per vedere come funziona qui.</numerusform>
            <numerusform>%n repository GGUF per “{text}”, altri più sotto. Scegline uno per vedere come funziona qui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”. Choose one to see how it runs here.</source>
        <translation>
            <numerusform>%n repository GGUF per “{text}”. Sceglilo per vedere come funziona qui.</numerusform>
            <numerusform>%n repository GGUF per “{text}”. Scegline uno per vedere come funziona qui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other repositories match without GGUF files Hearth can run.</source>
        <translation>
            <numerusform>%n altro repository corrisponde, ma senza file GGUF che Hearth può eseguire.</numerusform>
            <numerusform>Altri %n repository corrispondono, ma senza file GGUF che Hearth può eseguire.</numerusform>
        </translation>
    </message>
    <message>
        <source>No GGUF models on Hugging Face match “{text}”.</source>
        <translation>Nessun modello GGUF su Hugging Face corrisponde a “{text}”.</translation>
    </message>
    <message>
        <source>100 or more other repositories match without GGUF files Hearth can run.</source>
        <translation>Altri 100 o più repository corrispondono, ma senza file GGUF che Hearth può eseguire.</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; its verdicts come next.</source>
        <translation>Hearth sta ancora esaminando questo computer; le sue valutazioni arriveranno subito dopo.</translation>
    </message>
    <message>
        <source>Hearth could not read this repository&apos;s files.</source>
        <translation>Hearth non è riuscito a leggere i file di questo repository.</translation>
    </message>
    <message numerus="yes">
        <source>%n quantizations of {repo} judged for this computer.</source>
        <translation>
            <numerusform>%n quantizzazione di {repo} valutata per questo computer.</numerusform>
            <numerusform>%n quantizzazioni di {repo} valutate per questo computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>Troppo grande per questo computer</translation>
    </message>
    <message>
        <source>{repo} {quant} is too large for this computer.

{reason}

Download it anyway?</source>
        <translation>{repo} {quant} è troppo grande per questo computer.

{reason}

Scaricarlo comunque?</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>{name} is too large to attach ({size}); images up to {max_file_bytes} can be attached.</source>
        <comment>images.file-too-large</comment>
        <translation>{name} è troppo grande da allegare ({size}); si possono allegare immagini fino a {max_file_bytes}.</translation>
    </message>
    <message>
        <source>{name} could not be opened: {problem}.</source>
        <comment>images.unopened</comment>
        <translation>Impossibile aprire {name}: {problem}.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <comment>images.empty-picture</comment>
        <translation>{name} è vuoto: non contiene alcuna immagine.</translation>
    </message>
    <message>
        <source>{name} is too large to attach ({size}).</source>
        <comment>images.too-large-attach</comment>
        <translation>{name} è troppo grande da allegare ({size}).</translation>
    </message>
    <message>
        <source>{name} has too many pixels to attach; scale it down first.</source>
        <comment>images.too-many-pixels</comment>
        <translation>{name} ha troppi pixel per essere allegato; riducine prima le dimensioni.</translation>
    </message>
    <message>
        <source>{name} is not a picture Hearth can show a model; attach a PNG, JPEG, WebP, BMP or GIF image.</source>
        <comment>images.unknown-format</comment>
        <translation>{name} non è un&apos;immagine che Hearth può mostrare a un modello; allega un&apos;immagine PNG, JPEG, WebP, BMP o GIF.</translation>
    </message>
    <message>
        <source>{name} could not be read: the picture in it is damaged or incomplete.</source>
        <comment>images.image-refused</comment>
        <translation>Impossibile leggere {name}: l&apos;immagine che contiene è danneggiata o incompleta.</translation>
    </message>
    <message>
        <source>{name} is {width:,} × {height:,} pixels, more than Hearth attaches ({millions} million pixels); scale it down first.</source>
        <comment>images.too-many-pixels-sized</comment>
        <translation>{name} misura {width:,} × {height:,} pixel, più di quanto Hearth allega ({millions} milioni di pixel); riducine prima le dimensioni.</translation>
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
            <numerusform>{done} di %n file</numerusform>
            <numerusform>{done} di %n file</numerusform>
        </translation>
    </message>
    <message>
        <source>{files} · {chunks}</source>
        <translation>{files} · {chunks}</translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation>
            <numerusform>%n frammento</numerusform>
            <numerusform>%n frammenti</numerusform>
        </translation>
    </message>
    <message>
        <source>{progress} · reading {file}</source>
        <translation>{progress} · lettura di {file}</translation>
    </message>
    <message>
        <source>about {minutes} min {seconds} s left</source>
        <translation>circa {minutes} min {seconds} s rimanenti</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>circa {seconds} s rimanenti</translation>
    </message>
    <message>
        <source>{progress} · {left}</source>
        <translation>{progress} · {left}</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n file</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: {files} read, {chunks}.</source>
        <translation>Fatto: {files} letti, {chunks}.</translation>
    </message>
    <message>
        <source>Everything was up to date.</source>
        <translation>Era già tutto aggiornato.</translation>
    </message>
    <message numerus="yes">
        <source>%n files that are gone were dropped.</source>
        <translation>
            <numerusform>%n file non più presente è stato rimosso.</numerusform>
            <numerusform>%n file non più presenti sono stati rimossi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>Riprendi l&apos;indicizzazione</translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation>Sospendi l&apos;indicizzazione</translation>
    </message>
    <message>
        <source>Indexing of {name}: done</source>
        <translation>Indicizzazione di {name}: completata</translation>
    </message>
    <message>
        <source>Indexing “{name}”…</source>
        <translation>Indicizzazione di “{name}”…</translation>
    </message>
    <message>
        <source>Indexing of {name}</source>
        <translation>Indicizzazione di {name}</translation>
    </message>
    <message>
        <source>Indexing of {name}: {percent}%</source>
        <translation>Indicizzazione di {name}: {percent}%</translation>
    </message>
    <message>
        <source>Paused · {text}</source>
        <translation>In pausa · {text}</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Go to a page, in the sidebar&apos;s order</source>
        <translation>Vai a una pagina, nell&apos;ordine della barra laterale</translation>
    </message>
    <message>
        <source>Show or hide downloads</source>
        <translation>Mostra o nascondi i download</translation>
    </message>
    <message>
        <source>New conversation (Chat)</source>
        <translation>Nuova conversazione (Chat)</translation>
    </message>
    <message>
        <source>Send the message (Chat)</source>
        <translation>Invia il messaggio (Chat)</translation>
    </message>
    <message>
        <source>New line in the message (Chat)</source>
        <translation>Nuova riga nel messaggio (Chat)</translation>
    </message>
    <message>
        <source>Stop the reply (Chat)</source>
        <translation>Ferma la risposta (Chat)</translation>
    </message>
    <message>
        <source>Search models (Discover)</source>
        <translation>Cerca modelli (Esplora)</translation>
    </message>
    <message>
        <source>Check this computer again (Hardware)</source>
        <translation>Esamina di nuovo questo computer (Hardware)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Testo più grande</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Testo più piccolo</translation>
    </message>
    <message>
        <source>Usual text size</source>
        <translation>Dimensione testo normale</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Questo elenco di scorciatoie</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Passa al controllo successivo o precedente</translation>
    </message>
    <message>
        <source>Press the button or switch that has focus</source>
        <translation>Premi il pulsante o l&apos;interruttore selezionato</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>Language and text size</source>
        <translation>Lingua e dimensione del testo</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Dimensione testo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Dimensione testo</translation>
    </message>
    <message>
        <source>Ctrl+= larger, Ctrl+- smaller, Ctrl+0 the usual size</source>
        <translation>Ctrl+= più grande, Ctrl+- più piccolo, Ctrl+0 dimensione normale</translation>
    </message>
</context>
<context>
    <name>LeaderboardPanel</name>
    <message>
        <source>Blind: hide the model names until I vote</source>
        <translation>Alla cieca: nascondi i nomi dei modelli finché non voto</translation>
    </message>
    <message>
        <source>{letter} is better</source>
        <translation>{letter} è migliore</translation>
    </message>
    <message>
        <source>Reply {letter}</source>
        <translation>Risposta {letter}</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Pareggio</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>token/s</translation>
    </message>
    <message>
        <source>first token</source>
        <translation>primo token</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>risposte</translation>
    </message>
    <message>
        <source>This run&apos;s numbers</source>
        <translation>Dati di questa esecuzione</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Rating (95 % range)</source>
        <translation>Valutazione (intervallo 95 %)</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voti</translation>
    </message>
    <message>
        <source>Chosen over the next one</source>
        <translation>Preferito al successivo</translation>
    </message>
    <message>
        <source>Your leaderboard</source>
        <translation>La tua classifica</translation>
    </message>
    <message>
        <source>Ratings use all your votes for this task. A range shows where a rating likely lies; models whose ranges overlap share a rank. More votes narrow the ranges.</source>
        <translation>Le valutazioni usano tutti i tuoi voti per questa attività. Un intervallo mostra dove si trova probabilmente una valutazione; i modelli con intervalli sovrapposti condividono la posizione. Più voti restringono gli intervalli.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Questa esecuzione</translation>
    </message>
    <message>
        <source>Your leaderboard for</source>
        <translation>La tua classifica per</translation>
    </message>
    <message>
        <source>Task of the leaderboard</source>
        <translation>Attività della classifica</translation>
    </message>
    <message>
        <source>Wait for every model&apos;s reply to this prompt before voting.</source>
        <translation>Attendi la risposta di ogni modello a questo prompt prima di votare.</translation>
    </message>
    <message>
        <source>Which reply is better?</source>
        <translation>Quale risposta è migliore?</translation>
    </message>
    <message>
        <source>Run a set to vote on its replies.</source>
        <translation>Esegui un set per votarne le risposte.</translation>
    </message>
    <message>
        <source>You called it a tie.</source>
        <translation>Hai indicato un pareggio.</translation>
    </message>
    <message>
        <source>You chose {model}.</source>
        <translation>Hai scelto {model}.</translation>
    </message>
</context>
<context>
    <name>LibraryRow</name>
    <message>
        <source>Downloaded by Hearth</source>
        <translation>Scaricato da Hearth</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Aggiunto da te</translation>
    </message>
    <message>
        <source>From LM Studio</source>
        <translation>Da LM Studio</translation>
    </message>
    <message>
        <source>From Ollama</source>
        <translation>Da Ollama</translation>
    </message>
    <message>
        <source>From the Hugging Face cache</source>
        <translation>Dalla cache di Hugging Face</translation>
    </message>
    <message>
        <source>From GPT4All</source>
        <translation>Da GPT4All</translation>
    </message>
    <message>
        <source>Can see images</source>
        <translation>Vede le immagini</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat with {model}</source>
        <translation>Chatta con {model}</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostra nella cartella</translation>
    </message>
    <message>
        <source>Show {model} in its folder</source>
        <translation>Mostra {model} nella sua cartella</translation>
    </message>
    <message>
        <source>Pair with projector…</source>
        <translation>Abbina proiettore…</translation>
    </message>
    <message>
        <source>Pair {model} with a vision companion</source>
        <translation>Abbina {model} a un modulo di visione</translation>
    </message>
    <message>
        <source>Choose the model&apos;s vision companion (an mmproj file) so it can see images</source>
        <translation>Scegli il modulo di visione del modello (un file mmproj) perché possa vedere le immagini</translation>
    </message>
    <message>
        <source>Sees images with {file}; choose another vision companion</source>
        <translation>Vede le immagini con {file}; scegli un altro modulo di visione</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete {model}</source>
        <translation>Elimina {model}</translation>
    </message>
    <message>
        <source>Delete the downloaded files</source>
        <translation>Elimina i file scaricati</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>Hide {model}</source>
        <translation>Nascondi {model}</translation>
    </message>
    <message>
        <source>Hide it from this list (its files stay where they are)</source>
        <translation>Nascondilo da questo elenco (i suoi file restano dove sono)</translation>
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
        <translation>Modello di trascrizione vocale (faster-whisper)</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>{count} parametri</translation>
    </message>
    <message>
        <source>{billions}B parameters</source>
        <translation>{billions} miliardi di parametri</translation>
    </message>
    <message>
        <source>{millions}M parameters</source>
        <translation>{millions} milioni di parametri</translation>
    </message>
    <message>
        <source>has a chat template</source>
        <translation>ha un template di chat</translation>
    </message>
    <message>
        <source>no chat template (plain text prompts)</source>
        <translation>nessun template di chat (prompt in testo semplice)</translation>
    </message>
    <message>
        <source>{count} tokens of context</source>
        <translation>{count} token di contesto</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Discover</source>
        <translation>Esplora</translation>
    </message>
    <message>
        <source>My Models</source>
        <translation>I miei modelli</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation>Trascrivi</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <translation>{page} ({shortcut})</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <source>Choose a page with the arrow keys, or open one with {first} to {last}.</source>
        <translation>Scegli una pagina con i tasti freccia, o aprine una con i tasti da {first} a {last}.</translation>
    </message>
    <message>
        <source>● Local server on</source>
        <translation>● Server locale attivo</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Show downloads ({shortcut})</source>
        <translation>Mostra i download ({shortcut})</translation>
    </message>
    <message>
        <source>Shows or hides the list of downloads</source>
        <translation>Mostra o nasconde l&apos;elenco dei download</translation>
    </message>
    <message>
        <source>Other apps use Hearth&apos;s models at {address}</source>
        <translation>Altre app usano i modelli di Hearth su {address}</translation>
    </message>
</context>
<context>
    <name>Mcp</name>
    <message>
        <source>There is no tool server called “{name}”. `hearth mcp list` shows the ones there are.</source>
        <comment>mcp.server-unknown</comment>
        <translation>Non esiste nessun server di strumenti chiamato “{name}”. `hearth mcp list` mostra quelli esistenti.</translation>
    </message>
    <message>
        <source>A tool server called “{name}” is already there. Remove it first, or choose another name.</source>
        <comment>mcp.server-exists</comment>
        <translation>Esiste già un server di strumenti chiamato “{name}”. Rimuovilo prima, o scegli un altro nome.</translation>
    </message>
    <message>
        <source>The tool servers&apos; list {path} could not be read: {strerror}.</source>
        <comment>mcp.list-unreadable</comment>
        <translation>Impossibile leggere l&apos;elenco dei server di strumenti {path}: {strerror}.</translation>
    </message>
    <message>
        <source>it is not valid JSON ({problem})</source>
        <comment>mcp.list-not-json</comment>
        <translation>non è JSON valido ({problem})</translation>
    </message>
    <message>
        <source>The tool servers&apos; list could not be used: {problem}. It was kept as {aside}; Hearth starts with no tool servers. Fix that file and rename it back to {name} to use it again.</source>
        <comment>mcp.config-damaged</comment>
        <translation>Impossibile usare l&apos;elenco dei server di strumenti: {problem}. È stato conservato come {aside}; Hearth si avvia senza server di strumenti. Correggi quel file e rinominalo di nuovo in {name} per usarlo ancora.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <comment>mcp.list-not-object</comment>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>its “{key}” is not an object of named servers</source>
        <comment>mcp.list-servers-not-object</comment>
        <translation>il suo “{key}” non è un oggetto di server con nome</translation>
    </message>
    <message>
        <source>the server “{name}” is not an object</source>
        <comment>mcp.list-server-not-object</comment>
        <translation>il server “{name}” non è un oggetto</translation>
    </message>
    <message>
        <source>“{name}” cannot be a tool server&apos;s name: use up to 64 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit.</source>
        <comment>mcp.bad-server-name</comment>
        <translation>“{name}” non può essere il nome di un server di strumenti: usa fino a 64 lettere, cifre, spazi, punti, trattini o trattini bassi, iniziando con una lettera o una cifra.</translation>
    </message>
    <message>
        <source>The tool server “{name}” in {where} {what}.</source>
        <comment>mcp.entry-invalid</comment>
        <translation>Il server di strumenti “{name}” in {where} {what}.</translation>
    </message>
    <message>
        <source>has an “{key}” that is not an object of text values</source>
        <comment>mcp.entry-not-texts</comment>
        <translation>ha un “{key}” che non è un oggetto di valori di testo</translation>
    </message>
    <message>
        <source>has an empty “command”</source>
        <comment>mcp.entry-empty-command</comment>
        <translation>ha un “command” vuoto</translation>
    </message>
    <message>
        <source>has “args” that are not a list of text</source>
        <comment>mcp.entry-bad-args</comment>
        <translation>ha “args” che non sono un elenco di testi</translation>
    </message>
    <message>
        <source>has a “cwd” that is not a folder&apos;s path</source>
        <comment>mcp.entry-bad-cwd</comment>
        <translation>ha un “cwd” che non è il percorso di una cartella</translation>
    </message>
    <message>
        <source>has a “url” that is not an http:// or https:// address</source>
        <comment>mcp.entry-bad-url</comment>
        <translation>ha un “url” che non è un indirizzo http:// o https://</translation>
    </message>
    <message>
        <source>uses the older SSE transport, which Hearth does not speak yet (only Streamable HTTP)</source>
        <comment>mcp.entry-sse</comment>
        <translation>usa il vecchio trasporto SSE, che Hearth non supporta ancora (solo Streamable HTTP)</translation>
    </message>
    <message>
        <source>has neither a “command” (a program to start) nor a “url” (a server to reach)</source>
        <comment>mcp.entry-neither</comment>
        <translation>non ha né un “command” (un programma da avviare) né un “url” (un server da raggiungere)</translation>
    </message>
    <message>
        <source>The tool “{tool}” of “{name}” did not answer within {timeout_s:g} seconds, so Hearth stopped waiting. The server is still there for the next call.</source>
        <comment>mcp.tool-timed-out</comment>
        <translation>Lo strumento “{tool}” di “{name}” non ha risposto entro {timeout_s:g} secondi, quindi Hearth ha smesso di aspettare. Il server resta disponibile per la prossima chiamata.</translation>
    </message>
    <message>
        <source>The tool server “{name}” refused the call to “{tool}”: {problem}</source>
        <comment>mcp.tool-refused</comment>
        <translation>Il server di strumenti “{name}” ha rifiutato la chiamata a “{tool}”: {problem}</translation>
    </message>
    <message>
        <source>The tool server “{name}” is not running.</source>
        <comment>mcp.server-failed</comment>
        <translation>Il server di strumenti “{name}” non è in esecuzione.</translation>
    </message>
    <message>
        <source>its process exited</source>
        <comment>mcp.process-exited</comment>
        <translation>il suo processo è terminato</translation>
    </message>
    <message>
        <source>The tool server “{name}” at {url} could not be reached as an MCP server ({cause}).</source>
        <comment>mcp.unreachable</comment>
        <translation>Impossibile raggiungere il server di strumenti “{name}” su {url} come server MCP ({cause}).</translation>
    </message>
    <message>
        <source>The tool server “{name}” stopped. The last thing it said: {said}</source>
        <comment>mcp.stopped-said</comment>
        <translation>Il server di strumenti “{name}” si è fermato. Il suo ultimo messaggio: {said}</translation>
    </message>
    <message>
        <source>The tool server “{name}” could not start. The last thing it said: {said}</source>
        <comment>mcp.failed-said</comment>
        <translation>Il server di strumenti “{name}” non è riuscito ad avviarsi. Il suo ultimo messaggio: {said}</translation>
    </message>
    <message>
        <source>The tool server “{name}” stopped without saying why ({cause}).</source>
        <comment>mcp.stopped-unsaid</comment>
        <translation>Il server di strumenti “{name}” si è fermato senza indicarne il motivo ({cause}).</translation>
    </message>
    <message>
        <source>The tool server “{name}” could not start without saying why ({cause}).</source>
        <comment>mcp.failed-unsaid</comment>
        <translation>Il server di strumenti “{name}” non è riuscito ad avviarsi e non ne ha indicato il motivo ({cause}).</translation>
    </message>
    <message>
        <source>The call to “{tool}” was stopped before it answered.</source>
        <comment>mcp.tool-stopped</comment>
        <translation>La chiamata a “{tool}” è stata interrotta prima che rispondesse.</translation>
    </message>
    <message>
        <source>Hearth&apos;s tool servers were stopped (Hearth is quitting).</source>
        <comment>mcp.stopped-quitting</comment>
        <translation>I server di strumenti di Hearth sono stati fermati (Hearth si sta chiudendo).</translation>
    </message>
    <message>
        <source>Hearth&apos;s tool servers were already stopped (Hearth is quitting).</source>
        <comment>mcp.already-stopped-quitting</comment>
        <translation>I server di strumenti di Hearth erano già stati fermati (Hearth si sta chiudendo).</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth does not connect to the tool server “{name}” at {url}. Turn Offline mode off in Settings to use it.</source>
        <comment>mcp.offline</comment>
        <translation>La modalità offline è attiva, quindi Hearth non si connette al server di strumenti “{name}” su {url}. Disattiva la modalità offline nelle Impostazioni per usarlo.</translation>
    </message>
    <message>
        <source>The tool server “{name}” started but did not list its tools within {start_timeout_s:g} seconds or answered them wrongly.</source>
        <comment>mcp.no-tools-listed</comment>
        <translation>Il server di strumenti “{name}” si è avviato ma non ha elencato i suoi strumenti entro {start_timeout_s:g} secondi, oppure li ha indicati in modo errato.</translation>
    </message>
    <message>
        <source> The value of its {names} is kept in the password store, not in mcp.json.</source>
        <comment>mcp.kept-in-store</comment>
        <translation> Il valore di {names} è conservato nell&apos;archivio password, non in mcp.json.</translation>
    </message>
    <message>
        <source> The value of its {names} is kept in memory for now (see below), not in mcp.json.</source>
        <comment>mcp.kept-in-memory</comment>
        <translation> Il valore di {names} è conservato in memoria per ora (vedi sotto), non in mcp.json.</translation>
    </message>
    <message>
        <source>Imported “{name}”.{kept}</source>
        <comment>mcp.imported</comment>
        <translation>“{name}” importato.{kept}</translation>
    </message>
    <message>
        <source>Imported “{name}” as “{new_name}”: {reason}{kept}</source>
        <comment>mcp.imported-renamed</comment>
        <translation>“{name}” importato come “{new_name}”: {reason}{kept}</translation>
    </message>
    <message>
        <source>{app}&apos;s list ({source})</source>
        <comment>mcp.app-list-at</comment>
        <translation>{source} (elenco di {app})</translation>
    </message>
    <message>
        <source>{app}&apos;s list of tool servers</source>
        <comment>mcp.app-server-list</comment>
        <translation>L&apos;elenco dei server di strumenti di {app}</translation>
    </message>
    <message>
        <source>The list of tool servers</source>
        <comment>mcp.server-list</comment>
        <translation>L&apos;elenco dei server di strumenti</translation>
    </message>
    <message>
        <source>{what} is not there: there is no file {source}. {app} may not be installed, or it has no tool servers yet.</source>
        <comment>mcp.app-list-missing</comment>
        <translation>{what} non c&apos;è: il file {source} non esiste. {app} potrebbe non essere installato, oppure non ha ancora server di strumenti.</translation>
    </message>
    <message>
        <source>{what} is not there: there is no file {source}. Check the path.</source>
        <comment>mcp.list-missing</comment>
        <translation>{what} non c&apos;è: il file {source} non esiste. Controlla il percorso.</translation>
    </message>
    <message>
        <source>{what} at {source} could not be read: {strerror}.</source>
        <comment>mcp.import-unreadable</comment>
        <translation>{what} in {source} non può essere letto: {strerror}.</translation>
    </message>
    <message>
        <source>{what} at {source} is not valid JSON, so nothing was imported. Fix it in {app} first.</source>
        <comment>mcp.import-not-json</comment>
        <translation>{what} in {source} non è JSON valido, quindi non è stato importato nulla. Correggilo prima con {app}.</translation>
    </message>
    <message>
        <source>the app that wrote it</source>
        <comment>mcp.the-app-that-wrote-it</comment>
        <translation>l&apos;app che l&apos;ha scritto</translation>
    </message>
    <message>
        <source>{what} at {source} has no “{servers_key}” object of named servers, so there is nothing Hearth can import from it.</source>
        <comment>mcp.import-failed</comment>
        <translation>{what} in {source} non ha un oggetto “{servers_key}” di server con nome, quindi Hearth non può importare nulla.</translation>
    </message>
    <message>
        <source>“{name}” was not imported: its entry in {where} is not an object.</source>
        <comment>mcp.entry-not-object</comment>
        <translation>“{name}” non è stato importato: la sua voce in {where} non è un oggetto.</translation>
    </message>
    <message>
        <source>“{name}” was not imported. {problem}</source>
        <comment>mcp.entry-not-imported</comment>
        <translation>“{name}” non è stato importato. {problem}</translation>
    </message>
    <message>
        <source>“{name}” was not imported: its address ends in /sse, so it uses the older SSE transport, which Hearth does not speak yet (only Streamable HTTP).</source>
        <comment>mcp.entry-sse-address</comment>
        <translation>“{name}” non è stato importato: il suo indirizzo termina con /sse, quindi usa il vecchio trasporto SSE, che Hearth non supporta ancora (solo Streamable HTTP).</translation>
    </message>
    <message>
        <source>Hearth&apos;s names are letters, digits, spaces, dots, dashes and underscores only.</source>
        <comment>mcp.renamed-name</comment>
        <translation>i nomi in Hearth possono contenere solo lettere, cifre, spazi, punti, trattini e trattini bassi.</translation>
    </message>
    <message>
        <source>a different tool server called “{name}” is already there.</source>
        <comment>mcp.renamed-taken</comment>
        <translation>esiste già un altro server di strumenti chiamato “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” is already there, the same server.</source>
        <comment>mcp.already-there</comment>
        <translation>“{name}” è già presente: è lo stesso server.</translation>
    </message>
    <message>
        <source>“{name}” is already there as “{other}”, the same server.</source>
        <comment>mcp.already-there-as</comment>
        <translation>“{name}” è già presente come “{other}”: è lo stesso server.</translation>
    </message>
    <message>
        <source>“{name}” was not imported: too many of that name.</source>
        <comment>mcp.too-many-of-name</comment>
        <translation>“{name}” non è stato importato: troppi server con quel nome.</translation>
    </message>
    <message>
        <source>The program {command} does not exist or cannot be run. Check the path in the server&apos;s settings.</source>
        <comment>mcp.program-unusable</comment>
        <translation>Il programma {command} non esiste o non può essere eseguito. Controlla il percorso nelle impostazioni del server.</translation>
    </message>
    <message>
        <source>The program “{command}” was not found on this computer. Install it (for npx: Node.js; for uvx: uv), or write its full path as the server&apos;s command.</source>
        <comment>mcp.program-not-found</comment>
        <translation>Il programma “{command}” non è stato trovato su questo computer. Installalo (per npx: Node.js; per uvx: uv), oppure scrivi il suo percorso completo come comando del server.</translation>
    </message>
    <message>
        <source>variables</source>
        <comment>mcp.secret-variables</comment>
        <translation>variabili</translation>
    </message>
    <message>
        <source>variable</source>
        <comment>mcp.secret-variable</comment>
        <translation>variabile</translation>
    </message>
    <message>
        <source>headers</source>
        <comment>mcp.secret-headers</comment>
        <translation>intestazioni</translation>
    </message>
    <message>
        <source>header</source>
        <comment>mcp.secret-header</comment>
        <translation>intestazione</translation>
    </message>
    <message>
        <source>is not in this computer&apos;s password store</source>
        <comment>mcp.secret-not-stored</comment>
        <translation>non è nell&apos;archivio password di questo computer</translation>
    </message>
    <message>
        <source>was kept only until Hearth closed, since this computer has no password store</source>
        <comment>mcp.secret-no-store</comment>
        <translation>è stato conservato solo fino alla chiusura di Hearth, perché questo computer non ha un archivio password</translation>
    </message>
    <message>
        <source>was kept only until Hearth closed, since the password store failed</source>
        <comment>mcp.secret-store-failed</comment>
        <translation>è stato conservato solo fino alla chiusura di Hearth, perché l&apos;archivio password non ha funzionato</translation>
    </message>
    <message>
        <source>The tool server “{name}” needs the secret {what} {names}, whose value {where}. Set it again in Settings → Tools, or with `hearth mcp secret {quoted} {example}`.</source>
        <comment>mcp.secret-missing</comment>
        <translation>Il server di strumenti “{name}” richiede un valore segreto ({what} {names}) che {where}. Impostalo di nuovo in Impostazioni → Strumenti, oppure con `hearth mcp secret {quoted} {example}`.</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} token/s</translation>
    </message>
    <message>
        <source>first token after {seconds} s</source>
        <translation>primo token dopo {seconds} s</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrotta</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Il tuo messaggio</translation>
    </message>
    <message>
        <source>Reply from {model}</source>
        <translation>Risposta di {model}</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Sta ragionando…</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Ragionamento</translation>
    </message>
    <message>
        <source>Show the model&apos;s thinking</source>
        <translation>Mostra il ragionamento del modello</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>Il ragionamento del modello</translation>
    </message>
    <message>
        <source>Text of the reply</source>
        <translation>Testo della risposta</translation>
    </message>
    <message>
        <source>Text of your message</source>
        <translation>Testo del tuo messaggio</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the reply</source>
        <translation>Copia la risposta</translation>
    </message>
    <message>
        <source>Copy your message</source>
        <translation>Copia il tuo messaggio</translation>
    </message>
    <message>
        <source>No reply: {reason}</source>
        <translation>Nessuna risposta: {reason}</translation>
    </message>
    <message>
        <source>Why the reply failed</source>
        <translation>Perché la risposta non è riuscita</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Try the reply again</source>
        <translation>Riprova la risposta</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Rigenera</translation>
    </message>
    <message>
        <source>Write the reply again</source>
        <translation>Riscrivi la risposta</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>Modifica il tuo messaggio</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong inside Hearth</source>
        <comment>messages.unexpected</comment>
        <translation>Qualcosa non ha funzionato in Hearth</translation>
    </message>
    <message>
        <source>Hearth could not finish this</source>
        <comment>messages.could-not-finish</comment>
        <translation>Hearth non è riuscito a completare l&apos;operazione</translation>
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
        <translation>Codice</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Ragionamento</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visione</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>{tier}; business use allowed</source>
        <translation>{tier}; uso commerciale consentito</translation>
    </message>
    <message>
        <source>{tier}; business use not allowed</source>
        <translation>{tier}; uso commerciale non consentito</translation>
    </message>
    <message>
        <source>{publisher} · {parameters} parameters</source>
        <translation>{publisher} · {parameters} parametri</translation>
    </message>
    <message>
        <source>Quantization: smaller files run faster and need less memory; larger ones answer better</source>
        <translation>Quantizzazione: i file più piccoli sono più veloci e richiedono meno memoria; quelli più grandi rispondono meglio</translation>
    </message>
    <message>
        <source>Quantization of {model}</source>
        <translation>Quantizzazione di {model}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Scarica</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>Scarica {model}</translation>
    </message>
    <message>
        <source>{quant} (recommended)</source>
        <translation>{quant} (consigliata)</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installato</translation>
    </message>
    <message>
        <source>Downloading {percent}%</source>
        <translation>Download {percent}%</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Download in corso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Download size (rounded, as published)</source>
        <translation>Dimensione download (arrotondata, come pubblicata)</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Dimensione download</translation>
    </message>
    <message>
        <source>Checking your computer…</source>
        <translation>Analisi del computer…</translation>
    </message>
    <message>
        <source>Expected speed: {speed}.</source>
        <translation>Velocità prevista: {speed}.</translation>
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
        <translation>{model} si carica quando invii un messaggio; oppure scegli un altro modello.</translation>
    </message>
    <message>
        <source>That model is still being checked; choose it from the list in a moment.</source>
        <translation>Quel modello è ancora in analisi; sceglilo dall&apos;elenco tra un momento.</translation>
    </message>
    <message>
        <source>Loading {model}…</source>
        <translation>Caricamento di {model}…</translation>
    </message>
    <message>
        <source>Offline mode is on: other computers&apos; models are off. Choose a model here.</source>
        <translation>La modalità offline è attiva: i modelli di altri computer sono disattivati. Scegli un modello qui.</translation>
    </message>
    <message>
        <source>{computer} is no longer listed. Choose another model.</source>
        <translation>{computer} non è più nell&apos;elenco. Scegli un altro modello.</translation>
    </message>
    <message>
        <source>Hearth closed while loading {model} last time, probably because memory ran out. Options now load it on the processor only, with a shorter context; change them if you want to try again as before.</source>
        <translation>L&apos;ultima volta Hearth si è chiuso durante il caricamento di {model}, probabilmente per mancanza di memoria. Ora le opzioni lo caricano solo sul processore, con un contesto più breve; modificale se vuoi riprovare come prima.</translation>
    </message>
    <message>
        <source>{reason}

Load it anyway? The computer may slow down.</source>
        <translation>{reason}

Caricarlo comunque? Il computer potrebbe rallentare.</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>Troppo grande per questo computer</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>{model} · sees images</source>
        <translation>{model} · vede le immagini</translation>
    </message>
    <message>
        <source>{model} — {verdict}</source>
        <translation>{model} — {verdict}</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>Scegli un modello…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>On {computer} ({address}) · leaves this computer</source>
        <translation>Su {computer} ({address}) · esce da questo computer</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>{name} has no {quantization} version; it comes as {known}.</source>
        <comment>models.unknown-model</comment>
        <translation>{name} non ha una versione {quantization}; è disponibile come {known}.</translation>
    </message>
    <message>
        <source>There is no model called &apos;{model_id}&apos; in Hearth&apos;s catalog (see `hearth models`).</source>
        <comment>models.not-in-catalog</comment>
        <translation>Non esiste nessun modello chiamato &apos;{model_id}&apos; nel catalogo di Hearth (vedi `hearth models`).</translation>
    </message>
    <message>
        <source>Hearth&apos;s model catalog is missing or damaged; reinstall Hearth.</source>
        <comment>models.catalog-damaged</comment>
        <translation>Il catalogo dei modelli di Hearth manca o è danneggiato; reinstalla Hearth.</translation>
    </message>
    <message>
        <source>Catalog entry {name} cannot be read.</source>
        <comment>models.catalog-entry-read</comment>
        <translation>Impossibile leggere la voce di catalogo {name}.</translation>
    </message>
    <message>
        <source>Catalog entry {name} is invalid at {where}.</source>
        <comment>models.catalog-entry-invalid</comment>
        <translation>La voce di catalogo {name} non è valida in {where}.</translation>
    </message>
    <message>
        <source>Catalog ids are used twice: {ids}.</source>
        <comment>models.catalog-error</comment>
        <translation>ID di catalogo usati due volte: {ids}.</translation>
    </message>
    <message>
        <source>Small and quick</source>
        <comment>models.role-quick</comment>
        <translation>Piccolo e veloce</translation>
    </message>
    <message>
        <source>Answers almost at once; fine for everyday questions and short texts.</source>
        <comment>models.role-quick-about</comment>
        <translation>Risponde quasi subito; adatto a domande quotidiane e testi brevi.</translation>
    </message>
    <message>
        <source>Balanced</source>
        <comment>models.role-balanced</comment>
        <translation>Bilanciato</translation>
    </message>
    <message>
        <source>Noticeably smarter, and still quick enough to talk with.</source>
        <comment>models.role-balanced-about</comment>
        <translation>Decisamente più intelligente, e ancora abbastanza veloce per conversare.</translation>
    </message>
    <message>
        <source>Best for this computer</source>
        <comment>models.role-best</comment>
        <translation>Il migliore per questo computer</translation>
    </message>
    <message>
        <source>The most capable model that runs well here; it takes a while to load.</source>
        <comment>models.role-best-about</comment>
        <translation>Il modello più capace che funziona bene qui; il caricamento richiede un po&apos; di tempo.</translation>
    </message>
    <message>
        <source>Your computer has {cores} processor core and {memory} of memory, and no graphics card Hearth can use: models up to about {in_memory} run here, and small ones feel fastest.</source>
        <comment>models.summary-no-card-one-core</comment>
        <translation>Il tuo computer ha {cores} core del processore e {memory} di memoria, e nessuna scheda grafica utilizzabile da Hearth: qui funzionano modelli fino a circa {in_memory}, e quelli piccoli sono i più veloci.</translation>
    </message>
    <message>
        <source>Your computer has {cores} processor cores and {memory} of memory, and no graphics card Hearth can use: models up to about {in_memory} run here, and small ones feel fastest.</source>
        <comment>models.summary-no-card</comment>
        <translation>Il tuo computer ha {cores} core del processore e {memory} di memoria, e nessuna scheda grafica utilizzabile da Hearth: qui funzionano modelli fino a circa {in_memory}, e quelli piccoli sono i più veloci.</translation>
    </message>
    <message>
        <source>Your {gpu} shares its {memory} of memory with the graphics chip: models up to about {on_gpu} run on it at full speed.</source>
        <comment>models.summary-shared-memory</comment>
        <translation>{gpu} condivide i suoi {memory} di memoria con il chip grafico: i modelli fino a circa {on_gpu} vi funzionano a piena velocità.</translation>
    </message>
    <message>
        <source>Your {gpu} runs models up to about {on_gpu} at full speed, and larger ones up to about {in_memory} more slowly with help from the processor.</source>
        <comment>models.summary-card</comment>
        <translation>La tua scheda {gpu} esegue i modelli fino a circa {on_gpu} a piena velocità, e quelli più grandi, fino a circa {in_memory}, più lentamente con l&apos;aiuto del processore.</translation>
    </message>
    <message>
        <source>Your {count} graphics cards run models up to about {on_gpu} at full speed, and larger ones up to about {in_memory} more slowly with help from the processor.</source>
        <comment>models.summary-cards</comment>
        <translation>Le tue {count} schede grafiche eseguono i modelli fino a circa {on_gpu} a piena velocità, e quelli più grandi, fino a circa {in_memory}, più lentamente con l&apos;aiuto del processore.</translation>
    </message>
    <message>
        <source>This model file is damaged: a text field in its header has an impossible size.</source>
        <comment>models.damaged-text-field</comment>
        <translation>Questo file di modello è danneggiato: un campo di testo nella sua intestazione ha una dimensione impossibile.</translation>
    </message>
    <message>
        <source>This file is not a GGUF model (it does not start like one).</source>
        <comment>models.not-gguf</comment>
        <translation>Questo file non è un modello GGUF (non inizia come tale).</translation>
    </message>
    <message>
        <source>This model file uses GGUF version {version}, which Hearth cannot read.</source>
        <comment>models.gguf-version-unknown</comment>
        <translation>Questo file di modello usa la versione GGUF {version}, che Hearth non sa leggere.</translation>
    </message>
    <message>
        <source>This model file is damaged: its header counts are impossible.</source>
        <comment>models.damaged-counts</comment>
        <translation>Questo file di modello è danneggiato: i conteggi nella sua intestazione sono impossibili.</translation>
    </message>
    <message>
        <source>This model file is damaged: a tensor has an impossible shape.</source>
        <comment>models.damaged-tensor</comment>
        <translation>Questo file di modello è danneggiato: un tensore ha una forma impossibile.</translation>
    </message>
    <message>
        <source>This model file is damaged or of a kind Hearth does not know.</source>
        <comment>models.damaged-or-unknown</comment>
        <translation>Questo file di modello è danneggiato o di un tipo che Hearth non conosce.</translation>
    </message>
    <message>
        <source>This model file is damaged: its data alignment is impossible.</source>
        <comment>models.damaged-alignment</comment>
        <translation>Questo file di modello è danneggiato: l&apos;allineamento dei suoi dati è impossibile.</translation>
    </message>
    <message>
        <source>This model file is cut short: it ends inside its header. Download it again.</source>
        <comment>models.file-cut-short</comment>
        <translation>Questo file di modello è troncato: termina dentro la sua intestazione. Scaricalo di nuovo.</translation>
    </message>
    <message>
        <source>This model file&apos;s header is larger than any real model&apos;s.</source>
        <comment>models.header-too-large</comment>
        <translation>L&apos;intestazione di questo file di modello è più grande di quella di qualsiasi modello reale.</translation>
    </message>
    <message>
        <source>Hearth could not read {name}: {strerror}.</source>
        <comment>models.file-unreadable</comment>
        <translation>Hearth non è riuscito a leggere {name}: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is incomplete: it is {file_size:,} bytes but its header describes {described:,}. Download it again.</source>
        <comment>models.file-incomplete</comment>
        <translation>{name} è incompleto: è di {file_size:,} byte ma la sua intestazione ne indica {described:,}. Scaricalo di nuovo.</translation>
    </message>
    <message>
        <source>Chat and write</source>
        <comment>models.goal-chat</comment>
        <translation>Chattare e scrivere</translation>
    </message>
    <message>
        <source>Write and explain code</source>
        <comment>models.goal-code</comment>
        <translation>Scrivere e spiegare codice</translation>
    </message>
    <message>
        <source>Solve problems step by step</source>
        <comment>models.goal-reasoning</comment>
        <translation>Risolvere problemi passo per passo</translation>
    </message>
    <message>
        <source>Ask about pictures</source>
        <comment>models.goal-vision</comment>
        <translation>Fare domande sulle immagini</translation>
    </message>
    <message>
        <source>Transcribe recordings</source>
        <comment>models.goal-speech</comment>
        <translation>Trascrivere registrazioni</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <comment>models.damaged-header</comment>
        <translation>{name} ha un&apos;intestazione danneggiata.</translation>
    </message>
    <message>
        <source>No model Hearth can use was found in {name}.{reason}</source>
        <comment>models.import-no-model-found</comment>
        <translation>In {name} non è stato trovato nessun modello utilizzabile da Hearth.{reason}</translation>
    </message>
    <message>
        <source>{name} was not imported: there is no such file or folder.</source>
        <comment>models.import-nothing-there</comment>
        <translation>{name} non è stato importato: questo file o cartella non esiste.</translation>
    </message>
    <message>
        <source>{name} belongs to you or another app, so Hearth does not delete it; hide it instead.</source>
        <comment>models.not-hearths-to-delete</comment>
        <translation>{name} appartiene a te o a un&apos;altra app, quindi Hearth non lo elimina; puoi nasconderlo.</translation>
    </message>
    <message>
        <source>{name} has already been removed.</source>
        <comment>models.already-removed</comment>
        <translation>{name} è già stato rimosso.</translation>
    </message>
    <message>
        <source>{name} is a speech model; only chat models take a vision companion.</source>
        <comment>models.companion-for-speech-model</comment>
        <translation>{name} è un modello vocale; solo i modelli di chat accettano un modulo di visione.</translation>
    </message>
    <message>
        <source>{name} is not a vision companion Hearth can use. {message}</source>
        <comment>models.companion-unusable</comment>
        <translation>{name} non è un modulo di visione che Hearth può usare. {message}</translation>
    </message>
    <message>
        <source>{name} is not a vision companion. Choose the model&apos;s mmproj file (its name usually starts with “mmproj”).</source>
        <comment>models.not-a-companion</comment>
        <translation>{name} non è un modulo di visione. Scegli il file mmproj del modello (il suo nome di solito inizia con “mmproj”).</translation>
    </message>
    <message>
        <source>{name} is a companion for sound, not for images.</source>
        <comment>models.companion-for-sound</comment>
        <translation>{name} è un modulo per l&apos;audio, non per le immagini.</translation>
    </message>
    <message>
        <source>{name} was downloaded by Hearth: delete it to free its space.</source>
        <comment>models.delete-instead</comment>
        <translation>{name} è stato scaricato da Hearth: eliminalo per liberare il suo spazio.</translation>
    </message>
    <message>
        <source>{name} was not imported. {reason}</source>
        <comment>models.not-imported</comment>
        <translation>{name} non è stato importato. {reason}</translation>
    </message>
    <message>
        <source>Its header is damaged: the number of parts it declares is not a number.</source>
        <comment>models.split-count-damaged</comment>
        <translation>La sua intestazione è danneggiata: il numero di parti dichiarato non è un numero.</translation>
    </message>
    <message>
        <source>{name} was not imported: there is no such file.</source>
        <comment>models.import-no-file</comment>
        <translation>{name} non è stato importato: questo file non esiste.</translation>
    </message>
    <message>
        <source>It is one of {count} parts of a split model and {missing} is missing; put all the parts in one folder and import again.</source>
        <comment>models.split-part-missing</comment>
        <translation>È una delle {count} parti di un modello diviso e manca {missing}; metti tutte le parti in una cartella e importa di nuovo.</translation>
    </message>
    <message>
        <source>{name} is a vision companion (mmproj), not a model on its own. Import the model file beside it; Hearth pairs the two.</source>
        <comment>models.projector-not-model</comment>
        <translation>{name} è un modulo di visione (mmproj), non un modello a sé. Importa il file del modello che si trova accanto; Hearth li abbina.</translation>
    </message>
    <message>
        <source>Its header says the model has {header} parts, but its name says {named}.</source>
        <comment>models.split-count</comment>
        <translation>La sua intestazione dice che il modello ha {header} parti, ma il nome ne indica {named}.</translation>
    </message>
    <message>
        <source>{name} was not imported: a faster-whisper model folder holds model.bin and config.json.</source>
        <comment>models.import-not-whisper</comment>
        <translation>{name} non è stato importato: una cartella di modello faster-whisper contiene model.bin e config.json.</translation>
    </message>
    <message>
        <source>{name} was not imported: its config.json is damaged.</source>
        <comment>models.import-config-damaged</comment>
        <translation>{name} non è stato importato: il suo config.json è danneggiato.</translation>
    </message>
    <message>
        <source>{name} was not imported: its config.json or model.bin is damaged.</source>
        <comment>models.import-whisper-damaged</comment>
        <translation>{name} non è stato importato: il suo config.json o model.bin è danneggiato.</translation>
    </message>
</context>
<context>
    <name>ModelsFolderSettings</name>
    <message>
        <source>Models folder</source>
        <translation>Cartella dei modelli</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambia…</translation>
    </message>
    <message>
        <source>Change the models folder</source>
        <translation>Cambia la cartella dei modelli</translation>
    </message>
    <message>
        <source>Choose another folder for models you download from now on</source>
        <translation>Scegli un&apos;altra cartella per i modelli che scaricherai d&apos;ora in poi</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <source>Open the models folder</source>
        <translation>Apri la cartella dei modelli</translation>
    </message>
    <message>
        <source>Show this folder in your file manager</source>
        <translation>Mostra questa cartella nel gestore di file</translation>
    </message>
    <message>
        <source>Use the usual folder</source>
        <translation>Usa la cartella predefinita</translation>
    </message>
    <message>
        <source>Use the usual models folder</source>
        <translation>Usa la cartella predefinita dei modelli</translation>
    </message>
    <message>
        <source>You chose this folder. Models downloaded before you changed it stay where they were.</source>
        <translation>Hai scelto questa cartella. I modelli scaricati prima della modifica restano dove erano.</translation>
    </message>
    <message>
        <source>Hearth&apos;s usual folder for models. Choose another one if this disk is short of space.</source>
        <translation>La cartella predefinita di Hearth per i modelli. Scegline un&apos;altra se questo disco ha poco spazio.</translation>
    </message>
    <message>
        <source>Choose where Hearth keeps models</source>
        <translation>Scegli dove Hearth conserva i modelli</translation>
    </message>
</context>
<context>
    <name>MyModelsPage</name>
    <message>
        <source>My Models</source>
        <translation>I miei modelli</translation>
    </message>
    <message>
        <source>Add model file…</source>
        <translation>Aggiungi file modello…</translation>
    </message>
    <message>
        <source>Add model file</source>
        <translation>Aggiungi file modello</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Aggiungi cartella…</translation>
    </message>
    <message>
        <source>Add every model in a folder</source>
        <translation>Aggiungi tutti i modelli di una cartella</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>Modelli su questo computer</translation>
    </message>
    <message>
        <source>Models on this computer: the ones Hearth downloaded, the ones you added, and the ones other apps (LM Studio, Ollama, GPT4All) already have — used where they are, never copied. Drop a .gguf file anywhere on the window to add it.</source>
        <translation>Modelli su questo computer: quelli scaricati da Hearth, quelli aggiunti da te e quelli che altre app (LM Studio, Ollama, GPT4All) hanno già — usati dove sono, mai copiati. Trascina un file .gguf in un punto qualsiasi della finestra per aggiungerlo.</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Ricerca dei modelli…</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Controllo dei file…</translation>
    </message>
    <message numerus="yes">
        <source>%n models on this computer.</source>
        <translation>
            <numerusform>%n modello su questo computer.</numerusform>
            <numerusform>%n modelli su questo computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No models yet. Download one from Discover, or add a file.</source>
        <translation>Ancora nessun modello. Scaricane uno da Esplora, o aggiungi un file.</translation>
    </message>
    <message>
        <source>Some files were not added. {reasons}</source>
        <translation>Alcuni file non sono stati aggiunti. {reasons}</translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation>Aggiungi file modello</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelli GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Elimina modello</translation>
    </message>
    <message>
        <source>Delete {model} ({size}) from this computer? You can download it again later.</source>
        <translation>Eliminare {model} ({size}) da questo computer? Potrai scaricarlo di nuovo in seguito.</translation>
    </message>
    <message>
        <source>Vision companion for {model}</source>
        <translation>Modulo di visione per {model}</translation>
    </message>
    <message>
        <source>Vision companions (*.gguf)</source>
        <translation>Moduli di visione (*.gguf)</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Opened from a Hugging Face link: {repository} ({file}). Nothing is downloaded until you choose to.</source>
        <translation>Aperto da un link di Hugging Face: {repository} ({file}). Non viene scaricato nulla finché non lo scegli tu.</translation>
    </message>
    <message>
        <source>Opened from a Hugging Face link: {repository}. Nothing is downloaded until you choose to.</source>
        <translation>Aperto da un link di Hugging Face: {repository}. Non viene scaricato nulla finché non lo scegli tu.</translation>
    </message>
</context>
<context>
    <name>OfflineSettings</name>
    <message>
        <source>Offline mode</source>
        <translation>Modalità offline</translation>
    </message>
    <message>
        <source>Offline mode — Hearth makes no network connection at all</source>
        <translation>Modalità offline — Hearth non effettua alcuna connessione di rete</translation>
    </message>
    <message>
        <source>Models you already have keep working. To download a model or check a token, turn it off again.</source>
        <translation>I modelli che hai già continuano a funzionare. Per scaricare un modello o verificare un token, disattivala.</translation>
    </message>
</context>
<context>
    <name>OpenAI</name>
    <message>
        <source>{param} has a call without a function name.</source>
        <comment>openai.call-without-name</comment>
        <translation>{param} contiene una chiamata senza nome di funzione.</translation>
    </message>
    <message>
        <source>{param} has arguments that are not JSON.</source>
        <comment>openai.arguments-not-json</comment>
        <translation>{param} ha argomenti che non sono JSON.</translation>
    </message>
    <message>
        <source>{param} has arguments that are not a JSON object.</source>
        <comment>openai.arguments-not-object</comment>
        <translation>{param} ha argomenti che non sono un oggetto JSON.</translation>
    </message>
    <message>
        <source>{param} must be an object with a role and content.</source>
        <comment>openai.message-not-object</comment>
        <translation>{param} deve essere un oggetto con un ruolo (role) e un contenuto (content).</translation>
    </message>
    <message>
        <source>{param} has the role {role!r}; a role is one of {roles}.</source>
        <comment>openai.unknown-role</comment>
        <translation>{param} ha il ruolo {role!r}; un ruolo deve essere uno tra {roles}.</translation>
    </message>
    <message>
        <source>{param}.content has a part that is neither text nor an image.</source>
        <comment>openai.content-part-unknown</comment>
        <translation>{param}.content ha una parte che non è né testo né immagine.</translation>
    </message>
    <message>
        <source>{param}: only a user&apos;s message can carry images.</source>
        <comment>openai.images-not-from-user</comment>
        <translation>{param}: solo un messaggio dell&apos;utente può contenere immagini.</translation>
    </message>
    <message>
        <source>{param}.content has a text part without text.</source>
        <comment>openai.text-part-empty</comment>
        <translation>{param}.content ha una parte di testo senza testo.</translation>
    </message>
    <message>
        <source>{param} has no content.</source>
        <comment>openai.no-content</comment>
        <translation>{param} non ha contenuto.</translation>
    </message>
    <message>
        <source>{param}.content must be text or a list of parts.</source>
        <comment>openai.content-not-text</comment>
        <translation>{param}.content deve essere testo o un elenco di parti.</translation>
    </message>
    <message>
        <source>{param}.tool_calls must be a list.</source>
        <comment>openai.tool-calls-not-list</comment>
        <translation>{param}.tool_calls deve essere un elenco.</translation>
    </message>
    <message>
        <source>{param}.tool_call_id must be text.</source>
        <comment>openai.tool-call-id-not-text</comment>
        <translation>{param}.tool_call_id deve essere testo.</translation>
    </message>
    <message>
        <source>{param} has an image_url without a url.</source>
        <comment>openai.image-url-empty</comment>
        <translation>{param} ha un image_url senza url.</translation>
    </message>
    <message>
        <source>{param} has an image given by its address; Hearth never fetches anything from the network (nothing leaves this computer), so send the picture itself as a data URL (data:image/png;base64,…).</source>
        <comment>openai.image-by-address</comment>
        <translation>{param} ha un&apos;immagine indicata tramite il suo indirizzo; Hearth non scarica mai nulla dalla rete (niente esce da questo computer), quindi invia l&apos;immagine stessa come data URL (data:image/png;base64,…).</translation>
    </message>
    <message>
        <source>{param} has an image that is not a base64 data URL (data:image/png;base64,…); Hearth never fetches images from the network.</source>
        <comment>openai.image-not-data-url</comment>
        <translation>{param} ha un&apos;immagine che non è un data URL base64 (data:image/png;base64,…); Hearth non scarica mai immagini dalla rete.</translation>
    </message>
    <message>
        <source>{param} has an image whose base64 data is damaged.</source>
        <comment>openai.image-damaged</comment>
        <translation>{param} ha un&apos;immagine i cui dati base64 sono danneggiati.</translation>
    </message>
    <message>
        <source>{param}: {message}</source>
        <comment>openai.image-refused</comment>
        <translation>{param}: {message}</translation>
    </message>
    <message>
        <source>A streamed event was not a JSON object.</source>
        <comment>openai.not-json</comment>
        <translation>Un evento in streaming non era un oggetto JSON.</translation>
    </message>
    <message>
        <source>This JSON schema cannot be enforced: {problem}. Hearth refuses it rather than ignore it.</source>
        <comment>openai.schema-unenforceable</comment>
        <translation>Questo schema JSON non può essere applicato: {problem}. Hearth lo rifiuta anziché ignorarlo.</translation>
    </message>
    <message>
        <source>This JSON schema cannot be enforced: llama.cpp could not read the grammar written for it. Hearth refuses it rather than ignore it.</source>
        <comment>openai.grammar-unreadable</comment>
        <translation>Questo schema JSON non può essere applicato: llama.cpp non è riuscito a leggere la grammatica scritta per esso. Hearth lo rifiuta anziché ignorarlo.</translation>
    </message>
    <message>
        <source>A streamed tool call came without a function name.</source>
        <comment>openai.streamed-call-without-name</comment>
        <translation>Una chiamata a uno strumento in streaming è arrivata senza nome di funzione.</translation>
    </message>
</context>
<context>
    <name>PageScroll</name>
    <message>
        <source>Scrollable content</source>
        <translation>Contenuto scorrevole</translation>
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
        <translation>Download da {size}</translation>
    </message>
    <message>
        <source>{licence}, business use allowed</source>
        <translation>{licence}, uso commerciale consentito</translation>
    </message>
    <message>
        <source>{licence} licence, business use allowed</source>
        <translation>Licenza {licence}, uso commerciale consentito</translation>
    </message>
    <message>
        <source>{licence}, not for business use</source>
        <translation>{licence}, non per uso commerciale</translation>
    </message>
    <message>
        <source>{licence} licence, not for business use</source>
        <translation>Licenza {licence}, non per uso commerciale</translation>
    </message>
    <message>
        <source>{reason} Expected speed: {speed}.</source>
        <translation>{reason} Velocità prevista: {speed}.</translation>
    </message>
</context>
<context>
    <name>PicksScreen</name>
    <message>
        <source>A model that fits</source>
        <translation>Un modello adatto</translation>
    </message>
    <message>
        <source>Two models that fit</source>
        <translation>Due modelli adatti</translation>
    </message>
    <message>
        <source>Three models that fit</source>
        <translation>Tre modelli adatti</translation>
    </message>
    <message>
        <source>Browse all models instead</source>
        <translation>Sfoglia invece tutti i modelli</translation>
    </message>
    <message>
        <source>Models that fit</source>
        <translation>Modelli adatti</translation>
    </message>
    <message>
        <source>Nothing fits yet</source>
        <translation>Ancora niente di adatto</translation>
    </message>
    <message>
        <source>No chat model in the catalog runs well on this computer as it is now. Close other programs to free memory and look again on the Hardware page, or browse every model.</source>
        <translation>Nessun modello di chat del catalogo funziona bene su questo computer nello stato attuale. Chiudi altri programmi per liberare memoria e riprova nella pagina Hardware, oppure sfoglia tutti i modelli.</translation>
    </message>
    <message>
        <source>Each of these runs on this computer. Pick one to download; you can add others later.</source>
        <translation>Ognuno di questi funziona su questo computer. Scegline uno da scaricare; potrai aggiungerne altri in seguito.</translation>
    </message>
</context>
<context>
    <name>PromptCacheSettings</name>
    <message>
        <source>Coming back to conversations</source>
        <translation>Tornare alle conversazioni</translation>
    </message>
    <message>
        <source>Memory to use</source>
        <translation>Memoria da usare</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Spenta</translation>
    </message>
    <message>
        <source>Memory for coming back to conversations</source>
        <translation>Memoria per tornare alle conversazioni</translation>
    </message>
    <message>
        <source>Less than the size above for now: the models that are loaded need the rest of the memory.</source>
        <translation>Per ora meno della dimensione indicata sopra: i modelli caricati usano il resto della memoria.</translation>
    </message>
    <message>
        <source>Hearth keeps what a model has already read of your recent conversations in memory, so when you come back to one it answers at once instead of reading it all again. When a model needs the memory, this gives way first. Long conversations are also kept on disk, up to the same size, so they come back at once after Hearth was closed too.</source>
        <translation>Hearth tiene in memoria ciò che un modello ha già letto delle tue conversazioni recenti, così quando torni a una risponde subito invece di rileggerla tutta. Quando un modello ha bisogno della memoria, questa cede il posto per prima. Le conversazioni lunghe sono tenute anche su disco, fino alla stessa dimensione, così tornano subito anche dopo aver chiuso Hearth.</translation>
    </message>
    <message>
        <source>Down to Off, nothing is kept, in memory or on disk: a conversation is read again from the start each time you come back to it.</source>
        <translation>Scendendo fino a Spenta non si tiene nulla, né in memoria né su disco: ogni volta che torni a una conversazione viene riletta dall&apos;inizio.</translation>
    </message>
    <message numerus="yes">
        <source>On disk for after a restart: %n conversations, {size}.</source>
        <translation>
            <numerusform>Su disco per dopo un riavvio: %n conversazione, {size}.</numerusform>
            <numerusform>Su disco per dopo un riavvio: %n conversazioni, {size}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Off: nothing is kept in memory or on disk.</source>
        <translation>Spenta: non si tiene nulla, né in memoria né su disco.</translation>
    </message>
    <message>
        <source>Empty now. It fills as you talk with a model, up to {size} as memory allows.</source>
        <translation>Vuota ora. Si riempie mentre parli con un modello, fino a {size} se la memoria lo permette.</translation>
    </message>
    <message>
        <source>Empty now. It may hold up to {size}.</source>
        <translation>Vuota ora. Può tenere fino a {size}.</translation>
    </message>
    <message numerus="yes">
        <source>Now holding %n conversations: {tokens}, {size} of at most {limit}.</source>
        <translation>
            <numerusform>Ora tiene %n conversazione: {tokens}, {size} su un massimo di {limit}.</numerusform>
            <numerusform>Ora tiene %n conversazioni: {tokens}, {size} su un massimo di {limit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tokens</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln token</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptForm</name>
    <message>
        <source>Prompt (write {{name}} for a value that changes from case to case)</source>
        <translation>Prompt (scrivi {{name}} per un valore che cambia da caso a caso)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>What to ask each model, such as: What is the capital of {{country}}?</source>
        <translation>Cosa chiedere a ogni modello, ad esempio: Qual è la capitale di {{country}}?</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>A short name for it in the tables (optional)</source>
        <translation>Un nome breve da mostrare nelle tabelle (facoltativo)</translation>
    </message>
    <message>
        <source>Checks: the reply…</source>
        <translation>Verifiche: la risposta…</translation>
    </message>
    <message>
        <source>Add a check</source>
        <translation>Aggiungi una verifica</translation>
    </message>
    <message>
        <source>It passes when</source>
        <translation>È superato quando</translation>
    </message>
    <message>
        <source>every check passes</source>
        <translation>ogni verifica è superata</translation>
    </message>
    <message>
        <source>the score is at least</source>
        <translation>il punteggio è almeno</translation>
    </message>
    <message>
        <source>When the prompt passes</source>
        <translation>Quando il prompt è superato</translation>
    </message>
    <message>
        <source>The score it needs, from 0 to 1</source>
        <translation>Il punteggio richiesto, da 0 a 1</translation>
    </message>
    <message>
        <source>The weighted share of checks that pass, from 0 to 1</source>
        <translation>La quota ponderata di verifiche superate, da 0 a 1</translation>
    </message>
    <message>
        <source>Try on a sample reply</source>
        <translation>Prova su una risposta di esempio</translation>
    </message>
    <message>
        <source>A sample reply to try the checks on</source>
        <translation>Una risposta di esempio su cui provare le verifiche</translation>
    </message>
    <message>
        <source>Paste or write a reply here to see which checks it passes.</source>
        <translation>Incolla o scrivi qui una risposta per vedere quali verifiche supera.</translation>
    </message>
    <message numerus="yes">
        <source>The model is offered %n tool(s), kept as the file gives them: </source>
        <translation>
            <numerusform>Al modello viene offerto %n strumento, così come lo indica il file: </numerusform>
            <numerusform>Al modello vengono offerti %n strumenti, così come li indica il file: </numerusform>
        </translation>
    </message>
    <message>
        <source>This reply passes</source>
        <translation>Questa risposta passa</translation>
    </message>
    <message>
        <source>This reply fails</source>
        <translation>Questa risposta non passa</translation>
    </message>
    <message>
        <source> (with the chosen row: {values})</source>
        <translation> (con la riga scelta: {values})</translation>
    </message>
    <message>
        <source>{verdict}: {passed} of {counted} checks, score {score}{row}.</source>
        <translation>{verdict}: {passed} di {counted} verifiche, punteggio {score}{row}.</translation>
    </message>
</context>
<context>
    <name>PromptSetsPanel</name>
    <message>
        <source>New set…</source>
        <translation>Nuovo set…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Add prompt</source>
        <translation>Aggiungi prompt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Run the set</source>
        <translation>Esegui il set</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v di %m</translation>
    </message>
    <message>
        <source>Prompt set run progress</source>
        <translation>Avanzamento del set di prompt</translation>
    </message>
    <message>
        <source>Time left in the run</source>
        <translation>Tempo rimanente dell&apos;esecuzione</translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation>Mostra i risultati</translation>
    </message>
    <message>
        <source>Show the run&apos;s results on the Leaderboard</source>
        <translation>Mostra i risultati dell&apos;esecuzione nella Classifica</translation>
    </message>
    <message>
        <source>The replies side by side, to vote on, and the leaderboard</source>
        <translation>Le risposte affiancate, da votare, e la classifica</translation>
    </message>
    <message>
        <source>Prompt set</source>
        <translation>Set di prompt</translation>
    </message>
    <message>
        <source>Prompts of the set</source>
        <translation>Prompt del set</translation>
    </message>
    <message>
        <source>Double-click a prompt, or press F2, to edit it</source>
        <translation>Fai doppio clic su un prompt, o premi F2, per modificarlo</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>avvio…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>circa {seconds} s rimanenti</translation>
    </message>
    <message>
        <source>Stopped at {done} of {total}</source>
        <translation>Interrotto a {done} di {total}</translation>
    </message>
    <message>
        <source>New prompt set</source>
        <translation>Nuovo set di prompt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>Importa prompt</translation>
    </message>
    <message>
        <source>Prompts (*.txt *.jsonl)</source>
        <translation>Prompt (*.txt *.jsonl)</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>Esporta prompt</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Aggiungi un prompt</translation>
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
        <translation>{name} non offre più il modello “{model}”. Scegli un altro dei suoi modelli.</translation>
    </message>
    <message>
        <source>{name} stopped the reply with an error: {error_text}</source>
        <comment>providers.stopped-reply-error</comment>
        <translation>{name} ha interrotto la risposta con un errore: {error_text}</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) was lost in the middle of the reply; what arrived is kept.</source>
        <comment>providers.lost-mid-reply</comment>
        <translation>La connessione a {name} ({host}) si è interrotta a metà della risposta; ciò che è arrivato viene conservato.</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) was lost before it answered.</source>
        <comment>providers.lost-before-answer</comment>
        <translation>La connessione a {name} ({host}) si è interrotta prima della risposta.</translation>
    </message>
    <message>
        <source>The reply reached the longest length asked for and was cut there.</source>
        <comment>providers.reply-cut-at-length</comment>
        <translation>La risposta ha raggiunto la lunghezza massima richiesta ed è stata troncata lì.</translation>
    </message>
    <message>
        <source>{problem} What arrived before is kept.</source>
        <comment>providers.arrived-kept</comment>
        <translation>{problem} Ciò che è arrivato prima viene conservato.</translation>
    </message>
    <message>
        <source>{name}&apos;s model asked for a tool in a way Hearth cannot read ({message}); what arrived before is kept.</source>
        <comment>providers.unreadable-tool-call</comment>
        <translation>Il modello di {name} ha richiesto uno strumento in un modo che Hearth non riesce a leggere ({message}); ciò che è arrivato prima viene conservato.</translation>
    </message>
    <message>
        <source>{url} answered, but not as an OpenAI-compatible API does. Check the address and port: Ollama listens on 11434, LM Studio on 1234, llama-server on 8080, vLLM on 8000.</source>
        <comment>providers.not-openai-compatible</comment>
        <translation>{url} ha risposto, ma non come un&apos;API compatibile con OpenAI. Controlla indirizzo e porta: Ollama è in ascolto sulla 11434, LM Studio sulla 1234, llama-server sulla 8080, vLLM sulla 8000.</translation>
    </message>
    <message>
        <source>{name} refused the key (error {status}). Check the key and add it again.</source>
        <comment>providers.key-refused-by-server</comment>
        <translation>{name} ha rifiutato la chiave (errore {status}). Controlla la chiave e aggiungila di nuovo.</translation>
    </message>
    <message>
        <source>{name} asks for a key (error {status}), and the key you gave it was not kept: this computer has no password store. Remove {name} and add it again with its key, choosing to keep the key in a file only you can read (“Keep the key in a file” in Settings, or --store-key-in-file).</source>
        <comment>providers.key-not-kept</comment>
        <translation>{name} richiede una chiave (errore {status}), e la chiave che gli hai dato non è stata conservata: questo computer non ha un archivio password. Rimuovi {name} e aggiungilo di nuovo con la sua chiave, scegliendo di conservarla in un file leggibile solo da te (“Conserva la chiave in un file” nelle Impostazioni, oppure --store-key-in-file).</translation>
    </message>
    <message>
        <source>{name} asks for a key (error {status}). Add it again with its key.</source>
        <comment>providers.key-refused</comment>
        <translation>{name} richiede una chiave (errore {status}). Aggiungilo di nuovo con la sua chiave.</translation>
    </message>
    <message>
        <source>{name} could not take the pictures (error {status}): this model may not see images. {said}</source>
        <comment>providers.pictures-refused-said</comment>
        <translation>{name} non ha potuto accettare le immagini (errore {status}): questo modello potrebbe non vedere le immagini. {said}</translation>
    </message>
    <message>
        <source>{name} could not take the pictures (error {status}): this model may not see images.</source>
        <comment>providers.pictures-refused</comment>
        <translation>{name} non ha potuto accettare le immagini (errore {status}): questo modello potrebbe non vedere le immagini.</translation>
    </message>
    <message>
        <source>{name} could not answer with this model (error {status}). It may not be a model for chat (one for speech or for searching documents, say): choose another model.</source>
        <comment>providers.answer-model-error</comment>
        <translation>{name} non ha potuto rispondere con questo modello (errore {status}). Potrebbe non essere un modello per la chat (ad esempio uno per il parlato o per la ricerca nei documenti): scegli un altro modello.</translation>
    </message>
    <message>
        <source>{name} had a problem answering (error {status}). {said}</source>
        <comment>providers.answer-failed-said</comment>
        <translation>{name} ha avuto un problema nel rispondere (errore {status}). {said}</translation>
    </message>
    <message>
        <source>{name} had a problem answering (error {status}).</source>
        <comment>providers.answer-failed</comment>
        <translation>{name} ha avuto un problema nel rispondere (errore {status}).</translation>
    </message>
    <message>
        <source> The server seems to speak plain http: try the address with http://.</source>
        <comment>providers.tls-plain-http</comment>
        <translation> Il server sembra usare http semplice: prova l&apos;indirizzo con http://.</translation>
    </message>
    <message>
        <source> Its certificate is not one this computer trusts.</source>
        <comment>providers.tls-untrusted</comment>
        <translation> Il suo certificato non è tra quelli considerati attendibili da questo computer.</translation>
    </message>
    <message>
        <source>The secure connection to {name} ({host}) failed.{hint}</source>
        <comment>providers.tls-problem</comment>
        <translation>La connessione sicura a {name} ({host}) non è riuscita.{hint}</translation>
    </message>
    <message>
        <source>connect</source>
        <comment>providers.timed-out-connecting</comment>
        <translation>connettersi</translation>
    </message>
    <message>
        <source>answer</source>
        <comment>providers.timed-out-answering</comment>
        <translation>rispondere</translation>
    </message>
    <message>
        <source>{name} ({host}) took too long to {what}. Check that the computer is on and the server running.</source>
        <comment>providers.server-timed-out</comment>
        <translation>{name} ({host}) ha impiegato troppo tempo per {what}. Controlla che il computer sia acceso e il server in esecuzione.</translation>
    </message>
    <message>
        <source>No computer called {host} can be found. Check the address.</source>
        <comment>providers.host-not-found</comment>
        <translation>Impossibile trovare un computer chiamato {host}. Controlla l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>Nothing answers at {host}: the server is not running there, or listens on another port or only to itself (Ollama: OLLAMA_HOST=0.0.0.0; llama-server and vLLM: --host 0.0.0.0).</source>
        <comment>providers.connection-refused</comment>
        <translation>Nessuna risposta da {host}: il server non è in esecuzione lì, oppure è in ascolto su un&apos;altra porta o solo in locale (Ollama: OLLAMA_HOST=0.0.0.0; llama-server e vLLM: --host 0.0.0.0).</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) failed.</source>
        <comment>providers.connection-lost</comment>
        <translation>La connessione a {name} ({host}) non è riuscita.</translation>
    </message>
    <message>
        <source>It said: {text}</source>
        <comment>providers.it-said</comment>
        <translation>Ha risposto: {text}</translation>
    </message>
    <message>
        <source>A name for another computer is 1 to 40 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit (not “{name}”).</source>
        <comment>providers.bad-address</comment>
        <translation>Il nome di un altro computer ha da 1 a 40 lettere, cifre, spazi, punti, trattini o trattini bassi, e inizia con una lettera o una cifra (non “{name}”).</translation>
    </message>
    <message>
        <source>“{url}” is not a web address Hearth can use. Give it as http://HOST:PORT (for example http://192.168.1.20:11434 for Ollama), or https:// when the server has a certificate.</source>
        <comment>providers.bad-url</comment>
        <translation>“{url}” non è un indirizzo web che Hearth può usare. Indicalo come http://HOST:PORTA (ad esempio http://192.168.1.20:11434 per Ollama), oppure https:// se il server ha un certificato.</translation>
    </message>
    <message>
        <source>Put the key in the key field, not in the address.</source>
        <comment>providers.key-in-address</comment>
        <translation>Inserisci la chiave nel campo della chiave, non nell&apos;indirizzo.</translation>
    </message>
    <message>
        <source>No other computer called “{name}” was added; `hearth remote list` shows the ones that are.</source>
        <comment>providers.unknown-provider</comment>
        <translation>Non è stato aggiunto nessun altro computer chiamato “{name}”; `hearth remote list` mostra quelli aggiunti.</translation>
    </message>
    <message>
        <source>There is already another computer called “{name}”.</source>
        <comment>providers.provider-exists</comment>
        <translation>Esiste già un altro computer chiamato “{name}”.</translation>
    </message>
    <message>
        <source>No other computer called “{name}” was added.</source>
        <comment>providers.unknown-provider-short</comment>
        <translation>Non è stato aggiunto nessun altro computer chiamato “{name}”.</translation>
    </message>
    <message>
        <source>No other computer called “{old}” was added.</source>
        <comment>providers.unknown-provider-old</comment>
        <translation>Non è stato aggiunto nessun altro computer chiamato “{old}”.</translation>
    </message>
    <message>
        <source>There is already another computer called “{new}”.</source>
        <comment>providers.provider-exists-new</comment>
        <translation>Esiste già un altro computer chiamato “{new}”.</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth does not use other computers&apos; models. Turn it off in Settings to use them.</source>
        <comment>providers.offline</comment>
        <translation>La modalità offline è attiva, quindi Hearth non usa i modelli di altri computer. Disattivala nelle Impostazioni per usarli.</translation>
    </message>
    <message>
        <source>A name cannot contain “/”.</source>
        <comment>providers.name-with-slash</comment>
        <translation>Un nome non può contenere “/”.</translation>
    </message>
    <message>
        <source>{name} does not offer a model called “{model}”. It offers: {models}.</source>
        <comment>providers.offers</comment>
        <translation>{name} non offre un modello chiamato “{model}”. Offre: {models}.</translation>
    </message>
    <message>
        <source>{name} does not offer a model called “{model}”. It offers: none.</source>
        <comment>providers.offers-none</comment>
        <translation>{name} non offre un modello chiamato “{model}”. Offre: nessuno.</translation>
    </message>
</context>
<context>
    <name>QuantRowView</name>
    <message>
        <source>Download size</source>
        <translation>Dimensione download</translation>
    </message>
    <message>
        <source>Expected speed: {speed}.</source>
        <translation>Velocità prevista: {speed}.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Scarica</translation>
    </message>
    <message>
        <source>Download {quant}</source>
        <translation>Scarica {quant}</translation>
    </message>
    <message>
        <source>Download {size} into your models folder</source>
        <translation>Scarica {size} nella cartella dei modelli</translation>
    </message>
    <message>
        <source>{quant}, {size}, {verdict}</source>
        <translation>{quant}, {size}, {verdict}</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Consigliata</translation>
    </message>
    <message>
        <source>Original precision</source>
        <translation>Precisione originale</translation>
    </message>
    <message>
        <source>{have} of {count} parts</source>
        <translation>{have} di {count} parti</translation>
    </message>
    <message>
        <source>Incomplete: {parts}</source>
        <translation>Incompleta: {parts}</translation>
    </message>
    <message>
        <source>With vision</source>
        <translation>Con visione</translation>
    </message>
    <message>
        <source>Rough: judged by size only</source>
        <translation>Stima solo dalla dimensione</translation>
    </message>
    <message>
        <source>Needs {memory} at {context} tokens of context · {layers} layers on the graphics card.</source>
        <translation>Richiede {memory} con {context} token di contesto · {layers} livelli sulla scheda grafica.</translation>
    </message>
    <message>
        <source>Needs {memory} at {context} tokens of context.</source>
        <translation>Richiede {memory} con {context} token di contesto.</translation>
    </message>
    <message>
        <source>This model needs a newer Hearth</source>
        <translation>Questo modello richiede una versione più recente di Hearth</translation>
    </message>
    <message>
        <source>Some of its parts are missing from the repository</source>
        <translation>Alcune sue parti mancano dal repository</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <source>Waiting to start…</source>
        <translation>In attesa di avvio…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Esegui di nuovo</translation>
    </message>
    <message>
        <source>Transcribe it again with the model and options chosen above</source>
        <translation>Trascrivilo di nuovo con il modello e le opzioni scelte sopra</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Take it off the list (its saved files stay where they are)</source>
        <translation>Toglilo dall&apos;elenco (i suoi file salvati restano dove sono)</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>{percent}% · {phase}</source>
        <translation>{percent}% · {phase}</translation>
    </message>
    <message>
        <source>Failed · {reason}</source>
        <translation>Non riuscita · {reason}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Done · {facts}</source>
        <translation>Fatto · {facts}</translation>
    </message>
    <message>
        <source>Options: {options}</source>
        <translation>Opzioni: {options}</translation>
    </message>
    <message>
        <source>Transcription of {name}</source>
        <translation>Trascrizione di {name}</translation>
    </message>
    <message>
        <source>Transcription of {name}: {percent}%</source>
        <translation>Trascrizione di {name}: {percent}%</translation>
    </message>
    <message>
        <source>Cancel the transcription of {name}</source>
        <translation>Annulla la trascrizione di {name}</translation>
    </message>
    <message>
        <source>Run {name} again</source>
        <translation>Esegui di nuovo {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the list</source>
        <translation>Rimuovi {name} dall&apos;elenco</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arresto…</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>The local server is answering other apps; they lose their connection when Hearth quits.</source>
        <translation>Il server locale sta rispondendo ad altre app; perderanno la connessione quando Hearth si chiude.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are being transcribed now.</source>
        <translation>
            <numerusform>%n registrazione è in trascrizione ora.</numerusform>
            <numerusform>%n registrazioni sono in trascrizione ora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are waiting to be transcribed.</source>
        <translation>
            <numerusform>%n registrazione è in attesa di trascrizione.</numerusform>
            <numerusform>%n registrazioni sono in attesa di trascrizione.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue is kept: it goes on the next time Hearth opens.</source>
        <translation>La coda viene conservata: riprenderà alla prossima apertura di Hearth.</translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>Uscire comunque?</translation>
    </message>
    <message>
        <source>Quit Hearth?</source>
        <translation>Uscire da Hearth?</translation>
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
        <translation>mai risposto</translation>
    </message>
    <message>
        <source>last seen {time}</source>
        <translation>ultimo contatto {time}</translation>
    </message>
    <message>
        <source>Other computers</source>
        <translation>Altri computer</translation>
    </message>
    <message>
        <source>Use the models of a bigger computer that runs Ollama, LM Studio, llama-server, vLLM or Hearth with sharing on. A conversation with one of its models leaves this computer: use it on a network you trust or through a VPN such as Tailscale (the traffic is plain HTTP unless the server has https).</source>
        <translation>Usa i modelli di un computer più potente che esegue Ollama, LM Studio, llama-server, vLLM o Hearth con la condivisione attiva. Una conversazione con uno dei suoi modelli esce da questo computer: usala su una rete di cui ti fidi o tramite una VPN come Tailscale (il traffico è HTTP in chiaro, a meno che il server non usi https).</translation>
    </message>
    <message>
        <source>Name, e.g. desk</source>
        <translation>Nome, es. ufficio</translation>
    </message>
    <message>
        <source>Name of the computer</source>
        <translation>Nome del computer</translation>
    </message>
    <message>
        <source>Address, e.g. http://192.168.1.20:11434</source>
        <translation>Indirizzo, es. http://192.168.1.20:11434</translation>
    </message>
    <message>
        <source>Address of its server</source>
        <translation>Indirizzo del suo server</translation>
    </message>
    <message>
        <source>Key (if the server asks for one)</source>
        <translation>Chiave (se il server la richiede)</translation>
    </message>
    <message>
        <source>Key, if the server asks for one</source>
        <translation>Chiave, se il server la richiede</translation>
    </message>
    <message>
        <source>Keep the key in a file only I can read</source>
        <translation>Conserva la chiave in un file leggibile solo da me</translation>
    </message>
    <message>
        <source>Keep the key in a file</source>
        <translation>Conserva la chiave in un file</translation>
    </message>
    <message>
        <source>Ticked, the key is saved in {file}, which only your account can read; anyone who can read your files (an administrator, a backup) could read it too.</source>
        <translation>Se l&apos;opzione è selezionata, la chiave viene salvata in {file}, leggibile solo dal tuo account; chiunque possa leggere i tuoi file (un amministratore, un backup) potrebbe leggerla.</translation>
    </message>
    <message>
        <source>This computer has no password store, so Hearth forgets a key when it closes. Tick “Keep the key in a file” to keep it.</source>
        <translation>Questo computer non ha un archivio password, quindi Hearth dimentica la chiave alla chiusura. Seleziona “Conserva la chiave in un file” per mantenerla.</translation>
    </message>
    <message>
        <source>Add and test</source>
        <translation>Aggiungi e prova</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prova</translation>
    </message>
    <message>
        <source>Test the chosen computer</source>
        <translation>Prova il computer scelto</translation>
    </message>
    <message>
        <source>Rename to the name above</source>
        <translation>Rinomina con il nome sopra</translation>
    </message>
    <message>
        <source>Rename the chosen computer to the name above</source>
        <translation>Rinomina il computer scelto con il nome sopra</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the chosen computer</source>
        <translation>Rimuovi il computer scelto</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth uses no other computer.</source>
        <translation>La modalità offline è attiva, quindi Hearth non usa altri computer.</translation>
    </message>
    <message>
        <source>Testing {address}…</source>
        <translation>Prova di {address}…</translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n model(s). They are in the Chat list now.</source>
        <translation>
            <numerusform>{name} aggiunto: %n modello. Ora è nell&apos;elenco della Chat.</numerusform>
            <numerusform>{name} aggiunto: %n modelli. Ora sono nell&apos;elenco della Chat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its key is kept only until Hearth closes: this computer has no password store. To keep it, remove {name} and add it again with “Keep the key in a file” ticked.</source>
        <translation>La sua chiave viene conservata solo fino alla chiusura di Hearth: questo computer non ha un archivio password. Per mantenerla, rimuovi {name} e aggiungilo di nuovo con “Conserva la chiave in un file” selezionato.</translation>
    </message>
    <message>
        <source>{problem} Nothing was added.</source>
        <translation>{problem} Non è stato aggiunto nulla.</translation>
    </message>
    <message>
        <source>Choose a computer in the list to test it.</source>
        <translation>Scegli un computer nell&apos;elenco per provarlo.</translation>
    </message>
    <message>
        <source>{name} answers.</source>
        <translation>{name} risponde.</translation>
    </message>
    <message>
        <source>Choose a computer in the list, type its new name above, then Rename.</source>
        <translation>Scegli un computer nell&apos;elenco, scrivi il nuovo nome sopra, poi fai clic su Rinomina.</translation>
    </message>
    <message>
        <source>{old} is now called {new}.</source>
        <translation>{old} ora si chiama {new}.</translation>
    </message>
    <message>
        <source>Choose a computer in the list to remove it.</source>
        <translation>Scegli un computer nell&apos;elenco per rimuoverlo.</translation>
    </message>
    <message>
        <source>Removed {name} and its key.</source>
        <translation>Rimossi {name} e la sua chiave.</translation>
    </message>
    <message>
        <source>Adding failed</source>
        <translation>Aggiunta non riuscita</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>Reading your documents…</source>
        <translation>Lettura dei documenti…</translation>
    </message>
    <message>
        <source>Using the tool {tool}…</source>
        <translation>Uso dello strumento {tool}…</translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <translation>In attesa della tua risposta…</translation>
    </message>
    <message>
        <source>Reply stopped.</source>
        <translation>Risposta interrotta.</translation>
    </message>
    <message>
        <source>Reply finished.</source>
        <translation>Risposta completata.</translation>
    </message>
    <message>
        <source>No reply: {reason}</source>
        <translation>Nessuna risposta: {reason}</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Sta scrivendo…</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Your computer</source>
        <translation>Il tuo computer</translation>
    </message>
    <message>
        <source>Looking at your computer</source>
        <translation>Esame del computer</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processore</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>Grafica</translation>
    </message>
    <message>
        <source>Looking at your computer…</source>
        <translation>Esame del computer in corso…</translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n core</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} free now</source>
        <translation>{size} liberi ora</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Non usata</translation>
    </message>
    <message>
        <source>Models run on the processor</source>
        <translation>I modelli usano il processore</translation>
    </message>
    <message>
        <source>Finding models that fit…</source>
        <translation>Ricerca dei modelli adatti…</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>This computer has no password store, so Hearth keeps your token only until you close it.</source>
        <comment>secrets.no-password-store</comment>
        <translation>Questo computer non ha un archivio password, quindi Hearth conserva il tuo token solo fino alla chiusura.</translation>
    </message>
    <message>
        <source>Your token is kept in a file only you can read ({path}), as you chose.</source>
        <comment>secrets.in-key-file</comment>
        <translation>Il tuo token è conservato in un file leggibile solo da te ({path}), come hai scelto.</translation>
    </message>
    <message>
        <source>Hearth could not use this computer&apos;s password store, so it keeps your token only until you close it.</source>
        <comment>secrets.store-failed</comment>
        <translation>Hearth non è riuscito a usare l&apos;archivio password di questo computer, quindi conserva il tuo token solo fino alla chiusura.</translation>
    </message>
    <message>
        <source>There is no token. Paste the whole token, which starts with hf_.</source>
        <comment>secrets.no-token</comment>
        <translation>Nessun token. Incolla il token completo, che inizia con hf_.</translation>
    </message>
    <message>
        <source>That does not look like a Hugging Face token: it has spaces or unusual characters in it. Copy it again from {tokens_page}.</source>
        <comment>secrets.token-malformed</comment>
        <translation>Questo non sembra un token di Hugging Face: contiene spazi o caratteri insoliti. Copialo di nuovo da {tokens_page}.</translation>
    </message>
    <message>
        <source>Your token is kept in {store}, not in Hearth&apos;s files.</source>
        <comment>secrets.in-store</comment>
        <translation>Il tuo token è conservato in {store}, non nei file di Hearth.</translation>
    </message>
    <message>
        <source>Hearth could not remove your token from this computer&apos;s password store. Try again, or remove the entry “{service}” there yourself.</source>
        <comment>secrets.token-store-problem</comment>
        <translation>Hearth non è riuscito a rimuovere il tuo token dall&apos;archivio password di questo computer. Riprova, oppure rimuovi tu stesso la voce “{service}” dall&apos;archivio.</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth did not contact Hugging Face to check the token.</source>
        <comment>secrets.offline-mode</comment>
        <translation>La modalità offline è attiva, quindi Hearth non ha contattato Hugging Face per verificare il token.</translation>
    </message>
    <message>
        <source>Could not reach {place} to check the token. Check your internet connection.</source>
        <comment>secrets.unreachable</comment>
        <translation>Impossibile raggiungere {place} per verificare il token. Controlla la connessione a Internet.</translation>
    </message>
    <message>
        <source>Could not reach {place} to check the token. Check your internet connection and the mirror address in Settings.</source>
        <comment>secrets.mirror-unreachable</comment>
        <translation>Impossibile raggiungere {place} per verificare il token. Controlla la connessione a Internet e l&apos;indirizzo del mirror nelle Impostazioni.</translation>
    </message>
    <message>
        <source>{place} gave an answer Hearth does not understand.</source>
        <comment>secrets.unreadable-answer</comment>
        <translation>{place} ha dato una risposta che Hearth non capisce.</translation>
    </message>
    <message>
        <source>{problem} Nothing was saved.</source>
        <comment>secrets.nothing-saved</comment>
        <translation>{problem} Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Saved, but not checked: {problem}</source>
        <comment>secrets.saved-unchecked</comment>
        <translation>Salvato, ma non verificato: {problem}</translation>
    </message>
    <message>
        <source>Signed in as {account}.</source>
        <comment>secrets.signed-in</comment>
        <translation>Accesso eseguito come {account}.</translation>
    </message>
    <message>
        <source>The mirror at {host}</source>
        <comment>secrets.mirror-at-start</comment>
        <translation>Il mirror {host}</translation>
    </message>
    <message>
        <source>the mirror at {host}</source>
        <comment>secrets.mirror-at</comment>
        <translation>il mirror {host}</translation>
    </message>
    <message>
        <source>Hugging Face did not accept this token. Check that you copied all of it, or create a new one at {tokens_page}.</source>
        <comment>secrets.token-refused</comment>
        <translation>Hugging Face non ha accettato questo token. Controlla di averlo copiato per intero, oppure creane uno nuovo su {tokens_page}.</translation>
    </message>
    <message>
        <source>{place} is getting too many token checks right now. Try again in a minute.</source>
        <comment>secrets.too-many-checks</comment>
        <translation>{place} sta ricevendo troppe verifiche di token in questo momento. Riprova tra un minuto.</translation>
    </message>
    <message>
        <source>{place} answered with an error ({status}) while checking the token. Try again later.</source>
        <comment>secrets.error-answer</comment>
        <translation>{place} ha risposto con un errore ({status}) durante la verifica del token. Riprova più tardi.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>secrets.unknown-status</comment>
        <translation>sconosciuto</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source> Port {free} is free: use that one instead.</source>
        <comment>server.port-free</comment>
        <translation> La porta {free} è libera: usa quella.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program on this computer.{offer}</source>
        <comment>server.port-taken</comment>
        <translation>La porta {port} è già usata da un altro programma su questo computer.{offer}</translation>
    </message>
    <message>
        <source>Sharing on your network needs an API key, so only programs you give it to can use your models. Create one in Settings › Local server, or set HEARTH_API_KEY.</source>
        <comment>server.key-needed</comment>
        <translation>La condivisione sulla rete richiede una chiave API, così solo i programmi a cui la dai possono usare i tuoi modelli. Creane una in Impostazioni › Server locale, oppure imposta HEARTH_API_KEY.</translation>
    </message>
    <message>
        <source>The local server could not start.</source>
        <comment>server.start-failed</comment>
        <translation>Impossibile avviare il server locale.</translation>
    </message>
</context>
<context>
    <name>ServerCard</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Server locale</translation>
    </message>
    <message>
        <source>Let other apps on this computer use Hearth&apos;s models (OpenAI-compatible API)</source>
        <translation>Consenti alle altre app di questo computer di usare i modelli di Hearth (API compatibile con OpenAI)</translation>
    </message>
    <message>
        <source>Let other apps use Hearth&apos;s models</source>
        <translation>Consenti ad altre app di usare i modelli di Hearth</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Unload an unused model after</source>
        <translation>Chiudi un modello inattivo dopo</translation>
    </message>
    <message>
        <source>Unload an unused model after, in minutes</source>
        <translation>Chiudi un modello inattivo dopo (in minuti)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Share on my network (needs the API key)</source>
        <translation>Condividi sulla mia rete (richiede la chiave API)</translation>
    </message>
    <message>
        <source>Share on my network</source>
        <translation>Condividi sulla mia rete</translation>
    </message>
    <message>
        <source>Once shared, every program must send the API key, the apps on this computer too: give it to the ones that use Hearth now, or they stop working.</source>
        <translation>Una volta attivata la condivisione, ogni programma deve inviare la chiave API, anche le app su questo computer: forniscila a quelle che usano Hearth ora, o smetteranno di funzionare.</translation>
    </message>
    <message>
        <source>What sharing changes</source>
        <translation>Cosa cambia con la condivisione</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>Crea chiave API</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copia chiave</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>Copia la chiave API</translation>
    </message>
    <message>
        <source>Keep the API key in a file only I can read, so it still works after Hearth closes</source>
        <translation>Conserva la chiave API in un file leggibile solo da me, così funziona anche dopo la chiusura di Hearth</translation>
    </message>
    <message>
        <source>Keep the API key in a file</source>
        <translation>Conserva la chiave API in un file</translation>
    </message>
    <message>
        <source>This computer has no password store, so a new key lasts only until Hearth closes. Ticked, it is saved in {file}, which only your account can read (hearth serve finds it there too).</source>
        <translation>Questo computer non ha un archivio password, quindi una nuova chiave dura solo fino alla chiusura di Hearth. Se l&apos;opzione è selezionata, viene salvata in {file}, leggibile solo dal tuo account (anche hearth serve la trova lì).</translation>
    </message>
    <message>
        <source>Examples for other programs: curl and Python</source>
        <translation>Esempi per altri programmi: curl e Python</translation>
    </message>
    <message>
        <source>Copy snippets</source>
        <translation>Copia esempi</translation>
    </message>
    <message>
        <source>Copy the examples</source>
        <translation>Copia gli esempi</translation>
    </message>
    <message>
        <source>What other programs asked:</source>
        <translation>Richieste degli altri programmi:</translation>
    </message>
    <message>
        <source>What other programs asked</source>
        <translation>Richieste degli altri programmi</translation>
    </message>
    <message>
        <source>Other computers reach it at {addresses}</source>
        <translation>Gli altri computer lo raggiungono su {addresses}</translation>
    </message>
    <message>
        <source>Only programs on this computer can reach it (127.0.0.1).</source>
        <translation>Solo i programmi su questo computer possono raggiungerlo (127.0.0.1).</translation>
    </message>
    <message>
        <source>An API key is set.</source>
        <translation>È impostata una chiave API.</translation>
    </message>
    <message>
        <source>No API key yet.</source>
        <translation>Nessuna chiave API.</translation>
    </message>
    <message>
        <source>Your key (shown once): {key}</source>
        <translation>La tua chiave (mostrata una volta): {key}</translation>
    </message>
    <message>
        <source>(Hearth forgets it when it closes: this computer has no password store.)</source>
        <translation>(Hearth la dimentica alla chiusura: questo computer non ha un archivio password.)</translation>
    </message>
    <message>
        <source>Running at {address}</source>
        <translation>In esecuzione su {address}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Disattivato</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Everything in Hearth can be reached with the keyboard. These keys save steps.</source>
        <translation>In Hearth tutto è raggiungibile con la tastiera. Questi tasti fanno risparmiare passaggi.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Cosa fanno</translation>
    </message>
</context>
<context>
    <name>SpeechModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>Modello vocale</translation>
    </message>
    <message>
        <source>No Whisper model on this computer yet.</source>
        <translation>Ancora nessun modello Whisper su questo computer.</translation>
    </message>
    <message>
        <source>Find one in Discover</source>
        <translation>Trovane uno in Esplora</translation>
    </message>
    <message>
        <source>Find a Whisper model in Discover</source>
        <translation>Trova un modello Whisper in Esplora</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This image is no longer saved with the conversation.</source>
        <comment>store.image-gone</comment>
        <translation>Questa immagine non è più salvata con la conversazione.</translation>
    </message>
    <message>
        <source>Hearth cannot read your saved conversations because the file {path} is damaged. It has been left exactly as it was: move it aside to start with an empty list, or restore it from a backup.</source>
        <comment>store.store-damaged</comment>
        <translation>Hearth non riesce a leggere le tue conversazioni salvate perché il file {path} è danneggiato. È stato lasciato esattamente com&apos;era: spostalo altrove per iniziare con un elenco vuoto, oppure ripristinalo da un backup.</translation>
    </message>
    <message>
        <source>The file {path} is not a Hearth conversations file, so Hearth left it alone. Move it elsewhere to start with an empty list.</source>
        <comment>store.not-conversations-file</comment>
        <translation>Il file {path} non è un file di conversazioni di Hearth, quindi Hearth non l&apos;ha toccato. Spostalo altrove per iniziare con un elenco vuoto.</translation>
    </message>
    <message>
        <source>Your conversations were saved by a newer version of Hearth; update Hearth to open them. The file was left untouched.</source>
        <comment>store.store-too-new</comment>
        <translation>Le tue conversazioni sono state salvate da una versione più recente di Hearth; aggiorna Hearth per aprirle. Il file non è stato toccato.</translation>
    </message>
    <message>
        <source>Hearth cannot open your saved conversations at {path}. Check that the folder exists and that you are allowed to write to it.</source>
        <comment>store.store-unavailable</comment>
        <translation>Hearth non riesce ad aprire le tue conversazioni salvate in {path}. Controlla che la cartella esista e che tu abbia il permesso di scriverci.</translation>
    </message>
    <message>
        <source>The disk is full, so Hearth could not save your conversation. Free some space and try again.</source>
        <comment>store.store-disk-full</comment>
        <translation>Il disco è pieno, quindi Hearth non è riuscito a salvare la conversazione. Libera spazio e riprova.</translation>
    </message>
    <message>
        <source>Your conversations are busy in another Hearth window or program; try again in a moment.</source>
        <comment>store.busy</comment>
        <translation>Le tue conversazioni sono in uso in un&apos;altra finestra di Hearth o in un altro programma; riprova tra poco.</translation>
    </message>
    <message>
        <source>Hearth cannot save conversations because {path} is read-only. Check the file&apos;s permissions or free the drive it is on.</source>
        <comment>store.read-only</comment>
        <translation>Hearth non può salvare le conversazioni perché {path} è di sola lettura. Controlla i permessi del file o rendi scrivibile l&apos;unità su cui si trova.</translation>
    </message>
    <message>
        <source>Hearth could not read or save your conversations.</source>
        <comment>store.failed</comment>
        <translation>Hearth non è riuscito a leggere o salvare le tue conversazioni.</translation>
    </message>
    <message>
        <source>This conversation no longer exists; it may have been deleted in another window.</source>
        <comment>store.conversation-gone</comment>
        <translation>Questa conversazione non esiste più; potrebbe essere stata eliminata in un&apos;altra finestra.</translation>
    </message>
    <message>
        <source>This message no longer exists; it may have been removed in another window.</source>
        <comment>store.message-gone</comment>
        <translation>Questo messaggio non esiste più; potrebbe essere stato rimosso in un&apos;altra finestra.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>store.file</comment>
        <translation>file</translation>
    </message>
    <message>
        <source>Hearth cannot open its {what} {path}.</source>
        <comment>store.cannot-open-file</comment>
        <translation>Hearth non riesce ad aprire il suo {what} {path}.</translation>
    </message>
    <message>
        <source>The {what} is closed.</source>
        <comment>store.file-closed</comment>
        <translation>Il {what} è chiuso.</translation>
    </message>
</context>
<context>
    <name>SuiteEditor</name>
    <message>
        <source>My suite</source>
        <translation>La mia suite</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (mia copia)</translation>
    </message>
    <message>
        <source>Edit the suite “{name}”</source>
        <translation>Modifica la suite “{name}”</translation>
    </message>
    <message>
        <source>Edit a copy of “{name}”</source>
        <translation>Modifica una copia di “{name}”</translation>
    </message>
    <message>
        <source>New suite of checks</source>
        <translation>Nuova suite di verifiche</translation>
    </message>
    <message>
        <source>Suite name</source>
        <translation>Nome della suite</translation>
    </message>
    <message>
        <source>Prompts of the suite</source>
        <translation>Prompt della suite</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Aggiungi un prompt</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>Duplicate the chosen prompt</source>
        <translation>Duplica il prompt scelto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the chosen prompt</source>
        <translation>Rimuovi il prompt scelto</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>Move the chosen prompt up</source>
        <translation>Sposta su il prompt scelto</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Giù</translation>
    </message>
    <message>
        <source>Move the chosen prompt down</source>
        <translation>Sposta giù il prompt scelto</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(ancora nessun testo)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casi</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt {number}, row {row}</source>
        <translation>Prompt {number}, riga {row}</translation>
    </message>
    <message>
        <source>Prompt {number}</source>
        <translation>Prompt {number}</translation>
    </message>
    <message>
        <source>Give the suite a name: it is how the Checks tab lists it.</source>
        <translation>Dai un nome alla suite: è con questo nome che compare nella scheda Verifiche.</translation>
    </message>
    <message>
        <source>There is already a suite named “{name}”. Replace it with this one?</source>
        <translation>Esiste già una suite di nome “{name}”. Sostituirla con questa?</translation>
    </message>
    <message>
        <source>Replace the suite?</source>
        <translation>Sostituire la suite?</translation>
    </message>
    <message>
        <source>Throw away the changes?</source>
        <translation>Scartare le modifiche?</translation>
    </message>
    <message>
        <source>The changes to this suite are not saved. Close the editor and throw them away?</source>
        <translation>Le modifiche a questa suite non sono salvate. Chiudere l&apos;editor e scartarle?</translation>
    </message>
    <message>
        <source>Text, or {{name}} for a value of the table</source>
        <translation>Testo, o {{name}} per un valore della tabella</translation>
    </message>
    <message>
        <source>Texts, separated by commas</source>
        <translation>Testi, separati da virgole</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>è esattamente</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>contains (any case)</source>
        <translation>contiene (ignora maiuscole)</translation>
    </message>
    <message>
        <source>contains any of</source>
        <translation>contiene uno di</translation>
    </message>
    <message>
        <source>contains any of (any case)</source>
        <translation>contiene uno di (ignora maiuscole)</translation>
    </message>
    <message>
        <source>contains all of</source>
        <translation>contiene ognuno di</translation>
    </message>
    <message>
        <source>contains all of (any case)</source>
        <translation>contiene ognuno di (ignora maiuscole)</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>non contiene</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>inizia con</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>finisce con</translation>
    </message>
    <message>
        <source>matches the pattern</source>
        <translation>corrisponde al pattern</translation>
    </message>
    <message>
        <source>A regular expression, such as ^[A-Z]</source>
        <translation>Un&apos;espressione regolare, ad esempio ^[A-Z]</translation>
    </message>
    <message>
        <source>is JSON</source>
        <translation>è JSON</translation>
    </message>
    <message>
        <source>is JSON matching this schema</source>
        <translation>è JSON conforme a questo schema</translation>
    </message>
    <message>
        <source>A JSON schema, such as {&quot;type&quot;: &quot;object&quot;}</source>
        <translation>Uno schema JSON, ad esempio {&quot;type&quot;: &quot;object&quot;}</translation>
    </message>
    <message>
        <source>contains JSON</source>
        <translation>contiene JSON</translation>
    </message>
    <message>
        <source>contains JSON matching this schema</source>
        <translation>contiene JSON conforme a questo schema</translation>
    </message>
    <message>
        <source>has at most N words</source>
        <translation>ha al massimo N parole</translation>
    </message>
    <message>
        <source>has at least N words</source>
        <translation>ha almeno N parole</translation>
    </message>
    <message>
        <source>has N words (or from N to M)</source>
        <translation>ha N parole (o da N a M)</translation>
    </message>
    <message>
        <source>20, or 3–20</source>
        <translation>20, o 3–20</translation>
    </message>
    <message>
        <source>calls the tool</source>
        <translation>chiama lo strumento</translation>
    </message>
    <message>
        <source>The tool&apos;s name, then its arguments as JSON if you want: f {&quot;x&quot;: 1}</source>
        <translation>Il nome dello strumento, poi i suoi argomenti in JSON se vuoi: f {&quot;x&quot;: 1}</translation>
    </message>
    <message>
        <source>calls only offered tools, with valid arguments</source>
        <translation>chiama solo strumenti offerti, con argomenti validi</translation>
    </message>
    <message>
        <source>answers within N s</source>
        <translation>risponde entro N s</translation>
    </message>
    <message>
        <source>Seconds, such as 2.5</source>
        <translation>Secondi, ad esempio 2.5</translation>
    </message>
    <message>
        <source>as fast as N tokens/s</source>
        <translation>veloce almeno N token/s</translation>
    </message>
    <message>
        <source>is written in language</source>
        <translation>è scritta nella lingua</translation>
    </message>
    <message>
        <source>A language, such as French or fr</source>
        <translation>Una lingua, ad esempio fr (francese)</translation>
    </message>
    <message>
        <source>ends because of</source>
        <translation>termina per</translation>
    </message>
    <message>
        <source>stop, length or tool_calls</source>
        <translation>stop, length o tool_calls</translation>
    </message>
    <message>
        <source>similar to this answer (optional)</source>
        <translation>simile a questa risposta (facoltativo)</translation>
    </message>
    <message>
        <source>The answer a reply should resemble</source>
        <translation>La risposta a cui deve somigliare</translation>
    </message>
    <message>
        <source>a judge model grades it against this rubric (optional)</source>
        <translation>un modello giudice la valuta secondo questi criteri (facoltativo)</translation>
    </message>
    <message>
        <source>What a good reply does, in plain words</source>
        <translation>Cosa fa una buona risposta, con parole semplici</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Picture {name}</source>
        <translation>Immagine {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Do not send {name}</source>
        <translation>Non inviare {name}</translation>
    </message>
</context>
<context>
    <name>TokenSettings</name>
    <message>
        <source>Hugging Face token</source>
        <translation>Token di Hugging Face</translation>
    </message>
    <message>
        <source>Some models ask you to accept their licence on Hugging Face before you can download them. With a token, Hearth can download those for you. A “Read” token is enough: &lt;a href=&quot;{url}&quot;&gt;create one on huggingface.co&lt;/a&gt;.</source>
        <translation>Alcuni modelli chiedono di accettare la loro licenza su Hugging Face prima di poterli scaricare. Con un token, Hearth può scaricarli per te. Basta un token “Read”: &lt;a href=&quot;{url}&quot;&gt;creane uno su huggingface.co&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Paste your token here (it starts with hf_)</source>
        <translation>Incolla qui il tuo token (inizia con hf_)</translation>
    </message>
    <message>
        <source>Save and test</source>
        <translation>Salva e prova</translation>
    </message>
    <message>
        <source>Save and test the token</source>
        <translation>Salva e prova il token</translation>
    </message>
    <message>
        <source>Keep the token and check it with Hugging Face</source>
        <translation>Conserva il token e verificalo con Hugging Face</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the token</source>
        <translation>Rimuovi il token</translation>
    </message>
    <message>
        <source>Forget the saved token</source>
        <translation>Dimentica il token salvato</translation>
    </message>
    <message>
        <source>Keep the token in a file only I can read, so Hearth still has it after it closes</source>
        <translation>Conserva il token in un file leggibile solo da me, così Hearth lo ha ancora dopo la chiusura</translation>
    </message>
    <message>
        <source>Keep the token in a file</source>
        <translation>Conserva il token in un file</translation>
    </message>
    <message>
        <source>Ticked, the token is saved in {file}, which only your account can read; anyone who can read your files (an administrator, a backup) could read it too.</source>
        <translation>Se l&apos;opzione è selezionata, il token viene salvato in {file}, leggibile solo dal tuo account; chiunque possa leggere i tuoi file (un amministratore, un backup) potrebbe leggerlo.</translation>
    </message>
    <message>
        <source>Looking for a saved token…</source>
        <translation>Ricerca di un token salvato…</translation>
    </message>
    <message>
        <source>A token is saved.</source>
        <translation>Un token è salvato.</translation>
    </message>
    <message>
        <source>No token is saved.</source>
        <translation>Nessun token salvato.</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>Salvataggio del token…</translation>
    </message>
    <message>
        <source>Checking the token with Hugging Face…</source>
        <translation>Verifica del token con Hugging Face…</translation>
    </message>
    <message>
        <source>Hearth will forget it when it closes, because this computer has no password store. To keep it, tick “Keep the token in a file” and save it again.</source>
        <translation>Hearth lo dimenticherà alla chiusura, perché questo computer non ha un archivio password. Per mantenerlo, seleziona “Conserva il token in un file” e salvalo di nuovo.</translation>
    </message>
    <message>
        <source>The token was removed.</source>
        <translation>Il token è stato rimosso.</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>Deny</source>
        <translation>Nega</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Consenti una volta</translation>
    </message>
    <message>
        <source>Always for this tool</source>
        <translation>Sempre per questo strumento</translation>
    </message>
    <message>
        <source>Always for this server</source>
        <translation>Sempre per questo server</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>The model wants to run this tool. Allow it?</source>
        <translation>Il modello vuole eseguire questo strumento. Consentirlo?</translation>
    </message>
    <message>
        <source>This tool changed since you allowed it always:</source>
        <translation>Questo strumento è cambiato da quando lo hai consentito per sempre:</translation>
    </message>
    <message>
        <source>Tool call: {tool} on {server}</source>
        <translation>Chiamata strumento: {tool} su {server}</translation>
    </message>
    <message>
        <source>Tool call: {tool}</source>
        <translation>Chiamata strumento: {tool}</translation>
    </message>
    <message>
        <source>Arguments of the call to {tool}</source>
        <translation>Argomenti della chiamata a {tool}</translation>
    </message>
    <message>
        <source>Deny: {tool}</source>
        <translation>Nega: {tool}</translation>
    </message>
    <message>
        <source>Allow once: {tool}</source>
        <translation>Consenti una volta: {tool}</translation>
    </message>
    <message>
        <source>Always for this tool: {tool}</source>
        <translation>Sempre per questo strumento: {tool}</translation>
    </message>
    <message>
        <source>Always for this server: {tool}</source>
        <translation>Sempre per questo server: {tool}</translation>
    </message>
    <message>
        <source>Show the result of {tool}</source>
        <translation>Mostra il risultato di {tool}</translation>
    </message>
    <message>
        <source>Result of the call to {tool}</source>
        <translation>Risultato della chiamata a {tool}</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Negato</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>In esecuzione…</translation>
    </message>
    <message>
        <source>Done in {seconds} s</source>
        <translation>Fatto in {seconds} s</translation>
    </message>
</context>
<context>
    <name>ToolServerDialog</name>
    <message>
        <source>Edit tool server</source>
        <translation>Modifica server di strumenti</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Aggiungi un server di strumenti</translation>
    </message>
    <message>
        <source>A program on this computer</source>
        <translation>Un programma su questo computer</translation>
    </message>
    <message>
        <source>A server at an address</source>
        <translation>Un server a un indirizzo</translation>
    </message>
    <message>
        <source>e.g. npx -y @modelcontextprotocol/server-filesystem ~/Notes</source>
        <translation>es. npx -y @modelcontextprotocol/server-filesystem ~/Notes</translation>
    </message>
    <message>
        <source>One per line: NAME=value</source>
        <translation>Uno per riga: NOME=valore</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8000/mcp</source>
        <translation>es. http://127.0.0.1:8000/mcp</translation>
    </message>
    <message>
        <source>One per line: Name=value</source>
        <translation>Uno per riga: Nome=valore</translation>
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
        <translation>Cartella (facoltativa)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Intestazioni</translation>
    </message>
    <message>
        <source>A program gets only a few of Hearth&apos;s environment variables (HOME, PATH, LANG…) and the ones written here. Values whose names look secret (API_KEY, TOKEN, Authorization…) are kept in the password store, not in mcp.json; ${keyring} stands for one kept there. Every call a model makes asks you first.</source>
        <translation>Un programma riceve solo alcune variabili d&apos;ambiente di Hearth (HOME, PATH, LANG…) e quelle scritte qui. I valori con nomi che sembrano segreti (API_KEY, TOKEN, Authorization…) vengono conservati nell&apos;archivio password, non in mcp.json; ${keyring} indica un valore conservato lì. Ogni chiamata di un modello ti chiede prima il permesso.</translation>
    </message>
    <message>
        <source>“{line}” is not a header: write NAME=value.</source>
        <translation>“{line}” non è un&apos;intestazione: scrivi NOME=valore.</translation>
    </message>
    <message>
        <source>“{line}” is not an environment variable: write NAME=value.</source>
        <translation>“{line}” non è una variabile d&apos;ambiente: scrivi NOME=valore.</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nome del server</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Cartella di lavoro</translation>
    </message>
    <message>
        <source>Environment variables, one per line</source>
        <translation>Variabili d&apos;ambiente, una per riga</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <source>Headers, one per line</source>
        <translation>Intestazioni, una per riga</translation>
    </message>
    <message>
        <source>Write the server&apos;s address, starting with http:// or https://.</source>
        <translation>Scrivi l&apos;indirizzo del server, che inizia con http:// o https://.</translation>
    </message>
    <message>
        <source>The command has an unclosed quote.</source>
        <translation>Nel comando c&apos;è una virgoletta non chiusa.</translation>
    </message>
    <message>
        <source>Write the command that starts the server, e.g. uvx mcp-server-time.</source>
        <translation>Scrivi il comando che avvia il server, es. uvx mcp-server-time.</translation>
    </message>
</context>
<context>
    <name>ToolServersState</name>
    <message>
        <source>{file} lists no tool servers.</source>
        <translation>{file} non elenca server di strumenti.</translation>
    </message>
</context>
<context>
    <name>ToolTurn</name>
    <message>
        <source>Switch some off with the Tools button.</source>
        <translation>Disattivane alcuni con il pulsante Strumenti.</translation>
    </message>
</context>
<context>
    <name>ToolUse</name>
    <message>
        <source>it is not valid JSON ({problem})</source>
        <comment>tool_use.approvals-not-json</comment>
        <translation>non è JSON valido ({problem})</translation>
    </message>
    <message>
        <source>The remembered tool approvals could not be used: {problem}. The file was kept as {aside}; tool calls ask again until new answers are remembered.</source>
        <comment>tool_use.approvals-damaged</comment>
        <translation>Impossibile usare le approvazioni degli strumenti memorizzate: {problem}. Il file è stato conservato come {aside}; le chiamate agli strumenti chiederanno di nuovo il permesso finché non verranno memorizzate nuove risposte.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <comment>tool_use.approvals-not-object</comment>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>it has no “servers” object</source>
        <comment>tool_use.approvals-no-servers</comment>
        <translation>non ha un oggetto “servers”</translation>
    </message>
    <message>
        <source>the answers for “{identity}” are not an object</source>
        <comment>tool_use.approvals-bad-server</comment>
        <translation>le risposte per “{identity}” non sono un oggetto</translation>
    </message>
    <message>
        <source>about </source>
        <comment>tool_use.about</comment>
        <translation>circa </translation>
    </message>
    <message>
        <source>The tools offered would take {about}{total:,} tokens of the model&apos;s {context:,}-token context, more than a quarter, leaving less room for the conversation.</source>
        <comment>tool_use.tools-too-big</comment>
        <translation>Gli strumenti offerti occuperebbero {about}{total:,} token su {context:,} token di contesto del modello, più di un quarto, lasciando meno spazio alla conversazione.</translation>
    </message>
    <message>
        <source>{said} Switching off {listed} would help most.</source>
        <comment>tool_use.switch-off-servers</comment>
        <translation>{said} Disattivare {listed} sarebbe la cosa più utile.</translation>
    </message>
    <message>
        <source>{said} Switching off some tools of {server}, the biggest first — {listed} — would help.</source>
        <comment>tool_use.switch-off-tools-of</comment>
        <translation>{said} Sarebbe utile disattivare alcuni strumenti di {server}, a partire dai più grandi — {listed}.</translation>
    </message>
    <message>
        <source>{said} Switching off some tools, the biggest first — {listed} — would help.</source>
        <comment>tool_use.switch-off-tools</comment>
        <translation>{said} Sarebbe utile disattivare alcuni strumenti, a partire dai più grandi — {listed}.</translation>
    </message>
    <message>
        <source>{name} ({about}{tokens:,} tokens)</source>
        <comment>tool_use.listed-size</comment>
        <translation>{name} ({about}{tokens:,} token)</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <comment>tool_use.list-and</comment>
        <translation>{first} e {last}</translation>
    </message>
    <message>
        <source>The tokenizer of {name} could not be read, so the tools&apos; sizes cannot be counted with it. Check that the file is a complete GGUF model.</source>
        <comment>tool_use.tokenizer-unreadable</comment>
        <translation>Impossibile leggere il tokenizer di {name}, quindi non si possono misurare con esso le dimensioni degli strumenti. Controlla che il file sia un modello GGUF completo.</translation>
    </message>
    <message>
        <source>Hearth&apos;s document search has no tool called “{tool}”; it has only “{known}”.</source>
        <comment>tool_use.search-unknown-tool</comment>
        <translation>La ricerca nei documenti di Hearth non ha nessuno strumento chiamato “{tool}”; ha solo “{known}”.</translation>
    </message>
    <message>
        <source>{tool} needs a query: a question or a few words to look for.</source>
        <comment>tool_use.search-needs-query</comment>
        <translation>{tool} richiede una query: una domanda o alcune parole da cercare.</translation>
    </message>
    <message>
        <source>There is no document collection called “{collection}” any more, so nothing was searched.</source>
        <comment>tool_use.search-collection-gone</comment>
        <translation>Non esiste più nessuna raccolta di documenti chiamata “{collection}”, quindi non è stato cercato nulla.</translation>
    </message>
    <message>
        <source>The collection “{collection}” has no documents read into it yet, so there is nothing to search: add documents to it on the Documents page (or with `hearth docs add`).</source>
        <comment>tool_use.search-empty-collection</comment>
        <translation>La raccolta “{collection}” non contiene ancora documenti letti, quindi non c&apos;è nulla da cercare: aggiungi documenti nella pagina Documenti (o con `hearth docs add`).</translation>
    </message>
    <message>
        <source>The collection “{collection}” was indexed with another embedding model than the one it is set to use now, so it cannot be searched until it is indexed again on the Documents page.</source>
        <comment>tool_use.search-needs-reindex</comment>
        <translation>La raccolta “{collection}” è stata indicizzata con un modello di embedding diverso da quello impostato ora, quindi non può essere consultata finché non viene indicizzata di nuovo nella pagina Documenti.</translation>
    </message>
    <message>
        <source>Hearth&apos;s document search did not answer within {timeout_s:g} seconds (its embedding model was busy or still loading), so Hearth stopped waiting. It can be asked again.</source>
        <comment>tool_use.search-timed-out</comment>
        <translation>La ricerca nei documenti di Hearth non ha risposto entro {timeout_s:g} secondi (il suo modello di embedding era occupato o ancora in caricamento), quindi Hearth ha smesso di aspettare. Si può chiedere di nuovo.</translation>
    </message>
    <message>
        <source>The tool call the model had to write was cut off by the reply&apos;s token limit, so nothing ran; allow longer replies.</source>
        <comment>tool_use.forced-call-cut-off</comment>
        <translation>La chiamata allo strumento che il modello doveva scrivere è stata troncata dal limite di token della risposta, quindi non è stato eseguito nulla; consenti risposte più lunghe.</translation>
    </message>
    <message>
        <source>The model asked for more tools after {count} round of tool calls; Hearth stopped there.</source>
        <comment>tool_use.stopped-after-round</comment>
        <translation>Il modello ha chiesto altri strumenti dopo {count} turno di chiamate agli strumenti; Hearth si è fermato lì.</translation>
    </message>
    <message>
        <source>The model asked for more tools after {count} rounds of tool calls; Hearth stopped there.</source>
        <comment>tool_use.stopped-after-rounds</comment>
        <translation>Il modello ha chiesto altri strumenti dopo {count} turni di chiamate agli strumenti; Hearth si è fermato lì.</translation>
    </message>
    <message>
        <source>The model asked again for {tool} with the same arguments; Hearth stopped there rather than run the same call twice.</source>
        <comment>tool_use.stopped-repeated-call</comment>
        <translation>Il modello ha chiesto di nuovo {tool} con gli stessi argomenti; Hearth si è fermato lì anziché eseguire due volte la stessa chiamata.</translation>
    </message>
    <message>
        <source>The model still wrote tool calls that cannot run after {tries} tries to correct them; Hearth stopped there.</source>
        <comment>tool_use.stopped-unrepaired</comment>
        <translation>Il modello ha continuato a scrivere chiamate agli strumenti non eseguibili dopo {tries} tentativi di correggerle; Hearth si è fermato lì.</translation>
    </message>
    <message>
        <source>There is no tool server called “{name}” in this conversation.</source>
        <comment>tool_use.server-not-in-conversation</comment>
        <translation>In questa conversazione non c&apos;è nessun server di strumenti chiamato “{name}”.</translation>
    </message>
</context>
<context>
    <name>ToolsButton</name>
    <message>
        <source>Let the model use tools: tool servers (MCP) chosen for this conversation</source>
        <translation>Consenti al modello di usare strumenti: server di strumenti (MCP) scelti per questa conversazione</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Strumenti</translation>
    </message>
    <message>
        <source>Tools ({count})</source>
        <translation>Strumenti ({count})</translation>
    </message>
    <message>
        <source>Tools: none on</source>
        <translation>Strumenti: nessuno</translation>
    </message>
    <message numerus="yes">
        <source>Tools: %n servers on</source>
        <translation>
            <numerusform>Strumenti: %n server attivo</numerusform>
            <numerusform>Strumenti: %n server attivi</numerusform>
        </translation>
    </message>
    <message>
        <source>No tool servers yet</source>
        <translation>Ancora nessun server di strumenti</translation>
    </message>
    <message>
        <source>Search my documents</source>
        <translation>Cerca nei miei documenti</translation>
    </message>
    <message>
        <source>The model searches this conversation&apos;s collection when it decides to, and shows its sources</source>
        <translation>Il modello cerca nella raccolta di questa conversazione quando lo ritiene utile, e ne mostra le fonti</translation>
    </message>
    <message>
        <source>Choose a collection to answer from first</source>
        <translation>Scegli prima una raccolta da cui rispondere</translation>
    </message>
    <message>
        <source>Make the model call a tool first</source>
        <translation>Fai chiamare prima uno strumento al modello</translation>
    </message>
    <message>
        <source>Each reply begins with a call to one of the chosen tools</source>
        <translation>Ogni risposta inizia con una chiamata a uno degli strumenti scelti</translation>
    </message>
    <message>
        <source>Start the servers to see their tools</source>
        <translation>Avvia i server per vederne gli strumenti</translation>
    </message>
    <message>
        <source>Manage tools…</source>
        <translation>Gestisci strumenti…</translation>
    </message>
</context>
<context>
    <name>ToolsSettings</name>
    <message>
        <source>Tools</source>
        <translation>Strumenti</translation>
    </message>
    <message>
        <source>Tool servers (MCP) let a model read a folder, check the time or search the web, as in Claude Desktop or LM Studio. Turn them on per conversation with the Tools button in Chat; every call asks you first.</source>
        <translation>I server di strumenti (MCP) permettono a un modello di leggere una cartella, controllare l&apos;ora o cercare sul web, come in Claude Desktop o LM Studio. Attivali per ogni conversazione con il pulsante Strumenti in Chat; ogni chiamata ti chiede prima il permesso.</translation>
    </message>
    <message>
        <source>Server or tool</source>
        <translation>Server o strumento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Tool servers and their tools</source>
        <translation>Server di strumenti e i loro strumenti</translation>
    </message>
    <message>
        <source>Space turns the chosen tool on or off</source>
        <translation>Spazio attiva o disattiva lo strumento scelto</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Aggiungi un server di strumenti</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Edit the chosen tool server</source>
        <translation>Modifica il server di strumenti scelto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the chosen tool server</source>
        <translation>Rimuovi il server di strumenti scelto</translation>
    </message>
    <message>
        <source>Start and list tools</source>
        <translation>Avvia ed elenca strumenti</translation>
    </message>
    <message>
        <source>≈{count} tokens</source>
        <translation>≈{count} token</translation>
    </message>
    <message>
        <source>Remove the tool server “{name}”? Its tools stop being offered to models.</source>
        <translation>Rimuovere il server di strumenti “{name}”? I suoi strumenti non verranno più offerti ai modelli.</translation>
    </message>
    <message>
        <source>From {app}</source>
        <translation>Da {app}</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Forget approvals</source>
        <translation>Dimentica le approvazioni</translation>
    </message>
    <message>
        <source>Every tool asks again before its next call</source>
        <translation>Ogni strumento chiederà di nuovo il permesso prima della prossima chiamata</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message numerus="yes">
        <source>Running · %n tool(s)</source>
        <translation>
            <numerusform>In esecuzione · %n strumento</numerusform>
            <numerusform>In esecuzione · %n strumenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start</source>
        <translation>Avvio non riuscito</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Non ancora avviato</translation>
    </message>
    <message>
        <source>Remove tool server</source>
        <translation>Rimuovi server di strumenti</translation>
    </message>
    <message>
        <source>Every tool call will ask you again before it runs.</source>
        <translation>Ogni chiamata a uno strumento chiederà di nuovo il permesso prima di essere eseguita.</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Da un file…</translation>
    </message>
    <message>
        <source>Import tool servers</source>
        <translation>Importa server di strumenti</translation>
    </message>
</context>
<context>
    <name>TranscribeOptionsPanel</name>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Language of the recording</source>
        <translation>Lingua della registrazione</translation>
    </message>
    <message>
        <source>Detect the language</source>
        <translation>Rileva la lingua</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Write down what is said</source>
        <translation>Trascrivi ciò che viene detto</translation>
    </message>
    <message>
        <source>Translate it to English</source>
        <translation>Traduci in inglese</translation>
    </message>
    <message>
        <source>Skip silence and noise (fewer invented sentences)</source>
        <translation>Salta silenzi e rumori (meno frasi inventate)</translation>
    </message>
    <message>
        <source>Time every word (tighter subtitles, a little slower)</source>
        <translation>Tempi per ogni parola (sottotitoli più precisi, un po&apos; più lento)</translation>
    </message>
    <message>
        <source>Fast mode (several parts at once; subtitle times are approximate without word times)</source>
        <translation>Modalità veloce (più parti alla volta; i tempi dei sottotitoli sono approssimativi senza i tempi per parola)</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabolario</translation>
    </message>
    <message>
        <source>Names and terms to spell right, e.g. “Hearth, Whisper, Ana Lopes” (optional)</source>
        <translation>Nomi e termini da scrivere correttamente, es. “Hearth, Whisper, Ana Lopes” (facoltativo)</translation>
    </message>
    <message>
        <source>Vocabulary: names and terms to spell right</source>
        <translation>Vocabolario: nomi e termini da scrivere correttamente</translation>
    </message>
    <message>
        <source>Beam size</source>
        <translation>Ampiezza beam</translation>
    </message>
    <message>
        <source>How many guesses Whisper weighs at each step: more is a little better and slower</source>
        <translation>Quante ipotesi Whisper valuta a ogni passo: di più è un po&apos; meglio ma più lento</translation>
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
        <translation>Ogni trascrizione viene salvata automaticamente come {formats} in {folder}, senza mai sovrascrivere un tuo file.</translation>
    </message>
    <message>
        <source>Each transcript is saved automatically as {formats} next to its recording, never over a file of yours.</source>
        <translation>Ogni trascrizione viene salvata automaticamente come {formats} accanto alla sua registrazione, senza mai sovrascrivere un tuo file.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambia…</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation>Trascrivi</translation>
    </message>
    <message>
        <source>Recordings and videos become transcripts and subtitles on this computer. Nothing is uploaded.</source>
        <translation>Registrazioni e video diventano trascrizioni e sottotitoli su questo computer. Non viene caricato nulla online.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>Transcription options</source>
        <translation>Opzioni di trascrizione</translation>
    </message>
    <message>
        <source>Where transcripts are saved</source>
        <translation>Dove vengono salvate le trascrizioni</translation>
    </message>
    <message>
        <source>The folder and the formats are in Settings, under Transcripts</source>
        <translation>La cartella e i formati sono nelle Impostazioni, in Trascrizioni</translation>
    </message>
    <message>
        <source>No recordings were found in what was dropped.</source>
        <translation>Non sono state trovate registrazioni in ciò che è stato trascinato.</translation>
    </message>
    <message>
        <source>The transcript of {name} is ready.</source>
        <translation>La trascrizione di {name} è pronta.</translation>
    </message>
    <message>
        <source>Transcribing {name} failed: {reason}</source>
        <translation>Trascrizione di {name} non riuscita: {reason}</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <source>Summarize this</source>
        <translation>Riassumi</translation>
    </message>
    <message>
        <source>List the action items, with who does what</source>
        <translation>Elenca le cose da fare, con chi fa cosa</translation>
    </message>
    <message>
        <source>Ask my own question</source>
        <translation>Fai una mia domanda</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the whole transcript</source>
        <translation>Copia l&apos;intera trascrizione</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salva come</translation>
    </message>
    <message>
        <source>Save the transcript as</source>
        <translation>Salva la trascrizione come</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostra nella cartella</translation>
    </message>
    <message>
        <source>Show the transcript&apos;s folder</source>
        <translation>Mostra la cartella della trascrizione</translation>
    </message>
    <message>
        <source>Send to chat</source>
        <translation>Invia alla chat</translation>
    </message>
    <message>
        <source>Send the transcript to the chat</source>
        <translation>Invia la trascrizione alla chat</translation>
    </message>
    <message>
        <source>Drop a recording to begin; its transcript shows here when it is done.</source>
        <translation>Trascina una registrazione per iniziare; la sua trascrizione appare qui quando è pronta.</translation>
    </message>
    <message>
        <source>No transcript yet.</source>
        <translation>Ancora nessuna trascrizione.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n riga</numerusform>
            <numerusform>%n righe</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as {files} in {folder}.</source>
        <translation>Salvata come {files} in {folder}.</translation>
    </message>
    <message>
        <source>Save the transcript as {format}</source>
        <translation>Salva la trascrizione come {format}</translation>
    </message>
    <message>
        <source>The transcript could not be saved there</source>
        <translation>Impossibile salvare la trascrizione in quella posizione</translation>
    </message>
    <message>
        <source>Saved {file} in {folder}.</source>
        <translation>{file} salvato in {folder}.</translation>
    </message>
    <message>
        <source>Transcript: {name}</source>
        <translation>Trascrizione: {name}</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Search the transcript</source>
        <translation>Cerca nella trascrizione</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Text (double-click to edit)</source>
        <translation>Testo (doppio clic per modificare)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Trascrizione</translation>
    </message>
    <message>
        <source>One line per timed segment; F2 or a double-click edits its text</source>
        <translation>Una riga per ogni segmento temporizzato; F2 o un doppio clic ne modifica il testo</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n lines</source>
        <translation>
            <numerusform>{shown} di %n riga</numerusform>
            <numerusform>{shown} di %n righe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transcription</name>
    <message>
        <source>Waiting to start…</source>
        <comment>transcription.waiting</comment>
        <translation>In attesa di iniziare…</translation>
    </message>
    <message>
        <source>The folder chosen for transcripts could not be written, so they are in {folder}.</source>
        <comment>transcription.fallback-folder</comment>
        <translation>Non è stato possibile scrivere nella cartella scelta per le trascrizioni, quindi si trovano in {folder}.</translation>
    </message>
    <message>
        <source>The transcript could not be saved in {folder}: {problem}.</source>
        <comment>transcription.transcript-not-saved-in-folder</comment>
        <translation>Impossibile salvare la trascrizione in {folder}: {problem}.</translation>
    </message>
    <message>
        <source>The transcript could not be saved in {folder} nor in {fallback}: {problem}.</source>
        <comment>transcription.transcript-not-saved</comment>
        <translation>Impossibile salvare la trascrizione né in {folder} né in {fallback}: {problem}.</translation>
    </message>
</context>
<context>
    <name>TranscriptionQueueList</name>
    <message>
        <source>Transcription queue</source>
        <translation>Coda di trascrizione</translation>
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
        <translation>Trascrizioni</translation>
    </message>
    <message>
        <source>A file already there is never replaced: the new one gets a number, like “talk (2).srt”.</source>
        <translation>Un file già presente non viene mai sostituito: quello nuovo riceve un numero, come “intervista (2).srt”.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Scegli una cartella…</translation>
    </message>
    <message>
        <source>Choose a folder for transcripts</source>
        <translation>Scegli una cartella per le trascrizioni</translation>
    </message>
    <message>
        <source>Next to each recording</source>
        <translation>Accanto a ogni registrazione</translation>
    </message>
    <message>
        <source>Save transcripts next to each recording</source>
        <translation>Salva le trascrizioni accanto a ogni registrazione</translation>
    </message>
    <message>
        <source>Save automatically as</source>
        <translation>Salva automaticamente come</translation>
    </message>
    <message>
        <source>Save automatically as {format}</source>
        <translation>Salva automaticamente come {format}</translation>
    </message>
    <message>
        <source>Choose where transcripts are saved</source>
        <translation>Scegli dove salvare le trascrizioni</translation>
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
        <translation>Valori delle variabili del prompt, un caso per riga</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Aggiungi una riga</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Rimuovi la riga</translation>
    </message>
    <message>
        <source>Remove the chosen row</source>
        <translation>Rimuovi la riga scelta</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Incolla righe</translation>
    </message>
    <message>
        <source>Rows copied from a spreadsheet: one case a line, values apart by tabs</source>
        <translation>Righe copiate da un foglio di calcolo: un caso per riga, valori separati da tabulazioni</translation>
    </message>
    <message>
        <source>Values: one case per row</source>
        <translation>Valori: un caso per riga</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Hearth&apos;s language; Settings can change it later</source>
        <translation>La lingua di Hearth; puoi cambiarla più tardi nelle Impostazioni</translation>
    </message>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Benvenuto in Hearth</translation>
    </message>
    <message>
        <source>Hearth runs open AI models on this computer. Nothing you type, show or say leaves it, and once a model is here it works offline.</source>
        <translation>Hearth esegue modelli di IA aperti su questo computer. Niente di ciò che scrivi, mostri o dici esce da qui, e una volta scaricato, un modello funziona offline.</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>Come vuoi iniziare?</translation>
    </message>
    <message>
        <source>Find a model for this computer</source>
        <translation>Trova un modello per questo computer</translation>
    </message>
    <message>
        <source>Hearth looks at your hardware and suggests three chat models that run well on it.</source>
        <translation>Hearth esamina il tuo hardware e suggerisce tre modelli di chat che ci funzionano bene.</translation>
    </message>
    <message>
        <source>I already have models</source>
        <translation>Ho già dei modelli</translation>
    </message>
    <message>
        <source>Add GGUF files you have, or use the ones found from LM Studio, Ollama or the Hugging Face cache.</source>
        <translation>Aggiungi i file GGUF che hai, o usa quelli trovati da LM Studio, Ollama o nella cache di Hugging Face.</translation>
    </message>
    <message>
        <source>Transcribe a file</source>
        <translation>Trascrivi un file</translation>
    </message>
    <message>
        <source>Turn a recording or a video into text and subtitles, made on this computer.</source>
        <translation>Trasforma una registrazione o un video in testo e sottotitoli, creati su questo computer.</translation>
    </message>
</context>
</TS>
