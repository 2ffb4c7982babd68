<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AttachedDocuments</name>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Dokumente ({patterns})</translation>
    </message>
    <message>
        <source>The reply will read:</source>
        <translation>Die Antwort stützt sich auf:</translation>
    </message>
    <message>
        <source>{path}
Click to leave it out</source>
        <translation>{path}
Klicken, um es wegzulassen</translation>
    </message>
    <message>
        <source>Leave out {name}</source>
        <translation>{name} weglassen</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>ChatComposer</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Nachricht senden (Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Antwort stoppen</translation>
    </message>
    <message>
        <source>Stop the reply; what it wrote so far is kept (Esc)</source>
        <translation>Antwort stoppen; das bisher Geschriebene bleibt erhalten (Esc)</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Keep your message as it was (Esc)</source>
        <translation>Nachricht unverändert lassen (Esc)</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Bild…</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>Bild hinzufügen</translation>
    </message>
    <message>
        <source>Show the model a picture (or drop one on the chat, or paste it)</source>
        <translation>Dem Modell ein Bild zeigen (oder eines in den Chat ziehen oder einfügen)</translation>
    </message>
    <message>
        <source>Document…</source>
        <translation>Dokument…</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Dokument hinzufügen</translation>
    </message>
    <message>
        <source>Ask about a document: txt, md, pdf, docx, html (or drop one here)</source>
        <translation>Zu einem Dokument fragen: txt, md, pdf, docx, html (oder hier ablegen)</translation>
    </message>
    <message>
        <source>Use {model}</source>
        <translation>{model} verwenden</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message>
        <source>Show the model a picture</source>
        <translation>Dem Modell ein Bild zeigen</translation>
    </message>
    <message>
        <source>Ask about a document</source>
        <translation>Zu einem Dokument fragen</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Dieses Modell</translation>
    </message>
    <message>
        <source>{model} cannot see images, and no model on this computer that fits can. Discover lists vision models (Qwen2.5-VL, Gemma 3, SmolVLM…); or pair a model with its vision companion (an mmproj file) in My Models. Your pictures and text stay here.</source>
        <translation>{model} kann keine Bilder sehen, und auch kein anderes passendes Modell auf diesem Computer. Unter „Entdecken“ finden Sie Modelle mit Bilderkennung (Qwen2.5-VL, Gemma 3, SmolVLM…); oder koppeln Sie unter „Meine Modelle“ ein Modell mit seinem Bildmodul (einer mmproj-Datei). Ihre Bilder und Ihr Text bleiben erhalten.</translation>
    </message>
    <message>
        <source>{model} cannot see images. Switch to a model that can, then press Send again; your pictures and text stay here.</source>
        <translation>{model} kann keine Bilder sehen. Wechseln Sie zu einem Modell, das es kann, und klicken Sie erneut auf „Senden“; Ihre Bilder und Ihr Text bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Precise</source>
        <translation>Präzise</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Kreativ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>Modell wird geladen</translation>
    </message>
    <message>
        <source>Think first</source>
        <translation>Erst nachdenken</translation>
    </message>
    <message>
        <source>This model can reason step by step before it answers (slower, often better)</source>
        <translation>Dieses Modell kann vor der Antwort Schritt für Schritt nachdenken (langsamer, oft besser)</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Reply style</source>
        <translation>Antwortstil</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Show the chat options</source>
        <translation>Chat-Optionen anzeigen</translation>
    </message>
    <message>
        <source>Ready · on {provider}</source>
        <translation>Bereit · bei {provider}</translation>
    </message>
    <message>
        <source>leaves this computer → {host}</source>
        <translation>verlässt diesen Computer → {host}</translation>
    </message>
    <message>
        <source>Your messages and the replies travel to {provider} at {host} and back. Hearth cannot tell what that computer keeps.</source>
        <translation>Ihre Nachrichten und die Antworten gehen an {provider} unter {host} und zurück. Hearth kann nicht wissen, was jener Computer speichert.</translation>
    </message>
    <message>
        <source>Ready · {context} tokens of context · sees images · loaded in {seconds} s</source>
        <translation>Bereit · {context} Tokens Kontext · sieht Bilder · geladen in {seconds} s</translation>
    </message>
    <message>
        <source>Ready · {context} tokens of context · loaded in {seconds} s</source>
        <translation>Bereit · {context} Tokens Kontext · geladen in {seconds} s</translation>
    </message>
</context>
<context>
    <name>ChatOptions</name>
    <message>
        <source>Top-p: the model picks only among its likeliest next words that together make up this share; lower is more focused, 1 leaves every word in.</source>
        <translation>Top-p: Das Modell wählt nur unter seinen wahrscheinlichsten nächsten Wörtern, die zusammen diesen Anteil ausmachen; niedriger ist fokussierter, 1 lässt alle Wörter zu.</translation>
    </message>
    <message>
        <source>Top-k: the model picks only among this many likeliest next words; 0 leaves every word in.</source>
        <translation>Top-k: Das Modell wählt nur unter so vielen wahrscheinlichsten nächsten Wörtern; 0 lässt alle Wörter zu.</translation>
    </message>
    <message>
        <source>Min-p: leaves out words far less likely than the likeliest one (this share of its chance); higher is more focused, 0 turns it off.</source>
        <translation>Min-p: Lässt Wörter weg, die viel unwahrscheinlicher sind als das wahrscheinlichste (dieser Anteil seiner Wahrscheinlichkeit); höher ist fokussierter, 0 schaltet es aus.</translation>
    </message>
    <message>
        <source>Repeat penalty: above 1, words the reply has just used become less likely, so it repeats itself less; 1 turns it off.</source>
        <translation>Wiederholungsstrafe: Über 1 werden Wörter, die die Antwort gerade verwendet hat, unwahrscheinlicher, sodass sie sich weniger wiederholt; 1 schaltet es aus.</translation>
    </message>
    <message>
        <source>Conversation memory: how the model keeps the conversation it has read (its KV cache). q8_0 needs about half the memory, so a long context fits where it would not; replies change very little.</source>
        <translation>Kontextspeicher: wie das Modell die gelesene Unterhaltung aufbewahrt (sein KV-Cache). q8_0 braucht etwa halb so viel Speicher, sodass ein langer Kontext passt, wo er sonst nicht passen würde; die Antworten ändern sich kaum.</translation>
    </message>
    <message>
        <source>Layers on the graphics card: how many of the model&apos;s layers run on the graphics card (faster); the rest run on the processor. Automatic puts as many as fit.</source>
        <translation>Schichten auf der Grafikkarte: wie viele Schichten des Modells auf der Grafikkarte laufen (schneller); der Rest läuft auf dem Prozessor. „Automatisch“ nimmt so viele, wie passen.</translation>
    </message>
    <message>
        <source>Standard (f16)</source>
        <translation>Standard (f16)</translation>
    </message>
    <message>
        <source>Smaller, for long context (q8_0)</source>
        <translation>Kleiner, für langen Kontext (q8_0)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
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
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <source>Longest reply (tokens)</source>
        <translation>Max. Antwortlänge (Tokens)</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>Kontext (Tokens)</translation>
    </message>
    <message>
        <source>Layers on the graphics card</source>
        <translation>Schichten auf der Grafikkarte</translation>
    </message>
    <message>
        <source>Conversation memory</source>
        <translation>Kontextspeicher</translation>
    </message>
    <message>
        <source>System prompt: how the model should behave (optional)</source>
        <translation>Systemprompt: wie sich das Modell verhalten soll (optional)</translation>
    </message>
    <message>
        <source>Speed up replies that quote the prompt</source>
        <translation>Antworten beschleunigen, die den Prompt zitieren</translation>
    </message>
    <message>
        <source>When a reply repeats words from your message or documents (a summary, a list of action items, an edited text), Hearth guesses several words at once and checks them. The reply is the same; it only arrives sooner. Hearth turns this off by itself for a model where it does not pay.</source>
        <translation>Wenn eine Antwort Wörter aus Ihrer Nachricht oder Ihren Dokumenten wiederholt (eine Zusammenfassung, eine Aufgabenliste, ein überarbeiteter Text), errät Hearth mehrere Wörter auf einmal und prüft sie. Die Antwort bleibt gleich; sie kommt nur schneller. Bei Modellen, bei denen es sich nicht lohnt, schaltet Hearth dies von selbst aus.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Cannot estimate this model&apos;s memory: {reason}</source>
        <translation>Der Speicherbedarf dieses Modells lässt sich nicht schätzen: {reason}</translation>
    </message>
    <message>
        <source>Conversation memory ({kind}): {size}.</source>
        <translation>Kontextspeicher ({kind}): {size}.</translation>
    </message>
    <message>
        <source>Needs about {size} with {context} context. {memory}</source>
        <translation>Braucht etwa {size} bei {context} Kontext. {memory}</translation>
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
        <translation>Warten Sie, bis diese Antwort fertig ist (oder stoppen Sie sie), und senden Sie das Transkript dann erneut an den Chat.</translation>
    </message>
    <message>
        <source>Choose a model first (the list above shows how each one fits this computer).</source>
        <translation>Wählen Sie zuerst ein Modell (die Liste oben zeigt, wie gut jedes zu diesem Computer passt).</translation>
    </message>
    <message>
        <source>Editing your message: send it to replace it and everything after it.</source>
        <translation>Sie bearbeiten Ihre Nachricht: Senden Sie sie, um sie und alles danach zu ersetzen.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Schreibt…</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>Hearth is still looking at this computer; choose the model again in a moment.</source>
        <translation>Hearth untersucht diesen Computer noch; wählen Sie das Modell gleich noch einmal.</translation>
    </message>
    <message>
        <source>This window cannot use other computers&apos; models.</source>
        <translation>Dieses Fenster kann keine Modelle anderer Computer verwenden.</translation>
    </message>
    <message>
        <source>That other computer was removed in Settings.</source>
        <translation>Dieser andere Computer wurde in den Einstellungen entfernt.</translation>
    </message>
    <message>
        <source>Answered from the files attached to this conversation; the collection “{collection}” was not searched. Start a new conversation to ask the collection.</source>
        <translation>Aus den an diese Unterhaltung angehängten Dateien beantwortet; die Sammlung „{collection}“ wurde nicht durchsucht. Starten Sie eine neue Unterhaltung, um die Sammlung zu befragen.</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>Antwort fehlgeschlagen</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; ask again in a moment.</source>
        <translation>Hearth untersucht diesen Computer noch; fragen Sie gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>ChatTranscript</name>
    <message>
        <source>About this chat</source>
        <translation>Über diesen Chat</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier messages</source>
        <translation>
            <numerusform>%n frühere Nachricht anzeigen</numerusform>
            <numerusform>%n frühere Nachrichten anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>not</source>
        <translation>nicht</translation>
    </message>
    <message>
        <source>Passes when the reply does not do this</source>
        <translation>Besteht, wenn die Antwort dies nicht tut</translation>
    </message>
    <message>
        <source>weight </source>
        <translation>Gewichtung </translation>
    </message>
    <message>
        <source>How much this check counts in the score (0: shown, never counted)</source>
        <translation>Wie stark diese Prüfung in die Punktzahl eingeht (0: angezeigt, nie gezählt)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>“{type}”: Hearth does not run this check; it is kept as written</source>
        <translation>„{type}“: Hearth führt diese Prüfung nicht aus; sie bleibt so erhalten, wie sie geschrieben ist</translation>
    </message>
    <message>
        <source>Check {number}: what to look for</source>
        <translation>Prüfung {number}: worauf geachtet wird</translation>
    </message>
    <message>
        <source>Check {number}: a check Hearth does not run</source>
        <translation>Prüfung {number}: eine Prüfung, die Hearth nicht ausführt</translation>
    </message>
    <message>
        <source>Check {number}: not</source>
        <translation>Prüfung {number}: nicht</translation>
    </message>
    <message>
        <source>Check {number}: value</source>
        <translation>Prüfung {number}: Wert</translation>
    </message>
    <message>
        <source>Check {number}: weight</source>
        <translation>Prüfung {number}: Gewichtung</translation>
    </message>
    <message>
        <source>Remove check {number}</source>
        <translation>Prüfung {number} entfernen</translation>
    </message>
    <message>
        <source>Check {number}: problem</source>
        <translation>Prüfung {number}: Problem</translation>
    </message>
    <message>
        <source>Check {number}: on the sample reply</source>
        <translation>Prüfung {number}: bei der Beispielantwort</translation>
    </message>
    <message>
        <source>Write the time in seconds, such as 2.5.</source>
        <translation>Geben Sie die Zeit in Sekunden an, etwa 2.5.</translation>
    </message>
    <message>
        <source>Write what this check looks for.</source>
        <translation>Geben Sie an, worauf diese Prüfung achtet.</translation>
    </message>
    <message>
        <source>Hearth does not run this optional check yet: it is kept and never counted.</source>
        <translation>Hearth führt diese optionale Prüfung noch nicht aus: Sie bleibt erhalten und wird nie gezählt.</translation>
    </message>
    <message>
        <source>Hearth does not run this check: it is kept as written and never counted.</source>
        <translation>Hearth führt diese Prüfung nicht aus: Sie bleibt unverändert erhalten und wird nie gezählt.</translation>
    </message>
    <message>
        <source>✓ Passes: {reason}</source>
        <translation>✓ Bestanden: {reason}</translation>
    </message>
    <message>
        <source>✗ Fails: {reason}</source>
        <translation>✗ Nicht bestanden: {reason}</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Suite of prompts with checks</source>
        <translation>Testreihe aus Prompts mit Prüfungen</translation>
    </message>
    <message>
        <source>Open a suite…</source>
        <translation>Testreihe öffnen…</translation>
    </message>
    <message>
        <source>Hearth&apos;s JSONL, or a promptfoo configuration (promptfooconfig.yaml)</source>
        <translation>Hearths JSONL oder eine promptfoo-Konfiguration (promptfooconfig.yaml)</translation>
    </message>
    <message>
        <source>New suite…</source>
        <translation>Neue Testreihe…</translation>
    </message>
    <message>
        <source>Write your own prompts and checks, in plain words</source>
        <translation>Eigene Prompts und Prüfungen in einfachen Worten schreiben</translation>
    </message>
    <message>
        <source>Repeats: </source>
        <translation>Wiederholungen: </translation>
    </message>
    <message>
        <source>Repeats with other seeds</source>
        <translation>Wiederholungen mit anderen Startwerten</translation>
    </message>
    <message>
        <source>Each case asked again with another seed: a case that passes only sometimes is flaky</source>
        <translation>Jeder Fall wird mit einem anderen Startwert erneut gestellt: Ein Fall, der nur manchmal besteht, ist unzuverlässig</translation>
    </message>
    <message>
        <source>Run the checks</source>
        <translation>Prüfungen ausführen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Save the results…</source>
        <translation>Ergebnisse speichern…</translation>
    </message>
    <message>
        <source>As a CSV of every reply, a JSON document or an HTML report</source>
        <translation>Als CSV mit jeder Antwort, als JSON-Dokument oder als HTML-Bericht</translation>
    </message>
    <message>
        <source>Checks run progress</source>
        <translation>Fortschritt der Prüfungen</translation>
    </message>
    <message>
        <source>“Similar” checks use</source>
        <translation>Ähnlichkeitsprüfungen nutzen</translation>
    </message>
    <message>
        <source>Embedding model for “similar” checks</source>
        <translation>Embedding-Modell für Ähnlichkeitsprüfungen</translation>
    </message>
    <message>
        <source>Optional: without one, “similar” checks are listed and not counted</source>
        <translation>Optional: Ohne eines werden Ähnlichkeitsprüfungen aufgeführt, aber nicht gezählt</translation>
    </message>
    <message>
        <source>Judge for rubric checks</source>
        <translation>Bewertungsmodell (Maßstab)</translation>
    </message>
    <message>
        <source>Judge model for rubric checks</source>
        <translation>Bewertungsmodell für Prüfungen nach Maßstab</translation>
    </message>
    <message>
        <source>Optional: a model of this computer grades replies against a rubric (at temperature 0)</source>
        <translation>Optional: Ein Modell auf diesem Computer bewertet Antworten nach einem Maßstab (bei Temperatur 0)</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>Kein Embedding-Modell</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>Kein Bewertungsmodell</translation>
    </message>
    <message>
        <source>Hearth does not run these checks of the suite, so they are listed and never counted: {names}.</source>
        <translation>Diese Prüfungen der Testreihe führt Hearth nicht aus; sie werden daher aufgeführt, aber nie gezählt: {names}.</translation>
    </message>
    <message>
        <source>Saved the suite “{name}”. Run it on the panes&apos; models.</source>
        <translation>Testreihe „{name}“ gespeichert. Führen Sie sie mit den Modellen der Bereiche aus.</translation>
    </message>
    <message>
        <source>, about {seconds} s left</source>
        <translation>, noch etwa {seconds} s</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <source>Hearth saves results as .csv, .json or .html: choose a name that ends with one of them.</source>
        <translation>Hearth speichert Ergebnisse als .csv, .json oder .html: Wählen Sie einen Namen mit einer dieser Endungen.</translation>
    </message>
    <message>
        <source>Hearth could not write {path}: {reason}. Choose another folder.</source>
        <translation>Hearth konnte {path} nicht schreiben: {reason}. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The results are saved in {path}.</source>
        <translation>Die Ergebnisse sind in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Run a suite on the panes&apos; models to see which one passes most here.</source>
        <translation>Führen Sie eine Testreihe mit den Modellen der Bereiche aus, um zu sehen, welches hier am häufigsten besteht.</translation>
    </message>
    <message>
        <source>CSV, every reply (*.csv);;JSON (*.json);;HTML report (*.html)</source>
        <translation>CSV, jede Antwort (*.csv);;JSON (*.json);;HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>Real work</source>
        <translation>Echte Aufgaben</translation>
    </message>
    <message>
        <source>Cases where the models disagree</source>
        <translation>Fälle, in denen die Modelle uneins sind</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name} (Ihre)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit a copy…</source>
        <translation>Kopie bearbeiten…</translation>
    </message>
    <message>
        <source>Change this suite of yours</source>
        <translation>Diese eigene Testreihe ändern</translation>
    </message>
    <message>
        <source>This suite is not yours to change: edit a copy, saved as one of your own</source>
        <translation>Diese Testreihe können Sie nicht ändern: Bearbeiten Sie eine Kopie, die als Ihre eigene gespeichert wird</translation>
    </message>
    <message>
        <source>Open a suite</source>
        <translation>Testreihe öffnen</translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation>Prüfungen laufen…</translation>
    </message>
    <message>
        <source>%v of %m replies graded</source>
        <translation>%v von %m Antworten bewertet</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Code in {language}</source>
        <translation>Code in {language}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>CollectionChooser</name>
    <message>
        <source>Answer from one of your document collections (made on the Documents page)</source>
        <translation>Aus einer Ihrer Dokumentsammlungen antworten (erstellt auf der Seite „Dokumente“)</translation>
    </message>
    <message>
        <source>Documents to answer from</source>
        <translation>Dokumente für die Antwort</translation>
    </message>
    <message>
        <source>Documents: {collection}</source>
        <translation>Dokumente: {collection}</translation>
    </message>
    <message>
        <source>No documents</source>
        <translation>Keine Dokumente</translation>
    </message>
</context>
<context>
    <name>CollectionList</name>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Embedding model: {model}</source>
        <translation>Embedding-Modell: {model}</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation>
            <numerusform>%n Abschnitt</numerusform>
            <numerusform>%n Abschnitte</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — {files}, {chunks} · needs indexing again (new embedding model)</source>
        <translation>{name} — {files}, {chunks} · muss neu indiziert werden (neues Embedding-Modell)</translation>
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
            <numerusform>%n Datei wartet</numerusform>
            <numerusform>%n Dateien warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>These two do not fit together here; Hearth loads them in turn, about {each} s each.</source>
        <comment>compare.two-in-turn</comment>
        <translation>Diese beiden passen hier nicht gleichzeitig in den Speicher; Hearth lädt sie nacheinander, jeweils etwa {each} s.</translation>
    </message>
    <message>
        <source>These {count} do not fit together here; Hearth loads them in turn, about {each} s each.</source>
        <comment>compare.in-turn</comment>
        <translation>Diese {count} passen hier nicht gleichzeitig in den Speicher; Hearth lädt sie nacheinander, jeweils etwa {each} s.</translation>
    </message>
    <message>
        <source>Line {number} of the file is not JSON.</source>
        <comment>compare.line-not-json</comment>
        <translation>Zeile {number} der Datei ist kein JSON.</translation>
    </message>
    <message>
        <source>Line {number} has no prompt (a string, or an object with a “prompt”).</source>
        <comment>compare.line-without-prompt</comment>
        <translation>Zeile {number} enthält keinen Prompt (einen Text oder ein Objekt mit „prompt“).</translation>
    </message>
    <message>
        <source>Hearth cannot read the prompts in {path}.</source>
        <comment>compare.prompts-unreadable</comment>
        <translation>Hearth kann die Prompts in {path} nicht lesen.</translation>
    </message>
    <message>
        <source>There are no prompts in {path}.</source>
        <comment>compare.no-prompts</comment>
        <translation>In {path} sind keine Prompts.</translation>
    </message>
    <message>
        <source>comparisons file</source>
        <comment>compare.comparisons-file</comment>
        <translation>Vergleichsdatei</translation>
    </message>
    <message>
        <source>There is already a prompt set called “{name}”.</source>
        <comment>compare.prompt-set-exists</comment>
        <translation>Es gibt bereits ein Prompt-Set namens „{name}“.</translation>
    </message>
    <message>
        <source>That prompt set is gone.</source>
        <comment>compare.prompt-set-gone</comment>
        <translation>Dieses Prompt-Set gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That run is gone.</source>
        <comment>compare.run-gone</comment>
        <translation>Diesen Durchlauf gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Three panes</source>
        <translation>Drei Bereiche</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Alle stoppen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the panes&apos; conversations as a Markdown file</source>
        <translation>Unterhaltungen der Bereiche als Markdown-Datei speichern</translation>
    </message>
    <message>
        <source>Ask every pane the same thing…</source>
        <translation>Alle Bereiche dasselbe fragen…</translation>
    </message>
    <message>
        <source>Message for every pane</source>
        <translation>Nachricht an alle Bereiche</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>An alle senden</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Prompt sets</source>
        <translation>Prompt-Sets</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Ways to compare</source>
        <translation>Vergleichsarten</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Choose a model in every pane.</source>
        <translation>Wählen Sie in jedem Bereich ein Modell.</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>Computer wird geprüft…</translation>
    </message>
    <message>
        <source>These fit in memory together: they stay loaded and answer in turn.</source>
        <translation>Diese passen gemeinsam in den Arbeitsspeicher: Sie bleiben geladen und antworten nacheinander.</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Vergleich exportieren</translation>
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
        <translation>fertig</translation>
    </message>
    <message>
        <source>reached the longest reply</source>
        <translation>maximale Länge erreicht</translation>
    </message>
    <message>
        <source>context full</source>
        <translation>Kontext voll</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>temp </source>
        <translation>Temp. </translation>
    </message>
    <message>
        <source>Temperature: 0 gives the same reply every time</source>
        <translation>Temperatur: Bei 0 kommt jedes Mal dieselbe Antwort</translation>
    </message>
    <message>
        <source>Temperature of pane {number}</source>
        <translation>Temperatur von Bereich {number}</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <source>Longest reply</source>
        <translation>Max. Antwortlänge</translation>
    </message>
    <message>
        <source>Longest reply in pane {number}</source>
        <translation>Max. Antwortlänge in Bereich {number}</translation>
    </message>
    <message>
        <source>Pane {number}</source>
        <translation>Bereich {number}</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Schnellstes</translation>
    </message>
    <message>
        <source>Model of pane {number}</source>
        <translation>Modell von Bereich {number}</translation>
    </message>
    <message>
        <source>Conversation in pane {number}</source>
        <translation>Unterhaltung in Bereich {number}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop pane {number}</source>
        <translation>Bereich {number} stoppen</translation>
    </message>
    <message>
        <source>Continue with this one</source>
        <translation>Hiermit weitermachen</translation>
    </message>
    <message>
        <source>Carry on this conversation in Chat with this pane&apos;s model</source>
        <translation>Diese Unterhaltung im Chat mit dem Modell dieses Bereichs fortsetzen</translation>
    </message>
    <message>
        <source>leaves this computer → {host}</source>
        <translation>verlässt diesen Computer → {host}</translation>
    </message>
    <message>
        <source>What you send this pane travels to {computer} at {host}, and its reply back. Hearth cannot tell what that computer keeps.</source>
        <translation>Was Sie an diesen Bereich senden, geht an {computer} unter {host}, die Antwort kommt von dort zurück. Hearth kann nicht wissen, was jener Computer speichert.</translation>
    </message>
    <message>
        <source>You: {prompt}</source>
        <translation>Sie: {prompt}</translation>
    </message>
    <message>
        <source>waiting for its turn…</source>
        <translation>wartet, bis es an der Reihe ist…</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>schreibt…</translation>
    </message>
    <message>
        <source>on {computer}</source>
        <translation>auf {computer}</translation>
    </message>
    <message>
        <source>{ttft} s to first token · {speed} tokens/s · {tokens} · {ending} · {where}</source>
        <translation>{ttft} s bis zum ersten Token · {speed} Tokens/s · {tokens} · {ending} · {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message the model… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Nachricht an das Modell… (Enter sendet, Shift+Enter für eine neue Zeile)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops a reply, Tab leaves the message</source>
        <translation>Enter sendet, Shift+Enter beginnt eine neue Zeile, Esc stoppt eine Antwort, Tab verlässt die Nachricht</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Neuen Chat starten (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Right-click a chat to rename, duplicate, export or delete it</source>
        <translation>Klicken Sie mit der rechten Maustaste auf einen Chat, um ihn umzubenennen, zu duplizieren, zu exportieren oder zu löschen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The chat could not be saved there</source>
        <translation>Der Chat konnte dort nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages?</source>
        <translation>„{title}“ und alle Nachrichten darin löschen?</translation>
    </message>
    <message>
        <source>Delete this chat and all its messages?</source>
        <translation>Diesen Chat und alle Nachrichten darin löschen?</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Chat löschen</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reused} of %Ln prompt tokens reused</source>
        <translation>
            <numerusform>{reused} von %Ln Prompt-Token wiederverwendet</numerusform>
            <numerusform>{reused} von %Ln Prompt-Tokens wiederverwendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Spracherkennung</translation>
    </message>
    <message>
        <source>Documents search</source>
        <translation>Dokumentsuche</translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation>Jede Lizenz</translation>
    </message>
    <message>
        <source>Business use allowed</source>
        <translation>Geschäftliche Nutzung erlaubt</translation>
    </message>
    <message>
        <source>Free licences only (Apache, MIT)</source>
        <translation>Nur freie Lizenzen (Apache, MIT)</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Jede Größe</translation>
    </message>
    <message>
        <source>Small (under 3 GB)</source>
        <translation>Klein (unter 3 GB)</translation>
    </message>
    <message>
        <source>Medium (3–10 GB)</source>
        <translation>Mittel (3–10 GB)</translation>
    </message>
    <message>
        <source>Large (over 10 GB)</source>
        <translation>Groß (über 10 GB)</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>Help me choose</source>
        <translation>Hilfe bei der Auswahl</translation>
    </message>
    <message>
        <source>Help me choose a model</source>
        <translation>Hilfe bei der Modellauswahl</translation>
    </message>
    <message>
        <source>Answer two questions and get up to three models that suit you and this computer</source>
        <translation>Beantworten Sie zwei Fragen und erhalten Sie bis zu drei Modelle, die zu Ihnen und diesem Computer passen</translation>
    </message>
    <message>
        <source>Open models you can run privately. The best fits for this computer come first; pick the smallest model that does what you need.</source>
        <translation>Offene Modelle, die Sie privat ausführen können. Die für diesen Computer passendsten stehen oben; wählen Sie das kleinste Modell, das kann, was Sie brauchen.</translation>
    </message>
    <message>
        <source>Search models (Ctrl+F)</source>
        <translation>Modelle suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Modelle suchen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Downloadgröße</translation>
    </message>
    <message>
        <source>Fits this computer</source>
        <translation>Passt zu diesem Computer</translation>
    </message>
    <message>
        <source>Only models that fit this computer</source>
        <translation>Nur Modelle, die zu diesem Computer passen</translation>
    </message>
    <message>
        <source>No model matches these filters.</source>
        <translation>Kein Modell entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every model again</source>
        <translation>Wieder alle Modelle anzeigen</translation>
    </message>
    <message>
        <source>Hearth&apos;s picks, best fits first</source>
        <translation>Hearths Empfehlungen, passendste zuerst</translation>
    </message>
    <message>
        <source>Where to look for models</source>
        <translation>Wo nach Modellen gesucht wird</translation>
    </message>
    <message>
        <source>Hearth&apos;s picks</source>
        <translation>Hearths Empfehlungen</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Hugging Face durchsuchen</translation>
    </message>
    <message>
        <source>Checking which models run on this computer…</source>
        <translation>Es wird geprüft, welche Modelle auf diesem Computer laufen…</translation>
    </message>
    <message numerus="yes">
        <source>%n models · {runs} run on this computer</source>
        <translation>
            <numerusform>%n Modell · auf diesem Computer lauffähig: {runs}</numerusform>
            <numerusform>%n Modelle · auf diesem Computer lauffähig: {runs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models · checking your computer…</source>
        <translation>
            <numerusform>%n Modell · Ihr Computer wird geprüft…</numerusform>
            <numerusform>%n Modelle · Ihr Computer wird geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {model}, chosen in Help me choose. Your other filters were cleared.</source>
        <translation>{model} wird angezeigt, gewählt in „Hilfe bei der Auswahl“. Ihre anderen Filter wurden zurückgesetzt.</translation>
    </message>
    <message>
        <source>Showing {model}, chosen in Help me choose.</source>
        <translation>{model} wird angezeigt, gewählt in „Hilfe bei der Auswahl“.</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>Zu groß für diesen Computer</translation>
    </message>
    <message>
        <source>{model} {quant} is too large for this computer.

{reason}

Download it anyway?</source>
        <translation>{model} {quant} ist zu groß für diesen Computer.

{reason}

Trotzdem herunterladen?</translation>
    </message>
</context>
<context>
    <name>DocumentSources</name>
    <message>
        <source>{file}, page {page} · score {score}</source>
        <translation>{file}, Seite {page} · Relevanz {score}</translation>
    </message>
    <message>
        <source>{file} · score {score}</source>
        <translation>{file} · Relevanz {score}</translation>
    </message>
    <message>
        <source>Read the documents whole. The passages closest to the question:</source>
        <translation>Dokumente vollständig gelesen. Die zur Frage passendsten Textstellen:</translation>
    </message>
    <message numerus="yes">
        <source>Answered from %n passages found in the documents:</source>
        <translation>
            <numerusform>Beantwortet aus %n Textstelle in den Dokumenten:</numerusform>
            <numerusform>Beantwortet aus %n Textstellen in den Dokumenten:</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask again, reading the documents whole</source>
        <translation>Erneut fragen und dabei die Dokumente vollständig lesen</translation>
    </message>
    <message>
        <source>Loads the model again with a context of {tokens} tokens, then asks the same question</source>
        <translation>Lädt das Modell erneut mit einem Kontext von {tokens} Tokens und stellt dann dieselbe Frage</translation>
    </message>
    <message>
        <source>Open {file}</source>
        <translation>{file} öffnen</translation>
    </message>
    <message>
        <source>The question and these passages were sent to {where}: they left this computer.</source>
        <translation>Die Frage und diese Textstellen wurden an {where} gesendet: Sie haben diesen Computer verlassen.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>This question is about the documents as a whole, but only {kept} passages were read. Loaded with a context of {needed:,} tokens (this model allows {trained:,}), it could read all of them whole: use the whole documents.</source>
        <comment>documents.whole-question-could-fit</comment>
        <translation>Diese Frage betrifft die Dokumente als Ganzes, aber nur {kept} Textstellen wurden gelesen. Mit einem Kontext von {needed:,} Tokens geladen (dieses Modell erlaubt {trained:,}), könnte es alle vollständig lesen: Lassen Sie die Dokumente vollständig lesen.</translation>
    </message>
    <message>
        <source>This question is about the documents as a whole, but they are too long for this model to read whole (about {whole:,} tokens; it has room for {context:,}). The answer saw only {kept} of {passages} passages, from {files} of {all_files} files: anything counted or summed up covers those passages only.</source>
        <comment>documents.whole-question-too-long</comment>
        <translation>Diese Frage betrifft die Dokumente als Ganzes, aber sie sind zu lang, als dass dieses Modell sie vollständig lesen könnte (etwa {whole:,} Tokens; es hat Platz für {context:,}). Die Antwort kannte nur {kept} von {passages} Textstellen aus {files} von {all_files} Dateien: Alles Gezählte oder Summierte gilt nur für diese Textstellen.</translation>
    </message>
    <message>
        <source>This collection&apos;s embedding model is not on this computer any more; add its documents again on the Documents page with an embedding model that is.</source>
        <comment>documents.embedding-model-gone</comment>
        <translation>Das Embedding-Modell dieser Sammlung ist nicht mehr auf diesem Computer; fügen Sie ihre Dokumente auf der Seite „Dokumente“ erneut hinzu, mit einem Embedding-Modell, das vorhanden ist.</translation>
    </message>
    <message>
        <source>The attached documents could not be read: {problems}.</source>
        <comment>documents.attachments-unreadable</comment>
        <translation>Die angehängten Dokumente konnten nicht gelesen werden: {problems}.</translation>
    </message>
    <message>
        <source>There is no collection named “{name}”.</source>
        <comment>documents.unknown-collection</comment>
        <translation>Es gibt keine Sammlung namens „{name}“.</translation>
    </message>
    <message>
        <source>Reading documents needs an embedding model, and none is on this computer: download one (Discover, Documents search; or `hearth models --task embeddings`) or name a GGUF file with --embedder.</source>
        <comment>documents.no-embedding-model</comment>
        <translation>Zum Lesen von Dokumenten wird ein Embedding-Modell benötigt, und auf diesem Computer ist keines vorhanden: Laden Sie eines herunter („Entdecken“, Dokumentsuche; oder `hearth models --task embeddings`) oder geben Sie mit --embedder eine GGUF-Datei an.</translation>
    </message>
    <message>
        <source>This collection was indexed with another embedding model; index it again to search it by meaning.</source>
        <comment>documents.needs-reindex</comment>
        <translation>Diese Sammlung wurde mit einem anderen Embedding-Modell indiziert; indizieren Sie sie neu, um sie nach Bedeutung zu durchsuchen.</translation>
    </message>
</context>
<context>
    <name>DocumentsDropZone</name>
    <message>
        <source>Drop documents or folders here</source>
        <translation>Dokumente oder Ordner hier ablegen</translation>
    </message>
    <message>
        <source>Text, Markdown, PDF, Word (docx), web pages (html) and Hearth transcripts (json).</source>
        <translation>Text, Markdown, PDF, Word (docx), Webseiten (html) und Hearth-Transkripte (json).</translation>
    </message>
    <message>
        <source>Choose documents to add</source>
        <translation>Dokumente zum Hinzufügen wählen</translation>
    </message>
    <message>
        <source>Choose a folder of documents to add</source>
        <translation>Ordner mit Dokumenten zum Hinzufügen wählen</translation>
    </message>
    <message>
        <source>Documents ({patterns});;All (*)</source>
        <translation>Dokumente ({patterns});;Alle (*)</translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation>Dokumente wählen</translation>
    </message>
    <message>
        <source>Choose a folder of documents</source>
        <translation>Ordner mit Dokumenten wählen</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation>Meine Dokumente</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Your files stay on this computer: Hearth reads them here and keeps an index beside its settings. In Chat, choose a collection to ask about it.</source>
        <translation>Ihre Dateien bleiben auf diesem Computer: Hearth liest sie hier und legt einen Index neben seinen Einstellungen ab. Wählen Sie im Chat eine Sammlung, um Fragen dazu zu stellen.</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Collection name, e.g. Family papers</source>
        <translation>Name der Sammlung, z. B. Familienunterlagen</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>Name der Sammlung</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Embedding-Modell</translation>
    </message>
    <message>
        <source>The embedding model that indexes the documents (an embedding GGUF in My Models)</source>
        <translation>Das Embedding-Modell, das die Dokumente indiziert (ein Embedding-GGUF unter „Meine Modelle“)</translation>
    </message>
    <message>
        <source>Check for changes</source>
        <translation>Auf Änderungen prüfen</translation>
    </message>
    <message>
        <source>Check the chosen collection for changes</source>
        <translation>Gewählte Sammlung auf Änderungen prüfen</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>Sammlung entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen collection</source>
        <translation>Gewählte Sammlung entfernen</translation>
    </message>
    <message>
        <source>What the buttons act on</source>
        <translation>Worauf sich die Schaltflächen beziehen</translation>
    </message>
    <message>
        <source>No embedding model yet: get one in Discover (Documents search)</source>
        <translation>Noch kein Embedding-Modell: Holen Sie sich eines unter „Entdecken“ (Dokumentsuche)</translation>
    </message>
    <message>
        <source>No collection yet: drop files or folders above to make one.</source>
        <translation>Noch keine Sammlung: Legen Sie oben Dateien oder Ordner ab, um eine zu erstellen.</translation>
    </message>
    <message>
        <source>Click a collection in the list to check it for changes or remove it.</source>
        <translation>Klicken Sie auf eine Sammlung in der Liste, um sie auf Änderungen zu prüfen oder zu entfernen.</translation>
    </message>
    <message>
        <source>Chosen: “{name}”.</source>
        <translation>Gewählt: „{name}“.</translation>
    </message>
    <message>
        <source>Read again what changed in the files of “{name}”</source>
        <translation>Geänderte Dateien von „{name}“ neu einlesen</translation>
    </message>
    <message>
        <source>Wait until the indexing in progress has finished.</source>
        <translation>Warten Sie, bis die laufende Indizierung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Remove “{name}” from Hearth; your files themselves stay</source>
        <translation>„{name}“ aus Hearth entfernen; Ihre Dateien selbst bleiben erhalten</translation>
    </message>
    <message>
        <source>Choose an embedding model first: it reads the documents so that Hearth can find the right parts.</source>
        <translation>Wählen Sie zuerst ein Embedding-Modell: Es liest die Dokumente, damit Hearth die richtigen Stellen findet.</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; add the documents again in a moment.</source>
        <translation>Hearth untersucht diesen Computer noch; fügen Sie die Dokumente gleich noch einmal hinzu.</translation>
    </message>
    <message>
        <source>The collection “{name}” is indexed. {summary}</source>
        <translation>Die Sammlung „{name}“ ist indiziert. {summary}</translation>
    </message>
    <message>
        <source>Indexing the collection “{name}” failed.</source>
        <translation>Die Indizierung der Sammlung „{name}“ ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Remove the collection “{name}”?

Hearth forgets its index, and the chat can no longer answer from it. Your files themselves are not deleted: they stay where they are.</source>
        <translation>Sammlung „{name}“ entfernen?

Hearth vergisst ihren Index, und der Chat kann nicht mehr daraus antworten. Ihre Dateien selbst werden nicht gelöscht: Sie bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>The collection “{name}” was removed; your documents themselves were not touched.</source>
        <translation>Die Sammlung „{name}“ wurde entfernt; Ihre Dokumente selbst blieben unberührt.</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird verifiziert</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Wird installiert</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove from this list (the model stays installed)</source>
        <translation>Aus dieser Liste entfernen (das Modell bleibt installiert)</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Paused at {done} of {total}</source>
        <translation>Pausiert bei {done} von {total}</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Download of {name}: {percent}%</source>
        <translation>Download von {name}: {percent} %</translation>
    </message>
    <message>
        <source>Pause the download of {name}</source>
        <translation>Download von {name} pausieren</translation>
    </message>
    <message>
        <source>Resume the download of {name}</source>
        <translation>Download von {name} fortsetzen</translation>
    </message>
    <message>
        <source>Retry the download of {name}</source>
        <translation>Download von {name} wiederholen</translation>
    </message>
    <message>
        <source>Cancel the download of {name}</source>
        <translation>Download von {name} abbrechen</translation>
    </message>
    <message>
        <source>Remove {name} from this list</source>
        <translation>{name} aus dieser Liste entfernen</translation>
    </message>
</context>
<context>
    <name>DownloadScreen</name>
    <message>
        <source>The chat opens by itself, with the model loaded, as soon as it is here. Skip keeps the download going in the background (Downloads, {shortcut}).</source>
        <translation>Der Chat öffnet sich von selbst mit geladenem Modell, sobald es da ist. „Überspringen“ lässt den Download im Hintergrund weiterlaufen (Downloads, {shortcut}).</translation>
    </message>
    <message>
        <source>Downloading {model}</source>
        <translation>{model} wird heruntergeladen</translation>
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
        <translation>Herunterladen von</translation>
    </message>
    <message>
        <source>Download address</source>
        <translation>Downloadadresse</translation>
    </message>
    <message>
        <source>Leave this empty to download from Hugging Face itself. Fill it in only if you use a mirror.</source>
        <translation>Leer lassen, um direkt von Hugging Face herunterzuladen. Nur ausfüllen, wenn Sie einen Spiegelserver verwenden.</translation>
    </message>
    <message>
        <source>Downloads at the same time</source>
        <translation>Gleichzeitige Downloads</translation>
    </message>
    <message>
        <source>One at a time finishes each model sooner on a slow connection.</source>
        <translation>Einer nach dem anderen: Bei langsamer Verbindung ist so jedes Modell früher fertig.</translation>
    </message>
    <message>
        <source>This is not a web address Hearth can use. It should look like https://hf-mirror.com, or stay empty.</source>
        <translation>Das ist keine Webadresse, die Hearth verwenden kann. Sie sollte wie https://hf-mirror.com aussehen oder leer bleiben.</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>Offline mode is on, so Hearth makes no network connection. Turn it off in Settings to download.</source>
        <comment>downloads.offline-mode</comment>
        <translation>Der Offlinemodus ist an, daher stellt Hearth keine Netzwerkverbindung her. Schalten Sie ihn in den Einstellungen aus, um herunterzuladen.</translation>
    </message>
    <message>
        <source>Asking Hugging Face about the files</source>
        <comment>downloads.asking</comment>
        <translation>Dateien werden bei Hugging Face abgefragt</translation>
    </message>
    <message>
        <source>Checking the model files</source>
        <comment>downloads.checking-files</comment>
        <translation>Modelldateien werden geprüft</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a Hugging Face repository name like &apos;owner/model-GGUF&apos;.</source>
        <comment>downloads.bad-repo-name</comment>
        <translation>„{repo}“ ist kein Hugging-Face-Repository-Name wie „owner/model-GGUF“.</translation>
    </message>
    <message>
        <source>Name at least one file of the repository to download.</source>
        <comment>downloads.no-files-named</comment>
        <translation>Geben Sie mindestens eine Datei des Repositorys zum Herunterladen an.</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <comment>downloads.seconds-left</comment>
        <translation>noch {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min left</source>
        <comment>downloads.minutes-left</comment>
        <translation>noch {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min left</source>
        <comment>downloads.hours-left</comment>
        <translation>noch {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>Hugging Face did not say how large {name} is; try again later.</source>
        <comment>downloads.size-unknown</comment>
        <translation>Hugging Face hat nicht angegeben, wie groß {name} ist; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Not enough disk space: this download needs {needed} more, but only {free} is free on the disk that holds {folder}. Free some space or choose another models folder in Settings.</source>
        <comment>downloads.not-enough-disk</comment>
        <translation>Nicht genug Speicherplatz: Dieser Download braucht noch {needed}, aber auf dem Datenträger mit {folder} sind nur {free} frei. Geben Sie Speicherplatz frei oder wählen Sie in den Einstellungen einen anderen Modellordner.</translation>
    </message>
    <message>
        <source>Checking what is here</source>
        <comment>downloads.checking-what-is-here</comment>
        <translation>Vorhandene Dateien werden geprüft</translation>
    </message>
    <message>
        <source>The download of {name} keeps failing ({reason}). What arrived is kept: press Retry to continue from there.</source>
        <comment>downloads.download-keeps-failing</comment>
        <translation>Der Download von {name} schlägt immer wieder fehl ({reason}). Bereits Empfangenes bleibt erhalten: Klicken Sie auf „Wiederholen“, um dort fortzusetzen.</translation>
    </message>
    <message>
        <source>{reason}; trying again in {delay:.0f} s (attempt {attempt} of {attempts})</source>
        <comment>downloads.retrying</comment>
        <translation>{reason}; neuer Versuch in {delay:.0f} s (Versuch {attempt} von {attempts})</translation>
    </message>
    <message>
        <source>{name} arrived damaged (its checksum does not match the published one), so it was deleted and nothing was installed. Try the download again.</source>
        <comment>downloads.corrupt-download</comment>
        <translation>{name} ist beschädigt angekommen (die Prüfsumme stimmt nicht mit der veröffentlichten überein), wurde daher gelöscht, und nichts wurde installiert. Versuchen Sie den Download erneut.</translation>
    </message>
    <message>
        <source>Hugging Face is busy ({status})</source>
        <comment>downloads.retry-busy</comment>
        <translation>Hugging Face ist überlastet ({status})</translation>
    </message>
    <message>
        <source>The server restarted the file from the beginning</source>
        <comment>downloads.retry-restarted</comment>
        <translation>Der Server hat die Datei von vorn neu begonnen</translation>
    </message>
    <message>
        <source>The disk is full. What has arrived is kept: free some space, then press Retry to continue the download.</source>
        <comment>downloads.disk-full</comment>
        <translation>Der Datenträger ist voll. Bereits Empfangenes bleibt erhalten: Geben Sie Speicherplatz frei und klicken Sie dann auf „Wiederholen“, um den Download fortzusetzen.</translation>
    </message>
    <message>
        <source>The connection closed early</source>
        <comment>downloads.retry-closed-early</comment>
        <translation>Die Verbindung wurde vorzeitig geschlossen</translation>
    </message>
    <message>
        <source>The connection dropped ({error})</source>
        <comment>downloads.retry-dropped</comment>
        <translation>Die Verbindung ist abgebrochen ({error})</translation>
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
        <translation>Es wird nichts heruntergeladen. Starten Sie einen Download unter „Entdecken“.</translation>
    </message>
    <message>
        <source>{name} is downloaded and installed.</source>
        <translation>{name} ist heruntergeladen und installiert.</translation>
    </message>
    <message>
        <source>The download of {name} failed: {reason}</source>
        <translation>Der Download von {name} ist fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Audio ({audio} …) and video ({video} …), or a whole folder.</source>
        <translation>Audio ({audio} …) und Video ({video} …) oder ein ganzer Ordner.</translation>
    </message>
    <message>
        <source>Drop recordings or videos here</source>
        <translation>Aufnahmen oder Videos hier ablegen</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Dateien wählen…</translation>
    </message>
    <message>
        <source>Choose files to add</source>
        <translation>Dateien zum Hinzufügen wählen</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose a folder to add</source>
        <translation>Ordner zum Hinzufügen wählen</translation>
    </message>
    <message>
        <source>Recordings and videos ({patterns});;All files (*)</source>
        <translation>Aufnahmen und Videos ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose recordings</source>
        <translation>Aufnahmen wählen</translation>
    </message>
    <message>
        <source>Choose a folder of recordings</source>
        <translation>Ordner mit Aufnahmen wählen</translation>
    </message>
</context>
<context>
    <name>Engines</name>
    <message>
        <source>This model has no chat format of its own (it is a base model), so Hearth writes the conversation as plain “User:” and “Assistant:” lines. Its answers may wander or continue the conversation by themselves.</source>
        <comment>engines.plain-chat-format</comment>
        <translation>Dieses Modell hat kein eigenes Chatformat (es ist ein Basismodell), daher schreibt Hearth die Unterhaltung als einfache Zeilen mit „User:“ und „Assistant:“. Seine Antworten können abschweifen oder die Unterhaltung von selbst fortsetzen.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template is broken, so Hearth cannot talk to it.</source>
        <comment>engines.chat-template-failed</comment>
        <translation>Die Chatvorlage dieses Modells ist fehlerhaft, daher kann Hearth nicht mit ihm sprechen.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not write out the conversation.</source>
        <comment>engines.chat-template-failed-writing</comment>
        <translation>Die Chatvorlage dieses Modells konnte die Unterhaltung nicht ausgeben.</translation>
    </message>
    <message>
        <source>The model stopped with an error while writing its reply.</source>
        <comment>engines.generation-failed</comment>
        <translation>Das Modell ist beim Schreiben seiner Antwort mit einem Fehler abgebrochen.</translation>
    </message>
    <message>
        <source>{name} could not be loaded as an embedding model: the file may be damaged, or not an embedding model.</source>
        <comment>engines.model-load-failed</comment>
        <translation>{name} konnte nicht als Embedding-Modell geladen werden: Die Datei ist möglicherweise beschädigt oder kein Embedding-Modell.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <comment>engines.embedding-cancelled</comment>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No embedding model is loaded.</source>
        <comment>engines.no-model-loaded</comment>
        <translation>Es ist kein Embedding-Modell geladen.</translation>
    </message>
    <message>
        <source>{name} could not be loaded: the file may be damaged, or made for a newer version of llama.cpp than the one in Hearth.</source>
        <comment>engines.load-failed-damaged</comment>
        <translation>{name} konnte nicht geladen werden: Die Datei ist möglicherweise beschädigt oder für eine neuere llama.cpp-Version gemacht als die in Hearth.</translation>
    </message>
    <message>
        <source>Earlier images in this chat are not shown to this model: it cannot see images.</source>
        <comment>engines.earlier-images-hidden</comment>
        <translation>Frühere Bilder in diesem Chat werden diesem Modell nicht gezeigt: Es kann keine Bilder sehen.</translation>
    </message>
    <message>
        <source>This text is too long for the model&apos;s memory (its context); shorten it.</source>
        <comment>engines.message-too-long</comment>
        <translation>Dieser Text ist zu lang für das Gedächtnis des Modells (seinen Kontext); kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>The model could not read the images in this conversation.</source>
        <comment>engines.images-unreadable</comment>
        <translation>Das Modell konnte die Bilder in dieser Unterhaltung nicht lesen.</translation>
    </message>
    <message>
        <source>Load a model before starting a chat.</source>
        <comment>engines.no-model-for-chat</comment>
        <translation>Laden Sie ein Modell, bevor Sie einen Chat beginnen.</translation>
    </message>
    <message>
        <source>{count} earlier message was left out so the conversation fits in the model&apos;s memory; the model no longer sees them.</source>
        <comment>engines.message-left-out</comment>
        <translation>{count} frühere Nachricht wurde weggelassen, damit die Unterhaltung in das Gedächtnis des Modells passt; das Modell sieht sie nicht mehr.</translation>
    </message>
    <message>
        <source>{count} earlier messages were left out so the conversation fits in the model&apos;s memory; the model no longer sees them.</source>
        <comment>engines.messages-left-out</comment>
        <translation>{count} frühere Nachrichten wurden weggelassen, damit die Unterhaltung in das Gedächtnis des Modells passt; das Modell sieht sie nicht mehr.</translation>
    </message>
    <message>
        <source>The rules this reply must follow (its grammar) could not be read.</source>
        <comment>engines.grammar-unreadable</comment>
        <translation>Die Regeln, denen diese Antwort folgen muss (ihre Grammatik), konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Your message is too long for this model&apos;s memory: with room for a {reply_room}-token reply it needs about {needed} tokens, and the model was loaded with room for {context}. Shorten the message, ask for a shorter reply, or load the model with a longer context.</source>
        <comment>engines.message-too-long-for-reply</comment>
        <translation>Ihre Nachricht ist zu lang für das Gedächtnis dieses Modells: Mit Platz für eine Antwort von {reply_room} Tokens braucht sie etwa {needed} Tokens, und das Modell wurde mit Platz für {context} geladen. Kürzen Sie die Nachricht, bitten Sie um eine kürzere Antwort oder laden Sie das Modell mit längerem Kontext.</translation>
    </message>
    <message>
        <source>Hearth&apos;s chat engine (llama.cpp) could not be started on this computer; reinstalling Hearth usually fixes this.</source>
        <comment>engines.engine-unavailable</comment>
        <translation>Die Chat-Engine von Hearth (llama.cpp) konnte auf diesem Computer nicht gestartet werden; eine Neuinstallation von Hearth behebt das meist.</translation>
    </message>
    <message>
        <source>Hearth&apos;s image engine (llama.cpp&apos;s mtmd) could not be started on this computer; reinstalling Hearth usually fixes this.</source>
        <comment>engines.image-engine-unavailable</comment>
        <translation>Die Bild-Engine von Hearth (mtmd von llama.cpp) konnte auf diesem Computer nicht gestartet werden; eine Neuinstallation von Hearth behebt das meist.</translation>
    </message>
    <message>
        <source>The vision companion {name} could not be read. {message}</source>
        <comment>engines.companion-unreadable</comment>
        <translation>Das Bildmodul {name} konnte nicht gelesen werden. {message}</translation>
    </message>
    <message>
        <source>The vision companion {name} does not work with this model: it was probably made for a different model. Pair the model with the mmproj file published beside it.</source>
        <comment>engines.companion-mismatch</comment>
        <translation>Das Bildmodul {name} funktioniert nicht mit diesem Modell: Es wurde wahrscheinlich für ein anderes Modell gemacht. Koppeln Sie das Modell mit der mmproj-Datei, die daneben veröffentlicht wurde.</translation>
    </message>
    <message>
        <source>The model&apos;s vision companion could not read this image.</source>
        <comment>engines.companion-unreadable-image</comment>
        <translation>Das Bildmodul des Modells konnte dieses Bild nicht lesen.</translation>
    </message>
    <message>
        <source>This image needs about {newest:,} tokens of the model&apos;s memory, and with room for a reply that is more than the {context:,} it was loaded with. Send fewer images, or load the model with a longer context (Options).</source>
        <comment>engines.image-does-not-fit</comment>
        <translation>Dieses Bild braucht etwa {newest:,} Tokens im Gedächtnis des Modells, und mit Platz für eine Antwort ist das mehr als die {context:,}, mit denen es geladen wurde. Senden Sie weniger Bilder oder laden Sie das Modell mit längerem Kontext (Optionen).</translation>
    </message>
    <message>
        <source>These {count} images need about {newest:,} tokens of the model&apos;s memory, and with room for a reply that is more than the {context:,} it was loaded with. Send fewer images, or load the model with a longer context (Options).</source>
        <comment>engines.images-do-not-fit</comment>
        <translation>Diese {count} Bilder brauchen etwa {newest:,} Tokens im Gedächtnis des Modells, und mit Platz für eine Antwort ist das mehr als die {context:,}, mit denen es geladen wurde. Senden Sie weniger Bilder oder laden Sie das Modell mit längerem Kontext (Optionen).</translation>
    </message>
    <message>
        <source>Images and text now fill about {percent}% of the model&apos;s memory, and the model reads every image again with each message. Soon the earliest messages and their images will be left out; a new chat, or a longer context in Options, gives more room.</source>
        <comment>engines.images-crowd-memory</comment>
        <translation>Bilder und Text füllen jetzt etwa {percent} % des Gedächtnisses des Modells, und das Modell liest jedes Bild bei jeder Nachricht erneut. Bald werden die ältesten Nachrichten und ihre Bilder weggelassen; ein neuer Chat oder ein längerer Kontext in den Optionen schafft mehr Platz.</translation>
    </message>
    <message>
        <source>This model cannot see images. Choose a model marked “sees images”, or pair this one with its vision companion (an mmproj file) in My Models.</source>
        <comment>engines.cannot-see-images</comment>
        <translation>Dieses Modell kann keine Bilder sehen. Wählen Sie ein Modell mit der Kennzeichnung „sieht Bilder“ oder koppeln Sie dieses unter „Meine Modelle“ mit seinem Bildmodul (einer mmproj-Datei).</translation>
    </message>
    <message>
        <source>{name} has no sound track, so there is nothing to transcribe.</source>
        <comment>engines.recording-no-sound-track</comment>
        <translation>{name} hat keine Tonspur, daher gibt es nichts zu transkribieren.</translation>
    </message>
    <message>
        <source>{name} is cut short: it should last {declared}, but only {read} of it could be read. It may not have finished copying or downloading.</source>
        <comment>engines.recording-cut-short</comment>
        <translation>{name} ist unvollständig: Die Aufnahme sollte {declared} dauern, aber nur {read} davon konnten gelesen werden. Möglicherweise wurde das Kopieren oder Herunterladen nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>{name} holds no sound that could be read; it may be damaged.</source>
        <comment>engines.recording-no-sound</comment>
        <translation>{name} enthält keinen lesbaren Ton; die Datei ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>There is no file at {path}; it may have been moved or deleted.</source>
        <comment>engines.recording-missing</comment>
        <translation>Unter {path} gibt es keine Datei; sie wurde möglicherweise verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>{name} could not be opened: {strerror}.</source>
        <comment>engines.recording-unopened</comment>
        <translation>{name} konnte nicht geöffnet werden: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a recording.</source>
        <comment>engines.recording-is-folder</comment>
        <translation>{name} ist ein Ordner, keine Aufnahme.</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes). It may not have finished copying.</source>
        <comment>engines.recording-empty</comment>
        <translation>{name} ist leer (0 Bytes). Möglicherweise wurde das Kopieren nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>{name} is cut short: it should last {declared}, but only {read} of it is in the file. It may not have finished copying or downloading.</source>
        <comment>engines.recording-cut-short-in-file</comment>
        <translation>{name} ist unvollständig: Die Aufnahme sollte {declared} dauern, aber nur {read} davon sind in der Datei. Möglicherweise wurde das Kopieren oder Herunterladen nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>{name} is not a recording Hearth can read: it is not audio or video, or it is damaged.</source>
        <comment>engines.recording-unreadable</comment>
        <translation>{name} ist keine Aufnahme, die Hearth lesen kann: Es ist kein Audio oder Video, oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>{name} is not a Whisper model: a faster-whisper model folder holds model.bin and config.json.</source>
        <comment>engines.speech-model-unusable</comment>
        <translation>{name} ist kein Whisper-Modell: Ein faster-whisper-Modellordner enthält model.bin und config.json.</translation>
    </message>
    <message>
        <source>The graphics card could not be used for {name}, so it runs on the processor instead.</source>
        <comment>engines.speech-on-processor</comment>
        <translation>Die Grafikkarte konnte für {name} nicht verwendet werden, daher läuft es stattdessen auf dem Prozessor.</translation>
    </message>
    <message>
        <source>Reading the recording…</source>
        <comment>engines.reading-recording</comment>
        <translation>Aufnahme wird gelesen…</translation>
    </message>
    <message>
        <source>Loading the speech model {name}…</source>
        <comment>engines.loading-speech-model</comment>
        <translation>Spracherkennungsmodell {name} wird geladen…</translation>
    </message>
    <message>
        <source>Finding the speech and the language…</source>
        <comment>engines.finding-speech-language</comment>
        <translation>Gesprochenes und Sprache werden erkannt…</translation>
    </message>
    <message>
        <source>Finding the speech…</source>
        <comment>engines.finding-speech</comment>
        <translation>Gesprochenes wird gesucht…</translation>
    </message>
    <message>
        <source>No speech was found in this recording.</source>
        <comment>engines.no-speech</comment>
        <translation>In dieser Aufnahme wurde nichts Gesprochenes gefunden.</translation>
    </message>
    <message>
        <source>Whisper stopped with an error while transcribing {name}.</source>
        <comment>engines.transcription-failed</comment>
        <translation>Whisper ist beim Transkribieren von {name} mit einem Fehler abgebrochen.</translation>
    </message>
    <message>
        <source>Removed {count} repeated lines (Whisper was repeating itself).</source>
        <comment>engines.repeats-removed</comment>
        <translation>{count} wiederholte Zeilen entfernt (Whisper hat sich wiederholt).</translation>
    </message>
    <message>
        <source>{name} understands English only.</source>
        <comment>engines.english-only</comment>
        <translation>{name} versteht nur Englisch.</translation>
    </message>
    <message>
        <source>“{language}” is not a language Whisper knows; use a code such as en, fr, de or es.</source>
        <comment>engines.unknown-language</comment>
        <translation>„{language}“ ist keine Sprache, die Whisper kennt; verwenden Sie einen Code wie en, fr, de oder es.</translation>
    </message>
    <message>
        <source>The speech model {name} could not be loaded; its files may be damaged or incomplete.</source>
        <comment>engines.speech-model-load-failed</comment>
        <translation>Das Spracherkennungsmodell {name} konnte nicht geladen werden; seine Dateien sind möglicherweise beschädigt oder unvollständig.</translation>
    </message>
</context>
<context>
    <name>EvalChecks</name>
    <message>
        <source>Hearth does not run this check</source>
        <comment>evals.unsupported</comment>
        <translation>Hearth führt diese Prüfung nicht aus</translation>
    </message>
    <message>
        <source>A check&apos;s weight must be a number, 0 or more (this “{type}” check has {weight}).</source>
        <comment>evals.bad-weight</comment>
        <translation>Die Gewichtung einer Prüfung muss eine Zahl ab 0 sein (diese „{type}“-Prüfung hat {weight}).</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check is not JSON ({error}).</source>
        <comment>evals.schema-not-json</comment>
        <translation>Das Schema dieser „{type}“-Prüfung ist kein JSON ({error}).</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check must be a JSON object.</source>
        <comment>evals.schema-not-object</comment>
        <translation>Das Schema dieser „{type}“-Prüfung muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check is not a valid JSON schema: {problem}.</source>
        <comment>evals.schema-invalid</comment>
        <translation>Das Schema dieser „{type}“-Prüfung ist kein gültiges JSON-Schema: {problem}.</translation>
    </message>
    <message>
        <source>The reply is not valid JSON ({error} at line {line}, column {column}).</source>
        <comment>evals.not-json</comment>
        <translation>Die Antwort ist kein gültiges JSON ({error} in Zeile {line}, Spalte {column}).</translation>
    </message>
    <message>
        <source>The reply is valid JSON.</source>
        <comment>evals.json</comment>
        <translation>Die Antwort ist gültiges JSON.</translation>
    </message>
    <message>
        <source>Valid JSON, but {problem}.</source>
        <comment>evals.json-not-schema</comment>
        <translation>Gültiges JSON, aber {problem}.</translation>
    </message>
    <message>
        <source>The reply is valid JSON that matches the schema.</source>
        <comment>evals.json-schema</comment>
        <translation>Die Antwort ist gültiges JSON, das dem Schema entspricht.</translation>
    </message>
    <message>
        <source>The reply contains no JSON object.</source>
        <comment>evals.no-json-object</comment>
        <translation>Die Antwort enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The reply contains a JSON object.</source>
        <comment>evals.json-object</comment>
        <translation>Die Antwort enthält ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The reply contains a JSON object that matches the schema.</source>
        <comment>evals.json-object-schema</comment>
        <translation>Die Antwort enthält ein JSON-Objekt, das dem Schema entspricht.</translation>
    </message>
    <message>
        <source>The reply contains JSON, but {problem}.</source>
        <comment>evals.json-object-not-schema</comment>
        <translation>Die Antwort enthält JSON, aber {problem}.</translation>
    </message>
    <message>
        <source>Hearth cannot use this check&apos;s schema ({error}).</source>
        <comment>evals.schema-unusable</comment>
        <translation>Hearth kann das Schema dieser Prüfung nicht verwenden ({error}).</translation>
    </message>
    <message>
        <source>{problem} (and 1 more problem)</source>
        <comment>evals.schema-one-more</comment>
        <translation>{problem} (und 1 weiteres Problem)</translation>
    </message>
    <message>
        <source>{problem} (and {more} more problems)</source>
        <comment>evals.schema-more</comment>
        <translation>{problem} (und {more} weitere Probleme)</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>evals.type-string</comment>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>an integer</source>
        <comment>evals.type-integer</comment>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>evals.type-number</comment>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <comment>evals.type-boolean</comment>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>evals.type-object</comment>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <comment>evals.type-array</comment>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>null</source>
        <comment>evals.type-null</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>the JSON</source>
        <comment>evals.schema-the-json</comment>
        <translation>das JSON</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <comment>evals.schema-either</comment>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <source>{where} must be {kind}</source>
        <comment>evals.schema-type</comment>
        <translation>{where} muss {kind} sein</translation>
    </message>
    <message>
        <source>{names} is missing from {where}</source>
        <comment>evals.schema-required-one</comment>
        <translation>{where} enthält {names} nicht</translation>
    </message>
    <message>
        <source>{names} are missing from {where}</source>
        <comment>evals.schema-required</comment>
        <translation>{where} enthält {names} nicht</translation>
    </message>
    <message>
        <source>{where} must be {values}</source>
        <comment>evals.schema-enum</comment>
        <translation>{where} muss {values} sein</translation>
    </message>
    <message>
        <source>{where} has {names}, which the schema does not allow</source>
        <comment>evals.schema-extra</comment>
        <translation>{where} enthält {names}, was das Schema nicht erlaubt</translation>
    </message>
    <message>
        <source>{where} must be at least {bound}</source>
        <comment>evals.schema-minimum</comment>
        <translation>{where} muss mindestens {bound} sein</translation>
    </message>
    <message>
        <source>{where} must be at most {bound}</source>
        <comment>evals.schema-maximum</comment>
        <translation>{where} darf höchstens {bound} sein</translation>
    </message>
    <message>
        <source>{where} must be more than {bound}</source>
        <comment>evals.schema-more-than</comment>
        <translation>{where} muss größer als {bound} sein</translation>
    </message>
    <message>
        <source>{where} must be less than {bound}</source>
        <comment>evals.schema-less-than</comment>
        <translation>{where} muss kleiner als {bound} sein</translation>
    </message>
    <message>
        <source>{where} must match the pattern {pattern}</source>
        <comment>evals.schema-pattern</comment>
        <translation>{where} muss dem Muster {pattern} entsprechen</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <comment>evals.schema-other</comment>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{where} has {count} item, where at least {bound} are asked for</source>
        <comment>evals.min-item</comment>
        <translation>{where} hat {count} Element, verlangt sind mindestens {bound}</translation>
    </message>
    <message>
        <source>{where} has {count} items, where at least {bound} are asked for</source>
        <comment>evals.min-items</comment>
        <translation>{where} hat {count} Elemente, verlangt sind mindestens {bound}</translation>
    </message>
    <message>
        <source>{where} has {count} item, where at most {bound} are asked for</source>
        <comment>evals.max-item</comment>
        <translation>{where} hat {count} Element, erlaubt sind höchstens {bound}</translation>
    </message>
    <message>
        <source>{where} has {count} items, where at most {bound} are asked for</source>
        <comment>evals.max-items</comment>
        <translation>{where} hat {count} Elemente, erlaubt sind höchstens {bound}</translation>
    </message>
    <message>
        <source>This “{type}” check needs {what} as its value.</source>
        <comment>evals.needs-number</comment>
        <translation>Diese „{type}“-Prüfung braucht {what} als Wert.</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>evals.a-number</comment>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a time limit in milliseconds</source>
        <comment>evals.a-time-limit</comment>
        <translation>ein Zeitlimit in Millisekunden</translation>
    </message>
    <message>
        <source>a number of words</source>
        <comment>evals.a-number-of-words</comment>
        <translation>eine Wortanzahl</translation>
    </message>
    <message>
        <source>a speed in tokens/s</source>
        <comment>evals.a-speed</comment>
        <translation>eine Geschwindigkeit in Tokens/s</translation>
    </message>
    <message>
        <source>This “word-count” check needs “min”, “max” or both.</source>
        <comment>evals.word-count-bounds</comment>
        <translation>Diese „word-count“-Prüfung braucht „min“, „max“ oder beides.</translation>
    </message>
    <message>
        <source>This “word-count” check&apos;s minimum ({low}) is more than its maximum ({high}).</source>
        <comment>evals.word-count-crossed</comment>
        <translation>Bei dieser „word-count“-Prüfung ist das Minimum ({low}) größer als das Maximum ({high}).</translation>
    </message>
    <message>
        <source>This “finish-reason” check takes one of {reasons}.</source>
        <comment>evals.bad-finish-reason</comment>
        <translation>Diese „finish-reason“-Prüfung erwartet einen dieser Werte: {reasons}.</translation>
    </message>
    <message>
        <source>The reply took {took}, within the {limit} allowed.</source>
        <comment>evals.latency</comment>
        <translation>Die Antwort dauerte {took}, innerhalb der erlaubten {limit}.</translation>
    </message>
    <message>
        <source>The reply took {took}, over the {limit} allowed.</source>
        <comment>evals.latency-over</comment>
        <translation>Die Antwort dauerte {took}, länger als die erlaubten {limit}.</translation>
    </message>
    <message>
        <source>{count} word</source>
        <comment>evals.one-word</comment>
        <translation>{count} Wort</translation>
    </message>
    <message>
        <source>{count} words</source>
        <comment>evals.words</comment>
        <translation>{count} Wörter</translation>
    </message>
    <message>
        <source>The reply has {words}.</source>
        <comment>evals.word-count</comment>
        <translation>Die Antwort hat {words}.</translation>
    </message>
    <message>
        <source>The reply has {words}, not {wanted}.</source>
        <comment>evals.word-count-not</comment>
        <translation>Die Antwort hat {words}, nicht {wanted}.</translation>
    </message>
    <message>
        <source>The reply has {words}, fewer than the {low} asked for.</source>
        <comment>evals.word-count-fewer</comment>
        <translation>Die Antwort hat {words}, weniger als die verlangten {low}.</translation>
    </message>
    <message>
        <source>The reply has {words}, more than the {high} allowed.</source>
        <comment>evals.word-count-more</comment>
        <translation>Die Antwort hat {words}, mehr als die erlaubten {high}.</translation>
    </message>
    <message>
        <source>The reply has {words} (at least {low} and at most {high} asked for).</source>
        <comment>evals.words-between</comment>
        <translation>Die Antwort hat {words} (verlangt: mindestens {low} und höchstens {high}).</translation>
    </message>
    <message>
        <source>The reply has {words} (at least {low} asked for).</source>
        <comment>evals.words-at-least</comment>
        <translation>Die Antwort hat {words} (verlangt: mindestens {low}).</translation>
    </message>
    <message>
        <source>The reply has {words} (at most {high} asked for).</source>
        <comment>evals.words-at-most</comment>
        <translation>Die Antwort hat {words} (verlangt: höchstens {high}).</translation>
    </message>
    <message>
        <source>The reply came at {speed} tokens/s, at least the {limit} asked for.</source>
        <comment>evals.speed</comment>
        <translation>Die Antwort kam mit {speed} Tokens/s (verlangt: mindestens {limit}).</translation>
    </message>
    <message>
        <source>The reply came at {speed} tokens/s, slower than the {limit} asked for.</source>
        <comment>evals.speed-slow</comment>
        <translation>Die Antwort kam mit {speed} Tokens/s, langsamer als die verlangten {limit}.</translation>
    </message>
    <message>
        <source>The reply ended with {reason}.</source>
        <comment>evals.finish-reason</comment>
        <translation>Die Antwort endete mit {reason}.</translation>
    </message>
    <message>
        <source>The reply ended with {reason}, not {expected}.</source>
        <comment>evals.finish-reason-not</comment>
        <translation>Die Antwort endete mit {reason}, nicht mit {expected}.</translation>
    </message>
    <message>
        <source>Choose an embedding model to run “{type}” checks.</source>
        <comment>evals.needs-embedder</comment>
        <translation>Wählen Sie ein Embedding-Modell, um „{type}“-Prüfungen auszuführen.</translation>
    </message>
    <message>
        <source>Choose a judge model to run “{type}” checks.</source>
        <comment>evals.needs-judge</comment>
        <translation>Wählen Sie ein Bewertungsmodell, um „{type}“-Prüfungen auszuführen.</translation>
    </message>
    <message>
        <source>This “{type}” check needs the expected answer, or a list of them.</source>
        <comment>evals.similar-needs</comment>
        <translation>Diese „{type}“-Prüfung braucht die Musterantwort oder eine Liste davon.</translation>
    </message>
    <message>
        <source>This “{type}” check&apos;s threshold must be a similarity from -1 to 1.</source>
        <comment>evals.similar-threshold</comment>
        <translation>Der Schwellenwert dieser „{type}“-Prüfung muss eine Ähnlichkeit von -1 bis 1 sein.</translation>
    </message>
    <message>
        <source>The embedding model did not give one vector per text.</source>
        <comment>evals.embedder-miscounted</comment>
        <translation>Das Embedding-Modell hat nicht genau einen Vektor pro Text geliefert.</translation>
    </message>
    <message>
        <source>the closest expected answer, {answer}</source>
        <comment>evals.closest-answer</comment>
        <translation>der ähnlichsten Musterantwort, {answer}</translation>
    </message>
    <message>
        <source>The reply&apos;s similarity to {against} is {similarity}, at least the {threshold} asked for.</source>
        <comment>evals.similar</comment>
        <translation>Die Ähnlichkeit der Antwort mit {against} beträgt {similarity} (verlangt: mindestens {threshold}).</translation>
    </message>
    <message>
        <source>The reply&apos;s similarity to {against} is {similarity}, below the {threshold} asked for.</source>
        <comment>evals.not-similar</comment>
        <translation>Die Ähnlichkeit der Antwort mit {against} beträgt {similarity}, weniger als die verlangten {threshold}.</translation>
    </message>
    <message>
        <source>This “{type}” check needs a rubric: what a good reply does, in a sentence.</source>
        <comment>evals.rubric-needed</comment>
        <translation>Diese „{type}“-Prüfung braucht einen Maßstab: was eine gute Antwort ausmacht, in einem Satz.</translation>
    </message>
    <message>
        <source>“nothing”</source>
        <comment>evals.judge-said-nothing</comment>
        <translation>„nichts“</translation>
    </message>
    <message>
        <source>The judge model did not answer with a verdict (JSON with “reason”, “pass” and “score”), so this check cannot tell: it answered {answer}.</source>
        <comment>evals.judge-no-verdict</comment>
        <translation>Das Bewertungsmodell hat kein Urteil abgegeben (JSON mit „reason“, „pass“ und „score“), daher kann diese Prüfung nicht entscheiden: Es antwortete {answer}.</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <comment>evals.judge-no-reason</comment>
        <translation>es nannte keinen Grund</translation>
    </message>
    <message>
        <source>The judge model says the reply meets the rubric {rubric} (score {score}): {why}; the score is below the {threshold} asked for.</source>
        <comment>evals.rubric-met-below</comment>
        <translation>Laut Bewertungsmodell erfüllt die Antwort den Maßstab {rubric} (Punktzahl {score}): {why}; die Punktzahl liegt unter den verlangten {threshold}.</translation>
    </message>
    <message>
        <source>The judge model says the reply meets the rubric {rubric} (score {score}): {why}.</source>
        <comment>evals.rubric-met</comment>
        <translation>Laut Bewertungsmodell erfüllt die Antwort den Maßstab {rubric} (Punktzahl {score}): {why}.</translation>
    </message>
    <message>
        <source>The judge model says the reply does not meet the rubric {rubric} (score {score}): {why}; the score is below the {threshold} asked for.</source>
        <comment>evals.rubric-not-met-below</comment>
        <translation>Laut Bewertungsmodell erfüllt die Antwort den Maßstab {rubric} nicht (Punktzahl {score}): {why}; die Punktzahl liegt unter den verlangten {threshold}.</translation>
    </message>
    <message>
        <source>The judge model says the reply does not meet the rubric {rubric} (score {score}): {why}.</source>
        <comment>evals.rubric-not-met</comment>
        <translation>Laut Bewertungsmodell erfüllt die Antwort den Maßstab {rubric} nicht (Punktzahl {score}): {why}.</translation>
    </message>
    <message>
        <source>This “{type}” check needs some text to look for.</source>
        <comment>evals.needs-text</comment>
        <translation>Diese „{type}“-Prüfung braucht einen Text, nach dem gesucht wird.</translation>
    </message>
    <message>
        <source>This “{type}” check needs a list of texts to look for.</source>
        <comment>evals.needs-texts</comment>
        <translation>Diese „{type}“-Prüfung braucht eine Liste von Texten, nach denen gesucht wird.</translation>
    </message>
    <message>
        <source>The pattern {pattern} is not a regular expression Hearth can read ({error}).</source>
        <comment>evals.bad-pattern</comment>
        <translation>Das Muster {pattern} ist kein regulärer Ausdruck, den Hearth lesen kann ({error}).</translation>
    </message>
    <message>
        <source>The reply is not JSON, so it is not {expected}.</source>
        <comment>evals.equals-not-json</comment>
        <translation>Die Antwort ist kein JSON, also ist sie nicht {expected}.</translation>
    </message>
    <message>
        <source>The reply is the JSON {expected}.</source>
        <comment>evals.equals-json</comment>
        <translation>Die Antwort ist das JSON {expected}.</translation>
    </message>
    <message>
        <source>The reply is not the JSON {expected}.</source>
        <comment>evals.equals-not-the-json</comment>
        <translation>Die Antwort ist nicht das JSON {expected}.</translation>
    </message>
    <message>
        <source>The reply is exactly {expected}.</source>
        <comment>evals.equals</comment>
        <translation>Die Antwort lautet genau {expected}.</translation>
    </message>
    <message>
        <source>The reply is not exactly {expected}: it is {reply}.</source>
        <comment>evals.not-equals</comment>
        <translation>Die Antwort lautet nicht genau {expected}, sondern {reply}.</translation>
    </message>
    <message>
        <source>The reply contains {value} (ignoring case).</source>
        <comment>evals.icontains</comment>
        <translation>Die Antwort enthält {value} (Groß-/Kleinschreibung ignoriert).</translation>
    </message>
    <message>
        <source>The reply contains {value}.</source>
        <comment>evals.contains</comment>
        <translation>Die Antwort enthält {value}.</translation>
    </message>
    <message>
        <source>The reply does not contain {value} (ignoring case).</source>
        <comment>evals.not-icontains</comment>
        <translation>Die Antwort enthält {value} nicht (Groß-/Kleinschreibung ignoriert).</translation>
    </message>
    <message>
        <source>The reply does not contain {value}.</source>
        <comment>evals.not-contains</comment>
        <translation>Die Antwort enthält {value} nicht.</translation>
    </message>
    <message>
        <source>The reply contains none of {values} (ignoring case).</source>
        <comment>evals.icontains-none</comment>
        <translation>Die Antwort enthält keines von {values} (Groß-/Kleinschreibung ignoriert).</translation>
    </message>
    <message>
        <source>The reply contains none of {values}.</source>
        <comment>evals.contains-none</comment>
        <translation>Die Antwort enthält keines von {values}.</translation>
    </message>
    <message>
        <source>The reply contains all of {values} (ignoring case).</source>
        <comment>evals.icontains-all</comment>
        <translation>Die Antwort enthält alle von {values} (Groß-/Kleinschreibung ignoriert).</translation>
    </message>
    <message>
        <source>The reply contains all of {values}.</source>
        <comment>evals.contains-all</comment>
        <translation>Die Antwort enthält alle von {values}.</translation>
    </message>
    <message>
        <source>The reply starts with {value}.</source>
        <comment>evals.starts-with</comment>
        <translation>Die Antwort beginnt mit {value}.</translation>
    </message>
    <message>
        <source>The reply does not start with {value}: it starts with {start}.</source>
        <comment>evals.not-starts-with</comment>
        <translation>Die Antwort beginnt nicht mit {value}, sondern mit {start}.</translation>
    </message>
    <message>
        <source>The reply ends with {value}.</source>
        <comment>evals.ends-with</comment>
        <translation>Die Antwort endet mit {value}.</translation>
    </message>
    <message>
        <source>The reply does not end with {value}.</source>
        <comment>evals.not-ends-with</comment>
        <translation>Die Antwort endet nicht mit {value}.</translation>
    </message>
    <message>
        <source>The reply matches the pattern {pattern}.</source>
        <comment>evals.matches</comment>
        <translation>Die Antwort entspricht dem Muster {pattern}.</translation>
    </message>
    <message>
        <source>The reply does not match the pattern {pattern}.</source>
        <comment>evals.not-matches</comment>
        <translation>Die Antwort entspricht nicht dem Muster {pattern}.</translation>
    </message>
    <message>
        <source>This “language” check takes a language&apos;s name or two-letter code: one of {languages}.</source>
        <comment>evals.bad-language</comment>
        <translation>Diese „language“-Prüfung erwartet den Namen oder den zweibuchstabigen Code einer Sprache: einen von {languages}.</translation>
    </message>
    <message>
        <source>Hearth cannot tell which language the reply is in.</source>
        <comment>evals.language-unknown</comment>
        <translation>Hearth kann nicht erkennen, in welcher Sprache die Antwort ist.</translation>
    </message>
    <message>
        <source>The reply is in {language}.</source>
        <comment>evals.language</comment>
        <translation>Die Antwort ist auf {language}.</translation>
    </message>
    <message>
        <source>The reply seems to be in {found}, not {language}.</source>
        <comment>evals.not-language</comment>
        <translation>Die Antwort scheint auf {found} zu sein, nicht auf {language}.</translation>
    </message>
    <message>
        <source>This “tool-call” check&apos;s arguments must be an object of names and values.</source>
        <comment>evals.tool-call-bad-arguments</comment>
        <translation>Die Argumente dieser „tool-call“-Prüfung müssen ein Objekt aus Namen und Werten sein.</translation>
    </message>
    <message>
        <source>This “tool-call” check needs a tool&apos;s name, or {{“name”, “arguments”}}.</source>
        <comment>evals.tool-call-needs-name</comment>
        <translation>Diese „tool-call“-Prüfung braucht den Namen eines Tools oder {{“name”, “arguments”}}.</translation>
    </message>
    <message>
        <source>The reply calls no tool.</source>
        <comment>evals.no-tool-call</comment>
        <translation>Die Antwort ruft kein Tool auf.</translation>
    </message>
    <message>
        <source>The reply calls {called}, not {tool}.</source>
        <comment>evals.other-tool-call</comment>
        <translation>Die Antwort ruft {called} auf, nicht {tool}.</translation>
    </message>
    <message>
        <source>The reply calls {tool}.</source>
        <comment>evals.tool-call</comment>
        <translation>Die Antwort ruft {tool} auf.</translation>
    </message>
    <message>
        <source>The reply calls {tool} with {arguments}.</source>
        <comment>evals.tool-call-arguments</comment>
        <translation>Die Antwort ruft {tool} mit {arguments} auf.</translation>
    </message>
    <message>
        <source>The reply calls {tool}, but {problem}.</source>
        <comment>evals.tool-call-problem</comment>
        <translation>Die Antwort ruft {tool} auf, aber {problem}.</translation>
    </message>
    <message>
        <source>The reply calls {tool}, which this case does not offer.</source>
        <comment>evals.tool-not-offered</comment>
        <translation>Die Antwort ruft {tool} auf, das dieser Fall nicht anbietet.</translation>
    </message>
    <message>
        <source>Every tool call in the reply ({tools}) is valid.</source>
        <comment>evals.tool-calls-valid</comment>
        <translation>Jeder Tool-Aufruf in der Antwort ({tools}) ist gültig.</translation>
    </message>
    <message>
        <source>{name} is not an object</source>
        <comment>evals.argument-not-object</comment>
        <translation>{name} ist kein Objekt</translation>
    </message>
    <message>
        <source>its arguments is not an object</source>
        <comment>evals.arguments-not-object</comment>
        <translation>seine Argumente sind kein Objekt</translation>
    </message>
    <message>
        <source>its arguments have no {name}</source>
        <comment>evals.argument-missing</comment>
        <translation>seinen Argumenten fehlt {name}</translation>
    </message>
    <message>
        <source>its {name} is {actual}, not {expected}</source>
        <comment>evals.argument-differs</comment>
        <translation>sein {name} ist {actual}, nicht {expected}</translation>
    </message>
</context>
<context>
    <name>Evals</name>
    <message>
        <source>Hearth cannot read {name} as a model file.</source>
        <comment>evals.embedder-unreadable</comment>
        <translation>Hearth kann {name} nicht als Modelldatei lesen.</translation>
    </message>
    <message>
        <source>{name} is a chat model, not an embedding model, so it cannot compare answers for “similar” checks. Choose an embedding model of your library (such as all-MiniLM or nomic-embed-text).</source>
        <comment>evals.embedder-is-chat-model</comment>
        <translation>{name} ist ein Chatmodell, kein Embedding-Modell, und kann daher keine Antworten für Ähnlichkeitsprüfungen vergleichen. Wählen Sie ein Embedding-Modell aus „Meine Modelle“ (etwa all-MiniLM oder nomic-embed-text).</translation>
    </message>
    <message>
        <source>the suite “{name}”</source>
        <comment>evals.the-named-suite</comment>
        <translation>der Testreihe „{name}“</translation>
    </message>
    <message>
        <source>Hearth could not save the suite “{name}” in {folder}.</source>
        <comment>evals.suite-not-saved</comment>
        <translation>Hearth konnte die Testreihe „{name}“ nicht in {folder} speichern.</translation>
    </message>
    <message>
        <source>There is already a suite named “{name}”: choose another name.</source>
        <comment>evals.suite-name-taken</comment>
        <translation>Es gibt bereits eine Testreihe namens „{name}“: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Hearth could not rename the suite “{name}”.</source>
        <comment>evals.suite-not-renamed</comment>
        <translation>Hearth konnte die Testreihe „{name}“ nicht umbenennen.</translation>
    </message>
    <message>
        <source>Hearth could not delete the suite “{name}”.</source>
        <comment>evals.suite-not-deleted</comment>
        <translation>Hearth konnte die Testreihe „{name}“ nicht löschen.</translation>
    </message>
    <message>
        <source>an assertion should be a type with its value, and one is not</source>
        <comment>evals.promptfoo-bad-assertion</comment>
        <translation>jede Assertion sollte ein Typ mit Wert sein, eine ist es aber nicht</translation>
    </message>
    <message>
        <source>the assertion {ref} names no assertion template</source>
        <comment>evals.promptfoo-no-template</comment>
        <translation>die Assertion {ref} nennt keine Assertion-Vorlage</translation>
    </message>
    <message>
        <source>an assertion has no type</source>
        <comment>evals.promptfoo-no-type</comment>
        <translation>eine Assertion hat keinen Typ</translation>
    </message>
    <message>
        <source>the {what} of a {type} assertion should be a number, and it is {value}</source>
        <comment>evals.promptfoo-assertion-not-number</comment>
        <translation>{what} einer Assertion vom Typ {type} sollte eine Zahl sein, ist aber {value}</translation>
    </message>
    <message>
        <source>Hearth cannot read {name} as a promptfoo configuration: {problem}</source>
        <comment>evals.promptfoo-unreadable</comment>
        <translation>Hearth kann {name} nicht als promptfoo-Konfiguration lesen: {problem}</translation>
    </message>
    <message>
        <source>Hearth could not save {path}. Choose another folder, or free some disk space.</source>
        <comment>evals.promptfoo-not-saved</comment>
        <translation>Hearth konnte {path} nicht speichern. Wählen Sie einen anderen Ordner oder geben Sie Speicherplatz frei.</translation>
    </message>
    <message>
        <source>the file cannot be opened.</source>
        <comment>evals.promptfoo-not-opened</comment>
        <translation>die Datei lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>it is not valid YAML (see the details for where).</source>
        <comment>evals.promptfoo-not-yaml</comment>
        <translation>die Datei ist kein gültiges YAML (die genaue Stelle steht in den Details).</translation>
    </message>
    <message>
        <source>it should hold settings such as &apos;prompts&apos; and &apos;tests&apos;, and it does not.</source>
        <comment>evals.promptfoo-not-settings</comment>
        <translation>die Datei sollte Einstellungen wie &apos;prompts&apos; und &apos;tests&apos; enthalten, tut es aber nicht.</translation>
    </message>
    <message>
        <source>its &apos;assertionTemplates&apos; should be named assertions, and they are not.</source>
        <comment>evals.promptfoo-bad-templates</comment>
        <translation>&apos;assertionTemplates&apos; sollte benannte Assertions enthalten, tut es aber nicht.</translation>
    </message>
    <message>
        <source>the threshold of defaultTest</source>
        <comment>evals.promptfoo-default-threshold</comment>
        <translation>der Schwellenwert von defaultTest</translation>
    </message>
    <message>
        <source>test {number} of {file}</source>
        <comment>evals.promptfoo-test-of-file</comment>
        <translation>Test {number} in {file}</translation>
    </message>
    <message>
        <source>test {number}</source>
        <comment>evals.promptfoo-test</comment>
        <translation>Test {number}</translation>
    </message>
    <message>
        <source>the test &apos;{name}&apos;</source>
        <comment>evals.promptfoo-named-test</comment>
        <translation>Test &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>it has no &apos;prompts&apos;, so there is nothing to ask the models.</source>
        <comment>evals.promptfoo-no-prompts</comment>
        <translation>&apos;prompts&apos; fehlt, daher gibt es keine Fragen an die Modelle.</translation>
    </message>
    <message>
        <source>its &apos;prompts&apos; should be a prompt or a list of prompts, and they are not.</source>
        <comment>evals.promptfoo-bad-prompts</comment>
        <translation>&apos;prompts&apos; sollte ein Prompt oder eine Liste von Prompts sein, ist es aber nicht.</translation>
    </message>
    <message>
        <source>its &apos;prompts&apos; list is empty, so there is nothing to ask the models.</source>
        <comment>evals.promptfoo-empty-prompts</comment>
        <translation>die Liste &apos;prompts&apos; ist leer, daher gibt es keine Fragen an die Modelle.</translation>
    </message>
    <message>
        <source>prompt {number} is neither text, a file:// reference, nor a prompt with &apos;raw&apos; text.</source>
        <comment>evals.promptfoo-bad-prompt</comment>
        <translation>Prompt {number} ist weder Text noch ein file://-Verweis noch ein Prompt mit &apos;raw&apos;-Text.</translation>
    </message>
    <message>
        <source>Hearth reads prompts from .txt, .md, .j2 and .json files, and {file} is not one.</source>
        <comment>evals.promptfoo-prompt-file-kind</comment>
        <translation>Hearth liest Prompts aus .txt-, .md-, .j2- und .json-Dateien, und {file} gehört nicht dazu.</translation>
    </message>
    <message>
        <source>its &apos;defaultTest&apos; should be a test (vars, assert, …), and it is not.</source>
        <comment>evals.promptfoo-bad-default-test</comment>
        <translation>&apos;defaultTest&apos; sollte ein Test sein (vars, assert, …), ist es aber nicht.</translation>
    </message>
    <message>
        <source>its &apos;tests&apos; should be a list of tests or a file:// reference, and they are not.</source>
        <comment>evals.promptfoo-bad-tests</comment>
        <translation>&apos;tests&apos; sollte eine Liste von Tests oder ein file://-Verweis sein, ist es aber nicht.</translation>
    </message>
    <message>
        <source>Hearth reads tests written in the file or in files it names (file://…), not {item}.</source>
        <comment>evals.promptfoo-tests-elsewhere</comment>
        <translation>Hearth liest Tests, die in der Datei stehen oder in Dateien, die sie nennt (file://…), nicht {item}.</translation>
    </message>
    <message>
        <source>an item of its &apos;tests&apos; is neither a test nor a file:// reference.</source>
        <comment>evals.promptfoo-bad-tests-item</comment>
        <translation>ein Eintrag in &apos;tests&apos; ist weder ein Test noch ein file://-Verweis.</translation>
    </message>
    <message>
        <source>Hearth reads tests from .csv, .yaml, .yml, .json and .jsonl files, and {file} is not one.</source>
        <comment>evals.promptfoo-tests-file-kind</comment>
        <translation>Hearth liest Tests aus .csv-, .yaml-, .yml-, .json- und .jsonl-Dateien, und {file} gehört nicht dazu.</translation>
    </message>
    <message>
        <source>{file} is not JSON Lines.</source>
        <comment>evals.promptfoo-not-jsonl</comment>
        <translation>{file} ist nicht im Format JSON Lines.</translation>
    </message>
    <message>
        <source>{file} should hold a list of tests, and it does not.</source>
        <comment>evals.promptfoo-not-tests</comment>
        <translation>{file} sollte eine Liste von Tests enthalten, tut es aber nicht.</translation>
    </message>
    <message>
        <source>the &apos;options&apos; of {where} are not settings.</source>
        <comment>evals.promptfoo-bad-options</comment>
        <translation>&apos;options&apos; von {where} sind keine Einstellungen.</translation>
    </message>
    <message>
        <source>the threshold of {where}</source>
        <comment>evals.promptfoo-threshold-of</comment>
        <translation>der Schwellenwert von {where}</translation>
    </message>
    <message>
        <source>the &apos;prompts&apos; of {where} should be a list of prompt labels, and they are not.</source>
        <comment>evals.promptfoo-bad-test-prompts</comment>
        <translation>&apos;prompts&apos; von {where} sollte eine Liste von Prompt-Bezeichnungen sein, ist es aber nicht.</translation>
    </message>
    <message>
        <source>the &apos;vars&apos; of {where} should be names with values, and they are not.</source>
        <comment>evals.promptfoo-bad-vars</comment>
        <translation>&apos;vars&apos; von {where} sollte aus Namen mit Werten bestehen, tut es aber nicht.</translation>
    </message>
    <message>
        <source>the &apos;assert&apos; of {where} should be a list of assertions, and it is not.</source>
        <comment>evals.promptfoo-bad-assert</comment>
        <translation>&apos;assert&apos; von {where} sollte eine Liste von Assertions sein, ist es aber nicht.</translation>
    </message>
    <message>
        <source>{problem} (in {where}).</source>
        <comment>evals.promptfoo-in-test</comment>
        <translation>{problem} (in {where}).</translation>
    </message>
    <message>
        <source>{what} should be a number, and it is {value}.</source>
        <comment>evals.promptfoo-not-number</comment>
        <translation>{what} sollte eine Zahl sein, ist aber {value}.</translation>
    </message>
    <message>
        <source>its {what} {file} is made by code or a pattern of files, which Hearth does not run.</source>
        <comment>evals.promptfoo-code-file</comment>
        <translation>{what} {file} wird durch Code oder ein Dateimuster erzeugt; so etwas führt Hearth nicht aus.</translation>
    </message>
    <message>
        <source>the file it names, {file}, cannot be read.</source>
        <comment>evals.promptfoo-file-unreadable</comment>
        <translation>die dort genannte Datei {file} lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>its {what} &apos;{file}&apos; is neither written out nor a file:// reference.</source>
        <comment>evals.promptfoo-not-written-out</comment>
        <translation>{what} &apos;{file}&apos; ist weder ausgeschrieben noch ein file://-Verweis.</translation>
    </message>
    <message>
        <source>{file} is not valid YAML or JSON.</source>
        <comment>evals.promptfoo-file-not-yaml</comment>
        <translation>{file} ist kein gültiges YAML oder JSON.</translation>
    </message>
    <message>
        <source>another model file</source>
        <comment>evals.differs-file</comment>
        <translation>einer anderen Modelldatei</translation>
    </message>
    <message>
        <source>another file name</source>
        <comment>evals.differs-file-name</comment>
        <translation>einem anderen Dateinamen</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>evals.unknown-quantization</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>quantization {before}, not {after}</source>
        <comment>evals.differs-quantization</comment>
        <translation>Quantisierung {before} statt {after}</translation>
    </message>
    <message>
        <source>a context of {before} tokens, not {after}</source>
        <comment>evals.differs-context</comment>
        <translation>einem Kontext von {before} Tokens statt {after}</translation>
    </message>
    <message>
        <source>{setting} {before}, not {after}</source>
        <comment>evals.differs-sampler</comment>
        <translation>{setting} {before} statt {after}</translation>
    </message>
    <message>
        <source>seeds {before}, not {after}</source>
        <comment>evals.differs-seeds</comment>
        <translation>Startwerten {before} statt {after}</translation>
    </message>
    <message>
        <source>Hearth {before}, not {after}</source>
        <comment>evals.differs-version</comment>
        <translation>Hearth {before} statt {after}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-seeds</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>evals.column-model</comment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <comment>evals.column-pass-rate</comment>
        <translation>Bestehensquote</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>evals.column-passed</comment>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>{passed} of {replies}</source>
        <comment>evals.passed-of</comment>
        <translation>{passed} von {replies}</translation>
    </message>
    <message>
        <source>JSON valid</source>
        <comment>evals.column-json-valid</comment>
        <translation>JSON gültig</translation>
    </message>
    <message>
        <source>Schema valid</source>
        <comment>evals.column-schema-valid</comment>
        <translation>Schema gültig</translation>
    </message>
    <message>
        <source>Schema valid with Hearth&apos;s grammar</source>
        <comment>evals.column-schema-valid-grammar</comment>
        <translation>Schema gültig mit Hearths Grammatik</translation>
    </message>
    <message>
        <source>Tool arguments valid</source>
        <comment>evals.column-tool-arguments-valid</comment>
        <translation>Tool-Argumente gültig</translation>
    </message>
    <message>
        <source>Cut by the length limit</source>
        <comment>evals.column-length-cut</comment>
        <translation>Durch Längenlimit gekürzt</translation>
    </message>
    <message>
        <source>Pass-rate spread</source>
        <comment>evals.column-spread</comment>
        <translation>Streuung der Quote</translation>
    </message>
    <message>
        <source>Flaky cases</source>
        <comment>evals.column-flaky</comment>
        <translation>Unzuverlässige Fälle</translation>
    </message>
    <message>
        <source>First token</source>
        <comment>evals.column-first-token</comment>
        <translation>Erstes Token</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <comment>evals.column-speed</comment>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Memory</source>
        <comment>evals.column-memory</comment>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Verdict</source>
        <comment>evals.column-verdict</comment>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Licence</source>
        <comment>evals.column-licence</comment>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>evals.seconds</comment>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-flaky-cases</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>{points} points</source>
        <comment>evals.spread-points</comment>
        <translation>{points} Punkte</translation>
    </message>
    <message>
        <source>the earlier run {run} of this suite ran {model} with {differences}, so its results are not comparable with these.</source>
        <comment>evals.not-comparable</comment>
        <translation>der frühere Durchlauf {run} dieser Testreihe hat {model} mit {differences} ausgeführt, daher sind seine Ergebnisse nicht mit diesen vergleichbar.</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <comment>evals.list-more</comment>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>That evaluation run is gone.</source>
        <comment>evals.run-gone</comment>
        <translation>Dieser Prüfdurchlauf ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>That reply of the evaluation run is gone.</source>
        <comment>evals.reply-gone</comment>
        <translation>Diese Antwort des Prüfdurchlaufs ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Hearth cannot read the suite {path}.</source>
        <comment>evals.suite-unreadable</comment>
        <translation>Hearth kann die Testreihe {path} nicht lesen.</translation>
    </message>
    <message>
        <source>the suite</source>
        <comment>evals.the-suite</comment>
        <translation>der Testreihe</translation>
    </message>
    <message>
        <source>Line {number} of {where} is not JSON: {error} at column {column}. Each line must be one case, a JSON object on one line.</source>
        <comment>evals.line-not-json</comment>
        <translation>Zeile {number} in {where} ist kein JSON: {error} in Spalte {column}. Jede Zeile muss ein Fall sein: ein JSON-Objekt in einer Zeile.</translation>
    </message>
    <message>
        <source>Line {number} of {where}: {problem}</source>
        <comment>evals.line-problem</comment>
        <translation>Zeile {number} in {where}: {problem}</translation>
    </message>
    <message>
        <source>There are no cases in {where}: write one JSON object a line, with at least a “prompt”.</source>
        <comment>evals.no-cases</comment>
        <translation>In {where} gibt es keine Fälle: Schreiben Sie ein JSON-Objekt pro Zeile, mit mindestens einem „prompt“.</translation>
    </message>
    <message>
        <source>a case must be a JSON object such as {{“prompt”: “…”, “checks”: […]}}.</source>
        <comment>evals.case-not-object</comment>
        <translation>ein Fall muss ein JSON-Objekt sein, etwa {{“prompt”: “…”, “checks”: […]}}.</translation>
    </message>
    <message>
        <source>{names} is not part of a case; a case may have {allowed}.</source>
        <comment>evals.unknown-key</comment>
        <translation>{names} gehört nicht zu einem Fall; ein Fall kann {allowed} enthalten.</translation>
    </message>
    <message>
        <source>{names} are not part of a case; a case may have {allowed}.</source>
        <comment>evals.unknown-keys</comment>
        <translation>{names} gehören nicht zu einem Fall; ein Fall kann {allowed} enthalten.</translation>
    </message>
    <message>
        <source>{problem} Write promptfoo&apos;s “assert” as “checks”.</source>
        <comment>evals.assert-hint</comment>
        <translation>{problem} Schreiben Sie „assert“ aus promptfoo als „checks“.</translation>
    </message>
    <message>
        <source>the case has no “prompt” (the text to ask each model).</source>
        <comment>evals.no-prompt</comment>
        <translation>der Fall hat keinen „prompt“ (den Text, der jedem Modell gestellt wird).</translation>
    </message>
    <message>
        <source>“vars” must be an object of names and values, such as {{“city”: “Paris”}}.</source>
        <comment>evals.bad-vars</comment>
        <translation>„vars“ muss ein Objekt aus Namen und Werten sein, etwa {{“city”: “Paris”}}.</translation>
    </message>
    <message>
        <source>“checks” must be a list of checks, such as [{{“type”: “contains”, “value”: “Paris”}}].</source>
        <comment>evals.bad-checks</comment>
        <translation>„checks“ muss eine Liste von Prüfungen sein, etwa [{{“type”: “contains”, “value”: “Paris”}}].</translation>
    </message>
    <message>
        <source>“description” must be text.</source>
        <comment>evals.bad-description</comment>
        <translation>„description“ muss Text sein.</translation>
    </message>
    <message>
        <source>“tools” must be a list of OpenAI tools, each {{“type”: “function”, “function”: {{“name”, …}}}}.</source>
        <comment>evals.bad-tools</comment>
        <translation>„tools“ muss eine Liste von OpenAI-Tools sein, jeweils {{“type”: “function”, “function”: {{“name”, …}}}}.</translation>
    </message>
    <message>
        <source>the case&apos;s “threshold”</source>
        <comment>evals.case-threshold</comment>
        <translation>der „threshold“ des Falls</translation>
    </message>
    <message>
        <source>the prompt asks for the variable “{name}”, but this case does not give it. Add a “{column}” column or var (this case gives: {given}).</source>
        <comment>evals.case-missing-variable</comment>
        <translation>der Prompt verlangt die Variable „{name}“, aber dieser Fall liefert sie nicht. Fügen Sie eine Spalte oder Variable „{column}“ hinzu (dieser Fall liefert: {given}).</translation>
    </message>
    <message>
        <source>check {index} needs a “type”, such as {{“type”: “icontains”, “value”: “Paris”}}.</source>
        <comment>evals.check-no-type</comment>
        <translation>Prüfung {index} braucht einen „type“, etwa {{“type”: “icontains”, “value”: “Paris”}}.</translation>
    </message>
    <message>
        <source>check {index}&apos;s “weight” must be a number, 0 or more (0: shown, never counted).</source>
        <comment>evals.check-bad-weight</comment>
        <translation>„weight“ von Prüfung {index} muss eine Zahl ab 0 sein (0: angezeigt, nie gezählt).</translation>
    </message>
    <message>
        <source>check {index}&apos;s “threshold” must be a number.</source>
        <comment>evals.check-bad-threshold</comment>
        <translation>„threshold“ von Prüfung {index} muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>check {index} ({type}): {problem}</source>
        <comment>evals.check-problem</comment>
        <translation>Prüfung {index} ({type}): {problem}</translation>
    </message>
    <message>
        <source>Hearth cannot read the table {path}.</source>
        <comment>evals.table-unreadable</comment>
        <translation>Hearth kann die Tabelle {path} nicht lesen.</translation>
    </message>
    <message>
        <source>The table {path} is empty: its first row must name the variables, one a column.</source>
        <comment>evals.table-empty</comment>
        <translation>Die Tabelle {path} ist leer: In der ersten Zeile müssen die Variablen stehen, eine pro Spalte.</translation>
    </message>
    <message>
        <source>The first row of {path} must name each column once (it reads: {header}).</source>
        <comment>evals.table-header</comment>
        <translation>Die erste Zeile von {path} muss jede Spalte genau einmal benennen (sie lautet: {header}).</translation>
    </message>
    <message>
        <source>Line {number} of {path} has {cells} cells, but the first row names {columns} columns. Put quotes around a value that holds a comma.</source>
        <comment>evals.table-row-too-long</comment>
        <translation>Zeile {number} von {path} hat {cells} Zellen, aber die erste Zeile nennt {columns} Spalten. Setzen Sie einen Wert, der ein Komma enthält, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Write the prompt first: the table&apos;s rows fill its {{{{variables}}}}.</source>
        <comment>evals.table-no-prompt</comment>
        <translation>Schreiben Sie zuerst den Prompt: Die Zeilen der Tabelle füllen seine {{{{variables}}}}.</translation>
    </message>
    <message>
        <source>The table has no rows: each row of values becomes one case.</source>
        <comment>evals.table-no-rows</comment>
        <translation>Die Tabelle hat keine Zeilen: Jede Zeile mit Werten wird zu einem Fall.</translation>
    </message>
    <message>
        <source>Row {number} of the table: {problem}</source>
        <comment>evals.table-row-problem</comment>
        <translation>Zeile {number} der Tabelle: {problem}</translation>
    </message>
    <message>
        <source>The row {row} of the table&apos;s __expected column: {problem}</source>
        <comment>evals.table-expected</comment>
        <translation>Zeile {row} der Spalte __expected der Tabelle: {problem}</translation>
    </message>
    <message>
        <source>{what} must be a number from 0 to 1 (the share of the weighted score a reply needs).</source>
        <comment>evals.bad-threshold</comment>
        <translation>{what} muss eine Zahl von 0 bis 1 sein (der Anteil der gewichteten Punktzahl, den eine Antwort braucht).</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>evals.case-passed</comment>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>evals.case-failed</comment>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>flaky</source>
        <comment>evals.case-flaky</comment>
        <translation>unzuverlässig</translation>
    </message>
    <message>
        <source>On another computer</source>
        <comment>evals.on-another-computer</comment>
        <translation>Auf einem anderen Computer</translation>
    </message>
    <message>
        <source>Not known to Hearth</source>
        <comment>evals.licence-unknown</comment>
        <translation>Hearth unbekannt</translation>
    </message>
    <message>
        <source>It runs on another computer.</source>
        <comment>evals.runs-on-another-computer</comment>
        <translation>Es läuft auf einem anderen Computer.</translation>
    </message>
    <message>
        <source>its licence is not known to Hearth</source>
        <comment>evals.licence-not-known</comment>
        <translation>seine Lizenz ist Hearth nicht bekannt</translation>
    </message>
    <message>
        <source>its licence ({licence}) does not allow business use</source>
        <comment>evals.licence-not-business</comment>
        <translation>seine Lizenz ({licence}) erlaubt keine geschäftliche Nutzung</translation>
    </message>
    <message>
        <source>its licence ({licence}) does not allow it</source>
        <comment>evals.licence-closed</comment>
        <translation>seine Lizenz ({licence}) erlaubt das nicht</translation>
    </message>
    <message>
        <source>business use</source>
        <comment>evals.business-use</comment>
        <translation>geschäftliche Nutzung</translation>
    </message>
    <message>
        <source>personal use</source>
        <comment>evals.personal-use</comment>
        <translation>private Nutzung</translation>
    </message>
    <message>
        <source>None of these models runs on this computer, so Hearth recommends none of them here.</source>
        <comment>evals.recommend-none-runs</comment>
        <translation>Keines dieser Modelle läuft auf diesem Computer, daher empfiehlt Hearth hier keines davon.</translation>
    </message>
    <message>
        <source>{model}: {reason}</source>
        <comment>evals.recommend-licence-reason</comment>
        <translation>{model}: {reason}</translation>
    </message>
    <message>
        <source>None of the models that run here has a licence that allows {use} ({reasons}).</source>
        <comment>evals.recommend-no-licence</comment>
        <translation>Keines der Modelle, die hier laufen, hat eine Lizenz, die {use} erlaubt ({reasons}).</translation>
    </message>
    <message>
        <source>No model that runs here with a licence for {use} passed any case; none is recommended.</source>
        <comment>evals.recommend-none-passed</comment>
        <translation>Kein Modell, das hier läuft und eine Lizenz für {use} hat, hat einen Fall bestanden; keines wird empfohlen.</translation>
    </message>
    <message>
        <source>{model} passes the most cases ({rate}) among the models that run here and whose licence allows {use}</source>
        <comment>evals.recommend-best</comment>
        <translation>{model} besteht die meisten Fälle ({rate}) unter den Modellen, die hier laufen und deren Lizenz {use} erlaubt</translation>
    </message>
    <message>
        <source>{recommendation}; {tied} passes as many, and {model} is faster</source>
        <comment>evals.recommend-tied-one</comment>
        <translation>{recommendation}; {tied} besteht ebenso viele, und {model} ist schneller</translation>
    </message>
    <message>
        <source>{recommendation}; {tied} pass as many, and {model} is faster</source>
        <comment>evals.recommend-tied</comment>
        <translation>{recommendation}; {tied} bestehen ebenso viele, und {model} ist schneller</translation>
    </message>
    <message>
        <source>{model} passes {rate}, but {reason}</source>
        <comment>evals.recommend-better-excluded</comment>
        <translation>{model} besteht {rate}, aber {reason}</translation>
    </message>
    <message>
        <source>{recommendation} ({why})</source>
        <comment>evals.recommend-why-not-better</comment>
        <translation>{recommendation} ({why})</translation>
    </message>
    <message>
        <source>{recommendation}; its licence is not known to Hearth: read its model card</source>
        <comment>evals.recommend-licence-unknown</comment>
        <translation>{recommendation}; seine Lizenz ist Hearth nicht bekannt: Lesen Sie seine Modellkarte</translation>
    </message>
    <message>
        <source>{recommendation}.</source>
        <comment>evals.recommendation</comment>
        <translation>{recommendation}.</translation>
    </message>
    <message>
        <source>it does not run here</source>
        <comment>evals.does-not-run-here</comment>
        <translation>es läuft hier nicht</translation>
    </message>
    <message>
        <source>it runs on another computer</source>
        <comment>evals.elsewhere</comment>
        <translation>es läuft auf einem anderen Computer</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <comment>evals.list-semicolon</comment>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>The prompt asks for the variable “{name}”, but this case does not give it. Add a “{column}” column or var (this case gives: {given}).</source>
        <comment>evals.missing-variable</comment>
        <translation>Der Prompt verlangt die Variable „{name}“, aber dieser Fall liefert sie nicht. Fügen Sie eine Spalte oder Variable „{column}“ hinzu (dieser Fall liefert: {given}).</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-variables</comment>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Willkommen bei Hearth</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Go straight to Hearth; this welcome does not show again</source>
        <translation>Direkt zu Hearth; diese Begrüßung erscheint nicht wieder</translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation>Begrüßung überspringen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>See models that fit</source>
        <translation>Passende Modelle ansehen</translation>
    </message>
    <message>
        <source>Download {model} ({size})</source>
        <translation>{model} herunterladen ({size})</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Needs about {need} on your graphics card, which has room for it.</source>
        <comment>fit.reason-speech-gpu</comment>
        <translation>Braucht etwa {need} auf Ihrer Grafikkarte, die genug Platz dafür hat.</translation>
    </message>
    <message>
        <source>Needs about {need} of memory; it transcribes on the processor.</source>
        <comment>fit.reason-speech-cpu</comment>
        <translation>Braucht etwa {need} Arbeitsspeicher; transkribiert auf dem Prozessor.</translation>
    </message>
    <message>
        <source>Needs about {need}, but only {free} of memory is free.</source>
        <comment>fit.reason-speech-too-large</comment>
        <translation>Braucht etwa {need}, aber nur {free} Arbeitsspeicher ist frei.</translation>
    </message>
    <message>
        <source>Runs on your graphics card</source>
        <comment>fit.label-gpu</comment>
        <translation>Läuft auf Ihrer Grafikkarte</translation>
    </message>
    <message>
        <source>Partly on your graphics card</source>
        <comment>fit.label-partial</comment>
        <translation>Teilweise auf Ihrer Grafikkarte</translation>
    </message>
    <message>
        <source>Runs on your processor</source>
        <comment>fit.label-cpu</comment>
        <translation>Läuft auf Ihrem Prozessor</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <comment>fit.label-too-large</comment>
        <translation>Zu groß für diesen Computer</translation>
    </message>
    <message>
        <source>fast</source>
        <comment>fit.speed-fast</comment>
        <translation>schnell</translation>
    </message>
    <message>
        <source>comfortable</source>
        <comment>fit.speed-comfortable</comment>
        <translation>angenehm</translation>
    </message>
    <message>
        <source>slow</source>
        <comment>fit.speed-slow</comment>
        <translation>langsam</translation>
    </message>
    <message>
        <source>very slow</source>
        <comment>fit.speed-very-slow</comment>
        <translation>sehr langsam</translation>
    </message>
    <message>
        <source>{band}, roughly {low}–{high} tokens/s</source>
        <comment>fit.speed-band</comment>
        <translation>{band}, etwa {low}–{high} Tokens/s</translation>
    </message>
    <message>
        <source>your {count} graphics cards have {free} free together</source>
        <comment>fit.gpus-free</comment>
        <translation>Ihre {count} Grafikkarten haben zusammen {free} frei</translation>
    </message>
    <message>
        <source>your graphics card has {free} free</source>
        <comment>fit.gpu-free</comment>
        <translation>Ihre Grafikkarte hat {free} frei</translation>
    </message>
    <message>
        <source>with an {size} context</source>
        <comment>fit.with-an-context</comment>
        <translation>bei {size} Kontext</translation>
    </message>
    <message>
        <source>with a {size} context</source>
        <comment>fit.with-a-context</comment>
        <translation>bei {size} Kontext</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so it all runs there.</source>
        <comment>fit.reason-gpu</comment>
        <translation>Braucht etwa {need} {context}; {gpu_free}, daher läuft alles dort.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so {layers} of {full} layers go on them and the rest runs on the processor.</source>
        <comment>fit.reason-partial-cards</comment>
        <translation>Braucht etwa {need} {context}; {gpu_free}, daher kommen {layers} von {full} Schichten auf die Grafikkarten und der Rest läuft auf dem Prozessor.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so {layers} of {full} layers go on it and the rest runs on the processor.</source>
        <comment>fit.reason-partial</comment>
        <translation>Braucht etwa {need} {context}; {gpu_free}, daher kommen {layers} von {full} Schichten auf die Grafikkarte und der Rest läuft auf dem Prozessor.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, but macOS lets the graphics processor use only part of it, so it runs on the processor.</source>
        <comment>fit.reason-cpu-unified</comment>
        <translation>Braucht etwa {need} {context}; {free} Arbeitsspeicher ist frei, aber macOS lässt den Grafikprozessor nur einen Teil davon nutzen, daher läuft es auf dem Prozessor.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, but your graphics card is too full or too small to help, so it runs on the processor.</source>
        <comment>fit.reason-cpu-gpu-full</comment>
        <translation>Braucht etwa {need} {context}; {free} Arbeitsspeicher ist frei, aber Ihre Grafikkarte ist zu voll oder zu klein, um zu helfen, daher läuft es auf dem Prozessor.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, so it runs on the processor.</source>
        <comment>fit.reason-cpu</comment>
        <translation>Braucht etwa {need} {context}; {free} Arbeitsspeicher ist frei, daher läuft es auf dem Prozessor.</translation>
    </message>
    <message>
        <source>Needs about {need} even {context}, but only {free} of memory is free on this computer.</source>
        <comment>fit.reason-too-large</comment>
        <translation>Braucht selbst {context} etwa {need}, aber auf diesem Computer ist nur {free} Arbeitsspeicher frei.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Help me choose a model</source>
        <translation>Hilfe bei der Modellauswahl</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>Hearth has looked at your computer. {headline}</source>
        <translation>Hearth hat Ihren Computer untersucht. {headline}</translation>
    </message>
    <message>
        <source>Will you use it for work, in a business?</source>
        <translation>Nutzen Sie es beruflich, in einem Unternehmen?</translation>
    </message>
    <message>
        <source>No, for myself (any open licence)</source>
        <translation>Nein, für mich selbst (jede offene Lizenz)</translation>
    </message>
    <message>
        <source>Yes (only licences that allow business use)</source>
        <translation>Ja (nur Lizenzen, die geschäftliche Nutzung erlauben)</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>Vorschläge für Sie</translation>
    </message>
    <message>
        <source>Nothing fits yet</source>
        <translation>Noch passt nichts</translation>
    </message>
    <message>
        <source>No model in the catalog does that on this computer with the licence you need. Try allowing any licence, or close other programs to free memory and rescan on the Hardware page.</source>
        <translation>Kein Modell im Katalog schafft das auf diesem Computer mit der benötigten Lizenz. Lassen Sie jede Lizenz zu, oder schließen Sie andere Programme, um Arbeitsspeicher freizugeben, und scannen Sie auf der Seite „Hardware“ neu.</translation>
    </message>
    <message>
        <source>Compare these</source>
        <translation>Diese vergleichen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>{model} herunterladen</translation>
    </message>
    <message>
        <source>Download {model} to compare it too.</source>
        <translation>Laden Sie {model} herunter, um es ebenfalls zu vergleichen.</translation>
    </message>
    <message>
        <source>Download {first} and {second} to compare them too.</source>
        <translation>Laden Sie {first} und {second} herunter, um sie ebenfalls zu vergleichen.</translation>
    </message>
    <message>
        <source>Download {first}, {second} and {third} to compare them too.</source>
        <translation>Laden Sie {first}, {second} und {third} herunter, um sie ebenfalls zu vergleichen.</translation>
    </message>
    <message>
        <source>{size} download · {licence} · {verdict}</source>
        <translation>{size} Download · {licence} · {verdict}</translation>
    </message>
    <message>
        <source>{role}: {model}, {summary}</source>
        <translation>{role}: {model}, {summary}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show {model} in Discover</source>
        <translation>{model} unter „Entdecken“ anzeigen</translation>
    </message>
    <message>
        <source>Show it in Discover; other filters are cleared</source>
        <translation>Unter „Entdecken“ anzeigen; andere Filter werden zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <source>Could not measure free disk space at {path}: {problem}</source>
        <comment>hardware.disk-unmeasured</comment>
        <translation>Der freie Speicherplatz unter {path} konnte nicht gemessen werden: {problem}</translation>
    </message>
    <message>
        <source>Models up to about {in_memory} can run on your processor, from memory. No graphics card that Hearth can use was found, so smaller models will feel faster.</source>
        <comment>hardware.headline-cpu</comment>
        <translation>Modelle bis etwa {in_memory} können auf Ihrem Prozessor aus dem Arbeitsspeicher laufen. Es wurde keine Grafikkarte gefunden, die Hearth verwenden kann, daher wirken kleinere Modelle schneller.</translation>
    </message>
    <message>
        <source>Models up to about {on_gpu} can run on your {gpu} using {acceleration}; it shares memory with the rest of the computer, so close big apps before loading large models.</source>
        <comment>hardware.headline-shared</comment>
        <translation>Modelle bis etwa {on_gpu} können auf Ihrem {gpu} mit {acceleration} laufen; er teilt sich den Arbeitsspeicher mit dem Rest des Computers, schließen Sie also große Apps, bevor Sie große Modelle laden.</translation>
    </message>
    <message>
        <source>Models up to about {on_gpu} can run fully on your graphics card; up to about {in_memory} in memory, partly on the processor and slower.</source>
        <comment>hardware.headline-gpu</comment>
        <translation>Modelle bis etwa {on_gpu} können vollständig auf Ihrer Grafikkarte laufen; bis etwa {in_memory} im Arbeitsspeicher, teilweise auf dem Prozessor und langsamer.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>hardware.unknown-size</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{gpu}: {memory}, used through {backend}.</source>
        <comment>hardware.gpu-used</comment>
        <translation>{gpu}: {memory}, genutzt über {backend}.</translation>
    </message>
    <message>
        <source>{gpu}: {memory}, {free} free, used through {backend}.</source>
        <comment>hardware.gpu-used-free</comment>
        <translation>{gpu}: {memory}, {free} frei, genutzt über {backend}.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because its {memory} of memory is too small to help.</source>
        <comment>hardware.gpu-too-small</comment>
        <translation>{gpu}: nicht genutzt, weil ihr Speicher von {memory} zu klein ist, um zu helfen.</translation>
    </message>
    <message>
        <source>Transcription runs on the processor: the speech engine (CTranslate2) sees no CUDA device. It needs NVIDIA&apos;s cuBLAS 12 and cuDNN 9 libraries, which the CUDA build of Hearth carries.</source>
        <comment>hardware.speech-no-cuda</comment>
        <translation>Die Transkription läuft auf dem Prozessor: Die Spracherkennungs-Engine (CTranslate2) findet kein CUDA-Gerät. Sie benötigt die Bibliotheken cuBLAS 12 und cuDNN 9 von NVIDIA, die der CUDA-Build von Hearth mitbringt.</translation>
    </message>
    <message>
        <source>Could not read /proc/cpuinfo: {problem}</source>
        <comment>hardware.cpuinfo-unread</comment>
        <translation>/proc/cpuinfo konnte nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>Hearth&apos;s download for older processors runs here, a little slower; so does a Hearth built on this computer (`make run` from the source).</source>
        <comment>hardware.remedy-older-build</comment>
        <translation>Der Hearth-Download für ältere Prozessoren läuft hier, etwas langsamer; ebenso ein auf diesem Computer gebautes Hearth (`make run` aus dem Quellcode).</translation>
    </message>
    <message>
        <source>A Hearth built on this computer (`make run` from the source) compiles the engine for this processor.</source>
        <comment>hardware.remedy-build-here</comment>
        <translation>Ein auf diesem Computer gebautes Hearth (`make run` aus dem Quellcode) kompiliert die Engine für diesen Prozessor.</translation>
    </message>
    <message>
        <source>Chat models cannot run with this copy of Hearth: its engine was built for processors with {names}, and {processor} lacks these. Transcription still works. {remedy}</source>
        <comment>hardware.cpu-lacks-features</comment>
        <translation>Chatmodelle können mit dieser Hearth-Kopie nicht laufen: Ihre Engine wurde für Prozessoren mit {names} gebaut, und {processor} fehlen diese. Die Transkription funktioniert weiterhin. {remedy}</translation>
    </message>
    <message>
        <source>Chat models cannot run with this copy of Hearth: its engine was built for processors with {names}, and {processor} lacks this. Transcription still works. {remedy}</source>
        <comment>hardware.cpu-lacks-feature</comment>
        <translation>Chatmodelle können mit dieser Hearth-Kopie nicht laufen: Ihre Engine wurde für Prozessoren mit {names} gebaut, und {processor} fehlt dies. Die Transkription funktioniert weiterhin. {remedy}</translation>
    </message>
    <message>
        <source>this processor</source>
        <comment>hardware.this-processor</comment>
        <translation>diesem Prozessor</translation>
    </message>
    <message>
        <source>{gpu}: not used, because this build of Hearth&apos;s engine (llama.cpp) has no GPU support. Install the {backend} build of Hearth to use it.</source>
        <comment>hardware.gpu-no-support</comment>
        <translation>{gpu}: nicht genutzt, weil dieser Build der Hearth-Engine (llama.cpp) keine GPU-Unterstützung hat. Installieren Sie den {backend}-Build von Hearth, um sie zu nutzen.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because llama.cpp has no way to drive it.</source>
        <comment>hardware.gpu-no-driver</comment>
        <translation>{gpu}: nicht genutzt, weil llama.cpp sie nicht ansteuern kann.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because this build of Hearth&apos;s engine drives {built} graphics cards, and this one needs {needed}. Install the {needed} build of Hearth to use it.</source>
        <comment>hardware.gpu-other-backend</comment>
        <translation>{gpu}: nicht genutzt, weil dieser Build der Hearth-Engine {built}-Grafikkarten ansteuert und diese Karte {needed} braucht. Installieren Sie den {needed}-Build von Hearth, um sie zu nutzen.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because it is older (compute capability {capability}) than this build of Hearth&apos;s engine supports ({oldest} or newer).</source>
        <comment>hardware.gpu-too-old</comment>
        <translation>{gpu}: nicht genutzt, weil sie älter ist (Compute Capability {capability}), als dieser Build der Hearth-Engine unterstützt ({oldest} oder neuer).</translation>
    </message>
    <message>
        <source>{gpu}: not used, because its NVIDIA driver {driver} is too old for Hearth&apos;s CUDA engine ({wanted} or newer). Update the driver (from nvidia.com or your system&apos;s driver manager) and restart Hearth; until then models run on the processor.</source>
        <comment>hardware.driver-too-old</comment>
        <translation>{gpu}: nicht genutzt, weil ihr NVIDIA-Treiber {driver} zu alt für die CUDA-Engine von Hearth ist ({wanted} oder neuer). Aktualisieren Sie den Treiber (von nvidia.com oder über die Treiberverwaltung Ihres Systems) und starten Sie Hearth neu; bis dahin laufen Modelle auf dem Prozessor.</translation>
    </message>
    <message>
        <source>The NVIDIA driver (NVML) {problem}; trying nvidia-smi</source>
        <comment>hardware.nvml-missing</comment>
        <translation>Der NVIDIA-Treiber (NVML): {problem}; nvidia-smi wird versucht</translation>
    </message>
    <message>
        <source>The NVIDIA driver (NVML) gave an error: {problem}; trying nvidia-smi</source>
        <comment>hardware.nvml-error</comment>
        <translation>Der NVIDIA-Treiber (NVML) meldete einen Fehler: {problem}; nvidia-smi wird versucht</translation>
    </message>
    <message>
        <source>nvidia-smi answered, but its output listed no GPU Hearth could read</source>
        <comment>hardware.nvidia-smi-no-gpu</comment>
        <translation>nvidia-smi hat geantwortet, aber seine Ausgabe enthielt keine GPU, die Hearth lesen konnte</translation>
    </message>
    <message>
        <source>nvidia-smi is installed but cannot reach the NVIDIA driver: the graphics card cannot be used until the driver is installed or the computer restarted</source>
        <comment>hardware.nvidia-driver-unreachable</comment>
        <translation>nvidia-smi ist installiert, erreicht aber den NVIDIA-Treiber nicht: Die Grafikkarte kann erst genutzt werden, wenn der Treiber installiert oder der Computer neu gestartet wurde</translation>
    </message>
    <message>
        <source>system_profiler is missing: cannot see the graphics processor</source>
        <comment>hardware.no-system-profiler</comment>
        <translation>system_profiler fehlt: Der Grafikprozessor kann nicht erkannt werden</translation>
    </message>
    <message>
        <source>Windows reports at most 4 GB for {gpu}; it may have more</source>
        <comment>hardware.windows-vram-capped</comment>
        <translation>Windows meldet höchstens 4 GB für {gpu}; möglicherweise hat sie mehr</translation>
    </message>
    <message>
        <source>The llama.cpp engine could not be loaded, so chat will not work: {problem}</source>
        <comment>hardware.chat-engine-missing</comment>
        <translation>Die llama.cpp-Engine konnte nicht geladen werden, daher funktioniert der Chat nicht: {problem}</translation>
    </message>
    <message>
        <source>The speech engine (CTranslate2) could not be loaded, so transcription will not work: {problem}</source>
        <comment>hardware.speech-engine-missing</comment>
        <translation>Die Spracherkennungs-Engine (CTranslate2) konnte nicht geladen werden, daher funktioniert die Transkription nicht: {problem}</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>Your computer</source>
        <translation>Ihr Computer</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Neu scannen</translation>
    </message>
    <message>
        <source>Look at the hardware again (Ctrl+R)</source>
        <translation>Hardware erneut untersuchen (Ctrl+R)</translation>
    </message>
    <message>
        <source>Look at the hardware again</source>
        <translation>Hardware erneut untersuchen</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <source>Storage for models</source>
        <translation>Speicherplatz für Modelle</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Show the full scan</source>
        <translation>Vollständigen Scan anzeigen</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy the full scan, for example to paste into a bug report</source>
        <translation>Vollständigen Scan kopieren, etwa um ihn in einen Fehlerbericht einzufügen</translation>
    </message>
    <message>
        <source>Copy the full scan</source>
        <translation>Vollständigen Scan kopieren</translation>
    </message>
    <message>
        <source>The full scan</source>
        <translation>Der vollständige Scan</translation>
    </message>
    <message>
        <source>Warnings about this computer</source>
        <translation>Warnungen zu diesem Computer</translation>
    </message>
    <message>
        <source>Looking at your computer…</source>
        <translation>Ihr Computer wird untersucht…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Wird gescannt…</translation>
    </message>
    <message>
        <source>no vector extensions found</source>
        <translation>keine Vektorerweiterungen gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n threads</source>
        <translation>
            <numerusform>%n Thread</numerusform>
            <numerusform>%n Threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <translation>
            <numerusform>%n Kern</numerusform>
            <numerusform>%n Kerne</numerusform>
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
        <translation>{size} gerade frei</translation>
    </message>
    <message numerus="yes">
        <source>{name} (+%n more)</source>
        <translation>
            <numerusform>{name} (+%n weitere)</numerusform>
            <numerusform>{name} (+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor only</source>
        <translation>Nur Prozessor</translation>
    </message>
    <message>
        <source>No graphics card that Hearth can use was found. Models run on the processor.</source>
        <translation>Es wurde keine Grafikkarte gefunden, die Hearth verwenden kann. Modelle laufen auf dem Prozessor.</translation>
    </message>
    <message>
        <source>{size} free</source>
        <translation>{size} frei</translation>
    </message>
    <message>
        <source>The scan&apos;s details are copied: paste them into a bug report or a message.</source>
        <translation>Die Details des Scans sind kopiert: Fügen Sie sie in einen Fehlerbericht oder eine Nachricht ein.</translation>
    </message>
    <message>
        <source>The chat engine (llama.cpp) could not be loaded; see the details below.</source>
        <translation>Die Chat-Engine (llama.cpp) konnte nicht geladen werden; siehe Details unten.</translation>
    </message>
    <message>
        <source>Chat: llama.cpp {version}, with GPU support</source>
        <translation>Chat: llama.cpp {version}, mit GPU-Unterstützung</translation>
    </message>
    <message>
        <source>Chat: llama.cpp {version}, built for the processor only</source>
        <translation>Chat: llama.cpp {version}, nur für den Prozessor gebaut</translation>
    </message>
    <message>
        <source>The speech engine (CTranslate2) could not be loaded; see the details below.</source>
        <translation>Die Spracherkennungs-Engine (CTranslate2) konnte nicht geladen werden; siehe Details unten.</translation>
    </message>
    <message>
        <source>Transcription: CTranslate2 {version}, on the graphics card</source>
        <translation>Transkription: CTranslate2 {version}, auf der Grafikkarte</translation>
    </message>
    <message>
        <source>Transcription: CTranslate2 {version}, on the processor</source>
        <translation>Transkription: CTranslate2 {version}, auf dem Prozessor</translation>
    </message>
    <message>
        <source>Processor ({extension})</source>
        <translation>Prozessor ({extension})</translation>
    </message>
</context>
<context>
    <name>Host</name>
    <message>
        <source>Cancelled.</source>
        <comment>host.job-cancelled</comment>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>{name} is not loaded.</source>
        <comment>host.not-loaded</comment>
        <translation>{name} ist nicht geladen.</translation>
    </message>
    <message>
        <source>{name} is not loaded any more; load it again to go on.</source>
        <comment>host.no-model-loaded</comment>
        <translation>{name} ist nicht mehr geladen; laden Sie es erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>{evicted} was unloaded to make room for {name}.</source>
        <comment>host.unloaded-for-room</comment>
        <translation>{evicted} wurde entladen, um Platz für {name} zu schaffen.</translation>
    </message>
</context>
<context>
    <name>HubNotice</name>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>HubRepoView</name>
    <message>
        <source>Reading its files and each quantization&apos;s header on Hugging Face…</source>
        <translation>Dateien und Header jeder Quantisierung werden bei Hugging Face gelesen…</translation>
    </message>
    <message>
        <source>architecture unknown</source>
        <translation>Architektur unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>{arch} · revision {revision} · %n quantizations</source>
        <translation>
            <numerusform>{arch} · Revision {revision} · %n Quantisierung</numerusform>
            <numerusform>{arch} · Revision {revision} · %n Quantisierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Gated: accept its terms on &lt;a href=&quot;{url}&quot;&gt;its Hugging Face page&lt;/a&gt; and add a token in Settings to download it.</source>
        <translation>Beschränkt: Akzeptieren Sie die Bedingungen auf &lt;a href=&quot;{url}&quot;&gt;seiner Hugging-Face-Seite&lt;/a&gt; und fügen Sie in den Einstellungen ein Token hinzu, um es herunterzuladen.</translation>
    </message>
    <message>
        <source>This repository has no GGUF files Hearth can run.</source>
        <translation>Dieses Repository enthält keine GGUF-Dateien, die Hearth ausführen kann.</translation>
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
        <translation>Autor</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>a free licence</source>
        <translation>eine freie Lizenz</translation>
    </message>
    <message>
        <source>open, with conditions</source>
        <translation>offen, mit Bedingungen</translation>
    </message>
    <message>
        <source>for research</source>
        <translation>für die Forschung</translation>
    </message>
    <message>
        <source>not for commercial use</source>
        <translation>nicht für kommerzielle Nutzung</translation>
    </message>
    <message>
        <source>Hugging Face results</source>
        <translation>Ergebnisse von Hugging Face</translation>
    </message>
    <message>
        <source>Press Enter on a repository to see how each of its files runs here</source>
        <translation>Drücken Sie Enter auf einem Repository, um zu sehen, wie jede seiner Dateien hier läuft</translation>
    </message>
    <message>
        <source>by {author}, {downloads} downloads, {likes} likes, updated {date}, licence: {licence}</source>
        <translation>von {author}, {downloads} Downloads, {likes} Likes, aktualisiert {date}, Lizenz: {licence}</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>A licence Hearth does not know: read it on the model&apos;s page before using the model.</source>
        <translation>Eine Lizenz, die Hearth nicht kennt: Lesen Sie sie auf der Seite des Modells, bevor Sie das Modell verwenden.</translation>
    </message>
    <message>
        <source>{licence}: {tier}</source>
        <translation>{licence}: {tier}</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>Beschränkt</translation>
    </message>
    <message>
        <source>In Hearth&apos;s picks</source>
        <translation>In Hearths Empfehlungen</translation>
    </message>
    <message>
        <source>Needs access granted on its Hugging Face page and a token in Settings</source>
        <translation>Benötigt freigeschalteten Zugang auf seiner Hugging-Face-Seite und ein Token in den Einstellungen</translation>
    </message>
    <message>
        <source>In Hearth&apos;s picks: {name}</source>
        <translation>In Hearths Empfehlungen: {name}</translation>
    </message>
</context>
<context>
    <name>HubSearch</name>
    <message>
        <source>Offline mode is on, so Hearth did not search Hugging Face. Turn it off in Settings to search.</source>
        <comment>hub_search.search-offline</comment>
        <translation>Der Offlinemodus ist an, daher hat Hearth nicht auf Hugging Face gesucht. Schalten Sie ihn in den Einstellungen aus, um zu suchen.</translation>
    </message>
    <message>
        <source>in {wait} seconds</source>
        <comment>hub_search.in-seconds</comment>
        <translation>in {wait} Sekunden</translation>
    </message>
    <message>
        <source>in a minute</source>
        <comment>hub_search.in-a-minute</comment>
        <translation>in einer Minute</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from here; retry {when}.</source>
        <comment>hub_search.hub-busy</comment>
        <translation>Hugging Face erhält zu viele Anfragen von hier; versuchen Sie es {when} erneut.</translation>
    </message>
    <message>
        <source>Hugging Face had a problem of its own ({status}); nothing is wrong here. Retry in a moment.</source>
        <comment>hub_search.hub-server-error</comment>
        <translation>Hugging Face hat ein eigenes Problem ({status}); hier ist alles in Ordnung. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Hugging Face refused the request ({status}).</source>
        <comment>hub_search.request-refused</comment>
        <translation>Hugging Face hat die Anfrage abgelehnt ({status}).</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check your connection (or the mirror in Settings) and retry.</source>
        <comment>hub_search.hub-unreachable</comment>
        <translation>{host} hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung (oder den Spiegelserver in den Einstellungen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Hearth could not reach {host}. Check your connection (or the mirror in Settings) and retry.</source>
        <comment>hub_search.unreachable</comment>
        <translation>Hearth konnte {host} nicht erreichen. Prüfen Sie Ihre Verbindung (oder den Spiegelserver in den Einstellungen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Hugging Face sent an answer Hearth could not read. Retry in a moment.</source>
        <comment>hub_search.hub-failed</comment>
        <translation>Hugging Face hat eine Antwort gesendet, die Hearth nicht lesen konnte. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{repo} asks you to accept its licence first. Open {page}, accept the terms, then add a Hugging Face token in Settings.</source>
        <comment>hub_search.gated-model</comment>
        <translation>{repo} verlangt, dass Sie zuerst seine Lizenz akzeptieren. Öffnen Sie {page}, akzeptieren Sie die Bedingungen und fügen Sie dann in den Einstellungen ein Hugging-Face-Token hinzu.</translation>
    </message>
    <message>
        <source>The model {repo} was not found. It may have been renamed, or it is private and needs a token.</source>
        <comment>hub_search.model-not-found</comment>
        <translation>Das Modell {repo} wurde nicht gefunden. Es wurde vielleicht umbenannt, oder es ist privat und braucht ein Token.</translation>
    </message>
    <message>
        <source>{filename} is no longer in {repo}.</source>
        <comment>hub_search.file-gone</comment>
        <translation>{filename} ist nicht mehr in {repo}.</translation>
    </message>
    <message>
        <source>Hugging Face refused access to {repo} ({status}). Accept the model&apos;s licence on {page} and add a token in Settings.</source>
        <comment>hub_search.access-refused</comment>
        <translation>Hugging Face hat den Zugriff auf {repo} verweigert ({status}). Akzeptieren Sie die Lizenz des Modells auf {page} und fügen Sie in den Einstellungen ein Token hinzu.</translation>
    </message>
    <message>
        <source>Hugging Face answered with an error ({status}) for {filename}. Try again later.</source>
        <comment>hub_search.file-error</comment>
        <translation>Hugging Face hat für {filename} mit einem Fehler geantwortet ({status}). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face to read {filename}. Check your connection.</source>
        <comment>hub_search.network-problem</comment>
        <translation>Hugging Face war nicht erreichbar, um {filename} zu lesen. Prüfen Sie Ihre Verbindung.</translation>
    </message>
    <message>
        <source>This link is too long for a Hugging Face model link ({length} characters; at most {max_link_length}), so Hearth did not open it.</source>
        <comment>hub_search.link-too-long</comment>
        <translation>Dieser Link ist zu lang für einen Hugging-Face-Modelllink ({length} Zeichen; höchstens {max_link_length}), daher hat Hearth ihn nicht geöffnet.</translation>
    </message>
    <message>
        <source>This link contains invisible control characters, so Hearth did not open it.</source>
        <comment>hub_search.link-control-characters</comment>
        <translation>Dieser Link enthält unsichtbare Steuerzeichen, daher hat Hearth ihn nicht geöffnet.</translation>
    </message>
    <message>
        <source>This is not a link Hearth can read.</source>
        <comment>hub_search.link-unreadable</comment>
        <translation>Das ist kein Link, den Hearth lesen kann.</translation>
    </message>
    <message>
        <source>Hearth opens only links that start with {scheme}://{host}; this one is not for Hearth.</source>
        <comment>hub_search.link-other-site</comment>
        <translation>Hearth öffnet nur Links, die mit {scheme}://{host} beginnen; dieser ist nicht für Hearth.</translation>
    </message>
    <message>
        <source>Hearth opens only Hugging Face model links ({scheme}://{host}?model=ORG/REPO); this one asks for something else.</source>
        <comment>hub_search.link-not-model</comment>
        <translation>Hearth öffnet nur Hugging-Face-Modelllinks ({scheme}://{host}?model=ORG/REPO); dieser verlangt etwas anderes.</translation>
    </message>
    <message>
        <source>This link does not say which model to open (it has no model=ORG/REPO).</source>
        <comment>hub_search.link-without-model</comment>
        <translation>Dieser Link sagt nicht, welches Modell geöffnet werden soll (er enthält kein model=ORG/REPO).</translation>
    </message>
    <message>
        <source>This link names more than one model or file, so Hearth cannot tell which to open.</source>
        <comment>hub_search.link-names-several</comment>
        <translation>Dieser Link nennt mehr als ein Modell oder eine Datei, daher weiß Hearth nicht, was geöffnet werden soll.</translation>
    </message>
    <message>
        <source>This link is garbled (its letters are not encoded correctly).</source>
        <comment>hub_search.link-garbled-letters</comment>
        <translation>Dieser Link ist verstümmelt (seine Zeichen sind nicht korrekt codiert).</translation>
    </message>
    <message>
        <source>This link names a version or a tag of {base}; Hearth opens a model&apos;s current files, so use the model&apos;s link without the part after &apos;@&apos; or &apos;:&apos;.</source>
        <comment>hub_search.link-names-version</comment>
        <translation>Dieser Link nennt eine Version oder ein Tag von {base}; Hearth öffnet die aktuellen Dateien eines Modells, verwenden Sie also den Link des Modells ohne den Teil nach „@“ oder „:“.</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a Hugging Face model name; a model link names one like &apos;organization/model-name&apos;.</source>
        <comment>hub_search.link-bad-repo</comment>
        <translation>„{repo}“ ist kein Hugging-Face-Modellname; ein Modelllink nennt einen wie „organization/model-name“.</translation>
    </message>
    <message>
        <source>This link points at a file outside the model&apos;s folder (&apos;{file}&apos;), so Hearth did not open it.</source>
        <comment>hub_search.file-outside-folder</comment>
        <translation>Dieser Link zeigt auf eine Datei außerhalb des Modellordners („{file}“), daher hat Hearth ihn nicht geöffnet.</translation>
    </message>
    <message>
        <source>This link points at &apos;{file}&apos;, which is not a GGUF model file; Hearth runs GGUF files only.</source>
        <comment>hub_search.not-a-gguf-file</comment>
        <translation>Dieser Link zeigt auf „{file}“, das keine GGUF-Modelldatei ist; Hearth führt nur GGUF-Dateien aus.</translation>
    </message>
    <message>
        <source>{path} on Hugging Face ends inside its header: the file is damaged there.</source>
        <comment>hub_search.corrupt-model-file</comment>
        <translation>{path} auf Hugging Face endet mitten im Header: Die Datei ist dort beschädigt.</translation>
    </message>
    <message>
        <source>{repo} has no {only}; it may have been renamed or removed.</source>
        <comment>hub_search.quant-gone</comment>
        <translation>{repo} hat kein {only}; es wurde möglicherweise umbenannt oder entfernt.</translation>
    </message>
    <message>
        <source>Some of its parts are missing from the repository.</source>
        <comment>hub_search.parts-missing</comment>
        <translation>Einige seiner Teile fehlen im Repository.</translation>
    </message>
</context>
<context>
    <name>HubSearchPanel</name>
    <message>
        <source>Words, org/repo, or a huggingface.co address</source>
        <translation>Wörter, org/repo oder eine huggingface.co-Adresse</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Hugging Face durchsuchen</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Ergebnisse sortieren</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search any GGUF model on Hugging Face; each is judged for this computer.</source>
        <translation>Beliebiges GGUF-Modell auf Hugging Face suchen; jedes wird für diesen Computer bewertet.</translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation>Meiste Downloads</translation>
    </message>
    <message>
        <source>Most liked</source>
        <translation>Meiste Likes</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>Im Trend</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Kürzlich aktualisiert</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>Weitere Ergebnisse</translation>
    </message>
    <message>
        <source>← Back to results</source>
        <translation>← Zurück zu den Ergebnissen</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>Zurück zu den Ergebnissen</translation>
    </message>
    <message>
        <source>Type what to search for: words, org/repo, or an address.</source>
        <translation>Geben Sie ein, wonach gesucht werden soll: Wörter, org/repo oder eine Adresse.</translation>
    </message>
    <message>
        <source>Searching Hugging Face for “{text}”…</source>
        <translation>Hugging Face wird nach „{text}“ durchsucht…</translation>
    </message>
    <message>
        <source>Loading more results…</source>
        <translation>Weitere Ergebnisse werden geladen…</translation>
    </message>
    <message>
        <source>These results for “{text}” are from {time}, kept while Hugging Face cannot be asked.</source>
        <translation>Diese Ergebnisse für „{text}“ stammen von {time} und bleiben erhalten, solange Hugging Face nicht erreichbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”, more below. Choose one to see how it runs here.</source>
        <translation>
            <numerusform>%n GGUF-Repository für „{text}“, weitere unten. Wählen Sie eines, um zu sehen, wie es hier läuft.</numerusform>
            <numerusform>%n GGUF-Repositorys für „{text}“, weitere unten. Wählen Sie eines, um zu sehen, wie es hier läuft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”. Choose one to see how it runs here.</source>
        <translation>
            <numerusform>%n GGUF-Repository für „{text}“. Wählen Sie eines, um zu sehen, wie es hier läuft.</numerusform>
            <numerusform>%n GGUF-Repositorys für „{text}“. Wählen Sie eines, um zu sehen, wie es hier läuft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other repositories match without GGUF files Hearth can run.</source>
        <translation>
            <numerusform>%n weiteres Repository passt, hat aber keine GGUF-Dateien, die Hearth ausführen kann.</numerusform>
            <numerusform>%n weitere Repositorys passen, haben aber keine GGUF-Dateien, die Hearth ausführen kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>No GGUF models on Hugging Face match “{text}”.</source>
        <translation>Keine GGUF-Modelle auf Hugging Face passen zu „{text}“.</translation>
    </message>
    <message>
        <source>100 or more other repositories match without GGUF files Hearth can run.</source>
        <translation>100 oder mehr weitere Repositorys passen, haben aber keine GGUF-Dateien, die Hearth ausführen kann.</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; its verdicts come next.</source>
        <translation>Hearth untersucht diesen Computer noch; die Bewertungen folgen gleich.</translation>
    </message>
    <message>
        <source>Hearth could not read this repository&apos;s files.</source>
        <translation>Hearth konnte die Dateien dieses Repositorys nicht lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n quantizations of {repo} judged for this computer.</source>
        <translation>
            <numerusform>%n Quantisierung von {repo} für diesen Computer bewertet.</numerusform>
            <numerusform>%n Quantisierungen von {repo} für diesen Computer bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>Zu groß für diesen Computer</translation>
    </message>
    <message>
        <source>{repo} {quant} is too large for this computer.

{reason}

Download it anyway?</source>
        <translation>{repo} {quant} ist zu groß für diesen Computer.

{reason}

Trotzdem herunterladen?</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>{name} is too large to attach ({size}); images up to {max_file_bytes} can be attached.</source>
        <comment>images.file-too-large</comment>
        <translation>{name} ist zu groß zum Anhängen ({size}); Bilder bis {max_file_bytes} können angehängt werden.</translation>
    </message>
    <message>
        <source>{name} could not be opened: {problem}.</source>
        <comment>images.unopened</comment>
        <translation>{name} konnte nicht geöffnet werden: {problem}.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <comment>images.empty-picture</comment>
        <translation>{name} ist leer: Es enthält kein Bild.</translation>
    </message>
    <message>
        <source>{name} is too large to attach ({size}).</source>
        <comment>images.too-large-attach</comment>
        <translation>{name} ist zu groß zum Anhängen ({size}).</translation>
    </message>
    <message>
        <source>{name} has too many pixels to attach; scale it down first.</source>
        <comment>images.too-many-pixels</comment>
        <translation>{name} hat zu viele Pixel zum Anhängen; verkleinern Sie es zuerst.</translation>
    </message>
    <message>
        <source>{name} is not a picture Hearth can show a model; attach a PNG, JPEG, WebP, BMP or GIF image.</source>
        <comment>images.unknown-format</comment>
        <translation>{name} ist kein Bild, das Hearth einem Modell zeigen kann; hängen Sie ein PNG-, JPEG-, WebP-, BMP- oder GIF-Bild an.</translation>
    </message>
    <message>
        <source>{name} could not be read: the picture in it is damaged or incomplete.</source>
        <comment>images.image-refused</comment>
        <translation>{name} konnte nicht gelesen werden: Das Bild darin ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>{name} is {width:,} × {height:,} pixels, more than Hearth attaches ({millions} million pixels); scale it down first.</source>
        <comment>images.too-many-pixels-sized</comment>
        <translation>{name} hat {width:,} × {height:,} Pixel, mehr als Hearth anhängt ({millions} Millionen Pixel); verkleinern Sie es zuerst.</translation>
    </message>
</context>
<context>
    <name>IndexingPanel</name>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n files</source>
        <translation>
            <numerusform>{done} von %n Datei</numerusform>
            <numerusform>{done} von %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>{files} · {chunks}</source>
        <translation>{files} · {chunks}</translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation>
            <numerusform>%n Abschnitt</numerusform>
            <numerusform>%n Abschnitte</numerusform>
        </translation>
    </message>
    <message>
        <source>{progress} · reading {file}</source>
        <translation>{progress} · liest {file}</translation>
    </message>
    <message>
        <source>about {minutes} min {seconds} s left</source>
        <translation>noch etwa {minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>noch etwa {seconds} s</translation>
    </message>
    <message>
        <source>{progress} · {left}</source>
        <translation>{progress} · {left}</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: {files} read, {chunks}.</source>
        <translation>Fertig: {files} gelesen, {chunks}.</translation>
    </message>
    <message>
        <source>Everything was up to date.</source>
        <translation>Alles war auf dem neuesten Stand.</translation>
    </message>
    <message numerus="yes">
        <source>%n files that are gone were dropped.</source>
        <translation>
            <numerusform>%n nicht mehr vorhandene Datei wurde entfernt.</numerusform>
            <numerusform>%n nicht mehr vorhandene Dateien wurden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>Indizierung fortsetzen</translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation>Indizierung pausieren</translation>
    </message>
    <message>
        <source>Indexing of {name}: done</source>
        <translation>Indizierung von {name}: fertig</translation>
    </message>
    <message>
        <source>Indexing “{name}”…</source>
        <translation>„{name}“ wird indiziert…</translation>
    </message>
    <message>
        <source>Indexing of {name}</source>
        <translation>Indizierung von {name}</translation>
    </message>
    <message>
        <source>Indexing of {name}: {percent}%</source>
        <translation>Indizierung von {name}: {percent} %</translation>
    </message>
    <message>
        <source>Paused · {text}</source>
        <translation>Pausiert · {text}</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Go to a page, in the sidebar&apos;s order</source>
        <translation>Zu einer Seite wechseln, in der Reihenfolge der Seitenleiste</translation>
    </message>
    <message>
        <source>Show or hide downloads</source>
        <translation>Downloads ein- oder ausblenden</translation>
    </message>
    <message>
        <source>New conversation (Chat)</source>
        <translation>Neue Unterhaltung (Chat)</translation>
    </message>
    <message>
        <source>Send the message (Chat)</source>
        <translation>Nachricht senden (Chat)</translation>
    </message>
    <message>
        <source>New line in the message (Chat)</source>
        <translation>Neue Zeile in der Nachricht (Chat)</translation>
    </message>
    <message>
        <source>Stop the reply (Chat)</source>
        <translation>Antwort stoppen (Chat)</translation>
    </message>
    <message>
        <source>Search models (Discover)</source>
        <translation>Modelle suchen (Entdecken)</translation>
    </message>
    <message>
        <source>Check this computer again (Hardware)</source>
        <translation>Diesen Computer erneut prüfen (Hardware)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größerer Text</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinerer Text</translation>
    </message>
    <message>
        <source>Usual text size</source>
        <translation>Normale Textgröße</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Diese Liste der Tastenkürzel</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Zum nächsten oder vorherigen Element wechseln</translation>
    </message>
    <message>
        <source>Press the button or switch that has focus</source>
        <translation>Schaltfläche oder Schalter mit Fokus betätigen</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>Language and text size</source>
        <translation>Sprache und Textgröße</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Textgröße</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Ctrl+= larger, Ctrl+- smaller, Ctrl+0 the usual size</source>
        <translation>Ctrl+= größer, Ctrl+- kleiner, Ctrl+0 normale Größe</translation>
    </message>
</context>
<context>
    <name>LeaderboardPanel</name>
    <message>
        <source>Blind: hide the model names until I vote</source>
        <translation>Blind: Modellnamen ausblenden, bis ich abstimme</translation>
    </message>
    <message>
        <source>{letter} is better</source>
        <translation>{letter} ist besser</translation>
    </message>
    <message>
        <source>Reply {letter}</source>
        <translation>Antwort {letter}</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>first token</source>
        <translation>erstes Token</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>This run&apos;s numbers</source>
        <translation>Zahlen dieses Durchlaufs</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Rating (95 % range)</source>
        <translation>Wertung (95-%-Spanne)</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Chosen over the next one</source>
        <translation>Dem Nächsten vorgezogen</translation>
    </message>
    <message>
        <source>Your leaderboard</source>
        <translation>Ihre Rangliste</translation>
    </message>
    <message>
        <source>Ratings use all your votes for this task. A range shows where a rating likely lies; models whose ranges overlap share a rank. More votes narrow the ranges.</source>
        <translation>Die Wertungen nutzen alle Ihre Stimmen für diese Aufgabe. Eine Spanne zeigt, wo eine Wertung wahrscheinlich liegt; Modelle mit überlappenden Spannen teilen sich einen Rang. Mehr Stimmen machen die Spannen enger.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Dieser Durchlauf</translation>
    </message>
    <message>
        <source>Your leaderboard for</source>
        <translation>Ihre Rangliste für</translation>
    </message>
    <message>
        <source>Task of the leaderboard</source>
        <translation>Aufgabe der Rangliste</translation>
    </message>
    <message>
        <source>Wait for every model&apos;s reply to this prompt before voting.</source>
        <translation>Warten Sie auf die Antwort jedes Modells auf diesen Prompt, bevor Sie abstimmen.</translation>
    </message>
    <message>
        <source>Which reply is better?</source>
        <translation>Welche Antwort ist besser?</translation>
    </message>
    <message>
        <source>Run a set to vote on its replies.</source>
        <translation>Führen Sie ein Set aus, um über seine Antworten abzustimmen.</translation>
    </message>
    <message>
        <source>You called it a tie.</source>
        <translation>Sie haben es als unentschieden gewertet.</translation>
    </message>
    <message>
        <source>You chose {model}.</source>
        <translation>Sie haben {model} gewählt.</translation>
    </message>
</context>
<context>
    <name>LibraryRow</name>
    <message>
        <source>Downloaded by Hearth</source>
        <translation>Von Hearth heruntergeladen</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <source>From LM Studio</source>
        <translation>Aus LM Studio</translation>
    </message>
    <message>
        <source>From Ollama</source>
        <translation>Aus Ollama</translation>
    </message>
    <message>
        <source>From the Hugging Face cache</source>
        <translation>Aus dem Hugging-Face-Cache</translation>
    </message>
    <message>
        <source>From GPT4All</source>
        <translation>Aus GPT4All</translation>
    </message>
    <message>
        <source>Can see images</source>
        <translation>Kann Bilder sehen</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chatten</translation>
    </message>
    <message>
        <source>Chat with {model}</source>
        <translation>Mit {model} chatten</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Show {model} in its folder</source>
        <translation>{model} in seinem Ordner zeigen</translation>
    </message>
    <message>
        <source>Pair with projector…</source>
        <translation>Mit Bildmodul koppeln…</translation>
    </message>
    <message>
        <source>Pair {model} with a vision companion</source>
        <translation>{model} mit einem Bildmodul koppeln</translation>
    </message>
    <message>
        <source>Choose the model&apos;s vision companion (an mmproj file) so it can see images</source>
        <translation>Bildmodul des Modells wählen (eine mmproj-Datei), damit es Bilder sehen kann</translation>
    </message>
    <message>
        <source>Sees images with {file}; choose another vision companion</source>
        <translation>Sieht Bilder mit {file}; anderes Bildmodul wählen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete {model}</source>
        <translation>{model} löschen</translation>
    </message>
    <message>
        <source>Delete the downloaded files</source>
        <translation>Heruntergeladene Dateien löschen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide {model}</source>
        <translation>{model} ausblenden</translation>
    </message>
    <message>
        <source>Hide it from this list (its files stay where they are)</source>
        <translation>In dieser Liste ausblenden (die Dateien bleiben, wo sie sind)</translation>
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
        <translation>Spracherkennungsmodell (faster-whisper)</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>{count} Parameter</translation>
    </message>
    <message>
        <source>{billions}B parameters</source>
        <translation>{billions} Mrd. Parameter</translation>
    </message>
    <message>
        <source>{millions}M parameters</source>
        <translation>{millions} Mio. Parameter</translation>
    </message>
    <message>
        <source>has a chat template</source>
        <translation>hat eine Chatvorlage</translation>
    </message>
    <message>
        <source>no chat template (plain text prompts)</source>
        <translation>keine Chatvorlage (Prompts als reiner Text)</translation>
    </message>
    <message>
        <source>{count} tokens of context</source>
        <translation>{count} Tokens Kontext</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Discover</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>My Models</source>
        <translation>Meine Modelle</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation>Transkribieren</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <translation>{page} ({shortcut})</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Choose a page with the arrow keys, or open one with {first} to {last}.</source>
        <translation>Wählen Sie eine Seite mit den Pfeiltasten, oder öffnen Sie eine mit {first} bis {last}.</translation>
    </message>
    <message>
        <source>● Local server on</source>
        <translation>● Lokaler Server an</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Show downloads ({shortcut})</source>
        <translation>Downloads anzeigen ({shortcut})</translation>
    </message>
    <message>
        <source>Shows or hides the list of downloads</source>
        <translation>Blendet die Liste der Downloads ein oder aus</translation>
    </message>
    <message>
        <source>Other apps use Hearth&apos;s models at {address}</source>
        <translation>Andere Apps nutzen Hearths Modelle unter {address}</translation>
    </message>
</context>
<context>
    <name>Mcp</name>
    <message>
        <source>There is no tool server called “{name}”. `hearth mcp list` shows the ones there are.</source>
        <comment>mcp.server-unknown</comment>
        <translation>Es gibt keinen Tool-Server namens „{name}“. `hearth mcp list` zeigt die vorhandenen.</translation>
    </message>
    <message>
        <source>A tool server called “{name}” is already there. Remove it first, or choose another name.</source>
        <comment>mcp.server-exists</comment>
        <translation>Ein Tool-Server namens „{name}“ ist bereits vorhanden. Entfernen Sie ihn zuerst oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The tool servers&apos; list {path} could not be read: {strerror}.</source>
        <comment>mcp.list-unreadable</comment>
        <translation>Die Liste der Tool-Server {path} konnte nicht gelesen werden: {strerror}.</translation>
    </message>
    <message>
        <source>it is not valid JSON ({problem})</source>
        <comment>mcp.list-not-json</comment>
        <translation>sie ist kein gültiges JSON ({problem})</translation>
    </message>
    <message>
        <source>The tool servers&apos; list could not be used: {problem}. It was kept as {aside}; Hearth starts with no tool servers. Fix that file and rename it back to {name} to use it again.</source>
        <comment>mcp.config-damaged</comment>
        <translation>Die Liste der Tool-Server konnte nicht verwendet werden: {problem}. Sie wurde als {aside} aufbewahrt; Hearth startet ohne Tool-Server. Korrigieren Sie diese Datei und benennen Sie sie wieder in {name} um, um sie erneut zu verwenden.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <comment>mcp.list-not-object</comment>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>its “{key}” is not an object of named servers</source>
        <comment>mcp.list-servers-not-object</comment>
        <translation>ihr „{key}“ ist kein Objekt mit benannten Servern</translation>
    </message>
    <message>
        <source>the server “{name}” is not an object</source>
        <comment>mcp.list-server-not-object</comment>
        <translation>der Server „{name}“ ist kein Objekt</translation>
    </message>
    <message>
        <source>“{name}” cannot be a tool server&apos;s name: use up to 64 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit.</source>
        <comment>mcp.bad-server-name</comment>
        <translation>„{name}“ kann kein Name für einen Tool-Server sein: Verwenden Sie bis zu 64 Buchstaben, Ziffern, Leerzeichen, Punkte, Bindestriche oder Unterstriche, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>The tool server “{name}” in {where} {what}.</source>
        <comment>mcp.entry-invalid</comment>
        <translation>Der Tool-Server „{name}“ in {where} {what}.</translation>
    </message>
    <message>
        <source>has an “{key}” that is not an object of text values</source>
        <comment>mcp.entry-not-texts</comment>
        <translation>hat ein „{key}“, das kein Objekt mit Textwerten ist</translation>
    </message>
    <message>
        <source>has an empty “command”</source>
        <comment>mcp.entry-empty-command</comment>
        <translation>hat einen leeren „command“</translation>
    </message>
    <message>
        <source>has “args” that are not a list of text</source>
        <comment>mcp.entry-bad-args</comment>
        <translation>hat „args“, die keine Liste von Texten sind</translation>
    </message>
    <message>
        <source>has a “cwd” that is not a folder&apos;s path</source>
        <comment>mcp.entry-bad-cwd</comment>
        <translation>hat ein „cwd“, das kein Ordnerpfad ist</translation>
    </message>
    <message>
        <source>has a “url” that is not an http:// or https:// address</source>
        <comment>mcp.entry-bad-url</comment>
        <translation>hat eine „url“, die keine http://- oder https://-Adresse ist</translation>
    </message>
    <message>
        <source>uses the older SSE transport, which Hearth does not speak yet (only Streamable HTTP)</source>
        <comment>mcp.entry-sse</comment>
        <translation>verwendet den älteren SSE-Transport, den Hearth noch nicht unterstützt (nur Streamable HTTP)</translation>
    </message>
    <message>
        <source>has neither a “command” (a program to start) nor a “url” (a server to reach)</source>
        <comment>mcp.entry-neither</comment>
        <translation>hat weder ein „command“ (ein zu startendes Programm) noch eine „url“ (einen zu erreichenden Server)</translation>
    </message>
    <message>
        <source>The tool “{tool}” of “{name}” did not answer within {timeout_s:g} seconds, so Hearth stopped waiting. The server is still there for the next call.</source>
        <comment>mcp.tool-timed-out</comment>
        <translation>Das Tool „{tool}“ von „{name}“ hat nicht innerhalb von {timeout_s:g} Sekunden geantwortet, daher hat Hearth aufgehört zu warten. Der Server steht für den nächsten Aufruf weiter bereit.</translation>
    </message>
    <message>
        <source>The tool server “{name}” refused the call to “{tool}”: {problem}</source>
        <comment>mcp.tool-refused</comment>
        <translation>Der Tool-Server „{name}“ hat den Aufruf von „{tool}“ abgelehnt: {problem}</translation>
    </message>
    <message>
        <source>The tool server “{name}” is not running.</source>
        <comment>mcp.server-failed</comment>
        <translation>Der Tool-Server „{name}“ läuft nicht.</translation>
    </message>
    <message>
        <source>its process exited</source>
        <comment>mcp.process-exited</comment>
        <translation>sein Prozess wurde beendet</translation>
    </message>
    <message>
        <source>The tool server “{name}” at {url} could not be reached as an MCP server ({cause}).</source>
        <comment>mcp.unreachable</comment>
        <translation>Der Tool-Server „{name}“ unter {url} war als MCP-Server nicht erreichbar ({cause}).</translation>
    </message>
    <message>
        <source>The tool server “{name}” stopped. The last thing it said: {said}</source>
        <comment>mcp.stopped-said</comment>
        <translation>Der Tool-Server „{name}“ wurde beendet. Seine letzte Meldung: {said}</translation>
    </message>
    <message>
        <source>The tool server “{name}” could not start. The last thing it said: {said}</source>
        <comment>mcp.failed-said</comment>
        <translation>Der Tool-Server „{name}“ konnte nicht starten. Seine letzte Meldung: {said}</translation>
    </message>
    <message>
        <source>The tool server “{name}” stopped without saying why ({cause}).</source>
        <comment>mcp.stopped-unsaid</comment>
        <translation>Der Tool-Server „{name}“ wurde ohne Angabe von Gründen beendet ({cause}).</translation>
    </message>
    <message>
        <source>The tool server “{name}” could not start without saying why ({cause}).</source>
        <comment>mcp.failed-unsaid</comment>
        <translation>Der Tool-Server „{name}“ konnte nicht starten und nannte keinen Grund ({cause}).</translation>
    </message>
    <message>
        <source>The call to “{tool}” was stopped before it answered.</source>
        <comment>mcp.tool-stopped</comment>
        <translation>Der Aufruf von „{tool}“ wurde gestoppt, bevor er antwortete.</translation>
    </message>
    <message>
        <source>Hearth&apos;s tool servers were stopped (Hearth is quitting).</source>
        <comment>mcp.stopped-quitting</comment>
        <translation>Die Tool-Server von Hearth wurden gestoppt (Hearth wird beendet).</translation>
    </message>
    <message>
        <source>Hearth&apos;s tool servers were already stopped (Hearth is quitting).</source>
        <comment>mcp.already-stopped-quitting</comment>
        <translation>Die Tool-Server von Hearth waren bereits gestoppt (Hearth wird beendet).</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth does not connect to the tool server “{name}” at {url}. Turn Offline mode off in Settings to use it.</source>
        <comment>mcp.offline</comment>
        <translation>Der Offlinemodus ist an, daher verbindet sich Hearth nicht mit dem Tool-Server „{name}“ unter {url}. Schalten Sie den Offlinemodus in den Einstellungen aus, um ihn zu nutzen.</translation>
    </message>
    <message>
        <source>The tool server “{name}” started but did not list its tools within {start_timeout_s:g} seconds or answered them wrongly.</source>
        <comment>mcp.no-tools-listed</comment>
        <translation>Der Tool-Server „{name}“ wurde gestartet, hat aber nicht innerhalb von {start_timeout_s:g} Sekunden seine Tools aufgelistet oder falsch geantwortet.</translation>
    </message>
    <message>
        <source> The value of its {names} is kept in the password store, not in mcp.json.</source>
        <comment>mcp.kept-in-store</comment>
        <translation> Der Wert von {names} wird im Passwortspeicher aufbewahrt, nicht in mcp.json.</translation>
    </message>
    <message>
        <source> The value of its {names} is kept in memory for now (see below), not in mcp.json.</source>
        <comment>mcp.kept-in-memory</comment>
        <translation> Der Wert von {names} wird vorerst im Arbeitsspeicher aufbewahrt (siehe unten), nicht in mcp.json.</translation>
    </message>
    <message>
        <source>Imported “{name}”.{kept}</source>
        <comment>mcp.imported</comment>
        <translation>„{name}“ importiert.{kept}</translation>
    </message>
    <message>
        <source>Imported “{name}” as “{new_name}”: {reason}{kept}</source>
        <comment>mcp.imported-renamed</comment>
        <translation>„{name}“ als „{new_name}“ importiert: {reason}{kept}</translation>
    </message>
    <message>
        <source>{app}&apos;s list ({source})</source>
        <comment>mcp.app-list-at</comment>
        <translation>der Liste von {app} ({source})</translation>
    </message>
    <message>
        <source>{app}&apos;s list of tool servers</source>
        <comment>mcp.app-server-list</comment>
        <translation>Die Liste der Tool-Server von {app}</translation>
    </message>
    <message>
        <source>The list of tool servers</source>
        <comment>mcp.server-list</comment>
        <translation>Die Liste der Tool-Server</translation>
    </message>
    <message>
        <source>{what} is not there: there is no file {source}. {app} may not be installed, or it has no tool servers yet.</source>
        <comment>mcp.app-list-missing</comment>
        <translation>{what} ist nicht vorhanden: Es gibt keine Datei {source}. {app} ist möglicherweise nicht installiert oder hat noch keine Tool-Server.</translation>
    </message>
    <message>
        <source>{what} is not there: there is no file {source}. Check the path.</source>
        <comment>mcp.list-missing</comment>
        <translation>{what} ist nicht vorhanden: Es gibt keine Datei {source}. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>{what} at {source} could not be read: {strerror}.</source>
        <comment>mcp.import-unreadable</comment>
        <translation>{what} unter {source} konnte nicht gelesen werden: {strerror}.</translation>
    </message>
    <message>
        <source>{what} at {source} is not valid JSON, so nothing was imported. Fix it in {app} first.</source>
        <comment>mcp.import-not-json</comment>
        <translation>{what} unter {source} ist kein gültiges JSON, daher wurde nichts importiert. Korrigieren Sie sie zuerst in {app}.</translation>
    </message>
    <message>
        <source>the app that wrote it</source>
        <comment>mcp.the-app-that-wrote-it</comment>
        <translation>der App, die sie geschrieben hat</translation>
    </message>
    <message>
        <source>{what} at {source} has no “{servers_key}” object of named servers, so there is nothing Hearth can import from it.</source>
        <comment>mcp.import-failed</comment>
        <translation>{what} unter {source} hat kein „{servers_key}“-Objekt mit benannten Servern, daher kann Hearth nichts daraus importieren.</translation>
    </message>
    <message>
        <source>“{name}” was not imported: its entry in {where} is not an object.</source>
        <comment>mcp.entry-not-object</comment>
        <translation>„{name}“ wurde nicht importiert: Sein Eintrag in {where} ist kein Objekt.</translation>
    </message>
    <message>
        <source>“{name}” was not imported. {problem}</source>
        <comment>mcp.entry-not-imported</comment>
        <translation>„{name}“ wurde nicht importiert. {problem}</translation>
    </message>
    <message>
        <source>“{name}” was not imported: its address ends in /sse, so it uses the older SSE transport, which Hearth does not speak yet (only Streamable HTTP).</source>
        <comment>mcp.entry-sse-address</comment>
        <translation>„{name}“ wurde nicht importiert: Seine Adresse endet auf /sse, es verwendet also den älteren SSE-Transport, den Hearth noch nicht unterstützt (nur Streamable HTTP).</translation>
    </message>
    <message>
        <source>Hearth&apos;s names are letters, digits, spaces, dots, dashes and underscores only.</source>
        <comment>mcp.renamed-name</comment>
        <translation>Namen in Hearth bestehen nur aus Buchstaben, Ziffern, Leerzeichen, Punkten, Bindestrichen und Unterstrichen.</translation>
    </message>
    <message>
        <source>a different tool server called “{name}” is already there.</source>
        <comment>mcp.renamed-taken</comment>
        <translation>ein anderer Tool-Server namens „{name}“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>“{name}” is already there, the same server.</source>
        <comment>mcp.already-there</comment>
        <translation>„{name}“ ist bereits vorhanden, derselbe Server.</translation>
    </message>
    <message>
        <source>“{name}” is already there as “{other}”, the same server.</source>
        <comment>mcp.already-there-as</comment>
        <translation>„{name}“ ist bereits als „{other}“ vorhanden, derselbe Server.</translation>
    </message>
    <message>
        <source>“{name}” was not imported: too many of that name.</source>
        <comment>mcp.too-many-of-name</comment>
        <translation>„{name}“ wurde nicht importiert: zu viele mit diesem Namen.</translation>
    </message>
    <message>
        <source>The program {command} does not exist or cannot be run. Check the path in the server&apos;s settings.</source>
        <comment>mcp.program-unusable</comment>
        <translation>Das Programm {command} existiert nicht oder kann nicht ausgeführt werden. Prüfen Sie den Pfad in den Einstellungen des Servers.</translation>
    </message>
    <message>
        <source>The program “{command}” was not found on this computer. Install it (for npx: Node.js; for uvx: uv), or write its full path as the server&apos;s command.</source>
        <comment>mcp.program-not-found</comment>
        <translation>Das Programm „{command}“ wurde auf diesem Computer nicht gefunden. Installieren Sie es (für npx: Node.js; für uvx: uv) oder geben Sie seinen vollständigen Pfad als Befehl des Servers an.</translation>
    </message>
    <message>
        <source>variables</source>
        <comment>mcp.secret-variables</comment>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>variable</source>
        <comment>mcp.secret-variable</comment>
        <translation>Variable</translation>
    </message>
    <message>
        <source>headers</source>
        <comment>mcp.secret-headers</comment>
        <translation>Header</translation>
    </message>
    <message>
        <source>header</source>
        <comment>mcp.secret-header</comment>
        <translation>Header</translation>
    </message>
    <message>
        <source>is not in this computer&apos;s password store</source>
        <comment>mcp.secret-not-stored</comment>
        <translation>ist nicht im Passwortspeicher dieses Computers</translation>
    </message>
    <message>
        <source>was kept only until Hearth closed, since this computer has no password store</source>
        <comment>mcp.secret-no-store</comment>
        <translation>wurde nur bis zum Beenden von Hearth aufbewahrt, da dieser Computer keinen Passwortspeicher hat</translation>
    </message>
    <message>
        <source>was kept only until Hearth closed, since the password store failed</source>
        <comment>mcp.secret-store-failed</comment>
        <translation>wurde nur bis zum Beenden von Hearth aufbewahrt, da der Passwortspeicher nicht funktionierte</translation>
    </message>
    <message>
        <source>The tool server “{name}” needs the secret {what} {names}, whose value {where}. Set it again in Settings → Tools, or with `hearth mcp secret {quoted} {example}`.</source>
        <comment>mcp.secret-missing</comment>
        <translation>Der Tool-Server „{name}“ braucht den geheimen Wert von {what} {names}, doch dieser {where}. Legen Sie ihn in den Einstellungen → Tools erneut fest oder mit `hearth mcp secret {quoted} {example}`.</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} Tokens/s</translation>
    </message>
    <message>
        <source>first token after {seconds} s</source>
        <translation>erstes Token nach {seconds} s</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <source>Reply from {model}</source>
        <translation>Antwort von {model}</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <source>Show the model&apos;s thinking</source>
        <translation>Gedanken des Modells anzeigen</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>Die Gedanken des Modells</translation>
    </message>
    <message>
        <source>Text of the reply</source>
        <translation>Text der Antwort</translation>
    </message>
    <message>
        <source>Text of your message</source>
        <translation>Text Ihrer Nachricht</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the reply</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <source>Copy your message</source>
        <translation>Ihre Nachricht kopieren</translation>
    </message>
    <message>
        <source>No reply: {reason}</source>
        <translation>Keine Antwort: {reason}</translation>
    </message>
    <message>
        <source>Why the reply failed</source>
        <translation>Warum die Antwort fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try the reply again</source>
        <translation>Antwort erneut versuchen</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <source>Write the reply again</source>
        <translation>Antwort neu schreiben</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>Ihre Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong inside Hearth</source>
        <comment>messages.unexpected</comment>
        <translation>In Hearth ist etwas schiefgegangen</translation>
    </message>
    <message>
        <source>Hearth could not finish this</source>
        <comment>messages.could-not-finish</comment>
        <translation>Hearth konnte das nicht abschließen</translation>
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
        <translation>Code</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Spracherkennung</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <source>{tier}; business use allowed</source>
        <translation>{tier}; geschäftliche Nutzung erlaubt</translation>
    </message>
    <message>
        <source>{tier}; business use not allowed</source>
        <translation>{tier}; geschäftliche Nutzung nicht erlaubt</translation>
    </message>
    <message>
        <source>{publisher} · {parameters} parameters</source>
        <translation>{publisher} · {parameters} Parameter</translation>
    </message>
    <message>
        <source>Quantization: smaller files run faster and need less memory; larger ones answer better</source>
        <translation>Quantisierung: Kleinere Dateien laufen schneller und brauchen weniger Speicher; größere antworten besser</translation>
    </message>
    <message>
        <source>Quantization of {model}</source>
        <translation>Quantisierung von {model}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>{model} herunterladen</translation>
    </message>
    <message>
        <source>{quant} (recommended)</source>
        <translation>{quant} (empfohlen)</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Downloading {percent}%</source>
        <translation>Download: {percent} %</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Download size (rounded, as published)</source>
        <translation>Downloadgröße (gerundet, wie veröffentlicht)</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Downloadgröße</translation>
    </message>
    <message>
        <source>Checking your computer…</source>
        <translation>Ihr Computer wird geprüft…</translation>
    </message>
    <message>
        <source>Expected speed: {speed}.</source>
        <translation>Erwartete Geschwindigkeit: {speed}.</translation>
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
        <translation>{model} wird geladen, wenn Sie eine Nachricht senden – oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>That model is still being checked; choose it from the list in a moment.</source>
        <translation>Dieses Modell wird noch geprüft; wählen Sie es gleich aus der Liste.</translation>
    </message>
    <message>
        <source>Loading {model}…</source>
        <translation>{model} wird geladen…</translation>
    </message>
    <message>
        <source>Offline mode is on: other computers&apos; models are off. Choose a model here.</source>
        <translation>Der Offlinemodus ist an: Modelle anderer Computer sind ausgeschaltet. Wählen Sie hier ein Modell.</translation>
    </message>
    <message>
        <source>{computer} is no longer listed. Choose another model.</source>
        <translation>{computer} ist nicht mehr aufgeführt. Wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>Hearth closed while loading {model} last time, probably because memory ran out. Options now load it on the processor only, with a shorter context; change them if you want to try again as before.</source>
        <translation>Hearth wurde beim letzten Laden von {model} beendet, vermutlich weil der Arbeitsspeicher nicht reichte. Die Optionen laden es jetzt nur auf dem Prozessor und mit kürzerem Kontext; ändern Sie sie, wenn Sie es wie zuvor erneut versuchen möchten.</translation>
    </message>
    <message>
        <source>{reason}

Load it anyway? The computer may slow down.</source>
        <translation>{reason}

Trotzdem laden? Der Computer kann langsamer werden.</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>Zu groß für diesen Computer</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>{model} · sees images</source>
        <translation>{model} · sieht Bilder</translation>
    </message>
    <message>
        <source>{model} — {verdict}</source>
        <translation>{model} — {verdict}</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>Modell wählen…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>On {computer} ({address}) · leaves this computer</source>
        <translation>Auf {computer} ({address}) · verlässt diesen Computer</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>{name} has no {quantization} version; it comes as {known}.</source>
        <comment>models.unknown-model</comment>
        <translation>{name} gibt es nicht in der Version {quantization}; verfügbar: {known}.</translation>
    </message>
    <message>
        <source>There is no model called &apos;{model_id}&apos; in Hearth&apos;s catalog (see `hearth models`).</source>
        <comment>models.not-in-catalog</comment>
        <translation>Im Katalog von Hearth gibt es kein Modell namens „{model_id}“ (siehe `hearth models`).</translation>
    </message>
    <message>
        <source>Hearth&apos;s model catalog is missing or damaged; reinstall Hearth.</source>
        <comment>models.catalog-damaged</comment>
        <translation>Der Modellkatalog von Hearth fehlt oder ist beschädigt; installieren Sie Hearth neu.</translation>
    </message>
    <message>
        <source>Catalog entry {name} cannot be read.</source>
        <comment>models.catalog-entry-read</comment>
        <translation>Der Katalogeintrag {name} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Catalog entry {name} is invalid at {where}.</source>
        <comment>models.catalog-entry-invalid</comment>
        <translation>Der Katalogeintrag {name} ist bei {where} ungültig.</translation>
    </message>
    <message>
        <source>Catalog ids are used twice: {ids}.</source>
        <comment>models.catalog-error</comment>
        <translation>Katalog-IDs werden doppelt verwendet: {ids}.</translation>
    </message>
    <message>
        <source>Small and quick</source>
        <comment>models.role-quick</comment>
        <translation>Klein und schnell</translation>
    </message>
    <message>
        <source>Answers almost at once; fine for everyday questions and short texts.</source>
        <comment>models.role-quick-about</comment>
        <translation>Antwortet fast sofort; gut für alltägliche Fragen und kurze Texte.</translation>
    </message>
    <message>
        <source>Balanced</source>
        <comment>models.role-balanced</comment>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>Noticeably smarter, and still quick enough to talk with.</source>
        <comment>models.role-balanced-about</comment>
        <translation>Deutlich klüger und trotzdem schnell genug für ein Gespräch.</translation>
    </message>
    <message>
        <source>Best for this computer</source>
        <comment>models.role-best</comment>
        <translation>Das Beste für diesen Computer</translation>
    </message>
    <message>
        <source>The most capable model that runs well here; it takes a while to load.</source>
        <comment>models.role-best-about</comment>
        <translation>Das leistungsfähigste Modell, das hier gut läuft; das Laden dauert eine Weile.</translation>
    </message>
    <message>
        <source>Your computer has {cores} processor core and {memory} of memory, and no graphics card Hearth can use: models up to about {in_memory} run here, and small ones feel fastest.</source>
        <comment>models.summary-no-card-one-core</comment>
        <translation>Ihr Computer hat {cores} Prozessorkern und {memory} Arbeitsspeicher, aber keine Grafikkarte, die Hearth nutzen kann: Modelle bis etwa {in_memory} laufen hier, kleine wirken am schnellsten.</translation>
    </message>
    <message>
        <source>Your computer has {cores} processor cores and {memory} of memory, and no graphics card Hearth can use: models up to about {in_memory} run here, and small ones feel fastest.</source>
        <comment>models.summary-no-card</comment>
        <translation>Ihr Computer hat {cores} Prozessorkerne und {memory} Arbeitsspeicher, aber keine Grafikkarte, die Hearth nutzen kann: Modelle bis etwa {in_memory} laufen hier, kleine wirken am schnellsten.</translation>
    </message>
    <message>
        <source>Your {gpu} shares its {memory} of memory with the graphics chip: models up to about {on_gpu} run on it at full speed.</source>
        <comment>models.summary-shared-memory</comment>
        <translation>Ihr {gpu} teilt seinen Arbeitsspeicher von {memory} mit dem Grafikchip: Modelle bis etwa {on_gpu} laufen darauf mit voller Geschwindigkeit.</translation>
    </message>
    <message>
        <source>Your {gpu} runs models up to about {on_gpu} at full speed, and larger ones up to about {in_memory} more slowly with help from the processor.</source>
        <comment>models.summary-card</comment>
        <translation>Ihre {gpu} führt Modelle bis etwa {on_gpu} mit voller Geschwindigkeit aus und größere bis etwa {in_memory} langsamer, mit Hilfe des Prozessors.</translation>
    </message>
    <message>
        <source>Your {count} graphics cards run models up to about {on_gpu} at full speed, and larger ones up to about {in_memory} more slowly with help from the processor.</source>
        <comment>models.summary-cards</comment>
        <translation>Ihre {count} Grafikkarten führen Modelle bis etwa {on_gpu} mit voller Geschwindigkeit aus und größere bis etwa {in_memory} langsamer, mit Hilfe des Prozessors.</translation>
    </message>
    <message>
        <source>This model file is damaged: a text field in its header has an impossible size.</source>
        <comment>models.damaged-text-field</comment>
        <translation>Diese Modelldatei ist beschädigt: Ein Textfeld in ihrem Header hat eine unmögliche Größe.</translation>
    </message>
    <message>
        <source>This file is not a GGUF model (it does not start like one).</source>
        <comment>models.not-gguf</comment>
        <translation>Diese Datei ist kein GGUF-Modell (sie beginnt nicht wie eines).</translation>
    </message>
    <message>
        <source>This model file uses GGUF version {version}, which Hearth cannot read.</source>
        <comment>models.gguf-version-unknown</comment>
        <translation>Diese Modelldatei verwendet GGUF-Version {version}, die Hearth nicht lesen kann.</translation>
    </message>
    <message>
        <source>This model file is damaged: its header counts are impossible.</source>
        <comment>models.damaged-counts</comment>
        <translation>Diese Modelldatei ist beschädigt: Die Anzahlen in ihrem Header sind unmöglich.</translation>
    </message>
    <message>
        <source>This model file is damaged: a tensor has an impossible shape.</source>
        <comment>models.damaged-tensor</comment>
        <translation>Diese Modelldatei ist beschädigt: Ein Tensor hat eine unmögliche Form.</translation>
    </message>
    <message>
        <source>This model file is damaged or of a kind Hearth does not know.</source>
        <comment>models.damaged-or-unknown</comment>
        <translation>Diese Modelldatei ist beschädigt oder von einer Art, die Hearth nicht kennt.</translation>
    </message>
    <message>
        <source>This model file is damaged: its data alignment is impossible.</source>
        <comment>models.damaged-alignment</comment>
        <translation>Diese Modelldatei ist beschädigt: Ihre Datenausrichtung ist unmöglich.</translation>
    </message>
    <message>
        <source>This model file is cut short: it ends inside its header. Download it again.</source>
        <comment>models.file-cut-short</comment>
        <translation>Diese Modelldatei ist unvollständig: Sie endet mitten im Header. Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>This model file&apos;s header is larger than any real model&apos;s.</source>
        <comment>models.header-too-large</comment>
        <translation>Der Header dieser Modelldatei ist größer als der jedes echten Modells.</translation>
    </message>
    <message>
        <source>Hearth could not read {name}: {strerror}.</source>
        <comment>models.file-unreadable</comment>
        <translation>Hearth konnte {name} nicht lesen: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is incomplete: it is {file_size:,} bytes but its header describes {described:,}. Download it again.</source>
        <comment>models.file-incomplete</comment>
        <translation>{name} ist unvollständig: Die Datei hat {file_size:,} Bytes, aber ihr Header beschreibt {described:,}. Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>Chat and write</source>
        <comment>models.goal-chat</comment>
        <translation>Chatten und schreiben</translation>
    </message>
    <message>
        <source>Write and explain code</source>
        <comment>models.goal-code</comment>
        <translation>Code schreiben und erklären</translation>
    </message>
    <message>
        <source>Solve problems step by step</source>
        <comment>models.goal-reasoning</comment>
        <translation>Probleme Schritt für Schritt lösen</translation>
    </message>
    <message>
        <source>Ask about pictures</source>
        <comment>models.goal-vision</comment>
        <translation>Fragen zu Bildern stellen</translation>
    </message>
    <message>
        <source>Transcribe recordings</source>
        <comment>models.goal-speech</comment>
        <translation>Aufnahmen transkribieren</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <comment>models.damaged-header</comment>
        <translation>{name} hat einen beschädigten Header.</translation>
    </message>
    <message>
        <source>No model Hearth can use was found in {name}.{reason}</source>
        <comment>models.import-no-model-found</comment>
        <translation>In {name} wurde kein Modell gefunden, das Hearth verwenden kann.{reason}</translation>
    </message>
    <message>
        <source>{name} was not imported: there is no such file or folder.</source>
        <comment>models.import-nothing-there</comment>
        <translation>{name} wurde nicht importiert: Es gibt keine solche Datei und keinen solchen Ordner.</translation>
    </message>
    <message>
        <source>{name} belongs to you or another app, so Hearth does not delete it; hide it instead.</source>
        <comment>models.not-hearths-to-delete</comment>
        <translation>{name} gehört Ihnen oder einer anderen App, daher löscht Hearth es nicht; blenden Sie es stattdessen aus.</translation>
    </message>
    <message>
        <source>{name} has already been removed.</source>
        <comment>models.already-removed</comment>
        <translation>{name} wurde bereits entfernt.</translation>
    </message>
    <message>
        <source>{name} is a speech model; only chat models take a vision companion.</source>
        <comment>models.companion-for-speech-model</comment>
        <translation>{name} ist ein Spracherkennungsmodell; nur Chatmodelle nehmen ein Bildmodul an.</translation>
    </message>
    <message>
        <source>{name} is not a vision companion Hearth can use. {message}</source>
        <comment>models.companion-unusable</comment>
        <translation>{name} ist kein Bildmodul, das Hearth verwenden kann. {message}</translation>
    </message>
    <message>
        <source>{name} is not a vision companion. Choose the model&apos;s mmproj file (its name usually starts with “mmproj”).</source>
        <comment>models.not-a-companion</comment>
        <translation>{name} ist kein Bildmodul. Wählen Sie die mmproj-Datei des Modells (ihr Name beginnt meist mit „mmproj“).</translation>
    </message>
    <message>
        <source>{name} is a companion for sound, not for images.</source>
        <comment>models.companion-for-sound</comment>
        <translation>{name} ist ein Modul für Ton, nicht für Bilder.</translation>
    </message>
    <message>
        <source>{name} was downloaded by Hearth: delete it to free its space.</source>
        <comment>models.delete-instead</comment>
        <translation>{name} wurde von Hearth heruntergeladen: Löschen Sie es, um seinen Speicherplatz freizugeben.</translation>
    </message>
    <message>
        <source>{name} was not imported. {reason}</source>
        <comment>models.not-imported</comment>
        <translation>{name} wurde nicht importiert. {reason}</translation>
    </message>
    <message>
        <source>Its header is damaged: the number of parts it declares is not a number.</source>
        <comment>models.split-count-damaged</comment>
        <translation>Sein Header ist beschädigt: Die angegebene Anzahl der Teile ist keine Zahl.</translation>
    </message>
    <message>
        <source>{name} was not imported: there is no such file.</source>
        <comment>models.import-no-file</comment>
        <translation>{name} wurde nicht importiert: Es gibt keine solche Datei.</translation>
    </message>
    <message>
        <source>It is one of {count} parts of a split model and {missing} is missing; put all the parts in one folder and import again.</source>
        <comment>models.split-part-missing</comment>
        <translation>Es ist einer von {count} Teilen eines geteilten Modells, und {missing} fehlt; legen Sie alle Teile in einen Ordner und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>{name} is a vision companion (mmproj), not a model on its own. Import the model file beside it; Hearth pairs the two.</source>
        <comment>models.projector-not-model</comment>
        <translation>{name} ist ein Bildmodul (mmproj), kein eigenständiges Modell. Importieren Sie die Modelldatei daneben; Hearth koppelt die beiden.</translation>
    </message>
    <message>
        <source>Its header says the model has {header} parts, but its name says {named}.</source>
        <comment>models.split-count</comment>
        <translation>Laut Header hat das Modell {header} Teile, laut Name aber {named}.</translation>
    </message>
    <message>
        <source>{name} was not imported: a faster-whisper model folder holds model.bin and config.json.</source>
        <comment>models.import-not-whisper</comment>
        <translation>{name} wurde nicht importiert: Ein faster-whisper-Modellordner enthält model.bin und config.json.</translation>
    </message>
    <message>
        <source>{name} was not imported: its config.json is damaged.</source>
        <comment>models.import-config-damaged</comment>
        <translation>{name} wurde nicht importiert: Seine config.json ist beschädigt.</translation>
    </message>
    <message>
        <source>{name} was not imported: its config.json or model.bin is damaged.</source>
        <comment>models.import-whisper-damaged</comment>
        <translation>{name} wurde nicht importiert: Seine config.json oder model.bin ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>ModelsFolderSettings</name>
    <message>
        <source>Models folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Change the models folder</source>
        <translation>Modellordner ändern</translation>
    </message>
    <message>
        <source>Choose another folder for models you download from now on</source>
        <translation>Anderen Ordner für künftig heruntergeladene Modelle wählen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the models folder</source>
        <translation>Modellordner öffnen</translation>
    </message>
    <message>
        <source>Show this folder in your file manager</source>
        <translation>Diesen Ordner im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>Use the usual folder</source>
        <translation>Standardordner verwenden</translation>
    </message>
    <message>
        <source>Use the usual models folder</source>
        <translation>Standard-Modellordner verwenden</translation>
    </message>
    <message>
        <source>You chose this folder. Models downloaded before you changed it stay where they were.</source>
        <translation>Sie haben diesen Ordner gewählt. Modelle, die vor der Änderung heruntergeladen wurden, bleiben, wo sie waren.</translation>
    </message>
    <message>
        <source>Hearth&apos;s usual folder for models. Choose another one if this disk is short of space.</source>
        <translation>Hearths Standardordner für Modelle. Wählen Sie einen anderen, wenn auf diesem Laufwerk wenig Platz ist.</translation>
    </message>
    <message>
        <source>Choose where Hearth keeps models</source>
        <translation>Wählen, wo Hearth Modelle speichert</translation>
    </message>
</context>
<context>
    <name>MyModelsPage</name>
    <message>
        <source>My Models</source>
        <translation>Meine Modelle</translation>
    </message>
    <message>
        <source>Add model file…</source>
        <translation>Modelldatei hinzufügen…</translation>
    </message>
    <message>
        <source>Add model file</source>
        <translation>Modelldatei hinzufügen</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add every model in a folder</source>
        <translation>Alle Modelle eines Ordners hinzufügen</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>Modelle auf diesem Computer</translation>
    </message>
    <message>
        <source>Models on this computer: the ones Hearth downloaded, the ones you added, and the ones other apps (LM Studio, Ollama, GPT4All) already have — used where they are, never copied. Drop a .gguf file anywhere on the window to add it.</source>
        <translation>Modelle auf diesem Computer: die von Hearth heruntergeladenen, die von Ihnen hinzugefügten und die, die andere Apps (LM Studio, Ollama, GPT4All) schon haben – dort verwendet, wo sie sind, nie kopiert. Ziehen Sie eine .gguf-Datei an eine beliebige Stelle des Fensters, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Modelle werden gesucht…</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Dateien werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n models on this computer.</source>
        <translation>
            <numerusform>%n Modell auf diesem Computer.</numerusform>
            <numerusform>%n Modelle auf diesem Computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No models yet. Download one from Discover, or add a file.</source>
        <translation>Noch keine Modelle. Laden Sie eines unter „Entdecken“ herunter oder fügen Sie eine Datei hinzu.</translation>
    </message>
    <message>
        <source>Some files were not added. {reasons}</source>
        <translation>Einige Dateien wurden nicht hinzugefügt. {reasons}</translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation>Modelldateien hinzufügen</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <source>Delete {model} ({size}) from this computer? You can download it again later.</source>
        <translation>{model} ({size}) von diesem Computer löschen? Sie können es später erneut herunterladen.</translation>
    </message>
    <message>
        <source>Vision companion for {model}</source>
        <translation>Bildmodul für {model}</translation>
    </message>
    <message>
        <source>Vision companions (*.gguf)</source>
        <translation>Bildmodule (*.gguf)</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Opened from a Hugging Face link: {repository} ({file}). Nothing is downloaded until you choose to.</source>
        <translation>Über einen Hugging-Face-Link geöffnet: {repository} ({file}). Es wird nichts heruntergeladen, bevor Sie es wünschen.</translation>
    </message>
    <message>
        <source>Opened from a Hugging Face link: {repository}. Nothing is downloaded until you choose to.</source>
        <translation>Über einen Hugging-Face-Link geöffnet: {repository}. Es wird nichts heruntergeladen, bevor Sie es wünschen.</translation>
    </message>
</context>
<context>
    <name>OfflineSettings</name>
    <message>
        <source>Offline mode</source>
        <translation>Offlinemodus</translation>
    </message>
    <message>
        <source>Offline mode — Hearth makes no network connection at all</source>
        <translation>Offlinemodus – Hearth stellt keinerlei Netzwerkverbindung her</translation>
    </message>
    <message>
        <source>Models you already have keep working. To download a model or check a token, turn it off again.</source>
        <translation>Vorhandene Modelle funktionieren weiter. Um ein Modell herunterzuladen oder ein Token zu prüfen, schalten Sie ihn wieder aus.</translation>
    </message>
</context>
<context>
    <name>OpenAI</name>
    <message>
        <source>{param} has a call without a function name.</source>
        <comment>openai.call-without-name</comment>
        <translation>{param} enthält einen Aufruf ohne Funktionsnamen.</translation>
    </message>
    <message>
        <source>{param} has arguments that are not JSON.</source>
        <comment>openai.arguments-not-json</comment>
        <translation>{param} hat Argumente, die kein JSON sind.</translation>
    </message>
    <message>
        <source>{param} has arguments that are not a JSON object.</source>
        <comment>openai.arguments-not-object</comment>
        <translation>{param} hat Argumente, die kein JSON-Objekt sind.</translation>
    </message>
    <message>
        <source>{param} must be an object with a role and content.</source>
        <comment>openai.message-not-object</comment>
        <translation>{param} muss ein Objekt mit role und content sein.</translation>
    </message>
    <message>
        <source>{param} has the role {role!r}; a role is one of {roles}.</source>
        <comment>openai.unknown-role</comment>
        <translation>{param} hat die Rolle {role!r}; eine Rolle ist eine von {roles}.</translation>
    </message>
    <message>
        <source>{param}.content has a part that is neither text nor an image.</source>
        <comment>openai.content-part-unknown</comment>
        <translation>{param}.content hat einen Teil, der weder Text noch Bild ist.</translation>
    </message>
    <message>
        <source>{param}: only a user&apos;s message can carry images.</source>
        <comment>openai.images-not-from-user</comment>
        <translation>{param}: Nur die Nachricht eines Benutzers kann Bilder enthalten.</translation>
    </message>
    <message>
        <source>{param}.content has a text part without text.</source>
        <comment>openai.text-part-empty</comment>
        <translation>{param}.content hat einen Textteil ohne Text.</translation>
    </message>
    <message>
        <source>{param} has no content.</source>
        <comment>openai.no-content</comment>
        <translation>{param} hat keinen Inhalt.</translation>
    </message>
    <message>
        <source>{param}.content must be text or a list of parts.</source>
        <comment>openai.content-not-text</comment>
        <translation>{param}.content muss Text oder eine Liste von Teilen sein.</translation>
    </message>
    <message>
        <source>{param}.tool_calls must be a list.</source>
        <comment>openai.tool-calls-not-list</comment>
        <translation>{param}.tool_calls muss eine Liste sein.</translation>
    </message>
    <message>
        <source>{param}.tool_call_id must be text.</source>
        <comment>openai.tool-call-id-not-text</comment>
        <translation>{param}.tool_call_id muss Text sein.</translation>
    </message>
    <message>
        <source>{param} has an image_url without a url.</source>
        <comment>openai.image-url-empty</comment>
        <translation>{param} hat eine image_url ohne url.</translation>
    </message>
    <message>
        <source>{param} has an image given by its address; Hearth never fetches anything from the network (nothing leaves this computer), so send the picture itself as a data URL (data:image/png;base64,…).</source>
        <comment>openai.image-by-address</comment>
        <translation>{param} enthält ein Bild, das über seine Adresse angegeben ist; Hearth lädt nie etwas aus dem Netzwerk (nichts verlässt diesen Computer), senden Sie also das Bild selbst als Data-URL (data:image/png;base64,…).</translation>
    </message>
    <message>
        <source>{param} has an image that is not a base64 data URL (data:image/png;base64,…); Hearth never fetches images from the network.</source>
        <comment>openai.image-not-data-url</comment>
        <translation>{param} enthält ein Bild, das keine base64-Data-URL ist (data:image/png;base64,…); Hearth lädt nie Bilder aus dem Netzwerk.</translation>
    </message>
    <message>
        <source>{param} has an image whose base64 data is damaged.</source>
        <comment>openai.image-damaged</comment>
        <translation>{param} enthält ein Bild, dessen base64-Daten beschädigt sind.</translation>
    </message>
    <message>
        <source>{param}: {message}</source>
        <comment>openai.image-refused</comment>
        <translation>{param}: {message}</translation>
    </message>
    <message>
        <source>A streamed event was not a JSON object.</source>
        <comment>openai.not-json</comment>
        <translation>Ein gestreamtes Ereignis war kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This JSON schema cannot be enforced: {problem}. Hearth refuses it rather than ignore it.</source>
        <comment>openai.schema-unenforceable</comment>
        <translation>Dieses JSON-Schema kann nicht durchgesetzt werden: {problem}. Hearth lehnt es ab, statt es zu ignorieren.</translation>
    </message>
    <message>
        <source>This JSON schema cannot be enforced: llama.cpp could not read the grammar written for it. Hearth refuses it rather than ignore it.</source>
        <comment>openai.grammar-unreadable</comment>
        <translation>Dieses JSON-Schema kann nicht durchgesetzt werden: llama.cpp konnte die dafür geschriebene Grammatik nicht lesen. Hearth lehnt es ab, statt es zu ignorieren.</translation>
    </message>
    <message>
        <source>A streamed tool call came without a function name.</source>
        <comment>openai.streamed-call-without-name</comment>
        <translation>Ein gestreamter Tool-Aufruf kam ohne Funktionsnamen.</translation>
    </message>
</context>
<context>
    <name>PageScroll</name>
    <message>
        <source>Scrollable content</source>
        <translation>Scrollbarer Inhalt</translation>
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
        <translation>{size} Download</translation>
    </message>
    <message>
        <source>{licence}, business use allowed</source>
        <translation>{licence}, geschäftliche Nutzung erlaubt</translation>
    </message>
    <message>
        <source>{licence} licence, business use allowed</source>
        <translation>Lizenz {licence}, geschäftliche Nutzung erlaubt</translation>
    </message>
    <message>
        <source>{licence}, not for business use</source>
        <translation>{licence}, nicht für geschäftliche Nutzung</translation>
    </message>
    <message>
        <source>{licence} licence, not for business use</source>
        <translation>Lizenz {licence}, nicht für geschäftliche Nutzung</translation>
    </message>
    <message>
        <source>{reason} Expected speed: {speed}.</source>
        <translation>{reason} Erwartete Geschwindigkeit: {speed}.</translation>
    </message>
</context>
<context>
    <name>PicksScreen</name>
    <message>
        <source>A model that fits</source>
        <translation>Ein passendes Modell</translation>
    </message>
    <message>
        <source>Two models that fit</source>
        <translation>Zwei passende Modelle</translation>
    </message>
    <message>
        <source>Three models that fit</source>
        <translation>Drei passende Modelle</translation>
    </message>
    <message>
        <source>Browse all models instead</source>
        <translation>Stattdessen alle Modelle durchsehen</translation>
    </message>
    <message>
        <source>Models that fit</source>
        <translation>Passende Modelle</translation>
    </message>
    <message>
        <source>Nothing fits yet</source>
        <translation>Noch passt nichts</translation>
    </message>
    <message>
        <source>No chat model in the catalog runs well on this computer as it is now. Close other programs to free memory and look again on the Hardware page, or browse every model.</source>
        <translation>Kein Chatmodell im Katalog läuft auf diesem Computer im jetzigen Zustand gut. Schließen Sie andere Programme, um Arbeitsspeicher freizugeben, und prüfen Sie erneut auf der Seite „Hardware“, oder sehen Sie alle Modelle durch.</translation>
    </message>
    <message>
        <source>Each of these runs on this computer. Pick one to download; you can add others later.</source>
        <translation>Jedes davon läuft auf diesem Computer. Wählen Sie eines zum Herunterladen; weitere können Sie später hinzufügen.</translation>
    </message>
</context>
<context>
    <name>PromptCacheSettings</name>
    <message>
        <source>Coming back to conversations</source>
        <translation>Zu Unterhaltungen zurückkehren</translation>
    </message>
    <message>
        <source>Memory to use</source>
        <translation>Zu nutzender Speicher</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Memory for coming back to conversations</source>
        <translation>Speicher für die Rückkehr zu Unterhaltungen</translation>
    </message>
    <message>
        <source>Less than the size above for now: the models that are loaded need the rest of the memory.</source>
        <translation>Vorerst weniger als die Größe oben: Die geladenen Modelle brauchen den restlichen Speicher.</translation>
    </message>
    <message>
        <source>Hearth keeps what a model has already read of your recent conversations in memory, so when you come back to one it answers at once instead of reading it all again. When a model needs the memory, this gives way first. Long conversations are also kept on disk, up to the same size, so they come back at once after Hearth was closed too.</source>
        <translation>Hearth behält im Arbeitsspeicher, was ein Modell von Ihren letzten Unterhaltungen schon gelesen hat. Kehren Sie zu einer zurück, antwortet es sofort, statt alles neu zu lesen. Braucht ein Modell den Speicher, weicht dies zuerst. Lange Unterhaltungen werden außerdem bis zur gleichen Größe auf der Festplatte behalten, damit sie auch nach dem Schließen von Hearth sofort zurückkommen.</translation>
    </message>
    <message>
        <source>Down to Off, nothing is kept, in memory or on disk: a conversation is read again from the start each time you come back to it.</source>
        <translation>Bei „Aus“ wird nichts behalten, weder im Speicher noch auf der Festplatte: Eine Unterhaltung wird bei jeder Rückkehr von vorn gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>On disk for after a restart: %n conversations, {size}.</source>
        <translation>
            <numerusform>Auf der Festplatte für nach einem Neustart: %n Unterhaltung, {size}.</numerusform>
            <numerusform>Auf der Festplatte für nach einem Neustart: %n Unterhaltungen, {size}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Off: nothing is kept in memory or on disk.</source>
        <translation>Aus: Es wird nichts behalten, weder im Speicher noch auf der Festplatte.</translation>
    </message>
    <message>
        <source>Empty now. It fills as you talk with a model, up to {size} as memory allows.</source>
        <translation>Derzeit leer. Er füllt sich, während Sie mit einem Modell sprechen, bis zu {size}, soweit der Speicher reicht.</translation>
    </message>
    <message>
        <source>Empty now. It may hold up to {size}.</source>
        <translation>Derzeit leer. Er kann bis zu {size} aufnehmen.</translation>
    </message>
    <message numerus="yes">
        <source>Now holding %n conversations: {tokens}, {size} of at most {limit}.</source>
        <translation>
            <numerusform>Enthält %n Unterhaltung: {tokens}, {size} von höchstens {limit}.</numerusform>
            <numerusform>Enthält %n Unterhaltungen: {tokens}, {size} von höchstens {limit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tokens</source>
        <translation>
            <numerusform>%Ln Token</numerusform>
            <numerusform>%Ln Tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptForm</name>
    <message>
        <source>Prompt (write {{name}} for a value that changes from case to case)</source>
        <translation>Prompt (schreiben Sie {{name}} für einen Wert, der sich von Fall zu Fall ändert)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>What to ask each model, such as: What is the capital of {{country}}?</source>
        <translation>Was jedes Modell gefragt wird, etwa: Was ist die Hauptstadt von {{country}}?</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>A short name for it in the tables (optional)</source>
        <translation>Ein kurzer Name dafür in den Tabellen (optional)</translation>
    </message>
    <message>
        <source>Checks: the reply…</source>
        <translation>Prüfungen: Die Antwort…</translation>
    </message>
    <message>
        <source>Add a check</source>
        <translation>Prüfung hinzufügen</translation>
    </message>
    <message>
        <source>It passes when</source>
        <translation>Besteht, wenn</translation>
    </message>
    <message>
        <source>every check passes</source>
        <translation>jede Prüfung besteht</translation>
    </message>
    <message>
        <source>the score is at least</source>
        <translation>die Punktzahl mindestens</translation>
    </message>
    <message>
        <source>When the prompt passes</source>
        <translation>Wann der Prompt besteht</translation>
    </message>
    <message>
        <source>The score it needs, from 0 to 1</source>
        <translation>Die nötige Punktzahl, von 0 bis 1</translation>
    </message>
    <message>
        <source>The weighted share of checks that pass, from 0 to 1</source>
        <translation>Der gewichtete Anteil bestandener Prüfungen, von 0 bis 1</translation>
    </message>
    <message>
        <source>Try on a sample reply</source>
        <translation>An einer Beispielantwort testen</translation>
    </message>
    <message>
        <source>A sample reply to try the checks on</source>
        <translation>Eine Beispielantwort zum Testen der Prüfungen</translation>
    </message>
    <message>
        <source>Paste or write a reply here to see which checks it passes.</source>
        <translation>Fügen Sie hier eine Antwort ein oder schreiben Sie eine, um zu sehen, welche Prüfungen sie besteht.</translation>
    </message>
    <message numerus="yes">
        <source>The model is offered %n tool(s), kept as the file gives them: </source>
        <translation>
            <numerusform>Dem Modell wird %n Tool angeboten, so wie die Datei es angibt: </numerusform>
            <numerusform>Dem Modell werden %n Tools angeboten, so wie die Datei sie angibt: </numerusform>
        </translation>
    </message>
    <message>
        <source>This reply passes</source>
        <translation>Diese Antwort besteht</translation>
    </message>
    <message>
        <source>This reply fails</source>
        <translation>Diese Antwort besteht nicht</translation>
    </message>
    <message>
        <source> (with the chosen row: {values})</source>
        <translation> (mit der gewählten Zeile: {values})</translation>
    </message>
    <message>
        <source>{verdict}: {passed} of {counted} checks, score {score}{row}.</source>
        <translation>{verdict}: {passed} von {counted} Prüfungen, Punktzahl {score}{row}.</translation>
    </message>
</context>
<context>
    <name>PromptSetsPanel</name>
    <message>
        <source>New set…</source>
        <translation>Neues Set…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Add prompt</source>
        <translation>Prompt hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Run the set</source>
        <translation>Set ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Prompt set run progress</source>
        <translation>Fortschritt des Prompt-Set-Durchlaufs</translation>
    </message>
    <message>
        <source>Time left in the run</source>
        <translation>Verbleibende Zeit des Durchlaufs</translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation>Ergebnisse anzeigen</translation>
    </message>
    <message>
        <source>Show the run&apos;s results on the Leaderboard</source>
        <translation>Ergebnisse des Durchlaufs in der Rangliste anzeigen</translation>
    </message>
    <message>
        <source>The replies side by side, to vote on, and the leaderboard</source>
        <translation>Die Antworten nebeneinander, zum Abstimmen, und die Rangliste</translation>
    </message>
    <message>
        <source>Prompt set</source>
        <translation>Prompt-Set</translation>
    </message>
    <message>
        <source>Prompts of the set</source>
        <translation>Prompts des Sets</translation>
    </message>
    <message>
        <source>Double-click a prompt, or press F2, to edit it</source>
        <translation>Doppelklicken Sie auf einen Prompt oder drücken Sie F2, um ihn zu bearbeiten</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>noch etwa {seconds} s</translation>
    </message>
    <message>
        <source>Stopped at {done} of {total}</source>
        <translation>Gestoppt bei {done} von {total}</translation>
    </message>
    <message>
        <source>New prompt set</source>
        <translation>Neues Prompt-Set</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>Prompts importieren</translation>
    </message>
    <message>
        <source>Prompts (*.txt *.jsonl)</source>
        <translation>Prompts (*.txt *.jsonl)</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>Prompts exportieren</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Prompt hinzufügen</translation>
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
        <translation>{name} bietet das Modell „{model}“ nicht mehr an. Wählen Sie ein anderes seiner Modelle.</translation>
    </message>
    <message>
        <source>{name} stopped the reply with an error: {error_text}</source>
        <comment>providers.stopped-reply-error</comment>
        <translation>{name} hat die Antwort mit einem Fehler beendet: {error_text}</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) was lost in the middle of the reply; what arrived is kept.</source>
        <comment>providers.lost-mid-reply</comment>
        <translation>Die Verbindung zu {name} ({host}) ist mitten in der Antwort abgebrochen; das bereits Empfangene bleibt erhalten.</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) was lost before it answered.</source>
        <comment>providers.lost-before-answer</comment>
        <translation>Die Verbindung zu {name} ({host}) ist abgebrochen, bevor eine Antwort kam.</translation>
    </message>
    <message>
        <source>The reply reached the longest length asked for and was cut there.</source>
        <comment>providers.reply-cut-at-length</comment>
        <translation>Die Antwort hat die angeforderte Höchstlänge erreicht und wurde dort abgeschnitten.</translation>
    </message>
    <message>
        <source>{problem} What arrived before is kept.</source>
        <comment>providers.arrived-kept</comment>
        <translation>{problem} Das zuvor Empfangene bleibt erhalten.</translation>
    </message>
    <message>
        <source>{name}&apos;s model asked for a tool in a way Hearth cannot read ({message}); what arrived before is kept.</source>
        <comment>providers.unreadable-tool-call</comment>
        <translation>Das Modell von {name} hat ein Tool auf eine Weise angefordert, die Hearth nicht lesen kann ({message}); das zuvor Empfangene bleibt erhalten.</translation>
    </message>
    <message>
        <source>{url} answered, but not as an OpenAI-compatible API does. Check the address and port: Ollama listens on 11434, LM Studio on 1234, llama-server on 8080, vLLM on 8000.</source>
        <comment>providers.not-openai-compatible</comment>
        <translation>{url} hat geantwortet, aber nicht wie eine OpenAI-kompatible API. Prüfen Sie Adresse und Port: Ollama lauscht auf 11434, LM Studio auf 1234, llama-server auf 8080, vLLM auf 8000.</translation>
    </message>
    <message>
        <source>{name} refused the key (error {status}). Check the key and add it again.</source>
        <comment>providers.key-refused-by-server</comment>
        <translation>{name} hat den Schlüssel abgelehnt (Fehler {status}). Prüfen Sie den Schlüssel und fügen Sie ihn erneut hinzu.</translation>
    </message>
    <message>
        <source>{name} asks for a key (error {status}), and the key you gave it was not kept: this computer has no password store. Remove {name} and add it again with its key, choosing to keep the key in a file only you can read (“Keep the key in a file” in Settings, or --store-key-in-file).</source>
        <comment>providers.key-not-kept</comment>
        <translation>{name} verlangt einen Schlüssel (Fehler {status}), und Ihr Schlüssel wurde nicht aufbewahrt: Dieser Computer hat keinen Passwortspeicher. Entfernen Sie {name} und fügen Sie es mit seinem Schlüssel erneut hinzu; wählen Sie dabei, den Schlüssel in einer Datei zu speichern, die nur Sie lesen können („Schlüssel in einer Datei speichern“ in den Einstellungen oder --store-key-in-file).</translation>
    </message>
    <message>
        <source>{name} asks for a key (error {status}). Add it again with its key.</source>
        <comment>providers.key-refused</comment>
        <translation>{name} verlangt einen Schlüssel (Fehler {status}). Fügen Sie es mit seinem Schlüssel erneut hinzu.</translation>
    </message>
    <message>
        <source>{name} could not take the pictures (error {status}): this model may not see images. {said}</source>
        <comment>providers.pictures-refused-said</comment>
        <translation>{name} konnte die Bilder nicht annehmen (Fehler {status}): Dieses Modell kann möglicherweise keine Bilder sehen. {said}</translation>
    </message>
    <message>
        <source>{name} could not take the pictures (error {status}): this model may not see images.</source>
        <comment>providers.pictures-refused</comment>
        <translation>{name} konnte die Bilder nicht annehmen (Fehler {status}): Dieses Modell kann möglicherweise keine Bilder sehen.</translation>
    </message>
    <message>
        <source>{name} could not answer with this model (error {status}). It may not be a model for chat (one for speech or for searching documents, say): choose another model.</source>
        <comment>providers.answer-model-error</comment>
        <translation>{name} konnte mit diesem Modell nicht antworten (Fehler {status}). Vielleicht ist es kein Chatmodell (sondern etwa eines für Spracherkennung oder Dokumentsuche): Wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>{name} had a problem answering (error {status}). {said}</source>
        <comment>providers.answer-failed-said</comment>
        <translation>{name} hatte ein Problem beim Antworten (Fehler {status}). {said}</translation>
    </message>
    <message>
        <source>{name} had a problem answering (error {status}).</source>
        <comment>providers.answer-failed</comment>
        <translation>{name} hatte ein Problem beim Antworten (Fehler {status}).</translation>
    </message>
    <message>
        <source> The server seems to speak plain http: try the address with http://.</source>
        <comment>providers.tls-plain-http</comment>
        <translation> Der Server scheint einfaches http zu sprechen: Versuchen Sie die Adresse mit http://.</translation>
    </message>
    <message>
        <source> Its certificate is not one this computer trusts.</source>
        <comment>providers.tls-untrusted</comment>
        <translation> Sein Zertifikat ist keines, dem dieser Computer vertraut.</translation>
    </message>
    <message>
        <source>The secure connection to {name} ({host}) failed.{hint}</source>
        <comment>providers.tls-problem</comment>
        <translation>Die sichere Verbindung zu {name} ({host}) ist fehlgeschlagen.{hint}</translation>
    </message>
    <message>
        <source>connect</source>
        <comment>providers.timed-out-connecting</comment>
        <translation>die Verbindung</translation>
    </message>
    <message>
        <source>answer</source>
        <comment>providers.timed-out-answering</comment>
        <translation>die Antwort</translation>
    </message>
    <message>
        <source>{name} ({host}) took too long to {what}. Check that the computer is on and the server running.</source>
        <comment>providers.server-timed-out</comment>
        <translation>Bei {name} ({host}) hat {what} zu lange gedauert. Prüfen Sie, ob der Computer eingeschaltet ist und der Server läuft.</translation>
    </message>
    <message>
        <source>No computer called {host} can be found. Check the address.</source>
        <comment>providers.host-not-found</comment>
        <translation>Es wurde kein Computer namens {host} gefunden. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Nothing answers at {host}: the server is not running there, or listens on another port or only to itself (Ollama: OLLAMA_HOST=0.0.0.0; llama-server and vLLM: --host 0.0.0.0).</source>
        <comment>providers.connection-refused</comment>
        <translation>Unter {host} antwortet nichts: Der Server läuft dort nicht, oder er lauscht auf einem anderen Port oder nur auf sich selbst (Ollama: OLLAMA_HOST=0.0.0.0; llama-server und vLLM: --host 0.0.0.0).</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) failed.</source>
        <comment>providers.connection-lost</comment>
        <translation>Die Verbindung zu {name} ({host}) ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>It said: {text}</source>
        <comment>providers.it-said</comment>
        <translation>Antwort des Servers: {text}</translation>
    </message>
    <message>
        <source>A name for another computer is 1 to 40 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit (not “{name}”).</source>
        <comment>providers.bad-address</comment>
        <translation>Ein Name für einen anderen Computer hat 1 bis 40 Buchstaben, Ziffern, Leerzeichen, Punkte, Bindestriche oder Unterstriche und beginnt mit einem Buchstaben oder einer Ziffer (nicht „{name}“).</translation>
    </message>
    <message>
        <source>“{url}” is not a web address Hearth can use. Give it as http://HOST:PORT (for example http://192.168.1.20:11434 for Ollama), or https:// when the server has a certificate.</source>
        <comment>providers.bad-url</comment>
        <translation>„{url}“ ist keine Webadresse, die Hearth verwenden kann. Geben Sie sie als http://HOST:PORT an (zum Beispiel http://192.168.1.20:11434 für Ollama) oder mit https://, wenn der Server ein Zertifikat hat.</translation>
    </message>
    <message>
        <source>Put the key in the key field, not in the address.</source>
        <comment>providers.key-in-address</comment>
        <translation>Geben Sie den Schlüssel in das Schlüsselfeld ein, nicht in die Adresse.</translation>
    </message>
    <message>
        <source>No other computer called “{name}” was added; `hearth remote list` shows the ones that are.</source>
        <comment>providers.unknown-provider</comment>
        <translation>Es wurde kein anderer Computer namens „{name}“ hinzugefügt; `hearth remote list` zeigt die vorhandenen.</translation>
    </message>
    <message>
        <source>There is already another computer called “{name}”.</source>
        <comment>providers.provider-exists</comment>
        <translation>Es gibt bereits einen anderen Computer namens „{name}“.</translation>
    </message>
    <message>
        <source>No other computer called “{name}” was added.</source>
        <comment>providers.unknown-provider-short</comment>
        <translation>Es wurde kein anderer Computer namens „{name}“ hinzugefügt.</translation>
    </message>
    <message>
        <source>No other computer called “{old}” was added.</source>
        <comment>providers.unknown-provider-old</comment>
        <translation>Es wurde kein anderer Computer namens „{old}“ hinzugefügt.</translation>
    </message>
    <message>
        <source>There is already another computer called “{new}”.</source>
        <comment>providers.provider-exists-new</comment>
        <translation>Es gibt bereits einen anderen Computer namens „{new}“.</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth does not use other computers&apos; models. Turn it off in Settings to use them.</source>
        <comment>providers.offline</comment>
        <translation>Der Offlinemodus ist an, daher nutzt Hearth keine Modelle anderer Computer. Schalten Sie ihn in den Einstellungen aus, um sie zu nutzen.</translation>
    </message>
    <message>
        <source>A name cannot contain “/”.</source>
        <comment>providers.name-with-slash</comment>
        <translation>Ein Name darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>{name} does not offer a model called “{model}”. It offers: {models}.</source>
        <comment>providers.offers</comment>
        <translation>{name} bietet kein Modell namens „{model}“ an. Angeboten werden: {models}.</translation>
    </message>
    <message>
        <source>{name} does not offer a model called “{model}”. It offers: none.</source>
        <comment>providers.offers-none</comment>
        <translation>{name} bietet kein Modell namens „{model}“ an. Angeboten werden: keine.</translation>
    </message>
</context>
<context>
    <name>QuantRowView</name>
    <message>
        <source>Download size</source>
        <translation>Downloadgröße</translation>
    </message>
    <message>
        <source>Expected speed: {speed}.</source>
        <translation>Erwartete Geschwindigkeit: {speed}.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Download {quant}</source>
        <translation>{quant} herunterladen</translation>
    </message>
    <message>
        <source>Download {size} into your models folder</source>
        <translation>{size} in Ihren Modellordner herunterladen</translation>
    </message>
    <message>
        <source>{quant}, {size}, {verdict}</source>
        <translation>{quant}, {size}, {verdict}</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Original precision</source>
        <translation>Originalgenauigkeit</translation>
    </message>
    <message>
        <source>{have} of {count} parts</source>
        <translation>{have} von {count} Teilen</translation>
    </message>
    <message>
        <source>Incomplete: {parts}</source>
        <translation>Unvollständig: {parts}</translation>
    </message>
    <message>
        <source>With vision</source>
        <translation>Mit Bilderkennung</translation>
    </message>
    <message>
        <source>Rough: judged by size only</source>
        <translation>Grob: nur nach Größe beurteilt</translation>
    </message>
    <message>
        <source>Needs {memory} at {context} tokens of context · {layers} layers on the graphics card.</source>
        <translation>Braucht {memory} bei {context} Tokens Kontext · {layers} Schichten auf der Grafikkarte.</translation>
    </message>
    <message>
        <source>Needs {memory} at {context} tokens of context.</source>
        <translation>Braucht {memory} bei {context} Tokens Kontext.</translation>
    </message>
    <message>
        <source>This model needs a newer Hearth</source>
        <translation>Dieses Modell braucht eine neuere Hearth-Version</translation>
    </message>
    <message>
        <source>Some of its parts are missing from the repository</source>
        <translation>Einige seiner Teile fehlen im Repository</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <source>Waiting to start…</source>
        <translation>Wartet auf den Start…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Transcribe it again with the model and options chosen above</source>
        <translation>Erneut transkribieren, mit dem Modell und den Optionen von oben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Take it off the list (its saved files stay where they are)</source>
        <translation>Von der Liste nehmen (die gespeicherten Dateien bleiben, wo sie sind)</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>{percent}% · {phase}</source>
        <translation>{percent} % · {phase}</translation>
    </message>
    <message>
        <source>Failed · {reason}</source>
        <translation>Fehlgeschlagen · {reason}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Done · {facts}</source>
        <translation>Fertig · {facts}</translation>
    </message>
    <message>
        <source>Options: {options}</source>
        <translation>Optionen: {options}</translation>
    </message>
    <message>
        <source>Transcription of {name}</source>
        <translation>Transkription von {name}</translation>
    </message>
    <message>
        <source>Transcription of {name}: {percent}%</source>
        <translation>Transkription von {name}: {percent} %</translation>
    </message>
    <message>
        <source>Cancel the transcription of {name}</source>
        <translation>Transkription von {name} abbrechen</translation>
    </message>
    <message>
        <source>Run {name} again</source>
        <translation>{name} erneut ausführen</translation>
    </message>
    <message>
        <source>Remove {name} from the list</source>
        <translation>{name} aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>The local server is answering other apps; they lose their connection when Hearth quits.</source>
        <translation>Der lokale Server beantwortet Anfragen anderer Apps; sie verlieren die Verbindung, wenn Hearth beendet wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are being transcribed now.</source>
        <translation>
            <numerusform>%n Aufnahme wird gerade transkribiert.</numerusform>
            <numerusform>%n Aufnahmen werden gerade transkribiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are waiting to be transcribed.</source>
        <translation>
            <numerusform>%n Aufnahme wartet auf die Transkription.</numerusform>
            <numerusform>%n Aufnahmen warten auf die Transkription.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue is kept: it goes on the next time Hearth opens.</source>
        <translation>Die Warteschlange bleibt erhalten: Sie wird beim nächsten Start von Hearth fortgesetzt.</translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>Trotzdem beenden?</translation>
    </message>
    <message>
        <source>Quit Hearth?</source>
        <translation>Hearth beenden?</translation>
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
        <translation>nie geantwortet</translation>
    </message>
    <message>
        <source>last seen {time}</source>
        <translation>zuletzt gesehen {time}</translation>
    </message>
    <message>
        <source>Other computers</source>
        <translation>Andere Computer</translation>
    </message>
    <message>
        <source>Use the models of a bigger computer that runs Ollama, LM Studio, llama-server, vLLM or Hearth with sharing on. A conversation with one of its models leaves this computer: use it on a network you trust or through a VPN such as Tailscale (the traffic is plain HTTP unless the server has https).</source>
        <translation>Nutzen Sie die Modelle eines größeren Computers, auf dem Ollama, LM Studio, llama-server, vLLM oder Hearth mit „Im Netzwerk teilen“ läuft. Eine Unterhaltung mit einem seiner Modelle verlässt diesen Computer: Nutzen Sie dies in einem vertrauenswürdigen Netzwerk oder über ein VPN wie Tailscale (die Daten gehen als einfaches HTTP, sofern der Server kein https hat).</translation>
    </message>
    <message>
        <source>Name, e.g. desk</source>
        <translation>Name, z. B. Büro-PC</translation>
    </message>
    <message>
        <source>Name of the computer</source>
        <translation>Name des Computers</translation>
    </message>
    <message>
        <source>Address, e.g. http://192.168.1.20:11434</source>
        <translation>Adresse, z. B. http://192.168.1.20:11434</translation>
    </message>
    <message>
        <source>Address of its server</source>
        <translation>Adresse seines Servers</translation>
    </message>
    <message>
        <source>Key (if the server asks for one)</source>
        <translation>Schlüssel (falls der Server einen verlangt)</translation>
    </message>
    <message>
        <source>Key, if the server asks for one</source>
        <translation>Schlüssel, falls der Server einen verlangt</translation>
    </message>
    <message>
        <source>Keep the key in a file only I can read</source>
        <translation>Schlüssel in einer Datei speichern, die nur ich lesen kann</translation>
    </message>
    <message>
        <source>Keep the key in a file</source>
        <translation>Schlüssel in einer Datei speichern</translation>
    </message>
    <message>
        <source>Ticked, the key is saved in {file}, which only your account can read; anyone who can read your files (an administrator, a backup) could read it too.</source>
        <translation>Wenn angehakt, wird der Schlüssel in {file} gespeichert, die nur Ihr Konto lesen kann; wer Ihre Dateien lesen kann (ein Administrator, eine Sicherung), könnte ihn ebenfalls lesen.</translation>
    </message>
    <message>
        <source>This computer has no password store, so Hearth forgets a key when it closes. Tick “Keep the key in a file” to keep it.</source>
        <translation>Dieser Computer hat keinen Passwortspeicher, daher vergisst Hearth einen Schlüssel beim Beenden. Haken Sie „Schlüssel in einer Datei speichern“ an, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>Add and test</source>
        <translation>Hinzufügen und testen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Test the chosen computer</source>
        <translation>Gewählten Computer testen</translation>
    </message>
    <message>
        <source>Rename to the name above</source>
        <translation>In Namen oben umbenennen</translation>
    </message>
    <message>
        <source>Rename the chosen computer to the name above</source>
        <translation>Gewählten Computer in den Namen oben umbenennen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen computer</source>
        <translation>Gewählten Computer entfernen</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth uses no other computer.</source>
        <translation>Der Offlinemodus ist an, daher nutzt Hearth keinen anderen Computer.</translation>
    </message>
    <message>
        <source>Testing {address}…</source>
        <translation>{address} wird getestet…</translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n model(s). They are in the Chat list now.</source>
        <translation>
            <numerusform>{name} hinzugefügt: %n Modell. Es steht jetzt in der Chat-Liste.</numerusform>
            <numerusform>{name} hinzugefügt: %n Modelle. Sie stehen jetzt in der Chat-Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its key is kept only until Hearth closes: this computer has no password store. To keep it, remove {name} and add it again with “Keep the key in a file” ticked.</source>
        <translation>Sein Schlüssel wird nur bis zum Beenden von Hearth aufbewahrt: Dieser Computer hat keinen Passwortspeicher. Um ihn zu behalten, entfernen Sie {name} und fügen Sie ihn mit angehaktem „Schlüssel in einer Datei speichern“ erneut hinzu.</translation>
    </message>
    <message>
        <source>{problem} Nothing was added.</source>
        <translation>{problem} Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Choose a computer in the list to test it.</source>
        <translation>Wählen Sie einen Computer in der Liste, um ihn zu testen.</translation>
    </message>
    <message>
        <source>{name} answers.</source>
        <translation>{name} antwortet.</translation>
    </message>
    <message>
        <source>Choose a computer in the list, type its new name above, then Rename.</source>
        <translation>Wählen Sie einen Computer in der Liste, geben Sie oben seinen neuen Namen ein und klicken Sie dann auf „Umbenennen“.</translation>
    </message>
    <message>
        <source>{old} is now called {new}.</source>
        <translation>{old} heißt jetzt {new}.</translation>
    </message>
    <message>
        <source>Choose a computer in the list to remove it.</source>
        <translation>Wählen Sie einen Computer in der Liste, um ihn zu entfernen.</translation>
    </message>
    <message>
        <source>Removed {name} and its key.</source>
        <translation>{name} und sein Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <source>Adding failed</source>
        <translation>Hinzufügen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>Reading your documents…</source>
        <translation>Ihre Dokumente werden gelesen…</translation>
    </message>
    <message>
        <source>Using the tool {tool}…</source>
        <translation>Tool {tool} wird verwendet…</translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <translation>Wartet auf Ihre Antwort…</translation>
    </message>
    <message>
        <source>Reply stopped.</source>
        <translation>Antwort gestoppt.</translation>
    </message>
    <message>
        <source>Reply finished.</source>
        <translation>Antwort fertig.</translation>
    </message>
    <message>
        <source>No reply: {reason}</source>
        <translation>Keine Antwort: {reason}</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Schreibt…</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Your computer</source>
        <translation>Ihr Computer</translation>
    </message>
    <message>
        <source>Looking at your computer</source>
        <translation>Ihr Computer wird untersucht</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Looking at your computer…</source>
        <translation>Ihr Computer wird untersucht…</translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <translation>
            <numerusform>%n Kern</numerusform>
            <numerusform>%n Kerne</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} free now</source>
        <translation>{size} jetzt frei</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Nicht genutzt</translation>
    </message>
    <message>
        <source>Models run on the processor</source>
        <translation>Modelle laufen auf dem Prozessor</translation>
    </message>
    <message>
        <source>Finding models that fit…</source>
        <translation>Passende Modelle werden gesucht…</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>This computer has no password store, so Hearth keeps your token only until you close it.</source>
        <comment>secrets.no-password-store</comment>
        <translation>Dieser Computer hat keinen Passwortspeicher, daher bewahrt Hearth Ihr Token nur auf, bis Sie es beenden.</translation>
    </message>
    <message>
        <source>Your token is kept in a file only you can read ({path}), as you chose.</source>
        <comment>secrets.in-key-file</comment>
        <translation>Ihr Token wird wie gewählt in einer Datei aufbewahrt, die nur Sie lesen können ({path}).</translation>
    </message>
    <message>
        <source>Hearth could not use this computer&apos;s password store, so it keeps your token only until you close it.</source>
        <comment>secrets.store-failed</comment>
        <translation>Hearth konnte den Passwortspeicher dieses Computers nicht nutzen, daher bewahrt es Ihr Token nur auf, bis Sie es beenden.</translation>
    </message>
    <message>
        <source>There is no token. Paste the whole token, which starts with hf_.</source>
        <comment>secrets.no-token</comment>
        <translation>Es gibt kein Token. Fügen Sie das ganze Token ein; es beginnt mit hf_.</translation>
    </message>
    <message>
        <source>That does not look like a Hugging Face token: it has spaces or unusual characters in it. Copy it again from {tokens_page}.</source>
        <comment>secrets.token-malformed</comment>
        <translation>Das sieht nicht nach einem Hugging-Face-Token aus: Es enthält Leerzeichen oder ungewöhnliche Zeichen. Kopieren Sie es erneut von {tokens_page}.</translation>
    </message>
    <message>
        <source>Your token is kept in {store}, not in Hearth&apos;s files.</source>
        <comment>secrets.in-store</comment>
        <translation>Ihr Token wird in {store} aufbewahrt, nicht in den Dateien von Hearth.</translation>
    </message>
    <message>
        <source>Hearth could not remove your token from this computer&apos;s password store. Try again, or remove the entry “{service}” there yourself.</source>
        <comment>secrets.token-store-problem</comment>
        <translation>Hearth konnte Ihr Token nicht aus dem Passwortspeicher dieses Computers entfernen. Versuchen Sie es erneut oder entfernen Sie den Eintrag „{service}“ dort selbst.</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth did not contact Hugging Face to check the token.</source>
        <comment>secrets.offline-mode</comment>
        <translation>Der Offlinemodus ist an, daher hat Hearth Hugging Face nicht kontaktiert, um das Token zu prüfen.</translation>
    </message>
    <message>
        <source>Could not reach {place} to check the token. Check your internet connection.</source>
        <comment>secrets.unreachable</comment>
        <translation>{place} war nicht erreichbar, um das Token zu prüfen. Prüfen Sie Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>Could not reach {place} to check the token. Check your internet connection and the mirror address in Settings.</source>
        <comment>secrets.mirror-unreachable</comment>
        <translation>{place} war nicht erreichbar, um das Token zu prüfen. Prüfen Sie Ihre Internetverbindung und die Adresse des Spiegelservers in den Einstellungen.</translation>
    </message>
    <message>
        <source>{place} gave an answer Hearth does not understand.</source>
        <comment>secrets.unreadable-answer</comment>
        <translation>{place} hat eine Antwort gegeben, die Hearth nicht versteht.</translation>
    </message>
    <message>
        <source>{problem} Nothing was saved.</source>
        <comment>secrets.nothing-saved</comment>
        <translation>{problem} Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Saved, but not checked: {problem}</source>
        <comment>secrets.saved-unchecked</comment>
        <translation>Gespeichert, aber nicht geprüft: {problem}</translation>
    </message>
    <message>
        <source>Signed in as {account}.</source>
        <comment>secrets.signed-in</comment>
        <translation>Angemeldet als {account}.</translation>
    </message>
    <message>
        <source>The mirror at {host}</source>
        <comment>secrets.mirror-at-start</comment>
        <translation>Der Spiegelserver unter {host}</translation>
    </message>
    <message>
        <source>the mirror at {host}</source>
        <comment>secrets.mirror-at</comment>
        <translation>der Spiegelserver unter {host}</translation>
    </message>
    <message>
        <source>Hugging Face did not accept this token. Check that you copied all of it, or create a new one at {tokens_page}.</source>
        <comment>secrets.token-refused</comment>
        <translation>Hugging Face hat dieses Token nicht akzeptiert. Prüfen Sie, ob Sie es vollständig kopiert haben, oder erstellen Sie ein neues unter {tokens_page}.</translation>
    </message>
    <message>
        <source>{place} is getting too many token checks right now. Try again in a minute.</source>
        <comment>secrets.too-many-checks</comment>
        <translation>{place} erhält gerade zu viele Tokenprüfungen. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>{place} answered with an error ({status}) while checking the token. Try again later.</source>
        <comment>secrets.error-answer</comment>
        <translation>{place} hat beim Prüfen des Tokens mit einem Fehler geantwortet ({status}). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>secrets.unknown-status</comment>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source> Port {free} is free: use that one instead.</source>
        <comment>server.port-free</comment>
        <translation> Port {free} ist frei: Verwenden Sie stattdessen diesen.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program on this computer.{offer}</source>
        <comment>server.port-taken</comment>
        <translation>Port {port} wird bereits von einem anderen Programm auf diesem Computer verwendet.{offer}</translation>
    </message>
    <message>
        <source>Sharing on your network needs an API key, so only programs you give it to can use your models. Create one in Settings › Local server, or set HEARTH_API_KEY.</source>
        <comment>server.key-needed</comment>
        <translation>Zum Teilen in Ihrem Netzwerk ist ein API-Schlüssel nötig, damit nur Programme, denen Sie ihn geben, Ihre Modelle nutzen können. Erstellen Sie einen unter Einstellungen › Lokaler Server oder setzen Sie HEARTH_API_KEY.</translation>
    </message>
    <message>
        <source>The local server could not start.</source>
        <comment>server.start-failed</comment>
        <translation>Der lokale Server konnte nicht starten.</translation>
    </message>
</context>
<context>
    <name>ServerCard</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
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
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <source>Let other apps on this computer use Hearth&apos;s models (OpenAI-compatible API)</source>
        <translation>Anderen Apps auf diesem Computer erlauben, Hearths Modelle zu nutzen (OpenAI-kompatible API)</translation>
    </message>
    <message>
        <source>Let other apps use Hearth&apos;s models</source>
        <translation>Andere Apps Hearths Modelle nutzen lassen</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Unload an unused model after</source>
        <translation>Unbenutztes Modell entladen nach</translation>
    </message>
    <message>
        <source>Unload an unused model after, in minutes</source>
        <translation>Unbenutztes Modell entladen nach, in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Share on my network (needs the API key)</source>
        <translation>Im Netzwerk teilen (erfordert den API-Schlüssel)</translation>
    </message>
    <message>
        <source>Share on my network</source>
        <translation>Im Netzwerk teilen</translation>
    </message>
    <message>
        <source>Once shared, every program must send the API key, the apps on this computer too: give it to the ones that use Hearth now, or they stop working.</source>
        <translation>Nach dem Teilen muss jedes Programm den API-Schlüssel senden, auch die Apps auf diesem Computer: Geben Sie ihn den Apps, die Hearth jetzt nutzen, sonst funktionieren sie nicht mehr.</translation>
    </message>
    <message>
        <source>What sharing changes</source>
        <translation>Was das Teilen ändert</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>API-Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Keep the API key in a file only I can read, so it still works after Hearth closes</source>
        <translation>API-Schlüssel in einer Datei speichern, die nur ich lesen kann, damit er auch nach dem Beenden von Hearth funktioniert</translation>
    </message>
    <message>
        <source>Keep the API key in a file</source>
        <translation>API-Schlüssel in einer Datei speichern</translation>
    </message>
    <message>
        <source>This computer has no password store, so a new key lasts only until Hearth closes. Ticked, it is saved in {file}, which only your account can read (hearth serve finds it there too).</source>
        <translation>Dieser Computer hat keinen Passwortspeicher, daher gilt ein neuer Schlüssel nur bis zum Beenden von Hearth. Wenn angehakt, wird er in {file} gespeichert, die nur Ihr Konto lesen kann (auch hearth serve findet ihn dort).</translation>
    </message>
    <message>
        <source>Examples for other programs: curl and Python</source>
        <translation>Beispiele für andere Programme: curl und Python</translation>
    </message>
    <message>
        <source>Copy snippets</source>
        <translation>Beispiele kopieren</translation>
    </message>
    <message>
        <source>Copy the examples</source>
        <translation>Beispiele kopieren</translation>
    </message>
    <message>
        <source>What other programs asked:</source>
        <translation>Anfragen anderer Programme:</translation>
    </message>
    <message>
        <source>What other programs asked</source>
        <translation>Anfragen anderer Programme</translation>
    </message>
    <message>
        <source>Other computers reach it at {addresses}</source>
        <translation>Andere Computer erreichen ihn unter {addresses}</translation>
    </message>
    <message>
        <source>Only programs on this computer can reach it (127.0.0.1).</source>
        <translation>Nur Programme auf diesem Computer können ihn erreichen (127.0.0.1).</translation>
    </message>
    <message>
        <source>An API key is set.</source>
        <translation>Ein API-Schlüssel ist festgelegt.</translation>
    </message>
    <message>
        <source>No API key yet.</source>
        <translation>Noch kein API-Schlüssel.</translation>
    </message>
    <message>
        <source>Your key (shown once): {key}</source>
        <translation>Ihr Schlüssel (wird nur einmal angezeigt): {key}</translation>
    </message>
    <message>
        <source>(Hearth forgets it when it closes: this computer has no password store.)</source>
        <translation>(Hearth vergisst ihn beim Beenden: Dieser Computer hat keinen Passwortspeicher.)</translation>
    </message>
    <message>
        <source>Running at {address}</source>
        <translation>Läuft unter {address}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Everything in Hearth can be reached with the keyboard. These keys save steps.</source>
        <translation>Alles in Hearth ist per Tastatur erreichbar. Diese Tasten sparen Schritte.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>SpeechModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>Spracherkennungsmodell</translation>
    </message>
    <message>
        <source>No Whisper model on this computer yet.</source>
        <translation>Noch kein Whisper-Modell auf diesem Computer.</translation>
    </message>
    <message>
        <source>Find one in Discover</source>
        <translation>Unter „Entdecken“ finden</translation>
    </message>
    <message>
        <source>Find a Whisper model in Discover</source>
        <translation>Whisper-Modell unter „Entdecken“ finden</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This image is no longer saved with the conversation.</source>
        <comment>store.image-gone</comment>
        <translation>Dieses Bild ist nicht mehr mit der Unterhaltung gespeichert.</translation>
    </message>
    <message>
        <source>Hearth cannot read your saved conversations because the file {path} is damaged. It has been left exactly as it was: move it aside to start with an empty list, or restore it from a backup.</source>
        <comment>store.store-damaged</comment>
        <translation>Hearth kann Ihre gespeicherten Unterhaltungen nicht lesen, weil die Datei {path} beschädigt ist. Sie wurde genau so belassen, wie sie war: Verschieben Sie sie, um mit einer leeren Liste zu beginnen, oder stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The file {path} is not a Hearth conversations file, so Hearth left it alone. Move it elsewhere to start with an empty list.</source>
        <comment>store.not-conversations-file</comment>
        <translation>Die Datei {path} ist keine Hearth-Unterhaltungsdatei, daher hat Hearth sie nicht angerührt. Verschieben Sie sie, um mit einer leeren Liste zu beginnen.</translation>
    </message>
    <message>
        <source>Your conversations were saved by a newer version of Hearth; update Hearth to open them. The file was left untouched.</source>
        <comment>store.store-too-new</comment>
        <translation>Ihre Unterhaltungen wurden von einer neueren Hearth-Version gespeichert; aktualisieren Sie Hearth, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Hearth cannot open your saved conversations at {path}. Check that the folder exists and that you are allowed to write to it.</source>
        <comment>store.store-unavailable</comment>
        <translation>Hearth kann Ihre gespeicherten Unterhaltungen unter {path} nicht öffnen. Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>The disk is full, so Hearth could not save your conversation. Free some space and try again.</source>
        <comment>store.store-disk-full</comment>
        <translation>Der Datenträger ist voll, daher konnte Hearth Ihre Unterhaltung nicht speichern. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your conversations are busy in another Hearth window or program; try again in a moment.</source>
        <comment>store.busy</comment>
        <translation>Ihre Unterhaltungen werden gerade in einem anderen Hearth-Fenster oder Programm verwendet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Hearth cannot save conversations because {path} is read-only. Check the file&apos;s permissions or free the drive it is on.</source>
        <comment>store.read-only</comment>
        <translation>Hearth kann keine Unterhaltungen speichern, weil {path} schreibgeschützt ist. Prüfen Sie die Berechtigungen der Datei oder heben Sie den Schreibschutz des Laufwerks auf.</translation>
    </message>
    <message>
        <source>Hearth could not read or save your conversations.</source>
        <comment>store.failed</comment>
        <translation>Hearth konnte Ihre Unterhaltungen nicht lesen oder speichern.</translation>
    </message>
    <message>
        <source>This conversation no longer exists; it may have been deleted in another window.</source>
        <comment>store.conversation-gone</comment>
        <translation>Diese Unterhaltung existiert nicht mehr; sie wurde möglicherweise in einem anderen Fenster gelöscht.</translation>
    </message>
    <message>
        <source>This message no longer exists; it may have been removed in another window.</source>
        <comment>store.message-gone</comment>
        <translation>Diese Nachricht existiert nicht mehr; sie wurde möglicherweise in einem anderen Fenster entfernt.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>store.file</comment>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Hearth cannot open its {what} {path}.</source>
        <comment>store.cannot-open-file</comment>
        <translation>Hearth kann seine {what} {path} nicht öffnen.</translation>
    </message>
    <message>
        <source>The {what} is closed.</source>
        <comment>store.file-closed</comment>
        <translation>Die {what} ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>SuiteEditor</name>
    <message>
        <source>My suite</source>
        <translation>Meine Testreihe</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (meine Kopie)</translation>
    </message>
    <message>
        <source>Edit the suite “{name}”</source>
        <translation>Testreihe „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit a copy of “{name}”</source>
        <translation>Kopie von „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>New suite of checks</source>
        <translation>Neue Testreihe mit Prüfungen</translation>
    </message>
    <message>
        <source>Suite name</source>
        <translation>Name der Testreihe</translation>
    </message>
    <message>
        <source>Prompts of the suite</source>
        <translation>Prompts der Testreihe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Prompt hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the chosen prompt</source>
        <translation>Gewählten Prompt duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen prompt</source>
        <translation>Gewählten Prompt entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the chosen prompt up</source>
        <translation>Gewählten Prompt nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the chosen prompt down</source>
        <translation>Gewählten Prompt nach unten verschieben</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(noch kein Text)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt {number}, row {row}</source>
        <translation>Prompt {number}, Zeile {row}</translation>
    </message>
    <message>
        <source>Prompt {number}</source>
        <translation>Prompt {number}</translation>
    </message>
    <message>
        <source>Give the suite a name: it is how the Checks tab lists it.</source>
        <translation>Geben Sie der Testreihe einen Namen: Unter diesem Namen erscheint sie im Tab „Prüfungen“.</translation>
    </message>
    <message>
        <source>There is already a suite named “{name}”. Replace it with this one?</source>
        <translation>Es gibt bereits eine Testreihe namens „{name}“. Durch diese ersetzen?</translation>
    </message>
    <message>
        <source>Replace the suite?</source>
        <translation>Testreihe ersetzen?</translation>
    </message>
    <message>
        <source>Throw away the changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The changes to this suite are not saved. Close the editor and throw them away?</source>
        <translation>Die Änderungen an dieser Testreihe sind nicht gespeichert. Editor schließen und Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Text, or {{name}} for a value of the table</source>
        <translation>Text oder {{name}} für einen Wert aus der Tabelle</translation>
    </message>
    <message>
        <source>Texts, separated by commas</source>
        <translation>Texte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>ist genau</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>contains (any case)</source>
        <translation>enthält (Groß/klein egal)</translation>
    </message>
    <message>
        <source>contains any of</source>
        <translation>enthält eines von</translation>
    </message>
    <message>
        <source>contains any of (any case)</source>
        <translation>enthält eines von (Groß/klein egal)</translation>
    </message>
    <message>
        <source>contains all of</source>
        <translation>enthält alle von</translation>
    </message>
    <message>
        <source>contains all of (any case)</source>
        <translation>enthält alle von (Groß/klein egal)</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>endet mit</translation>
    </message>
    <message>
        <source>matches the pattern</source>
        <translation>entspricht dem Muster</translation>
    </message>
    <message>
        <source>A regular expression, such as ^[A-Z]</source>
        <translation>Ein regulärer Ausdruck, etwa ^[A-Z]</translation>
    </message>
    <message>
        <source>is JSON</source>
        <translation>ist JSON</translation>
    </message>
    <message>
        <source>is JSON matching this schema</source>
        <translation>ist JSON gemäß diesem Schema</translation>
    </message>
    <message>
        <source>A JSON schema, such as {&quot;type&quot;: &quot;object&quot;}</source>
        <translation>Ein JSON-Schema, etwa {&quot;type&quot;: &quot;object&quot;}</translation>
    </message>
    <message>
        <source>contains JSON</source>
        <translation>enthält JSON</translation>
    </message>
    <message>
        <source>contains JSON matching this schema</source>
        <translation>enthält JSON gemäß diesem Schema</translation>
    </message>
    <message>
        <source>has at most N words</source>
        <translation>hat höchstens N Wörter</translation>
    </message>
    <message>
        <source>has at least N words</source>
        <translation>hat mindestens N Wörter</translation>
    </message>
    <message>
        <source>has N words (or from N to M)</source>
        <translation>hat N Wörter (oder N bis M)</translation>
    </message>
    <message>
        <source>20, or 3–20</source>
        <translation>20 oder 3–20</translation>
    </message>
    <message>
        <source>calls the tool</source>
        <translation>ruft das Tool auf</translation>
    </message>
    <message>
        <source>The tool&apos;s name, then its arguments as JSON if you want: f {&quot;x&quot;: 1}</source>
        <translation>Name des Tools, dann bei Bedarf seine Argumente als JSON: f {&quot;x&quot;: 1}</translation>
    </message>
    <message>
        <source>calls only offered tools, with valid arguments</source>
        <translation>ruft nur angebotene Tools auf, mit gültigen Argumenten</translation>
    </message>
    <message>
        <source>answers within N s</source>
        <translation>antwortet innerhalb von N s</translation>
    </message>
    <message>
        <source>Seconds, such as 2.5</source>
        <translation>Sekunden, etwa 2.5</translation>
    </message>
    <message>
        <source>as fast as N tokens/s</source>
        <translation>so schnell wie N Tokens/s</translation>
    </message>
    <message>
        <source>is written in language</source>
        <translation>ist in der Sprache geschrieben</translation>
    </message>
    <message>
        <source>A language, such as French or fr</source>
        <translation>Eine Sprache, etwa Französisch oder fr</translation>
    </message>
    <message>
        <source>ends because of</source>
        <translation>endet wegen</translation>
    </message>
    <message>
        <source>stop, length or tool_calls</source>
        <translation>stop, length oder tool_calls</translation>
    </message>
    <message>
        <source>similar to this answer (optional)</source>
        <translation>ähnelt dieser Musterantwort (optional)</translation>
    </message>
    <message>
        <source>The answer a reply should resemble</source>
        <translation>Die Musterantwort, der eine Antwort ähneln soll</translation>
    </message>
    <message>
        <source>a judge model grades it against this rubric (optional)</source>
        <translation>ein Bewertungsmodell benotet sie nach diesem Maßstab (optional)</translation>
    </message>
    <message>
        <source>What a good reply does, in plain words</source>
        <translation>Was eine gute Antwort ausmacht, in einfachen Worten</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Picture {name}</source>
        <translation>Bild {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Do not send {name}</source>
        <translation>{name} nicht senden</translation>
    </message>
</context>
<context>
    <name>TokenSettings</name>
    <message>
        <source>Hugging Face token</source>
        <translation>Hugging-Face-Token</translation>
    </message>
    <message>
        <source>Some models ask you to accept their licence on Hugging Face before you can download them. With a token, Hearth can download those for you. A “Read” token is enough: &lt;a href=&quot;{url}&quot;&gt;create one on huggingface.co&lt;/a&gt;.</source>
        <translation>Manche Modelle verlangen, dass Sie ihre Lizenz auf Hugging Face akzeptieren, bevor Sie sie herunterladen können. Mit einem Token kann Hearth diese für Sie herunterladen. Ein „Read“-Token genügt: &lt;a href=&quot;{url}&quot;&gt;Erstellen Sie eines auf huggingface.co&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Paste your token here (it starts with hf_)</source>
        <translation>Fügen Sie Ihr Token hier ein (es beginnt mit hf_)</translation>
    </message>
    <message>
        <source>Save and test</source>
        <translation>Speichern und testen</translation>
    </message>
    <message>
        <source>Save and test the token</source>
        <translation>Token speichern und testen</translation>
    </message>
    <message>
        <source>Keep the token and check it with Hugging Face</source>
        <translation>Token speichern und bei Hugging Face prüfen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the token</source>
        <translation>Token entfernen</translation>
    </message>
    <message>
        <source>Forget the saved token</source>
        <translation>Gespeichertes Token vergessen</translation>
    </message>
    <message>
        <source>Keep the token in a file only I can read, so Hearth still has it after it closes</source>
        <translation>Token in einer Datei speichern, die nur ich lesen kann, damit Hearth es auch nach dem Beenden noch hat</translation>
    </message>
    <message>
        <source>Keep the token in a file</source>
        <translation>Token in einer Datei speichern</translation>
    </message>
    <message>
        <source>Ticked, the token is saved in {file}, which only your account can read; anyone who can read your files (an administrator, a backup) could read it too.</source>
        <translation>Wenn angehakt, wird das Token in {file} gespeichert, die nur Ihr Konto lesen kann; wer Ihre Dateien lesen kann (ein Administrator, eine Sicherung), könnte es ebenfalls lesen.</translation>
    </message>
    <message>
        <source>Looking for a saved token…</source>
        <translation>Gespeichertes Token wird gesucht…</translation>
    </message>
    <message>
        <source>A token is saved.</source>
        <translation>Ein Token ist gespeichert.</translation>
    </message>
    <message>
        <source>No token is saved.</source>
        <translation>Kein Token gespeichert.</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>Token wird gespeichert…</translation>
    </message>
    <message>
        <source>Checking the token with Hugging Face…</source>
        <translation>Token wird bei Hugging Face geprüft…</translation>
    </message>
    <message>
        <source>Hearth will forget it when it closes, because this computer has no password store. To keep it, tick “Keep the token in a file” and save it again.</source>
        <translation>Hearth vergisst es beim Beenden, weil dieser Computer keinen Passwortspeicher hat. Um es zu behalten, haken Sie „Token in einer Datei speichern“ an und speichern Sie es erneut.</translation>
    </message>
    <message>
        <source>The token was removed.</source>
        <translation>Das Token wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Einmal erlauben</translation>
    </message>
    <message>
        <source>Always for this tool</source>
        <translation>Immer für dieses Tool</translation>
    </message>
    <message>
        <source>Always for this server</source>
        <translation>Immer für diesen Server</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The model wants to run this tool. Allow it?</source>
        <translation>Das Modell möchte dieses Tool ausführen. Erlauben?</translation>
    </message>
    <message>
        <source>This tool changed since you allowed it always:</source>
        <translation>Dieses Tool hat sich geändert, seit Sie es dauerhaft erlaubt haben:</translation>
    </message>
    <message>
        <source>Tool call: {tool} on {server}</source>
        <translation>Tool-Aufruf: {tool} auf {server}</translation>
    </message>
    <message>
        <source>Tool call: {tool}</source>
        <translation>Tool-Aufruf: {tool}</translation>
    </message>
    <message>
        <source>Arguments of the call to {tool}</source>
        <translation>Argumente des Aufrufs von {tool}</translation>
    </message>
    <message>
        <source>Deny: {tool}</source>
        <translation>Ablehnen: {tool}</translation>
    </message>
    <message>
        <source>Allow once: {tool}</source>
        <translation>Einmal erlauben: {tool}</translation>
    </message>
    <message>
        <source>Always for this tool: {tool}</source>
        <translation>Immer für dieses Tool: {tool}</translation>
    </message>
    <message>
        <source>Always for this server: {tool}</source>
        <translation>Immer für diesen Server: {tool}</translation>
    </message>
    <message>
        <source>Show the result of {tool}</source>
        <translation>Ergebnis von {tool} anzeigen</translation>
    </message>
    <message>
        <source>Result of the call to {tool}</source>
        <translation>Ergebnis des Aufrufs von {tool}</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Done in {seconds} s</source>
        <translation>Fertig in {seconds} s</translation>
    </message>
</context>
<context>
    <name>ToolServerDialog</name>
    <message>
        <source>Edit tool server</source>
        <translation>Tool-Server bearbeiten</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Tool-Server hinzufügen</translation>
    </message>
    <message>
        <source>A program on this computer</source>
        <translation>Ein Programm auf diesem Computer</translation>
    </message>
    <message>
        <source>A server at an address</source>
        <translation>Ein Server unter einer Adresse</translation>
    </message>
    <message>
        <source>e.g. npx -y @modelcontextprotocol/server-filesystem ~/Notes</source>
        <translation>z. B. npx -y @modelcontextprotocol/server-filesystem ~/Notes</translation>
    </message>
    <message>
        <source>One per line: NAME=value</source>
        <translation>Eine pro Zeile: NAME=Wert</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8000/mcp</source>
        <translation>z. B. http://127.0.0.1:8000/mcp</translation>
    </message>
    <message>
        <source>One per line: Name=value</source>
        <translation>Einer pro Zeile: Name=Wert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Folder (optional)</source>
        <translation>Ordner (optional)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>A program gets only a few of Hearth&apos;s environment variables (HOME, PATH, LANG…) and the ones written here. Values whose names look secret (API_KEY, TOKEN, Authorization…) are kept in the password store, not in mcp.json; ${keyring} stands for one kept there. Every call a model makes asks you first.</source>
        <translation>Ein Programm erhält nur wenige von Hearths Umgebungsvariablen (HOME, PATH, LANG…) und die hier eingetragenen. Werte, deren Namen geheim aussehen (API_KEY, TOKEN, Authorization…), werden im Passwortspeicher abgelegt, nicht in mcp.json; ${keyring} steht für einen dort gespeicherten Wert. Jeder Aufruf eines Modells fragt Sie zuerst.</translation>
    </message>
    <message>
        <source>“{line}” is not a header: write NAME=value.</source>
        <translation>„{line}“ ist kein Header: Schreiben Sie NAME=Wert.</translation>
    </message>
    <message>
        <source>“{line}” is not an environment variable: write NAME=value.</source>
        <translation>„{line}“ ist keine Umgebungsvariable: Schreiben Sie NAME=Wert.</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Arbeitsordner</translation>
    </message>
    <message>
        <source>Environment variables, one per line</source>
        <translation>Umgebungsvariablen, eine pro Zeile</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Headers, one per line</source>
        <translation>Header, einer pro Zeile</translation>
    </message>
    <message>
        <source>Write the server&apos;s address, starting with http:// or https://.</source>
        <translation>Geben Sie die Adresse des Servers ein, beginnend mit http:// oder https://.</translation>
    </message>
    <message>
        <source>The command has an unclosed quote.</source>
        <translation>Im Befehl fehlt ein schließendes Anführungszeichen.</translation>
    </message>
    <message>
        <source>Write the command that starts the server, e.g. uvx mcp-server-time.</source>
        <translation>Geben Sie den Befehl ein, der den Server startet, z. B. uvx mcp-server-time.</translation>
    </message>
</context>
<context>
    <name>ToolServersState</name>
    <message>
        <source>{file} lists no tool servers.</source>
        <translation>{file} enthält keine Tool-Server.</translation>
    </message>
</context>
<context>
    <name>ToolTurn</name>
    <message>
        <source>Switch some off with the Tools button.</source>
        <translation>Schalten Sie einige mit der Schaltfläche „Tools“ aus.</translation>
    </message>
</context>
<context>
    <name>ToolUse</name>
    <message>
        <source>it is not valid JSON ({problem})</source>
        <comment>tool_use.approvals-not-json</comment>
        <translation>die Datei ist kein gültiges JSON ({problem})</translation>
    </message>
    <message>
        <source>The remembered tool approvals could not be used: {problem}. The file was kept as {aside}; tool calls ask again until new answers are remembered.</source>
        <comment>tool_use.approvals-damaged</comment>
        <translation>Die gespeicherten Tool-Freigaben konnten nicht verwendet werden: {problem}. Die Datei wurde als {aside} aufbewahrt; Tool-Aufrufe fragen erneut, bis neue Antworten gespeichert sind.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <comment>tool_use.approvals-not-object</comment>
        <translation>die Datei ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it has no “servers” object</source>
        <comment>tool_use.approvals-no-servers</comment>
        <translation>sie hat kein „servers“-Objekt</translation>
    </message>
    <message>
        <source>the answers for “{identity}” are not an object</source>
        <comment>tool_use.approvals-bad-server</comment>
        <translation>die Antworten für „{identity}“ sind kein Objekt</translation>
    </message>
    <message>
        <source>about </source>
        <comment>tool_use.about</comment>
        <translation>etwa </translation>
    </message>
    <message>
        <source>The tools offered would take {about}{total:,} tokens of the model&apos;s {context:,}-token context, more than a quarter, leaving less room for the conversation.</source>
        <comment>tool_use.tools-too-big</comment>
        <translation>Die angebotenen Tools würden {about}{total:,} Tokens des Kontexts des Modells von {context:,} Tokens belegen, mehr als ein Viertel, sodass weniger Platz für die Unterhaltung bleibt.</translation>
    </message>
    <message>
        <source>{said} Switching off {listed} would help most.</source>
        <comment>tool_use.switch-off-servers</comment>
        <translation>{said} Am meisten würde es helfen, {listed} auszuschalten.</translation>
    </message>
    <message>
        <source>{said} Switching off some tools of {server}, the biggest first — {listed} — would help.</source>
        <comment>tool_use.switch-off-tools-of</comment>
        <translation>{said} Es würde helfen, einige Tools von {server} auszuschalten, die größten zuerst – {listed}.</translation>
    </message>
    <message>
        <source>{said} Switching off some tools, the biggest first — {listed} — would help.</source>
        <comment>tool_use.switch-off-tools</comment>
        <translation>{said} Es würde helfen, einige Tools auszuschalten, die größten zuerst – {listed}.</translation>
    </message>
    <message>
        <source>{name} ({about}{tokens:,} tokens)</source>
        <comment>tool_use.listed-size</comment>
        <translation>{name} ({about}{tokens:,} Tokens)</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <comment>tool_use.list-and</comment>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <source>The tokenizer of {name} could not be read, so the tools&apos; sizes cannot be counted with it. Check that the file is a complete GGUF model.</source>
        <comment>tool_use.tokenizer-unreadable</comment>
        <translation>Der Tokenizer von {name} konnte nicht gelesen werden, daher lassen sich die Größen der Tools damit nicht zählen. Prüfen Sie, ob die Datei ein vollständiges GGUF-Modell ist.</translation>
    </message>
    <message>
        <source>Hearth&apos;s document search has no tool called “{tool}”; it has only “{known}”.</source>
        <comment>tool_use.search-unknown-tool</comment>
        <translation>Die Dokumentsuche von Hearth hat kein Tool namens „{tool}“; sie hat nur „{known}“.</translation>
    </message>
    <message>
        <source>{tool} needs a query: a question or a few words to look for.</source>
        <comment>tool_use.search-needs-query</comment>
        <translation>{tool} braucht eine Suchanfrage: eine Frage oder ein paar Wörter, nach denen gesucht werden soll.</translation>
    </message>
    <message>
        <source>There is no document collection called “{collection}” any more, so nothing was searched.</source>
        <comment>tool_use.search-collection-gone</comment>
        <translation>Es gibt keine Dokumentsammlung namens „{collection}“ mehr, daher wurde nichts durchsucht.</translation>
    </message>
    <message>
        <source>The collection “{collection}” has no documents read into it yet, so there is nothing to search: add documents to it on the Documents page (or with `hearth docs add`).</source>
        <comment>tool_use.search-empty-collection</comment>
        <translation>Die Sammlung „{collection}“ enthält noch keine eingelesenen Dokumente, daher gibt es nichts zu durchsuchen: Fügen Sie ihr auf der Seite „Dokumente“ Dokumente hinzu (oder mit `hearth docs add`).</translation>
    </message>
    <message>
        <source>The collection “{collection}” was indexed with another embedding model than the one it is set to use now, so it cannot be searched until it is indexed again on the Documents page.</source>
        <comment>tool_use.search-needs-reindex</comment>
        <translation>Die Sammlung „{collection}“ wurde mit einem anderen Embedding-Modell indiziert als dem, das sie jetzt verwenden soll, daher kann sie erst durchsucht werden, wenn sie auf der Seite „Dokumente“ neu indiziert wurde.</translation>
    </message>
    <message>
        <source>Hearth&apos;s document search did not answer within {timeout_s:g} seconds (its embedding model was busy or still loading), so Hearth stopped waiting. It can be asked again.</source>
        <comment>tool_use.search-timed-out</comment>
        <translation>Die Dokumentsuche von Hearth hat nicht innerhalb von {timeout_s:g} Sekunden geantwortet (ihr Embedding-Modell war beschäftigt oder wurde noch geladen), daher hat Hearth aufgehört zu warten. Sie kann erneut gefragt werden.</translation>
    </message>
    <message>
        <source>The tool call the model had to write was cut off by the reply&apos;s token limit, so nothing ran; allow longer replies.</source>
        <comment>tool_use.forced-call-cut-off</comment>
        <translation>Der Tool-Aufruf, den das Modell schreiben musste, wurde durch das Tokenlimit der Antwort abgeschnitten, daher wurde nichts ausgeführt; lassen Sie längere Antworten zu.</translation>
    </message>
    <message>
        <source>The model asked for more tools after {count} round of tool calls; Hearth stopped there.</source>
        <comment>tool_use.stopped-after-round</comment>
        <translation>Das Modell hat nach {count} Runde Tool-Aufrufe weitere Tools angefordert; Hearth hat dort angehalten.</translation>
    </message>
    <message>
        <source>The model asked for more tools after {count} rounds of tool calls; Hearth stopped there.</source>
        <comment>tool_use.stopped-after-rounds</comment>
        <translation>Das Modell hat nach {count} Runden Tool-Aufrufe weitere Tools angefordert; Hearth hat dort angehalten.</translation>
    </message>
    <message>
        <source>The model asked again for {tool} with the same arguments; Hearth stopped there rather than run the same call twice.</source>
        <comment>tool_use.stopped-repeated-call</comment>
        <translation>Das Modell hat {tool} erneut mit denselben Argumenten angefordert; Hearth hat dort angehalten, statt denselben Aufruf zweimal auszuführen.</translation>
    </message>
    <message>
        <source>The model still wrote tool calls that cannot run after {tries} tries to correct them; Hearth stopped there.</source>
        <comment>tool_use.stopped-unrepaired</comment>
        <translation>Das Modell hat nach {tries} Korrekturversuchen immer noch Tool-Aufrufe geschrieben, die nicht ausgeführt werden können; Hearth hat dort angehalten.</translation>
    </message>
    <message>
        <source>There is no tool server called “{name}” in this conversation.</source>
        <comment>tool_use.server-not-in-conversation</comment>
        <translation>In dieser Unterhaltung gibt es keinen Tool-Server namens „{name}“.</translation>
    </message>
</context>
<context>
    <name>ToolsButton</name>
    <message>
        <source>Let the model use tools: tool servers (MCP) chosen for this conversation</source>
        <translation>Das Modell Tools nutzen lassen: für diese Unterhaltung gewählte Tool-Server (MCP)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Tools ({count})</source>
        <translation>Tools ({count})</translation>
    </message>
    <message>
        <source>Tools: none on</source>
        <translation>Tools: keine an</translation>
    </message>
    <message numerus="yes">
        <source>Tools: %n servers on</source>
        <translation>
            <numerusform>Tools: %n Server an</numerusform>
            <numerusform>Tools: %n Server an</numerusform>
        </translation>
    </message>
    <message>
        <source>No tool servers yet</source>
        <translation>Noch keine Tool-Server</translation>
    </message>
    <message>
        <source>Search my documents</source>
        <translation>Meine Dokumente durchsuchen</translation>
    </message>
    <message>
        <source>The model searches this conversation&apos;s collection when it decides to, and shows its sources</source>
        <translation>Das Modell durchsucht die Sammlung dieser Unterhaltung, wenn es das für richtig hält, und zeigt seine Quellen</translation>
    </message>
    <message>
        <source>Choose a collection to answer from first</source>
        <translation>Zuerst eine Sammlung für die Antworten wählen</translation>
    </message>
    <message>
        <source>Make the model call a tool first</source>
        <translation>Modell zuerst ein Tool aufrufen lassen</translation>
    </message>
    <message>
        <source>Each reply begins with a call to one of the chosen tools</source>
        <translation>Jede Antwort beginnt mit dem Aufruf eines der gewählten Tools</translation>
    </message>
    <message>
        <source>Start the servers to see their tools</source>
        <translation>Starten Sie die Server, um ihre Tools zu sehen</translation>
    </message>
    <message>
        <source>Manage tools…</source>
        <translation>Tools verwalten…</translation>
    </message>
</context>
<context>
    <name>ToolsSettings</name>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Tool servers (MCP) let a model read a folder, check the time or search the web, as in Claude Desktop or LM Studio. Turn them on per conversation with the Tools button in Chat; every call asks you first.</source>
        <translation>Tool-Server (MCP) lassen ein Modell einen Ordner lesen, die Uhrzeit abfragen oder im Web suchen, wie in Claude Desktop oder LM Studio. Schalten Sie sie pro Unterhaltung mit der Schaltfläche „Tools“ im Chat ein; jeder Aufruf fragt Sie zuerst.</translation>
    </message>
    <message>
        <source>Server or tool</source>
        <translation>Server oder Tool</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Tool servers and their tools</source>
        <translation>Tool-Server und ihre Tools</translation>
    </message>
    <message>
        <source>Space turns the chosen tool on or off</source>
        <translation>Leertaste schaltet das gewählte Tool ein oder aus</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Tool-Server hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the chosen tool server</source>
        <translation>Gewählten Tool-Server bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen tool server</source>
        <translation>Gewählten Tool-Server entfernen</translation>
    </message>
    <message>
        <source>Start and list tools</source>
        <translation>Starten und Tools auflisten</translation>
    </message>
    <message>
        <source>≈{count} tokens</source>
        <translation>≈{count} Tokens</translation>
    </message>
    <message>
        <source>Remove the tool server “{name}”? Its tools stop being offered to models.</source>
        <translation>Tool-Server „{name}“ entfernen? Seine Tools werden Modellen nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>From {app}</source>
        <translation>Aus {app}</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Forget approvals</source>
        <translation>Freigaben vergessen</translation>
    </message>
    <message>
        <source>Every tool asks again before its next call</source>
        <translation>Jedes Tool fragt vor seinem nächsten Aufruf erneut</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message numerus="yes">
        <source>Running · %n tool(s)</source>
        <translation>
            <numerusform>Läuft · %n Tool</numerusform>
            <numerusform>Läuft · %n Tools</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start</source>
        <translation>Start fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Noch nicht gestartet</translation>
    </message>
    <message>
        <source>Remove tool server</source>
        <translation>Tool-Server entfernen</translation>
    </message>
    <message>
        <source>Every tool call will ask you again before it runs.</source>
        <translation>Jeder Tool-Aufruf fragt Sie erneut, bevor er ausgeführt wird.</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Aus einer Datei…</translation>
    </message>
    <message>
        <source>Import tool servers</source>
        <translation>Tool-Server importieren</translation>
    </message>
</context>
<context>
    <name>TranscribeOptionsPanel</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of the recording</source>
        <translation>Sprache der Aufnahme</translation>
    </message>
    <message>
        <source>Detect the language</source>
        <translation>Sprache erkennen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Write down what is said</source>
        <translation>Aufschreiben, was gesagt wird</translation>
    </message>
    <message>
        <source>Translate it to English</source>
        <translation>Ins Englische übersetzen</translation>
    </message>
    <message>
        <source>Skip silence and noise (fewer invented sentences)</source>
        <translation>Stille und Geräusche überspringen (weniger erfundene Sätze)</translation>
    </message>
    <message>
        <source>Time every word (tighter subtitles, a little slower)</source>
        <translation>Zeitmarke für jedes Wort (genauere Untertitel, etwas langsamer)</translation>
    </message>
    <message>
        <source>Fast mode (several parts at once; subtitle times are approximate without word times)</source>
        <translation>Schnellmodus (mehrere Teile gleichzeitig; ohne Wortzeiten sind die Untertitelzeiten ungefähr)</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>Names and terms to spell right, e.g. “Hearth, Whisper, Ana Lopes” (optional)</source>
        <translation>Namen und Begriffe, die richtig geschrieben werden sollen, z. B. „Hearth, Whisper, Ana Lopes“ (optional)</translation>
    </message>
    <message>
        <source>Vocabulary: names and terms to spell right</source>
        <translation>Vokabular: Namen und Begriffe, die richtig geschrieben werden sollen</translation>
    </message>
    <message>
        <source>Beam size</source>
        <translation>Beam-Größe</translation>
    </message>
    <message>
        <source>How many guesses Whisper weighs at each step: more is a little better and slower</source>
        <translation>Wie viele Varianten Whisper bei jedem Schritt abwägt: mehr ist etwas besser und langsamer</translation>
    </message>
</context>
<context>
    <name>TranscribePage</name>
    <message>
        <source>{formats} and {last}</source>
        <translation>{formats} und {last}</translation>
    </message>
    <message>
        <source>Each transcript is saved automatically as {formats} in {folder}, never over a file of yours.</source>
        <translation>Jedes Transkript wird automatisch als {formats} in {folder} gespeichert, nie über eine Ihrer Dateien.</translation>
    </message>
    <message>
        <source>Each transcript is saved automatically as {formats} next to its recording, never over a file of yours.</source>
        <translation>Jedes Transkript wird automatisch als {formats} neben seiner Aufnahme gespeichert, nie über eine Ihrer Dateien.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation>Transkribieren</translation>
    </message>
    <message>
        <source>Recordings and videos become transcripts and subtitles on this computer. Nothing is uploaded.</source>
        <translation>Aufnahmen und Videos werden auf diesem Computer zu Transkripten und Untertiteln. Nichts wird hochgeladen.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Transcription options</source>
        <translation>Transkriptionsoptionen</translation>
    </message>
    <message>
        <source>Where transcripts are saved</source>
        <translation>Speicherort der Transkripte</translation>
    </message>
    <message>
        <source>The folder and the formats are in Settings, under Transcripts</source>
        <translation>Ordner und Formate finden Sie in den Einstellungen unter „Transkripte“</translation>
    </message>
    <message>
        <source>No recordings were found in what was dropped.</source>
        <translation>Unter den abgelegten Dateien wurden keine Aufnahmen gefunden.</translation>
    </message>
    <message>
        <source>The transcript of {name} is ready.</source>
        <translation>Das Transkript von {name} ist fertig.</translation>
    </message>
    <message>
        <source>Transcribing {name} failed: {reason}</source>
        <translation>Transkription von {name} fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <source>Summarize this</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>List the action items, with who does what</source>
        <translation>Aufgaben auflisten: wer macht was</translation>
    </message>
    <message>
        <source>Ask my own question</source>
        <translation>Eigene Frage stellen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the whole transcript</source>
        <translation>Gesamtes Transkript kopieren</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern als</translation>
    </message>
    <message>
        <source>Save the transcript as</source>
        <translation>Transkript speichern als</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Show the transcript&apos;s folder</source>
        <translation>Ordner des Transkripts anzeigen</translation>
    </message>
    <message>
        <source>Send to chat</source>
        <translation>An den Chat senden</translation>
    </message>
    <message>
        <source>Send the transcript to the chat</source>
        <translation>Transkript an den Chat senden</translation>
    </message>
    <message>
        <source>Drop a recording to begin; its transcript shows here when it is done.</source>
        <translation>Legen Sie eine Aufnahme ab, um zu beginnen; ihr Transkript erscheint hier, sobald es fertig ist.</translation>
    </message>
    <message>
        <source>No transcript yet.</source>
        <translation>Noch kein Transkript.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as {files} in {folder}.</source>
        <translation>Als {files} in {folder} gespeichert.</translation>
    </message>
    <message>
        <source>Save the transcript as {format}</source>
        <translation>Transkript als {format} speichern</translation>
    </message>
    <message>
        <source>The transcript could not be saved there</source>
        <translation>Das Transkript konnte dort nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved {file} in {folder}.</source>
        <translation>{file} in {folder} gespeichert.</translation>
    </message>
    <message>
        <source>Transcript: {name}</source>
        <translation>Transkript: {name}</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Search the transcript</source>
        <translation>Transkript durchsuchen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Text (double-click to edit)</source>
        <translation>Text (Doppelklick zum Bearbeiten)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>One line per timed segment; F2 or a double-click edits its text</source>
        <translation>Eine Zeile pro Zeitsegment; F2 oder ein Doppelklick bearbeitet den Text</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n lines</source>
        <translation>
            <numerusform>{shown} von %n Zeile</numerusform>
            <numerusform>{shown} von %n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transcription</name>
    <message>
        <source>Waiting to start…</source>
        <comment>transcription.waiting</comment>
        <translation>Wartet auf den Start…</translation>
    </message>
    <message>
        <source>The folder chosen for transcripts could not be written, so they are in {folder}.</source>
        <comment>transcription.fallback-folder</comment>
        <translation>Der für Transkripte gewählte Ordner war nicht beschreibbar, daher liegen sie in {folder}.</translation>
    </message>
    <message>
        <source>The transcript could not be saved in {folder}: {problem}.</source>
        <comment>transcription.transcript-not-saved-in-folder</comment>
        <translation>Das Transkript konnte nicht in {folder} gespeichert werden: {problem}.</translation>
    </message>
    <message>
        <source>The transcript could not be saved in {folder} nor in {fallback}: {problem}.</source>
        <comment>transcription.transcript-not-saved</comment>
        <translation>Das Transkript konnte weder in {folder} noch in {fallback} gespeichert werden: {problem}.</translation>
    </message>
</context>
<context>
    <name>TranscriptionQueueList</name>
    <message>
        <source>Transcription queue</source>
        <translation>Transkriptions-Warteschlange</translation>
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
        <translation>Transkripte</translation>
    </message>
    <message>
        <source>A file already there is never replaced: the new one gets a number, like “talk (2).srt”.</source>
        <translation>Eine vorhandene Datei wird nie ersetzt: Die neue erhält eine Nummer, etwa „Gespräch (2).srt“.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose a folder for transcripts</source>
        <translation>Ordner für Transkripte wählen</translation>
    </message>
    <message>
        <source>Next to each recording</source>
        <translation>Neben jeder Aufnahme</translation>
    </message>
    <message>
        <source>Save transcripts next to each recording</source>
        <translation>Transkripte neben jeder Aufnahme speichern</translation>
    </message>
    <message>
        <source>Save automatically as</source>
        <translation>Automatisch speichern als</translation>
    </message>
    <message>
        <source>Save automatically as {format}</source>
        <translation>Automatisch als {format} speichern</translation>
    </message>
    <message>
        <source>Choose where transcripts are saved</source>
        <translation>Wählen, wo Transkripte gespeichert werden</translation>
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
        <translation>Werte der Variablen des Prompts, ein Fall pro Zeile</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen row</source>
        <translation>Gewählte Zeile entfernen</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Zeilen einfügen</translation>
    </message>
    <message>
        <source>Rows copied from a spreadsheet: one case a line, values apart by tabs</source>
        <translation>Aus einer Tabellenkalkulation kopierte Zeilen: ein Fall pro Zeile, Werte durch Tabs getrennt</translation>
    </message>
    <message>
        <source>Values: one case per row</source>
        <translation>Werte: ein Fall pro Zeile</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Hearth&apos;s language; Settings can change it later</source>
        <translation>Sprache von Hearth; später in den Einstellungen änderbar</translation>
    </message>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Willkommen bei Hearth</translation>
    </message>
    <message>
        <source>Hearth runs open AI models on this computer. Nothing you type, show or say leaves it, and once a model is here it works offline.</source>
        <translation>Hearth führt offene KI-Modelle auf diesem Computer aus. Nichts, was Sie eingeben, zeigen oder sagen, verlässt ihn, und sobald ein Modell hier ist, funktioniert es offline.</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Find a model for this computer</source>
        <translation>Ein Modell für diesen Computer finden</translation>
    </message>
    <message>
        <source>Hearth looks at your hardware and suggests three chat models that run well on it.</source>
        <translation>Hearth untersucht Ihre Hardware und schlägt drei Chatmodelle vor, die gut darauf laufen.</translation>
    </message>
    <message>
        <source>I already have models</source>
        <translation>Ich habe schon Modelle</translation>
    </message>
    <message>
        <source>Add GGUF files you have, or use the ones found from LM Studio, Ollama or the Hugging Face cache.</source>
        <translation>Fügen Sie vorhandene GGUF-Dateien hinzu oder nutzen Sie die in LM Studio, Ollama oder im Hugging-Face-Cache gefundenen.</translation>
    </message>
    <message>
        <source>Transcribe a file</source>
        <translation>Eine Datei transkribieren</translation>
    </message>
    <message>
        <source>Turn a recording or a video into text and subtitles, made on this computer.</source>
        <translation>Eine Aufnahme oder ein Video in Text und Untertitel verwandeln, direkt auf diesem Computer.</translation>
    </message>
</context>
</TS>
