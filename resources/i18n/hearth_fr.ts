<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AttachedDocuments</name>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Documents ({patterns})</translation>
    </message>
    <message>
        <source>The reply will read:</source>
        <translation>La réponse s&apos;appuiera sur&#xa0;:</translation>
    </message>
    <message>
        <source>{path}
Click to leave it out</source>
        <translation>{path}
Cliquez pour l&apos;exclure</translation>
    </message>
    <message>
        <source>Leave out {name}</source>
        <translation>Exclure {name}</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>ChatComposer</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Envoyer le message (Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Stop the reply; what it wrote so far is kept (Esc)</source>
        <translation>Arrêter la réponse&#xa0;; le texte déjà écrit est conservé (Esc)</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Keep your message as it was (Esc)</source>
        <translation>Garder votre message tel quel (Esc)</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <source>Show the model a picture (or drop one on the chat, or paste it)</source>
        <translation>Montrer une image au modèle (ou en déposer une dans la conversation, ou la coller)</translation>
    </message>
    <message>
        <source>Document…</source>
        <translation>Document…</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <source>Ask about a document: txt, md, pdf, docx, html (or drop one here)</source>
        <translation>Poser une question sur un document&#xa0;: txt, md, pdf, docx, html (ou le déposer ici)</translation>
    </message>
    <message>
        <source>Use {model}</source>
        <translation>Utiliser {model}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <source>Show the model a picture</source>
        <translation>Montrer une image au modèle</translation>
    </message>
    <message>
        <source>Ask about a document</source>
        <translation>Poser une question sur un document</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Ce modèle</translation>
    </message>
    <message>
        <source>{model} cannot see images, and no model on this computer that fits can. Discover lists vision models (Qwen2.5-VL, Gemma 3, SmolVLM…); or pair a model with its vision companion (an mmproj file) in My Models. Your pictures and text stay here.</source>
        <translation>{model} ne voit pas les images, et aucun modèle adapté de cet ordinateur ne le peut. Découvrir liste des modèles de vision (Qwen2.5-VL, Gemma 3, SmolVLM…)&#xa0;; vous pouvez aussi associer un modèle à son compagnon de vision (un fichier mmproj) dans Mes modèles. Vos images et votre texte restent ici.</translation>
    </message>
    <message>
        <source>{model} cannot see images. Switch to a model that can, then press Send again; your pictures and text stay here.</source>
        <translation>{model} ne voit pas les images. Passez à un modèle qui le peut, puis appuyez à nouveau sur Envoyer&#xa0;; vos images et votre texte restent ici.</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Precise</source>
        <translation>Précis</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Créatif</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>Chargement du modèle</translation>
    </message>
    <message>
        <source>Think first</source>
        <translation>Réfléchir d&apos;abord</translation>
    </message>
    <message>
        <source>This model can reason step by step before it answers (slower, often better)</source>
        <translation>Ce modèle peut raisonner étape par étape avant de répondre (plus lent, souvent meilleur)</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Reply style</source>
        <translation>Style de réponse</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Show the chat options</source>
        <translation>Afficher les options de la conversation</translation>
    </message>
    <message>
        <source>Ready · on {provider}</source>
        <translation>Prêt · sur {provider}</translation>
    </message>
    <message>
        <source>leaves this computer → {host}</source>
        <translation>quitte cet ordinateur → {host}</translation>
    </message>
    <message>
        <source>Your messages and the replies travel to {provider} at {host} and back. Hearth cannot tell what that computer keeps.</source>
        <translation>Vos messages et les réponses transitent vers {provider} sur {host}, puis reviennent. Hearth ne peut pas savoir ce que cet ordinateur conserve.</translation>
    </message>
    <message>
        <source>Ready · {context} tokens of context · sees images · loaded in {seconds} s</source>
        <translation>Prêt · contexte de {context} tokens · voit les images · chargé en {seconds} s</translation>
    </message>
    <message>
        <source>Ready · {context} tokens of context · loaded in {seconds} s</source>
        <translation>Prêt · contexte de {context} tokens · chargé en {seconds} s</translation>
    </message>
</context>
<context>
    <name>ChatOptions</name>
    <message>
        <source>Top-p: the model picks only among its likeliest next words that together make up this share; lower is more focused, 1 leaves every word in.</source>
        <translation>Top-p&#xa0;: le modèle choisit seulement parmi ses mots suivants les plus probables qui, ensemble, atteignent cette part&#xa0;; plus bas, il est plus ciblé&#xa0;; 1 garde tous les mots.</translation>
    </message>
    <message>
        <source>Top-k: the model picks only among this many likeliest next words; 0 leaves every word in.</source>
        <translation>Top-k&#xa0;: le modèle choisit seulement parmi ce nombre de mots suivants les plus probables&#xa0;; 0 garde tous les mots.</translation>
    </message>
    <message>
        <source>Min-p: leaves out words far less likely than the likeliest one (this share of its chance); higher is more focused, 0 turns it off.</source>
        <translation>Min-p&#xa0;: écarte les mots bien moins probables que le plus probable (cette part de sa probabilité)&#xa0;; plus haut, il est plus ciblé&#xa0;; 0 le désactive.</translation>
    </message>
    <message>
        <source>Repeat penalty: above 1, words the reply has just used become less likely, so it repeats itself less; 1 turns it off.</source>
        <translation>Pénalité de répétition&#xa0;: au-dessus de 1, les mots que la réponse vient d&apos;utiliser deviennent moins probables, elle se répète donc moins&#xa0;; 1 la désactive.</translation>
    </message>
    <message>
        <source>Conversation memory: how the model keeps the conversation it has read (its KV cache). q8_0 needs about half the memory, so a long context fits where it would not; replies change very little.</source>
        <translation>Mémoire de la conversation&#xa0;: la façon dont le modèle garde la conversation qu&apos;il a lue (son cache KV). q8_0 demande environ deux fois moins de mémoire&#xa0;: un long contexte tient là où il ne tiendrait pas&#xa0;; les réponses changent très peu.</translation>
    </message>
    <message>
        <source>Layers on the graphics card: how many of the model&apos;s layers run on the graphics card (faster); the rest run on the processor. Automatic puts as many as fit.</source>
        <translation>Couches sur la carte graphique&#xa0;: combien de couches du modèle s&apos;exécutent sur la carte graphique (plus rapide)&#xa0;; les autres s&apos;exécutent sur le processeur. Automatique en place autant que possible.</translation>
    </message>
    <message>
        <source>Standard (f16)</source>
        <translation>Standard (f16)</translation>
    </message>
    <message>
        <source>Smaller, for long context (q8_0)</source>
        <translation>Réduite, pour un long contexte (q8_0)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
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
        <translation>Pénalité de répétition</translation>
    </message>
    <message>
        <source>Longest reply (tokens)</source>
        <translation>Réponse maximale (tokens)</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>Contexte (tokens)</translation>
    </message>
    <message>
        <source>Layers on the graphics card</source>
        <translation>Couches sur la carte graphique</translation>
    </message>
    <message>
        <source>Conversation memory</source>
        <translation>Mémoire de la conversation</translation>
    </message>
    <message>
        <source>System prompt: how the model should behave (optional)</source>
        <translation>Prompt système&#xa0;: comment le modèle doit se comporter (facultatif)</translation>
    </message>
    <message>
        <source>Speed up replies that quote the prompt</source>
        <translation>Accélérer les réponses qui citent le prompt</translation>
    </message>
    <message>
        <source>When a reply repeats words from your message or documents (a summary, a list of action items, an edited text), Hearth guesses several words at once and checks them. The reply is the same; it only arrives sooner. Hearth turns this off by itself for a model where it does not pay.</source>
        <translation>Quand une réponse reprend des mots de votre message ou de vos documents (un résumé, une liste d&apos;actions, un texte corrigé), Hearth devine plusieurs mots à la fois et les vérifie. La réponse est identique&#xa0;; elle arrive seulement plus tôt. Hearth désactive ceci de lui-même pour un modèle où ce n&apos;est pas rentable.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Cannot estimate this model&apos;s memory: {reason}</source>
        <translation>Impossible d&apos;estimer la mémoire de ce modèle&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Conversation memory ({kind}): {size}.</source>
        <translation>Mémoire de la conversation ({kind})&#xa0;: {size}.</translation>
    </message>
    <message>
        <source>Needs about {size} with {context} context. {memory}</source>
        <translation>Demande environ {size} avec un contexte de {context}. {memory}</translation>
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
        <translation>Attendez la fin de cette réponse (ou arrêtez-la), puis renvoyez la transcription à la conversation.</translation>
    </message>
    <message>
        <source>Choose a model first (the list above shows how each one fits this computer).</source>
        <translation>Choisissez d&apos;abord un modèle (la liste ci-dessus montre comment chacun convient à cet ordinateur).</translation>
    </message>
    <message>
        <source>Editing your message: send it to replace it and everything after it.</source>
        <translation>Modification de votre message&#xa0;: envoyez-le pour le remplacer, ainsi que tout ce qui suit.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>Hearth is still looking at this computer; choose the model again in a moment.</source>
        <translation>Hearth examine encore cet ordinateur&#xa0;; choisissez à nouveau le modèle dans un instant.</translation>
    </message>
    <message>
        <source>This window cannot use other computers&apos; models.</source>
        <translation>Cette fenêtre ne peut pas utiliser les modèles d&apos;autres ordinateurs.</translation>
    </message>
    <message>
        <source>That other computer was removed in Settings.</source>
        <translation>Cet autre ordinateur a été retiré dans les Paramètres.</translation>
    </message>
    <message>
        <source>Answered from the files attached to this conversation; the collection “{collection}” was not searched. Start a new conversation to ask the collection.</source>
        <translation>Réponse tirée des fichiers joints à cette conversation&#xa0;; la collection «&#xa0;{collection}&#xa0;» n&apos;a pas été consultée. Démarrez une nouvelle conversation pour interroger la collection.</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>La réponse a échoué</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; ask again in a moment.</source>
        <translation>Hearth examine encore cet ordinateur&#xa0;; redemandez dans un instant.</translation>
    </message>
</context>
<context>
    <name>ChatTranscript</name>
    <message>
        <source>About this chat</source>
        <translation>À propos de cette conversation</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier messages</source>
        <translation>
            <numerusform>Afficher %n message précédent</numerusform>
            <numerusform>Afficher les %n messages précédents</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
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
        <translation>Réussit quand la réponse ne fait pas ceci</translation>
    </message>
    <message>
        <source>weight </source>
        <translation>poids </translation>
    </message>
    <message>
        <source>How much this check counts in the score (0: shown, never counted)</source>
        <translation>Importance de cette vérification dans le score (0&#xa0;: affichée, jamais comptée)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>“{type}”: Hearth does not run this check; it is kept as written</source>
        <translation>«&#xa0;{type}&#xa0;»&#xa0;: Hearth n&apos;exécute pas cette vérification&#xa0;; elle est conservée telle quelle</translation>
    </message>
    <message>
        <source>Check {number}: what to look for</source>
        <translation>Vérification {number}&#xa0;: ce qu&apos;il faut chercher</translation>
    </message>
    <message>
        <source>Check {number}: a check Hearth does not run</source>
        <translation>Vérification {number}&#xa0;: une vérification que Hearth n&apos;exécute pas</translation>
    </message>
    <message>
        <source>Check {number}: not</source>
        <translation>Vérification {number}&#xa0;: non</translation>
    </message>
    <message>
        <source>Check {number}: value</source>
        <translation>Vérification {number}&#xa0;: valeur</translation>
    </message>
    <message>
        <source>Check {number}: weight</source>
        <translation>Vérification {number}&#xa0;: poids</translation>
    </message>
    <message>
        <source>Remove check {number}</source>
        <translation>Retirer la vérification {number}</translation>
    </message>
    <message>
        <source>Check {number}: problem</source>
        <translation>Vérification {number}&#xa0;: problème</translation>
    </message>
    <message>
        <source>Check {number}: on the sample reply</source>
        <translation>Vérification {number}&#xa0;: sur la réponse exemple</translation>
    </message>
    <message>
        <source>Write the time in seconds, such as 2.5.</source>
        <translation>Indiquez la durée en secondes, par exemple 2,5.</translation>
    </message>
    <message>
        <source>Write what this check looks for.</source>
        <translation>Indiquez ce que cette vérification cherche.</translation>
    </message>
    <message>
        <source>Hearth does not run this optional check yet: it is kept and never counted.</source>
        <translation>Hearth n&apos;exécute pas encore cette vérification facultative&#xa0;: elle est conservée et jamais comptée.</translation>
    </message>
    <message>
        <source>Hearth does not run this check: it is kept as written and never counted.</source>
        <translation>Hearth n&apos;exécute pas cette vérification&#xa0;: elle est conservée telle quelle et jamais comptée.</translation>
    </message>
    <message>
        <source>✓ Passes: {reason}</source>
        <translation>✓ Réussit&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>✗ Fails: {reason}</source>
        <translation>✗ Échoue&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Suite of prompts with checks</source>
        <translation>Suite de prompts avec vérifications</translation>
    </message>
    <message>
        <source>Open a suite…</source>
        <translation>Ouvrir une suite…</translation>
    </message>
    <message>
        <source>Hearth&apos;s JSONL, or a promptfoo configuration (promptfooconfig.yaml)</source>
        <translation>JSONL de Hearth, ou configuration promptfoo (promptfooconfig.yaml)</translation>
    </message>
    <message>
        <source>New suite…</source>
        <translation>Nouvelle suite…</translation>
    </message>
    <message>
        <source>Write your own prompts and checks, in plain words</source>
        <translation>Écrivez vos propres prompts et vérifications, avec des mots simples</translation>
    </message>
    <message>
        <source>Repeats: </source>
        <translation>Répétitions&#xa0;: </translation>
    </message>
    <message>
        <source>Repeats with other seeds</source>
        <translation>Répétitions avec d&apos;autres graines</translation>
    </message>
    <message>
        <source>Each case asked again with another seed: a case that passes only sometimes is flaky</source>
        <translation>Chaque cas est reposé avec une autre graine&#xa0;: un cas qui ne réussit que parfois est instable</translation>
    </message>
    <message>
        <source>Run the checks</source>
        <translation>Lancer les vérifications</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Save the results…</source>
        <translation>Enregistrer les résultats…</translation>
    </message>
    <message>
        <source>As a CSV of every reply, a JSON document or an HTML report</source>
        <translation>En CSV de toutes les réponses, en document JSON ou en rapport HTML</translation>
    </message>
    <message>
        <source>Checks run progress</source>
        <translation>Progression des vérifications</translation>
    </message>
    <message>
        <source>“Similar” checks use</source>
        <translation>Ressemblance mesurée par</translation>
    </message>
    <message>
        <source>Embedding model for “similar” checks</source>
        <translation>Modèle d&apos;embedding pour les vérifications de ressemblance</translation>
    </message>
    <message>
        <source>Optional: without one, “similar” checks are listed and not counted</source>
        <translation>Facultatif&#xa0;: sans modèle, les vérifications de ressemblance sont listées et non comptées</translation>
    </message>
    <message>
        <source>Judge for rubric checks</source>
        <translation>Juge pour les grilles</translation>
    </message>
    <message>
        <source>Judge model for rubric checks</source>
        <translation>Modèle juge pour les vérifications par grille</translation>
    </message>
    <message>
        <source>Optional: a model of this computer grades replies against a rubric (at temperature 0)</source>
        <translation>Facultatif&#xa0;: un modèle de cet ordinateur note les réponses selon une grille (à température 0)</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>Aucun modèle d&apos;embedding</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>Aucun juge</translation>
    </message>
    <message>
        <source>Hearth does not run these checks of the suite, so they are listed and never counted: {names}.</source>
        <translation>Hearth n&apos;exécute pas ces vérifications de la suite&#xa0;; elles sont listées et jamais comptées&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Saved the suite “{name}”. Run it on the panes&apos; models.</source>
        <translation>Suite «&#xa0;{name}&#xa0;» enregistrée. Lancez-la sur les modèles des volets.</translation>
    </message>
    <message>
        <source>, about {seconds} s left</source>
        <translation>, environ {seconds} s restantes</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>Enregistrer les résultats</translation>
    </message>
    <message>
        <source>Hearth saves results as .csv, .json or .html: choose a name that ends with one of them.</source>
        <translation>Hearth enregistre les résultats en .csv, .json ou .html&#xa0;: choisissez un nom qui se termine par l&apos;une de ces extensions.</translation>
    </message>
    <message>
        <source>Hearth could not write {path}: {reason}. Choose another folder.</source>
        <translation>Hearth n&apos;a pas pu écrire {path}&#xa0;: {reason}. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The results are saved in {path}.</source>
        <translation>Les résultats sont enregistrés dans {path}.</translation>
    </message>
    <message>
        <source>Run a suite on the panes&apos; models to see which one passes most here.</source>
        <translation>Lancez une suite sur les modèles des volets pour voir lequel réussit le plus ici.</translation>
    </message>
    <message>
        <source>CSV, every reply (*.csv);;JSON (*.json);;HTML report (*.html)</source>
        <translation>CSV, toutes les réponses (*.csv);;JSON (*.json);;Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>Real work</source>
        <translation>Usage réel</translation>
    </message>
    <message>
        <source>Cases where the models disagree</source>
        <translation>Cas où les modèles divergent</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name} (la vôtre)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit a copy…</source>
        <translation>Modifier une copie…</translation>
    </message>
    <message>
        <source>Change this suite of yours</source>
        <translation>Modifier votre suite</translation>
    </message>
    <message>
        <source>This suite is not yours to change: edit a copy, saved as one of your own</source>
        <translation>Vous ne pouvez pas modifier cette suite&#xa0;: modifiez une copie, enregistrée parmi les vôtres</translation>
    </message>
    <message>
        <source>Open a suite</source>
        <translation>Ouvrir une suite</translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation>Vérifications en cours…</translation>
    </message>
    <message>
        <source>%v of %m replies graded</source>
        <translation>%v réponses notées sur %m</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Code in {language}</source>
        <translation>Code en {language}</translation>
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
        <translation>Répondre à partir d&apos;une de vos collections de documents (créées sur la page Documents)</translation>
    </message>
    <message>
        <source>Documents to answer from</source>
        <translation>Documents pour la réponse</translation>
    </message>
    <message>
        <source>Documents: {collection}</source>
        <translation>Documents&#xa0;: {collection}</translation>
    </message>
    <message>
        <source>No documents</source>
        <translation>Aucun document</translation>
    </message>
</context>
<context>
    <name>CollectionList</name>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Embedding model: {model}</source>
        <translation>Modèle d&apos;embedding&#xa0;: {model}</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation>
            <numerusform>%n fragment</numerusform>
            <numerusform>%n fragments</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — {files}, {chunks} · needs indexing again (new embedding model)</source>
        <translation>{name} — {files}, {chunks} · à réindexer (nouveau modèle d&apos;embedding)</translation>
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
            <numerusform>%n fichier en attente</numerusform>
            <numerusform>%n fichiers en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>These two do not fit together here; Hearth loads them in turn, about {each} s each.</source>
        <comment>compare.two-in-turn</comment>
        <translation>Ces deux modèles ne tiennent pas ensemble en mémoire ici&#xa0;; Hearth les charge tour à tour, environ {each} s chacun.</translation>
    </message>
    <message>
        <source>These {count} do not fit together here; Hearth loads them in turn, about {each} s each.</source>
        <comment>compare.in-turn</comment>
        <translation>Ces {count} modèles ne tiennent pas ensemble en mémoire ici&#xa0;; Hearth les charge tour à tour, environ {each} s chacun.</translation>
    </message>
    <message>
        <source>Line {number} of the file is not JSON.</source>
        <comment>compare.line-not-json</comment>
        <translation>La ligne {number} du fichier n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>Line {number} has no prompt (a string, or an object with a “prompt”).</source>
        <comment>compare.line-without-prompt</comment>
        <translation>La ligne {number} n&apos;a pas de prompt (une chaîne, ou un objet avec un «&#xa0;prompt&#xa0;»).</translation>
    </message>
    <message>
        <source>Hearth cannot read the prompts in {path}.</source>
        <comment>compare.prompts-unreadable</comment>
        <translation>Hearth ne peut pas lire les prompts de {path}.</translation>
    </message>
    <message>
        <source>There are no prompts in {path}.</source>
        <comment>compare.no-prompts</comment>
        <translation>Il n&apos;y a aucun prompt dans {path}.</translation>
    </message>
    <message>
        <source>comparisons file</source>
        <comment>compare.comparisons-file</comment>
        <translation>fichier de comparaisons</translation>
    </message>
    <message>
        <source>There is already a prompt set called “{name}”.</source>
        <comment>compare.prompt-set-exists</comment>
        <translation>Un jeu de prompts nommé «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>That prompt set is gone.</source>
        <comment>compare.prompt-set-gone</comment>
        <translation>Ce jeu de prompts n&apos;existe plus.</translation>
    </message>
    <message>
        <source>That run is gone.</source>
        <comment>compare.run-gone</comment>
        <translation>Cette exécution n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Three panes</source>
        <translation>Trois volets</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Tout arrêter</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the panes&apos; conversations as a Markdown file</source>
        <translation>Enregistrer les conversations des volets dans un fichier Markdown</translation>
    </message>
    <message>
        <source>Ask every pane the same thing…</source>
        <translation>Demander la même chose à chaque volet…</translation>
    </message>
    <message>
        <source>Message for every pane</source>
        <translation>Message pour chaque volet</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>Envoyer à tous</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Prompt sets</source>
        <translation>Jeux de prompts</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Ways to compare</source>
        <translation>Façons de comparer</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Choose a model in every pane.</source>
        <translation>Choisissez un modèle dans chaque volet.</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>Analyse de cet ordinateur…</translation>
    </message>
    <message>
        <source>These fit in memory together: they stay loaded and answer in turn.</source>
        <translation>Ils tiennent ensemble en mémoire&#xa0;: ils restent chargés et répondent à tour de rôle.</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Exporter la comparaison</translation>
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
        <translation>terminée</translation>
    </message>
    <message>
        <source>reached the longest reply</source>
        <translation>longueur max. atteinte</translation>
    </message>
    <message>
        <source>context full</source>
        <translation>contexte plein</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>temp </source>
        <translation>temp. </translation>
    </message>
    <message>
        <source>Temperature: 0 gives the same reply every time</source>
        <translation>Température&#xa0;: 0 donne la même réponse à chaque fois</translation>
    </message>
    <message>
        <source>Temperature of pane {number}</source>
        <translation>Température du volet {number}</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Longest reply</source>
        <translation>Réponse maximale</translation>
    </message>
    <message>
        <source>Longest reply in pane {number}</source>
        <translation>Réponse maximale du volet {number}</translation>
    </message>
    <message>
        <source>Pane {number}</source>
        <translation>Volet {number}</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Plus rapide</translation>
    </message>
    <message>
        <source>Model of pane {number}</source>
        <translation>Modèle du volet {number}</translation>
    </message>
    <message>
        <source>Conversation in pane {number}</source>
        <translation>Conversation du volet {number}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop pane {number}</source>
        <translation>Arrêter le volet {number}</translation>
    </message>
    <message>
        <source>Continue with this one</source>
        <translation>Continuer avec lui</translation>
    </message>
    <message>
        <source>Carry on this conversation in Chat with this pane&apos;s model</source>
        <translation>Poursuivre cette conversation dans Discussion avec le modèle de ce volet</translation>
    </message>
    <message>
        <source>leaves this computer → {host}</source>
        <translation>quitte cet ordinateur → {host}</translation>
    </message>
    <message>
        <source>What you send this pane travels to {computer} at {host}, and its reply back. Hearth cannot tell what that computer keeps.</source>
        <translation>Ce que vous envoyez à ce volet transite vers {computer} sur {host}, et sa réponse revient. Hearth ne peut pas savoir ce que cet ordinateur conserve.</translation>
    </message>
    <message>
        <source>You: {prompt}</source>
        <translation>Vous&#xa0;: {prompt}</translation>
    </message>
    <message>
        <source>waiting for its turn…</source>
        <translation>en attente de son tour…</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>écriture…</translation>
    </message>
    <message>
        <source>on {computer}</source>
        <translation>sur {computer}</translation>
    </message>
    <message>
        <source>{ttft} s to first token · {speed} tokens/s · {tokens} · {ending} · {where}</source>
        <translation>{ttft} s avant le premier token · {speed} tokens/s · {tokens} · {ending} · {where}</translation>
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
        <translation>Écrivez au modèle… (Enter pour envoyer, Shift+Enter pour aller à la ligne)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops a reply, Tab leaves the message</source>
        <translation>Enter envoie, Shift+Enter va à la ligne, Esc arrête une réponse, Tab quitte le message</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Démarrer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Rechercher des conversations</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Right-click a chat to rename, duplicate, export or delete it</source>
        <translation>Clic droit sur une conversation pour la renommer, la dupliquer, l&apos;exporter ou la supprimer</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Renommer la conversation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>conversation</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The chat could not be saved there</source>
        <translation>Impossible d&apos;enregistrer la conversation à cet endroit</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages?</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;» et tous ses messages&#xa0;?</translation>
    </message>
    <message>
        <source>Delete this chat and all its messages?</source>
        <translation>Supprimer cette conversation et tous ses messages&#xa0;?</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Supprimer la conversation</translation>
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
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reused} of %Ln prompt tokens reused</source>
        <translation>
            <numerusform>{reused} sur %Ln jeton du prompt réutilisé</numerusform>
            <numerusform>{reused} sur %Ln jetons du prompt réutilisés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Documents search</source>
        <translation>Recherche de documents</translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation>Toute licence</translation>
    </message>
    <message>
        <source>Business use allowed</source>
        <translation>Usage commercial autorisé</translation>
    </message>
    <message>
        <source>Free licences only (Apache, MIT)</source>
        <translation>Licences libres seulement (Apache, MIT)</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Toute taille</translation>
    </message>
    <message>
        <source>Small (under 3 GB)</source>
        <translation>Petit (moins de 3 Go)</translation>
    </message>
    <message>
        <source>Medium (3–10 GB)</source>
        <translation>Moyen (3–10 Go)</translation>
    </message>
    <message>
        <source>Large (over 10 GB)</source>
        <translation>Grand (plus de 10 Go)</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Découvrir</translation>
    </message>
    <message>
        <source>Help me choose</source>
        <translation>Aidez-moi à choisir</translation>
    </message>
    <message>
        <source>Help me choose a model</source>
        <translation>Aidez-moi à choisir un modèle</translation>
    </message>
    <message>
        <source>Answer two questions and get up to three models that suit you and this computer</source>
        <translation>Répondez à deux questions pour obtenir jusqu&apos;à trois modèles adaptés à vos besoins et à cet ordinateur</translation>
    </message>
    <message>
        <source>Open models you can run privately. The best fits for this computer come first; pick the smallest model that does what you need.</source>
        <translation>Des modèles ouverts à exécuter en privé. Les mieux adaptés à cet ordinateur viennent en premier&#xa0;; prenez le plus petit modèle qui fait ce dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Search models (Ctrl+F)</source>
        <translation>Rechercher des modèles (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Rechercher des modèles</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Taille du téléchargement</translation>
    </message>
    <message>
        <source>Fits this computer</source>
        <translation>Adapté à cet ordinateur</translation>
    </message>
    <message>
        <source>Only models that fit this computer</source>
        <translation>Seulement les modèles adaptés à cet ordinateur</translation>
    </message>
    <message>
        <source>No model matches these filters.</source>
        <translation>Aucun modèle ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every model again</source>
        <translation>Afficher à nouveau tous les modèles</translation>
    </message>
    <message>
        <source>Hearth&apos;s picks, best fits first</source>
        <translation>Sélection de Hearth, les mieux adaptés d&apos;abord</translation>
    </message>
    <message>
        <source>Where to look for models</source>
        <translation>Où chercher des modèles</translation>
    </message>
    <message>
        <source>Hearth&apos;s picks</source>
        <translation>Sélection de Hearth</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Rechercher sur Hugging Face</translation>
    </message>
    <message>
        <source>Checking which models run on this computer…</source>
        <translation>Recherche des modèles qui fonctionnent sur cet ordinateur…</translation>
    </message>
    <message numerus="yes">
        <source>%n models · {runs} run on this computer</source>
        <translation>
            <numerusform>%n modèle · {runs} fonctionnent sur cet ordinateur</numerusform>
            <numerusform>%n modèles · {runs} fonctionnent sur cet ordinateur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models · checking your computer…</source>
        <translation>
            <numerusform>%n modèle · analyse de votre ordinateur…</numerusform>
            <numerusform>%n modèles · analyse de votre ordinateur…</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {model}, chosen in Help me choose. Your other filters were cleared.</source>
        <translation>Affichage de {model}, choisi dans Aidez-moi à choisir. Vos autres filtres ont été effacés.</translation>
    </message>
    <message>
        <source>Showing {model}, chosen in Help me choose.</source>
        <translation>Affichage de {model}, choisi dans Aidez-moi à choisir.</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>Trop grand pour cet ordinateur</translation>
    </message>
    <message>
        <source>{model} {quant} is too large for this computer.

{reason}

Download it anyway?</source>
        <translation>{model} {quant} est trop grand pour cet ordinateur.

{reason}

Le télécharger quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>DocumentSources</name>
    <message>
        <source>{file}, page {page} · score {score}</source>
        <translation>{file}, page {page} · score {score}</translation>
    </message>
    <message>
        <source>{file} · score {score}</source>
        <translation>{file} · score {score}</translation>
    </message>
    <message>
        <source>Read the documents whole. The passages closest to the question:</source>
        <translation>Documents lus en entier. Les passages les plus proches de la question&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Answered from %n passages found in the documents:</source>
        <translation>
            <numerusform>Réponse tirée de %n passage trouvé dans les documents&#xa0;:</numerusform>
            <numerusform>Réponse tirée de %n passages trouvés dans les documents&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask again, reading the documents whole</source>
        <translation>Redemander en lisant les documents en entier</translation>
    </message>
    <message>
        <source>Loads the model again with a context of {tokens} tokens, then asks the same question</source>
        <translation>Recharge le modèle avec un contexte de {tokens} tokens, puis pose la même question</translation>
    </message>
    <message>
        <source>Open {file}</source>
        <translation>Ouvrir {file}</translation>
    </message>
    <message>
        <source>The question and these passages were sent to {where}: they left this computer.</source>
        <translation>La question et ces passages ont été envoyés à {where}&#xa0;: ils ont quitté cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>This question is about the documents as a whole, but only {kept} passages were read. Loaded with a context of {needed:,} tokens (this model allows {trained:,}), it could read all of them whole: use the whole documents.</source>
        <comment>documents.whole-question-could-fit</comment>
        <translation>Cette question porte sur l&apos;ensemble des documents, mais seuls {kept} passages ont été lus. Chargé avec un contexte de {needed:,} tokens (ce modèle en permet {trained:,}), il pourrait tous les lire en entier&#xa0;: utilisez les documents entiers.</translation>
    </message>
    <message>
        <source>This question is about the documents as a whole, but they are too long for this model to read whole (about {whole:,} tokens; it has room for {context:,}). The answer saw only {kept} of {passages} passages, from {files} of {all_files} files: anything counted or summed up covers those passages only.</source>
        <comment>documents.whole-question-too-long</comment>
        <translation>Cette question porte sur l&apos;ensemble des documents, mais ils sont trop longs pour que ce modèle les lise en entier (environ {whole:,} tokens&#xa0;; il a de la place pour {context:,}). La réponse n&apos;a vu que {kept} passages sur {passages}, issus de {files} fichiers sur {all_files}&#xa0;: tout comptage ou résumé ne couvre que ces passages.</translation>
    </message>
    <message>
        <source>This collection&apos;s embedding model is not on this computer any more; add its documents again on the Documents page with an embedding model that is.</source>
        <comment>documents.embedding-model-gone</comment>
        <translation>Le modèle d&apos;embedding de cette collection n&apos;est plus sur cet ordinateur&#xa0;; ajoutez à nouveau ses documents sur la page Documents avec un modèle d&apos;embedding présent.</translation>
    </message>
    <message>
        <source>The attached documents could not be read: {problems}.</source>
        <comment>documents.attachments-unreadable</comment>
        <translation>Les documents joints n&apos;ont pas pu être lus&#xa0;: {problems}.</translation>
    </message>
    <message>
        <source>There is no collection named “{name}”.</source>
        <comment>documents.unknown-collection</comment>
        <translation>Il n&apos;existe aucune collection nommée «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Reading documents needs an embedding model, and none is on this computer: download one (Discover, Documents search; or `hearth models --task embeddings`) or name a GGUF file with --embedder.</source>
        <comment>documents.no-embedding-model</comment>
        <translation>La lecture de documents nécessite un modèle d&apos;embedding, et il n&apos;y en a aucun sur cet ordinateur&#xa0;: téléchargez-en un (Découvrir, Recherche de documents&#xa0;; ou `hearth models --task embeddings`) ou indiquez un fichier GGUF avec --embedder.</translation>
    </message>
    <message>
        <source>This collection was indexed with another embedding model; index it again to search it by meaning.</source>
        <comment>documents.needs-reindex</comment>
        <translation>Cette collection a été indexée avec un autre modèle d&apos;embedding&#xa0;; réindexez-la pour y chercher par le sens.</translation>
    </message>
</context>
<context>
    <name>DocumentsDropZone</name>
    <message>
        <source>Drop documents or folders here</source>
        <translation>Déposez des documents ou des dossiers ici</translation>
    </message>
    <message>
        <source>Text, Markdown, PDF, Word (docx), web pages (html) and Hearth transcripts (json).</source>
        <translation>Texte, Markdown, PDF, Word (docx), pages web (html) et transcriptions Hearth (json).</translation>
    </message>
    <message>
        <source>Choose documents to add</source>
        <translation>Choisir des documents à ajouter</translation>
    </message>
    <message>
        <source>Choose a folder of documents to add</source>
        <translation>Choisir un dossier de documents à ajouter</translation>
    </message>
    <message>
        <source>Documents ({patterns});;All (*)</source>
        <translation>Documents ({patterns});;Tous (*)</translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation>Choisir des documents</translation>
    </message>
    <message>
        <source>Choose a folder of documents</source>
        <translation>Choisir un dossier de documents</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation>Mes documents</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Your files stay on this computer: Hearth reads them here and keeps an index beside its settings. In Chat, choose a collection to ask about it.</source>
        <translation>Vos fichiers restent sur cet ordinateur&#xa0;: Hearth les lit ici et garde un index à côté de ses paramètres. Dans Discussion, choisissez une collection pour l&apos;interroger.</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Collection name, e.g. Family papers</source>
        <translation>Nom de la collection, ex. Papiers de famille</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>Nom de la collection</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modèle d&apos;embedding</translation>
    </message>
    <message>
        <source>The embedding model that indexes the documents (an embedding GGUF in My Models)</source>
        <translation>Le modèle d&apos;embedding qui indexe les documents (un GGUF d&apos;embedding dans Mes modèles)</translation>
    </message>
    <message>
        <source>Check for changes</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Check the chosen collection for changes</source>
        <translation>Rechercher les modifications dans la collection choisie</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>Retirer la collection</translation>
    </message>
    <message>
        <source>Remove the chosen collection</source>
        <translation>Retirer la collection choisie</translation>
    </message>
    <message>
        <source>What the buttons act on</source>
        <translation>Ce sur quoi agissent les boutons</translation>
    </message>
    <message>
        <source>No embedding model yet: get one in Discover (Documents search)</source>
        <translation>Pas encore de modèle d&apos;embedding&#xa0;: obtenez-en un dans Découvrir (Recherche de documents)</translation>
    </message>
    <message>
        <source>No collection yet: drop files or folders above to make one.</source>
        <translation>Pas encore de collection&#xa0;: déposez des fichiers ou des dossiers ci-dessus pour en créer une.</translation>
    </message>
    <message>
        <source>Click a collection in the list to check it for changes or remove it.</source>
        <translation>Cliquez sur une collection de la liste pour y rechercher des modifications ou la retirer.</translation>
    </message>
    <message>
        <source>Chosen: “{name}”.</source>
        <translation>Choisie&#xa0;: «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Read again what changed in the files of “{name}”</source>
        <translation>Relire ce qui a changé dans les fichiers de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Wait until the indexing in progress has finished.</source>
        <translation>Attendez la fin de l&apos;indexation en cours.</translation>
    </message>
    <message>
        <source>Remove “{name}” from Hearth; your files themselves stay</source>
        <translation>Retirer «&#xa0;{name}&#xa0;» de Hearth&#xa0;; vos fichiers eux-mêmes restent</translation>
    </message>
    <message>
        <source>Choose an embedding model first: it reads the documents so that Hearth can find the right parts.</source>
        <translation>Choisissez d&apos;abord un modèle d&apos;embedding&#xa0;: il lit les documents pour que Hearth trouve les bons passages.</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; add the documents again in a moment.</source>
        <translation>Hearth examine encore cet ordinateur&#xa0;; ajoutez à nouveau les documents dans un instant.</translation>
    </message>
    <message>
        <source>The collection “{name}” is indexed. {summary}</source>
        <translation>La collection «&#xa0;{name}&#xa0;» est indexée. {summary}</translation>
    </message>
    <message>
        <source>Indexing the collection “{name}” failed.</source>
        <translation>L&apos;indexation de la collection «&#xa0;{name}&#xa0;» a échoué.</translation>
    </message>
    <message>
        <source>Remove the collection “{name}”?

Hearth forgets its index, and the chat can no longer answer from it. Your files themselves are not deleted: they stay where they are.</source>
        <translation>Retirer la collection «&#xa0;{name}&#xa0;»&#xa0;?

Hearth oublie son index, et la conversation ne peut plus s&apos;en servir pour répondre. Vos fichiers eux-mêmes ne sont pas supprimés&#xa0;: ils restent où ils sont.</translation>
    </message>
    <message>
        <source>The collection “{name}” was removed; your documents themselves were not touched.</source>
        <translation>La collection «&#xa0;{name}&#xa0;» a été retirée&#xa0;; vos documents eux-mêmes n&apos;ont pas été touchés.</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvel essai</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove from this list (the model stays installed)</source>
        <translation>Retirer de cette liste (le modèle reste installé)</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Paused at {done} of {total}</source>
        <translation>En pause à {done} sur {total}</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p&#xa0;%</translation>
    </message>
    <message>
        <source>Download of {name}: {percent}%</source>
        <translation>Téléchargement de {name}&#xa0;: {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Pause the download of {name}</source>
        <translation>Mettre en pause le téléchargement de {name}</translation>
    </message>
    <message>
        <source>Resume the download of {name}</source>
        <translation>Reprendre le téléchargement de {name}</translation>
    </message>
    <message>
        <source>Retry the download of {name}</source>
        <translation>Relancer le téléchargement de {name}</translation>
    </message>
    <message>
        <source>Cancel the download of {name}</source>
        <translation>Annuler le téléchargement de {name}</translation>
    </message>
    <message>
        <source>Remove {name} from this list</source>
        <translation>Retirer {name} de cette liste</translation>
    </message>
</context>
<context>
    <name>DownloadScreen</name>
    <message>
        <source>The chat opens by itself, with the model loaded, as soon as it is here. Skip keeps the download going in the background (Downloads, {shortcut}).</source>
        <translation>La conversation s&apos;ouvre d&apos;elle-même, avec le modèle chargé, dès qu&apos;il est là. Passer laisse le téléchargement continuer en arrière-plan (Téléchargements, {shortcut}).</translation>
    </message>
    <message>
        <source>Downloading {model}</source>
        <translation>Téléchargement de {model}</translation>
    </message>
</context>
<context>
    <name>DownloadSettings</name>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Download from</source>
        <translation>Télécharger depuis</translation>
    </message>
    <message>
        <source>Download address</source>
        <translation>Adresse de téléchargement</translation>
    </message>
    <message>
        <source>Leave this empty to download from Hugging Face itself. Fill it in only if you use a mirror.</source>
        <translation>Laissez vide pour télécharger directement depuis Hugging Face. Ne remplissez que si vous utilisez un miroir.</translation>
    </message>
    <message>
        <source>Downloads at the same time</source>
        <translation>Téléchargements simultanés</translation>
    </message>
    <message>
        <source>One at a time finishes each model sooner on a slow connection.</source>
        <translation>Un à la fois termine chaque modèle plus tôt sur une connexion lente.</translation>
    </message>
    <message>
        <source>This is not a web address Hearth can use. It should look like https://hf-mirror.com, or stay empty.</source>
        <translation>Hearth ne peut pas utiliser cette adresse web. Elle doit ressembler à https://hf-mirror.com, ou rester vide.</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>Offline mode is on, so Hearth makes no network connection. Turn it off in Settings to download.</source>
        <comment>downloads.offline-mode</comment>
        <translation>Le mode hors ligne est activé&#xa0;: Hearth n&apos;établit aucune connexion réseau. Désactivez-le dans les Paramètres pour télécharger.</translation>
    </message>
    <message>
        <source>Asking Hugging Face about the files</source>
        <comment>downloads.asking</comment>
        <translation>Interrogation de Hugging Face sur les fichiers</translation>
    </message>
    <message>
        <source>Checking the model files</source>
        <comment>downloads.checking-files</comment>
        <translation>Vérification des fichiers du modèle</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a Hugging Face repository name like &apos;owner/model-GGUF&apos;.</source>
        <comment>downloads.bad-repo-name</comment>
        <translation>&apos;{repo}&apos; n&apos;est pas un nom de dépôt Hugging Face tel que &apos;proprietaire/modele-GGUF&apos;.</translation>
    </message>
    <message>
        <source>Name at least one file of the repository to download.</source>
        <comment>downloads.no-files-named</comment>
        <translation>Indiquez au moins un fichier du dépôt à télécharger.</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <comment>downloads.seconds-left</comment>
        <translation>{seconds} s restantes</translation>
    </message>
    <message>
        <source>{minutes} min left</source>
        <comment>downloads.minutes-left</comment>
        <translation>{minutes} min restantes</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min left</source>
        <comment>downloads.hours-left</comment>
        <translation>{hours} h {minutes} min restantes</translation>
    </message>
    <message>
        <source>Hugging Face did not say how large {name} is; try again later.</source>
        <comment>downloads.size-unknown</comment>
        <translation>Hugging Face n&apos;a pas indiqué la taille de {name}&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Not enough disk space: this download needs {needed} more, but only {free} is free on the disk that holds {folder}. Free some space or choose another models folder in Settings.</source>
        <comment>downloads.not-enough-disk</comment>
        <translation>Espace disque insuffisant&#xa0;: ce téléchargement a besoin de {needed} de plus, mais seuls {free} sont libres sur le disque qui contient {folder}. Libérez de l&apos;espace ou choisissez un autre dossier des modèles dans les Paramètres.</translation>
    </message>
    <message>
        <source>Checking what is here</source>
        <comment>downloads.checking-what-is-here</comment>
        <translation>Vérification de l&apos;existant</translation>
    </message>
    <message>
        <source>The download of {name} keeps failing ({reason}). What arrived is kept: press Retry to continue from there.</source>
        <comment>downloads.download-keeps-failing</comment>
        <translation>Le téléchargement de {name} échoue sans cesse ({reason}). Ce qui est arrivé est conservé&#xa0;: appuyez sur Réessayer pour reprendre à partir de là.</translation>
    </message>
    <message>
        <source>{reason}; trying again in {delay:.0f} s (attempt {attempt} of {attempts})</source>
        <comment>downloads.retrying</comment>
        <translation>{reason}&#xa0;; nouvel essai dans {delay:.0f} s (tentative {attempt} sur {attempts})</translation>
    </message>
    <message>
        <source>{name} arrived damaged (its checksum does not match the published one), so it was deleted and nothing was installed. Try the download again.</source>
        <comment>downloads.corrupt-download</comment>
        <translation>{name} est arrivé endommagé (sa somme de contrôle ne correspond pas à celle publiée)&#xa0;: il a donc été supprimé et rien n&apos;a été installé. Relancez le téléchargement.</translation>
    </message>
    <message>
        <source>Hugging Face is busy ({status})</source>
        <comment>downloads.retry-busy</comment>
        <translation>Hugging Face est surchargé ({status})</translation>
    </message>
    <message>
        <source>The server restarted the file from the beginning</source>
        <comment>downloads.retry-restarted</comment>
        <translation>Le serveur a renvoyé le fichier depuis le début</translation>
    </message>
    <message>
        <source>The disk is full. What has arrived is kept: free some space, then press Retry to continue the download.</source>
        <comment>downloads.disk-full</comment>
        <translation>Le disque est plein. Ce qui est arrivé est conservé&#xa0;: libérez de l&apos;espace, puis appuyez sur Réessayer pour reprendre le téléchargement.</translation>
    </message>
    <message>
        <source>The connection closed early</source>
        <comment>downloads.retry-closed-early</comment>
        <translation>La connexion s&apos;est fermée trop tôt</translation>
    </message>
    <message>
        <source>The connection dropped ({error})</source>
        <comment>downloads.retry-dropped</comment>
        <translation>La connexion a été coupée ({error})</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Nothing is downloading. Start a download from Discover.</source>
        <translation>Aucun téléchargement en cours. Lancez-en un depuis Découvrir.</translation>
    </message>
    <message>
        <source>{name} is downloaded and installed.</source>
        <translation>{name} est téléchargé et installé.</translation>
    </message>
    <message>
        <source>The download of {name} failed: {reason}</source>
        <translation>Le téléchargement de {name} a échoué&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Audio ({audio} …) and video ({video} …), or a whole folder.</source>
        <translation>Audio ({audio} …) et vidéo ({video} …), ou un dossier entier.</translation>
    </message>
    <message>
        <source>Drop recordings or videos here</source>
        <translation>Déposez des enregistrements ou des vidéos ici</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Choisir des fichiers…</translation>
    </message>
    <message>
        <source>Choose files to add</source>
        <translation>Choisir des fichiers à ajouter</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Choose a folder to add</source>
        <translation>Choisir un dossier à ajouter</translation>
    </message>
    <message>
        <source>Recordings and videos ({patterns});;All files (*)</source>
        <translation>Enregistrements et vidéos ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose recordings</source>
        <translation>Choisir des enregistrements</translation>
    </message>
    <message>
        <source>Choose a folder of recordings</source>
        <translation>Choisir un dossier d&apos;enregistrements</translation>
    </message>
</context>
<context>
    <name>Engines</name>
    <message>
        <source>This model has no chat format of its own (it is a base model), so Hearth writes the conversation as plain “User:” and “Assistant:” lines. Its answers may wander or continue the conversation by themselves.</source>
        <comment>engines.plain-chat-format</comment>
        <translation>Ce modèle n&apos;a pas de format de conversation propre (c&apos;est un modèle de base)&#xa0;: Hearth écrit donc la conversation sous forme de simples lignes «&#xa0;User:&#xa0;» et «&#xa0;Assistant:&#xa0;». Ses réponses peuvent s&apos;égarer ou poursuivre la conversation d&apos;elles-mêmes.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template is broken, so Hearth cannot talk to it.</source>
        <comment>engines.chat-template-failed</comment>
        <translation>Le gabarit de conversation de ce modèle est défectueux&#xa0;: Hearth ne peut donc pas dialoguer avec lui.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not write out the conversation.</source>
        <comment>engines.chat-template-failed-writing</comment>
        <translation>Le gabarit de conversation de ce modèle n&apos;a pas pu mettre en forme la conversation.</translation>
    </message>
    <message>
        <source>The model stopped with an error while writing its reply.</source>
        <comment>engines.generation-failed</comment>
        <translation>Le modèle s&apos;est arrêté sur une erreur en écrivant sa réponse.</translation>
    </message>
    <message>
        <source>{name} could not be loaded as an embedding model: the file may be damaged, or not an embedding model.</source>
        <comment>engines.model-load-failed</comment>
        <translation>{name} n&apos;a pas pu être chargé comme modèle d&apos;embedding&#xa0;: le fichier est peut-être endommagé, ou ce n&apos;est pas un modèle d&apos;embedding.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <comment>engines.embedding-cancelled</comment>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>No embedding model is loaded.</source>
        <comment>engines.no-model-loaded</comment>
        <translation>Aucun modèle d&apos;embedding n&apos;est chargé.</translation>
    </message>
    <message>
        <source>{name} could not be loaded: the file may be damaged, or made for a newer version of llama.cpp than the one in Hearth.</source>
        <comment>engines.load-failed-damaged</comment>
        <translation>{name} n&apos;a pas pu être chargé&#xa0;: le fichier est peut-être endommagé, ou conçu pour une version de llama.cpp plus récente que celle de Hearth.</translation>
    </message>
    <message>
        <source>Earlier images in this chat are not shown to this model: it cannot see images.</source>
        <comment>engines.earlier-images-hidden</comment>
        <translation>Les images précédentes de cette conversation ne sont pas montrées à ce modèle&#xa0;: il ne voit pas les images.</translation>
    </message>
    <message>
        <source>This text is too long for the model&apos;s memory (its context); shorten it.</source>
        <comment>engines.message-too-long</comment>
        <translation>Ce texte est trop long pour la mémoire du modèle (son contexte)&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <source>The model could not read the images in this conversation.</source>
        <comment>engines.images-unreadable</comment>
        <translation>Le modèle n&apos;a pas pu lire les images de cette conversation.</translation>
    </message>
    <message>
        <source>Load a model before starting a chat.</source>
        <comment>engines.no-model-for-chat</comment>
        <translation>Chargez un modèle avant de commencer une conversation.</translation>
    </message>
    <message>
        <source>{count} earlier message was left out so the conversation fits in the model&apos;s memory; the model no longer sees them.</source>
        <comment>engines.message-left-out</comment>
        <translation>{count} message précédent a été écarté pour que la conversation tienne dans la mémoire du modèle&#xa0;; le modèle ne le voit plus.</translation>
    </message>
    <message>
        <source>{count} earlier messages were left out so the conversation fits in the model&apos;s memory; the model no longer sees them.</source>
        <comment>engines.messages-left-out</comment>
        <translation>{count} messages précédents ont été écartés pour que la conversation tienne dans la mémoire du modèle&#xa0;; le modèle ne les voit plus.</translation>
    </message>
    <message>
        <source>The rules this reply must follow (its grammar) could not be read.</source>
        <comment>engines.grammar-unreadable</comment>
        <translation>Les règles que cette réponse doit suivre (sa grammaire) n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Your message is too long for this model&apos;s memory: with room for a {reply_room}-token reply it needs about {needed} tokens, and the model was loaded with room for {context}. Shorten the message, ask for a shorter reply, or load the model with a longer context.</source>
        <comment>engines.message-too-long-for-reply</comment>
        <translation>Votre message est trop long pour la mémoire de ce modèle&#xa0;: avec de la place pour une réponse de {reply_room} tokens, il faut environ {needed} tokens, et le modèle a été chargé avec de la place pour {context}. Raccourcissez le message, demandez une réponse plus courte ou chargez le modèle avec un contexte plus long.</translation>
    </message>
    <message>
        <source>Hearth&apos;s chat engine (llama.cpp) could not be started on this computer; reinstalling Hearth usually fixes this.</source>
        <comment>engines.engine-unavailable</comment>
        <translation>Le moteur de conversation de Hearth (llama.cpp) n&apos;a pas pu démarrer sur cet ordinateur&#xa0;; réinstaller Hearth corrige généralement le problème.</translation>
    </message>
    <message>
        <source>Hearth&apos;s image engine (llama.cpp&apos;s mtmd) could not be started on this computer; reinstalling Hearth usually fixes this.</source>
        <comment>engines.image-engine-unavailable</comment>
        <translation>Le moteur d&apos;images de Hearth (mtmd de llama.cpp) n&apos;a pas pu démarrer sur cet ordinateur&#xa0;; réinstaller Hearth corrige généralement le problème.</translation>
    </message>
    <message>
        <source>The vision companion {name} could not be read. {message}</source>
        <comment>engines.companion-unreadable</comment>
        <translation>Le compagnon de vision {name} n&apos;a pas pu être lu. {message}</translation>
    </message>
    <message>
        <source>The vision companion {name} does not work with this model: it was probably made for a different model. Pair the model with the mmproj file published beside it.</source>
        <comment>engines.companion-mismatch</comment>
        <translation>Le compagnon de vision {name} ne fonctionne pas avec ce modèle&#xa0;: il a probablement été conçu pour un autre modèle. Associez le modèle au fichier mmproj publié à côté de lui.</translation>
    </message>
    <message>
        <source>The model&apos;s vision companion could not read this image.</source>
        <comment>engines.companion-unreadable-image</comment>
        <translation>Le compagnon de vision du modèle n&apos;a pas pu lire cette image.</translation>
    </message>
    <message>
        <source>This image needs about {newest:,} tokens of the model&apos;s memory, and with room for a reply that is more than the {context:,} it was loaded with. Send fewer images, or load the model with a longer context (Options).</source>
        <comment>engines.image-does-not-fit</comment>
        <translation>Cette image demande environ {newest:,} tokens de la mémoire du modèle et, avec de la place pour une réponse, cela dépasse les {context:,} avec lesquels il a été chargé. Envoyez moins d&apos;images, ou chargez le modèle avec un contexte plus long (Options).</translation>
    </message>
    <message>
        <source>These {count} images need about {newest:,} tokens of the model&apos;s memory, and with room for a reply that is more than the {context:,} it was loaded with. Send fewer images, or load the model with a longer context (Options).</source>
        <comment>engines.images-do-not-fit</comment>
        <translation>Ces {count} images demandent environ {newest:,} tokens de la mémoire du modèle et, avec de la place pour une réponse, cela dépasse les {context:,} avec lesquels il a été chargé. Envoyez moins d&apos;images, ou chargez le modèle avec un contexte plus long (Options).</translation>
    </message>
    <message>
        <source>Images and text now fill about {percent}% of the model&apos;s memory, and the model reads every image again with each message. Soon the earliest messages and their images will be left out; a new chat, or a longer context in Options, gives more room.</source>
        <comment>engines.images-crowd-memory</comment>
        <translation>Les images et le texte occupent maintenant environ {percent}&#xa0;% de la mémoire du modèle, et le modèle relit chaque image à chaque message. Bientôt, les premiers messages et leurs images seront écartés&#xa0;; une nouvelle conversation, ou un contexte plus long dans Options, donne plus de place.</translation>
    </message>
    <message>
        <source>This model cannot see images. Choose a model marked “sees images”, or pair this one with its vision companion (an mmproj file) in My Models.</source>
        <comment>engines.cannot-see-images</comment>
        <translation>Ce modèle ne voit pas les images. Choisissez un modèle marqué «&#xa0;voit les images&#xa0;», ou associez celui-ci à son compagnon de vision (un fichier mmproj) dans Mes modèles.</translation>
    </message>
    <message>
        <source>{name} has no sound track, so there is nothing to transcribe.</source>
        <comment>engines.recording-no-sound-track</comment>
        <translation>{name} n&apos;a pas de piste audio&#xa0;: il n&apos;y a donc rien à transcrire.</translation>
    </message>
    <message>
        <source>{name} is cut short: it should last {declared}, but only {read} of it could be read. It may not have finished copying or downloading.</source>
        <comment>engines.recording-cut-short</comment>
        <translation>{name} est tronqué&#xa0;: il devrait durer {declared}, mais Hearth n&apos;a pu en lire que {read}. Sa copie ou son téléchargement n&apos;était peut-être pas terminé.</translation>
    </message>
    <message>
        <source>{name} holds no sound that could be read; it may be damaged.</source>
        <comment>engines.recording-no-sound</comment>
        <translation>{name} ne contient aucun son lisible&#xa0;; il est peut-être endommagé.</translation>
    </message>
    <message>
        <source>There is no file at {path}; it may have been moved or deleted.</source>
        <comment>engines.recording-missing</comment>
        <translation>Il n&apos;y a aucun fichier à l&apos;emplacement {path}&#xa0;; il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>{name} could not be opened: {strerror}.</source>
        <comment>engines.recording-unopened</comment>
        <translation>{name} n&apos;a pas pu être ouvert&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a recording.</source>
        <comment>engines.recording-is-folder</comment>
        <translation>{name} est un dossier, pas un enregistrement.</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes). It may not have finished copying.</source>
        <comment>engines.recording-empty</comment>
        <translation>{name} est vide (0 octet). Sa copie n&apos;était peut-être pas terminée.</translation>
    </message>
    <message>
        <source>{name} is cut short: it should last {declared}, but only {read} of it is in the file. It may not have finished copying or downloading.</source>
        <comment>engines.recording-cut-short-in-file</comment>
        <translation>{name} est tronqué&#xa0;: il devrait durer {declared}, mais le fichier n&apos;en contient que {read}. Sa copie ou son téléchargement n&apos;était peut-être pas terminé.</translation>
    </message>
    <message>
        <source>{name} is not a recording Hearth can read: it is not audio or video, or it is damaged.</source>
        <comment>engines.recording-unreadable</comment>
        <translation>{name} n&apos;est pas un enregistrement que Hearth peut lire&#xa0;: ce n&apos;est ni de l&apos;audio ni de la vidéo, ou il est endommagé.</translation>
    </message>
    <message>
        <source>{name} is not a Whisper model: a faster-whisper model folder holds model.bin and config.json.</source>
        <comment>engines.speech-model-unusable</comment>
        <translation>{name} n&apos;est pas un modèle Whisper&#xa0;: un dossier de modèle faster-whisper contient model.bin et config.json.</translation>
    </message>
    <message>
        <source>The graphics card could not be used for {name}, so it runs on the processor instead.</source>
        <comment>engines.speech-on-processor</comment>
        <translation>La carte graphique n&apos;a pas pu être utilisée pour {name}&#xa0;: il s&apos;exécute donc sur le processeur.</translation>
    </message>
    <message>
        <source>Reading the recording…</source>
        <comment>engines.reading-recording</comment>
        <translation>Lecture de l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Loading the speech model {name}…</source>
        <comment>engines.loading-speech-model</comment>
        <translation>Chargement du modèle vocal {name}…</translation>
    </message>
    <message>
        <source>Finding the speech and the language…</source>
        <comment>engines.finding-speech-language</comment>
        <translation>Recherche de la parole et de la langue…</translation>
    </message>
    <message>
        <source>Finding the speech…</source>
        <comment>engines.finding-speech</comment>
        <translation>Recherche de la parole…</translation>
    </message>
    <message>
        <source>No speech was found in this recording.</source>
        <comment>engines.no-speech</comment>
        <translation>Aucune parole trouvée dans cet enregistrement.</translation>
    </message>
    <message>
        <source>Whisper stopped with an error while transcribing {name}.</source>
        <comment>engines.transcription-failed</comment>
        <translation>Whisper s&apos;est arrêté sur une erreur pendant la transcription de {name}.</translation>
    </message>
    <message>
        <source>Removed {count} repeated lines (Whisper was repeating itself).</source>
        <comment>engines.repeats-removed</comment>
        <translation>{count} lignes répétées supprimées (Whisper se répétait).</translation>
    </message>
    <message>
        <source>{name} understands English only.</source>
        <comment>engines.english-only</comment>
        <translation>{name} ne comprend que l&apos;anglais.</translation>
    </message>
    <message>
        <source>“{language}” is not a language Whisper knows; use a code such as en, fr, de or es.</source>
        <comment>engines.unknown-language</comment>
        <translation>«&#xa0;{language}&#xa0;» n&apos;est pas une langue connue de Whisper&#xa0;; utilisez un code comme en, fr, de ou es.</translation>
    </message>
    <message>
        <source>The speech model {name} could not be loaded; its files may be damaged or incomplete.</source>
        <comment>engines.speech-model-load-failed</comment>
        <translation>Le modèle vocal {name} n&apos;a pas pu être chargé&#xa0;; ses fichiers sont peut-être endommagés ou incomplets.</translation>
    </message>
</context>
<context>
    <name>EvalChecks</name>
    <message>
        <source>Hearth does not run this check</source>
        <comment>evals.unsupported</comment>
        <translation>Hearth n&apos;exécute pas cette vérification</translation>
    </message>
    <message>
        <source>A check&apos;s weight must be a number, 0 or more (this “{type}” check has {weight}).</source>
        <comment>evals.bad-weight</comment>
        <translation>Le poids d&apos;une vérification doit être un nombre, 0 ou plus (cette vérification «&#xa0;{type}&#xa0;» a {weight}).</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check is not JSON ({error}).</source>
        <comment>evals.schema-not-json</comment>
        <translation>Le schéma de cette vérification «&#xa0;{type}&#xa0;» n&apos;est pas du JSON ({error}).</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check must be a JSON object.</source>
        <comment>evals.schema-not-object</comment>
        <translation>Le schéma de cette vérification «&#xa0;{type}&#xa0;» doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check is not a valid JSON schema: {problem}.</source>
        <comment>evals.schema-invalid</comment>
        <translation>Le schéma de cette vérification «&#xa0;{type}&#xa0;» n&apos;est pas un schéma JSON valide&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>The reply is not valid JSON ({error} at line {line}, column {column}).</source>
        <comment>evals.not-json</comment>
        <translation>La réponse n&apos;est pas du JSON valide ({error} à la ligne {line}, colonne {column}).</translation>
    </message>
    <message>
        <source>The reply is valid JSON.</source>
        <comment>evals.json</comment>
        <translation>La réponse est du JSON valide.</translation>
    </message>
    <message>
        <source>Valid JSON, but {problem}.</source>
        <comment>evals.json-not-schema</comment>
        <translation>JSON valide, mais {problem}.</translation>
    </message>
    <message>
        <source>The reply is valid JSON that matches the schema.</source>
        <comment>evals.json-schema</comment>
        <translation>La réponse est du JSON valide conforme au schéma.</translation>
    </message>
    <message>
        <source>The reply contains no JSON object.</source>
        <comment>evals.no-json-object</comment>
        <translation>La réponse ne contient aucun objet JSON.</translation>
    </message>
    <message>
        <source>The reply contains a JSON object.</source>
        <comment>evals.json-object</comment>
        <translation>La réponse contient un objet JSON.</translation>
    </message>
    <message>
        <source>The reply contains a JSON object that matches the schema.</source>
        <comment>evals.json-object-schema</comment>
        <translation>La réponse contient un objet JSON conforme au schéma.</translation>
    </message>
    <message>
        <source>The reply contains JSON, but {problem}.</source>
        <comment>evals.json-object-not-schema</comment>
        <translation>La réponse contient du JSON, mais {problem}.</translation>
    </message>
    <message>
        <source>Hearth cannot use this check&apos;s schema ({error}).</source>
        <comment>evals.schema-unusable</comment>
        <translation>Hearth ne peut pas utiliser le schéma de cette vérification ({error}).</translation>
    </message>
    <message>
        <source>{problem} (and 1 more problem)</source>
        <comment>evals.schema-one-more</comment>
        <translation>{problem} (et 1 autre problème)</translation>
    </message>
    <message>
        <source>{problem} (and {more} more problems)</source>
        <comment>evals.schema-more</comment>
        <translation>{problem} (et {more} autres problèmes)</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>evals.type-string</comment>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an integer</source>
        <comment>evals.type-integer</comment>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>evals.type-number</comment>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <comment>evals.type-boolean</comment>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>evals.type-object</comment>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <comment>evals.type-array</comment>
        <translation>une liste</translation>
    </message>
    <message>
        <source>null</source>
        <comment>evals.type-null</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>the JSON</source>
        <comment>evals.schema-the-json</comment>
        <translation>le JSON</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <comment>evals.schema-either</comment>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>{where} must be {kind}</source>
        <comment>evals.schema-type</comment>
        <translation>{where} doit être {kind}</translation>
    </message>
    <message>
        <source>{names} is missing from {where}</source>
        <comment>evals.schema-required-one</comment>
        <translation>{names} manque dans {where}</translation>
    </message>
    <message>
        <source>{names} are missing from {where}</source>
        <comment>evals.schema-required</comment>
        <translation>{names} manquent dans {where}</translation>
    </message>
    <message>
        <source>{where} must be {values}</source>
        <comment>evals.schema-enum</comment>
        <translation>{where} doit valoir {values}</translation>
    </message>
    <message>
        <source>{where} has {names}, which the schema does not allow</source>
        <comment>evals.schema-extra</comment>
        <translation>{where} contient {names}, ce que le schéma n&apos;autorise pas</translation>
    </message>
    <message>
        <source>{where} must be at least {bound}</source>
        <comment>evals.schema-minimum</comment>
        <translation>{where} doit valoir au moins {bound}</translation>
    </message>
    <message>
        <source>{where} must be at most {bound}</source>
        <comment>evals.schema-maximum</comment>
        <translation>{where} doit valoir au plus {bound}</translation>
    </message>
    <message>
        <source>{where} must be more than {bound}</source>
        <comment>evals.schema-more-than</comment>
        <translation>{where} doit valoir plus de {bound}</translation>
    </message>
    <message>
        <source>{where} must be less than {bound}</source>
        <comment>evals.schema-less-than</comment>
        <translation>{where} doit valoir moins de {bound}</translation>
    </message>
    <message>
        <source>{where} must match the pattern {pattern}</source>
        <comment>evals.schema-pattern</comment>
        <translation>{where} doit correspondre au motif {pattern}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <comment>evals.schema-other</comment>
        <translation>{where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{where} has {count} item, where at least {bound} are asked for</source>
        <comment>evals.min-item</comment>
        <translation>{where} a {count} élément, alors qu&apos;il en faut au moins {bound}</translation>
    </message>
    <message>
        <source>{where} has {count} items, where at least {bound} are asked for</source>
        <comment>evals.min-items</comment>
        <translation>{where} a {count} éléments, alors qu&apos;il en faut au moins {bound}</translation>
    </message>
    <message>
        <source>{where} has {count} item, where at most {bound} are asked for</source>
        <comment>evals.max-item</comment>
        <translation>{where} a {count} élément, alors qu&apos;il en faut au plus {bound}</translation>
    </message>
    <message>
        <source>{where} has {count} items, where at most {bound} are asked for</source>
        <comment>evals.max-items</comment>
        <translation>{where} a {count} éléments, alors qu&apos;il en faut au plus {bound}</translation>
    </message>
    <message>
        <source>This “{type}” check needs {what} as its value.</source>
        <comment>evals.needs-number</comment>
        <translation>Cette vérification «&#xa0;{type}&#xa0;» attend {what} comme valeur.</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>evals.a-number</comment>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a time limit in milliseconds</source>
        <comment>evals.a-time-limit</comment>
        <translation>une durée limite en millisecondes</translation>
    </message>
    <message>
        <source>a number of words</source>
        <comment>evals.a-number-of-words</comment>
        <translation>un nombre de mots</translation>
    </message>
    <message>
        <source>a speed in tokens/s</source>
        <comment>evals.a-speed</comment>
        <translation>une vitesse en tokens/s</translation>
    </message>
    <message>
        <source>This “word-count” check needs “min”, “max” or both.</source>
        <comment>evals.word-count-bounds</comment>
        <translation>Cette vérification «&#xa0;word-count&#xa0;» demande «&#xa0;min&#xa0;», «&#xa0;max&#xa0;» ou les deux.</translation>
    </message>
    <message>
        <source>This “word-count” check&apos;s minimum ({low}) is more than its maximum ({high}).</source>
        <comment>evals.word-count-crossed</comment>
        <translation>Le minimum ({low}) de cette vérification «&#xa0;word-count&#xa0;» dépasse son maximum ({high}).</translation>
    </message>
    <message>
        <source>This “finish-reason” check takes one of {reasons}.</source>
        <comment>evals.bad-finish-reason</comment>
        <translation>Cette vérification «&#xa0;finish-reason&#xa0;» accepte l&apos;une de ces valeurs&#xa0;: {reasons}.</translation>
    </message>
    <message>
        <source>The reply took {took}, within the {limit} allowed.</source>
        <comment>evals.latency</comment>
        <translation>La réponse a pris {took}, dans la limite autorisée de {limit}.</translation>
    </message>
    <message>
        <source>The reply took {took}, over the {limit} allowed.</source>
        <comment>evals.latency-over</comment>
        <translation>La réponse a pris {took}, au-delà de la limite autorisée de {limit}.</translation>
    </message>
    <message>
        <source>{count} word</source>
        <comment>evals.one-word</comment>
        <translation>{count} mot</translation>
    </message>
    <message>
        <source>{count} words</source>
        <comment>evals.words</comment>
        <translation>{count} mots</translation>
    </message>
    <message>
        <source>The reply has {words}.</source>
        <comment>evals.word-count</comment>
        <translation>La réponse compte {words}.</translation>
    </message>
    <message>
        <source>The reply has {words}, not {wanted}.</source>
        <comment>evals.word-count-not</comment>
        <translation>La réponse compte {words}, et non {wanted}.</translation>
    </message>
    <message>
        <source>The reply has {words}, fewer than the {low} asked for.</source>
        <comment>evals.word-count-fewer</comment>
        <translation>La réponse compte {words}, moins que les {low} demandés.</translation>
    </message>
    <message>
        <source>The reply has {words}, more than the {high} allowed.</source>
        <comment>evals.word-count-more</comment>
        <translation>La réponse compte {words}, plus que les {high} autorisés.</translation>
    </message>
    <message>
        <source>The reply has {words} (at least {low} and at most {high} asked for).</source>
        <comment>evals.words-between</comment>
        <translation>La réponse compte {words} (entre {low} et {high} demandés).</translation>
    </message>
    <message>
        <source>The reply has {words} (at least {low} asked for).</source>
        <comment>evals.words-at-least</comment>
        <translation>La réponse compte {words} (au moins {low} demandés).</translation>
    </message>
    <message>
        <source>The reply has {words} (at most {high} asked for).</source>
        <comment>evals.words-at-most</comment>
        <translation>La réponse compte {words} (au plus {high} demandés).</translation>
    </message>
    <message>
        <source>The reply came at {speed} tokens/s, at least the {limit} asked for.</source>
        <comment>evals.speed</comment>
        <translation>La réponse est arrivée à {speed} tokens/s, soit au moins les {limit} demandés.</translation>
    </message>
    <message>
        <source>The reply came at {speed} tokens/s, slower than the {limit} asked for.</source>
        <comment>evals.speed-slow</comment>
        <translation>La réponse est arrivée à {speed} tokens/s, moins vite que les {limit} demandés.</translation>
    </message>
    <message>
        <source>The reply ended with {reason}.</source>
        <comment>evals.finish-reason</comment>
        <translation>La réponse s&apos;est terminée par {reason}.</translation>
    </message>
    <message>
        <source>The reply ended with {reason}, not {expected}.</source>
        <comment>evals.finish-reason-not</comment>
        <translation>La réponse s&apos;est terminée par {reason}, et non {expected}.</translation>
    </message>
    <message>
        <source>Choose an embedding model to run “{type}” checks.</source>
        <comment>evals.needs-embedder</comment>
        <translation>Choisissez un modèle d&apos;embedding pour exécuter les vérifications «&#xa0;{type}&#xa0;».</translation>
    </message>
    <message>
        <source>Choose a judge model to run “{type}” checks.</source>
        <comment>evals.needs-judge</comment>
        <translation>Choisissez un modèle juge pour exécuter les vérifications «&#xa0;{type}&#xa0;».</translation>
    </message>
    <message>
        <source>This “{type}” check needs the expected answer, or a list of them.</source>
        <comment>evals.similar-needs</comment>
        <translation>Cette vérification «&#xa0;{type}&#xa0;» demande la réponse attendue, ou une liste de réponses.</translation>
    </message>
    <message>
        <source>This “{type}” check&apos;s threshold must be a similarity from -1 to 1.</source>
        <comment>evals.similar-threshold</comment>
        <translation>Le seuil de cette vérification «&#xa0;{type}&#xa0;» doit être une similarité de -1 à 1.</translation>
    </message>
    <message>
        <source>The embedding model did not give one vector per text.</source>
        <comment>evals.embedder-miscounted</comment>
        <translation>Le modèle d&apos;embedding n&apos;a pas donné un vecteur par texte.</translation>
    </message>
    <message>
        <source>the closest expected answer, {answer}</source>
        <comment>evals.closest-answer</comment>
        <translation>la réponse attendue la plus proche, {answer}</translation>
    </message>
    <message>
        <source>The reply&apos;s similarity to {against} is {similarity}, at least the {threshold} asked for.</source>
        <comment>evals.similar</comment>
        <translation>La similarité de la réponse avec {against} est de {similarity}, pour un minimum demandé de {threshold}.</translation>
    </message>
    <message>
        <source>The reply&apos;s similarity to {against} is {similarity}, below the {threshold} asked for.</source>
        <comment>evals.not-similar</comment>
        <translation>La similarité de la réponse avec {against} est de {similarity}, sous le minimum demandé de {threshold}.</translation>
    </message>
    <message>
        <source>This “{type}” check needs a rubric: what a good reply does, in a sentence.</source>
        <comment>evals.rubric-needed</comment>
        <translation>Cette vérification «&#xa0;{type}&#xa0;» demande une grille&#xa0;: ce que fait une bonne réponse, en une phrase.</translation>
    </message>
    <message>
        <source>“nothing”</source>
        <comment>evals.judge-said-nothing</comment>
        <translation>«&#xa0;rien&#xa0;»</translation>
    </message>
    <message>
        <source>The judge model did not answer with a verdict (JSON with “reason”, “pass” and “score”), so this check cannot tell: it answered {answer}.</source>
        <comment>evals.judge-no-verdict</comment>
        <translation>Le modèle juge n&apos;a pas répondu par un verdict (du JSON avec «&#xa0;reason&#xa0;», «&#xa0;pass&#xa0;» et «&#xa0;score&#xa0;»)&#xa0;: cette vérification ne peut donc pas conclure. Il a répondu {answer}.</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <comment>evals.judge-no-reason</comment>
        <translation>il n&apos;a donné aucune raison</translation>
    </message>
    <message>
        <source>The judge model says the reply meets the rubric {rubric} (score {score}): {why}; the score is below the {threshold} asked for.</source>
        <comment>evals.rubric-met-below</comment>
        <translation>Le modèle juge estime que la réponse respecte la grille {rubric} (score {score})&#xa0;: {why}&#xa0;; le score est inférieur au minimum demandé de {threshold}.</translation>
    </message>
    <message>
        <source>The judge model says the reply meets the rubric {rubric} (score {score}): {why}.</source>
        <comment>evals.rubric-met</comment>
        <translation>Le modèle juge estime que la réponse respecte la grille {rubric} (score {score})&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>The judge model says the reply does not meet the rubric {rubric} (score {score}): {why}; the score is below the {threshold} asked for.</source>
        <comment>evals.rubric-not-met-below</comment>
        <translation>Le modèle juge estime que la réponse ne respecte pas la grille {rubric} (score {score})&#xa0;: {why}&#xa0;; le score est inférieur au minimum demandé de {threshold}.</translation>
    </message>
    <message>
        <source>The judge model says the reply does not meet the rubric {rubric} (score {score}): {why}.</source>
        <comment>evals.rubric-not-met</comment>
        <translation>Le modèle juge estime que la réponse ne respecte pas la grille {rubric} (score {score})&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>This “{type}” check needs some text to look for.</source>
        <comment>evals.needs-text</comment>
        <translation>Cette vérification «&#xa0;{type}&#xa0;» demande un texte à chercher.</translation>
    </message>
    <message>
        <source>This “{type}” check needs a list of texts to look for.</source>
        <comment>evals.needs-texts</comment>
        <translation>Cette vérification «&#xa0;{type}&#xa0;» demande une liste de textes à chercher.</translation>
    </message>
    <message>
        <source>The pattern {pattern} is not a regular expression Hearth can read ({error}).</source>
        <comment>evals.bad-pattern</comment>
        <translation>Le motif {pattern} n&apos;est pas une expression régulière que Hearth peut lire ({error}).</translation>
    </message>
    <message>
        <source>The reply is not JSON, so it is not {expected}.</source>
        <comment>evals.equals-not-json</comment>
        <translation>La réponse n&apos;est pas du JSON&#xa0;: elle n&apos;est donc pas égale à {expected}.</translation>
    </message>
    <message>
        <source>The reply is the JSON {expected}.</source>
        <comment>evals.equals-json</comment>
        <translation>La réponse est le JSON {expected}.</translation>
    </message>
    <message>
        <source>The reply is not the JSON {expected}.</source>
        <comment>evals.equals-not-the-json</comment>
        <translation>La réponse n&apos;est pas le JSON {expected}.</translation>
    </message>
    <message>
        <source>The reply is exactly {expected}.</source>
        <comment>evals.equals</comment>
        <translation>La réponse est exactement {expected}.</translation>
    </message>
    <message>
        <source>The reply is not exactly {expected}: it is {reply}.</source>
        <comment>evals.not-equals</comment>
        <translation>La réponse n&apos;est pas exactement {expected}&#xa0;: elle est {reply}.</translation>
    </message>
    <message>
        <source>The reply contains {value} (ignoring case).</source>
        <comment>evals.icontains</comment>
        <translation>La réponse contient {value} (casse ignorée).</translation>
    </message>
    <message>
        <source>The reply contains {value}.</source>
        <comment>evals.contains</comment>
        <translation>La réponse contient {value}.</translation>
    </message>
    <message>
        <source>The reply does not contain {value} (ignoring case).</source>
        <comment>evals.not-icontains</comment>
        <translation>La réponse ne contient pas {value} (casse ignorée).</translation>
    </message>
    <message>
        <source>The reply does not contain {value}.</source>
        <comment>evals.not-contains</comment>
        <translation>La réponse ne contient pas {value}.</translation>
    </message>
    <message>
        <source>The reply contains none of {values} (ignoring case).</source>
        <comment>evals.icontains-none</comment>
        <translation>La réponse ne contient aucun de ces textes&#xa0;: {values} (casse ignorée).</translation>
    </message>
    <message>
        <source>The reply contains none of {values}.</source>
        <comment>evals.contains-none</comment>
        <translation>La réponse ne contient aucun de ces textes&#xa0;: {values}.</translation>
    </message>
    <message>
        <source>The reply contains all of {values} (ignoring case).</source>
        <comment>evals.icontains-all</comment>
        <translation>La réponse contient tous ces textes&#xa0;: {values} (casse ignorée).</translation>
    </message>
    <message>
        <source>The reply contains all of {values}.</source>
        <comment>evals.contains-all</comment>
        <translation>La réponse contient tous ces textes&#xa0;: {values}.</translation>
    </message>
    <message>
        <source>The reply starts with {value}.</source>
        <comment>evals.starts-with</comment>
        <translation>La réponse commence par {value}.</translation>
    </message>
    <message>
        <source>The reply does not start with {value}: it starts with {start}.</source>
        <comment>evals.not-starts-with</comment>
        <translation>La réponse ne commence pas par {value}&#xa0;: elle commence par {start}.</translation>
    </message>
    <message>
        <source>The reply ends with {value}.</source>
        <comment>evals.ends-with</comment>
        <translation>La réponse se termine par {value}.</translation>
    </message>
    <message>
        <source>The reply does not end with {value}.</source>
        <comment>evals.not-ends-with</comment>
        <translation>La réponse ne se termine pas par {value}.</translation>
    </message>
    <message>
        <source>The reply matches the pattern {pattern}.</source>
        <comment>evals.matches</comment>
        <translation>La réponse correspond au motif {pattern}.</translation>
    </message>
    <message>
        <source>The reply does not match the pattern {pattern}.</source>
        <comment>evals.not-matches</comment>
        <translation>La réponse ne correspond pas au motif {pattern}.</translation>
    </message>
    <message>
        <source>This “language” check takes a language&apos;s name or two-letter code: one of {languages}.</source>
        <comment>evals.bad-language</comment>
        <translation>Cette vérification «&#xa0;language&#xa0;» attend le nom d&apos;une langue ou son code à deux lettres, parmi&#xa0;: {languages}.</translation>
    </message>
    <message>
        <source>Hearth cannot tell which language the reply is in.</source>
        <comment>evals.language-unknown</comment>
        <translation>Hearth ne parvient pas à déterminer la langue de la réponse.</translation>
    </message>
    <message>
        <source>The reply is in {language}.</source>
        <comment>evals.language</comment>
        <translation>La réponse est en {language}.</translation>
    </message>
    <message>
        <source>The reply seems to be in {found}, not {language}.</source>
        <comment>evals.not-language</comment>
        <translation>La réponse semble être en {found}, et non en {language}.</translation>
    </message>
    <message>
        <source>This “tool-call” check&apos;s arguments must be an object of names and values.</source>
        <comment>evals.tool-call-bad-arguments</comment>
        <translation>Les arguments de cette vérification «&#xa0;tool-call&#xa0;» doivent être un objet de noms et de valeurs.</translation>
    </message>
    <message>
        <source>This “tool-call” check needs a tool&apos;s name, or {{“name”, “arguments”}}.</source>
        <comment>evals.tool-call-needs-name</comment>
        <translation>Cette vérification «&#xa0;tool-call&#xa0;» demande le nom d&apos;un outil, ou {{“name”, “arguments”}}.</translation>
    </message>
    <message>
        <source>The reply calls no tool.</source>
        <comment>evals.no-tool-call</comment>
        <translation>La réponse n&apos;appelle aucun outil.</translation>
    </message>
    <message>
        <source>The reply calls {called}, not {tool}.</source>
        <comment>evals.other-tool-call</comment>
        <translation>La réponse appelle {called}, et non {tool}.</translation>
    </message>
    <message>
        <source>The reply calls {tool}.</source>
        <comment>evals.tool-call</comment>
        <translation>La réponse appelle {tool}.</translation>
    </message>
    <message>
        <source>The reply calls {tool} with {arguments}.</source>
        <comment>evals.tool-call-arguments</comment>
        <translation>La réponse appelle {tool} avec {arguments}.</translation>
    </message>
    <message>
        <source>The reply calls {tool}, but {problem}.</source>
        <comment>evals.tool-call-problem</comment>
        <translation>La réponse appelle {tool}, mais {problem}.</translation>
    </message>
    <message>
        <source>The reply calls {tool}, which this case does not offer.</source>
        <comment>evals.tool-not-offered</comment>
        <translation>La réponse appelle {tool}, que ce cas ne propose pas.</translation>
    </message>
    <message>
        <source>Every tool call in the reply ({tools}) is valid.</source>
        <comment>evals.tool-calls-valid</comment>
        <translation>Chaque appel d&apos;outil de la réponse ({tools}) est valide.</translation>
    </message>
    <message>
        <source>{name} is not an object</source>
        <comment>evals.argument-not-object</comment>
        <translation>{name} n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>its arguments is not an object</source>
        <comment>evals.arguments-not-object</comment>
        <translation>ses arguments ne sont pas un objet</translation>
    </message>
    <message>
        <source>its arguments have no {name}</source>
        <comment>evals.argument-missing</comment>
        <translation>il manque {name} dans ses arguments</translation>
    </message>
    <message>
        <source>its {name} is {actual}, not {expected}</source>
        <comment>evals.argument-differs</comment>
        <translation>{name} vaut {actual}, et non {expected}</translation>
    </message>
</context>
<context>
    <name>Evals</name>
    <message>
        <source>Hearth cannot read {name} as a model file.</source>
        <comment>evals.embedder-unreadable</comment>
        <translation>Hearth ne peut pas lire {name} comme fichier de modèle.</translation>
    </message>
    <message>
        <source>{name} is a chat model, not an embedding model, so it cannot compare answers for “similar” checks. Choose an embedding model of your library (such as all-MiniLM or nomic-embed-text).</source>
        <comment>evals.embedder-is-chat-model</comment>
        <translation>{name} est un modèle de conversation, pas un modèle d&apos;embedding&#xa0;: il ne peut donc pas comparer les réponses pour les vérifications de ressemblance. Choisissez un modèle d&apos;embedding parmi vos modèles (comme all-MiniLM ou nomic-embed-text).</translation>
    </message>
    <message>
        <source>the suite “{name}”</source>
        <comment>evals.the-named-suite</comment>
        <translation>la suite «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Hearth could not save the suite “{name}” in {folder}.</source>
        <comment>evals.suite-not-saved</comment>
        <translation>Hearth n&apos;a pas pu enregistrer la suite «&#xa0;{name}&#xa0;» dans {folder}.</translation>
    </message>
    <message>
        <source>There is already a suite named “{name}”: choose another name.</source>
        <comment>evals.suite-name-taken</comment>
        <translation>Une suite nommée «&#xa0;{name}&#xa0;» existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Hearth could not rename the suite “{name}”.</source>
        <comment>evals.suite-not-renamed</comment>
        <translation>Hearth n&apos;a pas pu renommer la suite «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Hearth could not delete the suite “{name}”.</source>
        <comment>evals.suite-not-deleted</comment>
        <translation>Hearth n&apos;a pas pu supprimer la suite «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>an assertion should be a type with its value, and one is not</source>
        <comment>evals.promptfoo-bad-assertion</comment>
        <translation>une assertion devrait être un type avec sa valeur, et l&apos;une d&apos;elles ne l&apos;est pas</translation>
    </message>
    <message>
        <source>the assertion {ref} names no assertion template</source>
        <comment>evals.promptfoo-no-template</comment>
        <translation>l&apos;assertion {ref} ne désigne aucun gabarit d&apos;assertion</translation>
    </message>
    <message>
        <source>an assertion has no type</source>
        <comment>evals.promptfoo-no-type</comment>
        <translation>une assertion n&apos;a pas de type</translation>
    </message>
    <message>
        <source>the {what} of a {type} assertion should be a number, and it is {value}</source>
        <comment>evals.promptfoo-assertion-not-number</comment>
        <translation>le champ {what} d&apos;une assertion {type} devrait être un nombre, mais vaut {value}</translation>
    </message>
    <message>
        <source>Hearth cannot read {name} as a promptfoo configuration: {problem}</source>
        <comment>evals.promptfoo-unreadable</comment>
        <translation>Hearth ne peut pas lire {name} comme configuration promptfoo&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Hearth could not save {path}. Choose another folder, or free some disk space.</source>
        <comment>evals.promptfoo-not-saved</comment>
        <translation>Hearth n&apos;a pas pu enregistrer {path}. Choisissez un autre dossier, ou libérez de l&apos;espace disque.</translation>
    </message>
    <message>
        <source>the file cannot be opened.</source>
        <comment>evals.promptfoo-not-opened</comment>
        <translation>le fichier ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>it is not valid YAML (see the details for where).</source>
        <comment>evals.promptfoo-not-yaml</comment>
        <translation>ce n&apos;est pas du YAML valide (voir les détails pour l&apos;endroit).</translation>
    </message>
    <message>
        <source>it should hold settings such as &apos;prompts&apos; and &apos;tests&apos;, and it does not.</source>
        <comment>evals.promptfoo-not-settings</comment>
        <translation>il devrait contenir des paramètres comme &apos;prompts&apos; et &apos;tests&apos;, et ce n&apos;est pas le cas.</translation>
    </message>
    <message>
        <source>its &apos;assertionTemplates&apos; should be named assertions, and they are not.</source>
        <comment>evals.promptfoo-bad-templates</comment>
        <translation>ses &apos;assertionTemplates&apos; devraient être des assertions nommées, et ce n&apos;est pas le cas.</translation>
    </message>
    <message>
        <source>the threshold of defaultTest</source>
        <comment>evals.promptfoo-default-threshold</comment>
        <translation>le seuil de defaultTest</translation>
    </message>
    <message>
        <source>test {number} of {file}</source>
        <comment>evals.promptfoo-test-of-file</comment>
        <translation>le test {number} de {file}</translation>
    </message>
    <message>
        <source>test {number}</source>
        <comment>evals.promptfoo-test</comment>
        <translation>le test {number}</translation>
    </message>
    <message>
        <source>the test &apos;{name}&apos;</source>
        <comment>evals.promptfoo-named-test</comment>
        <translation>le test &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>it has no &apos;prompts&apos;, so there is nothing to ask the models.</source>
        <comment>evals.promptfoo-no-prompts</comment>
        <translation>il n&apos;a pas de &apos;prompts&apos;&#xa0;: il n&apos;y a donc rien à demander aux modèles.</translation>
    </message>
    <message>
        <source>its &apos;prompts&apos; should be a prompt or a list of prompts, and they are not.</source>
        <comment>evals.promptfoo-bad-prompts</comment>
        <translation>ses &apos;prompts&apos; devraient être un prompt ou une liste de prompts, et ce n&apos;est pas le cas.</translation>
    </message>
    <message>
        <source>its &apos;prompts&apos; list is empty, so there is nothing to ask the models.</source>
        <comment>evals.promptfoo-empty-prompts</comment>
        <translation>sa liste &apos;prompts&apos; est vide&#xa0;: il n&apos;y a donc rien à demander aux modèles.</translation>
    </message>
    <message>
        <source>prompt {number} is neither text, a file:// reference, nor a prompt with &apos;raw&apos; text.</source>
        <comment>evals.promptfoo-bad-prompt</comment>
        <translation>le prompt {number} n&apos;est ni du texte, ni une référence file://, ni un prompt avec un texte &apos;raw&apos;.</translation>
    </message>
    <message>
        <source>Hearth reads prompts from .txt, .md, .j2 and .json files, and {file} is not one.</source>
        <comment>evals.promptfoo-prompt-file-kind</comment>
        <translation>Hearth lit les prompts depuis des fichiers .txt, .md, .j2 et .json, et {file} n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>its &apos;defaultTest&apos; should be a test (vars, assert, …), and it is not.</source>
        <comment>evals.promptfoo-bad-default-test</comment>
        <translation>son &apos;defaultTest&apos; devrait être un test (vars, assert, …), et ce n&apos;est pas le cas.</translation>
    </message>
    <message>
        <source>its &apos;tests&apos; should be a list of tests or a file:// reference, and they are not.</source>
        <comment>evals.promptfoo-bad-tests</comment>
        <translation>ses &apos;tests&apos; devraient être une liste de tests ou une référence file://, et ce n&apos;est pas le cas.</translation>
    </message>
    <message>
        <source>Hearth reads tests written in the file or in files it names (file://…), not {item}.</source>
        <comment>evals.promptfoo-tests-elsewhere</comment>
        <translation>Hearth lit les tests écrits dans le fichier ou dans les fichiers qu&apos;il désigne (file://…), pas {item}.</translation>
    </message>
    <message>
        <source>an item of its &apos;tests&apos; is neither a test nor a file:// reference.</source>
        <comment>evals.promptfoo-bad-tests-item</comment>
        <translation>un élément de ses &apos;tests&apos; n&apos;est ni un test ni une référence file://.</translation>
    </message>
    <message>
        <source>Hearth reads tests from .csv, .yaml, .yml, .json and .jsonl files, and {file} is not one.</source>
        <comment>evals.promptfoo-tests-file-kind</comment>
        <translation>Hearth lit les tests depuis des fichiers .csv, .yaml, .yml, .json et .jsonl, et {file} n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>{file} is not JSON Lines.</source>
        <comment>evals.promptfoo-not-jsonl</comment>
        <translation>{file} n&apos;est pas du JSON Lines.</translation>
    </message>
    <message>
        <source>{file} should hold a list of tests, and it does not.</source>
        <comment>evals.promptfoo-not-tests</comment>
        <translation>{file} devrait contenir une liste de tests, et ce n&apos;est pas le cas.</translation>
    </message>
    <message>
        <source>the &apos;options&apos; of {where} are not settings.</source>
        <comment>evals.promptfoo-bad-options</comment>
        <translation>les &apos;options&apos; dans {where} ne sont pas des paramètres.</translation>
    </message>
    <message>
        <source>the threshold of {where}</source>
        <comment>evals.promptfoo-threshold-of</comment>
        <translation>le seuil dans {where}</translation>
    </message>
    <message>
        <source>the &apos;prompts&apos; of {where} should be a list of prompt labels, and they are not.</source>
        <comment>evals.promptfoo-bad-test-prompts</comment>
        <translation>les &apos;prompts&apos; dans {where} devraient être une liste de libellés de prompts, et ce n&apos;est pas le cas.</translation>
    </message>
    <message>
        <source>the &apos;vars&apos; of {where} should be names with values, and they are not.</source>
        <comment>evals.promptfoo-bad-vars</comment>
        <translation>les &apos;vars&apos; dans {where} devraient être des noms avec des valeurs, et ce n&apos;est pas le cas.</translation>
    </message>
    <message>
        <source>the &apos;assert&apos; of {where} should be a list of assertions, and it is not.</source>
        <comment>evals.promptfoo-bad-assert</comment>
        <translation>la clé &apos;assert&apos; dans {where} devrait être une liste d&apos;assertions, et ce n&apos;est pas le cas.</translation>
    </message>
    <message>
        <source>{problem} (in {where}).</source>
        <comment>evals.promptfoo-in-test</comment>
        <translation>{problem} (dans {where}).</translation>
    </message>
    <message>
        <source>{what} should be a number, and it is {value}.</source>
        <comment>evals.promptfoo-not-number</comment>
        <translation>{what} devrait être un nombre, mais vaut {value}.</translation>
    </message>
    <message>
        <source>its {what} {file} is made by code or a pattern of files, which Hearth does not run.</source>
        <comment>evals.promptfoo-code-file</comment>
        <translation>sa référence {what} {file} est produite par du code ou un motif de fichiers, que Hearth n&apos;exécute pas.</translation>
    </message>
    <message>
        <source>the file it names, {file}, cannot be read.</source>
        <comment>evals.promptfoo-file-unreadable</comment>
        <translation>le fichier qu&apos;il désigne, {file}, ne peut pas être lu.</translation>
    </message>
    <message>
        <source>its {what} &apos;{file}&apos; is neither written out nor a file:// reference.</source>
        <comment>evals.promptfoo-not-written-out</comment>
        <translation>sa valeur {what} &apos;{file}&apos; n&apos;est ni écrite directement ni une référence file://.</translation>
    </message>
    <message>
        <source>{file} is not valid YAML or JSON.</source>
        <comment>evals.promptfoo-file-not-yaml</comment>
        <translation>{file} n&apos;est pas du YAML ou du JSON valide.</translation>
    </message>
    <message>
        <source>another model file</source>
        <comment>evals.differs-file</comment>
        <translation>un autre fichier de modèle</translation>
    </message>
    <message>
        <source>another file name</source>
        <comment>evals.differs-file-name</comment>
        <translation>un autre nom de fichier</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>evals.unknown-quantization</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>quantization {before}, not {after}</source>
        <comment>evals.differs-quantization</comment>
        <translation>la quantification {before}, et non {after}</translation>
    </message>
    <message>
        <source>a context of {before} tokens, not {after}</source>
        <comment>evals.differs-context</comment>
        <translation>un contexte de {before} tokens, et non {after}</translation>
    </message>
    <message>
        <source>{setting} {before}, not {after}</source>
        <comment>evals.differs-sampler</comment>
        <translation>{setting} {before}, et non {after}</translation>
    </message>
    <message>
        <source>seeds {before}, not {after}</source>
        <comment>evals.differs-seeds</comment>
        <translation>les graines {before}, et non {after}</translation>
    </message>
    <message>
        <source>Hearth {before}, not {after}</source>
        <comment>evals.differs-version</comment>
        <translation>Hearth {before}, et non {after}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-seeds</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>evals.column-model</comment>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <comment>evals.column-pass-rate</comment>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>evals.column-passed</comment>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>{passed} of {replies}</source>
        <comment>evals.passed-of</comment>
        <translation>{passed} sur {replies}</translation>
    </message>
    <message>
        <source>JSON valid</source>
        <comment>evals.column-json-valid</comment>
        <translation>JSON valide</translation>
    </message>
    <message>
        <source>Schema valid</source>
        <comment>evals.column-schema-valid</comment>
        <translation>Schéma valide</translation>
    </message>
    <message>
        <source>Schema valid with Hearth&apos;s grammar</source>
        <comment>evals.column-schema-valid-grammar</comment>
        <translation>Schéma valide avec la grammaire de Hearth</translation>
    </message>
    <message>
        <source>Tool arguments valid</source>
        <comment>evals.column-tool-arguments-valid</comment>
        <translation>Arguments d&apos;outil valides</translation>
    </message>
    <message>
        <source>Cut by the length limit</source>
        <comment>evals.column-length-cut</comment>
        <translation>Coupées (longueur max.)</translation>
    </message>
    <message>
        <source>Pass-rate spread</source>
        <comment>evals.column-spread</comment>
        <translation>Écart de réussite</translation>
    </message>
    <message>
        <source>Flaky cases</source>
        <comment>evals.column-flaky</comment>
        <translation>Cas instables</translation>
    </message>
    <message>
        <source>First token</source>
        <comment>evals.column-first-token</comment>
        <translation>Premier token</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <comment>evals.column-speed</comment>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Memory</source>
        <comment>evals.column-memory</comment>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Verdict</source>
        <comment>evals.column-verdict</comment>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Licence</source>
        <comment>evals.column-licence</comment>
        <translation>Licence</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>evals.seconds</comment>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-flaky-cases</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{points} points</source>
        <comment>evals.spread-points</comment>
        <translation>{points} points</translation>
    </message>
    <message>
        <source>the earlier run {run} of this suite ran {model} with {differences}, so its results are not comparable with these.</source>
        <comment>evals.not-comparable</comment>
        <translation>l&apos;exécution précédente {run} de cette suite a utilisé {model} avec {differences}&#xa0;: ses résultats ne sont donc pas comparables à ceux-ci.</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <comment>evals.list-more</comment>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>That evaluation run is gone.</source>
        <comment>evals.run-gone</comment>
        <translation>Cette exécution d&apos;évaluation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>That reply of the evaluation run is gone.</source>
        <comment>evals.reply-gone</comment>
        <translation>Cette réponse de l&apos;exécution d&apos;évaluation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Hearth cannot read the suite {path}.</source>
        <comment>evals.suite-unreadable</comment>
        <translation>Hearth ne peut pas lire la suite {path}.</translation>
    </message>
    <message>
        <source>the suite</source>
        <comment>evals.the-suite</comment>
        <translation>la suite</translation>
    </message>
    <message>
        <source>Line {number} of {where} is not JSON: {error} at column {column}. Each line must be one case, a JSON object on one line.</source>
        <comment>evals.line-not-json</comment>
        <translation>La ligne {number} de {where} n&apos;est pas du JSON&#xa0;: {error} à la colonne {column}. Chaque ligne doit être un cas, un objet JSON sur une seule ligne.</translation>
    </message>
    <message>
        <source>Line {number} of {where}: {problem}</source>
        <comment>evals.line-problem</comment>
        <translation>Ligne {number} de {where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>There are no cases in {where}: write one JSON object a line, with at least a “prompt”.</source>
        <comment>evals.no-cases</comment>
        <translation>Il n&apos;y a aucun cas dans {where}&#xa0;: écrivez un objet JSON par ligne, avec au moins un «&#xa0;prompt&#xa0;».</translation>
    </message>
    <message>
        <source>a case must be a JSON object such as {{“prompt”: “…”, “checks”: […]}}.</source>
        <comment>evals.case-not-object</comment>
        <translation>un cas doit être un objet JSON comme {{“prompt”: “…”, “checks”: […]}}.</translation>
    </message>
    <message>
        <source>{names} is not part of a case; a case may have {allowed}.</source>
        <comment>evals.unknown-key</comment>
        <translation>{names} ne fait pas partie d&apos;un cas&#xa0;; un cas peut avoir {allowed}.</translation>
    </message>
    <message>
        <source>{names} are not part of a case; a case may have {allowed}.</source>
        <comment>evals.unknown-keys</comment>
        <translation>{names} ne font pas partie d&apos;un cas&#xa0;; un cas peut avoir {allowed}.</translation>
    </message>
    <message>
        <source>{problem} Write promptfoo&apos;s “assert” as “checks”.</source>
        <comment>evals.assert-hint</comment>
        <translation>{problem} Remplacez le «&#xa0;assert&#xa0;» de promptfoo par «&#xa0;checks&#xa0;».</translation>
    </message>
    <message>
        <source>the case has no “prompt” (the text to ask each model).</source>
        <comment>evals.no-prompt</comment>
        <translation>le cas n&apos;a pas de «&#xa0;prompt&#xa0;» (le texte à demander à chaque modèle).</translation>
    </message>
    <message>
        <source>“vars” must be an object of names and values, such as {{“city”: “Paris”}}.</source>
        <comment>evals.bad-vars</comment>
        <translation>«&#xa0;vars&#xa0;» doit être un objet de noms et de valeurs, comme {{“city”: “Paris”}}.</translation>
    </message>
    <message>
        <source>“checks” must be a list of checks, such as [{{“type”: “contains”, “value”: “Paris”}}].</source>
        <comment>evals.bad-checks</comment>
        <translation>«&#xa0;checks&#xa0;» doit être une liste de vérifications, comme [{{“type”: “contains”, “value”: “Paris”}}].</translation>
    </message>
    <message>
        <source>“description” must be text.</source>
        <comment>evals.bad-description</comment>
        <translation>«&#xa0;description&#xa0;» doit être du texte.</translation>
    </message>
    <message>
        <source>“tools” must be a list of OpenAI tools, each {{“type”: “function”, “function”: {{“name”, …}}}}.</source>
        <comment>evals.bad-tools</comment>
        <translation>«&#xa0;tools&#xa0;» doit être une liste d&apos;outils OpenAI, chacun de la forme {{“type”: “function”, “function”: {{“name”, …}}}}.</translation>
    </message>
    <message>
        <source>the case&apos;s “threshold”</source>
        <comment>evals.case-threshold</comment>
        <translation>le «&#xa0;threshold&#xa0;» du cas</translation>
    </message>
    <message>
        <source>the prompt asks for the variable “{name}”, but this case does not give it. Add a “{column}” column or var (this case gives: {given}).</source>
        <comment>evals.case-missing-variable</comment>
        <translation>le prompt demande la variable «&#xa0;{name}&#xa0;», mais ce cas ne la fournit pas. Ajoutez une colonne ou une variable «&#xa0;{column}&#xa0;» (ce cas fournit&#xa0;: {given}).</translation>
    </message>
    <message>
        <source>check {index} needs a “type”, such as {{“type”: “icontains”, “value”: “Paris”}}.</source>
        <comment>evals.check-no-type</comment>
        <translation>la vérification {index} demande un «&#xa0;type&#xa0;», comme {{“type”: “icontains”, “value”: “Paris”}}.</translation>
    </message>
    <message>
        <source>check {index}&apos;s “weight” must be a number, 0 or more (0: shown, never counted).</source>
        <comment>evals.check-bad-weight</comment>
        <translation>le «&#xa0;weight&#xa0;» de la vérification {index} doit être un nombre, 0 ou plus (0&#xa0;: affichée, jamais comptée).</translation>
    </message>
    <message>
        <source>check {index}&apos;s “threshold” must be a number.</source>
        <comment>evals.check-bad-threshold</comment>
        <translation>le «&#xa0;threshold&#xa0;» de la vérification {index} doit être un nombre.</translation>
    </message>
    <message>
        <source>check {index} ({type}): {problem}</source>
        <comment>evals.check-problem</comment>
        <translation>vérification {index} ({type})&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Hearth cannot read the table {path}.</source>
        <comment>evals.table-unreadable</comment>
        <translation>Hearth ne peut pas lire le tableau {path}.</translation>
    </message>
    <message>
        <source>The table {path} is empty: its first row must name the variables, one a column.</source>
        <comment>evals.table-empty</comment>
        <translation>Le tableau {path} est vide&#xa0;: sa première ligne doit nommer les variables, une par colonne.</translation>
    </message>
    <message>
        <source>The first row of {path} must name each column once (it reads: {header}).</source>
        <comment>evals.table-header</comment>
        <translation>La première ligne de {path} doit nommer chaque colonne une seule fois (elle contient&#xa0;: {header}).</translation>
    </message>
    <message>
        <source>Line {number} of {path} has {cells} cells, but the first row names {columns} columns. Put quotes around a value that holds a comma.</source>
        <comment>evals.table-row-too-long</comment>
        <translation>La ligne {number} de {path} a {cells} cellules, mais la première ligne nomme {columns} colonnes. Mettez entre guillemets une valeur qui contient une virgule.</translation>
    </message>
    <message>
        <source>Write the prompt first: the table&apos;s rows fill its {{{{variables}}}}.</source>
        <comment>evals.table-no-prompt</comment>
        <translation>Écrivez d&apos;abord le prompt&#xa0;: les lignes du tableau remplissent ses {{{{variables}}}}.</translation>
    </message>
    <message>
        <source>The table has no rows: each row of values becomes one case.</source>
        <comment>evals.table-no-rows</comment>
        <translation>Le tableau n&apos;a aucune ligne&#xa0;: chaque ligne de valeurs devient un cas.</translation>
    </message>
    <message>
        <source>Row {number} of the table: {problem}</source>
        <comment>evals.table-row-problem</comment>
        <translation>Ligne {number} du tableau&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The row {row} of the table&apos;s __expected column: {problem}</source>
        <comment>evals.table-expected</comment>
        <translation>Ligne {row} de la colonne __expected du tableau&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{what} must be a number from 0 to 1 (the share of the weighted score a reply needs).</source>
        <comment>evals.bad-threshold</comment>
        <translation>{what} doit être un nombre de 0 à 1 (la part du score pondéré qu&apos;il faut à une réponse).</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>evals.case-passed</comment>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>evals.case-failed</comment>
        <translation>échoué</translation>
    </message>
    <message>
        <source>flaky</source>
        <comment>evals.case-flaky</comment>
        <translation>instable</translation>
    </message>
    <message>
        <source>On another computer</source>
        <comment>evals.on-another-computer</comment>
        <translation>Sur un autre ordinateur</translation>
    </message>
    <message>
        <source>Not known to Hearth</source>
        <comment>evals.licence-unknown</comment>
        <translation>Inconnue de Hearth</translation>
    </message>
    <message>
        <source>It runs on another computer.</source>
        <comment>evals.runs-on-another-computer</comment>
        <translation>Il fonctionne sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>its licence is not known to Hearth</source>
        <comment>evals.licence-not-known</comment>
        <translation>sa licence est inconnue de Hearth</translation>
    </message>
    <message>
        <source>its licence ({licence}) does not allow business use</source>
        <comment>evals.licence-not-business</comment>
        <translation>sa licence ({licence}) n&apos;autorise pas l&apos;usage commercial</translation>
    </message>
    <message>
        <source>its licence ({licence}) does not allow it</source>
        <comment>evals.licence-closed</comment>
        <translation>sa licence ({licence}) ne le permet pas</translation>
    </message>
    <message>
        <source>business use</source>
        <comment>evals.business-use</comment>
        <translation>l&apos;usage commercial</translation>
    </message>
    <message>
        <source>personal use</source>
        <comment>evals.personal-use</comment>
        <translation>l&apos;usage personnel</translation>
    </message>
    <message>
        <source>None of these models runs on this computer, so Hearth recommends none of them here.</source>
        <comment>evals.recommend-none-runs</comment>
        <translation>Aucun de ces modèles ne fonctionne sur cet ordinateur&#xa0;: Hearth n&apos;en recommande donc aucun ici.</translation>
    </message>
    <message>
        <source>{model}: {reason}</source>
        <comment>evals.recommend-licence-reason</comment>
        <translation>{model}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>None of the models that run here has a licence that allows {use} ({reasons}).</source>
        <comment>evals.recommend-no-licence</comment>
        <translation>Aucun des modèles qui fonctionnent ici n&apos;a de licence autorisant {use} ({reasons}).</translation>
    </message>
    <message>
        <source>No model that runs here with a licence for {use} passed any case; none is recommended.</source>
        <comment>evals.recommend-none-passed</comment>
        <translation>Aucun modèle qui fonctionne ici avec une licence pour {use} n&apos;a réussi le moindre cas&#xa0;; aucun n&apos;est recommandé.</translation>
    </message>
    <message>
        <source>{model} passes the most cases ({rate}) among the models that run here and whose licence allows {use}</source>
        <comment>evals.recommend-best</comment>
        <translation>{model} réussit le plus de cas ({rate}) parmi les modèles qui fonctionnent ici et dont la licence autorise {use}</translation>
    </message>
    <message>
        <source>{recommendation}; {tied} passes as many, and {model} is faster</source>
        <comment>evals.recommend-tied-one</comment>
        <translation>{recommendation}&#xa0;; {tied} en réussit autant, et {model} est plus rapide</translation>
    </message>
    <message>
        <source>{recommendation}; {tied} pass as many, and {model} is faster</source>
        <comment>evals.recommend-tied</comment>
        <translation>{recommendation}&#xa0;; {tied} en réussissent autant, et {model} est plus rapide</translation>
    </message>
    <message>
        <source>{model} passes {rate}, but {reason}</source>
        <comment>evals.recommend-better-excluded</comment>
        <translation>{model} en réussit {rate}, mais {reason}</translation>
    </message>
    <message>
        <source>{recommendation} ({why})</source>
        <comment>evals.recommend-why-not-better</comment>
        <translation>{recommendation} ({why})</translation>
    </message>
    <message>
        <source>{recommendation}; its licence is not known to Hearth: read its model card</source>
        <comment>evals.recommend-licence-unknown</comment>
        <translation>{recommendation}&#xa0;; sa licence est inconnue de Hearth&#xa0;: lisez la fiche du modèle</translation>
    </message>
    <message>
        <source>{recommendation}.</source>
        <comment>evals.recommendation</comment>
        <translation>{recommendation}.</translation>
    </message>
    <message>
        <source>it does not run here</source>
        <comment>evals.does-not-run-here</comment>
        <translation>il ne fonctionne pas ici</translation>
    </message>
    <message>
        <source>it runs on another computer</source>
        <comment>evals.elsewhere</comment>
        <translation>il fonctionne sur un autre ordinateur</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <comment>evals.list-semicolon</comment>
        <translation>{first}&#xa0;; {second}</translation>
    </message>
    <message>
        <source>The prompt asks for the variable “{name}”, but this case does not give it. Add a “{column}” column or var (this case gives: {given}).</source>
        <comment>evals.missing-variable</comment>
        <translation>Le prompt demande la variable «&#xa0;{name}&#xa0;», mais ce cas ne la fournit pas. Ajoutez une colonne ou une variable «&#xa0;{column}&#xa0;» (ce cas fournit&#xa0;: {given}).</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-variables</comment>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Bienvenue dans Hearth</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Go straight to Hearth; this welcome does not show again</source>
        <translation>Aller directement à Hearth&#xa0;; cet accueil ne s&apos;affichera plus</translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation>Passer l&apos;accueil</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>See models that fit</source>
        <translation>Voir les modèles adaptés</translation>
    </message>
    <message>
        <source>Download {model} ({size})</source>
        <translation>Télécharger {model} ({size})</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Needs about {need} on your graphics card, which has room for it.</source>
        <comment>fit.reason-speech-gpu</comment>
        <translation>Demande environ {need} sur votre carte graphique, qui a la place nécessaire.</translation>
    </message>
    <message>
        <source>Needs about {need} of memory; it transcribes on the processor.</source>
        <comment>fit.reason-speech-cpu</comment>
        <translation>Demande environ {need} de mémoire&#xa0;; la transcription se fait sur le processeur.</translation>
    </message>
    <message>
        <source>Needs about {need}, but only {free} of memory is free.</source>
        <comment>fit.reason-speech-too-large</comment>
        <translation>Demande environ {need}, mais seuls {free} de mémoire sont libres.</translation>
    </message>
    <message>
        <source>Runs on your graphics card</source>
        <comment>fit.label-gpu</comment>
        <translation>Sur votre carte graphique</translation>
    </message>
    <message>
        <source>Partly on your graphics card</source>
        <comment>fit.label-partial</comment>
        <translation>En partie sur votre carte graphique</translation>
    </message>
    <message>
        <source>Runs on your processor</source>
        <comment>fit.label-cpu</comment>
        <translation>Sur votre processeur</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <comment>fit.label-too-large</comment>
        <translation>Trop grand pour cet ordinateur</translation>
    </message>
    <message>
        <source>fast</source>
        <comment>fit.speed-fast</comment>
        <translation>rapide</translation>
    </message>
    <message>
        <source>comfortable</source>
        <comment>fit.speed-comfortable</comment>
        <translation>confortable</translation>
    </message>
    <message>
        <source>slow</source>
        <comment>fit.speed-slow</comment>
        <translation>lente</translation>
    </message>
    <message>
        <source>very slow</source>
        <comment>fit.speed-very-slow</comment>
        <translation>très lente</translation>
    </message>
    <message>
        <source>{band}, roughly {low}–{high} tokens/s</source>
        <comment>fit.speed-band</comment>
        <translation>{band}, environ {low}–{high} tokens/s</translation>
    </message>
    <message>
        <source>your {count} graphics cards have {free} free together</source>
        <comment>fit.gpus-free</comment>
        <translation>vos {count} cartes graphiques ont {free} libres au total</translation>
    </message>
    <message>
        <source>your graphics card has {free} free</source>
        <comment>fit.gpu-free</comment>
        <translation>votre carte graphique a {free} libres</translation>
    </message>
    <message>
        <source>with an {size} context</source>
        <comment>fit.with-an-context</comment>
        <translation>avec un contexte de {size}</translation>
    </message>
    <message>
        <source>with a {size} context</source>
        <comment>fit.with-a-context</comment>
        <translation>avec un contexte de {size}</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so it all runs there.</source>
        <comment>fit.reason-gpu</comment>
        <translation>Demande environ {need} {context}&#xa0;; {gpu_free}, il s&apos;exécute donc entièrement dessus.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so {layers} of {full} layers go on them and the rest runs on the processor.</source>
        <comment>fit.reason-partial-cards</comment>
        <translation>Demande environ {need} {context}&#xa0;; {gpu_free}, donc {layers} couches sur {full} y sont placées et le reste s&apos;exécute sur le processeur.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so {layers} of {full} layers go on it and the rest runs on the processor.</source>
        <comment>fit.reason-partial</comment>
        <translation>Demande environ {need} {context}&#xa0;; {gpu_free}, donc {layers} couches sur {full} y sont placées et le reste s&apos;exécute sur le processeur.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, but macOS lets the graphics processor use only part of it, so it runs on the processor.</source>
        <comment>fit.reason-cpu-unified</comment>
        <translation>Demande environ {need} {context}&#xa0;; {free} de mémoire sont libres, mais macOS ne laisse le processeur graphique en utiliser qu&apos;une partie&#xa0;: il s&apos;exécute donc sur le processeur.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, but your graphics card is too full or too small to help, so it runs on the processor.</source>
        <comment>fit.reason-cpu-gpu-full</comment>
        <translation>Demande environ {need} {context}&#xa0;; {free} de mémoire sont libres, mais votre carte graphique est trop remplie ou trop petite pour aider&#xa0;: il s&apos;exécute donc sur le processeur.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, so it runs on the processor.</source>
        <comment>fit.reason-cpu</comment>
        <translation>Demande environ {need} {context}&#xa0;; {free} de mémoire sont libres&#xa0;: il s&apos;exécute donc sur le processeur.</translation>
    </message>
    <message>
        <source>Needs about {need} even {context}, but only {free} of memory is free on this computer.</source>
        <comment>fit.reason-too-large</comment>
        <translation>Demande environ {need} même {context}, mais seuls {free} de mémoire sont libres sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Help me choose a model</source>
        <translation>Aidez-moi à choisir un modèle</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Que voulez-vous faire&#xa0;?</translation>
    </message>
    <message>
        <source>Hearth has looked at your computer. {headline}</source>
        <translation>Hearth a examiné votre ordinateur. {headline}</translation>
    </message>
    <message>
        <source>Will you use it for work, in a business?</source>
        <translation>L&apos;utiliserez-vous pour le travail, dans une entreprise&#xa0;?</translation>
    </message>
    <message>
        <source>No, for myself (any open licence)</source>
        <translation>Non, pour moi (toute licence ouverte)</translation>
    </message>
    <message>
        <source>Yes (only licences that allow business use)</source>
        <translation>Oui (licences autorisant l&apos;usage commercial)</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>Suggestions pour vous</translation>
    </message>
    <message>
        <source>Nothing fits yet</source>
        <translation>Aucun modèle adapté</translation>
    </message>
    <message>
        <source>No model in the catalog does that on this computer with the licence you need. Try allowing any licence, or close other programs to free memory and rescan on the Hardware page.</source>
        <translation>Aucun modèle du catalogue ne fait cela sur cet ordinateur avec la licence voulue. Essayez d&apos;autoriser toute licence, ou fermez d&apos;autres programmes pour libérer de la mémoire et relancez l&apos;analyse sur la page Matériel.</translation>
    </message>
    <message>
        <source>Compare these</source>
        <translation>Comparer ceux-ci</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>Télécharger {model}</translation>
    </message>
    <message>
        <source>Download {model} to compare it too.</source>
        <translation>Téléchargez {model} pour le comparer aussi.</translation>
    </message>
    <message>
        <source>Download {first} and {second} to compare them too.</source>
        <translation>Téléchargez {first} et {second} pour les comparer aussi.</translation>
    </message>
    <message>
        <source>Download {first}, {second} and {third} to compare them too.</source>
        <translation>Téléchargez {first}, {second} et {third} pour les comparer aussi.</translation>
    </message>
    <message>
        <source>{size} download · {licence} · {verdict}</source>
        <translation>Téléchargement de {size} · {licence} · {verdict}</translation>
    </message>
    <message>
        <source>{role}: {model}, {summary}</source>
        <translation>{role}&#xa0;: {model}, {summary}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show {model} in Discover</source>
        <translation>Afficher {model} dans Découvrir</translation>
    </message>
    <message>
        <source>Show it in Discover; other filters are cleared</source>
        <translation>L&apos;afficher dans Découvrir&#xa0;; les autres filtres sont effacés</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <source>Could not measure free disk space at {path}: {problem}</source>
        <comment>hardware.disk-unmeasured</comment>
        <translation>Impossible de mesurer l&apos;espace disque libre à l&apos;emplacement {path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Models up to about {in_memory} can run on your processor, from memory. No graphics card that Hearth can use was found, so smaller models will feel faster.</source>
        <comment>hardware.headline-cpu</comment>
        <translation>Les modèles jusqu&apos;à environ {in_memory} peuvent s&apos;exécuter sur votre processeur, depuis la mémoire. Aucune carte graphique utilisable par Hearth n&apos;a été trouvée&#xa0;: les petits modèles sembleront donc plus rapides.</translation>
    </message>
    <message>
        <source>Models up to about {on_gpu} can run on your {gpu} using {acceleration}; it shares memory with the rest of the computer, so close big apps before loading large models.</source>
        <comment>hardware.headline-shared</comment>
        <translation>Les modèles jusqu&apos;à environ {on_gpu} peuvent s&apos;exécuter sur votre {gpu} via {acceleration}&#xa0;; sa mémoire est partagée avec le reste de l&apos;ordinateur, fermez donc les grosses applications avant de charger de grands modèles.</translation>
    </message>
    <message>
        <source>Models up to about {on_gpu} can run fully on your graphics card; up to about {in_memory} in memory, partly on the processor and slower.</source>
        <comment>hardware.headline-gpu</comment>
        <translation>Les modèles jusqu&apos;à environ {on_gpu} peuvent s&apos;exécuter entièrement sur votre carte graphique&#xa0;; jusqu&apos;à environ {in_memory} en mémoire, en partie sur le processeur et plus lentement.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>hardware.unknown-size</comment>
        <translation>mémoire inconnue</translation>
    </message>
    <message>
        <source>{gpu}: {memory}, used through {backend}.</source>
        <comment>hardware.gpu-used</comment>
        <translation>{gpu}&#xa0;: {memory}, utilisée via {backend}.</translation>
    </message>
    <message>
        <source>{gpu}: {memory}, {free} free, used through {backend}.</source>
        <comment>hardware.gpu-used-free</comment>
        <translation>{gpu}&#xa0;: {memory}, {free} libres, utilisée via {backend}.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because its {memory} of memory is too small to help.</source>
        <comment>hardware.gpu-too-small</comment>
        <translation>{gpu}&#xa0;: non utilisée, car sa mémoire de {memory} est trop petite pour être utile.</translation>
    </message>
    <message>
        <source>Transcription runs on the processor: the speech engine (CTranslate2) sees no CUDA device. It needs NVIDIA&apos;s cuBLAS 12 and cuDNN 9 libraries, which the CUDA build of Hearth carries.</source>
        <comment>hardware.speech-no-cuda</comment>
        <translation>La transcription s&apos;exécute sur le processeur&#xa0;: le moteur vocal (CTranslate2) ne voit aucun périphérique CUDA. Il a besoin des bibliothèques cuBLAS 12 et cuDNN 9 de NVIDIA, fournies avec la version CUDA de Hearth.</translation>
    </message>
    <message>
        <source>Could not read /proc/cpuinfo: {problem}</source>
        <comment>hardware.cpuinfo-unread</comment>
        <translation>Impossible de lire /proc/cpuinfo&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Hearth&apos;s download for older processors runs here, a little slower; so does a Hearth built on this computer (`make run` from the source).</source>
        <comment>hardware.remedy-older-build</comment>
        <translation>La version de Hearth pour processeurs plus anciens fonctionne ici, un peu plus lentement&#xa0;; tout comme un Hearth compilé sur cet ordinateur (`make run` depuis les sources).</translation>
    </message>
    <message>
        <source>A Hearth built on this computer (`make run` from the source) compiles the engine for this processor.</source>
        <comment>hardware.remedy-build-here</comment>
        <translation>Un Hearth compilé sur cet ordinateur (`make run` depuis les sources) compile le moteur pour ce processeur.</translation>
    </message>
    <message>
        <source>Chat models cannot run with this copy of Hearth: its engine was built for processors with {names}, and {processor} lacks these. Transcription still works. {remedy}</source>
        <comment>hardware.cpu-lacks-features</comment>
        <translation>Les modèles de conversation ne peuvent pas fonctionner avec cette copie de Hearth&#xa0;: son moteur a été compilé pour des processeurs dotés de {names}, et {processor} en est dépourvu. La transcription fonctionne toujours. {remedy}</translation>
    </message>
    <message>
        <source>Chat models cannot run with this copy of Hearth: its engine was built for processors with {names}, and {processor} lacks this. Transcription still works. {remedy}</source>
        <comment>hardware.cpu-lacks-feature</comment>
        <translation>Les modèles de conversation ne peuvent pas fonctionner avec cette copie de Hearth&#xa0;: son moteur a été compilé pour des processeurs dotés de {names}, et {processor} en est dépourvu. La transcription fonctionne toujours. {remedy}</translation>
    </message>
    <message>
        <source>this processor</source>
        <comment>hardware.this-processor</comment>
        <translation>ce processeur</translation>
    </message>
    <message>
        <source>{gpu}: not used, because this build of Hearth&apos;s engine (llama.cpp) has no GPU support. Install the {backend} build of Hearth to use it.</source>
        <comment>hardware.gpu-no-support</comment>
        <translation>{gpu}&#xa0;: non utilisée, car cette version du moteur de Hearth (llama.cpp) ne prend pas en charge les cartes graphiques. Installez la version {backend} de Hearth pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because llama.cpp has no way to drive it.</source>
        <comment>hardware.gpu-no-driver</comment>
        <translation>{gpu}&#xa0;: non utilisée, car llama.cpp n&apos;a aucun moyen de la piloter.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because this build of Hearth&apos;s engine drives {built} graphics cards, and this one needs {needed}. Install the {needed} build of Hearth to use it.</source>
        <comment>hardware.gpu-other-backend</comment>
        <translation>{gpu}&#xa0;: non utilisée, car cette version du moteur de Hearth pilote les cartes graphiques {built}, alors que celle-ci a besoin de {needed}. Installez la version {needed} de Hearth pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because it is older (compute capability {capability}) than this build of Hearth&apos;s engine supports ({oldest} or newer).</source>
        <comment>hardware.gpu-too-old</comment>
        <translation>{gpu}&#xa0;: non utilisée, car elle est plus ancienne (compute capability {capability}) que ce que prend en charge cette version du moteur de Hearth ({oldest} ou plus récente).</translation>
    </message>
    <message>
        <source>{gpu}: not used, because its NVIDIA driver {driver} is too old for Hearth&apos;s CUDA engine ({wanted} or newer). Update the driver (from nvidia.com or your system&apos;s driver manager) and restart Hearth; until then models run on the processor.</source>
        <comment>hardware.driver-too-old</comment>
        <translation>{gpu}&#xa0;: non utilisée, car son pilote NVIDIA {driver} est trop ancien pour le moteur CUDA de Hearth ({wanted} ou plus récent). Mettez à jour le pilote (depuis nvidia.com ou le gestionnaire de pilotes de votre système) et redémarrez Hearth&#xa0;; d&apos;ici là, les modèles s&apos;exécutent sur le processeur.</translation>
    </message>
    <message>
        <source>The NVIDIA driver (NVML) {problem}; trying nvidia-smi</source>
        <comment>hardware.nvml-missing</comment>
        <translation>Le pilote NVIDIA (NVML) {problem}&#xa0;; essai avec nvidia-smi</translation>
    </message>
    <message>
        <source>The NVIDIA driver (NVML) gave an error: {problem}; trying nvidia-smi</source>
        <comment>hardware.nvml-error</comment>
        <translation>Le pilote NVIDIA (NVML) a renvoyé une erreur&#xa0;: {problem}&#xa0;; essai avec nvidia-smi</translation>
    </message>
    <message>
        <source>nvidia-smi answered, but its output listed no GPU Hearth could read</source>
        <comment>hardware.nvidia-smi-no-gpu</comment>
        <translation>nvidia-smi a répondu, mais sa sortie ne listait aucun GPU lisible par Hearth</translation>
    </message>
    <message>
        <source>nvidia-smi is installed but cannot reach the NVIDIA driver: the graphics card cannot be used until the driver is installed or the computer restarted</source>
        <comment>hardware.nvidia-driver-unreachable</comment>
        <translation>nvidia-smi est installé mais ne parvient pas à joindre le pilote NVIDIA&#xa0;: la carte graphique est inutilisable tant que le pilote n&apos;est pas installé ou l&apos;ordinateur redémarré</translation>
    </message>
    <message>
        <source>system_profiler is missing: cannot see the graphics processor</source>
        <comment>hardware.no-system-profiler</comment>
        <translation>system_profiler est absent&#xa0;: impossible de voir le processeur graphique</translation>
    </message>
    <message>
        <source>Windows reports at most 4 GB for {gpu}; it may have more</source>
        <comment>hardware.windows-vram-capped</comment>
        <translation>Windows indique au plus 4 Go pour {gpu}&#xa0;; la carte en a peut-être davantage</translation>
    </message>
    <message>
        <source>The llama.cpp engine could not be loaded, so chat will not work: {problem}</source>
        <comment>hardware.chat-engine-missing</comment>
        <translation>Le moteur llama.cpp n&apos;a pas pu être chargé, la conversation ne fonctionnera donc pas&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The speech engine (CTranslate2) could not be loaded, so transcription will not work: {problem}</source>
        <comment>hardware.speech-engine-missing</comment>
        <translation>Le moteur vocal (CTranslate2) n&apos;a pas pu être chargé, la transcription ne fonctionnera donc pas&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>Your computer</source>
        <translation>Votre ordinateur</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Réanalyser</translation>
    </message>
    <message>
        <source>Look at the hardware again (Ctrl+R)</source>
        <translation>Réexaminer le matériel (Ctrl+R)</translation>
    </message>
    <message>
        <source>Look at the hardware again</source>
        <translation>Réexaminer le matériel</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>Graphisme</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Accélération</translation>
    </message>
    <message>
        <source>Storage for models</source>
        <translation>Stockage des modèles</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Show the full scan</source>
        <translation>Afficher l&apos;analyse complète</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copy the full scan, for example to paste into a bug report</source>
        <translation>Copier l&apos;analyse complète, par exemple pour la coller dans un rapport de bug</translation>
    </message>
    <message>
        <source>Copy the full scan</source>
        <translation>Copier l&apos;analyse complète</translation>
    </message>
    <message>
        <source>The full scan</source>
        <translation>L&apos;analyse complète</translation>
    </message>
    <message>
        <source>Warnings about this computer</source>
        <translation>Avertissements sur cet ordinateur</translation>
    </message>
    <message>
        <source>Looking at your computer…</source>
        <translation>Examen de votre ordinateur…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <source>no vector extensions found</source>
        <translation>aucune extension vectorielle trouvée</translation>
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
            <numerusform>%n cœur</numerusform>
            <numerusform>%n cœurs</numerusform>
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
        <translation>{size} libres en ce moment</translation>
    </message>
    <message numerus="yes">
        <source>{name} (+%n more)</source>
        <translation>
            <numerusform>{name} (+%n autre)</numerusform>
            <numerusform>{name} (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor only</source>
        <translation>Processeur seul</translation>
    </message>
    <message>
        <source>No graphics card that Hearth can use was found. Models run on the processor.</source>
        <translation>Aucune carte graphique utilisable par Hearth n&apos;a été trouvée. Les modèles s&apos;exécutent sur le processeur.</translation>
    </message>
    <message>
        <source>{size} free</source>
        <translation>{size} libres</translation>
    </message>
    <message>
        <source>The scan&apos;s details are copied: paste them into a bug report or a message.</source>
        <translation>Les détails de l&apos;analyse sont copiés&#xa0;: collez-les dans un rapport de bug ou un message.</translation>
    </message>
    <message>
        <source>The chat engine (llama.cpp) could not be loaded; see the details below.</source>
        <translation>Le moteur de conversation (llama.cpp) n&apos;a pas pu être chargé&#xa0;; voir les détails ci-dessous.</translation>
    </message>
    <message>
        <source>Chat: llama.cpp {version}, with GPU support</source>
        <translation>Conversation&#xa0;: llama.cpp {version}, avec prise en charge du GPU</translation>
    </message>
    <message>
        <source>Chat: llama.cpp {version}, built for the processor only</source>
        <translation>Conversation&#xa0;: llama.cpp {version}, compilé pour le processeur seul</translation>
    </message>
    <message>
        <source>The speech engine (CTranslate2) could not be loaded; see the details below.</source>
        <translation>Le moteur vocal (CTranslate2) n&apos;a pas pu être chargé&#xa0;; voir les détails ci-dessous.</translation>
    </message>
    <message>
        <source>Transcription: CTranslate2 {version}, on the graphics card</source>
        <translation>Transcription&#xa0;: CTranslate2 {version}, sur la carte graphique</translation>
    </message>
    <message>
        <source>Transcription: CTranslate2 {version}, on the processor</source>
        <translation>Transcription&#xa0;: CTranslate2 {version}, sur le processeur</translation>
    </message>
    <message>
        <source>Processor ({extension})</source>
        <translation>Processeur ({extension})</translation>
    </message>
</context>
<context>
    <name>Host</name>
    <message>
        <source>Cancelled.</source>
        <comment>host.job-cancelled</comment>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>{name} is not loaded.</source>
        <comment>host.not-loaded</comment>
        <translation>{name} n&apos;est pas chargé.</translation>
    </message>
    <message>
        <source>{name} is not loaded any more; load it again to go on.</source>
        <comment>host.no-model-loaded</comment>
        <translation>{name} n&apos;est plus chargé&#xa0;; chargez-le à nouveau pour continuer.</translation>
    </message>
    <message>
        <source>{evicted} was unloaded to make room for {name}.</source>
        <comment>host.unloaded-for-room</comment>
        <translation>{evicted} a été déchargé pour faire de la place à {name}.</translation>
    </message>
</context>
<context>
    <name>HubNotice</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>HubRepoView</name>
    <message>
        <source>Reading its files and each quantization&apos;s header on Hugging Face…</source>
        <translation>Lecture de ses fichiers et de l&apos;en-tête de chaque quantification sur Hugging Face…</translation>
    </message>
    <message>
        <source>architecture unknown</source>
        <translation>architecture inconnue</translation>
    </message>
    <message numerus="yes">
        <source>{arch} · revision {revision} · %n quantizations</source>
        <translation>
            <numerusform>{arch} · révision {revision} · %n quantification</numerusform>
            <numerusform>{arch} · révision {revision} · %n quantifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Gated: accept its terms on &lt;a href=&quot;{url}&quot;&gt;its Hugging Face page&lt;/a&gt; and add a token in Settings to download it.</source>
        <translation>Accès restreint&#xa0;: acceptez ses conditions sur &lt;a href=&quot;{url}&quot;&gt;sa page Hugging Face&lt;/a&gt; et ajoutez un jeton dans les Paramètres pour le télécharger.</translation>
    </message>
    <message>
        <source>This repository has no GGUF files Hearth can run.</source>
        <translation>Ce dépôt ne contient aucun fichier GGUF que Hearth peut exécuter.</translation>
    </message>
</context>
<context>
    <name>HubResultsTable</name>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J&apos;aime</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>a free licence</source>
        <translation>une licence libre</translation>
    </message>
    <message>
        <source>open, with conditions</source>
        <translation>ouverte, avec conditions</translation>
    </message>
    <message>
        <source>for research</source>
        <translation>pour la recherche</translation>
    </message>
    <message>
        <source>not for commercial use</source>
        <translation>usage commercial interdit</translation>
    </message>
    <message>
        <source>Hugging Face results</source>
        <translation>Résultats Hugging Face</translation>
    </message>
    <message>
        <source>Press Enter on a repository to see how each of its files runs here</source>
        <translation>Appuyez sur Enter sur un dépôt pour voir comment chacun de ses fichiers fonctionne ici</translation>
    </message>
    <message>
        <source>by {author}, {downloads} downloads, {likes} likes, updated {date}, licence: {licence}</source>
        <translation>par {author}, {downloads} téléchargements, {likes} j&apos;aime, mis à jour le {date}, licence&#xa0;: {licence}</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <source>A licence Hearth does not know: read it on the model&apos;s page before using the model.</source>
        <translation>Licence inconnue de Hearth&#xa0;: lisez-la sur la page du modèle avant de l&apos;utiliser.</translation>
    </message>
    <message>
        <source>{licence}: {tier}</source>
        <translation>{licence}&#xa0;: {tier}</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>In Hearth&apos;s picks</source>
        <translation>Dans la sélection de Hearth</translation>
    </message>
    <message>
        <source>Needs access granted on its Hugging Face page and a token in Settings</source>
        <translation>Nécessite un accès accordé sur sa page Hugging Face et un jeton dans les Paramètres</translation>
    </message>
    <message>
        <source>In Hearth&apos;s picks: {name}</source>
        <translation>Dans la sélection de Hearth&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>HubSearch</name>
    <message>
        <source>Offline mode is on, so Hearth did not search Hugging Face. Turn it off in Settings to search.</source>
        <comment>hub_search.search-offline</comment>
        <translation>Le mode hors ligne est activé&#xa0;: Hearth n&apos;a donc pas cherché sur Hugging Face. Désactivez-le dans les Paramètres pour chercher.</translation>
    </message>
    <message>
        <source>in {wait} seconds</source>
        <comment>hub_search.in-seconds</comment>
        <translation>dans {wait} secondes</translation>
    </message>
    <message>
        <source>in a minute</source>
        <comment>hub_search.in-a-minute</comment>
        <translation>dans une minute</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from here; retry {when}.</source>
        <comment>hub_search.hub-busy</comment>
        <translation>Hugging Face reçoit trop de requêtes depuis ici&#xa0;; réessayez {when}.</translation>
    </message>
    <message>
        <source>Hugging Face had a problem of its own ({status}); nothing is wrong here. Retry in a moment.</source>
        <comment>hub_search.hub-server-error</comment>
        <translation>Hugging Face a rencontré un problème de son côté ({status})&#xa0;; tout va bien ici. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Hugging Face refused the request ({status}).</source>
        <comment>hub_search.request-refused</comment>
        <translation>Hugging Face a refusé la requête ({status}).</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check your connection (or the mirror in Settings) and retry.</source>
        <comment>hub_search.hub-unreachable</comment>
        <translation>{host} n&apos;a pas répondu à temps. Vérifiez votre connexion (ou le miroir dans les Paramètres) et réessayez.</translation>
    </message>
    <message>
        <source>Hearth could not reach {host}. Check your connection (or the mirror in Settings) and retry.</source>
        <comment>hub_search.unreachable</comment>
        <translation>Hearth n&apos;a pas pu joindre {host}. Vérifiez votre connexion (ou le miroir dans les Paramètres) et réessayez.</translation>
    </message>
    <message>
        <source>Hugging Face sent an answer Hearth could not read. Retry in a moment.</source>
        <comment>hub_search.hub-failed</comment>
        <translation>Hugging Face a envoyé une réponse que Hearth n&apos;a pas pu lire. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>{repo} asks you to accept its licence first. Open {page}, accept the terms, then add a Hugging Face token in Settings.</source>
        <comment>hub_search.gated-model</comment>
        <translation>{repo} vous demande d&apos;abord d&apos;accepter sa licence. Ouvrez {page}, acceptez les conditions, puis ajoutez un jeton Hugging Face dans les Paramètres.</translation>
    </message>
    <message>
        <source>The model {repo} was not found. It may have been renamed, or it is private and needs a token.</source>
        <comment>hub_search.model-not-found</comment>
        <translation>Le modèle {repo} est introuvable. Il a peut-être été renommé, ou il est privé et nécessite un jeton.</translation>
    </message>
    <message>
        <source>{filename} is no longer in {repo}.</source>
        <comment>hub_search.file-gone</comment>
        <translation>{filename} n&apos;est plus dans {repo}.</translation>
    </message>
    <message>
        <source>Hugging Face refused access to {repo} ({status}). Accept the model&apos;s licence on {page} and add a token in Settings.</source>
        <comment>hub_search.access-refused</comment>
        <translation>Hugging Face a refusé l&apos;accès à {repo} ({status}). Acceptez la licence du modèle sur {page} et ajoutez un jeton dans les Paramètres.</translation>
    </message>
    <message>
        <source>Hugging Face answered with an error ({status}) for {filename}. Try again later.</source>
        <comment>hub_search.file-error</comment>
        <translation>Hugging Face a répondu par une erreur ({status}) pour {filename}. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face to read {filename}. Check your connection.</source>
        <comment>hub_search.network-problem</comment>
        <translation>Impossible de joindre Hugging Face pour lire {filename}. Vérifiez votre connexion.</translation>
    </message>
    <message>
        <source>This link is too long for a Hugging Face model link ({length} characters; at most {max_link_length}), so Hearth did not open it.</source>
        <comment>hub_search.link-too-long</comment>
        <translation>Ce lien est trop long pour un lien de modèle Hugging Face ({length} caractères&#xa0;; {max_link_length} au maximum)&#xa0;: Hearth ne l&apos;a donc pas ouvert.</translation>
    </message>
    <message>
        <source>This link contains invisible control characters, so Hearth did not open it.</source>
        <comment>hub_search.link-control-characters</comment>
        <translation>Ce lien contient des caractères de contrôle invisibles&#xa0;: Hearth ne l&apos;a donc pas ouvert.</translation>
    </message>
    <message>
        <source>This is not a link Hearth can read.</source>
        <comment>hub_search.link-unreadable</comment>
        <translation>Ce n&apos;est pas un lien que Hearth peut lire.</translation>
    </message>
    <message>
        <source>Hearth opens only links that start with {scheme}://{host}; this one is not for Hearth.</source>
        <comment>hub_search.link-other-site</comment>
        <translation>Hearth n&apos;ouvre que les liens qui commencent par {scheme}://{host}&#xa0;; celui-ci n&apos;est pas destiné à Hearth.</translation>
    </message>
    <message>
        <source>Hearth opens only Hugging Face model links ({scheme}://{host}?model=ORG/REPO); this one asks for something else.</source>
        <comment>hub_search.link-not-model</comment>
        <translation>Hearth n&apos;ouvre que les liens de modèles Hugging Face ({scheme}://{host}?model=ORG/REPO)&#xa0;; celui-ci demande autre chose.</translation>
    </message>
    <message>
        <source>This link does not say which model to open (it has no model=ORG/REPO).</source>
        <comment>hub_search.link-without-model</comment>
        <translation>Ce lien n&apos;indique pas quel modèle ouvrir (il n&apos;a pas de model=ORG/REPO).</translation>
    </message>
    <message>
        <source>This link names more than one model or file, so Hearth cannot tell which to open.</source>
        <comment>hub_search.link-names-several</comment>
        <translation>Ce lien désigne plus d&apos;un modèle ou fichier&#xa0;: Hearth ne peut donc pas savoir lequel ouvrir.</translation>
    </message>
    <message>
        <source>This link is garbled (its letters are not encoded correctly).</source>
        <comment>hub_search.link-garbled-letters</comment>
        <translation>Ce lien est illisible (ses caractères ne sont pas correctement encodés).</translation>
    </message>
    <message>
        <source>This link names a version or a tag of {base}; Hearth opens a model&apos;s current files, so use the model&apos;s link without the part after &apos;@&apos; or &apos;:&apos;.</source>
        <comment>hub_search.link-names-version</comment>
        <translation>Ce lien désigne une version ou un tag de {base}&#xa0;; Hearth ouvre les fichiers actuels d&apos;un modèle, utilisez donc le lien du modèle sans la partie après &apos;@&apos; ou &apos;:&apos;.</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a Hugging Face model name; a model link names one like &apos;organization/model-name&apos;.</source>
        <comment>hub_search.link-bad-repo</comment>
        <translation>&apos;{repo}&apos; n&apos;est pas un nom de modèle Hugging Face&#xa0;; un lien de modèle en désigne un sous la forme &apos;organisation/nom-du-modele&apos;.</translation>
    </message>
    <message>
        <source>This link points at a file outside the model&apos;s folder (&apos;{file}&apos;), so Hearth did not open it.</source>
        <comment>hub_search.file-outside-folder</comment>
        <translation>Ce lien pointe vers un fichier hors du dossier du modèle (&apos;{file}&apos;)&#xa0;: Hearth ne l&apos;a donc pas ouvert.</translation>
    </message>
    <message>
        <source>This link points at &apos;{file}&apos;, which is not a GGUF model file; Hearth runs GGUF files only.</source>
        <comment>hub_search.not-a-gguf-file</comment>
        <translation>Ce lien pointe vers &apos;{file}&apos;, qui n&apos;est pas un fichier de modèle GGUF&#xa0;; Hearth n&apos;exécute que des fichiers GGUF.</translation>
    </message>
    <message>
        <source>{path} on Hugging Face ends inside its header: the file is damaged there.</source>
        <comment>hub_search.corrupt-model-file</comment>
        <translation>{path} sur Hugging Face se termine au milieu de son en-tête&#xa0;: le fichier est endommagé à cet endroit.</translation>
    </message>
    <message>
        <source>{repo} has no {only}; it may have been renamed or removed.</source>
        <comment>hub_search.quant-gone</comment>
        <translation>{repo} n&apos;a pas de {only}&#xa0;; il a peut-être été renommé ou supprimé.</translation>
    </message>
    <message>
        <source>Some of its parts are missing from the repository.</source>
        <comment>hub_search.parts-missing</comment>
        <translation>Certaines de ses parties manquent dans le dépôt.</translation>
    </message>
</context>
<context>
    <name>HubSearchPanel</name>
    <message>
        <source>Words, org/repo, or a huggingface.co address</source>
        <translation>Mots, org/dépôt ou adresse huggingface.co</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Rechercher sur Hugging Face</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Trier les résultats</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search any GGUF model on Hugging Face; each is judged for this computer.</source>
        <translation>Recherchez n&apos;importe quel modèle GGUF sur Hugging Face&#xa0;; chacun est évalué pour cet ordinateur.</translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation>Plus téléchargés</translation>
    </message>
    <message>
        <source>Most liked</source>
        <translation>Plus aimés</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Mis à jour récemment</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>Plus de résultats</translation>
    </message>
    <message>
        <source>← Back to results</source>
        <translation>← Retour aux résultats</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>Retour aux résultats</translation>
    </message>
    <message>
        <source>Type what to search for: words, org/repo, or an address.</source>
        <translation>Tapez ce que vous cherchez&#xa0;: des mots, org/dépôt ou une adresse.</translation>
    </message>
    <message>
        <source>Searching Hugging Face for “{text}”…</source>
        <translation>Recherche de «&#xa0;{text}&#xa0;» sur Hugging Face…</translation>
    </message>
    <message>
        <source>Loading more results…</source>
        <translation>Chargement d&apos;autres résultats…</translation>
    </message>
    <message>
        <source>These results for “{text}” are from {time}, kept while Hugging Face cannot be asked.</source>
        <translation>Ces résultats pour «&#xa0;{text}&#xa0;» datent de {time}, conservés tant que Hugging Face est injoignable.</translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”, more below. Choose one to see how it runs here.</source>
        <translation>
            <numerusform>%n dépôt GGUF pour «&#xa0;{text}&#xa0;», d&apos;autres plus bas. Choisissez-en un pour voir comment il fonctionne ici.</numerusform>
            <numerusform>%n dépôts GGUF pour «&#xa0;{text}&#xa0;», d&apos;autres plus bas. Choisissez-en un pour voir comment il fonctionne ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”. Choose one to see how it runs here.</source>
        <translation>
            <numerusform>%n dépôt GGUF pour «&#xa0;{text}&#xa0;». Choisissez-en un pour voir comment il fonctionne ici.</numerusform>
            <numerusform>%n dépôts GGUF pour «&#xa0;{text}&#xa0;». Choisissez-en un pour voir comment il fonctionne ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other repositories match without GGUF files Hearth can run.</source>
        <translation>
            <numerusform>%n autre dépôt correspond, sans fichier GGUF que Hearth peut exécuter.</numerusform>
            <numerusform>%n autres dépôts correspondent, sans fichier GGUF que Hearth peut exécuter.</numerusform>
        </translation>
    </message>
    <message>
        <source>No GGUF models on Hugging Face match “{text}”.</source>
        <translation>Aucun modèle GGUF sur Hugging Face ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>100 or more other repositories match without GGUF files Hearth can run.</source>
        <translation>100 autres dépôts ou plus correspondent, sans fichier GGUF que Hearth peut exécuter.</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; its verdicts come next.</source>
        <translation>Hearth examine encore cet ordinateur&#xa0;; ses verdicts arrivent ensuite.</translation>
    </message>
    <message>
        <source>Hearth could not read this repository&apos;s files.</source>
        <translation>Hearth n&apos;a pas pu lire les fichiers de ce dépôt.</translation>
    </message>
    <message numerus="yes">
        <source>%n quantizations of {repo} judged for this computer.</source>
        <translation>
            <numerusform>%n quantification de {repo} évaluée pour cet ordinateur.</numerusform>
            <numerusform>%n quantifications de {repo} évaluées pour cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>Trop grand pour cet ordinateur</translation>
    </message>
    <message>
        <source>{repo} {quant} is too large for this computer.

{reason}

Download it anyway?</source>
        <translation>{repo} {quant} est trop grand pour cet ordinateur.

{reason}

Le télécharger quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>{name} is too large to attach ({size}); images up to {max_file_bytes} can be attached.</source>
        <comment>images.file-too-large</comment>
        <translation>{name} est trop volumineux pour être joint ({size})&#xa0;; vous pouvez joindre des images jusqu&apos;à {max_file_bytes}.</translation>
    </message>
    <message>
        <source>{name} could not be opened: {problem}.</source>
        <comment>images.unopened</comment>
        <translation>{name} n&apos;a pas pu être ouvert&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <comment>images.empty-picture</comment>
        <translation>{name} est vide&#xa0;: il ne contient aucune image.</translation>
    </message>
    <message>
        <source>{name} is too large to attach ({size}).</source>
        <comment>images.too-large-attach</comment>
        <translation>{name} est trop volumineux pour être joint ({size}).</translation>
    </message>
    <message>
        <source>{name} has too many pixels to attach; scale it down first.</source>
        <comment>images.too-many-pixels</comment>
        <translation>{name} a trop de pixels pour être joint&#xa0;; réduisez d&apos;abord sa taille.</translation>
    </message>
    <message>
        <source>{name} is not a picture Hearth can show a model; attach a PNG, JPEG, WebP, BMP or GIF image.</source>
        <comment>images.unknown-format</comment>
        <translation>{name} n&apos;est pas une image que Hearth peut montrer à un modèle&#xa0;; joignez une image PNG, JPEG, WebP, BMP ou GIF.</translation>
    </message>
    <message>
        <source>{name} could not be read: the picture in it is damaged or incomplete.</source>
        <comment>images.image-refused</comment>
        <translation>{name} n&apos;a pas pu être lu&#xa0;: l&apos;image qu&apos;il contient est endommagée ou incomplète.</translation>
    </message>
    <message>
        <source>{name} is {width:,} × {height:,} pixels, more than Hearth attaches ({millions} million pixels); scale it down first.</source>
        <comment>images.too-many-pixels-sized</comment>
        <translation>{name} fait {width:,} × {height:,} pixels, plus que ce que Hearth accepte en pièce jointe ({millions} millions de pixels)&#xa0;; réduisez d&apos;abord sa taille.</translation>
    </message>
</context>
<context>
    <name>IndexingPanel</name>
    <message>
        <source>%p%</source>
        <translation>%p&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n files</source>
        <translation>
            <numerusform>{done} sur %n fichier</numerusform>
            <numerusform>{done} sur %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>{files} · {chunks}</source>
        <translation>{files} · {chunks}</translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation>
            <numerusform>%n fragment</numerusform>
            <numerusform>%n fragments</numerusform>
        </translation>
    </message>
    <message>
        <source>{progress} · reading {file}</source>
        <translation>{progress} · lecture de {file}</translation>
    </message>
    <message>
        <source>about {minutes} min {seconds} s left</source>
        <translation>environ {minutes} min {seconds} s restantes</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>environ {seconds} s restantes</translation>
    </message>
    <message>
        <source>{progress} · {left}</source>
        <translation>{progress} · {left}</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: {files} read, {chunks}.</source>
        <translation>Terminé&#xa0;: {files} lus, {chunks}.</translation>
    </message>
    <message>
        <source>Everything was up to date.</source>
        <translation>Tout était à jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n files that are gone were dropped.</source>
        <translation>
            <numerusform>%n fichier disparu a été retiré.</numerusform>
            <numerusform>%n fichiers disparus ont été retirés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>Reprendre l&apos;indexation</translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation>Mettre l&apos;indexation en pause</translation>
    </message>
    <message>
        <source>Indexing of {name}: done</source>
        <translation>Indexation de {name}&#xa0;: terminée</translation>
    </message>
    <message>
        <source>Indexing “{name}”…</source>
        <translation>Indexation de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>Indexing of {name}</source>
        <translation>Indexation de {name}</translation>
    </message>
    <message>
        <source>Indexing of {name}: {percent}%</source>
        <translation>Indexation de {name}&#xa0;: {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Paused · {text}</source>
        <translation>En pause · {text}</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Go to a page, in the sidebar&apos;s order</source>
        <translation>Aller à une page, dans l&apos;ordre de la barre latérale</translation>
    </message>
    <message>
        <source>Show or hide downloads</source>
        <translation>Afficher ou masquer les téléchargements</translation>
    </message>
    <message>
        <source>New conversation (Chat)</source>
        <translation>Nouvelle conversation (Discussion)</translation>
    </message>
    <message>
        <source>Send the message (Chat)</source>
        <translation>Envoyer le message (Discussion)</translation>
    </message>
    <message>
        <source>New line in the message (Chat)</source>
        <translation>Nouvelle ligne dans le message (Discussion)</translation>
    </message>
    <message>
        <source>Stop the reply (Chat)</source>
        <translation>Arrêter la réponse (Discussion)</translation>
    </message>
    <message>
        <source>Search models (Discover)</source>
        <translation>Rechercher des modèles (Découvrir)</translation>
    </message>
    <message>
        <source>Check this computer again (Hardware)</source>
        <translation>Réexaminer cet ordinateur (Matériel)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Usual text size</source>
        <translation>Taille de texte habituelle</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Cette liste de raccourcis</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Passer au contrôle suivant ou précédent</translation>
    </message>
    <message>
        <source>Press the button or switch that has focus</source>
        <translation>Appuyer sur le bouton ou l&apos;interrupteur actif</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>Language and text size</source>
        <translation>Langue et taille du texte</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Ctrl+= larger, Ctrl+- smaller, Ctrl+0 the usual size</source>
        <translation>Ctrl+= plus grand, Ctrl+- plus petit, Ctrl+0 taille habituelle</translation>
    </message>
</context>
<context>
    <name>LeaderboardPanel</name>
    <message>
        <source>Blind: hide the model names until I vote</source>
        <translation>À l&apos;aveugle&#xa0;: masquer les noms des modèles jusqu&apos;à mon vote</translation>
    </message>
    <message>
        <source>{letter} is better</source>
        <translation>{letter} est meilleure</translation>
    </message>
    <message>
        <source>Reply {letter}</source>
        <translation>Réponse {letter}</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Égalité</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>first token</source>
        <translation>premier token</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>This run&apos;s numbers</source>
        <translation>Chiffres de cette exécution</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Rating (95 % range)</source>
        <translation>Note (intervalle à 95 %)</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Chosen over the next one</source>
        <translation>Préféré au suivant</translation>
    </message>
    <message>
        <source>Your leaderboard</source>
        <translation>Votre classement</translation>
    </message>
    <message>
        <source>Ratings use all your votes for this task. A range shows where a rating likely lies; models whose ranges overlap share a rank. More votes narrow the ranges.</source>
        <translation>Les notes utilisent tous vos votes pour cette tâche. Un intervalle montre où se situe probablement une note&#xa0;; les modèles dont les intervalles se chevauchent partagent un rang. Plus de votes resserrent les intervalles.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Cette exécution</translation>
    </message>
    <message>
        <source>Your leaderboard for</source>
        <translation>Votre classement pour</translation>
    </message>
    <message>
        <source>Task of the leaderboard</source>
        <translation>Tâche du classement</translation>
    </message>
    <message>
        <source>Wait for every model&apos;s reply to this prompt before voting.</source>
        <translation>Attendez la réponse de chaque modèle à ce prompt avant de voter.</translation>
    </message>
    <message>
        <source>Which reply is better?</source>
        <translation>Quelle réponse est meilleure&#xa0;?</translation>
    </message>
    <message>
        <source>Run a set to vote on its replies.</source>
        <translation>Exécutez un jeu pour voter sur ses réponses.</translation>
    </message>
    <message>
        <source>You called it a tie.</source>
        <translation>Vous avez déclaré une égalité.</translation>
    </message>
    <message>
        <source>You chose {model}.</source>
        <translation>Vous avez choisi {model}.</translation>
    </message>
</context>
<context>
    <name>LibraryRow</name>
    <message>
        <source>Downloaded by Hearth</source>
        <translation>Téléchargé par Hearth</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Ajouté par vous</translation>
    </message>
    <message>
        <source>From LM Studio</source>
        <translation>Depuis LM Studio</translation>
    </message>
    <message>
        <source>From Ollama</source>
        <translation>Depuis Ollama</translation>
    </message>
    <message>
        <source>From the Hugging Face cache</source>
        <translation>Depuis le cache Hugging Face</translation>
    </message>
    <message>
        <source>From GPT4All</source>
        <translation>Depuis GPT4All</translation>
    </message>
    <message>
        <source>Can see images</source>
        <translation>Voit les images</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Discuter</translation>
    </message>
    <message>
        <source>Chat with {model}</source>
        <translation>Discuter avec {model}</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Show {model} in its folder</source>
        <translation>Afficher {model} dans son dossier</translation>
    </message>
    <message>
        <source>Pair with projector…</source>
        <translation>Associer un projecteur…</translation>
    </message>
    <message>
        <source>Pair {model} with a vision companion</source>
        <translation>Associer {model} à un compagnon de vision</translation>
    </message>
    <message>
        <source>Choose the model&apos;s vision companion (an mmproj file) so it can see images</source>
        <translation>Choisir le compagnon de vision du modèle (un fichier mmproj) pour qu&apos;il voie les images</translation>
    </message>
    <message>
        <source>Sees images with {file}; choose another vision companion</source>
        <translation>Voit les images avec {file}&#xa0;; choisir un autre compagnon de vision</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete {model}</source>
        <translation>Supprimer {model}</translation>
    </message>
    <message>
        <source>Delete the downloaded files</source>
        <translation>Supprimer les fichiers téléchargés</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide {model}</source>
        <translation>Masquer {model}</translation>
    </message>
    <message>
        <source>Hide it from this list (its files stay where they are)</source>
        <translation>Le masquer de cette liste (ses fichiers restent où ils sont)</translation>
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
        <translation>Modèle de transcription vocale (faster-whisper)</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>{count} paramètres</translation>
    </message>
    <message>
        <source>{billions}B parameters</source>
        <translation>{billions} Md de paramètres</translation>
    </message>
    <message>
        <source>{millions}M parameters</source>
        <translation>{millions} M de paramètres</translation>
    </message>
    <message>
        <source>has a chat template</source>
        <translation>a un gabarit de conversation</translation>
    </message>
    <message>
        <source>no chat template (plain text prompts)</source>
        <translation>aucun gabarit de conversation (prompts en texte brut)</translation>
    </message>
    <message>
        <source>{count} tokens of context</source>
        <translation>contexte de {count} tokens</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Discover</source>
        <translation>Découvrir</translation>
    </message>
    <message>
        <source>My Models</source>
        <translation>Mes modèles</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation>Transcrire</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <translation>{page} ({shortcut})</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Choose a page with the arrow keys, or open one with {first} to {last}.</source>
        <translation>Choisissez une page avec les touches fléchées, ou ouvrez-en une avec {first} à {last}.</translation>
    </message>
    <message>
        <source>● Local server on</source>
        <translation>● Serveur local actif</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Show downloads ({shortcut})</source>
        <translation>Afficher les téléchargements ({shortcut})</translation>
    </message>
    <message>
        <source>Shows or hides the list of downloads</source>
        <translation>Affiche ou masque la liste des téléchargements</translation>
    </message>
    <message>
        <source>Other apps use Hearth&apos;s models at {address}</source>
        <translation>D&apos;autres applications utilisent les modèles de Hearth à l&apos;adresse {address}</translation>
    </message>
</context>
<context>
    <name>Mcp</name>
    <message>
        <source>There is no tool server called “{name}”. `hearth mcp list` shows the ones there are.</source>
        <comment>mcp.server-unknown</comment>
        <translation>Il n&apos;existe aucun serveur d&apos;outils nommé «&#xa0;{name}&#xa0;». `hearth mcp list` affiche ceux qui existent.</translation>
    </message>
    <message>
        <source>A tool server called “{name}” is already there. Remove it first, or choose another name.</source>
        <comment>mcp.server-exists</comment>
        <translation>Un serveur d&apos;outils nommé «&#xa0;{name}&#xa0;» existe déjà. Retirez-le d&apos;abord, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The tool servers&apos; list {path} could not be read: {strerror}.</source>
        <comment>mcp.list-unreadable</comment>
        <translation>La liste des serveurs d&apos;outils {path} n&apos;a pas pu être lue&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>it is not valid JSON ({problem})</source>
        <comment>mcp.list-not-json</comment>
        <translation>ce n&apos;est pas du JSON valide ({problem})</translation>
    </message>
    <message>
        <source>The tool servers&apos; list could not be used: {problem}. It was kept as {aside}; Hearth starts with no tool servers. Fix that file and rename it back to {name} to use it again.</source>
        <comment>mcp.config-damaged</comment>
        <translation>La liste des serveurs d&apos;outils n&apos;a pas pu être utilisée&#xa0;: {problem}. Elle a été conservée sous le nom {aside}&#xa0;; Hearth démarre sans serveur d&apos;outils. Corrigez ce fichier et renommez-le en {name} pour l&apos;utiliser à nouveau.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <comment>mcp.list-not-object</comment>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>its “{key}” is not an object of named servers</source>
        <comment>mcp.list-servers-not-object</comment>
        <translation>son «&#xa0;{key}&#xa0;» n&apos;est pas un objet de serveurs nommés</translation>
    </message>
    <message>
        <source>the server “{name}” is not an object</source>
        <comment>mcp.list-server-not-object</comment>
        <translation>le serveur «&#xa0;{name}&#xa0;» n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>“{name}” cannot be a tool server&apos;s name: use up to 64 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit.</source>
        <comment>mcp.bad-server-name</comment>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être le nom d&apos;un serveur d&apos;outils&#xa0;: utilisez jusqu&apos;à 64 lettres, chiffres, espaces, points, tirets ou traits de soulignement, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The tool server “{name}” in {where} {what}.</source>
        <comment>mcp.entry-invalid</comment>
        <translation>Le serveur d&apos;outils «&#xa0;{name}&#xa0;» dans {where} {what}.</translation>
    </message>
    <message>
        <source>has an “{key}” that is not an object of text values</source>
        <comment>mcp.entry-not-texts</comment>
        <translation>a un champ «&#xa0;{key}&#xa0;» qui n&apos;est pas un objet de valeurs texte</translation>
    </message>
    <message>
        <source>has an empty “command”</source>
        <comment>mcp.entry-empty-command</comment>
        <translation>a un champ «&#xa0;command&#xa0;» vide</translation>
    </message>
    <message>
        <source>has “args” that are not a list of text</source>
        <comment>mcp.entry-bad-args</comment>
        <translation>a un champ «&#xa0;args&#xa0;» qui n&apos;est pas une liste de textes</translation>
    </message>
    <message>
        <source>has a “cwd” that is not a folder&apos;s path</source>
        <comment>mcp.entry-bad-cwd</comment>
        <translation>a un champ «&#xa0;cwd&#xa0;» qui n&apos;est pas le chemin d&apos;un dossier</translation>
    </message>
    <message>
        <source>has a “url” that is not an http:// or https:// address</source>
        <comment>mcp.entry-bad-url</comment>
        <translation>a un champ «&#xa0;url&#xa0;» qui n&apos;est pas une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>uses the older SSE transport, which Hearth does not speak yet (only Streamable HTTP)</source>
        <comment>mcp.entry-sse</comment>
        <translation>utilise l&apos;ancien transport SSE, que Hearth ne prend pas encore en charge (uniquement Streamable HTTP)</translation>
    </message>
    <message>
        <source>has neither a “command” (a program to start) nor a “url” (a server to reach)</source>
        <comment>mcp.entry-neither</comment>
        <translation>n&apos;a ni «&#xa0;command&#xa0;» (un programme à lancer) ni «&#xa0;url&#xa0;» (un serveur à joindre)</translation>
    </message>
    <message>
        <source>The tool “{tool}” of “{name}” did not answer within {timeout_s:g} seconds, so Hearth stopped waiting. The server is still there for the next call.</source>
        <comment>mcp.tool-timed-out</comment>
        <translation>L&apos;outil «&#xa0;{tool}&#xa0;» de «&#xa0;{name}&#xa0;» n&apos;a pas répondu en {timeout_s:g} secondes&#xa0;: Hearth a donc cessé d&apos;attendre. Le serveur reste disponible pour le prochain appel.</translation>
    </message>
    <message>
        <source>The tool server “{name}” refused the call to “{tool}”: {problem}</source>
        <comment>mcp.tool-refused</comment>
        <translation>Le serveur d&apos;outils «&#xa0;{name}&#xa0;» a refusé l&apos;appel à «&#xa0;{tool}&#xa0;»&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The tool server “{name}” is not running.</source>
        <comment>mcp.server-failed</comment>
        <translation>Le serveur d&apos;outils «&#xa0;{name}&#xa0;» n&apos;est pas en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>its process exited</source>
        <comment>mcp.process-exited</comment>
        <translation>son processus s&apos;est arrêté</translation>
    </message>
    <message>
        <source>The tool server “{name}” at {url} could not be reached as an MCP server ({cause}).</source>
        <comment>mcp.unreachable</comment>
        <translation>Le serveur d&apos;outils «&#xa0;{name}&#xa0;» à l&apos;adresse {url} n&apos;a pas pu être joint en tant que serveur MCP ({cause}).</translation>
    </message>
    <message>
        <source>The tool server “{name}” stopped. The last thing it said: {said}</source>
        <comment>mcp.stopped-said</comment>
        <translation>Le serveur d&apos;outils «&#xa0;{name}&#xa0;» s&apos;est arrêté. Son dernier message&#xa0;: {said}</translation>
    </message>
    <message>
        <source>The tool server “{name}” could not start. The last thing it said: {said}</source>
        <comment>mcp.failed-said</comment>
        <translation>Le serveur d&apos;outils «&#xa0;{name}&#xa0;» n&apos;a pas pu démarrer. Son dernier message&#xa0;: {said}</translation>
    </message>
    <message>
        <source>The tool server “{name}” stopped without saying why ({cause}).</source>
        <comment>mcp.stopped-unsaid</comment>
        <translation>Le serveur d&apos;outils «&#xa0;{name}&#xa0;» s&apos;est arrêté sans dire pourquoi ({cause}).</translation>
    </message>
    <message>
        <source>The tool server “{name}” could not start without saying why ({cause}).</source>
        <comment>mcp.failed-unsaid</comment>
        <translation>Le serveur d&apos;outils «&#xa0;{name}&#xa0;» n&apos;a pas pu démarrer, sans dire pourquoi ({cause}).</translation>
    </message>
    <message>
        <source>The call to “{tool}” was stopped before it answered.</source>
        <comment>mcp.tool-stopped</comment>
        <translation>L&apos;appel à «&#xa0;{tool}&#xa0;» a été arrêté avant sa réponse.</translation>
    </message>
    <message>
        <source>Hearth&apos;s tool servers were stopped (Hearth is quitting).</source>
        <comment>mcp.stopped-quitting</comment>
        <translation>Les serveurs d&apos;outils de Hearth ont été arrêtés (Hearth se ferme).</translation>
    </message>
    <message>
        <source>Hearth&apos;s tool servers were already stopped (Hearth is quitting).</source>
        <comment>mcp.already-stopped-quitting</comment>
        <translation>Les serveurs d&apos;outils de Hearth étaient déjà arrêtés (Hearth se ferme).</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth does not connect to the tool server “{name}” at {url}. Turn Offline mode off in Settings to use it.</source>
        <comment>mcp.offline</comment>
        <translation>Le mode hors ligne est activé&#xa0;: Hearth ne se connecte donc pas au serveur d&apos;outils «&#xa0;{name}&#xa0;» à l&apos;adresse {url}. Désactivez le mode hors ligne dans les Paramètres pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The tool server “{name}” started but did not list its tools within {start_timeout_s:g} seconds or answered them wrongly.</source>
        <comment>mcp.no-tools-listed</comment>
        <translation>Le serveur d&apos;outils «&#xa0;{name}&#xa0;» a démarré mais n&apos;a pas listé ses outils en {start_timeout_s:g} secondes, ou les a mal décrits.</translation>
    </message>
    <message>
        <source> The value of its {names} is kept in the password store, not in mcp.json.</source>
        <comment>mcp.kept-in-store</comment>
        <translation> La valeur de {names} est conservée dans le trousseau de mots de passe, et non dans mcp.json.</translation>
    </message>
    <message>
        <source> The value of its {names} is kept in memory for now (see below), not in mcp.json.</source>
        <comment>mcp.kept-in-memory</comment>
        <translation> La valeur de {names} est conservée en mémoire pour l&apos;instant (voir ci-dessous), et non dans mcp.json.</translation>
    </message>
    <message>
        <source>Imported “{name}”.{kept}</source>
        <comment>mcp.imported</comment>
        <translation>«&#xa0;{name}&#xa0;» importé.{kept}</translation>
    </message>
    <message>
        <source>Imported “{name}” as “{new_name}”: {reason}{kept}</source>
        <comment>mcp.imported-renamed</comment>
        <translation>«&#xa0;{name}&#xa0;» importé sous le nom «&#xa0;{new_name}&#xa0;»&#xa0;: {reason}{kept}</translation>
    </message>
    <message>
        <source>{app}&apos;s list ({source})</source>
        <comment>mcp.app-list-at</comment>
        <translation>{source} (liste de {app})</translation>
    </message>
    <message>
        <source>{app}&apos;s list of tool servers</source>
        <comment>mcp.app-server-list</comment>
        <translation>La liste des serveurs d&apos;outils de {app}</translation>
    </message>
    <message>
        <source>The list of tool servers</source>
        <comment>mcp.server-list</comment>
        <translation>La liste des serveurs d&apos;outils</translation>
    </message>
    <message>
        <source>{what} is not there: there is no file {source}. {app} may not be installed, or it has no tool servers yet.</source>
        <comment>mcp.app-list-missing</comment>
        <translation>{what} est introuvable&#xa0;: le fichier {source} n&apos;existe pas. {app} n&apos;est peut-être pas installé, ou n&apos;a pas encore de serveur d&apos;outils.</translation>
    </message>
    <message>
        <source>{what} is not there: there is no file {source}. Check the path.</source>
        <comment>mcp.list-missing</comment>
        <translation>{what} est introuvable&#xa0;: le fichier {source} n&apos;existe pas. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>{what} at {source} could not be read: {strerror}.</source>
        <comment>mcp.import-unreadable</comment>
        <translation>{what} ({source}) n&apos;a pas pu être lue&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>{what} at {source} is not valid JSON, so nothing was imported. Fix it in {app} first.</source>
        <comment>mcp.import-not-json</comment>
        <translation>{what} ({source}) n&apos;est pas du JSON valide&#xa0;: rien n&apos;a donc été importé. Corrigez-la d&apos;abord dans {app}.</translation>
    </message>
    <message>
        <source>the app that wrote it</source>
        <comment>mcp.the-app-that-wrote-it</comment>
        <translation>l&apos;application qui l&apos;a écrite</translation>
    </message>
    <message>
        <source>{what} at {source} has no “{servers_key}” object of named servers, so there is nothing Hearth can import from it.</source>
        <comment>mcp.import-failed</comment>
        <translation>{what} ({source}) n&apos;a pas d&apos;objet «&#xa0;{servers_key}&#xa0;» de serveurs nommés&#xa0;: Hearth ne peut donc rien en importer.</translation>
    </message>
    <message>
        <source>“{name}” was not imported: its entry in {where} is not an object.</source>
        <comment>mcp.entry-not-object</comment>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas été importé&#xa0;: son entrée dans {where} n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>“{name}” was not imported. {problem}</source>
        <comment>mcp.entry-not-imported</comment>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas été importé. {problem}</translation>
    </message>
    <message>
        <source>“{name}” was not imported: its address ends in /sse, so it uses the older SSE transport, which Hearth does not speak yet (only Streamable HTTP).</source>
        <comment>mcp.entry-sse-address</comment>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas été importé&#xa0;: son adresse se termine par /sse, il utilise donc l&apos;ancien transport SSE, que Hearth ne prend pas encore en charge (uniquement Streamable HTTP).</translation>
    </message>
    <message>
        <source>Hearth&apos;s names are letters, digits, spaces, dots, dashes and underscores only.</source>
        <comment>mcp.renamed-name</comment>
        <translation>les noms dans Hearth ne contiennent que des lettres, chiffres, espaces, points, tirets et traits de soulignement.</translation>
    </message>
    <message>
        <source>a different tool server called “{name}” is already there.</source>
        <comment>mcp.renamed-taken</comment>
        <translation>un autre serveur d&apos;outils nommé «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>“{name}” is already there, the same server.</source>
        <comment>mcp.already-there</comment>
        <translation>«&#xa0;{name}&#xa0;» est déjà là&#xa0;: c&apos;est le même serveur.</translation>
    </message>
    <message>
        <source>“{name}” is already there as “{other}”, the same server.</source>
        <comment>mcp.already-there-as</comment>
        <translation>«&#xa0;{name}&#xa0;» est déjà là sous le nom «&#xa0;{other}&#xa0;»&#xa0;: c&apos;est le même serveur.</translation>
    </message>
    <message>
        <source>“{name}” was not imported: too many of that name.</source>
        <comment>mcp.too-many-of-name</comment>
        <translation>«&#xa0;{name}&#xa0;» n&apos;a pas été importé&#xa0;: trop de serveurs portent ce nom.</translation>
    </message>
    <message>
        <source>The program {command} does not exist or cannot be run. Check the path in the server&apos;s settings.</source>
        <comment>mcp.program-unusable</comment>
        <translation>Le programme {command} n&apos;existe pas ou ne peut pas être lancé. Vérifiez le chemin dans les paramètres du serveur.</translation>
    </message>
    <message>
        <source>The program “{command}” was not found on this computer. Install it (for npx: Node.js; for uvx: uv), or write its full path as the server&apos;s command.</source>
        <comment>mcp.program-not-found</comment>
        <translation>Le programme «&#xa0;{command}&#xa0;» est introuvable sur cet ordinateur. Installez-le (pour npx&#xa0;: Node.js&#xa0;; pour uvx&#xa0;: uv), ou indiquez son chemin complet comme commande du serveur.</translation>
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
        <translation>en-têtes</translation>
    </message>
    <message>
        <source>header</source>
        <comment>mcp.secret-header</comment>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>is not in this computer&apos;s password store</source>
        <comment>mcp.secret-not-stored</comment>
        <translation>n&apos;est pas dans le trousseau de mots de passe de cet ordinateur</translation>
    </message>
    <message>
        <source>was kept only until Hearth closed, since this computer has no password store</source>
        <comment>mcp.secret-no-store</comment>
        <translation>n&apos;a été gardée que jusqu&apos;à la fermeture de Hearth, car cet ordinateur n&apos;a pas de trousseau de mots de passe</translation>
    </message>
    <message>
        <source>was kept only until Hearth closed, since the password store failed</source>
        <comment>mcp.secret-store-failed</comment>
        <translation>n&apos;a été gardée que jusqu&apos;à la fermeture de Hearth, car le trousseau de mots de passe a échoué</translation>
    </message>
    <message>
        <source>The tool server “{name}” needs the secret {what} {names}, whose value {where}. Set it again in Settings → Tools, or with `hearth mcp secret {quoted} {example}`.</source>
        <comment>mcp.secret-missing</comment>
        <translation>Le serveur d&apos;outils «&#xa0;{name}&#xa0;» a besoin d&apos;une valeur secrète ({what} {names}) qui {where}. Définissez-la à nouveau dans Paramètres → Outils, ou avec `hearth mcp secret {quoted} {example}`.</translation>
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
        <translation>premier token après {seconds} s</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>Reply from {model}</source>
        <translation>Réponse de {model}</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Show the model&apos;s thinking</source>
        <translation>Afficher la réflexion du modèle</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>La réflexion du modèle</translation>
    </message>
    <message>
        <source>Text of the reply</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>Text of your message</source>
        <translation>Texte de votre message</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the reply</source>
        <translation>Copier la réponse</translation>
    </message>
    <message>
        <source>Copy your message</source>
        <translation>Copier votre message</translation>
    </message>
    <message>
        <source>No reply: {reason}</source>
        <translation>Aucune réponse&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Why the reply failed</source>
        <translation>Pourquoi la réponse a échoué</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try the reply again</source>
        <translation>Relancer la réponse</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Write the reply again</source>
        <translation>Réécrire la réponse</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>Modifier votre message</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong inside Hearth</source>
        <comment>messages.unexpected</comment>
        <translation>Un problème est survenu dans Hearth</translation>
    </message>
    <message>
        <source>Hearth could not finish this</source>
        <comment>messages.could-not-finish</comment>
        <translation>Hearth n&apos;a pas pu terminer cette opération</translation>
    </message>
    <message>
        <source>{failed}: {problem}.</source>
        <comment>messages.computer-refused</comment>
        <translation>{failed}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>{failed}: {problem}</source>
        <comment>messages.bug</comment>
        <translation>{failed}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <source>{tier}; business use allowed</source>
        <translation>{tier}&#xa0;; usage commercial autorisé</translation>
    </message>
    <message>
        <source>{tier}; business use not allowed</source>
        <translation>{tier}&#xa0;; usage commercial interdit</translation>
    </message>
    <message>
        <source>{publisher} · {parameters} parameters</source>
        <translation>{publisher} · {parameters} paramètres</translation>
    </message>
    <message>
        <source>Quantization: smaller files run faster and need less memory; larger ones answer better</source>
        <translation>Quantification&#xa0;: les petits fichiers sont plus rapides et demandent moins de mémoire&#xa0;; les gros répondent mieux</translation>
    </message>
    <message>
        <source>Quantization of {model}</source>
        <translation>Quantification de {model}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>Télécharger {model}</translation>
    </message>
    <message>
        <source>{quant} (recommended)</source>
        <translation>{quant} (recommandée)</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Downloading {percent}%</source>
        <translation>Téléchargement {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Download size (rounded, as published)</source>
        <translation>Taille du téléchargement (arrondie, telle que publiée)</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Taille du téléchargement</translation>
    </message>
    <message>
        <source>Checking your computer…</source>
        <translation>Analyse de votre ordinateur…</translation>
    </message>
    <message>
        <source>Expected speed: {speed}.</source>
        <translation>Vitesse attendue&#xa0;: {speed}.</translation>
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
        <translation>{model} se charge quand vous envoyez un message&#xa0;; sinon, choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>That model is still being checked; choose it from the list in a moment.</source>
        <translation>Ce modèle est encore en cours d&apos;analyse&#xa0;; choisissez-le dans la liste dans un instant.</translation>
    </message>
    <message>
        <source>Loading {model}…</source>
        <translation>Chargement de {model}…</translation>
    </message>
    <message>
        <source>Offline mode is on: other computers&apos; models are off. Choose a model here.</source>
        <translation>Le mode hors ligne est activé&#xa0;: les modèles des autres ordinateurs sont désactivés. Choisissez un modèle ici.</translation>
    </message>
    <message>
        <source>{computer} is no longer listed. Choose another model.</source>
        <translation>{computer} ne figure plus dans la liste. Choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>Hearth closed while loading {model} last time, probably because memory ran out. Options now load it on the processor only, with a shorter context; change them if you want to try again as before.</source>
        <translation>Hearth s&apos;est fermé pendant le chargement de {model} la dernière fois, sans doute par manque de mémoire. Les options le chargent désormais sur le processeur seul, avec un contexte plus court&#xa0;; modifiez-les pour réessayer comme avant.</translation>
    </message>
    <message>
        <source>{reason}

Load it anyway? The computer may slow down.</source>
        <translation>{reason}

Le charger quand même&#xa0;? L&apos;ordinateur risque de ralentir.</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>Trop grand pour cet ordinateur</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>{model} · sees images</source>
        <translation>{model} · voit les images</translation>
    </message>
    <message>
        <source>{model} — {verdict}</source>
        <translation>{model} — {verdict}</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>Choisir un modèle…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>On {computer} ({address}) · leaves this computer</source>
        <translation>Sur {computer} ({address}) · quitte cet ordinateur</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>{name} has no {quantization} version; it comes as {known}.</source>
        <comment>models.unknown-model</comment>
        <translation>{name} n&apos;existe pas en version {quantization}&#xa0;; il est disponible en {known}.</translation>
    </message>
    <message>
        <source>There is no model called &apos;{model_id}&apos; in Hearth&apos;s catalog (see `hearth models`).</source>
        <comment>models.not-in-catalog</comment>
        <translation>Il n&apos;y a aucun modèle nommé &apos;{model_id}&apos; dans le catalogue de Hearth (voir `hearth models`).</translation>
    </message>
    <message>
        <source>Hearth&apos;s model catalog is missing or damaged; reinstall Hearth.</source>
        <comment>models.catalog-damaged</comment>
        <translation>Le catalogue de modèles de Hearth est absent ou endommagé&#xa0;; réinstallez Hearth.</translation>
    </message>
    <message>
        <source>Catalog entry {name} cannot be read.</source>
        <comment>models.catalog-entry-read</comment>
        <translation>L&apos;entrée de catalogue {name} ne peut pas être lue.</translation>
    </message>
    <message>
        <source>Catalog entry {name} is invalid at {where}.</source>
        <comment>models.catalog-entry-invalid</comment>
        <translation>L&apos;entrée de catalogue {name} n&apos;est pas valide à {where}.</translation>
    </message>
    <message>
        <source>Catalog ids are used twice: {ids}.</source>
        <comment>models.catalog-error</comment>
        <translation>Des identifiants du catalogue sont utilisés deux fois&#xa0;: {ids}.</translation>
    </message>
    <message>
        <source>Small and quick</source>
        <comment>models.role-quick</comment>
        <translation>Petit et rapide</translation>
    </message>
    <message>
        <source>Answers almost at once; fine for everyday questions and short texts.</source>
        <comment>models.role-quick-about</comment>
        <translation>Répond presque instantanément&#xa0;; idéal pour les questions du quotidien et les textes courts.</translation>
    </message>
    <message>
        <source>Balanced</source>
        <comment>models.role-balanced</comment>
        <translation>Équilibré</translation>
    </message>
    <message>
        <source>Noticeably smarter, and still quick enough to talk with.</source>
        <comment>models.role-balanced-about</comment>
        <translation>Nettement plus intelligent, et encore assez rapide pour discuter.</translation>
    </message>
    <message>
        <source>Best for this computer</source>
        <comment>models.role-best</comment>
        <translation>Le meilleur pour cet ordinateur</translation>
    </message>
    <message>
        <source>The most capable model that runs well here; it takes a while to load.</source>
        <comment>models.role-best-about</comment>
        <translation>Le modèle le plus performant qui fonctionne bien ici&#xa0;; il met un moment à se charger.</translation>
    </message>
    <message>
        <source>Your computer has {cores} processor core and {memory} of memory, and no graphics card Hearth can use: models up to about {in_memory} run here, and small ones feel fastest.</source>
        <comment>models.summary-no-card-one-core</comment>
        <translation>Votre ordinateur a {cores} cœur de processeur et {memory} de mémoire, et aucune carte graphique utilisable par Hearth&#xa0;: les modèles jusqu&apos;à environ {in_memory} fonctionnent ici, et les petits semblent les plus rapides.</translation>
    </message>
    <message>
        <source>Your computer has {cores} processor cores and {memory} of memory, and no graphics card Hearth can use: models up to about {in_memory} run here, and small ones feel fastest.</source>
        <comment>models.summary-no-card</comment>
        <translation>Votre ordinateur a {cores} cœurs de processeur et {memory} de mémoire, et aucune carte graphique utilisable par Hearth&#xa0;: les modèles jusqu&apos;à environ {in_memory} fonctionnent ici, et les petits semblent les plus rapides.</translation>
    </message>
    <message>
        <source>Your {gpu} shares its {memory} of memory with the graphics chip: models up to about {on_gpu} run on it at full speed.</source>
        <comment>models.summary-shared-memory</comment>
        <translation>Votre {gpu} partage ses {memory} de mémoire avec la puce graphique&#xa0;: les modèles jusqu&apos;à environ {on_gpu} y fonctionnent à pleine vitesse.</translation>
    </message>
    <message>
        <source>Your {gpu} runs models up to about {on_gpu} at full speed, and larger ones up to about {in_memory} more slowly with help from the processor.</source>
        <comment>models.summary-card</comment>
        <translation>Votre {gpu} fait fonctionner les modèles jusqu&apos;à environ {on_gpu} à pleine vitesse, et les plus grands, jusqu&apos;à environ {in_memory}, plus lentement avec l&apos;aide du processeur.</translation>
    </message>
    <message>
        <source>Your {count} graphics cards run models up to about {on_gpu} at full speed, and larger ones up to about {in_memory} more slowly with help from the processor.</source>
        <comment>models.summary-cards</comment>
        <translation>Vos {count} cartes graphiques font fonctionner les modèles jusqu&apos;à environ {on_gpu} à pleine vitesse, et les plus grands, jusqu&apos;à environ {in_memory}, plus lentement avec l&apos;aide du processeur.</translation>
    </message>
    <message>
        <source>This model file is damaged: a text field in its header has an impossible size.</source>
        <comment>models.damaged-text-field</comment>
        <translation>Ce fichier de modèle est endommagé&#xa0;: un champ texte de son en-tête a une taille impossible.</translation>
    </message>
    <message>
        <source>This file is not a GGUF model (it does not start like one).</source>
        <comment>models.not-gguf</comment>
        <translation>Ce fichier n&apos;est pas un modèle GGUF (il ne commence pas comme tel).</translation>
    </message>
    <message>
        <source>This model file uses GGUF version {version}, which Hearth cannot read.</source>
        <comment>models.gguf-version-unknown</comment>
        <translation>Ce fichier de modèle utilise la version {version} de GGUF, que Hearth ne sait pas lire.</translation>
    </message>
    <message>
        <source>This model file is damaged: its header counts are impossible.</source>
        <comment>models.damaged-counts</comment>
        <translation>Ce fichier de modèle est endommagé&#xa0;: les nombres indiqués dans son en-tête sont impossibles.</translation>
    </message>
    <message>
        <source>This model file is damaged: a tensor has an impossible shape.</source>
        <comment>models.damaged-tensor</comment>
        <translation>Ce fichier de modèle est endommagé&#xa0;: un tenseur a une forme impossible.</translation>
    </message>
    <message>
        <source>This model file is damaged or of a kind Hearth does not know.</source>
        <comment>models.damaged-or-unknown</comment>
        <translation>Ce fichier de modèle est endommagé, ou d&apos;un type que Hearth ne connaît pas.</translation>
    </message>
    <message>
        <source>This model file is damaged: its data alignment is impossible.</source>
        <comment>models.damaged-alignment</comment>
        <translation>Ce fichier de modèle est endommagé&#xa0;: l&apos;alignement de ses données est impossible.</translation>
    </message>
    <message>
        <source>This model file is cut short: it ends inside its header. Download it again.</source>
        <comment>models.file-cut-short</comment>
        <translation>Ce fichier de modèle est tronqué&#xa0;: il se termine au milieu de son en-tête. Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>This model file&apos;s header is larger than any real model&apos;s.</source>
        <comment>models.header-too-large</comment>
        <translation>L&apos;en-tête de ce fichier de modèle est plus grand que celui de n&apos;importe quel vrai modèle.</translation>
    </message>
    <message>
        <source>Hearth could not read {name}: {strerror}.</source>
        <comment>models.file-unreadable</comment>
        <translation>Hearth n&apos;a pas pu lire {name}&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is incomplete: it is {file_size:,} bytes but its header describes {described:,}. Download it again.</source>
        <comment>models.file-incomplete</comment>
        <translation>{name} est incomplet&#xa0;: il fait {file_size:,} octets alors que son en-tête en décrit {described:,}. Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>Chat and write</source>
        <comment>models.goal-chat</comment>
        <translation>Discuter et écrire</translation>
    </message>
    <message>
        <source>Write and explain code</source>
        <comment>models.goal-code</comment>
        <translation>Écrire et expliquer du code</translation>
    </message>
    <message>
        <source>Solve problems step by step</source>
        <comment>models.goal-reasoning</comment>
        <translation>Résoudre des problèmes étape par étape</translation>
    </message>
    <message>
        <source>Ask about pictures</source>
        <comment>models.goal-vision</comment>
        <translation>Poser des questions sur des images</translation>
    </message>
    <message>
        <source>Transcribe recordings</source>
        <comment>models.goal-speech</comment>
        <translation>Transcrire des enregistrements</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <comment>models.damaged-header</comment>
        <translation>{name} a un en-tête endommagé.</translation>
    </message>
    <message>
        <source>No model Hearth can use was found in {name}.{reason}</source>
        <comment>models.import-no-model-found</comment>
        <translation>Aucun modèle utilisable par Hearth n&apos;a été trouvé dans {name}.{reason}</translation>
    </message>
    <message>
        <source>{name} was not imported: there is no such file or folder.</source>
        <comment>models.import-nothing-there</comment>
        <translation>{name} n&apos;a pas été importé&#xa0;: ce fichier ou dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{name} belongs to you or another app, so Hearth does not delete it; hide it instead.</source>
        <comment>models.not-hearths-to-delete</comment>
        <translation>{name} vous appartient ou appartient à une autre application&#xa0;: Hearth ne le supprime donc pas&#xa0;; masquez-le plutôt.</translation>
    </message>
    <message>
        <source>{name} has already been removed.</source>
        <comment>models.already-removed</comment>
        <translation>{name} a déjà été retiré.</translation>
    </message>
    <message>
        <source>{name} is a speech model; only chat models take a vision companion.</source>
        <comment>models.companion-for-speech-model</comment>
        <translation>{name} est un modèle vocal&#xa0;; seuls les modèles de conversation acceptent un compagnon de vision.</translation>
    </message>
    <message>
        <source>{name} is not a vision companion Hearth can use. {message}</source>
        <comment>models.companion-unusable</comment>
        <translation>{name} n&apos;est pas un compagnon de vision que Hearth peut utiliser. {message}</translation>
    </message>
    <message>
        <source>{name} is not a vision companion. Choose the model&apos;s mmproj file (its name usually starts with “mmproj”).</source>
        <comment>models.not-a-companion</comment>
        <translation>{name} n&apos;est pas un compagnon de vision. Choisissez le fichier mmproj du modèle (son nom commence généralement par «&#xa0;mmproj&#xa0;»).</translation>
    </message>
    <message>
        <source>{name} is a companion for sound, not for images.</source>
        <comment>models.companion-for-sound</comment>
        <translation>{name} est un compagnon pour le son, pas pour les images.</translation>
    </message>
    <message>
        <source>{name} was downloaded by Hearth: delete it to free its space.</source>
        <comment>models.delete-instead</comment>
        <translation>{name} a été téléchargé par Hearth&#xa0;: supprimez-le pour libérer son espace.</translation>
    </message>
    <message>
        <source>{name} was not imported. {reason}</source>
        <comment>models.not-imported</comment>
        <translation>{name} n&apos;a pas été importé. {reason}</translation>
    </message>
    <message>
        <source>Its header is damaged: the number of parts it declares is not a number.</source>
        <comment>models.split-count-damaged</comment>
        <translation>Son en-tête est endommagé&#xa0;: le nombre de parties qu&apos;il déclare n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>{name} was not imported: there is no such file.</source>
        <comment>models.import-no-file</comment>
        <translation>{name} n&apos;a pas été importé&#xa0;: ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>It is one of {count} parts of a split model and {missing} is missing; put all the parts in one folder and import again.</source>
        <comment>models.split-part-missing</comment>
        <translation>C&apos;est l&apos;une des {count} parties d&apos;un modèle découpé, et {missing} manque&#xa0;; placez toutes les parties dans un même dossier et importez à nouveau.</translation>
    </message>
    <message>
        <source>{name} is a vision companion (mmproj), not a model on its own. Import the model file beside it; Hearth pairs the two.</source>
        <comment>models.projector-not-model</comment>
        <translation>{name} est un compagnon de vision (mmproj), pas un modèle à part entière. Importez le fichier du modèle situé à côté&#xa0;; Hearth associe les deux.</translation>
    </message>
    <message>
        <source>Its header says the model has {header} parts, but its name says {named}.</source>
        <comment>models.split-count</comment>
        <translation>Son en-tête indique que le modèle a {header} parties, mais son nom en indique {named}.</translation>
    </message>
    <message>
        <source>{name} was not imported: a faster-whisper model folder holds model.bin and config.json.</source>
        <comment>models.import-not-whisper</comment>
        <translation>{name} n&apos;a pas été importé&#xa0;: un dossier de modèle faster-whisper contient model.bin et config.json.</translation>
    </message>
    <message>
        <source>{name} was not imported: its config.json is damaged.</source>
        <comment>models.import-config-damaged</comment>
        <translation>{name} n&apos;a pas été importé&#xa0;: son config.json est endommagé.</translation>
    </message>
    <message>
        <source>{name} was not imported: its config.json or model.bin is damaged.</source>
        <comment>models.import-whisper-damaged</comment>
        <translation>{name} n&apos;a pas été importé&#xa0;: son config.json ou son model.bin est endommagé.</translation>
    </message>
</context>
<context>
    <name>ModelsFolderSettings</name>
    <message>
        <source>Models folder</source>
        <translation>Dossier des modèles</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the models folder</source>
        <translation>Modifier le dossier des modèles</translation>
    </message>
    <message>
        <source>Choose another folder for models you download from now on</source>
        <translation>Choisir un autre dossier pour les modèles que vous téléchargerez désormais</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the models folder</source>
        <translation>Ouvrir le dossier des modèles</translation>
    </message>
    <message>
        <source>Show this folder in your file manager</source>
        <translation>Afficher ce dossier dans votre gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Use the usual folder</source>
        <translation>Dossier habituel</translation>
    </message>
    <message>
        <source>Use the usual models folder</source>
        <translation>Utiliser le dossier des modèles habituel</translation>
    </message>
    <message>
        <source>You chose this folder. Models downloaded before you changed it stay where they were.</source>
        <translation>Vous avez choisi ce dossier. Les modèles téléchargés avant le changement restent où ils étaient.</translation>
    </message>
    <message>
        <source>Hearth&apos;s usual folder for models. Choose another one if this disk is short of space.</source>
        <translation>Le dossier habituel de Hearth pour les modèles. Choisissez-en un autre si ce disque manque de place.</translation>
    </message>
    <message>
        <source>Choose where Hearth keeps models</source>
        <translation>Choisir où Hearth conserve les modèles</translation>
    </message>
</context>
<context>
    <name>MyModelsPage</name>
    <message>
        <source>My Models</source>
        <translation>Mes modèles</translation>
    </message>
    <message>
        <source>Add model file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>Add model file</source>
        <translation>Ajouter un fichier de modèle</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Add every model in a folder</source>
        <translation>Ajouter tous les modèles d&apos;un dossier</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>Modèles sur cet ordinateur</translation>
    </message>
    <message>
        <source>Models on this computer: the ones Hearth downloaded, the ones you added, and the ones other apps (LM Studio, Ollama, GPT4All) already have — used where they are, never copied. Drop a .gguf file anywhere on the window to add it.</source>
        <translation>Les modèles sur cet ordinateur&#xa0;: ceux que Hearth a téléchargés, ceux que vous avez ajoutés et ceux que d&apos;autres applications (LM Studio, Ollama, GPT4All) ont déjà — utilisés là où ils sont, jamais copiés. Déposez un fichier .gguf n&apos;importe où sur la fenêtre pour l&apos;ajouter.</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Recherche de modèles…</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Vérification des fichiers…</translation>
    </message>
    <message numerus="yes">
        <source>%n models on this computer.</source>
        <translation>
            <numerusform>%n modèle sur cet ordinateur.</numerusform>
            <numerusform>%n modèles sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>No models yet. Download one from Discover, or add a file.</source>
        <translation>Pas encore de modèle. Téléchargez-en un depuis Découvrir, ou ajoutez un fichier.</translation>
    </message>
    <message>
        <source>Some files were not added. {reasons}</source>
        <translation>Certains fichiers n&apos;ont pas été ajoutés. {reasons}</translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation>Ajouter des fichiers de modèle</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete {model} ({size}) from this computer? You can download it again later.</source>
        <translation>Supprimer {model} ({size}) de cet ordinateur&#xa0;? Vous pourrez le retélécharger plus tard.</translation>
    </message>
    <message>
        <source>Vision companion for {model}</source>
        <translation>Compagnon de vision pour {model}</translation>
    </message>
    <message>
        <source>Vision companions (*.gguf)</source>
        <translation>Compagnons de vision (*.gguf)</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Opened from a Hugging Face link: {repository} ({file}). Nothing is downloaded until you choose to.</source>
        <translation>Ouvert depuis un lien Hugging Face&#xa0;: {repository} ({file}). Rien n&apos;est téléchargé tant que vous ne le décidez pas.</translation>
    </message>
    <message>
        <source>Opened from a Hugging Face link: {repository}. Nothing is downloaded until you choose to.</source>
        <translation>Ouvert depuis un lien Hugging Face&#xa0;: {repository}. Rien n&apos;est téléchargé tant que vous ne le décidez pas.</translation>
    </message>
</context>
<context>
    <name>OfflineSettings</name>
    <message>
        <source>Offline mode</source>
        <translation>Mode hors ligne</translation>
    </message>
    <message>
        <source>Offline mode — Hearth makes no network connection at all</source>
        <translation>Mode hors ligne — Hearth n&apos;établit aucune connexion réseau</translation>
    </message>
    <message>
        <source>Models you already have keep working. To download a model or check a token, turn it off again.</source>
        <translation>Les modèles que vous avez déjà continuent de fonctionner. Pour télécharger un modèle ou vérifier un jeton, désactivez-le.</translation>
    </message>
</context>
<context>
    <name>OpenAI</name>
    <message>
        <source>{param} has a call without a function name.</source>
        <comment>openai.call-without-name</comment>
        <translation>{param} contient un appel sans nom de fonction.</translation>
    </message>
    <message>
        <source>{param} has arguments that are not JSON.</source>
        <comment>openai.arguments-not-json</comment>
        <translation>{param} a des arguments qui ne sont pas du JSON.</translation>
    </message>
    <message>
        <source>{param} has arguments that are not a JSON object.</source>
        <comment>openai.arguments-not-object</comment>
        <translation>{param} a des arguments qui ne sont pas un objet JSON.</translation>
    </message>
    <message>
        <source>{param} must be an object with a role and content.</source>
        <comment>openai.message-not-object</comment>
        <translation>{param} doit être un objet avec un rôle (role) et un contenu (content).</translation>
    </message>
    <message>
        <source>{param} has the role {role!r}; a role is one of {roles}.</source>
        <comment>openai.unknown-role</comment>
        <translation>{param} a le rôle {role!r}&#xa0;; un rôle doit être l&apos;un de {roles}.</translation>
    </message>
    <message>
        <source>{param}.content has a part that is neither text nor an image.</source>
        <comment>openai.content-part-unknown</comment>
        <translation>{param}.content a une partie qui n&apos;est ni du texte ni une image.</translation>
    </message>
    <message>
        <source>{param}: only a user&apos;s message can carry images.</source>
        <comment>openai.images-not-from-user</comment>
        <translation>{param}&#xa0;: seul un message de l&apos;utilisateur peut contenir des images.</translation>
    </message>
    <message>
        <source>{param}.content has a text part without text.</source>
        <comment>openai.text-part-empty</comment>
        <translation>{param}.content a une partie texte sans texte.</translation>
    </message>
    <message>
        <source>{param} has no content.</source>
        <comment>openai.no-content</comment>
        <translation>{param} n&apos;a pas de contenu.</translation>
    </message>
    <message>
        <source>{param}.content must be text or a list of parts.</source>
        <comment>openai.content-not-text</comment>
        <translation>{param}.content doit être du texte ou une liste de parties.</translation>
    </message>
    <message>
        <source>{param}.tool_calls must be a list.</source>
        <comment>openai.tool-calls-not-list</comment>
        <translation>{param}.tool_calls doit être une liste.</translation>
    </message>
    <message>
        <source>{param}.tool_call_id must be text.</source>
        <comment>openai.tool-call-id-not-text</comment>
        <translation>{param}.tool_call_id doit être du texte.</translation>
    </message>
    <message>
        <source>{param} has an image_url without a url.</source>
        <comment>openai.image-url-empty</comment>
        <translation>{param} a un image_url sans url.</translation>
    </message>
    <message>
        <source>{param} has an image given by its address; Hearth never fetches anything from the network (nothing leaves this computer), so send the picture itself as a data URL (data:image/png;base64,…).</source>
        <comment>openai.image-by-address</comment>
        <translation>{param} contient une image donnée par son adresse&#xa0;; Hearth ne récupère jamais rien sur le réseau (rien ne quitte cet ordinateur)&#xa0;: envoyez donc l&apos;image elle-même sous forme de data URL (data:image/png;base64,…).</translation>
    </message>
    <message>
        <source>{param} has an image that is not a base64 data URL (data:image/png;base64,…); Hearth never fetches images from the network.</source>
        <comment>openai.image-not-data-url</comment>
        <translation>{param} contient une image qui n&apos;est pas une data URL en base64 (data:image/png;base64,…)&#xa0;; Hearth ne récupère jamais d&apos;images sur le réseau.</translation>
    </message>
    <message>
        <source>{param} has an image whose base64 data is damaged.</source>
        <comment>openai.image-damaged</comment>
        <translation>{param} contient une image dont les données base64 sont endommagées.</translation>
    </message>
    <message>
        <source>{param}: {message}</source>
        <comment>openai.image-refused</comment>
        <translation>{param}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>A streamed event was not a JSON object.</source>
        <comment>openai.not-json</comment>
        <translation>Un événement reçu en streaming n&apos;était pas un objet JSON.</translation>
    </message>
    <message>
        <source>This JSON schema cannot be enforced: {problem}. Hearth refuses it rather than ignore it.</source>
        <comment>openai.schema-unenforceable</comment>
        <translation>Ce schéma JSON ne peut pas être appliqué&#xa0;: {problem}. Hearth le refuse plutôt que de l&apos;ignorer.</translation>
    </message>
    <message>
        <source>This JSON schema cannot be enforced: llama.cpp could not read the grammar written for it. Hearth refuses it rather than ignore it.</source>
        <comment>openai.grammar-unreadable</comment>
        <translation>Ce schéma JSON ne peut pas être appliqué&#xa0;: llama.cpp n&apos;a pas pu lire la grammaire écrite pour lui. Hearth le refuse plutôt que de l&apos;ignorer.</translation>
    </message>
    <message>
        <source>A streamed tool call came without a function name.</source>
        <comment>openai.streamed-call-without-name</comment>
        <translation>Un appel d&apos;outil reçu en streaming est arrivé sans nom de fonction.</translation>
    </message>
</context>
<context>
    <name>PageScroll</name>
    <message>
        <source>Scrollable content</source>
        <translation>Contenu défilant</translation>
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
        <translation>Téléchargement de {size}</translation>
    </message>
    <message>
        <source>{licence}, business use allowed</source>
        <translation>{licence}, usage commercial autorisé</translation>
    </message>
    <message>
        <source>{licence} licence, business use allowed</source>
        <translation>Licence {licence}, usage commercial autorisé</translation>
    </message>
    <message>
        <source>{licence}, not for business use</source>
        <translation>{licence}, pas d&apos;usage commercial</translation>
    </message>
    <message>
        <source>{licence} licence, not for business use</source>
        <translation>Licence {licence}, pas d&apos;usage commercial</translation>
    </message>
    <message>
        <source>{reason} Expected speed: {speed}.</source>
        <translation>{reason} Vitesse attendue&#xa0;: {speed}.</translation>
    </message>
</context>
<context>
    <name>PicksScreen</name>
    <message>
        <source>A model that fits</source>
        <translation>Un modèle adapté</translation>
    </message>
    <message>
        <source>Two models that fit</source>
        <translation>Deux modèles adaptés</translation>
    </message>
    <message>
        <source>Three models that fit</source>
        <translation>Trois modèles adaptés</translation>
    </message>
    <message>
        <source>Browse all models instead</source>
        <translation>Parcourir plutôt tous les modèles</translation>
    </message>
    <message>
        <source>Models that fit</source>
        <translation>Modèles adaptés</translation>
    </message>
    <message>
        <source>Nothing fits yet</source>
        <translation>Aucun modèle adapté</translation>
    </message>
    <message>
        <source>No chat model in the catalog runs well on this computer as it is now. Close other programs to free memory and look again on the Hardware page, or browse every model.</source>
        <translation>Aucun modèle de conversation du catalogue ne fonctionne bien sur cet ordinateur en l&apos;état. Fermez d&apos;autres programmes pour libérer de la mémoire et réexaminez sur la page Matériel, ou parcourez tous les modèles.</translation>
    </message>
    <message>
        <source>Each of these runs on this computer. Pick one to download; you can add others later.</source>
        <translation>Chacun d&apos;eux fonctionne sur cet ordinateur. Choisissez-en un à télécharger&#xa0;; vous pourrez en ajouter d&apos;autres plus tard.</translation>
    </message>
</context>
<context>
    <name>PromptCacheSettings</name>
    <message>
        <source>Coming back to conversations</source>
        <translation>Revenir aux conversations</translation>
    </message>
    <message>
        <source>Memory to use</source>
        <translation>Mémoire à utiliser</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Memory for coming back to conversations</source>
        <translation>Mémoire pour revenir aux conversations</translation>
    </message>
    <message>
        <source>Less than the size above for now: the models that are loaded need the rest of the memory.</source>
        <translation>Moins que la taille ci-dessus pour l’instant : les modèles chargés ont besoin du reste de la mémoire.</translation>
    </message>
    <message>
        <source>Hearth keeps what a model has already read of your recent conversations in memory, so when you come back to one it answers at once instead of reading it all again. When a model needs the memory, this gives way first. Long conversations are also kept on disk, up to the same size, so they come back at once after Hearth was closed too.</source>
        <translation>Hearth garde en mémoire ce qu’un modèle a déjà lu de vos conversations récentes : quand vous revenez à l’une d’elles, il répond aussitôt au lieu de tout relire. Quand un modèle a besoin de la mémoire, c’est elle qui cède la place en premier. Les longues conversations sont aussi gardées sur le disque, jusqu’à la même taille, pour revenir aussitôt même après la fermeture de Hearth.</translation>
    </message>
    <message>
        <source>Down to Off, nothing is kept, in memory or on disk: a conversation is read again from the start each time you come back to it.</source>
        <translation>Jusqu’à Désactivée, rien n’est gardé, ni en mémoire ni sur le disque : une conversation est relue depuis le début chaque fois que vous y revenez.</translation>
    </message>
    <message numerus="yes">
        <source>On disk for after a restart: %n conversations, {size}.</source>
        <translation>
            <numerusform>Sur le disque pour après un redémarrage : %n conversation, {size}.</numerusform>
            <numerusform>Sur le disque pour après un redémarrage : %n conversations, {size}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Off: nothing is kept in memory or on disk.</source>
        <translation>Désactivée : rien n’est gardé, ni en mémoire ni sur le disque.</translation>
    </message>
    <message>
        <source>Empty now. It fills as you talk with a model, up to {size} as memory allows.</source>
        <translation>Vide pour l’instant. Elle se remplit pendant que vous parlez avec un modèle, jusqu’à {size} si la mémoire le permet.</translation>
    </message>
    <message>
        <source>Empty now. It may hold up to {size}.</source>
        <translation>Vide pour l’instant. Elle peut contenir jusqu’à {size}.</translation>
    </message>
    <message numerus="yes">
        <source>Now holding %n conversations: {tokens}, {size} of at most {limit}.</source>
        <translation>
            <numerusform>Contient %n conversation : {tokens}, {size} sur {limit} au plus.</numerusform>
            <numerusform>Contient %n conversations : {tokens}, {size} sur {limit} au plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tokens</source>
        <translation>
            <numerusform>%Ln jeton</numerusform>
            <numerusform>%Ln jetons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptForm</name>
    <message>
        <source>Prompt (write {{name}} for a value that changes from case to case)</source>
        <translation>Prompt (écrivez {{name}} pour une valeur qui change d&apos;un cas à l&apos;autre)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>What to ask each model, such as: What is the capital of {{country}}?</source>
        <translation>Ce qu&apos;il faut demander à chaque modèle, par exemple&#xa0;: Quelle est la capitale de {{country}}&#xa0;?</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>A short name for it in the tables (optional)</source>
        <translation>Un nom court pour les tableaux (facultatif)</translation>
    </message>
    <message>
        <source>Checks: the reply…</source>
        <translation>Vérifications&#xa0;: la réponse…</translation>
    </message>
    <message>
        <source>Add a check</source>
        <translation>Ajouter une vérification</translation>
    </message>
    <message>
        <source>It passes when</source>
        <translation>Réussit quand</translation>
    </message>
    <message>
        <source>every check passes</source>
        <translation>toutes les vérifications réussissent</translation>
    </message>
    <message>
        <source>the score is at least</source>
        <translation>le score atteint au moins</translation>
    </message>
    <message>
        <source>When the prompt passes</source>
        <translation>Quand le prompt réussit</translation>
    </message>
    <message>
        <source>The score it needs, from 0 to 1</source>
        <translation>Le score requis, de 0 à 1</translation>
    </message>
    <message>
        <source>The weighted share of checks that pass, from 0 to 1</source>
        <translation>La part pondérée des vérifications réussies, de 0 à 1</translation>
    </message>
    <message>
        <source>Try on a sample reply</source>
        <translation>Essayer sur une réponse exemple</translation>
    </message>
    <message>
        <source>A sample reply to try the checks on</source>
        <translation>Une réponse exemple pour essayer les vérifications</translation>
    </message>
    <message>
        <source>Paste or write a reply here to see which checks it passes.</source>
        <translation>Collez ou écrivez une réponse ici pour voir quelles vérifications elle réussit.</translation>
    </message>
    <message numerus="yes">
        <source>The model is offered %n tool(s), kept as the file gives them: </source>
        <translation>
            <numerusform>Le modèle se voit proposer %n outil, conservé tel que le fichier le donne&#xa0;: </numerusform>
            <numerusform>Le modèle se voit proposer %n outils, conservés tels que le fichier les donne&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>This reply passes</source>
        <translation>Cette réponse réussit</translation>
    </message>
    <message>
        <source>This reply fails</source>
        <translation>Cette réponse échoue</translation>
    </message>
    <message>
        <source> (with the chosen row: {values})</source>
        <translation> (avec la ligne choisie&#xa0;: {values})</translation>
    </message>
    <message>
        <source>{verdict}: {passed} of {counted} checks, score {score}{row}.</source>
        <translation>{verdict}&#xa0;: {passed} vérifications sur {counted}, score {score}{row}.</translation>
    </message>
</context>
<context>
    <name>PromptSetsPanel</name>
    <message>
        <source>New set…</source>
        <translation>Nouveau jeu…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Add prompt</source>
        <translation>Ajouter un prompt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Run the set</source>
        <translation>Exécuter le jeu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Prompt set run progress</source>
        <translation>Progression de l&apos;exécution du jeu de prompts</translation>
    </message>
    <message>
        <source>Time left in the run</source>
        <translation>Temps restant de l&apos;exécution</translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation>Afficher les résultats</translation>
    </message>
    <message>
        <source>Show the run&apos;s results on the Leaderboard</source>
        <translation>Afficher les résultats de l&apos;exécution dans le Classement</translation>
    </message>
    <message>
        <source>The replies side by side, to vote on, and the leaderboard</source>
        <translation>Les réponses côte à côte, pour voter, et le classement</translation>
    </message>
    <message>
        <source>Prompt set</source>
        <translation>Jeu de prompts</translation>
    </message>
    <message>
        <source>Prompts of the set</source>
        <translation>Prompts du jeu</translation>
    </message>
    <message>
        <source>Double-click a prompt, or press F2, to edit it</source>
        <translation>Double-cliquez sur un prompt, ou appuyez sur F2, pour le modifier</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>environ {seconds} s restantes</translation>
    </message>
    <message>
        <source>Stopped at {done} of {total}</source>
        <translation>Arrêté à {done} sur {total}</translation>
    </message>
    <message>
        <source>New prompt set</source>
        <translation>Nouveau jeu de prompts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>Importer des prompts</translation>
    </message>
    <message>
        <source>Prompts (*.txt *.jsonl)</source>
        <translation>Prompts (*.txt *.jsonl)</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>Exporter des prompts</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Ajouter un prompt</translation>
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
        <translation>{name} ne propose plus le modèle «&#xa0;{model}&#xa0;». Choisissez un autre de ses modèles.</translation>
    </message>
    <message>
        <source>{name} stopped the reply with an error: {error_text}</source>
        <comment>providers.stopped-reply-error</comment>
        <translation>{name} a arrêté la réponse sur une erreur&#xa0;: {error_text}</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) was lost in the middle of the reply; what arrived is kept.</source>
        <comment>providers.lost-mid-reply</comment>
        <translation>La connexion à {name} ({host}) a été perdue au milieu de la réponse&#xa0;; ce qui est arrivé est conservé.</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) was lost before it answered.</source>
        <comment>providers.lost-before-answer</comment>
        <translation>La connexion à {name} ({host}) a été perdue avant sa réponse.</translation>
    </message>
    <message>
        <source>The reply reached the longest length asked for and was cut there.</source>
        <comment>providers.reply-cut-at-length</comment>
        <translation>La réponse a atteint la longueur maximale demandée et a été coupée à cet endroit.</translation>
    </message>
    <message>
        <source>{problem} What arrived before is kept.</source>
        <comment>providers.arrived-kept</comment>
        <translation>{problem} Ce qui est arrivé avant est conservé.</translation>
    </message>
    <message>
        <source>{name}&apos;s model asked for a tool in a way Hearth cannot read ({message}); what arrived before is kept.</source>
        <comment>providers.unreadable-tool-call</comment>
        <translation>Le modèle de {name} a demandé un outil d&apos;une manière que Hearth ne sait pas lire ({message})&#xa0;; ce qui est arrivé avant est conservé.</translation>
    </message>
    <message>
        <source>{url} answered, but not as an OpenAI-compatible API does. Check the address and port: Ollama listens on 11434, LM Studio on 1234, llama-server on 8080, vLLM on 8000.</source>
        <comment>providers.not-openai-compatible</comment>
        <translation>{url} a répondu, mais pas comme le fait une API compatible OpenAI. Vérifiez l&apos;adresse et le port&#xa0;: Ollama écoute sur 11434, LM Studio sur 1234, llama-server sur 8080, vLLM sur 8000.</translation>
    </message>
    <message>
        <source>{name} refused the key (error {status}). Check the key and add it again.</source>
        <comment>providers.key-refused-by-server</comment>
        <translation>{name} a refusé la clé (erreur {status}). Vérifiez la clé et ajoutez-la à nouveau.</translation>
    </message>
    <message>
        <source>{name} asks for a key (error {status}), and the key you gave it was not kept: this computer has no password store. Remove {name} and add it again with its key, choosing to keep the key in a file only you can read (“Keep the key in a file” in Settings, or --store-key-in-file).</source>
        <comment>providers.key-not-kept</comment>
        <translation>{name} demande une clé (erreur {status}), et la clé que vous lui avez donnée n&apos;a pas été conservée&#xa0;: cet ordinateur n&apos;a pas de trousseau de mots de passe. Retirez {name} et ajoutez-le à nouveau avec sa clé, en choisissant de garder la clé dans un fichier lisible par vous seul («&#xa0;Garder la clé dans un fichier&#xa0;» dans les Paramètres, ou --store-key-in-file).</translation>
    </message>
    <message>
        <source>{name} asks for a key (error {status}). Add it again with its key.</source>
        <comment>providers.key-refused</comment>
        <translation>{name} demande une clé (erreur {status}). Ajoutez-le à nouveau avec sa clé.</translation>
    </message>
    <message>
        <source>{name} could not take the pictures (error {status}): this model may not see images. {said}</source>
        <comment>providers.pictures-refused-said</comment>
        <translation>{name} n&apos;a pas pu accepter les images (erreur {status})&#xa0;: ce modèle ne voit peut-être pas les images. {said}</translation>
    </message>
    <message>
        <source>{name} could not take the pictures (error {status}): this model may not see images.</source>
        <comment>providers.pictures-refused</comment>
        <translation>{name} n&apos;a pas pu accepter les images (erreur {status})&#xa0;: ce modèle ne voit peut-être pas les images.</translation>
    </message>
    <message>
        <source>{name} could not answer with this model (error {status}). It may not be a model for chat (one for speech or for searching documents, say): choose another model.</source>
        <comment>providers.answer-model-error</comment>
        <translation>{name} n&apos;a pas pu répondre avec ce modèle (erreur {status}). Ce n&apos;est peut-être pas un modèle de conversation (mais par exemple un modèle vocal ou de recherche de documents)&#xa0;: choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>{name} had a problem answering (error {status}). {said}</source>
        <comment>providers.answer-failed-said</comment>
        <translation>{name} a rencontré un problème en répondant (erreur {status}). {said}</translation>
    </message>
    <message>
        <source>{name} had a problem answering (error {status}).</source>
        <comment>providers.answer-failed</comment>
        <translation>{name} a rencontré un problème en répondant (erreur {status}).</translation>
    </message>
    <message>
        <source> The server seems to speak plain http: try the address with http://.</source>
        <comment>providers.tls-plain-http</comment>
        <translation> Le serveur semble utiliser du http simple&#xa0;: essayez l&apos;adresse avec http://.</translation>
    </message>
    <message>
        <source> Its certificate is not one this computer trusts.</source>
        <comment>providers.tls-untrusted</comment>
        <translation> Son certificat ne fait pas partie de ceux auxquels cet ordinateur fait confiance.</translation>
    </message>
    <message>
        <source>The secure connection to {name} ({host}) failed.{hint}</source>
        <comment>providers.tls-problem</comment>
        <translation>La connexion sécurisée à {name} ({host}) a échoué.{hint}</translation>
    </message>
    <message>
        <source>connect</source>
        <comment>providers.timed-out-connecting</comment>
        <translation>se connecter</translation>
    </message>
    <message>
        <source>answer</source>
        <comment>providers.timed-out-answering</comment>
        <translation>répondre</translation>
    </message>
    <message>
        <source>{name} ({host}) took too long to {what}. Check that the computer is on and the server running.</source>
        <comment>providers.server-timed-out</comment>
        <translation>{name} ({host}) a mis trop de temps à {what}. Vérifiez que l&apos;ordinateur est allumé et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>No computer called {host} can be found. Check the address.</source>
        <comment>providers.host-not-found</comment>
        <translation>Aucun ordinateur nommé {host} n&apos;a été trouvé. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Nothing answers at {host}: the server is not running there, or listens on another port or only to itself (Ollama: OLLAMA_HOST=0.0.0.0; llama-server and vLLM: --host 0.0.0.0).</source>
        <comment>providers.connection-refused</comment>
        <translation>Rien ne répond à l&apos;adresse {host}&#xa0;: le serveur n&apos;y est pas lancé, ou il écoute sur un autre port ou seulement en local (Ollama&#xa0;: OLLAMA_HOST=0.0.0.0&#xa0;; llama-server et vLLM&#xa0;: --host 0.0.0.0).</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) failed.</source>
        <comment>providers.connection-lost</comment>
        <translation>La connexion à {name} ({host}) a échoué.</translation>
    </message>
    <message>
        <source>It said: {text}</source>
        <comment>providers.it-said</comment>
        <translation>Sa réponse&#xa0;: {text}</translation>
    </message>
    <message>
        <source>A name for another computer is 1 to 40 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit (not “{name}”).</source>
        <comment>providers.bad-address</comment>
        <translation>Le nom d&apos;un autre ordinateur comporte de 1 à 40 lettres, chiffres, espaces, points, tirets ou traits de soulignement, et commence par une lettre ou un chiffre (pas «&#xa0;{name}&#xa0;»).</translation>
    </message>
    <message>
        <source>“{url}” is not a web address Hearth can use. Give it as http://HOST:PORT (for example http://192.168.1.20:11434 for Ollama), or https:// when the server has a certificate.</source>
        <comment>providers.bad-url</comment>
        <translation>«&#xa0;{url}&#xa0;» n&apos;est pas une adresse web que Hearth peut utiliser. Indiquez-la sous la forme http://HOTE:PORT (par exemple http://192.168.1.20:11434 pour Ollama), ou https:// si le serveur a un certificat.</translation>
    </message>
    <message>
        <source>Put the key in the key field, not in the address.</source>
        <comment>providers.key-in-address</comment>
        <translation>Mettez la clé dans le champ de la clé, pas dans l&apos;adresse.</translation>
    </message>
    <message>
        <source>No other computer called “{name}” was added; `hearth remote list` shows the ones that are.</source>
        <comment>providers.unknown-provider</comment>
        <translation>Aucun autre ordinateur nommé «&#xa0;{name}&#xa0;» n&apos;a été ajouté&#xa0;; `hearth remote list` affiche ceux qui l&apos;ont été.</translation>
    </message>
    <message>
        <source>There is already another computer called “{name}”.</source>
        <comment>providers.provider-exists</comment>
        <translation>Un autre ordinateur nommé «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>No other computer called “{name}” was added.</source>
        <comment>providers.unknown-provider-short</comment>
        <translation>Aucun autre ordinateur nommé «&#xa0;{name}&#xa0;» n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>No other computer called “{old}” was added.</source>
        <comment>providers.unknown-provider-old</comment>
        <translation>Aucun autre ordinateur nommé «&#xa0;{old}&#xa0;» n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>There is already another computer called “{new}”.</source>
        <comment>providers.provider-exists-new</comment>
        <translation>Un autre ordinateur nommé «&#xa0;{new}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth does not use other computers&apos; models. Turn it off in Settings to use them.</source>
        <comment>providers.offline</comment>
        <translation>Le mode hors ligne est activé&#xa0;: Hearth n&apos;utilise donc pas les modèles d&apos;autres ordinateurs. Désactivez-le dans les Paramètres pour les utiliser.</translation>
    </message>
    <message>
        <source>A name cannot contain “/”.</source>
        <comment>providers.name-with-slash</comment>
        <translation>Un nom ne peut pas contenir «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>{name} does not offer a model called “{model}”. It offers: {models}.</source>
        <comment>providers.offers</comment>
        <translation>{name} ne propose pas de modèle nommé «&#xa0;{model}&#xa0;». Il propose&#xa0;: {models}.</translation>
    </message>
    <message>
        <source>{name} does not offer a model called “{model}”. It offers: none.</source>
        <comment>providers.offers-none</comment>
        <translation>{name} ne propose pas de modèle nommé «&#xa0;{model}&#xa0;». Il n&apos;en propose aucun.</translation>
    </message>
</context>
<context>
    <name>QuantRowView</name>
    <message>
        <source>Download size</source>
        <translation>Taille du téléchargement</translation>
    </message>
    <message>
        <source>Expected speed: {speed}.</source>
        <translation>Vitesse attendue&#xa0;: {speed}.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Download {quant}</source>
        <translation>Télécharger {quant}</translation>
    </message>
    <message>
        <source>Download {size} into your models folder</source>
        <translation>Télécharger {size} dans votre dossier des modèles</translation>
    </message>
    <message>
        <source>{quant}, {size}, {verdict}</source>
        <translation>{quant}, {size}, {verdict}</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandée</translation>
    </message>
    <message>
        <source>Original precision</source>
        <translation>Précision d&apos;origine</translation>
    </message>
    <message>
        <source>{have} of {count} parts</source>
        <translation>{have} parties sur {count}</translation>
    </message>
    <message>
        <source>Incomplete: {parts}</source>
        <translation>Incomplet&#xa0;: {parts}</translation>
    </message>
    <message>
        <source>With vision</source>
        <translation>Avec vision</translation>
    </message>
    <message>
        <source>Rough: judged by size only</source>
        <translation>Approximatif&#xa0;: jugé sur la taille seule</translation>
    </message>
    <message>
        <source>Needs {memory} at {context} tokens of context · {layers} layers on the graphics card.</source>
        <translation>Demande {memory} avec un contexte de {context} tokens · {layers} couches sur la carte graphique.</translation>
    </message>
    <message>
        <source>Needs {memory} at {context} tokens of context.</source>
        <translation>Demande {memory} avec un contexte de {context} tokens.</translation>
    </message>
    <message>
        <source>This model needs a newer Hearth</source>
        <translation>Ce modèle nécessite une version plus récente de Hearth</translation>
    </message>
    <message>
        <source>Some of its parts are missing from the repository</source>
        <translation>Certaines de ses parties manquent dans le dépôt</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <source>Waiting to start…</source>
        <translation>En attente de démarrage…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Transcribe it again with the model and options chosen above</source>
        <translation>Le transcrire à nouveau avec le modèle et les options choisis ci-dessus</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take it off the list (its saved files stay where they are)</source>
        <translation>Le retirer de la liste (ses fichiers enregistrés restent où ils sont)</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p&#xa0;%</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>{percent}% · {phase}</source>
        <translation>{percent}&#xa0;% · {phase}</translation>
    </message>
    <message>
        <source>Failed · {reason}</source>
        <translation>Échec · {reason}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Done · {facts}</source>
        <translation>Terminée · {facts}</translation>
    </message>
    <message>
        <source>Options: {options}</source>
        <translation>Options&#xa0;: {options}</translation>
    </message>
    <message>
        <source>Transcription of {name}</source>
        <translation>Transcription de {name}</translation>
    </message>
    <message>
        <source>Transcription of {name}: {percent}%</source>
        <translation>Transcription de {name}&#xa0;: {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Cancel the transcription of {name}</source>
        <translation>Annuler la transcription de {name}</translation>
    </message>
    <message>
        <source>Run {name} again</source>
        <translation>Relancer {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the list</source>
        <translation>Retirer {name} de la liste</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>The local server is answering other apps; they lose their connection when Hearth quits.</source>
        <translation>Le serveur local répond à d&apos;autres applications&#xa0;; elles perdront leur connexion quand Hearth se fermera.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are being transcribed now.</source>
        <translation>
            <numerusform>%n enregistrement est en cours de transcription.</numerusform>
            <numerusform>%n enregistrements sont en cours de transcription.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are waiting to be transcribed.</source>
        <translation>
            <numerusform>%n enregistrement attend d&apos;être transcrit.</numerusform>
            <numerusform>%n enregistrements attendent d&apos;être transcrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue is kept: it goes on the next time Hearth opens.</source>
        <translation>La file d&apos;attente est conservée&#xa0;: elle reprendra à la prochaine ouverture de Hearth.</translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>Quitter quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Quit Hearth?</source>
        <translation>Quitter Hearth&#xa0;?</translation>
    </message>
</context>
<context>
    <name>RemoteSettings</name>
    <message>
        <source>{count}: {models}</source>
        <translation>{count}&#xa0;: {models}</translation>
    </message>
    <message>
        <source>never answered</source>
        <translation>n&apos;a jamais répondu</translation>
    </message>
    <message>
        <source>last seen {time}</source>
        <translation>dernier contact {time}</translation>
    </message>
    <message>
        <source>Other computers</source>
        <translation>Autres ordinateurs</translation>
    </message>
    <message>
        <source>Use the models of a bigger computer that runs Ollama, LM Studio, llama-server, vLLM or Hearth with sharing on. A conversation with one of its models leaves this computer: use it on a network you trust or through a VPN such as Tailscale (the traffic is plain HTTP unless the server has https).</source>
        <translation>Utilisez les modèles d&apos;un ordinateur plus puissant qui exécute Ollama, LM Studio, llama-server, vLLM ou Hearth avec le partage activé. Une conversation avec l&apos;un de ses modèles quitte cet ordinateur&#xa0;: utilisez-le sur un réseau de confiance ou via un VPN comme Tailscale (le trafic est en HTTP simple sauf si le serveur a https).</translation>
    </message>
    <message>
        <source>Name, e.g. desk</source>
        <translation>Nom, ex. bureau</translation>
    </message>
    <message>
        <source>Name of the computer</source>
        <translation>Nom de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Address, e.g. http://192.168.1.20:11434</source>
        <translation>Adresse, ex. http://192.168.1.20:11434</translation>
    </message>
    <message>
        <source>Address of its server</source>
        <translation>Adresse de son serveur</translation>
    </message>
    <message>
        <source>Key (if the server asks for one)</source>
        <translation>Clé (si le serveur en demande une)</translation>
    </message>
    <message>
        <source>Key, if the server asks for one</source>
        <translation>Clé, si le serveur en demande une</translation>
    </message>
    <message>
        <source>Keep the key in a file only I can read</source>
        <translation>Garder la clé dans un fichier lisible par moi seul</translation>
    </message>
    <message>
        <source>Keep the key in a file</source>
        <translation>Garder la clé dans un fichier</translation>
    </message>
    <message>
        <source>Ticked, the key is saved in {file}, which only your account can read; anyone who can read your files (an administrator, a backup) could read it too.</source>
        <translation>Si la case est cochée, la clé est enregistrée dans {file}, que seul votre compte peut lire&#xa0;; toute personne pouvant lire vos fichiers (un administrateur, une sauvegarde) pourrait aussi la lire.</translation>
    </message>
    <message>
        <source>This computer has no password store, so Hearth forgets a key when it closes. Tick “Keep the key in a file” to keep it.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau de mots de passe&#xa0;: Hearth oublie donc une clé à sa fermeture. Cochez «&#xa0;Garder la clé dans un fichier&#xa0;» pour la conserver.</translation>
    </message>
    <message>
        <source>Add and test</source>
        <translation>Ajouter et tester</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Test the chosen computer</source>
        <translation>Tester l&apos;ordinateur choisi</translation>
    </message>
    <message>
        <source>Rename to the name above</source>
        <translation>Renommer avec le nom ci-dessus</translation>
    </message>
    <message>
        <source>Rename the chosen computer to the name above</source>
        <translation>Renommer l&apos;ordinateur choisi avec le nom ci-dessus</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the chosen computer</source>
        <translation>Retirer l&apos;ordinateur choisi</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth uses no other computer.</source>
        <translation>Le mode hors ligne est activé&#xa0;: Hearth n&apos;utilise aucun autre ordinateur.</translation>
    </message>
    <message>
        <source>Testing {address}…</source>
        <translation>Test de {address}…</translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n model(s). They are in the Chat list now.</source>
        <translation>
            <numerusform>{name} ajouté&#xa0;: %n modèle. Il figure maintenant dans la liste de Discussion.</numerusform>
            <numerusform>{name} ajouté&#xa0;: %n modèles. Ils figurent maintenant dans la liste de Discussion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its key is kept only until Hearth closes: this computer has no password store. To keep it, remove {name} and add it again with “Keep the key in a file” ticked.</source>
        <translation>Sa clé n&apos;est conservée que jusqu&apos;à la fermeture de Hearth&#xa0;: cet ordinateur n&apos;a pas de trousseau de mots de passe. Pour la garder, retirez {name} et ajoutez-le à nouveau en cochant «&#xa0;Garder la clé dans un fichier&#xa0;».</translation>
    </message>
    <message>
        <source>{problem} Nothing was added.</source>
        <translation>{problem} Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Choose a computer in the list to test it.</source>
        <translation>Choisissez un ordinateur dans la liste pour le tester.</translation>
    </message>
    <message>
        <source>{name} answers.</source>
        <translation>{name} répond.</translation>
    </message>
    <message>
        <source>Choose a computer in the list, type its new name above, then Rename.</source>
        <translation>Choisissez un ordinateur dans la liste, tapez son nouveau nom ci-dessus, puis Renommer.</translation>
    </message>
    <message>
        <source>{old} is now called {new}.</source>
        <translation>{old} s&apos;appelle maintenant {new}.</translation>
    </message>
    <message>
        <source>Choose a computer in the list to remove it.</source>
        <translation>Choisissez un ordinateur dans la liste pour le retirer.</translation>
    </message>
    <message>
        <source>Removed {name} and its key.</source>
        <translation>{name} et sa clé ont été retirés.</translation>
    </message>
    <message>
        <source>Adding failed</source>
        <translation>L&apos;ajout a échoué</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>Reading your documents…</source>
        <translation>Lecture de vos documents…</translation>
    </message>
    <message>
        <source>Using the tool {tool}…</source>
        <translation>Utilisation de l&apos;outil {tool}…</translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <translation>En attente de votre réponse…</translation>
    </message>
    <message>
        <source>Reply stopped.</source>
        <translation>Réponse arrêtée.</translation>
    </message>
    <message>
        <source>Reply finished.</source>
        <translation>Réponse terminée.</translation>
    </message>
    <message>
        <source>No reply: {reason}</source>
        <translation>Aucune réponse&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Your computer</source>
        <translation>Votre ordinateur</translation>
    </message>
    <message>
        <source>Looking at your computer</source>
        <translation>Examen de votre ordinateur</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>Graphisme</translation>
    </message>
    <message>
        <source>Looking at your computer…</source>
        <translation>Examen de votre ordinateur…</translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <translation>
            <numerusform>%n cœur</numerusform>
            <numerusform>%n cœurs</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} free now</source>
        <translation>{size} libres maintenant</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Non utilisé</translation>
    </message>
    <message>
        <source>Models run on the processor</source>
        <translation>Les modèles s&apos;exécutent sur le processeur</translation>
    </message>
    <message>
        <source>Finding models that fit…</source>
        <translation>Recherche de modèles adaptés…</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>This computer has no password store, so Hearth keeps your token only until you close it.</source>
        <comment>secrets.no-password-store</comment>
        <translation>Cet ordinateur n&apos;a pas de trousseau de mots de passe&#xa0;: Hearth ne garde donc votre jeton que jusqu&apos;à sa fermeture.</translation>
    </message>
    <message>
        <source>Your token is kept in a file only you can read ({path}), as you chose.</source>
        <comment>secrets.in-key-file</comment>
        <translation>Votre jeton est gardé dans un fichier lisible par vous seul ({path}), comme vous l&apos;avez choisi.</translation>
    </message>
    <message>
        <source>Hearth could not use this computer&apos;s password store, so it keeps your token only until you close it.</source>
        <comment>secrets.store-failed</comment>
        <translation>Hearth n&apos;a pas pu utiliser le trousseau de mots de passe de cet ordinateur&#xa0;: il ne garde donc votre jeton que jusqu&apos;à sa fermeture.</translation>
    </message>
    <message>
        <source>There is no token. Paste the whole token, which starts with hf_.</source>
        <comment>secrets.no-token</comment>
        <translation>Il n&apos;y a aucun jeton. Collez le jeton complet, qui commence par hf_.</translation>
    </message>
    <message>
        <source>That does not look like a Hugging Face token: it has spaces or unusual characters in it. Copy it again from {tokens_page}.</source>
        <comment>secrets.token-malformed</comment>
        <translation>Cela ne ressemble pas à un jeton Hugging Face&#xa0;: il contient des espaces ou des caractères inhabituels. Copiez-le à nouveau depuis {tokens_page}.</translation>
    </message>
    <message>
        <source>Your token is kept in {store}, not in Hearth&apos;s files.</source>
        <comment>secrets.in-store</comment>
        <translation>Votre jeton est gardé dans {store}, pas dans les fichiers de Hearth.</translation>
    </message>
    <message>
        <source>Hearth could not remove your token from this computer&apos;s password store. Try again, or remove the entry “{service}” there yourself.</source>
        <comment>secrets.token-store-problem</comment>
        <translation>Hearth n&apos;a pas pu retirer votre jeton du trousseau de mots de passe de cet ordinateur. Réessayez, ou supprimez vous-même l&apos;entrée «&#xa0;{service}&#xa0;» du trousseau.</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth did not contact Hugging Face to check the token.</source>
        <comment>secrets.offline-mode</comment>
        <translation>Le mode hors ligne est activé&#xa0;: Hearth n&apos;a donc pas contacté Hugging Face pour vérifier le jeton.</translation>
    </message>
    <message>
        <source>Could not reach {place} to check the token. Check your internet connection.</source>
        <comment>secrets.unreachable</comment>
        <translation>Impossible de joindre {place} pour vérifier le jeton. Vérifiez votre connexion Internet.</translation>
    </message>
    <message>
        <source>Could not reach {place} to check the token. Check your internet connection and the mirror address in Settings.</source>
        <comment>secrets.mirror-unreachable</comment>
        <translation>Impossible de joindre {place} pour vérifier le jeton. Vérifiez votre connexion Internet et l&apos;adresse du miroir dans les Paramètres.</translation>
    </message>
    <message>
        <source>{place} gave an answer Hearth does not understand.</source>
        <comment>secrets.unreadable-answer</comment>
        <translation>{place} a donné une réponse que Hearth ne comprend pas.</translation>
    </message>
    <message>
        <source>{problem} Nothing was saved.</source>
        <comment>secrets.nothing-saved</comment>
        <translation>{problem} Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Saved, but not checked: {problem}</source>
        <comment>secrets.saved-unchecked</comment>
        <translation>Enregistré, mais non vérifié&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Signed in as {account}.</source>
        <comment>secrets.signed-in</comment>
        <translation>Connecté en tant que {account}.</translation>
    </message>
    <message>
        <source>The mirror at {host}</source>
        <comment>secrets.mirror-at-start</comment>
        <translation>Le miroir {host}</translation>
    </message>
    <message>
        <source>the mirror at {host}</source>
        <comment>secrets.mirror-at</comment>
        <translation>le miroir {host}</translation>
    </message>
    <message>
        <source>Hugging Face did not accept this token. Check that you copied all of it, or create a new one at {tokens_page}.</source>
        <comment>secrets.token-refused</comment>
        <translation>Hugging Face n&apos;a pas accepté ce jeton. Vérifiez que vous l&apos;avez copié en entier, ou créez-en un nouveau sur {tokens_page}.</translation>
    </message>
    <message>
        <source>{place} is getting too many token checks right now. Try again in a minute.</source>
        <comment>secrets.too-many-checks</comment>
        <translation>{place} reçoit trop de vérifications de jetons en ce moment. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>{place} answered with an error ({status}) while checking the token. Try again later.</source>
        <comment>secrets.error-answer</comment>
        <translation>{place} a répondu par une erreur ({status}) pendant la vérification du jeton. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>secrets.unknown-status</comment>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source> Port {free} is free: use that one instead.</source>
        <comment>server.port-free</comment>
        <translation> Le port {free} est libre&#xa0;: utilisez plutôt celui-ci.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program on this computer.{offer}</source>
        <comment>server.port-taken</comment>
        <translation>Le port {port} est déjà utilisé par un autre programme sur cet ordinateur.{offer}</translation>
    </message>
    <message>
        <source>Sharing on your network needs an API key, so only programs you give it to can use your models. Create one in Settings › Local server, or set HEARTH_API_KEY.</source>
        <comment>server.key-needed</comment>
        <translation>Le partage sur votre réseau nécessite une clé d&apos;API, pour que seuls les programmes à qui vous la donnez puissent utiliser vos modèles. Créez-en une dans Paramètres › Serveur local, ou définissez HEARTH_API_KEY.</translation>
    </message>
    <message>
        <source>The local server could not start.</source>
        <comment>server.start-failed</comment>
        <translation>Le serveur local n&apos;a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>ServerCard</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <source>Let other apps on this computer use Hearth&apos;s models (OpenAI-compatible API)</source>
        <translation>Permettre aux autres applications de cet ordinateur d&apos;utiliser les modèles de Hearth (API compatible OpenAI)</translation>
    </message>
    <message>
        <source>Let other apps use Hearth&apos;s models</source>
        <translation>Permettre aux autres applications d&apos;utiliser les modèles de Hearth</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Unload an unused model after</source>
        <translation>Décharger un modèle inutilisé après</translation>
    </message>
    <message>
        <source>Unload an unused model after, in minutes</source>
        <translation>Décharger un modèle inutilisé après, en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Share on my network (needs the API key)</source>
        <translation>Partager sur mon réseau (nécessite la clé d&apos;API)</translation>
    </message>
    <message>
        <source>Share on my network</source>
        <translation>Partager sur mon réseau</translation>
    </message>
    <message>
        <source>Once shared, every program must send the API key, the apps on this computer too: give it to the ones that use Hearth now, or they stop working.</source>
        <translation>Une fois le partage activé, chaque programme doit envoyer la clé d&apos;API, y compris les applications de cet ordinateur&#xa0;: donnez-la à celles qui utilisent Hearth maintenant, sinon elles cesseront de fonctionner.</translation>
    </message>
    <message>
        <source>What sharing changes</source>
        <translation>Ce que change le partage</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>Créer une clé d&apos;API</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copier la clé</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>Copier la clé d&apos;API</translation>
    </message>
    <message>
        <source>Keep the API key in a file only I can read, so it still works after Hearth closes</source>
        <translation>Garder la clé d&apos;API dans un fichier lisible par moi seul, pour qu&apos;elle fonctionne encore après la fermeture de Hearth</translation>
    </message>
    <message>
        <source>Keep the API key in a file</source>
        <translation>Garder la clé d&apos;API dans un fichier</translation>
    </message>
    <message>
        <source>This computer has no password store, so a new key lasts only until Hearth closes. Ticked, it is saved in {file}, which only your account can read (hearth serve finds it there too).</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau de mots de passe&#xa0;: une nouvelle clé ne dure donc que jusqu&apos;à la fermeture de Hearth. Si la case est cochée, elle est enregistrée dans {file}, que seul votre compte peut lire (hearth serve l&apos;y trouve aussi).</translation>
    </message>
    <message>
        <source>Examples for other programs: curl and Python</source>
        <translation>Exemples pour d&apos;autres programmes&#xa0;: curl et Python</translation>
    </message>
    <message>
        <source>Copy snippets</source>
        <translation>Copier les extraits</translation>
    </message>
    <message>
        <source>Copy the examples</source>
        <translation>Copier les exemples</translation>
    </message>
    <message>
        <source>What other programs asked:</source>
        <translation>Ce que d&apos;autres programmes ont demandé&#xa0;:</translation>
    </message>
    <message>
        <source>What other programs asked</source>
        <translation>Ce que d&apos;autres programmes ont demandé</translation>
    </message>
    <message>
        <source>Other computers reach it at {addresses}</source>
        <translation>Les autres ordinateurs y accèdent à l&apos;adresse {addresses}</translation>
    </message>
    <message>
        <source>Only programs on this computer can reach it (127.0.0.1).</source>
        <translation>Seuls les programmes de cet ordinateur peuvent y accéder (127.0.0.1).</translation>
    </message>
    <message>
        <source>An API key is set.</source>
        <translation>Une clé d&apos;API est définie.</translation>
    </message>
    <message>
        <source>No API key yet.</source>
        <translation>Pas encore de clé d&apos;API.</translation>
    </message>
    <message>
        <source>Your key (shown once): {key}</source>
        <translation>Votre clé (affichée une seule fois)&#xa0;: {key}</translation>
    </message>
    <message>
        <source>(Hearth forgets it when it closes: this computer has no password store.)</source>
        <translation>(Hearth l&apos;oublie à sa fermeture&#xa0;: cet ordinateur n&apos;a pas de trousseau de mots de passe.)</translation>
    </message>
    <message>
        <source>Running at {address}</source>
        <translation>Actif à l&apos;adresse {address}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Inactif</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Everything in Hearth can be reached with the keyboard. These keys save steps.</source>
        <translation>Tout dans Hearth est accessible au clavier. Ces touches font gagner du temps.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SpeechModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>Modèle vocal</translation>
    </message>
    <message>
        <source>No Whisper model on this computer yet.</source>
        <translation>Pas encore de modèle Whisper sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Find one in Discover</source>
        <translation>En trouver un dans Découvrir</translation>
    </message>
    <message>
        <source>Find a Whisper model in Discover</source>
        <translation>Trouver un modèle Whisper dans Découvrir</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This image is no longer saved with the conversation.</source>
        <comment>store.image-gone</comment>
        <translation>Cette image n&apos;est plus enregistrée avec la conversation.</translation>
    </message>
    <message>
        <source>Hearth cannot read your saved conversations because the file {path} is damaged. It has been left exactly as it was: move it aside to start with an empty list, or restore it from a backup.</source>
        <comment>store.store-damaged</comment>
        <translation>Hearth ne peut pas lire vos conversations enregistrées, car le fichier {path} est endommagé. Il a été laissé tel quel&#xa0;: déplacez-le ailleurs pour repartir d&apos;une liste vide, ou restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The file {path} is not a Hearth conversations file, so Hearth left it alone. Move it elsewhere to start with an empty list.</source>
        <comment>store.not-conversations-file</comment>
        <translation>Le fichier {path} n&apos;est pas un fichier de conversations Hearth&#xa0;: Hearth n&apos;y a donc pas touché. Déplacez-le ailleurs pour repartir d&apos;une liste vide.</translation>
    </message>
    <message>
        <source>Your conversations were saved by a newer version of Hearth; update Hearth to open them. The file was left untouched.</source>
        <comment>store.store-too-new</comment>
        <translation>Vos conversations ont été enregistrées par une version plus récente de Hearth&#xa0;; mettez Hearth à jour pour les ouvrir. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Hearth cannot open your saved conversations at {path}. Check that the folder exists and that you are allowed to write to it.</source>
        <comment>store.store-unavailable</comment>
        <translation>Hearth ne peut pas ouvrir vos conversations enregistrées dans {path}. Vérifiez que le dossier existe et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>The disk is full, so Hearth could not save your conversation. Free some space and try again.</source>
        <comment>store.store-disk-full</comment>
        <translation>Le disque est plein&#xa0;: Hearth n&apos;a donc pas pu enregistrer votre conversation. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>Your conversations are busy in another Hearth window or program; try again in a moment.</source>
        <comment>store.busy</comment>
        <translation>Vos conversations sont occupées par une autre fenêtre de Hearth ou un autre programme&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Hearth cannot save conversations because {path} is read-only. Check the file&apos;s permissions or free the drive it is on.</source>
        <comment>store.read-only</comment>
        <translation>Hearth ne peut pas enregistrer les conversations, car {path} est en lecture seule. Vérifiez les autorisations du fichier ou rendez le disque qui le contient accessible en écriture.</translation>
    </message>
    <message>
        <source>Hearth could not read or save your conversations.</source>
        <comment>store.failed</comment>
        <translation>Hearth n&apos;a pas pu lire ou enregistrer vos conversations.</translation>
    </message>
    <message>
        <source>This conversation no longer exists; it may have been deleted in another window.</source>
        <comment>store.conversation-gone</comment>
        <translation>Cette conversation n&apos;existe plus&#xa0;; elle a peut-être été supprimée dans une autre fenêtre.</translation>
    </message>
    <message>
        <source>This message no longer exists; it may have been removed in another window.</source>
        <comment>store.message-gone</comment>
        <translation>Ce message n&apos;existe plus&#xa0;; il a peut-être été retiré dans une autre fenêtre.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>store.file</comment>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Hearth cannot open its {what} {path}.</source>
        <comment>store.cannot-open-file</comment>
        <translation>Hearth ne peut pas ouvrir son {what} {path}.</translation>
    </message>
    <message>
        <source>The {what} is closed.</source>
        <comment>store.file-closed</comment>
        <translation>Le {what} est fermé.</translation>
    </message>
</context>
<context>
    <name>SuiteEditor</name>
    <message>
        <source>My suite</source>
        <translation>Ma suite</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (ma copie)</translation>
    </message>
    <message>
        <source>Edit the suite “{name}”</source>
        <translation>Modifier la suite «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit a copy of “{name}”</source>
        <translation>Modifier une copie de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>New suite of checks</source>
        <translation>Nouvelle suite de vérifications</translation>
    </message>
    <message>
        <source>Suite name</source>
        <translation>Nom de la suite</translation>
    </message>
    <message>
        <source>Prompts of the suite</source>
        <translation>Prompts de la suite</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Ajouter un prompt</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the chosen prompt</source>
        <translation>Dupliquer le prompt choisi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the chosen prompt</source>
        <translation>Retirer le prompt choisi</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the chosen prompt up</source>
        <translation>Monter le prompt choisi</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the chosen prompt down</source>
        <translation>Descendre le prompt choisi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(pas encore de texte)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n cas</numerusform>
            <numerusform>%n cas</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt {number}, row {row}</source>
        <translation>Prompt {number}, ligne {row}</translation>
    </message>
    <message>
        <source>Prompt {number}</source>
        <translation>Prompt {number}</translation>
    </message>
    <message>
        <source>Give the suite a name: it is how the Checks tab lists it.</source>
        <translation>Donnez un nom à la suite&#xa0;: c&apos;est ainsi que l&apos;onglet Vérifications la liste.</translation>
    </message>
    <message>
        <source>There is already a suite named “{name}”. Replace it with this one?</source>
        <translation>Une suite nommée «&#xa0;{name}&#xa0;» existe déjà. La remplacer par celle-ci&#xa0;?</translation>
    </message>
    <message>
        <source>Replace the suite?</source>
        <translation>Remplacer la suite&#xa0;?</translation>
    </message>
    <message>
        <source>Throw away the changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>The changes to this suite are not saved. Close the editor and throw them away?</source>
        <translation>Les modifications de cette suite ne sont pas enregistrées. Fermer l&apos;éditeur et les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Text, or {{name}} for a value of the table</source>
        <translation>Texte, ou {{name}} pour une valeur du tableau</translation>
    </message>
    <message>
        <source>Texts, separated by commas</source>
        <translation>Textes, séparés par des virgules</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>est exactement</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>contains (any case)</source>
        <translation>contient (casse ignorée)</translation>
    </message>
    <message>
        <source>contains any of</source>
        <translation>contient l&apos;un de</translation>
    </message>
    <message>
        <source>contains any of (any case)</source>
        <translation>contient l&apos;un de (casse ignorée)</translation>
    </message>
    <message>
        <source>contains all of</source>
        <translation>contient tous</translation>
    </message>
    <message>
        <source>contains all of (any case)</source>
        <translation>contient tous (casse ignorée)</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>ne contient pas</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>se termine par</translation>
    </message>
    <message>
        <source>matches the pattern</source>
        <translation>correspond au motif</translation>
    </message>
    <message>
        <source>A regular expression, such as ^[A-Z]</source>
        <translation>Une expression régulière, par exemple ^[A-Z]</translation>
    </message>
    <message>
        <source>is JSON</source>
        <translation>est du JSON</translation>
    </message>
    <message>
        <source>is JSON matching this schema</source>
        <translation>est du JSON conforme à ce schéma</translation>
    </message>
    <message>
        <source>A JSON schema, such as {&quot;type&quot;: &quot;object&quot;}</source>
        <translation>Un schéma JSON, par exemple {&quot;type&quot;: &quot;object&quot;}</translation>
    </message>
    <message>
        <source>contains JSON</source>
        <translation>contient du JSON</translation>
    </message>
    <message>
        <source>contains JSON matching this schema</source>
        <translation>contient du JSON conforme à ce schéma</translation>
    </message>
    <message>
        <source>has at most N words</source>
        <translation>a au plus N mots</translation>
    </message>
    <message>
        <source>has at least N words</source>
        <translation>a au moins N mots</translation>
    </message>
    <message>
        <source>has N words (or from N to M)</source>
        <translation>a N mots (ou de N à M)</translation>
    </message>
    <message>
        <source>20, or 3–20</source>
        <translation>20, ou 3–20</translation>
    </message>
    <message>
        <source>calls the tool</source>
        <translation>appelle l&apos;outil</translation>
    </message>
    <message>
        <source>The tool&apos;s name, then its arguments as JSON if you want: f {&quot;x&quot;: 1}</source>
        <translation>Le nom de l&apos;outil, puis ses arguments en JSON si vous voulez&#xa0;: f {&quot;x&quot;: 1}</translation>
    </message>
    <message>
        <source>calls only offered tools, with valid arguments</source>
        <translation>n&apos;appelle que les outils proposés, avec des arguments valides</translation>
    </message>
    <message>
        <source>answers within N s</source>
        <translation>répond en N s maximum</translation>
    </message>
    <message>
        <source>Seconds, such as 2.5</source>
        <translation>Secondes, par exemple 2,5</translation>
    </message>
    <message>
        <source>as fast as N tokens/s</source>
        <translation>au moins N tokens/s</translation>
    </message>
    <message>
        <source>is written in language</source>
        <translation>est écrite dans la langue</translation>
    </message>
    <message>
        <source>A language, such as French or fr</source>
        <translation>Une langue, par exemple français ou fr</translation>
    </message>
    <message>
        <source>ends because of</source>
        <translation>se termine pour cause de</translation>
    </message>
    <message>
        <source>stop, length or tool_calls</source>
        <translation>stop, length ou tool_calls</translation>
    </message>
    <message>
        <source>similar to this answer (optional)</source>
        <translation>ressemble à cette réponse (facultatif)</translation>
    </message>
    <message>
        <source>The answer a reply should resemble</source>
        <translation>La réponse à laquelle une réponse doit ressembler</translation>
    </message>
    <message>
        <source>a judge model grades it against this rubric (optional)</source>
        <translation>est notée par un modèle juge selon cette grille (facultatif)</translation>
    </message>
    <message>
        <source>What a good reply does, in plain words</source>
        <translation>Ce que fait une bonne réponse, avec des mots simples</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Picture {name}</source>
        <translation>Image {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Do not send {name}</source>
        <translation>Ne pas envoyer {name}</translation>
    </message>
</context>
<context>
    <name>TokenSettings</name>
    <message>
        <source>Hugging Face token</source>
        <translation>Jeton Hugging Face</translation>
    </message>
    <message>
        <source>Some models ask you to accept their licence on Hugging Face before you can download them. With a token, Hearth can download those for you. A “Read” token is enough: &lt;a href=&quot;{url}&quot;&gt;create one on huggingface.co&lt;/a&gt;.</source>
        <translation>Certains modèles vous demandent d&apos;accepter leur licence sur Hugging Face avant de pouvoir les télécharger. Avec un jeton, Hearth peut les télécharger pour vous. Un jeton «&#xa0;Read&#xa0;» suffit&#xa0;: &lt;a href=&quot;{url}&quot;&gt;créez-en un sur huggingface.co&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Paste your token here (it starts with hf_)</source>
        <translation>Collez votre jeton ici (il commence par hf_)</translation>
    </message>
    <message>
        <source>Save and test</source>
        <translation>Enregistrer et tester</translation>
    </message>
    <message>
        <source>Save and test the token</source>
        <translation>Enregistrer et tester le jeton</translation>
    </message>
    <message>
        <source>Keep the token and check it with Hugging Face</source>
        <translation>Garder le jeton et le vérifier auprès de Hugging Face</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the token</source>
        <translation>Retirer le jeton</translation>
    </message>
    <message>
        <source>Forget the saved token</source>
        <translation>Oublier le jeton enregistré</translation>
    </message>
    <message>
        <source>Keep the token in a file only I can read, so Hearth still has it after it closes</source>
        <translation>Garder le jeton dans un fichier lisible par moi seul, pour que Hearth l&apos;ait encore après sa fermeture</translation>
    </message>
    <message>
        <source>Keep the token in a file</source>
        <translation>Garder le jeton dans un fichier</translation>
    </message>
    <message>
        <source>Ticked, the token is saved in {file}, which only your account can read; anyone who can read your files (an administrator, a backup) could read it too.</source>
        <translation>Si la case est cochée, le jeton est enregistré dans {file}, que seul votre compte peut lire&#xa0;; toute personne pouvant lire vos fichiers (un administrateur, une sauvegarde) pourrait aussi le lire.</translation>
    </message>
    <message>
        <source>Looking for a saved token…</source>
        <translation>Recherche d&apos;un jeton enregistré…</translation>
    </message>
    <message>
        <source>A token is saved.</source>
        <translation>Un jeton est enregistré.</translation>
    </message>
    <message>
        <source>No token is saved.</source>
        <translation>Aucun jeton n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>Enregistrement du jeton…</translation>
    </message>
    <message>
        <source>Checking the token with Hugging Face…</source>
        <translation>Vérification du jeton auprès de Hugging Face…</translation>
    </message>
    <message>
        <source>Hearth will forget it when it closes, because this computer has no password store. To keep it, tick “Keep the token in a file” and save it again.</source>
        <translation>Hearth l&apos;oubliera à sa fermeture, car cet ordinateur n&apos;a pas de trousseau de mots de passe. Pour le garder, cochez «&#xa0;Garder le jeton dans un fichier&#xa0;» et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>The token was removed.</source>
        <translation>Le jeton a été retiré.</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Autoriser une fois</translation>
    </message>
    <message>
        <source>Always for this tool</source>
        <translation>Toujours pour cet outil</translation>
    </message>
    <message>
        <source>Always for this server</source>
        <translation>Toujours pour ce serveur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>The model wants to run this tool. Allow it?</source>
        <translation>Le modèle veut exécuter cet outil. L&apos;autoriser&#xa0;?</translation>
    </message>
    <message>
        <source>This tool changed since you allowed it always:</source>
        <translation>Cet outil a changé depuis que vous l&apos;avez toujours autorisé&#xa0;:</translation>
    </message>
    <message>
        <source>Tool call: {tool} on {server}</source>
        <translation>Appel d&apos;outil&#xa0;: {tool} sur {server}</translation>
    </message>
    <message>
        <source>Tool call: {tool}</source>
        <translation>Appel d&apos;outil&#xa0;: {tool}</translation>
    </message>
    <message>
        <source>Arguments of the call to {tool}</source>
        <translation>Arguments de l&apos;appel à {tool}</translation>
    </message>
    <message>
        <source>Deny: {tool}</source>
        <translation>Refuser&#xa0;: {tool}</translation>
    </message>
    <message>
        <source>Allow once: {tool}</source>
        <translation>Autoriser une fois&#xa0;: {tool}</translation>
    </message>
    <message>
        <source>Always for this tool: {tool}</source>
        <translation>Toujours pour cet outil&#xa0;: {tool}</translation>
    </message>
    <message>
        <source>Always for this server: {tool}</source>
        <translation>Toujours pour ce serveur&#xa0;: {tool}</translation>
    </message>
    <message>
        <source>Show the result of {tool}</source>
        <translation>Afficher le résultat de {tool}</translation>
    </message>
    <message>
        <source>Result of the call to {tool}</source>
        <translation>Résultat de l&apos;appel à {tool}</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>Done in {seconds} s</source>
        <translation>Terminé en {seconds} s</translation>
    </message>
</context>
<context>
    <name>ToolServerDialog</name>
    <message>
        <source>Edit tool server</source>
        <translation>Modifier le serveur d&apos;outils</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Ajouter un serveur d&apos;outils</translation>
    </message>
    <message>
        <source>A program on this computer</source>
        <translation>Un programme sur cet ordinateur</translation>
    </message>
    <message>
        <source>A server at an address</source>
        <translation>Un serveur à une adresse</translation>
    </message>
    <message>
        <source>e.g. npx -y @modelcontextprotocol/server-filesystem ~/Notes</source>
        <translation>ex. npx -y @modelcontextprotocol/server-filesystem ~/Notes</translation>
    </message>
    <message>
        <source>One per line: NAME=value</source>
        <translation>Un par ligne&#xa0;: NOM=valeur</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8000/mcp</source>
        <translation>ex. http://127.0.0.1:8000/mcp</translation>
    </message>
    <message>
        <source>One per line: Name=value</source>
        <translation>Un par ligne&#xa0;: Nom=valeur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Folder (optional)</source>
        <translation>Dossier (facultatif)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>A program gets only a few of Hearth&apos;s environment variables (HOME, PATH, LANG…) and the ones written here. Values whose names look secret (API_KEY, TOKEN, Authorization…) are kept in the password store, not in mcp.json; ${keyring} stands for one kept there. Every call a model makes asks you first.</source>
        <translation>Un programme ne reçoit que quelques variables d&apos;environnement de Hearth (HOME, PATH, LANG…) et celles écrites ici. Les valeurs dont le nom semble secret (API_KEY, TOKEN, Authorization…) sont gardées dans le trousseau de mots de passe, pas dans mcp.json&#xa0;; ${keyring} désigne une valeur gardée là. Chaque appel d&apos;un modèle vous est d&apos;abord demandé.</translation>
    </message>
    <message>
        <source>“{line}” is not a header: write NAME=value.</source>
        <translation>«&#xa0;{line}&#xa0;» n&apos;est pas un en-tête&#xa0;: écrivez NOM=valeur.</translation>
    </message>
    <message>
        <source>“{line}” is not an environment variable: write NAME=value.</source>
        <translation>«&#xa0;{line}&#xa0;» n&apos;est pas une variable d&apos;environnement&#xa0;: écrivez NOM=valeur.</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Dossier de travail</translation>
    </message>
    <message>
        <source>Environment variables, one per line</source>
        <translation>Variables d&apos;environnement, une par ligne</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Headers, one per line</source>
        <translation>En-têtes, un par ligne</translation>
    </message>
    <message>
        <source>Write the server&apos;s address, starting with http:// or https://.</source>
        <translation>Écrivez l&apos;adresse du serveur, en commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>The command has an unclosed quote.</source>
        <translation>La commande contient un guillemet non fermé.</translation>
    </message>
    <message>
        <source>Write the command that starts the server, e.g. uvx mcp-server-time.</source>
        <translation>Écrivez la commande qui démarre le serveur, ex. uvx mcp-server-time.</translation>
    </message>
</context>
<context>
    <name>ToolServersState</name>
    <message>
        <source>{file} lists no tool servers.</source>
        <translation>{file} ne liste aucun serveur d&apos;outils.</translation>
    </message>
</context>
<context>
    <name>ToolTurn</name>
    <message>
        <source>Switch some off with the Tools button.</source>
        <translation>Désactivez-en avec le bouton Outils.</translation>
    </message>
</context>
<context>
    <name>ToolUse</name>
    <message>
        <source>it is not valid JSON ({problem})</source>
        <comment>tool_use.approvals-not-json</comment>
        <translation>ce n&apos;est pas du JSON valide ({problem})</translation>
    </message>
    <message>
        <source>The remembered tool approvals could not be used: {problem}. The file was kept as {aside}; tool calls ask again until new answers are remembered.</source>
        <comment>tool_use.approvals-damaged</comment>
        <translation>Les autorisations d&apos;outils mémorisées n&apos;ont pas pu être utilisées&#xa0;: {problem}. Le fichier a été conservé sous le nom {aside}&#xa0;; les appels d&apos;outils redemanderont l&apos;autorisation jusqu&apos;à ce que de nouvelles réponses soient mémorisées.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <comment>tool_use.approvals-not-object</comment>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>it has no “servers” object</source>
        <comment>tool_use.approvals-no-servers</comment>
        <translation>il n&apos;a pas d&apos;objet «&#xa0;servers&#xa0;»</translation>
    </message>
    <message>
        <source>the answers for “{identity}” are not an object</source>
        <comment>tool_use.approvals-bad-server</comment>
        <translation>les réponses pour «&#xa0;{identity}&#xa0;» ne sont pas un objet</translation>
    </message>
    <message>
        <source>about </source>
        <comment>tool_use.about</comment>
        <translation>environ </translation>
    </message>
    <message>
        <source>The tools offered would take {about}{total:,} tokens of the model&apos;s {context:,}-token context, more than a quarter, leaving less room for the conversation.</source>
        <comment>tool_use.tools-too-big</comment>
        <translation>Les outils proposés occuperaient {about}{total:,} tokens sur les {context:,} tokens de contexte du modèle, soit plus d&apos;un quart, ce qui laisse moins de place à la conversation.</translation>
    </message>
    <message>
        <source>{said} Switching off {listed} would help most.</source>
        <comment>tool_use.switch-off-servers</comment>
        <translation>{said} Désactiver {listed} aiderait le plus.</translation>
    </message>
    <message>
        <source>{said} Switching off some tools of {server}, the biggest first — {listed} — would help.</source>
        <comment>tool_use.switch-off-tools-of</comment>
        <translation>{said} Désactiver certains outils de {server}, en commençant par les plus gros — {listed} — aiderait.</translation>
    </message>
    <message>
        <source>{said} Switching off some tools, the biggest first — {listed} — would help.</source>
        <comment>tool_use.switch-off-tools</comment>
        <translation>{said} Désactiver certains outils, en commençant par les plus gros — {listed} — aiderait.</translation>
    </message>
    <message>
        <source>{name} ({about}{tokens:,} tokens)</source>
        <comment>tool_use.listed-size</comment>
        <translation>{name} ({about}{tokens:,} tokens)</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <comment>tool_use.list-and</comment>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>The tokenizer of {name} could not be read, so the tools&apos; sizes cannot be counted with it. Check that the file is a complete GGUF model.</source>
        <comment>tool_use.tokenizer-unreadable</comment>
        <translation>Le tokeniseur de {name} n&apos;a pas pu être lu&#xa0;: la taille des outils ne peut donc pas être mesurée avec lui. Vérifiez que le fichier est un modèle GGUF complet.</translation>
    </message>
    <message>
        <source>Hearth&apos;s document search has no tool called “{tool}”; it has only “{known}”.</source>
        <comment>tool_use.search-unknown-tool</comment>
        <translation>La recherche de documents de Hearth n&apos;a aucun outil nommé «&#xa0;{tool}&#xa0;»&#xa0;; elle n&apos;a que «&#xa0;{known}&#xa0;».</translation>
    </message>
    <message>
        <source>{tool} needs a query: a question or a few words to look for.</source>
        <comment>tool_use.search-needs-query</comment>
        <translation>{tool} a besoin d&apos;une requête&#xa0;: une question ou quelques mots à chercher.</translation>
    </message>
    <message>
        <source>There is no document collection called “{collection}” any more, so nothing was searched.</source>
        <comment>tool_use.search-collection-gone</comment>
        <translation>Il n&apos;y a plus de collection de documents nommée «&#xa0;{collection}&#xa0;»&#xa0;: rien n&apos;a donc été cherché.</translation>
    </message>
    <message>
        <source>The collection “{collection}” has no documents read into it yet, so there is nothing to search: add documents to it on the Documents page (or with `hearth docs add`).</source>
        <comment>tool_use.search-empty-collection</comment>
        <translation>La collection «&#xa0;{collection}&#xa0;» ne contient encore aucun document lu&#xa0;: il n&apos;y a donc rien à chercher. Ajoutez-y des documents sur la page Documents (ou avec `hearth docs add`).</translation>
    </message>
    <message>
        <source>The collection “{collection}” was indexed with another embedding model than the one it is set to use now, so it cannot be searched until it is indexed again on the Documents page.</source>
        <comment>tool_use.search-needs-reindex</comment>
        <translation>La collection «&#xa0;{collection}&#xa0;» a été indexée avec un autre modèle d&apos;embedding que celui qu&apos;elle doit utiliser maintenant&#xa0;: elle ne peut donc pas être consultée tant qu&apos;elle n&apos;a pas été réindexée sur la page Documents.</translation>
    </message>
    <message>
        <source>Hearth&apos;s document search did not answer within {timeout_s:g} seconds (its embedding model was busy or still loading), so Hearth stopped waiting. It can be asked again.</source>
        <comment>tool_use.search-timed-out</comment>
        <translation>La recherche de documents de Hearth n&apos;a pas répondu en {timeout_s:g} secondes (son modèle d&apos;embedding était occupé ou encore en chargement)&#xa0;: Hearth a donc cessé d&apos;attendre. Vous pouvez la solliciter à nouveau.</translation>
    </message>
    <message>
        <source>The tool call the model had to write was cut off by the reply&apos;s token limit, so nothing ran; allow longer replies.</source>
        <comment>tool_use.forced-call-cut-off</comment>
        <translation>L&apos;appel d&apos;outil que le modèle devait écrire a été coupé par la limite de tokens de la réponse&#xa0;: rien n&apos;a donc été exécuté. Autorisez des réponses plus longues.</translation>
    </message>
    <message>
        <source>The model asked for more tools after {count} round of tool calls; Hearth stopped there.</source>
        <comment>tool_use.stopped-after-round</comment>
        <translation>Le modèle a demandé d&apos;autres outils après {count} tour d&apos;appels d&apos;outils&#xa0;; Hearth s&apos;est arrêté là.</translation>
    </message>
    <message>
        <source>The model asked for more tools after {count} rounds of tool calls; Hearth stopped there.</source>
        <comment>tool_use.stopped-after-rounds</comment>
        <translation>Le modèle a demandé d&apos;autres outils après {count} tours d&apos;appels d&apos;outils&#xa0;; Hearth s&apos;est arrêté là.</translation>
    </message>
    <message>
        <source>The model asked again for {tool} with the same arguments; Hearth stopped there rather than run the same call twice.</source>
        <comment>tool_use.stopped-repeated-call</comment>
        <translation>Le modèle a redemandé {tool} avec les mêmes arguments&#xa0;; Hearth s&apos;est arrêté là plutôt que d&apos;exécuter deux fois le même appel.</translation>
    </message>
    <message>
        <source>The model still wrote tool calls that cannot run after {tries} tries to correct them; Hearth stopped there.</source>
        <comment>tool_use.stopped-unrepaired</comment>
        <translation>Le modèle écrivait encore des appels d&apos;outils impossibles à exécuter après {tries} tentatives de correction&#xa0;; Hearth s&apos;est arrêté là.</translation>
    </message>
    <message>
        <source>There is no tool server called “{name}” in this conversation.</source>
        <comment>tool_use.server-not-in-conversation</comment>
        <translation>Il n&apos;y a aucun serveur d&apos;outils nommé «&#xa0;{name}&#xa0;» dans cette conversation.</translation>
    </message>
</context>
<context>
    <name>ToolsButton</name>
    <message>
        <source>Let the model use tools: tool servers (MCP) chosen for this conversation</source>
        <translation>Laisser le modèle utiliser des outils&#xa0;: serveurs d&apos;outils (MCP) choisis pour cette conversation</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Tools ({count})</source>
        <translation>Outils ({count})</translation>
    </message>
    <message>
        <source>Tools: none on</source>
        <translation>Outils&#xa0;: aucun actif</translation>
    </message>
    <message numerus="yes">
        <source>Tools: %n servers on</source>
        <translation>
            <numerusform>Outils&#xa0;: %n serveur actif</numerusform>
            <numerusform>Outils&#xa0;: %n serveurs actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>No tool servers yet</source>
        <translation>Pas encore de serveur d&apos;outils</translation>
    </message>
    <message>
        <source>Search my documents</source>
        <translation>Rechercher dans mes documents</translation>
    </message>
    <message>
        <source>The model searches this conversation&apos;s collection when it decides to, and shows its sources</source>
        <translation>Le modèle cherche dans la collection de cette conversation quand il le décide, et montre ses sources</translation>
    </message>
    <message>
        <source>Choose a collection to answer from first</source>
        <translation>Choisissez d&apos;abord une collection pour la réponse</translation>
    </message>
    <message>
        <source>Make the model call a tool first</source>
        <translation>Obliger le modèle à appeler d&apos;abord un outil</translation>
    </message>
    <message>
        <source>Each reply begins with a call to one of the chosen tools</source>
        <translation>Chaque réponse commence par un appel à l&apos;un des outils choisis</translation>
    </message>
    <message>
        <source>Start the servers to see their tools</source>
        <translation>Démarrez les serveurs pour voir leurs outils</translation>
    </message>
    <message>
        <source>Manage tools…</source>
        <translation>Gérer les outils…</translation>
    </message>
</context>
<context>
    <name>ToolsSettings</name>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Tool servers (MCP) let a model read a folder, check the time or search the web, as in Claude Desktop or LM Studio. Turn them on per conversation with the Tools button in Chat; every call asks you first.</source>
        <translation>Les serveurs d&apos;outils (MCP) permettent à un modèle de lire un dossier, de donner l&apos;heure ou de chercher sur le web, comme dans Claude Desktop ou LM Studio. Activez-les pour chaque conversation avec le bouton Outils dans Discussion&#xa0;; chaque appel vous est d&apos;abord demandé.</translation>
    </message>
    <message>
        <source>Server or tool</source>
        <translation>Serveur ou outil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Tool servers and their tools</source>
        <translation>Serveurs d&apos;outils et leurs outils</translation>
    </message>
    <message>
        <source>Space turns the chosen tool on or off</source>
        <translation>La barre d&apos;espace active ou désactive l&apos;outil choisi</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Ajouter un serveur d&apos;outils</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the chosen tool server</source>
        <translation>Modifier le serveur d&apos;outils choisi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the chosen tool server</source>
        <translation>Retirer le serveur d&apos;outils choisi</translation>
    </message>
    <message>
        <source>Start and list tools</source>
        <translation>Démarrer et lister les outils</translation>
    </message>
    <message>
        <source>≈{count} tokens</source>
        <translation>≈{count} tokens</translation>
    </message>
    <message>
        <source>Remove the tool server “{name}”? Its tools stop being offered to models.</source>
        <translation>Retirer le serveur d&apos;outils «&#xa0;{name}&#xa0;»&#xa0;? Ses outils ne seront plus proposés aux modèles.</translation>
    </message>
    <message>
        <source>From {app}</source>
        <translation>Depuis {app}</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Forget approvals</source>
        <translation>Oublier les autorisations</translation>
    </message>
    <message>
        <source>Every tool asks again before its next call</source>
        <translation>Chaque outil redemandera avant son prochain appel</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message numerus="yes">
        <source>Running · %n tool(s)</source>
        <translation>
            <numerusform>Actif · %n outil</numerusform>
            <numerusform>Actif · %n outils</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start</source>
        <translation>Impossible de démarrer</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Pas encore démarré</translation>
    </message>
    <message>
        <source>Remove tool server</source>
        <translation>Retirer le serveur d&apos;outils</translation>
    </message>
    <message>
        <source>Every tool call will ask you again before it runs.</source>
        <translation>Chaque appel d&apos;outil vous sera redemandé avant de s&apos;exécuter.</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Depuis un fichier…</translation>
    </message>
    <message>
        <source>Import tool servers</source>
        <translation>Importer des serveurs d&apos;outils</translation>
    </message>
</context>
<context>
    <name>TranscribeOptionsPanel</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of the recording</source>
        <translation>Langue de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Detect the language</source>
        <translation>Détecter la langue</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Write down what is said</source>
        <translation>Transcrire ce qui est dit</translation>
    </message>
    <message>
        <source>Translate it to English</source>
        <translation>Le traduire en anglais</translation>
    </message>
    <message>
        <source>Skip silence and noise (fewer invented sentences)</source>
        <translation>Ignorer silences et bruits (moins de phrases inventées)</translation>
    </message>
    <message>
        <source>Time every word (tighter subtitles, a little slower)</source>
        <translation>Minuter chaque mot (sous-titres plus précis, un peu plus lent)</translation>
    </message>
    <message>
        <source>Fast mode (several parts at once; subtitle times are approximate without word times)</source>
        <translation>Mode rapide (plusieurs parties à la fois&#xa0;; sans minutage des mots, les temps des sous-titres sont approximatifs)</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
    <message>
        <source>Names and terms to spell right, e.g. “Hearth, Whisper, Ana Lopes” (optional)</source>
        <translation>Noms et termes à bien orthographier, ex. «&#xa0;Hearth, Whisper, Ana Lopes&#xa0;» (facultatif)</translation>
    </message>
    <message>
        <source>Vocabulary: names and terms to spell right</source>
        <translation>Vocabulaire&#xa0;: noms et termes à bien orthographier</translation>
    </message>
    <message>
        <source>Beam size</source>
        <translation>Taille du faisceau</translation>
    </message>
    <message>
        <source>How many guesses Whisper weighs at each step: more is a little better and slower</source>
        <translation>Nombre d&apos;hypothèses que Whisper pèse à chaque étape&#xa0;: plus, c&apos;est un peu meilleur et plus lent</translation>
    </message>
</context>
<context>
    <name>TranscribePage</name>
    <message>
        <source>{formats} and {last}</source>
        <translation>{formats} et {last}</translation>
    </message>
    <message>
        <source>Each transcript is saved automatically as {formats} in {folder}, never over a file of yours.</source>
        <translation>Chaque transcription est enregistrée automatiquement en {formats} dans {folder}, sans jamais écraser un de vos fichiers.</translation>
    </message>
    <message>
        <source>Each transcript is saved automatically as {formats} next to its recording, never over a file of yours.</source>
        <translation>Chaque transcription est enregistrée automatiquement en {formats} à côté de son enregistrement, sans jamais écraser un de vos fichiers.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation>Transcrire</translation>
    </message>
    <message>
        <source>Recordings and videos become transcripts and subtitles on this computer. Nothing is uploaded.</source>
        <translation>Les enregistrements et vidéos deviennent des transcriptions et des sous-titres sur cet ordinateur. Rien n&apos;est envoyé en ligne.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Transcription options</source>
        <translation>Options de transcription</translation>
    </message>
    <message>
        <source>Where transcripts are saved</source>
        <translation>Où les transcriptions sont enregistrées</translation>
    </message>
    <message>
        <source>The folder and the formats are in Settings, under Transcripts</source>
        <translation>Le dossier et les formats se trouvent dans les Paramètres, sous Transcriptions</translation>
    </message>
    <message>
        <source>No recordings were found in what was dropped.</source>
        <translation>Aucun enregistrement trouvé dans ce qui a été déposé.</translation>
    </message>
    <message>
        <source>The transcript of {name} is ready.</source>
        <translation>La transcription de {name} est prête.</translation>
    </message>
    <message>
        <source>Transcribing {name} failed: {reason}</source>
        <translation>La transcription de {name} a échoué&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <source>Summarize this</source>
        <translation>Résumer ceci</translation>
    </message>
    <message>
        <source>List the action items, with who does what</source>
        <translation>Lister les actions à faire, avec qui fait quoi</translation>
    </message>
    <message>
        <source>Ask my own question</source>
        <translation>Poser ma propre question</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the whole transcript</source>
        <translation>Copier toute la transcription</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Save the transcript as</source>
        <translation>Enregistrer la transcription sous</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Show the transcript&apos;s folder</source>
        <translation>Afficher le dossier de la transcription</translation>
    </message>
    <message>
        <source>Send to chat</source>
        <translation>Envoyer à la conversation</translation>
    </message>
    <message>
        <source>Send the transcript to the chat</source>
        <translation>Envoyer la transcription à la conversation</translation>
    </message>
    <message>
        <source>Drop a recording to begin; its transcript shows here when it is done.</source>
        <translation>Déposez un enregistrement pour commencer&#xa0;; sa transcription s&apos;affiche ici une fois terminée.</translation>
    </message>
    <message>
        <source>No transcript yet.</source>
        <translation>Pas encore de transcription.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as {files} in {folder}.</source>
        <translation>Enregistré en {files} dans {folder}.</translation>
    </message>
    <message>
        <source>Save the transcript as {format}</source>
        <translation>Enregistrer la transcription en {format}</translation>
    </message>
    <message>
        <source>The transcript could not be saved there</source>
        <translation>Impossible d&apos;enregistrer la transcription à cet endroit</translation>
    </message>
    <message>
        <source>Saved {file} in {folder}.</source>
        <translation>{file} enregistré dans {folder}.</translation>
    </message>
    <message>
        <source>Transcript: {name}</source>
        <translation>Transcription&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Search the transcript</source>
        <translation>Rechercher dans la transcription</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Text (double-click to edit)</source>
        <translation>Texte (double-clic pour modifier)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>One line per timed segment; F2 or a double-click edits its text</source>
        <translation>Une ligne par segment minuté&#xa0;; F2 ou un double-clic modifie son texte</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n lines</source>
        <translation>
            <numerusform>{shown} sur %n ligne</numerusform>
            <numerusform>{shown} sur %n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transcription</name>
    <message>
        <source>Waiting to start…</source>
        <comment>transcription.waiting</comment>
        <translation>En attente de démarrage…</translation>
    </message>
    <message>
        <source>The folder chosen for transcripts could not be written, so they are in {folder}.</source>
        <comment>transcription.fallback-folder</comment>
        <translation>Le dossier choisi pour les transcriptions n&apos;est pas accessible en écriture&#xa0;: elles se trouvent donc dans {folder}.</translation>
    </message>
    <message>
        <source>The transcript could not be saved in {folder}: {problem}.</source>
        <comment>transcription.transcript-not-saved-in-folder</comment>
        <translation>La transcription n&apos;a pas pu être enregistrée dans {folder}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>The transcript could not be saved in {folder} nor in {fallback}: {problem}.</source>
        <comment>transcription.transcript-not-saved</comment>
        <translation>La transcription n&apos;a pu être enregistrée ni dans {folder} ni dans {fallback}&#xa0;: {problem}.</translation>
    </message>
</context>
<context>
    <name>TranscriptionQueueList</name>
    <message>
        <source>Transcription queue</source>
        <translation>File de transcription</translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation>{name}&#xa0;: {status}</translation>
    </message>
</context>
<context>
    <name>TranscriptsSettings</name>
    <message>
        <source>Transcripts</source>
        <translation>Transcriptions</translation>
    </message>
    <message>
        <source>A file already there is never replaced: the new one gets a number, like “talk (2).srt”.</source>
        <translation>Un fichier déjà présent n&apos;est jamais remplacé&#xa0;: le nouveau reçoit un numéro, comme «&#xa0;réunion (2).srt&#xa0;».</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Choose a folder for transcripts</source>
        <translation>Choisir un dossier pour les transcriptions</translation>
    </message>
    <message>
        <source>Next to each recording</source>
        <translation>À côté de chaque enregistrement</translation>
    </message>
    <message>
        <source>Save transcripts next to each recording</source>
        <translation>Enregistrer les transcriptions à côté de chaque enregistrement</translation>
    </message>
    <message>
        <source>Save automatically as</source>
        <translation>Enregistrer automatiquement en</translation>
    </message>
    <message>
        <source>Save automatically as {format}</source>
        <translation>Enregistrer automatiquement en {format}</translation>
    </message>
    <message>
        <source>Choose where transcripts are saved</source>
        <translation>Choisir où les transcriptions sont enregistrées</translation>
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
        <translation>Valeurs des variables du prompt, un cas par ligne</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>Remove the chosen row</source>
        <translation>Retirer la ligne choisie</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Coller des lignes</translation>
    </message>
    <message>
        <source>Rows copied from a spreadsheet: one case a line, values apart by tabs</source>
        <translation>Lignes copiées depuis un tableur&#xa0;: un cas par ligne, valeurs séparées par des tabulations</translation>
    </message>
    <message>
        <source>Values: one case per row</source>
        <translation>Valeurs&#xa0;: un cas par ligne</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Hearth&apos;s language; Settings can change it later</source>
        <translation>La langue de Hearth&#xa0;; vous pourrez la changer plus tard dans les Paramètres</translation>
    </message>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Bienvenue dans Hearth</translation>
    </message>
    <message>
        <source>Hearth runs open AI models on this computer. Nothing you type, show or say leaves it, and once a model is here it works offline.</source>
        <translation>Hearth exécute des modèles d&apos;IA ouverts sur cet ordinateur. Rien de ce que vous tapez, montrez ou dites n&apos;en sort, et une fois un modèle installé, il fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>Comment voulez-vous commencer&#xa0;?</translation>
    </message>
    <message>
        <source>Find a model for this computer</source>
        <translation>Trouver un modèle pour cet ordinateur</translation>
    </message>
    <message>
        <source>Hearth looks at your hardware and suggests three chat models that run well on it.</source>
        <translation>Hearth examine votre matériel et suggère trois modèles de conversation qui y fonctionnent bien.</translation>
    </message>
    <message>
        <source>I already have models</source>
        <translation>J&apos;ai déjà des modèles</translation>
    </message>
    <message>
        <source>Add GGUF files you have, or use the ones found from LM Studio, Ollama or the Hugging Face cache.</source>
        <translation>Ajoutez vos fichiers GGUF, ou utilisez ceux trouvés dans LM Studio, Ollama ou le cache Hugging Face.</translation>
    </message>
    <message>
        <source>Transcribe a file</source>
        <translation>Transcrire un fichier</translation>
    </message>
    <message>
        <source>Turn a recording or a video into text and subtitles, made on this computer.</source>
        <translation>Transformer un enregistrement ou une vidéo en texte et sous-titres, sur cet ordinateur.</translation>
    </message>
</context>
</TS>
