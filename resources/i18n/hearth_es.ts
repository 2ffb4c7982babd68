<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AttachedDocuments</name>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Documentos ({patterns})</translation>
    </message>
    <message>
        <source>The reply will read:</source>
        <translation>La respuesta leerá:</translation>
    </message>
    <message>
        <source>{path}
Click to leave it out</source>
        <translation>{path}
Haz clic para dejarlo fuera</translation>
    </message>
    <message>
        <source>Leave out {name}</source>
        <translation>Dejar fuera {name}</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Descartar el mensaje</translation>
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
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Enviar el mensaje (Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>Stop the reply; what it wrote so far is kept (Esc)</source>
        <translation>Detener la respuesta; se conserva lo escrito hasta ahora (Esc)</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar edición</translation>
    </message>
    <message>
        <source>Keep your message as it was (Esc)</source>
        <translation>Dejar tu mensaje como estaba (Esc)</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Imagen…</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>Añadir una imagen</translation>
    </message>
    <message>
        <source>Show the model a picture (or drop one on the chat, or paste it)</source>
        <translation>Muestra una imagen al modelo (o suéltala en el chat, o pégala)</translation>
    </message>
    <message>
        <source>Document…</source>
        <translation>Documento…</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Añadir un documento</translation>
    </message>
    <message>
        <source>Ask about a document: txt, md, pdf, docx, html (or drop one here)</source>
        <translation>Pregunta sobre un documento: txt, md, pdf, docx, html (o suéltalo aquí)</translation>
    </message>
    <message>
        <source>Use {model}</source>
        <translation>Usar {model}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
        <source>Show the model a picture</source>
        <translation>Mostrar una imagen al modelo</translation>
    </message>
    <message>
        <source>Ask about a document</source>
        <translation>Preguntar sobre un documento</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Este modelo</translation>
    </message>
    <message>
        <source>{model} cannot see images, and no model on this computer that fits can. Discover lists vision models (Qwen2.5-VL, Gemma 3, SmolVLM…); or pair a model with its vision companion (an mmproj file) in My Models. Your pictures and text stay here.</source>
        <translation>{model} no puede ver imágenes, y ningún modelo de este equipo que quepa puede hacerlo. Descubrir muestra modelos de visión (Qwen2.5-VL, Gemma 3, SmolVLM…); o empareja un modelo con su complemento de visión (un archivo mmproj) en Mis modelos. Tus imágenes y tu texto se quedan aquí.</translation>
    </message>
    <message>
        <source>{model} cannot see images. Switch to a model that can, then press Send again; your pictures and text stay here.</source>
        <translation>{model} no puede ver imágenes. Cambia a un modelo que pueda y vuelve a pulsar Enviar; tus imágenes y tu texto se quedan aquí.</translation>
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
        <translation>Creativo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>Cargando el modelo</translation>
    </message>
    <message>
        <source>Think first</source>
        <translation>Pensar primero</translation>
    </message>
    <message>
        <source>This model can reason step by step before it answers (slower, often better)</source>
        <translation>Este modelo puede razonar paso a paso antes de responder (más lento, a menudo mejor)</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Reply style</source>
        <translation>Estilo de respuesta</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Show the chat options</source>
        <translation>Mostrar las opciones del chat</translation>
    </message>
    <message>
        <source>Ready · on {provider}</source>
        <translation>Listo · en {provider}</translation>
    </message>
    <message>
        <source>leaves this computer → {host}</source>
        <translation>sale de este equipo → {host}</translation>
    </message>
    <message>
        <source>Your messages and the replies travel to {provider} at {host} and back. Hearth cannot tell what that computer keeps.</source>
        <translation>Tus mensajes y las respuestas viajan a {provider} en {host} y vuelven. Hearth no puede saber qué guarda ese equipo.</translation>
    </message>
    <message>
        <source>Ready · {context} tokens of context · sees images · loaded in {seconds} s</source>
        <translation>Listo · {context} tokens de contexto · ve imágenes · cargado en {seconds} s</translation>
    </message>
    <message>
        <source>Ready · {context} tokens of context · loaded in {seconds} s</source>
        <translation>Listo · {context} tokens de contexto · cargado en {seconds} s</translation>
    </message>
</context>
<context>
    <name>ChatOptions</name>
    <message>
        <source>Top-p: the model picks only among its likeliest next words that together make up this share; lower is more focused, 1 leaves every word in.</source>
        <translation>Top-p: el modelo elige solo entre sus palabras siguientes más probables que juntas suman esta proporción; más bajo es más centrado, 1 deja todas las palabras.</translation>
    </message>
    <message>
        <source>Top-k: the model picks only among this many likeliest next words; 0 leaves every word in.</source>
        <translation>Top-k: el modelo elige solo entre este número de palabras siguientes más probables; 0 deja todas las palabras.</translation>
    </message>
    <message>
        <source>Min-p: leaves out words far less likely than the likeliest one (this share of its chance); higher is more focused, 0 turns it off.</source>
        <translation>Min-p: deja fuera las palabras mucho menos probables que la más probable (esta proporción de su probabilidad); más alto es más centrado, 0 lo desactiva.</translation>
    </message>
    <message>
        <source>Repeat penalty: above 1, words the reply has just used become less likely, so it repeats itself less; 1 turns it off.</source>
        <translation>Penalizar repeticiones: por encima de 1, las palabras que la respuesta acaba de usar se vuelven menos probables, así se repite menos; 1 la desactiva.</translation>
    </message>
    <message>
        <source>Conversation memory: how the model keeps the conversation it has read (its KV cache). q8_0 needs about half the memory, so a long context fits where it would not; replies change very little.</source>
        <translation>Memoria de la conversación: cómo guarda el modelo la conversación que ha leído (su caché KV). q8_0 necesita la mitad de memoria, así cabe un contexto largo donde no cabría; las respuestas cambian muy poco.</translation>
    </message>
    <message>
        <source>Layers on the graphics card: how many of the model&apos;s layers run on the graphics card (faster); the rest run on the processor. Automatic puts as many as fit.</source>
        <translation>Capas en la tarjeta gráfica: cuántas capas del modelo se ejecutan en la tarjeta gráfica (más rápido); el resto se ejecuta en el procesador. Automático pone tantas como quepan.</translation>
    </message>
    <message>
        <source>Standard (f16)</source>
        <translation>Estándar (f16)</translation>
    </message>
    <message>
        <source>Smaller, for long context (q8_0)</source>
        <translation>Más pequeña, para contexto largo (q8_0)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
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
        <translation>Penalizar repeticiones</translation>
    </message>
    <message>
        <source>Longest reply (tokens)</source>
        <translation>Respuesta más larga (tokens)</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>Contexto (tokens)</translation>
    </message>
    <message>
        <source>Layers on the graphics card</source>
        <translation>Capas en la tarjeta gráfica</translation>
    </message>
    <message>
        <source>Conversation memory</source>
        <translation>Memoria de la conversación</translation>
    </message>
    <message>
        <source>System prompt: how the model should behave (optional)</source>
        <translation>Prompt del sistema: cómo debe comportarse el modelo (opcional)</translation>
    </message>
    <message>
        <source>Speed up replies that quote the prompt</source>
        <translation>Acelerar respuestas que citan el prompt</translation>
    </message>
    <message>
        <source>When a reply repeats words from your message or documents (a summary, a list of action items, an edited text), Hearth guesses several words at once and checks them. The reply is the same; it only arrives sooner. Hearth turns this off by itself for a model where it does not pay.</source>
        <translation>Cuando una respuesta repite palabras de tu mensaje o de tus documentos (un resumen, una lista de tareas, un texto editado), Hearth adivina varias palabras a la vez y las comprueba. La respuesta es la misma; solo llega antes. Hearth lo desactiva por sí mismo en los modelos en los que no compensa.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Cannot estimate this model&apos;s memory: {reason}</source>
        <translation>No se puede estimar la memoria de este modelo: {reason}</translation>
    </message>
    <message>
        <source>Conversation memory ({kind}): {size}.</source>
        <translation>Memoria de la conversación ({kind}): {size}.</translation>
    </message>
    <message>
        <source>Needs about {size} with {context} context. {memory}</source>
        <translation>Necesita unos {size} con {context} de contexto. {memory}</translation>
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
        <translation>Espera a que termine esta respuesta (o detenla) y vuelve a enviar la transcripción al chat.</translation>
    </message>
    <message>
        <source>Choose a model first (the list above shows how each one fits this computer).</source>
        <translation>Elige primero un modelo (la lista de arriba muestra cómo encaja cada uno en este equipo).</translation>
    </message>
    <message>
        <source>Editing your message: send it to replace it and everything after it.</source>
        <translation>Editando tu mensaje: envíalo para reemplazarlo junto con todo lo que viene después.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>Hearth is still looking at this computer; choose the model again in a moment.</source>
        <translation>Hearth todavía está examinando este equipo; vuelve a elegir el modelo en un momento.</translation>
    </message>
    <message>
        <source>This window cannot use other computers&apos; models.</source>
        <translation>Esta ventana no puede usar modelos de otros equipos.</translation>
    </message>
    <message>
        <source>That other computer was removed in Settings.</source>
        <translation>Ese otro equipo se quitó en Ajustes.</translation>
    </message>
    <message>
        <source>Answered from the files attached to this conversation; the collection “{collection}” was not searched. Start a new conversation to ask the collection.</source>
        <translation>Respondido a partir de los archivos adjuntos a esta conversación; no se buscó en la colección «{collection}». Empieza una conversación nueva para preguntar a la colección.</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>La respuesta falló</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; ask again in a moment.</source>
        <translation>Hearth todavía está examinando este equipo; vuelve a preguntar en un momento.</translation>
    </message>
</context>
<context>
    <name>ChatTranscript</name>
    <message>
        <source>About this chat</source>
        <translation>Acerca de este chat</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier messages</source>
        <translation>
            <numerusform>Mostrar %n mensaje anterior</numerusform>
            <numerusform>Mostrar %n mensajes anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>not</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Passes when the reply does not do this</source>
        <translation>Pasa cuando la respuesta no hace esto</translation>
    </message>
    <message>
        <source>weight </source>
        <translation>peso </translation>
    </message>
    <message>
        <source>How much this check counts in the score (0: shown, never counted)</source>
        <translation>Cuánto cuenta esta prueba en la puntuación (0: se muestra, nunca cuenta)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>“{type}”: Hearth does not run this check; it is kept as written</source>
        <translation>«{type}»: Hearth no ejecuta esta prueba; se conserva tal como está escrita</translation>
    </message>
    <message>
        <source>Check {number}: what to look for</source>
        <translation>Prueba {number}: qué buscar</translation>
    </message>
    <message>
        <source>Check {number}: a check Hearth does not run</source>
        <translation>Prueba {number}: una prueba que Hearth no ejecuta</translation>
    </message>
    <message>
        <source>Check {number}: not</source>
        <translation>Prueba {number}: no</translation>
    </message>
    <message>
        <source>Check {number}: value</source>
        <translation>Prueba {number}: valor</translation>
    </message>
    <message>
        <source>Check {number}: weight</source>
        <translation>Prueba {number}: peso</translation>
    </message>
    <message>
        <source>Remove check {number}</source>
        <translation>Quitar la prueba {number}</translation>
    </message>
    <message>
        <source>Check {number}: problem</source>
        <translation>Prueba {number}: problema</translation>
    </message>
    <message>
        <source>Check {number}: on the sample reply</source>
        <translation>Prueba {number}: en la respuesta de ejemplo</translation>
    </message>
    <message>
        <source>Write the time in seconds, such as 2.5.</source>
        <translation>Escribe el tiempo en segundos, por ejemplo 2.5.</translation>
    </message>
    <message>
        <source>Write what this check looks for.</source>
        <translation>Escribe lo que busca esta prueba.</translation>
    </message>
    <message>
        <source>Hearth does not run this optional check yet: it is kept and never counted.</source>
        <translation>Hearth todavía no ejecuta esta prueba opcional: se conserva y nunca cuenta.</translation>
    </message>
    <message>
        <source>Hearth does not run this check: it is kept as written and never counted.</source>
        <translation>Hearth no ejecuta esta prueba: se conserva tal como está escrita y nunca cuenta.</translation>
    </message>
    <message>
        <source>✓ Passes: {reason}</source>
        <translation>✓ Pasa: {reason}</translation>
    </message>
    <message>
        <source>✗ Fails: {reason}</source>
        <translation>✗ Falla: {reason}</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Suite of prompts with checks</source>
        <translation>Batería de prompts con pruebas</translation>
    </message>
    <message>
        <source>Open a suite…</source>
        <translation>Abrir una batería…</translation>
    </message>
    <message>
        <source>Hearth&apos;s JSONL, or a promptfoo configuration (promptfooconfig.yaml)</source>
        <translation>El JSONL de Hearth o una configuración de promptfoo (promptfooconfig.yaml)</translation>
    </message>
    <message>
        <source>New suite…</source>
        <translation>Nueva batería…</translation>
    </message>
    <message>
        <source>Write your own prompts and checks, in plain words</source>
        <translation>Escribe tus propios prompts y pruebas, con palabras sencillas</translation>
    </message>
    <message>
        <source>Repeats: </source>
        <translation>Repeticiones: </translation>
    </message>
    <message>
        <source>Repeats with other seeds</source>
        <translation>Repeticiones con otras semillas</translation>
    </message>
    <message>
        <source>Each case asked again with another seed: a case that passes only sometimes is flaky</source>
        <translation>Cada caso se pregunta otra vez con otra semilla: un caso que solo pasa a veces es inestable</translation>
    </message>
    <message>
        <source>Run the checks</source>
        <translation>Ejecutar las pruebas</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Save the results…</source>
        <translation>Guardar los resultados…</translation>
    </message>
    <message>
        <source>As a CSV of every reply, a JSON document or an HTML report</source>
        <translation>Como CSV con cada respuesta, un documento JSON o un informe HTML</translation>
    </message>
    <message>
        <source>Checks run progress</source>
        <translation>Progreso de la ejecución de pruebas</translation>
    </message>
    <message>
        <source>“Similar” checks use</source>
        <translation>Las pruebas «similar» usan</translation>
    </message>
    <message>
        <source>Embedding model for “similar” checks</source>
        <translation>Modelo de incrustación para las pruebas «similar»</translation>
    </message>
    <message>
        <source>Optional: without one, “similar” checks are listed and not counted</source>
        <translation>Opcional: sin él, las pruebas «similar» se muestran y no cuentan</translation>
    </message>
    <message>
        <source>Judge for rubric checks</source>
        <translation>Juez de las pruebas de rúbrica</translation>
    </message>
    <message>
        <source>Judge model for rubric checks</source>
        <translation>Modelo juez para las pruebas de rúbrica</translation>
    </message>
    <message>
        <source>Optional: a model of this computer grades replies against a rubric (at temperature 0)</source>
        <translation>Opcional: un modelo de este equipo califica las respuestas según una rúbrica (con temperatura 0)</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>Sin modelo de incrustación</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>Sin juez</translation>
    </message>
    <message>
        <source>Hearth does not run these checks of the suite, so they are listed and never counted: {names}.</source>
        <translation>Hearth no ejecuta estas pruebas de la batería, así que se muestran y nunca cuentan: {names}.</translation>
    </message>
    <message>
        <source>Saved the suite “{name}”. Run it on the panes&apos; models.</source>
        <translation>Se guardó la batería «{name}». Ejecútala con los modelos de los paneles.</translation>
    </message>
    <message>
        <source>, about {seconds} s left</source>
        <translation>, quedan unos {seconds} s</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>Guardar los resultados</translation>
    </message>
    <message>
        <source>Hearth saves results as .csv, .json or .html: choose a name that ends with one of them.</source>
        <translation>Hearth guarda los resultados como .csv, .json o .html: elige un nombre que termine en uno de ellos.</translation>
    </message>
    <message>
        <source>Hearth could not write {path}: {reason}. Choose another folder.</source>
        <translation>Hearth no pudo escribir {path}: {reason}. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>The results are saved in {path}.</source>
        <translation>Los resultados se guardaron en {path}.</translation>
    </message>
    <message>
        <source>Run a suite on the panes&apos; models to see which one passes most here.</source>
        <translation>Ejecuta una batería con los modelos de los paneles para ver cuál pasa más pruebas aquí.</translation>
    </message>
    <message>
        <source>CSV, every reply (*.csv);;JSON (*.json);;HTML report (*.html)</source>
        <translation>CSV, cada respuesta (*.csv);;JSON (*.json);;Informe HTML (*.html)</translation>
    </message>
    <message>
        <source>Real work</source>
        <translation>Trabajo real</translation>
    </message>
    <message>
        <source>Cases where the models disagree</source>
        <translation>Casos en que los modelos no coinciden</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name} (tuya)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit a copy…</source>
        <translation>Editar una copia…</translation>
    </message>
    <message>
        <source>Change this suite of yours</source>
        <translation>Cambiar esta batería tuya</translation>
    </message>
    <message>
        <source>This suite is not yours to change: edit a copy, saved as one of your own</source>
        <translation>Esta batería no es tuya para cambiarla: edita una copia, que se guardará como tuya</translation>
    </message>
    <message>
        <source>Open a suite</source>
        <translation>Abrir una batería</translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation>Ejecutando las pruebas…</translation>
    </message>
    <message>
        <source>%v of %m replies graded</source>
        <translation>%v de %m respuestas calificadas</translation>
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
        <translation>Copiar el código</translation>
    </message>
    <message>
        <source>Code in {language}</source>
        <translation>Código en {language}</translation>
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
        <translation>Responder a partir de una de tus colecciones de documentos (creadas en la página Documentos)</translation>
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
        <translation>Sin documentos</translation>
    </message>
</context>
<context>
    <name>CollectionList</name>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>Embedding model: {model}</source>
        <translation>Modelo de incrustación: {model}</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation>
            <numerusform>%n bloque</numerusform>
            <numerusform>%n bloques</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — {files}, {chunks} · needs indexing again (new embedding model)</source>
        <translation>{name} — {files}, {chunks} · hay que volver a indexar (nuevo modelo de incrustación)</translation>
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
            <numerusform>%n archivo en espera</numerusform>
            <numerusform>%n archivos en espera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>These two do not fit together here; Hearth loads them in turn, about {each} s each.</source>
        <comment>compare.two-in-turn</comment>
        <translation>Estos dos no caben juntos aquí; Hearth los carga por turnos, unos {each} s cada uno.</translation>
    </message>
    <message>
        <source>These {count} do not fit together here; Hearth loads them in turn, about {each} s each.</source>
        <comment>compare.in-turn</comment>
        <translation>Estos {count} no caben juntos aquí; Hearth los carga por turnos, unos {each} s cada uno.</translation>
    </message>
    <message>
        <source>Line {number} of the file is not JSON.</source>
        <comment>compare.line-not-json</comment>
        <translation>La línea {number} del archivo no es JSON.</translation>
    </message>
    <message>
        <source>Line {number} has no prompt (a string, or an object with a “prompt”).</source>
        <comment>compare.line-without-prompt</comment>
        <translation>La línea {number} no tiene prompt (un texto, o un objeto con un «prompt»).</translation>
    </message>
    <message>
        <source>Hearth cannot read the prompts in {path}.</source>
        <comment>compare.prompts-unreadable</comment>
        <translation>Hearth no puede leer los prompts de {path}.</translation>
    </message>
    <message>
        <source>There are no prompts in {path}.</source>
        <comment>compare.no-prompts</comment>
        <translation>No hay prompts en {path}.</translation>
    </message>
    <message>
        <source>comparisons file</source>
        <comment>compare.comparisons-file</comment>
        <translation>archivo de comparaciones</translation>
    </message>
    <message>
        <source>There is already a prompt set called “{name}”.</source>
        <comment>compare.prompt-set-exists</comment>
        <translation>Ya hay un conjunto de prompts llamado «{name}».</translation>
    </message>
    <message>
        <source>That prompt set is gone.</source>
        <comment>compare.prompt-set-gone</comment>
        <translation>Ese conjunto de prompts ya no existe.</translation>
    </message>
    <message>
        <source>That run is gone.</source>
        <comment>compare.run-gone</comment>
        <translation>Esa ejecución ya no existe.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Three panes</source>
        <translation>Tres paneles</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Detener todo</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the panes&apos; conversations as a Markdown file</source>
        <translation>Guardar las conversaciones de los paneles como archivo Markdown</translation>
    </message>
    <message>
        <source>Ask every pane the same thing…</source>
        <translation>Pregunta lo mismo a todos los paneles…</translation>
    </message>
    <message>
        <source>Message for every pane</source>
        <translation>Mensaje para todos los paneles</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>Enviar a todos</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Prompt sets</source>
        <translation>Conjuntos de prompts</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Pruebas</translation>
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
        <translation>Elige un modelo en cada panel.</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>Examinando este equipo…</translation>
    </message>
    <message>
        <source>These fit in memory together: they stay loaded and answer in turn.</source>
        <translation>Caben juntos en memoria: se quedan cargados y responden por turnos.</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Exportar la comparación</translation>
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
        <translation>terminada</translation>
    </message>
    <message>
        <source>reached the longest reply</source>
        <translation>alcanzó la respuesta más larga</translation>
    </message>
    <message>
        <source>context full</source>
        <translation>contexto lleno</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>temp </source>
        <translation>temp. </translation>
    </message>
    <message>
        <source>Temperature: 0 gives the same reply every time</source>
        <translation>Temperatura: 0 da la misma respuesta cada vez</translation>
    </message>
    <message>
        <source>Temperature of pane {number}</source>
        <translation>Temperatura del panel {number}</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Longest reply</source>
        <translation>Respuesta más larga</translation>
    </message>
    <message>
        <source>Longest reply in pane {number}</source>
        <translation>Respuesta más larga en el panel {number}</translation>
    </message>
    <message>
        <source>Pane {number}</source>
        <translation>Panel {number}</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <source>Model of pane {number}</source>
        <translation>Modelo del panel {number}</translation>
    </message>
    <message>
        <source>Conversation in pane {number}</source>
        <translation>Conversación en el panel {number}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop pane {number}</source>
        <translation>Detener el panel {number}</translation>
    </message>
    <message>
        <source>Continue with this one</source>
        <translation>Seguir con este</translation>
    </message>
    <message>
        <source>Carry on this conversation in Chat with this pane&apos;s model</source>
        <translation>Continuar esta conversación en Chat con el modelo de este panel</translation>
    </message>
    <message>
        <source>leaves this computer → {host}</source>
        <translation>sale de este equipo → {host}</translation>
    </message>
    <message>
        <source>What you send this pane travels to {computer} at {host}, and its reply back. Hearth cannot tell what that computer keeps.</source>
        <translation>Lo que envías a este panel viaja a {computer} en {host}, y su respuesta vuelve. Hearth no puede saber qué guarda ese equipo.</translation>
    </message>
    <message>
        <source>You: {prompt}</source>
        <translation>Tú: {prompt}</translation>
    </message>
    <message>
        <source>waiting for its turn…</source>
        <translation>esperando su turno…</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>escribiendo…</translation>
    </message>
    <message>
        <source>on {computer}</source>
        <translation>en {computer}</translation>
    </message>
    <message>
        <source>{ttft} s to first token · {speed} tokens/s · {tokens} · {ending} · {where}</source>
        <translation>{ttft} s hasta el primer token · {speed} tokens/s · {tokens} · {ending} · {where}</translation>
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
        <translation>Escribe al modelo… (Enter envía, Shift+Enter para una línea nueva)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops a reply, Tab leaves the message</source>
        <translation>Enter envía, Shift+Enter empieza una línea nueva, Esc detiene una respuesta, Tab sale del mensaje</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Empezar un chat nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Right-click a chat to rename, duplicate, export or delete it</source>
        <translation>Haz clic derecho en un chat para cambiarle el nombre, duplicarlo, exportarlo o eliminarlo</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
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
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Cambiar nombre del chat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>No se pudo guardar el chat ahí</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages?</source>
        <translation>¿Eliminar «{title}» y todos sus mensajes?</translation>
    </message>
    <message>
        <source>Delete this chat and all its messages?</source>
        <translation>¿Eliminar este chat y todos sus mensajes?</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Eliminar chat</translation>
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
            <numerusform>{reused} de %Ln token del prompt reutilizado</numerusform>
            <numerusform>{reused} de %Ln tokens del prompt reutilizados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>All tasks</source>
        <translation>Todas las tareas</translation>
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
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Documents search</source>
        <translation>Búsqueda en documentos</translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation>Cualquier licencia</translation>
    </message>
    <message>
        <source>Business use allowed</source>
        <translation>Permite uso comercial</translation>
    </message>
    <message>
        <source>Free licences only (Apache, MIT)</source>
        <translation>Solo licencias libres (Apache, MIT)</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Cualquier tamaño</translation>
    </message>
    <message>
        <source>Small (under 3 GB)</source>
        <translation>Pequeño (menos de 3 GB)</translation>
    </message>
    <message>
        <source>Medium (3–10 GB)</source>
        <translation>Mediano (3–10 GB)</translation>
    </message>
    <message>
        <source>Large (over 10 GB)</source>
        <translation>Grande (más de 10 GB)</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Descubrir</translation>
    </message>
    <message>
        <source>Help me choose</source>
        <translation>Ayúdame a elegir</translation>
    </message>
    <message>
        <source>Help me choose a model</source>
        <translation>Ayúdame a elegir un modelo</translation>
    </message>
    <message>
        <source>Answer two questions and get up to three models that suit you and this computer</source>
        <translation>Responde dos preguntas y obtén hasta tres modelos adecuados para ti y para este equipo</translation>
    </message>
    <message>
        <source>Open models you can run privately. The best fits for this computer come first; pick the smallest model that does what you need.</source>
        <translation>Modelos abiertos que puedes ejecutar en privado. Los más adecuados para este equipo aparecen primero; elige el modelo más pequeño que haga lo que necesitas.</translation>
    </message>
    <message>
        <source>Search models (Ctrl+F)</source>
        <translation>Buscar modelos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Buscar modelos</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Tamaño de descarga</translation>
    </message>
    <message>
        <source>Fits this computer</source>
        <translation>Cabe en este equipo</translation>
    </message>
    <message>
        <source>Only models that fit this computer</source>
        <translation>Solo modelos que caben en este equipo</translation>
    </message>
    <message>
        <source>No model matches these filters.</source>
        <translation>Ningún modelo coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Show every model again</source>
        <translation>Volver a mostrar todos los modelos</translation>
    </message>
    <message>
        <source>Hearth&apos;s picks, best fits first</source>
        <translation>Selección de Hearth, los más adecuados primero</translation>
    </message>
    <message>
        <source>Where to look for models</source>
        <translation>Dónde buscar modelos</translation>
    </message>
    <message>
        <source>Hearth&apos;s picks</source>
        <translation>Selección de Hearth</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Buscar en Hugging Face</translation>
    </message>
    <message>
        <source>Checking which models run on this computer…</source>
        <translation>Comprobando qué modelos funcionan en este equipo…</translation>
    </message>
    <message numerus="yes">
        <source>%n models · {runs} run on this computer</source>
        <translation>
            <numerusform>%n modelo · {runs} funcionan en este equipo</numerusform>
            <numerusform>%n modelos · {runs} funcionan en este equipo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models · checking your computer…</source>
        <translation>
            <numerusform>%n modelo · examinando tu equipo…</numerusform>
            <numerusform>%n modelos · examinando tu equipo…</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {model}, chosen in Help me choose. Your other filters were cleared.</source>
        <translation>Se muestra {model}, elegido en Ayúdame a elegir. Se quitaron tus otros filtros.</translation>
    </message>
    <message>
        <source>Showing {model}, chosen in Help me choose.</source>
        <translation>Se muestra {model}, elegido en Ayúdame a elegir.</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>Demasiado grande para este equipo</translation>
    </message>
    <message>
        <source>{model} {quant} is too large for this computer.

{reason}

Download it anyway?</source>
        <translation>{model} {quant} es demasiado grande para este equipo.

{reason}

¿Descargarlo de todos modos?</translation>
    </message>
</context>
<context>
    <name>DocumentSources</name>
    <message>
        <source>{file}, page {page} · score {score}</source>
        <translation>{file}, página {page} · puntuación {score}</translation>
    </message>
    <message>
        <source>{file} · score {score}</source>
        <translation>{file} · puntuación {score}</translation>
    </message>
    <message>
        <source>Read the documents whole. The passages closest to the question:</source>
        <translation>Leer los documentos completos. Los fragmentos más cercanos a la pregunta:</translation>
    </message>
    <message numerus="yes">
        <source>Answered from %n passages found in the documents:</source>
        <translation>
            <numerusform>Respondido a partir de %n fragmento encontrado en los documentos:</numerusform>
            <numerusform>Respondido a partir de %n fragmentos encontrados en los documentos:</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask again, reading the documents whole</source>
        <translation>Volver a preguntar, leyendo los documentos completos</translation>
    </message>
    <message>
        <source>Loads the model again with a context of {tokens} tokens, then asks the same question</source>
        <translation>Vuelve a cargar el modelo con un contexto de {tokens} tokens y hace la misma pregunta</translation>
    </message>
    <message>
        <source>Open {file}</source>
        <translation>Abrir {file}</translation>
    </message>
    <message>
        <source>The question and these passages were sent to {where}: they left this computer.</source>
        <translation>La pregunta y estos fragmentos se enviaron a {where}: salieron de este equipo.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>This question is about the documents as a whole, but only {kept} passages were read. Loaded with a context of {needed:,} tokens (this model allows {trained:,}), it could read all of them whole: use the whole documents.</source>
        <comment>documents.whole-question-could-fit</comment>
        <translation>Esta pregunta trata de los documentos en conjunto, pero solo se leyeron {kept} fragmentos. Cargado con un contexto de {needed:,} tokens (este modelo admite {trained:,}), podría leerlos todos completos: usa los documentos completos.</translation>
    </message>
    <message>
        <source>This question is about the documents as a whole, but they are too long for this model to read whole (about {whole:,} tokens; it has room for {context:,}). The answer saw only {kept} of {passages} passages, from {files} of {all_files} files: anything counted or summed up covers those passages only.</source>
        <comment>documents.whole-question-too-long</comment>
        <translation>Esta pregunta trata de los documentos en conjunto, pero son demasiado largos para que este modelo los lea completos (unos {whole:,} tokens; tiene espacio para {context:,}). La respuesta solo vio {kept} de {passages} fragmentos, de {files} de {all_files} archivos: todo lo que se haya contado o resumido abarca solo esos fragmentos.</translation>
    </message>
    <message>
        <source>This collection&apos;s embedding model is not on this computer any more; add its documents again on the Documents page with an embedding model that is.</source>
        <comment>documents.embedding-model-gone</comment>
        <translation>El modelo de incrustación de esta colección ya no está en este equipo; vuelve a añadir sus documentos en la página Documentos con un modelo de incrustación que sí esté.</translation>
    </message>
    <message>
        <source>The attached documents could not be read: {problems}.</source>
        <comment>documents.attachments-unreadable</comment>
        <translation>No se pudieron leer los documentos adjuntos: {problems}.</translation>
    </message>
    <message>
        <source>There is no collection named “{name}”.</source>
        <comment>documents.unknown-collection</comment>
        <translation>No hay ninguna colección llamada «{name}».</translation>
    </message>
    <message>
        <source>Reading documents needs an embedding model, and none is on this computer: download one (Discover, Documents search; or `hearth models --task embeddings`) or name a GGUF file with --embedder.</source>
        <comment>documents.no-embedding-model</comment>
        <translation>Para leer documentos hace falta un modelo de incrustación, y no hay ninguno en este equipo: descarga uno (Descubrir, búsqueda en documentos; o `hearth models --task embeddings`) o indica un archivo GGUF con --embedder.</translation>
    </message>
    <message>
        <source>This collection was indexed with another embedding model; index it again to search it by meaning.</source>
        <comment>documents.needs-reindex</comment>
        <translation>Esta colección se indexó con otro modelo de incrustación; vuelve a indexarla para buscar en ella por significado.</translation>
    </message>
</context>
<context>
    <name>DocumentsDropZone</name>
    <message>
        <source>Drop documents or folders here</source>
        <translation>Suelta documentos o carpetas aquí</translation>
    </message>
    <message>
        <source>Text, Markdown, PDF, Word (docx), web pages (html) and Hearth transcripts (json).</source>
        <translation>Texto, Markdown, PDF, Word (docx), páginas web (html) y transcripciones de Hearth (json).</translation>
    </message>
    <message>
        <source>Choose documents to add</source>
        <translation>Elegir documentos para añadir</translation>
    </message>
    <message>
        <source>Choose a folder of documents to add</source>
        <translation>Elegir una carpeta de documentos para añadir</translation>
    </message>
    <message>
        <source>Documents ({patterns});;All (*)</source>
        <translation>Documentos ({patterns});;Todos (*)</translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation>Elegir documentos</translation>
    </message>
    <message>
        <source>Choose a folder of documents</source>
        <translation>Elegir una carpeta de documentos</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation>Mis documentos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Your files stay on this computer: Hearth reads them here and keeps an index beside its settings. In Chat, choose a collection to ask about it.</source>
        <translation>Tus archivos se quedan en este equipo: Hearth los lee aquí y guarda un índice junto a sus ajustes. En Chat, elige una colección para preguntar sobre ella.</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Collection name, e.g. Family papers</source>
        <translation>Nombre de la colección, p. ej. Papeles familiares</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>Nombre de la colección</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modelo de incrustación</translation>
    </message>
    <message>
        <source>The embedding model that indexes the documents (an embedding GGUF in My Models)</source>
        <translation>El modelo de incrustación que indexa los documentos (un GGUF de incrustación en Mis modelos)</translation>
    </message>
    <message>
        <source>Check for changes</source>
        <translation>Buscar cambios</translation>
    </message>
    <message>
        <source>Check the chosen collection for changes</source>
        <translation>Buscar cambios en la colección elegida</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>Quitar colección</translation>
    </message>
    <message>
        <source>Remove the chosen collection</source>
        <translation>Quitar la colección elegida</translation>
    </message>
    <message>
        <source>What the buttons act on</source>
        <translation>Sobre qué actúan los botones</translation>
    </message>
    <message>
        <source>No embedding model yet: get one in Discover (Documents search)</source>
        <translation>Aún no hay modelo de incrustación: consigue uno en Descubrir (Búsqueda en documentos)</translation>
    </message>
    <message>
        <source>No collection yet: drop files or folders above to make one.</source>
        <translation>Aún no hay colecciones: suelta archivos o carpetas arriba para crear una.</translation>
    </message>
    <message>
        <source>Click a collection in the list to check it for changes or remove it.</source>
        <translation>Haz clic en una colección de la lista para buscar cambios o quitarla.</translation>
    </message>
    <message>
        <source>Chosen: “{name}”.</source>
        <translation>Elegida: «{name}».</translation>
    </message>
    <message>
        <source>Read again what changed in the files of “{name}”</source>
        <translation>Volver a leer lo que cambió en los archivos de «{name}»</translation>
    </message>
    <message>
        <source>Wait until the indexing in progress has finished.</source>
        <translation>Espera a que termine la indexación en curso.</translation>
    </message>
    <message>
        <source>Remove “{name}” from Hearth; your files themselves stay</source>
        <translation>Quitar «{name}» de Hearth; tus archivos se quedan</translation>
    </message>
    <message>
        <source>Choose an embedding model first: it reads the documents so that Hearth can find the right parts.</source>
        <translation>Elige primero un modelo de incrustación: lee los documentos para que Hearth encuentre las partes adecuadas.</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; add the documents again in a moment.</source>
        <translation>Hearth todavía está examinando este equipo; vuelve a añadir los documentos en un momento.</translation>
    </message>
    <message>
        <source>The collection “{name}” is indexed. {summary}</source>
        <translation>La colección «{name}» está indexada. {summary}</translation>
    </message>
    <message>
        <source>Indexing the collection “{name}” failed.</source>
        <translation>Falló la indexación de la colección «{name}».</translation>
    </message>
    <message>
        <source>Remove the collection “{name}”?

Hearth forgets its index, and the chat can no longer answer from it. Your files themselves are not deleted: they stay where they are.</source>
        <translation>¿Quitar la colección «{name}»?

Hearth olvida su índice y el chat ya no podrá responder a partir de ella. Tus archivos no se eliminan: se quedan donde están.</translation>
    </message>
    <message>
        <source>The collection “{name}” was removed; your documents themselves were not touched.</source>
        <translation>Se quitó la colección «{name}»; tus documentos no se tocaron.</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
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
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
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
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove from this list (the model stays installed)</source>
        <translation>Quitar de esta lista (el modelo sigue instalado)</translation>
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
        <translation>Empezando…</translation>
    </message>
    <message>
        <source>Paused at {done} of {total}</source>
        <translation>En pausa en {done} de {total}</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Download of {name}: {percent}%</source>
        <translation>Descarga de {name}: {percent}%</translation>
    </message>
    <message>
        <source>Pause the download of {name}</source>
        <translation>Pausar la descarga de {name}</translation>
    </message>
    <message>
        <source>Resume the download of {name}</source>
        <translation>Reanudar la descarga de {name}</translation>
    </message>
    <message>
        <source>Retry the download of {name}</source>
        <translation>Reintentar la descarga de {name}</translation>
    </message>
    <message>
        <source>Cancel the download of {name}</source>
        <translation>Cancelar la descarga de {name}</translation>
    </message>
    <message>
        <source>Remove {name} from this list</source>
        <translation>Quitar {name} de esta lista</translation>
    </message>
</context>
<context>
    <name>DownloadScreen</name>
    <message>
        <source>The chat opens by itself, with the model loaded, as soon as it is here. Skip keeps the download going in the background (Downloads, {shortcut}).</source>
        <translation>El chat se abre solo, con el modelo cargado, en cuanto llegue. Omitir mantiene la descarga en segundo plano (Descargas, {shortcut}).</translation>
    </message>
    <message>
        <source>Downloading {model}</source>
        <translation>Descargando {model}</translation>
    </message>
</context>
<context>
    <name>DownloadSettings</name>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Download from</source>
        <translation>Descargar desde</translation>
    </message>
    <message>
        <source>Download address</source>
        <translation>Dirección de descarga</translation>
    </message>
    <message>
        <source>Leave this empty to download from Hugging Face itself. Fill it in only if you use a mirror.</source>
        <translation>Déjalo vacío para descargar directamente de Hugging Face. Rellénalo solo si usas un servidor espejo.</translation>
    </message>
    <message>
        <source>Downloads at the same time</source>
        <translation>Descargas simultáneas</translation>
    </message>
    <message>
        <source>One at a time finishes each model sooner on a slow connection.</source>
        <translation>De una en una, cada modelo termina antes con una conexión lenta.</translation>
    </message>
    <message>
        <source>This is not a web address Hearth can use. It should look like https://hf-mirror.com, or stay empty.</source>
        <translation>Esta no es una dirección web que Hearth pueda usar. Debe parecerse a https://hf-mirror.com o quedar vacía.</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>Offline mode is on, so Hearth makes no network connection. Turn it off in Settings to download.</source>
        <comment>downloads.offline-mode</comment>
        <translation>El modo sin conexión está activado, así que Hearth no se conecta a la red. Desactívalo en Ajustes para descargar.</translation>
    </message>
    <message>
        <source>Asking Hugging Face about the files</source>
        <comment>downloads.asking</comment>
        <translation>Consultando los archivos a Hugging Face</translation>
    </message>
    <message>
        <source>Checking the model files</source>
        <comment>downloads.checking-files</comment>
        <translation>Comprobando los archivos del modelo</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a Hugging Face repository name like &apos;owner/model-GGUF&apos;.</source>
        <comment>downloads.bad-repo-name</comment>
        <translation>«{repo}» no es un nombre de repositorio de Hugging Face como «propietario/modelo-GGUF».</translation>
    </message>
    <message>
        <source>Name at least one file of the repository to download.</source>
        <comment>downloads.no-files-named</comment>
        <translation>Indica al menos un archivo del repositorio para descargar.</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <comment>downloads.seconds-left</comment>
        <translation>Quedan {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min left</source>
        <comment>downloads.minutes-left</comment>
        <translation>Quedan {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min left</source>
        <comment>downloads.hours-left</comment>
        <translation>Quedan {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>Hugging Face did not say how large {name} is; try again later.</source>
        <comment>downloads.size-unknown</comment>
        <translation>Hugging Face no indicó el tamaño de {name}; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Not enough disk space: this download needs {needed} more, but only {free} is free on the disk that holds {folder}. Free some space or choose another models folder in Settings.</source>
        <comment>downloads.not-enough-disk</comment>
        <translation>No hay suficiente espacio en disco: esta descarga necesita {needed} más, pero solo hay {free} libres en el disco que contiene {folder}. Libera espacio o elige otra carpeta de modelos en Ajustes.</translation>
    </message>
    <message>
        <source>Checking what is here</source>
        <comment>downloads.checking-what-is-here</comment>
        <translation>Comprobando lo que ya hay aquí</translation>
    </message>
    <message>
        <source>The download of {name} keeps failing ({reason}). What arrived is kept: press Retry to continue from there.</source>
        <comment>downloads.download-keeps-failing</comment>
        <translation>La descarga de {name} sigue fallando ({reason}). Lo descargado se conserva: pulsa Reintentar para continuar desde ahí.</translation>
    </message>
    <message>
        <source>{reason}; trying again in {delay:.0f} s (attempt {attempt} of {attempts})</source>
        <comment>downloads.retrying</comment>
        <translation>{reason}; se reintentará en {delay:.0f} s (intento {attempt} de {attempts})</translation>
    </message>
    <message>
        <source>{name} arrived damaged (its checksum does not match the published one), so it was deleted and nothing was installed. Try the download again.</source>
        <comment>downloads.corrupt-download</comment>
        <translation>{name} llegó dañado (su suma de comprobación no coincide con la publicada), así que se eliminó y no se instaló nada. Vuelve a intentar la descarga.</translation>
    </message>
    <message>
        <source>Hugging Face is busy ({status})</source>
        <comment>downloads.retry-busy</comment>
        <translation>Hugging Face está saturado ({status})</translation>
    </message>
    <message>
        <source>The server restarted the file from the beginning</source>
        <comment>downloads.retry-restarted</comment>
        <translation>El servidor reinició el archivo desde el principio</translation>
    </message>
    <message>
        <source>The disk is full. What has arrived is kept: free some space, then press Retry to continue the download.</source>
        <comment>downloads.disk-full</comment>
        <translation>El disco está lleno. Lo descargado se conserva: libera espacio y pulsa Reintentar para continuar la descarga.</translation>
    </message>
    <message>
        <source>The connection closed early</source>
        <comment>downloads.retry-closed-early</comment>
        <translation>La conexión se cerró antes de tiempo</translation>
    </message>
    <message>
        <source>The connection dropped ({error})</source>
        <comment>downloads.retry-dropped</comment>
        <translation>Se perdió la conexión ({error})</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Nothing is downloading. Start a download from Discover.</source>
        <translation>No se está descargando nada. Empieza una descarga desde Descubrir.</translation>
    </message>
    <message>
        <source>{name} is downloaded and installed.</source>
        <translation>{name} está descargado e instalado.</translation>
    </message>
    <message>
        <source>The download of {name} failed: {reason}</source>
        <translation>Falló la descarga de {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Audio ({audio} …) and video ({video} …), or a whole folder.</source>
        <translation>Audio ({audio} …) y vídeo ({video} …), o una carpeta entera.</translation>
    </message>
    <message>
        <source>Drop recordings or videos here</source>
        <translation>Suelta grabaciones o vídeos aquí</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Elegir archivos…</translation>
    </message>
    <message>
        <source>Choose files to add</source>
        <translation>Elegir archivos para añadir</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>Choose a folder to add</source>
        <translation>Elegir una carpeta para añadir</translation>
    </message>
    <message>
        <source>Recordings and videos ({patterns});;All files (*)</source>
        <translation>Grabaciones y vídeos ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose recordings</source>
        <translation>Elegir grabaciones</translation>
    </message>
    <message>
        <source>Choose a folder of recordings</source>
        <translation>Elegir una carpeta de grabaciones</translation>
    </message>
</context>
<context>
    <name>Engines</name>
    <message>
        <source>This model has no chat format of its own (it is a base model), so Hearth writes the conversation as plain “User:” and “Assistant:” lines. Its answers may wander or continue the conversation by themselves.</source>
        <comment>engines.plain-chat-format</comment>
        <translation>Este modelo no tiene formato de chat propio (es un modelo base), así que Hearth escribe la conversación como simples líneas «User:» y «Assistant:». Sus respuestas pueden divagar o continuar la conversación por su cuenta.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template is broken, so Hearth cannot talk to it.</source>
        <comment>engines.chat-template-failed</comment>
        <translation>La plantilla de chat de este modelo está rota, así que Hearth no puede hablar con él.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not write out the conversation.</source>
        <comment>engines.chat-template-failed-writing</comment>
        <translation>La plantilla de chat de este modelo no pudo escribir la conversación.</translation>
    </message>
    <message>
        <source>The model stopped with an error while writing its reply.</source>
        <comment>engines.generation-failed</comment>
        <translation>El modelo se detuvo con un error mientras escribía su respuesta.</translation>
    </message>
    <message>
        <source>{name} could not be loaded as an embedding model: the file may be damaged, or not an embedding model.</source>
        <comment>engines.model-load-failed</comment>
        <translation>No se pudo cargar {name} como modelo de incrustación: el archivo puede estar dañado o no ser un modelo de incrustación.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <comment>engines.embedding-cancelled</comment>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>No embedding model is loaded.</source>
        <comment>engines.no-model-loaded</comment>
        <translation>No hay ningún modelo de incrustación cargado.</translation>
    </message>
    <message>
        <source>{name} could not be loaded: the file may be damaged, or made for a newer version of llama.cpp than the one in Hearth.</source>
        <comment>engines.load-failed-damaged</comment>
        <translation>No se pudo cargar {name}: el archivo puede estar dañado o estar hecho para una versión de llama.cpp más reciente que la de Hearth.</translation>
    </message>
    <message>
        <source>Earlier images in this chat are not shown to this model: it cannot see images.</source>
        <comment>engines.earlier-images-hidden</comment>
        <translation>Las imágenes anteriores de este chat no se muestran a este modelo: no puede ver imágenes.</translation>
    </message>
    <message>
        <source>This text is too long for the model&apos;s memory (its context); shorten it.</source>
        <comment>engines.message-too-long</comment>
        <translation>Este texto es demasiado largo para la memoria del modelo (su contexto); acórtalo.</translation>
    </message>
    <message>
        <source>The model could not read the images in this conversation.</source>
        <comment>engines.images-unreadable</comment>
        <translation>El modelo no pudo leer las imágenes de esta conversación.</translation>
    </message>
    <message>
        <source>Load a model before starting a chat.</source>
        <comment>engines.no-model-for-chat</comment>
        <translation>Carga un modelo antes de empezar un chat.</translation>
    </message>
    <message>
        <source>{count} earlier message was left out so the conversation fits in the model&apos;s memory; the model no longer sees them.</source>
        <comment>engines.message-left-out</comment>
        <translation>Se dejó fuera {count} mensaje anterior para que la conversación quepa en la memoria del modelo; el modelo ya no lo ve.</translation>
    </message>
    <message>
        <source>{count} earlier messages were left out so the conversation fits in the model&apos;s memory; the model no longer sees them.</source>
        <comment>engines.messages-left-out</comment>
        <translation>Se dejaron fuera {count} mensajes anteriores para que la conversación quepa en la memoria del modelo; el modelo ya no los ve.</translation>
    </message>
    <message>
        <source>The rules this reply must follow (its grammar) could not be read.</source>
        <comment>engines.grammar-unreadable</comment>
        <translation>No se pudieron leer las reglas que debe seguir esta respuesta (su gramática).</translation>
    </message>
    <message>
        <source>Your message is too long for this model&apos;s memory: with room for a {reply_room}-token reply it needs about {needed} tokens, and the model was loaded with room for {context}. Shorten the message, ask for a shorter reply, or load the model with a longer context.</source>
        <comment>engines.message-too-long-for-reply</comment>
        <translation>Tu mensaje es demasiado largo para la memoria de este modelo: con espacio para una respuesta de {reply_room} tokens necesita unos {needed} tokens, y el modelo se cargó con espacio para {context}. Acorta el mensaje, pide una respuesta más corta o carga el modelo con un contexto más largo.</translation>
    </message>
    <message>
        <source>Hearth&apos;s chat engine (llama.cpp) could not be started on this computer; reinstalling Hearth usually fixes this.</source>
        <comment>engines.engine-unavailable</comment>
        <translation>No se pudo iniciar el motor de chat de Hearth (llama.cpp) en este equipo; reinstalar Hearth suele solucionarlo.</translation>
    </message>
    <message>
        <source>Hearth&apos;s image engine (llama.cpp&apos;s mtmd) could not be started on this computer; reinstalling Hearth usually fixes this.</source>
        <comment>engines.image-engine-unavailable</comment>
        <translation>No se pudo iniciar el motor de imágenes de Hearth (mtmd de llama.cpp) en este equipo; reinstalar Hearth suele solucionarlo.</translation>
    </message>
    <message>
        <source>The vision companion {name} could not be read. {message}</source>
        <comment>engines.companion-unreadable</comment>
        <translation>No se pudo leer el complemento de visión {name}. {message}</translation>
    </message>
    <message>
        <source>The vision companion {name} does not work with this model: it was probably made for a different model. Pair the model with the mmproj file published beside it.</source>
        <comment>engines.companion-mismatch</comment>
        <translation>El complemento de visión {name} no funciona con este modelo: probablemente se hizo para otro modelo. Empareja el modelo con el archivo mmproj publicado junto a él.</translation>
    </message>
    <message>
        <source>The model&apos;s vision companion could not read this image.</source>
        <comment>engines.companion-unreadable-image</comment>
        <translation>El complemento de visión del modelo no pudo leer esta imagen.</translation>
    </message>
    <message>
        <source>This image needs about {newest:,} tokens of the model&apos;s memory, and with room for a reply that is more than the {context:,} it was loaded with. Send fewer images, or load the model with a longer context (Options).</source>
        <comment>engines.image-does-not-fit</comment>
        <translation>Esta imagen necesita unos {newest:,} tokens de la memoria del modelo y, con espacio para una respuesta, eso supera los {context:,} con los que se cargó. Envía menos imágenes o carga el modelo con un contexto más largo (Opciones).</translation>
    </message>
    <message>
        <source>These {count} images need about {newest:,} tokens of the model&apos;s memory, and with room for a reply that is more than the {context:,} it was loaded with. Send fewer images, or load the model with a longer context (Options).</source>
        <comment>engines.images-do-not-fit</comment>
        <translation>Estas {count} imágenes necesitan unos {newest:,} tokens de la memoria del modelo y, con espacio para una respuesta, eso supera los {context:,} con los que se cargó. Envía menos imágenes o carga el modelo con un contexto más largo (Opciones).</translation>
    </message>
    <message>
        <source>Images and text now fill about {percent}% of the model&apos;s memory, and the model reads every image again with each message. Soon the earliest messages and their images will be left out; a new chat, or a longer context in Options, gives more room.</source>
        <comment>engines.images-crowd-memory</comment>
        <translation>Las imágenes y el texto ya ocupan cerca del {percent}% de la memoria del modelo, y el modelo vuelve a leer cada imagen con cada mensaje. Pronto se dejarán fuera los primeros mensajes y sus imágenes; un chat nuevo, o un contexto más largo en Opciones, da más espacio.</translation>
    </message>
    <message>
        <source>This model cannot see images. Choose a model marked “sees images”, or pair this one with its vision companion (an mmproj file) in My Models.</source>
        <comment>engines.cannot-see-images</comment>
        <translation>Este modelo no puede ver imágenes. Elige un modelo marcado como «ve imágenes» o empareja este con su complemento de visión (un archivo mmproj) en Mis modelos.</translation>
    </message>
    <message>
        <source>{name} has no sound track, so there is nothing to transcribe.</source>
        <comment>engines.recording-no-sound-track</comment>
        <translation>{name} no tiene pista de sonido, así que no hay nada que transcribir.</translation>
    </message>
    <message>
        <source>{name} is cut short: it should last {declared}, but only {read} of it could be read. It may not have finished copying or downloading.</source>
        <comment>engines.recording-cut-short</comment>
        <translation>{name} está incompleto: debería durar {declared}, pero solo se pudieron leer {read}. Puede que no terminara de copiarse o descargarse.</translation>
    </message>
    <message>
        <source>{name} holds no sound that could be read; it may be damaged.</source>
        <comment>engines.recording-no-sound</comment>
        <translation>{name} no contiene ningún sonido legible; puede estar dañado.</translation>
    </message>
    <message>
        <source>There is no file at {path}; it may have been moved or deleted.</source>
        <comment>engines.recording-missing</comment>
        <translation>No hay ningún archivo en {path}; puede que se haya movido o eliminado.</translation>
    </message>
    <message>
        <source>{name} could not be opened: {strerror}.</source>
        <comment>engines.recording-unopened</comment>
        <translation>No se pudo abrir {name}: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a recording.</source>
        <comment>engines.recording-is-folder</comment>
        <translation>{name} es una carpeta, no una grabación.</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes). It may not have finished copying.</source>
        <comment>engines.recording-empty</comment>
        <translation>{name} está vacío (0 bytes). Puede que no terminara de copiarse.</translation>
    </message>
    <message>
        <source>{name} is cut short: it should last {declared}, but only {read} of it is in the file. It may not have finished copying or downloading.</source>
        <comment>engines.recording-cut-short-in-file</comment>
        <translation>{name} está incompleto: debería durar {declared}, pero el archivo solo contiene {read}. Puede que no terminara de copiarse o descargarse.</translation>
    </message>
    <message>
        <source>{name} is not a recording Hearth can read: it is not audio or video, or it is damaged.</source>
        <comment>engines.recording-unreadable</comment>
        <translation>{name} no es una grabación que Hearth pueda leer: no es audio ni vídeo, o está dañado.</translation>
    </message>
    <message>
        <source>{name} is not a Whisper model: a faster-whisper model folder holds model.bin and config.json.</source>
        <comment>engines.speech-model-unusable</comment>
        <translation>{name} no es un modelo de Whisper: la carpeta de un modelo faster-whisper contiene model.bin y config.json.</translation>
    </message>
    <message>
        <source>The graphics card could not be used for {name}, so it runs on the processor instead.</source>
        <comment>engines.speech-on-processor</comment>
        <translation>No se pudo usar la tarjeta gráfica para {name}, así que se ejecuta en el procesador.</translation>
    </message>
    <message>
        <source>Reading the recording…</source>
        <comment>engines.reading-recording</comment>
        <translation>Leyendo la grabación…</translation>
    </message>
    <message>
        <source>Loading the speech model {name}…</source>
        <comment>engines.loading-speech-model</comment>
        <translation>Cargando el modelo de voz {name}…</translation>
    </message>
    <message>
        <source>Finding the speech and the language…</source>
        <comment>engines.finding-speech-language</comment>
        <translation>Buscando la voz y el idioma…</translation>
    </message>
    <message>
        <source>Finding the speech…</source>
        <comment>engines.finding-speech</comment>
        <translation>Buscando la voz…</translation>
    </message>
    <message>
        <source>No speech was found in this recording.</source>
        <comment>engines.no-speech</comment>
        <translation>No se encontró voz en esta grabación.</translation>
    </message>
    <message>
        <source>Whisper stopped with an error while transcribing {name}.</source>
        <comment>engines.transcription-failed</comment>
        <translation>Whisper se detuvo con un error al transcribir {name}.</translation>
    </message>
    <message>
        <source>Removed {count} repeated lines (Whisper was repeating itself).</source>
        <comment>engines.repeats-removed</comment>
        <translation>Se quitaron {count} líneas repetidas (Whisper se estaba repitiendo).</translation>
    </message>
    <message>
        <source>{name} understands English only.</source>
        <comment>engines.english-only</comment>
        <translation>{name} solo entiende inglés.</translation>
    </message>
    <message>
        <source>“{language}” is not a language Whisper knows; use a code such as en, fr, de or es.</source>
        <comment>engines.unknown-language</comment>
        <translation>«{language}» no es un idioma que Whisper conozca; usa un código como en, fr, de o es.</translation>
    </message>
    <message>
        <source>The speech model {name} could not be loaded; its files may be damaged or incomplete.</source>
        <comment>engines.speech-model-load-failed</comment>
        <translation>No se pudo cargar el modelo de voz {name}; sus archivos pueden estar dañados o incompletos.</translation>
    </message>
</context>
<context>
    <name>EvalChecks</name>
    <message>
        <source>Hearth does not run this check</source>
        <comment>evals.unsupported</comment>
        <translation>Hearth no ejecuta esta prueba</translation>
    </message>
    <message>
        <source>A check&apos;s weight must be a number, 0 or more (this “{type}” check has {weight}).</source>
        <comment>evals.bad-weight</comment>
        <translation>El peso de una prueba debe ser un número igual o mayor que 0 (esta prueba «{type}» tiene {weight}).</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check is not JSON ({error}).</source>
        <comment>evals.schema-not-json</comment>
        <translation>El esquema de esta prueba «{type}» no es JSON ({error}).</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check must be a JSON object.</source>
        <comment>evals.schema-not-object</comment>
        <translation>El esquema de esta prueba «{type}» debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check is not a valid JSON schema: {problem}.</source>
        <comment>evals.schema-invalid</comment>
        <translation>El esquema de esta prueba «{type}» no es un esquema JSON válido: {problem}.</translation>
    </message>
    <message>
        <source>The reply is not valid JSON ({error} at line {line}, column {column}).</source>
        <comment>evals.not-json</comment>
        <translation>La respuesta no es JSON válido ({error} en la línea {line}, columna {column}).</translation>
    </message>
    <message>
        <source>The reply is valid JSON.</source>
        <comment>evals.json</comment>
        <translation>La respuesta es JSON válido.</translation>
    </message>
    <message>
        <source>Valid JSON, but {problem}.</source>
        <comment>evals.json-not-schema</comment>
        <translation>JSON válido, pero {problem}.</translation>
    </message>
    <message>
        <source>The reply is valid JSON that matches the schema.</source>
        <comment>evals.json-schema</comment>
        <translation>La respuesta es JSON válido que cumple el esquema.</translation>
    </message>
    <message>
        <source>The reply contains no JSON object.</source>
        <comment>evals.no-json-object</comment>
        <translation>La respuesta no contiene ningún objeto JSON.</translation>
    </message>
    <message>
        <source>The reply contains a JSON object.</source>
        <comment>evals.json-object</comment>
        <translation>La respuesta contiene un objeto JSON.</translation>
    </message>
    <message>
        <source>The reply contains a JSON object that matches the schema.</source>
        <comment>evals.json-object-schema</comment>
        <translation>La respuesta contiene un objeto JSON que cumple el esquema.</translation>
    </message>
    <message>
        <source>The reply contains JSON, but {problem}.</source>
        <comment>evals.json-object-not-schema</comment>
        <translation>La respuesta contiene JSON, pero {problem}.</translation>
    </message>
    <message>
        <source>Hearth cannot use this check&apos;s schema ({error}).</source>
        <comment>evals.schema-unusable</comment>
        <translation>Hearth no puede usar el esquema de esta prueba ({error}).</translation>
    </message>
    <message>
        <source>{problem} (and 1 more problem)</source>
        <comment>evals.schema-one-more</comment>
        <translation>{problem} (y 1 problema más)</translation>
    </message>
    <message>
        <source>{problem} (and {more} more problems)</source>
        <comment>evals.schema-more</comment>
        <translation>{problem} (y {more} problemas más)</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>evals.type-string</comment>
        <translation>un texto</translation>
    </message>
    <message>
        <source>an integer</source>
        <comment>evals.type-integer</comment>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>evals.type-number</comment>
        <translation>un número</translation>
    </message>
    <message>
        <source>true or false</source>
        <comment>evals.type-boolean</comment>
        <translation>true o false</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>evals.type-object</comment>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <comment>evals.type-array</comment>
        <translation>una lista</translation>
    </message>
    <message>
        <source>null</source>
        <comment>evals.type-null</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>the JSON</source>
        <comment>evals.schema-the-json</comment>
        <translation>el JSON</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <comment>evals.schema-either</comment>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>{where} must be {kind}</source>
        <comment>evals.schema-type</comment>
        <translation>{where} debe ser {kind}</translation>
    </message>
    <message>
        <source>{names} is missing from {where}</source>
        <comment>evals.schema-required-one</comment>
        <translation>falta {names} en {where}</translation>
    </message>
    <message>
        <source>{names} are missing from {where}</source>
        <comment>evals.schema-required</comment>
        <translation>faltan {names} en {where}</translation>
    </message>
    <message>
        <source>{where} must be {values}</source>
        <comment>evals.schema-enum</comment>
        <translation>{where} debe ser {values}</translation>
    </message>
    <message>
        <source>{where} has {names}, which the schema does not allow</source>
        <comment>evals.schema-extra</comment>
        <translation>{where} tiene {names}, que el esquema no permite</translation>
    </message>
    <message>
        <source>{where} must be at least {bound}</source>
        <comment>evals.schema-minimum</comment>
        <translation>{where} debe ser como mínimo {bound}</translation>
    </message>
    <message>
        <source>{where} must be at most {bound}</source>
        <comment>evals.schema-maximum</comment>
        <translation>{where} debe ser como máximo {bound}</translation>
    </message>
    <message>
        <source>{where} must be more than {bound}</source>
        <comment>evals.schema-more-than</comment>
        <translation>{where} debe ser mayor que {bound}</translation>
    </message>
    <message>
        <source>{where} must be less than {bound}</source>
        <comment>evals.schema-less-than</comment>
        <translation>{where} debe ser menor que {bound}</translation>
    </message>
    <message>
        <source>{where} must match the pattern {pattern}</source>
        <comment>evals.schema-pattern</comment>
        <translation>{where} debe coincidir con el patrón {pattern}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <comment>evals.schema-other</comment>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{where} has {count} item, where at least {bound} are asked for</source>
        <comment>evals.min-item</comment>
        <translation>{where} tiene {count} elemento, y se piden al menos {bound}</translation>
    </message>
    <message>
        <source>{where} has {count} items, where at least {bound} are asked for</source>
        <comment>evals.min-items</comment>
        <translation>{where} tiene {count} elementos, y se piden al menos {bound}</translation>
    </message>
    <message>
        <source>{where} has {count} item, where at most {bound} are asked for</source>
        <comment>evals.max-item</comment>
        <translation>{where} tiene {count} elemento, y se piden como máximo {bound}</translation>
    </message>
    <message>
        <source>{where} has {count} items, where at most {bound} are asked for</source>
        <comment>evals.max-items</comment>
        <translation>{where} tiene {count} elementos, y se piden como máximo {bound}</translation>
    </message>
    <message>
        <source>This “{type}” check needs {what} as its value.</source>
        <comment>evals.needs-number</comment>
        <translation>Esta prueba «{type}» necesita {what} como valor.</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>evals.a-number</comment>
        <translation>un número</translation>
    </message>
    <message>
        <source>a time limit in milliseconds</source>
        <comment>evals.a-time-limit</comment>
        <translation>un tiempo límite en milisegundos</translation>
    </message>
    <message>
        <source>a number of words</source>
        <comment>evals.a-number-of-words</comment>
        <translation>un número de palabras</translation>
    </message>
    <message>
        <source>a speed in tokens/s</source>
        <comment>evals.a-speed</comment>
        <translation>una velocidad en tokens/s</translation>
    </message>
    <message>
        <source>This “word-count” check needs “min”, “max” or both.</source>
        <comment>evals.word-count-bounds</comment>
        <translation>Esta prueba «word-count» necesita «min», «max» o ambos.</translation>
    </message>
    <message>
        <source>This “word-count” check&apos;s minimum ({low}) is more than its maximum ({high}).</source>
        <comment>evals.word-count-crossed</comment>
        <translation>El mínimo de esta prueba «word-count» ({low}) es mayor que su máximo ({high}).</translation>
    </message>
    <message>
        <source>This “finish-reason” check takes one of {reasons}.</source>
        <comment>evals.bad-finish-reason</comment>
        <translation>Esta prueba «finish-reason» admite uno de estos valores: {reasons}.</translation>
    </message>
    <message>
        <source>The reply took {took}, within the {limit} allowed.</source>
        <comment>evals.latency</comment>
        <translation>La respuesta tardó {took}, dentro de los {limit} permitidos.</translation>
    </message>
    <message>
        <source>The reply took {took}, over the {limit} allowed.</source>
        <comment>evals.latency-over</comment>
        <translation>La respuesta tardó {took}, más de los {limit} permitidos.</translation>
    </message>
    <message>
        <source>{count} word</source>
        <comment>evals.one-word</comment>
        <translation>{count} palabra</translation>
    </message>
    <message>
        <source>{count} words</source>
        <comment>evals.words</comment>
        <translation>{count} palabras</translation>
    </message>
    <message>
        <source>The reply has {words}.</source>
        <comment>evals.word-count</comment>
        <translation>La respuesta tiene {words}.</translation>
    </message>
    <message>
        <source>The reply has {words}, not {wanted}.</source>
        <comment>evals.word-count-not</comment>
        <translation>La respuesta tiene {words}, no {wanted}.</translation>
    </message>
    <message>
        <source>The reply has {words}, fewer than the {low} asked for.</source>
        <comment>evals.word-count-fewer</comment>
        <translation>La respuesta tiene {words}, menos de las {low} pedidas.</translation>
    </message>
    <message>
        <source>The reply has {words}, more than the {high} allowed.</source>
        <comment>evals.word-count-more</comment>
        <translation>La respuesta tiene {words}, más de las {high} permitidas.</translation>
    </message>
    <message>
        <source>The reply has {words} (at least {low} and at most {high} asked for).</source>
        <comment>evals.words-between</comment>
        <translation>La respuesta tiene {words} (se piden al menos {low} y como máximo {high}).</translation>
    </message>
    <message>
        <source>The reply has {words} (at least {low} asked for).</source>
        <comment>evals.words-at-least</comment>
        <translation>La respuesta tiene {words} (se piden al menos {low}).</translation>
    </message>
    <message>
        <source>The reply has {words} (at most {high} asked for).</source>
        <comment>evals.words-at-most</comment>
        <translation>La respuesta tiene {words} (se piden como máximo {high}).</translation>
    </message>
    <message>
        <source>The reply came at {speed} tokens/s, at least the {limit} asked for.</source>
        <comment>evals.speed</comment>
        <translation>La respuesta llegó a {speed} tokens/s, al menos los {limit} pedidos.</translation>
    </message>
    <message>
        <source>The reply came at {speed} tokens/s, slower than the {limit} asked for.</source>
        <comment>evals.speed-slow</comment>
        <translation>La respuesta llegó a {speed} tokens/s, más despacio que los {limit} pedidos.</translation>
    </message>
    <message>
        <source>The reply ended with {reason}.</source>
        <comment>evals.finish-reason</comment>
        <translation>La respuesta terminó con {reason}.</translation>
    </message>
    <message>
        <source>The reply ended with {reason}, not {expected}.</source>
        <comment>evals.finish-reason-not</comment>
        <translation>La respuesta terminó con {reason}, no con {expected}.</translation>
    </message>
    <message>
        <source>Choose an embedding model to run “{type}” checks.</source>
        <comment>evals.needs-embedder</comment>
        <translation>Elige un modelo de incrustación para ejecutar las pruebas «{type}».</translation>
    </message>
    <message>
        <source>Choose a judge model to run “{type}” checks.</source>
        <comment>evals.needs-judge</comment>
        <translation>Elige un modelo juez para ejecutar las pruebas «{type}».</translation>
    </message>
    <message>
        <source>This “{type}” check needs the expected answer, or a list of them.</source>
        <comment>evals.similar-needs</comment>
        <translation>Esta prueba «{type}» necesita la respuesta esperada, o una lista de ellas.</translation>
    </message>
    <message>
        <source>This “{type}” check&apos;s threshold must be a similarity from -1 to 1.</source>
        <comment>evals.similar-threshold</comment>
        <translation>El umbral de esta prueba «{type}» debe ser una similitud de -1 a 1.</translation>
    </message>
    <message>
        <source>The embedding model did not give one vector per text.</source>
        <comment>evals.embedder-miscounted</comment>
        <translation>El modelo de incrustación no devolvió un vector por cada texto.</translation>
    </message>
    <message>
        <source>the closest expected answer, {answer}</source>
        <comment>evals.closest-answer</comment>
        <translation>la respuesta esperada más cercana, {answer}</translation>
    </message>
    <message>
        <source>The reply&apos;s similarity to {against} is {similarity}, at least the {threshold} asked for.</source>
        <comment>evals.similar</comment>
        <translation>La similitud de la respuesta con {against} es {similarity}, al menos el {threshold} pedido.</translation>
    </message>
    <message>
        <source>The reply&apos;s similarity to {against} is {similarity}, below the {threshold} asked for.</source>
        <comment>evals.not-similar</comment>
        <translation>La similitud de la respuesta con {against} es {similarity}, por debajo del {threshold} pedido.</translation>
    </message>
    <message>
        <source>This “{type}” check needs a rubric: what a good reply does, in a sentence.</source>
        <comment>evals.rubric-needed</comment>
        <translation>Esta prueba «{type}» necesita una rúbrica: lo que hace una buena respuesta, en una frase.</translation>
    </message>
    <message>
        <source>“nothing”</source>
        <comment>evals.judge-said-nothing</comment>
        <translation>«nada»</translation>
    </message>
    <message>
        <source>The judge model did not answer with a verdict (JSON with “reason”, “pass” and “score”), so this check cannot tell: it answered {answer}.</source>
        <comment>evals.judge-no-verdict</comment>
        <translation>El modelo juez no respondió con un veredicto (JSON con «reason», «pass» y «score»), así que esta prueba no puede decidir: respondió {answer}.</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <comment>evals.judge-no-reason</comment>
        <translation>no dio ningún motivo</translation>
    </message>
    <message>
        <source>The judge model says the reply meets the rubric {rubric} (score {score}): {why}; the score is below the {threshold} asked for.</source>
        <comment>evals.rubric-met-below</comment>
        <translation>Según el modelo juez, la respuesta cumple la rúbrica {rubric} (puntuación {score}): {why}; la puntuación está por debajo del {threshold} pedido.</translation>
    </message>
    <message>
        <source>The judge model says the reply meets the rubric {rubric} (score {score}): {why}.</source>
        <comment>evals.rubric-met</comment>
        <translation>Según el modelo juez, la respuesta cumple la rúbrica {rubric} (puntuación {score}): {why}.</translation>
    </message>
    <message>
        <source>The judge model says the reply does not meet the rubric {rubric} (score {score}): {why}; the score is below the {threshold} asked for.</source>
        <comment>evals.rubric-not-met-below</comment>
        <translation>Según el modelo juez, la respuesta no cumple la rúbrica {rubric} (puntuación {score}): {why}; la puntuación está por debajo del {threshold} pedido.</translation>
    </message>
    <message>
        <source>The judge model says the reply does not meet the rubric {rubric} (score {score}): {why}.</source>
        <comment>evals.rubric-not-met</comment>
        <translation>Según el modelo juez, la respuesta no cumple la rúbrica {rubric} (puntuación {score}): {why}.</translation>
    </message>
    <message>
        <source>This “{type}” check needs some text to look for.</source>
        <comment>evals.needs-text</comment>
        <translation>Esta prueba «{type}» necesita un texto que buscar.</translation>
    </message>
    <message>
        <source>This “{type}” check needs a list of texts to look for.</source>
        <comment>evals.needs-texts</comment>
        <translation>Esta prueba «{type}» necesita una lista de textos que buscar.</translation>
    </message>
    <message>
        <source>The pattern {pattern} is not a regular expression Hearth can read ({error}).</source>
        <comment>evals.bad-pattern</comment>
        <translation>El patrón {pattern} no es una expresión regular que Hearth pueda leer ({error}).</translation>
    </message>
    <message>
        <source>The reply is not JSON, so it is not {expected}.</source>
        <comment>evals.equals-not-json</comment>
        <translation>La respuesta no es JSON, así que no es {expected}.</translation>
    </message>
    <message>
        <source>The reply is the JSON {expected}.</source>
        <comment>evals.equals-json</comment>
        <translation>La respuesta es el JSON {expected}.</translation>
    </message>
    <message>
        <source>The reply is not the JSON {expected}.</source>
        <comment>evals.equals-not-the-json</comment>
        <translation>La respuesta no es el JSON {expected}.</translation>
    </message>
    <message>
        <source>The reply is exactly {expected}.</source>
        <comment>evals.equals</comment>
        <translation>La respuesta es exactamente {expected}.</translation>
    </message>
    <message>
        <source>The reply is not exactly {expected}: it is {reply}.</source>
        <comment>evals.not-equals</comment>
        <translation>La respuesta no es exactamente {expected}: es {reply}.</translation>
    </message>
    <message>
        <source>The reply contains {value} (ignoring case).</source>
        <comment>evals.icontains</comment>
        <translation>La respuesta contiene {value} (sin distinguir mayúsculas).</translation>
    </message>
    <message>
        <source>The reply contains {value}.</source>
        <comment>evals.contains</comment>
        <translation>La respuesta contiene {value}.</translation>
    </message>
    <message>
        <source>The reply does not contain {value} (ignoring case).</source>
        <comment>evals.not-icontains</comment>
        <translation>La respuesta no contiene {value} (sin distinguir mayúsculas).</translation>
    </message>
    <message>
        <source>The reply does not contain {value}.</source>
        <comment>evals.not-contains</comment>
        <translation>La respuesta no contiene {value}.</translation>
    </message>
    <message>
        <source>The reply contains none of {values} (ignoring case).</source>
        <comment>evals.icontains-none</comment>
        <translation>La respuesta no contiene ninguno de estos textos: {values} (sin distinguir mayúsculas).</translation>
    </message>
    <message>
        <source>The reply contains none of {values}.</source>
        <comment>evals.contains-none</comment>
        <translation>La respuesta no contiene ninguno de estos textos: {values}.</translation>
    </message>
    <message>
        <source>The reply contains all of {values} (ignoring case).</source>
        <comment>evals.icontains-all</comment>
        <translation>La respuesta contiene todos estos textos: {values} (sin distinguir mayúsculas).</translation>
    </message>
    <message>
        <source>The reply contains all of {values}.</source>
        <comment>evals.contains-all</comment>
        <translation>La respuesta contiene todos estos textos: {values}.</translation>
    </message>
    <message>
        <source>The reply starts with {value}.</source>
        <comment>evals.starts-with</comment>
        <translation>La respuesta empieza por {value}.</translation>
    </message>
    <message>
        <source>The reply does not start with {value}: it starts with {start}.</source>
        <comment>evals.not-starts-with</comment>
        <translation>La respuesta no empieza por {value}: empieza por {start}.</translation>
    </message>
    <message>
        <source>The reply ends with {value}.</source>
        <comment>evals.ends-with</comment>
        <translation>La respuesta termina en {value}.</translation>
    </message>
    <message>
        <source>The reply does not end with {value}.</source>
        <comment>evals.not-ends-with</comment>
        <translation>La respuesta no termina en {value}.</translation>
    </message>
    <message>
        <source>The reply matches the pattern {pattern}.</source>
        <comment>evals.matches</comment>
        <translation>La respuesta coincide con el patrón {pattern}.</translation>
    </message>
    <message>
        <source>The reply does not match the pattern {pattern}.</source>
        <comment>evals.not-matches</comment>
        <translation>La respuesta no coincide con el patrón {pattern}.</translation>
    </message>
    <message>
        <source>This “language” check takes a language&apos;s name or two-letter code: one of {languages}.</source>
        <comment>evals.bad-language</comment>
        <translation>Esta prueba «language» admite el nombre de un idioma o su código de dos letras: uno de {languages}.</translation>
    </message>
    <message>
        <source>Hearth cannot tell which language the reply is in.</source>
        <comment>evals.language-unknown</comment>
        <translation>Hearth no sabe en qué idioma está la respuesta.</translation>
    </message>
    <message>
        <source>The reply is in {language}.</source>
        <comment>evals.language</comment>
        <translation>La respuesta está en {language}.</translation>
    </message>
    <message>
        <source>The reply seems to be in {found}, not {language}.</source>
        <comment>evals.not-language</comment>
        <translation>La respuesta parece estar en {found}, no en {language}.</translation>
    </message>
    <message>
        <source>This “tool-call” check&apos;s arguments must be an object of names and values.</source>
        <comment>evals.tool-call-bad-arguments</comment>
        <translation>Los argumentos de esta prueba «tool-call» deben ser un objeto de nombres y valores.</translation>
    </message>
    <message>
        <source>This “tool-call” check needs a tool&apos;s name, or {{“name”, “arguments”}}.</source>
        <comment>evals.tool-call-needs-name</comment>
        <translation>Esta prueba «tool-call» necesita el nombre de una herramienta, o {{“name”, “arguments”}}.</translation>
    </message>
    <message>
        <source>The reply calls no tool.</source>
        <comment>evals.no-tool-call</comment>
        <translation>La respuesta no llama a ninguna herramienta.</translation>
    </message>
    <message>
        <source>The reply calls {called}, not {tool}.</source>
        <comment>evals.other-tool-call</comment>
        <translation>La respuesta llama a {called}, no a {tool}.</translation>
    </message>
    <message>
        <source>The reply calls {tool}.</source>
        <comment>evals.tool-call</comment>
        <translation>La respuesta llama a {tool}.</translation>
    </message>
    <message>
        <source>The reply calls {tool} with {arguments}.</source>
        <comment>evals.tool-call-arguments</comment>
        <translation>La respuesta llama a {tool} con {arguments}.</translation>
    </message>
    <message>
        <source>The reply calls {tool}, but {problem}.</source>
        <comment>evals.tool-call-problem</comment>
        <translation>La respuesta llama a {tool}, pero {problem}.</translation>
    </message>
    <message>
        <source>The reply calls {tool}, which this case does not offer.</source>
        <comment>evals.tool-not-offered</comment>
        <translation>La respuesta llama a {tool}, que este caso no ofrece.</translation>
    </message>
    <message>
        <source>Every tool call in the reply ({tools}) is valid.</source>
        <comment>evals.tool-calls-valid</comment>
        <translation>Todas las llamadas a herramientas de la respuesta ({tools}) son válidas.</translation>
    </message>
    <message>
        <source>{name} is not an object</source>
        <comment>evals.argument-not-object</comment>
        <translation>{name} no es un objeto</translation>
    </message>
    <message>
        <source>its arguments is not an object</source>
        <comment>evals.arguments-not-object</comment>
        <translation>sus argumentos no son un objeto</translation>
    </message>
    <message>
        <source>its arguments have no {name}</source>
        <comment>evals.argument-missing</comment>
        <translation>sus argumentos no tienen {name}</translation>
    </message>
    <message>
        <source>its {name} is {actual}, not {expected}</source>
        <comment>evals.argument-differs</comment>
        <translation>su {name} es {actual}, no {expected}</translation>
    </message>
</context>
<context>
    <name>Evals</name>
    <message>
        <source>Hearth cannot read {name} as a model file.</source>
        <comment>evals.embedder-unreadable</comment>
        <translation>Hearth no puede leer {name} como archivo de modelo.</translation>
    </message>
    <message>
        <source>{name} is a chat model, not an embedding model, so it cannot compare answers for “similar” checks. Choose an embedding model of your library (such as all-MiniLM or nomic-embed-text).</source>
        <comment>evals.embedder-is-chat-model</comment>
        <translation>{name} es un modelo de chat, no un modelo de incrustación, así que no puede comparar respuestas para las pruebas «similar». Elige un modelo de incrustación de tu biblioteca (como all-MiniLM o nomic-embed-text).</translation>
    </message>
    <message>
        <source>the suite “{name}”</source>
        <comment>evals.the-named-suite</comment>
        <translation>la batería «{name}»</translation>
    </message>
    <message>
        <source>Hearth could not save the suite “{name}” in {folder}.</source>
        <comment>evals.suite-not-saved</comment>
        <translation>Hearth no pudo guardar la batería «{name}» en {folder}.</translation>
    </message>
    <message>
        <source>There is already a suite named “{name}”: choose another name.</source>
        <comment>evals.suite-name-taken</comment>
        <translation>Ya hay una batería llamada «{name}»: elige otro nombre.</translation>
    </message>
    <message>
        <source>Hearth could not rename the suite “{name}”.</source>
        <comment>evals.suite-not-renamed</comment>
        <translation>Hearth no pudo cambiar el nombre de la batería «{name}».</translation>
    </message>
    <message>
        <source>Hearth could not delete the suite “{name}”.</source>
        <comment>evals.suite-not-deleted</comment>
        <translation>Hearth no pudo eliminar la batería «{name}».</translation>
    </message>
    <message>
        <source>an assertion should be a type with its value, and one is not</source>
        <comment>evals.promptfoo-bad-assertion</comment>
        <translation>una aserción debería ser un tipo con su valor, y una no lo es</translation>
    </message>
    <message>
        <source>the assertion {ref} names no assertion template</source>
        <comment>evals.promptfoo-no-template</comment>
        <translation>la aserción {ref} no nombra ninguna plantilla de aserción</translation>
    </message>
    <message>
        <source>an assertion has no type</source>
        <comment>evals.promptfoo-no-type</comment>
        <translation>una aserción no tiene tipo</translation>
    </message>
    <message>
        <source>the {what} of a {type} assertion should be a number, and it is {value}</source>
        <comment>evals.promptfoo-assertion-not-number</comment>
        <translation>el {what} de una aserción {type} debería ser un número, y es {value}</translation>
    </message>
    <message>
        <source>Hearth cannot read {name} as a promptfoo configuration: {problem}</source>
        <comment>evals.promptfoo-unreadable</comment>
        <translation>Hearth no puede leer {name} como configuración de promptfoo: {problem}</translation>
    </message>
    <message>
        <source>Hearth could not save {path}. Choose another folder, or free some disk space.</source>
        <comment>evals.promptfoo-not-saved</comment>
        <translation>Hearth no pudo guardar {path}. Elige otra carpeta o libera espacio en el disco.</translation>
    </message>
    <message>
        <source>the file cannot be opened.</source>
        <comment>evals.promptfoo-not-opened</comment>
        <translation>no se puede abrir el archivo.</translation>
    </message>
    <message>
        <source>it is not valid YAML (see the details for where).</source>
        <comment>evals.promptfoo-not-yaml</comment>
        <translation>no es YAML válido (consulta los detalles para ver dónde).</translation>
    </message>
    <message>
        <source>it should hold settings such as &apos;prompts&apos; and &apos;tests&apos;, and it does not.</source>
        <comment>evals.promptfoo-not-settings</comment>
        <translation>debería contener ajustes como «prompts» y «tests», y no los contiene.</translation>
    </message>
    <message>
        <source>its &apos;assertionTemplates&apos; should be named assertions, and they are not.</source>
        <comment>evals.promptfoo-bad-templates</comment>
        <translation>su «assertionTemplates» debería contener aserciones con nombre, y no es así.</translation>
    </message>
    <message>
        <source>the threshold of defaultTest</source>
        <comment>evals.promptfoo-default-threshold</comment>
        <translation>el umbral de defaultTest</translation>
    </message>
    <message>
        <source>test {number} of {file}</source>
        <comment>evals.promptfoo-test-of-file</comment>
        <translation>el test {number} de {file}</translation>
    </message>
    <message>
        <source>test {number}</source>
        <comment>evals.promptfoo-test</comment>
        <translation>el test {number}</translation>
    </message>
    <message>
        <source>the test &apos;{name}&apos;</source>
        <comment>evals.promptfoo-named-test</comment>
        <translation>el test «{name}»</translation>
    </message>
    <message>
        <source>it has no &apos;prompts&apos;, so there is nothing to ask the models.</source>
        <comment>evals.promptfoo-no-prompts</comment>
        <translation>no tiene «prompts», así que no hay nada que preguntar a los modelos.</translation>
    </message>
    <message>
        <source>its &apos;prompts&apos; should be a prompt or a list of prompts, and they are not.</source>
        <comment>evals.promptfoo-bad-prompts</comment>
        <translation>su «prompts» debería ser un prompt o una lista de prompts, y no lo es.</translation>
    </message>
    <message>
        <source>its &apos;prompts&apos; list is empty, so there is nothing to ask the models.</source>
        <comment>evals.promptfoo-empty-prompts</comment>
        <translation>su lista «prompts» está vacía, así que no hay nada que preguntar a los modelos.</translation>
    </message>
    <message>
        <source>prompt {number} is neither text, a file:// reference, nor a prompt with &apos;raw&apos; text.</source>
        <comment>evals.promptfoo-bad-prompt</comment>
        <translation>el prompt {number} no es ni texto, ni una referencia file://, ni un prompt con texto «raw».</translation>
    </message>
    <message>
        <source>Hearth reads prompts from .txt, .md, .j2 and .json files, and {file} is not one.</source>
        <comment>evals.promptfoo-prompt-file-kind</comment>
        <translation>Hearth lee prompts de archivos .txt, .md, .j2 y .json, y {file} no es ninguno de ellos.</translation>
    </message>
    <message>
        <source>its &apos;defaultTest&apos; should be a test (vars, assert, …), and it is not.</source>
        <comment>evals.promptfoo-bad-default-test</comment>
        <translation>su «defaultTest» debería ser un test (vars, assert, …), y no lo es.</translation>
    </message>
    <message>
        <source>its &apos;tests&apos; should be a list of tests or a file:// reference, and they are not.</source>
        <comment>evals.promptfoo-bad-tests</comment>
        <translation>su «tests» debería ser una lista de tests o una referencia file://, y no lo es.</translation>
    </message>
    <message>
        <source>Hearth reads tests written in the file or in files it names (file://…), not {item}.</source>
        <comment>evals.promptfoo-tests-elsewhere</comment>
        <translation>Hearth lee tests escritos en el archivo o en archivos que este nombra (file://…), no {item}.</translation>
    </message>
    <message>
        <source>an item of its &apos;tests&apos; is neither a test nor a file:// reference.</source>
        <comment>evals.promptfoo-bad-tests-item</comment>
        <translation>un elemento de su «tests» no es ni un test ni una referencia file://.</translation>
    </message>
    <message>
        <source>Hearth reads tests from .csv, .yaml, .yml, .json and .jsonl files, and {file} is not one.</source>
        <comment>evals.promptfoo-tests-file-kind</comment>
        <translation>Hearth lee tests de archivos .csv, .yaml, .yml, .json y .jsonl, y {file} no es ninguno de ellos.</translation>
    </message>
    <message>
        <source>{file} is not JSON Lines.</source>
        <comment>evals.promptfoo-not-jsonl</comment>
        <translation>{file} no es JSON Lines.</translation>
    </message>
    <message>
        <source>{file} should hold a list of tests, and it does not.</source>
        <comment>evals.promptfoo-not-tests</comment>
        <translation>{file} debería contener una lista de tests, y no la contiene.</translation>
    </message>
    <message>
        <source>the &apos;options&apos; of {where} are not settings.</source>
        <comment>evals.promptfoo-bad-options</comment>
        <translation>las «options» de {where} no son ajustes.</translation>
    </message>
    <message>
        <source>the threshold of {where}</source>
        <comment>evals.promptfoo-threshold-of</comment>
        <translation>el umbral de {where}</translation>
    </message>
    <message>
        <source>the &apos;prompts&apos; of {where} should be a list of prompt labels, and they are not.</source>
        <comment>evals.promptfoo-bad-test-prompts</comment>
        <translation>los «prompts» de {where} deberían ser una lista de etiquetas de prompts, y no lo son.</translation>
    </message>
    <message>
        <source>the &apos;vars&apos; of {where} should be names with values, and they are not.</source>
        <comment>evals.promptfoo-bad-vars</comment>
        <translation>las «vars» de {where} deberían ser nombres con valores, y no lo son.</translation>
    </message>
    <message>
        <source>the &apos;assert&apos; of {where} should be a list of assertions, and it is not.</source>
        <comment>evals.promptfoo-bad-assert</comment>
        <translation>el «assert» de {where} debería ser una lista de aserciones, y no lo es.</translation>
    </message>
    <message>
        <source>{problem} (in {where}).</source>
        <comment>evals.promptfoo-in-test</comment>
        <translation>{problem} (en {where}).</translation>
    </message>
    <message>
        <source>{what} should be a number, and it is {value}.</source>
        <comment>evals.promptfoo-not-number</comment>
        <translation>{what} debería ser un número, y es {value}.</translation>
    </message>
    <message>
        <source>its {what} {file} is made by code or a pattern of files, which Hearth does not run.</source>
        <comment>evals.promptfoo-code-file</comment>
        <translation>su {what} {file} se genera con código o con un patrón de archivos, algo que Hearth no ejecuta.</translation>
    </message>
    <message>
        <source>the file it names, {file}, cannot be read.</source>
        <comment>evals.promptfoo-file-unreadable</comment>
        <translation>no se puede leer el archivo que nombra, {file}.</translation>
    </message>
    <message>
        <source>its {what} &apos;{file}&apos; is neither written out nor a file:// reference.</source>
        <comment>evals.promptfoo-not-written-out</comment>
        <translation>su {what} «{file}» no está escrito directamente ni es una referencia file://.</translation>
    </message>
    <message>
        <source>{file} is not valid YAML or JSON.</source>
        <comment>evals.promptfoo-file-not-yaml</comment>
        <translation>{file} no es YAML ni JSON válido.</translation>
    </message>
    <message>
        <source>another model file</source>
        <comment>evals.differs-file</comment>
        <translation>otro archivo de modelo</translation>
    </message>
    <message>
        <source>another file name</source>
        <comment>evals.differs-file-name</comment>
        <translation>otro nombre de archivo</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>evals.unknown-quantization</comment>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>quantization {before}, not {after}</source>
        <comment>evals.differs-quantization</comment>
        <translation>cuantización {before}, no {after}</translation>
    </message>
    <message>
        <source>a context of {before} tokens, not {after}</source>
        <comment>evals.differs-context</comment>
        <translation>un contexto de {before} tokens, no {after}</translation>
    </message>
    <message>
        <source>{setting} {before}, not {after}</source>
        <comment>evals.differs-sampler</comment>
        <translation>{setting} {before}, no {after}</translation>
    </message>
    <message>
        <source>seeds {before}, not {after}</source>
        <comment>evals.differs-seeds</comment>
        <translation>semillas {before}, no {after}</translation>
    </message>
    <message>
        <source>Hearth {before}, not {after}</source>
        <comment>evals.differs-version</comment>
        <translation>Hearth {before}, no {after}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-seeds</comment>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>evals.column-model</comment>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <comment>evals.column-pass-rate</comment>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>evals.column-passed</comment>
        <translation>Pasan</translation>
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
        <translation>Esquema válido con la gramática de Hearth</translation>
    </message>
    <message>
        <source>Tool arguments valid</source>
        <comment>evals.column-tool-arguments-valid</comment>
        <translation>Argumentos de herramienta válidos</translation>
    </message>
    <message>
        <source>Cut by the length limit</source>
        <comment>evals.column-length-cut</comment>
        <translation>Cortadas por longitud</translation>
    </message>
    <message>
        <source>Pass-rate spread</source>
        <comment>evals.column-spread</comment>
        <translation>Dispersión del éxito</translation>
    </message>
    <message>
        <source>Flaky cases</source>
        <comment>evals.column-flaky</comment>
        <translation>Casos inestables</translation>
    </message>
    <message>
        <source>First token</source>
        <comment>evals.column-first-token</comment>
        <translation>Primer token</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <comment>evals.column-speed</comment>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Memory</source>
        <comment>evals.column-memory</comment>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Verdict</source>
        <comment>evals.column-verdict</comment>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Licence</source>
        <comment>evals.column-licence</comment>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>evals.seconds</comment>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-flaky-cases</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{points} points</source>
        <comment>evals.spread-points</comment>
        <translation>{points} puntos</translation>
    </message>
    <message>
        <source>the earlier run {run} of this suite ran {model} with {differences}, so its results are not comparable with these.</source>
        <comment>evals.not-comparable</comment>
        <translation>la ejecución anterior {run} de esta batería ejecutó {model} con {differences}, así que sus resultados no son comparables con estos.</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <comment>evals.list-more</comment>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>That evaluation run is gone.</source>
        <comment>evals.run-gone</comment>
        <translation>Esa ejecución de evaluación ya no existe.</translation>
    </message>
    <message>
        <source>That reply of the evaluation run is gone.</source>
        <comment>evals.reply-gone</comment>
        <translation>Esa respuesta de la ejecución de evaluación ya no existe.</translation>
    </message>
    <message>
        <source>Hearth cannot read the suite {path}.</source>
        <comment>evals.suite-unreadable</comment>
        <translation>Hearth no puede leer la batería {path}.</translation>
    </message>
    <message>
        <source>the suite</source>
        <comment>evals.the-suite</comment>
        <translation>la batería</translation>
    </message>
    <message>
        <source>Line {number} of {where} is not JSON: {error} at column {column}. Each line must be one case, a JSON object on one line.</source>
        <comment>evals.line-not-json</comment>
        <translation>La línea {number} de {where} no es JSON: {error} en la columna {column}. Cada línea debe ser un caso, un objeto JSON en una sola línea.</translation>
    </message>
    <message>
        <source>Line {number} of {where}: {problem}</source>
        <comment>evals.line-problem</comment>
        <translation>Línea {number} de {where}: {problem}</translation>
    </message>
    <message>
        <source>There are no cases in {where}: write one JSON object a line, with at least a “prompt”.</source>
        <comment>evals.no-cases</comment>
        <translation>No hay casos en {where}: escribe un objeto JSON por línea, con al menos un «prompt».</translation>
    </message>
    <message>
        <source>a case must be a JSON object such as {{“prompt”: “…”, “checks”: […]}}.</source>
        <comment>evals.case-not-object</comment>
        <translation>un caso debe ser un objeto JSON como {{“prompt”: “…”, “checks”: […]}}.</translation>
    </message>
    <message>
        <source>{names} is not part of a case; a case may have {allowed}.</source>
        <comment>evals.unknown-key</comment>
        <translation>{names} no forma parte de un caso; un caso puede tener {allowed}.</translation>
    </message>
    <message>
        <source>{names} are not part of a case; a case may have {allowed}.</source>
        <comment>evals.unknown-keys</comment>
        <translation>{names} no forman parte de un caso; un caso puede tener {allowed}.</translation>
    </message>
    <message>
        <source>{problem} Write promptfoo&apos;s “assert” as “checks”.</source>
        <comment>evals.assert-hint</comment>
        <translation>{problem} Escribe el «assert» de promptfoo como «checks».</translation>
    </message>
    <message>
        <source>the case has no “prompt” (the text to ask each model).</source>
        <comment>evals.no-prompt</comment>
        <translation>el caso no tiene «prompt» (el texto que se pregunta a cada modelo).</translation>
    </message>
    <message>
        <source>“vars” must be an object of names and values, such as {{“city”: “Paris”}}.</source>
        <comment>evals.bad-vars</comment>
        <translation>«vars» debe ser un objeto de nombres y valores, como {{“city”: “Paris”}}.</translation>
    </message>
    <message>
        <source>“checks” must be a list of checks, such as [{{“type”: “contains”, “value”: “Paris”}}].</source>
        <comment>evals.bad-checks</comment>
        <translation>«checks» debe ser una lista de pruebas, como [{{“type”: “contains”, “value”: “Paris”}}].</translation>
    </message>
    <message>
        <source>“description” must be text.</source>
        <comment>evals.bad-description</comment>
        <translation>«description» debe ser texto.</translation>
    </message>
    <message>
        <source>“tools” must be a list of OpenAI tools, each {{“type”: “function”, “function”: {{“name”, …}}}}.</source>
        <comment>evals.bad-tools</comment>
        <translation>«tools» debe ser una lista de herramientas de OpenAI, cada una {{“type”: “function”, “function”: {{“name”, …}}}}.</translation>
    </message>
    <message>
        <source>the case&apos;s “threshold”</source>
        <comment>evals.case-threshold</comment>
        <translation>el «threshold» del caso</translation>
    </message>
    <message>
        <source>the prompt asks for the variable “{name}”, but this case does not give it. Add a “{column}” column or var (this case gives: {given}).</source>
        <comment>evals.case-missing-variable</comment>
        <translation>el prompt pide la variable «{name}», pero este caso no la da. Añade una columna o var «{column}» (este caso da: {given}).</translation>
    </message>
    <message>
        <source>check {index} needs a “type”, such as {{“type”: “icontains”, “value”: “Paris”}}.</source>
        <comment>evals.check-no-type</comment>
        <translation>la prueba {index} necesita un «type», como {{“type”: “icontains”, “value”: “Paris”}}.</translation>
    </message>
    <message>
        <source>check {index}&apos;s “weight” must be a number, 0 or more (0: shown, never counted).</source>
        <comment>evals.check-bad-weight</comment>
        <translation>el «weight» de la prueba {index} debe ser un número igual o mayor que 0 (0: se muestra, nunca cuenta).</translation>
    </message>
    <message>
        <source>check {index}&apos;s “threshold” must be a number.</source>
        <comment>evals.check-bad-threshold</comment>
        <translation>el «threshold» de la prueba {index} debe ser un número.</translation>
    </message>
    <message>
        <source>check {index} ({type}): {problem}</source>
        <comment>evals.check-problem</comment>
        <translation>prueba {index} ({type}): {problem}</translation>
    </message>
    <message>
        <source>Hearth cannot read the table {path}.</source>
        <comment>evals.table-unreadable</comment>
        <translation>Hearth no puede leer la tabla {path}.</translation>
    </message>
    <message>
        <source>The table {path} is empty: its first row must name the variables, one a column.</source>
        <comment>evals.table-empty</comment>
        <translation>La tabla {path} está vacía: su primera fila debe nombrar las variables, una por columna.</translation>
    </message>
    <message>
        <source>The first row of {path} must name each column once (it reads: {header}).</source>
        <comment>evals.table-header</comment>
        <translation>La primera fila de {path} debe nombrar cada columna una sola vez (dice: {header}).</translation>
    </message>
    <message>
        <source>Line {number} of {path} has {cells} cells, but the first row names {columns} columns. Put quotes around a value that holds a comma.</source>
        <comment>evals.table-row-too-long</comment>
        <translation>La línea {number} de {path} tiene {cells} celdas, pero la primera fila nombra {columns} columnas. Pon entre comillas los valores que contengan una coma.</translation>
    </message>
    <message>
        <source>Write the prompt first: the table&apos;s rows fill its {{{{variables}}}}.</source>
        <comment>evals.table-no-prompt</comment>
        <translation>Escribe primero el prompt: las filas de la tabla rellenan sus {{{{variables}}}}.</translation>
    </message>
    <message>
        <source>The table has no rows: each row of values becomes one case.</source>
        <comment>evals.table-no-rows</comment>
        <translation>La tabla no tiene filas: cada fila de valores se convierte en un caso.</translation>
    </message>
    <message>
        <source>Row {number} of the table: {problem}</source>
        <comment>evals.table-row-problem</comment>
        <translation>Fila {number} de la tabla: {problem}</translation>
    </message>
    <message>
        <source>The row {row} of the table&apos;s __expected column: {problem}</source>
        <comment>evals.table-expected</comment>
        <translation>Fila {row} de la columna __expected de la tabla: {problem}</translation>
    </message>
    <message>
        <source>{what} must be a number from 0 to 1 (the share of the weighted score a reply needs).</source>
        <comment>evals.bad-threshold</comment>
        <translation>{what} debe ser un número de 0 a 1 (la proporción de la puntuación ponderada que necesita una respuesta).</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>evals.case-passed</comment>
        <translation>pasa</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>evals.case-failed</comment>
        <translation>falla</translation>
    </message>
    <message>
        <source>flaky</source>
        <comment>evals.case-flaky</comment>
        <translation>inestable</translation>
    </message>
    <message>
        <source>On another computer</source>
        <comment>evals.on-another-computer</comment>
        <translation>En otro equipo</translation>
    </message>
    <message>
        <source>Not known to Hearth</source>
        <comment>evals.licence-unknown</comment>
        <translation>Desconocida para Hearth</translation>
    </message>
    <message>
        <source>It runs on another computer.</source>
        <comment>evals.runs-on-another-computer</comment>
        <translation>Se ejecuta en otro equipo.</translation>
    </message>
    <message>
        <source>its licence is not known to Hearth</source>
        <comment>evals.licence-not-known</comment>
        <translation>Hearth no conoce su licencia</translation>
    </message>
    <message>
        <source>its licence ({licence}) does not allow business use</source>
        <comment>evals.licence-not-business</comment>
        <translation>su licencia ({licence}) no permite uso comercial</translation>
    </message>
    <message>
        <source>its licence ({licence}) does not allow it</source>
        <comment>evals.licence-closed</comment>
        <translation>su licencia ({licence}) no lo permite</translation>
    </message>
    <message>
        <source>business use</source>
        <comment>evals.business-use</comment>
        <translation>uso comercial</translation>
    </message>
    <message>
        <source>personal use</source>
        <comment>evals.personal-use</comment>
        <translation>uso personal</translation>
    </message>
    <message>
        <source>None of these models runs on this computer, so Hearth recommends none of them here.</source>
        <comment>evals.recommend-none-runs</comment>
        <translation>Ninguno de estos modelos funciona en este equipo, así que Hearth no recomienda ninguno aquí.</translation>
    </message>
    <message>
        <source>{model}: {reason}</source>
        <comment>evals.recommend-licence-reason</comment>
        <translation>{model}: {reason}</translation>
    </message>
    <message>
        <source>None of the models that run here has a licence that allows {use} ({reasons}).</source>
        <comment>evals.recommend-no-licence</comment>
        <translation>Ninguno de los modelos que funcionan aquí tiene una licencia que permita {use} ({reasons}).</translation>
    </message>
    <message>
        <source>No model that runs here with a licence for {use} passed any case; none is recommended.</source>
        <comment>evals.recommend-none-passed</comment>
        <translation>Ningún modelo que funcione aquí con licencia para {use} pasó ningún caso; no se recomienda ninguno.</translation>
    </message>
    <message>
        <source>{model} passes the most cases ({rate}) among the models that run here and whose licence allows {use}</source>
        <comment>evals.recommend-best</comment>
        <translation>{model} es el que más casos pasa ({rate}) de los modelos que funcionan aquí y cuya licencia permite {use}</translation>
    </message>
    <message>
        <source>{recommendation}; {tied} passes as many, and {model} is faster</source>
        <comment>evals.recommend-tied-one</comment>
        <translation>{recommendation}; {tied} pasa los mismos, y {model} es más rápido</translation>
    </message>
    <message>
        <source>{recommendation}; {tied} pass as many, and {model} is faster</source>
        <comment>evals.recommend-tied</comment>
        <translation>{recommendation}; {tied} pasan los mismos, y {model} es más rápido</translation>
    </message>
    <message>
        <source>{model} passes {rate}, but {reason}</source>
        <comment>evals.recommend-better-excluded</comment>
        <translation>{model} tiene una tasa de éxito de {rate}, pero {reason}</translation>
    </message>
    <message>
        <source>{recommendation} ({why})</source>
        <comment>evals.recommend-why-not-better</comment>
        <translation>{recommendation} ({why})</translation>
    </message>
    <message>
        <source>{recommendation}; its licence is not known to Hearth: read its model card</source>
        <comment>evals.recommend-licence-unknown</comment>
        <translation>{recommendation}; Hearth no conoce su licencia: lee la ficha del modelo</translation>
    </message>
    <message>
        <source>{recommendation}.</source>
        <comment>evals.recommendation</comment>
        <translation>{recommendation}.</translation>
    </message>
    <message>
        <source>it does not run here</source>
        <comment>evals.does-not-run-here</comment>
        <translation>no funciona aquí</translation>
    </message>
    <message>
        <source>it runs on another computer</source>
        <comment>evals.elsewhere</comment>
        <translation>se ejecuta en otro equipo</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <comment>evals.list-semicolon</comment>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>The prompt asks for the variable “{name}”, but this case does not give it. Add a “{column}” column or var (this case gives: {given}).</source>
        <comment>evals.missing-variable</comment>
        <translation>El prompt pide la variable «{name}», pero este caso no la da. Añade una columna o var «{column}» (este caso da: {given}).</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-variables</comment>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Te damos la bienvenida a Hearth</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Go straight to Hearth; this welcome does not show again</source>
        <translation>Ir directamente a Hearth; esta bienvenida no vuelve a aparecer</translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation>Omitir la bienvenida</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>See models that fit</source>
        <translation>Ver modelos que caben</translation>
    </message>
    <message>
        <source>Download {model} ({size})</source>
        <translation>Descargar {model} ({size})</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Needs about {need} on your graphics card, which has room for it.</source>
        <comment>fit.reason-speech-gpu</comment>
        <translation>Necesita unos {need} en tu tarjeta gráfica, que tiene espacio para ello.</translation>
    </message>
    <message>
        <source>Needs about {need} of memory; it transcribes on the processor.</source>
        <comment>fit.reason-speech-cpu</comment>
        <translation>Necesita unos {need} de memoria; transcribe en el procesador.</translation>
    </message>
    <message>
        <source>Needs about {need}, but only {free} of memory is free.</source>
        <comment>fit.reason-speech-too-large</comment>
        <translation>Necesita unos {need}, pero solo hay {free} de memoria libres.</translation>
    </message>
    <message>
        <source>Runs on your graphics card</source>
        <comment>fit.label-gpu</comment>
        <translation>Funciona en tu tarjeta gráfica</translation>
    </message>
    <message>
        <source>Partly on your graphics card</source>
        <comment>fit.label-partial</comment>
        <translation>En parte en tu tarjeta gráfica</translation>
    </message>
    <message>
        <source>Runs on your processor</source>
        <comment>fit.label-cpu</comment>
        <translation>Funciona en tu procesador</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <comment>fit.label-too-large</comment>
        <translation>Demasiado grande para este equipo</translation>
    </message>
    <message>
        <source>fast</source>
        <comment>fit.speed-fast</comment>
        <translation>rápido</translation>
    </message>
    <message>
        <source>comfortable</source>
        <comment>fit.speed-comfortable</comment>
        <translation>cómodo</translation>
    </message>
    <message>
        <source>slow</source>
        <comment>fit.speed-slow</comment>
        <translation>lento</translation>
    </message>
    <message>
        <source>very slow</source>
        <comment>fit.speed-very-slow</comment>
        <translation>muy lento</translation>
    </message>
    <message>
        <source>{band}, roughly {low}–{high} tokens/s</source>
        <comment>fit.speed-band</comment>
        <translation>{band}, unos {low}–{high} tokens/s</translation>
    </message>
    <message>
        <source>your {count} graphics cards have {free} free together</source>
        <comment>fit.gpus-free</comment>
        <translation>tus {count} tarjetas gráficas tienen {free} libres en total</translation>
    </message>
    <message>
        <source>your graphics card has {free} free</source>
        <comment>fit.gpu-free</comment>
        <translation>tu tarjeta gráfica tiene {free} libres</translation>
    </message>
    <message>
        <source>with an {size} context</source>
        <comment>fit.with-an-context</comment>
        <translation>con un contexto de {size}</translation>
    </message>
    <message>
        <source>with a {size} context</source>
        <comment>fit.with-a-context</comment>
        <translation>con un contexto de {size}</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so it all runs there.</source>
        <comment>fit.reason-gpu</comment>
        <translation>Necesita unos {need} {context}; {gpu_free}, así que todo se ejecuta ahí.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so {layers} of {full} layers go on them and the rest runs on the processor.</source>
        <comment>fit.reason-partial-cards</comment>
        <translation>Necesita unos {need} {context}; {gpu_free}, así que {layers} de {full} capas van en ellas y el resto se ejecuta en el procesador.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so {layers} of {full} layers go on it and the rest runs on the processor.</source>
        <comment>fit.reason-partial</comment>
        <translation>Necesita unos {need} {context}; {gpu_free}, así que {layers} de {full} capas van en ella y el resto se ejecuta en el procesador.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, but macOS lets the graphics processor use only part of it, so it runs on the processor.</source>
        <comment>fit.reason-cpu-unified</comment>
        <translation>Necesita unos {need} {context}; hay {free} de memoria libres, pero macOS solo deja usar una parte al procesador gráfico, así que se ejecuta en el procesador.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, but your graphics card is too full or too small to help, so it runs on the processor.</source>
        <comment>fit.reason-cpu-gpu-full</comment>
        <translation>Necesita unos {need} {context}; hay {free} de memoria libres, pero tu tarjeta gráfica está demasiado llena o es demasiado pequeña para ayudar, así que se ejecuta en el procesador.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, so it runs on the processor.</source>
        <comment>fit.reason-cpu</comment>
        <translation>Necesita unos {need} {context}; hay {free} de memoria libres, así que se ejecuta en el procesador.</translation>
    </message>
    <message>
        <source>Needs about {need} even {context}, but only {free} of memory is free on this computer.</source>
        <comment>fit.reason-too-large</comment>
        <translation>Necesita unos {need} incluso {context}, pero solo hay {free} de memoria libres en este equipo.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Help me choose a model</source>
        <translation>Ayúdame a elegir un modelo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>¿Qué quieres hacer?</translation>
    </message>
    <message>
        <source>Hearth has looked at your computer. {headline}</source>
        <translation>Hearth ha examinado tu equipo. {headline}</translation>
    </message>
    <message>
        <source>Will you use it for work, in a business?</source>
        <translation>¿Lo usarás para trabajar, en una empresa?</translation>
    </message>
    <message>
        <source>No, for myself (any open licence)</source>
        <translation>No, para mí (cualquier licencia abierta)</translation>
    </message>
    <message>
        <source>Yes (only licences that allow business use)</source>
        <translation>Sí (solo licencias que permiten uso comercial)</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>Sugeridos para ti</translation>
    </message>
    <message>
        <source>Nothing fits yet</source>
        <translation>Aún no cabe nada</translation>
    </message>
    <message>
        <source>No model in the catalog does that on this computer with the licence you need. Try allowing any licence, or close other programs to free memory and rescan on the Hardware page.</source>
        <translation>Ningún modelo del catálogo hace eso en este equipo con la licencia que necesitas. Prueba a permitir cualquier licencia, o cierra otros programas para liberar memoria y vuelve a examinar en la página Hardware.</translation>
    </message>
    <message>
        <source>Compare these</source>
        <translation>Comparar estos</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>Descargar {model}</translation>
    </message>
    <message>
        <source>Download {model} to compare it too.</source>
        <translation>Descarga {model} para compararlo también.</translation>
    </message>
    <message>
        <source>Download {first} and {second} to compare them too.</source>
        <translation>Descarga {first} y {second} para compararlos también.</translation>
    </message>
    <message>
        <source>Download {first}, {second} and {third} to compare them too.</source>
        <translation>Descarga {first}, {second} y {third} para compararlos también.</translation>
    </message>
    <message>
        <source>{size} download · {licence} · {verdict}</source>
        <translation>Descarga de {size} · {licence} · {verdict}</translation>
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
        <translation>Mostrar {model} en Descubrir</translation>
    </message>
    <message>
        <source>Show it in Discover; other filters are cleared</source>
        <translation>Mostrarlo en Descubrir; se quitan los demás filtros</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <source>Could not measure free disk space at {path}: {problem}</source>
        <comment>hardware.disk-unmeasured</comment>
        <translation>No se pudo medir el espacio libre en disco en {path}: {problem}</translation>
    </message>
    <message>
        <source>Models up to about {in_memory} can run on your processor, from memory. No graphics card that Hearth can use was found, so smaller models will feel faster.</source>
        <comment>hardware.headline-cpu</comment>
        <translation>Los modelos de hasta unos {in_memory} pueden funcionar en tu procesador, desde la memoria. No se encontró ninguna tarjeta gráfica que Hearth pueda usar, así que los modelos más pequeños irán más rápidos.</translation>
    </message>
    <message>
        <source>Models up to about {on_gpu} can run on your {gpu} using {acceleration}; it shares memory with the rest of the computer, so close big apps before loading large models.</source>
        <comment>hardware.headline-shared</comment>
        <translation>Los modelos de hasta unos {on_gpu} pueden funcionar en tu {gpu} con {acceleration}; comparte la memoria con el resto del equipo, así que cierra las aplicaciones grandes antes de cargar modelos grandes.</translation>
    </message>
    <message>
        <source>Models up to about {on_gpu} can run fully on your graphics card; up to about {in_memory} in memory, partly on the processor and slower.</source>
        <comment>hardware.headline-gpu</comment>
        <translation>Los modelos de hasta unos {on_gpu} pueden funcionar por completo en tu tarjeta gráfica; hasta unos {in_memory} en memoria, en parte en el procesador y más despacio.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>hardware.unknown-size</comment>
        <translation>tamaño desconocido</translation>
    </message>
    <message>
        <source>{gpu}: {memory}, used through {backend}.</source>
        <comment>hardware.gpu-used</comment>
        <translation>{gpu}: {memory}, usada mediante {backend}.</translation>
    </message>
    <message>
        <source>{gpu}: {memory}, {free} free, used through {backend}.</source>
        <comment>hardware.gpu-used-free</comment>
        <translation>{gpu}: {memory}, {free} libres, usada mediante {backend}.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because its {memory} of memory is too small to help.</source>
        <comment>hardware.gpu-too-small</comment>
        <translation>{gpu}: no se usa, porque su memoria ({memory}) es demasiado pequeña para ayudar.</translation>
    </message>
    <message>
        <source>Transcription runs on the processor: the speech engine (CTranslate2) sees no CUDA device. It needs NVIDIA&apos;s cuBLAS 12 and cuDNN 9 libraries, which the CUDA build of Hearth carries.</source>
        <comment>hardware.speech-no-cuda</comment>
        <translation>La transcripción se ejecuta en el procesador: el motor de voz (CTranslate2) no ve ningún dispositivo CUDA. Necesita las bibliotecas cuBLAS 12 y cuDNN 9 de NVIDIA, que incluye la versión CUDA de Hearth.</translation>
    </message>
    <message>
        <source>Could not read /proc/cpuinfo: {problem}</source>
        <comment>hardware.cpuinfo-unread</comment>
        <translation>No se pudo leer /proc/cpuinfo: {problem}</translation>
    </message>
    <message>
        <source>Hearth&apos;s download for older processors runs here, a little slower; so does a Hearth built on this computer (`make run` from the source).</source>
        <comment>hardware.remedy-older-build</comment>
        <translation>La descarga de Hearth para procesadores antiguos funciona aquí, algo más lenta; también una versión de Hearth compilada en este equipo (`make run` desde el código fuente).</translation>
    </message>
    <message>
        <source>A Hearth built on this computer (`make run` from the source) compiles the engine for this processor.</source>
        <comment>hardware.remedy-build-here</comment>
        <translation>Una versión de Hearth compilada en este equipo (`make run` desde el código fuente) compila el motor para este procesador.</translation>
    </message>
    <message>
        <source>Chat models cannot run with this copy of Hearth: its engine was built for processors with {names}, and {processor} lacks these. Transcription still works. {remedy}</source>
        <comment>hardware.cpu-lacks-features</comment>
        <translation>Los modelos de chat no pueden funcionar con esta copia de Hearth: su motor se compiló para procesadores con {names}, y {processor} no las tiene. La transcripción sigue funcionando. {remedy}</translation>
    </message>
    <message>
        <source>Chat models cannot run with this copy of Hearth: its engine was built for processors with {names}, and {processor} lacks this. Transcription still works. {remedy}</source>
        <comment>hardware.cpu-lacks-feature</comment>
        <translation>Los modelos de chat no pueden funcionar con esta copia de Hearth: su motor se compiló para procesadores con {names}, y {processor} no la tiene. La transcripción sigue funcionando. {remedy}</translation>
    </message>
    <message>
        <source>this processor</source>
        <comment>hardware.this-processor</comment>
        <translation>este procesador</translation>
    </message>
    <message>
        <source>{gpu}: not used, because this build of Hearth&apos;s engine (llama.cpp) has no GPU support. Install the {backend} build of Hearth to use it.</source>
        <comment>hardware.gpu-no-support</comment>
        <translation>{gpu}: no se usa, porque esta versión del motor de Hearth (llama.cpp) no admite GPU. Instala la versión {backend} de Hearth para usarla.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because llama.cpp has no way to drive it.</source>
        <comment>hardware.gpu-no-driver</comment>
        <translation>{gpu}: no se usa, porque llama.cpp no tiene forma de controlarla.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because this build of Hearth&apos;s engine drives {built} graphics cards, and this one needs {needed}. Install the {needed} build of Hearth to use it.</source>
        <comment>hardware.gpu-other-backend</comment>
        <translation>{gpu}: no se usa, porque esta versión del motor de Hearth controla tarjetas gráficas {built}, y esta necesita {needed}. Instala la versión {needed} de Hearth para usarla.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because it is older (compute capability {capability}) than this build of Hearth&apos;s engine supports ({oldest} or newer).</source>
        <comment>hardware.gpu-too-old</comment>
        <translation>{gpu}: no se usa, porque es más antigua (capacidad de cómputo {capability}) de lo que admite esta versión del motor de Hearth ({oldest} o posterior).</translation>
    </message>
    <message>
        <source>{gpu}: not used, because its NVIDIA driver {driver} is too old for Hearth&apos;s CUDA engine ({wanted} or newer). Update the driver (from nvidia.com or your system&apos;s driver manager) and restart Hearth; until then models run on the processor.</source>
        <comment>hardware.driver-too-old</comment>
        <translation>{gpu}: no se usa, porque su controlador de NVIDIA {driver} es demasiado antiguo para el motor CUDA de Hearth ({wanted} o posterior). Actualiza el controlador (desde nvidia.com o el gestor de controladores de tu sistema) y reinicia Hearth; mientras tanto, los modelos se ejecutan en el procesador.</translation>
    </message>
    <message>
        <source>The NVIDIA driver (NVML) {problem}; trying nvidia-smi</source>
        <comment>hardware.nvml-missing</comment>
        <translation>El controlador de NVIDIA (NVML) {problem}; probando con nvidia-smi</translation>
    </message>
    <message>
        <source>The NVIDIA driver (NVML) gave an error: {problem}; trying nvidia-smi</source>
        <comment>hardware.nvml-error</comment>
        <translation>El controlador de NVIDIA (NVML) dio un error: {problem}; probando con nvidia-smi</translation>
    </message>
    <message>
        <source>nvidia-smi answered, but its output listed no GPU Hearth could read</source>
        <comment>hardware.nvidia-smi-no-gpu</comment>
        <translation>nvidia-smi respondió, pero su salida no incluía ninguna GPU que Hearth pudiera leer</translation>
    </message>
    <message>
        <source>nvidia-smi is installed but cannot reach the NVIDIA driver: the graphics card cannot be used until the driver is installed or the computer restarted</source>
        <comment>hardware.nvidia-driver-unreachable</comment>
        <translation>nvidia-smi está instalado pero no llega al controlador de NVIDIA: no se puede usar la tarjeta gráfica hasta instalar el controlador o reiniciar el equipo</translation>
    </message>
    <message>
        <source>system_profiler is missing: cannot see the graphics processor</source>
        <comment>hardware.no-system-profiler</comment>
        <translation>Falta system_profiler: no se puede ver el procesador gráfico</translation>
    </message>
    <message>
        <source>Windows reports at most 4 GB for {gpu}; it may have more</source>
        <comment>hardware.windows-vram-capped</comment>
        <translation>Windows indica como máximo 4 GB para {gpu}; puede tener más</translation>
    </message>
    <message>
        <source>The llama.cpp engine could not be loaded, so chat will not work: {problem}</source>
        <comment>hardware.chat-engine-missing</comment>
        <translation>No se pudo cargar el motor llama.cpp, así que el chat no funcionará: {problem}</translation>
    </message>
    <message>
        <source>The speech engine (CTranslate2) could not be loaded, so transcription will not work: {problem}</source>
        <comment>hardware.speech-engine-missing</comment>
        <translation>No se pudo cargar el motor de voz (CTranslate2), así que la transcripción no funcionará: {problem}</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>Your computer</source>
        <translation>Tu equipo</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Volver a examinar</translation>
    </message>
    <message>
        <source>Look at the hardware again (Ctrl+R)</source>
        <translation>Volver a examinar el hardware (Ctrl+R)</translation>
    </message>
    <message>
        <source>Look at the hardware again</source>
        <translation>Volver a examinar el hardware</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Procesador</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Aceleración</translation>
    </message>
    <message>
        <source>Storage for models</source>
        <translation>Almacenamiento para modelos</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Show the full scan</source>
        <translation>Mostrar el análisis completo</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copy the full scan, for example to paste into a bug report</source>
        <translation>Copiar el análisis completo, por ejemplo para pegarlo en un informe de errores</translation>
    </message>
    <message>
        <source>Copy the full scan</source>
        <translation>Copiar el análisis completo</translation>
    </message>
    <message>
        <source>The full scan</source>
        <translation>El análisis completo</translation>
    </message>
    <message>
        <source>Warnings about this computer</source>
        <translation>Avisos sobre este equipo</translation>
    </message>
    <message>
        <source>Looking at your computer…</source>
        <translation>Examinando tu equipo…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <source>no vector extensions found</source>
        <translation>no se encontraron extensiones vectoriales</translation>
    </message>
    <message numerus="yes">
        <source>%n threads</source>
        <translation>
            <numerusform>%n hilo</numerusform>
            <numerusform>%n hilos</numerusform>
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
        <translation>{size} libres ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>{name} (+%n more)</source>
        <translation>
            <numerusform>{name} (+%n más)</numerusform>
            <numerusform>{name} (+%n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor only</source>
        <translation>Solo procesador</translation>
    </message>
    <message>
        <source>No graphics card that Hearth can use was found. Models run on the processor.</source>
        <translation>No se encontró ninguna tarjeta gráfica que Hearth pueda usar. Los modelos se ejecutan en el procesador.</translation>
    </message>
    <message>
        <source>{size} free</source>
        <translation>{size} libres</translation>
    </message>
    <message>
        <source>The scan&apos;s details are copied: paste them into a bug report or a message.</source>
        <translation>Se copiaron los detalles del análisis: pégalos en un informe de errores o en un mensaje.</translation>
    </message>
    <message>
        <source>The chat engine (llama.cpp) could not be loaded; see the details below.</source>
        <translation>No se pudo cargar el motor de chat (llama.cpp); consulta los detalles abajo.</translation>
    </message>
    <message>
        <source>Chat: llama.cpp {version}, with GPU support</source>
        <translation>Chat: llama.cpp {version}, compatible con GPU</translation>
    </message>
    <message>
        <source>Chat: llama.cpp {version}, built for the processor only</source>
        <translation>Chat: llama.cpp {version}, compilado solo para el procesador</translation>
    </message>
    <message>
        <source>The speech engine (CTranslate2) could not be loaded; see the details below.</source>
        <translation>No se pudo cargar el motor de voz (CTranslate2); consulta los detalles abajo.</translation>
    </message>
    <message>
        <source>Transcription: CTranslate2 {version}, on the graphics card</source>
        <translation>Transcripción: CTranslate2 {version}, en la tarjeta gráfica</translation>
    </message>
    <message>
        <source>Transcription: CTranslate2 {version}, on the processor</source>
        <translation>Transcripción: CTranslate2 {version}, en el procesador</translation>
    </message>
    <message>
        <source>Processor ({extension})</source>
        <translation>Procesador ({extension})</translation>
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
        <translation>{name} no está cargado.</translation>
    </message>
    <message>
        <source>{name} is not loaded any more; load it again to go on.</source>
        <comment>host.no-model-loaded</comment>
        <translation>{name} ya no está cargado; vuelve a cargarlo para continuar.</translation>
    </message>
    <message>
        <source>{evicted} was unloaded to make room for {name}.</source>
        <comment>host.unloaded-for-room</comment>
        <translation>Se liberó {evicted} para hacer sitio a {name}.</translation>
    </message>
</context>
<context>
    <name>HubNotice</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>HubRepoView</name>
    <message>
        <source>Reading its files and each quantization&apos;s header on Hugging Face…</source>
        <translation>Leyendo sus archivos y la cabecera de cada cuantización en Hugging Face…</translation>
    </message>
    <message>
        <source>architecture unknown</source>
        <translation>arquitectura desconocida</translation>
    </message>
    <message numerus="yes">
        <source>{arch} · revision {revision} · %n quantizations</source>
        <translation>
            <numerusform>{arch} · revisión {revision} · %n cuantización</numerusform>
            <numerusform>{arch} · revisión {revision} · %n cuantizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Gated: accept its terms on &lt;a href=&quot;{url}&quot;&gt;its Hugging Face page&lt;/a&gt; and add a token in Settings to download it.</source>
        <translation>Restringido: acepta sus condiciones en &lt;a href=&quot;{url}&quot;&gt;su página de Hugging Face&lt;/a&gt; y añade un token en Ajustes para descargarlo.</translation>
    </message>
    <message>
        <source>This repository has no GGUF files Hearth can run.</source>
        <translation>Este repositorio no tiene archivos GGUF que Hearth pueda ejecutar.</translation>
    </message>
</context>
<context>
    <name>HubResultsTable</name>
    <message>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>a free licence</source>
        <translation>una licencia libre</translation>
    </message>
    <message>
        <source>open, with conditions</source>
        <translation>abierta, con condiciones</translation>
    </message>
    <message>
        <source>for research</source>
        <translation>para investigación</translation>
    </message>
    <message>
        <source>not for commercial use</source>
        <translation>no para uso comercial</translation>
    </message>
    <message>
        <source>Hugging Face results</source>
        <translation>Resultados de Hugging Face</translation>
    </message>
    <message>
        <source>Press Enter on a repository to see how each of its files runs here</source>
        <translation>Pulsa Enter en un repositorio para ver cómo funciona aquí cada uno de sus archivos</translation>
    </message>
    <message>
        <source>by {author}, {downloads} downloads, {likes} likes, updated {date}, licence: {licence}</source>
        <translation>de {author}, {downloads} descargas, {likes} me gusta, actualizado {date}, licencia: {licence}</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <source>A licence Hearth does not know: read it on the model&apos;s page before using the model.</source>
        <translation>Una licencia que Hearth no conoce: léela en la página del modelo antes de usarlo.</translation>
    </message>
    <message>
        <source>{licence}: {tier}</source>
        <translation>{licence}: {tier}</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>Restringido</translation>
    </message>
    <message>
        <source>In Hearth&apos;s picks</source>
        <translation>En la selección de Hearth</translation>
    </message>
    <message>
        <source>Needs access granted on its Hugging Face page and a token in Settings</source>
        <translation>Necesita acceso concedido en su página de Hugging Face y un token en Ajustes</translation>
    </message>
    <message>
        <source>In Hearth&apos;s picks: {name}</source>
        <translation>En la selección de Hearth: {name}</translation>
    </message>
</context>
<context>
    <name>HubSearch</name>
    <message>
        <source>Offline mode is on, so Hearth did not search Hugging Face. Turn it off in Settings to search.</source>
        <comment>hub_search.search-offline</comment>
        <translation>El modo sin conexión está activado, así que Hearth no buscó en Hugging Face. Desactívalo en Ajustes para buscar.</translation>
    </message>
    <message>
        <source>in {wait} seconds</source>
        <comment>hub_search.in-seconds</comment>
        <translation>dentro de {wait} segundos</translation>
    </message>
    <message>
        <source>in a minute</source>
        <comment>hub_search.in-a-minute</comment>
        <translation>dentro de un minuto</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from here; retry {when}.</source>
        <comment>hub_search.hub-busy</comment>
        <translation>Hugging Face está recibiendo demasiadas solicitudes desde aquí; vuelve a intentarlo {when}.</translation>
    </message>
    <message>
        <source>Hugging Face had a problem of its own ({status}); nothing is wrong here. Retry in a moment.</source>
        <comment>hub_search.hub-server-error</comment>
        <translation>Hugging Face tuvo un problema propio ({status}); aquí no hay nada mal. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Hugging Face refused the request ({status}).</source>
        <comment>hub_search.request-refused</comment>
        <translation>Hugging Face rechazó la solicitud ({status}).</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check your connection (or the mirror in Settings) and retry.</source>
        <comment>hub_search.hub-unreachable</comment>
        <translation>{host} no respondió a tiempo. Comprueba tu conexión (o el servidor espejo en Ajustes) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Hearth could not reach {host}. Check your connection (or the mirror in Settings) and retry.</source>
        <comment>hub_search.unreachable</comment>
        <translation>Hearth no pudo conectar con {host}. Comprueba tu conexión (o el servidor espejo en Ajustes) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Hugging Face sent an answer Hearth could not read. Retry in a moment.</source>
        <comment>hub_search.hub-failed</comment>
        <translation>Hugging Face envió una respuesta que Hearth no pudo leer. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>{repo} asks you to accept its licence first. Open {page}, accept the terms, then add a Hugging Face token in Settings.</source>
        <comment>hub_search.gated-model</comment>
        <translation>{repo} te pide que aceptes antes su licencia. Abre {page}, acepta las condiciones y añade un token de Hugging Face en Ajustes.</translation>
    </message>
    <message>
        <source>The model {repo} was not found. It may have been renamed, or it is private and needs a token.</source>
        <comment>hub_search.model-not-found</comment>
        <translation>No se encontró el modelo {repo}. Puede que haya cambiado de nombre, o que sea privado y necesite un token.</translation>
    </message>
    <message>
        <source>{filename} is no longer in {repo}.</source>
        <comment>hub_search.file-gone</comment>
        <translation>{filename} ya no está en {repo}.</translation>
    </message>
    <message>
        <source>Hugging Face refused access to {repo} ({status}). Accept the model&apos;s licence on {page} and add a token in Settings.</source>
        <comment>hub_search.access-refused</comment>
        <translation>Hugging Face denegó el acceso a {repo} ({status}). Acepta la licencia del modelo en {page} y añade un token en Ajustes.</translation>
    </message>
    <message>
        <source>Hugging Face answered with an error ({status}) for {filename}. Try again later.</source>
        <comment>hub_search.file-error</comment>
        <translation>Hugging Face respondió con un error ({status}) para {filename}. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face to read {filename}. Check your connection.</source>
        <comment>hub_search.network-problem</comment>
        <translation>No se pudo conectar con Hugging Face para leer {filename}. Comprueba tu conexión.</translation>
    </message>
    <message>
        <source>This link is too long for a Hugging Face model link ({length} characters; at most {max_link_length}), so Hearth did not open it.</source>
        <comment>hub_search.link-too-long</comment>
        <translation>Este enlace es demasiado largo para un enlace de modelo de Hugging Face ({length} caracteres; como máximo {max_link_length}), así que Hearth no lo abrió.</translation>
    </message>
    <message>
        <source>This link contains invisible control characters, so Hearth did not open it.</source>
        <comment>hub_search.link-control-characters</comment>
        <translation>Este enlace contiene caracteres de control invisibles, así que Hearth no lo abrió.</translation>
    </message>
    <message>
        <source>This is not a link Hearth can read.</source>
        <comment>hub_search.link-unreadable</comment>
        <translation>Este no es un enlace que Hearth pueda leer.</translation>
    </message>
    <message>
        <source>Hearth opens only links that start with {scheme}://{host}; this one is not for Hearth.</source>
        <comment>hub_search.link-other-site</comment>
        <translation>Hearth solo abre enlaces que empiezan por {scheme}://{host}; este no es para Hearth.</translation>
    </message>
    <message>
        <source>Hearth opens only Hugging Face model links ({scheme}://{host}?model=ORG/REPO); this one asks for something else.</source>
        <comment>hub_search.link-not-model</comment>
        <translation>Hearth solo abre enlaces de modelos de Hugging Face ({scheme}://{host}?model=ORG/REPO); este pide otra cosa.</translation>
    </message>
    <message>
        <source>This link does not say which model to open (it has no model=ORG/REPO).</source>
        <comment>hub_search.link-without-model</comment>
        <translation>Este enlace no dice qué modelo abrir (no tiene model=ORG/REPO).</translation>
    </message>
    <message>
        <source>This link names more than one model or file, so Hearth cannot tell which to open.</source>
        <comment>hub_search.link-names-several</comment>
        <translation>Este enlace nombra más de un modelo o archivo, así que Hearth no sabe cuál abrir.</translation>
    </message>
    <message>
        <source>This link is garbled (its letters are not encoded correctly).</source>
        <comment>hub_search.link-garbled-letters</comment>
        <translation>Este enlace está dañado (sus letras no están bien codificadas).</translation>
    </message>
    <message>
        <source>This link names a version or a tag of {base}; Hearth opens a model&apos;s current files, so use the model&apos;s link without the part after &apos;@&apos; or &apos;:&apos;.</source>
        <comment>hub_search.link-names-version</comment>
        <translation>Este enlace nombra una versión o una etiqueta de {base}; Hearth abre los archivos actuales de un modelo, así que usa el enlace del modelo sin la parte que sigue a «@» o «:».</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a Hugging Face model name; a model link names one like &apos;organization/model-name&apos;.</source>
        <comment>hub_search.link-bad-repo</comment>
        <translation>«{repo}» no es un nombre de modelo de Hugging Face; un enlace de modelo nombra uno como «organización/nombre-del-modelo».</translation>
    </message>
    <message>
        <source>This link points at a file outside the model&apos;s folder (&apos;{file}&apos;), so Hearth did not open it.</source>
        <comment>hub_search.file-outside-folder</comment>
        <translation>Este enlace apunta a un archivo fuera de la carpeta del modelo («{file}»), así que Hearth no lo abrió.</translation>
    </message>
    <message>
        <source>This link points at &apos;{file}&apos;, which is not a GGUF model file; Hearth runs GGUF files only.</source>
        <comment>hub_search.not-a-gguf-file</comment>
        <translation>Este enlace apunta a «{file}», que no es un archivo de modelo GGUF; Hearth solo ejecuta archivos GGUF.</translation>
    </message>
    <message>
        <source>{path} on Hugging Face ends inside its header: the file is damaged there.</source>
        <comment>hub_search.corrupt-model-file</comment>
        <translation>{path} en Hugging Face termina dentro de su cabecera: el archivo está dañado ahí.</translation>
    </message>
    <message>
        <source>{repo} has no {only}; it may have been renamed or removed.</source>
        <comment>hub_search.quant-gone</comment>
        <translation>{repo} no tiene {only}; puede que haya cambiado de nombre o se haya eliminado.</translation>
    </message>
    <message>
        <source>Some of its parts are missing from the repository.</source>
        <comment>hub_search.parts-missing</comment>
        <translation>Faltan algunas de sus partes en el repositorio.</translation>
    </message>
</context>
<context>
    <name>HubSearchPanel</name>
    <message>
        <source>Words, org/repo, or a huggingface.co address</source>
        <translation>Palabras, org/repo o una dirección de huggingface.co</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Buscar en Hugging Face</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Ordenar resultados</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search any GGUF model on Hugging Face; each is judged for this computer.</source>
        <translation>Busca cualquier modelo GGUF en Hugging Face; cada uno se evalúa para este equipo.</translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation>Más descargados</translation>
    </message>
    <message>
        <source>Most liked</source>
        <translation>Más gustados</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Actualizados recientemente</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>Más resultados</translation>
    </message>
    <message>
        <source>← Back to results</source>
        <translation>← Volver a los resultados</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>Volver a los resultados</translation>
    </message>
    <message>
        <source>Type what to search for: words, org/repo, or an address.</source>
        <translation>Escribe qué buscar: palabras, org/repo o una dirección.</translation>
    </message>
    <message>
        <source>Searching Hugging Face for “{text}”…</source>
        <translation>Buscando «{text}» en Hugging Face…</translation>
    </message>
    <message>
        <source>Loading more results…</source>
        <translation>Cargando más resultados…</translation>
    </message>
    <message>
        <source>These results for “{text}” are from {time}, kept while Hugging Face cannot be asked.</source>
        <translation>Estos resultados para «{text}» son de {time}, guardados mientras no se puede consultar Hugging Face.</translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”, more below. Choose one to see how it runs here.</source>
        <translation>
            <numerusform>%n repositorio GGUF para «{text}», hay más abajo. Elige uno para ver cómo funciona aquí.</numerusform>
            <numerusform>%n repositorios GGUF para «{text}», hay más abajo. Elige uno para ver cómo funciona aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”. Choose one to see how it runs here.</source>
        <translation>
            <numerusform>%n repositorio GGUF para «{text}». Elige uno para ver cómo funciona aquí.</numerusform>
            <numerusform>%n repositorios GGUF para «{text}». Elige uno para ver cómo funciona aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other repositories match without GGUF files Hearth can run.</source>
        <translation>
            <numerusform>Coincide %n repositorio más sin archivos GGUF que Hearth pueda ejecutar.</numerusform>
            <numerusform>Coinciden %n repositorios más sin archivos GGUF que Hearth pueda ejecutar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No GGUF models on Hugging Face match “{text}”.</source>
        <translation>Ningún modelo GGUF de Hugging Face coincide con «{text}».</translation>
    </message>
    <message>
        <source>100 or more other repositories match without GGUF files Hearth can run.</source>
        <translation>Coinciden 100 o más repositorios sin archivos GGUF que Hearth pueda ejecutar.</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; its verdicts come next.</source>
        <translation>Hearth todavía está examinando este equipo; sus valoraciones llegarán después.</translation>
    </message>
    <message>
        <source>Hearth could not read this repository&apos;s files.</source>
        <translation>Hearth no pudo leer los archivos de este repositorio.</translation>
    </message>
    <message numerus="yes">
        <source>%n quantizations of {repo} judged for this computer.</source>
        <translation>
            <numerusform>%n cuantización de {repo} evaluada para este equipo.</numerusform>
            <numerusform>%n cuantizaciones de {repo} evaluadas para este equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>Demasiado grande para este equipo</translation>
    </message>
    <message>
        <source>{repo} {quant} is too large for this computer.

{reason}

Download it anyway?</source>
        <translation>{repo} {quant} es demasiado grande para este equipo.

{reason}

¿Descargarlo de todos modos?</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>{name} is too large to attach ({size}); images up to {max_file_bytes} can be attached.</source>
        <comment>images.file-too-large</comment>
        <translation>{name} es demasiado grande para adjuntarlo ({size}); se pueden adjuntar imágenes de hasta {max_file_bytes}.</translation>
    </message>
    <message>
        <source>{name} could not be opened: {problem}.</source>
        <comment>images.unopened</comment>
        <translation>No se pudo abrir {name}: {problem}.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <comment>images.empty-picture</comment>
        <translation>{name} está vacío: no contiene ninguna imagen.</translation>
    </message>
    <message>
        <source>{name} is too large to attach ({size}).</source>
        <comment>images.too-large-attach</comment>
        <translation>{name} es demasiado grande para adjuntarlo ({size}).</translation>
    </message>
    <message>
        <source>{name} has too many pixels to attach; scale it down first.</source>
        <comment>images.too-many-pixels</comment>
        <translation>{name} tiene demasiados píxeles para adjuntarlo; reduce primero su tamaño.</translation>
    </message>
    <message>
        <source>{name} is not a picture Hearth can show a model; attach a PNG, JPEG, WebP, BMP or GIF image.</source>
        <comment>images.unknown-format</comment>
        <translation>{name} no es una imagen que Hearth pueda mostrar a un modelo; adjunta una imagen PNG, JPEG, WebP, BMP o GIF.</translation>
    </message>
    <message>
        <source>{name} could not be read: the picture in it is damaged or incomplete.</source>
        <comment>images.image-refused</comment>
        <translation>No se pudo leer {name}: la imagen que contiene está dañada o incompleta.</translation>
    </message>
    <message>
        <source>{name} is {width:,} × {height:,} pixels, more than Hearth attaches ({millions} million pixels); scale it down first.</source>
        <comment>images.too-many-pixels-sized</comment>
        <translation>{name} mide {width:,} × {height:,} píxeles, más de lo que Hearth adjunta ({millions} millones de píxeles); reduce primero su tamaño.</translation>
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
            <numerusform>{done} de %n archivo</numerusform>
            <numerusform>{done} de %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>{files} · {chunks}</source>
        <translation>{files} · {chunks}</translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation>
            <numerusform>%n bloque</numerusform>
            <numerusform>%n bloques</numerusform>
        </translation>
    </message>
    <message>
        <source>{progress} · reading {file}</source>
        <translation>{progress} · leyendo {file}</translation>
    </message>
    <message>
        <source>about {minutes} min {seconds} s left</source>
        <translation>quedan unos {minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>quedan unos {seconds} s</translation>
    </message>
    <message>
        <source>{progress} · {left}</source>
        <translation>{progress} · {left}</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: {files} read, {chunks}.</source>
        <translation>Listo: {files} leídos, {chunks}.</translation>
    </message>
    <message>
        <source>Everything was up to date.</source>
        <translation>Todo estaba al día.</translation>
    </message>
    <message numerus="yes">
        <source>%n files that are gone were dropped.</source>
        <translation>
            <numerusform>Se descartó %n archivo que ya no existe.</numerusform>
            <numerusform>Se descartaron %n archivos que ya no existen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>Reanudar la indexación</translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation>Pausar la indexación</translation>
    </message>
    <message>
        <source>Indexing of {name}: done</source>
        <translation>Indexación de {name}: terminada</translation>
    </message>
    <message>
        <source>Indexing “{name}”…</source>
        <translation>Indexando «{name}»…</translation>
    </message>
    <message>
        <source>Indexing of {name}</source>
        <translation>Indexación de {name}</translation>
    </message>
    <message>
        <source>Indexing of {name}: {percent}%</source>
        <translation>Indexación de {name}: {percent}%</translation>
    </message>
    <message>
        <source>Paused · {text}</source>
        <translation>En pausa · {text}</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Go to a page, in the sidebar&apos;s order</source>
        <translation>Ir a una página, en el orden de la barra lateral</translation>
    </message>
    <message>
        <source>Show or hide downloads</source>
        <translation>Mostrar u ocultar las descargas</translation>
    </message>
    <message>
        <source>New conversation (Chat)</source>
        <translation>Nueva conversación (Chat)</translation>
    </message>
    <message>
        <source>Send the message (Chat)</source>
        <translation>Enviar el mensaje (Chat)</translation>
    </message>
    <message>
        <source>New line in the message (Chat)</source>
        <translation>Nueva línea en el mensaje (Chat)</translation>
    </message>
    <message>
        <source>Stop the reply (Chat)</source>
        <translation>Detener la respuesta (Chat)</translation>
    </message>
    <message>
        <source>Search models (Discover)</source>
        <translation>Buscar modelos (Descubrir)</translation>
    </message>
    <message>
        <source>Check this computer again (Hardware)</source>
        <translation>Volver a examinar este equipo (Hardware)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Usual text size</source>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Esta lista de atajos</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Ir al control siguiente o anterior</translation>
    </message>
    <message>
        <source>Press the button or switch that has focus</source>
        <translation>Pulsar el botón o interruptor que tiene el foco</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>Language and text size</source>
        <translation>Idioma y tamaño del texto</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Ctrl+= larger, Ctrl+- smaller, Ctrl+0 the usual size</source>
        <translation>Ctrl+= más grande, Ctrl+- más pequeño, Ctrl+0 el tamaño normal</translation>
    </message>
</context>
<context>
    <name>LeaderboardPanel</name>
    <message>
        <source>Blind: hide the model names until I vote</source>
        <translation>A ciegas: ocultar los nombres de los modelos hasta que vote</translation>
    </message>
    <message>
        <source>{letter} is better</source>
        <translation>{letter} es mejor</translation>
    </message>
    <message>
        <source>Reply {letter}</source>
        <translation>Respuesta {letter}</translation>
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
        <translation>primer token</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>This run&apos;s numbers</source>
        <translation>Cifras de esta ejecución</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Rating (95 % range)</source>
        <translation>Valoración (intervalo del 95 %)</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Chosen over the next one</source>
        <translation>Elegido frente al siguiente</translation>
    </message>
    <message>
        <source>Your leaderboard</source>
        <translation>Tu clasificación</translation>
    </message>
    <message>
        <source>Ratings use all your votes for this task. A range shows where a rating likely lies; models whose ranges overlap share a rank. More votes narrow the ranges.</source>
        <translation>Las valoraciones usan todos tus votos para esta tarea. Un intervalo muestra dónde está probablemente una valoración; los modelos cuyos intervalos se solapan comparten puesto. Más votos estrechan los intervalos.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Esta ejecución</translation>
    </message>
    <message>
        <source>Your leaderboard for</source>
        <translation>Tu clasificación para</translation>
    </message>
    <message>
        <source>Task of the leaderboard</source>
        <translation>Tarea de la clasificación</translation>
    </message>
    <message>
        <source>Wait for every model&apos;s reply to this prompt before voting.</source>
        <translation>Espera la respuesta de todos los modelos a este prompt antes de votar.</translation>
    </message>
    <message>
        <source>Which reply is better?</source>
        <translation>¿Qué respuesta es mejor?</translation>
    </message>
    <message>
        <source>Run a set to vote on its replies.</source>
        <translation>Ejecuta un conjunto para votar sus respuestas.</translation>
    </message>
    <message>
        <source>You called it a tie.</source>
        <translation>Lo has declarado empate.</translation>
    </message>
    <message>
        <source>You chose {model}.</source>
        <translation>Has elegido {model}.</translation>
    </message>
</context>
<context>
    <name>LibraryRow</name>
    <message>
        <source>Downloaded by Hearth</source>
        <translation>Descargado por Hearth</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Añadido por ti</translation>
    </message>
    <message>
        <source>From LM Studio</source>
        <translation>De LM Studio</translation>
    </message>
    <message>
        <source>From Ollama</source>
        <translation>De Ollama</translation>
    </message>
    <message>
        <source>From the Hugging Face cache</source>
        <translation>De la caché de Hugging Face</translation>
    </message>
    <message>
        <source>From GPT4All</source>
        <translation>De GPT4All</translation>
    </message>
    <message>
        <source>Can see images</source>
        <translation>Puede ver imágenes</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat with {model}</source>
        <translation>Chatear con {model}</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Show {model} in its folder</source>
        <translation>Mostrar {model} en su carpeta</translation>
    </message>
    <message>
        <source>Pair with projector…</source>
        <translation>Emparejar con proyector…</translation>
    </message>
    <message>
        <source>Pair {model} with a vision companion</source>
        <translation>Emparejar {model} con un complemento de visión</translation>
    </message>
    <message>
        <source>Choose the model&apos;s vision companion (an mmproj file) so it can see images</source>
        <translation>Elige el complemento de visión del modelo (un archivo mmproj) para que pueda ver imágenes</translation>
    </message>
    <message>
        <source>Sees images with {file}; choose another vision companion</source>
        <translation>Ve imágenes con {file}; elige otro complemento de visión</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete {model}</source>
        <translation>Eliminar {model}</translation>
    </message>
    <message>
        <source>Delete the downloaded files</source>
        <translation>Eliminar los archivos descargados</translation>
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
        <translation>Ocultarlo de esta lista (sus archivos se quedan donde están)</translation>
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
        <translation>Modelo de voz a texto (faster-whisper)</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>{count} parámetros</translation>
    </message>
    <message>
        <source>{billions}B parameters</source>
        <translation>{billions}B de parámetros</translation>
    </message>
    <message>
        <source>{millions}M parameters</source>
        <translation>{millions}M de parámetros</translation>
    </message>
    <message>
        <source>has a chat template</source>
        <translation>tiene plantilla de chat</translation>
    </message>
    <message>
        <source>no chat template (plain text prompts)</source>
        <translation>sin plantilla de chat (prompts de texto plano)</translation>
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
        <translation>Descubrir</translation>
    </message>
    <message>
        <source>My Models</source>
        <translation>Mis modelos</translation>
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
        <translation>Transcribir</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
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
        <translation>Elige una página con las teclas de flecha, o abre una con {first} a {last}.</translation>
    </message>
    <message>
        <source>● Local server on</source>
        <translation>● Servidor local activo</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Show downloads ({shortcut})</source>
        <translation>Mostrar descargas ({shortcut})</translation>
    </message>
    <message>
        <source>Shows or hides the list of downloads</source>
        <translation>Muestra u oculta la lista de descargas</translation>
    </message>
    <message>
        <source>Other apps use Hearth&apos;s models at {address}</source>
        <translation>Otras aplicaciones usan los modelos de Hearth en {address}</translation>
    </message>
</context>
<context>
    <name>Mcp</name>
    <message>
        <source>There is no tool server called “{name}”. `hearth mcp list` shows the ones there are.</source>
        <comment>mcp.server-unknown</comment>
        <translation>No hay ningún servidor de herramientas llamado «{name}». `hearth mcp list` muestra los que hay.</translation>
    </message>
    <message>
        <source>A tool server called “{name}” is already there. Remove it first, or choose another name.</source>
        <comment>mcp.server-exists</comment>
        <translation>Ya hay un servidor de herramientas llamado «{name}». Quítalo primero o elige otro nombre.</translation>
    </message>
    <message>
        <source>The tool servers&apos; list {path} could not be read: {strerror}.</source>
        <comment>mcp.list-unreadable</comment>
        <translation>No se pudo leer la lista de servidores de herramientas {path}: {strerror}.</translation>
    </message>
    <message>
        <source>it is not valid JSON ({problem})</source>
        <comment>mcp.list-not-json</comment>
        <translation>no es JSON válido ({problem})</translation>
    </message>
    <message>
        <source>The tool servers&apos; list could not be used: {problem}. It was kept as {aside}; Hearth starts with no tool servers. Fix that file and rename it back to {name} to use it again.</source>
        <comment>mcp.config-damaged</comment>
        <translation>No se pudo usar la lista de servidores de herramientas: {problem}. Se guardó como {aside}; Hearth empieza sin servidores de herramientas. Corrige ese archivo y vuelve a llamarlo {name} para usarlo de nuevo.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <comment>mcp.list-not-object</comment>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>its “{key}” is not an object of named servers</source>
        <comment>mcp.list-servers-not-object</comment>
        <translation>su «{key}» no es un objeto de servidores con nombre</translation>
    </message>
    <message>
        <source>the server “{name}” is not an object</source>
        <comment>mcp.list-server-not-object</comment>
        <translation>el servidor «{name}» no es un objeto</translation>
    </message>
    <message>
        <source>“{name}” cannot be a tool server&apos;s name: use up to 64 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit.</source>
        <comment>mcp.bad-server-name</comment>
        <translation>«{name}» no puede ser el nombre de un servidor de herramientas: usa hasta 64 letras, cifras, espacios, puntos, guiones o guiones bajos, empezando por una letra o una cifra.</translation>
    </message>
    <message>
        <source>The tool server “{name}” in {where} {what}.</source>
        <comment>mcp.entry-invalid</comment>
        <translation>El servidor de herramientas «{name}» de {where} {what}.</translation>
    </message>
    <message>
        <source>has an “{key}” that is not an object of text values</source>
        <comment>mcp.entry-not-texts</comment>
        <translation>tiene un «{key}» que no es un objeto de valores de texto</translation>
    </message>
    <message>
        <source>has an empty “command”</source>
        <comment>mcp.entry-empty-command</comment>
        <translation>tiene un «command» vacío</translation>
    </message>
    <message>
        <source>has “args” that are not a list of text</source>
        <comment>mcp.entry-bad-args</comment>
        <translation>tiene unos «args» que no son una lista de textos</translation>
    </message>
    <message>
        <source>has a “cwd” that is not a folder&apos;s path</source>
        <comment>mcp.entry-bad-cwd</comment>
        <translation>tiene un «cwd» que no es la ruta de una carpeta</translation>
    </message>
    <message>
        <source>has a “url” that is not an http:// or https:// address</source>
        <comment>mcp.entry-bad-url</comment>
        <translation>tiene una «url» que no es una dirección http:// o https://</translation>
    </message>
    <message>
        <source>uses the older SSE transport, which Hearth does not speak yet (only Streamable HTTP)</source>
        <comment>mcp.entry-sse</comment>
        <translation>usa el antiguo transporte SSE, que Hearth aún no admite (solo Streamable HTTP)</translation>
    </message>
    <message>
        <source>has neither a “command” (a program to start) nor a “url” (a server to reach)</source>
        <comment>mcp.entry-neither</comment>
        <translation>no tiene ni un «command» (un programa que iniciar) ni una «url» (un servidor al que conectarse)</translation>
    </message>
    <message>
        <source>The tool “{tool}” of “{name}” did not answer within {timeout_s:g} seconds, so Hearth stopped waiting. The server is still there for the next call.</source>
        <comment>mcp.tool-timed-out</comment>
        <translation>La herramienta «{tool}» de «{name}» no respondió en {timeout_s:g} segundos, así que Hearth dejó de esperar. El servidor sigue ahí para la próxima llamada.</translation>
    </message>
    <message>
        <source>The tool server “{name}” refused the call to “{tool}”: {problem}</source>
        <comment>mcp.tool-refused</comment>
        <translation>El servidor de herramientas «{name}» rechazó la llamada a «{tool}»: {problem}</translation>
    </message>
    <message>
        <source>The tool server “{name}” is not running.</source>
        <comment>mcp.server-failed</comment>
        <translation>El servidor de herramientas «{name}» no está en marcha.</translation>
    </message>
    <message>
        <source>its process exited</source>
        <comment>mcp.process-exited</comment>
        <translation>su proceso terminó</translation>
    </message>
    <message>
        <source>The tool server “{name}” at {url} could not be reached as an MCP server ({cause}).</source>
        <comment>mcp.unreachable</comment>
        <translation>No se pudo conectar con el servidor de herramientas «{name}» en {url} como servidor MCP ({cause}).</translation>
    </message>
    <message>
        <source>The tool server “{name}” stopped. The last thing it said: {said}</source>
        <comment>mcp.stopped-said</comment>
        <translation>El servidor de herramientas «{name}» se detuvo. Lo último que dijo: {said}</translation>
    </message>
    <message>
        <source>The tool server “{name}” could not start. The last thing it said: {said}</source>
        <comment>mcp.failed-said</comment>
        <translation>El servidor de herramientas «{name}» no pudo iniciarse. Lo último que dijo: {said}</translation>
    </message>
    <message>
        <source>The tool server “{name}” stopped without saying why ({cause}).</source>
        <comment>mcp.stopped-unsaid</comment>
        <translation>El servidor de herramientas «{name}» se detuvo sin decir por qué ({cause}).</translation>
    </message>
    <message>
        <source>The tool server “{name}” could not start without saying why ({cause}).</source>
        <comment>mcp.failed-unsaid</comment>
        <translation>El servidor de herramientas «{name}» no pudo iniciarse y no dijo por qué ({cause}).</translation>
    </message>
    <message>
        <source>The call to “{tool}” was stopped before it answered.</source>
        <comment>mcp.tool-stopped</comment>
        <translation>La llamada a «{tool}» se detuvo antes de que respondiera.</translation>
    </message>
    <message>
        <source>Hearth&apos;s tool servers were stopped (Hearth is quitting).</source>
        <comment>mcp.stopped-quitting</comment>
        <translation>Se detuvieron los servidores de herramientas de Hearth (Hearth se está cerrando).</translation>
    </message>
    <message>
        <source>Hearth&apos;s tool servers were already stopped (Hearth is quitting).</source>
        <comment>mcp.already-stopped-quitting</comment>
        <translation>Los servidores de herramientas de Hearth ya estaban detenidos (Hearth se está cerrando).</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth does not connect to the tool server “{name}” at {url}. Turn Offline mode off in Settings to use it.</source>
        <comment>mcp.offline</comment>
        <translation>El modo sin conexión está activado, así que Hearth no se conecta al servidor de herramientas «{name}» en {url}. Desactiva el modo sin conexión en Ajustes para usarlo.</translation>
    </message>
    <message>
        <source>The tool server “{name}” started but did not list its tools within {start_timeout_s:g} seconds or answered them wrongly.</source>
        <comment>mcp.no-tools-listed</comment>
        <translation>El servidor de herramientas «{name}» se inició, pero no mostró sus herramientas en {start_timeout_s:g} segundos o las mostró mal.</translation>
    </message>
    <message>
        <source> The value of its {names} is kept in the password store, not in mcp.json.</source>
        <comment>mcp.kept-in-store</comment>
        <translation> El valor de {names} se guarda en el almacén de contraseñas, no en mcp.json.</translation>
    </message>
    <message>
        <source> The value of its {names} is kept in memory for now (see below), not in mcp.json.</source>
        <comment>mcp.kept-in-memory</comment>
        <translation> El valor de {names} se guarda en memoria por ahora (ver abajo), no en mcp.json.</translation>
    </message>
    <message>
        <source>Imported “{name}”.{kept}</source>
        <comment>mcp.imported</comment>
        <translation>Se importó «{name}».{kept}</translation>
    </message>
    <message>
        <source>Imported “{name}” as “{new_name}”: {reason}{kept}</source>
        <comment>mcp.imported-renamed</comment>
        <translation>Se importó «{name}» como «{new_name}»: {reason}{kept}</translation>
    </message>
    <message>
        <source>{app}&apos;s list ({source})</source>
        <comment>mcp.app-list-at</comment>
        <translation>La lista de {app} ({source})</translation>
    </message>
    <message>
        <source>{app}&apos;s list of tool servers</source>
        <comment>mcp.app-server-list</comment>
        <translation>La lista de servidores de herramientas de {app}</translation>
    </message>
    <message>
        <source>The list of tool servers</source>
        <comment>mcp.server-list</comment>
        <translation>La lista de servidores de herramientas</translation>
    </message>
    <message>
        <source>{what} is not there: there is no file {source}. {app} may not be installed, or it has no tool servers yet.</source>
        <comment>mcp.app-list-missing</comment>
        <translation>{what} no está: no existe el archivo {source}. Puede que {app} no esté instalado o que aún no tenga servidores de herramientas.</translation>
    </message>
    <message>
        <source>{what} is not there: there is no file {source}. Check the path.</source>
        <comment>mcp.list-missing</comment>
        <translation>{what} no está: no existe el archivo {source}. Comprueba la ruta.</translation>
    </message>
    <message>
        <source>{what} at {source} could not be read: {strerror}.</source>
        <comment>mcp.import-unreadable</comment>
        <translation>{what} en {source} no se pudo leer: {strerror}.</translation>
    </message>
    <message>
        <source>{what} at {source} is not valid JSON, so nothing was imported. Fix it in {app} first.</source>
        <comment>mcp.import-not-json</comment>
        <translation>{what} en {source} no es JSON válido, así que no se importó nada. Corrígelo primero en {app}.</translation>
    </message>
    <message>
        <source>the app that wrote it</source>
        <comment>mcp.the-app-that-wrote-it</comment>
        <translation>la aplicación que lo escribió</translation>
    </message>
    <message>
        <source>{what} at {source} has no “{servers_key}” object of named servers, so there is nothing Hearth can import from it.</source>
        <comment>mcp.import-failed</comment>
        <translation>{what} en {source} no tiene ningún objeto «{servers_key}» de servidores con nombre, así que Hearth no puede importar nada de ahí.</translation>
    </message>
    <message>
        <source>“{name}” was not imported: its entry in {where} is not an object.</source>
        <comment>mcp.entry-not-object</comment>
        <translation>No se importó «{name}»: su entrada en {where} no es un objeto.</translation>
    </message>
    <message>
        <source>“{name}” was not imported. {problem}</source>
        <comment>mcp.entry-not-imported</comment>
        <translation>No se importó «{name}». {problem}</translation>
    </message>
    <message>
        <source>“{name}” was not imported: its address ends in /sse, so it uses the older SSE transport, which Hearth does not speak yet (only Streamable HTTP).</source>
        <comment>mcp.entry-sse-address</comment>
        <translation>No se importó «{name}»: su dirección termina en /sse, así que usa el antiguo transporte SSE, que Hearth aún no admite (solo Streamable HTTP).</translation>
    </message>
    <message>
        <source>Hearth&apos;s names are letters, digits, spaces, dots, dashes and underscores only.</source>
        <comment>mcp.renamed-name</comment>
        <translation>Los nombres en Hearth solo pueden tener letras, cifras, espacios, puntos, guiones y guiones bajos.</translation>
    </message>
    <message>
        <source>a different tool server called “{name}” is already there.</source>
        <comment>mcp.renamed-taken</comment>
        <translation>ya hay otro servidor de herramientas distinto llamado «{name}».</translation>
    </message>
    <message>
        <source>“{name}” is already there, the same server.</source>
        <comment>mcp.already-there</comment>
        <translation>«{name}» ya está, es el mismo servidor.</translation>
    </message>
    <message>
        <source>“{name}” is already there as “{other}”, the same server.</source>
        <comment>mcp.already-there-as</comment>
        <translation>«{name}» ya está como «{other}», es el mismo servidor.</translation>
    </message>
    <message>
        <source>“{name}” was not imported: too many of that name.</source>
        <comment>mcp.too-many-of-name</comment>
        <translation>No se importó «{name}»: hay demasiados con ese nombre.</translation>
    </message>
    <message>
        <source>The program {command} does not exist or cannot be run. Check the path in the server&apos;s settings.</source>
        <comment>mcp.program-unusable</comment>
        <translation>El programa {command} no existe o no se puede ejecutar. Comprueba la ruta en los ajustes del servidor.</translation>
    </message>
    <message>
        <source>The program “{command}” was not found on this computer. Install it (for npx: Node.js; for uvx: uv), or write its full path as the server&apos;s command.</source>
        <comment>mcp.program-not-found</comment>
        <translation>No se encontró el programa «{command}» en este equipo. Instálalo (para npx: Node.js; para uvx: uv) o escribe su ruta completa como comando del servidor.</translation>
    </message>
    <message>
        <source>variables</source>
        <comment>mcp.secret-variables</comment>
        <translation>variables</translation>
    </message>
    <message>
        <source>variable</source>
        <comment>mcp.secret-variable</comment>
        <translation>variable</translation>
    </message>
    <message>
        <source>headers</source>
        <comment>mcp.secret-headers</comment>
        <translation>cabeceras</translation>
    </message>
    <message>
        <source>header</source>
        <comment>mcp.secret-header</comment>
        <translation>cabecera</translation>
    </message>
    <message>
        <source>is not in this computer&apos;s password store</source>
        <comment>mcp.secret-not-stored</comment>
        <translation>no está en el almacén de contraseñas de este equipo</translation>
    </message>
    <message>
        <source>was kept only until Hearth closed, since this computer has no password store</source>
        <comment>mcp.secret-no-store</comment>
        <translation>solo se conservó hasta que se cerró Hearth, porque este equipo no tiene almacén de contraseñas</translation>
    </message>
    <message>
        <source>was kept only until Hearth closed, since the password store failed</source>
        <comment>mcp.secret-store-failed</comment>
        <translation>solo se conservó hasta que se cerró Hearth, porque falló el almacén de contraseñas</translation>
    </message>
    <message>
        <source>The tool server “{name}” needs the secret {what} {names}, whose value {where}. Set it again in Settings → Tools, or with `hearth mcp secret {quoted} {example}`.</source>
        <comment>mcp.secret-missing</comment>
        <translation>El servidor de herramientas «{name}» necesita un secreto ({what} {names}) cuyo valor {where}. Vuelve a configurarlo en Ajustes → Herramientas, o con `hearth mcp secret {quoted} {example}`.</translation>
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
        <translation>primer token tras {seconds} s</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Tu mensaje</translation>
    </message>
    <message>
        <source>Reply from {model}</source>
        <translation>Respuesta de {model}</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Show the model&apos;s thinking</source>
        <translation>Mostrar el razonamiento del modelo</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>El razonamiento del modelo</translation>
    </message>
    <message>
        <source>Text of the reply</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <source>Text of your message</source>
        <translation>Texto de tu mensaje</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the reply</source>
        <translation>Copiar la respuesta</translation>
    </message>
    <message>
        <source>Copy your message</source>
        <translation>Copiar tu mensaje</translation>
    </message>
    <message>
        <source>No reply: {reason}</source>
        <translation>Sin respuesta: {reason}</translation>
    </message>
    <message>
        <source>Why the reply failed</source>
        <translation>Por qué falló la respuesta</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Try the reply again</source>
        <translation>Reintentar la respuesta</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Write the reply again</source>
        <translation>Volver a escribir la respuesta</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>Editar tu mensaje</translation>
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
        <translation>Algo falló dentro de Hearth</translation>
    </message>
    <message>
        <source>Hearth could not finish this</source>
        <comment>messages.could-not-finish</comment>
        <translation>Hearth no pudo terminar esto</translation>
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
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visión</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Incrustaciones</translation>
    </message>
    <message>
        <source>{tier}; business use allowed</source>
        <translation>{tier}; permite uso comercial</translation>
    </message>
    <message>
        <source>{tier}; business use not allowed</source>
        <translation>{tier}; no permite uso comercial</translation>
    </message>
    <message>
        <source>{publisher} · {parameters} parameters</source>
        <translation>{publisher} · {parameters} parámetros</translation>
    </message>
    <message>
        <source>Quantization: smaller files run faster and need less memory; larger ones answer better</source>
        <translation>Cuantización: los archivos más pequeños van más rápido y necesitan menos memoria; los más grandes responden mejor</translation>
    </message>
    <message>
        <source>Quantization of {model}</source>
        <translation>Cuantización de {model}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>Descargar {model}</translation>
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
        <translation>Descargando {percent}%</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Download size (rounded, as published)</source>
        <translation>Tamaño de descarga (redondeado, según lo publicado)</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Tamaño de descarga</translation>
    </message>
    <message>
        <source>Checking your computer…</source>
        <translation>Examinando tu equipo…</translation>
    </message>
    <message>
        <source>Expected speed: {speed}.</source>
        <translation>Velocidad esperada: {speed}.</translation>
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
        <translation>{model} se carga cuando envíes un mensaje; o elige otro modelo.</translation>
    </message>
    <message>
        <source>That model is still being checked; choose it from the list in a moment.</source>
        <translation>Ese modelo todavía se está comprobando; elígelo de la lista en un momento.</translation>
    </message>
    <message>
        <source>Loading {model}…</source>
        <translation>Cargando {model}…</translation>
    </message>
    <message>
        <source>Offline mode is on: other computers&apos; models are off. Choose a model here.</source>
        <translation>El modo sin conexión está activado: los modelos de otros equipos no están disponibles. Elige un modelo de aquí.</translation>
    </message>
    <message>
        <source>{computer} is no longer listed. Choose another model.</source>
        <translation>{computer} ya no aparece en la lista. Elige otro modelo.</translation>
    </message>
    <message>
        <source>Hearth closed while loading {model} last time, probably because memory ran out. Options now load it on the processor only, with a shorter context; change them if you want to try again as before.</source>
        <translation>Hearth se cerró al cargar {model} la última vez, probablemente porque se agotó la memoria. Las opciones ahora lo cargan solo en el procesador, con un contexto más corto; cámbialas si quieres volver a intentarlo como antes.</translation>
    </message>
    <message>
        <source>{reason}

Load it anyway? The computer may slow down.</source>
        <translation>{reason}

¿Cargarlo de todos modos? El equipo puede ir más lento.</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>Demasiado grande para este equipo</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>{model} · sees images</source>
        <translation>{model} · ve imágenes</translation>
    </message>
    <message>
        <source>{model} — {verdict}</source>
        <translation>{model} — {verdict}</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>Elige un modelo…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>On {computer} ({address}) · leaves this computer</source>
        <translation>En {computer} ({address}) · sale de este equipo</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>{name} has no {quantization} version; it comes as {known}.</source>
        <comment>models.unknown-model</comment>
        <translation>{name} no tiene versión {quantization}; está disponible como {known}.</translation>
    </message>
    <message>
        <source>There is no model called &apos;{model_id}&apos; in Hearth&apos;s catalog (see `hearth models`).</source>
        <comment>models.not-in-catalog</comment>
        <translation>No hay ningún modelo llamado «{model_id}» en el catálogo de Hearth (consulta `hearth models`).</translation>
    </message>
    <message>
        <source>Hearth&apos;s model catalog is missing or damaged; reinstall Hearth.</source>
        <comment>models.catalog-damaged</comment>
        <translation>El catálogo de modelos de Hearth falta o está dañado; reinstala Hearth.</translation>
    </message>
    <message>
        <source>Catalog entry {name} cannot be read.</source>
        <comment>models.catalog-entry-read</comment>
        <translation>No se puede leer la entrada del catálogo {name}.</translation>
    </message>
    <message>
        <source>Catalog entry {name} is invalid at {where}.</source>
        <comment>models.catalog-entry-invalid</comment>
        <translation>La entrada del catálogo {name} no es válida en {where}.</translation>
    </message>
    <message>
        <source>Catalog ids are used twice: {ids}.</source>
        <comment>models.catalog-error</comment>
        <translation>Hay identificadores del catálogo repetidos: {ids}.</translation>
    </message>
    <message>
        <source>Small and quick</source>
        <comment>models.role-quick</comment>
        <translation>Pequeño y rápido</translation>
    </message>
    <message>
        <source>Answers almost at once; fine for everyday questions and short texts.</source>
        <comment>models.role-quick-about</comment>
        <translation>Responde casi al instante; bien para preguntas cotidianas y textos cortos.</translation>
    </message>
    <message>
        <source>Balanced</source>
        <comment>models.role-balanced</comment>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>Noticeably smarter, and still quick enough to talk with.</source>
        <comment>models.role-balanced-about</comment>
        <translation>Notablemente más listo, y aún lo bastante rápido para conversar.</translation>
    </message>
    <message>
        <source>Best for this computer</source>
        <comment>models.role-best</comment>
        <translation>El mejor para este equipo</translation>
    </message>
    <message>
        <source>The most capable model that runs well here; it takes a while to load.</source>
        <comment>models.role-best-about</comment>
        <translation>El modelo más capaz que funciona bien aquí; tarda un poco en cargarse.</translation>
    </message>
    <message>
        <source>Your computer has {cores} processor core and {memory} of memory, and no graphics card Hearth can use: models up to about {in_memory} run here, and small ones feel fastest.</source>
        <comment>models.summary-no-card-one-core</comment>
        <translation>Tu equipo tiene {cores} núcleo de procesador y {memory} de memoria, y ninguna tarjeta gráfica que Hearth pueda usar: aquí funcionan modelos de hasta unos {in_memory}, y los pequeños son los más rápidos.</translation>
    </message>
    <message>
        <source>Your computer has {cores} processor cores and {memory} of memory, and no graphics card Hearth can use: models up to about {in_memory} run here, and small ones feel fastest.</source>
        <comment>models.summary-no-card</comment>
        <translation>Tu equipo tiene {cores} núcleos de procesador y {memory} de memoria, y ninguna tarjeta gráfica que Hearth pueda usar: aquí funcionan modelos de hasta unos {in_memory}, y los pequeños son los más rápidos.</translation>
    </message>
    <message>
        <source>Your {gpu} shares its {memory} of memory with the graphics chip: models up to about {on_gpu} run on it at full speed.</source>
        <comment>models.summary-shared-memory</comment>
        <translation>Tu {gpu} comparte sus {memory} de memoria con el chip gráfico: los modelos de hasta unos {on_gpu} funcionan en ella a toda velocidad.</translation>
    </message>
    <message>
        <source>Your {gpu} runs models up to about {on_gpu} at full speed, and larger ones up to about {in_memory} more slowly with help from the processor.</source>
        <comment>models.summary-card</comment>
        <translation>Tu {gpu} ejecuta modelos de hasta unos {on_gpu} a toda velocidad, y otros más grandes, de hasta unos {in_memory}, más despacio con ayuda del procesador.</translation>
    </message>
    <message>
        <source>Your {count} graphics cards run models up to about {on_gpu} at full speed, and larger ones up to about {in_memory} more slowly with help from the processor.</source>
        <comment>models.summary-cards</comment>
        <translation>Tus {count} tarjetas gráficas ejecutan modelos de hasta unos {on_gpu} a toda velocidad, y otros más grandes, de hasta unos {in_memory}, más despacio con ayuda del procesador.</translation>
    </message>
    <message>
        <source>This model file is damaged: a text field in its header has an impossible size.</source>
        <comment>models.damaged-text-field</comment>
        <translation>Este archivo de modelo está dañado: un campo de texto de su cabecera tiene un tamaño imposible.</translation>
    </message>
    <message>
        <source>This file is not a GGUF model (it does not start like one).</source>
        <comment>models.not-gguf</comment>
        <translation>Este archivo no es un modelo GGUF (no empieza como uno).</translation>
    </message>
    <message>
        <source>This model file uses GGUF version {version}, which Hearth cannot read.</source>
        <comment>models.gguf-version-unknown</comment>
        <translation>Este archivo de modelo usa la versión {version} de GGUF, que Hearth no puede leer.</translation>
    </message>
    <message>
        <source>This model file is damaged: its header counts are impossible.</source>
        <comment>models.damaged-counts</comment>
        <translation>Este archivo de modelo está dañado: los recuentos de su cabecera son imposibles.</translation>
    </message>
    <message>
        <source>This model file is damaged: a tensor has an impossible shape.</source>
        <comment>models.damaged-tensor</comment>
        <translation>Este archivo de modelo está dañado: un tensor tiene una forma imposible.</translation>
    </message>
    <message>
        <source>This model file is damaged or of a kind Hearth does not know.</source>
        <comment>models.damaged-or-unknown</comment>
        <translation>Este archivo de modelo está dañado o es de un tipo que Hearth no conoce.</translation>
    </message>
    <message>
        <source>This model file is damaged: its data alignment is impossible.</source>
        <comment>models.damaged-alignment</comment>
        <translation>Este archivo de modelo está dañado: la alineación de sus datos es imposible.</translation>
    </message>
    <message>
        <source>This model file is cut short: it ends inside its header. Download it again.</source>
        <comment>models.file-cut-short</comment>
        <translation>Este archivo de modelo está incompleto: termina dentro de su cabecera. Vuelve a descargarlo.</translation>
    </message>
    <message>
        <source>This model file&apos;s header is larger than any real model&apos;s.</source>
        <comment>models.header-too-large</comment>
        <translation>La cabecera de este archivo de modelo es más grande que la de cualquier modelo real.</translation>
    </message>
    <message>
        <source>Hearth could not read {name}: {strerror}.</source>
        <comment>models.file-unreadable</comment>
        <translation>Hearth no pudo leer {name}: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is incomplete: it is {file_size:,} bytes but its header describes {described:,}. Download it again.</source>
        <comment>models.file-incomplete</comment>
        <translation>{name} está incompleto: tiene {file_size:,} bytes, pero su cabecera describe {described:,}. Vuelve a descargarlo.</translation>
    </message>
    <message>
        <source>Chat and write</source>
        <comment>models.goal-chat</comment>
        <translation>Conversar y escribir</translation>
    </message>
    <message>
        <source>Write and explain code</source>
        <comment>models.goal-code</comment>
        <translation>Escribir y explicar código</translation>
    </message>
    <message>
        <source>Solve problems step by step</source>
        <comment>models.goal-reasoning</comment>
        <translation>Resolver problemas paso a paso</translation>
    </message>
    <message>
        <source>Ask about pictures</source>
        <comment>models.goal-vision</comment>
        <translation>Preguntar sobre imágenes</translation>
    </message>
    <message>
        <source>Transcribe recordings</source>
        <comment>models.goal-speech</comment>
        <translation>Transcribir grabaciones</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <comment>models.damaged-header</comment>
        <translation>{name} tiene la cabecera dañada.</translation>
    </message>
    <message>
        <source>No model Hearth can use was found in {name}.{reason}</source>
        <comment>models.import-no-model-found</comment>
        <translation>No se encontró en {name} ningún modelo que Hearth pueda usar.{reason}</translation>
    </message>
    <message>
        <source>{name} was not imported: there is no such file or folder.</source>
        <comment>models.import-nothing-there</comment>
        <translation>No se importó {name}: no existe ese archivo o carpeta.</translation>
    </message>
    <message>
        <source>{name} belongs to you or another app, so Hearth does not delete it; hide it instead.</source>
        <comment>models.not-hearths-to-delete</comment>
        <translation>{name} es tuyo o de otra aplicación, así que Hearth no lo elimina; ocúltalo en su lugar.</translation>
    </message>
    <message>
        <source>{name} has already been removed.</source>
        <comment>models.already-removed</comment>
        <translation>{name} ya se ha quitado.</translation>
    </message>
    <message>
        <source>{name} is a speech model; only chat models take a vision companion.</source>
        <comment>models.companion-for-speech-model</comment>
        <translation>{name} es un modelo de voz; solo los modelos de chat admiten un complemento de visión.</translation>
    </message>
    <message>
        <source>{name} is not a vision companion Hearth can use. {message}</source>
        <comment>models.companion-unusable</comment>
        <translation>{name} no es un complemento de visión que Hearth pueda usar. {message}</translation>
    </message>
    <message>
        <source>{name} is not a vision companion. Choose the model&apos;s mmproj file (its name usually starts with “mmproj”).</source>
        <comment>models.not-a-companion</comment>
        <translation>{name} no es un complemento de visión. Elige el archivo mmproj del modelo (su nombre suele empezar por «mmproj»).</translation>
    </message>
    <message>
        <source>{name} is a companion for sound, not for images.</source>
        <comment>models.companion-for-sound</comment>
        <translation>{name} es un complemento para sonido, no para imágenes.</translation>
    </message>
    <message>
        <source>{name} was downloaded by Hearth: delete it to free its space.</source>
        <comment>models.delete-instead</comment>
        <translation>{name} lo descargó Hearth: elimínalo para liberar su espacio.</translation>
    </message>
    <message>
        <source>{name} was not imported. {reason}</source>
        <comment>models.not-imported</comment>
        <translation>No se importó {name}. {reason}</translation>
    </message>
    <message>
        <source>Its header is damaged: the number of parts it declares is not a number.</source>
        <comment>models.split-count-damaged</comment>
        <translation>Su cabecera está dañada: el número de partes que declara no es un número.</translation>
    </message>
    <message>
        <source>{name} was not imported: there is no such file.</source>
        <comment>models.import-no-file</comment>
        <translation>No se importó {name}: no existe ese archivo.</translation>
    </message>
    <message>
        <source>It is one of {count} parts of a split model and {missing} is missing; put all the parts in one folder and import again.</source>
        <comment>models.split-part-missing</comment>
        <translation>Es una de las {count} partes de un modelo dividido y falta {missing}; pon todas las partes en una misma carpeta y vuelve a importarlo.</translation>
    </message>
    <message>
        <source>{name} is a vision companion (mmproj), not a model on its own. Import the model file beside it; Hearth pairs the two.</source>
        <comment>models.projector-not-model</comment>
        <translation>{name} es un complemento de visión (mmproj), no un modelo por sí solo. Importa el archivo del modelo que está junto a él; Hearth los empareja.</translation>
    </message>
    <message>
        <source>Its header says the model has {header} parts, but its name says {named}.</source>
        <comment>models.split-count</comment>
        <translation>Su cabecera dice que el modelo tiene {header} partes, pero su nombre dice {named}.</translation>
    </message>
    <message>
        <source>{name} was not imported: a faster-whisper model folder holds model.bin and config.json.</source>
        <comment>models.import-not-whisper</comment>
        <translation>No se importó {name}: la carpeta de un modelo faster-whisper contiene model.bin y config.json.</translation>
    </message>
    <message>
        <source>{name} was not imported: its config.json is damaged.</source>
        <comment>models.import-config-damaged</comment>
        <translation>No se importó {name}: su config.json está dañado.</translation>
    </message>
    <message>
        <source>{name} was not imported: its config.json or model.bin is damaged.</source>
        <comment>models.import-whisper-damaged</comment>
        <translation>No se importó {name}: su config.json o su model.bin está dañado.</translation>
    </message>
</context>
<context>
    <name>ModelsFolderSettings</name>
    <message>
        <source>Models folder</source>
        <translation>Carpeta de modelos</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Change the models folder</source>
        <translation>Cambiar la carpeta de modelos</translation>
    </message>
    <message>
        <source>Choose another folder for models you download from now on</source>
        <translation>Elige otra carpeta para los modelos que descargues a partir de ahora</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the models folder</source>
        <translation>Abrir la carpeta de modelos</translation>
    </message>
    <message>
        <source>Show this folder in your file manager</source>
        <translation>Mostrar esta carpeta en tu gestor de archivos</translation>
    </message>
    <message>
        <source>Use the usual folder</source>
        <translation>Usar la carpeta habitual</translation>
    </message>
    <message>
        <source>Use the usual models folder</source>
        <translation>Usar la carpeta de modelos habitual</translation>
    </message>
    <message>
        <source>You chose this folder. Models downloaded before you changed it stay where they were.</source>
        <translation>Elegiste esta carpeta. Los modelos descargados antes del cambio se quedan donde estaban.</translation>
    </message>
    <message>
        <source>Hearth&apos;s usual folder for models. Choose another one if this disk is short of space.</source>
        <translation>La carpeta habitual de Hearth para los modelos. Elige otra si este disco tiene poco espacio.</translation>
    </message>
    <message>
        <source>Choose where Hearth keeps models</source>
        <translation>Elige dónde guarda Hearth los modelos</translation>
    </message>
</context>
<context>
    <name>MyModelsPage</name>
    <message>
        <source>My Models</source>
        <translation>Mis modelos</translation>
    </message>
    <message>
        <source>Add model file…</source>
        <translation>Añadir archivo de modelo…</translation>
    </message>
    <message>
        <source>Add model file</source>
        <translation>Añadir archivo de modelo</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Add every model in a folder</source>
        <translation>Añadir todos los modelos de una carpeta</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>Modelos en este equipo</translation>
    </message>
    <message>
        <source>Models on this computer: the ones Hearth downloaded, the ones you added, and the ones other apps (LM Studio, Ollama, GPT4All) already have — used where they are, never copied. Drop a .gguf file anywhere on the window to add it.</source>
        <translation>Modelos en este equipo: los que descargó Hearth, los que añadiste tú y los que ya tienen otras aplicaciones (LM Studio, Ollama, GPT4All), usados donde están, nunca copiados. Suelta un archivo .gguf en cualquier parte de la ventana para añadirlo.</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Buscando modelos…</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Comprobando los archivos…</translation>
    </message>
    <message numerus="yes">
        <source>%n models on this computer.</source>
        <translation>
            <numerusform>%n modelo en este equipo.</numerusform>
            <numerusform>%n modelos en este equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No models yet. Download one from Discover, or add a file.</source>
        <translation>Aún no hay modelos. Descarga uno desde Descubrir o añade un archivo.</translation>
    </message>
    <message>
        <source>Some files were not added. {reasons}</source>
        <translation>Algunos archivos no se añadieron. {reasons}</translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation>Añadir archivos de modelo</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <source>Delete {model} ({size}) from this computer? You can download it again later.</source>
        <translation>¿Eliminar {model} ({size}) de este equipo? Puedes volver a descargarlo más tarde.</translation>
    </message>
    <message>
        <source>Vision companion for {model}</source>
        <translation>Complemento de visión para {model}</translation>
    </message>
    <message>
        <source>Vision companions (*.gguf)</source>
        <translation>Complementos de visión (*.gguf)</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Opened from a Hugging Face link: {repository} ({file}). Nothing is downloaded until you choose to.</source>
        <translation>Abierto desde un enlace de Hugging Face: {repository} ({file}). No se descarga nada hasta que tú lo decidas.</translation>
    </message>
    <message>
        <source>Opened from a Hugging Face link: {repository}. Nothing is downloaded until you choose to.</source>
        <translation>Abierto desde un enlace de Hugging Face: {repository}. No se descarga nada hasta que tú lo decidas.</translation>
    </message>
</context>
<context>
    <name>OfflineSettings</name>
    <message>
        <source>Offline mode</source>
        <translation>Modo sin conexión</translation>
    </message>
    <message>
        <source>Offline mode — Hearth makes no network connection at all</source>
        <translation>Modo sin conexión: Hearth no se conecta a la red en absoluto</translation>
    </message>
    <message>
        <source>Models you already have keep working. To download a model or check a token, turn it off again.</source>
        <translation>Los modelos que ya tienes siguen funcionando. Para descargar un modelo o comprobar un token, vuelve a desactivarlo.</translation>
    </message>
</context>
<context>
    <name>OpenAI</name>
    <message>
        <source>{param} has a call without a function name.</source>
        <comment>openai.call-without-name</comment>
        <translation>{param} tiene una llamada sin nombre de función.</translation>
    </message>
    <message>
        <source>{param} has arguments that are not JSON.</source>
        <comment>openai.arguments-not-json</comment>
        <translation>{param} tiene argumentos que no son JSON.</translation>
    </message>
    <message>
        <source>{param} has arguments that are not a JSON object.</source>
        <comment>openai.arguments-not-object</comment>
        <translation>{param} tiene argumentos que no son un objeto JSON.</translation>
    </message>
    <message>
        <source>{param} must be an object with a role and content.</source>
        <comment>openai.message-not-object</comment>
        <translation>{param} debe ser un objeto con un rol y un contenido.</translation>
    </message>
    <message>
        <source>{param} has the role {role!r}; a role is one of {roles}.</source>
        <comment>openai.unknown-role</comment>
        <translation>{param} tiene el rol {role!r}; un rol es uno de estos: {roles}.</translation>
    </message>
    <message>
        <source>{param}.content has a part that is neither text nor an image.</source>
        <comment>openai.content-part-unknown</comment>
        <translation>{param}.content tiene una parte que no es ni texto ni imagen.</translation>
    </message>
    <message>
        <source>{param}: only a user&apos;s message can carry images.</source>
        <comment>openai.images-not-from-user</comment>
        <translation>{param}: solo un mensaje del usuario puede llevar imágenes.</translation>
    </message>
    <message>
        <source>{param}.content has a text part without text.</source>
        <comment>openai.text-part-empty</comment>
        <translation>{param}.content tiene una parte de texto sin texto.</translation>
    </message>
    <message>
        <source>{param} has no content.</source>
        <comment>openai.no-content</comment>
        <translation>{param} no tiene contenido.</translation>
    </message>
    <message>
        <source>{param}.content must be text or a list of parts.</source>
        <comment>openai.content-not-text</comment>
        <translation>{param}.content debe ser texto o una lista de partes.</translation>
    </message>
    <message>
        <source>{param}.tool_calls must be a list.</source>
        <comment>openai.tool-calls-not-list</comment>
        <translation>{param}.tool_calls debe ser una lista.</translation>
    </message>
    <message>
        <source>{param}.tool_call_id must be text.</source>
        <comment>openai.tool-call-id-not-text</comment>
        <translation>{param}.tool_call_id debe ser texto.</translation>
    </message>
    <message>
        <source>{param} has an image_url without a url.</source>
        <comment>openai.image-url-empty</comment>
        <translation>{param} tiene un image_url sin url.</translation>
    </message>
    <message>
        <source>{param} has an image given by its address; Hearth never fetches anything from the network (nothing leaves this computer), so send the picture itself as a data URL (data:image/png;base64,…).</source>
        <comment>openai.image-by-address</comment>
        <translation>{param} tiene una imagen indicada por su dirección; Hearth nunca descarga nada de la red (nada sale de este equipo), así que envía la propia imagen como data URL (data:image/png;base64,…).</translation>
    </message>
    <message>
        <source>{param} has an image that is not a base64 data URL (data:image/png;base64,…); Hearth never fetches images from the network.</source>
        <comment>openai.image-not-data-url</comment>
        <translation>{param} tiene una imagen que no es una data URL en base64 (data:image/png;base64,…); Hearth nunca descarga imágenes de la red.</translation>
    </message>
    <message>
        <source>{param} has an image whose base64 data is damaged.</source>
        <comment>openai.image-damaged</comment>
        <translation>{param} tiene una imagen cuyos datos base64 están dañados.</translation>
    </message>
    <message>
        <source>{param}: {message}</source>
        <comment>openai.image-refused</comment>
        <translation>{param}: {message}</translation>
    </message>
    <message>
        <source>A streamed event was not a JSON object.</source>
        <comment>openai.not-json</comment>
        <translation>Un evento recibido en streaming no era un objeto JSON.</translation>
    </message>
    <message>
        <source>This JSON schema cannot be enforced: {problem}. Hearth refuses it rather than ignore it.</source>
        <comment>openai.schema-unenforceable</comment>
        <translation>Este esquema JSON no se puede aplicar: {problem}. Hearth lo rechaza en lugar de ignorarlo.</translation>
    </message>
    <message>
        <source>This JSON schema cannot be enforced: llama.cpp could not read the grammar written for it. Hearth refuses it rather than ignore it.</source>
        <comment>openai.grammar-unreadable</comment>
        <translation>Este esquema JSON no se puede aplicar: llama.cpp no pudo leer la gramática escrita para él. Hearth lo rechaza en lugar de ignorarlo.</translation>
    </message>
    <message>
        <source>A streamed tool call came without a function name.</source>
        <comment>openai.streamed-call-without-name</comment>
        <translation>Una llamada a herramienta recibida en streaming llegó sin nombre de función.</translation>
    </message>
</context>
<context>
    <name>PageScroll</name>
    <message>
        <source>Scrollable content</source>
        <translation>Contenido desplazable</translation>
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
        <translation>Descarga de {size}</translation>
    </message>
    <message>
        <source>{licence}, business use allowed</source>
        <translation>{licence}, permite uso comercial</translation>
    </message>
    <message>
        <source>{licence} licence, business use allowed</source>
        <translation>licencia {licence}, permite uso comercial</translation>
    </message>
    <message>
        <source>{licence}, not for business use</source>
        <translation>{licence}, no permite uso comercial</translation>
    </message>
    <message>
        <source>{licence} licence, not for business use</source>
        <translation>licencia {licence}, no permite uso comercial</translation>
    </message>
    <message>
        <source>{reason} Expected speed: {speed}.</source>
        <translation>{reason} Velocidad esperada: {speed}.</translation>
    </message>
</context>
<context>
    <name>PicksScreen</name>
    <message>
        <source>A model that fits</source>
        <translation>Un modelo que cabe</translation>
    </message>
    <message>
        <source>Two models that fit</source>
        <translation>Dos modelos que caben</translation>
    </message>
    <message>
        <source>Three models that fit</source>
        <translation>Tres modelos que caben</translation>
    </message>
    <message>
        <source>Browse all models instead</source>
        <translation>Ver todos los modelos en su lugar</translation>
    </message>
    <message>
        <source>Models that fit</source>
        <translation>Modelos que caben</translation>
    </message>
    <message>
        <source>Nothing fits yet</source>
        <translation>Aún no cabe nada</translation>
    </message>
    <message>
        <source>No chat model in the catalog runs well on this computer as it is now. Close other programs to free memory and look again on the Hardware page, or browse every model.</source>
        <translation>Ningún modelo de chat del catálogo funciona bien en este equipo tal como está ahora. Cierra otros programas para liberar memoria y vuelve a mirar en la página Hardware, o explora todos los modelos.</translation>
    </message>
    <message>
        <source>Each of these runs on this computer. Pick one to download; you can add others later.</source>
        <translation>Cada uno de estos funciona en este equipo. Elige uno para descargarlo; puedes añadir otros más tarde.</translation>
    </message>
</context>
<context>
    <name>PromptCacheSettings</name>
    <message>
        <source>Coming back to conversations</source>
        <translation>Volver a las conversaciones</translation>
    </message>
    <message>
        <source>Memory to use</source>
        <translation>Memoria que usar</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Memory for coming back to conversations</source>
        <translation>Memoria para volver a las conversaciones</translation>
    </message>
    <message>
        <source>Less than the size above for now: the models that are loaded need the rest of the memory.</source>
        <translation>Por ahora, menos que el tamaño indicado arriba: los modelos cargados necesitan el resto de la memoria.</translation>
    </message>
    <message>
        <source>Hearth keeps what a model has already read of your recent conversations in memory, so when you come back to one it answers at once instead of reading it all again. When a model needs the memory, this gives way first. Long conversations are also kept on disk, up to the same size, so they come back at once after Hearth was closed too.</source>
        <translation>Hearth guarda en memoria lo que un modelo ya ha leído de tus conversaciones recientes, así que cuando vuelves a una responde al momento en lugar de leerla entera otra vez. Cuando un modelo necesita la memoria, esto cede primero. Las conversaciones largas también se guardan en el disco, hasta el mismo tamaño, para que vuelvan al momento incluso después de cerrar Hearth.</translation>
    </message>
    <message>
        <source>Down to Off, nothing is kept, in memory or on disk: a conversation is read again from the start each time you come back to it.</source>
        <translation>Si bajas hasta Desactivada no se guarda nada, ni en memoria ni en el disco: cada vez que vuelvas a una conversación se leerá desde el principio.</translation>
    </message>
    <message numerus="yes">
        <source>On disk for after a restart: %n conversations, {size}.</source>
        <translation>
            <numerusform>En el disco para después de reiniciar: %n conversación, {size}.</numerusform>
            <numerusform>En el disco para después de reiniciar: %n conversaciones, {size}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Off: nothing is kept in memory or on disk.</source>
        <translation>Desactivada: no se guarda nada, ni en memoria ni en el disco.</translation>
    </message>
    <message>
        <source>Empty now. It fills as you talk with a model, up to {size} as memory allows.</source>
        <translation>Vacía por ahora. Se llena mientras hablas con un modelo, hasta {size} si la memoria lo permite.</translation>
    </message>
    <message>
        <source>Empty now. It may hold up to {size}.</source>
        <translation>Vacía por ahora. Puede guardar hasta {size}.</translation>
    </message>
    <message numerus="yes">
        <source>Now holding %n conversations: {tokens}, {size} of at most {limit}.</source>
        <translation>
            <numerusform>Ahora guarda %n conversación: {tokens}, {size} de un máximo de {limit}.</numerusform>
            <numerusform>Ahora guarda %n conversaciones: {tokens}, {size} de un máximo de {limit}.</numerusform>
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
        <translation>Prompt (escribe {{name}} para un valor que cambia de un caso a otro)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>What to ask each model, such as: What is the capital of {{country}}?</source>
        <translation>Qué preguntar a cada modelo, por ejemplo: ¿Cuál es la capital de {{country}}?</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>A short name for it in the tables (optional)</source>
        <translation>Un nombre corto para las tablas (opcional)</translation>
    </message>
    <message>
        <source>Checks: the reply…</source>
        <translation>Pruebas: la respuesta…</translation>
    </message>
    <message>
        <source>Add a check</source>
        <translation>Añadir una prueba</translation>
    </message>
    <message>
        <source>It passes when</source>
        <translation>Pasa cuando</translation>
    </message>
    <message>
        <source>every check passes</source>
        <translation>pasan todas las pruebas</translation>
    </message>
    <message>
        <source>the score is at least</source>
        <translation>la puntuación es al menos</translation>
    </message>
    <message>
        <source>When the prompt passes</source>
        <translation>Cuándo pasa el prompt</translation>
    </message>
    <message>
        <source>The score it needs, from 0 to 1</source>
        <translation>La puntuación que necesita, de 0 a 1</translation>
    </message>
    <message>
        <source>The weighted share of checks that pass, from 0 to 1</source>
        <translation>La proporción ponderada de pruebas que pasan, de 0 a 1</translation>
    </message>
    <message>
        <source>Try on a sample reply</source>
        <translation>Probar con una respuesta de ejemplo</translation>
    </message>
    <message>
        <source>A sample reply to try the checks on</source>
        <translation>Una respuesta de ejemplo con la que ensayar las pruebas</translation>
    </message>
    <message>
        <source>Paste or write a reply here to see which checks it passes.</source>
        <translation>Pega o escribe aquí una respuesta para ver qué pruebas pasa.</translation>
    </message>
    <message numerus="yes">
        <source>The model is offered %n tool(s), kept as the file gives them: </source>
        <translation>
            <numerusform>Se ofrece al modelo %n herramienta, tal como la da el archivo: </numerusform>
            <numerusform>Se ofrecen al modelo %n herramientas, tal como las da el archivo: </numerusform>
        </translation>
    </message>
    <message>
        <source>This reply passes</source>
        <translation>Esta respuesta pasa</translation>
    </message>
    <message>
        <source>This reply fails</source>
        <translation>Esta respuesta falla</translation>
    </message>
    <message>
        <source> (with the chosen row: {values})</source>
        <translation> (con la fila elegida: {values})</translation>
    </message>
    <message>
        <source>{verdict}: {passed} of {counted} checks, score {score}{row}.</source>
        <translation>{verdict}: {passed} de {counted} pruebas, puntuación {score}{row}.</translation>
    </message>
</context>
<context>
    <name>PromptSetsPanel</name>
    <message>
        <source>New set…</source>
        <translation>Nuevo conjunto…</translation>
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
        <translation>Añadir prompt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Run the set</source>
        <translation>Ejecutar el conjunto</translation>
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
        <translation>Progreso de la ejecución del conjunto de prompts</translation>
    </message>
    <message>
        <source>Time left in the run</source>
        <translation>Tiempo restante de la ejecución</translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation>Mostrar los resultados</translation>
    </message>
    <message>
        <source>Show the run&apos;s results on the Leaderboard</source>
        <translation>Mostrar los resultados de la ejecución en Clasificación</translation>
    </message>
    <message>
        <source>The replies side by side, to vote on, and the leaderboard</source>
        <translation>Las respuestas en paralelo, para votar, y la clasificación</translation>
    </message>
    <message>
        <source>Prompt set</source>
        <translation>Conjunto de prompts</translation>
    </message>
    <message>
        <source>Prompts of the set</source>
        <translation>Prompts del conjunto</translation>
    </message>
    <message>
        <source>Double-click a prompt, or press F2, to edit it</source>
        <translation>Haz doble clic en un prompt, o pulsa F2, para editarlo</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>empezando…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>quedan unos {seconds} s</translation>
    </message>
    <message>
        <source>Stopped at {done} of {total}</source>
        <translation>Detenido en {done} de {total}</translation>
    </message>
    <message>
        <source>New prompt set</source>
        <translation>Nuevo conjunto de prompts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Añadir un prompt</translation>
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
        <translation>{name} ya no ofrece el modelo «{model}». Elige otro de sus modelos.</translation>
    </message>
    <message>
        <source>{name} stopped the reply with an error: {error_text}</source>
        <comment>providers.stopped-reply-error</comment>
        <translation>{name} detuvo la respuesta con un error: {error_text}</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) was lost in the middle of the reply; what arrived is kept.</source>
        <comment>providers.lost-mid-reply</comment>
        <translation>Se perdió la conexión con {name} ({host}) en mitad de la respuesta; lo que llegó se conserva.</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) was lost before it answered.</source>
        <comment>providers.lost-before-answer</comment>
        <translation>Se perdió la conexión con {name} ({host}) antes de que respondiera.</translation>
    </message>
    <message>
        <source>The reply reached the longest length asked for and was cut there.</source>
        <comment>providers.reply-cut-at-length</comment>
        <translation>La respuesta alcanzó la longitud máxima pedida y se cortó ahí.</translation>
    </message>
    <message>
        <source>{problem} What arrived before is kept.</source>
        <comment>providers.arrived-kept</comment>
        <translation>{problem} Lo que llegó antes se conserva.</translation>
    </message>
    <message>
        <source>{name}&apos;s model asked for a tool in a way Hearth cannot read ({message}); what arrived before is kept.</source>
        <comment>providers.unreadable-tool-call</comment>
        <translation>El modelo de {name} pidió una herramienta de una forma que Hearth no puede leer ({message}); lo que llegó antes se conserva.</translation>
    </message>
    <message>
        <source>{url} answered, but not as an OpenAI-compatible API does. Check the address and port: Ollama listens on 11434, LM Studio on 1234, llama-server on 8080, vLLM on 8000.</source>
        <comment>providers.not-openai-compatible</comment>
        <translation>{url} respondió, pero no como lo hace una API compatible con OpenAI. Comprueba la dirección y el puerto: Ollama escucha en el 11434, LM Studio en el 1234, llama-server en el 8080 y vLLM en el 8000.</translation>
    </message>
    <message>
        <source>{name} refused the key (error {status}). Check the key and add it again.</source>
        <comment>providers.key-refused-by-server</comment>
        <translation>{name} rechazó la clave (error {status}). Comprueba la clave y vuelve a añadirlo.</translation>
    </message>
    <message>
        <source>{name} asks for a key (error {status}), and the key you gave it was not kept: this computer has no password store. Remove {name} and add it again with its key, choosing to keep the key in a file only you can read (“Keep the key in a file” in Settings, or --store-key-in-file).</source>
        <comment>providers.key-not-kept</comment>
        <translation>{name} pide una clave (error {status}), y la clave que le diste no se conservó: este equipo no tiene almacén de contraseñas. Quita {name} y vuelve a añadirlo con su clave, eligiendo guardarla en un archivo que solo tú puedas leer («Guardar la clave en un archivo» en Ajustes, o --store-key-in-file).</translation>
    </message>
    <message>
        <source>{name} asks for a key (error {status}). Add it again with its key.</source>
        <comment>providers.key-refused</comment>
        <translation>{name} pide una clave (error {status}). Vuelve a añadirlo con su clave.</translation>
    </message>
    <message>
        <source>{name} could not take the pictures (error {status}): this model may not see images. {said}</source>
        <comment>providers.pictures-refused-said</comment>
        <translation>{name} no pudo recibir las imágenes (error {status}): puede que este modelo no vea imágenes. {said}</translation>
    </message>
    <message>
        <source>{name} could not take the pictures (error {status}): this model may not see images.</source>
        <comment>providers.pictures-refused</comment>
        <translation>{name} no pudo recibir las imágenes (error {status}): puede que este modelo no vea imágenes.</translation>
    </message>
    <message>
        <source>{name} could not answer with this model (error {status}). It may not be a model for chat (one for speech or for searching documents, say): choose another model.</source>
        <comment>providers.answer-model-error</comment>
        <translation>{name} no pudo responder con este modelo (error {status}). Puede que no sea un modelo de chat (sino, por ejemplo, uno de voz o de búsqueda en documentos): elige otro modelo.</translation>
    </message>
    <message>
        <source>{name} had a problem answering (error {status}). {said}</source>
        <comment>providers.answer-failed-said</comment>
        <translation>{name} tuvo un problema al responder (error {status}). {said}</translation>
    </message>
    <message>
        <source>{name} had a problem answering (error {status}).</source>
        <comment>providers.answer-failed</comment>
        <translation>{name} tuvo un problema al responder (error {status}).</translation>
    </message>
    <message>
        <source> The server seems to speak plain http: try the address with http://.</source>
        <comment>providers.tls-plain-http</comment>
        <translation> Parece que el servidor usa http sin cifrar: prueba la dirección con http://.</translation>
    </message>
    <message>
        <source> Its certificate is not one this computer trusts.</source>
        <comment>providers.tls-untrusted</comment>
        <translation> Su certificado no es uno en el que confíe este equipo.</translation>
    </message>
    <message>
        <source>The secure connection to {name} ({host}) failed.{hint}</source>
        <comment>providers.tls-problem</comment>
        <translation>Falló la conexión segura con {name} ({host}).{hint}</translation>
    </message>
    <message>
        <source>connect</source>
        <comment>providers.timed-out-connecting</comment>
        <translation>conectarse</translation>
    </message>
    <message>
        <source>answer</source>
        <comment>providers.timed-out-answering</comment>
        <translation>responder</translation>
    </message>
    <message>
        <source>{name} ({host}) took too long to {what}. Check that the computer is on and the server running.</source>
        <comment>providers.server-timed-out</comment>
        <translation>{name} ({host}) tardó demasiado en {what}. Comprueba que el equipo esté encendido y el servidor en marcha.</translation>
    </message>
    <message>
        <source>No computer called {host} can be found. Check the address.</source>
        <comment>providers.host-not-found</comment>
        <translation>No se encuentra ningún equipo llamado {host}. Comprueba la dirección.</translation>
    </message>
    <message>
        <source>Nothing answers at {host}: the server is not running there, or listens on another port or only to itself (Ollama: OLLAMA_HOST=0.0.0.0; llama-server and vLLM: --host 0.0.0.0).</source>
        <comment>providers.connection-refused</comment>
        <translation>Nada responde en {host}: el servidor no está en marcha ahí, o escucha en otro puerto o solo para sí mismo (Ollama: OLLAMA_HOST=0.0.0.0; llama-server y vLLM: --host 0.0.0.0).</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) failed.</source>
        <comment>providers.connection-lost</comment>
        <translation>Falló la conexión con {name} ({host}).</translation>
    </message>
    <message>
        <source>It said: {text}</source>
        <comment>providers.it-said</comment>
        <translation>Dijo: {text}</translation>
    </message>
    <message>
        <source>A name for another computer is 1 to 40 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit (not “{name}”).</source>
        <comment>providers.bad-address</comment>
        <translation>El nombre de otro equipo tiene de 1 a 40 letras, cifras, espacios, puntos, guiones o guiones bajos, y empieza por una letra o una cifra (no «{name}»).</translation>
    </message>
    <message>
        <source>“{url}” is not a web address Hearth can use. Give it as http://HOST:PORT (for example http://192.168.1.20:11434 for Ollama), or https:// when the server has a certificate.</source>
        <comment>providers.bad-url</comment>
        <translation>«{url}» no es una dirección web que Hearth pueda usar. Escríbela como http://HOST:PUERTO (por ejemplo, http://192.168.1.20:11434 para Ollama), o https:// si el servidor tiene certificado.</translation>
    </message>
    <message>
        <source>Put the key in the key field, not in the address.</source>
        <comment>providers.key-in-address</comment>
        <translation>Pon la clave en el campo de la clave, no en la dirección.</translation>
    </message>
    <message>
        <source>No other computer called “{name}” was added; `hearth remote list` shows the ones that are.</source>
        <comment>providers.unknown-provider</comment>
        <translation>No se añadió ningún otro equipo llamado «{name}»; `hearth remote list` muestra los que hay.</translation>
    </message>
    <message>
        <source>There is already another computer called “{name}”.</source>
        <comment>providers.provider-exists</comment>
        <translation>Ya hay otro equipo llamado «{name}».</translation>
    </message>
    <message>
        <source>No other computer called “{name}” was added.</source>
        <comment>providers.unknown-provider-short</comment>
        <translation>No se añadió ningún otro equipo llamado «{name}».</translation>
    </message>
    <message>
        <source>No other computer called “{old}” was added.</source>
        <comment>providers.unknown-provider-old</comment>
        <translation>No se añadió ningún otro equipo llamado «{old}».</translation>
    </message>
    <message>
        <source>There is already another computer called “{new}”.</source>
        <comment>providers.provider-exists-new</comment>
        <translation>Ya hay otro equipo llamado «{new}».</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth does not use other computers&apos; models. Turn it off in Settings to use them.</source>
        <comment>providers.offline</comment>
        <translation>El modo sin conexión está activado, así que Hearth no usa modelos de otros equipos. Desactívalo en Ajustes para usarlos.</translation>
    </message>
    <message>
        <source>A name cannot contain “/”.</source>
        <comment>providers.name-with-slash</comment>
        <translation>Un nombre no puede contener «/».</translation>
    </message>
    <message>
        <source>{name} does not offer a model called “{model}”. It offers: {models}.</source>
        <comment>providers.offers</comment>
        <translation>{name} no ofrece ningún modelo llamado «{model}». Ofrece: {models}.</translation>
    </message>
    <message>
        <source>{name} does not offer a model called “{model}”. It offers: none.</source>
        <comment>providers.offers-none</comment>
        <translation>{name} no ofrece ningún modelo llamado «{model}». No ofrece ninguno.</translation>
    </message>
</context>
<context>
    <name>QuantRowView</name>
    <message>
        <source>Download size</source>
        <translation>Tamaño de descarga</translation>
    </message>
    <message>
        <source>Expected speed: {speed}.</source>
        <translation>Velocidad esperada: {speed}.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Download {quant}</source>
        <translation>Descargar {quant}</translation>
    </message>
    <message>
        <source>Download {size} into your models folder</source>
        <translation>Descargar {size} en tu carpeta de modelos</translation>
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
        <translation>Precisión original</translation>
    </message>
    <message>
        <source>{have} of {count} parts</source>
        <translation>{have} de {count} partes</translation>
    </message>
    <message>
        <source>Incomplete: {parts}</source>
        <translation>Incompleto: {parts}</translation>
    </message>
    <message>
        <source>With vision</source>
        <translation>Con visión</translation>
    </message>
    <message>
        <source>Rough: judged by size only</source>
        <translation>Aproximado: evaluado solo por tamaño</translation>
    </message>
    <message>
        <source>Needs {memory} at {context} tokens of context · {layers} layers on the graphics card.</source>
        <translation>Necesita {memory} con {context} tokens de contexto · {layers} capas en la tarjeta gráfica.</translation>
    </message>
    <message>
        <source>Needs {memory} at {context} tokens of context.</source>
        <translation>Necesita {memory} con {context} tokens de contexto.</translation>
    </message>
    <message>
        <source>This model needs a newer Hearth</source>
        <translation>Este modelo necesita un Hearth más reciente</translation>
    </message>
    <message>
        <source>Some of its parts are missing from the repository</source>
        <translation>Faltan algunas de sus partes en el repositorio</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <source>Waiting to start…</source>
        <translation>Esperando para empezar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Volver a ejecutar</translation>
    </message>
    <message>
        <source>Transcribe it again with the model and options chosen above</source>
        <translation>Volver a transcribirlo con el modelo y las opciones elegidos arriba</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Take it off the list (its saved files stay where they are)</source>
        <translation>Quitarlo de la lista (sus archivos guardados se quedan donde están)</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <source>{percent}% · {phase}</source>
        <translation>{percent}% · {phase}</translation>
    </message>
    <message>
        <source>Failed · {reason}</source>
        <translation>Falló · {reason}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Done · {facts}</source>
        <translation>Listo · {facts}</translation>
    </message>
    <message>
        <source>Options: {options}</source>
        <translation>Opciones: {options}</translation>
    </message>
    <message>
        <source>Transcription of {name}</source>
        <translation>Transcripción de {name}</translation>
    </message>
    <message>
        <source>Transcription of {name}: {percent}%</source>
        <translation>Transcripción de {name}: {percent}%</translation>
    </message>
    <message>
        <source>Cancel the transcription of {name}</source>
        <translation>Cancelar la transcripción de {name}</translation>
    </message>
    <message>
        <source>Run {name} again</source>
        <translation>Volver a ejecutar {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the list</source>
        <translation>Quitar {name} de la lista</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>The local server is answering other apps; they lose their connection when Hearth quits.</source>
        <translation>El servidor local está respondiendo a otras aplicaciones; perderán la conexión cuando Hearth se cierre.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are being transcribed now.</source>
        <translation>
            <numerusform>Se está transcribiendo %n grabación ahora.</numerusform>
            <numerusform>Se están transcribiendo %n grabaciones ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are waiting to be transcribed.</source>
        <translation>
            <numerusform>%n grabación espera a ser transcrita.</numerusform>
            <numerusform>%n grabaciones esperan a ser transcritas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue is kept: it goes on the next time Hearth opens.</source>
        <translation>La cola se conserva: continúa la próxima vez que se abra Hearth.</translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>¿Salir de todos modos?</translation>
    </message>
    <message>
        <source>Quit Hearth?</source>
        <translation>¿Salir de Hearth?</translation>
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
        <translation>nunca respondió</translation>
    </message>
    <message>
        <source>last seen {time}</source>
        <translation>visto por última vez {time}</translation>
    </message>
    <message>
        <source>Other computers</source>
        <translation>Otros equipos</translation>
    </message>
    <message>
        <source>Use the models of a bigger computer that runs Ollama, LM Studio, llama-server, vLLM or Hearth with sharing on. A conversation with one of its models leaves this computer: use it on a network you trust or through a VPN such as Tailscale (the traffic is plain HTTP unless the server has https).</source>
        <translation>Usa los modelos de un equipo más potente que ejecute Ollama, LM Studio, llama-server, vLLM o Hearth con el uso compartido activado. Una conversación con uno de sus modelos sale de este equipo: úsalo en una red de confianza o a través de una VPN como Tailscale (el tráfico es HTTP sin cifrar salvo que el servidor tenga https).</translation>
    </message>
    <message>
        <source>Name, e.g. desk</source>
        <translation>Nombre, p. ej. escritorio</translation>
    </message>
    <message>
        <source>Name of the computer</source>
        <translation>Nombre del equipo</translation>
    </message>
    <message>
        <source>Address, e.g. http://192.168.1.20:11434</source>
        <translation>Dirección, p. ej. http://192.168.1.20:11434</translation>
    </message>
    <message>
        <source>Address of its server</source>
        <translation>Dirección de su servidor</translation>
    </message>
    <message>
        <source>Key (if the server asks for one)</source>
        <translation>Clave (si el servidor la pide)</translation>
    </message>
    <message>
        <source>Key, if the server asks for one</source>
        <translation>Clave, si el servidor la pide</translation>
    </message>
    <message>
        <source>Keep the key in a file only I can read</source>
        <translation>Guardar la clave en un archivo que solo yo pueda leer</translation>
    </message>
    <message>
        <source>Keep the key in a file</source>
        <translation>Guardar la clave en un archivo</translation>
    </message>
    <message>
        <source>Ticked, the key is saved in {file}, which only your account can read; anyone who can read your files (an administrator, a backup) could read it too.</source>
        <translation>Si está marcado, la clave se guarda en {file}, que solo tu cuenta puede leer; cualquiera que pueda leer tus archivos (un administrador, una copia de seguridad) también podría leerla.</translation>
    </message>
    <message>
        <source>This computer has no password store, so Hearth forgets a key when it closes. Tick “Keep the key in a file” to keep it.</source>
        <translation>Este equipo no tiene almacén de contraseñas, así que Hearth olvida la clave al cerrarse. Marca «Guardar la clave en un archivo» para conservarla.</translation>
    </message>
    <message>
        <source>Add and test</source>
        <translation>Añadir y probar</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Test the chosen computer</source>
        <translation>Probar el equipo elegido</translation>
    </message>
    <message>
        <source>Rename to the name above</source>
        <translation>Cambiar al nombre de arriba</translation>
    </message>
    <message>
        <source>Rename the chosen computer to the name above</source>
        <translation>Cambiar el nombre del equipo elegido al de arriba</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen computer</source>
        <translation>Quitar el equipo elegido</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth uses no other computer.</source>
        <translation>El modo sin conexión está activado, así que Hearth no usa ningún otro equipo.</translation>
    </message>
    <message>
        <source>Testing {address}…</source>
        <translation>Probando {address}…</translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n model(s). They are in the Chat list now.</source>
        <translation>
            <numerusform>Se añadió {name}: %n modelo. Ya está en la lista de Chat.</numerusform>
            <numerusform>Se añadió {name}: %n modelos. Ya están en la lista de Chat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its key is kept only until Hearth closes: this computer has no password store. To keep it, remove {name} and add it again with “Keep the key in a file” ticked.</source>
        <translation>Su clave solo se conserva hasta que Hearth se cierre: este equipo no tiene almacén de contraseñas. Para conservarla, quita {name} y vuelve a añadirlo con «Guardar la clave en un archivo» marcado.</translation>
    </message>
    <message>
        <source>{problem} Nothing was added.</source>
        <translation>{problem} No se añadió nada.</translation>
    </message>
    <message>
        <source>Choose a computer in the list to test it.</source>
        <translation>Elige un equipo de la lista para probarlo.</translation>
    </message>
    <message>
        <source>{name} answers.</source>
        <translation>{name} responde.</translation>
    </message>
    <message>
        <source>Choose a computer in the list, type its new name above, then Rename.</source>
        <translation>Elige un equipo de la lista, escribe su nuevo nombre arriba y pulsa Cambiar nombre.</translation>
    </message>
    <message>
        <source>{old} is now called {new}.</source>
        <translation>{old} ahora se llama {new}.</translation>
    </message>
    <message>
        <source>Choose a computer in the list to remove it.</source>
        <translation>Elige un equipo de la lista para quitarlo.</translation>
    </message>
    <message>
        <source>Removed {name} and its key.</source>
        <translation>Se quitó {name} y su clave.</translation>
    </message>
    <message>
        <source>Adding failed</source>
        <translation>No se pudo añadir</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>Reading your documents…</source>
        <translation>Leyendo tus documentos…</translation>
    </message>
    <message>
        <source>Using the tool {tool}…</source>
        <translation>Usando la herramienta {tool}…</translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <translation>Esperando tu respuesta…</translation>
    </message>
    <message>
        <source>Reply stopped.</source>
        <translation>Respuesta detenida.</translation>
    </message>
    <message>
        <source>Reply finished.</source>
        <translation>Respuesta terminada.</translation>
    </message>
    <message>
        <source>No reply: {reason}</source>
        <translation>Sin respuesta: {reason}</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Your computer</source>
        <translation>Tu equipo</translation>
    </message>
    <message>
        <source>Looking at your computer</source>
        <translation>Examinando tu equipo</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Procesador</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Looking at your computer…</source>
        <translation>Examinando tu equipo…</translation>
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
        <translation>{size} libres ahora</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>No se usa</translation>
    </message>
    <message>
        <source>Models run on the processor</source>
        <translation>Los modelos se ejecutan en el procesador</translation>
    </message>
    <message>
        <source>Finding models that fit…</source>
        <translation>Buscando modelos que quepan…</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>This computer has no password store, so Hearth keeps your token only until you close it.</source>
        <comment>secrets.no-password-store</comment>
        <translation>Este equipo no tiene almacén de contraseñas, así que Hearth solo guarda tu token hasta que lo cierres.</translation>
    </message>
    <message>
        <source>Your token is kept in a file only you can read ({path}), as you chose.</source>
        <comment>secrets.in-key-file</comment>
        <translation>Tu token se guarda en un archivo que solo tú puedes leer ({path}), como elegiste.</translation>
    </message>
    <message>
        <source>Hearth could not use this computer&apos;s password store, so it keeps your token only until you close it.</source>
        <comment>secrets.store-failed</comment>
        <translation>Hearth no pudo usar el almacén de contraseñas de este equipo, así que solo guarda tu token hasta que lo cierres.</translation>
    </message>
    <message>
        <source>There is no token. Paste the whole token, which starts with hf_.</source>
        <comment>secrets.no-token</comment>
        <translation>No hay ningún token. Pega el token completo, que empieza por hf_.</translation>
    </message>
    <message>
        <source>That does not look like a Hugging Face token: it has spaces or unusual characters in it. Copy it again from {tokens_page}.</source>
        <comment>secrets.token-malformed</comment>
        <translation>Eso no parece un token de Hugging Face: contiene espacios o caracteres poco habituales. Vuelve a copiarlo desde {tokens_page}.</translation>
    </message>
    <message>
        <source>Your token is kept in {store}, not in Hearth&apos;s files.</source>
        <comment>secrets.in-store</comment>
        <translation>Tu token se guarda en {store}, no en los archivos de Hearth.</translation>
    </message>
    <message>
        <source>Hearth could not remove your token from this computer&apos;s password store. Try again, or remove the entry “{service}” there yourself.</source>
        <comment>secrets.token-store-problem</comment>
        <translation>Hearth no pudo quitar tu token del almacén de contraseñas de este equipo. Vuelve a intentarlo o quita tú mismo la entrada «{service}» de ahí.</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth did not contact Hugging Face to check the token.</source>
        <comment>secrets.offline-mode</comment>
        <translation>El modo sin conexión está activado, así que Hearth no contactó con Hugging Face para comprobar el token.</translation>
    </message>
    <message>
        <source>Could not reach {place} to check the token. Check your internet connection.</source>
        <comment>secrets.unreachable</comment>
        <translation>No se pudo conectar con {place} para comprobar el token. Comprueba tu conexión a internet.</translation>
    </message>
    <message>
        <source>Could not reach {place} to check the token. Check your internet connection and the mirror address in Settings.</source>
        <comment>secrets.mirror-unreachable</comment>
        <translation>No se pudo conectar con {place} para comprobar el token. Comprueba tu conexión a internet y la dirección del servidor espejo en Ajustes.</translation>
    </message>
    <message>
        <source>{place} gave an answer Hearth does not understand.</source>
        <comment>secrets.unreadable-answer</comment>
        <translation>{place} dio una respuesta que Hearth no entiende.</translation>
    </message>
    <message>
        <source>{problem} Nothing was saved.</source>
        <comment>secrets.nothing-saved</comment>
        <translation>{problem} No se guardó nada.</translation>
    </message>
    <message>
        <source>Saved, but not checked: {problem}</source>
        <comment>secrets.saved-unchecked</comment>
        <translation>Guardado, pero sin comprobar: {problem}</translation>
    </message>
    <message>
        <source>Signed in as {account}.</source>
        <comment>secrets.signed-in</comment>
        <translation>Sesión iniciada como {account}.</translation>
    </message>
    <message>
        <source>The mirror at {host}</source>
        <comment>secrets.mirror-at-start</comment>
        <translation>El servidor espejo de {host}</translation>
    </message>
    <message>
        <source>the mirror at {host}</source>
        <comment>secrets.mirror-at</comment>
        <translation>el servidor espejo de {host}</translation>
    </message>
    <message>
        <source>Hugging Face did not accept this token. Check that you copied all of it, or create a new one at {tokens_page}.</source>
        <comment>secrets.token-refused</comment>
        <translation>Hugging Face no aceptó este token. Comprueba que lo copiaste entero o crea uno nuevo en {tokens_page}.</translation>
    </message>
    <message>
        <source>{place} is getting too many token checks right now. Try again in a minute.</source>
        <comment>secrets.too-many-checks</comment>
        <translation>{place} está recibiendo demasiadas comprobaciones de tokens ahora mismo. Vuelve a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>{place} answered with an error ({status}) while checking the token. Try again later.</source>
        <comment>secrets.error-answer</comment>
        <translation>{place} respondió con un error ({status}) al comprobar el token. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>secrets.unknown-status</comment>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source> Port {free} is free: use that one instead.</source>
        <comment>server.port-free</comment>
        <translation> El puerto {free} está libre: usa ese.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program on this computer.{offer}</source>
        <comment>server.port-taken</comment>
        <translation>Otro programa de este equipo ya usa el puerto {port}.{offer}</translation>
    </message>
    <message>
        <source>Sharing on your network needs an API key, so only programs you give it to can use your models. Create one in Settings › Local server, or set HEARTH_API_KEY.</source>
        <comment>server.key-needed</comment>
        <translation>Compartir en tu red requiere una clave de API, para que solo los programas a los que se la des puedan usar tus modelos. Crea una en Ajustes › Servidor local, o define HEARTH_API_KEY.</translation>
    </message>
    <message>
        <source>The local server could not start.</source>
        <comment>server.start-failed</comment>
        <translation>No se pudo iniciar el servidor local.</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <source>Let other apps on this computer use Hearth&apos;s models (OpenAI-compatible API)</source>
        <translation>Permitir que otras aplicaciones de este equipo usen los modelos de Hearth (API compatible con OpenAI)</translation>
    </message>
    <message>
        <source>Let other apps use Hearth&apos;s models</source>
        <translation>Permitir que otras aplicaciones usen los modelos de Hearth</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Unload an unused model after</source>
        <translation>Liberar un modelo sin usar tras</translation>
    </message>
    <message>
        <source>Unload an unused model after, in minutes</source>
        <translation>Liberar un modelo sin usar tras, en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Share on my network (needs the API key)</source>
        <translation>Compartir en mi red (necesita la clave de API)</translation>
    </message>
    <message>
        <source>Share on my network</source>
        <translation>Compartir en mi red</translation>
    </message>
    <message>
        <source>Once shared, every program must send the API key, the apps on this computer too: give it to the ones that use Hearth now, or they stop working.</source>
        <translation>Una vez compartido, todos los programas deben enviar la clave de API, también las aplicaciones de este equipo: dásela a las que usan Hearth ahora, o dejarán de funcionar.</translation>
    </message>
    <message>
        <source>What sharing changes</source>
        <translation>Qué cambia al compartir</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>Crear clave de API</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copiar clave</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>Copiar la clave de API</translation>
    </message>
    <message>
        <source>Keep the API key in a file only I can read, so it still works after Hearth closes</source>
        <translation>Guardar la clave de API en un archivo que solo yo pueda leer, para que siga funcionando después de cerrar Hearth</translation>
    </message>
    <message>
        <source>Keep the API key in a file</source>
        <translation>Guardar la clave de API en un archivo</translation>
    </message>
    <message>
        <source>This computer has no password store, so a new key lasts only until Hearth closes. Ticked, it is saved in {file}, which only your account can read (hearth serve finds it there too).</source>
        <translation>Este equipo no tiene almacén de contraseñas, así que una clave nueva solo dura hasta que Hearth se cierre. Si está marcado, se guarda en {file}, que solo tu cuenta puede leer (hearth serve también la encuentra ahí).</translation>
    </message>
    <message>
        <source>Examples for other programs: curl and Python</source>
        <translation>Ejemplos para otros programas: curl y Python</translation>
    </message>
    <message>
        <source>Copy snippets</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Copy the examples</source>
        <translation>Copiar los ejemplos</translation>
    </message>
    <message>
        <source>What other programs asked:</source>
        <translation>Lo que pidieron otros programas:</translation>
    </message>
    <message>
        <source>What other programs asked</source>
        <translation>Lo que pidieron otros programas</translation>
    </message>
    <message>
        <source>Other computers reach it at {addresses}</source>
        <translation>Otros equipos acceden en {addresses}</translation>
    </message>
    <message>
        <source>Only programs on this computer can reach it (127.0.0.1).</source>
        <translation>Solo los programas de este equipo pueden acceder (127.0.0.1).</translation>
    </message>
    <message>
        <source>An API key is set.</source>
        <translation>Hay una clave de API configurada.</translation>
    </message>
    <message>
        <source>No API key yet.</source>
        <translation>Aún no hay clave de API.</translation>
    </message>
    <message>
        <source>Your key (shown once): {key}</source>
        <translation>Tu clave (se muestra una sola vez): {key}</translation>
    </message>
    <message>
        <source>(Hearth forgets it when it closes: this computer has no password store.)</source>
        <translation>(Hearth la olvida al cerrarse: este equipo no tiene almacén de contraseñas.)</translation>
    </message>
    <message>
        <source>Running at {address}</source>
        <translation>Funcionando en {address}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Everything in Hearth can be reached with the keyboard. These keys save steps.</source>
        <translation>Todo en Hearth se puede usar con el teclado. Estas teclas ahorran pasos.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
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
        <translation>Modelo de voz</translation>
    </message>
    <message>
        <source>No Whisper model on this computer yet.</source>
        <translation>Aún no hay ningún modelo Whisper en este equipo.</translation>
    </message>
    <message>
        <source>Find one in Discover</source>
        <translation>Busca uno en Descubrir</translation>
    </message>
    <message>
        <source>Find a Whisper model in Discover</source>
        <translation>Buscar un modelo Whisper en Descubrir</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This image is no longer saved with the conversation.</source>
        <comment>store.image-gone</comment>
        <translation>Esta imagen ya no está guardada con la conversación.</translation>
    </message>
    <message>
        <source>Hearth cannot read your saved conversations because the file {path} is damaged. It has been left exactly as it was: move it aside to start with an empty list, or restore it from a backup.</source>
        <comment>store.store-damaged</comment>
        <translation>Hearth no puede leer tus conversaciones guardadas porque el archivo {path} está dañado. Se ha dejado tal cual: muévelo a otro sitio para empezar con una lista vacía, o restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The file {path} is not a Hearth conversations file, so Hearth left it alone. Move it elsewhere to start with an empty list.</source>
        <comment>store.not-conversations-file</comment>
        <translation>El archivo {path} no es un archivo de conversaciones de Hearth, así que Hearth no lo ha tocado. Muévelo a otro sitio para empezar con una lista vacía.</translation>
    </message>
    <message>
        <source>Your conversations were saved by a newer version of Hearth; update Hearth to open them. The file was left untouched.</source>
        <comment>store.store-too-new</comment>
        <translation>Tus conversaciones se guardaron con una versión más reciente de Hearth; actualiza Hearth para abrirlas. El archivo no se ha tocado.</translation>
    </message>
    <message>
        <source>Hearth cannot open your saved conversations at {path}. Check that the folder exists and that you are allowed to write to it.</source>
        <comment>store.store-unavailable</comment>
        <translation>Hearth no puede abrir tus conversaciones guardadas en {path}. Comprueba que la carpeta existe y que tienes permiso para escribir en ella.</translation>
    </message>
    <message>
        <source>The disk is full, so Hearth could not save your conversation. Free some space and try again.</source>
        <comment>store.store-disk-full</comment>
        <translation>El disco está lleno, así que Hearth no pudo guardar tu conversación. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your conversations are busy in another Hearth window or program; try again in a moment.</source>
        <comment>store.busy</comment>
        <translation>Tus conversaciones están ocupadas en otra ventana o programa de Hearth; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Hearth cannot save conversations because {path} is read-only. Check the file&apos;s permissions or free the drive it is on.</source>
        <comment>store.read-only</comment>
        <translation>Hearth no puede guardar conversaciones porque {path} es de solo lectura. Comprueba los permisos del archivo o libera la unidad en la que está.</translation>
    </message>
    <message>
        <source>Hearth could not read or save your conversations.</source>
        <comment>store.failed</comment>
        <translation>Hearth no pudo leer ni guardar tus conversaciones.</translation>
    </message>
    <message>
        <source>This conversation no longer exists; it may have been deleted in another window.</source>
        <comment>store.conversation-gone</comment>
        <translation>Esta conversación ya no existe; puede que se haya eliminado en otra ventana.</translation>
    </message>
    <message>
        <source>This message no longer exists; it may have been removed in another window.</source>
        <comment>store.message-gone</comment>
        <translation>Este mensaje ya no existe; puede que se haya quitado en otra ventana.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>store.file</comment>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Hearth cannot open its {what} {path}.</source>
        <comment>store.cannot-open-file</comment>
        <translation>Hearth no puede abrir su {what} {path}.</translation>
    </message>
    <message>
        <source>The {what} is closed.</source>
        <comment>store.file-closed</comment>
        <translation>El {what} está cerrado.</translation>
    </message>
</context>
<context>
    <name>SuiteEditor</name>
    <message>
        <source>My suite</source>
        <translation>Mi batería</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (mi copia)</translation>
    </message>
    <message>
        <source>Edit the suite “{name}”</source>
        <translation>Editar la batería «{name}»</translation>
    </message>
    <message>
        <source>Edit a copy of “{name}”</source>
        <translation>Editar una copia de «{name}»</translation>
    </message>
    <message>
        <source>New suite of checks</source>
        <translation>Nueva batería de pruebas</translation>
    </message>
    <message>
        <source>Suite name</source>
        <translation>Nombre de la batería</translation>
    </message>
    <message>
        <source>Prompts of the suite</source>
        <translation>Prompts de la batería</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Añadir un prompt</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate the chosen prompt</source>
        <translation>Duplicar el prompt elegido</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen prompt</source>
        <translation>Quitar el prompt elegido</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the chosen prompt up</source>
        <translation>Subir el prompt elegido</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the chosen prompt down</source>
        <translation>Bajar el prompt elegido</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(aún sin texto)</translation>
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
        <translation>Prompt {number}, fila {row}</translation>
    </message>
    <message>
        <source>Prompt {number}</source>
        <translation>Prompt {number}</translation>
    </message>
    <message>
        <source>Give the suite a name: it is how the Checks tab lists it.</source>
        <translation>Ponle un nombre a la batería: así aparece en la pestaña Pruebas.</translation>
    </message>
    <message>
        <source>There is already a suite named “{name}”. Replace it with this one?</source>
        <translation>Ya hay una batería llamada «{name}». ¿Reemplazarla por esta?</translation>
    </message>
    <message>
        <source>Replace the suite?</source>
        <translation>¿Reemplazar la batería?</translation>
    </message>
    <message>
        <source>Throw away the changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>The changes to this suite are not saved. Close the editor and throw them away?</source>
        <translation>Los cambios de esta batería no están guardados. ¿Cerrar el editor y descartarlos?</translation>
    </message>
    <message>
        <source>Text, or {{name}} for a value of the table</source>
        <translation>Texto, o {{name}} para un valor de la tabla</translation>
    </message>
    <message>
        <source>Texts, separated by commas</source>
        <translation>Textos, separados por comas</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>es exactamente</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>contains (any case)</source>
        <translation>contiene (ignora mayúsculas)</translation>
    </message>
    <message>
        <source>contains any of</source>
        <translation>contiene alguno de</translation>
    </message>
    <message>
        <source>contains any of (any case)</source>
        <translation>contiene alguno de (ignora mayúsculas)</translation>
    </message>
    <message>
        <source>contains all of</source>
        <translation>contiene todos</translation>
    </message>
    <message>
        <source>contains all of (any case)</source>
        <translation>contiene todos (ignora mayúsculas)</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>no contiene</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>empieza por</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>termina en</translation>
    </message>
    <message>
        <source>matches the pattern</source>
        <translation>coincide con el patrón</translation>
    </message>
    <message>
        <source>A regular expression, such as ^[A-Z]</source>
        <translation>Una expresión regular, como ^[A-Z]</translation>
    </message>
    <message>
        <source>is JSON</source>
        <translation>es JSON</translation>
    </message>
    <message>
        <source>is JSON matching this schema</source>
        <translation>es JSON que cumple este esquema</translation>
    </message>
    <message>
        <source>A JSON schema, such as {&quot;type&quot;: &quot;object&quot;}</source>
        <translation>Un esquema JSON, como {&quot;type&quot;: &quot;object&quot;}</translation>
    </message>
    <message>
        <source>contains JSON</source>
        <translation>contiene JSON</translation>
    </message>
    <message>
        <source>contains JSON matching this schema</source>
        <translation>contiene JSON que cumple este esquema</translation>
    </message>
    <message>
        <source>has at most N words</source>
        <translation>tiene como máximo N palabras</translation>
    </message>
    <message>
        <source>has at least N words</source>
        <translation>tiene al menos N palabras</translation>
    </message>
    <message>
        <source>has N words (or from N to M)</source>
        <translation>tiene N palabras (o de N a M)</translation>
    </message>
    <message>
        <source>20, or 3–20</source>
        <translation>20, o 3–20</translation>
    </message>
    <message>
        <source>calls the tool</source>
        <translation>llama a la herramienta</translation>
    </message>
    <message>
        <source>The tool&apos;s name, then its arguments as JSON if you want: f {&quot;x&quot;: 1}</source>
        <translation>El nombre de la herramienta y, si quieres, sus argumentos en JSON: f {&quot;x&quot;: 1}</translation>
    </message>
    <message>
        <source>calls only offered tools, with valid arguments</source>
        <translation>solo llama a herramientas ofrecidas, con argumentos válidos</translation>
    </message>
    <message>
        <source>answers within N s</source>
        <translation>responde en N s como máximo</translation>
    </message>
    <message>
        <source>Seconds, such as 2.5</source>
        <translation>Segundos, como 2.5</translation>
    </message>
    <message>
        <source>as fast as N tokens/s</source>
        <translation>al menos a N tokens/s</translation>
    </message>
    <message>
        <source>is written in language</source>
        <translation>está escrita en el idioma</translation>
    </message>
    <message>
        <source>A language, such as French or fr</source>
        <translation>Un idioma, como francés o fr</translation>
    </message>
    <message>
        <source>ends because of</source>
        <translation>termina por</translation>
    </message>
    <message>
        <source>stop, length or tool_calls</source>
        <translation>stop, length o tool_calls</translation>
    </message>
    <message>
        <source>similar to this answer (optional)</source>
        <translation>se parece a esta respuesta (opcional)</translation>
    </message>
    <message>
        <source>The answer a reply should resemble</source>
        <translation>La respuesta a la que debe parecerse</translation>
    </message>
    <message>
        <source>a judge model grades it against this rubric (optional)</source>
        <translation>un modelo juez la califica según esta rúbrica (opcional)</translation>
    </message>
    <message>
        <source>What a good reply does, in plain words</source>
        <translation>Lo que hace una buena respuesta, con palabras sencillas</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Picture {name}</source>
        <translation>Imagen {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Do not send {name}</source>
        <translation>No enviar {name}</translation>
    </message>
</context>
<context>
    <name>TokenSettings</name>
    <message>
        <source>Hugging Face token</source>
        <translation>Token de Hugging Face</translation>
    </message>
    <message>
        <source>Some models ask you to accept their licence on Hugging Face before you can download them. With a token, Hearth can download those for you. A “Read” token is enough: &lt;a href=&quot;{url}&quot;&gt;create one on huggingface.co&lt;/a&gt;.</source>
        <translation>Algunos modelos te piden aceptar su licencia en Hugging Face antes de poder descargarlos. Con un token, Hearth puede descargarlos por ti. Basta con un token de lectura («Read»): &lt;a href=&quot;{url}&quot;&gt;crea uno en huggingface.co&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Paste your token here (it starts with hf_)</source>
        <translation>Pega tu token aquí (empieza por hf_)</translation>
    </message>
    <message>
        <source>Save and test</source>
        <translation>Guardar y probar</translation>
    </message>
    <message>
        <source>Save and test the token</source>
        <translation>Guardar y probar el token</translation>
    </message>
    <message>
        <source>Keep the token and check it with Hugging Face</source>
        <translation>Guardar el token y comprobarlo con Hugging Face</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the token</source>
        <translation>Quitar el token</translation>
    </message>
    <message>
        <source>Forget the saved token</source>
        <translation>Olvidar el token guardado</translation>
    </message>
    <message>
        <source>Keep the token in a file only I can read, so Hearth still has it after it closes</source>
        <translation>Guardar el token en un archivo que solo yo pueda leer, para que Hearth lo conserve al cerrarse</translation>
    </message>
    <message>
        <source>Keep the token in a file</source>
        <translation>Guardar el token en un archivo</translation>
    </message>
    <message>
        <source>Ticked, the token is saved in {file}, which only your account can read; anyone who can read your files (an administrator, a backup) could read it too.</source>
        <translation>Si está marcado, el token se guarda en {file}, que solo tu cuenta puede leer; cualquiera que pueda leer tus archivos (un administrador, una copia de seguridad) también podría leerlo.</translation>
    </message>
    <message>
        <source>Looking for a saved token…</source>
        <translation>Buscando un token guardado…</translation>
    </message>
    <message>
        <source>A token is saved.</source>
        <translation>Hay un token guardado.</translation>
    </message>
    <message>
        <source>No token is saved.</source>
        <translation>No hay ningún token guardado.</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>Guardando el token…</translation>
    </message>
    <message>
        <source>Checking the token with Hugging Face…</source>
        <translation>Comprobando el token con Hugging Face…</translation>
    </message>
    <message>
        <source>Hearth will forget it when it closes, because this computer has no password store. To keep it, tick “Keep the token in a file” and save it again.</source>
        <translation>Hearth lo olvidará al cerrarse, porque este equipo no tiene almacén de contraseñas. Para conservarlo, marca «Guardar el token en un archivo» y vuelve a guardarlo.</translation>
    </message>
    <message>
        <source>The token was removed.</source>
        <translation>Se quitó el token.</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Permitir una vez</translation>
    </message>
    <message>
        <source>Always for this tool</source>
        <translation>Siempre para esta herramienta</translation>
    </message>
    <message>
        <source>Always for this server</source>
        <translation>Siempre para este servidor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The model wants to run this tool. Allow it?</source>
        <translation>El modelo quiere ejecutar esta herramienta. ¿Lo permites?</translation>
    </message>
    <message>
        <source>This tool changed since you allowed it always:</source>
        <translation>Esta herramienta cambió desde que la permitiste siempre:</translation>
    </message>
    <message>
        <source>Tool call: {tool} on {server}</source>
        <translation>Llamada a herramienta: {tool} en {server}</translation>
    </message>
    <message>
        <source>Tool call: {tool}</source>
        <translation>Llamada a herramienta: {tool}</translation>
    </message>
    <message>
        <source>Arguments of the call to {tool}</source>
        <translation>Argumentos de la llamada a {tool}</translation>
    </message>
    <message>
        <source>Deny: {tool}</source>
        <translation>Denegar: {tool}</translation>
    </message>
    <message>
        <source>Allow once: {tool}</source>
        <translation>Permitir una vez: {tool}</translation>
    </message>
    <message>
        <source>Always for this tool: {tool}</source>
        <translation>Siempre para esta herramienta: {tool}</translation>
    </message>
    <message>
        <source>Always for this server: {tool}</source>
        <translation>Siempre para este servidor: {tool}</translation>
    </message>
    <message>
        <source>Show the result of {tool}</source>
        <translation>Mostrar el resultado de {tool}</translation>
    </message>
    <message>
        <source>Result of the call to {tool}</source>
        <translation>Resultado de la llamada a {tool}</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>Done in {seconds} s</source>
        <translation>Hecho en {seconds} s</translation>
    </message>
</context>
<context>
    <name>ToolServerDialog</name>
    <message>
        <source>Edit tool server</source>
        <translation>Editar servidor de herramientas</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Añadir un servidor de herramientas</translation>
    </message>
    <message>
        <source>A program on this computer</source>
        <translation>Un programa de este equipo</translation>
    </message>
    <message>
        <source>A server at an address</source>
        <translation>Un servidor en una dirección</translation>
    </message>
    <message>
        <source>e.g. npx -y @modelcontextprotocol/server-filesystem ~/Notes</source>
        <translation>p. ej. npx -y @modelcontextprotocol/server-filesystem ~/Notes</translation>
    </message>
    <message>
        <source>One per line: NAME=value</source>
        <translation>Uno por línea: NOMBRE=valor</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8000/mcp</source>
        <translation>p. ej. http://127.0.0.1:8000/mcp</translation>
    </message>
    <message>
        <source>One per line: Name=value</source>
        <translation>Uno por línea: Nombre=valor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Folder (optional)</source>
        <translation>Carpeta (opcional)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>A program gets only a few of Hearth&apos;s environment variables (HOME, PATH, LANG…) and the ones written here. Values whose names look secret (API_KEY, TOKEN, Authorization…) are kept in the password store, not in mcp.json; ${keyring} stands for one kept there. Every call a model makes asks you first.</source>
        <translation>Un programa recibe solo algunas variables de entorno de Hearth (HOME, PATH, LANG…) y las escritas aquí. Los valores cuyos nombres parecen secretos (API_KEY, TOKEN, Authorization…) se guardan en el almacén de contraseñas, no en mcp.json; ${keyring} representa uno guardado allí. Cada llamada de un modelo te pregunta antes.</translation>
    </message>
    <message>
        <source>“{line}” is not a header: write NAME=value.</source>
        <translation>«{line}» no es una cabecera: escribe NOMBRE=valor.</translation>
    </message>
    <message>
        <source>“{line}” is not an environment variable: write NAME=value.</source>
        <translation>«{line}» no es una variable de entorno: escribe NOMBRE=valor.</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Carpeta de trabajo</translation>
    </message>
    <message>
        <source>Environment variables, one per line</source>
        <translation>Variables de entorno, una por línea</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Headers, one per line</source>
        <translation>Cabeceras, una por línea</translation>
    </message>
    <message>
        <source>Write the server&apos;s address, starting with http:// or https://.</source>
        <translation>Escribe la dirección del servidor, empezando por http:// o https://.</translation>
    </message>
    <message>
        <source>The command has an unclosed quote.</source>
        <translation>Al comando le falta cerrar una comilla.</translation>
    </message>
    <message>
        <source>Write the command that starts the server, e.g. uvx mcp-server-time.</source>
        <translation>Escribe el comando que inicia el servidor, p. ej. uvx mcp-server-time.</translation>
    </message>
</context>
<context>
    <name>ToolServersState</name>
    <message>
        <source>{file} lists no tool servers.</source>
        <translation>{file} no contiene ningún servidor de herramientas.</translation>
    </message>
</context>
<context>
    <name>ToolTurn</name>
    <message>
        <source>Switch some off with the Tools button.</source>
        <translation>Desactiva algunos con el botón Herramientas.</translation>
    </message>
</context>
<context>
    <name>ToolUse</name>
    <message>
        <source>it is not valid JSON ({problem})</source>
        <comment>tool_use.approvals-not-json</comment>
        <translation>no es JSON válido ({problem})</translation>
    </message>
    <message>
        <source>The remembered tool approvals could not be used: {problem}. The file was kept as {aside}; tool calls ask again until new answers are remembered.</source>
        <comment>tool_use.approvals-damaged</comment>
        <translation>No se pudieron usar las aprobaciones de herramientas recordadas: {problem}. El archivo se guardó como {aside}; las llamadas a herramientas volverán a preguntar hasta que se recuerden nuevas respuestas.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <comment>tool_use.approvals-not-object</comment>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>it has no “servers” object</source>
        <comment>tool_use.approvals-no-servers</comment>
        <translation>no tiene ningún objeto «servers»</translation>
    </message>
    <message>
        <source>the answers for “{identity}” are not an object</source>
        <comment>tool_use.approvals-bad-server</comment>
        <translation>las respuestas para «{identity}» no son un objeto</translation>
    </message>
    <message>
        <source>about </source>
        <comment>tool_use.about</comment>
        <translation>unos </translation>
    </message>
    <message>
        <source>The tools offered would take {about}{total:,} tokens of the model&apos;s {context:,}-token context, more than a quarter, leaving less room for the conversation.</source>
        <comment>tool_use.tools-too-big</comment>
        <translation>Las herramientas ofrecidas ocuparían {about}{total:,} tokens del contexto de {context:,} tokens del modelo, más de una cuarta parte, y dejarían menos espacio para la conversación.</translation>
    </message>
    <message>
        <source>{said} Switching off {listed} would help most.</source>
        <comment>tool_use.switch-off-servers</comment>
        <translation>{said} Lo que más ayudaría es desactivar {listed}.</translation>
    </message>
    <message>
        <source>{said} Switching off some tools of {server}, the biggest first — {listed} — would help.</source>
        <comment>tool_use.switch-off-tools-of</comment>
        <translation>{said} Ayudaría desactivar algunas herramientas de {server}, empezando por las más grandes: {listed}.</translation>
    </message>
    <message>
        <source>{said} Switching off some tools, the biggest first — {listed} — would help.</source>
        <comment>tool_use.switch-off-tools</comment>
        <translation>{said} Ayudaría desactivar algunas herramientas, empezando por las más grandes: {listed}.</translation>
    </message>
    <message>
        <source>{name} ({about}{tokens:,} tokens)</source>
        <comment>tool_use.listed-size</comment>
        <translation>{name} ({about}{tokens:,} tokens)</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <comment>tool_use.list-and</comment>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>The tokenizer of {name} could not be read, so the tools&apos; sizes cannot be counted with it. Check that the file is a complete GGUF model.</source>
        <comment>tool_use.tokenizer-unreadable</comment>
        <translation>No se pudo leer el tokenizador de {name}, así que no se pueden contar con él los tamaños de las herramientas. Comprueba que el archivo es un modelo GGUF completo.</translation>
    </message>
    <message>
        <source>Hearth&apos;s document search has no tool called “{tool}”; it has only “{known}”.</source>
        <comment>tool_use.search-unknown-tool</comment>
        <translation>La búsqueda en documentos de Hearth no tiene ninguna herramienta llamada «{tool}»; solo tiene «{known}».</translation>
    </message>
    <message>
        <source>{tool} needs a query: a question or a few words to look for.</source>
        <comment>tool_use.search-needs-query</comment>
        <translation>{tool} necesita una consulta: una pregunta o unas palabras que buscar.</translation>
    </message>
    <message>
        <source>There is no document collection called “{collection}” any more, so nothing was searched.</source>
        <comment>tool_use.search-collection-gone</comment>
        <translation>Ya no hay ninguna colección de documentos llamada «{collection}», así que no se buscó nada.</translation>
    </message>
    <message>
        <source>The collection “{collection}” has no documents read into it yet, so there is nothing to search: add documents to it on the Documents page (or with `hearth docs add`).</source>
        <comment>tool_use.search-empty-collection</comment>
        <translation>La colección «{collection}» aún no tiene documentos leídos, así que no hay nada en lo que buscar: añádele documentos en la página Documentos (o con `hearth docs add`).</translation>
    </message>
    <message>
        <source>The collection “{collection}” was indexed with another embedding model than the one it is set to use now, so it cannot be searched until it is indexed again on the Documents page.</source>
        <comment>tool_use.search-needs-reindex</comment>
        <translation>La colección «{collection}» se indexó con un modelo de incrustación distinto del que tiene configurado ahora, así que no se puede buscar en ella hasta que se vuelva a indexar en la página Documentos.</translation>
    </message>
    <message>
        <source>Hearth&apos;s document search did not answer within {timeout_s:g} seconds (its embedding model was busy or still loading), so Hearth stopped waiting. It can be asked again.</source>
        <comment>tool_use.search-timed-out</comment>
        <translation>La búsqueda en documentos de Hearth no respondió en {timeout_s:g} segundos (su modelo de incrustación estaba ocupado o aún cargándose), así que Hearth dejó de esperar. Se le puede volver a preguntar.</translation>
    </message>
    <message>
        <source>The tool call the model had to write was cut off by the reply&apos;s token limit, so nothing ran; allow longer replies.</source>
        <comment>tool_use.forced-call-cut-off</comment>
        <translation>La llamada a herramienta que debía escribir el modelo quedó cortada por el límite de tokens de la respuesta, así que no se ejecutó nada; permite respuestas más largas.</translation>
    </message>
    <message>
        <source>The model asked for more tools after {count} round of tool calls; Hearth stopped there.</source>
        <comment>tool_use.stopped-after-round</comment>
        <translation>El modelo pidió más herramientas tras {count} ronda de llamadas a herramientas; Hearth se detuvo ahí.</translation>
    </message>
    <message>
        <source>The model asked for more tools after {count} rounds of tool calls; Hearth stopped there.</source>
        <comment>tool_use.stopped-after-rounds</comment>
        <translation>El modelo pidió más herramientas tras {count} rondas de llamadas a herramientas; Hearth se detuvo ahí.</translation>
    </message>
    <message>
        <source>The model asked again for {tool} with the same arguments; Hearth stopped there rather than run the same call twice.</source>
        <comment>tool_use.stopped-repeated-call</comment>
        <translation>El modelo volvió a pedir {tool} con los mismos argumentos; Hearth se detuvo ahí en lugar de ejecutar la misma llamada dos veces.</translation>
    </message>
    <message>
        <source>The model still wrote tool calls that cannot run after {tries} tries to correct them; Hearth stopped there.</source>
        <comment>tool_use.stopped-unrepaired</comment>
        <translation>El modelo siguió escribiendo llamadas a herramientas que no se pueden ejecutar tras {tries} intentos de corregirlas; Hearth se detuvo ahí.</translation>
    </message>
    <message>
        <source>There is no tool server called “{name}” in this conversation.</source>
        <comment>tool_use.server-not-in-conversation</comment>
        <translation>No hay ningún servidor de herramientas llamado «{name}» en esta conversación.</translation>
    </message>
</context>
<context>
    <name>ToolsButton</name>
    <message>
        <source>Let the model use tools: tool servers (MCP) chosen for this conversation</source>
        <translation>Permitir que el modelo use herramientas: servidores de herramientas (MCP) elegidos para esta conversación</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Tools ({count})</source>
        <translation>Herramientas ({count})</translation>
    </message>
    <message>
        <source>Tools: none on</source>
        <translation>Herramientas: ninguna activa</translation>
    </message>
    <message numerus="yes">
        <source>Tools: %n servers on</source>
        <translation>
            <numerusform>Herramientas: %n servidor activo</numerusform>
            <numerusform>Herramientas: %n servidores activos</numerusform>
        </translation>
    </message>
    <message>
        <source>No tool servers yet</source>
        <translation>Aún no hay servidores de herramientas</translation>
    </message>
    <message>
        <source>Search my documents</source>
        <translation>Buscar en mis documentos</translation>
    </message>
    <message>
        <source>The model searches this conversation&apos;s collection when it decides to, and shows its sources</source>
        <translation>El modelo busca en la colección de esta conversación cuando lo decide y muestra sus fuentes</translation>
    </message>
    <message>
        <source>Choose a collection to answer from first</source>
        <translation>Elige primero una colección para responder</translation>
    </message>
    <message>
        <source>Make the model call a tool first</source>
        <translation>Hacer que el modelo llame primero a una herramienta</translation>
    </message>
    <message>
        <source>Each reply begins with a call to one of the chosen tools</source>
        <translation>Cada respuesta empieza con una llamada a una de las herramientas elegidas</translation>
    </message>
    <message>
        <source>Start the servers to see their tools</source>
        <translation>Inicia los servidores para ver sus herramientas</translation>
    </message>
    <message>
        <source>Manage tools…</source>
        <translation>Gestionar herramientas…</translation>
    </message>
</context>
<context>
    <name>ToolsSettings</name>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Tool servers (MCP) let a model read a folder, check the time or search the web, as in Claude Desktop or LM Studio. Turn them on per conversation with the Tools button in Chat; every call asks you first.</source>
        <translation>Los servidores de herramientas (MCP) permiten que un modelo lea una carpeta, consulte la hora o busque en la web, como en Claude Desktop o LM Studio. Actívalos por conversación con el botón Herramientas en Chat; cada llamada te pregunta antes.</translation>
    </message>
    <message>
        <source>Server or tool</source>
        <translation>Servidor o herramienta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Tool servers and their tools</source>
        <translation>Servidores de herramientas y sus herramientas</translation>
    </message>
    <message>
        <source>Space turns the chosen tool on or off</source>
        <translation>Espacio activa o desactiva la herramienta elegida</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Añadir un servidor de herramientas</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the chosen tool server</source>
        <translation>Editar el servidor de herramientas elegido</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen tool server</source>
        <translation>Quitar el servidor de herramientas elegido</translation>
    </message>
    <message>
        <source>Start and list tools</source>
        <translation>Iniciar y listar herramientas</translation>
    </message>
    <message>
        <source>≈{count} tokens</source>
        <translation>≈{count} tokens</translation>
    </message>
    <message>
        <source>Remove the tool server “{name}”? Its tools stop being offered to models.</source>
        <translation>¿Quitar el servidor de herramientas «{name}»? Sus herramientas dejarán de ofrecerse a los modelos.</translation>
    </message>
    <message>
        <source>From {app}</source>
        <translation>De {app}</translation>
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
        <translation>Olvidar aprobaciones</translation>
    </message>
    <message>
        <source>Every tool asks again before its next call</source>
        <translation>Cada herramienta vuelve a preguntar antes de su próxima llamada</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message numerus="yes">
        <source>Running · %n tool(s)</source>
        <translation>
            <numerusform>En ejecución · %n herramienta</numerusform>
            <numerusform>En ejecución · %n herramientas</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start</source>
        <translation>No se pudo iniciar</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Aún no iniciado</translation>
    </message>
    <message>
        <source>Remove tool server</source>
        <translation>Quitar servidor de herramientas</translation>
    </message>
    <message>
        <source>Every tool call will ask you again before it runs.</source>
        <translation>Cada llamada a herramienta volverá a preguntarte antes de ejecutarse.</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Desde un archivo…</translation>
    </message>
    <message>
        <source>Import tool servers</source>
        <translation>Importar servidores de herramientas</translation>
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
        <translation>Idioma de la grabación</translation>
    </message>
    <message>
        <source>Detect the language</source>
        <translation>Detectar el idioma</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Write down what is said</source>
        <translation>Escribir lo que se dice</translation>
    </message>
    <message>
        <source>Translate it to English</source>
        <translation>Traducirlo al inglés</translation>
    </message>
    <message>
        <source>Skip silence and noise (fewer invented sentences)</source>
        <translation>Saltar silencios y ruido (menos frases inventadas)</translation>
    </message>
    <message>
        <source>Time every word (tighter subtitles, a little slower)</source>
        <translation>Marcar el tiempo de cada palabra (subtítulos más ajustados, algo más lento)</translation>
    </message>
    <message>
        <source>Fast mode (several parts at once; subtitle times are approximate without word times)</source>
        <translation>Modo rápido (varias partes a la vez; los tiempos de los subtítulos son aproximados sin tiempos por palabra)</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulario</translation>
    </message>
    <message>
        <source>Names and terms to spell right, e.g. “Hearth, Whisper, Ana Lopes” (optional)</source>
        <translation>Nombres y términos que hay que escribir bien, p. ej. «Hearth, Whisper, Ana Lopes» (opcional)</translation>
    </message>
    <message>
        <source>Vocabulary: names and terms to spell right</source>
        <translation>Vocabulario: nombres y términos que hay que escribir bien</translation>
    </message>
    <message>
        <source>Beam size</source>
        <translation>Tamaño del haz</translation>
    </message>
    <message>
        <source>How many guesses Whisper weighs at each step: more is a little better and slower</source>
        <translation>Cuántas opciones sopesa Whisper en cada paso: más es algo mejor y más lento</translation>
    </message>
</context>
<context>
    <name>TranscribePage</name>
    <message>
        <source>{formats} and {last}</source>
        <translation>{formats} y {last}</translation>
    </message>
    <message>
        <source>Each transcript is saved automatically as {formats} in {folder}, never over a file of yours.</source>
        <translation>Cada transcripción se guarda automáticamente como {formats} en {folder}, sin sobrescribir nunca un archivo tuyo.</translation>
    </message>
    <message>
        <source>Each transcript is saved automatically as {formats} next to its recording, never over a file of yours.</source>
        <translation>Cada transcripción se guarda automáticamente como {formats} junto a su grabación, sin sobrescribir nunca un archivo tuyo.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation>Transcribir</translation>
    </message>
    <message>
        <source>Recordings and videos become transcripts and subtitles on this computer. Nothing is uploaded.</source>
        <translation>Las grabaciones y los vídeos se convierten en transcripciones y subtítulos en este equipo. No se sube nada.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Transcription options</source>
        <translation>Opciones de transcripción</translation>
    </message>
    <message>
        <source>Where transcripts are saved</source>
        <translation>Dónde se guardan las transcripciones</translation>
    </message>
    <message>
        <source>The folder and the formats are in Settings, under Transcripts</source>
        <translation>La carpeta y los formatos están en Ajustes, en Transcripciones</translation>
    </message>
    <message>
        <source>No recordings were found in what was dropped.</source>
        <translation>No se encontraron grabaciones en lo que se soltó.</translation>
    </message>
    <message>
        <source>The transcript of {name} is ready.</source>
        <translation>La transcripción de {name} está lista.</translation>
    </message>
    <message>
        <source>Transcribing {name} failed: {reason}</source>
        <translation>Falló la transcripción de {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <source>Summarize this</source>
        <translation>Resumir esto</translation>
    </message>
    <message>
        <source>List the action items, with who does what</source>
        <translation>Enumerar las tareas pendientes, con quién hace qué</translation>
    </message>
    <message>
        <source>Ask my own question</source>
        <translation>Hacer mi propia pregunta</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the whole transcript</source>
        <translation>Copiar toda la transcripción</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Save the transcript as</source>
        <translation>Guardar la transcripción como</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Show the transcript&apos;s folder</source>
        <translation>Mostrar la carpeta de la transcripción</translation>
    </message>
    <message>
        <source>Send to chat</source>
        <translation>Enviar al chat</translation>
    </message>
    <message>
        <source>Send the transcript to the chat</source>
        <translation>Enviar la transcripción al chat</translation>
    </message>
    <message>
        <source>Drop a recording to begin; its transcript shows here when it is done.</source>
        <translation>Suelta una grabación para empezar; su transcripción aparecerá aquí cuando esté lista.</translation>
    </message>
    <message>
        <source>No transcript yet.</source>
        <translation>Aún no hay transcripción.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as {files} in {folder}.</source>
        <translation>Guardada como {files} en {folder}.</translation>
    </message>
    <message>
        <source>Save the transcript as {format}</source>
        <translation>Guardar la transcripción como {format}</translation>
    </message>
    <message>
        <source>The transcript could not be saved there</source>
        <translation>No se pudo guardar la transcripción ahí</translation>
    </message>
    <message>
        <source>Saved {file} in {folder}.</source>
        <translation>Se guardó {file} en {folder}.</translation>
    </message>
    <message>
        <source>Transcript: {name}</source>
        <translation>Transcripción: {name}</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Search the transcript</source>
        <translation>Buscar en la transcripción</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Text (double-click to edit)</source>
        <translation>Texto (doble clic para editar)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>One line per timed segment; F2 or a double-click edits its text</source>
        <translation>Una línea por segmento con tiempo; F2 o un doble clic edita su texto</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n lines</source>
        <translation>
            <numerusform>{shown} de %n línea</numerusform>
            <numerusform>{shown} de %n líneas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transcription</name>
    <message>
        <source>Waiting to start…</source>
        <comment>transcription.waiting</comment>
        <translation>Esperando para empezar…</translation>
    </message>
    <message>
        <source>The folder chosen for transcripts could not be written, so they are in {folder}.</source>
        <comment>transcription.fallback-folder</comment>
        <translation>No se pudo escribir en la carpeta elegida para las transcripciones, así que están en {folder}.</translation>
    </message>
    <message>
        <source>The transcript could not be saved in {folder}: {problem}.</source>
        <comment>transcription.transcript-not-saved-in-folder</comment>
        <translation>No se pudo guardar la transcripción en {folder}: {problem}.</translation>
    </message>
    <message>
        <source>The transcript could not be saved in {folder} nor in {fallback}: {problem}.</source>
        <comment>transcription.transcript-not-saved</comment>
        <translation>No se pudo guardar la transcripción ni en {folder} ni en {fallback}: {problem}.</translation>
    </message>
</context>
<context>
    <name>TranscriptionQueueList</name>
    <message>
        <source>Transcription queue</source>
        <translation>Cola de transcripción</translation>
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
        <translation>Transcripciones</translation>
    </message>
    <message>
        <source>A file already there is never replaced: the new one gets a number, like “talk (2).srt”.</source>
        <translation>Nunca se reemplaza un archivo que ya exista: el nuevo recibe un número, como «charla (2).srt».</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>Choose a folder for transcripts</source>
        <translation>Elegir una carpeta para las transcripciones</translation>
    </message>
    <message>
        <source>Next to each recording</source>
        <translation>Junto a cada grabación</translation>
    </message>
    <message>
        <source>Save transcripts next to each recording</source>
        <translation>Guardar las transcripciones junto a cada grabación</translation>
    </message>
    <message>
        <source>Save automatically as</source>
        <translation>Guardar automáticamente como</translation>
    </message>
    <message>
        <source>Save automatically as {format}</source>
        <translation>Guardar automáticamente como {format}</translation>
    </message>
    <message>
        <source>Choose where transcripts are saved</source>
        <translation>Elige dónde se guardan las transcripciones</translation>
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
        <translation>Valores de las variables del prompt, un caso por fila</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Añadir una fila</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Quitar la fila</translation>
    </message>
    <message>
        <source>Remove the chosen row</source>
        <translation>Quitar la fila elegida</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Pegar filas</translation>
    </message>
    <message>
        <source>Rows copied from a spreadsheet: one case a line, values apart by tabs</source>
        <translation>Filas copiadas de una hoja de cálculo: un caso por línea, valores separados por tabulaciones</translation>
    </message>
    <message>
        <source>Values: one case per row</source>
        <translation>Valores: un caso por fila</translation>
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
        <translation>El idioma de Hearth; puedes cambiarlo después en Ajustes</translation>
    </message>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Te damos la bienvenida a Hearth</translation>
    </message>
    <message>
        <source>Hearth runs open AI models on this computer. Nothing you type, show or say leaves it, and once a model is here it works offline.</source>
        <translation>Hearth ejecuta modelos de IA abiertos en este equipo. Nada de lo que escribes, muestras o dices sale de él, y una vez que un modelo está aquí funciona sin conexión.</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>¿Cómo quieres empezar?</translation>
    </message>
    <message>
        <source>Find a model for this computer</source>
        <translation>Buscar un modelo para este equipo</translation>
    </message>
    <message>
        <source>Hearth looks at your hardware and suggests three chat models that run well on it.</source>
        <translation>Hearth examina tu hardware y te sugiere tres modelos de chat que funcionan bien en él.</translation>
    </message>
    <message>
        <source>I already have models</source>
        <translation>Ya tengo modelos</translation>
    </message>
    <message>
        <source>Add GGUF files you have, or use the ones found from LM Studio, Ollama or the Hugging Face cache.</source>
        <translation>Añade archivos GGUF que tengas, o usa los encontrados de LM Studio, Ollama o la caché de Hugging Face.</translation>
    </message>
    <message>
        <source>Transcribe a file</source>
        <translation>Transcribir un archivo</translation>
    </message>
    <message>
        <source>Turn a recording or a video into text and subtitles, made on this computer.</source>
        <translation>Convierte una grabación o un vídeo en texto y subtítulos, creados en este equipo.</translation>
    </message>
</context>
</TS>
